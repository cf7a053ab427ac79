/**
 * Lines of text as glyphs: font fallback per character run, bidi ordering and shaping.
 *
 * A line every character of which DejaVu draws, in a script that needs no shaping (Latin, Greek, Cyrillic), is
 * "simple": it is measured and drawn exactly as before this module existed, glyph by glyph from DejaVu's
 * character map. Any other line is cut into runs of one font and one direction (scripts.ts picks the fonts); a
 * line with right-to-left letters is ordered by the bidi algorithm and shaped by HarfBuzz (both from the
 * `ShapingEngine`), any other line maps characters to glyphs through each font's character map (Chinese,
 * Japanese and Korean need no more).
 */
import { isInvisible } from './fonts.js';
import type { FontRole } from './layout.js';
import { faceChain, needsShaping, scriptClass, strokedBold, type FaceId, type FallbackFace, type HanStyle, type ScriptClass } from './scripts.js';
import type { BidiLine, ShapingEngine } from './shaping.js';
import { parseTrueType, type TrueTypeFont } from './truetype.js';

/** One glyph of a set line; lengths in thousandths of an em (multiply by the size and divide by 1000 for points). */
export interface SetGlyph {
  id: number;
  /** Where the next glyph starts. */
  advance: number;
  dx: number;
  dy: number;
  /** The characters the glyph stands for, as text extraction should give them ('' for a second glyph of one). */
  text: string;
}

/** A run of glyphs in one face, in visual order. */
export interface SetRun {
  face: FaceId;
  /** Bold drawn by stroking the outlines (a face with no bold of its own). */
  stroked: boolean;
  /** Right to left (an odd bidi level). */
  rtl: boolean;
  /** Start of the run from the line's left end, in thousandths of an em. */
  x: number;
  glyphs: SetGlyph[];
}

export interface SetLine {
  /** Runs in visual order, left to right. */
  runs: SetRun[];
  /** Width in thousandths of an em. */
  width: number;
  /** Whether the line reads right to left (its base direction). */
  rtl: boolean;
}

/** The fonts a typesetter draws with: DejaVu always, the others read when a character needs them. */
export interface FontSource {
  regular: Uint8Array;
  bold: Uint8Array;
  /** The other shipped fonts; without it, only DejaVu draws and every other character is refused. */
  fallback?: (face: FallbackFace) => Uint8Array | undefined;
}

/** Direction controls: kept for the bidi algorithm when a line has right-to-left letters, never drawn. */
const BIDI_CONTROL = /^[\u200E\u200F\u202A-\u202E\u2066-\u2069]$/u;
/** The text of a glyph that stands for no character of its own (a dot Noto Sans Arabic draws apart from its letter). */
export const WORD_JOINER = '\u2060';
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/u;

/**
 * Sets text for one packet: which characters can be drawn, how wide a line is, and the glyphs to draw.
 *
 * @example
 * const setter = new Typesetter(fonts, { han: 'zh', engine });
 * setter.clean('王芳 🎓', 'regular') // { text: '王芳 ?', missing: ['🎓'] }
 * setter.measure('王芳', 'bold', 12) // 24: two full-width characters
 */
export class Typesetter {
  private readonly fonts = new Map<FaceId, TrueTypeFont | null>();
  /** DejaVu's advance of each character on the simple path (font units), or -1 for one that is not simple. */
  private readonly simpleChars: Record<FontRole, Map<number, number>> = { regular: new Map(), bold: new Map(), italic: new Map(), 'bold-italic': new Map() };
  private readonly chosen = new Map<string, FaceId | null>();
  private readonly lines = new Map<string, SetLine>();

  constructor(
    private readonly source: FontSource,
    private readonly options: { han: HanStyle; engine?: ShapingEngine | undefined },
  ) {}

  /** Shape right-to-left text from now on with `engine`, loaded late (an input's form values turned out to need it). */
  useEngine(engine: ShapingEngine): void {
    this.options.engine = engine;
  }

  /** The bytes of a face, or undefined when it is not shipped (or not given). */
  bytes(face: FaceId): Uint8Array | undefined {
    if (face === 'regular') return this.source.regular;
    if (face === 'bold') return this.source.bold;
    return this.source.fallback?.(face);
  }

