/** Watching files for `build --watch`: folders are watched, since editors often save by replacing the file. */
import { watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fsPath } from './files.js';

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
    const abs = resolve(p);
    const dir = dirname(abs);
    if (!byDir.has(dir)) byDir.set(dir, new Set());
    byDir.get(dir)!.add(basename(abs));
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
      // A folder that does not exist (yet): the manifest's own folder is watched, which is enough to notice edits.
    }
  }
  return () => {
    for (const w of watchers) w.close();
  };
}
