/**
 * Findings of the black-box audit of 2026-12-06 (round 10, audit22) given to imp15a: refusals read as requirements
 * or wanted documents read as refused (#1). Each as a short posting in the audit's words or in words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-06' });
const refused = (text: string) => (read(text).profile.not_wanted ?? []).map((n) => [n.what, n.kind ?? 'other']);

describe('a refusal in a list entry, after a semicolon (audit22 #1, case c04)', () => {
  it('reads "suosituskirjeitä ei saa liittää hakemukseen" as not wanted, not as a required letter (before: references, required)', () => {
    const p = read('Hakemuksen liitteet:\n\n- tutkimussuunnitelma\n- ansioluettelo\n- ulkomaisen yliopiston tai tutkimuslaitoksen kutsu, jos työ tai osa siitä suoritetaan ulkomailla; suosituskirjeitä ei saa liittää hakemukseen\n').profile;
    expect(p.items.map((i) => i.kind)).not.toContain('references');
    expect(p.items.find((i) => i.kind === 'other')?.source).toBe('ulkomaisen yliopiston tai tutkimuslaitoksen kutsu, jos työ tai osa siitä suoritetaan ulkomailla');
    expect(p.not_wanted?.map((n) => n.kind)).toEqual(['references']);
  });

  it('reads "Opintorekisteriotteita ei saa liittää" as transcripts not wanted (before: not_wanted "hakemukseen" or nothing)', () => {
    expect(refused('Hakemukseen liitetään ansioluettelo ja tutkintotodistus. Opintorekisteriotteita ei saa liittää hakemukseen.')).toEqual([['Opintorekisteriotteita', 'transcript']]);
  });

  it('reads the siblings in the same shape: "ei tarvitse", "ei liitetä", "ska inte bifogas", "niet meesturen", "nicht beifügen"', () => {
    for (const [entry, what] of [
      ['kutsu, jos työ tehdään ulkomailla; suosituskirjeitä ei tarvitse liittää', 'suosituskirjeitä'],
      ['kutsu, jos työ tehdään ulkomailla; suosituskirjeitä ei liitetä hakemukseen', 'suosituskirjeitä'],
      ['inbjudan från värduniversitetet, om arbetet utförs utomlands; rekommendationsbrev ska inte bifogas', 'rekommendationsbrev'],
      ['uitnodiging van de gastuniversiteit, als het werk in het buitenland plaatsvindt; aanbevelingsbrieven niet meesturen', 'aanbevelingsbrieven'],
      ['Einladung der Gastuniversität, falls die Arbeit im Ausland erfolgt; Empfehlungsschreiben bitte nicht beifügen', 'Empfehlungsschreiben'],
      ['invitation from the host university, if the work is done abroad; reference letters must not be attached', 'reference letters'],
    ] as const) {
      const p = read(`Application documents:\n\n- CV\n- ${entry}\n`).profile;
      expect(p.items.map((i) => i.kind), entry).toEqual(['cv', 'other']);
      expect(p.not_wanted?.map((n) => [n.what, n.kind]), entry).toEqual([[what, 'references']]);
    }
  });
});

describe('what a refused substitute would replace is wanted (audit22 #1, case c05)', () => {
  it('never refuses the document after "in place of", "instead of", "anstelle", "au lieu de", "in plaats van" (before: not_wanted transcript)', () => {
    for (const s of [
      'A screenshot of your grades will not be accepted in place of an official transcript.',
      'A course list or screen shot of your grades will not be accepted instead of an official scanned transcript.',
      'Eine Notenübersicht wird nicht anstelle eines amtlichen Zeugnisses akzeptiert.',
      'Un relevé non officiel ne sera pas accepté au lieu du relevé de notes officiel.',
      'Een cijferoverzicht wordt niet geaccepteerd in plaats van een officiële cijferlijst.',
    ]) {
      const p = read(`Please upload your CV and an official transcript. ${s}`).profile;
      expect(p.not_wanted ?? [], s).toEqual([]);
      expect(p.items.map((i) => i.kind), s).toContain('transcript');
    }
  });

  it('refuses the substitute alone when another clause refuses too', () => {
    expect(refused('Please upload your CV and an official transcript. Screenshots of grades are not accepted in lieu of official transcripts; do not send photos.')).toEqual([
      ['Screenshots of grades', 'other'],
      ['photos', 'other'],
    ]);
  });
});

describe('teaching evaluations are no teaching statement (audit22 #1, case c06)', () => {
  it('marks the kind of "Teaching evaluations are welcome but not required" (before: an unmarked teaching_statement)', () => {
    const item = read('Please submit a letter of application and a CV. Teaching evaluations are welcome but not required.').profile.items.find((i) => i.kind === 'teaching_statement');
    expect(item?.review).toBe(true);
  });

  it('refuses "teaching evaluations" as other, not as the teaching statement (before: kind teaching_statement)', () => {
    expect(refused('Please send a CV and a teaching narrative. The application materials do not include course syllabi, handouts, teaching evaluations, or other appendices.')).toContainEqual(['teaching evaluations', 'other']);
  });

  it('marks a refusal whose kind is also a listed item, and says so in the summary (before: unmarked)', () => {
    const r = read('Please send a CV and a teaching statement. Do not send a teaching portfolio.');
    expect(r.profile.review).toBe(true);
    expect(r.review.find((n) => n.path === 'not_wanted')?.reason).toMatch(/teaching portfolio.*Teaching statement/u);
  });
});

describe('documents asked for at the shortlisting stage come later (audit22 #7, case c08)', () => {
  it('reads "at the shortlisting stage", "at shortlisting", "in der zweiten Runde" as later (before: required)', () => {
    for (const s of [
      'Three letters of reference will be requested at the shortlisting stage.',
      'Three letters of reference are required at shortlisting.',
      'Reference letters will be needed at the shortlist stage.',
      'Empfehlungsschreiben werden in der zweiten Runde angefordert.',
    ]) {
      expect(read(`Please send a CV. ${s}`).profile.items.find((i) => i.kind === 'references')?.stage, s).toBe('later');
    }
  });

  it('leaves what the shortlist is made from required', () => {
    expect(read('The following documents will be used for shortlisting: a CV and three letters of reference.').profile.items.find((i) => i.kind === 'references')?.stage).toBe('required');
  });
});

describe('the employer does without a photo (audit22 #12, case c07)', () => {
  it('reads "Auf ein Foto ... verzichten wir ausdrücklich" and its siblings as a photo not wanted (before: nothing)', () => {
    for (const [s, what] of [
      ['Auf ein Foto und Angaben zu Alter und Familienstand verzichten wir ausdrücklich.', 'Foto'],
      ['Wir bitten Sie, auf ein Bewerbungsfoto zu verzichten.', 'Bewerbungsfoto'],
      ['Auf Fotos wird verzichtet.', 'Fotos'],
      ['Ingen bild, tack.', 'bild'],
    ]) {
      expect(refused(`Bitte senden Sie Lebenslauf und Anschreiben. ${s}`), s).toEqual([[what, 'other']]);
    }
  });
});

describe('"either X (its size) or Y" (audit22 #8)', () => {
  it('marks X as one of two documents even with its size between (before: a writing sample, unmarked)', () => {
    const item = importPosting('Assistant Professor of Philosophy\n\nApplicants should submit a cover letter, a CV, and either a writing sample (maximum 25 pages) or a published article.\n', { today: '2026-12-06' }).profile.items.find((i) => i.kind === 'writing_sample');
    expect([item?.max_pages, item?.review]).toEqual([25, true]);
  });
});

describe('a group named at the start of a bracket (audit20 F5 rest)', () => {
  it('is the condition of the documents inside it (before: the sentence\'s "International Students")', () => {
    const items = importPosting('Graduate application\n\nInternational Students must submit 2 (two) official records ((Chinese applicants: 2 (two) official transcripts in English and Chinese, 2 (two) degree certificates in English and Chinese.))\n', { today: '2026-12-06' }).profile.items;
    expect(items.map((i) => [i.kind, i.condition])).toEqual([['transcript', 'Chinese applicants'], ['diplomas', 'Chinese applicants']]);
  });
  it('leaves a bracket without a group alone', () => {
    const items = importPosting('PhD position\n\nInternational applicants must submit a CV (2 pages) and a transcript.\n', { today: '2026-12-06' }).profile.items;
    expect(items.map((i) => i.condition)).toEqual(['International applicants', 'International applicants']);
  });
});
