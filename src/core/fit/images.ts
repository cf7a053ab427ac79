/**
 * Image XObjects as fitting sees them: which can be recompressed safely, and the recompressed stream for a
 * target resolution. Gray and RGB images (JPEG, or raw 8-bit samples under Flate and the other lossless
 * filters) become JPEGs; raw CMYK images are resized and stay lossless, so their colours do not go through a
 * conversion. Everything else is left exactly as it is, with the reason.
 */
import { PDFArray, PDFBool, PDFDict, PDFName, PDFNumber, PDFRawStream, type PDFContext, type PDFObject, type PDFRef } from '@cantoo/pdf-lib';
import { zlibSync } from 'fflate';
import type { ImageCodec, JpegImage, RawImage } from './codec.js';
import type { Drawn } from './content.js';
import { decoded } from './content.js';
import { jpegFrame } from './jpeg.js';
import { jpegWithoutMetadata } from '../inspect/sniff.js';

/** Why an image is left as it is, in words for the report. */
export const LEFT_ALONE = {
  'cmyk-jpeg': 'CMYK JPEG',
  jpx: 'JPEG 2000',
  bilevel: '1-bit black and white',
  bits: 'not 8 bits per sample',
  palette: 'colour palette',
  'colour-key': 'colour-keyed transparency',
  'colour-space': 'unusual colour space',
  filters: 'unusual encoding',
  'too-large': 'too large to read safely',
  damaged: 'the image library could not read it',
} as const;

export type LeftAloneReason = keyof typeof LEFT_ALONE;

/** An image that can be recompressed: where it is, what it holds, how large it is drawn. */
export interface Candidate {
  ref: PDFRef;
  original: PDFRawStream;
  width: number;
  height: number;
  source: { kind: 'jpeg'; channels: 1 | 3 } | { kind: 'raw'; channels: 1 | 3 | 4 };
  /** The largest drawn size over every use, in points. */
  drawn: Drawn;
}

/** Images with more pixels than this are left alone: reading one would take too much memory. */
const MAX_PIXELS = 100e6;
/** Filters pdf-lib decodes (Flate, LZW, run length, ASCII85, ASCIIHex). */
const LOSSLESS = new Set(['FlateDecode', 'LZWDecode', 'RunLengthDecode', 'ASCII85Decode', 'ASCIIHexDecode', 'Fl', 'LZW', 'RL', 'A85', 'AHx']);

/**
 * Whether `stream` (an image XObject) can be recompressed; the reason when not.
 *
 * @example
 * const c = classify(ctx, ref, stream, { width: 595, height: 842 });
 * if ('reason' in c) console.log(LEFT_ALONE[c.reason]);
 */
export function classify(ctx: PDFContext, ref: PDFRef, stream: PDFRawStream, drawn: Drawn): Candidate | { reason: LeftAloneReason } {
  const dict = stream.dict;
  const get = (key: string): PDFObject | undefined => ctx.lookup(dict.get(PDFName.of(key)));
  const width = num(get('Width'));
  const height = num(get('Height'));
  if (get('ImageMask') === PDFBool.True) return { reason: 'bilevel' };
  if (!width || !height || width < 1 || height < 1) return { reason: 'damaged' };
  if (width * height > MAX_PIXELS) return { reason: 'too-large' };
  if (stream.transform) return { reason: 'filters' };
  const filters = filterNames(get('Filter'));
  if (!filters) return { reason: 'filters' };
  if (filters.includes('JPXDecode') || filters.includes('JPX')) return { reason: 'jpx' };
  if (filters.some((f) => f === 'JBIG2Decode' || f === 'CCITTFaxDecode' || f === 'CCF')) return { reason: 'bilevel' };
  if (num(get('BitsPerComponent')) !== 8) return { reason: 'bits' };
  const mask = get('Mask');
  if (mask instanceof PDFArray) return { reason: 'colour-key' };
  const smask = get('SMask');
  if (smask instanceof PDFRawStream && smask.dict.get(PDFName.of('Matte')) !== undefined) return { reason: 'colour-key' };
  const channels = colourChannels(ctx, get('ColorSpace'));
  if (channels === 'palette') return { reason: 'palette' };
  if (channels === undefined) return { reason: 'colour-space' };
  const dct = filters.length === 1 && (filters[0] === 'DCTDecode' || filters[0] === 'DCT');
  if (dct) {
    const frame = jpegFrame(stream.contents);
    if (!frame || frame.width !== width || frame.height !== height || frame.precision !== 8) return { reason: 'damaged' };
    if (frame.components === 4 || channels === 4) return { reason: 'cmyk-jpeg' };
    // An explicit colour transform overrides what the JPEG itself says: viewers and libjpeg could disagree.
    if (frame.components !== channels || get('DecodeParms') !== undefined) return { reason: 'colour-space' };
    return { ref, original: stream, width, height, source: { kind: 'jpeg', channels }, drawn };
  }
  if (!filters.every((f) => LOSSLESS.has(f))) return { reason: 'filters' };
  return { ref, original: stream, width, height, source: { kind: 'raw', channels }, drawn };
}

