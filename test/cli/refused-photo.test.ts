/**
 * Product audit round 23 (notes/audit-2026-12-07d.md) F2: the profile's `not_wanted` says "Please do not send a
 * photo.", a JPEG titled "Bewerbungsfoto" goes in under the CV, and validate said "Ready to submit".
 */
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, workspace } from '../helpers/workspace.js';
import { linesPdf } from '../helpers/make-pdf.js';

const PROFILE = `id: tum-postdoc
title: Postdoc in Robotics
organization: Technical University of Munich
deadline: 2027-02-01
submission: { format: single-pdf }
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - { id: other, kind: other, title: Other documents, accepts: [file], stage: optional }
not_wanted:
  - { what: a photo, source: "Please do not send a photo." }
`;

// A head and shoulders, as in the audit: a flat picture would be `file.blank`.
const SHAPE = '<svg width="600" height="800"><circle cx="300" cy="300" r="150" fill="#a0522d"/><rect x="150" y="450" width="300" height="350" fill="#334"/></svg>';
const photo = async (): Promise<Uint8Array> =>
  new Uint8Array(await sharp({ create: { width: 600, height: 800, channels: 3, background: { r: 200, g: 150, b: 120 } } }).composite([{ input: Buffer.from(SHAPE) }]).jpeg().toBuffer());

async function files(manifest: string, profile = PROFILE): Promise<string> {
  return workspace({
    'profile.yaml': profile,
    'manifest.yaml': manifest,
    'docs/cv.pdf': await linesPdf(['Lena Fischer', 'Lebenslauf', 'lena.fischer@tum.de']),
    'docs/photo.jpg': await photo(),
    'docs/scan.jpg': await photo(),
  });
}

const HEAD = `profile: ./profile.yaml
applicant: { name: Lena Fischer, email: lena.fischer@tum.de }
output: out/packet.pdf
items:
`;

describe('validate: a photo the posting refuses, given as a file', () => {
  it('titled "Bewerbungsfoto" under the CV is an error at its file, exit 1, also under --strict (before: Ready to submit, exit 0)', async () => {
    const dir = await files(`${HEAD}  cv:\n    - { file: docs/photo.jpg, title: Bewerbungsfoto }\n    - { file: docs/cv.pdf, title: Lebenslauf }\n`);
    const r = await cli(['validate', 'manifest.yaml', '--today', '2027-01-10', '--strict'], { cwd: dir });
    expect(r.stdout).toBe(
      'manifest.yaml:6:15 error item.not-wanted  docs/photo.jpg, given under CV, is a photo, but the profile lists "a photo" as not wanted: the posting asks not to send it.  hint: Check the posting: if it says not to send a photo, remove docs/photo.jpg from `cv`; if it does ask for it, remove the `not_wanted` entry "a photo" in your profile, profile.yaml (`packet profile check` checks it).\n\nNot ready: 1 item given in a way the posting does not take (CV)\n',
    );
    expect(r.code).toBe(1);
  });

  it('titled "Application photo" under Other documents: report says Not ready below "Do not send: a photo." (before: Ready to submit)', async () => {
    const dir = await files(`${HEAD}  cv: docs/cv.pdf\n  other: { file: docs/photo.jpg, title: Application photo }\n`);
    const r = await cli(['validate', 'manifest.yaml', '--today', '2027-01-10'], { cwd: dir });
    expect(r.stdout.split('\n')[0]).toBe(
      'manifest.yaml:6:18 error item.not-wanted  docs/photo.jpg, given under Other documents, is a photo, but the profile lists "a photo" as not wanted: the posting asks not to send it.  hint: Check the posting: if it says not to send a photo, remove docs/photo.jpg from `other`; if it does ask for it, remove the `not_wanted` entry "a photo" in your profile, profile.yaml (`packet profile check` checks it).',
    );
    expect(r.code).toBe(1);
    const report = await cli(['report', 'manifest.yaml', '--today', '2027-01-10'], { cwd: dir });
    expect(report.stdout).toContain('Do not send: a photo.');
    expect(report.stdout).not.toContain('Ready to submit');
  });

  it('untitled, known by its file name alone (photo.jpg), is refused too', async () => {
    const dir = await files(`${HEAD}  cv: docs/cv.pdf\n  other: docs/photo.jpg\n`);
    const r = await cli(['validate', 'manifest.yaml', '--today', '2027-01-10'], { cwd: dir });
    expect(r.stdout).toMatch(/^manifest\.yaml:6:10 error item\.not-wanted {2}docs\/photo\.jpg, given under Other documents, is a photo, /m);
    expect(r.code).toBe(1);
  });

  it('no false alarm: a CV titled "Lebenslauf mit Foto", and a JPEG scan titled otherwise, are Ready', async () => {
    const dir = await files(`${HEAD}  cv: { file: docs/cv.pdf, title: Lebenslauf mit Foto }\n  other: { file: docs/scan.jpg, title: Big picture statement (scan) }\n`);
    const r = await cli(['validate', 'manifest.yaml', '--today', '2027-01-10'], { cwd: dir });
    expect(r.stdout).not.toContain('item.not-wanted');
    expect(r.code).toBe(0);
  });
});

