/**
 * Stages and sizes that the importer must not give with false confidence: a size stated in the next sentence of a
 * list entry, items a list marks as optional by leaving them unstarred, documents named only as examples, items
 * that "may be required".
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const profile = (text: string) => importPosting(text, {}).profile;

describe('a size stated in the next sentence of a list entry', () => {
  it('is the entry’s own size, whatever verb states it', () => {
    const text = [
      'Please send the following documents to the head of the department:',
      '- A curriculum vitae. It should not exceed three pages.',
      '- A description of the proposed project, with its aims and methods, and a research plan. This part should be no more than 5 pages.',
      '- Copies of degree certificates.',
    ].join('\n');
    expect(profile(text).items.map((i) => [i.kind, i.max_pages ?? '-'])).toEqual([
      ['cv', 3],
      ['research_plan', 5],
      ['diplomas', '-'],
    ]);
  });

  it('still leaves a size to the document a later sentence asks for', () => {
    const text = ['Please send:', '- A CV. You must also include a course outline (2 pages maximum).'].join('\n');
    expect(profile(text).items.find((i) => i.kind === 'cv')?.max_pages).toBeUndefined();
  });
});
