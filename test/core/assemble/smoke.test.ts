import { describe, expect, it } from 'vitest';
import { assemble } from '../../../src/core/assemble/index.js';
import { makePdf } from '../../helpers/make-pdf.js';
import { readPdf } from '../../helpers/read-pdf.js';
import { makePlan, pdfPart, section } from './fixtures.js';

describe('smoke', () => {
  it('builds', async () => {
    const plan = makePlan([
      section('cv', 'Curriculum vitae', [pdfPart('CV', 'cv.pdf', await makePdf({ pages: 2, text: 'CV page {n}' }))]),
      section('statement', 'Research statement', [{ kind: 'text', title: 'Research statement', text: 'Hello world.\n\nSecond paragraph with Łukasz Wróbel and Ελένη Παπαδοπούλου and Дмитрий Иванов and Nguyễn Thị Minh.' }]),
    ]);
    const t = performance.now();
    const r = await assemble(plan);
    console.log('ms', performance.now() - t, r.diagnostics, JSON.stringify(r.ranges));
    const pdf = await readPdf(r.bytes);
    console.log(JSON.stringify(pdf.outline), pdf.pageLabels, pdf.metadata);
    for (const p of pdf.pages) console.log(p.text.slice(0, 300), JSON.stringify(p.links));
    expect(pdf.pageCount).toBe(4);
  });
});
