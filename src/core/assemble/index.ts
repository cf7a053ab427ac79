/**
 * The assembler: a Plan in, one navigable PDF out.
 *
 * Steps: lay out generated pages and load inputs -> lay out the cover (its page count fixes every page number)
 * -> add pages in plan order (copying input pages with their links) -> draw -> bookmarks, page labels, stamps,
 * forms, metadata -> remove anything unsafe -> save. Problems become diagnostics; nothing the user supplied
 * makes it throw.
 *
 * | file         | what it does                                                                       |
 * | ------------ | ---------------------------------------------------------------------------------- |
 * | index.ts     | `assemble()`: the steps above, ranges, diagnostics                                  |
 * | source.ts    | reading inputs defensively: page tree, named destinations, outline, labels         |
 * | copy.ts      | copying input pages: links re-pointed, unsafe actions and attachments left out     |
 * | forms.ts     | flattening widgets into pages, or merging fields into one AcroForm                 |
 * | outline.ts   | writing the /Outlines tree                                                         |
 * | labels.ts    | page labels ("Cover", "CV 1", "Thesis iii")                                        |
 * | stamps.ts    | the footer stamp, upright on rotated pages, at the visual bottom                   |
 * | stamp-room.ts| input pages scaled (about 98%) inside their own size to free a band for the stamp   |
 * | layout.ts    | line breaking and page flow as drawing operations (no PDF objects)                 |
 * | generated.ts | layouts of text, link and referee pages                                            |
 * | cover.ts     | the cover and its contents list                                                    |
 * | draw.ts      | drawing operations and link annotations onto pages                                 |
 * | scans.ts     | PNG/JPEG pages (EXIF orientation honoured)                                         |
 * | fonts.ts     | glyph checks (`missingGlyphs`), text as drawn, widths                              |
 * | scripts.ts   | which shipped font draws which character (DejaVu, Noto Arabic, Hebrew, SC, JP, KR) |
 * | typeset.ts   | lines as glyphs: font fallback per run, bidi order and HarfBuzz shaping             |
 * | shaping.ts   | what the typesetter asks of the shaping engine (provided by src/io/shaping.ts)      |
 * | text-ops.ts  | content-stream operators for set lines (positions, reading order, stroked bold)    |
 * | truetype.ts  | TrueType fonts read (character map, metrics) and subset, without a font library    |
 * | embedder.ts  | a TrueType subset embedded as a pdf-lib `PDFFont` (Type0, Identity-H, ToUnicode)   |
 * | metadata.ts  | document information and XMP                                                       |
 * | layers.ts    | optional content: the inputs' layers merged, hidden ones stay hidden               |
 * | sanitize.ts  | last pass over every output object: no scripts, launches, attachments, XFA         |
 */
import { PDFArray, PDFDict, PDFDocument, PDFPage, PDFRef, type PDFFont, type PDFImage } from '@cantoo/pdf-lib';
import type { Diagnostic } from '../diagnostics.js';
import type { AssembleResult, CopiedPage, PartLocation, PartRange, Plan, PlanPart, SectionRange } from '../plan/types.js';
import { layoutCover } from './cover.js';
import { lookForText } from '../inspect/page-text.js';
import { Copier, type Removed } from './copy.js';
import { drawOps, storeSmallStreamsRaw, topOf, type DrawFonts } from './draw.js';
import { embedTrueTypeSubset } from './embedder.js';
import { drawable } from './fonts.js';
import { acroFormOf, fieldsOnPages, flattenWidgets, FormMerger, formWidgets, hasXfa } from './forms.js';
import { layoutLink, layoutReferees, layoutText, safeUrl } from './generated.js';
import { coverLabels, sectionLabels, selectedLabels, writePageLabels, type LabelRange } from './labels.js';
import { LayerMerger } from './layers.js';
import { A4, type FontRole, type Measure, type OpPage } from './layout.js';
import { writeMetadata } from './metadata.js';
import { writeOutline, type OutlineNode } from './outline.js';
import { sanitizeOutput } from './sanitize.js';
import { jpegOrientation, placeScan } from './scans.js';
import { concatPieces, serialize, type ChunkOptions, type PdfPieces } from './serialize.js';
import { documentLevelExtras, loadPdf, namedDestinations, readOutline, readPageLabels, sourcePages, type SourceLabelRange, type SourceOutline, type SourcePage } from './source.js';
import { BAND_OFFSET, stampPage, stampText, visibleBox, type StampSetter } from './stamps.js';
import { moveDestinations, shrinkCache, shrinkPage, type Shrink } from './stamp-room.js';
import { FACE_PDF_NAMES, hanStyle, needsShaping, type FaceId } from './scripts.js';
import { lineOperators } from './text-ops.js';
import { Typesetter } from './typeset.js';
import { diag } from '../catalogue.js';
import { readPlain } from '../text/model.js';

