import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { cli, workspace } from '../helpers/workspace.js';

// Audit pa25 F4: a naming rule the import did not read was neither set nor listed among the values to check.
const POSTING = (rule: string): string =>
  `Lecturer in Economics\nUniversity of Edinburgh\n\nClosing date: 15 January 2027 at 5pm UK time.\n\nApplicants should upload the following documents separately, each file as a PDF no larger than 2MB. ${rule}\n1. CV (no more than 4 pages)\n2. Cover letter\n`;

describe('packet profile import, a posting that says how to name the files', () => {
  it('"named in the format Surname_Forename_Document (e.g. Smith_Jane_CV.pdf)" gives file_name {last}_{first}_{item}.pdf (before: none, and nothing said)', async () => {
    const dir = workspace({ 'posting.txt': POSTING('Files should be named in the format Surname_Forename_Document (e.g. Smith_Jane_CV.pdf).') });
    const r = await cli(['profile', 'import', 'posting.txt', '-o', 'imported.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(parse(readFileSync(join(dir, 'imported.yaml'), 'utf8')).submission.file_name).toBe('{last}_{first}_{item}.pdf');
    expect(r.stderr).not.toMatch(/submission\.file_name/);
    // The first run loads the whole command in-process: slow on a busy machine.
  }, 120_000);

  it('a naming rule it cannot read is a line of the summary\'s values to check, and kept in notes (before: not mentioned)', async () => {
    const rule = 'Files should be named with your surname and the vacancy number.';
    const dir = workspace({ 'posting.txt': POSTING(rule) });
    const r = await cli(['profile', 'import', 'posting.txt', '-o', 'imported.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/values guessed or unsure, marked "review: true"; check each against the posting:\n/);
    expect(r.stderr).toContain(`  submission.file_name  the posting states a file-name rule the import could not read as a pattern ("${rule}"): write it as file_name with {last}, {first}, {name} and {item}, or name the files by hand\n`);
    const profile = parse(readFileSync(join(dir, 'imported.yaml'), 'utf8'));
    expect(profile.submission).toMatchObject({ review: true });
    expect(profile.submission.file_name).toBeUndefined();
    expect(profile.notes).toContain(rule);
  });
});
