/**
 * Importer round 15 leftovers (notes/s14/task-imp32b.md): size caps in sentences with no English packet word, a second
 * cap joined by "i"/"and", a refused way of sending, a group head with "zusätzlich", and a separable verb's particle.
 * Each as a short posting in the audit's words and in a second wording or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';
import { summary } from '../../../src/cli/commands/profile-import.js';

const read = (text: string) => importPosting(`Posting\n\n${text}\n`, { today: '2026-12-06' });

describe('a size cap on each file in German or Spanish words is the submission cap', () => {
  it('German: "Jede Datei darf höchstens 5 MB groß sein." (before: no cap, pointed as a limit no item carries)', () => {
    const r = read(['Bewerbungsunterlagen:', '- Lebenslauf', '- Motivationsschreiben', '', 'Jede Datei darf höchstens 5 MB groß sein.'].join('\n'));
    expect(r.profile.submission.max_mb).toBe(5);
    expect(r.review.some((x) => x.reason.includes('no item carries it'))).toBe(false);
  });

  it('Spanish: "Cada archivo no podrá superar los 2 MB." (before: no cap)', () => {
    const r = read(['Documentación:', '- Currículum vitae', '- Carta de motivación', '', 'Cada archivo no podrá superar los 2 MB.'].join('\n'));
    expect(r.profile.submission.max_mb).toBe(2);
  });
});

describe('a second size joined to a capped one by "and" is capped too', () => {
  it('Catalan (upc): "L\'extensió no haurà de superar els 50.000 caràcters i 5Mb." puts 5 MB on the research work (before: only pointed)', () => {
    const text = [
      "Aquesta sol·licitud haurà d'anar acompanyada de la següent documentació:",
      "  • Treball original de recerca: Consistent en un article científic. L'extensió no haurà de superar els 50.000 caràcters i 5Mb.",
      '  • Expedient acadèmic dels autors.',
    ].join('\n');
    const r = read(text);
    expect(r.profile.items[0]).toMatchObject({ title: 'Treball original de recerca', max_chars: 50000, max_mb: 5 });
    expect(r.review.some((x) => x.reason.includes('no item carries it'))).toBe(false);
  });

  it('Spanish: "Carta de motivación. Su extensión no deberá superar las 2.000 palabras y 2 MB." (before: 2 MB dropped to a pointer)', () => {
    const r = read('Documentación a presentar:\n- Carta de motivación. Su extensión no deberá superar las 2.000 palabras y 2 MB.\n- Currículum vitae.');
    expect(r.profile.items[0]).toMatchObject({ kind: 'motivation_letter', max_words: 2000, max_mb: 2 });
  });
});

describe('refusing a way of sending is a rule in the notes, not a document not wanted', () => {
  it('eso: "We will not accept email applications." (before: not_wanted "email applications", marked)', () => {
    const r = read(
      'All applications are to be done through the application form, which must be submitted by the deadline. We will not accept email applications. In addition to the application form, we require one reference letter.',
    );
    expect(r.profile.not_wanted).toBeUndefined();
    expect(r.profile.notes).toContain('We will not accept email applications.');
    const said = summary(r, 'Wrote profile.yaml');
    expect(said).toContain('The posting refuses a way of sending (kept in notes): "We will not accept email applications."');
    expect(said).not.toContain('asks not to send');
  });

  it('German and English second wordings: "Bewerbungen per E-Mail werden nicht berücksichtigt.", "Applications sent by post or fax will not be considered." (before: said nowhere)', () => {
    const de = read('Bitte senden Sie Lebenslauf und Anschreiben über das Portal. Bewerbungen per E-Mail werden nicht berücksichtigt.');
    expect(de.profile.notes).toEqual(['Bewerbungen per E-Mail werden nicht berücksichtigt.']);
    const en = read('Please upload a CV and a cover letter. Applications sent by post or fax will not be considered.');
    expect(en.profile.notes).toEqual(['Applications sent by post or fax will not be considered.']);
    expect(en.profile.not_wanted).toBeUndefined();
  });
});

describe('a group head with an "also" word makes the entry conditional, titled by its document', () => {
  it('German: "2. Für Bewerber aus dem Ausland zusätzlich: Sprachzertifikat" (before: an `other` item titled by the group)', () => {
    const r = read('Bewerbungsunterlagen:\n1. Lebenslauf\n2. Für Bewerber aus dem Ausland zusätzlich: Sprachzertifikat');
    expect(r.profile.items.map((i) => [i.kind, i.title, i.condition])).toEqual([
      ['cv', 'Lebenslauf', undefined],
      ['language_certificate', 'Sprachzertifikat', 'Für Bewerber aus dem Ausland'],
    ]);
  });

  it('English: "For applicants from outside the EU additionally: proof of health insurance" (before: titled "For applicants from outside the EU additionally")', () => {
    const r = read('Please submit:\n1. CV\n2. For applicants from outside the EU additionally: proof of health insurance');
    expect(r.profile.items[1]).toMatchObject({ kind: 'other', title: 'Proof of health insurance', condition: 'For applicants from outside the EU' });
  });
});

describe("a separable verb's particle is no part of the last document's title", () => {
  it('"Bitte reichen Sie ein Exposé (...), einen Lebenslauf und Ihre Zeugnisse ein." (before: "Zeugnisse ein")', () => {
    const r = read('Bitte reichen Sie ein Exposé (max. 10.000 Zeichen inkl. Leerzeichen), einen Lebenslauf und Ihre Zeugnisse ein.');
    expect(r.profile.items.map((i) => i.title)).toEqual(['Exposé', 'Lebenslauf', 'Zeugnisse']);
  });

  it('"fügen Sie ... bei", "laden Sie ... hoch" (before: "Arbeitsprobe bei", "Abschlusszeugnisse hoch")', () => {
    expect(read('Bitte fügen Sie Ihrer Bewerbung einen Lebenslauf und eine Arbeitsprobe bei.').profile.items.map((i) => i.title)).toEqual(['Lebenslauf', 'Arbeitsprobe']);
    expect(read('Bitte laden Sie Ihren Lebenslauf und Ihre Abschlusszeugnisse hoch.').profile.items.map((i) => i.title)).toEqual(['Lebenslauf', 'Abschlusszeugnisse']);
  });
});
