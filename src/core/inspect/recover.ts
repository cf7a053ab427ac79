/**
 * Objects of the pages that pdf-lib could not read, read again as tolerant viewers (pdf.js, poppler) read them,
 * so a damaged content stream or font is copied as the applicant sees it instead of becoming a blank page:
 * a stream whose /Length is wrong, indirect or damaged ends at its `endstream`; a dictionary entry whose key is
 * not a name is skipped; an object pdf-lib's sequential parse ran past is found where its `obj` keyword is.
 */
import {
  PDFArray,
  PDFBool,
  PDFCatalog,
  PDFDict,
  PDFHexString,
  PDFInvalidObject,
  PDFName,
  PDFNull,
  PDFNumber,
  PDFPageLeaf,
  PDFPageTree,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  type PDFContext,
  type PDFObject,
} from '@cantoo/pdf-lib';
import { entriesOf, indirectObjectsOf, isScalar, itemsOf } from '../pdf-entries.js';
import { indexOfBytes } from './raw.js';
import { readValueAt, type RawObject, type RawValue } from './raw-objects.js';

/** Page-tree links are not followed: the page tree has its own walk and repairs. */
const SKIP = new Set(['Parent', 'Kids', 'P'].map((k) => PDFName.of(k)));
const LENGTH = PDFName.of('Length');
const TYPE = PDFName.of('Type');
const PAGE = PDFName.of('Page');
const PAGES = PDFName.of('Pages');
const CATALOG = PDFName.of('Catalog');
const ENDSTREAM = 'endstream';

/**
 * Read again, from the raw bytes, every object reachable from `roots` (the pages) that pdf-lib left invalid or
 * missing. Returns how many were recovered, how many stay unreadable, and whether pdf-lib left anything of the
 * file unread at all (an object it could not parse, or one it ran past). Without `raw` (an encrypted file,
 * whose raw data would need decrypting) nothing is recovered, only counted.
 *
 * @example
 * const { recovered, unreadable } = recoverPageObjects(doc.context, bytes, scan.objects, pages.map((p) => p.dict));
 */
export function recoverPageObjects(context: PDFContext, bytes: Uint8Array, raw: readonly RawObject[] | undefined, roots: readonly PDFObject[], maxObjects = 2_000_000): { recovered: number; unreadable: number; damaged: boolean } {
  const definitions = new Map<string, RawObject>();
  // The last definition, as in pdf-lib's sequential parse.
  for (const o of raw ?? []) if (o.num >= 0) definitions.set(`${o.num} ${o.gen}`, o);
  // Usually pdf-lib read every object the bytes define: then there is nothing to recover.
  let damaged = false;
  for (const obj of indirectObjectsOf(context).values()) if (obj instanceof PDFInvalidObject) damaged = true;
  for (const o of definitions.values()) if (!damaged && context.lookup(PDFRef.of(o.num, o.gen)) === undefined) damaged = true;
  if (!damaged) return { recovered: 0, unreadable: 0, damaged };
  let recovered = 0;
  let unreadable = 0;
  const seen = new Set<PDFObject>();
  const stack: PDFObject[] = [...roots];
  while (stack.length > 0 && seen.size < maxObjects) {
    const item = stack.pop()!;
    let obj: PDFObject | undefined = item;
    if (item instanceof PDFRef) {
      obj = context.lookup(item);
      if (obj === undefined || obj instanceof PDFInvalidObject) {
        const definition = definitions.get(`${item.objectNumber} ${item.generationNumber}`);
        const rebuilt = definition && raw ? rebuild(context, bytes, definition) : undefined;
        if (rebuilt === undefined) {
          // A reference to nothing the file defines is no damage (a deleted object); one pdf-lib could not read is.
          if (obj instanceof PDFInvalidObject || definition) unreadable++;
          continue;
        }
        context.assign(item, rebuilt);
        recovered++;
        obj = rebuilt;
      }
    }
    if (obj === undefined || isScalar(obj) || !(obj instanceof PDFDict || obj instanceof PDFArray || obj instanceof PDFStream) || seen.has(obj)) continue;
    seen.add(obj);
    if (obj instanceof PDFArray) for (const v of itemsOf(obj)) stack.push(v);
    else for (const [key, value] of entriesOf(obj instanceof PDFStream ? obj.dict : obj)) if (!SKIP.has(key)) stack.push(value);
  }
  return { recovered, unreadable, damaged };
}

/**
 * A pdf-lib object from a raw definition, or undefined when nothing usable is there.
 *
 * @example
 * const page = rebuild(doc.context, bytes, definition);
 */
export function rebuild(context: PDFContext, bytes: Uint8Array, definition: RawObject): PDFObject | undefined {
  const { value, dataStart } = readValueAt(bytes, definition.valueStart);
  if (value.kind === 'other') return undefined;
  const object = toPdf(context, value);
  if (dataStart === undefined || !(object instanceof PDFDict)) return object;
  const end = dataEnd(context, bytes, dataStart, object.get(LENGTH));
  return PDFRawStream.of(object, bytes.slice(dataStart, end));
}

/**
 * Where a damaged stream's data ends: at `/Length` (direct or by reference) when `endstream` follows it, else
 * at the first `endstream` (as pdf.js does), else at `/Length` if it fits in the file, else at the file's end.
 */
function dataEnd(context: PDFContext, bytes: Uint8Array, start: number, lengthValue: PDFObject | undefined): number {
  const length = context.lookup(lengthValue);
  const n = length instanceof PDFNumber ? length.asNumber() : undefined;
  const byLength = n !== undefined && Number.isInteger(n) && n >= 0 && start + n <= bytes.length ? start + n : undefined;
  if (byLength !== undefined) {
    let p = byLength;
    while (p < bytes.length && (bytes[p] === 0x20 || bytes[p] === 0x0a || bytes[p] === 0x0d || bytes[p] === 0x09)) p++;
    if (indexOfBytes(bytes, ENDSTREAM, p) === p) return byLength;
  }
  const found = indexOfBytes(bytes, ENDSTREAM, start);
  if (found >= 0) {
    let end = found;
    if (bytes[end - 1] === 0x0a) end--;
    if (bytes[end - 1] === 0x0d) end--;
    return Math.max(start, end);
  }
  return byLength ?? bytes.length;
}

function toPdf(context: PDFContext, v: RawValue): PDFObject {
  switch (v.kind) {
    case 'name':
      return PDFName.of(v.name);
    case 'number':
      return Number.isFinite(v.value) ? PDFNumber.of(v.value) : PDFNull;
    case 'ref':
      return PDFRef.of(v.num, v.gen);
    case 'string':
      return PDFString.of(v.raw);
    case 'hex':
      return PDFHexString.of(v.raw.replace(/[^0-9A-Fa-f]/g, ''));
    case 'bool':
      return v.value ? PDFBool.True : PDFBool.False;
    case 'array': {
      const out = PDFArray.withContext(context);
      for (const item of v.items) out.push(toPdf(context, item));
      return out;
    }
    case 'dict': {
      const map = new Map<PDFName, PDFObject>();
      for (const [key, item] of v.entries) map.set(PDFName.of(key), toPdf(context, item));
      // Pages, page-tree nodes and catalogs get pdf-lib's own classes, as its parser makes them.
      const type = map.get(TYPE);
      if (type === PAGE) return PDFPageLeaf.fromMapWithContext(map, context);
      if (type === PAGES) return PDFPageTree.fromMapWithContext(map, context);
      if (type === CATALOG) return PDFCatalog.fromMapWithContext(map, context);
      return PDFDict.fromMapWithContext(map, context);
    }
    default:
      return PDFNull;
  }
}
