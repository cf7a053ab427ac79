/**
 * The file's own index, as viewers follow it. pdf-lib reads objects in file order and keeps the last definition
 * of each, and the last trailer's /Root; viewers (pdf.js, poppler) follow `startxref` and its /Prev chain. When a
 * file holds two versions of some content (an update cut off before its index, a stray copy), the two disagree:
 * where the index is intact, the version it names, the one the applicant sees, is put in pdf-lib's place.
 */
import { PDFDict, PDFName, PDFRef, type PDFDocument } from '@cantoo/pdf-lib';
import { constants, inflateRawSync, inflateSync } from 'node:zlib';
import { zlibHeader } from './decoders.js';
import { indexOfBytes, lastIndexOfBytes } from './raw.js';
import { readValueAt, type RawObject, type RawScan, type RawValue } from './raw-objects.js';
import { rebuild } from './recover.js';

/** An entry of the index: where an object is, or that it is free or compressed (then no older entry counts). */
type Entry = { kind: 'at'; gen: number; offset: number } | { kind: 'other' };

interface Index {
  root?: { num: number; gen: number };
  /** The newest entry of each object number. */
  entries: Map<number, Entry>;
}

const MAX_SECTIONS = 64;
const latin1 = new TextDecoder('latin1');

/** The offset the last `startxref` of the file gives (as pdf.js finds it, wherever it is), if any. */
function finalStartxref(bytes: Uint8Array): number | undefined {
  const at = lastIndexOfBytes(bytes, 'startxref');
  if (at < 0) return undefined;
  const m = /^startxref\s+(\d+)/.exec(latin1.decode(bytes.subarray(at, at + 40)));
  return m ? Number(m[1]) : undefined;
}

const num = (v: RawValue | undefined): number | undefined => (v?.kind === 'number' && Number.isInteger(v.value) && v.value >= 0 ? v.value : undefined);

/**
 * Read the index chain from the final `startxref` (offsets from the file start or, in files with junk before
 * the header, from the header); undefined when it cannot be read whole (viewers then rebuild it, reading the
 * file in order much as pdf-lib does).
 */
export function readIndex(bytes: Uint8Array, shift: number): Index | undefined {
  const start = finalStartxref(bytes);
  if (start === undefined) return undefined;
  const index: Index = { entries: new Map() };
  const seen = new Set<number>();
  const queue: number[] = [start];
  let first = true;
  while (queue.length > 0) {
    const at = queue.shift()! + shift;
    if (seen.has(at) || seen.size >= MAX_SECTIONS || at < 0 || at >= bytes.length) return seen.has(at) ? index : undefined;
    seen.add(at);
    const section = readSection(bytes, at);
    if (!section) return undefined;
    // Newer sections come first: an older entry never replaces a newer one.
    for (const [n, e] of section.entries) if (!index.entries.has(n)) index.entries.set(n, e);
    if (first) {
      const root = section.trailer.get('Root');
      if (root?.kind === 'ref') index.root = { num: root.num, gen: root.gen };
      first = false;
    }
    const stm = num(section.trailer.get('XRefStm'));
    if (stm !== undefined) {
      const hybrid = readSection(bytes, stm + shift);
      if (hybrid) for (const [n, e] of hybrid.entries) if (!index.entries.has(n)) index.entries.set(n, e);
    }
    const prev = num(section.trailer.get('Prev'));
    if (prev !== undefined) queue.push(prev);
  }
  return index;
}

/** One cross-reference section (a table with its trailer, or a stream) at `at`. */
function readSection(bytes: Uint8Array, at: number): { entries: Map<number, Entry>; trailer: Map<string, RawValue> } | undefined {
  let p = at;
  while (p < bytes.length && (bytes[p] === 0x20 || bytes[p] === 0x0a || bytes[p] === 0x0d || bytes[p] === 0x09)) p++;
  if (indexOfBytes(bytes, 'xref', p) === p) return readTable(bytes, p + 4);
  const head = /^(\d+)\s+(\d+)\s+obj/.exec(latin1.decode(bytes.subarray(p, p + 32)));
  if (!head) return undefined;
  const { value, dataStart } = readValueAt(bytes, p + head[0].length);
  if (value.kind !== 'dict' || dataStart === undefined) return undefined;
  const type = value.entries.get('Type');
  if (type?.kind !== 'name' || type.name !== 'XRef') return undefined;
  return readStream(bytes, value.entries, dataStart);
}

/**
 * A cross-reference table, read strictly as viewers read it: subsections of exactly as many entries as they
 * announce, each an offset, a generation and `n` or `f`; anything else makes the table unusable (viewers then
 * rebuild the index from the objects).
 */
