/**
 * A `--separate` set built for a posting that asks for one PDF is judged as any set is (audit 12-06f #1), and when
 * the one PDF is there too, the build made last is the one judged: the one the applicant uploads.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName } from '@cantoo/pdf-lib';
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

  it('the rarer problems of such a set (a file put there by hand, re-saved, cut off or edited, built for another applicant or under a name since corrected) give a hint that builds with --separate too (audit 14 #2; before: plain `packet build`, which makes the one PDF)', async () => {
    const run = (dir: string, ...argv: string[]) => cli([...argv, 'manifest.yaml', '--today', '2026-12-01'], { cwd: dir });
    /** A line of validate's output (report's is the same) and its exit code, for the set built and then changed by `change`. */
    const said = async (code: string, change: (dir: string) => Promise<void>, manifest = MANIFEST): Promise<[string | undefined, number]> => {
      const dir = await onePdfPosting();
      writeFileSync(join(dir, 'manifest.yaml'), manifest);
      expect((await run(dir, 'build', '--separate')).code).toBe(0);
      await change(dir);
      const v = await run(dir, 'validate');
      const r = await run(dir, 'report');
      const line = v.stdout.split('\n').find((l) => l.includes(` ${code} `));
      expect(r.stdout.split('\n'), code).toContain(line);
      expect(r.code, code).toBe(v.code);
      return [line, v.code];
    };
    const cv = (dir: string) => join(dir, 'packet', 'Virtanen_cv.pdf');
    expect(await said('build.not-packet', async (dir) => writeFileSync(cv(dir), await makePdf({ pages: 2 })))).toEqual([
      'packet/Virtanen_cv.pdf error build.not-packet  packet/Virtanen_cv.pdf is not the file `packet build` wrote for CV: it has no record of the build (was it put there by hand?), so it may not hold what manifest.yaml names.  hint: Move it out of the folder if you want to keep it, then build the set again with `packet build --separate` (or add --force, which replaces it).',
      1,
    ]);
    expect(await said('build.resaved', async (dir) => {
      const doc = await PDFDocument.load(readFileSync(cv(dir)), { updateMetadata: false });
      doc.catalog.delete(PDFName.of('PieceInfo'));
      doc.setProducer('macOS Version 15.1 (Build 24B83) Quartz PDFContext');
      doc.setModificationDate(new Date(Date.UTC(2026, 10, 2)));
      writeFileSync(cv(dir), await doc.save());
    })).toEqual([
      'packet/Virtanen_cv.pdf error build.resaved  packet/Virtanen_cv.pdf was written by `packet build` and then saved again by another program (a PDF viewer?), which dropped the record of the build: it cannot be checked against manifest.yaml.  hint: Upload the file `packet build` wrote, not a copy saved by another program, or build again, replacing it: packet build manifest.yaml --separate --force.',
      1,
    ]);
    expect(await said('build.old-name', async (dir) => writeFileSync(join(dir, 'manifest.yaml'), MANIFEST), MANIFEST.replace('Aino Virtanen', 'Aino Virtnen'))).toEqual([
      'packet/Virtnen_cv.pdf error build.old-name  packet/Virtnen_cv.pdf was built when your name was written "Aino Virtnen" (now "Aino Virtanen" in manifest.yaml): its page stamps show the name as it was then.  hint: Build the set again (packet build manifest.yaml --separate), delete the old files, and upload the new ones.',
      1,
    ]);
    expect(await said('build.other-applicant', async (dir) => {
      writeFileSync(join(dir, 'manifest.yaml'), MANIFEST.replace('Aino Virtanen', 'Mikko Virtanen'));
      writeFileSync(join(dir, 'docs/a.pdf'), await makePdf({ pages: 2, text: 'Mikko CV {n}' }));
      writeFileSync(join(dir, 'docs/b.pdf'), await makePdf({ pages: 1, text: 'Mikko statement {n}' }));
    })).toEqual([
      'packet/Virtanen_cv.pdf error build.other-applicant  packet/Virtanen_cv.pdf was built for Aino Virtanen, not for Mikko Virtanen (manifest.yaml): its page stamps name another applicant.  hint: Build the set again (packet build manifest.yaml --separate), delete the old files, and upload the new ones.',
      1,
    ]);
    // The one path covers the files a viewer damaged or changed too.
    expect(await said('build.damaged', async (dir) => writeFileSync(cv(dir), readFileSync(cv(dir)).subarray(0, 2000)))).toEqual([
      'packet/Virtanen_cv.pdf error build.damaged  packet/Virtanen_cv.pdf is cut off before its end (an interrupted copy or download?): viewers show only some of its pages, or none.  hint: Build it again with `packet build --separate` (or copy it again from where it was built), and upload the new file.',
      1,
    ]);
    expect(await said('build.edited', async (dir) => {
      const doc = await PDFDocument.load(readFileSync(cv(dir)));
      doc.addPage();
      writeFileSync(cv(dir), await doc.save());
    })).toEqual([
      expect.stringMatching(/^packet\/Virtanen_cv\.pdf error build\.edited {2}.*hint: To send what was added, add it to the manifest \(as an item, or a file of one\) and build again with `packet build --separate`; otherwise build again and upload the new file\.$/),
      1,
    ]);
  }, 120_000);
});

describe('a separate-files posting whose manifest names the set\'s folder in `output:` (audit 12-06h #1)', () => {
  it('`output: packet/`, as init writes it, `./packet/` and `packet`: the set there is judged (before: never read, Ready over a broken set)', async () => {
    for (const output of ['packet/', './packet/', 'packet']) {
      const dir = workspace({
        'profile.yaml': PROFILE.replace('format: single-pdf', 'format: separate-files'),
        'manifest.yaml': MANIFEST.replace('items:', `output: ${output}\nitems:`),
        'docs/a.pdf': await makePdf({ pages: 2 }),
        'docs/b.pdf': await makePdf({ pages: 1 }),
      });
      const run = (...argv: string[]) => cli([...argv, 'manifest.yaml', '--today', '2026-12-01'], { cwd: dir });
      expect((await run('build')).code).toBe(0);
      expect((await run('validate')).stdout).toBe('Ready to submit\n');
      writeFileSync(join(dir, 'packet', 'Virtanen_research.pdf'), 'junk\n');
      const broken = await run('validate');
      expect(broken.stdout, output).toBe('packet/Virtanen_research.pdf error build.damaged  packet/Virtanen_research.pdf is not a PDF, so it is not the packet to upload.  hint: Build it again with `packet build` (or copy it again from where it was built), and upload the new file.\n\nNot ready: 1 built PDF damaged or incomplete\n');
      expect(broken.code).toBe(1);
      const json = JSON.parse((await run('report', '--format', 'json')).stdout) as { ready: boolean; build?: { files?: unknown[] } };
      expect(json.ready).toBe(false);
      // The set is listed (before: no `build` at all), the junk file not among its built files.
      expect(json.build?.files).toHaveLength(1);
    }
  }, 90_000);
});
