/**
 * A posting's bytes as text: the encodings postings are saved in, and a refusal for files that are not text at all
 * (a PDF, a Word file, an image), which the importer would otherwise read as noise and still report as a profile.
 */

import { decodeText, startsWith, type TextEncoding } from '../text/encoding.js';

/** How the bytes were read. */
export type PostingEncoding = TextEncoding;

export type DecodedPosting =
  | { ok: true; text: string; encoding: PostingEncoding }
  /** `what` names the kind of file ("a PDF"); `fix` says in one sentence how to get the posting's text. */
  | { ok: false; what: string; fix: string };

const SAVE_AS_TEXT = "Open it, copy the posting's text into a plain-text file (.txt), and import that; or save the web page as HTML.";

/** File signatures of formats that hold no readable posting text, checked at the first byte. */
const NOT_TEXT: readonly { magic: readonly number[]; what: string; fix: string }[] = [
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF, not a text or HTML file', fix: SAVE_AS_TEXT },
  { magic: [0x50, 0x4b, 0x03, 0x04], what: 'a Word, OpenDocument or ZIP file, not a text or HTML file', fix: 'Save it as plain text (.txt) or as a web page (.html) from the program that opens it, and import that.' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Word (.doc) file, not a text or HTML file', fix: 'Save it as plain text (.txt) from the program that opens it, and import that.' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document, not a text or HTML file', fix: 'Save it as plain text (.txt) from the program that opens it, and import that.' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image, not a text or HTML file', fix: SAVE_AS_TEXT },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image, not a text or HTML file', fix: SAVE_AS_TEXT },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image, not a text or HTML file', fix: SAVE_AS_TEXT },
  { magic: [0x1f, 0x8b], what: 'a compressed (gzip) file, not a text or HTML file', fix: 'Unpack it first, and import the text or HTML file inside.' },
];

/** Control characters no text file holds (tab, line ends and form feed aside): a sign of binary data. */
function controlShare(text: string): number {
  const sample = text.slice(0, 65536);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad / Math.max(1, sample.length);
}

const BINARY = { ok: false as const, what: 'not text (it holds binary data)', fix: SAVE_AS_TEXT };

/**
 * Reads a posting's bytes: UTF-8 (with or without a byte-order mark), UTF-16 (with a mark, or without one when the
 * zero bytes give it away), and, when the bytes are not valid UTF-8, Windows-1252 (which covers Latin-1), the
 * encoding older Western pages are saved in. A PDF, a Word file, an image or other binary data is refused.
 *
 * @example
 * decodePosting(new TextEncoder().encode('Send a CV.')) // { ok: true, text: 'Send a CV.', encoding: 'utf-8' }
 * decodePosting(Uint8Array.of(0x25, 0x50, 0x44, 0x46, 0x2d)).ok // false: a PDF
 */
export function decodePosting(bytes: Uint8Array): DecodedPosting {
  for (const sig of NOT_TEXT) if (startsWith(bytes, sig.magic)) return { ok: false, what: sig.what, fix: sig.fix };
  const decoded = decodeText(bytes);
  return decoded && controlShare(decoded.text) <= 0.01 ? { ok: true, ...decoded } : BINARY;
}
