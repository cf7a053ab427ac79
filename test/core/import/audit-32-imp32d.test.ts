/**
 * imp32d: stage errors of the dev split by general cause: a case about how the packet is sent or whom to ask is no
 * condition on a document, and "possible" / "evtl." / "ewentualny" before a document make it optional.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

/** `kind/stage if condition`, one per item. */
const items = (text: string) =>
  importPosting(text, { today: '2026-12-06' }).profile.items.map((i) => `${i.kind}/${i.stage}${i.condition ? ` if ${i.condition}` : ''}`);

describe('a case about how the application is sent', () => {
  it('is no condition on the documents (before: each was required "if Dersom søknaden sendes inn elektronisk")', () => {
    const text = 'Søknad om opptak\nDersom søknaden sendes inn elektronisk skal vedleggene sorteres som følger: Prosjektbeskrivelsen - eget vedlegg, vitnemål og CV - eget vedlegg.';
    expect(items(text)).toEqual(['research_plan/required', 'diplomas/required', 'cv/required']);
  });

  it('in Finnish: "jos hakemus lähetetään sähköisesti" (before: both required "if Jos hakemus lähetetään sähköisesti")', () => {
    const text = 'Haku\nJos hakemus lähetetään sähköisesti, liitä hakemukseen CV ja tutkimussuunnitelma.';
    expect(items(text)).toEqual(['cv/required', 'research_plan/required']);
  });

  it('still reads a case about the applicant ("if your degree is not yet completed")', () => {
    const text = 'PhD\nPlease send a CV. If your degree is not yet completed, please enclose a transcript of records.';
    expect(items(text)).toEqual(['cv/required', 'transcript/required if If your degree is not yet completed']);
  });
});

describe('a case about questions', () => {
  it('is no condition on the form it names (before: the form was required "if In case of any question/request ...")', () => {
    const text = 'Fellowship\nApplicants must use the application form. In case of any question related to the application form please send an email to the office.\nPlease also send a CV.';
    expect(items(text)).toEqual(['other/required', 'cv/required']);
  });

  it('in another wording: "In the event of technical problems with the application form" (before: the form was required in that event)', () => {
    const text = 'Fellowship\nApplicants must use the application form. In the event of technical problems with the application form please send an email to the office.';
    expect(items(text)).toEqual(['other/required']);
  });
});

describe('"possible" before a document', () => {
  it('makes the entry optional in English (before: "Possible proof of financing" was required)', () => {
    expect(items('Doctoral school\nDocuments to upload:\n- Curriculum vitae\n- Possible proof of financing')).toEqual(['cv/required', 'other/optional']);
  });

  it('in German "evtl." (before: the leaflet was required)', () => {
    expect(items('Bewerbung\nEinzureichende Unterlagen:\n- Lebenslauf\n- evtl. Merkblatt «Will you be my supervisor?»')[1]).toBe('other/optional');
  });

  it('in Polish "ewentualnymi" (before: the language information was required)', () => {
    const text = 'Rekrutacja\nKandydat składa następujące dokumenty:\n • życiorys;\n • informacja o znajomości języków obcych, potwierdzona ewentualnymi certyfikatami językowymi;';
    expect(items(text)).toEqual(['cv/required', 'language_certificate/optional']);
  });

  it('not a possible start date', () => {
    expect(items('Post\nPlease send:\n- a CV\n- possible start date')).toEqual(['cv/required']);
  });
});

describe('a size in "Megas"', () => {
  const read = (text: string) => {
    const p = importPosting(text, { today: '2026-12-06' }).profile;
    return { items: p.items.map((i) => [i.kind, i.max_mb]), packet: p.submission.max_mb };
  };

  it('is a size in MB, here of each file (before: "tamaño inferior a 4 Megas" gave no limit)', () => {
    const text = 'Doctorado\nAsegúrese de tener escaneados, en formato pdf o Word, los siguientes documentos, en archivos independientes con tamaño inferior a 4 Megas:\n  • Curriculum vitae\n  • Carta de motivación';
    expect(read(text).packet).toBe(4);
  });

  it("in Portuguese, of the item it follows (before: the CV had no size)", () => {
    const text = 'Seleção\nO currículo (PDF, tamanho máximo 5 megas) e a carta de apresentação devem ser enviados por e-mail.';
    expect(read(text)).toEqual({ items: [['cv', 5], ['cover_letter', undefined]], packet: undefined });
  });
});
