/**
 * Write failures the file system reports (a full disk, a read-only disk, no permission), injected under
 * src/io/files.ts: each becomes a WriteError that says why, no partial file is left, and the previous file
 * at the path stays as it was.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic, writeFilesAtomic, WriteError } from '../../src/io/files.js';
import { fault, noFault } from '../helpers/fs-faults.js';
import { workspace } from '../helpers/workspace.js';

vi.mock('node:fs/promises', async (real) => (await import('../helpers/fs-faults.js')).faultyFs(await real()));
afterEach(noFault);

async function failure(write: () => Promise<unknown>): Promise<WriteError> {
  const err = await write().catch((e: unknown) => e);
  expect(err).toBeInstanceOf(WriteError);
  return err as WriteError;
}

describe('write failures reported by the file system', () => {
  it('a full disk in the middle of a write: no-space, no partial file, the previous file untouched', async () => {
    const dir = workspace({ 'packet.pdf': 'the last good packet' });
    Object.assign(fault, { code: 'ENOSPC', at: 'write' });
    const err = await failure(() => writeFileAtomic(join(dir, 'packet.pdf'), new Uint8Array(4096)));
    expect(err.problem).toEqual({ kind: 'no-space' });
    expect(err.message).toBe(`Cannot write ${join(dir, 'packet.pdf')}: the disk is full`);
    expect(readdirSync(dir)).toEqual(['packet.pdf']);
    expect(readFileSync(join(dir, 'packet.pdf'), 'utf8')).toBe('the last good packet');
    // Chunks written as they are made fail the same way.
    const chunked = await failure(() => writeFileAtomic(join(dir, 'other.pdf'), [new Uint8Array(10), new Uint8Array(10)]));
    expect(chunked.problem).toEqual({ kind: 'no-space' });
    expect(readdirSync(dir)).toEqual(['packet.pdf']);
  });

  it.each([
    ['EDQUOT', 'write', { kind: 'no-space' }],
    ['EROFS', 'open', { kind: 'read-only' }],
    ['EACCES', 'open', { kind: 'denied' }],
    ['EPERM', 'rename', { kind: 'denied' }],
    ['ENAMETOOLONG', 'open', { kind: 'name-too-long' }],
    ['EIO', 'write', { kind: 'error', code: 'EIO' }],
  ] as const)('%s on %s', async (code, at, problem) => {
    const dir = workspace({});
    Object.assign(fault, { code, at });
    expect((await failure(() => writeFileAtomic(join(dir, 'out.pdf'), 'x'))).problem).toEqual(problem);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a folder to make on a read-only disk says so (before: "the system refused (ENOENT)", what Node\'s recursive mkdir reports there)', async () => {
    const dir = workspace({});
    Object.assign(fault, { code: 'EROFS', at: 'mkdir' });
    expect((await failure(() => writeFileAtomic(join(dir, 'new', 'deeper', 'out.pdf'), 'x'))).problem).toEqual({ kind: 'read-only' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('one file of a set failing leaves none of the set', async () => {
    const dir = workspace({});
    Object.assign(fault, { code: 'ENOSPC', at: 'rename' });
    const err = await failure(() => writeFilesAtomic([1, 2, 3].map((n) => ({ path: join(dir, 'packet', `${n}.pdf`), data: new Uint8Array([n]) }))));
    expect(err.problem).toEqual({ kind: 'no-space' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an error that is not the file system (a bug while making the chunks) is not dressed up as one', async () => {
    const dir = workspace({});
    function* chunks(): Generator<Uint8Array> {
      yield new Uint8Array(1);
      throw new Error('assembler bug');
    }
    await expect(writeFileAtomic(join(dir, 'out.pdf'), chunks())).rejects.toThrow('assembler bug');
    expect(existsSync(join(dir, 'out.pdf'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
