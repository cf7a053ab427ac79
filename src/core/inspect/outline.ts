/**
 * An input's outline (bookmarks) read defensively, for the build and for the inspector (which says, before the
 * build, what bookmarks a `pages:` selection cuts off).
 */
import { PDFDict, PDFHexString, PDFName, PDFNumber, PDFString, type PDFArray, type PDFContext, type PDFObject } from '@cantoo/pdf-lib';
import { resolveDest, textOf, unsafeAction } from './actions.js';

/** One item of an input's outline, with its target resolved in the input. */
export interface SourceOutline {
  title: string;
  dest?: PDFArray;
  /** A web address the item opens. */
  uri?: string;
  /** The unsafe action the item had, which is not carried over. */
  removed?: string;
  open: boolean;
  children: SourceOutline[];
}

const MAX_OUTLINE_DEPTH = 40;
const MAX_OUTLINE_ITEMS = 20_000;

/**
 * The input's outline as a tree. Loops (an item reached twice), absurd depth and malformed items are cut off;
 * `problems` counts them. Long because the walk and its bounds (loops, depth, count) share one state.
 */
export function readOutline(context: PDFContext, catalog: PDFDict, named: Map<string, PDFObject>): { items: SourceOutline[]; problems: number } {
  let problems = 0;
  const visited = new Set<PDFObject>();
  let root: PDFObject | undefined;
  try {
    root = catalog.lookup(PDFName.of('Outlines'));
  } catch {
    return { items: [], problems: 1 };
  }
  if (!(root instanceof PDFDict)) return { items: [], problems: 0 };

  const readLevel = (parent: PDFDict, depth: number): SourceOutline[] => {
    const items: SourceOutline[] = [];
    if (depth > MAX_OUTLINE_DEPTH) {
      problems++;
      return items;
    }
    let cur: PDFObject | undefined;
    try {
      cur = parent.lookup(PDFName.of('First'));
    } catch {
      problems++;
      return items;
    }
    while (cur instanceof PDFDict) {
      if (visited.has(cur) || visited.size >= MAX_OUTLINE_ITEMS) {
        problems++;
        break;
      }
      visited.add(cur);
      try {
        const item = readItem(cur, depth);
        if (item) items.push(...item);
      } catch {
        problems++;
      }
      try {
        cur = cur.lookup(PDFName.of('Next'));
      } catch {
        problems++;
        break;
      }
    }
    return items;
  };

  const readItem = (dict: PDFDict, depth: number): SourceOutline[] => {
    const title = textOf(dict.lookup(PDFName.of('Title'))).replace(/[\r\n\t]+/g, ' ').trim();
    const count = dict.lookup(PDFName.of('Count'));
    const open = count instanceof PDFNumber && count.asNumber() > 0;
    const children = readLevel(dict, depth + 1);
    const item: SourceOutline = { title, open, children };
    const action = dict.get(PDFName.of('A'));
    const bad = action !== undefined ? unsafeAction(context, action) : undefined;
    if (bad) {
      // The item goes; its children move up a level.
      return [{ title, removed: bad, open, children: [] }, ...children];
    }
    const destValue = dict.get(PDFName.of('Dest'));
    if (destValue !== undefined) {
      const d = resolveDest(context, destValue, named);
      if (d) item.dest = d;
    } else if (action !== undefined) {
      const a = context.lookup(action);
      if (a instanceof PDFDict) {
        const s = a.get(PDFName.of('S'));
        if (s === PDFName.of('GoTo')) {
          const d = resolveDest(context, a.get(PDFName.of('D')), named);
          if (d) item.dest = d;
        } else if (s === PDFName.of('URI')) {
          const uri = a.lookup(PDFName.of('URI'));
          if (uri instanceof PDFString || uri instanceof PDFHexString) item.uri = uri.decodeText();
        }
      }
    }
    return [item];
  };

  const items = readLevel(root, 0);
  return { items, problems };
}
