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
  it.each([['Endorsement'], ['Letter of endorsement'], ['Endorsement from Prof. Laine'], ['LoR - Prof. Korhonen'], ['LOR'], ['Letter from my supervisor'], ['Gutachten Prof. Müller'], ['Suositus'], ['Supervisor letter']])('%s is a letter', (title) => {
    expect(titledRecommendation(title, REFEREES)).toBe(true);
  });
  it.each([['Cover letter'], ['Motivation letter'], ['Ethics endorsement of the study'], ['PhD certificate'], ['Color chart']])('%s is none', (title) => {
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
