/**
 * `packet build` end to end, outputs read back with pdf.js (an independent reader), never trusting the writer.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { decodePDFRawStream, degrees, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString, type PDFRef } from '@cantoo/pdf-lib';
import { buildPrints } from '../../src/core/built-prints.js';
import { formatMb } from '../../src/core/words.js';
import { spawnSync } from 'node:child_process';
import { rawPdf } from '../helpers/raw-pdf.js';
import { encryptPdf, makeLinksPdf, makeNoAppearanceForm, makePdf, makePng, makeViewerForm } from '../helpers/make-pdf.js';
import { countOutline, flattenOutline, readPdf } from '../helpers/read-pdf.js';
import { checkedOutputs, cli, copyExample, installedCli, TEST_MANIFEST, TEST_PROFILE, workspace } from '../helpers/workspace.js';

const root = join(import.meta.dirname, '..', '..');
const thesis = join(root, '..', 'shared', 'bench', 'std', '05-thesis.pdf');
const EPOCH = { SOURCE_DATE_EPOCH: '1762000000' };

/**
 * The example with documents and a bio of its own in place of its samples: a copy under another name is then no
 * sample left in (`file.example-sample`), only the name the build stamped is judged.
 */
async function ownExample(): Promise<string> {
  const dir = copyExample();
  for (const [file, pages] of [['cv.pdf', 2], ['research-plan.pdf', 3], ['transcript-bsc.pdf', 2], ['letter-korhonen.pdf', 1]] as const) {
    writeFileSync(join(dir, 'docs', file), await makePdf({ pages, text: `${file} page {n}` }));
  }
  writeFileSync(join(dir, 'docs', 'transcript-msc-scan.png'), makePng(620, 877));
  const manifest = join(dir, 'manifest.yaml');
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/text: \|\n[\s\S]*?\n {2}research_plan/, 'text: "A bio of her own, written for this test, long enough to read like a real one."\n  research_plan'));
  return dir;
}

/** A posting that asks for separate files (a CV and a research statement), with a manifest giving both. */
const PORTAL_MANIFEST = 'profile: ./profile.yaml\napplicant: { name: Aino Virtanen, email: a@examples.fi }\nitems:\n  cv: docs/a.pdf\n  research: docs/b.pdf\n';
async function portalSet(extra: Record<string, string | Uint8Array> = {}): Promise<string> {
  return workspace({ 'profile.yaml': 'id: portal\ntitle: Lecturer\nsubmission: { format: separate-files, file_name: "{last}_{item}.pdf" }\nitems:\n  - { id: cv, kind: cv, title: CV, accepts: [file] }\n  - { id: research, kind: research_statement, title: Research statement, accepts: [file] }\n', 'docs/a.pdf': await makePdf({ pages: 2 }), 'docs/b.pdf': await makePdf({ pages: 1 }), 'manifest.yaml': PORTAL_MANIFEST, ...extra });
}

describe('packet build on the Aalto example', () => {
  it('writes cover + inputs + generated pages, bookmarks per item on the right pages, working contents links', async () => {
    const dir = copyExample();
    const r = await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-11-01'], { env: EPOCH });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Built .*out\/virtanen-aalto-tml\.pdf: 13 pages/);
    const pdf = await readPdf(readFileSync(join(dir, 'out/virtanen-aalto-tml.pdf')));
    // cover 1 + cv 2 + bio text 1 + plan 3 + transcripts 2 + scan 1 + thesis link page 1 + referees page 1 + letter 1
    expect(pdf.pageCount).toBe(1 + 2 + 1 + 3 + 2 + 1 + 1 + 1 + 1);
    expect(pdf.outline.map((o) => [o.title, o.page])).toEqual([
      ['CV', 2],
      ['Short bio', 4],
      ['Draft research plan', 5],
      ['Transcript of records', 8],
      ['MSc thesis', 11],
      ['Recommendation letter(s) or contact details for such', 12],
    ]);
    expect(pdf.outline[3]!.children.map((c) => [c.title, c.page])).toEqual([
      ['BSc transcript (Tampere University)', 8],
      ['MSc transcript (scan)', 10],
    ]);
    expect(pdf.outline[5]!.children.map((c) => [c.title, c.page])).toEqual([
      ['Referees', 12],
      ['Letter from Prof. Mikko Korhonen', 13],
    ]);
    // The cover's contents lines link to each item's first page.
    const coverTargets = pdf.pages[0]!.links.filter((l) => l.destPage !== undefined).map((l) => l.destPage);
    for (const page of [2, 4, 5, 8, 11, 12]) expect(coverTargets).toContain(page);
    expect(pdf.pages[0]!.text).toContain('Aino Virtanen');
    expect(pdf.pages[0]!.text).toContain('aino.virtanen@example.fi');
    expect(pdf.pages[0]!.text).toMatch(/to be sent later/);
    // Generated pages: the bio text, the clickable thesis link, the referees with Unicode names.
    expect(pdf.pages[3]!.text).toContain('membership inference');
    expect(pdf.pages[10]!.links.map((l) => l.url)).toContain('https://trepo.tuni.fi/handle/10024/123456');
    expect(pdf.pages[11]!.text).toContain('Dr. Åsa Ødegård');
    // Labels: the cover is "Cover", each item numbered from 1.
    expect(pdf.pageLabels?.[0]).toBe('Cover');
    expect(pdf.metadata).toMatchObject({
      title: 'Application: Doctoral Researcher in Trustworthy Machine Learning — Aino Virtanen',
      author: 'Aino Virtanen',
      creator: expect.stringMatching(/^application-packet /),
    });
  });

  it('the title given to an item\'s only file is shown: a line under the item on the contents page, a bookmark under its bookmark (before: dropped everywhere)', async () => {
    const dir = copyExample();
    const manifest = join(dir, 'manifest.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('  cv: docs/cv.pdf\n', '  cv: { file: docs/cv.pdf, title: "Curriculum vitae (December 2025)" }\n'));
    const r = await cli(['build', manifest, '--today', '2025-11-01'], { env: EPOCH });
    expect(r.code).toBe(0);
    const pdf = await readPdf(readFileSync(join(dir, 'out/virtanen-aalto-tml.pdf')));
    expect(pdf.pageCount).toBe(13);
    expect([pdf.outline[0]!.title, pdf.outline[0]!.page]).toEqual(['CV', 2]);
    expect(pdf.outline[0]!.children.map((c) => [c.title, c.page])).toEqual([['Curriculum vitae (December 2025)', 2]]);
    expect(pdf.pages[0]!.text).toMatch(/CV\s*pp\. 2–3\s*Curriculum vitae \(December 2025\)\s*pp\. 2–3/);
    // A title equal to the item's says nothing new: no line, no bookmark level.
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('title: "Curriculum vitae (December 2025)"', 'title: CV'));
    await cli(['build', manifest, '--today', '2025-11-01'], { env: EPOCH });
    const plain = await readPdf(readFileSync(join(dir, 'out/virtanen-aalto-tml.pdf')));
    expect(plain.outline[0]!.children).toEqual([]);
  });

  it('an item\'s files without a title are "<item>, part 1", "part 2" on the cover and in the bookmarks, with an info; a title still wins (before: "Transcript_FINAL_v3 (1).pdf", "IMG_20251103_142355.png")', async () => {
    const dir = copyExample();
    const manifest = join(dir, 'manifest.yaml');
    writeFileSync(join(dir, 'docs', 'Transcript_FINAL_v3 (1).pdf'), readFileSync(join(dir, 'docs', 'transcript-bsc.pdf')));
    writeFileSync(join(dir, 'docs', 'IMG_20251103_142355.png'), readFileSync(join(dir, 'docs', 'transcript-msc-scan.png')));
    const text = readFileSync(manifest, 'utf8');
    writeFileSync(manifest, text.replace('    - { file: docs/transcript-bsc.pdf, title: BSc transcript (Tampere University) }\n    - { file: docs/transcript-msc-scan.png, title: MSc transcript (scan) }\n', '    - "docs/Transcript_FINAL_v3 (1).pdf"\n    - docs/IMG_20251103_142355.png\n'));
    const r = await cli(['build', 'manifest.yaml', '--today', '2025-11-01'], { cwd: dir, env: EPOCH });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'manifest.yaml:22:5 info item.untitled  Transcript of records has 2 files without a `title:`, listed in the contents and the bookmarks as "Transcript of records, part 1" (docs/Transcript_FINAL_v3 (1).pdf) and "Transcript of records, part 2" (docs/IMG_20251103_142355.png).  hint: Give each file a `title:` that tells the reviewer what it is: `- { file: docs/transcript-bsc.pdf, title: BSc transcript }`.\n',
    );
    const pdf = await readPdf(readFileSync(join(dir, 'out/virtanen-aalto-tml.pdf')));
    expect(pdf.outline[3]!.children.map((c) => [c.title, c.page])).toEqual([
      ['Transcript of records, part 1', 8],
      ['Transcript of records, part 2', 10],
    ]);
    expect(pdf.pages[0]!.text).toMatch(/Transcript of records, part 1\s*pp\. 8–9\s*Transcript of records, part 2\s*p\. 10/);
    expect(pdf.pages[0]!.text).not.toContain('IMG_');
    // One titled, one not: the title is kept, the other is numbered by its place.
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('    - "docs/Transcript_FINAL_v3 (1).pdf"\n', '    - { file: "docs/Transcript_FINAL_v3 (1).pdf", title: BSc transcript }\n'));
    await cli(['build', 'manifest.yaml', '--today', '2025-11-01'], { cwd: dir, env: EPOCH });
    const mixed = await readPdf(readFileSync(join(dir, 'out/virtanen-aalto-tml.pdf')));
    expect(mixed.outline[3]!.children.map((c) => c.title)).toEqual(['BSc transcript', 'Transcript of records, part 2']);
  });

  it('same inputs and SOURCE_DATE_EPOCH: byte-identical PDFs; inputs untouched', async () => {
    const dir = copyExample();
    const before = readFileSync(join(dir, 'docs/cv.pdf'));
    const a = join(dir, 'a.pdf');
    const b = join(dir, 'b.pdf');
    expect((await cli(['build', join(dir, 'manifest.yaml'), '-o', a, '--today', '2025-11-01'], { env: EPOCH })).code).toBe(0);
    expect((await cli(['build', join(dir, 'manifest.yaml'), '-o', b, '--today', '2025-11-01'], { env: EPOCH })).code).toBe(0);
    const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
    expect(hash(a)).toBe(hash(b));
    // The record of the inputs names them relative to the manifest: a copy elsewhere builds the same bytes.
    const elsewhere = copyExample();
    const c = join(elsewhere, 'c.pdf');
    expect((await cli(['build', join(elsewhere, 'manifest.yaml'), '-o', c, '--today', '2025-11-01'], { env: EPOCH })).code).toBe(0);
    expect(hash(c)).toBe(hash(a));
    expect(readFileSync(a).includes('/PieceInfo')).toBe(true);
    expect(readFileSync(join(dir, 'docs/cv.pdf')).equals(before)).toBe(true);
    const pdf = await readPdf(readFileSync(a), { text: false });
    expect(pdf.metadata.creationDate).toMatch(/^D:20251101/);
  });

  it('a SOURCE_DATE_EPOCH that is not whole seconds is a usage error naming it, nothing built (audit 12-07c F6; before: exit 0, wall-clock dates)', async () => {
    const dir = copyExample();
    for (const epoch of ['abc', '1.7e9', '2025-11-01']) {
      const run = await cli(['build', 'manifest.yaml', '-o', 'x.pdf', '--today', '2025-11-01'], { cwd: dir, env: { SOURCE_DATE_EPOCH: epoch } });
      expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `error: SOURCE_DATE_EPOCH is "${epoch}", not whole seconds since 1970: set it to an integer, e.g. SOURCE_DATE_EPOCH=$(git log -1 --format=%ct), or unset it to date the PDF now.\n`]);
    }
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
    // Empty is unset, as shells and other reproducible-build tools read it.
    expect((await cli(['build', 'manifest.yaml', '-o', 'x.pdf', '--today', '2025-11-01', '-q'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '' } })).code).toBe(0);
  });

  it('the cover says the date the packet was built on the local calendar, not the UTC date; the same zone gives the same bytes (audit 12-05b M)', async () => {
    const dir = copyExample();
    // 2026-12-15 21:00 in Toronto is 2026-12-16 02:00 UTC: built the evening before a Toronto deadline.
    const epoch = String(Date.UTC(2026, 11, 16, 2) / 1000);
    const build = (out: string, tz: string) => installedCli(['build', 'manifest.yaml', '-o', out, '--today', '2026-12-15', '-q'], { cwd: dir, env: { SOURCE_DATE_EPOCH: epoch, TZ: tz } });
    expect(build('toronto.pdf', 'America/Toronto').status).toBe(0);
    expect(build('toronto-again.pdf', 'America/Toronto').status).toBe(0);
    expect(build('helsinki.pdf', 'Europe/Helsinki').status).toBe(0);
    const toronto = await readPdf(readFileSync(join(dir, 'toronto.pdf')));
    expect(toronto.pages[0]?.text).toContain('Compiled 2026-12-15');
    expect((await readPdf(readFileSync(join(dir, 'helsinki.pdf')))).pages[0]?.text).toContain('Compiled 2026-12-16');
    expect(readFileSync(join(dir, 'toronto-again.pdf')).equals(readFileSync(join(dir, 'toronto.pdf')))).toBe(true);
    // The metadata's creation date is the instant itself, in UTC, whatever the zone.
    expect(toronto.metadata.creationDate).toMatch(/^D:20261216020000Z/);
  });

  it('report after a build shows each item\'s page range in the built PDF', async () => {
    const dir = copyExample();
    await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-11-01'], { env: EPOCH });
    const r = await cli(['report', join(dir, 'manifest.yaml'), '--format', 'json', '--today', '2025-11-01']);
    const json = JSON.parse(r.stdout);
    expect(json.items.map((i: { id: string; range?: { first: number; last: number } }) => [i.id, i.range?.first, i.range?.last])).toEqual([
      ['cv', 2, 3],
      ['bio', 4, 4],
      ['research_plan', 5, 7],
      ['transcript', 8, 10],
      ['thesis', 11, 11],
      ['references', 12, 13],
      ['diplomas', undefined, undefined],
    ]);
    expect(json.build).toMatchObject({ pages: 13 });
    // The packet's pages, as a script comparing them with a page cap needs (before: 9, the input files' pages alone).
    expect(json.totals).toMatchObject({ pages: 13, pagesExact: true, filePages: 9, cover: true });
    expect(json.build.outOfDate).toBeUndefined();
    expect(r.stdout).not.toContain('out of date');
    expect(json.diagnostics.filter((d: { code: string }) => d.code === 'build.mismatch')).toEqual([]);

    // Another PDF given with --pdf (here the CV itself, about to be uploaded by mistake): before, a warning
    // build.mismatch and "Ready to submit", exit 0, about a PDF with none of the packet's items.
    const other = await cli(['report', join(dir, 'manifest.yaml'), '--pdf', join(dir, 'docs/cv.pdf'), '--today', '2025-11-01']);
    expect(other.stdout).toMatch(/cv\.pdf error build\.not-packet {2}\S*docs\/cv\.pdf is not the packet built from \S*manifest\.yaml: `packet build` did not write it, so it has none of the packet's items\. {2}hint: Give --pdf the PDF that `packet build` wrote, or build it first: packet build \S*manifest\.yaml\.\n/);
    expect(other.stdout).toMatch(/\nNot ready: 1 PDF that is not the packet: give the built one or build it\n$/);
    expect(other.code).toBe(1);
    // A PDF built by another tool with bookmarks of the same titles is no packet of this manifest either.
    writeFileSync(join(dir, 'other.pdf'), await makePdf({ pages: 2 }));
    expect((await cli(['report', join(dir, 'manifest.yaml'), '--pdf', join(dir, 'other.pdf'), '--today', '2025-11-01'])).stdout).toContain('error build.not-packet');

    // An input edited after the build: the PDF is stale, not the one to upload (audit 12-05l #2; before: a warning, ready).
    writeFileSync(join(dir, 'docs/cv.pdf'), await makePdf({ pages: 2, text: 'Curriculum vitae, edited {n}' }));
    const stale = JSON.parse((await cli(['report', join(dir, 'manifest.yaml'), '--format', 'json', '--today', '2025-11-01'])).stdout);
    expect(stale.build).toMatchObject({ pages: 13, outOfDate: true });
    expect(stale.ready).toBe(false);
    expect(stale.verdict).toMatch(/^Not ready: \S*out\/virtanen-aalto-tml\.pdf is out of date: build again$/);
    expect(stale.diagnostics.find((d: { code: string }) => d.code === 'build.stale')).toMatchObject({
      severity: 'error',
      message: expect.stringMatching(/virtanen-aalto-tml\.pdf was built before .*docs\/cv\.pdf changed: it holds the packet as it was then/),
    });
    // The manifest changed after the build (two pages of the plan now): the old PDF's plan has three.
    const manifestPath = join(dir, 'manifest.yaml');
    writeFileSync(manifestPath, readFileSync(manifestPath, 'utf8').replace('research_plan: docs/research-plan.pdf', 'research_plan: { file: docs/research-plan.pdf, pages: "1-2" }'));
    const changed = await cli(['report', manifestPath, '--today', '2025-11-01']);
    // The PDF to upload lacks what the manifest says: before, a warning and "Ready to submit", exit 0.
    expect(changed.stdout).toMatch(/virtanen-aalto-tml\.pdf error build\.mismatch {2}\S*virtanen-aalto-tml\.pdf does not match this manifest: "Draft research plan" has 3 pages there, 2 now\. {2}hint: Build it again with `packet build` before you submit, or give the packet built from this manifest with --pdf\./);
    // Said once, though the PDF is both stale and unlike the manifest.
    expect(changed.stdout).toMatch(/\nNot ready: \S*out\/virtanen-aalto-tml\.pdf is out of date: build again\n$/);
    // The line about the built PDF says so too (before: "13 pages, 0.08 MB", as about a current one).
    expect(changed.stdout).toMatch(/\nBuilt \S*virtanen-aalto-tml\.pdf: 13 pages, [\d.]+ MB \(out of date: build again\)\n/);
    expect(changed.code).toBe(1);
    // No page ranges of the old build beside the items as they are now (before: "→ pp. 5–7" beside 2 pages).
    expect(changed.stdout).not.toContain('→');
    expect(changed.stdout).toContain('was built before');
  });

  it('two manifests in one folder writing the same PDF: the second build is refused, validate and report say whose packet it is (before: replaced without a word, then "Ready" with a false stale reason)', async () => {
    const dir = copyExample();
    const first = join(dir, 'manifest.yaml');
    const second = join(dir, 'eu.yaml');
    writeFileSync(second, readFileSync(first, 'utf8').replace('name: Aino Virtanen', 'name: Aino Virtanen '));
    expect((await cli(['build', first, '--today', '2025-11-01'])).code).toBe(0);
    const pdf = join(dir, 'out/virtanen-aalto-tml.pdf');
    const before = readFileSync(pdf);
    const refused = await cli(['build', second, '--today', '2025-11-01']);
    expect(refused.stderr + refused.stdout).toMatch(/error build\.write-failed {2}Cannot write \S*out\/virtanen-aalto-tml\.pdf: it is the packet built from another manifest, \S*manifest\.yaml \("Application: Doctoral Researcher in Trustworthy Machine Learning — Aino Virtanen"\), which the build would replace\. {2}hint: Give this manifest its own `output:` \(e\.g\. output: eu\.pdf\), or pass --force to replace that packet \(if you renamed or moved this manifest, or changed its `profile:`, it is its own old build\); nothing was written\./);
    expect(refused.code).toBe(1);
    expect(readFileSync(pdf).equals(before)).toBe(true);
    // validate and report of the second manifest: the PDF there is not its packet (an error, whatever its contents).
    const v = await cli(['validate', second, '--today', '2025-11-01']);
    expect(v.stdout).toMatch(/virtanen-aalto-tml\.pdf error build\.other-manifest {2}\S*virtanen-aalto-tml\.pdf was built from another manifest \("Application: Doctoral Researcher in Trustworthy Machine Learning — Aino Virtanen"\), not from \S*eu\.yaml: it is not this application's packet\. {2}hint: Give each manifest its own `output:` \(e\.g\. output: eu\.pdf\) and build it: packet build \S*eu\.yaml\.\n/);
    expect(v.stdout).toMatch(/\nNot ready: 1 built PDF of another manifest: build this one\n$/);
    expect(v.code).toBe(1);
    const r = await cli(['report', second, '--today', '2025-11-01']);
    expect(r.stdout).toContain('error build.other-manifest');
    expect(r.stdout).not.toContain('build.stale');
    expect(r.code).toBe(1);
    // The first manifest's own rebuild needs nothing; --force lets the second take the path, and then the first is told.
    expect((await cli(['build', first, '--today', '2025-11-01', '--quiet'])).code).toBe(0);
    expect((await cli(['build', second, '--today', '2025-11-01', '--quiet', '--force'])).code).toBe(0);
    expect((await cli(['validate', second, '--today', '2025-11-01'])).code).toBe(0);
    expect((await cli(['validate', first, '--today', '2025-11-01'])).stdout).toContain('error build.other-manifest');
  });

  it('validate says that the PDF at `output` was built from other contents of an input, as report does: not ready (audit 12-05l #2; before: a warning and Ready to submit)', async () => {
    const dir = copyExample();
    const manifest = join(dir, 'manifest.yaml');
    expect((await cli(['build', manifest, '--today', '2025-11-01'], { env: EPOCH })).code).toBe(0);
    expect((await cli(['validate', manifest, '--today', '2025-11-01'])).stdout).not.toContain('build.stale');
    writeFileSync(join(dir, 'docs/cv.pdf'), await makePdf({ pages: 2, text: 'Curriculum vitae, edited {n}' }));
    const r = await cli(['validate', manifest, '--today', '2025-11-01']);
    expect(r.stdout).toMatch(/virtanen-aalto-tml\.pdf error build\.stale {2}\S*out\/virtanen-aalto-tml\.pdf was built before \S*docs\/cv\.pdf changed: it holds the packet as it was then, not as it is now\. {2}hint: Build it again with `packet build`, and upload the new file\.\n/);
    expect(r.stdout).toMatch(/\nNot ready: \S*out\/virtanen-aalto-tml\.pdf is out of date: build again\n$/);
    expect(r.code).toBe(1);
    // Built again: ready.
    expect((await cli(['build', manifest, '--today', '2025-11-01', '--quiet'])).code).toBe(0);
    expect((await cli(['validate', manifest, '--today', '2025-11-01'])).code).toBe(0);
  });
});