function readTable(bytes: Uint8Array, from: number): { entries: Map<number, Entry>; trailer: Map<string, RawValue> } | undefined {
  const end = indexOfBytes(bytes, 'trailer', from);
  if (end < 0) return undefined;
  const tokens = latin1.decode(bytes.subarray(from, end)).split(/[\0\t\n\f\r ]+/).filter((t) => t !== '');
  const entries = new Map<number, Entry>();
  const int = (t: string | undefined): number => (t !== undefined && /^\d{1,10}$/.test(t) ? Number(t) : NaN);
  for (let i = 0; i < tokens.length; ) {
    const first = int(tokens[i]);
    const count = int(tokens[i + 1]);
    if (!Number.isInteger(first) || !Number.isInteger(count) || i + 2 + 3 * count > tokens.length) return undefined;
    i += 2;
    for (let k = 0; k < count; k++, i += 3) {
      const offset = int(tokens[i]);
      const gen = int(tokens[i + 1]);
      const type = tokens[i + 2];
      if (!Number.isInteger(offset) || !Number.isInteger(gen) || (type !== 'n' && type !== 'f')) return undefined;
      if (!entries.has(first + k)) entries.set(first + k, type === 'n' ? { kind: 'at', gen, offset } : { kind: 'other' });
    }
  }
  const { value } = readValueAt(bytes, end + 'trailer'.length);
  return value.kind === 'dict' ? { entries, trailer: value.entries } : undefined;
}

function readStream(bytes: Uint8Array, dict: Map<string, RawValue>, dataStart: number): { entries: Map<number, Entry>; trailer: Map<string, RawValue> } | undefined {
  const length = num(dict.get('Length'));
  const stop = length !== undefined && dataStart + length <= bytes.length ? dataStart + length : indexOfBytes(bytes, 'endstream', dataStart);
  if (stop < dataStart) return undefined;
  const filter = dict.get('Filter');
  const name = filter?.kind === 'name' ? filter.name : filter?.kind === 'array' && filter.items.length === 1 && filter.items[0]?.kind === 'name' ? filter.items[0].name : undefined;
  if (filter !== undefined && name !== 'FlateDecode') return undefined;
  let data = bytes.subarray(dataStart, stop);
  try {
    const options = { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: 64 * 2 ** 20 };
    if (name) data = (zlibHeader(data) ? inflateSync : inflateRawSync)(data, options);
  } catch {
    return undefined;
  }
  const widths = dict.get('W');
  const w = widths?.kind === 'array' ? widths.items.map((i) => num(i) ?? -1) : [];
  if (w.length !== 3 || w.some((x) => x < 0 || x > 8)) return undefined;
  const parms = dict.get('DecodeParms');
  const p = parms?.kind === 'dict' ? parms.entries : undefined;
  const predictor = num(p?.get('Predictor')) ?? 1;
  const rowLength = w[0]! + w[1]! + w[2]!;
  if (predictor >= 10) data = unpredictPng(data, num(p?.get('Columns')) ?? rowLength);
  else if (predictor !== 1) return undefined;
  const size = num(dict.get('Size')) ?? 0;
  const idx = dict.get('Index');
  const ranges = idx?.kind === 'array' ? idx.items.map((i) => num(i) ?? -1) : [0, size];
  const entries = new Map<number, Entry>();
  let row = 0;
  const field = (at: number, width: number): number => {
    let v = 0;
    for (let k = 0; k < width; k++) v = v * 256 + (data[at + k] ?? 0);
    return v;
  };
  for (let r = 0; r + 1 < ranges.length; r += 2) {
    const [first, count] = [ranges[r]!, ranges[r + 1]!];
    if (first < 0 || count < 0) return undefined;
    for (let k = 0; k < count; k++, row++) {
      const at = row * rowLength;
      if (at + rowLength > data.length) return undefined;
      const type = w[0] === 0 ? 1 : field(at, w[0]!);
      const n = first + k;
      if (entries.has(n)) continue;
      entries.set(n, type === 1 ? { kind: 'at', gen: field(at + w[0]! + w[1]!, w[2]!), offset: field(at + w[0]!, w[1]!) } : { kind: 'other' });
    }
  }
  return { entries, trailer: dict };
}

/** Undo the PNG predictors of a cross-reference stream: rows of one filter byte and `columns` bytes. */
function unpredictPng(data: Uint8Array, columns: number): Uint8Array {
  const rows = Math.floor(data.length / (columns + 1));
  const out = new Uint8Array(rows * columns);
  for (let r = 0; r < rows; r++) {
    const filter = data[r * (columns + 1)];
    for (let c = 0; c < columns; c++) {
      const raw = data[r * (columns + 1) + 1 + c]!;
      const left = c > 0 ? out[r * columns + c - 1]! : 0;
      const up = r > 0 ? out[(r - 1) * columns + c]! : 0;
      const upLeft = r > 0 && c > 0 ? out[(r - 1) * columns + c - 1]! : 0;
      let v = raw;
      if (filter === 1) v = raw + left;
      else if (filter === 2) v = raw + up;
      else if (filter === 3) v = raw + ((left + up) >> 1);
      else if (filter === 4) {
        const pa = Math.abs(up - upLeft);
        const pb = Math.abs(left - upLeft);
        const pc = Math.abs(left + up - 2 * upLeft);
        v = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
      }
      out[r * columns + c] = v & 0xff;
    }
  }
  return out;
}

