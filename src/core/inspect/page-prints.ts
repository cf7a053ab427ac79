/**
 * Each page's print: what it draws, hashed (its decoded content, and the stored bytes of the images and forms it
 * draws), for the pages that carry enough of their own to be told apart. The same page in two files (a bio merged
 * into the research plan, a CV's pages put in another order) has the same print in both, so a page repeated
 * inside another file is found where `contentFingerprint`, which hashes a whole document, finds nothing.
 *
 * A page has no print when it could be the same page in two different documents: a blank page (nothing drawn,
 * as `contentFingerprint` leaves such a page out), a page whose text is all repeated on the file's other pages (a
 * letterhead or a running header alone, a page twice in one file), and a page with too little of its own (a
 * heading, a signature line): under MIN_OWN_TEXT bytes of text not found on another page of the file, and no image
 * of MIN_OWN_IMAGE bytes or more that no other page of the file draws (a scan).
 */
import { createHash } from 'node:crypto';
import { PDFDict, PDFName, PDFRawStream, type PDFContext, type PDFObject } from '@cantoo/pdf-lib';
import { decodeInto } from './decoders.js';
import { streamFilters } from './inflation.js';
import type { SourcePage } from './page-tree.js';
import { contentStreams } from './page-text.js';

/** A page (0-based) and what it draws, hashed. */
export interface PagePrint {
  page: number;
  print: string;
}

const N = { Contents: PDFName.of('Contents'), Resources: PDFName.of('Resources'), XObject: PDFName.of('XObject'), Subtype: PDFName.of('Subtype'), Form: PDFName.of('Form'), Image: PDFName.of('Image') };

/** Bytes of text of its own (its strings, not found on the file's other pages) a page needs: a short paragraph. */
const MIN_OWN_TEXT = 300;
/** Stored bytes of an image only this page draws that make it content (a scanned page; a logo is drawn on others too or alone). */
const MIN_OWN_IMAGE = 8192;
/** Pages and decoded content read, per file: past these, pages have no print (a repeat there is not found). */
const MAX_PAGES = 2000;
const MAX_CONTENT_BYTES = 32 << 20;
/** Forms followed, in depth and in number per file. */
const MAX_FORM_DEPTH = 4;
const MAX_FORMS = 256;
/** Bytes of one image or form hashed: its start tells it apart. */
const MAX_XOBJECT_BYTES = 1 << 20;

const WS = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WS[c] = 1;
const DELIM = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIM[c.charCodeAt(0)] = 1;

/** What a content stream (with the forms it draws) shows: its text, one hash per text operator, and its images. */
interface Drawn {
  /** Text shown, by hash of one operator's strings: its bytes. */
  texts: Map<number, number>;
  images: Set<PDFRawStream>;
  /** The XObjects drawn, as `name length digest`, nested forms' after their form's: part of the print. */
  parts: string[];
}

/** Past the file's budget: no more pages are read. */
class TooMuch extends Error {}
/** A page drawn through forms nested too deep to follow: it has no print. */
class TooDeep extends Error {}

const enum Is {
  Plain,
  Comment,
  Literal,
  Hex,
  /** After `<`: a hex string, or `<<` a dictionary. */
  Angle,
  /** Inline image data, until white space, `EI`, white space. */
  Inline,
}

/**
 * A content-stream reader fed in blocks: hashes the strings of each text-showing operator (FNV-1a), notes the
 * names drawn with `Do`, and skips comments, dictionaries and inline image data. One loop over the bytes, with
 * no string made but the names drawn: it reads every page of every file on each `validate`.
 */
class TextReader {
  readonly texts = new Map<number, number>();
  readonly drawn: string[] = [];
  private is = Is.Plain;
  /** The token being read (its first bytes), and the last name. */
  private readonly tok = new Uint8Array(64);
  private tokLen = 0;
  private tokAll = 0;
  private readonly name = new Uint8Array(64);
  private nameLen = 0;
  private depth = 0;
  private escaped = false;
  private digits = 0;
  /** In inline image data: how much of "EI" (after white space) has been seen, -1 before the white space. */
  private inline = -1;
  /** The strings since the last operator. */
  private hash = 0x811c9dc5;
  private length = 0;

