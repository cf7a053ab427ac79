/**
 * PDF pages that are scans of too few pixels (`file.low-resolution`): a page drawing only images, the one covering
 * it drawn at under 50 pixels per inch (a warning), under 25 an icon stretched over the page (an error, as for a
 * PNG). A small image (a logo, a signature), a page with text, or a page with one sharp image over a coarse one is
 * not such a page; an invisible OCR text layer over a scan does not make it a page of text.
 */
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream, StandardFonts, type PDFRef } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { inspectInput } from '../../../src/core/inspect/inspect.js';
import { walkPageTree } from '../../../src/core/inspect/page-tree.js';
import { lowResolutionScan } from '../../../src/core/inspect/scan-resolution.js';
import { addOcrLayer, makePng } from '../../helpers/make-pdf.js';

const A4: [number, number] = [595.28, 841.89];

/** A grey image of `width` x `height` pixels with dark lines on it (not blank), stored compressed; `extra` goes into its dictionary. */
function grey(doc: PDFDocument, width: number, height: number, extra: Record<string, unknown> = {}): PDFRef {
  const pixels = new Uint8Array(width * height).fill(230);
  for (let y = 0; y < height; y += 8) pixels.fill(20, y * width, y * width + Math.floor(width / 2));
  const data = deflateSync(pixels);
  const dict = doc.context.obj({ Type: 'XObject', Subtype: 'Image', Width: width, Height: height, ColorSpace: 'DeviceGray', BitsPerComponent: 8, Filter: 'FlateDecode', Length: data.length, ...extra });
  return doc.context.register(PDFRawStream.of(dict, new Uint8Array(data)));
}

/** A page of `size` drawing `image` with `content` (`/Im Do` placed by its own `cm`s). */
function imagePage(doc: PDFDocument, size: [number, number], image: PDFRef, content: string) {
  const page = doc.addPage(size);
  const name = page.node.newXObject('Im', image);
  page.node.addContentStream(doc.context.register(doc.context.stream(content.replaceAll('/Im ', `/${name.decodeText()} `))));
  return page;
}

/** `image` stretched over the whole of a page of `size`. */
const over = (doc: PDFDocument, image: PDFRef, size: [number, number] = A4) => imagePage(doc, size, image, `q ${size[0]} 0 0 ${size[1]} 0 0 cm /Im Do Q`);

async function lowOf(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes);
  return lowResolutionScan(doc.context, walkPageTree(doc.context, doc.catalog, { maxNodes: 1000, maxDepth: 50 }).pages);
}

const findingsOf = async (bytes: Uint8Array) => (await inspectInput(bytes, { fileName: 'scan.pdf' })).findings.filter((f) => f.code === 'file.low-resolution').map((f) => [f.severity, f.message]);

/** A 60 x 85 thumbnail of a transcript, drawn by pdf-lib over an A4 page (a phone app's "PDF" of it). */
async function thumbnailOnA4(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage(A4).drawImage(await doc.embedPng(makePng(60, 85)), { x: 0, y: 0, width: A4[0], height: A4[1] });
  return doc.save();
}

