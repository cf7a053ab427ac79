/**
 * Importer leftovers of the last audit (session 20, i24a), each as a rule for its pattern, tested in words of the same
 * family rather than the audited posting's.
 */
import { describe, expect, it } from 'vitest';
import { importPosting, readPosting } from '../../../src/core/import/index.js';

const FRAME = 'Job title: Postdoctoral Researcher\nEmployer: University of Example\nReference: EX-2027-1\n\n';
const read = (body: string) => importPosting(`${FRAME}${body}`, { today: '2026-12-05' });
const items = (body: string) => read(body).profile.items;
const item = (body: string, kind: string) => items(body).find((i) => i.kind === kind);

describe('an entry "X and other documents" whose X is of no known kind keeps X in its title', () => {
  it('keeps "Abschlusszertifikate und weitere Belege" whole, marked', () => {
    const r = read('Folgende Unterlagen sind einzureichen:\n- Lebenslauf\n- Leistungsbescheinigungen und weitere Nachweise\n- Anschreiben');
    const other = r.profile.items.find((i) => i.kind === 'other');
    expect(other?.title).toBe('Leistungsbescheinigungen und weitere Nachweise');
    const at = r.profile.items.indexOf(other as never);
    expect(r.review.some((n) => n.path === `items[${at}].kind` && n.reason.includes('"Leistungsbescheinigungen"'))).toBe(true);
  });

  it('does the same in English, and leaves a known kind before "and other documents" its own item', () => {
    expect(item('Applications must include:\n- CV\n- Attestations and other supporting documents\n- cover letter', 'other')?.title).toBe('Attestations and other supporting documents');
    const both = items('Applications must include:\n- CV\n- Degree certificates and other supporting documents');
    expect(both.map((i) => [i.kind, i.title])).toContainEqual(['diplomas', 'Degree certificates']);
    expect(both.map((i) => [i.kind, i.title])).toContainEqual(['other', 'Other supporting documents']);
  });
});

describe('a condition holds a list of like words whole', () => {
  it('reads a German condition past the commas of "in spanischer, italienischer oder niederländischer Sprache"', () => {
    expect(item('Bitte senden Sie Lebenslauf und Zeugnisse. Bewerber:innen, deren Zeugnis nicht in spanischer, italienischer oder niederländischer Sprache vorliegt, legen bitte einen Sprachnachweis bei.', 'language_certificate')?.condition).toBe(
      'Bewerber:innen, deren Zeugnis nicht in spanischer, italienischer oder niederländischer Sprache vorliegt',
    );
    expect(item('Bitte senden Sie einen Lebenslauf. Für Kandidat:innen, deren Diplom nicht in spanischer, italienischer oder niederländischer Sprache vorliegt, ist eine beglaubigte Übersetzung beizufügen.', 'other')?.condition).toBe(
      'Für Kandidat:innen, deren Diplom nicht in spanischer, italienischer oder niederländischer Sprache vorliegt',
    );
  });

  it('reads an English one past "in Spanish, Catalan or Italian", and still ends it at the next clause', () => {
    expect(item('Please send a CV. A language certificate is required for candidates whose diploma is not in Spanish, Catalan or Italian, and a cover letter.', 'language_certificate')?.condition).toBe(
      'for candidates whose diploma is not in Spanish, Catalan or Italian',
    );
  });
});

describe('"(if issued)" and its kin make an entry optional', () => {
  it('reads Polish "(jeśli został wydany)", "(o ile został wydany)" as optional', () => {
    expect(item('Wymagane dokumenty:\n- życiorys\n- dyplom ukończenia studiów (jeśli został już wydany)\n- list motywacyjny', 'diplomas')?.stage).toBe('optional');
    expect(item('Wymagane dokumenty:\n- życiorys\n- suplement do dyplomu (o ile został wydany)', 'transcript')?.stage).toBe('optional');
  });

  it('reads English "(if it has been issued)" as optional, "(if already issued)" and German "(sofern bereits ausgestellt)" as its case', () => {
    expect(item('Required documents:\n- CV\n- degree certificate (if it has been issued)', 'diplomas')?.stage).toBe('optional');
    expect(item('Required documents:\n- CV\n- Bachelor diploma (if already issued)\n- cover letter', 'diplomas')?.condition).toBe('if already issued');
    expect(item('Ihre Bewerbung muss folgende Unterlagen enthalten:\n- Lebenslauf\n- Masterurkunde (sofern bereits ausgestellt)', 'diplomas')?.condition).toBe('sofern bereits ausgestellt');
  });

  it('leaves an entry without the cue required', () => {
    expect(item('Required documents:\n- CV\n- Bachelor diploma\n- cover letter', 'diplomas')?.stage).toBe('required');
  });
});

describe('a translation asked for in case of a document\'s language carries that case', () => {
  it('reads "if it is not in X or Y" and "if not in X" as its condition, not the default', () => {
    expect(item('Required documents:\n- CV\n- degree certificate (with a certified translation, if it is not in Italian or Spanish)', 'other')?.condition).toBe('if it is not in Italian or Spanish');
    expect(item('Required documents:\n- CV\n- transcripts\n- sworn translation of the transcripts if not in Italian or Spanish', 'other')?.condition).toBe('if not in Italian or Spanish');
  });

  it('keeps both languages of "if the documents are not in Italian or Spanish"', () => {
    expect(item('Please send: a CV, your transcripts, and a translation, if the documents are not in Italian or Spanish.', 'other')?.condition).toBe('if the documents are not in Italian or Spanish');
  });
});