describe('re-verify 12-07e F2: the same rule both ways, as validate prints it', () => {
  it('a photo titled "Portrait" and an untitled lena-portrait.jpg are refused (before: Ready to submit, exit 0)', async () => {
    const dir = await files(`${HEAD}  cv: docs/cv.pdf\n  other:\n    - { file: docs/photo.jpg, title: Portrait }\n    - docs/lena-portrait.jpg\n`);
    writeFileSync(join(dir, 'docs/lena-portrait.jpg'), readFileSync(join(dir, 'docs/photo.jpg')));
    const r = await cli(['validate', 'manifest.yaml', '--today', '2027-01-10', '--strict'], { cwd: dir });
    expect(r.stdout.split('\n').filter((l) => l.includes('item.not-wanted')).map((l) => l.split('  ')[0] + ' ' + l.split('  ')[1]!.split(',')[0])).toEqual([
      'manifest.yaml:7:15 error item.not-wanted docs/photo.jpg',
      'manifest.yaml:8:7 error item.not-wanted docs/lena-portrait.jpg',
    ]);
    expect(r.code).toBe(1);
  });

  it('"Lab photo" and "Photo of the experimental setup" under Other documents, and a CV titled "CV with publication list" where a list of publications is refused, are Ready (before: item.not-wanted, exit 1)', async () => {
    const dir = await files(`${HEAD}  cv: docs/cv.pdf\n  other:\n    - { file: docs/photo.jpg, title: Lab photo }\n    - { file: docs/setup.jpg, title: Photo of the experimental setup }\n`);
    writeFileSync(join(dir, 'docs/setup.jpg'), await sharp(readFileSync(join(dir, 'docs/photo.jpg'))).flop().jpeg().toBuffer());
    const r = await cli(['validate', 'manifest.yaml', '--today', '2027-01-10', '--strict'], { cwd: dir });
    expect(r.stdout).toMatch(/^Ready to submit/);
    expect(r.stdout).not.toContain('item.not-wanted');
    expect(r.code).toBe(0);
    const profile = PROFILE.replace('  - { what: a photo, source: "Please do not send a photo." }\n', '  - { what: a list of publications, kind: publication_list, source: "No publication list, please." }\n');
    for (const title of ['CV with publication list', 'Lebenslauf mit Publikationsliste']) {
      const cvDir = await files(`${HEAD}  cv: { file: docs/cv.pdf, title: ${title} }\n`, profile);
      const v = await cli(['validate', 'manifest.yaml', '--today', '2027-01-10', '--strict'], { cwd: cvDir });
      expect(v.stdout, title).not.toContain('item.not-wanted');
      expect(v.code, title).toBe(0);
    }
  });
});

describe('validate: a transcript the posting refuses, titled so under another item', () => {
  it('is an error naming the file and the not_wanted entry (before: Ready to submit)', async () => {
    const profile = PROFILE.replace('  - { what: a photo, source: "Please do not send a photo." }\n', '  - { what: transcripts, kind: transcript, source: "Transcripts are not needed at this stage." }\n');
    const dir = await files(`${HEAD}  cv: docs/cv.pdf\n  other: { file: docs/scan.jpg, title: Transcript of records }\n`, profile);
    const r = await cli(['validate', 'manifest.yaml', '--today', '2027-01-10'], { cwd: dir });
    expect(r.stdout).toBe(
      'manifest.yaml:6:18 error item.not-wanted  docs/scan.jpg, given under Other documents, is a transcript, but the profile lists "transcripts" as not wanted: the posting asks not to send it.  hint: Check the posting: if it says not to send a transcript, remove docs/scan.jpg from `other`; if it does ask for it, remove the `not_wanted` entry "transcripts" in your profile, profile.yaml (`packet profile check` checks it).\n\nNot ready: 1 item given in a way the posting does not take (Other documents)\n',
    );
    expect(r.code).toBe(1);
  });
});
