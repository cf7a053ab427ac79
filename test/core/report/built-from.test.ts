/** The record of what a packet was built from: written into the catalog, read back in the same parse as the bookmarks. */
import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { changedInput, DIGEST_HEX } from '../../../src/core/built-from.js';
import { writeBuiltFrom } from '../../../src/core/assemble/metadata.js';
import { readBuilt } from '../../../src/core/report/built.js';

const full = (c: string) => c.repeat(64);

describe('the record of the inputs', () => {
  it('round-trips: 16 hex digits per input, in order, in /PieceInfo, not in the document information', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.addPage();
    writeBuiltFrom(doc, [full('a'), full('B')], new Date(Date.UTC(2025, 10, 1)));
    const bytes = await doc.save();
    expect((await readBuilt(bytes)).inputs).toEqual(['a'.repeat(DIGEST_HEX), 'b'.repeat(DIGEST_HEX)]);
    const back = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(back.context.trailerInfo.Info).toBeUndefined();
    expect(back.catalog.get(PDFName.of('PieceInfo'))).toBeDefined();
  });

  it('a PDF without it reads as no record (the date rule applies)', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.addPage();
    expect((await readBuilt(await doc.save())).inputs).toBeUndefined();
  });

  it('names the first input whose digest is not in the record', () => {
    const recorded = [full('1'), full('2'), full('3')].map((d) => d.slice(0, DIGEST_HEX));
    const now = [
      { shown: 'manifest.yaml', digest: full('1') },
      { shown: 'docs/cv.pdf', digest: full('4') },
      { shown: 'docs/plan.pdf', digest: full('5') },
    ];
    expect(changedInput(recorded, now)?.shown).toBe('docs/cv.pdf');
    expect(changedInput(recorded, now.slice(0, 1))).toBeUndefined();
  });
});
