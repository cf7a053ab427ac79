/**
 * One page-tree walk for inspection and assembly: both see the same pages in a damaged tree, inherited
 * attributes reach the pages, and only the inspection repairs the tree for pdf-lib.
 */
import type { PDFDict} from '@cantoo/pdf-lib';
import { PDFDocument, PDFName, PDFPageLeaf } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { sourcePages } from '../../../src/core/assemble/source.js';
import { walkPageTree } from '../../../src/core/inspect/page-tree.js';

const LIMITS = { maxNodes: 1000, maxDepth: 16 };

/** Three kids under the root: a page, a node holding a page without /Type, and a dict that is neither. */
async function oddTree(): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const ctx = doc.context;
  const rootRef = ctx.nextRef();
  const page = ctx.register(ctx.obj({ Type: 'Page', Parent: rootRef, MediaBox: [0, 0, 200, 200] }));
  const nodeRef = ctx.nextRef();
  const untyped = ctx.register(ctx.obj({ Parent: nodeRef, Contents: ctx.register(ctx.flateStream('')) }));
  ctx.assign(nodeRef, ctx.obj({ Type: 'Pages', Parent: rootRef, Kids: [untyped], Count: 1, Rotate: 90 }));
  const stray = ctx.register(ctx.obj({ Note: 'not a page' }));
  ctx.assign(rootRef, ctx.obj({ Type: 'Pages', Kids: [page, nodeRef, stray], Count: 3, MediaBox: [0, 0, 300, 400] }));
  doc.catalog.set(PDFName.of('Pages'), rootRef);
  return doc;
}

describe('walkPageTree', () => {
  it('finds the same pages for inspection and for assembly, and counts what is not a page', async () => {
    const doc = await oddTree();
    const assembly = sourcePages(doc.context, doc.catalog);
    const inspection = walkPageTree(doc.context, doc.catalog, LIMITS);
    expect(assembly.pages.map((p) => p.ref)).toEqual(inspection.pages.map((p) => p.ref));
    expect(inspection.pages).toHaveLength(2);
    expect(inspection).toMatchObject({ status: 'ok', leaves: 2, declared: 3, badKids: 1 });
    expect(assembly.problems).toBe(1);
  });

  it('hands each page the attributes it inherits', async () => {
    const doc = await oddTree();
    const [first, second] = walkPageTree(doc.context, doc.catalog, LIMITS, { repair: false }).pages;
    expect(first!.inherited.get(PDFName.of('MediaBox'))?.toString()).toBe('[ 0 0 200 200 ]');
    expect(second!.inherited.get(PDFName.of('MediaBox'))?.toString()).toBe('[ 0 0 300 400 ]');
    expect(second!.inherited.get(PDFName.of('Rotate'))?.toString()).toBe('90');
  });

  it('repairs an untyped page for pdf-lib only when asked', async () => {
    const doc = await oddTree();
    const ref = walkPageTree(doc.context, doc.catalog, LIMITS, { repair: false }).pages[1]!.ref;
    expect(doc.context.lookup(ref)).not.toBeInstanceOf(PDFPageLeaf);
    const repaired = walkPageTree(doc.context, doc.catalog, LIMITS);
    expect(repaired.repaired).toBeGreaterThan(0);
    expect(doc.context.lookup(ref)).toBeInstanceOf(PDFPageLeaf);
    expect((doc.context.lookup(ref) as PDFDict).get(PDFName.of('Type'))).toBe(PDFName.of('Page'));
  });

  it('stops at a loop and says so', async () => {
    const doc = await oddTree();
    const root = doc.context.lookup(doc.catalog.get(PDFName.of('Pages'))) as PDFDict;
    const kids = root.lookup(PDFName.of('Kids')) as unknown as { push(o: unknown): void };
    kids.push(doc.catalog.get(PDFName.of('Pages')));
    expect(walkPageTree(doc.context, doc.catalog, LIMITS).status).toBe('loop');
    expect(sourcePages(doc.context, doc.catalog).problems).toBeGreaterThan(0);
  });
});
