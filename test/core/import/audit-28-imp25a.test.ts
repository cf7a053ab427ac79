/**
 * Findings 1 and 12 of the importer audit of 2026-12-06 (round 14, notes/audit-import-2026-12-06j.md): lists of
 * documents opened by words the importer did not take for an opener ("comprend les éléments suivants", "onderstaande
 * documenten te sturen naar ...", a "Dossier" heading, "kuten alla:", "Dit verzoek dient ... te omvatten een:") and
 * requests in running prose ("se precisa que", "Il faudra le compléter par"). Entries of no known kind still become
 * marked `other` items, never nothing.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(`Posting\n\n${text}\n`, { today: '2026-12-06' }).profile;
/** `kind/stage title [pages] (marked)` of each item. */
const items = (text: string) =>
  read(text).items.map((i) => `${i.kind}/${i.stage} ${i.title}${i.max_pages !== undefined ? ` [${i.max_pages}]` : ''}${i.review === true ? ' (marked)' : ''}`);

describe('a list opened by a sentence that states what the application comprises (audit #1)', () => {
  it('reads "Une demande de bourse comprend les éléments suivants :" and its numbered entries, the form included', () => {
    const text = [
      'Une demande de bourse comprend les éléments suivants :',
      '  1. le formulaire de demande dûment rempli;',
      '  2. un curriculum vitae;',
      "  3. deux lettres d'appréciation;",
      '  4. un programme de travail (maximum de quatre pages).',
    ].join('\n');
    expect(items(text)).toEqual([
      'other/required Formulaire de demande dûment rempli',
      'cv/required Curriculum vitae',
      "references/required Lettres d'appréciation",
      'research_plan/required Programme de travail [4]',
    ]);
  });

  it('reads "Dit verzoek dient in ieder geval te omvatten een:" on the page, not only alone (audit #12)', () => {
    const text = [
      'Zodra je een hoogleraar bereid hebt gevonden, kun je via dit aanmeldformulier een verzoek tot toelating indienen. Dit verzoek dient in ieder geval te omvatten een:',
      '',
      '  • Motivatiebrief',
      '  • Cv',
      '  • Onderzoekvoorstel (max. 5 pagina’s excl. bibliografie)',
      '  • Een eerder geschreven paper',
      '  • Namen en contactgegevens van twee (academische) referenten',
    ].join('\n');
    const got = items(text);
    expect(got).toContain('motivation_letter/required Motivatiebrief');
    expect(got).toContain('cv/required Cv');
    expect(got).toContain('other/required Eerder geschreven paper (marked)');
    expect(got.some((i) => i.startsWith('research_plan/required') && i.includes('[5]'))).toBe(true);
    expect(got.some((i) => i.startsWith('references/required'))).toBe(true);
  });
});

