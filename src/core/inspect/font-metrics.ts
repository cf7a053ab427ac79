/**
 * What a page's font says of how far its glyphs reach: each code's advance (a simple font's /Widths, a composite
 * font's /W, or the standard 14 fonts' own metrics as pdf-lib carries them), the box every glyph's ink lies in
 * (/FontBBox), and which codes are spaces and which letters or digits (its ToUnicode map, else the code as Latin-1).
 * Used to place text exactly where the content draws it; a font not read here leaves its text placed by a guess.
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, StandardFontEmbedder, type PDFContext, type PDFObject } from '@cantoo/pdf-lib';
import { decodeInto } from './decoders.js';
import { streamFilters } from './inflation.js';
import type { Box } from './page-size.js';

/** What a code stands for when words are told apart: a space between words, a letter or digit, or anything else. */
export type GlyphKind = 'space' | 'word' | 'other';

export interface FontMetrics {
  /** Bytes a code takes: 1 for a simple font, 2 for a composite one (Identity-H). */
  bytes: 1 | 2;
  /** A code's advance in ems; undefined when the font does not say. */
  width(code: number): number | undefined;
  /** What a code stands for; undefined when unknown (a composite font with no ToUnicode map). */
  kind(code: number): GlyphKind | undefined;
  /** The box (in ems, from a glyph's origin) every glyph's ink lies in; undefined when the font gives none. */
  bbox?: Box;
}

/** A ToUnicode map or a /W array longer than this is not read. */
const MAX_CMAP_BYTES = 1 << 20;
const MAX_W_ENTRIES = 65_536;
/** The standard 14 fonts pdf-lib has metrics for, by the name a PDF gives them. */
const STANDARD: ReadonlySet<string> = new Set(['Courier', 'Courier-Bold', 'Courier-Oblique', 'Courier-BoldOblique', 'Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique', 'Times-Roman', 'Times-Bold', 'Times-Italic', 'Times-BoldItalic', 'Symbol', 'ZapfDingbats']);
/** Glyph names (in a font's /Differences) of spaces and of marks that are no letter. */
const NAMED_KINDS: Readonly<Record<string, GlyphKind>> = { space: 'space', nbspace: 'space', uni00A0: 'space', underscore: 'space', period: 'other', comma: 'other', hyphen: 'other', endash: 'other', emdash: 'other', bullet: 'other', periodcentered: 'other', colon: 'other' };

const cache = new WeakMap<PDFDict, FontMetrics | null>();

/**
 * The metrics of a font dictionary, or undefined when its text cannot be placed exactly (a Type 3 font, a composite
 * font of another encoding than Identity-H, a simple font with no /Widths that is not one of the standard 14).
 *
 * @example
 * fontMetrics(doc.context, helvetica)?.width(0x41); // 0.667
 */
export function fontMetrics(context: PDFContext, font: PDFDict): FontMetrics | undefined {
  const cached = cache.get(font);
  if (cached !== undefined) return cached ?? undefined;
  let found: FontMetrics | undefined;
  try {
    found = read(context, font);
  } catch {
    found = undefined;
  }
  cache.set(font, found ?? null);
  return found;
}

function read(context: PDFContext, font: PDFDict): FontMetrics | undefined {
  const get = (d: PDFDict, key: string): PDFObject | undefined => context.lookup(d.get(PDFName.of(key)));
  const subtype = get(font, 'Subtype');
  const unicode = toUnicode(context, get(font, 'ToUnicode'));
  if (subtype === PDFName.of('Type0')) {
    const descendants = get(font, 'DescendantFonts');
    const cid = descendants instanceof PDFArray ? context.lookup(descendants.get(0)) : undefined;
    if (get(font, 'Encoding') !== PDFName.of('Identity-H') || !(cid instanceof PDFDict)) return undefined;
    const dw = get(cid, 'DW');
    const widths = cidWidths(context, get(cid, 'W'));
    if (!widths) return undefined;
    const fallback = dw instanceof PDFNumber ? dw.asNumber() : 1000;
    const bbox = fontBox(context, get(cid, 'FontDescriptor'));
    return { bytes: 2, width: (code) => (widths.get(code) ?? fallback) / 1000, kind: (code) => (unicode ? kindOf(unicode.get(code)) : undefined), ...(bbox ? { bbox } : {}) };
  }
  if (subtype === PDFName.of('Type3')) return undefined;
  const latin = (code: number): GlyphKind | undefined => kindOf(unicode ? unicode.get(code) : String.fromCharCode(code));
  const widths = get(font, 'Widths');
  const first = get(font, 'FirstChar');
  if (widths instanceof PDFArray && first instanceof PDFNumber) {
    const all = widths.asArray().map((w) => context.lookup(w));
    const descriptor = get(font, 'FontDescriptor');
    const missing = descriptor instanceof PDFDict ? get(descriptor, 'MissingWidth') : undefined;
    const width = (code: number): number | undefined => {
      const w = all[code - first.asNumber()];
      return w instanceof PDFNumber ? w.asNumber() / 1000 : missing instanceof PDFNumber ? missing.asNumber() / 1000 : undefined;
    };
    const bbox = fontBox(context, descriptor);
    return { bytes: 1, width, kind: latin, ...(bbox ? { bbox } : {}) };
  }
  const base = get(font, 'BaseFont');
  const name = base instanceof PDFName ? base.decodeText().replace(/^[A-Z]{6}\+/u, '') : '';
  return STANDARD.has(name) ? standard(context, font, name, unicode, latin) : undefined;
}

