/**
 * A deadline the posting says was extended or postponed (audit12, round 5, finding 10): the new date is the
 * deadline, in English, German, Dutch, Swedish, Finnish and French.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(`probe\n\n${text}\n`, { today: '2026-12-05' });
const deadline = (text: string) => read(text).profile.deadline;
const marks = (text: string) =>
  read(text)
    .review.filter((r) => r.path === 'deadline')
    .map((r) => r.reason);

describe('an extended deadline (audit12 F10)', () => {
  it('takes the new date of "extended from 10 January 2027 to 24 January 2027" (before: no deadline)', () => {
    const text = 'UPDATE: the deadline has been extended from 10 January 2027 to 24 January 2027.';
    expect(deadline(text)).toBe('2027-01-24');
    expect(marks(text)).toEqual([]);
  });

  it.each([
    ['Die Bewerbungsfrist wurde vom 10. Januar 2027 auf den 24. Januar 2027 verlängert.'],
    ['Die Bewerbungsfrist wurde bis zum 24. Januar 2027 verlängert.'],
    ['De deadline is verlengd tot 24 januari 2027.'],
    ['Ansökningstiden har förlängts till den 24 januari 2027.'],
    ['Hakuaikaa on jatkettu 24.1.2027 asti.'],
    ['La date limite de candidature est reportée au 24 janvier 2027.'],
  ])('takes the new date of "%s"', (text) => {
    expect(deadline(text)).toBe('2027-01-24');
  });

  it('takes the extension over the deadline first announced, unmarked (before: the old date, with the new one as another deadline)', () => {
    const text = 'Deadline: 10 January 2027.\n\nUPDATE: the deadline has been extended to 24 January 2027.';
    expect(deadline(text)).toBe('2027-01-24');
    expect(marks(text)).toEqual([]);
  });

  it('keeps the mark when another deadline comes after the new one, and reads no deadline from "the original deadline ... has been extended"', () => {
    const text = 'Deadline: 10 March 2027.\n\nUPDATE: the deadline has been extended to 24 January 2027.';
    expect(deadline(text)).toBe('2027-01-24');
    expect(marks(text).join(' ')).toContain('other dates are also called a deadline');
    expect(deadline('The original deadline of 1 December 2026 has been extended.')).toBeUndefined();
  });

  it('reads no moved deadline from a contract that may be extended', () => {
    expect(deadline('The contract may be extended to 31 December 2029.\n\nDeadline: 15 January 2027.')).toBe('2027-01-15');
  });
});
