/**
 * Reading an input PDF defensively: its pages (walking the page tree ourselves, so loops and missing /Type
 * entries do not crash), its named destinations, its outline and its page labels.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
  ParseSpeeds,
  type PDFContext,
  type PDFObject,
} from '@cantoo/pdf-lib';
import { DEFAULT_LIMITS } from '../inspect/inspect.js';
import { walkPageTree, type SourcePage } from '../inspect/page-tree.js';
import { offWebLink } from '../text/urls.js';

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

/** Decode a PDF text string or name to a JS string ('' when it is neither). */
export function textOf(obj: PDFObject | undefined): string {
  try {
    if (obj instanceof PDFString || obj instanceof PDFHexString) return obj.decodeText();
    if (obj instanceof PDFName) return obj.decodeText();
  } catch {
    return '';
  }
  return '';
}

const MAX_TREE_NODES = 200_000;

/**
 * The key/value pairs of a name tree (`Names`) or number tree (`Nums`) in document order, loop-safe and
 * bounded: a damaged tree yields what can be reached.
 */
function* treeEntries(context: PDFContext, root: PDFObject | undefined, leaf: 'Names' | 'Nums'): Generator<[PDFObject, PDFObject]> {
  const visited = new Set<PDFObject>();
  const stack: (PDFObject | undefined)[] = [root];
  while (stack.length > 0 && visited.size < MAX_TREE_NODES) {
    const node = context.lookup(stack.pop());
    if (!(node instanceof PDFDict) || visited.has(node)) continue;
    visited.add(node);
    const pairs = node.lookup(PDFName.of(leaf));
    if (pairs instanceof PDFArray) for (let i = 0; i + 1 < pairs.size(); i += 2) yield [pairs.get(i), pairs.get(i + 1)];
    const kids = node.lookup(PDFName.of('Kids'));
    // Pushed last to first, so the first kid is read first.
    if (kids instanceof PDFArray) for (let i = kids.size() - 1; i >= 0; i--) stack.push(kids.get(i));
  }
}

/**
 * All named destinations of a document: the catalog's /Dests dictionary and the /Names /Dests name tree.
 * Values are left as found (an array, or a dictionary with /D).
 */
export function namedDestinations(context: PDFContext, catalog: PDFDict): Map<string, PDFObject> {
  const out = new Map<string, PDFObject>();
  try {
    const dests = catalog.lookup(PDFName.of('Dests'));
    if (dests instanceof PDFDict) {
      for (const [key, value] of dests.entries()) out.set(key.decodeText(), value);
    }
  } catch {
    // A malformed /Dests is ignored: links into it become plain text.
  }
  try {
    const names = catalog.lookup(PDFName.of('Names'));
    for (const [k, value] of treeEntries(context, names instanceof PDFDict ? names.get(PDFName.of('Dests')) : undefined, 'Names')) {
      const key = textOf(context.lookup(k));
      if (key !== '' && !out.has(key)) out.set(key, value);
    }
  } catch {
    // Same as above.
  }
  return out;
}

/**
 * An explicit destination array for a /Dest value or a GoTo action's /D: explicit arrays are returned as they
 * are, names are looked up in `named`. Undefined when it cannot be resolved.
 */
export function resolveDest(context: PDFContext, value: PDFObject | undefined, named: Map<string, PDFObject>): PDFArray | undefined {
  let v: PDFObject | undefined = value;
  for (let hops = 0; hops < 4 && v !== undefined; hops++) {
    if (v instanceof PDFRef) v = context.lookup(v);
    if (v instanceof PDFArray) return v.size() > 0 ? v : undefined;
    if (v instanceof PDFDict) v = v.get(PDFName.of('D'));
    else if (v instanceof PDFString || v instanceof PDFHexString || v instanceof PDFName) v = named.get(textOf(v));
    else if (!(v instanceof PDFRef)) return undefined;
  }
  return undefined;
}

/** Action types that never reach the output (scripts, launching programs, sending or importing data, media). */
export const UNSAFE_ACTIONS = new Set([
  'JavaScript',
  'Launch',
  'ImportData',
  'SubmitForm',
  'ResetForm',
  'Rendition',
  'Sound',
  'Movie',
  'GoToE',
  'GoToR',
  'RichMediaExecute',
  'Hide',
  'Trans',
  'GoTo3DView',
]);

const UNSAFE_URI = /^\s*(javascript|vbscript|data):/i;

/** What `unsafeAction` calls a link to a file on a computer or network, another program or an intranet address. */
export const LOCAL_LINK = 'LocalLink';
/** What `unsafeAction` calls a link whose address is no address (garbled bytes): it leads nowhere. */
export const UNREADABLE_LINK = 'UnreadableLink';

/**
 * The unsafe action type found in an action (following its /Next chain), or undefined when it is safe. A link
 * that leads off the web (`offWebLink`: a file on a computer or network, another program, an intranet address)
 * is `LOCAL_LINK`, one of garbled bytes `UNREADABLE_LINK`; with `intranet: false` (for the packet's own links,
 * which validate judges) an http(s) link to a private address is let through.
 *
 * @example
 * unsafeAction(context, annot.get(PDFName.of('A'))) // 'JavaScript'
 */
export function unsafeAction(context: PDFContext, action: PDFObject | undefined, intranet = true): string | undefined {
  const seen = new Set<PDFObject>();
  const stack: (PDFObject | undefined)[] = [action];
  while (stack.length > 0) {
    const a = context.lookup(stack.pop());
    if (a === undefined || seen.has(a) || seen.size > 1000) continue;
    seen.add(a);
    if (a instanceof PDFArray) {
      for (let i = 0; i < a.size(); i++) stack.push(a.get(i));
      continue;
    }
    if (!(a instanceof PDFDict)) continue;
    const s = a.get(PDFName.of('S'));
    const type = s instanceof PDFName ? s.decodeText() : '';
    if (UNSAFE_ACTIONS.has(type)) return type;
    if (a.has(PDFName.of('JS'))) return 'JavaScript';
    // A web link can smuggle a script or a local file through its address.
    if (type === 'URI') {
      const raw = context.lookup(a.get(PDFName.of('URI')));
      const uri = textOf(raw);
      if (UNSAFE_URI.test(uri)) return 'JavaScript';
      const off = offWebLink(uri, raw instanceof PDFString || raw instanceof PDFHexString ? raw.asBytes() : undefined);
      if (off === 'unreadable') return UNREADABLE_LINK;
      if (off === 'file' || (off === 'intranet' && intranet)) return LOCAL_LINK;
    }
    // Only actions chain through /Next (outline items have /Next too, to their sibling).
    if (s !== undefined) stack.push(a.get(PDFName.of('Next')));
  }
  return undefined;
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
