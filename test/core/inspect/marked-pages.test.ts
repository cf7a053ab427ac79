import { describe, expect, it } from 'vitest';
import { selectedMarks } from '../../../src/core/inspect/marked-pages.js';
import { findingsAbout } from '../../../src/core/inspect/findings.js';

describe('selectedMarks', () => {
  it('a `pages:` selection quotes the text under the redactions it takes, not under those it leaves out', () => {
    const all = { redactions: { pages: [1, 3], count: 2, each: [1, 3], boxes: [[[0, 0, 1, 1]], [[0, 0, 2, 2]]] as [number, number, number, number][][], under: ['born 12.3.1990 in Bonn', 'Passport C01X00T47'] }, marks: [] };
    const taken = selectedMarks(all, [2]);
    expect(taken.redactions).toEqual({ pages: [3], count: 1, each: [3], boxes: [[[0, 0, 2, 2]]], under: ['Passport C01X00T47'] });
    expect(findingsAbout('cert.pdf').pageMarks(taken)[0]?.message).toBe(
      'cert.pdf has an area on page 3 marked for redaction but not applied: the text under it, "Passport C01X00T47", can be read and copied, in the file and in the packet.',
    );
  });
});
