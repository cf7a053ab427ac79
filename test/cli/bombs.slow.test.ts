/**
 * Decompression bombs end the same way in `validate` (inspection in a worker thread) and `build` (in process):
 * the same `file.too-complex` diagnostic, quickly, in bounded memory, measured in a child process running the
 * installed command.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/corpus.js';
import { contentStreamBomb, disguisedObjectStreamBombs, encryptedObjectStreamBomb } from '../helpers/corpus-bombs.js';
import { makePdf } from '../helpers/make-pdf.js';
import { docsProfile, installedCli, workspace } from '../helpers/workspace.js';

const built = existsSync(join(repoRoot, 'dist/cli/main.js'));

const PROFILE = docsProfile('bombs', 'Bombs', ', max: 10');
const LINE =
  'manifest.yaml:4:18 error file.too-complex  bomb.pdf is too complex to check safely (it holds compressed data that expands to an unreasonable size).  hint: Open it in a PDF viewer and print or save it as a new PDF, or export it again from the program that made it, which usually makes it simpler; or reduce its size.';
// The child reports its peak memory as it exits.
const REPORT = "process.on('exit', () => process.stderr.write('maxrss ' + process.resourceUsage().maxRSS + '\\n'))";

const BOMBS: Record<string, () => Promise<Uint8Array> | Uint8Array> = {
  'a 2 GB stream appended to a page’s contents': () => contentStreamBomb(2000),
  'an unused 2 GB object stream behind an escaped name': () => disguisedObjectStreamBombs(2000)['an escaped name (/Obj#53tm)']!,
  'an unused 2 GB object stream, encrypted': () => encryptedObjectStreamBomb(2000),
};

describe.skipIf(!built)('bombs: validate and build refuse alike, quickly, in bounded memory', () => {
  for (const [what, make] of Object.entries(BOMBS)) {
    it(what, async () => {
      const dir = workspace({
        'profile.yaml': PROFILE,
        'ok.pdf': await makePdf(),
        'bomb.pdf': await make(),
        'manifest.yaml': 'profile: profile.yaml\napplicant: { name: Tiina Perho, email: t@examples.fi }\nitems:\n  docs: [ok.pdf, bomb.pdf]\n',
      });
      for (const command of ['validate', 'build']) {
        const t0 = Date.now();
        const run = installedCli([command, 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir, nodeArgs: ['--import', `data:text/javascript,${encodeURIComponent(REPORT)}`] });
        const seconds = (Date.now() - t0) / 1000;
        expect(run.status, `${command}: ${run.stdout}${run.stderr}`).toBe(1);
        expect(run.stdout.split('\n').filter((l) => / error /.test(l))).toEqual([LINE]);
        const maxRssKb = Number(/maxrss (\d+)/.exec(run.stderr)?.[1]);
        // A gigabyte inflated whole would show here; the guard counts block by block and stops at its bound.
        expect(maxRssKb, command).toBeGreaterThan(0);
        expect(maxRssKb, command).toBeLessThan(400_000);
        expect(seconds, command).toBeLessThan(20);
      }
      expect(existsSync(join(dir, 'packet.pdf'))).toBe(false);
    }, 120_000);
  }
});
