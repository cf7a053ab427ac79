/**
 * Fitting a built packet under its size caps: images are brought down, all together, through a ladder of
 * resolutions (300, 250, 200, 150 dpi, and lower only when the floor is set lower) until the packet, and
 * first each item that has its own cap, is small enough. Each image's resolution is measured where it is drawn,
 * so a photo shown at quarter page keeps its detail there. Nothing else is changed: text, vector drawings,
 * fonts, page sizes and links stay as they are.
 *
 * | file       | what it does                                                                         |
 * | ---------- | ------------------------------------------------------------------------------------ |
 * | fit.ts     | `fitToCaps()`: the ladder against the packet's and the items' caps, the report       |
 * | content.ts | content streams read for `q`/`Q`/`cm`/`Do`: each image's largest drawn size          |
 * | images.ts  | which images can be recompressed (and why not), the new stream for a target dpi      |
 * | sizes.ts   | bytes per object as written, and the objects an item's pages draw with               |
 * | jpeg.ts    | a JPEG's frame header (size, components, precision)                                  |
 * | codec.ts   | `ImageCodec`: what the image library provides (src/io/image-codec.ts: sharp)          |
 * | report.ts  | the build's lines about a fit, and the errors when a cap cannot be met               |
 */
import { PDFName, PDFRawStream, type PDFContext, type PDFDocument, type PDFPage, type PDFRef } from '@cantoo/pdf-lib';
import { serializedSize } from '../assemble/serialize.js';
import { visibleBox } from '../assemble/stamps.js';
import type { SectionRange } from '../plan/types.js';
import type { ImageCodec } from './codec.js';
import { ImageWalker, type Drawn } from './content.js';
import { classify, LEFT_ALONE, PixelCache, recompress, type Candidate, type LeftAloneReason } from './images.js';
import { bytesOf, drawingObjects, objectBytes } from './sizes.js';
import { refuseOptions } from '../options.js';

/** The lowest resolution fitting goes to unless told otherwise: text in scans stays easy to read. */
export const DEFAULT_FLOOR_DPI = 150;
/** The JPEG quality recompressed images are saved at. */
export const FIT_QUALITY = 75;

export interface FitOptions {
  codec: ImageCodec;
  /** The cap of the whole file, in bytes. */
  maxBytes?: number;
  /** Caps of single items, in bytes, by item id. */
  itemCaps?: ReadonlyMap<string, number>;
  /** Never below this resolution (default 150 dpi). */
  floorDpi?: number;
  /** JPEG quality, 1-100 (default 75). */
  quality?: number;
}

/** What fitting did to one item. */
export interface FitItem {
  itemId: string;
  title: string;
  /** Bytes its pages draw with (see sizes.ts), before and after. */
  before: number;
  after: number;
  /** Its own cap in bytes, when the posting gives one. */
  cap?: number;
  /** Images recompressed, and the lowest resolution any of them was brought to. */
  recompressed: number;
  dpi?: number;
  /** Whether it is within its own cap now (true when it has none). */
  fits: boolean;
}

/** What fitting did, for the build report. */
export interface FitReport {
  /** The file's size before and after, in bytes. */
  before: number;
  after: number;
  /** The file's cap in bytes, when there is one. */
  cap?: number;
  floorDpi: number;
  quality: number;
  /** Images recompressed in the whole file. */
  recompressed: number;
  /** Images that could not be recompressed, by reason (in words), with counts. */
  leftAlone: { reason: string; count: number }[];
  items: FitItem[];
  /** Whether the file and every item are within their caps. */
  fits: boolean;
}

/**
 * The resolutions tried, from the highest: 300, 250, 200 and 150 dpi, then lower steps down to a lower floor.
 *
 * @example
 * dpiLadder(150) // [300, 250, 200, 150]
 * dpiLadder(100) // [300, 250, 200, 150, 120, 100]
 */
export function dpiLadder(floor: number): number[] {
  const steps = [300, 250, 200, 150, 120, 100, 75, 50].filter((d) => d > floor);
  return [...steps, floor];
}

/** Bytes of decoded raw samples kept between the steps of the ladder. */
const PIXEL_CACHE = 200e6;

