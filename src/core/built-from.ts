/**
 * What a packet was built from, recorded in the PDF it wrote, so `report` can tell a PDF that holds an input's
 * earlier contents from a current one (a file replaced by another with an old date, as `unzip`, `cp -p` and
 * `rsync -a` leave it, is not newer than the PDF).
 *
 * The record is one short digest per input (the manifest, the files it extends, the profile, each file it names):
 * the first 16 hex digits of the SHA-256 of the input's name and its bytes. Names (`file:docs/cv.pdf`) go into
 * the digest only, so the PDF carries no paths; a digest now missing from the record names the input that changed.
 * It sits in the catalog's page-piece dictionary (ISO 32000-1, 14.5), the place the format gives to an
 * application's private data: viewers show nothing of it, and it depends on the inputs alone, so a build with
 * SOURCE_DATE_EPOCH stays byte-identical.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from '@cantoo/pdf-lib';

const N = { PieceInfo: PDFName.of('PieceInfo'), App: PDFName.of('ApplicationPacket'), Private: PDFName.of('Private'), Inputs: PDFName.of('Inputs'), LastModified: PDFName.of('LastModified') };

/** Hex digits kept of each input's SHA-256: 64 bits, enough to tell an edit from none, few enough for a small record. */
export const DIGEST_HEX = 16;

/** One input as the record knows it: `name` is what is hashed with the bytes, `shown` what a message names. */
export interface InputDigest {
  shown: string;
  digest: string;
}

/**
 * The bytes hashed before an input's own, naming it (`manifest`, `profile`, `extends:../base.yaml`,
 * `file:docs/cv.pdf`): the same file given for another item, or two inputs swapped, is another digest.
 *
 * @example
 * digestPrefix('file', 'docs/cv.pdf'); // bytes of "file:docs/cv.pdf\0"
 */
export function digestPrefix(kind: 'manifest' | 'profile' | 'extends' | 'file', name = ''): Uint8Array {
  return new TextEncoder().encode(`${kind}:${name}\0`);
}

/**
 * Put the record in the document: the digests in input order, with the build date as the data's date.
 *
 * @example
 * writeBuiltFrom(doc, ['3f1c0a9b2d4e5f60', ...], plan.buildDate);
 */
export function writeBuiltFrom(doc: PDFDocument, digests: readonly string[], buildDate: Date): void {
  const ctx = doc.context;
  const data = ctx.obj({});
  data.set(N.LastModified, PDFString.fromDate(buildDate));
  data.set(N.Private, ctx.obj({ Inputs: ctx.obj(digests.map((d) => PDFHexString.of(d.slice(0, DIGEST_HEX)))) }));
  doc.catalog.set(N.PieceInfo, ctx.obj({ ApplicationPacket: data }));
}

/**
 * The digests a packet records, or undefined for a PDF without the record (another tool's, or built by a
 * version of this one before it wrote it).
 *
 * @example
 * readBuiltFrom(doc); // ['3f1c0a9b2d4e5f60', ...]
 */
export function readBuiltFrom(doc: PDFDocument): string[] | undefined {
  const ctx = doc.context;
  const pieces = ctx.lookup(doc.catalog.get(N.PieceInfo));
  const data = pieces instanceof PDFDict ? ctx.lookup(pieces.get(N.App)) : undefined;
  const priv = data instanceof PDFDict ? ctx.lookup(data.get(N.Private)) : undefined;
  const inputs = priv instanceof PDFDict ? ctx.lookup(priv.get(N.Inputs)) : undefined;
  if (!(inputs instanceof PDFArray)) return undefined;
  const digests: string[] = [];
  for (const o of inputs.asArray()) {
    const d = ctx.lookup(o);
    if (d instanceof PDFHexString) digests.push(d.asString().toLowerCase());
  }
  return digests;
}

/**
 * The first input whose contents are not among those the PDF was built from: the PDF holds its earlier version.
 * An input the record has and the manifest no longer names needs no rule of its own: the manifest changed.
 *
 * @example
 * changedInput(readBuiltFrom(doc)!, now)?.shown; // 'docs/cv.pdf'
 */
export function changedInput(recorded: readonly string[], now: readonly InputDigest[]): InputDigest | undefined {
  const built = new Set(recorded);
  return now.find((i) => !built.has(i.digest.slice(0, DIGEST_HEX)));
}
