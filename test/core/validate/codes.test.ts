/**
 * One test per diagnostic code, each on a fixture named for what it shows, asserting the code, the place
 * (file:line:col) and the wording a user reads.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, rgb, StandardFonts, type PDFPage } from '@cantoo/pdf-lib';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkManifest } from '../../../src/app/check.js';
import type { Diagnostic } from '../../../src/core/diagnostics.js';
import { formatDiagnostic } from '../../../src/core/report/diagnostic-line.js';
import { makeReport } from '../../../src/core/report/model.js';
import { addOcrLayer, makePdf, makePng } from '../../helpers/make-pdf.js';
import { cli, TEST_BIO, TEST_MANIFEST, TEST_PROFILE, workspace } from '../../helpers/workspace.js';

const BASE = TEST_MANIFEST;
const A4: [number, number] = [595.28, 841.89];

let cv: Uint8Array;
let plan3: Uint8Array;
let plan7: Uint8Array;
beforeAll(async () => {
  cv = await makePdf({ pages: 2 });
  plan3 = await makePdf({ pages: 3 });
  plan7 = await makePdf({ pages: 7 });
});

async function run(manifest: string, extra: Record<string, string | Uint8Array> = {}, today = '2025-10-01') {
  const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': cv, 'plan.pdf': plan3, ...extra, 'manifest.yaml': manifest });
  const check = await checkManifest(join(dir, 'manifest.yaml'), { today });
  return check;
}

/** `line:col code` for each diagnostic, the way a test reads best. */
function where(diags: Diagnostic[]): string[] {
  return diags.map((d) => `${d.line}:${d.col} ${d.severity} ${d.code}`);
}

function only(diags: Diagnostic[], code: string): Diagnostic {
  const found = diags.filter((d) => d.code === code);
  expect(found, `expected exactly one ${code} in ${JSON.stringify(where(diags))}`).toHaveLength(1);
  return found[0]!;
}

describe('a clean manifest', () => {
  it('has no diagnostics and every required item ok', async () => {
    const check = await run(BASE);
    expect(where(check.diagnostics)).toEqual([]);
    const statuses = Object.fromEntries(check.result!.items.map((i) => [i.id, i.status]));
    expect(statuses).toEqual({ cv: 'ok', bio: 'ok', research_plan: 'ok', thesis: 'ok', references: 'ok', diplomas: 'later', portfolio: 'optional' });
    expect(check.result!.items.find((i) => i.id === 'cv')!.pages).toBe(2);
  });
});

