/**
 * A cheap look at what a page shows: its content streams (and the forms it draws) decoded block by block and
 * scanned for text-showing operators (or, for `lookForMarks`, any operator that paints; for `pageInk`, any mark
 * that shows on white paper; for `pageImagesOnly`, the images a page of scans draws and where), stopping at the first.
 * Used after copying, to find pages that came out blank (only pages without a text operator are then read with
 * pdf.js), and by the inspector, to find input files and pages on which nothing can be seen.
 */
import { PDFArray, PDFBool, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, PDFString, type PDFContext, type PDFObject } from '@cantoo/pdf-lib';
import { decodeInto, type FilterStep } from './decoders.js';
import { decodedText, fontMetrics, placeGlyphs, wordSpans, type FontMetrics, type PlacedGlyph, type Spacing } from './font-metrics.js';
import { holdsPrompt, shownFieldText } from './form-values.js';
import { streamFilters } from './inflation.js';
import { boxFrom, type Box } from './page-size.js';

import { IDENTITY, matrixOf, multiply, type Matrix } from '../matrix.js';
import { textString } from '../text-string.js';

export { multiply, type Matrix };

/** An image a page draws, with the reference it is stored under, once for each time it is drawn. */
export interface DrawnImage {
  ref: PDFRef;
  stream: PDFRawStream;
  /**
   * Where it is drawn: the transformation in force at its `Do` (the page's `cm`s, and the forms' /Matrix when it
   * is drawn by a form), which maps the image's unit square onto the page, in the page's units (before /UserUnit).
   */
  matrix: Matrix;
}

export interface PageTextLook {
  /** A text-showing operator (Tj, TJ, ', ") was found in the page or a form it draws. */
  text: boolean;
  /** The page (or a form it draws) has fonts: without any, no reader can find text on it. */
  fonts: boolean;
}

const N = {
  Contents: PDFName.of('Contents'),
  Resources: PDFName.of('Resources'),
  XObject: PDFName.of('XObject'),
  Font: PDFName.of('Font'),
  Subtype: PDFName.of('Subtype'),
  Form: PDFName.of('Form'),
  Annots: PDFName.of('Annots'),
  Link: PDFName.of('Link'),
  AP: PDFName.of('AP'),
  Image: PDFName.of('Image'),
  Type3: PDFName.of('Type3'),
  Type0: PDFName.of('Type0'),
  ExtGState: PDFName.of('ExtGState'),
  BBox: PDFName.of('BBox'),
  Widget: PDFName.of('Widget'),
  FreeText: PDFName.of('FreeText'),
  N: PDFName.of('N'),
  Rect: PDFName.of('Rect'),
  F: PDFName.of('F'),
  CA: PDFName.of('CA'),
  OC: PDFName.of('OC'),
  Properties: PDFName.of('Properties'),
  OCProperties: PDFName.of('OCProperties'),
  D: PDFName.of('D'),
  ON: PDFName.of('ON'),
  OFF: PDFName.of('OFF'),
  BaseState: PDFName.of('BaseState'),
  Type: PDFName.of('Type'),
  OCG: PDFName.of('OCG'),
  OCMD: PDFName.of('OCMD'),
  OCGs: PDFName.of('OCGs'),
  P: PDFName.of('P'),
  VE: PDFName.of('VE'),
  AnyOn: PDFName.of('AnyOn'),
  AllOn: PDFName.of('AllOn'),
} as const;

/** Forms followed, in depth and in number: real pages draw a handful. */
const MAX_FORM_DEPTH = 8;
const MAX_FORMS = 64;
/** Images drawn on one page, counting each time: past this many, a page is not taken for a page of scans. */
const MAX_DRAWN_IMAGES = 4096;


export { decodedText } from './font-metrics.js';

class Found extends Error {}

/** Bytes of a text operator's strings kept to read its words by: enough for "NOT FOR DISTRIBUTION". */
const MAX_SHOWN_BYTES = 48;
/** Codes of the strings one text operator shows kept to tell what it draws (a run of filled boxes): a line's worth. */
const MAX_SHOWN_CODES = 512;

const WS = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WS[c] = 1;
const DELIM = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIM[c.charCodeAt(0)] = 1;
const TEXT_OPERATORS: ReadonlySet<string> = new Set(['Tj', 'TJ', "'", '"']);
/** Everything that leaves a mark: text, images and forms (`Do`), inline images, shadings, filled or stroked paths. */
const PAINT_OPERATORS: ReadonlySet<string> = new Set([...TEXT_OPERATORS, 'Do', 'BI', 'sh', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'S', 's']);
/** Every mark but `Do`: what a page of scans does not draw. */
const NON_IMAGE_OPERATORS: ReadonlySet<string> = new Set([...PAINT_OPERATORS].filter((op) => op !== 'Do'));

/**
 * A content-stream scanner fed in blocks: skips strings, comments and inline image data, stops (throws `Found`)
 * at a text operator, and notes the names drawn with `Do`.
 */
class OperatorScanner {
  constructor(private readonly wanted: ReadonlySet<string> = TEXT_OPERATORS) {}
  readonly drawn: string[] = [];
  found = false;
  private token = '';
  /** The last name read (an operand of `Do`, `gs`, `Tf`). */
  protected lastName = '';
  /** The names read since the last operator (a `BDC`'s tag and property list), up to 8. */
  protected names: string[] = [];
  /** Bytes of strings read since this was last set to 0: a bound on the glyphs a text operator shows. */
  protected stringBytes = 0;
  /** The first bytes of literal strings read since `stringBytes` was last set to 0 (escapes kept as written). */
  protected shownBytes = '';
  /** The character codes of the strings read since `shownBytes` was last emptied (literal and hex), up to MAX_SHOWN_CODES. */
  protected shownCodes: number[] = [];
  /** An octal escape or a line continuation was read in those strings: `shownCodes` does not hold their codes one for one. */
  protected oddEscape = false;
  /** A hex string's first digit of a byte, -1 when none is pending. */
  private nibble = -1;
  private stringDepth = 0;
  private escaped = false;
  private comment = false;
  private hex = false;
  /** A `<` was just read: nothing of the hex string yet. */
  private hexEmpty = false;
  /** Inside inline image data: how much of "EI" (after white space) has been seen, -1 before the white space. */
  private inline = -2;
  /** Set by a subclass at `BI`: the inline image's dictionary tokens are kept here (names with their `/`) until `ID`. */
  protected inlineDict: string[] | undefined;
  /** Set by a subclass at `ID`: the inline image's data bytes are kept here (up to MAX_INLINE_BYTES) and handed to `inlineImage` at `EI`. */
  protected inlineData: number[] | undefined;

  push(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i++) this.byte(chunk[i]!);
  }

  end(): void {
    this.endToken();
  }

  /** The end of one of a page's content streams: a token ends there (the next stream's first is another). */
  boundary(): void {
    this.comment = false;
    this.endToken();
  }

  private byte(c: number): void {
    if (this.inline > -2) {
      // Binary data until white space, "EI", white space.
      if (this.inline === -1) this.inline = WS[c] ? 0 : -1;
      else if (this.inline === 0) this.inline = c === 0x45 ? 1 : WS[c] ? 0 : -1;
      else if (this.inline === 1) this.inline = c === 0x49 ? 2 : WS[c] ? 0 : -1;
      else this.inline = WS[c] || DELIM[c] ? -2 : -1;
      if (this.inlineData) {
        // One byte past the limit marks data too long to keep.
        if (this.inlineData.length <= MAX_INLINE_BYTES) this.inlineData.push(c);
        if (this.inline === -2) {
          const data = this.inlineData;
          this.inlineData = undefined;
          // The data ends before the white space, "EI" and the byte after; white space before it is left (decoders skip it, raw reads stop at their size).
          if (data.length <= MAX_INLINE_BYTES) this.inlineImage(data.slice(0, -3));
        }
      }
      return;
    }
    if (this.comment) {
      if (c === 0x0a || c === 0x0d) this.comment = false;
      return;
    }
    if (this.stringDepth > 0) {
      this.stringBytes++;
      if (this.shownBytes.length < MAX_SHOWN_BYTES && !(c === 0x29 && this.stringDepth === 1 && !this.escaped)) this.shownBytes += String.fromCharCode(c);
      // A code as shown: an escaped one is its character (`\(`, `\\`), `\n` a line feed; octal escapes are rare and kept as their digits.
      if (this.shownCodes.length < MAX_SHOWN_CODES && (this.escaped || (c !== 0x5c && !(c === 0x29 && this.stringDepth === 1)))) this.shownCodes.push(this.escaped && c === 0x6e ? 0x0a : c);
      if (this.escaped) {
        if ((c >= 0x30 && c <= 0x37) || c === 0x0a || c === 0x0d) this.oddEscape = true;
        this.escaped = false;
      }
      else if (c === 0x5c) this.escaped = true;
      else if (c === 0x28) this.stringDepth++;
      else if (c === 0x29) this.stringDepth--;
      return;
    }
    if (this.hex) {
      // A second `<` straight after the first opens a dictionary (`/Artifact << /Subtype /Watermark >> BDC`): its names are read.
      if (c === 0x3c && this.hexEmpty) this.hex = false;
      else if (c === 0x3e) {
        this.hex = false;
        if (this.nibble >= 0 && this.shownCodes.length < MAX_SHOWN_CODES) this.shownCodes.push(this.nibble << 4);
      }
      else {
        this.stringBytes += 0.5;
        const digit = WS[c] ? -1 : parseInt(String.fromCharCode(c), 16);
        if (digit >= 0 && this.nibble < 0) this.nibble = digit;
        else if (digit >= 0) {
          if (this.shownCodes.length < MAX_SHOWN_CODES) this.shownCodes.push((this.nibble << 4) | digit);
          this.nibble = -1;
        }
      }
      this.hexEmpty = false;
      return;
    }
    if (WS[c]) return this.endToken();
    if (DELIM[c]) {
      this.endToken();
      if (c === 0x28) this.stringDepth = 1;
      else if (c === 0x25) this.comment = true;
      else if (c === 0x2f) this.token = '/';
      // `<<` (an inline image's dictionary) is not a hex string; a lone `<` is.
      else if (c === 0x3c) {
        this.hex = true;
        this.hexEmpty = true;
        this.nibble = -1;
      }
      else if (c === 0x3e) this.hex = false;
      return;
    }
    if (this.token.length < 64) this.token += String.fromCharCode(c);
  }

  /** A token other than a name, for a subclass to take (true: taken); `ID` and `Do` still need `lastName` and `inline`. */
  protected token_(_t: string): boolean {
    return false;
  }

  private endToken(): void {
    const t = this.token;
    this.token = '';
    this.hex = false;
    if (t === '') return;
    // A dictionary past 64 tokens is damage (a `BI` with no `ID`): the content is read on as operators.
    if (this.inlineDict && t !== 'ID' && this.inlineDict.length < 64) {
      this.inlineDict.push(t);
      return;
    }
    if (this.inlineDict && t !== 'ID') this.inlineDict = undefined;
    if (t.startsWith('/')) {
      this.lastName = t.slice(1);
      if (this.names.length < 8) this.names.push(this.lastName);
    }
    else if (this.token_(t)) return;
    else if (this.wanted.has(t)) {
      this.found = true;
      throw new Found();
    }
    else if (t === 'Do' && this.lastName) this.draw(this.lastName);
    else if (t === 'ID') this.inline = -1;
  }

  /** A `Do` of the XObject named `name`. */
  protected draw(name: string): void {
    this.drawn.push(name);
  }

  /** The data of an inline image whose bytes a subclass asked for (`inlineData`), at its `EI`. */
  protected inlineImage(_data: readonly number[]): void {}
}

/** Bytes of an inline image's data kept when asked for: a 16-pixel CMYK image in hex with white space fits. */
const MAX_INLINE_BYTES = 512;

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

/**
 * A scanner that hands each operator the numbers before it (up to 8), and keeps a state of its own across `q` and
 * `Q`: what `cm` or a colour sets lasts until the `Q` that closes its group.
 */
abstract class StateScanner<S> extends OperatorScanner {
  private operands: number[] = [];
  /** The sum of the sizes of the numbers since the last operator (a `TJ` array's moves, however many). */
  protected moves = 0;
  /** The numbers since the last operator with the count of string bytes read before each (a `TJ` array's moves, in place). */
  protected kerns: [number, number][] = [];
  private readonly saved: S[] = [];

  constructor(
    wanted: ReadonlySet<string>,
    protected state: S,
  ) {
    super(wanted);
  }

  protected override token_(t: string): boolean {
    if (NUMBER.test(t)) {
      this.operands.push(Number(t));
      this.moves += Math.abs(Number(t));
      if (this.kerns.length < MAX_SHOWN_CODES) this.kerns.push([this.shownCodes.length, Number(t)]);
      if (this.operands.length > 8) this.operands.shift();
      return true;
    }
    const o = this.operands;
    this.operands = [];
    let taken = true;
    if (t === 'q') this.saved.push(this.state);
    else if (t === 'Q') this.state = this.saved.pop() ?? this.state;
    else taken = this.operator(t, o);
    this.names = [];
    this.moves = 0;
    this.kerns = [];
    this.stringBytes = 0;
    this.shownBytes = '';
    this.shownCodes = [];
    this.oddEscape = false;
    return taken;
  }

  /**
   * Where the glyphs of the strings the text operator `t` just read fall along the line, by `font`'s metrics (its
   * widths, with the spacing and a `TJ` array's moves in place); undefined when that is not known exactly.
   */
  protected placedRun(t: string, context: PDFContext, font: PDFDict | undefined, spacing: Spacing): { metrics: FontMetrics; glyphs: PlacedGlyph[]; advance: number } | undefined {
    if (!font || this.oddEscape || this.shownCodes.length >= MAX_SHOWN_CODES || this.kerns.length >= MAX_SHOWN_CODES) return undefined;
    const metrics = fontMetrics(context, font);
    const placed = metrics && placeGlyphs(metrics, this.shownCodes, t === 'TJ' ? this.kerns : [], spacing);
    return placed && { ...placed, metrics };
  }

  /** An operator other than `q` and `Q`, with the numbers before it; true when taken. The state is replaced, never changed in place. */
  protected abstract operator(t: string, operands: readonly number[]): boolean;
}

/** What a `PlacingScanner` keeps across `q` and `Q`: the transformation, and the text rendering mode (`Tr`). */
interface Placing {
  ctm: Matrix;
  mode: number;
}

/**
 * A scanner that also follows the transformation (`cm`, `q`, `Q`), and notes where each XObject is drawn: the
 * CTM at its `Do`, relative to the content's own space. With `invisibleText`, text shown in rendering mode 3 (an
 * OCR layer: no ink) is passed over; a content starts in mode 0, so text whose mode a form would inherit counts.
 */
class PlacingScanner extends StateScanner<Placing> {
  readonly placed: { name: string; matrix: Matrix }[] = [];

  constructor(
    wanted: ReadonlySet<string>,
    private readonly invisibleText = false,
  ) {
    super(wanted, { ctm: IDENTITY, mode: 0 });
  }

  protected override operator(t: string, o: readonly number[]): boolean {
    if (t === 'Tr') {
      this.state = { ...this.state, mode: o.at(-1) ?? 0 };
      return true;
    }
    // Invisible text taken here is not found: an OCR layer shows nothing over its scan.
    if (TEXT_OPERATORS.has(t)) return this.invisibleText && this.state.mode === 3;
    if (t !== 'cm') return false;
    // Fewer than six numbers: an operator viewers skip.
    if (o.length >= 6) this.state = { ...this.state, ctm: multiply(o.slice(-6) as unknown as Matrix, this.state.ctm) };
    return true;
  }

  protected override draw(name: string): void {
    super.draw(name);
    this.placed.push({ name, matrix: this.state.ctm });
  }
}

/** The state that decides whether a mark shows on white paper (what `q` saves and `Q` restores). */
interface Ink {
  /** Text rendering mode (`Tr`): 3 and 7 draw nothing. */
  mode: number;
  /** The fill and stroke colours, as keys equal for equal colours (`colourKey`); undefined: one not followed (a pattern, a spot colour). */
  fill: string | undefined;
  stroke: string | undefined;
  /** Fully transparent (`/ca 0`, `/CA 0` of an ExtGState set with `gs`): what is painted shows nothing. */
  fillClear: boolean;
  strokeClear: boolean;
  /** A fill paints over what is under it: fully opaque (`/ca 1`), in the Normal blend mode, with no soft mask. */
  fillOpaque: boolean;
  /** The same of a stroke (`/CA 1`). */
  strokeOpaque: boolean;
  /** The transformation in force, from the content's space to the page's. */
  ctm: Matrix;
  /** Bounds of the clip on the page (a clip lies within the bounds of its paths); undefined: not clipped. */
  clip: Box | undefined;
  /** The clip is exactly `clip` (rectangles only), so a fill covers all of what it fills within it. */
  clipExact: boolean;
  lineWidth: number;
  /** Text state: `Tf` size, `Tz` (as a factor), `Ts`, `Tc`, `Tw`, `TL`. */
  size: number;
  scale: number;
  rise: number;
  charSpace: number;
  wordSpace: number;
  leading: number;
  /** The font set (`Tf`), whose metrics may place its text exactly. */
  font?: PDFDict | undefined;
}

/** The page a content is read for: what of it viewers show (its crop box within its media box), and its resources. */
interface InkPage {
  context: PDFContext;
  box?: Box;
  resources?: PDFDict;
  /** The layers (optional-content groups) the document hides: what is drawn in them shows nothing. */
  hidden: HiddenLayers;
}

/** A glyph is taken to reach at most this many ems from its origin (real fonts stay well within one or two). */
const GLYPH_EMS = 2;
/** A mark under a transformation that shrinks it below this many points across shows nothing. */
const TOO_SMALL = 0.01;
/** Opacity at most this (one level of 255) paints nothing a reader can see. */
const CLEAR = 1 / 255;

/** The bounds of `points` ([x, y, x, y, ...]) after `m`. */
function boundsOf(points: readonly number[], m: Matrix): Box {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i + 1 < points.length; i += 2) {
    const x = m[0] * points[i]! + m[2] * points[i + 1]! + m[4];
    const y = m[1] * points[i]! + m[3] * points[i + 1]! + m[5];
    [x1, y1, x2, y2] = [Math.min(x1, x), Math.min(y1, y), Math.max(x2, x), Math.max(y2, y)];
  }
  return [x1, y1, x2, y2];
}

