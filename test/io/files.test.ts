/**
 * The one module that touches the file system, against hostile and awkward paths: only regular files are read,
 * each read is bounded and never blocks, outputs go only to regular file paths, and every failure is data.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadProblem } from '../../src/core/file-problems.js';
import { readReason } from '../../src/core/file-problems.js';
import { exists, fsPath, outputProblem, readInput, readText, suggestSimilar, writeFileAtomic, writeFilesAtomic, WriteError } from '../../src/io/files.js';
import { fifo, nullDevice, socket } from '../helpers/special-files.js';
import { workspace } from '../helpers/workspace.js';

const unix = process.platform !== 'win32';
/** Before, a FIFO or /dev/zero never finished: a bound for a hang, not for speed (the benchmark measures that), wide enough for a loaded CI machine. */
const QUICK_MS = 10_000;

/** Read `path` and say why it failed, timing it. */
async function refusal(path: string, maxBytes?: number): Promise<ReadProblem> {
  const started = performance.now();
  const read = await readInput(path, maxBytes);
  expect(performance.now() - started).toBeLessThan(QUICK_MS);
  if (read.ok) throw new Error(`${path} was read`);
  return read.problem;
}

describe.skipIf(!unix)('readInput refuses anything but a regular file, at once and without reading it', () => {
  it('a FIFO, also behind a link', async () => {
    const dir = workspace({});
    const pipe = fifo(join(dir, 'cv.pdf'));
    symlinkSync(pipe, join(dir, 'link.pdf'));
    expect(await refusal(pipe)).toEqual({ kind: 'special', what: 'fifo' });
    const linked = await refusal(join(dir, 'link.pdf'));
    expect(linked).toEqual({ kind: 'special', what: 'fifo', real: expect.stringMatching(/cv\.pdf$/) });
    expect(readReason(linked)).toMatch(/^it is a named pipe \(FIFO\) \(.*cv\.pdf\), not a regular file$/);
  });

  it('/dev/zero and /dev/urandom, also behind a link', async () => {
    const dir = workspace({});
    symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
    symlinkSync('/dev/urandom', join(dir, 'random.pdf'));
    expect(await refusal('/dev/zero')).toEqual({ kind: 'special', what: 'device' });
    expect(await refusal('/dev/urandom')).toEqual({ kind: 'special', what: 'device' });
    const zero = await refusal(join(dir, 'zero.yaml'));
    expect(zero).toEqual({ kind: 'special', what: 'device', real: '/dev/zero' });
    expect(readReason(zero)).toBe('it is a device (/dev/zero), not a regular file');
    expect(await refusal(join(dir, 'random.pdf'))).toEqual({ kind: 'special', what: 'device', real: '/dev/urandom' });
  });

  it('a socket', async () => {
    const dir = workspace({});
    expect(await refusal(await socket(join(dir, 's.pdf')))).toEqual({ kind: 'special', what: 'socket' });
  });

  it('a folder', async () => {
    expect(await refusal(workspace({}))).toEqual({ kind: 'folder' });
  });

  it('a file larger than the bound, by its size alone (a 50 GB sparse file in a blink)', async () => {
    const dir = workspace({ 'small.pdf': 'x'.repeat(1001) });
    const huge = join(dir, 'huge.pdf');
    writeFileSync(huge, '');
    truncateSync(huge, 50e9);
    expect(await refusal(huge)).toEqual({ kind: 'too-large', bytes: 50e9, limit: 200e6 });
    expect(await refusal(join(dir, 'small.pdf'), 1000)).toEqual({ kind: 'too-large', bytes: 1001, limit: 1000 });
    const exact = await readInput(join(dir, 'small.pdf'), 1001);
    expect(exact.ok && exact.bytes.length).toBe(1001);
  });

  it('reads a regular file that does not know its size (/proc), still bounded', async () => {
    if (!existsSync('/proc/self/status')) return;
    const read = await readInput('/proc/self/status', 1e6);
    expect(read.ok && new TextDecoder().decode(read.bytes)).toMatch(/^Name:/);
    expect(await refusal('/proc/self/status', 10)).toMatchObject({ kind: 'too-large' });
  });

  it('readText throws a ReadError that says why in plain words', async () => {
    await expect(readText('/dev/zero')).rejects.toThrow('it is a device, not a regular file');
  });
});

