/**
 * What `build` wrote, as short digests kept in the packet's record (see `core/built-from.ts`), so `report` and
 * `validate` can tell a packet changed after the build (a page emptied or edited in a PDF editor, turned, a comment
 * added, its title changed) from the one the build checked. Per page: what it draws (its content, decoded), the
 * fonts and images it draws with (its resources), its turn and size, its annotations (comments, links, fields);
 * for the document: the catalog entries a viewer acts on, the document information a viewer shows, the bookmarks
 * (titles, nesting, targets), the page labels (the page numbers a viewer shows) and the XMP metadata's title,
 * author, description, keywords and language (what portals and search tools read).
 *
 * Each digest reads the objects as values, not as bytes: references are followed (a page is named by its number),
 * dictionaries read in key order, streams decoded where a lossless filter allows (qpdf compresses what pdf-lib left
 * plain). So a re-save that keeps the
 * content (qpdf with object streams or linearized, pdf-lib, an incremental update that changes nothing drawn)
 * keeps every digest, while any change a reader can see changes one. Deterministic: a SOURCE_DATE_EPOCH build
 * stays byte-identical. A change of what is hashed or how raises `PRINTS_VERSION` (core/built-from.ts).
 */
import { createHash } from 'node:crypto';
import { PDFArray, PDFBool, PDFDict, PDFHexString, PDFName, PDFNull, PDFNumber, PDFRef, PDFStream, PDFString, type PDFContext, type PDFDocument, type PDFObject } from '@cantoo/pdf-lib';
import { decodeInto, MAX_RATIO } from './inspect/decoders.js';
import { streamFilters } from './inspect/inflation.js';
import { walkPageTree, type SourcePage } from './inspect/page-tree.js';
import { treeEntries } from './inspect/actions.js';
import { DEFAULT_LIMITS } from './inspect/inspect.js';
import { undoPng, undoTiff } from './fit/images.js';
import { concatPieces } from './assemble/serialize.js';
import { textString } from './text-string.js';

/** What a page's digest covers, in the order its parts sit in the record (8 hex digits each). */
export const PAGE_ASPECTS = ['content', 'resources', 'page', 'annots'] as const;
export type PageAspect = (typeof PAGE_ASPECTS)[number];
/**
 * What the document's digest covers, in the order its parts sit in the record. New aspects go at the end: a record
 * written before them holds the first ones only, and only those are compared.
 */
export const DOCUMENT_ASPECTS = ['info', 'catalog', 'outline', 'labels', 'xmp', 'tags'] as const;
export type DocumentAspect = (typeof DOCUMENT_ASPECTS)[number];

/** Hex digits per aspect: 32 bits, enough to tell an edit from none (the record holds one per aspect and page). */
const ASPECT_HEX = 8;
/** Hex digits of a page's digest and of the document's, in the record. */
export const PAGE_PRINT_HEX = ASPECT_HEX * PAGE_ASPECTS.length;
export const DOCUMENT_PRINT_HEX = ASPECT_HEX * DOCUMENT_ASPECTS.length;
/** The lengths a document's digest was written with: before the tag tree's aspect (`tags`) was added, and now. */
export const DOCUMENT_PRINT_HEX_WRITTEN: readonly number[] = [DOCUMENT_PRINT_HEX - ASPECT_HEX, DOCUMENT_PRINT_HEX];

/**
 * The tag tree (what screen readers and a viewer's "read out loud" read: a tag's /ActualText or /Alt stands for the
 * text a page draws) and whether the document says it is tagged. The build writes none: copied pages keep their
 * marked content, so a tree added after the build can make them read as other words, with no page changed.
 */
const TAG_KEYS = ['StructTreeRoot', 'MarkInfo'];
/** Catalog entries a viewer acts on (opening, names, forms, layers, the window); the record and the page tree are not. */
const CATALOG_KEYS = ['OpenAction', 'AA', 'Names', 'Dests', 'ViewerPreferences', 'PageMode', 'PageLayout', 'Lang', 'URI', 'AcroForm', 'OCProperties'];
/** Document information a viewer shows (the title in its title bar); the producer and dates a re-save may update. */
const INFO_KEYS = ['Title', 'Author', 'Subject', 'Keywords'];
/**
 * XMP properties a reader shows or a portal indexes, by namespace: those mirroring the document information, and
 * the language. Not the dates, producer or creator tool, which a re-save may update, nor IDs it may add.
 */
