/** The cheap look for text on a page: operators found in content and forms, not in strings, comments or images. */
import { deflateSync } from 'node:zlib';
import type { PDFDict} from '@cantoo/pdf-lib';
import { PDFDocument, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { contrastOnBlack, HIDING_CONTRAST, lookForText, pageHoldsImage, pageImagesOnly, pageInk, pageOutlinesText } from '../../../src/core/inspect/page-text.js';

async function look(content: string | Uint8Array, options: { fonts?: boolean; form?: string; flate?: boolean } = {}): Promise<{ text: boolean; fonts: boolean }> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([300, 200]);
  const ctx = doc.context;
  const raw = typeof content === 'string' ? Uint8Array.from(content, (c) => c.charCodeAt(0)) : content;
  const data = options.flate ? new Uint8Array(deflateSync(raw)) : raw;
  const stream = PDFRawStream.of(ctx.obj(options.flate ? { Filter: 'FlateDecode', Length: data.length } : { Length: data.length }), data);
  page.node.set(PDFName.of('Contents'), ctx.register(stream));
  const resources = ctx.obj({}) as PDFDict;
  if (options.fonts !== false) resources.set(PDFName.of('Font'), ctx.obj({ F1: ctx.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica' }) }));
  if (options.form !== undefined) {
    const formData = Uint8Array.from(options.form, (c) => c.charCodeAt(0));
    const form = PDFRawStream.of(ctx.obj({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 10, 10], Length: formData.length }), formData);
    resources.set(PDFName.of('XObject'), ctx.obj({ Fm: ctx.register(form) }));
  }
  page.node.set(PDFName.of('Resources'), resources);
  return lookForText(ctx, page.node);
}

describe('lookForText', () => {
  it('finds each text-showing operator, in plain and compressed content', async () => {
    for (const op of ['(a) Tj', '[(a) 2 (b)] TJ', "(a) '", '1 2 (a) "']) expect(await look(`BT /F1 9 Tf ${op} ET`)).toEqual({ text: true, fonts: true });
    expect((await look('q BT /F1 9 Tf (a) Tj ET Q', { flate: true })).text).toBe(true);
  });

  it('is not fooled by operator names in strings, comments or inline image data', async () => {
    expect((await look('BT /F1 9 Tf (a Tj b) Tw ET % Tj\n')).text).toBe(false);
    expect((await look('BI /W 2 /H 1 /CS /G /BPC 8 ID \nTj EI Q')).text).toBe(false);
    expect((await look('<54 6A> pop')).text).toBe(false);
  });

  it('follows the forms a page draws, and says when a page has no fonts at all', async () => {
    expect(await look('q /Fm Do Q', { form: 'BT /F1 9 Tf (in a form) Tj ET' })).toEqual({ text: true, fonts: true });
    expect(await look('q /Fm Do Q', { form: '0 0 1 1 re f' })).toEqual({ text: false, fonts: true });
    expect(await look('q 300 0 0 200 0 0 cm /Im0 Do Q', { fonts: false })).toEqual({ text: false, fonts: false });
  });
});

/** A page whose content is split into several streams, as a program that appends to a page writes it. */
async function splitPage(parts: readonly string[]): Promise<{ doc: PDFDocument; page: PDFDict }> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([300, 200]);
  page.node.set(PDFName.of('Resources'), doc.context.obj({ Font: { F1: { Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica' } } }));
  page.node.set(PDFName.of('Contents'), doc.context.obj(parts.map((part) => doc.context.register(doc.context.stream(part)))));
  return { doc, page: page.node };
}

describe('content in several streams', () => {
  it('a stream ends a token: "Tj" closing one stream and "ET" opening the next are two operators (before: "TjET", and the page was blank)', async () => {
    const { doc, page } = await splitPage(['BT /F1 9 Tf 20 100 Td (Transcript) Tj', 'ET']);
    expect(lookForText(doc.context, page).text).toBe(true);
    expect(pageInk(doc.context, page)).toBe('shown');
  });
});

describe('pageImagesOnly: where each image is drawn', () => {
  /** A page drawing with `content` an image /Im and a form /Fm (which draws the image with `form`, scaled by `matrix`). */
  async function placements(content: string, form = '/Im Do', matrix?: number[]) {
    const doc = await PDFDocument.create();
    const page = doc.addPage([300, 200]);
    const ctx = doc.context;
    const image = ctx.register(PDFRawStream.of(ctx.obj({ Type: 'XObject', Subtype: 'Image', Width: 2, Height: 2, ColorSpace: 'DeviceGray', BitsPerComponent: 8, Length: 4 }), new Uint8Array(4)));
    const formData = Uint8Array.from(form, (c) => c.charCodeAt(0));
    const fm = PDFRawStream.of(ctx.obj({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 1, 1], ...(matrix ? { Matrix: matrix } : {}), Resources: { XObject: { Im: image } }, Length: formData.length }), formData);
    page.node.set(PDFName.of('Resources'), ctx.obj({ XObject: { Im: image, Fm: ctx.register(fm) } }));
    page.node.set(PDFName.of('Contents'), ctx.register(ctx.stream(content)));
    return pageImagesOnly(ctx, page.node)?.map((d) => d.matrix.map((v) => Math.round(v * 100) / 100));
  }

  it('records the CTM at each Do: cm composes, Q restores, a cm without six numbers is skipped', async () => {
    expect(await placements('q 2 0 0 2 10 10 cm q 100 0 0 50 0 0 cm /Im Do Q /Im Do Q 0 0 cm /Im Do')).toEqual([
      [200, 0, 0, 100, 10, 10],
      [2, 0, 0, 2, 10, 10],
      [1, 0, 0, 1, 0, 0],
    ]);
  });

  it('an image drawn by a form is placed by the form\'s /Matrix and the CTM at each of the form\'s Do', async () => {
    expect(await placements('q 1 0 0 1 5 0 cm /Fm Do Q q 1 0 0 1 0 7 cm /Fm Do Q', 'q 10 0 0 20 0 0 cm /Im Do Q', [3, 0, 0, 3, 1, 1])).toEqual([
      [30, 0, 0, 60, 6, 1],
      [30, 0, 0, 60, 1, 8],
    ]);
  });

  it('is still undefined for a page that draws anything but images', async () => {
    expect(await placements('q 100 0 0 100 0 0 cm /Im Do Q 0 0 10 10 re f')).toBeUndefined();
  });
});

describe('pageInk: where a form or an image is drawn, and under what opacity', () => {
  /** What a 300 × 200 page drawing `content` shows; /Fm is a form of visible text that sets its own opacity, /Im an image. */
  async function ink(content: string): Promise<string> {
    const doc = await PDFDocument.create();
    const page = doc.addPage([300, 200]);
    const ctx = doc.context;
    const image = ctx.register(PDFRawStream.of(ctx.obj({ Type: 'XObject', Subtype: 'Image', Width: 2, Height: 2, ColorSpace: 'DeviceGray', BitsPerComponent: 8, Length: 4 }), new Uint8Array(4)));
    const fm = ctx.register(
      ctx.stream('/Opaque gs BT /F1 9 Tf 10 10 Td (Transcript) Tj ET', {
        Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 300, 200],
        Resources: { ExtGState: { Opaque: { ca: 1 } }, Font: { F1: { Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica' } } },
      }),
    );
    page.node.set(PDFName.of('Resources'), ctx.obj({ ExtGState: { Clear: { ca: 0, CA: 0 } }, XObject: { Fm: fm, Im: image } }));
    page.node.set(PDFName.of('Contents'), ctx.register(ctx.stream(content)));
    return pageInk(ctx, page.node, undefined, [0, 0, 300, 200]);
  }

  it('a form drawn under opacity 0 may set its own and show; an image under it, or either drawn off the page, does not', async () => {
    expect(await ink('/Clear gs /Fm Do')).toBe('shown');
    expect(await ink('/Clear gs 300 0 0 200 0 0 cm /Im Do')).toBe('hidden');
    expect(await ink('300 0 0 200 0 0 cm /Im Do')).toBe('shown');
    expect(await ink('1 0 0 1 400 0 cm /Fm Do')).toBe('hidden');
    expect(await ink('300 0 0 200 0 -250 cm /Im Do')).toBe('hidden');
    expect(await ink('1 0 0 1 -30 0 cm /Fm Do')).toBe('shown');
    // Helvetica's widths place "Transcript" (9 pt) at -140 to -100: wholly off the page (before: shown, its length guessed at 2 em a letter).
    expect(await ink('1 0 0 1 -150 0 cm /Fm Do')).toBe('hidden');
  });
});

describe('pageOutlinesText and pageHoldsImage: what a page without text draws', () => {
  /** A small closed shape with curves, like a letter's outline, at (x, y). */
  const letter = (x: number, y: number) => `${x} ${y} m ${x} ${y + 8} ${x + 6} ${y + 8} ${x + 6} ${y} c h`;

  it('many small filled shapes with curves on lines are text turned into outlines; a few shapes, or shapes scattered as in a vector drawing, are not', async () => {
    const lines = Array.from({ length: 120 }, (_, i) => letter(20 + (i % 30) * 8, 150 - Math.floor(i / 30) * 14)).join(' ');
    const text = await splitPage([`0 g ${lines} f`]);
    expect(pageOutlinesText(text.doc.context, text.page)).toBe(true);
    // In a form drawn by the page, one glyph per fill, as design programs export them.
    const { doc, page } = await splitPage(['q 1 0 0 1 0 0 cm /Fm Do Q']);
    const form = doc.context.register(doc.context.stream(Array.from({ length: 120 }, (_, i) => `${letter(20 + (i % 30) * 8, 150 - Math.floor(i / 30) * 14)} f`).join('\n'), { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 300, 200] }));
    (doc.context.lookup(page.get(PDFName.of('Resources'))) as PDFDict).set(PDFName.of('XObject'), doc.context.obj({ Fm: form }));
    expect(pageOutlinesText(doc.context, page)).toBe(true);
    // A diagram: a few shapes; a drawing: as many shapes, none on a common line (each 1.3 points higher than the last).
    const few = await splitPage([`0 g ${lines.split(' h').slice(0, 20).join(' h')} h f 10 10 280 180 re S`]);
    expect(pageOutlinesText(few.doc.context, few.page)).toBe(false);
    const scattered = Array.from({ length: 120 }, (_, i) => letter(20 + (i % 30) * 8, 10 + i * 1.3)).join(' ');
    const art = await splitPage([`0 g ${scattered} f`]);
    expect(pageOutlinesText(art.doc.context, art.page)).toBe(false);
    // Stroked closed outlines are letters too (audit 20 #6); stroked open curves are lines, not letters.
    const stroked = await splitPage([`0 G ${lines} S`]);
    expect(pageOutlinesText(stroked.doc.context, stroked.page)).toBe(true);
    const open = await splitPage([`0 G ${lines.replace(/ c h/gu, ' c')} S`]);
    expect(pageOutlinesText(open.doc.context, open.page)).toBe(false);
  });

  it('an image written into the content (BI ... EI) is an image, as one named in the resources is (before: not, so such a scanned page was counted as 0 words)', async () => {
    const { doc, page } = await splitPage(['q 300 0 0 200 0 0 cm BI /W 2 /H 1 /CS /G /BPC 8 ID \x00\xff EI Q']);
    expect(pageHoldsImage(doc.context, page)).toBe(true);
    const shapes = await splitPage(['10 10 100 100 re f']);
    expect(pageHoldsImage(shapes.doc.context, shapes.page)).toBe(false);
  });
});

describe('contrastOnBlack (prod33b, audit 12-06p #8)', () => {
  it('gives the WCAG contrast of black text on a band: dark grey, navy, dark red and dark green under the hiding cut-off, pure blue, red, purple and yellow above it', () => {
    expect(contrastOnBlack([0])).toBe(1);
    expect(contrastOnBlack([1, 1, 1])).toBeCloseTo(21, 5);
    expect(contrastOnBlack([0, 0, 0, 0])).toBeCloseTo(21, 5);
    for (const dark of [[0.12], [0.2, 0.2, 0.2], [0.1, 0.1, 0.35], [0.3, 0.02, 0.02], [0.05, 0.25, 0.05]]) expect(contrastOnBlack(dark), String(dark)).toBeLessThan(HIDING_CONTRAST);
    for (const light of [[0, 0, 1], [1, 0, 0], [0, 0.8, 0], [0.6, 0.2, 0.8], [1, 1, 0], [0, 0, 1, 0]]) expect(contrastOnBlack(light), String(light)).toBeGreaterThan(HIDING_CONTRAST);
  });
});
