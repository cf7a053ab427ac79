/**
 * Postings in the languages of `src/core/import/languages.ts`, written for these tests from each language's usual
 * wording of a call (not copied from any posting): kinds, stages, limits, counts, deadlines and what not to send.
 */
import { describe, expect, it } from 'vitest';
import { findKindMentions, importPosting } from '../../../src/core/import/index.js';

/** Items as `kind/stage`, with a condition as `kind/if` and limits and stated counts (a `max` with them) appended. */
function read(text: string) {
  const { profile } = importPosting(text, { today: '2026-01-01' });
  return {
    items: profile.items.map((i) => {
      const extra = (['max_pages', 'max_words', 'min', 'max'] as const).filter((k) => i[k] !== undefined && (k !== 'min' || i.max !== undefined)).map((k) => ` ${k}=${i[k]}`);
      return `${i.kind}/${i.condition ? 'if' : i.stage}${extra.join('')}`;
    }),
    deadline: profile.deadline,
    notWanted: (profile.not_wanted ?? []).map((n) => n.kind ?? 'other'),
  };
}

describe('Spanish', () => {
  it('reads a list of required documents with a limit, a condition, an optional item and a photo not wanted', () => {
    const r = read(
      'Documentación requerida:\n- Currículum vitae\n- Carta de motivación (máximo 2 páginas)\n- Expediente académico\n- Certificado de inglés (solo para candidatos extranjeros)\n- Cartas de recomendación (opcional)\nNo envíe fotografías.\nEl plazo de presentación finaliza el 15 de marzo de 2026.',
    );
    expect(r.items).toEqual(['cv/required', 'motivation_letter/required max_pages=2', 'transcript/required', 'language_certificate/if', 'references/optional']);
    expect(r.deadline).toBe('2026-03-15');
    expect(r.notWanted).toEqual(['other']);
  });

  it('reads a request in prose, its count and the date to send it by ("antes del 15 de marzo")', () => {
    const r = read('Las personas interesadas deberán enviar su currículum, una carta de motivación, una copia del título de máster y dos cartas de recomendación antes del 15 de marzo de 2026.');
    expect(r.items).toEqual(['cv/required', 'motivation_letter/required', 'diplomas/required', 'references/required min=2 max=2']);
    expect(r.deadline).toBe('2026-03-15');
  });

  it('reads a list of documents under "Requisitos de admisión" when most of its entries name documents', () => {
    const r = read('Requisitos de Admisión\n\n1. Estar titulado.\n2. Copia del título de maestría.\n3. Dos cartas de recomendación.\n4. Currículum vitae actualizado (máximo 5 cuartillas).\n5. Carta de exposición de motivos.');
    expect(r.items).toEqual(['diplomas/required', 'references/required min=2 max=2', 'cv/required max_pages=5', 'motivation_letter/required']);
  });

  it('still skips a list of requirements that names no documents', () => {
    expect(read('Requisitos:\n- Título de máster en física\n- Nivel de inglés B2\n- Experiencia en programación\nEnvíe su currículum antes del 1 de marzo de 2026.').items).toEqual(['cv/required']);
  });
});

describe('Catalan', () => {
  it('reads the documents, "si escau" as a condition and the deadline', () => {
    const r = read("Documentació a presentar:\n- Currículum\n- Carta de motivació (màxim 1 pàgina)\n- Certificat acadèmic de notes\n- Títol de màster, si escau\nEl termini de presentació finalitza el 15 de febrer de 2026.");
    expect(r.items).toEqual(['cv/required', 'motivation_letter/required max_pages=1', 'transcript/required', 'diplomas/if']);
    expect(r.deadline).toBe('2026-02-15');
  });

  it('reads "dues cartes de recomanació" in prose', () => {
    expect(read("Les persones interessades han d'enviar el currículum, l'expedient acadèmic i dues cartes de recomanació abans del 31 de gener de 2026.")).toEqual({
      items: ['cv/required', 'transcript/required', 'references/required min=2 max=2'],
      deadline: '2026-01-31',
      notWanted: [],
    });
  });
});

