/**
 * Files with two versions of their content: the version the file's index names (what viewers show) is used when
 * the index holds; when it does not and the versions name different catalogs, viewers disagree and the file is
 * refused; a file whose index does not hold is marked damaged (the build then compares its every page).
 */
import { describe, expect, it } from 'vitest';
import type { PDFDocument } from '@cantoo/pdf-lib';
import { inspectInput } from '../../../src/core/inspect/inspect.js';
import { pageTexts } from '../../helpers/corpus-read.js';
import { HELVETICA, pageTree, rawPdf, textPage, textStream } from '../../helpers/raw-pdf.js';

const latin1 = (b: Uint8Array): string => new TextDecoder('latin1').decode(b);
const bytes = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** Revision 1 shows "Old"; an update appended without an index makes a new catalog (10) whose page shows "New". */
function newCatalogAppended(): Uint8Array {
  const update = [
    '10 0 obj << /Type /Catalog /Pages 11 0 R >> endobj',
    '11 0 obj << /Type /Pages /Kids [12 0 R] /Count 1 >> endobj',
    '12 0 obj << /Type /Page /Parent 11 0 R /MediaBox [0 0 300 200] /Contents 13 0 R /Resources << /Font << /F1 9 0 R >> >> >> endobj',
    textStream(13, 'New'),
    'trailer << /Root 10 0 R /Size 14 >>',
  ].join('\n');
  return rawPdf([...pageTree([3]), textPage(3, '4 0 R'), HELVETICA, textStream(4, 'Old')], `${update}\n`);
}

async function text(facts: Awaited<ReturnType<typeof inspectInput>>): Promise<string[]> {
  const doc = facts.loaded?.doc as PDFDocument;
  return pageTexts(await doc.save(), [1]);
}

describe('two versions of a file’s content', () => {
  it('takes the catalog the intact index names, as viewers do, and says so', async () => {
    const file = newCatalogAppended();
    expect(await pageTexts(file, [1])).toEqual(['Old']);
    const facts = await inspectInput(file);
    expect(facts.findings.map((f) => f.code)).toEqual(['file.truncated', 'file.repaired']);
    expect(facts.findings[1]?.message).toContain('it holds two versions of some of its content: the one PDF viewers show was used');
    expect(await text(facts)).toEqual(['Old']);
  });

  it('refuses the file when its index is damaged too: viewers then disagree on the version they show', async () => {
    const text = latin1(newCatalogAppended());
    // One entry of the table made unreadable.
    const damaged = bytes(text.replace('00000 n \n', '0000X n \n'));
    const facts = await inspectInput(damaged, { fileName: 'two.pdf' });
    expect(facts.findings).toEqual([
      expect.objectContaining({
        code: 'file.corrupt',
        message: 'two.pdf is damaged and cannot be used: it holds several versions of its content and its index is damaged, so PDF viewers disagree on which one to show.',
      }),
    ]);
  });

  it('marks a file whose index points elsewhere as damaged, and a clean one not', async () => {
    const clean = rawPdf([...pageTree([3]), textPage(3, '4 0 R'), HELVETICA, textStream(4, 'Hello')]);
    expect((await inspectInput(clean)).damaged).toBeUndefined();
    const text = latin1(clean);
    // The entry of object 4 points one line too early.
    const at = text.indexOf('4 0 obj');
    const entry = String(at).padStart(10, '0');
    const shifted = bytes(text.replace(`${entry} 00000 n`, `${String(at - 40).padStart(10, '0')} 00000 n`));
    const facts = await inspectInput(shifted);
    expect(facts.findings).toEqual([]);
    expect(facts.damaged).toBe(true);
  });
});
