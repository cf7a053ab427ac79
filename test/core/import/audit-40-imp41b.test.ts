/**
 * Findings 4, 6 and two of 9 of the importer audit of 2026-12-07c (notes/audit-import-2026-12-07c.md): Flemish running
 * prose, documents asked once the award is made, "dos" read as two, an inline bullet's number word, and the way a copy
 * is certified read as a document. Each as a short text trimmed from the audit's passage, plus a second wording.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-07' });
const marks = (text: string) => read(text).review.map((n) => `${n.path}: ${n.reason}`);

describe('Flemish running prose (audit #4)', () => {
  const SMART =
    'Oproep - Prijs Beeldende Kunst 2013 van de provincie Antwerpen\n\n' +
    'Bezorg ten laatste vrijdag 29 november 2013, vóór 18u00 een digitaal dossier in pdf-formaat aan het provinciebestuur van Antwerpen via www.provant.be.\n' +
    'Vul het deelnameformulier in en voeg de pdf toe als bijlage. Het dossier bestaat uit een uitgebreid cv en een beschrijvende lijst van drie recente werken met duidelijke afbeeldingen van professionele kwaliteit.\n';

  it('reads the form, the CV and the list of works, the deadline with its "18u00" time and the one PDF', () => {
    const p = read(SMART).profile;
    expect(p.items.map((i) => [i.kind, i.title])).toEqual([
      ['other', 'Deelnameformulier'],
      ['cv', 'Cv'],
      ['portfolio', 'Beschrijvende lijst'],
    ]);
    expect(p.deadline).toBe('2013-11-29T18:00');
    expect(p.submission).toMatchObject({ format: 'single-pdf' });
    expect(p.submission.review).toBeUndefined();
    expect(p.items.every((i) => i.review !== true)).toBe(true);
  });

  it('reads "De aanvraag bestaat uit" and "vóór 17u30" in a second wording', () => {
    const p = read('Beurs 2027\n\nDien ten laatste 3 maart 2027, vóór 17u30, uw aanvraag in. De aanvraag bestaat uit een cv en een projectbeschrijving.\n').profile;
    expect(p.items.map((i) => i.kind)).toEqual(['cv', 'research_plan']);
    expect(p.deadline).toBe('2027-03-03T17:30');
  });
});

describe('documents asked once the award is made (audit #6)', () => {
  const FCT =
    'A bolsa foi-me atribuída, que documentos preciso de submeter para efectivar o contrato?\n\n' +
    'Os documentos a enviar de acordo com o tipo de bolsa, são os seguintes:\n\n' +
    '  • Certificados de Habilitações (Licenciatura, Mestrado)\n' +
    '  • Verificação dos dados do documento de identificação (inclui a submissão de uma cópia do mesmo)\n';

  it('reads a Portuguese page about the contract as later documents, each marked with the sentence', () => {
    const r = read(FCT);
    expect(r.profile.items.map((i) => [i.kind, i.stage, i.review])).toEqual([
      ['diplomas', 'later', true],
      ['other', 'later', true],
    ]);
    expect(marks(FCT)).toContain(
      'items[0].stage: the page asks for its documents once the award is made ("A bolsa foi-me atribuída, que documentos preciso de submeter para efectivar o contrato?"): read as sent after the application; check',
    );
  });

  it('reads "dos dados" as "of the data", no count of two', () => {
    const id = read(FCT).profile.items.find((i) => i.kind === 'other');
    expect(id?.min).toBeUndefined();
    expect(id?.max).toBeUndefined();
    // Spanish "dos" is still two.
    expect(read('Los candidatos deben enviar: un CV y dos cartas de recomendación.').profile.items.find((i) => i.kind === 'references')).toMatchObject({ min: 2, max: 2 });
  });

  it('reads the English "after the results are announced" the same way, and leaves a page without it alone', () => {
    const en = 'Fellowship contract\n\nAfter the results are announced, you get access to the submission of documents.\n\nThe documents to send are the following:\n\n- Degree certificates\n- Copy of passport\n';
    expect(read(en).profile.items.map((i) => i.stage)).toEqual(['later', 'later']);
    expect(read(en.replace('After the results are announced, you', 'You')).profile.items.map((i) => i.stage)).toEqual(['required', 'required']);
  });
});

describe('the number word of an inline bullet (audit #9, coughlinlab)', () => {
  it('reads "- Three reference letters" written inline as three', () => {
    const p = read('Postdoc\n\n**Application Materials:** - CV including publication list - Research statement (2-3 pages) - Three reference letters - Representative publications\n').profile;
    expect(p.items.find((i) => i.kind === 'references')).toMatchObject({ min: 3, max: 3 });
  });

  it('reads "- Zwei Empfehlungsschreiben" the same way', () => {
    const p = read('Postdoc\n\nBitte senden Sie: Lebenslauf (max. 2 Seiten) - Zwei Empfehlungsschreiben - Zeugnisse\n').profile;
    expect(p.items.find((i) => i.kind === 'references')).toMatchObject({ min: 2, max: 2 });
  });
});

describe('the way a copy is certified is no document (audit #9, gazzetta)', () => {
  it('gives no "Dichiarazione sostitutiva" item for "copia ... dichiarata conforme ... mediante dichiarazione sostitutiva"', () => {
    const p = read(
      'Borsa di studio\n\nAlla domanda dovranno essere allegati i seguenti documenti:\n 1) diploma di laurea;\n 2) curriculum vitae.\n' +
        "I documenti ed i titoli possono essere prodotti in originale, in copia autenticata ovvero in copia fotostatica dichiarata conforme all'originale mediante dichiarazione sostitutiva (allegato 3).\n",
    ).profile;
    expect(p.items.map((i) => i.kind)).toEqual(['diplomas', 'cv']);
  });

  it('nor a pointer at "declaración jurada" in "declaradas conformes mediante declaración jurada"', () => {
    const text = 'Beca\n\nSe deberán presentar: un CV y el título de grado. Las copias deberán ser declaradas conformes mediante declaración jurada.\n';
    expect(read(text).profile.items.map((i) => i.kind)).toEqual(['cv', 'diplomas']);
    expect(marks(text).filter((m) => m.includes('declaración jurada'))).toEqual([]);
  });
});
