/**
 * Finding 1 of the importer audit of 2026-12-07e (round 21): entries of a list of documents that ended early and
 * vanished: an outline's dotted sub-numbers ("3.2. ..."), entries after lettered points under an entry, an entry of a
 * guessed list that names no known document. Written in words of the same family, not the audit postings' own.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(`probe\n\n${text}\n`, { today: '2026-12-07' });
const titles = (text: string) => read(text).profile.items.map((i) => `${i.kind}: ${i.title}${i.condition ? ` (if ${i.condition})` : ''}`);

describe('an outline with dotted sub-numbers (audit21 #1, fpu)', () => {
  const outline = [
    'CONVOCATORIA DE AYUDAS',
    '1. Plazos.',
    '2. Cómo se presenta la solicitud.',
    '3. Documentación que todos los candidatos deben presentar con la solicitud.',
    '3.1. Expediente académico.',
    '3.2. Título universitario.',
    '3.3. Certificado de nota media.',
    '3.4. Currículum vitae del candidato.',
    '3.5. Currículum del tutor.',
    '4. Documentación según corresponda.',
    '4.1. Pasaporte para candidatos extranjeros.',
    '4.2. Certificado de discapacidad.',
    '5. Preguntas frecuentes.',
  ].join('\n');

  it('each sub-entry is an item, those of "as applicable" conditional (before: two items, the other five entries dropped unseen)', () => {
    expect(titles(outline)).toEqual([
      'transcript: Expediente académico',
      'diplomas: Título universitario',
      'other: Certificado de nota media',
      'cv: Currículum vitae del candidato',
      'other: Currículum del tutor',
      'other: Pasaporte para candidatos extranjeros (if para candidatos extranjeros)',
      'other: Certificado de discapacidad (if según corresponda)',
    ]);
  });

  it('a date at a line start ("1.10. Deadline") is no sub-entry', () => {
    expect(titles('Please send a CV and a cover letter.\n\n1.10. Bewerbungsschluss für alle Stellen.')).toEqual(['cv: CV', 'cover_letter: Cover letter']);
  });
});

describe('a numbered list that goes on after lettered points (audit21 #1, ku-hum)', () => {
  const list = [
    'Materials an applicant for the lectureship sends',
    '',
    ' 1. Curriculum vitae.',
    ' 2. A publication list.',
    ' 3. A research plan (max 2 pages).',
    ' 4. An account of the applicant’s teaching qualifications:',
    '',
    '  a. design of courses,',
    '  b. supervision of students.',
    ' 5. An account of the applicant’s outreach.',
    ' 6. An account of the applicant’s leadership experience.',
  ].join('\n');

  it('the entries after the points are items (before: the list ended at entry 4, entries 5 and 6 dropped unseen)', () => {
    const got = titles(list);
    expect(got.slice(-2)).toEqual(["other: An account of the applicant's outreach", "other: An account of the applicant's leadership experience"]);
    expect(got).toHaveLength(6);
  });

  it('an entry after them that names no known document is kept, as a marked item or a pointer (before: dropped)', () => {
    const r = read(`${list}\n 7. Der kan højst vedlægges 4 værker, heraf mindst 2 fra de seneste 3 år.`);
    const kept = [...r.profile.items.filter((i) => i.review).map((i) => i.title), ...r.unlisted.map((u) => u.name)];
    expect(kept.some((t) => /værker/u.test(t))).toBe(true);
  });
});

describe('a posting cut off in the middle of its list (audit21 #2)', () => {
  const cutNote = (text: string) => read(text).review.filter((n) => n.path === 'items' && /cut off/u.test(n.reason)).map((n) => n.reason);

  it('says the list may be incomplete and where (before: a calm summary of the items read)', () => {
    expect(cutNote('Please send the following:\n\n- CV\n- Cover letter\n- Two letters of\n[...]')).toEqual([
      'the posting is cut off after the list entry "- Two letters of": the list of documents may be incomplete; check the full posting for more',
    ]);
    expect(cutNote('Please send a CV and a cover letter.\n\nThe checklist of documents to be uploaded for the applic\n[...]')).toEqual([
      'the posting is cut off after "…of documents to be uploaded for the applic": the list of documents may be incomplete; check the full posting for more',
    ]);
    expect(cutNote('Applications must include:\n\n- CV\n- Cover letter\n- A copy of the')).toHaveLength(1);
    expect(cutNote('Applications must include:\n\n- CV\n- A diploma (or a certificate from the')).toHaveLength(1);
  });

  it('says nothing of a whole posting', () => {
    expect(cutNote('Please send the following:\n\n- CV\n- Cover letter\n\nWe look forward to your application.')).toEqual([]);
    expect(cutNote('Applications must include:\n\n- CV\n- Cover letter')).toEqual([]);
  });
});