describe('a Markdown page whose front matter is never closed', () => {
  const PAGE = '---\ntitle: Research Assistant in Hydrology\norganization: Example Institute of Water\nThe Example Lab is hiring a research assistant.\nPlease send a CV and two letters of recommendation\nto jobs@example.org.\nClosing date: 20 February 2027.\n';

  it('keeps each line a line, and reads the key lines as its data', () => {
    const r = importPosting(PAGE, { format: 'markdown', today: '2026-12-05' });
    expect(r.profile.organization).toBe('Example Institute of Water');
    expect(r.profile.items.map((i) => i.kind)).toEqual(['cv', 'references']);
    expect(r.profile.deadline).toBe('2027-02-20');
  });

  it('reads a page without key lines line by line too', () => {
    const text = '---\nThe Example Lab is hiring a research assistant.\nPlease send a CV and two letters of recommendation.\nClosing date: 20 February 2027.\n';
    expect(readPosting(text, 'markdown').lines.map((l) => l.text)).toEqual(['The Example Lab is hiring a research assistant.', 'Please send a CV and two letters of recommendation.', 'Closing date: 20 February 2027.']);
    expect(importPosting(text, { format: 'markdown', today: '2026-12-05' }).profile.deadline).toBe('2027-02-20');
  });
});

describe('original works asked for in a later round of the jury are a later item', () => {
  it('reads Dutch "in de tweede ronde ... originele werken" and English "shortlisted artists will be asked to bring original works" as later', () => {
    expect(item('Stuur het volgende mee:\n- cv\n- portfolio\n\nIn de tweede ronde vraagt de commissie de kandidaten om originele werken mee te brengen.', 'other')).toMatchObject({ title: 'Originele werken', stage: 'later' });
    expect(item('Please submit a CV and a portfolio. Shortlisted artists will be asked to bring original works to the interview.', 'other')).toMatchObject({ title: 'Original works', stage: 'later' });
  });

  it('reads German "in der zweiten Runde ... Originalwerke" as later, and a rule that works be original as no item', () => {
    expect(item('Bewerbungsunterlagen: Lebenslauf, Portfolio. In der zweiten Runde bittet die Kommission um Originalwerke.', 'other')).toMatchObject({ stage: 'later' });
    expect(items('Please submit a CV and a portfolio. All submitted pieces must be original works.').map((i) => i.kind)).toEqual(['cv', 'portfolio']);
  });
});

describe('a size beside a file offered for download is the file\'s, not a cap', () => {
  it('reads no cap from "Download: Application form (DOCX, 850 KB)" or "the form (2.4 MB, PDF) is here"', () => {
    const r = read('Please send the completed application form and a CV. Download the application form (PDF, 2.4 MB) here.');
    expect(r.profile.items.some((i) => i.max_mb !== undefined)).toBe(false);
    expect(r.profile.submission.max_mb).toBeUndefined();
    expect(r.review.some((n) => n.reason.includes('2.4 MB'))).toBe(false);
    expect(read('Please send the completed form and a CV. The application form is available here (3 MB, PDF).').review.some((n) => n.reason.includes('3 MB'))).toBe(false);
  });

  it('still reads "CV (PDF, max. 3 MB)" as a cap', () => {
    expect(item('Please send a CV (PDF, max. 3 MB) and a cover letter.', 'cv')?.max_mb).toBe(3);
  });
});

describe('Finnish sentences about forms to fill in', () => {
  it('points at a form that no item lists ("Täytä lisäksi sähköinen henkilötietolomake")', () => {
    const r = read('Hakemukseen liitetään ansioluettelo. Täytä lisäksi sähköinen henkilötietolomake.');
    expect(r.unlisted.map((u) => u.name)).toContain('Sähköinen henkilötietolomake');
  });

  it('cuts a form glued to the CV after "ja", and names the form without the verb', () => {
    const r = read('Hakemukseen tulee liittää ansioluettelo ja täytetty apurahalomake.');
    expect(r.profile.items.find((i) => i.kind === 'cv')?.title).toBe('Ansioluettelo');
    expect(r.unlisted.map((u) => u.name)).toContain('Täytetty apurahalomake');
    expect(item('Täytä hakulomake ja liitä siihen ansioluettelo.', 'other')?.title).toBe('Hakulomake');
  });
});

describe('a North American zone abbreviation of the other season, in a posting that names a place on that clock', () => {
  it('reads "11:59 pm EST" on a July date as Montréal time (-04:00), marked with what was assumed', () => {
    const r = importPosting('Postdoctoral Fellow, Example University, Montréal\n\nPlease send a CV and a cover letter. Deadline: July 20, 2027 at 11:59 pm EST.', { today: '2026-12-05' });
    expect(r.profile.deadline).toBe('2027-07-20T23:59-04:00');
    expect(r.review.find((n) => n.path === 'deadline')?.reason).toContain('"EST" is not Toronto\'s clock on 2027-07-20: as the posting names "Montréal", the time is read as local time there (America/Toronto, -04:00); if it means EST as written, write 2027-07-20T23:59-05:00');
  });

  it('reads "5 pm PST" in August in a Seattle posting as -07:00, leaves a winter date and a posting naming no place as written', () => {
    expect(importPosting('Research Scientist, Example Institute, Seattle\n\nPlease send a CV. Applications are due August 3, 2027, 5 pm PST.', { today: '2026-12-05' }).profile.deadline).toBe('2027-08-03T17:00-07:00');
    expect(importPosting('Research Scientist, Example Institute, Seattle\n\nPlease send a CV. Applications are due January 3, 2027, 5 pm PST.', { today: '2026-12-05' }).profile.deadline).toBe('2027-01-03T17:00-08:00');
    expect(importPosting('Research Scientist, Example Institute\n\nPlease send a CV. Applications are due August 3, 2027, 5 pm PST.', { today: '2026-12-05' }).profile.deadline).toBe('2027-08-03T17:00-08:00');
  });
});