export { missingGlyphs } from './fonts.js';

/** A part made ready to be placed: its pages are known. */
type Prepared =
  | { kind: 'ops'; pages: OpPage[] }
  | { kind: 'image'; image: PDFImage; orientation: number }
  | { kind: 'pdf'; doc: PDFDocument; pages: SourcePage[]; labels: SourceLabelRange[]; dropped?: Set<PDFRef>; numbers?: number[] }
  | { kind: 'none' };

function pageCountOf(p: Prepared): number {
  if (p.kind === 'ops') return p.pages.length;
  if (p.kind === 'image') return 1;
  if (p.kind === 'pdf') return p.pages.length;
  return 0;
}

/** Collects characters the fonts cannot show, per place they occur. */
class GlyphLog {
  private readonly missing = new Map<string, string[]>();
  private readonly places = new Map<string, PartLocation>();
  private readonly unshaped = new Set<string>();

  /** `shaping`: whether the shaping engine is loaded (a library caller may give fonts without it). */
  constructor(
    private readonly setter: Typesetter,
    private readonly shaping: boolean,
  ) {}

  /** A text cleaner for `where` (e.g. `"Research plan"`): logs missing glyphs, returns drawable text. */
  cleaner(where: string, log = true, at?: PartLocation): (text: string, font: FontRole) => string {
    if (at) this.places.set(where, at);
    return (text, font) => {
      const clean = this.setter.clean(text, font);
      if (log && !this.shaping && needsShaping(clean.text)) this.unshaped.add(where);
      if (log && clean.missing.length > 0) {
        const list = this.missing.get(where) ?? [];
        for (const ch of clean.missing) if (!list.includes(ch)) list.push(ch);
        this.missing.set(where, list);
      }
      return clean.text;
    };
  }

  diagnostics(): Diagnostic[] {
    const unshaped = [...this.unshaped].map((where): Diagnostic => ({ ...diag('text.direction', { where }), ...this.places.get(where) }));
    return [...unshaped, ...[...this.missing].map(([where, chars]): Diagnostic => ({ ...diag('text.glyph', { where, chars }), ...this.places.get(where) }))];
  }
}

/** Every text of a plan that generated pages or stamps may draw: it decides the CJK style and whether to shape. */
function planTexts(plan: Plan): string[] {
  const out: (string | undefined)[] = [...Object.values(plan.applicant), ...Object.values(plan.position)];
  for (const section of plan.sections) {
    out.push(section.title);
    for (const part of section.parts) {
      out.push(part.title);
      if (part.kind === 'text') out.push(part.text);
      else if (part.kind === 'link') out.push(part.url, part.note);
      else if (part.kind === 'referees') for (const r of part.referees) out.push(...Object.values(r).filter((v): v is string => typeof v === 'string'));
      else out.push(part.source);
    }
  }
  for (const a of plan.absent) out.push(a.title, a.note);
  return out.filter((t): t is string => typeof t === 'string');
}

