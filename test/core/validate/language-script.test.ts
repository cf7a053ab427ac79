/**
 * A letter or plan in a script the posting's language is not written in (audit 25 F1): a Chinese or Japanese
 * motivation letter under an English posting was "Ready to submit" with no `text.language`, and the packet declared
 * it English (`/Lang (en)`), while the same letter in Russian or Polish was said; the check counted small words split
 * at spaces, which Chinese and Japanese do not write.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { embedTrueTypeSubset } from '../../../src/core/assemble/embedder.js';
import { checkManifest } from '../../../src/app/check.js';
import { formatDiagnostic } from '../../../src/core/report/diagnostic-line.js';
import { cli, workspace } from '../../helpers/workspace.js';
import { ENGLISH, POLISH } from '../../helpers/letters.js';

// The letters of the audit's manifests (about 200 characters each, a paragraph said twice).
const ZH_PARAGRAPH = '玛丽亚·施密特是海德堡大学机器学习专业的博士后候选人，她研究分布偏移下的鲁棒学习和模型审计方法。她曾在多个国际会议上发表论文并获得最佳论文奖提名。她希望在贵所继续开展可信机器学习研究工作并指导学生。';
const JA_PARAGRAPH = 'マリア・シュミットはハイデルベルク大学で機械学習を専攻する博士研究員候補です。分布シフト下での頑健な学習とモデル監査の方法を研究しています。複数の国際会議で論文を発表し、最優秀論文賞の候補になりました。貴研究所で信頼できる機械学習の研究を続け、学生を指導したいと考えています。';
const CHINESE = ZH_PARAGRAPH + ZH_PARAGRAPH;
const JAPANESE = JA_PARAGRAPH + JA_PARAGRAPH;
const RUSSIAN = 'Уважаемые члены комиссии, я с большим удовольствием подаю заявку на должность постдока в области машинного обучения. Моя диссертация была посвящена устойчивости моделей к сдвигу распределения данных. У меня есть опыт вероятностного моделирования и проведения крупных экспериментов. Я хотела бы продолжить исследования в вашем институте и работать со студентами и аспирантами. С уважением, Мария Шмидт';
/** An English letter naming a Chinese teacher and quoting a few Chinese terms. */
const ENGLISH_QUOTING = `${ENGLISH} During a visit to Tsinghua University I worked with Prof. 王小明 on 联邦学习 (federated learning) and 差分隐私 (differential privacy), and I would like to continue that collaboration.`;

const PROFILE = (language: string) => `id: lang-posting
title: Postdoc in Machine Learning
deadline: 2027-11-14
language: ${language}
items:
  - { id: motivation_letter, kind: motivation_letter, title: Motivation letter, accepts: [text, file] }
  - { id: research_plan, kind: research_plan, title: Research plan, accepts: [file] }
`;
const manifest = (letter: string, language?: string) => `${language ? `language: ${language}\n` : ''}profile: ./profile.yaml
applicant: { name: Maria Schmidt, email: maria.schmidt@uni-heidelberg.de }
output: out/packet.pdf
items:
  motivation_letter:
    text: ${JSON.stringify(letter)}
  research_plan: plan.pdf
`;

const NOTO_SC = readFileSync(join(import.meta.dirname, '..', '..', '..', 'vendor', 'fonts', 'NotoSansSC_400Regular.ttf'));

/** A one-page PDF of `text` in Noto Sans SC (Chinese and Japanese alike), 30 characters or 8 words a line. */
async function planPdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = embedTrueTypeSubset(doc, NOTO_SC, 'NotoSansSC');
  const words = text.includes(' ') ? text.split(' ') : [...text];
  const per = text.includes(' ') ? 8 : 30;
  const lines = Array.from({ length: Math.ceil(words.length / per) }, (_, i) => words.slice(i * per, (i + 1) * per).join(text.includes(' ') ? ' ' : ''));
  const page = doc.addPage([595.28, 841.89]);
  lines.forEach((line, i) => page.drawText(line, { x: 60, y: 780 - i * 18, size: 11, font }));
  return doc.save({ useObjectStreams: false });
}

async function run(letter: string, plan: string, language = 'en', own?: string) {
  const dir = workspace({ 'profile.yaml': PROFILE(language), 'manifest.yaml': manifest(letter, own), 'plan.pdf': await planPdf(plan) });
  const check = await checkManifest(join(dir, 'manifest.yaml'), { today: '2027-10-01' });
  const said = check.diagnostics.filter((d) => d.code.endsWith('.language')).map((d) => formatDiagnostic(d).replace(check.manifestFile, 'manifest.yaml'));
  return { dir, said };
}

