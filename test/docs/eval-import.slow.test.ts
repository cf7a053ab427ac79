/**
 * The README's `npm run eval:import` lines run (on the compiled dist/, which `npm run check` builds first), print
 * figures only for the test split, and refuse to show a test posting.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const script = join(root, 'scripts', 'eval-import.mjs');
const built = existsSync(join(root, 'dist', 'core', 'import', 'index.js'));
const testSlugs = readFileSync(join(root, 'test/fixtures/postings/real/SPLIT.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'));

describe.skipIf(!built)('npm run eval:import', () => {
  it('scores the test split with figures only, no posting named', () => {
    const out = execFileSync(process.execPath, [script, '--split', 'test'], { encoding: 'utf8' });
    expect(out).toMatch(new RegExp(`on the test split of test/fixtures/postings/real: ${testSlugs.length} postings`));
    expect(out).toMatch(/item kinds +precision \d\.\d{3} \(\d+\/\d+\) +recall \d\.\d{3}/);
    // Where the profile may be incomplete: how many documents named but not listed, and how many misses they point at.
    expect(out).toMatch(/unlisted mentions \d+\.\d\d per posting, \d\.\d{3} \(\d+\/\d+\) of a missed item's kind;\n +missed items pointed at \d\.\d{3} \(\d+\/\d+\)/);
    // Honesty: wrong values with no review mark, and missed documents no pointer names, per posting.
    expect(out).toMatch(/silent errors +\d+ \(\d\.\d{3} per posting\); postings without one \d\.\d{3} \(\d+\/93\);\n +review marks on right items and deadlines \d\.\d{3}/);
    // Test postings someone has read (SEEN.txt): the figures again without them, still naming none.
    const seen = readFileSync(join(root, 'test/fixtures/postings/real/SEEN.txt'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#'));
    expect(seen.every((slug) => testSlugs.includes(slug))).toBe(true);
    if (seen.length > 0) expect(out).toContain(`the same, without the ${seen.length} test posting${seen.length === 1 ? '' : 's'} someone has read (SEEN.txt): ${testSlugs.length - seen.length} postings`);
    for (const slug of testSlugs) expect(out).not.toContain(slug);
    expect(out).not.toMatch(/silent:/);
    // A guard against a hang, not a speed test (the bench measures speed): 70 s on a slow 2-core machine.
  }, 600_000);

  it('scores the development split fold by fold, every fold but the test split', () => {
    const out = execFileSync(process.execPath, [script, '--folds', '--quiet'], { encoding: 'utf8' });
    expect(out).toMatch(/^profile import, 13 folds of the dev split/m);
    expect(out).toMatch(/^mean +\d+ /m);
  }, 900_000);

  it("scores the second reading of 72 postings against the first, as the corpus README's agreement table says", () => {
    const out = execFileSync(process.execPath, [script, '--against', 'test/fixtures/postings/real/second', '--quiet'], { encoding: 'utf8', cwd: root });
    expect(out).toContain('second annotation (test/fixtures/postings/real/second) on the dev split of test/fixtures/postings/real: 72 postings');
    expect(out).toContain('precision 0.953 (347/364)  recall 0.964 (347/360)  F1 0.959');
    expect(out).toContain('stage             0.988 (343/347)');
    expect(out).toContain('limits exact      1.000 (44/44)');
  }, 600_000);

  it('takes --without-languages on a whole split only', () => {
    const r = spawnSync(process.execPath, [script, '--folds', '--without-languages', 'ru,uk'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--without-languages works on a whole split only');
  });

  it('refuses to show a test posting', () => {
    const r = spawnSync(process.execPath, [script, '--posting', testSlugs[0] as string], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is in the test split: its details are never shown');
  });
});