/** The part two areas share (an area of no width or height when they do not meet). */
function meet(a: Box, b: Box): Box {
  return [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
}

/** The smallest box holding both. */
function hull(a: Box, b: Box): Box {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

/** How far a matrix stretches at most (a bound on its largest scale). */
function stretch(m: Matrix): number {
  return Math.abs(m[0]) + Math.abs(m[1]) + Math.abs(m[2]) + Math.abs(m[3]);
}


/**
 * The text-line operators (BT, Tm, Td, TD, T*, TL) as both scanners that place text follow them: the line matrix they
 * start and the leading they set; undefined for any other operator.
 */
function textLine(t: string, o: readonly number[], line: Matrix, leading: number): { matrix?: Matrix; leading?: number } | undefined {
  switch (t) {
    case 'TL':
      return o.length > 0 ? { leading: o.at(-1)! } : {};
    case 'BT':
      return { matrix: IDENTITY };
    case 'Tm':
      return o.length >= 6 ? { matrix: o.slice(-6) as unknown as Matrix } : {};
    case 'Td':
    case 'TD':
      if (o.length < 2) return {};
      return { matrix: multiply([1, 0, 0, 1, o.at(-2)!, o.at(-1)!], line), ...(t === 'TD' ? { leading: -o.at(-1)! } : {}) };
    case 'T*':
      return { matrix: multiply([1, 0, 0, 1, 0, -leading], line) };
    default:
      return undefined;
  }
}
/**
 * A scanner that notes where marks show on white paper (`seen`), and whether anything was painted at all: text in
 * an invisible rendering mode (OCR text over a scan whose image is gone), in white or fully transparent, at size
 * zero, under a matrix that shrinks it to nothing, clipped away, outside the page or in a hidden layer, and shapes
 * and images the same way, paint but show nothing; opaque fills of the paper's colour (any shape, curves flattened) over all that
 * showed before them hide it, and an opaque fill over the whole page becomes the paper. Where a mark is comes from the transformation, the clip's bounds and, for text, a generous bound on how
 * far its glyphs reach: a mark that might show counts as shown, and a fill covers only where it certainly fills.
 */
class InkScanner extends StateScanner<Ink> {
  painted = false;
  /** The bounds on the page of the marks that show so far; undefined when none, or when painted over since. */
  seen: Box | undefined;
  /** Where opaque white fills were painted (up to MAX_COVERS): an annotation whose appearance fills its box hides what is under it. */
  readonly covers: Box[] = [];
  /** Marked content, and whether what is drawn now is in a hidden layer. */
  private readonly marked = new MarkedContent();
  /** The current path is exactly this rectangle (one `re` under a CTM that keeps it upright); undefined otherwise. */
  private rect: Box | undefined;
  private bytes = 0;
  /** The text line matrix (`Td`, `Tm`, `T*`) and how far the text shown on the line since may have moved from it. */
  private line: Matrix = IDENTITY;
  private drift = 0;
  /** Where the pen is on the line, while all text shown on it since was placed by its font's metrics; undefined once not. */
  private pen: number | undefined = 0;
  /** The current path's points, on the page, and whether a `W` makes it the clip when it ends. */
  private path: number[] = [];
  private clipping = false;
  /** The current path's subpaths on the page, curves flattened into lines (undefined past MAX_SHAPE_POINTS: too many to judge). */
  private shape: number[][] | undefined = [];

  /** The colour the page shows where nothing else is: white paper, or the colour of an opaque fill over the whole page. */
  paper = WHITE;
  /** Where fills of the paper's colour were painted since something last showed: together they may cover all of it. */
  private over: Box[] = [];
  /** The images that are all that shows (an opaque one drawn over all that showed before); undefined when something else shows. */
  shownImages: DrawnImage[] | undefined = [];
  /** The images the operator being read draws (one directly, or those a form shows); none when it draws something else. */
  private images: DrawnImage[] = [];
  /** What showed before this content, as read by a form drawn over it, was painted over; and whether anything showed since. */
  private hid = false;
  private showed = false;

  constructor(private readonly page: InkPage, ctm: Matrix = IDENTITY, start: Partial<Ink> = {}, private readonly forms = 0) {
    super(new Set(), {
      mode: 0, fill: BLACK, stroke: BLACK, fillClear: false, strokeClear: false, fillOpaque: true, strokeOpaque: true, ctm, clip: undefined,
      clipExact: true, lineWidth: 1, size: 0, scale: 1, rise: 0, charSpace: 0, wordSpace: 0, leading: 0, ...start,
    });
  }

  // Past MAX_INK_BYTES with something shown, the page is taken as showing it: a cover later is too rare to read on for.
  override push(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    if (this.seen && this.bytes > MAX_INK_BYTES) {
      this.found = true;
      throw new Found();
    }
    super.push(chunk);
  }

  protected override operator(t: string, o: readonly number[]): boolean {
    const last = (n: number): readonly number[] | undefined => (o.length >= n ? o.slice(-n) : undefined);
    const colour = (n: number): string | undefined => { const v = last(n); return v ? colourKey(v) : undefined; };
    const set = (change: Partial<Ink>): true => {
      this.state = { ...this.state, ...change };
      return true;
    };
    const x = o.at(-1);
    // Where the next text line starts: the same in every scanner that places text.
    const moved = textLine(t, o, this.line, this.state.leading);
    if (moved) {
      if (moved.leading !== undefined) set({ leading: moved.leading });
      return moved.matrix ? this.newLine(moved.matrix) : true;
    }
    switch (t) {
      case 'Tr':
        return set({ mode: x ?? 0 });
      case 'g':
      case 'rg':
      case 'k':
        return set({ fill: colour(t === 'g' ? 1 : t === 'rg' ? 3 : 4) });
      case 'G':
      case 'RG':
      case 'K':
        return set({ stroke: colour(t === 'G' ? 1 : t === 'RG' ? 3 : 4) });
      // A colour space or a colour by name (a pattern, a spot colour): taken as showing.
      case 'cs':
      case 'sc':
      case 'scn':
        return set({ fill: undefined });
      case 'CS':
      case 'SC':
      case 'SCN':
        return set({ stroke: undefined });
      case 'cm':
        // Fewer than six numbers: an operator viewers skip.
        return o.length >= 6 ? set({ ctm: multiply(o.slice(-6) as unknown as Matrix, this.state.ctm) }) : true;
      case 'w':
        return x === undefined ? true : set({ lineWidth: x });
      case 'gs':
        return set(this.extGState(this.lastName));
      case 'Tf':
        return x === undefined ? true : set({ size: x, font: this.font(this.lastName) });
      case 'Tz':
        return x === undefined ? true : set({ scale: x / 100 });
      case 'Ts':
        return x === undefined ? true : set({ rise: x });
      case 'Tc':
        return x === undefined ? true : set({ charSpace: x });
      case 'Tw':
        return x === undefined ? true : set({ wordSpace: x });
      case 'm':
      case 'l':
      case 'c':
      case 'v':
      case 'y': {
        this.rect = undefined;
        const points = last(t === 'c' ? 6 : t === 'v' || t === 'y' ? 4 : 2);
        this.path.push(...boundsOf(points ?? [], this.state.ctm).filter(Number.isFinite));
        this.trace(t, points);
        return true;
      }
      case 'h':
        return true;
      case 're': {
        const r = last(4);
        const m = this.state.ctm;
        const alone = this.path.length === 0 && (m[1] === 0 && m[2] === 0 || m[0] === 0 && m[3] === 0);
        this.rect = undefined;
        if (r) this.path.push(...boundsOf([r[0]!, r[1]!, r[0]! + r[2]!, r[1]! + r[3]!, r[0]!, r[1]! + r[3]!, r[0]! + r[2]!, r[1]!], this.state.ctm));
        if (r && alone && this.path.length === 4) this.rect = boundsOf(this.path, IDENTITY);
        if (r) this.trace('re', r);
        return true;
      }
      case 'BMC':
      case 'BDC':
      case 'EMC':
        return this.marked.operator(t, this.page, this.names);
      case 'W':
      case 'W*':
        this.clipping = true;
        return true;
      case 'n':
        this.endPath();
        return true;
    }
    if (t === "'" || t === '"') {
      if (t === '"' && o.length >= 2) set({ wordSpace: o.at(-2)!, charSpace: o.at(-1)! });
      this.newLine(multiply([1, 0, 0, 1, 0, -this.state.leading], this.line));
    }
    this.images = [];
    const drawn = this.shows(t);
    if (drawn === undefined) return false;
    const shows = this.marked.hidden ? false : drawn;
    const cover = PATH_FILLING.has(t) ? this.cover(EVEN_ODD.has(t)) : undefined;
    const band = PATH_STROKING.has(t) ? this.strokeCover() : undefined;
    if (PATH_PAINTING.has(t)) this.endPath();
    this.painted = true;
    // An opaque fill of another colour over the whole page is its new paper: what showed is gone, and it is no content.
    if (cover && cover.colour !== this.paper && this.page.box && cover.covers(this.page.box)) {
      this.paper = cover.colour;
      this.hide();
      return true;
    }
    // Opaque fills of the paper's colour over all that showed hide it, as whiteout and redaction tools leave a page.
    if (cover?.colour === this.paper) {
      for (const box of cover.boxes) this.paint(box);
      if (this.seen && cover.covers(this.seen)) this.hide();
    }
    // A wide stroke of the paper's colour (white-out drawn as a thick white line) hides as a box does.
    if (band) this.paint(band);
    if (shows) this.show(shows);
    return true;
  }

  /** Adds what the path operator `t` (or `re`) draws, with its numbers, to the current path's subpaths on the page. */
  private trace(t: string, o: readonly number[] | undefined): void {
    this.shape = traced(this.shape, t, o, this.state.ctm);
  }

  /** Marks at `box` show: fills before them do not cover them, and they are an image only when the operator drew one. */
  private show(box: Box): void {
    this.seen = this.seen ? [Math.min(this.seen[0], box[0]), Math.min(this.seen[1], box[1]), Math.max(this.seen[2], box[2]), Math.max(this.seen[3], box[3])] : box;
    this.over = [];
    this.showed = true;
    this.shownImages = this.images.length > 0 && this.shownImages ? [...this.shownImages, ...this.images] : undefined;
  }

  /** All that showed is painted over. */
  private hide(): void {
    this.hid = true;
    this.seen = undefined;
    this.over = [];
    this.shownImages = [];
  }

  /** An opaque fill of the paper's colour at `box`: with those since something last showed, it may cover all of it. */
  private paint(box: Box): void {
    if (this.covers.length < MAX_COVERS) join(this.covers, box);
    if (this.over.length >= MAX_COVERS) return;
    join(this.over, box);
    if (this.seen && coveredBy(this.seen, this.over)) this.hide();
  }

  /**
   * What the fill being painted certainly covers, and in what colour, when it is opaque in a known colour in a shown
   * layer within an exact clip: the upright rectangles it fills (when its path is only those), and whether it fills
   * all of an area (any shape, curves flattened; `evenOdd` for `f*`).
   */
  private cover(evenOdd: boolean): { boxes: Box[]; covers: (box: Box) => boolean; colour: string } | undefined {
    const s = this.state;
    // Subpaths of fewer than three points fill nothing.
    const shape = this.shape?.filter((p) => p.length >= 6);
    if (s.fill === undefined || s.fillClear || !s.fillOpaque || !s.clipExact || !shape || shape.length === 0 || this.marked.hidden) return undefined;
    const area = this.area();
    if (!area) return undefined;
    const rects = shape.map(uprightRect);
    // Overlapping rectangles filled even-odd leave a hole where they meet.
    const apart = !evenOdd || rects.every((a, i) => a && rects.every((b, j) => j <= i || !b || !overlaps(a, b)));
    const boxes = rects.every((r) => r !== undefined) && apart ? rects.map((r) => meet(r!, area)).filter((b) => b[2] > b[0] && b[3] > b[1]) : [];
    const covers = (box: Box): boolean => contains(area, box) && (coveredBy(box, boxes) || fills(shape, box, evenOdd));
    return { boxes, covers, colour: s.fill };
  }

  /** The box a stroke of the paper's colour certainly paints (one line or curve along a band, or a rectangle whose border is as wide as it), when opaque within an exact clip. */
  private strokeCover(): Box | undefined {
    const s = this.state;
    const lines = this.shape?.filter((p) => p.length > 0);
    const area = this.area();
    if (s.stroke !== this.paper || s.strokeClear || !s.strokeOpaque || !s.clipExact || this.marked.hidden || !area || lines?.length !== 1) return undefined;
    const half = (s.lineWidth / 2) * Math.sqrt(Math.abs(s.ctm[0] * s.ctm[3] - s.ctm[1] * s.ctm[2]));
    const box = this.rect ? strokedRect(this.rect, half) : strokeBand(lines[0]!, half);
    return box && overlaps(box, area) ? meet(box, area) : undefined;
  }

  /** Where on the page the mark `t` paints shows (bounds within the area marks can show in); false when nowhere, undefined when `t` paints nothing. */
  private shows(t: string): Box | false | undefined {
    const s = this.state;
    const fill = s.fill !== this.paper && !s.fillClear;
    const stroke = s.stroke !== this.paper && !s.strokeClear;
    const area = this.area();
    const within = (b: Box): Box | false => (overlaps(b, area!) ? meet(b, area!) : false);
    if (TEXT_OPERATORS.has(t)) {
      // Text in a clipping mode makes the clip its glyphs' shapes: no longer a rectangle.
      if (s.mode >= 4) this.state = { ...s, clipExact: false };
      const m = s.mode % 4;
      // Placed first: text that shows nothing still moves the pen along its line.
      const glyphs = this.glyphs(t);
      if (m === 3 || !(m === 0 ? fill : m === 1 ? stroke : fill || stroke) || !area) return false;
      return glyphs !== undefined && within(glyphs);
    }
    const painted = t === 'f' || t === 'F' || t === 'f*' ? fill : t === 'S' || t === 's' ? stroke : PATH_PAINTING.has(t) ? fill || stroke : undefined;
    if (painted !== undefined) {
      if (!painted || !area) return false;
      if (this.path.length < 2) return area;
      const filled = t === 'f' || t === 'F' || t === 'f*';
      // A shape shrunk to a point fills nothing; a stroke reaches half its width beyond its path, and the thinnest line still shows.
      if (filled && stretch(s.ctm) < TOO_SMALL) return false;
      const reach = (filled ? 0 : (s.lineWidth / 2) * stretch(s.ctm)) + 1;
      const [x1, y1, x2, y2] = boundsOf(this.path, IDENTITY);
      return within([x1 - reach, y1 - reach, x2 + reach, y2 + reach]);
    }
    // A shading or an image has colours of its own: only an image mask is painted in the fill colour.
    if (t === 'sh') return !s.fillClear && area !== undefined && area;
    if (t === 'BI') return !s.fillClear && area !== undefined && this.placedShows([0, 0, 1, 1], IDENTITY, area);
    if (t === 'Do') return area !== undefined && this.xobjectShows(this.lastName, fill, area);
    return undefined;
  }

  /** Where marks can show: the page's box within the clip's bounds; undefined when nowhere. */
  private area(): Box | undefined {
    const { clip } = this.state;
    const box = clip && this.page.box ? meet(clip, this.page.box) : (clip ?? this.page.box ?? [-Infinity, -Infinity, Infinity, Infinity]);
    return box[2] > box[0] && box[3] > box[1] ? box : undefined;
  }

  /** Where in `area` a shape of bounds `bbox` drawn under `matrix` (then the CTM) may show; false when nowhere. */
  private placedShows(bbox: Box, matrix: Matrix, area: Box): Box | false {
    const m = multiply(matrix, this.state.ctm);
    if (stretch(m) * Math.max(bbox[2] - bbox[0], bbox[3] - bbox[1]) < TOO_SMALL) return false;
    const placed = boundsOf([bbox[0], bbox[1], bbox[2], bbox[3], bbox[0], bbox[3], bbox[2], bbox[1]], m);
    return overlaps(placed, area) && meet(placed, area);
  }

  /** Where the XObject `name` may show: an image (not transparent) or a form within the area, not in a hidden layer; anything else is taken as showing anywhere. */
  private xobjectShows(name: string, fill: boolean, area: Box): Box | false {
    const { context, resources } = this.page;
    const xobjects = resources ? context.lookup(resources.get(N.XObject)) : undefined;
    const xobject = xobjects instanceof PDFDict ? context.lookup(xobjects.get(PDFName.of(name))) : undefined;
    if (!(xobject instanceof PDFStream)) return area;
    if (this.page.hidden(xobject.dict.get(N.OC))) return false;
    const subtype = xobject.dict.get(N.Subtype);
    if (subtype === N.Image) return this.imageShows(xobject, xobjects instanceof PDFDict ? xobjects.get(PDFName.of(name)) : undefined, fill, area);
    if (subtype !== N.Form) return area;
    const bbox = boxFrom(context, xobject.dict.get(N.BBox));
    if (bbox === undefined) return area;
    const matrix = matrixOf(context, xobject.dict);
    const placed = this.placedShows(bbox, matrix, area);
    if (!placed || this.forms >= MAX_INK_FORMS || this.marked.hidden || !(xobject instanceof PDFRawStream)) return placed;
    return this.formShows(xobject, multiply(matrix, this.state.ctm), placed, area);
  }

  /**
   * What a form drawn at `ctm`, within `placed`, shows, read as the page is (it starts from the state in force, and
   * sets its own colours and opacity): its opaque fills paint over what showed before it, and what it shows counts.
   */
  private formShows(form: PDFRawStream, ctm: Matrix, placed: Box, area: Box): Box | false {
    const { context } = this.page;
    const own = context.lookup(form.dict.get(N.Resources));
    const resources = own instanceof PDFDict ? own : this.page.resources;
    const upright = (ctm[1] === 0 && ctm[2] === 0) || (ctm[0] === 0 && ctm[3] === 0);
    const inner = new InkScanner({ ...this.page, ...(resources ? { resources } : {}) }, ctm, { ...this.state, ctm, clip: meet(placed, area), clipExact: this.state.clipExact && upright }, this.forms + 1);
    inner.paper = this.paper;
    // The form paints over what showed before it as the page's own content would: an opaque image or shape over it hides it.
    inner.seen = this.seen;
    try {
      feed(context, form, inner);
      inner.end();
    } catch (err) {
      if (!(err instanceof Found)) throw err;
      return placed;
    }
    if (inner.hid) this.hide();
    if (inner.paper !== this.paper) this.paper = inner.paper;
    for (const box of inner.covers) this.paint(box);
    if (inner.covers.length >= MAX_COVERS && inner.seen === undefined) return placed;
    if (!inner.hid && !inner.showed) return false;
    this.images = inner.shownImages ?? [];
    return inner.seen ?? false;
  }

  /** Where an image may show; an opaque one (no mask, no transparency) over all that showed hides it: a scan laid over its own text. */
  private imageShows(image: PDFStream, ref: PDFObject | undefined, fill: boolean, area: Box): Box | false {
    const get = (key: string): PDFObject | undefined => this.page.context.lookup(image.dict.get(PDFName.of(key)));
    const mask = get('ImageMask') === PDFBool.True;
    const s = this.state;
    if (s.fillClear || (mask && !fill)) return false;
    const shows = this.placedShows([0, 0, 1, 1], IDENTITY, area);
    if (!shows) return false;
    const m = s.ctm;
    const upright = (m[1] === 0 && m[2] === 0) || (m[0] === 0 && m[3] === 0);
    const opaque = !mask && get('SMask') === undefined && get('Mask') === undefined && s.fillOpaque && s.clipExact && upright && !this.marked.hidden;
    if (opaque && this.seen && contains(shows, this.seen)) this.hide();
    if (ref instanceof PDFRef && image instanceof PDFRawStream) this.images = [{ ref, stream: image, matrix: m }];
    return shows;
  }

  /**
   * The bounds on the page of what the text operator just read may cover (its strings' bytes taken as glyphs up to
   * GLYPH_EMS wide and high, plus its spacing and `TJ` moves, from anywhere the line's earlier text may have left
   * the pen); undefined when the glyphs are drawn too small to see (size 0, a zero matrix).
   */
  private glyphs(t: string): Box | undefined {
    const s = this.state;
    const size = Math.abs(s.size);
    const text = multiply(this.line, s.ctm);
    if (size * Math.abs(s.scale) * stretch(text) < TOO_SMALL || size * stretch(text) < TOO_SMALL) return undefined;
    const advance = (this.stringBytes * (GLYPH_EMS * size + Math.abs(s.charSpace) + Math.abs(s.wordSpace)) + (this.moves / 1000) * size) * Math.abs(s.scale);
    const reach = this.drift + advance + GLYPH_EMS * size;
    this.drift += advance;
    // A font whose widths and box are known places each glyph, and its ink lies within the font's box from there.
    const placed = this.pen === undefined ? undefined : this.placedRun(t, this.page.context, s.font, s);
    const bbox = placed?.metrics.bbox;
    // A run of no glyph (an empty string) is left to the guess, as before: it counts as shown.
    if (placed && bbox && this.pen !== undefined && placed.glyphs.length > 0) {
      const at = this.pen;
      this.pen += placed.advance;
      const [left, right] = [bbox[0] * s.size * s.scale, bbox[2] * s.size * s.scale].sort((a, b) => a - b) as [number, number];
      const [low, high] = [bbox[1] * s.size, bbox[3] * s.size].sort((a, b) => a - b) as [number, number];
      const x1 = at + Math.min(...placed.glyphs.map((g) => g.x)) + left;
      const x2 = at + Math.max(...placed.glyphs.map((g) => g.x)) + right;
      return boundsOf([x1, low + s.rise, x2, high + s.rise, x1, high + s.rise, x2, low + s.rise], text);
    }
    this.pen = undefined;
    const up = GLYPH_EMS * size + Math.abs(s.rise);
    return boundsOf([-reach, -up, reach, up, -reach, up, reach, -up], text);
  }

  /** The font resource `name`, a dictionary, or undefined. */
  private font(name: string): PDFDict | undefined {
    const { context, resources } = this.page;
    const fonts = resources ? context.lookup(resources.get(PDFName.of('Font'))) : undefined;
    const font = fonts instanceof PDFDict && name ? context.lookup(fonts.get(PDFName.of(name))) : undefined;
    return font instanceof PDFDict ? font : undefined;
  }

  /** A new text line at `matrix`: where its text starts is known again. */
  private newLine(matrix: Matrix): true {
    this.line = matrix;
    this.drift = 0;
    this.pen = 0;
    return true;
  }

  /** The end of a path: a `W` before it makes its bounds part of the clip's. */
  private endPath(): void {
    if (this.clipping && this.path.length >= 2) {
      const bounds = boundsOf(this.path, IDENTITY);
      this.state = { ...this.state, clip: this.state.clip ? meet(this.state.clip, bounds) : bounds, clipExact: this.state.clipExact && this.rect !== undefined };
    }
    this.path = [];
    this.shape = [];
    this.rect = undefined;
    this.clipping = false;
  }

  /** What the ExtGState `name` sets of the state read here: opacity, line width, font size. */
  private extGState(name: string): Partial<Ink> {
    const { context, resources } = this.page;
    const states = resources ? context.lookup(resources.get(N.ExtGState)) : undefined;
    const gs = states instanceof PDFDict ? context.lookup(states.get(PDFName.of(name))) : undefined;
    if (!(gs instanceof PDFDict)) return {};
    const number = (key: string): number | undefined => {
      const v = context.lookup(gs.get(PDFName.of(key)));
      return v instanceof PDFNumber ? v.asNumber() : undefined;
    };
    const change: { -readonly [K in keyof Ink]?: Ink[K] } = {};
    const ca = number('ca');
    const CA = number('CA');
    const lw = number('LW');
    if (ca !== undefined) change.fillClear = ca <= CLEAR;
    // What a fill leaves of what is under it: partly, under opacity below 1, a blend mode other than Normal or a soft mask.
    const blend = context.lookup(gs.get(PDFName.of('BM')));
    const mask = context.lookup(gs.get(PDFName.of('SMask')));
    // Once not opaque, taken as not opaque until a `Q`: which of the three a later ExtGState undoes is not followed.
    const blended = (blend !== undefined && blend !== PDFName.of('Normal') && blend !== PDFName.of('Compatible')) || (mask !== undefined && mask !== PDFName.of('None'));
    if ((ca ?? 1) < 1 || blended) change.fillOpaque = false;
    if ((CA ?? 1) < 1 || blended) change.strokeOpaque = false;
    if (CA !== undefined) change.strokeClear = CA <= CLEAR;
    if (lw !== undefined) change.lineWidth = lw;
    const font = context.lookup(gs.get(PDFName.of('Font')));
    const size = font instanceof PDFArray ? context.lookup(font.get(1)) : undefined;
    if (size instanceof PDFNumber) change.size = size.asNumber();
    const dict = font instanceof PDFArray ? context.lookup(font.get(0)) : undefined;
    if (font instanceof PDFArray) change.font = dict instanceof PDFDict ? dict : undefined;
    return change;
  }
}

/** Forms read inside forms at most: deeper, a form counts as showing where it is. */
const MAX_INK_FORMS = 4;

/** Colour keys of the colours a page starts with (black ink) and its paper (white). */
const BLACK = '0,0,0';
const WHITE = '1,1,1';

/**
 * A key for a colour set with `g`, `rg` or `k`, equal for colours that look the same: grey and RGB as RGB, CMYK
 * without ink or with black only as grey; other CMYK colours keep their own key.
 */
function colourKey(values: readonly number[]): string {
  const v = values.map((x) => (x >= 0.999 ? 1 : x <= 0.001 ? 0 : Math.round(x * 1000) / 1000));
  if (v.length === 1) return `${v[0]},${v[0]},${v[0]}`;
  if (v.length === 3) return v.join(',');
  if (v[0] === 0 && v[1] === 0 && v[2] === 0) return colourKey([1 - v[3]!]);
  return `cmyk:${v.join(',')}`;
}

/** Whether the areas `boxes` together cover all of `target` (each cell of the grid their edges make is in one of them). */
function coveredBy(target: Box, boxes: readonly Box[]): boolean {
  if (boxes.some((b) => contains(b, target))) return true;
  const cuts = (i: 0 | 1): number[] => [...new Set([target[i], target[i + 2]!, ...boxes.flatMap((b) => [b[i], b[i + 2]!]).filter((c) => c > target[i] && c < target[i + 2]!)])].sort((a, b) => a - b);
  const xs = cuts(0);
  const ys = cuts(1);
  for (let i = 0; i + 1 < xs.length; i++) {
    for (let j = 0; j + 1 < ys.length; j++) {
      const x = (xs[i]! + xs[i + 1]!) / 2;
      const y = (ys[j]! + ys[j + 1]!) / 2;
      if (!boxes.some((b) => b[0] <= x && x <= b[2] && b[1] <= y && y <= b[3])) return false;
    }
  }
  return true;
}

/** Lines a curve is flattened into: a chord strays from a page-sized curve by well under a point. */
const CURVE_STEPS = 16;

/** The points on the page (`m` the matrix) a curve operator `t` (`c`, `v`, `y`) with operands `o` runs through from `p0`, flattened: through its two controls (`v` and `y` repeat an end) to its end. */
function flattened(t: string, o: readonly number[], m: Matrix, p0: readonly [number, number]): number[] {
  const at = (i: number): [number, number] => [m[0] * o[i]! + m[2] * o[i + 1]! + m[4], m[1] * o[i]! + m[3] * o[i + 1]! + m[5]];
  const p3 = at(o.length - 2);
  const p1 = t === 'v' ? p0 : at(o.length - (t === 'c' ? 6 : 4));
  const p2 = t === 'y' ? p3 : at(o.length - 4);
  const points: number[] = [];
  for (let i = 1; i <= CURVE_STEPS; i++) {
    const u = i / CURVE_STEPS;
    const w = [(1 - u) ** 3, 3 * (1 - u) ** 2 * u, 3 * (1 - u) * u ** 2, u ** 3];
    points.push(w[0]! * p0[0] + w[1]! * p1[0] + w[2]! * p2[0] + w[3]! * p3[0], w[0]! * p0[1] + w[1]! * p1[1] + w[2]! * p2[1] + w[3]! * p3[1]);
  }
  return points;
}

/**
 * The upright box a stroke `half` wide either side of one unbroken path (`points` on the page, curves flattened)
 * certainly paints, when the path stays within a band narrower than the stroke (a marker's line along a text line,
 * straight or curved); undefined otherwise.
 */
function strokeBand(points: readonly number[], half: number): Box | undefined {
  if (points.length < 4 || !points.every(Number.isFinite)) return undefined;
  const along = (xs: readonly number[], ys: readonly number[]): Box | undefined => {
    const [lo, hi] = [Math.min(...ys), Math.max(...ys)];
    if (hi - lo >= 2 * half) return undefined;
    const n = xs.length;
    const slope = (i: number, j: number): number => (ys[j] === ys[i] ? 0 : Math.abs(ys[j]! - ys[i]!) / Math.abs(xs[j]! - xs[i]!));
    // A butt cap is cut square to the path where it ends: a slanted end paints less of the band.
    const inset = half * Math.max(slope(0, 1), slope(n - 2, n - 1));
    return [Math.min(...xs) + inset, hi - half, Math.max(...xs) - inset, lo + half];
  };
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const flat = along(xs, ys);
  if (flat) return flat;
  const upright = along(ys, xs);
  return upright && [upright[1], upright[0], upright[3], upright[2]];
}
/**
 * The upright box a rectangle `r` stroked `half` wide either side of its border certainly paints, when the line is as
 * wide as the box is tall (or wide): its border's bands meet inside, so it paints as a filled box does; undefined otherwise.
 */
function strokedRect(r: Box, half: number): Box | undefined {
  const [x1, y1, x2, y2] = r;
  if (2 * half >= y2 - y1) return [x1, y1 - half, x2, y2 + half];
  if (2 * half >= x2 - x1) return [x1 - half, y1, x2 + half, y2];
  return undefined;
}

/**
 * `shape` (a path's subpaths on the page, curves flattened into lines) with what the path operator `t` (or `re`) draws
 * under `m` added; undefined when it can no longer be followed (past MAX_SHAPE_POINTS, or an operator viewers skip).
 */
function traced(shape: number[][] | undefined, t: string, o: readonly number[] | undefined, m: Matrix): number[][] | undefined {
  if (!shape || !o) return shape;
  const at = (i: number): [number, number] => [m[0] * o[i]! + m[2] * o[i + 1]! + m[4], m[1] * o[i]! + m[3] * o[i + 1]! + m[5]];
  if (t === 'm' || t === 're') shape.push([]);
  const points = shape.at(-1);
  // A line or curve with no current point is an error viewers skip, or runs on from a rectangle: not followed.
  if (!points || (t !== 'm' && t !== 're' && points.length < 2)) return undefined;
  if (t === 're') {
    points.push(...at(0), ...[[1, 0], [1, 1], [0, 1]].flatMap(([a, b]) => { const x = o[0]! + a! * o[2]!, y = o[1]! + b! * o[3]!; return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]; }));
    shape.push([]);
  }
  else if (t === 'm' || t === 'l') points.push(...at(o.length - 2));
  else points.push(...flattened(t, o, m, [points.at(-2)!, points.at(-1)!]));
  return shape.reduce((n, p) => n + p.length, 0) > 2 * MAX_SHAPE_POINTS || !points.every(Number.isFinite) ? undefined : shape;
}

/** Points of a path followed for what it fills: past this, a shape is too complex to judge, and covers nothing. */
const MAX_SHAPE_POINTS = 4096;

/** A closed path whose points (controls among them) enclose at least this share of their bounds is a box, its corners maybe rounded. */
const BOXLIKE = 0.85;
/** How near (points) to its top or bottom edge a path's point is taken to start or end it. */
const EDGE_SLACK = 0.5;

/**
 * The upright band a filled path that is not a rectangle (`drawn`: one subpath's points, a curve's controls among them;
 * `flat`: the same with curves flattened) certainly fills from its top to its bottom, when it is boxlike (a rounded
 * rectangle, a box with a curved edge): its bounds, inset at the sides to where the path meets both its top and its
 * bottom edge (by a rounded corner's radius); undefined otherwise.
 */
function filledBand(drawn: readonly { x: number; y: number; on: boolean }[], flat: readonly number[], evenOdd: boolean): Box | undefined {
  if (drawn.length < 4 || flat.length < 8 || !flat.every(Number.isFinite)) return undefined;
  const box = boundsOf(drawn.flatMap((p) => [p.x, p.y]), IDENTITY);
  let twice = 0;
  drawn.forEach((p, i) => {
    const q = drawn[(i + 1) % drawn.length]!;
    twice += p.x * q.y - q.x * p.y;
  });
  if (Math.abs(twice) / 2 < BOXLIKE * (box[2] - box[0]) * (box[3] - box[1])) return undefined;
  const ends = drawn.filter((p) => p.on);
  const [bottom, top] = [Math.min(...ends.map((p) => p.y)), Math.max(...ends.map((p) => p.y))];
  const along = (y: number): number[] => ends.filter((p) => Math.abs(p.y - y) <= EDGE_SLACK).map((p) => p.x);
  const [low, high] = [along(bottom), along(top)];
  if (low.length === 0 || high.length === 0) return undefined;
  const [x1, x2] = [Math.max(Math.min(...low), Math.min(...high)), Math.min(Math.max(...low), Math.max(...high))];
  // Between those sides, the band runs from the highest point of the bottom edge to the lowest of the top (a gently waving edge).
  const ys = flat.filter((y, i) => i % 2 === 1 && flat[i - 1]! >= x1 && flat[i - 1]! <= x2);
  const middle = (bottom + top) / 2;
  const band: Box = [x1, Math.max(bottom, ...ys.filter((y) => y < middle)), x2, Math.min(top, ...ys.filter((y) => y > middle))];
  return band[2] > band[0] && band[3] > band[1] && fills([[...flat]], band, evenOdd) ? band : undefined;
}

/** Heights tried, as shares of a shape's height, for the upright box it certainly fills round its centre. */
const INNER_STEPS = 10;
/** Heights at which a box's width is measured against the outline at most (its edges, and corners of the outline between them). */
const INNER_ROWS = 24;

/**
 * The largest upright box found round the centre of the closed subpath `points` (on the page, curves flattened) within
 * its outline: for an ellipse (as Word and LibreOffice draw one, four curves) the box inside it, about half its bounds,
 * for a rotated box the upright box inside it; undefined when none. Whether the fill covers all of it is checked after.
 */
function innerRect(points: readonly number[]): Box | undefined {
  const n = points.length / 2;
  if (n < 3 || !points.every(Number.isFinite)) return undefined;
  let [twice, cx, cy] = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    const [x0, y0, x1, y1] = [points[2 * i]!, points[2 * i + 1]!, points[(2 * i + 2) % points.length]!, points[(2 * i + 3) % points.length]!];
    const cross = x0 * y1 - x1 * y0;
    twice += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (Math.abs(twice) < 1e-9) return undefined;
  [cx, cy] = [cx / (3 * twice), cy / (3 * twice)];
  const [, bottom, , top] = boundsOf(points, IDENTITY);
  // The stretch of the outline's inside at height y that holds the centre (edges crossed in pairs); none when the centre is outside there.
  const span = (y: number): [number, number] => {
    const xs: number[] = [];
    for (let i = 0; i < n; i++) {
      const [x0, y0, x1, y1] = [points[2 * i]!, points[2 * i + 1]!, points[(2 * i + 2) % points.length]!, points[(2 * i + 3) % points.length]!];
      if ((y0 <= y) !== (y1 <= y)) xs.push(x0 + ((y - y0) / (y1 - y0)) * (x1 - x0));
    }
    xs.sort((a, b) => a - b);
    for (let i = 0; i + 1 < xs.length; i += 2) if (xs[i]! <= cx && cx <= xs[i + 1]!) return [xs[i]!, xs[i + 1]!];
    return [NaN, NaN];
  };
  const e = (top - bottom) * 1e-6;
  let best: Box | undefined;
  for (let k = 1; k <= INNER_STEPS; k++) {
    const half = ((top - bottom) * k) / INNER_STEPS / 2;
    const [y1, y2] = [Math.max(bottom, cy - half) + e, Math.min(top, cy + half) - e];
    // The box is as wide as the narrowest stretch at its edges and at every corner of the outline between them.
    const between = points.filter((y, i) => i % 2 === 1 && y > y1 && y < y2);
    const ys = [y1, y2, ...between.filter((_, i) => i % Math.ceil(between.length / INNER_ROWS) === 0)];
    const [x1, x2] = ys.map(span).reduce(([a, b], [c, d]) => [Math.max(a, c), Math.min(b, d)]);
    if (Number.isFinite(x1) && Number.isFinite(x2) && x2 > x1 && y2 > y1 && (!best || (x2 - x1) * (y2 - y1) > (best[2] - best[0]) * (best[3] - best[1]))) best = [x1, y1, x2, y2];
  }
  return best;
}

/**
 * The upright boxes a filled path that is not one upright rectangle certainly fills (`drawn`, `flat`: its one subpath
 * as filledBand reads it; `shape`: all its subpaths, curves flattened): a boxlike one's band, else each outline's box
 * or the box inside it (an ellipse, a rotated box; several boxes in one path, as some redaction tools write them),
 * each kept when the whole path, by its fill rule, fills all of it (a hole cut by another outline does not); an
 * outline is measured only where `near` says text may lie under it.
 */
function filledAreas(drawn: readonly { x: number; y: number; on: boolean }[], flat: readonly number[], shape: readonly number[][] | undefined, evenOdd: boolean, near: (bounds: Box) => boolean): { box: Box; poly?: number[] }[] {
  const band = filledBand(drawn, flat, evenOdd);
  if (band) return [{ box: band }];
  const outlines = (shape ?? []).filter((p) => p.length >= 6);
  return outlines.flatMap((p) => {
    // An outline too small to hide a word (a glyph drawn as a shape, a bullet) is not measured.
    const bounds = boundsOf(p, IDENTITY);
    if (bounds[2] - bounds[0] < MIN_COVER || bounds[3] - bounds[1] < MIN_COVER || !near(bounds)) return [];
    const upright = uprightRect(p);
    const area = upright ?? innerRect(p);
    // A turned box alone in its path fills all of its outline: it is judged by that outline, not only the upright box inside it.
    const quad = !upright && outlines.length === 1 ? convexQuad(p) : undefined;
    return area && fills(outlines, area, evenOdd) ? [{ box: area, ...(quad ? { poly: quad } : {}) }] : [];
  });
}

/** The four corners of a subpath that is a convex quadrilateral (a box turned, the first corner maybe repeated at its end); undefined for any other shape. */
function convexQuad(points: readonly number[]): number[] | undefined {
  const n = points.length === 10 && points[8] === points[0] && points[9] === points[1] ? 8 : points.length;
  if (n !== 8 || !points.every(Number.isFinite)) return undefined;
  const quad = points.slice(0, 8);
  const turns = [0, 2, 4, 6].map((i) => {
    const [ax, ay, bx, by, cx, cy] = [quad[i]!, quad[i + 1]!, quad[(i + 2) % 8]!, quad[(i + 3) % 8]!, quad[(i + 4) % 8]!, quad[(i + 5) % 8]!];
    return (bx - ax) * (cy - by) - (by - ay) * (cx - bx);
  });
  return turns.every((t) => t > 0) || turns.every((t) => t < 0) ? quad : undefined;
}

/** The bar a straight line (`points`: its two ends on the page) stroked `half` wide either side paints with butt caps; undefined for any other path. */
function strokeQuad(points: readonly number[], half: number): number[] | undefined {
  if (points.length !== 4 || !points.every(Number.isFinite)) return undefined;
  const [x1, y1, x2, y2] = points as [number, number, number, number];
  const length = Math.hypot(x2 - x1, y2 - y1);
  if (length === 0 || half <= 0) return undefined;
  const [nx, ny] = [(-(y2 - y1) / length) * half, ((x2 - x1) / length) * half];
  return [x1 + nx, y1 + ny, x2 + nx, y2 + ny, x2 - nx, y2 - ny, x1 - nx, y1 - ny];
}

/** The band of text at `text` its letters' bodies fill: from its baseline to half an em above (its box runs from a fifth of an em below the baseline). */
function body(text: Box): [number, number] {
  const h = text[3] - text[1];
  return [text[1] + 0.2 * h, text[1] + 0.7 * h];
}

/** The upright box the convex outline `poly` fills across all of the band from `y1` to `y2`; undefined when it fills none. */
function bandIn(poly: readonly number[], [y1, y2]: readonly [number, number]): Box | undefined {
  const span = (y: number): [number, number] => {
    const xs: number[] = [];
    for (let i = 0; i < poly.length; i += 2) {
      const [ax, ay, bx, by] = [poly[i]!, poly[i + 1]!, poly[(i + 2) % poly.length]!, poly[(i + 3) % poly.length]!];
      if ((ay <= y) !== (by <= y)) xs.push(ax + ((y - ay) / (by - ay)) * (bx - ax));
    }
    return xs.length >= 2 ? [Math.min(...xs), Math.max(...xs)] : [NaN, NaN];
  };
  // A convex outline holds the whole band wherever it holds both its edges.
  const [[a, b], [c, d]] = [span(y1), span(y2)];
  const [x1, x2] = [Math.max(a, c), Math.min(b, d)];
  return x2 > x1 ? [x1, y1, x2, y2] : undefined;
}

/** The upright rectangle a subpath of four corners (the first maybe repeated at its end) traces; undefined for any other shape. */
function uprightRect(points: readonly number[]): Box | undefined {
  const n = points.length === 10 && points[8] === points[0] && points[9] === points[1] ? 8 : points.length;
  if (n !== 8) return undefined;
  const box = boundsOf(points.slice(0, 8), IDENTITY);
  for (let i = 0; i < 8; i += 2) {
    const [x, y, nx, ny] = [points[i]!, points[i + 1]!, points[(i + 2) % 8]!, points[(i + 3) % 8]!];
    // Each corner is one of the box's, and each side runs along one of its edges.
    if ((x !== box[0] && x !== box[2]) || (y !== box[1] && y !== box[3]) || (x !== nx && y !== ny)) return undefined;
  }
  return box[2] > box[0] && box[3] > box[1] ? box : undefined;
}

/**
 * Whether the subpaths `shape` (each closed), filled by the nonzero or `evenOdd` rule, fill all of `box`: no edge
 * passes inside it (so all of it is on one side of each), and its centre is inside the shape.
 */
function fills(shape: readonly number[][], box: Box, evenOdd: boolean): boolean {
  const [cx, cy] = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
  let winding = 0;
  let crossings = 0;
  for (const points of shape) {
    for (let i = 0; i + 1 < points.length; i += 2) {
      const j = i + 2 < points.length ? i + 2 : 0;
      const [x1, y1, x2, y2] = [points[i]!, points[i + 1]!, points[j]!, points[j + 1]!];
      if (crossesInside(x1, y1, x2, y2, box)) return false;
      // A ray from the centre to the right: upward edges wind +1, downward -1.
      if ((y1 <= cy) !== (y2 <= cy) && x1 + ((cy - y1) / (y2 - y1)) * (x2 - x1) > cx) {
        winding += y2 > y1 ? 1 : -1;
        crossings++;
      }
    }
  }
  return evenOdd ? crossings % 2 === 1 : winding !== 0;
}

/** Whether the segment from (x1, y1) to (x2, y2) passes through the inside of `box` (running along its edge does not). */
function crossesInside(x1: number, y1: number, x2: number, y2: number, box: Box): boolean {
  // The part of the segment within the box's bounds (Liang-Barsky); it is inside when its middle is.
  let [t0, t1] = [0, 1];
  const [dx, dy] = [x2 - x1, y2 - y1];
  for (const [p, q] of [[-dx, x1 - box[0]], [dx, box[2] - x1], [-dy, y1 - box[1]], [dy, box[3] - y1]] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  const t = (t0 + t1) / 2;
  const [x, y] = [x1 + t * dx, y1 + t * dy];
  const e = 1e-6;
  return x > box[0] + e && x < box[2] - e && y > box[1] + e && y < box[3] - e;
}

/** Adds `box` to `boxes`, joined with one it extends into a larger rectangle (strips side by side), again while one does. */
function join(boxes: Box[], box: Box): void {
  let b = box;
  for (let i = boxes.length - 1; i >= 0; i--) {
    const o = boxes[i]!;
    const column = o[0] === b[0] && o[2] === b[2] && o[1] <= b[3] && b[1] <= o[3];
    const row = o[1] === b[1] && o[3] === b[3] && o[0] <= b[2] && b[0] <= o[2];
    if (!column && !row && !contains(o, b) && !contains(b, o)) continue;
    boxes.splice(i, 1);
    b = [Math.min(o[0], b[0]), Math.min(o[1], b[1]), Math.max(o[2], b[2]), Math.max(o[3], b[3])];
    i = boxes.length;
  }
  boxes.push(b);
}

/** Operators that paint the current path (and end it). */
const PATH_PAINTING: ReadonlySet<string> = new Set(['f', 'F', 'f*', 'S', 's', 'B', 'B*', 'b', 'b*']);
/** Those that fill it (`B`, `b`: fill, then stroke its border, as drawing programs and office shapes with an outline draw a box), and of them those that fill by the even-odd rule. */
const PATH_FILLING: ReadonlySet<string> = new Set(['f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const EVEN_ODD: ReadonlySet<string> = new Set(['f*', 'B*', 'b*']);
/** Those that stroke it. */
const PATH_STROKING: ReadonlySet<string> = new Set(['S', 's', 'B', 'B*', 'b', 'b*']);

/** Whether `outer` holds all of `inner`. */
function contains(outer: Box, inner: Box): boolean {
  return outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];
}

/** Bytes of content read on after something shows, for a fill that may paint it over; past them, it shows. */
const MAX_INK_BYTES = 4 << 20;
/** Opaque white fills kept for an annotation's appearance: one that fills its box is usually the first. */
const MAX_COVERS = 16;

/** Whether optional content (an /OC entry, or the property list a `BDC` names) is hidden by the document's default configuration. */
type HiddenLayers = (oc: PDFObject | undefined) => boolean;

/** Whether a `BDC` with the names `names` opens content in a hidden layer: `/OC /Name BDC`, named in the resources' /Properties (an inline dictionary is taken as shown). */
function opensHiddenLayer(page: { context: PDFContext; resources?: PDFDict; hidden: HiddenLayers }, names: readonly string[]): boolean {
  const [tag, name] = names;
  const props = page.resources ? page.context.lookup(page.resources.get(N.Properties)) : undefined;
  return tag === 'OC' && name !== undefined && props instanceof PDFDict && page.hidden(props.get(PDFName.of(name)));
}

/** Marked-content nesting (`BMC`/`BDC` ... `EMC`) as the scanners that judge what shows follow it, and the depth at which content in a hidden layer began. */
class MarkedContent {
  private depth = 0;
  private hiddenAt = Infinity;

  /** What is drawn now is in a hidden layer: it shows nothing. */
  get hidden(): boolean {
    return this.depth >= this.hiddenAt;
  }

  /** Follows `BMC`, `BDC` (with the names read before it: its tag and property list) and `EMC`; true when `t` is one of them. */
  operator(t: string, page: { context: PDFContext; resources?: PDFDict; hidden: HiddenLayers }, names: readonly string[]): boolean {
    if (t === 'BMC') this.depth++;
    else if (t === 'BDC') {
      this.depth++;
      if (this.depth < this.hiddenAt && opensHiddenLayer(page, names)) this.hiddenAt = this.depth;
    }
    else if (t === 'EMC') {
      if (this.depth === this.hiddenAt) this.hiddenAt = Infinity;
      this.depth = Math.max(0, this.depth - 1);
    }
    else return false;
    return true;
  }
}

/**
 * The document's hidden layers, as viewers and the build (which keeps each input's default) show them: groups in
 * /OFF, or not in /ON under a /BaseState of /OFF; a membership dictionary when its groups make it hidden (AnyOn:
 * all of them hidden; AllOn: any). Anything else, a visibility expression included, is taken as shown.
 */
function hiddenLayers(context: PDFContext): HiddenLayers {
  const catalog = context.lookup(context.trailerInfo.Root);
  const props = catalog instanceof PDFDict ? context.lookup(catalog.get(N.OCProperties)) : undefined;
  const d = props instanceof PDFDict ? context.lookup(props.get(N.D)) : undefined;
  if (!(d instanceof PDFDict)) return () => false;
  const refs = (key: PDFName): Set<string> => {
    const list = context.lookup(d.get(key));
    return new Set(list instanceof PDFArray ? list.asArray().filter((r) => r instanceof PDFRef).map(String) : []);
  };
  const on = refs(N.ON);
  const off = refs(N.OFF);
  const baseOff = d.get(N.BaseState) === N.OFF;
  const groupOff = (ref: PDFObject | undefined): boolean => ref instanceof PDFRef && (off.has(String(ref)) || (baseOff && !on.has(String(ref))));
  return (oc) => {
    const dict = oc instanceof PDFRef ? context.lookup(oc) : undefined;
    if (!(dict instanceof PDFDict)) return false;
    const type = dict.get(N.Type);
    if (type === N.OCG) return groupOff(oc);
    if (type !== N.OCMD || dict.has(N.VE)) return false;
    const listed = dict.get(N.OCGs);
    const array = context.lookup(listed);
    const groups = array instanceof PDFArray ? array.asArray() : [listed];
    if (groups.length === 0 || !groups.every((g) => g instanceof PDFRef)) return false;
    const p = dict.get(N.P) ?? N.AnyOn;
    return p === N.AnyOn ? groups.every(groupOff) : p === N.AllOn ? groups.some(groupOff) : false;
  };
}

/**
 * What a page's annotations paint over its content: `shown` when one with an appearance may show something (a stamp,
 * a note, a form's field); else the boxes that opaque white appearances fill (a white box drawn over the page).
 * An annotation in a hidden layer paints nothing.
 */
function annotationCovers(context: PDFContext, page: PDFDict, hidden: HiddenLayers): 'shown' | Box[] {
  const annots = context.lookup(page.get(N.Annots));
  if (!(annots instanceof PDFArray)) return [];
  const covers: Box[] = [];
  for (const a of annots.asArray()) {
    const annot = context.lookup(a);
    // A field holding only its template's prompt shows the applicant nothing: flattening draws it empty.
    if (annot instanceof PDFDict && annot.get(N.Subtype) === N.Widget && holdsPrompt(context, annot)) continue;
    if (annot instanceof PDFDict && !hidden(annot.get(N.OC)) && typedWithoutAppearance(context, annot)) return 'shown';
    if (!(annot instanceof PDFDict) || annot.get(N.Subtype) === N.Link || annot.get(N.AP) === undefined || hidden(annot.get(N.OC))) continue;
    // A form's field is content, however white: no blank verdict over a form. One flagged hidden (2) or not shown (32) covers nothing.
    const flags = context.lookup(annot.get(N.F));
    if (annot.get(N.Subtype) === N.Widget || (flags instanceof PDFNumber && (flags.asNumber() & 34) !== 0)) return 'shown';
    const ap = context.lookup(annot.get(N.AP));
    const normal = ap instanceof PDFDict ? context.lookup(ap.get(N.N)) : undefined;
    const rect = boxFrom(context, annot.get(N.Rect));
    const bbox = normal instanceof PDFStream ? boxFrom(context, normal.dict.get(N.BBox)) : undefined;
    if (!(normal instanceof PDFStream) || !rect || !bbox || opacityOf(context, annot) < 1) return 'shown';
    const resources = context.lookup(normal.dict.get(N.Resources));
    const matrix = matrixOf(context, normal.dict);
    const scanner = new InkScanner({ context, hidden, ...(resources instanceof PDFDict ? { resources } : {}) }, matrix);
    try {
      feed(context, normal, scanner);
      scanner.end();
    } catch (err) {
      if (!(err instanceof Found)) throw err;
      return 'shown';
    }
    if (scanner.seen) return 'shown';
    // The appearance is fitted to /Rect: filling all of its box, it fills all of /Rect.
    const box = boundsOf([bbox[0], bbox[1], bbox[2], bbox[3], bbox[0], bbox[3], bbox[2], bbox[1]], matrix);
    if (scanner.covers.some((c) => contains(c, box))) covers.push(rect);
  }
  return covers;
}

/**
 * The boxes on the page that an annotation's normal appearance (`/AP /N`, its state `/AS`) fills opaquely in a dark
 * colour, cut to its `/Rect`: a black box drawn as a text box, a stamp or a form field's background hides what is under
 * it as one drawn in the page does. None when it is see-through (`/CA` below 1), in a hidden layer, or has no appearance.
 *
 * @example
 * appearanceCovers(doc.context, annot); // [[72, 689, 420, 703]] for a FreeText box whose appearance fills its box black
 */
export function appearanceCovers(context: PDFContext, annot: PDFDict): Box[] {
  const hidden = hiddenLayers(context);
  if (hidden(annot.get(N.OC)) || opacityOf(context, annot) < 1) return [];
  const ap = context.lookup(annot.get(N.AP));
  let normal = ap instanceof PDFDict ? context.lookup(ap.get(N.N)) : undefined;
  // A field's appearances by state (a check box's On and Off): the one its /AS names is drawn.
  if (normal instanceof PDFDict && !(normal instanceof PDFStream)) {
    const state = annot.get(PDFName.of('AS'));
    normal = state instanceof PDFName ? context.lookup(normal.get(state)) : undefined;
  }
  const rect = boxFrom(context, annot.get(N.Rect));
  const bbox = normal instanceof PDFRawStream ? boxFrom(context, normal.dict.get(N.BBox)) : undefined;
  if (!(normal instanceof PDFRawStream) || !rect || !bbox || rect[2] <= rect[0] || rect[3] <= rect[1]) return [];
  // The appearance's box, after its /Matrix, is fitted to /Rect (PDF 32000 12.5.5).
  const matrix = matrixOf(context, normal.dict);
  const placed = boundsOf([bbox[0], bbox[1], bbox[2], bbox[1], bbox[0], bbox[3], bbox[2], bbox[3]], matrix);
  if (placed[2] <= placed[0] || placed[3] <= placed[1]) return [];
  const sx = (rect[2] - rect[0]) / (placed[2] - placed[0]);
  const sy = (rect[3] - rect[1]) / (placed[3] - placed[1]);
  const fit: Matrix = [sx, 0, 0, sy, rect[0] - placed[0] * sx, rect[1] - placed[1] * sy];
  const resources = context.lookup(normal.dict.get(N.Resources));
  const scanner = new CoverScanner({ context, hidden, ...(resources instanceof PDFDict ? { resources } : {}) }, undefined, { ...COVER_START, ctm: multiply(matrix, fit) }, rect);
  try {
    feed(context, normal, scanner);
    scanner.end();
  } catch (err) {
    if (!(err instanceof Found)) throw err;
  }
  return scanner.notes.fills.filter((f) => (f.light ? (f.light() ?? 1) <= DARK : f.dark)).map((f) => f.box);
}

/** An annotation's constant opacity (`/CA`): 1 when it gives none. */
export function opacityOf(context: PDFContext, annot: PDFDict): number {
  const ca = context.lookup(annot.get(N.CA));
  return ca instanceof PDFNumber ? ca.asNumber() : 1;
}

/** Whether two areas share some of their surface. */
function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
}

/** What a page shows on white paper (`pageInk`). */
export type PageInk = 'none' | 'hidden' | 'shown';

/**
 * What a page shows on white paper: `none` when nothing is painted, `hidden` when what is painted cannot be seen
 * (text set invisible, as OCR software sets it over a scan, white or fully transparent, at size zero or under a
 * zero matrix; marks clipped away, or outside `box`, the part of the page viewers show; white shapes; marks in a
 * layer the document hides; all that shows painted over by opaque fills of the paper's colour (of any shape), in the content, in a form it
 * draws (an opaque image there too) or as an annotation's appearance; marks in the colour of an opaque fill over the whole page, which is no
 * content either), `shown` otherwise. Shadings, forms and images count as shown unless clipped away,
 * transparent, hidden or outside `box`; other annotations with an appearance, form fields and Type 3 fonts (whose
 * glyphs draw themselves) count as shown.
 *
 * @example
 * pageInk(doc.context, page.dict); // 'hidden' for an OCR text layer whose scan was removed
 * pageInk(doc.context, page.dict, undefined, [300, 0, 842, 500]); // 'hidden' when all its text is above the crop box
 */
export function pageInk(context: PDFContext, page: PDFDict, inheritedResources?: PDFObject, box?: Box): PageInk {
  const hidden = hiddenLayers(context);
  const covers = annotationCovers(context, page, hidden);
  if (covers === 'shown') return 'shown';
  const resources = context.lookup(page.get(N.Resources) ?? inheritedResources);
  const fonts = resources instanceof PDFDict ? context.lookup(resources.get(N.Font)) : undefined;
  if (fonts instanceof PDFDict && fonts.values().some((f) => { const font = context.lookup(f); return font instanceof PDFDict && font.get(N.Subtype) === N.Type3; })) {
    return lookForMarks(context, page) ? 'shown' : 'none';
  }
  const scanner = new InkScanner({ context, hidden, ...(box ? { box } : {}), ...(resources instanceof PDFDict ? { resources } : {}) });
  try {
    feed(context, page.get(N.Contents), scanner);
    scanner.end();
  } catch (err) {
    if (!(err instanceof Found)) throw err;
    return 'shown';
  }
  const { seen } = scanner;
  if (seen && !covers.some((c) => contains(c, seen))) return 'shown';
  return scanner.painted || covers.length > 0 ? 'hidden' : 'none';
}

/**
 * The images that are all a page shows, when an opaque image is drawn over all that was drawn before it (a scan laid
 * over its own text) and nothing but images shows after, within `box` (the part of the page viewers show); undefined
 * otherwise. `pageImagesOnly` finds the pages that draw nothing else.
 *
 * @example
 * const drawn = pageImagesOnly(doc.context, page.dict) ?? imagesShown(doc.context, page.dict, undefined, [0, 0, 595, 842]);
 */
export function imagesShown(context: PDFContext, page: PDFDict, inheritedResources?: PDFObject, box?: Box): DrawnImage[] | undefined {
  if (shownAnnotation(context, page)) return undefined;
  const resources = context.lookup(page.get(N.Resources) ?? inheritedResources);
  // Only images the page draws itself count, so a page of text without one is not read a second time after `pageInk`.
  if (!(resources instanceof PDFDict) || !holdsImage(context, resources)) return undefined;
  const scanner = new InkScanner({ context, hidden: hiddenLayers(context), ...(box ? { box } : {}), resources });
  try {
    feed(context, page.get(N.Contents), scanner);
    scanner.end();
  } catch (err) {
    if (!(err instanceof Found)) throw err;
    return undefined;
  }
  const images = scanner.seen && scanner.shownImages && scanner.shownImages.length > 0 ? scanner.shownImages : undefined;
  // A scan fills much of the page: an image stretched into a bar over a line of text (now placed exactly) is a cover, not a page of scans.
  const area = (b: Box): number => Math.max(0, b[2] - b[0]) * Math.max(0, b[3] - b[1]);
  return images && (!box || images.some((i) => area(meet(boundsOf([0, 0, 1, 1, 0, 1, 1, 0], i.matrix), box)) >= SCAN_SHARE * area(box))) ? images : undefined;
}

/** An image shown alone is a scan when it fills at least this share of the page. */
const SCAN_SHARE = 0.05;

/**
 * Whether a page holds an image (in its resources, its own or a form's, or inline in its content): a page without text can be a scan only then; one
 * that draws only lines and shapes (a diagram, a rule) holds no words.
 *
 * @example
 * pageHoldsImage(doc.context, page.dict, page.inherited.get(PDFName.of('Resources'))) // true for a scanned page
 */
export function pageHoldsImage(context: PDFContext, page: PDFDict, inheritedResources?: PDFObject): boolean {
  const resources = context.lookup(page.get(N.Resources) ?? inheritedResources);
  // An image written into the content (`BI`), as some scanners write a page, is no resource.
  return (resources instanceof PDFDict && holdsImage(context, resources)) || scanFor(context, page, INLINE_IMAGE, undefined, inheritedResources).found;
}

const INLINE_IMAGE: ReadonlySet<string> = new Set(['BI']);

/** Small filled shapes with curves on lines (see OUTLINE_LINE) past which a page without text is taken for text turned into outlines. */
const OUTLINE_GLYPHS = 80;
/** Shapes whose bottoms lie within the same point on the page that make a line of letters (a baseline): vector art's do not line up. */
const OUTLINE_LINE = 8;
/** A glyph's outline on the page is at most this many points across (a 40-point heading's letters are within it). */
const GLYPH_SPAN = 48;

/** Glyph shapes counted on a page: in all, and by the line their bottom (or a glyph form's origin) sits on. */
interface OutlineCount {
  glyphs: number;
  lines: Map<number, number>;
  /** Every small closed shape with curves painted, on a line or not: a form that paints one is a glyph's shape. */
  shapes: number;
}

/** Counts a glyph on the line at `line` points up the page; throws `Found` once the page holds OUTLINE_GLYPHS on lines. */
function countGlyph(counted: OutlineCount, line: number): void {
  const on = (counted.lines.get(line) ?? 0) + 1;
  counted.lines.set(line, on);
  // A line counts once it holds OUTLINE_LINE shapes: then all of them, and each one after.
  counted.glyphs += on === OUTLINE_LINE ? OUTLINE_LINE : on > OUTLINE_LINE ? 1 : 0;
  if (counted.glyphs >= OUTLINE_GLYPHS) throw new Found();
}

/**
 * Counts the small closed shapes with curves a content fills, or strokes closed, that sit on lines, as letters on a
 * baseline (glyph outlines: text turned into shapes, as a design program exports it; a vector drawing's shapes do not
 * line up), placed on the page through `cm`, and notes where each XObject is drawn.
 */
class OutlineScanner extends StateScanner<Matrix> {
  readonly placed: { name: string; matrix: Matrix }[] = [];
  /** The current path's subpaths: their bounds on the page, whether they have a curve, and whether they are closed. */
  private subpaths: { box: Box; curved: boolean; closed?: true }[] = [];

  constructor(ctm: Matrix, private readonly counted: OutlineCount) {
    super(new Set(), ctm);
  }

  /** Counts the current path's small curved subpaths (only closed ones when stroked: an outline, not a line). */
  private paint(stroked: boolean): void {
    for (const { box, curved, closed } of this.subpaths) {
      if (!curved || (stroked && !closed) || box[2] - box[0] > GLYPH_SPAN || box[3] - box[1] > GLYPH_SPAN) continue;
      this.counted.shapes++;
      try {
        countGlyph(this.counted, Math.round(box[1]));
      } catch (err) {
        if (err instanceof Found) this.found = true;
        throw err;
      }
    }
    this.subpaths = [];
  }

  protected override operator(t: string, o: readonly number[]): boolean {
    const m = this.state;
    const extend = (points: readonly number[], curved: boolean): void => {
      const last = this.subpaths.at(-1);
      if (!last) return;
      const b = boundsOf(points, m);
      last.box = hull(last.box, b);
      if (curved) last.curved = true;
    };
    switch (t) {
      case 'cm':
        if (o.length >= 6) this.state = multiply(o.slice(-6) as unknown as Matrix, m);
        return true;
      case 'm':
        if (o.length >= 2) this.subpaths.push({ box: boundsOf(o.slice(-2), m), curved: false });
        return true;
      case 'l':
        if (o.length >= 2) extend(o.slice(-2), false);
        return true;
      case 'c':
      case 'v':
      case 'y':
        if (o.length >= 4) extend(o.slice(t === 'c' ? -6 : -4), true);
        return true;
      case 're':
        this.subpaths.push({ box: [Infinity, Infinity, -Infinity, -Infinity], curved: false });
        return true;
      case 'h': {
        const last = this.subpaths.at(-1);
        if (last) last.closed = true;
        return true;
      }
      case 'b':
      case 'b*':
      case 's':
        for (const sub of this.subpaths) sub.closed = true;
        this.paint(t === 's');
        return true;
      case 'f':
      case 'F':
      case 'f*':
      case 'B':
      case 'B*':
        this.paint(false);
        return true;
      case 'S':
        this.paint(true);
        return true;
      case 'n':
        this.subpaths = [];
        return true;
    }
    return false;
  }

  protected override draw(name: string): void {
    super.draw(name);
    this.placed.push({ name, matrix: this.state });
  }
}

/**
 * Whether a page draws text turned into outlines: many small closed shapes with curves filled (or stroked) on lines, as
 * letters sit on a baseline (OUTLINE_GLYPHS or more, at most GLYPH_SPAN points across), itself or in the forms it
 * draws; a small form that paints such a shape and is drawn again and again is a glyph each time, on the line of its
 * origin. A page of a few lines and shapes (a diagram, a rule) or a vector drawing does not: its words are none, while
 * an outlined page's cannot be counted.
 *
 * @example
 * pageOutlinesText(doc.context, page.dict, page.inherited.get(PDFName.of('Resources'))) // true for a letter exported "as curves"
 */
export function pageOutlinesText(context: PDFContext, page: PDFDict, inheritedResources?: PDFObject): boolean {
  const counted: OutlineCount = { glyphs: 0, lines: new Map<number, number>(), shapes: 0 };
  let forms = 0;
  // Forms read once, and whether each is one glyph's shape: a small form painting a shape with curves, drawn per letter.
  const glyphForms = new Map<PDFStream, boolean>();
  const visit = (contents: PDFObject | undefined, resources: PDFDict | undefined, ctm: Matrix, depth: number): void => {
    const scanner = new OutlineScanner(ctm, counted);
    feed(context, contents, scanner);
    scanner.end();
    const xobjects = resources ? context.lookup(resources.get(N.XObject)) : undefined;
    if (!(xobjects instanceof PDFDict) || depth >= MAX_FORM_DEPTH) return;
    for (const { name, matrix } of scanner.placed) {
      const form = context.lookup(xobjects.get(PDFName.of(name)));
      if (!(form instanceof PDFStream) || form.dict.get(N.Subtype) !== N.Form) continue;
      const placed = multiply(matrixOf(context, form.dict), matrix);
      const glyph = glyphForms.get(form);
      if (glyph === true) {
        countGlyph(counted, Math.round(placed[5]));
        continue;
      }
      if (glyph === false || ++forms > MAX_FORMS) continue;
      const own = context.lookup(form.dict.get(N.Resources));
      const before = counted.shapes;
      visit(form, own instanceof PDFDict ? own : resources, placed, depth + 1);
      const box = boxFrom(context, form.dict.get(N.BBox));
      const span = box ? boundsOf([box[0], box[1], box[2], box[1], box[0], box[3], box[2], box[3]], placed) : undefined;
      glyphForms.set(form, counted.shapes - before >= 1 && span !== undefined && span[2] - span[0] <= GLYPH_SPAN && span[3] - span[1] <= GLYPH_SPAN);
    }
  };
  try {
    const resources = context.lookup(page.get(N.Resources) ?? inheritedResources);
    visit(page.get(N.Contents), resources instanceof PDFDict ? resources : undefined, IDENTITY, 0);
  } catch (err) {
    if (!(err instanceof Found)) throw err;
    return true;
  }
  return false;
}

/** Whether `resources` name an image XObject, directly or inside a form they name (a flat image drawn in a form covers text too). */
function holdsImage(context: PDFContext, resources: PDFDict, seen = new Set<PDFDict>()): boolean {
  if (seen.has(resources) || seen.size > 64) return false;
  seen.add(resources);
  const xobjects = context.lookup(resources.get(N.XObject));
  return xobjects instanceof PDFDict && xobjects.values().some((x) => {
    const stream = x instanceof PDFRef ? context.lookup(x) : undefined;
    if (!(stream instanceof PDFRawStream)) return false;
    if (stream.dict.get(N.Subtype) === N.Image) return true;
    const inner = context.lookup(stream.dict.get(N.Resources));
    return inner instanceof PDFDict && holdsImage(context, inner, seen);
  });
}

/**
 * The content streams of a page or form: its `/Contents` (or a form's own stream) as one stream or an array of them.
 *
 * @example
 * for (const stream of contentStreams(doc.context, page.node.get(PDFName.of('Contents')))) decodeInto(stream.contents, ...);
 */
export function contentStreams(context: PDFContext, contents: PDFObject | undefined): PDFRawStream[] {
  const target = context.lookup(contents);
  const streams = target instanceof PDFArray ? target.asArray().map((s) => context.lookup(s)) : [target];
  return streams.filter((s): s is PDFRawStream => s instanceof PDFRawStream);
}

/** Decodes a page's (or form's) content streams into `scanner`, block by block; throws `Found` once it has found. */
function feed(context: PDFContext, contents: PDFObject | undefined, scanner: OperatorScanner): void {
  for (const stream of contentStreams(context, contents)) {
    decodeInto(stream.contents, streamFilters(context, stream.dict), {
      push(chunk) {
        scanner.push(chunk);
      },
    }, true);
    // `decodeInto` ends quietly on whatever its sink throws.
    if (scanner.found) throw new Found();
    scanner.boundary();
  }
}

/**
 * Whether a page shows text, as far as its content streams say without drawing them.
 *
 * @example
 * const look = lookForText(doc.context, page.node); // { text: true, fonts: true }
 */
export function lookForText(context: PDFContext, page: PDFDict): PageTextLook {
  const { found, fonts } = scanFor(context, page, TEXT_OPERATORS);
  return { text: found, fonts };
}

/**
 * Whether anything at all is drawn on a page: a painting operator in its content (or a form it draws), or an
 * annotation other than a link that has an appearance (a stamp, a note shown on the page).
 *
 * @example
 * const blank = pages.every((p) => !lookForMarks(doc.context, p.dict));
 */
export function lookForMarks(context: PDFContext, page: PDFDict): boolean {
  return shownAnnotation(context, page) || scanFor(context, page, PAINT_OPERATORS).found;
}

/**
 * The images a page draws, when images are all it draws (a page of a scan); undefined when it also shows text, a
 * drawing, an inline image or an annotation, since then it is not blank whatever its images hold. With
 * `invisibleText`, text in rendering mode 3 (the OCR layer over a scan) does not count: the page is still its images.
 *
 * @example
 * const scans = pageImagesOnly(doc.context, page.dict); // [{ ref, stream }] for a scanned page
 * pageImagesOnly(doc.context, page.dict, undefined, { invisibleText: true }); // the same with an OCR text layer
 */
export function pageImagesOnly(context: PDFContext, page: PDFDict, inheritedResources?: PDFObject, options: { invisibleText?: boolean } = {}): DrawnImage[] | undefined {
  if (shownAnnotation(context, page)) return undefined;
  const images: DrawnImage[] = [];
  return scanFor(context, page, NON_IMAGE_OPERATORS, images, inheritedResources, options.invisibleText).found ? undefined : images;
}

/**
 * The image XObjects a page draws with `Do`, itself or through the forms it draws (up to MAX_FORM_DEPTH deep, and
 * MAX_FORMS forms in all); a name that is neither an image nor a form is passed over, and inline images are not
 * XObjects. Unlike `pageImagesOnly`, a page that also shows text or drawings counts.
 *
 * @example
 * imagesDrawn(doc.context, page.dict, page.inherited.get(PDFName.of('Resources'))); // Set { PDFRawStream }
 */
export function imagesDrawn(context: PDFContext, page: PDFDict, inheritedResources?: PDFObject): Set<PDFRawStream> {
  const images = new Set<PDFRawStream>();
  let forms = 0;
  const visit = (contents: PDFObject | undefined, resources: PDFDict | undefined, depth: number): void => {
    const scanner = new OperatorScanner(new Set());
    feed(context, contents, scanner);
    scanner.end();
    const xobjects = resources ? context.lookup(resources.get(N.XObject)) : undefined;
    if (!(xobjects instanceof PDFDict)) return;
    for (const name of new Set(scanner.drawn)) {
      const xobject = context.lookup(xobjects.get(PDFName.of(name)));
      if (!(xobject instanceof PDFStream)) continue;
      const subtype = xobject.dict.get(N.Subtype);
      if (subtype === N.Image && xobject instanceof PDFRawStream) images.add(xobject);
      else if (subtype === N.Form && depth < MAX_FORM_DEPTH && ++forms <= MAX_FORMS) {
        const own = context.lookup(xobject.dict.get(N.Resources));
        visit(xobject, own instanceof PDFDict ? own : resources, depth + 1);
      }
    }
  };
  const resources = context.lookup(page.get(N.Resources) ?? inheritedResources);
  visit(page.get(N.Contents), resources instanceof PDFDict ? resources : undefined, 0);
  return images;
}

/** Whether the page has an annotation other than a link with an appearance (a stamp, a note shown on the page). */
function shownAnnotation(context: PDFContext, page: PDFDict): boolean {
  const annots = context.lookup(page.get(N.Annots));
  if (!(annots instanceof PDFArray)) return false;
  return annots.asArray().some((a) => {
    const annot = context.lookup(a);
    return annot instanceof PDFDict && ((annot.get(N.Subtype) !== N.Link && annot.get(N.AP) !== undefined) || typedWithoutAppearance(context, annot));
  });
}

/**
 * Text typed onto the page (FreeText) with no appearance of its own: viewers draw its /Contents, and the packet keeps
 * it; so is a filled-in field without one (online form builders write those): viewers draw its value, flattening prints it.
 */
function typedWithoutAppearance(context: PDFContext, annot: PDFDict): boolean {
  if (annot.get(N.Subtype) === N.Widget && annot.get(N.AP) === undefined) return shownFieldText(context, annot).trim() !== '';
  if (annot.get(N.Subtype) !== N.FreeText || annot.get(N.AP) !== undefined) return false;
  const flags = context.lookup(annot.get(N.F));
  if (flags instanceof PDFNumber && (flags.asNumber() & 34) !== 0) return false;
  const contents = context.lookup(annot.get(N.Contents));
  return (contents instanceof PDFString || contents instanceof PDFHexString) && textString(contents).trim() !== '';
}

/**
 * Whether one of the `wanted` operators is in the page's content or the forms it draws, and whether it has fonts;
 * the images drawn go to `images` when it is given, each time it is drawn and where (each form is read once for
 * each content that draws it, and what it draws placed by its /Matrix and the CTM at each of its `Do`s). With
 * `invisibleText` (looking for images only), text shown in rendering mode 3 is not a text operator found.
 */
function scanFor(context: PDFContext, page: PDFDict, wanted: ReadonlySet<string>, images?: DrawnImage[], inheritedResources?: PDFObject, invisibleText = false): { found: boolean; fonts: boolean } {
  const result = { found: false, fonts: false };
  let forms = 0;
  /** The images drawn by `contents` (when `images` is given), placed in its own space. */
  const visit = (contents: PDFObject | undefined, resources: PDFDict | undefined, depth: number): DrawnImage[] => {
    const fonts = resources ? context.lookup(resources.get(N.Font)) : undefined;
    if (fonts instanceof PDFDict && fonts.keys().length > 0) result.fonts = true;
    const scanner = images ? new PlacingScanner(wanted, invisibleText) : new OperatorScanner(wanted);
    feed(context, contents, scanner);
    scanner.end();
    // Looking for images only, what is not looked at counts as drawn: no blank verdict on a guess.
    if (depth >= MAX_FORM_DEPTH) {
      if (images && scanner.drawn.length > 0) throw new Found();
      return [];
    }
    const xobjects = resources ? context.lookup(resources.get(N.XObject)) : undefined;
    if (!(xobjects instanceof PDFDict)) {
      if (images && scanner.drawn.length > 0) throw new Found();
      return [];
    }
    /** What each name draws, placed in this content's space before its `Do`'s CTM. */
    const drawnBy = new Map<string, DrawnImage[]>();
    for (const name of new Set(scanner.drawn)) {
      const ref = xobjects.get(PDFName.of(name));
      const form = context.lookup(ref);
      if (images) {
        const subtype = form instanceof PDFStream ? form.dict.get(N.Subtype) : undefined;
        if (form instanceof PDFRawStream && subtype === N.Image && ref instanceof PDFRef) drawnBy.set(name, [{ ref, stream: form, matrix: IDENTITY }]);
        else if (subtype !== N.Form) throw new Found();
      }
      if (!(form instanceof PDFStream) || form.dict.get(N.Subtype) !== N.Form) continue;
      if (++forms > MAX_FORMS) {
        if (images) throw new Found();
        continue;
      }
      const own = context.lookup(form.dict.get(N.Resources));
      const inner = visit(form, own instanceof PDFDict ? own : resources, depth + 1);
      if (images) {
        const matrix = matrixOf(context, form.dict);
        drawnBy.set(name, inner.map((d) => ({ ...d, matrix: multiply(d.matrix, matrix) })));
      }
    }
    if (!(scanner instanceof PlacingScanner)) return [];
    const placed: DrawnImage[] = [];
    for (const { name, matrix } of scanner.placed) {
      for (const d of drawnBy.get(name) ?? []) {
        placed.push({ ...d, matrix: multiply(d.matrix, matrix) });
        if (placed.length > MAX_DRAWN_IMAGES) throw new Found();
      }
    }
    return placed;
  };
  try {
    const resources = context.lookup(page.get(N.Resources) ?? inheritedResources);
    const drawn = visit(page.get(N.Contents), resources instanceof PDFDict ? resources : undefined, 0);
    images?.push(...drawn);
  } catch (err) {
    if (!(err instanceof Found)) throw err;
    result.found = true;
  }
  return result;
}


/** What `coverScan` keeps across `q` and `Q`. */
interface Cover {
  ctm: Matrix;
  /** The fill colour's lightness (0 black, 1 white); NaN for a plain colour of a space not followed; undefined for a pattern. */
  light: number | undefined;
  /** The same of the stroke colour. */
  strokeLight: number | undefined;
  /** The contrast of black text on the fill colour (`contrastOnBlack`); undefined when not a device colour. */
  contrast?: number | undefined;
  /** Fills (strokes) are fully opaque (`/ca 1`, `/CA 1`) with no soft mask. */
  opaque: boolean;
  strokeOpaque: boolean;
  /** The blend mode's effect on black text under a fill: none (Normal), only a dark fill hides it (Multiply, Darken), only a light one does (Screen, Lighten), unknown (the others: no cover). */
  blend: 'normal' | 'dark' | 'light' | 'other';
  lineWidth: number;
  mode: number;
  size: number;
  leading: number;
  /** `Tc`, `Tw` and `Tz` (as a factor): how far the pen moves past each glyph and space. */
  charSpace: number;
  wordSpace: number;
  scale: number;
  /** Bounds on the page of the clipping paths set (`W n`, `W* n`, text in a clipping mode): a fill paints only within them; undefined: not clipped. */
  clip?: Box;
  /** The clip is the shapes of glyphs (text in a clipping mode): a fill through it paints letters, not a box. */
  glyphClip?: boolean;
  /** The font set is a composite one (Type0): two bytes a glyph. */
  wide?: boolean;
  /** The font set, to tell which of its codes draw a filled box (■ █). */
  font?: PDFDict | undefined;
  /** The clip is less than its bounds (a path other than an upright rectangle): a shading through it fills no known box. */
  clipShaped?: boolean;
}

/** Text at least this many points high showing one of WATERMARK_TEXT is a watermark. */
const WATERMARK_SIZE = 60;
/** What a watermark drawn as text says, all of it (a heading "Sample size" is not one). */
const WATERMARK_TEXT = /^\s*(?:draft|confidential|sample|specimen|void|not for distribution|do not copy|preliminary|entwurf|muster|luonnos|brouillon|borrador|bozza|utkast)\s*$/iu;

/** A fill at most this light (0 black, 1 white) is a dark box: judged as a cover even on a page with no other text to see. */
export const DARK = 0.5;
/** Under Multiply black text stays black on any fill: one of a colour whose hue is unknown hides it only at most this light (near-black). */
export const NEAR_BLACK = 0.1;
/**
 * Under Multiply black text stays black on the band: below this contrast between them (WCAG) it cannot be read. Dark
 * grey, navy, dark red or green give 1.3 to 1.8:1; pure blue (2.4:1), red, green, purple and yellow leave it readable.
 */
export const HIDING_CONTRAST = 2;
/** A tiling pattern's cell is read at this size (points), so that its fills are not taken for rules. */
const PATTERN_CELL = 100;
/** Text stroked with a line at least this part of its size wide fills the gaps between its letters: a bar, not letters. */
const THICK_STROKE = 0.25;
/** A box smaller than this (points) across or high is a rule or a bullet, not a box over a word. */
const MIN_COVER = 4;
/** Text shown on one page followed for what covers it: past this many shows, a page is a long table, not judged. */
const MAX_SHOWN = 20_000;
/** An image of at most this many pixels stretched over text is read for its colour (a black box drawn as a 1 x 1 image); larger ones are pictures, never decoded here. */
const MAX_BOX_PIXELS = 16;
/** Blend modes under which a dark fill hides black text but a light one shows it (a highlight), and the reverse. */
const DARKENING = new Set(['Multiply', 'Darken', 'ColorBurn']);
const LIGHTENING = new Set(['Screen', 'Lighten', 'ColorDodge']);

/** The graphics state a page's content (or an annotation's appearance) starts in. */
const COVER_START: Cover = { ctm: IDENTITY, light: 0, strokeLight: 0, contrast: 1, opaque: true, strokeOpaque: true, blend: 'normal', lineWidth: 1, mode: 0, size: 0, leading: 0, charSpace: 0, wordSpace: 0, scale: 1 };

/** A box filled (or a line stroked, or a one-colour image drawn) where it may cover text: `light` gives its lightness when asked (an image is decoded only then), undefined when not one plain colour. */
interface Fill {
  box: Box;
  at: number;
  dark: boolean;
  light?: () => number | undefined;
  /** A plain colour's lightness. */
  shade?: number;
  /** The convex outline on the page it fills (a box turned by a `cm`, a thick straight line at a slant): `box` is the upright box inside it. */
  poly?: number[];
}

/** Text shown: its bounds, when, its size on the page, its words' bounds when its font places them exactly (upright text), and whether it is in a light colour. */
interface Shown {
  box: Box;
  at: number;
  size: number;
  words?: Box[];
  light?: boolean;
}

/** What the scanners of a page and of the forms it draws note together, in the order they draw it. */
interface CoverNotes {
  shown: Shown[];
  fills: Fill[];
  ops: number;
  forms: number;
}

/**
 * A scanner that notes where text is shown (roughly: from its line's origin, half an em a byte), where opaque upright
 * rectangles of a plain colour are filled (dark or not), and whether a watermark artifact is drawn (`/Artifact << /Subtype /Watermark >> BDC`,
 * as Word and LibreOffice write one into the page).
 */
class CoverScanner extends StateScanner<Cover> {
  watermark = false;
  private line: Matrix = IDENTITY;
  private drift = 0;
  private rect: Box | undefined;
  /** The current path's points on the page while it is only lines from one `m`; [NaN] once it is anything else. */
  private corners: number[] = [];
  /** The current path's points on the page (curves flattened) while it is one subpath from one `m`; [NaN] once it is anything else. */
  private polyline: number[] = [];
  /** The same subpath's points as drawn, a curve's controls among them (`on` false), for the area a fill of it covers. */
  private outline: { x: number; y: number; on: boolean }[] = [];
  /** All the current path's subpaths on the page, curves flattened (undefined once too many points to follow). */
  private shape: number[][] | undefined = [];
  /** Marked content, and whether what is drawn now is in a hidden layer: what is drawn there covers nothing. */
  private readonly marked = new MarkedContent();
  /** The current path's bounds on the page, for the clip a `W` sets when the path ends. */
  private pathBounds: Box | undefined;
  private clipping = false;
  /** Where text in a clipping mode is shown in the current text object: at `ET` it becomes the clip. */
  private glyphs: Box | undefined;
  /** An inline image read as a box once its data is in: where it is drawn, when, and what it is. */
  private pendingImage: { box: Box; at: number; image: TinyImage; filters: FilterStep[]; fill: number | undefined } | undefined;

  /** `clip`: a form's box on the page, which what it fills is cut to; `depth`: forms this one is drawn in. */
  constructor(
    private readonly page: { context: PDFContext; resources?: PDFDict; hidden: HiddenLayers },
    readonly notes: CoverNotes = { shown: [], fills: [], ops: 0, forms: 0 },
    state: Cover = COVER_START,
    private readonly clip?: Box,
    private readonly depth = 0,
  ) {
    super(new Set(), state);
  }

  protected override operator(t: string, o: readonly number[]): boolean {
    const at = ++this.notes.ops;
    const x = o.at(-1);
    const set = (change: Partial<Cover>): true => {
      this.state = { ...this.state, ...change };
      return true;
    };
    // Where the next text line starts: the same in every scanner that places text.
    const moved = textLine(t, o, this.line, this.state.leading);
    if (moved) {
      if (moved.leading !== undefined) set({ leading: moved.leading });
      return moved.matrix ? this.newLine(moved.matrix) : true;
    }
    if (PATH_POINTS[t] !== undefined) {
      this.tracePath(t, o);
      this.follow(t, o);
      this.shape = traced(this.shape, t, o.length >= PATH_POINTS[t]! ? o.slice(-PATH_POINTS[t]!) : undefined, this.state.ctm);
    }
    switch (t) {
      case 'g':
      case 'rg':
      case 'k':
      {
        const colour = o.slice(-(t === 'g' ? 1 : t === 'rg' ? 3 : 4));
        return set({ light: lightness(colour), contrast: contrastOnBlack(colour) });
      }
      case 'G':
      case 'RG':
      case 'K':
        return set({ strokeLight: lightness(o.slice(-(t === 'G' ? 1 : t === 'RG' ? 3 : 4))) });
      case 'cs':
        return set({ light: undefined, contrast: undefined });
      case 'CS':
        return set({ strokeLight: undefined });
      // A colour in a named space (an ICC profile, as some PDF writers set every colour): opaque, lightness unknown; a pattern (a name) is not followed.
      // A shading pattern is judged by its darkest colour, as a shading (`sh`) is.
      case 'sc':
      case 'scn':
        return set({ light: this.names.length === 0 && o.length > 0 ? NaN : this.patternLight(this.names, o), contrast: undefined });
      case 'SC':
      case 'SCN':
        return set({ strokeLight: this.names.length === 0 && o.length > 0 ? NaN : this.patternLight(this.names) });
      case 'w':
        return x === undefined ? true : set({ lineWidth: x });
      case 'cm':
        return o.length >= 6 ? set({ ctm: multiply(o.slice(-6) as unknown as Matrix, this.state.ctm) }) : true;
      case 'gs':
        return set(this.extGState(this.lastName));
      case 'Tr':
        return set({ mode: x ?? 0 });
      case 'Tc':
        return x === undefined ? true : set({ charSpace: x });
      case 'Tw':
        return x === undefined ? true : set({ wordSpace: x });
      case 'Tz':
        return x === undefined ? true : set({ scale: x / 100 });
      // A composite font (Type0, as Word and LaTeX embed one) takes two bytes a glyph: its text reaches half as far.
      case 'Tf': {
        const font = this.named('Font', this.lastName);
        return x === undefined ? true : set({ size: x, wide: font instanceof PDFDict && font.get(N.Subtype) === N.Type0, font: font instanceof PDFDict ? font : undefined });
      }
      case 're': {
        const m = this.state.ctm;
        const r = o.length >= 4 ? o.slice(-4) : undefined;
        this.rect = r && this.corners.length === 0 && (m[1] === 0 && m[2] === 0 || m[0] === 0 && m[3] === 0) ? boundsOf([r[0]!, r[1]!, r[0]! + r[2]!, r[1]! + r[3]!], m) : undefined;
        this.corners = [NaN];
        return true;
      }
      // A rectangle drawn as four lines (`m l l l h`, as pdf-lib and some editors draw a box) is one too.
      case 'm':
      case 'l': {
        const m = this.state.ctm;
        if (o.length < 2 || (t === 'm') !== (this.corners.length === 0)) this.corners = [NaN];
        else this.corners.push(m[0] * o.at(-2)! + m[2] * o.at(-1)! + m[4], m[1] * o.at(-2)! + m[3] * o.at(-1)! + m[5]);
        this.rect = this.corners.length === 8 || this.corners.length === 10 ? uprightRect(this.corners) : undefined;
        return true;
      }
      case 'h':
        return true;
      case 'W':
      case 'W*':
        this.clipping = true;
        return true;
      // Text shown in a clipping mode (4 to 7) makes the clip its glyphs' shapes when its text object ends.
      case 'ET':
        if (this.glyphs) set({ clip: this.state.clip ? meet(this.state.clip, this.glyphs) : this.glyphs, glyphClip: true, clipShaped: true });
        this.glyphs = undefined;
        return true;
      // A shading paints all of the clip (of the page, or of the form drawing it): a fill of the clip's area in its darkest colour.
      case 'sh': {
        const area = this.state.clip ?? this.clip;
        if (area && this.state.opaque && !this.state.clipShaped) this.fill(area, at, shadingLight(this.page.context, this.named('Shading', this.lastName)));
        return true;
      }
      case 'BDC':
        if (this.names[0] === 'Artifact' && this.watermarkTag(this.names.slice(1))) this.watermark = true;
        return this.marked.operator(t, this.page, this.names);
      case 'BMC':
      case 'EMC':
        return this.marked.operator(t, this.page, this.names);
      case 'BI':
        this.inlineDict = [];
        return true;
      case 'ID':
        this.inlineStart(at);
        // Not taken: the scanner still skips the data.
        return false;
    }
    if (t === '"' && o.length >= 2) set({ wordSpace: o.at(-2)!, charSpace: o.at(-1)! });
    if (t === "'" || t === '"') this.newLine(multiply([1, 0, 0, 1, 0, -this.state.leading], this.line));
    if (TEXT_OPERATORS.has(t)) {
      const s = this.state;
      // A font whose widths are known places the text exactly; else it is guessed at half an em a byte.
      const placed = this.placedRun(t, this.page.context, s.font, s);
      const width = placed ? placed.advance : (this.stringBytes / (s.wide ? 2 : 1)) * 0.5 * Math.abs(s.size) + (this.moves / 1000) * Math.abs(s.size);
      const m = multiply(this.line, s.ctm);
      if (s.mode % 4 !== 3 && s.size !== 0 && this.notes.shown.length < MAX_SHOWN) {
        const box = boundsOf([this.drift, -0.2 * s.size, this.drift + width, 0.8 * s.size], m);
        const spans = placed && m[1] === 0 && m[2] === 0 && m[0] > 0 && m[3] > 0 && s.size > 0 ? wordSpans(placed.glyphs) : undefined;
        const words = spans?.map(([a, b]) => boundsOf([this.drift + a, -0.2 * s.size, this.drift + b, 0.8 * s.size], m));
        const ink = s.mode % 4 === 1 ? s.strokeLight : s.light;
        this.notes.shown.push({ box, at, size: Math.abs(s.size) * Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2])), ...(words ? { words } : {}), ...(ink !== undefined && ink > DARK ? { light: true } : {}) });
      }
      if (s.mode >= 4 && s.mode <= 7 && s.size !== 0) {
        const box = boundsOf([this.drift, -0.2 * s.size, this.drift + width, 0.8 * s.size], m);
        this.glyphs = this.glyphs ? hull(this.glyphs, box) : box;
      }
      if (s.size !== 0) this.inkedText(at, m, width);
      // A review word in letters an inch high or more, across the page: a watermark drawn as text ("DRAFT", "CONFIDENTIAL").
      if (s.mode % 4 !== 3 && Math.abs(s.size) * Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2])) >= WATERMARK_SIZE && WATERMARK_TEXT.test(this.shownBytes)) this.watermark = true;
      this.drift += width;
      return true;
    }
    if (PATH_PAINTING.has(t) || t === 'n') {
      const s = this.state;
      const r = this.rect;
      const line = this.polyline;
      const outline = this.outline;
      const shape = this.shape;
      this.rect = undefined;
      this.corners = [];
      this.polyline = [];
      this.outline = [];
      this.shape = [];
      // A light box outlined in a dark colour is a frame a reviewer sees (a form's field, as LibreOffice draws one), not white-out.
      const framed = PATH_STROKING.has(t) && s.strokeOpaque && !(s.strokeLight !== undefined && s.strokeLight > DARK) && !(s.light !== undefined && s.light <= DARK);
      // A box drawn with curves (rounded corners, as Word and LibreOffice draw a rounded rectangle) covers the band it fills across its height; an ellipse, a rotated box or several boxes in one path what each outline certainly fills.
      const areas = r ? [{ box: r }] : PATH_FILLING.has(t) && s.opaque && !framed ? filledAreas(outline, line, shape, EVEN_ODD.has(t), (b) => this.notes.shown.some((shown) => overlaps(shown.box, b))) : [];
      if (PATH_FILLING.has(t) && s.opaque && !framed) for (const area of areas) this.fill(area.box, at, s.light, false, s.contrast, area.poly);
      // A thick line (a marker's stroke, straight or curved; white-out as a wide white stroke) over text hides it as a box does, and so does the outline of a filled shape.
      if (PATH_STROKING.has(t) && s.strokeOpaque && s.strokeLight !== undefined) {
        const half = (s.lineWidth / 2) * Math.sqrt(Math.abs(s.ctm[0] * s.ctm[3] - s.ctm[1] * s.ctm[2]));
        const box = r ? strokedRect(r, half) : strokeBand(line, half);
        // A straight line at a slant paints a turned bar: judged by that bar, not the upright box inside it.
        const bar = box || r ? undefined : strokeQuad(line, half);
        const inner = bar && innerRect(bar);
        if (box) this.fill(box, at, s.strokeLight);
        else if (bar && inner) this.fill(inner, at, s.strokeLight, false, undefined, bar);
      }
      this.endPath(r !== undefined);
      return true;
    }
    if (t === 'Do') {
      this.drawXObject(this.lastName, at);
      return true;
    }
    if (t === 'c' || t === 'v' || t === 'y') {
      this.rect = undefined;
      this.corners = [NaN];
    }
    return false;
  }

  private newLine(matrix: Matrix): true {
    this.line = matrix;
    this.drift = 0;
    return true;
  }

  /**
   * Text that paints a solid bar: a run of filled-box glyphs (■ █, as typing "█████" over a line gives) filled in its
   * colour, or letters stroked with a line a quarter of an em wide or more (a marker made of text), in the stroke's.
   */
  private inkedText(at: number, m: Matrix, width: number): void {
    const s = this.state;
    const scale = Math.sqrt(Math.abs(s.ctm[0] * s.ctm[3] - s.ctm[1] * s.ctm[2]));
    const size = Math.abs(s.size) * Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
    if ((s.mode === 1 || s.mode === 2 || s.mode === 5 || s.mode === 6) && s.strokeOpaque && s.lineWidth * scale >= THICK_STROKE * size) {
      const half = (s.lineWidth * scale) / 2;
      const [x1, y1, x2, y2] = boundsOf([this.drift, -0.2 * s.size, this.drift + width, 0.8 * s.size], m);
      this.fill([x1 - half, y1 - half, x2 + half, y2 + half], at, s.strokeLight, true);
    }
    if (s.mode % 2 !== 0 || s.mode === 3 || s.mode === 7 || !s.font || this.shownCodes.length === 0) return;
    const boxes = boxGlyphs(this.page.context, s.font);
    if (boxes.widths.size === 0) return;
    const codes = s.wide ? this.shownCodes.flatMap((c, k) => (k % 2 === 0 ? [(c << 8) | (this.shownCodes[k + 1] ?? 0)] : [])) : this.shownCodes;
    let ems = 0;
    for (const code of codes) {
      const w = boxes.widths.get(code) ?? (!s.wide && code === 0x20 ? boxes.space : undefined);
      if (w === undefined) return;
      ems += w;
    }
    if (!codes.some((c) => boxes.widths.has(c))) return;
    this.fill(boundsOf([this.drift, 0, this.drift + ems * s.size + (this.moves / 1000) * Math.abs(s.size), 0.7 * s.size], m), at, s.light, false, s.contrast);
  }

  /** Follows one subpath's points on the page, curves flattened, for the band its stroke paints. */
  private follow(t: string, o: readonly number[]): void {
    const p = this.polyline;
    const m = this.state.ctm;
    if (o.length < PATH_POINTS[t]! || t === 're' || (t === 'm') !== (p.length === 0) || p.length > 2 * MAX_SHAPE_POINTS) {
      this.polyline = [NaN];
      this.outline = [];
      return;
    }
    const page = (i: number, on: boolean): { x: number; y: number; on: boolean } => ({ x: m[0] * o.at(i)! + m[2] * o.at(i + 1)! + m[4], y: m[1] * o.at(i)! + m[3] * o.at(i + 1)! + m[5], on });
    // `v` repeats the current point as its first control, `y` its end as its second.
    const controls = t === 'c' ? [page(-6, false), page(-4, false)] : t === 'v' || t === 'y' ? [page(-4, false)] : [];
    this.outline.push(...controls, page(-2, true));
    if (t === 'm' || t === 'l') p.push(m[0] * o.at(-2)! + m[2] * o.at(-1)! + m[4], m[1] * o.at(-2)! + m[3] * o.at(-1)! + m[5]);
    else p.push(...flattened(t, o, m, [p.at(-2)!, p.at(-1)!]));
  }

  /** Notes the points a path operator adds, on the page (a curve's control points bound it). */
  private tracePath(t: string, o: readonly number[]): void {
    const n = PATH_POINTS[t]!;
    if (o.length < n) return;
    const v = o.slice(-n);
    const [x, y, w, h] = v as [number, number, number, number];
    const b = boundsOf(t === 're' ? [x, y, x + w, y, x, y + h, x + w, y + h] : v, this.state.ctm);
    this.pathBounds = this.pathBounds ? hull(this.pathBounds, b) : b;
  }

  /** The end of a path (`upright`: one upright rectangle): a `W` before it makes the path's bounds part of the clip's. */
  private endPath(upright: boolean): void {
    const bounds = this.pathBounds;
    if (this.clipping && bounds) {
      this.state = { ...this.state, clip: this.state.clip ? meet(this.state.clip, bounds) : bounds, clipShaped: this.state.clipShaped || !upright };
    }
    this.clipping = false;
    this.pathBounds = undefined;
  }

  /** The resource `name` of the category `kind` (a shading, a pattern) in the page's or form's resources. */
  private named(kind: string, name: string): PDFObject | undefined {
    const { context, resources } = this.page;
    const all = resources ? context.lookup(resources.get(PDFName.of(kind))) : undefined;
    return all instanceof PDFDict && name ? context.lookup(all.get(PDFName.of(name))) : undefined;
  }

  /**
   * The darkest lightness of the shading pattern a colour operator names; for a tiling pattern whose cell is all filled
   * by one box, that box's lightness (an uncoloured one's: the colour given with it, `operands`); undefined otherwise.
   */
  private patternLight(names: readonly string[], operands: readonly number[] = []): number | undefined {
    const { context } = this.page;
    const pattern = names.length === 1 ? this.named('Pattern', names[0]!) : undefined;
    const dict = pattern instanceof PDFStream ? pattern.dict : pattern;
    if (!(dict instanceof PDFDict)) return undefined;
    const type = numberOf(context, dict, 'PatternType');
    if (type === 2) return shadingLight(context, context.lookup(dict.get(PDFName.of('Shading'))));
    const bbox = boxFrom(context, dict.get(N.BBox));
    const [xStep, yStep] = [numberOf(context, dict, 'XStep'), numberOf(context, dict, 'YStep')];
    if (type !== 1 || !(pattern instanceof PDFRawStream) || !bbox || xStep === undefined || yStep === undefined || this.depth >= MAX_FORM_DEPTH) return undefined;
    // One cell: the pattern's box, where its steps leave no gap between cells; read enlarged, so a small cell's box is no bullet.
    const cell: Box = [bbox[0], bbox[1], bbox[0] + Math.abs(xStep), bbox[1] + Math.abs(yStep)];
    if (!contains(bbox, cell) || cell[2] - cell[0] <= 0 || cell[3] - cell[1] <= 0) return undefined;
    const k = PATTERN_CELL / Math.min(cell[2] - cell[0], cell[3] - cell[1]);
    const grown: Matrix = [k, 0, 0, k, 0, 0];
    const own = context.lookup(dict.get(N.Resources));
    const inner = new CoverScanner({ context, hidden: this.page.hidden, ...(own instanceof PDFDict ? { resources: own } : {}) }, undefined, { ...COVER_START, ctm: grown }, boundsOf([...bbox], grown), this.depth + 1);
    try {
      feed(context, pattern, inner);
      inner.end();
    } catch (err) {
      if (!(err instanceof Found)) throw err;
    }
    const whole = inner.notes.fills.filter((f) => f.shade !== undefined && contains(f.box, boundsOf([...cell], grown))).at(-1);
    if (!whole) return undefined;
    const uncoloured = numberOf(context, dict, 'PaintType') === 2;
    return uncoloured ? ([1, 3, 4].includes(operands.length) ? lightness(operands) : undefined) : whole.shade;
  }

  /** Notes an opaque box painted at `at` in a colour of lightness `light` (or told later, for an image), cut to the form's box, if it is large enough to cover a word, not in a hidden layer, and its blend mode lets it hide text. */
  private fill(r: Box, at: number, light: number | undefined | (() => number | undefined), darkOnly = false, contrast?: number, outline?: number[]): void {
    const { clip, glyphClip } = this.state;
    const cut = this.clip ? meet(r, this.clip) : r;
    const box = clip ? meet(cut, clip) : cut;
    // A turned bar cut by a clip paints less than its outline: then only the box inside it is judged.
    const bounds = outline && boundsOf(outline, IDENTITY);
    const poly = bounds && (!this.clip || contains(this.clip, bounds)) && (!clip || contains(clip, bounds)) ? outline : undefined;
    const size = poly ? bounds! : box;
    if (light === undefined || glyphClip || this.marked.hidden || size[2] - size[0] < MIN_COVER || size[3] - size[1] < MIN_COVER) return;
    const { blend } = this.state;
    if (blend === 'other') return;
    // Under Multiply black text stays black: the band hides it when the two are too alike to read (a colour of unknown hue: near-black).
    const blackened = (l: number): boolean => (contrast !== undefined ? contrast < HIDING_CONTRAST : l <= NEAR_BLACK);
    const hides = (l: number | undefined): number | undefined => (l === undefined || blend === 'normal' || (blend === 'dark' ? blackened(l) : l > DARK) ? l : undefined);
    // Letters stroked count dark only: a light outline round letters is a halo, not a bar.
    const judged = (l: number | undefined): number | undefined => (darkOnly && l !== undefined && l > DARK ? undefined : hides(l));
    if (typeof light === 'function') this.notes.fills.push({ box, at, dark: false, light: () => judged(light()) });
    else if (judged(light) !== undefined) this.notes.fills.push({ box, at, dark: light <= DARK, shade: light, ...(poly ? { poly } : {}) });
  }

  /** A `Do`: a form is read in place (a flattened comment's box is drawn by one); a tiny one-colour image stretched over text is a box. */
  private drawXObject(name: string, at: number): void {
    const { context, resources } = this.page;
    const xobjects = resources ? context.lookup(resources.get(N.XObject)) : undefined;
    const xobject = xobjects instanceof PDFDict ? context.lookup(xobjects.get(PDFName.of(name))) : undefined;
    // An XObject in a hidden layer (its own /OC, or marked content) is not shown, nor printed.
    if (!(xobject instanceof PDFRawStream) || this.marked.hidden || this.page.hidden(xobject.dict.get(N.OC))) return;
    const m = this.state.ctm;
    const upright = (m[1] === 0 && m[2] === 0) || (m[0] === 0 && m[3] === 0);
    const subtype = xobject.dict.get(N.Subtype);
    if (subtype === N.Image) {
      if (upright && this.state.opaque) this.fill(boundsOf([0, 0, 1, 1], m), at, () => imageColour(context, xobject, this.state.light));
      return;
    }
    if (subtype !== N.Form || this.depth >= MAX_FORM_DEPTH || ++this.notes.forms > MAX_FORMS) return;
    const ctm = multiply(matrixOf(context, xobject.dict), m);
    const bbox = boxFrom(context, xobject.dict.get(N.BBox));
    const placed = bbox && upright ? boundsOf([bbox[0], bbox[1], bbox[2], bbox[3]], ctm) : undefined;
    const clip = placed && this.clip ? meet(placed, this.clip) : (placed ?? this.clip);
    const own = context.lookup(xobject.dict.get(N.Resources));
    const inner = new CoverScanner({ context, hidden: this.page.hidden, ...(own instanceof PDFDict ? { resources: own } : resources ? { resources } : {}) }, this.notes, { ...this.state, ctm }, clip, this.depth + 1);
    feed(context, xobject, inner);
    inner.end();
  }

  /** At an inline image's `ID`: one tiny enough to be a box (as the XObject case), upright and opaque, has its data kept. */
  private inlineStart(at: number): void {
    const dict = this.inlineDict ?? [];
    this.inlineDict = undefined;
    const m = this.state.ctm;
    const upright = (m[1] === 0 && m[2] === 0) || (m[0] === 0 && m[3] === 0);
    const parsed = upright && this.state.opaque && !this.marked.hidden ? inlineImageOf(dict) : undefined;
    if (!parsed || !tinyImage(parsed.image)) return;
    this.pendingImage = { box: boundsOf([0, 0, 1, 1], m), at, ...parsed, fill: this.state.light };
    this.inlineData = [];
  }

  protected override inlineImage(data: readonly number[]): void {
    const drawn = this.pendingImage;
    this.pendingImage = undefined;
    if (!drawn) return;
    const light = plainColour(drawn.image, decoded(Uint8Array.from(data), drawn.filters), drawn.fill);
    this.fill(drawn.box, drawn.at, () => light);
  }

  /** A watermark artifact's properties: inline (`/Subtype /Watermark`), or a property list named in the resources. */
  private watermarkTag(names: readonly string[]): boolean {
    if (names.includes('Subtype') && names[names.indexOf('Subtype') + 1] === 'Watermark') return true;
    const { context, resources } = this.page;
    const props = resources ? context.lookup(resources.get(N.Properties)) : undefined;
    const list = names.length === 1 && props instanceof PDFDict ? context.lookup(props.get(PDFName.of(names[0]!))) : undefined;
    return list instanceof PDFDict && list.get(N.Subtype) === PDFName.of('Watermark');
  }

  /** What the ExtGState `name` sets: opacity (`ca`, `CA`; a soft mask makes neither opaque), the blend mode, the line width. */
  private extGState(name: string): Partial<Cover> {
    const { context, resources } = this.page;
    const states = resources ? context.lookup(resources.get(N.ExtGState)) : undefined;
    const gs = states instanceof PDFDict ? context.lookup(states.get(PDFName.of(name))) : undefined;
    if (!(gs instanceof PDFDict)) return {};
    const get = (key: string): PDFObject | undefined => context.lookup(gs.get(PDFName.of(key)));
    const below1 = (v: PDFObject | undefined): boolean => v instanceof PDFNumber && v.asNumber() < 1;
    const mask = get('SMask');
    const masked = mask !== undefined && mask !== PDFName.of('None');
    const change: { -readonly [K in keyof Cover]?: Cover[K] } = { opaque: !below1(get('ca')) && !masked && this.state.opaque, strokeOpaque: !below1(get('CA')) && !masked && this.state.strokeOpaque };
    // A blend mode is a name, or an array of them of which a viewer takes the first it knows.
    const bm = get('BM');
    const first = bm instanceof PDFArray ? context.lookup(bm.get(0)) : bm;
    if (first instanceof PDFName) {
      const mode = first.decodeText();
      change.blend = mode === 'Normal' || mode === 'Compatible' ? 'normal' : DARKENING.has(mode) ? 'dark' : LIGHTENING.has(mode) ? 'light' : 'other';
    }
    const lw = get('LW');
    if (lw instanceof PDFNumber) change.lineWidth = lw.asNumber();
    return change;
  }
}

