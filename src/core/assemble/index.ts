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
 * | scans.ts     | PNG/JPEG pages (EXIF orientation honoured, mirrored ones too)                      |
 * | png.ts       | a simple PNG (8-bit gray or RGB) put in as it is, without decoding it              |
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
import { PDFArray, PDFDict, PDFDocument, PDFPage, PDFRef, StandardFonts, type PDFFont } from '@cantoo/pdf-lib';
import type { Diagnostic } from '../diagnostics.js';
import type { AssembleResult, CopiedPage, PartLocation, Plan, PlanPart, SectionRange } from '../plan/types.js';
import { computeRanges, layoutCover } from './cover.js';
import { lookForText } from '../inspect/page-text.js';
import { jpegWithoutMetadata } from '../inspect/sniff.js';
import { ACTIVE_CONTENT_WORDS, formsKept } from '../inspect/findings.js';
import { Copier, type Removed } from './copy.js';
import { drawOps, storeSmallStreamsRaw, topOf, type DrawFonts } from './draw.js';
import { embedTrueTypeSubset } from './embedder.js';
import { acroFormOf, fieldsOnPages, flattenWidgets, FormMerger, formValues, formWidgets, hasXfa, isSignatureField, undrawableWidgets, viewerDrawsFields, type FieldPen } from './forms.js';
import { layoutLink, layoutReferees, layoutText, safeUrl } from './generated.js';
import { coverLabels, partLabels, sectionLabels, selectedLabels, writePageLabels, type LabelRange } from './labels.js';
import { LayerMerger } from './layers.js';
import { A4, type FontRole, type Measure, type OpPage } from './layout.js';
import { writeBuildPrints, writeBuiltFrom, writeMetadata } from './metadata.js';
import { writeOutline, type OutlineNode } from './outline.js';
import { sanitizeOutput } from './sanitize.js';
import { jpegOrientation, placeScan } from './scans.js';
import { embedPngAsIs, type ScanImage } from './png.js';
import { concatPieces, serialize, type ChunkOptions, type PdfPieces } from './serialize.js';
import { DECEPTIVE_LINK, documentLevelExtras, LOCAL_LINK, loadPdf, namedDestinations, readOutline, readPageLabels, sourcePages, type SourceLabelRange, type SourceOutline, type SourcePage } from './source.js';
import { BAND_OFFSET, fitStamp, stampPage, stampRoom, visibleBox, type StampSetter } from './stamps.js';
import { moveDestinations, shrinkCache, shrinkPage, type Shrink } from './stamp-room.js';
import { FACE_PDF_NAMES, hanStyle, needsShaping, type FaceId } from './scripts.js';
import { lineOperators } from './text-ops.js';
import { Typesetter } from './typeset.js';
import { diag } from '../catalogue.js';
import { readPlain } from '../text/model.js';
import { refuseOptions } from '../options.js';

export { missingGlyphs } from './fonts.js';

