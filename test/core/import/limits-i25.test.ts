/**
 * Limits stated with a comparative ("fewer than", "should not be longer than", "weniger als", "moins de") or with a
 * file-size label ("Max file size: 8 MB", "maximale Dateigröße"), in the languages the importer reads (issue 15).
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const FRAME = 'Position: Doctoral Researcher\nEmployer: Institute of Example\n\n';
const read = (body: string) => importPosting(`${FRAME}${body}`, { today: '2026-12-07' });
const item = (body: string, kind: string) => read(body).profile.items.find((i) => i.kind === kind);

describe('a comparative for a minimum is no cap', () => {
  it('does not read "not less than", "nicht weniger als", "pas moins de" or "no menos de" as a cap', () => {
    expect(item('Applications must include:\n- a CV\n- a writing sample of not less than 20 pages', 'writing_sample')?.max_pages).toBeUndefined();
    expect(item('Bewerbungsunterlagen:\n- Lebenslauf\n- Arbeitsprobe (nicht weniger als 20 Seiten)', 'writing_sample')?.max_pages).toBeUndefined();
    expect(item('Le dossier comprend :\n- un CV\n- une lettre de motivation de pas moins de 2 pages', 'motivation_letter')?.max_pages).toBeUndefined();
    expect(item('Documentación:\n- CV\n- carta de motivación (no menos de 2 páginas)', 'motivation_letter')?.max_pages).toBeUndefined();
  });
});

describe('a comparative cap in prose, after the list', () => {
  it('reads "fewer than 1000 words" said of the statement in its own sentence', () => {
    expect(item('Please submit a CV, a cover letter and a research statement. The research statement must be fewer than 1000 words.', 'research_statement')?.max_words).toBe(1000);
  });

  it('reads German "weniger als 5 Seiten" said of the Exposé in its own sentence', () => {
    expect(item('Bitte senden Sie einen Lebenslauf und ein Exposé. Das Exposé sollte weniger als 5 Seiten umfassen.', 'research_plan')?.max_pages).toBe(5);
  });

  it('reads French "moins de 3 pages" said of the project in its own sentence', () => {
    expect(item('Merci d\'envoyer un CV et un projet de recherche. Le projet de recherche doit faire moins de 3 pages.', 'research_plan')?.max_pages).toBe(3);
  });
});

describe('a file-size label before a size is a cap', () => {
  it('reads "Max filesize: 8MB" on the letters it follows', () => {
    const r = read('Applications must include:\n- a cover letter\n- a CV\n- Recommendation letters: combine in a single PDF file a maximum of three reference letters. Max filesize: 8MB');
    const mb = [r.profile.submission?.max_mb, ...r.profile.items.map((i) => i.max_mb)];
    expect(mb).toContain(8);
  });
});
