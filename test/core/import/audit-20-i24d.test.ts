/**
 * Silent errors of the dev split grouped by cause (session 20, i24d): a thesis read from a word that names another
 * document, a role or a thesis yet to be written. Each in words of the same family, not the postings' sentences.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(`probe\n\n${text}\n`, { today: '2026-12-06' });
const kinds = (text: string) => read(text).profile.items.map((i) => i.kind);
const list = (...entries: string[]) => `Application documents:\n\n${entries.map((e) => `- ${e}`).join('\n')}`;

describe('a thesis named only to say what another document is about (before: an unmarked thesis item)', () => {
  it('a supervision, a defence or a role on a thesis', () => {
    expect(kinds(list('Curriculum vitae', 'Eine Zusage einer Person mit der Befugnis zur Betreuung einer Dissertation'))).not.toContain('thesis');
    expect(kinds(list('Curriculum vitae', 'Diploma do mestrado ou ata de defesa de dissertação'))).not.toContain('thesis');
    expect(kinds(list('Curriculum vitae', 'Letter of support signed by the doctoral dissertation adviso..'))).not.toContain('thesis');
    expect(kinds(list('Curriculum vitae', 'CV e plan de formación do director/a da tese doutoral'))).not.toContain('thesis');
    expect(kinds(list('Curriculum vitae', 'Optional: thesis examination reports'))).not.toContain('thesis');
  });

  it('a thesis to come, or the content or form of another document', () => {
    expect(kinds(list('CV', 'A short paper on a problem related to the participant\'s PhD thesis project'))).not.toContain('thesis');
    expect(kinds('Please send your CV and a one page proposal of the work you plan for your research/thesis.')).not.toContain('thesis');
    expect(kinds(list('CV', 'wskazanie dziedziny, w której będzie przygotowywana rozprawa doktorska'))).not.toContain('thesis');
    expect(kinds(list('CV', 'Memoria do proxecto que inclúa a tese doutoral'))).not.toContain('thesis');
    expect(kinds(list('CV', 'Skrivprov i form av examensarbete eller annan text'))).toEqual(['cv', 'writing_sample']);
  });

  it('still reads a thesis the posting asks for', () => {
    expect(kinds(list('CV', 'A copy of your Master\'s thesis'))).toEqual(['cv', 'thesis']);
    expect(kinds(list('CV', 'Examensarbete (pdf)'))).toEqual(['cv', 'thesis']);
    expect(kinds(list('CV', 'PhD thesis'))).toEqual(['cv', 'thesis']);
  });
});

describe('an account of past and planned research is a research statement (before: a marked research_plan or other, the statement missed)', () => {
  it('in English and German', () => {
    expect(kinds('Applicants should send a CV and a summary of research plans and accomplishments.')).toEqual(['cv', 'research_statement']);
    expect(kinds('Applicants should send a CV and a description of past achievements and future research plans.')).toEqual(['cv', 'research_statement']);
    expect(kinds(list('Lebenslauf', 'Darstellung bisheriger und künftiger Forschungsvorhaben'))).toEqual(['cv', 'research_statement']);
    expect(kinds(list('Lebenslauf', 'Liste eigener Veröffentlichungen'))).toEqual(['cv', 'publication_list']);
  });

  it('leaves a plan for new work a research plan', () => {
    expect(kinds('Applicants should send a CV and a research plan.')).toEqual(['cv', 'research_plan']);
    expect(kinds(list('Lebenslauf', 'Forschungsexposé'))).toEqual(['cv', 'research_plan']);
  });
});
