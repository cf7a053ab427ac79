/**
 * Walk a PDF's page tree without trusting it: iteratively (no recursion to overflow), with a visited set
 * (loops), bounds (size, depth), and a check of every kid. Mislabelled nodes are repaired in place so pdf-lib
 * can follow the tree; anything that could lose a page is reported instead.
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFPageLeaf, PDFPageTree, PDFRef } from '@cantoo/pdf-lib';
import type { PDFContext, PDFObject } from '@cantoo/pdf-lib';

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

/**
 * Walk the page tree from the catalog, count its pages and report what is wrong with it.
 *
 * @example
 * const report = walkPageTree(doc.context, doc.catalog, { maxNodes: 100_000, maxDepth: 256 });
 * if (report.status === 'ok' && report.badKids === 0) console.log(report.leaves);
 */
export function walkPageTree(context: PDFContext, catalog: PDFDict | undefined, limits: PageTreeLimits): PageTreeReport {
  const report: PageTreeReport = { status: 'ok', leaves: 0, badKids: 0, repaired: 0 };
  if (!(catalog instanceof PDFDict)) return { ...report, status: 'missing' };
  const rootRef = catalog.get(PAGES);
  const found = deref(context, rootRef);
  if (!(found instanceof PDFDict)) return { ...report, status: 'missing' };
  let root: PDFDict = found;
  if (!(found instanceof PDFPageTree)) {
    if (!(rootRef instanceof PDFRef)) return { ...report, status: 'missing' };
    root = retype(context, rootRef, found, 'Pages');
    report.repaired++;
  }
  const count = root.get(COUNT);
  if (count instanceof PDFNumber) report.declared = count.asNumber();

  const visited = new Set<PDFDict>([root]);
  const stack: { node: PDFDict; kids: PDFArray; next: number }[] = [];
  const open = (node: PDFDict): void => {
    let kids = deref(context, node.get(KIDS));
    if (!(kids instanceof PDFArray)) {
      // pdf-lib's traversal throws on a node without an array of kids: give it an empty one.
      kids = context.obj([]);
      node.set(KIDS, kids);
      report.repaired++;
      report.badKids++;
    }
    stack.push({ node, kids: kids as PDFArray, next: 0 });
  };
  open(root);
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
      if (!(kid instanceof PDFPageTree)) {
        node = retype(context, kidRef, kid, 'Pages');
        report.repaired++;
      }
      visited.add(node);
      if (stack.length + 1 > limits.maxDepth) return { ...report, status: 'too-complex', detail: `page tree deeper than ${limits.maxDepth} levels` };
      open(node);
    } else if (type === PAGE || (type === undefined && PAGE_KEYS.some((k) => kid.has(k)))) {
      if (!(kid instanceof PDFPageLeaf)) {
        retype(context, kidRef, kid, 'Page');
        report.repaired++;
      }
      report.leaves++;
    } else {
      report.badKids++;
    }
  }
  return report;
}
