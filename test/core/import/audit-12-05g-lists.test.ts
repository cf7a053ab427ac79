/**
 * Audit 12 (05g), findings 3, 9 and 11: list entries over a list of their own points, lists that are not documents
 * (skills, a form's fields), the title line, and the sentences that introduce a list of documents.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const kinds = (text: string) => importPosting(text).profile.items.map((i) => i.kind);

describe('an entry ending in ":" over its own points names a document (#3)', () => {
  const lists: [string, string[]][] = [
    ['en, indented', ['The application must contain:', '', ' 1. Curriculum vitae.', ' 2. An overview of your contributions to outreach in relation to the field:', '  a. public lectures,', '  b. media work.', ' 3. A complete list of publications.']],
    ['en, the indent lost', ['The application must contain:', '', '1. Curriculum vitae.', '2. An overview of your contributions to outreach in relation to the field:', 'a. public lectures,', 'b. media work.', '3. A complete list of publications.']],
    ['de', ['Die Bewerbung muss folgende Unterlagen enthalten:', '- Lebenslauf', '- Eine Darstellung Ihrer Aktivitäten in der Wissenschaftskommunikation:', '  - öffentliche Vorträge,', '  - Medienarbeit.', '- Publikationsliste']],
    ['nl', ['Je sollicitatie moet bevatten:', '- CV', '- Een overzicht van je bijdragen aan onderwijsvernieuwing:', '  - nieuwe cursussen,', '  - begeleiding.', '- Publicatielijst']],
    ['sv', ['Ansökan ska innehålla:', '1. CV', '2. En redogörelse för ditt samverkansarbete i förhållande till ämnet:', '  a. populärvetenskap,', '  b. mediearbete.', '3. Publikationslista']],
    ['fi', ['Hakemukseen tulee liittää:', '- CV', '- Selvitys yhteiskunnallisesta vuorovaikutuksesta:', '  - yleisöluennot,', '  - mediatyö.', '- Julkaisuluettelo']],
  ];
  for (const [name, lines] of lists) {
    it(`is an item marked for review, its points its contents (${name})`, () => {
      const { profile, review } = importPosting(['Position', ...lines].join('\n'));
      expect(profile.items.map((i) => i.kind)).toEqual(['cv', 'other', 'publication_list']);
      expect(profile.items[1]?.review).toBe(true);
      expect(review.some((r) => r.path === 'items[1]' && /points listed under this entry .* what this document should contain/u.test(r.reason))).toBe(true);
    });
  }

  it('a long one is pointed at', () => {
    const { profile, unlisted } = importPosting(['Post', 'Applications must include:', '1. CV', '2. A detailed account of how your previous contributions to public outreach and science communication relate to the aims of the department and its partners in the region:', '  a. public lectures,', '  b. media work.', '3. A list of publications'].join('\n'));
    expect(profile.items.map((i) => i.kind)).toEqual(['cv', 'publication_list']);
    expect(unlisted.some((u) => u.name.startsWith('A detailed account of how'))).toBe(true);
  });

  it('an entry that groups documents for a case still gives them, not itself', () => {
    const items = importPosting(['Your application should include the following:', '  • A cover letter.', '  • For academic appointments, details of:', '    (a) research outputs, including a list of your publications', '    (c) a teaching statement'].join('\n')).profile.items;
    expect(items.map((i) => i.kind)).toEqual(['cover_letter', 'publication_list', 'teaching_statement']);
  });

  it('lettered lines that name documents stay entries', () => {
    expect(kinds(['Post', 'Applications must include:', '1. CV', '2. Certified copies:', 'a. degree certificates', 'b. transcripts of records', '3. A list of publications'].join('\n'))).toEqual(['cv', 'diplomas', 'transcript', 'publication_list']);
  });
});

describe('lists of skills and of a form\'s fields give no items (#9)', () => {
  it('"Required knowledge and skills:" and its siblings are no list of documents', () => {
    const cases: [string[], string[]][] = [
      [['Required knowledge and skills:', '  • organizational skills,', '  • experience in leading and managing teams,', '  • a vision of the direction and development of the institute.', 'The application must include the following attachments:', '  • a structured CV,'], ['cv']],
      [['Erforderliche Kenntnisse und Fähigkeiten:', '- Teamfähigkeit', '- Organisationstalent', 'Bitte senden Sie Ihren Lebenslauf.'], ['cv']],
      [['Wymagane umiejętności:', '- umiejętność pracy w zespole', '- znajomość języka angielskiego', 'Wymagane dokumenty:', '- CV', '- list motywacyjny'], ['cv', 'motivation_letter']],
      [['Požadované znalosti a dovednosti:', '- organizační schopnosti', '- komunikační dovednosti', 'Požadované dokumenty:', '- životopis', '- motivační dopis'], ['cv', 'motivation_letter']],
    ];
    for (const [lines, want] of cases) expect(kinds(['Position', ...lines].join('\n'))).toEqual(want);
  });

  it('the fields a form must hold are not documents, nor pointed at', () => {
    const posting = ['Director', 'The applicant submits a separate application form for the open competition. This document must include:', '  • name, surname, degree,', '  • date and place of birth,', '  • nationality,', '  • permanent residence,', '  • identity card number (foreign nationals provide the number of the residence permit),', '  • date and signature.', 'The application must include the following attachments:', '  • a structured CV,', '  • a criminal record certificate not older than three months,'].join('\n');
    const { profile, unlisted } = importPosting(posting);
    expect(profile.items.map((i) => i.title)).toEqual(['CV', 'Criminal record certificate not older than three months']);
    expect(unlisted.map((u) => u.name)).toEqual(['separate application form']);
  });

  it('in German, Polish, French: fields give no items, the documents beside them do', () => {
    expect(kinds(['Stelle', 'Der Bewerbungsbogen muss enthalten:', '- Name, Vorname,', '- Geburtsdatum und Geburtsort,', '- Staatsangehörigkeit,', '- Anschrift,', '- Unterschrift.', 'Bitte senden Sie Ihren Lebenslauf.'].join('\n'))).toEqual(['cv']);
    expect(kinds(['Konkurs', 'Formularz musi zawierać:', '- imię i nazwisko,', '- datę i miejsce urodzenia,', '- obywatelstwo,', '- adres zamieszkania,', '- numer PESEL,', '- podpis.', 'Do zgłoszenia należy dołączyć:', '- CV,', '- kopię dyplomu.'].join('\n'))).toEqual(['cv', 'diplomas']);
    expect(kinds(['Poste', 'Votre candidature doit comporter :', '- nom, prénom,', '- date et lieu de naissance,', '- nationalité,', '- adresse,', '- signature.', 'Le dossier doit comprendre un CV et une lettre de motivation.'].join('\n'))).toEqual(['cv', 'motivation_letter']);
  });

  it('a list of documents with a field in it keeps its documents', () => {
    expect(kinds(['Post', 'Applications must include:', '- Name and address', '- CV', '- Cover letter', '- Copy of passport'].join('\n'))).toEqual(['cv', 'cover_letter', 'other']);
  });
});

describe('the first line names the posting and asks for nothing (#11a)', () => {
  const body = 'Please send a CV and a motivation letter by 1 March 2027.';

  it('a title saying "(one PDF, 3 referees)" sets no format and points at nothing', () => {
    const { profile, unlisted, review } = importPosting(`PhD position in Chemistry (one PDF, 3 referees)\n${body}`, { today: '2026-12-05' });
    expect(profile.title).toBe('PhD position in Chemistry (one PDF, 3 referees)');
    expect(profile.items.map((i) => i.kind)).toEqual(['cv', 'motivation_letter']);
    expect(unlisted).toEqual([]);
    expect(review.some((r) => r.path === 'submission.format' && /does not say/u.test(r.reason))).toBe(true);
  });

  it('nor does a Markdown title, nor the page address on the first line', () => {
    expect(importPosting(`# Postdoc in Physics (single PDF; referees)\n\n${body}`, { today: '2026-12-05' }).unlisted).toEqual([]);
    const { unlisted, review } = importPosting(`https://example.org/jobs/phd-cv-transcript-single-pdf\n${body}`, { today: '2026-12-05' });
    expect(unlisted).toEqual([]);
    expect(review.some((r) => r.path === 'submission.format')).toBe(true);
  });

  it('a date in the title is still read', () => {
    expect(importPosting(`PhD position in Chemistry (closing date 15 January 2027)\nPlease send a CV.`, { today: '2026-12-05' }).profile.deadline).toBe('2027-01-15');
  });

  it('a first line that asks for documents is read', () => {
    expect(kinds(`Please send a CV and a transcript in one PDF.\nPhD position in Chemistry`)).toEqual(['cv', 'transcript']);
  });
});

describe('a list named as the list of documents is introduced (#11b)', () => {
  const intros = [
    'Ponadto wymagane są poniższe dokumenty, na podstawie których Komisja może ustalić wyniki studiów:',
    'Lista załączników:',
    'Seznam dokumentů:',
    'Seznam požadovaných příloh:',
    'Potřebné doklady:',
    'Document checklist:',
    'Erforderliche Dokumente:',
    'Lijst van documenten:',
    'Vereiste documenten:',
    'Förteckning över bilagor:',
    'Nödvändiga handlingar:',
    'Luettelo liitteistä:',
    'Tarvittavat asiakirjat:',
    'Liste des documents :',
    'Pièces requises :',
    'Relación de documentos:',
    'Elenco dei documenti:',
    'Liste over dokumenter:',
  ];
  for (const intro of intros) {
    it(`"${intro}" introduces its entries`, () => {
      const { profile, review } = importPosting(['Title line', intro, '- CV', '- list of publications', '- copy of diploma'].join('\n'));
      expect(profile.items.map((i) => i.kind)).toEqual(['cv', 'publication_list', 'diplomas']);
      expect(review.some((r) => /no sentence introduces/u.test(r.reason))).toBe(false);
    });
  }
});
