import { takesNoRoom } from '../words.js';
import { parseTrueType } from './truetype.js';

/** Direction marks and controls: kept for right-to-left text, which the line layout orders by them (typeset.ts). */
const DIRECTION_CONTROL = /^[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]$/u;

/**
 * Characters that are never drawn (line breaks, tabs, other controls) and so never need a glyph: the controls, and
 * the characters the checks call ones no one can see that take no room (`takesNoRoom`: zero-width spaces and joiners,
 * variation selectors, Hangul fillers, tag characters), but the direction controls. A soft hyphen (U+00AD, a
 * hyphenation hint pasted from a web page or a PDF) is one: lines never break inside a word here, and drawn it put a
 * hyphen in the middle of one ("mem-bership").
 */
export function isInvisible(cp: number): boolean {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return true;
  if (cp < 0xad) return false;
  const ch = String.fromCodePoint(cp);
  return takesNoRoom(ch) && !DIRECTION_CONTROL.test(ch);
}

/**
 * The distinct characters of `text` that the font has no glyph for, in order of first appearance.
 * Text is compared in NFC form, the form the assembler draws.
 *
 * @example
 * missingGlyphs(dejaVuSansBytes, 'Wang 王 🎓') // ['王', '🎓']
 */
export function missingGlyphs(fontBytes: Uint8Array, text: string): string[] {
  const font = parseTrueType(fontBytes);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (isInvisible(cp) || seen.has(ch)) continue;
    seen.add(ch);
    if (!font.hasGlyph(cp)) out.push(ch);
  }
  return out;
}

/** Text as it is drawn: NFC, tabs as spaces, controls dropped, characters without a glyph shown as '?'. */
export function drawable(fontBytes: Uint8Array, text: string): string {
  const font = parseTrueType(fontBytes);
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 9) out += ' ';
    else if (cp === 10) out += '\n';
    else if (isInvisible(cp)) continue;
    else out += font.hasGlyph(cp) ? ch : '?';
  }
  return out;
}

/**
 * Width of `text` at `size` points: the sum of its glyphs' advances, exact because the assembler draws glyph by
 * glyph from the character map (no kerning or ligatures; see embedder.ts).
 *
 * @example
 * textWidth(dejaVuSansBytes, 'page 3 of 12', 7) // ≈ 43.5
 */
export function textWidth(fontBytes: Uint8Array, text: string, size: number): number {
  const font = parseTrueType(fontBytes);
  let units = 0;
  for (const ch of text) units += font.advanceWidth(font.glyphId(ch.codePointAt(0) ?? 0));
  return (units * size) / font.unitsPerEm;
}