  push(chunk: Uint8Array): void {
    const tok = this.tok;
    let hash = this.hash;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      switch (this.is) {
        case Is.Plain:
          if (WS[c] || DELIM[c]) {
            if (this.tokAll > 0) {
              this.hash = hash;
              this.endToken();
              hash = this.hash;
            }
            if (!DELIM[c]) break;
            if (c === 0x28) {
              this.is = Is.Literal;
              this.depth = 1;
              hash = Math.imul(hash ^ 0xff, 0x01000193) >>> 0;
            } else if (c === 0x25) this.is = Is.Comment;
            else if (c === 0x3c) this.is = Is.Angle;
            else if (c === 0x2f) {
              tok[0] = c;
              this.tokLen = this.tokAll = 1;
            }
          } else {
            if (this.tokLen < 64) tok[this.tokLen++] = c;
            this.tokAll++;
          }
          break;
        case Is.Comment:
          if (c === 0x0a || c === 0x0d) this.is = Is.Plain;
          break;
        case Is.Literal:
          if (this.escaped) this.escaped = false;
          else if (c === 0x5c) this.escaped = true;
          else if (c === 0x28) this.depth++;
          else if (c === 0x29 && --this.depth === 0) {
            this.is = Is.Plain;
            break;
          }
          hash = Math.imul(hash ^ c, 0x01000193) >>> 0;
          this.length++;
          break;
        case Is.Angle:
          if (c === 0x3c) {
            this.is = Is.Plain;
            break;
          }
          // A hex string: this byte is its first.
          this.is = Is.Hex;
          hash = Math.imul(hash ^ 0xfe, 0x01000193) >>> 0;
          i--;
          break;
        case Is.Hex:
          if (c === 0x3e) {
            this.is = Is.Plain;
            this.length += this.digits >> 1;
            this.digits = 0;
          } else if (!WS[c]) {
            hash = Math.imul(hash ^ (c | 0x20), 0x01000193) >>> 0;
            this.digits++;
          }
          break;
        case Is.Inline:
          if (this.inline === -1) this.inline = WS[c] ? 0 : -1;
          else if (this.inline === 0) this.inline = c === 0x45 ? 1 : WS[c] ? 0 : -1;
          else if (this.inline === 1) this.inline = c === 0x49 ? 2 : WS[c] ? 0 : -1;
          else if (WS[c] || DELIM[c]) {
            this.is = Is.Plain;
            this.inline = -1;
            i--;
          } else this.inline = -1;
          break;
      }
    }
    this.hash = hash;
  }

  /** The end of a content stream: a token ends there, and a comment. */
  boundary(): void {
    if (this.is === Is.Comment) this.is = Is.Plain;
    if (this.is === Is.Plain && this.tokAll > 0) this.endToken();
  }

  private endToken(): void {
    const t = this.tok;
    const n = this.tokAll;
    this.tokLen = this.tokAll = 0;
    const c = t[0]!;
    if (c === 0x2f) {
      this.name.set(t.subarray(1, Math.min(n, 64)));
      this.nameLen = Math.min(n, 64) - 1;
      return;
    }
    // Operands: numbers, true, false, null.
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) return;
    if ((n === 4 && c === 0x74 && t[1] === 0x72) || (n === 5 && c === 0x66 && t[1] === 0x61) || (n === 4 && c === 0x6e && t[1] === 0x75)) return;
    const text = (n === 2 && c === 0x54 && (t[1] === 0x6a || t[1] === 0x4a)) || (n === 1 && (c === 0x27 || c === 0x22));
    if (text && this.length > 0) this.texts.set(this.hash, Math.max(this.texts.get(this.hash) ?? 0, this.length));
    else if (n === 2 && c === 0x44 && t[1] === 0x6f && this.nameLen > 0) this.drawn.push(String.fromCharCode(...this.name.subarray(0, this.nameLen)));
    else if (n === 2 && c === 0x49 && t[1] === 0x44) {
      this.is = Is.Inline;
      this.inline = -1;
    }
    this.hash = 0x811c9dc5;
    this.length = 0;
  }
}

/**
 * The prints of the pages that carry content of their own, in page order; an empty list when there are none.
 *
 * @example
 * pagePrints(doc.context, tree.pages); // [{ page: 0, print: '5f3a…' }] for a one-page bio
 */
