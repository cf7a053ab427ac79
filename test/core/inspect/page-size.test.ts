/**
 * Page sizes a reviewer would not accept (#audit of false "Ready"): a page with no area shows nothing, one larger
 * than viewers show cannot be opened as it is, one an inch or less across cannot be read, and one far larger than
 * paper dodges a page cap.
 */
import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { join } from 'node:path';
import { inspectInput } from '../../../src/core/inspect/inspect.js';
import { checkManifest } from '../../../src/app/check.js';
import { makePdf } from '../../helpers/make-pdf.js';
import { TEST_MANIFEST, TEST_PROFILE, workspace } from '../../helpers/workspace.js';

/** A PDF of pages `sizes` (width, height in points), each with a line of text; `box` overrides page 1's media box. */
async function pdfOf(sizes: [number, number][], box?: number[]): Promise<Uint8Array> {
  const doc = await PDFDocument.load(await makePdf({ pages: sizes.length }));
  doc.getPages().forEach((p, i) => p.setSize(...(sizes[i] as [number, number])));
  if (box) doc.getPage(0).node.set(PDFName.of('MediaBox'), doc.context.obj(box));
  return doc.save();
}

const sizeFindings = async (bytes: Uint8Array) => (await inspectInput(bytes, { fileName: 'p.pdf' })).findings.filter((f) => f.code === 'file.page-size').map((f) => `${f.severity} ${f.message}`);

describe('file.page-size', () => {
  it('a page box with no area is an error (before: Ready, and a blank page in the packet)', async () => {
    expect(await sizeFindings(await pdfOf([[595, 842]], [0, 0, 0, 0]))).toEqual(['error p.pdf: page 1 has no area (the page box is 0 × 0 points): viewers show nothing.']);
  });

  it('a page larger than viewers show (200 inches a side) is an error; one an inch or less across a warning', async () => {
    expect(await sizeFindings(await pdfOf([[50000, 50000]]))).toEqual(['error p.pdf: page 1 is 1764 × 1764 cm, larger than PDF viewers can show (508 cm a side).']);
    expect(await sizeFindings(await pdfOf([[595, 842], [3, 3], [3, 3]]))).toEqual(['warning p.pdf: pages 2–3 are only 0.1 × 0.1 cm: too small to read.']);
  });

  it('A4, US Letter, A3 and landscape pages are fine; an A0 page is far larger than paper', async () => {
    expect(await sizeFindings(await pdfOf([[595.28, 841.89], [612, 792], [841.89, 1190.55], [841.89, 595.28]]))).toEqual([]);
    expect(await sizeFindings(await pdfOf([[2383.94, 3370.39]]))).toEqual(['warning p.pdf: page 1 is 84 × 119 cm, far larger than A4: a reviewer prints and counts pages of ordinary paper.']);
  });
});

describe('limit.pages on pages far larger than paper', () => {
  it('one A0 page for a 5-page research plan is over the cap (before: Ready with a 14,000-word page)', async () => {
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': await makePdf({ pages: 2 }), 'plan.pdf': await pdfOf([[2383.94, 3370.39]]), 'manifest.yaml': TEST_MANIFEST });
    const check = await checkManifest(join(dir, 'manifest.yaml'), { today: '2025-10-01' });
    const limits = check.diagnostics.filter((d) => d.code === 'limit.pages');
    expect(limits.map((d) => `${d.line}:${d.col} ${d.severity} ${d.message}`)).toEqual([
      "6:18 error plan.pdf has pages far larger than paper (84 × 119 cm); the posting's limit of 5 pages counts pages of A4 or US Letter.",
    ]);
    // Without a page cap (the CV), the same page is only the inspector's warning.
    const cv = workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': await pdfOf([[2383.94, 3370.39]]), 'plan.pdf': await makePdf({ pages: 3 }), 'manifest.yaml': TEST_MANIFEST });
    const cvCheck = await checkManifest(join(cv, 'manifest.yaml'), { today: '2025-10-01' });
    expect(cvCheck.diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(['warning file.page-size']);
  });
});
