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
 * SOURCE_DATE_EPOCH stays byte-identical. Written by `writeBuiltFrom` (assemble/metadata.ts), read by `readBuilt`
 * (report/built.ts); this module loads no pdf-lib, so `validate` does not load it to compare digests.
 */
import { inspectTail } from './inspect/raw.js';
import { pdfHeaderOffset } from './inspect/sniff.js';

/**
 * Where the record sits: catalog /PieceInfo /ApplicationPacket /Private /Inputs, an array of hex strings,
 * /Pages, the number of pages written (so `report` tells a PDF with pages removed from the packet as built), and
 * /Manifest, the digest of the manifest's path relative to the PDF's folder and its posting's profile id (two manifests
 * in one folder, or two folders' `manifest.yaml` writing one PDF, must not take each other's packet; in earlier versions
 * the file name and profile id, or the name alone),
 * /PagePrints and /Document, the digests of what the build wrote (see `built-prints.ts`: a packet changed after it),
 * /Prints, the version of their rules (`PRINTS_VERSION`; none in records of version 1), and /Items, the item id of
 * each top-level bookmark in order (two items may share a title; none in records of earlier versions).
 */
export const RECORD_KEYS = { pieceInfo: 'PieceInfo', app: 'ApplicationPacket', private: 'Private', inputs: 'Inputs', pages: 'Pages', lastModified: 'LastModified', manifest: 'Manifest', pagePrints: 'PagePrints', document: 'Document', printsVersion: 'Prints', items: 'Items' } as const;

/**
 * The version of the rules of the page and document digests (`built-prints.ts`), recorded beside them (`/Prints`):
 * a change of what is hashed or how raises it, and a record of another version is not compared, since its digests
 * would all differ. A record of digests without the number is of version 1.
 */
export const PRINTS_VERSION = 1;

/** Hex digits kept of each input's SHA-256: 64 bits, enough to tell an edit from none, few enough for a small record. */
export const DIGEST_HEX = 16;

/** An input as it is now: its digest (all 64 hex digits; the record keeps the first 16), and its path for a message. */
export interface InputDigest {
  shown: string;
  digest: string;
}

/**
 * The bytes hashed before an input's own, naming it (`manifest`, `profile`, `extends:../base.yaml`,
 * `file:docs/cv.pdf`): two files swapped give other digests, though the record holds no path.
 *
 * @example
 * digestPrefix('file', 'docs/cv.pdf'); // bytes of "file:docs/cv.pdf\0"
 */
export function digestPrefix(kind: 'manifest' | 'manifest-name' | 'manifest-path' | 'profile' | 'extends' | 'file', name = ''): Uint8Array {
  return new TextEncoder().encode(`${kind}:${name}\0`);
}

/**
 * The first input whose contents are not among those the PDF was built from: the PDF holds its earlier version.
 * An input the record has and the manifest no longer names needs no rule of its own: the manifest changed.
 *
 * @example
 * changedInput((await readBuilt(bytes)).inputs!, await inputDigests(check))?.shown; // 'docs/cv.pdf'
 */
export function changedInput(recorded: readonly string[], now: readonly InputDigest[]): InputDigest | undefined {
  const built = new Set(recorded);
  return now.find((i) => !built.has(i.digest.slice(0, DIGEST_HEX)));
}

/**
 * What is wrong with a built PDF that cannot be read as a whole: not a PDF at all; cut off before its end (no
 * `%%EOF`, or no cross-reference table where `startxref` points: an interrupted copy or download, which pdf-lib
 * still "reads" by recovering the objects it finds); unreadable; fewer pages than the build recorded, or more (a
 * page added after the build, by hand); bookmarks (`titles`) whose pages are gone; or changed after the build
 * (`edited`: see `BuiltEdit`).
 */
