/**
 * Pages that are scans of too few pixels: a page that shows only images, the one covering it placed at under
 * MIN_SCAN_DPI pixels per inch (a thumbnail of a transcript stretched over A4 by a phone app or "print to PDF").
 * Printed or zoomed, its text is a blur; under MIN_LEGIBLE_DPI, as for a PNG or JPEG, nothing on it can be read.
 * An invisible OCR text layer over the scan shows nothing: a reviewer sees only the image, so it is judged by it.
 * Measured from the image dictionary (/Width, /Height) and where the page draws it: no image is decoded.
 */
import { PDFDict, PDFName, PDFNumber, PDFStream, type PDFContext } from '@cantoo/pdf-lib';
import { lowResolutionGroups, type LowResolution } from './findings.js';
import { MIN_SCAN_DPI } from './page-limits.js';
import { shownBox, type Box } from './page-size.js';
import { pageImagesOnly, type DrawnImage } from './page-text.js';
import type { SourcePage } from './page-tree.js';

/** Pages looked at: past these, a page is taken as fine. */
const MAX_PAGES = 1000;
/** Share of the shown page an image must cover to be the page's scan (a logo or a signature covers far less). */
const MIN_COVER = 0.5;

/** One page (1-based) scanned at under MIN_SCAN_DPI pixels per inch, and its resolution, rounded. */
export interface LowResolutionPage {
  page: number;
  dpi: number;
}

/**
 * The pages of a PDF that show only images (invisible OCR text aside), whose image covering the page is drawn at
 * under MIN_SCAN_DPI pixels per inch, each with its resolution. A page with several images over it (a scan in layers: a coarse colour
 * background under sharp text) is as sharp as its sharpest one. A page too strange to look at is fine.
 *
 * @example
 * lowResolutionPages(doc.context, tree.pages); // [{ page: 2, dpi: 31 }]
 */
export function lowResolutionPages(context: PDFContext, pages: readonly SourcePage[]): LowResolutionPage[] {
  const low: LowResolutionPage[] = [];
  pages.slice(0, MAX_PAGES).forEach((page, i) => {
    const dpi = scanDpi(context, page);
    if (dpi !== undefined && Math.round(dpi) < MIN_SCAN_DPI) low.push({ page: i + 1, dpi: Math.round(dpi) });
  });
  return low;
}

/**
 * `lowResolutionPages` grouped by `lowResolutionGroups`: empty when no page is a scan of too few pixels.
 *
 * @example
 * lowResolutionScan(doc.context, tree.pages); // [{ pages: [2], dpi: 31 }]
 */
export function lowResolutionScan(context: PDFContext, pages: readonly SourcePage[]): LowResolution[] {
  return lowResolutionGroups(lowResolutionPages(context, pages));
}

/**
 * Pixels per inch of a page's scan, as drawn: of the images covering at least MIN_COVER of what viewers show of
 * it, the sharpest. Undefined for a page that shows anything but images (text in rendering mode 3, an OCR layer,
 * shows nothing and does not count), or no image that covers it.
 */
export function scanDpi(context: PDFContext, page: SourcePage): number | undefined {
  try {
    const resources = page.inherited.get(PDFName.of('Resources'));
    // Without an XObject to draw, a page is no scan: its content is not even decoded.
    const named = context.lookup(resources);
    const xobjects = named instanceof PDFDict ? context.lookup(named.get(PDFName.of('XObject'))) : undefined;
    if (!(xobjects instanceof PDFDict) || xobjects.keys().length === 0) return undefined;
    const drawn = pageImagesOnly(context, page.dict, resources, { invisibleText: true });
    if (!drawn || drawn.length === 0) return undefined;
    const shown = shownBox(context, page);
    if (!shown) return undefined;
    let best: number | undefined;
    for (const image of drawn) {
      if (cover(image, shown.box) < MIN_COVER) continue;
      const dpi = drawnDpi(context, image, shown.unit);
      if (dpi !== undefined) best = Math.max(best ?? 0, dpi);
    }
    return best;
  } catch {
    // No alarm without a reason.
    return undefined;
  }
}

/** The share of `box` that the image's unit square, as drawn, covers (its bounding box, at most its own area). */
function cover({ matrix: [a, b, c, d, e, f] }: DrawnImage, box: Box): number {
  const xs = [e, a + e, c + e, a + c + e];
  const ys = [f, b + f, d + f, b + d + f];
  const w = Math.min(box[2], Math.max(...xs)) - Math.max(box[0], Math.min(...xs));
  const h = Math.min(box[3], Math.max(...ys)) - Math.max(box[1], Math.min(...ys));
  const area = (box[2] - box[0]) * (box[3] - box[1]);
  if (w <= 0 || h <= 0 || !(area > 0)) return 0;
  return Math.min(w * h, Math.abs(a * d - b * c)) / area;
}

/**
 * Pixels per inch of an image as drawn, in its blurrier direction: its pixels across over the inches its unit
 * square's sides are drawn at. A mask of more pixels than the image (the sharp shape of text over coarse colour)
 * counts with its own. Undefined when its size is not given as numbers or it is drawn with no size.
 */
function drawnDpi(context: PDFContext, { stream, matrix: [a, b, c, d] }: DrawnImage, unit: number): number | undefined {
  const size = pixelSize(context, stream.dict);
  if (!size) return undefined;
  for (const key of ['SMask', 'Mask']) {
    const mask = context.lookup(stream.dict.get(PDFName.of(key)));
    const masked = mask instanceof PDFStream ? pixelSize(context, mask.dict) : undefined;
    if (masked) [size.width, size.height] = [Math.max(size.width, masked.width), Math.max(size.height, masked.height)];
  }
  const across = Math.hypot(a, b) * unit;
  const down = Math.hypot(c, d) * unit;
  if (!(across > 0 && down > 0)) return undefined;
  return Math.min((size.width * 72) / across, (size.height * 72) / down);
}

function pixelSize(context: PDFContext, dict: PDFDict): { width: number; height: number } | undefined {
  const width = context.lookup(dict.get(PDFName.of('Width')));
  const height = context.lookup(dict.get(PDFName.of('Height')));
  if (!(width instanceof PDFNumber && height instanceof PDFNumber)) return undefined;
  const size = { width: width.asNumber(), height: height.asNumber() };
  return size.width > 0 && size.height > 0 ? size : undefined;
}
