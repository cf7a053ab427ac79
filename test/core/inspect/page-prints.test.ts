/** Page prints: the text a page shows of its own is read from strings only (not from inline images or comments), through forms. */
import { deflateSync } from 'node:zlib';
import type { PDFDict } from '@cantoo/pdf-lib';
import { PDFDocument, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { pagePrints } from '../../../src/core/inspect/page-prints.js';
import { walkPageTree } from '../../../src/core/inspect/page-tree.js';

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
/** Fifty lines of text of their own (about 400 bytes), as literal or hex strings. */
const lines = (hex = false) =>
  Array.from({ length: 50 }, (_, i) => {
    const text = `line ${i}.`;
    return hex ? `<${Buffer.from(text).toString('hex')}> Tj` : `[(${text.slice(0, 4)}) -20 (${text.slice(4)})] TJ`;
  }).join(' T* ');

/** The pages (each its content streams, flate-compressed) and a form `Fm` that any of them may draw; the pages that have a print. */
async function printed(pages: string[][], form?: string): Promise<number[]> {
  const doc = await PDFDocument.create();
  const ctx = doc.context;
  const stream = (s: string) => {
    const data = new Uint8Array(deflateSync(bytes(s)));
    return ctx.register(PDFRawStream.of(ctx.obj({ Filter: 'FlateDecode', Length: data.length }), data));
  };
  const resources = ctx.obj({ Font: { F1: { Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica' } } }) as PDFDict;
  if (form !== undefined) {
    const data = bytes(form);
    resources.set(PDFName.of('XObject'), ctx.obj({ Fm: ctx.register(PDFRawStream.of(ctx.obj({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 10, 10], Length: data.length }), data)) }));
  }
  for (const contents of pages) {
    const page = doc.addPage([300, 200]);
    page.node.set(PDFName.of('Contents'), ctx.obj(contents.map(stream)));
    page.node.set(PDFName.of('Resources'), resources);
  }
  const tree = walkPageTree(ctx, doc.catalog, { maxNodes: 1000, maxDepth: 32 });
  return pagePrints(ctx, tree.pages).map((p) => p.page);
}

describe('pagePrints', () => {
  it('counts the strings a page shows, literal or hex, split over its content streams', async () => {
    expect(await printed([[`BT /F1 9 Tf ${lines()} ET`], [`BT /F1 9 Tf ${lines(true)} ET`.replace('line', 'LINE')]])).toEqual([0, 1]);
    const whole = `BT /F1 9 Tf ${lines()} ET`;
    const cut = whole.indexOf(' T* ', 200);
    expect(await printed([[whole.slice(0, cut), whole.slice(cut)]])).toEqual([0]);
  });

  it('reads no text in inline image data, comments or a marked-content dictionary, and too little text is no print', async () => {
    const inline = `BI /W 1000 /H 1 /BPC 8 /CS /G ID ${Array.from({ length: 60 }, (_, i) => `(not text ${i}) Tj `).join('')}\nEI`;
    expect(await printed([[`q ${inline} Q`]])).toEqual([]);
    expect(await printed([[`% ${lines()}\n/Span << /ActualText (${'x'.repeat(400)}) >> BDC EMC BT /F1 9 Tf (Appendix) Tj ET`]])).toEqual([]);
    // After the inline image, the text counts.
    expect(await printed([[`q ${inline} Q BT /F1 9 Tf ${lines()} ET`]])).toEqual([0]);
  });

  it('follows a form: its text is a page\'s own when only that page draws it, a template when two pages do', async () => {
    const form = `BT /F1 9 Tf ${lines()} ET`;
    expect(await printed([['q /Fm Do Q'], ['BT /F1 9 Tf (Page 2) Tj ET']], form)).toEqual([0]);
    expect(await printed([['q /Fm Do Q'], ['q /Fm Do Q BT /F1 9 Tf (Page 2) Tj ET']], form)).toEqual([]);
  });
});
