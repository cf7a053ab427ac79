/** Watching files for `build --watch`: folders are watched, since editors often save by replacing the file. */
import { statSync, watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fsPath, mtimeOf } from './files.js';

/**
 * Call `onChange(path)` when any of `paths` is written, replaced, created or removed. Returns a function that
 * stops watching.
 *
 * @example
 * const stop = watchFiles(['manifest.yaml', 'docs/cv.pdf'], (p) => console.log(`${p} changed`));
 */
export function watchFiles(paths: readonly string[], onChange: (path: string) => void): () => void {
  const byDir = new Map<string, Set<string>>();
  for (const p of paths) {
    const { dir, name } = watchPoint(resolve(p));
    if (!byDir.has(dir)) byDir.set(dir, new Set());
    byDir.get(dir)!.add(name);
  }
  const watchers: FSWatcher[] = [];
  for (const [dir, names] of byDir) {
    try {
      const w = watch(fsPath(dir), { persistent: true }, (_event, name) => {
        const file = name ? String(name) : undefined;
        if (file === undefined || names.has(file)) onChange(file ? resolve(dir, file) : dir);
      });
      w.on('error', () => undefined); // a folder removed while watched: nothing left to report
      watchers.push(w);
    } catch {
      // Removed between watchPoint and here: the next change elsewhere, or the manifest's folder, wakes the build.
    }
  }
  return () => {
    for (const w of watchers) w.close();
  };
}

/**
 * Where to watch for `abs`: its folder, or, when that folder does not exist yet (`letters/makela.pdf` before
 * `letters/` is made), the nearest folder above it that does, for the name of the first missing one: the build runs
 * again when it appears and then watches deeper (before, the watcher waited for the manifest to change).
 */
function watchPoint(abs: string): { dir: string; name: string } {
  let name = basename(abs);
  let dir = dirname(abs);
  while (!folderNow(dir) && dirname(dir) !== dir) {
    name = basename(dir);
    dir = dirname(dir);
  }
  return { dir, name };
}

/** `isFolder` of files.ts, at once: `watchFiles` sets its watchers before it returns. */
function folderNow(path: string): boolean {
  try {
    return statSync(fsPath(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The first of `paths` written (or made) after `since` (ms since the epoch), if any: what changed while a build ran.
 *
 * @example
 * await changedSince(['docs/cv.pdf'], started); // 'docs/cv.pdf' when it was saved during the build
 */
export async function changedSince(paths: readonly string[], since: number): Promise<string | undefined> {
  for (const p of paths) {
    const m = await mtimeOf(p);
    // A date in the future (a file unpacked from another computer's archive) is no save: it would rebuild forever.
    // `since` is whole milliseconds (Date.now()), a file's time has fractions: a margin of one keeps a file written just before.
    if (m !== undefined && m > since + 1 && m <= Date.now() + 1000) return resolve(p);
  }
  return undefined;
}
