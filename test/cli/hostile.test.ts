/**
 * Hostile and awkward files and paths, as a user meets them (#14): devices, FIFOs, sockets and links to them
 * are refused at once with a located diagnostic (or a one-line usage error for the manifest path); outputs go
 * only to regular file paths and every write failure is `build.write-failed`, exit 1 or 2, never 3; names in
 * another Unicode form and folders whose names are not valid UTF-8 work.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makePdf } from '../helpers/make-pdf.js';
import { fifo, nullDevice, socket } from '../helpers/special-files.js';
import { cli, TEST_MANIFEST, TEST_PROFILE, workspace } from '../helpers/workspace.js';

const root = join(import.meta.dirname, '..', '..');
const unix = process.platform !== 'win32';
const TODAY = ['--today', '2025-10-01'];
/** Before, these never finished: a bound for a hang, not for speed (the benchmark measures that), wide enough for a loaded CI machine. */
const QUICK_MS = 15_000;

/** TEST_MANIFEST with the documents in docs/. */
const MANIFEST = TEST_MANIFEST.replace('cv: cv.pdf', 'cv: docs/cv.pdf').replace('research_plan: plan.pdf', 'research_plan: docs/plan.pdf');

let cv: Uint8Array;
let plan: Uint8Array;
beforeAll(async () => {
  cv = await makePdf({ pages: 2 });
  plan = await makePdf({ pages: 3 });
});

/** A ready application in a fresh folder; `manifest` replaces the manifest's text. */
function application(manifest = MANIFEST, extra: Record<string, string | Uint8Array> = {}): string {
  return workspace({ 'profile.yaml': TEST_PROFILE, 'docs/cv.pdf': cv, 'docs/plan.pdf': plan, 'manifest.yaml': manifest, ...extra });
}

async function timed(argv: string[], options: { cwd?: string } = {}) {
  const started = performance.now();
  const r = await cli(argv, options);
  expect(performance.now() - started, `${argv.join(' ')} took too long`).toBeLessThan(QUICK_MS);
  expect(r.code, r.stdout + r.stderr).not.toBe(3);
  return r;
}

