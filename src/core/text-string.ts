/**
 * PDF text strings (ISO 32000-2, 7.9.2.2), read one way everywhere: bookmark titles, form values and tooltips,
 * annotation contents, page-label prefixes, link words, document info.
 */
import { PDFHexString, PDFString } from '@cantoo/pdf-lib';

const UTF8 = new TextDecoder('utf-8');

/**
 * The text of a PDF text string: UTF-16BE or UTF-16LE after their byte-order marks, UTF-8 after EF BB BF (PDF 2.0),
 * else PDFDocEncoding. pdf-lib's own `decodeText` knows no UTF-8, so a PDF 2.0 title came out as "ï»¿Ð™...".
 *
 * @example
 * textString(PDFHexString.of('EFBBBF4DC3BC6C6C6572')) // 'Müller'
 */
export function textString(s: PDFString | PDFHexString): string {
  const bytes = s.asBytes();
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return UTF8.decode(bytes.subarray(3));
  // pdf-lib reads both UTF-16 marks and PDFDocEncoding right.
  return s.decodeText();
}

/** Whether `obj` is a PDF string (literal or hex), the carrier of text strings. */
export function isPdfString(obj: unknown): obj is PDFString | PDFHexString {
  return obj instanceof PDFString || obj instanceof PDFHexString;
}
