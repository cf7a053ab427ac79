/** `buildPacket({ output: '-' })` refuses as `packet build -o -` does (audit 12-06n F-J; before: a PDF file named "-"). */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildPacket } from '../../src/app/build.js';
import { UsageError } from '../../src/app/errors.js';
import { ImageLibraryError } from '../../src/io/image-codec.js';
import { ReadError, WriteError } from '../../src/io/files.js';
import { makePdf } from '../helpers/make-pdf.js';
import { docsProfile, workspace } from '../helpers/workspace.js';

describe('buildPacket and an output that names no file', () => {
  it("'-' throws the CLI's UsageError and writes nothing; '' and ' ' throw too (before: a file named \"-\", and the manifest's output)", async () => {
    const dir = workspace({ 'profile.yaml': docsProfile('p', 'Position'), 'manifest.yaml': 'profile: ./profile.yaml\napplicant: { name: Tiina Perho, email: test@examples.fi }\noutput: mine.pdf\nitems:\n  docs: doc.pdf\n', 'doc.pdf': await makePdf() });
    const build = (output: string) => buildPacket({ manifestPath: join(dir, 'manifest.yaml'), output, today: '2025-11-01', strict: false, now: new Date() });
    const dash = build('-');
    await expect(dash).rejects.toBeInstanceOf(UsageError);
    await expect(dash).rejects.toThrow('build writes the PDF to a file, not to standard output: name it with -o, e.g. -o packet.pdf (or --separate -o packet/ for one PDF per item)');
    expect(existsSync(resolve('-'))).toBe(false);
    for (const empty of ['', ' ']) await expect(build(empty)).rejects.toThrow("output was given an empty path; name the file, e.g. { output: 'packet.pdf' }, or leave output out for the manifest's.");
    expect(existsSync(join(dir, 'mine.pdf'))).toBe(false);
    // Its name is its class's, as a caller's `err.name` or a stack's first line reads it (re-verification 12-06o; before: "Error").
    await expect(dash).rejects.toMatchObject({ name: 'UsageError' });
  });

  it('the error classes a library call can throw are named after themselves, not "Error" (re-verification 12-06o)', () => {
    const errors = [new UsageError('x'), new ReadError('a.yaml', { kind: 'not-found' }), new WriteError('a.pdf', { kind: 'folder' }), new ImageLibraryError('x')];
    expect(errors.map((e) => [e.name, String(e).split(':')[0]])).toEqual(['UsageError', 'ReadError', 'WriteError', 'ImageLibraryError'].map((n) => [n, n]));
  });
});

describe('buildPacket called with a wrong key (prod35c, audit 12-07a "also seen")', () => {
  it('names the missing manifestPath and the unknown key, before anything else (before: "now should be a valid Date")', async () => {
    const wrong = { manifest: 'm.yaml', today: '2025-11-01', strict: false, now: new Date() } as unknown as Parameters<typeof buildPacket>[0];
    await expect(buildPacket(wrong)).rejects.toThrow(
      new UsageError("buildPacket needs manifestPath, the manifest's path, e.g. { manifestPath: 'manifest.yaml', ... } (given manifest, which buildPacket does not know; it knows manifestPath, output, today, zone, strict, overrides, now, sourceDateEpoch, tool, separate, fit, force)."),
    );
    const typo = { manifestPath: 'm.yaml', ouput: 'a.pdf', today: '2025-11-01', strict: false, now: new Date() } as unknown as Parameters<typeof buildPacket>[0];
    await expect(buildPacket(typo)).rejects.toThrow('buildPacket does not know the option ouput; it knows manifestPath, output,');
  });
});
