/** Scans as pages: every EXIF orientation shows the document the way the phone showed it, mirrored ones included. */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../../src/core/assemble/index.js';
import { withExifOrientation } from '../../helpers/make-pdf.js';
import { renderPage } from '../../helpers/render-page.js';
import { makePlan, section } from './fixtures.js';

/** A 200 x 100 white JPEG with a black block in its stored top-left corner. */
async function markedJpeg(): Promise<Uint8Array> {
  const raw = Buffer.alloc(200 * 100 * 3, 255);
  for (let y = 0; y < 30; y++) for (let x = 0; x < 60; x++) raw.fill(0, (y * 200 + x) * 3, (y * 200 + x) * 3 + 3);
  return new Uint8Array(await sharp(raw, { raw: { width: 200, height: 100, channels: 3 } }).jpeg({ quality: 95 }).toBuffer());
}

/** The page quarter that holds the block, as a viewer shows the page. */
async function markedQuarter(bytes: Uint8Array): Promise<string> {
  const page = await renderPage(bytes, 1, { scale: 0.5 });
  const [w, h] = [page.width, page.height];
  const quarters = { 'top-left': [0, 0, w / 2, h / 2], 'top-right': [w / 2, 0, w, h / 2], 'bottom-left': [0, h / 2, w / 2, h], 'bottom-right': [w / 2, h / 2, w, h] } as const;
  const inked = Object.entries(quarters).filter(([, box]) => page.ink(box.map(Math.round) as [number, number, number, number]) > 0.02);
  return `${inked.map(([q]) => q).join(', ')} (${w > h ? 'landscape' : 'portrait'})`;
}

describe('placeScan', () => {
  // Where the stored top-left corner is shown, from the EXIF specification's meaning of each value.
  const expected: Record<number, string> = {
    1: 'top-left (landscape)',
    2: 'top-right (landscape)',
    3: 'bottom-right (landscape)',
    4: 'bottom-left (landscape)',
    5: 'top-left (portrait)',
    6: 'top-right (portrait)',
    7: 'bottom-right (portrait)',
    8: 'bottom-left (portrait)',
  };

  it('shows each of the 8 EXIF orientations as a viewer of the photo would (before: 2, 4, 5 and 7 came out mirrored)', async () => {
    const jpeg = await markedJpeg();
    const seen: Record<number, string> = {};
    for (const orientation of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const bytes = withExifOrientation(jpeg, orientation);
      const plan = makePlan([section('scan', 'Scan', [{ kind: 'image', title: 'Scan', source: 'scan.jpg', bytes, mime: 'image/jpeg' }])], { options: { cover: false, stamps: false, forms: 'flatten' } });
      seen[orientation] = await markedQuarter((await assemble(plan)).bytes);
    }
    expect(seen).toEqual(expected);
  });
});
