/**
 * The benchmark's own packet must be one `packet` accepts: when its manifest was refused (an address at
 * example.org, now a placeholder), every timed build failed and the bench reported nothing for `packet`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchStdDir, repoRoot } from '../helpers/corpus.js';
import { cli } from '../helpers/workspace.js';

describe('bench/std/manifest.yaml', () => {
  it.skipIf(!existsSync(benchStdDir))('validates with no error, as the bench times it (before: manifest.placeholder, exit 1, every packet task failed)', async () => {
    const r = await cli(['validate', join(repoRoot, 'bench/std/manifest.yaml'), '--today', '2025-11-01']);
    expect(r.stdout).not.toMatch(/ error /);
    expect(r.code, r.stdout).toBe(0);
  });
});
