/**
 * Where postings state requirements, and how the importer reads them: the failure cases of the real-postings issue,
 * each as a small posting in the words such postings use.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';
import { lineRoles } from '../../../src/core/import/requirements.js';
import { textLines } from '../../../src/core/import/markup.js';

/** `kind/stage` of each item, `kind/conditional` when it has a condition. */
const items = (text: string, format?: 'text' | 'html' | 'markdown') =>
  importPosting(text, format ? { format } : {}).profile.items.map((i) => `${i.kind}/${i.condition ? 'conditional' : i.stage}`);
const profile = (text: string, today?: string) => importPosting(text, today ? { today } : {}).profile;

describe('lists of documents', () => {
  it('takes the list after "Applications must include:", not a list of topics before it', () => {
    const text = [
      'Topics of interest include:',
      '- machine learning for materials',
      '- uncertainty quantification',
      '- robotics',
      '',
      'Applications must include:',
      '- a cover letter',
      '- a CV',
      '- a copy of your passport',
    ].join('\n');
    expect(items(text)).toEqual(['cover_letter/required', 'cv/required', 'other/required']);
  });

  it('reads lists introduced in German, Dutch, Swedish, Finnish and French', () => {
    expect(items('Für die Bewerbung sind folgende Dokumente erforderlich:\n- Lebenslauf\n- Motivationsschreiben\n- Zeugnisse')).toEqual([
      'cv/required',
      'motivation_letter/required',
      'diplomas/required',
    ]);
    expect(items('De sollicitatie moet bevatten:\n- motivatiebrief\n- cv\n- cijferlijsten')).toEqual(['motivation_letter/required', 'cv/required', 'transcript/required']);
    expect(items('Följande bilagor skall bifogas ansökan:\n- personligt brev\n- CV\n- forskningsplan')).toEqual([
      'motivation_letter/required',
      'cv/required',
      'research_plan/required',
    ]);
    expect(items('Hakemukseen liitetään:\n- ansioluettelo\n- tutkimussuunnitelma')).toEqual(['cv/required', 'research_plan/required']);
    expect(items('Le dossier de candidature doit comporter :\n- une lettre de motivation\n- un curriculum vitae\n- un projet de thèse')).toEqual([
      'motivation_letter/required',
      'cv/required',
      'research_plan/required',
    ]);
  });

  it('does not take what a document should contain for documents ("Your CV should include:")', () => {
    const text = 'Please send a CV and a research proposal.\n\nYour CV should include:\n- your education\n- a list of publications\n- two referees';
    expect(items(text)).toEqual(['cv/required', 'research_plan/required']);
  });

  it('reads nested entries as descriptions of their entry', () => {
    const text = 'The application package includes:\n  • Research proposal (maximum four pages), including:\n    • The objectives of the research.\n    • A bibliography.\n  • CV';
    const p = profile(text);
    expect(p.items.map((i) => [i.kind, i.max_pages])).toEqual([
      ['research_plan', 4],
      ['cv', undefined],
    ]);
  });

  it('reads numbered entries as one list across the paragraphs that describe them, with their limits', () => {
    const text = [
      'Please provide all the required documents, numbered as below.',
      '1. Project description',
      'Max 2 pages including figures.',
      '2. Motivation letter',
      'Max one page.',
      '3. Your CV',
      'Max. two pages. A maximum of two recommendation letters can be included.',
    ].join('\n\n');
    expect(profile(text).items.map((i) => [i.kind, i.stage, i.max_pages ?? i.max])).toEqual([
      ['research_plan', 'required', 2],
      ['motivation_letter', 'required', 1],
      ['cv', 'required', 2],
      ['references', 'optional', 2],
    ]);
  });

  it('reads unbulleted lines after "the following documents", even when the sentence goes on past them without a colon', () => {
    const text = 'How to Apply:\nPlease send the following documents to jobs@lab.org and put "Postdoc" in the subject line\n\nCover Letter\nResume\nTranscript\nWork Sample';
    expect(items(text)).toEqual(['cover_letter/required', 'cv/required', 'transcript/required', 'writing_sample/required']);
    // In Markdown the four lines are one paragraph: the same four documents.
    expect(items(text, 'markdown')).toEqual(['cover_letter/required', 'cv/required', 'transcript/required', 'writing_sample/required']);
    // Without the forward pointer, short capitalised lines after a sentence are not taken for a list: each document they
    // name is an item marked for review, not one read from a list.
    const loose = importPosting('Please send your documents to jobs@lab.org and put "Postdoc" in the subject line\n\nCover Letter\nResume').profile.items;
    expect(loose.map((i) => `${i.kind}/${i.stage}/${i.review === true}`)).toEqual(['cover_letter/required/true', 'cv/required/true']);
  });

  it('reads "student and peer evaluations of teaching" as a teaching document', () => {
    expect(items('Send CV, student and peer evaluations of teaching, and three letters of reference to the chair.')).toEqual(['cv/required', 'teaching_statement/required', 'references/required']);
  });

  it('reads the list after "Pièces à prévoir pour la constitution du dossier :"', () => {
    expect(items('Pièces à prévoir pour la constitution du dossier :\n- Un curriculum vitae\n- Une photo d\'identité\n- Une photocopie du diplôme de Master')).toEqual(['cv/required', 'other/required', 'diplomas/required']);
  });

  it('reads "All applications must be supported with three letters of recommendation" as a request', () => {
    expect(profile('Applications should include a research proposal and a CV. All applications must be supported with three letters of recommendation, sent directly to the Center.').items.map((i) => [i.kind, i.min])).toEqual([
      ['research_plan', undefined],
      ['cv', undefined],
      ['references', 3],
    ]);
  });

  it('reads "The following appendices must be uploaded" as the list, and the headings that repeat its entries as their descriptions', () => {
    const text = [
      'Application requirements:',
      '',
      'The application must be submitted through Webfond (application system)',
      '',
      'The following appendices must be uploaded with the application in pdf format:',
      '',
      '• Project description',
      '• Curriculum Vitae',
      '• Recommendations',
      '',
      'Project description',
      'The project description must not exceed two A4 pages (all included).',
      '',
      'Curriculum Vitae',
      'The CV (with photo) must not exceed three A4 pages.',
    ].join('\n');
    expect(profile(text).items.map((i) => [i.kind, i.max_pages])).toEqual([
      ['research_plan', 2],
      ['cv', 3],
      ['references', undefined],
    ]);
  });

  it('reads the list of a section about a later round ("long-listed ... invited to submit a full application") as later', () => {
    const text = [
      'Expression of interest',
      'Please submit a short online form with your CV.',
      '',
      'Full application',
      'Researchers whose proposals have been long-listed are invited to submit a full application via an online form.',
      'In summary, candidates are required to submit:',
      '• Case for support (maximum six sides of A4)',
      '• Referee statement (maximum two sides of A4)',
      '',
      'Eligibility',
      'Applicants must submit a copy of their PhD certificate.',
    ].join('\n');
    expect(items(text)).toEqual(['cv/required', 'other/later', 'references/later', 'diplomas/required']);
  });

  it('reads an entry labelled "Research Projects:" (plural) as the research plan, with its limit', () => {
    expect(profile('Please submit:\n- Research Projects: Drafted in English, 3 pages, single spaced').items.map((i) => [i.kind, i.max_pages])).toEqual([['research_plan', 3]]);
  });

  it('reads "English Proficiency Examination Scores" and "Nachweise der Sprachkenntnisse" as language certificates', () => {
    expect(items('Please submit:\n- CV\n- English Proficiency Examination Scores (international applicants only)')).toEqual(['cv/required', 'language_certificate/conditional']);
    expect(items('Folgende Unterlagen sind einzureichen:\n- Lebenslauf\n- Nachweise der Sprachkenntnisse (Latinum, Graecum)')).toEqual(['cv/required', 'language_certificate/required']);
  });

  it('reads "evidence of successful teaching" and "2 samples of recent work"', () => {
    expect(items('Applications should include a CV, evidence of successful teaching and 2 samples of recent work.')).toEqual(['cv/required', 'teaching_statement/required', 'writing_sample/required']);
  });

  it('ignores bulleted duties and qualifications', () => {
    const text = 'Responsibilities include:\n- teach two courses\n- write grant proposals\n\nQualifications\n- a PhD\n- a strong publication record\n\nPlease send a CV.';
    expect(items(text)).toEqual(['cv/required']);
  });
});