describe('Portuguese', () => {
  it('reads word and page limits ("no máximo 3000 palavras", "até 2 páginas") and an optional item', () => {
    const r = read(
      'Documentos necessários:\n- Curriculum vitae\n- Carta de motivação (até 2 páginas)\n- Proposta de investigação com no máximo 3000 palavras\n- Cópia do diploma de mestrado\n- Cartas de recomendação (opcional)\nPrazo de candidatura: 30 de junho de 2026',
    );
    expect(r.items).toEqual(['cv/required', 'motivation_letter/required max_pages=2', 'research_plan/required max_words=3000', 'diplomas/required', 'references/optional']);
    expect(r.deadline).toBe('2026-06-30');
  });

  it('reads a Brazilian checklist: "documentação a ser enviada", entries numbered "1 - ", "(se estrangeiro)" as a condition', () => {
    const r = read(
      'Checklist da documentação a ser enviada:\n1 - Carta do candidato solicitando a sua inscrição.\n2 - Currículo Lattes atualizado (máximo 5 cuartillas).\n3 - Comprovante do título de Doutor.\n4 - RG ou passaporte (se estrangeiro).',
    );
    expect(r.items).toEqual(['cover_letter/required', 'cv/required max_pages=5', 'diplomas/required', 'other/if']);
  });

  it('reads "histórico escolar" and "duas cartas" in prose', () => {
    expect(read('Os candidatos devem enviar currículo, histórico escolar e duas cartas de recomendação até 30 de abril de 2026.').items).toEqual([
      'cv/required',
      'transcript/required',
      'references/required min=2 max=2',
    ]);
  });
});

describe('Italian', () => {
  it('reads "La domanda deve contenere", "eventuali" and "Scadenza"', () => {
    const r = read('La domanda deve contenere:\n- curriculum vitae\n- lettera di motivazione\n- progetto di ricerca (massimo 5 pagine)\n- elenco delle pubblicazioni\n- eventuali lettere di referenza\nScadenza: 1 aprile 2026');
    expect(r.items).toEqual(['cv/required', 'motivation_letter/required', 'research_plan/required max_pages=5', 'publication_list/required', 'references/optional']);
    expect(r.deadline).toBe('2026-04-01');
  });
});

describe('Danish and Norwegian', () => {
  it('reads a Danish list, "højst 3 sider" and "Ansøgningsfristen er ... kl. 23.59"', () => {
    const r = read('Ansøgningen skal indeholde:\n- Motiveret ansøgning\n- CV\n- Eksamensbeviser og karakterudskrifter\n- Forskningsplan (højst 3 sider)\n- Publikationsliste\nAnsøgningsfristen er 12. januar 2026 kl. 23.59.');
    expect(r.items).toEqual(['cover_letter/required', 'cv/required', 'diplomas/required', 'transcript/required', 'research_plan/required max_pages=3', 'publication_list/required']);
    expect(r.deadline).toBe('2026-01-12T23:59');
  });

  it('reads a Norwegian list with "inntil 5 sider" and referees by name', () => {
    const p = importPosting('Søknaden skal inneholde:\n- Søknadsbrev\n- CV\n- Vitnemål og karakterutskrift\n- Prosjektbeskrivelse på inntil 5 sider\n- Navn og kontaktinformasjon til referanser\nSøknadsfrist: 20. februar 2026').profile;
    expect(p.items.map((i) => i.kind)).toEqual(['cover_letter', 'cv', 'diplomas', 'transcript', 'research_plan', 'references']);
    expect(p.items[4]?.max_pages).toBe(5);
    expect(p.items[5]?.accepts).toEqual(['referee']);
    expect(p.deadline).toBe('2026-02-20');
  });
});

describe('an account of teaching qualifications (audit-import 12-05g #3)', () => {
  it('"An account of your teaching qualifications ...:" over a sub-list, in English, Danish and Swedish, is the teaching statement (before: dropped without a word)', () => {
    expect(read('Applications must include:\n1. Curriculum vitae\n2. An account of your teaching qualifications in relation to the field:\n   a. courses taught\n   b. supervision\n3. Complete list of publications').items).toEqual(['cv/required', 'teaching_statement/required', 'publication_list/required']);
    expect(findKindMentions('En redegørelse for ansøgerens undervisningsmæssige kvalifikationer i forhold til opslagets fagområde').map((h) => h.kind)).toEqual(['teaching_statement']);
    expect(findKindMentions('En redogörelse för sökandens pedagogiska meriter').map((h) => h.kind)).toEqual(['teaching_statement']);
  });
});

