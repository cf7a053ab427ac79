import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, PDFHexString, ParseSpeeds } from '@cantoo/pdf-lib';
import type { PDFObject } from '@cantoo/pdf-lib';
import { bytesOf, drawingObjects } from '../fit/sizes.js';
import { RECORD_KEYS } from '../built-from.js';

export interface BuiltSection {
  title: string;
  first: number;
  last: number;
  /** The bytes its pages draw with, as `build --fit` counts them (shared objects count for each): when asked for. */
  bytes?: number;
}

/**
 * Where each item sits in a packet PDF this tool built, read back from its top-level bookmarks
 * (so the report shows what a reviewer will see). Undefined when the file cannot be read as such.
 *
 * @example
 * const ranges = await readBuiltSections(bytes); // [{ title: 'CV', first: 2, last: 3 }, ...]
 * const sized = await readBuiltSections(bytes, new Set(['Transcript of records'])); // ..., bytes: 683_120 }
 */
export async function readBuiltSections(bytes: Uint8Array, measure: ReadonlySet<string> = new Set()): Promise<BuiltSection[] | undefined> {
  return (await readBuilt(bytes, measure)).sections;
}

/** What `report` reads of a built PDF in one parse: the items' pages, and the digests of the inputs it was built from. */
export interface BuiltPdf {
  /** Undefined when the file cannot be read as a packet (no bookmarks, or no PDF). */
  sections?: BuiltSection[];
  /** Undefined for a PDF without the record (see `core/built-from.ts`). */
  inputs?: string[];
}

/**
 * The sections (see `readBuiltSections`) and the record of the inputs of a built PDF, from one load.
 *
 * @example
 * const { sections, inputs } = await readBuilt(bytes);
 */
export async function readBuilt(bytes: Uint8Array, measure: ReadonlySet<string> = new Set()): Promise<BuiltPdf> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  } catch {
    return {};
  }
  const inputs = readBuiltFrom(doc);
  const sections = sectionsOf(doc, measure);
  return { ...(sections ? { sections } : {}), ...(inputs ? { inputs } : {}) };
}

/** The digests a packet records (see `core/built-from.ts`), or undefined for a PDF without the record. */
function readBuiltFrom(doc: PDFDocument): string[] | undefined {
  const ctx = doc.context;
  const pieces = ctx.lookup(doc.catalog.get(PDFName.of(RECORD_KEYS.pieceInfo)));
  const data = pieces instanceof PDFDict ? ctx.lookup(pieces.get(PDFName.of(RECORD_KEYS.app))) : undefined;
  const priv = data instanceof PDFDict ? ctx.lookup(data.get(PDFName.of(RECORD_KEYS.private))) : undefined;
  const inputs = priv instanceof PDFDict ? ctx.lookup(priv.get(PDFName.of(RECORD_KEYS.inputs))) : undefined;
  if (!(inputs instanceof PDFArray)) return undefined;
  const digests: string[] = [];
  for (const o of inputs.asArray()) {
    const d = ctx.lookup(o);
    if (d instanceof PDFHexString) digests.push(d.asString().toLowerCase());
  }
  return digests;
}

function sectionsOf(doc: PDFDocument, measure: ReadonlySet<string>): BuiltSection[] | undefined {
  const ctx = doc.context;
  const pageIndex = new Map<PDFRef, number>();
  doc.getPages().forEach((p, i) => pageIndex.set(p.ref, i));
  const outlines = ctx.lookup(doc.catalog.get(PDFName.of('Outlines')));
  if (!(outlines instanceof PDFDict)) return undefined;
  const starts: { title: string; first: number }[] = [];
  let node = ctx.lookup(outlines.get(PDFName.of('First')));
  const seen = new Set<PDFObject>();
  while (node instanceof PDFDict && !seen.has(node) && starts.length < 10_000) {
    seen.add(node);
    const title = node.get(PDFName.of('Title'));
    const page = targetPage(node, ctx.lookup.bind(ctx), pageIndex);
    if ((title instanceof PDFString || title instanceof PDFHexString) && page !== undefined) {
      starts.push({ title: title.decodeText(), first: page + 1 });
    }
    node = ctx.lookup(node.get(PDFName.of('Next')));
  }
  const count = doc.getPageCount();
  const pages = measure.size > 0 ? doc.getPages() : [];
  return starts.map((s, i) => {
    const last = (starts[i + 1]?.first ?? count + 1) - 1;
    return measure.has(s.title) ? { ...s, last, bytes: bytesOf(ctx, drawingObjects(ctx, pages.slice(s.first - 1, last))) } : { ...s, last };
  });
}

function targetPage(item: PDFDict, lookup: (o: PDFObject | undefined) => PDFObject | undefined, pages: Map<PDFRef, number>): number | undefined {
  let dest = lookup(item.get(PDFName.of('Dest')));
  if (!dest) {
    const action = lookup(item.get(PDFName.of('A')));
    if (action instanceof PDFDict) dest = lookup(action.get(PDFName.of('D')));
  }
  if (!(dest instanceof PDFArray)) return undefined;
  const ref = dest.get(0);
  return ref instanceof PDFRef ? pages.get(ref) : undefined;
}
