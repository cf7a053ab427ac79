/**
 * Guard against decompression bombs before pdf-lib parses: pdf-lib inflates every object stream (and
 * cross-reference stream) while loading, into memory the JavaScript heap limit does not cover. Inflate them
 * here first, streaming, and stop as soon as the total passes a cap.
 */

import { decodePDFRawStream, PDFContext } from '@cantoo/pdf-lib';
import type { PDFRawStream } from '@cantoo/pdf-lib';
import { indexOfBytes } from './raw.js';

const latin1 = new TextDecoder('latin1');

/** The flate-compressed data of each object or cross-reference stream, located by its dictionary's /Type. */
function* compressedStructureStreams(bytes: Uint8Array): Generator<Uint8Array> {
  for (const type of ['/ObjStm', '/XRef']) {
    for (let at = indexOfBytes(bytes, type, 0); at >= 0; at = indexOfBytes(bytes, type, at + type.length)) {
      // `/XRefStm` (a trailer key) is not `/XRef`.
      if (/[A-Za-z0-9]/.test(String.fromCharCode(bytes[at + type.length] ?? 32))) continue;
      const window = latin1.decode(bytes.subarray(Math.max(0, at - 2048), Math.min(bytes.length, at + 2048)));
      const rel = Math.min(at, 2048);
      const dictStart = window.lastIndexOf('obj', rel);
      const streamAt = window.indexOf('stream', rel);
      if (dictStart < 0 || streamAt < 0 || window.slice(rel, streamAt).includes('endobj')) continue;
      if (!window.slice(dictStart, streamAt).includes('FlateDecode')) continue;
      let start = at - rel + streamAt + 'stream'.length;
      if (bytes[start] === 0x0d) start++;
      if (bytes[start] === 0x0a) start++;
      const end = indexOfBytes(bytes, 'endstream', start);
      yield bytes.subarray(start, end < 0 ? bytes.length : end);
    }
  }
}

const FLATE = PDFContext.create().obj({ Filter: 'FlateDecode' });

/** Inflate `data` in blocks, counting output bytes, and stop once `limit` is passed; damaged data counts what came out. */
function inflatedSize(data: Uint8Array, limit: number): number {
  let total = 0;
  try {
    const stream = decodePDFRawStream({ dict: FLATE, contents: data } as unknown as PDFRawStream);
    for (;;) {
      const block = stream.getBytes(8192);
      if (block.length === 0) break;
      total += block.length;
      if (total > limit) break;
    }
  } catch {
    // Truncated or corrupt data: pdf-lib will meet the same and the other checks report it.
  }
  return total;
}

/**
 * The most a byte of deflate data can inflate to: a 258-byte match coded in two bits (one for its length, one
 * for its distance). Stored blocks and literals give far less.
 */
export const MAX_DEFLATE_RATIO = 1032;

/**
 * Whether the object and cross-reference streams of a PDF inflate to more than `cap` bytes in total. Nothing is
 * inflated when not even the densest deflate data of their size could pass the cap: the usual case (a thesis
 * with 54 KB of object streams could reach 56 MB at most, under a cap of 75 MB), and pdf-lib inflates the same
 * streams again while parsing.
 *
 * @example
 * if (inflatesBeyond(bytes, 64e6 + 16 * bytes.length)) console.log('decompression bomb');
 */
export function inflatesBeyond(bytes: Uint8Array, cap: number): boolean {
  const streams = [...compressedStructureStreams(bytes)];
  let compressed = 0;
  for (let i = 0; i < streams.length; i++) compressed += streams[i]!.length;
  if (compressed * MAX_DEFLATE_RATIO <= cap) return false;
  let remaining = cap;
  for (const data of streams) {
    remaining -= inflatedSize(data, remaining);
    if (remaining < 0) return true;
  }
  return false;
}
