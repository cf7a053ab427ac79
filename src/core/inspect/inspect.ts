import { PDFArray, PDFDocument, ParseSpeeds, PDFDict, PDFName, PDFRawStream, PDFRef, type PDFContext, type PDFObject } from '@cantoo/pdf-lib';
import type { Finding } from '../diagnostics.js';
import { BudgetExceeded, scanFeatures } from './features.js';
import { deceptiveLinks, droppedContent, linkWordsMismatch, pageWebLinks, type PageDeceptiveLink, type PageWebLink } from './actions.js';
import { pageDestinations } from './destinations.js';
import type { PageDestinations } from './lost-destinations.js';
import { pageMarks, type PageMarks } from './marks.js';
import { findingsAbout } from './findings.js';
import { carriedVerdict, streamFilters, structureVerdict, type InflationLimits } from './inflation.js';
import { pageBytes } from './page-bytes.js';
import { blankScan } from './blank-scan.js';
import { lowResolutionPages } from './scan-resolution.js';
import { damagedImagePages } from './image-data.js';
import { pageHoldsImage, pageInk, pageOutlinesText, type PageInk } from './page-text.js';
import { inflatesCleanly } from './decoders.js';
import { walkPageTree, type PageTreeReport, type SourcePage } from './page-tree.js';
import { recoverPageObjects } from './recover.js';
import { followIndex } from './xref.js';
import { declaredRoots, inspectTail } from './raw.js';
import { streamEnd, type RawScan } from './raw-objects.js';
import { describeNonPdf, pdfHeaderOffset, readJpegHeader, readPngHeader, sniffType } from './sniff.js';
import { countPageTexts, type PageTexts, type TextArea, type TextReader } from './text.js';
import type { InputFacts, InspectLimits, InspectOptions, PdfFeatures } from './types.js';
import { pageGeometry, shownBox } from './page-size.js';
import { contentFingerprint } from './fingerprint.js';
import { pagePrints } from './page-prints.js';
import { fieldTextsOf, filledFieldsOfPages, formPagesOf, formValuesOnPages, labelAreas, labelledFieldsOf, printedLabels, type FilledField } from './form-values.js';
import { formFinding, type FormPages } from './form-pages.js';
import { selectPages, type PagesValue } from '../page-selection.js';
import { refuseOptions } from '../options.js';

/** A letter's or a CV's pages whose text is kept (`keepText`): they run to a few pages; a longer file is not read for its signer or subject. */
export const MAX_KEPT_TEXT_PAGES = 12;

/** A written item's pages read for its language: a stop-word count needs a few hundred words, not a whole thesis. */
export const TEXT_SAMPLE_PAGES = 3;

/** Bounds used unless `options.limits` overrides them. */
export const DEFAULT_LIMITS: InspectLimits = {
  maxObjects: 2_000_000,
  maxPageTreeNodes: 100_000,
  maxPageTreeDepth: 256,
  maxTextPages: 5_000,
  maxInflatedBytes: 64e6,
  maxInflationRatio: 16,
  // A 600 dpi colour scan of an A3 page decodes to 209 MB; real content and fonts inflate 1.3-4x (47 MB for the 12.7 MB bench file); bombs aim at gigabytes.
  maxStreamBytes: 256e6,
  maxCarriedBytes: 256e6,
  maxCarriedRatio: 64,
};

function inflationLimits(limits: InspectLimits): InflationLimits {
  return {
    structureBytes: limits.maxInflatedBytes,
    structureRatio: limits.maxInflationRatio,
    streamBytes: limits.maxStreamBytes,
    carriedBytes: limits.maxCarriedBytes,
    carriedRatio: limits.maxCarriedRatio,
  };
}

/**
 * Learn what an input file is: its type by content, page count, and the problems a reviewer would meet.
 * Never throws or rejects on bad input: every problem becomes a finding. Words are counted when
 * `options.countWords` is set and a `readText` is given (the I/O layer's `readPdfText`).
 *
 * @example
 * const facts = await inspectInput(bytes, { countWords: true, fileName: 'cv.pdf' }, readPdfText);
 * if (facts.type === 'pdf' && facts.loaded) console.log(facts.pages, facts.words);
 */
export async function inspectInput(bytes: Uint8Array, options: InspectOptions = {}, readText?: TextReader): Promise<InputFacts> {
  // A caller's mistake is thrown, not reported as the file's.
  refuseOptions('inspectInput', options);
  try {
    return await inspectUnguarded(bytes, options, readText);
  } catch (err) {
    // Last line of defence: anything unforeseen is reported about the file, never thrown at the caller.
    const say = findingsAbout(options.fileName);
    const finding = err instanceof RangeError ? say.tooComplex('it is nested too deeply') : say.corrupt('it could not be read');
    return { type: sniffType(bytes), bytes: bytes.length, findings: [finding] };
  }
}

