/**
 * Product audit round 20 (notes/audit-2026-12-06p.md) #1: a referee's letter under another item passed when it
 * closed "Best," / "Yours," / "Warmly," / "Thank you," or had no closing, though it was headed "Letter of reference
 * for Aino Virtanen"; titles "LoR", "Letter from my supervisor", "Gutachten" passed too. One reading serves
 * item.sent-directly and item.not-wanted.
 */
import { describe, expect, it } from 'vitest';
import { readsAsRecommendation, titledRecommendation } from '../../../src/core/validate/refused-letters.js';
import { nameParts } from '../../../src/core/validate/signer.js';

const APPLICANT = nameParts('Aino Virtanen');
const REFEREES = ['Prof. Mikko Korhonen', 'Dr. Åsa Ødegård'];
const letter = (closing: string[]) =>
  ['University of Helsinki', '', 'Dear colleagues,', '', 'Letter of reference for Aino Virtanen.', 'Aino Virtanen worked with me for three years and is an excellent researcher.', 'I recommend her warmly for the position.', '', ...closing].join('\n');
const reads = (text: string) => readsAsRecommendation([text], APPLICANT, REFEREES);

describe('readsAsRecommendation: a letter about the applicant, whatever closes it', () => {
  it.each([['Best,'], ['Yours,'], ['Warmly,'], ['Thank you,'], ['All the best,'], ['Regards,']])('headed "Letter of reference for Aino Virtanen", closing %s, signed by a stranger', (closing) => {
    expect(reads(letter([closing, 'Liisa Laine']))).toBe(true);
  });

  it('headed so with no closing at all, the signer and post on the last lines', () => {
    expect(reads(letter(['Liisa Laine', 'Professor, University of Helsinki']))).toBe(true);
  });

  it('no heading: "recommend" and a stranger signing after "Best," or below "To whom it may concern"', () => {
    expect(reads(['Dear colleagues,', 'Aino Virtanen is an excellent researcher.', 'I recommend her warmly.', '', 'Best,', 'Liisa Laine'].join('\n'))).toBe(true);
    expect(reads(['To whom it may concern,', '', 'Aino Virtanen is an excellent researcher.', 'I recommend her warmly.', '', 'Liisa Laine', 'Professor, University of Helsinki'].join('\n'))).toBe(true);
  });

  it('no heading, no closing: "Dear colleagues," then "recommend" and a stranger\'s name and post on the last lines', () => {
    expect(reads(['University of Helsinki', 'Dear colleagues,', 'Aino Virtanen is an excellent researcher.', 'I recommend her warmly.', '', 'Liisa Laine', 'Professor, University of Helsinki'].join('\n'))).toBe(true);
    expect(reads(['Dear colleagues,', 'I apply for the post, as Prof. Korhonen recommended.', '', 'Aino Virtanen', 'Tampere University'].join('\n'))).toBe(false);
  });

  it('a German letter typed without umlauts ("Ich unterstuetze ihre Bewerbung", "Mit freundlichen Gruessen")', () => {
    expect(reads(['Sehr geehrte Damen und Herren,', 'Ich unterstuetze ihre Bewerbung ohne Vorbehalt.', '', 'Mit freundlichen Gruessen', 'Prof. Dr. Juergen Mueller'].join('\n'))).toBe(true);
  });

  it('a cover or motivation letter the applicant signs is none, whatever closes it', () => {
    expect(reads(['Dear members of the committee,', 'I apply for the postdoc position, as Prof. Korhonen recommended.', '', 'Best,', 'Aino Virtanen'].join('\n'))).toBe(false);
    expect(reads(['Dear committee,', 'Letter of motivation', 'I recommend my methods to your group.', '', 'Thank you,', 'Aino Virtanen'].join('\n'))).toBe(false);
  });

  it('a CV ending in "Best Paper Award" and its referees is none', () => {
    expect(reads(['Aino Virtanen', 'Publications', 'Recommended reading list for the course', 'Awards', 'Best Paper Award, ICML 2024', 'References', 'Prof. Mikko Korhonen'].join('\n'))).toBe(false);
  });
});

