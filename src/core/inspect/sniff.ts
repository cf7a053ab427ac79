import type { InputType } from './types.js';

/** Judge a file's type by its first bytes, never by its name. */
export function sniffType(bytes: Uint8Array): InputType {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  // PDF readers accept up to 1024 bytes of junk before the header.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  return 'invalid';
}

/** A short description of what a non-PDF file seems to be, for the message. */
export function describeNonPdf(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'an HTML page';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'a ZIP archive (perhaps a Word or OpenDocument file)';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return 'an old Microsoft Office document';
  if (head.startsWith('{\\rtf')) return 'an RTF document';
  if (bytes[0] === 0x47 && bytes[1] === 0x49 && bytes[2] === 0x46) return 'a GIF image';
  if ((bytes[0] === 0x49 && bytes[1] === 0x49) || (bytes[0] === 0x4d && bytes[1] === 0x4d)) return 'a TIFF image';
  // Printable text with no binary bytes.
  const sample = bytes.subarray(0, 512);
  if (sample.every((b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127) || b >= 128)) return 'a plain-text file';
  return 'not a PDF';
}
