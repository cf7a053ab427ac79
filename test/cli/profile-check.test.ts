/** `packet profile check`: a profile whose counts or caps cannot be met is refused at their line, exit 1. */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { makePdf } from '../helpers/make-pdf.js';
import { cli, TEST_MANIFEST, TEST_PROFILE, workspace } from '../helpers/workspace.js';

async function check(profile: string) {
  const dir = workspace({ 'profile.yaml': profile });
  return cli(['profile', 'check', 'profile.yaml'], { cwd: dir });
}

describe('packet profile check', () => {
  it('refuses at their lines the characters the build\'s fonts cannot draw, as validate does, and init says them with exit 1 (audit 12-06d #4; before: "valid profile", exit 0, and only validate said them)', async () => {
    const profile = TEST_PROFILE.replace('title: Test Position', 'title: 🎓 Test Position').replace('organization: Test University', 'organization: มหาวิทยาลัย').replace('title: Research plan,', 'title: Research plan 🔬,');
    const lines = [
      'profile.yaml:2:8 error text.glyph  The posting\'s title (in the profile) contains a character none of the packet\'s fonts can draw: "🎓" (U+1F393).  hint: Write it without these characters; the packet shows Latin, Greek, Cyrillic, Arabic, Hebrew, Chinese, Japanese and Korean letters ("Scripts" in the README).',
      'profile.yaml:3:15 error text.glyph  The posting\'s organization (in the profile) contains Thai letters, which none of the packet\'s fonts can show.  hint: Write it without these characters, in Latin letters for instance; the packet shows Latin, Greek, Cyrillic, Arabic, Hebrew, Chinese, Japanese and Korean letters ("Scripts" in the README).',
      'profile.yaml:9:54 error text.glyph  The title of the item "research_plan" (in the profile) contains a character none of the packet\'s fonts can draw: "🔬" (U+1F52C).  hint: Write it without these characters; the packet shows Latin, Greek, Cyrillic, Arabic, Hebrew, Chinese, Japanese and Korean letters ("Scripts" in the README).',
    ];
    const r = await check(profile);
    expect(r.stdout).toBe(`${lines.join('\n')}\n`);
    expect(r.code).toBe(1);
    const dir = workspace({ 'profile.yaml': profile });
    const init = await cli(['init', '--profile', 'profile.yaml', 'app'], { cwd: dir });
    expect(init.stderr).toBe(`${lines.join('\n')}\n`);
    expect(init.stdout).toContain('Next: fix the 3 errors in the profile profile.yaml (above)');
    expect(init.code).toBe(1);
    // The same profile without them is valid.
    expect((await check(TEST_PROFILE)).code).toBe(0);
  });

  it('refuses `max: 0` at its line (before: "valid profile", and validate said "the posting asks for 1 to 0")', async () => {
    const r = await check(TEST_PROFILE.replace('accepts: [file, link], max: 1 }', 'accepts: [file, link], max: 0 }'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'profile.yaml:10:80 error profile.invalid  `max` is 0 for `thesis`: no entry of it could be given.  hint: Write the most entries the posting takes, 1 or more, or leave `max` out (no limit); an item the posting does not want belongs under `not_wanted`.\n',
    );
  });

  it('says every problem in one pass, by line: the counts and `order` beside a schema error (audit 12-05h #12; before: only the `max_pages: 0` error, the other three after it was fixed)', async () => {
    const r = await check(`id: odd-profile
title: Postdoc in Widgets
deadline: 2027-01-15
submission: { format: single-pdf, max_pages: 10 }
order: [cv, cv, statement, ghost]
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - { id: statement, kind: research_statement, title: Research statement, accepts: [file], max_pages: 0 }
  - { id: letters, kind: references, title: Letters, accepts: [letter], min: 2, max: 1 }
`);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe([
      'profile.yaml:5:13 error profile.invalid  `order` names `cv` twice.  hint: List each item once.',
      'profile.yaml:5:28 error profile.invalid  `order` names `ghost`, which is not an item of this profile.  hint: List only ids that appear under `items`.',
      'profile.yaml:8:103 error profile.invalid  `max_pages` of item 2 of `items` must be 1 or more.  hint: Write a whole number of 1 or more.',
      'profile.yaml:9:78 error profile.invalid  `min` (2) is larger than `max` (1) for `letters`.  hint: Swap or correct the two counts.',
      '',
    ].join('\n'));
  });

  it('names what an imported profile marks for review: its own keys under `# REVIEW:`, then the items (before: "Marked for review: (profile)")', async () => {
    const marked = TEST_PROFILE.replace('title: Test Position', '# REVIEW: taken from the first line of the posting\ntitle: Test Position')
      .replace('organization: Test University', '# REVIEW: guessed from the first lines\norganization: Test University')
      .replace('title: Research plan, accepts: [file], max_pages: 5 }', 'title: Research plan, accepts: [file], max_pages: 5, review: true }');
    const r = await check(`${marked}\nreview: true\n`);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toBe('Marked for review: `title`, `organization`, `research_plan`; check them against the posting, then remove `review: true`.');
    // A `# REVIEW:` over `submission` that also says `review: true` (as the importer writes it) is named once (before: twice).
    const sub = marked.replace('submission: { format: single-pdf, max_mb: 1, max_pages: 30 }', '# REVIEW: the posting does not say whether it wants one PDF or separate files\nsubmission: { format: single-pdf, max_mb: 1, max_pages: 30, review: true }');
    expect((await check(`${sub}\nreview: true\n`)).stdout.split('\n')[1]).toBe('Marked for review: `title`, `organization`, `submission`, `research_plan`; check them against the posting, then remove `review: true`.');
    // Hand-written `review: true` with no comment: said of the profile as a whole.
    const bare = await check(`${TEST_PROFILE}\nreview: true\n`);
    expect(bare.stdout.split('\n')[1]).toBe('Marked for review: the profile (its title, dates or list of items); check them against the posting, then remove `review: true`.');
  });

  it('refuses a line break in the posting\'s title or an item\'s title, as validate refuses one in a manifest\'s `title:` or a referee\'s `relation`; a note may have several lines (audit 12-06g #3; before: "valid profile", a raw line break in the bookmarks, the build\'s listing and the verdict)', async () => {
    const profile = TEST_PROFILE.replace('title: Test Position', 'title: |\n  Test Position\n  in Testing').replace('title: Research plan,', 'title: "Research plan\\n(5 pages)",');
    const r = await check(`${profile}notes:\n  - |\n    Send one PDF.\n    No letters by email.\n`);
    expect(r.stdout).toBe(
      [
        'profile.yaml:2:8 error profile.invalid  The posting\'s title "Test Position in Testing" holds a line break after "Position": the PDF\'s title would keep it.  hint: Write it on one line: take out the line break (or "\\n") after "Position".',
        'profile.yaml:11:54 error profile.invalid  The title of the item `research_plan` "Research plan (5 pages)" holds a line break after "plan": its bookmark and the build\'s list of pages would keep it.  hint: Write it on one line: take out the line break (or "\\n") after "plan".',
        '',
      ].join('\n'),
    );
    expect(r.code).toBe(1);
    // init still writes the manifest, and says the title on one line.
    const init = await cli(['init', '--profile', 'profile.yaml', 'app'], { cwd: workspace({ 'profile.yaml': profile }) });
    expect(init.stdout.split('\n')[0]).toBe('Wrote app/manifest.yaml for "Test Position in Testing".');
    // A `|` block title ends in a line break, which the packet trims: valid.
    expect((await check(TEST_PROFILE.replace('title: Test Position', 'title: |\n  Test Position'))).code).toBe(0);
  });

  it('refuses a title, organization or item title pasted with a right-to-left override or zero-width spaces, at its line (before: "valid profile", a cover reading "ecneicS ataD")', async () => {
    const r = await check(
      TEST_PROFILE.replace('organization: Test University', 'organization: "Faculty of \u202eScience\u202c"').replace('title: Short bio,', 'title: "Short\u200bbio",'),
    );
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      'profile.yaml:3:15 error profile.invalid  The organization "Faculty of <U+202E>Science<U+202C>" holds U+202E RIGHT-TO-LEFT OVERRIDE, a character no one can see: the words after it would be printed backwards.  hint: Delete it and retype the words around it by hand: it came along when the text was copied from the posting.',
      'profile.yaml:8:34 error profile.invalid  The title of the item `bio` "Short<U+200B>bio" holds U+200B ZERO WIDTH SPACE, a character no one can see: the page would show the words on either side of it run together, as one.  hint: Put a space in its place (delete it inside a word): it came along when the text was copied from the posting.',
    ]);
    // A Hebrew posting's title with its direction marks is the posting's own: valid.
    const hebrew = await check(TEST_PROFILE.replace('title: Test Position', 'title: "משרת מחקר\u200f (Postdoc)"'));
    expect(hebrew.code).toBe(0);
  });

  it('says a page cap of 0 must be 1 or more (before: "must be at least 0 (exclusive)")', async () => {
    const r = await check(TEST_PROFILE.replace('max_pages: 5 }', 'max_pages: 0 }'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('profile.yaml:9:97 error profile.invalid  `max_pages` of item 3 of `items` must be 1 or more.  hint: Write a whole number of 1 or more.\n');
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
    // One with a single meaning is told what it stands for (before: "means different zones", and Riyadh as the example).
    const cet = await check(TEST_PROFILE.replace('deadline: 2025-11-14', 'deadline: 2026-12-15 23:59 CET'));
    expect(cet.code).toBe(1);
    expect(cet.stdout).toBe(
      'profile.yaml:4:11 error profile.invalid  `deadline` names a time zone by an abbreviation, which a profile does not take: "CET" stands for +01:00, written 2026-12-15T23:59+01:00, or 2026-12-15 23:59 Europe/Berlin for the local time there, summer time included.  hint: Write one of these two instead: the offset if the posting gives the abbreviation, the place if it means the local time.\n',
    );
    for (const [written, offset, place] of [['2026-06-30T17:00 PDT', '-07:00', 'America/Los_Angeles'], ['2026-01-09 12:00 JST', '+09:00', 'Asia/Tokyo']] as const) {
      const r = await check(TEST_PROFILE.replace('deadline: 2025-11-14', `deadline: ${written}`));
      expect(r.stdout).toContain(`stands for ${offset}, written ${written.slice(0, 16).replace(' ', 'T')}${offset}, or ${written.slice(0, 16).replace('T', ' ')} ${place} for`);
    }
    const gap = await check(TEST_PROFILE.replace('deadline: 2025-11-14', 'deadline: 2026-03-29 02:30 Europe/Berlin'));
    expect(gap.stdout).toMatch(/^profile\.yaml:4:11 error profile\.invalid {2}`deadline` has a time that does not exist in Europe\/Berlin/);
  });

  it('warns about a `source:` no reviewer can open, which the cover prints without a link (before: "valid profile", and a clickable link on the cover)', async () => {
    const lines: string[] = [];
    for (const source of ['"https://aalto.wd3.myworkdayjobs.com/aalto/job/…"', 'http://192.168.1.5/jobs/R44442', 'https://example.com/jobs/1', 'file:///C:/Users/hr/postings/R44442.docx']) {
      const r = await check(TEST_PROFILE.replace('organization: Test University', `organization: Test University\nsource: ${source}`));
      expect(r.code).toBe(0);
      lines.push(r.stdout.split('\n')[0]!);
    }
    expect(lines).toEqual([
      'profile.yaml:4:9 warning profile.source  The posting\'s address "https://aalto.wd3.myworkdayjobs.com/aalto/job/…" ends in "…" or "...": it looks cut off where it was copied from, so it would not open the page meant. The cover prints it as text, not as a link.  hint: Copy the whole address again, from the browser bar of the page itself. Or leave `source:` out.',
      'profile.yaml:4:9 warning profile.source  The posting\'s address "http://192.168.1.5/jobs/R44442" points at a computer or local network that a reviewer cannot reach. The cover prints it as text, not as a link.  hint: Give the posting\'s public address as the browser bar shows it (https://...), or leave `source:` out.',
      'profile.yaml:4:9 warning profile.source  The posting\'s address "https://example.com/jobs/1" is at example.com, a name kept for examples, where no posting is. The cover prints it as text, not as a link.  hint: Give the posting\'s public address as the browser bar shows it (https://...), or leave `source:` out.',
      'profile.yaml:4:9 warning profile.source  The posting\'s address "file:///C:/Users/hr/postings/R44442.docx" is not a web address a reviewer can open: only http:// and https:// links work. The cover prints it as text, not as a link.  hint: Give the posting\'s public address as the browser bar shows it (https://...), or leave `source:` out.',
    ]);
    // A public address, a `www.` host, the shipped templates' example.edu and a reference in words are fine.
    for (const source of ['https://aalto.wd3.myworkdayjobs.com/aalto/job/R44442', 'www.aalto.fi/en/careers', 'https://example.edu/jobs/cs-tenure-track', '"Aalto careers site, job R44442"']) {
      const fine = await check(TEST_PROFILE.replace('organization: Test University', `organization: Test University\nsource: ${source}`));
      expect(fine.stdout, source).not.toContain('profile.source');
    }
  });

  it('warns about a deadline with a time and no zone, which is read on your clock (before: "valid profile", judged at UTC-12)', async () => {
    const r = await check(TEST_PROFILE.replace('deadline: 2025-11-14', 'deadline: 2027-01-15T12:00'));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "profile.yaml:4:11 warning profile.deadline-zone  The deadline 2027-01-15T12:00 has a time but no time zone: it is read in your time zone, which may not be the employer's.  hint: Add the zone the posting means, as an IANA name or as the offset it keeps on that date: 2027-01-15T12:00 Europe/London or 2027-01-15T12:00+00:00 for London, 2027-01-15T12:00 Europe/Helsinki or 2027-01-15T12:00+02:00 for Helsinki, 2027-01-15T12:00 America/New_York or 2027-01-15T12:00-05:00 for New York.\n\n" +
        'profile.yaml: valid profile "Test Position" with 7 items (cv, bio, research_plan, thesis, references, diplomas, portfolio)\n',
    );
    for (const deadline of ['2025-11-14', '2027-01-15T12:00Z', '2027-01-15T12:00+01:00', '2027-01-15 12:00 Europe/London']) {
      const fine = await check(TEST_PROFILE.replace('deadline: 2025-11-14', `deadline: ${deadline}`));
      expect(fine.stdout).not.toContain('profile.deadline-zone');
    }
  });

  it('warns, with the fix, of caps on an item that accepts only a link and of `min: 0` on a required item (audit 12-06j #9; before: "valid profile", and init printed "give a link — max 1 page, max 200 words")', async () => {
    const r = await check(`id: odd-limits
title: Postdoc in Widgets
deadline: 2027-01-15
items:
  - { id: cv, kind: cv, title: CV, accepts: [file], min: 0 }
  - { id: code, kind: portfolio, title: Code repository, accepts: [link], max_words: 200, max_pages: 1 }
  - { id: plan, kind: research_plan, title: Research plan, accepts: [file, link], max_pages: 2 }
  - { id: extra, kind: other, title: Extra, stage: optional, accepts: [file], min: 0 }
  - { id: pubs, kind: writing_sample, title: Publications, accepts: [file], max: 3, max_pages: 2, max_pages_each: 5 }
`);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe([
      'profile.yaml:5:58 warning profile.min-zero  The item `cv` ("CV") is required but has `min: 0`: a required item must be given at least once, so `min: 0` contradicts it and is ignored.  hint: If the posting lets applicants leave it out, write `stage: optional` (and remove `min`); if not, remove `min: 0`, or write the least number of entries the posting asks for (1 or more).',
      'profile.yaml:6:86 warning profile.link-cap  The item `code` ("Code repository") accepts only a link, yet has `max_words` and `max_pages`: the packet carries the address, not the document, so there is nothing to count and these caps are never checked.  hint: If the posting takes the document itself, add file (or text) to `accepts`; if it caps the document behind the link, remove `max_words` and `max_pages` and write the rule under `notes:` for the applicant to read.',
      // A cap on each file above the cap on all of them never applies (audit 12-06k's side remark).
      'profile.yaml:9:115 warning profile.each-over-total  The item `pubs` ("Publications") allows 5 pages for each file but 2 in all: no file can reach 5 pages, so `max_pages_each` never applies.  hint: Check the posting: if it says 5 pages each, `max_pages` is the typo (the total of all the files); if it says 2 pages in all, remove `max_pages_each`.',
      '',
      'profile.yaml: valid profile "Postdoc in Widgets" with 5 items (cv, code, plan, extra, pubs)',
      '',
    ].join('\n'));
  });
});

