/**
 * Every supported script end to end: a packet whose applicant, text item, item title and referee are written in
 * it is built with `packet build`, its pages are rendered to PNG (pdf.js + @napi-rs/canvas) to see real glyphs
 * where the text is, and pdf.js's extracted text is compared with what the manifest says.
 *
 * Text is compared after normalizing both sides: NFC, runs of white space as one space, and U+2060 (the word
 * joiner that the glyphs standing for no character of their own extract as; pdf.js skips it) removed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { degrees, PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../../src/core/assemble/index.js';
import { breakPieces } from '../../../src/core/assemble/layout.js';
import { faceChain, hanStyle, scriptClass } from '../../../src/core/assemble/scripts.js';
import { Typesetter } from '../../../src/core/assemble/typeset.js';
import { loadFonts } from '../../../src/io/files.js';
import { loadShapingEngine } from '../../../src/io/shaping.js';
import { readPdf } from '../../helpers/read-pdf.js';
import { renderPage, type RenderedPage } from '../../helpers/render-page.js';
import { cli, workspace } from '../../helpers/workspace.js';
import { makePlan, pdfPart, section } from './fixtures.js';

const EPOCH = { SOURCE_DATE_EPOCH: '1762000000' };

const normalize = (s: string): string => s.normalize('NFC').replace(/\u2060/g, '').replace(/\s+/g, ' ').trim();
const lines = (text: string): string[] => text.split('\n').map(normalize).filter((l) => l !== '');

function profile(itemTitle: string): string {
  return `id: scripts-test
title: Doctoral Researcher in Machine Learning
organization: Test University
deadline: 2026-11-14
submission: { format: single-pdf }
items:
  - { id: statement, kind: research_statement, title: ${JSON.stringify(itemTitle)}, accepts: [text] }
  - { id: references, kind: references, title: Referees, accepts: [referee] }
  - { id: thesis, kind: thesis, title: Thesis, stage: optional, accepts: [link] }
`;
}

interface Case {
  script: string;
  /** Letters of the script, to find its text on a page. */
  letters: RegExp;
  name: string;
  title: string;
  text: string;
  referee: string;
  affiliation: string;
}

function manifest(c: Case, thesis?: { title: string; note: string }): string {
  const q = JSON.stringify;
  return `profile: profile.yaml
applicant: { name: ${q(c.name)}, email: applicant@examples.fi }
items:
  statement: { text: ${q(c.text)} }
  references:
    - { name: ${q(c.referee)}, email: r.person@examples.fi, affiliation: ${q(c.affiliation)} }
${thesis ? `  thesis: { link: "https://examples.fi/thesis", title: ${q(thesis.title)}, note: ${q(thesis.note)} }\n` : ''}`;
}

/** Build the packet of `c` with the CLI (and a link page when `thesis` is given); its bytes. */
async function build(c: Case, thesis?: { title: string; note: string }): Promise<Uint8Array> {
  const dir = workspace({ 'profile.yaml': profile(c.title), 'manifest.yaml': manifest(c, thesis) });
  const out = join(dir, 'packet.pdf');
  const r = await cli(['build', join(dir, 'manifest.yaml'), '--today', '2025-11-01', '-o', out], { env: EPOCH });
  expect(r.stderr + r.stdout).toMatch(thesis ? /Built .*: 4 pages/ : /Built .*: 3 pages/);
  expect(r.code).toBe(0);
  return new Uint8Array(readFileSync(out));
}

/** The least share of dark pixels in the box of any of the page's items that hold letters of the script in `line`. */
function inkOf(page: RenderedPage, letters: RegExp, line: string): number {
  const items = page.items.filter((i) => letters.test(i.str) && line.includes(normalize(i.str)));
  expect(items.length, `no item of "${line}" on the page`).toBeGreaterThan(0);
  return Math.min(...items.map((i) => page.ink(i.box)));
}

const CASES: Case[] = [
  {
    script: 'Arabic',
    letters: /\p{Script=Arabic}/u,
    name: 'محمد عبد الله',
    title: 'بيان البحث',
    text: 'أدرس التعلم الآلي الموثوق في جامعة القاهرة منذ عام 2019.',
    referee: 'فاطمة الزهراء',
    affiliation: 'جامعة الملك سعود',
  },
  {
    script: 'Hebrew',
    letters: /\p{Script=Hebrew}/u,
    name: 'דוד לוי',
    title: 'הצהרת מחקר',
    text: 'אני חוקר למידת מכונה אמינה באוניברסיטה העברית.',
    referee: 'שרה כהן',
    affiliation: 'מכון ויצמן למדע',
  },
  {
    script: 'Chinese (simplified)',
    letters: /\p{Script=Han}/u,
    name: '王芳',
    title: '研究计划',
    text: '我在复旦大学研究可信的机器学习。',
    referee: '李明',
    affiliation: '清华大学计算机系',
  },
  {
    script: 'Chinese (traditional)',
    letters: /\p{Script=Han}/u,
    name: '陳志明',
    title: '研究計劃',
    text: '我在國立臺灣大學研究可信賴的機器學習。',
    referee: '林美玲',
    affiliation: '中央研究院資訊科學研究所',
  },
  {
    script: 'Japanese',
    letters: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
    name: '山田花子',
    title: '研究計画書',
    text: '私は東京大学で信頼できる機械学習を研究しています。',
    referee: '佐藤健太',
    affiliation: '京都大学情報学研究科',
  },
  {
    script: 'Korean',
    letters: /\p{Script=Hangul}/u,
    name: '김민준',
    title: '연구 계획서',
    text: '저는 서울대학교에서 신뢰할 수 있는 기계 학습을 연구합니다.',
    referee: '이서연',
    affiliation: '카이스트 전산학부',
  },
];

