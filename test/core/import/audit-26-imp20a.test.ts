/**
 * Inline lists, shared caps and cut conditions that the audit of 2026-12-06 (round 12, audit-import-2026-12-06h)
 * found (findings 4, 8 and 9), each as a short posting in the audit's words and in a second wording or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2020-01-05' });
const titles = (text: string) => read(text).profile.items.map((i) => `${i.kind}:${i.title}`);

describe('the entries of an inline list after a colon that introduces documents (audit12 F4)', () => {
  it('lists "academic profile" and "Head of Academic Unit\'s confidential assessment" as marked other items (before: dropped, no pointer)', () => {
    const text = "Promotion to Senior Lecturer\nExample University\n\nFollowing and below is a list and brief explanation of the documentation that must be included with all applications, regardless of position: academic profile, CV, statement of application, and Head of Academic Unit's confidential assessment.\n";
    const r = read(text);
    expect(r.profile.items.map((i) => `${i.kind}:${i.title}`)).toEqual(['other:Academic profile', 'cv:CV', 'other:Statement of application', "other:Head of Academic Unit's confidential assessment"]);
    expect(r.review.filter((x) => /^items\[\d\]\.kind$/.test(x.path)).map((x) => x.path)).toEqual(['items[0].kind', 'items[2].kind', 'items[3].kind']);
  });

  it('does the same after "The following documents are required:"', () => {
    expect(titles('Postdoc in Physics\nExample University\n\nThe following documents are required: research profile, a cover letter, grant history, and two writing samples.\n')).toEqual(['other:Research profile', 'cover_letter:Cover letter', 'other:Grant history', 'writing_sample:Writing samples']);
  });

  it('keeps a long description without a document noun out of the items', () => {
    expect(titles('Postdoc in Physics\nExample University\n\nThe following documents are required: a cover letter, feedback of other faculty members collected from the department interface, and a CV.\n')).toEqual(['cover_letter:Cover letter', 'cv:CV']);
  });
});

describe('a Danish list of enclosures and a condition with a modal verb (audit12 F9)', () => {
  const DA = 'Vejledning til ansøgere\nStatens Byggeforskningsinstitut\n\n';
  it('points at "samt liste over det medsendte materiale" (before: missed, no pointer)', () => {
    const r = read(`${DA}Når man søger en stilling som forsker, skal det samlede ansøgningsmateriale omfatte ansøgning, CV, eksamensbevis, påberåbte publikationer og andet materiale samt liste over det medsendte materiale.\n`);
    expect(r.review.find((x) => x.path === 'items')?.reason).toMatch(/"liste over det medsendte materiale"/);
  });

  it('lists "a list of enclosures" as an other item', () => {
    expect(titles('Postdoc in Physics\nExample University\n\nPlease send a CV, a cover letter and a list of enclosures.\n')).toContain('other:List of enclosures');
  });

  it('keeps "Hvis der skal medsendes medforfattererklæringer" whole as the condition (before: "Hvis der")', () => {
    const r = read(`${DA}Bilag til ansøgningen\n\n • Opdateret CV\n • Hvis der skal medsendes medforfattererklæringer, vil dette fremgå af stillingsopslaget.\n`);
    expect(r.profile.items.map((i) => i.condition)).toContain('Hvis der skal medsendes medforfattererklæringer');
  });

  it('does the same in Norwegian ("Dersom det skal legges ved ...")', () => {
    const r = read('Veiledning for søkere\nEksempel universitet\n\nVedlegg til søknaden\n\n • Oppdatert CV\n • Dersom det skal legges ved medforfattererklæringer, vil dette gå fram av utlysningen.\n');
    expect(r.profile.items.map((i) => i.condition)).toContain('Dersom det skal legges ved medforfattererklæringer');
  });
});

describe('a French page cap over two documents (audit12 F8)', () => {
  const FR = 'Dossier de concours\nSection 19\n\nLe dossier comprend un CV détaillé.\n\n';
  const pointers = (body: string) => read(`${FR}${body}`).review.filter((x) => x.path === 'items').map((x) => x.reason).join(' | ');
  it('reads "rapport de recherche" as an item marked for review and points at the 8-page total (before: neither)', () => {
    const body = "Nous recommandons que l'ensemble du rapport de recherche (typiquement 4 pages) et du projet de recherche (typiquement 4 pages) n’excède pas 8 pages au total.\n";
    // A length recommended for the report says the dossier holds one: an item, marked, quoting the sentence.
    expect(read(`${FR}${body}`).profile.items.find((i) => i.kind === 'research_statement')).toMatchObject({ title: 'Rapport de recherche', review: true });
    const p = pointers(body);
    expect(p).toMatch(/research_plan \("projet de recherche"\)/);
    expect(p).toMatch(/a limit "n'excède pas 8 pages" was read/);
  });

  it('reads "ne doivent pas excéder 10 pages au total" as a cap too', () => {
    expect(pointers('Le rapport de recherche et le projet de recherche ne doivent pas excéder 10 pages au total.\n')).toMatch(/a limit "ne doivent pas excéder 10 pages" was read/);
  });
});