describe('a list under "Documents to be submitted ..."', () => {
  it('reads the bullets under a heading that says what is to be submitted, with degree transcripts and a research project', () => {
    const text = [
      'Documents to be submitted for the application for admission',
      '',
      "  • Bachelor's degree transcript with average mark.",
      "  • Academic transcript of the official university master's degree taken.",
      '  • CV.',
      '  • Research project. Maximum length 6000 words.',
      '  • B1 Level of English Accreditation.',
    ].join('\n');
    expect(items(text)).toEqual(['transcript/required', 'transcript/required', 'cv/required', 'research_plan/required', 'language_certificate/required']);
    expect(profile(text).items[3]?.max_words).toBe(6000);
  });
});

describe('steps that ask for documents', () => {
  it('reads the bullets under a numbered step that asks for documents ("4. Upload information for your application:")', () => {
    const text = [
      'To apply:',
      '  1. Complete your admission application online.',
      '  2. Upload information for your application:',
      '    • An up-to-date curriculum vitae that includes your publications',
      '    • A copy of your passport',
      '  3. Go to My Scholarships and submit.',
    ].join('\n');
    expect(items(text)).toEqual(['cv/required', 'other/required']);
  });

  it('does not read the notes under "5. Other attachments as requested. PLEASE NOTE:" as documents', () => {
    const text = ['Applications must include:', '  1. A cover letter.', '  2. Other attachments as requested in the advertisement. PLEASE NOTE:', '    • Send only materials requested in the posting.', '    • Apply online only.'].join('\n');
    // The entry itself is a document ("other attachments"); the notes under it are not.
    expect(items(text)).toEqual(['cover_letter/required', 'other/required']);
  });

  it('reads "uploaded these required files: CV, Cover Letter, ..." in a sentence', () => {
    expect(items('Your application is complete once you have uploaded these required files: CV, Cover Letter, Statement of Research, and a Statement of Teaching.')).toEqual([
      'cv/required',
      'cover_letter/required',
      'research_statement/required',
      'teaching_statement/required',
    ]);
  });

  it('reads "a description of how your work will contribute to ... diversity" as a diversity statement', () => {
    expect(items('A complete application must include:\n(1) a cover letter and a description of how your teaching will contribute to a culture of inclusion and campus diversity\n(2) a sample of scholarship')).toEqual([
      'cover_letter/required',
      'diversity_statement/required',
      'writing_sample/required',
    ]);
  });
});

describe('postings written about the applicant', () => {
  it('reads "their" and "the applicant\'s" where a posting written to the applicant says "your"', () => {
    const text =
      'Applicants should submit a cover letter, a summary of their research accomplishments, a copy of the applicant\'s passport and details of their teaching.';
    expect(items(text)).toEqual(['cover_letter/required', 'research_statement/required', 'other/required', 'teaching_statement/required']);
  });
});

