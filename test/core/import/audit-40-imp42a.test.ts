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

describe('a closing line\'s time in summer keeps the doubt on its zone (ca-faculty-utoronto)', () => {
  const deadline = (text: string) => {
    const r = importPosting(text, { today: '2018-08-04' });
    return { value: r.profile.deadline, reasons: r.review.filter((x) => x.path === 'deadline').map((x) => x.reason) };
  };

  it('warns that "EST" on November 1 is an hour off the US East\'s summer clock (before: the time was taken, the warning dropped)', () => {
    const d = deadline('Assistant Professor, University of Toronto\n\nAll application materials must be received by November 1, 2018.\n\nJob Closing: Nov 1, 2018 11:59pm EST');
    expect(d.value).toBe('2018-11-01T23:59-05:00');
    expect(d.reasons.some((x) => x.includes('"EST" is read as -05:00, but on 2018-11-01 the US East is at -04:00: if the posting means the local time there, the deadline is an hour earlier; check which it means'))).toBe(true);
  });

  it('warns the same for "PST" on a June date, and not for "EST" in January', () => {
    const june = deadline('Lecturer, Stanford University\n\nApply by June 15, 2019.\n\nPosition closes: Jun 15, 2019 5:00 pm PST');
    expect(june.reasons.some((x) => x.includes('as the posting names "Stanford", the time is read as local time there (America/Los_Angeles, -07:00)'))).toBe(true);
    const winter = deadline('Assistant Professor, Boston University\n\nApply by January 15, 2019.\n\nJob Closing: Jan 15, 2019 11:59pm EST');
    expect(winter.value).toBe('2019-01-15T23:59-05:00');
    expect(winter.reasons.some((x) => /US East is at/u.test(x))).toBe(false);
  });
});