describe('scripts: a packet written in each supported script', () => {
  for (const c of CASES) {
    it(`${c.script}: name, title, text and referee typeset, rendered with glyphs, extracted as written`, async () => {
      const bytes = await build(c);
      const name = c.script.replace(/\W+/g, '-').toLowerCase();
      const [cover, body, referees] = await Promise.all([1, 2, 3].map((n) => renderPage(bytes, n, { name })));
      if (!cover || !body || !referees) throw new Error('pages missing');

      // Extracted text, line by line, equals the input.
      expect(lines(cover.text)).toContain(c.name);
      expect(lines(cover.text)).toContain(`${c.name} · Cover · page 1 of 3`);
      expect(lines(body.text).slice(0, 2)).toEqual([c.title, c.text]);
      expect(lines(body.text)).toContain(`${c.name} · ${c.title} · page 2 of 3`);
      expect(lines(referees.text)).toEqual(expect.arrayContaining([c.referee, c.affiliation, `${c.name} · Referees · page 3 of 3`]));

      // Real glyphs where pdf.js reads the text: 3% or more of each text box is ink (blank boxes have none).
      expect(inkOf(cover, c.letters, c.name)).toBeGreaterThan(0.03);
      expect(inkOf(body, c.letters, c.text)).toBeGreaterThan(0.03);
      expect(inkOf(referees, c.letters, c.affiliation)).toBeGreaterThan(0.03);

      // Bookmarks and document information carry the script too (UTF-16 strings).
      const pdf = await readPdf(bytes, { text: false });
      expect(pdf.outline.map((o) => o.title)).toEqual([c.title, 'Referees']);
      expect(pdf.metadata.author).toBe(c.name);
      expect(pdf.metadata.title).toBe(`Application: Doctoral Researcher in Machine Learning — ${c.name}`);
    });
  }

  it('right-to-left text items are set right to left and right-aligned', async () => {
    const c = CASES[0] as Case;
    const bytes = await build(c);
    const body = await renderPage(bytes, 2, { name: 'arabic-align' });
    // The title and the paragraph end at the right margin (64 pt, at scale 2) and start well right of the left one.
    for (const line of [c.title, c.text]) {
      const items = body.items.filter((i) => /\p{Script=Arabic}/u.test(i.str) && line.includes(normalize(i.str)));
      expect(Math.max(...items.map((i) => i.box[2]))).toBeGreaterThan(body.width - 64 * 2 - 4);
      expect(Math.min(...items.map((i) => i.box[0]))).toBeGreaterThan(64 * 2 + 20);
    }
    // The stamp of an English packet stays centred.
    const stamp = body.items.find((i) => normalize(i.str).startsWith('·'));
    expect(stamp?.box[0]).toBeGreaterThan(body.width / 2 - 20);
  });
});

describe('scripts: a CJK and an Arabic name in one packet', () => {
  it('draws both on the cover, the referees page and every stamp, and stays small', async () => {
    const c: Case = { ...(CASES[2] as Case), referee: 'محمد عبد الله', affiliation: 'جامعة القاهرة', text: 'Trustworthy machine learning.' };
    const bytes = await build(c);
    const referees = await renderPage(bytes, 3, { name: 'cjk-arabic' });
    expect(lines(referees.text)).toEqual(expect.arrayContaining(['محمد عبد الله', 'جامعة القاهرة', '王芳 · Referees · page 3 of 3']));
    expect(inkOf(referees, /\p{Script=Arabic}/u, 'محمد عبد الله')).toBeGreaterThan(0.03);
    expect(inkOf(referees, /\p{Script=Han}/u, '王芳 · Referees · page 3 of 3')).toBeGreaterThan(0.03);

    // A link page titled and annotated in Japanese and Arabic.
    const thesis = { title: '修士論文：信頼できる機械学習', note: 'الأطروحة متاحة على الإنترنت.' };
    const linked = await renderPage(await build(c, thesis), 4, { name: 'cjk-arabic-link' });
    expect(lines(linked.text).slice(0, 3)).toEqual([thesis.title, thesis.note, 'This item is online at:']);
    expect(inkOf(linked, /\p{Script=Arabic}/u, thesis.note)).toBeGreaterThan(0.03);

    // The same packet with Latin names: the CJK and Arabic subsets cost a few kilobytes, not megabytes.
    const latin = await build({ ...c, name: 'Wang Fang', title: 'Research plan', referee: 'Mohamed Abdallah', affiliation: 'Cairo University' });
    expect(bytes.length - latin.length).toBeLessThan(40_000);
  });
});

