// Audit 2026-12-05 (#4, #5, #15, #16, #17): deadline times and zones written in another sentence or in the posting's
// own language, closing-date labels, and the facts read beside the deadline (open until filled, the reference).
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const posting = (text: string, today?: string) =>
  importPosting(`Postdoctoral Researcher in Chemistry\n\nUniversity of Somewhere\n\nApply with a CV and a cover letter as one PDF.\n\n${text}\n`, today ? { today } : {});
const deadline = (text: string) => {
  const r = posting(text);
  return [r.profile.deadline, r.review.filter((n) => n.path === 'deadline').map((n) => n.reason)];
};

describe('open until filled and the reference (audit #15, #16)', () => {
  it('reads "will keep going until the spot is filled" and its family as open until filled (before: false)', () => {
    for (const s of [
      'I will start reviewing applications on 15 January 2027 and will keep going until the spot is filled.',
      'Applications will be considered until the post has been filled.',
      'We review applications until the role is filled.',
    ]) {
      expect(posting(s).profile.open_until_filled, s).toBe(true);
    }
    expect(posting('The position is filled for a period of two years.').profile.open_until_filled).toBe(false);
  });

  it('reads "(ref. BAP-2027-061)" and never takes "later" from "apply for this job no later than" (before: reference: later)', () => {
    const r = importPosting('Postdoc in Legal History (ref. BAP-2027-061)\n\nKU Leuven\n\nYou can apply for this job no later than January 31, 2027. Please upload a CV and a cover letter.\n');
    expect(r.profile.reference).toBe('BAP-2027-061');
    expect(importPosting('Postdoc\n\nYou can apply for this job no later than January 31, 2027. Please upload a CV.\n').profile.reference).toBeUndefined();
    expect(importPosting('Postdoc\n\nJob no. 4711. Please upload a CV.\n').profile.reference).toBe('4711');
  });
});
