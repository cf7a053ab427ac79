/**
 * Stamps keep page sizes on every corpus file that merges: each page has exactly its size (media box, crop box,
 * rotation) in the output, the stamp's text extracts, and the page's own text extracts as before (slow: pdf.js
 * reads every file twice; `npm run test:slow`).
 */
import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../../src/core/assemble/index.js';
import { inspectInput } from '../../../src/core/inspect/inspect.js';
import type { PlanPart } from '../../../src/core/plan/types.js';
import { CORPUS, corpusMissing, readCorpus } from '../../helpers/corpus.js';
import { expectSamePages, TEXT_READ_DIFFERENTLY_SCALED, views } from '../../helpers/page-views.js';
import { makePlan, section } from './fixtures.js';

const missing = corpusMissing();

describe.skipIf(missing !== undefined)('every corpus file that merges, stamped', () => {
  const mergeable = Object.entries(CORPUS).filter(([, e]) => e.merges && e.type === 'pdf');

  it.each(mergeable.map(([file]) => file))('%s keeps its page sizes, its text, and gets the stamp', async (file) => {
    const bytes = readCorpus(file);
    const facts = await inspectInput(bytes, { fileName: file });
    const part: PlanPart = { kind: 'pdf', title: 'Document', source: file, bytes, ...(facts.loaded ? { loaded: facts.loaded } : {}) };
    // Form fields kept: flattened ones would add their values to the page's text.
    const result = await assemble(makePlan([section('doc', 'Document', [part])], { options: { cover: true, stamps: true, forms: 'keep' } }));
    const range = result.ranges[0]!;
    const stamp = (p: number): string => `Åsa Ødegård · Document · page ${p} of ${result.pageCount}`;
    const readable = await views(bytes).then(
      () => true,
      () => false,
    );
    if (readable) {
      await expectSamePages(bytes, result.bytes, range.firstPage, range.lastPage, stamp, file, !TEXT_READ_DIFFERENTLY_SCALED[file]);
      return;
    }
    // pdf.js cannot open this damaged input at all (a viewer that can shows it at the size pdf-lib reads).
    expect(file).toBe('trunc-missing-xref-trailer.pdf');
    const before = (await PDFDocument.load(bytes, { updateMetadata: false })).getPages().map((p) => [p.getMediaBox(), p.getCropBox(), p.getRotation().angle]);
    const after = (await PDFDocument.load(result.bytes, { updateMetadata: false })).getPages().slice(range.firstPage - 1, range.lastPage).map((p) => [p.getMediaBox(), p.getCropBox(), p.getRotation().angle]);
    expect(after).toEqual(before);
  });
});

