/**
 * A packet built with `pages:` from the command line: the abstract and first chapter of a real thesis, a research
 * plan cut to its page cap, one page of a letter; every page at its input's size, the report showing the
 * selections, and the links left out counted where `pages:` is written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePdf } from '../helpers/make-pdf.js';
import { readPdf } from '../helpers/read-pdf.js';
import { cli, TEST_MANIFEST, TEST_PROFILE, workspace } from '../helpers/workspace.js';

const thesis = join(import.meta.dirname, '..', '..', '..', 'shared', 'bench', 'std', '05-thesis.pdf');
const EPOCH = { SOURCE_DATE_EPOCH: '1762000000' };

const MANIFEST = `profile: ./profile.yaml
applicant: { name: Tiina Perho, email: test@examples.fi }
items:
  cv: cv.pdf
  bio: { text: "A short bio for the test, long enough to read like a real one." }
  research_plan: { file: plan.pdf, pages: "1-4, last" }
  thesis:
    file: thesis.pdf
    title: MSc thesis (abstract and first chapter)
    pages: 1-15
  references:
    - { name: Ida Aho, email: one@examples.fi, letter: { file: letter.pdf, pages: 1 } }
    - { name: Ari Oja, email: two@examples.fi }
`;

describe.skipIf(!existsSync(thesis))('packet build with pages:', () => {
  it('builds the selected pages at their own sizes, reports the selections, and counts the links left out', async () => {
    const dir = workspace({
      'profile.yaml': TEST_PROFILE,
      'manifest.yaml': MANIFEST,
      'cv.pdf': await makePdf({ pages: 2, size: [612, 792] }),
      'plan.pdf': await makePdf({ pages: 7, text: 'Plan page {n}' }),
      'thesis.pdf': readFileSync(thesis),
      'letter.pdf': await makePdf({ pages: 2, text: 'Letter page {n}', size: [500, 700] }),
    });
    const r = await cli(['build', 'manifest.yaml', '--today', '2025-10-01', '-o', 'packet.pdf'], { cwd: dir, env: EPOCH });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // cover 1 + cv 2 + bio 1 + plan 5 + thesis 15 + referees 1 + letter 1
    expect(r.stdout).toMatch(/Built packet\.pdf: 26 pages/);
    expect(r.stdout).toMatch(/manifest\.yaml:10:12 info file\.links-dropped {2}thesis\.pdf has \d+ links and \d+ bookmarks to pages that `pages: "1-15"` leaves out; the packet leaves them out\./);

    const pdf = await readPdf(readFileSync(join(dir, 'packet.pdf')));
    const sizes = pdf.pages.map((p) => `${Math.round(p.width)}x${Math.round(p.height)}`);
    expect(sizes).toEqual(['595x842', '612x792', '612x792', '595x842', ...Array(5).fill('595x842'), ...Array(15).fill('595x842'), '595x842', '500x700']);
    expect(pdf.pages.slice(4, 9).map((p) => p.text.match(/Plan page \d/)?.[0])).toEqual(['Plan page 1', 'Plan page 2', 'Plan page 3', 'Plan page 4', 'Plan page 7']);
    expect(pdf.pages[25]?.text).toContain('Letter page 1');
    expect(pdf.pages[25]?.text).toContain('Tiina Perho · References · page 26 of 26');
    // The thesis keeps its own labels on the pages kept, and its bookmarks land inside them.
    expect(pdf.pageLabels?.slice(9, 12)).toEqual(['MSc thesis 1', 'MSc thesis i', 'MSc thesis ii']);
    // Its title from the manifest is a bookmark of its own, and the thesis's bookmarks sit under it.
    const named = pdf.outline.find((o) => o.title === 'MSc thesis')?.children ?? [];
    expect(named.map((n) => [n.title, n.page])).toEqual([['MSc thesis (abstract and first chapter)', 10]]);
    const bookmarks = named[0]?.children ?? [];
    expect(bookmarks.length).toBeGreaterThan(3);
    for (const b of bookmarks) expect(b.page, b.title).toBeGreaterThanOrEqual(10);
    for (const b of bookmarks) expect(b.page, b.title).toBeLessThanOrEqual(24);

    const report = await cli(['report', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(report.stdout).toMatch(/Research plan +plan\.pdf \(pages 1-4, last of 7\)/);
    expect(report.stdout).toMatch(/MSc thesis +thesis\.pdf \(pages 1-15 of 136\)/);
    expect(report.stdout).toMatch(/Ida Aho \+ letter \(pages 1 of 2\), Ari Oja/);
    const json = JSON.parse((await cli(['report', 'manifest.yaml', '--today', '2025-10-01', '--format', 'json'], { cwd: dir })).stdout) as { items: { id: string; pages?: number; entries: Record<string, unknown>[] }[] };
    const item = json.items.find((i) => i.id === 'thesis');
    expect(item?.pages).toBe(15);
    expect(item?.entries[0]).toMatchObject({ file: 'thesis.pdf', selection: '1-15', filePages: 136, pages: 15 });
  }, 60_000);
});

describe('a page cap on an item given as text', () => {
  const profile = TEST_PROFILE.replace("accepts: [text, file], max_words: 20 }", 'accepts: [text, file], max_pages: 2 }');
  const manifest = (lines: number, line = (i: number) => `- Item ${i + 1}: worked on a federated learning audit.`) => `profile: ./profile.yaml
applicant: { name: Tiina Perho, email: test@examples.fi }
items:
  cv: cv.pdf
  bio:
    text: |
${Array.from({ length: lines }, (_, i) => `      ${line(i)}`).join('\n')}
  research_plan: plan.pdf
  thesis: { link: "https://examples.fi/thesis.pdf" }
  references:
    - { name: Ida Aho, email: one@examples.fi }
    - { name: Ari Oja, email: two@examples.fi }
`;

  it('validate lays a text out as the build does, so both count the same pages (before: an estimate by words said 1)', async () => {
    const files = { 'profile.yaml': profile, 'cv.pdf': await makePdf({ pages: 1 }), 'plan.pdf': await makePdf({ pages: 2 }) };
    const long = workspace({ ...files, 'm.yaml': manifest(200) });
    const v = await cli(['validate', 'm.yaml', '--today', '2025-10-01'], { cwd: long });
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/m\.yaml:6:5 error limit\.pages {2}Short bio has (\d+) pages; the posting allows 2\./);
    // Lines of wide capitals wrap twice as often as an estimate's 90 characters a line: 3 pages, said by both.
    const near = workspace({ ...files, 'm.yaml': manifest(60, () => 'WWWWWWWWW '.repeat(8).trim()) });
    const checked = await cli(['validate', 'm.yaml', '--today', '2025-10-01'], { cwd: near });
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain('m.yaml:6:5 error limit.pages  Short bio has 3 pages; the posting allows 2.');
    const b = await cli(['build', 'm.yaml', '--today', '2025-10-01', '-o', 'out.pdf'], { cwd: near });
    expect(b.code).toBe(1);
    expect(b.stdout).toContain('m.yaml:6:5 error limit.pages  Short bio has 3 pages; the posting allows 2.');
    expect(existsSync(join(near, 'out.pdf'))).toBe(false);
  });
});

describe('a page cap and the referees page', () => {
  it('counts the pages the referees take once laid out (before: always 1, so validate said Ready and build said 3 pages)', async () => {
    // An item of contact details only: the referees page is what it holds, and its cap counts it.
    const profile = TEST_PROFILE.replace('accepts: [referee, letter], min: 2, max: 3 }', 'accepts: [referee], min: 2, max_pages: 1 }');
    const referee = (i: number) => `    - { name: Referee Number${i}, email: r${i}@examples.fi, affiliation: Department of Computer Science and Engineering, University of Somewhere Far Away, position: Professor of Trustworthy Machine Learning, relation: Supervisor of my MSc thesis and of two internships, phone: "+358 40 123 45${String(i).padStart(2, '0')}" }`;
    const dir = workspace({
      'profile.yaml': profile,
      'cv.pdf': await makePdf({ pages: 1 }),
      'plan.pdf': await makePdf({ pages: 2 }),
      'manifest.yaml': `${TEST_MANIFEST.split('  references:')[0]}  references:\n${Array.from({ length: 12 }, (_, i) => referee(i)).join('\n')}\n`,
    });
    const v = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(v.stdout).toMatch(/manifest\.yaml:\d+:\d+ error limit\.pages {2}References has [2-9] pages; the posting allows 1\./);
    expect(v.code).toBe(1);
  });
});

describe("the page cap of an item of referees' letters", () => {
  const PROFILE = (max: number) => `id: polimi-rtd
title: RTD-A in Computer Engineering
organization: Politecnico di Milano
deadline: 2027-02-01
submission: { format: separate-files, file_name: "{last}_{item}.pdf" }
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - { id: refs, kind: references, title: Reference letters, accepts: [referee, letter], min: 1, max_pages: ${max} }
`;
  const MANIFEST = (pages: string) => `profile: ./p.yaml
applicant: { name: Marco Rossi, email: marco.rossi@polimi.it }
output: out/
items:
  cv: cv.pdf
  refs:
    - { name: Prof. Giulia Bianchi, email: giulia.bianchi@polimi.it, letter: { file: letter.pdf, pages: "${pages}" } }
`;

  it('counts the letters, not the contacts page the build makes, as the word cap does (audit 23 F4; before: "Reference letters has 3 pages; the posting allows 2", hint `pages: "1-2"` already given; at max_pages: 1 no manifest passed)', async () => {
    const dir = workspace({
      'p.yaml': PROFILE(2),
      'manifest.yaml': MANIFEST('1-2'),
      'cv.pdf': await makePdf({ pages: 1 }),
      'letter.pdf': await makePdf({ pages: 3, text: 'Letter page {n}' }),
    });
    const v = await cli(['validate', 'manifest.yaml', '--today', '2027-01-20'], { cwd: dir });
    expect(v.stdout).not.toContain('limit.pages');
    expect(v.stdout).toMatch(/\nReady to submit\n$/);
    expect(v.code).toBe(0);
    const b = await cli(['build', 'manifest.yaml', '--today', '2027-01-20'], { cwd: dir });
    expect(b.stdout).toContain('Built 2 files in out/: 4 pages');
    expect(b.stdout).toContain('Rossi_refs.pdf  Reference letters (3 pages)');
    expect(b.code).toBe(0);
    const r = await cli(['report', 'manifest.yaml', '--today', '2027-01-20'], { cwd: dir });
    expect(r.stdout).not.toContain('limit.pages');
    expect(r.stdout).toMatch(/\nReady to submit\n$/);
    expect(r.code).toBe(0);
    // At a cap of 1, a one-page letter passes: the three commands agree.
    writeFileSync(join(dir, 'p.yaml'), PROFILE(1));
    writeFileSync(join(dir, 'manifest.yaml'), MANIFEST('1'));
    for (const cmd of ['build', 'validate', 'report']) {
      const one = await cli([cmd, 'manifest.yaml', '--today', '2027-01-20'], { cwd: dir });
      expect(one.stdout, cmd).not.toContain('limit.pages');
      expect(one.stdout, cmd).not.toContain(' error ');
      expect(one.code, cmd).toBe(0);
    }
    // The same in one PDF: the built packet's pages of the item are judged as validate judges them.
    writeFileSync(join(dir, 'p.yaml'), PROFILE(1).replace('format: separate-files, file_name: "{last}_{item}.pdf"', 'format: single-pdf'));
    writeFileSync(join(dir, 'manifest.yaml'), MANIFEST('1').replace('output: out/', 'output: packet.pdf'));
    const single = await cli(['build', 'manifest.yaml', '--today', '2027-01-20'], { cwd: dir });
    expect(single.stdout).toContain('Built packet.pdf: 4 pages');
    expect(single.stdout).not.toContain('limit.pages');
    expect(single.code).toBe(0);
    writeFileSync(join(dir, 'p.yaml'), PROFILE(1));
    // Two letter pages over it are said with the letters' count, 2.
    writeFileSync(join(dir, 'manifest.yaml'), MANIFEST('1-2'));
    for (const cmd of ['build', 'validate', 'report']) {
      const two = await cli([cmd, 'manifest.yaml', '--today', '2027-01-20'], { cwd: dir });
      // The hint asks for a shorter letter: `pages:` would cut its closing and signature (before: `pages: "1-1"`).
      expect(two.stdout, cmd).toContain('manifest.yaml:7:5 error limit.pages  Reference letters has 2 pages; the posting allows 1.  hint: Ask your referees for letters within 1 page in all: a letter cut with `pages:` loses its closing and signature.\n');
      expect(two.code, cmd).toBe(1);
    }
    // So does the cap on each letter.
    writeFileSync(join(dir, 'p.yaml'), PROFILE(1).replace('max_pages: 1', 'max_pages_each: 1'));
    const each = await cli(['validate', 'manifest.yaml', '--today', '2027-01-20'], { cwd: dir });
    expect(each.stdout).toMatch(/manifest\.yaml:7:\d+ error limit\.pages {2}letter\.pdf has 2 pages; the posting allows 1 for each document of Reference letters\. {2}hint: Ask your referee for a letter within 1 page: a letter cut with `pages:` loses its closing and signature\.\n/);
  });
});

describe("report --format json of an item of referees' letters", () => {
  it('gives the pages its cap counts beside the pages in the packet (re-verify 12-07e F4; before: pages: 3 beside max_pages: 2, status ok, nothing else)', async () => {
    const dir = workspace({
      'p.yaml': `id: polimi-rtd
title: RTD-A in Computer Engineering
organization: Politecnico di Milano
deadline: 2027-02-01
submission: { format: single-pdf }
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - { id: refs, kind: references, title: Reference letters, accepts: [referee, letter], min: 1, max_pages: 2 }
  - { id: contacts, kind: references, title: Referees, accepts: [referee], min: 1, max_pages: 2 }
`,
      'manifest.yaml': `profile: ./p.yaml
applicant: { name: Marco Rossi, email: marco.rossi@polimi.it }
output: packet.pdf
items:
  cv: cv.pdf
  refs:
    - { name: Prof. Giulia Bianchi, email: giulia.bianchi@polimi.it, letter: letter.pdf }
  contacts:
    - { name: Prof. Paolo Verdi, email: paolo.verdi@polimi.it }
`,
      'cv.pdf': await makePdf({ pages: 1 }),
      'letter.pdf': await makePdf({ pages: 2, text: 'Letter page {n}' }),
    });
    const r = await cli(['report', 'manifest.yaml', '--format', 'json', '--today', '2027-01-20'], { cwd: dir });
    const items = (JSON.parse(r.stdout) as { items: { id: string; status: string; pages?: number; cappedPages?: number; limits: { max_pages?: number } }[] }).items;
    const refs = items.find((i) => i.id === 'refs')!;
    expect([refs.status, refs.pages, refs.cappedPages, refs.limits.max_pages]).toEqual(['ok', 3, 2, 2]);
    // Contact details only: the contacts page is what the cap counts, so there is nothing else to say.
    const contacts = items.find((i) => i.id === 'contacts')!;
    expect([contacts.pages, contacts.cappedPages]).toEqual([1, undefined]);
    expect(items.every((i) => i.limits.max_pages === undefined || (i.cappedPages ?? i.pages ?? 0) <= i.limits.max_pages)).toBe(true);
  });
});

describe('a pages: selection that cannot be read', () => {
  const manifest = (pages: string): string => `profile: ./profile.yaml
applicant: { name: Tiina Perho, email: test@examples.fi }
items:
  cv: cv.pdf
  bio: { file: bio.pdf, pages: "${pages}" }
  research_plan: plan.pdf
  thesis: { link: "https://examples.fi/thesis.pdf" }
  references:
    - { name: Ida Aho, email: one@examples.fi }
    - { name: Ari Oja, email: two@examples.fi }
`;

  it('is the one error, a selection to correct, with what it most likely meant; the whole file is not counted against the word cap (audit 12-05h #9; before: "Short bio has 150 words", "1 limit exceeded", "1 file that cannot be used")', async () => {
    const dir = workspace({
      'profile.yaml': TEST_PROFILE,
      'manifest.yaml': manifest('i-ii'),
      'cv.pdf': await makePdf({ pages: 2 }),
      'bio.pdf': await makePdf({ pages: 5, wordsPerPage: 30 }),
      'plan.pdf': await makePdf({ pages: 3 }),
    });
    const cases: [string, string][] = [
      ['i-ii', ' Pages count from the file\'s first page (1, 2, 3), not by the labels printed on them (i, ii, iii).'],
      ['all', ' To take every page, leave `pages:` out.'],
      ['1; 2', ' Separate pages and ranges with commas: "1-3, 7".'],
      ['p. 1', ' Write the page numbers only, without "p.": "1-3".'],
    ];
    for (const [pages, advice] of cases) {
      writeFileSync(join(dir, 'manifest.yaml'), manifest(pages));
      const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
      expect(r.stdout, pages).toBe(`manifest.yaml:5:32 error file.pages-range  \`pages: "${pages}"\` of bio.pdf: "${pages}" is not a page number or a range of pages.${advice} bio.pdf has 5 pages.  hint: Write pages as in \`pages: "1-3, 7, 10-last"\`: single pages, ranges, \`last\` or -1 for the last page, "5-" for page 5 to the end; bio.pdf has pages 1 to 5.\n\nNot ready: 1 page selection to correct\n`);
      expect(r.code, pages).toBe(1);
    }
    // "-3" beside "5-" reads as "up to page 3", and took the 3rd page from the end: asked, with both readings (audit 12-05h #11; before: Ready over page 3 of 5).
    writeFileSync(join(dir, 'manifest.yaml'), manifest('-3'));
    const minus = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(minus.stdout).toBe('manifest.yaml:5:32 error file.pages-range  `pages: "-3"` of bio.pdf: "-3" could mean pages 1 to 3, or the 3rd page from the end (page 3 of 5).  hint: For pages 1 to 3 write "1-3"; for pages near the end write their numbers ("3", or "3-last"); `last` or -1 is the last page.\n\nNot ready: 1 page selection to correct\n');
    expect(minus.code).toBe(1);
    // An empty entry ("1-3,,5") was read as "1-3, 5" without a word; a page number may be missing there (audit 12-06h).
    writeFileSync(join(dir, 'manifest.yaml'), manifest('1-2,,5'));
    const gap = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(gap.stdout).toBe('manifest.yaml:5:37 error file.pages-range  `pages: "1-2,,5"` of bio.pdf has an empty entry between commas: was a page number left out? bio.pdf has 5 pages.  hint: Write the page that is missing there, or remove the extra comma: `pages: "1-2, 5"`.\n\nNot ready: 1 page selection to correct\n');
    expect(gap.code).toBe(1);
    // Corrected, the caps count the pages taken.
    writeFileSync(join(dir, 'manifest.yaml'), manifest('1-2'));
    const fixed = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(fixed.stdout).toMatch(/error limit\.words {2}Short bio has 64 words; the posting allows 20\./);
  });
});

describe("a page cap and the cover's contents", () => {
  const PUBS = `id: pubs
title: Postdoctoral Researcher in Trustworthy Machine Learning
organization: Example University, Department of Computer Science
deadline: 2027-01-15 23:59 Europe/Berlin
submission: { format: single-pdf, max_pages: 14 }
items:
  - { id: cv, kind: cv, title: Curriculum vitae, accepts: [file] }
  - { id: publications, kind: writing_sample, title: Selected publications (up to 12), accepts: [file], max: 12 }
`;
  const TITLES = [
    'Byzantine-Robust Aggregation for Federated Learning with Heterogeneous Clients and Non-IID Data',
    'Differentially Private Federated Optimization under Partial Participation: Theory and Practice',
    'On the Convergence of Local SGD with Client Drift Correction in Cross-Device Federated Settings',
    'Membership Inference Attacks against Federated Models: An Empirical Study on Medical Imaging',
    'Fair Resource Allocation in Federated Learning via Minimax Optimization with Provable Guarantees',
    'Personalized Federated Learning with Mixture of Experts for Multilingual Speech Recognition',
    'Secure Aggregation at Scale: Communication-Efficient Protocols for Millions of Mobile Devices',
    'Auditing Data Deletion in Federated Learning: Machine Unlearning with Verifiable Certificates',
    'Robustness Certificates for Federated Models against Backdoor Attacks from Malicious Clients',
    'Federated Learning for Earth Observation: Benchmarks, Baselines and Lessons from Deployment',
    'Gradient Inversion Attacks Revisited: Reconstructing Private Training Data from Shared Updates',
    'Scaling Laws for Federated Pretraining of Language Models on Decentralized Private Corpora',
  ];
  // The audit's shape (12-06g #1): an address, an ORCID, a cover note and twelve long publication titles.
  const MANIFEST = `profile: ./pubs.yaml
applicant:
  name: María López García
  email: maria.lopez@ugr.es
  orcid: 0000-0002-1825-0097
  address: "Departamento de Ciencias de la Computación e Inteligencia Artificial\\nUniversidad de Granada\\nCalle Periodista Daniel Saucedo Aranda s/n\\n18071 Granada\\nSpain"
options:
  cover:
    note: "Available for interviews from 1 December. I am on parental leave until the end of November and can be reached by email at any time. Earlier publications appear under M. López."
output: packet.pdf
items:
  cv: cv.pdf
  publications:
${TITLES.map((t, i) => `    - { file: paper${i + 1}.pdf, title: "${t}" }`).join('\n')}
`;
  const HINT = 'hint: Cut 1 page: fit the cover on one page with shorter `title:`s on the files, a shorter cover note or the address on fewer lines; or build without the cover (--no-cover, or `options: { cover: false }`); or give only the pages that matter of the longest documents with `pages:` on a file (`pages: "1-10"` takes its first 10), or shorten them, or give a link instead of a long thesis where allowed.';
  const papers = async (): Promise<Record<string, Uint8Array>> =>
    Object.fromEntries(await Promise.all(TITLES.map(async (_, i) => [`paper${i + 1}.pdf`, await makePdf({ text: `Paper ${i + 1} on robust federated learning` })] as const)));
  type Json = { ready: boolean; totals: { pages: number; pagesExact: boolean }; build?: { pages: number } };

  it('counts the cover as the build lays it out: validate, report and build say 15 pages against 14, and why (audit 12-06g #1; before: validate Ready with 14 pages, "pagesExact: true", build 15)', async () => {
    const dir = workspace({ 'pubs.yaml': PUBS, 'manifest.yaml': MANIFEST, 'cv.pdf': await makePdf(), ...(await papers()) });
    const v = await cli(['validate', 'manifest.yaml', '--today', '2026-12-06'], { cwd: dir });
    expect(v.stdout).toBe(`manifest.yaml:11:1 error limit.pages  The packet will have 15 pages, its cover included (the cover takes 2 pages: its contents list 14 entries); the posting allows 14.  ${HINT}\n\nNot ready: 1 limit exceeded\n`);
    expect(v.code).toBe(1);
    const before = JSON.parse((await cli(['report', 'manifest.yaml', '--today', '2026-12-06', '--format', 'json'], { cwd: dir })).stdout) as Json;
    expect(before.ready).toBe(false);
    expect(before.totals).toMatchObject({ pages: 15, pagesExact: true });
    const b = await cli(['build', 'manifest.yaml', '--today', '2026-12-06'], { cwd: dir, env: EPOCH });
    expect(b.stdout).toContain(`manifest.yaml:11:1 error limit.pages  The built PDF packet.pdf has 15 pages, its cover included (the cover takes 2 pages: its contents list 14 entries); the posting allows 14 (the PDF was written so you can look at it).  ${HINT}\n`);
    expect(b.stdout).toContain('Built packet.pdf: 15 pages');
    expect(b.code).toBe(1);
    const pdf = await readPdf(readFileSync(join(dir, 'packet.pdf')));
    expect(pdf.pages).toHaveLength(15);
    expect(pdf.pages[1]?.text).toContain('Contents (continued)');
    const after = JSON.parse((await cli(['report', 'manifest.yaml', '--today', '2026-12-06', '--format', 'json'], { cwd: dir })).stdout) as Json;
    expect(after.totals.pages).toBe(15);
    expect(after.build?.pages).toBe(15);
  }, 60_000);

  it('a cover of one page is counted and said as before: one page, "its cover included", and the hint to build without it', async () => {
    const short = MANIFEST.replace(/ {2}address: .*\n/, '').replace(/options:\n {2}cover:\n {4}note: .*\n/, '').replace(/title: "([^"]*)"/g, (_, t: string) => `title: "Paper ${TITLES.indexOf(t) + 1}"`);
    const dir = workspace({ 'pubs.yaml': PUBS.replace('max_pages: 14', 'max_pages: 13'), 'manifest.yaml': short, 'cv.pdf': await makePdf(), ...(await papers()) });
    const v = await cli(['validate', 'manifest.yaml', '--today', '2026-12-06'], { cwd: dir });
    expect(v.stdout).toBe('manifest.yaml:7:1 error limit.pages  The packet will have 14 pages, its cover included; the posting allows 13.  hint: Cut 1 page: build without the cover (--no-cover, or `options: { cover: false }`), or give only the pages that matter of the longest documents with `pages:` on a file (`pages: "1-10"` takes its first 10), or shorten them, or give a link instead of a long thesis where allowed.\n\nNot ready: 1 limit exceeded\n');
    expect(v.code).toBe(1);
    const json = JSON.parse((await cli(['report', 'manifest.yaml', '--today', '2026-12-06', '--format', 'json'], { cwd: dir })).stdout) as Json;
    expect(json.totals).toMatchObject({ pages: 14, pagesExact: true });
    const b = await cli(['build', 'manifest.yaml', '--today', '2026-12-06'], { cwd: dir, env: EPOCH });
    expect(b.stdout).toContain('Built packet.pdf: 14 pages');
    expect(b.code).toBe(1);
  }, 60_000);
});
