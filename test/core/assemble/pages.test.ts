/**
 * `pages:` in the assembler, on the std benchmark's thesis (136 pages, 261 internal links, 133 bookmarks, roman
 * page labels): only the kept pages are copied, their links, bookmarks and labels still work, and what led to the
 * pages left out is removed and counted.
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assemble } from '../../../src/core/assemble/index.js';
import type { AssembleResult } from '../../../src/core/plan/types.js';
import { flattenOutline, readPdf, type ReadOutline, type ReadPdf } from '../../helpers/read-pdf.js';
import { makeLinkedPdf } from '../../helpers/make-pdf.js';
import { BENCH, bench, makePlan, section } from './fixtures.js';

const NO_STAMPS = { cover: true, stamps: false, forms: 'flatten' } as const;

/** Build a packet of the file's `pages` (0-based) behind a cover; returns the result and what pdf.js reads. */
async function build(bytes: Uint8Array, pages: number[], selection: string): Promise<{ result: AssembleResult; pdf: ReadPdf }> {
  const plan = makePlan([section('thesis', 'MSc thesis', [{ kind: 'pdf', title: 'MSc thesis', source: 'thesis.pdf', bytes, pages, selection }])], { options: NO_STAMPS });
  const result = await assemble(plan);
  return { result, pdf: await readPdf(result.bytes, { text: false }) };
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe.skipIf(!existsSync(BENCH))('pages: on the thesis of the std benchmark', () => {
  let source: ReadPdf;
  beforeAll(async () => {
    source = await readPdf(bench('05-thesis.pdf'), { text: false });
  });

  it('keeps pages 1-20: every kept link lands on its page, the others are gone and counted', async () => {
    expect(source.pageCount).toBe(136);
    const { result, pdf } = await build(bench('05-thesis.pdf'), range(0, 19), '1-20');
    expect(pdf.pageCount).toBe(21);
    let kept = 0;
    let dropped = 0;
    for (let p = 0; p < 20; p++) {
      const internal = (source.pages[p]?.links ?? []).filter((l) => !l.url);
      const expected = internal.filter((l) => l.destPage !== undefined && l.destPage <= 20).map((l) => (l.destPage as number) + 1);
      const got = (pdf.pages[p + 1]?.links ?? []).filter((l) => !l.url).map((l) => l.destPage);
      expect(got, `page ${p + 1}`).toEqual(expected);
      kept += expected.length;
      dropped += internal.length - expected.length;
    }
    expect(kept).toBeGreaterThan(20);
    expect(dropped).toBeGreaterThan(20);
    const note = result.diagnostics.find((d) => d.code === 'file.links-dropped');
    expect(note).toMatchObject({ severity: 'info' });
    expect(note?.message).toMatch(new RegExp(`^thesis\\.pdf has ${dropped} links and \\d+ bookmarks to pages that \`pages: "1-20"\` leaves out`));
  });

  it('keeps the bookmarks of kept pages, on their pages, and drops those of pages left out', async () => {
    const { result, pdf } = await build(bench('05-thesis.pdf'), range(0, 19), '1-20');
    const all = flattenOutline(source.outline);
    const inside = all.filter((b) => b.page !== undefined && b.page <= 20);
    const thesis = pdf.outline.find((o) => o.title === 'MSc thesis');
    const out = flattenOutline(thesis?.children ?? []);
    // A bookmark to a page left out stays only as the parent of kept ones: then it leads to the first of them.
    const parents = (items: readonly ReadOutline[]): number => items.reduce((n, b) => n + ((b.page ?? 0) > 20 && flattenOutline(b.children).some((c) => (c.page ?? 99) <= 20) ? 1 : 0) + parents(b.children), 0);
    expect(out.length).toBe(inside.length + parents(source.outline));
    for (const b of inside) expect(out.find((o) => o.title === b.title)?.page, b.title).toBe((b.page as number) + 1);
    const removed = all.length - out.length;
    expect(result.diagnostics.find((d) => d.code === 'file.links-dropped')?.message).toContain(`and ${removed} bookmarks`);
  });

  it('keeps the thesis’s own page labels on the kept pages ("MSc thesis iii")', async () => {
    const { pdf } = await build(bench('05-thesis.pdf'), [...range(2, 4), ...range(40, 41)], '3-5, 41-42');
    const labels = source.pageLabels ?? [];
    expect(pdf.pageLabels?.slice(1)).toEqual([2, 3, 4, 40, 41].map((i) => `MSc thesis ${labels[i]}`));
    expect(pdf.pageLabels?.[1]).toBe('MSc thesis ii');
  });

  it('copies pages in the order given, with links following their pages', async () => {
    const order = [...range(9, 11), ...range(0, 2)];
    const { pdf } = await build(bench('05-thesis.pdf'), order, '10-12, 1-3');
    expect(pdf.pageCount).toBe(7);
    const where = new Map(order.map((p, k) => [p + 1, k + 2]));
    for (const [k, p] of order.entries()) {
      const expected = (source.pages[p]?.links ?? []).filter((l) => !l.url && where.has(l.destPage ?? 0)).map((l) => where.get(l.destPage as number));
      expect((pdf.pages[k + 1]?.links ?? []).filter((l) => !l.url).map((l) => l.destPage), `page ${p + 1}`).toEqual(expected);
    }
  });
});

describe('pages: on a made PDF (page 1 links to pages 4, 2 (by name), 3 (by name) and the web)', () => {
  it('drops and counts the links and bookmarks to pages left out, and keeps the labels of those kept', async () => {
    const bytes = await makeLinkedPdf({ pages: 4 });
    const { result, pdf } = await build(bytes, [0, 2], '1, 3');
    expect(pdf.pageCount).toBe(3);
    expect(pdf.pages[1]?.links.map((l) => l.destPage ?? l.url)).toEqual([3, 'https://examples.fi/']);
    const thesis = pdf.outline.find((o) => o.title === 'MSc thesis');
    expect(thesis?.children.map((b) => [b.title, b.page, b.children.length])).toEqual([
      ['Chapter 1', 2, 0],
      ['Chapter 3', 3, 0],
    ]);
    expect(pdf.pageLabels).toEqual(['Cover', 'MSc thesis i', 'MSc thesis 1']);
    const note = result.diagnostics.filter((d) => d.code === 'file.links-dropped');
    expect(note.map((d) => `${d.severity} ${d.message} ${d.hint}`)).toEqual([
      'info thesis.pdf has 2 links and 3 bookmarks to pages that `pages: "1, 3"` leaves out; the packet leaves them out. Nothing to do, unless a reviewer needs those pages: then add them to `pages:`.',
    ]);
    expect(result.diagnostics.filter((d) => d.code === 'file.links')).toEqual([]);
  });

  it('keeps a bookmark to a page left out when bookmarks under it lead to kept pages, leading to the first of them', async () => {
    const bytes = await makeLinkedPdf({ pages: 4 });
    const { pdf } = await build(bytes, [1, 2, 3], '2-4');
    const thesis = pdf.outline.find((o) => o.title === 'MSc thesis');
    expect(thesis?.children.map((b) => [b.title, b.page, b.children.map((c) => [c.title, c.page])])).toEqual([
      ['Chapter 1', 2, [['Section 1.1', 2]]],
      ['Chapter 2', 2, []],
      ['Chapter 3', 3, []],
      ['Chapter 4', 4, []],
    ]);
  });

  it('says nothing when nothing leads to a page left out: every page, in reverse', async () => {
    const bytes = await makeLinkedPdf({ pages: 4 });
    const { result, pdf } = await build(bytes, [3, 2, 1, 0], '4-1');
    expect(pdf.pageCount).toBe(5);
    expect(pdf.pages[4]?.links.map((l) => l.destPage ?? l.url)).toEqual([2, 4, 3, 'https://examples.fi/']);
    expect(result.diagnostics.filter((d) => d.code.startsWith('file.links'))).toEqual([]);
  });
});
