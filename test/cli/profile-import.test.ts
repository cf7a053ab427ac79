import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { makePdf } from '../helpers/make-pdf.js';
import { cli, workspace } from '../helpers/workspace.js';
import { profileSchemaHeader, runProfileImport, type ProfileImportIo } from '../../src/cli/commands/profile-import.js';
import { ProfileSchema } from '../../src/core/schema/profile.js';

const POSTING = 'Postdoc in Vision\n\nApplicants should submit a single PDF containing: a CV, a research statement (max. 2 pages) and two letters of recommendation. The deadline is 14 November 2025.';

function fakeIo(files: Record<string, string | Uint8Array> = {}, stdin: string | Uint8Array = '') {
  const written: Record<string, string> = {};
  const out: string[] = [];
  const err: string[] = [];
  const io: ProfileImportIo = {
    async readBytes(p) {
      const t = p === '-' ? stdin : files[p];
      if (t === undefined) throw new Error(`ENOENT: no such file, open '${p}'`);
      return typeof t === 'string' ? new TextEncoder().encode(t) : t;
    },
    async writeTextAtomic(p, t) {
      written[p] = t;
    },
    async exists(p) {
      return p in files || p in written;
    },
    async outputProblem(p) {
      return p.endsWith('/') ? { kind: 'folder' } : undefined;
    },
    async sameFile(a, b) {
      return a === b;
    },
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
  };
  return { io, written, stdout: () => out.join(''), stderr: () => err.join('') };
}

