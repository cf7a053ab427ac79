/**
 * Where images are drawn: a page's content streams read just far enough to follow the transformation matrix
 * (`q`, `Q`, `cm`) to each `Do`, through form XObjects, so each image's largest drawn size on the page is known
 * and its effective resolution follows. Text, paths and everything else are skipped over, never changed.
 */
import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFContext, type PDFObject, type PDFPageLeaf } from '@cantoo/pdf-lib';

import { IDENTITY, matrixOf, multiply, type Matrix } from '../matrix.js';

export { multiply, type Matrix };

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
      const len = j - i;
      const start = i;
      i = j;
      if (c === 0x2b || c === 0x2d || c === 0x2e || (c >= 0x30 && c <= 0x39)) {
        numbers.push(parseNumber(bytes, start, j));
        if (numbers.length > 16) numbers.splice(0, numbers.length - 6);
        continue;
      }
      const d = bytes[start + 1];
      if (len === 1 && (c === 0x71 /* q */ || c === 0x51 /* Q */)) visit(c === 0x71 ? 'q' : 'Q', numbers, name);
      else if (len === 2 && c === 0x63 && d === 0x6d) visit('cm', numbers, name);
      else if (len === 2 && c === 0x44 && d === 0x6f) visit('Do', numbers, name);
      else if (len === 2 && c === 0x42 && d === 0x49) {
        // BI: an inline image, its binary data up to EI.
        const end = skipInlineImage(bytes, i);
        if (end < 0) return false;
        i = end;
      } else if (isKeywordValue(bytes, start, len)) continue;
      numbers.length = 0;
      name = undefined;
    }
  }
  return true;
}

/** A PDF number (`12`, `-3.5`, `.5`, `+1.`); malformed ones read as 0, as viewers do. */
function parseNumber(bytes: Uint8Array, from: number, to: number): number {
  let k = from;
  let sign = 1;
  if (bytes[k] === 0x2d) {
    sign = -1;
    k++;
  } else if (bytes[k] === 0x2b) k++;
  let value = 0;
  let scale = 0;
  for (; k < to; k++) {
    const b = bytes[k]!;
    if (b === 0x2e) {
      if (scale !== 0) break;
      scale = 1;
    } else if (b >= 0x30 && b <= 0x39) {
      value = value * 10 + (b - 0x30);
      if (scale !== 0) scale *= 10;
    } else break;
  }
  return (sign * value) / (scale || 1);
}

