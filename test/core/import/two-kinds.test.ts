/**
 * Words that name either of two document kinds, each written for these tests as a short call of its own (not
 * copied from any posting): the item keeps one kind, and its review mark names both, so that a wrong kind is an
 * honest one and not a silent one.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

/** Each item as `kind`, with ` [both: ...]` when a review mark on its kind names two kinds. */
function read(text: string): string[] {
  const { profile, review } = importPosting(text, { today: '2026-01-01' });
  return profile.items.map((item, i) => {
    const mark = review.find((r) => r.path === `items[${i}].kind` && /^could be /.test(r.reason));
    return mark ? `${item.kind} [both: ${/^could be (.+?) \(|^could be (.+?):/.exec(mark.reason)?.slice(1).find(Boolean) ?? ''}]` : item.kind;
  });
}

describe('a cover letter or a motivation letter', () => {
  it('"letter of interest", "statement of interest", "reasons for applying" name either letter; "cover letter" and "motivation letter" name one', () => {
    expect(read('To apply, please send a letter of interest and a CV to the search committee.')).toEqual(['cover_letter [both: the cover letter or a motivation letter]', 'cv']);
    expect(read('Applicants should email a statement of interest, a CV and two references.')).toEqual(['cover_letter [both: the cover letter or a motivation letter]', 'cv', 'references']);
    expect(read('Applications must include a short text giving your reasons for applying, and a CV.')).toEqual([
      'motivation_letter [both: the cover letter or a motivation letter]',
      'cv',
    ]);
    expect(read('To apply, please send a cover letter and a CV.')).toEqual(['cover_letter', 'cv']);
    expect(read('To apply, please send a motivation letter and a CV.')).toEqual(['motivation_letter', 'cv']);
  });
});

describe('a research plan or a research statement', () => {
  it("a faculty post's research plan may be the research statement (English, German, Swedish); a doctoral post's is the plan", () => {
    const both = 'research_plan [both: the research plan or the research statement]';
    expect(read('Assistant Professor of Chemistry (tenure-track).\nApplicants should submit a CV, a research plan and a teaching statement.')).toEqual(['cv', both, 'teaching_statement']);
    expect(read('W2-Professur für Soziologie.\nBitte reichen Sie einen Lebenslauf und ein Forschungskonzept ein.')).toEqual(['cv', both]);
    expect(read('Universitetslektor i matematik.\nAnsökan ska innehålla CV och forskningsplan.')).toEqual(['cv', both]);
    expect(read('Doctoral student in chemistry.\nApplicants should submit a CV, a research plan and a transcript of records.')).toEqual(['cv', 'research_plan', 'transcript']);
  });

  it('a research plan asked to cover past or current research too may be the research statement, in any posting', () => {
    expect(read('Please upload:\n- CV\n- Research plan, describing your past and current research and your plans for the next five years')).toEqual([
      'cv',
      'research_plan [both: the research plan or the research statement]',
    ]);
    // The past research of another document named after the plan is not the plan's.
    expect(read('Please upload a research plan, a CV and a summary of previous research.')).toEqual(['research_plan', 'cv', 'research_statement']);
  });
});

describe('a document about another document', () => {
  it('the bibliography of the research plan is a document of its own, not a second research plan (English, German, Norwegian, Swedish)', () => {
    expect(read('Please submit a CV, a research proposal of at most 5 pages and a bibliography for the research proposal.')).toEqual(['cv', 'research_plan', 'other']);
    expect(read('Einzureichen sind:\n- Lebenslauf\n- Exposé (max. 10 Seiten)\n- Literaturverzeichnis zum Exposé')).toEqual(['cv', 'research_plan', 'other']);
    expect(read('Følgende må vedlegges:\n- CV\n- Prosjektbeskrivelse på maks 5 sider\n- Litteraturliste for prosjektbeskrivelsen')).toEqual(['cv', 'research_plan', 'other']);
    expect(read('Ansökan ska innehålla:\n- CV\n- Forskningsplan\n- Referenslista till forskningsplanen')).toEqual(['cv', 'research_plan', 'other']);
  });
});
