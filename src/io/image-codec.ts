/**
 * The image library behind `packet build --fit`: sharp (libvips, prebuilt binaries shipped in registry packages).
 * Loaded only when a build has images to recompress, so every other command starts as fast as before and a
 * machine without a usable binary fails only there, with a plain message.
 */
import type SharpModule from 'sharp';
import type { ImageCodec, JpegImage, RawImage } from '../core/fit/codec.js';
import { isFlatChannel } from '../core/inspect/flat.js';
import { PAPER_SIDE, plainlyNotPaper, QUICK_SIDE, showsOnlyPaper, type Pixels } from '../core/inspect/paper.js';

type Sharp = typeof SharpModule;

let sharpOnce: Promise<Sharp> | undefined;

/** Thrown when the image library cannot be loaded on this machine. */
export class ImageLibraryError extends Error {
  override readonly name = 'ImageLibraryError';
}

function loadSharp(): Promise<Sharp> {
  sharpOnce ??= import('sharp').then(
    (m) => {
      const sharp = m.default;
      // A build touches each image once or twice: the operation cache only holds memory.
      sharp.cache(false);
      return sharp;
    },
    (err: unknown) => {
      sharpOnce = undefined;
      const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
      throw new ImageLibraryError(`the image library (sharp) could not be loaded on this machine: ${why}`);
    },
  );
  return sharpOnce;
}

/** Pixels of at most this many samples are read: a bigger image is left as it is. */
export const MAX_PIXELS = 200e6;

function isJpeg(image: JpegImage | RawImage): image is JpegImage {
  return 'jpeg' in image;
}

/**
 * The codec over sharp: Lanczos resampling, baseline JPEG with optimised Huffman tables, 4:2:0 chroma for RGB.
 *
 * @example
 * const jpeg = await sharpCodec.toJpeg({ jpeg: scanBytes, channels: 3 }, 1654, 2339, 75);
 */
export const sharpCodec: ImageCodec = {
  async ready() {
    await loadSharp();
  },

  async toJpeg(image, width, height, quality) {
    const sharp = await loadSharp();
    const input = isJpeg(image)
      ? sharp(image.jpeg, { ignoreIcc: true, limitInputPixels: MAX_PIXELS, failOn: 'warning' })
      : sharp(image.data, { raw: { width: image.width, height: image.height, channels: image.channels }, limitInputPixels: MAX_PIXELS });
    const gray = image.channels === 1;
    const out = await input
      .resize(width, height, { fit: 'fill', kernel: 'lanczos3' })
      .toColourspace(gray ? 'b-w' : 'srgb')
      .jpeg({ quality, progressive: false, optimiseCoding: true, chromaSubsampling: '4:2:0' })
      .toBuffer();
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },

  async resize(image, width, height) {
    const sharp = await loadSharp();
    // One channel at a time: sharp reads four channels as RGB with alpha and would weigh colours by the fourth.
    const planes: Buffer[] = [];
    for (let c = 0; c < image.channels; c++) {
      const plane = image.channels === 1 ? image.data : pick(image, c);
      planes.push(
        await sharp(plane, { raw: { width: image.width, height: image.height, channels: 1 }, limitInputPixels: MAX_PIXELS })
          .resize(width, height, { fit: 'fill', kernel: 'lanczos3' })
          .raw()
          .toBuffer(),
      );
    }
    if (planes.length === 1) return new Uint8Array(planes[0]!.buffer, planes[0]!.byteOffset, planes[0]!.byteLength);
    const out = new Uint8Array(width * height * image.channels);
    for (let c = 0; c < planes.length; c++) {
      const plane = planes[c]!;
      for (let i = 0, o = c; i < plane.length; i++, o += image.channels) out[o] = plane[i]!;
    }
    return out;
  },
};

/** Channel `c` of interleaved pixels. */
function pick(image: RawImage, c: number): Uint8Array {
  const n = image.width * image.height;
  const out = new Uint8Array(n);
  for (let i = 0, at = c; i < n; i++, at += image.channels) out[i] = image.data[at]!;
  return out;
}

/** The message libvips sometimes gives for a decoding warning instead of the warning itself. */
const GENERIC_WARNING = /^Warning treated as error/;

/**
 * What a PNG or JPEG shows, as the image library reads it: `blank` (one flat colour, a white page or a black
 * frame, or (nearly) transparent), `white` (ink that vanishes on a white page: white on a transparent background), `sheet` (an empty sheet photographed: paper under uneven light, with noise and
 * a few specks), `content`, `corrupt` (it cannot be decoded), or `cut` (its data stops early, so
 * it prints grey from there on). Undefined when the image library cannot load here: no finding without a reading.
 *
 * @example
 * await readScan(whitePng); // 'blank'
 */
export function readScan(bytes: Uint8Array): Promise<Scan | undefined> {
  // One at a time: libvips loses a decoding warning now and then while another image decodes (5 times in 100).
  const turn = scans.then(() => readOne(bytes));
  scans = turn.then(
    () => undefined,
    () => undefined,
  );
  return turn;
}

