/**
 * What the assembler asks of a shaping engine (HarfBuzz) and of the bidi algorithm (UAX #9). The I/O layer
 * provides them (src/io/shaping.ts loads harfbuzzjs and bidi-js), only when a packet has text that needs them.
 */

/** One shaped glyph; positions in font units. */
export interface ShapedGlyph {
  /** Glyph id in the font. */
  glyph: number;
  /** UTF-16 offset, in the text given to `shape`, of the first character the glyph stands for. */
  cluster: number;
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** The result of the bidi algorithm for one line. */
export interface BidiLine {
  /** Embedding level of each UTF-16 unit: odd is right-to-left. */
  levels: Uint8Array;
  /** Whether the paragraph's base direction is right-to-left. */
  rtl: boolean;
}

export interface ShapingEngine {
  /**
   * Shape `text.slice(start, end)` (the rest of `text` is context) with the font: glyphs in visual order (left to
   * right), clusters as offsets into `text`.
   */
  shape(font: Uint8Array, text: string, start: number, end: number, options: { rtl: boolean; language?: string }): ShapedGlyph[];
  /** Resolve the embedding levels of a line; `base: 'auto'` takes the direction of its first strong letter. */
  levels(text: string, base: 'ltr' | 'rtl' | 'auto'): BidiLine;
  /** The UTF-16 offsets of a line's units in visual order (left to right), from its levels. */
  visualOrder(text: string, line: BidiLine): number[];
}
