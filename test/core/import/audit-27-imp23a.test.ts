/**
 * Importer audit findings (notes/s14/task-imp23a.md): a list of what one document must contain ("Il testo del
 * progetto ... deve contenere le seguenti indicazioni:") gives no items, the document is the item; a cap stated for
 * one group of projects or applicants ("för projekt med flera deltagare", "für Verbundprojekte") is marked. Each as a
 * short posting in the audit's words and in a second wording or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-06' });
const items = (text: string) => read(text).profile.items.map((i) => [i.kind, i.title, i.max_chars, i.review === true]);

describe('a list of what one document must contain gives no items', () => {
  it('Italian: "Il testo del progetto ... deve contenere le seguenti indicazioni:" is one research plan capped at the range\'s top (before: three `other` items, the cap on none)', () => {
    const text = [
      'Dottorato in Istituzioni e Politiche – Progetto di ricerca',
      '',
      'Nel corso della prova orale, al candidato verrà richiesto di discutere un proprio progetto di ricerca, coerente con gli obiettivi formativi del dottorato.',
      'Il testo del progetto deve essere compreso tra gli 8.000 ed i 10.000 caratteri e in linea di massima deve contenere le seguenti indicazioni:',
      '- il tema del progetto, che può riguardare un qualunque aspetto dell\'organizzazione e delle politiche regionali;',
      '- le domande di ricerca;',
      '- la metodologia privilegiata.',
      'Il testo può essere redatto anche in lingua inglese.',
      '',
    ].join('\n');
    expect(items(text)).toEqual([['research_plan', 'Il testo del progetto', 10000, true]]);
    expect(read(text).yaml).toContain('# REVIEW: max_chars: the posting gives a range ("tra gli 8.000 ed i 10.000 caratteri"); its upper bound is taken as the limit');
  });

  it('Spanish: "El texto del proyecto deberá contener los siguientes apartados:" describes the research plan asked for, which carries its cap (before: the plan had no cap)', () => {
    const text = [
      'Convocatoria de doctorado',
      '',
      'Los candidatos deberán presentar un curriculum vitae y un proyecto de investigación.',
      'El texto del proyecto tendrá un máximo de 12.000 caracteres y deberá contener los siguientes apartados:',
      '- objetivos;',
      '- metodología;',
      '- cronograma.',
      '',
    ].join('\n');
    expect(items(text)).toEqual([
      ['cv', 'Curriculum vitae', undefined, false],
      ['research_plan', 'Proyecto de investigación', 12000, false],
    ]);
  });
});
