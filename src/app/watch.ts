/** `build --watch`: rebuild when the manifest, its profile, an `extends` file or any input changes. */
import { resolve } from 'node:path';
import { changedSince, watchFiles } from '../io/watch.js';
import type { CheckResult } from './check.js';

/** Quiet time after the last change before rebuilding: editors write a file in several steps. */
export const DEBOUNCE_MS = 250;

/**
 * Every file a build read or looked for, so any change to one of them triggers a rebuild: one missing (a profile or
 * an `extends` base deleted by `git checkout` and written back) is watched for by name as a missing PDF is.
 */
export function watchedPaths(check: CheckResult): string[] {
  const paths = [
    resolve(check.manifestFile),
    ...(check.profilePath ? [check.profilePath] : []),
    ...check.basePaths,
    ...(check.lookedFor ?? []),
    ...[...check.files.values()].map((f) => f.resolved),
  ];
  return [...new Set(paths)];
}

/**
 * Run `build` now and again after every change to the paths it returns, until `stopped` resolves.
 *
 * @example
 * await watchLoop(async () => watchedPaths((await buildPacket(req)).check), (p) => log(`${p} changed`), interrupted);
 */
export async function watchLoop(build: () => Promise<readonly string[]>, onChange: (path: string) => void, stopped: Promise<void>): Promise<void> {
  let stop = false;
  void stopped.then(() => {
    stop = true;
  });
  while (!stop) {
    const started = Date.now();
    const paths = await build();
    if (stop) break;
    const changed = await new Promise<string | undefined>((done) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let last: string | undefined;
      const changedNow = (path: string): void => {
        last = path;
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          unwatch();
          done(last);
        }, DEBOUNCE_MS);
      };
      const unwatch = watchFiles(paths, changedNow);
      // A file saved while the build ran, before the watchers were set, would otherwise wait for the next save.
      void changedSince(paths, started).then((path) => {
        if (path !== undefined && last === undefined) changedNow(path);
      });
      void stopped.then(() => {
        if (timer) clearTimeout(timer);
        unwatch();
        done(undefined);
      });
    });
    if (changed === undefined) break;
    onChange(changed);
  }
}