describe('a file of the other kind, given where a profile or a manifest goes (audit 12-05c 6)', () => {
  const posting = 'Doctoral researcher in signal processing\n\nApplications must include: a CV, a cover letter and a transcript.\nDeadline: 15 January 2027.\n';

  it('profile check names a manifest, a posting and a PDF in one line, exit 2 (before: a dozen schema errors, or "unknown directive %PDF-1.7")', async () => {
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'manifest.yaml': TEST_MANIFEST, 'posting.txt': posting, 'cv.pdf': await makePdf({ pages: 1 }) });
    const run = (file: string) => cli(['profile', 'check', file], { cwd: dir });
    const m = await run('manifest.yaml');
    expect([m.code, m.stdout]).toEqual([2, '']);
    expect(m.stderr).toBe('error: manifest.yaml is a manifest, not a profile: check it with packet validate manifest.yaml\n');
    const p = await run('posting.txt');
    expect(p.code).toBe(2);
    expect(p.stderr).toBe("error: posting.txt is a posting's text, not a profile: make one from it with packet profile import posting.txt -o profile.yaml, then check that\n");
    const pdf = await run('cv.pdf');
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toBe("error: cv.pdf is a PDF, not a profile: give the profile (a .yaml file of the posting's requirements), e.g. packet profile check profile.yaml\n");
    expect((await run('profile.yaml')).code).toBe(0);
  });

  it('validate names a profile and a posting given as the manifest, and a manifest named by profile:, in one line', async () => {
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'posting.txt': posting, 'other.yaml': TEST_MANIFEST, 'manifest.yaml': TEST_MANIFEST.replace('profile: ./profile.yaml', 'profile: ./other.yaml') });
    const prof = await cli(['validate', 'profile.yaml'], { cwd: dir });
    expect([prof.code, prof.stdout]).toEqual([2, '']);
    expect(prof.stderr).toBe('error: profile.yaml is a requirements profile, not a manifest: a manifest beside it names it with `profile: ./profile.yaml`; start one with packet init --profile profile.yaml\n');
    const post = await cli(['validate', 'posting.txt'], { cwd: dir });
    expect(post.code).toBe(2);
    expect(post.stderr).toBe("error: posting.txt is a posting's text, not a manifest: make a profile from it (packet profile import posting.txt -o profile.yaml), read it through, then start the manifest with packet init --profile profile.yaml\n");
    const named = await cli(['validate', 'manifest.yaml'], { cwd: dir });
    expect(named.code).toBe(1);
    expect(named.stdout).toMatch(/^manifest\.yaml:1:10 error profile\.not-profile {2}\.\/other\.yaml is a manifest, not a profile\./m);
  });

  it('refuses placeholders and empty titles in the posting\'s words the packet prints, in profile check, validate and build (before: "valid profile", then a cover reading "TODO: position title" and a bookmark of spaces) (audit 12-05d #5)', async () => {
    const profile = TEST_PROFILE.replace('title: Test Position', 'title: "TODO: position title"')
      .replace('organization: Test University', 'organization: ""\nsource: "[INSERT LINK]"\nreference: TBD')
      .replace('title: CV,', 'title: "   ",')
      .concat('notes:\n  - "[Insert eligibility rules here]"\n  - "Interviews in January, dates TBD."\n');
    const said = [
      'profile.yaml:2:8 error profile.placeholder  The posting\'s title "TODO: position title" in the profile is a placeholder, not the posting\'s own words: the packet would print it as it is.  hint: Write it as the posting gives it.',
      'profile.yaml:3:15 error profile.invalid  The organization is empty: the packet would print nothing for it.  hint: Write the employer\'s name, or leave `organization` out.',
      'profile.yaml:4:9 error profile.placeholder  The source "[INSERT LINK]" in the profile is a placeholder, not the posting\'s own words: the packet would print it as it is.  hint: Write the posting\'s address (https://...) or where it was published, or leave `source` out.',
      'profile.yaml:5:12 error profile.placeholder  The reference "TBD" in the profile is a placeholder, not the posting\'s own words: the packet would print it as it is.  hint: Write it as the posting gives it, or leave `reference` out.',
      'profile.yaml:9:32 error profile.invalid  The title of the item `cv` is empty (spaces only): its bookmark and its line in the cover\'s contents would have no name.  hint: Write it as the posting gives it.',
      'profile.yaml:17:5 error profile.placeholder  A note "[Insert eligibility rules here]" in the profile is a placeholder, not the posting\'s own words: the packet would print it as it is.  hint: Write it as the posting gives it, or remove the note.',
    ];
    const r = await check(profile);
    expect([r.code, r.stdout]).toEqual([1, `${said.join('\n')}\n`]);
    const dir = workspace({ 'profile.yaml': profile, 'manifest.yaml': TEST_MANIFEST, 'cv.pdf': await makePdf({ pages: 2 }), 'plan.pdf': await makePdf({ pages: 3 }) });
    const v = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(v.code).toBe(1);
    expect(v.stdout.split('\n').filter((l) => l.startsWith('profile.yaml:'))).toEqual(said);
    const b = await cli(['build', 'manifest.yaml', '--today', '2025-10-01', '-o', 'packet.pdf'], { cwd: dir });
    expect(b.code).toBe(1);
    expect(existsSync(join(dir, 'packet.pdf'))).toBe(false);
  });
});
