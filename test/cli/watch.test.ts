/** `packet build --watch`: an edited input gives a new build; the last good PDF stays; Ctrl-C stops cleanly. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/program.js';
import type { CliIo } from '../../src/cli/io.js';
import { makePdf } from '../helpers/make-pdf.js';
import { readPdf } from '../helpers/read-pdf.js';
import { copyExample } from '../helpers/workspace.js';
import { displayPath } from '../../src/io/files.js';

async function until(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('packet build --watch', () => {
  it('rebuilds when an input changes, keeps the last good PDF when a change breaks the manifest, stops on Ctrl-C', async () => {
    const dir = copyExample();
    let out = '';
    let interrupt: (() => void) | undefined;
    let clock = Date.UTC(2025, 10, 1);
    const io: CliIo = {
      stdout: (s) => {
        out += s;
      },
      stderr: (s) => {
        out += s;
      },
      isTTY: false,
      env: {},
      now: () => new Date(clock),
      readStdin: async () => new Uint8Array(),
      onInterrupt: (h) => {
        interrupt = h;
      },
    };
    const pdfPath = join(dir, 'out/virtanen-aalto-tml.pdf');
    const running = runCli(['build', join(dir, 'manifest.yaml'), '--watch'], io);
    const builds = () => out.match(/^Built /gm)?.length ?? 0;
    await until(() => out.includes('Watching for changes'), 'the first build');
    expect(builds()).toBe(1);
    expect((await readPdf(readFileSync(pdfPath), { text: false })).pageCount).toBe(13);
    expect(out).toContain('13 days left until the deadline (2025-11-14)');

    // The CV grows from 2 to 5 pages: a new build with 3 more pages. Days later: the rebuild reads the clock again
    // (before, the first build's "13 days left" stayed, and hours left would have stood still).
    clock = Date.UTC(2025, 10, 10, 12);
    writeFileSync(join(dir, 'docs/cv.pdf'), await makePdf({ pages: 5 }));
    await until(() => builds() === 2, 'the rebuild after the CV changed');
    expect(out).toMatch(/docs\/cv\.pdf changed: building again/);
    expect(out.slice(out.indexOf('changed: building again'))).toContain('4 days left until the deadline (2025-11-14)');
    expect((await readPdf(readFileSync(pdfPath), { text: false })).pageCount).toBe(16);

    // A broken manifest: diagnostics are printed, the last good PDF stays in place.
    const manifest = readFileSync(join(dir, 'manifest.yaml'), 'utf8');
    writeFileSync(join(dir, 'manifest.yaml'), manifest.replace('cv: docs/cv.pdf', 'cv: docs/cvv.pdf'));
    await until(() => out.includes('Not built'), 'the failed rebuild');
    expect(out).toMatch(/error file\.not-found {2}docs\/cvv\.pdf does not exist/);
    expect((await readPdf(readFileSync(pdfPath), { text: false })).pageCount).toBe(16);

    await until(() => (out.match(/Watching for changes/g)?.length ?? 0) === 3, 'watching again');
    interrupt!();
    expect(await running).toBe(0);
    expect(out).toMatch(/Stopped watching\.\n$/);
  });

  it('builds when an input appears in a folder made after it started (audit 12-06i #6; before: "does not exist" until the manifest changed)', async () => {
    const dir = copyExample();
    const manifest = join(dir, 'manifest.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('cv: docs/cv.pdf', 'cv: new/cv/cv.pdf'));
    let out = '';
    let interrupt: (() => void) | undefined;
    const io: CliIo = {
      stdout: (s) => {
        out += s;
      },
      stderr: (s) => {
        out += s;
      },
      isTTY: false,
      env: {},
      now: () => new Date(Date.UTC(2025, 10, 1)),
      readStdin: async () => new Uint8Array(),
      onInterrupt: (h) => {
        interrupt = h;
      },
    };
    const running = runCli(['build', manifest, '--watch'], io);
    await until(() => out.includes('Watching for changes'), 'the first try');
    expect(out).toMatch(/error file\.not-found {2}new\/cv\/cv\.pdf does not exist/);
    expect(out).toContain('Not built');
    // Two folders deep, made one after the other (each wakes a try that then watches deeper), then the file saved in the last.
    const watching = () => out.match(/Watching for changes/g)?.length ?? 0;
    mkdirSync(join(dir, 'new'));
    await until(() => watching() === 2, 'the try after new/ appeared');
    expect(out).toMatch(/new changed: building again/);
    mkdirSync(join(dir, 'new/cv'));
    await until(() => watching() === 3, 'the try after new/cv/ appeared');
    writeFileSync(join(dir, 'new/cv/cv.pdf'), await makePdf({ pages: 2 }));
    await until(() => /^Built /m.test(out), 'the build after the CV appeared');
    expect((await readPdf(readFileSync(join(dir, 'out/virtanen-aalto-tml.pdf')), { text: false })).pageCount).toBe(13);
    interrupt!();
    expect(await running).toBe(0);
  });

  it('waits for a manifest deleted and written again (audit 23 F1; before: "error: manifest.yaml does not exist", exit 2)', async () => {
    const dir = copyExample();
    const manifest = join(dir, 'manifest.yaml');
    const text = readFileSync(manifest, 'utf8');
    let out = '';
    let interrupt: (() => void) | undefined;
    const io: CliIo = {
      stdout: (s) => {
        out += s;
      },
      stderr: (s) => {
        out += s;
      },
      isTTY: false,
      env: {},
      now: () => new Date(Date.UTC(2025, 10, 1)),
      readStdin: async () => new Uint8Array(),
      onInterrupt: (h) => {
        interrupt = h;
      },
    };
    const running = runCli(['build', manifest, '--watch'], io);
    await until(() => out.includes('Watching for changes'), 'the first build');
    const shown = displayPath(manifest);
    const gone = `${shown} is gone: waiting for it to come back (Ctrl-C to stop)...`;
    const from = out.length;
    rmSync(manifest);
    await until(() => out.includes(gone), 'the note that the manifest is gone');
    // Gone twice in a row (made and removed again while waiting): said once.
    writeFileSync(manifest, '');
    rmSync(manifest);
    await new Promise((r) => setTimeout(r, 600));
    writeFileSync(manifest, text);
    await until(() => (out.match(/^Built /gm)?.length ?? 0) === 2, 'the build after the manifest came back');
    await until(() => (out.match(/Watching for changes/g)?.length ?? 0) === 2, 'watching again');
    const lines = out.slice(from).split('\n');
    expect(lines.slice(0, 4)).toEqual(['', `${shown} changed: building again`, gone, '']);
    expect(lines.filter((l) => l === gone)).toHaveLength(1);
    expect(lines).toContain(`${shown} changed: building again`);
    expect(lines.at(-2)).toBe('Watching for changes (Ctrl-C to stop)...');
    expect((await readPdf(readFileSync(join(dir, 'out/virtanen-aalto-tml.pdf')), { text: false })).pageCount).toBe(13);
    interrupt!();
    expect(await running).toBe(0);
    expect(out).toMatch(/Stopped watching\.\n$/);
  });

  it('waits for a profile and an extends file deleted and written again (re-verify 12-07e F1; before: profile.not-found, then no build when it came back)', async () => {
    const dir = copyExample();
    const manifest = join(dir, 'manifest.yaml');
    const profile = join(dir, 'prof.yaml');
    const base = join(dir, 'me.yaml');
    const profileText = readFileSync(join(import.meta.dirname, '../../templates/profiles/aalto-tml-doctoral-2025.yaml'), 'utf8');
    writeFileSync(profile, profileText);
    writeFileSync(base, 'applicant:\n  name: Aino Virtanen\n  email: aino.virtanen@example.fi\n');
    writeFileSync(manifest, readFileSync(manifest, 'utf8')
      .replace('profile: aalto-tml-doctoral-2025', 'extends: ./me.yaml\nprofile: ./prof.yaml')
      .replace(/applicant:\n {2}name: Aino Virtanen\n {2}email: aino.virtanen@example.fi\n/, ''));
    let out = '';
    let interrupt: (() => void) | undefined;
    const io: CliIo = {
      stdout: (s) => {
        out += s;
      },
      stderr: (s) => {
        out += s;
      },
      isTTY: false,
      env: {},
      now: () => new Date(Date.UTC(2025, 10, 1)),
      readStdin: async () => new Uint8Array(),
      onInterrupt: (h) => {
        interrupt = h;
      },
    };
    const running = runCli(['build', manifest, '--watch'], io);
    const builds = () => out.match(/^Built /gm)?.length ?? 0;
    const failed = () => out.match(/^Not built/gm)?.length ?? 0;
    await until(() => out.includes('Watching for changes'), 'the first build');
    expect(builds()).toBe(1);

    // git checkout prof.yaml: deleted, written back after a moment, with another title.
    rmSync(profile);
    await until(() => failed() === 1, 'the try without the profile');
    expect(out).toMatch(/error profile\.not-found/);
    await new Promise((r) => setTimeout(r, 600));
    writeFileSync(profile, profileText.replace(/^title: .*$/m, 'title: Doctoral position (restored)'));
    await until(() => builds() === 2, 'the build after the profile came back');
    expect(out.slice(out.lastIndexOf('Not built'))).toMatch(/prof\.yaml changed: building again/);

    // The same for the extends file.
    rmSync(base);
    await until(() => failed() === 2, 'the try without the extends file');
    expect(out).toMatch(/error manifest\.extends/);
    await new Promise((r) => setTimeout(r, 600));
    writeFileSync(base, 'applicant:\n  name: Aino Virtanen\n  email: aino.virtanen@example.fi\n');
    await until(() => builds() === 3, 'the build after the extends file came back');
    expect(out.slice(out.lastIndexOf('Not built'))).toMatch(/me\.yaml changed: building again/);
    expect((await readPdf(readFileSync(join(dir, 'out/virtanen-aalto-tml.pdf')), { text: false })).pageCount).toBe(13);
    await until(() => (out.match(/Watching for changes/g)?.length ?? 0) === 5, 'watching again');
    interrupt!();
    expect(await running).toBe(0);
  });

  it('a manifest missing at the start is still a usage error, exit 2', async () => {
    const dir = copyExample();
    let out = '';
    const io: CliIo = {
      stdout: (s) => {
        out += s;
      },
      stderr: (s) => {
        out += s;
      },
      isTTY: false,
      env: {},
      now: () => new Date(Date.UTC(2025, 10, 1)),
      readStdin: async () => new Uint8Array(),
      onInterrupt: () => undefined,
    };
    expect(await runCli(['build', join(dir, 'nomanifest.yaml'), '--watch'], io)).toBe(2);
    expect(out).toBe(`error: ${displayPath(join(dir, 'nomanifest.yaml'))} does not exist\n`);
  });
});