describe('names typed in one Unicode form, stored in the other', () => {
  const nfc = 'Åsa.pdf'.normalize('NFC');
  const nfd = 'Åsa.pdf'.normalize('NFD');

  it('reads docs/Åsa.pdf written in NFC when the disk has NFD, and the reverse, also for folders', async () => {
    const dir = workspace({ [`docs/${nfd}`]: 'nfd bytes', [`${'Ärzte'.normalize('NFD')}/${nfc}`]: 'nfc bytes' });
    const a = await readInput(join(dir, 'docs', nfc));
    expect(a.ok && new TextDecoder().decode(a.bytes)).toBe('nfd bytes');
    const b = await readInput(join(dir, 'Ärzte'.normalize('NFC'), nfd));
    expect(b.ok && new TextDecoder().decode(b.bytes)).toBe('nfc bytes');
    expect(await exists(join(dir, 'docs', nfc))).toBe(true);
  });

  it('never suggests the same name in another form (before: "Did you mean Åsa.pdf?" for Åsa.pdf)', async () => {
    const dir = workspace({ [nfd]: 'x', 'Asa-old.pdf': 'y' });
    expect(await suggestSimilar(join(dir, nfc))).toBeUndefined();
    expect(await suggestSimilar(join(dir, 'Asa-ol.pdf'))).toBe(`${dir}/Asa-old.pdf`);
  });
});

describe('paths through a folder name that is not valid UTF-8', () => {
  it('fsPath hands the file system the relative form below the working folder', () => {
    expect(fsPath('/tmp/caf\uFFFD/m.yaml', '/tmp/caf\uFFFD')).toBe('m.yaml');
    expect(fsPath('/tmp/caf\uFFFD', '/tmp/caf\uFFFD/docs')).toBe('..');
    expect(fsPath('/tmp/cafe/m.yaml', '/tmp/caf\uFFFD')).toBe('/tmp/cafe/m.yaml');
    expect(fsPath('/tmp/caf\uFFFD/m.yaml', '/home')).toBe('/tmp/caf\uFFFD/m.yaml');
  });

  it('says so when such a path cannot be found, instead of "does not exist"', async () => {
    const problem = await refusal(join(workspace({}), 'caf\uFFFD', 'manifest.yaml'));
    expect(problem).toEqual({ kind: 'not-utf8' });
    expect(readReason(problem)).toMatch(/not valid UTF-8/);
  });
});

describe('outputProblem: where an output cannot go, found before anything is built', () => {
  it.skipIf(!unix)('a device, a FIFO, a folder, a file where a folder is wanted', async () => {
    const dir = workspace({ 'a.pdf': 'x' });
    expect(await outputProblem('/dev/null', 'file')).toEqual({ kind: 'special', what: 'device' });
    expect(await outputProblem(fifo(join(dir, 'p.pdf')), 'file')).toEqual({ kind: 'special', what: 'fifo' });
    expect(await outputProblem(dir, 'file')).toEqual({ kind: 'folder' });
    expect(await outputProblem(join(dir, 'a.pdf'), 'folder')).toEqual({ kind: 'not-folder' });
    expect(await outputProblem(join(dir, 'a.pdf'), 'file')).toBeUndefined();
    expect(await outputProblem(join(dir, 'new/deeper/b.pdf'), 'file')).toBeUndefined();
  });

  it('a folder on the way that is a file, a NUL, a name over 255 bytes, a missing folder named with U+FFFD', async () => {
    const dir = workspace({ 'a.pdf': 'x' });
    expect(await outputProblem(join(dir, 'a.pdf', 'sub', 'b.pdf'), 'file')).toEqual({ kind: 'parent-not-folder', parent: expect.stringMatching(/a\.pdf$/) });
    expect(await outputProblem(join(dir, 'b\0.pdf'), 'file')).toEqual({ kind: 'nul' });
    expect(await outputProblem(join(dir, `${'x'.repeat(300)}.pdf`), 'file')).toEqual({ kind: 'name-too-long' });
    expect(await outputProblem(join(dir, 'caf\uFFFD', 'b.pdf'), 'file')).toEqual({ kind: 'not-utf8' });
  });
});

