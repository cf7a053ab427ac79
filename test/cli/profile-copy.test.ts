/**
 * `packet profile copy`: a built-in profile (inside the installed package) written as the applicant's own file to
 * edit, and the hints that change a profile's value giving the exact steps (audit 12-06f #3; before, they sent
 * the applicant to "a copy of its file in templates/profiles/", a folder inside npm's node_modules).
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, workspace } from '../helpers/workspace.js';
import { templateText } from '../helpers/templates.js';
import { diag } from '../../src/core/catalogue.js';

const root = join(import.meta.dirname, '..', '..');

/** The complete Aalto example in a folder of its own (`sub` below the workspace when given). */
function aaltoExample(sub = ''): string {
  const dir = workspace({});
  // Without a packet built there earlier (`out/`), which a changed manifest would make out of date.
  cpSync(join(root, 'examples/aalto-tml'), join(dir, sub), { recursive: true, filter: (src) => !src.endsWith('/out') });
  return dir;
}

describe('packet profile copy', () => {
  it('writes the built-in profile beside the manifest and prints the `profile:` line; the copy validates as the built-in did', async () => {
    const dir = aaltoExample();
    const r = await cli(['profile', 'copy', 'aalto-tml-doctoral-2025'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Wrote aalto-tml-doctoral-2025.yaml, your own copy of the built-in profile aalto-tml-doctoral-2025: edit it there (`packet profile check aalto-tml-doctoral-2025.yaml` checks it).\n' +
        'Next: in manifest.yaml, replace the `profile:` line with\nprofile: ./aalto-tml-doctoral-2025.yaml\n',
    );
    const copy = readFileSync(join(dir, 'aalto-tml-doctoral-2025.yaml'), 'utf8');
    const builtin = templateText('aalto-tml-doctoral-2025');
    // The editor's schema address still finds the package's schema from the copy's folder; the rest is the same.
    expect(copy.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=(\.\.\/)+.*schemas\/profile\.schema\.json$/);
    expect(copy.split('\n').slice(1)).toEqual(builtin.split('\n').slice(1));
    const before = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    const manifest = join(dir, 'manifest.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('profile: aalto-tml-doctoral-2025', 'profile: ./aalto-tml-doctoral-2025.yaml'));
    const after = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(after.code).toBe(0);
    expect(after.stdout).toBe(before.stdout);
    expect((await cli(['profile', 'check', 'aalto-tml-doctoral-2025.yaml'], { cwd: dir })).code).toBe(0);
  }, 30_000);

  it('never overwrites; an unknown id gets the list of ids (exit 2); a folder takes the file under the id', async () => {
    const dir = aaltoExample();
    writeFileSync(join(dir, 'eu-postdoc-ml.yaml'), 'mine\n');
    const again = await cli(['profile', 'copy', 'eu-postdoc-ml'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('error: eu-postdoc-ml.yaml already exists; it is never overwritten (give another file name, or edit that file)\n');
    expect(readFileSync(join(dir, 'eu-postdoc-ml.yaml'), 'utf8')).toBe('mine\n');
    const unknown = await cli(['profile', 'copy', 'eu-postdoc'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('error: no built-in profile "eu-postdoc" (did you mean eu-postdoc-ml?): use one of aalto-tml-doctoral-2025, eu-postdoc-ml, us-tenure-track-cs (see `packet profiles`)\n');
    // Into the folder of another manifest: the line is for that manifest.
    mkdirSync(join(dir, 'us'));
    writeFileSync(join(dir, 'us', 'manifest.yaml'), 'profile: us-tenure-track-cs\n');
    const into = await cli(['profile', 'copy', 'us-tenure-track-cs', 'us'], { cwd: dir });
    expect(into.code).toBe(0);
    expect(into.stdout).toBe(
      'Wrote us/us-tenure-track-cs.yaml, your own copy of the built-in profile us-tenure-track-cs: edit it there (`packet profile check us/us-tenure-track-cs.yaml` checks it).\n' +
        'Next: in us/manifest.yaml, replace the `profile:` line with\nprofile: ./us-tenure-track-cs.yaml\n',
    );
  });
});

describe('hints that change a built-in profile give the steps', () => {
  it('deadline.passed: run `packet profile copy <id>`, change `deadline:` there, name the copy; following them gives Ready', async () => {
    // The hint's steps name the manifest's folder, quoted to be pasted.
    const eu = workspace({});
    await cli(['init', '--profile', 'eu-postdoc-ml', join(eu, 'my app')]);
    const late = await cli(['validate', 'my app/manifest.yaml', '--today', '2026-12-20'], { cwd: eu });
    const line = readFileSync(join(eu, 'my app/manifest.yaml'), 'utf8').split('\n').indexOf('profile: eu-postdoc-ml') + 1;
    expect(late.stdout).toContain(
      `my app/manifest.yaml:${line}:10 error deadline.passed  The deadline (2026-12-15 23:59 Europe/Berlin) passed 5 days ago.  hint: If the employer moved the deadline, run \`packet profile copy eu-postdoc-ml "my app/eu-postdoc-ml.yaml"\`, change \`deadline:\` to the new date there and write \`profile: ./eu-postdoc-ml.yaml\` in my app/manifest.yaml; otherwise ask whether late applications are accepted.\n`,
    );
    // Following them: the error is gone.
    expect((await cli(['profile', 'copy', 'eu-postdoc-ml', 'my app/eu-postdoc-ml.yaml'], { cwd: eu })).code).toBe(0);
    const copy = join(eu, 'my app/eu-postdoc-ml.yaml');
    writeFileSync(copy, readFileSync(copy, 'utf8').replace('deadline: 2026-12-15 23:59 Europe/Berlin', 'deadline: 2026-12-31 23:59 Europe/Berlin'));
    const m = join(eu, 'my app/manifest.yaml');
    writeFileSync(m, readFileSync(m, 'utf8').replace('profile: eu-postdoc-ml', 'profile: ./eu-postdoc-ml.yaml'));
    const moved = await cli(['validate', 'my app/manifest.yaml', '--today', '2026-12-20'], { cwd: eu });
    expect(moved.stdout).not.toContain('deadline.passed');
    expect(moved.stdout).toContain('info deadline.near  11 days left until the deadline (2026-12-31 23:59 Europe/Berlin).');
  }, 30_000);

  it('item.later on a built-in profile: the copy command with the real id and the item', async () => {
    const dir = aaltoExample();
    const manifest = join(dir, 'manifest.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('  cv: docs/cv.pdf', '  cv: { later: "after the holidays" }'));
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'manifest.yaml:11:7 error item.later  CV is marked as coming later, but the posting asks for it now: the packet is incomplete without it.  hint: Include it now. If the employer has agreed that it may follow, run `packet profile copy aalto-tml-doctoral-2025`, change `stage:` to `later` under `id: cv` there and write `profile: ./aalto-tml-doctoral-2025.yaml` in manifest.yaml, and say so in your cover letter.\n',
    );
  }, 30_000);

  it('build.format on a built-in profile: the copy command with the real id, where to set `format:`; following them builds the set without the warning (audit 14 #3; before: "write `format: separate-files` in the profile", inside the installed package)', async () => {
    const dir = aaltoExample();
    const r = await cli(['build', 'manifest.yaml', '--separate', '-o', 'upload', '--today', '2025-11-01'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      "manifest.yaml:5:10 warning build.format  The posting's profile asks for one PDF (`format: single-pdf`), but --separate built one file per item.  hint: Upload the one PDF that `packet build` makes without --separate, unless the portal asks for a file per item: then run `packet profile copy aalto-tml-doctoral-2025`, set `format: separate-files` under `submission:` there and write `profile: ./aalto-tml-doctoral-2025.yaml` in manifest.yaml.",
    );
    // Following the steps: the posting's format is the set's, no warning.
    expect((await cli(['profile', 'copy', 'aalto-tml-doctoral-2025'], { cwd: dir })).code).toBe(0);
    const copy = join(dir, 'aalto-tml-doctoral-2025.yaml');
    writeFileSync(copy, readFileSync(copy, 'utf8').replace('  format: single-pdf', '  format: separate-files'));
    const manifest = join(dir, 'manifest.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('profile: aalto-tml-doctoral-2025', 'profile: ./aalto-tml-doctoral-2025.yaml'));
    const again = await cli(['build', 'manifest.yaml', '--separate', '-o', 'upload', '--today', '2025-11-01'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain('build.format');
    // On the applicant's own profile file: set it there.
    writeFileSync(copy, readFileSync(copy, 'utf8').replace('  format: separate-files', '  format: single-pdf'));
    const own = await cli(['build', 'manifest.yaml', '--separate', '-o', 'upload', '--today', '2025-11-01'], { cwd: dir });
    expect(own.stdout).toContain('hint: Upload the one PDF that `packet build` makes without --separate, unless the portal asks for a file per item: then set `format: separate-files` under `submission:` in your profile, aalto-tml-doctoral-2025.yaml (`packet profile check` checks it).\n');
    expect(own.code).toBe(0);
  }, 60_000);

  it('referee.letter and referee.letter-left-out: the same steps, for the item of referees', () => {
    const profile = { builtin: 'eu-postdoc-ml', manifest: 'manifest.yaml' };
    expect(diag('referee.letter', { name: 'Ari Oja', title: 'References', id: 'references', profile }).hint).toBe(
      'Remove the `letter:` line: the employer contacts the referees itself. If the posting does accept letters, run `packet profile copy eu-postdoc-ml`, add `letter` to `accepts:` under `id: references` there and write `profile: ./eu-postdoc-ml.yaml` in manifest.yaml.',
    );
    expect(diag('referee.letter-left-out', { name: 'Ari Oja', title: 'References', id: 'references', file: 'me.yaml', posting: 'Postdoc', profile }).hint).toContain(
      'If this posting does accept letters, run `packet profile copy eu-postdoc-ml`, add `letter` to `accepts:` under `id: references` there and write `profile: ./eu-postdoc-ml.yaml` in manifest.yaml.',
    );
  });
});
