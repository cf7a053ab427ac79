/**
 * Phone photos of a sheet of paper, made in the test: what is on the sheet is drawn as SVG (or nothing: a blank
 * sheet), then light falls off towards one corner, the sensor adds Gaussian noise, dust leaves a few dark specks,
 * and the phone saves a JPEG. Deterministic: the same options give the same bytes.
 */
import sharp from 'sharp';
import { random } from './random.js';

export interface SheetPhotoOptions {
  /** Pixel size of the photo (3:4 like a phone's, half a 12-megapixel photo by default). */
  width?: number;
  height?: number;
  /** SVG elements drawn on the sheet, in a 600 × 800 view box (the sheet's size in these units). */
  svg?: string;
  /** Standard deviation of the sensor noise, in levels of 255. */
  noise?: number;
  /** How much darker the far corner is than the bright one (0.3: 30% less light). */
  falloff?: number;
  /** Dust specks: dark dots under a millimetre across. */
  specks?: number;
  quality?: number;
  seed?: number;
  /** The photo as is (RGB samples), instead of a JPEG. */
  raw?: boolean;
}

/** A standard normal deviate (Box-Muller). */
function gaussian(next: () => number): number {
  return Math.sqrt(-2 * Math.log(next() || 1e-12)) * Math.cos(2 * Math.PI * next());
}

/**
 * A phone photo of a sheet: a blank one, or one with `svg` drawn on it.
 *
 * @example
 * const blank = await sheetPhoto({ specks: 3 });
 * const text = await sheetPhoto({ svg: '<text x="60" y="100" font-size="14">Transcript</text>' });
 */
export async function sheetPhoto(options: SheetPhotoOptions = {}): Promise<Uint8Array> {
  const { width = 1512, height = 2016, svg = '', noise = 6, falloff = 0.3, specks = 3, quality = 85, seed = 11, raw = false } = options;
  const sheet = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 600 800" preserveAspectRatio="none"><rect width="600" height="800" fill="white"/>${svg}</svg>`);
  const drawn = await sharp(sheet).removeAlpha().raw().toBuffer();
  const next = random(seed);
  // Specks 0.4 to 1 mm across on an A4 sheet filling the photo (a radius of 1.5 to 3.5 pixels at 1512 across).
  const dots = Array.from({ length: specks }, () => ({ x: next() * width, y: next() * height, r: ((1.5 + next() * 2) * width) / 1512 }));
  const paper = [0.97, 0.95, 0.9];
  const out = Buffer.alloc(width * height * 3);
  for (let y = 0, i = 0; y < height; y++) {
    for (let x = 0; x < width; x++, i += 3) {
      // Light from the top left, falling off towards the bottom right corner.
      const light = 1 - falloff * ((x / width + y / height) / 2) ** 1.5;
      let speck = 1;
      for (const d of dots) if ((x - d.x) ** 2 + (y - d.y) ** 2 <= d.r * d.r) speck = 0.35;
      const n = gaussian(next) * noise;
      for (let c = 0; c < 3; c++) out[i + c] = Math.max(0, Math.min(255, Math.round(drawn[i + c]! * light * paper[c]! * speck + n)));
    }
  }
  if (raw) return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  const jpeg = await sharp(out, { raw: { width, height, channels: 3 } }).jpeg({ quality }).toBuffer();
  return new Uint8Array(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength);
}

/** Lines of text as SVG on the 600 × 800 sheet, in `fill` (black by default). */
export function textLines(lines: string[], { fill = '#111', size = 11, top = 80 } = {}): string {
  return lines.map((line, i) => `<text x="60" y="${top + i * size * 1.8}" font-family="sans-serif" font-size="${size}" fill="${fill}">${line}</text>`).join('');
}

/** A handwritten signature alone low on the sheet: one scribbled stroke of blue ink. */
export const SIGNATURE = '<path d="M360 690 c 10 -30, 25 -30, 20 0 s -5 25, 10 5 c 8 -20, 18 -22, 22 -2 c 3 12, 10 10, 18 -6 l 15 -10 c 5 10, 8 12, 30 -4" fill="none" stroke="#1b2a6b" stroke-width="1.4" stroke-linecap="round"/>';

/**
 * A photo-like picture (no sheet): smooth random fields of colour with a few hard-edged shapes, as a photo of a
 * person or a place has, saved as a JPEG.
 */
export async function naturalPhoto({ width = 1200, height = 900, seed = 5 } = {}): Promise<Uint8Array> {
  const next = random(seed);
  const waves = Array.from({ length: 6 }, () => ({ fx: next() * 6, fy: next() * 6, p: next() * 6.3, a: 20 + next() * 30, c: Math.floor(next() * 3) }));
  const out = Buffer.alloc(width * height * 3);
  for (let y = 0, i = 0; y < height; y++) {
    for (let x = 0; x < width; x++, i += 3) {
      const v = [120, 110, 100];
      for (const w of waves) v[w.c]! += w.a * Math.sin((w.fx * x) / width * 6.28 + (w.fy * y) / height * 6.28 + w.p);
      // A hard edge: a darker "figure" in the middle.
      const inside = ((x - width * 0.5) / (width * 0.18)) ** 2 + ((y - height * 0.55) / (height * 0.35)) ** 2 < 1;
      for (let c = 0; c < 3; c++) out[i + c] = Math.max(0, Math.min(255, Math.round((inside ? v[c]! * 0.55 : v[c]!) + gaussian(next) * 3)));
    }
  }
  const jpeg = await sharp(out, { raw: { width, height, channels: 3 } }).jpeg({ quality: 85 }).toBuffer();
  return new Uint8Array(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength);
}