export function pagePrints(context: PDFContext, pages: readonly SourcePage[]): PagePrint[] {
  const budget = { bytes: 0, forms: 0 };
  const digests = new Map<PDFRawStream, string>();
  const forms = new Map<PDFRawStream, Drawn | undefined>();
  const digest = (x: PDFRawStream): string => {
    let d = digests.get(x);
    if (d === undefined) {
      d = createHash('sha1').update(x.contents.subarray(0, MAX_XOBJECT_BYTES)).digest('hex');
      digests.set(x, d);
    }
    return d;
  };

  /** Reads `contents` into `reader` (and `hash`), counting the bytes against the budget. */
  const read = (contents: PDFObject | undefined, reader: TextReader, hash?: ReturnType<typeof createHash>): void => {
    for (const stream of contentStreams(context, contents)) {
      decodeInto(stream.contents, streamFilters(context, stream.dict), {
        push(chunk) {
          budget.bytes += chunk.length;
          if (budget.bytes > MAX_CONTENT_BYTES) throw new TooMuch();
          hash?.update(chunk);
          reader.push(chunk);
        },
      });
      if (budget.bytes > MAX_CONTENT_BYTES) throw new TooMuch();
      reader.boundary();
    }
  };

  /** What a content draws, with the XObjects it names (by name order: a re-save may write them in another order). */
  const visit = (contents: PDFObject | undefined, resources: PDFDict | undefined, depth: number, hash?: ReturnType<typeof createHash>): Drawn => {
    const reader = new TextReader();
    read(contents, reader, hash);
    const drawn: Drawn = { texts: reader.texts, images: new Set(), parts: [] };
    const xobjects = resources ? context.lookup(resources.get(N.XObject)) : undefined;
    if (!(xobjects instanceof PDFDict)) return drawn;
    for (const name of [...new Set(reader.drawn)].sort()) {
      const x = context.lookup(xobjects.get(PDFName.of(name)));
      if (!(x instanceof PDFRawStream)) continue;
      drawn.parts.push(`/${name} ${x.contents.length} ${digest(x)}`);
      const subtype = x.dict.get(N.Subtype);
      if (subtype === N.Image) drawn.images.add(x);
      if (subtype !== N.Form) continue;
      if (depth >= MAX_FORM_DEPTH) throw new TooDeep();
      let inner = forms.get(x);
      // A form still being read draws itself: a loop, not followed.
      if (forms.has(x) && !inner) throw new TooDeep();
      if (!inner) {
        if (++budget.forms > MAX_FORMS) throw new TooMuch();
        forms.set(x, undefined);
        const own = context.lookup(x.dict.get(N.Resources));
        inner = visit(x, own instanceof PDFDict ? own : resources, depth + 1);
        forms.set(x, inner);
      }
      for (const [h, n] of inner.texts) drawn.texts.set(h, Math.max(drawn.texts.get(h) ?? 0, n));
      for (const image of inner.images) drawn.images.add(image);
      drawn.parts.push(...inner.parts.map((p) => `>${p}`));
    }
    return drawn;
  };

  const seen: { print?: string; drawn: Drawn }[] = [];
  try {
    for (const page of pages.slice(0, MAX_PAGES)) {
      const hash = createHash('sha1');
      const resources = context.lookup(page.dict.get(N.Resources) ?? page.inherited.get(N.Resources));
      try {
        const drawn = visit(page.dict.get(N.Contents), resources instanceof PDFDict ? resources : undefined, 0, hash);
        hash.update(`\n${drawn.parts.join('\n')}`);
        seen.push({ print: hash.digest('hex').slice(0, 32), drawn });
      } catch (err) {
        if (!(err instanceof TooDeep)) throw err;
        seen.push({ drawn: { texts: new Map(), images: new Set(), parts: [] } });
      }
    }
  } catch (err) {
    // Past the budget: the pages read so far keep their prints.
    if (!(err instanceof TooMuch)) throw err;
  }

  // Text and images drawn on more than one page of the file are its template (a letterhead, a running header).
  const textPages = new Map<number, number>();
  const imagePages = new Map<PDFRawStream, number>();
  for (const { drawn } of seen) {
    for (const h of drawn.texts.keys()) textPages.set(h, (textPages.get(h) ?? 0) + 1);
    for (const image of drawn.images) imagePages.set(image, (imagePages.get(image) ?? 0) + 1);
  }
  const prints: PagePrint[] = [];
  seen.forEach(({ print, drawn }, page) => {
    if (print === undefined) return;
    let own = 0;
    for (const [h, n] of drawn.texts) if (textPages.get(h) === 1) own += n;
    const scan = [...drawn.images].some((image) => imagePages.get(image) === 1 && image.contents.length >= MIN_OWN_IMAGE);
    if (own >= MIN_OWN_TEXT || scan) prints.push({ page, print });
  });
  return prints;
}