/** One image with everything fitting tracks about it. */
interface Tracked extends Candidate {
  /** Indexes of the sections whose pages show it. */
  sections: Set<number>;
  /** The resolution it is at now (undefined: the original). */
  current?: number;
  /** Target set by its items' own caps. */
  itemTarget?: number;
  /** Encodings made so far, by target dpi (null: no smaller encoding at that resolution). */
  made: Map<number, PDFRawStream | null>;
}

/**
 * Bring `doc`'s images down until it fits its caps, or the floor is reached. `ranges` say which pages belong to
 * which item (1-based, as the assembler gives them). Streams are replaced in place; when a cap cannot be met,
 * the report says so (`fits: false`) and the document is left at the floor.
 *
 * @example
 * const report = await fitToCaps(doc, doc.getPages(), ranges, { codec, maxBytes: 2e6 });
 * report.fits; // true when the packet is now under 2 MB
 */
export async function fitToCaps(doc: PDFDocument, pages: readonly PDFPage[], ranges: readonly SectionRange[], options: FitOptions): Promise<FitReport> {
  refuseOptions('fitToCaps', options);
  const ctx = doc.context;
  const before = await serializedSize(doc);
  const sectionPages = ranges.map((r) => (r.firstPage > 0 ? pages.slice(r.firstPage - 1, r.lastPage) : []));

  // Sizes: the whole file, and each item's drawing objects.
  const itemBefore = sectionPages.map((list) => bytesOf(ctx, drawingObjects(ctx, list)));
  const itemCap = (s: number): number | undefined => options.itemCaps?.get(ranges[s]!.itemId);
  const over = (options.maxBytes !== undefined && before > options.maxBytes) || itemBefore.some((size, s) => size > (itemCap(s) ?? Infinity));

  const fitter = new Fitter(ctx, options, before, itemBefore, itemCap);
  if (over) fitter.track(imagesOn(ctx, sectionPages));
  const ladder = dpiLadder(fitter.floorDpi);
  // An image library that cannot load says so now, rather than every image counting as unreadable.
  if (fitter.tracked.length > 0) await options.codec.ready?.();

  // Items with their own cap first, each with its own images only.
  for (let s = 0; s < ranges.length; s++) {
    const cap = itemCap(s);
    if (cap !== undefined) await fitter.fitItem(s, cap, ladder);
  }
  // Then the whole file, every image together.
  if (options.maxBytes !== undefined) await fitter.fitWhole(options.maxBytes, ladder);
  return fitter.report(ranges);
}

/** Every image on the sections' pages, with its largest drawn size (the page's longest side when unsure). */
function imagesOn(ctx: PDFContext, sectionPages: readonly (readonly PDFPage[])[]): Map<PDFRef, { drawn: Drawn; sections: Set<number> }> {
  const found = new Map<PDFRef, { drawn: Drawn; sections: Set<number> }>();
  const walker = new ImageWalker(ctx);
  sectionPages.forEach((list, s) => {
    for (const page of list) {
      const { present, drawn, complete } = walker.page(page.node);
      const [x0, y0, x1, y1] = visibleBox(page);
      const longest = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
      for (const ref of present) {
        const seen = drawn.get(ref);
        const size = !seen || !complete ? { width: Math.max(longest, seen?.width ?? 0), height: Math.max(longest, seen?.height ?? 0) } : seen;
        const entry = found.get(ref) ?? { drawn: { width: 0, height: 0 }, sections: new Set<number>() };
        entry.drawn = { width: Math.max(entry.drawn.width, size.width), height: Math.max(entry.drawn.height, size.height) };
        entry.sections.add(s);
        found.set(ref, entry);
      }
    }
  });
  return found;
}

/** The images being brought down, and the sizes of the file and of each item as they change. */
class Fitter {
  readonly floorDpi: number;
  readonly quality: number;
  readonly tracked: Tracked[] = [];
  private total: number;
  private readonly itemSize: number[];
  private readonly leftAlone = new Map<LeftAloneReason, number>();
  private readonly damaged = new Set<Tracked>();
  private readonly pixels = new PixelCache(PIXEL_CACHE);