describe('diagnostic codes', () => {
  it('yaml.encoding: a manifest saved as Latin-1 or UTF-16 is read that way, with a warning (before: "\uFFFDsa" on the referees page)', async () => {
    const text = BASE.replace('Ida Aho', 'Åsa Ødegård');
    const latin1 = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    for (const [bytes, name] of [[latin1, 'Windows-1252 (Latin-1)'], [utf16, 'UTF-16']] as const) {
      const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': cv, 'plan.pdf': plan3, 'manifest.yaml': bytes });
      const check = await checkManifest(join(dir, 'manifest.yaml'), { today: '2025-10-01' });
      const d = only(check.diagnostics, 'yaml.encoding');
      expect(where([d])).toEqual(['1:1 warning yaml.encoding']);
      expect(d.message).toBe(`${join(dir, 'manifest.yaml')} is saved as ${name}, not UTF-8; it was read that way.`);
      expect(check.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
      const refs = check.manifest!.items.find((i) => i.id === 'references')!.entries;
      expect(refs.map((e) => (e.form === 'referee' ? e.name : ''))).toEqual(['Åsa Ødegård', 'Ari Oja']);
    }
  });

  it('yaml.line-endings: a manifest saved with a carriage return alone ending each line (classic Mac OS) is read line by line, with a warning (audit 12-06g; before: "nested mappings are not allowed in compact mappings" at 1:10)', async () => {
    const mac = await run(BASE.replace(/\n/g, '\r'));
    expect(mac.diagnostics.map((d) => formatDiagnostic(d).replaceAll(mac.manifestFile, 'manifest.yaml'))).toEqual([
      'manifest.yaml:1:24 warning yaml.line-endings  manifest.yaml has lines that end in a carriage return alone (CR, as old Mac editors save text), not a line feed; it was read with them as line breaks.  hint: Save it with Unix (LF) or Windows (CRLF) line endings (in your editor: the line-ending setting, then Save), the endings YAML files are read with everywhere.',
    ]);
    expect(mac.manifest!.items.find((i) => i.id === 'references')!.entries).toHaveLength(2);
    // One stray CR among LF lines is said at its line; CRLF is a line ending like any other.
    expect(where((await run(BASE.replace('Tiina Perho, email: test@examples.fi }\n', 'Tiina Perho, email: test@examples.fi }\r'))).diagnostics)).toEqual(['2:58 warning yaml.line-endings']);
    expect(where((await run(BASE.replace(/\n/g, '\r\n'))).diagnostics)).toEqual([]);
  });

  it('yaml.syntax: an unclosed quote, at its line', async () => {
    const check = await run(BASE.replace('bio: { text: "A short bio for the test, long enough to read like a real one." }', 'bio: { text: "A short bio for the test, long enough to read like a real one. }'));
    // At the quote that opens, not where the parser gave up (5:81, the end of the line).
    expect(check.diagnostics.map((d) => formatDiagnostic(d).replace(check.manifestFile, 'manifest.yaml'))).toEqual([
      'manifest.yaml:5:16 error yaml.syntax  This double quote is never closed: the rest of the line was read as part of its text.  hint: Close the quote with " where the value ends, or remove it.',
    ]);
    // What the error swallowed is "not read", not "missing" (before: 4 items missing, and "Cannot tell what this entry is").
    expect(check.result!.items.filter((i) => i.status !== 'ok').map((i) => `${i.id} ${i.status}`)).toEqual(['research_plan unread', 'thesis unread', 'references unread', 'diplomas later', 'portfolio optional']);
    const report = makeReport({ manifest: 'manifest.yaml', profile: check.profile!, result: check.result!, diagnostics: check.diagnostics, strict: false });
    expect(report.verdict).toBe('Not ready: 3 items not read past the YAML error on line 5 (Research plan, MSc thesis, References), 1 mistake in the manifest');
  });

  it('yaml.syntax: a quote left open points at the quote, even when the parser notices it lines later', async () => {
    // In a block value the parser stops at the line's end: what follows is read, and checked.
    const block = await run(BASE.replace('research_plan: plan.pdf', 'research_plan: "plan.pdf').replace('cv: cv.pdf', 'cv: cv2.pdf'));
    expect(where(block.diagnostics)).toEqual(['4:7 error file.not-found', '6:18 error yaml.syntax']);
    expect(block.result!.items.filter((i) => i.status === 'unread')).toEqual([]);
    // A quote opened at the end of the text swallows to its end; the message says how far.
    const end = await run(`${BASE}  portfolio: { link: "https://examples.fi/p }\n# end\n`);
    expect(where(end.diagnostics)).toEqual(['11:22 error yaml.syntax']);
    expect(end.diagnostics[0]!.message).toBe('This double quote is never closed: the lines after it, to line 13, were read as part of its text.');
  });

  it('yaml.syntax: a value starting with * (Markdown emphasis, say) is an alias with no anchor, at its line (before: "expands too many aliases" at 1:1)', async () => {
    const check = await run(BASE.replace('research_plan: plan.pdf', 'research_plan: { file: plan.pdf, title: *Draft* }'));
    expect(check.diagnostics.map((d) => formatDiagnostic(d).replace(check.manifestFile, 'manifest.yaml'))).toEqual([
      'manifest.yaml:6:43 error yaml.syntax  A value starting with * is read as a YAML alias (a repeat of a value marked &Draft*), and there is no such value.  hint: Put the value in quotes: "*Draft* ...".',
    ]);
  });

  it('a `<<: *base` merge key copies the anchored map\'s keys (before: "Unknown key `<<`", not ready)', async () => {
    const list = '    - &uni { name: Ida Aho, email: one@examples.fi, affiliation: Test University }\n    - <<: *uni\n      name: Ari Oja\n      email: two@examples.fi\n';
    const check = await run(BASE.replace(/ {2}references:\n[\s\S]*$/, `  references:\n${list}`));
    expect(where(check.diagnostics)).toEqual([]);
    const refs = check.manifest!.items.find((i) => i.id === 'references')!.entries;
    expect(refs.map((e) => ('name' in e ? `${e.name}, ${e.affiliation}` : e.form))).toEqual(['Ida Aho, Test University', 'Ari Oja, Test University']);
  });

  it('yaml.syntax: a merge key given no map says so at the `<<` (before: "expands too many aliases" at 1:1)', async () => {
    const lines = async (refs: string) => {
      const check = await run(BASE.replace(/ {2}references:\n[\s\S]*$/, `  references:\n${refs}`));
      return check.diagnostics.map((d) => formatDiagnostic(d).replace(check.manifestFile, 'manifest.yaml'));
    };
    expect(await lines('    - { name: Ida Aho, email: one@examples.fi }\n    - <<: *uni\n      name: Ari Oja\n')).toEqual([
      'manifest.yaml:10:7 error yaml.syntax  `<<: *uni` copies the keys of a map marked &uni, and there is no such map.  hint: Mark the map to copy with &uni, or write its keys out here.',
    ]);
    expect(await lines('    - { name: &n Ida Aho, email: one@examples.fi }\n    - <<: *n\n      name: Ari Oja\n')).toEqual([
      'manifest.yaml:10:7 error yaml.syntax  `<<:` copies the keys of a map marked with &name, and what follows it here is not such a map.  hint: Write `<<: *name`, where &name marks a map of keys, or write the keys out here.',
    ]);
  });

  it('yaml.syntax: a non-breaking space or a full-width colon after a key is named (before: "implicit keys need to be on a single line", and CV and bio "missing")', async () => {
    const nbsp = await run(BASE.replace('  cv: cv.pdf', '  cv:\u00a0cv.pdf'));
    expect(nbsp.diagnostics.map((d) => `${d.line}:${d.col} ${d.code}  ${d.message}`)).toEqual(['4:6 yaml.syntax  Line 4 has a non-breaking space where YAML needs an ordinary space, so it cannot be read.']);
    expect(nbsp.result?.items.filter((i) => i.status === 'missing')).toEqual([]);
    const colon = await run(BASE.replace('  cv: cv.pdf', '  cv\uff1a cv.pdf'));
    expect(colon.diagnostics.map((d) => `${d.line}:${d.col} ${d.code}  ${d.message}  ${d.hint}`)).toEqual(['4:5 yaml.syntax  Line 4 has a full-width colon (：) where YAML needs an ordinary colon (:), so it cannot be read.  Type an ordinary colon (:) there instead.']);
  });

  it('yaml.syntax: a key given twice', async () => {
    const check = await run(BASE.replace('  research_plan: plan.pdf\n', '  research_plan: plan.pdf\n  cv: cv.pdf\n'));
    const d = only(check.diagnostics, 'yaml.syntax');
    expect(d.message).toBe('This key appears twice in the same block.');
    expect(d.line).toBe(7);
    expect(d.hint).toBe('Keep one of the two entries: until then, packet reads this one, the last.');
    // What is said of the value read (the last) is said at its line, not at the first's (audit 12-06g #8; before: 4:7).
    const last = await run(BASE.replace('  research_plan: plan.pdf\n', '  research_plan: plan.pdf\n  cv: gone.pdf\n'));
    expect(last.diagnostics.map((x) => `${x.line}:${x.col} ${x.code}  ${x.message}`)).toEqual(['7:3 yaml.syntax  This key appears twice in the same block.', '7:7 file.not-found  gone.pdf does not exist.']);
  });

  it('yaml.syntax: a second document after a `---` line, in words a user knows', async () => {
    const check = await run(`${BASE}---\nprofile: ./profile.yaml\n`);
    const d = only(check.diagnostics, 'yaml.syntax');
    expect(where([d])).toEqual(['11:1 error yaml.syntax']);
    expect(d.message).toBe('A second YAML document starts here (after a `---` line); the file must hold one.');
  });

  it('yaml.syntax: an alias bomb ends in a clear error', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const check = await run(`${bomb.join('\n')}\n${BASE}`);
    expect(only(check.diagnostics, 'yaml.syntax').message).toMatch(/too many aliases/);
  });

  it('manifest.unknown-key: a mistyped key, at the key, with a suggestion', async () => {
    const check = await run(BASE.replace('email: test@examples.fi', 'emial: test@examples.fi'));
    const d = only(check.diagnostics, 'manifest.unknown-key');
    expect(where([d])).toEqual(['2:33 error manifest.unknown-key']);
    expect(d.message).toBe('Unknown key `emial` in `applicant`.');
    expect(d.hint).toBe('Did you mean `email`?');
  });

  it('manifest.invalid: a missing applicant name points at `applicant`', async () => {
    const check = await run(BASE.replace('name: Tiina Perho, ', ''));
    const d = only(check.diagnostics, 'manifest.invalid');
    expect(where([d])).toEqual(['2:1 error manifest.invalid']);
    expect(d.message).toBe('`applicant.name` is missing.');
  });

  it('manifest.invalid: a name or a referee detail of spaces only is empty (it would print as nothing)', async () => {
    const check = await run(BASE.replace('name: Tiina Perho', 'name: "  "').replace('name: Ari Oja, ', 'name: Ari Oja, relation: " ", '));
    const invalid = check.diagnostics.filter((d) => d.code === 'manifest.invalid');
    expect(where(invalid)).toEqual(['2:20 error manifest.invalid', '10:34 error manifest.invalid']);
    expect(invalid.map((d) => d.message)).toEqual(['`applicant.name` is empty.', '`relation` of the referee Ari Oja is empty.']);
  });

  it('manifest.invalid: a `title:` of spaces only is empty, not a blank bookmark (before: Ready) (audit 12-05c 7)', async () => {
    const check = await run(BASE.replace('cv: cv.pdf', 'cv: { file: cv.pdf, title: "   " }'));
    expect(check.diagnostics.map((d) => `${where([d])[0]} ${d.message}  ${d.hint}`)).toEqual([
      "4:30 error manifest.invalid `items.cv.title` is empty.  Write the title, or remove `title:` to use the posting's.",
    ]);
  });

  it('manifest.invalid: control and invisible characters in your name, a referee\'s details or a title, named by code point (before: Ready, dropped on the cover, kept in the PDF\'s Title and Author) (audit 12-05c 7)', async () => {
    const name = await run(BASE.replace('name: Tiina Perho', 'name: "Tiina\\u0007Perho\\u202E"'));
    expect(name.diagnostics.map((d) => `${where([d])[0]} ${d.message}  ${d.hint}`)).toEqual([
      '2:20 error manifest.invalid Your name "Tiina<U+0007>Perho<U+202E>" holds characters no one can see (U+0007, U+202E RIGHT-TO-LEFT OVERRIDE): the cover and the page stamps would leave them out, the PDF\'s title and author would keep them.  Retype it by hand: what cannot be seen came with it when it was copied.',
    ]);
    const referee = await run(BASE.replace('{ name: Ari Oja, email: two@examples.fi }', '{ name: "Ari\\u200bOja", email: two@examples.fi, affiliation: "Aalto\\u001bUniversity" }'));
    expect(referee.diagnostics.map((d) => `${where([d])[0]} ${d.message}`)).toEqual([
      '10:15 error manifest.invalid The referee\'s name "Ari<U+200B>Oja" holds a character no one can see (U+200B ZERO WIDTH SPACE): the referees page would leave it out.',
      '10:68 error manifest.invalid The affiliation of the referee Ari<U+200B>Oja "Aalto<U+001B>University" holds a character no one can see (U+001B): the referees page would leave it out.',
    ]);
    const title = await run(BASE.replace('cv: cv.pdf', 'cv: { file: cv.pdf, title: "Curriculum\\u00advitae" }'));
    expect(where(title.diagnostics)).toEqual(['4:30 error manifest.invalid']);
    // A Persian name keeps its zero-width non-joiner, and a byte-order mark at either end is trimmed, as the packet trims the name.
    expect(where((await run(BASE.replace('name: Ari Oja', 'name: "\u0645\u0647\u062f\u06cc\u200c\u0632\u0627\u062f\u0647"'))).diagnostics)).toEqual([]);
    expect(where((await run(BASE.replace('name: Tiina Perho', 'name: "\\uFEFFTiina Perho"'))).diagnostics)).toEqual([]);
  });

  it('manifest.invalid: a line break or tab inside your name, a referee\'s details or a title, as a bell is (audit 12-05j #7; before: Ready, the break kept in the PDF\'s Title, Author and bookmarks)', async () => {
    const said = async (from: string, to: string) => {
      const check = await run(BASE.replace(from, to));
      return check.diagnostics.map((d) => formatDiagnostic(d).replace(check.manifestFile, 'manifest.yaml'));
    };
    expect(await said('name: Tiina Perho', 'name: "Tiina\\nPerho"')).toEqual([
      'manifest.yaml:2:20 error manifest.invalid  Your name "Tiina Perho" holds a line break after "Tiina": the cover and the page stamps would leave it out, the PDF\'s title and author would keep it.  hint: Write it on one line: take out the line break (or "\\n") after "Tiina".',
    ]);
    expect(await said('cv: cv.pdf', 'cv: { file: cv.pdf, title: "BSc transcript\\r\\n(Tampere University)" }')).toEqual([
      'manifest.yaml:4:30 error manifest.invalid  The title "BSc transcript (Tampere University)" holds a line break after "transcript": the contents would leave it out, the bookmark would keep it.  hint: Write it on one line: take out the line break (or "\\n") after "transcript".',
    ]);
    expect(await said('{ name: Ari Oja, email: two@examples.fi }', '{ name: "Ari\\tOja", email: two@examples.fi }')).toEqual([
      'manifest.yaml:10:15 error manifest.invalid  The referee\'s name "Ari Oja" holds a tab after "Ari": the referees page would leave it out.  hint: Write it on one line: take out the tab (or "\\t") after "Ari".',
    ]);
    // A name written as a block keeps its line break only at the end, which the packet trims.
    expect(await said('applicant: { name: Tiina Perho, email: test@examples.fi }', 'applicant:\n  name: |\n    Tiina Perho\n  email: test@examples.fi')).toEqual([]);
  });

  it('manifest.invalid: an entry that is neither file, text, link nor referee', async () => {
    const check = await run(BASE.replace('cv: cv.pdf', 'cv: { pdf: cv.pdf }'));
    const d = only(check.diagnostics, 'manifest.invalid');
    expect(where([d])).toEqual(['4:9 error manifest.invalid']);
    expect(d.hint).toMatch(/`file:`, `text:`, `link:`/);
  });

  it('manifest.too-large: thousands of items end in one clear error', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => `  extra_${i}: x.pdf`).join('\n');
    const check = await run(`${BASE}${many}\n`);
    expect(where(check.diagnostics)).toEqual(['3:1 error manifest.too-large']);
  });

  it('profile.not-found: names the built-ins', async () => {
    const check = await run(BASE.replace('./profile.yaml', 'aalto-doctoral'));
    const d = only(check.diagnostics, 'profile.not-found');
    expect(where([d])).toEqual(['1:10 error profile.not-found']);
    expect(d.hint).toContain('`aalto-tml-doctoral-2025`');
  });

  it('profile.not-profile: a PDF or a posting\'s text named as the profile (before: "neither a built-in profile nor a file", next to the file)', async () => {
    const pdf = await run(BASE.replace('./profile.yaml', 'cv.pdf'));
    expect(pdf.diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      `${pdf.manifestFile}:1:10 error profile.not-profile  cv.pdf is a PDF, not a profile.  hint: \`profile:\` takes one of \`aalto-tml-doctoral-2025\`, \`eu-postdoc-ml\` or \`us-tenure-track-cs\` (see \`packet profiles\`) or a profile file (.yaml); \`packet profile import posting.txt\` makes one from a posting's text.`,
    ]);
    const posting = await run(BASE.replace('./profile.yaml', 'posting.txt'), { 'posting.txt': 'Doctoral researcher. Send a CV and a research plan.\n' });
    const d = only(posting.diagnostics, 'profile.not-profile');
    expect([d.message, d.hint]).toEqual([
      "posting.txt is a posting's text, not a profile.",
      'Make a profile from it: `packet profile import posting.txt -o profile.yaml`, read it through, then write `profile: ./profile.yaml`.',
    ]);
    // A profile file without .yaml is read as one.
    const bare = await run(BASE.replace('./profile.yaml', 'my-profile'), { 'my-profile': TEST_PROFILE });
    expect(where(bare.diagnostics)).toEqual([]);
  });

  it('file.not-found: a link, a referee or a list written where a path goes is named for what it looks like', async () => {
    const check = await run(BASE.replace('thesis: { link: "https://examples.fi/thesis.pdf" }', 'thesis: https://trepo.tuni.fi/handle/10024/123456').replace('research_plan: plan.pdf', 'research_plan: plan.pdf, cv.pdf').replace('    - { name: Ari Oja, email: two@examples.fi }', '    - Prof. Ari Oja, two@examples.fi'));
    expect(check.diagnostics.filter((d) => d.code === 'file.not-found').map((d) => `${d.line}:${d.col} ${d.message} | ${d.hint}`)).toEqual([
      '6:18 "plan.pdf, cv.pdf" is taken as a file name, and there is no such file: it looks like several file names. | Write several files as a list: `[a.pdf, b.pdf]`, or one `- ` line each.',
      '7:11 "https://trepo.tuni.fi/handle/10024/123456" is taken as a file name, and there is no such file: it looks like a web address. | Write a link as `{ link: https://... }`.',
      '10:7 "Prof. Ari Oja, two@examples.fi" is taken as a file name, and there is no such file: it looks like a referee\'s name and email. | Write a referee as `{ name: ..., email: ... }`, one per `- ` line.',
    ]);
  });

  it('text.link-invalid, text.link-mismatch: a text\'s clickable links held to the rules of a link entry (before: Ready, localhost clickable)', async () => {
    const bio = '{ text: "I build [my site](http://192.168.1.5/cv), see <http://localhost:8080/thesis>, [https://trepo.tuni.fi/thesis.pdf](https://evil.example.com/x) and [my thesis](https://trepo.tuni.fi/handle/1)." }';
    const check = await run(BASE.replace(/bio: \{ text: "[^"]*" \}/, `bio: ${bio}`));
    expect(check.diagnostics.filter((d) => d.code.startsWith('text.link')).map((d) => `${d.line}:${d.col} ${d.severity} ${d.code}  ${d.message}`)).toEqual([
      '5:16 error text.link-invalid  The text of Short bio links to "http://192.168.1.5/cv": it points at your own computer or local network, which a reviewer cannot reach.',
      '5:16 error text.link-invalid  The text of Short bio links to "http://localhost:8080/thesis": it points at your own computer or local network, which a reviewer cannot reach.',
      '5:16 warning text.link-mismatch  The text of Short bio shows "https://trepo.tuni.fi/thesis.pdf" as a link, but it opens https://evil.example.com/x: a reviewer who clicks goes somewhere else than the words say.',
    ]);
  });

  it('text.link-mismatch: words in full-width letters are read as the letters they show, and a Handle over its repository\'s DSpace 7 page is its page (before: the look-alike passed, the honest Handle warned)', async () => {
    const bio = '{ text: "See [ｔｕｎｉ．ｆｉ](https://evil.net/), [ｔｕｎｉ．ｆｉ](https://www.tuni.fi/en), [hdl.handle.net/10138/12345](https://helda.helsinki.fi/items/0b6a1f3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b) and [hdl.handle.net/10138/12345](https://helda.helsinki.fi.evil.net/items/0b6a)." }';
    const check = await run(BASE.replace(/bio: \{ text: "[^"]*" \}/, `bio: ${bio}`));
    expect(check.diagnostics.filter((d) => d.code === 'text.link-mismatch').map((d) => `${d.line}:${d.col} ${d.severity} ${d.message}`)).toEqual([
      '5:16 warning The text of Short bio shows "ｔｕｎｉ．ｆｉ" as a link, but it opens https://evil.net/: a reviewer who clicks goes somewhere else than the words say.',
      '5:16 warning The text of Short bio shows "hdl.handle.net/10138/12345" as a link, but it opens https://helda.helsinki.fi.evil.net/items/0b6a: a reviewer who clicks goes somewhere else than the words say.',
    ]);
  });

  it('text.link-mismatch: words that are a whole address, a DOI or an arXiv id, opening another page of the same site, and a link item titled with another address (audit 12-06h #4; before: Ready)', async () => {
    const bio = '{ text: "See [https://arxiv.org/abs/2401.00001](https://arxiv.org/abs/2401.99999), [github.com/mgonzalez/certify](https://github.com/mallory/certify), [doi.org/10.1000/182](https://doi.org/10.1000/183) and [arXiv:2401.00002](https://arxiv.org/pdf/2401.00003)." }';
    const thesis = '{ link: "https://examples.fi/thesis.pdf", title: "https://github.com/aino/thesis" }';
    const check = await run(BASE.replace(/bio: \{ text: "[^"]*" \}/, `bio: ${bio}`).replace(/thesis: \{ link: "[^"]*" \}/, `thesis: ${thesis}`));
    expect(check.diagnostics.filter((d) => d.code === 'text.link-mismatch').map((d) => formatDiagnostic(d).replace(check.manifestFile, 'manifest.yaml'))).toEqual([
      'manifest.yaml:5:16 warning text.link-mismatch  The text of Short bio shows "https://arxiv.org/abs/2401.00001" as a link, but it opens https://arxiv.org/abs/2401.99999: a reviewer who clicks goes somewhere else than the words say.  hint: Make the words and the address the same, e.g. [https://trepo.tuni.fi/...](https://trepo.tuni.fi/...), or write words that are not an address.',
      'manifest.yaml:5:16 warning text.link-mismatch  The text of Short bio shows "github.com/mgonzalez/certify" as a link, but it opens https://github.com/mallory/certify: a reviewer who clicks goes somewhere else than the words say.  hint: Make the words and the address the same, e.g. [https://trepo.tuni.fi/...](https://trepo.tuni.fi/...), or write words that are not an address.',
      'manifest.yaml:5:16 warning text.link-mismatch  The text of Short bio shows "doi.org/10.1000/182" as a link, but it opens https://doi.org/10.1000/183: a reviewer who clicks goes somewhere else than the words say.  hint: Make the link open the identifier\'s own address, [doi.org/10.1000/182](https://doi.org/10.1000/182), or write words that are not an address.',
      'manifest.yaml:5:16 warning text.link-mismatch  The text of Short bio shows "arXiv:2401.00002" as a link, but it opens https://arxiv.org/pdf/2401.00003: a reviewer who clicks goes somewhere else than the words say.  hint: Make the link open the identifier\'s own address, [arXiv:2401.00002](https://arxiv.org/abs/2401.00002), or write words that are not an address.',
      'manifest.yaml:7:60 warning text.link-mismatch  The title of MSc thesis, "https://github.com/aino/thesis", is a web address, but its link opens https://examples.fi/thesis.pdf: the link page prints "https://github.com/aino/thesis" as its heading, above the address a reviewer clicks.  hint: Make the title the address of the link, or a title in words, e.g. `title: MSc thesis`.',
    ]);
    // A title at a name kept for examples is a placeholder, as such a link is.
    const evil = await run(BASE.replace(/thesis: \{ link: "[^"]*" \}/, 'thesis: { link: "https://examples.fi/thesis.pdf", title: "https://evil.example.net/x" }'));
    expect(evil.diagnostics.map((d) => `${d.line}:${d.col} ${d.severity} ${d.code}  ${d.message}`)).toEqual([
      '7:60 error manifest.placeholder  "https://evil.example.net/x" is at example.net, a name kept for examples: no page is there for a reviewer to open.',
      '7:60 warning text.link-mismatch  The title of MSc thesis, "https://evil.example.net/x", is a web address, but its link opens https://examples.fi/thesis.pdf: the link page prints "https://evil.example.net/x" as its heading, above the address a reviewer clicks.',
    ]);
    // Words that are only the site, or in words, and the same address written another way, are fine.
    const fine = '{ text: "See [github.com](https://github.com/mgonzalez/certify), [my GitHub](https://github.com/mgonzalez), [http://www.GitHub.com/mgonzalez/certify/](https://github.com/mgonzalez/certify), [doi:10.1000/182](https://doi.org/10.1000/182) and [arXiv:2401.00001](https://arxiv.org/abs/2401.00001v2)." }';
    const same = '{ link: "https://examples.fi/thesis.pdf", title: "examples.fi/thesis.pdf/" }';
    expect(where((await run(BASE.replace(/bio: \{ text: "[^"]*" \}/, `bio: ${fine}`).replace(/thesis: \{ link: "[^"]*" \}/, `thesis: ${same}`))).diagnostics.filter((d) => d.code.startsWith('text.link')))).toEqual([]);
  });

  it('text.link-mismatch: words that are a DOI, arXiv id or Handle without a host, over another site (audit 12-07a #5; before: Ready)', async () => {
    const bio = '{ text: "See [DOI 10.1145/3372297.3417880](https://evil-site.net/paper), [arXiv:2401.01234](https://evil-site.net/a) and [hdl:10138/12345](https://evil-site.net/h)." }';
    const check = await run(BASE.replace(/bio: \{ text: "[^"]*" \}/, `bio: ${bio}`));
    expect(check.diagnostics.filter((d) => d.code === 'text.link-mismatch').map((d) => formatDiagnostic(d).replace(check.manifestFile, 'manifest.yaml').replace(/ {2}hint: .*/u, ''))).toEqual([
      'manifest.yaml:5:16 warning text.link-mismatch  The text of Short bio shows "DOI 10.1145/3372297.3417880" as a link, but it opens https://evil-site.net/paper: a reviewer who clicks goes somewhere else than the words say.',
      'manifest.yaml:5:16 warning text.link-mismatch  The text of Short bio shows "arXiv:2401.01234" as a link, but it opens https://evil-site.net/a: a reviewer who clicks goes somewhere else than the words say.',
      'manifest.yaml:5:16 warning text.link-mismatch  The text of Short bio shows "hdl:10138/12345" as a link, but it opens https://evil-site.net/h: a reviewer who clicks goes somewhere else than the words say.',
    ]);
    // The publisher's page of the DOI, arXiv's own, the repository's page of the Handle: the same pages.
    const fine = '{ text: "See [DOI 10.1145/3372297.3417880](https://dl.acm.org/doi/10.1145/3372297.3417880), [arXiv:2401.01234](https://arxiv.org/abs/2401.01234v2) and [hdl:10138/12345](https://helda.helsinki.fi/handle/10138/12345)." }';
    expect(where((await run(BASE.replace(/bio: \{ text: "[^"]*" \}/, `bio: ${fine}`))).diagnostics.filter((d) => d.code.startsWith('text.link')))).toEqual([]);
  });

  it("text.link-mismatch: a DOI over its publisher's own landing page, which need not carry it, is that DOI's page (re-verify 12-07a sweep; before: a warning that failed --strict)", async () => {
    const fine =
      '{ text: "See [doi.org/10.48550/arXiv.2401.01234](https://arxiv.org/abs/2401.01234), [doi:10.1016/j.artint.2023.103456](https://www.sciencedirect.com/science/article/pii/S0004370223001234), [DOI 10.1109/TPAMI.2023.3275156](https://ieeexplore.ieee.org/document/10124345) and [https://doi.org/10.1145/3372297.3417880](https://dl.acm.org/doi/10.1145/3372297.3417880)." }';
    expect(where((await run(BASE.replace(/bio: \{ text: "[^"]*" \}/, `bio: ${fine}`))).diagnostics.filter((d) => d.code.startsWith('text.link')))).toEqual([]);
    // A look-alike of the publisher's site, another publisher's or any other site still warns.
    const bio =
      '{ text: "See [doi:10.1016/j.artint.2023.103456](https://www.sciencedirect.com.evil.io/pii/S0004370223001234), [doi.org/10.1109/TPAMI.2023.3275156](https://evilieee.org/document/10124345), [DOI 10.1109/TPAMI.2023.3275156](https://www.sciencedirect.com/science/article/pii/S0004370223001234) and [doi:10.1000/182](https://ieeexplore.ieee.org/document/10124345)." }';
    const check = await run(BASE.replace(/bio: \{ text: "[^"]*" \}/, `bio: ${bio}`));
    expect(check.diagnostics.filter((d) => d.code === 'text.link-mismatch').map((d) => formatDiagnostic(d).replace(check.manifestFile, 'manifest.yaml').replace(/ {2}hint: .*/u, ''))).toEqual([
      'manifest.yaml:5:16 warning text.link-mismatch  The text of Short bio shows "doi:10.1016/j.artint.2023.103456" as a link, but it opens https://www.sciencedirect.com.evil.io/pii/S0004370223001234: a reviewer who clicks goes somewhere else than the words say.',
      'manifest.yaml:5:16 warning text.link-mismatch  The text of Short bio shows "doi.org/10.1109/TPAMI.2023.3275156" as a link, but it opens https://evilieee.org/document/10124345: a reviewer who clicks goes somewhere else than the words say.',
      'manifest.yaml:5:16 warning text.link-mismatch  The text of Short bio shows "DOI 10.1109/TPAMI.2023.3275156" as a link, but it opens https://www.sciencedirect.com/science/article/pii/S0004370223001234: a reviewer who clicks goes somewhere else than the words say.',
      'manifest.yaml:5:16 warning text.link-mismatch  The text of Short bio shows "doi:10.1000/182" as a link, but it opens https://ieeexplore.ieee.org/document/10124345: a reviewer who clicks goes somewhere else than the words say.',
    ]);
  });

  it('text.link-invalid, text.link-mismatch, manifest.placeholder: a text\'s mail links held to the rules of a referee\'s email, its links and addresses to the names kept for examples (before: Ready, every one clickable)', async () => {
    const bio = '{ text: "Write to [mikko.korhonen@tuni.fi](mailto:someone.else@gmail.com), <mikko@example.org>, [her](mailto:aino@localhost), [me](mailto:aino..virtanen@tuni.fi), [zw](mailto:aino\\u200b@tuni.fi) or mikko@example.org; the thesis is at [the repository](https://example.com/thesis.pdf)." }';
    const check = await run(BASE.replace(/bio: \{ text: "[^"]*" \}/, `bio: ${bio}`));
    expect(check.diagnostics.filter((d) => d.code !== 'limit.words').map((d) => formatDiagnostic(d).replace(check.manifestFile, 'manifest.yaml'))).toEqual([
      'manifest.yaml:5:16 error manifest.placeholder  The text of Short bio links to "mikko@example.org", at example.org, a name kept for examples: mail to it reaches no one.  hint: Write the real email address.',
      'manifest.yaml:5:16 error text.link-invalid  The text of Short bio links to "mailto:aino@localhost": "aino@localhost" is not a valid email address, so mail to it would not arrive.  hint: Write the whole address after mailto:, e.g. [aino.virtanen@helsinki.fi](mailto:aino.virtanen@helsinki.fi).',
      'manifest.yaml:5:16 error text.link-invalid  The text of Short bio links to "mailto:aino..virtanen@tuni.fi": "aino..virtanen@tuni.fi" is not a valid email address, so mail to it would not arrive.  hint: Write the whole address after mailto:, e.g. [aino.virtanen@helsinki.fi](mailto:aino.virtanen@helsinki.fi).',
      'manifest.yaml:5:16 error text.link-invalid  The text of Short bio links to "mailto:aino%E2%80%8B@tuni.fi": "aino<U+200B>@tuni.fi" contains an invisible character (U+200B ZERO WIDTH SPACE), so mail to it would not arrive.  hint: Retype the address by hand: the invisible character came with it when it was copied.',
      'manifest.yaml:5:16 error manifest.placeholder  The text of Short bio links to "https://example.com/thesis.pdf", at example.com, a name kept for examples: no page is there for a reviewer to open.  hint: Write the real address of the page.',
      'manifest.yaml:5:16 warning text.link-mismatch  The text of Short bio shows "mikko.korhonen@tuni.fi" as a link, but it writes to someone.else@gmail.com: mail from a reviewer who clicks goes to someone else than the words say.  hint: Make the words and the address the same, e.g. [mikko.korhonen@tuni.fi](mailto:mikko.korhonen@tuni.fi), or write words that are not an address.',
    ]);
    // Real addresses, written any of the ways, and words that are the address they write to, are fine.
    const fine = '{ text: "To hear more about my work, write to [Mikko.Korhonen@tuni.fi](mailto:mikko.korhonen@tuni.fi?subject=Aino), <mikko.korhonen@tuni.fi>, [me](mailto:aino.virtanen@helsinki.fi) or aino@examples.fi." }';
    expect(where((await run(BASE.replace(/bio: \{ text: "[^"]*" \}/, `bio: ${fine}`))).diagnostics)).toEqual([]);
  });

  it('file.not-found: a Windows path or a path in curly quotes suggests the file meant (before: "Check the spelling")', async () => {
    const check = await run(BASE.replace('cv: cv.pdf', 'cv: docs\\cv.pdf').replace('research_plan: plan.pdf', 'research_plan: “plan.pdf”'), { 'docs/cv.pdf': cv });
    expect(check.diagnostics.filter((d) => d.code === 'file.not-found').map((d) => d.hint)).toEqual([
      "Did you mean docs/cv.pdf? (Paths are relative to the manifest's folder.)",
      "Did you mean plan.pdf? (Paths are relative to the manifest's folder.)",
    ]);
  });

  it('item.missing: a required item absent, located at `items`', async () => {
    const check = await run(BASE.replace('  cv: cv.pdf\n', ''));
    const d = only(check.diagnostics, 'item.missing');
    expect(where([d])).toEqual(['3:1 error item.missing']);
    expect(d.message).toBe('CV is missing: the posting asks for it.');
    expect(check.result!.items[0]!.status).toBe('missing');
  });

  it('item.unknown: an id the posting does not have, with a suggestion', async () => {
    const check = await run(BASE.replace('  cv: cv.pdf\n', '  cv: cv.pdf\n  reserch_plan: plan.pdf\n'));
    const d = only(check.diagnostics, 'item.unknown');
    expect(where([d])).toEqual(['5:3 error item.unknown']);
    expect(d.hint).toBe('Did you mean `research_plan`?');
  });

  it('item.form: a file where only a link is accepted', async () => {
    const check = await run(`${BASE}  portfolio: cv.pdf\n`);
    const d = only(check.diagnostics, 'item.form');
    expect(where([d])).toEqual(['11:14 error item.form']);
    expect(d.message).toBe('Portfolio does not accept a file.');
  });

  it('item.count: one referee where two are asked for', async () => {
    const check = await run(BASE.replace('    - { name: Ari Oja, email: two@examples.fi }\n', ''));
    const d = only(check.diagnostics, 'item.count');
    expect(where([d])).toEqual(['9:5 error item.count']);
    expect(d.message).toBe('References has 1 referee; the posting asks for 2 to 3.');
  });

  it('referee.name-email: an address written as the name is an error, beside the name a warning (audit 12-06g note; before, Ready with the address printed as the person)', async () => {
    const said = (d: Diagnostic) => `${d.line}:${d.col} ${d.severity} ${d.code}  ${d.message}`;
    const only = await run(BASE.replace('    - { name: Ari Oja, email: two@examples.fi }\n', '    - { name: two@examples.fi, email: two@examples.fi }\n'));
    expect(only.diagnostics.map(said)).toEqual(["10:15 error referee.name-email  The referee's name is an email address, two@examples.fi: the referees page would print it where their name goes."]);
    const beside = await run(BASE.replace('    - { name: Ari Oja, email: two@examples.fi }\n', '    - { name: "Ari Oja <two@examples.fi>", email: two@examples.fi }\n'));
    expect(beside.diagnostics.map(said)).toEqual(['10:15 warning referee.name-email  The referee\'s name "Ari Oja <two@examples.fi>" holds an email address, two@examples.fi: the referees page prints it as part of their name.']);
  });

  it('file.typed-text: a CV with text typed onto its page (FreeText) is an info, not "comments" to delete, and the built packet keeps the text box as shown (audit 12-06i #9; before: warning file.comments, hint: delete them)', async () => {
    const doc = await PDFDocument.load(cv);
    const appearance = doc.context.register(doc.context.stream('BT /Helv 11 Tf 5 20 Td (Aino Virtanen, Tampere) Tj ET', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 300, 40] }));
    doc.getPage(0).node.set(PDFName.of('Annots'), doc.context.obj([doc.context.obj({ Type: 'Annot', Subtype: 'FreeText', Rect: [60, 700, 360, 740], Contents: PDFString.of('Aino Virtanen, Tampere'), DA: PDFString.of('/Helv 11 Tf 0 g'), AP: { N: appearance } })]));
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': await doc.save(), 'plan.pdf': plan3, 'manifest.yaml': BASE });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([
      0,
      "manifest.yaml:4:7 info file.typed-text  cv.pdf has text typed onto its pages (1 text box, as Preview's Text tool or Fill & Sign writes it); the packet keeps it, shown on the page as in your viewer.  hint: Nothing to do if it is the document's own words (a letter typed onto letterhead, a filled-in form): do not delete it as a comment, which deletes those words. Only a box that is a note to you should go: delete that box alone and save.\n\nReady to submit (1 item to send later)\n",
    ]);
    const b = await cli(['build', 'manifest.yaml', '--today', '2025-10-01', '-q', '-o', 'out.pdf'], { cwd: dir });
    expect(b.code).toBe(0);
    const built = await PDFDocument.load(readFileSync(join(dir, 'out.pdf')));
    const typed = built.getPages().flatMap((page) => {
      const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
      return annots ? annots.asArray().map((a) => built.context.lookup(a, PDFDict)).filter((a) => a.get(PDFName.of('Subtype')) === PDFName.of('FreeText')) : [];
    });
    expect(typed.map((a) => a.lookup(PDFName.of('Contents'), PDFString).decodeText())).toEqual(['Aino Virtanen, Tampere']);
  });

  it('name.markup: a referee\'s or your name written in Markdown or with a web address is an error with the name as it should be written, as `packet validate` prints it (audit 12-06i #5; before: Ready, "[Prof. Mikko Korhonen](https://...)" printed on the referees page and the bookmarks)', async () => {
    const manifest = BASE.replace('name: Tiina Perho', 'name: "_Tiina Perho_"')
      .replace('{ name: Ida Aho, email: one@examples.fi }', '{ name: "[Prof. Ida Aho](https://examples.fi/people/ida-aho)", email: one@examples.fi }')
      .replace('{ name: Ari Oja, email: two@examples.fi }', '{ name: "**Dr. Ari Oja**", email: two@examples.fi }');
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': cv, 'plan.pdf': plan3, 'manifest.yaml': manifest });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        'manifest.yaml:2:20 error name.markup  Your name "_Tiina Perho_" holds Markdown emphasis: names are printed as typed, not as Markdown, so the cover, the page stamps and the PDF\'s title would show the underscores as part of your name.  hint: Write the name alone, as it should be printed: `name: Tiina Perho`.',
        'manifest.yaml:9:15 error name.markup  The referee\'s name "[Prof. Ida Aho](https://examples.fi/people/ida-aho)" holds a Markdown link: names are printed as typed, not as Markdown, so the referees page, the contents and the bookmarks would show the brackets and the address as part of their name.  hint: Write the name alone, as it should be printed: `name: Prof. Ida Aho`.',
        'manifest.yaml:10:15 error name.markup  The referee\'s name "**Dr. Ari Oja**" holds Markdown emphasis: names are printed as typed, not as Markdown, so the referees page, the contents and the bookmarks would show the asterisks as part of their name.  hint: Write the name alone, as it should be printed: `name: Dr. Ari Oja`.',
        '',
        'Not ready: 3 names to correct',
        '',
      ].join('\n'),
    );
  });

  it('name.markup: backticks and a bare web address are said too; names with an apostrophe, a hyphen, "Jr.", a lone asterisk or an underscore inside stay quiet', async () => {
    const said = (d: Diagnostic) => `${d.line}:${d.col} ${d.severity} ${d.code}  ${d.message}  hint: ${d.hint}`;
    const ref = (name: string) => run(BASE.replace('{ name: Ari Oja, email: two@examples.fi }', `{ name: "${name}", email: two@examples.fi }`));
    expect((await ref('`Ari Oja`')).diagnostics.map(said)).toEqual([
      '10:15 error name.markup  The referee\'s name "`Ari Oja`" holds backticks: names are printed as typed, not as Markdown, so the referees page, the contents and the bookmarks would show the backticks as part of their name.  hint: Write the name alone, as it should be printed: `name: Ari Oja`.',
    ]);
    expect((await ref('https://examples.fi/people/ari-oja')).diagnostics.map(said)).toEqual([
      '10:15 error name.markup  The referee\'s name "https://examples.fi/people/ari-oja" holds a web address: names are printed as typed, not as Markdown, so the referees page, the contents and the bookmarks would show the address as part of their name.  hint: Write the referee\'s name alone under `name:` (e.g. Prof. Mikko Korhonen), without a web address.',
    ]);
    for (const name of ["Dr. Seán O'Brien", 'Anna Smith-Jones, Jr.', 'Anna_Maria Smith', 'Ari Oja*', 'Prof. Ari Oja (Aalto)']) {
      expect((await ref(name)).diagnostics.filter((d) => d.code === 'name.markup'), name).toEqual([]);
    }
  });

  it('name.markup: Markdown in a referee\'s affiliation, position, relation or phone, your phone or address, an entry\'s title or a later note is an error naming the field (audit 12-06i #5 leftover; before: Ready, printed raw)', async () => {
    const said = (d: Diagnostic) => `${d.line}:${d.col} ${d.code}  ${d.message}  hint: ${d.hint}`;
    const manifest = BASE.replace('applicant: { name: Tiina Perho, email: test@examples.fi }', 'applicant: { name: Tiina Perho, email: test@examples.fi, phone: "`+358 40 123 4567`", address: "**Main St 1**" }')
      .replace('research_plan: plan.pdf', 'research_plan: { file: plan.pdf, title: "Plan (_final_)" }')
      .replace('{ name: Ida Aho, email: one@examples.fi }', '{ name: Ida Aho, email: one@examples.fi, affiliation: "[Tampere University](https://tuni.fi)", position: "**Professor**" }')
      .replace('{ name: Ari Oja, email: two@examples.fi }', '{ name: Ari Oja, email: two@examples.fi, relation: "_Supervisor_", phone: "`+358 9 123 4567`" }')
      .replace('items:\n', 'options: { cover: true }\nitems:\n  diplomas: { later: "after the **defence**" }\n');
    const check = await run(manifest);
    expect(check.diagnostics.filter((d) => d.code === 'name.markup').map(said)).toEqual([
      '2:65 name.markup  Your phone, "`+358 40 123 4567`", holds backticks: it is printed as typed, not as Markdown, so the cover would show the backticks as part of it.  hint: Write it as it should be printed: `phone: +358 40 123 4567`.',
      '2:96 name.markup  Your address, "**Main St 1**", holds Markdown emphasis: it is printed as typed, not as Markdown, so the cover would show the asterisks as part of it.  hint: Write it as it should be printed: `address: Main St 1`.',
      '5:22 name.markup  The note on "diplomas" to send later, "after the **defence**", holds Markdown emphasis: it is printed as typed, not as Markdown, so the cover would show the asterisks as part of it.  hint: Write it as it should be printed: `later: after the defence`.',
      '8:43 name.markup  The title "Plan (_final_)" in Research plan holds Markdown emphasis: it is printed as typed, not as Markdown, so the contents and the bookmarks would show the underscores as part of it.  hint: Write it as it should be printed: `title: Plan (final)`.',
      '11:61 name.markup  The affiliation of the referee Ida Aho, "[Tampere University](https://tuni.fi)", holds a Markdown link: it is printed as typed, not as Markdown, so the referees page would show the brackets and the address as part of it.  hint: Write it as it should be printed: `affiliation: Tampere University`.',
      '11:112 name.markup  The position of the referee Ida Aho, "**Professor**", holds Markdown emphasis: it is printed as typed, not as Markdown, so the referees page would show the asterisks as part of it.  hint: Write it as it should be printed: `position: Professor`.',
      '12:58 name.markup  The relation of the referee Ari Oja, "_Supervisor_", holds Markdown emphasis: it is printed as typed, not as Markdown, so the referees page would show the underscores as part of it.  hint: Write it as it should be printed: `relation: Supervisor`.',
      '12:81 name.markup  The phone of the referee Ari Oja, "`+358 9 123 4567`", holds backticks: it is printed as typed, not as Markdown, so the referees page would show the backticks as part of it.  hint: Write it as it should be printed: `phone: +358 9 123 4567`.',
    ]);
    expect(makeReport({ manifest: 'manifest.yaml', profile: check.profile!, result: check.result!, diagnostics: check.diagnostics, strict: false }).verdict).toBe('Not ready: 8 details to correct');
    // Ordinary punctuation and a site named in free text are no markup.
    const plain = BASE.replace('{ name: Ida Aho, email: one@examples.fi }', '{ name: Ida Aho, email: one@examples.fi, affiliation: "R&D Dept. of X (Y), www.tuni.fi", position: "C++ lead", relation: "O\'Brien lab_member" }')
      .replace('research_plan: plan.pdf', 'research_plan: { file: plan.pdf, title: "Plan * 2 (R&D)" }');
    expect((await run(plain)).diagnostics.filter((d) => d.code === 'name.markup')).toEqual([]);
  });

  it('item.count: a referee written with a mistake of its own is blamed once, at the mistake (audit 12-06g note; before, also "has 1 referee")', async () => {
    const check = await run(BASE.replace('    - { name: Ari Oja, email: two@examples.fi }\n', '    - { name: Ari Oja, email: two@examples.fi, phone: 12 }\n'));
    expect(where(check.diagnostics)).toEqual(['10:55 error manifest.invalid']);
    // Two written, one of them wrong, where three at least are asked for: still too few, said.
    const three = await run(BASE.replace('    - { name: Ari Oja, email: two@examples.fi }\n', '    - { name: Ari Oja, email: two@examples.fi, phone: 12 }\n'), { 'profile.yaml': TEST_PROFILE.replace(/min: 2/, 'min: 3') });
    expect(where(three.diagnostics)).toEqual(['9:5 error item.count', '10:55 error manifest.invalid']);
  });

  it('item.count: a referee plus that referee\'s own letter given as a bare file is one person (before: two references, Ready)', async () => {
    const check = await run(BASE.replace('    - { name: Ari Oja, email: two@examples.fi }\n', '    - letter-aho.pdf\n'), { 'letter-aho.pdf': plan7 });
    const d = only(check.diagnostics, 'item.count');
    expect(formatDiagnostic(d).replace(check.manifestFile, 'manifest.yaml')).toBe(
      "manifest.yaml:9:5 error item.count  References has 1 referee; the posting asks for 2 to 3. letter-aho.pdf is the letter from Ida Aho, who is counted once.  hint: Add 1 referee (another person; a referee's own letter goes under their `letter:`).",
    );
    expect(makeReport({ manifest: 'manifest.yaml', profile: check.profile!, result: check.result!, diagnostics: check.diagnostics, strict: false }).verdict).toBe(
      'Not ready: 1 item with too few or too many entries (References)',
    );
    // A bare letter from someone not listed is a reference of its own, and two referees with one letter each are two.
    expect((await run(BASE.replace('    - { name: Ari Oja, email: two@examples.fi }\n', '    - letter-smith.pdf\n'), { 'letter-smith.pdf': plan7 })).diagnostics.filter((x) => x.code === 'item.count')).toEqual([]);
    expect((await run(`${BASE}    - letter-oja.pdf\n`, { 'letter-oja.pdf': plan7 })).diagnostics.filter((x) => x.code === 'item.count')).toEqual([]);
  });

  it('item.later: an item the posting asks for now, marked as coming later, is an error (the packet is incomplete)', async () => {
    const check = await run(BASE.replace('research_plan: plan.pdf', 'research_plan: { later: "after the interview" }'));
    const d = only(check.diagnostics, 'item.later');
    expect(where([d])).toEqual(['6:18 error item.later']);
    expect(d.message).toBe('Research plan is marked as coming later, but the posting asks for it now: the packet is incomplete without it.');
    expect(makeReport({ manifest: 'manifest.yaml', profile: check.profile!, result: check.result!, diagnostics: check.diagnostics, strict: false }).verdict).toBe(
      'Not ready: 1 item the posting asks for now marked as coming later (Research plan)',
    );
    expect(check.result!.items.find((i) => i.id === 'research_plan')!.status).toBe('later');
  });

  it('file.not-found: a path starting with ~ or a Windows drive gets a hint about that, and no limit.unchecked beside it', async () => {
    const home = await run(BASE.replace('bio: { text: "A short bio for the test, long enough to read like a real one." }', 'bio: "~/docs/bio.pdf"'));
    expect(home.diagnostics.map((d) => `${d.code} ${d.hint}`)).toEqual([
      "file.not-found A manifest's paths are not shell paths: `~` is not your home folder here. Write the path relative to the manifest's folder, or in full (/home/you/...).",
    ]);
    const drive = await run(BASE.replace('cv: cv.pdf', 'cv: "C:\\\\Users\\\\aino\\\\cv.pdf"'));
    expect(drive.diagnostics.map((d) => d.hint)).toEqual([
      "If the file is on another computer, copy it next to the manifest and write its path relative to the manifest's folder, with / between folders.",
    ]);
  });

  it('file.not-found: suggests the file with the closest name', async () => {
    const check = await run(BASE.replace('cv: cv.pdf', 'cv: cvv.pdf'));
    const d = only(check.diagnostics, 'file.not-found');
    expect(where([d])).toEqual(['4:7 error file.not-found']);
    expect(d.message).toBe('cvv.pdf does not exist.');
    expect(d.hint).toMatch(/^Did you mean cv\.pdf\?/);
  });

  it('file.not-found and profile.not-found: a path with a space before or after it is quoted as written and the space named (audit 12-06g #7; before: "cv.pdf does not exist. Did you mean cv.pdf?")', async () => {
    const said = async (from: string, to: string, extra: Record<string, string | Uint8Array> = {}) => {
      const check = await run(BASE.replace(from, to), extra);
      return check.diagnostics.map((d) => formatDiagnostic(d).replace(check.manifestFile, 'manifest.yaml'));
    };
    expect(await said('cv: cv.pdf', 'cv: " cv.pdf"')).toEqual([
      'manifest.yaml:4:7 error file.not-found  " cv.pdf" starts with a space, so there is no such file.  hint: Remove the space: cv.pdf is there. (Paths are relative to the manifest\'s folder.)',
    ]);
    expect(await said('cv: cv.pdf', 'cv: { file: "docs/cv.pdf\\u00a0" }', { 'docs/cv.pdf': cv })).toEqual([
      'manifest.yaml:4:15 error file.not-found  "docs/cv.pdf\u00a0" ends with a space, so there is no such file.  hint: Remove the space: docs/cv.pdf is there. (Paths are relative to the manifest\'s folder.)',
    ]);
    // No file by the name without the space either: said as the space, and the closest name offered.
    expect(await said('cv: cv.pdf', 'cv: " cvv.pdf "')).toEqual([
      'manifest.yaml:4:7 error file.not-found  " cvv.pdf " starts and ends with a space, so there is no such file.  hint: Did you mean cv.pdf? (Paths are relative to the manifest\'s folder.)',
    ]);
    expect(await said('profile: ./profile.yaml', 'profile: " ./profile.yaml"')).toEqual([
      'manifest.yaml:1:10 error profile.not-found  No profile " ./profile.yaml": it starts with a space.  hint: Remove the space: `profile: ./profile.yaml`.',
    ]);
  });

  it('file.not-found: a name without an extension is printed as written, not capitalised ("cv", not "Cv")', async () => {
    const check = await run(BASE.replace('cv: cv.pdf', 'cv: cv'));
    const d = only(check.diagnostics, 'file.not-found');
    expect(d.message).toBe('cv does not exist.');
    expect(formatDiagnostic(d)).toMatch(/manifest\.yaml:4:7 error file\.not-found {2}cv does not exist\. {2}hint: /);
  });

  it('file.empty', async () => {
    const check = await run(BASE, { 'cv.pdf': new Uint8Array() });
    expect(where([only(check.diagnostics, 'file.empty')])).toEqual(['4:7 error file.empty']);
  });

  it('file.not-pdf: judged by content, not by the name', async () => {
    const check = await run(BASE, { 'cv.pdf': '<!DOCTYPE html><html><body>Login</body></html>' });
    const d = only(check.diagnostics, 'file.not-pdf');
    expect(d.message).toBe('cv.pdf is an HTML page, not a PDF.');
  });

  it('a PNG scan is accepted where files are, whatever its name (with a note on the misleading name)', async () => {
    const check = await run(BASE, { 'cv.pdf': makePng(300, 400) });
    // A 300 × 400 pixel test image is a thumbnail, too: said beside the misleading name.
    expect(where(check.diagnostics)).toEqual(['4:7 warning file.low-resolution', '4:7 info file.type-mismatch']);
  });

  it('file.low-resolution: a thumbnail-sized scan is a warning, an icon-sized one an error (before: a warning and Ready); the example\'s 620 × 877 scan (83 per inch on A4) is not', async () => {
    const check = await run(BASE.replace('cv: cv.pdf', 'cv: thumb.png'), { 'thumb.png': makePng(300, 424) });
    const d = only(check.diagnostics, 'file.low-resolution');
    expect(where([d])).toEqual(['4:7 warning file.low-resolution']);
    expect(d.message).toBe('thumb.png is only 300 × 424 pixels: on its A4 page that is 40 pixels per inch, too few to read its text.');
    for (const [w, h, dpi] of [[16, 16, 2], [60, 85, 8], [150, 212, 20]] as const) {
      const icon = await run(BASE.replace('cv: cv.pdf', 'cv: icon.png'), { 'icon.png': makePng(w, h) });
      const e = only(icon.diagnostics, 'file.low-resolution');
      expect(where([e])).toEqual(['4:7 error file.low-resolution']);
      expect(e.message).toBe(`icon.png is only ${w} × ${h} pixels: on its A4 page that is ${dpi} pixels per inch, an icon-sized picture in which a reviewer can read nothing.`);
    }
    const example = await run(BASE.replace('cv: cv.pdf', 'cv: scan.png'), { 'scan.png': makePng(620, 877) });
    expect(example.diagnostics.filter((x) => x.code === 'file.low-resolution')).toEqual([]);
  });

  /** A PNG of lines of dark text on white, `width` × `height` pixels (a screenshot of a document). */
  async function textImage(width: number, height: number): Promise<Uint8Array> {
    const sharp = (await import('sharp')).default;
    const lines = Array.from({ length: Math.floor(height / 20) }, (_, i) => `<text x="8" y="${16 + i * 20}" font-family="sans-serif" font-size="12" fill="#111">Line ${i + 1} of the letter, written out in full</text>`);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fff"/>${lines.join('')}</svg>`;
    return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
  }

  // The audit: a scrolling screenshot of a six-page letter (827 × 7020) was Ready under a 2-page cap, squeezed onto
  // one A4 page with its text about 1 pt high (12-05d #7).
  it('file.squeezed and limit.pages: an image many pages long is a warning, an error under a cap it exceeds, and counts under its item\'s cap as the pages it holds', async () => {
    const long = await textImage(200, 1700);
    const cvLong = await run(BASE.replace('cv: cv.pdf', 'cv: long.png'), { 'long.png': long });
    const squeezed = only(cvLong.diagnostics, 'file.squeezed');
    expect(formatDiagnostic(squeezed).replace(/^.*\/manifest/, 'manifest')).toBe(
      "manifest.yaml:4:7 warning file.squeezed  long.png is 200 × 1,700 pixels, as long as about 6 pages: fitted to one A4 page, it is shrunk to about 1/6 of the page's width, too small to read on paper.  hint: Give the document as a PDF (save or print it to PDF), or split the image into one image per page.",
    );
    const wide = await run(BASE.replace('cv: cv.pdf', 'cv: wide.png'), { 'wide.png': await textImage(1700, 200) });
    expect(only(wide.diagnostics, 'file.squeezed').message).toBe("wide.png is 1,700 × 200 pixels, as wide as about 6 pages side by side: fitted to one A4 page, it is shrunk to about 1/6 of the page's height, too small to read on paper.");
    // The research plan allows 5 pages: six pages' worth on one page is over it.
    const planLong = await run(BASE.replace('research_plan: plan.pdf', 'research_plan: long.png'), { 'long.png': long });
    expect(where(planLong.diagnostics.filter((d) => d.code.startsWith('limit.') || d.code === 'file.squeezed'))).toEqual(['6:18 error limit.pages']);
    expect(formatDiagnostic(only(planLong.diagnostics, 'limit.pages')).replace(/^.*\/manifest/, 'manifest')).toBe(
      'manifest.yaml:6:18 error limit.pages  long.png is one image as long as about 6 pages, squeezed onto one page; the posting allows 5.  hint: Shorten the document to 5 pages and give it as a PDF (save or print it to PDF), or as one image per page.',
    );
    // Three pages' worth and the 3-page plan: 4 pages printed, 6 counted.
    const both = await run(BASE.replace('research_plan: plan.pdf', 'research_plan: [long.png, plan.pdf]'), { 'long.png': await textImage(200, 800) });
    expect(where(both.diagnostics.filter((d) => d.code.startsWith('limit.') || d.code === 'file.squeezed'))).toEqual(['6:18 error limit.pages', '6:19 warning file.squeezed']);
    expect(only(both.diagnostics, 'limit.pages').message).toBe('Research plan has 6 pages, counting a long image as the pages it holds; the posting allows 5.');
  });

  it('file.squeezed is not said of a phone screenshot of one screen, a landscape photo or a page scan', async () => {
    for (const [width, height] of [[117, 253], [120, 90], [62, 88], [90, 120], [280, 100]] as const) {
      const check = await run(BASE.replace('cv: cv.pdf', 'cv: image.png'), { 'image.png': makePng(width, height) });
      expect(check.diagnostics.filter((d) => d.code === 'file.squeezed' || d.code === 'limit.pages')).toEqual([]);
    }
  });

  it('file.low-resolution: a PDF whose second page is a 256 × 362 scan stretched over A4, as `packet validate` prints it (before: Ready, no warning)', async () => {
    const doc = await PDFDocument.create();
    doc.addPage(A4).drawText('Transcript of records', { x: 60, y: 760, size: 14 });
    doc.addPage(A4).drawImage(await doc.embedPng(makePng(256, 362)), { x: 0, y: 0, width: A4[0], height: A4[1] });
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'scan.pdf': await doc.save(), 'plan.pdf': plan3, 'manifest.yaml': BASE.replace('cv: cv.pdf', 'cv: scan.pdf') });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'manifest.yaml:4:7 warning file.low-resolution  scan.pdf page 2 is a scan of 31 pixels per inch: printed or zoomed, its text comes out as a blur.  hint: Scan the document again at 150 to 300 dpi (in a phone scanning app, at its highest quality), or use the PDF it was issued as, not one made from a thumbnail or a screenshot.\n\nReady to submit (1 item to send later; check the warning: blurry scan in CV)\n',
    );
  });

  // The audit: a 16 × 16 picture given as a PNG was an error, the same pixels drawn over an A4 page of a PDF a
  // warning ("1 pixels per inch"), Ready and built (12-05j #3).
  it('file.low-resolution: a PDF page that is a 16 × 16 picture stretched over A4 is an error, as the PNG is: not Ready, not built (before: a warning, Ready)', async () => {
    const doc = await PDFDocument.create();
    doc.addPage(A4).drawImage(await doc.embedPng(makePng(16, 16)), { x: 0, y: 0, width: A4[0], height: A4[1] });
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'scan.pdf': await doc.save(), 'plan.pdf': plan3, 'manifest.yaml': BASE.replace('cv: cv.pdf', 'cv: scan.pdf') });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'manifest.yaml:4:7 error file.low-resolution  scan.pdf page 1 is a scan of 1 pixel per inch: an icon-sized picture stretched over the page, on which a reviewer can read nothing.  hint: Scan the document again at 150 to 300 dpi (in a phone scanning app, at its highest quality), or use the PDF it was issued as, not one made from a thumbnail or a screenshot.\n\nNot ready: 1 file that cannot be used\n',
    );
    const b = await cli(['build', 'manifest.yaml', '--today', '2025-10-01', '-q'], { cwd: dir });
    expect(b.code).toBe(1);
    expect(readdirSync(dir).filter((n) => n.endsWith('.pdf')).sort()).toEqual(['plan.pdf', 'scan.pdf']);
  });

  // Leftover of audit 12-05j: the OCR text layer every scanning app adds made the page a "text page", and a blur passed.
  it('file.low-resolution: a scanned page with an invisible OCR text layer is judged by its image, as without one (before: Ready, no word)', async () => {
    for (const [pixels, code, line] of [
      [[256, 362], 0, 'manifest.yaml:4:7 warning file.low-resolution  scan.pdf page 1 is a scan of 31 pixels per inch: printed or zoomed, its text comes out as a blur.'],
      [[16, 16], 1, 'manifest.yaml:4:7 error file.low-resolution  scan.pdf page 1 is a scan of 1 pixel per inch: an icon-sized picture stretched over the page, on which a reviewer can read nothing.'],
    ] as const) {
      const doc = await PDFDocument.create();
      const page = doc.addPage(A4);
      page.drawImage(await doc.embedPng(makePng(...pixels)), { x: 0, y: 0, width: A4[0], height: A4[1] });
      await addOcrLayer(doc, page, ['Transcript of records', 'Aino Virtanen, 123456']);
      const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'scan.pdf': await doc.save(), 'plan.pdf': plan3, 'manifest.yaml': BASE.replace('cv: cv.pdf', 'cv: scan.pdf') });
      const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
      expect(r.code).toBe(code);
      const hint = 'Scan the document again at 150 to 300 dpi (in a phone scanning app, at its highest quality), or use the PDF it was issued as, not one made from a thumbnail or a screenshot.';
      expect(r.stdout).toBe(`${line}  hint: ${hint}\n\n${code === 0 ? 'Ready to submit (1 item to send later; check the warning: blurry scan in CV)' : 'Not ready: 1 file that cannot be used'}\n`);
    }
  });

  it('file.low-resolution: a `pages:` selection that leaves out an icon-sized page is not refused for it; one that takes it is', async () => {
    const doc = await PDFDocument.create();
    doc.addPage(A4).drawImage(await doc.embedPng(makePng(16, 16)), { x: 0, y: 0, width: A4[0], height: A4[1] });
    doc.addPage(A4).drawText('Curriculum vitae', { x: 60, y: 760, size: 14 });
    doc.addPage(A4).drawImage(await doc.embedPng(makePng(256, 362)), { x: 0, y: 0, width: A4[0], height: A4[1] });
    const files = { 'scan.pdf': await doc.save() };
    const text = await run(BASE.replace('cv: cv.pdf', 'cv: { file: scan.pdf, pages: "2" }'), files);
    expect(where(text.diagnostics)).toEqual([]);
    const both = await run(BASE.replace('cv: cv.pdf', 'cv: { file: scan.pdf, pages: "1-3" }'), files);
    expect(both.diagnostics.filter((d) => d.code === 'file.low-resolution').map((d) => `${where([d])[0]} ${d.message}`)).toEqual([
      '4:15 error file.low-resolution scan.pdf page 1 is a scan of 1 pixel per inch: an icon-sized picture stretched over the page, on which a reviewer can read nothing.',
      '4:15 warning file.low-resolution scan.pdf page 3 is a scan of 31 pixels per inch: printed or zoomed, its text comes out as a blur.',
    ]);
    const blurred = await run(BASE.replace('cv: cv.pdf', 'cv: { file: scan.pdf, pages: "2-3" }'), files);
    expect(where(blurred.diagnostics)).toEqual(['4:15 warning file.low-resolution']);
  });

  it('file.low-resolution is not said of a PDF whose thumbnail is a blank sheet: file.blank says what matters', async () => {
    const sharp = (await import('sharp')).default;
    const white = await sharp({ create: { width: 60, height: 85, channels: 3, background: '#ffffff' } }).jpeg().toBuffer();
    const doc = await PDFDocument.create();
    doc.addPage(A4).drawImage(await doc.embedJpg(new Uint8Array(white)), { x: 0, y: 0, width: A4[0], height: A4[1] });
    const check = await run(BASE.replace('cv: cv.pdf', 'cv: scan.pdf'), { 'scan.pdf': await doc.save() });
    expect(where(check.diagnostics)).toEqual(['4:7 error file.blank']);
  });

  it('file.blank: an image of one flat colour, white or grey, PNG or JPEG (before: Ready, and an empty page in the packet)', async () => {
    const sharp = (await import('sharp')).default;
    const white = await sharp({ create: { width: 300, height: 400, channels: 3, background: '#ffffff' } }).jpeg().toBuffer();
    const clear = await sharp({ create: { width: 30, height: 40, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    for (const [name, bytes] of [['scan.png', makePng(40, 30, true)], ['scan.jpg', new Uint8Array(white)], ['clear.png', new Uint8Array(clear)]] as const) {
      const check = await run(BASE.replace('cv: cv.pdf', `cv: ${name}`), { [name]: bytes });
      const d = only(check.diagnostics, 'file.blank');
      expect(where([d])).toEqual(['4:7 error file.blank']);
      expect(d.message).toBe(`${name} is blank: the image is one flat colour, with nothing on it.`);
    }
    // A scan with anything on it is content.
    const text = await sharp({ create: { width: 300, height: 400, channels: 3, background: '#ffffff' } })
      .composite([{ input: Buffer.from('<svg width="300" height="400"><text x="20" y="50" font-size="24">Transcript</text></svg>'), top: 0, left: 0 }])
      .jpeg()
      .toBuffer();
    // (These 300 × 400 test images are small enough for file.low-resolution, which is not what this test is about.)
    const aside = (diags: Diagnostic[]) => where(diags.filter((x) => x.code !== 'file.low-resolution'));
    expect(aside((await run(BASE.replace('cv: cv.pdf', 'cv: page.jpg'), { 'page.jpg': new Uint8Array(text) })).diagnostics)).toEqual([]);
    // Text at 1/255 opacity, or five opaque pixels on a transparent page, shows nothing; the same text opaque does.
    const textOn = (alpha: (x: number, y: number) => number) => {
      const px = Buffer.alloc(300 * 400 * 4);
      for (let y = 0; y < 400; y++) for (let x = 0; x < 300; x++) px[(y * 300 + x) * 4 + 3] = alpha(x, y);
      return sharp(px, { raw: { width: 300, height: 400, channels: 4 } }).png().toBuffer();
    };
    const lines = (x: number, y: number) => y % 20 < 3 && x > 20 && x < 280;
    for (const [name, png] of [['faint.png', await textOn((x, y) => (lines(x, y) ? 1 : 0))], ['specks.png', await textOn((x, y) => (y === 200 && x < 5 ? 255 : 0))]] as const) {
      expect(where((await run(BASE.replace('cv: cv.pdf', `cv: ${name}`), { [name]: new Uint8Array(png) })).diagnostics), name).toEqual(['4:7 error file.blank']);
    }
    const opaque = await textOn((x, y) => (lines(x, y) ? 255 : 0));
    expect(aside((await run(BASE.replace('cv: cv.pdf', 'cv: lines.png'), { 'lines.png': new Uint8Array(opaque) })).diagnostics)).toEqual([]);
  });

  it('a scan whose data is damaged inside, with its end marker in place: corrupt or cut off (before: Ready, noise or grey in print)', async () => {
    const sharp = (await import('sharp')).default;
    const page = Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="100%" height="100%" fill="white"/>${Array.from({ length: 8 }, (_, i) => `<text x="20" y="${30 + i * 32}" font-size="22">Course ${i}: Machine Learning, 5 cr</text>`).join('')}</svg>`,
    );
    const jpeg = Buffer.from(await sharp(page).jpeg({ quality: 85 }).toBuffer());
    jpeg.fill(0, Math.floor(jpeg.length * 0.4), jpeg.length - 2);
    const png = Buffer.from(await sharp(page).png().toBuffer());
    const idat = png.indexOf('IDAT');
    for (let i = idat + 200; i < idat + 300; i++) png[i]! ^= 0xff;
    const check = await run(BASE.replace('cv: cv.pdf', 'cv: scan.jpg').replace('research_plan: plan.pdf', 'research_plan: scan.png'), { 'scan.jpg': new Uint8Array(jpeg), 'scan.png': new Uint8Array(png) });
    expect(check.diagnostics.map((d) => `${where([d])[0]} ${d.message}`)).toEqual([
      '4:7 error file.truncated scan.jpg is an incomplete JPEG image (cut off before its end) and cannot be used.',
      '6:18 error file.corrupt scan.png is a damaged PNG image that cannot be read.',
    ]);
  });

  it('a sound PNG over 200 megapixels is too large, not damaged (before: file.corrupt, "scan it again")', async () => {
    const { createDeflate, crc32 } = await import('node:zlib');
    const [w, h] = [14_500, 14_500];
    // White grey rows, deflated as they are written (210 MB of pixels, a few hundred KB of file).
    const deflate = createDeflate({ level: 1 });
    const parts: Buffer[] = [];
    deflate.on('data', (b: Buffer) => parts.push(b));
    const done = new Promise((resolve) => deflate.on('end', resolve));
    const row = Buffer.alloc(w + 1, 255);
    row[0] = 0;
    for (let y = 0; y < h; y++) deflate.write(row);
    deflate.end();
    await done;
    const chunk = (type: string, data: Buffer) => {
      const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
      const out = Buffer.alloc(body.length + 8);
      out.writeUInt32BE(data.length, 0);
      body.copy(out, 4);
      out.writeUInt32BE(crc32(body), body.length + 4);
      return out;
    };
    const head = Buffer.alloc(13);
    head.writeUInt32BE(w, 0);
    head.writeUInt32BE(h, 4);
    head[8] = 8;
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', head), chunk('IDAT', Buffer.concat(parts)), chunk('IEND', Buffer.alloc(0))]);
    const check = await run(BASE.replace('cv: cv.pdf', 'cv: poster.png'), { 'poster.png': new Uint8Array(png) });
    expect(check.diagnostics.map((d) => formatDiagnostic(d).replace(/^.*\//, ''))).toContain(
      'manifest.yaml:4:7 error file.too-complex  poster.png is too large to check safely (14,500 x 14,500 pixels, 210 megapixels; this tool reads images up to 200).  hint: Scan it again at 300 to 600 dpi (an A4 page at 600 dpi is 35 megapixels), or save a smaller copy of it.',
    );
  }, 30_000);

  it('file.corrupt: a PDF header over garbage', async () => {
    const check = await run(BASE, { 'cv.pdf': '%PDF-1.7\n' + 'garbage '.repeat(50) });
    const codes = check.diagnostics.map((d) => d.code);
    expect(codes.some((c) => c === 'file.corrupt' || c === 'file.truncated')).toBe(true);
  });

  it('file.encrypted: a PDF that needs a password to open', async () => {
    const doc = await PDFDocument.load(cv);
    await doc.encrypt({ userPassword: 'secret', ownerPassword: 'owner' });
    const locked = await doc.save({ useObjectStreams: false });
    const check = await run(BASE, { 'cv.pdf': locked });
    const d = only(check.diagnostics, 'file.encrypted');
    expect(where([d])).toEqual(['4:7 error file.encrypted']);
  });

  it('text.glyph: letters of a script the packet has no font for, named by the script; any other character by its code point', async () => {
    const check = await run(BASE.replace('A short bio for the test, long enough to read like a real one.', 'My name is 王芳, नमस्ते 🎓, and this bio is long enough.'));
    const d = only(check.diagnostics, 'text.glyph');
    expect(where([d])).toEqual(['5:16 error text.glyph']);
    expect(d.message).toBe(`The text of Short bio contains Devanagari letters, and a character none of the packet's fonts can draw: "🎓" (U+1F393).`);
    // An item's text can be given as a PDF instead.
    expect(d.hint).toBe('Write it without these characters, in Latin letters for instance, or supply the item as a PDF you make yourself; the packet shows Latin, Greek, Cyrillic, Arabic, Hebrew, Chinese, Japanese and Korean letters ("Scripts" in the README).');
  });

  it('text.invisible: a note to send later, pasted with a right-to-left override, at its line and with the item it is about', async () => {
    const check = await run(BASE.replace('cv: cv.pdf', 'cv: cv.pdf\n  diplomas: { later: "Sent by the registrar in \u202eJanuary\u202c" }'));
    const d = only(check.diagnostics, 'text.invisible');
    expect(where([d])).toEqual(['5:22 error text.invisible']);
    expect(d.item).toBe('diplomas');
    expect(d.message).toBe('The note on "diplomas" to send later holds U+202E RIGHT-TO-LEFT OVERRIDE, a character no one can see: the words after it would be printed backwards ("Sent by the registrar in <U+202E>January<U+202C>").');
  });

  it('text.glyph: in the name, with the scripts the packet can show', async () => {
    const check = await run(BASE.replace('Tiina Perho', 'ᏣᎳᎩ Person'));
    const d = only(check.diagnostics, 'text.glyph');
    expect(d.message).toBe(`Your name "ᏣᎳᎩ Person" contains Cherokee letters, which none of the packet's fonts can show.`);
    expect(d.hint).toContain('Arabic, Hebrew, Chinese, Japanese and Korean');
    const emoji = only((await run(BASE.replace('Tiina Perho', '"Tiina Perho 🎓"'))).diagnostics, 'text.glyph');
    expect([emoji.message, emoji.hint]).toEqual([
      `Your name "Tiina Perho 🎓" contains a character none of the packet's fonts can draw: "🎓" (U+1F393).`,
      'Write your name without these characters; the packet shows Latin, Greek, Cyrillic, Arabic, Hebrew, Chinese, Japanese and Korean letters ("Scripts" in the README).',
    ]);
  });

  // The audit: a Devanagari name got "or supply the item as a PDF you make yourself", eight code points, and the
  // verdict "2 texts to fix (Recommendation letter(s) ...)" (12-05j #8).
  it('text.glyph: your name and a referee\'s in Devanagari: said by script, the fix a name has (Latin letters), counted as names in the verdict (before: "supply the item as a PDF", "2 texts to fix")', async () => {
    const manifest = BASE.replace('Tiina Perho', 'प्रिया शर्मा').replace('{ name: Ari Oja, email: two@examples.fi }', '{ name: Dr. राजेश कुमार, email: two@examples.fi, affiliation: "IIT दिल्ली" }');
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': cv, 'plan.pdf': plan3, 'manifest.yaml': manifest });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(r.code).toBe(1);
    const shows = 'the packet shows Latin, Greek, Cyrillic, Arabic, Hebrew, Chinese, Japanese and Korean letters ("Scripts" in the README).';
    expect(r.stdout.split('\n').filter((l) => l.includes('text.glyph') || l.startsWith('Not ready'))).toEqual([
      `manifest.yaml:2:20 error text.glyph  Your name "प्रिया शर्मा" is written in Devanagari, which none of the packet's fonts can show.  hint: Write your name in Latin letters, as in your passport; ${shows}`,
      `manifest.yaml:10:15 error text.glyph  The referee's name "Dr. राजेश कुमार" contains Devanagari letters, which none of the packet's fonts can show.  hint: Write the referee's name in Latin letters, as they write it in English (on their university's web page, for instance); ${shows}`,
      `manifest.yaml:10:69 error text.glyph  The affiliation of the referee Dr. राजेश कुमार contains Devanagari letters, which none of the packet's fonts can show.  hint: Write it without these characters, in Latin letters for instance; ${shows}`,
      'Not ready: 2 names to correct, 1 text to fix (References)',
    ]);
    expect(r.stdout).not.toContain('PDF you make yourself');
  });

  it('text.glyph: every other string the build draws, each at its own line, in the manifest or the profile (before: Ready, then build refused without a line)', async () => {
    const manifest = BASE.replace('  cv: cv.pdf', '  cv: { file: cv.pdf, title: "CV (भारतीय प्रौद्योगिकी संस्थान)" }')
      .replace('{ link: "https://examples.fi/thesis.pdf" }', '{ link: "https://examples.fi/thesis.pdf", title: "Thesis 🎓" }')
      .replace('{ name: Ari Oja, email: two@examples.fi }', '{ name: Ari Oja, email: two@examples.fi, relation: "Supervisor 🎓" }')
      .concat('  diplomas: { later: "Sent by post 🎓" }\n');
    const profile = TEST_PROFILE.replace('organization: Test University', 'organization: จุฬาลงกรณ์มหาวิทยาลัย');
    const check = await run(manifest, { 'profile.yaml': profile });
    const dir = check.manifestFile.replace(/manifest\.yaml$/, '');
    expect(check.diagnostics.map((d) => `${(d.file ?? '').replace(dir, '')}:${d.line}:${d.col} ${d.code} ${d.message.replace(/ contains .*/, '')}`)).toEqual([
      'manifest.yaml:4:30 text.glyph The title "CV (भारतीय प्रौद्योगिकी संस्थान)"',
      'manifest.yaml:7:60 text.glyph The title "Thesis 🎓"',
      'manifest.yaml:10:58 text.glyph The relation of the referee Ari Oja',
      'manifest.yaml:11:22 text.glyph The note on "diplomas" to send later',
      'profile.yaml:3:15 text.glyph The posting\'s organization (in the profile)',
    ]);
    expect(check.diagnostics[1]!.message).toBe(`The title "Thesis 🎓" contains a character none of the packet's fonts can draw: "🎓" (U+1F393).`);
    // Comments are not drawn: nothing in them needs a font.
    const comment = await run(BASE.replace(TEST_BIO, `${TEST_BIO} <!-- 🎓 -->`));
    expect(where(comment.diagnostics)).toEqual(['5:16 info text.comment']);
  });

  it('text.glyph: Latin, Greek, Cyrillic, Vietnamese, Arabic, Hebrew, Chinese, Japanese and Korean names are fine', async () => {
    const names = 'Åsa Ødegård, Łukasz Wróbel, Nguyễn Thị Minh, Ελένη Παπαδοπούλου, Дмитрий Иванов';
    const check = await run(BASE.replace('A short bio for the test, long enough to read like a real one.', names).replace('Tiina Perho', 'Nguyễn Thị Minh'));
    expect(where(check.diagnostics)).toEqual([]);
    for (const name of ['محمد عبد الله', 'דוד לוי', '王芳', '陳志明', '山田 花子', '김민준']) {
      const other = await run(BASE.replace('Tiina Perho', name));
      expect(where(other.diagnostics), name).toEqual([]);
    }
  });

  it('limit.pages: a 7-page plan against a 5-page cap', async () => {
    const check = await run(BASE, { 'plan.pdf': plan7 });
    const d = only(check.diagnostics, 'limit.pages');
    expect(where([d])).toEqual(['6:18 error limit.pages']);
    expect(d.message).toBe('Research plan has 7 pages; the posting allows 5.');
  });

  it('limit.pages: a cap for each file (max_pages_each) is checked per file, at that file, not on the item as a whole', async () => {
    const profile = TEST_PROFILE.replace('max_pages: 5 }', 'max: 3, max_pages_each: 5 }');
    const manifest = BASE.replace('research_plan: plan.pdf', 'research_plan: [plan.pdf, plan.pdf, long.pdf]');
    const check = await run(manifest, { 'profile.yaml': profile, 'long.pdf': plan7 });
    const d = only(check.diagnostics, 'limit.pages');
    expect(d.message).toBe('long.pdf has 7 pages; the posting allows 5 for each document of Research plan.');
    expect(d.hint).toBe('Shorten it to 5 pages or fewer, or give only the pages that matter: `pages: "1-5"` on its file.');
    // Three files of 3 + 3 pages are within "5 pages each" though the item has 13 pages in all.
    const fine = await run(manifest.replace(', long.pdf]', ']'), { 'profile.yaml': profile });
    expect(check.diagnostics.filter((x) => x.code === 'limit.pages')).toHaveLength(1);
    expect(fine.diagnostics.filter((x) => x.code.startsWith('limit.'))).toEqual([]);
  });

  it('limit.pages: the whole packet over the posting cap', async () => {
    const check = await run(BASE, { 'cv.pdf': await makePdf({ pages: 30 }) });
    const d = only(check.diagnostics, 'limit.pages');
    expect(d.message).toMatch(/^The packet will have 3\d pages, its cover included; the posting allows 30\.$/);
  });

  it('limit.words: a text over the word cap', async () => {
    const long = Array.from({ length: 25 }, (_, i) => `word${i}`).join(' ');
    const check = await run(BASE.replace('A short bio for the test, long enough to read like a real one.', long));
    const d = only(check.diagnostics, 'limit.words');
    expect(where([d])).toEqual(['5:8 error limit.words']);
    expect(d.message).toBe('Short bio has 25 words; the posting allows 20.');
  });

  it('limit.size: files adding up to more than the packet cap', async () => {
    const padded = new Uint8Array([...cv, ...new TextEncoder().encode(`%${'x'.repeat(1_100_000)}\n`)]);
    const check = await run(BASE, { 'cv.pdf': padded });
    const d = only(check.diagnostics, 'limit.size');
    expect(d.message).toMatch(/^Your files add up to 1\.10 MB; the posting accepts at most 1 MB in one PDF\. The largest: cv\.pdf \(1\.10 MB\), plan\.pdf \(0\.\d\d MB\)\.$/);
  });

  it('limit.words: a Markdown text is counted as read, without its markup or link addresses', async () => {
    // 20 words as read; counted as typed (with the link definition's address and title) it would be 24.
    const md = '## Plan\\n\\n- **Year one:** data and [models][m]\\n- *Year two:* evaluation of the audits in practice with others in three other countries\\n\\n[m]: https://examples.fi/models \\"Released models\\"';
    const check = await run(BASE.replace('"A short bio for the test, long enough to read like a real one."', `"${md}"`));
    expect(where(check.diagnostics)).toEqual([]);
    const bio = check.result!.items.find((i) => i.id === 'bio')!;
    expect(bio.words).toBe(20);
    // Characters as read: "Plan", "Year one: data and models", "Year two: ... countries"; line breaks not counted.
    const chars = await run(BASE.replace('"A short bio for the test, long enough to read like a real one."', `"${md}"`), { 'profile.yaml': TEST_PROFILE.replace('max_words: 20', 'max_chars: 100') });
    expect(only(chars.diagnostics, 'limit.chars').message).toBe(`Short bio has ${4 + 25 + 83} characters; the posting allows 100.`);
    const over = await run(BASE.replace('"A short bio for the test, long enough to read like a real one."', `"${md.replace('countries', 'countries abroad')}"`));
    expect(only(over.diagnostics, 'limit.words').message).toBe('Short bio has 21 words; the posting allows 20.');
  });

  it('text.link: a Markdown link to an address that cannot be clickable', async () => {
    const check = await run(BASE.replace('long enough to read like a real one.', 'long enough to read, with [my notes](ftp://examples.fi/notes.txt).'));
    const d = only(check.diagnostics, 'text.link');
    expect(where([d])).toEqual(['5:16 warning text.link']);
    expect(d.message).toBe('The text of Short bio links to "ftp://examples.fi/notes.txt", which is not a web or mail address, so it is printed but not clickable.');
  });

  it('applicant.orcid: an ORCID iD with a digit missing', async () => {
    const check = await run(BASE.replace('email: test@examples.fi }', 'email: test@examples.fi, orcid: 0000-0002-1825-009 }'));
    const d = only(check.diagnostics, 'applicant.orcid');
    expect(where([d])).toEqual(['2:65 error applicant.orcid']);
    expect(d.hint).toMatch(/^Copy the iD from your ORCID record/);
  });

  it('link.invalid: an ftp:// address', async () => {
    const check = await run(BASE.replace('https://examples.fi/thesis.pdf', 'ftp://examples.fi/thesis.pdf'));
    const d = only(check.diagnostics, 'link.invalid');
    expect(where([d])).toEqual(['7:19 error link.invalid']);
  });

  it('link.invalid: applicant.website is held to the rules of a link, at its value (before: Ready, and a cut-off or localhost address clickable on the cover)', async () => {
    const lines: string[] = [];
    for (const website of ['"https://ainovirtanen.fi/…"', '"http://localhost:8000"', '"https://aino virtanen.fi"', '"file:///C:/Users/aino/site/index.html"', 'ainovirtanen.fi/…', 'ainovirtanen.fi.']) {
      const check = await run(BASE.replace('email: test@examples.fi }', `email: test@examples.fi, website: ${website} }`));
      lines.push(...check.diagnostics.map((d) => formatDiagnostic(d).replace(check.manifestFile, 'manifest.yaml')));
    }
    expect(lines).toEqual([
      'manifest.yaml:2:67 error link.invalid  Your website "https://ainovirtanen.fi/…" ends in "…" or "...": it looks cut off where it was copied from, so it would not open the page meant.  hint: Copy the whole address again, from the browser bar of the page itself.',
      'manifest.yaml:2:67 error link.invalid  Your website "http://localhost:8000" points at your own computer or local network, which a reviewer cannot reach.  hint: Give the public address of your website as the browser bar shows it (https://...), or leave `website:` out.',
      'manifest.yaml:2:67 error link.invalid  Your website "https://aino virtanen.fi" has a space in it: the packet would link a different address.  hint: Remove the space (copy the address again from the browser bar).',
      'manifest.yaml:2:67 error link.invalid  Your website "file:///C:/Users/aino/site/index.html" is not a web address a reviewer can open: only http:// and https:// links work.  hint: Give the public address of your website as the browser bar shows it (https://...), or leave `website:` out.',
      'manifest.yaml:2:67 error link.invalid  Your website "ainovirtanen.fi/…" ends in "…" or "...": it looks cut off where it was copied from, so it would not open the page meant.  hint: Copy the whole address again, from the browser bar of the page itself.',
      'manifest.yaml:2:67 error link.invalid  Your website "ainovirtanen.fi." ends in ".", punctuation from the sentence it was copied from: the packet would link the address with it, and the reviewer would most likely get "page not found".  hint: Remove the last character; if the address truly ends with it, write it percent-encoded (%2E for ".", %29 for ")").',
    ]);
    // A whole address, and a bare host a reader can type, are fine as they were.
    for (const website of ['https://ainovirtanen.fi/en/', 'www.ainovirtanen.fi', 'ainovirtanen.fi:8080/cv']) {
      const check = await run(BASE.replace('email: test@examples.fi }', `email: test@examples.fi, website: ${website} }`));
      expect(where(check.diagnostics)).toEqual([]);
    }
  });

  it('link.invalid: an address on your own computer or network, or with one slash, that a reviewer cannot open', async () => {
    for (const [link, reason] of [
      ['http://localhost:8080/thesis.pdf', 'points at your own computer or local network, which a reviewer cannot reach.'],
      ['http://127.0.0.1/thesis.pdf', 'points at your own computer or local network, which a reviewer cannot reach.'],
      ['https://192.168.1.20/thesis.pdf', 'points at your own computer or local network, which a reviewer cannot reach.'],
      ['http://[::1]/thesis.pdf', 'points at your own computer or local network, which a reviewer cannot reach.'],
      ['https://nas.local/thesis.pdf', 'points at your own computer or local network, which a reviewer cannot reach.'],
      ['https:/trepo.tuni.fi/thesis.pdf', 'is missing a slash: a web address starts with https:// (two slashes).'],
      // Before: Ready, and the packet linked ".../10024/%20123456" or opened evil.example.
      ['https://trepo.tuni.fi/handle/10024/ 123456', 'has a space in it: the packet would link a different address.'],
      ['https://trepo.tuni.fi@evil.example/thesis.pdf', 'has a name and an @ before its host, so it opens a site other than the one it seems to name.'],
      // Before: Ready. The IPv4 addresses mapped into IPv6, and carrier-grade NAT (Tailscale), are as local as their IPv4 forms.
      ['http://[::ffff:127.0.0.1]/thesis.pdf', 'points at your own computer or local network, which a reviewer cannot reach.'],
      ['http://[::ffff:192.168.1.20]/thesis.pdf', 'points at your own computer or local network, which a reviewer cannot reach.'],
      ['http://[0:0:0:0:0:ffff:a00:1]/thesis.pdf', 'points at your own computer or local network, which a reviewer cannot reach.'],
      ['http://100.101.102.103:8000/thesis.pdf', 'points at your own computer or local network, which a reviewer cannot reach.'],
      ['http://100.64.0.1/thesis.pdf', 'points at your own computer or local network, which a reviewer cannot reach.'],
      // Before: Ready, and a link to a page that does not exist.
      ['https://trepo.tuni.fi/handle/10024/1234…', 'ends in "…" or "...": it looks cut off where it was copied from, so it would not open the page meant.'],
      ['https://trepo.tuni.fi/handle/10024/1234...', 'ends in "…" or "...": it looks cut off where it was copied from, so it would not open the page meant.'],
      // Before: Ready (audit 12-05c). Host names no browser opens, and a Cyrillic "а" in "aalto.fi" that opens xn--alto-...
      ['https://aalto..fi/thesis.pdf', 'has no proper host name.'],
      ['https://-aalto.fi/thesis.pdf', 'has no proper host name.'],
      ['https://aalto-.fi/thesis.pdf', 'has no proper host name.'],
      ['https://\u0430alto.fi/thesis.pdf', 'mixes letters of two alphabets in its host name (a Cyrillic "а" looks like a Latin "a"), so it opens a site other than the one it seems to name.'],
      ['https://trep\u03bf.tuni.fi/thesis.pdf', 'mixes letters of two alphabets in its host name (a Cyrillic "а" looks like a Latin "a"), so it opens a site other than the one it seems to name.'],
    ] as const) {
      const check = await run(BASE.replace('https://examples.fi/thesis.pdf', link));
      const d = only(check.diagnostics, 'link.invalid');
      expect(where([d])).toEqual(['7:19 error link.invalid']);
      expect(d.message).toBe(`"${link}" ${reason}`);
      if (reason.startsWith('ends in')) expect(d.hint).toBe('Copy the whole address again, from the browser bar of the page itself.');
    }
    for (const link of [
      'https://8.8.8.8/thesis.pdf',
      'https://172.32.0.1/x.pdf',
      'https://[2001:db8::1]/x.pdf',
      'https://examples.fi/local',
      'https://[::ffff:8.8.8.8]/x.pdf',
      'https://100.63.255.1/x.pdf',
      'https://100.128.0.1/x.pdf',
      'https://examples.fi/a...b',
      // A whole name in one alphabet, and a hyphen inside a name, are fine.
      'https://\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444/thesis.pdf',
      'https://xn--e1afmkfd.xn--p1ai/thesis.pdf',
      'https://www.uni-hamburg.de/x.pdf',
      'https://trepo.tuni.fi./x.pdf',
    ]) {
      expect(where((await run(BASE.replace('https://examples.fi/thesis.pdf', link))).diagnostics)).toEqual([]);
    }
    // The starter manifest's `https://...` is a placeholder, not a link cut off.
    expect(where((await run(BASE.replace('https://examples.fi/thesis.pdf', 'https://...'))).diagnostics)).toEqual(['7:19 error manifest.placeholder']);
  });

  it('link.invalid: the full stop, comma or bracket of the sentence a link was copied from (before: Ready, and a link to "page not found")', async () => {
    for (const link of ['https://trepo.tuni.fi/handle/10024/123456.', 'https://trepo.tuni.fi/handle/10024/123456,', 'https://github.com/aino/audit-tools)', 'https://github.com/aino/audit-tools>', 'https://examples.fi/a..']) {
      const check = await run(BASE.replace('https://examples.fi/thesis.pdf', link));
      const d = only(check.diagnostics, 'link.invalid');
      expect(where([d])).toEqual(['7:19 error link.invalid']);
      expect(d.message).toBe(`"${link}" ends in "${link.at(-1)}", punctuation from the sentence it was copied from: the packet would link the address with it, and the reviewer would most likely get "page not found".`);
      expect(d.hint).toBe('Remove the last character; if the address truly ends with it, write it percent-encoded (%2E for ".", %29 for ")").');
    }
    // A bracket the address opened itself is its own; a query or a slash at the end is no punctuation.
    for (const link of ['https://en.wikipedia.org/wiki/Alan_Turing_(mathematician)', 'https://examples.fi/thesis.pdf?', 'https://examples.fi/thesis/', 'https://examples.fi/a%2E']) {
      expect(where((await run(BASE.replace('https://examples.fi/thesis.pdf', link))).diagnostics), link).toEqual([]);
    }
  });

  it('link.invalid: an invisible character copied into a link, named with its code point (before: Ready, and a link that does not open)', async () => {
    for (const [link, shown, named] of [
      ['https://examples.fi/the\u200bsis.pdf', 'https://examples.fi/the<U+200B>sis.pdf', 'U+200B ZERO WIDTH SPACE'],
      ['https://exam\u200bple.org/thesis.pdf', 'https://exam<U+200B>ple.org/thesis.pdf', 'U+200B ZERO WIDTH SPACE'],
      ['\u200ehttps://examples.fi/thesis.pdf', '<U+200E>https://examples.fi/thesis.pdf', 'U+200E LEFT-TO-RIGHT MARK'],
      // U+FEFF is white space to JavaScript: before, "has a space in it", which no one could see.
      ['https://examples.fi/the\ufeffsis.pdf', 'https://examples.fi/the<U+FEFF>sis.pdf', 'U+FEFF ZERO WIDTH NO-BREAK SPACE'],
    ] as const) {
      const check = await run(BASE.replace('https://examples.fi/thesis.pdf', link));
      const d = only(check.diagnostics, 'link.invalid');
      expect(where([d])).toEqual(['7:19 error link.invalid']);
      expect(d.message).toBe(`"${shown}" contains an invisible character (${named}): the packet would link a different address.`);
      expect(d.hint).toBe('Retype the address by hand (or copy it again from the browser bar): the invisible character came with it when it was copied.');
    }
    // A byte-order mark at either end is trimmed, as the packet trims the link: nothing to fix.
    expect(where((await run(BASE.replace('https://examples.fi/thesis.pdf', '\ufeffhttps://examples.fi/thesis.pdf'))).diagnostics)).toEqual([]);
  });

  it('manifest.placeholder: "TBD", "TODO: ..." and "Lorem ipsum" a reviewer would read as they are (before: Ready)', async () => {
    const tbd = await run(BASE.replace('Ida Aho', 'TBD'));
    expect(tbd.diagnostics.map((d) => `${where([d])[0]} ${d.message}`)).toEqual(['9:15 error manifest.placeholder "TBD" is a placeholder, not the real value: a reviewer would read it as it is.']);
    const todo = await run(BASE.replace('A short bio for the test, long enough to read like a real one.', 'TODO: write the bio here before sending, with the main results and the plans.'));
    expect(todo.diagnostics.map((d) => d.code)).toEqual(['manifest.placeholder']);
    expect(todo.diagnostics[0]!.message).toBe('"TODO: write the bio here before sending, with the main re..." is a placeholder, not the real value: a reviewer would read it as it is.');
    const lorem = await run(BASE.replace('A short bio for the test, long enough to read like a real one.', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.'));
    expect(lorem.diagnostics.map((d) => d.code)).toEqual(['manifest.placeholder']);
    // A note for an item to come later may say "TBD"; a real text that mentions a to-do list is fine.
    expect((await run(BASE.replace('research_plan: plan.pdf', 'research_plan: { later: "TBD" }'))).diagnostics.map((d) => d.code)).toEqual(['item.later']);
    expect((await run(BASE.replace('A short bio for the test, long enough to read like a real one.', 'I keep a todo list of open problems in verification and teach it.'))).diagnostics).toEqual([]);
  });

  it('manifest.placeholder: a `later:` note to oneself, which the cover prints under the item (audit 12-05f #10; before: Ready)', async () => {
    const lines = async (note: string) => {
      const check = await run(`${BASE}  diplomas: { later: "${note}" }\n`);
      return check.diagnostics.map((d) => formatDiagnostic(d).replace(check.manifestFile, 'manifest.yaml'));
    };
    const hint = 'hint: Write what the reviewer should know, e.g. `later: "after my defence in March"`, or `later: true` to say only that it follows.';
    expect(await lines('TODO: ask the registrar whether they can send it')).toEqual([
      `manifest.yaml:11:22 error manifest.placeholder  The later note "TODO: ask the registrar whether they can send it" is a note to yourself or a slot: the cover prints it under the item as it is.  ${hint}`,
    ]);
    expect(await lines('By post, FIXME which address')).toEqual([`manifest.yaml:11:22 error manifest.placeholder  The later note "By post, FIXME which address" is a note to yourself or a slot: the cover prints it under the item as it is.  ${hint}`]);
    expect(await lines('xxx')).toEqual([`manifest.yaml:11:22 error manifest.placeholder  The later note "xxx" is a note to yourself or a slot: the cover prints it under the item as it is.  ${hint}`]);
    expect(await lines('[date]')).toEqual([`manifest.yaml:11:22 error manifest.placeholder  The later note "[date]" is a note to yourself or a slot: the cover prints it under the item as it is.  ${hint}`]);
    // A template's slot inside the note, by the rules of a typed text (before: Ready, "Expected on {{date}}" on the cover).
    for (const note of ['Expected on {{date}}', 'Sent by XXX University after the defence', 'After my defence on ____']) {
      expect(await lines(note), note).toEqual([`manifest.yaml:11:22 error manifest.placeholder  The later note "${note}" is a note to yourself or a slot: the cover prints it under the item as it is.  ${hint}`]);
    }
    // What the reviewer may well read: a date not yet known, a plan, a list of things to do that is not a note.
    for (const note of ['TBD', 'Date TBD', 'To be announced', 'After my defence in March', 'Sent by the registrar in May, once it is on their todo list']) expect(await lines(note), note).toEqual([]);
  });

  it('text.link-invalid: a link\'s note holds its links to the rules of a text\'s (audit 12-05f #9, a sibling; before: Ready)', async () => {
    const check = await run(BASE.replace('thesis: { link: "https://examples.fi/thesis.pdf" }', 'thesis: { link: "https://examples.fi/thesis.pdf", note: "Also at [my mirror](http://localhost:8080/thesis.pdf)." }'));
    expect(check.diagnostics.map((d) => formatDiagnostic(d).replace(check.manifestFile, 'manifest.yaml'))).toEqual([
      'manifest.yaml:7:59 error text.link-invalid  The note of MSc thesis links to "http://localhost:8080/thesis.pdf": it points at your own computer or local network, which a reviewer cannot reach.  hint: Upload the file somewhere public that gives an https:// link, or include the PDF itself.',
    ]);
  });

  it('manifest.placeholder: template slots and dummy names ("[Referee name]", "John Doe", "TODO:" inside a text, "https://.../x")', async () => {
    const cases: [string, string, string][] = [
      ['Ida Aho', '"[Referee name]"', '9:15'],
      ['Ida Aho', 'John Doe', '9:15'],
      ['Ida Aho', 'Referee 2', '9:15'],
      ['Ida Aho', 'T.B.D.', '9:15'],
      ['Ida Aho', 'To be confirmed', '9:15'],
      ['A short bio for the test, long enough to read like a real one.', 'I work on privacy attacks. TODO: add the results of the 2024 study here.', '5:16'],
      ['A short bio for the test, long enough to read like a real one.', 'I studied at [INSERT UNIVERSITY NAME] and work on privacy attacks in learning.', '5:16'],
      ['https://examples.fi/thesis.pdf', 'https://.../thesis.pdf', '7:19'],
    ];
    for (const [from, to, at] of cases) {
      const check = await run(BASE.replace(from, to));
      expect(check.diagnostics.filter((d) => d.code === 'manifest.placeholder').map((d) => where([d])[0]), to).toEqual([`${at} error manifest.placeholder`]);
    }
    // Square brackets and capitals in real values are no slot: "Dr. [sic]" is not a name here, but a text may cite "[1]".
    expect((await run(BASE.replace('A short bio for the test, long enough to read like a real one.', 'My MSc thesis [1] studied membership inference in federated learning at Tampere.'))).diagnostics).toEqual([]);
  });

  it('manifest.placeholder: the siblings of "Referee 3" and "(TBD)" a reviewer would reject (before: Ready) (audit 12-05c 3)', async () => {
    const names = ['Referee Three', 'Referee name', 'Second Referee', 'Referee #3', 'Name of referee', 'Prof. Dr.', 'Ida Aho (TBC)', 'Ida Aho (to be confirmed)', 'Ida Aho - TBA', 'Referee C', "Third referee's name"];
    for (const name of names) {
      const check = await run(BASE.replace('Ida Aho', `"${name}"`));
      expect(check.diagnostics.map((d) => `${where([d])[0]} ${d.message}`), name).toEqual([`9:15 error manifest.placeholder "${name}" is a placeholder, not the real value: a reviewer would read it as it is.`]);
    }
    for (const affiliation of ['University (TBA)', 'University (tba)', 'Aalto [to be confirmed]']) {
      const check = await run(BASE.replace('Ida Aho, email: one@examples.fi', `Ida Aho, email: one@examples.fi, affiliation: "${affiliation}"`));
      expect(where(check.diagnostics), affiliation).toEqual(['9:61 error manifest.placeholder']);
    }
    // Real names and values that only look alike: a referee called Reed, a doctor's full name, a text that says "(to be announced)", a file named TBC.
    for (const [from, to] of [
      ['Ida Aho', 'Prof. Dr. Ida Aho'],
      ['Ida Aho', 'Refereed Person'],
      ['Ida Aho', 'Dr. Second'],
      [TEST_BIO, 'I will present my results at the workshop (to be announced) in Tampere next spring.'],
      ['research_plan: plan.pdf', 'research_plan: TBC-plan.pdf'],
    ] as const) {
      // "Dr. Second" is a person, named by one word (referee.one-name, a warning of its own).
      expect(where((await run(BASE.replace(from, to), { 'TBC-plan.pdf': plan3 })).diagnostics).filter((l) => !l.endsWith('referee.one-name')), to).toEqual([]);
    }
  });

  it('referee.own-email: your own Gmail address with a +tag or without its dots, and plus-addressing anywhere (before: Ready) (audit 12-05c 3)', async () => {
    const gmail = BASE.replace('test@examples.fi', 'aino.virtanen@gmail.com');
    for (const email of ['aino.virtanen+ref@gmail.com', 'ainovirtanen@gmail.com', 'Aino.Virtanen@googlemail.com']) {
      const check = await run(gmail.replace('one@examples.fi', email));
      const d = only(check.diagnostics, 'referee.own-email');
      expect(where([d]), email).toEqual(['9:31 error referee.own-email']);
      expect(d.message).toBe(`Ida Aho's email ${email} is your own address aino.virtanen@gmail.com written another way: mail to it reaches you, not your referee.`);
    }
    const plus = await run(BASE.replace('one@examples.fi', 'test+refs@examples.fi'));
    expect(where([only(plus.diagnostics, 'referee.own-email')])).toEqual(['9:31 error referee.own-email']);
    // Dots count outside Gmail, and another Gmail mailbox is another person.
    expect(where((await run(BASE.replace('one@examples.fi', 'te.st@examples.fi'))).diagnostics)).toEqual([]);
    expect(where((await run(gmail.replace('one@examples.fi', 'aino.virtanen2@gmail.com'))).diagnostics)).toEqual([]);
  });

  it('referee.same-name and referee.self: "Korhonen, Mikko" is Mikko Korhonen; your own name under another address is a warning to check', async () => {
    const order = await run(BASE.replace('Ari Oja, email: two@examples.fi', '"Aho, Ida", email: ida.aho@gmail.com'));
    expect(where([only(order.diagnostics, 'referee.same-name')])).toEqual(['10:15 warning referee.same-name']);
    const self = await run(BASE.replace('Ari Oja, email: two@examples.fi', 'Tiina Perho, email: person@uni.example'));
    const d = only(self.diagnostics, 'referee.self');
    expect(where([d])).toEqual(['10:15 warning referee.self']);
    expect(d.message).toBe('Tiina Perho has your own name, at another address (person@uni.example, not your test@examples.fi): a referee has to be someone else, who writes or speaks about you.');
  });

  it('referee.same-name: one name under two addresses is a warning to check; one mailbox written two ways an error (audit 12-06d #2)', async () => {
    const check = await run(BASE.replace('Ari Oja, email: two@examples.fi', 'Prof. Ida Aho, email: ida.aho@gmail.com'));
    const d = only(check.diagnostics, 'referee.same-name');
    expect(where([d])).toEqual(['10:15 warning referee.same-name']);
    expect(d.message).toBe('Prof. Ida Aho at ida.aho@gmail.com has the name of your referee Ida Aho (line 9) at one@examples.fi: if they are one person, they count twice.');
    const gmail = await run(BASE.replace('one@examples.fi', 'ida.aho@gmail.com').replace('Ari Oja, email: two@examples.fi', 'Prof. Ida Aho, email: IdaAho+cv@gmail.com'));
    const e = only(gmail.diagnostics, 'referee.same-name');
    expect(where([e])).toEqual(['10:15 error referee.same-name']);
    expect(e.message).toBe('Prof. Ida Aho is already a referee (line 9), and IdaAho+cv@gmail.com reaches the same mailbox as ida.aho@gmail.com: one person would count twice.');
    // Two people with other names, or one name given once, are fine.
    expect(where((await run(BASE)).diagnostics)).toEqual([]);
  });

  it('referee.own-email: a referee given your own address, at the referee', async () => {
    const check = await run(BASE.replace('one@examples.fi', 'Test@Examples.fi'));
    const d = only(check.diagnostics, 'referee.own-email');
    expect(where([d])).toEqual(['9:31 error referee.own-email']);
    expect(d.message).toBe(`Ida Aho's email Test@Examples.fi is your own address: the employer would write to you, not to your referee.`);
  });

  it('manifest.invalid: a referee without `email:` is named at their line and still counted (before: "has 1 referee ... Add 1 referee" and `items.references[1].email`) (audit 12-05c 5)', async () => {
    const block = BASE.replace('    - { name: Ari Oja, email: two@examples.fi }', '    - name: Ari Oja\n      affiliation: Tampere University');
    const check = await run(block);
    expect(check.diagnostics.map((d) => `${where([d])[0]} ${d.message}  ${d.hint}`)).toEqual([
      "10:7 error manifest.invalid Ari Oja has no email address: add `email:`.  Write the address the employer should write to, as on the referee's staff page.",
    ]);
    const refs = check.result!.items.find((i) => i.id === 'references')!;
    expect(refs.entries.map((e) => e.referee?.name)).toEqual(['Ida Aho', 'Ari Oja']);
    // The report's row for the item is not "ok" beside the error about one of its referees (before: ok).
    const report = makeReport({ manifest: 'manifest.yaml', profile: check.profile!, result: check.result!, diagnostics: check.diagnostics, strict: false });
    expect(report.items.find((i) => i.id === 'references')?.status).toBe('invalid');
    expect(report.items.filter((i) => i.status === 'invalid').map((i) => i.id)).toEqual(['references']);
    expect(report.verdict).toBe('Not ready: 1 mistake in the manifest');
    // Written empty: at the key. A name missing where the email is given: the same, the other way round.
    const empty = await run(BASE.replace('Ari Oja, email: two@examples.fi', 'Ari Oja, email: ""'));
    expect(empty.diagnostics.map((d) => `${where([d])[0]} ${d.message}`)).toEqual(['10:31 error manifest.invalid Ari Oja has no email address: add `email:`.']);
    const noName = await run(BASE.replace('name: Ari Oja, email: two@examples.fi', 'email: two@examples.fi, affiliation: Aalto'));
    expect(noName.diagnostics.map((d) => `${where([d])[0]} ${d.message}`)).toEqual(['10:7 error manifest.invalid The referee at two@examples.fi has no name: add `name:`.']);
    expect(noName.diagnostics.filter((d) => d.code === 'item.count')).toEqual([]);
  });

  it('referee.email: an address without @', async () => {
    const check = await run(BASE.replace('one@examples.fi', 'one-at-examples.fi'));
    const d = only(check.diagnostics, 'referee.email');
    expect(where([d])).toEqual(['9:31 error referee.email']);
    expect(d.message).toBe(`Ida Aho's email "one-at-examples.fi" is not a valid email address.`);
  });

  it('referee.email: doubled or leading dots and a hyphen-led domain, which no mail reaches (before: Ready)', async () => {
    for (const email of ['mikko.korhonen@tuni..fi', 'mikko..korhonen@tuni.fi', '.mikko@tuni.fi', 'mikko.@tuni.fi', 'mikko@-tuni.fi', 'mikko@tuni-.fi', 'aino@gmail.c0m']) {
      const check = await run(BASE.replace('one@examples.fi', email));
      expect(where([only(check.diagnostics, 'referee.email')]), email).toEqual(['9:31 error referee.email']);
    }
    // Your own address is held to the same rule.
    const own = await run(BASE.replace('test@examples.fi', 'aino.virtanen@gmail..com'));
    expect(where(own.diagnostics)).toEqual(['2:40 error manifest.invalid']);
    for (const email of ['o\'brien@tcd.ie', 'mikko.korhonen+apply@tuni.fi', 'juergen@uni-köln.de', 'a-b@sub.uni-heidelberg.de', 'x@xn--mnchen-3ya.de']) {
      expect(where((await run(BASE.replace('one@examples.fi', `"${email}"`))).diagnostics), email).toEqual([]);
    }
    // Valid, but letters outside a-z before the @ are a warning: most mail systems do not deliver to them (audit 12-06k #16).
    expect(where((await run(BASE.replace('one@examples.fi', '"jürgen@uni-köln.de"'))).diagnostics)).toEqual(['9:31 warning referee.email-non-ascii']);
  });

  it('manifest.placeholder: a template\'s address or phone left in a referee\'s details (before: Ready, and printed on the referees page)', async () => {
    for (const email of ['firstname.lastname@tuni.fi', 'first.last@tuni.fi', 'xxx@tuni.fi', 'name@university.edu', 'referee@email.com', 'your.name@tuni.fi']) {
      const check = await run(BASE.replace('one@examples.fi', email));
      const d = only(check.diagnostics, 'manifest.placeholder');
      expect(where([d]), email).toEqual(['9:31 error manifest.placeholder']);
      expect(d.message).toBe(`"${email}" is a placeholder, not the real value: a reviewer would read it as it is.`);
    }
    const phone = await run(BASE.replace('email: one@examples.fi', 'email: one@examples.fi, phone: "+358 XX XXX XXXX"'));
    expect(where(phone.diagnostics)).toEqual(['9:55 error manifest.placeholder']);
    // Real addresses and numbers that only look a little like that.
    for (const [from, to] of [['one@examples.fi', 'name.surname.x@tuni.fi'], ['one@examples.fi', 'namesake@gmail.com'], ['email: one@examples.fi', 'email: one@examples.fi, phone: "+1 617 555 0100 ext. 12"']]) {
      expect(where((await run(BASE.replace(from!, to!))).diagnostics), to).toEqual([]);
    }
  });

  it('manifest.placeholder: an address or link at a name kept for examples (before: Ready, with mail to example.org on the referees page)', async () => {
    for (const [email, at] of [['mikko@example.org', 'example.org'], ['Mikko@Mail.Example.COM', 'example.com'], ['m@tuni.test', '.test'], ['m@host.invalid', '.invalid']] as const) {
      const check = await run(BASE.replace('one@examples.fi', email));
      const d = only(check.diagnostics, 'manifest.placeholder');
      expect(where([d]), email).toEqual(['9:31 error manifest.placeholder']);
      expect(d.message).toBe(`"${email}" is at ${at}, a name kept for examples: mail to it reaches no one.`);
      expect(d.hint).toBe('Write the real email address.');
    }
    const link = await run(BASE.replace('https://examples.fi/thesis.pdf', 'https://www.example.net/thesis.pdf'));
    const l = only(link.diagnostics, 'manifest.placeholder');
    expect(where([l])).toEqual(['7:19 error manifest.placeholder']);
    expect(l.message).toBe('"https://www.example.net/thesis.pdf" is at example.net, a name kept for examples: no page is there for a reviewer to open.');
    const own = await run(BASE.replace('test@examples.fi', 'aino@example.org'));
    expect(where(own.diagnostics)).toEqual(['2:40 error manifest.placeholder']);
    // Real names that only contain the word.
    for (const real of ['one@example.fi', 'one@myexample.org', 'one@example.org.fi', 'one@test.fi']) {
      expect(where((await run(BASE.replace('one@examples.fi', real))).diagnostics), real).toEqual([]);
    }
  });

  it('referee.email: an invisible character in the address, named (before: Ready, and a mailto: link that bounces)', async () => {
    for (const [email, shown, named] of [
      ['one\u200b@examples.fi', 'one<U+200B>@examples.fi', 'U+200B ZERO WIDTH SPACE'],
      ['one@examples.fi\u200e', 'one@examples.fi<U+200E>', 'U+200E LEFT-TO-RIGHT MARK'],
      ['one@example\ufeff.org', 'one@example<U+FEFF>.org', 'U+FEFF ZERO WIDTH NO-BREAK SPACE'],
      ['one@exa\u2060mple.org', 'one@exa<U+2060>mple.org', 'U+2060 WORD JOINER'],
    ] as const) {
      const check = await run(BASE.replace('one@examples.fi', email));
      const d = only(check.diagnostics, 'referee.email');
      expect(where([d])).toEqual(['9:31 error referee.email']);
      expect(d.message).toBe(`Ida Aho's email "${shown}" contains an invisible character (${named}): mail to it would not arrive.`);
      expect(d.hint).toBe('Retype the address by hand: the invisible character came with it when it was copied.');
    }
  });

  it('manifest.invalid: an invisible character in your own email, named', async () => {
    const check = await run(BASE.replace('test@examples.fi', 'test@example\u200b.org'));
    const d = only(check.diagnostics, 'manifest.invalid');
    expect(where([d])).toEqual(['2:40 error manifest.invalid']);
    expect(d.message).toBe('Your email "test@example<U+200B>.org" contains an invisible character (U+200B ZERO WIDTH SPACE): mail to it would not arrive.');
    expect(d.hint).toBe('Retype the address by hand: the invisible character came with it when it was copied.');
  });

  it('referee.duplicate: the same email twice (case-insensitive), at the second', async () => {
    const check = await run(BASE.replace('two@examples.fi', 'ONE@examples.fi'));
    const d = only(check.diagnostics, 'referee.duplicate');
    expect(where([d])).toEqual(['10:31 error referee.duplicate']);
    expect(d.message).toBe('ONE@examples.fi is given for two referees (first on line 9).');
  });

  it('deadline.passed: an error after a hard deadline, a warning when the posting stays open until filled', async () => {
    const check = await run(BASE, {}, '2025-11-20');
    const d = only(check.diagnostics, 'deadline.passed');
    expect(d.severity).toBe('error');
    expect(d.message).toBe('The deadline (2025-11-14) passed 6 days ago.');
    expect(d.hint).toMatch(/^If the employer moved the deadline, change `deadline:` to the new date in your profile, .*profile\.yaml /);
    const open = await run(BASE, { 'profile.yaml': TEST_PROFILE.replace('deadline: 2025-11-14', 'deadline: 2025-11-14\nopen_until_filled: true') }, '2025-11-20');
    const soft = only(open.diagnostics, 'deadline.passed');
    expect(soft.severity).toBe('warning');
    expect(soft.message).toMatch(/stays open until the position is filled/);
  });

  // Audit 12-05b B: `new Date().toISOString()` (milliseconds) turned the deadline check off without a word, and
  // "garbage" or "2026-13-45" (month 13 rolled over) were judged wrongly or not at all.
  it('deadline.passed: a library today written as toISOString() (milliseconds, Z) is judged like the CLI\'s', async () => {
    for (const today of ['2025-11-20T09:30:00.000Z', new Date(Date.UTC(2025, 10, 20, 9, 30)).toISOString(), '2025-11-20T09:30:00.5+02:00', '2025-11-20 11:30 Europe/Helsinki']) {
      const d = only((await run(BASE, {}, today)).diagnostics, 'deadline.passed');
      expect(d.message, today).toBe('The deadline (2025-11-14) passed 6 days ago.');
    }
  });

  it('a library today that is not a date or an impossible one throws the exported UsageError, before anything is read', async () => {
    const { UsageError, buildPacket, validate } = await import('../../../src/index.js');
    const refused: [unknown, string][] = [
      ['garbage', 'today should be an ISO date such as 2025-11-14, not "garbage"; write the date as YYYY-MM-DD (a date and time such as 2025-11-14T23:30+02:00, or new Date().toISOString(), works too)'],
      ['2026-13-45', 'today is not a real date: "2026-13-45"; write the date as YYYY-MM-DD (a date and time such as 2025-11-14T23:30+02:00, or new Date().toISOString(), works too)'],
      ['2026-12-05T25:00Z', 'today has a time that does not exist: "2026-12-05T25:00Z"; write the time as HH:MM, from 00:00 to 23:59 (a date and time such as 2025-11-14T23:30+02:00, or new Date().toISOString(), works too)'],
      ['05.12.2026', 'today should be an ISO date such as 2025-11-14, not "05.12.2026"; write the date as YYYY-MM-DD (a date and time such as 2025-11-14T23:30+02:00, or new Date().toISOString(), works too)'],
      [undefined, 'today must be a string: a date such as 2025-11-01, a date and time such as 2025-11-14T23:30+02:00, or new Date().toISOString(); not undefined'],
    ];
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': cv, 'plan.pdf': plan3, 'manifest.yaml': BASE });
    for (const [today, message] of refused) {
      const error = await checkManifest(join(dir, 'manifest.yaml'), { today: today as string }).catch((e: unknown) => e);
      expect(error, String(today)).toBeInstanceOf(UsageError);
      expect((error as Error).message).toBe(message);
    }
    // Before a manifest path is even looked at.
    await expect(checkManifest('/nonexistent/manifest.yaml', { today: 'garbage' })).rejects.toThrow('today should be an ISO date');
    const built = await buildPacket({ manifestPath: join(dir, 'manifest.yaml'), today: '2026-12-05T03:50:00.000Zgarbage', strict: false, now: new Date() }).catch((e: unknown) => e);
    expect(built).toBeInstanceOf(UsageError);
    // A `now` that is no time: the same error, not a bare RangeError from deep in the build (audit 12-06h note).
    const badNow = await buildPacket({ manifestPath: join(dir, 'manifest.yaml'), today: '2025-10-01', strict: false, now: new Date('garbage') }).catch((e: unknown) => e);
    expect(badNow).toBeInstanceOf(UsageError);
    expect((badNow as Error).message).toBe('now should be a valid Date, such as new Date(); it is the build time written into the PDF.');
    // The pure step too, for callers that read the files themselves.
    const check = await run(BASE);
    const pure = (today: string) => () => validate({ manifest: check.manifest!, source: check.source!, profile: check.profile!, files: check.files, today });
    expect(pure('2026-13-45')).toThrow(UsageError);
    expect(pure('2025-11-20T09:30:00.000Z')().diagnostics.find((d) => d.code === 'deadline.passed')?.message).toBe('The deadline (2025-11-14) passed 6 days ago.');
  });

  it('manifest.invalid: a language that is not a language tag, at its line, with the tag (audit 12-05b C)', async () => {
    const check = await run(BASE.replace('profile: ./profile.yaml\n', 'profile: ./profile.yaml\nlanguage: finnish\n'));
    const d = only(check.diagnostics, 'manifest.invalid');
    expect(where([d])).toEqual(['2:11 error manifest.invalid']);
    expect(d.message).toBe('`language` should be a language tag such as en, en-GB or fi, not "finnish".');
    expect(d.hint).toBe('Write `fi` for Finnish: the PDF names its language by its tag, which screen readers use.');
    expect((await run(BASE.replace('profile: ./profile.yaml\n', 'profile: ./profile.yaml\nlanguage: fi-FI\n'))).diagnostics).toEqual([]);
  });

  it('deadline.near: the days left', async () => {
    const check = await run(BASE, {}, '2025-11-10');
    const d = only(check.diagnostics, 'deadline.near');
    expect(d.severity).toBe('info');
    expect(d.message).toBe('4 days left until the deadline (2025-11-14).');
  });
});

describe('more codes', () => {
  it('profile.unknown-key and profile.invalid: located in the profile file', async () => {
    const check = await run(BASE, { 'profile.yaml': TEST_PROFILE.replace('organization: Test University', 'organisation: Test University').replace('kind: cv,', 'kind: resume,') });
    expect(check.diagnostics.map((d) => `${d.file?.split('/').pop()}:${d.line}:${d.col} ${d.code}`)).toEqual([
      'profile.yaml:3:1 profile.unknown-key',
      'profile.yaml:7:21 profile.invalid',
    ]);
    expect(check.diagnostics[0]!.hint).toBe('Did you mean `organization`?');
    expect(check.diagnostics[1]!.message).toBe('`kind` of item 1 of `items` cannot be "resume".');
  });

  it('yaml.too-large: a manifest over 1 MB', async () => {
    const check = await run(`${BASE}# ${'x'.repeat(1_100_000)}\n`);
    expect(where(check.diagnostics)).toEqual(['1:1 error yaml.too-large']);
  });

  it('file.unreadable: a folder where a file should be', async () => {
    const check = await run(BASE.replace('cv: cv.pdf', 'cv: docs'), { 'docs/a.txt': 'x' });
    const d = only(check.diagnostics, 'file.unreadable');
    expect(d.message).toBe('docs cannot be read: it is a folder.');
  });

  it('limit.chars: a text over the character cap', async () => {
    const check = await run(BASE, { 'profile.yaml': TEST_PROFILE.replace('max_words: 20', 'max_chars: 10') });
    const d = only(check.diagnostics, 'limit.chars');
    expect(d.message).toBe('Short bio has 62 characters; the posting allows 10.');
  });

  it('text.comment: a comment in a text is left out and not counted, said at its own line (before: printed on the page and counted, no word)', async () => {
    const bio = `  bio:
    text: |
      ${TEST_BIO} One two three four five six.

      <!-- note to self: don't mention the start-up; TODO ask Mikko -->
    title: Bio`;
    const check = await run(BASE.replace(`  bio: { text: "${TEST_BIO}" }`, bio));
    expect(check.diagnostics.map((d) => formatDiagnostic(d).replace(check.manifestFile, 'manifest.yaml'))).toEqual([
      "manifest.yaml:9:7 info text.comment  The text of Short bio has a comment, <!-- note to self: don't mention the start-up; TODO ask Mikko -->, that is left out of the packet (as a Markdown preview hides it) and not counted.  hint: Nothing to do if it is a note to yourself; for the reviewer to read it, remove the <!-- and -->.",
    ]);
    // 14 + 6 words, at the cap of 20: the comment's 10 would put it over (limit.words), and its TODO is not a placeholder.
    expect(check.result!.items.find((i) => i.id === 'bio')!.words).toBe(20);
  });

  it('text.comment-open: a comment never closed is printed as typed, with a warning at its line; a text that is only a comment stays a placeholder', async () => {
    const open = await run(BASE.replace(`  bio: { text: "${TEST_BIO}" }`, `  bio:\n    text: |\n      ${TEST_BIO}\n      <!-- ask Mikko first`));
    expect(open.diagnostics.map((d) => formatDiagnostic(d).replace(open.manifestFile, 'manifest.yaml'))).toEqual([
      'manifest.yaml:8:7 warning text.comment-open  The text of Short bio opens a comment, <!-- ask Mikko first, that is never closed with -->: it would be printed on the page as typed.  hint: Close the comment with --> where your note ends, or remove the <!--.',
    ]);
    const only = await run(BASE.replace(TEST_BIO, '<!-- write the bio -->'));
    expect(where(only.diagnostics)).toEqual(['5:16 error manifest.placeholder']);
  });

  it('text.image, text.footnote: a Markdown image or footnote in a text is a warning at its line, in validate and build (audit 12-06f #6; before: Ready, the image printed as its description and the footnote raw, no word)', async () => {
    const bio = `  bio:
    text: |
      ${TEST_BIO}

      ![my photo](docs/photo.jpg)

      Footnote here[^1].

      [^1]: A footnote.
    title: Bio`;
    const manifest = BASE.replace(`  bio: { text: "${TEST_BIO}" }`, bio);
    // A cap the footnote's raw words do not reach: only what is said of the markup.
    const check = await run(manifest, { 'profile.yaml': TEST_PROFILE.replace('max_words: 20', 'max_words: 100') });
    expect(check.diagnostics.map((d) => formatDiagnostic(d).replace(check.manifestFile, 'manifest.yaml'))).toEqual([
      'manifest.yaml:9:7 warning text.image  The text of Short bio has an image, docs/photo.jpg, that is not included: only its description "my photo" is printed.  hint: Images in a text are not included; give the image as a file item (a PDF, or a JPEG or PNG), or remove it from the text.',
      'manifest.yaml:11:7 warning text.footnote  The text of Short bio has a footnote mark, [^1], that would be printed as typed: footnotes are not typeset as notes.  hint: Write the note in the sentence or in parentheses, and remove the [^...] marks; or give the text as a PDF made in your word processor.',
    ]);
    // build says them too, before writing the PDF.
    const dir = check.manifestDir;
    const built = await cli(['build', 'manifest.yaml', '--today', '2025-10-01', '-o', 'out.pdf'], { cwd: dir });
    expect(built.code).toBe(0);
    expect(built.stdout).toContain('manifest.yaml:9:7 warning text.image  The text of Short bio has an image, docs/photo.jpg, that is not included');
    expect(built.stdout).toContain('manifest.yaml:11:7 warning text.footnote  ');
    // In code they are code: quiet; an image without a description says nothing of it is printed.
    const code = await run(BASE.replace(`  bio: { text: "${TEST_BIO}" }`, `  bio:\n    text: |\n      ${TEST_BIO} The syntax \`![alt](src)\` and \`[^1]\` in code.\n\n      ![](me.png)`), { 'profile.yaml': TEST_PROFILE.replace('max_words: 20', 'max_words: 100') });
    expect(code.diagnostics.map((d) => `${d.line} ${d.code} ${d.message}`)).toEqual(['9 text.image The text of Short bio has an image, me.png, that is not included: nothing of it is printed.']);
  });

  it('text.image, text.footnote: markup inside a fenced or indented code block is code, printed as typed: quiet (audit 12-06n F-H; before: a warning for the block\'s image, "only its description is printed")', async () => {
    const text = [`${TEST_BIO}`, '', '```', 'model: models/m.pt', 'see ![diagram](d.png) and [^2]', '```', '', 'Then:', '', '    call ![x](y.png) [^3]', '', 'After the code, ![photo](me.png).'];
    const check = await run(BASE.replace(`  bio: { text: "${TEST_BIO}" }`, `  bio:\n    text: |\n${text.map((l) => (l === '' ? '' : `      ${l}`)).join('\n')}`), { 'profile.yaml': TEST_PROFILE.replace('max_words: 20', 'max_words: 100') });
    expect(check.diagnostics.map((d) => `${d.line} ${d.code} ${d.message}`)).toEqual(['18 text.image The text of Short bio has an image, me.png, that is not included: only its description "photo" is printed.']);
  });

  it('limit.chars: accents pasted decomposed (NFD) count as the letters they are (before: 35 characters for 29)', async () => {
    const profile = TEST_PROFILE.replace('max_words: 20', 'max_chars: 30');
    for (const text of ['Café résumé naïve façade élan'.normalize('NFC'), 'Café résumé naïve façade élan'.normalize('NFD')]) {
      const check = await run(BASE.replace(TEST_BIO, text), { 'profile.yaml': profile });
      expect(where(check.diagnostics)).toEqual(['5:16 warning text.short']);
      expect(check.result!.items.find((i) => i.id === 'bio')!.entries[0]!.words).toBe(5);
    }
    const over = await run(BASE.replace(TEST_BIO, 'Café résumé naïve façade élan, à la'.normalize('NFD')), { 'profile.yaml': profile });
    expect(only(over.diagnostics, 'limit.chars').message).toBe('Short bio has 35 characters; the posting allows 30.');
  });

  it('limit.size: one item over its own cap', async () => {
    const check = await run(BASE, { 'profile.yaml': TEST_PROFILE.replace('accepts: [file] }', 'accepts: [file], max_mb: 0.001 }') });
    const d = check.diagnostics.find((x) => x.code === 'limit.size' && x.item === 'cv')!;
    // 0.00 MB would read as under the cap: the exact size is given.
    expect(d.message).toMatch(/^CV is 0\.\d\d\d MB \([\d,]+ bytes\); the posting allows 0\.001 MB\.$/);
  });

  it('limit.unchecked: words of a scan cannot be counted: a warning naming the limit, so the verdict asks for a check (audit 12-05l #5; before: an info that named no limit, and a bare Ready)', async () => {
    const check = await run(BASE.replace('bio: { text: "A short bio for the test, long enough to read like a real one." }', 'bio: scan.png'), { 'scan.png': makePng() });
    const d = only(check.diagnostics, 'limit.unchecked');
    expect([d.severity, d.message, d.hint]).toEqual([
      'warning',
      'The words of Short bio cannot be counted: scan.png has no selectable text (a scan or a photo), so its limit of 20 words is not checked.',
      'Count the words by hand to be sure it stays within 20 words, or give it as a PDF with its text (exported from your editor, or the scan run through OCR), which is counted.',
    ]);
    // A cap of 1,000 or more said once (audit 12-06g #5; before: "1,500,500 words and 12,345,345 characters").
    const big = await run(BASE.replace('bio: { text: "A short bio for the test, long enough to read like a real one." }', 'bio: scan.png'), { 'scan.png': makePng(), 'profile.yaml': TEST_PROFILE.replace('max_words: 20', 'max_words: 1200, max_chars: 12345') });
    expect(only(big.diagnostics, 'limit.unchecked').message).toBe('The words of Short bio cannot be counted: scan.png has no selectable text (a scan or a photo), so its limit of 1,200 words and 12,345 characters is not checked.');
  });

  it('limit.unchecked: a scanned PDF (pages without text) against a word cap is a warning naming the file, not an info, and its words are not 0 (audit 12-06i #3; before: Ready under --strict, JSON "words": 0)', async () => {
    // Three pages of images, without a word of text: a scan as a PDF.
    const doc = await PDFDocument.create();
    const png = await doc.embedPng(makePng());
    for (let i = 0; i < 3; i++) doc.addPage(A4).drawImage(png, { x: 60, y: 300 + i * 40, width: 400, height: 300 });
    const files = { 'scan.pdf': await doc.save() };
    for (const [value, at] of [['scan.pdf', '5:8'], ['{ file: scan.pdf, pages: "1-2" }', '5:16']] as const) {
      const check = await run(BASE.replace('bio: { text: "A short bio for the test, long enough to read like a real one." }', `bio: ${value}`), files);
      expect(where(check.diagnostics.filter((x) => x.code.startsWith('file.') || x.code.startsWith('limit.')))).toEqual([`${at} warning limit.unchecked`]);
      expect(only(check.diagnostics, 'limit.unchecked').message).toBe('The words of Short bio cannot be counted: scan.pdf has no selectable text (a scan or a photo), so its limit of 20 words is not checked.');
      const bio = check.result!.items.find((i) => i.id === 'bio')!;
      expect([bio.words, bio.wordsUncounted, bio.entries[0]!.words, bio.entries[0]!.wordsUncounted]).toEqual([undefined, 'no-text', undefined, 'no-text']);
      expect(makeReport({ manifest: 'manifest.yaml', profile: check.profile!, result: check.result!, diagnostics: check.diagnostics, strict: true }).verdict).toBe('Not ready: 1 warning (--strict)');
    }
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': cv, 'plan.pdf': plan3, ...files, 'manifest.yaml': BASE.replace('bio: { text: "A short bio for the test, long enough to read like a real one." }', 'bio: scan.pdf') });
    // A text box whose appearance draws its letters as shapes, with no text behind it (FreeText): its words cannot be read, said as what it is.
    const typed = await PDFDocument.load(files['scan.pdf']);
    const shapes = typed.context.register(typed.context.stream('0 g 0 0 m 10 10 l 20 0 l f', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 500, 40] }));
    typed.getPage(0).node.set(PDFName.of('Annots'), typed.context.obj([typed.context.obj({ Type: 'Annot', Subtype: 'FreeText', Rect: [60, 400, 560, 440], DA: PDFString.of('/Helv 11 Tf 0 g'), F: 4, AP: { N: shapes } })]));
    const boxes = await run(BASE.replace('bio: { text: "A short bio for the test, long enough to read like a real one." }', 'bio: scan.pdf'), { 'scan.pdf': await typed.save() });
    expect(only(boxes.diagnostics, 'limit.unchecked').message).toBe('The words of Short bio cannot be counted: scan.pdf has no selectable text (only text boxes typed onto the page, which are not counted), so its limit of 20 words is not checked.');
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01', '--strict'], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([
      1,
      'manifest.yaml:5:8 warning limit.unchecked  The words of Short bio cannot be counted: scan.pdf has no selectable text (a scan or a photo), so its limit of 20 words is not checked.  hint: Count the words by hand to be sure it stays within 20 words, or give it as a PDF with its text (exported from your editor, or the scan run through OCR), which is counted.\n\nNot ready: 1 warning (--strict)\n',
    ]);
  });

  it('limit.unchecked: a `pages:` taking only the scanned pages of a file with text elsewhere speaks of those pages, not the file (before: "mixed.pdf has no selectable text"), alike in text, JSON and Markdown', async () => {
    // Page 1 typed, pages 2 and 3 scanned: a letter with a scanned signature page, say.
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage(A4).drawText('I am a doctoral researcher in privacy-preserving machine learning.', { x: 60, y: 700, size: 11, font });
    const png = await doc.embedPng(makePng());
    for (let i = 0; i < 2; i++) doc.addPage(A4).drawImage(png, { x: 60, y: 300 + i * 40, width: 400, height: 300 });
    const files = { 'mixed.pdf': await doc.save() };
    const bio = (pages: string) => BASE.replace('bio: { text: "A short bio for the test, long enough to read like a real one." }', `bio: { file: mixed.pdf, pages: "${pages}" }`);
    const said: [string, string][] = [
      ['2-3', 'The words of Short bio cannot be counted: the 2 pages that `pages: "2-3"` takes from mixed.pdf have no selectable text (a scan or a photo), so its limit of 20 words is not checked.'],
      ['3', 'The words of Short bio cannot be counted: the page that `pages: "3"` takes from mixed.pdf has no selectable text (a scan or a photo), so its limit of 20 words is not checked.'],
    ];
    for (const [pages, message] of said) {
      const check = await run(bio(pages), files);
      expect(where(check.diagnostics.filter((x) => x.code.startsWith('file.') || x.code.startsWith('limit.'))), pages).toEqual(['5:16 warning limit.unchecked']);
      expect(only(check.diagnostics, 'limit.unchecked').message).toBe(message);
    }
    // The report's JSON and Markdown say what the text line says.
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': cv, 'plan.pdf': plan3, ...files, 'manifest.yaml': bio('2-3') });
    const text = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(text.stdout).toContain(`manifest.yaml:5:16 warning limit.unchecked  ${said[0]![1]}`);
    const json = await cli(['report', 'manifest.yaml', '--today', '2025-10-01', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(json.stdout) as { diagnostics: Diagnostic[] }).diagnostics.filter((d) => d.code === 'limit.unchecked').map((d) => d.message)).toEqual([said[0]![1]]);
    const md = await cli(['report', 'manifest.yaml', '--today', '2025-10-01', '--format', 'md'], { cwd: dir });
    expect(md.stdout).toContain(said[0]![1].replace('`pages: "2-3"`', '`pages: "2-3"`'));
  });

  it('limit.unchecked: a file with text whose other page is scanned is a warning naming that page and the cap, its count a lower bound (audit 12-06l #5; before: the info file.no-text, Ready under --strict, JSON words as if exact)', async () => {
    // Page 1 typed, page 2 scanned (an image, no text), page 3 blank, page 4 a diagram (lines and shapes only): a blank
    // page and a diagram hold no words (before the re-verification of 12-06m, a diagram was called "a scan or a photo").
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage(A4).drawText('I am a doctoral researcher in privacy-preserving machine learning.', { x: 60, y: 700, size: 11, font });
    doc.addPage(A4).drawImage(await doc.embedPng(makePng()), { x: 60, y: 300, width: 400, height: 300 });
    doc.addPage(A4);
    doc.addPage(A4).drawRectangle({ x: 60, y: 300, width: 400, height: 300 });
    const files = { 'mixed.pdf': await doc.save() };
    const bio = (value: string) => BASE.replace('bio: { text: "A short bio for the test, long enough to read like a real one." }', `bio: ${value}`);
    const check = await run(bio('mixed.pdf'), files);
    expect(where(check.diagnostics.filter((x) => x.code.startsWith('file.') || x.code.startsWith('limit.')))).toEqual(['5:8 warning limit.unchecked']);
    const d = only(check.diagnostics, 'limit.unchecked');
    expect([d.message, d.hint]).toEqual([
      'The words of Short bio cannot all be counted: page 2 of mixed.pdf has no selectable text (a scan or a photo), so its limit of 20 words is not checked (9 words counted on the others).',
      'Count the words on page 2 by hand to be sure Short bio stays within 20 words in all, or give it as a PDF with its text (exported from your editor, or the scan run through OCR), which is counted.',
    ]);
    const item = check.result!.items.find((i) => i.id === 'bio')!;
    expect([item.words, item.wordsUncounted, item.entries[0]!.wordsUncounted]).toEqual([9, 'some-pages', 'some-pages']);
    expect(makeReport({ manifest: 'manifest.yaml', profile: check.profile!, result: check.result!, diagnostics: check.diagnostics, strict: true }).verdict).toBe('Not ready: 1 warning (--strict)');
    // A selection leaving the scanned page out is counted whole: the blank page is only the note it was.
    const text = await run(bio('{ file: mixed.pdf, pages: "1, 3" }'), files);
    expect(where(text.diagnostics.filter((x) => x.code.startsWith('file.') || x.code.startsWith('limit.')))).toEqual(['5:34 info file.no-text']);
    expect(text.result!.items.find((i) => i.id === 'bio')!.wordsUncounted).toBeUndefined();
    // Counted words already over the cap: the error says it, the scanned page only adds to it.
    const over = await run(bio('mixed.pdf'), { ...files, 'profile.yaml': TEST_PROFILE.replace('max_words: 20', 'max_words: 5') });
    expect(where(over.diagnostics.filter((x) => x.code.startsWith('limit.')))).toEqual(['5:8 error limit.words']);
  });

  it('limit.unchecked: text turned into outlines (many small filled shapes, no image) is said as drawn, not "a scan or a photo"; such a page among pages of text is uncounted, a diagram still 0 words (before: a file of shapes was "a scan or a photo", an outlined page counted as 0 words, the cap passed silently)', async () => {
    // Six lines of twenty "letters": small closed shapes with curves, filled as a design program exports text "as curves".
    const letters = Array.from({ length: 120 }, (_, i) => { const x = 60 + (i % 20) * 8, y = 100 + Math.floor(i / 20) * 14; return `M${x},${y} C${x},${y - 9} ${x + 6},${y - 9} ${x + 6},${y} Z`; }).join(' ');
    const outlined = await PDFDocument.create();
    outlined.addPage(A4).drawSvgPath(letters, { x: 0, y: 800, color: rgb(0, 0, 0) });
    const bio = (value: string) => BASE.replace('bio: { text: "A short bio for the test, long enough to read like a real one." }', `bio: ${value}`);
    const whole = await run(bio('outlined.pdf'), { 'outlined.pdf': await outlined.save() });
    expect(where(whole.diagnostics.filter((x) => x.code.startsWith('limit.')))).toEqual(['5:8 warning limit.unchecked']);
    expect(only(whole.diagnostics, 'limit.unchecked').message).toBe('The words of Short bio cannot be counted: outlined.pdf has no text the tool can count (text drawn as shapes, or a scan), so its limit of 20 words is not checked.');
    // Page 1 typed, page 2 outlined, page 3 a diagram (a few lines and shapes, a circle): only page 2 goes uncounted.
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage(A4).drawText('I am a doctoral researcher in privacy-preserving machine learning.', { x: 60, y: 700, size: 11, font });
    doc.addPage(A4).drawSvgPath(letters, { x: 0, y: 800, color: rgb(0, 0, 0) });
    const diagram = doc.addPage(A4);
    diagram.drawRectangle({ x: 60, y: 300, width: 400, height: 300, color: rgb(0.9, 0.9, 0.9) });
    diagram.drawCircle({ x: 200, y: 450, size: 40, color: rgb(0, 0, 0) });
    diagram.drawLine({ start: { x: 60, y: 200 }, end: { x: 460, y: 200 } });
    const files = { 'mixed.pdf': await doc.save() };
    const check = await run(bio('mixed.pdf'), files);
    expect(where(check.diagnostics.filter((x) => x.code.startsWith('limit.')))).toEqual(['5:8 warning limit.unchecked']);
    expect(only(check.diagnostics, 'limit.unchecked').message).toBe('The words of Short bio cannot all be counted: page 2 of mixed.pdf has no text the tool can count (text drawn as shapes, or a scan), so its limit of 20 words is not checked (9 words counted on the others).');
    expect(check.result!.items.find((i) => i.id === 'bio')!.wordsUncounted).toBe('some-pages');
    // A `pages:` taking the outlined page alone says it the same way.
    const taken = await run(bio('{ file: mixed.pdf, pages: "2" }'), files);
    expect(only(taken.diagnostics, 'limit.unchecked').message).toBe('The words of Short bio cannot be counted: the page that `pages: "2"` takes from mixed.pdf has no text the tool can count (text drawn as shapes, or a scan), so its limit of 20 words is not checked.');
    // Leaving the outlined page out, the diagram holds no words: counted, no warning.
    const counted = await run(bio('{ file: mixed.pdf, pages: "1, 3" }'), files);
    expect(where(counted.diagnostics.filter((x) => x.code.startsWith('limit.')))).toEqual([]);
    expect(counted.result!.items.find((i) => i.id === 'bio')!.words).toBe(9);
  });

  it('limit.unchecked: text outlined as glyph forms drawn again and again (`cm … Do`), or as stroked outlines, is uncounted as filled outlines are; file.no-text under a cap does not say "nothing to do unless the posting limits words" (audit 20 #6; before: only file.no-text, Ready under --strict)', async () => {
    const bio = (value: string) => BASE.replace('bio: { text: "A short bio for the test, long enough to read like a real one." }', `bio: ${value}`);
    // Ten lines of words of 2 to 8 "letters": each letter a small closed shape with curves, on its line's baseline.
    const places = Array.from({ length: 200 }, (_, i) => [60 + (i % 20) * 8 + Math.floor((i % 20) / 5) * 6, 700 - Math.floor(i / 20) * 14] as const);
    const glyph = (x: number, y: number) => `${x} ${y} m ${x} ${y + 7} ${x + 5} ${y + 7} ${x + 5} ${y} c ${x + 5} ${y - 0.3} ${x} ${y - 0.3} ${x} ${y} c h`;
    const twoPages = async (second: (doc: PDFDocument, page: PDFPage) => string) => {
      const doc = await PDFDocument.create();
      const font = await doc.embedFont(StandardFonts.Helvetica);
      doc.addPage(A4).drawText('I am a doctoral researcher in privacy-preserving machine learning.', { x: 60, y: 700, size: 11, font });
      const page = doc.addPage(A4);
      page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.stream(second(doc, page))));
      return doc.save();
    };
    const forms = await twoPages((doc, page) => {
      for (let k = 0; k < 5; k++) page.node.setXObject(PDFName.of(`G${k}`), doc.context.register(doc.context.stream(`${glyph(0, 0)} f`, { Type: 'XObject', Subtype: 'Form', BBox: [-1, -1, 10, 10] })));
      return `0 g\n${places.map(([x, y], i) => `q 1 0 0 1 ${x} ${y} cm /G${i % 5} Do Q`).join('\n')}`;
    });
    const stroked = await twoPages(() => `0 G 0.8 w\n${places.map(([x, y]) => `${glyph(x, y)} S`).join('\n')}`);
    for (const [name, bytes] of [['forms.pdf', forms], ['stroked.pdf', stroked]] as const) {
      const check = await run(bio(name), { [name]: bytes });
      expect(where(check.diagnostics.filter((x) => x.code.startsWith('limit.') || x.code === 'file.no-text')), name).toEqual(['5:8 warning limit.unchecked']);
      expect(only(check.diagnostics, 'limit.unchecked').message).toBe(`The words of Short bio cannot all be counted: page 2 of ${name} has no text the tool can count (text drawn as shapes, or a scan), so its limit of 20 words is not checked (9 words counted on the others).`);
    }
    // Lines of a few stroked circles, open strokes and a table's rules hold no words: counted, only the note.
    const drawing = await twoPages(() => `0 G\n${places.map(([x, y]) => `${x} ${y} m ${x} ${y + 7} ${x + 5} ${y + 7} ${x + 5} ${y} c S`).join('\n')}`);
    const plain = await run(bio('drawing.pdf'), { 'drawing.pdf': drawing });
    expect(where(plain.diagnostics.filter((x) => x.code.startsWith('limit.') || x.code === 'file.no-text'))).toEqual(['5:8 info file.no-text']);
    expect(only(plain.diagnostics, 'file.no-text').hint).toBe('The posting limits words here: those pages look like pictures or blank to the tool, but if they hold text, give a version with selectable text so the limit can be checked.');
  });

  it('limit.unchecked: not said when the uncounted pages, full of dense text (1,500 words, 10,000 characters an A4 page), cannot take the item past its cap; the JSON keeps wordsUncounted (re-verification 12-06o: 8 photo pages of a 400-page publication, 289,000 words short of its cap, failed --strict)', async () => {
    // Page 1 typed (9 words), pages 2 and 3 photos without text.
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage(A4).drawText('I am a doctoral researcher in privacy-preserving machine learning.', { x: 60, y: 700, size: 11, font });
    const png = await doc.embedPng(makePng());
    for (let i = 0; i < 2; i++) doc.addPage(A4).drawImage(png, { x: 60, y: 300, width: 400, height: 300 });
    const files = { 'mixed.pdf': await doc.save() };
    const bio = (value: string, cap: string) => run(BASE.replace('bio: { text: "A short bio for the test, long enough to read like a real one." }', `bio: ${value}`), { ...files, 'profile.yaml': TEST_PROFILE.replace('max_words: 20', cap) });
    const codes = (check: Awaited<ReturnType<typeof bio>>) => where(check.diagnostics.filter((x) => x.code.startsWith('limit.') || x.code === 'file.no-text'));
    // 9 + 2 x 1,500 = 3,009 words at most: a cap of 3,009 cannot be passed, one of 3,008 can.
    const within = await bio('mixed.pdf', 'max_words: 3009');
    expect(codes(within)).toEqual([]);
    const item = within.result!.items.find((i) => i.id === 'bio')!;
    expect([item.words, item.wordsUncounted]).toEqual([9, 'some-pages']);
    expect(makeReport({ manifest: 'manifest.yaml', profile: within.profile!, result: within.result!, diagnostics: within.diagnostics, strict: true }).verdict).toMatch(/^Ready/);
    expect(codes(await bio('mixed.pdf', 'max_words: 3008'))).toEqual(['5:8 warning limit.unchecked']);
    // A word cap that cannot be passed, beside a character cap that can: said.
    expect(codes(await bio('mixed.pdf', 'max_words: 5000, max_chars: 100'))).toEqual(['5:8 warning limit.unchecked']);
    // A file without text at all (the 2 photo pages, taken by `pages:`): the same bound, for characters too (2 x 10,000).
    const photos = '{ file: mixed.pdf, pages: "2-3" }';
    expect(codes(await bio(photos, 'max_words: 3000'))).toEqual([]);
    expect(codes(await bio(photos, 'max_words: 2999'))).toEqual(['5:16 warning limit.unchecked']);
    expect(codes(await bio(photos, 'max_chars: 20000'))).toEqual([]);
    expect(codes(await bio(photos, 'max_chars: 19999'))).toEqual(['5:16 warning limit.unchecked']);
    // An A3 page holds twice an A4 page's words: a 2,000-word cap can be passed by one scanned A3 page, not by an A4 one.
    const a3 = await PDFDocument.create();
    a3.addPage([841.89, 1190.55]).drawImage(await a3.embedPng(makePng()), { x: 60, y: 300, width: 400, height: 300 });
    const a4 = await PDFDocument.create();
    a4.addPage(A4).drawImage(await a4.embedPng(makePng()), { x: 60, y: 300, width: 400, height: 300 });
    const sized = { 'a3.pdf': await a3.save(), 'a4.pdf': await a4.save(), 'profile.yaml': TEST_PROFILE.replace('max_words: 20', 'max_words: 2000') };
    const one = (file: string) => run(BASE.replace('bio: { text: "A short bio for the test, long enough to read like a real one." }', `bio: ${file}`), sized);
    expect(codes(await one('a3.pdf'))).toEqual(['5:8 warning limit.unchecked']);
    expect(codes(await one('a4.pdf'))).toEqual([]);
    // An image is the pages it holds: a scrolling screenshot six pages long can pass 2,000 words, a photo of a page cannot.
    const image = (width: number, height: number) => run(BASE.replace('bio: { text: "A short bio for the test, long enough to read like a real one." }', 'bio: shot.png'), { 'shot.png': makePng(width, height), 'profile.yaml': TEST_PROFILE.replace('max_words: 20', 'max_words: 2000') });
    expect(codes(await image(60, 480))).toEqual(['5:8 warning limit.unchecked']);
    expect(codes(await image(60, 80))).toEqual([]);
  });

  it('limit.unchecked: a file without text whose page holds neither an image nor text drawn as shapes (an icon, a frame) says "no text the tool can count" and guesses no reason (re-verification 12-06o; before: "(text drawn as shapes, or a scan)")', async () => {
    const doc = await PDFDocument.create();
    doc.addPage(A4).drawSvgPath('M 0 0 L 40 0 L 40 20 L 30 20 L 30 30 L 10 30 L 10 20 L 0 20 Z', { x: 200, y: 500, color: rgb(0, 0.6, 0) });
    const frame = await PDFDocument.create();
    frame.addPage(A4).drawRectangle({ x: 60, y: 300, width: 400, height: 300, color: rgb(1, 1, 0) });
    for (const [name, pdf] of [['icon.pdf', doc], ['frame.pdf', frame]] as const) {
      const check = await run(BASE.replace('bio: { text: "A short bio for the test, long enough to read like a real one." }', `bio: ${name}`), { [name]: await pdf.save() });
      expect(where(check.diagnostics.filter((x) => x.code.startsWith('limit.'))), name).toEqual(['5:8 warning limit.unchecked']);
      expect(only(check.diagnostics, 'limit.unchecked').message).toBe(`The words of Short bio cannot be counted: ${name} has no text the tool can count, so its limit of 20 words is not checked.`);
    }
  });

  it('limit.unchecked: said at the scan\'s own line in a list of entries, not at the item\'s first entry (before: at the text above it, 6:5)', async () => {
    const doc = await PDFDocument.create();
    doc.addPage(A4).drawRectangle({ x: 60, y: 300, width: 400, height: 300 });
    const files = { 'scan.pdf': await doc.save(), 'scan.png': makePng() };
    const list = (scan: string) => BASE.replace('bio: { text: "A short bio for the test, long enough to read like a real one." }', `bio:\n    - { text: "A short bio." }\n${scan}`);
    for (const [scan, at] of [['    - scan.png', '7:7'], ['    - { file: scan.pdf, pages: "1" }', '7:15'], ['    - file: scan.pdf\n      pages: "1"', '7:13']] as const) {
      const check = await run(list(scan), files);
      expect(where(check.diagnostics.filter((x) => x.code === 'limit.unchecked')), scan).toEqual([`${at} warning limit.unchecked`]);
    }
  });

  // Before: limit.unchecked ("only text boxes typed onto the page, which are not counted"), though the packet shows them (prod21b).
  it('words typed onto a page in text boxes (FreeText, as Preview\'s Text tool writes them) count against a word cap, as the packet shows them', async () => {
    /** A page without text of its own, and a FreeText box of `words`, with an appearance that shows them or (`bare`) only its /Contents. */
    const typedPdf = async (words: string, bare = false) => {
      const doc = await PDFDocument.create();
      const page = doc.addPage(A4);
      const font = await doc.embedFont(StandardFonts.Helvetica);
      const ap = doc.context.register(doc.context.stream(`BT /F1 11 Tf 0 g 5 20 Td ${font.encodeText(words).toString()} Tj ET`, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 500, 40], Resources: { Font: { F1: font.ref } } }));
      page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.obj({ Type: 'Annot', Subtype: 'FreeText', Rect: [60, 400, 560, 440], Contents: PDFString.of(words), DA: PDFString.of('/Helv 11 Tf 0 g'), F: 4, ...(bare ? {} : { AP: { N: ap } }) })]));
      return doc.save();
    };
    const bio = (check: Awaited<ReturnType<typeof run>>) => check.result!.items.find((i) => i.id === 'bio')!;
    const manifest = BASE.replace('bio: { text: "A short bio for the test, long enough to read like a real one." }', 'bio: typed.pdf');
    for (const bare of [false, true]) {
      const short = await run(manifest, { 'typed.pdf': await typedPdf('I apply for the position of doctoral researcher.', bare) });
      expect(short.diagnostics.filter((d) => d.code.startsWith('limit.') || d.code === 'file.no-text').map((d) => d.code), String(bare)).toEqual([]);
      expect([bio(short).words, bio(short).wordsUncounted]).toEqual([8, undefined]);
      const long = await run(manifest, { 'typed.pdf': await typedPdf(Array.from({ length: 25 }, (_, i) => `word${i}`).join(' '), bare) });
      expect(where(long.diagnostics.filter((d) => d.code.startsWith('limit.')))).toEqual(['5:8 error limit.words']);
      expect(only(long.diagnostics, 'limit.words').message).toMatch(/^Short bio .*25 words/);
    }
  });

  it('manifest.placeholder: a value left from the starter manifest', async () => {
    const check = await run(BASE.replace('Tiina Perho', 'Your Name'));
    expect(where([only(check.diagnostics, 'manifest.placeholder')])).toEqual(['2:20 error manifest.placeholder']);
  });
});

describe('a new user\'s first manifest', () => {
  it('gets one diagnostic per mistake, each at the right line', async () => {
    const manifest = `profile: ./profile.yaml
applicant:
  name: Tiina Perho
  emial: test@examples.fi
items:
  cv: docs/cv.pdf
  bio: { text: "A short bio, long enough to read like a real one here." }
  research_plan: plan.pdf
  thesis: { link: "ftp://examples.fi/thesis.pdf" }
  references:
    - { name: Ida Aho, email: one@examples.fi }
    - { name: Ari Oja, email: one@examples.fi }
`;
    const check = await run(manifest, { 'plan.pdf': plan7 });
    expect(where(check.diagnostics)).toEqual([
      '4:3 error manifest.unknown-key',
      '6:7 error file.not-found',
      '8:18 error limit.pages',
      '9:19 error link.invalid',
      '12:31 error referee.duplicate',
    ]);
  });
});

describe('referees that are not people, links that are template slots (audit 12-05d #2, #3)', () => {
  /** The diagnostic lines a user reads, for a manifest with `Ida Aho` and `Ari Oja` given as `one` and `two`. */
  async function refLines(one: string, two = '{ name: Ari Oja, email: two@examples.fi }'): Promise<string[]> {
    const check = await run(BASE.replace('{ name: Ida Aho, email: one@examples.fi }', one).replace('{ name: Ari Oja, email: two@examples.fi }', two));
    return check.diagnostics.map((d) => formatDiagnostic(d).replace(check.manifestFile, 'manifest.yaml'));
  }

  it('manifest.placeholder: a title with initials only, the words of a name slot, a role, an address of generic words (before: Ready)', async () => {
    const lines: string[] = [];
    for (const name of ['Prof. N. N.', 'Prof. NN', 'Prof. X', 'Dr. A', 'Name', 'Full name', 'First name', 'Firstname', 'Prof. Firstname', 'Someone', 'Unknown', '(name)']) {
      lines.push(...(await refLines(`{ name: "${name}", email: one@examples.fi }`)));
    }
    expect(lines).toEqual(
      ['Prof. N. N.', 'Prof. NN', 'Prof. X', 'Dr. A', 'Name', 'Full name', 'First name', 'Firstname', 'Prof. Firstname', 'Someone', 'Unknown', '(name)'].map(
        (name) => `manifest.yaml:9:15 error manifest.placeholder  "${name}" is a placeholder, not the real value: a reviewer would read it as it is.  hint: Replace it with the real value.`,
      ),
    );
    expect(await refLines('{ name: "My thesis supervisor", email: one@examples.fi }', '{ name: "Head of department", email: two@examples.fi }')).toEqual([
      'manifest.yaml:9:15 error manifest.placeholder  "My thesis supervisor" says what the referee is to you, not who they are: a reviewer cannot write to a role.  hint: Write the referee\'s own name, e.g. Prof. Mikko Korhonen (their role can go under `relation:`).',
      'manifest.yaml:10:15 error manifest.placeholder  "Head of department" says what the referee is to you, not who they are: a reviewer cannot write to a role.  hint: Write the referee\'s own name, e.g. Prof. Mikko Korhonen (their role can go under `relation:`).',
    ]);
    expect(await refLines('{ name: Mikko Korhonen, email: test@test.com }', '{ name: Matti Virtanen, email: name@domain.com }')).toEqual([
      'manifest.yaml:9:38 error manifest.placeholder  "test@test.com" is a placeholder, not the real value: a reviewer would read it as it is.  hint: Replace it with the real value.',
      'manifest.yaml:10:38 error manifest.placeholder  "name@domain.com" is a placeholder, not the real value: a reviewer would read it as it is.  hint: Replace it with the real value.',
    ]);
  });

  it('manifest.placeholder, not referee.same-name: "(name)" next to "Name" is two slots, not one person twice', async () => {
    expect(await refLines('{ name: "Name", email: one@examples.fi }', '{ name: "(name)", email: two@examples.fi }')).toEqual([
      'manifest.yaml:9:15 error manifest.placeholder  "Name" is a placeholder, not the real value: a reviewer would read it as it is.  hint: Replace it with the real value.',
      'manifest.yaml:10:15 error manifest.placeholder  "(name)" is a placeholder, not the real value: a reviewer would read it as it is.  hint: Replace it with the real value.',
    ]);
  });

  it('manifest.placeholder: a title before "?" or a role, "pending", the slot words of German, French, Italian and Polish forms, "Jane Roe", "(to be asked)" (audit 12-05f #5; before: Ready)', async () => {
    const names = ['Prof. ?', 'Dr. …', 'pending', 'Vorname Nachname', 'Nachname, Vorname', 'Prénom Nom', 'Nome Cognome', 'Imię i nazwisko', 'Herr Vorname Nachname', 'Jane Roe', 'Otto Normalverbraucher', 'Fulano de Tal', 'Prof. Jukka Nieminen (to be asked)', 'Prof. Jukka Nieminen (pending)', 'Prof. Jukka Nieminen (?)'];
    const lines: string[] = [];
    for (const name of names) lines.push(...(await refLines(`{ name: "${name}", email: one@examples.fi }`)));
    expect(lines).toEqual(names.map((name) => `manifest.yaml:9:15 error manifest.placeholder  "${name}" is a placeholder, not the real value: a reviewer would read it as it is.  hint: Replace it with the real value.`));
    expect(await refLines('{ name: "Dr. Supervisor", email: one@examples.fi }', '{ name: "Prof. Head of Department", email: two@examples.fi }')).toEqual([
      'manifest.yaml:9:15 error manifest.placeholder  "Dr. Supervisor" says what the referee is to you, not who they are: a reviewer cannot write to a role.  hint: Write the referee\'s own name, e.g. Prof. Mikko Korhonen (their role can go under `relation:`).',
      'manifest.yaml:10:15 error manifest.placeholder  "Prof. Head of Department" says what the referee is to you, not who they are: a reviewer cannot write to a role.  hint: Write the referee\'s own name, e.g. Prof. Mikko Korhonen (their role can go under `relation:`).',
    ]);
  });

  it('referee.same-name: a note in parentheses does not make a second person of one (audit 12-05f #5; before: Ready, min: 2 met by one person)', async () => {
    expect(await refLines('{ name: Prof. Mikko Korhonen, email: one@examples.fi }', '{ name: "Prof. Mikko Korhonen (to be asked)", email: mikko.k@examples.fi }')).toEqual([
      'manifest.yaml:10:15 error manifest.placeholder  "Prof. Mikko Korhonen (to be asked)" is a placeholder, not the real value: a reviewer would read it as it is.  hint: Replace it with the real value.',
      'manifest.yaml:10:15 warning referee.same-name  Prof. Mikko Korhonen (to be asked) at mikko.k@examples.fi has the name of your referee Prof. Mikko Korhonen (line 9) at one@examples.fi: if they are one person, they count twice.  hint: Check the two addresses: if both are one person\'s, keep one of the entries; if they are two people, give each their `affiliation:`, so a reviewer can tell them apart.',
    ]);
    // Two people of one name, told apart by a note after the name.
    expect(await refLines('{ name: Mikko Korhonen (Aalto), email: one@examples.fi }', '{ name: Mikko Korhonen (Tampere), email: two@examples.fi }')).toEqual([]);
  });

  it('referee.example-name: a form\'s example name that real people have too is a warning, not a refusal (audit 12-05f #5)', async () => {
    expect(await refLines('{ name: Jean Dupont, email: one@examples.fi }', '{ name: Mario Rossi, email: two@examples.fi }')).toEqual([
      'manifest.yaml:9:15 warning referee.example-name  "Jean Dupont" is the example name of French forms: a referee left from a template would reach no one.  hint: If it is your referee\'s real name, nothing to do; otherwise write their own name and email address.',
      'manifest.yaml:10:15 warning referee.example-name  "Mario Rossi" is the example name of Italian forms: a referee left from a template would reach no one.  hint: If it is your referee\'s real name, nothing to do; otherwise write their own name and email address.',
    ]);
    // With a title, the name of someone the applicant knows (the incomplete example's "Prof. Jan Kowalski").
    expect(await refLines('{ name: Prof. Jan Kowalski, email: one@examples.fi }', '{ name: Dr. Jean Dupont, email: two@examples.fi }')).toEqual([]);
  });

  it('real names with initials, short names and one-letter family names are people', async () => {
    for (const [one, two] of [
      ['Prof. Xu', 'Dr. O'],
      ['Ng', 'Li'],
      ['J. K. Rowling', 'Prof. J. Smith'],
      ['Dr. Wei Li', 'Dean Smith'],
      ['Nn Okafor', 'Prof. Xi Chen'],
      // Close to the slots and dummy names of forms, and people all the same.
      ['Dr. Boss', 'Prof. Teacher'],
      ['Ken Nomura', 'Nomvula Dlamini'],
      ['Jean Durand', 'Mario Bianchi'],
      ['Jan de Vries', 'Anna Nowak'],
      ['Prof. Maybelle Roe', 'Dr. Penda Diallo'],
    ]) {
      // A family name alone after a title is someone, whom a reviewer cannot tell from others (referee.one-name, a warning).
      expect((await refLines(`{ name: "${one}", email: one@examples.fi }`, `{ name: "${two}", email: two@examples.fi }`)).filter((l) => !l.includes(' referee.one-name '))).toEqual([]);
    }
    // Real addresses with a short or common part: a person's mailbox, not a template's (test.person@ would be the applicant's name: referee.own-email).
    expect(await refLines('{ name: Ida Aho, email: test.aho@gmail.com }', '{ name: Ari Oja, email: a@tuni.fi }')).toEqual([]);
    expect(await refLines('{ name: Ida Aho, email: one@ymail.com }', '{ name: Ari Oja, email: two@mail.com }')).toEqual([]);
  });

  it('referee.email, referee.email-typo, referee.phone: a mistyped mail provider and a number no one can call (before: Ready)', async () => {
    expect(await refLines('{ name: Liisa Mäkinen, email: liisa.makinen@gmail.con, phone: "123" }', '{ name: Ari Oja, email: two@gmial.com }')).toEqual([
      'manifest.yaml:9:37 error referee.email  Liisa Mäkinen\'s email "liisa.makinen@gmail.con" ends in ".con", which no address has: mail to it would not arrive.  hint: Did you mean gmail.com? Check the address with the referee.',
      'manifest.yaml:9:69 warning referee.phone  Liisa Mäkinen\'s phone "123" has too few digits to be a number anyone can call.  hint: Write the whole number with its country code, e.g. +358 50 123 4567, or leave `phone:` out.',
      'manifest.yaml:10:31 warning referee.email-typo  Ari Oja\'s email "two@gmial.com" is at gmial.com, not gmail.com: mail to it would reach someone else, or no one.  hint: Did you mean gmail.com? Check the address with the referee.',
    ]);
    // A whole number, and a provider's regional domain, are fine.
    expect(await refLines('{ name: Ida Aho, email: one@examples.fi, phone: "+358 50 123 4567" }', '{ name: Ari Oja, email: two@hotmail.fr }')).toEqual([]);
  });

  it('referee.phone: no digit at all ("n/a", an address in the wrong field) or only zeros is no number either; a placeholder is said once, as one (audit 12-06h #6; before: Ready, "Phone: n/a" printed)', async () => {
    const phone = (value: string) => refLines(`{ name: Ida Aho, email: one@examples.fi, phone: "${value}" }`, '{ name: Ari Oja, email: two@examples.fi }');
    expect(await phone('n/a')).toEqual(['manifest.yaml:9:55 warning referee.phone  Ida Aho\'s phone "n/a" has too few digits to be a number anyone can call.  hint: Write the whole number with its country code, e.g. +358 50 123 4567, or leave `phone:` out.']);
    expect((await phone('li.wei@ethz.ch')).map((l) => l.split('  ')[0])).toEqual(['manifest.yaml:9:55 warning referee.phone']);
    expect((await phone('0000000')).map((l) => l.split('  ')[0])).toEqual(['manifest.yaml:9:55 warning referee.phone']);
    expect((await phone('TBC')).map((l) => l.split('  ')[0])).toEqual(['manifest.yaml:9:55 error manifest.placeholder']);
    expect(await phone('1-800-FLOWERS')).toEqual([]);
  });

  it('referee.email: an ending no domain has, by IANA\'s list: the near country suggested, or none when none stands out (audit 12-05h #6; before: Ready)', async () => {
    expect(await refLines('{ name: Anna Nowak, email: anna.nowak@uw.edu.pll }', '{ name: Ari Oja, email: two@uni.domain }')).toEqual([
      'manifest.yaml:9:34 error referee.email  Anna Nowak\'s email "anna.nowak@uw.edu.pll" ends in ".pll", which no address has: mail to it would not arrive.  hint: Did you mean uw.edu.pl? Check the address with the referee.',
      'manifest.yaml:10:31 error referee.email  Ari Oja\'s email "two@uni.domain" ends in ".domain", which no address has: mail to it would not arrive.  hint: Check the address with its owner: after the last dot comes a country (.fi, .pl, .uk) or an ending such as .com, .org or .edu.',
    ]);
    // "uw.edu.con" was no "uw.edu.com": said without a guess.
    expect((await refLines('{ name: Anna Nowak, email: anna.nowak@uw.edu.con }', '{ name: Ari Oja, email: two@examples.fi }'))[0]).toContain('hint: Check the address with its owner');
    // New general endings, Unicode and punycode endings are real.
    expect(await refLines('{ name: Ida Aho, email: one@lab.science }', '{ name: Ari Oja, email: two@university.academy }')).toEqual([]);
    expect(await refLines('{ name: Ida Aho, email: one@пример.рф }', '{ name: Ari Oja, email: two@xn--e1afmkfd.xn--p1ai }')).toEqual([]);
  });

  it('applicant.phone: your own number, printed on the cover, checked as a referee\'s is (audit 12-06d #5; before: "123" printed with no word, while a referee\'s "123" was a warning)', async () => {
    const lines = async (phone: string) => {
      const check = await run(BASE.replace('email: test@examples.fi', `email: test@examples.fi, phone: "${phone}"`));
      return check.diagnostics.map((d) => formatDiagnostic(d).replace(check.manifestFile, 'manifest.yaml'));
    };
    expect(await lines('123')).toEqual([
      'manifest.yaml:2:65 warning applicant.phone  Your phone "123" has too few digits to be a number anyone can call: it is printed on the cover, where a reviewer looks for it to invite you.  hint: Write the whole number with its country code, e.g. +358 50 123 4567, or leave `phone:` out.',
    ]);
    expect((await lines('+358 40 ABC'))[0]).toContain('warning applicant.phone  Your phone "+358 40 ABC" has too few digits');
    // Whole numbers, with an extension or a word dialled as digits, are fine.
    for (const fine of ['+358 50 123 4567', '+1 555 123 4567 ext. 12', '1-800-FLOWERS', '(09) 4512 3456']) expect(await lines(fine)).toEqual([]);
  });

  it('manifest.invalid, applicant.email-typo: the applicant\'s own address, printed on the cover, mistyped (before: Ready, the reviewer\'s reply lost)', async () => {
    const lines = async (email: string) => {
      const check = await run(BASE.replace('email: test@examples.fi', `email: ${email}`));
      return check.diagnostics.map((d) => formatDiagnostic(d).replace(check.manifestFile, 'manifest.yaml'));
    };
    expect(await lines('aino.virtanen@gmail.con')).toEqual([
      'manifest.yaml:2:40 error manifest.invalid  Your email "aino.virtanen@gmail.con" ends in ".con", which no address has: a reviewer\'s reply would not arrive.  hint: Did you mean gmail.com?',
    ]);
    expect(await lines('aino.virtanen@hotmial.com')).toEqual([
      'manifest.yaml:2:40 warning applicant.email-typo  Your email "aino.virtanen@hotmial.com" is at hotmial.com, not hotmail.com: it is printed on the cover, and a reviewer\'s reply would reach someone else, or no one.  hint: Did you mean hotmail.com?',
    ]);
    expect(await lines('aino.virtanen@hotmail.fr')).toEqual([]);
    expect(await lines('aino.virtanen@tuni.fi')).toEqual([]);
    expect(await lines('aino.virtanen@tuni.fii')).toEqual([
      'manifest.yaml:2:40 error manifest.invalid  Your email "aino.virtanen@tuni.fii" ends in ".fii", which no address has: a reviewer\'s reply would not arrive.  hint: Did you mean tuni.fi?',
    ]);
  });

  it('manifest.placeholder: a link still holding a template\'s slot (before: Ready, the thesis page a dead link)', async () => {
    const lines: string[] = [];
    const links = [
      ['https://doi.org/10.xxxx/xxxxx', '10.xxxx'],
      ['https://arxiv.org/abs/XXXX.XXXXX', 'XXXX.XXXXX'],
      ['https://drive.google.com/file/d/FILE_ID/view', 'FILE_ID'],
      ['https://trepo.tuni.fi/handle/10024/{id}', '{id}'],
      ['https://trepo.tuni.fi/handle/10024/<id>', '<id>'],
      ['https://github.com/your-username/thesis', 'your-username'],
      ['https://www.yoursite.com/thesis.pdf', 'yoursite'],
      ['https://username.github.io/thesis.pdf', 'username'],
    ];
    for (const [link] of links) {
      const check = await run(BASE.replace('https://examples.fi/thesis.pdf', link!));
      lines.push(...check.diagnostics.map((d) => formatDiagnostic(d).replace(check.manifestFile, 'manifest.yaml')));
    }
    expect(lines).toEqual(links.map(([link, slot]) => `manifest.yaml:7:19 error manifest.placeholder  "${link}" still holds the template's slot "${slot}": no page is there for a reviewer to open.  hint: Write the real address of the page.`));
    // Real addresses that only look alike.
    for (const link of ['https://doi.org/10.1145/3319535.3363196', 'https://arxiv.org/abs/2101.00001', 'https://drive.google.com/file/d/1aXXXbQ7_zYx/view', 'https://github.com/ainov/your-thesis-template', 'https://www.xxxlutz.fi/x', 'https://trepo.tuni.fi/discover?sort=ID']) {
      const check = await run(BASE.replace('https://examples.fi/thesis.pdf', link));
      expect(where(check.diagnostics), link).toEqual([]);
    }
  });

  it('link.owner-only: a page only its signed-in owner can open (before: Ready, without a word)', async () => {
    const lines: string[] = [];
    for (const link of ['https://www.dropbox.com/home/thesis.pdf', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzGtwgf', 'https://drive.google.com/drive/my-drive', 'https://onedrive.live.com/?id=ABC123%21105&cid=ABC123', 'https://www.overleaf.com/project/64a1b2c3d4e5f6a7b8c9d0e1']) {
      const check = await run(BASE.replace('https://examples.fi/thesis.pdf', link));
      lines.push(...check.diagnostics.map((d) => `${d.line}:${d.col} ${d.severity} ${d.code}  ${d.message}`));
    }
    expect(lines).toEqual([
      '7:19 warning link.owner-only  "https://www.dropbox.com/home/thesis.pdf" is a page of your own Dropbox: a reviewer who clicks it gets a sign-in page, not your document.',
      '7:19 warning link.owner-only  "https://mail.google.com/mail/u/0/#inbox/FMfcgzGtwgf" is a mail in your own Gmail: a reviewer who clicks it gets a sign-in page, not your document.',
      '7:19 warning link.owner-only  "https://drive.google.com/drive/my-drive" is a view of your own Google Drive: a reviewer who clicks it gets a sign-in page, not your document.',
      '7:19 warning link.owner-only  "https://onedrive.live.com/?id=ABC123%21105&cid=ABC123" is a file in your own OneDrive, without a share key: a reviewer who clicks it gets a sign-in page, not your document.',
      '7:19 warning link.owner-only  "https://www.overleaf.com/project/64a1b2c3d4e5f6a7b8c9d0e1" is your own Overleaf project: a reviewer who clicks it gets a sign-in page, not your document.',
    ]);
    // Their share links open for anyone.
    for (const link of ['https://www.dropbox.com/scl/fi/abc123/thesis.pdf?rlkey=x&dl=0', 'https://drive.google.com/file/d/1aBcD/view?usp=sharing', 'https://1drv.ms/b/s!AbC', 'https://onedrive.live.com/?authkey=%21AB&id=ABC%21105', 'https://www.overleaf.com/read/abcdefghijkl']) {
      const check = await run(BASE.replace('https://examples.fi/thesis.pdf', link));
      expect(where(check.diagnostics), link).toEqual([]);
    }
  });

  it('link.owner-only: a university OneDrive or SharePoint file by its own path, a OneDrive "resid" address (audit 12-05h #10; before: Ready, without a word)', async () => {
    const said = async (link: string) => (await run(BASE.replace('https://examples.fi/thesis.pdf', link))).diagnostics.map((d) => `${d.line}:${d.col} ${d.severity} ${d.code}  ${d.message}  hint: ${d.hint}`);
    expect(await said('https://tuni-my.sharepoint.com/personal/aino_tuni_fi/Documents/thesis.pdf')).toEqual([
      '7:19 warning link.owner-only  "https://tuni-my.sharepoint.com/personal/aino_tuni_fi/Documents/thesis.pdf" is a file in your university\'s OneDrive or SharePoint, by its own address, not a share link: a reviewer who clicks it gets a sign-in page, not your document.  hint: In OneDrive, choose the file, then Share, "Anyone with the link" if your university allows it, and Copy link (https://...sharepoint.com/:b:/g/...); if only people of your university may open it, include the PDF itself.',
    ]);
    expect((await said('https://uni.sharepoint.com/sites/lab/Shared%20Documents/thesis.pdf'))[0]).toContain('warning link.owner-only');
    expect((await said('https://onedrive.live.com/edit.aspx?resid=4F2A1B3C5D6E7F80!123'))[0]).toContain('is a file in your own OneDrive, without a share key');
    // Share links of both open for anyone the owner let in.
    for (const link of ['https://tuni-my.sharepoint.com/:b:/g/personal/aino_tuni_fi/EaBcDeF?e=x1Y2z3', 'https://onedrive.live.com/redir?resid=4F2A!123&authkey=!AbC']) expect(await said(link), link).toEqual([]);
  });
});

describe('template slots anywhere a reviewer reads (audit 12-05h #1, #2, #3, #4, #7)', () => {
  /** The diagnostic lines a user reads, `manifest.yaml:line:col ...`, for BASE with `from` replaced by `to` (short texts are short on purpose). */
  async function lines(from: string, to: string): Promise<string[]> {
    const check = await run(BASE.replace(from, to));
    return check.diagnostics.filter((d) => d.code !== 'text.short').map((d) => formatDiagnostic(d).replace(check.manifestFile, 'manifest.yaml'));
  }
  const placeholder = (at: string, value: string) => `manifest.yaml:${at} error manifest.placeholder  "${value}" is a placeholder, not the real value: a reviewer would read it as it is.  hint: Replace it with the real value.`;
  const APPLICANT = 'applicant: { name: Tiina Perho, email: test@examples.fi }';

  it('#1: the applicant\'s name, address and website as a template left them (before: Ready, "Your Name Here" on every page)', async () => {
    for (const name of ['Your Name Here', 'Your Full Name', 'Name Surname', 'Insert Name']) {
      expect(await lines(APPLICANT, `applicant: { name: "${name}", email: test@examples.fi }`), name).toEqual([placeholder('2:20', name)]);
    }
    for (const address of ['Street address, City, Postal code', 'Straße Nr., PLZ Ort']) {
      expect(await lines(APPLICANT, `applicant: { name: Tiina Perho, email: test@examples.fi, address: "${address}" }`), address).toEqual([placeholder('2:67', address)]);
    }
    expect(await lines(APPLICANT, 'applicant: { name: Tiina Perho, email: test@examples.fi, website: "https://{your-site}.github.io" }')).toEqual([
      'manifest.yaml:2:67 error manifest.placeholder  "https://{your-site}.github.io" still holds the template\'s slot "{your-site}": no page is there for a reviewer to open.  hint: Write the real address of the page.',
    ]);
    // Real ones: a name with "Here" in it, a street with a city, a site of one's own.
    for (const applicant of ['{ name: Hana Here, email: test@examples.fi }', '{ name: Tiina Perho, email: test@examples.fi, address: "Main Street 1, City of Tampere" }', '{ name: Tiina Perho, email: test@examples.fi, address: "Hervannan katu 1, 33720 Tampere" }', '{ name: Tiina Perho, email: test@examples.fi, website: "https://aino.github.io" }']) {
      expect(await lines(APPLICANT, `applicant: ${applicant}`), applicant).toEqual([]);
    }
  });

  it('#2: a referee\'s slot with a note after it (before: Ready, "Second referee (to ask)" on the referees page)', async () => {
    for (const name of ['Second referee (to ask)', 'Referee 2 (to ask)', 'Referee name (Aalto)']) {
      expect(await lines('Ida Aho', `"${name}"`), name).toEqual([placeholder('9:15', name)]);
    }
    expect(await lines('Ida Aho', '"My thesis supervisor (Aalto)"')).toEqual([
      'manifest.yaml:9:15 error manifest.placeholder  "My thesis supervisor (Aalto)" says what the referee is to you, not who they are: a reviewer cannot write to a role.  hint: Write the referee\'s own name, e.g. Prof. Mikko Korhonen (their role can go under `relation:`).',
    ]);
  });

  it('#3: an address pattern of a form in other languages, for a referee or the applicant (before: Ready)', async () => {
    for (const email of ['vorname.nachname@uni-bonn.de', 'etunimi.sukunimi@helsinki.fi', 'prenom.nom@univ-paris.fr', 'nome.cognome@unimi.it', 'imie.nazwisko@uw.edu.pl', 'v.nachname@uni-bonn.de']) {
      expect(await lines('one@examples.fi', email), email).toEqual([placeholder('9:31', email)]);
    }
    expect(await lines('test@examples.fi', 'vorname.nachname@tuni.fi')).toEqual([placeholder('2:40', 'vorname.nachname@tuni.fi')]);
    // Real people whose address only starts like one.
    for (const email of ['nomad@tuni.fi', 'jean.nom@univ-paris.fr', 'noemi.nome@unimi.it']) expect(await lines('one@examples.fi', email), email).toEqual([]);
  });

  it('#4: a template\'s slot in a typed text, named in the message (before: Ready, "{{university}}" typeset in the packet)', async () => {
    const slots: [string, string][] = [
      ['Dear Search Committee at {{university}}, I apply.', '{{university}}'],
      ['Dear Search Committee at <university>, I apply.', '<university>'],
      ['Dear Search Committee at XXX University, I apply.', 'XXX'],
      ['Dear Search Committee at ___________, I apply.', '___________'],
      ['I am applying for the position (ADD MORE HERE) today.', '(ADD MORE HERE)'],
      ['Dear {first_name}, I am applying for the position.', '{first_name}'],
      // A form's address in the text or a mail link (before: Ready, "firstname.lastname@university.edu" printed in the bio).
      ['Write to me at firstname.lastname@university.edu.', 'firstname.lastname@university.edu'],
      ['Contact: [mail me](mailto:vorname.nachname@uni-bonn.de).', 'vorname.nachname@uni-bonn.de'],
      ['Questions: name@domain.com or the office.', 'name@domain.com'],
    ];
    const got: string[] = [];
    for (const [text] of slots) got.push(...(await lines(TEST_BIO, text)));
    expect(got).toEqual(
      slots.map(([text, slot]) => `manifest.yaml:5:16 error manifest.placeholder  "${text}" still holds the template's slot "${slot}": a reviewer would read it as it is.  hint: Write the real words in place of the slot.`),
    );
    // Real texts with the same characters: LaTeX, a comparison, HTML, a code identifier, a rule line, a film, BibTeX braces.
    for (const text of ['We found p < 0.05 with \\\\emph{every} model.', 'Attacks on {BERT} in List<String> code.', 'I wrote <b>my</b> own my___var parser.', 'Part one\\n___\\nPart two.', 'I watched XXX and Super Bowl XXX.', 'Write to me at aino.virtanen@tuni.fi or [mail](mailto:nomad@tuni.fi).']) {
      expect(await lines(TEST_BIO, text), text).toEqual([]);
    }
  });

  it('#7: a note to oneself after a referee\'s name (before: Ready, "(not asked yet)" on the referees page)', async () => {
    for (const name of ['Anna Nowak (not asked yet)', 'Anna Nowak (ask her in January)', 'Anna Nowak (?)', 'Anna Nowak (or Jan Kowalski)', 'Anna Nowak (check title)']) {
      expect(await lines('Ida Aho', `"${name}"`), name).toEqual([placeholder('9:15', name)]);
    }
    // A place that tells two people apart, a maiden name.
    for (const name of ['Anna Nowak (Aalto)', 'Anna Nowak (née Kowalska)', 'Maria Ask']) expect(await lines('Ida Aho', `"${name}"`), name).toEqual([]);
  });
});

describe('slots for a referee or the applicant in any spelling (audit 12-05j #1, #2)', () => {
  /** The diagnostic lines a user reads, `manifest.yaml:line:col ...`, for BASE with `from` replaced by `to`. */
  async function lines(from: string, to: string): Promise<string[]> {
    const check = await run(BASE.replace(from, to));
    return check.diagnostics.map((d) => formatDiagnostic(d).replace(check.manifestFile, 'manifest.yaml'));
  }
  const placeholder = (at: string, value: string) => `manifest.yaml:${at} error manifest.placeholder  "${value}" is a placeholder, not the real value: a reviewer would read it as it is.  hint: Replace it with the real value.`;
  const role = (value: string) => `manifest.yaml:9:15 error manifest.placeholder  "${value}" says what the referee is to you, not who they are: a reviewer cannot write to a role.  hint: Write the referee's own name, e.g. Prof. Mikko Korhonen (their role can go under \`relation:\`).`;
  const APPLICANT = 'applicant: { name: Tiina Perho, email: test@examples.fi }';

  it('#1: a referee\'s slot with a hyphen, an underscore or no space, shortened, with accents, in German, Italian, Finnish, Swedish, as a letter writer or "see letter" (before: Ready, the slot printed as the referee\'s name)', async () => {
    const names = [
      'Referee-2', 'Referee_2', 'Referee.2', 'RefereeTwo', 'Ref 2', 'Ref. 2', 'Ref #2', 'Ref-2', 'R2', 'R 3', 'Référent 2', 'Référente 1', 'Gutachter 2', 'Gutachterin Zwei',
      '2. Gutachter', 'Zweitgutachter', 'Referente 1', 'Relatore 2', 'Suosittelija 2', 'Referensperson 1', 'Reference person 2', 'Letter writer 2', 'Letter-writer #2', 'Letter writer',
      'Recommendation letter writer', 'Deuxième référent', 'see letter', 'See attached letter', 'siehe Anlage',
    ];
    const got: string[] = [];
    for (const name of names) got.push(...(await lines('Ida Aho', `"${name}"`)));
    expect(got).toEqual(names.map((name) => placeholder('9:15', name)));
  });

  it('#1: a supervisor of any kind where the referee\'s name goes is a role (before: only "My thesis supervisor" was)', async () => {
    const names = ['Postdoc supervisor', 'Postdoc Supervisor at Aalto', 'Internship advisor', 'Erasmus co-supervisor', 'PhD co-advisor', 'Doktorvater', 'Väitöskirjan ohjaaja', 'Directeur de thèse', 'Relatore della tesi'];
    const got: string[] = [];
    for (const name of names) got.push(...(await lines('Ida Aho', `"${name}"`)));
    expect(got).toEqual(names.map(role));
  });

  it('#1: real names that hold a slot\'s word stay people', async () => {
    for (const name of ['R. Two', 'Refik Aksoy', 'Anna Reference', 'David Letterman', 'Ava Letter', 'See Kit Tang', 'Tre Jones', 'Primo Levi', 'Anne Advisor', 'Maria Promotor', 'Anna Tutor', 'Mikko Korhonen, supervisor', 'Seo-Yeon Kim', 'Jean-Luc Référent', 'Henry Ford II']) {
      expect(await lines('Ida Aho', `"${name}"`), name).toEqual([]);
    }
  });

  it('#1 leftover: "Ref" numbered in words or letters, as "Referee Three" is (before: Ready, "Ref One" and "Ref. B" printed as the referees\' names)', async () => {
    const names = [
      'Ref One', 'Ref Two', 'Ref. Three', 'Ref zwei', 'Ref deux', 'Ref B', 'Ref. A', 'Ref II', 'Ref-One', 'RefTwo', 'REF_TWO', 'Second Ref', 'Prof. Ref One', 'Ref One (to ask)',
      'Referee One', 'Reference Three', 'Gutachter Eins', 'Référent deux',
    ];
    const got: string[] = [];
    for (const name of names) got.push(...(await lines('Ida Aho', `"${name}"`)));
    expect(got).toEqual(names.map((name) => placeholder('9:15', name)));
  });

  it('#1 leftover: real names that start like "Ref" or end in a number\'s word stay people', async () => {
    for (const name of ['Refilwe One', 'Ana Reference', 'Reese Two-Feathers', 'Professor One', 'Refik Tre', 'R. Tre', 'R. Ten', 'Rafe Dos Santos', 'Refugio Uno']) {
      // "Professor One" is a person, named by one word (referee.one-name, a warning of its own).
      expect((await lines('Ida Aho', `"${name}"`)).filter((l) => !l.includes(' referee.one-name ')), name).toEqual([]);
    }
  });

  it('#2: the applicant\'s name as a form\'s slot, in any spelling and in other languages (before: Ready, "Applicant Name" on the cover and every page)', async () => {
    const names = [
      'Your-Name', 'Your_Name', 'YourName', 'Name_Surname', 'FirstName_LastName', 'First-Name Last-Name', 'Applicant Name', "Applicant's full name", 'APPLICANT_NAME', 'Candidate Name', 'Student Name',
      'Applicant', 'Candidate', 'Name of the applicant', 'Name des Bewerbers', 'Nom du candidat', "Nom de l'étudiant", 'Nome della candidata', 'Hakijan nimi', 'Imię i nazwisko kandydata',
    ];
    const got: string[] = [];
    for (const name of names) got.push(...(await lines(APPLICANT, `applicant: { name: "${name}", email: test@examples.fi }`)));
    expect(got).toEqual(names.map((name) => placeholder('2:20', name)));
  });

  it('#2: real names that hold those words stay people', async () => {
    for (const name of ['Anna Student', 'Candide Name', 'Candida Höfer', 'Marie Candidat', 'Fiona Name', 'Alessandro Nome', 'Nom Phan', 'Jae-Name Park', 'DeAndre Jordan', 'Maria dos Santos']) {
      expect(await lines(APPLICANT, `applicant: { name: "${name}", email: test@examples.fi }`), name).toEqual([]);
    }
  });
});
