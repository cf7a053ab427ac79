import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, PDFString, PDFHexString, ParseSpeeds } from '@cantoo/pdf-lib';
import type { PDFObject } from '@cantoo/pdf-lib';
import { bytesOf, drawingObjects } from '../fit/sizes.js';
import { builtEndDamage, DIGEST_HEX, PRINTS_VERSION, RECORD_KEYS, recordedManifest, type BuiltDamage, type BuiltEdit } from '../built-from.js';
import { buildPrints, DOCUMENT_PRINT_HEX_WRITTEN, PAGE_PRINT_HEX, printChanges } from '../built-prints.js';
import { DEFAULT_LIMITS } from '../inspect/inspect.js';
import { walkPageTree } from '../inspect/page-tree.js';
import { BudgetExceeded, scanFeatures } from '../inspect/features.js';
import { ACTIVE_CONTENT_WORDS } from '../inspect/findings.js';
import { textString } from '../text-string.js';

export type { BuiltDamage, BuiltEdit };

export interface BuiltSection {
  title: string;
  /** The item id the build recorded for it (see `RECORD_KEYS.items`); undefined in packets of earlier versions. */
  item?: string;
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
  /** Why the file is not a whole PDF (cut off, pages gone, bookmarks that lead nowhere); undefined when it is whole. */
  damage?: BuiltDamage;
  /** The applicant the packet was built for (its document information's author), when it names one. */
  author?: string;
  /** The recorded manifest key (see `RECORD_KEYS.manifest`), 16 hex digits; undefined in packets built before it. */
  manifest?: string;
  /** Its document information's title ("Application: Doctoral Researcher ..."). */
  title?: string;
  /** Its document information names this tool as its creator or producer: written by a build, whatever happened since. */
  ours?: boolean;
  /**
   * Written by a build (`ours`) and saved since by another program, as its document information shows: its producer
   * is no longer this tool, or its modification date is not its creation date (a build writes both the same, and
   * every version did; a viewer's Save writes its own). A qpdf or pdf-lib re-save that keeps them does not show.
   */
  resaved?: boolean;
  /** Its pages, when it could be read. */
  pages?: number;
  /**
   * The version of its record's page digests (`/Prints`) when it is not this one's (`PRINTS_VERSION`): an earlier
   * or later build's, not compared, so a change after that build is not found.
   */
  otherPrints?: number;
  /** It has the record, but its digests are no strings of the build's lengths: rewritten by another program, so it cannot be compared. */
  rewritten?: boolean;
}

/**
 * The manifest key a built PDF records (see `RECORD_KEYS.manifest`), as `readBuilt` reads it: whatever string a
 * re-save gave it (`digestHex`; pypdf writes it as a literal string). The build's own hex is found in the bytes
 * (`recordedManifest`), without a parse. Undefined without one: an earlier version's build, a record rewritten past
 * reading, a file that does not load.
 *
 * @example
 * await recordedManifestKey(readFileSync('out/packet.pdf')); // '9c1e4b0a7d2f3e61'
 */
export async function recordedManifestKey(bytes: Uint8Array): Promise<string | undefined> {
  const written = recordedManifest(bytes);
  if (written !== undefined) return written;
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
    return digestHex(doc, recordOf(doc)?.get(PDFName.of(RECORD_KEYS.manifest)), DIGEST_HEX, true);
  } catch {
    return undefined;
  }
}

/**
 * The sections (see `readBuiltSections`) and the record of the inputs of a built PDF, from one load.
 *
 * @example
 * const { sections, inputs } = await readBuilt(bytes);
 */
