/**
 * Marks drawn on a PDF's pages by annotation tools (stamps, watermarks, drawings, text markup without a note) and
 * redactions marked but never applied: the packet carries both, drawn on its pages.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFString } from '@cantoo/pdf-lib';
import type { PDFContext, PDFObject } from '@cantoo/pdf-lib';
import { pageAnnotations } from './actions.js';
import { appearanceCovers, contrastOnBlack, coverScan, DARK, decodedText, HIDING_CONTRAST, lightness, opacityOf } from './page-text.js';
import type { SourcePage } from './page-tree.js';
import type { PageMark, PageMarks } from './marked-pages.js';
import { textString } from '../text-string.js';

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
/** A watermark drawn into the page's own content (as Word and LibreOffice export one), not an annotation. */
export const IN_PAGE_WATERMARK: [string, string] = ['a watermark drawn into the page', 'watermarks drawn into the pages'];
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
  Square: PDFName.of('Square'),
  Polygon: PDFName.of('Polygon'),
  Highlight: PDFName.of('Highlight'),
  Ink: PDFName.of('Ink'),
  InkList: PDFName.of('InkList'),
  Vertices: PDFName.of('Vertices'),
  C: PDFName.of('C'),
  BS: PDFName.of('BS'),
  W: PDFName.of('W'),
  Border: PDFName.of('Border'),
  IC: PDFName.of('IC'),
  CA: PDFName.of('CA'),
  Widget: PDFName.of('Widget'),
  FT: PDFName.of('FT'),
  Parent: PDFName.of('Parent'),
  FreeText: PDFName.of('FreeText'),
  Link: PDFName.of('Link'),
  MK: PDFName.of('MK'),
  BG: PDFName.of('BG'),
  L: PDFName.of('L'),
  Line: PDFName.of('Line'),
};

/** Annotations that are neither marks nor drawn over the page by themselves: links, text boxes (`file.typed-text`), redactions. */
const NOT_MARKS = new Set(['Link', 'FreeText', 'Redact']);
/** Words a review mark or a watermark draws: an annotation of any kind whose appearance shows them is a mark. */
const REVIEW_WORDS = /\b(?:draft|not approved|for comment|preliminary|confidential|sample|specimen|void|not for (?:distribution|public release)|do not (?:copy|distribute)|entwurf|muster|luonnos|brouillon|borrador|bozza|utkast|concept)\b/iu;

/**
 * The marks on the given pages a viewer draws (hidden annotations are not drawn, and not counted).
 *
 * @example
 * pageMarks(doc.context, tree.pages); // { redactions: { pages: [1], count: 1, each: [1] }, marks: [{ one: 'a "Not Approved" stamp', many: '"Not Approved" stamps', count: 1, pages: [2], each: [2] }] }
 */