/** Numbers of a path operator's operands that are its points (`re`: a corner, then the width and height). */
const PATH_POINTS: Readonly<Record<string, number>> = { m: 2, l: 2, c: 6, v: 4, y: 4, re: 4 };

/** A number in `dict` at `key`, or undefined. */
function numberOf(context: PDFContext, dict: PDFDict, key: string): number | undefined {
  const v = context.lookup(dict.get(PDFName.of(key)));
  return v instanceof PDFNumber ? v.asNumber() : undefined;
}

/** Numbers of a PDF array, or undefined when it is not one of numbers. */
function numbersOf(context: PDFContext, v: PDFObject | undefined): number[] | undefined {
  const a = context.lookup(v);
  if (!(a instanceof PDFArray)) return undefined;
  const out = a.asArray().map((x) => context.lookup(x));
  return out.every((x) => x instanceof PDFNumber) ? out.map((x) => (x as PDFNumber).asNumber()) : undefined;
}

/** Functions followed inside a stitching function, in depth. */
const MAX_FUNCTION_DEPTH = 4;

/**
 * The lightness of a shading's darkest colour (0 black, 1 white), from its function's end colours (an exponential
 * one, or one stitched of those: lightness is darkest at an end of each) in a device colour space; undefined when not
 * followed, and for a mesh (types 4 to 7), which paints only its patches, not all it is clipped to.
 */
