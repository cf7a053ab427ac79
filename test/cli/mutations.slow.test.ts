/**
 * The contract on hostile inputs, as a property over byte-level mutants of real PDFs (the shared corpus and
 * bench, read in place): for each, `packet build` either refuses cleanly (exit 1, an error diagnostic, no output
 * file, no stack trace) or writes a correct packet: as many pages as the inspector reported, and on every page
 * the text pdf.js reads on the input page (the footer stamp aside).
 *
 *   npm run test:slow                               # MUTATION_SEED=20261203, MUTATION_CASES=250 (what CI runs)
 *   MUTATION_SEED=random MUTATION_CASES=2000 npx vitest run -c vitest.slow.config.ts test/cli/mutations.slow.test.ts
 *
 * CI runs one fixed seed, so that its verdict is the code's and not the clock's; hunting runs take a random seed
 * (printed in the test's name) and a failure names the seed and case that reproduce it.
 *
 * Where pdf.js itself cannot read an input (it does not rebuild a file cut before its index) or one of its pages,
 * there is no reference text for it: the output must then still open with the reported page count. Where pdf.js
 * reads no text on an input page but pdf-lib (the reader the build uses) recovers some, the extra text is allowed.
 * Built with `--no-cover` (pages line up) and `--forms keep` (filled-in fields stay annotations, which pdf.js does
 * not count as page text).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { inspectInput } from '../../src/core/inspect/inspect.js';
import { stampText } from '../../src/core/assemble/stamps.js';
import { benchStdDir, CORPUS, corpusDir, corpusMissing } from '../helpers/corpus.js';
import { cli, docsProfile, workspace } from '../helpers/workspace.js';
import { TEXT_READ_DIFFERENTLY_SCALED } from '../helpers/page-views.js';

const SEED = process.env.MUTATION_SEED === 'random' ? Date.now() % 1_000_000 : Number(process.env.MUTATION_SEED ?? 20261203);
const CASES = Number(process.env.MUTATION_CASES ?? 250);
/** Inputs of more pages than this are left out: pdf.js reads every page of input and output for each case. */
const MAX_PAGES = 40;

const PROFILE = docsProfile('mutants', 'Mutants');
const MANIFEST = 'profile: profile.yaml\napplicant: { name: Tiina Perho, email: t@examples.fi }\noutput: out.pdf\nitems:\n  docs: input.pdf\n';