export type BuiltDamage =
  | { kind: 'not-pdf' | 'cut-off' | 'unreadable' }
  | { kind: 'pages-lost'; pages: number; recorded: number }
  | { kind: 'pages-added'; pages: number; recorded: number }
  | { kind: 'bookmarks-lost'; titles: string[] }
  // Saved again with protection: a password to open it, or restrictions (what they deny: `denied`).
  | { kind: 'encrypted'; lock: 'password' | 'restricted'; denied: ('printing' | 'copying text' | 'changes')[] }
  | { kind: 'edited'; edit: BuiltEdit };

/**
 * How a built PDF was changed after the build: active content added (`what`: the kinds, as `file.actions` names
 * them for inputs; the build removes all of them, so any there came later); a page that is not as the build wrote
 * it (`page`, 1-based; `item`: the bookmark it falls under, none for the cover; `aspect`: its first changed part, or
 * `thumbnail`: a thumbnail picture added, which the build never writes;
 * `more`: other pages changed too); the document's settings, information, bookmarks, page labels or XMP metadata.
 */
export type BuiltEdit =
  | { kind: 'active'; what: string[] }
  | { kind: 'page'; page: number; item?: string; aspect: 'content' | 'resources' | 'page' | 'annots' | 'thumbnail'; more: number }
  | { kind: 'document'; aspect: 'info' | 'catalog' | 'outline' | 'labels' | 'xmp' | 'tags' };

/**
 * Whether a built PDF ends as a PDF ends (`inspectTail`, as inputs are read): `%%EOF` with nothing after it but
 * whitespace, after a `startxref` that points at a cross-reference section. A file cut off anywhere (a copy or a
 * download interrupted) loses that end. Cheap, without pdf-lib: `validate` asks it of every built PDF there is.
 *
 * @example
 * builtEndDamage(bytes.subarray(0, 20_000)); // { kind: 'cut-off' }
 */
export function builtEndDamage(bytes: Uint8Array): BuiltDamage | undefined {
  const header = pdfHeaderOffset(bytes);
  if (header < 0) return { kind: 'not-pdf' };
  const tail = inspectTail(bytes, header);
  return tail.truncated || tail.badStartxref ? { kind: 'cut-off' } : undefined;
}

/**
 * Whether a PDF carries a build's record (see `RECORD_KEYS`): a packet `packet build` wrote, which a new build may
 * replace without --force. Found in the bytes, without pdf-lib: the build writes no object streams, so the
 * catalog's `/ApplicationPacket` key is plain text, even in a file cut off after it.
 *
 * @example
 * hasBuiltRecord(readFileSync('out/packet.pdf')); // true
 */
export function hasBuiltRecord(bytes: Uint8Array): boolean {
  return recordAt(bytes) >= 0;
}

/**
 * The manifest key (see RECORD_KEYS) a packet records, read from its bytes without pdf-lib (the record is written
 * uncompressed, right after /ApplicationPacket), as hex digits as the build writes them; or undefined: no record,
 * one from before the key was written, or a key a re-save wrote otherwise (`recordedManifestKey` reads those too).
 *
 * @example
 * recordedManifest(bytes); // '9c1e4b0a7d2f3e61'
 */
export function recordedManifest(bytes: Uint8Array): string | undefined {
  const at = recordAt(bytes);
  if (at < 0) return undefined;
  // The record is a few hundred bytes; a long list of inputs a few thousand.
  const near = new TextDecoder('latin1').decode(bytes.subarray(at, at + 65_536));
  return new RegExp(`/${RECORD_KEYS.manifest}\\s*<([0-9A-Fa-f]{${DIGEST_HEX}})>`).exec(near)?.[1]?.toLowerCase();
}

/** Where `/ApplicationPacket` first occurs in the bytes, or -1. */
function recordAt(bytes: Uint8Array): number {
  const key = new TextEncoder().encode(`/${RECORD_KEYS.app}`);
  for (let i = bytes.indexOf(key[0] as number); i >= 0 && i <= bytes.length - key.length; i = bytes.indexOf(key[0] as number, i + 1)) {
    let j = 1;
    while (j < key.length && bytes[i + j] === key[j]) j++;
    if (j === key.length) return i;
  }
  return -1;
}
