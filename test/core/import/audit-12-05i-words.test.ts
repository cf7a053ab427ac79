// Audit-import 12-05i #3, in part: documents named in a requirement sentence by words the kind tables lacked were
// dropped without a word ("Motivationsbrief", "un énoncé des intérêts de recherche").
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const kinds = (text: string) => importPosting(`Position\n\n${text}\n`).profile.items.map((i) => [i.kind, i.stage, i.max_pages]);

describe('document words the kind tables lacked', () => {
  it('reads Swiss and Austrian "Motivationsbrief" as the motivation letter (before: dropped, no pointer)', () => {
    expect(kinds('Man bewirbt sich mit den üblichen Bewerbungsunterlagen (Motivationsbrief, Lebenslauf, Referenzen).')[0]).toEqual(['motivation_letter', 'required', undefined]);
    expect(kinds('Bitte senden Sie uns Ihre Motivationsbriefe und einen Lebenslauf.')[0]?.[0]).toBe('motivation_letter');
  });

  it('reads French "un énoncé des intérêts de recherche (maximum 3 pages)" inside a list as the research statement (before: dropped, no pointer)', () => {
    expect(
      kinds('Le dossier de candidature doit comprendre une lettre de présentation, un curriculum vitae détaillé, un énoncé des intérêts de recherche (maximum 3 pages) et une copie du diplôme de doctorat.'),
    ).toContainEqual(['research_statement', 'required', 3]);
    expect(kinds('Le dossier doit comprendre un CV et une présentation de vos intérêts en recherche.').map((k) => k[0])).toContain('research_statement');
  });
});
