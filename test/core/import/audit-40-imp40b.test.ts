/**
 * Importer leftovers of the closing note of session 18 (task imp40b): passive German refusals, the Italian "In caso
 * di" condition, a project's start, a deadline's unread time, a size cap inside one document's parenthesis.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-05' });
const refused = (text: string) => (read(text).profile.not_wanted ?? []).map((n) => ({ what: n.what, kind: n.kind, review: n.review === true }));

describe('passive German refusals are read as not wanted, as the active "keine ..." and English "will not be accepted" are', () => {
  it('reads "Es werden keine Originale angenommen" as a refusal of the originals, marked as a guess (before: nothing)', () => {
    expect(refused('Bitte senden Sie einen Lebenslauf. Es werden keine Originale angenommen.')).toEqual([{ what: 'Originale', kind: undefined, review: true }]);
    expect(refused('Bitte senden Sie einen Lebenslauf. Originale werden nicht angenommen.')).toEqual([{ what: 'Originale', kind: undefined, review: true }]);
  });

  it('reads known documents refused in the passive with their kind: "werden nicht angenommen", "Es sind keine ... beizufügen"', () => {
    expect(refused('Bitte senden Sie einen Lebenslauf. Empfehlungsschreiben werden nicht angenommen.')).toEqual([{ what: 'Empfehlungsschreiben', kind: 'references', review: false }]);
    expect(refused('Bitte senden Sie einen Lebenslauf. Es sind keine Zeugnisse beizufügen.')).toEqual([{ what: 'Zeugnisse', kind: 'diplomas', review: false }]);
    expect(refused('Bitte senden Sie einen Lebenslauf. Zeugnisse werden nicht benötigt.')).toEqual([{ what: 'Zeugnisse', kind: 'diplomas', review: false }]);
    expect(refused('Bitte senden Sie einen Lebenslauf. Fotos sind nicht erwünscht.')).toEqual([{ what: 'Fotos', kind: undefined, review: false }]);
  });

  it('refuses no document when the application itself or a way of sending is refused, or nothing is a document', () => {
    expect(refused('Bitte senden Sie einen Lebenslauf. Es werden keine unvollständigen Bewerbungen angenommen.')).toEqual([]);
    expect(refused('Bitte senden Sie einen Lebenslauf. Bewerbungen per E-Mail werden nicht angenommen.')).toEqual([]);
    expect(read('Bitte senden Sie einen Lebenslauf. Bewerbungen per E-Mail werden nicht angenommen.').profile.notes).toContain('Bewerbungen per E-Mail werden nicht angenommen.');
    expect(refused('Bitte senden Sie einen Lebenslauf. Es werden keine Reisekosten erstattet.')).toEqual([]);
  });
});

describe('a German project or position start gives the profile\'s start, as "The project starts on ..." does', () => {
  const startOf = (text: string) => {
    const r = read(text);
    return { start: r.profile.start, deadline: r.profile.deadline, mark: r.review.find((f) => f.path === 'start')?.reason };
  };
  const project = 'the date is when a research project starts, not said to be when the position starts: check the start date';

  it('reads "Das Projekt beginnt am 1. März 2027" and "Der Projektbeginn ist ..." as the start, marked as a project\'s, not as the deadline (before: no start)', () => {
    for (const text of ['Bitte senden Sie einen Lebenslauf bis zum 15. Januar 2027. Das Projekt beginnt am 1. März 2027.', 'Bitte senden Sie einen Lebenslauf bis zum 15. Januar 2027. Der Projektbeginn ist der 1. März 2027.', 'Please send a CV by 15 January 2027. The project starts on 1 March 2027.']) {
      expect(startOf(text), text).toEqual({ start: '2027-03-01', deadline: '2027-01-15', mark: project });
    }
    expect(startOf('Bitte senden Sie einen Lebenslauf. Das Projekt beginnt am 1. März 2027.').deadline).toBeUndefined();
  });

  it('reads "Die Stelle beginnt am ..." as the start, unmarked; the application period and the selection are no start', () => {
    expect(startOf('Bitte senden Sie einen Lebenslauf bis zum 15. Januar 2027. Die Stelle beginnt am 1. März 2027.')).toEqual({ start: '2027-03-01', deadline: '2027-01-15', mark: undefined });
    expect(startOf('Bitte senden Sie einen Lebenslauf. Die Bewerbungsfrist beginnt am 1. Dezember 2026 und endet am 15. Januar 2027.')).toEqual({ start: undefined, deadline: '2027-01-15', mark: undefined });
    expect(startOf('Bitte senden Sie einen Lebenslauf bis zum 15. Januar 2027. Das Auswahlverfahren beginnt am 1. Februar 2027.').start).toBeUndefined();
  });
});

describe('a deadline whose day the posting gives elsewhere with a time is read with it, or marked', () => {
  const deadline = (text: string) => {
    const r = importPosting(text, { today: '2018-08-05' });
    return { value: r.profile.deadline, marks: r.review.filter((f) => f.path === 'deadline').map((f) => f.reason) };
  };

  it('reads the time and zone of a "Job Closing:" line, marked (before: the date alone, unmarked)', () => {
    expect(deadline('Please send a CV by November 1, 2018.\n\nJob Closing: Nov 1, 2018 11:59pm EST')).toEqual({
      value: '2018-11-01T23:59-05:00',
      // The abbreviation's doubts come along with the time (imp42a): November 1 is still US summer time.
      marks: [
        '"EST" is read as -05:00, but it names other places\' time too (Australian Eastern is +10:00): check which the posting means; "EST" is read as -05:00, but on 2018-11-01 the US East is at -04:00: if the posting means the local time there, the deadline is an hour earlier; check which it means',
        'the time (23:59) was read from "Job Closing: Nov 1, 2018 11:59pm EST", which gives the same day with a time: check that it is the deadline\'s',
      ],
    });
  });

  it('marks the day given with a time in a sentence not about applying, without reading it', () => {
    expect(deadline('Please send a CV by November 1, 2018.\n\nOn November 1, 2018 at 4pm the department hosts a reception.')).toEqual({
      value: '2018-11-01',
      marks: ['"On November 1, 2018 at 4pm the department hosts a reception." gives the deadline\'s day with a time (November 1, 2018 at 4pm) that was not read: check the deadline\'s time and zone'],
    });
  });
});

describe('a size cap in a parenthesis about one document\'s format is that document\'s, not the whole submission\'s', () => {
  it('reads no submission cap from "(format PDF d\'au plus 10 Mo)" after a list entry (before: max_mb 10 for the whole application)', () => {
    const senghor = read("Les documents à fournir sont les suivants\n\n  1. Une lettre d'accord détaillée d'un laboratoire de recherche confirmant son accord de principe pour une cotutelle de votre thèse (format PDF d'au plus 10 Mo)\n  2. Un CV détaillé\n");
    expect(senghor.profile.submission.max_mb).toBeUndefined();
    const english = read('Please submit the following documents:\n\n  1. A signed agreement from the host laboratory confirming the co-supervision (PDF format, at most 10 MB)\n  2. A detailed CV\n');
    expect(english.profile.submission.max_mb).toBeUndefined();
  });

  it('keeps a cap said of every document as the submission\'s', () => {
    expect(read('Please submit the following documents:\n\n  1. A detailed CV\n  2. A cover letter\n\nAll documents in PDF format, max 10 MB.').profile.submission.max_mb).toBe(10);
    expect(read('Please submit the following documents:\n\n  1. A signed agreement from the host laboratory (all documents in PDF format, at most 10 MB in total)\n  2. A detailed CV\n').profile.submission.max_mb).toBe(10);
  });
});

describe('the Italian "In caso di ..." is the condition of the item of its own sentence only', () => {
  const items = (text: string) => read(text).profile.items.map((i) => ({ kind: i.kind, title: i.title, condition: i.condition }));

  it('reads "In caso di laurea non ancora conseguita, allegare il certificato ..." as that item\'s condition (before: required, no condition)', () => {
    expect(items('Inviare un curriculum vitae. In caso di laurea non ancora conseguita, allegare il certificato degli esami sostenuti. Allegare inoltre una lettera di motivazione.')).toEqual([
      { kind: 'cv', title: 'Curriculum vitae', condition: undefined },
      { kind: 'transcript', title: 'Certificato degli esami sostenuti', condition: 'In caso di laurea non ancora conseguita' },
      { kind: 'motivation_letter', title: 'Lettera di motivazione', condition: undefined },
    ]);
  });

  it('reads a list entry "in caso di titolo estero, dichiarazione di valore" with its condition, the other entries apart and unconditional', () => {
    expect(items('Documenti richiesti:\n- curriculum vitae;\n- in caso di titolo estero, dichiarazione di valore;\n- lettera di motivazione;\n- due lettere di referenza.')).toEqual([
      { kind: 'cv', title: 'Curriculum vitae', condition: undefined },
      { kind: 'diplomas', title: 'Dichiarazione di valore', condition: 'in caso di titolo estero' },
      { kind: 'motivation_letter', title: 'Lettera di motivazione', condition: undefined },
      { kind: 'references', title: 'Lettere di referenza', condition: undefined },
    ]);
    expect(read('Inviare un CV. In caso di assunzione sarà richiesta copia del titolo di studio.').profile.items.find((i) => i.kind === 'diplomas')?.stage).toBe('later');
  });
});
