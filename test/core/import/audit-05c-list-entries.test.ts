/**
 * Entries of a list of documents the black-box audit of 2026-12-05 (round 3) found dropped, misread or invented
 * (audit-import 12-05c, findings 4 and 9), each as a short posting in the audit's words or in words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const FRAME = 'Position: Postdoctoral Researcher\nEmployer: Institute of Example\n\n';
const read = (body: string) => importPosting(`${FRAME}${body}`, { today: '2026-12-05' });
/** Every item's kind and title, and every pointer's name: what the user is told about. */
const told = (body: string) => {
  const r = read(body);
  return { items: r.profile.items, names: [...r.profile.items.map((i) => i.title), ...r.unlisted.map((u) => u.name)].join(' / ') };
};

describe('a table of documents written with bars: one entry per row (audit #4)', () => {
  const TABLE = [
    '表1 博士后进站需提交的材料清单',
    '序号 | 材料名称 | 负责部门 | ||',
    '博管办 | 流动站 | 学院 | ||',
    '1 | 博士后申请表(一式三份) | √ | | |',
    '2 | 两位专家推荐信(其中一位专家为本人的博士导师,一式三份) | √ | | |',
    '3 | 博士后研究人员进站审核表(一式三份) | √ | | |',
    '4 | 博士后科研流动站设站单位学术部门考核意见表(一式三份) | √ | | |',
    '5 | 身份证复印件(外籍人员须提交护照、港澳台人员地区身份证复印件,一式三份) | √ | | |',
  ].join('\n');

  it('gives each row of the table, and no header row, an item of its own', () => {
    const { items, names } = told(TABLE);
    for (const row of ['博士后申请表', '进站审核表', '考核意见表', '身份证复印件']) expect(names).toContain(row);
    expect(names).not.toContain('博管办');
    expect(items.find((i) => i.kind === 'references')).toMatchObject({ min: 2, max: 2 });
  });

  it('never gives a row the condition of another row, and no row number in a title', () => {
    const { items } = told(TABLE);
    const form = items.find((i) => i.title === '博士后申请表');
    expect(form?.condition).toBeUndefined();
    expect(items.find((i) => i.title.startsWith('身份证复印件'))?.condition).toMatch(/^外籍人员/u);
    expect(items.every((i) => !/^\d+ \|/u.test(i.title))).toBe(true);
  });

  it('reads an English table with numbered rows the same way', () => {
    const { items } = told('Applications must include the following documents:\n\nNo. | Document | Notes\n1 | Curriculum vitae | max. 2 pages\n2 | Research proposal | max. 5 pages\n3 | Two letters of reference | sent by the referees');
    expect(items.map((i) => i.kind)).toEqual(['cv', 'research_plan', 'references']);
  });
});