describe('packet profile import', () => {
  it('writes the profile with the schema header and prints what to check to stderr', async () => {
    const f = fakeIo({ 'posting.txt': POSTING });
    const code = await runProfileImport({ input: 'posting.txt', output: 'profile.yaml' }, f.io);
    expect(code).toBe(0);
    const yaml = f.written['profile.yaml'] ?? '';
    expect(yaml.startsWith(`${profileSchemaHeader('profile.yaml')}\n`)).toBe(true);
    // The schema this copy ships, found from where the profile is written (no registry serves it).
    expect(yaml.split('\n')[0]).toBe(`# yaml-language-server: $schema=${relative(process.cwd(), join(import.meta.dirname, '../../schemas/profile.schema.json'))}`);
    const profile = ProfileSchema.parse(parse(yaml));
    expect(profile.items.map((i) => i.kind)).toEqual(['cv', 'research_statement', 'references']);
    expect(profile.deadline).toBe('2025-11-14');
    expect(f.stdout()).toBe('');
    expect(f.stderr()).toMatch(/^Wrote profile\.yaml: 3 items \(cv, research_statement, references\), deadline 2025-11-14\./);
  });

  it('prints the YAML to stdout when no -o is given, and reads standard input for -', async () => {
    const f = fakeIo({}, POSTING);
    expect(await runProfileImport({ input: '-' }, f.io)).toBe(0);
    expect(f.stdout().startsWith(`${profileSchemaHeader(undefined)}\n`)).toBe(true);
    expect(ProfileSchema.parse(parse(f.stdout())).items).toHaveLength(3);
    expect(f.stderr()).toMatch(/^Profile: 3 items/);
  });

  it('lists the guesses in the summary', async () => {
    const f = fakeIo({ 'p.txt': 'Please send a CV and references.' });
    expect(await runProfileImport({ input: 'p.txt' }, f.io)).toBe(0);
    expect(f.stderr()).toMatch(/values? guessed or unsure, marked "review: true"/);
    expect(f.stderr()).toMatch(/items\[1\]\.accepts\s+the posting does not say whether it wants letters or referee contacts/);
    expect(f.stderr()).not.toMatch(/[Nn]othing was guessed/);
  });

  it('says "nothing was guessed" only when every value comes from the posting', async () => {
    const stated =
      'Job Title: Postdoc in Vision\n\nApplicants should submit a single PDF file containing: a CV (PDF), a research statement (PDF, max. 2 pages) and the contact details of two referees. The deadline is 14 November 2025.';
    const f = fakeIo({ 'p.txt': stated });
    expect(await runProfileImport({ input: 'p.txt' }, f.io)).toBe(0);
    expect(f.stderr()).toMatch(/Nothing was guessed: every value comes from a sentence of the posting/);

    // The CV's form is not stated: a default, so the summary says so instead.
    const g = fakeIo({ 'p.txt': stated.replace('a CV (PDF)', 'a CV') });
    expect(await runProfileImport({ input: 'p.txt' }, g.io)).toBe(0);
    expect(g.stderr()).not.toMatch(/[Nn]othing was guessed/);
    expect(g.stderr()).toMatch(/1 value the posting does not state, filled with defaults:\n\s+items\[0\]\.accepts\s+the posting names no form; cv takes file by default/);
  });

  it('points at a limit no item carries, after the documents no item lists and with their words only once', async () => {
    const posting = 'Job Title: Postdoc in Vision\n\nApplicants should submit a single PDF file containing: a CV (PDF). The deadline is 14 November 2025.\nA research proposal of no more than 1,000 words is the heart of a good application.';
    const f = fakeIo({ 'p.txt': posting });
    expect(await runProfileImport({ input: 'p.txt', output: 'profile.yaml' }, f.io)).toBe(0);
    expect(f.stderr()).toBe(
      [
        'Wrote profile.yaml: 1 item (cv), deadline 2025-11-14.',
        '2 values guessed or unsure, marked "review: true"; check each against the posting:',
        '  items  the posting also names a document no item lists (research_plan ("research proposal")); add it if the posting asks for it',
        '           research_plan ("research proposal"): "A research proposal of no more than 1,000 words is the heart of a good application."',
        '  items  a limit "no more than 1,000 words" was read in "A research proposal of no more than 1,000 words is the heart of a good application.", but no item carries it: add it to the item it sizes, if the posting asks for one',
        '',
      ].join('\n'),
    );
  });

  it('lists the documents the posting names that no item lists, each with the words around it', async () => {
    const posting = 'Job Title: Postdoc in Vision\n\nApplicants should submit a single PDF file containing: a CV (PDF). The deadline is 14 November 2025.\nA research proposal is the heart of a good application.';
    const f = fakeIo({ 'p.txt': posting });
    expect(await runProfileImport({ input: 'p.txt', output: 'profile.yaml' }, f.io)).toBe(0);
    expect(f.stderr()).toBe(
      [
        'Wrote profile.yaml: 1 item (cv), deadline 2025-11-14.',
        '1 value guessed or unsure, marked "review: true"; check each against the posting:',
        '  items  the posting also names a document no item lists (research_plan ("research proposal")); add it if the posting asks for it',
        '           research_plan ("research proposal"): "A research proposal is the heart of a good application."',
        '',
      ].join('\n'),
    );
    expect(ProfileSchema.parse(parse(f.written['profile.yaml'] ?? '')).review).toBe(true);
  });

  it('names what the posting asks not to send', async () => {
    const f = fakeIo({ 'p.txt': 'Please send a CV and a cover letter. Do not send a photo.' });
    expect(await runProfileImport({ input: 'p.txt' }, f.io)).toBe(0);
    expect(f.stderr()).toMatch(/The posting asks not to send: a photo \("Do not send a photo\."\)\./);
    expect(ProfileSchema.parse(parse(f.stdout())).not_wanted).toEqual([{ what: 'a photo', source: 'Do not send a photo.' }]);
  });

  it('reads a .md posting as Markdown: front matter and comments are not text', async () => {
    const md = '---\ntitle: Join us\ndeadline_note: "Please send a diploma"\n---\n<!-- Please send a transcript. -->\n## How to apply\n\nPlease send your **CV** and a **cover letter** &amp; nothing else.\n';
    const f = fakeIo({ 'join.md': md });
    expect(await runProfileImport({ input: 'join.md' }, f.io)).toBe(0);
    expect(ProfileSchema.parse(parse(f.stdout())).items.map((i) => i.kind)).toEqual(['cv', 'cover_letter']);
  });

  it('treats --html input as HTML', async () => {
    const f = fakeIo({ 'p.html': '<h1>Postdoc</h1><p>Please submit:</p><ul><li>CV</li><li>Cover letter</li></ul>' });
    expect(await runProfileImport({ input: 'p.html', html: true }, f.io)).toBe(0);
    expect(ProfileSchema.parse(parse(f.stdout())).items.map((i) => i.kind)).toEqual(['cv', 'cover_letter']);
  });

  it('refuses to overwrite an existing output without --force (exit 2)', async () => {
    const f = fakeIo({ 'posting.txt': POSTING, 'profile.yaml': 'old' });
    expect(await runProfileImport({ input: 'posting.txt', output: 'profile.yaml' }, f.io)).toBe(2);
    expect(f.stderr()).toMatch(/already exists.*--force/);
    expect(f.written).toEqual({});
    expect(await runProfileImport({ input: 'posting.txt', output: 'profile.yaml', force: true }, f.io)).toBe(0);
    expect(f.written['profile.yaml']).toContain('research_statement');
  });

  it('a US zone after the time ("5 p.m. ET") is read into the deadline; one not read is named and "Nothing was guessed" is not printed (audit 2026-12-05 #3)', async () => {
    const posting = (deadline: string) =>
      `Organization: Example State University\nPosition: Assistant Professor of Chemistry\n${deadline}\n\nApplicants must submit the following, combined into a single PDF file:\n- a cover letter as a PDF file\n- a CV as a PDF file\n- a teaching statement as a PDF file\n`;
    const f = fakeIo({ 'et.txt': posting('Deadline: March 4, 2027, 5 p.m. ET') });
    expect(await runProfileImport({ input: 'et.txt', output: 'et.yaml' }, f.io)).toBe(0);
    expect(f.written['et.yaml']).toContain('# from: "Deadline: March 4, 2027, 5 p.m. ET"\ndeadline: 2027-03-04 17:00 America/New_York\n');
    expect(f.stderr()).toMatch(/deadline 2027-03-04 17:00 America\/New_York\.\nNothing was guessed/);

    const g = fakeIo({ 'ee.txt': posting('Deadline: March 4, 2027, 5 p.m. Eastern Europe') });
    expect(await runProfileImport({ input: 'ee.txt', output: 'ee.yaml' }, g.io)).toBe(0);
    expect(g.written['ee.yaml']).toContain('# from: "Deadline: March 4, 2027, 5 p.m. Eastern Europe"');
    expect(g.stderr()).toContain('deadline  the time is followed by "Eastern Europe", a time zone not read');
    expect(g.stderr()).not.toContain('Nothing was guessed');
  });

  it('exits 2 for an unreadable or empty input', async () => {
    const f = fakeIo({ 'empty.txt': '  \n' });
    expect(await runProfileImport({ input: 'missing.txt' }, f.io)).toBe(2);
    expect(f.stderr()).toMatch(/cannot read missing\.txt: ENOENT/);
    expect(await runProfileImport({ input: 'empty.txt' }, f.io)).toBe(2);
    expect(f.stderr()).toMatch(/empty\.txt is empty/);
  });

  it('an empty standard input gets a hint about standard input, not about a file', async () => {
    const f = fakeIo({}, ' \n');
    expect(await runProfileImport({ input: '-' }, f.io)).toBe(2);
    expect(f.stderr()).toBe("error: standard input is empty.  hint: pipe or paste the posting's text into it.\n");
  });
});

