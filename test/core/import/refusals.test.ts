/**
 * Documents the posting does not want now or at all, and letters the referees send themselves: the cases of the
 * audit of 2026-12-05 (round 2, findings #1, #2 and #10), each as a short posting in the words such postings use.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const head = 'Position: Postdoc in Ecology\nEmployer: University of Example\n\nPlease send one PDF file containing a CV (PDF file) and a cover letter (PDF file).\n\n';
const run = (text: string) => importPosting(`${head}${text}\n`, { today: '2026-12-05' });
const refs = (text: string) => run(text).profile.items.filter((i) => i.kind === 'references');
/** `kind:what` of each not-wanted entry. */
const refused = (text: string) => (run(text).profile.not_wanted ?? []).map((n) => `${n.kind ?? 'other'}:${n.what}`);
/** The names of the documents the summary points at ("the posting also names ..."). */
const pointed = (text: string) => run(text).unlisted.map((u) => u.name);

describe('letters "not required for the first round" are no required item (audit-import 12-05b #1)', () => {
  it('"not required for the first round", in English and German, is a later item, never a required one with the opposite condition', () => {
    expect(refs('Reference letters are not required for the first round.')).toEqual([expect.objectContaining({ stage: 'later' })]);
    expect(refs('Reference letters are not required for the first round.')[0]).not.toHaveProperty('condition');
    expect(refs('Referenzschreiben sind für die erste Auswahlrunde nicht erforderlich.')).toEqual([expect.objectContaining({ stage: 'later', title: 'Referenzschreiben' })]);
    expect(refs('Empfehlungsschreiben werden in der ersten Runde nicht benötigt.')).toEqual([expect.objectContaining({ stage: 'later' })]);
  });

  it('"Empfehlungsschreiben sind nicht erforderlich" is a document not wanted, with no item and no pointer', () => {
    const text = 'Empfehlungsschreiben sind nicht erforderlich.';
    expect(refs(text)).toEqual([]);
    expect(refused(text)).toEqual(['references:Empfehlungsschreiben']);
    expect(pointed(text)).toEqual([]);
  });

  it('the summary no longer says "Nothing was guessed" over a required letters item the posting says is not needed', () => {
    const r = run('Referenzschreiben sind für die erste Auswahlrunde nicht erforderlich.');
    expect(r.profile.items.filter((i) => i.stage === 'required').map((i) => i.kind)).toEqual(['cv', 'cover_letter']);
  });
});

describe('French letters "à envoyer directement par leurs auteurs" (audit-import 12-05b #2)', () => {
  it('are sent by the referees, one or two of them', () => {
    expect(refs('Merci de joindre aussi une ou deux lettres de recommandation, à envoyer directement par leurs auteurs à recrutement@example.fr.')).toEqual([
      expect.objectContaining({ accepts: ['letter'], min: 1, max: 2, sent_by: 'referees' }),
    ]);
  });

  it('letters "envoyées directement à" the employer are the referees\', marked for review', () => {
    const r = importPosting('Poste de postdoctorat\n\nLe dossier doit comprendre :\n- un CV ;\n- deux lettres de recommandation, envoyées directement à rh@example.fr.\n');
    expect(r.profile.items.find((i) => i.kind === 'references')).toMatchObject({ sent_by: 'referees', review: true });
  });

  it('"one" before "or" and a number is a count in the other languages too ("ein oder zwei", "uno o due")', () => {
    const r = importPosting('Postdoc\n\nBitte senden Sie:\n- Lebenslauf\n- ein oder zwei Empfehlungsschreiben\n');
    expect(r.profile.items.find((i) => i.kind === 'references')).toMatchObject({ min: 1, max: 2 });
  });
});

