/**
 * The last check of a build: a page that has text in its input (as pdf.js reads it) must not come out blank;
 * when one does, the build stops with `build.blank-page` and writes nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageTexts } from '../helpers/corpus-read.js';
import { HELVETICA, pageTree, rawPdf, textPage, textStream } from '../helpers/raw-pdf.js';
import { cli, workspace } from '../helpers/workspace.js';

const PROFILE = `id: t
title: T
organization: U
deadline: 2030-01-01
submission: { format: single-pdf }
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - { id: plan, kind: research_plan, title: Plan, accepts: [file] }
`;

/**
 * Two versions of page 3: the first, with "Hello", is the one the file's index points to (what viewers show);
 * the second, without content, was appended after the end without an index (what pdf-lib, reading objects in
 * file order, keeps). With `staleEntry`, the index also lists an object where there is none: viewers, which
 * only look up what they draw, still follow it; packet, which cannot trust it whole, keeps pdf-lib's version.
 */
function twoVersions(staleEntry = false, appendedText?: string): Uint8Array {
  const appended = appendedText
    ? `${textPage(3, '7 0 R')}\n${textStream(7, appendedText)}\n`
    : '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources << /Font << /F1 9 0 R >> >> >> endobj\n';
  const bytes = rawPdf([...pageTree([3]), textPage(3, '4 0 R'), HELVETICA, textStream(4, 'Hello')], appended);
  if (!staleEntry) return bytes;
  const text = new TextDecoder('latin1').decode(bytes);
  // Object 5 is free; say it is at offset 7.
  const at = text.indexOf('0000000000 65535 f ', text.indexOf('0000000000 65535 f ') + 1);
  return Uint8Array.from(text.slice(0, at) + '0000000007 00000 n ' + text.slice(at + 19), (c) => c.charCodeAt(0));
}

const manifest = (extra = ''): string => `profile: p.yaml\napplicant: { name: A B, email: a@b.org }\noutput: out.pdf\n${extra}items:\n  cv: cv.pdf\n  plan: plan.pdf\n`;

