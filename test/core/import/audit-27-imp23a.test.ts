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

describe('a cap stated for one group of projects or applicants is marked', () => {
  it('Swedish: "Projektbeskrivning för projekt med flera deltagare ... högst 32 000 tecken" is marked with both groups\' caps (before: an unmarked 32 000 cap, the 18 000 one only pointed at)', () => {
    const text = [
      'Vad ska ingå i ansökan',
      '',
      'Ansökan ska innehålla:',
      '  1. Projektbeskrivning för projekt med flera deltagare ska omfatta högst 32 000 tecken inkl. blanksteg. För projekt med en deltagare ska projektbeskrivningen vara på högst 18 000 tecken inkl. blanksteg.',
      '  2. Kort meritförteckning (max två A4 sidor).',
      '',
    ].join('\n');
    const r = read(text);
    expect(items(text)).toEqual([
      ['research_plan', 'Projektbeskrivning', 32000, true],
      ['cv', 'Kort meritförteckning', undefined, false],
    ]);
    expect(r.review).toContainEqual({
      path: 'items[0].max_chars',
      reason: 'the posting gives each group its own cap ("32 000 tecken" för projekt med flera deltagare; "18 000 tecken" för projekt med en deltagare); the first was taken: keep the one that applies to you',
    });
    expect(r.yaml).not.toContain('no item carries it');
  });

  it('German: "für Verbundprojekte höchstens 25 Seiten, für Einzelprojekte höchstens 15 Seiten" is marked with both (before: an unmarked 25-page cap)', () => {
    const text = [
      'Ausschreibung',
      '',
      'Folgende Unterlagen sind einzureichen:',
      '- Lebenslauf',
      '- Projektbeschreibung',
      '',
      'Die Projektbeschreibung darf für Verbundprojekte höchstens 25 Seiten umfassen, für Einzelprojekte höchstens 15 Seiten.',
      '',
    ].join('\n');
    const r = read(text);
    expect(r.profile.items.find((i) => i.kind === 'research_plan')).toMatchObject({ max_pages: 25, review: true });
    expect(r.review.find((x) => x.path.endsWith('.max_pages'))?.reason).toMatch(/^the posting gives each group its own cap \("25 Seiten" für Verbundprojekte; "15 Seiten" für Einzelprojekte\); the first was taken/);
  });

  it('English: a cap stated only "if you apply as a team" is marked; a cap for everyone with another for one group stays unmarked', () => {
    const team = ['Call for proposals', '', 'Please submit a CV and a research proposal.', 'If you apply as a team, the research proposal may not exceed 6 pages.', ''].join('\n');
    const r = read(team);
    expect(r.profile.items.find((i) => i.kind === 'research_plan')).toMatchObject({ max_pages: 6, review: true });
    expect(r.review.find((x) => x.path.endsWith('.max_pages'))?.reason).toBe(
      'the posting states this cap only for some ("6 pages" if you apply as a team): check the cap for the others and keep the one that applies to you',
    );
    const everyone = ['Call for proposals', '', 'Please submit a CV and a research proposal (max. 4 pages).', ''].join('\n');
    expect(read(everyone).profile.items.find((i) => i.kind === 'research_plan')).toMatchObject({ max_pages: 4 });
    expect(read(everyone).profile.items.find((i) => i.kind === 'research_plan')?.review).toBeUndefined();
  });
});
