/**
 * Marks drawn on a PDF's pages by annotation tools (stamps, watermarks, drawings, text markup without a note) and
 * redactions marked but never applied: the packet carries both, drawn on its pages.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFString } from '@cantoo/pdf-lib';
import type { PDFContext, PDFObject } from '@cantoo/pdf-lib';
import { pageAnnotations } from './actions.js';
import { decodeInto } from './decoders.js';
import { streamFilters } from './inflation.js';
import type { SourcePage } from './page-tree.js';
import type { PageMark, PageMarks } from './marked-pages.js';

export type { PageMark, PageMarks } from './marked-pages.js';

/** Drawn marks by annotation subtype: one of them, several. */
const MARK_WORDS: Record<string, [string, string]> = {
  Stamp: ['a stamp', 'stamps'],
  Watermark: ['a watermark', 'watermarks'],
  Ink: ['an ink drawing', 'ink drawings'],
  Circle: ['a circle', 'circles'],
  Square: ['a rectangle', 'rectangles'],
  Line: ['a line', 'lines'],
  Polygon: ['a polygon', 'polygons'],
  PolyLine: ['a drawn line', 'drawn lines'],
  Highlight: ['a highlight', 'highlights'],
  Underline: ['an underline', 'underlines'],
  Squiggly: ['a squiggly underline', 'squiggly underlines'],
  StrikeOut: ['a strike-through', 'strike-throughs'],
};
/** Marks whose note (`/Contents`) makes them a comment a reviewer opens: `file.comments` counts those. */
const NOTED = new Set(['Ink', 'Highlight', 'Underline', 'StrikeOut', 'Squiggly']);

const HIDDEN = 2;
const NO_VIEW = 32;
const N = {
  Subtype: PDFName.of('Subtype'),
  F: PDFName.of('F'),
  Contents: PDFName.of('Contents'),
  Name: PDFName.of('Name'),
  Subj: PDFName.of('Subj'),
  AP: PDFName.of('AP'),
  N: PDFName.of('N'),
  Redact: PDFName.of('Redact'),
  Rect: PDFName.of('Rect'),
  QuadPoints: PDFName.of('QuadPoints'),
};

/**
 * The marks on the given pages a viewer draws (hidden annotations are not drawn, and not counted).
 *
 * @example
 * pageMarks(doc.context, tree.pages); // { redactions: { pages: [1], count: 1, each: [1] }, marks: [{ one: 'a "Not Approved" stamp', many: '"Not Approved" stamps', count: 1, pages: [2], each: [2] }] }
 */
export function pageMarks(context: PDFContext, pages: readonly SourcePage[]): PageMarks {
  const redacted: number[] = [];
  const boxes: Box[][] = [];
  const byKind = new Map<string, PageMark>();
  pages.forEach((page, i) => {
    for (const annot of pageAnnotations(context, page.dict)) {
      const subtype = annot.get(N.Subtype);
      if (!(subtype instanceof PDFName) || hidden(context, annot)) continue;
      const name = subtype.decodeText();
      if (subtype === N.Redact) {
        redacted.push(i + 1);
        boxes.push(redactedBoxes(context, annot));
        continue;
      }
      const word = MARK_WORDS[name];
      if (word === undefined || (NOTED.has(name) && hasNote(context, annot))) continue;
      const [one, many] = name === 'Stamp' ? stampWords(context, annot) : word;
      const mark = byKind.get(one) ?? { one, many, count: 0, pages: [], each: [] };
      mark.count++;
      mark.each.push(i + 1);
      if (mark.pages[mark.pages.length - 1] !== i + 1) mark.pages.push(i + 1);
      byKind.set(one, mark);
    }
  });
  return { redactions: { pages: [...new Set(redacted)], count: redacted.length, each: redacted, boxes }, marks: [...byKind.values()] };
}

type Box = [number, number, number, number];

/** The boxes a redaction covers: one per quadrilateral of its `/QuadPoints` (the words marked), else its `/Rect`. */
function redactedBoxes(context: PDFContext, annot: PDFDict): Box[] {
  const numbers = (key: PDFName): number[] => {
    const v = context.lookup(annot.get(key));
    if (!(v instanceof PDFArray)) return [];
    const all = v.asArray().map((n) => context.lookup(n));
    return all.every((n) => n instanceof PDFNumber) ? all.map((n) => (n as PDFNumber).asNumber()) : [];
  };
  const quads = numbers(N.QuadPoints);
  const corners = quads.length >= 8 && quads.length % 8 === 0 ? Array.from({ length: quads.length / 8 }, (_, q) => quads.slice(q * 8, q * 8 + 8)) : [numbers(N.Rect)].filter((r) => r.length === 4);
  return corners.map((c) => {
    const xs = c.filter((_, k) => k % 2 === 0);
    const ys = c.filter((_, k) => k % 2 === 1);
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  });
}

