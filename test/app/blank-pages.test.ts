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
 * file order, keeps). A truncated update of this kind is a warning, not an error: only the blank page stops it.
 */
function twoVersions(): Uint8Array {
  const appended = '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources << /Font << /F1 9 0 R >> >> >> endobj\n';
  return rawPdf([...pageTree([3]), textPage(3, '4 0 R'), HELVETICA, textStream(4, 'Hello')], appended);
}

const manifest = (extra = ''): string => `profile: p.yaml\napplicant: { name: A B, email: a@b.org }\noutput: out.pdf\n${extra}items:\n  cv: cv.pdf\n  plan: plan.pdf\n`;

describe('build.blank-page', () => {
  it('stops a build whose page came out blank though pdf.js reads text on it in the input, and writes nothing', async () => {
    expect(await pageTexts(twoVersions(), [1])).toEqual(['Hello']);
    const dir = workspace({ 'p.yaml': PROFILE, 'm.yaml': manifest(), 'cv.pdf': rawPdf([...pageTree([3]), textPage(3, '4 0 R'), HELVETICA, textStream(4, 'CV')]), 'plan.pdf': twoVersions() });
    const r = await cli(['build', 'm.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(
      'm.yaml:6:9 error build.blank-page  Page 1 of plan.pdf has text, but it came out blank on page 3 of the built PDF, so the PDF was not written.  hint: plan.pdf is damaged where that page is stored: open it in a PDF viewer and print or save it as a new PDF, or export it again from the program that made it, and build again.',
    );
    expect(existsSync(join(dir, 'out.pdf'))).toBe(false);
    // Not even the temporary file is left behind.
    expect(readdirSync(dir).filter((f) => f.startsWith('.packet-tmp'))).toEqual([]);
  });

  it('stops a build of separate files too', async () => {
    const dir = workspace({ 'p.yaml': PROFILE, 'm.yaml': manifest(), 'cv.pdf': rawPdf([...pageTree([3]), textPage(3, '4 0 R'), HELVETICA, textStream(4, 'CV')]), 'plan.pdf': twoVersions() });
    const r = await cli(['build', 'm.yaml', '--today', '2025-10-01', '--separate', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error build\.blank-page {2}Page 1 of plan\.pdf has text, but it came out blank on page 1 of the built PDF/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('lets pages without text through: a scan, an empty page, a page whose only text is in a form it draws', async () => {
    const form = '6 0 obj << /Type /XObject /Subtype /Form /BBox [0 0 300 200] /Resources << /Font << /F1 9 0 R >> >> /Length 37 >> stream\nBT /F1 18 Tf 20 100 Td (Inside) Tj ET\nendstream endobj';
    const drawsForm = rawPdf([...pageTree([3]), '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /XObject << /Fm 6 0 R >> >> >> endobj', '4 0 obj << /Length 6 >> stream\n/Fm Do\nendstream endobj', form, HELVETICA]);
    const empty = rawPdf([...pageTree([3]), textPage(3, '[]'), HELVETICA]);
    const dir = workspace({ 'p.yaml': PROFILE, 'm.yaml': manifest(), 'cv.pdf': drawsForm, 'plan.pdf': empty });
    const r = await cli(['build', 'm.yaml', '--today', '2025-10-01', '--no-cover'], { cwd: dir });
    expect(r.stdout).not.toContain('blank-page');
    expect(r.code).toBe(0);
    expect(await pageTexts(new Uint8Array(readFileSync(join(dir, 'out.pdf'))), [1])).toEqual([expect.stringContaining('Inside')]);
  });
});
