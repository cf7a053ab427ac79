/**
 * Who sends the letters, and what the posting asks not to send: the cases of the fourth audit (2026-12-05), each as a
 * short posting in the words such postings use.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const head = 'Postdoctoral Researcher in Ecology\n\n';
const run = (text: string) => importPosting(head + text);
const refs = (text: string) => run(text).profile.items.find((i) => i.kind === 'references');
/** `kind:what` of each not-wanted entry. */
const refused = (text: string) => (run(text).profile.not_wanted ?? []).map((n) => `${n.kind ?? 'other'}:${n.what}`);

describe('letters the referees send, said by asking the applicant to have them sent (audit-import #1)', () => {
  it('"have two referees send their letters directly" and "arrange for letters to be submitted on your behalf" are sent_by: referees', () => {
    expect(refs('Please send a CV as a single PDF file. Please also have two referees send their letters of recommendation directly to the same address.')).toMatchObject({
      accepts: ['letter'],
      min: 2,
      max: 2,
      sent_by: 'referees',
    });
    expect(refs('To apply, upload a cover letter (PDF) and CV (PDF) as one single PDF file, and arrange for three letters of recommendation to be submitted on your behalf via EconJobMarket.')).toMatchObject({
      min: 3,
      max: 3,
      sent_by: 'referees',
    });
    expect(refs('Please send a CV and a cover letter, and ask three referees to send their letters of recommendation to jobs@examples.fi.')).toMatchObject({ sent_by: 'referees' });
  });

  it('reads the same in German, French and Dutch', () => {
    expect(refs('Bitte senden Sie Lebenslauf und Motivationsschreiben. Bitte lassen Sie zwei Empfehlungsschreiben direkt an bewerbung@examples.fi senden.')).toMatchObject({ sent_by: 'referees' });
    expect(refs('Merci d\'envoyer un CV et une lettre de motivation, et de faire envoyer deux lettres de recommandation directement à recrutement@examples.fi.')).toMatchObject({ sent_by: 'referees' });
    expect(refs('Stuur een cv en een motivatiebrief. Vraag twee referenten om hun aanbevelingsbrieven rechtstreeks naar vacatures@examples.fi te sturen.')).toMatchObject({ sent_by: 'referees' });
  });

  it('letters through a letter service, or confidential letters, are sent_by: referees, marked for review', () => {
    const r = run('Please upload a CV and a cover letter. Three letters of recommendation should be uploaded through Interfolio.');
    expect(r.profile.items.find((i) => i.kind === 'references')).toMatchObject({ sent_by: 'referees', review: true });
    expect(r.review.map((x) => x.reason)).toContainEqual(expect.stringMatching(/Interfolio/));
    const c = run('Please upload a CV, a cover letter and three confidential letters of recommendation.');
    expect(c.profile.items.find((i) => i.kind === 'references')).toMatchObject({ sent_by: 'referees', review: true });
    expect(c.review.map((x) => x.reason)).toContainEqual(expect.stringMatching(/confidential/));
  });

  it('letters the applicant uploads keep no sent_by', () => {
    expect(refs('Please upload a CV, a cover letter and two letters of recommendation.')).not.toHaveProperty('sent_by');
  });
});

describe('a negative clause refuses only its own object (audit-import #3)', () => {
  it('"provide the names of two referees ...; we do not need the letters themselves at this stage" is a required references item of 2 contacts', () => {
    const p = run(
      'Please upload a CV (PDF) and a cover letter (PDF) as one single PDF file. In addition, please provide the names and e-mail addresses of two referees who will be contacted by us; we do not need the letters themselves at this stage.',
    ).profile;
    expect(p.items.filter((i) => i.kind === 'references')).toEqual([expect.objectContaining({ stage: 'required', accepts: ['referee'], min: 2, max: 2 })]);
    expect((p.not_wanted ?? []).filter((n) => /referee/iu.test(n.what))).toEqual([]);
  });

  it('"we do not need X" refuses X, not what the sentence asked for before it', () => {
    expect(refused('Please send a CV and the contact details of three referees; we do not need a cover letter.')).toEqual(['cover_letter:cover letter']);
    expect(run('Please send a CV; do not send a photo.').profile.items.map((i) => i.kind)).toEqual(['cv']);
  });

  it('the documents asked for before ", and do not send", "(do not include ...)" or ", aber keine" are kept (before: all dropped)', () => {
    const kept = (text: string) => ({ items: run(text).profile.items.map((i) => i.kind), refused: refused(text) });
    expect(kept('Please send a CV and a cover letter, and do not send a photo.')).toEqual({ items: ['cv', 'cover_letter'], refused: ['other:a photo'] });
    expect(kept('Please send a CV and a cover letter (do not include a photo).')).toEqual({ items: ['cv', 'cover_letter'], refused: ['other:a photo'] });
    expect(kept('Please send a CV and a cover letter but do not send letters of recommendation.')).toEqual({ items: ['cv', 'cover_letter'], refused: ['references:letters of recommendation'] });
    expect(kept('Bitte senden Sie Lebenslauf und Motivationsschreiben, aber keine Fotos.')).toEqual({ items: ['cv', 'motivation_letter'], refused: ['other:Fotos'] });
    // "Do not send them by post" is how to send them, not a refusal.
    expect(kept('Please send your CV and a cover letter by e-mail; do not send them by post.')).toEqual({ items: ['cv', 'cover_letter'], refused: [] });
  });
});