describe('a list whose opener ends in an address, or under a heading that only names the dossier (audit #1)', () => {
  it('reads the entries after "Aanmelden kan door onderstaande documenten te sturen naar ...: ggsl@rug.nl.", after a list of requirements', () => {
    const text = [
      'Een student dient te voldoen aan de volgende toelatingseisen:',
      '  • het bezit van voldoende kennis voor de opleiding;',
      '  • een geschikte attitude, motivatie en talent voor het volgen van de opleiding.',
      '',
      'Aanmelden kan door onderstaande documenten te sturen naar de Graduate School of Law (GGSL): ggsl@rug.nl.',
      '',
      '  • curriculum vitae;',
      '  • een overzicht van alle tot dan toe behaalde studieresultaten;',
      '  • een motiveringsbrief om deze opleiding te doen;',
      '  • schriftelijke resultaten van eerder verricht onderzoek;',
      '  • en een foto.',
    ].join('\n');
    expect(items(text).map((i) => i.split(' ')[0])).toEqual(['cv/required', 'transcript/required', 'motivation_letter/required', 'other/required', 'other/required']);
    expect(items(text).filter((i) => i.startsWith('other/')).every((i) => i.endsWith('(marked)'))).toBe(true);
  });

  it('reads a numbered list under a heading "Dossier", each unknown entry a marked other item', () => {
    const text = [
      'Voor de beoordeling zijn de criteria zoals vastgesteld binnen de faculteit leidend.',
      '',
      'Dossier',
      '',
      ' 1. CV',
      ' 2. Research statement (inclusief inbedding van onderzoek binnen de groep)',
      ' 3. Publicatie-lijst (met volledige auteurs)',
      ' 4. Lijst van verworven 2e en 3e geldstroomprojecten',
      ' 5. Lijst van verzorgde vakken (inclusief korte beschrijving van inhoud en rol in het curriculum)',
      ' 6. Lijst van bestuurlijke taken',
    ].join('\n');
    expect(items(text)).toEqual([
      'cv/required CV',
      'research_statement/required Research statement',
      'publication_list/required Publicatie-lijst',
      'other/required Lijst van verworven 2e en 3e geldstroomprojecten (marked)',
      'other/required Lijst van verzorgde vakken (marked)',
      'other/required Lijst van bestuurlijke taken (marked)',
    ]);
  });

  it('reads a list under a Swedish heading "Handlingar" the same way', () => {
    expect(items('Handlingar\n\n1. CV\n2. Förteckning över erhållna anslag\n3. Förteckning över undervisade kurser').map((i) => i.split(' ')[0])).toEqual([
      'cv/required',
      'other/required',
      'other/required',
    ]);
  });
});

describe('label lines without bullets after "kuten alla:" (audit #1)', () => {
  it('reads "Liitteet tulee nimetä, kuten alla:" as an opener, not as an address ("alla" is not Italian here)', () => {
    const text = ['Liitteet tulee nimetä, kuten alla:', 'TUTKIMUSSUUNNITELMA (yksityiskohtainen, 1–10 sivua)', 'ANSIOLUETTELO', 'JULKAISULUETTELO'].join('\n');
    expect(items(text).map((i) => i.replace(/ \(marked\)$/u, ''))).toEqual(['research_plan/required TUTKIMUSSUUNNITELMA [10]', 'cv/required ANSIOLUETTELO', 'publication_list/required JULKAISULUETTELO']);
  });

  it('still reads an Italian "alla:" as an address', () => {
    expect(items('Le domande, con CV e progetto di ricerca, vanno inviate alla:\nSegreteria del Dipartimento\nVia Roma 1').map((i) => i.split(' ')[0])).not.toContain('other/required');
  });
});

describe('requests in running prose (audit #1)', () => {
  it('reads the Spanish "se precisa que ...; asimismo, se debe de solicitar ..." sentence and its documents', () => {
    const text =
      'Para aplicar, se precisa que se complete el formulario de solicitud en línea; asimismo, se debe de solicitar el record de calificaciones, copia de título, curriculum vitae actualizado, fotocopia de la cédula, una certificación que acredite el dominio del idioma y una carta que presente los propósitos.';
    expect(items(text).map((i) => i.split(' ')[0])).toEqual([
      'other/required',
      'transcript/required',
      'diplomas/required',
      'cv/required',
      'other/required',
      'language_certificate/required',
      'motivation_letter/required',
    ]);
  });

  it('reads "se debe de solicitar el record de calificaciones" alone too', () => {
    expect(items('Además, se debe de solicitar el record de calificaciones de la universidad.').map((i) => i.split(' ')[0])).toEqual(['transcript/required']);
  });

  it('reads the French "Il faudra le compléter par une lettre de motivation, un CV, ..."', () => {
    const text = 'Le formulaire est en ligne. Il faudra le compléter par une lettre de motivation, un CV, un projet de recherche (1 à 5 pages) et une lettre de recommandation.';
    expect(items(text).map((i) => i.replace(/ \(marked\)$/u, ''))).toEqual([
      'motivation_letter/required Lettre de motivation',
      'cv/required CV',
      'research_plan/required Projet de recherche [5]',
      'references/required Lettre de recommandation',
    ]);
  });
});
