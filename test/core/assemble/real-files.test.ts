/** The assembler on real PDFs: the std benchmark packet and the corpus of good and broken files in ../shared. */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../../src/core/assemble/index.js';
import { PDFDocument, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
import { jpegOrientation } from '../../../src/core/assemble/scans.js';
import { corpusMissing } from '../../helpers/corpus.js';
import { withExifOrientation } from '../../helpers/make-pdf.js';
import { countOutline, flattenOutline, readPdf } from '../../helpers/read-pdf.js';
import { BENCH, bench, corpus, makePlan, pdfPart, section } from './fixtures.js';

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
const UNSAFE = /\/JavaScript|\/JS\b|\/Launch|\/AA\b|\/EmbeddedFiles|\/XFA\b/;

describe.skipIf(!existsSync(BENCH))(`the std benchmark packet (skipped: ${BENCH} is absent)`, async () => {
  // A skipped block's body still runs to collect its tests: read nothing when the files are not there.
  const files = existsSync(BENCH) ? readdirSync(BENCH).filter((f) => f.endsWith('.pdf')).sort() : [];
  const titles: Record<string, string> = {
    '00-application-form.pdf': 'Application form',
    '01-cv.pdf': 'Curriculum vitae',
    '02-bio.pdf': 'Short biography',
    '03-research-plan.pdf': 'Research plan',
    '04-transcript-scan.pdf': 'Transcript',
    '05-thesis.pdf': 'Thesis',
    '06-teaching-slides-rot270.pdf': 'Teaching sample',
  };
  const letters = files.filter((f) => f.startsWith('07') || f.startsWith('08'));
  const plan = makePlan([
    ...files.filter((f) => titles[f]).map((f) => section(f, titles[f] as string, [pdfPart(titles[f] as string, f, bench(f))])),
    section('letters', 'Letters of recommendation', letters.map((f, i) => pdfPart(`Letter ${i + 1}`, f, bench(f)))),
  ]);
  const result = await assemble(plan);
  const pdf = await readPdf(result.bytes, { text: false });
  const thesis = result.ranges.find((r) => r.itemId === '05-thesis.pdf');

  it('has every page after the cover, in order', () => {
    expect(result.pageCount).toBe(164);
    expect(pdf.pageCount).toBe(164);
    expect(result.ranges.map((r) => r.firstPage)).toEqual([2, 11, 13, 14, 19, 22, 158, 160]);
    expect(thesis).toMatchObject({ firstPage: 22, lastPage: 157 });
    // The slides only reroute a link to another file: an info, nothing worse.
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('nests the thesis’s 133 bookmarks under its section bookmark, all landing inside the thesis', () => {
    const node = pdf.outline.find((o) => o.title === 'Thesis');
    expect(node?.page).toBe(22);
    expect(countOutline(node?.children ?? [])).toBe(133);
    for (const b of flattenOutline(node?.children ?? [])) {
      expect(b.page, b.title).toBeGreaterThanOrEqual(22);
      expect(b.page, b.title).toBeLessThanOrEqual(157);
    }
  });

  it('lands every internal link of the thesis on a page of the thesis', () => {
    const internal = pdf.pages.slice(21, 157).flatMap((p) => p.links.filter((l) => !l.url));
    expect(internal.length).toBe(261);
    for (const link of internal) {
      expect(link.destPage).toBeGreaterThanOrEqual(22);
      expect(link.destPage).toBeLessThanOrEqual(157);
    }
  });

  it('lands the cover’s contents links on each section’s first page', () => {
    const targets = pdf.pages[0]?.links.filter((l) => l.destPage !== undefined).map((l) => l.destPage);
    expect(targets).toEqual([2, 11, 13, 14, 19, 22, 158, 160, 160, 163]);
  });

  it('keeps the thesis’s roman page labels behind the section prefix', () => {
    const labels = pdf.pageLabels ?? [];
    expect(labels[0]).toBe('Cover');
    expect(labels[1]).toBe('Application form 1');
    expect(labels.slice(21, 24)).toEqual(['Thesis 1', 'Thesis i', 'Thesis ii']);
    expect(labels[29]).toBe('Thesis 1');
    expect(labels[163]).toBe('Letters of recommendation 5');
  });

  it('keeps the slides rotated 270 degrees', () => {
    expect(pdf.pages[157]?.rotation).toBe(270);
    expect(pdf.pages[158]?.rotation).toBe(270);
  });
});

describe.skipIf(corpusMissing() !== undefined)('corpus files (skipped when ../shared/corpus is absent)', () => {
  const one = async (file: string, forms: 'flatten' | 'keep' = 'flatten') => {
    const plan = makePlan([section('doc', 'Document', [pdfPart('Document', file, corpus(file))])], { options: { cover: true, stamps: true, forms } });
    return assemble(plan);
  };

  it('removes a launch action on a bookmark and reports it', async () => {
    const result = await one('launch-action.pdf');
    expect(latin1(result.bytes)).not.toMatch(UNSAFE);
    expect(result.diagnostics.map((d) => d.code)).toContain('file.actions');
    expect(result.pageCount).toBe(2);
  });

  it.each(['incr-update-sections.pdf', 'xfa-pdflib.pdf', 'form-pdflatex.pdf', 'attach-embeddedfiles.pdf', 'meta-utf16le.pdf'])('leaves nothing unsafe from %s', async (file) => {
    for (const forms of ['flatten', 'keep'] as const) {
      const result = await one(file, forms);
      expect(latin1(result.bytes)).not.toMatch(UNSAFE);
      await expect(readPdf(result.bytes, { text: false })).resolves.toBeTruthy();
    }
  });

  it('reports scripts, attachments and XFA', async () => {
    expect((await one('incr-update-sections.pdf')).diagnostics.map((d) => d.code)).toContain('file.actions');
    expect((await one('attach-embeddedfiles.pdf')).diagnostics.map((d) => d.code)).toContain('file.attachments');
    expect((await one('xfa-pdflib.pdf')).diagnostics.map((d) => d.code)).toContain('file.xfa');
  });

  it('flattens real forms by default and keeps them live on request', async () => {
    for (const file of ['form-libreoffice.pdf', 'form-filled-by-acrobat.pdf']) {
      const flat = await readPdf((await one(file)).bytes, { text: false });
      expect(flat.fieldNames, file).toEqual([]);
      expect(flat.pages.flatMap((p) => p.annotationTypes), file).not.toContain('Widget');
      const live = await readPdf((await one(file, 'keep')).bytes, { text: false });
      expect(live.fieldNames.length, file).toBeGreaterThan(0);
      expect(live.pages.flatMap((p) => p.annotationTypes), file).toContain('Widget');
    }
  });

  it('decrypts owner-password-only files and refuses user-password ones with file.encrypted', async () => {
    const owner = await one('enc-owner-aes256.pdf');
    expect(owner.pageCount).toBe(31);
    const text = await readPdf(owner.bytes);
    expect(text.pages[1]?.text.length).toBeGreaterThan(10);
    const user = await one('enc-user-aes256.pdf');
    expect(user.diagnostics.map((d) => [d.code, d.severity])).toContainEqual(['file.encrypted', 'error']);
  });

  it.each(['circ-pages-self-kid.pdf', 'deep-pages-tree.pdf', 'pages-no-type.pdf', 'outline-loop.pdf', 'silent-page-drop.pdf', 'unreadable-metadata.pdf', 'zero-bytes.pdf', 'notpdf-html.pdf', 'nest-deep-dict.pdf'])(
    'does not crash on %s',
    async (file) => {
      const result = await one(file);
      await expect(readPdf(result.bytes, { text: false })).resolves.toBeTruthy();
      expect(result.pageCount).toBeGreaterThanOrEqual(1);
      // Whatever the input's damage, the output's own syntax is sound.
      await expect(PDFDocument.load(result.bytes, { throwOnInvalidObject: true, updateMetadata: false })).resolves.toBeTruthy();
    },
  );

  it('keeps the layers of inputs, hidden ones hidden', async () => {
    const input = await readPdf(corpus('pdf20-utf8-test.pdf'), { text: false });
    expect(input.layers.length).toBe(2);
    const output = await readPdf((await one('pdf20-utf8-test.pdf')).bytes, { text: false });
    expect(output.layers).toEqual(input.layers);
    expect(output.layers.every((l) => !l.visible)).toBe(true);
  });

  it('cuts the bookmark loop and keeps 30 pages of outline-loop.pdf', async () => {
    const result = await one('outline-loop.pdf');
    expect(result.pageCount).toBe(31);
    const pdf = await readPdf(result.bytes, { text: false });
    expect(pdf.outline[0]?.children.length).toBeGreaterThan(0);
  });
});

describe.skipIf(!existsSync(BENCH))('scans (skipped when ../shared/bench is absent)', () => {
  /** The first JPEG inside the benchmark's scanned transcript (a DCT image stream is a JPEG file). */
  async function realJpeg(): Promise<Uint8Array> {
    const doc = await PDFDocument.load(bench('04-transcript-scan.pdf'), { updateMetadata: false });
    for (const [, obj] of doc.context.enumerateIndirectObjects()) {
      if (obj instanceof PDFRawStream && obj.dict.get(PDFName.of('Filter')) === PDFName.of('DCTDecode')) return obj.contents;
    }
    throw new Error('no JPEG in the transcript');
  }

  it('honours the EXIF orientation of phone photos: a portrait page stored sideways comes out landscape', async () => {
    const jpeg = await realJpeg();
    const sideways = withExifOrientation(jpeg, 6);
    expect(jpegOrientation(jpeg)).toBe(1);
    expect(jpegOrientation(sideways)).toBe(6);
    const plan = makePlan(
      [
        section('upright', 'Upright', [{ kind: 'image', title: 'Upright', source: 'a.jpg', bytes: jpeg, mime: 'image/jpeg' }]),
        section('sideways', 'Sideways', [{ kind: 'image', title: 'Sideways', source: 'b.jpg', bytes: sideways, mime: 'image/jpeg' }]),
      ],
      { options: { cover: false, stamps: false, forms: 'flatten' } },
    );
    const pdf = await readPdf((await assemble(plan)).bytes, { text: false });
    expect(pdf.pages.map((p) => [Math.round(p.width), Math.round(p.height)])).toEqual([
      [595, 842],
      [842, 595],
    ]);
  });
});
