/**
 * A posting's bytes as text: the encodings postings are saved in, and a refusal for files that are not text at all
 * (a PDF, a Word file, an image), which the importer would otherwise read as noise and still report as a profile.
 */

/** How the bytes were read. */
export type PostingEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

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

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/** Share of NUL bytes at even and at odd offsets in the first 4 KB: UTF-16 text has them on one side only. */
function nulSides(bytes: Uint8Array): { even: number; odd: number } {
  const n = Math.min(bytes.length, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const half = Math.max(1, n / 2);
  return { even: even / half, odd: odd / half };
}

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
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return textOf(bytes.subarray(3), 'utf-8');
  if (startsWith(bytes, [0xff, 0xfe])) return textOf(bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return textOf(bytes.subarray(2), 'utf-16be');
  for (const sig of NOT_TEXT) if (startsWith(bytes, sig.magic)) return { ok: false, what: sig.what, fix: sig.fix };
  const sides = nulSides(bytes);
  if (sides.odd > 0.3 && sides.even < 0.02) return textOf(bytes, 'utf-16le');
  if (sides.even > 0.3 && sides.odd < 0.02) return textOf(bytes, 'utf-16be');
  if (sides.even + sides.odd > 0) return BINARY;
  let text: string;
  let encoding: PostingEncoding = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = windows1252(bytes);
    encoding = 'windows-1252';
  }
  return controlShare(text) > 0.01 ? BINARY : { ok: true, text, encoding };
}

// Bytes 0x80-0x9F, which Windows-1252 gives letters and signs; ISO-8859-1 (which some Node versions decode instead) gives controls.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] as string);
  }
  return out;
}

function textOf(bytes: Uint8Array, encoding: PostingEncoding): DecodedPosting {
  const text = new TextDecoder(encoding).decode(bytes);
  return controlShare(text) > 0.01 ? BINARY : { ok: true, text, encoding };
}