function num(obj: PDFObject | undefined): number | undefined {
  return obj instanceof PDFNumber ? obj.asNumber() : undefined;
}

function filterNames(filter: PDFObject | undefined): string[] | undefined {
  if (filter === undefined) return [];
  if (filter instanceof PDFName) return [filter.decodeText()];
  if (filter instanceof PDFArray) {
    const names = filter.asArray();
    return names.every((n) => n instanceof PDFName) ? names.map((n) => (n as PDFName).decodeText()) : undefined;
  }
  return undefined;
}

/** Samples per pixel of an image colour space: 1, 3 or 4; 'palette' for Indexed; undefined for others. */
function colourChannels(ctx: PDFContext, cs: PDFObject | undefined): 1 | 3 | 4 | 'palette' | undefined {
  if (cs instanceof PDFName) {
    const name = cs.decodeText();
    if (name === 'DeviceGray' || name === 'G') return 1;
    if (name === 'DeviceRGB' || name === 'RGB') return 3;
    if (name === 'DeviceCMYK' || name === 'CMYK') return 4;
    return undefined;
  }
  if (!(cs instanceof PDFArray) || cs.size() < 1) return undefined;
  const family = ctx.lookup(cs.get(0));
  if (!(family instanceof PDFName)) return undefined;
  const name = family.decodeText();
  if (name === 'Indexed' || name === 'I') return 'palette';
  if (name === 'CalGray') return 1;
  if (name === 'CalRGB') return 3;
  if (name === 'ICCBased') {
    const profile = ctx.lookup(cs.get(1));
    const n = profile instanceof PDFRawStream ? num(ctx.lookup(profile.dict.get(PDFName.of('N')))) : undefined;
    return n === 1 || n === 3 || n === 4 ? n : undefined;
  }
  return undefined;
}

/**
 * Pixel size for `target` dpi, or `undefined` when the image is already at or below it (or within a tenth of
 * its pixels: not worth a new encoding).
 *
 * @example
 * targetSize(candidate, 200) // { width: 1654, height: 2339 }
 */
export function targetSize(c: Candidate, target: number): { width: number; height: number } | undefined {
  const scale = Math.max((target * c.drawn.width) / 72 / c.width, (target * c.drawn.height) / 72 / c.height);
  if (!(scale > 0) || scale * scale > 0.9) return undefined;
  return { width: Math.max(1, Math.round(c.width * scale)), height: Math.max(1, Math.round(c.height * scale)) };
}

/**
 * The image at `target` dpi as a new stream (same dictionary, new size and encoding), or `undefined` when it
 * is already at or below that resolution, when the new encoding would not be smaller, or when the image
 * library cannot read it (`damaged: true` then).
 *
 * @example
 * const r = await recompress(ctx, candidate, 200, codec, 75);
 * if (r.stream) ctx.assign(candidate.ref, r.stream);
 */
export async function recompress(ctx: PDFContext, c: Candidate, target: number, codec: ImageCodec, quality: number, pixels?: PixelCache): Promise<{ stream?: PDFRawStream; damaged?: boolean }> {
  const size = targetSize(c, target);
  if (!size) return {};
  let bytes: Uint8Array;
  let filter: 'DCTDecode' | 'FlateDecode';
  try {
    const input = c.source.kind === 'jpeg' ? ({ jpeg: c.original.contents, channels: c.source.channels } satisfies JpegImage) : (pixels?.get(c) ?? keep(pixels, c, rawPixels(ctx, c)));
    if (!input) return { damaged: true };
    if (c.source.channels === 4) {
      bytes = zlibSync(await codec.resize(input as RawImage, size.width, size.height), { level: 6 });
      filter = 'FlateDecode';
    } else {
      // Whatever the image library writes besides the picture (EXIF, XMP, comments) stays out of the packet.
      bytes = jpegWithoutMetadata(await codec.toJpeg(input, size.width, size.height, quality));
      const frame = jpegFrame(bytes);
      if (!frame || frame.width !== size.width || frame.height !== size.height || frame.components !== c.source.channels) return { damaged: true };
      filter = 'DCTDecode';
    }
  } catch {
    return { damaged: true };
  }
  if (bytes.length >= c.original.contents.length) return {};
  const dict = c.original.dict.clone(ctx);
  for (const key of ['Length', 'Filter', 'DecodeParms', 'Width', 'Height', 'BitsPerComponent']) dict.delete(PDFName.of(key));
  dict.set(PDFName.of('Width'), PDFNumber.of(size.width));
  dict.set(PDFName.of('Height'), PDFNumber.of(size.height));
  dict.set(PDFName.of('BitsPerComponent'), PDFNumber.of(8));
  dict.set(PDFName.of('Filter'), PDFName.of(filter));
  return { stream: PDFRawStream.of(dict, bytes) };
}

/**
 * Decoded samples kept between the steps of the ladder, up to a budget of bytes: inflating a big screenshot
 * again at each step costs more than keeping it.
 *
 * @example
 * const cache = new PixelCache(200e6);
 * await recompress(ctx, c, 250, codec, 75, cache);
 */
