import type { PDFObject, PDFRawStream, PDFRef } from '@cantoo/pdf-lib';
import { PDFArray, PDFDict, PDFDocument, PDFName, degrees } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { embedTrueTypeSubset } from '../../../src/core/assemble/embedder.js';
import { stampPage } from '../../../src/core/assemble/stamps.js';
import { fonts } from './fixtures.js';

/** The text of the content streams a page gained, and its font resources. */
function drawn(doc: PDFDocument, before: number): { ops: string; fontNames: string[] } {
  const page = doc.getPage(0);
  const contents = page.node.Contents();
  const refs = contents instanceof PDFArray ? contents.asArray().slice(before) : [];
  const ops = refs.map((r: PDFObject) => Buffer.from((doc.context.lookup(r as PDFRef) as PDFRawStream).contents).toString('latin1')).join('');
  const font = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
  return { ops, fontNames: font ? font.keys().map((k) => k.decodeText()) : [] };
}

describe('stampPage', () => {
  it('draws the stamp in a small stream of its own, grey and upright, with one font name per page', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    const font = embedTrueTypeSubset(doc, fonts.regular, 'DejaVuSans');
    stampPage(page, 'Ann · CV · page 1 of 2', font);
    stampPage(page, 'again', font);
    const { ops, fontNames } = drawn(doc, 0);
    expect(fontNames).toEqual(['PacketStamp']);
    expect(page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict).get(PDFName.of('PacketStamp'))).toBe(font.ref);
    const first = ops.split('Q\n')[0]!;
    const width = font.widthOfTextAtSize('Ann · CV · page 1 of 2', 7);
    expect(first).toBe(`q\nBT\n0.45 0.45 0.45 rg\n/PacketStamp 7 Tf\n1 0 0 1 ${Math.round(((595 - width) / 2) * 1000) / 1000} 14 Tm\n${font.encodeText('Ann · CV · page 1 of 2').toString()} Tj\nET\n`);
    // The glyphs drawn are in the subset written with the document, and the text extracts.
    const saved = await PDFDocument.load(await doc.save());
    expect(saved.getPageCount()).toBe(1);
  });

  it('turns with the page, and leaves a font the page already calls PacketStamp alone', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    page.setRotation(degrees(90));
    const other = doc.context.register(doc.context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica' }));
    page.node.setFontDictionary(PDFName.of('PacketStamp'), other);
    const font = embedTrueTypeSubset(doc, fonts.regular, 'DejaVuSans');
    stampPage(page, 'turned', font);
    const { ops, fontNames } = drawn(doc, 0);
    expect(fontNames).toEqual(['PacketStamp', 'PacketStamp2']);
    expect(page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict).get(PDFName.of('PacketStamp'))).toBe(other);
    // Rotated a quarter turn clockwise: the text runs up the right edge.
    expect(ops).toMatch(/\/PacketStamp2 7 Tf\n0 1 -1 0 581 [\d.]+ Tm\n/);
  });
});
