/**
 * Page layout as data: generated pages (cover, text, link, referees) are first laid out as lists of drawing
 * operations, then drawn. Laying out without drawing lets the cover know how many pages it needs before the page
 * numbers it lists are known.
 */

/** A face of DejaVu Sans: italic and bold italic for emphasis in the applicant's texts (Markdown). */
export type FontRole = 'regular' | 'bold' | 'italic' | 'bold-italic';

/** One drawing operation on a generated page; coordinates in PDF points from the bottom-left corner. */
export type Op =
  /** `rtl`: the line belongs to a right-to-left paragraph (Arabic, Hebrew), so its runs are ordered from the right. */
  | { kind: 'text'; x: number; y: number; text: string; font: FontRole; size: number; grey?: number; blue?: boolean; rtl?: boolean }
  | { kind: 'rule'; x1: number; y1: number; x2: number; y2: number }
  /** A clickable area opening a web or mail address. */
  | { kind: 'uri'; x: number; y: number; width: number; height: number; url: string }
  /** A clickable area jumping to a page of the output (0-based index). */
  | { kind: 'goto'; x: number; y: number; width: number; height: number; page: number };

export interface OpPage {
  ops: Op[];
}

/** Width of a text in points; the layout needs nothing else from a font. */
export type Measure = (text: string, font: FontRole, size: number) => number;

/** A4 portrait, in points. */
export const A4: [number, number] = [595.28, 841.89];

/** Margin around a scan, in points (about 1 cm). */
export const SCAN_MARGIN = 28;

/**
 * Where a scan of `width` x `height` pixels (as shown, after any turn) goes: an A4 page, landscape when it is wider
 * than tall, and the points per pixel that fit it inside the margin keeping its aspect ratio.
 *
 * @example
 * scanPlacement(620, 877); // { size: [595.28, 841.89], scale: 0.869... }
 */
export function scanPlacement(width: number, height: number): { size: [number, number]; scale: number } {
  const size: [number, number] = width > height ? [A4[1], A4[0]] : A4;
  return { size, scale: Math.min((size[0] - 2 * SCAN_MARGIN) / width, (size[1] - 2 * SCAN_MARGIN) / height) };
}

/**
 * Pixels per inch of a scan as the packet places it (`scanPlacement`).
 *
 * @example
 * placedDpi(620, 877); // 83
 */
export function placedDpi(width: number, height: number): number {
  return Math.round(72 / scanPlacement(width, height).scale);
}

/**
 * How many times longer a scan is than the shape of the page it is placed on (`scanPlacement`), at least 1: a
 * scrolling screenshot of six pages of text is about 6, and placed on one page it is shrunk that many times over
 * compared with a scan of one page.
 *
 * @example
 * scanLength(827, 7020); // 5.8 (portrait A4: its width shrunk to under a fifth of the page's)
 * scanLength(4032, 3024); // 1 (a landscape photo on a landscape page)
 */
export function scanLength(width: number, height: number): number {
  const { size } = scanPlacement(width, height);
  const [w, h] = [size[0] - 2 * SCAN_MARGIN, size[1] - 2 * SCAN_MARGIN];
  const ratio = (a: number, b: number): number => Math.max(a, b) / Math.min(a, b);
  return Math.max(1, ratio(width, height) / ratio(w, h));
}

/** Comfortable margins; the bottom one leaves room for the page stamp below the text. */
export const MARGIN = { left: 64, right: 64, top: 72, bottom: 72 } as const;

export interface LineStyle {
  font?: FontRole;
  size?: number;
  grey?: number;
  /** Extra left indent in points. */
  indent?: number;
  /** Line height as a multiple of the size. */
  leading?: number;
  /** Makes each line clickable. */
  link?: { url: string } | { page: number };
  /** Draw the text in link blue. */
  blue?: boolean;
  /** A paragraph of the applicant's own text: right-to-left ones (Arabic, Hebrew) are set right to left, right-aligned. */
  auto?: boolean;
}

/** A piece of a styled line (rich.ts): text already clean, in one font, clickable when `href` is set. */
export interface Piece {
  text: string;
  font: FontRole;
  href?: string;
}

/** A list's bullet or number, drawn `at` points from the margin on the paragraph's starting side. */
export interface Marker {
  text: string;
  font: FontRole;
  at: number;
}

