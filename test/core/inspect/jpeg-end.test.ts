/**
 * A JPEG cut off inside its image data is an error (it prints grey or blank from there on); a complete JPEG is
 * not, whatever follows its end marker (a phone's motion-photo video, a vendor trailer). Real JPEGs from sharp.
 */
import { describe, expect, it } from 'vitest';
import sharp, { type JpegOptions } from 'sharp';
import { readJpegHeader } from '../../../src/core/inspect/sniff.js';
import { inspectInput } from '../../../src/core/inspect/index.js';

/** A 300 x 400 noisy scan-like image, as JPEG with the given options. */
async function jpeg(options: JpegOptions): Promise<Uint8Array> {
  const raw = Buffer.alloc(300 * 400 * 3);
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 7919 + (i >> 9) * 31) & 255;
  return new Uint8Array(await sharp(raw, { raw: { width: 300, height: 400, channels: 3 } }).jpeg(options).toBuffer());
}

describe('the end of a JPEG', () => {
  for (const [name, options] of [
    ['baseline', { quality: 80 }],
    ['progressive', { quality: 80, progressive: true }],
    ['optimised, no chroma subsampling', { quality: 95, optimiseCoding: true, chromaSubsampling: '4:4:4' }],
  ] as const) {
    it(`${name}: complete, with a trailer after its end, or cut off anywhere in its data`, async () => {
      const bytes = await jpeg(options);
      expect(readJpegHeader(bytes)).toEqual({ width: 300, height: 400, corrupt: false, truncated: false });
      const trailer = new Uint8Array([...bytes, ...new Uint8Array(200_000).fill(0x42)]);
      expect(readJpegHeader(trailer).truncated).toBe(false);
      for (const keep of [0.2, 0.5, 0.9, 0.999]) expect(readJpegHeader(bytes.subarray(0, Math.floor(bytes.length * keep))).truncated, `cut at ${keep}`).toBe(true);
      expect(readJpegHeader(bytes.subarray(0, bytes.length - 2)).truncated).toBe(true);
    });
  }

  it('is an error in validate terms, naming the fix', async () => {
    const bytes = await jpeg({ quality: 80 });
    const facts = await inspectInput(bytes.subarray(0, 8000), { fileName: 'transcript.jpg' });
    expect(facts.findings.map((f) => [f.severity, f.code, f.message, f.hint])).toEqual([
      ['error', 'file.truncated', 'transcript.jpg is an incomplete JPEG image (cut off before its end) and cannot be used.', 'Scan, export or download it again.'],
    ]);
  });
});
