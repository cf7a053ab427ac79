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
