/**
 * Importer audit round 12 (notes/audit-import-2026-12-06h.md), findings 3, 2 and 7: documents others send named in an
 * "except" clause, a condition at the start of a bulleted entry, a list of selected publications. Each as a short
 * posting in the audit's words and in a second wording or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const FRAME = 'Job title: Lecturer in Physics\nEmployer: University of Example\nReference: EX-2027-1\n\n';
const read = (body: string) => importPosting(`${FRAME}${body}`, { today: '2026-12-06' });
const item = (body: string, title: RegExp) => read(body).profile.items.find((i) => title.test(i.title));
const reason = (body: string, title: RegExp, field: string) => {
  const r = read(body);
  const at = r.profile.items.findIndex((i) => title.test(i.title));
  return r.review.find((n) => n.path === `items[${at}].${field}`)?.reason;
};

describe('documents others send, named in an "except" clause (audit #3)', () => {
  const UL =
    'Applications must be supported by an academic reference from a referee who is familiar with your work and an external assessor report.\n\nApplications and required supporting documentation (with the exception of a softcopy Reference and External Assessor Report) must be submitted through the e-recruitment system by the closing date.\n';

  it('marks the external assessor report as sent by someone else, as the reference (before: required, unmarked)', () => {
    expect(item(UL, /assessor/i)?.review).toBe(true);
    expect(reason(UL, /assessor/i, 'sent_by')).toContain('out of what you submit ("a softcopy Reference and External Assessor Report")');
  });

  it('in other words: "All documents (except the reference and the external assessor report) must be uploaded by the applicant"', () => {
    const text = 'Applications must be supported by an academic reference and an external assessor report. All documents (except the reference and the external assessor report) must be uploaded by the applicant.\n';
    expect(item(text, /assessor/i)?.review).toBe(true);
    expect(reason(text, /assessor/i, 'sent_by')).toContain('someone else most likely sends it');
  });

  it('leaves a document kept out of a format rule unmarked ("all files except the CV must be submitted in one PDF")', () => {
    const text = 'Please send a CV and a research statement. All files except the CV must be submitted in one PDF.\n';
    expect(item(text, /^CV$/)?.review).toBeUndefined();
  });
});

describe('a list of selected publications (audit #7)', () => {
  const kindOf = (body: string, title: RegExp) => item(body, title)?.kind;

  it('reads "Förteckning över utvalda publikationer" as a publication list (before: writing_sample "Utvalda publikationer")', () => {
    expect(kindOf('Ansökan ska innehålla:\n\n• A) CV\n• B) Personligt brev\n• C) Förteckning över utvalda publikationer\n', /publikationer/i)).toBe('publication_list');
  });

  it('in English and German: "a list of selected publications", "ein Verzeichnis der wichtigsten Veröffentlichungen"', () => {
    expect(kindOf('Please send a CV and a list of selected publications.\n', /publications/i)).toBe('publication_list');
    expect(kindOf('Bitte senden Sie einen Lebenslauf und ein Verzeichnis der wichtigsten Veröffentlichungen.\n', /veröffentlichungen/i)).toBe('publication_list');
  });

  it('still reads the selected publications themselves as a writing sample', () => {
    expect(kindOf('Please send a CV and three selected publications.\n', /publications/i)).toBe('writing_sample');
  });
});

describe('a condition at the start of a bulleted entry (audit #2)', () => {
  const UNICATT =
    'Alla domanda vanno allegati i seguenti documenti:\n\n• un curriculum vitae;\n• per i laureati, autocertificazione della laurea magistrale con votazione finale;\n• per i laureandi, elenco degli esami sostenuti;\n• un progetto di ricerca. In assenza della controfirma è necessario allegare una lettera di presentazione rilasciata da docenti universitari;\n';
  const conditions = (body: string) => read(body).profile.items.map((i) => [i.kind, i.condition]);

  it('keeps "per i laureati," and "per i laureandi," as conditions (before: required, no condition)', () => {
    expect(conditions(UNICATT)).toEqual(
      expect.arrayContaining([
        ['transcript', 'per i laureandi'],
        ['references', 'In assenza della controfirma'],
      ]),
    );
    expect(conditions(UNICATT).find(([, c]) => c === 'per i laureati')).toBeDefined();
  });

  it('reads "una lettera di presentazione rilasciata da docenti" as a reference letter (before: cover_letter)', () => {
    expect(item(UNICATT, /presentazione/i)?.kind).toBe('references');
    expect(item('Alla domanda vanno allegati: un curriculum vitae; una lettera di presentazione.\n', /presentazione/i)?.kind).toBe('cover_letter');
  });

  it('in English and French bullets: "for graduates, ...", "pour les diplômés, ..."', () => {
    expect(conditions('Please submit the following documents:\n\n- a CV;\n- for graduates, a copy of the degree certificate;\n- a cover letter.\n')).toContainEqual(['diplomas', 'for graduates']);
    expect(conditions('Le dossier comprend :\n\n- un CV ;\n- pour les étudiants en dernière année, un relevé de notes ;\n- une lettre de motivation.\n')).toContainEqual(['transcript', 'pour les étudiants en dernière année']);
  });

  it('gives no condition to a list that opens with "For consideration, please submit"', () => {
    expect(conditions('For consideration, please submit a CV and a cover letter.\n').every(([, c]) => c === undefined)).toBe(true);
  });
});