describe('conditions said around the document', () => {
  it('reads the group named as the subject of a sentence ("International applicants should also submit ...")', () => {
    expect(profile('Please send a CV and a cover letter. International applicants should also submit a copy of their passport.').items.map((i) => `${i.kind} ${i.condition ?? '-'}`)).toEqual([
      'cv -',
      'cover_letter -',
      'other International applicants',
    ]);
    expect(items('Please send a CV and a cover letter. Junior candidates should additionally supply one letter of recommendation.')).toEqual(['cv/required', 'cover_letter/required', 'references/conditional']);
    // In a PhD posting "PhD candidates" are all applicants: without "also", no condition.
    expect(items('PhD candidates should submit a CV and a cover letter.')).toEqual(['cv/required', 'cover_letter/required']);
  });

  it('reads a condition after an alternative of the document as the document\'s, and not as the next one\'s', () => {
    expect(items('Applications must include a CV, a PhD certificate or official notification of the award (if applicable), and two letters of recommendation.')).toEqual([
      'cv/required',
      'diplomas/conditional',
      'references/required',
    ]);
    expect(items('Applications must include a CV, a cover letter, and a PhD certificate or notification, if applicable.')).toEqual(['cv/required', 'cover_letter/required', 'diplomas/conditional']);
  });

  it('reads the cue in the parenthesis that closes a list entry as the entry\'s ("... or researchers elsewhere (optional).")', () => {
    const text = [
      'Applications must include:',
      '- CV',
      '- Two reference letters by professors who know the applicant, or researchers at other institutions (optional).',
      '- Unofficial transcript (not essential)',
      '- Degree certificates, translated into English where they are in another language (if you have already graduated)',
    ].join('\n');
    expect(items(text)).toEqual(['cv/required', 'references/optional', 'transcript/optional', 'diplomas/conditional']);
  });

  it('reads "After the closing date, the College will contact selected applicants ... to ask for" as later', () => {
    expect(items('Please send a CV and a cover letter. After the closing date, the College will contact selected applicants by e-mail to ask for samples of written work.')).toEqual([
      'cv/required',
      'cover_letter/required',
      'writing_sample/later',
    ]);
  });

  it('reads "for applicants without a PhD" before the document it is about', () => {
    expect(items('Applications must include: a CV, a research statement, and, for applicants without a PhD, a transcript.')).toEqual(['cv/required', 'research_statement/required', 'transcript/conditional']);
  });
});

describe('what the value says about the document', () => {
  it('titles a summary of the thesis as the summary, so the cover and bookmarks do not call a page "PhD thesis"', () => {
    const p = profile('Applications should include a CV, a one-page summary of your PhD thesis, and two letters of recommendation.');
    expect(p.items.map((i) => `${i.kind} "${i.title}" ${i.max_pages ?? '-'}`)).toEqual(['cv "CV" -', 'thesis "One-page summary of your PhD thesis" 1', 'references "Letters of recommendation" -']);
  });

  it('reads Norwegian and Danish "to" as two before a Norwegian or Danish noun, and not English "to"', () => {
    const no = profile('Søknaden må inneholde CV, vitnemål og navn på to referanser.').items.find((i) => i.kind === 'references')!;
    expect([no.min, no.max]).toEqual([2, 2]);
    const en = profile('Please send your CV and a cover letter, and address your letters to referees at the institute.').items.find((i) => i.kind === 'references');
    expect(en?.max).toBeUndefined();
  });
});

describe('degree papers and grades', () => {
  it('keeps diplomas and the transcript named in one entry apart ("including the transcript of records", "and grades list")', () => {
    expect(items('Required documents:\n- Copies of your diplomas, including the transcript of records\n- CV\n- Copies of relevant diplomas and grades list')).toEqual([
      'diplomas/required',
      'transcript/required',
      'cv/required',
      'diplomas/required',
      'transcript/required',
    ]);
  });
});

describe('entries that are not documents', () => {
  it('skips personal details and bare stage words among the entries ("Marital Status", "Optional")', () => {
    expect(items('Please provide the following:\n- CV\n- Marital Status\n- Religion\n- Supervisor name\n- Optional\n- Cover letter')).toEqual(['cv/required', 'cover_letter/required']);
  });
});

describe('entries that open with a document of their own', () => {
  it('reads "A positive assessment of the exposé issued by the supervisor" and "The confirmation by the supervisor that ..." as documents outside the kinds', () => {
    const text = [
      'The following documents should be attached to the application form:',
      'a) A CV written in German or English.',
      'b) An exposé describing the subject and the research objective.',
      'c) A positive assessment of the exposé issued by the supervisor.',
      'd) The confirmation by the supervisor that he or she is going to supervise the doctoral thesis.',
    ].join('\n');
    // The application form the documents are attached to is asked for too.
    expect(items(text)).toEqual(['other/required', 'cv/required', 'research_plan/required', 'other/required', 'other/required']);
  });

  it('reads "a declaration of the supervisor on securing funds for the PhD dissertation" as one document outside the kinds, not a thesis', () => {
    const text = ['Required documents:', '1. a CV', '2. an application for the appointment of a dissertation supervisor', '3. a declaration of the supervisor on securing funds for the PhD dissertation', '4. a declaration of choice of a modern language or a language certificate'].join('\n');
    expect(items(text)).toEqual(['cv/required', 'other/required', 'other/required', 'other/required']);
  });
});

describe('documents named by headings', () => {
  it('reads a heading that names a document when the paragraph under it asks for it, with its limit and count', () => {
    const text = [
      '### Personal statement:',
      'This is an important part of the application and should discuss your motivation. 8000 characters max.',
      '### References:',
      'Two academic references required.',
      '### Funding:',
      'Select the funding source from the dropdown list.',
    ].join('\n');
    const p = importPosting(text, { format: 'markdown' }).profile;
    expect(p.items.map((i) => i.kind)).toEqual(['motivation_letter', 'references']);
    expect(p.items[0]).toMatchObject({ max_chars: 8000, review: true });
    expect(p.items[1]).toMatchObject({ min: 2, max: 2 });
  });

  it('takes no item from a heading whose paragraph describes rather than asks ("Project description")', () => {
    const text = ['Project description', 'The project studies quantum materials with ultrafast lasers.', '', 'Applications must include:', '- a CV', '- a cover letter'].join('\n');
    expect(items(text)).toEqual(['cv/required', 'cover_letter/required']);
  });
});

describe('what a list entry names', () => {
  it('reads "do not send a CV exceeding 2 pages" as a limit, not as a CV not wanted', () => {
    const p = profile('Required documents:\n- Artists CV, please do not send a CV exceeding 2 pages.\n- A few examples of works (3 - 5), as prints.');
    expect(p.items.map((i) => i.kind)).toEqual(['cv', 'portfolio']);
    expect(p.not_wanted ?? []).toEqual([]);
  });

  it('does not ask for a document named only in a condition ("if you have not received your PhD Diploma")', () => {
    const p = profile('Applicants are required to submit the following attachments:\n1. PhD Approval Letter confirming the date of the defense (if you have not received your PhD Diploma)\n2. PhD Diploma\n3. Publication & Contributions');
    expect(p.items.map((i) => `${i.kind}/${i.condition ? 'conditional' : i.stage}`)).toEqual(['other/conditional', 'diplomas/required', 'publication_list/required']);
  });

  it('reads documentation that the doctorate was awarded as a diploma', () => {
    expect(items('Application materials:\n- A curriculum vitae.\n- Documentation affirming that the requisite doctorate was awarded within five years.')).toEqual(['cv/required', 'diplomas/required']);
  });
});

