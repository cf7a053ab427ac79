/**
 * File-system failures that cannot be made for real in a test (a full disk, a read-only disk, no permission:
 * CI runs as root, which ignores permissions), injected under `src/io/files.ts`. In a test file:
 *
 *   vi.mock('node:fs/promises', async (real) => (await import('../helpers/fs-faults.js')).faultyFs(await real()));
 *
 * then set `fault.code` (ENOSPC, EROFS, EACCES...) and `fault.at`; only packet's temporary files are hit.
 */
import type * as fsPromises from 'node:fs/promises';

type FsPromises = typeof fsPromises;

export const fault: { code?: string; at?: 'open' | 'write' | 'rename' | 'mkdir' } = {};

/** Clear the fault (call in afterEach). */
export function noFault(): void {
  delete fault.code;
  delete fault.at;
}

function failure(syscall: string, path: string, code = fault.code): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated failure, ${syscall} '${path}'`), { code, syscall, path });
}

/** `node:fs/promises` whose open, write and rename of packet's temporary files fail as `fault` says. */
export function faultyFs(real: FsPromises): FsPromises {
  const hit = (at: typeof fault.at, path: unknown) => fault.code !== undefined && fault.at === at && String(path).includes('.packet-tmp-');
  const open: FsPromises['open'] = async (path, flags, mode) => {
    if (hit('open', path)) throw failure('open', String(path));
    const handle = await real.open(path, flags, mode);
    if (!hit('write', path)) return handle;
    // Half of the first write reaches the disk, then the disk is full: what a real ENOSPC leaves behind.
    const partial = async (data: Uint8Array | string) => {
      const bytes = typeof data === 'string' ? Buffer.from(data) : data;
      await handle.write(bytes.subarray(0, bytes.length >> 1));
      throw failure('write', String(path));
    };
    return new Proxy(handle, {
      get(target, key) {
        if (key === 'write' || key === 'writeFile') return partial;
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  const rename: FsPromises['rename'] = async (from, to) => {
    if (hit('rename', from)) throw failure('rename', String(from));
    return real.rename(from, to);
  };
  // Every folder to make fails; a recursive mkdir with ENOENT, as Node's does on a read-only disk (tmpfs -o ro).
  const mkdir = (async (path: Parameters<FsPromises['mkdir']>[0], options?: Parameters<FsPromises['mkdir']>[1]) => {
    if (fault.code !== undefined && fault.at === 'mkdir') throw failure('mkdir', String(path), typeof options === 'object' && options?.recursive ? 'ENOENT' : fault.code);
    return real.mkdir(path, options);
  }) as FsPromises['mkdir'];
  return { ...real, open, rename, mkdir };
}
