/** An interrupted write (Ctrl-C, a kill) leaves no half-written temporary file beside the output. */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { workspace } from '../helpers/workspace.js';

const dist = join(import.meta.dirname, '..', '..', 'dist', 'io');

/** A process that installs the CLI's signal handling, then writes `out.pdf` forever, 64 KB at a time. */
const WRITER = `
const { cleanUpOnSignals } = await import(${JSON.stringify(join(dist, 'temps.js'))});
const { writeFileAtomic } = await import(${JSON.stringify(join(dist, 'files.js'))});
cleanUpOnSignals(process, (code) => process.exit(code));
function* forever() { for (;;) yield new Uint8Array(65536); }
await writeFileAtomic('out.pdf', forever());
`;

describe.skipIf(process.platform === 'win32')('interrupted writes', () => {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`${signal}: the temporary file is removed, nothing appears, exit ${code}`, async () => {
      const dir = workspace({});
      const child = spawn(process.execPath, ['--input-type=module', '-e', WRITER], { cwd: dir, stdio: 'ignore' });
      const exited = new Promise<number | null>((done) => child.on('exit', (c) => done(c)));
      try {
        // Wait until the temporary file is there (the write is under way), then interrupt.
        for (let i = 0; i < 400 && !readdirSync(dir).some((f) => f.startsWith('.packet-tmp-')); i++) await new Promise((r) => setTimeout(r, 25));
        expect(readdirSync(dir).some((f) => f.startsWith('.packet-tmp-'))).toBe(true);
        child.kill(signal);
        expect(await exited).toBe(code);
      } finally {
        child.kill('SIGKILL');
      }
      expect(readdirSync(dir)).toEqual([]);
      expect(existsSync(join(dir, 'out.pdf'))).toBe(false);
    });
  }
});
