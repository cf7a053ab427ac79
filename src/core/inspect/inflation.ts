/**
 * The decompression guard: decides whether a PDF holds compressed data that expands beyond what a real document
 * needs. Two moments, one rule set, both inside `inspectInput` so `validate` and `build` decide alike:
 *
 * - before pdf-lib parses: every object and cross-reference stream, used or not (pdf-lib inflates all of them
 *   into memory while loading), found by a tolerant lexer over the raw bytes;
 * - after parsing, before anything is copied: every stream the output could carry (page contents, form and image
 *   XObjects, fonts, annotation appearances: every stream of the document but attachments and object streams).
 *
 * Counting streams block by block in bounded memory, and only when needed: a stream is not inflated when even
 * the densest data of its filters could not pass the bound.
 */
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, ParseSpeeds, type PDFContext, type PDFObject } from '@cantoo/pdf-lib';
import { indirectObjectsOf } from '../pdf-entries.js';
import { decodedSize, maxOutput, type FilterStep } from './decoders.js';
import { scanRawObjects, ScanBudgetExceeded, streamEnd, type RawScan, type RawValue } from './raw-objects.js';

/** Why a file is refused, in the applicant's words (completes "too complex to check safely (...)"). */
export type InflationVerdict = { ok: true } | { ok: false; detail: string };

const BOMB = 'it holds compressed data that expands to an unreasonable size';
const TANGLED = 'its structure is too tangled to read safely';
const OK: InflationVerdict = { ok: true };

export interface InflationLimits {
  /** Object and cross-reference streams together may inflate to this many bytes, plus `structureRatio` times the file size. */
  structureBytes: number;
  structureRatio: number;
  /** Any one stream the output carries (an image by its declared size). */
  streamBytes: number;
  /** All non-image streams the output carries together: this many bytes plus `carriedRatio` times the file size. */
  carriedBytes: number;
  carriedRatio: number;
}

/** Lexing work allowed before parsing, per byte of the file: each byte is read about once in a real file. */
const SCAN_WORK_PER_BYTE = 16;

/** A stream pdf-lib will decode while loading, with its object number (the key of its encryption). */
interface StructureStream {
  num: number;
  gen: number;
  data: Uint8Array;
  filters: FilterStep[];
}

/**
 * Before parsing: whether the object and cross-reference streams pdf-lib will inflate while loading (every one
 * in the file, used or not, however its dictionary is spelled) inflate beyond the structure bound together. In an
 * encrypted file they are measured as pdf-lib reads them twice: as they are, and decrypted.
 *
 * @example
 * await structureVerdict(bytes, limits); // { ok: false, detail: 'it holds compressed data that expands ...' }
 * // On success, `scan` holds the raw objects (for recovering damaged ones after parsing).
 */
export async function structureVerdict(bytes: Uint8Array, limits: InflationLimits): Promise<InflationVerdict & { scan?: RawScan }> {
  let scan: RawScan;
  try {
    scan = scanRawObjects(bytes, SCAN_WORK_PER_BYTE * bytes.length + 1e6);
  } catch (err) {
    if (err instanceof ScanBudgetExceeded) return { ok: false, detail: TANGLED };
    throw err;
  }
  const verdict = await structureStreamsVerdict(bytes, scan, limits);
  return { ...verdict, scan };
}

