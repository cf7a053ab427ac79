/**
 * Letters the referees upload, refusals, stages from tables, advice pages and lists of alternatives: the cases of
 * the tenth audit (2026-12-05), each as a short posting in the words such postings use.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const head = 'Postdoctoral Researcher in Ecology\n\n';
const run = (text: string) => importPosting(head + text);
const refs = (text: string) => run(text).profile.items.find((i) => i.kind === 'references');

describe('letters the referees submit through an online system (audit-import 12-05e #3)', () => {
  it('referees "who will then receive an automatic email" to submit, or whom the applicant must "ensure" send, are sent_by: referees', () => {
    for (const text of [
      'Please submit your CV through the online system. Reference letters: the applicant provides the email address of two referees, who will then receive an automatic email with the instructions for the letter submission.',
      'Please submit your CV. Two letters of reference are required. It is the applicant\'s responsibility to ensure that the referees send the letters within the deadline.',
      'Please submit your CV. Two letters of reference are required; please make sure your recommenders upload their letters by the deadline.',
    ]) {
      expect(refs(text), text).toMatchObject({ sent_by: 'referees' });
    }
  });

  it('the same in other languages', () => {
    for (const text of [
      'Bitte senden Sie Ihren Lebenslauf. Zwei Gutachten sind erforderlich; Ihre Gutachter erhalten eine automatische E-Mail mit einem Link zum Hochladen.',
      'Stuur uw cv. Twee aanbevelingsbrieven zijn vereist; uw referenten ontvangen automatisch een e-mail met een link om hun brief te uploaden.',
      'Skicka ditt CV. Två rekommendationsbrev krävs; referenterna får ett e-postmeddelande med instruktioner för att ladda upp sina brev.',
      "Envoyez votre CV. Deux lettres de recommandation sont demandées ; vos référents recevront un courriel les invitant à déposer leur lettre.",
    ]) {
      expect(refs(text), text).toMatchObject({ sent_by: 'referees' });
    }
  });

  it('contacts asked in the same sentence as the referees\' own submission: sent_by referees, marked', () => {
    const r = run('Please submit your CV. Reference letters must be submitted only through the online system: the applicant provides the email addresses of the referees, who then receive an automatic email with the instructions for the letter submission. At least two letters are required.');
    expect(r.profile.items.find((i) => i.kind === 'references')).toMatchObject({ sent_by: 'referees', review: true });
    expect(r.review.map((x) => x.reason)).toContainEqual(expect.stringMatching(/^the posting asks for the referees' contacts and says the referees send the letters themselves/));
    // Referees the applicant names, who are asked for letters later, stay in the packet.
    expect(refs('Please send a CV and the names of three referees, who will be asked to send letters directly to us.')).not.toHaveProperty('sent_by');
  });
});

describe('a refusal silences only what it refuses (audit-import 12-05e #9)', () => {
  const pointed = (text: string) => run(text).review.filter((x) => x.path === 'items').map((x) => x.reason);

  it('a document named after a refusal on the same line is still pointed at; the refused one is not', () => {
    for (const [text, name] of [
      ['Bitte senden Sie Anschreiben und Lebenslauf (bitte ohne Foto). Zum Vorstellungsgespräch bringen Sie Ihre Zeugnisse mit.', 'Zeugnisse'],
      ['Please send a cover letter and CV (no photos, please). At the interview we will discuss your transcripts.', 'transcripts'],
      ['Envoyez CV et lettre de motivation (pas de photo). Les lettres de recommandation suivront au second tour.', 'lettres de recommandation'],
      ["Stuur een motivatiebrief en cv (geen foto's). Cijferlijsten komen later aan bod.", 'Cijferlijsten'],
    ] as const) {
      const reasons = pointed(text);
      // Pointed at, or (documents to bring to the interview) read as a later item.
      const later = run(text).profile.items.some((i) => i.stage === 'later' && i.title.includes(name));
      expect(later || reasons.some((r) => r.includes(`"${name}"`)), text).toBe(true);
      expect(reasons.join(' '), text).not.toMatch(/foto|photo/i);
    }
  });

  it('"Referenzschreiben werden gegebenenfalls später angefordert" after "(bitte ohne Foto)" is a later item', () => {
    const r = run('Bitte senden Sie Ihre Bewerbung mit Anschreiben, Lebenslauf und Zeugnissen (bitte ohne Foto) bis zum 31.01.2027 in einer PDF-Datei (max. 5 MB) an bewerbung@example.de. Referenzschreiben werden gegebenenfalls später angefordert.');
    expect(r.profile.items.find((i) => i.kind === 'references')).toMatchObject({ stage: 'later' });
    expect(r.profile.not_wanted?.map((n) => n.what)).toEqual(['Foto']);
  });
});

describe('a table row asked of shortlisted candidates only (audit-import 12-05e #11)', () => {
  const table = (row: string) =>
    importPosting(`# Postdoctoral Researcher\n\nThe following documents must be uploaded:\n\n| Document | Required? | Length |\n|---|---|---|\n| Cover letter | yes | max. 2 pages |\n| Curriculum vitae | yes | |\n${row}\n\nClosing date: 14 February 2027.`).profile.items;

  it('"| Letters of reference | no: shortlisted candidates only | 3 letters |" is a later item of three letters, titled by its first cell', () => {
    const items = table('| Letters of reference | no: shortlisted candidates only | 3 letters |');
    expect(items.find((i) => i.kind === 'references')).toMatchObject({ title: 'Letters of reference', stage: 'later', min: 3, max: 3 });
    expect(items.find((i) => i.kind === 'references')).not.toHaveProperty('review');
    expect(items.find((i) => i.kind === 'cover_letter')).toMatchObject({ title: 'Cover letter', stage: 'required', max_pages: 2 });
  });

  it('"only for shortlisted applicants" and its German, Dutch and Swedish wordings are later', () => {
    for (const row of [
      '| Letters of reference | only for shortlisted applicants | |',
      '| Empfehlungsschreiben | nur für die ausgewählten Kandidaten | |',
      '| Aanbevelingsbrieven | alleen voor geselecteerde kandidaten | |',
      '| Rekommendationsbrev | endast för utvalda sökande | |',
    ]) {
      expect(table(row).find((i) => i.kind === 'references'), row).toMatchObject({ stage: 'later' });
    }
  });
});

describe('what an application "typically includes" is advice, not a request (audit-import 12-05e #12)', () => {
  const typical = (text: string) => run(text).review.filter((x) => /typically includes, not what this posting asks for/.test(x.reason)).length;

  it('marks every item of a "typically includes" sentence, in English, German, Dutch and French', () => {
    expect(typical('A job application typically includes the following documents: cover letter, CV, statement of research interests and references.')).toBeGreaterThanOrEqual(3);
    expect(typical('Eine Bewerbung enthält in der Regel folgende Unterlagen: Anschreiben, Lebenslauf und Zeugnisse.')).toBeGreaterThanOrEqual(2);
    expect(typical('Een sollicitatie bevat meestal een motivatiebrief en een cv.')).toBeGreaterThanOrEqual(1);
    expect(typical('Un dossier de candidature comprend généralement un CV et une lettre de motivation.')).toBeGreaterThanOrEqual(1);
  });

  it('a posting that asks in so many words gets no such mark', () => {
    expect(typical('Applications must include a cover letter, a CV and a research statement.')).toBe(0);
    expect(typical('Bitte senden Sie Anschreiben, Lebenslauf und Zeugnisse.')).toBe(0);
  });
});

describe('entries asked in one case only (audit-import 12-05e #10)', () => {
  const items = (text: string) => run(text).profile.items.map((i) => `${i.kind}:${i.condition ?? '-'}`);

  it('"- if you are currently studying:" then the line that asks: the case is the condition', () => {
    expect(items('The documents required include:\n- if you are currently studying:\nprovide university degree transcripts to date.\n- if you have completed your degree:\nprovide scans of your degree certificates.')).toEqual([
      'transcript:if you are currently studying',
      'diplomas:if you have completed your degree',
    ]);
  });

  it('two lists by case ("a) w przypadku ...:", "b) für ...:") give each entry its case', () => {
    const pl = items('Do wniosku należy dołączyć:\n\na) w przypadku ubiegania się o stypendium na I rok:\n\n• życiorys,\n• wykaz publikacji.\n\nb) w przypadku ubiegania się o stypendium na kolejne lata:\n\n• wykaz publikacji.');
    expect(pl).toContain('cv:w przypadku ubiegania się o stypendium na I rok');
    expect(pl).toContain('publication_list:w przypadku ubiegania się o stypendium na kolejne lata');
    const en = items('Applications must include:\n\n- For applicants to the first year:\n- a CV\n- a transcript of records\n- For applicants to later years:\n- a progress report\n- a list of publications');
    expect(en).toContain('cv:For applicants to the first year');
    expect(en).toContain('publication_list:For applicants to later years');
  });
});