describe('lists, addresses and numbering labels', () => {
  it('reads the documents before "may be sent to:" and not the address after it', () => {
    const text = ['Complete dossiers, including a cv, three letters of reference and a writing sample, may be sent to:', '- Merlette Schnell, Manager', '- Department of Philosophy', '- 2500 University Drive NW'].join('\n');
    expect(items(text)).toEqual(['cv/required', 'references/required', 'writing_sample/required']);
  });

  it('names the document after "Annex 1:" and opens a list at "the requirements for the applications are as follows"', () => {
    const text = ['The application must include the following:', '- Annex 1: Research plan of a total of 5 (A4) pages;', '- Annex 2: Prioritised CV including list of publications;'].join('\n');
    const p = profile(text);
    expect(p.items.map((i) => `${i.kind}:${i.max_pages ?? '-'}`)).toEqual(['research_plan:5', 'cv:-']);
    expect(items('The requirements for the applications are as follows:\n1. The application should be complete, including a motivation letter; a CV; and copies of diplomas.')).toEqual([
      'motivation_letter/required',
      'cv/required',
      'diplomas/required',
    ]);
  });

  it('reads Finnish document names in any case and Swedish lists of parts', () => {
    expect(items('Hakulomakkeessa esitetään luonnos tutkimussuunnitelmasta.')).toEqual(['research_plan/required']);
    expect(items('Ansökan består av följande delar:\n1. CV och meritförteckning.\n2. En avhandlingsplan.')).toEqual(['cv/required', 'research_plan/required']);
  });
});

describe('questions and answers', () => {
  it('takes no item from a question, reads "Q: ... A: No." as not wanted, and a capped count as no refusal', () => {
    const text = [
      'Please submit a cover letter and a CV.',
      'Q: Can I (or should I) submit a separate teaching or research statement.',
      'A: No. Describe your teaching and research in the cover letter.',
      'Q: Can an applicant submit more than three letters of recommendation?',
      'A: No, we accept at most three letters.',
    ].join('\n');
    const p = profile(text);
    expect(p.items.map((i) => i.kind)).toEqual(['cover_letter', 'cv']);
    // "a separate teaching or research statement": both, the first named in part ("teaching" ... "statement").
    expect((p.not_wanted ?? []).map((n) => n.kind)).toEqual(['teaching_statement', 'research_statement']);
  });

  it('reads "No need for a separate cover letter or certificates" as not wanted', () => {
    const p = profile('Please send an email, state briefly why you are interested and attach a CV. No need for a separate cover letter or certificates.');
    expect(p.items.map((i) => i.kind)).toEqual(['cv']);
    expect((p.not_wanted ?? []).map((n) => n.kind)).toEqual(['cover_letter', 'diplomas']);
  });
});

describe('documents named by a label before a colon', () => {
  it('reads "Research proposal (2 pages): ..." as one item whose bullets are its sections, with its limit', () => {
    const text = [
      'Guidance for Application Materials',
      'Research proposal (2 pages): It is expected that applicants review the design with their mentor.',
      '- Specific Aims',
      '- Approach',
      '- Timeline for proposed scope of work',
      'Budget and budget justification (1 page): Can include personnel and travel costs.',
      'Statement of career goals (1 page)',
      'Letters of recommendation: Up to four letters, emailed by the mentors.',
    ].join('\n');
    const p = profile(text);
    expect(p.items.map((i) => `${i.kind}:${i.max_pages ?? '-'}`)).toEqual(['research_plan:2', 'other:1', 'motivation_letter:1', 'references:-']);
  });
});

describe('requirements in running prose', () => {
  it('reads every document of a faculty sentence, and the letters to arrange', () => {
    const text =
      'Candidates should send a cover letter, CV, a statement of teaching philosophy, a research statement and arrange for three letters of reference to be emailed to the committee.';
    const p = profile(text);
    expect(p.items.map((i) => i.kind)).toEqual(['cover_letter', 'cv', 'teaching_statement', 'research_statement', 'references']);
    expect(p.items[4]).toMatchObject({ min: 3, max: 3, accepts: ['letter'] });
  });

  it('reads a document outside the kinds by its head noun in a sentence that asks for it, marked for review', () => {
    const p = profile('Applications must include a CV, a cover letter and proof of health insurance. Applicants who are employed must also submit a signed consent form from their employer.');
    expect(p.items.map((i) => `${i.kind}:${i.title}`)).toEqual(['cv:CV', 'cover_letter:Cover letter', 'other:Proof of health insurance', 'other:Signed consent form from their employer']);
    expect(importPosting('Applications must include a CV and proof of health insurance.').review).toContainEqual({ path: 'items[1].kind', reason: 'the kind (other) is guessed from "proof of health insurance"' });
  });

  it('names course evaluations, a list of grants and a cover sheet', () => {
    expect(items('Please send your CV, course evaluations, a list of grants and the AMS cover sheet.')).toEqual(['cv/required', 'teaching_statement/required', 'other/required', 'other/required']);
  });

  it('reads "copies of your degrees" as diplomas, not a document outside the kinds', () => {
    expect(items('Please send your CV and copies of your degrees.')).toEqual(['cv/required', 'diplomas/required']);
  });

  it('keeps a document named inside another one part of it ("a CV with the names of two referees")', () => {
    expect(items('Please send a CV with the names of two referees and a cover letter.')).toEqual(['cv/required', 'cover_letter/required']);
  });

  it('does not make items of topics, addresses or details in a list sentence', () => {
    expect(items('Please email your CV, a brief description of your research interests, future plans, and contact information for three references.')).toEqual([
      'cv/required',
      'research_statement/required',
      'references/required',
    ]);
  });
});

