/**
 * Audit 12-06a (round 8, audit18) findings 4 and 11, and the leftovers of 12-05k #1: sentences that are not requests,
 * list entries dropped or merged. Each as a short posting in the audit's words or in words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(`probe\n\n${text}\n`, { today: '2026-12-05' });
const items = (text: string) => read(text).profile.items;
const kinds = (text: string) => items(text).map((i) => i.kind);

describe('sentences that are not requests give no item (audit18 #4)', () => {
  const list = 'A complete application includes the following, submitted by you:\n- Current CV or resume - PDF only\n- Academic writing sample - PDF only\n';

  it('reads a note on the form\'s fields as no document, in or after the list (before: an "Application form asks for ..." item)', () => {
    for (const note of [
      '* Note: The application form asks for the name of each person writing a recommendation (see requirement just below).',
      'Note: The application form asks for the name of each person writing a recommendation.',
      'The online application form will ask you for the names and contact details of two referees.',
      'Hinweis: Das Bewerbungsformular fragt nach den Namen der Gutachter.',
      'Het aanvraagformulier vraagt naar de namen van twee referenten.',
    ]) {
      expect(kinds(`${list}${note}`), note).toEqual(['cv', 'writing_sample']);
    }
  });

  it('still reads a form that asks you to upload a document', () => {
    expect(kinds('The application form requires you to upload a transcript of records.')).toContain('transcript');
  });

  it('reads "evidence of their ability, skills ..." as no language certificate (before: an unmarked language_certificate)', () => {
    expect(kinds('Applicants must provide evidence of their ability, skills, experience and competence to perform the work.')).not.toContain('language_certificate');
    expect(kinds('Applicants must provide evidence of their English language ability.')).toContain('language_certificate');
    expect(kinds('Please provide proof of proficiency in English.')).toContain('language_certificate');
  });
});

describe('a list after "by means of:" and after an entry\'s numbered points (audit18 #4, #11)', () => {
  const ep =
    'Applicants must provide evidence of their ability, skills, experience and competence to perform the work by means of:\n' +
    '— a motivation letter of no more than 1 page (max. 500 words),\n' +
    '— a full curriculum vitae specifying knowledge of languages. The curriculum vitae should follow the basic structure of the Europass CV:\n' +
    '1. personal information;\n2. work experience;\n3. education and training;\n' +
    '— a full record of their publications (starting with the most recent),\n' +
    '— a description of the expert\'s scientific network.';

  it('reads the entries as documents, also those after the CV\'s numbered points (before: the motivation letter only, plus a language_certificate)', () => {
    const got = items(ep);
    expect(got.map((i) => i.kind)).toEqual(['motivation_letter', 'cv', 'publication_list', 'other']);
    expect(got.find((i) => i.kind === 'other')?.review).toBe(true);
  });
});