const XMP_FIELDS: readonly (readonly [string, readonly string[]])[] = [
  ['http://purl.org/dc/elements/1.1/', ['title', 'creator', 'description', 'subject', 'language']],
  ['http://ns.adobe.com/pdf/1.3/', ['Keywords']],
];
/** Decoded bytes of an XMP packet read for its fields; beyond it, its bytes are hashed as they are. */
const MAX_XMP_BYTES = 1024 * 1024;
/** Stream entries that say how the data is stored, not what it is. */
const STORAGE_KEYS = new Set(['Length', 'Filter', 'DecodeParms', 'DL']);

/** Values read per document before giving up (a hostile file given to `report --pdf`); a packet has far fewer. */
const MAX_VALUES = 4_000_000;
/** Decoded bytes per document; beyond it, streams are read as stored. */
const MAX_DECODED = 2 ** 31;
/** Nesting followed; deeper values count as one mark. */
const MAX_DEPTH = 200;

/** The digests of a packet as `build` wrote it, or as it is now. */
export interface BuildPrints {
  /** One per page: its aspects' digests joined (PAGE_ASPECTS order, 8 hex digits each). */
  pages: string[];
  /** The document's aspects' digests joined (DOCUMENT_ASPECTS order). */
  document: string;
}

class TooBig extends Error {}

/**
 * The digests of every page and of the document, or undefined when the document is too big or deep to read
 * whole (then nothing is compared).
 *
 * @example
 * const prints = buildPrints(doc); // { pages: ['1f0c…', …], document: '9a2e…' }
 */
export function buildPrints(doc: PDFDocument): BuildPrints | undefined {
  const ctx = doc.context;
  const tree = walkPageTree(ctx, doc.catalog, { maxNodes: DEFAULT_LIMITS.maxPageTreeNodes, maxDepth: DEFAULT_LIMITS.maxPageTreeDepth }, { repair: false });
  if (tree.status !== 'ok') return undefined;
  const reader = new ValueReader(ctx, tree.pages);
  try {
    const pages = tree.pages.map((p) => PAGE_ASPECTS.map((a) => reader.aspect((h) => pageAspect(reader, p, a, h))).join(''));
    const info = ctx.lookup(ctx.trailerInfo.Info);
    const document = [
      reader.aspect((h) => reader.pick(info instanceof PDFDict ? info : undefined, INFO_KEYS, h)),
      reader.aspect((h) => reader.pick(doc.catalog, CATALOG_KEYS, h)),
      reader.aspect((h) => reader.outline(doc.catalog, h)),
      reader.aspect((h) => reader.labels(doc.catalog, h)),
      reader.aspect((h) => reader.xmp(doc.catalog, h)),
      reader.aspect((h) => reader.pick(doc.catalog, TAG_KEYS, h)),
    ].join('');
    return { pages, document };
  } catch (e) {
    if (e instanceof TooBig) return undefined;
    throw e;
  }
}

/** What changed between the recorded digests and those of the document now: the pages (1-based) and aspects. */
export interface PrintChange {
  pages: { page: number; aspects: PageAspect[] }[];
  document: DocumentAspect[];
}

/**
 * The differences between two sets of digests of the same number of pages; undefined when there are none. Of the
 * document, only the aspects the recorded digest holds are compared (a record written before the bookmarks were).
 *
 * @example
 * printChanges(recorded, buildPrints(doc)!); // { pages: [{ page: 2, aspects: ['content'] }], document: [] }
 */
export function printChanges(recorded: BuildPrints, now: BuildPrints): PrintChange | undefined {
  const parts = (s: string, n: number): string[] => Array.from({ length: n }, (_, i) => s.slice(i * ASPECT_HEX, (i + 1) * ASPECT_HEX));
  const pages: PrintChange['pages'] = [];
  recorded.pages.forEach((r, i) => {
    const was = parts(r, PAGE_ASPECTS.length);
    const is = parts(now.pages[i] ?? '', PAGE_ASPECTS.length);
    const aspects = PAGE_ASPECTS.filter((_, k) => was[k] !== is[k]);
    if (aspects.length > 0) pages.push({ page: i + 1, aspects });
  });
  const held = Math.min(DOCUMENT_ASPECTS.length, Math.floor(recorded.document.length / ASPECT_HEX));
  const was = parts(recorded.document, held);
  const is = parts(now.document, held);
  const document = DOCUMENT_ASPECTS.filter((_, k) => k < held && was[k] !== is[k]);
  return pages.length > 0 || document.length > 0 ? { pages, document } : undefined;
}

