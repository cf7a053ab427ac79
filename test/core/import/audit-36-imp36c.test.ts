/**
 * Importer audit round 18 (notes/audit-import-2026-12-06p.md), findings 5, 11, 6 and 12: what one written document must
 * contain read as documents of their own, counts and stages given with a misleading reason, list entries dropped without
 * a word, a bibliography read as references. Each as a short posting in the audit's words and in a second wording.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (body: string, title = 'Position') => importPosting(`${title}\n\n${body}`, { today: '2026-12-07' });
const reasons = (r: ReturnType<typeof read>) => r.review.map((x) => `${x.path}: ${x.reason}`).join(' | ');

describe('what a written application must contain is part of it, not a document of its own (audit #5)', () => {
  it('reads "please write an application (1-3 pages)" as the one item, its cap its own, and "include a link to your code" as no item (before: a required link item, the cap on the packet)', () => {
    const r = read(
      'To work in the LASSO lab, please write an application (1-3 pages), with section headings corresponding to the sections below.\n\n## Coding application\n\nPlease write a summary of one or two of your previous projects.\n\n* one project should involve substantial coding. Please do not include the code in your application, but please do include a link to your code (on GitHub etc).\n* one project should involve creating a figure using code. Please include a copy of the figure in your application, and a link to the code you used to make that figure.',
      'Research student application',
    );
    expect(r.profile.items.map((i) => [i.kind, i.title, i.stage, i.max_pages])).toEqual([['other', 'Application', 'required', 3]]);
    expect(r.profile.submission.max_pages).toBeUndefined();
    expect(reasons(r)).toMatch(/items\[0\]\.max_pages: the posting gives a range \("1-3 pages"\)/u);
  });

  it('reads a second wording: "Please write a 2-page application ... Please include a link to your GitHub profile ... in your application"', () => {
    const r = read('Please write a 2-page application explaining your interest. Please include a link to your GitHub profile and a copy of one figure you made in your application.', 'Summer research internship');
    expect(r.profile.items.map((i) => [i.kind, i.title, i.max_pages])).toEqual([['other', '2-page application', 2]]);
  });

  it('still reads documents to include "in your application" when the application is the packet', () => {
    const r = read('Please include a CV and a cover letter in your application.');
    expect(r.profile.items.map((i) => i.kind).sort()).toEqual(['cover_letter', 'cv']);
  });
});
