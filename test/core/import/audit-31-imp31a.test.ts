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
