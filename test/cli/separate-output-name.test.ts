/**
 * Where a set of files goes when its output is named like one PDF (audit 12-06f #4): `-o application.pdf` is the
 * folder application/, as `output: application.pdf` is, and the build's line says so.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { makePdf } from '../helpers/make-pdf.js';
import { cli, workspace } from '../helpers/workspace.js';

const PROFILE = (format: string) => `id: portal\ntitle: Lecturer\nsubmission: { format: ${format}, file_name: "{last}_{item}.pdf" }\nitems:\n  - { id: cv, kind: cv, title: CV, accepts: [file] }\n  - { id: research, kind: research_statement, title: Research statement, accepts: [file] }\n`;
const MANIFEST = 'profile: ./profile.yaml\napplicant: { name: Aino Virtanen, email: a@examples.fi }\nitems:\n  cv: docs/a.pdf\n  research: docs/b.pdf\n';

async function posting(format: 'separate-files' | 'single-pdf'): Promise<string> {
  return workspace({ 'profile.yaml': PROFILE(format), 'manifest.yaml': MANIFEST, 'docs/a.pdf': await makePdf({ pages: 2 }), 'docs/b.pdf': await makePdf({ pages: 1 }), 'notes': 'my notes\n' });
}

describe('a set of files built with -o naming a PDF', () => {
  it('-o application.pdf on a separate-files posting builds into application/ and says so (before: a folder named application.pdf)', async () => {
    const dir = await posting('separate-files');
    const r = await cli(['build', 'manifest.yaml', '-o', 'application.pdf', '--today', '2025-10-01'], { cwd: dir });
    expect(r.stdout).toMatch(/^Built 2 files in application\/: 3 pages, \S+ MB \(a folder: one file per item, not application\.pdf\)\n {2}Virtanen_cv\.pdf {8}CV \(2 pages\)\n/);
    expect(r.code).toBe(0);
    expect(statSync(join(dir, 'application')).isDirectory()).toBe(true);
    expect(existsSync(join(dir, 'application.pdf'))).toBe(false);
    // A folder name is said as it is.
    const plain = await cli(['build', 'manifest.yaml', '-o', 'upload', '--today', '2025-10-01'], { cwd: dir });
    expect(plain.stdout).toMatch(/^Built 2 files in upload\/: 3 pages/);
  }, 60_000);

  it('-o naming a file there: the hint offers another folder on a separate-files posting, and one PDF only where the posting asks for one (before: "build one PDF without --separate" everywhere)', async () => {
    const dir = await posting('separate-files');
    const r = await cli(['build', 'manifest.yaml', '-o', 'notes', '--today', '2025-10-01'], { cwd: dir });
    expect(r.stdout).toBe('error build.write-failed  Cannot write notes: it is a file, and one PDF per item needs a folder.  hint: Give the path of a folder for the files, or a new name (the build makes the folder).\n\nNot built: fix the errors above first.\n');
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'notes'), 'utf8')).toBe('my notes\n');
    const one = await posting('single-pdf');
    const s = await cli(['build', 'manifest.yaml', '--separate', '-o', 'notes', '--today', '2025-10-01'], { cwd: one });
    expect(s.stdout.split('\n')[0]).toBe('error build.write-failed  Cannot write notes: it is a file, and one PDF per item needs a folder.  hint: Give the path of a folder for the files, or build one PDF without --separate.');
    expect(s.code).toBe(1);
  }, 60_000);

  it('init writes `output: packet/` for a separate-files posting, `output: packet.pdf` for one PDF (before: packet.pdf for both)', async () => {
    const dir = workspace({});
    await cli(['init', '--profile', 'us-tenure-track-cs', join(dir, 'us')]);
    expect(readFileSync(join(dir, 'us', 'manifest.yaml'), 'utf8')).toContain('\noutput: packet/\n');
    await cli(['init', '--profile', 'eu-postdoc-ml', join(dir, 'eu')]);
    expect(readFileSync(join(dir, 'eu', 'manifest.yaml'), 'utf8')).toContain('\noutput: packet.pdf\n');
  }, 60_000);
});
