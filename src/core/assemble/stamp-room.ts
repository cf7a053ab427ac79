/**
 * Room for the stamp inside an input page, whose size stays what it was (A4 stays A4, Letter stays Letter): the
 * page's content, annotations and the destinations that point into it are scaled by about 98%, anchored at the
 * visual top and centred, which leaves a blank band of `STAMP_BAND` points at the visual bottom. Content the
 * crop box hid stays hidden (the scaled content is clipped to the scaled crop box), so the band is blank.
 *
 * Why scaling rather than looking for blank space: knowing where the lowest mark is means decompressing and
 * interpreting every content stream (text extents need font metrics; images, clips, white backgrounds and form
 * XObjects blur the answer), which cost more than the whole build of a text-only packet; and slides, scans and
 * posters, which run to the edge, need scaling anyway. A 2% smaller page is not visible to a reader.
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, type PDFContext, type PDFDocument, type PDFObject, type PDFPage } from '@cantoo/pdf-lib';
import { STAMP_BAND, visibleBox } from './stamps.js';

/** A transformation that only scales and moves: x' = s x + e, y' = s y + f. */
export interface Shrink {
  s: number;
  e: number;
  f: number;
}

/** No page is scaled below this: on a page under 160 pt the band is thinner and the stamp smaller. */
const MIN_SCALE = 0.9;

/**
 * The scaling that frees a band of `STAMP_BAND` points at the visual bottom of a page with this visible box and
 * rotation, keeping the visual top edge in place and the content centred across.
 *
 * @example
 * shrinkFor([0, 0, 595, 842], 0) // { s: 0.981, e: 5.65, f: 16 } (rounded here)
 */
export function shrinkFor(box: readonly [number, number, number, number], rotation: number): Shrink {
  const [x0, y0, x1, y1] = box;
  const turn = ((rotation % 360) + 360) % 360;
  const tall = turn === 90 || turn === 270 ? x1 - x0 : y1 - y0;
  // Rounded as written into the content stream, so annotations move exactly as the content does.
  const s = round(Math.max(MIN_SCALE, (tall - STAMP_BAND) / tall));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  // The point that stays in place: the middle of the visual top edge.
  const [ax, ay] = turn === 90 ? [x0, cy] : turn === 180 ? [cx, y0] : turn === 270 ? [x1, cy] : [cx, y1];
  return { s, e: round((1 - s) * ax), f: round((1 - s) * ay) };
}

/** Four decimals for the scaling itself (a page's width is off by under 0.1 pt), two (0.004 mm) for the points moved: links are many. */
function round(n: number, decimals = 4): number {
  const f = 10 ** decimals;
  const r = Math.round(n * f) / f;
  return r === 0 ? 0 : r;
}
const point = (n: number): number => round(n, 2);

/** What pages scaled in one document share: the opening stream per page geometry, the annotations moved. */
export interface ShrinkCache {
  streams: Map<string, PDFRef>;
  annotations: Set<PDFDict>;
}

/** A cache for `shrinkPage`, one per document. */
export function shrinkCache(): ShrinkCache {
  return { streams: new Map(), annotations: new Set() };
}

/**
 * Scale an input page's content and annotations by `shrinkFor` its box, leaving its boxes and rotation as they
 * are; returns the scaling, for the destinations that point into the page (`moveDestinations`).
 *
 * @example
 * const cache = shrinkCache();
 * const moved = new Map([[page.ref, shrinkPage(page, cache)]]);
 */
export function shrinkPage(page: PDFPage, cache: ShrinkCache): Shrink {
  const box = visibleBox(page);
  const m = shrinkFor(box, page.getRotation().angle);
  const ctx = page.doc.context;
  const [x0, y0, x1, y1] = box;
  const n = (v: number): string => String(round(v));
  // The clip keeps what the crop box hid (bleed, printer's marks) out of the band.
  const open = `q ${n(m.s)} 0 0 ${n(m.s)} ${n(m.e)} ${n(m.f)} cm ${n(x0)} ${n(y0)} ${n(x1 - x0)} ${n(y1 - y0)} re W n\n`;
  let start = cache.streams.get(open);
  if (!start) {
    start = ctx.register(ctx.stream(open));
    cache.streams.set(open, start);
  }
  // A new list of streams: the old one may be shared with another page (a page listed twice in its file).
  const CONTENTS = PDFName.of('Contents');
  const value = page.node.get(CONTENTS);
  const contents = ctx.lookup(value);
  const streams = contents instanceof PDFArray ? contents.asArray() : value !== undefined ? [value] : [];
  page.node.set(CONTENTS, ctx.obj([start, ...streams, ctx.getPopGraphicsStateContentStream()]));
  const annots = ctx.lookup(page.node.get(PDFName.of('Annots')));
  if (annots instanceof PDFArray) {
    for (let i = 0; i < annots.size(); i++) {
      const annot = ctx.lookup(annots.get(i));
      if (!(annot instanceof PDFDict) || cache.annotations.has(annot)) continue;
      cache.annotations.add(annot);
      moveAnnotation(ctx, annot, m);
    }
  }
  return m;
}

