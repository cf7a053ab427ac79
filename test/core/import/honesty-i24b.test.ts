/**
 * Importer honesty (i24b): a letter someone else writes for the application ("a letter of agreement from the
 * sponsoring mentor") was neither an item nor a pointer, so a missed required document was a silent one.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(`probe\n\n${text}\n`, { today: '2026-12-06' });
/** Where an applicant is told to look: the items' titles and the pointers' names, lower-cased. */
const seen = (text: string) => {
  const r = read(text);
  return [...r.profile.items.map((i) => i.title.toLowerCase()), ...r.unlisted.map((u) => u.name.toLowerCase())];
};

describe('a letter written by someone else is a document of its own', () => {
  it('"letter of agreement from the Sponsoring Mentor" in a sentence listing the materials is an item (before: nothing)', () => {
    const text = 'Application materials must be submitted online, including letter of agreement from the Sponsoring Mentor, copy of diploma, full curriculum vitae and a research plan.';
    expect(seen(text).some((t) => t.includes('letter of agreement'))).toBe(true);
  });

  it('"A letter of undertaking from a supervisor" as a list entry is an item (before: nothing)', () => {
    const text = ['Required documents:', '1. CV;', '2. A letter of undertaking from a supervisor at the university explaining their reasons for wishing to serve as the advisor.', '3. Two recommendation letters.'].join('\n');
    const items = read(text).profile.items;
    expect(items.map((i) => i.kind)).toEqual(['cv', 'other', 'references']);
    expect(items[1]?.title.toLowerCase()).toContain('letter of undertaking');
  });

  it('other wordings: "letter of endorsement from the Dean", "a signed letter from your prospective mentor"', () => {
    expect(seen('Please send a CV and a letter of endorsement from the Dean of your faculty.').some((t) => t.includes('letter of endorsement'))).toBe(true);
    expect(seen('Please send a CV and a signed letter from your prospective mentor.').some((t) => t.includes('letter from your prospective mentor'))).toBe(true);
  });

  it('a letter from your university proving something is no new document', () => {
    // "a signed letter from your university ... stating that English was the medium of instruction": a proof of English.
    expect(seen('Please send a CV. Non-native speakers: TOEFL scores or a signed letter from your university stating that English was the medium of instruction.').some((t) => t.includes('letter from your university'))).toBe(false);
  });
});
