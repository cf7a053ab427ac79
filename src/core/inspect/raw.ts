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
