/**
 * `packet init` for a posting that names its one PDF: the starter never carries an `output:` the next validate
 * warns about (audit 25 F2: `output: packet.pdf` under "a single PDF named Lastname_Postdoc.pdf").
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePdf } from '../helpers/make-pdf.js';
import { cli, workspace } from '../helpers/workspace.js';

const PROFILE = (fileName: string) => `id: postdoc\ntitle: Postdoc\nsubmission: { format: single-pdf, file_name: "${fileName}" }\nitems:\n  - { id: cv, kind: cv, title: CV, accepts: [file] }\n`;

describe('init for a posting that names its PDF', () => {
  it('leaves output: out when the name holds the applicant\'s, and the filled-in starter builds that name with no warning (before: output: packet.pdf, then build.file-name)', async () => {
    const dir = workspace({ 'profile.yaml': PROFILE('{last}_Postdoc.pdf'), 'app/docs/cv.pdf': await makePdf({ pages: 1 }) });
    const r = await cli(['init', '--profile', './profile.yaml', 'app'], { cwd: dir });
    expect(r.code).toBe(0);
    const starter = readFileSync(join(dir, 'app', 'manifest.yaml'), 'utf8');
    expect(starter).not.toMatch(/^output:/mu);
    expect(starter).toContain('\n# No output: line needed: the build names the PDF as the posting asks, {last}_Postdoc.pdf with your name filled in.\nitems:\n');
    writeFileSync(join(dir, 'app', 'manifest.yaml'), starter.replace('Your Name', 'Li Chen').replace('you@example.org', 'li.chen@examples.fi'));
    const v = await cli(['validate', 'app/manifest.yaml', '--today', '2025-10-01', '--strict'], { cwd: dir });
    expect(v.stdout).not.toContain('build.file-name');
    expect(v.code).toBe(0);
    const b = await cli(['build', 'app/manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(b.code).toBe(0);
    expect(readdirSync(join(dir, 'app')).filter((f) => f.endsWith('.pdf'))).toEqual(['Chen_Postdoc.pdf']);
  }, 60_000);

  it('writes the posting\'s own name when it has no placeholder', async () => {
    const dir = workspace({ 'profile.yaml': PROFILE('application.pdf') });
    await cli(['init', '--profile', './profile.yaml', 'app'], { cwd: dir });
    expect(readFileSync(join(dir, 'app', 'manifest.yaml'), 'utf8')).toContain('\noutput: application.pdf\nitems:\n');
  }, 60_000);
});
