/**
 * Issue 15 (stage accuracy), helper i25: stage cues that stand in a clause about something else than the documents,
 * and condition wordings the importer did not know. Each as a short posting of its own words.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-07' });
const item = (text: string, kind: string) => read(text).profile.items.find((i) => i.kind === kind);

describe('a case in an instruction of its own in the lead-in over a list is no case of the list', () => {
  it('reads "(please change PhD to MSc as appropriate)" in the lead-in as required for all (before: every item conditional "as appropriate")', () => {
    const text = [
      'Please submit the following documents by e-mail with the subject "Application for PhD" (please change PhD to MSc as appropriate):',
      '',
      '- A cover letter of one page',
      '- A CV',
      '- Academic transcripts',
    ].join('\n');
    for (const kind of ['cover_letter', 'cv', 'transcript']) {
      const got = item(text, kind);
      expect(got?.stage, kind).toBe('required');
      expect(got?.condition, kind).toBeUndefined();
    }
  });

  it('keeps a bare case in the lead-in ("(if applicable)") as the list\'s case', () => {
    const text = ['Please also submit the following documents (if applicable):', '', '- Academic transcripts', '- A teaching portfolio'].join('\n');
    expect(item(text, 'transcript')?.condition).toBeDefined();
  });
});

describe('a list to reach the next stage is due now', () => {
  it('reads "to participate in the second phase ... must now be completed by uploading" as required (before: later)', () => {
    const text = [
      'In order to participate in the second phase of the selection process, the application must now be completed by uploading the following documents:',
      '',
      '1. A motivation letter',
      '2. A CV',
    ].join('\n');
    expect(item(text, 'motivation_letter')?.stage).toBe('required');
    expect(item(text, 'cv')?.stage).toBe('required');
  });

  it('keeps "Candidates invited to the second round will be asked for ..." later', () => {
    expect(item('Please send a CV. Candidates invited to the second round will be asked for two letters of recommendation.', 'references')?.stage).toBe('later');
  });
});

describe('"interested candidates are encouraged to send" is how to apply, not a choice', () => {
  it('reads the CV as required (before: optional)', () => {
    const got = item('Interested candidates are encouraged to send their CV to the lab head by e-mail.', 'cv');
    expect(got?.stage).toBe('required');
  });

  it('keeps "Applicants are encouraged to include a writing sample" optional next to a request', () => {
    expect(item('Please send a CV. Applicants are encouraged to include a writing sample.', 'writing_sample')?.stage).toBe('optional');
  });
});

describe('Spanish conditions: "si aplica", "para aquellos solicitantes", "de no contar con"', () => {
  it('reads "(si aplica)" after an entry as its condition (before: required for all)', () => {
    const text = ['Documentos requeridos:', '', '- Hoja de vida', '- Carta de recomendación del director del grupo (si aplica).'].join('\n');
    expect(item(text, 'references')?.condition).toMatch(/si aplica/u);
    expect(item(text, 'cv')?.condition).toBeUndefined();
  });

  it('reads "Para aquellos solicitantes no hispanohablantes se solicita ..." as a condition', () => {
    const got = item('Se debe presentar la hoja de vida. Para aquellos solicitantes no hispanohablantes se solicita un certificado de conocimiento de español.', 'language_certificate');
    expect(got?.condition).toMatch(/^Para aquellos solicitantes no hispanohablantes/u);
  });
});
