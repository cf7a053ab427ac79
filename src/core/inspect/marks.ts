/**
 * Marks drawn on a PDF's pages by annotation tools (stamps, watermarks, drawings, text markup without a note) and
 * redactions marked but never applied: the packet carries both, drawn on its pages.
 */
import { PDFHexString, PDFName, PDFNumber, PDFString } from '@cantoo/pdf-lib';
import type { PDFContext, PDFDict, PDFObject } from '@cantoo/pdf-lib';
import { pageAnnotations } from './actions.js';
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
  Redact: PDFName.of('Redact'),
};

/**
 * The marks on the given pages a viewer draws (hidden annotations are not drawn, and not counted).
 *
 * @example
 * pageMarks(doc.context, tree.pages); // { redactions: { pages: [1], count: 1, each: [1] }, marks: [{ one: 'a "Not Approved" stamp', many: '"Not Approved" stamps', count: 1, pages: [2], each: [2] }] }
 */
export function pageMarks(context: PDFContext, pages: readonly SourcePage[]): PageMarks {
  const redacted: number[] = [];
  const byKind = new Map<string, PageMark>();
  pages.forEach((page, i) => {
    for (const annot of pageAnnotations(context, page.dict)) {
      const subtype = annot.get(N.Subtype);
      if (!(subtype instanceof PDFName) || hidden(context, annot)) continue;
      const name = subtype.decodeText();
      if (subtype === N.Redact) {
        redacted.push(i + 1);
        continue;
      }
      const word = MARK_WORDS[name];
      if (word === undefined || (NOTED.has(name) && hasNote(context, annot))) continue;
      const [one, many] = name === 'Stamp' ? stampWords(annot.get(N.Name)) : word;
      const mark = byKind.get(one) ?? { one, many, count: 0, pages: [], each: [] };
      mark.count++;
      mark.each.push(i + 1);
      if (mark.pages[mark.pages.length - 1] !== i + 1) mark.pages.push(i + 1);
      byKind.set(one, mark);
    }
  });
  return { redactions: { pages: [...new Set(redacted)], count: redacted.length, each: redacted }, marks: [...byKind.values()] };
}

function hidden(context: PDFContext, annot: PDFDict): boolean {
  const f = context.lookup(annot.get(N.F));
  return f instanceof PDFNumber && (f.asNumber() & (HIDDEN | NO_VIEW)) !== 0;
}

function hasNote(context: PDFContext, annot: PDFDict): boolean {
  const v: PDFObject | undefined = context.lookup(annot.get(N.Contents));
  return (v instanceof PDFString || v instanceof PDFHexString) && v.decodeText().trim() !== '';
}

/** The words for a stamp: `a "Not Approved" stamp` for Acrobat's standard names (`/NotApproved`, `/SBNotApproved`); `a stamp` for a custom one. */
function stampWords(name: PDFObject | undefined): [string, string] {
  if (!(name instanceof PDFName)) return MARK_WORDS.Stamp!;
  // Acrobat's "Standard Business" (SB) and "Sign Here" (SH) sets prefix their names; custom stamps have a code (#D...).
  const bare = name.decodeText().replace(/^S[BH](?=[A-Z][a-z])/u, '');
  if (!/^[A-Z][a-z]+(?:[A-Z][a-z]+){0,3}$/u.test(bare)) return MARK_WORDS.Stamp!;
  const words = bare.replace(/(?<=[a-z])(?=[A-Z])/gu, ' ');
  return [`a "${words}" stamp`, `"${words}" stamps`];
}
