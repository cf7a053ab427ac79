/**
 * Page stamps: a small grey footer "Name · Item · page X of Y", where X of Y counts pages in the whole packet
 * (the numbers the cover's contents and the viewer's page box use). It is upright at the visual bottom of the
 * page whatever the page's /Rotate, inside its crop box. Generated pages have a wide bottom margin for it; on
 * the pages of input PDFs it sits in a blank band their content is scaled to leave (stamp-room.ts): slides and
 * posters run to the edge, a stamp must never sit on top of the applicant's content, and the page keeps its size.
 */
import { type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import { decimal, fontKey } from './text-ops.js';
import { clipBox, type Box } from '../inspect/page-size.js';

export const STAMP_SIZE = 7;
/** The smallest stamp that stays readable on paper; below it the name and the item's title are shortened instead. */
export const STAMP_MIN_SIZE = 6;
/** Blank space kept at each end of the stamp. */
const STAMP_SIDE = 10;
/** Distance from the visual bottom edge to the baseline on generated pages (inside their margin). */
export const STAMP_OFFSET = 14;
/** Height of the blank band at the visual bottom of input pages (stamp-room.ts), and the baseline's distance from the edge. */
export const STAMP_BAND = 16;
export const BAND_OFFSET = 5;

/**
 * The stamp text.
 *
 * @example
 * stampText('Åsa Ødegård', 'CV', 3, 12) // 'Åsa Ødegård · CV · page 3 of 12'
 */
export function stampText(name: string, item: string, page: number, total: number): string {
  // One line whatever the names contain.
  return `${name} · ${item} · page ${page} of ${total}`.replace(/\s+/g, ' ');
}

/**
 * The stamp for a footer `room` points long, and its size: 7 pt, smaller down to 6 pt when the line is long; below
 * that the item's title is shortened (with an ellipsis), then the name, so that "page X of Y" always stays whole and
 * inside the page (on a page too small even for that alone, it alone is drawn, as large as fits). `width` measures a
 * text at a size.
 *
 * @example
 * fitStamp('Åsa Ødegård', 'A very long item title', 3, 12, 150, width) // { text: 'Åsa Ødegård · A very l… · page 3 of 12', size: 6 }
 */
export function fitStamp(name: string, item: string, page: number, total: number, room: number, width: (t: string, size: number) => number): { text: string; size: number } {
  const full = stampText(name, item, page, total);
  const w = width(full, STAMP_SIZE);
  if (w <= room) return { text: full, size: STAMP_SIZE };
  const size = (STAMP_SIZE * room) / w;
  if (size >= STAMP_MIN_SIZE) return { text: full, size };
  const fits = (t: string): boolean => width(t, STAMP_MIN_SIZE) <= room;
  const number = `page ${page} of ${total}`;
  const join = (parts: string[]): string => [...parts.filter((s) => s !== ''), number].join(' · ');
  const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
  const [n, t] = [oneLine(name), oneLine(item)];
  // The item's title first: the name says whose page it is, the title only repeats the contents.
  const title = shortest(t, (s) => fits(join([n, s])));
  if (title !== undefined) return { text: join([n, title]), size: STAMP_MIN_SIZE };
  const who = shortest(n, (s) => fits(join([s])));
  if (who !== undefined) return { text: join([who]), size: STAMP_MIN_SIZE };
  return { text: number, size: Math.min(STAMP_MIN_SIZE, (STAMP_MIN_SIZE * room) / width(number, STAMP_MIN_SIZE)) };
}

/**
 * The longest start of `text` (whole characters, then `…`) that `fits`; `''` when only leaving it out fits, and
 * undefined when even that does not.
 */
function shortest(text: string, fits: (s: string) => boolean): string | undefined {
  const chars = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
  const cut = (k: number): string => (k >= chars.length ? text : k === 0 ? '' : `${chars.slice(0, k).join('').replace(/[\s·,;:.-]+$/u, '')}…`);
  if (!fits('')) return undefined;
  // The width grows with the characters kept: the longest start that fits, by halving.
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(cut(mid))) lo = mid;
    else hi = mid - 1;
  }
  return cut(lo);
}

