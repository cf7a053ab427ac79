/**
 * The one walk of a PDF's page tree, for inspection and for assembly alike (so they agree on what is a page):
 * iterative (no recursion to overflow), with a visited set (loops), bounds (size, depth), and a check of every
 * kid. With `repair`, mislabelled nodes are retyped in place so pdf-lib can follow the tree; anything that could
 * lose a page is reported instead.
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFPageLeaf, PDFPageTree, PDFRef } from '@cantoo/pdf-lib';
import type { PDFContext, PDFObject } from '@cantoo/pdf-lib';

/** A page with the attributes it inherits from the page tree (its own values included). */
export interface SourcePage {
  ref: PDFRef;
  dict: PDFDict;
  inherited: Map<PDFName, PDFObject>;
}

const INHERITABLE = ['Resources', 'MediaBox', 'CropBox', 'Rotate'].map((k) => PDFName.of(k));

export interface PageTreeLimits {
  maxNodes: number;
  maxDepth: number;
}

export interface PageTreeReport {
  /** `loop`: a node is reached twice; `missing`: there is no page tree; `too-complex`: a bound was hit. */
  status: 'ok' | 'loop' | 'missing' | 'too-complex';
  /** Pages found, in order (each reachable leaf once per mention). */
  leaves: number;
  /** The root's `/Count`, when it is a number. */
  declared?: number;
  /** Kids that are neither a page nor a node (missing objects, wrong types): each may be a lost page. */
  badKids: number;
  /** Nodes whose `/Type` was missing or wrong and was set, or whose missing `/Kids` was set empty. */
  repaired: number;
  /** For `too-complex`: which bound. */
  detail?: string;
  /** The pages found, in document order (up to where the walk stopped). */
  pages: SourcePage[];
}

const TYPE = PDFName.of('Type');
const KIDS = PDFName.of('Kids');
const COUNT = PDFName.of('Count');
const PAGES = PDFName.of('Pages');
const PAGE = PDFName.of('Page');
const PAGE_KEYS = ['MediaBox', 'Contents', 'Resources', 'Parent'].map((k) => PDFName.of(k));

function deref(context: PDFContext, obj: PDFObject | undefined): PDFObject | undefined {
  return obj instanceof PDFRef ? context.lookup(obj) : obj;
}

/** Replace a dict by a pdf-lib page-tree node or leaf of the same entries, so pdf-lib's traversal sees it. */
function retype(context: PDFContext, ref: PDFRef, dict: PDFDict, as: 'Pages' | 'Page'): PDFDict {
  const map = new Map(dict.entries());
  map.set(TYPE, as === 'Pages' ? PAGES : PAGE);
  const fixed = as === 'Pages' ? PDFPageTree.fromMapWithContext(map, context) : PDFPageLeaf.fromMapWithContext(map, context);
  context.assign(ref, fixed);
  return fixed;
}

/** Attributes a node passes down: its parent's, overridden by its own. */
function inheritedAt(node: PDFDict, parent: Map<PDFName, PDFObject>): Map<PDFName, PDFObject> {
  const out = new Map(parent);
  for (const key of INHERITABLE) {
    const v = node.get(key);
    if (v !== undefined) out.set(key, v);
  }
  return out;
}

/**
 * Walk the page tree from the catalog: its pages in order, and what is wrong with it.
 *
 * @example
 * const report = walkPageTree(doc.context, doc.catalog, { maxNodes: 100_000, maxDepth: 256 });
 * if (report.status === 'ok' && report.badKids === 0) console.log(report.pages.length);
 */
export function walkPageTree(context: PDFContext, catalog: PDFDict | undefined, limits: PageTreeLimits, options: { repair?: boolean } = {}): PageTreeReport {
  const repair = options.repair ?? true;
  const report: PageTreeReport = { status: 'ok', leaves: 0, badKids: 0, repaired: 0, pages: [] };
  if (!(catalog instanceof PDFDict)) return { ...report, status: 'missing' };
  const rootRef = catalog.get(PAGES);
  const found = deref(context, rootRef);
  if (!(found instanceof PDFDict)) return { ...report, status: 'missing' };
  let root: PDFDict = found;
  if (!(found instanceof PDFPageTree) && repair) {
    if (!(rootRef instanceof PDFRef)) return { ...report, status: 'missing' };
    root = retype(context, rootRef, found, 'Pages');
    report.repaired++;
  }
  const count = root.get(COUNT);
  if (count instanceof PDFNumber) report.declared = count.asNumber();

  const visited = new Set<PDFDict>([root]);
  const stack: { node: PDFDict; kids: PDFArray; next: number; inherited: Map<PDFName, PDFObject> }[] = [];
  const open = (node: PDFDict, parent: Map<PDFName, PDFObject>): void => {
    let kids = deref(context, node.get(KIDS));
    if (!(kids instanceof PDFArray)) {
      // pdf-lib's traversal throws on a node without an array of kids: give it an empty one.
      kids = context.obj([]);
      if (repair) {
        node.set(KIDS, kids);
        report.repaired++;
      }
      report.badKids++;
    }
    stack.push({ node, kids: kids as PDFArray, next: 0, inherited: inheritedAt(node, parent) });
  };
  open(root, new Map());
  let nodes = 1;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.next >= top.kids.size()) {
      stack.pop();
      continue;
    }
    const kidRef = top.kids.get(top.next++);
    const kid = deref(context, kidRef);
    if (!(kid instanceof PDFDict) || !(kidRef instanceof PDFRef)) {
      report.badKids++;
      continue;
    }
    if (++nodes > limits.maxNodes) return { ...report, status: 'too-complex', detail: `more than ${limits.maxNodes} page-tree entries` };
    const type = kid.get(TYPE);
    const hasKids = deref(context, kid.get(KIDS)) instanceof PDFArray;
    if (type === PAGES || (type !== PAGE && hasKids)) {
      if (visited.has(kid)) return { ...report, status: 'loop' };
      let node = kid;
      if (!(kid instanceof PDFPageTree) && repair) {
        node = retype(context, kidRef, kid, 'Pages');
        report.repaired++;
      }
      visited.add(node);
      if (stack.length + 1 > limits.maxDepth) return { ...report, status: 'too-complex', detail: `page tree deeper than ${limits.maxDepth} levels` };
      open(node, top.inherited);
    } else if (type === PAGE || (type === undefined && PAGE_KEYS.some((k) => kid.has(k)))) {
      let page = kid;
      if (!(kid instanceof PDFPageLeaf) && repair) {
        page = retype(context, kidRef, kid, 'Page');
        report.repaired++;
      }
      report.leaves++;
      report.pages.push({ ref: kidRef, dict: page, inherited: inheritedAt(page, top.inherited) });
    } else {
      report.badKids++;
    }
  }
  return report;
}
