/**
 * An empty sheet photographed (uneven light, sensor noise, JPEG artefacts, dust specks) shows only paper; anything
 * written or drawn on it, however faint or small (pencil, a signature alone, a page number), or a photo, is content.
 */
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { isFlatChannel } from '../../../src/core/inspect/flat.js';
import { downsample, plainlyNotPaper, showsOnlyPaper, type Pixels } from '../../../src/core/inspect/paper.js';
import { phoneScanJpeg, transcriptLines } from '../../helpers/phone-scan.js';
import { naturalPhoto, sheetPhoto, SIGNATURE, textLines, type SheetPhotoOptions } from '../../helpers/sheet-photo.js';

/** The photo as the phone saved it (a JPEG), decoded to samples. */
async function decoded(jpeg: Uint8Array): Promise<Pixels> {
  const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height, channels: info.channels };
}

/** Whether the photo, brought down to the working size in TS, shows only paper. */
const paper = async (options: SheetPhotoOptions) => showsOnlyPaper(downsample(await decoded(await sheetPhoto(options))));

describe('showsOnlyPaper', () => {
  it('an empty sheet photographed is only paper: light falling off, noise, JPEG at 85, three dust specks (before: content)', async () => {
    const photo = await sheetPhoto();
    // Far from one flat colour: every channel spreads past what isFlatChannel allows.
    expect((await sharp(photo).stats()).channels.every((c) => !isFlatChannel(c))).toBe(true);
    expect(showsOnlyPaper(downsample(await decoded(photo)))).toBe(true);
    // Noisier, saved at a higher quality (more of the noise kept), and dimmer in the far corner.
    expect(await paper({ noise: 11, quality: 94, specks: 5, seed: 3 })).toBe(true);
    expect(await paper({ noise: 8, falloff: 0.6 })).toBe(true);
    // The samples as taken, before JPEG.
    expect(showsOnlyPaper(downsample({ data: await sheetPhoto({ raw: true }), width: 1512, height: 2016, channels: 3 }))).toBe(true);
  });

  it('a few lines of text, faint pencil, a signature alone or a page number alone is content', async () => {
    expect(await paper({ svg: textLines(['Transcript of records', 'Aino Virtanen, 123456', 'Linear Algebra  5 ECTS  grade 4']) })).toBe(false);
    expect(await paper({ svg: textLines(['a note in pencil, light grey'], { fill: '#c8c8c8' }) })).toBe(false);
    expect(await paper({ noise: 11, svg: textLines(['pencil on a noisy photo'], { fill: '#d0d0d0' }) })).toBe(false);
    expect(await paper({ svg: SIGNATURE })).toBe(false);
    expect(await paper({ svg: '<text x="296" y="770" font-family="sans-serif" font-size="9" fill="#444">1</text>' })).toBe(false);
    // A pale yellow stamp: next to nothing in grey, plain in the blue channel.
    expect(await paper({ svg: '<circle cx="450" cy="650" r="40" fill="none" stroke="#f0e070" stroke-width="3"/>' })).toBe(false);
  });

  it('a photo (smooth colour fields and a hard-edged figure) is content', async () => {
    expect(showsOnlyPaper(downsample(await decoded(await naturalPhoto())))).toBe(false);
  });

  it('a large pale shape is content, not taken for the light falling on the sheet', async () => {
    expect(await paper({ svg: '<rect x="150" y="250" width="300" height="300" fill="#e4e4e4"/>' })).toBe(false);
  });

  it('leaves an image under 64 pixels a side, or over the working size, to the flat-colour test', () => {
    const flat = (width: number, height: number): Pixels => ({ data: new Uint8Array(width * height).fill(200), width, height, channels: 1 });
    expect(showsOnlyPaper(flat(60, 40))).toBe(false);
    expect(showsOnlyPaper(flat(1200, 900))).toBe(false);
    expect(showsOnlyPaper(downsample(flat(1200, 900)))).toBe(true);
  });
});

describe('plainlyNotPaper', () => {
  /** The photo decoded at an eighth of its size, as the image library gives the quick look. */
  const quick = async (jpeg: Uint8Array) => {
    const { data, info } = await sharp(jpeg).resize(256, 256, { fit: 'inside', kernel: 'linear' }).raw().toBuffer({ resolveWithObject: true });
    return plainlyNotPaper({ data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height, channels: info.channels });
  };

  it('a page of text or a photo shows plainly in a small copy: no need to decode it whole', async () => {
    expect(await quick(await phoneScanJpeg({ lines: transcriptLines(), size: 11 }, { width: 1200 }))).toBe(true);
    expect(await quick(await naturalPhoto())).toBe(true);
  });

  it('never an empty sheet, however noisy, dim or specked; nor a line of text alone (left to showsOnlyPaper)', async () => {
    for (const options of [{}, { noise: 11, quality: 94, specks: 12, seed: 3 }, { noise: 8, falloff: 0.6 }, { noise: 20, seed: 8 }]) {
      expect(await quick(await sheetPhoto(options)), JSON.stringify(options)).toBe(false);
    }
    expect(await quick(await sheetPhoto({ svg: textLines(['Page 2']) }))).toBe(false);
  });
});

describe('downsample', () => {
  it('averages boxes of whole pixels down to at most 1000 a side', () => {
    const data = Uint8Array.from({ length: 2500 * 10 * 2 }, (_, i) => (i % 2 === 0 ? (i / 2) % 3 === 0 ? 90 : 0 : 255));
    const small = downsample({ data, width: 2500, height: 10, channels: 2 });
    expect([small.width, small.height, small.channels]).toEqual([833, 3, 2]);
    expect([...small.data.subarray(0, 4)]).toEqual([30, 255, 30, 255]);
  });
});

