/**
 * Limits, counts and deadlines the black-box audit of 2026-12-05 (round 2) found read wrong
 * (notes/audit-import-2026-12-05b.md, findings 3, 9 and 11), each as a short posting in the audit's words or in words
 * of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';
import { parseProfile } from '../../../src/core/parse/profile.js';

const FRAME = 'Position: Postdoctoral Researcher\nEmployer: Institute of Example\n\n';
const read = (body: string) => importPosting(`${FRAME}${body}`, { today: '2026-12-05' });
const item = (body: string, kind: string) => read(body).profile.items.find((i) => i.kind === kind);

describe("a limit on a part of a document is not the document's (audit #3)", () => {
  it('keeps the abstract\'s characters off the proposal', () => {
    const plan = item('Please send a single PDF containing a CV (PDF file) and a research proposal (PDF file) of no more than 6 pages; the abstract must not exceed 500 characters.', 'research_plan');
    expect(plan?.max_pages).toBe(6);
    expect(plan?.max_chars).toBeUndefined();
  });

  it('keeps "of which the abstract ..." words off the proposal', () => {
    const plan = item('Applications must include a CV (PDF file) and a research proposal (max. 3 pages, of which the abstract must not exceed 200 words) (PDF file).', 'research_plan');
    expect(plan?.max_pages).toBe(3);
    expect(plan?.max_words).toBeUndefined();
  });

  it('still reads the limit of an abstract asked for as its own document', () => {
    const r = read('Applications must include:\n- a CV\n- abstract of the master\'s thesis (max 1 page)');
    expect(r.profile.items.some((i) => i.max_pages === 1)).toBe(true);
  });
});

describe('counts an imported profile can hold, and the count a table states (audit #11)', () => {
  it('keeps "at least three references" and "up to two additional letters" apart, and the profile valid', () => {
    const r = read('Applicants should submit a cover letter, curriculum vitae and a list of at least three references. Applicants may also submit up to two additional letters of recommendation.');
    const refs = r.profile.items.filter((i) => i.kind === 'references');
    expect(refs[0]).toMatchObject({ min: 3, stage: 'required' });
    expect(refs[0]?.max).toBeUndefined();
    expect(refs[1]).toMatchObject({ max: 2, stage: 'optional' });
    expect(parseProfile(r.yaml, 'imported.yaml').diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('never writes min above max, even when two sentences give counts that do not fit', () => {
    const r = read('Please send a CV and a list of at least three references. Applicants may also send up to two letters of recommendation.');
    const refs = r.profile.items.find((i) => i.kind === 'references');
    expect(refs).toMatchObject({ min: 3, review: true });
    expect(refs?.max).toBeUndefined();
    expect(r.review.some((n) => n.path.endsWith('.max') && /another count/.test(n.reason))).toBe(true);
    expect(parseProfile(r.yaml, 'imported.yaml').diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reads "3 required" in the next cell of a table as three letters, not a count guessed from a plural', () => {
    const r = read('<table><tr><th>Document</th><th>Notes</th></tr><tr><td>CV</td><td>Required</td></tr><tr><td>Letters of reference</td><td>3 required, submitted by referees</td></tr></table>');
    const refs = r.profile.items.find((i) => i.kind === 'references');
    expect(refs).toMatchObject({ min: 3, max: 3 });
    expect(r.review.some((n) => /inferred from a plural/.test(n.reason))).toBe(false);
  });
});

describe('deadline times and the advice about them (audit #11)', () => {
  it('reads "até às 17h00 (hora de Lisboa)" after the date as the deadline\'s time and zone', () => {
    const r = read('Documentos: curriculum vitae.\n\nPrazo de candidatura: de 4 a 22 de janeiro de 2027, até às 17h00 (hora de Lisboa).');
    expect(r.profile.deadline).toBe('2027-01-22 17:00 Europe/Lisbon');
    expect(r.review.some((n) => n.path === 'deadline' && /23:59/.test(n.reason))).toBe(false);
  });

  it('never proposes 23:59 when the deadline sentence gives another time it could not read', () => {
    const r = read('Please send a CV.\n\nDeadline: by 17h00, hora de Lisboa, on 22 January 2027.');
    for (const n of r.review.filter((x) => x.path === 'deadline')) expect(n.reason).not.toMatch(/23:59/);
  });
});

describe('the date a degree is due is no deadline (audit #11)', () => {
  it('takes the closing date, not "conseguiranno il titolo entro il 31 ottobre 2027"', () => {
    const r = read(
      'I candidati devono caricare il curriculum vitae.\n\nI candidati che conseguiranno il titolo entro il 31 ottobre 2027 devono allegare un\'autocertificazione degli esami sostenuti.\n\nLa domanda deve essere presentata entro e non oltre le ore 12:00 (ora italiana) del 10 febbraio 2027.',
    );
    expect(r.profile.deadline).toBe('2027-02-10 12:00 Europe/Rome');
  });

  it('does the same for "candidates who will complete their PhD by ..."', () => {
    const r = read('Please send a CV. Candidates who will complete their PhD by 30 September 2027 must attach a letter from their supervisor. The closing date is 15 March 2027.');
    expect(r.profile.deadline).toBe('2027-03-15');
  });
});

describe('limits written in Chinese, Korean, Czech and Polish (audit #9)', () => {
  it('reads "不超过 3000 字" as 3000 characters and "A4 3매 이내" as three pages', () => {
    expect(item('申请材料：\n1. 个人简历；\n2. 博士后研究计划（不超过 3000 字）。', 'research_plan')?.max_chars).toBe(3000);
    expect(item('1. 모집분야: 반도체 설계\n2. 제출서류\n  가. 지원서 1부 (소정양식)\n  나. 연구계획서 1부 (A4 3매 이내)\n3. 접수방법: 이메일 접수', 'research_plan')?.max_pages).toBe(3);
  });

  it('reads "max. 1 strana A4" and "maksymalnie 2 strony" as page caps', () => {
    expect(item('Přihláška musí obsahovat:\n• motivační dopis (max. 1 strana A4),\n• strukturovaný životopis.', 'motivation_letter')?.max_pages).toBe(1);
    expect(item('Wymagane dokumenty:\n- list motywacyjny (maksymalnie 2 strony),\n- CV.', 'motivation_letter')?.max_pages).toBe(2);
  });

  it('takes no size for a number that only stands before a Korean or Chinese word, without a cap', () => {
    const r = read('제출서류\n  가. 이력서 1부\n  나. 개인정보 제3자 제공 동의서 1부');
    expect(r.profile.items.every((i) => i.max_chars === undefined && i.max_pages === undefined)).toBe(true);
  });
});

describe('what a Chinese entry says its document contains is no item of its own (audit #9)', () => {
  it('keeps "个人简历（含发表论文清单）" one CV, with no publication list beside it', () => {
    const r = read('申请材料（请合并为一个 PDF 文件）：\n1. 个人简历（含发表论文清单）（PDF 文件）；\n2. 博士后研究计划（PDF 文件）。');
    expect(r.profile.items.map((i) => i.kind)).toEqual(['cv', 'research_plan']);
  });

  it('does the same in a sentence: "请提交个人简历（包括发表论文清单）和研究计划"', () => {
    const r = read('请提交个人简历（包括发表论文清单）和博士后研究计划。');
    expect(r.profile.items.map((i) => i.kind)).not.toContain('publication_list');
  });
});

describe('a count of letters no word states is a default, never "Nothing was guessed" (audit-import 12-05b, rechecked)', () => {
  const posting = (line: string) =>
    `Position: Doktorand (m/w/d)\nEmployer: Universität Beispiel\n\nBitte senden Sie folgende Unterlagen (PDF):\n- Anschreiben (PDF)\n- Lebenslauf (PDF)\n\n${line}\n\nBewerbungsschluss: 1. März 2027, 23:59 Uhr MEZ.\n`;

  it('"Referenzschreiben sind für die erste Auswahlrunde nicht erforderlich": min 1 is listed among the defaults', () => {
    const r = importPosting(posting('Referenzschreiben sind für die erste Auswahlrunde nicht erforderlich.'), { today: '2026-12-05' });
    const refs = r.profile.items.findIndex((i) => i.kind === 'references');
    expect(r.profile.items[refs]).toMatchObject({ stage: 'later', min: 1 });
    expect(r.defaults).toContainEqual({ path: `items[${refs}].min`, reason: 'the posting gives no number of letters or referees; at least 1 by default' });
  });

  it('"ein Empfehlungsschreiben", "one letter", "letter(s)": the count is the posting\'s, no default', () => {
    for (const line of ['Bitte legen Sie ein Empfehlungsschreiben bei.', 'Please also send one letter of recommendation.', 'Please also send recommendation letter(s).']) {
      const r = importPosting(posting(line), { today: '2026-12-05' });
      expect(r.profile.items.find((i) => i.kind === 'references')?.min, line).toBe(1);
      expect(r.defaults.filter((d) => d.path.endsWith('.min')), line).toEqual([]);
    }
  });
});
