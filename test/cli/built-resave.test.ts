/**
 * A built packet saved again by another program: `validate` and `report` judge it alike (audit 12-06b #1), and the
 * record of the build is read whatever kind of string the re-save gave its digests (audit 12-06b #2). The re-saves
 * of pypdf and qpdf are made here with pdf-lib, as they write them: no python or qpdf at test time.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PDFDict } from '@cantoo/pdf-lib';
import { PDFArray, PDFDocument, PDFHexString, PDFName, PDFString, type PDFObject } from '@cantoo/pdf-lib';
import { cli, copyExample, workspace } from '../helpers/workspace.js';
import { makePdf } from '../helpers/make-pdf.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1762000000' };
const OUT = 'out/virtanen-aalto-tml.pdf';
const TODAY = ['--today', '2025-11-01'];

/** The example built, its manifest path and the built PDF's path. */
async function built(): Promise<{ dir: string; manifest: string; out: string }> {
  const dir = copyExample();
  const manifest = join(dir, 'manifest.yaml');
  expect((await cli(['build', manifest, ...TODAY], { env: EPOCH })).code).toBe(0);
  return { dir, manifest, out: join(dir, OUT) };
}

/** The record's private dictionary (catalog /PieceInfo /ApplicationPacket /Private). */
function recordOf(doc: PDFDocument): PDFDict {
  const pieces = doc.context.lookup(doc.catalog.get(PDFName.of('PieceInfo'))) as PDFDict;
  const app = doc.context.lookup(pieces.get(PDFName.of('ApplicationPacket'))) as PDFDict;
  return doc.context.lookup(app.get(PDFName.of('Private'))) as PDFDict;
}

/** Every hex string of the record (its digests) replaced by what `rewrite` makes of its bytes. */
function rewriteRecord(doc: PDFDocument, rewrite: (bytes: Uint8Array) => PDFObject): void {
  const record = recordOf(doc);
  for (const [key, value] of record.entries()) {
    const v = doc.context.lookup(value);
    if (v instanceof PDFHexString) record.set(key, rewrite(v.asBytes()));
    if (v instanceof PDFArray) record.set(key, doc.context.obj(v.asArray().map((o) => rewrite((doc.context.lookup(o) as PDFHexString).asBytes()))));
  }
}

/** The same bytes as a literal string, as pypdf's `PdfWriter(clone_from=reader)` writes them: `(u\001z\211...)`. */
const literal = (bytes: Uint8Array): PDFString => PDFString.of(Array.from(bytes, (b) => (/[A-Za-z0-9]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `\\${b.toString(8).padStart(3, '0')}`)).join(''));

/** The error lines of a run (the lines that say `error`), without the colours a terminal would get. */
const errors = (stdout: string): string[] => stdout.split('\n').filter((l) => / error /.test(l));
const lastLine = (stdout: string): string => stdout.trimEnd().split('\n').at(-1) ?? '';

