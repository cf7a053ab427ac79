/**
 * Finding #1 of the import audit round 17 (2026-12-06n): a clause inside one list entry (a relative clause on its
 * content, a parenthesis about another document, a cut parenthesis, "all three", a number range) set the item's
 * condition, stage or count, unmarked.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const items = (text: string) => importPosting(text, { today: '2026-12-06' }).profile.items;
const reasons = (text: string, kind: string) => importPosting(text, { today: '2026-12-06' }).review.filter((r) => r.path.startsWith(`items[${items(text).findIndex((i) => i.kind === kind)}]`)).map((r) => r.reason);

describe('a cue in what an entry says about its content is not the item\'s stage (audit 17 #1)', () => {
  it('keeps a CV "that includes links ..., if applicable" required, marked with the clause (before: condition "if applicable", unmarked)', () => {
    for (const text of [
      'Applicants should provide:\n1. Curriculum vitae (no page limit) that includes links to professional website(s) or Google Scholar page, if applicable.\n2. Research statement (max 3 pages).',
      'Please submit:\n- A CV which lists your software projects and repositories, where relevant\n- A cover letter',
    ]) {
      const cv = items(text).find((i) => i.kind === 'cv');
      expect(cv?.stage).toBe('required');
      expect(cv?.condition).toBeUndefined();
      expect(cv?.review).toBe(true);
      expect(reasons(text, 'cv').join(' ')).toMatch(/read as asked of everyone, though the entry also says "(if applicable|where relevant)"/u);
    }
  });

  it('keeps the references\' contacts due now when a parenthesis says letters come later (before: stage later, unmarked)', () => {
    for (const text of [
      'Applicants should provide:\n1. Cover letter (max 2 pages).\n2. Name and contact information of at least three references entered into the application system (reference letters may be requested through the application system at a later stage of the recruitment process).',
      'Applications must include:\n- CV\n- Contact details of two referees (letters of recommendation will be requested from shortlisted candidates only)',
    ]) {
      const refs = items(text).find((i) => i.kind === 'references' && i.accepts.includes('referee'));
      expect(refs?.stage).toBe('required');
      expect(refs?.review).toBe(true);
      expect(reasons(text, 'references').join(' ')).toMatch(/though the entry also says "(reference letters|letters of recommendation) (may|will) be requested/u);
    }
  });

  it('reads no condition from "transcripts of records for previous studies (Bachelor and/or Master)" (before: condition "for previous studies (Bachelor")', () => {
    const text = 'Applications must include:\n- A CV\n- Copies of degree certificate(s) and transcripts of records for previous studies (Bachelor and/or Master). Please indicate expected date of graduation.';
    const t = items(text).find((i) => i.kind === 'transcript');
    expect(t?.stage).toBe('required');
    expect(t?.condition).toBeUndefined();
    // A case that is one stays one, and a clause cut inside a parenthesis leaves no half of it.
    const other = items('Applications must include:\n- A CV\n- Transcripts for any other studies (Bachelor and Master) you completed').find((i) => i.kind === 'transcript');
    expect(other?.condition).toBe('for any other studies');
  });
});

describe('"all three" and a number range are no counts (audit 17 #1)', () => {
  it('reads "include all three cover letters" as at most 3, marked (before: exactly 3, unmarked)', () => {
    for (const text of [
      'You may apply to a maximum of three PhD positions. Please include all three cover letters in the single pdf.\n\nApplications must include:\n- A cover letter for each position\n- CV',
      'Candidates may apply for up to two projects. Please send both motivation letters, or all of the two motivation letters, with your CV to jobs@example.org.',
    ]) {
      const letter = items(text).find((i) => i.kind === 'cover_letter' || i.kind === 'motivation_letter');
      expect(letter?.min).toBeUndefined();
      if (letter?.max !== undefined) expect(letter.review).toBe(true);
    }
    const spin = items('You may apply to a maximum of three PhD positions. Please include all three cover letters in the single pdf.\n\nApplications must include:\n- A cover letter for each position\n- CV');
    expect(spin.find((i) => i.kind === 'cover_letter')?.max).toBe(3);
  });

  it('keeps "between 3,000 and 4,000 characters" one limit of one item (before: split at "and", project description min 4 / max 4)', () => {
    const en = items('Applications consist of a motivation letter of between 3,000 and 4,000 characters, a project description of about 5 pages, and a CV. Deadline 5 May 2027.');
    expect(en.map((i) => i.kind)).toEqual(['motivation_letter', 'research_plan', 'cv']);
    expect(en[0]?.max_chars).toBe(4000);
    expect(en[1]?.min).toBeUndefined();
    expect(en[1]?.max).toBeUndefined();
    const de = items('Bitte senden Sie ein Motivationsschreiben von zwischen 2.000 und 3.000 Zeichen, einen Lebenslauf und Zeugnisse.');
    expect(de.map((i) => i.kind)).toEqual(['motivation_letter', 'cv', 'diplomas']);
    expect(de[1]?.min).toBeUndefined();
  });
});
