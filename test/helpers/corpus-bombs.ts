/** Hostile PDFs made on the fly: small files that are expensive to parse. */
import { once } from 'node:events';
import { createDeflate, deflateSync } from 'node:zlib';

function withObjectStream(n: number, first: number, body: Buffer): Uint8Array {
  return wrapObjectStream(n, first, deflateSync(body, { level: 9 }));
}

function wrapObjectStream(n: number, first: number, z: Buffer): Uint8Array {
  const head =
    '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n' +
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] >> endobj\n' +
    `4 0 obj << /Type /ObjStm /N ${n} /First ${first} /Filter /FlateDecode /Length ${z.length} >> stream\n`;
  const tail = '\nendstream endobj\ntrailer << /Root 1 0 R /Size 6 >>\nstartxref\n0\n%%EOF\n';
  return new Uint8Array(Buffer.concat([Buffer.from(head, 'latin1'), z, Buffer.from(tail, 'latin1')]));
}

/** A decompression bomb: an object stream of a few hundred KB that inflates to `mb` MB (pdf-lib inflates it on load). */
export function inflationBomb(mb: number): Uint8Array {
  const header = '5 0 ';
  return withObjectStream(1, header.length, Buffer.concat([Buffer.from(`${header}<< /A 1 >>`), Buffer.alloc(mb * 1e6, 0x20)]));
}

/** A big decompression bomb (about 1 KB per inflated MB), compressed in 1 MB blocks so making it stays light. */
export async function bigInflationBomb(mb: number): Promise<Uint8Array> {
  const header = '5 0 ';
  const deflate = createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => parts.push(chunk));
  const ended = once(deflate, 'end');
  deflate.write(Buffer.from(`${header}<< /A 1 >>`));
  const block = Buffer.alloc(2 ** 20, 0x20);
  for (let i = 0; i < mb; i++) if (!deflate.write(block)) await once(deflate, 'drain');
  deflate.end();
  await ended;
  return wrapObjectStream(1, header.length, Buffer.concat(parts));
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
