import { describe, expect, it } from 'vitest';
import { inspectInWorker, WorkerInspector } from '../../src/io/pdf-worker.js';
import { objectFlood } from '../helpers/corpus-bombs.js';
import { PDFDocument } from '@cantoo/pdf-lib';
import { makePdf, makePng } from '../helpers/make-pdf.js';
import { dev } from '../helpers/ts-worker.js';
// Every corpus file, in the worker and in process: pdf-worker-corpus.slow.test.ts.

describe('inspecting in a worker thread', () => {
  it('returns the same facts as in process, without the parsed document', async () => {
    const bytes = await makePdf({ pages: 3, wordsPerPage: 10 });
    const facts = await inspectInWorker(bytes, { countWords: true }, dev);
    expect(facts).toMatchObject({ type: 'pdf', pages: 3, words: 36, findings: [] });
    expect(facts.loaded).toBeUndefined();
  });

  it('reports a page scanned at too few pixels per inch like any other finding', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([595.28, 841.89]).drawImage(await doc.embedPng(makePng(60, 85)), { x: 0, y: 0, width: 595.28, height: 841.89 });
    const facts = await inspectInWorker(await doc.save(), { fileName: 'scan.pdf' }, dev);
    expect(facts.findings.map((f) => [f.severity, f.code, f.message])).toEqual([['error', 'file.low-resolution', 'scan.pdf page 1 is a scan of 7 pixels per inch: an icon-sized picture stretched over the page, on which a reviewer can read nothing.']]);
  });

  it('stops a file that takes too long, and goes on with the next', async () => {
    const inspector = new WorkerInspector({ ...dev, timeoutMs: 1_000, maxHeapMb: 4096 });
    try {
      const [slow, fine] = await Promise.all([inspector.inspect(objectFlood(300_000)), inspector.inspect(await makePdf({ pages: 2 }))]);
      expect(slow.findings.map((f) => f.code)).toEqual(['file.too-complex']);
      expect(slow.findings[0]?.message).toMatch(/took longer than 1 second\)/);
      // A busy machine is slow too (audit 12-06l: a 573-page PDF at load average 16): try again before re-exporting.
      expect(slow.findings[0]?.hint).toMatch(/^The computer may just have been busy: close other programs and run it again\. If it happens again, open it in a PDF viewer/);
      expect(fine).toMatchObject({ pages: 2, findings: [] });
    } finally {
      await inspector.close();
    }
  });

  it('stops a file that needs too much memory', async () => {
    // Hundreds of thousands of parsed objects do not fit in a small heap.
    const facts = await inspectInWorker(objectFlood(400_000), {}, { ...dev, maxHeapMb: 48, timeoutMs: 60_000 });
    expect(facts.findings.map((f) => f.code)).toEqual(['file.too-complex']);
    expect(facts.findings[0]?.message).toMatch(/more than 48 MB of memory/);
  });

  it('reports files still queued when it is closed', async () => {
    const inspector = new WorkerInspector(dev);
    const pending = inspector.inspect(await makePdf());
    await inspector.close();
    expect((await pending).findings.map((f) => f.code)).toEqual(['file.too-complex']);
  });
});
