import { PDFDocument, PDFName, PDFString } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { sanitizeOutput } from '../../../src/core/assemble/sanitize.js';

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

/** A document with every kind of active content the sanitizer must remove, built directly in its context. */
async function hostile(): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage();
  const ctx = doc.context;
  const js = ctx.register(ctx.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') }));
  doc.catalog.set(PDFName.of('OpenAction'), js);
  doc.catalog.set(PDFName.of('AA'), ctx.obj({ WC: ctx.obj({ S: 'JavaScript', JS: PDFString.of('x') }) }));
  doc.catalog.set(
    PDFName.of('Names'),
    ctx.obj({ JavaScript: ctx.obj({ Names: [PDFString.of('a'), js] }), EmbeddedFiles: ctx.obj({ Names: [] }), Dests: ctx.obj({ Names: [] }) }),
  );
  page.node.set(PDFName.of('AA'), ctx.obj({ O: js }));
  const launch = ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], A: ctx.obj({ S: 'Launch', F: PDFString.of('calc.exe') }) });
  const chained = ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], A: ctx.obj({ S: 'URI', URI: PDFString.of('https://examples.fi/'), Next: js }) });
  const jsUri = ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], A: ctx.obj({ S: 'URI', URI: PDFString.of('javascript:alert(2)') }) });
  const safe = ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 20, 10, 30], A: ctx.obj({ S: 'URI', URI: PDFString.of('https://examples.fi/') }) });
  page.node.set(PDFName.of('Annots'), ctx.obj([ctx.register(launch), ctx.register(chained), ctx.register(jsUri), ctx.register(safe)]));
  // An orphan action object: unreferenced, but pdf-lib would still write it.
  ctx.register(ctx.obj({ S: 'Launch', F: PDFString.of('orphan.exe') }));
  return doc;
}

describe('sanitizeOutput', () => {
  it('takes the type off an action left anywhere, as in a damaged font encoding that swallowed the objects after it', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const ctx = doc.context;
    const encoding = ctx.obj({ Type: 'Encoding', Differences: [32, PDFName.of('space'), ctx.obj({ S: 'JavaScript', JS: PDFString.of('AFSpecial_Format(3);') }), ctx.obj({ S: 'Launch' })] });
    doc.addPage().node.set(PDFName.of('Resources'), ctx.obj({ Font: ctx.obj({ F1: ctx.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: ctx.register(encoding) }) }) }));
    expect(sanitizeOutput(doc)).toEqual(expect.arrayContaining(['JS', 'JavaScript', 'Launch']));
    const bytes = latin1(await doc.save({ useObjectStreams: false }));
    expect(bytes).not.toMatch(/\/JavaScript|\/JS\b|\/Launch|AFSpecial/);
    expect(bytes).toContain('/Differences');
  });

  it('removes scripts, launches, automatic actions, attachments and orphan actions from every object', async () => {
    const doc = await hostile();
    const removed = sanitizeOutput(doc);
    expect(removed).toEqual(expect.arrayContaining(['AA', 'JavaScript', 'Launch', 'EmbeddedFiles', 'action object']));
    const bytes = latin1(await doc.save({ useObjectStreams: false }));
    expect(bytes).not.toMatch(/\/JavaScript|\/JS\b|\/Launch|\/AA\b|\/EmbeddedFiles|calc\.exe|orphan\.exe|app\.alert|javascript:/);
    // What is safe stays: the plain web link and the named destinations tree.
    expect(bytes).toContain('/URI');
    expect(bytes).toContain('/Dests');
  });

  it('reports nothing for a clean document', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.addPage();
    expect(sanitizeOutput(doc)).toEqual([]);
  });
});