describe('Dutch and German additions', () => {
  it('reads "de namen van twee referenten" and "tot 1 maart 2026 worden ingediend"', () => {
    const r = read('Sollicitaties met motivatiebrief, cv en de namen van twee referenten kunnen tot 1 maart 2026 worden ingediend.');
    expect(r.items).toEqual(['motivation_letter/required', 'cv/required', 'references/required min=2 max=2']);
    expect(r.deadline).toBe('2026-03-01');
  });

  it('reads German compounds and number words ("Masterzeugnis", "zwei Referenzschreiben", "Publikationsverzeichnis")', () => {
    expect(findKindMentions('Masterzeugnis, zwei Referenzschreiben und ein Publikationsverzeichnis').map((h) => h.kind)).toEqual(['diplomas', 'references', 'publication_list']);
    expect(read('Bitte senden Sie Lebenslauf, Masterzeugnis und zwei Referenzschreiben.').items).toEqual(['cv/required', 'diplomas/required', 'references/required min=2 max=2']);
  });

  it('reads "referentiebrieven" as the letters, never as a job reference, and ends a title at "en twee"', () => {
    // Before: `reference: brieven` (from "referentie" inside the word), one item "CV en twee referentiebrieven",
    // and "Motivatiebrief en drie" as a title.
    const { profile } = importPosting('Promovendus\n\nStuur de volgende documenten: een motivatiebrief, een CV en twee referentiebrieven.', { today: '2026-01-01' });
    expect(profile.reference).toBeUndefined();
    expect(profile.items.map((i) => [i.kind, i.title, i.min, i.max])).toEqual([
      ['motivation_letter', 'Motivatiebrief', undefined, undefined],
      ['cv', 'CV', undefined, undefined],
      ['references', 'Referentiebrieven', 2, 2],
    ]);
    expect(importPosting('Stuur: een CV, een motivatiebrief en drie aanbevelingsbrieven.', { today: '2026-01-01' }).profile.items.map((i) => i.title)).toEqual(['CV', 'Motivatiebrief', 'Aanbevelingsbrieven']);
    // A real reference number still reads, and "en" in French and Swedish lists stays a word.
    expect(importPosting('Referentienummer: AT-2026-114\n\nStuur een CV en een motivatiebrief.', { today: '2026-01-01' }).profile.reference).toBe('AT-2026-114');
    expect(read("Envoyez un CV et une lettre de motivation en deux pages maximum.").items).toEqual(['cv/required', 'motivation_letter/required max_pages=2']);
  });
});

describe('German prose, Danish and the application as a whole', () => {
  it('reads "Bewerbungen mit ... sind ... zu richten" and "Schriften nur auf Anforderung" as a later item', () => {
    const r = read(
      'Bewerbungen mit Lebenslauf, Publikationsverzeichnis, Liste der eingeworbenen Drittmittel und Angaben über die bisherige Lehrtätigkeit sind bis zum 30. April 2026 an das Dekanat zu richten. Die Einsendung von Schriften ist nur auf Anforderung erwünscht.',
    );
    expect(r.items).toEqual(['cv/required', 'publication_list/required', 'other/required', 'teaching_statement/required', 'writing_sample/later']);
    expect(r.deadline).toBe('2026-04-30');
  });

  it('reads a Swedish sentence "Ansökan ska alltid innehålla sökandes CV, intyg från prefekt ..."', () => {
    expect(read('Ansökan ska alltid innehålla sökandes CV, intyg från prefekt om projektets genomförbarhet samt skriftliga intyg från två referenspersoner.').items).toEqual([
      'cv/required',
      'other/required',
      'references/required min=2 max=2',
    ]);
  });

  it('reads "nicht obligatorisch" as optional', () => {
    expect(read('Bitte senden Sie Ihre Bewerbungsunterlagen:\n- Lebenslauf\n- GRE-Ergebnisse (ein GRE Test ist nicht obligatorisch)').items).toEqual(['cv/required', 'other/optional']);
  });

  it('names German documents in their usual forms ("Zeugniskopien", "Forschungskonzept", "Referenzpersonen", "Kopie des Personalausweises")', () => {
    expect(findKindMentions('Zeugniskopien, Forschungskonzept, Kontaktdaten von zwei Referenzpersonen und eine Kopie des Personalausweises').map((h) => h.kind)).toEqual(['diplomas', 'research_plan', 'references', 'other']);
  });

  it('reads "Ansøgning sendes online ... og skal indeholde følgende:" as the list of documents, not a letter\'s contents', () => {
    const r = read('Ansøgning sendes online og skal indeholde følgende:\n • Kopi af eksamensbevis\n • Curriculum vitae (CV)\n • Liste over skriftlige værker\n • Et eksempel på et skriftligt værk\n • En kort projektbeskrivelse');
    expect(r.items).toEqual(['diplomas/required', 'cv/required', 'publication_list/required', 'writing_sample/required', 'research_plan/required']);
  });

  it('does not read "required for your application" as a condition', () => {
    expect(read('The following documents are required for your application:\n- Cover letter\n- CV').items).toEqual(['cover_letter/required', 'cv/required']);
  });
});

