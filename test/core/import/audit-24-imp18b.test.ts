/**
 * Findings 2, 5 and 6 of the black-box audit of 2026-12-06 (round 11, audit24): required documents worded as labels
 * or bare nouns (no item, no pointer), wrong kinds without a mark, the online form read as a document. Each as a
 * short posting in the audit's words, and a second wording or language of the same shape.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(`probe\n\n${text}\n`, { today: '2026-12-06' });
const kinds = (text: string) => read(text).profile.items.map((i) => i.kind);
/** The items' kinds and the pointers' kinds or names: where an applicant is told to look. */
const seen = (text: string) => {
  const r = read(text);
  return [...r.profile.items.map((i) => i.kind), ...r.unlisted.map((u) => (u.kind === 'other' ? u.name.toLowerCase() : u.kind))];
};

describe('documents worded as labels or bare nouns are items or pointers (audit24 #2)', () => {
  it('"- Personal record:" over a paragraph, before the list of certificates, is pointed at as the CV (before: neither)', () => {
    const text = [
      '1. Written form:',
      '- Cover letter:',
      'Always include a reference to the position you apply for in your covering letter. - Personal record:',
      'List all important data chronologically and include a bonded or scanned picture. - Certifications:',
      'As far as available, please attach copies (not necessarily certified) of:- Zeugnisse / Abitur',
      '- Diplom',
      '- Publication list:',
      'Include copies of abstracts of the most important publications (max. 10).',
    ].join('\n');
    expect(seen(text)).toContain('cv');
    // The same label as a heading line of its own.
    expect(seen('How to apply\n\nCover letter:\nTell us why you apply, in your covering letter.\n\nPersonal data sheet:\nList your education and jobs chronologically.\n')).toContain('cv');
  });

  it('"A strong and succinct motivation which tells us ..." under a CV\'s points is the motivation letter (before: neither)', () => {
    const text = [
      'The following documents are required:',
      '- A comprehensive CV and relevant qualifications which should include the following:',
      '- Reasons for leaving your current and previous jobs.',
      '- A strong and succinct motivation which tells us your interest in the post and suitability relative to the job requirements.',
      '- Academic qualifications, including transcripts.',
    ].join('\n');
    expect(seen(text)).toContain('motivation_letter');
    expect(kinds('Please send us your CV and a short motivation (max. 1 page).')).toEqual(['cv', 'motivation_letter']);
    // A quality of the applicant is no document.
    expect(seen('We seek a candidate with a strong motivation to work in a team. Please send your CV.')).toEqual(['cv']);
  });

  it('the second document after "e" / "and" in one sentence is its own item (before: lost, or in the first one\'s title)', () => {
    const it1 = read('Alla domanda, redatta su foglio protocollo, dovrà essere allegata la scheda in duplice copia e il programma di studio o di ricerca che si intende compiere.');
    expect([...it1.profile.items.map((i) => i.kind), ...it1.unlisted.map((u) => u.kind)]).toContain('research_plan');
    const fdcw = read('A complete application consists of a research proposal, a CV, a list of marks of both bachelor and master studies and two recent essays.');
    const transcript = fdcw.profile.items.find((i) => i.kind === 'transcript');
    expect(transcript?.title).not.toMatch(/essays/iu);
    expect([...fdcw.profile.items.map((i) => i.kind), ...fdcw.unlisted.map((u) => u.kind)]).toContain('writing_sample');
  });

  it('Spanish "documentación en relación con su titulación" is the degree; "síntesis curricular del tutor" the tutor\'s CV (before: neither)', () => {
    expect(seen('Los candidatos deberán aportar la documentación en relación con su titulación, C.V. y méritos, y memoria del proyecto.')).toContain('diplomas');
    const unam = read('Documentos:\n\n1. Formato de síntesis curricular del tutor debidamente llenado y requisitado.\n\n2. Copia legible del acta de nacimiento.');
    const names = [...unam.profile.items.map((i) => i.title), ...unam.unlisted.map((u) => u.name)].join(' | ');
    expect(names).toMatch(/síntesis curricular/iu);
    expect(unam.profile.items.map((i) => i.kind)).not.toContain('cv');
  });

  it('"Typed Image List or Video Summary." as a paragraph of its own is pointed at (before: neither)', () => {
    const text = [
      'Recent resume. Resumes should be no more than three pages.',
      '',
      'Artwork Samples. 10 jpeg images of your work.',
      '',
      'Typed Image List or Video Summary. List must include the image number, title, medium, dimensions, and created year.',
    ].join('\n');
    expect(seen(text).join(' | ')).toMatch(/image list/iu);
  });
});

describe('wrong kinds get the right kind or a mark (audit24 #5)', () => {
  it('"Work Samples:" that are images and video is a portfolio, not a writing sample (before: writing_sample, unmarked)', () => {
    const text = 'Work Samples: Applicants should upload the following:\n\nImages: 10 JPGS of artwork (5MB maximum per image).\n\nVideo: up to 5 minutes total of time-based work such as film, video and/or animation.';
    const r = read(text);
    expect(r.profile.items.map((i) => i.kind)).toContain('portfolio');
    expect(r.profile.items.map((i) => i.kind)).not.toContain('writing_sample');
    // Nor is its own name pointed at as a writing sample no item lists.
    expect(r.unlisted.map((u) => u.kind)).not.toContain('writing_sample');
    expect(kinds('Please upload work samples (images or video) and a resume.')).toContain('portfolio');
    // Written work samples stay writing samples.
    expect(kinds('Please upload two work samples (published articles) and a resume.')).toContain('writing_sample');
  });

  it('"Motiveret ansøgning" beside a cover letter is no second unmarked cover letter (before: cover_letter_2)', () => {
    const text = 'Ansøgeren skal indsende en samlet PDF-fil, der indeholder følgende:\n\n- Cover Letter: På én side beskrives det, hvilken vejleder du ønsker.\n- Motiveret ansøgning: Ansøgningen skal indeholde en problemformulering og de primære mål for projektet.';
    const items = read(text).profile.items;
    const second = items.filter((i) => i.kind === 'cover_letter');
    expect(second.length === 1 || second.slice(1).every((i) => i.review === true)).toBe(true);
  });
});

describe('the online form and an item\'s contents are no documents (audit24 #6)', () => {
  it('Finnish "täyttämällä sähköinen hakulomake sekä toimittamalla vaadittavat liitteet" gives no unmarked item (before: one)', () => {
    const r = read('Opiskeluoikeutta haetaan täyttämällä sähköinen hakulomake sekä toimittamalla vaadittavat liitteet (ks. alla).\n\nLiitteet:\n\n- Tutkimussuunnitelma\n- Ansioluettelo');
    expect(r.profile.items.filter((i) => i.review !== true).map((i) => i.kind)).toEqual(['research_plan', 'cv']);
  });

  it('Norwegian "Søker(ne)s navn, adresse ..." in a list is no item (before: an other item)', () => {
    const r = read('Søknaden skal inneholde:\n\n- Søker(ne)s navn, adresse, telefonnummer, e-post og fødselsdato\n- En prosjektbeskrivelse på inntil 3 sider');
    expect(r.profile.items.map((i) => i.kind)).toEqual(['research_plan']);
  });
});
