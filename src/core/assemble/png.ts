/**
 * A PNG put into the PDF as it is, without decoding it: a PDF image can hold a PNG's compressed rows (its IDAT
 * data, with the PNG row filters as "predictor 15"), as img2pdf does. pdf-lib decodes every PNG into memory and
 * compresses it again: a 600-dpi A4 scan took 9 s and 540 MB, a 1200-dpi one 31 s and 1.8 GB. Only the simple
 * kinds pass through (8-bit gray or RGB, not interlaced, no transparency); others go the pdf-lib way.
 */
import type { PDFDocument, PDFRef } from '@cantoo/pdf-lib';

/** An image in the output: what placing it on a page needs. */
export interface ScanImage {
  width: number;
  height: number;
  ref: PDFRef;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The PNG as an image of `doc`, when it can pass through as it is; undefined otherwise (the caller embeds it with
 * pdf-lib). Its content was decoded once by validate's image check, so a damaged PNG does not get here.
 *
 * @example
 * const image = embedPngAsIs(doc, bytes) ?? (await doc.embedPng(bytes));
 */
export function embedPngAsIs(doc: PDFDocument, bytes: Uint8Array): ScanImage | undefined {
  if (bytes.length < 33 || SIGNATURE.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const idat: Uint8Array[] = [];
  let header: { width: number; height: number; colors: number } | undefined;
  let size = 0;
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (data.length !== length) return undefined;
    if (type === 'IHDR') {
      if (length < 13) return undefined;
      const [depth, colorType, , , interlace] = data.subarray(8, 13);
      // Gray (0) or RGB (2), 8 bits, not interlaced: the rows are what a PDF image with predictor 15 holds.
      if (depth !== 8 || (colorType !== 0 && colorType !== 2) || interlace !== 0) return undefined;
      header = { width: view.getUint32(at + 8), height: view.getUint32(at + 12), colors: colorType === 2 ? 3 : 1 };
    } else if (type === 'tRNS') {
      return undefined;
    } else if (type === 'IDAT') {
      idat.push(data);
      size += length;
    } else if (type === 'IEND') {
      break;
    }
    at += 12 + length;
  }
  if (!header || !header.width || !header.height || size === 0) return undefined;
  const data = new Uint8Array(size);
  let offset = 0;
  for (const chunk of idat) {
    data.set(chunk, offset);
    offset += chunk.length;
  }
  const { width, height, colors } = header;
  const stream = doc.context.stream(data, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: width,
    Height: height,
    ColorSpace: colors === 3 ? 'DeviceRGB' : 'DeviceGray',
    BitsPerComponent: 8,
    Filter: 'FlateDecode',
    DecodeParms: { Predictor: 15, Colors: colors, BitsPerComponent: 8, Columns: width },
  });
  return { width, height, ref: doc.context.register(stream) };
}
