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

describe('a deadline time or zone in another sentence (audit #4)', () => {
  it('reads the time and zone of a sentence that refers back to the closing date (before: the date alone, "Nothing was guessed")', () => {
    expect(deadline('Closing date: 17 January 2027.\n\nApplications must be submitted by 23:59 (UK time) on the closing date.')).toEqual(['2027-01-17 23:59 Europe/London', []]);
    // Far from the date, "on the advertised closing date" still names it.
    expect(deadline('Closing Date: Sunday 17 January 2027\n\nWe are looking for a lecturer.\n\nMore guidance is online.\n\nApplications should be submitted by 23.59 (UK time) on the advertised closing date.')).toEqual([
      '2027-01-17 23:59 Europe/London',
      [],
    ]);
    expect(deadline('Sista ansökningsdag: 15 februari 2027\n\nAnsökan ska vara inkommen senast kl. 23:59 CET på sista ansökningsdagen.')).toEqual(['2027-02-15T23:59+01:00', []]);
    const r = posting('Closing date: 17 January 2027.\n\nApplications must be submitted by 23:59 (UK time) on the closing date.');
    expect(r.yaml).toContain('# from: "Applications must be submitted by 23:59 (UK time) on the closing date."');
  });

  it('reads the time of the next sentence about applications, marked with that sentence (before: the date alone, unmarked)', () => {
    const [value, reasons] = deadline('De sluitingsdatum is 9 februari 2027. Sollicitaties die na 23.59 uur (Nederlandse tijd) binnenkomen, nemen we niet in behandeling.');
    expect(value).toBe('2027-02-09 23:59 Europe/Amsterdam');
    expect(reasons).toEqual([
      'the time and zone were read ("23.59 uur (Nederlandse tijd)") from the sentence after the deadline, "Sollicitaties die na 23.59 uur (Nederlandse tijd) binnenkomen, nemen we niet in behandeling.", which does not name the closing date: check that they are the deadline\'s',
    ]);
  });

  it('marks what another sentence gives and cannot be read into the deadline, naming the sentence', () => {
    expect(deadline('Closing date: 17 January 2027 at 17:00.\n\nApplications must be submitted by 23:59 (UK time) on the closing date.')).toEqual([
      '2027-01-17T17:00',
      ['"Applications must be submitted by 23:59 (UK time) on the closing date." gives the closing date\'s time or zone, which was not read (it gives another time (23:59) than the deadline\'s (17:00)): write the deadline with them'],
    ]);
    expect(deadline('Closing date: 17 January 2027.\n\nApplications received after 17:00 Tokyo time on the closing date are not read.')[1]).toEqual([
      '"Applications received after 17:00 Tokyo time on the closing date are not read." gives the closing date\'s time or zone, which was not read (it names a time zone ("Tokyo time") that was not read): write the deadline with them',
    ]);
  });

  it('leaves a time in a later sentence with its own date, or not about applying, alone', () => {
    expect(deadline('Closing date: 17 January 2027.\n\nInterviews will be held at 10:00 on 3 March 2027.')).toEqual(['2027-01-17', []]);
    expect(deadline('Closing date: 17 January 2027.\n\nThe lab meets every Monday at 10:00.')).toEqual(['2027-01-17', []]);
  });
});

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

  it('reads Mexico\'s "(tiempo del Centro)", Chile\'s, Argentina\'s and French Canada\'s "heure de l\'Est" (audit-import 12-05i #7; before: 11:00 with no zone and no mark)', () => {
    expect(deadline('Fecha límite para solicitar: 6 de enero de 2027 a las 11:00 am (tiempo del Centro).')).toEqual(['2027-01-06 11:00 America/Mexico_City', []]);
    expect(deadline('Fecha límite: 15 de marzo de 2027, 17:00 (hora de Chile continental).')).toEqual(['2027-03-15 17:00 America/Santiago', []]);
    expect(deadline('Fecha límite: 15 de marzo de 2027, 17:00 (hora argentina).')).toEqual(['2027-03-15 17:00 America/Argentina/Buenos_Aires', []]);
    expect(deadline('Date limite : 15 mars 2027 à 17 h (heure de l’Est).')).toEqual(['2027-03-15 17:00 America/Toronto', []]);
    // A Latin American zone the table does not hold is still marked, not dropped.
    const [value, reasons] = deadline('Fecha límite: 15 de marzo de 2027, 17:00 (tiempo del Pacífico).');
    expect(value).toBe('2027-03-15T17:00');
    expect((reasons as string[]).join(' ')).toContain('a time zone not read');
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

  it('marks NZST on a New Zealand summer date, when Auckland is at +13:00 (audit-import 12-05i #10; before: +12:00, no mark)', () => {
    expect(deadline('Applications close on 12 March 2027 at 23:59 (NZST).')).toEqual([
      '2027-03-12T23:59+12:00',
      ['"NZST" is read as +12:00, but on 2027-03-12 New Zealand is at +13:00: if the posting means the local time there, the deadline is an hour earlier; check which it means'],
    ]);
    expect(deadline('Applications close on 12 July 2027 at 23:59 (NZST).')).toEqual(['2027-07-12T23:59+12:00', []]);
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

describe('a deadline zone in Finnish, Swedish, German and Dutch words (audit-import 12-05c #7)', () => {
  it('reads "paikallista Helsingin aikaa", "Helsingin aikaa" and "finsk tid" as Europe/Helsinki (before: no zone, no mark)', () => {
    expect(deadline('Hakuaika alkaa 2.4.2024 ja päättyy 22.4.2024 klo 23:59 paikallista Helsingin aikaa.')).toEqual(['2024-04-22 23:59 Europe/Helsinki', []]);
    expect(deadline('Hakuaika päättyy 22.4.2024 klo 23.59 Helsingin aikaa.')).toEqual(['2024-04-22 23:59 Europe/Helsinki', []]);
    expect(deadline('Sista ansökningsdag är 22 april 2024 kl. 23.59 finsk tid.')).toEqual(['2024-04-22 23:59 Europe/Helsinki', []]);
  });

  it('marks a local-time word the table cannot place, in the posting\'s language (before: no mark)', () => {
    for (const [text, words] of [
      ['Hakuaika päättyy 22.4.2024 klo 16.00 paikallista aikaa.', 'paikallista aikaa'],
      ['Hakuaika päättyy 22.4.2024 klo 16.00 Tampereen aikaa.', 'Tampereen aikaa'],
      ['Sista ansökningsdag är 22 april 2024 kl. 23.59 lokal tid.', 'lokal tid'],
      ['Bewerbungsschluss ist der 22. April 2024, 23:59 Uhr Ortszeit.', 'Ortszeit'],
      ['De deadline is 22 april 2024, 23.59 uur lokale tijd.', 'lokale tijd'],
      ['Date limite : 22 avril 2024 à 17h heure locale.', 'heure locale'],
    ]) {
      const [value, reasons] = deadline(text as string);
      expect(value).toMatch(/^2024-04-22T\d\d:\d\d$/);
      expect(reasons).toEqual([expect.stringContaining(`"${words}", a time zone not read`)]);
    }
  });

  it('marks such words elsewhere in the deadline\'s sentence too (before: no mark)', () => {
    expect(deadline('Bewerbungsschluss (Ortszeit): 22. April 2024, 12:00 Uhr.')[1]).toEqual([expect.stringContaining('the sentence names a time zone ("Ortszeit") that was not read')]);
    expect(deadline('Sista ansökningsdag (lokal tid): 22 april 2024 kl. 12.00.')[1]).toEqual([expect.stringContaining('("lokal tid")')]);
  });
});

describe('deadlines worded as a call period, an end of the call, or the competition deadline (audit-import 12-05c #10)', () => {
  it('reads them (before: "no deadline was found")', () => {
    expect(deadline('Ende der Ausschreibungsfrist bis: 17. September 2012.')).toEqual(['2012-09-17', []]);
    expect(deadline('Seuraava opiskeluoikeus haku on auki 28.8.2023 - 15.9.2023.')).toEqual(['2023-09-15', []]);
    expect(deadline('Haku on avoinna 28.8.–15.9.2023.')).toEqual(['2023-09-15', []]);
    expect(deadline('Ansökningsperioden är 28 augusti–15 september 2023.')).toEqual(['2023-09-15', []]);
    expect(deadline('Applicants must provide two reference letters by the competition deadline 11th April 2024, from persons who have had a role in their education.')).toEqual(['2024-04-11', []]);
  });

  it('a deadline for the letters alone is still not the application\'s', () => {
    expect(deadline('The deadline for reference letters is 20 April 2024.')[0]).toBeUndefined();
  });

  it('an internal date beside the official one and the application period is marked with both named', () => {
    const [value, reasons] = deadline('Fecha límite Fibao 09/11/2019\nFecha oficial 14/11/2019\n\nPresentación de solicitudes:\n\nDesde el 24/10/2019 00:00h hasta el 14/11/2019 14:00h (horario peninsular).');
    expect(value).toBe('2019-11-09');
    expect(reasons).toContainEqual('other dates are also called a deadline: "Fecha oficial 14/11/2019"; "Desde el 24/10/2019 00:00h hasta el 14/11/2019 14:00h (horario peninsular)."');
  });
});

describe('a time zone right after a date with no time (audit 12-05j #5)', () => {
  it('reads "1st March 2027 (GMT+2)" as the end of that day at +02:00, marked (before: the date alone, and a hint naming Europe/London)', () => {
    expect(deadline('Please submit your application by 1st March 2027 (GMT+2).')).toEqual([
      '2027-03-01T23:59+02:00',
      ['"1st March 2027 (GMT+2)" gives a time zone but no time: read as the end of that day there (23:59); check the posting\'s time'],
    ]);
    expect(deadline('Closing date: 15 January 2027 (UK time).')).toEqual([
      '2027-01-15 23:59 Europe/London',
      ['"15 January 2027 (UK time)" gives a time zone but no time: read as the end of that day there (23:59); check the posting\'s time'],
    ]);
    // Anywhere on Earth is the end of the day by definition: no mark.
    expect(deadline('Application deadline: 15 January 2027 (AoE).')).toEqual(['2027-01-15T23:59-12:00', []]);
  });
});

describe('a deadline in the sentence that also gives the format and size cap (audit 12-05l #8)', () => {
  it('is read, the size cap too (before: max_mb 10 and "no deadline was found")', () => {
    const long = posting('The application must be written in English and submitted as a single PDF file of no more than 10 MB through the online recruitment system by 31 January 2027 at 23:59 Finnish time.');
    expect([long.profile.deadline, long.profile.submission.max_mb]).toEqual(['2027-01-31 23:59 Europe/Helsinki', 10]);
    const reach = posting('Applications, as one PDF of at most 10 MB, must reach us by 31 January 2027.');
    expect([reach.profile.deadline, reach.profile.submission.max_mb]).toEqual(['2027-01-31', 10]);
    // "by" far from any verb of sending is no deadline: a report's date stays out.
    expect(deadline('The successful candidate will write a report on the project for the funding agency by 31 January 2027.')[0]).toBeUndefined();
  });
});