describe('refusals are not wanted, never pointers to add (audit-import 12-05b #10)', () => {
  it('Italian, Portuguese and French refusals are read as not wanted, and the summary points at nothing', () => {
    for (const [text, what] of [
      ['Non saranno prese in considerazione lettere di presentazione.', 'references:lettere di presentazione'],
      ['Não serão aceitas cartas de recomendação.', 'references:cartas de recomendação'],
      ['Les lettres de recommandation ne sont pas demandées.', 'references:lettres de recommandation'],
    ] as const) {
      expect(refused(text)).toEqual([what]);
      expect(pointed(text)).toEqual([]);
      expect(refs(text)).toEqual([]);
    }
  });

  it('"not asked for at this stage" in Italian, Portuguese and French is a later item, as in English, not a pointer', () => {
    for (const text of [
      'Le lettere di referenza non sono richieste in questa fase.',
      'As cartas de recomendação não são necessárias nesta fase.',
      'Les lettres de recommandation ne sont pas demandées à ce stade.',
      'Letters of recommendation are not required at this stage.',
    ]) {
      expect(refs(text)).toEqual([expect.objectContaining({ stage: 'later' })]);
      expect(pointed(text)).toEqual([]);
    }
  });

  it('reads Polish, Norwegian and Estonian requests not to send something', () => {
    expect(refused('Prosimy nie dołączać zdjęć.')).toEqual(['other:zdjęć']);
    expect(refused('Vi ber om at du ikke sender vitnemål fra videregående skole.')).toEqual(['diplomas:vitnemål']);
    expect(pointed('Vi ber om at du ikke sender vitnemål fra videregående skole.')).toEqual([]);
    expect(refused('Fotot ei ole vaja lisada.')).toEqual(['other:Fotot']);
  });

  it('a refusal that names the document before its verb refuses that document, in Dutch and Swedish too', () => {
    expect(refused('Aanbevelingsbrieven zijn niet nodig.')).toEqual(['references:Aanbevelingsbrieven']);
    expect(pointed('Aanbevelingsbrieven zijn niet nodig.')).toEqual([]);
    expect(refused('Rekommendationsbrev behövs inte.')).toEqual(['references:Rekommendationsbrev']);
  });
});

describe('"do not send X at this stage" is X asked for later, never a required item (audit-import 12-05c #1)', () => {
  const stages = (text: string) => run(text).profile.items.filter((i) => i.kind !== 'cv' && i.kind !== 'cover_letter').map((i) => `${i.kind}:${i.stage}:${i.title}`);

  it('a refusal for now, with or without "we will request them from shortlisted candidates", gives later items named without "at this stage"', () => {
    const text = 'Please do not send transcripts or letters of recommendation at this stage; we will request them from shortlisted candidates.';
    expect(stages(text)).toEqual(['transcript:later:Transcripts', 'references:later:Letters of recommendation']);
    expect(refused(text)).toEqual([]);
    expect(stages('Please do not send transcripts or letters of recommendation at this stage.')).toEqual(['transcript:later:Transcripts', 'references:later:Letters of recommendation']);
    expect(stages('You do not need to submit transcripts at this stage.')).toEqual(['transcript:later:Transcripts']);
    expect(stages('Do not send letters of reference yet.')).toEqual(['references:later:Letters of reference']);
  });

  it('"no need to send X now; they will be requested later" is later, not refused', () => {
    const text = 'There is no need to send transcripts or reference letters now; they will be requested later.';
    expect(stages(text)).toEqual(['transcript:later:Transcripts', 'references:later:Reference letters']);
    expect(refused(text)).toEqual([]);
  });

  it('a refusal whose next clause asks for them again later is later; one that only names the referees stays a refusal', () => {
    expect(stages('Do not send letters of recommendation; they will be requested from shortlisted candidates.')).toEqual(['references:later:Letters of recommendation']);
    expect(refused('Letters are not needed; we will contact your referees if you are shortlisted.')).toEqual(['references:referees']);
  });

  it('reads "not yet" in German, Dutch, Swedish, Finnish, French and Spanish', () => {
    expect(stages('Bitte noch keine Zeugnisse oder Empfehlungsschreiben senden; diese werden später angefordert.')).toEqual(['diplomas:later:Zeugnisse', 'references:later:Empfehlungsschreiben']);
    expect(stages('Zeugnisse und Empfehlungsschreiben bitte noch nicht einreichen.')).toEqual(['diplomas:later:Zeugnisse', 'references:later:Empfehlungsschreiben']);
    expect(stages('Aanbevelingsbrieven hoeven nog niet te worden meegestuurd.')).toEqual(['references:later:Aanbevelingsbrieven']);
    expect(stages('Stuur nog geen aanbevelingsbrieven mee.')).toEqual(['references:later:Aanbevelingsbrieven']);
    expect(stages('Skicka inte rekommendationsbrev ännu.')).toEqual(['references:later:Rekommendationsbrev']);
    expect(stages('Rekommendationsbrev behövs inte i detta skede.')).toEqual(['references:later:Rekommendationsbrev']);
    expect(stages('Älä lähetä vielä suosituskirjeitä.')).toEqual(['references:later:Suosituskirjeitä']);
    expect(stages("N'envoyez pas encore de lettres de recommandation.")).toEqual(['references:later:Lettres de recommandation']);
    expect(stages('No envíe todavía cartas de recomendación.')).toEqual(['references:later:Cartas de recomendación']);
  });

  it('"nicht einreichen" after the document refuses it; "noch keine" in a condition stays a condition', () => {
    expect(refused('Zeugnisse bitte nicht einreichen.')).toEqual(['diplomas:Zeugnisse']);
    const text = 'Falls Sie noch keinen Abschluss haben, senden Sie bitte eine Notenübersicht.';
    expect(run(text).profile.items.find((i) => i.kind === 'transcript')).toMatchObject({ stage: 'required', condition: 'Falls Sie noch keinen Abschluss haben' });
  });
});

