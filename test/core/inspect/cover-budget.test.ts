/**
 * Boxes drawn over text are looked for on a file's first MAX_COVER_PAGES pages only (reading every page's content
 * cost the bench's 873-page packet a third more build time); what is hidden that way sits on short documents.
 */
import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { inspectInput } from '../../../src/core/inspect/inspect.js';
import { MAX_COVER_PAGES } from '../../../src/core/inspect/marks.js';
import { makePdf } from '../../helpers/make-pdf.js';

/** The PDF with a black box drawn over the first line of each page in `over` (0-based). */
async function boxed(pdf: Uint8Array, over: number[]): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf);
  for (const i of over) doc.getPage(i).node.addContentStream(doc.context.register(doc.context.stream('q 0 0 0 rg 45 755 355 20 re f Q')));
  return doc.save();
}

describe('boxes over text: the first pages of a file', () => {
  it(`reads pages 1 to ${MAX_COVER_PAGES} for boxes over text, not the pages after`, async () => {
    const pdf = await makePdf({ pages: MAX_COVER_PAGES + 2, text: 'Date of birth: 12.03.1993   Passport: C01X00T47 ({n})' });
    const facts = await inspectInput(await boxed(pdf, [1, MAX_COVER_PAGES + 1]), { fileName: 'docs/id.pdf' });
    const said = facts.findings.filter((f) => f.code === 'file.redaction-unapplied').map((f) => f.message);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/ on page 2 /u);
    expect(said[0]).not.toMatch(new RegExp(`\\b${MAX_COVER_PAGES + 2}\\b`, 'u'));
  });
});