describe('readsAsRecommendation: a letter about the applicant that neither recommends nor supports in a word (leftover s17)', () => {
  const account = ['I have known Aino Virtanen for three years as her supervisor at Tampere University.', 'She designed the experiments of her thesis herself and published two papers.', ''];
  it('told in the third person and signed after a closing by a referee, or by a stranger with an academic title', () => {
    expect(reads([...account, 'With warm regards,', 'Prof. Liisa Laine'].join('\n'))).toBe(true);
    expect(readsAsRecommendation([[...account, 'With warm regards,', 'Liisa Laine'].join('\n')], APPLICANT, ['Liisa Laine'])).toBe(true);
    expect(reads([...account, 'Kind regards,', 'Dr. Pekka Salo', 'University of Oulu'].join('\n'))).toBe(true);
  });
  it('a stranger without a title, no closing, or no third person is none', () => {
    expect(reads([...account, 'With warm regards,', 'Pekka Salo'].join('\n'))).toBe(false);
    expect(reads([...account, 'Prof. Liisa Laine'].join('\n'))).toBe(false);
    expect(reads(['I have known Aino Virtanen for three years.', 'With warm regards,', 'Prof. Pekka Salo'].join('\n'))).toBe(false);
  });
  it('signed with a referee\'s given name alone ("Best, Liisa" for Liisa Laine), not the applicant\'s', () => {
    const referees = ['Liisa Laine', 'Prof. Mikko Korhonen'];
    expect(readsAsRecommendation([['Dear colleagues,', 'Aino Virtanen is an excellent researcher.', 'I recommend her warmly.', '', 'Best, Liisa'].join('\n')], APPLICANT, referees)).toBe(true);
    expect(readsAsRecommendation([[...account, 'Best,', 'Liisa'].join('\n')], APPLICANT, referees)).toBe(true);
    expect(readsAsRecommendation([['Dear committee,', 'I apply for the post; Prof. Laine and her group recommended it.', '', 'Best,', 'Aino'].join('\n')], APPLICANT, referees)).toBe(false);
  });
  it('no alarm on a cover letter the applicant signs, a CV listing its referees, a thesis thanking its supervisor, a plan citing people', () => {
    expect(reads(['Dear committee,', 'I apply for the post. My supervisor Prof. Liisa Laine and her group taught me much.', '', 'With warm regards,', 'Dr. Aino Virtanen'].join('\n'))).toBe(false);
    expect(reads(['Aino Virtanen', 'Curriculum vitae', 'She leads a group of three.', 'References', 'Prof. Liisa Laine, Tampere University', 'Prof. Mikko Korhonen'].join('\n'))).toBe(false);
    expect(reads(['Aino Virtanen', 'Master thesis', 'Acknowledgements', 'I thank my supervisor Prof. Liisa Laine for her guidance.', 'Tampere, May 2024', 'Aino Virtanen'].join('\n'))).toBe(false);
    expect(reads(['Research plan', 'Aino Virtanen', 'Laine (2020) showed that his method fails. She', 'References', 'Laine, L. (2020). Title.', 'Korhonen, M. (2019). Other.'].join('\n'))).toBe(false);
  });
});

describe('titledRecommendation: the titles applicants give a letter', () => {
  it.each([['Endorsement'], ['Letter of endorsement'], ['Endorsement from Prof. Laine'], ['LoR - Prof. Korhonen'], ['LOR'], ['Letter from my supervisor'], ['Gutachten Prof. Müller'], ['Suositus'], ['Supervisor letter'], ['Recommendation from Prof. Laine']])('%s is a letter', (title) => {
    expect(titledRecommendation(title, REFEREES)).toBe(true);
  });
  it.each([['Cover letter'], ['Motivation letter'], ['Ethics endorsement of the study'], ['PhD certificate'], ['Color chart']])('%s is none', (title) => {
    expect(titledRecommendation(title, REFEREES)).toBe(false);
  });
  // prod36c: "Recommendation" alone is what applicants title a referee's letter; a peer review's "Referee report" is none.
  it.each([['Recommendation'], ['Recommendations'], ['RECOMMENDATION']])('%s is a letter (before: none)', (title) => {
    expect(titledRecommendation(title, REFEREES)).toBe(true);
  });
  it.each([['Referee report'], ['Recommendation systems'], ['Policy recommendations']])('%s stays none', (title) => {
    expect(titledRecommendation(title, REFEREES)).toBe(false);
  });
});