/** Keys of an annotation that hold points [x y x y ...], and those that hold lists of such arrays. */
const POINTS = ['Rect', 'QuadPoints', 'Vertices', 'L', 'CL'].map((k) => PDFName.of(k));
const POINT_LISTS = [PDFName.of('InkList')];
const RD = PDFName.of('RD');

/** Move an annotation's geometry with its page's content (its appearance follows its /Rect). */
function moveAnnotation(ctx: PDFContext, annot: PDFDict, m: Shrink): void {
  for (const key of POINTS) {
    const points = ctx.lookup(annot.get(key));
    if (points instanceof PDFArray) annot.set(key, movePoints(ctx, points, m));
  }
  for (const key of POINT_LISTS) {
    const lists = ctx.lookup(annot.get(key));
    if (!(lists instanceof PDFArray)) continue;
    const out = ctx.obj([]);
    for (let i = 0; i < lists.size(); i++) {
      const points = ctx.lookup(lists.get(i));
      out.push(points instanceof PDFArray ? movePoints(ctx, points, m) : lists.get(i));
    }
    annot.set(key, out);
  }
  // Inner margins are distances: scaled, not moved.
  const rd = ctx.lookup(annot.get(RD));
  if (rd instanceof PDFArray) annot.set(RD, ctx.obj(rd.asArray().map((v) => (v instanceof PDFNumber ? PDFNumber.of(point(v.asNumber() * m.s)) : v))));
}

/** A new array of points [x y x y ...] moved by `m` (arrays are shared with the input: never changed in place). */
function movePoints(ctx: PDFContext, points: PDFArray, m: Shrink): PDFArray {
  const out = ctx.obj([]);
  for (let i = 0; i < points.size(); i++) {
    const v = ctx.lookup(points.get(i));
    if (!(v instanceof PDFNumber)) {
      out.push(points.get(i));
      continue;
    }
    out.push(PDFNumber.of(point(i % 2 === 0 ? m.s * v.asNumber() + m.e : m.s * v.asNumber() + m.f)));
  }
  return out;
}

/** Which entries of an explicit destination are x and which are y, by its kind (after the page and the kind). */
const DEST_AXES: Record<string, ('x' | 'y' | '-')[]> = {
  XYZ: ['x', 'y', '-'],
  FitH: ['y'],
  FitBH: ['y'],
  FitV: ['x'],
  FitBV: ['x'],
  FitR: ['x', 'y', 'x', 'y'],
};

/**
 * Point every destination of the document that leads into a scaled page at the same spot of its scaled content:
 * links on every page (`/Dest` and GoTo actions) and bookmarks.
 *
 * @example
 * moveDestinations(doc, new Map([[page.ref, shrinkPage(page, new Map())]]));
 */
export function moveDestinations(doc: PDFDocument, moved: ReadonlyMap<PDFRef, Shrink>): void {
  if (moved.size === 0) return;
  const ctx = doc.context;
  // A destination that leads to an output page was made for the output (copied, or drawn here), never shared with
  // an input: it is moved in place, once, wherever it is used.
  const done = new Set<PDFArray>();
  const fix = (value: PDFObject | undefined): void => {
    const dest = ctx.lookup(value);
    if (!(dest instanceof PDFArray) || done.has(dest)) return;
    const page = dest.get(0);
    const m = page instanceof PDFRef ? moved.get(page) : undefined;
    const kind = dest.get(1);
    const axes = m && kind instanceof PDFName ? DEST_AXES[kind.decodeText()] : undefined;
    if (!m || !axes) return;
    done.add(dest);
    axes.forEach((axis, i) => {
      const v = ctx.lookup(dest.get(i + 2));
      if (axis !== '-' && v instanceof PDFNumber) dest.set(i + 2, PDFNumber.of(point(axis === 'x' ? m.s * v.asNumber() + m.e : m.s * v.asNumber() + m.f)));
    });
  };
  const A = PDFName.of('A');
  const D = PDFName.of('D');
  const DEST = PDFName.of('Dest');
  const GOTO = PDFName.of('GoTo');
  const S = PDFName.of('S');
  const inDict = (dict: PDFDict): void => {
    fix(dict.get(DEST));
    const action = ctx.lookup(dict.get(A));
    if (action instanceof PDFDict && action.get(S) === GOTO) fix(action.get(D));
  };
  for (const page of doc.getPages()) {
    const annots = ctx.lookup(page.node.get(PDFName.of('Annots')));
    if (!(annots instanceof PDFArray)) continue;
    for (let i = 0; i < annots.size(); i++) {
      const annot = ctx.lookup(annots.get(i));
      if (annot instanceof PDFDict) inDict(annot);
    }
  }
  const outlines = ctx.lookup(doc.catalog.get(PDFName.of('Outlines')));
  const stack: PDFObject[] = outlines instanceof PDFDict ? [outlines] : [];
  const seen = new Set<PDFDict>();
  while (stack.length > 0) {
    const item = ctx.lookup(stack.pop());
    if (!(item instanceof PDFDict) || seen.has(item)) continue;
    seen.add(item);
    inDict(item);
    for (const key of ['First', 'Next']) {
      const next = item.get(PDFName.of(key));
      if (next !== undefined) stack.push(next);
    }
  }
}