export async function readBuilt(bytes: Uint8Array, measure: ReadonlySet<string> = new Set()): Promise<BuiltPdf> {
  const cut = builtEndDamage(bytes);
  if (cut) return { damage: cut };
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  } catch {
    return { damage: (await protection(bytes)) ?? { kind: 'unreadable' } };
  }
  // A list of pages that loops or nests without end would overflow pdf-lib's walk: refused as inputs are.
  const tree = walkPageTree(doc.context, doc.catalog, { maxNodes: DEFAULT_LIMITS.maxPageTreeNodes, maxDepth: DEFAULT_LIMITS.maxPageTreeDepth }, { repair: false });
  if (tree.status !== 'ok') return { damage: { kind: 'unreadable' } };
  const record = readBuiltFrom(doc);
  const inputs = record === 'rewritten' ? undefined : record;
  const sections = withItems(sectionsOf(doc, measure), recordOf(doc)?.get(PDFName.of(RECORD_KEYS.items)), doc);
  const author = infoOf(doc, 'author');
  const manifest = digestHex(doc, recordOf(doc)?.get(PDFName.of(RECORD_KEYS.manifest)), DIGEST_HEX, true);
  const title = infoOf(doc, 'title');
  const producer = infoOf(doc, 'producer');
  const ours = [infoOf(doc, 'creator'), producer].some((v) => v !== undefined && /^application-packet\b/u.test(v));
  const resaved = ours && (producer === undefined || !/^application-packet\b/u.test(producer) || !sameDates(doc));
  let damage: BuiltDamage | undefined;
  // Digests written by other rules than these would all differ: not compared (said, so the packet is built again).
  const version = printsVersionOf(doc);
  const otherPrints = inputs && version !== undefined && version !== PRINTS_VERSION ? version : undefined;
  try {
    damage = pagesLost(doc) ?? bookmarksLost(doc);
    // Only a packet this tool built (its record): a document of the applicant's own given with --pdf is not "changed".
    const edit = damage || !inputs ? undefined : (activeAdded(doc) ?? (otherPrints === undefined ? changedSince(doc, sections) : undefined) ?? thumbnailAdded(doc, sections));
    if (edit) damage = { kind: 'edited', edit };
  } catch {
    damage = { kind: 'unreadable' };
  }
  return { ...(sections ? { sections } : {}), ...(inputs ? { inputs } : {}), ...(damage ? { damage } : {}), ...(author ? { author } : {}), ...(manifest ? { manifest } : {}), ...(title ? { title } : {}), ...(ours ? { ours } : {}), ...(otherPrints !== undefined && !damage ? { otherPrints } : {}), ...(resaved ? { resaved } : {}), ...(record === 'rewritten' ? { rewritten: true } : {}), pages: doc.getPageCount() };
}

/** The document information's modification date is its creation date, as a build writes them (compared as written). */
function sameDates(doc: PDFDocument): boolean {
  const info = doc.context.lookup(doc.context.trailerInfo.Info);
  if (!(info instanceof PDFDict)) return false;
  const text = (key: string): string | undefined => {
    const v = doc.context.lookup(info.get(PDFName.of(key)));
    return v instanceof PDFString || v instanceof PDFHexString ? textString(v) : undefined;
  };
  const created = text('CreationDate');
  return created !== undefined && created === text('ModDate');
}

/**
 * How a PDF that did not load is protected, when it is (`/Encrypt`): a password to open it (an empty one does not
 * open it), or restrictions only, with what its permissions (`/P`) deny that a reviewer or a portal needs.
 */
async function protection(bytes: Uint8Array): Promise<BuiltDamage | undefined> {
  let raw: PDFDocument;
  try {
    raw = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest, ignoreEncryption: true });
  } catch {
    return undefined;
  }
  if (!raw.isEncrypted) return undefined;
  const enc = raw.context.lookup(raw.context.trailerInfo.Encrypt);
  const p = enc instanceof PDFDict ? enc.get(PDFName.of('P')) : undefined;
  // Bits 3, 5 and 4 of /P (ISO 32000-1, table 22): print, copy, modify; a bit cleared denies it.
  const bits = p instanceof PDFNumber ? p.asNumber() : -1;
  const denied = ([[4, 'printing'], [16, 'copying text'], [8, 'changes']] as const).filter(([bit]) => (bits & bit) === 0).map(([, what]) => what);
  try {
    // An empty password opens a file protected by an owner password only.
    await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest, password: '' });
    return { kind: 'encrypted', lock: 'restricted', denied };
  } catch {
    return { kind: 'encrypted', lock: 'password', denied };
  }
}

