import fontkit from '@pdf-lib/fontkit';
import type { Font as FontkitFont } from '@pdf-lib/fontkit';
import { codePoint } from '../words.js';

// Parsing a TTF costs a few milliseconds; validation and the build ask about the same bytes many times.
const parsed = new WeakMap<Uint8Array, FontkitFont>();

/** The parsed font (its plain form: same glyphs and widths, parsed once for measuring and embedding). */
function open(fontBytes: Uint8Array): FontkitFont {
  return pdfFontkit.create(plainFont(fontBytes));
}

/** Characters that are never drawn (line breaks, tabs, other controls) and so never need a glyph. */
function isInvisible(cp: number): boolean {
  return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0x200b || cp === 0xfeff || cp === 0x200d || cp === 0x200c;
}

/**
 * The distinct characters of `text` that the font has no glyph for, in order of first appearance.
 * Text is compared in NFC form, the form the assembler draws.
 *
 * @example
 * missingGlyphs(dejaVuSansBytes, 'Wang 王 🎓') // ['王', '🎓']
 */
export function missingGlyphs(fontBytes: Uint8Array, text: string): string[] {
  const font = open(fontBytes);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (isInvisible(cp) || seen.has(ch)) continue;
    seen.add(ch);
    if (!font.hasGlyphForCodePoint(cp)) out.push(ch);
  }
  return out;
}

/**
 * Name characters for a message: `王 (U+738B), 🎓 (U+1F393)`.
 *
 * @example
 * describeChars(['王']) // '王 (U+738B)'
 */
export function describeChars(chars: readonly string[]): string {
  return chars
    .map((ch) => `${ch} (${codePoint(ch)})`)
    .join(', ');
}

/** Text as it is drawn: NFC, tabs as spaces, controls dropped, characters without a glyph shown as '?'. */
export function drawable(fontBytes: Uint8Array, text: string): string {
  const font = open(fontBytes);
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 9) out += ' ';
    else if (cp === 10) out += '\n';
    else if (isInvisible(cp)) continue;
    else out += font.hasGlyphForCodePoint(cp) ? ch : '?';
  }
  return out;
}

/** restructure's EncodeStream (used by @pdf-lib/fontkit, not exported by it). */
type EncodeStream = { push(chunk: Uint8Array | null): boolean; end(): void };
type Subset = { encode(stream: EncodeStream): void; encodeStream(): EncodeStream };
let EncodeStreamClass: (new () => EncodeStream) | undefined;

/** Encode a fontkit subset synchronously, collecting the stream's chunks as they are pushed. */
function encodeSubset(subset: Subset, probe: () => Subset): Uint8Array {
  // The class is only reachable through an instance: an empty subset's encodeStream() hands one out (its own
  // deferred encoding of nothing is left to run unobserved).
  EncodeStreamClass ??= probe().encodeStream().constructor as new () => EncodeStream;
  const stream = new EncodeStreamClass();
  const parts: Uint8Array[] = [];
  // Chunks may share a reused buffer: copy each one.
  stream.push = (chunk) => {
    if (chunk) parts.push(Uint8Array.from(chunk));
    return true;
  };
  subset.encode(stream);
  stream.end();
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * @pdf-lib/fontkit for @cantoo/pdf-lib. The fork calls `subset.encode()` without arguments when it exists, as
 * in @cantoo/fontkit; @pdf-lib/fontkit's `encode` needs a stream argument (and its `encodeStream()` fallback
 * waits on timer ticks, tens of milliseconds per font). Each subset is wrapped so `encode()` encodes
 * synchronously into bytes.
 *
 * @example
 * doc.registerFontkit(pdfFontkit);
 */