/**
 * Product audit round 21 (notes/audit-2026-12-07a.md) #1, #4, #6, #8: a referee's letter recommending with the noun
 * ("She has my strongest recommendation") passed; a journal's acceptance letter, the applicant's own motivation letter
 * naming a referee at a line's start, and a German examiner's report on the thesis were refused.
 */
describe('readsAsRecommendation: recommending a person, not a thing (audit 21)', () => {
  const body = ['To the selection committee,', 'I have known Aino Virtanen for five years, first as her MSc supervisor.', 'She is among the strongest students I have supervised.'];
  it.each([
    ['She has my strongest recommendation for the postdoctoral position.'],
    ['I give her my highest recommendation for the postdoctoral position, without any reservation.'],
    ['I give my highest recommendation to her application.'],
    ['I am happy to write this recommendation for her.'],
  ])('"%s" signed by a referee after a closing is a letter', (line) => {
    expect(reads([...body, line, 'Sincerely,', 'Mikko Korhonen', 'Professor of Linguistics'].join('\n'))).toBe(true);
    expect(reads(['To whom it may concern,', 'Aino Virtanen was my MSc student.', line, 'Yours sincerely,', 'Pekka Salo'].join('\n'))).toBe(true);
  });
  it('a journal\'s acceptance letter addressed to the applicant ("Dear Dr. Virtanen", "reviewers recommend acceptance") is none', () => {
    const accepted = ['Journal of Uralic Language Technology', 'Dear Dr. Virtanen,', 'I am pleased to inform you that your manuscript has been accepted for publication.', 'Both reviewers recommend acceptance after the minor revisions you made.', 'Best regards,', 'Anna Berg', 'Editor-in-Chief'];
    expect(reads(accepted.join('\n'))).toBe(false);
    expect(reads(accepted.map((l) => (l.startsWith('Dear') ? 'Dear Author,' : l)).join('\n'))).toBe(false);
  });
  it('the applicant\'s motivation letter with a line starting with a referee\'s name and their letter is none', () => {
    const own = ['Dear committee,', 'I am applying for the postdoctoral position. My PhD supervisor was Dr. Åsa Ødegård.', 'Åsa Ødegård, my PhD supervisor, will send her letter of recommendation directly, as the posting asks.', 'My 2024 ACL paper shows my approach to morphology.'];
    expect(reads([...own, 'Thank you for your consideration,', 'Aino Virtanen'].join('\n'))).toBe(false);
    expect(reads([...own, 'Looking forward to hearing from you.', 'Aino Virtanen'].join('\n'))).toBe(false);
  });
  it('a German examiner\'s report on the thesis ("Gutachten zur Dissertation von ...", "Ich empfehle, die Dissertation anzunehmen") is none', () => {
    const report = ['Universität Stuttgart', 'Gutachten zur Dissertation von Aino Virtanen', 'Die Arbeit untersucht die morphologische Analyse uralischer Sprachen.', 'Ich empfehle, die Dissertation anzunehmen, und schlage die Note summa cum laude vor.', 'Stuttgart, den 12. März 2025', 'Prof. Dr. Hans Schmidt'];
    expect(reads(report.join('\n'))).toBe(false);
    expect(reads(['Sehr geehrte Damen und Herren,', 'Aino Virtanen war meine Doktorandin.', 'Ich empfehle sie ohne Vorbehalt.', 'Mit freundlichen Grüßen', 'Prof. Dr. Hans Schmidt'].join('\n'))).toBe(true);
  });
});

describe('titledRecommendation: audit 21 titles', () => {
  it.each([['Lettera di raccomandazione'], ['Carta de recomendación'], ['Aanbevelingsbrief'], ['Work reference'], ['Employment reference (Lingsoft)']])('%s is a letter', (title) => {
    expect(titledRecommendation(title, REFEREES)).toBe(true);
  });
  it.each([['Gutachten zur Dissertation (Prof. Schmidt)'], ['Acceptance letter for the JULT article']])('%s is none', (title) => {
    expect(titledRecommendation(title, REFEREES)).toBe(false);
  });
});

