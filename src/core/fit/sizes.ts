/**
 * How many bytes an item takes in the packet: the objects its pages draw with (content streams, resources:
 * fonts, images, forms), each counted as the serializer writes it. Objects shared with other items (the stamp
 * font) count for each; the cover, bookmarks and page tree count for none.
 */
import { PDFArray, PDFDict, PDFName, PDFRef, PDFStream, type PDFContext, type PDFObject, type PDFPage } from '@cantoo/pdf-lib';

/** Bytes an indirect object takes in the file: "n 0 obj", the object, "endobj", and its cross-reference entry. */
export function objectBytes(ref: PDFRef, object: PDFObject): number {
  return `${ref.objectNumber} ${ref.generationNumber} obj\n`.length + object.sizeInBytes() + '\nendobj\n\n'.length + 20;
}

/** Keys that lead away from a page's own drawing: to other pages, the page tree, actions and structure. */
const OUTWARD = new Set(['Parent', 'P', 'Dest', 'D', 'A', 'AA', 'Next', 'Prev', 'First', 'Last', 'StructParent', 'StructParents', 'Annots', 'B', 'Pg']);

/**
 * The indirect objects `pages` draw with: their content streams and resources, followed through every
 * reference except those leading to other pages, the page tree or actions.
 *
 * @example
 * const refs = drawingObjects(doc.context, doc.getPages().slice(1, 4));
 */
export function drawingObjects(ctx: PDFContext, pages: readonly PDFPage[]): Set<PDFRef> {
  const seen = new Set<PDFRef>();
  const stack: PDFObject[] = [];
  for (const page of pages) {
    const contents = page.node.get(PDFName.of('Contents'));
    if (contents) stack.push(contents);
    const resources = page.node.Resources();
    if (resources) stack.push(resources);
  }
  while (stack.length > 0) {
    const obj = stack.pop();
    if (obj instanceof PDFRef) {
      if (seen.has(obj)) continue;
      seen.add(obj);
      const target = ctx.lookup(obj);
      if (target) stack.push(target);
    } else if (obj instanceof PDFDict) {
      for (const [key, value] of obj.entries()) if (!OUTWARD.has(key.decodeText())) stack.push(value);
    } else if (obj instanceof PDFStream) {
      stack.push(obj.dict);
    } else if (obj instanceof PDFArray) {
      for (const value of obj.asArray()) stack.push(value);
    }
  }
  return seen;
}

/**
 * The bytes of `refs` as they are now in `ctx`.
 *
 * @example
 * bytesOf(doc.context, drawingObjects(doc.context, pages)) // 1_734_120
 */
export function bytesOf(ctx: PDFContext, refs: Iterable<PDFRef>): number {
  let total = 0;
  for (const ref of refs) {
    const obj = ctx.lookup(ref);
    if (obj) total += objectBytes(ref, obj);
  }
  return total;
}