describe('stages', () => {
  it('reads "if already issued" and German "Bei Fast-Track-Zugang:" as conditions', () => {
    expect(items('Please upload:\n- CV\n- Transcript, if already issued')).toEqual(['cv/required', 'transcript/conditional']);
    expect(items('Bewerbungsunterlagen:\n- Lebenslauf\n- Bei Fast-Track-Zugang: Nachweis über die Eignungsprüfung')).toEqual(['cv/required', 'other/conditional']);
  });

  it('reads later, optional, conditional and not-wanted items', () => {
    const text = [
      'Please submit a CV, a research statement, proof of English proficiency (for non-native speakers) and a writing sample (optional).',
      'Three letters of recommendation will be requested from shortlisted candidates.',
      'Do not send a photo.',
    ].join(' ');
    const p = profile(text);
    expect(p.items.map((i) => `${i.kind}/${i.stage}${i.condition ? ` if ${i.condition}` : ''}`)).toEqual([
      'cv/required',
      'research_statement/required',
      'language_certificate/required if for non-native speakers',
      'writing_sample/optional',
      'references/later',
    ]);
    expect(p.not_wanted).toEqual([{ what: 'a photo', source: 'Do not send a photo.' }]);
  });

  it('reads conditions in the posting languages', () => {
    expect(items('Bitte senden Sie:\n- Lebenslauf\n- Sprachnachweis, falls Deutsch nicht Ihre Muttersprache ist')).toEqual(['cv/required', 'language_certificate/conditional']);
    expect(items('Joindre :\n- un CV\n- une traduction si vos diplômes ne sont pas en français')).toEqual(['cv/required', 'other/conditional']);
  });

  it('reads "letters are not needed" as not wanted, and "not required at this stage" as later', () => {
    expect(profile('Please send a CV. Letters of recommendation are not needed.').not_wanted).toEqual([
      { kind: 'references', what: 'Letters of recommendation', source: 'Letters of recommendation are not needed.' },
    ]);
    expect(items('Please send a CV. Letters of recommendation are not required at this stage.')).toEqual(['cv/required', 'references/later']);
  });

  it('asks for a translation of documents in other languages, for those documents only', () => {
    const p = profile('Please upload your CV and diplomas. Documents not in English must be accompanied by a certified translation.');
    expect(p.items.map((i) => [i.kind, i.condition])).toEqual([
      ['cv', undefined],
      ['diplomas', undefined],
      ['other', 'Documents not in English'],
    ]);
  });
});

describe('limits', () => {
  it('gives "a four-page proposal" and "1 page summary of their proposed research project" to the document, not to the packet', () => {
    const a = profile('A complete application consists of a four-page proposal (maximum) PLUS a brief letter of support from a member of staff.');
    expect(a.items.map((i) => [i.kind, i.max_pages])).toEqual([
      ['research_plan', 4],
      ['other', undefined],
    ]);
    expect(a.submission.max_pages).toBeUndefined();
    const b = profile('Candidates will be asked to submit their CV, publications list and 1 page summary of their proposed research project to the department.');
    expect(b.items.map((i) => [i.kind, i.max_pages])).toEqual([
      ['cv', undefined],
      ['publication_list', undefined],
      ['research_plan', 1],
    ]);
    // "Research Statement: Not to exceed three pages total ...": the total of the document the label names.
    expect(profile('Please send:\n- Research Statement: Not to exceed three pages total including text and figures').items.map((i) => [i.kind, i.max_pages])).toEqual([['research_statement', 3]]);
    // A size said of the application stays the packet's.
    expect(profile('The application (at most 10 pages in total) should include a CV and a research proposal.').submission.max_pages).toBe(10);
  });

  it('keeps the limit a heading states for the document the paragraph under it asks for', () => {
    const p = profile(['Cover letter (PDF attachment; max file size 2MB)', 'Upload your cover letter.', '', 'Full statement of the research proposal (PDF attachment; maximum 3 pages)', 'Provide a detailed description of your proposed research project.'].join('\n'));
    expect(p.items.map((i) => `${i.kind} ${i.max_mb ?? '-'} ${i.max_pages ?? '-'}`)).toEqual(['cover_letter 2 -', 'research_plan - 3']);
  });

  it('reads limits in words, pages, characters and MB, in several languages', () => {
    const text = [
      'Please submit:',
      '- a motivation letter (max. one page)',
      '- a research proposal of no more than 2,000 words',
      '- Maksimum 3 siders sammendrag av masteroppgaven',
      '- Projet de thèse (30 000 signes espaces compris)',
      '- Motivationsschreiben, einseitig',
      '- a writing sample of at least 10 pages but no more than 25',
      'Everything in one PDF of at most 10 MB.',
    ].join('\n');
    const p = profile(text);
    expect(p.items.map((i) => [i.kind, i.max_pages ?? i.max_words ?? i.max_chars])).toEqual([
      ['motivation_letter', 1],
      ['research_plan', 2000],
      ['thesis', 3],
      ['research_plan', 30000],
      ['motivation_letter', 1],
      ['writing_sample', 25],
    ]);
    expect(p.submission).toMatchObject({ format: 'single-pdf', max_mb: 10 });
  });

  it('records no approximate size but marks it, and records no characters per page', () => {
    const r = importPosting('Please send a research proposal of approximately 3,000 to 5,000 words and a project description (maximum five pages of 2400 characters per page).');
    expect(r.profile.items.map((i) => [i.title, i.max_words, i.max_pages, i.max_chars])).toEqual([
      ['Research proposal', undefined, undefined, undefined],
      ['Project description', undefined, 5, undefined],
    ]);
    expect(r.review.find((x) => x.path === 'items[0]')?.reason).toBe('the posting gives an approximate length ("approximately 3,000 to 5,000 words"), so no cap was set: add one by hand if the posting means it as a limit');
  });
});

describe('titles and what is not an item', () => {
  it('does not cut a title at "incl." and does not make "Master of Science" an item', () => {
    const p = profile('Please send:\n- CV incl. education and publications\n- a copy of your Master of Science diploma');
    expect(p.items.map((i) => [i.kind, i.title])).toEqual([
      ['cv', 'CV'],
      ['diplomas', 'Master of Science diploma'],
    ]);
  });
});

