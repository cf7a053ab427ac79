/**
 * The decompression guard: object streams before pdf-lib parses them (however they are disguised), and every
 * stream the output would carry, bounded in inflated size; real files pass, and cheaply.
 */
import { deflateSync } from 'node:zlib';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodedSize, inflatedLength, MAX_RATIO } from '../../../src/core/inspect/decoders.js';
import { DEFAULT_LIMITS, inspectInput } from '../../../src/core/inspect/inspect.js';
import type { InputFacts } from '../../../src/core/inspect/types.js';
import { benchStdDir, corpusDir, corpusFiles, corpusMissing } from '../../helpers/corpus.js';
import { contentStreamBomb, deflateBomb, disguisedObjectStreamBombs, encryptedObjectStream, encryptedObjectStreamBomb, inflationBomb, objectStreamPdf } from '../../helpers/corpus-bombs.js';

/** Findings other than the note that these hand-made files have no index (which the reader rebuilds). */
const codes = (facts: InputFacts): string[] => facts.findings.filter((f) => f.code !== 'file.repaired').map((f) => `${f.severity} ${f.code}`).sort();
const BOMB_MESSAGE = 'bomb.pdf is too complex to check safely (it holds compressed data that expands to an unreasonable size).';

describe('decodedSize', () => {
  it('counts what flate data, alone or after hex, decodes to, and stops past the limit', () => {
    const z = deflateSync(Buffer.alloc(3_000_000, 0x41));
    expect(decodedSize(z, [{ name: 'FlateDecode' }], 10e6)).toBe(3_000_000);
    expect(decodedSize(z, [{ name: 'FlateDecode' }], 1e6)).toBeGreaterThan(1e6);
    const bomb = deflateBomb(1000);
    // Stopped within a block of the limit: a gigabyte is never counted, let alone held.
    expect(decodedSize(bomb, [{ name: 'FlateDecode' }], 10e6)).toBeLessThan(20e6);
    const hex = Buffer.from(`${z.toString('hex')}>`);
    expect(decodedSize(hex, [{ name: 'ASCIIHexDecode' }, { name: 'FlateDecode' }], 10e6)).toBe(3_000_000);
    // Damaged data counts what came out before the damage, never throws.
    expect(decodedSize(z.subarray(0, 200), [{ name: 'FlateDecode' }], 10e6)).toBeLessThan(3_000_000);
    expect(decodedSize(Buffer.from('not flate at all'), [{ name: 'FlateDecode' }], 10e6)).toBe(0);
  });

  it('inflatedLength counts a large image\'s data without its checksum whole, as viewers read it, and says when data is broken', () => {
    // 20 MB of a scan's light paper with specks, its 4-byte checksum left out, as some writers do.
    const raw = Buffer.alloc(20e6, 235);
    for (let i = 0; i < raw.length; i += 997) raw[i] = 30;
    const z = deflateSync(raw);
    expect(inflatedLength(z.subarray(0, -4), 20e6)).toEqual({ bytes: 20e6, broken: false });
    // Block by block, past 16 MB, the last bytes wait for a checksum that never comes: 12% would seem missing.
    expect(decodedSize(z.subarray(0, -4), [{ name: 'FlateDecode' }], 20e6)).toBeLessThan(18e6);
    expect(inflatedLength(z, 1e6)).toEqual({ bytes: 1e6, broken: false });
    expect(inflatedLength(z.subarray(0, 1000), 20e6).bytes).toBeLessThan(20e6);
    const wrongSum = deflateSync(raw.subarray(0, 1e6));
    wrongSum[wrongSum.length - 1]! ^= 0xff;
    expect(inflatedLength(wrongSum, 1e6 + 1)).toEqual({ bytes: 1e6, broken: true });
  });

  it('decodes LZW, run-length and ASCII85 as PDF defines them', () => {
    // LZW of "-----A---B" from the PDF reference (7.4.4.2), 9-bit codes: 45 258 258 65 259 66 257.
    const codes = [256, 45, 258, 258, 65, 259, 66, 257];
    let bits = 0n;
    for (const c of codes) bits = (bits << 9n) | BigInt(c);
    const n = codes.length * 9;
    const bytes = Buffer.from((bits << BigInt((8 - (n % 8)) % 8)).toString(16).padStart(Math.ceil(n / 8) * 2, '0'), 'hex');
    expect(decodedSize(bytes, [{ name: 'LZWDecode' }], 100)).toBe('-----A---B'.length);
    expect(decodedSize(Buffer.from([2, 1, 2, 3, 253, 9, 128, 7]), [{ name: 'RunLengthDecode' }], 100)).toBe(3 + 4);
    expect(decodedSize(Buffer.from('87cURD]i,"Ebo80~>'), [{ name: 'ASCII85Decode' }], 100)).toBe('Hello world!'.length);
    expect(decodedSize(Buffer.from('z!!~>'), [{ name: 'A85' }], 100)).toBe(4 + 1);
  });

  it('bounds deflate: zlib at its densest stays under the ratio the guard assumes', () => {
    const z = deflateBomb(16);
    expect((16 * 2 ** 20) / z.length).toBeGreaterThan(1000);
    expect((16 * 2 ** 20) / z.length).toBeLessThanOrEqual(MAX_RATIO.FlateDecode!);
    expect(decodedSize(z, [{ name: 'FlateDecode' }], 1e9)).toBe(16 * 2 ** 20);
  });
});

