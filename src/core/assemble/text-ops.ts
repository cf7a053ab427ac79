/**
 * Content-stream operators for set lines (typeset.ts): each run in its font, left to right, glyph positions from
 * shaping kept with TJ adjustments and text rise, and bold for fonts without one drawn by stroking the outlines.
 */
import { endMarkedContent, PDFHexString, PDFName, PDFOperator, PDFOperatorNames, type PDFFont, type PDFPage, type PDFRef } from '@cantoo/pdf-lib';
import { encodeGlyphs } from './embedder.js';
import type { FaceId } from './scripts.js';
import { WORD_JOINER, type SetGlyph, type SetLine } from './typeset.js';

/** Stroke width of synthetic bold, as a share of the font size. */
const STROKED_BOLD = 0.035;

/**
 * A coordinate for a content stream: three decimals, no exponent, no minus zero.
 *
 * @example
 * decimal(-0.0001) // '0'
 */
export function decimal(n: number): string {
  const r = Math.round(n * 1000) / 1000;
  return String(r === 0 ? 0 : r);
}

/**
 * The name of `fontRef` in the page's font resources, added as `base` (then `base`2, ...) unless the page uses
 * that name already for another font.
 *
 * @example
 * fontKey(page, font.ref, 'PacketStamp') // 'PacketStamp'
 */
export function fontKey(page: PDFPage, fontRef: PDFRef, base: string): string {
  const { Font } = page.node.normalizedEntries();
  for (let n = 1; ; n++) {
    const key = n === 1 ? base : `${base}${n}`;
    const current = Font.get(PDFName.of(key));
    if (current === fontRef) return key;
    if (current === undefined) {
      Font.set(PDFName.of(key), fontRef);
      return key;
    }
  }
}

/**
 * The operators that open and close marked content whose text readers take as `text` instead of the glyphs'
 * own (`/Span <</ActualText ...>> BDC` ... `EMC`, PDF 2.0 14.9.4): the text as UTF-16BE with its byte order mark.
 *
 * @example
 * actualText('').begin.toString() // '/Span <</ActualText <FEFF>>> BDC'
 */
export function actualText(text: string): { begin: PDFOperator; end: PDFOperator } {
  // pdf-lib's operands take no dictionary: the property list is written from pdf-lib's objects as one operand.
  const properties = `<<${PDFName.of('ActualText').toString()} ${PDFHexString.fromText(text).toString()}>>`;
  return { begin: PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Span'), properties]), end: endMarkedContent() };
}

/** One glyph to show: its code and PDF width, and where it sits from the run's start (thousandths of an em). */
interface Placed {
  glyph: SetGlyph;
  code: string;
  width: number;
  pen: number;
}

/**
 * `TJ` (and `Ts` for a raised glyph) showing `glyphs` from the start of their run: adjustments move each glyph
 * from where the previous one left the pen to its shaped place.
 */
function showGlyphs(glyphs: readonly Placed[], size: number): string[] {
  const out: string[] = [];
  let current = 0;
  let rise = 0;
  let parts: string[] = [];
  const flush = (): void => {
    if (parts.length > 0) out.push(`[${parts.join(' ')}] TJ`);
    parts = [];
  };
  for (const { glyph: g, code, width, pen } of glyphs) {
    if (g.dy !== rise) {
      flush();
      rise = g.dy;
      out.push(`${decimal((rise * size) / 1000)} Ts`);
    }
    const shift = pen + g.dx - current;
    if (Math.abs(shift) > 0.01) parts.push(decimal(-shift));
    const last = parts[parts.length - 1];
    // Consecutive glyphs share one string.
    if (last?.startsWith('<')) parts[parts.length - 1] = `${last.slice(0, -1)}${code}>`;
    else parts.push(`<${code}>`);
    current = pen + g.dx + width;
  }
  flush();
  if (rise !== 0) out.push('0 Ts');
  return out;
}

export interface LinePlacement {
  /** Where the line's left end sits on its baseline, in user space. */
  x: number;
  y: number;
  size: number;
  /** Direction of the baseline (a quarter turn for stamps on rotated pages); default (1, 0). */
  cos?: number;
  sin?: number;
  /** Fill colour as PDF operands, e.g. '0 0 0'. */
  colour: string;
  /** Resource name prefix for the fonts on this page. */
  keyBase: string;
}

/**
 * The operators (`BT` ... `ET`, after a `RG` when a run is stroked) that draw a set line; the caller sets the fill
 * colour and wraps them in `q` ... `Q`.
 *
 * @example
 * const ops = lineOperators(page, setter.line('王芳', 'bold'), (face) => faces.get(face), { x: 64, y: 700, size: 15, colour: '0 0 0', keyBase: 'PacketText' });
 */
export function lineOperators(page: PDFPage, line: SetLine, fontOf: (face: FaceId) => PDFFont, at: LinePlacement): string {
  const { size, cos = 1, sin = 0 } = at;
  const out: string[] = [];
  if (line.runs.some((r) => r.stroked)) out.push(`${at.colour} RG`, `${decimal(size * STROKED_BOLD)} w`);
  out.push('BT');
  let stroking = false;
  let inUse = '';
  // Left to right, as pdf.js and other readers expect: runs of one font join into one text item, which the
  // reader puts back into reading order with its own bidi algorithm. In a left-to-right line, a right-to-left
  // run names its font by a second resource name: a reader starts a new item at a change of font name, so the
  // run is reversed on its own ("דוד לוי · page 2" is not read as one right-to-left phrase).
  for (const run of line.runs) {
    const font = fontOf(run.face);
    const key = fontKey(page, font.ref, run.rtl && !line.rtl ? `${at.keyBase}R` : at.keyBase);
    if (key !== inUse) out.push(`/${key} ${decimal(size)} Tf`);
    inUse = key;
    if (run.stroked !== stroking) {
      out.push(run.stroked ? '2 Tr' : '0 Tr');
      stroking = run.stroked;
    }
    const x0 = (run.x * size) / 1000;
    const tm = `${decimal(cos)} ${decimal(sin)} ${decimal(-sin)} ${decimal(cos)} ${decimal(at.x + cos * x0)} ${decimal(at.y + sin * x0)} Tm`;
    out.push(tm);
    // The PDF's own width of each glyph, which TJ adjustments correct to the shaped advance.
    const codes = encodeGlyphs(font, run.glyphs);
    // Positions in thousandths of an em, which is also the unit of TJ adjustments.
    let pen = 0;
    const placed: Placed[] = run.glyphs.map((glyph, i) => {
      const p = { glyph, code: codes[i]?.code ?? '0000', width: codes[i]?.width ?? 0, pen };
      pen += glyph.advance;
      return p;
    });
    // Glyphs that stand for no character (dots drawn apart from their letter) come after the letters, in marked
    // content whose text is empty: poppler and Acrobat skip them instead of breaking the word there, and the
    // letters stay one string for pdf.js, which splits its text at marked content.
    const apart = placed.filter((p) => p.glyph.text === WORD_JOINER);
    out.push(...showGlyphs(apart.length > 0 ? placed.filter((p) => p.glyph.text !== WORD_JOINER) : placed, size));
    if (apart.length > 0) {
      const { begin, end } = actualText('');
      out.push(begin.toString(), tm, ...showGlyphs(apart, size), end.toString());
    }
  }
  if (stroking) out.push('0 Tr');
  out.push('ET');
  return `${out.join('\n')}\n`;
}