/** One aspect of a page, written into `h`. */
function pageAspect(reader: ValueReader, page: SourcePage, aspect: PageAspect, h: Sink): void {
  const own = (key: string): PDFObject | undefined => page.dict.get(PDFName.of(key)) ?? page.inherited.get(PDFName.of(key));
  switch (aspect) {
    case 'content': {
      // The streams of an array draw as one: a re-save may join or split them, so they are read as one.
      const contents = reader.ctx.lookup(page.dict.get(PDFName.of('Contents')));
      const streams = contents instanceof PDFArray ? contents.asArray().map((s) => reader.ctx.lookup(s)) : [contents];
      // Decoded, so a re-save that compresses it otherwise is no change (tokenising it cost a third of a build);
      // hashed as it comes, the streams joined as if white space stood between them.
      for (const s of streams) {
        if (!(s instanceof PDFStream)) continue;
        reader.decode(s, (chunk) => h.update(chunk), () => undefined);
        h.update(SPACE);
      }
      return;
    }
    case 'resources':
      reader.value(own('Resources'), h, 0);
      return;
    case 'page': {
      const rotate = reader.ctx.lookup(own('Rotate'));
      const turn = rotate instanceof PDFNumber ? (((Math.round(rotate.asNumber() / 90) * 90) % 360) + 360) % 360 : 0;
      h.update(`rotate ${turn}\n`);
      for (const key of ['MediaBox', 'CropBox', 'UserUnit']) {
        h.update(`/${key} `);
        reader.value(own(key), h, 0);
      }
      return;
    }
    case 'annots':
      reader.value(page.dict.get(PDFName.of('Annots')), h, 0);
  }
}

/** Reads values into hashes, the same way for the document as built and as read back from its bytes. */
class ValueReader {
  private readonly pageNumbers = new Map<PDFRef, number>();
  private readonly pageDicts = new Map<PDFDict, number>();
  /** An indirect object's digest, once read (a font drawn on every page is read once). */
  private readonly memo = new Map<PDFRef, string>();
  private readonly open = new Set<PDFRef>();
  private values = 0;
  private decoded = 0;
  /** Names' text, decoded once each (a packet names /Type, /Font, /Subtype tens of thousands of times). */
  private readonly names = new Map<PDFName, string>();

  constructor(
    readonly ctx: PDFContext,
    pages: readonly SourcePage[],
  ) {
    pages.forEach((p, i) => {
      if (p.ref) this.pageNumbers.set(p.ref, i + 1);
      this.pageDicts.set(p.dict, i + 1);
    });
  }

  /** A name's text (`#20` escapes decoded), as pdf-lib's `decodeText` gives it. */
  private nameText(name: PDFName): string {
    let text = this.names.get(name);
    if (text === undefined) {
      text = name.decodeText();
      this.names.set(name, text);
    }
    return text;
  }

  /** The first ASPECT_HEX hex digits of what `write` puts in a fresh hash. */
  aspect(write: (h: Sink) => void): string {
    const h = new Buffered();
    write(h);
    return h.digest().slice(0, ASPECT_HEX);
  }

  /** The entries `keys` of a dictionary, in that order. */
  pick(dict: PDFDict | undefined, keys: readonly string[], h: Sink): void {
    for (const key of keys) {
      h.update(`/${key} `);
      this.value(dict?.get(PDFName.of(key)), h, 0);
    }
  }

