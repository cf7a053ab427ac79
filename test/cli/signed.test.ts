/**
 * A digitally signed input (an e-transcript): the packet never carries its signature, broken or not, and the note
 * says what the applicant gets and what to do, as info that `--strict` lets pass (audit 24 F1, F2, F7).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePdf, makeSignedPdf } from '../helpers/make-pdf.js';
import { readPdf } from '../helpers/read-pdf.js';
import { cli, workspace } from '../helpers/workspace.js';

const PROFILE = (format: string) =>
  `id: portal\ntitle: Lecturer\nsubmission: { format: ${format}${format === 'separate-files' ? ', file_name: "{last}_{item}.pdf"' : ''} }\nitems:\n  - { id: cv, kind: cv, title: CV, accepts: [file] }\n  - { id: transcript, kind: transcript, title: Transcript of records, accepts: [file] }\n`;
const MANIFEST = (transcript: string) => `profile: ./profile.yaml\napplicant: { name: Aino Virtanen, email: a@examples.fi }\nitems:\n  cv: docs/cv.pdf\n  transcript: ${transcript}\n`;

async function signedSet(format: 'single-pdf' | 'separate-files', transcript = 'docs/signed.pdf'): Promise<string> {
  return workspace({ 'profile.yaml': PROFILE(format), 'manifest.yaml': MANIFEST(transcript), 'docs/cv.pdf': await makePdf({ pages: 1 }), 'docs/bsc.pdf': await makePdf({ pages: 1 }), 'docs/signed.pdf': await makeSignedPdf() });
}

const NOTE =
  'manifest.yaml:5:15 info file.signed  docs/signed.pdf is digitally signed (1 signature); the packet holds its pages without the signature, since a signature cannot stay valid in a combined file.  hint: Nothing to do, unless the posting asks for signed or certified originals: then also upload docs/signed.pdf itself as a separate file, if the portal allows it.';

describe('a signed input', () => {
  it('build --forms keep keeps the other fields but not the signature: its look is printed, no broken signature travels (before: "Digest Mismatch")', async () => {
    const dir = await signedSet('single-pdf');
    const r = await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-11-01', '--forms', 'keep', '-o', join(dir, 'out.pdf')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(NOTE);
    const bytes = readFileSync(join(dir, 'out.pdf'));
    expect(Buffer.from(bytes).toString('latin1')).not.toMatch(/\/ByteRange|\/FT\s*\/Sig/);
    const pdf = await readPdf(bytes);
    expect(pdf.fieldNames).toEqual(['notes']);
    expect(pdf.pages.map((p) => p.text).join('\n')).toContain('Digitally signed by Registrar');
  });

  it('is a note, not a warning: validate --strict passes with a signed e-transcript (before: "Not ready: 1 warning (--strict)", exit 1)', async () => {
    const dir = await signedSet('single-pdf');
    const r = await cli(['validate', join(dir, 'manifest.yaml'), '--today', '2025-11-01', '--strict']);
    expect(r.stdout).toContain(NOTE);
    expect(r.code).toBe(0);
  });

  it('in a separate-files build, says the item\'s file is an unsigned copy and to upload the original in its place (before: "combining it with other files")', async () => {
    const dir = await signedSet('separate-files');
    const r = await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-11-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'manifest.yaml:5:15 info file.signed  docs/signed.pdf is digitally signed (1 signature); the file built for its item is a copy without the signature.  hint: If the posting wants the signed document, upload docs/signed.pdf itself for this item in place of the built file; otherwise nothing to do.',
    );
    expect(readdirSync(join(dir, 'packet'))).toContain('Virtanen_transcript.pdf');
  });

  it('build --no-separate on a separate-files posting says the one packet holds its pages unsigned (before: "the file built for its item is a copy", a file the build does not make)', async () => {
    const dir = await signedSet('separate-files');
    const r = await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-11-01', '--no-separate', '-o', join(dir, 'one.pdf')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(NOTE);
    expect((await readPdf(readFileSync(join(dir, 'one.pdf')))).pages.length).toBe(3);
  });

  it('in a separate-files build where the item has other files too, says they are combined without the signature', async () => {
    const dir = await signedSet('separate-files', '[docs/bsc.pdf, docs/signed.pdf]');
    const r = await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-11-01']);
    expect(r.stdout).toMatch(/info file\.signed {2}docs\/signed\.pdf is digitally signed \(1 signature\); the file built for its item combines it with other files, without the signature\. {2}hint: Nothing to do, unless the posting asks for signed or certified originals: then also upload docs\/signed\.pdf itself as a separate file, if the portal allows it\./);
  });
});
