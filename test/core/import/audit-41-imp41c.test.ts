/**
 * Importer audit round 20 (task imp41c): quotes stay the posting's words, the document a translation is asked of is
 * no item, conditions and contents.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, importPosting, readPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-07' });
const items = (text: string) => read(text).profile.items.map((i) => ({ kind: i.kind, title: i.title, condition: i.condition }));
const sources = (text: string): string[] => {
  const p = read(text).profile;
  return [...p.items.map((i) => i.source), ...(p.not_wanted ?? []).map((n) => n.source)].filter((s): s is string => s !== undefined);
};
const squeeze = (t: string): string => t.replace(/\s+/gu, ' ').trim();
/** Each piece of the quote (cut with "...") is in the posting's text, whitespace aside. */
const quoted = (source: string, text: string): boolean =>
  squeeze(source)
    .split(/\s*(?:\.\.\.|…)\s*/u)
    .filter(Boolean)
    .every((piece) => text.includes(piece));

describe("a quote is the posting's words, never altered", () => {
  it('quotes the sentence of a translation with the word "Übersetzung" in it (before: blanked out by spaces)', () => {
    const de = 'Folgende Unterlagen sind einzureichen:\n- Lebenslauf\n- Falls das Zeugnis nicht in deutscher Sprache ausgestellt ist, eine entsprechende Übersetzung.';
    for (const s of sources(de)) expect(quoted(s, squeeze(de)), s).toBe(true);
    const en = 'Please send:\n- a CV\n- copies of diplomas (documentation must be in English or an officially approved translation)';
    for (const s of sources(en)) expect(quoted(s, squeeze(en)), s).toBe(true);
  });

  // Only dev postings that name a translation (the words the importer blanks): the whole dev split takes minutes.
  it('quotes verbatim in every dev posting that names a translation', () => {
    const dir = 'test/fixtures/postings/real';
    const frozen = new Set(readFileSync(join(dir, 'SPLIT.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#')));
    const formats: Record<string, 'markdown' | 'html' | undefined> = { txt: undefined, md: 'markdown', html: 'html', htm: 'html' };
    const files = readdirSync(dir).filter((f) => /\.(?:txt|md|html?)$/u.test(f) && !frozen.has(f.split('.')[0] as string) && !/^(?:README|SPLIT|SEEN)/u.test(f));
    let checked = 0;
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      if (!/translat|traduc|übersetz|vertaling|översätt|oversett|oversætt|traduz|käännö/iu.test(text)) continue;
      const format = formats[f.split('.').pop() as string];
      const p = importPosting(text, format ? { format } : {}).profile;
      const hay = squeeze(readPosting(text, format ?? detectFormat(text)).lines.map((l) => l.text).join(' '));
      for (const s of [...p.items.map((i) => i.source), ...(p.not_wanted ?? []).map((n) => n.source)]) if (s !== undefined) expect(quoted(s, hay), `${f}: ${s}`).toBe(true);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(10);
  }, 300_000);
});

describe('the document a translation is asked of is no item', () => {
  it('reads only the translation from "Falls das Zeugnis ... nicht in deutscher ... Sprache ausgestellt ist, ... Übersetzung" (before: a diplomas item too)', () => {
    const de = 'Folgende Unterlagen sind einzureichen:\n- Lebenslauf\n- Falls das Zeugnis über den Hochschulabschluss nicht in deutscher, englischer oder französischer Sprache ausgestellt ist, jeweils eine, von einem vereidigten Übersetzer gefertigte, entsprechende Übersetzung.';
    expect(items(de).map((i) => i.kind)).toEqual(['cv', 'other']);
    expect(items(de)[1]?.title).toBe('Übersetzung');
  });

  it('reads only the translation from "If your diploma is not in English, a certified translation" (before: an item titled " ")', () => {
    expect(items('Please send:\n- a CV\n- If your diploma is not in English, a certified translation.').map((i) => `${i.kind}: ${i.title}`)).toEqual(['cv: CV', 'other: Certified translation']);
  });
});