describe('scripts: stamps on turned pages', () => {
  it('sets a Chinese and Arabic name upright on pages turned a quarter, half and three quarters', async () => {
    const input = await PDFDocument.create();
    for (const angle of [90, 180, 270]) input.addPage([595, 842]).setRotation(degrees(angle));
    const bytes = await input.save();
    const name = '王芳 محمد';
    const plan = makePlan([section('cv', 'CV', [pdfPart('CV', 'cv.pdf', bytes)])], { applicant: { name }, fonts: await loadFonts() });
    const result = await assemble(plan);
    expect(result.diagnostics).toEqual([]);
    const pdf = await readPdf(result.bytes);
    for (const n of [2, 3, 4]) {
      const page = pdf.pages[n - 1];
      expect(normalize(page?.text ?? '')).toBe(`${name} · CV · page ${n} of 4`);
      // Upright for the reader, at the visual bottom of the turned page (the viewer's y grows downwards).
      expect(page?.items.every((i) => i.upright)).toBe(true);
      expect(Math.min(...(page?.items ?? []).map((i) => i.y))).toBeGreaterThan((page?.height ?? 0) - 16);
    }
  });
});

describe('scripts: choosing fonts', () => {
  it('classes characters by script; spaces, digits and punctuation are neutral', () => {
    expect(['王', 'あ', 'ア', '한', 'م', 'ש', 'A', ' ', '1', '。'].map((ch) => scriptClass(ch.codePointAt(0) ?? 0))).toEqual([
      'han', 'kana', 'kana', 'hangul', 'arabic', 'hebrew', 'other', 'neutral', 'neutral', 'neutral',
    ]);
  });

  it('draws Han in Japanese forms when the packet has kana, Korean ones when it has Hangul', () => {
    expect(hanStyle(['王芳', '机器学习'])).toBe('zh');
    expect(hanStyle(['山田花子', '機械学習を研究しています'])).toBe('ja');
    expect(hanStyle(['김민준', '金敏俊'])).toBe('ko');
    expect(faceChain('han', 'regular', 'ja').slice(0, 3)).toEqual(['jp', 'sc', 'kr']);
    expect(faceChain('arabic', 'bold', 'zh')).toEqual(['arabic-bold', 'bold', 'hebrew-bold', 'sc', 'jp', 'kr']);
  });

  it('refuses only characters no shipped font has', async () => {
    const setter = new Typesetter(await loadFonts(), { han: 'zh' });
    expect(setter.missing('Wang 王 محمد דוד 김 あ 🎓 नम')).toEqual(['🎓', 'न', 'म']);
    expect(setter.clean('王\t🎓', 'regular')).toEqual({ text: '王 ?', missing: ['🎓'] });
  });

  it('keeps Latin lines on the simple path and measures them as before', async () => {
    const fonts = await loadFonts();
    const setter = new Typesetter(fonts, { han: 'zh' });
    expect(setter.isSimple('Åsa Ødegård · CV · page 1 of 3', 'regular')).toBe(true);
    expect(setter.isSimple('王芳 · CV', 'regular')).toBe(false);
    expect(setter.isSimple('محمد', 'regular')).toBe(false);
    // A CJK character is one em wide: 12 points at size 12.
    expect(setter.measure('王芳', 'bold', 12)).toBeCloseTo(24, 5);
  });

  it('orders a mixed line with the bidi algorithm and shapes Arabic into joined forms', async () => {
    const setter = new Typesetter(await loadFonts(), { han: 'zh', engine: await loadShapingEngine() });
    const line = setter.line('CV: محمد', 'regular');
    // Latin first (left), then the Arabic run, whose glyphs are in visual order: the last letter leftmost.
    expect(line.runs.map((r) => r.face)).toEqual(['regular', 'arabic']);
    const arabic = line.runs[1];
    expect(arabic?.glyphs.map((g) => g.text)).toEqual(['د', 'م', 'ح', 'م']);
    // Joined forms: the two mīm glyphs differ (initial and medial), which unshaped text would not do.
    expect(arabic?.glyphs[1]?.id).not.toBe(arabic?.glyphs[3]?.id);
    expect(setter.direction('שלום world')).toBe('rtl');
    expect(setter.direction('world שלום')).toBe('ltr');
  });

  it('breaks Chinese and Japanese between characters, not before closing punctuation', () => {
    expect(breakPieces('研究。AI')).toEqual(['研', '究。', 'AI']);
    expect(breakPieces('「機械」')).toEqual(['「機', '械」']);
    expect(breakPieces('membership')).toEqual(['membership']);
  });
});
