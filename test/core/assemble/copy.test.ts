import { describe, expect, it } from 'vitest';
import type { PDFRef } from '@cantoo/pdf-lib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNull, PDFNumber } from '@cantoo/pdf-lib';
import { Copier } from '../../../src/core/assemble/copy.js';
import { namedDestinations, sourcePages } from '../../../src/core/assemble/source.js';
import { makeLinkedPdf } from '../../helpers/make-pdf.js';

/** An input with internal links, and a copier into a fresh output. */
async function setup() {
  const src = await PDFDocument.load(await makeLinkedPdf());
  const out = await PDFDocument.create();
  const { pages } = sourcePages(src.context, src.catalog);
  const pageMap = new Map<PDFRef, PDFRef>(pages.map((p) => [p.ref, out.context.nextRef()]));
  const copier = new Copier(src.context, out.context, pageMap, { named: namedDestinations(src.context, src.catalog), dropWidget: () => false });
  return { src, out, pages, pageMap, copier };
}

describe('Copier', () => {
  it('shares arrays of plain values (they are never changed in place) and copies arrays that hold references', async () => {
    const { src, out, pages, pageMap, copier } = await setup();
    const plain = src.context.obj([0, 0, 612, 792]);
    expect(copier.copy(plain)).toBe(plain);
    const firstPage = pages[0]!.ref;
    const dest = src.context.obj([firstPage, PDFName.of('XYZ'), 0, 792, PDFNull]);
    const copied = copier.copy(dest);
    expect(copied).not.toBe(dest);
    expect(copied).toBeInstanceOf(PDFArray);
    expect((copied as PDFArray).get(0)).toBe(pageMap.get(firstPage));
    // The source array still points at the source page.
    expect(dest.get(0)).toBe(firstPage);
    expect(out.context.lookup((copied as PDFArray).get(0))).toBeUndefined();
  });

  it('copies the page: boxes shared, links re-pointed to the copies of their target pages', async () => {
    const { out, pages, pageMap, copier } = await setup();
    const { leaf } = copier.copyPage(pages[0]!, pageMap.get(pages[0]!.ref)!);
    const box = leaf.get(PDFName.of('MediaBox'));
    expect(box).toBeInstanceOf(PDFArray);
    expect((box as PDFArray).asArray().every((v) => v instanceof PDFNumber)).toBe(true);
    const annots = out.context.lookup(leaf.get(PDFName.of('Annots')), PDFArray);
    const targets = annots.asArray().flatMap((a) => {
      const annot = out.context.lookup(a, PDFDict);
      const action = out.context.lookup(annot.get(PDFName.of('A')));
      const d = out.context.lookup(annot.get(PDFName.of('Dest'))) ?? (action instanceof PDFDict ? out.context.lookup(action.get(PDFName.of('D'))) : undefined);
      return d instanceof PDFArray ? [d.get(0)] : [];
    });
    // Three internal links on page 1 of the input (explicit, named through a GoTo, named in /Dests).
    expect(targets).toHaveLength(3);
    for (const t of targets) expect([...pageMap.values()]).toContain(t);
  });
});
