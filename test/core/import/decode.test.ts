import { describe, expect, it } from 'vitest';
import { decodePosting } from '../../../src/core/import/decode.js';

const POSTING = 'Hakemus: CV ja motivaatiokirje. Bewerbung bis 1. März, Zürich.';

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const out: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    out.push(...(order === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return Uint8Array.from(out);
}

describe('decodePosting', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(POSTING);
    expect(decodePosting(bytes)).toEqual({ ok: true, text: POSTING, encoding: 'utf-8' });
    expect(decodePosting(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ ok: true, text: POSTING, encoding: 'utf-8' });
  });

  it('reads UTF-16 in both byte orders, with a mark or given away by its zero bytes (before: read as noise)', () => {
    for (const order of ['le', 'be'] as const) {
      for (const bom of [true, false]) expect(decodePosting(utf16(POSTING, order, bom))).toEqual({ ok: true, text: POSTING, encoding: `utf-16${order}` });
    }
  });

  it('reads bytes that are not UTF-8 as Windows-1252, and says so (before: "M\uFFFDrz")', () => {
    const latin1 = Uint8Array.from([...'Bewerbung bis 1. M'].map((c) => c.charCodeAt(0)).concat([0xe4], [...'rz, Z'].map((c) => c.charCodeAt(0)), [0xfc], [...'rich \u0080'].map((c) => c.charCodeAt(0))));
    expect(decodePosting(latin1)).toEqual({ ok: true, text: 'Bewerbung bis 1. März, Zürich €', encoding: 'windows-1252' });
  });

  it('refuses a PDF, a Word file, an image and binary data, saying what the file is (before: imported with exit 0)', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(decodePosting(enc('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toMatchObject({ ok: false, what: 'a PDF, not a text or HTML file' });
    expect(decodePosting(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]))).toMatchObject({ ok: false, what: 'a Word, OpenDocument or ZIP file, not a text or HTML file' });
    expect(decodePosting(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]))).toMatchObject({ ok: false, what: 'a PNG image, not a text or HTML file' });
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    expect(decodePosting(noise)).toMatchObject({ ok: false, what: 'not text (it holds binary data)' });
    // A single stray control character is still text.
    expect(decodePosting(enc(`${POSTING.repeat(5)}\u0007`))).toMatchObject({ ok: true });
  });
});