/** A standard 14 font with no /Widths: its widths from pdf-lib's metrics, through its encoding (WinAnsi's codes, its own for Symbol and ZapfDingbats) and /Differences. */
function standard(context: PDFContext, font: PDFDict, name: string, unicode: Map<number, string> | undefined, latin: (code: number) => GlyphKind | undefined): FontMetrics | undefined {
  const embedder = StandardFontEmbedder.for(name as Parameters<typeof StandardFontEmbedder.for>[0]);
  const names = new Map<number, string>();
  for (const point of embedder.encoding.supportedCodePoints) {
    const glyph = embedder.encoding.encodeUnicodeCodePoint(point);
    if (!names.has(glyph.code)) names.set(glyph.code, glyph.name);
  }
  const encoding = context.lookup(font.get(PDFName.of('Encoding')));
  const base = encoding instanceof PDFDict ? context.lookup(encoding.get(PDFName.of('BaseEncoding'))) : encoding;
  const symbolic = name === 'Symbol' || name === 'ZapfDingbats';
  // A text font's built-in (Standard) or MacRoman encoding agrees with WinAnsi on the ASCII codes only.
  const ascii = !symbolic && base !== PDFName.of('WinAnsiEncoding');
  if (base !== undefined && base !== PDFName.of('WinAnsiEncoding') && base !== PDFName.of('StandardEncoding') && base !== PDFName.of('MacRomanEncoding')) return undefined;
  const renamed = new Map<number, string>();
  const differences = encoding instanceof PDFDict ? context.lookup(encoding.get(PDFName.of('Differences'))) : undefined;
  if (differences instanceof PDFArray) {
    let code = 0;
    for (const item of differences.asArray().map((d) => context.lookup(d))) {
      if (item instanceof PDFNumber) code = item.asNumber();
      else if (item instanceof PDFName) renamed.set(code++, item.decodeText());
    }
  }
  const glyph = (code: number): string | undefined => renamed.get(code) ?? (ascii && code >= 0x80 ? undefined : names.get(code));
  const [x1, y1, x2, y2] = embedder.font.FontBBox;
  return {
    bytes: 1,
    width: (code) => {
      const g = glyph(code);
      const w = g === undefined ? undefined : embedder.font.getWidthOfGlyph(g);
      return typeof w === 'number' ? w / 1000 : undefined;
    },
    kind: (code) => {
      const named = renamed.get(code);
      if (named !== undefined && !unicode) return NAMED_KINDS[named] ?? 'word';
      return symbolic && !unicode ? 'other' : latin(code);
    },
    bbox: [x1 / 1000, y1 / 1000, x2 / 1000, y2 / 1000],
  };
}

/** What a character is, for telling words apart. */
function kindOf(char: string | undefined): GlyphKind | undefined {
  if (char === undefined) return undefined;
  if (/^[\s\u00a0_]/u.test(char)) return 'space';
  return /^[\p{L}\p{N}]/u.test(char) ? 'word' : 'other';
}

/** A font descriptor's /FontBBox in ems; undefined when it gives none (or an empty one). */
function fontBox(context: PDFContext, descriptor: PDFObject | undefined): Box | undefined {
  const box = descriptor instanceof PDFDict ? context.lookup(descriptor.get(PDFName.of('FontBBox'))) : undefined;
  const v = box instanceof PDFArray ? box.asArray().map((x) => context.lookup(x)) : [];
  if (v.length !== 4 || !v.every((x) => x instanceof PDFNumber)) return undefined;
  const [a, b, c, d] = v.map((x) => (x as PDFNumber).asNumber() / 1000) as [number, number, number, number];
  const bbox: Box = [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)];
  return bbox[2] > bbox[0] && bbox[3] > bbox[1] ? bbox : undefined;
}

/** A composite font's /W array as widths by CID (`c [w ...]` and `c1 c2 w`); undefined when damaged or too long. */
function cidWidths(context: PDFContext, w: PDFObject | undefined): Map<number, number> | undefined {
  const out = new Map<number, number>();
  // No /W: every glyph 1000 by the standard, but a font embedded without one is too rare to trust: its text is guessed.
  if (!(w instanceof PDFArray)) return undefined;
  const items = w.asArray().map((x) => context.lookup(x));
  for (let i = 0; i < items.length;) {
    const a = items[i];
    const b = items[i + 1];
    if (!(a instanceof PDFNumber)) return undefined;
    if (b instanceof PDFArray) {
      b.asArray().forEach((x, k) => {
        const v = context.lookup(x);
        if (v instanceof PDFNumber) out.set(a.asNumber() + k, v.asNumber());
      });
      i += 2;
    }
    else {
      const c = items[i + 2];
      if (!(b instanceof PDFNumber) || !(c instanceof PDFNumber) || b.asNumber() - a.asNumber() > MAX_W_ENTRIES) return undefined;
      for (let code = a.asNumber(); code <= b.asNumber(); code++) out.set(code, c.asNumber());
      i += 3;
    }
    if (out.size > MAX_W_ENTRIES) return undefined;
  }
  return out;
}

