import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const kinds = (text: string): string[] => importPosting(text).profile.items.map((i) => `${i.kind}/${i.stage}`);
const unlisted = (text: string): string[] => importPosting(text).unlisted.map((u) => u.kind);

describe('no item marked for review from a document named where nothing asks to send it; still pointed at', () => {
  it("takes no item from a mailing list's footer or a duty of the job (before: a cover letter or a CV item)", () => {
    const footer = 'To apply, send your CV and a research statement (max. 2 pages) to jobs@example.edu.\n\n--\nJobs mailing list\nSend a CV and a cover letter to the list admin to subscribe to the jobs digest.';
    expect(kinds(footer)).toEqual(['cv/required', 'research_statement/required']);
    expect(unlisted(footer)).toEqual(['cover_letter']);
    expect(kinds('Please submit a research statement.\n\nIn this role, the postholder will review transcripts of incoming students.')).toEqual(['research_statement/required']);
  });

  it('takes no item from the document a translation is asked of (before: diplomas for everyone)', () => {
    expect(kinds('Envoyez un CV. Les candidats étrangers doivent joindre une traduction de leur diplôme.')).toEqual(['cv/required', 'other/required']);
    expect(kinds('Please send a CV. Applicants from abroad must add an English translation of their transcripts.')).toEqual(['cv/required', 'other/required']);
  });

  it('takes no item from a list of requirements of the candidate (before: diplomas)', () => {
    const es = 'Requisitos:\n- Título de máster en física\n- Nivel de inglés B2\nEnvíe su currículum antes del 1 de marzo de 2026.';
    expect(kinds(es)).toEqual(['cv/required']);
    expect(unlisted(es)).toEqual(['diplomas']);
    expect(kinds('Qualifications:\n- A doctoral degree in chemistry\n- Fluent English\n\nPlease send a cover letter and a CV.')).toEqual(['cover_letter/required', 'cv/required']);
  });

  it("takes no item from a point under a document's own entry (before: a research statement)", () => {
    const text = "1. Letter of application\n\n2. Head of department's endorsement (1-2 pages)\n• Summary of the applicant's research\n• Summary of the applicant's teaching\n\n3. CV";
    expect(kinds(text).some((k) => k.startsWith('research_statement'))).toBe(false);
    expect(unlisted(text)).toContain('research_statement');
  });

  it('takes no item from a sentence that asks for nothing (before: a transcript or references item)', () => {
    expect(kinds('Please send a cover letter and CV (no photos, please). At the interview we will discuss your transcripts.')).toEqual(['cover_letter/required', 'cv/required']);
    expect(kinds('Envoyez CV et lettre de motivation. Les lettres de recommandation suivront au second tour.')).toEqual(['cv/required', 'motivation_letter/required']);
  });

  it('still gives the item where the sentence asks for it', () => {
    expect(kinds('Please send a CV. Applicants who have not graduated yet should include a preliminary transcript.')).toContain('transcript/required');
  });
});

describe('the parts of a document end where its bulleted list ends (dev: au-other-murdoch-applicant-guide)', () => {
  it('still points at the document named on the unbulleted line after "Your cover letter must include:" (before: silent)', () => {
    const text =
      'Documentation\n\nYou are required to include the following documentation in your application:\n\nA covering letter\n\nYour cover letter must include:\n\n  • The position title and reference number.\n  • A statement about your suitability for the position.\n\nA document addressing the selection criteria\n\n  • This is statement addressing each selection criteria point.\n\nYour curriculum vitae (or resume)\n';
    expect(importPosting(text).unlisted.map((u) => u.name)).toContain('document addressing the selection criteria');
    const de = 'Bitte senden Sie ein Anschreiben.\n\nIhr Anschreiben sollte enthalten:\n\n  • Ihre Motivation\n  • Ihre Verfügbarkeit\n\nEin Nachweis der Lehrerfahrung\n';
    expect(importPosting(de).unlisted.map((u) => u.name.toLowerCase())).toContain('lehrerfahrung');
  });
});

describe('what the CV should state, in Swedish (before: a references item marked for review)', () => {
  it('takes no item from the entries under "I ditt CV redovisas uppgifter om:" or "Ditt CV ska innehålla:"', () => {
    expect(kinds('Bifoga CV.\n\nI ditt CV redovisas uppgifter om:\n\n- språk;\n- referenser: ange minst två referenter')).toEqual(['cv/required']);
    expect(kinds('Bifoga CV och personligt brev.\n\nDitt CV ska innehålla:\n\n- språk;\n- referenser: namn på två referenter')).toEqual(['cv/required', 'motivation_letter/required']);
  });
});