  constructor(
    private readonly ctx: PDFContext,
    private readonly options: FitOptions,
    private readonly before: number,
    private readonly itemBefore: readonly number[],
    private readonly itemCap: (s: number) => number | undefined,
  ) {
    this.floorDpi = options.floorDpi ?? DEFAULT_FLOOR_DPI;
    this.quality = options.quality ?? FIT_QUALITY;
    this.total = before;
    this.itemSize = [...itemBefore];
  }

  private leave(reason: LeftAloneReason): void {
    this.leftAlone.set(reason, (this.leftAlone.get(reason) ?? 0) + 1);
  }

  /** Keep the images that can be recompressed; count the others by reason. */
  track(found: ReadonlyMap<PDFRef, { drawn: Drawn; sections: Set<number> }>): void {
    for (const [ref, { drawn, sections }] of found) {
      const stream = this.ctx.lookup(ref);
      if (!(stream instanceof PDFRawStream) || stream.dict.lookup(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
      const c = classify(this.ctx, ref, stream, drawn);
      if ('reason' in c) this.leave(c.reason);
      else this.tracked.push({ ...c, sections, made: new Map() });
    }
  }

  /** An item over its own cap: its images down the ladder until it fits. */
  async fitItem(s: number, cap: number, ladder: readonly number[]): Promise<void> {
    if (this.itemSize[s]! <= cap) return;
    for (const dpi of ladder) {
      for (const t of this.tracked) {
        if (!t.sections.has(s)) continue;
        t.itemTarget = Math.min(t.itemTarget ?? Infinity, dpi);
        await this.put(t, t.itemTarget);
      }
      if (this.itemSize[s]! <= cap) break;
    }
  }

  /** The whole file over its cap: every image down the ladder together (never above an item's own target). */
  async fitWhole(cap: number, ladder: readonly number[]): Promise<void> {
    if (this.total <= cap) return;
    for (const dpi of ladder) {
      for (const t of this.tracked) await this.put(t, Math.min(t.itemTarget ?? Infinity, dpi));
      if (this.total <= cap) break;
    }
  }

  /** Put `t` at `dpi` (undefined: its original), keeping the sizes up to date. */
  private async put(t: Tracked, dpi: number | undefined): Promise<void> {
    if (t.current === dpi || this.damaged.has(t)) return;
    const { ctx } = this;
    let next: PDFRawStream | null = t.original;
    if (dpi !== undefined) {
      if (!t.made.has(dpi)) {
        const r = await recompress(ctx, t, dpi, this.options.codec, this.quality, this.pixels);
        if (r.damaged) {
          this.damaged.add(t);
          this.leave('damaged');
          return;
        }
        t.made.set(dpi, r.stream ?? null);
      }
      next = t.made.get(dpi) ?? t.original;
    }
    const now = ctx.lookup(t.ref) as PDFRawStream;
    const delta = objectBytes(t.ref, next) - objectBytes(t.ref, now);
    ctx.assign(t.ref, next);
    t.current = next === t.original ? undefined : dpi;
    this.total += delta;
    for (const s of t.sections) this.itemSize[s]! += delta;
  }

  report(ranges: readonly SectionRange[]): FitReport {
    const { itemSize, itemBefore, itemCap, options } = this;
    const items: FitItem[] = ranges.map((r, s) => {
      const mine = this.tracked.filter((t) => t.sections.has(s) && t.current !== undefined);
      const cap = itemCap(s);
      const dpis = mine.map((t) => t.current as number);
      return {
        itemId: r.itemId,
        title: r.title,
        before: itemBefore[s]!,
        after: itemSize[s]!,
        ...(cap !== undefined ? { cap } : {}),
        recompressed: mine.length,
        ...(dpis.length > 0 ? { dpi: Math.min(...dpis) } : {}),
        fits: cap === undefined || itemSize[s]! <= cap,
      };
    });
    const after = this.total;
    return {
      before: this.before,
      after,
      ...(options.maxBytes !== undefined ? { cap: options.maxBytes } : {}),
      floorDpi: this.floorDpi,
      quality: this.quality,
      recompressed: this.tracked.filter((t) => t.current !== undefined).length,
      leftAlone: [...this.leftAlone].map(([reason, count]) => ({ reason: LEFT_ALONE[reason], count })),
      items,
      fits: (options.maxBytes === undefined || after <= options.maxBytes) && items.every((i) => i.fits),
    };
  }
}