  /** The parsed face, read on first use. */
  font(face: FaceId): TrueTypeFont | undefined {
    let font = this.fonts.get(face);
    if (font === undefined) {
      const bytes = this.bytes(face);
      font = bytes ? parseTrueType(bytes) : null;
      this.fonts.set(face, font);
    }
    return font ?? undefined;
  }

  /** The first face of the chain for `cls` that has the character, if any. */
  private faceFor(cp: number, cls: ScriptClass, role: FontRole): FaceId | undefined {
    const key = `${role}:${cls}:${cp}`;
    let face = this.chosen.get(key);
    if (face === undefined) {
      face = faceChain(cls, role, this.options.han).find((f) => this.font(f)?.hasGlyph(cp)) ?? null;
      this.chosen.set(key, face);
    }
    return face ?? undefined;
  }

  /** DejaVu's advance for the character when it draws it on the simple path (no other font, no shaping), else -1. */
  private simpleAdvance(cp: number, role: FontRole): number {
    const known = this.simpleChars[role].get(cp);
    if (known !== undefined) return known;
    const cls = scriptClass(cp);
    const font = this.font(role);
    const simple = font !== undefined && cls !== 'arabic' && cls !== 'hebrew' && cls !== 'han' && cls !== 'kana' && cls !== 'hangul' && !needsShaping(String.fromCodePoint(cp)) && font.hasGlyph(cp);
    const advance = simple ? font.advanceWidth(font.glyphId(cp)) : -1;
    this.simpleChars[role].set(cp, advance);
    return advance;
  }

  /**
   * Whether a (clean) line is drawn as before: DejaVu's character map, glyph by glyph.
   *
   * @example
   * setter.isSimple('Åsa Ødegård', 'regular') // true
   */
  isSimple(text: string, role: FontRole): boolean {
    for (const ch of text) if (this.simpleAdvance(ch.codePointAt(0) ?? 0, role) < 0) return false;
    return true;
  }

