import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, type PDFRef } from '@cantoo/pdf-lib';
import { zlibSync } from 'fflate';
import { serializedSize } from '../../../src/core/assemble/serialize.js';
import { dpiLadder, fitToCaps } from '../../../src/core/fit/fit.js';
import { fitDiagnostics, fitLines } from '../../../src/core/fit/report.js';
import type { SectionRange } from '../../../src/core/plan/types.js';
import type { ImageCodec } from '../../../src/core/fit/codec.js';
import { withPhoneMetadata } from '../../helpers/make-pdf.js';
import { addImage, dictNumber, drawAt, fakeCodec, imageAt, type CodecCall } from './helpers.js';

/** One page per item, A4, each showing its images full page unless placed otherwise. */
async function packet(items: { id: string; images: PDFRef[] | ((doc: PDFDocument) => PDFRef[]); place?: [number, number, number, number, number, number] }[]) {
  const doc = await PDFDocument.create();
  const ranges: SectionRange[] = [];
  const refs: PDFRef[][] = [];
  for (const [i, item] of items.entries()) {
    const page = doc.addPage([595.28, 841.89]);
    const images = typeof item.images === 'function' ? item.images(doc) : item.images;
    for (const ref of images) drawAt(page, ref, item.place ?? [595.28, 0, 0, 841.89, 0, 0]);
    refs.push(images);
    ranges.push({ itemId: item.id, title: item.id.toUpperCase(), firstPage: i + 1, lastPage: i + 1, parts: [] });
  }
  return { doc, ranges, refs };
}

/** A phone-sized full-page scan: 3024 x 4277 pixels on A4 is 366 dpi. */
const scan = (doc: PDFDocument) => [addImage(doc, { width: 3024, height: 4277 })];

describe('dpiLadder', () => {
  it('300, 250, 200, 150 by default; lower steps only down to a lower floor; a higher floor alone', () => {
    expect(dpiLadder(150)).toEqual([300, 250, 200, 150]);
    expect(dpiLadder(100)).toEqual([300, 250, 200, 150, 120, 100]);
    expect(dpiLadder(90)).toEqual([300, 250, 200, 150, 120, 100, 90]);
    expect(dpiLadder(400)).toEqual([400]);
  });
});