export function pageMarks(context: PDFContext, pages: readonly SourcePage[]): PageMarks {
  const redacted: number[] = [];
  const boxes: Box[][] = [];
  const covered: number[] = [];
  const coverBoxes: Box[][] = [];
  const byKind = new Map<string, PageMark>();
  const add = (page: number, [one, many]: [string, string], issued?: boolean) => {
    const mark = byKind.get(one) ?? { one, many, count: 0, pages: [], each: [], ...(issued ? { issued } : {}) };
    mark.count++;
    mark.each.push(page);
    if (mark.pages[mark.pages.length - 1] !== page) mark.pages.push(page);
    byKind.set(one, mark);
  };
  pages.forEach((page, i) => {
    const squares: { boxes: Box[]; otherwise: () => void }[] = [];
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
      // What it is when it hides no text: a mark, a comment, or nothing to say.
      const otherwise = (): void => {
        if (word === undefined) {
          // Any other annotation (a widget outside a form, a note, a popup, one of an unknown kind) is judged by the words it draws.
          const form = subtype === N.Widget && (annot.has(N.FT) || annot.has(N.Parent));
          const words = NOT_MARKS.has(name) || form ? undefined : drawnWords(context, annot);
          if (words !== undefined && REVIEW_WORDS.test(words)) add(i + 1, [`a "${words}" mark`, `"${words}" marks`]);
          return;
        }
        if (NOTED.has(name) && hasNote(context, annot)) return;
        if (name !== 'Stamp') add(i + 1, word);
        else {
          const named = stampWords(context, annot);
          // A stamp of the issuer's own (a registrar's seal, "Certified true copy"): not one of the review stamps.
          add(i + 1, named.words, named.custom && !(named.said !== undefined && REVIEW_WORDS.test(named.said)));
        }
      };
      // Judged over the page's text below: a cover when over text, else what it would be without.
      const hiding = hidingBoxes(context, annot, subtype, i < MAX_COVER_PAGES);
      if (hiding.length > 0) squares.push({ boxes: hiding, otherwise });
      else otherwise();
    }
    // Boxes over text and watermarks in the content are looked for on a file's first pages only: reading every page's
    // content cost a 873-page packet a third more build time; what is hidden that way sits on short documents (IDs, transcripts).
    const extra = squares.flatMap((s) => s.boxes);
    const scan = i < MAX_COVER_PAGES ? coverScan(context, page.dict, page.inherited.get(PDFName.of('Resources')), extra) : { covers: [], watermark: false, extra: extra.map(() => false) };
    if (scan.watermark) add(i + 1, IN_PAGE_WATERMARK);
    for (const box of scan.covers) {
      covered.push(i + 1);
      coverBoxes.push([[...box]]);
    }
    // A filled rectangle comment, a marker stroke or a dark highlight over text hides it as a drawn box does; one over nothing is a mark.
    let at = 0;
    for (const s of squares) {
      const over = s.boxes.filter((_, k) => scan.extra[at + k]);
      at += s.boxes.length;
      if (over.length === 0) {
        s.otherwise();
        continue;
      }
      covered.push(i + 1);
      coverBoxes.push(over);
    }
  });
  return {
    redactions: { pages: [...new Set(redacted)], count: redacted.length, each: redacted, boxes },
    marks: [...byKind.values()],
    ...(covered.length > 0 ? { covers: { pages: [...new Set(covered)], count: covered.length, each: covered, boxes: coverBoxes } } : {}),
  };
}

/** A rectangle comment filled with an opaque colour (`/IC`): it hides what is under it. */
function filled(context: PDFContext, annot: PDFDict): boolean {
  const ic = context.lookup(annot.get(N.IC));
  return ic instanceof PDFArray && ic.size() > 0 && opacityOf(context, annot) >= 1;
}

type Box = [number, number, number, number];

/** A stroke this wide (points) is a marker's, as a thick line drawn in the page is: a thinner one underlines or strikes through. */
const MARKER_WIDTH = 4;
/** Below this opacity (`/CA`) what is under a comment still shows through. */
const SEE_THROUGH = 0.5;

/**
 * The boxes an annotation paints opaquely, to be judged over the page's text: a filled rectangle or polygon, a highlight
 * in a near-black colour (viewers draw highlights under Multiply: on red or blue black text still reads), a marker's
 * wide dark ink stroke, line or rectangle border; for any kind, what its appearance fills dark (a text box, a stamp, a field's background), and
 * without one, a text box or a field's background in a dark colour; none for anything else.
 */
function hidingBoxes(context: PDFContext, annot: PDFDict, subtype: PDFName, drawn: boolean): Box[] {
  const own = subtypeBoxes(context, annot, subtype);
  // `drawn`: on a page whose boxes over text are looked for, where an appearance is worth reading.
  if (own.length > 0 || subtype === N.Link || !drawn) return own;
  if (annot.has(N.AP)) return appearanceCovers(context, annot).map((b): Box => [...b]);
  const opaque = opacityOf(context, annot) >= 1;
  const mk = subtype === N.Widget ? context.lookup(annot.get(N.MK)) : undefined;
  const background = subtype === N.FreeText ? annot.get(N.C) : mk instanceof PDFDict ? mk.get(N.BG) : undefined;
  return opaque && dark(context, background) ? redactedBoxes(context, annot).filter((_, k) => k === 0) : [];
}

