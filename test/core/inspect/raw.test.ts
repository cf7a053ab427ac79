import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { declaredRoots, indexOfBytes } from '../../../src/core/inspect/raw.js';

const bytesOf = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** The plain definition: the first position at or after `from` where every byte of the needle matches. */
function naive(bytes: Uint8Array, needle: string, from: number): number {
  for (let i = Math.max(0, from); i + needle.length <= bytes.length; i++) {
    let ok = true;
    for (let k = 0; k < needle.length && ok; k++) ok = bytes[i + k] === needle.charCodeAt(k);
    if (ok) return i;
  }
  return -1;
}

describe('indexOfBytes', () => {
  it('finds the object-stream and cross-reference keys where a PDF has them', () => {
    const text = '1 0 obj\n<< /Type /ObjStm /N 3 >>\nstream\nx\nendstream\n2 0 obj << /Type /XRef >>';
    const pdf = bytesOf(text);
    expect(indexOfBytes(pdf, '/ObjStm', 0)).toBe(17);
    expect(indexOfBytes(pdf, '/ObjStm', 18)).toBe(-1);
    expect(indexOfBytes(pdf, '/XRef', 0)).toBe(text.indexOf('/XRef'));
    expect(indexOfBytes(pdf, 'endstream', 0)).toBe(text.indexOf('endstream'));
    // A needle at the very start, and one cut off by the end.
    expect(indexOfBytes(bytesOf('/XRef'), '/XRef', 0)).toBe(0);
    expect(indexOfBytes(bytesOf('ab /XRe'), '/XRef', 0)).toBe(-1);
  });

  it('agrees with the plain definition on any bytes, needle and start', () => {
    const alphabet = fc.constantFrom(...'/ObjStmXRef endsx'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), fc.constantFrom('/ObjStm', '/XRef', 'endstream', '/O', 'ee'), fc.nat(70), (chars, needle, from) => {
        const bytes = bytesOf(chars.join(''));
        expect(indexOfBytes(bytes, needle, from)).toBe(naive(bytes, needle, from));
        // Without Node's Buffer (a browser), the same answers.
        expect(indexOfBytes(bytes, needle, from, null)).toBe(naive(bytes, needle, from));
        // On a view into a bigger buffer, positions count from the view's start.
        const padded = new Uint8Array(bytes.length + 4);
        padded.set(bytes, 2);
        expect(indexOfBytes(padded.subarray(2, 2 + bytes.length), needle, from)).toBe(naive(bytes, needle, from));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('declaredRoots', () => {
  it('collects every /Root a trailer names, and only references', () => {
    const text = [
      'trailer << /Size 9 /Root 1 0 R >>',
      '7 0 obj << /Type /XRef /Root  12  0  R /W [1 2 1] >> stream',
      'trailer << /Rootx 5 0 R /Root 3 1 R >>',
      '<< /Root (not a reference) >>',
    ].join('\n');
    expect([...declaredRoots(bytesOf(text))].sort()).toEqual(['1 0', '12 0', '3 1']);
    expect(declaredRoots(bytesOf('no trailer here')).size).toBe(0);
  });
});
