import type { InputType } from './types.js';

const latin1 = new TextDecoder('latin1');

/**
 * Judge a file's type by its first bytes, never by its name.
 *
 * @example
 * sniffType(new TextEncoder().encode('%PDF-1.7\n...')); // 'pdf'
 */
export function sniffType(bytes: Uint8Array): InputType {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  // PDF readers accept up to 1024 bytes of junk before the header.
  if (pdfHeaderOffset(bytes) >= 0) return 'pdf';
  return 'invalid';
}

/** Where `%PDF-` starts within the first 1024 bytes, or -1. */
export function pdfHeaderOffset(bytes: Uint8Array): number {
  return latin1.decode(bytes.subarray(0, 1024)).indexOf('%PDF-');
}

/**
 * A short description of what a non-PDF file seems to be, for the message.
 *
 * @example
 * describeNonPdf(new TextEncoder().encode('<!DOCTYPE html>')); // 'an HTML page'
 */
export function describeNonPdf(bytes: Uint8Array): string {
  const head = latin1.decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<\?xml[^>]*>\s*<html/.test(head)) return 'an HTML page';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'a ZIP archive (perhaps a Word or OpenDocument file)';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return 'an old Microsoft Office document';
  if (head.startsWith('{\\rtf')) return 'an RTF document';
  if (bytes[0] === 0x47 && bytes[1] === 0x49 && bytes[2] === 0x46) return 'a GIF image';
  if ((bytes[0] === 0x49 && bytes[1] === 0x49 && bytes[2] === 0x2a) || (bytes[0] === 0x4d && bytes[1] === 0x4d && bytes[2] === 0x00)) return 'a TIFF image';
  if (head.startsWith('%!ps')) return 'a PostScript file';
  if (latin1.decode(bytes.subarray(8, 12)) === 'WEBP') return 'a WebP image';
  if (latin1.decode(bytes.subarray(4, 12)).startsWith('ftyphei')) return 'a HEIC photo (the iPhone format)';
  if (/^ftypavi[fs]/.test(latin1.decode(bytes.subarray(4, 12)))) return 'an AVIF image';
  // Printable text with no control bytes.
  const sample = bytes.subarray(0, 512);
  if (sample.every((b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127) || b >= 128)) return 'a plain-text file';
  return 'not a recognised document';
}

/** What the header of an image says, and whether it looks complete. */
export interface ImageHeader {
  width?: number;
  height?: number;
  /** The structure needed to decode it is missing or damaged. */
  corrupt: boolean;
  /** The end marker is missing: the file was cut off. */
  truncated: boolean;
}

function u32be(b: Uint8Array, i: number): number {
  return ((b[i] ?? 0) * 0x1000000 + ((b[i + 1] ?? 0) << 16) + ((b[i + 2] ?? 0) << 8) + (b[i + 3] ?? 0)) >>> 0;
}

function u16be(b: Uint8Array, i: number): number {
  return ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
}

/** Whether `needle` occurs in the last `window` bytes (files often carry a few trailing bytes). */
function endsWithin(bytes: Uint8Array, needle: readonly number[], window: number): boolean {
  const from = Math.max(0, bytes.length - window);
  outer: for (let i = bytes.length - needle.length; i >= from; i--) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * Read a PNG's size and check it has its end chunk.
 *
 * @example
 * readPngHeader(pngBytes); // { width: 4, height: 3, corrupt: false, truncated: false }
 */
export function readPngHeader(bytes: Uint8Array): ImageHeader {
  const ihdr = latin1.decode(bytes.subarray(12, 16)) === 'IHDR';
  const width = ihdr ? u32be(bytes, 16) : undefined;
  const height = ihdr ? u32be(bytes, 20) : undefined;
  const corrupt = !ihdr || !width || !height;
  const truncated = !endsWithin(bytes, [0x49, 0x45, 0x4e, 0x44], 64);
  return { width, height, corrupt, truncated };
}

/**
 * Read a JPEG's size from its frame header and check it has its end marker.
 *
 * @example
 * readJpegHeader(jpegBytes); // { width: 1200, height: 1700, corrupt: false, truncated: false }
 */
export function readJpegHeader(bytes: Uint8Array): ImageHeader {
  let width: number | undefined;
  let height: number | undefined;
  let ended = false;
  for (const { marker, at } of jpegSegments(bytes)) {
    if (marker === 0xd9) ended = true;
    // A frame header (SOFn) holds the size: the first one is the image's.
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof && width === undefined && at + 9 <= bytes.length) {
      height = u16be(bytes, at + 5);
      width = u16be(bytes, at + 7);
    }
  }
  return { width, height, corrupt: !width || !height, truncated: !ended };
}

