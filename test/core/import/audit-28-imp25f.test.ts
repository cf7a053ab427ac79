/**
 * Importer audit round 14 (notes/audit-import-2026-12-06j.md), what the first round of fixes left: label lines in
 * capitals with long text after them (#1), qualifications named with a document after "including ... and" (#2),
 * sentences about a document read as one (#7) and pointers quoting the wrong sentence (#10).
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(`Posting\n\n${text}\n`, { today: '2026-12-06' });
/** `kind/stage title (marked)` of each item. */
const items = (text: string) => read(text).profile.items.map((i) => `${i.kind}/${i.stage} ${i.title}${i.review === true ? ' (marked)' : ''}`);

describe('label lines in capitals with long text after them (audit #1)', () => {
  it('reads "SELVITYS – ..." and "LAUSUNTO – Hakijan tulee ..." after "kuten alla:" as entries (before: the list ended at the first long line)', () => {
    const text = [
      'Liitteet tulee nimetä, kuten alla:',
      'TUTKIMUSSUUNNITELMA (yksityiskohtainen, 1–10 sivua); kohdeapurahojen osalta esim. matkasuunnitelma ja miten matka liittyy hakijan tutkimukseen',
      'ANSIOLUETTELO (jossa olisi hyvä mainita myös pääaineen arvosana(t); voi myös liittää todistuskopion erillisenä liitteenä)',
      'MUUT (mahdolliset muut hakemuksen kannalta oleelliset liitteet, jotka voi nimetä niitä kuvaavalla tavalla)',
      'SELVITYS – Emil Aaltosen Säätiön aiemmin myönnetyn apurahan käyttöselvitys, mikäli sitä ei ole vielä toimitettu. Tämän lisäksi selvitys tulee toimittaa myös erillisellä selvityslomakkeella.',
      'LAUSUNTO – Hakijan tulee pyytää lausunnonantajaa täyttämään sähköinen lausuntolomake säätiön lausuntojärjestelmän kautta.',
    ].join('\n');
    expect(items(text)).toEqual([
      'research_plan/required TUTKIMUSSUUNNITELMA (marked)',
      'cv/required ANSIOLUETTELO',
      'other/optional MUUT (marked)',
      'other/required SELVITYS (marked)',
      'references/required LAUSUNTO (marked)',
    ]);
  });

  it('reads English label lines in capitals with a dash and a long description the same way', () => {
    const text = [
      'Please attach the following documents, named as below:',
      'RESEARCH PLAN (max. 5 pages) – describe the aims, the methods and how the project relates to earlier work on the topic',
      'CURRICULUM VITAE – with a list of the main publications and any earlier grants from the foundation',
      'STATEMENT – A statement from the head of department that the project can be carried out there, signed.',
    ].join('\n');
    expect(items(text)).toEqual(['research_plan/required RESEARCH PLAN', 'cv/required CURRICULUM VITAE', 'other/required STATEMENT (marked)']);
  });
});

describe('academic qualifications, and a document after "including ... and" (audit #2)', () => {
  it('reads "Your academic qualifications including in progress qualifications and IELTS if ..." as two items (before: IELTS only)', () => {
    const text = [
      'During the application process, you will be asked to provide:',
      '- Your academic qualifications including in progress qualifications and IELTS if English is not your first language',
      '- At least one letter of reference on institution/company headed paper',
    ].join('\n');
    const got = read(text).profile.items;
    expect(got.map((i) => [i.kind, i.stage, i.condition])).toEqual([
      ['diplomas', 'required', undefined],
      ['language_certificate', 'required', 'if English is not your first language'],
      ['references', 'required', undefined],
    ]);
  });

  it('keeps a TOEFL certificate with its own condition apart from "evidence of your academic qualifications, including ..."', () => {
    const text = 'Please send evidence of your academic qualifications, including degrees still in progress, and a TOEFL certificate if you are not a native speaker of English.';
    expect(read(text).profile.items.map((i) => [i.kind, i.condition])).toEqual([
      ['diplomas', undefined],
      ['language_certificate', 'if you are not a native speaker of English'],
    ]);
  });

  it('still reads "a CV including your publications and teaching experience" as one CV', () => {
    expect(items('Please send a CV including your publications and teaching experience, and a cover letter.')).toEqual(['cv/required CV', 'cover_letter/required Cover letter']);
  });
});

describe('a sentence about a document is no document of its own (audit #7)', () => {
  it('"(uploadable as a pdf in the application form)" says where the proof goes: no application form item (before: the form instead of the proof)', () => {
    const text = ['Required documents:', '- Proof of health insurance coverage (uploadable as a pdf in the application form)', '- An unofficial transcript'].join('\n');
    expect(items(text)).toEqual(['other/required Proof of health insurance coverage (marked)', 'transcript/required Unofficial transcript']);
  });

  it('"(upload it as a PDF in the application form)" the same', () => {
    const text = ['Required documents:', '- Proof of enrolment (upload it as a PDF in the application form)', '- An unofficial transcript'].join('\n');
    expect(items(text)).toEqual(['other/required Proof of enrolment (marked)', 'transcript/required Unofficial transcript']);
  });

  it('"Hakemus tulee kirjoittaa suomeksi tai englanniksi" in a numbered list is a language rule, not an item', () => {
    const text = ['1. Lähetä CV.', '2. Hakemus tulee kirjoittaa suomeksi tai englanniksi.', '3. Liitä tutkimussuunnitelma.'].join('\n');
    expect(items(text).map((i) => i.split(' ')[0])).toEqual(['cv/required', 'research_plan/required']);
  });

  it('"Ansökan ska skrivas på svenska eller engelska" the same', () => {
    expect(items(['1. Please send a CV.', '2. Ansökan ska skrivas på svenska eller engelska.', '3. Bifoga en forskningsplan.'].join('\n')).map((i) => i.split(' ')[0])).toEqual(['cv/required', 'research_plan/required']);
  });
});
