/** Hostile PDFs made on the fly: small files that are expensive to parse or to show. */
import { deflateRawSync, deflateSync, constants } from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
import { makePdf } from './make-pdf.js';

const latin1 = (s: string): Buffer => Buffer.from(s, 'latin1');

/**
 * zlib data that inflates to `mb` MiB of spaces, about 1 KB per MiB, made in milliseconds: one MiB compressed
 * with a full flush (so it refers to nothing before it) repeated, then an empty final block and the right
 * checksum, so a strict inflater accepts every byte of it.
 */
export function deflateBomb(mb: number, fill = 0x20): Buffer {
  const segment = deflateRawSync(Buffer.alloc(2 ** 20, fill), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const n = BigInt(mb) * 2n ** 20n;
  const a = (1n + n * BigInt(fill)) % 65521n;
  const b = (n + (BigInt(fill) * n * (n + 1n)) / 2n) % 65521n;
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(Number((b << 16n) | a));
  return Buffer.concat([Buffer.from([0x78, 0xda]), ...Array<Buffer>(mb).fill(segment), Buffer.from([0x03, 0x00]), adler]);
}

const HEAD = '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n';
const TAIL = 'trailer << /Root 1 0 R /Size 9 >>\nstartxref\n0\n%%EOF\n';

function withObjectStream(n: number, first: number, body: Buffer): Uint8Array {
  return objectStreamPdf(`/Type /ObjStm /N ${n} /First ${first} /Filter /FlateDecode`, deflateSync(body, { level: 9 }));
}

/** A one-page PDF with an object stream (object 4) of the given dictionary entries and data; nothing refers to it. */
export function objectStreamPdf(entries: string, data: Buffer, before = ''): Uint8Array {
  return new Uint8Array(
    Buffer.concat([
      latin1(HEAD + '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] >> endobj\n' + before + `4 0 obj << ${entries} /Length ${data.length} >> stream\n`),
      data,
      latin1('\nendstream endobj\n' + TAIL),
    ]),
  );
}

/** A decompression bomb: an object stream of a few hundred KB that inflates to `mb` MB (pdf-lib inflates it on load). */
export function inflationBomb(mb: number): Uint8Array {
  const header = '5 0 ';
  return withObjectStream(1, header.length, Buffer.concat([Buffer.from(`${header}<< /A 1 >>`), Buffer.alloc(mb * 1e6, 0x20)]));
}

/** A big object-stream bomb (about 1 KB per inflated MiB), made in milliseconds. */
export function bigInflationBomb(mb: number): Uint8Array {
  return objectStreamPdf('/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', deflateBomb(mb));
}

/**
 * Ways to hide an unused object-stream bomb of `mb` MiB from a byte search, each of which pdf-lib still
 * inflates while loading: a long dictionary, an escaped name, a filter chain, the name by reference, ...
 */
export function disguisedObjectStreamBombs(mb: number): Record<string, Uint8Array> {
  const z = deflateBomb(mb);
  const hex = latin1(`${z.toString('hex')}>`);
  return {
    'a dictionary longer than 2 KB': objectStreamPdf(`/Type /ObjStm /Pad (${'x'.repeat(3000)}) /N 1 /First 4 /Filter /FlateDecode`, z),
    'an escaped name (/Obj#53tm)': objectStreamPdf('/Type /Obj#53tm /N 1 /First 4 /Filter /FlateDecode', z),
    'a hex filter before the flate one': objectStreamPdf('/Type /ObjStm /N 1 /First 4 /Filter [/ASCIIHexDecode /FlateDecode]', hex),
    '"endobj" in a string of the dictionary': objectStreamPdf('/Type /ObjStm /S (endobj) /N 1 /First 4 /Filter /FlateDecode', z),
    'its /Type by reference': objectStreamPdf('/Type 9 0 R /N 1 /First 4 /Filter /FlateDecode', z, '9 0 obj /ObjStm endobj\n'),
    'its /Filter by reference': objectStreamPdf('/Type /ObjStm /N 1 /First 4 /Filter 9 0 R', z, '9 0 obj /FlateDecode endobj\n'),
    '"endstream" inside its data': objectStreamPdf('/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', insertEndstream(z)),
  };
}

/** The same zlib data with `endstream` inside it (in a stored block), which a search for the end would stop at. */
function insertEndstream(z: Buffer): Buffer {
  const word = latin1('\nendstream\n');
  // A non-final stored block of the word, byte-aligned after the header: inflaters copy it and go on.
  const stored = Buffer.concat([Buffer.from([0x00, word.length, 0x00, ~word.length & 0xff, 0xff]), word]);
  return Buffer.concat([z.subarray(0, 2), stored, z.subarray(2)]);
}

/**
 * An owner-password (AES-128) PDF holding an object-stream bomb of `mb` MiB, encrypted like every stream of the
 * file: only after decryption does it inflate (pdf-lib decrypts, then inflates, while loading).
 */
export async function encryptedObjectStreamBomb(mb: number): Promise<Uint8Array> {
  return encryptedObjectStream(deflateBomb(mb));
}

/** An owner-password (AES-128) PDF holding an unused object stream of the given zlib data. */
export async function encryptedObjectStream(z: Buffer): Promise<Uint8Array> {
  const doc = await PDFDocument.load(await makePdf());
  // pdf-lib's writer leaves object streams of its input out: name it otherwise, and rename it in the bytes.
  const dict = doc.context.obj({ Type: 'ObjStX', N: 1, First: 4, Filter: 'FlateDecode', Length: z.length });
  doc.catalog.set(PDFName.of('Extra'), doc.context.register(PDFRawStream.of(dict, new Uint8Array(z))));
  doc.encrypt({ userPassword: '', ownerPassword: 'owner', algorithm: 'AES-128' });
  const saved = Buffer.from(await doc.save({ useObjectStreams: false }));
  return new Uint8Array(Buffer.from(saved.toString('latin1').replace('/ObjStX', '/ObjStm'), 'latin1'));
}

/**
 * A one-page PDF whose page shows "Hello" from its first content stream, while a second content stream in the
 * page's /Contents array is a bomb of `mb` MiB (the build copies compressed streams as they are).
 */
export function contentStreamBomb(mb: number): Uint8Array {
  const text = latin1('BT /F1 24 Tf 20 50 Td (Hello) Tj ET');
  const z = deflateBomb(mb, 0x0a);
  return new Uint8Array(
    Buffer.concat([
      latin1(
        HEAD +
          '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents [4 0 R 6 0 R] /Resources << /Font << /F1 5 0 R >> >> >> endobj\n' +
          `4 0 obj << /Length ${text.length} >> stream\n`,
      ),
      text,
      latin1('\nendstream endobj\n5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n' + `6 0 obj << /Filter /FlateDecode /Length ${z.length} >> stream\n`),
      z,
      latin1('\nendstream endobj\n' + TAIL),
    ]),
  );
}

/** An object stream of `n` small arrays: modest inflation, but millions of heap objects and seconds of parsing. */
export function objectFlood(n: number): Uint8Array {
  const offsets: string[] = [];
  const objects: string[] = [];
  const obj = '[0 0 0 0 0 0 0 0]\n';
  for (let i = 0; i < n; i++) {
    offsets.push(`${10 + i} ${i * obj.length}`);
    objects.push(obj);
  }
  const header = `${offsets.join(' ')}\n`;
  return withObjectStream(n, header.length, Buffer.from(header + objects.join('')));
}
