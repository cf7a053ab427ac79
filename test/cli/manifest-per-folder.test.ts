/**
 * Two postings' manifests both named `manifest.yaml`, one folder per posting as the README lays them out (audit
 * 12-06i #2): the packet's record tells them apart by the posting, and a packet of the previous version (its record
 * has the manifest's file name only) is still the manifest's own.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
    expect(build.stderr + build.stdout).toMatch(/error build\.write-failed {2}Cannot write \S*eu\/packet\.pdf: it is the packet built from another manifest /);
    expect(build.code).toBe(1);
    expect(readFileSync(euPdf).equals(before)).toBe(true);
    // Its own manifest still takes it as its own.
    expect((await cli(['validate', eu, ...today])).stdout).toBe('Ready to submit\n');
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