describe('conditions read whole', () => {
  const foreign = (who: string) => `Bitte senden Sie einen Lebenslauf.\n\nFür ${who} mit ausländischem Hochschulabschluss sind zusätzlich diese Unterlagen nötig:\n- Antrag auf Anerkennung des Abschlusses\n- Äquivalenzgutachten`;

  it('keeps the gender forms "Antragsteller:innen", "Bewerber*innen", "Bewerber/-innen" whole in a condition (before: cut at the colon, or none)', () => {
    for (const who of ['Antragsteller:innen', 'Bewerber*innen', 'Bewerber/-innen', 'Bewerber_innen', 'BewerberInnen', 'Bewerber']) {
      expect(items(foreign(who)).slice(1).map((i) => i.condition)).toEqual([`Für ${who} mit ausländischem Hochschulabschluss`, `Für ${who} mit ausländischem Hochschulabschluss`]);
    }
    expect(items('Unterlagen:\n- Lebenslauf\n- Für Bewerber:innen: Sprachnachweis')[1]?.condition).toBe('Für Bewerber:innen');
  });

  it('reads "Applicants for professorships ... are requested to attach" as a condition, marked (before: the CV asked of all)', () => {
    const r = read('Applicants for professorships within the Faculty are requested to attach to their applications a CV in English.\n\nApplicants for teaching positions are requested to submit a teaching portfolio.');
    expect(r.profile.items.map((i) => [i.kind, i.condition, i.review])).toEqual([
      ['cv', 'Applicants for professorships', true],
      ['teaching_statement', 'Applicants for teaching positions', true],
    ]);
    expect(items('Candidates for associate professorships should also submit a teaching statement. Please send a CV.')[0]?.condition).toBe('Candidates for associate professorships');
    expect(items('Applicants for the professorship are requested to attach a CV.')[0]?.condition).toBeUndefined();
  });

  it('reads the document after a case ending in a colon, in that case (before: the noun of the case as the item, or no condition)', () => {
    const fr = items("Le dossier comprend :\n- un CV\n- Si le mémoire n'est pas terminé : une attestation de l'encadrant");
    expect(fr.map((i) => [i.kind, i.title, i.condition])).toEqual([
      ['cv', 'CV', undefined],
      ['other', "Attestation de l'encadrant", "Si le mémoire n'est pas terminé"],
    ]);
    expect(items('Please send:\n- a CV\n- If the thesis is not finished: a letter from the supervisor')[1]).toEqual({ kind: 'other', title: 'Letter from the supervisor', condition: 'If the thesis is not finished' });
  });
});

describe("a document's contents stay inside it", () => {
  const kinds = (text: string): string[] => read(text).profile.items.map((i) => i.kind);

  it('reads "met informatie over", "contenant", "innehållande", "joka sisältää" as what the CV holds (before: each content an item)', () => {
    expect(kinds('Stuur:\n- een cv met informatie over taalvaardigheid, onderzoeksvoorstel en publicaties\n- een motivatiebrief')).toEqual(['cv', 'motivation_letter']);
    expect(kinds('Envoyez :\n- un CV contenant la liste des publications et un projet de recherche\n- une lettre de motivation')).toEqual(['cv', 'motivation_letter']);
    expect(kinds('Skicka:\n- CV innehållande publikationslista och forskningsplan\n- personligt brev')).toEqual(['cv', 'motivation_letter']);
    expect(kinds('Lähetä:\n- ansioluettelo, joka sisältää julkaisuluettelon ja tutkimussuunnitelman\n- hakemuskirje')).toEqual(['cv', 'cover_letter']);
    expect(kinds('Bitte senden Sie:\n- einen Lebenslauf mit Angaben zu Sprachkenntnissen, Forschungsinteressen und Publikationen\n- ein Anschreiben')).toEqual(['cv', 'cover_letter']);
  });

  it('marks for review what a Polish CV "zawierający informacje o" holds, if read at all (before: unmarked items)', () => {
    const r = read('Dokumenty:\n- życiorys, zawierający informacje o znajomości języków obcych, np. certyfikat, opis zainteresowań naukowych kandydata\n- list motywacyjny');
    expect(r.profile.items.slice(0, 2).map((i) => i.kind)).toEqual(['cv', 'motivation_letter']);
    for (const i of r.profile.items.slice(2)) expect(i.review, i.title).toBe(true);
  });
});