export function shadingLight(context: PDFContext, shading: PDFObject | undefined): number | undefined {
  const dict = shading instanceof PDFStream ? shading.dict : shading;
  const type = dict instanceof PDFDict ? numberOf(context, dict, 'ShadingType') : undefined;
  if (!(dict instanceof PDFDict) || type === undefined || type < 1 || type > 3) return undefined;
  let space = context.lookup(dict.get(PDFName.of('ColorSpace')));
  // An ICC profile's colours are read as the device space of as many components.
  if (space instanceof PDFArray && context.lookup(space.get(0)) === PDFName.of('ICCBased')) {
    const profile = context.lookup(space.get(1));
    const n = profile instanceof PDFStream ? numberOf(context, profile.dict, 'N') : undefined;
    space = n === 1 ? PDFName.of('DeviceGray') : n === 3 ? PDFName.of('DeviceRGB') : n === 4 ? PDFName.of('DeviceCMYK') : undefined;
  }
  const channels = space === PDFName.of('DeviceGray') ? 1 : space === PDFName.of('DeviceRGB') ? 3 : space === PDFName.of('DeviceCMYK') ? 4 : 0;
  if (channels === 0) return undefined;
  const ends = (f: PDFObject | undefined, depth: number): number[][] | undefined => {
    const fn = context.lookup(f);
    const d = fn instanceof PDFStream ? fn.dict : fn;
    if (!(d instanceof PDFDict) || depth > MAX_FUNCTION_DEPTH) return undefined;
    const type = numberOf(context, d, 'FunctionType');
    if (type === 2) return [numbersOf(context, d.get(PDFName.of('C0'))) ?? [0], numbersOf(context, d.get(PDFName.of('C1'))) ?? [1]];
    const parts = context.lookup(d.get(PDFName.of('Functions')));
    if (type !== 3 || !(parts instanceof PDFArray)) return undefined;
    const all = parts.asArray().map((p) => ends(p, depth + 1));
    return all.every((e) => e !== undefined) ? all.flat() : undefined;
  };
  const colours = ends(dict.get(PDFName.of('Function')), 0);
  if (!colours || colours.some((c) => c.length !== channels)) return undefined;
  return Math.min(...colours.map((c) => lightness(c)));
}