/**
 * Re-verification 2026-12-07b (notes/reverify-2026-12-07b.md), sweep: a supervisor's confirmation of the expected
 * degree and a conference acceptance letter greeting the applicant by given name ("Dear Aino,") with "We recommend
 * that you register early" were refused as letters of recommendation, with no way past the error.
 */
describe('readsAsRecommendation: certificates and letters to the applicant (re-verification 07b)', () => {
  const confirmation = (line: string, signer: string[]) => ['University of Helsinki, Faculty of Arts', 'To whom it may concern,', line, 'She is expected to receive the degree in April 2027.', 'Kind regards,', ...signer].join('\n');
  it.each([
    ['I confirm that Aino Virtanen has submitted her doctoral dissertation for pre-examination.'],
    ['This is to certify that Aino Virtanen is enrolled as a doctoral student in our programme.'],
    ['I hereby confirm that Aino Virtanen has worked in my group since 2023.'],
    ['Hiermit bestätige ich, dass Aino Virtanen ihre Dissertation eingereicht hat.'],
    ['Vahvistan, että Aino Virtanen on jättänyt väitöskirjansa esitarkastukseen.'],
  ])('"%s", signed by a referee or a stranger after a closing, is a certificate, none', (line) => {
    expect(reads(confirmation(line, ['Mikko Korhonen', 'Professor, supervisor']))).toBe(false);
    expect(reads(confirmation(line, ['Dr. Anna Berg', 'Head of the doctoral programme']))).toBe(false);
  });
  it('a confirmation that also recommends her is a letter', () => {
    expect(reads(confirmation('I confirm that Aino Virtanen has submitted her dissertation, and I recommend her warmly.', ['Mikko Korhonen', 'Professor']))).toBe(true);
  });
  it('a letter about her that recommends in no word, without a confirmation, is still a letter', () => {
    expect(reads(confirmation('I have known Aino Virtanen for five years; she is the best student I have had.', ['Dr. Anna Berg', 'Head of the doctoral programme']))).toBe(true);
  });

  const acceptance = (greeting: string, advice: string) =>
    ['NoDaLiDa 2027', greeting, 'Congratulations! Your paper has been accepted as a long paper.', advice, 'Best wishes,', 'Jonas Berg', 'Program Chair'].join('\n');
  it.each([['Dear Aino,'], ['Dear author,'], ['Dear applicant,'], ['Dear candidate,']])('an acceptance letter greeting "%s", one signer, is none', (greeting) => {
    expect(reads(acceptance(greeting, 'As the reviewers recommend, please shorten section 3.'))).toBe(false);
  });
  it.each([['We recommend that you register early, as the venue is small.'], ['We strongly recommend you to book a hotel early.']])('"%s" is advice, not a recommendation, in a letter to the participants', (line) => {
    expect(reads(acceptance('Dear participants,', line))).toBe(false);
  });
  it('"I recommend that you hire her" and a greeting to another Aino\'s colleague still recommend', () => {
    expect(reads(['To the selection committee,', 'Aino Virtanen was my student.', 'I recommend that you hire her without delay.', 'Sincerely,', 'Mikko Korhonen'].join('\n'))).toBe(true);
    expect(reads(['Dear Liisa,', 'Aino Virtanen was my student.', 'I recommend her warmly.', 'Sincerely,', 'Pekka Salo'].join('\n'))).toBe(true);
  });
});

/** Leftovers of session 18 (prod38b): praise confirmed is no certificate; a letter's first page alone; pronouns in four more languages. */
describe('readsAsRecommendation: praise after "I confirm that" (prod38b)', () => {
  const confirmation = (line: string, signer: string[]) => ['University of Helsinki', 'To whom it may concern,', line, 'Kind regards,', ...signer].join('\n');
  it.each([['I confirm that she is excellent, the best doctoral student I have had. Aino Virtanen is brilliant.'], ['I confirm that Aino Virtanen is an outstanding researcher; she is brilliant.']])(
    '"%s", signed by a referee or a titled stranger, is a letter (before: a certificate, passed)',
    (line) => {
      expect(reads(confirmation(line, ['Mikko Korhonen', 'Professor, supervisor']))).toBe(true);
      expect(reads(confirmation(line, ['Dr. Anna Berg', 'Head of the doctoral programme']))).toBe(true);
    },
  );
  it('a confirmation of a fact, with praise after it, stays a certificate', () => {
    expect(reads(confirmation('I confirm that Aino Virtanen has been employed in my group since 2023. She is an excellent colleague.', ['Dr. Anna Berg', 'Head of department']))).toBe(false);
    expect(reads(confirmation('I confirm that Aino Virtanen completed her degree with excellent grades; she is expected to graduate in May.', ['Mikko Korhonen', 'Professor']))).toBe(false);
  });
});

