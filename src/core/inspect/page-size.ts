/**
 * Page sizes and turns a reviewer would not accept, read from the page boxes: a page with no area (shown as
 * nothing), one larger than viewers can show, one too small to read, one far larger than paper (a page cap dodged
 * with one poster-sized page). Not the page's turn: /Rotate 180 is as often a scan turned right way up as a page
 * turned upside down, which only the direction of its text tells.
 */
import { PDFArray, PDFName, PDFNumber } from '@cantoo/pdf-lib';
import type { PDFContext, PDFObject } from '@cantoo/pdf-lib';
import type { SourcePage } from './page-tree.js';

import { MAX_SIDE_PT, MIN_SIDE_PT, type PageSizeProblem } from './page-limits.js';

export type { PageSizeProblem } from './page-limits.js';

export interface PageSizeFinding {
  problem: PageSizeProblem;
  /** 1-based pages with this problem. */
  pages: number[];
  /** The first such page's displayed size, in points. */
  width: number;
  height: number;
}

/** An A4 page's area in square points. */
const A4_AREA = 595.28 * 841.89;

/** Larger than 2.5 A4 pages in area (past A3): a poster, not a page a reviewer prints. */
const LARGE_AREA = 2.5 * A4_AREA;

const KEY = { MediaBox: PDFName.of('MediaBox'), CropBox: PDFName.of('CropBox'), UserUnit: PDFName.of('UserUnit') };

function valueOf(context: PDFContext, page: SourcePage, key: PDFName): PDFObject | undefined {
  const own = page.dict.get(key);
  const v = own ?? page.inherited.get(key);
  return v === undefined ? undefined : context.lookup(v);
}

/** A page's box as [x1, y1, x2, y2], or undefined when it is not four numbers (the build then assumes US Letter). */
function boxOf(context: PDFContext, page: SourcePage, key: PDFName): Box | undefined {
  return boxFrom(context, valueOf(context, page, key));
}

/**
 * A box array as [x1, y1, x2, y2], lower-left corner first whichever corners it names, or undefined when it is not
 * four numbers.
 *
 * @example
 * boxFrom(doc.context, doc.context.obj([595, 842, 0, 0])); // [0, 0, 595, 842]
 */
export function boxFrom(context: PDFContext, value: PDFObject | undefined): Box | undefined {
  const box = context.lookup(value);
  if (!(box instanceof PDFArray) || box.size() !== 4) return undefined;
  const n = box.asArray().map((v) => context.lookup(v));
  if (!n.every((v) => v instanceof PDFNumber)) return undefined;
  const [a, b, c, d] = n.map((v) => (v as PDFNumber).asNumber()) as [number, number, number, number];
  return [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)];
}

/**
 * The part of a crop box inside its media box, as viewers show it; undefined when the two do not meet (pdf.js then
 * shows the media box, poppler a page of no size).
 *
 * @example
 * clipBox([0, 0, 595, 842], [-50, 100, 300, 1000]); // [0, 100, 300, 842]
 */
export function clipBox(media: Box, crop: Box): Box | undefined {
  const box = [Math.max(media[0], crop[0]), Math.max(media[1], crop[1]), Math.min(media[2], crop[2]), Math.min(media[3], crop[3])] as const;
  return box[2] > box[0] && box[3] > box[1] ? box : undefined;
}

/** A page box as [x1, y1, x2, y2], lower-left corner first. */
export type Box = readonly [number, number, number, number];

/**
 * What viewers show of a page: the crop box clipped to the media box (the media box when there is no crop box or
 * the two do not meet), in the page's units, and /UserUnit (points per unit, 1 unless given); undefined when the
 * media box is not four numbers.
 *
 * @example
 * shownBox(doc.context, tree.pages[0]); // { box: [0, 0, 595.28, 841.89], unit: 1 }
 */
export function shownBox(context: PDFContext, page: SourcePage): { box: Box; unit: number } | undefined {
  const media = boxOf(context, page, KEY.MediaBox);
  if (!media) return undefined;
  const crop = boxOf(context, page, KEY.CropBox);
  const unitObj = valueOf(context, page, KEY.UserUnit);
  const unit = unitObj instanceof PDFNumber && unitObj.asNumber() > 0 ? unitObj.asNumber() : 1;
  return { box: (crop && clipBox(media, crop)) ?? media, unit };
}

/**
 * The size problems of a PDF's pages, as viewers show them (the crop box within the media box, times /UserUnit), and
 * each page's area in A4 pages (`sheets`, at least 1: an A3 page is 2).
 *
 * @example
 * pageGeometry(doc.context, tree.pages).sizes // [{ problem: 'empty', pages: [1], width: 0, height: 0 }]
 */
export function pageGeometry(context: PDFContext, pages: readonly SourcePage[]): { sizes: PageSizeFinding[]; sheets: number[] } {
  const found = new Map<PageSizeProblem, PageSizeFinding>();
  // A page whose box cannot be read is taken as A4, as viewers show it.
  const sheets = pages.map(() => 1);
  pages.forEach((page, i) => {
    const shown = shownBox(context, page);
    if (!shown) return;
    const [x1, y1, x2, y2] = shown.box;
    const width = (x2 - x1) * shown.unit;
    const height = (y2 - y1) * shown.unit;
    sheets[i] = Math.max(1, (width * height) / A4_AREA);
    const problem: PageSizeProblem | undefined =
      width < 1 || height < 1 ? 'empty' : Math.max(width, height) > MAX_SIDE_PT ? 'huge' : Math.min(width, height) < MIN_SIDE_PT ? 'tiny' : width * height > LARGE_AREA ? 'large' : undefined;
    if (!problem) return;
    const f = found.get(problem);
    if (f) f.pages.push(i + 1);
    else found.set(problem, { problem, pages: [i + 1], width, height });
  });
  const order: PageSizeProblem[] = ['empty', 'huge', 'tiny', 'large'];
  return { sizes: order.flatMap((p) => (found.has(p) ? [found.get(p) as PageSizeFinding] : [])), sheets };
}
