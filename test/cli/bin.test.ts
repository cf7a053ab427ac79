/**
 * `bin/packet.js`, the command as installed: it runs the compiled modules in dist/, which the library exports
 * too. (That a packed and installed package runs on every supported Node is scripts/install-test.mjs's job.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/corpus.js';
import { bigInflationBomb } from '../helpers/corpus-bombs.js';
import { makeLinkedPdf, makePdf } from '../helpers/make-pdf.js';
import { cli, installedCli, workspace } from '../helpers/workspace.js';

const built = existsSync(join(repoRoot, 'dist/cli/main.js'));
const EPOCH = { SOURCE_DATE_EPOCH: '1762000000' };

const PROFILE = `id: corpus
title: Corpus packet
organization: Test University
deadline: 2030-01-01
submission: { format: single-pdf }
items:
  - { id: docs, kind: other, title: Documents, accepts: [file], max: 100 }
`;

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

describe.skipIf(!built)('the installed command', () => {
  it('finds the end of streams without a usable length, as in process', async () => {
    const dir = workspace({
      'profile.yaml': PROFILE,
      'odd.pdf': unmeasuredStreams(),
      'manifest.yaml': 'profile: profile.yaml\napplicant: { name: Tiina Perho, email: t@examples.fi }\nitems:\n  docs: [odd.pdf]\n',
    });
    const args = ['build', 'manifest.yaml', '--today', '2025-10-01'];
    const fromSources = await cli([...args, '-o', 'sources.pdf'], { cwd: dir, env: EPOCH });
    const installed = installedCli([...args, '-o', 'installed.pdf'], { cwd: dir, env: EPOCH });
    expect(installed.stdout.replace('installed.pdf', 'sources.pdf')).toBe(fromSources.stdout);
    expect(installed.stdout).toMatch(/^Built installed\.pdf: 3 pages/m);
    expect(installed.stderr).toBe('');
    expect(Buffer.compare(readFileSync(join(dir, 'installed.pdf')), readFileSync(join(dir, 'sources.pdf')))).toBe(0);
  }, 60_000);

  it('stops at a decompression bomb as in process, without inflating it whole', async () => {
    const bomb = await bigInflationBomb(1000);
    expect(bomb.length).toBeLessThan(2_000_000);
    const dir = workspace({
      'profile.yaml': PROFILE,
      'ok.pdf': await makePdf(),
      'bomb.pdf': bomb,
      'manifest.yaml': 'profile: profile.yaml\napplicant: { name: Tiina Perho, email: t@examples.fi }\nitems:\n  docs: [ok.pdf, bomb.pdf]\n',
    });
    const args = ['build', 'manifest.yaml', '--today', '2025-10-01'];
    // The child reports its peak memory as it exits.
    const report = "process.on('exit', () => process.stderr.write('maxrss ' + process.resourceUsage().maxRSS + '\\n'))";
    const installed = installedCli(args, { cwd: dir, nodeArgs: ['--import', `data:text/javascript,${encodeURIComponent(report)}`] });
    expect(installed.status).toBe(1);
    expect(installed.stdout).toMatch(/^manifest\.yaml:4:18 error file\.too-complex {2}bomb\.pdf is too complex .*expands to an unreasonable size/m);
    const maxRssKb = Number(/maxrss (\d+)/.exec(installed.stderr)?.[1]);
    // A gigabyte inflated whole would show here; the block-by-block count stops at the inspector's cap.
    expect(maxRssKb).toBeGreaterThan(0);
    expect(maxRssKb).toBeLessThan(400_000);
    expect(installed.stdout).toBe((await cli(args, { cwd: dir })).stdout);
  }, 60_000);

  it('validate loads pdf-lib only in the thread that inspects the files', async () => {
    const dir = workspace({
      'p.yaml': 'id: t\ntitle: T\norganization: U\ndeadline: 2030-01-01\nsubmission: { format: single-pdf }\nitems:\n  - { id: cv, kind: cv, title: CV, accepts: [file] }\n  - { id: plan, kind: research_plan, title: Research plan, accepts: [file] }\n',
      'm.yaml': 'profile: p.yaml\napplicant: { name: A B, email: a@b.org }\nitems:\n  cv: cv.pdf\n  plan: { file: plan.pdf, pages: "1, 3" }\n',
      'cv.pdf': await makePdf(),
      'plan.pdf': await makeLinkedPdf({ pages: 4 }),
    });
    // Loading pdf-lib's modules in the main thread, before the inspector starts, cost every validate a tenth of a second.
    const refuse = `export async function resolve(s, c, next) { const r = await next(s, c); if (r.url.includes('/@cantoo/pdf-lib/')) throw new Error('pdf-lib loaded by ' + c.parentURL); return r; }`;
    const hook = `import { register } from 'node:module'; import { isMainThread } from 'node:worker_threads'; if (isMainThread) register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(refuse)}));`;
    const installed = installedCli(['validate', 'm.yaml', '--today', '2025-10-01'], { cwd: dir, nodeArgs: ['--import', `data:text/javascript,${encodeURIComponent(hook)}`] });
    expect(installed.stderr).toBe('');
    expect(installed.status).toBe(0);
    expect(installed.stdout).toMatch(/^m\.yaml:5:34 info file\.links-dropped {2}plan\.pdf has 2 links and 3 bookmarks/m);
  }, 60_000);
});

describe('bin/packet.js', () => {
  it('says how to build when dist/ is missing, with no stack trace', () => {
    const dir = workspace({ 'bin/packet.js': readFileSync(join(repoRoot, 'bin/packet.js')) });
    const run = installedCli(['--version'], { cwd: dir, bin: join(dir, 'bin/packet.js') });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('packet is not built yet (dist/ is missing): run `npm run build` in its folder.\n');
  });
});