/** `true`, `false` and `null`: operands, not operators. */
function isKeywordValue(bytes: Uint8Array, from: number, len: number): boolean {
  const c = bytes[from];
  return (len === 4 && (c === 0x74 || c === 0x6e)) || (len === 5 && c === 0x66);
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

/** Decoded content beyond this (per page, forms included once each) is not followed: its images count as unsure. */
const MAX_CONTENT = 64e6;
/** Form XObjects nest at most this deep. */
const MAX_DEPTH = 12;

/** An image drawn by a form XObject, with the matrix in force, in the form's own space. */
interface FormDraw {
  ref: PDFRef;
  ctm: Matrix;
}

/** What a form XObject draws, once worked out. */
interface FormDraws {
  draws: FormDraw[];
  complete: boolean;
}

/**
 * Reads where images are drawn, page by page. One walker serves a whole document: what each form XObject
 * draws is worked out once (a chart repeated on forty slides, a logo on every page), then placed with the
 * matrix in force where the form is used.
 *
 * @example
 * const walker = new ImageWalker(doc.context);
 * const { present, drawn } = walker.page(page.node);
 */
export class ImageWalker {
  private readonly forms = new Map<PDFRef, FormDraws>();
  private budget = MAX_CONTENT;

  constructor(private readonly ctx: PDFContext) {}

  /**
   * The images a page shows and their largest drawn sizes, from its content streams and the transformation
   * matrix in force at each `Do` (form XObjects followed with their `/Matrix`; `/UserUnit` applied).
   */
  page(page: PDFPageLeaf): PageImages {
    const ctx = this.ctx;
    const present = new Set<PDFRef>();
    const drawn = new Map<PDFRef, Drawn>();
    const resources = asDict(ctx, page.Resources());
    collectPresent(ctx, resources, present, new Set());
    // Most pages show no image at all: their content need not be read.
    if (present.size === 0) return { present, drawn, complete: true };
    const unit = ctx.lookup(page.get(PDFName.of('UserUnit')));
    const scale = unit instanceof PDFNumber && unit.asNumber() > 0 ? unit.asNumber() : 1;
    this.budget = MAX_CONTENT;
    const { draws, complete } = this.draws(pageContent(ctx, page, MAX_CONTENT), resources, 0, new Set());
    for (const { ref, ctm } of draws) {
      const width = Math.hypot(ctm[0], ctm[1]) * scale;
      const height = Math.hypot(ctm[2], ctm[3]) * scale;
      const before = drawn.get(ref);
      drawn.set(ref, { width: Math.max(width, before?.width ?? 0), height: Math.max(height, before?.height ?? 0) });
    }
    return { present, drawn, complete };
  }

  /** Every image `Do` in `bytes` with the matrix in force, relative to the start of the stream. */
  private draws(bytes: Uint8Array | undefined, res: PDFDict | undefined, depth: number, forms: Set<PDFRef>): FormDraws {
    if (!bytes) return { draws: [], complete: false };
    this.budget -= bytes.length;
    if (this.budget < 0) return { draws: [], complete: false };
    const ctx = this.ctx;
    const draws: FormDraw[] = [];
    let complete = true;
    let ctm = IDENTITY;
    const saved: Matrix[] = [];
    const xobjects = asDict(ctx, res?.get(PDFName.of('XObject')));
    const ok = scanContent(bytes, (op, nums, name) => {
      if (op === 'q') saved.push(ctm);
      else if (op === 'Q') ctm = saved.pop() ?? ctm;
      else if (op === 'cm') {
        if (nums.length >= 6) ctm = multiply(nums.slice(-6) as unknown as Matrix, ctm);
      } else if (op === 'Do' && name !== undefined) {
        const ref = xobjects?.get(PDFName.of(name));
        if (!(ref instanceof PDFRef)) return;
        const xobject = ctx.lookup(ref);
        if (!(xobject instanceof PDFRawStream)) return;
        const subtype = xobject.dict.lookup(PDFName.of('Subtype'));
        if (subtype === PDFName.of('Image')) draws.push({ ref, ctm });
        else if (subtype === PDFName.of('Form')) {
          const inner = this.form(ref, xobject, res, depth, forms);
          if (!inner.complete) complete = false;
          const at = multiply(matrixOf(ctx, xobject.dict), ctm);
          for (const d of inner.draws) draws.push({ ref: d.ref, ctm: multiply(d.ctm, at) });
        }
      }
    });
    return { draws, complete: ok && complete };
  }

  /** What form `ref` draws; worked out once when it has its own resources (as PDF 1.2 and later ask). */
  private form(ref: PDFRef, form: PDFRawStream, outer: PDFDict | undefined, depth: number, forms: Set<PDFRef>): FormDraws {
    const cached = this.forms.get(ref);
    if (cached) return cached;
    if (depth >= MAX_DEPTH || forms.has(ref)) return { draws: [], complete: false };
    const own = asDict(this.ctx, form.dict.get(PDFName.of('Resources')));
    const result = this.draws(decoded(form, Math.max(0, this.budget)), own ?? outer, depth + 1, new Set(forms).add(ref));
    if (own) this.forms.set(ref, result);
    return result;
  }
}

/**
 * The images one page shows and their largest drawn sizes (see `ImageWalker`, which a whole document shares).
 *
 * @example
 * const { present, drawn } = pageImages(doc.context, page.node);
 */
export function pageImages(ctx: PDFContext, page: PDFPageLeaf): PageImages {
  return new ImageWalker(ctx).page(page);
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
