/**
 * Writing the packet out in pieces. pdf-lib's `save()` builds the whole file in one buffer (30 MB for a big
 * packet, on top of the document itself); this writer makes the same file a chunk at a time, so the caller can
 * write each to disk and let it go. It uses only pdf-lib's public object classes: a classic cross-reference
 * table, no object streams, as `save({ useObjectStreams: false })` writes.
 */
import { PDFCrossRefSection, PDFName, PDFNumber, PDFRawStream, PDFTrailer, PDFTrailerDict, type PDFDocument, type PDFObject, type PDFRef } from '@cantoo/pdf-lib';

/** Bytes per chunk; an object bigger than this (a large image) gets a chunk of its own. */
const CHUNK = 1 << 20;

/** How the chunks are handed over. */
export interface ChunkOptions {
  /**
   * Fill the same buffer again for each chunk, so writing a packet touches about 1 MB of fresh memory instead of
   * its whole size. A chunk is then only valid until the next one is asked for: write or copy it first, as a
   * `for` loop that awaits each write does.
   */
  reuseBuffer?: boolean;
}

/** The serialized document: its exact size first (for the size caps), then its bytes in order. */
export interface PdfPieces {
  size: number;
  chunks: Iterable<Uint8Array>;
}

const NEWLINE = 0x0a;
const ENDOBJ = '\nendobj\n\n';

/** Streams that describe another file's layout (its object streams, its cross-reference streams): never written. */
function isLayoutStream(object: PDFObject): boolean {
  if (!(object instanceof PDFRawStream)) return false;
  const type = object.dict.lookup(PDFName.of('Type'));
  return type === PDFName.of('ObjStm') || type === PDFName.of('XRef');
}

/** Where every object goes in the file, and the file's size. */
function layout(doc: PDFDocument) {
  const context = doc.context;
  const header = context.header;
  const objects: [PDFRef, PDFObject, string, number][] = [];
  const xref = PDFCrossRefSection.create();
  let size = header.sizeInBytes() + 2;
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    if (isLayoutStream(object)) continue;
    const opening = `${ref.objectNumber} ${ref.generationNumber} obj\n`;
    const bytes = opening.length + object.sizeInBytes() + ENDOBJ.length;
    xref.addEntry(ref, size);
    objects.push([ref, object, opening, bytes]);
    size += bytes;
  }
  const xrefOffset = size;
  const info = context.trailerInfo;
  const trailerDict = PDFTrailerDict.of(
    context.obj({ Size: PDFNumber.of(context.largestObjectNumber + 1), Root: info.Root, Encrypt: info.Encrypt, Info: info.Info, ID: info.ID }),
  );
  const trailer = PDFTrailer.forLastCrossRefSectionOffset(xrefOffset);
  size += xref.sizeInBytes() + 1 + trailerDict.sizeInBytes() + 2 + trailer.sizeInBytes();
  return { header, objects, xref, trailerDict, trailer, size };
}

/**
 * The exact size in bytes `serialize` will give for `doc` as it is now, without making the bytes.
 *
 * @example
 * if ((await serializedSize(doc)) > 2e6) console.log('over 2 MB');
 */
export async function serializedSize(doc: PDFDocument): Promise<number> {
  await doc.flush();
  return layout(doc).size;
}

/**
 * Serialize a document as `doc.save({ useObjectStreams: false, addDefaultPage: false,
 * updateFieldAppearances: false })` would, but in chunks of about 1 MB.
 *
 * @example
 * const { size, chunks } = await serialize(doc, { reuseBuffer: true });
 * for (const chunk of chunks) await handle.write(chunk);
 */
export async function serialize(doc: PDFDocument, options: ChunkOptions = {}): Promise<PdfPieces> {
  // What save() does first: fonts, images and embedded pages become objects.
  await doc.flush();
  const { header, objects, xref, trailerDict, trailer, size } = layout(doc);
  const reuse = options.reuseBuffer === true;
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
    for (const [, object, opening, bytes] of objects) {
      yield* room(bytes);
      ascii(opening);
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
