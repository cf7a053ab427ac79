/**
 * A `--separate` set built for a posting that asks for one PDF is judged as any set is (audit 12-06f #1), and when
 * the one PDF is there too, the build made last is the one judged: the one the applicant uploads.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makePdf } from '../helpers/make-pdf.js';
import { cli, workspace } from '../helpers/workspace.js';

const PROFILE = 'id: one-pdf\ntitle: Lecturer\nsubmission: { format: single-pdf }\nitems:\n  - { id: cv, kind: cv, title: CV, accepts: [file] }\n  - { id: research, kind: research_statement, title: Research statement, accepts: [file] }\n';
const MANIFEST = 'profile: ./profile.yaml\napplicant: { name: Aino Virtanen, email: a@examples.fi }\nitems:\n  cv: docs/a.pdf\n  research: docs/b.pdf\n';

async function onePdfPosting(): Promise<string> {
  return workspace({ 'profile.yaml': PROFILE, 'manifest.yaml': MANIFEST, 'docs/a.pdf': await makePdf({ pages: 2 }), 'docs/b.pdf': await makePdf({ pages: 1 }) });
}

describe('a --separate set on a one-PDF posting', () => {
  it('built, then a CV changed: validate and report say build.stale with a hint that keeps --separate, and report lists the set (before: Ready, no build listed)', async () => {
    const dir = await onePdfPosting();
    const run = (...argv: string[]) => cli([...argv, 'manifest.yaml', '--today', '2026-12-01'], { cwd: dir });
    expect((await run('build', '--separate')).code).toBe(0);
    const current = await run('report');
    expect(current.stdout).toMatch(/\nBuilt 2 files in packet\/: 3 pages, \S+ MB\n {2}Virtanen_cv\.pdf {8}CV \(2 pages\)\n {2}Virtanen_research\.pdf {2}Research statement \(1 page\)\n\nReady to submit\n$/);
    expect(current.code).toBe(0);
    writeFileSync(join(dir, 'docs/a.pdf'), await makePdf({ pages: 3, text: 'New CV {n}' }));
    const stale = 'packet/ error build.stale  packet/, the set of 2 files, was built before docs/a.pdf changed: it holds the packet as it was then, not as it is now.  hint: Build the set again with `packet build --separate`, and upload the new files.';
    const validate = await run('validate');
    expect(validate.stdout).toBe(`${stale}\n\nNot ready: the files in packet/ are out of date: build again\n`);
    expect(validate.code).toBe(1);
    const report = await run('report');
    expect(report.stdout).toContain(`\n${stale}\npacket/Virtanen_cv.pdf error build.mismatch  packet/Virtanen_cv.pdf does not match this manifest: "CV" has 2 pages there, 3 now.  hint: Build the set again with \`packet build --separate\` before you submit, and upload the new files.\n`);
    expect(report.stdout).toMatch(/\nBuilt 2 files in packet\/: 3 pages, \S+ MB \(out of date: build again\)\n {2}Virtanen_cv\.pdf {8}CV \(2 pages\)\n {2}Virtanen_research\.pdf {2}Research statement \(1 page\)\n\nNot ready: the files in packet\/ are out of date: build again\n$/);
    expect(report.code).toBe(1);
    // The build the hint names makes it current.
    expect((await run('build', '--separate')).code).toBe(0);
    expect((await run('validate')).stdout).toBe('Ready to submit\n');
  }, 60_000);

  it('with the one PDF there too, the build made last is judged: the one PDF after a plain build, the set after --separate', async () => {
    const dir = await onePdfPosting();
    const run = (...argv: string[]) => cli([...argv, 'manifest.yaml', '--today', '2026-12-01'], { cwd: dir });
    expect((await run('build', '--separate')).code).toBe(0);
    writeFileSync(join(dir, 'docs/a.pdf'), await makePdf({ pages: 3, text: 'New CV {n}' }));
    // Back to one PDF: the old set is not what is uploaded.
    expect((await run('build')).code).toBe(0);
    const one = await run('report');
    expect(one.stdout).toMatch(/\nBuilt packet\.pdf: 5 pages, \S+ MB\n\nReady to submit\n$/);
    expect(one.code).toBe(0);
    expect((await run('validate')).stdout).toBe('Ready to submit\n');
    // Then --separate again after another change: the set is judged, the older one PDF no more.
    writeFileSync(join(dir, 'docs/b.pdf'), await makePdf({ pages: 1, text: 'New statement {n}' }));
    const before = await run('validate');
    expect(before.stdout).toBe('packet.pdf error build.stale  packet.pdf was built before docs/b.pdf changed: it holds the packet as it was then, not as it is now.  hint: Build it again with `packet build`, and upload the new file.\n\nNot ready: packet.pdf is out of date: build again\n');
    expect((await run('build', '--separate')).code).toBe(0);
    const set = await run('report');
    expect(set.stdout).toMatch(/\nBuilt 2 files in packet\/: 4 pages, \S+ MB\n {2}Virtanen_cv\.pdf {8}CV \(3 pages\)\n {2}Virtanen_research\.pdf {2}Research statement \(1 page\)\n\nReady to submit\n$/);
    expect(set.code).toBe(0);
  }, 60_000);

  it('a folder packet/ of documents this manifest did not build is not judged as a set', async () => {
    const dir = await onePdfPosting();
    mkdirSync(join(dir, 'packet'));
    writeFileSync(join(dir, 'packet', 'Virtanen_cv.pdf'), await makePdf({ pages: 1 }));
    const r = await cli(['validate', 'manifest.yaml', '--today', '2026-12-01'], { cwd: dir });
    expect(r.stdout).toBe('Ready to submit\n');
    expect(r.code).toBe(0);
  }, 60_000);
});
