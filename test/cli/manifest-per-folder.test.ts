/**
 * Two postings' manifests both named `manifest.yaml`, one folder per posting as the README lays them out (audit
 * 12-06i #2): the packet's record tells them apart by the posting, and a packet of the previous version (its record
 * has the manifest's file name only) is still the manifest's own. Two folders' `manifest.yaml` of one posting writing
 * one PDF: told apart by the manifest's path from the PDF's folder, which moving the whole folder keeps.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, copyExample } from '../helpers/workspace.js';

const EU = `profile: eu-postdoc-ml
applicant: { name: Aino Virtanen, email: aino.virtanen@tuni.fi }
output: packet.pdf
items:
  motivation_letter: { text: "I am applying for the postdoctoral position in machine learning, to extend my work on membership inference audits." }
  cv: ../docs/cv.pdf
  research_proposal: ../docs/research-plan.pdf
  certificates: ../docs/transcript-bsc.pdf
  references:
    - { name: Prof. Mikko Korhonen, email: mikko.korhonen@tuni.fi, affiliation: Tampere University, relation: MSc thesis supervisor }
    - { name: Dr. Åsa Ødegård, email: asa.odegard@uio.no, affiliation: University of Oslo, relation: Research internship supervisor }
`;

/** The example's manifest in `aalto/`, an EU posting's in `eu/`, both `manifest.yaml`, sharing the example's docs. */
function twoPostings(): { dir: string; aalto: string; eu: string } {
  const dir = copyExample();
  mkdirSync(join(dir, 'aalto'));
  mkdirSync(join(dir, 'eu'));
  const aalto = join(dir, 'aalto/manifest.yaml');
  writeFileSync(aalto, readFileSync(join(dir, 'manifest.yaml'), 'utf8').replaceAll('docs/', '../docs/'));
  const eu = join(dir, 'eu/manifest.yaml');
  writeFileSync(eu, EU);
  return { dir, aalto, eu };
}