async function structureStreamsVerdict(bytes: Uint8Array, scan: RawScan, limits: InflationLimits): Promise<InflationVerdict> {
  const cap = limits.structureBytes + limits.structureRatio * bytes.length;
  // A /Type or /Filter given by reference is looked up, as pdf-lib's `dict.lookup` does (any definition counts).
  const named = new Map<number, RawValue[]>();
  for (const o of scan.objects) if (o.num >= 0 && (o.value.kind === 'name' || o.value.kind === 'array')) named.set(o.num, [...(named.get(o.num) ?? []), o.value]);
  const resolve = (v: RawValue | undefined): RawValue[] => (v?.kind === 'ref' ? (named.get(v.num) ?? []) : v ? [v] : []);
  const isStructure = (type: RawValue | undefined): boolean => resolve(type).some((v) => v.kind === 'name' && (v.name === 'ObjStm' || v.name === 'XRef'));

  const streams: StructureStream[] = [];
  let scanned = 0;
  for (const o of scan.objects) {
    if (o.dataStart === undefined || o.value.kind !== 'dict' || !isStructure(o.value.entries.get('Type'))) continue;
    const length = o.value.entries.get('Length');
    const end = streamEnd(bytes, o.dataStart, length?.kind === 'number' ? length.value : undefined);
    // No end found: pdf-lib drops the object without decoding it.
    if (end === undefined) continue;
    scanned += end - o.dataStart;
    if (scanned > SCAN_WORK_PER_BYTE * bytes.length) return { ok: false, detail: TANGLED };
    const filters = rawFilters(o.value.entries.get('Filter'), o.value.entries.get('DecodeParms'), resolve);
    if (filters) streams.push({ num: o.num, gen: o.gen, data: bytes.subarray(o.dataStart, end), filters });
  }
  if (!withinBudget(streams, cap)) return { ok: false, detail: BOMB };
  const encryption = encryptionOf(bytes, scan);
  if (!encryption) return OK;
  // Decryption keeps the length (RC4) or takes a few bytes off (AES): the same cheap bound holds.
  if (streams.reduce((n, s) => n + maxOutput(s.data.length + 32, s.filters), 0) <= cap) return OK;
  const plain = await decryptWithPdfLib(streams, encryption);
  return plain === undefined || withinBudget(plain, cap) ? OK : { ok: false, detail: BOMB };
}

/** The raw text of the encryption dictionary and of the file identifier pdf-lib will use, when the file is encrypted. */
function encryptionOf(bytes: Uint8Array, scan: RawScan): { encrypt: string; id: string } | undefined {
  const text = (range: readonly [number, number]): string => new TextDecoder('latin1').decode(bytes.subarray(range[0], range[1]));
  // pdf-lib keeps the last /Encrypt and /ID met in file order, in trailers and cross-reference stream dictionaries.
  const xref = (v: RawValue): boolean => v.kind === 'dict' && v.entries.get('Type')?.kind === 'name' && (v.entries.get('Type') as { name: string }).name === 'XRef';
  const dicts = [...scan.trailers, ...scan.objects.filter((o) => xref(o.value))].sort((a, b) => a.valueStart - b.valueStart);
  let encrypt: string | undefined;
  let id: string | undefined;
  for (const { value } of dicts) {
    if (value.kind !== 'dict') continue;
    const e = value.entries.get('Encrypt');
    const eRange = value.ranges.get('Encrypt');
    if (e?.kind === 'ref') {
      const target = scan.objects.filter((o) => o.num === e.num && o.value.kind === 'dict').pop();
      if (target) encrypt = text([target.valueStart, target.valueEnd]);
    } else if (e?.kind === 'dict' && eRange) encrypt = text(eRange);
    const idRange = value.ranges.get('ID');
    if (value.entries.get('ID')?.kind === 'array' && idRange) id = text(idRange);
  }
  return encrypt && id ? { encrypt, id } : undefined;
}

/**
 * The object streams decrypted by pdf-lib itself: their raw data put in a small document of its own, under the
 * file's encryption dictionary and identifier and their own object numbers, labelled as plain streams so that
 * nothing is inflated. Undefined when pdf-lib cannot decrypt them (it then reads the file without decrypting).
 */
