/**
 * Importer audit round 19 (notes/audit-import-2026-12-07a.md), findings 2, 3, 5 and 9: a German "Sollte ..." condition,
 * "det er anledning til" and its kin read as required, an FAQ question read as a refusal, and a refused way of sending
 * listed as a document not to send. Each as a short posting in the audit's words and in a second wording or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (body: string, title = 'Position') => importPosting(`${title}\n\n${body}`, { today: '2026-12-07' });
const item = (r: ReturnType<typeof read>, kind: string) => r.profile.items.find((i) => i.kind === kind);

describe('a German sentence opened by "Sollte" / "Sollten" is a condition (audit #2)', () => {
  it('reads "Sollte Ihr Masterabschluss noch nicht vorliegen, legen Sie bitte eine aktuelle Notenübersicht bei" as the transcript under that condition (before: required of everyone)', () => {
    const r = read('Ihre Bewerbung sollte ein Anschreiben, einen Lebenslauf und Zeugnisse enthalten. Sollte Ihr Masterabschluss noch nicht vorliegen, legen Sie bitte eine aktuelle Notenübersicht bei.', 'Doktorand/in in Informatik');
    expect(item(r, 'transcript')).toMatchObject({ stage: 'required', condition: 'Sollte Ihr Masterabschluss noch nicht vorliegen' });
    expect(item(r, 'cv')?.condition).toBeUndefined();
  });

  it('reads the Humboldt wording "Sollte die Promotion unmittelbar vor dem Abschluss stehen, ist eine Bewerbung ... mit Vorlage des Dissertationsmanuskripts ... möglich" as conditional', () => {
    const r = read(
      'Weitere Informationen\n- Promotion oder vergleichbarer akademischer Grad (Ph.D., C.Sc. oder Äquivalent), wobei der Abschluss bei Eingang der Bewerbung nicht länger als vier Jahre zurückliegt. Sollte die Promotion unmittelbar vor dem Abschluss stehen, ist eine Bewerbung bereits mit Vorlage des Dissertationsmanuskripts oder von Publikationen, die die Ergebnisse der Dissertation enthalten, möglich;\n- Wissenschaftliche Veröffentlichungen in nach internationalem Standard referierten Zeitschriften und Verlagen;',
      'Humboldt-Forschungsstipendium für Postdoktoranden',
    );
    expect(item(r, 'thesis')).toMatchObject({ condition: 'Sollte die Promotion unmittelbar vor dem Abschluss stehen' });
  });

  it('reads "Sollten Sie bereits publiziert haben, fügen Sie bitte eine Publikationsliste bei" as conditional too', () => {
    const r = read('Bitte senden Sie uns Ihren Lebenslauf. Sollten Sie bereits publiziert haben, fügen Sie bitte eine Publikationsliste bei.');
    expect(item(r, 'publication_list')).toMatchObject({ stage: 'required', condition: 'Sollten Sie bereits publiziert haben' });
    expect(item(r, 'cv')).toMatchObject({ stage: 'required' });
    expect(item(r, 'cv')?.condition).toBeUndefined();
  });
});

describe('"you may" in the Nordic languages and German is optional (audit #3)', () => {
  it('reads Norwegian "Det er anledning til å legge ved inntil tre vitenskapelige arbeider" as optional, max 3 (before: required)', () => {
    const r = read('Søknaden må inneholde søknadsbrev, CV og vitnemål. Det er anledning til å legge ved inntil tre vitenskapelige arbeider.', 'Stipendiat i historie');
    expect(item(r, 'writing_sample')).toMatchObject({ stage: 'optional', max: 3 });
    expect(item(r, 'cv')).toMatchObject({ stage: 'required' });
  });

  it('reads "I tillegg er det anledning til å laste opp ... utfyllende søknadsbrev" as optional', () => {
    const r = read('Søknaden skal inneholde CV. I tillegg er det anledning til å laste opp øvrige vedlegg som f. eks. utfyllende søknadsbrev.');
    expect(item(r, 'cover_letter')).toMatchObject({ stage: 'optional' });
  });

  it('reads Swedish "Det är möjligt att bifoga", Danish "Det er muligt at vedlægge" and German "Es besteht die Möglichkeit" as optional', () => {
    expect(item(read('Ansökan ska innehålla CV och personligt brev. Det är möjligt att bifoga ett rekommendationsbrev.'), 'references')).toMatchObject({ stage: 'optional' });
    expect(item(read('Ansøgningen skal indeholde CV og motiveret ansøgning. Det er muligt at vedlægge en publikationsliste.'), 'publication_list')).toMatchObject({ stage: 'optional' });
    expect(item(read('Bitte senden Sie Lebenslauf und Anschreiben. Es besteht die Möglichkeit, eine Publikationsliste beizufügen.'), 'publication_list')).toMatchObject({ stage: 'optional' });
  });

  it('reads English "You may wish to include a writing sample" as optional', () => {
    const r = read('Please send a CV and a cover letter. You may wish to include a writing sample.');
    expect(item(r, 'writing_sample')).toMatchObject({ stage: 'optional' });
  });
});

describe('a question is no refusal (audit #5)', () => {
  it('gives no not_wanted for "Will my application be considered even without a letter of recommendation? No. ... at least one letter" (before: letter of recommendation not wanted)', () => {
    const r = read(
      'Letters of recommendation\n\nWill my application be considered even without a letter of recommendation?\n\nNo. Unfortunately, we cannot consider applications without at least one letter of recommendation.\n\nPlease submit your CV and a cover letter.',
      'IMPRS PhD programme',
    );
    expect(r.profile.not_wanted ?? []).toEqual([]);
  });

  it('gives none for "Can I apply without a writing sample? No, ..." but still reads "Do I need to send a writing sample? No" as not wanted', () => {
    const without = read('Please send a CV and a cover letter.\n\nFAQ\n\nCan I apply without a writing sample?\n\nNo, a writing sample must be part of every application.');
    expect((without.profile.not_wanted ?? []).map((n) => n.kind)).not.toContain('writing_sample');
    const need = read('Please send a CV and a cover letter.\n\nFAQ\n\nDo I need to send a writing sample?\n\nNo.');
    expect((need.profile.not_wanted ?? []).map((n) => n.kind)).toContain('writing_sample');
  });
});

describe('a refused way of sending goes to the notes, not to not_wanted (audit #9)', () => {
  it('puts "Please do not send written applications" in the notes (before: not_wanted "written applications")', () => {
    const r = read('Please submit your CV, a motivation letter and two letters of recommendation via the application portal. Please do not send written applications.');
    expect(r.profile.not_wanted ?? []).toEqual([]);
    expect(r.profile.notes).toContain('Please do not send written applications.');
  });

  it('does the same for German "Schriftliche Bewerbungen werden nicht berücksichtigt" and "Papierbewerbungen ..."', () => {
    for (const refusal of ['Schriftliche Bewerbungen werden nicht berücksichtigt.', 'Papierbewerbungen werden nicht berücksichtigt.']) {
      const r = read(`Bitte laden Sie Lebenslauf und Anschreiben im Bewerbungsportal hoch. ${refusal}`);
      expect(r.profile.not_wanted ?? []).toEqual([]);
      expect(r.profile.notes).toContain(refusal);
    }
  });
});