describe('fitToCaps', () => {
  it('steps down only as far as the cap needs, and the sizes it reports are the bytes written', async () => {
    const { doc, ranges, refs } = await packet([{ id: 'transcript', images: scan }]);
    const before = await serializedSize(doc);
    // At 300 dpi the fake JPEG is 2480 x 3508 x 3 / 10 bytes = 2.6 MB; at 250, 1.8 MB.
    const report = await fitToCaps(doc, doc.getPages(), ranges, { codec: fakeCodec(), maxBytes: 2e6 });
    expect(report.before).toBe(before);
    expect(report.after).toBe(await serializedSize(doc));
    expect(report.after).toBeLessThanOrEqual(2e6);
    expect(report.fits).toBe(true);
    const image = imageAt(doc, refs[0]![0]!);
    expect([dictNumber(image, 'Width'), dictNumber(image, 'Height')]).toEqual([2067, 2923]);
    expect(report.items[0]).toMatchObject({ itemId: 'transcript', recompressed: 1, dpi: 250, fits: true });
    expect(fitLines(report)[0]).toMatch(/^Fitted to the size cap \(the packet 2 MB\): 9\.70 MB before, 1\.81 MB after$/);
  });

  it('an image drawn small keeps the pixels its drawn size needs, not the page’s', async () => {
    // The same 3024 x 4277 photo shown 2 x 2.83 inches: 1512 dpi there; 300 dpi is 600 x 849 pixels.
    const { doc, ranges, refs } = await packet([{ id: 'cv', images: scan, place: [144, 0, 0, 203.7, 100, 500] }]);
    const calls: CodecCall[] = [];
    await fitToCaps(doc, doc.getPages(), ranges, { codec: fakeCodec(calls), maxBytes: 1e6 });
    expect(calls.map((c) => [c.width, c.height])).toEqual([[600, 849]]);
    expect(dictNumber(imageAt(doc, refs[0]![0]!), 'Width')).toBe(600);
  });

  it('items with their own cap first, with their own images; other items untouched', async () => {
    const { doc, ranges, refs } = await packet([
      { id: 'transcript', images: scan },
      { id: 'diplomas', images: scan },
    ]);
    const report = await fitToCaps(doc, doc.getPages(), ranges, { codec: fakeCodec(), itemCaps: new Map([['transcript', 1.2e6]]) });
    expect(report.items.map((i) => [i.itemId, i.recompressed, i.dpi ?? null, i.fits])).toEqual([
      ['transcript', 1, 200, true],
      ['diplomas', 0, null, true],
    ]);
    expect(report.items[0]!.after).toBeLessThanOrEqual(1.2e6);
    expect(dictNumber(imageAt(doc, refs[1]![0]!), 'Width')).toBe(3024);
  });

  it('never below the floor: a cap it cannot meet is reported with the size reached', async () => {
    const { doc, ranges, refs } = await packet([{ id: 'transcript', images: scan }]);
    const report = await fitToCaps(doc, doc.getPages(), ranges, { codec: fakeCodec(), maxBytes: 0.2e6 });
    expect(report.fits).toBe(false);
    expect(report.items[0]).toMatchObject({ dpi: 150 });
    expect(dictNumber(imageAt(doc, refs[0]![0]!), 'Width')).toBe(1240);
    const [d] = fitDiagnostics(report);
    expect(d).toMatchObject({ severity: 'error', code: 'limit.size' });
    expect(d!.message).toMatch(/^The packet is still 0\.\d+ MB with every image at 150 dpi, the lowest --fit goes; the posting accepts at most 0\.2 MB \(nothing was written\)\. The largest: TRANSCRIPT \(0\.\d\d MB\)\.$/);
    expect(d!.hint).toContain('--fit-floor-dpi 120');
  });

  it('an item without images cannot be fitted, and says so', async () => {
    const { doc, ranges } = await packet([{ id: 'cv', images: [] }]);
    doc.getPages()[0]!.drawText('Curriculum vitae '.repeat(40), { x: 20, y: 800, size: 4 });
    const report = await fitToCaps(doc, doc.getPages(), ranges, { codec: fakeCodec(), itemCaps: new Map([['cv', 200]]) });
    expect(report.items[0]).toMatchObject({ fits: false, recompressed: 0 });
    expect(fitDiagnostics(report)).toEqual([
      {
        severity: 'error',
        code: 'limit.size',
        item: 'cv',
        message: expect.stringMatching(/^CV is 0\.000 MB \(\d+ bytes\) and has no images that --fit can make smaller; the posting accepts at most 0\.0002 MB for it \(nothing was written\)\.$/),
        hint: 'Make the largest files smaller before adding them (fewer pages, scans in gray instead of colour), or give a link instead of a large thesis where the posting allows it.',
      },
    ]);
  });

  it('a JPEG it writes carries no metadata, whatever the image library adds (before: the library’s EXIF, XMP and comments came along)', async () => {
    const { doc, ranges, refs } = await packet([{ id: 'transcript', images: scan }]);
    const plain = fakeCodec();
    const chatty: ImageCodec = { ...plain, toJpeg: async (...args) => withPhoneMetadata(await plain.toJpeg(...args), { artist: 'Aino Virtanen home 12 Secret St', gps: { lat: [60, 10, 1234], lon: [24, 56, 789] } }) };
    await fitToCaps(doc, doc.getPages(), ranges, { codec: chatty, maxBytes: 2e6 });
    const image = Buffer.from(imageAt(doc, refs[0]![0]!).contents);
    expect(dictNumber(imageAt(doc, refs[0]![0]!), 'Width')).toBe(2067);
    for (const what of ['Exif', 'Secret St', 'iPhone', 'xap/1.0', 'Photoshop']) expect(image.includes(what), what).toBe(false);
    expect([...image.subarray(0, 2)]).toEqual([0xff, 0xd8]);
  });

  it('within the caps: nothing is read, nothing changes', async () => {
    const { doc, ranges, refs } = await packet([{ id: 'transcript', images: scan }]);
    const calls: CodecCall[] = [];
    const original = imageAt(doc, refs[0]![0]!);
    const report = await fitToCaps(doc, doc.getPages(), ranges, { codec: fakeCodec(calls), maxBytes: 10e6 });
    expect(calls).toEqual([]);
    expect(imageAt(doc, refs[0]![0]!)).toBe(original);
    expect(report).toMatchObject({ recompressed: 0, fits: true });
    expect(report.before).toBe(report.after);
  });

  it('leaves alone, and counts, what it cannot recompress safely', async () => {
    const { doc, ranges } = await packet([
      {
        id: 'scans',
        images: (d) => [
          addImage(d, { width: 3000, height: 4000, colorSpace: 'DeviceCMYK' }),
          addImage(d, { width: 3000, height: 4000, colorSpace: ['Indexed', 'DeviceRGB', 1, d.context.obj([0, 0, 0, 255, 255, 255])], filter: 'FlateDecode', samples: new Uint8Array(12e6) }),
          addImage(d, { width: 3000, height: 4000, extra: { Mask: [0, 10, 0, 10, 0, 10] } }),
          addImage(d, { width: 3000, height: 4000, filter: 'JPXDecode' as never }),
          addImage(d, { width: 3000, height: 4000, extra: { BitsPerComponent: 16 } }),
        ],
      },
    ]);
    const report = await fitToCaps(doc, doc.getPages(), ranges, { codec: fakeCodec(), maxBytes: 1e5 });
    expect(report.recompressed).toBe(0);
    expect(report.leftAlone).toEqual([
      { reason: 'CMYK JPEG', count: 1 },
      { reason: 'colour palette', count: 1 },
      { reason: 'colour-keyed transparency', count: 1 },
      { reason: 'JPEG 2000', count: 1 },
      { reason: 'not 8 bits per sample', count: 1 },
    ]);
    expect(report.fits).toBe(false);
    expect(fitLines(report)).toEqual(['Not within the size cap (the packet 0.1 MB): no image could be made smaller', '  Left as it is: 1 image (CMYK JPEG)', '  Left as it is: 1 image (colour palette)', '  Left as it is: 1 image (colour-keyed transparency)', '  Left as it is: 1 image (JPEG 2000)', '  Left as it is: 1 image (not 8 bits per sample)']);
  });

  it('raw samples: PNG predictors undone before the codec sees them; masks, Decode and colour space kept', async () => {
    const width = 1200;
    const height = 1700;
    // Noise: deflate cannot shrink it, so the JPEG is smaller.
    let seed = 1;
    const pixels = Uint8Array.from({ length: width * height * 3 }, () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 24;
    });
    let smask: PDFRef | undefined;
    // PNG "Up" filter on every row.
    const filtered = new Uint8Array((width * 3 + 1) * height);
    for (let y = 0; y < height; y++) {
      filtered[y * (width * 3 + 1)] = 2;
      for (let x = 0; x < width * 3; x++) filtered[y * (width * 3 + 1) + 1 + x] = (pixels[y * width * 3 + x]! - (y > 0 ? pixels[(y - 1) * width * 3 + x]! : 0)) & 255;
    }
    const { doc, ranges, refs } = await packet([
      {
        id: 'plot',
        // 1200 pixels over 2.8 inches: 432 dpi.
        place: [200, 0, 0, 283, 100, 100],
        images: (d) => {
          smask = addImage(d, { width, height, colorSpace: 'DeviceGray', filter: 'FlateDecode' });
          const ref = addImage(d, { width, height, filter: 'FlateDecode', samples: new Uint8Array(), extra: { SMask: smask, Decode: [1, 0, 1, 0, 1, 0], DecodeParms: { Predictor: 15, Colors: 3, Columns: width } } });
          const stream = imageAt(d, ref);
          d.context.assign(ref, d.context.stream(zlibSync(filtered), Object.fromEntries([...stream.dict.entries()].map(([k, v]) => [k.decodeText(), v])) as never));
          return [ref];
        },
      },
    ]);
    const calls: CodecCall[] = [];
    const smaskBefore = imageAt(doc, smask!);
    const report = await fitToCaps(doc, doc.getPages(), ranges, { codec: fakeCodec(calls), maxBytes: 1000 });
    const raw = calls.find((c) => c.kind === 'raw' && c.channels === 3)!;
    expect(Buffer.from(raw.data!).equals(Buffer.from(pixels))).toBe(true);
    const image = imageAt(doc, refs[0]![0]!);
    expect(image.dict.get(PDFName.of('Filter'))).toBe(PDFName.of('DCTDecode'));
    expect(image.dict.get(PDFName.of('DecodeParms'))).toBeUndefined();
    expect(image.dict.get(PDFName.of('SMask'))).toBe(smask);
    expect(image.dict.get(PDFName.of('Decode'))?.toString()).toBe('[ 1 0 1 0 1 0 ]');
    expect(image.dict.get(PDFName.of('ColorSpace'))).toBe(PDFName.of('DeviceRGB'));
    expect(report.recompressed).toBe(1);
    // The soft mask is drawn through its image only; it stays as it was.
    expect(imageAt(doc, smask!)).toBe(smaskBefore);
  });
});
