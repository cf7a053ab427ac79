/**
 * Where an input's internal links and bookmarks lead, page by page, so that `validate` says what a `pages:`
 * selection cuts off (`file.links-dropped`) with the counts the build gives: read as the assembler's copier reads
 * links and as its outline mapping keeps or drops bookmarks.
 */
import { PDFDict, PDFName, PDFRef, type PDFContext, type PDFObject } from '@cantoo/pdf-lib';
import { namedDestinations, pageAnnotations, resolveDest, unsafeAction } from './actions.js';
import { readOutline, type SourceOutline } from './outline.js';
import type { SourcePage } from './page-tree.js';
import type { BookmarkTarget, PageDestinations } from './lost-destinations.js';

/**
 * The pages the document's internal links (page by page) and bookmarks lead to; undefined when none leads to a page.
 *
 * @example
 * pageDestinations(doc.context, doc.catalog, tree.pages); // { links: [[2], []], bookmarks: [{ page: 0, children: [] }] }
 */
export function pageDestinations(context: PDFContext, catalog: PDFDict, pages: readonly SourcePage[]): PageDestinations | undefined {
  const named = namedDestinations(context, catalog);
  const index = new Map<PDFRef, number>();
  pages.forEach((p, i) => {
    if (!index.has(p.ref)) index.set(p.ref, i);
  });
  const pageOf = (dest: PDFObject | undefined): number | undefined => {
    const page = resolveDest(context, dest, named)?.get(0);
    return page instanceof PDFRef ? index.get(page) : undefined;
  };
  const links = pages.map((page) => linkTargets(context, page, pageOf));
  const toTarget = (items: readonly SourceOutline[]): BookmarkTarget[] =>
    // An item with an unsafe action is not carried over (its children were moved up a level already).
    items.filter((item) => !item.removed).map((item) => {
      const page = item.dest ? pageOf(item.dest) : undefined;
      return { ...(page !== undefined ? { page } : {}), ...(!item.dest && item.uri !== undefined ? { web: true as const } : {}), children: toTarget(item.children) };
    });
  const bookmarks = toTarget(readOutline(context, catalog, named).items);
  const leads = (items: readonly BookmarkTarget[]): boolean => items.some((b) => b.page !== undefined || leads(b.children));
  if (!links.some((l) => l.length > 0) && !leads(bookmarks)) return undefined;
  const same = pages.map((p) => index.get(p.ref) ?? 0);
  return { links, bookmarks, ...(same.some((first, i) => first !== i) ? { same } : {}) };
}

/** The pages a page's links lead to, of the links the copier would carry (a safe GoTo, or a plain /Dest). */
function linkTargets(context: PDFContext, page: SourcePage, pageOf: (dest: PDFObject | undefined) => number | undefined): number[] {
  const out: number[] = [];
  for (const annot of pageAnnotations(context, page.dict)) {
    if (annot.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
    const action = annot.get(PDFName.of('A'));
    let target: number | undefined;
    if (action !== undefined) {
      if (unsafeAction(context, action) !== undefined) continue;
      const a = context.lookup(action);
      if (a instanceof PDFDict && a.get(PDFName.of('S')) === PDFName.of('GoTo')) target = pageOf(a.get(PDFName.of('D')));
    } else target = pageOf(annot.get(PDFName.of('Dest')));
    if (target !== undefined) out.push(target);
  }
  return out;
}