/** Characters that draw a filled box, as typed over a line to black it out: ■ █ ▬ ▮ ▇ ▉. */
const BOX_CHARS: ReadonlySet<number> = new Set([0x25a0, 0x2588, 0x25ac, 0x25ae, 0x2587, 0x2589]);
/** Glyph names of those in a font's /Differences (`a73`: ZapfDingbats' ■). */
const BOX_NAMES: ReadonlySet<string> = new Set(['filledbox', 'blacksquare', 'block', 'uni25A0', 'uni2588', 'uni25AC', 'uni25AE', 'a73']);
/** Fonts whose code `n` (0x6E) is ■ in their own encoding, and its width (ems) where the font gives none. */
const DINGBATS = /ZapfDingbats|Dingbats|Wingdings/iu;
const DINGBAT_BOX = 0x6e;
const DINGBAT_BOX_WIDTH = 0.761;
/** A ToUnicode map longer than this is not read for box glyphs. */
const MAX_CMAP_BYTES = 1 << 20;
const boxGlyphCache = new WeakMap<PDFDict, { widths: Map<number, number>; space: number }>();

/**
 * The codes of a font that draw a filled box (■ █), with their widths in ems, and a space's width: by the font's
 * ToUnicode map, its /Differences glyph names, or a dingbat font's own ■; none for a Type 3 font (its glyphs are drawings).
 */
