/**
 * Importer audit round 19 (notes/audit-import-2026-12-07a.md), leftovers: a deadline for referees' letters is not the
 * application's, a size cap said in words ("no mayor a 50kb", "pas plus de 2 Mo"), and an approximate length in a
 * sentence of its own. Each as a short posting in the audit's words and in a second wording or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (body: string, title = 'Position') => importPosting(`${title}\n\n${body}`, { today: '2026-12-07' });
const marks = (r: ReturnType<typeof read>, path: string) => r.review.filter((x) => x.path === path).map((x) => x.reason);

describe('a deadline for referees\' letters is not the application\'s', () => {
  it('reads no deadline from "The deadline for submitting letters of recommendation is May 15, 2027, 23:59 CET." and says why (before: 2027-05-15T23:59+01:00)', () => {
    const r = read('You need at least one letter of recommendation to apply.\n\nThe deadline for submitting letters of recommendation is May 15, 2027, 23:59 CET. So, please make sure to inform and name your referees in the application portal well in advance.');
    expect(r.profile.deadline).toBeUndefined();
    expect(marks(r, 'deadline')).toEqual(['no deadline was found; "The deadline for submitting letters of recommendation is May 15, 2027, 23:59 CET." is about when referees\' letters are due, not when to apply: write the closing date if the posting gives one']);
  });

  it('keeps the application\'s date when the letters are due later: "Letters of recommendation are due 15 March 2027."', () => {
    const r = read('Applications must be received by 1 March 2027. Letters of recommendation are due 15 March 2027. Please send a CV.');
    expect(r.profile.deadline).toBe('2027-03-01');
    expect(marks(r, 'deadline')).toEqual([]);
  });

  it.each([
    ['German', 'Die Frist für die Einreichung der Empfehlungsschreiben ist der 15. Mai 2027. Bitte senden Sie einen Lebenslauf.'],
    ['French', 'La date limite de réception des lettres de recommandation est le 15 mai 2027. Envoyez un CV.'],
    ['Spanish', 'El plazo para enviar las cartas de recomendación finaliza el 15 de mayo de 2027. Envíe un CV.'],
  ])('reads no application deadline from the letters\' deadline in %s', (_, text) => {
    const r = read(text);
    expect(r.profile.deadline).toBeUndefined();
    expect(marks(r, 'deadline')[0]).toContain('is about when referees\' letters are due, not when to apply');
  });

  it('still reads "The deadline for applications is 1 March 2027" when the letters are only named', () => {
    expect(read('The deadline for applications is 1 March 2027. Applicants should send a CV and two letters of recommendation.').profile.deadline).toBe('2027-03-01');
  });
});

describe('a size cap said in words in Spanish and French', () => {
  it.each([
    ['Los candidatos deberán enviar un CV en PDF no mayor a 50kb.', 0.05],
    ['Los candidatos deberán enviar un CV en formato PDF no mayor de 2 MB.', 2],
    ['Envoyez un CV en PDF, pas plus de 2 Mo.', 2],
    ['Envoyez un CV (PDF ne dépassant pas 5 Mo).', 5],
  ])('reads "%s" as a cap of %s MB on the CV, unmarked', (text, mb) => {
    const r = read(text);
    const cv = r.profile.items.find((i) => i.kind === 'cv');
    expect(cv?.max_mb).toBe(mb);
    expect(r.review.filter((x) => x.path.startsWith('items[0]'))).toEqual([]);
  });

  it('reads no cap from a size without a limit word ("Formulaire (PDF, 126 Ko)") nor from "12 mo" (months)', () => {
    expect(read('Formulaire de candidature (PDF, 126 Ko). Envoyez un CV.').profile.items.find((i) => i.kind === 'cv')?.max_mb).toBeUndefined();
    expect(read('Please send a CV of up to 12 mo. The position is for 12 mo.').profile.items.find((i) => i.kind === 'cv')?.max_mb).toBeUndefined();
  });
  it('gives a size in a list entry to its document only, not to the whole application (before: the application\'s cap too)', () => {
    const es = read('Envíe:\n\n8. Una foto digital:\n- Extensión: jpg.\n- Tamaño del archivo no mayor a 50kb.\n9. CV');
    expect(es.profile.submission.max_mb).toBeUndefined();
    expect(es.profile.items.find((i) => i.kind === 'other')?.max_mb).toBe(0.05);
    const en = read('The documents to provide are:\n\n  1. A detailed letter of agreement from a laboratory (PDF format of at most 10 MB)\n  2. A detailed CV');
    expect(en.profile.submission.max_mb).toBeUndefined();
  });
});

describe('an approximate length in a sentence of its own is named, never set as a cap', () => {
  it('marks "The statement should be about 5 pages." after the list (before: dropped unseen)', () => {
    const r = read('Please send a CV and a research statement. The statement should be about 5 pages.');
    expect(r.profile.items.find((i) => i.kind === 'research_statement')?.max_pages).toBeUndefined();
    expect(marks(r, 'items')).toContain('an approximate length "about 5 pages" was read in "The statement should be about 5 pages.", so no cap was set: add one to the item it sizes if the posting means it as a limit');
  });

  it('marks "Sie sollte ca. 2 Seiten umfassen." in German', () => {
    const r = read('Bitte senden Sie einen Lebenslauf und ein Forschungskonzept. Sie sollte ca. 2 Seiten umfassen.');
    expect(marks(r, 'items').some((m) => m.startsWith('an approximate length "ca. 2 Seiten"'))).toBe(true);
  });

  it('names it once when the item\'s own mark already does ("The research statement should be about 5 pages.")', () => {
    const r = read('Please send a CV and a research statement. The research statement should be about 5 pages.');
    expect(r.review.filter((x) => x.reason.includes('"about 5 pages"') || x.reason.includes('("about 5 pages")'))).toHaveLength(1);
  });
});
