/**
 * Findings 1 and 4 of the black-box audit of 2026-12-05 (round 6, audit14): letters that others send kept as the
 * applicant's documents, and conditions put on the wrong document. Each as a short posting in the audit's words or
 * in words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-05' });
const item = (text: string, kind: string) => read(text).profile.items.find((i) => i.kind === kind);

describe('letters their authors send (audit14 #1)', () => {
  it('reads "sent directly by their authors" and "enviadas diretamente pelos autores" (before: in the packet, unmarked)', () => {
    expect(item('Applicants must submit a CV and two letters of recommendation, sent directly by their authors to jobs@example.org.', 'references')?.sent_by).toBe('referees');
    expect(
      item('As candidaturas devem ser formalizadas através do envio dos seguintes documentos: carta de motivação, curriculum vitae detalhado e duas cartas de recomendação, enviadas diretamente pelos autores para o endereço concursos@example.pt.', 'references')?.sent_by,
    ).toBe('referees');
  });

  it('reads "demander à trois répondants de faire parvenir directement leurs lettres"', () => {
    const text = 'Le dossier doit comprendre un CV. Les candidates et candidats doivent également demander à trois répondants de faire parvenir directement leurs lettres de recommandation à la direction du département.';
    expect(item(text, 'references')?.sent_by).toBe('referees');
  });

  it('reads referees who "click on this link ... and submit a respective file" as the senders of letters', () => {
    const d = item('Please send a CV. The referees click on this link, fill in all requested fields, and submit a respective file (please use only PDF format!) labelled with applicants family name and the initials of the referee.', 'references');
    expect(d?.sent_by).toBe('referees');
    expect(d?.accepts).toEqual(['letter']);
  });

  it('reads the family in German, Dutch, Swedish, Finnish, Spanish and Italian', () => {
    for (const text of [
      'Bitte senden Sie einen Lebenslauf und zwei Empfehlungsschreiben, die von den Gutachtern direkt an uns gesendet werden.',
      'Stuur een cv en twee aanbevelingsbrieven, die rechtstreeks door de auteurs worden gemaild.',
      'Skicka ett CV och två rekommendationsbrev som skickas direkt av brevskrivarna.',
      'Lähetä CV ja kaksi suosituskirjettä, jotka suosittelijat lähettävät suoraan.',
      'Envíe un CV y dos cartas de recomendación enviadas por sus autores a la dirección x@y.es.',
      'Inviare un CV e due lettere di referenza inviate direttamente dai referenti.',
    ]) {
      expect(item(text, 'references')?.sent_by, text).toBe('referees');
    }
  });

  it('leaves letters the applicant sends, and referees asked for by name, alone', () => {
    expect(item('Please send a CV and two letters of recommendation.', 'references')?.sent_by).toBeUndefined();
    const d = item('Please send a CV and the names of three referees. Your referees and their contact details should be submitted in the form.', 'references');
    expect(d?.sent_by).toBeUndefined();
    expect(d?.accepts).toEqual(['referee']);
  });
});

describe('conditions put on the wrong document (audit14 #4)', () => {
  it('keeps "ID or passport photo page for foreign applicants" for everyone, marked (before: for foreign applicants only, unmarked)', () => {
    const r = read('The following documents are needed:\n\n- CV;\n- A copy of the applicant\'s ID or passport photo page for foreign applicants;\n');
    const d = r.profile.items.find((i) => /passport/i.test(i.title));
    expect(d?.condition).toBeUndefined();
    expect(d?.stage).toBe('required');
    expect(d?.review).toBe(true);
  });

  it('keeps a passport asked only of foreign applicants conditional', () => {
    const d = read('Please send a CV. Foreign applicants must also send a copy of their passport.').profile.items.find((i) => /passport/i.test(i.title));
    expect(d?.condition).toBe('Foreign applicants');
  });

  it('reads a translation asked of foreign candidates as a conditional item, in Italian, Spanish, French, Portuguese (before: the diploma, for everyone)', () => {
    for (const text of [
      'Alla domanda devono essere allegati: curriculum vitae. I candidati stranieri devono allegare anche la traduzione in italiano o in inglese del titolo di studio.',
      'Envíe un CV. Los candidatos extranjeros deben adjuntar una traducción del título.',
      'Envoyez un CV. Les candidats étrangers doivent joindre une traduction de leur diplôme.',
      'Envie um CV. Os candidatos estrangeiros devem anexar uma tradução do diploma.',
    ]) {
      const items = read(text).profile.items;
      expect(items.some((i) => i.kind === 'diplomas' && i.condition === undefined), text).toBe(false);
      const t = items.find((i) => i.kind === 'other');
      expect(t?.condition, text).toMatch(/^(?:I candidati stranieri|Los candidatos extranjeros|Les candidats étrangers|Os candidatos estrangeiros)$/u);
    }
  });
});
