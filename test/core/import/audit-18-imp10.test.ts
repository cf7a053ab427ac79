/**
 * Finding 11 of the black-box audit of 2026-12-06 (round 8, audit18): entries of a documents list dropped without a
 * word (French "1° ... 6°" lists, the usual documents of a German posting). Each as a short posting in the audit's
 * words or in words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';
import { stripBullet } from '../../../src/core/import/text.js';

const read = (text: string) => importPosting(`probe\n\n${text}\n`, { today: '2026-12-05' });
const kinds = (text: string) => read(text).profile.items.map((i) => i.kind);

describe('"1°", "1º" and dashes are list marks (audit18 #11)', () => {
  it('strips them from the start of an entry', () => {
    expect(stripBullet('1° Une déclaration de candidature')).toBe('Une déclaration de candidature');
    expect(stripBullet('2º Carta de motivación')).toBe('Carta de motivación');
    expect(stripBullet('— a full curriculum vitae')).toBe('a full curriculum vitae');
    expect(stripBullet('– a list of publications')).toBe('a list of publications');
  });

  it('reads each entry of a French or Spanish numbered list (before: one "Application documents" item)', () => {
    expect(
      kinds(
        'Le dossier de candidature doit comporter les pièces suivantes :\n1° Un curriculum vitae ;\n2° Une lettre de motivation ;\n3° Une copie du diplôme de doctorat ;\n4° La liste des publications.',
      ),
    ).toEqual(['cv', 'motivation_letter', 'diplomas', 'publication_list']);
    expect(
      kinds('La solicitud debe incluir los siguientes documentos:\n1º Curriculum vitae.\n2º Carta de motivación.\n3º Copia del título de doctorado.'),
    ).toEqual(['cv', 'motivation_letter', 'diplomas']);
  });

  it('keeps "1º de abril" a date, not a list entry', () => {
    expect(stripBullet('1º de abril de 2027: fin del plazo')).toBe('1º de abril de 2027: fin del plazo');
  });
});

describe('"the usual documents" are never passed over in silence (audit18 #11)', () => {
  const usual = (text: string) => {
    const r = read(text);
    const item = r.profile.items.find((i) => i.kind === 'other' && i.title === 'The usual application documents');
    const pointed = r.unlisted.some((u) => /usual|üblichen|gebruikelijke|sedvanliga|tavanomai|habituel/iu.test(u.name));
    return { item, pointed, review: r.review.map((x) => x.reason).join(' | ') };
  };

  it('gives a marked item or a pointer (before: nothing, or a thesis item only)', () => {
    for (const text of [
      'Schriftliche Bewerbungen mit den üblichen Unterlagen einschließlich einer Zusammenfassung der Dissertation werden bis spätestens 16. März 2027 erbeten.',
      'Applications with the usual documents should be sent by 1 March 2027.',
      'Sollicitaties met de gebruikelijke documenten kunnen tot 1 maart 2027 worden ingediend.',
      'Ansökan med sedvanliga handlingar skickas senast den 1 mars 2027.',
      'Hakemus tavanomaisine liitteineen toimitetaan 1.3.2027 mennessä.',
      'Les candidatures, accompagnées des pièces habituelles, sont à envoyer avant le 1er mars 2027.',
    ]) {
      const u = usual(text);
      expect(u.item !== undefined || u.pointed, text).toBe(true);
    }
  });

  it('says what the usual documents are, on the item', () => {
    const r = read('Schriftliche Bewerbungen mit den üblichen Unterlagen einschließlich einer Zusammenfassung der Dissertation werden bis spätestens 16. März 2027 erbeten.');
    const item = r.profile.items.find((i) => i.kind === 'other');
    expect(item?.title).toBe('The usual application documents');
    expect(item?.review).toBe(true);
    expect(r.review.map((x) => x.reason).join(' ')).toContain('usually a cover letter, a CV and certificates');
  });
});

describe('the usual documents listed after all are those documents (audit18 #11)', () => {
  it('gives no "usual documents" item when the posting names them', () => {
    for (const text of [
      'Man bewirbt sich mit den üblichen Bewerbungsunterlagen (Motivationsbrief, Lebenslauf, Referenzen).',
      'Please send the usual documents: a cover letter, a CV and certificates.',
      'Applications with the usual documents, such as a CV and a cover letter, are welcome.',
    ]) {
      expect(kinds(text), text).not.toContain('other');
    }
  });
});

describe('"Ce dossier comporte :" introduces the documents (audit18 #11)', () => {
  it('reads each entry of the list (before: the CV only; the rest neither listed nor pointed at)', () => {
    const text =
      "Les candidats établissent un dossier destiné au chef de l'établissement. Ce dossier comporte :\n1° Une déclaration de candidature avec curriculum vitae ;\n2° Une copie d'une pièce d'identité avec photographie ;\n3° Trois enveloppes à l'adresse du candidat ;\n4° Une copie du rapport de soutenance du diplôme produit.";
    const items = read(text).profile.items;
    // The declaration is a form the CV goes with (audit 14's key, imp25b): one item whose title keeps the CV, without its article (imp27b).
    expect(items.map((i) => i.kind)).toEqual(['other', 'other', 'other', 'other']);
    expect(items[0]?.title).toBe('Déclaration de candidature avec curriculum vitae');
    expect(items[3]?.title).toBe('Rapport de soutenance du diplôme produit');
    expect(kinds('Votre dossier comprend :\n1° Un curriculum vitae ;\n2° Trois enveloppes timbrées.')).toEqual(['cv', 'other']);
  });
});