/** A part made ready to be placed: its pages are known. */
type Prepared =
  | { kind: 'ops'; pages: OpPage[] }
  | { kind: 'image'; image: ScanImage; orientation: number }
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
  for (const a of plan.absent) out.push(a.title, a.note, a.condition);
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
  // A deceptive link is said by validate (`file.links-deceptive`), with its page and hosts.
  const actions = [...removed.actions.keys()].filter((k) => k !== DECEPTIVE_LINK);
  if (actions.length > 0) {
    const names: Record<string, string> = {
      JavaScript: 'scripts (JavaScript)',
      Launch: 'a command that starts another program or opens a file',
      automatic: 'automatic actions that run when a page or field is opened',
      SubmitForm: 'a button that sends form data over the internet',
      ResetForm: 'a button that resets the form',
      ImportData: 'a command that loads form data from another file',
      [LOCAL_LINK]: ACTIVE_CONTENT_WORDS['local-link'],
    };
    // Links last, as validate names them.
    const found = actions.sort((a, b) => Number(a === LOCAL_LINK) - Number(b === LOCAL_LINK));
    const kinds = [...new Set(found.map((k) => names[k] ?? `"${k}" actions`))];
    const links = removed.actions.has(LOCAL_LINK);
    out.push(diag('file.actions', { file, what: kinds.join(', '), count: kinds.length, ...(links ? { links } : {}) }));
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
        // The orientation is read before the EXIF that holds it is left out, with the GPS position and the camera.
        const orientation = png ? 1 : jpegOrientation(part.bytes);
        const image = png ? (embedPngAsIs(out, part.bytes) ?? (await out.embedPng(part.bytes))) : await out.embedJpg(jpegWithoutMetadata(part.bytes));
        if (image.width <= 0 || image.height <= 0) throw new Error('empty image');
        return { kind: 'image', image, orientation };
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
  refuseOptions('assembleInChunks', chunkOptions);
  const a = await Assembly.start(plan);

  // 1. Every part's pages.
  const prepared = await a.prepareParts();
  await a.shapeFormValues(prepared);
  const counts = prepared.map((list) => list.map(pageCountOf));

  // 2. The cover: its length does not depend on the numbers it prints, so lay out once to count, then for real.
  const coverPages = a.layoutCover(counts);
  const ranges = computeRanges(plan, counts, coverPages.length);

  // 3. Pages in order. Generated pages are drawn once every page exists, so contents links can point forward.
  a.placeAll(prepared, coverPages);

  // 4. Draw generated pages.
  const allPages = a.out.getPages();
  a.drawGenerated(allPages);

  // 5. Navigation, stamps, forms, metadata.
  writeOutline(a.out, a.sectionOutline.flat());
  writePageLabels(a.out, a.labels);
  const stamps = plan.options.stamps ? a.stampPages(allPages, ranges) : new Map<number, string>();
  storeSmallStreamsRaw(a.out, allPages);
  a.forms.write();
  a.layers.write();
  writeMetadata(a.out, plan.metadata, plan.buildDate);
  if (plan.builtFrom) writeBuiltFrom(a.out, plan.builtFrom, plan.buildDate, allPages.length, plan.builtFor, a.sectionItems);

  // 6. Safety net, then bytes.
  const { out, diagnostics, copied } = a;
  const leftovers = sanitizeOutput(out);
  if (leftovers.length > 0) {
    const kinds = [...new Set(leftovers)];
    diagnostics.push(diag('file.actions', { file: 'An input', what: `active content (${kinds.join(', ')})`, count: kinds.length }));
  }
  diagnostics.push(...a.glyphs.diagnostics());
  if (beforeSave && plan.builtFrom) writeBuildPrints(out, true);
  if (beforeSave) diagnostics.push(...(await beforeSave(out, allPages, ranges)));
  for (const c of copied) {
    const stamp = stamps.get(c.outputPage);
    if (stamp !== undefined) c.stamp = stamp;
  }
  // Last: what the build wrote, as it will be saved (fonts embedded by the flush, images fitted), goes into the record.
  if (plan.builtFrom) {
    await out.flush();
    writeBuildPrints(out);
  }
  return { ...(await serialize(out, chunkOptions)), pageCount: allPages.length, ranges, copied, diagnostics };
}