describe('letters the referees send themselves, channel rules and templates (audit-import 12-05c #3)', () => {
  it('"sent by e-mail directly to <address> by the referee" and online systems that write to the referees give sent_by: referees, marked', () => {
    for (const text of [
      'Applicants must provide two reference letters. The reference letters in .pdf must be sent by e-mail directly to jobs@example.org by the referee.',
      "Please arrange for three letters of recommendation. You will enter your recommenders' names and e-mail addresses on the application, and an e-mail will be sent to your recommenders asking them to electronically submit your letter.",
      'Three letters of recommendation are required. Your referees will receive an e-mail with a link to upload their letters.',
    ]) {
      expect(refs(text)).toEqual([expect.objectContaining({ sent_by: 'referees', review: true })]);
    }
  });

  it('a rule about the channel refuses nothing; a refusal of the letters themselves still does', () => {
    expect(refused('Three letters of recommendation are required. We will not accept any letters that are not submitted electronically through the ApplyYourself network.')).toEqual([]);
    expect(refused('Two letters of reference are required. Letters sent by post will not be accepted.')).toEqual([]);
    expect(refused('Letters of recommendation will not be accepted.')).toEqual(['references:Letters of recommendation']);
  });

  it('a form the letters are drafted after is their template, not an item of its own', () => {
    const r = run('Applicants must provide two reference letters drafted according to Form 2.');
    expect(r.profile.items.filter((i) => i.kind === 'other')).toEqual([]);
    expect(refs('Applicants must provide two reference letters drafted according to Form 2.')).toEqual([expect.objectContaining({ title: 'Reference letters', min: 2, max: 2 })]);
    expect(refs('Zwei Empfehlungsschreiben gemäß Formular B sind beizufügen.')).toEqual([expect.objectContaining({ title: 'Zwei Empfehlungsschreiben', min: 2, max: 2 })]);
  });

  it('"a 1-2 page essay that includes ... their research interests" under its heading caps the statement at 2 pages', () => {
    const r = importPosting('PhD program\n\nTranscript:\nApplicants must upload transcripts.\nCurriculum Vitae:\nResume: Include your current resume.\nPersonal Statement:\nApplicants must complete a 1-2 page essay that includes their rationale for wanting to enter the Ph.D. program, their research interests, and a discussion of their career intentions.\n');
    expect(r.profile.items.find((i) => i.kind === 'motivation_letter')).toMatchObject({ max_pages: 2 });
  });
});

describe('a document "not required, but welcome if available" is optional, not refused', () => {
  it('"not required; if available, please include it", in English and German, is an optional item and no refusal', () => {
    for (const text of ['A TOEFL score is not required; if available, please include it.', 'Ein Englisch-Sprachtest ist nicht notwendig, falls vorhanden fügen Sie diesen bitte bei.']) {
      expect(refused(text), text).toEqual([]);
      expect(run(text).profile.items.filter((i) => i.kind === 'language_certificate').map((i) => i.stage), text).toEqual(['optional']);
    }
    // "if any" followed by "No need to include copies" refuses nothing it welcomes; "not required" alone stays a refusal.
    expect(refused('Empfehlungsschreiben sind nicht erforderlich.')).toEqual(['references:Empfehlungsschreiben']);
    expect(refused('Do not send a photo.')).toEqual(['other:a photo']);
  });
});