describe('writeFileAtomic', () => {
  it.skipIf(!unix)('never replaces a device, nor a link to one (before: a regular file took its place, even of /dev/null)', async () => {
    const dir = workspace({});
    const device = nullDevice(dir);
    symlinkSync('/dev/null', join(dir, 'link.pdf'));
    for (const path of [device, join(dir, 'link.pdf')]) {
      await expect(writeFileAtomic(path, 'x')).rejects.toMatchObject({ problem: { kind: 'special', what: 'device' } });
      expect(statSync(path).isCharacterDevice()).toBe(true);
    }
    expect(readdirSync(dir).sort()).toEqual(['link.pdf', 'null']);
  });

  it.skipIf(!unix)('writes through a link to the file it points at (before: a new file took the link\'s place, and the synced copy stayed old)', async () => {
    const dir = workspace({ 'cloud/packet.pdf': 'old' });
    symlinkSync(join(dir, 'cloud', 'packet.pdf'), join(dir, 'sym.pdf'));
    symlinkSync(join('cloud', 'later.pdf'), join(dir, 'dangling.pdf'));
    await writeFileAtomic(join(dir, 'sym.pdf'), 'new');
    await writeFileAtomic(join(dir, 'dangling.pdf'), 'made');
    expect(lstatSync(join(dir, 'sym.pdf')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'cloud', 'packet.pdf'), 'utf8')).toBe('new');
    expect(lstatSync(join(dir, 'dangling.pdf')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'cloud', 'later.pdf'), 'utf8')).toBe('made');
    expect(readdirSync(join(dir, 'cloud')).sort()).toEqual(['later.pdf', 'packet.pdf']);
  });

  it('throws a WriteError for a folder, a path under a file, a NUL and a long name; nothing is left behind', async () => {
    const dir = workspace({ 'a.pdf': 'x' });
    for (const [path, kind] of [
      [dir, 'folder'],
      [join(dir, 'a.pdf', 'b.pdf'), 'parent-not-folder'],
      [join(dir, 'b\0.pdf'), 'nul'],
      [join(dir, `${'x'.repeat(300)}.pdf`), 'name-too-long'],
    ] as const) {
      const err = await writeFileAtomic(path, 'x').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(WriteError);
      expect((err as WriteError).problem.kind).toBe(kind);
    }
    expect(readdirSync(dir)).toEqual(['a.pdf']);
  });

  it('writes a name of 250 bytes (the temporary name stays within 255)', async () => {
    const dir = workspace({});
    const name = `${'é'.repeat(123)}.pdf`;
    expect(Buffer.byteLength(name)).toBe(250);
    await writeFileAtomic(join(dir, name), 'x');
    expect(readdirSync(dir)).toEqual([name]);
  });

  it('writeFilesAtomic writes all the files or none', async () => {
    const dir = workspace({ 'blocker.pdf': 'x' });
    const err = await writeFilesAtomic([
      { path: join(dir, 'out/1.pdf'), data: new Uint8Array([1]) },
      { path: join(dir, 'blocker.pdf/2.pdf'), data: new Uint8Array([2]) },
    ]).catch((e: unknown) => e);
    expect((err as WriteError).problem.kind).toBe('parent-not-folder');
    expect(existsSync(join(dir, 'out/1.pdf'))).toBe(false);
    await writeFilesAtomic([
      { path: join(dir, 'out/1.pdf'), data: new Uint8Array([1]) },
      { path: join(dir, 'out/2.pdf'), data: 'two' },
    ]);
    expect(readFileSync(join(dir, 'out/2.pdf'), 'utf8')).toBe('two');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['1.pdf', '2.pdf']);
  });
});
