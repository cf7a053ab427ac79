/**
 * Reading an input PDF defensively: its pages (walking the page tree ourselves, so loops and missing /Type
 * entries do not crash), its named destinations, its outline and its page labels.
 */
import {
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFString,
  ParseSpeeds,
  type PDFArray,
  type PDFContext,
  type PDFObject,
} from '@cantoo/pdf-lib';
import { DEFAULT_LIMITS } from '../inspect/inspect.js';
import { walkPageTree, type SourcePage } from '../inspect/page-tree.js';
import { LOCAL_LINK, namedDestinations, resolveDest, textOf, treeEntries, UNREADABLE_LINK, UNSAFE_ACTIONS, unsafeAction } from '../inspect/actions.js';

export { LOCAL_LINK, namedDestinations, resolveDest, textOf, UNREADABLE_LINK, UNSAFE_ACTIONS, unsafeAction };

/** The same bounds the inspector checks a file against before it is built. */
const PAGE_TREE_LIMITS = { maxNodes: DEFAULT_LIMITS.maxPageTreeNodes, maxDepth: DEFAULT_LIMITS.maxPageTreeDepth };

export type { SourcePage } from '../inspect/page-tree.js';

/**
 * Load an input PDF as the assembler needs it: no metadata rewrite, owner-password-only files decrypted,
 * no artificial pauses. Throws when the bytes cannot be parsed (the caller turns that into a diagnostic).
 *
 * @example
 * const doc = await loadPdf(bytes);
 */
export async function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false, password: '', parseSpeed: ParseSpeeds.Fastest });
}

/**
 * The document's pages in order, by the inspector's page-tree walk (without repairs: the tree is only read);
 * `problems` counts kids that are not pages or nodes, and a loop or a bound that stopped the walk.
 *
 * @example
 * const { pages } = sourcePages(doc.context, doc.catalog);
 */
export function sourcePages(context: PDFContext, catalog: PDFDict): { pages: SourcePage[]; problems: number } {
  const tree = walkPageTree(context, catalog, PAGE_TREE_LIMITS, { repair: false });
  return { pages: tree.pages, problems: tree.badKids + (tree.status === 'ok' ? 0 : 1) };
}


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

/** One range of an input's page labels. */
export interface SourceLabelRange {
  start: number;
  style?: string;
  prefix?: string;
  first?: number;
}

/** The input's /PageLabels number tree as ranges, sorted by start page (empty when absent or broken). */
export function readPageLabels(context: PDFContext, catalog: PDFDict): SourceLabelRange[] {
  const out: SourceLabelRange[] = [];
  try {
    for (const [k, v] of treeEntries(context, catalog.get(PDFName.of('PageLabels')), 'Nums')) {
      const start = context.lookup(k);
      const label = context.lookup(v);
      if (!(start instanceof PDFNumber) || !(label instanceof PDFDict)) continue;
      const s = label.lookup(PDFName.of('S'));
      const p = label.lookup(PDFName.of('P'));
      const st = label.lookup(PDFName.of('St'));
      out.push({
        start: start.asNumber(),
        ...(s instanceof PDFName ? { style: s.decodeText() } : {}),
        ...(p !== undefined ? { prefix: textOf(p) } : {}),
        ...(st instanceof PDFNumber ? { first: st.asNumber() } : {}),
      });
    }
  } catch {
    return [];
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Number of entries in a name tree (loop-safe). */
function countNameTree(context: PDFContext, root: PDFObject | undefined): number {
  let n = 0;
  for (const _ of treeEntries(context, root, 'Names')) n++;
  return n;
}

/**
 * What the input has at document level that never reaches the output (the catalog is not copied): attached
 * files, document scripts, an opening action that is not a plain jump, automatic actions.
 */
export function documentLevelExtras(context: PDFContext, catalog: PDFDict): { attachments: number; actions: string[] } {
  const actions: string[] = [];
  let attachments = 0;
  try {
    const names = catalog.lookup(PDFName.of('Names'));
    if (names instanceof PDFDict) {
      attachments += countNameTree(context, names.get(PDFName.of('EmbeddedFiles')));
      const scripts = countNameTree(context, names.get(PDFName.of('JavaScript')));
      for (let i = 0; i < scripts; i++) actions.push('JavaScript');
    }
    const open = unsafeAction(context, catalog.get(PDFName.of('OpenAction')));
    if (open) actions.push(open);
    if (catalog.has(PDFName.of('AA'))) actions.push('automatic');
  } catch {
    // Unreadable document-level entries are simply not carried over.
  }
  return { attachments, actions };
}
