// Audit 12-05j #4: a posting that asks for the referees' contacts and, in another sentence, says the referees send
// their letters directly lost the letters: the profile had the contacts only, and the report never reminded anyone.
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const head = 'Postdoctoral Researcher in Linguistics\nUniversity of Somewhere\n\n';
const references = (text: string) => importPosting(head + text).profile.items.filter((i) => i.kind === 'references');

describe('referees\' contacts asked for, letters sent by the referees themselves', () => {
  it('keeps the contacts in the packet and the letters as their own item, sent by the referees, marked (before: the letters were lost)', () => {
    const r = importPosting(
      `${head}The application must include, as a single PDF file:\n1. a curriculum vitae\n2. the names and contact details of two referees. Letters of recommendation should be sent directly by the referees to jobs@example.edu.\n`,
    );
    expect(r.profile.items.filter((i) => i.kind === 'references').map((i) => [i.id, i.title, i.accepts, i.min, i.sent_by])).toEqual([
      ['references', 'Names and contact details of two referees', ['referee'], 2, undefined],
      ['letters', 'Letters of recommendation', ['letter'], 2, 'referees'],
    ]);
    expect(r.review.find((n) => n.path === 'items[2].sent_by')?.reason).toContain("the posting asks for the referees' contacts and says the referees send their letters themselves");
    // The same with the letters sentence as a paragraph of its own.
    expect(references('Please send a CV and the names of three referees.\n\nThe referees should send their letters of recommendation directly to jobs@example.edu.').map((i) => i.sent_by)).toEqual([undefined, 'referees']);
  });

  it('adds nothing when the letters are the item already, or when nobody else sends them', () => {
    expect(references('Please send a CV. Letters of recommendation should be sent directly by the referees to jobs@example.edu.').map((i) => [i.accepts, i.sent_by])).toEqual([[['letter'], 'referees']]);
    expect(references('Please send a CV and the names and contact details of two referees.').map((i) => i.id)).toEqual(['references']);
  });
});
