/**
 * Finding 13 of the importer audit of 2026-12-06 (round 12, notes/audit-import-2026-12-06h.md): pointers at words
 * that name nothing to send (a degree one holds, a thesis still to write, a talk, the employer's portfolio, the parts
 * of a listed portfolio). Each as a short posting in the audit's words, and a second wording or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting, readPosting, readRequirements, unlistedMentions } from '../../../src/core/import/index.js';

const unlistedOf = (text: string) => importPosting(`probe\n\n${text}\n`, { today: '2026-12-06' }).unlisted.map((u) => [u.kind, u.name]);

describe('no pointer at words that name nothing to send (audit #13)', () => {
  it.each([
    // fr-svsae-uca, trimmed.
    "Le concours est ouvert à tous les étudiants ayant obtenu leur master recherche en France, ou un diplôme équivalent dans un pays européen.\nLe dossier comprend un CV et une lettre de motivation.",
    'Applicants must have obtained a Master diploma before the start date.\nPlease send a CV.',
    // es-fibao-fpu, trimmed.
    'Ayudas destinadas a la formación investigadora para la consecución del título de Doctor.\nSe debe adjuntar el CV.',
    "La domanda potrà essere presentata anche da coloro che conseguiranno il titolo di studio entro il 31 ottobre 2020.\nAllegare il curriculum vitae.",
  ])('a degree one holds or will obtain: %s (before: a diplomas pointer)', (text) => {
    expect(unlistedOf(text)).toEqual([]);
  });

  it.each([
    // es-fibao-fpu and es-conacyt-becarios, trimmed.
    'Convocatoria de ayudas para contratos predoctorales para la realización de tesis doctorales.\nSe debe adjuntar el CV.',
    'El promedio debe ser de 8.0 (para becas para elaboración de tesis).\nSe debe adjuntar el CV.',
    'The fellowship supports the writing of a doctoral thesis in history.\nPlease send a CV.',
  ])('a thesis still to write: %s (before: a thesis pointer)', (text) => {
    expect(unlistedOf(text)).toEqual([]);
  });

  it.each([
    // fr-svsae-uca, trimmed.
    'Le dossier comprend un CV et une lettre de motivation.\nLes candidats devront présenter, en 10 min, leur travail. Cet exposé sera suivi de 25 min de discussion avec le jury. Les questions porteront sur les travaux exposés par le candidat.',
    "Please send a CV and a cover letter.\nL'exposé oral durera 15 minutes devant le jury.",
  ])('a talk given: %s (before: a research_plan pointer)', (text) => {
    expect(unlistedOf(text)).toEqual([]);
  });

  it.each([
    // en-uk-mmu-popular-music, trimmed.
    'The Department has a diverse portfolio of provision in Music, Drama and Dance.\nPlease send a CV and a cover letter.',
    'We offer a broad portfolio of courses.\nPlease send a CV and a cover letter.',
  ])("the employer's portfolio: %s (before: a portfolio pointer)", (text) => {
    expect(unlistedOf(text)).toEqual([]);
  });

  it.each([
    // en-ie-ul-progression, trimmed.
    '1. Send your CV.\n2. Complete your Portfolio, which includes:\nEvidence of scholarship and research output\nEvidence of high quality teaching\nEvidence of service to the University\n3. Applications must be supported by an academic reference.',
    'Please send a CV.\nAttach a research statement containing:\nEvidence of research funding\nProof of impact\nThe deadline is 1 March 2027.',
  ])('the parts of a listed portfolio: %s (before: a pointer at each)', (text) => {
    expect(unlistedOf(text)).toEqual([]);
  });

  it('documents to send are still pointed at', () => {
    // Items of another text: the pointers of these lines alone.
    const cv = readRequirements(readPosting('Please send a CV.').lines).items;
    const pointers = (text: string) => unlistedMentions(readPosting(text).lines, cv, []).map((u) => [u.kind, u.name]);
    expect(pointers('Applicants who have obtained their degree abroad must attach a copy of the diploma.')).toEqual([['diplomas', 'copy of the diploma']]);
    expect(pointers('Applicants must hold a PhD degree.')).toEqual([]);
    expect(pointers('Please attach your portfolio.')).toEqual([['portfolio', 'portfolio']]);
    expect(pointers('Please submit your thesis.')).toEqual([['thesis', 'thesis']]);
    expect(pointers('The Exposé should outline the planned project.')).toEqual([['research_plan', 'Exposé']]);
  });
});

describe('a character range in words: its maximum is the cap (round 11, unipv)', () => {
  const read = (text: string) => importPosting(`probe\n\n${text}\n`, { today: '2026-12-06' });

  it('"between 8,000 and 10,000 characters" on the document named: max_chars 10000, marked as a range (before: no limit)', () => {
    const r = read('Please send a CV and a research proposal of between 8,000 and 10,000 characters.');
    expect(r.profile.items.find((i) => i.kind === 'research_plan')).toMatchObject({ max_chars: 10000, review: true });
    expect(r.review.find((x) => x.path === 'items[1].max_chars')?.reason).toBe('the posting gives a range ("between 8,000 and 10,000 characters"); its upper bound is taken as the limit');
  });

  it('"tra gli 8.000 ed i 10.000 caratteri" in a sentence of its own: on the project it is said of (before: lost)', () => {
    // unipv-dott, trimmed. Since "il testo del progetto" names the research plan (imp23a), the range is its cap, not a loose pointer.
    const r = read('Allegare il curriculum vitae e il progetto di ricerca.\nIl testo del progetto deve essere compreso tra gli 8.000 ed i 10.000 caratteri e in linea di massima deve contenere le seguenti indicazioni.');
    expect(r.profile.items.find((i) => i.kind === 'research_plan')).toMatchObject({ max_chars: 10000, review: true });
    expect(r.review.some((x) => /no item carries it/.test(x.reason))).toBe(false);
  });
});
