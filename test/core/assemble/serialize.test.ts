import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFRawStream, StandardFonts } from '@cantoo/pdf-lib';
import { concatPieces, serialize } from '../../../src/core/assemble/serialize.js';
import { makeLinkedPdf } from '../../helpers/make-pdf.js';

const SAVE = { useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: Infinity } as const;

/** A document with text, a font to embed at save, copied pages with links, and one 3 MB stream. */
async function sample(): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([300, 300]).drawText('Hello, reviewer', { x: 20, y: 250, font, size: 12 });
  const linked = await PDFDocument.load(await makeLinkedPdf());
  for (const page of await doc.copyPages(linked, linked.getPageIndices())) doc.addPage(page);
  const big = new Uint8Array(3 * 2 ** 20).map((_, i) => (i * 7919) % 251);
  doc.context.register(PDFRawStream.of(doc.context.obj({ Length: big.length }), big));
  return doc;
}

describe('serialize', () => {
  it('makes the bytes save() makes, in chunks of about 1 MB, a big stream in a chunk of its own', async () => {
    const pieces = await serialize(await sample());
    const chunks = [...pieces.chunks];
    const bytes = concatPieces({ size: pieces.size, chunks });
    expect(Buffer.compare(bytes, await (await sample()).save(SAVE))).toBe(0);
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    expect(chunks.some((c) => c.length >= 3 * 2 ** 20)).toBe(true);
    expect(chunks.every((c) => c.length > 0)).toBe(true);
    const text = Buffer.from(bytes).toString('latin1');
    expect(text.startsWith('%PDF-1.7\n')).toBe(true);
    expect(text.endsWith('%%EOF')).toBe(true);
  });

  it('with reuseBuffer, makes the same bytes in one buffer that grows only for the big stream', async () => {
    const pieces = await serialize(await sample(), { reuseBuffer: true });
    const copies: Uint8Array[] = [];
    const buffers = new Set<ArrayBufferLike>();
    // Copied as they come, the way a writer consumes them.
    for (const chunk of pieces.chunks) {
      copies.push(chunk.slice());
      buffers.add(chunk.buffer);
    }
    const bytes = concatPieces({ size: pieces.size, chunks: copies });
    expect(Buffer.compare(bytes, await (await sample()).save(SAVE))).toBe(0);
    expect(copies.length).toBeGreaterThanOrEqual(3);
    expect(buffers.size).toBe(2);
  });

  it('reports the exact size before any byte is made, and the file opens again', async () => {
    const pieces = await serialize(await sample());
    const bytes = concatPieces(pieces);
    expect(bytes.length).toBe(pieces.size);
    const again = await PDFDocument.load(bytes);
    expect(again.getPageCount()).toBe(1 + (await PDFDocument.load(await makeLinkedPdf())).getPageCount());
  });
});