/** The fonts generated pages and stamps draw with: DejaVu at once, the other faces when a line first uses them. */
function drawFonts(out: PDFDocument, plan: Plan, setter: Typesetter): DrawFonts {
  const faces = new Map<FaceId, PDFFont>();
  const fonts: DrawFonts = {
    // Subset fonts carry a six-letter tag; fixed ones keep the bytes reproducible.
    regular: embedTrueTypeSubset(out, plan.fonts.regular, FACE_PDF_NAMES.regular),
    bold: embedTrueTypeSubset(out, plan.fonts.bold, FACE_PDF_NAMES.bold),
    setter,
    // A Latin packet embeds none of the other faces.
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
  return fonts;
}

/**
 * One packet being assembled: the output document and what the steps of `assembleInChunks` share (the pages
 * still to draw, the copied pages, the merged forms, layers, labels and bookmarks, and the diagnostics).
 */
class Assembly {
  readonly diagnostics: Diagnostic[] = [];
  /** Generated pages, drawn once every page exists. */
  readonly jobs: [PDFPage, OpPage][] = [];
  /** Pages of input PDFs (their content may reach the bottom edge: it is scaled to make room for the stamp). */
  readonly copiedPages = new Set<PDFPage>();
  /** Where each copied page came from, and whether its content shows text (for the check for blank pages). */
  readonly copied: CopiedPage[] = [];
  readonly sectionOutline: OutlineNode[][] = [];
  /** The item id of each section placed (each top-level bookmark), for the record: titles may repeat. */
  readonly sectionItems: string[] = [];
  readonly forms: FormMerger;
  readonly layers: LayerMerger;
  labels: LabelRange[] = [];
  readonly coverClean: (text: string, font: FontRole) => string;
  readonly measure: Measure;
  readonly glyphs: GlyphLog;
  readonly fonts: DrawFonts;
  private dingbats: PDFFont | undefined;
  /** Flattened fields without appearances are drawn in the fonts the packet's own pages use (CJK, Arabic, Hebrew). */
  private readonly pen: FieldPen = {
    missing: (text) => this.setter.missing(text),
    width: (text, size) => this.setter.measure(this.setter.clean(text, 'regular').text, 'regular', size),
    line: (page, text, x, y, size) =>
      lineOperators(page, this.setter.line(this.setter.clean(text, 'regular').text, 'regular', this.setter.direction(text)), this.fonts.face as (id: FaceId) => PDFFont, { x, y, size, colour: '0 0 0', keyBase: 'PacketField' }),
    dingbats: () => (this.dingbats ??= this.out.embedStandardFont(StandardFonts.ZapfDingbats)),
  };

  private constructor(
    readonly plan: Plan,
    readonly out: PDFDocument,
    readonly setter: Typesetter,
    private shaping: boolean,
  ) {
    this.fonts = drawFonts(out, plan, setter);
    this.measure = (text, role, size) => setter.measure(text, role, size);
    this.glyphs = new GlyphLog(setter, shaping);
    this.forms = new FormMerger(out);
    this.layers = new LayerMerger(out);
    this.coverClean = this.glyphs.cleaner('The cover page');
  }

  static async start(plan: Plan): Promise<Assembly> {
    const out = await PDFDocument.create({ updateMetadata: false });
    const texts = planTexts(plan);
    // HarfBuzz and the bidi algorithm are loaded only for a packet with text that needs them (Arabic, Hebrew).
    const engine = plan.fonts.engine && texts.some(needsShaping) ? await plan.fonts.engine() : undefined;
    return new Assembly(plan, out, new Typesetter(plan.fonts, { han: hanStyle(texts), engine }), engine !== undefined);
  }

  /** Step 1's end: the shaping engine loaded when a form value to flatten is Arabic or Hebrew and nothing else loaded it. */
  async shapeFormValues(prepared: readonly Prepared[][]): Promise<void> {
    if (this.plan.options.forms === 'keep' || !this.plan.fonts.engine || this.shaping) return;
    const values = prepared.flat().flatMap((p) => (p.kind === 'pdf' ? formValues(p.doc.context, p.doc.catalog) : []));
    if (!values.some(needsShaping)) return;
    this.setter.useEngine(await this.plan.fonts.engine());
    this.shaping = true;
  }

  /** Step 1: every part read or laid out; a part that fails costs that part, not the build. */
  async prepareParts(): Promise<Prepared[][]> {
    const prepared: Prepared[][] = [];
    for (const section of this.plan.sections) {
      const list: Prepared[] = [];
      for (const part of section.parts) {
        const before = this.diagnostics.length;
        try {
          list.push(await preparePart(part, this.out, this.measure, this.glyphs, this.diagnostics, this.setter));
        } catch (err) {
          // Whatever a strange input does to the parser, it costs that input, not the build.
          this.diagnostics.push(corrupt(part, err));
          list.push({ kind: 'none' });
        }
        locate(this.diagnostics, before, part);
      }
      prepared.push(list);
    }
    return prepared;
  }

  /** Step 2: the cover's pages (none without a cover), laid out twice so its page numbers are right. */
  layoutCover(counts: number[][]): OpPage[] {
    if (!this.plan.options.cover) return [];
    const direction = (text: string): 'ltr' | 'rtl' => this.setter.direction(text);
    const first = layoutCover(this.plan, computeRanges(this.plan, counts, 0), this.measure, this.coverClean, direction);
    return layoutCover(this.plan, computeRanges(this.plan, counts, first.length), this.measure, this.coverClean, direction);
  }

  /** Step 3: the cover's pages, then every section's, in order; bookmarks and labels collected. */
  placeAll(prepared: Prepared[][], coverPages: OpPage[]): void {
    const { out } = this;
    for (const op of coverPages) this.jobs.push([out.addPage(A4), op]);
    this.labels = coverLabels(coverPages.length);
    for (const [s, section] of this.plan.sections.entries()) this.placeSection(section, prepared[s] ?? []);
    // A PDF needs a page: an empty packet says so rather than being a file viewers refuse.
    if (out.getPageCount() === 0) {
      this.diagnostics.push(diag('packet.empty'));
      this.jobs.push([out.addPage(A4), { ops: [{ kind: 'text', x: 64, y: 760, text: 'This packet has no items.', font: 'regular', size: 11 }] }]);
    }
  }

  private placeSection(section: Plan['sections'][number], prepared: readonly Prepared[]): void {
    const { out } = this;
    const nodes: OutlineNode[] = [];
    const sectionStart = out.getPageCount();
    const placed: Parameters<typeof partLabels>[2][number][] = [];
    for (const [p, part] of section.parts.entries()) {
      const partStart = out.getPageCount();
      const before = this.diagnostics.length;
      const prep = prepared[p] ?? { kind: 'none' };
      const children = this.placePart(part, prep);
      locate(this.diagnostics, before, part);
      placed.push({ title: part.title, start: partStart, pages: out.getPageCount() - partStart, ...(prep.kind === 'pdf' ? { own: prep.labels } : {}) });
      if (out.getPageCount() > partStart) nodes.push({ title: part.title, dest: this.topOfPage(partStart), open: false, children });
    }
    const sectionPages = out.getPageCount() - sectionStart;
    if (sectionPages === 0) return;
    const only = section.parts.length === 1 ? prepared[0] : undefined;
    // Several files: each keeps its own labels, if it has them, behind its title (the bookmark under the item's).
    this.labels.push(...(section.parts.length > 1 ? partLabels(section.title, sectionStart, placed) : sectionLabels(section.title, sectionStart, sectionPages, only?.kind === 'pdf' ? only.labels : undefined)));
    // One part: its own bookmarks sit directly under the section; several, or one with its own title: one bookmark per part.
    const named = section.parts.some((part) => 'named' in part && part.named);
    const children = nodes.length === 1 && !named ? (nodes[0]?.children ?? []) : nodes;
    this.sectionOutline.push([{ title: section.title, dest: this.topOfPage(sectionStart), open: nodes.length > 1 || named, children }]);
    this.sectionItems.push(section.itemId);
  }

  /** One part's pages at the end of the output; returns its bookmarks. */
  private placePart(part: PlanPart, prep: Prepared): OutlineNode[] {
    const { out } = this;
    const partStart = out.getPageCount();
    if (prep.kind === 'ops') {
      for (const op of prep.pages) this.jobs.push([out.addPage(A4), op]);
    } else if (prep.kind === 'image') {
      placeScan(out, prep.image, prep.orientation);
    } else if (prep.kind === 'pdf') {
      try {
        return this.placePdf(part, prep, partStart);
      } catch (err) {
        // Keep the page numbers the cover already promised: the input's pages become notices.
        while (out.getPageCount() > partStart) out.removePage(out.getPageCount() - 1);
        while (this.copied.length > 0 && this.copied[this.copied.length - 1]!.outputPage > partStart) this.copied.pop();
        this.diagnostics.push(corrupt(part, err));
        const notice = this.coverClean(`This page of ${part.kind === 'pdf' ? part.source : part.title} could not be copied into the packet.`, 'regular');
        for (let i = 0; i < prep.pages.length; i++) this.jobs.push([out.addPage(A4), { ops: [{ kind: 'text', x: 64, y: 760, text: notice, font: 'regular', size: 11 }] }]);
      }
    }
    return [];
  }

  /** A destination at the top of the output's page `index` (0-based). */
  private topOfPage(index: number): PDFArray {
    const page = this.out.getPages()[index] as PDFPage;
    return topOf(this.out, page.ref, visibleBox(page)[3]);
  }

  /** Copy an input's pages (and its navigation and form fields) to the end of the output; returns its bookmarks. */
  private placePdf(part: PlanPart, prep: Extract<Prepared, { kind: 'pdf' }>, partStart: number): OutlineNode[] {
    const { doc } = prep;
    const flatten = this.plan.options.forms !== 'keep';
    const named = namedDestinations(doc.context, doc.catalog);
    // Fields whose values no font of the packet can print stay fields rather than turn into question marks.
    const kept = flatten ? undrawableWidgets(doc.context, formWidgets(doc.context, doc.catalog), this.pen.missing, viewerDrawsFields(doc.context, doc.catalog)) : new Map<PDFDict, { name: string; chars: string[]; undecided?: boolean }>();
    const copier = this.copyPages(part, prep, named, flatten, new Set(kept.keys()));
    this.layers.add(doc.context, doc.catalog, copier, part.title);
    const form = acroFormOf(doc.context, doc.catalog);
    if (!flatten) {
      if (form) this.forms.add(doc.context, form, copier, prep.dropped ? fieldsOnPages(doc.context, prep.pages) : undefined);
    } else if (form && kept.size > 0) {
      const shown = prep.dropped ? fieldsOnPages(doc.context, prep.pages) : undefined;
      const keptShown = [...kept].filter(([w]) => !shown || shown.has(w));
      if (this.forms.add(doc.context, form, copier, new Set(keptShown.map(([w]) => w))) > 0) {
        this.forms.askViewerToDraw();
        const said = formsKept(describeSource(part), keptShown.map(([, k]) => k));
        if (said) this.diagnostics.push(said);
      }
    }
    if (hasXfa(doc.context, doc.catalog)) {
      this.diagnostics.push(diag('file.xfa', { file: describeSource(part), dynamic: false }));
    }
    const outline = readOutline(doc.context, doc.catalog, named);
    const firstPage = this.out.getPages()[partStart];
    const fallback = firstPage ? topOf(this.out, firstPage.ref, visibleBox(firstPage)[3]) : undefined;
    const droppedBookmarks = { count: 0 };
    const children = mapOutline(outline.items, copier, fallback, this.out, droppedBookmarks);
    noteRemovedOutline(copier, outline.items);
    const extras = documentLevelExtras(doc.context, doc.catalog);
    copier.removed.attachments += extras.attachments;
    for (const action of extras.actions) copier.noteRemoved(action);
    if (outline.problems > 0) {
      this.diagnostics.push(diag('file.outline', { file: describeSource(part), count: outline.problems }));
    }
    this.diagnostics.push(...removedDiagnostics(part, copier.removed));
    if (part.kind === 'pdf' && part.selection !== undefined && copier.removed.droppedLinks + droppedBookmarks.count > 0) {
      this.diagnostics.push(diag('file.links-dropped', { file: describeSource(part), pages: part.selection, links: copier.removed.droppedLinks, bookmarks: droppedBookmarks.count }));
    }
    return children;
  }

  /** The input's pages copied to the end of the output (fields flattened unless kept); returns the copier. */
  private copyPages(part: PlanPart, prep: Extract<Prepared, { kind: 'pdf' }>, named: ReturnType<typeof namedDestinations>, flatten: boolean, kept: ReadonlySet<PDFDict>): Copier {
    const { out } = this;
    const { doc, pages } = prep;
    const pageMap = new Map<PDFRef, PDFRef>();
    for (const sp of pages) if (!pageMap.has(sp.ref)) pageMap.set(sp.ref, out.context.nextRef());
    // Kept forms keep their fields, but never a signature: it is drawn into the page like a flattened field (audit 24 F1).
    const live = flatten ? kept : new Set([...formWidgets(doc.context, doc.catalog)].filter((w) => !isSignatureField(doc.context, w)));
    const copier = new Copier(doc.context, out.context, pageMap, { named, dropWidget: (w) => !live.has(w), ...(prep.dropped ? { dropped: prep.dropped } : {}) });
    const done = new Set<PDFRef>();
    const viewerDraws = flatten && viewerDrawsFields(doc.context, doc.catalog);
    for (const [i, sp] of pages.entries()) {
      const ref = pageMap.get(sp.ref) as PDFRef;
      // The same page listed twice in the tree becomes two pages sharing one content.
      const target = done.has(ref) ? out.context.nextRef() : ref;
      done.add(ref);
      const { leaf, widgets } = copier.copyPage(sp, target);
      const page = PDFPage.of(leaf, target, out);
      out.addPage(page);
      this.copiedPages.add(page);
      // Looked at before fields are drawn into it: only what the input's page itself shows counts.
      const copied: CopiedPage = { outputPage: out.getPageCount(), source: describeSource(part), inputPage: prep.numbers?.[i] ?? i + 1, ...textLook(out, leaf), ...(part.at ? { at: part.at } : {}) };
      this.copied.push(copied);
      if (widgets.length > 0) {
        const { done: drawn, printed } = flattenWidgets(page, widgets, doc.context, copier, this.pen, viewerDraws);
        if (drawn > 0) Object.assign(copied, { flattened: true, printed });
      }
    }
    return copier;
  }

  /** Step 4: the generated pages (cover, texts, referees, notices) drawn, with links to any page. */
  drawGenerated(allPages: readonly PDFPage[]): void {
    const pageDest = (i: number): PDFArray | undefined => {
      const page = allPages[i];
      return page ? topOf(this.out, page.ref, visibleBox(page)[3]) : undefined;
    };
    for (const [page, op] of this.jobs) drawOps(this.out, page, op.ops, this.fonts, pageDest);
  }

  /** Step 5's stamps: every page's footer (copied pages scaled to make room); returns each page's stamp text. */
  stampPages(allPages: readonly PDFPage[], ranges: readonly SectionRange[]): Map<number, string> {
    const { plan, setter, fonts } = this;
    const stamps = new Map<number, string>();
    const stampClean = this.glyphs.cleaner('The page stamps', !plan.options.cover);
    const total = allPages.length;
    const owner: string[] = allPages.map(() => 'Cover');
    for (const r of ranges) for (let i = r.firstPage; i > 0 && i <= r.lastPage; i++) owner[i - 1] = r.title;
    const width = (t: string, size: number): number => setter.measure(t, 'regular', size);
    const moved = new Map<PDFRef, Shrink>();
    const cache = shrinkCache();
    const name = stampClean(plan.applicant.name, 'regular');
    allPages.forEach((page, i) => {
      // At least 6 pt: on a small page the item's title, then the name, are shortened; "page X of Y" stays whole.
      let fitted: { text: string; size: number };
      try {
        fitted = fitStamp(name, stampClean(owner[i] ?? '', 'regular'), i + 1, total, stampRoom(page), width);
      } catch {
        return;
      }
      const { text, size } = fitted;
      // A stamp with a name in another script is set like a generated line, in its fonts.
      const set: StampSetter | undefined = setter.isSimple(text, 'regular')
        ? undefined
        : (x, y, size, cos, sin) => lineOperators(page, setter.line(text, 'regular'), fonts.face as (id: FaceId) => PDFFont, { x, y, size, cos, sin, colour: '0.45 0.45 0.45', keyBase: 'PacketStamp' });
      stamps.set(i + 1, text);
      try {
        if (this.copiedPages.has(page)) {
          moved.set(page.ref, shrinkPage(page, cache));
          stampPage(page, text, fonts.regular, width, BAND_OFFSET, set, size);
        } else {
          stampPage(page, text, fonts.regular, width, undefined, set, size);
        }
      } catch {
        // A page too strange to measure goes without its stamp rather than stopping the build.
      }
    });
    moveDestinations(this.out, moved);
    return stamps;
  }
}

/** Actions and attachments of bookmarks left out, noted so the report counts them. */
function noteRemovedOutline(copier: Copier, items: readonly SourceOutline[]): void {
  for (const item of items) {
    if (item.removed) copier.noteRemoved(item.removed);
    noteRemovedOutline(copier, item.children);
  }
}

/** What a cheap look finds on a copied page; a page too strange to look at counts as showing text (no alarm). */
function textLook(out: PDFDocument, leaf: PDFDict): { text: boolean; fonts: boolean } {
  try {
    return lookForText(out.context, leaf);
  } catch {
    return { text: true, fonts: true };
  }
}
