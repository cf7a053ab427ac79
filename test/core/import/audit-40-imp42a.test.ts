/**
 * Importer audit round 20 (notes/audit-import-2026-12-07c.md), what imp41a/imp40b left: a CV's points flattened to
 * the list's own level swallowed the documents after them (finding 3). Each as a short posting in the audit's words
 * and in a second wording or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (body: string, title = 'Position') => importPosting(`${title}\n\n${body}`, { today: '2026-12-07' });
const titles = (r: ReturnType<typeof read>) => r.profile.items.map((i) => i.title);
/** The reason that lists the documents no item lists, or '' when there is none. */
const pointers = (r: ReturnType<typeof read>) => r.review.find((x) => /no item lists/.test(x.reason))?.reason ?? '';

describe('the points of "CV containing information on:" end where an entry names a new document (finding 3)', () => {
  it('reads the Polish documents after the CV\'s points (before: all taken as what the CV holds, 3 missed silently)', () => {
    const r = read(
      [
        'Wymagane dokumenty:',
        ' • podanie o przyjęcie do Szkoły Doktorskiej;',
        ' • CV zawierające informacje o:',
        ' • ukończonych studiach, temacie i rezultatach prac dokumentujących uzyskanie odpowiednich kwalifikacji,',
        ' • zainteresowaniach naukowych w zakresie wybranej dyscypliny naukowej,',
        ' • doświadczeniu zawodowym,',
        ' • działalności naukowej (publikacje naukowe, udział w projektach naukowych, udział w konferencjach naukowych itp.),',
        ' • poświadczone za zgodność z oryginałem dokumenty potwierdzające wykazaną działalność naukową;',
        ' • zaświadczenie lekarskie stwierdzające brak przeciwwskazań zdrowotnych do podjęcia kształcenia;',
        ' • poświadczony za zgodność z oryginałem certyfikat z języka angielskiego z widocznym poziomem umiejętności;',
      ].join('\n'),
      'Szkoła Doktorska',
    );
    expect(titles(r)).toEqual([
      'Podanie o przyjęcie do Szkoły Doktorskiej',
      'CV zawierające informacje',
      'Poświadczone za zgodność z oryginałem dokumenty potwierdzające wykazaną działaln',
      'Zaświadczenie lekarskie',
      'Poświadczony za zgodność z oryginałem certyfikat z języka angielskiego z widoczn',
    ]);
  });

  it('reads the English documents after the CV\'s points, and keeps the points inside the CV', () => {
    const r = read(
      [
        'Required documents:',
        ' • application for admission to the Doctoral School;',
        ' • a CV containing information on:',
        ' • completed studies, their topic and results,',
        ' • research interests in the chosen discipline,',
        ' • professional experience,',
        ' • research activity (publications, participation in projects and conferences),',
        ' • certified copies of documents confirming the research activity;',
        ' • a medical certificate stating there are no health obstacles to the studies;',
        ' • a certified English language certificate showing the level attained;',
      ].join('\n'),
      'Doctoral School',
    );
    expect(titles(r)).toEqual(['Application for admission to the Doctoral School', 'CV containing information on', 'Certified copies of documents confirming the research activity', 'Medical certificate', 'Certified English language certificate']);
    expect(pointers(r)).toBe('');
  });

  it('reads the German documents after the CV\'s points', () => {
    const r = read(
      [
        'Erforderliche Unterlagen:',
        ' • ein Lebenslauf mit Angaben zu:',
        ' • abgeschlossenem Studium und dessen Ergebnissen,',
        ' • wissenschaftlichen Interessen im gewählten Fach,',
        ' • Berufserfahrung,',
        ' • beglaubigte Kopien der Nachweise über die wissenschaftliche Tätigkeit;',
        ' • ärztliche Bescheinigung über die gesundheitliche Eignung für das Studium;',
      ].join('\n'),
      'Doktorandenschule',
    );
    expect(titles(r)).toEqual(['Lebenslauf mit Angaben', 'Beglaubigte Kopien der Nachweise über die wissenschaftliche Tätigkeit', 'Ärztliche Bescheinigung über die gesundheitliche Eignung für das Studium']);
  });
});

describe('a title ends before the address the document is sent to', () => {
  it('titles "Stuur uw cv naar info@example.nl." "Cv" (before: "Cv naar info@example.nl")', () => {
    expect(titles(read('Stuur uw cv en motivatiebrief naar info@example.nl.', 'Beurs'))).toEqual(['Cv', 'Motivatiebrief']);
  });

  it('does the same in German, French and Swedish, and before a web address', () => {
    expect(titles(read('Bitte schicken Sie Ihren Lebenslauf an bewerbung@example.de.'))).toEqual(['Lebenslauf']);
    expect(titles(read('Envoyez votre CV à rh@example.fr.'))).toEqual(['CV']);
    expect(titles(read('Skicka ditt CV till jobb@example.se.'))).toEqual(['CV']);
    expect(titles(read('Laden Sie Ihren Lebenslauf auf https://jobs.example.de/apply hoch.'))).toEqual(['Lebenslauf']);
  });
});