describe('facts', () => {
  it('reads the organization and the job reference', () => {
    const p = profile('Ref.: 201701737\nThe Department of Physics at St. Mary\'s College of Maryland invites applications for a tenure-track position. Please send a CV.');
    expect(p.reference).toBe('201701737');
    expect(p.organization).toBe("St. Mary's College of Maryland");
  });

  it('never takes a kind of place ("The Graduate School", "Summer School") for the employer, and looks further on', () => {
    const r = importPosting('PhD positions\nThe Graduate School invites applications from Tampere University applicants. Please send a CV.');
    expect(r.profile.organization).toBe('Tampere University');
    expect(r.review.find((x) => x.path === 'organization')?.reason).toBe('guessed from the first lines of the posting');
    expect(profile('Summer School 2026\nThe Foundation invites applications. Please send a CV.').organization).toBeUndefined();
    expect(profile('Research Graduate School for the Humanities\nPlease send a CV.').organization).toBe('Research Graduate School for the Humanities');
  });

  it('does not read a blank form field ("Institution that awarded highest qualification:") as the organization', () => {
    const r = importPosting('Postdoctoral fellowship\nApplication form\nInstitution that awarded highest qualification:\nPlease send a CV.');
    expect(r.profile.organization).toBeUndefined();
    expect(profile('Institution: University of Pretoria\nPlease send a CV.').organization).toBe('University of Pretoria');
  });

  it('reads the end of an application period as the deadline, in several languages', () => {
    expect(profile('The registration period will run from 20th of March at 12.00 [UTC+1] to 2nd of May 2023 at 12.00 [UTC+1]. Please send a CV.').deadline).toBe(
      '2023-05-02T12:00+01:00',
    );
    expect(profile('Haku aukeaa 2.10.2017 ja päättyy 31.10.2017 klo 15.45. Hakemukseen liitetään ansioluettelo.').deadline).toBe('2017-10-31T15:45');
    expect(profile('Le dossier devra être envoyé au plus tard le lundi 29/04/2024 à midi. Joindre un CV.').deadline).toBe('2024-04-29T12:00');
    expect(profile('Ansökan ska vara registrator till handa senast 15 mars. Bifoga CV.', '2024-01-15').deadline).toBe('2024-03-15');
  });

  it('reads rolling and year-round calls as open until filled', () => {
    expect(profile('Applications are welcome year round. Please send a CV.').open_until_filled).toBe(true);
    expect(profile('The file may be submitted to the committee at any time. It must include a CV.').open_until_filled).toBe(true);
  });

  it('reads separate files and one PDF only for the whole application', () => {
    expect(profile('Please send a CV and a cover letter. Pro Auflistungspunkt kann jeweils nur eine Datei hochgeladen werden.').submission.format).toBe('separate-files');
    const two = importPosting('Please send a cover letter and CV together in one document, and three references.');
    expect(two.profile.submission.review).toBe(true);
  });
});

describe('line roles', () => {
  it('tells entries, descriptions, prose and duties apart', () => {
    const lines = textLines('Duties:\n- teach\n\nPlease send:\n- CV, including:\n  - your publications\n- cover letter');
    expect(lineRoles(lines).map((r) => r.role)).toEqual(['skip', 'skip', 'prose', 'entry', 'content', 'entry']);
  });
});