describe('Polish, Czech, French and Dutch', () => {
  it('matches Polish letters with or without their accents ("ą", "ć", "ń": "poświadczające znajomość", "ukończenia")', () => {
    expect(findKindMentions('dokumenty poświadczające znajomość nowożytnego języka obcego').map((h) => h.kind)).toEqual(['language_certificate']);
    expect(findKindMentions('dyplom ukończenia studiów').map((h) => h.kind)).toEqual(['diplomas']);
  });

  it('reads "podanie o przyjęcie do pracy" as a cover letter and "podanie o przyjęcie do szkoły doktorskiej" as the admission form', () => {
    expect(read('Wymagane dokumenty:\n1. podanie kandydata o przyjęcie do pracy;\n2. życiorys.').items).toEqual(['cover_letter/required', 'cv/required']);
    expect(read('Wymagane dokumenty:\n1. podanie o przyjęcie do szkoły doktorskiej;\n2. życiorys.').items).toEqual(['other/required', 'cv/required']);
  });

  it('reads a Polish list: "Wymagane dokumenty", "list motywacyjny", "życiorys", "odpis dyplomu", "(jeśli dotyczy)"', () => {
    const r = read('Wymagane dokumenty:\n1. list motywacyjny;\n2. życiorys naukowy;\n3. wykaz publikacji;\n4. odpis dyplomu ukończenia studiów;\n5. certyfikat znajomości języka angielskiego (jeśli dotyczy).\nTermin składania dokumentów: 15 czerwca 2026.');
    expect(r.items).toEqual(['motivation_letter/required', 'cv/required', 'publication_list/required', 'diplomas/required', 'language_certificate/if']);
  });

  it('skips the steps of a Polish procedure ("sprawdzanie terminów", "wskazanie dyscypliny")', () => {
    const r = read('Wymagane dokumenty:\n1. sprawdzanie terminów rozmów kwalifikacyjnych;\n2. wskazanie dyscypliny naukowej;\n3. list motywacyjny;\n4. życiorys.');
    expect(r.items).toEqual(['motivation_letter/required', 'cv/required']);
  });

  it('reads a Czech list: "K přihlášce je třeba přiložit", "strukturovaný životopis", "motivační dopis"', () => {
    const r = read('K přihlášce je třeba přiložit:\n- strukturovaný životopis\n- motivační dopis\n- seznam publikací\n- kopii vysokoškolského diplomu');
    expect(r.items).toEqual(['cv/required', 'motivation_letter/required', 'publication_list/required', 'diplomas/required']);
  });

  it('reads French prose: "Faire parvenir un curriculum vitae, accompagné d\'une lettre de présentation ..."', () => {
    const r = read("Faire parvenir un curriculum vitae, accompagné d'une lettre de présentation, d'une copie des relevés de notes, d'une copie d'une publication et de trois lettres de recommandation avant le 1er mars 2026.");
    expect(r.items).toEqual(['cv/required', 'cover_letter/required', 'transcript/required', 'writing_sample/required', 'references/required min=3 max=3']);
  });

  it('reads a Dutch list after "Daarbij moeten worden overgelegd:"', () => {
    const r = read("Daarbij moeten worden overgelegd:\n1. gewaarmerkte kopieën van relevante diploma's,\n2. een overzicht van de gevolgde studieonderdelen,\n3. een kopie van de bladzijde van het paspoort en\n4. een promotievoorstel.");
    expect(r.items).toEqual(['diplomas/required', 'transcript/required', 'other/required', 'research_plan/required']);
  });

  it('does not read a letter by the supervisor ("lettre de présentation du directeur de thèse") as the cover letter', () => {
    expect(read('Le dossier de candidature doit comprendre :\n- un CV\n- une lettre de présentation du directeur de thèse').items).toEqual(['cv/required', 'other/required']);
  });
});