describe('report: is the built PDF the one of these inputs? (their contents, recorded in it at the build)', () => {
  const report = async (dir: string) => JSON.parse((await cli(['report', join(dir, 'manifest.yaml'), '--format', 'json', '--today', '2025-11-01'])).stdout);
  const stale = (json: { diagnostics: { code: string; message: string }[] }) => json.diagnostics.filter((d) => d.code === 'build.stale').map((d) => d.message);
  const longAgo = new Date(Date.UTC(2025, 9, 1));

  it('an input replaced by another with an old date, as unzip or cp -p leave it: build.stale naming it (before: Ready about the PDF with the old CV)', async () => {
    const dir = copyExample();
    expect((await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-11-01'], { env: EPOCH })).code).toBe(0);
    expect(stale(await report(dir))).toEqual([]);
    // Another CV with as many pages (so no build.mismatch either), dated before the build.
    writeFileSync(join(dir, 'docs/cv.pdf'), await makePdf({ pages: 2, text: 'LaTeX3 News {n}' }));
    utimesSync(join(dir, 'docs/cv.pdf'), longAgo, longAgo);
    const json = await report(dir);
    expect(stale(json)).toEqual([expect.stringMatching(/^.*out\/virtanen-aalto-tml\.pdf was built before .*docs\/cv\.pdf changed: it holds the packet as it was then, not as it is now\.$/)]);
    // No page ranges of the old PDF beside the items as they are now (audit 12-05l #2; before: the CV "→ pp. 2–3", the old CV's pages).
    expect(json.items.filter((i: { range?: unknown }) => i.range !== undefined)).toEqual([]);
    expect(json.ready).toBe(false);
    expect(json.diagnostics.filter((d: { code: string }) => d.code === 'build.mismatch')).toEqual([]);
    // The manifest replaced by an edited copy, dated before the build: named too (it comes first).
    const manifest = join(dir, 'manifest.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('bio:', '# edited\n  bio:'));
    utimesSync(manifest, longAgo, longAgo);
    expect(stale(await report(dir))).toEqual([expect.stringMatching(/was built before .*manifest\.yaml changed/)]);
  }, 60_000);

  it('an input touched but not changed: still current (before: build.stale, the PDF older than it)', async () => {
    const dir = copyExample();
    expect((await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-11-01'], { env: EPOCH })).code).toBe(0);
    const later = new Date(Date.now() + 60_000);
    for (const f of ['manifest.yaml', 'docs/cv.pdf', 'docs/research-plan.pdf']) utimesSync(join(dir, f), later, later);
    const json = await report(dir);
    expect(stale(json)).toEqual([]);
    expect(json.items.find((i: { id: string }) => i.id === 'cv').range).toEqual({ first: 2, last: 3 });
  }, 60_000);

  it('report --pdf of the packet saved again by a viewer that dropped the record: build.resaved, saying so (audit 12-05l #11; before: "`packet build` did not write it, so it has none of the packet\'s items")', async () => {
    const dir = copyExample();
    const manifest = join(dir, 'manifest.yaml');
    expect((await cli(['build', manifest, '--today', '2025-11-01'], { env: EPOCH })).code).toBe(0);
    // Every page and bookmark kept, the private data (the record) dropped, the creator kept: as a viewer's Save does.
    const doc = await PDFDocument.load(readFileSync(join(dir, 'out/virtanen-aalto-tml.pdf')), { updateMetadata: false });
    doc.catalog.delete(PDFName.of('PieceInfo'));
    writeFileSync(join(dir, 'resaved.pdf'), await doc.save());
    const r = await cli(['report', manifest, '--today', '2025-11-01', '--pdf', join(dir, 'resaved.pdf')]);
    expect(r.stdout).toMatch(/resaved\.pdf error build\.resaved {2}\S*resaved\.pdf was written by `packet build` and then saved again by another program \(a PDF viewer\?\), which dropped the record of the build: it cannot be checked against \S*manifest\.yaml\. {2}hint: Upload the file `packet build` wrote, not a copy saved by another program \(give that file to --pdf\), or build again: packet build \S*manifest\.yaml\.\n/);
    expect(r.stdout).not.toContain('none of the packet');
    expect(r.stdout).toMatch(/\nNot ready: 1 built PDF saved again by another program: upload the one the build wrote\n$/);
    expect(r.code).toBe(1);
    // A PDF another program made (its creator another) is still not the packet.
    const other = await PDFDocument.load(readFileSync(join(dir, 'resaved.pdf')), { updateMetadata: false });
    other.setCreator('Microsoft Word');
    other.setProducer('macOS Quartz PDFContext');
    writeFileSync(join(dir, 'other.pdf'), await other.save());
    expect((await cli(['report', manifest, '--today', '2025-11-01', '--pdf', join(dir, 'other.pdf')])).stdout).toContain('error build.not-packet');
  }, 60_000);

  it('the packet at the output saved again by a viewer that dropped the record (its producer and date the viewer\'s): build.resaved in report and validate, not Ready (digest, 12-05 leftover; before: judged by dates, Ready)', async () => {
    const dir = copyExample();
    const manifest = join(dir, 'manifest.yaml');
    expect((await cli(['build', manifest, '--today', '2025-11-01'], { env: EPOCH })).code).toBe(0);
    const out = join(dir, 'out/virtanen-aalto-tml.pdf');
    const doc = await PDFDocument.load(readFileSync(out), { updateMetadata: false });
    doc.catalog.delete(PDFName.of('PieceInfo'));
    doc.setProducer('Adobe Acrobat Pro (64-bit) 24.4.20220');
    doc.setModificationDate(new Date(Date.UTC(2025, 10, 2)));
    writeFileSync(out, await doc.save());
    for (const command of ['report', 'validate']) {
      const r = await cli([command, manifest, '--today', '2025-11-01']);
      expect(r.code, command).toBe(1);
      expect(r.stdout, command).toMatch(/out\/virtanen-aalto-tml\.pdf error build\.resaved {2}\S*out\/virtanen-aalto-tml\.pdf was written by `packet build` and then saved again by another program \(a PDF viewer\?\), which dropped the record of the build: it cannot be checked against \S*manifest\.yaml\. {2}hint: Upload the file `packet build` wrote, not a copy saved by another program, or build again, replacing it: packet build \S*manifest\.yaml --force\.\n/);
      expect(r.stdout, command).toMatch(/\nNot ready: 1 built PDF saved again by another program: upload the one the build wrote\n$/);
    }
  }, 60_000);

  it('a PDF without the record (built by an earlier version) is judged by the dates, as before', async () => {
    const dir = copyExample();
    expect((await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-11-01'], { env: EPOCH })).code).toBe(0);
    const out = join(dir, 'out/virtanen-aalto-tml.pdf');
    const doc = await PDFDocument.load(readFileSync(out), { updateMetadata: false });
    expect(doc.catalog.get(PDFName.of('PieceInfo'))).toBeDefined();
    doc.catalog.delete(PDFName.of('PieceInfo'));
    writeFileSync(out, await doc.save());
    // Its contents replaced, with an old date: the dates cannot tell (what the record is for).
    writeFileSync(join(dir, 'docs/cv.pdf'), await makePdf({ pages: 2, text: 'LaTeX3 News {n}' }));
    utimesSync(join(dir, 'docs/cv.pdf'), longAgo, longAgo);
    expect(stale(await report(dir))).toEqual([]);
    // Newer than the PDF: stale, as before.
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'docs/cv.pdf'), later, later);
    expect(stale(await report(dir))).toEqual([expect.stringMatching(/virtanen-aalto-tml\.pdf is older than .*docs\/cv\.pdf: it may hold an earlier version of it\.$/)]);
  }, 60_000);
});

describe('a build that must not happen', () => {
  it('validation errors: no output, exit 1, the errors printed', async () => {
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'manifest.yaml': 'profile: ./profile.yaml\napplicant: { name: X }\nitems:\n  cv: missing.pdf\n' });
    const r = await cli(['build', join(dir, 'manifest.yaml'), '-o', join(dir, 'out.pdf')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error file\.not-found/);
    expect(r.stdout).toMatch(/Not built: fix the errors above first\.\n$/);
    expect(existsSync(join(dir, 'out.pdf'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('packet-tmp'))).toEqual([]);
  });

  it('an output name without .pdf is built with a warning naming the one to use; --separate -o names a folder, no warning', async () => {
    const dir = copyExample();
    const r = await cli(['build', join(dir, 'manifest.yaml'), '-o', join(dir, 'packet'), '--today', '2025-11-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`warning build.output-not-pdf  The output ${join(dir, 'packet')} does not end in .pdf`);
    expect(r.stdout).toContain(`hint: Name it ${join(dir, 'packet')}.pdf.`);
    expect(readFileSync(join(dir, 'packet')).subarray(0, 5).toString()).toBe('%PDF-');
    const sep = await cli(['build', join(dir, 'manifest.yaml'), '--separate', '-o', join(dir, 'files'), '--today', '2025-11-01']);
    expect(sep.code).toBe(0);
    expect(sep.stdout).not.toContain('output-not-pdf');
  });

  it('--separate for a posting that asks for one PDF builds the files with a warning (before: without a word)', async () => {
    const dir = copyExample();
    const r = await cli(['build', 'manifest.yaml', '--separate', '-o', 'upload', '--today', '2025-11-01'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      "manifest.yaml:5:10 warning build.format  The posting's profile asks for one PDF (`format: single-pdf`), but --separate built one file per item.  hint: Upload the one PDF that `packet build` makes without --separate, unless the portal asks for a file per item: then run `packet profile copy aalto-tml-doctoral-2025`, set `format: separate-files` under `submission:` there and write `profile: ./aalto-tml-doctoral-2025.yaml` in manifest.yaml.",
    );
    expect(r.stdout).toContain('Built 6 files in upload/: 12 pages');
    // Without --separate: one PDF, no warning.
    expect((await cli(['build', 'manifest.yaml', '--today', '2025-11-01'], { cwd: dir })).stdout).not.toContain('build.format');
  });

  it('lists every missing item, as validate does (before: only the first, since all sit at `items:`); a text given as a path is called a text', async () => {
    const dir = copyExample();
    const manifest = readFileSync(join(dir, 'manifest.yaml'), 'utf8');
    // A bio given as a `|` block straight under `bio:` is read as a file path with line breaks in it.
    writeFileSync(join(dir, 'manifest.yaml'), manifest.replace(/ {2}transcript:\n(?: {4}- .*\n)+/, '').replace('  research_plan: docs/research-plan.pdf\n', '').replace(/ {2}bio:\n {4}text: \|\n/, '  bio: |\n'));
    const r = await cli(['build', 'manifest.yaml', '--today', '2025-11-01'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n').filter((l) => / error /.test(l));
    expect(lines).toEqual([
      'manifest.yaml:10:1 error item.missing  Draft research plan is missing: the posting asks for it.  hint: Add `research_plan:` under `items:` with a file (PDF or JPEG/PNG scan) or a text (`{ text: ... }`).',
      'manifest.yaml:10:1 error item.missing  Transcript of records is missing: the posting asks for it.  hint: Add `transcript:` under `items:` with a file (PDF or JPEG/PNG scan).',
      'manifest.yaml:12:8 error file.not-found  "Aino Virtanen is a machine learning engineer from Tampere, …" is taken as a file name, and there is no such file: it looks like a text.  hint: Write a text under `text:`, as `bio: { text: "..." }`, or on the lines under `text: |`, indented.',
    ]);
  });

  it('--strict with only warnings says so (before: "fix the errors above" with none above); a PDF given as the manifest is named', async () => {
    const dir = copyExample();
    const strict = await cli(['build', 'manifest.yaml', '--strict', '--today', '2026-12-04'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/warning deadline\.passed/);
    expect(strict.stdout).toMatch(/Not built: --strict stops at the warnings above; fix them, or build without --strict\.\n$/);
    const pdf = await cli(['validate', 'docs/cv.pdf'], { cwd: dir });
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('docs/cv.pdf is a PDF, not a manifest: give the manifest (a .yaml file that lists your documents), e.g. packet validate manifest.yaml');
  });

  it('an output path equal to an input is refused, and the input is not written', async () => {
    const dir = copyExample();
    const cv = join(dir, 'docs/cv.pdf');
    const before = statSync(cv).mtimeMs;
    const r = await cli(['build', join(dir, 'manifest.yaml'), '-o', cv, '--today', '2025-11-01']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error build\.output-is-input {2}The output .*docs\/cv\.pdf is one of your input files/);
    expect(statSync(cv).mtimeMs).toBe(before);
    // validate, of `output: docs/cv.pdf`: the CV is no packet to judge (before: the verdict also counted "1 PDF that is not the packet", a line never shown).
    writeFileSync(join(dir, 'manifest.yaml'), readFileSync(join(dir, 'manifest.yaml'), 'utf8').replace(/^output:.*$/m, 'output: docs/cv.pdf'));
    const v = await cli(['validate', join(dir, 'manifest.yaml'), '--today', '2025-11-01']);
    expect(v.stdout.trimEnd().split('\n').at(-1)).toBe('Not ready: 1 problem with the output path');
  });
});

describe('an existing file at the output (audit 12-05b H, O)', () => {
  // Before: `-o research-statement.tex` (a slip of tab completion) replaced the LaTeX source with the packet, and
  // with -q said nothing at all.
  it('a file that is not a PDF is kept, with one line saying why, unless --force; an earlier build is replaced', async () => {
    const dir = copyExample();
    const tex = '\\documentclass{article}\n\\begin{document}\nMy research.\n\\end{document}\n';
    writeFileSync(join(dir, 'research-statement.tex'), tex);
    const r = await cli(['build', 'manifest.yaml', '-o', 'research-statement.tex', '-q', '--today', '2025-10-01'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'error build.write-failed  Cannot write research-statement.tex: it already exists and is a plain-text file, not a PDF, which the build would replace.  hint: Choose another output path (a name ending in .pdf), or pass --force to replace that file; nothing was written.\n\nNot built: fix the errors above first.\n',
    );
    expect(readFileSync(join(dir, 'research-statement.tex'), 'utf8')).toBe(tex);
    const forced = await cli(['build', 'manifest.yaml', '-o', 'research-statement.tex', '-q', '--force', '--today', '2025-10-01'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'research-statement.tex')).subarray(0, 5).toString()).toBe('%PDF-');
    // Rebuilding over a PDF (an earlier build) needs no --force, nor does an empty file.
    expect((await cli(['build', 'manifest.yaml', '-o', 'research-statement.tex', '-q', '--today', '2025-10-01'], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, 'empty.pdf'), '');
    expect((await cli(['build', 'manifest.yaml', '-o', 'empty.pdf', '-q', '--today', '2025-10-01'], { cwd: dir })).code).toBe(0);
  });

  it('a PDF that no build wrote (one of your documents) is kept unless --force; one named only by the shared `extends` file is an input (before: replaced, exit 0)', async () => {
    const dir = copyExample();
    const own = await makePdf({ pages: 1, text: 'Teaching statement {n}' });
    writeFileSync(join(dir, 'docs/teaching.pdf'), own);
    writeFileSync(join(dir, 'docs/old-plan.pdf'), own);
    // The shared file names the teaching statement, which this posting does not ask for (item.left-out).
    writeFileSync(join(dir, 'me.yaml'), 'items:\n  teaching_statement: docs/teaching.pdf\n');
    const manifest = join(dir, 'manifest.yaml');
    writeFileSync(manifest, `extends: ./me.yaml\n${readFileSync(manifest, 'utf8')}`);
    const input = await cli(['build', 'manifest.yaml', '-o', 'docs/teaching.pdf', '-q', '--today', '2025-10-01'], { cwd: dir });
    // From -o: no manifest line is cited (before: manifest.yaml:1:1, a line that does not hold it; audit 25 F11).
    expect(input.stdout).toMatch(/^error build\.output-is-input {2}The output docs\/teaching\.pdf is one of your input files; building would overwrite it\./m);
    expect(input.code).toBe(1);
    // With --force too: an input is never replaced.
    expect((await cli(['build', 'manifest.yaml', '-o', 'docs/teaching.pdf', '-q', '--force', '--today', '2025-10-01'], { cwd: dir })).code).toBe(1);
    expect(readFileSync(join(dir, 'docs/teaching.pdf')).equals(Buffer.from(own))).toBe(true);
    // A PDF the manifests do not name at all: kept, one line saying why.
    const mine = await cli(['build', 'manifest.yaml', '-o', 'docs/old-plan.pdf', '-q', '--today', '2025-10-01'], { cwd: dir });
    expect(mine.stdout).toBe(
      'error build.write-failed  Cannot write docs/old-plan.pdf: it already exists and is a PDF that `packet build` did not write (one of your documents?), which the build would replace.  hint: Choose another output path (-o out/packet.pdf), or pass --force to replace that file; nothing was written.\n\nNot built: fix the errors above first.\n',
    );
    expect(mine.code).toBe(1);
    expect(readFileSync(join(dir, 'docs/old-plan.pdf')).equals(Buffer.from(own))).toBe(true);
    // Its own earlier packet is rebuilt over without --force; another document with --force.
    expect((await cli(['build', 'manifest.yaml', '-o', 'out/packet.pdf', '-q', '--today', '2025-10-01'], { cwd: dir })).code).toBe(0);
    expect((await cli(['build', 'manifest.yaml', '-o', 'out/packet.pdf', '-q', '--today', '2025-10-01'], { cwd: dir })).code).toBe(0);
    expect((await cli(['build', 'manifest.yaml', '-o', 'docs/old-plan.pdf', '-q', '--force', '--today', '2025-10-01'], { cwd: dir })).code).toBe(0);
  });

  it.skipIf(!existsSync('/proc/self'))('a folder that cannot hold files is said in plain words (before: "the system refused (ENOENT)")', async () => {
    const dir = copyExample();
    const r = await cli(['build', 'manifest.yaml', '-o', '/proc/packet.pdf', '-q', '--today', '2025-10-01'], { cwd: dir });
    expect(r.stdout).toBe('error build.write-failed  Cannot write /proc/packet.pdf: that folder does not exist or cannot hold files (ENOENT).  hint: Choose another place to write, such as a folder in your home folder (-o out/packet.pdf).\n\nNot built: fix the errors above first.\n');
    expect(r.code).toBe(1);
    // /dev/stdin as a file is named as given, not as where this run's input happened to lead (/dev/null).
    writeFileSync(join(dir, 'manifest.yaml'), readFileSync(join(dir, 'manifest.yaml'), 'utf8').replace('cv: docs/cv.pdf', 'cv: /dev/stdin'));
    const v = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(v.stdout).toMatch(/ error file\.unreadable {2}\/dev\/stdin cannot be read: it is a (?:device|socket|named pipe \(FIFO\)), not a regular file\. {2}hint: Give the path of a file you can open\.\n/);
  });

  it('-o - is refused with a usage error, and no file named "-" is written', async () => {
    const dir = copyExample();
    const r = await cli(['build', 'manifest.yaml', '-o', '-', '--today', '2025-10-01'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('error: build writes the PDF to a file, not to standard output: name it with -o, e.g. -o packet.pdf (or --separate -o packet/ for one PDF per item)\n');
    expect(existsSync(join(dir, '-'))).toBe(false);
  });
});

describe.skipIf(!existsSync(thesis))('a LaTeX thesis with 133 bookmarks and 261 internal links', () => {
  it('keeps its bookmarks under the thesis bookmark, and every internal link lands on a page of the output', async () => {
    const dir = workspace({
      'profile.yaml': TEST_PROFILE,
      'cv.pdf': await makePdf({ pages: 2 }),
      'plan.pdf': await makePdf({ pages: 3 }),
      'manifest.yaml': `profile: ./profile.yaml
applicant: { name: Ελένη Παπαδοπούλου, email: eleni@examples.fi }
items:
  cv: cv.pdf
  bio: { text: "Дмитрий Иванов, Nguyễn Thị Minh, Łukasz Wróbel." }
  research_plan: plan.pdf
  thesis: ${JSON.stringify(thesis)}
  references:
    - { name: Ida Aho, email: one@examples.fi }
    - { name: Ari Oja, email: two@examples.fi }
`,
    });
    const profile = TEST_PROFILE.replace('max_mb: 1, max_pages: 30', 'max_mb: 5, max_pages: 200');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'profile.yaml'), profile);
    const out = join(dir, 'out.pdf');
    const r = await cli(['build', join(dir, 'manifest.yaml'), '-o', out, '--today', '2025-10-01']);
    expect(r.stdout).toMatch(/Built/);
    expect(r.code).toBe(0);
    const pdf = await readPdf(readFileSync(out), { text: false });
    // cover + cv 2 + bio 1 + plan 3 + thesis 136 + referees 1
    expect(pdf.pageCount).toBe(1 + 2 + 1 + 3 + 136 + 1);
    const thesisMark = pdf.outline.find((o) => o.title === 'MSc thesis')!;
    expect(thesisMark.page).toBe(8);
    expect(countOutline(thesisMark.children)).toBe(133);
    for (const o of flattenOutline(thesisMark.children)) {
      expect(o.page, o.title).toBeGreaterThanOrEqual(8);
      expect(o.page, o.title).toBeLessThanOrEqual(8 + 135);
    }
    const internal = pdf.pages.slice(7, 7 + 136).flatMap((p) => p.links.filter((l) => l.url === undefined));
    expect(internal.length).toBe(261);
    for (const l of internal) {
      expect(l.destPage).toBeGreaterThanOrEqual(8);
      expect(l.destPage).toBeLessThanOrEqual(8 + 135);
    }
  });
});

describe('packet build --separate', () => {
  it('one PDF per item, ASCII names within a 25-character limit, unique; no cover', async () => {
    const profile = `id: portal
title: Lecturer
submission: { format: separate-files, max_name_length: 25, file_name: "{last}_{first}_{title}.pdf" }
items:
  - { id: cover_letter, kind: cover_letter, title: Cover letter, accepts: [file] }
  - { id: research_statement, kind: research_statement, title: Research statement, accepts: [file] }
  - { id: teaching_statement, kind: teaching_statement, title: Teaching statement, accepts: [file] }
  - { id: references, kind: references, title: Referees, accepts: [referee] }
`;
    const dir = workspace({
      'profile.yaml': profile,
      'a.pdf': await makePdf({ pages: 1 }),
      'b.pdf': await makePdf({ pages: 3 }),
      'c.pdf': await makePdf({ pages: 2 }),
      'manifest.yaml': `profile: ./profile.yaml
applicant: { name: Ελένη Παπαδοπούλου-Νικολάου }
items:
  cover_letter: a.pdf
  research_statement: b.pdf
  teaching_statement: c.pdf
  references: [{ name: Дмитрий Иванов, email: d@examples.fi }]
`,
    });
    const r = await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-10-01']);
    expect(r.code).toBe(0);
    const names = readdirSync(join(dir, 'packet')).sort();
    expect(names).toHaveLength(4);
    for (const n of names) {
      expect(n.length, n).toBeLessThanOrEqual(25);
      expect(n, n).toMatch(/^[A-Za-z0-9_.-]+\.pdf$/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(4);
    expect(r.stdout).toMatch(/Built 4 files in .*packet\/: 7 pages/);
    // The item is cut first, then the names, alike in every file.
    expect(names).toEqual(['Papadopoul_E_Cover_le.pdf', 'Papadopoul_E_Referees.pdf', 'Papadopoul_E_Research.pdf', 'Papadopoul_E_Teaching.pdf']);
    const pages = await Promise.all(names.map(async (n) => (await readPdf(readFileSync(join(dir, 'packet', n)), { text: false })).pageCount));
    expect(pages.sort()).toEqual([1, 1, 2, 3]);

    // The teaching statement is dropped from the manifest: its old file stays, and the build says so.
    const manifest = readFileSync(join(dir, 'manifest.yaml'), 'utf8');
    writeFileSync(join(dir, 'manifest.yaml'), manifest.replace('  teaching_statement: c.pdf\n', ''));
    writeFileSync(join(dir, 'profile.yaml'), profile.replace('accepts: [file] }\n  - { id: references', 'accepts: [file], stage: optional }\n  - { id: references'));
    const again = await cli(['build', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      'manifest.yaml:1:1 warning build.stray-files  The folder packet also holds a PDF this build did not write: Papadopoul_E_Teaching.pdf.  hint: If you upload the whole folder, delete those first (an earlier build may have left them), or build into an empty folder with -o.\n',
    );
    expect((await cli(['build', 'manifest.yaml', '--today', '2025-10-01', '--strict'], { cwd: dir })).code).toBe(1);
    // validate and report say it too (before: a bare Ready over a folder that would send the old teaching statement).
    const stray = 'packet/Papadopoul_E_Teaching.pdf warning build.stray-files  The folder packet also holds a PDF an earlier build wrote, not part of the set as the manifest makes it now: Papadopoul_E_Teaching.pdf.  hint: If you upload the whole folder, delete those first (or build into an empty folder with -o).\n';
    const validated = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(validated.stdout).toContain(stray);
    expect(validated.code).toBe(0);
    expect((await cli(['validate', 'manifest.yaml', '--today', '2025-10-01', '--strict'], { cwd: dir })).code).toBe(1);
    const reported = await cli(['report', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(reported.stdout).toContain(stray.trimEnd());
    // Once deleted, nothing more is said.
    rmSync(join(dir, 'packet', 'Papadopoul_E_Teaching.pdf'));
    expect((await cli(['validate', 'manifest.yaml', '--today', '2025-10-01', '--strict'], { cwd: dir })).code).toBe(0);
  });
});

describe('packet build --separate into the manifest\'s own folder', () => {
  it('lists the files by their names (before: "h.pdf" and a blank name, from cutting the folder\'s path off a shorter one)', async () => {
    const dir = workspace({
      'profile.yaml': `id: portal\ntitle: Lecturer\nsubmission: { format: separate-files, file_name: "{last}_{item}.pdf" }\nitems:\n  - { id: cv, kind: cv, title: CV, accepts: [file] }\n  - { id: research, kind: research_statement, title: Research statement, accepts: [file] }\n`,
      'docs/a.pdf': await makePdf({ pages: 2 }),
      'docs/b.pdf': await makePdf({ pages: 1 }),
      'manifest.yaml': 'profile: ./profile.yaml\napplicant: { name: Aino Virtanen, email: a@examples.fi }\nitems:\n  cv: docs/a.pdf\n  research: docs/b.pdf\n',
    });
    for (const out of ['.', './', dir]) {
      const r = await cli(['build', 'manifest.yaml', '-o', out, '--today', '2025-10-01'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout.split('\n').slice(-3)).toEqual(['  Virtanen_cv.pdf        CV (2 pages)', '  Virtanen_research.pdf  Research statement (1 page)', '']);
    }
  });
});

describe('packet build --separate, a name in Chinese or Arabic script', () => {
  it('warns that the files would go without the name (before: cv.pdf, research.pdf, silently), until family_name and given_names say it in Latin letters', async () => {
    const profile = `id: portal
title: Lecturer
submission: { format: separate-files, file_name: "{last}_{first}_{item}.pdf" }
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - { id: research, kind: research_statement, title: Research statement, accepts: [file] }
`;
    const manifest = (applicant: string) => `profile: ./profile.yaml\napplicant: ${applicant}\nitems:\n  cv: a.pdf\n  research: b.pdf\n`;
    const dir = workspace({ 'profile.yaml': profile, 'a.pdf': await makePdf({ pages: 1 }), 'b.pdf': await makePdf({ pages: 2 }), 'manifest.yaml': manifest('{ name: 王小明, email: w@examples.fi }') });
    const r = await cli(['build', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'manifest.yaml:2:20 warning applicant.latin-name  The posting wants files named {last}_{first}_{item}.pdf; file names take Latin letters only (upload portals mangle others), so "王小明" would be left out of them: cv.pdf.  hint: Add `family_name:` and `given_names:` under `applicant:`, in Latin letters as in your passport; they are used only in file names.\n',
    );
    expect((await cli(['validate', 'manifest.yaml', '--today', '2025-10-01', '--strict'], { cwd: dir })).code).toBe(1);
    writeFileSync(join(dir, 'manifest.yaml'), manifest('{ name: 王小明, family_name: Wang, given_names: Xiaoming, email: w@examples.fi }'));
    const named = await cli(['build', 'manifest.yaml', '--today', '2025-10-01', '-o', 'named'], { cwd: dir });
    expect(named.stdout).not.toContain('latin-name');
    expect(readdirSync(join(dir, 'named')).sort()).toEqual(['Wang_Xiaoming_cv.pdf', 'Wang_Xiaoming_research.pdf']);
    // A one-PDF posting built with --separate names the files {last}_{item}.pdf: the build says it.
    writeFileSync(join(dir, 'profile.yaml'), profile.replace('{ format: separate-files, file_name: "{last}_{first}_{item}.pdf" }', '{ format: single-pdf }'));
    writeFileSync(join(dir, 'manifest.yaml'), manifest('{ name: محمد علي, email: m@examples.fi }'));
    expect((await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir })).stdout).not.toContain('latin-name');
    const single = await cli(['build', 'manifest.yaml', '--today', '2025-10-01', '--separate', '-o', 'sep'], { cwd: dir });
    expect(single.stdout).toContain('warning applicant.latin-name  The files are named {last}_{item}.pdf;');
  });
});

describe('packet build --separate with family_name and given_names', () => {
  it('names the files after the family name, particles kept, the same in every file', async () => {
    const dir = workspace({
      'profile.yaml': `id: portal
title: Lecturer
submission: { format: separate-files, max_name_length: 25, file_name: "{last}_{first}_{item}.pdf" }
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - { id: research_statement, kind: research_statement, title: Research statement, accepts: [file] }
`,
      'a.pdf': await makePdf({ pages: 1 }),
      'b.pdf': await makePdf({ pages: 2 }),
      'manifest.yaml': `profile: ./profile.yaml
applicant: { name: Áša Ní Bhriain Øvergård, family_name: Ní Bhriain Øvergård, given_names: Áša }
items:
  cv: a.pdf
  research_statement: b.pdf
`,
    });
    const r = await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-10-01']);
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'packet')).sort()).toEqual(['Ni_Bhriain_A_cv.pdf', 'Ni_Bhriain_A_research.pdf']);
  });

  it('without them, a name of more than two words says which split the files take and how to change it (audit 12-05f #7; before: Fuente_Maria_cv.pdf, silently)', async () => {
    const profile = 'id: portal\ntitle: Lecturer\nsubmission: { format: separate-files, file_name: "{last}_{first}_{item}.pdf" }\nitems:\n  - { id: cv, kind: cv, title: CV, accepts: [file] }\n';
    const manifest = (applicant: string) => `profile: ./profile.yaml\napplicant: { ${applicant}, email: m@examples.es }\nitems:\n  cv: a.pdf\n`;
    const dir = workspace({ 'profile.yaml': profile, 'a.pdf': await makePdf({ pages: 1 }), 'manifest.yaml': manifest('name: María José García-Núñez de la Fuente') });
    const lines = async () => (await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir })).stdout.split('\n').filter((l) => l.includes('applicant.name-split'));
    const warning = 'manifest.yaml:2:20 warning applicant.name-split  Your name has 6 words; the files take "Fuente" as your family name and "María" as your given name: Fuente_Maria_cv.pdf.  hint: If your family name is not "Fuente", say which words are: add `family_name:` and `given_names:` under `applicant:` (they are used only in file names).';
    expect(await lines()).toEqual([warning]);
    const build = await cli(['build', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(build.code).toBe(0);
    expect(build.stdout).toContain(warning);
    // Three words without a particle: the guess may be right (two given names), an info.
    writeFileSync(join(dir, 'manifest.yaml'), manifest('name: Anna Maria Schmidt'));
    expect(await lines()).toEqual([expect.stringMatching(/^manifest\.yaml:2:20 info applicant\.name-split {2}Your name has 3 words; the files take "Schmidt" as your family name and "Anna" as your given name: Schmidt_Anna_cv\.pdf\./)]);
    // Plainly two words, an initial between them, or the parts given: nothing to say.
    for (const applicant of ['name: María Fuente', 'name: John F. Kennedy', 'name: María José García-Núñez de la Fuente, family_name: García-Núñez de la Fuente', 'name: María José García-Núñez de la Fuente, given_names: María José']) {
      writeFileSync(join(dir, 'manifest.yaml'), manifest(applicant));
      expect(await lines(), applicant).toEqual([]);
    }
    // A pattern without the name parts: no split to guess.
    writeFileSync(join(dir, 'profile.yaml'), profile.replace('{last}_{first}_{item}.pdf', '{name}_{item}.pdf'));
    writeFileSync(join(dir, 'manifest.yaml'), manifest('name: María José García-Núñez de la Fuente'));
    expect(await lines()).toEqual([]);
  });
});

const launch = join(root, '..', 'shared', 'corpus', 'files', 'launch-action.pdf');
describe.skipIf(!existsSync(launch))('a file whose scripts the build removes', () => {
  it('is noted once, as validate notes it (before: build printed file.actions twice, once from the check and once from the copy)', async () => {
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': readFileSync(launch), 'plan.pdf': await makePdf({ pages: 3 }), 'manifest.yaml': TEST_MANIFEST });
    const validate = await cli(['validate', join(dir, 'manifest.yaml'), '--today', '2025-10-01']);
    const build = await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-10-01']);
    const lines = (out: string) => out.split('\n').filter((l) => l.includes(' file.actions '));
    expect(lines(validate.stdout)).toEqual([`${join(dir, 'manifest.yaml')}:4:7 warning file.actions  cv.pdf contains a command that starts another program or opens a file; the packet leaves it out.  hint: Nothing to do, unless the document relies on them (for example a form that calculates totals): then check the built PDF.`]);
    expect(lines(build.stderr + build.stdout)).toEqual(lines(validate.stdout));
    expect(build.code).toBe(0);
  });
});

describe('a file whose links lead to files on a computer or network', () => {
  it('validate and build say the same line, naming the links, and the built PDF has none (before: validate said nothing, build kept the links; a file:// link alone was "scripts (JavaScript)")', async () => {
    const cv = await makeLinksPdf(['C:\\Users\\aino\\Documents\\thesis.pdf', 'smb://fileserver/share/x', 'file:///C:/Users/aino/secret.pdf', 'http://192.168.1.10/intranet/cv', 'https://trepo.tuni.fi/handle/10024/123456']);
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': cv, 'plan.pdf': await makePdf({ pages: 3 }), 'manifest.yaml': TEST_MANIFEST });
    const validate = await cli(['validate', join(dir, 'manifest.yaml'), '--today', '2025-10-01']);
    const build = await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-10-01']);
    const lines = (out: string) => out.split('\n').filter((l) => l.includes(' file.actions '));
    expect(lines(validate.stdout)).toEqual([
      `${join(dir, 'manifest.yaml')}:4:7 info file.actions  cv.pdf contains links to files on a computer or network; the packet leaves them out.  hint: A link to a file on your computer or network opens nothing for a reviewer: if it matters, put the document on the web and link there, or add it to the packet as an item of its own.`,
    ]);
    expect(lines(build.stderr + build.stdout)).toEqual(lines(validate.stdout));
    expect(build.code).toBe(0);
    const built = /Built (.+?\.pdf):/u.exec(build.stdout)![1]!;
    const links = (await readPdf(readFileSync(built.startsWith('/') ? built : join(dir, built)))).pages.flatMap((p) => p.links.map((l) => l.url).filter(Boolean));
    expect(links).toContain('https://trepo.tuni.fi/handle/10024/123456');
    expect(links.filter((u) => /Users|smb:|file:|192\.168/u.test(u!))).toEqual([]);
  });
});

describe('safety over every build', () => {
  it('the helper checked the PDFs this file built for active content', () => {
    expect(checkedOutputs()).toBeGreaterThanOrEqual(8);
  });
});

describe('report reads the built PDF whole (audit 12-05b A, N)', () => {
  const reportOf = async (dir: string, extra: string[] = []) => {
    const r = await cli(['report', join(dir, 'manifest.yaml'), '--today', '2025-11-01', ...extra]);
    const json = JSON.parse((await cli(['report', join(dir, 'manifest.yaml'), '--today', '2025-11-01', '--format', 'json', ...extra])).stdout);
    return { r, json, codes: json.diagnostics.map((d: { code: string }) => d.code) as string[] };
  };

  it('a page added to the built packet by hand is build.edited, "1 more than the 13 it was built with" (audit 12-05h #13; before: "is incomplete: it has 14 pages of the 13")', async () => {
    const dir = copyExample();
    expect((await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-11-01'], { env: EPOCH })).code).toBe(0);
    const out = join(dir, 'out/virtanen-aalto-tml.pdf');
    const doc = await PDFDocument.load(readFileSync(out), { updateMetadata: false });
    doc.addPage([595, 842]);
    writeFileSync(out, await doc.save());
    for (const command of ['validate', 'report']) {
      const r = await cli([command, join(dir, 'manifest.yaml'), '--today', '2025-11-01']);
      expect(r.code, command).toBe(1);
      expect(r.stdout, command).toMatch(/out\/virtanen-aalto-tml\.pdf error build\.edited {2}\S*out\/virtanen-aalto-tml\.pdf has 14 pages, 1 more than the 13 it was built with: it was changed after the build \(a page added\)\. {2}hint: To send what was added, add it to the manifest \(as an item, or a file of one\) and build again with `packet build`; otherwise build again and upload the new file\.\n/);
      expect(r.stdout, command).toMatch(/Not ready: 1 built PDF changed after the build\n$/);
    }
  }, 60_000);

  it('a built PDF saved again with a password or a print restriction is build.encrypted, saying so (audit 12-05l #10; before: build.damaged, "damaged and cannot be read as a PDF")', async () => {
    const dir = copyExample();
    const manifest = join(dir, 'manifest.yaml');
    expect((await cli(['build', manifest, '--today', '2025-11-01'], { env: EPOCH })).code).toBe(0);
    const out = join(dir, 'out/virtanen-aalto-tml.pdf');
    const built = readFileSync(out);
    // Opens without a password, cannot be printed (Acrobat's "Protect" with restrictions only).
    writeFileSync(join(dir, 'restricted.pdf'), await encryptPdf(built, { userPassword: '', permissions: { printing: false, copying: true, modifying: true, annotating: true } }));
    const restricted = await cli(['report', manifest, '--today', '2025-11-01', '--pdf', join(dir, 'restricted.pdf')]);
    expect(restricted.stdout).toMatch(/restricted\.pdf error build\.encrypted {2}\S*restricted\.pdf was saved with restrictions \(printing not allowed\): the reviewers may not be able to print it, and portals may refuse a protected PDF\. {2}hint: Upload the file `packet build` wrote, without protection \(or build it again with `packet build`\)\.\n/);
    expect(restricted.stdout).not.toContain('damaged');
    expect(restricted.stdout).toMatch(/\nNot ready: 1 built PDF saved with a password or restrictions\n$/);
    expect(restricted.code).toBe(1);
    // A password to open it, at the output: validate says it too.
    writeFileSync(out, await encryptPdf(built, { userPassword: 'open' }));
    const v = await cli(['validate', manifest, '--today', '2025-11-01']);
    expect(v.stdout).toMatch(/out\/virtanen-aalto-tml\.pdf error build\.encrypted {2}\S*out\/virtanen-aalto-tml\.pdf is protected with a password: the portal and the reviewers cannot open it without the password\. {2}hint: Upload the file `packet build` wrote/);
    expect(v.code).toBe(1);
  }, 60_000);

  it('a built packet changed after the build (a page emptied, its text edited, turned, a comment added, the title changed, a script added): build.edited naming the page and its item, not Ready; re-saves that keep it are no change (audit 12-05l #1; before: Ready, exit 0)', async () => {
    const dir = copyExample();
    expect((await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-11-01'], { env: EPOCH })).code).toBe(0);
    const out = join(dir, 'out/virtanen-aalto-tml.pdf');
    const built = readFileSync(out);
    const edit = async (name: string, change: (doc: PDFDocument) => void): Promise<string> => {
      const doc = await PDFDocument.load(built, { updateMetadata: false });
      change(doc);
      writeFileSync(join(dir, name), await doc.save());
      return join(dir, name);
    };
    const page2 = (doc: PDFDocument) => doc.getPage(1).node;
    const edited = (name: string, what: string) =>
      new RegExp(`${name} error build\\.edited {2}\\S*${name} was changed after the build: ${what}\\. {2}hint: Build again with \`packet build\` and upload the new file; make changes in your documents or the manifest, not in the built PDF\\.\\n`);
    const page2Content = 'page 2 \\(CV\\) draws other content than the build wrote \\(its text or drawing was edited or removed\\)';
    // (a) Page 2, the CV's first page, draws nothing (a viewer's re-save lost it): validate and report say so.
    writeFileSync(out, readFileSync(await edit('blank.pdf', (doc) => page2(doc).set(PDFName.of('Contents'), doc.context.obj([])))));
    for (const command of ['validate', 'report']) {
      const r = await cli([command, join(dir, 'manifest.yaml'), '--today', '2025-11-01']);
      expect(r.code, command).toBe(1);
      expect(r.stdout, command).toMatch(edited('out/virtanen-aalto-tml\\.pdf', page2Content));
      expect(r.stdout, command).toMatch(/Not ready: 1 built PDF changed after the build\n$/);
    }
    // (b) The CV's heading replaced by other words, as a PDF editor would.
    const hex = (text: string) => `<${Buffer.from(text, 'latin1').toString('hex').toUpperCase()}>`;
    let replaced = 0;
    const heading = await edit('heading.pdf', (doc) => {
      const contents = doc.context.lookup(page2(doc).get(PDFName.of('Contents')), PDFArray);
      for (const ref of contents.asArray()) {
        const stream = doc.context.lookup(ref);
        if (!(stream instanceof PDFRawStream)) continue;
        const text = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
        if (!text.includes(hex('Curriculum vitae'))) continue;
        doc.context.assign(ref as PDFRef, doc.context.flateStream(Buffer.from(text.replace(hex('Curriculum vitae'), hex('Dear committee, I apply')), 'latin1')));
        replaced++;
      }
    });
    expect(replaced).toBe(1);
    // (c) Turned upside down; (d) a typed comment added; (e) the title the viewer shows changed.
    const turned = await edit('turned.pdf', (doc) => doc.getPage(1).setRotation(degrees(180)));
    const note = await edit('note.pdf', (doc) => {
      const annot = doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'FreeText', Rect: [60, 700, 300, 730], Contents: PDFString.of('NOTE TO SELF: this CV is outdated'), DA: PDFString.of('/Helv 12 Tf 0 g') }));
      // Into the page's list as an editor puts it (pdf-lib's addAnnot would also wrap the page's drawing in q/Q).
      const annots = doc.context.lookup(page2(doc).get(PDFName.of('Annots')));
      if (annots instanceof PDFArray) annots.push(annot);
      else page2(doc).set(PDFName.of('Annots'), doc.context.obj([annot]));
    });
    const titled = await edit('titled.pdf', (doc) => doc.setTitle('My application - final FINAL v3'));
    for (const [file, what] of [
      [heading, page2Content],
      [turned, 'page 2 \\(CV\\) was turned, cropped or resized'],
      [note, 'page 2 \\(CV\\) has other comments, links or form fields than the build wrote'],
      [titled, 'its title, author, subject or keywords \\(which viewers show\\) were changed'],
    ] as const) {
      const r = await cli(['report', join(dir, 'manifest.yaml'), '--today', '2025-11-01', '--pdf', file]);
      const name = file.slice(dir.length + 1).replace('.', '\\.');
      expect(r.code, file).toBe(1);
      expect(r.stdout, file).toMatch(edited(name, what));
    }
    // (f) A script run when the file opens, appended as an incremental update (the rest of the file as built).
    const doc = await PDFDocument.load(built, { updateMetadata: false });
    const catalog = doc.catalog.clone(doc.context);
    catalog.set(PDFName.of('OpenAction'), doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.launchURL("https://tracker.example.net/opened");') }));
    const root = doc.context.trailerInfo.Root as PDFRef;
    const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(built.toString('latin1'))?.[1];
    const appended = (dict: PDFDict): Buffer => {
      const object = `\n${root.objectNumber} 0 obj\n${dict.toString()}\nendobj\n`;
      const xref = `xref\n${root.objectNumber} 1\n${String(built.length + 1).padStart(10, '0')} 00000 n \ntrailer\n<< /Size ${doc.context.largestObjectNumber + 1} /Root ${root.toString()} /Info ${String(doc.context.trailerInfo.Info)} /Prev ${startxref} >>\nstartxref\n${built.length + object.length}\n%%EOF\n`;
      return Buffer.concat([built, Buffer.from(object + xref, 'latin1')]);
    };
    writeFileSync(join(dir, 'script.pdf'), appended(catalog));
    // Said from the PDF itself too: without the build's digests in its record, the script is still found.
    const record = catalog.lookup(PDFName.of('PieceInfo'), PDFDict).lookup(PDFName.of('ApplicationPacket'), PDFDict).lookup(PDFName.of('Private'), PDFDict).clone(doc.context);
    record.delete(PDFName.of('PagePrints'));
    record.delete(PDFName.of('Document'));
    catalog.set(PDFName.of('PieceInfo'), doc.context.obj({ ApplicationPacket: { Private: record } }));
    writeFileSync(join(dir, 'script-old.pdf'), appended(catalog));
    for (const name of ['script.pdf', 'script-old.pdf']) {
      const r = await cli(['report', join(dir, 'manifest.yaml'), '--today', '2025-11-01', '--pdf', join(dir, name)]);
      expect(r.code, name).toBe(1);
      expect(r.stdout, name).toMatch(edited(name.replace('.', '\\.'), 'it now holds scripts \\(JavaScript\\), an action that runs when the file is opened, which the build removes from every packet'));
    }
    // Saved again as it was, with object streams (pdf-lib), or by qpdf (object streams, linearized): the same packet.
    const again = await PDFDocument.load(built, { updateMetadata: false });
    writeFileSync(join(dir, 'resaved.pdf'), await again.save({ useObjectStreams: true }));
    writeFileSync(join(dir, 'as-built.pdf'), built);
    const resaves = ['as-built.pdf', 'resaved.pdf'];
    for (const [name, args] of [['objstm.pdf', ['--object-streams=generate']], ['linear.pdf', ['--linearize']]] as const) {
      if (spawnSync('qpdf', [...args, join(dir, 'as-built.pdf'), join(dir, name)]).status === 0) resaves.push(name);
    }
    for (const name of resaves) {
      const r = await cli(['report', join(dir, 'manifest.yaml'), '--today', '2025-11-01', '--pdf', join(dir, name)]);
      expect(r.stdout, name).not.toContain('build.edited');
    }
  }, 120_000);

  it('the record says by which rules its page digests were written (/Prints 1): another version\'s are not compared, and the packet is to be built again; a record without the number is of version 1', async () => {
    const dir = copyExample();
    expect((await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-11-01'], { env: EPOCH })).code).toBe(0);
    const out = join(dir, 'out/virtanen-aalto-tml.pdf');
    const built = readFileSync(out);
    const recordOf = (doc: PDFDocument) => doc.catalog.lookup(PDFName.of('PieceInfo'), PDFDict).lookup(PDFName.of('ApplicationPacket'), PDFDict).lookup(PDFName.of('Private'), PDFDict);
    expect(recordOf(await PDFDocument.load(built, { updateMetadata: false })).get(PDFName.of('Prints'))?.toString()).toBe('1');
    // Page 2 emptied after the build, in a packet whose record is of version 2 (a later packet's rules), or has no number.
    const edited = async (version: number | undefined): Promise<void> => {
      const doc = await PDFDocument.load(built, { updateMetadata: false });
      doc.getPage(1).node.set(PDFName.of('Contents'), doc.context.obj([]));
      if (version === undefined) recordOf(doc).delete(PDFName.of('Prints'));
      else recordOf(doc).set(PDFName.of('Prints'), doc.context.obj(version));
      writeFileSync(out, await doc.save());
    };
    await edited(2);
    for (const command of ['validate', 'report']) {
      const r = await cli([command, join(dir, 'manifest.yaml'), '--today', '2025-11-01']);
      expect(r.stdout, command).not.toContain('build.edited');
      expect(r.code, command).toBe(0);
      expect(r.stdout, command).toMatch(/\n\S*out\/virtanen-aalto-tml\.pdf warning build\.prints-version {2}\S*out\/virtanen-aalto-tml\.pdf was built by a later version of `packet`, whose record of its pages this one cannot compare: a change made to it after the build would not be found\. {2}hint: Build it again with `packet build`, and upload the new file\.\n/);
    }
    await edited(undefined);
    const r = await cli(['validate', join(dir, 'manifest.yaml'), '--today', '2025-11-01']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/out\/virtanen-aalto-tml\.pdf error build\.edited {2}\S*out\/virtanen-aalto-tml\.pdf was changed after the build: page 2 \(CV\) draws other content than the build wrote/);
    expect(r.stdout).not.toContain('build.prints-version');
  }, 60_000);

  it('a built packet whose bookmarks, page labels, XMP metadata, language or opening page were changed after the build: build.edited naming them, not Ready; re-saves that keep them are no change, and a record without their digests compares none (digest, 12-05 leftover; before: Ready, exit 0)', async () => {
    const dir = copyExample();
    const manifest = join(dir, 'manifest.yaml');
    expect((await cli(['build', manifest, '--today', '2025-11-01'], { env: EPOCH })).code).toBe(0);
    const built = readFileSync(join(dir, 'out/virtanen-aalto-tml.pdf'));
    const edit = async (name: string, change: (doc: PDFDocument) => void): Promise<string> => {
      const doc = await PDFDocument.load(built, { updateMetadata: false });
      change(doc);
      writeFileSync(join(dir, name), await doc.save());
      return join(dir, name);
    };
    // The item bookmark "CV" (top level, pointing at page 2).
    const cvBookmark = (doc: PDFDocument): PDFDict => {
      let node = doc.context.lookup(doc.catalog.lookup(PDFName.of('Outlines'), PDFDict).get(PDFName.of('First')));
      while (node instanceof PDFDict && node.lookup(PDFName.of('Title'), PDFHexString).decodeText() !== 'CV') node = doc.context.lookup(node.get(PDFName.of('Next')));
      if (!(node instanceof PDFDict)) throw new Error('no CV bookmark');
      return node;
    };
    // The XMP packet edited as text, as a metadata editor does.
    const xmp = (doc: PDFDocument, change: (text: string) => string): void => {
      const stream = doc.context.lookup(doc.catalog.get(PDFName.of('Metadata')));
      if (!(stream instanceof PDFRawStream)) throw new Error('no XMP');
      const text = Buffer.from(decodePDFRawStream(stream).decode()).toString('utf8');
      expect(change(text)).not.toBe(text);
      doc.catalog.set(PDFName.of('Metadata'), doc.context.register(doc.context.stream(change(text), { Type: 'Metadata', Subtype: 'XML' })));
    };
    const renamed = await edit('renamed.pdf', (doc) => cvBookmark(doc).set(PDFName.of('Title'), PDFHexString.fromText('Cover letter')));
    const pointed = await edit('pointed.pdf', (doc) => cvBookmark(doc).lookup(PDFName.of('Dest'), PDFArray).set(0, doc.getPage(4).ref));
    const xmpTitle = await edit('xmp-title.pdf', (doc) => xmp(doc, (t) => t.replace(/(<dc:title><rdf:Alt><rdf:li xml:lang="x-default">)[^<]*/u, '$1My application FINAL')));
    const xmpCreator = await edit('xmp-creator.pdf', (doc) => xmp(doc, (t) => t.replace(/(<dc:creator><rdf:Seq><rdf:li>)[^<]*/u, '$1Someone Else')));
    const labels = await edit('labels.pdf', (doc) => doc.catalog.delete(PDFName.of('PageLabels')));
    // Its language (which screen readers speak it in), and the page it opens at.
    const lang = await edit('lang.pdf', (doc) => doc.catalog.set(PDFName.of('Lang'), PDFString.of('fi')));
    const opens = await edit('opens.pdf', (doc) => doc.catalog.set(PDFName.of('OpenAction'), doc.context.obj([doc.getPage(5).ref, PDFName.of('Fit')])));
    const settings = 'its language, what it does when it is opened (the page and zoom it opens at, its layout), or its form or layer settings were changed';
    const re = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    // The exact line: the file, the code, the message naming what changed, the hint.
    const edited = (name: string, what: string) =>
      new RegExp(`\\S*${re(name)} error build\\.edited {2}\\S*${re(name)} was changed after the build: ${re(what)}\\. {2}hint: Build again with \`packet build\` and upload the new file; make changes in your documents or the manifest, not in the built PDF\\.\\n`);
    const bookmarks = 'the bookmarks were changed (their titles, order or the pages they open)';
    const metadata = 'its metadata that portals and search tools read (XMP: title, author, subject, keywords or language) was changed';
    for (const [file, what] of [
      [renamed, bookmarks],
      [pointed, bookmarks],
      [xmpTitle, metadata],
      [xmpCreator, metadata],
      [labels, 'the page numbers viewers show for its pages (its page labels) were changed'],
      [lang, settings],
      [opens, settings],
    ] as const) {
      const r = await cli(['report', manifest, '--today', '2025-11-01', '--pdf', file]);
      expect(r.code, file).toBe(1);
      expect(r.stdout, file).toMatch(edited(file.slice(dir.length + 1), what));
      expect(r.stdout, file).toMatch(/\nNot ready: 1 built PDF changed after the build\n$/);
    }
    // At the output, validate says it too.
    writeFileSync(join(dir, 'out/virtanen-aalto-tml.pdf'), readFileSync(renamed));
    const v = await cli(['validate', manifest, '--today', '2025-11-01']);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain(`virtanen-aalto-tml.pdf was changed after the build: ${bookmarks}.`);
    writeFileSync(join(dir, 'out/virtanen-aalto-tml.pdf'), built);
    // A record written before these digests (the document's two first ones only): they are not compared.
    const old = await edit('old-record.pdf', (doc) => {
      const record = doc.catalog.lookup(PDFName.of('PieceInfo'), PDFDict).lookup(PDFName.of('ApplicationPacket'), PDFDict).lookup(PDFName.of('Private'), PDFDict);
      record.set(PDFName.of('Document'), PDFHexString.of(record.lookup(PDFName.of('Document'), PDFHexString).asString().slice(0, 16)));
      cvBookmark(doc).set(PDFName.of('Title'), PDFHexString.fromText('Cover letter'));
    });
    expect((await cli(['report', manifest, '--today', '2025-11-01', '--pdf', old])).stdout).not.toContain('build.edited');
    // Re-saves that keep them: pdf-lib (its producer and date updated, XMP kept), qpdf with object streams,
    // linearized, and --qdf (which rewrites the pages' content, said as such, but not the bookmarks or metadata).
    const again = await PDFDocument.load(built);
    writeFileSync(join(dir, 'pdf-lib.pdf'), await again.save({ useObjectStreams: true }));
    const resaves = ['pdf-lib.pdf'];
    for (const [name, args] of [['objstm.pdf', ['--object-streams=generate']], ['linear.pdf', ['--linearize']], ['qdf.pdf', ['--qdf']]] as const) {
      if (spawnSync('qpdf', [...args, join(dir, 'out/virtanen-aalto-tml.pdf'), join(dir, name)]).status === 0) resaves.push(name);
    }
    const documentOf = async (bytes: Uint8Array) => buildPrints(await PDFDocument.load(bytes, { updateMetadata: false }))?.document;
    const recorded = await documentOf(built);
    expect(recorded).toHaveLength(48); // six aspects: info, catalog, outline, labels, xmp, tags
    for (const name of resaves) {
      expect(await documentOf(readFileSync(join(dir, name))), name).toBe(recorded);
      if (name !== 'qdf.pdf') expect((await cli(['report', manifest, '--today', '2025-11-01', '--pdf', join(dir, name)])).stdout, name).not.toContain('build.edited');
    }
  }, 120_000);

  it('a built PDF cut off anywhere (an interrupted copy) is build.damaged, an error, and not Ready (before: "13 pages", Ready)', async () => {
    const dir = copyExample();
    expect((await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-11-01'], { env: EPOCH })).code).toBe(0);
    const out = join(dir, 'out/virtanen-aalto-tml.pdf');
    const full = readFileSync(out);
    expect((await reportOf(dir)).codes).not.toContain('build.damaged');
    for (const n of [1000, 20_000, 40_000, full.length - 200, full.length - 3]) {
      writeFileSync(out, full.subarray(0, n));
      const { r, json } = await reportOf(dir);
      expect(r.code, String(n)).toBe(1);
      expect(r.stdout, String(n)).toMatch(
        /out\/virtanen-aalto-tml\.pdf error build\.damaged {2}\S*out\/virtanen-aalto-tml\.pdf is cut off before its end \(an interrupted copy or download\?\): viewers show only some of its pages, or none\. {2}hint: Build it again with `packet build` \(or copy it again from where it was built\), and upload the new file\.\n/,
      );
      expect(r.stdout).toMatch(/Not ready: 1 built PDF damaged or incomplete\n$/);
      expect(r.stdout).not.toMatch(/^Built /m);
      expect(json.ready).toBe(false);
      expect(json.build).toBeUndefined();
    }
    // validate reads the built PDF's end too, and says what report says (before: Ready, exit 0).
    const v = await cli(['validate', join(dir, 'manifest.yaml'), '--today', '2025-11-01']);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/out\/virtanen-aalto-tml\.pdf error build\.damaged {2}\S*out\/virtanen-aalto-tml\.pdf is cut off before its end/);
    expect(v.stdout).toMatch(/Not ready: 1 built PDF damaged or incomplete\n$/);
    // Whole again, saved by another program with a cross-reference stream: still the packet.
    const doc = await PDFDocument.load(full, { updateMetadata: false });
    writeFileSync(out, await doc.save({ useObjectStreams: true }));
    const resaved = await reportOf(dir);
    expect(resaved.codes).toEqual(expect.not.arrayContaining(['build.damaged', 'build.mismatch', 'build.stale']));
    expect(resaved.json.build).toMatchObject({ pages: 13 });
  }, 60_000);

  it('pages removed from a built PDF: fewer than it was built with, or bookmarks that lead nowhere (before: "10 pages", Ready)', async () => {
    const dir = copyExample();
    expect((await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-11-01'], { env: EPOCH })).code).toBe(0);
    const doc = await PDFDocument.load(readFileSync(join(dir, 'out/virtanen-aalto-tml.pdf')), { updateMetadata: false });
    for (const i of [12, 11, 10]) doc.removePage(i);
    writeFileSync(join(dir, 'cut10.pdf'), await doc.save());
    const { r } = await reportOf(dir, ['--pdf', join(dir, 'cut10.pdf')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/cut10\.pdf error build\.damaged {2}.*cut10\.pdf is incomplete: it has 10 pages of the 13 it was built with\./);
    // Without the record of the pages (a PDF of an earlier version): the bookmarks whose pages are gone say it.
    const record = doc.catalog.lookup(PDFName.of('PieceInfo'), PDFDict).lookup(PDFName.of('ApplicationPacket'), PDFDict).lookup(PDFName.of('Private'), PDFDict);
    expect(record.get(PDFName.of('Pages'))?.toString()).toBe('13');
    record.delete(PDFName.of('Pages'));
    writeFileSync(join(dir, 'cut10.pdf'), await doc.save());
    const old = await reportOf(dir, ['--pdf', join(dir, 'cut10.pdf')]);
    expect(old.r.code).toBe(1);
    expect(old.r.stdout).toMatch(/cut10\.pdf is incomplete: the bookmarks "MSc thesis", "Recommendation letter\(s\) or contact details for such", "Referees", … lead to pages no longer in it\./);
  }, 60_000);

  it('a built PDF whose list of pages loops or nests without end is build.damaged (before: exit 3, "internal error: Maximum call stack size exceeded")', async () => {
    const dir = copyExample();
    const page = '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj';
    writeFileSync(join(dir, 'loop.pdf'), rawPdf(['1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj', '2 0 obj << /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >> endobj', page]));
    // 5,000 levels of lists of pages, each holding only the next.
    const levels = Array.from({ length: 5000 }, (_, i) => `${i + 10} 0 obj << /Type /Pages /Kids [${i === 4999 ? 3 : i + 11} 0 R] /Count 1 >> endobj`);
    writeFileSync(join(dir, 'deep.pdf'), rawPdf(['1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj', '2 0 obj << /Type /Pages /Kids [10 0 R] /Count 1 >> endobj', page, ...levels]));
    for (const name of ['loop.pdf', 'deep.pdf']) {
      const { r, json } = await reportOf(dir, ['--pdf', join(dir, name)]);
      expect(r.code, name).toBe(1);
      expect(r.stderr, name).toBe('');
      expect(r.stdout, name).toContain(`${name} is damaged and cannot be read as a PDF.  hint: Build it again with \`packet build\``);
      expect(json.ready, name).toBe(false);
    }
  }, 60_000);

  it('a --separate build with a file deleted and another cut off: build.damaged for each, not Ready (before: Ready)', async () => {
    const dir = workspace({
      'profile.yaml': 'id: portal\ntitle: Lecturer\nsubmission: { format: separate-files, file_name: "{last}_{item}.pdf" }\nitems:\n  - { id: cv, kind: cv, title: CV, accepts: [file] }\n  - { id: research, kind: research_statement, title: Research statement, accepts: [file] }\n  - { id: teaching, kind: teaching_statement, title: Teaching statement, accepts: [file] }\n',
      'docs/a.pdf': await makePdf({ pages: 2 }),
      'docs/b.pdf': await makePdf({ pages: 1 }),
      'docs/c.pdf': await makePdf({ pages: 1, text: 'Teaching {n}' }),
      'manifest.yaml': 'profile: ./profile.yaml\napplicant: { name: Aino Virtanen, email: a@examples.fi }\nitems:\n  cv: docs/a.pdf\n  research: docs/b.pdf\n  teaching: docs/c.pdf\n',
    });
    const built = await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-10-01']);
    expect(built.code, built.stdout).toBe(0);
    const report = async () => cli(['report', join(dir, 'manifest.yaml'), '--today', '2025-10-01']);
    expect((await report()).stdout).toMatch(/Ready to submit\n$/);
    rmSync(join(dir, 'packet/Virtanen_cv.pdf'));
    const research = join(dir, 'packet/Virtanen_research.pdf');
    writeFileSync(research, readFileSync(research).subarray(0, 3000));
    const r = await report();
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/packet\/Virtanen_research\.pdf error build\.damaged {2}.*packet\/Virtanen_research\.pdf is cut off before its end/);
    expect(r.stdout).toMatch(/packet\/Virtanen_cv\.pdf error build\.damaged {2}.*packet\/Virtanen_cv\.pdf \(CV\) is missing: the build wrote it, and the folder holds the other files without it\. {2}hint: Build again with `packet build`, and upload the whole new set\./);
    expect(r.stdout).toMatch(/Not ready: 2 built PDFs damaged or incomplete\n$/);
    // validate reads each file as report does: the cut-off one and the missing one are said.
    const v = await cli(['validate', join(dir, 'manifest.yaml'), '--today', '2025-10-01']);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/packet\/Virtanen_research\.pdf error build\.damaged {2}.*packet\/Virtanen_research\.pdf is cut off before its end/);
    expect(v.stdout).toMatch(/packet\/Virtanen_cv\.pdf error build\.damaged {2}.*packet\/Virtanen_cv\.pdf \(CV\) is missing/);
    expect(v.stdout).toMatch(/Not ready: 2 built PDFs damaged or incomplete\n$/);
    // Nothing built yet: nothing to say.
    rmSync(join(dir, 'packet'), { recursive: true });
    expect((await report()).stdout).toMatch(/Ready to submit\n$/);
  }, 60_000);

  it('a --separate set built before an input changed: build.stale at the set\'s folder, not ready, as for the one PDF (before: nothing said, then a warning and Ready over the old CV)', async () => {
    const dir = await portalSet();
    expect((await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-10-01'])).code).toBe(0);
    const report = async () => cli(['report', join(dir, 'manifest.yaml'), '--today', '2025-10-01']);
    expect((await report()).stdout).not.toContain('build.stale');
    writeFileSync(join(dir, 'docs/a.pdf'), await makePdf({ pages: 2, text: 'Another CV {n}' }));
    const r = await report();
    expect(r.stdout).toMatch(/packet\/ error build\.stale {2}\S*packet\/, the set of 2 files, was built before \S*docs\/a\.pdf changed: it holds the packet as it was then, not as it is now\. {2}hint: Build the set again with `packet build`, and upload the new files\.\n/);
    expect(r.stdout).toMatch(/\nNot ready: the files in \S*packet\/ are out of date: build again\n$/);
    expect(r.code).toBe(1);
  }, 60_000);

  it('report after a --separate build lists the files it judged, in text, Markdown and JSON, and says when they are out of date (audit 12-06b #6; before: nothing of the set, no `build` in the JSON)', async () => {
    const dir = await portalSet();
    expect((await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-10-01'])).code).toBe(0);
    const report = async (...format: string[]) => cli(['report', join(dir, 'manifest.yaml'), '--today', '2025-10-01', ...format]);
    const sizes = ['Virtanen_cv.pdf', 'Virtanen_research.pdf'].map((f) => statSync(join(dir, 'packet', f)).size);
    const total = formatMb((sizes[0] ?? 0) + (sizes[1] ?? 0));
    const text = await report();
    expect(text.stdout).toMatch(new RegExp(`\\nBuilt 2 files in \\S*packet/: 3 pages, ${total.replace('.', '\\.')}\\n  Virtanen_cv\\.pdf        CV \\(2 pages\\)\\n  Virtanen_research\\.pdf  Research statement \\(1 page\\)\\n\\nReady to submit\\n$`));
    const md = await report('--format', 'md');
    expect(md.stdout).toContain('\n- `Virtanen_cv.pdf`: CV (2 pages)\n- `Virtanen_research.pdf`: Research statement (1 page)\n');
    const json = JSON.parse((await report('--format', 'json')).stdout) as { build?: { pages: number; files: { item: string; file: string; pages: number; bytes: number }[] } };
    expect(json.build?.pages).toBe(3);
    expect(json.build?.files.map((f) => [f.item, f.file.split('/').pop(), f.pages, f.bytes])).toEqual([['CV', 'Virtanen_cv.pdf', 2, sizes[0]], ['Research statement', 'Virtanen_research.pdf', 1, sizes[1]]]);
    writeFileSync(join(dir, 'docs/a.pdf'), await makePdf({ pages: 2, text: 'Another CV {n}' }));
    expect((await report()).stdout).toMatch(/\nBuilt 2 files in \S*packet\/: 3 pages, \S+ MB \(out of date: build again\)\n/);
  }, 60_000);

  it('report --pdf on one file of a current set judges it as that item\'s file, and --pdf takes the set\'s folder (audit 12-06d #3; before: "it has no "Research statement"", out of date: build again, and building again changed nothing; the folder was refused)', async () => {
    const dir = await portalSet();
    const manifest = join(dir, 'manifest.yaml');
    expect((await cli(['build', manifest, '--today', '2025-10-01'])).code).toBe(0);
    const report = async (pdf: string) => cli(['report', manifest, '--today', '2025-10-01', '--pdf', join(dir, pdf)]);
    const cv = formatMb(statSync(join(dir, 'packet', 'Virtanen_cv.pdf')).size).replace('.', '\\.');
    const one = await report('packet/Virtanen_cv.pdf');
    expect(one.stdout).not.toContain('build.mismatch');
    expect(one.stdout).toMatch(new RegExp(`\\nBuilt 1 file in \\S*packet/: 2 pages, ${cv}\\n  Virtanen_cv\\.pdf  CV \\(2 pages\\)\\n\\nReady to submit\\n$`));
    expect(one.code).toBe(0);
    // A copy under another name, elsewhere: the item its bookmark holds.
    mkdirSync(join(dir, 'upload'));
    writeFileSync(join(dir, 'upload', 'my cv.pdf'), readFileSync(join(dir, 'packet', 'Virtanen_cv.pdf')));
    const copy = await report('upload/my cv.pdf');
    expect(copy.stdout).toMatch(/\n {2}my cv\.pdf {2}CV \(2 pages\)\n\nReady to submit\n$/);
    expect(copy.code).toBe(0);
    const folder = await report('packet');
    expect(folder.stdout).toMatch(/\nBuilt 2 files in \S*packet\/: 3 pages, \S+ MB\n {2}Virtanen_cv\.pdf {8}CV \(2 pages\)\n {2}Virtanen_research\.pdf {2}Research statement \(1 page\)\n\nReady to submit\n$/);
    expect(folder.code).toBe(0);
    // A folder with none of the set's files: building again would not change it, so it is a usage error that says where the set is.
    const other = await report('upload');
    expect(other.stderr).toMatch(/^error: \S*upload\/ holds none of the files `packet build` writes for this posting \(Virtanen_cv\.pdf, Virtanen_research\.pdf\): give --pdf the folder it writes them in, \S*packet\/, or build the set there \(packet build \S*manifest\.yaml -o \S*upload\/\)\n$/);
    expect(other.code).toBe(2);
    // Out of date once an input changes; the build it asks for makes it current (no loop).
    writeFileSync(join(dir, 'docs/a.pdf'), await makePdf({ pages: 2, text: 'Another CV {n}' }));
    const stale = await report('packet/Virtanen_cv.pdf');
    expect(stale.stdout).toMatch(/packet\/Virtanen_cv\.pdf error build\.stale {2}\S*packet\/Virtanen_cv\.pdf was built before \S*docs\/a\.pdf changed: it holds the packet as it was then, not as it is now\. {2}hint: Build it again with `packet build`, and upload the new file\.\n/);
    expect(stale.stdout).toMatch(/\nNot ready: \S*packet\/Virtanen_cv\.pdf is out of date: build again\n$/);
    expect(stale.code).toBe(1);
    expect((await cli(['build', manifest, '--today', '2025-10-01'])).code).toBe(0);
    const again = await report('packet/Virtanen_cv.pdf');
    expect(again.stdout).toMatch(/\nReady to submit\n$/);
    expect(again.code).toBe(0);
  }, 60_000);

  /** A set built, copied to desk/ (one file) and upload/ (the folder), then built again after its CV changed: the copies are stale. */
  async function staleCopies() {
    const dir = await portalSet();
    const report = (pdf: string) => cli(['report', 'manifest.yaml', '--today', '2025-10-01', '--pdf', pdf], { cwd: dir });
    expect((await cli(['build', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir })).code).toBe(0);
    mkdirSync(join(dir, 'desk'));
    writeFileSync(join(dir, 'desk', 'Virtanen_cv.pdf'), readFileSync(join(dir, 'packet', 'Virtanen_cv.pdf')));
    cpSync(join(dir, 'packet'), join(dir, 'upload'), { recursive: true });
    writeFileSync(join(dir, 'docs/a.pdf'), await makePdf({ pages: 2, text: 'Another CV {n}' }));
    expect((await cli(['build', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir })).code).toBe(0);
    return { dir, report };
  }

  it('report --pdf on a stale copy elsewhere says it is a copy of an older build and where the build writes, for a file of a set, a copied set and the one PDF (audit 12-06d #3 rest; before: "Build it again with `packet build`", which never changes the copy)', async () => {
    const { report } = await staleCopies();
    const one = await report('desk/Virtanen_cv.pdf');
    expect(one.stdout.split('\n')).toContain('desk/Virtanen_cv.pdf error build.stale  desk/Virtanen_cv.pdf is a copy of an older build: it was built before docs/a.pdf changed, so it holds the packet as it was then.  hint: Build again with `packet build`, which writes packet/Virtanen_cv.pdf, not this copy, and upload that file (or copy it here again).');
    expect(one.code).toBe(1);
    const set = await report('upload');
    expect(set.stdout.split('\n')).toContain('upload/ error build.stale  upload/, the set of 2 files, is a copy of an older build: it was built before docs/a.pdf changed, so it holds the packet as it was then.  hint: Build again with `packet build`, which writes the set in packet/, not this copy, and upload the files there (or copy them here again).');
    expect(set.code).toBe(1);
    // The build's own files, current: Ready.
    expect((await report('packet/Virtanen_cv.pdf')).code).toBe(0);

    const single = await portalSet({ 'profile.yaml': 'id: one\ntitle: Lecturer\nsubmission: { format: single-pdf }\nitems:\n  - { id: cv, kind: cv, title: CV, accepts: [file] }\n', 'manifest.yaml': 'profile: ./profile.yaml\napplicant: { name: Aino Virtanen, email: a@examples.fi }\noutput: out/packet.pdf\nitems:\n  cv: docs/a.pdf\n' });
    expect((await cli(['build', 'manifest.yaml', '--today', '2025-10-01'], { cwd: single })).code).toBe(0);
    writeFileSync(join(single, 'copy.pdf'), readFileSync(join(single, 'out/packet.pdf')));
    writeFileSync(join(single, 'manifest.yaml'), `${readFileSync(join(single, 'manifest.yaml'), 'utf8')}# edited\n`);
    const copy = await cli(['report', 'manifest.yaml', '--today', '2025-10-01', '--pdf', 'copy.pdf'], { cwd: single });
    expect(copy.stdout.split('\n')).toContain('copy.pdf error build.stale  copy.pdf is a copy of an older build: it was built before manifest.yaml changed, so it holds the packet as it was then.  hint: Build again with `packet build`, which writes out/packet.pdf, not this copy, and upload that file (or copy it here again).');
    // At the output itself, building again is the fix, as before.
    const own = await cli(['report', 'manifest.yaml', '--today', '2025-10-01', '--pdf', 'out/packet.pdf'], { cwd: single });
    expect(own.stdout).toContain('out/packet.pdf error build.stale  out/packet.pdf was built before manifest.yaml changed: it holds the packet as it was then, not as it is now.  hint: Build it again with `packet build`, and upload the new file.');
  }, 60_000);

  it('the verdict on a stale copy elsewhere says what to do with a copy: build again and upload the file the build writes, or copy it over the copy (audit 14 #1; before: "out of date: build again", which never changes the copy)', async () => {
    const { report } = await staleCopies();
    const one = await report('desk/Virtanen_cv.pdf');
    expect(one.stdout).toMatch(/\nBuilt 1 file in desk\/: 2 pages, \S+ MB \(out of date: build again and upload packet\/Virtanen_cv\.pdf\)\n {2}Virtanen_cv\.pdf {2}CV \(2 pages\)\n\nNot ready: desk\/Virtanen_cv\.pdf is a copy of an older build: build again and upload packet\/Virtanen_cv\.pdf \(or copy it over this one\)\n$/);
    expect(one.code).toBe(1);
    const set = await report('upload');
    expect(set.stdout).toMatch(/\nBuilt 2 files in upload\/: 3 pages, \S+ MB \(out of date: build again and upload the files in packet\/\)\n[^]*\nNot ready: the files in upload\/ are a copy of an older build: build again and upload the files in packet\/ \(or copy them over these\)\n$/);
    expect(set.code).toBe(1);

    const single = await portalSet({ 'profile.yaml': 'id: one\ntitle: Lecturer\nsubmission: { format: single-pdf }\nitems:\n  - { id: cv, kind: cv, title: CV, accepts: [file] }\n', 'manifest.yaml': 'profile: ./profile.yaml\napplicant: { name: Aino Virtanen, email: a@examples.fi }\noutput: out/packet.pdf\nitems:\n  cv: docs/a.pdf\n' });
    expect((await cli(['build', 'manifest.yaml', '--today', '2025-10-01'], { cwd: single })).code).toBe(0);
    writeFileSync(join(single, 'copy.pdf'), readFileSync(join(single, 'out/packet.pdf')));
    writeFileSync(join(single, 'manifest.yaml'), `${readFileSync(join(single, 'manifest.yaml'), 'utf8')}# edited\n`);
    const copy = await cli(['report', 'manifest.yaml', '--today', '2025-10-01', '--pdf', 'copy.pdf'], { cwd: single });
    expect(copy.stdout).toMatch(/\nBuilt copy\.pdf: 3 pages, \S+ MB \(out of date: build again and upload out\/packet\.pdf\)\n\nNot ready: copy\.pdf is a copy of an older build: build again and upload out\/packet\.pdf \(or copy it over this one\)\n$/);
    expect(copy.code).toBe(1);
    const json = JSON.parse((await cli(['report', 'manifest.yaml', '--today', '2025-10-01', '--pdf', 'copy.pdf', '--format', 'json'], { cwd: single })).stdout) as { build?: { outOfDate?: boolean; copyOf?: unknown } };
    expect(json.build).toMatchObject({ outOfDate: true, copyOf: { at: 'out/packet.pdf', set: false } });
    // At the output itself, building again is the whole fix, as before.
    const own = await cli(['report', 'manifest.yaml', '--today', '2025-10-01', '--pdf', 'out/packet.pdf'], { cwd: single });
    expect(own.stdout).toMatch(/\nBuilt out\/packet\.pdf: 3 pages, \S+ MB \(out of date: build again\)\n\nNot ready: out\/packet\.pdf is out of date: build again\n$/);
    expect(own.code).toBe(1);
  }, 60_000);

  it('report --pdf naming a folder for a one-PDF posting is still refused, with where the build writes its PDF', async () => {
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'manifest.yaml': TEST_MANIFEST });
    mkdirSync(join(dir, 'out'));
    const r = await cli(['report', 'manifest.yaml', '--pdf', 'out'], { cwd: dir });
    expect(r.stderr).toBe('error: out/ is a folder: --pdf takes the PDF that `packet build manifest.yaml` writes, packet.pdf (or a copy of it)\n');
    expect([r.stdout, r.code]).toEqual(['', 2]);
  });

  it('report --pdf given the manifest, the profile or a .docx is a usage error that says what --pdf takes and where (audit 12-06d #2 rest; before: "build.damaged  manifest.yaml is not a PDF ... Build it again", exit 1)', async () => {
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'manifest.yaml': `${TEST_MANIFEST}output: out/packet.pdf\n`, 'letter.docx': new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 6, 0]), 'notes.txt': '' });
    const report = (pdf: string) => cli(['report', 'manifest.yaml', '--pdf', pdf], { cwd: dir });
    const takes = '--pdf takes the PDF that `packet build manifest.yaml` writes, out/packet.pdf (or a copy of it)';
    const said: unknown[] = [];
    for (const f of ['manifest.yaml', 'profile.yaml', 'letter.docx', 'notes.txt']) {
      const r = await report(f);
      said.push([r.stderr, r.stdout, r.code]);
    }
    expect(said).toEqual([
      [`error: manifest.yaml is your manifest, not a PDF: ${takes}\n`, '', 2],
      [`error: profile.yaml is the posting's profile, not a PDF: ${takes}\n`, '', 2],
      [`error: letter.docx is a ZIP archive (perhaps a Word or OpenDocument file), not a PDF: ${takes}\n`, '', 2],
      [`error: notes.txt is empty, not a PDF: ${takes}\n`, '', 2],
    ]);
    // A separate-files posting: its set's folder.
    const set = await portalSet({ 'letter.docx': new Uint8Array([0x50, 0x4b, 3, 4]) });
    const r = await cli(['report', 'manifest.yaml', '--pdf', 'letter.docx'], { cwd: set });
    expect(r.stderr).toBe('error: letter.docx is a ZIP archive (perhaps a Word or OpenDocument file), not a PDF: --pdf takes the set of files that `packet build manifest.yaml` writes in packet/: one of them, or that folder\n');
    expect(r.code).toBe(2);
    // Under a .pdf name it is a copy of the packet gone wrong: judged, as before.
    writeFileSync(join(dir, 'copy.pdf'), 'not a pdf');
    const copy = await report('copy.pdf');
    expect(copy.stdout).toContain('copy.pdf error build.damaged  copy.pdf is not a PDF, so it is not the packet to upload.');
    expect(copy.code).toBe(1);
  });

  it('a --separate set of another manifest in the folder (another file name): build refuses to replace it, report says build.other-manifest (before: replaced without a word)', async () => {
    const dir = await portalSet({ 'second.yaml': PORTAL_MANIFEST });
    expect((await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-10-01'])).code).toBe(0);
    const refused = await cli(['build', join(dir, 'second.yaml'), '--today', '2025-10-01']);
    expect(refused.code).toBe(1);
    expect(refused.stderr + refused.stdout).toContain('it is the packet built from another manifest');
    const r = await cli(['report', join(dir, 'second.yaml'), '--today', '2025-10-01']);
    expect(r.stdout).toMatch(/packet\/Virtanen_cv\.pdf error build\.other-manifest {2}\S*packet\/Virtanen_cv\.pdf was built from another manifest \("Application: Lecturer — Aino Virtanen: CV"\), not from \S*second\.yaml: it is not this application's packet\. {2}hint: Give each manifest its own `output:` \(e\.g\. output: second\) and build it/);
    expect(r.code).toBe(1);
    expect((await cli(['report', join(dir, 'manifest.yaml'), '--today', '2025-10-01'])).code).toBe(0);
  }, 60_000);

  it('a --separate set that no longer matches the manifest: build.mismatch naming the file in report, build.stale in validate, both not ready (audit 12-05f #1, 12-05l #2; before: Ready, validate silent, then a warning)', async () => {
    const dir = await portalSet();
    expect((await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-10-01'])).code).toBe(0);
    writeFileSync(join(dir, 'manifest.yaml'), 'profile: ./profile.yaml\napplicant: { name: Aino Virtanen, email: a@examples.fi }\nitems:\n  cv: { file: docs/a.pdf, pages: "1" }\n  research: docs/b.pdf\n');
    const r = await cli(['report', join(dir, 'manifest.yaml'), '--today', '2025-10-01']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/packet\/Virtanen_cv\.pdf error build\.mismatch {2}\S*packet\/Virtanen_cv\.pdf does not match this manifest: "CV" has 2 pages there, 1 now\. {2}hint: Build the set again with `packet build` before you submit, and upload the new files\.\n/);
    expect(r.stdout).toMatch(/packet\/, the set of 2 files, was built before \S*manifest\.yaml changed: it holds the packet as it was then, not as it is now\. {2}hint: Build the set again/);
    expect(r.stdout).toMatch(/Not ready: the files in \S*packet\/ are out of date: build again\n$/);
    // validate judges the manifest: the set is the next build's to replace, as the one PDF is (build.stale, no more).
    const v = await cli(['validate', join(dir, 'manifest.yaml'), '--today', '2025-10-01']);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/packet\/ error build\.stale {2}\S*packet\/, the set of 2 files, was built before \S*manifest\.yaml changed/);
    expect(v.stdout).not.toContain('build.mismatch');
    expect(v.stdout).toMatch(/Not ready: the files in \S*packet\/ are out of date: build again\n$/);
    // Built again: nothing to say.
    expect((await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-10-01'])).code).toBe(0);
    expect((await cli(['report', join(dir, 'manifest.yaml'), '--today', '2025-10-01'])).stdout).toMatch(/\n\nReady to submit\n$/);
  }, 60_000);

  it('a --separate set whose files a viewer saved again, dropping the build\'s record: build.resaved for each file in report and validate, as for the one PDF, not Ready (digest, 12-05 leftover; before: judged by dates, Ready)', async () => {
    const dir = await portalSet();
    const manifest = join(dir, 'manifest.yaml');
    expect((await cli(['build', manifest, '--today', '2025-10-01'])).code).toBe(0);
    const files = ['Virtanen_cv.pdf', 'Virtanen_research.pdf'].map((f) => join(dir, 'packet', f));
    const built = files.map((f) => readFileSync(f));
    // Every page and bookmark kept, the record dropped; the creator kept, the producer and date the viewer's own.
    const resave = async (viewer: boolean) => {
      for (const [i, f] of files.entries()) {
        const doc = await PDFDocument.load(built[i] as Buffer, { updateMetadata: false });
        doc.catalog.delete(PDFName.of('PieceInfo'));
        if (viewer) {
          doc.setProducer('macOS Version 15.1 (Build 24B83) Quartz PDFContext');
          doc.setModificationDate(new Date(Date.UTC(2025, 9, 2)));
        }
        writeFileSync(f, await doc.save());
      }
    };
    await resave(true);
    for (const command of ['report', 'validate']) {
      const r = await cli([command, manifest, '--today', '2025-10-01']);
      expect(r.code, command).toBe(1);
      expect(r.stdout, command).toMatch(/packet\/Virtanen_cv\.pdf error build\.resaved {2}\S*packet\/Virtanen_cv\.pdf was written by `packet build` and then saved again by another program \(a PDF viewer\?\), which dropped the record of the build: it cannot be checked against \S*manifest\.yaml\. {2}hint: Upload the file `packet build` wrote, not a copy saved by another program, or build again, replacing it: packet build \S*manifest\.yaml --force\.\n/);
      expect(r.stdout, command).toContain('packet/Virtanen_research.pdf error build.resaved');
      expect(r.stdout, command).toMatch(/\nNot ready: 2 built PDFs saved again by another program: upload the ones the build wrote\n$/);
    }
    // The hint's build replaces them (without --force it keeps a PDF that has no record of a build).
    expect((await cli(['build', manifest, '--today', '2025-10-01', '--force'])).code).toBe(0);
    expect((await cli(['report', manifest, '--today', '2025-10-01'])).code).toBe(0);
    // The record dropped but the document information as the build wrote it (a set built by an earlier version):
    // judged by the dates, as the one PDF is.
    await resave(false);
    const r = await cli(['report', manifest, '--today', '2025-10-01']);
    expect(r.stdout).not.toContain('build.resaved');
    expect(r.code).toBe(0);
  }, 60_000);

  it('a --separate set built under a mistyped name, then the name corrected: build.old-name for each old file in validate and report (audit 12-05h #5; before: Ready, no build mentioned; audit 12-05j #6: before, "another applicant")', async () => {
    const dir = await portalSet({ 'manifest.yaml': PORTAL_MANIFEST.replace('Aino Virtanen', 'Aino Virtnen') });
    expect((await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-10-01'])).code).toBe(0);
    writeFileSync(join(dir, 'manifest.yaml'), PORTAL_MANIFEST);
    for (const command of ['validate', 'report']) {
      const r = await cli([command, join(dir, 'manifest.yaml'), '--today', '2025-10-01']);
      expect(r.code, command).toBe(1);
      expect(r.stdout, command).toMatch(/packet\/Virtnen_cv\.pdf error build\.old-name {2}\S*packet\/Virtnen_cv\.pdf was built when your name was written "Aino Virtnen" \(now "Aino Virtanen" in \S*manifest\.yaml\): its page stamps show the name as it was then\. {2}hint: Build the set again \(packet build \S*manifest\.yaml\), delete the old files, and upload the new ones\.\n/);
      expect(r.stdout, command).toContain('packet/Virtnen_research.pdf error build.old-name');
      expect(r.stdout, command).toMatch(/Not ready: 2 built PDFs with your name as it was written before: build again\n$/);
    }
  }, 60_000);

  it('a --separate set built before the profile\'s file_name changed: build.other-names, a warning naming the old and the new names (audit 12-05h #5; before: Ready, no build mentioned)', async () => {
    const dir = await portalSet();
    expect((await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-10-01'])).code).toBe(0);
    writeFileSync(join(dir, 'profile.yaml'), readFileSync(join(dir, 'profile.yaml'), 'utf8').replace('{last}_{item}.pdf', '{last}_{first}_{item}.pdf'));
    const v = await cli(['validate', join(dir, 'manifest.yaml'), '--today', '2025-10-01']);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/packet\/Virtanen_cv\.pdf warning build\.other-names {2}The folder \S*packet\/ holds 2 files built from \S*manifest\.yaml under other names than a build gives now \(Virtanen_cv\.pdf, Virtanen_research\.pdf; now Virtanen_Aino_cv\.pdf, Virtanen_Aino_research\.pdf\): they hold the packet as it was then\. {2}hint: Build the set again with `packet build`, delete the old files, and upload the new ones\.\n/);
    expect(v.stdout).toMatch(/Ready to submit \(check the warning: other names\)\n$/);
    // A folder of documents that no build wrote is not an old build.
    rmSync(join(dir, 'packet'), { recursive: true });
    mkdirSync(join(dir, 'packet'));
    writeFileSync(join(dir, 'packet/Virtanen_cv.pdf'), readFileSync(join(dir, 'docs/a.pdf')));
    const docs = await cli(['validate', join(dir, 'manifest.yaml'), '--today', '2025-10-01']);
    expect(docs.stdout).not.toContain('build.');
  }, 60_000);

  it('a file of a --separate set replaced by hand, over its page cap: build.not-packet and limit.pages on that file, in report and validate (audit 12-05f #2; before: Ready, no message)', async () => {
    const dir = workspace({
      'profile.yaml': 'id: portal\ntitle: Lecturer\nsubmission: { format: separate-files, file_name: "{last}_{item}.pdf" }\nitems:\n  - { id: cv, kind: cv, title: CV, accepts: [file] }\n  - { id: research, kind: research_statement, title: Research statement, accepts: [file], max_pages: 2 }\n',
      'docs/a.pdf': await makePdf({ pages: 2 }),
      'docs/b.pdf': await makePdf({ pages: 2, text: 'Research {n}' }),
      'manifest.yaml': 'profile: ./profile.yaml\napplicant: { name: Aino Virtanen, email: a@examples.fi }\nitems:\n  cv: docs/a.pdf\n  research: docs/b.pdf\n',
    });
    expect((await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-10-01'])).code).toBe(0);
    expect((await cli(['report', join(dir, 'manifest.yaml'), '--today', '2025-10-01'])).stdout).toMatch(/\n\nReady to submit\n$/);
    writeFileSync(join(dir, 'packet/Virtanen_research.pdf'), await makePdf({ pages: 5, text: 'A newer statement {n}' }));
    for (const command of ['report', 'validate']) {
      const r = await cli([command, join(dir, 'manifest.yaml'), '--today', '2025-10-01']);
      expect(r.code, command).toBe(1);
      expect(r.stdout, command).toMatch(/packet\/Virtanen_research\.pdf error build\.not-packet {2}\S*packet\/Virtanen_research\.pdf is not the file `packet build` wrote for Research statement: it has no record of the build \(was it put there by hand\?\), so it may not hold what \S*manifest\.yaml names\. {2}hint: Move it out of the folder if you want to keep it, then build the set again with `packet build` \(or add --force, which replaces it\)\.\n/);
      expect(r.stdout, command).toMatch(/manifest\.yaml:5:13 error limit\.pages {2}\S*packet\/Virtanen_research\.pdf \(Research statement\) has 5 pages; the posting allows 2\./);
      expect(r.stdout, command).toMatch(/Not ready: .*1 limit exceeded \(Research statement\)/);
    }
  }, 60_000);

  it('report --pdf of a packet built for another applicant: build.other-applicant, an error (before: "built before manifest.yaml changed", Ready)', async () => {
    const dir = await ownExample();
    const manifest = join(dir, 'manifest.yaml');
    writeFileSync(join(dir, 'b.yaml'), readFileSync(manifest, 'utf8').replace(/name: Aino Virtanen/, 'name: Bertta Korhonen'));
    expect((await cli(['build', join(dir, 'b.yaml'), '-o', join(dir, 'b.pdf'), '--today', '2025-11-01'], { env: EPOCH })).code).toBe(0);
    const { r, codes } = await reportOf(dir, ['--pdf', join(dir, 'b.pdf')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/b\.pdf error build\.other-applicant {2}.*b\.pdf was built for Bertta Korhonen, not for Aino Virtanen \(.*manifest\.yaml\): its cover and page stamps name another applicant\. {2}hint: Give --pdf the packet built from .*manifest\.yaml, or build it: packet build .*manifest\.yaml\./);
    expect(codes).not.toContain('build.stale');
    expect(r.stdout).toMatch(/Not ready: 1 built PDF of another applicant\n$/);
  }, 60_000);

  it('the applicant corrects her own name after the build: validate and report say build.old-name, "built when your name was written", and a hint validate can follow (audit 12-05j #6; before: "another applicant", hint: "Give --pdf", which validate refuses)', async () => {
    const dir = await ownExample();
    const manifest = join(dir, 'manifest.yaml');
    expect((await cli(['build', manifest, '--today', '2025-11-01'], { env: EPOCH })).code).toBe(0);
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/name: Aino Virtanen/, 'name: Aino Virtanen-Korpela'));
    for (const command of ['validate', 'report']) {
      const r = await cli([command, manifest, '--today', '2025-11-01']);
      expect(r.code, command).toBe(1);
      expect(r.stdout, command).toMatch(/out\/virtanen-aalto-tml\.pdf error build\.old-name {2}\S*out\/virtanen-aalto-tml\.pdf was built when your name was written "Aino Virtanen" \(now "Aino Virtanen-Korpela" in \S*manifest\.yaml\): its cover and page stamps show the name as it was then\. {2}hint: Build it again: packet build \S*manifest\.yaml\.\n/);
      expect(r.stdout, command).not.toContain('another applicant');
      expect(r.stdout, command).toMatch(/\n\nNot ready: 1 built PDF with your name as it was written before: build again\n$/);
    }
    // Following the hint: Ready again.
    expect((await cli(['build', manifest, '--today', '2025-11-01'], { env: EPOCH })).code).toBe(0);
    expect((await cli(['validate', manifest, '--today', '2025-11-01'])).code).toBe(0);
  }, 60_000);

  it('validate over another applicant\'s packet at the output: build.other-applicant, whose hint names no option validate lacks (audit 12-05j #6; before: "Give --pdf", exit 2 when followed)', async () => {
    const dir = await ownExample();
    const manifest = join(dir, 'manifest.yaml');
    // A friend's manifest in this folder, built into this manifest's output.
    writeFileSync(join(dir, 'b.yaml'), readFileSync(manifest, 'utf8').replace(/name: Aino Virtanen/, 'name: Bertta Korhonen'));
    expect((await cli(['build', join(dir, 'b.yaml'), '--today', '2025-11-01'], { env: EPOCH })).code).toBe(0);
    const r = await cli(['validate', manifest, '--today', '2025-11-01']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/out\/virtanen-aalto-tml\.pdf error build\.other-applicant {2}\S*out\/virtanen-aalto-tml\.pdf was built for Bertta Korhonen, not for Aino Virtanen \(\S*manifest\.yaml\): its cover and page stamps name another applicant\. {2}hint: Build the packet from \S*manifest\.yaml: packet build \S*manifest\.yaml\.\n/);
    expect(r.stdout).not.toContain('--pdf');
    // A friend's own folder, its manifest of the same name, her documents but one (the same scan): another applicant still.
    const other = await ownExample();
    writeFileSync(join(other, 'manifest.yaml'), readFileSync(manifest, 'utf8').replace(/name: Aino Virtanen/, 'name: Bertta Korhonen'));
    for (const f of ['cv.pdf', 'research-plan.pdf', 'transcript-bsc.pdf', 'letter-korhonen.pdf']) writeFileSync(join(other, 'docs', f), await makePdf({ pages: 1, text: `Bertta Korhonen ${f} {n}` }));
    expect((await cli(['build', join(other, 'manifest.yaml'), '--today', '2025-11-01'], { env: EPOCH })).code).toBe(0);
    writeFileSync(join(dir, 'out/virtanen-aalto-tml.pdf'), readFileSync(join(other, 'out/virtanen-aalto-tml.pdf')));
    expect((await cli(['validate', manifest, '--today', '2025-11-01'])).stdout).toContain('out/virtanen-aalto-tml.pdf error build.other-applicant');
  }, 60_000);
});

describe('packet build --separate into the folder that holds the inputs (audit 12-05b G)', () => {
  it('is refused, naming the inputs there (before: built, and build.stray-files said to delete the inputs)', async () => {
    const dir = workspace({
      'profile.yaml': 'id: portal\ntitle: Lecturer\nsubmission: { format: separate-files, file_name: "{last}_{item}.pdf" }\nitems:\n  - { id: cv, kind: cv, title: CV, accepts: [file] }\n  - { id: research, kind: research_statement, title: Research statement, accepts: [file] }\n',
      'docs/cv.pdf': await makePdf({ pages: 2 }),
      'docs/plan.pdf': await makePdf({ pages: 1 }),
      'manifest.yaml': 'profile: ./profile.yaml\napplicant: { name: Aino Virtanen, email: a@examples.fi }\nitems:\n  cv: docs/cv.pdf\n  research: docs/plan.pdf\n',
    });
    const r = await cli(['build', 'manifest.yaml', '-o', 'docs', '--today', '2025-10-01'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'manifest.yaml:1:1 error build.output-holds-inputs  The output folder docs holds 2 input files of this manifest (cv.pdf, plan.pdf): the files to upload would be mixed with your inputs.  hint: Build into a folder of its own (-o packet, or `output: packet` in the manifest); your inputs stay where they are.\n\nNot built: fix the errors above first.\n',
    );
    expect(readdirSync(join(dir, 'docs')).sort()).toEqual(['cv.pdf', 'plan.pdf']);
    // The manifest's `output:` naming it: at that line, from validate too.
    writeFileSync(join(dir, 'manifest.yaml'), `${readFileSync(join(dir, 'manifest.yaml'), 'utf8')}output: docs\n`);
    const v = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/^manifest\.yaml:6:9 error build\.output-holds-inputs {2}The output folder docs holds 2 input files/m);
    // Another folder: built, no warning.
    const ok = await cli(['build', 'manifest.yaml', '-o', 'packet', '--today', '2025-10-01'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(ok.stdout).not.toContain('build.');
  });
});

describe('packet build, a one-PDF posting that names its file (file_name, max_name_length)', () => {
  const profile = 'id: turku\ntitle: Postdoc\nsubmission: { format: single-pdf, file_name: "{last}_{first}_application.pdf", max_name_length: 30 }\nitems:\n  - { id: cv, kind: cv, title: CV, accepts: [file] }\n';
  const manifest = (output = ''): string => `profile: ./profile.yaml\napplicant: { name: Aino Virtanen, email: a@examples.fi }\n${output}items:\n  cv: docs/cv.pdf\n`;

  it('without output: the PDF takes the name the posting asks for, and report finds it there (before: packet.pdf, no word)', async () => {
    const dir = workspace({ 'profile.yaml': profile, 'docs/cv.pdf': await makePdf({ pages: 2 }), 'manifest.yaml': manifest() });
    const built = await cli(['build', 'manifest.yaml', '--today', '2025-10-01', '--strict'], { cwd: dir });
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/^Built Virtanen_Aino_application\.pdf: 3 pages/m);
    expect(existsSync(join(dir, 'Virtanen_Aino_application.pdf'))).toBe(true);
    expect(existsSync(join(dir, 'packet.pdf'))).toBe(false);
    const report = await cli(['report', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('→ pp. 2–3');
  });

  it('an output: that breaks the posting\'s name, or holds "?", is build.file-name at its line, with the name to write (before: built as written, no word, even under --strict)', async () => {
    const dir = workspace({ 'profile.yaml': profile, 'docs/cv.pdf': await makePdf({ pages: 2 }), 'manifest.yaml': manifest('output: "out/My Application (final) ?.pdf"\n') });
    const strict = await cli(['build', 'manifest.yaml', '--today', '2025-10-01', '--strict'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stdout.split('\n')[0]).toBe('manifest.yaml:3:9 warning build.file-name  The PDF\'s name "My Application (final) ?.pdf" holds "?", which Windows and many upload portals refuse.  hint: Write `output: out/Virtanen_Aino_application.pdf` in the manifest (or leave `output:` out: the build then uses that name).');
    writeFileSync(join(dir, 'manifest.yaml'), manifest('output: out/application.pdf\n'));
    const other = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(other.code).toBe(0);
    expect(other.stdout.split('\n')[0]).toBe('manifest.yaml:3:9 warning build.file-name  The PDF would be named "application.pdf", but the posting asks for "Virtanen_Aino_application.pdf".  hint: Write `output: out/Virtanen_Aino_application.pdf` in the manifest (or leave `output:` out: the build then uses that name).');
    writeFileSync(join(dir, 'manifest.yaml'), manifest('output: out/Virtanen_Aino_application.pdf\n'));
    expect((await cli(['validate', 'manifest.yaml', '--today', '2025-10-01', '--strict'], { cwd: dir })).code).toBe(0);
  });

  it('a posting with only max_name_length: a longer name is build.file-name; a profile without either keeps packet.pdf', async () => {
    const capped = profile.replace('file_name: "{last}_{first}_application.pdf", ', '');
    const dir = workspace({ 'profile.yaml': capped, 'docs/cv.pdf': await makePdf({ pages: 2 }), 'manifest.yaml': manifest('output: Aino_Virtanen_postdoc_application_2026.pdf\n') });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(r.stdout.split('\n')[0]).toBe('manifest.yaml:3:9 warning build.file-name  The PDF\'s name "Aino_Virtanen_postdoc_application_2026.pdf" is 42 characters long; the posting takes names of at most 30.  hint: Give `output:` a name of at most 30 characters.');
    writeFileSync(join(dir, 'profile.yaml'), capped.replace(', max_name_length: 30', ''));
    writeFileSync(join(dir, 'manifest.yaml'), manifest());
    const built = await cli(['build', 'manifest.yaml', '--today', '2025-10-01', '--strict'], { cwd: dir });
    expect(built.stdout).toMatch(/^Built packet\.pdf: 3 pages/m);
  });
});

describe('a form saved without the look of its fields (NeedAppearances), flattened (audit 12-06j #2, #3)', () => {
  it('the tick, the chosen radio button and the multi-line value are printed; a name no packet font has stays a field, with file.forms-kept', async () => {
    const dir = workspace({
      'profile.yaml': 'id: forms\ntitle: Lecturer\nitems:\n  - { id: cv, kind: cv, title: CV, accepts: [file] }\n',
      'docs/form.pdf': await makeNoAppearanceForm({ name: 'Wang \u{13000}' }),
      'manifest.yaml': 'profile: ./profile.yaml\napplicant: { name: Maria Keller, email: m@examples.fi }\nitems:\n  cv: docs/form.pdf\n',
    });
    const r = await cli(['build', join(dir, 'manifest.yaml'), '-o', join(dir, 'out.pdf'), '--no-cover', '--today', '2025-11-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'manifest.yaml:4:7 warning file.forms-kept  docs/form.pdf: the form field "name_native" is kept as a field, not printed on the page: its value has characters no font of the packet has (\u{13000}), which would be printed as question marks.  hint: Open the packet and check the value shows; if the portal flattens forms, print the form to PDF in your viewer and give that file instead.',
    );
    const pdf = await readPdf(readFileSync(join(dir, 'out.pdf')));
    expect(pdf.fieldNames).toEqual(['name_native']);
    // ZapfDingbats' "4" (the tick) and "l" (the radio dot), and the two lines of the multi-line field.
    expect(pdf.pages[0]!.items.map((it) => it.str)).toEqual(expect.arrayContaining(['4', 'l', 'Maria Keller', 'Heidelberg, 1 December 2026']));
  });

  it('validate prints the same file.forms-kept line as build, and --strict stops both (before: validate said the values are printed, exit 0 under --strict)', async () => {
    const dir = workspace({
      'profile.yaml': 'id: forms\ntitle: Lecturer\nitems:\n  - { id: cv, kind: cv, title: CV, accepts: [file] }\n',
      'docs/form.pdf': await makeNoAppearanceForm({ name: 'Wang \u{13000}' }),
      'manifest.yaml': 'profile: ./profile.yaml\napplicant: { name: Maria Keller, email: m@examples.fi }\noutput: out.pdf\nitems:\n  cv: docs/form.pdf\n',
    });
    const kept = (out: string) => out.split('\n').filter((l) => l.includes('file.forms-kept'));
    const validate = await cli(['validate', 'manifest.yaml', '--today', '2025-11-01'], { cwd: dir });
    const build = await cli(['build', 'manifest.yaml', '--today', '2025-11-01'], { cwd: dir });
    expect(kept(validate.stdout)).toEqual([
      'manifest.yaml:5:7 warning file.forms-kept  docs/form.pdf: the form field "name_native" is kept as a field, not printed on the page: its value has characters no font of the packet has (\u{13000}), which would be printed as question marks.  hint: Open the packet and check the value shows; if the portal flattens forms, print the form to PDF in your viewer and give that file instead.',
    ]);
    expect(kept(build.stdout)).toEqual(kept(validate.stdout));
    expect(validate.code).toBe(0);
    expect((await cli(['validate', 'manifest.yaml', '--today', '2025-11-01', '--strict'], { cwd: dir })).code).toBe(1);
    rmSync(join(dir, 'out.pdf'));
    expect((await cli(['build', 'manifest.yaml', '--today', '2025-11-01', '--strict'], { cwd: dir })).code).toBe(1);
    expect(existsSync(join(dir, 'out.pdf'))).toBe(false);
  });

  it('validate and build both keep a radio group whose chosen button the file does not tell, with the same file.forms-kept line (before: erased silently)', async () => {
    const dir = workspace({
      'profile.yaml': 'id: forms\ntitle: Lecturer\nitems:\n  - { id: cv, kind: cv, title: CV, accepts: [file] }\n',
      'docs/form.pdf': await makeViewerForm({ radio: { value: 'PhD', kids: [{}, {}] } }),
      'manifest.yaml': 'profile: ./profile.yaml\napplicant: { name: Maria Keller, email: m@examples.fi }\noutput: out.pdf\nitems:\n  cv: docs/form.pdf\n',
    });
    const kept = (out: string) => out.split('\n').filter((l) => l.includes('file.forms-kept'));
    const validate = await cli(['validate', 'manifest.yaml', '--today', '2025-11-01'], { cwd: dir });
    const build = await cli(['build', 'manifest.yaml', '--today', '2025-11-01'], { cwd: dir });
    expect(kept(validate.stdout)).toEqual([
      'manifest.yaml:5:7 warning file.forms-kept  docs/form.pdf: the radio buttons "degree" are kept as fields, not printed on the page: the file does not say which button shows the chosen answer, and printing none would erase it.  hint: Open the packet and check the value shows; if the portal flattens forms, print the form to PDF in your viewer and give that file instead.',
    ]);
    expect(kept(build.stdout)).toEqual(kept(validate.stdout));
    expect((await readPdf(readFileSync(join(dir, 'out.pdf')))).fieldNames).toEqual(['degree']);
  });

  it('a `pages:` selection that leaves the form\'s page out, or --forms keep, gives no file.forms-kept in validate or build', async () => {
    const doc = await PDFDocument.load(await makeNoAppearanceForm({ name: 'Wang \u{13000}' }));
    doc.addPage([595.28, 841.89]).drawText('Page two', { x: 72, y: 780, size: 11 });
    const dir = workspace({
      'profile.yaml': 'id: forms\ntitle: Lecturer\nitems:\n  - { id: cv, kind: cv, title: CV, accepts: [file] }\n',
      'docs/form.pdf': await doc.save({ updateFieldAppearances: false }),
      'manifest.yaml': 'profile: ./profile.yaml\napplicant: { name: Maria Keller, email: m@examples.fi }\noutput: out.pdf\nitems:\n  cv: { file: docs/form.pdf, pages: "2" }\n',
    });
    for (const args of [['validate', 'manifest.yaml'], ['build', 'manifest.yaml']]) {
      const r = await cli([...args, '--today', '2025-11-01'], { cwd: dir });
      expect(r.stdout).not.toContain('file.forms-kept');
    }
    writeFileSync(join(dir, 'manifest.yaml'), 'profile: ./profile.yaml\napplicant: { name: Maria Keller, email: m@examples.fi }\noutput: out.pdf\nitems:\n  cv: { file: docs/form.pdf, pages: "1-2" }\n');
    expect((await cli(['validate', 'manifest.yaml', '--today', '2025-11-01'], { cwd: dir })).stdout).toContain('file.forms-kept');
    const keep = await cli(['build', 'manifest.yaml', '--today', '2025-11-01', '--forms', 'keep'], { cwd: dir });
    expect(keep.code).toBe(0);
    expect(keep.stdout).not.toContain('file.forms-kept');
  });
});

describe('form fields that hold a password or a template prompt (audit 12-06k #1, #5)', () => {
  const PROFILE = 'id: forms\ntitle: Lecturer\nitems:\n  - { id: cv, kind: cv, title: CV, accepts: [file] }\n';
  const MANIFEST = 'profile: ./profile.yaml\napplicant: { name: Maria Keller, email: m@examples.fi }\noutput: out.pdf\nitems:\n  cv: docs/form.pdf\n';
  /** A one-page form with the given text fields (no appearances: the viewer draws them), Helvetica as /Helv. */
  const form = (fields: readonly string[]): Uint8Array =>
    rawPdf([
      `1 0 obj << /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [${fields.map((_, i) => `${10 + i} 0 R`).join(' ')}] /DR << /Font << /Helv 9 0 R >> >> >> >> endobj`,
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      `3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 9 0 R >> >> /Annots [${fields.map((_, i) => `${10 + i} 0 R`).join(' ')}] >> endobj`,
      '4 0 obj << /Length 46 >> stream\nBT /F1 11 Tf 72 780 Td (Application form) Tj ET\nendstream endobj',
      '9 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
      ...fields.map((f, i) => `${10 + i} 0 obj << /Type /Annot /Subtype /Widget /FT /Tx /T (f${i}) ${f} /Rect [250 ${720 - i * 30} 450 ${735 - i * 30}] /DA (/Helv 10 Tf 0 g) /F 4 >> endobj`),
    ]);

  it('a filled password field is printed as asterisks and file.forms says so; with --forms keep it is a warning (before: "Nothing to do", and kept silently)', async () => {
    const dir = workspace({ 'profile.yaml': PROFILE, 'manifest.yaml': MANIFEST, 'docs/form.pdf': form(['/Ff 8192 /V (Hunter2-secret)']) });
    const r = await cli(['build', 'manifest.yaml', '--today', '2025-11-01', '--no-cover'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'manifest.yaml:5:7 info file.forms  docs/form.pdf has 1 form field (1 filled in); they will be flattened: the filled-in values are printed on the page and can no longer be edited; what the password field holds is printed as asterisks only, and is not carried in the packet.  hint: Check the posting really asks for it; a reviewer sees only asterisks, so the value is not sent.',
    );
    const text = (await readPdf(readFileSync(join(dir, 'out.pdf')))).pages[0]!.items.map((it) => it.str).join(' ');
    expect(text).toContain('*************');
    expect(text).not.toContain('Hunter2');
    // A password field whose own look shows the value in clear (as pdf-lib draws it): the asterisks, not that look.
    const doc = await PDFDocument.create();
    const field = doc.getForm().createTextField('pin');
    field.enablePassword();
    field.setText('Hunter2-secret');
    field.addToPage(doc.addPage([595, 842]), { x: 50, y: 700, width: 200, height: 20 });
    writeFileSync(join(dir, 'docs/drawn.pdf'), await doc.save());
    writeFileSync(join(dir, 'manifest.yaml'), MANIFEST.replace('output: out.pdf', 'output: drawn.pdf').replace('docs/form.pdf', 'docs/drawn.pdf'));
    expect((await cli(['build', 'manifest.yaml', '--today', '2025-11-01', '--no-cover'], { cwd: dir })).code).toBe(0);
    const drawn = (await readPdf(readFileSync(join(dir, 'drawn.pdf')))).pages[0]!.items.map((it) => it.str).join(' ');
    expect(drawn).toContain('**************');
    expect(drawn).not.toContain('Hunter2');
    writeFileSync(join(dir, 'manifest.yaml'), MANIFEST);
    const keep = await cli(['build', 'manifest.yaml', '--today', '2025-11-01', '--no-cover', '--forms', 'keep', '--strict'], { cwd: dir });
    expect(keep.code).toBe(1);
    expect(keep.stdout).toContain(
      "manifest.yaml:5:7 warning file.forms  docs/form.pdf has 1 form field (1 filled in); they are kept as fields, which some portals and viewers show differently; what the password field holds stays in the packet, where anyone can read it from the form's data.  hint: Clear the password field and save the form before building, or build without --forms keep (the value is then printed as asterisks and not kept).",
    );
  });

  it("a form whose fields still hold Word's prompts or their own default is file.form-empty, and --strict stops (before: \"3 filled in\", Ready)", async () => {
    const prompts = ['/V (Click or tap here to enter text.)', '/V (dd/mm/yyyy) /DV (dd/mm/yyyy)', '/V (Enter your degree here)'];
    const dir = workspace({ 'profile.yaml': PROFILE, 'manifest.yaml': MANIFEST, 'docs/form.pdf': form(prompts) });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-11-01', '--strict'], { cwd: dir });
    expect(r.code).toBe(1);
    // The fields still holding a prompt are named, so the applicant knows where to type (prod27a; before: none named).
    expect(r.stdout).toContain('manifest.yaml:5:7 warning file.form-empty  docs/form.pdf is a form with 3 fields to fill in, and none of them is filled in: a reviewer gets a blank form; "f0", "f1", "f2" hold only the form\'s prompt.');
    writeFileSync(join(dir, 'docs/form.pdf'), form(['/V (Maria Keller)', ...prompts.slice(1)]));
    const some = await cli(['validate', 'manifest.yaml', '--today', '2025-11-01'], { cwd: dir });
    // The prompts beside the one answer are left empty on the page, and a warning names them (re-verification 12-06k #5, prod27a; before: printed as if they were answers).
    expect(some.stdout).toContain(`manifest.yaml:5:7 warning file.forms  docs/form.pdf has 3 form fields (1 filled in); they will be flattened: the filled-in values are printed on the page and can no longer be edited; 2 fields hold only the form's prompt ("dd/mm/yyyy", "Enter your degree here"), left empty on the page.  hint: Fill in the fields that still show the prompt if the posting asks for them, save the form, then build again.`);
    expect(some.stdout).toContain('Ready to submit (check the warning: form field values in CV)');
  });

  /** A form as a Word template saves it, drawn by pdf-lib (each field's look shows its value): fields by name, value and tooltip. */
  const wordForm = async (fields: readonly [name: string, value: string, tooltip?: string][]): Promise<Uint8Array> => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    page.drawText('Application form', { x: 72, y: 780, size: 11 });
    fields.forEach(([name, value, tooltip], i) => {
      const field = doc.getForm().createTextField(name);
      field.setText(value);
      if (tooltip) field.acroField.dict.set(PDFName.of('TU'), PDFHexString.fromText(tooltip));
      field.addToPage(page, { x: 250, y: 720 - i * 30, width: 250, height: 20 });
    });
    return doc.save();
  };

  it("a field holding only the template's prompt is drawn empty on the flattened page, and validate says so (prod27a; before: the prompt printed as if typed)", async () => {
    const fields: [string, string, string?][] = [
      ['name', 'Maria Keller', 'Full name'],
      ['dob', 'dd/mm/yyyy', 'Date of birth'],
      ['degree', 'Click or tap here to enter text.'],
      ['field', 'Choose an item.', 'Field of study'],
    ];
    const dir = workspace({ 'profile.yaml': PROFILE, 'manifest.yaml': MANIFEST, 'docs/form.pdf': await wordForm(fields) });
    const v = await cli(['validate', 'manifest.yaml', '--today', '2025-11-01'], { cwd: dir });
    expect(v.stdout).toContain(
      `manifest.yaml:5:7 warning file.forms  docs/form.pdf has 4 form fields (1 filled in); they will be flattened: the filled-in values are printed on the page and can no longer be edited; 3 fields hold only the form's prompt ("dd/mm/yyyy", "Click or tap here to enter text."), left empty on the page.  hint: Fill in the fields that still show the prompt if the posting asks for them, save the form, then build again.`,
    );
    const r = await cli(['build', 'manifest.yaml', '--today', '2025-11-01', '--no-cover', '--no-stamps'], { cwd: dir });
    expect(r.code).toBe(0);
    const text = (await readPdf(readFileSync(join(dir, 'out.pdf')))).pages[0]!.items.map((it) => it.str).join(' ');
    expect(text).toContain('Maria Keller');
    for (const prompt of ['dd/mm/yyyy', 'Click or tap', 'Choose an item']) expect(text).not.toContain(prompt);
    // Kept as fields, they still show the prompt: said so.
    const keep = await cli(['build', 'manifest.yaml', '--today', '2025-11-01', '--no-cover', '--no-stamps', '--forms', 'keep'], { cwd: dir });
    expect(keep.stdout).toContain(
      `they are kept as fields, which some portals and viewers show differently; 3 fields still hold the template's prompt ("dd/mm/yyyy", "Click or tap here to enter text."), shown in the packet as if they were answers.  hint: Fill in the fields that still show the prompt, or clear them, save the form, then build again.`,
    );
    // Only prompts: the form is empty, and up to three fields are named by their tooltip (else their name), so the applicant knows where to type.
    writeFileSync(join(dir, 'docs/form.pdf'), await wordForm([['name', 'Enter your name here', 'Full name'], ...fields.slice(1)]));
    const empty = await cli(['validate', 'manifest.yaml', '--today', '2025-11-01'], { cwd: dir });
    expect(empty.stdout).toContain(
      'manifest.yaml:5:7 warning file.form-empty  docs/form.pdf is a form with 4 fields to fill in, and none of them is filled in: a reviewer gets a blank form; "Full name", "Date of birth", "degree" and 1 more hold only the form\'s prompt.',
    );
  });
});

describe('build --json of a --separate set', () => {
  it('gives the set\'s files with their items\' ids and the folder with its slash, as report --format json does (audit 23 F3; before: `{ output: "out", pages, bytes }`, no files, and no id to tell two items of one title apart)', async () => {
    const dir = workspace({
      'p.yaml': `id: lisbon-ap
title: Assistant Professor in Informatics
organization: University of Lisbon
deadline: 2027-02-01
submission: { format: separate-files, file_name: "{last}_{item}.pdf" }
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - { id: pub1, kind: writing_sample, title: Selected publication, accepts: [file] }
  - { id: pub2, kind: writing_sample, title: Selected publication, accepts: [file] }
`,
      'manifest.yaml': `profile: ./p.yaml
applicant: { name: Ana Costa, email: ana.costa@ulisboa.pt }
output: out/
items:
  cv: docs/cv.pdf
  pub1: docs/p1.pdf
  pub2: docs/p2.pdf
`,
      'docs/cv.pdf': await makePdf({ pages: 1, text: 'Ana Costa CV page {n}' }),
      'docs/p1.pdf': await makePdf({ pages: 1, text: 'Deep nets page {n}' }),
      'docs/p2.pdf': await makePdf({ pages: 2, text: 'Shallow nets page {n}' }),
    });
    const b = await cli(['build', 'manifest.yaml', '--today', '2027-01-20', '--json'], { cwd: dir });
    expect(b.code).toBe(0);
    const size = (f: string) => statSync(join(dir, 'out', f)).size;
    const files = [
      { item: 'CV', itemId: 'cv', file: 'out/Costa_cv.pdf', pages: 1, bytes: size('Costa_cv.pdf') },
      { item: 'Selected publication', itemId: 'pub1', file: 'out/Costa_pub1.pdf', pages: 1, bytes: size('Costa_pub1.pdf') },
      { item: 'Selected publication', itemId: 'pub2', file: 'out/Costa_pub2.pdf', pages: 2, bytes: size('Costa_pub2.pdf') },
    ];
    const build = { output: 'out/', pages: 4, bytes: files.reduce((n, f) => n + f.bytes, 0), files };
    expect((JSON.parse(b.stdout) as { build: unknown }).build).toEqual(build);
    const r = await cli(['report', 'manifest.yaml', '--today', '2027-01-20', '-f', 'json'], { cwd: dir });
    expect((JSON.parse(r.stdout) as { build: unknown }).build).toEqual(build);
  }, 60_000);
});