function boxGlyphs(context: PDFContext, font: PDFDict): { widths: Map<number, number>; space: number } {
  const cached = boxGlyphCache.get(font);
  if (cached) return cached;
  const codes = new Set<number>();
  const get = (key: string): PDFObject | undefined => context.lookup(font.get(PDFName.of(key)));
  const type0 = font.get(N.Subtype) === N.Type0;
  if (font.get(N.Subtype) !== N.Type3) {
    const base = get('BaseFont');
    const encoding = get('Encoding');
    const differences = encoding instanceof PDFDict ? context.lookup(encoding.get(PDFName.of('Differences'))) : undefined;
    const renamed = new Set<number>();
    if (!type0 && differences instanceof PDFArray) {
      let code = 0;
      for (const item of differences.asArray().map((d) => context.lookup(d))) {
        if (item instanceof PDFNumber) code = item.asNumber();
        else if (item instanceof PDFName) {
          if (BOX_NAMES.has(item.decodeText())) codes.add(code);
          renamed.add(code++);
        }
      }
    }
    if (!type0 && base instanceof PDFName && DINGBATS.test(base.decodeText()) && !renamed.has(DINGBAT_BOX)) codes.add(DINGBAT_BOX);
    for (const code of unicodeBoxes(context, get('ToUnicode'))) codes.add(code);
  }
  const widths = new Map<number, number>();
  const first = get('FirstChar');
  const all = numbersOf(context, font.get(PDFName.of('Widths')));
  const width = (code: number): number | undefined => {
    const w = all && first instanceof PDFNumber ? all[code - first.asNumber()] : undefined;
    return w !== undefined && w > 0 ? w / 1000 : undefined;
  };
  for (const code of codes) widths.set(code, width(code) ?? (code === DINGBAT_BOX ? DINGBAT_BOX_WIDTH : 1));
  const found = { widths, space: width(0x20) ?? 0.25 };
  boxGlyphCache.set(font, found);
  return found;
}