describe('readsAsRecommendation: a letter\'s first page alone, its signature page trimmed off (prod38b)', () => {
  it.each([
    [['Dear committee,', 'I have known Aino Virtanen for three years as her PhD supervisor.', 'She is an outstanding and creative researcher; her thesis was the best I have examined.']],
    [['To whom it may concern,', 'Aino Virtanen joined my group in 2022 as a doctoral student.', 'She is among the most talented students I have supervised, and her work is excellent.']],
  ])('greeting, the applicant told of as "she" by one who knows her, praise, no signature: a letter (before: passed) %#', (lines) => {
    expect(reads(lines.join('\n'))).toBe(true);
  });
  it.each([
    ['the applicant\'s motivation letter', ['Dear members of the selection committee,', 'My name is Aino Virtanen. I have an excellent record; my supervisor, Prof. Liisa Laine, says her group was the best.']],
    ['a grant decision', ['To whom it may concern,', 'The Kone Foundation has awarded Aino Virtanen a grant for her excellent project carried out with me.', 'Aino Virtanen is the principal investigator.']],
    ['a confirmation of a degree', ['To whom it may concern,', 'I confirm that Aino Virtanen has completed her degree under my supervision. She is an excellent student.']],
    ['an employment certificate', ['To whom it may concern,', 'Aino Virtanen was employed by Lingsoft Oy from 1 January 2020 to 31 December 2022 as a software developer.', 'She was an excellent colleague.']],
    ['an examiner\'s report', ['Statement on the doctoral dissertation of Aino Virtanen', 'Dear Dean,', 'Aino Virtanen has written an excellent dissertation. Her methods are sound.', 'I recommend that the dissertation be accepted.']],
    ['a letter to the applicant', ['Dear Aino,', 'Aino Virtanen is the best speaker we have had; she worked with me on the programme.']],
    ['the first page signed', ['Dear committee,', 'I have known Aino Virtanen for three years as her PhD supervisor.', 'She is an outstanding researcher.', 'Sincerely,', 'Aino Virtanen']],
  ])('%s is none', (_, lines) => {
    expect(reads(lines.join('\n'))).toBe(false);
  });
});

describe('readsAsRecommendation: a letter about the applicant in French, Spanish, Italian and Dutch that recommends in no word (prod38b)', () => {
  it.each([
    [['Madame, Monsieur,', 'Je connais Aino Virtanen depuis trois ans. Elle a écrit sa thèse avec moi.', 'Cordialement,', 'Prof. Claire Martin']],
    [['Estimado comité:', 'Conozco a Aino Virtanen desde hace tres años. Ella escribió su tesis conmigo.', 'Atentamente,', 'Prof. Ana García']],
    [['Gentile commissione,', 'Conosco Aino Virtanen da tre anni. Lei ha scritto la tesi con me.', 'Cordiali saluti,', 'Prof. Marco Rossi']],
    [['Geachte commissie,', 'Ik ken Aino Virtanen sinds drie jaar. Zij schreef haar proefschrift onder mijn begeleiding.', 'Met vriendelijke groet,', 'Prof. Jan de Vries']],
  ])('told in the third person and signed by a titled stranger after a closing: a letter (before: passed) %#', (lines) => {
    expect(reads(lines.join('\n'))).toBe(true);
  });
  it('the applicant\'s own French letter, signed by her, is none', () => {
    expect(reads(['Madame, Monsieur,', 'Je suis Aino Virtanen; mon directeur de thèse dit qu\'il est content.', 'Cordialement,', 'Aino Virtanen'].join('\n'))).toBe(false);
  });
});