/** Ideographs, kana and CJK punctuation: a line may break between any two of them (no spaces in the text). */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u;
/** What may not start a line (closing punctuation, small kana, the prolonged sound mark) or end one (opening). */
const NO_START = /[、。，．・：；？！ー」』）〕】〉》〙〗｝〟ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々〻゠〜…‥,.!?:;)\]}%]/u;
const NO_END = /[「『（〔【〈《〘〖｛〝([{]/u;

/**
 * A word cut where a line may break inside it: between ideographs and kana, never before closing punctuation or
 * after opening punctuation. Words without CJK characters stay whole.
 *
 * @example
 * breakPieces('研究。AI') // ['研', '究。', 'AI']
 */
export function breakPieces(word: string): string[] {
  if (!CJK.test(word)) return [word];
  const out: string[] = [];
  let current = '';
  let prev = '';
  for (const ch of word) {
    if (current !== '' && (CJK.test(ch) || CJK.test(prev)) && !NO_START.test(ch) && !NO_END.test(prev)) {
      out.push(current);
      current = '';
    }
    current += ch;
    prev = ch;
  }
  out.push(current);
  return out;
}

/**
 * Greedy word wrap. Words wider than the line are broken between characters, so nothing overflows.
 *
 * @example
 * wrap('a long sentence', (t) => t.length * 5, 40) // ['a long', 'sentence']
 */
export function wrap(text: string, width: (t: string) => number, maxWidth: number): string[] {
  // Pieces of a word (Chinese and Japanese have no spaces) join without one.
  const words = text
    .split(/\s+/)
    .filter((w) => w !== '')
    .flatMap((w) => breakPieces(w).map((piece, i) => ({ piece, space: i === 0 })));
  const lines: string[] = [];
  let current = '';
  for (const { piece: word, space } of words) {
    const candidate = current === '' ? word : `${current}${space ? ' ' : ''}${word}`;
    if (width(candidate) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current !== '') lines.push(current);
    current = '';
    if (width(word) <= maxWidth) {
      current = word;
      continue;
    }
    const pieces = breakChars(word, width, maxWidth);
    current = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  if (current !== '') lines.push(current);
  return lines;
}

/**
 * Break a string between characters (for addresses and over-long words).
 *
 * @example
 * breakChars('abcdef', (t) => t.length, 4) // ['abcd', 'ef']
 */
export function breakChars(text: string, width: (t: string) => number, maxWidth: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const ch of text) {
    if (current !== '' && width(current + ch) > maxWidth) {
      out.push(current);
      current = '';
    }
    current += ch;
  }
  if (current !== '' || out.length === 0) out.push(current);
  return out;
}

/** A cursor that flows lines down A4 pages, starting a new page when one is full. */
export class Flow {
  readonly pages: OpPage[] = [];
  private y = 0;
  readonly left = MARGIN.left;
  readonly width = A4[0] - MARGIN.left - MARGIN.right;

  constructor(
    private readonly measure: Measure,
    /** Makes text drawable (glyph check and replacement), tagged with where it comes from. */
    private readonly clean: (text: string, font: FontRole) => string = (t) => t,
    /** Printed at the top of each continuation page, e.g. "Contents (continued)". */
    private readonly continuation?: string,
    /** The direction of a paragraph (for `auto` lines); left to right when not given. */
    private readonly direction?: (text: string) => 'ltr' | 'rtl',
  ) {
    this.newPage(false);
  }

  private get ops(): Op[] {
    const page = this.pages[this.pages.length - 1];
    if (!page) throw new Error('Flow has no page');
    return page.ops;
  }

  newPage(continued = true): void {
    this.pages.push({ ops: [] });
    this.y = A4[1] - MARGIN.top;
    if (continued && this.continuation) {
      this.line(this.continuation, { font: 'bold', size: 10, grey: 0.45 });
      this.gap(6);
    }
  }

  /** Start a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.y - height < MARGIN.bottom) this.newPage();
  }

  gap(points: number): void {
    this.y -= points;
  }

  rule(): void {
    this.ensure(8);
    this.ops.push({ kind: 'rule', x1: this.left, y1: this.y - 4, x2: this.left + this.width, y2: this.y - 4 });
    this.y -= 8;
  }

  /** One line of text (no wrapping), with optional right-aligned text; returns the baseline. */
  line(text: string, style: LineStyle = {}, right?: { text: string; style?: LineStyle }): number {
    const rightFont = right?.style?.font ?? 'regular';
    const cleanRight = right ? { text: this.clean(right.text, rightFont), ...(right.style ? { style: right.style } : {}) } : undefined;
    return this.emit(this.clean(text, style.font ?? 'regular'), style, cleanRight);
  }

  /** Draw a line whose text is already clean; `rtl`: it belongs to a right-to-left paragraph. */
  private emit(drawn: string, style: LineStyle, right?: { text: string; style?: LineStyle }, rtl = false): number {
    const { font = 'regular', size = 11, grey, indent = 0, leading = 1.4, blue } = style;
    const height = size * leading;
    this.ensure(height);
    const baseline = this.y - size * 0.95;
    // A right-to-left paragraph is right-aligned.
    const x = rtl ? this.left + this.width - indent - this.measure(drawn, font, size) : this.left + indent;
    if (drawn !== '') {
      this.ops.push({ kind: 'text', x, y: baseline, text: drawn, font, size, ...(grey !== undefined ? { grey } : {}), ...(blue ? { blue } : {}), ...(rtl ? { rtl } : {}) });
    }
    if (right) {
      const rFont = right.style?.font ?? 'regular';
      const rSize = right.style?.size ?? size;
      const rGrey = right.style?.grey;
      const rw = this.measure(right.text, rFont, rSize);
      this.ops.push({ kind: 'text', x: this.left + this.width - rw, y: baseline, text: right.text, font: rFont, size: rSize, ...(rGrey !== undefined ? { grey: rGrey } : {}) });
    }
    if (style.link) {
      const w = right ? this.width - indent : this.measure(drawn, font, size);
      const area = { x, y: baseline - size * 0.3, width: Math.max(w, 1), height: size * 1.25 };
      this.ops.push('url' in style.link ? { kind: 'uri', ...area, url: style.link.url } : { kind: 'goto', ...area, page: style.link.page });
    }
    this.y -= height;
    return baseline;
  }

  /** Wrapped text; returns the number of lines. `rightReserve` keeps room at the right (for page numbers). */
  paragraph(text: string, style: LineStyle = {}, rightReserve = 0): number {
    const lines = this.wrapLines(text, style, rightReserve);
    const rtl = style.auto === true && this.direction !== undefined && this.direction(lines.join(' ')) === 'rtl';
    for (const l of lines) this.emit(l, style, undefined, rtl);
    return lines.length;
  }

  /** Draw lines produced by `wrapLines` (already clean), the first one with optional right-aligned text. */
  wrapped(lines: readonly string[], style: LineStyle = {}, right?: { text: string; style?: LineStyle }): void {
    // A short block (a contents entry) is not split across pages.
    if (lines.length > 1 && lines.length <= 6) this.ensure(lines.length * (style.size ?? 11) * (style.leading ?? 1.4));
    lines.forEach((l, i) => {
      const r = i === 0 && right ? { text: this.clean(right.text, right.style?.font ?? 'regular'), ...(right.style ? { style: right.style } : {}) } : undefined;
      this.emit(l, style, r);
    });
  }

  /** Break lines of `text` as `paragraph` would, without drawing. */
  wrapLines(text: string, style: LineStyle = {}, rightReserve = 0): string[] {
    const { font = 'regular', size = 11, indent = 0 } = style;
    return wrap(this.clean(text, font), (t) => this.measure(t, font, size), this.width - indent - rightReserve);
  }

  /** Width of a clean text in points. */
  measureText(text: string, font: FontRole, size: number): number {
    return this.measure(text, font, size);
  }

  /** Text made drawable, as every line of this flow is (glyph check and replacement). */
  cleanText(text: string, font: FontRole): string {
    return this.clean(text, font);
  }

  /** The direction of a paragraph: right to left when its first strong letter is Arabic or Hebrew. */
  directionOf(text: string): 'ltr' | 'rtl' {
    return this.direction?.(text) ?? 'ltr';
  }

  /**
   * One line of styled pieces (rich.ts), with the list markers of its item; links become clickable areas, one
   * per run of pieces with the same address. A right-to-left line is right-aligned, its pieces placed from the
   * right in reading order.
   */
  richLine(pieces: readonly Piece[], style: LineStyle, rtl: boolean, markers: readonly Marker[] = []): void {
    const { size = 11, leading = 1.4, indent = 0, grey } = style;
    const height = size * leading;
    this.ensure(height);
    const baseline = this.y - size * 0.95;
    // Markers first: text is extracted in drawing order, and a bullet reads before its item.
    for (const m of markers) {
      const w = this.measure(m.text, m.font, size);
      const x = rtl ? this.left + this.width - m.at - w : this.left + m.at;
      this.ops.push({ kind: 'text', x, y: baseline, text: this.clean(m.text, m.font), font: m.font, size, ...(grey !== undefined ? { grey } : {}) });
    }
    const widths = pieces.map((p) => this.measure(p.text, p.font, size));
    const start = this.left + indent;
    const end = this.left + this.width - indent;
    let pen = rtl ? end : start;
    let link: { url: string; x0: number; x1: number } | undefined;
    const flushLink = (): void => {
      if (link) this.ops.push({ kind: 'uri', x: link.x0, y: baseline - size * 0.3, width: Math.max(link.x1 - link.x0, 1), height: size * 1.25, url: link.url });
      link = undefined;
    };
    pieces.forEach((p, i) => {
      const w = widths[i] ?? 0;
      const x = rtl ? pen - w : pen;
      pen = rtl ? pen - w : pen + w;
      if (p.text.trim() !== '') {
        this.ops.push({ kind: 'text', x, y: baseline, text: p.text, font: p.font, size, ...(grey !== undefined ? { grey } : {}), ...(p.href ? { blue: true } : {}), ...(rtl ? { rtl } : {}) });
      }
      if (link && link.url !== p.href) flushLink();
      if (p.href) {
        if (!link) link = { url: p.href, x0: x, x1: x + w };
        else link = { ...link, x0: Math.min(link.x0, x), x1: Math.max(link.x1, x + w) };
      }
    });
    flushLink();
    this.y -= height;
  }

  /** An address broken between characters; with `style.link` each line is clickable. */
  address(text: string, style: LineStyle = {}): void {
    const { font = 'regular', size = 11, indent = 0 } = style;
    const drawn = this.clean(text, font);
    const lines = breakChars(drawn, (t) => this.measure(t, font, size), this.width - indent);
    for (const l of lines) this.emit(l, style);
  }
}
