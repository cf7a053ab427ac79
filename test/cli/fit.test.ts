/**
 * `packet build --fit`: a phone-scanned transcript of about 6 MB fitted under a 2 MB cap, then read back as a
 * reviewer would see it (pdf.js text, pdf.js rendering to PNG, page sizes); a cap that cannot be met; an item's
 * own cap; one file per item.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { makePdf } from '../helpers/make-pdf.js';
import { ocrScanPdf, phoneScanJpeg, transcriptLines } from '../helpers/phone-scan.js';
import { readPdf } from '../helpers/read-pdf.js';
import { darkShare, meanDifference, renderPage } from '../helpers/render.js';
import { cli, workspace } from '../helpers/workspace.js';
import { readPdfText } from '../../src/io/pdf-text.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1762000000' };
const TODAY = ['--today', '2025-11-01'];

function profile(submission: string, transcriptCap = ''): string {
  return `id: fit-test
title: Doctoral Researcher
organization: Test University
submission: { ${submission} }
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - { id: transcript, kind: transcript, title: Transcript of records, accepts: [file]${transcriptCap} }
  - { id: diplomas, kind: diplomas, title: Diplomas, stage: optional, accepts: [file] }
`;
}

const MANIFEST = 'profile: ./profile.yaml\napplicant: { name: Aino Virtanen, email: aino@examples.fi }\nitems:\n  cv: cv.pdf\n  transcript: transcript.pdf\n';

let cv: Uint8Array;
let transcript: Uint8Array;
let diploma: Uint8Array;

beforeAll(async () => {
  const text = { lines: transcriptLines(), size: 11 };
  transcript = await ocrScanPdf(await phoneScanJpeg(text), text);
  diploma = await phoneScanJpeg({ lines: ['TAMPERE UNIVERSITY', '', 'DIPLOMA', '', 'Aino Virtanen', 'Master of Science (Technology)', 'Tampere, 2 June 2025'], size: 18 }, { width: 2400, seed: 11 });
  cv = await makePdf({ pages: 2, text: 'Aino Virtanen - Curriculum vitae, page {n}', wordsPerPage: 200 });
}, 60_000);

function folder(submission: string, transcriptCap = '', manifest = MANIFEST): string {
  return workspace({ 'profile.yaml': profile(submission, transcriptCap), 'manifest.yaml': manifest, 'cv.pdf': cv, 'transcript.pdf': transcript, 'diploma.jpg': diploma });
}

describe('packet build --fit under a 2 MB packet cap', () => {
  it('the ~6 MB phone scan is over the cap, and limit.size says --fit exists', async () => {
    expect(transcript.length).toBeGreaterThan(5.5e6);
    const dir = folder('format: single-pdf, max_mb: 2');
    const r = await cli(['build', join(dir, 'manifest.yaml'), ...TODAY]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error limit\.size {2}Your files add up to [56]\.\d\d MB; the posting accepts at most 2 MB in one PDF\. The largest: .*\. {2}hint: Build with `packet build --fit`/);
    expect(r.stdout).toMatch(/Not built/);
  });

  it('fits it: under 2 MB, page sizes, text and the picture kept, what was done reported', async () => {
    const dir = folder('format: single-pdf, max_mb: 2');
    const out = join(dir, 'packet.pdf');
    const r = await cli(['build', join(dir, 'manifest.yaml'), '-o', out, '--fit', '--no-stamps', ...TODAY], { env: EPOCH });
    expect(r.stderr).toBe('');
    expect(r.code, r.stdout).toBe(0);
    const bytes = new Uint8Array(readFileSync(out));
    expect(bytes.length).toBeLessThan(2e6);
    expect(r.stdout).toContain(`Built ${out}: 4 pages, ${(bytes.length / 1e6).toFixed(2)} MB`);
    expect(r.stdout).toMatch(/^Fitted to the size cap \(the packet 2 MB\): [56]\.\d\d MB before, 1\.\d\d MB after$/m);
    expect(r.stdout).toMatch(/^ {2}Transcript of records: [56]\.\d\d MB -> 1\.\d\d MB, 1 image recompressed at 300 dpi$/m);
    expect(r.stdout).toContain('Images are saved as JPEG at quality 75, never below 150 dpi');

    // Every input page keeps its size (cover, CV 1-2, transcript).
    const built = await readPdf(bytes);
    const input = await readPdf(transcript);
    const cvRead = await readPdf(cv, { text: false });
    expect(built.pages.slice(1).map((p) => [p.width, p.height])).toEqual([...cvRead.pages, ...input.pages].map((p) => [p.width, p.height]));

    // The OCR text layer reads the same, word for word.
    const before = await readPdfText(transcript, 10);
    const after = await readPdfText(bytes, 10);
    expect(before.texts[0]).toContain('TRANSCRIPT OF RECORDS');
    expect(after.texts[3]).toBe(before.texts[0]);

    // The page renders to a PNG with the document on it, as the original does.
    const page = await renderPage(bytes, 4, 50);
    const original = await renderPage(transcript, 1, 50);
    expect([...page.png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(darkShare(page)).toBeGreaterThan(0.005);
    expect(darkShare(page)).toBeCloseTo(darkShare(original), 2);
    // Resampling and JPEG at quality 75 move gray levels by about 2 on average; a lost or shifted page moves them by tens.
    expect(meanDifference(page, original)).toBeLessThan(4);
  }, 60_000);

  it('--json: the fit with sizes per item, and the written size', async () => {
    const dir = folder('format: single-pdf, max_mb: 2');
    const r = await cli(['build', join(dir, 'manifest.yaml'), '--fit', '--json', ...TODAY], { env: EPOCH });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.ready).toBe(true);
    const fit = json.build.fit;
    expect(fit).toMatchObject({ cap: 2e6, floorDpi: 150, quality: 75, recompressed: 1, leftAlone: [], fits: true });
    expect(fit.before).toBeGreaterThan(5.5e6);
    expect(fit.after).toBe(json.build.bytes);
    expect(statSync(join(dir, 'packet.pdf')).size).toBe(json.build.bytes);
    expect(fit.items.map((i: { itemId: string; recompressed: number; dpi?: number }) => [i.itemId, i.recompressed, i.dpi])).toEqual([
      ['cv', 0, undefined],
      ['transcript', 1, 300],
    ]);
  }, 60_000);

  it('after the fit, validate and report judge the fitted PDF: ready (before: limit.size from the files, not ready, exit 1)', async () => {
    const dir = folder('format: single-pdf, max_mb: 2');
    const before = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(before.stdout).toMatch(/^manifest\.yaml:3:1 error limit\.size {2}Your files add up to [56]\.\d\d MB; the posting accepts at most 2 MB in one PDF\./m);
    expect(before.code).toBe(1);
    const b = await cli(['build', 'manifest.yaml', '--fit', ...TODAY], { cwd: dir, env: EPOCH });
    expect(b.code, b.stdout).toBe(0);
    const size = `${(statSync(join(dir, 'packet.pdf')).size / 1e6).toFixed(2)} MB`;
    const files = /Your files add up to ([56]\.\d\d MB)/.exec(before.stdout)![1];
    const info = `manifest.yaml:3:1 info limit.built  packet.pdf, built from these files, is ${size} with 4 pages: within the posting's 2 MB. The caps are judged on it, not on the estimate from your files (${files}).  hint: Submit this PDF; build again after any change.`;
    const v = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(v.stdout.split('\n')).toEqual([info, '', 'Ready to submit', '']);
    expect(v.code).toBe(0);
    const r = await cli(['report', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(r.stdout.trimEnd().split('\n').slice(-5)).toEqual([info, '', `Built packet.pdf: 4 pages, ${size}`, '', 'Ready to submit']);
    expect(r.code).toBe(0);
  }, 60_000);

  it('a packet already within its cap is left byte for byte as a build without --fit', async () => {
    const dir = folder('format: single-pdf, max_mb: 10');
    const a = await cli(['build', join(dir, 'manifest.yaml'), '-o', join(dir, 'a.pdf'), ...TODAY], { env: EPOCH });
    const b = await cli(['build', join(dir, 'manifest.yaml'), '-o', join(dir, 'b.pdf'), '--fit', ...TODAY], { env: EPOCH });
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(b.stdout).toMatch(/^Within the size cap \(the packet 10 MB\) as built \([56]\.\d\d MB\): no image was changed$/m);
    expect(readFileSync(join(dir, 'b.pdf')).equals(readFileSync(join(dir, 'a.pdf')))).toBe(true);
  }, 60_000);
});

describe('packet build --fit when the cap cannot be met', () => {
  it('at the 150 dpi floor: exit 1, nothing written, the size reached and what to do', async () => {
    const dir = folder('format: single-pdf, max_mb: 0.15');
    const out = join(dir, 'packet.pdf');
    const r = await cli(['build', join(dir, 'manifest.yaml'), '-o', out, '--fit', ...TODAY]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /manifest\.yaml:3:1 error limit\.size {2}The packet is still 0\.\d+ MB with every image at 150 dpi, the lowest --fit goes; the posting accepts at most 0\.15 MB \(nothing was written\)\. The largest: Transcript of records \(0\.\d\d MB\)\. {2}hint: Make the largest files smaller before adding them .* or, if the scans stay readable at a lower resolution, allow it with --fit-floor-dpi 120\./,
    );
    expect(r.stdout).toMatch(/Not built: fix the errors above first\.\n$/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.pdf') && !['cv.pdf', 'transcript.pdf'].includes(f))).toEqual([]);
  }, 60_000);

  it('--fit-floor-dpi lowers the floor when asked, and the report says how far it went', async () => {
    const dir = folder('format: single-pdf, max_mb: 0.15');
    const r = await cli(['build', join(dir, 'manifest.yaml'), '--fit-floor-dpi', '100', ...TODAY]);
    expect(r.code, r.stdout).toBe(0);
    expect(statSync(join(dir, 'packet.pdf')).size).toBeLessThan(0.15e6);
    expect(r.stdout).toMatch(/Transcript of records: [56]\.\d\d MB -> 0\.\d\d MB, 1 image recompressed at (120|100) dpi/);
    expect(r.stdout).toContain('never below 100 dpi');
  }, 60_000);

  it('a floor outside 50-600 dpi is a usage error', async () => {
    const dir = folder('format: single-pdf, max_mb: 2');
    const r = await cli(['build', join(dir, 'manifest.yaml'), '--fit', '--fit-floor-dpi', '20', ...TODAY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"20" is not a resolution --fit can use; give dots per inch from 50 to 600/);
  });
});

describe("packet build --fit and an item's own max_mb", () => {
  it('only that item is brought down, to the highest resolution that meets its cap', async () => {
    const manifest = `${MANIFEST}  diplomas: diploma.jpg\n`;
    const dir = folder('format: single-pdf', ', max_mb: 0.6', manifest);
    const plain = await cli(['build', join(dir, 'manifest.yaml'), ...TODAY]);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toMatch(/error limit\.size {2}Transcript of records is [56]\.\d\d MB; the posting allows 0\.6 MB\. {2}hint: Build with `packet build --fit`/);

    const r = await cli(['build', join(dir, 'manifest.yaml'), '--fit', '--json', ...TODAY]);
    expect(r.code, r.stdout).toBe(0);
    const items = JSON.parse(r.stdout).build.fit.items as { itemId: string; cap?: number; after: number; recompressed: number; dpi?: number; fits: boolean }[];
    const t = items.find((i) => i.itemId === 'transcript')!;
    expect(t).toMatchObject({ cap: 0.6e6, recompressed: 1, fits: true });
    expect(t.after).toBeLessThanOrEqual(0.6e6);
    // 300 and 250 dpi are too big for 0.6 MB; 200 fits.
    expect(t.dpi).toBe(200);
    // The diploma scan has no cap of its own and the packet none: untouched.
    expect(items.find((i) => i.itemId === 'diplomas')).toMatchObject({ recompressed: 0 });
  }, 60_000);

  it('after the fit, validate and report judge the item on its share of the fitted PDF: ready (before: its files, not ready, the hint saying to do what was just done)', async () => {
    const dir = folder('format: single-pdf', ', max_mb: 0.6');
    const b = await cli(['build', 'manifest.yaml', '--fit', '--json', ...TODAY], { cwd: dir, env: EPOCH });
    expect(b.code, b.stdout).toBe(0);
    const fitted = (JSON.parse(b.stdout).build.fit.items as { itemId: string; after: number }[]).find((i) => i.itemId === 'transcript')!.after;
    const files = `${(transcript.length / 1e6).toFixed(2)} MB`;
    const info = `manifest.yaml:5:15 info limit.built  Transcript of records in packet.pdf, built from these files, is ${(fitted / 1e6).toFixed(2)} MB: within the posting's 0.6 MB for it. The caps are judged on it, not on the estimate from your files (${files}).  hint: Submit this PDF; build again after any change.`;
    const v = await cli(['validate', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(v.stdout.split('\n')).toEqual([info, '', 'Ready to submit', '']);
    expect(v.code).toBe(0);
    const r = await cli(['report', 'manifest.yaml', '--format', 'json', ...TODAY], { cwd: dir });
    expect(JSON.parse(r.stdout)).toMatchObject({ ready: true, diagnostics: [{ code: 'limit.built', path: 'items.transcript' }] });
    // The item's status follows the built PDF (audit 12-05c 4; before: `invalid` under "Ready to submit").
    expect((JSON.parse(r.stdout).items as { id: string; status: string }[]).find((i) => i.id === 'transcript')?.status).toBe('ok');
    const text = await cli(['report', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(text.stdout).toMatch(/^ {2}ok {8}Transcript of records {2,}transcript\.pdf/m);
    expect(text.stdout.trimEnd().split('\n').at(-1)).toBe('Ready to submit');
    // A plain build starts again from the files: over the item's cap, as before.
    const plain = await cli(['build', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(plain.stdout).toMatch(/^manifest\.yaml:5:15 error limit\.size {2}Transcript of records is [56]\.\d\d MB; the posting allows 0\.6 MB\./m);
    expect(plain.code).toBe(1);
  }, 60_000);
});

describe('packet build --fit --separate', () => {
  it('each file under the per-file cap', async () => {
    const manifest = `${MANIFEST}  diplomas: diploma.jpg\n`;
    const dir = folder('format: separate-files, max_mb: 1', '', manifest);
    const r = await cli(['build', join(dir, 'manifest.yaml'), '--fit', '-o', join(dir, 'out'), ...TODAY]);
    expect(r.code, r.stdout).toBe(0);
    const files = readdirSync(join(dir, 'out'));
    expect(files).toHaveLength(3);
    for (const f of files) expect(statSync(join(dir, 'out', f)).size, f).toBeLessThan(1e6);
    expect(r.stdout).toMatch(/^Fitted to the size caps \(CV 1 MB; Transcript of records 1 MB; Diplomas 1 MB\): /m);
  }, 60_000);

  it('a file that cannot fit is said at its item\'s line, named as validate and report name it (audit 12-06d #1 rest; before: at `items:`, "Virtanen_transcript.pdf", "the posting accepts")', async () => {
    const dir = folder('format: separate-files, max_mb: 0.2');
    const r = await cli(['build', 'manifest.yaml', '--fit', ...TODAY], { cwd: dir });
    expect(r.stdout.split('\n')[0]).toMatch(/^manifest\.yaml:5:15 error limit\.size {2}packet\/Virtanen_transcript\.pdf \(Transcript of records\) is still 0\.\d\d MB with every image at 150 dpi, the lowest --fit goes; the portal accepts at most 0\.2 MB per file \(nothing was written\)\. The largest: Transcript of records \(0\.\d\d MB\)\. {2}hint: Make the largest files smaller/);
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'packet'))).toBe(false);
  }, 60_000);
});
