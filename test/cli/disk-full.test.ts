/**
 * A full, read-only or forbidden disk met by every command that writes (injected under src/io/files.ts, since
 * CI runs as root and cannot make these for real): a `build.write-failed` diagnostic, exit 1 for a build and 2
 * for the other commands, never 3, and nothing partial left.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makePdf } from '../helpers/make-pdf.js';
import { fault, noFault } from '../helpers/fs-faults.js';
import { cli, TEST_MANIFEST, TEST_PROFILE, workspace } from '../helpers/workspace.js';

vi.mock('node:fs/promises', async (real) => (await import('../helpers/fs-faults.js')).faultyFs(await real()));
afterEach(noFault);

const TODAY = ['--today', '2025-10-01'];
const MANIFEST = TEST_MANIFEST;

let cv: Uint8Array;
let plan: Uint8Array;
beforeAll(async () => {
  cv = await makePdf({ pages: 2 });
  plan = await makePdf({ pages: 3 });
});

const application = (extra: Record<string, string> = {}) => workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': cv, 'plan.pdf': plan, 'manifest.yaml': MANIFEST, ...extra });

describe('packet build on a disk that fails', () => {
  it('full: build.write-failed, exit 1, the last good packet stays (before: internal error, exit 3)', async () => {
    const dir = application({ 'packet.pdf': '%PDF-1.7 the last good packet /ApplicationPacket' });
    Object.assign(fault, { code: 'ENOSPC', at: 'write' });
    const r = await cli(['build', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'error build.write-failed  Cannot write packet.pdf: the disk is full.  hint: Free some space on the disk, or write somewhere else; nothing was written.\n\n' +
        'Not built: fix the errors above first.\n',
    );
    expect(readFileSync(join(dir, 'packet.pdf'), 'utf8')).toBe('%PDF-1.7 the last good packet /ApplicationPacket');
    expect(readdirSync(dir).filter((f) => f.includes('packet-tmp'))).toEqual([]);
  });

  it('read-only, with --separate and --json: no half set of files, the diagnostic in the JSON', async () => {
    const dir = application();
    Object.assign(fault, { code: 'EROFS', at: 'open' });
    const r = await cli(['build', 'manifest.yaml', '--separate', '-o', 'parts', '--json', ...TODAY], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { diagnostics: { code: string; message: string }[] };
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ code: 'build.write-failed', message: expect.stringMatching(/^Cannot write parts\/.*\.pdf: the disk is read-only\.$/) }));
    expect(existsSync(join(dir, 'parts'))).toBe(false);
  });
});

describe('the other commands that write', () => {
  it('report -o, init and profile import -o: the diagnostic on stderr, exit 2', async () => {
    const dir = application({ 'posting.txt': 'Doctoral researcher. Send a CV and a cover letter.\n' });
    Object.assign(fault, { code: 'EACCES', at: 'open' });
    const report = await cli(['report', 'manifest.yaml', '-f', 'md', '-o', 'report.md', ...TODAY], { cwd: dir });
    expect(report.code).toBe(2);
    expect(report.stderr).toBe(
      'error build.write-failed  Cannot write report.md: you are not allowed to write there (permission denied).  hint: Choose a folder you can write in, or change its permissions.\n',
    );
    const init = await cli(['init', 'new', '--profile', 'aalto-tml-doctoral-2025'], { cwd: dir });
    expect(init.code).toBe(2);
    expect(init.stderr).toMatch(/^error build\.write-failed {2}Cannot write new\/manifest\.yaml: you are not allowed to write there/);
    Object.assign(fault, { code: 'ENOSPC', at: 'write' });
    const imported = await cli(['profile', 'import', 'posting.txt', '-o', 'profile-new.yaml'], { cwd: dir });
    expect(imported.code).toBe(2);
    expect(imported.stderr).toMatch(/^error build\.write-failed {2}Cannot write profile-new\.yaml: the disk is full\./);
    expect(readdirSync(dir).sort()).toEqual(['cv.pdf', 'manifest.yaml', 'plan.pdf', 'posting.txt', 'profile.yaml']);
  });
});
