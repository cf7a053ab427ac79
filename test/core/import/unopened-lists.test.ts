import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const kinds = (text: string): string[] => importPosting(text).profile.items.map((i) => `${i.kind}/${i.stage}`);
const titles = (text: string): string[] => importPosting(text).profile.items.map((i) => i.title);

describe('lists of documents the importer did not see as such (fold 10, read after its first scoring)', () => {
  it('reads a list numbered with circled digits in one paragraph, one item per number (before: four items, the first ones lost)', () => {
    const text =
      'Scholarship for 2027\n\nApplicants must submit the following documents. ① Application Form ○ ○ Use the 2027 form. (See Note 4.) ② Field of Study and Research Plan ○ ○ Use the 2027 form. ③ Academic transcript ○ ○ Issued by the university. ④ Medical certificate ○ ○ Use the certificate form.';
    expect(kinds(text)).toEqual(['other/required', 'research_plan/required', 'transcript/required', 'other/required']);
    expect(titles(text)[3]).toMatch(/^Medical certificate/u);
  });

  it('reads "Required elements of the dossier are: ..." as what to send (before: three items, each marked as only mentioned)', () => {
    const text =
      'Tenure-track position in philosophy\n\nRequired elements of the dossier are: cover letter, CV, teaching statement, research statement, three letters of reference, and writing sample.';
    const r = importPosting(text);
    expect(r.profile.items.map((i) => i.kind)).toEqual(['cover_letter', 'cv', 'teaching_statement', 'research_statement', 'references', 'writing_sample']);
    expect(r.profile.items.find((i) => i.kind === 'cv')?.review).toBeUndefined();
  });

  // Entries as long as a statute's: the rule for short unintroduced runs of document names does not read them.
  const czech = [
    '1. Žádost uchazeče o zahájení řízení ke jmenování profesorem adresovaná děkanovi fakulty s uvedením oboru a směru. 1x',
    '2. Originály doporučujících dopisů od dvou zahraničních profesorů téhož nebo příbuzného oboru. Vhodné je doložit i doporučení děkana. 1x',
    '3. Doklady o dosaženém vzdělání (kopie diplomu o absolvování vysoké školy a dalších diplomů). Uchazeč předloží ověřené kopie. 1x',
    '4. Souhrnná tabulka - autoevaluační dotazník uchazeče. 4x',
    '5. Strukturovaný životopis. 4x',
    '6. Návrh tří témat veřejné přednášky.',
  ];

  it('reads a numbered list naming three kinds of document under a heading it does not know, each item for review (before: one stand-in item)', () => {
    const r = importPosting(`Požadavky\n\n${czech.join('\n')}`);
    expect(r.profile.items.map((i) => i.kind)).toEqual(['other', 'references', 'diplomas', 'other', 'cv', 'other']);
    expect(r.profile.items.every((i) => i.review === true)).toBe(true);
    expect(r.review.filter((x) => x.path === 'items[4]').map((x) => x.reason)).toEqual([
      'read from a list whose entries name documents (references, diplomas, cv), though no words before it say it is what to send: check that the posting asks for this document, and delete the item if not',
    ]);
  });

  it('leaves such a list alone when it names fewer than three kinds, or when the posting asks for documents in words', () => {
    expect(kinds(`Požadavky\n\n${czech.filter((e) => !e.startsWith('2.')).join('\n')}`)).toEqual(['other/required']);
    expect(kinds(`Please send a cover letter.\n\nPožadavky\n\n${czech.join('\n')}`)).toEqual(['cover_letter/required']);
  });

  it('reads the bullets of a symbol font as a PDF gives them ("u Solicitud ...") as list entries (before: no item but the stand-in)', () => {
    const text = [
      'Requisitos para la inscripción en el Doctorado',
      'La solicitud de inscripción deberá estar acompañada por la siguiente documentación:',
      'u Solicitud de Inscripción, dirigida al Sr. Decano de la Facultad.',
      'u Copia autenticada de títulos de grado universitarios.',
      'u Curriculum Vitae del postulante firmado (no más de 5 páginas).',
      'u Constancia de aprobación del examen de inglés.',
    ].join('\n');
    const items = importPosting(text).profile.items;
    expect(items.map((i) => i.kind)).toEqual(['other', 'diplomas', 'cv', 'other']);
    expect(items.find((i) => i.kind === 'cv')?.max_pages).toBe(5);
  });
});

describe('documents named in words the importer did not read (fold 10, read after its first scoring)', () => {
  it('reads a name an aside cuts in two: "a short description (max 1 A4) of your teaching interests" (before: other)', () => {
    const items = importPosting(
      'Interested candidates are invited to submit a complete application including:\n• a letter of motivation\n• a short description (max 1 A4) of your teaching interests\n• a short description (max 1 A4) of your scientific field of interest',
    ).profile.items;
    expect(items.map((i) => `${i.kind} ${i.max_pages ?? '-'}`)).toEqual(['motivation_letter -', 'teaching_statement 1', 'research_statement 1']);
  });

  it('reads "two reference forms", "a list of courses taken" and "an equity statement" (before: no item)', () => {
    const items = importPosting('Applicants must provide the following:\n- Resume\n- A list of courses taken\n- Two reference forms (at least one academic)\n- An equity statement').profile.items;
    expect(items.map((i) => `${i.kind} ${i.min ?? '-'}`)).toEqual(['cv -', 'transcript -', 'references 2', 'diversity_statement -']);
  });

  it('reads a "teaching folio" and "a paragraph stating your motivations" (before: other, and no item)', () => {
    expect(kinds('Please send: a CV; a teaching folio; a paragraph stating your motivations and goals for participating in the program.')).toEqual([
      'cv/required',
      'teaching_statement/required',
      'motivation_letter/required',
    ]);
  });

  it('reads Spanish "plan de trabajo de tesis" as one research plan and "certificado analítico" as a transcript (before: a plan and a thesis; no transcript)', () => {
    const items = importPosting(
      'La solicitud deberá estar acompañada por la siguiente documentación: tema y plan de trabajo de tesis (no más de 10 páginas); currículum vitae; certificado analítico del plan de estudios completo.',
    ).profile.items;
    expect(items.map((i) => `${i.kind} ${i.max_pages ?? '-'}`)).toEqual(['research_plan 10', 'cv -', 'transcript -']);
  });
});

describe("a later sentence of an entry that gives the entry's case (fold 10, read after its first scoring)", () => {
  it('reads "Submit if ..." and "Required only if ..." after the document as its condition (before: required of everyone)', () => {
    const items = importPosting(
      'Please submit the following documents:\n- CV\n- Abstract of your thesis. Submit if you have written a thesis.\n- Recommendation letter from your employer. Required only if you are currently employed.\n- Transcript of records',
    ).profile.items;
    expect(items.map((i) => `${i.kind}: ${i.condition ?? '-'}`)).toEqual([
      'cv: -',
      'thesis: if you have written a thesis',
      'references: only if you are currently employed',
      'transcript: -',
    ]);
  });
});
