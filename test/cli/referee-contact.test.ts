/**
 * Audit 25 F3: a posting asks for "the names, email addresses and phone numbers of three references". The profile
 * had no way to say so (`contact:`), `profile import` dropped the phones, and validate said "Ready to submit" with
 * no referee's phone given.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePdf } from '../helpers/make-pdf.js';
import { readPdf } from '../helpers/read-pdf.js';
import { cli, workspace } from '../helpers/workspace.js';

const PROFILE = (contact: string) => `id: postdoc-2026
title: Postdoctoral Research Associate
deadline: 2026-12-31
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - id: references
    kind: references
    title: References
    accepts: [referee]
    min: 2
${contact}`;
const MANIFEST = `profile: ./profile.yaml
applicant: { name: Wei Chen, email: wei.chen@examples.edu }
items:
  cv: cv.pdf
  references:
    - name: Prof. Anne Brunet
      email: abrunet@examples.edu
      phone: +1 650 555 0101
    - name: Dr. Anna Nowak
      email: anna.nowak@examples.pl
      affiliation: University of Warsaw
`;
const ERROR =
  'manifest.yaml:9:7 error referee.missing-contact  References asks for each referee\'s phone number, and Dr. Anna Nowak has none.  hint: Add `phone: +44 20 7946 0000` under Dr. Anna Nowak, with the country code.';

async function folder(contact: string, manifest = MANIFEST): Promise<string> {
  return workspace({ 'profile.yaml': PROFILE(contact), 'manifest.yaml': manifest, 'cv.pdf': await makePdf({ pages: 1 }) });
}

describe('contact: on a referees item', () => {
  it('validate names each referee without a required phone, at the referee, and is not ready (before: Ready to submit)', async () => {
    const dir = await folder('    contact: [name, email, phone]\n');
    const r = await cli(['validate', 'manifest.yaml', '--today', '2026-12-01'], { cwd: dir });
    expect(r.stdout).toContain(`${ERROR}\n`);
    expect(r.stdout).not.toContain('Anne Brunet has none');
    expect(r.stdout).toContain('\nNot ready');
    expect(r.code).toBe(1);
  }, 60_000);

  it('names every missing detail in one pass: affiliation and position too', async () => {
    const dir = await folder('    contact: [name, email, phone, affiliation, position]\n');
    const r = await cli(['validate', 'manifest.yaml', '--today', '2026-12-01'], { cwd: dir });
    const lines = r.stdout.split('\n').filter((l) => l.includes('referee.missing-contact'));
    expect(lines.map((l) => l.split('  ')[1])).toEqual([
      "References asks for each referee's affiliation, and Prof. Anne Brunet has none.",
      "References asks for each referee's position, and Prof. Anne Brunet has none.",
      ERROR.split('  ')[1],
      "References asks for each referee's position, and Dr. Anna Nowak has none.",
    ]);
    expect(lines[0]).toMatch(/^manifest\.yaml:6:7 error referee\.missing-contact .* hint: Add `affiliation: University of Helsinki` under Prof\. Anne Brunet\.$/u);
    expect(lines[1]).toContain('hint: Add `position: Professor of Biology` under Prof. Anne Brunet.');
  }, 60_000);

  it('without contact: (or with the default [name, email]) no phone is asked, as before', async () => {
    for (const contact of ['', '    contact: [name, email]\n']) {
      const dir = await folder(contact);
      const r = await cli(['validate', 'manifest.yaml', '--today', '2026-12-01'], { cwd: dir });
      expect(r.stdout).not.toContain('referee.missing-contact');
      expect(r.stdout).toContain('Ready to submit');
      expect(r.code).toBe(0);
    }
  }, 60_000);

  it('a blank phone is no phone', async () => {
    const dir = await folder('    contact: [name, email, phone]\n', MANIFEST.replace('      affiliation: University of Warsaw\n', '      phone: "  "\n'));
    const r = await cli(['validate', 'manifest.yaml', '--today', '2026-12-01'], { cwd: dir });
    expect(r.stdout).toContain(ERROR);
  }, 60_000);

  it('build refuses, and report says it in text, Markdown and JSON', async () => {
    const dir = await folder('    contact: [name, email, phone]\n');
    const b = await cli(['build', 'manifest.yaml', '--today', '2026-12-01'], { cwd: dir });
    expect(b.stdout + b.stderr).toContain(ERROR);
    expect(b.code).toBe(1);
    const text = await cli(['report', 'manifest.yaml', '--today', '2026-12-01'], { cwd: dir });
    expect(text.stdout).toContain("References asks for each referee's phone number, and Dr. Anna Nowak has none.");
    const md = await cli(['report', 'manifest.yaml', '--format', 'md', '--today', '2026-12-01'], { cwd: dir });
    expect(md.stdout).toContain("References asks for each referee's phone number, and Dr. Anna Nowak has none.");
    const json = JSON.parse((await cli(['report', 'manifest.yaml', '--format', 'json', '--today', '2026-12-01'], { cwd: dir })).stdout) as { diagnostics: { code: string; severity: string; line: number; col: number; message: string; hint: string }[] };
    const d = json.diagnostics.filter((x) => x.code === 'referee.missing-contact');
    expect(d).toEqual([expect.objectContaining({ severity: 'error', line: 9, col: 7, message: ERROR.split('  ')[1], hint: 'Add `phone: +44 20 7946 0000` under Dr. Anna Nowak, with the country code.' })]);
  }, 90_000);

  it('the built referees page prints each phone given', async () => {
    const dir = await folder('    contact: [name, email, phone]\n', MANIFEST.replace('      affiliation: University of Warsaw\n', '      phone: +48 22 555 0199\n'));
    const b = await cli(['build', 'manifest.yaml', '--today', '2026-12-01', '-o', 'out.pdf'], { cwd: dir });
    expect(b.code).toBe(0);
    const text = (await readPdf(readFileSync(join(dir, 'out.pdf')))).pages.map((p) => p.text).join('\n');
    expect(text).toContain('Phone: +1 650 555 0101');
    expect(text).toContain('Phone: +48 22 555 0199');
  }, 90_000);
});

describe('packet init with contact: [name, email, phone]', () => {
  it('writes phone: under each referee placeholder, and validate asks for it until it is filled in', async () => {
    const dir = workspace({ 'profile.yaml': PROFILE('    contact: [name, email, phone]\n') });
    const r = await cli(['init', '--profile', './profile.yaml', 'app'], { cwd: dir });
    expect(r.code).toBe(0);
    const starter = readFileSync(join(dir, 'app', 'manifest.yaml'), 'utf8');
    expect(starter).toContain('  references:\n    - name: Referee 1 name\n      email: referee1@example.org\n      phone: +00 000 000 0000\n');
    expect(starter.match(/^ {6}phone: /gmu)).toHaveLength(2);
    writeFileSync(join(dir, 'app', 'manifest.yaml'), starter);
    const v = await cli(['validate', 'app/manifest.yaml', '--today', '2026-12-01'], { cwd: dir });
    expect(v.stdout).toMatch(/error manifest\.placeholder {2}.*"\+00 000 000 0000"/u);
  }, 60_000);

  it('writes position: too when contact: asks for it', async () => {
    const dir = workspace({ 'profile.yaml': PROFILE('    contact: [name, email, position]\n') });
    await cli(['init', '--profile', './profile.yaml', 'app'], { cwd: dir });
    expect(readFileSync(join(dir, 'app', 'manifest.yaml'), 'utf8')).toContain('      email: referee1@example.org\n      position: Their position\n      affiliation: University\n');
  }, 60_000);

  it('writes no phone: without contact:', async () => {
    const dir = workspace({ 'profile.yaml': PROFILE('') });
    await cli(['init', '--profile', './profile.yaml', 'app'], { cwd: dir });
    expect(readFileSync(join(dir, 'app', 'manifest.yaml'), 'utf8')).not.toContain('phone:');
  }, 60_000);
});

describe('profile import of a posting that asks for the referees\' phone numbers', () => {
  const POSTING = `Postdoctoral Research Associate – Computational Biology
Princeton University, Lewis-Sigler Institute

How to apply
Please combine the following into a single PDF named Lastname_Postdoc.pdf (max 10 MB) and upload it through the Princeton jobs portal:
- a cover letter
- a CV including a list of publications
- a two-page research statement
- the names, email addresses and phone numbers of three references (letters are not required at this stage)

Applications received by December 31, 2026, 5:00 p.m. Eastern Time will receive full consideration.
`;
  it('writes contact: [name, email, phone] on the references item, and validate then asks each referee for a phone (before: no contact:, Ready to submit)', async () => {
    const dir = workspace({ 'postdoc.txt': POSTING, 'cv.pdf': await makePdf({ pages: 1 }) });
    const r = await cli(['profile', 'import', 'postdoc.txt', '-o', 'profile.yaml', '--today', '2026-12-07'], { cwd: dir });
    expect(r.code).toBe(0);
    const profile = readFileSync(join(dir, 'profile.yaml'), 'utf8');
    expect(profile).toContain('    accepts: [referee]\n    min: 3\n    max: 3\n    contact: [name, email, phone]\n    source: the names, email addresses and phone numbers of three references\n');
    writeFileSync(join(dir, 'manifest.yaml'), MANIFEST.replace('references:\n', 'cover_letter: { text: "I am applying for the position of postdoctoral research associate in computational biology at Princeton." }\n  research_statement: cv.pdf\n  references:\n').replace('      affiliation: University of Warsaw\n', '      affiliation: University of Warsaw\n    - { name: Dr. Aviv Regev, email: aviv.regev@examples.com, phone: +1 650 555 0102 }\n'));
    const v = await cli(['validate', 'manifest.yaml', '--today', '2026-12-07'], { cwd: dir });
    expect(v.stdout).toContain("error referee.missing-contact  References asks for each referee's phone number, and Dr. Anna Nowak has none.");
    expect(v.code).toBe(1);
  }, 60_000);
});