let scans: Promise<unknown> = Promise.resolve();

/** What `readScan` finds an image shows. */
export type Scan = 'blank' | 'white' | 'sheet' | 'content' | 'corrupt' | 'cut';

async function readOne(bytes: Uint8Array): Promise<Scan | undefined> {
  let sharp: Sharp;
  try {
    sharp = await loadSharp();
  } catch {
    return undefined;
  }
  let why = '';
  // libvips sometimes reports a warning only as "Warning treated as error": a second or third reading names it.
  for (let attempt = 0; attempt < 3 && (why === '' || GENERIC_WARNING.test(why)); attempt++) {
    try {
      return await showsNothing(sharp, bytes, 'warning');
    } catch (err) {
      why = err instanceof Error ? err.message : String(err);
    }
  }
  try {
    // Decoded once warnings are let through: a warning that the data ended early means a grey band in print;
    // other warnings (stray bytes before a marker, common from cameras) change nothing a reader sees.
    const seen = await showsNothing(sharp, bytes, 'error');
    if (/premature end/i.test(why)) return 'cut';
    return seen;
  } catch {
    return 'corrupt';
  }
}

async function showsNothing(sharp: Sharp, bytes: Uint8Array, failOn: 'warning' | 'error'): Promise<'blank' | 'white' | 'sheet' | 'content'> {
  const image = sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn });
  const { hasAlpha, width = 0, height = 0 } = await image.metadata();
  // A page of text or a photo shows plainly in a copy an eighth of the size (a JPEG decodes that far quickly):
  // no need to decode it whole, twice. A small image is decoded whole anyway.
  if (!hasAlpha && Math.max(width, height) >= 2 * QUICK_SIDE && plainlyNotPaper(await smaller(sharp, bytes, failOn, QUICK_SIDE))) return 'content';
  const stats = width * height > FULL_STATS_PIXELS ? await halvedStats(sharp, bytes, failOn, width, height) : await image.stats();
  // By the image's own word: the fourth channel of a CMYK JPEG is black, not transparency.
  const colour = hasAlpha ? stats.channels.slice(0, -1) : stats.channels;
  const alpha = hasAlpha ? stats.channels.at(-1) : undefined;
  if (alpha === undefined || alpha.min === 255) {
    if (colour.every(isFlatChannel)) return 'blank';
    return showsOnlyPaper(await smaller(sharp, bytes, failOn, PAPER_SIDE)) ? 'sheet' : 'content';
  }
  // Nearly transparent everywhere (at most 3% opacity), or opaque on a few pixels only (under 0.1% of the image
  // at full opacity): nothing a reader can see. A flat colour shows a shape where its opacity varies (black
  // strokes of a signature on a transparent page).
  if (alpha.max <= 8 || alpha.mean < 0.25 || (isFlatChannel(alpha) && colour.every(isFlatChannel))) return 'blank';
  // The packet puts it on a white page: white ink on a transparent background shows nothing there.
  // (`stats` reads its input, not the pipeline: the composite is written first, as a quickly made PNG.)
  const composite = await sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn }).flatten({ background: '#ffffff' }).png({ compressionLevel: 1 }).toBuffer();
  const onWhite = await sharp(composite, { limitInputPixels: MAX_PIXELS }).stats();
  return onWhite.channels.every(isFlatChannel) ? 'white' : 'content';
}

/** Past this many pixels an image's spread is read on a copy of half its sides: libvips' `stats` of the whole one held it all in memory (a 192-megapixel PNG: 13 s and 660 MB). */
const FULL_STATS_PIXELS = 50e6;

/** The channels' spread of the image averaged down to half its sides: one dark pixel still moves its 2 x 2 average by a quarter of its contrast, past isFlatChannel's bound. */
async function halvedStats(sharp: Sharp, bytes: Uint8Array, failOn: 'warning' | 'error', width: number, height: number): Promise<Awaited<ReturnType<ReturnType<Sharp>['stats']>>> {
  const { data, info } = await sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn })
    .resize(Math.ceil(width / 2), Math.ceil(height / 2), { fit: 'fill', kernel: 'linear' })
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels }, limitInputPixels: MAX_PIXELS }).stats();
}

/**
 * The image's samples brought down to at most `side` pixels a side, without alpha, for `showsOnlyPaper` (an empty
 * sheet photographed: uneven light, noise, specks) or its quick look.
 */
async function smaller(sharp: Sharp, bytes: Uint8Array, failOn: 'warning' | 'error', side: number): Promise<Pixels> {
  const { data, info } = await sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn })
    .removeAlpha()
    // Averaging is all the judgement needs (a JPEG is shrunk while decoded): quicker than Lanczos, and no ringing.
    .resize(side, side, { fit: 'inside', withoutEnlargement: true, kernel: 'linear' })
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height, channels: info.channels };
}