describe('what the inputs show is what the packet shows', () => {
  it('builds the version viewers show when a file holds two and its index is intact', async () => {
    const dir = workspace({ 'p.yaml': PROFILE, 'm.yaml': manifest(), 'cv.pdf': rawPdf([...pageTree([3]), textPage(3, '4 0 R'), HELVETICA, textStream(4, 'CV')]), 'plan.pdf': twoVersions() });
    const r = await cli(['build', 'm.yaml', '--today', '2025-10-01', '--no-cover', '--no-stamps'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('it holds two versions of some of its content: the one PDF viewers show was used');
    expect(await pageTexts(new Uint8Array(readFileSync(join(dir, 'out.pdf'))), [1, 2])).toEqual(['CV', 'Hello']);
  });

  it('stops a build whose page came out blank though pdf.js reads text on it in the input, and writes nothing', async () => {
    expect(await pageTexts(twoVersions(true), [1])).toEqual(['Hello']);
    const dir = workspace({ 'p.yaml': PROFILE, 'm.yaml': manifest(), 'cv.pdf': rawPdf([...pageTree([3]), textPage(3, '4 0 R'), HELVETICA, textStream(4, 'CV')]), 'plan.pdf': twoVersions(true) });
    const r = await cli(['build', 'm.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(
      'm.yaml:6:9 error build.blank-page  Page 1 of plan.pdf has text, but it came out blank on page 3 of the built PDF, so the PDF was not written.  hint: Open plan.pdf in a PDF viewer and print or save it as a new PDF (or export it again from the program that made it), then build again.',
    );
    expect(existsSync(join(dir, 'out.pdf'))).toBe(false);
    // Not even the temporary file is left behind.
    expect(readdirSync(dir).filter((f) => f.startsWith('.packet-tmp'))).toEqual([]);
  });

  it('stops a build of separate files too', async () => {
    const dir = workspace({ 'p.yaml': PROFILE, 'm.yaml': manifest(), 'cv.pdf': rawPdf([...pageTree([3]), textPage(3, '4 0 R'), HELVETICA, textStream(4, 'CV')]), 'plan.pdf': twoVersions(true) });
    const r = await cli(['build', 'm.yaml', '--today', '2025-10-01', '--separate', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error build\.blank-page {2}Page 1 of plan\.pdf has text, but it came out blank on page 1 of the built PDF/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('names the page of the input, not of the selection, when a page kept by pages: came out blank', async () => {
    // Page 2 has two versions, the later without content; a stale index entry (object 7) makes packet keep that one.
    const appended = '5 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources << /Font << /F1 9 0 R >> >> >> endobj\n';
    const text = new TextDecoder('latin1').decode(rawPdf([...pageTree([3, 5]), textPage(3, '4 0 R'), textStream(4, 'Hello'), textPage(5, '6 0 R'), textStream(6, 'World'), HELVETICA], appended));
    const at = text.indexOf('0000000000 65535 f ', text.indexOf('0000000000 65535 f ') + 1);
    const plan = Uint8Array.from(text.slice(0, at) + '0000000007 00000 n ' + text.slice(at + 19), (c) => c.charCodeAt(0));
    expect(await pageTexts(plan, [1, 2])).toEqual(['Hello', 'World']);
    const m = 'profile: p.yaml\napplicant: { name: A B, email: a@b.org }\noutput: out.pdf\nitems:\n  cv: cv.pdf\n  plan: { file: plan.pdf, pages: "2" }\n';
    const dir = workspace({ 'p.yaml': PROFILE, 'm.yaml': m, 'cv.pdf': rawPdf([...pageTree([3]), textPage(3, '4 0 R'), HELVETICA, textStream(4, 'CV')]), 'plan.pdf': plan });
    const r = await cli(['build', 'm.yaml', '--today', '2025-10-01', '--no-cover'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error build.blank-page  Page 2 of plan.pdf has text, but it came out blank on page 2 of the built PDF, so the PDF was not written.');
    expect(existsSync(join(dir, 'out.pdf'))).toBe(false);
  });

  it('compares every page of a damaged input: a page that reads differently stops the build (build.text-changed)', async () => {
    const dir = workspace({ 'p.yaml': PROFILE, 'm.yaml': manifest(), 'cv.pdf': rawPdf([...pageTree([3]), textPage(3, '4 0 R'), HELVETICA, textStream(4, 'CV')]), 'plan.pdf': twoVersions(true, 'Bye') });
    const r = await cli(['build', 'm.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'm.yaml:6:9 error build.text-changed  Page 1 of plan.pdf reads differently on page 3 of the built PDF than in the file itself (the file is damaged and can be read in more than one way), so the PDF was not written.',
    );
    expect(existsSync(join(dir, 'out.pdf'))).toBe(false);
  });

  it('refuses a damaged input in which pdf.js sees another number of pages, in validate and build alike', async () => {
    // An appended update adds a page, without an index: pdf-lib reads two pages, viewers following the index one.
    const appended = `2 0 obj << /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >> endobj\n${textPage(5, '6 0 R')}\n${textStream(6, 'Second')}\n`;
    const text = new TextDecoder('latin1').decode(rawPdf([...pageTree([3]), textPage(3, '4 0 R'), HELVETICA, textStream(4, 'Hello')], appended));
    // A free object listed at a wrong place: packet cannot trust the index whole, viewers still follow it.
    const at = text.indexOf('0000000000 65535 f ', text.indexOf('0000000000 65535 f ') + 1);
    const bytes = Uint8Array.from(text.slice(0, at) + '0000000007 00000 n ' + text.slice(at + 19), (c) => c.charCodeAt(0));
    expect(await pageTexts(bytes, [1])).toEqual(['Hello']);
    const dir = workspace({ 'p.yaml': PROFILE, 'm.yaml': manifest(), 'cv.pdf': rawPdf([...pageTree([3]), textPage(3, '4 0 R'), HELVETICA, textStream(4, 'CV')]), 'plan.pdf': bytes });
    for (const command of ['validate', 'build']) {
      const r = await cli([command, 'm.yaml', '--today', '2025-10-01'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('m.yaml:6:9 error file.pages-uncertain  plan.pdf has a damaged list of pages: 2 pages could be read (a PDF viewer shows 1), so pages could be lost.');
    }
    expect(existsSync(join(dir, 'out.pdf'))).toBe(false);
  });

  it('lets pages without text through: a scan, an empty page, a page whose only text is in a form it draws', async () => {
    const form = '6 0 obj << /Type /XObject /Subtype /Form /BBox [0 0 300 200] /Resources << /Font << /F1 9 0 R >> >> /Length 37 >> stream\nBT /F1 18 Tf 20 100 Td (Inside) Tj ET\nendstream endobj';
    const drawsForm = rawPdf([...pageTree([3]), '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /XObject << /Fm 6 0 R >> >> >> endobj', '4 0 obj << /Length 6 >> stream\n/Fm Do\nendstream endobj', form, HELVETICA]);
    const empty = rawPdf([...pageTree([3, 5]), textPage(3, '4 0 R'), textStream(4, 'Plan'), textPage(5, '[]'), HELVETICA]);
    const dir = workspace({ 'p.yaml': PROFILE, 'm.yaml': manifest(), 'cv.pdf': drawsForm, 'plan.pdf': empty });
    const r = await cli(['build', 'm.yaml', '--today', '2025-10-01', '--no-cover'], { cwd: dir });
    expect(r.stdout).not.toContain('blank-page');
    expect(r.code).toBe(0);
    expect(await pageTexts(new Uint8Array(readFileSync(join(dir, 'out.pdf'))), [1])).toEqual([expect.stringContaining('Inside')]);
  });

  /** A page (3) saying "Name:" with a filled text field (10) drawn by its appearance (11), whose /Length is `slack` bytes too long. */
  const filledForm = (slack: number, appendedText?: string, appendedContents = '7 0 R'): Uint8Array => {
    const ap = 'BT /F1 10 Tf 2 4 Td (Aino Virtanen) Tj ET';
    const page = (contents: string) => `3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents ${contents} /Resources << /Font << /F1 9 0 R >> >> /Annots [10 0 R] >> endobj`;
    const objects = [
      '1 0 obj << /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [10 0 R] >> >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      page('4 0 R'),
      textStream(4, 'Name:'),
      HELVETICA,
      '10 0 obj << /Type /Annot /Subtype /Widget /FT /Tx /T (name) /V (Aino Virtanen) /Rect [100 90 280 110] /DA (/F1 10 Tf 0 g) /AP << /N 11 0 R >> /F 4 >> endobj',
      `11 0 obj << /Type /XObject /Subtype /Form /BBox [0 0 180 20] /Resources << /Font << /F1 9 0 R >> >> /Length ${ap.length + slack} >> stream\n${ap}\nendstream endobj`,
    ];
    if (appendedText === undefined) return rawPdf(objects);
    // As twoVersions: the page again, appended without an index, and a stale index entry, so packet keeps that version.
    const text = new TextDecoder('latin1').decode(rawPdf(objects, `${page(appendedContents)}\n${textStream(7, appendedText)}\n`));
    const at = text.indexOf('0000000000 65535 f ', text.indexOf('0000000000 65535 f ') + 1);
    return Uint8Array.from(text.slice(0, at) + '0000000007 00000 n ' + text.slice(at + 19), (c) => c.charCodeAt(0));
  };

  it('builds a damaged filled-in form: the values flattening prints are not taken for damage (before: build.text-changed while validate said Ready)', async () => {
    const dir = workspace({ 'p.yaml': PROFILE, 'm.yaml': manifest(), 'cv.pdf': rawPdf([...pageTree([3]), textPage(3, '4 0 R'), HELVETICA, textStream(4, 'CV')]), 'plan.pdf': filledForm(7) });
    const validate = await cli(['validate', 'm.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(validate.stdout).toContain('m.yaml:6:9 info file.repaired  plan.pdf has minor damage');
    expect(validate.code).toBe(0);
    const r = await cli(['build', 'm.yaml', '--today', '2025-10-01', '--no-cover', '--no-stamps'], { cwd: dir });
    expect(r.stdout).not.toContain('build.text-changed');
    expect(r.code).toBe(0);
    expect(await pageTexts(new Uint8Array(readFileSync(join(dir, 'out.pdf'))), [2])).toEqual(['Name:AinoVirtanen']);
  });

  it('still stops a damaged form whose own page content reads differently, though its fields are flattened', async () => {
    const plan = filledForm(0, 'Bye');
    expect(await pageTexts(plan, [1])).toEqual(['Name:']);
    const dir = workspace({ 'p.yaml': PROFILE, 'm.yaml': manifest(), 'cv.pdf': rawPdf([...pageTree([3]), textPage(3, '4 0 R'), HELVETICA, textStream(4, 'CV')]), 'plan.pdf': plan });
    const r = await cli(['build', 'm.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('m.yaml:6:9 error build.text-changed  Page 1 of plan.pdf reads differently on page 3 of the built PDF than in the file itself');
    expect(existsSync(join(dir, 'out.pdf'))).toBe(false);
  });

  it('still stops a damaged form whose page reads its own text and then more than the flattened values (prod27a; before: whatever followed was taken for them)', async () => {
    // The version packet keeps draws "Name:" and then "Bye": the flattened "Aino Virtanen" follows both.
    const plan = filledForm(0, 'Bye', '[4 0 R 7 0 R]');
    expect(await pageTexts(plan, [1])).toEqual(['Name:']);
    const dir = workspace({ 'p.yaml': PROFILE, 'm.yaml': manifest(), 'cv.pdf': rawPdf([...pageTree([3]), textPage(3, '4 0 R'), HELVETICA, textStream(4, 'CV')]), 'plan.pdf': plan });
    const r = await cli(['build', 'm.yaml', '--today', '2025-10-01', '--no-cover', '--no-stamps'], { cwd: dir });
    expect(r.stdout).toContain('m.yaml:6:9 error build.text-changed  Page 1 of plan.pdf reads differently on page 2 of the built PDF than in the file itself');
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'out.pdf'))).toBe(false);
  });
});