  /**
   * The bookmarks as a reader sees them: each one's depth, title (as text: a re-save may store it otherwise) and
   * target (a `/Dest`, or a GoTo action's, read alike: some programs turn one into the other), in order. Not
   * whether it shows its children open, which a viewer may save as the reader left it, nor its colour or style.
   */
  outline(catalog: PDFDict, h: Sink): void {
    const root = this.ctx.lookup(catalog.get(PDFName.of('Outlines')));
    if (!(root instanceof PDFDict)) {
      h.update('none ');
      return;
    }
    const seen = new Set<PDFDict>();
    const walk = (first: PDFObject | undefined, depth: number): void => {
      let node = this.ctx.lookup(first);
      while (node instanceof PDFDict && !seen.has(node)) {
        if (++this.values > MAX_VALUES) throw new TooBig();
        seen.add(node);
        const title = this.ctx.lookup(node.get(PDFName.of('Title')));
        h.update(`${depth} ${JSON.stringify(title instanceof PDFString || title instanceof PDFHexString ? textString(title) : null)} `);
        const action = this.ctx.lookup(node.get(PDFName.of('A')));
        const goTo = action instanceof PDFDict && this.ctx.lookup(action.get(PDFName.of('S'))) === PDFName.of('GoTo') && action.get(PDFName.of('Next')) === undefined;
        const dest = node.get(PDFName.of('Dest')) ?? (goTo ? action.get(PDFName.of('D')) : undefined);
        if (dest !== undefined) this.value(dest, h, 0);
        else this.value(action, h, 0);
        if (depth < MAX_DEPTH) walk(node.get(PDFName.of('First')), depth + 1);
        node = this.ctx.lookup(node.get(PDFName.of('Next')));
      }
    };
    walk(root.get(PDFName.of('First')), 0);
  }

  /** The page labels (the page numbers a viewer shows), as the number tree's entries in order, however it is split. */
  labels(catalog: PDFDict, h: Sink): void {
    for (const [key, label] of treeEntries(this.ctx, catalog.get(PDFName.of('PageLabels')), 'Nums')) {
      this.value(key, h, 0);
      this.value(label, h, 0);
    }
  }

  /** The XMP metadata's fields (see XMP_FIELDS), read from its text: a program that writes it again lays it out otherwise. */
  xmp(catalog: PDFDict, h: Sink): void {
    const stream = this.ctx.lookup(catalog.get(PDFName.of('Metadata')));
    if (!(stream instanceof PDFStream)) {
      h.update('none ');
      return;
    }
    const held: Uint8Array[] = [];
    let size = 0;
    let stored = false;
    this.decode(
      stream,
      (chunk) => {
        size += chunk.length;
        if (size <= MAX_XMP_BYTES) held.push(chunk.slice());
      },
      () => (stored = true),
    );
    if (stored || size > MAX_XMP_BYTES) {
      this.data(stream, h);
      return;
    }
    h.update(xmpFields(new TextDecoder().decode(concatPieces({ size, chunks: held }))));
  }

  /** A value: references followed (a page named by its number), dictionaries in key order, numbers to 1/10000. */
  value(obj: PDFObject | undefined, h: Sink, depth: number): void {
    if (++this.values > MAX_VALUES) throw new TooBig();
    if (depth > MAX_DEPTH) {
      h.update('@deep ');
      return;
    }
    if (obj === undefined) h.update('none ');
    else if (obj instanceof PDFRef) this.ref(obj, h, depth);
    else if (obj instanceof PDFName) h.update(`/${this.nameText(obj)} `);
    else if (obj instanceof PDFNumber) h.update(`${Math.round(obj.asNumber() * 1e4) / 1e4} `);
    else if (obj instanceof PDFString || obj instanceof PDFHexString) h.update(`<${Buffer.from(obj.asBytes()).toString('hex')}> `);
    else if (obj instanceof PDFBool || obj === PDFNull) h.update(`${obj.toString()} `);
    else if (obj instanceof PDFArray) {
      h.update('[ ');
      for (const item of obj.asArray()) this.value(item, h, depth + 1);
      h.update('] ');
    } else if (obj instanceof PDFStream) {
      this.dict(obj.dict, h, depth, STORAGE_KEYS);
      this.data(obj, h);
    } else if (obj instanceof PDFDict) {
      const page = this.pageDicts.get(obj);
      if (page !== undefined) h.update(`@page${page} `);
      else this.dict(obj, h, depth);
    } else h.update('? ');
  }

  /** A stream's data as decoded by its lossless filters (image codecs stay as stored), with those it keeps. */
  data(stream: PDFStream, h: Sink): void {
    let n = 0;
    this.decode(
      stream,
      (chunk) => {
        n += chunk.length;
        h.update(chunk);
      },
      (filters) => h.update(`stored ${filters}\n`),
    );
    h.update(`\n${n} `);
  }