async function decryptWithPdfLib(streams: readonly StructureStream[], encryption: { encrypt: string; id: string }): Promise<StructureStream[] | undefined> {
  const known = streams.filter((s) => s.num >= 0 && s.gen >= 0);
  const free = Math.max(0, ...known.map((s) => s.num)) + 1;
  const out: StructureStream[] = [];
  // One document per use of an object number: a later definition would replace an earlier one.
  const batches: StructureStream[][] = [];
  for (const s of known) {
    const batch = batches.find((b) => !b.some((t) => t.num === s.num && t.gen === s.gen));
    if (batch) batch.push(s);
    else batches.push([s]);
  }
  for (const batch of batches) {
    const parts: Uint8Array[] = [latin1Bytes('%PDF-1.7\n')];
    for (const s of batch) parts.push(latin1Bytes(`${s.num} ${s.gen} obj\n<< /Length ${s.data.length} >>\nstream\n`), s.data, latin1Bytes('\nendstream\nendobj\n'));
    parts.push(latin1Bytes(`${free} 0 obj\n${encryption.encrypt}\nendobj\n${free + 1} 0 obj\n<< /Type /Catalog >>\nendobj\n`));
    parts.push(latin1Bytes(`trailer\n<< /Root ${free + 1} 0 R /Encrypt ${free} 0 R /ID ${encryption.id} >>\n%%EOF\n`));
    let doc: PDFDocument;
    try {
      doc = await PDFDocument.load(Buffer.concat(parts), { updateMetadata: false, password: '', parseSpeed: ParseSpeeds.Fastest, throwOnInvalidObject: false });
    } catch {
      return undefined;
    }
    if (!doc.context.isDecrypted) return undefined;
    for (const s of batch) {
      const decrypted = doc.context.lookup(PDFRef.of(s.num, s.gen));
      if (decrypted instanceof PDFRawStream) out.push({ ...s, data: decrypted.contents });
    }
  }
  return out;
}

const latin1Bytes = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

/** The filter chain of a raw dictionary, or undefined when pdf-lib could not decode it (so would not inflate it). */
function rawFilters(filter: RawValue | undefined, parms: RawValue | undefined, resolve: (v: RawValue | undefined) => RawValue[]): FilterStep[] | undefined {
  if (filter === undefined) return [];
  const list = resolve(filter)[0];
  const items = list?.kind === 'array' ? list.items : list ? [list] : [];
  const parmList = resolve(parms)[0];
  const parmItems = parmList?.kind === 'array' ? parmList.items : parmList ? [parmList] : [];
  const steps: FilterStep[] = [];
  for (const [i, item] of items.entries()) {
    const name = resolve(item).find((v) => v.kind === 'name');
    if (name?.kind !== 'name') return undefined;
    const p = parmItems[i];
    const early = p?.kind === 'dict' ? p.entries.get('EarlyChange') : undefined;
    steps.push({ name: name.name, ...(early?.kind === 'number' ? { earlyChange: early.value } : {}) });
  }
  return steps;
}

/**
 * Whether streams stay within `cap` together. Nothing is inflated when the densest data could not pass it;
 * otherwise streams are measured largest bound first until the bounds of the rest fit, or the cap is passed.
 */
function withinBudget(streams: readonly { data: Uint8Array; filters: readonly FilterStep[] }[], cap: number, each = Infinity): boolean {
  const bounds = streams.map((s) => maxOutput(s.data.length, s.filters));
  let unmeasured = bounds.reduce((a, b) => a + Math.min(b, each), 0);
  if (unmeasured <= cap && bounds.every((b) => b <= each)) return true;
  let measured = 0;
  const order = bounds.map((b, i) => [b, i] as const).sort((a, b) => b[0] - a[0]);
  for (const [bound, i] of order) {
    if (measured + unmeasured <= cap && bound <= each) return true;
    const s = streams[i]!;
    const limit = Math.min(each, cap - measured);
    const size = decodedSize(s.data, s.filters, limit);
    if (size > limit) return false;
    measured += size;
    unmeasured -= Math.min(bound, each);
  }
  return measured <= cap;
}

const N = {
  Type: PDFName.of('Type'),
  Subtype: PDFName.of('Subtype'),
  Image: PDFName.of('Image'),
  Filter: PDFName.of('Filter'),
  DecodeParms: PDFName.of('DecodeParms'),
  EarlyChange: PDFName.of('EarlyChange'),
  Width: PDFName.of('Width'),
  Height: PDFName.of('Height'),
  BitsPerComponent: PDFName.of('BitsPerComponent'),
  ColorSpace: PDFName.of('ColorSpace'),
  ImageMask: PDFName.of('ImageMask'),
} as const;

/** Streams never carried into the output: attachments (left out by the copier) and object streams (measured before parsing). */
const NOT_CARRIED = new Set(['EmbeddedFile', 'ObjStm', 'XRef'].map((k) => PDFName.of(k)));

