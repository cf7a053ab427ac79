/**
 * Importer audit round 14 (notes/audit-import-2026-12-06j.md), findings 2 and 7: names outside the tables
 * (a budget, a foundation's forms, "aiehakemus", essays) and sentences about a document
 * read as documents of their own. Each as a short posting in the audit's words and in a second wording or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-06' });
const items = (text: string) => read(text).profile.items.map((i) => [i.kind, i.title, i.review === true]);

describe('names outside the tables are items (audit #2)', () => {
  it('reads "aiehakemus" as a marked plan and "kustannusarvio" as the budget (before: only the CV and the publication list)', () => {
    const text = ['Projektiapurahat 2027', '', 'Hakemuslomakkeeseen tulee liittää erillinen n. 5-sivuinen (A4) vapaamuotoinen aiehakemus, kustannusarvio sekä hakijan ansioluettelo ja julkaisuluettelo.'].join('\n');
    expect(items(text)).toEqual([
      ['research_plan', 'Aiehakemus', true],
      ['other', 'Kustannusarvio', false],
      ['cv', 'Ansioluettelo', false],
      ['publication_list', 'Julkaisuluettelo', false],
    ]);
  });

  it('reads a German "Kostenplan" beside a plan and a CV', () => {
    const text = ['Forschungsstipendium', '', 'Bitte senden Sie eine Projektskizze, einen Kostenplan und Ihren Lebenslauf.'].join('\n');
    expect(items(text).map(([k, t]) => [k, t])).toEqual([
      ['research_plan', 'Projektskizze'],
      ['other', 'Kostenplan'],
      ['cv', 'Lebenslauf'],
    ]);
  });

  it('reads the foundation\'s forms "Antrag" and "Bestätigung für ..." as marked items (before: the CV only)', () => {
    const text = ['Stipendium der Kunststiftung', '', 'Bitte senden Sie Antrag, Lebenslauf und die Bestätigung für die zugesandten Materialien an die Geschäftsstelle.'].join('\n');
    expect(items(text)).toEqual([
      ['other', 'Antrag', true],
      ['cv', 'Lebenslauf', false],
      ['other', 'Bestätigung für die zugesandten Materialien', true],
    ]);
  });

  it('reads "Une déclaration de candidature" as a form (before: only the CV named inside it)', () => {
    const text = ['Concours de recrutement', '', 'Le dossier comprend :', '1° Une déclaration de candidature avec curriculum vitae ;', '2° Une copie du diplôme.'].join('\n');
    expect(items(text).map(([k, t]) => [k, t])).toEqual([
      ['other', 'Déclaration de candidature avec curriculum vitae'],
      ['diplomas', 'Copie du diplôme'],
    ]);
  });

  it('reads "the four personal essays" as an item (before: nothing)', () => {
    const text = ['Summer research', '', 'Please submit your unofficial transcript and your responses to the four personal essays by email.'].join('\n');
    expect(items(text).map(([k, t]) => [k, t])).toEqual([
      ['transcript', 'Unofficial transcript'],
      ['other', 'Four personal essays'],
    ]);
  });
});

describe('a sentence about a document is no document of its own (audit #7)', () => {
  it('"Include your reasons for applying" after an essay\'s size is what to say in it (before: a motivation letter item)', () => {
    const text = [
      'Summer Institute',
      '',
      'How to apply:',
      '1. Application Essay. Please write 1-3 pages describing how your research project relates to the project of the institute. Include your reasons for applying for this specific project, your relevant personal and academic information, and what you hope to accomplish.',
      '2. A CV of no more than two pages.',
    ].join('\n');
    const r = read(text);
    expect(r.profile.items.map((i) => i.kind)).toEqual(['other', 'cv']);
    expect(r.unlisted).toEqual([]);
  });

  it('"Explain your reasons for applying" under an essay entry is no pointer either; "in a separate letter" still asks', () => {
    const text = ['Summer school', '', 'Application documents:', '1. Personal essay (max. 800 words). Write about your research. Explain your reasons for applying to the school.', '2. A CV'].join('\n');
    const r = read(text);
    expect(r.profile.items.map((i) => i.kind)).toEqual(['other', 'cv']);
    expect(r.unlisted).toEqual([]);
  });

  it('"marks belonging to the master degree" names the transcript\'s degree, not a diploma (before: a marked "Master degree" item)', () => {
    const text = ['PhD scholarship programme', '', 'Applications should include:', '  • A CV', '  • A list of marks or results belonging to the master degree', '  • A research proposal'].join('\n');
    expect(items(text).map(([k]) => k)).toEqual(['cv', 'transcript', 'research_plan']);
    const other = ['PhD', '', 'Applications should include:', '- A CV', "- A transcript of grades obtained during your bachelor's degree"].join('\n');
    expect(items(other).map(([k]) => k)).toEqual(['cv', 'transcript']);
  });
});