/** mulberry32: small, fast, and the same sequence everywhere for a seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = { kind: 'flip'; at: number[]; to: number[] } | { kind: 'delete' | 'duplicate'; at: number; length: number; to?: number } | { kind: 'insert'; at: number; bytes: number[] } | { kind: 'truncate'; at: number };

function pickMutation(rnd: () => number, size: number): Mutation {
  const int = (n: number): number => Math.floor(rnd() * n);
  switch (int(5)) {
    case 0: {
      const n = 1 + int(4);
      return { kind: 'flip', at: Array.from({ length: n }, () => int(size)), to: Array.from({ length: n }, () => int(256)) };
    }
    case 1:
      return { kind: 'delete', at: int(size), length: 1 + int(64) };
    case 2:
      return { kind: 'insert', at: int(size), bytes: Array.from({ length: 1 + int(16) }, () => int(256)) };
    case 3:
      return { kind: 'truncate', at: Math.max(1, size - 1 - int(Math.min(size - 1, 4000))) };
    default:
      return { kind: 'duplicate', at: int(size), length: 1 + int(400), to: int(size) };
  }
}

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  // A plain Uint8Array: pdf.js refuses a Buffer.
  const join = (...parts: ArrayLike<number>[]): Uint8Array => new Uint8Array(Buffer.concat(parts.map((p) => Uint8Array.from(p))));
  switch (m.kind) {
    case 'flip': {
      const out = bytes.slice();
      m.at.forEach((at, i) => (out[at] = m.to[i]!));
      return out;
    }
    case 'delete':
      return join(bytes.subarray(0, m.at), bytes.subarray(m.at + m.length));
    case 'insert':
      return join(bytes.subarray(0, m.at), m.bytes, bytes.subarray(m.at));
    case 'truncate':
      return bytes.slice(0, m.at);
    case 'duplicate':
      return join(bytes.subarray(0, m.to!), bytes.subarray(m.at, m.at + m.length), bytes.subarray(m.to!));
  }
}

/** Text of every page as pdf.js reads it, white space removed; undefined for a page it cannot read, or for all when it cannot open the file. */
async function texts(bytes: Uint8Array): Promise<(string | undefined)[] | undefined> {
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0, stopAtErrors: false });
  try {
    const doc = await task.promise;
    const out: (string | undefined)[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        out.push(content.items.map((it) => ('str' in it ? it.str : '')).join('').replace(/\s+/gu, ''));
        page.cleanup();
      } catch {
        out.push(undefined);
      }
    }
    return out;
  } catch {
    return undefined;
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

function seeds(): { name: string; bytes: Uint8Array }[] {
  const files = Object.entries(CORPUS)
    .filter(([, e]) => e.type === 'pdf' && e.merges && (e.pages ?? 0) <= MAX_PAGES)
    .map(([f]) => join(corpusDir, f));
  const bench = ['00-application-form.pdf', '01-cv.pdf', '02-bio.pdf', '03-research-plan.pdf', '04-transcript-scan.pdf', '06-teaching-slides-rot270.pdf', '07-letter-1.pdf', '08-letter-2.pdf'];
  if (existsSync(benchStdDir)) files.push(...bench.map((f) => join(benchStdDir, f)));
  return files.map((f) => ({ name: f.slice(f.lastIndexOf('/') + 1), bytes: new Uint8Array(readFileSync(f)) }));
}

/** What is wrong with the outcome of one mutant, or undefined when it keeps the contract. */
async function breach(input: Uint8Array, name: string): Promise<string | undefined> {
  const dir = workspace({ 'profile.yaml': PROFILE, 'manifest.yaml': MANIFEST, 'input.pdf': input });
  const run = await cli(['build', 'manifest.yaml', '--today', '2025-10-01', '--no-cover', '--forms', 'keep'], { cwd: dir });
  const said = `${run.stdout}${run.stderr}`;
  if (/\n\s+at |Error:|TypeError|RangeError|undefined|NaN/.test(said)) return `a stack trace or internal text:\n${said}`;
  const written = existsSync(join(dir, 'out.pdf'));
  if (run.code !== 0) {
    if (run.code !== 1) return `exit ${run.code}:\n${said}`;
    if (written) return 'exit 1, yet out.pdf was written';
    if (!/ error [a-z-]+\.[a-z-]+ {2}/.test(run.stdout)) return `exit 1 without an error diagnostic:\n${said}`;
    return undefined;
  }
  if (!written) return 'exit 0 without out.pdf';
  const facts = await inspectInput(input);
  const output = new Uint8Array(readFileSync(join(dir, 'out.pdf')));
  const out = await texts(output);
  if (out === undefined) return 'pdf.js cannot open the output';
  if (out.length !== facts.pages) return `${out.length} pages built, the inspector reported ${facts.pages}`;
  const inp = await texts(input);
  if (inp === undefined) return undefined;
  if (inp.length !== out.length) return `pdf.js reads ${inp.length} pages in the input, ${out.length} in the output`;
  for (let i = 0; i < out.length; i++) {
    const stamp = stampText('Tiina Perho', 'Documents', i + 1, out.length).replace(/\s+/gu, '');
    const shown = (out[i] ?? '').replace(stamp, '');
    const before = inp[i];
    if (before === undefined || before === '') continue;
    if (TEXT_READ_DIFFERENTLY_SCALED[name] && shown.startsWith(before) && shown.length - before.length <= 2) continue;
    if (shown !== before) return `page ${i + 1}: the input shows ${JSON.stringify(before.slice(0, 80))}, the output ${JSON.stringify(shown.slice(0, 80))}`;
  }
  return undefined;
}

describe.skipIf(corpusMissing())('packet build on mutated real PDFs', () => {
  it(`keeps the contract on ${CASES} mutants (MUTATION_SEED=${SEED})`, { timeout: 600_000 }, async () => {
    const inputs = seeds();
    const rnd = random(SEED);
    const failures: string[] = [];
    for (let c = 0; c < CASES && failures.length < 5; c++) {
      const seed = inputs[Math.floor(rnd() * inputs.length)]!;
      const m = pickMutation(rnd, seed.bytes.length);
      // The cli helper throws on active content in an output: that too is a breach of this mutant.
      const problem = await breach(mutate(seed.bytes, m), seed.name).catch((err: unknown) => (err instanceof Error ? err.message : String(err)));
      if (problem) failures.push(`case ${c}: ${seed.name}, ${JSON.stringify(m)}: ${problem}`);
    }
    expect(failures, `MUTATION_SEED=${SEED} MUTATION_CASES=${CASES} reproduces these`).toEqual([]);
  });
});