  /**
   * Hand a stream's data to `push`: decoded when its filters are all lossless (a re-save may store it otherwise),
   * else as stored, after `stored` is told its filters (a re-save keeps an image codec's bytes as they are).
   */
  decode(stream: PDFStream, push: (chunk: Uint8Array) => void, stored: (filters: string) => void): void {
    const filters = streamFilters(this.ctx, stream.dict);
    const bytes = stream.getContents();
    if (!filters.every((f) => f.name in MAX_RATIO) || this.decoded > MAX_DECODED) {
      stored(filters.map((f) => f.name).join(' '));
      push(bytes);
      return;
    }
    const rows = this.predictor(stream);
    const held: Uint8Array[] = [];
    decodeInto(bytes, filters, {
      push: (chunk) => {
        this.decoded += chunk.length;
        if (rows) held.push(chunk.slice());
        else push(chunk);
      },
    });
    if (!rows) return;
    // Predictors undone: `qpdf --qdf` stores such an image without its filter, as its samples.
    const data = concatPieces({ size: held.reduce((n, c) => n + c.length, 0), chunks: held });
    const lines = Math.floor(data.length / (rows.bytes + (rows.png ? 1 : 0)));
    push((rows.png ? undoPng(data, rows.bytes, lines, rows.bpp) : undoTiff(data, rows.bytes, lines, rows.bpp)) ?? data);
  }

  /** A stream's rows of 8-bit samples under a PNG or TIFF predictor, when its last filter has one. */
  private predictor(stream: PDFStream): { png: boolean; bytes: number; bpp: number } | undefined {
    let parms = this.ctx.lookup(stream.dict.get(PDFName.of('DecodeParms')));
    if (parms instanceof PDFArray) parms = this.ctx.lookup(parms.get(parms.size() - 1));
    if (!(parms instanceof PDFDict)) return undefined;
    const num = (key: string, fallback: number): number => {
      const v = this.ctx.lookup((parms as PDFDict).get(PDFName.of(key)));
      return v instanceof PDFNumber ? v.asNumber() : fallback;
    };
    const predictor = num('Predictor', 1);
    const colors = num('Colors', 1);
    const columns = num('Columns', 1);
    if (predictor < 2 || num('BitsPerComponent', 8) !== 8 || colors < 1 || columns < 1 || colors * columns > 1 << 26) return undefined;
    return { png: predictor >= 10, bytes: colors * columns, bpp: colors };
  }

  private dict(dict: PDFDict, h: Sink, depth: number, skip?: ReadonlySet<string>): void {
    const entries = dict.entries().map(([k, v]): [string, PDFObject] => [this.nameText(k), v]).filter(([k]) => !skip?.has(k));
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    h.update('<< ');
    for (const [k, v] of entries) {
      h.update(`/${k} `);
      this.value(v, h, depth + 1);
    }
    h.update('>> ');
  }

  private ref(ref: PDFRef, h: Sink, depth: number): void {
    const page = this.pageNumbers.get(ref);
    if (page !== undefined) {
      h.update(`@page${page} `);
      return;
    }
    const known = this.memo.get(ref);
    if (known !== undefined) {
      h.update(`@${known} `);
      return;
    }
    // A value that leads back to itself (a comment and its pop-up) is marked where the loop closes.
    if (this.open.has(ref)) {
      h.update('@loop ');
      return;
    }
    this.open.add(ref);
    const inner = new Buffered();
    this.value(this.ctx.lookup(ref), inner, depth + 1);
    this.open.delete(ref);
    const digest = inner.digest().slice(0, 16);
    this.memo.set(ref, digest);
    h.update(`@${digest} `);
  }
}

const SPACE = Uint8Array.of(0x20);

/** Where values are written: a hash, or `Buffered` in front of one. */
interface Sink {
  update(data: string | Uint8Array): unknown;
}

/**
 * A SHA-256 fed text in runs: the short strings of a walk over values are joined before they are hashed (one call
 * per run, not per value), bytes in between hashed as they come; the digest is that of the same bytes fed one by one.
 */
class Buffered {
  private readonly hash = createHash('sha256');
  private text = '';

  update(data: string | Uint8Array): void {
    if (typeof data === 'string') {
      this.text += data;
      if (this.text.length >= RUN) this.flush();
    } else {
      this.flush();
      this.hash.update(data);
    }
  }

  /** The hex digest of everything written. */
  digest(): string {
    this.flush();
    return this.hash.digest('hex');
  }

