/** Cheap checks on a PDF's raw bytes, before and besides parsing. */

const latin1 = new TextDecoder('latin1');

/** How the end of a PDF looks. */
export interface PdfTail {
  /** No `%%EOF` at all, or object data after the last one: the file was cut off. */
  truncated: boolean;
  /** `startxref` is missing, or points where no cross-reference section starts. */
  badStartxref: boolean;
}

function lastIndexOfBytes(bytes: Uint8Array, needle: string, before = bytes.length): number {
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
  const R = '/Root'.split('').map((c) => c.charCodeAt(0));
  for (let i = bytes.indexOf(R[0]!); i >= 0; i = bytes.indexOf(R[0]!, i + 1)) {
    if (bytes[i + 1] !== R[1] || bytes[i + 2] !== R[2] || bytes[i + 3] !== R[3] || bytes[i + 4] !== R[4]) continue;
    const m = /^\s*(\d+)\s+(\d+)\s+R/.exec(latin1.decode(bytes.subarray(i + 5, i + 40)));
    if (m) roots.add(`${Number(m[1])} ${Number(m[2])}`);
  }
  return roots;
}
