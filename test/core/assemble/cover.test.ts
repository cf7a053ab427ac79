/**
 * What the cover shows and hides (issue #16, part 6): absent optional items left off on request, a short note,
 * letters named after their referee (also when given as bare files), the applicant's ORCID iD as a link and
 * their address. Packets are built with `packet build` and read back with pdf.js.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOrcid } from '../../../src/core/validate/values.js';
import { refereeOfLetter, letterTitles } from '../../../src/core/plan/letters.js';
import { makePdf } from '../../helpers/make-pdf.js';
import { flattenOutline, readPdf } from '../../helpers/read-pdf.js';
import { cli, workspace } from '../../helpers/workspace.js';

const PROFILE = `id: cover-test
title: Postdoctoral Researcher
organization: Test University
deadline: 2026-11-14
submission: { format: single-pdf }
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - { id: referees, kind: references, title: Referees, accepts: [referee] }
  - { id: letters, kind: references, title: Recommendation letters, accepts: [letter], max: 3 }
  - { id: portfolio, kind: portfolio, title: Portfolio, stage: optional, accepts: [link] }
  - { id: diplomas, kind: diplomas, title: Diplomas, stage: later, accepts: [file] }
`;

const OPTIONS_NOTE = 'Shortlisting interviews: any weekday after 1 December.';

async function build(manifestTail: string, applicant = 'name: Áša Ní Bhriain, email: asa@examples.fi'): Promise<{ code: number; out: string; text: string; bytes?: Uint8Array }> {
  const dir = workspace({
    'profile.yaml': PROFILE,
    'cv.pdf': await makePdf({ pages: 1, text: 'Curriculum vitae' }),
    'letters/letter-korhonen.pdf': await makePdf({ pages: 1, text: 'Letter of Korhonen' }),
    'letters/ODEGARD_final_v3.pdf': await makePdf({ pages: 2, text: 'Letter of Odegard' }),
    'letters/scan-0042.pdf': await makePdf({ pages: 1, text: 'A third letter' }),
    'manifest.yaml': `profile: profile.yaml
applicant: { ${applicant} }
items:
  cv: cv.pdf
  referees:
    - { name: Prof. Mikko Korhonen, email: mikko@example.fi, affiliation: Tampere University }
    - { name: Dr. Åsa Ødegård, email: asa.odegard@example.no }
  letters: [letters/letter-korhonen.pdf, letters/ODEGARD_final_v3.pdf, letters/scan-0042.pdf]
  diplomas: { later: After shortlisting. }
${manifestTail}`,
  });
  const out = join(dir, 'packet.pdf');
  const r = await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-11-01', '-o', out]);
  return { code: r.code, out: r.stdout + r.stderr, text: r.stdout, ...(r.code === 0 ? { bytes: new Uint8Array(readFileSync(out)) } : {}) };
}

describe('the cover', () => {
  it('by default lists absent optional items and names bare letters after their referee, in contents and bookmarks', async () => {
    const r = await build('');
    expect(r.code, r.out).toBe(0);
    const pdf = await readPdf(r.bytes!);
    const cover = pdf.pages[0]!.text;
    expect(cover).toContain('Portfolio');
    expect(cover).toContain('optional, not included');
    expect(cover).toContain('Letter from Prof. Mikko Korhonen');
    expect(cover).toContain('Letter from Dr. Åsa Ødegård');
    expect(cover).toContain('Letter 1');
    expect(cover).not.toMatch(/letter-korhonen|ODEGARD_final|scan-0042/);
    const titles = flattenOutline(pdf.outline).map((o) => o.title);
    expect(titles).toEqual(expect.arrayContaining(['Letter from Prof. Mikko Korhonen', 'Letter from Dr. Åsa Ødegård', 'Letter 1']));
    expect(titles.join(' ')).not.toMatch(/\.pdf/);
  });

  it('cover: { show_absent: false, note } hides optional items not sent, keeps items to come later, prints the note', async () => {
    const r = await build(`options: { cover: { show_absent: false, note: "${OPTIONS_NOTE}" } }\n`);
    expect(r.code, r.out).toBe(0);
    const cover = (await readPdf(r.bytes!)).pages[0]!.text;
    expect(cover).not.toContain('Portfolio');
    expect(cover).not.toContain('optional, not included');
    expect(cover).toContain('Diplomas');
    expect(cover).toContain('to be sent later: After shortlisting.');
    expect(cover).toContain(OPTIONS_NOTE);
  });

  it('a conditional item not given says whom the posting asks for it, on the cover and in the report, not "optional" (audit 12-05f #8; before: "optional, not included")', async () => {
    const dir = workspace({
      'profile.yaml': `id: cond-test
title: Doctoral Researcher
organization: Test University
deadline: 2026-11-14
submission: { format: single-pdf }
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - { id: lang, kind: language_certificate, title: English language certificate, accepts: [file], condition: non-native speakers of English }
  - { id: portfolio, kind: portfolio, title: Portfolio, stage: optional, accepts: [link] }
`,
      'cv.pdf': await makePdf({ pages: 1, text: 'Curriculum vitae' }),
      'manifest.yaml': 'profile: profile.yaml\napplicant: { name: Aino Virtanen, email: aino@examples.fi }\nitems:\n  cv: cv.pdf\n',
    });
    const out = join(dir, 'packet.pdf');
    const r = await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-11-01', '-o', out]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const cover = (await readPdf(new Uint8Array(readFileSync(out)))).pages[0]!.text;
    expect(cover).toMatch(/English language certificate\s+not included: needed only for non-native speakers of English\s+Portfolio\s+optional, not included/);
    const report = await cli(['report', join(dir, 'manifest.yaml'), '--today', '2025-11-01']);
    expect(report.stdout).toContain('  conditional  English language certificate  not included: needed only for non-native speakers of English\n');
    // `show_absent: false` leaves it off, with the optional items.
    writeFileSync(join(dir, 'manifest.yaml'), 'profile: profile.yaml\napplicant: { name: Aino Virtanen, email: aino@examples.fi }\noptions: { cover: { show_absent: false } }\nitems:\n  cv: cv.pdf\n');
    expect((await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-11-01', '-o', out])).code).toBe(0);
    expect((await readPdf(new Uint8Array(readFileSync(out)))).pages[0]!.text).not.toMatch(/English language certificate|Portfolio/);
  });

  it('cover: { note } is typeset from its Markdown, its link clickable; a link to your own computer is text.link-invalid at the note (audit 12-05f #9; before: markup printed, Ready)', async () => {
    const r = await build('options: { cover: { note: "Portfolio at [my site](https://aino.fi/portfolio), **online**." } }\n');
    expect(r.code, r.out).toBe(0);
    const cover = (await readPdf(r.bytes!)).pages[0]!;
    expect(cover.text.replace(/\s+/g, ' ')).toContain('Portfolio at my site , online .');
    expect(cover.text).not.toContain('](');
    expect(cover.links.map((l) => l.url)).toContain('https://aino.fi/portfolio');
    const local = await build('options: { cover: { note: "Portfolio at [my site](http://localhost:3000)." } }\n');
    expect(local.code).toBe(1);
    expect(local.out).toMatch(/manifest\.yaml:10:27 error text\.link-invalid {2}The cover note links to "http:\/\/localhost:3000": it points at your own computer or local network, which a reviewer cannot reach\./);
  });

  it('cover: false and --no-cover still leave the cover out', async () => {
    const r = await build('options: { cover: false }\n');
    expect(r.code, r.out).toBe(0);
    const pdf = await readPdf(r.bytes!);
    expect(pdf.pageLabels?.[0]).not.toBe('Cover');
  });

  it('shows the ORCID iD as a link to orcid.org, and the address line by line', async () => {
    const r = await build('', 'name: Áša Ní Bhriain, email: asa@examples.fi, orcid: "https://orcid.org/0000-0002-1694-233x", address: "Department of Physics\\nUniversity Road, Galway"');
    expect(r.code, r.out).toBe(0);
    const cover = (await readPdf(r.bytes!)).pages[0]!;
    expect(cover.text).toContain('ORCID https://orcid.org/0000-0002-1694-233X');
    expect(cover.text).toContain('Department of Physics');
    expect(cover.text).toContain('University Road, Galway');
    expect(cover.links.map((l) => l.url)).toContain('https://orcid.org/0000-0002-1694-233X');
  });

  it('refuses a malformed ORCID iD and a mistyped one, at its line', async () => {
    const bad = await build('', 'name: Áša Ní Bhriain, orcid: 0000-0002-1825-009');
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/manifest\.yaml:2:\d+ error applicant\.orcid {2}Your ORCID iD "0000-0002-1825-009" is not in the form 0000-0000-0000-000X\./);
    const typo = await build('', 'name: Áša Ní Bhriain, orcid: 0000-0002-1825-0096');
    expect(typo.out).toMatch(/error applicant\.orcid {2}Your ORCID iD "0000-0002-1825-0096" is not a valid iD: its last character does not match/);
  });

  it('refuses a note over 300 characters, and a cover value of the wrong kind, in plain words', async () => {
    const long = await build(`options: { cover: { note: "${'word '.repeat(70)}" } }\n`);
    expect(long.code).toBe(1);
    expect(long.out).toMatch(/error manifest\.invalid {2}`options\.cover\.note` has 350 characters; at most 300 fit\. {2}hint: Shorten it to 300 characters or fewer\./);
    const wrong = await build('options: { cover: yes }\n');
    expect(wrong.out).toMatch(/error manifest\.invalid {2}`options\.cover` should be true or false, or a block of `key: value` lines, not "yes"\./);
    const typo = await build('options: { cover: { show_absnt: false } }\n');
    expect(typo.out).toMatch(/error manifest\.unknown-key {2}Unknown key `show_absnt` in `options\.cover`\. {2}hint: Did you mean `show_absent`\?/);
  });
});

describe('checkOrcid', () => {
  it.each([
    ['0000-0002-1825-0097', '0000-0002-1825-0097'],
    ['https://orcid.org/0000-0002-1694-233x', '0000-0002-1694-233X'],
    ['orcid.org/0000000151093700', '0000-0001-5109-3700'],
  ])('%s is %s', (given, id) => {
    expect(checkOrcid(given)).toEqual({ id });
  });
  it('tells a wrong form from a mistyped digit', () => {
    expect(checkOrcid('0000-0002-1825-009')).toEqual({ problem: 'form' });
    expect(checkOrcid('0000-0002-1825-0096')).toEqual({ problem: 'checksum' });
  });
});

describe('letters given as files', () => {
  it('are matched to the referee whose family name the file name holds, only when one does', () => {
    const referees = ['Prof. Mikko Korhonen', 'Dr. Åsa Ødegård', 'Dr. Anna Korhonen-Smith'];
    expect(refereeOfLetter('docs/ODEGARD_final_v3.pdf', referees)).toBe('Dr. Åsa Ødegård');
    expect(refereeOfLetter('docs/letter-korhonen.pdf', referees)).toBe('Prof. Mikko Korhonen');
    expect(refereeOfLetter('docs/letter.pdf', referees)).toBeUndefined();
    expect(letterTitles(['a.pdf'], referees, 'Letters')).toEqual(['Letters']);
  });

  it('a referee who has a letter is not credited with a second; the others are numbered among themselves (before: two "Letter from Prof. Mikko Korhonen", then "Letter 2" without a Letter 1)', () => {
    const referees = ['Prof. Mikko Korhonen', 'Dr. Åsa Ødegård'];
    const refs = ['docs/letter-korhonen-2.pdf', 'docs/letter-smith.pdf', 'docs/odegard.pdf', 'docs/odegard-copy.pdf'];
    expect(letterTitles(refs, referees, 'Letters', ['Prof. Mikko Korhonen'])).toEqual(['Letter 1', 'Letter 2', 'Letter from Dr. Åsa Ødegård', 'Letter 3']);
  });
});
