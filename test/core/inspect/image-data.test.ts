/**
 * Damaged image data inside a PDF (`file.damaged-image`): a JPEG cut off before its end, Flate data that stops
 * early or breaks off, uncompressed data too short, in an image, its soft mask, or a form a page draws. Each case
 * is rendered with pdf.js: what is called damaged shows so there (grey, blank or changed rows), and what stays
 * silent renders as the sound image does (junk after a JPEG's end, a Flate stream without or with a wrong
 * checksum, trailing bytes, a PNG predictor). Before: every one of these files was Ready.
 */
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFRawStream, type PDFRef } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectInput } from '../../../src/core/inspect/inspect.js';
import { renderPage } from '../../helpers/render.js';

const W = 300;
const H = 400;

/** A scan-like page of text lines: dark bars on light paper, `channels` samples a pixel. */
function lines(channels: number): Uint8Array {
  const p = new Uint8Array(W * H * channels).fill(235);
  for (let y = 0; y < H; y++) if (y % 20 < 6) p.fill(30, (y * W + 20) * channels, (y * W + 280) * channels);
  return p;
}

interface Image {
  data: Uint8Array;
  dict: Record<string, unknown>;
  /** Another image, stored as this one's /SMask. */
  smask?: Image;
}

const jpegImage = (data: Uint8Array): Image => ({ data, dict: { Filter: 'DCTDecode', ColorSpace: 'DeviceRGB' } });
const grayImage = (data: Uint8Array, dict: Record<string, unknown> = { Filter: 'FlateDecode' }): Image => ({ data, dict: { ColorSpace: 'DeviceGray', ...dict } });

function register(doc: PDFDocument, image: Image): PDFRef {
  const smask = image.smask ? { SMask: register(doc, image.smask) } : {};
  const dict = doc.context.obj({ Type: 'XObject', Subtype: 'Image', Width: W, Height: H, BitsPerComponent: 8, ...image.dict, ...smask, Length: image.data.length });
  return doc.context.register(PDFRawStream.of(dict, image.data));
}

/**
 * A PDF of one page per image, each drawn over the whole page (through a form XObject with `viaForm`); a page
 * of text first with `textFirst`.
 */
async function pdfOf(images: Image[], options: { viaForm?: boolean; textFirst?: boolean } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  if (options.textFirst) doc.addPage([W, H]).drawText('Transcript of records', { x: 20, y: 360, size: 14 });
  for (const image of images) {
    const page = doc.addPage([W, H]);
    const ref = register(doc, image);
    if (options.viaForm) {
      const form = doc.context.register(doc.context.stream(`q ${W} 0 0 ${H} 0 0 cm /Im Do Q`, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, W, H], Resources: { XObject: { Im: ref } } }));
      const name = page.node.newXObject('Fm', form);
      page.node.addContentStream(doc.context.register(doc.context.stream(`/${name.decodeText()} Do`)));
    } else {
      const name = page.node.newXObject('Im', ref);
      page.node.addContentStream(doc.context.register(doc.context.stream(`q ${W} 0 0 ${H} 0 0 cm /${name.decodeText()} Do Q`)));
    }
  }
  return doc.save();
}

const findings = async (bytes: Uint8Array) =>
  (await inspectInput(bytes, { fileName: 'transcript.pdf' })).findings.filter((f) => f.code === 'file.damaged-image').map((f) => `${f.severity}: ${f.message}`);

const ONE = (page: number) => `error: transcript.pdf page ${page} shows an image whose data is damaged or cut short: PDF viewers draw only part of it, or none, the rest grey or blank.`;

/** How far, in gray levels on average, page `page` of `bytes` as pdf.js draws it is from the sound image's page. */
async function drawnDifference(bytes: Uint8Array, page = 1): Promise<number> {
  const [a, b] = [await renderPage(sound, 1, 72), await renderPage(bytes, page, 72)];
  let sum = 0;
  for (let i = 0; i < a.gray.length; i++) sum += Math.abs(a.gray[i]! - b.gray[i]!);
  return sum / a.gray.length;
}

let jpeg: Uint8Array;
let flate: Uint8Array;
let sound: Uint8Array;
beforeAll(async () => {
  jpeg = new Uint8Array(await sharp(Buffer.from(lines(3)), { raw: { width: W, height: H, channels: 3 } }).jpeg({ quality: 85 }).toBuffer());
  flate = new Uint8Array(deflateSync(lines(1)));
  sound = await pdfOf([grayImage(flate)]);
});

