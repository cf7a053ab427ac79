/**
 * Whatever the manifest or the files hold, `packet` answers with diagnostics and exit 0, 1 or 2: never an
 * internal error (exit 3), never a stack trace, never an output with fewer pages than it claims.
 * (Every corpus file as an input: robustness-corpus.slow.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPdf } from '../helpers/read-pdf.js';
import { cli, copyExample } from '../helpers/workspace.js';

const root = join(import.meta.dirname, '..', '..');
const manifest = readFileSync(join(root, 'examples/aalto-tml/manifest.yaml'), 'utf8');
const STACK = /\n\s+at .+:\d+:\d+\)?\n/;

/** Mutations a hurried person (or a broken editor) makes to YAML text. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), char: fc.constantFrom(':', '-', ' ', '\t', '"', "'", '{', '[', '*', '&', '!', '|', '\n', '#', 'x') }),
  fc.record({ kind: fc.constant('drop-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('retype' as const), at: fc.nat(), value: fc.constantFrom('[]', '{}', '7', 'null', 'true', '"', '[[1]]', '~', '&a x', '*a') }),
);

interface Mutation {
  kind: string;
  at: number;
  char?: string;
  value?: string;
}

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, m.at % text.length);
    case 'flip': {
      const i = m.at % text.length;
      return text.slice(0, i) + m.char + text.slice(i + 1);
    }
    case 'drop-line':
      lines.splice(m.at % lines.length, 1);
      return lines.join('\n');
    default: {
      const i = m.at % lines.length;
      const colon = lines[i]!.indexOf(': ');
      if (colon >= 0) lines[i] = `${lines[i]!.slice(0, colon + 2)}${m.value}`;
      return lines.join('\n');
    }
  }
}

describe('mutated manifests', () => {
  it('never exit 3 and never print a stack trace (validate and build)', async () => {
    const dir = copyExample();
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (ms) => {
        let text = manifest;
        for (const m of ms) text = mutate(text, m);
        writeFileSync(join(dir, 'manifest.yaml'), text);
        const out = join(dir, 'fuzz.pdf');
        rmSync(out, { force: true });
        for (const command of ['validate', 'build']) {
          const r = await cli(command === 'build' ? ['build', join(dir, 'manifest.yaml'), '-o', out, '--today', '2025-10-01'] : ['validate', join(dir, 'manifest.yaml'), '--today', '2025-10-01']);
          expect([0, 1, 2], `${command} on:\n${text}\n${r.stdout}${r.stderr}`).toContain(r.code);
          expect(r.stdout + r.stderr).not.toMatch(STACK);
          if (command === 'build' && r.code === 0) {
            const claimed = Number(/: (\d+) pages/.exec(r.stdout)?.[1]);
            expect((await readPdf(readFileSync(out), { text: false })).pageCount).toBe(claimed);
          }
        }
      }),
      { numRuns: 40, seed: 20261125 },
    );
  });
});
