/**
 * The encodings text files are saved in: UTF-8, UTF-16, and Windows-1252 (Latin-1) from older editors and pages.
 * Used for postings and for manifests and profiles, so a name typed as "Åsa" in an old editor stays "Åsa".
 */

/** How the bytes were read. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Whether `bytes` start with `magic`. */
export function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
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

/**
 * Text in the encodings text files are saved in: UTF-8 (a byte-order mark dropped), UTF-16 with a mark or given
 * away by its zero bytes, and Windows-1252 for bytes that are not UTF-8. Undefined for zero bytes that are not
 * UTF-16 (binary data). Also for manifests and profiles, which an old editor may save as Latin-1.
 *
 * @example
 * decodeText(Uint8Array.of(0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68)) // { text: 'Zürich', encoding: 'windows-1252' }
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } | undefined {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const sides = nulSides(bytes);
  if (sides.odd > 0.3 && sides.even < 0.02) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (sides.even > 0.3 && sides.odd < 0.02) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  if (sides.even + sides.odd > 0) return undefined;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: windows1252(bytes), encoding: 'windows-1252' };
  }
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