describe('readsAsRecommendation: the applicant by her given name alone, national titles and closings (prod39a, audit 2026-12-07c F1)', () => {
  const referees = ['Prof. Mikko Korhonen', 'Dr. Liisa Mäkelä'];
  const internship = ['Aino spent six months in my group at Aalto in 2023, where she designed a new audit method.', 'She was the most independent intern I have hosted, and the group still uses her code.', '', 'Best regards,'];
  it.each([['Prof. Mikko Korhonen'], ['Liisa'], ['Dr. Liisa Mäkelä'], ['Liisa Mäkelä'], ['Dra. Jane Smith'], ['Prof.ssa Giulia Bianchi']])('told of by her given name and signed %s after a closing: a letter (before: passed)', (signature) => {
    expect(readsAsRecommendation([[...internship, signature].join('\n')], APPLICANT, referees)).toBe(true);
  });
  const spanish = ['Aino Virtanen realizó su estancia de investigación en mi grupo en 2023.', 'Aino Virtanen cuenta con mi más alta recomendación para el puesto.', ''];
  it.each([
    ['Atentamente,', 'Dra. Carmen Ruiz'], ['Atentamente,', 'Prof. Dra. Carmen Ruiz'], ['Atentamente,', 'Prof.ssa Giulia Bianchi'], ['Atentamente,', 'Dott.ssa Giulia Bianchi'],
    ['Atentamente,', 'Dr.in Anna Huber'], ['Atentamente,', 'Pr. Jean Martin'], ['Atentamente,', 'Profª Carmen Ruiz'], ['Un cordial saludo,', 'Carmen Ruiz'],
    ['Un saludo cordial,', 'Dr. Carmen Ruiz'], ['Reciba un cordial saludo,', 'Carmen Ruiz'], ['Cordiales saludos,', 'Carmen Ruiz'], ['Con i migliori saluti,', 'Giulia Bianchi'],
  ])('recommending with the noun, closed %s and signed %s: a letter (before: passed)', (closing, signature) => {
    expect(readsAsRecommendation([[...spanish, closing, signature].join('\n')], APPLICANT, referees)).toBe(true);
  });
  it('honest texts stay none: her own letter by given name, an unsigned account, a stranger without a title, a letter to her', () => {
    const own = ['Dear committee,', 'My name is Aino and I apply for the post; my supervisor said she would write to you.', '', 'Best regards,'];
    expect(readsAsRecommendation([[...own, 'Aino Virtanen'].join('\n')], APPLICANT, referees)).toBe(false);
    expect(readsAsRecommendation([[...own, 'Aino'].join('\n')], APPLICANT, referees)).toBe(false);
    expect(readsAsRecommendation([internship.slice(0, 2).join('\n')], APPLICANT, referees)).toBe(false);
    expect(readsAsRecommendation([[...internship, 'Jane Smith'].join('\n')], APPLICANT, referees)).toBe(false);
    expect(readsAsRecommendation([['Dear Aino,', ...internship, 'Prof. Mikko Korhonen'].join('\n')], APPLICANT, referees)).toBe(false);
  });
});

describe('readsAsRecommendation: short closings and the writer\'s tie as supervisor or host (re-verification 07c F1)', () => {
  const referees = ['Prof. Mikko Korhonen', 'Dr. Liisa Mäkelä'];
  const spanish = ['Aino realizó una estancia de seis meses en mi grupo en 2023.', 'Ella fue la becaria más autónoma que he tenido.', ''];
  it.each([['Saludos,'], ['Un saludo,'], ['Grüße,'], ['Hälsningar,'], ['Groeten,'], ['Saluti,'], ['Amitiés,']])('a given-name letter closed "%s" and signed by a titled stranger: a letter (before: passed)', (closing) => {
    expect(readsAsRecommendation([[...spanish, closing, 'Dra. Carmen Ruiz'].join('\n')], APPLICANT, referees)).toBe(true);
  });
  it.each([
    ['Aino spent six months in my group in 2023, where she built our audit tool.'],
    ["I supervised Aino Virtanen's MSc thesis in 2023."],
  ])('a first page alone, "Dear Selection Committee," then "%s" and praise as "she": a letter (before: passed)', (tie) => {
    const page = ['Dear Selection Committee,', tie, 'She is the most talented student I have supervised, and her work is excellent.'].join('\n');
    expect(readsAsRecommendation([page], APPLICANT, referees)).toBe(true);
  });
  it('the applicant\'s own letter that says she supervised students stays none', () => {
    const own = ['Dear Selection Committee,', 'My name is Aino Virtanen. I supervised two MSc theses in my group, and my supervisor says she is proud.', 'Her group was the best.'];
    expect(readsAsRecommendation([own.join('\n')], APPLICANT, referees)).toBe(false);
  });
});

