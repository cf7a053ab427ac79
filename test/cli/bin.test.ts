/**
 * The bundled CLI (scripts/bundle.mjs) carries fast paths patched into its copy of pdf-lib. On every corpus
 * file that goes into a packet, it must build the very bytes the TypeScript sources build with pdf-lib as
 * published.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, corpusDir, corpusMissing, repoRoot } from '../helpers/corpus.js';
import { bigInflationBomb } from '../helpers/corpus-bombs.js';
import { makePdf } from '../helpers/make-pdf.js';
import { cli, installedCli, workspace } from '../helpers/workspace.js';

const bundled = existsSync(join(repoRoot, 'dist/bundle/packet.cjs'));
const EPOCH = { SOURCE_DATE_EPOCH: '1762000000' };

const PROFILE = `id: corpus
title: Corpus packet
organization: Test University
deadline: 2030-01-01
submission: { format: single-pdf }
items:
  - { id: docs, kind: other, title: Documents, accepts: [file], max: 100 }
`;

describe.skipIf(!bundled || corpusMissing() !== undefined)('the bundle and the sources build the same bytes', () => {
  it('on every corpus file that merges', async () => {
    const files = Object.entries(CORPUS)
      .filter(([, e]) => e.merges)
      .map(([f]) => f);
    expect(files.length).toBeGreaterThan(30);
    const dir = workspace({
      'profile.yaml': PROFILE,
      'manifest.yaml': ['profile: profile.yaml', 'applicant: { name: Test Person, email: t@example.org }', 'items:', '  docs:', ...files.map((f) => `    - ${JSON.stringify(join(corpusDir, f))}`), ''].join('\n'),
    });
    const args = ['build', 'manifest.yaml', '--today', '2025-10-01'];
    const fromSources = await cli([...args, '-o', 'sources.pdf'], { cwd: dir, env: EPOCH });
    expect(fromSources.code).toBe(0);
    const fromBundle = installedCli([...args, '-o', 'bundled.pdf'], { cwd: dir, env: EPOCH });
    expect(fromBundle.status).toBe(0);
    expect(fromBundle.stdout.replace('bundled.pdf', 'sources.pdf')).toBe(fromSources.stdout);
    const a = readFileSync(join(dir, 'bundled.pdf'));
    const b = readFileSync(join(dir, 'sources.pdf'));
    expect(a.length).toBe(b.length);
    expect(Buffer.compare(a, b)).toBe(0);
  }, 120_000);

  it('and find the same problems in every corpus file, broken and hostile ones included (its tokenizer fast paths)', async () => {
    const files = Object.keys(CORPUS);
    expect(files.length).toBe(50);
    const dir = workspace({
      'profile.yaml': PROFILE,
      'manifest.yaml': ['profile: profile.yaml', 'applicant: { name: Test Person, email: t@example.org }', 'items:', '  docs:', ...files.map((f) => `    - ${JSON.stringify(join(corpusDir, f))}`), ''].join('\n'),
    });
    // The build inspects in process, through the bundle's own pdf-lib; the broken files stop it before writing.
    const args = ['build', 'manifest.yaml', '--today', '2025-10-01', '-o', 'all.pdf'];
    const fromSources = await cli(args, { cwd: dir, env: EPOCH });
    const fromBundle = installedCli(args, { cwd: dir, env: EPOCH });
    expect(fromSources.code).toBe(1);
    expect(fromBundle.status).toBe(1);
    expect(fromBundle.stdout.split('\n').filter((l) => / error /.test(l)).length).toBeGreaterThan(5);
    expect(fromBundle.stdout).toBe(fromSources.stdout);
  }, 120_000);
});

/**
 * A PDF whose streams have no usable /Length (indirect, wrong or missing), so the parser looks for their end:
 * `stream` inside the data, every line ending before `endstream`, and the pages after them all; and tricky strings.
 */
function unmeasuredStreams(): Uint8Array {
  const body = [
    '%PDF-1.7',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '10 0 obj << /Length 11 0 R >> stream\r\nBT (a stream) Tj ET\r\nendstream\r\nendstream\r\nendobj',
    '11 0 obj 26 endobj',
    '12 0 obj << /Length 3 >> stream\nx stream y endstream z\rendstream\nendobj',
    '13 0 obj << >> stream\nno length at all\nendstream endobj',
    '14 0 obj << /Length 99 >>\nstream\nq 1 0 0 1 0 0 cm Q\n\rendstream\nendobj',
    '15 0 obj << /Length 15 0 R >> stream\nendstreamendstream\nendobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents [10 0 R 12 0 R 15 0 R] >> endobj',
    // Literal strings with escapes and nested parentheses, and hex strings, come along in the page's entries.
    '4 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] /Contents [14 0 R 13 0 R] /PieceInfo << /T (a \\) (b (c) d) \\\\) /U (\\\\\\() /H <41 42 4> /E <> /S () >> >> endobj',
    'trailer << /Root 1 0 R /Size 16 >>',
    '%%EOF',
  ].join('\n');
  return Uint8Array.from(body, (c) => c.charCodeAt(0));
}