/** Give the diagnostics from `from` on the part's manifest location (about its `pages:`, there), when the plan has one. */
function locate(diagnostics: Diagnostic[], from: number, part: PlanPart): void {
  for (let i = from; i < diagnostics.length; i++) {
    const d = diagnostics[i] as Diagnostic;
    const at = d.code === 'file.links-dropped' && part.kind === 'pdf' && part.pagesAt ? part.pagesAt : part.at;
    if (at) diagnostics[i] = { ...d, ...at };
  }
}

/** A part named as the manifest writes it: its file, or its title in quotes. */
function describeSource(part: PlanPart): string {
  return 'source' in part ? part.source : `"${part.title}"`;
}


/** Diagnostics for what the copier left out of one input. */
function removedDiagnostics(part: PlanPart, removed: Removed): Diagnostic[] {
  const out: Diagnostic[] = [];
  const file = describeSource(part);
  if (removed.actions.size > 0) {
    const names: Record<string, string> = {
      JavaScript: 'scripts (JavaScript)',
      Launch: 'a command that starts another program or opens a file',
      automatic: 'automatic actions that run when a page or field is opened',
      SubmitForm: 'a button that sends form data over the internet',
      ResetForm: 'a button that resets the form',
      ImportData: 'a command that loads form data from another file',
    };
    const kinds = [...new Set([...removed.actions.keys()].map((k) => names[k] ?? `"${k}" actions`))];
    out.push(diag('file.actions', { file, what: kinds.join(', '), count: kinds.length }));
  }
  if (removed.attachments > 0) out.push(diag('file.attachments', { file, count: removed.attachments }));
  if (removed.media > 0) out.push(diag('file.media', { file, count: removed.media }));
  if (removed.deadLinks > 0) out.push(diag('file.links', { file, count: removed.deadLinks }));
  return out;
}

function corrupt(part: PlanPart, err: unknown): Diagnostic {
  const msg = err instanceof Error ? err.message : String(err);
  if (/password|encrypt/i.test(msg)) return diag('file.encrypted', { file: describeSource(part), lock: 'password' });
  return diag('file.corrupt', { file: describeSource(part), kind: 'PDF', detail: 'it could not be read, so it is missing from the packet' });
}

async function preparePart(part: PlanPart, out: PDFDocument, measure: Measure, glyphs: GlyphLog, diagnostics: Diagnostic[], setter: Typesetter): Promise<Prepared> {
  const where = `"${part.title}"`;
  const direction = (text: string): 'ltr' | 'rtl' => setter.direction(text);
  switch (part.kind) {
    case 'text':
      return { kind: 'ops', pages: layoutText(part.title, part.doc ?? readPlain(part.text), measure, glyphs.cleaner(where, true, part.at), direction) };
    case 'link': {
      if (!safeUrl(part.url)) {
        diagnostics.push(diag('link.url', { title: part.title, url: part.url }));
      }
      const note = part.noteDoc ?? (part.note ? readPlain(part.note) : undefined);
      return { kind: 'ops', pages: layoutLink(part.title, part.url, note, measure, glyphs.cleaner(where, true, part.at), direction) };
    }
    case 'referees':
      return { kind: 'ops', pages: layoutReferees(part.title, part.referees, measure, glyphs.cleaner(where, true, part.at)) };
    case 'image': {
      try {
        const png = part.bytes[0] === 0x89 && part.bytes[1] === 0x50;
        const image = png ? await out.embedPng(part.bytes) : await out.embedJpg(part.bytes);
        if (image.width <= 0 || image.height <= 0) throw new Error('empty image');
        return { kind: 'image', image, orientation: png ? 1 : jpegOrientation(part.bytes) };
      } catch {
        diagnostics.push(diag('file.corrupt', { file: describeSource(part), kind: part.mime === 'image/png' ? 'PNG' : 'JPEG' }));
        return { kind: 'none' };
      }
    }
    case 'pdf': {
      let doc: PDFDocument;
      try {
        const given = part.loaded?.doc;
        // A document loaded elsewhere without decrypting is loaded again here, decrypted when it can be.
        doc = given instanceof PDFDocument && !given.isEncrypted ? given : await loadPdf(part.bytes);
        // A document loaded without decrypting would be copied as garbage.
        if (doc.isEncrypted) throw new Error('encrypted');
        if (!(doc.catalog instanceof PDFDict)) throw new Error('no catalog');
      } catch (err) {
        diagnostics.push(corrupt(part, err));
        return { kind: 'none' };
      }
      const { pages, problems } = sourcePages(doc.context, doc.catalog);
      if (pages.length === 0) {
        diagnostics.push(corrupt(part, new Error('no pages')));
        return { kind: 'none' };
      }
      if (problems > 0) {
        diagnostics.push(diag('file.pages', { file: describeSource(part), pages: pages.length }));
      }
      const labels = readPageLabels(doc.context, doc.catalog);
      if (part.pages) return selectedPages(doc, pages, labels, part.pages);
      return { kind: 'pdf', doc, pages, labels };
    }
  }
}