const extensionOf = (name: string | undefined): string | undefined => /\.([A-Za-z0-9]{1,5})$/.exec(name ?? '')?.[1]?.toLowerCase();

async function inspectUnguarded(bytes: Uint8Array, options: InspectOptions, readText: TextReader | undefined): Promise<InputFacts> {
  const say = findingsAbout(options.fileName);
  if (bytes.length === 0) return { type: 'invalid', bytes: 0, findings: [say.empty()] };
  const type = sniffType(bytes);
  const findings: Finding[] = [];
  const ext = extensionOf(options.fileName);

  if (type === 'png' || type === 'jpeg') {
    const kind = type === 'png' ? 'PNG' : 'JPEG';
    const head = type === 'png' ? readPngHeader(bytes) : readJpegHeader(bytes);
    if (ext !== undefined && !(type === 'png' ? ['png'] : ['jpg', 'jpeg', 'jpe']).includes(ext)) findings.push(say.typeMismatch(kind, `.${ext}`));
    if (head.corrupt) findings.push(head.truncated ? say.imageTruncated(kind, true) : say.imageCorrupt(kind));
    // A cut-off image prints grey or blank where its data stops (poppler drew a JPEG cut at a fifth all white):
    // no reviewer takes that scan, so it is an error, not a warning.
    else if (head.truncated) findings.push(say.imageTruncated(kind, true));
    return { type, bytes: bytes.length, pages: 1, width: head.width, height: head.height, findings };
  }
  if (type === 'invalid') return { type, bytes: bytes.length, findings: [say.notPdf(describeNonPdf(bytes))] };
  if (ext !== undefined && ext !== 'pdf') findings.push(say.typeMismatch('PDF', `.${ext}`));
  return inspectPdf(bytes, options, findings, readText);
}

const LOAD = { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest, throwOnInvalidObject: false } as const;

type Loaded = { doc: PDFDocument; decrypted: boolean; fixedStartxref: boolean } | { failure: Finding };

/** A copy with a final `startxref` that is not followed by a number blanked out, or undefined when there is none. */
function blankBadStartxref(bytes: Uint8Array): Uint8Array | undefined {
  const from = Math.max(0, bytes.length - 1024);
  const tail = new TextDecoder('latin1').decode(bytes.subarray(from));
  const m = /startxref(?!\s*\d)[^%]*(?=%%EOF\s*$)/.exec(tail);
  if (!m) return undefined;
  const copy = bytes.slice();
  copy.fill(0x20, from + m.index, from + m.index + m[0].length);
  return copy;
}

async function loadPdf(bytes: Uint8Array, truncated: boolean, say: ReturnType<typeof findingsAbout>): Promise<Loaded> {
  let firstError: unknown;
  try {
    // An empty password opens files protected only by an owner (permissions) password.
    const doc = await PDFDocument.load(bytes, { ...LOAD, password: '' });
    return { doc, decrypted: doc.context.isDecrypted, fixedStartxref: false };
  } catch (err) {
    firstError = err;
  }
  if (firstError instanceof RangeError) return { failure: say.tooComplex('it is nested too deeply') };
  // pdf-lib reads objects, not the index, yet gives up on a garbled final `startxref`: blank it and retry.
  const fixed = blankBadStartxref(bytes);
  if (fixed) {
    try {
      const doc = await PDFDocument.load(fixed, { ...LOAD, password: '' });
      return { doc, decrypted: doc.context.isDecrypted, fixedStartxref: true };
    } catch {
      // Not the only damage: classified below.
    }
  }
  // Was it the encryption? Parse again without decrypting to tell a password from damage.
  try {
    const raw = await PDFDocument.load(bytes, { ...LOAD, ignoreEncryption: true });
    if (raw.isEncrypted) {
      const enc = raw.context.lookup(raw.context.trailerInfo.Encrypt);
      const filter = enc instanceof PDFDict ? enc.get(PDFName.of('Filter')) : undefined;
      const msg = firstError instanceof Error ? firstError.message : '';
      if (filter !== undefined && filter !== PDFName.of('Standard')) return { failure: say.encrypted('certificate') };
      if (/NEEDS PASSWORD|Password incorrect/i.test(msg)) return { failure: say.encrypted('password') };
      return { failure: say.encrypted('unsupported') };
    }
  } catch {
    // Damaged beyond parsing: reported below.
  }
  if (truncated) return { failure: say.truncatedFatal() };
  return { failure: say.corrupt('its structure cannot be read') };
}