describe.skipIf(!bundled)('the bundle', () => {
  it('finds the end of streams without a usable length where the sources do', async () => {
    const dir = workspace({
      'profile.yaml': PROFILE,
      'odd.pdf': unmeasuredStreams(),
      'manifest.yaml': 'profile: profile.yaml\napplicant: { name: Test Person, email: t@example.org }\nitems:\n  docs: [odd.pdf]\n',
    });
    const args = ['build', 'manifest.yaml', '--today', '2025-10-01'];
    const fromSources = await cli([...args, '-o', 'sources.pdf'], { cwd: dir, env: EPOCH });
    const fromBundle = installedCli([...args, '-o', 'bundled.pdf'], { cwd: dir, env: EPOCH });
    expect(fromBundle.stdout.replace('bundled.pdf', 'sources.pdf')).toBe(fromSources.stdout);
    expect(fromBundle.stdout).toMatch(/^Built bundled\.pdf: 3 pages/m);
    expect(Buffer.compare(readFileSync(join(dir, 'bundled.pdf')), readFileSync(join(dir, 'sources.pdf')))).toBe(0);
  }, 60_000);

  it('stops at a decompression bomb as the sources do, without inflating it whole (its zlib fast path has a cap)', async () => {
    const bomb = await bigInflationBomb(1000);
    expect(bomb.length).toBeLessThan(2_000_000);
    const dir = workspace({
      'profile.yaml': PROFILE,
      'ok.pdf': await makePdf(),
      'bomb.pdf': bomb,
      'manifest.yaml': 'profile: profile.yaml\napplicant: { name: Test Person, email: t@example.org }\nitems:\n  docs: [ok.pdf, bomb.pdf]\n',
    });
    const args = ['build', 'manifest.yaml', '--today', '2025-10-01'];
    // The child reports its peak memory as it exits.
    const report = "process.on('exit', () => process.stderr.write('maxrss ' + process.resourceUsage().maxRSS + '\\n'))";
    const fromBundle = installedCli(args, { cwd: dir, nodeArgs: ['--import', `data:text/javascript,${encodeURIComponent(report)}`] });
    expect(fromBundle.status).toBe(1);
    expect(fromBundle.stdout).toMatch(/^manifest\.yaml:4:18 error file\.too-complex {2}bomb\.pdf: .*expands to an unreasonable size/m);
    const maxRssKb = Number(/maxrss (\d+)/.exec(fromBundle.stderr)?.[1]);
    // A gigabyte inflated whole would show here; the block-by-block count stops at the inspector's cap.
    expect(maxRssKb).toBeGreaterThan(0);
    expect(maxRssKb).toBeLessThan(400_000);
    expect(fromBundle.stdout).toBe((await cli(args, { cwd: dir })).stdout);
  }, 60_000);

  it('finds the packages it loads on first use (SVG colours, XML entities, XFA) with the functions it calls', async () => {
    const { createRequire } = await import('node:module');
    const file = join(repoRoot, 'dist/bundle/packet.cjs');
    const text = readFileSync(file, 'latin1');
    const deferred = [...text.matchAll(/\.createRequire\)\(require\("url"\)\.pathToFileURL\(__filename\)\.href\)\("([a-z-]+)"\)/g)].map((m) => m[1]!).sort();
    expect(deferred).toEqual(['culori', 'html-entities', 'node-html-better-parser']);
    const load = createRequire(file);
    const calls: Record<string, string[]> = { culori: ['converter'], 'html-entities': ['encode', 'decode', 'decodeEntity'], 'node-html-better-parser': ['parse'] };
    for (const name of deferred) for (const fn of calls[name]!) expect(typeof (load(name) as Record<string, unknown>)[fn], `${name}.${fn}`).toBe('function');
    const colour = (load('culori') as { converter: (m: string) => (c: string) => { r: number } }).converter('rgb')('#ff0000');
    expect(colour.r).toBe(1);
    expect((load('node-html-better-parser') as { NodeType: Record<string, number> }).NodeType.TEXT_NODE).toBe(3);
  });

  it('ships a code cache that a fresh start of this Node accepts', () => {
    // A fresh process, as a user starts it: V8 rejects a cache whose flags differ, and says nothing.
    const run = installedCli(['--version'], { env: { PACKET_CHECK_CODE_CACHE: '1' } });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('code cache: accepted\n');
  });
});

describe('bin/packet.js', () => {
  it('says how to build when the bundle is missing, with no stack trace', () => {
    const dir = workspace({ 'bin/packet.js': readFileSync(join(repoRoot, 'bin/packet.js')) });
    const run = installedCli(['--version'], { cwd: dir, bin: join(dir, 'bin/packet.js') });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`packet is not built yet (${join(dir, 'dist/bundle/packet.cjs')} is missing): run \`npm run build\` in ${dir}\n`);
  });
});
