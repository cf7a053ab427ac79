// Audit 2026-12-05b (#7, #8, #12): two positions merged into one profile, "close of business" left out of a deadline,
// documents the posting asks for that no item lists and nothing points at.
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const explicit = (text: string) =>
  importPosting(`Position: Lecturer in Public Health\nEmployer: Southern Cross Institute\n\nApplications must be sent as a single PDF and include a cover letter (PDF file) and a CV (PDF file).\n\n${text}\n`, { today: '2026-12-05' });
const deadlineReasons = (text: string) => explicit(text).review.filter((n) => n.path === 'deadline').map((n) => n.reason);

describe('"close of business" in the deadline (audit 12-05b #8)', () => {
  it('marks a date-only deadline whose sentence says "close of business" (before: unmarked, "Nothing was guessed")', () => {
    const r = explicit('Applications must be received by close of business on Friday 5 March 2027.');
    expect(r.profile.deadline).toBe('2027-03-05');
    expect(r.review.map((n) => n.path)).toEqual(['deadline']);
    expect(r.review[0]?.reason).toContain('"close of business"');
    expect(r.review[0]?.reason).toContain('whole day');
    expect(r.yaml).toContain('# REVIEW: the sentence sets the time as "close of business"');
  });

  it('marks the family: "COB", "end of the working day", "Dienstschluss"', () => {
    expect(deadlineReasons('Deadline: 5 March 2027, COB.')).toHaveLength(1);
    expect(deadlineReasons('Applications close at the end of the working day on 5 March 2027.')).toHaveLength(1);
    expect(deadlineReasons('Bewerbungsschluss ist der 5. März 2027 (Dienstschluss).')).toHaveLength(1);
  });

  it('marks "close of business on the closing date" said in another sentence', () => {
    const reasons = deadlineReasons('Closing date: 5 March 2027.\n\nApplications must be received by close of business on the closing date.');
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toContain('"close of business"');
  });

  it('leaves a deadline with a clock time, or a plain "end of day", unmarked', () => {
    expect(deadlineReasons('Applications must be received by close of business, 5 March 2027 at 17:00.').join(' ')).not.toContain('close of business');
    expect(deadlineReasons('Deadline: 5 March 2027 (end of day).')).toEqual([]);
    expect(deadlineReasons('Applications must be received by 5 March 2027.')).toEqual([]);
  });
});