function hidden(context: PDFContext, annot: PDFDict): boolean {
  const f = context.lookup(annot.get(N.F));
  return f instanceof PDFNumber && (f.asNumber() & (HIDDEN | NO_VIEW)) !== 0;
}

function hasNote(context: PDFContext, annot: PDFDict): boolean {
  const v: PDFObject | undefined = context.lookup(annot.get(N.Contents));
  return (v instanceof PDFString || v instanceof PDFHexString) && v.decodeText().trim() !== '';
}

/** A stamp's own words longer than this are a note, not its name: the stamp is then "a stamp". */
const MAX_STAMP_WORDS = 40;
/** Appearance content read for the words a stamp draws: a stamp's is small; a larger one is a drawing. */
const MAX_APPEARANCE_BYTES = 16_384;

/**
 * The words for a stamp: `a "Not Approved" stamp` for Acrobat's standard names (`/NotApproved`, `/SBNotApproved`);
 * for a custom one, its note (`/Contents`) or subject (`/Subj`), else the words its appearance draws; `a stamp` when none.
 */
function stampWords(context: PDFContext, annot: PDFDict): [string, string] {
  const words = standardStamp(annot.get(N.Name)) ?? shortText(context, annot.get(N.Contents)) ?? shortText(context, annot.get(N.Subj)) ?? drawnWords(context, annot);
  return words === undefined ? MARK_WORDS.Stamp! : [`a "${words}" stamp`, `"${words}" stamps`];
}

function standardStamp(name: PDFObject | undefined): string | undefined {
  if (!(name instanceof PDFName)) return undefined;
  // Acrobat's "Standard Business" (SB) and "Sign Here" (SH) sets prefix their names; custom stamps have a code (#D...).
  const bare = name.decodeText().replace(/^S[BH](?=[A-Z][a-z])/u, '');
  if (!/^[A-Z][a-z]+(?:[A-Z][a-z]+){0,3}$/u.test(bare)) return undefined;
  return bare.replace(/(?<=[a-z])(?=[A-Z])/gu, ' ');
}

/** A string short enough to name a stamp by, on one line; Acrobat's default subject "Stamp" names nothing. */
function shortText(context: PDFContext, value: PDFObject | undefined): string | undefined {
  const v = context.lookup(value);
  if (!(v instanceof PDFString || v instanceof PDFHexString)) return undefined;
  return wordsOf(v.decodeText());
}

function wordsOf(text: string): string | undefined {
  const words = text.replace(/\s+/gu, ' ').trim();
  return words !== '' && words.length <= MAX_STAMP_WORDS && /\p{L}/u.test(words) && words.toLowerCase() !== 'stamp' ? words : undefined;
}

/** The words a stamp's appearance shows, where it draws them with literal strings of a simple font (`(DRAFT) Tj`). */
function drawnWords(context: PDFContext, annot: PDFDict): string | undefined {
  const ap = context.lookup(annot.get(N.AP));
  const normal = ap instanceof PDFDict ? context.lookup(ap.get(N.N)) : undefined;
  if (!(normal instanceof PDFRawStream) || normal.contents.length > MAX_APPEARANCE_BYTES) return undefined;
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    decodeInto(normal.contents, streamFilters(context, normal.dict), {
      push(chunk) {
        chunks.push(chunk);
        length += chunk.length;
        if (length > MAX_APPEARANCE_BYTES) throw new RangeError('not a stamp of words');
      },
    });
  } catch {
    return undefined;
  }
  const content = Buffer.concat(chunks).toString('latin1');
  // Each text-showing operator's strings; an escaped character is kept as itself.
  const shown = [...content.matchAll(/(\[(?:[^\]]*)\]\s*TJ|\((?:\\.|[^\\)])*\)\s*(?:Tj|'|"))/gsu)].map((m) =>
    [...m[0].matchAll(/\(((?:\\.|[^\\)])*)\)/gsu)].map((s) => s[1]!.replace(/\\(.)/gsu, '$1')).join(''),
  );
  return wordsOf(shown.join(' '));
}