/** The codes a ToUnicode CMap maps to a box character (`bfchar` pairs and `bfrange` starts). */
function unicodeBoxes(context: PDFContext, cmap: PDFObject | undefined): number[] {
  const text = cmap instanceof PDFRawStream ? decodedText(context, cmap, MAX_CMAP_BYTES) : undefined;
  if (text === undefined || ![...BOX_CHARS].some((c) => text.toUpperCase().includes(c.toString(16).toUpperCase()))) return [];
  const found: number[] = [];
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/gu)) {
    for (const [, code, to] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/gu)) if (BOX_CHARS.has(parseInt(to!, 16))) found.push(parseInt(code!, 16));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/gu)) {
    for (const [, lo, hi, to] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/gu)) {
      const [a, b, t] = [parseInt(lo!, 16), parseInt(hi!, 16), parseInt(to!, 16)];
      for (const c of BOX_CHARS) if (c >= t && c - t <= b - a) found.push(a + c - t);
    }
  }
  return found;
}

/** The contrast (WCAG, 1 to 21) of black text on a `g`, `rg` or `k` colour: its relative luminance plus 0.05, over 0.05. */
export function contrastOnBlack(v: readonly number[]): number {
  const rgb = v.length === 1 ? [v[0]!, v[0]!, v[0]!] : v.length === 3 ? v : v.length === 4 ? v.slice(0, 3).map((c) => (1 - Math.min(1, c)) * (1 - Math.min(1, v[3]!))) : [0, 0, 0];
  const linear = rgb.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return (0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]! + 0.05) / 0.05;
}

