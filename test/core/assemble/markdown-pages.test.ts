/**
 * A Markdown bio end to end (issue #16, "must show"): built with `packet build`, its page rendered to PNG by
 * pdf.js on @napi-rs/canvas, its text extracted (no markup characters), its link annotation (address and place
 * on the page), the fonts embedded (bold, italic and bold italic faces), and its word count in the report.
 * Also: plain texts still take the old path, and Arabic and Chinese inside emphasis still find their fonts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName, type PDFRef } from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { assemble } from '../../../src/core/assemble/index.js';
import { wrapRich } from '../../../src/core/assemble/rich.js';
import { loadMarkdown, readText } from '../../../src/core/text/markdown.js';
import type { Inline } from '../../../src/core/text/model.js';
import { readPdf, type ReadPdf } from '../../helpers/read-pdf.js';
import { renderPage, type RenderedPage } from '../../helpers/render-page.js';
import { cli, workspace } from '../../helpers/workspace.js';
import { fonts, makePlan, section } from './fixtures.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1762000000' };

const PROFILE = `id: markdown-test
title: Doctoral Researcher in Machine Learning
organization: Test University
deadline: 2026-11-14
submission: { format: single-pdf }
items:
  - { id: bio, kind: bio, title: Short bio, accepts: [text], max_words: 80 }
  - { id: plan, kind: research_plan, title: Research plan, stage: optional, accepts: [text] }
`;

const BIO = `## Background

Aino Virtanen is a **machine learning engineer** from *Tampere*, Finland, who studied
***membership inference*** at [Tampere University](https://www.tuni.fi/en).

- **RQ1:** can privacy be *verified* by others?
- **RQ2:** how robust are the audits?

Contact: aino@examples.fi`;

/** The bio as a reader reads it, word by word. */
const READ_WORDS = 'Background Aino Virtanen is a machine learning engineer from Tampere, Finland, who studied membership inference at Tampere University. RQ1: can privacy be verified by others? RQ2: how robust are the audits? Contact: aino@examples.fi'.split(' ');

async function build(items: string): Promise<{ bytes: Uint8Array; stdout: string; dir: string }> {
  const dir = workspace({ 'profile.yaml': PROFILE, 'manifest.yaml': `profile: profile.yaml\napplicant: { name: Aino Virtanen, email: aino@examples.fi }\nitems:\n${items}` });
  const out = join(dir, 'packet.pdf');
  const r = await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-11-01', '-o', out], { env: EPOCH });
  expect(r.code, r.stdout + r.stderr).toBe(0);
  return { bytes: new Uint8Array(readFileSync(out)), stdout: r.stdout, dir };
}

