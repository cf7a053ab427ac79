/**
 * Importer audit round 13 (notes/audit-import-2026-12-06i.md), findings 2 and 5: requirement prose in Norwegian,
 * Finnish and Catalan ("legger du ved", "lastes opp", "Vi trenger", "liitettävä", "Documents que acompanyen la
 * sol·licitud") and the documents it names; a second document glued into a title after "ja"/"og"; a requirement for
 * applicants to one kind of post as a condition. Each as a short posting in the audit's words and in a second wording
 * or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (body: string, title = 'Stipendiat') => importPosting(`${title}\nSøknadsfrist: 1. mars 2027.\n\n${body}`, { today: '2026-12-06' });
const items = (body: string) => read(body).profile.items.map((i) => ({ kind: i.kind, title: i.title, ...(i.condition ? { condition: i.condition } : {}), ...(i.min ? { min: i.min } : {}) }));
const reason = (body: string, title: RegExp, field: string) => {
  const r = read(body);
  const at = r.profile.items.findIndex((i) => title.test(i.title));
  return r.review.find((n) => n.path === `items[${at}].${field}`)?.reason;
};

describe('Nordic and Finnish requirement verbs and the documents they name (audit #2)', () => {
  it('reads "Hakemukseen liitettävä tutkimussuunnitelma ja kaksi suositusta" as a plan and two recommendations (before: one plan titled with both)', () => {
    expect(items('Hakemukseen liitettävä tutkimussuunnitelma ja kaksi suositusta.')).toEqual([
      { kind: 'research_plan', title: 'Tutkimussuunnitelma' },
      { kind: 'references', title: 'Suositusta', min: 2 },
    ]);
  });

  it('reads "liitettävä ... puollot yms." as a work plan and endorsements (before: no item)', () => {
    const got = items('Hakemukseen liitettävä opiskelu- tai työsuunnitelma, selvitys oleskeluluvasta tai osallistumisesta opetus- tai muuhun tapahtumaan, puollot yms.');
    expect(got.map((i) => i.kind)).toEqual(['research_plan', 'other', 'references']);
    expect(got[2]?.title).toBe('Puollot');
  });

  it('reads "Du legger ved ..., og et budsjett skal også lastes opp" (before: no item, two pointers)', () => {
    expect(items('Du legger ved vitnemål og karakterutskrift, og et budsjett skal også lastes opp.')).toEqual([
      { kind: 'diplomas', title: 'Vitnemål' },
      { kind: 'transcript', title: 'Karakterutskrift' },
      { kind: 'other', title: 'Budsjett' },
    ]);
  });

  it('reads "Vi trenger ett referansebilde" and "Her skal det også lastes opp et enkelt budsjett som viser ..." (before: no item)', () => {
    expect(items('Her skal det også lastes opp et enkelt budsjett som viser hvordan stipendet skal disponeres. Vi trenger ett referansebilde.')).toEqual([
      { kind: 'other', title: 'Enkelt budsjett' },
      { kind: 'other', title: 'Referansebilde' },
    ]);
  });

  it('reads "legger du den ved søknaden" with its case, and the documentation asked otherwise (before: no item)', () => {
    const got = items(
      'Hvis du har fått en sakkyndig uttalelse som formelt fastslår at du har høgskolelektorkompetanse, legger du den ved søknaden. Hvis du ikke har det, legger du ved relevant dokumentasjon av din kunstneriske virksomhet slik at kompetansevurdering kan foretas.',
    );
    expect(got.map((i) => [i.kind, i.title])).toEqual([
      ['other', 'Sakkyndig uttalelse'],
      ['portfolio', 'Dokumentasjon av din kunstneriske virksomhet'],
    ]);
    expect(got[0]?.condition).toMatch(/^Hvis du har fått en sakkyndig uttalelse/);
    expect(got[1]?.condition).toBe('Hvis du ikke har det');
  });
});

describe('a second document after "ja"/"og"/"and" is not glued into the title (audit #2)', () => {
  it('stops the title at "ja" and marks it when the words after it name nothing read (before: "Tutkimussuunnitelma ja kaksi lausuntoa", unmarked)', () => {
    const body = 'Hakemukseen liitettävä tutkimussuunnitelma ja kaksi lausuntoa.';
    expect(items(body)).toEqual([{ kind: 'research_plan', title: 'Tutkimussuunnitelma' }]);
    expect(reason(body, /Tutkimussuunnitelma/, 'title')).toBe('the name stops at "ja": "kaksi lausuntoa" may be another document; add it if the posting asks for it');
  });

  it('in Norwegian: "Legg ved prosjektbeskrivelse og et kart over feltområdet."', () => {
    const body = 'Legg ved prosjektbeskrivelse og et kart over feltområdet.';
    expect(items(body)).toEqual([{ kind: 'research_plan', title: 'Prosjektbeskrivelse' }]);
    expect(reason(body, /Prosjektbeskrivelse/, 'title')).toContain('"et kart over feltområdet" may be another document');
  });
});

describe('a Catalan or Spanish heading "documents that accompany the application" opens the list (audit #2)', () => {
  it('reads the bullets under "Documents que acompanyen la sol·licitud" (before: no item, three pointers)', () => {
    const body = [
      'Documents que acompanyen la sol·licitud',
      '',
      '  • Currículum de la persona sol.licitant',
      "  • Certificat d'estar admés en un programa de doctorat en la fase d'investigació",
      "  • Memòria descriptiva del projecte d'investigació que es pretén realitzar",
      "  • Fotocòpia del llibre de família en el cas de persones que s'acullen al supòsit establit en la base 3 f)",
    ].join('\n');
    const got = items(body);
    expect(got.map((i) => i.kind)).toEqual(['cv', 'other', 'research_plan', 'other']);
    expect(got[1]?.title).toMatch(/^Certificat d'estar admés en un programa de doctorat/);
    expect(got[3]?.condition).toMatch(/^en el cas de persones/);
  });

  it('in Spanish: "Documentos que acompañan la solicitud"', () => {
    const body = ['Documentos que acompañan la solicitud', '', '  • Memoria descriptiva del proyecto que se pretende realizar', '  • Currículum de la persona solicitante'].join('\n');
    expect(items(body).map((i) => i.kind)).toEqual(['research_plan', 'cv']);
  });
});

describe('a requirement for applicants to one kind of post is a condition (audit #5)', () => {
  it('reads "Professorin tehtäviä koskeviin hakemuksiin liitetään" and "opetustehtävää hakeva laatii selvityksen opetusansioistaan" (before: CV required, report missed)', () => {
    const body = 'Professorin tehtäviä koskeviin hakemuksiin liitetään englanninkielinen CV.\n\nValtiotieteellisen tiedekunnan opetustehtävää hakeva laatii selvityksen opetusansioistaan.';
    expect(items(body)).toEqual([
      { kind: 'cv', title: 'CV', condition: 'Professorin tehtäviä koskeviin hakemuksiin' },
      { kind: 'teaching_statement', title: 'Selvityksen opetusansioistaan', condition: 'opetustehtävää hakeva' },
    ]);
  });

  it('in English: "Applicants for the senior post should also send a teaching portfolio."', () => {
    expect(items('Please send a CV. Applicants for the senior post should also send a teaching portfolio.')).toEqual([
      { kind: 'cv', title: 'CV' },
      { kind: 'teaching_statement', title: 'Teaching portfolio', condition: 'Applicants for the senior post' },
    ]);
  });

  it('not for the one post of the posting: "Tätä tehtävää koskeviin hakemuksiin liitetään CV."', () => {
    expect(items('Tätä tehtävää koskeviin hakemuksiin liitetään CV.')).toEqual([{ kind: 'cv', title: 'CV' }]);
  });
});
