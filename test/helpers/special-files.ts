/** Files that are not regular files, made in a test's own folder: FIFOs, sockets and a null device. */
import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** A named pipe (FIFO) at `path`. */
export function fifo(path: string): string {
  const r = spawnSync('mkfifo', [path]);
  if (r.status !== 0) throw new Error(`mkfifo ${path} failed: ${r.stderr}`);
  return path;
}

const servers: Server[] = [];
afterAll(() => {
  for (const s of servers) s.close();
});

/** A listening Unix socket at `path`, closed after the test file. */
export async function socket(path: string): Promise<string> {
  const server = createServer();
  servers.push(server);
  await new Promise<void>((done) => server.listen(path, done));
  return path;
}

/**
 * A device like /dev/null at `dir/name`: its own device node where the system allows it (root, as in CI),
 * otherwise a link to /dev/null. Never /dev/null itself: a regression that wrote onto it would replace the
 * machine's /dev/null with a regular file (which the code before #14 did, as root).
 */
export function nullDevice(dir: string, name = 'null'): string {
  const path = join(dir, name);
  if (spawnSync('mknod', ['-m', '666', path, 'c', '1', '3']).status !== 0) symlinkSync('/dev/null', path);
  return path;
}
