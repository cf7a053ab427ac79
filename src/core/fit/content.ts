/**
 * Where images are drawn: a page's content streams read just far enough to follow the transformation matrix
 * (`q`, `Q`, `cm`) to each `Do`, through form XObjects, so each image's largest drawn size on the page is known
 * and its effective resolution follows. Text, paths and everything else are skipped over, never changed.
 */
import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFContext, type PDFObject, type PDFPageLeaf } from '@cantoo/pdf-lib';

/** A PDF transformation matrix [a b c d e f]. */
export type Matrix = [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m` then `n`: the matrix `cm m` gives when the current one is `n` (PDF's row-vector order). */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

/** The operators the walk follows, with the numbers and the last name before each. */
export type ContentVisitor = (op: 'q' | 'Q' | 'cm' | 'Do', numbers: readonly number[], name: string | undefined) => void;

const WHITE = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WHITE[c] = 1;
const DELIM = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIM[c.charCodeAt(0)] = 1;

const isRegular = (c: number): boolean => WHITE[c] === 0 && DELIM[c] === 0;

/**
 * Read a content stream's tokens and call `visit` for `q`, `Q`, `cm` and `Do`. Strings, dictionaries, arrays
 * and inline images are skipped. Returns false when the bytes end inside a string or an inline image.
 *
 * @example
 * scanContent(bytes, (op, nums, name) => { if (op === 'Do') console.log(name); });
 */
export function scanContent(bytes: Uint8Array, visit: ContentVisitor): boolean {
  const n = bytes.length;
  const numbers: number[] = [];
  let name: string | undefined;
  let i = 0;
  while (i < n) {
    const c = bytes[i]!;
    if (WHITE[c]) {
      i++;
    } else if (c === 0x25 /* % */) {
      while (i < n && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
    } else if (c === 0x28 /* ( */) {
      let depth = 1;
      i++;
      while (i < n && depth > 0) {
        const b = bytes[i]!;
        if (b === 0x5c /* \ */) i++;
        else if (b === 0x28) depth++;
        else if (b === 0x29) depth--;
        i++;
      }
      if (depth > 0) return false;
    } else if (c === 0x3c /* < */) {
      if (bytes[i + 1] === 0x3c) i += 2;
      else {
        while (i < n && bytes[i] !== 0x3e) i++;
        i++;
      }
    } else if (c === 0x3e /* > */ || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x29) {
      i++;
    } else if (c === 0x2f /* / */) {
      let j = i + 1;
      while (j < n && isRegular(bytes[j]!)) j++;
      name = decodeName(bytes.subarray(i + 1, j));
      i = j;
    } else {
      let j = i;
      while (j < n && isRegular(bytes[j]!)) j++;
      const word = latin1(bytes, i, j);
      i = j;
      if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) {
        numbers.push(Number(word));
        if (numbers.length > 64) numbers.shift();
        continue;
      }
      if (word === 'BI') {
        const end = skipInlineImage(bytes, i);
        if (end < 0) return false;
        i = end;
      } else if (word === 'q' || word === 'Q' || word === 'cm' || word === 'Do') {
        visit(word, numbers, name);
      } else if (word === 'true' || word === 'false' || word === 'null') {
        continue;
      }
      numbers.length = 0;
      name = undefined;
    }
  }
  return true;
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let k = from; k < to && k - from < 32; k++) s += String.fromCharCode(bytes[k]!);
  return s;
}

/** A name's characters, with `#xx` escapes decoded. */
function decodeName(raw: Uint8Array): string {
  let s = '';
  for (let k = 0; k < raw.length; k++) {
    const b = raw[k]!;
    if (b === 0x23 && k + 2 < raw.length + 0) {
      const hex = String.fromCharCode(raw[k + 1] ?? 0, raw[k + 2] ?? 0);
      if (/^[0-9a-fA-F]{2}$/.test(hex)) {
        s += String.fromCharCode(parseInt(hex, 16));
        k += 2;
        continue;
      }
    }
    s += String.fromCharCode(b);
  }
  return s;
}

/** The offset after an inline image's `EI`, from just after its `BI`; -1 when there is none. */
function skipInlineImage(bytes: Uint8Array, from: number): number {
  let i = from;
  // The dictionary runs to the `ID` keyword; its data starts after one white-space byte.
  for (; i + 1 < bytes.length; i++) {
    if (bytes[i] === 0x49 && bytes[i + 1] === 0x44 && WHITE[bytes[i - 1] ?? 32] && (i + 2 >= bytes.length || WHITE[bytes[i + 2]!])) break;
  }
  for (i += 3; i + 1 < bytes.length; i++) {
    if (bytes[i] === 0x45 && bytes[i + 1] === 0x49 && WHITE[bytes[i - 1] ?? 32] && (i + 2 >= bytes.length || WHITE[bytes[i + 2]!])) return i + 2;
  }
  return -1;
}

/** The size an image was drawn at, in points along its own width and height. */
export interface Drawn {
  width: number;
  height: number;
}

/** The image XObjects a page uses, and how large each is drawn. */
export interface PageImages {
  /** Every image XObject reachable from the page's resources, directly or through form XObjects. */
  present: Set<PDFRef>;
  /** The largest size each image was drawn at; an image missing here was not found drawn. */
  drawn: Map<PDFRef, Drawn>;
  /** The content streams could be followed to their end. */
  complete: boolean;
}

/** Decoded content beyond this (per page, forms included) is not followed: the page's images count as unsure. */
const MAX_CONTENT = 64e6;
/** Form XObjects nest at most this deep. */
const MAX_DEPTH = 12;

/**
 * The images a page shows and their largest drawn sizes, from its content streams and the transformation
 * matrix in force at each `Do` (form XObjects followed with their `/Matrix`; `/UserUnit` applied).
 *
 * @example
 * const { present, drawn } = pageImages(doc.context, page.node);
 */
export function pageImages(ctx: PDFContext, page: PDFPageLeaf): PageImages {
  const present = new Set<PDFRef>();
  const drawn = new Map<PDFRef, Drawn>();
  const resources = asDict(ctx, page.Resources());
  collectPresent(ctx, resources, present, new Set());
  const unit = ctx.lookup(page.get(PDFName.of('UserUnit')));
  const scale = unit instanceof PDFNumber && unit.asNumber() > 0 ? unit.asNumber() : 1;
  let budget = MAX_CONTENT;
  let complete = true;

  const walk = (bytes: Uint8Array | undefined, res: PDFDict | undefined, start: Matrix, depth: number, forms: Set<PDFRef>): void => {
    if (!bytes) {
      complete = false;
      return;
    }
    budget -= bytes.length;
    if (budget < 0) {
      complete = false;
      return;
    }
    let ctm = start;
    const saved: Matrix[] = [];
    const ok = scanContent(bytes, (op, nums, name) => {
      if (op === 'q') saved.push(ctm);
      else if (op === 'Q') ctm = saved.pop() ?? ctm;
      else if (op === 'cm') {
        if (nums.length >= 6) ctm = multiply(nums.slice(-6) as Matrix, ctm);
      } else if (op === 'Do' && name !== undefined) {
        const ref = asDict(ctx, res?.get(PDFName.of('XObject')))?.get(PDFName.of(name));
        if (!(ref instanceof PDFRef)) return;
        const xobject = ctx.lookup(ref);
        if (!(xobject instanceof PDFRawStream)) return;
        const subtype = xobject.dict.lookup(PDFName.of('Subtype'));
        if (subtype === PDFName.of('Image')) {
          const width = Math.hypot(ctm[0], ctm[1]) * scale;
          const height = Math.hypot(ctm[2], ctm[3]) * scale;
          const before = drawn.get(ref);
          drawn.set(ref, { width: Math.max(width, before?.width ?? 0), height: Math.max(height, before?.height ?? 0) });
        } else if (subtype === PDFName.of('Form')) {
          if (depth >= MAX_DEPTH || forms.has(ref)) {
            complete = false;
            return;
          }
          const own = asDict(ctx, xobject.dict.get(PDFName.of('Resources')));
          const inner = new Set(forms).add(ref);
          walk(decoded(xobject, budget), own ?? res, multiply(matrixOf(ctx, xobject.dict), ctm), depth + 1, inner);
        }
      }
    });
    if (!ok) complete = false;
  };

  walk(pageContent(ctx, page, budget), resources, IDENTITY, 0, new Set());
  return { present, drawn, complete };
}

function asDict(ctx: PDFContext, obj: PDFObject | undefined): PDFDict | undefined {
  const d = obj instanceof PDFRef ? ctx.lookup(obj) : obj;
  return d instanceof PDFDict ? d : undefined;
}

/** Image XObjects reachable through `/XObject` resources, into form XObjects. */
function collectPresent(ctx: PDFContext, resources: PDFDict | undefined, present: Set<PDFRef>, seen: Set<PDFRef>): void {
  const xobjects = asDict(ctx, resources?.get(PDFName.of('XObject')));
  if (!xobjects) return;
  for (const [, value] of xobjects.entries()) {
    if (!(value instanceof PDFRef) || seen.has(value)) continue;
    seen.add(value);
    const x = ctx.lookup(value);
    if (!(x instanceof PDFRawStream)) continue;
    const subtype = x.dict.lookup(PDFName.of('Subtype'));
    if (subtype === PDFName.of('Image')) present.add(value);
    else if (subtype === PDFName.of('Form')) collectPresent(ctx, asDict(ctx, x.dict.get(PDFName.of('Resources'))), present, seen);
  }
}

function matrixOf(ctx: PDFContext, dict: PDFDict): Matrix {
  const m = ctx.lookup(dict.get(PDFName.of('Matrix')));
  if (!(m instanceof PDFArray) || m.size() !== 6) return IDENTITY;
  const values = m.asArray().map((v) => ctx.lookup(v));
  return values.every((v) => v instanceof PDFNumber) ? (values.map((v) => (v as PDFNumber).asNumber()) as Matrix) : IDENTITY;
}

/** A page's content streams, decoded and joined with a line break. */
function pageContent(ctx: PDFContext, page: PDFPageLeaf, budget: number): Uint8Array | undefined {
  const contents = ctx.lookup(page.get(PDFName.of('Contents')));
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => ctx.lookup(r)) : [contents];
  const parts: Uint8Array[] = [];
  let total = 0;
  for (const s of streams) {
    if (s === undefined) continue;
    const bytes = decoded(s, budget - total);
    if (!bytes) return undefined;
    parts.push(bytes);
    total += bytes.length + 1;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    out[at + p.length] = 0x0a;
    at += p.length + 1;
  }
  return out;
}

/**
 * A stream's decoded bytes, at most `limit` of them; `undefined` when it cannot be decoded or is longer. Streams
 * pdf-lib made itself (the stamps) are read unencoded.
 */
export function decoded(stream: PDFObject | undefined, limit: number): Uint8Array | undefined {
  const own = stream as { getUnencodedContents?: () => Uint8Array } | undefined;
  if (!(stream instanceof PDFRawStream)) {
    if (typeof own?.getUnencodedContents !== 'function') return undefined;
    const bytes = own.getUnencodedContents();
    return bytes.length <= limit ? bytes : undefined;
  }
  if (stream.dict.get(PDFName.of('Filter')) === undefined) return stream.contents.length <= limit ? stream.contents : undefined;
  try {
    const s = decodePDFRawStream(stream);
    // getBytes gives a view of the stream's own buffer (a Uint8Array for every filter pdf-lib decodes).
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const block = s.getBytes(1 << 16);
      if (block.length === 0) break;
      total += block.length;
      if (total > limit) return undefined;
      chunks.push(block as Uint8Array);
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  } catch {
    return undefined;
  }
}