/** Other pages than the build recorded (see `writeBuiltFrom`: more when pages were added after it), or than the page tree says it has. */
function pagesLost(doc: PDFDocument): BuiltDamage | undefined {
  const pages = doc.getPageCount();
  const recorded = recordOf(doc)?.get(PDFName.of(RECORD_KEYS.pages));
  const counted = doc.context.lookup(doc.catalog.get(PDFName.of('Pages')));
  const count = counted instanceof PDFDict ? counted.get(PDFName.of('Count')) : undefined;
  if (recorded instanceof PDFNumber && recorded.asNumber() < pages) return { kind: 'pages-added', pages, recorded: recorded.asNumber() };
  for (const n of [recorded, count]) {
    if (n instanceof PDFNumber && n.asNumber() !== pages) return { kind: 'pages-lost', pages, recorded: n.asNumber() };
  }
  return undefined;
}

/**
 * Pages with a thumbnail (`/Thumb`, the picture some viewers show in their sidebar instead of drawing the page):
 * the build writes none (it drops those of its inputs), so one there was added after the build, and it may show
 * another page than the page itself. Judged by its presence, not by the page digests: whatever the record's version
 * (or none of its digests), and said as what it is, not as a page turned or resized.
 */
function thumbnailAdded(doc: PDFDocument, sections: readonly BuiltSection[] | undefined): BuiltEdit | undefined {
  const pages = doc.getPages().flatMap((p, i) => (p.node.get(PDFName.of('Thumb')) === undefined ? [] : [i + 1]));
  const [first] = pages;
  if (first === undefined) return undefined;
  const item = sections?.find((s) => s.first <= first && first <= s.last)?.title;
  return { kind: 'page', page: first, ...(item ? { item } : {}), aspect: 'thumbnail', more: pages.length - 1 };
}

/**
 * Active content in a built PDF (scripts, launch actions, automatic actions, an action run when it opens, attached
 * files), found as the inspector finds it in inputs (`file.actions`): the build removes all of it, so any there
 * was added after the build. Judged on the PDF itself, whether or not its record holds the build's digests.
 * Links to files or intranet addresses are left out: the packet's own links are judged by validate.
 */
function activeAdded(doc: PDFDocument): BuiltEdit | undefined {
  let features: ReturnType<typeof scanFeatures>;
  try {
    features = scanFeatures(doc.context, doc.catalog, DEFAULT_LIMITS.maxObjects);
  } catch (e) {
    if (e instanceof BudgetExceeded) return undefined;
    throw e;
  }
  const what = features.activeContent.filter((k) => k !== 'local-link').map((k) => ACTIVE_CONTENT_WORDS[k]);
  if (features.attachments > 0) what.push('attached files');
  return what.length > 0 ? { kind: 'active', what } : undefined;
}

/**
 * The first page (or the document) that is not as the build wrote it, by the digests in its record (see
 * `core/built-prints.ts`); undefined when all agree, or for a packet whose record has none (an earlier version).
 */
function changedSince(doc: PDFDocument, sections: readonly BuiltSection[] | undefined): BuiltEdit | undefined {
  const priv = recordOf(doc);
  const pagePrints = doc.context.lookup(priv?.get(PDFName.of(RECORD_KEYS.pagePrints)));
  // A record written before the tag tree's aspect holds one digest fewer: those it holds are compared.
  const document = digestHex(doc, priv?.get(PDFName.of(RECORD_KEYS.document)), DOCUMENT_PRINT_HEX_WRITTEN);
  if (!(pagePrints instanceof PDFArray) || document === undefined) return undefined;
  const pages = pagePrints.asArray().map((p) => digestHex(doc, p, PAGE_PRINT_HEX) ?? '');
  // Other pages than recorded are said by the page count (pages added, lost).
  if (pages.length !== doc.getPageCount()) return undefined;
  const now = buildPrints(doc);
  const changes = now ? printChanges({ pages, document }, now) : undefined;
  if (!changes) return undefined;
  const [first] = changes.pages;
  if (first) {
    const item = sections?.find((s) => s.first <= first.page && first.page <= s.last)?.title;
    return { kind: 'page', page: first.page, ...(item ? { item } : {}), aspect: first.aspects[0] ?? 'content', more: changes.pages.length - 1 };
  }
  return { kind: 'document', aspect: changes.document[0] ?? 'catalog' };
}