/** The BaseFont names of the fonts a page uses, each once. */
async function pageFonts(bytes: Uint8Array, pageIndex: number): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  const page = doc.getPage(pageIndex);
  const fonts = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
  if (!fonts) return [];
  const names = fonts.values().map((ref) => String(doc.context.lookup(ref as PDFRef, PDFDict).get(PDFName.of('BaseFont'))).replace(/^\//, ''));
  return [...new Set(names)];
}

describe('a Markdown bio', () => {
  let bytes: Uint8Array;
  let stdout: string;
  let pdf: ReadPdf;
  let page: RenderedPage;
  beforeAll(async () => {
    ({ bytes, stdout } = await build(`  bio:\n    text: |\n${BIO.split('\n').map((l) => `      ${l}`).join('\n')}\n`));
    pdf = await readPdf(bytes);
    page = await renderPage(bytes, 2, { name: 'markdown-bio' });
  });

  it('reads as text, without a single markup character', () => {
    const text = page.text;
    expect(text).not.toMatch(/\*\*|\]\(|##|^- /m);
    expect(text.replace(/\s+/g, ' ')).toContain('Aino Virtanen is a machine learning engineer from Tampere, Finland, who studied membership inference at Tampere University.');
    const lines = page.text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
    expect(lines).toContain('Background');
    expect(lines).toContain('• RQ1: can privacy be verified by others?');
    expect(lines).toContain('• RQ2: how robust are the audits?');
  });

  it('draws every piece with ink where pdf.js finds it, the bullets in the margin of a hanging indent', () => {
    for (const str of ['machine learning engineer', 'Tampere', 'membership inference', 'RQ1:', 'verified']) {
      const item = page.items.find((i) => i.str.includes(str));
      expect(item, str).toBeDefined();
      expect(page.ink(item!.box), str).toBeGreaterThan(0.05);
    }
    const bullet = page.items.find((i) => i.str.trim() === '•')!;
    const rq1 = page.items.find((i) => i.str.startsWith('RQ1'))!;
    const body = page.items.find((i) => i.str.startsWith('Aino'))!;
    expect(bullet.box[0]).toBeLessThanOrEqual(body.box[0] + 2);
    expect(rq1.box[0]).toBeGreaterThan(bullet.box[2]);
  });

  it('makes the link clickable, over its words, to its address', () => {
    const links = pdf.pages[1]!.links.filter((l) => l.url);
    expect(links.map((l) => l.url)).toEqual(['https://www.tuni.fi/en', 'mailto:aino@examples.fi']);
    const words = pdf.pages[1]!.items.find((i) => i.str === 'Tampere University')!;
    const [x1, y1, x2, y2] = links[0]!.rect as [number, number, number, number];
    const baseline = pdf.pages[1]!.height - words.y;
    expect(x1).toBeCloseTo(words.x, 0);
    expect(x2 - x1).toBeGreaterThan(80);
    expect(y1).toBeLessThan(baseline);
    expect(y2).toBeGreaterThan(baseline);
  });

  it('embeds the bold, italic and bold italic faces of DejaVu Sans', async () => {
    expect((await pageFonts(bytes, 1)).sort()).toEqual(['APKTBI+DejaVuSans-BoldOblique', 'APKTRB+DejaVuSans-Bold', 'APKTRG+DejaVuSans', 'APKTRI+DejaVuSans-Oblique']);
    const italic = page.items.find((i) => i.str === 'Tampere')!;
    expect(page.ink(italic.box)).toBeGreaterThan(0.05);
  });

  it('counts the words as read', async () => {
    const r = await cli(['report', join(workspace({ 'profile.yaml': PROFILE, 'manifest.yaml': `profile: profile.yaml\napplicant: { name: Aino Virtanen }\nitems:\n  bio:\n    text: |\n${BIO.split('\n').map((l) => `      ${l}`).join('\n')}\n` }), 'manifest.yaml'), '--today', '2025-11-01']);
    expect(r.stdout).toMatch(new RegExp(`Short bio\\s+text \\(${READ_WORDS.length} words\\)`));
    expect(stdout).toMatch(/Built .*: 2 pages/);
  });
});

describe('plain and Markdown texts together', () => {
  it('a plain text uses the regular face only; italic is loaded when a text has some', async () => {
    const { bytes } = await build('  bio: { text: "Aino Virtanen is a machine learning engineer from Tampere, Finland, with two years of practice." }\n');
    expect((await pageFonts(bytes, 1)).sort()).toEqual(['APKTRB+DejaVuSans-Bold', 'APKTRG+DejaVuSans']);
  });

  it('Arabic and Chinese inside bold and italic spans are drawn in their own fonts, upright, and read back as written', async () => {
    const { bytes } = await build(
      `  bio: { text: "Wang Fang (**王芳**) studies *机器学习* and **تعلم الآلة** with colleagues in Beijing and Cairo, on *privacy*." }\n`,
    );
    const fonts = await pageFonts(bytes, 1);
    expect(fonts).toEqual(expect.arrayContaining(['APKTSC+NotoSansSC', 'APKTAB+NotoSansArabic-Bold', 'APKTRI+DejaVuSans-Oblique']));
    const rendered = await renderPage(bytes, 2, { name: 'markdown-scripts' });
    const text = rendered.text.replace(/\u2060/g, '').replace(/\s+/g, ' ');
    expect(text).toContain('王芳');
    expect(text).toContain('机器学习');
    expect(text).toContain('تعلم الآلة');
    for (const str of ['王芳', '机器学习']) expect(rendered.ink(rendered.items.find((i) => i.str.includes(str))!.box), str).toBeGreaterThan(0.05);
  });

  it('Hebrew in an italic span stays upright (it has no italic tradition)', async () => {
    const { bytes } = await build('  bio: { text: "A bio with the Hebrew words *שלום עולם* set in emphasis, and nothing else in it slanted at all." }\n');
    expect(await pageFonts(bytes, 1)).not.toContain('APKTRI+DejaVuSans-Oblique');
    const rendered = await renderPage(bytes, 2, { name: 'markdown-hebrew' });
    expect(rendered.text).toContain('שלום עולם');
  });
});

describe('a library caller with DejaVu regular and bold only', () => {
  it('gets emphasis drawn upright in those faces, nothing missing, no crash', async () => {
    const markdown = (await loadMarkdown())!;
    const text = 'Aino Virtanen is a *machine learning* engineer from ***Tampere***, Finland, with two years of practice.';
    const plan = makePlan([section('bio', 'Short bio', [{ kind: 'text', title: 'Short bio', text, doc: readText(text, markdown) }])], { fonts });
    const result = await assemble(plan);
    expect(result.diagnostics).toEqual([]);
    const fontNames = await pageFonts(result.bytes, 1);
    expect(fontNames.sort()).toEqual(['APKTRB+DejaVuSans-Bold', 'APKTRG+DejaVuSans']);
    expect((await readPdf(result.bytes)).pages[1]!.text.replace(/\s+/g, ' ')).toContain('machine learning engineer from Tampere');
  });
});

describe('a long Markdown text', () => {
  it('flows onto more pages, each under a continuation heading, every item with its number, nothing below the margin', async () => {
    const markdown = (await loadMarkdown())!;
    const text = ['## Publications', '', ...Array.from({ length: 70 }, (_, i) => `${i + 1}. **Author ${i + 1}** and others. *A study of item ${i + 1}*, Journal of Examples, 2024.`)].join('\n');
    const plan = makePlan([section('pubs', 'Publication list', [{ kind: 'text', title: 'Publication list', text, doc: readText(text, markdown) }])]);
    const result = await assemble(plan);
    const pdf = await readPdf(result.bytes);
    expect(pdf.pageCount).toBe(3);
    const pages = pdf.pages.slice(1);
    for (const page of pages.slice(1)) expect(page.text.startsWith('Publication list (continued)')).toBe(true);
    const all = pages.map((p) => p.text).join(' ').replace(/\s+/g, ' ');
    for (let i = 1; i <= 70; i++) expect(all).toContain(`${i}. Author ${i} and others. A study of item ${i}`);
    for (const page of pages) for (const item of page.items.filter((t) => t.str.trim() !== '' && !t.str.includes('page'))) expect(item.y).toBeLessThan(page.height - 72 + 1);
  });
});

describe('wrapRich', () => {
  const measure = (t: string): number => [...t].length * 10;
  const clean = (t: string): string => t;
  const texts = (lines: { text: string }[][]): string[] => lines.map((l) => l.map((p) => p.text).join(''));

  it('wraps styled words at spaces, keeps a word whole across a change of style, and breaks at line breaks', () => {
    const inlines: Inline[] = [
      { text: 'one ', emphasis: 'regular' },
      { text: 'bold', emphasis: 'bold' },
      { text: 'ly three four', emphasis: 'regular' },
      { break: true },
      { text: 'five', emphasis: 'italic' },
    ];
    const lines = wrapRich(inlines, measure, clean, 110);
    expect(texts(lines)).toEqual(['one boldly', 'three four', 'five']);
    expect(lines[0]!.map((p) => p.font)).toEqual(['regular', 'bold', 'regular']);
  });

  it('cuts a word wider than the line between characters, keeping its link', () => {
    const lines = wrapRich([{ text: 'https://examples.fi/long', emphasis: 'regular', href: 'https://examples.fi/long' }], measure, clean, 100);
    expect(texts(lines)).toEqual(['https://ex', 'amples.fi/', 'long']);
    expect(lines.every((l) => l.every((p) => p.href === 'https://examples.fi/long'))).toBe(true);
  });
});