/** The boxes a comment paints opaquely by its kind and colours alone (see `hidingBoxes`). */
function subtypeBoxes(context: PDFContext, annot: PDFDict, subtype: PDFName): Box[] {
  if (subtype === N.Square && filled(context, annot)) return redactedBoxes(context, annot).slice(0, 1);
  if (subtype === N.Polygon) return filled(context, annot) ? pointBoxes(context, annot.get(N.Vertices), 0) : [];
  const opaque = opacityOf(context, annot) >= SEE_THROUGH;
  if (!opaque || !dark(context, annot.get(N.C))) return [];
  if (subtype === N.Highlight) {
    const c = colour(context, annot.get(N.C));
    return c && contrastOnBlack(c) < HIDING_CONTRAST ? redactedBoxes(context, annot) : [];
  }
  const width = strokeWidth(context, annot);
  if (width < MARKER_WIDTH) return [];
  // A marker-wide line comment, or a rectangle's border drawn inside its /Rect: each of its four sides is a band that width.
  if (subtype === N.Line) return pointBoxes(context, annot.get(N.L), width / 2);
  if (subtype === N.Square) {
    // One no higher or wider than two borders is all border: one box, so the text under it is quoted once.
    return redactedBoxes(context, annot).slice(0, 1).flatMap(([x1, y1, x2, y2]): Box[] =>
      2 * width >= Math.min(y2 - y1, x2 - x1) ? [[x1, y1, x2, y2]] : [[x1, y1, x2, y1 + width], [x1, y2 - width, x2, y2], [x1, y1, x1 + width, y2], [x2 - width, y1, x2, y2]],
    );
  }
  if (subtype !== N.Ink) return [];
  const paths = context.lookup(annot.get(N.InkList));
  return paths instanceof PDFArray ? paths.asArray().flatMap((path) => pointBoxes(context, path, width / 2)) : [];
}

/** The box around a list of points (`x1 y1 x2 y2 ...`), widened by `pad` on each side; none when it is not one. */
function pointBoxes(context: PDFContext, value: PDFObject | undefined, pad: number): Box[] {
  const v = context.lookup(value);
  if (!(v instanceof PDFArray)) return [];
  const all = v.asArray().map((n) => context.lookup(n));
  if (all.length < 2 || !all.every((n) => n instanceof PDFNumber)) return [];
  const n = all.map((x) => (x as PDFNumber).asNumber());
  const xs = n.filter((_, k) => k % 2 === 0);
  const ys = n.filter((_, k) => k % 2 === 1);
  return [[Math.min(...xs) - pad, Math.min(...ys) - pad, Math.max(...xs) + pad, Math.max(...ys) + pad]];
}

/** A colour array (`/C`: gray, RGB or CMYK) as dark as a drawn box that hides text. */
function dark(context: PDFContext, value: PDFObject | undefined): boolean {
  const c = colour(context, value);
  return c !== undefined && lightness(c) <= DARK;
}

/** The components of a colour array (`/C`: gray, RGB or CMYK); undefined when it is not one. */
function colour(context: PDFContext, value: PDFObject | undefined): number[] | undefined {
  const v = context.lookup(value);
  if (!(v instanceof PDFArray) || ![1, 3, 4].includes(v.size())) return undefined;
  const all = v.asArray().map((n) => context.lookup(n));
  return all.every((n) => n instanceof PDFNumber) ? all.map((n) => (n as PDFNumber).asNumber()) : undefined;
}

