/**
 * validate, report (text and JSON, before and after the build) and build say the same `file.links-dropped` line
 * of a `pages:` selection that leaves out pages its links and bookmarks lead to; build says it once.
 */
import { describe, expect, it } from 'vitest';
import { makeLinkedPdf, makePdf } from '../helpers/make-pdf.js';
import { cli, workspace } from '../helpers/workspace.js';

const PROFILE = `id: t
title: T
organization: U
deadline: 2030-01-01
submission: { format: single-pdf }
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - { id: plan, kind: research_plan, title: Research plan, accepts: [file] }
`;

const MANIFEST = `profile: p.yaml
applicant: { name: A B, email: a@b.org }
items:
  cv: cv.pdf
  plan: { file: plan.pdf, pages: "1, 3" }
`;

const LINE =
  'm.yaml:5:34 info file.links-dropped  plan.pdf has 2 links and 3 bookmarks to pages that `pages: "1, 3"` leaves out; the packet leaves them out.  hint: Nothing to do, unless a reviewer needs those pages: then add them to `pages:`.';

describe('file.links-dropped in validate, report and build', () => {
  it('is said by all three, at the `pages:` line, with the same counts, and once by build', async () => {
    const dir = workspace({ 'p.yaml': PROFILE, 'm.yaml': MANIFEST, 'cv.pdf': await makePdf({ pages: 1 }), 'plan.pdf': await makeLinkedPdf({ pages: 4 }) });
    const count = (out: string): number => out.split('\n').filter((l) => l.includes('file.links-dropped')).length;
    const validate = await cli(['validate', 'm.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(validate.code).toBe(0);
    expect(validate.stdout).toContain(LINE);
    expect(count(validate.stdout)).toBe(1);
    const report = await cli(['report', 'm.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(report.stdout).toContain('file.links-dropped');
    expect(report.stdout).toContain('plan.pdf has 2 links and 3 bookmarks to pages that `pages: "1, 3"` leaves out; the packet leaves them out.');
    const json = await cli(['report', 'm.yaml', '--today', '2025-10-01', '--format', 'json'], { cwd: dir });
    const said = (JSON.parse(json.stdout) as { diagnostics: { code: string; line: number; col: number; message: string }[] }).diagnostics.filter((d) => d.code === 'file.links-dropped');
    expect(said.map((d) => `${d.line}:${d.col} ${d.message}`)).toEqual(['5:34 plan.pdf has 2 links and 3 bookmarks to pages that `pages: "1, 3"` leaves out; the packet leaves them out.']);
    const build = await cli(['build', 'm.yaml', '--today', '2025-10-01', '-o', 'out.pdf'], { cwd: dir });
    expect(build.code).toBe(0);
    expect(build.stdout).toContain(LINE);
    expect(count(build.stdout)).toBe(1);
    const after = await cli(['report', 'm.yaml', '--today', '2025-10-01', '--pdf', 'out.pdf', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(after.stdout) as { diagnostics: { code: string }[] }).diagnostics.filter((d) => d.code === 'file.links-dropped')).toHaveLength(1);
  });
});
