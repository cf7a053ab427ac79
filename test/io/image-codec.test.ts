/** The sharp codec as fitting relies on it: sizes and channels kept, no turning by EXIF, no colour conversion. */
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { jpegFrame } from '../../src/core/fit/jpeg.js';
import { sharpCodec } from '../../src/io/image-codec.js';

const u8 = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/** Decoded samples of a JPEG, as stored (no profile applied). */
async function samples(jpeg: Uint8Array): Promise<{ data: Buffer }> {
  return sharp(jpeg, { ignoreIcc: true }).raw().toBuffer({ resolveWithObject: true });
}

describe('sharpCodec.toJpeg', () => {
  it('raw gray stays one-channel gray, at exactly the size asked', async () => {
    const data = Uint8Array.from({ length: 400 * 300 }, (_, i) => i % 256);
    const jpeg = await sharpCodec.toJpeg({ width: 400, height: 300, channels: 1, data }, 133, 100, 75);
    expect(jpegFrame(jpeg)).toMatchObject({ width: 133, height: 100, components: 1, precision: 8, marker: 0xc0 });
  });

  it('a JPEG stored sideways (EXIF orientation 6) is not turned: the page drawing turns it', async () => {
    // Left half black, right half white, as stored.
    const raw = Buffer.alloc(200 * 100 * 3, 255);
    for (let y = 0; y < 100; y++) raw.fill(0, y * 600, y * 600 + 300);
    const stored = u8(await sharp(raw, { raw: { width: 200, height: 100, channels: 3 } }).withMetadata({ orientation: 6 }).jpeg({ quality: 95 }).toBuffer());
    const jpeg = await sharpCodec.toJpeg({ jpeg: stored, channels: 3 }, 100, 50, 75);
    expect(jpegFrame(jpeg)).toMatchObject({ width: 100, height: 50, components: 3 });
    const { data } = await samples(jpeg);
    expect(data[(25 * 100 + 10) * 3]).toBeLessThan(40);
    expect(data[(25 * 100 + 90) * 3]).toBeGreaterThan(215);
  });

  it('keeps the samples as stored: an embedded colour profile is not applied (the PDF says what they mean)', async () => {
    const raw = Buffer.alloc(64 * 64 * 3);
    for (let i = 0; i < raw.length; i += 3) raw.set([200, 60, 40], i);
    const p3 = u8(await sharp(raw, { raw: { width: 64, height: 64, channels: 3 } }).withIccProfile('p3').jpeg({ quality: 95 }).toBuffer());
    const stored = (await samples(p3)).data;
    const out = (await samples(await sharpCodec.toJpeg({ jpeg: p3, channels: 3 }, 32, 32, 90))).data;
    for (let c = 0; c < 3; c++) expect(Math.abs(out[c]! - stored[c]!), `channel ${c}`).toBeLessThanOrEqual(3);
  });

  it('rejects what it cannot read', async () => {
    await expect(sharpCodec.toJpeg({ jpeg: Uint8Array.from([0xff, 0xd8, 1, 2, 3]), channels: 3 }, 10, 10, 75)).rejects.toThrow();
  });
});

describe('sharpCodec.resize', () => {
  it('four channels (CMYK) are resized each on its own: flat colours stay exactly what they were', async () => {
    const data = new Uint8Array(300 * 200 * 4);
    for (let i = 0; i < data.length; i += 4) data.set([10, 200, 0, 37], i);
    const out = await sharpCodec.resize({ width: 300, height: 200, channels: 4, data }, 75, 50);
    expect(out.length).toBe(75 * 50 * 4);
    for (let i = 0; i < out.length; i += 4) expect([out[i], out[i + 1], out[i + 2], out[i + 3]]).toEqual([10, 200, 0, 37]);
  });
});

describe('readScan on an image past 50 megapixels (prod35c, audit 12-07a "also seen")', () => {
  it('judged on a copy of half its sides: a flat one is blank, one dark pixel still shows (a 192-megapixel PNG took 19 s and 700 MB before)', async () => {
    const { readScan } = await import('../../src/io/image-codec.js');
    const side = 7200;
    const white = await sharp({ create: { width: side, height: side, channels: 3, background: '#ffffff' } }).png({ compressionLevel: 1 }).toBuffer();
    const speck = await sharp(white, { limitInputPixels: false }).composite([{ input: { create: { width: 1, height: 1, channels: 3, background: '#000000' } }, left: 3601, top: 3601 }]).png({ compressionLevel: 1 }).toBuffer();
    expect(await readScan(white)).toBe('blank');
    expect(await readScan(speck)).not.toBe('blank');
  }, 60_000);
});
