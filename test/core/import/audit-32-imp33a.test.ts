/**
 * Importer audit 12-06l (round 16) #1, #4, #6, #2: a wish to apply, "(at least) two", "each score as a single
 * document", a cap on a part inside the entry's parenthesis.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const imported = (text: string) => importPosting(text, { today: '2026-12-06' });
const profile = (text: string) => imported(text).profile;
/** `kind/stage`, for each item. */
const stages = (text: string) => profile(text).items.map((i) => `${i.kind}/${i.stage}`);

describe('a wish to apply in the sentence that opens the list (audit 12-06l #1)', () => {
  it('leaves the documents required (before: cover letter, CV and portfolio all optional, unmarked)', () => {
    const text = 'Associate Professor in Marine Biology\nIf you wish to apply for this position, your application must contain the following:\n  • A cover letter.\n  • An updated CV.\n  • A teaching portfolio.\nApplications must be received by 12 March 2027.';
    expect(stages(text)).toEqual(['cover_letter/required', 'cv/required', 'teaching_statement/required']);
  });

  it('in other wordings and languages: "would like to apply", "Si vous souhaitez postuler"', () => {
    expect(stages('Academic positions\nIf you would like to apply for an academic position at AAU, your application must include:\n  • An updated CV.\n  • A complete list of publications.')).toEqual(['cv/required', 'publication_list/required']);
    expect(stages('Poste de maître de conférences\nSi vous souhaitez postuler, merci d\'envoyer les pièces suivantes :\n  • un curriculum vitae ;\n  • une lettre de motivation.')).toEqual(['cv/required', 'motivation_letter/required']);
  });

  it('keeps a real choice or condition: "if you wish" about the document, an extra application for a scholarship', () => {
    expect(stages('Post\nIf you want to apply, please send:\n  • A CV.\n  • Writing samples, if you wish.')).toEqual(['cv/required', 'writing_sample/optional']);
    expect(stages('PhD position\nIf you wish to apply for the scholarship, please also submit the following:\n  • A budget.\n  • A letter of support.').every((s) => !s.endsWith('/required'))).toBe(true);
  });
});

describe('a count whose "at least" is in brackets (audit 12-06l #4)', () => {
  const counts = (text: string) => profile(text).items.filter((i) => i.kind === 'references').map((i) => [i.min, i.max]);

  it('is a minimum (before: "(at least) two letters" gave exactly two, unmarked)', () => {
    expect(counts('Master in European Politics - application\nYou must upload the following documents:\n- a motivation letter,\n- a CV,\n- (at least) two letters of recommendation.')).toEqual([[2, undefined]]);
  });

  it('in French and German: "(au moins) deux lettres", "(mindestens) zwei Gutachten"', () => {
    expect(counts('Master - candidature\nLe dossier comprend :\n- un CV ;\n- (au moins) deux lettres de recommandation.')).toEqual([[2, undefined]]);
    expect(counts('Promotionsstelle\nBitte senden Sie:\n- Lebenslauf\n- (mindestens) zwei Empfehlungsschreiben')).toEqual([[2, undefined]]);
  });
});

describe('one file said of each part (audit 12-06l #6)', () => {
  const sub = (text: string) => {
    const p = imported(text);
    return [p.profile.submission.format, p.review.some((r) => r.path === 'submission.format' && /one file for each part/.test(r.reason))];
  };

  it('is separate files, marked (before: "Each score should be sent as a single document" gave one PDF, unmarked)', () => {
    expect(sub('MMus Composition - portfolio\nPlease submit a portfolio of three works. Each score should be sent as a single document (please do not send each page of your score separately). Deadline: 2 October 2027.')).toEqual(['separate-files', true]);
  });

  it('in French and German: "Chaque annexe doit être envoyée en un seul fichier", "Jede Partitur muss als eine Datei eingereicht werden"', () => {
    expect(sub('Concours\nLe dossier comprend un CV et les annexes. Chaque annexe doit être envoyée en un seul fichier.')).toEqual(['separate-files', true]);
    expect(sub('Kompositionsstudium\nBitte senden Sie Lebenslauf und drei Partituren. Jede Partitur muss als eine Datei eingereicht werden.')).toEqual(['separate-files', true]);
  });

  it('still reads one PDF said of the application: "Each applicant should send the application as a single PDF"', () => {
    expect(sub('Postdoc\nPlease send a CV and a cover letter. Each applicant should send the application as a single PDF.')).toEqual(['single-pdf', false]);
  });
});

describe('a cap on what a document includes (audit 12-06l #2)', () => {
  const caps = (text: string) => {
    const p = imported(text);
    return p.profile.items.map((i, k) => [i.kind, i.max_pages, i.review === true && p.review.some((r) => r.path === `items[${k}]` && /caps what the document includes/.test(r.reason))]);
  };

  it('is not the item\'s cap, and is marked (before: "A CV (including at most 20 pages of appendices)" gave the CV max_pages 20, unmarked)', () => {
    const text = 'Senior Lecturer in Education\nThe application must contain:\n1. A teaching portfolio (including at most 10 supporting documents, no more than 20 pages in total)\n2. A CV (including at most 20 pages of appendices)\nClosing date: 15 September 2027.';
    expect(caps(text)).toEqual([['teaching_statement', undefined, true], ['cv', undefined, true]]);
  });

  it('in Swedish and German: "Meritförteckning (inklusive högst 20 sidor bilagor)", "Lebenslauf (einschließlich höchstens 10 Seiten Anlagen)"', () => {
    expect(caps('Lektor i pedagogik\nAnsökan ska innehålla:\n1. Meritförteckning (inklusive högst 20 sidor bilagor)\n2. Personligt brev').slice(0, 1)).toEqual([['cv', undefined, true]]);
    expect(caps('Professur\nDer Bewerbung sind beizufügen:\n- Lebenslauf (einschließlich höchstens 10 Seiten Anlagen)\n- Zeugnisse').slice(0, 1)).toEqual([['cv', undefined, true]]);
  });

  it('still caps the document when the parenthesis says no "including": "A CV (at most 3 pages)"', () => {
    expect(caps('Lecturer\nThe application must contain:\n1. A CV (at most 3 pages)\n2. A cover letter').slice(0, 1)).toEqual([['cv', 3, false]]);
  });
});