describe('what the importer must not say with false confidence (found by an audit on postings written for it)', () => {
  const head = 'Postdoctoral Researcher in Ecology\n\n';
  const refs = (text: string) => profile(head + text).items.find((i) => i.kind === 'references');

  it('letters the referees send themselves are sent_by: referees, never in the packet (before: a required item to put in it)', () => {
    const r = importPosting(
      `${head}Applications must include: a cover letter, a CV and a research statement.\nThree letters of reference should be sent directly by the referees to the search committee; applicants must not include them in their application.`,
    );
    expect(r.profile.items.find((i) => i.kind === 'references')).toMatchObject({ accepts: ['letter'], min: 3, max: 3, sent_by: 'referees' });
    expect(r.review.filter((x) => x.path.startsWith('items[3]'))).toEqual([]);
    // "Sent directly to" without "by whom": the referees are assumed, and the item is marked for review.
    const guessed = importPosting(`${head}Please send a CV. Two letters of recommendation should be emailed directly to jobs@examples.fi.`);
    expect(guessed.profile.items.find((i) => i.kind === 'references')).toMatchObject({ sent_by: 'referees', review: true });
    expect(guessed.review.map((x) => x.reason)).toContainEqual(expect.stringMatching(/^the posting says the letters are sent directly to the employer but not by whom/));
    // Referees the applicant names, who are asked for letters later, stay in the packet.
    expect(refs('Please send a CV and the names of three referees, who will be asked to send letters directly to us.')).not.toHaveProperty('sent_by');
  });

  it('official transcripts sent by the university are sent_by: issuer', () => {
    const t = profile(`${head}Please submit a CV and a cover letter. Official transcripts must be sent directly by the issuing institution.`).items.find((i) => i.kind === 'transcript');
    expect(t).toMatchObject({ sent_by: 'issuer' });
  });

  it('"at least two and at most four referees", "between two and four letters" and "(minimum two, maximum four)" are 2..4 (before: max 4, or 2..2)', () => {
    expect(refs('Please submit a CV and the contact details of at least two and at most four referees.')).toMatchObject({ min: 2, max: 4 });
    expect(refs('Please submit a CV and between two and four letters of recommendation.')).toMatchObject({ min: 2, max: 4 });
    expect(refs('Please submit a CV and letters of recommendation (minimum two, maximum four).')).toMatchObject({ min: 2, max: 4 });
    // Two bounds of two different documents stay apart.
    const p = profile(`${head}Please submit at least two letters of recommendation and up to three publications.`);
    expect(p.items.find((i) => i.kind === 'writing_sample')).toMatchObject({ max: 3 });
    expect(p.items.find((i) => i.kind === 'writing_sample')).not.toHaveProperty('min');
  });

  it('"max. 20 pages each" caps each document (max_pages_each), and "Up to three publications" is not titled "Three publications"', () => {
    const w = profile(`${head}The application must contain:\n- Cover letter\n- CV\n- Up to three publications (PDF, max. 20 pages each)`).items.find((i) => i.kind === 'writing_sample');
    expect(w).toMatchObject({ title: 'Publications', max: 3, max_pages_each: 20 });
    expect(w).not.toHaveProperty('max_pages');
    expect(profile(`${head}Please send a CV and two writing samples of no more than 25 pages each.`).items.find((i) => i.kind === 'writing_sample')).toMatchObject({ min: 2, max: 2, max_pages_each: 25 });
    expect(profile(`${head}Bitte senden Sie Lebenslauf und zwei Arbeitsproben von je max. 20 Seiten.`).items.find((i) => i.kind === 'writing_sample')).toMatchObject({ max_pages_each: 20 });
  });

  it('"do not include letters" after a sentence about referees refuses letters, not the referees asked for (before: not_wanted "referees")', () => {
    const p = profile(`${head}Please submit a cover letter, a CV and the contact details of three referees. We will contact the referees ourselves; do not include letters.`);
    expect(p.not_wanted).toEqual([{ what: 'letters', kind: 'references', source: 'We will contact the referees ourselves; do not include letters.' }]);
    expect(p.items.find((i) => i.kind === 'references')).toMatchObject({ accepts: ['referee'], min: 3, max: 3 });
    // "References ... do not include letters": contacts only, and no question left about the form.
    const r = importPosting(`${head}Please submit a CV and references. Do not include letters.`);
    expect(r.profile.items.find((i) => i.kind === 'references')?.accepts).toEqual(['referee']);
    expect(r.review.map((x) => x.reason)).not.toContainEqual(expect.stringMatching(/letters or referee contacts/));
    expect(refs('Please send: a cover letter, a CV and the names of three referees (no letters).')?.accepts).toEqual(['referee']);
  });

  it('photos and passport copies are read as not wanted, also next to a kind and in German (before: dropped, or pointed at as a missing item)', () => {
    const nw = (text: string) => (profile(head + text).not_wanted ?? []).map((n) => `${n.kind ?? 'other'}:${n.what}`);
    expect(nw('Please send a CV.\nPlease do not send copies of publications or a photograph.')).toEqual(['writing_sample:copies of publications', 'other:a photograph']);
    expect(nw('Applications must include:\n- Cover letter\n- CV\n- No photographs or copies of passports.')).toEqual(['other:photographs', 'other:copies of passports']);
    expect(nw('Bitte senden Sie uns: Lebenslauf und Motivationsschreiben.\nBitte verzichten Sie auf Bewerbungsfotos.')).toEqual(['other:Bewerbungsfotos']);
    expect(nw('Bitte senden Sie uns: Lebenslauf und Motivationsschreiben.\nBitte senden Sie keine Fotos.')).toEqual(['other:Fotos']);
    expect(nw('Please send a CV and a cover letter. Photos are not required.')).toEqual(['other:Photos']);
    const r = importPosting(`${head}Applications must include:\n- Cover letter\n- CV\n- No photographs or copies of passports.`);
    expect(r.unlisted).toEqual([]);
  });

  it('page limits in Swedish and Finnish singular: "högst 1 sida", "enintään yksi sivu"', () => {
    expect(profile('Ansökan ska innehålla:\n- CV\n- Personligt brev (högst 1 sida)').items.find((i) => i.kind === 'motivation_letter')).toMatchObject({ max_pages: 1 });
    expect(profile('Hakemukseen tulee liittää:\n- CV\n- motivaatiokirje (enintään yksi sivu)').items.find((i) => i.kind === 'motivation_letter')).toMatchObject({ max_pages: 1 });
  });
});

describe('what a second audit found the importer reading wrong without a flag (postings written by a tester)', () => {
  const head = 'Doktorand (m/w/d) Physik\n\n';

  it('a dot that groups thousands: "max. 8.000 Zeichen" is 8000, "höchstens 1.500 Wörter" 1500 (before: 8, and dropped)', () => {
    const p = profile(`${head}Bitte senden Sie uns:\n- Lebenslauf\n- Motivationsschreiben (max. 8.000 Zeichen inkl. Leerzeichen)\n- Forschungsexposé (höchstens 1.500 Wörter)`);
    expect(p.items.find((i) => i.kind === 'motivation_letter')).toMatchObject({ max_chars: 8000 });
    expect(p.items.find((i) => i.kind === 'research_plan')).toMatchObject({ max_words: 1500 });
    expect(profile('Sollicitatie moet bevatten:\n- CV\n- Motivatiebrief (maximaal 1.000 woorden)').items.find((i) => i.kind === 'motivation_letter')).toMatchObject({ max_words: 1000 });
    // "2.400 anslag pr. side" measures a page: no character cap.
    expect(profile('Ansøgningen skal indeholde:\n- CV\n- Projektbeskrivelse på max. 5 sider (2.400 anslag pr. side)').items.find((i) => i.kind === 'research_plan')).not.toHaveProperty('max_chars');
  });

  it('an extended deadline: the new date, not the original one (before: the superseded date, unflagged)', () => {
    const p = profile(
      'Assistant Professor in Economics\n\nApplicants must submit a cover letter and a CV.\nThe original deadline of December 1, 2025 has been extended. Applications are now due January 10, 2026, 11:59 PM Pacific Time.',
    );
    expect(p.deadline).toBe('2026-01-10 23:59 America/Los_Angeles');
    // "has been extended to ..." still gives the new date.
    expect(profile('Summer school\n\nPlease send a CV. The submission deadline has been extended to July 7th 2026.').deadline).toBe('2026-07-07');
  });

  it('"applications received before 1 March will be given priority" is a date for priority, flagged, with open until filled', () => {
    const r = importPosting('PhD position\n\nThe application must include a motivation letter and a CV.\nThe position will remain open until a suitable candidate is found; applications received before 1 March 2026 will be given priority.');
    expect(r.profile).toMatchObject({ deadline: '2026-03-01', open_until_filled: true });
    expect(r.review).toContainEqual({ path: 'deadline', reason: 'the date for full consideration, not a closing date: applications may still be read after it' });
  });

  it('"References are not required at the time of application; three reference letters will be requested" is one later item of 3 (before: not wanted)', () => {
    const p = profile('Assistant Professor\n\nPlease submit a CV and a cover letter. References are not required at the time of application; three reference letters will be requested from short-listed candidates.');
    expect(p.items.filter((i) => i.kind === 'references')).toEqual([expect.objectContaining({ stage: 'later', min: 3, max: 3 })]);
    expect(p.not_wanted).toBeUndefined();
  });

  it('open until filled in German and Swedish; "not at this stage" in Finnish is no refusal; French letters sent by the referees', () => {
    expect(profile(`${head}Bitte senden Sie uns Ihren Lebenslauf. Die Ausschreibung endet mit der Besetzung der Stelle.`).open_until_filled).toBe(true);
    expect(profile('Doktorand i fysik\n\nAnsökan ska innehålla CV och personligt brev. Tjänsten tillsätts löpande.').open_until_filled).toBe(true);
    expect(profile('Väitöskirjatutkija\n\nHakemukseen liitetään CV ja motivaatiokirje. Suosituskirjeitä ei tarvita tässä vaiheessa.').not_wanted).toBeUndefined();
    const fr = profile('Postdoctorat\n\nLe dossier comprend un CV et deux lettres de recommandation, à envoyer directement par les référents à recrutement@example.fr.');
    expect(fr.items.find((i) => i.kind === 'references')).toMatchObject({ accepts: ['letter'], min: 2, max: 2, sent_by: 'referees' });
  });
});