/** Where what the build copies from an input starts: its pages with what they inherit, its form and its layers. */
function carriedRoots(doc: PDFDocument, pages: readonly SourcePage[]): PDFObject[] {
  const roots: PDFObject[] = [];
  for (const page of pages) roots.push(page.dict, ...page.inherited.values());
  for (const key of ['AcroForm', 'OCProperties']) {
    const value = doc.catalog instanceof PDFDict ? doc.catalog.get(PDFName.of(key)) : undefined;
    if (value) roots.push(value);
  }
  return roots;
}

/**
 * A PDF's facts, step by step: the decompression guard, loading, the page tree, recovery, the page count, repairs,
 * features, blank pages, page sizes, damaged images, scans of too few pixels, text. Long because each step may end the inspection
 * with its own finding.
 */
async function inspectPdf(bytes: Uint8Array, options: InspectOptions, findings: Finding[], readText: TextReader | undefined): Promise<InputFacts> {
  const say = findingsAbout(options.fileName);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const base = { type: 'pdf' as const, bytes: bytes.length };
  const tail = inspectTail(bytes, Math.max(0, pdfHeaderOffset(bytes)));
  // pdf-lib inflates every object stream while it loads: measure them first, in bounded memory.
  const structure = await structureVerdict(bytes, inflationLimits(limits));
  if (!structure.ok) return { ...base, findings: [...findings, say.tooComplex(structure.detail)] };
  const loaded = await loadPdf(bytes, tail.truncated, say);
  if ('failure' in loaded) return { ...base, findings: [...findings, loaded.failure] };
  const { doc } = loaded;
  // Where the file holds two versions of some content, the one its index names (what viewers show) is used.
  const versions = structure.scan && !loaded.decrypted && !doc.isEncrypted ? followIndex(doc, bytes, structure.scan, Math.max(0, pdfHeaderOffset(bytes))) : { replaced: 0, ambiguous: false, intact: true };
  if (versions.ambiguous) return { ...base, findings: [...findings, say.corrupt('it holds several versions of its content and its index is damaged, so PDF viewers disagree on which one to show')] };

  const tree = walkPageTree(doc.context, doc.catalog instanceof PDFDict ? doc.catalog : undefined, {
    maxNodes: limits.maxPageTreeNodes,
    maxDepth: limits.maxPageTreeDepth,
  });
  if (tree.status === 'missing') return { ...base, findings: [...findings, say.corrupt('its list of pages is missing')] };
  if (tree.status === 'loop') return { ...base, findings: [...findings, say.corrupt('its list of pages refers back to itself')] };
  if (tree.status === 'too-complex') return { ...base, findings: [...findings, say.tooComplex(tree.detail ?? 'its list of pages is too large')] };

  // What pdf-lib could not read on the pages is read again as viewers read it (else the page would come out blank).
  const roots = carriedRoots(doc, tree.pages);
  const plain = !loaded.decrypted && !doc.isEncrypted;
  const { recovered, unreadable, damaged: partlyUnread } = recoverPageObjects(doc.context, bytes, plain ? structure.scan?.objects : undefined, roots, limits.maxObjects);
  // Nothing the output would carry may inflate beyond reason (the build copies compressed data as it is).
  const carried = carriedVerdict(doc.context, bytes.length, inflationLimits(limits));
  if (!carried.ok) return { ...base, findings: [...findings, say.tooComplex(carried.detail)] };

  // pdf-lib must agree with the walk, since the build copies the pages pdf-lib finds.
  let pages: number;
  try {
    pages = doc.getPageCount();
  } catch {
    return { ...base, findings: [...findings, say.corrupt('its list of pages cannot be followed')] };
  }
  const facts: InputFacts = { ...base, pages, findings };
  if (tree.declared !== undefined && tree.declared !== pages) facts.pagesDeclared = tree.declared;
  const counted = pageCountFinding(pages, tree, say);
  if (counted) findings.push(counted);

  const repairs = repairNotes(bytes, doc, tail, { fixedStartxref: loaded.fixedStartxref, tree, replaced: versions.replaced, recovered });
  // A stream whose /Length does not end at its `endstream`: readers that trust the length and readers that look
  // for the keyword read different data.
  if (structure.scan && plain && !tail.truncated && wrongLengths(bytes, structure.scan) > 0) repairs.push('some of its streams are not as long as they say');
  if (damagedContent(doc.context, tree.pages)) repairs.push('some of its page content is damaged');
  if (tail.truncated) findings.push(say.truncatedReadable(pages));
  if (repairs.length > 0) findings.push(say.repaired(repairs.join('; ')));
  if (loaded.decrypted) findings.push(say.decrypted());

  let features: PdfFeatures;
  try {
    features = { encryption: loaded.decrypted ? 'owner' : 'none', ...scanFeatures(doc.context, doc.catalog, limits.maxObjects) };
  } catch (err) {
    if (err instanceof BudgetExceeded) return { ...base, pages, findings: [...findings, say.tooComplex(err.detail)] };
    throw err;
  }
  facts.features = features;
  // Which pages the fields and the typed text are on: a form answered in text boxes is not blank, and a `pages:` selection takes only its pages' fields.
  let formPages: FormPages | undefined;
  if (features.formFields > 0) {
    try {
      formPages = formPagesOf(doc.context, doc.catalog, tree.pages);
      facts.formPages = { ...formPages, mode: options.forms ?? 'flatten' };
    } catch {
      // A form too malformed to place on its pages: judged as a whole, as before.
    }
  }
  findings.push(...featureFindings(features, say, options, formPages));
  // The values flattening writes itself, for validate to check against the packet's fonts as the build does.
  if (features.formFields > 0 && options.forms !== 'keep') {
    try {
      const values = formValuesOnPages(doc.context, doc.catalog, tree.pages);
      if (values.length > 0) facts.formValues = values;
    } catch {
      // A form too malformed to read its values: the build finds out for itself.
    }
  }
  // The words written into the fields are the applicant's (printed by flattening, read in a kept field): counted and read as the page's.
  let fieldTexts: string[] = [];
  // Kept only where the page texts are (a letter's): labelled once the page's text is read, for labels printed beside them.
  let labelledFilled: FilledField[][] = [];
  if (features.formFields > 0) {
    try {
      const filled = filledFieldsOfPages(doc.context, doc.catalog, tree.pages);
      fieldTexts = fieldTextsOf(filled);
      if (options.keepText === true) labelledFilled = filled;
    } catch {
      // A form too malformed to read its values: its words go uncounted, as before.
    }
  }
  // Said here as the build says it (before: only `build` named the sound, the video and the links it leaves out).
  const dropped = droppedOf(doc, tree.pages);
  if (dropped.media > 0) findings.push(say.media(dropped.media));
  if (dropped.deadLinks > 0) findings.push(say.deadLinks(dropped.deadLinks));
  // Said after the text is read: the words under a link are compared with where it goes.
  const deceptive = deceptiveOf(doc, tree.pages);
  const webLinks = webLinksOf(doc, tree.pages);
  const marks = marksOf(doc, tree.pages);
  findings.push(...say.pageMarks(marks));
  if (marks.redactions.count > 0 || marks.marks.length > 0 || marks.covers) facts.pageMarks = marks;

  if (options.pageBytes && pages > 0) {
    const sizes = pageBytes(doc.context, tree.pages, limits.maxObjects);
    if (sizes) facts.pageBytes = sizes;
    const leads = destinationsOf(doc, tree.pages);
    if (leads) facts.destinations = leads;
  }

  // A file read with repairs, or with parts left unread, can be read in more than one way: the build compares its every page.
  // So can one whose index does not hold whole (viewers rebuild it, each their own way), or parts of which pdf-lib could not parse.
  const damaged = repairs.length > 0 || tail.truncated || unreadable > 0 || partlyUnread || !versions.intact || findings.some((f) => f.code === 'file.pages-uncertain');
  // A damaged file may be blank only as pdf-lib reads it: the build compares its pages with what viewers show.
  // A `pages:` selection may take only the empty pages of a document (a blank back page, a separator): then every
  // page is looked at; else only up to the first that shows something.
  const inks = !damaged && pages > 0 ? pageInks(doc.context, tree.pages, options.pageBytes === true) : [];
  const nothing = nothingShown(inks, pages);
  if (options.pageBytes && !nothing) {
    const empty = inks.flatMap((ink, i) => (ink === 'shown' ? [] : [i]));
    if (empty.length > 0) facts.blankPages = empty;
  }
  if (nothing) findings.push(say.blank(pages, nothing === 'hidden' ? 'hidden' : undefined));
  else if (!damaged && pages > 0) {
    const scan = blankScan(doc.context, tree.pages);
    if (scan && scan.jpegs.length === 0) findings.push(say.blank(pages, scan.sheet ? 'sheet' : 'scan'));
    else if (scan) {
      facts.scanJpegs = scan.jpegs;
      if (scan.sheet) facts.scanSheet = true;
    }
  }
  if (features.formFields === 0) {
    try {
      const print = contentFingerprint(doc.context, tree.pages);
      if (print) facts.fingerprint = print;
    } catch {
      // A page too strange to hash is left without a fingerprint: only byte copies are then caught.
    }
    try {
      const prints = pagePrints(doc.context, tree.pages);
      if (prints.length > 0) facts.pagePrints = prints;
    } catch {
      // Pages too strange to read: a page repeated inside another file is then not caught.
    }
  }
  const geometry = pageGeometry(doc.context, tree.pages);
  if (geometry.sheets.some((n) => n > 1)) facts.pageSheets = geometry.sheets;
  findings.push(...geometry.sizes.map((f) => say.pageSize(f)));
  const big = geometry.sizes.find((f) => f.problem === 'large' || f.problem === 'huge');
  if (big) facts.oversized = { pages: big.pages, width: big.width, height: big.height };
  // An image whose data stops early shows grey or blank from there on; in a file read one way only.
  if (!damaged && pages > 0) {
    const broken = damagedImagePages(doc.context, tree.pages);
    if (broken) {
      facts.damagedImagePages = broken;
      findings.push(say.damagedImage(broken));
    }
  }
  // A scan stretched from a thumbnail: only on a file otherwise fit to use, read one way only.
  if (!damaged && pages > 0 && !findings.some((f) => f.severity === 'error')) {
    const low = lowResolutionPages(doc.context, tree.pages);
    if (low.length > 0) {
      facts.lowResolutionPages = low;
      findings.push(...say.lowResolution(low));
    }
  }
  // A letter's text is kept to see who signed it, a CV's whose it is, a written item's sample its language; a long letter is not read for that.
  const keep = options.keepText === true && pages <= MAX_KEPT_TEXT_PAGES;
  const leading = Math.max(options.keepText === 'first-page' ? 1 : 0, sampleReach(options.textSample, pages));
  // The text under a redaction never applied is read too, so the error can quote it.
  const redacted = redactedAreas(marks);
  const wanted = options.countWords || damaged || keep || leading > 0;
  // The words under a web link are compared with where it goes when the file's text is read anyway (caps, letters, a
  // CV's first page, the language): opening every linked file in pdf.js for it cost the 873-page packet a tenth more.
  const worded = wanted ? webLinks : [];
  const labels = keep ? labelAreas(labelledFilled) : [];
  // The line below each link, where an address cut by the line's end ("www.tuni.fi.") goes on, or does not.
  const below = worded.map((l) => ({ page: l.page, boxes: [[-1e5, l.box[1] - 2 * (l.box[3] - l.box[1]), 1e5, l.box[1] - 0.5] as [number, number, number, number]] }));
  const areas = [...redacted, ...worded.map((l) => ({ page: l.page, boxes: [l.box] })), ...labels, ...below];
  const read = withFieldTexts(readText && pages > 0 && (wanted || areas.some((a) => a.boxes.length > 0)) ? await readSafely(readText, bytes, !wanted ? 0 : options.countWords ? limits.maxTextPages : keep ? pages : leading, areas) : undefined, fieldTexts);
  const misworded: PageDeceptiveLink[] = [];
  for (let i = 0; i < worded.length; i++) {
    const l = worded[i]!;
    let words = read?.under?.[redacted.length + i] ?? '';
    // An address cut by a line's end is a link per line (hyperref): its pieces are read as one address, said once.
    while (worded[i + 1]?.uri === l.uri && worded[i + 1]!.page - l.page <= 1 && /[./\-_~?=&#%:]$/u.test(words)) words += read?.under?.[redacted.length + ++i] ?? '';
    const hosts = linkWordsMismatch(words, l.uri, read?.under?.[redacted.length + worded.length + labels.length + i] ?? '');
    if (hosts) misworded.push({ page: l.page, ...hosts, why: 'words' });
  }
  const labelled = labelledFieldsOf(labelledFilled, printedLabels(labelledFilled, read?.under?.slice(redacted.length + worded.length, redacted.length + worded.length + labels.length) ?? []));
  if (labelled.some((t) => t !== '')) facts.labelledFields = labelled;
  const misleading = [...deceptive, ...misworded].sort((a, b) => a.page - b.page);
  if (misleading.length > 0) findings.push(say.deceptiveLinks(misleading));
  const unquoted = findings.findIndex((f) => f.code === 'file.redaction-unapplied');
  if (read?.under?.slice(0, redacted.length).some((t) => t !== '') && unquoted >= 0) {
    marks.redactions.under = read.under.slice(0, marks.redactions.each.length);
    if (marks.covers) marks.covers.under = read.under.slice(marks.redactions.each.length, redacted.length);
    // Said where it was, now quoting the text under it.
    findings.splice(unquoted, findings.filter((f) => f.code === 'file.redaction-unapplied').length, ...say.pageMarks({ ...marks, marks: [] }));
  }
  if (keep && read && read.pages === pages && read.texts.length === pages) facts.pageTexts = read.texts.map((t) => t ?? '');
  else if (leading > 0 && read && read.pages === pages && read.texts.length > 0) facts.pageTexts = read.texts.slice(0, leading).map((t) => t ?? '');
  // A viewer that sees another number of pages in a damaged file: pages would be added or lost without a word.
  // A viewer that shows the count the file declares is what the miscount warning already says ("some viewers show only 2").
  const saidMiscounted = findings.some((f) => f.code === 'file.pages-uncertain' && f.severity === 'warning') && read?.pages === tree.declared;
  if (damaged && read && read.pages !== pages && !saidMiscounted && !findings.some((f) => f.code === 'file.pages-uncertain' && f.severity === 'error')) {
    findings.push(say.pagesUncertain(pages, undefined, `a PDF viewer shows ${read.pages}`));
  }
  if (options.countWords && read) {
    const text = countPageTexts(read);
    facts.words = text.words;
    facts.chars = text.chars;
    facts.pageWords = text.pageWords;
    facts.pageChars = text.pageChars;
    if (text.chars === 0 && !findings.some((f) => f.code === 'file.blank')) findings.push(say.noText(pages));
    else if (text.emptyPages > 0) findings.push(say.someNoText(text.emptyPages, text.countedPages));
    // A page without text and without an image is no scan: blank, a diagram, or text drawn as shapes (outlines).
    const imageless = damaged ? [] : text.pageChars.flatMap((c, i) => (c === 0 && i < MAX_EMPTY_LOOK && tree.pages[i] && !scannable(doc.context, tree.pages[i]) ? [i] : []));
    if (imageless.length > 0) facts.imagelessPages = imageless;
    // Of those, the ones that draw text as outlines: the others (an icon, a frame) are not said to hold drawn text.
    const outlined = imageless.filter((i) => outlinesText(doc.context, tree.pages[i]!));
    if (outlined.length > 0) facts.outlinedPages = outlined;
    if (text.chars > 0 && text.emptyPages > 0) {
      // A page without text that shows an image (a scanned page) or text turned into outlines holds words a cap cannot
      // count; a blank one, or one of a few lines and shapes (a diagram, a rule), does not.
      const shown = damaged ? [] : text.pageChars.flatMap((c, i) => {
        const page = tree.pages[i];
        if (c !== 0 || i >= MAX_EMPTY_LOOK || !page || (imageless.includes(i) && !outlined.includes(i))) return [];
        return inkOf(doc.context, page) === 'shown' ? [i] : [];
      });
      if (shown.length > 0) facts.uncountedPages = shown;
    }
  }

  if (damaged) facts.damaged = true;
  if (!findings.some((f) => f.severity === 'error')) facts.loaded = { doc };
  return facts;
}

/** The finding about the page count, when pdf-lib, the page tree and the declared count disagree (or there are none). */
function pageCountFinding(pages: number, tree: PageTreeReport, say: ReturnType<typeof findingsAbout>): Finding | undefined {
  const declared = tree.declared;
  if (pages !== tree.leaves || tree.badKids > 0 || (declared !== undefined && declared > pages)) {
    const detail = tree.badKids > 0 ? `${tree.badKids} ${tree.badKids === 1 ? 'entry is not a page' : 'entries are not pages'}` : 'its page count does not match';
    return say.pagesUncertain(pages, declared, detail);
  }
  if (declared !== undefined && declared < pages) return say.pagesMiscounted(pages, declared);
  if (pages === 0) return say.noPages();
  return undefined;
}

/** What was repaired while reading, for one note (a cut-off file explains its missing index and trailer by itself). */
function repairNotes(
  bytes: Uint8Array,
  doc: PDFDocument,
  tail: ReturnType<typeof inspectTail>,
  seen: { fixedStartxref: boolean; tree: PageTreeReport; replaced: number; recovered: number },
): string[] {
  const repairs: string[] = [];
  if (!tail.truncated && (tail.badStartxref || seen.fixedStartxref)) repairs.push('its index of contents is missing or points to the wrong place');
  // pdf-lib finds the catalog by searching when the trailer names none or a wrong one; viewers may not.
  const root = doc.context.trailerInfo.Root;
  if (!tail.truncated && !(root instanceof PDFRef && declaredRoots(bytes).has(`${root.objectNumber} ${root.generationNumber}`))) {
    repairs.push('its table of contents had to be searched for');
  }
  if (seen.tree.repaired > 0 && seen.tree.badKids === 0) repairs.push('entries in its list of pages were mislabelled');
  if (seen.replaced > 0) repairs.push('it holds two versions of some of its content: the one PDF viewers show was used');
  const n = seen.recovered;
  if (n > 0) repairs.push(`${n === 1 ? 'a damaged part of its pages was' : 'damaged parts of its pages were'} read as PDF viewers read ${n === 1 ? 'it' : 'them'}`);
  return repairs;
}

/** `pageWebLinks`, or none for annotations too damaged to read. */
function webLinksOf(doc: PDFDocument, pages: readonly SourcePage[]): PageWebLink[] {
  try {
    return pageWebLinks(doc.context, pages);
  } catch {
    return [];
  }
}


/** `deceptiveLinks`, or none for annotations too damaged to read. */
function deceptiveOf(doc: PDFDocument, pages: readonly SourcePage[]): PageDeceptiveLink[] {
  try {
    return deceptiveLinks(doc.context, pages);
  } catch {
    return [];
  }
}

/** `droppedContent`, or nothing for annotations too damaged to read (the build leaves those out without a word too). */
function droppedOf(doc: PDFDocument, pages: readonly SourcePage[]): { media: number; deadLinks: number } {
  try {
    return droppedContent(doc.context, doc.catalog, pages);
  } catch {
    return { media: 0, deadLinks: 0 };
  }
}

/** `pageMarks`, or none for annotations too damaged to read (the build leaves those out). */
function marksOf(doc: PDFDocument, pages: readonly SourcePage[]): PageMarks {
  try {
    return pageMarks(doc.context, pages);
  } catch {
    return { redactions: { pages: [], count: 0, each: [] }, marks: [] };
  }
}

/** `pageDestinations`, or nothing for links and bookmarks too damaged to read (the build drops those without a word too). */
function destinationsOf(doc: PDFDocument, pages: readonly SourcePage[]): PageDestinations | undefined {
  try {
    return pageDestinations(doc.context, doc.catalog, pages);
  } catch {
    return undefined;
  }
}

/** Notes on what the file carries besides its pages: signatures, forms, layers, attachments, scripts. */
function featureFindings(features: PdfFeatures, say: ReturnType<typeof findingsAbout>, options: InspectOptions, formPages?: FormPages): Finding[] {
  const found: Finding[] = [];
  if (features.signatures > 0) found.push(say.signed(features.signatures));
  if (features.xfa !== 'none') found.push(say.xfa(features.xfa === 'dynamic'));
  const counts = { fields: features.formFields, filled: features.filledFields, fillable: features.fillableFields, fillableFilled: features.filledFillable, passwords: features.filledPasswords };
  const form = formFinding(say, formPages ?? { fields: [], typed: [] }, options.forms ?? 'flatten', undefined, counts);
  if (form) found.push(form);
  if (features.layers > 0) found.push(say.layers(features.layers, features.hiddenLayers));
  if (features.attachments > 0) found.push(say.attachments(features.attachments, features.portfolio));
  if (features.comments > 0) found.push(say.comments(features.comments));
  if (features.typedText > 0) found.push(say.typedText(features.typedText));
  if (features.activeContent.length > 0) found.push(say.actions(features.activeContent));
  return found;
}

/**
 * How many leading pages hold the first `TEXT_SAMPLE_PAGES` pages each selection takes (`null`: the whole file);
 * a selection that does not fit the file takes none (validate says why).
 */
function sampleReach(selections: readonly (PagesValue | null)[] | undefined, pages: number): number {
  let reach = 0;
  for (const value of selections ?? []) {
    const taken = value === null ? undefined : selectPages(value, pages);
    if (taken === undefined) reach = Math.max(reach, Math.min(pages, TEXT_SAMPLE_PAGES));
    else if ('pages' in taken) reach = Math.max(reach, ...taken.pages.slice(0, TEXT_SAMPLE_PAGES).map((i) => i + 1));
  }
  return reach;
}

/** Redactions whose text is read to quote: those on the first pages with any, so a file redacted throughout reads few. */
const MAX_REDACTED_PAGES = 5;

function redactedAreas(marks: PageMarks): TextArea[] {
  return [marks.redactions, ...(marks.covers ? [marks.covers] : [])].flatMap(({ each, boxes = [] }) => {
    const first = [...new Set(each)].slice(0, MAX_REDACTED_PAGES);
    return each.map((page, i) => ({ page, boxes: first.includes(page) ? (boxes[i] ?? []) : [] }));
  });
}

/** The pages' text with the words written into each page's form fields after it, as flattening prints them below the page's own. */
function withFieldTexts(read: PageTexts | undefined, fieldTexts: readonly string[]): PageTexts | undefined {
  if (!read || !fieldTexts.some((t) => t !== '')) return read;
  return { ...read, texts: read.texts.map((t, i) => (fieldTexts[i] ? `${t ?? ''}\n${fieldTexts[i]}` : t)) };
}

/** The pages' text as pdf.js reads it; undefined when pdf.js cannot open what pdf-lib could. */
async function readSafely(readText: TextReader, bytes: Uint8Array, maxPages: number, areas: readonly TextArea[] = []): Promise<PageTexts | undefined> {
  try {
    return await readText(bytes, maxPages, areas);
  } catch {
    return undefined;
  }
}

/** Page content (Flate-compressed) looked at for damage: beyond this many bytes a file is not judged. */
const MAX_CONTENT_LOOK = 64e6;
const CONTENTS = PDFName.of('Contents');

/**
 * Whether a page's content stream holds damaged Flate data: viewers then stop where each of them stops, and what
 * follows it (in the packet, the stamp) can be read as part of it, so the build compares the file's pages.
 */
function damagedContent(context: PDFContext, pages: readonly SourcePage[]): boolean {
  let looked = 0;
  for (const page of pages) {
    const contents = context.lookup(page.dict.get(CONTENTS));
    const streams = contents instanceof PDFArray ? contents.asArray().map((c) => context.lookup(c)) : [contents];
    for (const stream of streams) {
      if (!(stream instanceof PDFRawStream)) continue;
      const filters = streamFilters(context, stream.dict);
      if (filters.length !== 1 || (filters[0]!.name !== 'FlateDecode' && filters[0]!.name !== 'Fl')) continue;
      looked += stream.contents.length;
      if (looked > MAX_CONTENT_LOOK) return false;
      if (!inflatesCleanly(stream.contents)) return true;
    }
  }
  return false;
}

/** Streams whose direct /Length does not end where their `endstream` is. */
function wrongLengths(bytes: Uint8Array, scan: RawScan): number {
  let wrong = 0;
  for (const o of scan.objects) {
    if (o.dataStart === undefined || o.value.kind !== 'dict') continue;
    const length = o.value.entries.get('Length');
    if (length?.kind !== 'number') continue;
    if (streamEnd(bytes, o.dataStart, length.value) !== o.dataStart + length.value) wrong++;
  }
  return wrong;
}

/** Pages looked at for marks: a longer file with nothing on its first pages is not taken for blank. */
const MAX_BLANK_LOOK = 200;

/** What a page shows (`pageInk`); a page too strange to look at is taken as showing something: no alarm without a reason. */
function inkOf(context: PDFContext, page: SourcePage): PageInk {
  try {
    return pageInk(context, page.dict, page.inherited.get(PDFName.of('Resources')), shownBox(context, page)?.box);
  } catch {
    return 'shown';
  }
}

/** Whether a page may be a scan (it holds an image); a page too strange to look at may be. */
function scannable(context: PDFContext, page: SourcePage): boolean {
  try {
    return pageHoldsImage(context, page.dict, page.inherited.get(PDFName.of('Resources')));
  } catch {
    return true;
  }
}

/** Whether a page draws text turned into outlines (`pageOutlinesText`); a page too strange to look at is taken as not. */
function outlinesText(context: PDFContext, page: SourcePage): boolean {
  try {
    return pageOutlinesText(context, page.dict, page.inherited.get(PDFName.of('Resources')));
  } catch {
    return false;
  }
}

/** Pages looked at for a `pages:` selection of empty pages: past these, a page is taken as showing something. */
const MAX_EMPTY_LOOK = 1000;

/**
 * What each page shows, in order: every page (up to MAX_EMPTY_LOOK) when `all`, else up to and with the first that
 * shows something, and none at all past MAX_BLANK_LOOK pages.
 */
function pageInks(context: PDFContext, pages: readonly SourcePage[], all: boolean): PageInk[] {
  const inks: PageInk[] = [];
  if (!all && pages.length > MAX_BLANK_LOOK) return inks;
  for (const page of pages.slice(0, MAX_EMPTY_LOOK)) {
    inks.push(inkOf(context, page));
    if (!all && inks.at(-1) === 'shown') break;
  }
  return inks;
}

/**
 * Whether no page of `pages` shows anything, from their inks: `none` when nothing is painted at all, `hidden` when
 * something is but cannot be seen (invisible, white or transparent text, clipped away or off the page), else false.
 */
function nothingShown(inks: readonly PageInk[], pages: number): 'none' | 'hidden' | false {
  if (pages === 0 || pages > MAX_BLANK_LOOK || inks.length < pages || inks.includes('shown')) return false;
  return inks.includes('hidden') ? 'hidden' : 'none';
}