/** Re-verification 2026-12-07e (notes/reverify-2026-12-07e.md, "Round 22" and Part 2): letters under another item. */
describe('readsAsRecommendation: a letter of support for a project is no recommendation (re-verification 07e, sweep 1)', () => {
  const support = (extra: string[], heading = 'Letter of support') =>
    [heading, '', 'Roboworks GmbH strongly supports the Horizon Europe proposal ROBOGRASP on tactile grasping.', 'We will provide test hardware and host two research visits during the project.', ...extra, '', 'Sincerely,', 'Thomas Klein', 'CTO, Roboworks GmbH'].join('\n');
  it('a company backing a grant proposal, headed "Letter of support", signed by a stranger, is none', () => {
    expect(reads(support([]))).toBe(false);
    expect(reads(support(['We recommend the project for funding.']))).toBe(false);
    expect(reads(support(['The project is led by Dr. Aino Virtanen, whom we have known as a reliable partner.']))).toBe(false);
  });
  it.each([
    ['Unterstützungsschreiben', 'Die Roboworks GmbH unterstützt den Antrag ROBOGRASP ausdrücklich.'],
    ['Lettre de soutien', 'Roboworks soutient pleinement le projet ROBOGRASP.'],
    ['Carta de apoyo', 'Roboworks apoya plenamente el proyecto ROBOGRASP.'],
    ['Letter of support', 'We are writing in strong support of the ROBOGRASP consortium.'],
  ])('"%s" over "%s" is none', (heading, line) => {
    expect(reads([heading, line, 'Sincerely,', 'Thomas Klein'].join('\n'))).toBe(false);
  });
  it('a letter of support for the applicant herself is still a letter', () => {
    expect(reads(['Letter of support', 'I am writing in strong support of Aino Virtanen, who worked with me for three years.', 'Sincerely,', 'Thomas Klein'].join('\n'))).toBe(true);
    expect(reads(['Letter of support', 'I support her application for this post without reservation.', 'She also led our project ROBOGRASP.', 'Sincerely,', 'Thomas Klein'].join('\n'))).toBe(true);
    expect(reads(['To whom it may concern,', 'I recommend Aino Virtanen for the grant; she led the proposal.', 'Sincerely,', 'Thomas Klein'].join('\n'))).toBe(true);
  });
  it('titled "Letter of support": none when the title or the text is about a project, a letter otherwise', () => {
    expect(titledRecommendation('Letter of support for the ROBOGRASP grant proposal')).toBe(false);
    expect(titledRecommendation('Letter of support', [], ['Roboworks GmbH strongly supports the Horizon Europe proposal ROBOGRASP.'])).toBe(false);
    expect(titledRecommendation('Letter of support')).toBe(true);
    expect(titledRecommendation('Letter of support', [], ['I support Aino Virtanen warmly.'])).toBe(true);
    expect(titledRecommendation('Letter of recommendation for the project lead')).toBe(true);
  });
});

