/** `build --watch` does not miss a file saved while a build ran (before the watchers were set for the next one). */
import { describe, expect, it } from 'vitest';
import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { watchedPaths, watchLoop } from '../../src/app/watch.js';
import type { CheckResult } from '../../src/app/check.js';
import { changedSince } from '../../src/io/watch.js';
import { workspace } from '../helpers/workspace.js';

describe('watching while a build runs', () => {
  it('changedSince: a file saved after the start, not one older or dated in the future', async () => {
    const dir = workspace({ 'cv.pdf': 'x' });
    const cv = join(dir, 'cv.pdf');
    const start = Date.now() + 10_000;
    expect(await changedSince([cv], start)).toBeUndefined();
    utimesSync(cv, new Date(), new Date(start + 500));
    expect(await changedSince([cv], start - 20_000)).toBeUndefined(); // ten seconds ahead of the clock: not a save
    utimesSync(cv, new Date(), new Date());
    expect(await changedSince([cv, join(dir, 'missing.pdf')], Date.now() - 5_000)).toBe(cv);
  });

  it('builds again when an input changed during the build (before: it waited for the next save)', async () => {
    const dir = workspace({ 'manifest.yaml': 'x', 'cv.pdf': 'old' });
    // Written a minute ago, as files are long before a build starts.
    for (const f of ['manifest.yaml', 'cv.pdf']) utimesSync(join(dir, f), new Date(), new Date(Date.now() - 60_000));
    const check = { manifestFile: join(dir, 'manifest.yaml'), basePaths: [], files: new Map([['cv.pdf', { resolved: join(dir, 'cv.pdf') }]]) } as unknown as CheckResult;
    let builds = 0;
    let stop: () => void = () => undefined;
    const stopped = new Promise<void>((r) => {
      stop = r;
    });
    const changes: string[] = [];
    // Without the fix the loop would wait for a save forever: stop it after three seconds.
    const bound = setTimeout(stop, 3_000);
    await watchLoop(
      async () => {
        builds++;
        // The applicant saves the CV while the first build reads it; nothing more happens after the second.
        if (builds === 1) {
          await new Promise((r) => setTimeout(r, 20));
          writeFileSync(join(dir, 'cv.pdf'), 'new');
          await new Promise((r) => setTimeout(r, 50));
        }
        if (builds === 2) setTimeout(stop, 500);
        return watchedPaths(check);
      },
      (p) => changes.push(p),
      stopped,
    );
    clearTimeout(bound);
    expect(builds).toBe(2);
    expect(changes).toEqual([join(dir, 'cv.pdf')]);
  });
});
