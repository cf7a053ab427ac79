/**
 * Importer leftovers of audit rounds 12 and 13 (notes/audit-import-2026-12-06h.md, -06i.md): a condition opening a
 * Spanish sentence with "En el caso de", a condition written as a label before a colon in a bullet. Each as a short
 * posting in the audit's words and in a second wording or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-06' });
const items = (text: string) => read(text).profile.items.map((i) => [i.kind, i.title, i.stage, i.condition]);

describe('conditions put first', () => {
  it('Spanish "En el caso de solicitantes con estudios realizados en el extranjero, ..." is the condition of the form it asks for (before: required for everyone)', () => {
    const text = [
      'Protocolo',
      '',
      'Los solicitantes deberán aportar un Curriculum Vitae.',
      'En el caso de solicitantes con estudios realizados en el extranjero, se deberá aportar el formulario de “declaración de equivalencia de la nota media de expedientes académicos” firmada por el candidato.',
      'En el caso de candidatos extranjeros, deberán aportar una copia del pasaporte.',
      '',
    ].join('\n');
    expect(items(text)).toEqual([
      ['cv', 'Curriculum Vitae', 'required', undefined],
      ['other', 'Formulario "declaración de equivalencia de la nota media de expedientes académicos"', 'required', 'En el caso de solicitantes con estudios realizados en el extranjero'],
      ['other', 'Copia del pasaporte', 'required', 'En el caso de candidatos extranjeros'],
    ]);
  });

  it('a bullet "Non-EU applicants: a copy of the residence permit" is the permit, for non-EU applicants (before: an item titled "Non-EU applicants")', () => {
    const text = ['Postdoc', '', 'Applications must include:', '• a CV', '• a research statement', '• Non-EU applicants: a copy of the residence permit', ''].join('\n');
    expect(items(text)).toEqual([
      ['cv', 'CV', 'required', undefined],
      ['research_statement', 'Research statement', 'required', undefined],
      ['other', 'Copy of the residence permit', 'required', 'Non-EU applicants'],
    ]);
    expect(read(text).profile.items[2]?.review).toBe(true);
  });

  it('Spanish bullets "Para candidatos extranjeros: copia del permiso de residencia" and "En el caso de ..., declaración ..." are titled by the document', () => {
    const text = [
      'Beca',
      '',
      'La solicitud deberá incluir:',
      '• Curriculum vitae',
      '• Para candidatos extranjeros: copia del permiso de residencia',
      '• En el caso de solicitantes con estudios realizados en el extranjero, declaración de equivalencia de la nota media',
      '',
    ].join('\n');
    expect(items(text)).toEqual([
      ['cv', 'Curriculum vitae', 'required', undefined],
      ['other', 'Copia del permiso de residencia', 'required', 'Para candidatos extranjeros'],
      ['other', 'Declaración de equivalencia de la nota media', 'required', 'En el caso de solicitantes con estudios realizados en el extranjero'],
    ]);
  });
});

describe('a sentence on who sends the letters asks for them (lsr-lausunto)', () => {
  it('Finnish "Hakemuksessa nimetty työn ohjaaja toimittaa lausuntonsa ..." is the supervisor\'s statement, sent by them, marked (before: only pointed at)', () => {
    const text = [
      'Sähköinen lausunto',
      '',
      'Liikesivistysrahaston apurahakierroksella käytetään sähköistä lausuntoa. Hakemuksessa nimetty työn ohjaaja toimittaa lausuntonsa lausuntojärjestelmässä viimeistään 31.8. klo 24.00.',
      '',
    ].join('\n');
    const r = read(text);
    expect(r.profile.items.map((i) => [i.kind, i.title, i.sent_by, i.review])).toEqual([['references', 'Ohjaajan lausunto', 'referees', true]]);
    expect(r.yaml).toContain('# REVIEW: read from a sentence saying who sends the letters, not one asking for them; check that the posting wants them with this application');
  });

  it('Swedish "Referenterna skickar sina rekommendationsbrev direkt till stiftelsen" and Finnish "Suosittelijat lähettävät suosituskirjeensä" are items too', () => {
    const sv = ['Anslag', '', 'Bifoga en projektbeskrivning.', 'Referenterna skickar sina rekommendationsbrev direkt till stiftelsen senast den 15 september.', ''].join('\n');
    expect(read(sv).profile.items.map((i) => [i.kind, i.title, i.sent_by, i.review])).toEqual([
      ['research_plan', 'Projektbeskrivning', undefined, undefined],
      ['references', 'Rekommendationsbrev', 'referees', true],
    ]);
    const fi = ['Apuraha', '', 'Hakemukseen liitetään tutkimussuunnitelma.', 'Suosittelijat lähettävät suosituskirjeensä suoraan säätiölle viimeistään 15.9.', ''].join('\n');
    expect(read(fi).profile.items.map((i) => [i.kind, i.title, i.sent_by])).toEqual([
      ['research_plan', 'Tutkimussuunnitelma', undefined],
      ['references', 'Suosittelijan suositus', 'referees'],
    ]);
  });
});

describe('headings under "the following parts:" are the parts (rj-program)', () => {
  it('Swedish "Ansökan ska innehålla följande delar:" over "Sammanfattning", "Programbeskrivning", "Budget": three items with their caps, the bullets what each holds (before: no document recognized)', () => {
    const text = [
      'Ansökan och budget',
      '',
      'Ansökan ska innehålla följande delar:',
      '',
      'Sammanfattning',
      '',
      'Sammanfattningen ska skrivas på svenska och engelska och får omfatta max 1 500 tecken inklusive blanksteg.',
      '',
      'Programbeskrivning',
      '',
      'Programbeskrivningen ska skrivas på engelska, får omfatta max 80 000 tecken inklusive blanksteg och redovisa:',
      '',
      ' • forskningsfråga',
      ' • syfte',
      '',
      'Budget',
      '',
      ' • Namnge forskande personal. Lista dem som projektdeltagare med månadslön.',
      ' • Ange 0 kronor i månadslön för projektdeltagare som inte avlönas inom programmet.',
      '',
    ].join('\n');
    expect(read(text).profile.items.map((i) => [i.kind, i.title, i.max_chars])).toEqual([
      ['other', 'Sammanfattning', 1500],
      ['other', 'Programbeskrivning', 80000],
      ['other', 'Budget', undefined],
    ]);
  });

  it('English "The application must contain the following parts:" over "Summary", "Programme description", "Budget" and their bullets', () => {
    const text = [
      'Application and budget',
      '',
      'The application must contain the following parts:',
      '',
      'Summary',
      '',
      'The summary is written for the general public.',
      '',
      'Programme description',
      '',
      'The programme description must be written in English, at most 80,000 characters, and present:',
      '',
      ' • research question',
      ' • aim',
      '',
      'Budget',
      '',
      ' • Name the research staff. List them as project participants with monthly salary.',
      ' • State 0 in monthly salary for participants not paid by the programme.',
      '',
    ].join('\n');
    expect(read(text).profile.items.map((i) => [i.kind, i.title, i.max_chars])).toEqual([
      ['other', 'Summary', undefined],
      ['other', 'Programme description', 80000],
      ['other', 'Budget', undefined],
    ]);
  });

  it('"complete the following sections:" of an online form keeps its headings as fields, not documents', () => {
    const text = [
      'Application',
      '',
      'To submit the online application form applicants must complete the following sections:',
      '',
      'Contact information',
      '',
      'Provide first and last name, email address and phone number',
      '',
      'Cover letter (PDF attachment; max file size 2MB)',
      '',
      'Upload your cover letter.',
      '',
    ].join('\n');
    expect(read(text).profile.items.map((i) => i.title)).not.toContain('Contact information');
  });
});
