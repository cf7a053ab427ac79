/**
 * Importer audit round 17 (notes/audit-import-2026-12-06n.md): finding 2 (sentences that ask for nothing: what a
 * studentship includes, a duty to submit a dissertation), finding 3 (letters the referees send, said as "arrange for two
 * of the referees to send" or "requested from the references"), finding 6 (a document for one kind of application
 * only). Each as a short posting in the audit's words and in a second wording or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (body: string, title = 'Position') => importPosting(`${title}\n\n${body}`, { today: '2026-12-06' }).profile.items;

describe('what the post offers or the job\'s duties are no documents to send (audit #2)', () => {
  it('reads no item from "Our PhD studentships cover ... and include ... a travel budget" (before: a required "Budget for attending conferences and workshops")', () => {
    const items = read(
      'Full funding is available to all students. Our PhD studentships cover UCL tuition fees for both home and international students and include an annual tax-free stipend as well as a travel budget for attending conferences and workshops.\n\nApplicants should submit a CV.',
      'SWC PhD Programme',
    );
    expect(items.map((i) => i.kind)).toEqual(['cv']);
  });

  it('reads a second wording: "Our fellowships include a stipend as well as a travel budget for attending conferences."', () => {
    const items = read('Our fellowships include a stipend as well as a travel budget for attending conferences.\n\nApplicants should submit a CV.', 'Fellowship');
    expect(items.map((i) => i.kind)).toEqual(['cv']);
  });

  const klagenfurt = (duty: string, heading = 'Responsability') =>
    read(
      `${heading}\n- ${duty}\n- Teaching and student supervision\n\nApplication\nPlease apply providing the following documents:\n- Letter of application\n- Curriculum vitae\n- Final thesis or other study-related written work (like seminar reports) or excerpts thereof`,
    );

  it('reads no thesis from the duty "with the aim to submit a dissertation", and the listed "Final thesis" is the thesis item (before: thesis "Dissertation and acquire a Doctoral degree")', () => {
    const items = klagenfurt('Independent scientific work with the aim to submit a dissertation and acquire a Doctoral degree');
    expect(items.filter((i) => i.kind === 'thesis').map((i) => i.title)).toEqual(['Final thesis or other study-related written work']);
  });

  it('reads the same duty in German: "mit dem Ziel, eine Dissertation einzureichen"', () => {
    const items = read('Ihre Aufgaben\n- Selbständige wissenschaftliche Arbeit mit dem Ziel, eine Dissertation einzureichen\n- Lehre\n\nBitte senden Sie einen Lebenslauf.', 'Stelle');
    expect(items.map((i) => i.kind)).not.toContain('thesis');
  });
});

describe('letters the referees send, said in a parenthesis or as "requested from the references" (audit #3)', () => {
  it('gives "(candidates should arrange for two of the referees to send their recommendations directly to CEU)" sent_by referees (before: no sent_by, unmarked)', () => {
    const refs = read(
      'Applications should include:\n- A CV.\n- A list of publications.\n- The names and contact details of three referees (candidates should arrange for two of the referees to send their recommendations directly to CEU).',
      'Assistant Professor',
    ).filter((i) => i.kind === 'references');
    expect(refs).toHaveLength(1);
    expect(refs[0]).toMatchObject({ sent_by: 'referees', review: true });
  });

  it('reads "letters of recommendation will be requested from the references" as letters the referees send, and leaves the listed references to the applicant (before: no sent_by)', () => {
    const refs = read(
      'How to apply\nA complete application includes (1) a letter of application, (2) a complete curriculum vitae, (3) a statement on research goals, and (4) a list of at least three references. After initial review, letters of recommendation will be requested from the references for selected applicants.',
      'Postdoc',
    ).filter((i) => i.kind === 'references');
    expect(refs.map((i) => [i.stage, i.sent_by])).toEqual([
      ['required', undefined],
      ['later', 'referees'],
    ]);
    expect(refs[0]?.accepts).toContain('referee');
  });

  it('reads a second wording: "reference letters will be solicited from your referees"', () => {
    const refs = read('Please send a cover letter, a CV and the names of three referees. At a later stage, reference letters will be solicited from your referees.', 'Postdoc').filter(
      (i) => i.kind === 'references',
    );
    expect(refs.find((i) => i.accepts.includes('letter'))).toMatchObject({ stage: 'later', sent_by: 'referees' });
    expect(refs.find((i) => i.accepts.includes('referee'))?.sent_by).toBeUndefined();
  });
});

describe('a document for one kind of application only is conditional (audit #6)', () => {
  it('gives "Lisäksi matka-apurahahakemuksiin tulee liittää ... kustannusarvio" the condition of travel-grant applications (before: required of every applicant)', () => {
    const items = read('Hakemukseen tulee liittää tutkimussuunnitelma ja ansioluettelo. Lisäksi matka-apurahahakemuksiin tulee liittää matkan ja majoituksen kustannusarvio.', 'Apuraha');
    expect(items.find((i) => i.title === 'Kustannusarvio')?.condition).toBe('matka-apurahahakemuksiin');
    expect(items.find((i) => i.kind === 'cv')?.condition).toBeUndefined();
  });

  it('reads a second language: "For travel grant applications, please also attach a budget", and leaves "Lisäksi hakemukseen ..." for everyone', () => {
    const items = read('Please attach a research plan and a CV. For travel grant applications, please also attach a budget.', 'Grant');
    expect(items.find((i) => i.title === 'Budget')?.condition).toBe('For travel grant applications');
    expect(items.find((i) => i.kind === 'research_plan')?.condition).toBeUndefined();
    const fi = read('Hakemukseen tulee liittää tutkimussuunnitelma. Lisäksi hakemukseen tulee liittää ansioluettelo.', 'Apuraha');
    expect(fi.find((i) => i.kind === 'cv')?.condition).toBeUndefined();
  });
});