describe('readsAsRecommendation: an employment certificate with a stock recommending closing (re-verification 07e, borderline)', () => {
  const certificate = (heading: string, closing: string) =>
    [heading, 'This is to certify that Ms. Aino Virtanen worked at our company as a robotics intern', `from June to August 2022. She was reliable and skilled, and ${closing}`, 'Sincerely,', 'Thomas Klein', 'Head of HR, Roboworks GmbH'].join('\n');
  it.each([['we would recommend her to any employer.'], ['we recommend her without reservation.'], ['we can recommend her to future employers.']])('"Certificate of employment" ... "%s" is a certificate, none', (closing) => {
    expect(reads(certificate('Certificate of employment', closing))).toBe(false);
  });
  it('German "Arbeitszeugnis ... jederzeit empfehlen" reads the same', () => {
    expect(reads(['Arbeitszeugnis', 'Frau Aino Virtanen war vom 1. April 2023 bis 31. März 2025 bei uns beschäftigt.', 'Wir können sie jederzeit empfehlen.', 'München, 31. März 2025', 'Prof. Dr. Markus Weber'].join('\n'))).toBe(false);
  });
  it('recommending her for the post, or without a certificate heading, is still a letter', () => {
    expect(reads(certificate('Certificate of employment', 'I recommend her warmly for your PhD position.'))).toBe(true);
    expect(reads(certificate('Roboworks GmbH', 'we would recommend her to any employer.'))).toBe(true);
  });
});

describe('readsAsRecommendation: letters in other languages by their own recommending words (re-verification 07e, missed 1)', () => {
  it.each([
    ['Alla cortese attenzione della commissione,', 'scrivo per raccomandare Aino Virtanen, che ha svolto un periodo Erasmus nel mio gruppo.', 'Cordiali saluti,', 'Prof.ssa Giulia Bianchi'],
    ['To whom it may concern,', 'scrivo per raccomandare Aino Virtanen, che ha svolto un periodo Erasmus nel mio gruppo.', 'Distinti saluti,', 'Prof.ssa Giulia Bianchi'],
    ['A quien corresponda:', 'Es un placer recomendar a Aino Virtanen para el puesto.', 'Atentamente,', 'Dra. María José García'],
    ['Madame, Monsieur,', 'Je tiens à recommander Aino Virtanen pour ce poste.', 'Bien à vous,', 'Pr. Jean-Luc Martin'],
    ['Sehr geehrte Damen und Herren,', 'ich kann Frau Virtanen für die Stelle nur empfehlen.', 'Mit freundlichen Grüßen', 'Prof. Dr. Markus Weber'],
    ['Geachte commissie,', 'Ik beveel Aino Virtanen van harte aan voor deze positie.', 'Met vriendelijke groet,', 'Prof. dr. Pieter de Vries'],
    ['Till vederbörande,', 'Jag vill rekommendera Aino Virtanen för tjänsten.', 'Med vänliga hälsningar,', 'Prof. Anna Lind'],
    ['Hyvä valintaraati,', 'Suosittelemme Aino Virtasta lämpimästi tehtävään.', 'Ystävällisin terveisin,', 'Prof. Liisa Laine'],
  ])('"%s ... %s ... %s %s" is a letter', (...lines) => {
    expect(readsAsRecommendation([lines.join('\n')], APPLICANT, ['Prof.ssa Giulia Bianchi', 'Dra. María José García', 'Prof. Dr. Markus Weber'])).toBe(true);
  });
  it('her own Italian or Spanish motivation letter, signed by her, stays none', () => {
    expect(reads(['Gentile commissione,', 'il mio relatore mi ha consigliato di raccomandare il mio lavoro.', 'Cordiali saluti,', 'Aino Virtanen'].join('\n'))).toBe(false);
    expect(reads(['Estimada comisión:', 'Mi tutor suele recomendar a sus estudiantes este programa.', 'Saludos,', 'Aino Virtanen'].join('\n'))).toBe(false);
  });
});

describe('readsAsRecommendation: signed by a referee\'s two given names (re-verification 07e, missed 2)', () => {
  const REFS = ['Prof. Markus Weber', 'Dra. María José García'];
  const body = (signature: string) => ['To whom it may concern,', 'Aino spent six months in my group and I recommend her warmly for this position.', 'Sincerely,', signature].join('\n');
  it.each([['María José'], ['Maria Jose'], ['María']])('"Sincerely, %s" for Dra. María José García is a letter', (signature) => {
    expect(readsAsRecommendation([body(signature)], APPLICANT, REFS)).toBe(true);
  });
  it('the applicant\'s own two given names stay none', () => {
    const own = nameParts('Aino Maria Virtanen');
    expect(readsAsRecommendation([['Dear committee,', 'I recommend my methods to your group.', 'Sincerely,', 'Aino Maria'].join('\n')], own, REFS)).toBe(false);
  });
});
