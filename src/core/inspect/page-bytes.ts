/**
 * How many bytes of a PDF each page uses: the objects reachable from the page (its content, images, fonts,
 * annotations), those reached by one page alone counted for it, those reached by several counted as shared, and
 * grouped by the pages that reach them. A `pages:` selection then carries its pages' own bytes and the shared ones
 * its pages use (validate/selection.ts): one page of a book does not carry the fonts only its other chapters use.
 */
import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, PDFStream, type PDFContext, type PDFObject } from '@cantoo/pdf-lib';
import { entriesOf, isScalar, itemsOf } from '../pdf-entries.js';
import type { SourcePage } from './page-tree.js';

const TYPE = PDFName.of('Type');
const PARENT = PDFName.of('Parent');
/** Keys that lead away from the page to its neighbours, not to what it draws. */
const AWAY = new Set([PARENT, PDFName.of('P'), PDFName.of('B'), PDFName.of('Dest'), PDFName.of('D'), PDFName.of('Next'), PDFName.of('Prev')]);
const PAGE_TYPES = new Set([PDFName.of('Page'), PDFName.of('Pages')]);
/** What an indirect object costs besides its contents: its number, `obj`, `endobj`, its index entry. */
const OBJECT_OVERHEAD = 40;
const SHARED = -1;

/** Bytes shared by several pages, `pages` (0-based, ascending) those that use them. */
export interface SharedGroup {
  pages: number[];
  bytes: number;
}

/**
 * The bytes of objects used by each page alone (`own[i]` for page i + 1) and by several pages (`shared`), or
 * undefined when more than `maxVisits` objects would have to be visited. `groups` splits `shared` by the pages
 * that use it, when that takes no more than `maxVisits` visits more (each page walks what it shares); bytes
 * `shared` holds beyond the groups are used by no page that could be told.
 *
 * @example
 * const sizes = pageBytes(doc.context, walkPageTree(doc.context, doc.catalog, limits).pages, 2_000_000);
 */
export function pageBytes(context: PDFContext, pages: readonly SourcePage[], maxVisits: number): { own: number[]; shared: number; groups?: SharedGroup[] } | undefined {
  const owner = new Map<PDFRef, number>();
  const size = new Map<PDFRef, number>();
  let visits = 0;
  const stack: PDFObject[] = [];

  /** Every object reachable from `obj` becomes shared (it was reached from two pages). */
  const share = (from: PDFRef): void => {
    const todo: PDFObject[] = [from];
    while (todo.length > 0) {
      const obj = todo.pop() as PDFObject;
      if (obj instanceof PDFRef) {
        if (owner.get(obj) === SHARED || !owner.has(obj)) continue;
        owner.set(obj, SHARED);
        const target = context.lookup(obj);
        if (target !== undefined) todo.push(target);
        continue;
      }
      children(obj, todo);
    }
  };

  for (const [i, page] of pages.entries()) {
    startWalk(stack, page);
    while (stack.length > 0) {
      if (++visits > maxVisits) return undefined;
      const obj = stack.pop() as PDFObject;
      if (obj instanceof PDFRef) {
        const seen = owner.get(obj);
        if (seen === i || seen === SHARED) continue;
        if (seen !== undefined) {
          share(obj);
          continue;
        }
        const target = context.lookup(obj);
        if (otherPage(obj, page, target)) continue;
        owner.set(obj, i);
        size.set(obj, sizeOf(target));
        if (target !== undefined) stack.push(target);
        continue;
      }
      children(obj, stack);
    }
  }
  const own = pages.map(() => 0);
  let shared = 0;
  for (const [ref, who] of owner) {
    const bytes = size.get(ref) ?? 0;
    if (who === SHARED) shared += bytes;
    else own[who] = (own[who] ?? 0) + bytes;
  }
  const groups = shared > 0 ? sharedGroups(context, pages, owner, size, maxVisits) : [];
  return { own, shared, ...(groups ? { groups } : {}) };
}

/**
 * The shared objects grouped by the pages that use them: each page walks again what it reaches (the objects of
 * another page left out, as above), undefined past `maxVisits` visits.
 */
function sharedGroups(context: PDFContext, pages: readonly SourcePage[], owner: ReadonlyMap<PDFRef, number>, size: ReadonlyMap<PDFRef, number>, maxVisits: number): SharedGroup[] | undefined {
  const users = new Map<PDFRef, number[]>();
  const walked = new Map<PDFRef, number>();
  const stack: PDFObject[] = [];
  let visits = 0;
  for (const [i, page] of pages.entries()) {
    startWalk(stack, page);
    while (stack.length > 0) {
      if (++visits > maxVisits) return undefined;
      const obj = stack.pop() as PDFObject;
      if (obj instanceof PDFRef) {
        const who = owner.get(obj);
        if (who === undefined || walked.get(obj) === i) continue;
        walked.set(obj, i);
        const target = context.lookup(obj);
        if (otherPage(obj, page, target)) continue;
        if (who === SHARED) {
          const list = users.get(obj);
          if (list) list.push(i);
          else users.set(obj, [i]);
        }
        if (target !== undefined) stack.push(target);
        continue;
      }
      children(obj, stack);
    }
  }
  const groups = new Map<string, SharedGroup>();
  for (const [ref, list] of users) {
    const key = list.join(',');
    const group = groups.get(key);
    if (group) group.bytes += size.get(ref) ?? 0;
    else groups.set(key, { pages: list, bytes: size.get(ref) ?? 0 });
  }
  return [...groups.values()];
}

/** A page's walk starts at the page and what it inherits from its parents (resources, boxes). */
function startWalk(stack: PDFObject[], page: SourcePage): void {
  stack.length = 0;
  stack.push(page.ref);
  for (const value of page.inherited.values()) stack.push(value);
}

/** Another page (reached through a link or a bad key) is not what this page draws. */
function otherPage(obj: PDFRef, page: SourcePage, target: PDFObject | undefined): boolean {
  return obj !== page.ref && target instanceof PDFDict && !(target instanceof PDFStream) && PAGE_TYPES.has(target.get(TYPE) as PDFName);
}

/** Push the values inside a direct object (not following keys that lead to other pages). */
function children(obj: PDFObject, out: PDFObject[]): void {
  if (isScalar(obj)) return;
  if (obj instanceof PDFDict || obj instanceof PDFStream) {
    const dict = obj instanceof PDFStream ? obj.dict : obj;
    entriesOf(dict).forEach((value, key) => {
      if (!AWAY.has(key) && !isScalar(value)) out.push(value);
    });
  } else if (obj instanceof PDFArray) {
    for (const v of itemsOf(obj)) if (v !== undefined && !isScalar(v)) out.push(v);
  }
}

/** About the bytes an object takes in the file: a stream's data and its dictionary, or the object written out. */
function sizeOf(obj: PDFObject | undefined): number {
  if (obj === undefined) return 0;
  if (obj instanceof PDFRawStream) return OBJECT_OVERHEAD + obj.contents.length + obj.dict.sizeInBytes();
  try {
    return OBJECT_OVERHEAD + obj.sizeInBytes();
  } catch {
    return OBJECT_OVERHEAD;
  }
}
