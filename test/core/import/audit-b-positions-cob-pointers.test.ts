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

describe('a posting that offers several positions, each with its own part (audit 12-05b #7)', () => {
  const reasons = (text: string) =>
    importPosting(text, { today: '2026-12-05' })
      .review.filter((n) => n.path === 'items')
      .map((n) => n.reason);

  it('marks the profile, naming the positions (before: merged, "Nothing was guessed")', () => {
    const r = importPosting(
      'Position: Doctoral student and postdoc, Lindqvist Lab\nEmployer: Institute for Molecular Medicine\n\nPosition 1: Doctoral student in single-cell genomics. Applications must be sent as a single PDF and must include a cover letter (PDF file, max. 1 page) and a CV (PDF file). Deadline: 15 January 2027, 23:59 CET.\n\nPosition 2: Postdoctoral fellow in immunology. Applications must be sent as a single PDF and must include a CV (PDF file) and a research statement (PDF file) of no more than three pages.\n',
      { today: '2026-12-05' },
    );
    expect(r.profile.review).toBe(true);
    const reason = r.review.find((n) => n.path === 'items')?.reason ?? '';
    expect(reason).toContain('2 positions');
    expect(reason).toContain('"Position 1: Doctoral student in single-cell genomics"; "Position 2: Postdoctoral fellow in immunology"');
    expect(r.yaml).toContain('# REVIEW: the posting offers 2 positions');
  });

  it('reads labels in other languages and headings that name a role', () => {
    expect(reasons('Stelle 1: Doktorand (m/w/d) Chemie\nBitte senden Sie einen Lebenslauf und ein Motivationsschreiben.\n\nStelle 2: Postdoc (m/w/d) Physik\nBitte senden Sie einen Lebenslauf, eine Publikationsliste und zwei Empfehlungsschreiben. Bewerbungsschluss: 1. März 2027.\n')).toHaveLength(1);
    expect(reasons('# Two openings in the Baker Lab\n\n## PhD position in plant genetics\n\nSend a CV and a cover letter. Deadline: 15 January 2027.\n\n## Postdoc in plant physiology\n\nSend a CV, a research statement and three letters of recommendation. Deadline: 1 March 2027.\n')).toHaveLength(1);
  });

  it('leaves alone positions that share one application, and the levels of one post', () => {
    expect(reasons('Assistant Professors in Philosophy\n\nPosition 1: Philosophy of physics. Position 2: Philosophy of psychology.\n\nApplications must include a CV, a cover letter and a writing sample. Deadline: 15 January 2027.\n')).toEqual([]);
    expect(reasons('Lecturer/Senior Lecturer/Professor\n\nApplications must include a CV and copies of qualifications. Closing date: 15 January 2027.\n\nLecturer\n\n• A good academic record (attach a copy of your transcript).\n')).toEqual([]);
  });
});