describe('object streams, before pdf-lib parses them', () => {
  it('stops a plain bomb, and passes the same stream under the bound', async () => {
    expect(codes(await inspectInput(inflationBomb(120)))).toEqual(['error file.too-complex']);
    const small = await inspectInput(objectStreamPdf('/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', deflateBomb(8)), {
      limits: { maxInflatedBytes: 9 * 2 ** 20, maxInflationRatio: 0 },
    });
    expect(small.findings.filter((f) => f.code === 'file.too-complex')).toEqual([]);
  });

  for (const [how, bytes] of Object.entries(disguisedObjectStreamBombs(2000))) {
    it(`stops an unused 2 GB object-stream bomb hidden by ${how}`, async () => {
      expect(bytes.length).toBeLessThan(5_000_000);
      const facts = await inspectInput(bytes, { fileName: 'bomb.pdf' });
      expect(facts.findings).toEqual([expect.objectContaining({ severity: 'error', code: 'file.too-complex', message: BOMB_MESSAGE })]);
    });
  }
});

describe('encrypted object streams', () => {
  it('measures them as pdf-lib reads them, decrypted: a 2 GB bomb stops', async () => {
    const bytes = await encryptedObjectStreamBomb(2000);
    const facts = await inspectInput(bytes, { fileName: 'bomb.pdf' });
    expect(facts.findings).toEqual([expect.objectContaining({ code: 'file.too-complex', message: BOMB_MESSAGE })]);
  });

  it('passes a big one that inflates tenfold (too big to pass unmeasured)', async () => {
    const text = Buffer.from(Array.from({ length: 300_000 }, (_, i) => `${i + 1000} ${(i * 7919) % 100_003} `).join(''));
    const z = deflateSync(text);
    expect(z.length * MAX_RATIO.FlateDecode!).toBeGreaterThan(DEFAULT_LIMITS.maxInflatedBytes * 2);
    expect(codes(await inspectInput(await encryptedObjectStream(z)))).toEqual(['info file.decrypted']);
  });
});

describe('streams the output would carry, before anything is copied', () => {
  it('stops a 2 GB bomb appended to a page’s contents', async () => {
    const facts = await inspectInput(contentStreamBomb(2000), { fileName: 'bomb.pdf' });
    expect(facts.findings).toEqual([expect.objectContaining({ severity: 'error', code: 'file.too-complex', message: BOMB_MESSAGE })]);
    expect(facts.loaded).toBeUndefined();
  });

  it('passes a page stream that inflates a thousandfold to 100 MB (under the bound for one stream)', async () => {
    const facts = await inspectInput(contentStreamBomb(100));
    expect(codes(facts)).toEqual([]);
    expect(facts.loaded).toBeDefined();
  });

  it('bounds the carried streams together, too', async () => {
    const limits = { maxCarriedBytes: 50 * 2 ** 20, maxCarriedRatio: 0 };
    expect(codes(await inspectInput(contentStreamBomb(60), { limits }))).toEqual(['error file.too-complex']);
    expect(codes(await inspectInput(contentStreamBomb(40), { limits }))).toEqual([]);
  });

  it('counts an image by its declared size: a blank 300 dpi page passes, a 100,000-pixel square does not', async () => {
    const page = (w: number, h: number, data: Buffer): Uint8Array =>
      new Uint8Array(
        Buffer.concat([
          Buffer.from(
            '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n' +
              '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /XObject << /Im 4 0 R >> >> >> endobj\n' +
              `4 0 obj << /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length ${data.length} >> stream\n`,
            'latin1',
          ),
          data,
          Buffer.from('\nendstream endobj\n5 0 obj << /Length 27 >> stream\nq 595 0 0 842 0 0 cm /Im Do Q\nendstream endobj\ntrailer << /Root 1 0 R /Size 6 >>\n%%EOF\n', 'latin1'),
        ]),
      );
    const white = deflateSync(Buffer.alloc(2480 * 3508 * 3, 0xff), { level: 9 });
    // A blank A4 page at 300 dpi: 26 MB of pixels in about 26 KB.
    expect((2480 * 3508 * 3) / white.length).toBeGreaterThan(900);
    expect(codes(await inspectInput(page(2480, 3508, white)))).toEqual([]);
    expect(codes(await inspectInput(page(100_000, 100_000, white)))).toEqual(['error file.too-complex']);
  });
});

describe('real files', () => {
  it.skipIf(corpusMissing())('pass the guard: no corpus or bench file is called a bomb', async () => {
    const files = [...corpusFiles().map((f) => join(corpusDir, f)), ...(existsSync(benchStdDir) ? readdirSync(benchStdDir).map((f) => join(benchStdDir, f)) : [])];
    for (const file of files) {
      const facts = await inspectInput(new Uint8Array(readFileSync(file)));
      expect(facts.findings.filter((f) => f.code === 'file.too-complex').map((f) => f.message), file).toEqual([]);
    }
  });

  it('keeps the bounds the comments promise', () => {
    expect(DEFAULT_LIMITS.maxStreamBytes).toBeGreaterThan(209e6);
    expect(DEFAULT_LIMITS.maxStreamBytes).toBeLessThan(2e9);
  });
});
