/**
 * Importer audit round 14 findings 3 and 4 (notes/s14/task-imp25c.md): stages and conditions read wrong without a
 * mark (a language test list under "All non-native speakers must demonstrate ...", a sub-heading naming who receives
 * the copies, documents "you wish to" add, letters "they will submit"), and alternatives or parts of a CV made into
 * separate required items. Each as a short posting in the audit's words and in a second wording or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-06' });
const items = (text: string) => read(text).profile.items.map((i) => [i.kind, i.title, i.stage, i.condition, i.review === true]);

describe('a language test list under "All non-native speakers must demonstrate ..." is conditional', () => {
  it('the tests spelled out ("the International English Testing System (IELTS)", "The test of English as a Foreign Language (TOEFL)") are asked of non-native speakers only (before: one required certificate with no condition, from the exemption line)', () => {
    const text = [
      'Language requirements',
      '',
      'All non-native speakers must demonstrate their English proficiency with:',
      '',
      '  1. A test result in the International English Testing System (IELTS, 7 pt minimum) or',
      '  2. The test of English as a Foreign Language (TOEFL), internet based test 100pt minimum, with the following minimum section requirements:',
      '    Reading: 20, Listening: 20, Speaking: 20, Writing: 20',
      '  3. Students with a first or second degree with the English language as a medium of instruction do not have to submit a TOEFL or IELTS test report, but need a statement from their university that their education language was English.',
      '',
    ].join('\n');
    const got = read(text).profile.items.filter((i) => i.kind === 'language_certificate');
    expect(got.length).toBeGreaterThan(0);
    for (const i of got) expect([i.stage, i.condition]).toEqual(['required', 'non-native speakers']);
  });

  it('second wording: "All non-native speakers of English must provide one of the following: 1. The International English Language Testing System (IELTS) ... 2. The test of English as a Foreign Language (TOEFL)" (before: no document recognized)', () => {
    const text = [
      'English requirements',
      '',
      'All non-native speakers of English must provide one of the following:',
      '  1. The International English Language Testing System (IELTS), band 7 minimum, or',
      '  2. The test of English as a Foreign Language (TOEFL), 100 points minimum.',
      '',
    ].join('\n');
    const got = read(text).profile.items;
    expect(got.map((i) => [i.kind, i.condition])).toEqual([
      ['language_certificate', 'non-native speakers of English'],
      ['language_certificate', 'non-native speakers of English'],
    ]);
    // The second is said to be perhaps the first named again.
    expect(got[1]?.review).toBe(true);
  });
});

describe('a sub-heading naming who receives the copies is no condition', () => {
  it('French: "6° Pour les rapporteurs de la commission de spécialistes, deux enveloppes distinctes comportant chacune :" asks everyone for what follows (before: "Rapport de soutenance" conditional on "Pour les rapporteurs ...", unmarked)', () => {
    const text = [
      'Article 3',
      "Les candidats établissent un dossier destiné au chef de l'établissement. Ce dossier comporte :",
      '1° Une déclaration de candidature avec curriculum vitae ;',
      "2° Une copie d'une pièce d'identité avec photographie ;",
      '3° Pour les rapporteurs de la commission de spécialistes, deux enveloppes distinctes comportant chacune :',
      "- un exemplaire du curriculum vitae comportant une présentation analytique de leurs travaux et de leurs activités ;",
      '- les travaux, ouvrages, articles et réalisations mentionnés en annexe B ;',
      '- une copie du rapport de soutenance du diplôme produit.',
      '',
    ].join('\n');
    const got = read(text).profile.items;
    expect(got.find((i) => i.title.startsWith('Rapport de soutenance'))).toMatchObject({ stage: 'required' });
    expect(got.filter((i) => i.condition !== undefined)).toEqual([]);
  });

  it('German and English: "3. Für die Gutachter der Berufungskommission je ein Umschlag mit:", "3. For the members of the selection committee, two envelopes each containing:" name who gets the copies (before: the entries under them conditional on it)', () => {
    const de = ['Bewerbung', '', 'Der Bewerbung sind beizufügen:', '1. Lebenslauf;', '2. Forschungskonzept;', '3. Für die Gutachter der Berufungskommission je ein Umschlag mit:', '- einem Exemplar des Lebenslaufs;', '- dem Schriftenverzeichnis;', '- einer Kopie der Dissertation.', ''].join('\n');
    const en = ['Application', '', 'The application must include:', '1. A CV;', '2. A research statement;', '3. For the members of the selection committee, two envelopes each containing:', '- a copy of the CV;', '- a list of publications;', '- a copy of the thesis defence report.', ''].join('\n');
    for (const text of [de, en]) {
      const got = read(text).profile.items;
      expect(got.some((i) => i.kind === 'publication_list')).toBe(true);
      expect(got.filter((i) => i.condition !== undefined).map((i) => [i.title, i.condition])).toEqual([]);
    }
  });
});

describe('documents "you wish to" add are optional', () => {
  it('Swedish: "Övriga handlingar som du önskar åberopa" is optional (before: a required item)', () => {
    const text = ['Ansökan', '', 'Ansökan skall innehålla:', '  • CV', '  • Forskningsplan', '  • Övriga handlingar som du önskar åberopa (t.ex. andra vetenskapliga arbeten eller referenser)', ''].join('\n');
    expect(items(text).find((i) => i[1] === 'Övriga handlingar')).toEqual(['other', 'Övriga handlingar', 'optional', undefined, false]);
  });

  it('English: "Other documents that you wish to submit" is optional (before: required)', () => {
    const text = ['Application', '', 'The application must include:', '- CV', '- Research proposal', '- Other documents that you wish to submit', ''].join('\n');
    expect(items(text).map((i) => [i[0], i[2]])).toEqual([
      ['cv', 'required'],
      ['research_plan', 'required'],
      ['other', 'optional'],
    ]);
  });
});

describe('letters "they will submit" are sent by the referees', () => {
  it('"Talk to two people who can write you letters of recommendation ... If they agree, they will submit their letters through this our website." sets sent_by (before: none, so validate asked the applicant for the letters)', () => {
    const text = [
      'Preparing your application',
      '',
      '  • Collect transcripts from all undergraduate institutions you have attended.',
      '  • Talk to two people who can write you letters of recommendation. Share with them the information about this program, and ask them if they can write you a strong letter for your application. If they agree, they will submit their letters through this our website.',
      '',
    ].join('\n');
    const refs = read(text).profile.items.find((i) => i.kind === 'references');
    expect(refs?.sent_by).toBe('referees');
    expect(read(text).yaml).toContain('another sentence says the referees send the letters themselves: "If they agree, they will submit their letters through this our website."');
  });

  it('second wording: "if they accept, they will upload their letters through the application portal" (but not "their letters of motivation")', () => {
    const text = (what: string) => `Application\n\nSubmit a CV and two letters of recommendation. Contact two professors who know your work; if they accept, they will upload their ${what} through the application portal.\n`;
    expect(read(text('letters')).profile.items.find((i) => i.kind === 'references')?.sent_by).toBe('referees');
    expect(read(text('letters of motivation')).profile.items.find((i) => i.kind === 'references')?.sent_by).toBeUndefined();
  });
});

describe('alternatives are one item that accepts either, marked', () => {
  it('Swedish: "Vidimerade kopior på intyg/examensbevis alternativt registerutdrag" is one item (before: diplomas and a transcript, both required, unmarked)', () => {
    const text = ['Ansökan', '', 'Ansökan skall innehålla:', '  • CV', '  • Vidimerade kopior på intyg/examensbevis alternativt registerutdrag som styrker behörigheten.', ''].join('\n');
    expect(items(text)).toEqual([
      ['cv', 'CV', 'required', undefined, false],
      ['diplomas', 'Examensbevis alternativt registerutdrag', 'required', undefined, true],
    ]);
    expect(read(text).yaml).toContain('# REVIEW: kind: the posting asks for one of two documents ("examensbevis alternativt registerutdrag"); one item stands for both');
  });

  it('Finnish: "tutkintotodistus tai opintorekisteriote sekä ..." in a comma list is one item: the list goes on with "sekä", so "tai" joins two alternatives (before: two items)', () => {
    const text = 'Hakemus\n\nHakemukseen liitetään tutkimussuunnitelma, cv, tutkintotodistus tai opintorekisteriote sekä kaksi suosituskirjettä.\n';
    const got = read(text).profile.items;
    expect(got.map((i) => i.kind)).toEqual(['research_plan', 'cv', 'diplomas', 'references']);
    expect(got[2]?.review).toBe(true);
  });

  it('English: "a CV, a cover letter, a degree certificate or a transcript of records, and two letters" is four items, the third either (before: five)', () => {
    const text = 'Application\n\nPlease send a CV, a cover letter, a degree certificate or a transcript of records, and two letters of recommendation.\n';
    expect(items(text)).toEqual([
      ['cv', 'CV', 'required', undefined, false],
      ['cover_letter', 'Cover letter', 'required', undefined, false],
      ['diplomas', 'Degree certificate or a transcript of records', 'required', undefined, true],
      ['references', 'Letters of recommendation', 'required', undefined, false],
    ]);
  });

  it('a comma list whose last "or" joins it as "and" would is still three items', () => {
    const text = 'Application\n\nPlease send a CV, a cover letter or a transcript of records.\n';
    expect(read(text).profile.items.map((i) => i.kind)).toEqual(['cv', 'cover_letter', 'transcript']);
  });
});

describe('what a CV is said to mention is part of the CV', () => {
  it('"a detailed CV mentioning the grades obtained and the list of publications, and a research project": the CV and a research project (before: a marked transcript, an unmarked publication list, and the project lost)', () => {
    const text = ['Postdoctoral Fellowship in Chemistry', 'Institute Q', '', 'The dossier will include a detailed CV mentioning the grades obtained and the list of publications, and a research project.', 'Deadline: 5 June 2027.', ''].join('\n');
    expect(items(text)).toEqual([
      ['cv', 'Detailed CV', 'required', undefined, false],
      ['research_plan', 'A research project', 'required', undefined, true],
    ]);
  });

  it('French: "un curriculum vitae détaillé mentionnant notamment les grades obtenus ..., la liste des publications ..." is one CV (before: CV, transcript and publication list)', () => {
    const text = [
      'Fondation Duesberg',
      '',
      'Le dossier de candidature comprendra :',
      '  • un curriculum vitae détaillé mentionnant notamment les grades obtenus durant les études antérieures, la liste des publications ou communications à des réunions scientifiques ;',
      '  • des lettres de recommandation.',
      '',
    ].join('\n');
    expect(read(text).profile.items.map((i) => [i.kind, i.title])).toEqual([
      ['cv', 'Curriculum vitae détaillé'],
      ['references', 'Lettres de recommandation'],
    ]);
  });
});
