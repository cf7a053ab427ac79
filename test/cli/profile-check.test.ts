/** `packet profile check`: a profile whose counts or caps cannot be met is refused at their line, exit 1. */
import { describe, expect, it } from 'vitest';
import { cli, TEST_PROFILE, workspace } from '../helpers/workspace.js';

async function check(profile: string) {
  const dir = workspace({ 'profile.yaml': profile });
  return cli(['profile', 'check', 'profile.yaml'], { cwd: dir });
}

describe('packet profile check', () => {
  it('refuses `max: 0` at its line (before: "valid profile", and validate said "the posting asks for 1 to 0")', async () => {
    const r = await check(TEST_PROFILE.replace('accepts: [file, link], max: 1 }', 'accepts: [file, link], max: 0 }'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'profile.yaml:10:80 error profile.invalid  `max` is 0 for `thesis`: no entry of it could be given.  hint: Write the most entries the posting takes, 1 or more, or leave `max` out (no limit); an item the posting does not want belongs under `not_wanted`.\n',
    );
  });

  it('says a page cap of 0 must be 1 or more (before: "must be at least 0 (exclusive)")', async () => {
    const r = await check(TEST_PROFILE.replace('max_pages: 5 }', 'max_pages: 0 }'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('profile.yaml:9:97 error profile.invalid  `items[2].max_pages` must be 1 or more.  hint: Write a whole number of 1 or more.\n');
  });

  it('refuses an item named twice in `order` (before: "valid profile", then "cv.pdf is given twice" blamed on the applicant)', async () => {
    const r = await check(`${TEST_PROFILE}order: [cv, bio, cv]\n`);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('profile.yaml:14:18 error profile.invalid  `order` names `cv` twice.  hint: List each item once.\n');
  });

  it('refuses a deadline in a zone abbreviation, or at a time the clocks skip (before: "AST" read as Alaska, valid)', async () => {
    const ast = await check(TEST_PROFILE.replace('deadline: 2025-11-14', 'deadline: 2026-12-20 23:59 AST'));
    expect(ast.code).toBe(1);
    expect(ast.stdout).toBe(
      'profile.yaml:4:11 error profile.invalid  `deadline` names a time zone by an abbreviation, which means different zones in different countries: "AST".  hint: Write the IANA time zone name of the place the posting means, such as Asia/Riyadh, America/Halifax or Europe/London, or an offset such as 2025-11-14T23:59+03:00.\n',
    );
    const gap = await check(TEST_PROFILE.replace('deadline: 2025-11-14', 'deadline: 2026-03-29 02:30 Europe/Berlin'));
    expect(gap.stdout).toMatch(/^profile\.yaml:4:11 error profile\.invalid {2}`deadline` has a time that does not exist in Europe\/Berlin/);
  });

  it('warns about a deadline with a time and no zone, which is read on your clock (before: "valid profile", judged at UTC-12)', async () => {
    const r = await check(TEST_PROFILE.replace('deadline: 2025-11-14', 'deadline: 2027-01-15T12:00'));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "profile.yaml:4:11 warning profile.deadline-zone  The deadline 2027-01-15T12:00 has a time but no time zone: it is read in your time zone, which may not be the employer's.  hint: Add the zone the posting means, as an IANA name or an offset: 2027-01-15T12:00 Europe/London, 2027-01-15T12:00+01:00.\n\n" +
        'profile.yaml: valid profile "Test Position" with 7 items (cv, bio, research_plan, thesis, references, diplomas, portfolio)\n',
    );
    for (const deadline of ['2025-11-14', '2027-01-15T12:00Z', '2027-01-15T12:00+01:00', '2027-01-15 12:00 Europe/London']) {
      const fine = await check(TEST_PROFILE.replace('deadline: 2025-11-14', `deadline: ${deadline}`));
      expect(fine.stdout).not.toContain('profile.deadline-zone');
    }
  });
});