/** The pages `pages:` keeps (0-based, in order), their labels, and the input's pages left out. */
function selectedPages(doc: PDFDocument, all: SourcePage[], labels: SourceLabelRange[], selection: readonly number[]): Extract<Prepared, { kind: 'pdf' }> {
  // A damaged page list may hold fewer pages than the inspector counted (a `file.pages` warning says so).
  const indexes = selection.filter((i) => i < all.length);
  const pages = indexes.map((i) => all[i] as SourcePage);
  const kept = new Set(pages.map((p) => p.ref));
  const dropped = new Set(all.filter((p) => !kept.has(p.ref)).map((p) => p.ref));
  // `numbers`: each kept page's number in the input, for the check of the written pages.
  return { kind: 'pdf', doc, pages, labels: selectedLabels(labels, indexes), dropped, numbers: indexes.map((i) => i + 1) };
}

/** Output ranges for every section and part, given each part's page count and the cover's. */
function computeRanges(plan: Plan, counts: number[][], coverPages: number): SectionRange[] {
  let next = coverPages + 1;
  return plan.sections.map((section, s) => {
    const parts: PartRange[] = section.parts.map((part, p) => {
      const n = counts[s]?.[p] ?? 0;
      const range = n > 0 ? { title: part.title, firstPage: next, lastPage: next + n - 1 } : { title: part.title, firstPage: 0, lastPage: 0 };
      next += n;
      return range;
    });
    const present = parts.filter((p) => p.firstPage > 0);
    const firstPage = present[0]?.firstPage ?? 0;
    const lastPage = present[present.length - 1]?.lastPage ?? 0;
    return { itemId: section.itemId, title: section.title, firstPage, lastPage, parts };
  });
}

/**
 * Output outline items for an input's outline, destinations mapped through its copier. A bookmark to a page that
 * `pages:` leaves out goes (and is counted in `dropped`), unless bookmarks under it lead to kept pages: then it
 * stays, leading to the first of them, so a kept section keeps the chapter it belongs to.
 */
function mapOutline(items: readonly SourceOutline[], copier: Copier, fallback: PDFArray | undefined, out: PDFDocument, dropped = { count: 0 }): OutlineNode[] {
  const result: OutlineNode[] = [];
  for (const item of items) {
    if (item.removed) continue;
    const children = mapOutline(item.children, copier, fallback, out, dropped);
    let dest: PDFArray | undefined;
    if (item.dest && copier.leadsToDropped(item.dest)) {
      dest = firstDest(children);
      if (!dest) {
        dropped.count++;
        result.push(...children);
        continue;
      }
    } else if (item.dest) {
      const copied = copier.copy(item.dest);
      if (copied instanceof PDFArray && copied.get(0) instanceof PDFRef && out.context.lookup(copied.get(0)) !== undefined) dest = copied;
    }
    const node: OutlineNode = { title: item.title, open: false, children };
    if (dest) node.dest = dest;
    else if (item.uri) node.uri = item.uri;
    else if (fallback) node.dest = fallback;
    result.push(node);
  }
  return result;
}