describe.skipIf(!unix)('reading: only regular files, at once', () => {
  it('a manifest that is /dev/zero, a FIFO or a link to /dev/urandom: one line, exit 2', async () => {
    const dir = workspace({});
    symlinkSync('/dev/urandom', join(dir, 'random.yaml'));
    const zero = await timed(['validate', '/dev/zero', ...TODAY]);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toBe(
      'error: /dev/zero cannot be read: it is a device, not a regular file. Give the path of an ordinary file (a device, pipe or socket is never read).\n',
    );
    const pipe = await timed(['validate', fifo(join(dir, 'm.yaml')), ...TODAY]);
    expect(pipe.code).toBe(2);
    expect(pipe.stderr).toMatch(/^error: .*m\.yaml cannot be read: it is a named pipe \(FIFO\), not a regular file\./);
    const link = await timed(['build', 'random.yaml', ...TODAY], { cwd: dir });
    expect(link.code).toBe(2);
    expect(link.stderr).toMatch(/^error: random\.yaml cannot be read: it is a device \(\/dev\/urandom\), not a regular file\./);
  });

  it('`profile: /dev/zero` (before: memory grew without bound) and a profile that is a FIFO: profile.unreadable at the line, exit 1', async () => {
    const dir = application(MANIFEST.replace('./profile.yaml', '/dev/zero'));
    const r = await timed(['validate', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(
      'manifest.yaml:1:10 error profile.unreadable  The profile /dev/zero cannot be read: it is a device, not a regular file.  ' +
        'hint: Give the path of an ordinary file (a device, pipe or socket is never read).',
    );
    const piped = application(MANIFEST.replace('./profile.yaml', './posting.yaml'));
    fifo(join(piped, 'posting.yaml'));
    const p = await timed(['validate', 'manifest.yaml', ...TODAY], { cwd: piped });
    expect(p.stdout).toMatch(/^manifest\.yaml:1:10 error profile\.unreadable {2}The profile posting\.yaml cannot be read: it is a named pipe \(FIFO\), not a regular file\./);
  });

  it('`extends:` a FIFO or /dev/zero: manifest.extends at the line, exit 1', async () => {
    const dir = application(`extends: me.yaml\n${MANIFEST}`);
    fifo(join(dir, 'me.yaml'));
    const r = await timed(['validate', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^manifest\.yaml:1:10 error manifest\.extends {2}`extends` names me\.yaml, which cannot be read: it is a named pipe \(FIFO\), not a regular file\./);
    const zero = application(`extends: /dev/zero\n${MANIFEST}`);
    const z = await timed(['build', 'manifest.yaml', ...TODAY], { cwd: zero });
    expect(z.code).toBe(1);
    expect(z.stdout).toMatch(/^manifest\.yaml:1:10 error manifest\.extends {2}`extends` names \/dev\/zero, which cannot be read: it is a device, not a regular file\./);
  });

  it('inputs that are a link to /dev/zero, a FIFO or a socket: file.unreadable at each entry, exit 1', async () => {
    const dir = application(MANIFEST.replace('cv: docs/cv.pdf', 'cv: docs/zero.pdf').replace('research_plan: docs/plan.pdf', 'research_plan: [docs/pipe.pdf, docs/socket.pdf]'));
    symlinkSync('/dev/zero', join(dir, 'docs/zero.pdf'));
    fifo(join(dir, 'docs/pipe.pdf'));
    await socket(join(dir, 'docs/socket.pdf'));
    for (const command of ['validate', 'build']) {
      const r = await timed([command, 'manifest.yaml', ...TODAY], { cwd: dir });
      expect(r.code).toBe(1);
      const lines = r.stdout.split('\n').filter((l) => l.includes('file.unreadable'));
      expect(lines).toEqual([
        'manifest.yaml:4:7 error file.unreadable  docs/zero.pdf cannot be read: it is a device (/dev/zero), not a regular file.  hint: Give the path of a file you can open.',
        'manifest.yaml:6:19 error file.unreadable  docs/pipe.pdf cannot be read: it is a named pipe (FIFO), not a regular file.  hint: Give the path of a file you can open.',
        'manifest.yaml:6:34 error file.unreadable  docs/socket.pdf cannot be read: it is a socket, not a regular file.  hint: Give the path of a file you can open.',
      ]);
    }
  });

  it('`packet profile import /dev/zero` and `report --pdf /dev/zero` finish at once', async () => {
    const r = await timed(['profile', 'import', '/dev/zero']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: cannot read \/dev\/zero: it is a device, not a regular file/);
    const dir = application();
    const report = await timed(['report', 'manifest.yaml', '--pdf', '/dev/zero', ...TODAY], { cwd: dir });
    // A --pdf that is not a file is named as a usage error (before: ignored, exit 0).
    expect(report.stderr).toBe('error: /dev/zero cannot be read: it is a device, not a regular file. Give --pdf the packet PDF that `packet build` wrote\n');
    expect(report.code).toBe(2);
  });
});

describe('YAML nested thousands of levels deep', () => {
  it('is refused with one diagnostic at the place it goes too deep (before: 4 s and 760 MB)', async () => {
    const dir = application(MANIFEST.replace('cv: docs/cv.pdf', `cv: ${'['.repeat(500_000)}`));
    const r = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^manifest\.yaml:4:55 error yaml\.too-deep {2}The YAML nests lists or blocks more than 50 levels deep here\./);
  });
});

describe('writing: only to a regular file path, every failure a diagnostic', () => {
  const built = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.pdf') || f.includes('packet-tmp'));

  // A device of the test's own (or a link to /dev/null): a regression must not replace the machine's /dev/null.
  it.skipIf(!unix)('`-o` a device and `output:` a link to /dev/null leave them alone: build.write-failed, exit 1 (before: replaced by a file, exit 0)', async () => {
    const dir = application();
    nullDevice(dir);
    const r = await timed(['build', 'manifest.yaml', '-o', 'null', ...TODAY], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^error build\.write-failed {2}Cannot write null: it is a device( \(\/dev\/null\))?, not a regular file\. {2}hint: Give the path of an ordinary file; packet never writes onto a device, a pipe or a socket\.$/m,
    );
    expect(r.stdout).toMatch(/Not built: fix the errors above first\.\n$/);
    expect(statSync(join(dir, 'null')).isCharacterDevice()).toBe(true);
    const inManifest = application(`output: out.pdf\n${MANIFEST}`);
    symlinkSync('/dev/null', join(inManifest, 'out.pdf'));
    const m = await timed(['build', 'manifest.yaml', ...TODAY], { cwd: inManifest });
    expect(m.code).toBe(1);
    expect(m.stdout).toMatch(/^manifest\.yaml:1:9 error build\.write-failed {2}Cannot write out\.pdf: it is a device \(\/dev\/null\), not a regular file\./);
    expect(lstatSync(join(inManifest, 'out.pdf')).isSymbolicLink()).toBe(true);
  });

  it('onto a folder, under a file, with a NUL, with a 300-character name: exit 1, never 3, nothing left (before: internal error)', async () => {
    const dir = application(MANIFEST, { 'out/keep.txt': 'x', 'taken.pdf': 'x' });
    const cases: [string, string][] = [
      ['out', 'Cannot write out: it is a folder.  hint: Give the path of a file, not of a folder.'],
      ['taken.pdf/packet.pdf', 'Cannot write taken.pdf/packet.pdf: taken.pdf is a file, not a folder.'],
      ['bad\0name.pdf', ': the path contains a NUL character (an invisible zero byte).'],
      [`${'x'.repeat(300)}.pdf`, '.pdf: a name in the path is too long for the file system.  hint: Shorten the name'],
    ];
    for (const [output, said] of cases) {
      const r = await timed(['build', 'manifest.yaml', '-o', output, ...TODAY], { cwd: dir });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toContain(said);
      expect(r.stdout).toMatch(/^error build\.write-failed {2}Cannot write /);
    }
    expect(built(dir)).toEqual(['taken.pdf']);
  });

  it('`--separate` onto a file: build.write-failed before anything is built', async () => {
    // A file named without .pdf: `-o taken.pdf` builds the set into taken/, as `output: taken.pdf` does.
    const dir = application(MANIFEST, { taken: 'x' });
    const r = await timed(['build', 'manifest.yaml', '--separate', '-o', 'taken', ...TODAY], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Cannot write taken: it is a file, and one PDF per item needs a folder.');
  });

  it('`report -o`, `init` and `profile import -o` onto a device, a folder or under a file: the diagnostic, exit 2', async () => {
    const dir = application(MANIFEST, { 'taken.pdf': 'x', 'posting.txt': 'Doctoral researcher. Send a CV and a cover letter.\n' });
    const report = await timed(['report', 'manifest.yaml', '-o', 'taken.pdf/report.md', ...TODAY], { cwd: dir });
    expect(report.code).toBe(2);
    expect(report.stderr).toBe(
      'error build.write-failed  Cannot write taken.pdf/report.md: taken.pdf is a file, not a folder.  hint: Choose a path whose folders are all folders, or move that file away.\n',
    );
    expect(report.stdout).toBe('');
    if (unix) {
      const device = await timed(['report', 'manifest.yaml', '-o', nullDevice(dir), ...TODAY], { cwd: dir });
      expect(device.code).toBe(2);
      expect(device.stderr).toMatch(/^error build\.write-failed {2}Cannot write null: it is a device/);
    }
    const init = await timed(['init', 'taken.pdf', '--profile', 'aalto-tml-doctoral-2025'], { cwd: dir });
    expect(init.code).toBe(2);
    expect(init.stderr).toMatch(/^error build\.write-failed {2}Cannot write taken\.pdf\/manifest\.yaml: taken\.pdf is a file, not a folder\./);
    mkdirSync(join(dir, 'profile-out'));
    const imported = await timed(['profile', 'import', 'posting.txt', '-o', 'profile-out', '--force'], { cwd: dir });
    expect(imported.code).toBe(2);
    expect(imported.stderr).toMatch(/^error build\.write-failed {2}Cannot write profile-out: it is a folder\./);
  });
});

describe('names the user sees as the same', () => {
  it('a manifest naming docs/Åsa.pdf in NFC finds the file stored in NFD (as from a Mac), and the reverse', async () => {
    for (const [typed, stored] of [
      ['NFC', 'NFD'],
      ['NFD', 'NFC'],
    ] as const) {
      const dir = application(MANIFEST.replace('docs/cv.pdf', 'docs/Åsa.pdf'.normalize(typed)), { ['docs/Åsa.pdf'.normalize(stored)]: cv });
      const r = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir });
      expect(r.stdout).not.toMatch(/Did you mean/);
      expect(r.code, r.stdout).toBe(0);
    }
  });
});

describe.skipIf(!unix)('a folder whose name is not valid UTF-8', () => {
  /** `parent/caf\xff` holding a ready application, and a link with a plain name to enter it. */
  function badFolder(): { parent: string; link: string } {
    const parent = workspace({});
    const bad = Buffer.concat([Buffer.from(`${parent}/caf`), Buffer.from([0xff])]);
    mkdirSync(bad);
    for (const [rel, content] of Object.entries({ 'profile.yaml': TEST_PROFILE, 'docs/cv.pdf': cv, 'docs/plan.pdf': plan, 'manifest.yaml': MANIFEST })) {
      if (rel.startsWith('docs/')) mkdirSync(Buffer.concat([bad, Buffer.from('/docs')]), { recursive: true });
      writeFileSync(Buffer.concat([bad, Buffer.from(`/${rel}`)]), content);
    }
    symlinkSync(bad, Buffer.from(`${parent}/enter`));
    return { parent, link: join(parent, 'enter') };
  }

  it('`packet validate manifest.yaml` and `packet build` work from inside it (before: "does not exist")', async () => {
    const { link } = badFolder();
    const v = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: link });
    expect(process.cwd()).not.toContain('\uFFFD');
    expect(v.stderr).toBe('');
    expect(v.code).toBe(0);
    const b = await cli(['build', 'manifest.yaml', '-o', 'out/packet.pdf', ...TODAY], { cwd: link });
    expect(b.code, b.stdout).toBe(0);
    expect(existsSync(join(link, 'out/packet.pdf'))).toBe(true);
  });

  it('a path through it that cannot be found says why and what to do, exit 2', async () => {
    const { parent } = badFolder();
    const r = await cli(['validate', join(parent, 'caf\uFFFD', 'manifest.yaml'), ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot be read: its path holds a folder or file name that is not valid UTF-8 \(shown as "\uFFFD"\).* run packet from inside that folder/);
  });

  const distBuilt = existsSync(join(root, 'dist/cli/main.js'));
  it.skipIf(!distBuilt)('the installed command, run by a shell in it and from outside it', () => {
    const { parent } = badFolder();
    const run = (script: string) =>
      spawnSync('sh', ['-c', script, process.execPath, join(root, 'bin/packet.js')], { cwd: parent, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const inside = run(`cd "$(printf 'caf\\377')" && exec "$0" "$1" validate manifest.yaml --today 2025-10-01`);
    expect(inside.stderr).toBe('');
    expect(inside.status).toBe(0);
    const outside = run(`exec "$0" "$1" validate "$(printf 'caf\\377')/manifest.yaml" --today 2025-10-01`);
    expect(outside.status).toBe(2);
    expect(outside.stderr).toMatch(/not valid UTF-8/);
  });
});
