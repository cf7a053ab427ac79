/**
 * Writing the packet out in pieces. pdf-lib's `save()` builds the whole file in one buffer (30 MB for a big
 * packet, on top of the document itself); this writer makes the same bytes a chunk at a time, so the caller can
 * write each to disk and let it go.
 */
import { defaultDocumentSnapshot, PDFWriter, type PDFContext, type PDFDocument, type PDFObject, type PDFRef } from '@cantoo/pdf-lib';

/** Bytes per chunk; an object bigger than this (a large image) gets a chunk of its own. */
const CHUNK = 1 << 20;

/** How the chunks are handed over. */
export interface ChunkOptions {
  /**
   * Fill the same buffer again for each chunk, so writing a packet touches about 1 MB of fresh memory instead of
   * its whole size (each fresh page costs time). A chunk is then only valid until the next one is asked for:
   * write or copy it first, as a `for` loop that awaits each write does.
   */
  reuseBuffer?: boolean;
}

/** The serialized document: its exact size first (for the size caps), then its bytes in order. */
export interface PdfPieces {
  size: number;
  chunks: Iterable<Uint8Array>;
}

const NEWLINE = 0x0a;
const OBJ = ' obj\n';
const ENDOBJ = '\nendobj\n\n';

/** PDFWriter's full save (no object streams), emitting chunks instead of filling one buffer. */
class ChunkWriter extends PDFWriter {
  // Sizes measured while the cross-reference offsets are computed, so no object is measured twice.
  private readonly measured = new Map<PDFObject, number>();

  constructor(
    context: PDFContext,
    private readonly options: ChunkOptions,
  ) {
    // No pauses between objects: nothing else runs while a packet is written.
    super(context, Infinity, defaultDocumentSnapshot);
  }

  protected override computeIndirectObjectSize(entry: [PDFRef, PDFObject]): number {
    const size = super.computeIndirectObjectSize(entry);
    this.measured.set(entry[1], size);
    return size;
  }

  async pieces(): Promise<PdfPieces> {
    const { size, header, indirectObjects, xref: maybeXref, trailerDict: maybeTrailerDict, trailer } = await this.computeBufferSize(false);
    // A full save always has a cross-reference table and a trailer dictionary (only streams-based saves do not).
    if (!maybeXref || !maybeTrailerDict) throw new Error('pdf-lib made no cross-reference table');
    const xref = maybeXref;
    const trailerDict = maybeTrailerDict;
    // The same decisions as serializeToBuffer, made once here (shouldSave keeps state between calls).
    const kept = indirectObjects.filter(([ref, object]) => this.shouldSave(false, ref.objectNumber, indirectObjects) && !this.shouldSkipCopiedObjectStream(object));
    const sizes = kept.map((entry) => this.measured.get(entry[1]) ?? super.computeIndirectObjectSize(entry));
    const reuse = this.options.reuseBuffer === true;
    function* chunks(): Generator<Uint8Array> {
      let buffer = new Uint8Array(CHUNK);
      let at = 0;
      // Hand over what is filled, then start again in the same buffer if asked to and it is big enough.
      function* room(needed: number): Generator<Uint8Array> {
        if (at + needed <= buffer.length) return;
        if (at > 0) yield buffer.subarray(0, at);
        if (!reuse || needed > buffer.length) buffer = new Uint8Array(Math.max(CHUNK, needed));
        at = 0;
      }
      const ascii = (s: string): void => {
        for (let i = 0; i < s.length; i++) buffer[at++] = s.charCodeAt(i);
      };
      yield* room(header.sizeInBytes() + 2);
      at += header.copyBytesInto(buffer, at);
      buffer[at++] = NEWLINE;
      buffer[at++] = NEWLINE;
      for (let i = 0; i < kept.length; i++) {
        const [ref, object] = kept[i]!;
        yield* room(sizes[i] ?? 0);
        ascii(`${ref.objectNumber} ${ref.generationNumber}${OBJ}`);
        at += object.copyBytesInto(buffer, at);
        ascii(ENDOBJ);
      }
      yield* room(xref.sizeInBytes() + trailerDict.sizeInBytes() + trailer.sizeInBytes() + 3);
      at += xref.copyBytesInto(buffer, at);
      buffer[at++] = NEWLINE;
      at += trailerDict.copyBytesInto(buffer, at);
      buffer[at++] = NEWLINE;
      buffer[at++] = NEWLINE;
      at += trailer.copyBytesInto(buffer, at);
      yield buffer.subarray(0, at);
    }
    return { size, chunks: chunks() };
  }
}

/**
 * Serialize a document as `doc.save({ useObjectStreams: false, addDefaultPage: false,
 * updateFieldAppearances: false })` would, byte for byte, but in chunks of about 1 MB.
 *
 * @example
 * const { size, chunks } = await serialize(doc, { reuseBuffer: true });
 * for (const chunk of chunks) await handle.write(chunk);
 */
export async function serialize(doc: PDFDocument, options: ChunkOptions = {}): Promise<PdfPieces> {
  // What save() does first: fonts, images and embedded pages become objects.
  await doc.flush();
  return new ChunkWriter(doc.context, options).pieces();
}

/** All chunks in one buffer of the known size. */
export function concatPieces({ size, chunks }: PdfPieces): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  if (at !== size) throw new Error(`serialized ${at} bytes, expected ${size}`);
  return out;
}