/** The destination of the first bookmark, depth first, that has one. */
function firstDest(nodes: readonly OutlineNode[]): PDFArray | undefined {
  for (const node of nodes) {
    if (node.dest) return node.dest;
    const inner = firstDest(node.children);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * Build the packet PDF from a plan.
 *
 * @example
 * const result = await assemble(plan);
 * if (!result.diagnostics.some((d) => d.severity === 'error')) await writeFile('packet.pdf', result.bytes);
 */
export async function assemble(plan: Plan, beforeSave?: BeforeSave): Promise<AssembleResult> {
  const { size, chunks, ...rest } = await assembleInChunks(plan, {}, beforeSave);
  return { ...rest, bytes: concatPieces({ size, chunks }) };
}

/**
 * A last step on the finished document, before its bytes are made: `build --fit` brings images down here
 * (src/core/fit). It gets every page and each item's page range, and returns diagnostics.
 */
export type BeforeSave = (doc: PDFDocument, pages: readonly PDFPage[], ranges: readonly SectionRange[]) => Promise<Diagnostic[]>;

/** What `assembleInChunks` gives: the result of `assemble`, with the bytes still to be made, in order. */
export type AssembledChunks = Omit<AssembleResult, 'bytes'> & PdfPieces;

/**
 * Build the packet PDF from a plan, and make its bytes only as they are consumed, about 1 MB at a time: a big
 * packet is written out without ever being one buffer in memory. The size is known before the first chunk.
 * With `reuseBuffer`, every chunk is made in the same buffer: write each before asking for the next.
 *
 * @example
 * const result = await assembleInChunks(plan, { reuseBuffer: true });
 * if (!result.diagnostics.some((d) => d.severity === 'error')) await handle.writeFile(result.chunks);
 */
export async function assembleInChunks(plan: Plan, chunkOptions: ChunkOptions = {}, beforeSave?: BeforeSave): Promise<AssembledChunks> {
  const diagnostics: Diagnostic[] = [];
  const out = await PDFDocument.create({ updateMetadata: false });
  const texts = planTexts(plan);
  // HarfBuzz and the bidi algorithm are loaded only for a packet with text that needs them (Arabic, Hebrew).
  const engine = plan.fonts.engine && texts.some(needsShaping) ? await plan.fonts.engine() : undefined;
  const setter = new Typesetter(plan.fonts, { han: hanStyle(texts), engine });
  const faces = new Map<FaceId, PDFFont>();
  const fonts: DrawFonts = {
    // Subset fonts carry a six-letter tag; fixed ones keep the bytes reproducible.
    regular: embedTrueTypeSubset(out, plan.fonts.regular, FACE_PDF_NAMES.regular),
    bold: embedTrueTypeSubset(out, plan.fonts.bold, FACE_PDF_NAMES.bold),
    setter,
    // The other fonts are embedded when a line first uses them: a Latin packet has none of them.
    face: (id) => {
      if (id === 'regular') return fonts.regular;
      if (id === 'bold') return fonts.bold;
      let font = faces.get(id);
      if (!font) {
        font = embedTrueTypeSubset(out, setter.bytes(id) as Uint8Array, FACE_PDF_NAMES[id]);
        faces.set(id, font);
      }
      return font;
    },
  };
  const measure: Measure = (text, role, size) => setter.measure(text, role, size);
  const glyphs = new GlyphLog(setter, engine !== undefined);

  // 1. Every part's pages.
  const prepared: Prepared[][] = [];
  for (const section of plan.sections) {
    const list: Prepared[] = [];
    for (const part of section.parts) {
      const before = diagnostics.length;
      try {
        list.push(await preparePart(part, out, measure, glyphs, diagnostics, setter));
      } catch (err) {
        // Whatever a strange input does to the parser, it costs that input, not the build.
        diagnostics.push(corrupt(part, err));
        list.push({ kind: 'none' });
      }
      locate(diagnostics, before, part);
    }
    prepared.push(list);
  }
  const counts = prepared.map((list) => list.map(pageCountOf));

  // 2. The cover: its length does not depend on the numbers it prints, so lay out once to count, then for real.
  const coverClean = glyphs.cleaner('The cover page');
  let coverPages: OpPage[] = [];
  if (plan.options.cover) {
    const direction = (text: string): 'ltr' | 'rtl' => setter.direction(text);
    coverPages = layoutCover(plan, computeRanges(plan, counts, 0), measure, coverClean, direction);
    coverPages = layoutCover(plan, computeRanges(plan, counts, coverPages.length), measure, coverClean, direction);
  }
  const ranges = computeRanges(plan, counts, coverPages.length);

  // 3. Pages in order. Generated pages are drawn once every page exists, so contents links can point forward.
  const jobs: [PDFPage, OpPage][] = [];
  /** Pages of input PDFs (their content may reach the bottom edge: it is scaled to make room for the stamp). */
  const copiedPages = new Set<PDFPage>();
  /** Where each copied page came from, and whether its content shows text (for the check for blank pages). */
  const copied: CopiedPage[] = [];
  for (const op of coverPages) jobs.push([out.addPage(A4), op]);
  const sectionOutline: OutlineNode[][] = [];
  const forms = new FormMerger(out);
  const layers = new LayerMerger(out);
  const labels: LabelRange[] = coverLabels(coverPages.length);
  // Form values are drawn with pdf-lib's drawText, in DejaVu only.
  const flattenFonts = (text: string): string => drawable(plan.fonts.regular, text);

  /** Copy an input's pages (and its navigation and form fields) to the end of the output; returns its bookmarks. */
  const placePdf = (part: PlanPart, prep: Extract<Prepared, { kind: 'pdf' }>, partStart: number): OutlineNode[] => {
    const { doc, pages } = prep;
    const flatten = plan.options.forms !== 'keep';
    const pageMap = new Map<PDFRef, PDFRef>();
    for (const sp of pages) if (!pageMap.has(sp.ref)) pageMap.set(sp.ref, out.context.nextRef());
    const named = namedDestinations(doc.context, doc.catalog);
    const live = flatten ? new Set<PDFDict>() : formWidgets(doc.context, doc.catalog);
    const copier = new Copier(doc.context, out.context, pageMap, { named, dropWidget: (w) => !live.has(w), ...(prep.dropped ? { dropped: prep.dropped } : {}) });
    const done = new Set<PDFRef>();
    for (const [i, sp] of pages.entries()) {
      const ref = pageMap.get(sp.ref) as PDFRef;
      // The same page listed twice in the tree becomes two pages sharing one content.
      const target = done.has(ref) ? out.context.nextRef() : ref;
      done.add(ref);
      const { leaf, widgets } = copier.copyPage(sp, target);
      const page = PDFPage.of(leaf, target, out);
      out.addPage(page);
      copiedPages.add(page);
      // Looked at before fields are drawn into it: only what the input's page itself shows counts.
      copied.push({ outputPage: out.getPageCount(), source: describeSource(part), inputPage: prep.numbers?.[i] ?? i + 1, ...textLook(out, leaf), ...(part.at ? { at: part.at } : {}) });
      if (widgets.length > 0) flattenWidgets(page, widgets, doc.context, copier, fonts.regular, flattenFonts);
    }
    layers.add(doc.context, doc.catalog, copier, part.title);
    if (!flatten) {
      const form = acroFormOf(doc.context, doc.catalog);
      if (form) forms.add(doc.context, form, copier, prep.dropped ? fieldsOnPages(doc.context, pages) : undefined);
    }
    if (hasXfa(doc.context, doc.catalog)) {
      diagnostics.push(diag('file.xfa', { file: describeSource(part), dynamic: false }));
    }
    const outline = readOutline(doc.context, doc.catalog, named);
    const firstPage = out.getPages()[partStart];
    const fallback = firstPage ? topOf(out, firstPage.ref, visibleBox(firstPage)[3]) : undefined;
    const droppedBookmarks = { count: 0 };
    const children = mapOutline(outline.items, copier, fallback, out, droppedBookmarks);
    const noteRemoved = (items: readonly SourceOutline[]): void => {
      for (const item of items) {
        if (item.removed) copier.noteRemoved(item.removed);
        noteRemoved(item.children);
      }
    };
    noteRemoved(outline.items);
    const extras = documentLevelExtras(doc.context, doc.catalog);
    copier.removed.attachments += extras.attachments;
    for (const action of extras.actions) copier.noteRemoved(action);
    if (outline.problems > 0) {
      diagnostics.push(diag('file.outline', { file: describeSource(part), count: outline.problems }));
    }
    diagnostics.push(...removedDiagnostics(part, copier.removed));
    if (part.kind === 'pdf' && part.selection !== undefined && copier.removed.droppedLinks + droppedBookmarks.count > 0) {
      diagnostics.push(diag('file.links-dropped', { file: describeSource(part), pages: part.selection, links: copier.removed.droppedLinks, bookmarks: droppedBookmarks.count }));
    }
    return children;
  };

  for (const [s, section] of plan.sections.entries()) {
    const nodes: OutlineNode[] = [];
    const sectionStart = out.getPageCount();
    for (const [p, part] of section.parts.entries()) {
      const prep = prepared[s]?.[p] ?? { kind: 'none' };
      const partStart = out.getPageCount();
      const before = diagnostics.length;
      let children: OutlineNode[] = [];
      if (prep.kind === 'ops') {
        for (const op of prep.pages) jobs.push([out.addPage(A4), op]);
      } else if (prep.kind === 'image') {
        placeScan(out, prep.image, prep.orientation);
      } else if (prep.kind === 'pdf') {
        try {
          children = placePdf(part, prep, partStart);
        } catch (err) {
          // Keep the page numbers the cover already promised: the input's pages become notices.
          while (out.getPageCount() > partStart) out.removePage(out.getPageCount() - 1);
          while (copied.length > 0 && copied[copied.length - 1]!.outputPage > partStart) copied.pop();
          diagnostics.push(corrupt(part, err));
          const notice = coverClean(`This page of ${part.kind === 'pdf' ? part.source : part.title} could not be copied into the packet.`, 'regular');
          for (let i = 0; i < prep.pages.length; i++) jobs.push([out.addPage(A4), { ops: [{ kind: 'text', x: 64, y: 760, text: notice, font: 'regular', size: 11 }] }]);
        }
      }
      locate(diagnostics, before, part);
      const partPages = out.getPageCount() - partStart;
      if (partPages > 0) {
        const first = out.getPages()[partStart] as PDFPage;
        nodes.push({ title: part.title, dest: topOf(out, first.ref, visibleBox(first)[3]), open: false, children });
      }
    }
    const sectionPages = out.getPageCount() - sectionStart;
    if (sectionPages > 0) {
      const only = section.parts.length === 1 ? prepared[s]?.[0] : undefined;
      labels.push(...sectionLabels(section.title, sectionStart, sectionPages, only?.kind === 'pdf' ? only.labels : undefined));
      const first = out.getPages()[sectionStart] as PDFPage;
      const dest = topOf(out, first.ref, visibleBox(first)[3]);
      // One part: its own bookmarks sit directly under the section; several: one bookmark per part.
      const children = nodes.length === 1 ? (nodes[0]?.children ?? []) : nodes;
      sectionOutline.push([{ title: section.title, dest, open: nodes.length > 1, children }]);
    }
  }

  // A PDF needs a page: an empty packet says so rather than being a file viewers refuse.
  if (out.getPageCount() === 0) {
    diagnostics.push(diag('packet.empty'));
    jobs.push([out.addPage(A4), { ops: [{ kind: 'text', x: 64, y: 760, text: 'This packet has no items.', font: 'regular', size: 11 }] }]);
  }

  // 4. Draw generated pages.
  const allPages = out.getPages();
  const pageDest = (i: number): PDFArray | undefined => {
    const page = allPages[i];
    return page ? topOf(out, page.ref, visibleBox(page)[3]) : undefined;
  };
  for (const [page, op] of jobs) drawOps(out, page, op.ops, fonts, pageDest);

  // 5. Navigation, stamps, forms, metadata.
  writeOutline(out, sectionOutline.flat());
  writePageLabels(out, labels);
  const stamps = new Map<number, string>();
  if (plan.options.stamps) {
    const stampClean = glyphs.cleaner('The page stamps', !plan.options.cover);
    const total = allPages.length;
    const owner: string[] = allPages.map(() => 'Cover');
    for (const r of ranges) for (let i = r.firstPage; i > 0 && i <= r.lastPage; i++) owner[i - 1] = r.title;
    const width = (t: string, size: number): number => setter.measure(t, 'regular', size);
    const moved = new Map<PDFRef, Shrink>();
    const cache = shrinkCache();
    allPages.forEach((page, i) => {
      const text = stampClean(stampText(plan.applicant.name, owner[i] ?? '', i + 1, total), 'regular');
      // A stamp with a name in another script is set like a generated line, in its fonts.
      const set: StampSetter | undefined = setter.isSimple(text, 'regular')
        ? undefined
        : (x, y, size, cos, sin) => lineOperators(page, setter.line(text, 'regular'), fonts.face as (id: FaceId) => PDFFont, { x, y, size, cos, sin, colour: '0.45 0.45 0.45', keyBase: 'PacketStamp' });
      stamps.set(i + 1, text);
      try {
        if (copiedPages.has(page)) {
          moved.set(page.ref, shrinkPage(page, cache));
          stampPage(page, text, fonts.regular, width, BAND_OFFSET, set);
        } else {
          stampPage(page, text, fonts.regular, width, undefined, set);
        }
      } catch {
        // A page too strange to measure goes without its stamp rather than stopping the build.
      }
    });
    moveDestinations(out, moved);
  }
  storeSmallStreamsRaw(out, allPages);
  forms.write();
  layers.write();
  writeMetadata(out, plan.metadata, plan.buildDate);

  // 6. Safety net, then bytes.
  const leftovers = sanitizeOutput(out);
  if (leftovers.length > 0) {
    const kinds = [...new Set(leftovers)];
    diagnostics.push(diag('file.actions', { file: 'An input', what: `active content (${kinds.join(', ')})`, count: kinds.length }));
  }
  diagnostics.push(...glyphs.diagnostics());
  if (beforeSave) diagnostics.push(...(await beforeSave(out, allPages, ranges)));
  for (const c of copied) {
    const stamp = stamps.get(c.outputPage);
    if (stamp !== undefined) c.stamp = stamp;
  }
  return { ...(await serialize(out, chunkOptions)), pageCount: allPages.length, ranges, copied, diagnostics };
}

/** What a cheap look finds on a copied page; a page too strange to look at counts as showing text (no alarm). */
function textLook(out: PDFDocument, leaf: PDFDict): { text: boolean; fonts: boolean } {
  try {
    return lookForText(out.context, leaf);
  } catch {
    return { text: true, fonts: true };
  }
}