/**
 * The version of the rules the record's page digests were written by: its `/Prints`, 1 for a record of digests
 * without it (written before the number was), 0 for one that is not a whole number; undefined without digests.
 */
function printsVersionOf(doc: PDFDocument): number | undefined {
  const priv = recordOf(doc);
  if (!priv?.has(PDFName.of(RECORD_KEYS.pagePrints))) return undefined;
  const version = doc.context.lookup(priv.get(PDFName.of(RECORD_KEYS.printsVersion)));
  if (version === undefined) return 1;
  return version instanceof PDFNumber && Number.isInteger(version.asNumber()) ? version.asNumber() : 0;
}

/** Bookmarks (at any depth) whose destination is a page that is not in the document: its pages were removed. */
function bookmarksLost(doc: PDFDocument): BuiltDamage | undefined {
  const ctx = doc.context;
  const pageRefs = new Set(doc.getPages().map((p) => p.ref.toString()));
  const lost: string[] = [];
  const seen = new Set<PDFObject>();
  const walk = (first: PDFObject | undefined): void => {
    let node = ctx.lookup(first);
    while (node instanceof PDFDict && !seen.has(node) && seen.size < 100_000) {
      seen.add(node);
      const dest = destOf(node, ctx.lookup.bind(ctx));
      const target = dest?.get(0);
      const gone = dest !== undefined && (target instanceof PDFRef ? !pageRefs.has(target.toString()) : !(target instanceof PDFNumber));
      if (gone) {
        const title = node.get(PDFName.of('Title'));
        lost.push(title instanceof PDFString || title instanceof PDFHexString ? textString(title) : '(untitled)');
      }
      walk(node.get(PDFName.of('First')));
      node = ctx.lookup(node.get(PDFName.of('Next')));
    }
  };
  const outlines = ctx.lookup(doc.catalog.get(PDFName.of('Outlines')));
  if (outlines instanceof PDFDict) walk(outlines.get(PDFName.of('First')));
  return lost.length > 0 ? { kind: 'bookmarks-lost', titles: lost } : undefined;
}

