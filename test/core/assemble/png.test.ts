/** PNG scans put into the PDF as they are (8-bit gray or RGB), the others decoded by pdf-lib: both show the same. */
import { PDFDocument, PDFDict, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../../src/core/assemble/index.js';
import { renderPage } from '../../helpers/render-page.js';
import { makePlan, section } from './fixtures.js';

/** A 120 x 60 PNG: its left half red, its right half blue, written as `options` say. */
async function halves(options: { alpha?: boolean; gray?: boolean; interlace?: boolean; palette?: boolean } = {}): Promise<Uint8Array> {
  const channels = options.alpha ? 4 : 3;
  const raw = Buffer.alloc(120 * 60 * channels);
  for (let i = 0; i < 120 * 60; i++) {
    const left = i % 120 < 60;
    raw.set(options.gray ? (left ? [40, 40, 40, 255] : [200, 200, 200, 255]).slice(0, channels) : (left ? [220, 0, 0, 255] : [0, 0, 220, 255]).slice(0, channels), i * channels);
  }
  let image = sharp(raw, { raw: { width: 120, height: 60, channels } });
  if (options.gray) image = image.toColourspace('b-w');
  return new Uint8Array(await image.png({ progressive: options.interlace ?? false, palette: options.palette ?? false }).toBuffer());
}

async function built(png: Uint8Array): Promise<{ bytes: Uint8Array; parms: string | undefined; left: number[]; right: number[] }> {
  const plan = makePlan([section('scan', 'Scan', [{ kind: 'image', title: 'Scan', source: 'scan.png', bytes: png, mime: 'image/png' }])], { options: { cover: false, stamps: false, forms: 'flatten' } });
  const bytes = (await assemble(plan)).bytes;
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const images = doc.context.enumerateIndirectObjects().map(([, o]) => o).filter((o): o is PDFRawStream => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'));
  const parms = images.map((i) => i.dict.lookup(PDFName.of('DecodeParms'))).find((p) => p instanceof PDFDict)?.toString().replace(/\s+/g, ' ');
  const page = await renderPage(bytes, 1, { scale: 0.5 });
  const { data, info } = await sharp(page.png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number): number[] => [...data.subarray((Math.round(y) * info.width + Math.round(x)) * 3, (Math.round(y) * info.width + Math.round(x)) * 3 + 3)];
  return { bytes, parms, left: at(info.width * 0.3, info.height / 2), right: at(info.width * 0.7, info.height / 2) };
}

const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= 12);

describe('PNG scans', () => {
  it('an 8-bit RGB or gray PNG goes in as it is (its rows, predictor 15), and shows as it did', async () => {
    const rgb = await built(await halves());
    expect(rgb.parms).toBe('<< /Predictor 15 /Colors 3 /BitsPerComponent 8 /Columns 120 >>');
    expect(near(rgb.left, [220, 0, 0]) && near(rgb.right, [0, 0, 220]), `${rgb.left} ${rgb.right}`).toBe(true);
    const gray = await built(await halves({ gray: true }));
    expect(gray.parms).toBe('<< /Predictor 15 /Colors 1 /BitsPerComponent 8 /Columns 120 >>');
    expect(near(gray.left, [40, 40, 40]) && near(gray.right, [200, 200, 200]), `${gray.left} ${gray.right}`).toBe(true);
  });

  it('a PNG with transparency, interlaced or with a palette is decoded by pdf-lib as before, and shows the same', async () => {
    for (const options of [{ alpha: true }, { interlace: true }, { palette: true }]) {
      const other = await built(await halves(options));
      expect(other.parms, JSON.stringify(options)).toBeUndefined();
      expect(near(other.left, [220, 0, 0]) && near(other.right, [0, 0, 220]), `${JSON.stringify(options)} ${other.left} ${other.right}`).toBe(true);
    }
  });
});
