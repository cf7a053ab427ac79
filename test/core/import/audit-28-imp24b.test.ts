/**
 * Importer leftovers (notes/s14/task-imp24b.md): a `not_wanted` entry guessed from a sentence's loose words is marked
 * like an item; German inline entries with inner commas; the "named again" mark. Each as a short posting in the
 * audit's words and in a second wording or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';
import { reviewPlaces } from '../../../src/core/parse/profile.js';

const read = (text: string) => importPosting(text, { today: '2026-12-06' });

describe('a `not_wanted` entry guessed from loose words is marked', () => {
  it('"Please do not send emails asking for the status ..." gives a marked entry, the mark above it and in the review list (before: an unmarked entry)', () => {
    const r = read('PhD position\nPlease send a CV and a cover letter to jobs@example.org. Please do not send emails asking for the status of the application.');
    expect(r.profile.not_wanted).toEqual([{ what: 'emails asking', source: 'Please do not send emails asking for the status of the application.', review: true }]);
    const reason = '"emails asking" is guessed from the words of this sentence, which names no document the importer knows: check that the posting asks not to send it, and delete the entry if not';
    expect(r.review).toContainEqual({ path: 'not_wanted[0]', reason });
    expect(r.yaml).toContain(`not_wanted:\n  # REVIEW: ${reason}\n  - what: emails asking\n`);
    expect(reviewPlaces(r.profile, [], 'the profile')).toContain('`not_wanted` "emails asking"');
  });

  it('Spanish: "No envíe copias impresas" is marked; a refused photo, a thing the importer knows, is not', () => {
    expect(read('Beca\nEnvíe su CV y una carta de motivación. No envíe copias impresas.').profile.not_wanted).toEqual([{ what: 'copias impresas', source: 'No envíe copias impresas.', review: true }]);
    expect(read('Postdoc\nApplications must include a CV and a research statement. Do not send photos.').profile.not_wanted).toEqual([{ what: 'photos', source: 'Do not send photos.' }]);
  });
});

describe('German inline entries in a numbered paragraph', () => {
  const items = (text: string) => read(text).profile.items.map((i) => [i.kind, i.title]);

  it('"(2) ... Der Bewerbung sind beizufügen: 1. ..., 2. ..." is read entry by entry, and "des akademischen Grades" is a degree, no transcript "Grades" (before: the paragraph cut at commas, "Grades" a transcript)', () => {
    const text = [
      'Laufbahnverordnung',
      '(1) Bewerberinnen und Bewerber werden durch Stellenausschreibung ermittelt.',
      '(2) Bewerbungen sind an die Einstellungsbehörde zu richten. Der Bewerbung sind beizufügen: 1. ein tabellarischer Lebenslauf, 2. ein Lichtbild, das nicht älter als sechs Monate sein soll, 3. eine Ablichtung der Urkunde über die Verleihung des akademischen Grades, der durch die Diplom-Hauptprüfung erworben wird.',
    ].join('\n');
    expect(items(text)).toEqual([
      ['cv', 'Lebenslauf'],
      ['other', 'Lichtbild'],
      ['diplomas', 'Urkunde über die Verleihung des akademischen Grades'],
    ]);
  });

  it('a second wording: "- Bewerbungsunterlagen: 1. Lebenslauf, 2. Urkunde des höchsten akademischen Grades, 3. Motivationsschreiben" as a bullet', () => {
    const text = ['Doktorandenstelle', 'Bitte beachten Sie:', '- Der Bewerbung sind folgende Unterlagen beizufügen: 1. ein Lebenslauf, 2. eine Kopie der Urkunde des höchsten akademischen Grades, 3. ein Motivationsschreiben.'].join('\n');
    expect(items(text).map(([k]) => k)).toEqual(['cv', 'diplomas', 'motivation_letter']);
  });
});
