/**
 * Findings 2 and 6 of the black-box audit of 2026-12-06 (round 8, audit18), and two leftovers: "either A or B (not
 * both)", a condition on a whole list said in its introducing sentence, "(1) ... (3) three letters" and "a CV with
 * photo and a cover letter". Each as a short posting in the audit's words or in words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(`probe\n\n${text}\n`, { today: '2026-12-05' });
const items = (text: string) => read(text).profile.items;
const kindReasons = (text: string) => read(text).review.filter((r) => /^items\[\d+\]\.kind$/u.test(r.path)).map((r) => r.reason);

describe('"either A or B (not both)" is one item, marked (audit18 #6)', () => {
  it('reads the auditor\'s probe as one writing sample, the alternatives noted (before: thesis and writing_sample, both required, unmarked)', () => {
    const p = items('To apply, upload a cover letter, a CV, and either a dissertation chapter or a published article (not both) as your writing sample.');
    expect(p.map((i) => i.kind)).toEqual(['cover_letter', 'cv', 'writing_sample']);
    expect(p[2]?.review).toBe(true);
    expect(kindReasons('To apply, upload a cover letter, a CV, and either a dissertation chapter or a published article (not both) as your writing sample.')[0]).toContain('one of two documents');
  });

  it('reads "A or B, but not both" and "A or B (not both)" in a comma list as one item, marked', () => {
    for (const s of [
      'Please submit a cover letter, a CV, and a dissertation chapter or a published article, but not both.',
      'Please send a CV, a cover letter, and a writing sample or a teaching statement (not both).',
    ]) {
      const p = items(s);
      expect(p).toHaveLength(3);
      expect(p[2]?.review).toBe(true);
    }
  });

  it('reads "entweder ... oder", "antingen ... eller", "ofwel ... of" as one item, marked', () => {
    for (const s of [
      'Bitte senden Sie einen Lebenslauf, ein Anschreiben, und entweder eine Dissertation oder ein Exposé.',
      'Ansökan ska innehålla CV, personligt brev, och antingen en forskningsplan eller ett personligt brev.',
      'Stuur een cv, een motivatiebrief, en ofwel een onderzoeksvoorstel of een scriptie.',
    ]) {
      const p = items(s);
      expect(p).toHaveLength(3);
      expect(p[2]?.review).toBe(true);
    }
  });

  it('marks "joko A tai B" when B is of no kind read (before: research_plan required, unmarked)', () => {
    const p = items('Hakemukseen liitetään ansioluettelo, motivaatiokirje ja joko tutkimussuunnitelma tai opetusnäyte.');
    expect(p.map((i) => i.kind)).toEqual(['cv', 'motivation_letter', 'research_plan']);
    expect(p[2]?.review).toBe(true);
  });

  it('keeps two documents two when nothing says one of them will do', () => {
    expect(items('Please send a CV, a cover letter, and a writing sample or a teaching statement.').map((i) => i.kind)).toEqual(['cv', 'cover_letter', 'writing_sample', 'teaching_statement']);
    expect(items('Please send a CV and a cover letter, either in English or in German.').map((i) => i.kind)).toEqual(['cv', 'cover_letter']);
  });
});

describe('a condition on a whole list, for a group the importer does not know (audit18 #2)', () => {
  const conditions = (text: string) => items(text).map((i) => i.condition);

  it('gives each entry of "Contract and external PhD candidates must also submit:" that condition (before: required for everyone, unmarked)', () => {
    const p = items('All PhD candidates need to submit:\n- a copy of your diplomas\n\nContract and external PhD candidates must also submit:\n- a curriculum vitae;\n- two letters of recommendation;\n- a description of the proposed PhD research.');
    expect(p.map((i) => i.kind)).toEqual(['diplomas', 'cv', 'references', 'research_plan']);
    expect(p.map((i) => i.condition)).toEqual([undefined, 'Contract and external PhD candidates', 'Contract and external PhD candidates', 'Contract and external PhD candidates']);
    expect(conditions('Self-funded and part-time applicants should also provide:\n- a CV\n- a research proposal')).toEqual(['Self-funded and part-time applicants', 'Self-funded and part-time applicants']);
  });

  it('reads the same in German, Dutch and Swedish', () => {
    expect(conditions('Externe Doktorand*innen müssen zusätzlich folgende Unterlagen einreichen:\n- ein Exposé\n- zwei Empfehlungsschreiben')).toEqual(['Externe Doktorand*innen', 'Externe Doktorand*innen']);
    expect(conditions('Externe promovendi moeten ook de volgende documenten indienen:\n- een onderzoeksvoorstel\n- een cv')).toEqual(['Externe promovendi', 'Externe promovendi']);
    expect(conditions('Externa sökande ska också bifoga:\n- forskningsplan\n- CV')).toEqual(['Externa sökande', 'Externa sökande']);
  });

  it('gives no condition to a group every applicant is in', () => {
    expect(conditions('All applicants must also submit:\n- a cover letter\n- a CV')).toEqual([undefined, undefined]);
    expect(conditions('Applicants must also submit:\n- a cover letter\n- a CV')).toEqual([undefined, undefined]);
    expect(conditions('Interested candidates should also submit:\n- a CV\n- a cover letter')).toEqual([undefined, undefined]);
  });
});

describe('"a CV with photo and a cover letter" is two items (leftover of audit18)', () => {
  it('ends the CV\'s description at "and" before another document (before: one cv item "CV with photo and a cover letter")', () => {
    expect(items('Applicants should send a CV with photo and a cover letter.').map((i) => [i.kind, i.title])).toEqual([
      ['cv', 'CV with photo'],
      ['cover_letter', 'Cover letter'],
    ]);
    expect(items('Bitte senden Sie einen Lebenslauf mit Foto und ein Anschreiben.').map((i) => i.kind)).toEqual(['cv', 'cover_letter']);
  });

  it('keeps a list of publications described as part of the CV', () => {
    expect(items('Applicants should send a CV with education and a list of publications.').map((i) => i.kind)).toEqual(['cv']);
  });
});