/**
 * A JPEG without the segments that only describe it: EXIF (with its GPS position, camera, owner and thumbnail),
 * XMP, Photoshop/IPTC, comments and every other application segment, and whatever follows the end marker (a
 * phone's motion-photo video). What changes how the picture draws stays: JFIF (APP0), the colour profile
 * (APP2 ICC_PROFILE), Adobe's colour transform (APP14, which CMYK files need) and every table, frame and scan.
 * Read the EXIF orientation first (`jpegOrientation`): it goes too. Bytes that are no JPEG come back as given.
 *
 * @example
 * jpegWithoutMetadata(phonePhoto).length < phonePhoto.length // true when it had EXIF
 */
export function jpegWithoutMetadata(bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return bytes;
  const cuts: [number, number][] = [];
  let end = bytes.length;
  for (const { marker, at } of jpegSegments(bytes)) {
    if (marker === 0xd9) {
      end = at + 2;
      break;
    }
    if (isMetadataSegment(bytes, marker, at)) cuts.push([at, Math.min(bytes.length, at + 2 + u16be(bytes, at + 2))]);
  }
  if (cuts.length === 0 && end === bytes.length) return bytes;
  // Every segment cut lies before the end marker: the walk reached it past them.
  const parts: Uint8Array[] = [];
  let from = 0;
  for (const [start, stop] of cuts) {
    parts.push(bytes.subarray(from, start));
    from = stop;
  }
  parts.push(bytes.subarray(from, end));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let written = 0;
  for (const p of parts) {
    out.set(p, written);
    written += p.length;
  }
  return out;
}

/** Whether the segment at `at` (its FF) only describes the picture: any APPn but JFIF, ICC_PROFILE and Adobe, or a comment. */
function isMetadataSegment(bytes: Uint8Array, marker: number, at: number): boolean {
  if (marker === 0xfe) return true;
  if (marker < 0xe0 || marker > 0xef) return false;
  const says = (id: string): boolean => latin1.decode(bytes.subarray(at + 4, at + 4 + id.length)) === id;
  if (marker === 0xe0) return !says('JFIF\0');
  if (marker === 0xe2) return !says('ICC_PROFILE\0');
  if (marker === 0xee) return !says('Adobe');
  return true;
}

/**
 * The marker segments of a JPEG in order, stepping over each scan's coded data (where only FF00 stuffing,
 * restart markers and fill bytes appear), up to the end-of-image marker (yielded last). It stops early at bytes
 * that are no marker or where the bytes run out: a file that ends inside a scan never yields the end marker,
 * while data after the end marker (a phone's motion-photo video, a vendor trailer) is never looked at.
 */
function* jpegSegments(bytes: Uint8Array): Generator<{ marker: number; at: number }> {
  let i = 2;
  while (i + 1 < bytes.length) {
    if (bytes[i] !== 0xff) return;
    const marker = bytes[i + 1] ?? 0;
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    if (marker === 0xd9) {
      yield { marker, at: i };
      return;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2;
      continue;
    }
    if (i + 3 >= bytes.length) return;
    const len = u16be(bytes, i + 2);
    if (len < 2) return;
    yield { marker, at: i };
    i += 2 + len;
    if (marker !== 0xda) continue;
    for (;;) {
      const at = bytes.indexOf(0xff, i);
      if (at < 0 || at + 1 >= bytes.length) return;
      const next = bytes[at + 1] ?? 0;
      if (next !== 0x00 && !(next >= 0xd0 && next <= 0xd7) && next !== 0xff) {
        i = at;
        break;
      }
      i = at + (next === 0xff ? 1 : 2);
    }
  }
}
