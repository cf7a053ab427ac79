/**
 * Importer audit round 13 (notes/audit-import-2026-12-06i.md), findings 6, 7 and 12: a form named by its title is a
 * form, not the document its title names; `other` items named by one head noun are one item; a cap on candidates caps
 * their CVs; titles lose a dangling conjunction or verb phrase and keep "Abstract". Each as a short posting in the
 * audit's words and in a second wording or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-06' });
const items = (text: string) => read(text).profile.items.map((i) => [i.kind, i.title, i.review === true]);

describe('a form named by its title is a form (audit #6)', () => {
  it('Swedish: "Därtill avsedd blankett på www... Ansökan om forskningsprojekt" is a marked form, the project description the research plan (before: an unmarked research_plan "Forskningsprojekt")', () => {
    const text = [
      'Vad ska ingå i ansökan',
      '',
      'Ansökan ska innehålla:',
      '  1. Därtill avsedd blankett på www.ostersjostiftelsen.se Ansökan om forskningsprojekt. Obs! Utskriven del av ansökan ska undertecknas av prefekt.',
      '  2. Projektbeskrivning (högst 18 000 tecken).',
      '  3. Kort meritförteckning (max två A4 sidor).',
      '',
    ].join('\n');
    const r = read(text);
    expect(items(text)).toEqual([
      ['other', 'Blankett "Ansökan om forskningsprojekt"', true],
      ['research_plan', 'Projektbeskrivning', false],
      ['cv', 'Kort meritförteckning', false],
    ]);
    expect(r.yaml).toContain(
      '# REVIEW: kind: Blankett "Ansökan om forskningsprojekt" is a form to fill in, read as a document of no kind (not the document its title names); check whether it is sent with the application or filled in on the web',
    );
  });

  it('Spanish: "el formulario de “declaración de equivalencia…” firmada por el candidato" is a marked form (before: not read, no pointer)', () => {
    const text = [
      'Protocolo',
      '',
      'Los solicitantes deberán aportar un Curriculum Vitae.',
      'En el caso de solicitantes con estudios realizados en el extranjero, se deberá aportar el formulario de “declaración de equivalencia de la nota media de expedientes académicos” firmada por el candidato.',
      '',
    ].join('\n');
    expect(items(text)).toEqual([
      ['cv', 'Curriculum Vitae', false],
      ['other', 'Formulario "declaración de equivalencia de la nota media de expedientes académicos"', true],
    ]);
  });

  it('French "une fiche synthétique des mémoires" and English "The Intention to Apply must be submitted" are documents of their own (before: not read)', () => {
    const fr = ['Concours', '', 'Le dossier comprend :', '- un curriculum vitae ;', '- le cas échéant, une fiche synthétique des mémoires universitaires (études et projets) et la liste des publications du candidat.', ''].join('\n');
    expect(read(fr).profile.items.map((i) => [i.kind, i.title, i.condition])).toEqual([
      ['cv', 'Curriculum vitae', undefined],
      ['other', 'Fiche synthétique des mémoires universitaires', 'le cas échéant'],
      ['publication_list', 'Liste des publications du candidat', 'le cas échéant'],
    ]);
    const en = ['Scholarship', '', 'The Intention to Apply must be submitted before 5 September 2027. Your full application must include a CV and a research proposal.', ''].join('\n');
    expect(read(en).profile.items.map((i) => [i.kind, i.title])).toEqual([
      ['other', 'Intention to Apply'],
      ['cv', 'CV'],
      ['research_plan', 'Research proposal'],
    ]);
  });
});

describe('one `other` document named again, and a cap on candidates (audit #7)', () => {
  const UCM = [
    'Solicitudes',
    '',
    'Documentación a presentar:',
    '- Modelo de presolicitud, firmado por el/la Director/a del Departamento.',
    '- Curriculum Vitae (CV) de los candidatos propuestos (máximo 3 candidatos/as por plaza).',
    '',
    'Los Departamentos deberán enviar el modelo de presolicitud firmada electrónicamente por el/la Director/a.',
    '',
  ].join('\n');

  it('"Modelo de presolicitud" and "la presolicitud firmada electrónicamente" are one item; the CV takes max 3, marked (before: two unmarked presolicitud items, no max)', () => {
    const r = read(UCM);
    expect(r.profile.items.map((i) => [i.kind, i.title, i.max])).toEqual([
      ['other', 'Presolicitud', undefined],
      ['cv', 'Curriculum Vitae', 3],
    ]);
    expect(r.yaml).toContain('# REVIEW: max: "máximo 3 candidatos" caps the candidates, read as a cap on their CVs (one each)');
  });

  it('a second wording: "Las presolicitudes firmadas" after "Presolicitud del Departamento" is no other document (before: a pointer to it); Italian "massimo 2 candidati" caps the CVs', () => {
    const es = [
      'Convocatoria',
      '',
      'Documentación a presentar:',
      '- Presolicitud del Departamento.',
      '- Memoria de la plaza.',
      '',
      'Las presolicitudes firmadas se enviarán por correo electrónico antes del 1 de marzo de 2027.',
      '',
    ].join('\n');
    const r = read(es);
    expect(r.profile.items.map((i) => i.title)).toEqual(['Presolicitud del Departamento', 'Memoria de la plaza']);
    expect(r.yaml).not.toContain('presolicitudes firmadas');
    const it1 = ['Bando', '', 'La proposta deve contenere:', '- Curriculum vitae dei candidati proposti (massimo 2 candidati per posto);', '- Lettera del direttore.', ''].join('\n');
    expect(read(it1).profile.items.map((i) => [i.kind, i.max])).toEqual([
      ['cv', 2],
      ['other', undefined],
    ]);
  });
});

describe('titles trimmed of a conjunction or a verb phrase, and keeping "Abstract" (audit #12)', () => {
  it('Dutch: "Sollicitaties met motivatiebrief en cv kunnen tot en met 1 maart 2027 worden ingediend." gives "Motivatiebrief" and "Cv" (before: "Motivatiebrief en", "Cv kunnen tot en met 1 maart 2027 worden ingediend")', () => {
    const text = ['Vacature', '', 'Sollicitaties met motivatiebrief en cv kunnen tot en met 1 maart 2027 worden ingediend.', ''].join('\n');
    expect(items(text)).toEqual([
      ['motivation_letter', 'Motivatiebrief', false],
      ['cv', 'Cv', false],
    ]);
  });

  it('Swedish and German: "personligt brev och CV ska skickas", "Motivationsschreiben und Lebenslauf können ... eingereicht werden"', () => {
    const sv = ['Tjänst', '', 'Ansökan med personligt brev och CV ska skickas senast den 1 mars 2027.', ''].join('\n');
    expect(read(sv).profile.items.map((i) => i.title)).toEqual(['Personligt brev', 'CV']);
    const de = ['Stelle', '', 'Bewerbungen mit Motivationsschreiben und Lebenslauf können bis zum 1. März 2027 eingereicht werden.', ''].join('\n');
    expect(read(de).profile.items.map((i) => i.title)).toEqual(['Motivationsschreiben', 'Lebenslauf']);
  });

  it('"Abstract della tesi specialistica" keeps "Abstract" (before: "Tesi specialistica"), as "Zusammenfassung der Dissertation" keeps its first word', () => {
    const it1 = ['Bando', '', 'La domanda deve contenere:', '- Curriculum vitae', '- Abstract della tesi specialistica', ''].join('\n');
    expect(read(it1).profile.items.map((i) => [i.kind, i.title])).toEqual([
      ['cv', 'Curriculum vitae'],
      ['thesis', 'Abstract della tesi specialistica'],
    ]);
    const de = ['Ausschreibung', '', 'Der Bewerbung sind beizufügen:', '- Lebenslauf', '- Zusammenfassung der Dissertation', ''].join('\n');
    expect(read(de).profile.items.map((i) => i.title)).toEqual(['Lebenslauf', 'Zusammenfassung der Dissertation']);
  });
});