async function built(dir: string): Promise<string> {
  const b = await cli(['build', join(dir, 'manifest.yaml'), '--today', '2027-10-01', '--quiet']);
  expect(b.code, b.stdout + b.stderr).toBe(0);
  return readFileSync(join(dir, 'out', 'packet.pdf')).toString('latin1');
}

const LETTER_IN = (found: string, expected = 'English', line = 6) => `manifest.yaml:${line}:11 warning text.language  The text of Motivation letter is in ${found}, but the posting's language is ${expected}.  hint: Give the ${expected} version of the text; if the posting accepts ${found} too, leave it as it is.`;
const LETTER_NOT = (expected: string) => `manifest.yaml:6:11 warning text.language  The text of Motivation letter does not read as ${expected}, the posting's language: almost none of its common words are in it.  hint: Give the ${expected} version of the text; if the posting accepts the language it is in too, leave it as it is.`;
const PLAN_IN = (found: string, line = 7) => `manifest.yaml:${line}:18 warning file.language  plan.pdf, given as Research plan, is in ${found}, but the posting's language is English.  hint: Give the English version of the document; if the posting accepts ${found} too, leave it as it is.`;

describe('a letter in Chinese or Japanese under an English posting (audit 25 F1)', () => {
  it('is said as the Russian one is, naming the language (before: "Ready to submit" with no warning)', async () => {
    expect((await run(CHINESE, ENGLISH)).said).toEqual([LETTER_IN('Chinese')]);
    expect((await run(JAPANESE, ENGLISH)).said).toEqual([LETTER_IN('Japanese')]);
    expect((await run(RUSSIAN, ENGLISH)).said).toEqual([LETTER_NOT('English')]);
  });

  it('validate says it and is Ready with the warning to check; the packet declares no language (before: /Lang (en))', async () => {
    const { dir } = await run(CHINESE, ENGLISH);
    const v = await cli(['validate', join(dir, 'manifest.yaml'), '--today', '2027-10-01']);
    expect(v.stdout).toContain(LETTER_IN('Chinese').replace('manifest.yaml', join(dir, 'manifest.yaml')));
    expect(v.stdout.trim().split('\n').at(-1)).toBe('Ready to submit (check the warning: language in Motivation letter)');
    expect(v.code).toBe(0);
    expect(await built(dir)).not.toMatch(/\/Lang|dc:language/);
  });

  it('a research plan PDF in Chinese is said too, and the packet declares no language (before: silent, /Lang (en))', async () => {
    const { dir, said } = await run(ENGLISH, CHINESE);
    expect(said).toEqual([PLAN_IN('Chinese')]);
    expect(await built(dir)).not.toMatch(/\/Lang|dc:language/);
  });
});

describe('no false alarm from Chinese or Japanese characters (audit 25 F1)', () => {
  it('an English letter quoting a Chinese name and terms, and a letter in English and Chinese: no warning, /Lang (en)', async () => {
    const quoting = await run(ENGLISH_QUOTING, ENGLISH);
    expect(quoting.said).toEqual([]);
    expect(await built(quoting.dir)).toMatch(/\/Lang \(en\)/);
    const both = await run(`${ENGLISH}\n\n${ZH_PARAGRAPH}`, `${ENGLISH} ${ZH_PARAGRAPH}`);
    expect(both.said).toEqual([]);
    expect(await built(both.dir)).toMatch(/\/Lang \(en\)/);
  });

  it('a Chinese posting: a Chinese letter and plan, or one in Chinese and English, are not said; the applicant\'s `language: zh` is declared (before: the two-language letter was "in English")', async () => {
    expect((await run(CHINESE, CHINESE, 'zh')).said).toEqual([]);
    expect((await run(`${ENGLISH}\n\n${ZH_PARAGRAPH}`, CHINESE, 'zh')).said).toEqual([]);
    const { dir, said } = await run(CHINESE, CHINESE, 'zh', 'zh');
    expect(said).toEqual([]);
    expect(await built(dir)).toMatch(/\/Lang \(zh\)/);
  });

  it('a Japanese posting: a Japanese letter is not said; a Chinese one, without kana, is', async () => {
    expect((await run(JAPANESE, JAPANESE, 'ja')).said).toEqual([]);
    expect((await run(CHINESE, JAPANESE, 'ja')).said).toEqual([LETTER_IN('Chinese', 'Japanese')]);
  });
});

describe('the reverse: Latin letters under a posting in another script (audit 25 F1)', () => {
  it('a Polish letter under a Russian posting does not read as Russian (before: silent); a Russian one is not said', async () => {
    expect((await run(POLISH, RUSSIAN, 'ru')).said).toEqual([LETTER_NOT('Russian')]);
    expect((await run(RUSSIAN, RUSSIAN, 'ru')).said).toEqual([]);
  });
});
