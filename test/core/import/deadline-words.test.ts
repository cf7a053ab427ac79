// Audit 2026-12-05 (#4, #5, #15, #16, #17): deadline times and zones written in another sentence or in the posting's
// own language, closing-date labels, and the facts read beside the deadline (open until filled, the reference).
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const posting = (text: string, today?: string) =>
  importPosting(`Postdoctoral Researcher in Chemistry\n\nUniversity of Somewhere\n\nApply with a CV and a cover letter as one PDF.\n\n${text}\n`, today ? { today } : {});
const deadline = (text: string) => {
  const r = posting(text);
  return [r.profile.deadline, r.review.filter((n) => n.path === 'deadline').map((n) => n.reason)];
};

describe('zones in the posting\'s own language, and anywhere on Earth (audit #5)', () => {
  it('reads "(hora peninsular)", "(hora de Madrid)", "hora canaria" and the same family in German, French, Italian and Portuguese (before: the time without a zone, "Nothing was guessed")', () => {
    expect(deadline('Plazo de presentación: hasta el 20 de enero de 2027 a las 14:00 horas (hora peninsular).')).toEqual(['2027-01-20 14:00 Europe/Madrid', []]);
    expect(deadline('Fecha límite: 15 de febrero de 2027, a las 23:59 (hora de Madrid).')).toEqual(['2027-02-15 23:59 Europe/Madrid', []]);
    expect(deadline('Fecha límite: 15 de febrero de 2027, a las 23:59 (hora canaria).')).toEqual(['2027-02-15 23:59 Atlantic/Canary', []]);
    expect(deadline('Bewerbungsschluss: 15. Februar 2027, 23:59 Uhr (deutscher Zeit).')).toEqual(['2027-02-15 23:59 Europe/Berlin', []]);
    expect(deadline('Date limite : 15 février 2027 à 12h00 (heure française).')).toEqual(['2027-02-15 12:00 Europe/Paris', []]);
    expect(deadline('Scadenza: 15 febbraio 2027 alle ore 12:00 (ora italiana).')).toEqual(['2027-02-15 12:00 Europe/Rome', []]);
    expect(deadline('Prazo: 15 de fevereiro de 2027, 23:59 (hora de Lisboa).')).toEqual(['2027-02-15 23:59 Europe/Lisbon', []]);
    expect(deadline('Prazo: 15 de fevereiro de 2027, 23:59 (horário de Brasília).')).toEqual(['2027-02-15 23:59 America/Sao_Paulo', []]);
  });

  it('reads "(AoE)" after a date alone as the end of that day anywhere on Earth (before: the date alone, "Nothing was guessed")', () => {
    expect(deadline('Application deadline: 15 January 2027 (AoE).')).toEqual(['2027-01-15T23:59-12:00', []]);
    expect(deadline('Application deadline: 15 January 2027, Anywhere on Earth.')).toEqual(['2027-01-15T23:59-12:00', []]);
    const r = posting('Fecha límite: 15 de febrero de 2027, a las 23:59 (hora de Madrid).');
    expect(r.profile.deadline).toBe('2027-02-15 23:59 Europe/Madrid');
  });
});

describe('Australian zones, closing-date labels and slashed US dates (audit #17)', () => {
  it('reads "AUS Eastern Daylight Time" and the Australian zone names as Australia\'s (before: a hint to write America/New_York)', () => {
    expect(deadline('Closing date: 20 January 2027 11:55 PM AUS Eastern Daylight Time')).toEqual(['2027-01-20 23:55 Australia/Sydney', []]);
    expect(deadline('Closing date: 20 January 2027 at 17:00 Australian Western Standard Time.')).toEqual(['2027-01-20 17:00 Australia/Perth', []]);
    expect(deadline('Closing date: 20 January 2027 at 17:00 AEDT.')).toEqual(['2027-01-20T17:00+11:00', []]);
  });

  it('never hints an American zone in an Australian sentence', () => {
    const [, reasons] = deadline('Closing date: 20 January 2027 11:55 PM, AUS time (Eastern Daylight Time).');
    expect((reasons as string[]).join(' ')).not.toContain('America/');
    expect((reasons as string[]).join(' ')).toContain('Australia/Sydney');
  });

  it('marks AEST on a summer date, when Sydney and Melbourne are at +11:00', () => {
    expect(deadline('Closing date: 20 January 2027 at 17:00 AEST.')).toEqual([
      '2027-01-20T17:00+10:00',
      ['"AEST" is read as +10:00, but on 2027-01-20 Sydney, Melbourne and Canberra is at +11:00: if the posting means the local time there, the deadline is an hour earlier; check which it means'],
    ]);
  });

  it('reads "Final date:" (the UC Recruit layout) as the closing date (before: no deadline was found)', () => {
    expect(deadline('Final date: Wednesday, Mar 31, 2027 at 11:59pm (Pacific Time)')).toEqual(['2027-03-31 23:59 America/Los_Angeles', []]);
    expect(deadline('The final date of the appointment is 31 December 2028.')[0]).toBeUndefined();
  });

  it('reads "Applications due 01/02/2027 at 5 p.m. Central." month first, as a US posting writes it, and marks it (before: no deadline was found)', () => {
    expect(deadline('Applications due 01/02/2027 at 5 p.m. Central.')).toEqual([
      '2027-01-02 17:00 America/Chicago',
      ['"01/02/2027" could be day/month or month/day; read as month/day, as the time zone is a US one'],
    ]);
    // Without a US zone, day first as before, and marked.
    expect(deadline('Applications due 01/02/2027 at 17:00 CET.')).toEqual(['2027-02-01T17:00+01:00', ['"01/02/2027" could be day/month or month/day; read as day/month']]);
  });
});

describe('open until filled and the reference (audit #15, #16)', () => {
  it('reads "will keep going until the spot is filled" and its family as open until filled (before: false)', () => {
    for (const s of [
      'I will start reviewing applications on 15 January 2027 and will keep going until the spot is filled.',
      'Applications will be considered until the post has been filled.',
      'We review applications until the role is filled.',
    ]) {
      expect(posting(s).profile.open_until_filled, s).toBe(true);
    }
    expect(posting('The position is filled for a period of two years.').profile.open_until_filled).toBe(false);
  });

  it('reads "(ref. BAP-2027-061)" and never takes "later" from "apply for this job no later than" (before: reference: later)', () => {
    const r = importPosting('Postdoc in Legal History (ref. BAP-2027-061)\n\nKU Leuven\n\nYou can apply for this job no later than January 31, 2027. Please upload a CV and a cover letter.\n');
    expect(r.profile.reference).toBe('BAP-2027-061');
    expect(importPosting('Postdoc\n\nYou can apply for this job no later than January 31, 2027. Please upload a CV.\n').profile.reference).toBeUndefined();
    expect(importPosting('Postdoc\n\nJob no. 4711. Please upload a CV.\n').profile.reference).toBe('4711');
  });
});