  private flush(): void {
    if (this.text === '') return;
    this.hash.update(this.text);
    this.text = '';
  }
}

/** Characters of text held before they are hashed. */
const RUN = 1 << 14;

/**
 * The fields of an XMP packet that XMP_FIELDS names, as text: each one's values (an array's items, with their
 * language), whether written as an element or an attribute, under whatever prefix its namespace has there. Read
 * in one pass over the text (a hostile packet given to `report --pdf` costs no more than its length).
 *
 * @example
 * xmpFields('<x:xmpmeta …><dc:title><rdf:Alt><rdf:li xml:lang="x-default">CV</rdf:li></rdf:Alt></dc:title>…'); // '…title=[["x-default","CV"]]…'
 */
export function xmpFields(xml: string): string {
  const fields = XMP_FIELDS.flatMap(([uri, names]) => names.map((name) => `${uri}${name}`));
  const values: [string, string][][] = fields.map(() => []);
  const uris = new Map<string, string>();
  const fieldOf = (qname: string): number => {
    const colon = qname.indexOf(':');
    return colon < 0 ? -1 : fields.indexOf(`${uris.get(qname.slice(0, colon)) ?? ''}${qname.slice(colon + 1)}`);
  };
  // The field element open now, and the array item being read in it.
  let field: { index: number; name: string; text: string; items: number } | undefined;
  let item: { lang: string; text: string } | undefined;
  const text = (t: string): void => {
    if (item) item.text += t;
    else if (field) field.text += t;
  };
  let nextGt = -1;
  for (let i = 0; i < xml.length; ) {
    if (xml[i] !== '<') {
      const lt = xml.indexOf('<', i);
      text(xml.slice(i, lt < 0 ? xml.length : lt));
      i = lt < 0 ? xml.length : lt;
      continue;
    }
    if (xml.startsWith('<![CDATA[', i)) {
      const end = xml.indexOf(']]>', i);
      if (end < 0) break;
      text(xml.slice(i + 9, end).replace(/&/gu, '&amp;'));
      i = end + 3;
      continue;
    }
    if (nextGt < i) nextGt = xml.indexOf('>', i);
    if (nextGt < 0) break;
    const lt = xml.indexOf('<', i + 1);
    if (lt >= 0 && lt < nextGt) {
      text('<');
      i++;
      continue;
    }
    const tag = xml.slice(i + 1, nextGt);
    i = nextGt + 1;
    if (/^[!?]/u.test(tag)) continue;
    const name = /^\/?([\w.:-]*)/u.exec(tag)?.[1] ?? '';
    if (tag.startsWith('/')) {
      if (item && /(^|:)li$/u.test(name)) {
        values[field?.index ?? 0]?.push([item.lang, xmlText(item.text)]);
        item = undefined;
      } else if (field && name === field.name) {
        if (field.items === 0) values[field.index]?.push(['', xmlText(field.text)]);
        field = undefined;
        item = undefined;
      }
      continue;
    }
    const attrs = !tag.includes('=') ? [] : [...tag.matchAll(/\s([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu)].map((m) => [m[1] as string, m[2] ?? m[3] ?? ''] as const);
    for (const [k, v] of attrs) if (k.startsWith('xmlns:')) uris.set(k.slice(6), v);
    for (const [k, v] of attrs) {
      const index = fieldOf(k);
      if (index >= 0) values[index]?.push(['', xmlText(v)]);
    }
    const closed = tag.endsWith('/');
    const index = fieldOf(name);
    if (!field && index >= 0) {
      if (closed) values[index]?.push(['', '']);
      else field = { index, name, text: '', items: 0 };
    } else if (field && /(^|:)li$/u.test(name)) {
      const lang = attrs.find(([k]) => k === 'xml:lang')?.[1] ?? '';
      field.items++;
      if (closed) values[field.index]?.push([lang, '']);
      else item = { lang, text: '' };
    }
  }
  return fields.map((f, k) => `${f}=${JSON.stringify(values[k])}`).join('\n');
}

/** The text of XML character data: entities read, white space runs as one space. */
function xmlText(s: string): string {
  return s
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/giu, (_, e: string) => {
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
      if (e[0] !== '#') return named[e.toLowerCase()] ?? '';
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    })
    .replace(/\s+/gu, ' ')
    .trim();
}
