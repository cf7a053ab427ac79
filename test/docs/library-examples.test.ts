/**
 * The library's documented recipes run and give the CLI's verdict: the README's Library block and the @example of
 * the package, `checkManifest` and `makeReport`, each run as a script against the built dist/ (audit 12-06j #1:
 * the documented recipe said Ready over a packet `packet validate` calls out of date).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { copyExample, installedCli } from '../helpers/workspace.js';

const root = join(import.meta.dirname, '..', '..');

/** The @example above `export ... <name>` (or the file's first one), as code. */
function example(file: string, name?: string): string {
  const text = readFileSync(join(root, file), 'utf8');
  const found = [...text.matchAll(/@example\n((?: \*.*\n)+?) \*\/\n(.*)/g)].find((m) => name === undefined || m[2]!.includes(` ${name}(`));
  expect(found, `${file} ${name ?? ''}`).toBeDefined();
  return found![1]!.split('\n').map((l) => l.replace(/^ \* ?/, '')).join('\n');
}

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const library = readme.slice(readme.indexOf('\n## Library\n'), readme.indexOf('\n## Development\n'));
const readmeBlocks = [...library.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!);

const examples: [string, string][] = [
  ['README Library', readmeBlocks[0] ?? ''],
  ['src/index.ts', example('src/index.ts')],
  ['checkManifest', example('src/app/check.ts', 'checkManifest')],
  ['makeReport', example('src/core/report/model.ts', 'makeReport')],
];

function run(code: string, cwd: string): { code: number; lines: string[] } {
  const script = join(cwd, 'example.mjs');
  writeFileSync(script, code.replaceAll("'application-packet'", `'${pathToFileURL(join(root, 'dist/index.js')).href}'`));
  const r = spawnSync(process.execPath, [script], { cwd, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return { code: r.status ?? -1, lines: r.stdout.trimEnd().split('\n') };
}

describe('the documented library recipes', () => {
  it('the README has its recipes', () => {
    expect(readmeBlocks.length).toBe(2);
  });

  it("the README's reportManifest recipe prints the page ranges and what packet report --format json prints (audit 12-06l #14)", () => {
    const dir = copyExample();
    expect(installedCli(['build', 'manifest.yaml', '--today', '2025-11-01', '--quiet'], { cwd: dir }).status).toBe(0);
    const json = installedCli(['report', 'manifest.yaml', '--today', '2025-11-01', '--format', 'json'], { cwd: dir }).stdout;
    const ran = run(readmeBlocks[1]!, dir);
    const ranges = (JSON.parse(json) as { items: { title: string; range?: { first: number } }[] }).items.filter((i) => i.range).map((i) => `p. ${i.range!.first} ${i.title}`);
    expect(ranges.length).toBeGreaterThan(0);
    expect(ran.lines.slice(0, ranges.length)).toEqual(ranges);
    expect(JSON.parse(ran.lines.slice(ranges.length).join('\n'))).toEqual(JSON.parse(json));
  });

  it.each(examples)('%s runs and prints what packet validate prints, before and after an input changes under the built packet', (_name, code) => {
    const dir = copyExample();
    expect(installedCli(['build', 'manifest.yaml', '--today', '2025-11-01', '--quiet'], { cwd: dir }).status).toBe(0);
    for (const state of ['fresh', 'stale']) {
      // The applicant edits the plan after building: the packet is out of date.
      if (state === 'stale') appendFileSync(join(dir, 'docs', 'research-plan.pdf'), ' ');
      const cli = installedCli(['validate', 'manifest.yaml', '--today', '2025-11-01'], { cwd: dir });
      const cliLines = cli.stdout.trimEnd().split('\n');
      const verdict = cliLines.at(-1)!;
      expect(verdict).toBe(state === 'fresh' ? 'Ready to submit (1 item to send later)' : 'Not ready: out/virtanen-aalto-tml.pdf is out of date: build again');
      const ran = run(code, dir);
      if (code.includes('formatDiagnostic')) {
        // checkManifest's: validate's problem lines, then whether it is ready.
        expect(ran.lines).toEqual([...cliLines.slice(0, -2), state === 'fresh' ? 'ready' : 'not ready']);
      } else {
        expect(ran.lines.at(-1), `${state}\n${ran.lines.join('\n')}`).toBe(verdict);
        if (code.includes('exitCode')) expect(ran.code).toBe(cli.status);
      }
      // The text report lists validate's problem lines too.
      if (code.includes('renderText')) for (const line of cliLines.slice(0, -2)) expect(ran.lines).toContain(line);
    }
  });

  it('the recipe written before, with result and no diagnostics, gives the same verdict; without either it is not ready', () => {
    const dir = copyExample();
    expect(installedCli(['build', 'manifest.yaml', '--today', '2025-11-01', '--quiet'], { cwd: dir }).status).toBe(0);
    appendFileSync(join(dir, 'docs', 'research-plan.pdf'), ' ');
    const ran = run([
      "import { checkManifest, makeReport } from 'application-packet';",
      "const check = await checkManifest('manifest.yaml', { today: '2025-11-01' });",
      'console.log(makeReport({ manifest: check.manifestFile, profile: check.profile, result: check.result, strict: false }).verdict);',
      'console.log(makeReport({ manifest: check.manifestFile, profile: check.profile, strict: false }).verdict);',
    ].join('\n'), dir);
    expect(ran.lines).toEqual(['Not ready: out/virtanen-aalto-tml.pdf is out of date: build again', 'Not ready: nothing was checked (give makeReport the diagnostics of checkManifest)']);
  });
});
