/**
 * Leftovers of the black-box audits of 2026-12-06 (rounds 11 and 12, imp20c): a summary of a project read as a CV,
 * Italian singulars the word data missed, and the "named again" mark on two documents a list asks for side by side.
 * Each as a short posting in the audit's words or in words of the same shape.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';
import { NOT_WANTED_EXCEPT } from '../../../src/core/import/phrases.js';

const read = (text: string) => importPosting(`probe\n\n${text}\n`, { today: '2026-12-06' });
const kinds = (text: string) => read(text).profile.items.map((i) => i.kind);
const namedAgain = (text: string) => read(text).review.filter((r) => /named again/u.test(r.reason));

describe('a "résumé" of a project is a summary, not a CV (round 11)', () => {
  it('French "Résumé du projet de recherche" gives no CV item (before: cv_2 "Résumé du")', () => {
    expect(kinds('Pièces à joindre au dossier :\n- un curriculum vitae ;\n- un résumé du projet de recherche (2 pages) ;\n- une lettre de motivation.')).toEqual(['cv', 'research_plan', 'motivation_letter']);
  });

  it('Danish "Resumé af kandidatprojekt" is the thesis\'s summary (before: a second CV)', () => {
    expect(kinds('Ansøgningen skal indeholde:\n- CV\n- Resumé af kandidatprojekt\n- Eksamensbevis')).toEqual(['cv', 'thesis', 'diplomas']);
  });

  it('English "Résumé of your research project" is no CV either, while a plain "Résumé" still is', () => {
    expect(kinds('Please send:\n- CV\n- Résumé of your research project')).not.toContain('cv_2');
    expect(read('Please send:\n- CV\n- Résumé of your research project').profile.items.filter((i) => i.kind === 'cv')).toHaveLength(1);
    expect(kinds('Please send:\n- Résumé\n- Cover letter')).toEqual(['cv', 'cover_letter']);
    expect(kinds('Please send:\n- A résumé of your professional experience\n- Cover letter')).toEqual(['cv', 'cover_letter']);
  });
});

describe('Italian singulars the word data missed (round 11)', () => {
  it('"una lettera di referenza" and "una lettera di raccomandazione" are references (before: other, marked)', () => {
    expect(kinds('Documenti da allegare:\n- curriculum vitae;\n- una lettera di referenza;')).toEqual(['cv', 'references']);
    expect(kinds('Documenti da allegare:\n- curriculum vitae;\n- una lettera di raccomandazione;')).toEqual(['cv', 'references']);
  });

  it('"nel nome del file" is a rule about file names, as "nei nomi dei file" was', () => {
    const rule = (s: string) => NOT_WANTED_EXCEPT.some((r) => new RegExp(r.source, 'iu').test(s));
    expect(rule('non usare lettere accentate nel nome del file')).toBe(true);
    expect(rule('non usare lettere accentate nei nomi dei file')).toBe(true);
  });
});

describe('"named again" stays off two language tests and two degrees\' documents (round 11)', () => {
  it('"• TOEFL (...)" then "• IELTS (...)" is one language certificate, either test, unmarked (before: a second item marked "named again")', () => {
    const r = read('Application documents:\n\n- CV\n- TOEFL (internet-based score of 90 or above)\n- IELTS (score of 6.5 or above)\n- Research proposal');
    expect(r.profile.items.map((i) => [i.kind, i.title])).toEqual([
      ['cv', 'CV'],
      ['language_certificate', 'TOEFL or IELTS'],
      ['research_plan', 'Research proposal'],
    ]);
    expect(namedAgain('Bitte senden Sie:\n- Lebenslauf\n- TestDaF-Zeugnis\n- Goethe-Zertifikat C1')).toEqual([]);
  });

  it('a high school and an undergraduate transcript, a Bachelor\'s and a "Masters\'s" certificate are two documents, unmarked', () => {
    expect(namedAgain('Application documents:\n\n- CV\n- High School transcript\n- Current unofficial undergraduate transcript\n')).toEqual([]);
    expect(namedAgain('Application documents:\n\n- CV\n- Masters\'s certificate\n- Bachelor\'s certificate\n')).toEqual([]);
  });

  it('a recap checklist that names the CV and the references again in other words is still marked', () => {
    const r = read(
      'How to apply:\n\n  • STEP 3: Prepare your application including:\n    1. Referee reports as detailed in the Referees Guideline\n    2. Full CV\n    3. Research proposal\n  • STEP 5: Check you have included the following:\n    • Curriculum vitae\n    • List of Publications\n    • Letters of reference\n',
    );
    expect(r.review.filter((x) => /named again/u.test(x.reason)).map((x) => x.reason.split(' may be ')[0])).toEqual(['"Curriculum vitae"', '"Letters of reference"']);
  });
});
