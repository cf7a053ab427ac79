import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFNumber } from '@cantoo/pdf-lib';
import { ImageWalker, multiply, pageImages, scanContent, type Matrix } from '../../../src/core/fit/content.js';
import { addForm, addImage, drawAt } from './helpers.js';

const ops = (text: string) => {
  const seen: string[] = [];
  const ok = scanContent(new TextEncoder().encode(text), (op, nums, name) => seen.push(op === 'Do' ? `Do ${name}` : op === 'cm' ? `cm ${nums.slice(-6).join(' ')}` : op));
  return { ok, seen };
};

describe('scanContent', () => {
  it('follows q, Q, cm and Do, skipping strings, arrays, dictionaries, comments and inline images', () => {
    const { ok, seen } = ops(
      [
        'q 0.5 0 0 .5 +10 -20.5 cm % a comment with q and Do',
        'BT /F1 12 Tf (a (nested) string with Do and \\) cm) Tj [(x) -250 (y)] TJ <48656c6c6f> Tj ET',
        '/Span <</MCID 0 /Alt (q Q)>> BDC /Im#201 Do EMC',
        'BI /W 4 /H 1 /BPC 8 /CS /G ID \x00EI\xff Q q EI Q',
        'true false null 1 0 0 1 0 0 cm Q',
      ].join('\n'),
    );
    expect(ok).toBe(true);
    expect(seen).toEqual(['q', 'cm 0.5 0 0 0.5 10 -20.5', 'Do Im 1', 'Q', 'cm 1 0 0 1 0 0', 'Q']);
  });

  it('says when the bytes end inside a string or an inline image', () => {
    expect(ops('q (unfinished Q').ok).toBe(false);
    expect(ops('BI /W 1 /H 1 ID xyz').ok).toBe(false);
  });

  it('multiplies matrices in PDF order: the new cm first, then the current one', () => {
    const scale: Matrix = [2, 0, 0, 3, 0, 0];
    const move: Matrix = [1, 0, 0, 1, 10, 20];
    expect(multiply(scale, move)).toEqual([2, 0, 0, 3, 10, 20]);
    expect(multiply(move, scale)).toEqual([2, 0, 0, 3, 20, 60]);
  });
});

describe('ImageWalker: where each image is drawn, and how large', () => {
  it('the largest size over every use, along the image axes (rotation does not shrink it)', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    const img = addImage(doc, { width: 1000, height: 500 });
    drawAt(page, img, [100, 0, 0, 50, 0, 0]);
    // Turned a quarter: its own width runs up the page.
    drawAt(page, img, [0, 300, -150, 0, 400, 100]);
    const { present, drawn, complete } = pageImages(doc.context, page.node);
    expect(complete).toBe(true);
    expect([...present]).toEqual([img]);
    expect(drawn.get(img)).toEqual({ width: 300, height: 150 });
  });

  it('through form XObjects with their /Matrix, and /UserUnit', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    const img = addImage(doc, { width: 800, height: 800 });
    const form = addForm(doc, img, [100, 0, 0, 100, 0, 0], [2, 0, 0, 2, 0, 0]);
    drawAt(page, form, [0.5, 0, 0, 0.5, 50, 50]);
    expect(pageImages(doc.context, page.node).drawn.get(img)).toEqual({ width: 100, height: 100 });
    page.node.set(PDFName.of('UserUnit'), PDFNumber.of(3));
    expect(pageImages(doc.context, page.node).drawn.get(img)).toEqual({ width: 300, height: 300 });
  });

  it('a form drawn on many pages is read once and placed with each page’s matrix', async () => {
    const doc = await PDFDocument.create();
    const img = addImage(doc, { width: 100, height: 100 });
    const form = addForm(doc, img, [10, 0, 0, 10, 0, 0]);
    const walker = new ImageWalker(doc.context);
    const sizes = [1, 2, 3].map((k) => {
      const page = doc.addPage([595, 842]);
      drawAt(page, form, [k, 0, 0, k, 0, 0]);
      return walker.page(page.node).drawn.get(img)?.width;
    });
    expect(sizes).toEqual([10, 20, 30]);
  });

  it('an image in the resources but never drawn is present, without a size; a form drawing itself stops', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    const img = addImage(doc, { width: 100, height: 100 });
    page.node.newXObject('Unused', img);
    const loop = doc.context.register(doc.context.stream('/Self Do', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 1, 1] }));
    const loopForm = doc.context.lookup(loop) as unknown as { dict: { set: (k: PDFName, v: unknown) => void } };
    loopForm.dict.set(PDFName.of('Resources'), doc.context.obj({ XObject: { Self: loop } }));
    drawAt(page, loop, [1, 0, 0, 1, 0, 0]);
    const r = pageImages(doc.context, page.node);
    expect([...r.present]).toEqual([img]);
    expect(r.drawn.size).toBe(0);
    expect(r.complete).toBe(false);
  });
});