describe('packet profile import, a posting with emoji', () => {
  it('takes the emoji out of the title, so that its own profile check passes (audit 12-06d #4; before: "title: 🚀 PhD position in Robot Learning 🤖", which profile check and validate refuse)', async () => {
    const dir = workspace({ 'posting.txt': '🚀 PhD position in Robot Learning 🤖\nDelft University of Technology\n\nApply by 15 March 2027 with a CV, a motivation letter and the names of two referees.\n' });
    expect((await cli(['profile', 'import', 'posting.txt', '-o', 'profile.yaml', '--today', '2026-12-01'], { cwd: dir })).code).toBe(0);
    const profile = readFileSync(join(dir, 'profile.yaml'), 'utf8');
    expect(profile).toMatch(/^title: PhD position in Robot Learning$/m);
    const check = await cli(['profile', 'check', 'profile.yaml'], { cwd: dir });
    expect(check.stdout).toMatch(/^profile\.yaml: valid profile "PhD position in Robot Learning" with /);
    expect(check.code).toBe(0);
  });
});

describe('packet profile import --today', () => {
  it('gives a date written without a year the next such date on or after --today (before: no --today option)', async () => {
    const dir = workspace({ 'posting.txt': 'Doctoral researcher\n\nSend a CV and a cover letter. The deadline is 15 January.\n' });
    // The test clock says 1 November 2025.
    const plain = await cli(['profile', 'import', 'posting.txt'], { cwd: dir });
    expect(plain.code).toBe(0);
    expect(parse(plain.stdout).deadline).toBe('2026-01-15');
    const later = await cli(['profile', 'import', 'posting.txt', '--today', '2026-12-05'], { cwd: dir });
    expect(later.code).toBe(0);
    expect(parse(later.stdout).deadline).toBe('2027-01-15');
    expect(later.stderr).toContain('assumed 2027');
    const bad = await cli(['profile', 'import', 'posting.txt', '--today', '2026-13-05'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"2026-13-05" is not a date');
  });
});

describe('packet profile import: files that are not a posting in UTF-8', () => {
  it('a PDF, an image or binary data: one line saying what it is and how to get the text, exit 2, nothing written (before: a profile of noise, exit 0)', async () => {
    const dir = workspace({ 'posting.pdf': await makePdf({ pages: 1 }), 'noise.bin': Uint8Array.from({ length: 2048 }, (_, i) => (i * 31 + 7) % 256) });
    const pdf = await cli(['profile', 'import', 'posting.pdf', '-o', 'profile.yaml'], { cwd: dir });
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toBe("error: posting.pdf is a PDF, not a text or HTML file.  hint: Open it, copy the posting's text into a plain-text file (.txt), and import that; or save the web page as HTML.\n");
    expect(pdf.stdout).toBe('');
    const noise = await cli(['profile', 'import', '-'], { cwd: dir, stdin: readFileSync(join(dir, 'noise.bin')) });
    expect(noise.code).toBe(2);
    expect(noise.stderr).toMatch(/^error: standard input is not text \(it holds binary data\)\. {2}hint: /);
    expect(readdirSync(dir).sort()).toEqual(['noise.bin', 'posting.pdf']);
  });

  it('a posting saved as Latin-1 or UTF-16 keeps its accented letters; Latin-1 gets a note (before: "Z\uFFFDrich")', async () => {
    const text = 'Doktorand (m/w/d) an der Universität Zürich\n\nBitte senden Sie: Lebenslauf, Motivationsschreiben (max. 2 Seiten).\n';
    const latin1 = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const dir = workspace({ 'latin1.txt': latin1, 'utf16.txt': utf16 });
    const a = await cli(['profile', 'import', 'latin1.txt'], { cwd: dir });
    expect(a.code).toBe(0);
    expect(a.stderr.split('\n')[0]).toBe('note: latin1.txt is not UTF-8; it was read as Windows-1252 (Western European). Check accented letters in the profile.');
    expect(a.stdout).toContain('Universität Zürich');
    const b = await cli(['profile', 'import', 'utf16.txt'], { cwd: dir });
    expect(b.code).toBe(0);
    expect(b.stderr).not.toContain('note:');
    expect(b.stdout).toBe(a.stdout);
  });

  it('-o naming the posting itself is refused, also with --force, and the posting is unchanged (before: overwritten)', async () => {
    const posting = 'Doctoral researcher. Send a CV and a cover letter.\n';
    const dir = workspace({ 'posting.txt': posting });
    for (const extra of [[], ['--force']]) {
      const r = await cli(['profile', 'import', 'posting.txt', '-o', './posting.txt', ...extra], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        'error build.write-failed  Cannot write posting.txt: it is the posting being imported, which the profile would overwrite.  hint: Give the profile a path of its own (-o profile.yaml); nothing was written.\n',
      );
    }
    expect(readFileSync(join(dir, 'posting.txt'), 'utf8')).toBe(posting);
  });

  it('-o naming a folder says it is a folder, with or without --force (before: "already exists, pass --force")', async () => {
    const dir = workspace({ 'posting.txt': 'Doctoral researcher. Send a CV and a cover letter.\n', 'out/keep.txt': 'x' });
    for (const extra of [[], ['--force']]) {
      const r = await cli(['profile', 'import', 'posting.txt', '-o', 'out', ...extra], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('error build.write-failed  Cannot write out: it is a folder.  hint: Give the path of a file, not of a folder.\n');
    }
  });
});