describe('a size cap for each file', () => {
  it('"Each uploaded file must not be larger than 2 MB" means separate files, flagged (before: one PDF of at most 2 MB, flagged only as unstated)', () => {
    const r = importPosting('Doctoral Fellowship\n\nApplications must include a cover letter and a CV. Each uploaded file must not be larger than 2 MB.');
    expect(r.profile.submission).toMatchObject({ format: 'separate-files', max_mb: 2, review: true });
    expect(r.review).toContainEqual({ path: 'submission.format', reason: 'separate files, guessed from a size cap for each file: "Each uploaded file must not be larger than 2 MB."' });
    // A format the posting states wins, and no guess is reported.
    const stated = importPosting('Doctoral Fellowship\n\nApplications must include a cover letter and a CV, as separate PDF files. Each file must not be larger than 2 MB.');
    expect(stated.profile.submission.format).toBe('separate-files');
    expect(stated.review.filter((x) => x.path === 'submission.format')).toEqual([]);
  });
});

describe('who an item is asked of, said as a label (second audit)', () => {
  it('"Non-EU applicants:", "International applicants:" and "Les candidats non francophones" make the item conditional (before: required of everyone)', () => {
    const c = (text: string) => importPosting(`Postdoc\n\n${text}`).profile.items.map((i) => `${i.kind}/${i.condition ?? 'required'}`);
    expect(c('Please include a CV and a cover letter.\nNon-EU applicants: please include a copy of your passport.')).toEqual(['cv/required', 'cover_letter/required', 'other/Non-EU applicants']);
    expect(c('Applications must include:\n- CV\n- International applicants: proof of English proficiency (TOEFL/IELTS)')).toEqual(['cv/required', 'language_certificate/International applicants']);
    expect(c('Le dossier comprend un CV et une lettre de motivation. Les candidats non francophones devront fournir une attestation de niveau de français.')).toContain(
      'language_certificate/Les candidats non francophones',
    );
  });
});

describe('letters the referees send, said in another sentence than the one that asks for them', () => {
  it('are sent_by: referees, flagged with that sentence (before: references to put in the packet)', () => {
    const r = importPosting('Graduate program\n\nApplicants must submit a statement of purpose, a CV and two academic references.\nReferences should be sent by your referees directly to the admissions office.');
    expect(r.profile.items.find((i) => i.kind === 'references')).toMatchObject({ accepts: ['letter'], sent_by: 'referees', review: true });
    expect(r.review.map((x) => x.reason)).toContainEqual(
      'another sentence says the referees send the letters themselves: "References should be sent by your referees directly to the admissions office."; they are kept out of your packet',
    );
    // Referees the applicant names stay in the packet, whatever is said of their letters later.
    const named = importPosting('Postdoc\n\nPlease send a CV and the names and email addresses of three referees. The letters will be uploaded by the referees later.');
    expect(named.profile.items.find((i) => i.kind === 'references')).not.toHaveProperty('sent_by');
  });
});

describe('the application named as what holds the documents, with no verb that asks', () => {
  it('reads the documents it holds as asked for (before: none read, only pointed at)', () => {
    expect(items('Postdoctoral fellow in soil ecology\n\nApplications, including a CV, a research statement and two letters of reference, will be reviewed from 1 May 2026.')).toEqual([
      'cv/required',
      'research_statement/required',
      'references/required',
    ]);
    expect(items('Postdoc in hydrology\n\nApplications (CV, research proposal, names of two referees) go to Prof. Lind.')).toEqual(['cv/required', 'research_plan/required', 'references/required']);
    expect(items('Postdoc in hydrology\n\nA curriculum vitae and two letters of reference must form part of the application.')).toEqual(['cv/required', 'references/required']);
    expect(items('Postdoktor i hydrologi\n\nAnsökan med CV och forskningsplan behandlas från 1 maj 2026.')).toEqual(['cv/required', 'research_plan/required']);
    expect(items('Postdoc hydrologie\n\nSollicitaties met CV en onderzoeksvoorstel worden vanaf 1 mei beoordeeld.')).toEqual(['cv/required', 'research_plan/required']);
    expect(items('Postdoc en hydrologie\n\nLes candidatures (CV, projet de recherche) sont examinées à partir du 1er mai.')).toEqual(['cv/required', 'research_plan/required']);
  });
  it('leaves the application as an object alone ("Due date for application (including language test)")', () => {
    const r = importPosting('PhD in linguistics\n\nDue date for application (including language test): 31 October 2026');
    expect(r.profile.items.map((i) => i.kind)).not.toContain('language_certificate');
  });
});

describe('a document asked of all in one sentence and of some applicants in another', () => {
  it('is marked for review with the other sentence (before: required, unmarked)', () => {
    const r = importPosting('Postdoc in hydrology\n\nA CV and two letters of reference must be included in the application. Letters of reference are compulsory for external candidates only.');
    expect(r.profile.items.find((i) => i.kind === 'references')).toMatchObject({ review: true });
    expect(r.review.map((x) => x.reason).join('\n')).toContain('also asked of some applicants only');
  });
});
