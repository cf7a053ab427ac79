/**
 * Document kinds a posting names in words the tables did not know, each written for these tests as a short call of
 * its own (not copied from any posting): the kind must be read, not left out without a word.
 */
import { describe, expect, it } from 'vitest';
import { findKindMentions, importPosting } from '../../../src/core/import/index.js';

/** Items as `kind/stage` (`kind/if` with a condition). */
function kinds(text: string): string[] {
  const { profile } = importPosting(text, { today: '2026-01-01' });
  return profile.items.map((i) => `${i.kind}/${i.condition ? 'if' : i.stage}`);
}

describe('kinds named in words the tables lacked', () => {
  it('German "Zeugnisse und Diplome": the Zeugnisse beside the diplomas are the grade certificates (before: two diplomas, the transcript lost)', () => {
    expect(kinds('Der Bewerbung sind folgende Unterlagen beizufügen:\n- Lebenslauf\n- Zeugnisse und Diplome\n- Forschungsplan')).toEqual([
      'cv/required',
      'transcript/required',
      'diplomas/required',
      'research_plan/required',
    ]);
  });

  it('Spanish "certificación de las asignaturas cursadas", "certificado de los estudios", "copia de la publicación" and a letter of presentation from a professor', () => {
    expect(
      kinds(
        'Documentación a presentar:\n1. Copia del título de máster.\n2. Certificación de las asignaturas cursadas, con la nota media.\n3. Currículum vitae.\n4. Copia de la publicación más reciente.\n5. Carta de presentación de un profesor universitario.',
      ),
    ).toEqual(['diplomas/required', 'transcript/required', 'cv/required', 'writing_sample/required', 'references/required']);
    expect(kinds('Documentos requeridos:\n- Original del certificado de los estudios de licenciatura\n- Carta de motivación')).toEqual(['transcript/required', 'motivation_letter/required']);
  });

  it('Portuguese "cópias das transcrições" and "certificado de proficiência de nível B2 em inglês"', () => {
    expect(
      kinds('Documentos obrigatórios:\n- Curriculum vitae\n- Cópias das transcrições académicas dos cursos concluídos\n- Um certificado de proficiência de nível B2 em inglês'),
    ).toEqual(['cv/required', 'transcript/required', 'language_certificate/required']);
  });

  it('French "projet du thèse", Czech "návrh projektu" and Polish "projekt indywidualnego programu badawczego" are the research plan', () => {
    expect(kinds('Pièces à fournir :\n- un CV\n- le projet du thèse signé par le directeur')).toEqual(['cv/required', 'research_plan/required']);
    expect(kinds('K přihlášce je třeba přiložit:\n- strukturovaný životopis\n- stručný návrh projektu (1000 až 2000 slov)')).toEqual(['cv/required', 'research_plan/required']);
    expect(kinds('Wymagane dokumenty:\n1. życiorys\n2. wstępny projekt indywidualnego programu badawczego')).toEqual(['cv/required', 'research_plan/required']);
  });

  it('English "academic certificate" and "Masters\'s certificate" are the diplomas', () => {
    expect(kinds('Please upload:\n- your CV\n- your last academic certificate and transcript of records')).toEqual(['cv/required', 'diplomas/required', 'transcript/required']);
    expect(kinds("Please upload:\n- your CV\n- your Masters's certificate")).toEqual(['cv/required', 'diplomas/required']);
  });
});

describe('a document named but not asked for', () => {
  it('a thesis the applicant must have completed or submitted is an eligibility rule, not an item; a thesis asked for "if you have completed one" still is', () => {
    expect(kinds('Please send a CV and a cover letter. To apply as a doctoral student, you should have completed a Master thesis, Diploma thesis or an equivalent.')).toEqual(['cv/required', 'cover_letter/required']);
    expect(kinds('Please send a CV and a cover letter. To apply for the fellowship, applicants must have submitted their PhD thesis before 1 March.')).toEqual(['cv/required', 'cover_letter/required']);
    expect(findKindMentions('If you have completed a master thesis, please attach it.').map((m) => m.kind)).toEqual(['thesis']);
  });

  it('the assessment of the thesis is its own document, not the thesis', () => {
    expect(kinds('Please submit a CV. Applicants without a PhD degree must submit a copy of the assessment of the PhD thesis.').map((k) => k.split('/')[0])).toEqual(['cv', 'other']);
  });

  it('the project description of the announcement is the employer\'s, not a document to send', () => {
    expect(kinds('Please submit a CV and a letter of intent. Each announcement contains a project description and says what documentation is requested.')).toEqual(['cv/required', 'motivation_letter/required']);
  });

  it('Swedish "intyg från prefekt med information om projektplan": the plan is what the statement covers', () => {
    expect(kinds('Ansökan ska innehålla CV och intyg från prefekt med information om projektplan och genomförbarhet.').map((k) => k.split('/')[0])).toEqual(['cv', 'other']);
  });
});

describe('letters and samples named in other words', () => {
  it('"a self-introduction" is the covering letter, "letter of intention" the motivation letter', () => {
    expect(kinds('Interested students should email me their CV, transcripts and a short self-introduction.')).toEqual(['cv/required', 'transcript/required', 'cover_letter/required']);
    expect(kinds('Applications must include:\n- a letter of intention addressed to the director\n- a CV')).toEqual(['motivation_letter/required', 'cv/required']);
  });

  it('"a sample of scholarly or artistic work" and "a recent publication" are writing samples; a paper the posting cites is not', () => {
    expect(kinds('Please submit:\n- a CV\n- a sample of scholarly or artistic work (at most 30 pages)')).toEqual(['cv/required', 'writing_sample/required']);
    expect(kinds('Applicants should send a CV, a chapter of their dissertation and/or a recent publication.')).toEqual(['cv/required', 'thesis/required', 'writing_sample/required']);
    expect(findKindMentions('The project builds on a recent publication by our group.')).toEqual([]);
  });

  it('a counted choice of papers ("up to 3 reprints", "fünf wichtigsten Publikationen") is a writing sample; a list of them is not', () => {
    expect(kinds('Please send:\n- a CV\n- up to 3 reprints of your work\n- an example of your scholarly work (max. 30 pages)')).toEqual(['cv/required', 'writing_sample/required', 'writing_sample/required']);
    expect(kinds('Bitte reichen Sie ein: Lebenslauf; die drei wichtigsten Publikationen als PDF.')).toEqual(['cv/required', 'writing_sample/required']);
    expect(kinds('Ansøgningen skal indeholde:\n- CV\n- Op til 3 af de mest relevante publikationer')).toEqual(['cv/required', 'writing_sample/required']);
    expect(kinds('Documentación requerida:\n- Currículum vitae\n- Ejemplo de un trabajo académico reciente\n- Fotocopia de publicaciones')).toEqual(['cv/required', 'writing_sample/required', 'writing_sample/required']);
    expect(findKindMentions('a list of your five most important publications').map((m) => m.kind)).not.toContain('writing_sample');
    expect(findKindMentions('Our group published 20 papers in 2024.')).toEqual([]);
    const counted = (text: string) => importPosting(text).profile.items.map((i) => `${i.kind} ${i.min ?? '-'}..${i.max ?? '-'}`);
    expect(counted('Please send:\n- a CV\n- 3 copies of no more than 5 academic publications')).toEqual(['cv -..-', 'writing_sample -..5']);
    expect(counted('Søknaden skal innehalde:\n- CV\n- Opp til 5 vitenskapelige arbeider')).toEqual(['cv -..-', 'writing_sample -..5']);
  });
});
