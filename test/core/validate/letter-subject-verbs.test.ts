/**
 * Session 20 p24a: a letter about somebody else opened by a verb of studying or working with the writer ("Pekka Laine
 * completed his thesis with me", "... worked in my lab") passed without referee.letter-subject; a letter that names a
 * colleague who co-supervised "her" got it though it is about you.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkManifest } from '../../../src/app/check.js';
import { formatDiagnostic } from '../../../src/core/report/diagnostic-line.js';
import { nameParts, otherSubject } from '../../../src/core/validate/signer.js';
import { linesPdf, makePdf } from '../../helpers/make-pdf.js';
import { TEST_PROFILE, workspace } from '../../helpers/workspace.js';

const PEOPLE = [nameParts('Aino Virtanen'), nameParts('Prof. Mikko Korhonen')];
const about = (line: string, pronoun: 'he' | 'she') => {
  const [s, p, self] = pronoun === 'he' ? ['He', 'his', 'himself'] : ['She', 'her', 'herself'];
  return ['Letter of recommendation', line, `${s} designed all experiments of ${p} work ${self}, carefully and with great skill.`, '', 'Sincerely,', 'Prof. Mikko Korhonen'].join('\n');
};

describe('otherSubject: a letter opened by a verb of studying or working with the writer', () => {
  it.each([
    ['Pekka Laine completed his thesis with me.'],
    ["Pekka Laine wrote his master's thesis under my supervision."],
    ['Pekka Laine worked in my lab for two years.'],
    ['Mr. Pekka Laine did his doctoral studies in my research group.'],
    ['Pekka Laine has worked with me since 2021.'],
    ['Pekka Laine was employed in our team as a research assistant from 2021 to 2023.'],
    ['Pekka Laine spent six months in my laboratory as a visiting student.'],
  ])('"%s": Pekka Laine (before: none)', (line) => {
    expect(otherSubject([about(line, 'he')], PEOPLE)).toBe('Pekka Laine');
  });

  it.each([
    ['Dr. Pekka Laine worked in my lab with her for two years.'],
    ['Pekka Laine completed his thesis with me and later co-supervised her.'],
    ['Pekka Laine worked in my group and introduced her to me.'],
    ['Aino completed her thesis with me; Pekka Laine worked in my lab too.'],
    ['Tampere University completed the project with me.'],
  ])('"%s" in an honest letter about the applicant: none', (line) => {
    expect(otherSubject([about(line, 'she')], PEOPLE)).toBeUndefined();
  });
});

describe('otherSubject: a colleague who co-supervised "her" is not whom the letter is about', () => {
  it.each([
    ['It is my pleasure to write this letter together with my colleague Pekka Laine, who co-supervised her.'],
    ['My colleague Pekka Laine, who co-supervised her thesis, shares my view.'],
    ['I also consulted my colleague Dr. Pekka Laine, who taught her two courses.'],
    ['My colleague Pekka Laine, her co-advisor in 2023, agrees.'],
  ])('"%s": none (before: "Pekka Laine")', (line) => {
    expect(otherSubject([about(line, 'she')], PEOPLE)).toBeUndefined();
  });

  it('"my former student Maria Rossi, who completed her thesis with me" still names her', () => {
    expect(otherSubject([about('I recommend my former student Maria Rossi, who completed her thesis with me.', 'she')], PEOPLE)).toBe('Maria Rossi');
  });
});

const HEAD = `profile: ./profile.yaml
applicant: { name: Aino Virtanen, email: aino.virtanen@examples.fi }
items:
  cv: cv.pdf
  bio: { text: "A short bio for the test, long enough to read like a real one." }
  research_plan: plan.pdf
  thesis: { link: "https://examples.fi/thesis.pdf" }
  references:
    - { name: Prof. Mikko Korhonen, email: mikko.korhonen@examples.fi, letter: letter-1.pdf }
`;

let cv: Uint8Array;
let plan: Uint8Array;
beforeAll(async () => {
  cv = await makePdf({ pages: 2 });
  plan = await makePdf({ pages: 3 });
});

async function run(body: string[]) {
  const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': cv, 'plan.pdf': plan, 'letter-1.pdf': await linesPdf(body), 'manifest.yaml': HEAD });
  const check = await checkManifest(join(dir, 'manifest.yaml'), { today: '2025-10-01' });
  return check.diagnostics.filter((d) => d.code.startsWith('referee.letter')).map((d) => formatDiagnostic(d).replace(check.manifestFile, 'manifest.yaml'));
}

describe('validate: what the applicant sees', () => {
  const SUBJECT =
    'manifest.yaml:9:80 warning referee.letter-subject  letter-1.pdf, given as the letter from Prof. Mikko Korhonen, recommends "Pekka Laine", not you: is it the right letter?  hint: Ask Prof. Mikko Korhonen for the letter written for you, and give it under `letter:`; if this is that letter, nothing to do.';
  it('a letter opened "Pekka Laine wrote his master\'s thesis under my supervision." warns (before: nothing)', async () => {
    const lines = await run(['To the selection committee,', "Pekka Laine wrote his master's thesis under my supervision.", 'His work was excellent, careful and original.', 'Sincerely,', 'Prof. Mikko Korhonen']);
    expect(lines).toEqual([SUBJECT]);
  });
  it('a letter about her that names "my colleague Pekka Laine, who co-supervised her" does not (before: the warning above)', async () => {
    const lines = await run(['To the selection committee,', 'I write together with my colleague Pekka Laine, who co-supervised her.', 'Her work was excellent, careful and original. I recommend her warmly.', 'Sincerely,', 'Prof. Mikko Korhonen']);
    expect(lines).toEqual([]);
  });
});
