/**
 * A file refused outright under an item with a word cap (a PDF with a password, a text file named .pdf, a scanned
 * letter the posting does not want): one error says so, and no `limit.unchecked` beside it, in validate, report
 * (text, md, json) and build alike (before: "The words of Short bio could not be counted ... not checked" as well).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from '@cantoo/pdf-lib';
import { makeEncryptedPdf, makePdf, makePng } from '../helpers/make-pdf.js';
import { cli, TEST_BIO, TEST_MANIFEST, TEST_PROFILE, workspace } from '../helpers/workspace.js';

const TODAY = ['--today', '2025-10-01'];
const NOT_WANTED = `${TEST_PROFILE.replace('accepts: [referee, letter]', 'accepts: [referee]')}not_wanted:\n  - { what: letters of recommendation }\n`;

let cv: Uint8Array;
let plan: Uint8Array;
let locked: Uint8Array;
/** A page of an image, without a word of text: a scan as a PDF. */
let scan: Uint8Array;
beforeAll(async () => {
  cv = await makePdf({ pages: 2 });
  plan = await makePdf({ pages: 3 });
  locked = await makeEncryptedPdf();
  const doc = await PDFDocument.create();
  doc.addPage([595.28, 841.89]).drawImage(await doc.embedPng(makePng()), { x: 60, y: 300, width: 400, height: 300 });
  scan = await doc.save();
});

/** The codes each command says, and build's exit code. */
async function said(bio: string, files: Record<string, string | Uint8Array>, profile = TEST_PROFILE) {
  const dir = workspace({ 'profile.yaml': profile, 'cv.pdf': cv, 'plan.pdf': plan, ...files, 'manifest.yaml': TEST_MANIFEST.replace(`bio: { text: "${TEST_BIO}" }`, `bio: ${bio}`) });
  const validate = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir });
  const text = await cli(['report', 'manifest.yaml', ...TODAY], { cwd: dir });
  const md = await cli(['report', 'manifest.yaml', ...TODAY, '--format', 'md'], { cwd: dir });
  const json = await cli(['report', 'manifest.yaml', ...TODAY, '--format', 'json'], { cwd: dir });
  const build = await cli(['build', 'manifest.yaml', ...TODAY], { cwd: dir });
  const codes = (out: string) => [...out.matchAll(/ (?:error|warning|info) ([a-z-]+\.[a-z-]+) /g)].map((m) => m[1]);
  return {
    validate: codes(validate.stdout),
    text: codes(text.stdout),
    md: md.stdout.includes('limit.unchecked'),
    json: (JSON.parse(json.stdout) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code),
    build: [build.code, codes(build.stdout + build.stderr).includes('limit.unchecked')],
  };
}

describe('a refused file under a word cap', () => {
  it.each([
    ['a PDF with a password', 'bio.pdf', { 'bio.pdf': 'locked' }, 'file.encrypted', TEST_PROFILE],
    ['a text file named .pdf', 'bio.pdf', { 'bio.pdf': 'My bio, typed in a text editor.' }, 'file.not-pdf', TEST_PROFILE],
    ['a scanned letter the posting does not want', '{ file: scan.pdf, title: "Letter of recommendation" }', { 'scan.pdf': 'scan' }, 'item.not-wanted', NOT_WANTED],
  ])('%s: its one error, and no limit.unchecked', async (_what, bio, files, code, profile) => {
    const bytes = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, v === 'locked' ? locked : v === 'scan' ? scan : v]));
    const r = await said(bio, bytes, profile);
    expect(r.validate).toEqual([code]);
    expect(r.text).toEqual([code]);
    expect(r.md).toBe(false);
    expect(r.json).toEqual([code]);
    expect(r.build).toEqual([1, false]);
  });
});
