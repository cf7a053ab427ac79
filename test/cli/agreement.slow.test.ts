/**
 * `validate` and `build` decide alike: on every corpus file, `validate` (which inspects in a worker thread with
 * time and memory limits) says ready exactly when `build` (which inspects in process) builds, with the same
 * error codes. Runs the compiled command (dist/, `npm run build`), where `validate` really uses the worker.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { corpusDir, corpusFiles, corpusMissing, repoRoot } from '../helpers/corpus.js';
import { workspace } from '../helpers/workspace.js';

const built = existsSync(join(repoRoot, 'dist/cli/program.js')) && existsSync(join(repoRoot, 'dist/io/pdf-worker-entry.js'));

/** Run the compiled `packet` in this process, in `cwd`. */
async function packet(argv: string[], cwd: string): Promise<{ code: number; stdout: string }> {
  const { runCli } = (await import(pathToFileURL(join(repoRoot, 'dist/cli/program.js')).href)) as { runCli: (argv: string[], io: CliIo) => Promise<number> };
  let stdout = '';
  const io: CliIo = {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stdout += s),
    isTTY: false,
    env: {},
    now: () => new Date(Date.UTC(2025, 10, 1, 12)),
    readStdin: async () => new Uint8Array(),
  };
  const before = process.cwd();
  process.chdir(cwd);
  try {
    return { code: await runCli(argv, io), stdout };
  } finally {
    process.chdir(before);
  }
}

/** Error codes per manifest line (each corpus file is on its own line). */
function errorsByLine(stdout: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const m of stdout.matchAll(/^manifest\.yaml:(\d+):\d+ error (\S+) /gm)) out.set(Number(m[1]), [...(out.get(Number(m[1])) ?? []), m[2]!].sort());
  return out;
}

const profile = (n: number): string =>
  `id: corpus\ntitle: Corpus\norganization: Test University\ndeadline: 2030-01-01\nsubmission: { format: single-pdf }\nitems:\n${Array.from({ length: n }, (_, i) => `  - { id: f${i}, kind: other, title: File ${i}, accepts: [file] }`).join('\n')}\n`;

describe.skipIf(!built || corpusMissing())('validate and build agree on every corpus file', () => {
  it('same verdict and the same error codes, file by file', { timeout: 300_000 }, async () => {
    const files = corpusFiles();
    const head = 'profile: profile.yaml\napplicant: { name: Tiina Perho, email: t@examples.fi }\noutput: out.pdf\nitems:\n';
    // Line 5 + i names file i.
    const manifest = head + files.map((f, i) => `  f${i}: ${JSON.stringify(join(corpusDir, f))}\n`).join('');
    const dir = workspace({ 'profile.yaml': profile(files.length), 'manifest.yaml': manifest });
    const validate = errorsByLine((await packet(['validate', 'manifest.yaml', '--today', '2025-10-01'], dir)).stdout);
    const build = errorsByLine((await packet(['build', 'manifest.yaml', '--today', '2025-10-01'], dir)).stdout);
    const verdicts: string[] = [];
    for (const [i, file] of files.entries()) {
      const byValidate = validate.get(5 + i) ?? [];
      expect(build.get(5 + i) ?? [], `${file}: build's errors, against validate's ${byValidate.join(', ')}`).toEqual(byValidate);
      if (byValidate.length > 0) continue;
      // Ready by validate: it must build alone, past every check made after assembling.
      const one = workspace({ 'profile.yaml': profile(1), 'manifest.yaml': `${head}  f0: ${JSON.stringify(join(corpusDir, file))}\n` });
      const run = await packet(['build', 'manifest.yaml', '--today', '2025-10-01'], one);
      verdicts.push(`${file}: ${run.code}`);
      expect(run.code, `${file}: validate says ready, build says\n${run.stdout}`).toBe(0);
    }
    // The corpus has both kinds: files refused by both, and files both accept.
    expect(verdicts.length).toBeGreaterThan(20);
    expect(files.length - verdicts.length).toBeGreaterThan(5);
  });
});
