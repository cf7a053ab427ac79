/** Cheap checks on a PDF's raw bytes, before and besides parsing. */

const latin1 = new TextDecoder('latin1');

/** Node's Buffer, where there is one: its indexOf searches natively, about five times faster on a scan. */
const NodeBuffer = (globalThis as { Buffer?: { from(b: ArrayBufferLike, offset: number, length: number): { indexOf(s: string, from: number, encoding: 'latin1'): number } } }).Buffer;

/** First index of an ASCII `needle` (two characters or more) in `bytes` at or after `from`, or -1. */
export function indexOfBytes(bytes: Uint8Array, needle: string, from: number, native: typeof NodeBuffer | null = NodeBuffer): number {
  if (native) return from >= bytes.length ? -1 : native.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle, Math.max(0, from), 'latin1');
  // Keyed on the second character: the first of '/ObjStm' and '/XRef' is the commonest byte of a PDF's text.
  const key = needle.charCodeAt(1);
  outer: for (let i = bytes.indexOf(key, from + 1); i >= 1 && i - 1 <= bytes.length - needle.length; i = bytes.indexOf(key, i + 1)) {
    const at = i - 1;
    for (let k = 0; k < needle.length; k++) if (bytes[at + k] !== needle.charCodeAt(k)) continue outer;
    return at;
  }
  return -1;
}

/** How the end of a PDF looks. */
export interface PdfTail {
  /** No `%%EOF` at all, or object data after the last one: the file was cut off. */
  truncated: boolean;
  /** `startxref` is missing, or points where no cross-reference section starts. */
  badStartxref: boolean;
}

export function lastIndexOfBytes(bytes: Uint8Array, needle: string, before = bytes.length): number {
  const n = needle.length;
  const first = needle.charCodeAt(0);
  outer: for (let i = Math.min(before, bytes.length) - n; i >= 0; i--) {
    if (bytes[i] !== first) continue;
    for (let k = 1; k < n; k++) if (bytes[i + k] !== needle.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}

/**
 * Look at the end of a PDF: is it complete, and does its `startxref` point at a cross-reference section?
 *
 * @example
 * inspectTail(bytes, 0); // { truncated: false, badStartxref: false }
 */
export function inspectTail(bytes: Uint8Array, headerOffset: number): PdfTail {
  const eof = lastIndexOfBytes(bytes, '%%EOF');
  if (eof < 0) return { truncated: true, badStartxref: true };
  // An incremental update cut off after an earlier revision's end leaves objects after the last %%EOF.
  const after = latin1.decode(bytes.subarray(eof + 5, Math.min(bytes.length, eof + 5 + 1_000_000)));
  const truncated = /\d+\s+\d+\s+obj\b/.test(after);
  const tail = latin1.decode(bytes.subarray(Math.max(0, eof - 64), eof));
  const m = /startxref\s+(\d+)\s*$/.exec(tail);
  let badStartxref = true;
  if (m) {
    const at = Number(m[1]);
    // Offsets count from the file start, or (in files with junk before the header) from the header.
    badStartxref = !startsSection(bytes, at) && !startsSection(bytes, at + headerOffset);
  }
  return { truncated, badStartxref };
}

function startsSection(bytes: Uint8Array, at: number): boolean {
  if (!Number.isSafeInteger(at) || at < 0 || at >= bytes.length) return false;
  const s = latin1.decode(bytes.subarray(at, at + 32));
  return /^\s*(xref\b|\d+\s+\d+\s+obj\b)/.test(s);
}

/**
 * Every object a trailer names as `/Root`, as `"num gen"` strings (trailers and cross-reference stream
 * dictionaries are never compressed, so a byte search finds them all).
 *
 * @example
 * declaredRoots(bytes); // Set { '1 0' }
 */
export function declaredRoots(bytes: Uint8Array): Set<string> {
  const roots = new Set<string>();
  for (let i = indexOfBytes(bytes, '/Root', 0); i >= 0; i = indexOfBytes(bytes, '/Root', i + 1)) {
    const m = /^\s*(\d+)\s+(\d+)\s+R/.exec(latin1.decode(bytes.subarray(i + 5, i + 40)));
    if (m) roots.add(`${Number(m[1])} ${Number(m[2])}`);
  }
  return roots;
}