/** A comment's line width: its border style's `/W`, else the third number of `/Border`, else 1. */
function strokeWidth(context: PDFContext, annot: PDFDict): number {
  const bs = context.lookup(annot.get(N.BS));
  const w = bs instanceof PDFDict ? context.lookup(bs.get(N.W)) : undefined;
  if (w instanceof PDFNumber) return w.asNumber();
  const border = context.lookup(annot.get(N.Border));
  const third = border instanceof PDFArray && border.size() >= 3 ? context.lookup(border.get(2)) : undefined;
  return third instanceof PDFNumber ? third.asNumber() : 1;
}

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
  return (v instanceof PDFString || v instanceof PDFHexString) && textString(v).trim() !== '';
}

/** A stamp's own words longer than this are a note, not its name: the stamp is then "a stamp". */
const MAX_STAMP_WORDS = 40;
/** Pages of a file whose content is read for boxes drawn over text and watermarks (`coverScan`). */
export const MAX_COVER_PAGES = 20;
/** Appearance content read for the words a stamp draws: a stamp's is small; a larger one is a drawing. */
const MAX_APPEARANCE_BYTES = 16_384;

/**
 * The words for a stamp: `a "Not Approved" stamp` for Acrobat's standard names (`/NotApproved`, `/SBNotApproved`);
 * for a custom one, its note (`/Contents`) or subject (`/Subj`), else the words its appearance draws; `a stamp` when none.
 */
function stampWords(context: PDFContext, annot: PDFDict): { words: [string, string]; custom: boolean; said?: string } {
  const standard = standardStamp(annot.get(N.Name));
  const words = standard ?? shortText(context, annot.get(N.Contents)) ?? shortText(context, annot.get(N.Subj)) ?? drawnWords(context, annot);
  // What a custom stamp says of itself, in all its words, for telling a review stamp from the issuer's seal.
  const said = [words, drawnWords(context, annot)].filter((w) => w !== undefined).join(' ');
  return {
    words: words === undefined ? MARK_WORDS.Stamp! : [`${/^[AEIOU]/u.test(words) ? 'an' : 'a'} "${words}" stamp`, `"${words}" stamps`],
    custom: standard === undefined || !ACROBAT_STAMPS.has(standard.replace(/ /gu, '')),
    ...(said !== '' ? { said } : {}),
  };
}

/** Acrobat's own stamps (Dynamic, Standard Business, Sign Here): review stamps, none of them an issuer's seal. */
const ACROBAT_STAMPS = new Set(['Approved', 'Experimental', 'NotApproved', 'AsIs', 'Expired', 'NotForPublicRelease', 'Confidential', 'Final', 'Sold', 'Departmental', 'ForComment', 'TopSecret', 'Draft', 'ForPublicRelease', 'Completed', 'Void', 'PreliminaryResults', 'InformationOnly', 'Witness', 'InitialHere', 'SignHere', 'Accepted', 'Rejected', 'Received', 'Reviewed', 'Revised']);

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
  return wordsOf(textString(v));
}

function wordsOf(text: string): string | undefined {
  const words = text.replace(/\s+/gu, ' ').trim();
  return words !== '' && words.length <= MAX_STAMP_WORDS && /\p{L}/u.test(words) && words.toLowerCase() !== 'stamp' ? words : undefined;
}

/** The words a stamp's appearance shows, where it draws them with literal strings of a simple font (`(DRAFT) Tj`). */
function drawnWords(context: PDFContext, annot: PDFDict): string | undefined {
  const ap = context.lookup(annot.get(N.AP));
  const normal = ap instanceof PDFDict ? context.lookup(ap.get(N.N)) : undefined;
  const content = normal instanceof PDFRawStream ? decodedText(context, normal, MAX_APPEARANCE_BYTES) : undefined;
  if (content === undefined) return undefined;
  // Each text-showing operator's strings; an escaped character is kept as itself.
  const shown = [...content.matchAll(/(\[(?:[^\]]*)\]\s*TJ|\((?:\\.|[^\\)])*\)\s*(?:Tj|'|"))/gsu)].map((m) =>
    [...m[0].matchAll(/\(((?:\\.|[^\\)])*)\)/gsu)].map((s) => s[1]!.replace(/\\(.)/gsu, '$1')).join(''),
  );
  return wordsOf(shown.join(' '));
}
