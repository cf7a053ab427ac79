/**
 * Importer audit round 19 (notes/audit-import-2026-12-07a.md), findings 8 and 10: what a dissertation plan must contain
 * read as documents, a hyphenated page range, and smaller slips. Each as a short posting in the audit's words and in a
 * second wording or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (body: string, title = 'Position') => importPosting(`${title}\n\n${body}`, { today: '2026-12-07' });
const kinds = (r: ReturnType<typeof read>) => r.profile.items.map((i) => i.kind);
const item = (r: ReturnType<typeof read>, kind: string) => r.profile.items.find((i) => i.kind === kind);

const UU =
  'Usually, the application consists of the following parts:\n\n  1. Completed application form for admission to third-cycle studies.\n  2. A CV.\n  3. A five-to-ten-page plan for the dissertation. The plan is an important part of the application. The following aspects should be included:\n  • Title\n  • Aim of the study\n  • Methodology\n  • List of references\n\nApplications should be submitted electronically.';

describe('what a plan must contain is that plan\'s notes, not documents (audit #8)', () => {
  it('folds the bullets under "The following aspects should be included:" into the plan (before: an item each, and "List of references" as two referees)', () => {
    const r = read(UU, 'PhD position in Educational Sciences');
    expect(kinds(r)).toEqual(['other', 'cv', 'research_plan']);
    expect(item(r, 'research_plan')?.notes).toEqual(['The following aspects should be included: Title; Aim of the study; Methodology; List of references']);
    expect(r.profile.items.some((i) => i.title === 'Title' || i.title === 'Methodology')).toBe(false);
  });

  it('folds the points under a line of its own, "The plan should address:", and never reads "List of references" there as referees', () => {
    const r = read('Please submit:\n- A CV\n- A research plan (5-10 pages)\n\nThe plan should address:\n- Aim of the study\n- Methodology\n- List of references');
    expect(kinds(r)).toEqual(['cv', 'research_plan']);
    expect(item(r, 'research_plan')?.notes).toEqual(['The plan should address: Aim of the study; Methodology; List of references']);
  });

  it('reads Swedish "Planen ska innehålla följande delar:" the same way', () => {
    const r = read('Ansökan ska innehålla:\n- CV\n- Forskningsplan (högst 5 sidor)\n\nPlanen ska innehålla följande delar:\n- Syfte\n- Metod\n- Referenslista', 'Doktorand i pedagogik');
    expect(kinds(r)).toEqual(['cv', 'research_plan']);
    expect(item(r, 'research_plan')?.notes).toEqual(['Planen ska innehålla följande delar: Syfte; Metod; Referenslista']);
  });

  it('gives no referees for the points after "The proposal should include the following:" in prose', () => {
    const r = read('Please submit a CV and a research proposal. The proposal should include the following:\n- Title\n- Research questions\n- List of references');
    expect(kinds(r)).toEqual(['cv', 'research_plan']);
  });

  it('marks a range written with hyphens, "A five-to-ten-page plan", as a range (before: capped at 10, unmarked)', () => {
    const r = read(UU, 'PhD position in Educational Sciences');
    expect(item(r, 'research_plan')).toMatchObject({ max_pages: 10, review: true });
    expect(r.review.find((n) => n.path === `items[${kinds(r).indexOf('research_plan')}].max_pages`)?.reason).toBe('the posting gives a range ("five-to-ten-page"); its upper bound is taken as the limit');
    const two = read('Please send a CV and a research proposal of three-to-five pages.');
    expect(item(two, 'research_plan')).toMatchObject({ max_pages: 5, review: true });
  });
});