/** The document information's title, author, creator or producer, trimmed, or undefined (also when it cannot be decoded). */
function infoOf(doc: PDFDocument, key: 'title' | 'author' | 'creator' | 'producer'): string | undefined {
  try {
    const info = doc.context.lookup(doc.context.trailerInfo.Info);
    const v = info instanceof PDFDict ? doc.context.lookup(info.get(PDFName.of(key[0]!.toUpperCase() + key.slice(1)))) : undefined;
    const value = v instanceof PDFString || v instanceof PDFHexString ? textString(v).trim() : undefined;
    return value ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The digests a packet records (see `core/built-from.ts`), or undefined for a PDF without the record; `rewritten`
 * when a digest there cannot be read back as one (another program rewrote the record, and an input would be
 * named as changed that did not change).
 */
function readBuiltFrom(doc: PDFDocument): string[] | 'rewritten' | undefined {
  const priv = recordOf(doc);
  const inputs = priv ? doc.context.lookup(priv.get(PDFName.of(RECORD_KEYS.inputs))) : undefined;
  if (!(inputs instanceof PDFArray)) return undefined;
  const digests = inputs.asArray().map((o) => digestHex(doc, o, DIGEST_HEX, true));
  return digests.every((d) => d !== undefined) ? digests : 'rewritten';
}

/**
 * A digest of the record as hex digits, whatever kind of string a re-save gave it: the build writes hex strings
 * (`<75017a89d55fbf2e>`); pypdf (`PdfWriter(clone_from=...)`) writes the same bytes as a literal string
 * (`(u\001z\211...)`), and a program that takes them for text may write them as UTF-16 (`<FEFF0075...>`).
 * `hex`: the digits the build writes there. Undefined when it is no string, or (`exact`) not that many digits.
 */
function digestHex(doc: PDFDocument, o: PDFObject | undefined, hex: number | readonly number[], exact = false): string | undefined {
  const s = doc.context.lookup(o);
  if (!(s instanceof PDFHexString || s instanceof PDFString)) return undefined;
  let bytes = s.asBytes();
  const lengths = typeof hex === 'number' ? [hex] : hex;
  // UTF-16 text of the bytes read as PDFDocEncoding: those bytes again (a digest that merely starts so is as long as written).
  if (bytes[0] === 0xfe && bytes[1] === 0xff && !lengths.includes(bytes.length * 2)) {
    const codes = [...s.decodeText()].map((c) => PDF_DOC_BYTE.get(c));
    if (codes.some((c) => c === undefined)) return undefined;
    bytes = Uint8Array.from(codes as number[]);
  }
  if (exact && !lengths.includes(bytes.length * 2)) return undefined;
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Each character of PDFDocEncoding (ISO 32000-1, D.2) and its byte, as pdf-lib decodes them; not U+FFFD, which three bytes undefined there become. */
const PDF_DOC_BYTE = new Map<string, number>(Array.from({ length: 256 }, (_, b) => [PDFHexString.of(b.toString(16).padStart(2, '0')).decodeText(), b] as const).filter(([c]) => c !== '\uFFFD'));

/** The record's private dictionary (catalog /PieceInfo /ApplicationPacket /Private), when there is one. */
function recordOf(doc: PDFDocument): PDFDict | undefined {
  const ctx = doc.context;
  const pieces = ctx.lookup(doc.catalog.get(PDFName.of(RECORD_KEYS.pieceInfo)));
  const data = pieces instanceof PDFDict ? ctx.lookup(pieces.get(PDFName.of(RECORD_KEYS.app))) : undefined;
  const priv = data instanceof PDFDict ? ctx.lookup(data.get(PDFName.of(RECORD_KEYS.private))) : undefined;
  return priv instanceof PDFDict ? priv : undefined;
}

/** Each section with the item id the record gives it, when the record has one per top-level bookmark. */
function withItems(sections: BuiltSection[] | undefined, recorded: PDFObject | undefined, doc: PDFDocument): BuiltSection[] | undefined {
  const list = doc.context.lookup(recorded);
  if (!sections || !(list instanceof PDFArray) || list.size() !== sections.length) return sections;
  const ids = list.asArray().map((o) => doc.context.lookup(o));
  if (!ids.every((o) => o instanceof PDFString || o instanceof PDFHexString)) return sections;
  return sections.map((s, i) => ({ ...s, item: textString(ids[i] as PDFString | PDFHexString) }));
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
      starts.push({ title: textString(title), first: page + 1 });
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
  const ref = destOf(item, lookup)?.get(0);
  return ref instanceof PDFRef ? pages.get(ref) : undefined;
}

/** A bookmark's explicit destination (`/Dest`, or a GoTo action's `/D`), when it is an array. */
function destOf(item: PDFDict, lookup: (o: PDFObject | undefined) => PDFObject | undefined): PDFArray | undefined {
  let dest = lookup(item.get(PDFName.of('Dest')));
  if (!dest) {
    const action = lookup(item.get(PDFName.of('A')));
    if (action instanceof PDFDict) dest = lookup(action.get(PDFName.of('D')));
  }
  return dest instanceof PDFArray ? dest : undefined;
}