describe('two postings\' manifest.yaml in folders of their own', () => {
  it('report --pdf of the other posting\'s packet is build.other-manifest, and a build pointed at it is refused (before: "a copy of an older build", and replaced without --force)', async () => {
    const { dir, aalto, eu } = twoPostings();
    const today = ['--today', '2025-11-01'];
    expect((await cli(['build', eu, ...today, '-q'])).code).toBe(0);
    const euPdf = join(dir, 'eu/packet.pdf');
    const report = await cli(['report', aalto, ...today, '--pdf', euPdf]);
    expect(report.stdout).toMatch(/packet\.pdf error build\.other-manifest {2}\S*eu\/packet\.pdf was built from another manifest \("Application: Postdoctoral Researcher in Machine Learning — Aino Virtanen"\), not from \S*aalto\/manifest\.yaml: it is not this application's packet\./);
    expect(report.stdout).not.toContain('build.stale');
    expect(report.code).toBe(1);
    writeFileSync(aalto, readFileSync(aalto, 'utf8').replace(/^output: .*$/mu, 'output: ../eu/packet.pdf'));
    const before = readFileSync(euPdf);
    const build = await cli(['build', aalto, ...today, '-q']);
    expect(build.stderr + build.stdout).toMatch(/error build\.write-failed {2}Cannot write \S*eu\/packet\.pdf: it is the packet built from another manifest, \S*eu\/manifest\.yaml \("Application: Postdoctoral Researcher in Machine Learning — Aino Virtanen"\), which the build would replace\./);
    expect(build.code).toBe(1);
    expect(readFileSync(euPdf).equals(before)).toBe(true);
    // Its own manifest still takes it as its own.
    // (eu-postdoc-ml is a made-up posting: its one warning says so, and nothing else is said.)
    const own = await cli(['validate', eu, ...today]);
    expect(own.stdout).not.toContain('build.');
    expect(own.stdout).toMatch(/^\S*eu\/manifest\.yaml:1:10 warning profile\.example .*\n\nReady to submit \(check the warning: made-up posting\)\n$/u);
  }, 60_000);

  it('a packet whose record has the file name only (the previous version\'s) is still the manifest\'s own: Ready, and rebuilt without --force', async () => {
    const { dir, eu } = twoPostings();
    const today = ['--today', '2025-11-01'];
    expect((await cli(['build', eu, ...today, '-q'])).code).toBe(0);
    const pdf = join(dir, 'eu/packet.pdf');
    const legacy = createHash('sha256').update('manifest-name:manifest.yaml\0').digest('hex').slice(0, 16);
    const text = readFileSync(pdf).toString('latin1');
    const old = text.replace(/\/Manifest <[0-9a-f]{16}>/u, `/Manifest <${legacy}>`);
    expect(old).not.toBe(text);
    writeFileSync(pdf, Buffer.from(old, 'latin1'));
    const validate = await cli(['validate', eu, ...today]);
    expect(validate.stdout).not.toContain('build.');
    expect(validate.code).toBe(0);
    expect((await cli(['build', eu, ...today, '-q'])).code).toBe(0);
  }, 60_000);
});

/** `a/` and `b/`, each a `manifest.yaml` of the example's posting (b's another application: its statement differs), and `shared/`. */
function twoFolders(): { dir: string; a: string; b: string } {
  const dir = copyExample();
  for (const f of ['a', 'b', 'shared']) mkdirSync(join(dir, f));
  const text = readFileSync(join(dir, 'manifest.yaml'), 'utf8').replaceAll('docs/', '../docs/');
  writeFileSync(join(dir, 'a/manifest.yaml'), text);
  const other = text.replace('Aino Virtanen is a machine learning engineer', 'Aino Virtanen is a data scientist');
  expect(other).not.toBe(text);
  writeFileSync(join(dir, 'b/manifest.yaml'), other);
  return { dir, a: join(dir, 'a'), b: join(dir, 'b') };
}

const TODAY = ['--today', '2025-11-01'];
const SHARED = ['-o', '../shared/packet.pdf'];

describe('two folders\' manifest.yaml of one posting writing one PDF', () => {
  it('the second build is refused, naming the first manifest, and report/validate of the second say build.other-manifest (before: replaced without --force, and each took the other\'s packet for its own)', async () => {
    const { dir, a, b } = twoFolders();
    expect((await cli(['build', 'manifest.yaml', ...SHARED, ...TODAY, '-q'], { cwd: a })).code).toBe(0);
    const pdf = join(dir, 'shared/packet.pdf');
    const before = readFileSync(pdf);
    const refused = await cli(['build', 'manifest.yaml', ...SHARED, ...TODAY, '-q'], { cwd: b });
    expect(refused.stdout).toMatch(/error build\.write-failed {2}Cannot write \S*shared\/packet\.pdf: it is the packet built from another manifest, \S*\/a\/manifest\.yaml \("Application: Doctoral Researcher in Trustworthy Machine Learning — Aino Virtanen"\), which the build would replace\. {2}hint: Give this manifest its own `output:` \(e\.g\. output: application\.pdf\), or pass --force to replace that packet \(if you renamed or moved this manifest, or changed its `profile:`, it is its own old build\); nothing was written\./);
    expect(refused.code).toBe(1);
    expect(readFileSync(pdf).equals(before)).toBe(true);
    const report = await cli(['report', 'manifest.yaml', ...TODAY, '--pdf', '../shared/packet.pdf'], { cwd: b });
    expect(report.stdout).toMatch(/shared\/packet\.pdf error build\.other-manifest {2}\S*shared\/packet\.pdf was built from another manifest \("Application: Doctoral Researcher in Trustworthy Machine Learning — Aino Virtanen"\), not from manifest\.yaml: it is not this application's packet\./);
    expect(report.code).toBe(1);
    // With the shared PDF as its `output:`, validate says so too.
    writeFileSync(join(b, 'manifest.yaml'), readFileSync(join(b, 'manifest.yaml'), 'utf8').replace(/^output: .*$/mu, 'output: ../shared/packet.pdf'));
    const validate = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: b });
    expect(validate.stdout).toContain('error build.other-manifest');
    expect(validate.code).toBe(1);
    // Its own manifest takes it as its own; after b's build with --force, a is told.
    expect((await cli(['report', 'manifest.yaml', ...TODAY, '--pdf', '../shared/packet.pdf'], { cwd: a })).code).toBe(0);
    expect((await cli(['build', 'manifest.yaml', ...TODAY, '-q', '--force'], { cwd: b })).code).toBe(0);
    expect((await cli(['report', 'manifest.yaml', ...TODAY, '--pdf', '../shared/packet.pdf'], { cwd: a })).stdout).toContain('error build.other-manifest');
  }, 90_000);

  it('moving the folder that holds the manifest and its PDF, or renaming it, keeps the packet its own: Ready, and built again without --force', async () => {
    const { dir, a } = twoFolders();
    expect((await cli(['build', 'manifest.yaml', ...TODAY, '-q'], { cwd: a })).code).toBe(0);
    expect((await cli(['build', 'manifest.yaml', ...SHARED, ...TODAY, '-q'], { cwd: a })).code).toBe(0);
    // The manifest's folder and the shared PDF's, moved together (with the documents they name).
    const moved = join(dir, 'moved');
    mkdirSync(moved);
    for (const f of ['a', 'shared', 'docs']) renameSync(join(dir, f), join(moved, f));
    const at = join(moved, 'a');
    const report = await cli(['report', 'manifest.yaml', ...TODAY, '--pdf', '../shared/packet.pdf'], { cwd: at });
    expect(report.stdout).not.toContain('build.');
    expect(report.code).toBe(0);
    expect((await cli(['build', 'manifest.yaml', ...SHARED, ...TODAY, '-q'], { cwd: at })).code).toBe(0);
    // The folder holding the manifest and its `output:` (out/...), renamed.
    renameSync(at, join(moved, 'a-renamed'));
    const renamed = join(moved, 'a-renamed');
    const validate = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: renamed });
    expect(validate.stdout).not.toContain('build.');
    expect(validate.code).toBe(0);
    expect((await cli(['build', 'manifest.yaml', ...TODAY, '-q'], { cwd: renamed })).code).toBe(0);
  }, 90_000);

  it('a copy of the packet given to report --pdf from elsewhere is its own when it holds this manifest as it is (another manifest\'s copy is not)', async () => {
    const { dir, a, b } = twoFolders();
    expect((await cli(['build', 'manifest.yaml', ...SHARED, ...TODAY, '-q'], { cwd: a })).code).toBe(0);
    copyFileSync(join(dir, 'shared/packet.pdf'), join(dir, 'copy.pdf'));
    const own = await cli(['report', 'manifest.yaml', ...TODAY, '--pdf', '../copy.pdf'], { cwd: a });
    expect(own.stdout).not.toContain('build.');
    expect(own.code).toBe(0);
    const other = await cli(['report', 'manifest.yaml', ...TODAY, '--pdf', '../copy.pdf'], { cwd: b });
    expect(other.stdout).toMatch(/copy\.pdf error build\.other-manifest {2}\S*copy\.pdf was built from another manifest/);
    expect(other.code).toBe(1);
  }, 60_000);

  it('a packet whose record has the file name and profile id (the previous version\'s key) is still the manifest\'s own', async () => {
    const { dir, a } = twoFolders();
    expect((await cli(['build', 'manifest.yaml', ...SHARED, ...TODAY, '-q'], { cwd: a })).code).toBe(0);
    const pdf = join(dir, 'shared/packet.pdf');
    const legacy = createHash('sha256').update('manifest-name:manifest.yaml\0').update('profile:aalto-tml-doctoral-2025\0').digest('hex').slice(0, 16);
    const text = readFileSync(pdf).toString('latin1');
    const old = text.replace(/\/Manifest <[0-9a-f]{16}>/u, `/Manifest <${legacy}>`);
    expect(old).not.toBe(text);
    writeFileSync(pdf, Buffer.from(old, 'latin1'));
    const report = await cli(['report', 'manifest.yaml', ...TODAY, '--pdf', '../shared/packet.pdf'], { cwd: a });
    expect(report.stdout).not.toContain('build.');
    expect(report.code).toBe(0);
    expect((await cli(['build', 'manifest.yaml', ...SHARED, ...TODAY, '-q'], { cwd: a })).code).toBe(0);
  }, 60_000);
});