/** A ToUnicode CMap's codes and the first character each stands for (`bfchar` pairs, `bfrange` runs); undefined when none or unreadable. */
function toUnicode(context: PDFContext, cmap: PDFObject | undefined): Map<number, string> | undefined {
  const text = cmap instanceof PDFRawStream ? decodedText(context, cmap, MAX_CMAP_BYTES) : undefined;
  if (text === undefined) return undefined;
  const out = new Map<number, string>();
  const char = (hex: string): string => (hex.length >= 4 ? String.fromCharCode(parseInt(hex.slice(0, 4), 16)) : String.fromCharCode(parseInt(hex, 16)));
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/gu)) {
    for (const [, code, to] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/gu)) if (to) out.set(parseInt(code!, 16), char(to));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/gu)) {
    for (const [, lo, hi, to] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/gu)) {
      const [a, b, t] = [parseInt(lo!, 16), parseInt(hi!, 16), parseInt(to!.slice(0, 4), 16)];
      for (let c = a; c <= b && c - a <= MAX_W_ENTRIES; c++) out.set(c, String.fromCharCode(t + c - a));
    }
  }
  return out;
}

/**
 * A small stream's decoded bytes as Latin-1 text, or undefined when it is damaged or decodes past `max` bytes (a
 * font's map, an annotation's appearance: read whole, so their size is capped before and while decoding).
 */
export function decodedText(context: PDFContext, stream: PDFRawStream, max: number): string | undefined {
  if (stream.contents.length > max) return undefined;
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    decodeInto(stream.contents, streamFilters(context, stream.dict), {
      push(chunk) {
        chunks.push(chunk);
        length += chunk.length;
        if (length > max) throw new RangeError('past the cap');
      },
    });
  } catch {
    return undefined;
  }
  return length > max ? undefined : Buffer.concat(chunks).toString('latin1');
}

/** One glyph of a run as placed: its origin along the line (text space, before the matrix) and what it stands for. */
export interface PlacedGlyph {
  x: number;
  advance: number;
  kind: GlyphKind | undefined;
}

/** The text state that moves the pen between glyphs: size, `Tc`, `Tw`, `Tz` (a factor). */
export interface Spacing {
  size: number;
  charSpace: number;
  wordSpace: number;
  scale: number;
}

/**
 * Where the glyphs of one text operator's strings (`codes`, bytes as read) fall along the line, from 0, with the
 * `TJ` numbers (`kerns`: before which byte, and the number), and how far the pen moves in all; undefined when a code's
 * width is unknown or the bytes do not make whole codes.
 */
export function placeGlyphs(metrics: FontMetrics, codes: readonly number[], kerns: readonly (readonly [number, number])[], s: Spacing): { glyphs: PlacedGlyph[]; advance: number } | undefined {
  if (codes.length % metrics.bytes !== 0) return undefined;
  const glyphs: PlacedGlyph[] = [];
  let x = 0;
  let k = 0;
  for (let i = 0; i < codes.length; i += metrics.bytes) {
    for (; k < kerns.length && kerns[k]![0] <= i; k++) x -= (kerns[k]![1] / 1000) * s.size * s.scale;
    const code = metrics.bytes === 2 ? (codes[i]! << 8) | codes[i + 1]! : codes[i]!;
    const w = metrics.width(code);
    if (w === undefined) return undefined;
    // Word spacing applies to the single byte 32 only, as the PDF standard says.
    const advance = (w * s.size + s.charSpace + (metrics.bytes === 1 && code === 0x20 ? s.wordSpace : 0)) * s.scale;
    glyphs.push({ x, advance, kind: metrics.kind(code) });
    x += advance;
  }
  for (; k < kerns.length; k++) x -= (kerns[k]![1] / 1000) * s.size * s.scale;
  return { glyphs, advance: x };
}

/** The stretches (from, to along the line) of a run's words: letters and digits between spaces, marks at their ends left out; undefined when a glyph's kind is unknown. */
export function wordSpans(glyphs: readonly PlacedGlyph[]): [number, number][] | undefined {
  if (glyphs.some((g) => g.kind === undefined)) return undefined;
  const spans: [number, number][] = [];
  let from: number | undefined;
  let to = 0;
  for (const g of [...glyphs, { x: 0, advance: 0, kind: 'space' as const }]) {
    if (g.kind === 'space') {
      if (from !== undefined) spans.push([from, to]);
      from = undefined;
    }
    else if (g.kind === 'word') {
      from ??= g.x;
      to = g.x + g.advance;
    }
  }
  return spans;
}