/** What following the index changed, and whether viewers can agree at all. */
export interface IndexOutcome {
  /** Objects (and the catalog) replaced by the versions the index names. */
  replaced: number;
  /**
   * The index is damaged (viewers rebuild it, each their own way) and the file's trailers name different
   * catalogs: pdf.js, poppler and pdf-lib each show another version of the document.
   */
  ambiguous: boolean;
  /** The index could be followed whole: every entry points at its object (else viewers rebuild it). */
  intact: boolean;
}

/**
 * Put in pdf-lib's place the versions the index names where they differ from the ones pdf-lib kept: objects
 * defined more than once, and the catalog. Not for encrypted files.
 *
 * @example
 * const { replaced, ambiguous } = followIndex(doc, bytes, scan, headerOffset);
 */
export function followIndex(doc: PDFDocument, bytes: Uint8Array, scan: RawScan, headerOffset: number): IndexOutcome {
  const raw = scan.objects;
  const context = doc.context;
  const byHeader = new Map<number, RawObject>();
  for (const o of raw) if (o.num >= 0) byHeader.set(o.headerStart, o);
  // Viewers never fetch the index's own streams as objects: their entries may be wrong unnoticed.
  const structural = new Set(raw.filter((o) => o.dataStart !== undefined && o.value.kind === 'dict' && ['XRef', 'ObjStm'].includes((o.value.entries.get('Type') as { name?: string } | undefined)?.name ?? '')).map((o) => o.num));
  const byKey = new Map<string, RawObject[]>();
  for (const o of raw) {
    if (o.num < 0) continue;
    const key = `${o.num} ${o.gen}`;
    const list = byKey.get(key);
    if (list) list.push(o);
    else byKey.set(key, [o]);
  }
  for (const shift of headerOffset > 0 ? [0, headerOffset] : [0]) {
    const index = readIndex(bytes, shift);
    if (!index) continue;
    // Viewers check each object they fetch against the index, and rebuild it all on the first mismatch.
    const definitionAt = (offset: number): RawObject | undefined => {
      let p = offset + shift;
      while (p < bytes.length && (bytes[p] === 0x20 || bytes[p] === 0x0a || bytes[p] === 0x0d || bytes[p] === 0x09 || bytes[p] === 0)) p++;
      return byHeader.get(p);
    };
    let intact = true;
    const changes: { ref: PDFRef; definition: RawObject }[] = [];
    for (const [n, entry] of index.entries) {
      if (entry.kind !== 'at' || n === 0 || structural.has(n)) continue;
      const named = definitionAt(entry.offset);
      if (!named || named.num !== n || named.gen !== entry.gen) {
        intact = false;
        break;
      }
      const versions = byKey.get(`${n} ${entry.gen}`) ?? [];
      if (versions.length > 1 && named !== versions[versions.length - 1]) changes.push({ ref: PDFRef.of(n, entry.gen), definition: named });
    }
    if (!intact) continue;
    let replaced = 0;
    for (const { ref, definition } of changes) {
      const object = rebuild(context, bytes, definition);
      if (object === undefined) continue;
      context.assign(ref, object);
      replaced++;
    }
    const root = index.root;
    const current = context.trailerInfo.Root;
    if (root && !(current instanceof PDFRef && current.objectNumber === root.num && current.generationNumber === root.gen)) {
      const ref = PDFRef.of(root.num, root.gen);
      const catalog = context.lookup(ref);
      if (catalog instanceof PDFDict && catalog.get(PDFName.of('Type')) === PDFName.of('Catalog')) {
        context.trailerInfo.Root = ref;
        // pdf-lib reads the catalog once, when the document is made: point it at the one viewers use.
        (doc as unknown as { catalog: PDFDict }).catalog = catalog;
        replaced++;
      }
    }
    return { replaced, ambiguous: false, intact: true };
  }
  return { replaced: 0, ambiguous: namedRoots(scan).size > 1, intact: false };
}

/** The catalogs the file's trailers (and cross-reference stream dictionaries) name, as "num gen". */
function namedRoots(scan: RawScan): Set<string> {
  const roots = new Set<string>();
  const catalogs = new Set(scan.objects.filter((o) => o.value.kind === 'dict' && o.value.entries.get('Type')?.kind === 'name' && (o.value.entries.get('Type') as { name: string }).name === 'Catalog').map((o) => `${o.num} ${o.gen}`));
  const dicts = [...scan.trailers.map((t) => t.value), ...scan.objects.map((o) => o.value)];
  for (const d of dicts) {
    if (d.kind !== 'dict') continue;
    const root = d.entries.get('Root');
    if (root?.kind === 'ref' && catalogs.has(`${root.num} ${root.gen}`)) roots.add(`${root.num} ${root.gen}`);
  }
  return roots;
}
