/** The record of a build read back whatever kind of string a re-save gave its digests (audit 12-06b #2). */
import { describe, expect, it } from 'vitest';
import type { PDFArray, PDFDict } from '@cantoo/pdf-lib';
import { PDFDocument, PDFHexString, PDFName, PDFString, type PDFObject } from '@cantoo/pdf-lib';
import { writeBuiltFrom } from '../../../src/core/assemble/metadata.js';
import { readBuilt } from '../../../src/core/report/built.js';

/** A one-page packet whose record holds these inputs and manifest key, its digests rewritten by `rewrite`. */
async function recorded(inputs: string[], manifest: string, rewrite: (bytes: Uint8Array) => PDFObject): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.addPage();
  writeBuiltFrom(doc, inputs.map((i) => i.padEnd(64, '0')), new Date(Date.UTC(2025, 10, 1)), 1, manifest);
  const pieces = doc.context.lookup(doc.catalog.get(PDFName.of('PieceInfo'))) as PDFDict;
  const app = doc.context.lookup(pieces.get(PDFName.of('ApplicationPacket'))) as PDFDict;
  const record = doc.context.lookup(app.get(PDFName.of('Private'))) as PDFDict;
  const list = doc.context.lookup(record.get(PDFName.of('Inputs'))) as PDFArray;
  record.set(PDFName.of('Inputs'), doc.context.obj(list.asArray().map((o) => rewrite((doc.context.lookup(o) as PDFHexString).asBytes()))));
  record.set(PDFName.of('Manifest'), rewrite((record.get(PDFName.of('Manifest')) as PDFHexString).asBytes()));
  return doc.save();
}

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
/** pypdf's literal string: the bytes, escaped in octal. */
const literal = (bytes: Uint8Array) => PDFString.of(Array.from(bytes, (b) => `\\${b.toString(8).padStart(3, '0')}`).join(''));
/** Text in UTF-16 of the bytes read as PDFDocEncoding (0x18 is ˘, 0x80 •, 0x8d “, 0xa0 €). */
const utf16 = (bytes: Uint8Array) => PDFHexString.of(`feff${Array.from(bytes, (b) => PDFHexString.of(b.toString(16).padStart(2, '0')).decodeText().charCodeAt(0).toString(16).padStart(4, '0')).join('')}`);

describe('the record\'s digests, however a re-save wrote them', () => {
  const inputs = ['75017a89d55fbf2e', '18808da0fe41c3e9'];
  const manifest = '4dec0347a1506d5e';

  it('hex strings as the build writes them, literal strings (pypdf) and UTF-16 text: the same digests and manifest key', async () => {
    for (const rewrite of [(b: Uint8Array) => PDFHexString.of(hex(b)), literal, utf16]) {
      const read = await readBuilt(await recorded(inputs, manifest, rewrite));
      expect(read.inputs).toEqual(inputs);
      expect(read.manifest).toBe(manifest);
      expect(read.rewritten).toBeUndefined();
    }
  });

  it('digests that cannot be read back (cut short, a byte PDFDocEncoding lacks made U+FFFD): no digests, `rewritten`', async () => {
    const short = await readBuilt(await recorded(inputs, manifest, (b) => PDFString.of(hex(b).slice(0, 5))));
    expect(short.inputs).toBeUndefined();
    expect(short.rewritten).toBe(true);
    const lost = await readBuilt(await recorded(['7f00000000000000'], manifest, (b) => PDFHexString.of(`feff${Array.from(b, (x) => (x === 0x7f ? 'fffd' : x.toString(16).padStart(4, '0'))).join('')}`)));
    expect(lost.inputs).toBeUndefined();
    expect(lost.rewritten).toBe(true);
  });
});