describe('instructions among the entries', () => {
  it('reads "简要说明您为何对我们感兴趣" as a motivation letter and skips a Swedish instruction ("Specificera ...")', () => {
    expect(read('申请材料：\n1. 个人简历\n2. 简要说明您为何对我们感兴趣').items).toEqual(['cv/required', 'motivation_letter/required']);
    expect(read('Ansökan ska innehålla:\n- CV\n- Specificera riktad position\n- Personligt brev').items).toEqual(['cv/required', 'motivation_letter/required']);
  });
});

describe('accents', () => {
  it('finds a phrase written with or without its accents', () => {
    for (const s of ['curriculum vitae', 'currículum vitae', 'resume', 'résumé', 'lettre de motivation', 'lettré de motivatión', 'soknadsfrist']) {
      expect(findKindMentions(`Please send your ${s}.`).length + (s === 'soknadsfrist' ? 1 : 0)).toBe(1);
    }
    expect(read('Søknadsbrev og CV sendes. Soknadsfrist: 1. mars 2026.').deadline).toBe('2026-03-01');
  });

  it('does not read "curriculum" in English as a CV', () => {
    expect(findKindMentions('You will contribute to the undergraduate curriculum and to curriculum development.')).toEqual([]);
  });
});

describe('Chinese', () => {
  it('reads a numbered list of materials, its later stage, and skips the eligibility list', () => {
    const text = [
      '一、申请人资格',
      '1.年龄在40岁以下,新近获得博士学位。',
      '2.身体健康。',
      '二、申请步骤',
      '1.申请人应按我校要求来校参加面试。',
      '2.面试合格的申请人,应提交以下材料:',
      '(1)《博士后申请表》;',
      '(2)两封《专家推荐信》;',
      '(3)博士学位证书复印件;',
      '(4)本人身份证复印件。',
    ].join('\n');
    const p = importPosting(text).profile;
    expect(p.items.map((i) => `${i.kind}/${i.stage}`)).toEqual(['other/later', 'references/later', 'diplomas/later', 'other/later']);
    expect(p.items.map((i) => i.title)).toEqual(['博士后申请表', '专家推荐信', '博士学位证书复印件', '身份证复印件']);
  });
});

describe('Korean and Japanese', () => {
  it('reads a Korean list under "제출 서류" with "(있는 경우)" as optional, and a request in prose ("보내 주세요")', () => {
    expect(read('박사후연구원 모집\n\n제출 서류\n- 이력서\n- 자기소개서\n- 연구계획서\n- 추천서 2부 (있는 경우)\n- 성적증명서').items).toEqual([
      'cv/required',
      'motivation_letter/required',
      'research_plan/required',
      'references/optional',
      'transcript/required',
    ]);
    expect(read('CV, 추천인, 연구 계획을 보내 주세요.').items).toEqual(['cv/required', 'references/required', 'research_plan/required']);
  });

  it('reads a Japanese line of documents after "必要書類"', () => {
    expect(read('必要書類:申請書(所定の様式)・履歴書・推薦書 1通').items).toEqual(['other/required', 'cv/required', 'references/required']);
  });
});

describe('proof of a language level named in other words', () => {
  const kindsOf = (s: string) => findKindMentions(s).map((h) => h.kind);
  it('reads the document that proves a language level as a language certificate, in each language', () => {
    expect(kindsOf('Certificación oficial que acredite el nivel de inglés B2')).toEqual(['language_certificate']);
    expect(kindsOf("documentazione attestante la buona conoscenza della lingua inglese")).toEqual(['language_certificate']);
    expect(kindsOf("une attestation du niveau d'anglais (B2 minimum)")).toEqual(['language_certificate']);
    expect(kindsOf('Comprovante de aprovação em exame de proficiência em língua estrangeira')).toEqual(['language_certificate']);
    expect(kindsOf('informacja o znajomości języków obcych')).toEqual(['language_certificate']);
    expect(kindsOf('Ein Englisch-Sprachtest ist willkommen, aber nicht erforderlich')).toEqual(['language_certificate']);
  });

  it('does not read a sentence about the level as a document', () => {
    expect(kindsOf('El documento debe estar redactado en español; se valorará el nivel de inglés.')).toEqual([]);
  });
});
