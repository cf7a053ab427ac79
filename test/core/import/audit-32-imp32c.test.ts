// Importer leftovers of audit 14 and 15 (task imp32c): bilingual lists, lettered sub-entries, Finnish genitive titles,
// titles that are a sentence's tail, and the sentence a deadline mark quotes.
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const items = (text: string) => importPosting(text).profile.items.map((i) => ({ kind: i.kind, title: i.title, stage: i.stage, ...(i.condition ? { condition: i.condition } : {}) }));
const reasons = (text: string) => importPosting(text).review.filter((n) => /^items/u.test(n.path ?? '')).map((n) => n.reason);

describe('a list repeated in a second language (agderkunst-air)', () => {
  it('reads each document once, the English entry kept, and says the list names it again (before: the Norwegian half as five more items)', () => {
    const text = [
      'Artist in residence 2027',
      '',
      'The application should consist of:',
      '• A proposal/statement with purpose and aim for your stay. Max 1 A4-page.',
      '• CV',
      '• Letter of reference',
      '• Pictures of previous or current work. Max 8.',
      '• Incomplete applications will not be considered.',
      '',
      'Søknaden må inneholde:',
      '• Beskrivelse av formålet med oppholdet. Maks. 1 A4-side.',
      '• CV',
      '• Referanser',
      '• Dokumentasjon av arbeider. Maks. 8 bilder.',
      '• Ufullstendige søknader vil ikke bli vurdert.',
    ].join('\n');
    expect(items(text).map((i) => i.title)).toEqual(['Proposal/statement with purpose and aim for your stay', 'CV', 'Letter of reference', 'Pictures of previous or current work']);
    expect(reasons(text)).toContain('the posting lists it again in another language ("Referanser"): read as one item');
  });

  it('keeps the English list when it comes second (German first)', () => {
    const text = [
      'Stipendium 2027',
      '',
      'Die Bewerbung enthält:',
      '- Lebenslauf',
      '- Motivationsschreiben',
      '- Zeugnisse',
      '- Arbeitsproben der letzten Jahre',
      '',
      'The application contains:',
      '- CV',
      '- Motivation letter',
      '- Certificates of your degrees',
      '- Work samples from recent years',
    ].join('\n');
    expect(items(text).map((i) => i.title)).toEqual(['CV', 'Motivation letter', 'Certificates of your degrees', 'Work samples from recent years']);
  });

  it('leaves two lists in one language alone (a checklist recap is not a translation)', () => {
    const text = ['Postdoc 2027', '', 'Please send:', '- CV', '- Cover letter', '- Research statement', '', 'Checklist before you submit:', '- CV', '- Cover letter', '- Research statement'].join('\n');
    expect(reasons(text).some((r) => r.includes('another language'))).toBe(false);
  });
});

describe('a numbered entry whose own points are lettered (de-elchwinkel-lap)', () => {
  it('reads "7. gegebenenfalls a) ... b) ... c) ..." as three items asked if applicable (before: the whole entry dropped, silent)', () => {
    const text =
      'Laufbahnverordnung\n\nDer Bewerbung sind beizufügen: 1. ein tabellarischer Lebenslauf, 2. ein Lichtbild und 3. gegebenenfalls a) Nachweise über berufliche Tätigkeiten nach dem Studium, b) eine Ablichtung des Schwerbehindertenausweises sowie c) eine Ablichtung des Eingliederungsscheins.';
    expect(items(text).slice(2)).toEqual([
      { kind: 'other', title: 'Nachweise über berufliche Tätigkeiten nach dem Studium', stage: 'required', condition: 'gegebenenfalls' },
      { kind: 'other', title: 'Ablichtung des Schwerbehindertenausweises', stage: 'required', condition: 'gegebenenfalls' },
      { kind: 'other', title: 'Ablichtung des Eingliederungsscheins', stage: 'required', condition: 'gegebenenfalls' },
    ]);
  });

  it('reads the same in English, "3. where applicable (a) ..., (b) ..."', () => {
    const text = 'Lecturer in Law\n\nApplications must include: 1. a CV, 2. a cover letter and 3. where applicable (a) a copy of your disability card, (b) proof of military service.';
    expect(items(text).slice(2).map((i) => [i.title, i.condition])).toEqual([
      ['A copy of your disability card', 'where applicable'],
      ['Proof of military service', 'where applicable'],
    ]);
  });
});

describe('a title read from a Finnish inflected form (fi-sgr-apuraha)', () => {
  it('takes the nominative the word list knows: "Hakemuskirjeen liitteiksi ..." gives "Hakemuskirje" (before: "Hakemuskirjeen")', () => {
    const text =
      'https://www.sgr.fi/ohjeita\nOhjeita apurahan hakijoille\n\nNämä ohjeet on tarkoitettu apurahaa hakeville.\n\n1. Hakujulistuksessa pyydetään vapaamuotoinen hakemus.\n\n2. Hakemus tulee kirjoittaa suomeksi tai englanniksi.\n\n3. Hakemuskirjeen liitteiksi pyydetään tutkimussuunnitelma, kustannusarvio, cv, tutkintotodistus tai opintorekisteriote sekä mahdolliset suositukset.\n\n4. Tutkimussuunnitelmasta tulee käydä ilmi tutkimuksen tavoitteet ja aikataulu.';
    expect(items(text).slice(0, 2)).toEqual([
      { kind: 'cover_letter', title: 'Hakemuskirje', stage: 'required' },
      { kind: 'research_plan', title: 'Tutkimussuunnitelma', stage: 'required' },
    ]);
  });

  it('does the same for a genitive in another sentence: "Tutkimussuunnitelman pituus on enintään 5 sivua"', () => {
    const text = 'Apurahahaku 2027\n\nHakemukseen liitetään ansioluettelo.\n\nTutkimussuunnitelman tulee olla enintään 5 sivua ja se liitetään hakemukseen.';
    expect(items(text).map((i) => i.title)).toContain('Tutkimussuunnitelma');
    expect(items(text).map((i) => i.title)).not.toContain('Tutkimussuunnitelman');
  });
});
