/**
 * Property tests: valid PDFs, damaged at random (cut off, bytes flipped, dictionary keys dropped or retyped,
 * chunks duplicated), never make the inspector throw, and never make it claim pages a reader cannot open
 * unless it says the file is damaged.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { INSPECT_CODES } from '../../../src/core/inspect/findings.js';
import { inspectInput } from '../../../src/core/inspect/inspect.js';
import type { InputFacts } from '../../../src/core/inspect/types.js';
import { assemble } from '../../../src/core/assemble/index.js';
import { makePlan, section } from '../assemble/fixtures.js';
import { benchStdDir } from '../../helpers/corpus.js';
import { readablePages } from '../../helpers/corpus-read.js';
import { encryptPdf, makePdf } from '../../helpers/make-pdf.js';

// Runs per property: small in CI; set FUZZ_RUNS=2000 to hunt.
const RUNS = Number(process.env.FUZZ_RUNS ?? 80);
const latin1 = new TextDecoder('latin1');
const toBytes = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** Findings that tell the applicant the page count may not be what the file shows. */
const DAMAGE = new Set(['file.corrupt', 'file.truncated', 'file.pages-uncertain', 'file.repaired', 'file.too-complex', 'file.encrypted', 'file.not-pdf', 'file.empty', 'file.no-pages']);

const seeds: Record<string, Uint8Array> = {};

beforeAll(async () => {
  seeds['made-3-pages'] = await makePdf({ pages: 3, wordsPerPage: 5 });
  seeds['made-encrypted-owner'] = await encryptPdf(await makePdf({ pages: 2 }), { userPassword: '', algorithm: 'AES-128' });
  const cv = join(benchStdDir, '01-cv.pdf');
  const plan = join(benchStdDir, '03-research-plan.pdf');
  if (existsSync(cv)) seeds['bench-cv'] = new Uint8Array(readFileSync(cv));
  // A cross-reference stream with object streams.
  if (existsSync(plan)) seeds['bench-research-plan'] = new Uint8Array(readFileSync(plan));
});

const KEY_EDITS: [RegExp, string[]][] = [
  [/\/Type\s*\/Pages\b/g, ['/Type /Pagez', '/Zype /Pages', '/Type /Page', '']],
  [/\/Type\s*\/Page\b(?!s)/g, ['/Type /Pages', '/Type /XObject', '']],
  [/\/Kids\b/g, ['/Kidz', '/Annots']],
  [/\/Count\s+\d+/g, ['/Count 0', '/Count 99', '/Count -1', '/Count 1', '']],
  [/\/Parent\s+\d+\s+\d+\s+R/g, ['', '/Parent 1 0 R']],
  [/\/Root\s+\d+\s+\d+\s+R/g, ['/Root 999 0 R', '']],
  [/\/Pages\s+\d+\s+\d+\s+R/g, ['/Pages 999 0 R', '/Pages 1 0 R']],
  [/\/Length\s+\d+/g, ['/Length 0', '/Length 999999', '/Length 5']],
  [/\bendobj\b/g, ['', 'endob']],
  [/\/Encrypt\s+\d+\s+\d+\s+R/g, ['', '/Encrypt 999 0 R']],
];

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; flips: [number, number][] }
  | { kind: 'key'; edit: number; occurrence: number; replacement: number }
  | { kind: 'duplicate'; from: number; length: number; to: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('flip' as const), flips: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('key' as const), edit: fc.nat(KEY_EDITS.length - 1), occurrence: fc.nat(50), replacement: fc.nat(4) }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    from: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1, max: 400 }),
    to: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
);

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const at = (x: number): number => Math.min(bytes.length - 1, Math.floor(x * bytes.length));
  switch (m.kind) {
    case 'truncate':
      return bytes.slice(0, at(m.at));
    case 'flip': {
      const out = bytes.slice();
      for (const [pos, value] of m.flips) out[at(pos)] = value;
      return out;
    }
    case 'key': {
      const [re, replacements] = KEY_EDITS[m.edit]!;
      const text = latin1.decode(bytes);
      const hits = [...text.matchAll(re)];
      if (hits.length === 0) return bytes;
      const hit = hits[m.occurrence % hits.length]!;
      const replacement = replacements[m.replacement % replacements.length]!;
      return toBytes(text.slice(0, hit.index) + replacement + text.slice(hit.index + hit[0].length));
    }
    case 'duplicate': {
      const from = at(m.from);
      const chunk = bytes.subarray(from, Math.min(bytes.length, from + m.length));
      const to = at(m.to);
      const out = new Uint8Array(bytes.length + chunk.length);
      out.set(bytes.subarray(0, to));
      out.set(chunk, to);
      out.set(bytes.subarray(to), to + chunk.length);
      return out;
    }
  }
}

function checkShape(facts: InputFacts): void {
  for (const f of facts.findings) {
    expect(INSPECT_CODES).toContain(f.code);
    expect(['error', 'warning', 'info']).toContain(f.severity);
    expect(f.message).not.toMatch(/Error|undefined|instance of|offset=|line:\d|PDFDict|stack|NaN/);
  }
  if (facts.loaded) expect(facts.findings.some((f) => f.severity === 'error')).toBe(false);
}

describe('inspectInput on damaged PDFs (property-based)', () => {
  it('never throws, reports only known codes, and hands on only documents that copy cleanly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(seeds)), mutation, async (seed, m) => {
        const bytes = mutate(seeds[seed]!, m);
        const facts = await inspectInput(bytes);
        checkShape(facts);
        if (facts.loaded) {
          // A document said to be mergeable has the pages it claims, and they copy and save.
          const doc = facts.loaded.doc as PDFDocument;
          expect(doc.getPageCount()).toBe(facts.pages);
          const out = await PDFDocument.create();
          for (const p of await out.copyPages(doc, doc.getPageIndices())) out.addPage(p);
          await out.save();
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('never claims more pages than a reader can open, unless it flags the damage', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(seeds)), mutation, async (seed, m) => {
        const bytes = mutate(seeds[seed]!, m);
        const facts = await inspectInput(bytes);
        if (facts.pages === undefined || facts.findings.some((f) => DAMAGE.has(f.code))) return;
        const readable = await readablePages(bytes);
        expect(facts.pages, `${seed} ${JSON.stringify(m)}`).toBeLessThanOrEqual(readable);
      }),
      { numRuns: Math.ceil(RUNS * 0.75) },
    );
  });

  it('accepts only files the assembler then builds with every page', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(seeds)), mutation, async (seed, m) => {
        const bytes = mutate(seeds[seed]!, m);
        const facts = await inspectInput(bytes);
        if (!facts.loaded) return;
        const part = { kind: 'pdf' as const, title: 'Input', source: 'input.pdf', bytes, loaded: facts.loaded };
        const result = await assemble(makePlan([section('other', 'Input', [part])], { options: { cover: false, stamps: false, forms: 'flatten' } }));
        expect(result.diagnostics.filter((d) => d.severity === 'error'), `${seed} ${JSON.stringify(m)}`).toEqual([]);
        expect(result.pageCount).toBe(facts.pages);
        expect(await readablePages(result.bytes)).toBe(facts.pages);
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });

  it('survives any bytes after a PDF header', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (junk) => {
        const bytes = new Uint8Array([...toBytes('%PDF-1.7\n'), ...junk]);
        checkShape(await inspectInput(bytes));
      }),
      { numRuns: RUNS },
    );
  });
});
