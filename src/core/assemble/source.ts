/**
 * Reading an input PDF defensively: its pages (walking the page tree ourselves, so loops and missing /Type
 * entries do not crash), its named destinations, its outline and its page labels.
 */
import {
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  ParseSpeeds,
  type PDFContext,
  type PDFObject,
} from '@cantoo/pdf-lib';
import { DEFAULT_LIMITS } from '../inspect/inspect.js';
import { walkPageTree, type SourcePage } from '../inspect/page-tree.js';
import { DECEPTIVE_LINK, LOCAL_LINK, namedDestinations, resolveDest, textOf, treeEntries, UNREADABLE_LINK, UNSAFE_ACTIONS, unsafeAction } from '../inspect/actions.js';

export { DECEPTIVE_LINK, LOCAL_LINK, namedDestinations, resolveDest, textOf, UNREADABLE_LINK, UNSAFE_ACTIONS, unsafeAction };
export { readOutline, type SourceOutline } from '../inspect/outline.js';

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