describe('a built packet re-saved by another program (audit 12-06b #2)', () => {
  it('saved unchanged by pypdf, its digests written as text strings: Ready in validate and report, not "built before manifest.yaml changed"', async () => {
    const { manifest, out } = await built();
    const doc = await PDFDocument.load(readFileSync(out), { updateMetadata: false });
    rewriteRecord(doc, literal);
    writeFileSync(out, await doc.save());
    expect(readFileSync(out, 'latin1')).toMatch(/\/Inputs \[ ?\([^)]*\\\d{3}/);
    const v = await cli(['validate', manifest, ...TODAY]);
    expect(v.stdout).not.toContain('build.stale');
    expect(lastLine(v.stdout)).toBe('Ready to submit (1 item to send later)');
    expect(v.code).toBe(0);
    const r = await cli(['report', manifest, ...TODAY, '--format', 'json']);
    const json = JSON.parse(r.stdout) as { ready: boolean; diagnostics: { severity: string; code: string }[]; items: { id: string; range?: unknown }[] };
    expect(json.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(json.ready).toBe(true);
    // The record is read: its page ranges are shown, as for the file the build wrote.
    expect(json.items.find((i) => i.id === 'cv')?.range).toEqual({ first: 2, last: 3 });
    expect(r.code).toBe(0);
    // Its digests of what the build wrote are read too: a title changed after that re-save is still an edit.
    const edited = await PDFDocument.load(readFileSync(out), { updateMetadata: false });
    edited.setTitle('Application (final)');
    writeFileSync(out, await edited.save());
    expect(errors((await cli(['validate', manifest, ...TODAY])).stdout)).toEqual([expect.stringMatching(/ error build\.edited /)]);
  }, 60_000);

  it('its record rewritten so that the digests cannot be read back: build.resaved saying so, in both, never naming an unchanged manifest', async () => {
    const { manifest, out } = await built();
    const doc = await PDFDocument.load(readFileSync(out), { updateMetadata: false });
    // A program that kept the strings as text up to the first byte it could not show.
    rewriteRecord(doc, (bytes) => PDFString.of('digest'.slice(0, 1 + (bytes[0] ?? 0) % 4)));
    writeFileSync(out, await doc.save());
    const line = 'out/virtanen-aalto-tml.pdf error build.resaved  out/virtanen-aalto-tml.pdf was written by `packet build` and then saved again by another program (a PDF viewer?), which rewrote the record of the build so that it can no longer be read: it cannot be checked against manifest.yaml.  hint: Upload the file `packet build` wrote, not a copy saved by another program, or build again: packet build manifest.yaml.';
    const v = await cli(['validate', manifest, ...TODAY], { cwd: join(manifest, '..') });
    const r = await cli(['report', manifest, ...TODAY], { cwd: join(manifest, '..') });
    for (const run of [v, r]) {
      expect(errors(run.stdout)).toEqual([line]);
      expect(run.stdout).not.toMatch(/manifest\.yaml changed/);
      expect(lastLine(run.stdout)).toBe('Not ready: 1 built PDF saved again by another program: upload the one the build wrote');
      expect(run.code).toBe(1);
    }
  }, 60_000);
});

describe('a file of a --separate set whose record another program rewrote past reading', () => {
  it('is build.resaved, in report and validate, not judged by dates as a build of an earlier version (before: Ready)', async () => {
    const profile = 'id: portal\ntitle: Lecturer\nsubmission: { format: separate-files, file_name: "{last}_{item}.pdf" }\nitems:\n  - { id: cv, kind: cv, title: CV, accepts: [file] }\n  - { id: research, kind: research_statement, title: Research statement, accepts: [file] }\n';
    const dir = workspace({ 'profile.yaml': profile, 'docs/a.pdf': await makePdf({ pages: 2 }), 'docs/b.pdf': await makePdf({ pages: 1 }), 'manifest.yaml': 'profile: ./profile.yaml\napplicant: { name: Aino Virtanen, email: a@examples.fi }\nitems:\n  cv: docs/a.pdf\n  research: docs/b.pdf\n' });
    const manifest = join(dir, 'manifest.yaml');
    expect((await cli(['build', manifest, '--today', '2025-10-01'])).code).toBe(0);
    const file = join(dir, 'packet', 'Virtanen_cv.pdf');
    const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
    rewriteRecord(doc, (bytes) => PDFString.of('digest'.slice(0, 1 + (bytes[0] ?? 0) % 4)));
    writeFileSync(file, await doc.save());
    for (const command of ['report', 'validate']) {
      const run = await cli([command, manifest, '--today', '2025-10-01']);
      expect(errors(run.stdout), command).toEqual([expect.stringMatching(/Virtanen_cv\.pdf error build\.resaved {2}\S*Virtanen_cv\.pdf was written by `packet build` and then saved again by another program \(a PDF viewer\?\), which rewrote the record of the build so that it can no longer be read/)]);
      expect(run.code, command).toBe(1);
    }
  }, 60_000);
});

describe('validate judges the built PDF as report does (audit 12-06b #1)', () => {
  it('pages copied into a new file (pypdf add_page, qpdf --empty --pages: no bookmarks, no record, no title): build.not-packet in both, exit 1 (before: validate Ready, exit 0)', async () => {
    const { dir, manifest, out } = await built();
    const from = await PDFDocument.load(readFileSync(out), { updateMetadata: false });
    const copy = await PDFDocument.create({ updateMetadata: false });
    for (const page of await copy.copyPages(from, from.getPageIndices())) copy.addPage(page);
    writeFileSync(out, await copy.save());
    const v = await cli(['validate', manifest, ...TODAY], { cwd: dir });
    const r = await cli(['report', manifest, ...TODAY], { cwd: dir });
    expect(errors(v.stdout)).toEqual(['out/virtanen-aalto-tml.pdf error build.not-packet  out/virtanen-aalto-tml.pdf is not the packet built from manifest.yaml: `packet build` did not write it, so it has none of the packet\'s items.  hint: Move it away if you want to keep it, then build the packet: packet build manifest.yaml (or build with --force, which replaces it).']);
    expect(errors(r.stdout)).toEqual([expect.stringMatching(/^out\/virtanen-aalto-tml\.pdf error build\.not-packet {2}out\/virtanen-aalto-tml\.pdf is not the packet built from manifest\.yaml: /)]);
    for (const run of [v, r]) {
      expect(lastLine(run.stdout)).toBe('Not ready: 1 PDF that is not the packet: give the built one or build it');
      expect(run.code).toBe(1);
    }
  }, 60_000);

  it('only its bookmarks removed (the record kept): the same error and verdict in validate and report, exit 1 (before: validate Ready, exit 0)', async () => {
    const { dir, manifest, out } = await built();
    const doc = await PDFDocument.load(readFileSync(out), { updateMetadata: false });
    doc.catalog.delete(PDFName.of('Outlines'));
    writeFileSync(out, await doc.save());
    const v = await cli(['validate', manifest, ...TODAY], { cwd: dir });
    const r = await cli(['report', manifest, ...TODAY], { cwd: dir });
    // The code and message alike (the hint of validate names no --pdf, which it does not take).
    const said = (stdout: string) => errors(stdout).map((l) => l.split('  hint:')[0]);
    expect(said(v.stdout)).toHaveLength(1);
    expect(said(v.stdout)).toEqual(said(r.stdout));
    expect(said(v.stdout)[0]).toMatch(/^out\/virtanen-aalto-tml\.pdf error build\.(mismatch|edited) /);
    expect(v.stdout).not.toContain('--pdf');
    expect(lastLine(v.stdout)).toBe(lastLine(r.stdout));
    expect(lastLine(v.stdout)).toMatch(/^Not ready: /);
    expect(v.code).toBe(1);
    expect(r.code).toBe(1);
  }, 60_000);
});

describe('build, before it replaces a packet re-saved by another program', () => {
  it('another manifest\'s packet saved by pypdf (its record as literal strings) is refused, as the file the build wrote is (before: replaced without asking)', async () => {
    const { dir, manifest, out } = await built();
    const doc = await PDFDocument.load(readFileSync(out), { updateMetadata: false });
    rewriteRecord(doc, literal);
    writeFileSync(out, await doc.save());
    expect(readFileSync(out, 'latin1')).toMatch(/\/Manifest \([^)]*\\\d{3}/);
    const resaved = readFileSync(out);
    // A second manifest in the folder, writing the same PDF.
    const second = join(dir, 'eu.yaml');
    writeFileSync(second, readFileSync(manifest, 'utf8'));
    const refused = await cli(['build', 'eu.yaml', ...TODAY], { env: EPOCH, cwd: dir });
    expect(errors(refused.stdout)).toEqual([
      `eu.yaml:9:9 error build.write-failed  Cannot write ${OUT}: it is the packet built from another manifest, manifest.yaml ("Application: Doctoral Researcher in Trustworthy Machine Learning — Aino Virtanen"), which the build would replace.  hint: Give this manifest its own \`output:\` (e.g. output: eu.pdf), or pass --force to replace that packet (if you renamed or moved this manifest, or changed its \`profile:\`, it is its own old build); nothing was written.`,
    ]);
    expect(refused.code).toBe(1);
    expect(readFileSync(out).equals(resaved)).toBe(true);
    // Its own manifest's build replaces it, as before.
    expect((await cli(['build', manifest, ...TODAY, '--quiet'], { env: EPOCH, cwd: dir })).code).toBe(0);
    expect(readFileSync(out).equals(resaved)).toBe(false);
  }, 60_000);
});

describe('a page thumbnail added to a built packet', () => {
  it('is build.edited naming the page, in validate and report (before: Ready; the build writes no thumbnails)', async () => {
    const { manifest, out } = await built();
    const doc = await PDFDocument.load(readFileSync(out), { updateMetadata: false });
    // A 2 × 2 grey picture as page 2's thumbnail, as "Embed page thumbnails" in an editor adds one.
    const thumb = doc.context.register(doc.context.stream(new Uint8Array(12).fill(128), { Width: 2, Height: 2, ColorSpace: 'DeviceRGB', BitsPerComponent: 8 }));
    doc.getPage(1).node.set(PDFName.of('Thumb'), thumb);
    writeFileSync(out, await doc.save());
    const v = await cli(['validate', manifest, ...TODAY]);
    const r = await cli(['report', manifest, ...TODAY]);
    const line = expect.stringMatching(/ error build\.edited {2}\S*out\/virtanen-aalto-tml\.pdf was changed after the build: page 2 \([^)]+\) has a thumbnail picture, which the build does not write \(some viewers show it in their sidebar instead of the page, and it may show another page\)\. {2}hint: Build again with `packet build`/);
    expect(errors(v.stdout)).toEqual([line]);
    expect(errors(r.stdout)).toEqual([line]);
    expect([v.code, r.code]).toEqual([1, 1]);
    expect(lastLine(v.stdout)).toMatch(/^Not ready: /);
  }, 60_000);
});

describe('a tag tree added to a built packet (audit 12-06d #4 rest)', () => {
  it('is build.edited, in validate and report: its /ActualText is what screen readers read for the pages (before: Ready; the record did not cover it)', async () => {
    const { manifest, out } = await built();
    const doc = await PDFDocument.load(readFileSync(out), { updateMetadata: false });
    // One tag over page 2's text, read out as other words, with no page changed.
    const ctx = doc.context;
    const root = ctx.nextRef();
    const elem = ctx.register(ctx.obj({ Type: 'StructElem', S: 'P', P: root, Pg: doc.getPage(1).ref, K: 0, ActualText: PDFString.of('Supervised 40 doctoral theses') }));
    ctx.assign(root, ctx.obj({ Type: 'StructTreeRoot', K: [elem] }));
    doc.catalog.set(PDFName.of('StructTreeRoot'), root);
    doc.catalog.set(PDFName.of('MarkInfo'), ctx.obj({ Marked: true }));
    writeFileSync(out, await doc.save());
    const v = await cli(['validate', manifest, ...TODAY]);
    const r = await cli(['report', manifest, ...TODAY]);
    const line = expect.stringMatching(/ error build\.edited {2}\S*out\/virtanen-aalto-tml\.pdf was changed after the build: a tag tree was added or changed, which screen readers and "read out loud" read instead of the text on its pages\. {2}hint: Build again with `packet build`/);
    expect(errors(v.stdout)).toEqual([line]);
    expect(errors(r.stdout)).toEqual([line]);
    expect([v.code, r.code]).toEqual([1, 1]);
  }, 60_000);

  it('a record written before the tag tree was covered (one document digest fewer) is still read: Ready, and its edits still found', async () => {
    const { manifest, out } = await built();
    const doc = await PDFDocument.load(readFileSync(out), { updateMetadata: false });
    const record = recordOf(doc);
    const digest = (doc.context.lookup(record.get(PDFName.of('Document'))) as PDFHexString).asBytes();
    record.set(PDFName.of('Document'), PDFHexString.of(Array.from(digest.subarray(0, digest.length - 4), (b) => b.toString(16).padStart(2, '0')).join('')));
    writeFileSync(out, await doc.save());
    const v = await cli(['validate', manifest, ...TODAY]);
    expect(errors(v.stdout)).toEqual([]);
    expect(lastLine(v.stdout)).toMatch(/^Ready to submit/);
    expect(v.code).toBe(0);
    // Its title changed: still found.
    doc.setTitle('Another title');
    writeFileSync(out, await doc.save());
    const edited = await cli(['validate', manifest, ...TODAY]);
    expect(errors(edited.stdout)).toEqual([expect.stringMatching(/ error build\.edited {2}\S+ was changed after the build: its title, author, subject or keywords \(which viewers show\) were changed\./)]);
  }, 60_000);
});
