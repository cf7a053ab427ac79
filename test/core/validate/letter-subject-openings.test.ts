/**
 * Product audit round 22 (notes/audit-2026-12-07c.md) F3: a referee's letter about somebody else passed without
 * referee.letter-subject when the name came after "my (former) student", "on behalf of", "to support X's
 * application", "Re:", "Reference for:" or "I have known".
 */
import { describe, expect, it } from 'vitest';
import { nameParts, otherSubject } from '../../../src/core/validate/signer.js';

const PEOPLE = [nameParts('Aino Virtanen'), nameParts('Prof. Mikko Korhonen')];
const letter = (line: string) =>
  ['Letter of recommendation', line, 'He completed his MSc thesis with me at Tampere University in 2024.', 'He designed all experiments himself.', '', 'Sincerely,', 'Prof. Mikko Korhonen'].join('\n');

describe('otherSubject: the openings a letter names its subject after (audit 22 F3)', () => {
  it.each([
    ['I am happy to recommend my former student Pekka Laine.'],
    ['I write to recommend my student, Pekka Laine, for the doctoral position.'],
    ['It is my pleasure to write on behalf of Pekka Laine, who is applying for the doctoral position.'],
    ["I am writing to support Pekka Laine's application for the doctoral position."],
    ['I am writing in support of my student, Pekka Laine.'],
    ['Re: Pekka Laine'],
    ['Reference for: Pekka Laine'],
    ['I have known Pekka Laine since 2021, when he joined my group.'],
  ])('"%s": Pekka Laine (before: none)', (line) => {
    expect(otherSubject([letter(line)], PEOPLE)).toBe('Pekka Laine');
  });

  it.each([
    ['I co-supervised Aino with Dr. Pekka Laine.'],
    ['My colleague Pekka Laine and I supervised her thesis.'],
    ['I have known Pekka Laine and her since 2021.'],
    ['My student Aino and my postdoc Pekka Laine wrote the paper together.'],
    ['Re: Doctoral Position in Machine Learning'],
    ['Re: Application'],
    ['I write on behalf of the selection committee of Tampere University.'],
  ])('"%s" in an honest letter about the applicant: none', (line) => {
    expect(otherSubject([letter(line)], PEOPLE)).toBeUndefined();
  });

  it('a letter naming the applicant\'s family name anywhere is hers, whoever "my student" is', () => {
    expect(otherSubject([letter('My student Pekka Laine co-authored the paper with Aino Virtanen.')], PEOPLE)).toBeUndefined();
  });
});

describe('otherSubject: the letter\'s first sentence, supervising, "Concerning:", "writing this letter for", German, forms in capitals (re-verification 07c F3)', () => {
  it.each([
    ['Pekka Laine joined my group in 2021.', 'Pekka Laine'],
    ['Mr. Pekka Laine was my MSc student.', 'Pekka Laine'],
    ['I had the pleasure of supervising Pekka Laine.', 'Pekka Laine'],
    ['Concerning: Mr. Pekka Laine', 'Pekka Laine'],
    ['I am writing this letter for Pekka Laine, who is applying for the doctoral position.', 'Pekka Laine'],
    ['Ich empfehle Pekka Laine nachdrücklich für die Stelle.', 'Pekka Laine'],
    ['Applicant: LAINE, Pekka', 'LAINE, Pekka'],
    ['Applicant: Dr. Laine, Pekka', 'Laine, Pekka'],
  ])('"%s": %s (before: none)', (line, who) => {
    expect(otherSubject([letter(line)], PEOPLE)).toBe(who);
  });

  it.each([
    ['Dr. Pekka Laine was her co-supervisor.'],
    ['Prof. Pekka Laine is the head of our lab.'],
    ['Pekka Laine was a postdoc in my group and co-supervised her.'],
    ['I co-supervised her with Dr. Pekka Laine.'],
    ['I supervised Pekka Laine and her in 2021.'],
    ['I am writing this letter for the Helsinki Institute for Information Technology.'],
    ['Concerning: Doctoral Position in Machine Learning'],
    ['Ich empfehle, die Dissertation anzunehmen.'],
    ['Applicant: VIRTANEN, Aino'],
    ['Applicant: Dr. Virtanen, Aino'],
  ])('"%s" in an honest letter about the applicant: none', (line) => {
    expect(otherSubject([letter(line).replace(/\bHe\b/g, 'She').replace(/\bhis\b/g, 'her').replace(/\bhimself\b/g, 'herself')], PEOPLE)).toBeUndefined();
  });
});