describe('a refusal of a delivery channel refuses no document (audit-import 12-06c #1)', () => {
  it('"Do not send any materials by mail — ..." before a list keeps the list as required items, with nothing refused', () => {
    const r = importPosting(
      'Graduate admission\n\nRequired Application Materials\n\nAccess the online application through the Graduate School. Do not send any materials by mail to Penn State — application materials are included in your online application.\n\n  1. Statement of Purpose: Tell us why you want to pursue an advanced degree. Usually, one page is sufficient.\n  2. Résumé: Outlining educational background and publications.\n  3. Three (3) Letters of Recommendation: Recommendation letters are submitted online.\n',
      { today: '2026-12-06' },
    );
    expect(r.profile.not_wanted ?? []).toEqual([]);
    expect(r.profile.items.map((i) => `${i.kind}:${i.stage}`)).toEqual(['motivation_letter:required', 'cv:required', 'references:required']);
  });

  it('refusing mail, uploads or paper copies, in the languages read, refuses nothing', () => {
    for (const text of [
      'Three letters of recommendation are required. These must be mailed. We do not accept uploaded documents.',
      'Do not send any materials by mail.',
      'Please do not send hard copies of your publications.',
      'Bitte senden Sie Ihre Unterlagen nicht in Papierform.',
      'Stuur geen documenten op papier.',
      'Skicka inte handlingar med post.',
      'Älä lähetä liitteitä postitse.',
      "N'envoyez pas de documents par la poste.",
    ]) {
      expect(refused(text), text).toEqual([]);
    }
    // A refusal of the document itself still refuses it.
    expect(refused('Do not send publications.')).toEqual(['writing_sample:publications']);
    expect(refused('Älä lähetä valokuvaa.')).not.toEqual([]);
  });
});

describe('letters the referees write, named in the words that ask the applicant for the referees (audit-import 12-06c #3)', () => {
  it('"arrange for three referees to email their letters directly to <address>" and "request your referees to submit" give sent_by: referees', () => {
    expect(refs('In addition, please arrange for three referees to email their letters directly to search@example.edu.')).toEqual([expect.objectContaining({ sent_by: 'referees', min: 3, max: 3 })]);
    expect(refs('Please request your referees to submit their letters of recommendation by the closing date.')).toEqual([expect.objectContaining({ sent_by: 'referees' })]);
  });

  it('"one referee willing to write a letter of recommendation" is a referee the applicant names, not a letter the applicant holds', () => {
    for (const text of [
      'The application includes the email address of one referee willing to write a letter of recommendation.',
      'Please name two referees who are willing to provide letters of reference.',
      'Please provide the names of two professors willing to write letters of recommendation.',
    ]) {
      expect(refs(text).map((i) => i.accepts), text).toEqual([['referee']]);
    }
    // In German the letter is no longer taken for the applicant's: "nennen" asks for the referees' names.
    expect(refs('Bitte nennen Sie zwei Referenzpersonen, die bereit sind, ein Empfehlungsschreiben zu verfassen.').map((i) => i.accepts)).toEqual([['referee']]);
    // A letter the applicant attaches stays a letter.
    expect(refs('Please attach two letters of recommendation.').map((i) => i.accepts)).toEqual([['letter']]);
  });
});

describe('"Submit a cover letter and CV as one PDF" says how the packet is sent (audit-import 12-06c #9)', () => {
  const format = (text: string) => {
    const r = importPosting(`Doctoral Researcher in Robotics\n\n${text}\n`, { today: '2026-12-06' });
    return { format: r.profile.submission.format, review: r.profile.submission.review ?? false, reasons: r.review.filter((x) => x.path === 'submission.format').map((x) => x.reason) };
  };
  it('is one PDF, unmarked, when the two documents are all the posting asks for now', () => {
    expect(format('Submit a cover letter and CV as one PDF. Deadline: 28 February 2027.')).toEqual({ format: 'single-pdf', review: false, reasons: [] });
  });
  it('says so in the mark when the posting asks for other documents too', () => {
    const f = format('Submit a cover letter and CV as one PDF. Please also send your transcripts.');
    expect(f.review).toBe(true);
    expect(f.reasons).toEqual([expect.stringContaining('puts some documents in one PDF')]);
  });
});
