/**
 * Audit 25 F3: "the names, email addresses and phone numbers of three references" in the sentence that asks for the
 * referees is the item's `contact: [name, email, phone]` (before: no contact:, the phones were dropped silently).
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const HEAD = (title: string) => `${title}\nUniversity of Examples\n\n`;
const referees = (posting: string) => importPosting(posting, { today: '2026-12-07' }).profile.items.find((i) => i.kind === 'references');

describe('the referees\' phone numbers asked in the referees\' sentence', () => {
  it.each([
    ['English, a list entry', HEAD('Postdoctoral Research Associate') + 'Please submit the following as one PDF:\n- a cover letter\n- a CV\n- the names, email addresses and phone numbers of three references (letters are not required at this stage)\n\nDeadline: 31 December 2026.\n'],
    ['English, contact details including telephone numbers', HEAD('Research Fellow') + 'Applications must include a CV, a cover letter and the contact details (including telephone numbers) of two referees.\n\nClosing date: 31 December 2026.\n'],
    ['German', HEAD('Wissenschaftliche/r Mitarbeiter/in') + 'Bitte senden Sie Ihre Bewerbung mit folgenden Unterlagen:\n- Lebenslauf\n- Anschreiben\n- Namen, E-Mail-Adressen und Telefonnummern von zwei Referenzpersonen\n\nBewerbungsschluss: 31.12.2026\n'],
    ['French', HEAD('Post-doctorant') + 'Le dossier de candidature comprendra :\n- un CV\n- une lettre de motivation\n- les noms, adresses e-mail et numéros de téléphone de deux référents\n\nDate limite : 31 décembre 2026\n'],
    ['Dutch', HEAD('Postdoc onderzoeker') + 'Uw sollicitatie bevat:\n- een CV\n- een motivatiebrief\n- namen, e-mailadressen en telefoonnummers van twee referenten\n\nDeadline: 31 december 2026\n'],
    ['Swedish', HEAD('Postdoktor') + 'Ansökan ska innehålla:\n- CV\n- personligt brev\n- namn, e-postadress och telefonnummer till två referenspersoner\n\nSista ansökningsdag: 2026-12-31\n'],
    ['Finnish', HEAD('Tutkijatohtori') + 'Hakemukseen liitetään:\n- CV\n- hakemuskirje\n- kahden suosittelijan nimet, sähköpostiosoitteet ja puhelinnumerot\n\nHakuaika päättyy 31.12.2026.\n'],
  ])('%s: contact: [name, email, phone], read from the sentence, so not for review', (_, posting) => {
    const item = referees(posting);
    expect(item?.contact).toEqual(['name', 'email', 'phone']);
    expect(item?.min).toBe(posting.includes('three') ? 3 : 2);
    expect(importPosting(posting, { today: '2026-12-07' }).review.filter((r) => r.path.includes('contact'))).toEqual([]);
  });

  it('names and emails alone, or a phone in another sentence, set no contact:', () => {
    expect(referees(HEAD('Research Fellow') + 'Applications must include a CV, a cover letter and the names and email addresses of two referees.\n\nClosing date: 31 December 2026.\n')?.contact).toBeUndefined();
    const elsewhere = HEAD('Research Fellow') + 'Applications must include a CV and the names of two referees.\n\nFor questions, phone Prof. Jane Doe, +1 609 555 0100.\n\nClosing date: 31 December 2026.\n';
    expect(referees(elsewhere)?.contact).toBeUndefined();
  });
});