describe('"verzichten Sie auf ein Bewerbungsfoto" and the same family in other languages (audit-import #6)', () => {
  /** The not-wanted entries, and the items read from the refusing sentence (there must be none). */
  const both = (text: string, sentence: string) => {
    const p = importPosting(head + text + '\n\n' + sentence).profile;
    return { refused: (p.not_wanted ?? []).map((n) => n.what), items: p.items.filter((i) => i.source === sentence).map((i) => i.title) };
  };

  it('German: "Bitte verzichten Sie auf ein Bewerbungsfoto" is not wanted, never a required item', () => {
    expect(both('Bitte senden Sie uns: Lebenslauf und Motivationsschreiben.', 'Bitte verzichten Sie auf ein Bewerbungsfoto.')).toEqual({ refused: ['Bewerbungsfoto'], items: [] });
    expect(both('Bitte senden Sie uns: Lebenslauf und Motivationsschreiben.', 'Bitte verzichten Sie auf die Zusendung von Zeugnissen.').items).toEqual([]);
    expect(both('Bitte senden Sie uns: Lebenslauf und Motivationsschreiben.', 'Bitte verzichten Sie auf die Zusendung von Zeugnissen.').refused).not.toEqual([]);
  });

  it('Dutch, French, Swedish, Finnish and Spanish', () => {
    const cases: [string, string][] = [
      ['Stuur een cv en een motivatiebrief.', 'Graag geen foto meesturen.'],
      ['Stuur een cv en een motivatiebrief.', "Stuur geen kopieën van diploma's mee."],
      ['Merci d\'envoyer un CV et une lettre de motivation.', 'Pas de photo, s\'il vous plaît.'],
      ['Merci d\'envoyer un CV et une lettre de motivation.', 'Merci de ne pas joindre de photo.'],
      ['Ansökan ska innehålla CV och personligt brev.', 'Bifoga inte foto.'],
      ['Hakemukseen liitetään CV ja motivaatiokirje.', 'Älä liitä hakemukseen valokuvaa.'],
      ['Envíe su currículum y una carta de motivación.', 'No adjunte fotografías.'],
    ];
    for (const [text, sentence] of cases) {
      const b = both(text, sentence);
      expect(b.items, sentence).toEqual([]);
      expect(b.refused.length, sentence).toBeGreaterThan(0);
    }
  });
});

describe('one PDF except some documents (audit-import #9)', () => {
  it('"all files besides your CV should be submitted in one single pdf file" marks the format for review, naming the exception', () => {
    const r = run('Your application must include the following documents (all files besides your CV should be submitted in one single PDF file):\n- CV (PDF)\n- degree certificate (PDF)\n- a cover letter');
    expect(r.profile.submission).toMatchObject({ format: 'single-pdf', review: true });
    expect(r.review.find((x) => x.path === 'submission.format')?.reason).toMatch(/besides your CV/);
  });

  it('in German, Dutch and French', () => {
    const flagged = (text: string) => run(text).review.some((x) => x.path === 'submission.format' && /all but some documents/.test(x.reason));
    expect(flagged('Bitte senden Sie alle Unterlagen außer dem Lebenslauf in einer einzigen PDF-Datei: Motivationsschreiben, Zeugnisse.')).toBe(true);
    expect(flagged('Stuur alle documenten behalve je cv in één pdf-bestand: motivatiebrief, cijferlijst.')).toBe(true);
    expect(flagged('Merci d\'envoyer tous les documents sauf le CV en un seul fichier PDF : lettre de motivation, diplômes.')).toBe(true);
    // No exception, or an exception that is a format, not a document: no such mark.
    expect(flagged('Please send all documents as one single PDF file: a CV, a cover letter and a research statement.')).toBe(false);
    expect(flagged('Please send all documents as one single PDF file (no formats other than PDF): a CV and a cover letter.')).toBe(false);
  });
});

describe('not-wanted entries name a document (audit-import #13)', () => {
  it('"(this will be arranged after the matching phase, do not send it now)" makes the entry a later item, not a not-wanted "it now"', () => {
    const p = run('Your expression of interest should consist of the following, combined into one PDF (max. 3 MB):\n- a CV (PDF) of max. 2 pages;\n- a letter of support from your intended supervisor (this will be arranged after the matching phase, do not send it now).').profile;
    expect(p.not_wanted).toBeUndefined();
    expect(p.items.find((i) => /letter of support/iu.test(i.title))).toMatchObject({ stage: 'later' });
  });

  it('a rule about the size of applications is no document not wanted', () => {
    const p = importPosting('Investigador postdoctoral\n\nLos candidatos deben enviar su currículum y una carta de motivación en un único PDF. No se admitirán solicitudes que superen los 8 MB en total.').profile;
    expect(p.not_wanted).toBeUndefined();
    expect(p.submission.max_mb).toBe(8);
    expect(refused('Please send a CV and a cover letter. Do not send them before March.')).toEqual([]);
    expect(refused('Please send a CV and a cover letter. Bewerbungen, die größer als 5 MB sind, werden nicht angenommen.')).toEqual([]);
  });
});