describe('lowResolutionScan', () => {
  it('a 60 x 85 image stretched over A4 is a scan of 7 pixels per inch: an error naming the page, as the same PNG is (audit 12-05j #3; before: a warning and Ready)', async () => {
    const bytes = await thumbnailOnA4();
    expect(await lowOf(bytes)).toEqual([{ pages: [1], dpi: 7 }]);
    expect(await findingsOf(bytes)).toEqual([['error', 'scan.pdf page 1 is a scan of 7 pixels per inch: an icon-sized picture stretched over the page, on which a reviewer can read nothing.']]);
  });

  it('a 16 x 16 icon over A4 is a scan of 1 pixel per inch, not "1 pixels"; a 1 x 1 one of under 1 (audit 12-05j #3)', async () => {
    const doc = await PDFDocument.create();
    over(doc, grey(doc, 16, 16));
    expect(await findingsOf(await doc.save())).toEqual([['error', 'scan.pdf page 1 is a scan of 1 pixel per inch: an icon-sized picture stretched over the page, on which a reviewer can read nothing.']]);
    const dot = await PDFDocument.create();
    over(dot, grey(dot, 1, 1, { Filter: undefined, Length: undefined }));
    const [low] = await lowOf(await dot.save());
    expect(low).toEqual({ pages: [1], dpi: 0 });
  });

  it('the same image at 300 pixels per inch, over a page its size or in a corner of A4, is not; nor is a page-sized scan at 300', async () => {
    const doc = await PDFDocument.create();
    // 60 x 85 pixels at 300 per inch: 14.4 x 20.4 points.
    over(doc, grey(doc, 60, 85), [14.4, 20.4]);
    imagePage(doc, A4, grey(doc, 60, 85), 'q 14.4 0 0 20.4 40 780 cm /Im Do Q');
    over(doc, grey(doc, 2480, 3508));
    expect(await lowOf(await doc.save())).toEqual([]);
  });

  it('a page of text with a small low-resolution logo is not a scan; nor is a page with only that logo', async () => {
    const doc = await PDFDocument.create();
    const logo = await doc.embedPng(makePng(30, 20));
    const page = doc.addPage(A4);
    page.drawImage(logo, { x: 40, y: 760, width: 120, height: 80 });
    page.drawText('Transcript of records', { x: 40, y: 700, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
    doc.addPage(A4).drawImage(logo, { x: 40, y: 760, width: 120, height: 80 });
    expect(await lowOf(await doc.save())).toEqual([]);
  });

  it('a low-resolution scan under text, or under a drawing, is not a page of images only: no warning', async () => {
    const doc = await PDFDocument.create();
    over(doc, grey(doc, 60, 85)).drawText('Transcript of records', { x: 40, y: 700, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
    over(doc, grey(doc, 60, 85)).drawLine({ start: { x: 40, y: 690 }, end: { x: 500, y: 690 } });
    expect(await lowOf(await doc.save())).toEqual([]);
  });

  it('of two pages, names only the one scanned at 31 pixels per inch', async () => {
    const doc = await PDFDocument.create();
    over(doc, grey(doc, 1240, 1754));
    over(doc, grey(doc, 256, 362));
    const bytes = await doc.save();
    expect(await lowOf(bytes)).toEqual([{ pages: [2], dpi: 31 }]);
    expect(await findingsOf(bytes)).toEqual([['warning', 'scan.pdf page 2 is a scan of 31 pixels per inch: printed or zoomed, its text comes out as a blur.']]);
  });

  it('several pages: named together, with the lowest resolution; the icon-sized ones apart, as an error', async () => {
    const doc = await PDFDocument.create();
    over(doc, grey(doc, 256, 362));
    over(doc, grey(doc, 1240, 1754));
    over(doc, grey(doc, 120, 170));
    over(doc, grey(doc, 256, 362));
    // 25 pixels per inch is a blur, 24 an icon.
    over(doc, grey(doc, 208, 294));
    over(doc, grey(doc, 60, 85));
    over(doc, grey(doc, 200, 283));
    expect(await findingsOf(await doc.save())).toEqual([
      ['error', 'scan.pdf pages 3, 6 and 7 are scans of under 25 pixels per inch (7 at the lowest): icon-sized pictures stretched over the page, on which a reviewer can read nothing.'],
      ['warning', 'scan.pdf pages 1, 4 and 5 are scans of under 50 pixels per inch (25 at the lowest): printed or zoomed, their text comes out as a blur.'],
    ]);
  });

  it('follows the transformation: q/Q, several cm, a turn, a form and its /Matrix', async () => {
    const doc = await PDFDocument.create();
    // Scaled in two steps, after a translation undone by Q: 60 x 85 pixels over A4.
    imagePage(doc, A4, grey(doc, 60, 85), `q 1 0 0 1 300 300 cm Q q 2 0 0 2 0 0 cm ${A4[0] / 2} 0 0 ${A4[1] / 2} 0 0 cm /Im Do Q`);
    // Turned a quarter: the image's 85 pixels across the page's width.
    imagePage(doc, A4, grey(doc, 85, 60), `q 0 ${A4[1]} ${-A4[0]} 0 ${A4[0]} 0 cm /Im Do Q`);
    // Drawn by a form whose /Matrix scales its unit square to the page.
    const image = grey(doc, 60, 85);
    const formData = Uint8Array.from('/Im Do', (c) => c.charCodeAt(0));
    const form = PDFRawStream.of(doc.context.obj({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 1, 1], Matrix: [A4[0], 0, 0, A4[1], 0, 0], Resources: { XObject: { Im: image } }, Length: formData.length }), formData);
    imagePage(doc, A4, doc.context.register(form), '/Im Do');
    expect(await lowOf(await doc.save())).toEqual([{ pages: [1, 2, 3], dpi: 7 }]);
  });

  it('measures on what viewers show: /UserUnit makes each unit larger, a crop box the page smaller', async () => {
    const doc = await PDFDocument.create();
    // 600 x 850 pixels over A4 is 72 per inch; in units of 10 points, 7.
    over(doc, grey(doc, 600, 850)).node.set(PDFName.of('UserUnit'), doc.context.obj(10));
    over(doc, grey(doc, 600, 850));
    // A coarse image over the top tenth of the page covers most of a crop box of that tenth.
    imagePage(doc, A4, grey(doc, 60, 9), `q ${A4[0]} 0 0 84 0 757 cm /Im Do Q`).node.set(PDFName.of('CropBox'), doc.context.obj([0, 757, A4[0], A4[1]]));
    expect(await lowOf(await doc.save())).toEqual([{ pages: [1, 3], dpi: 7 }]);
  });

  it('a coarse colour layer under a sharp one (a scan in layers), or masked by a sharp mask, is as sharp as its sharpest', async () => {
    const doc = await PDFDocument.create();
    const page = over(doc, grey(doc, 60, 85));
    const sharp = page.node.newXObject('Sharp', grey(doc, 1240, 1754, { ImageMask: true, BitsPerComponent: 1, ColorSpace: undefined }));
    page.node.addContentStream(doc.context.register(doc.context.stream(`q ${A4[0]} 0 0 ${A4[1]} 0 0 cm /${sharp.decodeText()} Do Q`)));
    const mask = grey(doc, 1240, 1754);
    over(doc, grey(doc, 60, 85, { SMask: mask }));
    expect(await lowOf(await doc.save())).toEqual([]);
  });

  it('not said of a file with an error: a blank scan, or a page with no area', async () => {
    const doc = await PDFDocument.create();
    over(doc, grey(doc, 60, 85));
    doc.addPage([0, 0]);
    const facts = await inspectInput(await doc.save(), { fileName: 'scan.pdf' });
    expect(facts.findings.map((f) => `${f.severity} ${f.code}`)).toEqual(['error file.page-size']);
    const blank = await PDFDocument.create();
    blank.addPage(A4).drawImage(await blank.embedPng(makePng(60, 85, true)), { x: 0, y: 0, width: A4[0], height: A4[1] });
    const blankFacts = await inspectInput(await blank.save(), { fileName: 'scan.pdf' });
    expect(blankFacts.findings.map((f) => `${f.severity} ${f.code}`)).toEqual(['error file.blank']);
  });

  it('a thumbnail with an invisible OCR text layer over it, in the page or in a form, is judged by its image, as without one (before: taken for a page of text, no warning)', async () => {
    const doc = await PDFDocument.create();
    for (const form of [false, true]) {
      const page = over(doc, grey(doc, 256, 362));
      await addOcrLayer(doc, page, ['Transcript of records', 'Aino Virtanen'], { form });
    }
    await addOcrLayer(doc, over(doc, grey(doc, 60, 85)), ['Transcript of records']);
    const bytes = await doc.save();
    expect(await lowOf(bytes)).toEqual([{ pages: [3], dpi: 7 }, { pages: [1, 2], dpi: 31 }]);
    expect(await findingsOf(bytes)).toEqual([
      ['error', 'scan.pdf page 3 is a scan of 7 pixels per inch: an icon-sized picture stretched over the page, on which a reviewer can read nothing.'],
      ['warning', 'scan.pdf pages 1–2 are scans of under 50 pixels per inch (31 at the lowest): printed or zoomed, their text comes out as a blur.'],
    ]);
  });

  it('a scan at 300 pixels per inch with its OCR layer is fine; so is a CV of visible text with a small photo, OCR layer or not', async () => {
    const doc = await PDFDocument.create();
    await addOcrLayer(doc, over(doc, grey(doc, 2480, 3508)), ['Transcript of records']);
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (const ocr of [false, true]) {
      const cv = imagePage(doc, A4, grey(doc, 30, 40), 'q 90 0 0 120 450 680 cm /Im Do Q');
      cv.drawText('Curriculum vitae', { x: 40, y: 760, size: 18, font });
      if (ocr) await addOcrLayer(doc, cv, ['Curriculum vitae']);
    }
    expect(await lowOf(await doc.save())).toEqual([]);
  });

  it('text that shows still counts beside an OCR layer: after "0 Tr", or after the Q that ends the "3 Tr"', async () => {
    const doc = await PDFDocument.create();
    await addOcrLayer(doc, over(doc, grey(doc, 256, 362)), ['Transcript'], { after: 'BT 0 Tr /Helv 10 Tf 50 50 Td (Page 1) Tj ET' });
    await addOcrLayer(doc, over(doc, grey(doc, 256, 362)), ['Transcript'], { before: 'q', after: 'Q BT /Helv 10 Tf 50 50 Td (Page 2) Tj ET' });
    // Only mode 3, what OCR software sets, is passed over: text outlined (1) or made a clip (7) is not.
    for (const mode of [1, 7]) await addOcrLayer(doc, over(doc, grey(doc, 256, 362)), ['Transcript'], { after: `BT ${mode} Tr /Helv 10 Tf 50 50 Td (Page 3) Tj ET` });
    expect(await lowOf(await doc.save())).toEqual([]);
  });
});
