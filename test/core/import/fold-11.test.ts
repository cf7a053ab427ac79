import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const kinds = (text: string): string[] => importPosting(text).profile.items.map((i) => `${i.kind}/${i.stage}`);
const titles = (text: string): string[] => importPosting(text).profile.items.map((i) => i.title);

describe('what fold 11 showed the importer did not read (read after its first scoring)', () => {
  it('reads the rows of a flattened table numbered 1, 2, 3 with no mark as entries, names in title marks without the count column (before: none read)', () => {
    const text = '博士后进站材料\n\n申请材料一览表\n\n序号 材料名称 份数\n1 《博士后申请表》 4\n2 专家推荐信(两位) 4\n3 博士学位证书复印件 4\n4 《体检表》 1';
    expect(kinds(text)).toEqual(['other/required', 'references/required', 'diplomas/required', 'other/required']);
    expect(titles(text)).toEqual(['博士后申请表', '专家推荐信', '博士学位证书复印件', '体检表']);
  });

  it('leaves lines that only start with a number as prose when they are not numbered 1, 2, 3 in a row', () => {
    const text = 'Postdoctoral position\n\nPlease send a CV and a cover letter.\n3 letters of reference will be requested later.\n5 years of funding are available.';
    expect(kinds(text)).toEqual(['cv/required', 'cover_letter/required', 'references/later']);
  });

  it('takes a paragraph that points at "the following documents" as the list\'s opening, though another sentence ends it, and keeps an earlier paragraph\'s case off the list (before: every item conditional on it)', () => {
    const text = [
      'Fellowship application',
      '',
      'This form must be completed in one sitting. If you are completing the application offline, please ensure that all your documents are included in the email you send.',
      '',
      'Please note that you will require the following documents for upload during this application. Please tick them off the list at the end.',
      '',
      '  • The names of three referees',
      '  • Letter of Motivation',
      '  • Academic Writing Sample',
    ].join('\n');
    const items = importPosting(text).profile.items;
    expect(items.map((i) => `${i.kind}/${i.stage}`)).toEqual(['references/required', 'motivation_letter/required', 'writing_sample/required']);
    expect(items.map((i) => i.condition)).toEqual([undefined, undefined, undefined]);
  });

  it('reads "required for upload in the portal" as how to send, not as a case (with the opening above, the list came out conditional on it)', () => {
    const text = 'PhD programme\n\nDocumentation\n\nThe candidates should prepare the following documentation, required for upload in the Submission Application. All documents must be in English.\n\n  1. A scanned copy of a valid passport\n  2. Curriculum Vitae\n  3. Motivation letter';
    const items = importPosting(text).profile.items;
    expect(items.map((i) => `${i.kind}/${i.stage}`)).toEqual(['other/required', 'cv/required', 'motivation_letter/required']);
    expect(items.map((i) => i.condition)).toEqual([undefined, undefined, undefined]);
  });

  it('reads Chinese written in traditional characters, as Taiwan and Hong Kong write it (before: one item of eight)', () => {
    const text =
      '國立大學徵專任教師\n\n參、申請方式\n一、應繳資料:請依序排列\n(一)請備履歷表、自傳、博士學位證書影本、博士學位論文、大學以上成績單影本、學術著作目錄及論著全文,並敘明代表著作。';
    expect(kinds(text)).toEqual(['cv/required', 'bio/required', 'diplomas/required', 'thesis/required', 'transcript/required', 'publication_list/required', 'writing_sample/required']);
    expect(titles(text)).toEqual(['履歷表', '自傳', '博士學位證書影本', '博士學位論文', '成績單影本', '學術著作目錄', '論著全文']);
  });

  it('reads a Hebrew list of documents (before: none read)', () => {
    const text = 'משרה בפקולטה\n\nהמסמכים הנדרשים:\n\n1. קורות חיים מעודכנים\n2. רשימת פרסומים\n3. מבחר פרסומים\n4. שלושה מכתבי המלצה';
    expect(kinds(text)).toEqual(['cv/required', 'publication_list/required', 'writing_sample/required', 'references/required']);
  });

  it('reads Portuguese "É preciso enviar:" as the opening of the list, the application form and the project description in it (before: only the CV)', () => {
    const text = 'Residência artística\n\nAs inscrições podem ser feitas pelo e-mail. É preciso enviar:\n- formulário de inscrição preenchido, currículo, descrição detalhada do projeto, com calendário de desenvolvimento.';
    expect(kinds(text)).toEqual(['other/required', 'cv/required', 'research_plan/required']);
  });

  it('reads entries numbered "1-", "2-" with the dash glued to the entry, a note in brackets under one of them its own (before: the CV only)', () => {
    const text = 'Position\n\nApplicants must submit the following documents:\n1-Application form\n(Download it from the link above.)\n2-Curriculum vitae\n3- 2 photographs\n4-Copy of passport';
    expect(kinds(text)).toEqual(['other/required', 'cv/required', 'other/required', 'other/required']);
    expect(titles(text)[0]).toBe('Application form');
  });

  it('reads a Turkish list of documents, capital "İ" and dotless "ı" as the same letters, the case of one entry as its condition (before: none read)', () => {
    const text = [
      'Öğretim Üyesi Alımı',
      '',
      'İlk Defa Atanacaklar İçin Başvuruda İstenen Belgeler',
      '',
      '1-    Başvuru Dilekçesi',
      '2-    Özgeçmiş',
      '3-    Diploma Fotokopisi',
      '4-    Lisans Transkripti',
      '5-    Yabancı Dil Belgesi',
      '6-    Yabancı Dil Eğitimi Verecekler İçin CELTA Sertifika',
      '7-    Nüfus Cüzdanı Fotokopisi',
    ].join('\n');
    const items = importPosting(text).profile.items;
    expect(items.map((i) => `${i.kind}/${i.stage}`)).toEqual([
      'cover_letter/required',
      'cv/required',
      'diplomas/required',
      'transcript/required',
      'language_certificate/required',
      'other/required',
      'other/required',
    ]);
    expect(items.map((i) => i.condition !== undefined)).toEqual([false, false, false, false, false, true, false]);
    expect(items[5]?.condition).toMatch(/^Verecekler İçin/u);
  });

  it('gives "One page where you:" under a document\'s label to that document as its page limit (before: none)', () => {
    const text = [
      'Associate professor',
      '',
      'The application should be attached as PDF files, as below.',
      'Personal letter: (Please name the uploaded document: Personal letter, Family name)',
      'One page where you:',
      '• Introduce yourself',
      'Research statement: (Please name the document as: Research statement, Family name)',
      'One to three pages where you:',
      '• Describe your previous research.',
    ].join('\n');
    const items = importPosting(text).profile.items;
    expect(items.map((i) => [i.kind, i.max_pages])).toEqual([
      ['motivation_letter', 1],
      ['research_statement', 3],
    ]);
  });

  it('reads bullets between "1." and "2." as the first entry\'s points, though the page lost their indentation (before: five extra items)', () => {
    const text = [
      'Research fellowship',
      '',
      'The application must include:',
      '',
      '1. A Curriculum Vitae',
      '',
      '  • Educational qualification',
      '  • Professional experience',
      '  • Major publications',
      '',
      '2. A research proposal that clearly:',
      '',
      '  • provides an outline of the proposed topic',
    ].join('\n');
    expect(kinds(text)).toEqual(['cv/required', 'research_plan/required']);
  });

  it('keeps the lettered entries under "1. The application form containing the following items:" as documents, each with its size', () => {
    const text = 'Scholarship\n\nThe application must contain:\n\n1. The application form containing the following content items:\n\na) a letter of motivation (1 page);\nb) a summary of previous research (1-3 pages);\n\n2. A letter of recommendation from the supervisor;';
    const items = importPosting(text).profile.items;
    expect(items.filter((i) => i.kind !== 'other').map((i) => [i.kind, i.max_pages])).toEqual([
      ['motivation_letter', 1],
      ['research_statement', 3],
      ['references', undefined],
    ]);
  });

  it('reads Chilean "Certificado(s) de Título(s) y Grado(s) y concentración de notas" as diplomas and a transcript, and a "Formato currículum" as the CV\'s template (before: one item of another kind, two extra CVs)', () => {
    const text = [
      'Magíster',
      '',
      'Documentos requeridos:',
      '- Currículum Vitae Normalizado, en el formato que corresponda a cada caso',
      '- Formato currículum normalizado RECIÉN EGRESADOS/AS, (para postulantes recién egresados).',
      '- Certificado(s) de Títulos(s) y Grado(s) y concentración de notas legalizados ante notario.',
    ].join('\n');
    expect(kinds(text)).toEqual(['cv/required', 'diplomas/required', 'transcript/required']);
  });
});