/** Lightness of a `g`, `rg` or `k` colour: 0 black, 1 white. */
export function lightness(v: readonly number[]): number {
  if (v.length === 1) return v[0]!;
  if (v.length === 3) return 0.3 * v[0]! + 0.59 * v[1]! + 0.11 * v[2]!;
  return (1 - Math.min(1, v[3]!)) * (1 - (0.3 * v[0]! + 0.59 * v[1]! + 0.11 * v[2]!));
}

/** Whether text at `text` lies under `box`: its middle line within the box's height, and a good part of it within its width. */
function under(text: Box, box: Box): boolean {
  const middle = text[1] + (text[3] - text[1]) * 0.4;
  const across = Math.min(text[2], box[2]) - Math.max(text[0], box[0]);
  return middle >= box[1] && middle <= box[3] && across >= Math.min(text[2] - text[0], 3 * (text[3] - text[1])) * 0.5 && across > 0;
}

/** Whether `box` fills the body of the letters at `text`, from their baseline to half an em above. */
function fillsBody(text: Box, box: Box): boolean {
  const [low, high] = body(text);
  return box[1] <= low + 1e-6 && box[3] >= high - 1e-6;
}

/** Whether `box` covers where the text at `text` starts (within a third of its height). */
function coversStart(text: Box, box: Box): boolean {
  const slack = (text[3] - text[1]) / 3;
  return text[0] >= box[0] - slack && text[0] < box[2];
}

/**
 * What a page's own content hides and marks: the boxes filled over text shown before them (an identity code
 * "blacked out" with a drawn box, or whited out: still in the file, read and copied; a light one only on a page with
 * other text to see), each of the `extra` boxes drawn over the
 * page (filled Square comments) that lies over text, and whether it draws a watermark artifact.
 *
 * @example
 * coverScan(doc.context, page.dict); // { covers: [[70, 734, 370, 748]], watermark: false, extra: [] }
 */
export function coverScan(context: PDFContext, page: PDFDict, inheritedResources?: PDFObject, extra: readonly Box[] = []): { covers: Box[]; watermark: boolean; extra: boolean[] } {
  const resources = context.lookup(page.get(N.Resources) ?? inheritedResources);
  const scanner = new CoverScanner({ context, hidden: hiddenLayers(context), ...(resources instanceof PDFDict ? { resources } : {}) });
  try {
    feed(context, page.get(N.Contents), scanner);
    scanner.end();
  } catch (err) {
    if (!(err instanceof Found)) throw err;
  }
  const { shown } = scanner.notes;
  // An image is read for its colour only when it lies over text shown before it; one not of one plain colour is a picture.
  const fills = scanner.notes.fills.flatMap((f): Fill[] => {
    if (!f.light) return [f];
    const light = shown.some((s) => s.at < f.at && under(s.box, f.box)) ? f.light() : undefined;
    return light === undefined || Number.isNaN(light) ? [] : [{ box: f.box, at: f.at, dark: light <= DARK }];
  });
  // What of a fill lies over the text `s`: its upright box, and for a turned bar what it fills across the text's line.
  const areas = (f: Fill, s: Shown): Box[] => {
    const band = f.poly && bandIn(f.poly, body(s.box));
    return band ? [f.box, band] : [f.box];
  };
  // A box smaller than the glyphs it sits on (lower than their size, and at most one of them wide) is a tick in a check box, not a cover.
  const tick = (f: Fill, s: Shown): boolean => {
    const b = f.poly ? boundsOf(f.poly, IDENTITY) : f.box;
    return b[3] - b[1] < s.size && b[2] - b[0] <= s.size;
  };
  // A light box must fill the letters' bodies (a thin white stripe through a logo's letters hides none). Where guessed text ends (half
  // an em a byte) it must cover where the text starts (a form field's box, a cell's, beside it); over words its font places, anywhere on the line: dark text, not light.
  const hiding = (f: Fill, s: Shown): Box | undefined =>
    s.at < f.at && !tick(f, s) ? areas(f, s).find((b) => under(s.box, b) && (f.dark || (fillsBody(s.box, b) && (coversStart(s.box, b) || (!s.light && s.words?.some((w) => under(w, b))))))) : undefined;
  const hidesWord = (f: Fill, s: Shown, w: Box): boolean => s.at < f.at && !tick(f, s) && areas(f, s).some((b) => under(w, b) && (f.dark || fillsBody(w, b)));
  // A page whose text is all hidden is file.blank's case: a light box (white-out) is judged only beside text left to see (a placed word no fill hides).
  const seen = shown.some((s) => (s.words ? s.words.some((w) => !fills.some((f) => hidesWord(f, s, w))) : !fills.some((f) => hiding(f, s))));
  // A box with text shown on it after (a table's header in white, a cell's background) shows that text: it is a background, not a cover.
  const covers = fills.filter((f) => (f.dark || seen) && !shown.some((s) => s.at > f.at && areas(f, s).some((b) => under(s.box, b)))).flatMap((f) => {
    const over = shown.find((s) => hiding(f, s) !== undefined);
    return over ? [hiding(f, over)!] : [];
  });
  return { covers, watermark: scanner.watermark, extra: extra.map((box) => shown.some((s) => under(s.box, box))) };
}

/** What decides whether an image is a box of one plain colour: its size, its colours, and nothing that changes them. */
interface TinyImage {
  width: number;
  height: number;
  /** A stencil mask (`/ImageMask true`): painted in the fill colour. */
  stencil: boolean;
  /** Colour components of a device space (1, 3, 4); 0 for any other space. */
  channels: number;
  bits: number | undefined;
  /** A /Decode array, or a mask (/SMask, /Mask): its colour is not its data's. */
  altered: boolean;
}

/** Whether `image` is one whose data is read for its colour: at most MAX_BOX_PIXELS pixels, of a device space at 8 bits (or a stencil), nothing altering it. */
function tinyImage(image: TinyImage): boolean {
  const { width, height, stencil, channels, bits, altered } = image;
  return width >= 1 && height >= 1 && width * height <= MAX_BOX_PIXELS && !altered && (stencil ? bits === 1 || bits === undefined : channels > 0 && bits === 8);
}

/** `data` through `filters` (undefined when a filter is not one the decoders know: its data would be read raw). */
function decoded(data: Uint8Array, filters: readonly FilterStep[]): Uint8Array | undefined {
  if (!filters.every((f) => KNOWN_FILTERS.has(f.name))) return undefined;
  const chunks: Uint8Array[] = [];
  decodeInto(data, filters, {
    push(chunk) {
      chunks.push(chunk.slice());
    },
  });
  return Uint8Array.from(chunks.flatMap((c) => [...c]));
}

/** The filters `decodeInto` decodes, by their full and inline names. */
const KNOWN_FILTERS: ReadonlySet<string> = new Set(['FlateDecode', 'Fl', 'LZWDecode', 'LZW', 'RunLengthDecode', 'RL', 'ASCII85Decode', 'A85', 'ASCIIHexDecode', 'AHx']);

/**
 * The lightness of a tiny image (at most MAX_BOX_PIXELS pixels) that is one plain colour all over, of a device
 * colour space at 8 bits (or a stencil mask painting all its pixels in the fill colour `fill`); undefined for any other.
 */
function imageColour(context: PDFContext, image: PDFRawStream, fill: number | undefined): number | undefined {
  const get = (key: string): PDFObject | undefined => context.lookup(image.dict.get(PDFName.of(key)));
  const number = (key: string): number | undefined => {
    const v = get(key);
    return v instanceof PDFNumber ? v.asNumber() : undefined;
  };
  const space = get('ColorSpace');
  const tiny: TinyImage = {
    width: number('Width') ?? 0,
    height: number('Height') ?? 0,
    stencil: get('ImageMask') === PDFBool.True,
    channels: space === PDFName.of('DeviceGray') ? 1 : space === PDFName.of('DeviceRGB') ? 3 : space === PDFName.of('DeviceCMYK') ? 4 : 0,
    bits: number('BitsPerComponent'),
    altered: get('SMask') !== undefined || get('Mask') !== undefined || get('Decode') !== undefined,
  };
  return tinyImage(tiny) ? plainColour(tiny, decoded(image.contents, streamFilters(context, image.dict)), fill) : undefined;
}

/** The inline image a `BI` dictionary (its tokens, names with their `/`) describes, with its filters; undefined when it is not read. */
function inlineImageOf(tokens: readonly string[]): { image: TinyImage; filters: FilterStep[] } | undefined {
  const values = new Map<string, string[]>();
  let key: string | undefined;
  for (const t of tokens) {
    // Keys are the abbreviations or the full names; a value that is a name (a colour space, a filter) never is one.
    const name = INLINE_KEYS[t.slice(1)];
    if (t.startsWith('/') && name) values.set((key = name), []);
    else if (key) values.get(key)!.push(t);
  }
  const one = (k: string): string | undefined => values.get(k)?.[0];
  const number = (k: string): number | undefined => {
    const v = Number(one(k));
    return one(k) !== undefined && Number.isFinite(v) ? v : undefined;
  };
  const space = one('ColorSpace');
  const filters = (values.get('Filter') ?? []).map((f) => ({ name: f.replace(/^\//, '') }));
  if (values.has('DecodeParms')) return undefined;
  return {
    image: {
      width: number('Width') ?? 0,
      height: number('Height') ?? 0,
      stencil: one('ImageMask') === 'true',
      channels: space === '/G' || space === '/DeviceGray' ? 1 : space === '/RGB' || space === '/DeviceRGB' ? 3 : space === '/CMYK' || space === '/DeviceCMYK' ? 4 : 0,
      bits: number('BitsPerComponent'),
      altered: values.has('Decode'),
    },
    filters,
  };
}

/** An inline image's keys, abbreviated and in full, by their full names. */
const INLINE_KEYS: Readonly<Record<string, string>> = Object.fromEntries(
  [['W', 'Width'], ['H', 'Height'], ['CS', 'ColorSpace'], ['BPC', 'BitsPerComponent'], ['IM', 'ImageMask'], ['F', 'Filter'], ['DP', 'DecodeParms'], ['D', 'Decode'], ['I', 'Interpolate'], ['Intent', 'Intent'], ['L', 'Length']]
    .flatMap(([short, full]) => [[short!, full!], [full!, full!]]),
);

/** The lightness of the decoded `data` of the tiny image `image` when it is one plain colour all over; undefined otherwise. */
function plainColour(image: TinyImage, data: Uint8Array | undefined, fill: number | undefined): number | undefined {
  const { width, height, stencil, channels } = image;
  if (!data) return undefined;
  if (stencil) {
    // A stencil's 0 bits paint the fill colour: every pixel of every row must.
    const row = Math.ceil(width / 8);
    if (data.length < row * height) return undefined;
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if ((data[y * row + (x >> 3)]! >> (7 - (x & 7))) & 1) return undefined;
    return fill;
  }
  if (data.length < width * height * channels) return undefined;
  const first = [...data.subarray(0, channels)];
  for (let i = channels; i < width * height * channels; i++) if (data[i] !== first[i % channels]) return undefined;
  return lightness(first.map((v) => v / 255));
}
