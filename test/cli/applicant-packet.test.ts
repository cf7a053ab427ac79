/**
 * What applicants reach for, in one packet (issue #16): a thesis cut to the pages that matter, a bio written in
 * Markdown, the applicant's name in Chinese and a referee's in Arabic, and a ~6 MB phone-scanned transcript
 * fitted under the portal's 2 MB cap. Read back as a reviewer sees it: pages rendered to PNG by pdf.js, text
 * extracted, links, and every input page at its own size.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from '@cantoo/pdf-lib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makePdf } from '../helpers/make-pdf.js';
import { ocrScanPdf, phoneScanJpeg, transcriptLines } from '../helpers/phone-scan.js';
import { readPdf } from '../helpers/read-pdf.js';
import { darkShare, renderPage } from '../helpers/render.js';
import { cli, workspace } from '../helpers/workspace.js';

const PROFILE = `id: ml-doctoral
title: Doctoral Researcher in Machine Learning
organization: Test University
deadline: 2030-01-15
submission: { format: single-pdf, max_mb: 2 }
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - { id: bio, kind: bio, title: Short bio, accepts: [text, file], max_words: 120 }
  - { id: transcript, kind: transcript, title: Transcript of records, accepts: [file] }
  - { id: thesis, kind: thesis, title: MSc thesis, accepts: [file, link], max_pages: 5 }
  - { id: references, kind: references, title: Referees, accepts: [referee], min: 1, max: 3 }
`;

const BIO = `## Background

I am a **doctoral applicant** working on *robust* estimation. My three questions:

- RQ1: when do sensor errors break a model?
- RQ2: how can we **detect** them early?

More at [my page](https://wang.examples.fi).`;

const MANIFEST = `profile: ./profile.yaml
applicant: { name: 王芳, email: wang.fang@examples.fi }
items:
  cv: cv.pdf
  bio:
    text: |
${BIO.split('\n').map((l) => `      ${l}`).join('\n')}
  transcript: transcript.pdf
  thesis: { file: thesis.pdf, pages: "2-4" }
  references:
    - { name: محمد عبد الله, email: m.abdullah@example.eg, affiliation: Cairo University, relation: MSc supervisor }
`;

let cv: Uint8Array;
let thesis: Uint8Array;
let transcript: Uint8Array;
let dir: string;
let run: Awaited<ReturnType<typeof cli>>;
let out: Uint8Array;

beforeAll(async () => {
  cv = await makePdf({ pages: 2, text: 'Wang Fang curriculum vitae page {n}', wordsPerPage: 120, size: [612, 792] });
  thesis = await makePdf({ pages: 12, text: 'Thesis page {n}', wordsPerPage: 60 });
  const text = { lines: transcriptLines('Wang Fang'), size: 11 };
  transcript = await ocrScanPdf(await phoneScanJpeg(text), text);
  dir = workspace({ 'profile.yaml': PROFILE, 'manifest.yaml': MANIFEST, 'cv.pdf': cv, 'thesis.pdf': thesis, 'transcript.pdf': transcript });
  run = await cli(['build', 'manifest.yaml', '--fit', '--today', '2026-12-01', '-o', 'packet.pdf'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1764547200' } });
  out = new Uint8Array(readFileSync(join(dir, 'packet.pdf')));
}, 180_000);

describe('one packet with page selection, Markdown, two scripts and a fitted scan', () => {
  it('builds cleanly under the 2 MB cap, from a transcript of about 6 MB', () => {
    expect(transcript.length).toBeGreaterThan(5.5e6);
    expect(run.stderr).toBe('');
    expect(run.code, run.stdout).toBe(0);
    expect(out.length).toBeLessThan(2e6);
    expect(run.stdout).toMatch(/^Fitted to the size cap \(the packet 2 MB\): [56]\.\d\d MB before, 1\.\d\d MB after$/m);
  });

  it('holds the cover, the CV, the bio page, the transcript, the three thesis pages and the referees page', async () => {
    const pdf = await readPdf(out);
    // cover 1 + CV 2 + bio 1 + transcript 1 + thesis pages 2-4 + referees 1
    expect(pdf.pages).toHaveLength(9);
    const text = pdf.pages.map((p) => p.text).join('\n');
    expect(text).toContain('王芳');
    expect(text).toContain('محمد عبد الله');
    expect(text).toContain('Thesis page 2');
    expect(text).toContain('Thesis page 4');
    expect(text).not.toContain('Thesis page 5');
    expect(text).not.toContain('Thesis page 1 ');
    expect(text).toContain('TRANSCRIPT OF RECORDS');
  });

  it('typesets the Markdown bio: no markup characters, the words as read, a clickable link', async () => {
    const pdf = await readPdf(out);
    const bio = pdf.pages.find((p) => p.text.includes('Background'))!;
    expect(bio.text).toContain('doctoral applicant');
    expect(bio.text).toContain('RQ1: when do sensor errors break a model?');
    expect(bio.text).not.toMatch(/\*\*|##|\]\(/);
    expect(bio.links.map((l) => l.url)).toContain('https://wang.examples.fi/');
  });

  it('keeps every input page at its own size', async () => {
    const input = async (bytes: Uint8Array, pages?: number[]) => {
      const doc = await PDFDocument.load(bytes);
      return (pages ?? doc.getPages().map((_, i) => i + 1)).map((n) => doc.getPage(n - 1).getSize());
    };
    const output = await PDFDocument.load(out);
    const sizes = output.getPages().map((p) => p.getSize());
    expect(sizes.slice(1, 3)).toEqual(await input(cv));
    expect(sizes[4]).toEqual((await input(transcript))[0]);
    expect(sizes.slice(5, 8)).toEqual(await input(thesis, [2, 3, 4]));
  });

  it('renders every page to a PNG with ink on it', async () => {
    for (let n = 1; n <= 9; n++) {
      const page = await renderPage(out, n, 30);
      expect(page.png.subarray(1, 4)).toEqual(new Uint8Array([0x50, 0x4e, 0x47]));
      expect(darkShare(page, 160), `page ${n}`).toBeGreaterThan(0.001);
    }
  }, 120_000);
});
