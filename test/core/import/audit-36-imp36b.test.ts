/**
 * Importer audit round 18 (notes/audit-import-2026-12-06p.md), findings 3, 4, 9 and 13: a sentence cut at "pag.", a
 * name running past "y de la ...", references written in groups or as words, organizations with an elided article,
 * and Swedish titles that kept their verb. Each as a short posting in the audit's words and in a second wording or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-07' });
const items = (text: string) => read(text).profile.items.map((i) => `${i.kind}: ${i.title}`);

describe('a Spanish sentence is not cut at "pag." and a name stops at "y de la ..." (audit #3)', () => {
  const sevilla = [
    'Contratos de investigación',
    'Universidad de Sevilla',
    'Los interesados presentarán su solicitud, mediante instancia, que estará disponible en la pag. Web del Vicerrectorado de Investigación, e irá acompañada de un curriculum vitae y de la documentación que acredite los méritos alegados.',
  ].join('\n');

  it('reads the form "instancia" before "pag." (before: the sentence started at "Web del Vicerrectorado", no form)', () => {
    expect(items(sevilla)).toEqual(['other: Instancia', 'cv: Curriculum vitae']);
    expect(read(sevilla).profile.items[0]?.source).toMatch(/^Los interesados presentarán su solicitud, mediante instancia/u);
  });

  it('cuts the CV\'s name at "y de la documentación" and marks what follows (before: "Curriculum vitae y de la documentación que acredite ...")', () => {
    const r = read(sevilla);
    const reason = r.review.find((x) => x.path === 'items[1].title')?.reason;
    expect(reason).toBe('the name stops at "y": "de la documentación que acredite los méritos alegados" may be another document; add it if the posting asks for it');
  });

  it('does the same for "pág." and "y la documentación" in a second wording', () => {
    const r = read('Ayudante de investigación\n\nLa solicitud se presentará mediante instancia normalizada (ver pág. Web de la Facultad) y deberá ir acompañada de un curriculum vitae y la documentación acreditativa de los méritos.');
    expect(r.profile.items.map((i) => `${i.kind}: ${i.title}`)).toEqual(['other: Instancia normalizada', 'cv: Curriculum vitae']);
    expect(r.review.some((x) => x.path === 'items[1].title' && x.reason.includes('"la documentación acreditativa de los méritos"'))).toBe(true);
  });
});

describe('a reference number keeps its groups (audit #4) and a Swedish "Ange referens:" is read (audit #13)', () => {
  it('keeps "Af-2019/0040 7122" whole (before: "Af-2019/0040")', () => {
    expect(read('Systemutvecklare\nArbetsförmedlingen\nBifoga personligt brev och CV. Tjänsten har diarienummer Af-2019/0040 7122. Sista ansökningsdag är den 2019-10-15.').profile.reference).toBe('Af-2019/0040 7122');
  });

  it('keeps "2027/123 456" after "Reference number:", but not a number of another clause', () => {
    expect(read('Research engineer\n\nPlease send a CV. Reference number: 2027/123 456. Closing date 2027-02-15.').profile.reference).toBe('2027/123 456');
    expect(read('Research engineer\n\nPlease send a CV. Reference number: 2027/123 for 2 positions.').profile.reference).toBe('2027/123');
  });

  it('reads "Ange referens: Lärare i 7-9 i din ansökan" as the reference (before: none)', () => {
    expect(read('Lärare i matematik\n\nVälkommen att skicka ditt personliga brev och CV.\nAnge referens: Lärare i 7-9 i din ansökan\nSista ansökningsdag: 2027-03-01').profile.reference).toBe('Lärare i 7-9');
    expect(read('Lärare i svenska\n\nBifoga CV.\nUppge referensnummer: 2027/45').profile.reference).toBe('2027/45');
  });
});

describe('an organization is not cut at an elided article (audit #9)', () => {
  it('reads "Université Côte d\'Azur" whole (before: "Université Côte")', () => {
    expect(read("Post-doctorant en apprentissage automatique\nUniversité Côte d'Azur, laboratoire I3S\nLe dossier de candidature comprendra un CV détaillé et une lettre de motivation.").profile.organization).toBe("Université Côte d'Azur");
  });

  it("reads Italian names with \"dell'\" or \"degli\", typographic apostrophes too (before: none)", () => {
    expect(read('Assegno di ricerca in fisica\nUniversità dell’Aquila, Dipartimento di Fisica\nLa domanda deve includere un curriculum vitae.').profile.organization).toBe("Università dell'Aquila");
    expect(read("Assegno di ricerca\nUniversità degli Studi dell'Aquila\nLa domanda deve includere un curriculum vitae.").profile.organization).toBe("Università degli Studi dell'Aquila");
  });
});

describe('Swedish titles keep no verb or preposition (audit #13)', () => {
  it('names "Bifoga personligt brev och CV" and "Personligt brev bifogas" by the letter alone (before: "Bifoga personligt brev", "Personligt brev bifogas")', () => {
    expect(items('Systemutvecklare\n\nBifoga personligt brev och CV.')).toEqual(['motivation_letter: Personligt brev', 'cv: CV']);
    expect(items('Lärare\n\nPersonligt brev bifogas.')).toEqual(['motivation_letter: Personligt brev']);
  });

  it('cuts "till:" after the last document (before: "CV till")', () => {
    expect(items('Lärare\n\nVälkommen att skicka ditt personliga brev och CV till:\nrektor@oasen.se')).toEqual(['motivation_letter: Personliga brev', 'cv: CV']);
    expect(items('Teacher\n\nPlease send your cover letter and CV to:\nhead@school.example')).toEqual(['cover_letter: Cover letter', 'cv: CV']);
  });
});
