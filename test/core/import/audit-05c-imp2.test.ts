/**
 * Dates, limits, positions and documents named inside others that the black-box audit of 2026-12-05 (round 3) found
 * read wrong (findings 2, 5, 6, 8 and 11), each as a short posting in the audit's words or in words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const FRAME = 'Position: Doctoral Researcher\nEmployer: Institute of Example\n\n';
const read = (body: string) => importPosting(`${FRAME}${body}`, { today: '2026-12-05' });
const item = (body: string, kind: string) => read(body).profile.items.find((i) => i.kind === kind);

describe("the limit of a part is never put on the whole document (audit #5)", () => {
  it('keeps a nested "abstract of at most 200 words" off the proposal', () => {
    const plan = item('The application must contain:\n1. A curriculum vitae.\n2. A research proposal (max. 4 pages), which should include:\n   a) an abstract of at most 200 words;\n   b) a timeline.\n3. Copies of degree certificates.', 'research_plan');
    expect(plan?.max_pages).toBe(4);
    expect(plan?.max_words).toBeUndefined();
  });

  it('keeps a nested German "Zusammenfassung" and a "Summary:" point off their document', () => {
    const de = item('Die Bewerbung muss enthalten:\n1. Lebenslauf.\n2. Ein Forschungsexposé (max. 5 Seiten), das Folgendes enthalten soll:\n   a) eine Zusammenfassung von höchstens 200 Wörtern;\n   b) einen Zeitplan.', 'research_plan');
    expect(de?.max_pages).toBe(5);
    expect(de?.max_words).toBeUndefined();
    const en = item('Your application should include:\n- A CV\n- A research proposal, which should include:\n  - Summary: max. 300 words\n  - Work plan', 'research_plan');
    expect(en?.max_words).toBeUndefined();
  });

  it('keeps "which should contain a summary (max. 300 words)" off the statement', () => {
    const st = item('Your application should include:\n- A CV\n- A research statement, which should contain a summary (max. 300 words) and a timeline.', 'research_statement');
    expect(st?.max_words).toBeUndefined();
  });

  it("still reads the document's own limit on a nested line", () => {
    const cl = item('Your application should include:\n- A CV\n- A cover letter:\n  - max. 1 page', 'cover_letter');
    expect(cl?.max_pages).toBe(1);
  });
});
