/**
 * Importer audit round 14 (notes/audit-import-2026-12-06j.md), leftovers: the stage of label lines in capitals
 * (fi-emilaaltonen-nuori), titles that carry the next entry's words, the profile title's mark, and leading articles.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(`Posting\n\n${text}\n`, { today: '2026-12-06' });
/** `kind/stage title [condition] {sent_by}` of each item. */
const items = (text: string) =>
  read(text).profile.items.map((i) => `${i.kind}/${i.stage} ${i.title}${i.condition ? ` [${i.condition}]` : ''}${i.sent_by ? ` {${i.sent_by}}` : ''}`);

describe('the stage of a label line in capitals comes from what describes it (fi-emilaaltonen-nuori)', () => {
  it('reads MUUT as optional, SELVITYS as conditional and LAUSUNTO as references its writer sends (before: all three required others)', () => {
    const text = [
      'Liitteet tulee nimetä, kuten alla:',
      'TUTKIMUSSUUNNITELMA (yksityiskohtainen, 1–10 sivua)',
      'ANSIOLUETTELO (jossa olisi hyvä mainita myös pääaineen arvosana(t))',
      'MUUT (mahdolliset muut hakemuksen kannalta oleelliset liitteet, jotka voi nimetä niitä kuvaavalla tavalla)',
      'SELVITYS – Emil Aaltosen Säätiön aiemmin myönnetyn apurahan käyttöselvitys, mikäli sitä ei ole vielä toimitettu.',
      'LAUSUNTO – Hakijan tulee pyytää lausunnonantajaa täyttämään sähköinen lausuntolomake säätiön lausuntojärjestelmän kautta.',
    ].join('\n');
    expect(items(text)).toEqual([
      'research_plan/required TUTKIMUSSUUNNITELMA',
      'cv/required ANSIOLUETTELO',
      'other/optional MUUT',
      'other/required SELVITYS [mikäli sitä ei ole vielä toimitettu]',
      'references/required LAUSUNTO {referees}',
    ]);
  });

  it('reads another wording the same way: "OTHER (optional ...)", "RAPORTTI – ..., jos ...", "LAUSUNTO – Pyydä lausunnonantajaa lähettämään ..."', () => {
    const text = [
      'Please attach the following documents, named as below:',
      'RESEARCH PLAN (max. 5 pages)',
      'OTHER (optional further attachments that matter for the application)',
      'RAPORTTI – edellisen apurahan loppuraportti, jos hakija on saanut säätiöltä apurahaa aiemmin.',
      'LAUSUNTO – Pyydä lausunnonantajaa lähettämään lausunto säätiölle.',
    ].join('\n');
    expect(items(text)).toEqual([
      'research_plan/required RESEARCH PLAN',
      'other/optional OTHER',
      'other/required RAPORTTI [jos hakija on saanut säätiöltä apurahaa aiemmin]',
      'references/required LAUSUNTO {referees}',
    ]);
  });
});

describe('item titles without a leading article', () => {
  it('drops "Une", "Les" from French titles (before: "Une déclaration de candidature avec curriculum vitae")', () => {
    const text = ['Le dossier comprend :', '1° Une déclaration de candidature avec curriculum vitae ;', '2° Les travaux, ouvrages et articles du candidat.'].join('\n');
    expect(read(text).profile.items.map((i) => i.title)).toEqual(['Déclaration de candidature avec curriculum vitae', 'Travaux']);
  });

  it('drops "Eine", "Die", "Een" and "Ett" in German, Dutch and Swedish', () => {
    const got = (text: string) => read(text).profile.items.map((i) => i.title);
    expect(got(['Bitte senden Sie:', '- Die Bestätigung der Hochschule', '- Eine Kopie des Zeugnisses'].join('\n'))).toEqual(['Bestätigung der Hochschule', 'Kopie des Zeugnisses']);
    expect(got(['Stuur de volgende documenten:', '- Een eerder geschreven paper', '- Het aanmeldformulier'].join('\n'))[0]).toBe('Eerder geschreven paper');
    expect(got(['Ansökan ska innehålla:', '- Ett personligt brev', '- En forskningsplan'].join('\n'))).toContain('Forskningsplan');
  });
});