export const pdfFontkit = {
  create(buffer: Uint8Array, postscriptName?: string): FontkitFont {
    // Fonts are only read (a subset is a separate object), so one parse serves every build in the process.
    const cached = postscriptName === undefined ? parsed.get(buffer) : undefined;
    if (cached) return cached;
    const font = fontkit.create(buffer, postscriptName);
    if (postscriptName === undefined) parsed.set(buffer, font);
    const createSubset = font.createSubset.bind(font);
    Object.defineProperty(font, 'createSubset', {
      value: () => {
        const subset = createSubset();
        return new Proxy(subset, {
          get(target, prop) {
            if (prop === 'encode') return () => encodeSubset(target as unknown as Subset, () => createSubset() as unknown as Subset);
            const value: unknown = Reflect.get(target, prop, target);
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
      },
    });
    return font;
  },
};

// Advance widths per font and code point, in font units.
const advances = new WeakMap<Uint8Array, Map<number, number>>();

/**
 * Width of `text` at `size` points as drawn without kerning (the assembler embeds its fonts with kerning and
 * ligatures off, so this is exact, and far cheaper than shaping the text).
 *
 * @example
 * textWidth(dejaVuSansBytes, 'page 3 of 12', 7) // ≈ 43.5
 */
export function textWidth(fontBytes: Uint8Array, text: string, size: number): number {
  const font = open(fontBytes);
  let cache = advances.get(fontBytes);
  if (!cache) {
    cache = new Map();
    advances.set(fontBytes, cache);
  }
  let units = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    let w = cache.get(cp);
    if (w === undefined) {
      w = font.glyphForCodePoint(cp).advanceWidth;
      cache.set(cp, w);
    }
    units += w;
  }
  return (units * size) / font.unitsPerEm;
}

/** Font features for embedding: no kerning or ligatures, so widths are plain sums and text extracts cleanly. */
export const PLAIN_FEATURES = { kern: false, liga: false, clig: false, calt: false } as const;

const LAYOUT_TABLES = new Set(['GSUB', 'GPOS', 'GDEF', 'kern', 'morx', 'mort', 'JSTF', 'BASE']);
const plainCache = new WeakMap<Uint8Array, Uint8Array>();

/**
 * The font without its OpenType layout tables (substitutions, positioning, kerning). Text is drawn glyph by
 * glyph from the character map, which is what the assembler wants (NFC text, no ligatures) and saves shaping:
 * fontkit decodes DejaVu's large layout tables on first use, which alone cost a few hundred milliseconds.
 * Returns the bytes unchanged when they are not a plain TrueType/OpenType file.
 *
 * @example
 * await doc.embedFont(plainFont(dejaVuSansBytes), { subset: true });
 */
export function plainFont(fontBytes: Uint8Array): Uint8Array {
  const cached = plainCache.get(fontBytes);
  if (cached) return cached;
  const view = new DataView(fontBytes.buffer, fontBytes.byteOffset, fontBytes.byteLength);
  const version = fontBytes.length >= 12 ? view.getUint32(0) : 0;
  if (version !== 0x00010000 && version !== 0x4f54544f && version !== 0x74727565) return fontBytes;
  const numTables = view.getUint16(4);
  if (12 + numTables * 16 > fontBytes.length) return fontBytes;
  const kept: { tag: string; checksum: number; offset: number; length: number }[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(fontBytes[at] ?? 0, fontBytes[at + 1] ?? 0, fontBytes[at + 2] ?? 0, fontBytes[at + 3] ?? 0);
    const record = { tag, checksum: view.getUint32(at + 4), offset: view.getUint32(at + 8), length: view.getUint32(at + 12) };
    if (record.offset + record.length > fontBytes.length) return fontBytes;
    if (!LAYOUT_TABLES.has(tag)) kept.push(record);
  }
  const headerSize = 12 + kept.length * 16;
  const total = kept.reduce((n, t) => n + ((t.length + 3) & ~3), headerSize);
  const out = new Uint8Array(total);
  const w = new DataView(out.buffer);
  const pow = 2 ** Math.floor(Math.log2(kept.length));
  w.setUint32(0, version);
  w.setUint16(4, kept.length);
  w.setUint16(6, pow * 16);
  w.setUint16(8, Math.log2(pow));
  w.setUint16(10, kept.length * 16 - pow * 16);
  let offset = headerSize;
  kept.forEach((t, i) => {
    const at = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[at + k] = t.tag.charCodeAt(k);
    w.setUint32(at + 4, t.checksum);
    w.setUint32(at + 8, offset);
    w.setUint32(at + 12, t.length);
    out.set(fontBytes.subarray(t.offset, t.offset + t.length), offset);
    offset += (t.length + 3) & ~3;
  });
  plainCache.set(fontBytes, out);
  return out;
}
