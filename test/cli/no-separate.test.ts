/**
 * `build --no-separate`: one PDF with its cover for a posting whose profile asks for a file per item (a portal that
 * takes one PDF after all), overriding the profile as `--separate` overrides a one-PDF posting.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { makePdf } from '../helpers/make-pdf.js';
import { cli, workspace } from '../helpers/workspace.js';

const PROFILE = (format: string) => `id: portal\ntitle: Lecturer\nsubmission: { format: ${format}, file_name: "{last}_{item}.pdf" }\nitems:\n  - { id: cv, kind: cv, title: CV, accepts: [file] }\n  - { id: research, kind: research_statement, title: Research statement, accepts: [file] }\n`;
const MANIFEST = 'profile: ./profile.yaml\napplicant: { name: Aino Virtanen, email: a@examples.fi }\nitems:\n  cv: docs/a.pdf\n  research: docs/b.pdf\n';

async function posting(format: 'separate-files' | 'single-pdf'): Promise<string> {
  return workspace({ 'profile.yaml': PROFILE(format), 'manifest.yaml': MANIFEST, 'docs/a.pdf': await makePdf({ pages: 2 }), 'docs/b.pdf': await makePdf({ pages: 1 }) });
}

describe('build --no-separate', () => {
  it('on a separate-files posting builds one PDF with a cover, named as the posting names files, with the build.format warning (before: "error: unknown option \'--no-separate\'")', async () => {
    const dir = await posting('separate-files');
    const r = await cli(['build', 'manifest.yaml', '--no-separate', '--today', '2025-10-01'], { cwd: dir });
    expect(r.stdout).toMatch(
      /^manifest\.yaml:1:10 warning build\.format {2}The posting's profile asks for one file per item \(`format: separate-files`\), but --no-separate \(`separate: false`\) built one PDF\. {2}hint: Upload the files that `packet build` makes without --no-separate, one per item, unless the portal takes one PDF: then set `format: single-pdf` under `submission:` in your profile, profile\.yaml \(`packet profile check` checks it\)\.\n\nBuilt Virtanen_application\.pdf: 4 pages, \S+ MB\n {2}pp\. 2–3 {5}CV\n {2}p\. 4 {8}Research statement\n$/,
    );
    expect(r.code).toBe(0);
    expect(statSync(join(dir, 'Virtanen_application.pdf')).isFile()).toBe(true);
    expect(existsSync(join(dir, 'packet'))).toBe(false);
    // The page count the check gives before the build counts the cover the build makes.
    const json = await cli(['build', 'manifest.yaml', '--no-separate', '--today', '2025-10-01', '--json'], { cwd: dir });
    const report = JSON.parse(json.stdout) as { totals: { pages: number; cover: boolean }; build: { pages: number } };
    expect([report.totals.pages, report.totals.cover, report.build.pages]).toEqual([4, true, 4]);
    // Without it, the posting's format decides: a file per item, no warning.
    const set = await cli(['build', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(set.stdout).toMatch(/^Built 2 files in packet\/: 3 pages/);
  }, 60_000);

  it('on a one-PDF posting changes nothing, and the last of --separate and --no-separate wins', async () => {
    const dir = await posting('single-pdf');
    const r = await cli(['build', 'manifest.yaml', '--no-separate', '--today', '2025-10-01'], { cwd: dir });
    expect(r.stdout).toMatch(/^Built Virtanen_application\.pdf: 4 pages/);
    const last = await cli(['build', 'manifest.yaml', '--separate', '--no-separate', '-o', 'one.pdf', '--today', '2025-10-01'], { cwd: dir });
    expect(last.stdout).toMatch(/^Built one\.pdf: 4 pages/m);
  }, 60_000);
});
