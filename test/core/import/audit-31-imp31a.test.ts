/**
 * Reverify 12-06k #12: a pipe table's description cell describes the first cell's document; it starts no item of its own.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const profile = (text: string) => importPosting(text, { today: '2026-12-06' }).profile;
/** `kind/stage R|-`, with R when marked for review. */
const items = (text: string) => profile(text).items.map((i) => `${i.kind}/${i.stage} ${i.review ? 'R' : '-'}`);
const table = (rows: string[]) => ['Title', 'Prepare the following documents and submit them as a single pdf file:', 'Document | Description |', '---|---|', ...rows].join('\n');

describe("a table row's description cell", () => {
  it('starts no second item (before: an unmarked required diplomas item "Diploma studies" from "... diploma studies")', () => {
    const text = table(['Motivation letter | Indicate the motivation. |', 'Data privacy statement | |', 'Academic transcripts | Certificates of conducted master, bachelor and diploma studies. |']);
    expect(items(text)).toEqual(['motivation_letter/required -', 'other/required R', 'transcript/required -']);
    // Nor is it pointed at as a document no item lists: it is the transcripts' description.
    expect(JSON.stringify(profile(text))).not.toMatch(/diplomas/);
  });

  it('in another wording: the degree certificates a transcript row describes, the publications a CV row describes', () => {
    const text = table(['Transcript of records | Together with copies of your degree certificates. |', 'Curriculum Vitae | Including a list of publications. |']);
    expect(items(text)).toEqual(['transcript/required -', 'cv/required -']);
  });

  it('still reads a row whose first cell names two documents', () => {
    expect(items(table(['CV and cover letter | One page each. |'])).map((i) => i.slice(0, -2))).toEqual(['cv/required', 'cover_letter/required']);
  });
});

describe('a CV of someone else (reverify 12-06k #5)', () => {
  const read = (text: string) => profile(text).items.map((i) => [i.kind, i.title, i.condition, i.review]);

  it('is an `other` item, marked, with its condition (before: "Currículum resumit dels tutors" was the applicant\'s `cv`, unmarked)', () => {
    const list = (entry: string) => `Sol·licitud\nAquesta sol·licitud haurà d'anar acompanyada de la següent documentació:\n  • ${entry}\n  • Expedient acadèmic dels autors.`;
    expect(read(list("Currículum resumit dels tutors, si els hagués, dels darrers 5 anys d'activitat."))[0]).toEqual(['other', 'Currículum resumit dels tutors', 'si els hagués', true]);
    expect(read('Convocatoria\nLa solicitud irá acompañada de:\n  • Currículum abreviado de los tutores.\n  • Expediente académico.')[0]).toEqual(['other', 'Currículum abreviado de los tutores', undefined, true]);
    expect(read('Post\nPlease send:\n- a short CV of the supervisor\n- your transcripts')[0]?.slice(0, 1)).toEqual(['other']);
  });
});

describe("a size cap said of each document (reverify 12-06k #3)", () => {
  const sub = (text: string) => {
    const p = importPosting(text, { today: '2026-12-06' });
    return [p.profile.submission.format, p.profile.submission.max_mb, p.review.some((r) => r.path === 'submission.format' && /size cap for each file/.test(r.reason))];
  };
  const list = 'Sol·licitud\nAquesta sol·licitud haurà d\'anar acompanyada de la següent documentació:\n  • Treball original de recerca.\n  • Expedient acadèmic dels autors.\n';

  it('is each file\'s, marked, when one document is spared it (before: one PDF of at most 1 MB for the whole packet)', () => {
    expect(sub(`${list}Els documents hauran d'estar redactats en castellà i la grandària màxima serà d' 1Mb (excepte el treball original de recerca).`)).toEqual(['separate-files', 1, true]);
    expect(sub('Post\nPlease send a CV and a cover letter. Files may not exceed 2 MB (except the portfolio).')).toEqual(['separate-files', 2, true]);
  });

  it('is each file\'s when said "por documento", "pro Datei" (before: one PDF of at most that size)', () => {
    expect(sub('Convocatoria\nSe debe adjuntar el currículum y el expediente académico. Los archivos PDF no podrán superar 2 MB por documento.')).toEqual(['separate-files', 2, true]);
    expect(sub('Stelle\nBitte senden Sie Lebenslauf und Zeugnisse; die PDF-Dateien dürfen 5 MB pro Datei nicht überschreiten.')).toEqual(['separate-files', 5, true]);
  });
});