/**
 * After parsing, before copying: whether any stream the output could carry is larger than one stream may be, or
 * the non-image ones together pass their bound. Every stream of the document counts but attachments and object
 * streams (a superset of what the pages reach, and cheaper to list than to walk to). Images count by their
 * declared size (width x height x colour components), which is all a viewer decodes.
 *
 * @example
 * carriedVerdict(doc.context, bytes.length, limits); // { ok: true }
 */
export function carriedVerdict(context: PDFContext, fileBytes: number, limits: InflationLimits): InflationVerdict {
  const streams: { data: Uint8Array; filters: FilterStep[] }[] = [];
  for (const obj of indirectObjectsOf(context).values()) {
    if (!(obj instanceof PDFRawStream) || NOT_CARRIED.has(obj.dict.get(N.Type) as PDFName)) continue;
    if (obj.dict.get(N.Subtype) === N.Image) {
      if (declaredImageBytes(context, obj.dict) > limits.streamBytes) return { ok: false, detail: BOMB };
      continue;
    }
    streams.push({ data: obj.contents, filters: streamFilters(context, obj.dict) });
  }
  const cap = limits.carriedBytes + limits.carriedRatio * fileBytes;
  return withinBudget(streams, cap, limits.streamBytes) ? OK : { ok: false, detail: BOMB };
}

/**
 * The filter chain of a parsed stream; a filter that is not a name ends it.
 *
 * @example
 * decodeInto(stream.contents, streamFilters(context, stream.dict), sink);
 */
export function streamFilters(context: PDFContext, dict: PDFDict): FilterStep[] {
  const filter = context.lookup(dict.get(N.Filter));
  const parms = context.lookup(dict.get(N.DecodeParms));
  const names = filter instanceof PDFArray ? filter.asArray().map((f) => context.lookup(f)) : filter ? [filter] : [];
  const parmList = parms instanceof PDFArray ? parms.asArray().map((p) => context.lookup(p)) : [parms];
  const steps: FilterStep[] = [];
  for (const [i, name] of names.entries()) {
    if (!(name instanceof PDFName)) break;
    const p = parmList[i];
    const early = p instanceof PDFDict ? context.lookup(p.get(N.EarlyChange)) : undefined;
    steps.push({ name: name.decodeText(), ...(early instanceof PDFNumber ? { earlyChange: early.asNumber() } : {}) });
  }
  return steps;
}

/** Bytes an image decodes to, by its dictionary: rows of width x components x bits, times the height. */
function declaredImageBytes(context: PDFContext, dict: PDFDict): number {
  const num = (key: PDFName): number => {
    const v = context.lookup(dict.get(key));
    return v instanceof PDFNumber ? Math.max(0, v.asNumber()) : 0;
  };
  const mask = context.lookup(dict.get(N.ImageMask)) === PDFBool.True;
  const bits = mask ? 1 : num(N.BitsPerComponent) || 8;
  const components = mask ? 1 : colourComponents(context, context.lookup(dict.get(N.ColorSpace)));
  return Math.ceil((num(N.Width) * components * bits) / 8) * num(N.Height);
}

function colourComponents(context: PDFContext, cs: PDFObject | undefined): number {
  const head = cs instanceof PDFArray ? context.lookup(cs.get(0)) : cs;
  const name = head instanceof PDFName ? head.decodeText() : undefined;
  switch (name) {
    case 'DeviceGray':
    case 'CalGray':
    case 'G':
    case 'Indexed':
    case 'I':
    case 'Separation':
    case 'Pattern':
      return 1;
    case 'DeviceRGB':
    case 'CalRGB':
    case 'RGB':
    case 'Lab':
      return 3;
    case 'ICCBased': {
      const stream = cs instanceof PDFArray ? context.lookup(cs.get(1)) : undefined;
      const n = stream instanceof PDFStream ? context.lookup(stream.dict.get(PDFName.of('N'))) : undefined;
      return n instanceof PDFNumber ? Math.min(32, Math.max(1, n.asNumber())) : 4;
    }
    case 'DeviceN': {
      const names = cs instanceof PDFArray ? context.lookup(cs.get(1)) : undefined;
      return names instanceof PDFArray ? Math.min(32, Math.max(1, names.size())) : 4;
    }
    default:
      // Unknown or missing (a JPEG 2000 image may carry its own): assume the most common wide case.
      return 4;
  }
}
