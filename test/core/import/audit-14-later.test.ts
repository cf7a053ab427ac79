/**
 * Leftovers of the black-box audit of 2026-12-05 (round 6, audit14): documents needed at a later point of the hiring
 * (finding 2). Each as a short posting in the audit's words or in words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';
import { LATER_CUES } from '../../../src/core/import/phrases.js';

const read = (text: string) => importPosting(text, { today: '2026-12-05' });
const item = (text: string, kind: string) => read(text).profile.items.find((i) => i.kind === kind);

describe('documents needed later, said as "only for the successful candidate" or "will be required if employed" (audit14 #2)', () => {
  it('reads the audit sentences as later, with no condition (before: required, condition "needed only for the successful candidate")', () => {
    const diploma = item('Please send a CV. Copies of your doctoral diploma will be needed only for the successful candidate.', 'diplomas');
    expect(diploma?.stage).toBe('later');
    expect(diploma?.condition).toBeUndefined();
    const official = item('Please send a CV. Official transcripts will be required if employed.', 'transcript');
    expect(official?.stage).toBe('later');
    expect(official?.condition).toBeUndefined();
  });

  it('reads the siblings: "upon employment", "required on appointment", "once hired", German, Dutch, Swedish, Finnish, French, Italian', () => {
    for (const [text, kind] of [
      ['Please send a CV. A copy of your passport is required upon employment.', 'other'],
      ['Please send a CV. Certified copies of your degree certificates are required on appointment.', 'diplomas'],
      ['Please send a CV. Official transcripts must be provided once hired.', 'transcript'],
      ['Bitte senden Sie einen Lebenslauf. Beglaubigte Kopien der Hochschulzeugnisse werden bei der Einstellung benötigt.', 'diplomas'],
      ['Stuur een cv. Een kopie van uw diploma wordt gevraagd bij de aanstelling.', 'diplomas'],
      ['Skicka ett CV. Kopior av examensbevis ska bifogas före anställning.', 'diplomas'],
      ['Envoyez un CV. Une copie du diplôme sera demandée au candidat retenu.', 'diplomas'],
      ['Inviare un CV. In caso di assunzione sarà richiesta copia del titolo di studio.', 'diplomas'],
    ] as const) {
      expect(item(text, kind)?.stage, text).toBe('later');
    }
  });

  it('knows the Finnish and Swedish wordings, and not Swedish criteria "vid anställning som lektor"', () => {
    const later = (t: string) => LATER_CUES.some((re) => re.test(t));
    expect(later('tutkintotodistukset pyydetään valitulta hakijalta')).toBe(true);
    expect(later('ennen työsuhteen alkamista on esitettävä todistukset')).toBe(true);
    expect(later('examensbevis ska uppvisas vid anställning')).toBe(true);
    expect(later('vid anställning som lektor ska avseende fästas vid pedagogisk skicklighet')).toBe(false);
  });

  it('reads Spanish "no se requieren ... en esta etapa; se solicitarán solo a las personas preseleccionadas" as later, not refused', () => {
    const r = read('Las personas interesadas deben enviar un currículum vitae. No se requieren cartas de recomendación en esta etapa; se solicitarán solo a las personas preseleccionadas.');
    expect(r.profile.items.find((i) => i.kind === 'references')?.stage).toBe('later');
    expect(r.profile.items.find((i) => i.kind === 'references')?.title).toBe('Cartas de recomendación');
    expect(r.profile.not_wanted ?? []).toEqual([]);
  });

  it('keeps a circumstance of the applicant a present condition: "if employed", "if successful" said of the applicant now', () => {
    expect(item('Please send a CV. Transcripts are required if your degree is from abroad.', 'transcript')?.condition).toContain('if your degree is from abroad');
    const form = read('Applications must include: (a) a CV; (b) the Employers Endorsement Form, if employed; (c) copy of a recent significant publication.');
    expect(form.profile.items.find((i) => i.kind === 'writing_sample')?.stage).toBe('required');
    const ulb = read('Applications must include:\n\n- A CV.\n- A letter of acceptance from a member of the academic staff confirming that the candidate, if successful, will be welcome in their group.');
    expect(ulb.profile.items.every((i) => i.stage === 'required'), JSON.stringify(ulb.profile.items)).toBe(true);
  });
});

describe('a cap "each" in brackets after a plain list reaches every document of it (audit14 leftover)', () => {
  const pages = (text: string) => read(text).profile.items.map((i) => [i.kind, i.max_pages ?? null]);

  it('gives "(max. 2 pages each)" to the CV and the cover letter (before: the cover letter only)', () => {
    expect(pages('Please send a CV and a cover letter (max. 2 pages each).')).toEqual([['cv', 2], ['cover_letter', 2]]);
    expect(pages('Please send a CV, a cover letter and a research statement (max. 2 pages each).')).toEqual([['cv', 2], ['cover_letter', 2], ['research_statement', 2]]);
  });

  it('reads "jeweils", "chacun", "vardera", "kukin", "elk", also with the cap word between ("2 pages maximum chacun")', () => {
    for (const text of [
      'Bitte senden Sie Lebenslauf und Motivationsschreiben (jeweils max. 2 Seiten).',
      'Envoyez un CV et une lettre de motivation (2 pages maximum chacun).',
      'Skicka CV och personligt brev (max 2 sidor vardera).',
      'Lähetä CV ja motivaatiokirje (enintään 2 sivua kukin).',
      'Stuur een cv en een motivatiebrief (max. 2 pagina’s elk).',
      'Please send a CV and a cover letter (2 pages maximum each).',
    ]) {
      expect(pages(text).map(([, p]) => p), text).toEqual([2, 2]);
    }
  });

  it('keeps a cap without "each", a document\'s own cap, and the cap of a name given once for two as they were', () => {
    expect(pages('Please send a CV and a cover letter (max. 2 pages).')).toEqual([['cv', null], ['cover_letter', 2]]);
    expect(pages('Please send a cover letter (max. 1 page), a CV and a research statement (max. 2 pages each).')).toEqual([['cover_letter', 1], ['cv', 2], ['research_statement', 2]]);
    expect(pages('Please send a CV and research and teaching statements (max. 3 pages each).')).toEqual([['cv', null], ['research_statement', 3], ['teaching_statement', 3]]);
    expect(read('Please submit three publications (max. 20 pages each).').profile.items[0]?.max_pages_each).toBe(20);
  });
});

describe('a deadline moved with no new date is marked, and the old date is not the deadline (audit14 leftover)', () => {
  const marks = (text: string) => read(text).review.filter((n) => n.path === 'deadline').map((n) => n.reason);

  it('says the deadline was moved in the languages the deadline reader knows (before: "no deadline was found", or the old date unmarked)', () => {
    for (const text of [
      'Please send a CV. The original deadline of 1 March 2027 has been extended.',
      'Bitte senden Sie einen Lebenslauf. Die ursprüngliche Bewerbungsfrist vom 1. März 2027 wurde verlängert.',
      'Stuur een cv. De oorspronkelijke deadline van 1 maart 2027 is verlengd.',
      'Skicka ett CV. Ansökningstiden har förlängts.',
      'Lähetä CV. Hakuaikaa on jatkettu.',
      'Envoyez un CV. La date limite initiale du 1er mars 2027 a été prolongée.',
      'Inviare un CV. La scadenza del 1 marzo 2027 è stata prorogata.',
    ]) {
      expect(read(text).profile.deadline, text).toBeUndefined();
      expect(marks(text).some((m) => m.includes('the deadline was moved and its new date could not be read')), text).toBe(true);
      // One mark says what is wrong; a second "no deadline was found" over the same sentence said it again.
      expect(marks(text).filter((m) => m.startsWith('no deadline was found')), text).toEqual([]);
    }
  });

  it('keeps a new date stated in the sentence or another one, and a deadline beside a contract that "can be extended"', () => {
    expect(read('Please send a CV. The deadline has been extended to 15 March 2027.').profile.deadline).toBe('2027-03-15');
    expect(read('Please send a CV. The deadline of 1 March 2027 has been extended. The new deadline is 15 March 2027.').profile.deadline).toBe('2027-03-15');
    expect(read('Please send a CV by 1 March 2027. The contract can be extended.').profile.deadline).toBe('2027-03-01');
  });
});