  /**
   * Text as it is drawn, and the characters no shipped font has: NFC, tabs as spaces, controls dropped, a
   * character without a glyph shown as '?'. For text DejaVu draws, the same as `drawable` in fonts.ts.
   *
   * @example
   * setter.clean('Wang\t王', 'regular') // { text: 'Wang 王', missing: [] }
   */
  clean(text: string, role: FontRole): { text: string; missing: string[] } {
    const dejavu = this.font(role);
    const nfc = text.normalize('NFC');
    const rtl = RTL_LETTER.test(nfc);
    let out = '';
    const missing: string[] = [];
    for (const ch of nfc) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp === 9) out += ' ';
      else if (cp === 10) out += '\n';
      else if (isInvisible(cp)) continue;
      else if (dejavu?.hasGlyph(cp)) out += ch;
      else if (BIDI_CONTROL.test(ch)) out += rtl ? ch : '';
      else if (this.faceFor(cp, scriptClass(cp), role)) out += ch;
      else {
        out += '?';
        if (!missing.includes(ch)) missing.push(ch);
      }
    }
    return { text: out, missing };
  }

  /**
   * The distinct characters of `text` that no shipped font draws, in order of first appearance.
   *
   * @example
   * setter.missing('Wang 王 🎓', 'regular') // ['🎓']
   */
  missing(text: string, role: FontRole = 'regular'): string[] {
    return this.clean(text, role).missing;
  }

  /**
   * Width of a clean line in points.
   *
   * @example
   * setter.measure('page 3 of 12', 'regular', 7) // ≈ 43.5, as textWidth gives it
   */
  measure(text: string, role: FontRole, size: number): number {
    // One pass for the simple path, summed as textWidth (fonts.ts) sums it, so layouts stay as they were.
    let units = 0;
    for (const ch of text) {
      const advance = this.simpleAdvance(ch.codePointAt(0) ?? 0, role);
      if (advance < 0) return (this.line(text, role).width * size) / 1000;
      units += advance;
    }
    return (units * size) / (this.font(role)?.unitsPerEm ?? 1000);
  }

  /**
   * The base direction of a paragraph: right to left when its first strong letter is (UAX #9, rules P2-P3).
   *
   * @example
   * setter.direction('שלום world') // 'rtl'
   */
  direction(text: string): 'ltr' | 'rtl' {
    if (!RTL_LETTER.test(text) || !this.options.engine) return 'ltr';
    return this.options.engine.levels(text, 'auto').rtl ? 'rtl' : 'ltr';
  }

  /**
   * The glyphs of a clean line, in runs of one font, left to right. `base` is the paragraph's direction: 'rtl' for
   * a paragraph of Arabic text, 'ltr' for anything else (an Arabic name in a line of English).
   */
  line(text: string, role: FontRole, base: 'ltr' | 'rtl' = 'ltr'): SetLine {
    const key = `${role}${base}${text}`;
    let line = this.lines.get(key);
    if (!line) {
      line = this.setLine(text, role, base);
      // A build sets a few thousand distinct lines; the cap only guards against a pathological input.
      if (this.lines.size > 20000) this.lines.clear();
      this.lines.set(key, line);
    }
    return line;
  }

  private setLine(text: string, role: FontRole, base: 'ltr' | 'rtl'): SetLine {
    const engine = this.options.engine && needsShaping(text) ? this.options.engine : undefined;
    const bidi: BidiLine = engine ? engine.levels(text, base) : { levels: new Uint8Array(text.length), rtl: base === 'rtl' };
    const chars = this.itemize(text, role, bidi.levels);

    // Runs of one face, one level and one script class, in reading order.
    type Piece = { face: FaceId; level: number; cls: ScriptClass; start: number; end: number };
    const pieces: Piece[] = [];
    for (const c of chars) {
      const level = bidi.levels[c.start] ?? 0;
      const last = pieces[pieces.length - 1];
      if (last && last.face === c.face && last.level === level && last.cls === c.cls) last.end = c.end;
      else pieces.push({ face: c.face, level, cls: c.cls, start: c.start, end: c.end });
    }

    let runs: SetRun[] = pieces.map((p) => ({
      face: p.face,
      stroked: strokedBold(p.face, role),
      rtl: p.level % 2 === 1,
      x: 0,
      glyphs: engine ? this.shaped(engine, text, p) : this.mapped(text, p),
    }));
    if (engine) {
      const order = engine.visualOrder(text, bidi);
      const position = new Map<number, number>();
      order.forEach((index, at) => position.set(index, at));
      const first = (p: Piece): number => {
        let min = Infinity;
        for (let i = p.start; i < p.end; i++) min = Math.min(min, position.get(i) ?? Infinity);
        return min;
      };
      const keyed = runs.map((run, i) => ({ run, at: first(pieces[i] as Piece) }));
      runs = keyed.sort((a, b) => a.at - b.at).map((k) => k.run);
    }
    let x = 0;
    for (const run of runs) {
      run.x = x;
      for (const g of run.glyphs) x += g.advance;
    }
    return { runs: runs.filter((r) => r.glyphs.length > 0), width: x, rtl: bidi.rtl };
  }

  /**
   * Each character with its script class and the face that draws it. Neutral characters (spaces, digits,
   * punctuation, marks) join the letters before them, unless those read in the other direction and the letters
   * after them do not: in "محمد · CV" the " · " reads left to right and goes with "CV".
   */
  private itemize(text: string, role: FontRole, levels: Uint8Array): { start: number; end: number; cls: ScriptClass; face: FaceId }[] {
    const chars: { cp: number; start: number; end: number; cls: ScriptClass; level: number }[] = [];
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i) ?? 0;
      const end = i + (cp > 0xffff ? 2 : 1);
      chars.push({ cp, start: i, end, cls: scriptClass(cp), level: levels[i] ?? 0 });
      i = end;
    }
    type Strong = { cls: ScriptClass; level: number };
    const before: (Strong | undefined)[] = [];
    let strong: Strong | undefined;
    for (const c of chars) {
      before.push(strong);
      if (c.cls !== 'neutral') strong = c;
    }
    strong = undefined;
    for (let k = chars.length - 1; k >= 0; k--) {
      const c = chars[k] as (typeof chars)[number];
      if (c.cls !== 'neutral') {
        strong = { cls: c.cls, level: c.level };
        continue;
      }
      const prev = before[k];
      const pick = prev && (prev.level === c.level || strong?.level !== c.level) ? prev : strong;
      c.cls = pick?.cls ?? 'other';
    }
    const out: { start: number; end: number; cls: ScriptClass; face: FaceId }[] = [];
    let previous: { face: FaceId; cls: ScriptClass } | undefined;
    for (const c of chars) {
      // A space or a mark of a run stays in the font of the letter before it when that font has it.
      const keep = previous?.cls === c.cls && scriptClass(c.cp) === 'neutral' && this.font(previous.face)?.hasGlyph(c.cp);
      const face = keep && previous ? previous.face : (this.faceFor(c.cp, c.cls, role) ?? role);
      out.push({ start: c.start, end: c.end, cls: c.cls, face });
      previous = { face, cls: c.cls };
    }
    return out;
  }

  /** Glyphs straight from the character map, one per character (no shaping needed). */
  private mapped(text: string, p: { face: FaceId; start: number; end: number }): SetGlyph[] {
    const font = this.font(p.face);
    if (!font) return [];
    const scale = 1000 / font.unitsPerEm;
    const glyphs: SetGlyph[] = [];
    for (const ch of text.slice(p.start, p.end)) {
      const id = font.glyphId(ch.codePointAt(0) ?? 0);
      const width = font.advanceWidth(id) * scale;
      glyphs.push({ id, advance: width, dx: 0, dy: 0, text: ch });
    }
    return glyphs;
  }

  /** Glyphs shaped by HarfBuzz, each with the characters it stands for (a ligature several, in reading order). */
  private shaped(engine: ShapingEngine, text: string, p: { face: FaceId; level: number; cls: ScriptClass; start: number; end: number }): SetGlyph[] {
    const font = this.font(p.face);
    const bytes = this.bytes(p.face);
    if (!font || !bytes) return [];
    const rtl = p.level % 2 === 1;
    const language = p.cls === 'han' || p.cls === 'kana' ? this.options.han : p.cls === 'hangul' ? 'ko' : undefined;
    const shaped = engine.shape(bytes, text, p.start, p.end, { rtl, ...(language ? { language } : {}) });
    const scale = 1000 / font.unitsPerEm;
    // A cluster's characters run to the next cluster in reading order.
    const starts = [...new Set(shaped.map((g) => g.cluster))].sort((a, b) => a - b);
    const next = new Map<number, number>(starts.map((c, i) => [c, starts[i + 1] ?? p.end]));
    const texts = new Map<number, string>();
    const controls = new Set<number>();
    const logical = rtl ? [...shaped.keys()].reverse() : [...shaped.keys()];
    const given = new Set<number>();
    for (const i of logical) {
      const g = shaped[i];
      if (!g) continue;
      const all = [...text.slice(g.cluster, next.get(g.cluster) ?? p.end)];
      const chars = all.filter((ch) => !BIDI_CONTROL.test(ch));
      if (chars.length === 0) controls.add(i);
      if (given.has(g.cluster)) continue;
      given.add(g.cluster);
      // pdf.js reverses right-to-left text as it extracts it, ligatures included: a right-to-left ligature
      // is mapped to its characters in visual order so that they come out in reading order.
      texts.set(i, (rtl ? chars.reverse() : chars).join(''));
    }
    const glyphs: SetGlyph[] = [];
    shaped.forEach((g, i) => {
      // A glyph that stands for no character of its own (the dots Noto Sans Arabic draws apart from their letter)
      // extracts as a word joiner, an invisible format character that pdf.js skips whatever its position (poppler
      // and Acrobat take its empty /ActualText instead: text-ops.ts).
      const text = texts.get(i) || WORD_JOINER;
      const advance = g.xAdvance * scale;
      // Direction controls, which HarfBuzz keeps as empty glyphs, draw nothing.
      if (controls.has(i) && advance === 0) return;
      glyphs.push({ id: g.glyph, advance, dx: g.xOffset * scale, dy: g.yOffset * scale, text });
    });
    return glyphs;
  }
}
