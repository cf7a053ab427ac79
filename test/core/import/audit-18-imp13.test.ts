/**
 * Audit 12-06a (round 8, audit18) finding 11 (rest) and the leftovers of 12-05k #1: list entries dropped or merged.
 * Each as a short posting in the audit's words or in words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(`probe\n\n${text}\n`, { today: '2026-12-05' });
const items = (text: string) => read(text).profile.items;

describe('an entry named "Optional ..." is a document (audit18 #11)', () => {
  const list = (entry: string) => `A complete application includes the following, submitted by you:\n- Current CV or resume - PDF only\n- ${entry}\n`;

  it('gives an optional item with its limit (before: the entry was dropped without a word)', () => {
    for (const entry of ['Optional supplement (250 words max) - PDF only. This statement should only be used to provide additional context.', 'Valfri bilaga (max 250 ord)']) {
      const got = items(list(entry)).find((i) => i.kind !== 'cv');
      expect(got, entry).toMatchObject({ stage: 'optional', max_words: 250, review: true });
    }
  });

  it('still reads a bare "Optional" label as no document', () => {
    expect(items(list('Optional')).map((i) => i.kind)).toEqual(['cv']);
    expect(items(list('Optional: portfolio')).map((i) => [i.kind, i.stage])).toEqual([['cv', 'required'], ['portfolio', 'optional']]);
  });
});

describe('"Personal record" is the CV, marked (audit 12-05k #1)', () => {
  it('gives a cv item marked for review (before: no item and no pointer)', () => {
    const got = items('Your application must contain:\n- Personal record: List all important data chronologically and include a bonded or scanned picture.\n- Research proposal\n');
    expect(got.find((i) => i.kind === 'cv')).toMatchObject({ title: 'Personal record', review: true });
  });
});