describe('damaged image data inside a PDF', () => {
  it('a JPEG cut off halfway is an error naming its page (pdf.js draws its lower half grey); the same JPEG whole is not', async () => {
    const cut = await pdfOf([jpegImage(jpeg), jpegImage(jpeg.subarray(0, jpeg.length >> 1))], { textFirst: true });
    expect(await findings(cut)).toEqual([ONE(3)]);
    expect(await drawnDifference(cut, 3)).toBeGreaterThan(20);
    expect(await findings(await pdfOf([jpegImage(jpeg)]))).toEqual([]);
    expect(await drawnDifference(await pdfOf([jpegImage(jpeg)]))).toBeLessThan(5);
  });

  it('junk after a JPEG\'s end marker (zeros, a scanner\'s trailer) or before its start is no damage: it draws whole', async () => {
    const padded = new Uint8Array([...jpeg, ...new Uint8Array(512), ...new TextEncoder().encode('\r\nSCANNER-TRAILER 2.1\n')]);
    const led = new Uint8Array([0x0a, 0x20, ...jpeg]);
    const bytes = await pdfOf([jpegImage(padded), jpegImage(led), jpegImage(jpeg.subarray(0, jpeg.length - 400))]);
    expect(await findings(bytes)).toEqual([ONE(3)]);
    for (const page of [1, 2]) expect(await drawnDifference(bytes, page)).toBeLessThan(5);
  });

  it('Flate data cut short, or corrupt halfway, is an error (pdf.js draws nothing, or wrong rows, there)', async () => {
    const corrupt = flate.slice();
    for (let i = 0; i < 8; i++) corrupt[(flate.length >> 1) + i]! ^= 0xa5;
    const bytes = await pdfOf([grayImage(flate.subarray(0, flate.length >> 1)), grayImage(corrupt)]);
    expect(await findings(bytes)).toEqual([
      'error: transcript.pdf pages 1–2 show images whose data is damaged or cut short: PDF viewers draw only part of them, or none, the rest grey or blank.',
    ]);
    for (const page of [1, 2]) expect(await drawnDifference(bytes, page)).toBeGreaterThan(20);
  });

  it('Flate data without its checksum, with a wrong one, or with bytes after its end draws whole: no finding', async () => {
    const wrongSum = flate.slice();
    wrongSum[flate.length - 1]! ^= 0xff;
    const trailing = new Uint8Array([...flate, 0x0d, 0x0a, 0, 0, 7]);
    const bytes = await pdfOf([grayImage(flate.subarray(0, flate.length - 4)), grayImage(wrongSum), grayImage(trailing), grayImage(flate.subarray(0, flate.length - 40))]);
    expect(await findings(bytes)).toEqual([ONE(4)]);
    for (const page of [1, 2, 3]) expect(await drawnDifference(bytes, page)).toBeLessThan(1);
  });

  it('a PNG predictor adds a byte to each row: whole data is no finding, data cut short is', async () => {
    const gray = lines(1);
    const predicted = new Uint8Array(H * (W + 1));
    for (let y = 0; y < H; y++) {
      predicted[y * (W + 1)] = 2;
      for (let x = 0; x < W; x++) predicted[y * (W + 1) + 1 + x] = (gray[y * W + x]! - (y > 0 ? gray[(y - 1) * W + x]! : 0)) & 255;
    }
    const data = new Uint8Array(deflateSync(predicted));
    const dict = { Filter: 'FlateDecode', DecodeParms: { Predictor: 15, Columns: W, Colors: 1, BitsPerComponent: 8 } };
    const bytes = await pdfOf([grayImage(data, dict), grayImage(data.subarray(0, Math.floor(data.length * 0.6)), dict)]);
    expect(await findings(bytes)).toEqual([ONE(2)]);
    expect(await drawnDifference(bytes, 1)).toBeLessThan(1);
    expect(await drawnDifference(bytes, 2)).toBeGreaterThan(20);
  });

  it('uncompressed data a third short is an error (pdf.js leaves those rows out); data one row short is not', async () => {
    const raw = lines(1);
    const bytes = await pdfOf([grayImage(raw.subarray(0, W * (H - 1)), {}), grayImage(raw.subarray(0, Math.floor((raw.length * 2) / 3)), {})]);
    expect(await findings(bytes)).toEqual([ONE(2)]);
    expect(await drawnDifference(bytes, 2)).toBeGreaterThan(20);
  });

  it('a damaged soft mask, or a damaged image drawn through a form, is found too', async () => {
    const alpha = new Uint8Array(W * H).fill(255);
    const masked = { ...grayImage(flate), smask: grayImage(new Uint8Array(deflateSync(alpha)).subarray(0, 30)) };
    expect(await findings(await pdfOf([grayImage(flate), masked]))).toEqual([ONE(2)]);
    expect(await findings(await pdfOf([grayImage(flate.subarray(0, 100))], { viaForm: true }))).toEqual([ONE(1)]);
  });

  it('filters not read here (CCITT, JPEG 2000) and images whose size the dictionary does not say plainly are left alone', async () => {
    const bytes = await pdfOf([
      { data: new Uint8Array(10), dict: { Filter: 'CCITTFaxDecode', ColorSpace: 'DeviceGray', BitsPerComponent: 1 } },
      { data: new Uint8Array(10), dict: { Filter: 'JPXDecode' } },
      grayImage(flate.subarray(0, 100), { Filter: 'FlateDecode', ColorSpace: 'CS0' }),
      grayImage(flate.subarray(0, 100)),
    ]);
    expect(await findings(bytes)).toEqual([ONE(4)]);
  });
});