/** The length of the footer a stamp may take on a page: its visual width, less a margin at each end. */
export function stampRoom(page: PDFPage): number {
  const box = visibleBox(page);
  const longSide = page.getRotation().angle % 180 === 0 ? box[2] - box[0] : box[3] - box[1];
  return longSide - 2 * STAMP_SIDE;
}

/**
 * Where to start drawing a text of width `width` so it is centred and upright at the visual bottom of a page
 * with the given box and rotation (clockwise degrees, as in /Rotate).
 *
 * @example
 * stampPosition([0, 0, 595, 842], 0, 100) // { x: 247.5, y: 14, rotate: 0 }
 */
export function stampPosition(box: [number, number, number, number], rotation: number, width: number, offset = STAMP_OFFSET): { x: number; y: number; rotate: number } {
  const [x0, y0, x1, y1] = box;
  const w = x1 - x0;
  const h = y1 - y0;
  switch (((rotation % 360) + 360) % 360) {
    case 90:
      // Shown turned clockwise: the right edge is the visual bottom, text runs bottom to top.
      return { x: x1 - offset, y: y0 + (h - width) / 2, rotate: 90 };
    case 180:
      return { x: x0 + (w + width) / 2, y: y1 - offset, rotate: 180 };
    case 270:
      return { x: x0 + offset, y: y0 + (h + width) / 2, rotate: 270 };
    default:
      return { x: x0 + (w - width) / 2, y: y0 + offset, rotate: 0 };
  }
}

/** The visible box of a page: its crop box clipped to its media box. */
export function visibleBox(page: PDFPage): [number, number, number, number] {
  const m = page.getMediaBox();
  let c = m;
  try {
    c = page.getCropBox();
  } catch {
    c = m;
  }
  const media: Box = [m.x, m.y, m.x + m.width, m.y + m.height];
  const crop: Box = [Math.min(c.x, c.x + c.width), Math.min(c.y, c.y + c.height), Math.max(c.x, c.x + c.width), Math.max(c.y, c.y + c.height)];
  return [...(clipBox(media, crop) ?? media)];
}

/** Text operators for a stamp that needs more than one font or shaping (typeset.ts): given its placement. */
export type StampSetter = (x: number, y: number, size: number, cos: number, sin: number) => string;

/**
 * Draw the stamp on one page, as one small content stream of its own. `text` must already be drawable with
 * `font`, unless `set` draws it. (pdf-lib's drawText cost a build 0.3 ms a page: option checks, and a new font
 * name on every call.)
 */
export function stampPage(page: PDFPage, text: string, font: PDFFont, width = (t: string, size: number) => font.widthOfTextAtSize(t, size), offset = STAMP_OFFSET, set?: StampSetter, fitted?: number): void {
  const box = visibleBox(page);
  const rotation = page.getRotation().angle;
  let size = fitted ?? STAMP_SIZE;
  let w = width(text, size);
  // Without a size from fitStamp: very narrow pages get a smaller stamp rather than one running off the page.
  if (fitted === undefined && w > stampRoom(page)) {
    size = Math.max(3, (size * stampRoom(page)) / w);
    w = width(text, size);
  }
  const { x, y, rotate } = stampPosition(box, rotation, w, offset);
  const [cos, sin] = TURNS[rotate] ?? [1, 0];
  const ctx = page.doc.context;
  if (set) {
    page.node.addContentStream(ctx.register(ctx.stream(`q\n0.45 0.45 0.45 rg\n${set(x, y, size, cos, sin)}Q\n`)));
    return;
  }
  const key = fontKey(page, font.ref, 'PacketStamp');
  const ops = `q\nBT\n0.45 0.45 0.45 rg\n/${key} ${decimal(size)} Tf\n${cos} ${sin} ${-sin} ${cos} ${decimal(x)} ${decimal(y)} Tm\n${font.encodeText(text).toString()} Tj\nET\nQ\n`;
  page.node.addContentStream(ctx.register(ctx.stream(ops)));
}

/** Text matrix entries (cos, sin) of the quarter turns a stamp can take. */
const TURNS: Record<number, [number, number]> = { 0: [1, 0], 90: [0, 1], 180: [-1, 0], 270: [0, -1] };