export class PixelCache {
  private readonly kept = new Map<Candidate, RawImage | undefined>();
  private used = 0;

  constructor(private readonly budget: number) {}

  get(c: Candidate): RawImage | undefined {
    return this.kept.get(c);
  }

  /** Keep `image` for `c` when it fits in the budget; returns it either way. */
  put(c: Candidate, image: RawImage | undefined): RawImage | undefined {
    if (image && this.used + image.data.length <= this.budget) {
      this.kept.set(c, image);
      this.used += image.data.length;
    }
    return image;
  }
}

function keep(cache: PixelCache | undefined, c: Candidate, image: RawImage | undefined): RawImage | undefined {
  return cache ? cache.put(c, image) : image;
}

/**
 * The raw samples of a losslessly encoded image, predictors undone; undefined when they cannot be read.
 *
 * @example
 * const c = classify(ctx, ref, stream, drawn);
 * const pixels = 'reason' in c ? undefined : c.source.kind === 'raw' ? rawPixels(ctx, c) : undefined;
 */
export function rawPixels(ctx: PDFContext, c: Candidate): RawImage | undefined {
  const channels = c.source.channels;
  const rowBytes = c.width * channels;
  const want = rowBytes * c.height;
  const parms = decodeParms(ctx, c.original.dict);
  const predictor = num(ctx.lookup(parms?.get(PDFName.of('Predictor')))) ?? 1;
  if (parms) {
    const colors = num(ctx.lookup(parms.get(PDFName.of('Colors')))) ?? 1;
    const bpc = num(ctx.lookup(parms.get(PDFName.of('BitsPerComponent')))) ?? 8;
    const columns = num(ctx.lookup(parms.get(PDFName.of('Columns')))) ?? 1;
    if (predictor > 1 && (colors !== channels || bpc !== 8 || columns !== c.width)) return undefined;
  }
  const png = predictor >= 10;
  const data = decoded(c.original, (png ? want + c.height : want) + 4096);
  if (!data) return undefined;
  let pixels: Uint8Array | undefined;
  if (png) pixels = undoPng(data, rowBytes, c.height, channels);
  else if (predictor === 2) pixels = undoTiff(data, rowBytes, c.height, channels);
  else if (predictor === 1) pixels = data;
  if (!pixels || pixels.length < want) return undefined;
  return { width: c.width, height: c.height, channels, data: pixels.length === want ? pixels : pixels.subarray(0, want) };
}

function decodeParms(ctx: PDFContext, dict: PDFDict): PDFDict | undefined {
  const p = ctx.lookup(dict.get(PDFName.of('DecodeParms')));
  if (p instanceof PDFDict) return p;
  if (p instanceof PDFArray) {
    const found = p.asArray().map((x) => ctx.lookup(x)).filter((x): x is PDFDict => x instanceof PDFDict);
    return found.length === 1 ? found[0] : undefined;
  }
  return undefined;
}

/**
 * PNG row filters (the Predictor 10-15 of Flate and LZW) undone, 8-bit samples.
 *
 * @example
 * undoPng(inflated, width * 3, height, 3); // the pixels, or undefined when a row's filter is unknown
 */
export function undoPng(data: Uint8Array, rowBytes: number, rows: number, bpp: number): Uint8Array | undefined {
  if (data.length < (rowBytes + 1) * rows) return undefined;
  const out = new Uint8Array(rowBytes * rows);
  for (let y = 0; y < rows; y++) {
    const type = data[y * (rowBytes + 1)]!;
    const src = y * (rowBytes + 1) + 1;
    const row = y * rowBytes;
    const prev = row - rowBytes;
    for (let x = 0; x < rowBytes; x++) {
      const raw = data[src + x]!;
      const a = x >= bpp ? out[row + x - bpp]! : 0;
      const b = y > 0 ? out[prev + x]! : 0;
      const c = x >= bpp && y > 0 ? out[prev + x - bpp]! : 0;
      let v: number;
      if (type === 0) v = raw;
      else if (type === 1) v = raw + a;
      else if (type === 2) v = raw + b;
      else if (type === 3) v = raw + ((a + b) >> 1);
      else if (type === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v = raw + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      } else return undefined;
      out[row + x] = v & 255;
    }
  }
  return out;
}

/**
 * TIFF predictor 2 (horizontal differences) undone, 8-bit samples.
 *
 * @example
 * undoTiff(inflated, width * 3, height, 3);
 */
export function undoTiff(data: Uint8Array, rowBytes: number, rows: number, bpp: number): Uint8Array | undefined {
  if (data.length < rowBytes * rows) return undefined;
  const out = data.slice(0, rowBytes * rows);
  for (let y = 0; y < rows; y++) {
    const row = y * rowBytes;
    for (let x = bpp; x < rowBytes; x++) out[row + x] = (out[row + x]! + out[row + x - bpp]!) & 255;
  }
  return out;
}
