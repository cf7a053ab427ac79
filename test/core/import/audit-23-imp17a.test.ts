/**
 * Importer audit 23 (imp17a): a request written as a numbered list inline in one paragraph ("1. ...; 2. ...",
 * "(1) ...", "i) ...", "a) ...", "1) ...") is read entry by entry, each with its own limits; a list's opening is
 * recognized by its shape (a verb of containing with the application, or of sending, before a colon) in the
 * languages the importer reads; inline lists of duties, qualifications and topics give no items.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(`PhD position in Biology\n\n${text}\n`, { today: '2026-12-07' });
const items = (text: string) =>
  read(text).profile.items.map((i) => {
    const limits = { ...(i.max_pages !== undefined ? { pages: i.max_pages } : {}), ...(i.max_words !== undefined ? { words: i.max_words } : {}) };
    return [i.kind, i.stage, limits];
  });

describe('a list written inline in one paragraph: one item per entry, each with its own limits', () => {
  it('"1. ...; 2. ..." with semicolons (the audit\'s example): the caps of entries 1 and 3 stay theirs', () => {
    const text = 'Applications must include: 1. a cover letter (max. 1 page); 2. a CV with a list of publications; 3. a research statement (max. 2 pages) and 4. the names of three referees.';
    expect(items(text)).toEqual([
      ['cover_letter', 'required', { pages: 1 }],
      ['cv', 'required', {}],
      ['research_statement', 'required', { pages: 2 }],
      ['references', 'required', {}],
    ]);
    const refs = read(text).profile.items[3];
    expect([refs?.min, refs?.max, refs?.accepts]).toEqual([3, 3, ['referee']]);
  });

  it('"1. ... 2. ..." ending each entry with a full stop', () => {
    expect(items('Applications must include: 1. a cover letter. 2. a CV. 3. a research statement (max. 2 pages). 4. a signed declaration of originality.')).toEqual([
      ['cover_letter', 'required', {}],
      ['cv', 'required', {}],
      ['research_statement', 'required', { pages: 2 }],
      ['other', 'required', {}],
    ]);
  });

  it('"(1) ..., (2) ..." with commas: a cap between two commas is its entry\'s (before: lost)', () => {
    expect(items('Please send: (1) a cover letter, (2) a research proposal, max. 3 pages, (3) a CV, (4) transcripts.')).toEqual([
      ['cover_letter', 'required', {}],
      ['research_plan', 'required', { pages: 3 }],
      ['cv', 'required', {}],
      ['transcript', 'required', {}],
    ]);
    expect(items('The application must contain (1) a motivation letter (at most 2 pages), (2) a CV, (3) a research proposal of no more than 5 pages, and (4) copies of degree certificates.')).toEqual([
      ['motivation_letter', 'required', { pages: 2 }],
      ['cv', 'required', {}],
      ['research_plan', 'required', { pages: 5 }],
      ['diplomas', 'required', {}],
    ]);
  });

  it('"i) ..., ii) ...": a document of no known kind is an item with its own cap (before: dropped)', () => {
    const r = read('To apply, send us i) a one-page motivation letter, ii) your CV, iii) a short essay (max. 1000 words) on a topic of your choice, and iv) copies of your diplomas.');
    expect(r.profile.items.map((i) => [i.kind, i.title, i.max_pages, i.max_words])).toEqual([
      ['motivation_letter', 'One-page motivation letter', 1, undefined],
      ['cv', 'CV', undefined, undefined],
      ['other', 'A short essay on a topic of your choice', undefined, 1000],
      ['diplomas', 'Copies of your diplomas', undefined, undefined],
    ]);
  });

  it('"a) ...; b) ...": documents of no known kind are items, the cap on the one that states it (before: two dropped)', () => {
    expect(items('The application must contain: a) motivation letter; b) CV; c) a description of a completed project (max. 2 pages); d) a data management declaration; e) a signed consent form.')).toEqual([
      ['motivation_letter', 'required', {}],
      ['cv', 'required', {}],
      ['other', 'required', { pages: 2 }],
      ['other', 'required', {}],
      ['other', 'required', {}],
    ]);
    expect(items('Your application should contain a) a cover letter (max. 1 page), b) a CV, c) a publication list and d) a research plan of at most 3 pages.')).toEqual([
      ['cover_letter', 'required', { pages: 1 }],
      ['cv', 'required', {}],
      ['publication_list', 'required', {}],
      ['research_plan', 'required', { pages: 3 }],
    ]);
  });

  it('"1) ..., 2) ..."', () => {
    expect(items('Applicants should submit 1) a cover letter (max 2 pages), 2) a CV, 3) a statement of research interests (max 3 pages) and 4) the names and e-mail addresses of 3 referees.')).toEqual([
      ['cover_letter', 'required', { pages: 2 }],
      ['cv', 'required', {}],
      ['research_statement', 'required', { pages: 3 }],
      ['references', 'required', {}],
    ]);
  });

  it('entries written without separators keep their own names (before: "Motivation letter 2", "CV 3")', () => {
    expect(read('Your application must consist of 1. A motivation letter 2. A CV 3. A research proposal (max. 2 pages) 4. The names of two referees').profile.items.map((i) => [i.title, i.max_pages])).toEqual([
      ['Motivation letter', undefined],
      ['CV', undefined],
      ['Research proposal', 2],
      ['Names of two referees', undefined],
    ]);
  });

  it('a number that goes on in a later sentence is that sentence\'s ("Shortlisted candidates will be asked for (6) ...")', () => {
    expect(items('Please include in your application: (1) motivation letter, (2) CV, (3) research proposal of no more than 5 pages, (4) list of publications, (5) a copy of your master\'s diploma. Shortlisted candidates will be asked for (6) two recommendation letters.')).toEqual([
      ['motivation_letter', 'required', {}],
      ['cv', 'required', {}],
      ['research_plan', 'required', { pages: 5 }],
      ['publication_list', 'required', {}],
      ['diplomas', 'required', {}],
      ['references', 'later', {}],
    ]);
  });

  it('the paragraph\'s end ends the inline list: a numbered heading after it is no document', () => {
    const text = 'A complete application consists of: (a) your online application form; (b) a detailed project statement; (c) a detailed curriculum vitae; (d) three reference letters.\n1. REVIEW ELIGIBILITY CRITERIA\nPlease review the prerequisites to ensure your eligibility.';
    expect(read(text).profile.items.map((i) => i.kind)).toEqual(['other', 'research_plan', 'cv', 'references']);
  });

  it('inside a numbered list of documents, an inline list in a paragraph describes the entry above it', () => {
    const text = 'Your application must contain the following documents:\n\n1. Personal letter\n\nYour personal letter should also state (1) your planned study pace, (2) the planned length of your studies, and (3) the planned date of your defence.\n\n2. CV\n\nList your degrees.';
    expect(read(text).profile.items.map((i) => i.kind)).toEqual(['motivation_letter', 'cv']);
  });
});

describe('an inline list of duties, qualifications or topics gives no items', () => {
  it('duties: "Your tasks: 1. ...; 2. ..."', () => {
    expect(items('Your tasks: 1. carry out research on soil; 2. write papers (max. 2 per year); 3. teach a course; 4. supervise students. Please send a CV and a cover letter.')).toEqual([
      ['cv', 'required', {}],
      ['cover_letter', 'required', {}],
    ]);
  });

  it('qualifications: "a candidate with (1) ..., (2) ..."', () => {
    expect(items("We are looking for a candidate with (1) a Master's degree in physics, (2) experience in writing scientific publications, (3) excellent programming skills and (4) good command of English. Please send a CV.")).toEqual([['cv', 'required', {}]]);
  });

  it('topics: "Research topics include: (a) ...; (b) ..." (before: a research plan item)', () => {
    expect(items('Research topics include: (a) machine learning; (b) statistics of publications; (c) research proposals for evaluation. Send a CV.')).toEqual([['cv', 'required', {}]]);
  });

  it('duties: "The successful candidate will i) ..., ii) ..."', () => {
    expect(items('The successful candidate will i) develop a research plan, ii) write a thesis, iii) present results at conferences. Apply with a CV.')).toEqual([['cv', 'required', {}]]);
  });
});

describe('a list opening recognized by its shape, in the languages the importer reads', () => {
  // Entries that name no known kind: only the opening says they are documents to send.
  const list = (opening: string, entries: string[]) => `${opening}\n${entries.map((e) => `- ${e}`).join('\n')}`;
  const others = (text: string) => read(text).profile.items.map((i) => [i.kind, i.stage]);
  const three = [
    ['other', 'required'],
    ['other', 'required'],
    ['other', 'required'],
  ];

  it.each([
    ['Spanish "constará de"', 'La candidatura constará de:', ['resumen de los cursos impartidos', 'resumen del proyecto de máster', 'descripción de la financiación obtenida']],
    ['Finnish "tulee sisältää"', 'Hakemuksen tulee sisältää:', ['yhteenveto opetetuista kursseista', 'tiivistelmä maisteriprojektista', 'kuvaus saadusta rahoituksesta']],
    ['French "contiendra"', 'Votre dossier contiendra :', ['un aperçu des cours donnés', 'un bilan du projet de master', 'une description des financements obtenus']],
    ['Italian "dovrà comprendere"', 'La domanda dovrà comprendere:', ['elenco dei corsi tenuti', 'sintesi del progetto di master', 'descrizione dei finanziamenti ottenuti']],
    ['Swedish "bör omfatta"', 'Din ansökan bör omfatta:', ['översikt över undervisade kurser', 'sammanfattning av masterprojektet', 'beskrivning av erhållen finansiering']],
  ])('%s opens a list of documents (before: one stand-in item)', (_name, opening, entries) => {
    expect(others(list(opening, entries))).toEqual(three);
  });

  it.each([
    ['Dutch', 'Je sollicitatie dient in ieder geval te omvatten een:', ['overzicht van gegeven cursussen', 'samenvatting van je masterproject', 'beschrijving van verworven financiering']],
    ['German "sind einzureichen"', 'Folgende Unterlagen sind einzureichen:', ['Übersicht der Lehrveranstaltungen', 'Zusammenfassung des Masterprojekts', 'Darstellung der eingeworbenen Drittmittel']],
    ['German "sollte enthalten"', 'Ihre Bewerbung sollte enthalten:', ['Übersicht der Lehrveranstaltungen', 'Zusammenfassung des Masterprojekts', 'Darstellung der eingeworbenen Drittmittel']],
    ['French "comprendra"', 'Le dossier de candidature comprendra :', ['un aperçu des cours donnés', 'un bilan du projet de master', 'une description des financements obtenus']],
    ['Swedish "ska innehålla"', 'Ansökan ska innehålla:', ['översikt över undervisade kurser', 'sammanfattning av masterprojektet', 'beskrivning av erhållen finansiering']],
    ['Finnish "tulee liittää"', 'Hakemukseen tulee liittää:', ['yhteenveto opetetuista kursseista', 'tiivistelmä maisteriprojektista', 'kuvaus saadusta rahoituksesta']],
    ['Spanish "deberá incluir"', 'La solicitud deberá incluir:', ['resumen de los cursos impartidos', 'resumen del proyecto de máster', 'descripción de la financiación obtenida']],
    ['Portuguese "deverá conter"', 'A candidatura deverá conter:', ['resumo dos cursos lecionados', 'resumo do projeto de mestrado', 'descrição do financiamento obtido']],
    ['Polish "powinno zawierać"', 'Zgłoszenie powinno zawierać:', ['wykaz prowadzonych zajęć', 'streszczenie projektu magisterskiego', 'opis uzyskanego finansowania']],
  ])('%s (the audit\'s wordings and two more) still opens a list of documents', (_name, opening, entries) => {
    expect(others(list(opening, entries))).toEqual(three);
  });

  it.each([
    ['German duties', 'Die Stelle umfasst folgende Aufgaben:', ['Betreuung von Studierenden', 'Durchführung von Lehrveranstaltungen', 'Mitarbeit in Projekten']],
    ['French duties', 'Le poste comprend :', ["l'enseignement de la statistique", 'la recherche en biologie', "l'encadrement d'étudiants"]],
    ['Swedish duties', 'Tjänsten omfattar:', ['undervisning i statistik', 'forskning inom biologi', 'handledning av studenter']],
    ['Spanish duties', 'El puesto incluye:', ['docencia en estadística', 'investigación en biología', 'supervisión de estudiantes']],
    ['what the employer sends', 'We will send you:', ['a confirmation of receipt', 'an invitation to the interview', 'the contract']],
    ['what the employer sends, in German', 'Wir senden Ihnen:', ['eine Eingangsbestätigung', 'eine Einladung zum Gespräch', 'den Vertrag']],
    ['the steps of the process', 'The application process consists of:', ['a screening call', 'an interview with the committee', 'a trial lecture']],
  ])('%s: no items', (_name, opening, entries) => {
    expect(others(`${list(opening, entries)}\n\nPlease send a CV.`)).toEqual([['cv', 'required']]);
  });
});

describe('"not more than" in Danish, Norwegian and Swedish caps a document (found with the Danish list opening)', () => {
  it.each([
    ['Danish', 'Ansøgningen skal indeholde:\n- CV\n- en projektbeskrivelse\n\nProjektbeskrivelsen må ikke fylde mere end 5 sider.'],
    ['Norwegian', 'Søknaden skal inneholde:\n- CV\n- en prosjektbeskrivelse\n\nProsjektbeskrivelsen skal ikke være mer enn 5 sider.'],
    ['Swedish', 'Ansökan ska innehålla:\n- CV\n- en forskningsplan\n\nForskningsplanen får inte vara mer än 5 sidor.'],
  ])('%s (before: no cap)', (_name, text) => {
    expect(items(text)).toEqual([
      ['cv', 'required', {}],
      ['research_plan', 'required', { pages: 5 }],
    ]);
  });
});
