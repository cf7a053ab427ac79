/** Temporary folders built from an object literal, and an in-process CLI runner with captured output. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import type { CliIo } from '../../src/cli/io.js';
import { activeContentNames } from './corpus-read.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Make a folder holding `files` (path -> text or bytes); removed after the test file. */
export function workspace(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'packet-test-'));
  made.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Run the installed command (`node bin/packet.js <argv>`, which runs dist/, made by `npm run build`) in a child process,
 * without colours; `nodeArgs` go before the script, `bin` replaces it.
 */
export function installedCli(argv: string[], options: { cwd?: string; env?: Record<string, string>; nodeArgs?: string[]; bin?: string } = {}): SpawnSyncReturns<string> {
  const { cwd = repoRoot, env = {}, nodeArgs = [], bin = join(repoRoot, 'bin/packet.js') } = options;
  return spawnSync(process.execPath, [...nodeArgs, bin, ...argv], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
}

/** Run `packet <argv>` in process, in `cwd`, with a fixed clock (`now`, default 2025-11-01 12:00 UTC; `zone`, the user's). */
export async function cli(argv: string[], options: { cwd?: string; env?: Record<string, string>; isTTY?: boolean; stdin?: string | Uint8Array; now?: Date; zone?: string } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
    now: () => options.now ?? new Date(Date.UTC(2025, 10, 1, 12)),
    ...(options.zone ? { zone: options.zone } : {}),
    readStdin: async () => (typeof options.stdin === 'string' ? new TextEncoder().encode(options.stdin) : (options.stdin ?? new Uint8Array())),
  };
  const before = process.cwd();
  if (options.cwd) process.chdir(options.cwd);
  try {
    const code = await runCli(argv, io);
    if (argv[0] === 'build') assertNoActiveContent(stdout);
    return { code, stdout, stderr };
  } finally {
    process.chdir(before);
  }
}

/**
 * Every PDF a test build writes is checked here: no `/JavaScript`, `/JS`, `/Launch` or `/AA` may reach a
 * reviewer, whatever the inputs held.
 */
function assertNoActiveContent(stdout: string): void {
  const folder = /^Built \d+ files in (.+?)\/: /m.exec(stdout)?.[1];
  const single = folder ? undefined : /^Built (.+?): \d+ pages/m.exec(stdout)?.[1];
  const files = folder ? readdirSync(folder).filter((f) => f.endsWith('.pdf')).map((f) => join(folder, f)) : single ? [single] : [];
  for (const file of files) {
    const found = activeContentNames(new Uint8Array(readFileSync(file)));
    if (found.length) throw new Error(`${file} holds active content: ${found.join(', ')}`);
  }
  built += files.length;
}

let built = 0;
/** How many built PDFs the active-content check has read in this test file. */
export function checkedOutputs(): number {
  return built;
}

/** A small profile with every kind of limit, for fixtures. */
/** A ready application for TEST_PROFILE: cv.pdf and plan.pdf beside it, a text, a link and two referees. */
/** A one-item profile ("docs", any file) for tests that feed one document through a whole build. */
export function docsProfile(id: string, title: string, extra = ''): string {
  return `id: ${id}
title: ${title}
organization: Test University
deadline: 2030-01-01
submission: { format: single-pdf }
items:
  - { id: docs, kind: other, title: Documents, accepts: [file]${extra} }
`;
}

export const TEST_BIO = 'A short bio for the test, long enough to read like a real one.';
/** The items of TEST_MANIFEST, for a test that writes its own manifest head. */
export const TEST_ITEMS = `  cv: cv.pdf
  bio: { text: "${TEST_BIO}" }
  research_plan: plan.pdf
  thesis: { link: "https://examples.fi/thesis.pdf" }
  references:
    - { name: Ida Aho, email: one@examples.fi }
    - { name: Ari Oja, email: two@examples.fi }
`;
export const TEST_MANIFEST = `profile: ./profile.yaml
applicant: { name: Tiina Perho, email: test@examples.fi }
items:
${TEST_ITEMS}`;

export const TEST_PROFILE = `id: test-posting
title: Test Position
organization: Test University
deadline: 2025-11-14
submission: { format: single-pdf, max_mb: 1, max_pages: 30 }
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - { id: bio, kind: bio, title: Short bio, accepts: [text, file], max_words: 20 }
  - { id: research_plan, kind: research_plan, title: Research plan, accepts: [file], max_pages: 5 }
  - { id: thesis, kind: thesis, title: MSc thesis, accepts: [file, link], max: 1 }
  - { id: references, kind: references, title: References, accepts: [referee, letter], min: 2, max: 3 }
  - { id: diplomas, kind: diplomas, title: Diplomas, stage: later, accepts: [file] }
  - { id: portfolio, kind: portfolio, title: Portfolio, stage: optional, accepts: [link] }
`;


/** A private copy of a bundled example (manifest and docs), so tests never share built outputs. */
export function copyExample(name = 'aalto-tml'): string {
  const src = join(repoRoot, 'examples', name);
  const files: Record<string, Uint8Array> = {};
  for (const f of ['manifest.yaml', ...readdirSync(join(src, 'docs')).map((d) => `docs/${d}`)]) files[f] = readFileSync(join(src, f));
  return workspace(files);
}
