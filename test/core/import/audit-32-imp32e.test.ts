import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const kinds = (text: string): string[] => importPosting(text).profile.items.map((i) => `${i.kind}/${i.stage}`);

describe('no item marked for review from a document named in words that ask for nothing', () => {
  it('takes no item from a question (before: a references or transcript item)', () => {
    expect(kinds('Please submit a cover letter and a CV.\nCan applicants who have not graduated yet apply without a transcript?')).toEqual(['cover_letter/required', 'cv/required']);
    expect(kinds('Bitte senden Sie ein Anschreiben und einen Lebenslauf.\nWas geschieht mit meinen Zeugnissen nach dem Verfahren?')).toEqual(['cover_letter/required', 'cv/required']);
  });

  it('takes no item from a date line that asks for nothing (before: a language certificate or a transcript)', () => {
    expect(kinds('Postdoc in geology\n\nPlease send a CV.\n\nDeadline for applications (incl. language certificate): 15 March 2027')).toEqual(['cv/required']);
    // The document is still pointed at.
    expect(importPosting('Postdoc in geology\n\nPlease send a CV.\n\nDeadline for applications (incl. language certificate): 15 March 2027').unlisted.map((u) => u.kind)).toEqual(['language_certificate']);
  });

  it('takes no item from what the CV should contain (before: a references item)', () => {
    expect(kinds('Send a CV and a cover letter.\n\nThe CV should contain:\n- your degrees\n- the names of three referees')).toEqual(['cv/required', 'cover_letter/required']);
  });

  it('takes no item from the condition of a document read, or from its own title (before: diplomas, a language certificate)', () => {
    // The translation is asked of those whose diplomas are not in English; the diplomas are not asked for there.
    expect(kinds('Please include:\n- a CV\n- a certified translation if your diplomas are not in English')).toEqual(['cv/required', 'other/required']);
    expect(kinds('Required documents:\n1. a CV\n2. a declaration of the foreign language chosen or a language certificate')).toEqual(['cv/required', 'other/required']);
  });

  it('still gives the item where the sentence asks for it', () => {
    expect(kinds('Please send a CV and copies of your diplomas. Applicants who are called for an interview must bring the original diplomas.').filter((k) => k.startsWith('diplomas'))).toHaveLength(2);
  });
});
