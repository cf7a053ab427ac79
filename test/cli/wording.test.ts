/** Small wording and report gaps of the 2026-12-05 audit: counts in the singular, referee fields, `output: .`. */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makePdf } from '../helpers/make-pdf.js';
import { cli, copyExample, workspace } from '../helpers/workspace.js';

const ONE_ITEM = (format: string) => `id: one\ntitle: Lecturer\nsubmission: { format: ${format} }\nitems:\n  - { id: cv, kind: cv, title: CV, accepts: [file] }\n`;

describe('one of a thing is said in the singular', () => {
  it('"valid profile … with 1 item", "Built 1 file", "1 page" (before: "1 items", "1 files", "1 pages")', async () => {
    const dir = workspace({ 'profile.yaml': ONE_ITEM('separate-files'), 'cv.pdf': await makePdf({ pages: 1 }), 'manifest.yaml': 'profile: ./profile.yaml\napplicant: { name: Aino Virtanen, email: aino@examples.fi }\nitems:\n  cv: cv.pdf\n' });
    expect((await cli(['profile', 'check', 'profile.yaml'], { cwd: dir })).stdout).toBe('profile.yaml: valid profile "Lecturer" with 1 item (cv)\n');
    const sep = await cli(['build', 'manifest.yaml', '-o', 'files', '--today', '2025-10-01'], { cwd: dir });
    expect(sep.stdout).toContain('Built 1 file in files/: 1 page, ');
    writeFileSync(join(dir, 'profile.yaml'), ONE_ITEM('single-pdf'));
    const one = await cli(['build', 'manifest.yaml', '-o', 'p.pdf', '--no-cover', '--today', '2025-10-01'], { cwd: dir });
    expect(one.stdout).toContain('Built p.pdf: 1 page, ');
    const report = await cli(['report', 'manifest.yaml', '--pdf', 'p.pdf', '--today', '2025-10-01'], { cwd: dir });
    expect(report.stdout).toContain('Built p.pdf: 1 page, ');
  });
});

describe('report --format json', () => {
  it('gives a referee\'s position, relation and phone, as the referees page prints them (before: only name, email, affiliation, letter)', async () => {
    const dir = copyExample();
    const manifest = join(dir, 'manifest.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/(- name: Prof\. Mikko Korhonen\n)/, '$1      position: Professor\n      phone: "+358 40 123 4567"\n'));
    const r = await cli(['report', 'manifest.yaml', '--format', 'json', '--today', '2025-10-01'], { cwd: dir });
    const refs = JSON.parse(r.stdout).items.find((i: { id: string }) => i.id === 'references').entries;
    expect(refs[0].referee).toMatchObject({ name: 'Prof. Mikko Korhonen', position: 'Professor', phone: '+358 40 123 4567', relation: expect.any(String) });
  });
});

describe('output: .', () => {
  it('is a folder where one PDF is built, not a placeholder (before: "\\".\\" is a placeholder … a reviewer would read it", and "Name it .pdf")', async () => {
    const dir = copyExample();
    const manifest = join(dir, 'manifest.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/^output: .*$/m, 'output: .'));
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-11-01'], { cwd: dir });
    expect(r.stdout).not.toContain('placeholder');
    expect(r.stdout).toContain("error build.output-path  The output . names a folder; the packet is one PDF file.  hint: Write the file's name too, e.g. ./packet.pdf.\n");
  });
});
