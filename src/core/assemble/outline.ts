/**
 * The output's bookmarks. pdf-lib has no outline API, so the /Outlines tree is built from dictionaries:
 * each item has /Title, /Parent, /Prev, /Next, /First, /Last, /Count and a /Dest (or a URI action).
 */
import { PDFDict, PDFHexString, PDFName, PDFNumber, type PDFArray, type PDFDocument, type PDFRef } from '@cantoo/pdf-lib';
import { asciiHex } from './draw.js';

/** One bookmark of the output, with its destination already in the output's context. */
export interface OutlineNode {
  title: string;
  dest?: PDFArray;
  uri?: string;
  /** Show its children when the file opens. */
  open: boolean;
  children: OutlineNode[];
}

/** Number of items visible under a node: its children, and theirs when open. */
function visible(nodes: readonly OutlineNode[]): number {
  let n = 0;
  for (const node of nodes) n += 1 + (node.open ? visible(node.children) : 0);
  return n;
}

/**
 * Write `roots` as the document's outline and make the reader open with it shown.
 *
 * @example
 * writeOutline(doc, [{ title: 'CV', dest, open: false, children: [] }]);
 */
export function writeOutline(doc: PDFDocument, roots: readonly OutlineNode[]): void {
  if (roots.length === 0) return;
  const ctx = doc.context;
  const rootDict = ctx.obj({ Type: 'Outlines' });
  const rootRef = ctx.register(rootDict);

  const writeLevel = (nodes: readonly OutlineNode[], parentRef: PDFRef, parent: PDFDict): void => {
    const refs = nodes.map(() => ctx.nextRef());
    nodes.forEach((node, i) => {
      const ref = refs[i] as PDFRef;
      const dict = PDFDict.withContext(ctx);
      dict.set(PDFName.of('Title'), PDFHexString.fromText(node.title === '' ? '(untitled)' : node.title));
      dict.set(PDFName.of('Parent'), parentRef);
      const prev = refs[i - 1];
      const next = refs[i + 1];
      if (prev) dict.set(PDFName.of('Prev'), prev);
      if (next) dict.set(PDFName.of('Next'), next);
      if (node.dest) dict.set(PDFName.of('Dest'), node.dest);
      else if (node.uri) dict.set(PDFName.of('A'), ctx.obj({ S: 'URI', URI: asciiHex(node.uri) }));
      ctx.assign(ref, dict);
      if (node.children.length > 0) {
        const count = visible(node.children);
        dict.set(PDFName.of('Count'), PDFNumber.of(node.open ? count : -node.children.length));
        writeLevel(node.children, ref, dict);
      }
    });
    const first = refs[0];
    const last = refs[refs.length - 1];
    if (first && last) {
      parent.set(PDFName.of('First'), first);
      parent.set(PDFName.of('Last'), last);
    }
  };

  writeLevel(roots, rootRef, rootDict);
  rootDict.set(PDFName.of('Count'), PDFNumber.of(visible(roots)));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
