/**
 * Dates the black-box audit of 2026-12-05 (round 5, audit12) found not read (finding 10) or read with a needless
 * mark (11): Czech, Slovak and Polish deadlines, times written after a comma ("no later than 1 PM (Italian time)"),
 * extended deadlines, ranges whose year is written once, and the deadline's day written again elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { findDates, importPosting } from '../../../src/core/import/index.js';
import { localTimeReason } from '../../helpers/import-reasons.js';

const read = (text: string) => importPosting(`probe\n\n${text}\n`, { today: '2026-12-05' });
const deadline = (text: string) => read(text).profile.deadline;
const marks = (text: string, path = 'deadline') =>
  read(text)
    .review.filter((r) => r.path === path)
    .map((r) => r.reason);
const values = (text: string) => findDates(text, { today: '2026-12-05' }).map((d) => d.value);

describe('Czech, Slovak and Polish deadlines (audit12 F10)', () => {
  it('reads "do 31. srpna 2018" after a verb of sending, in Czech, Slovak and Polish (before: no deadline)', () => {
    expect(deadline('Žádosti s přiloženým CV postdoka lze podávat na přiloženém formuláři do 31. srpna 2018 na veda@prf.jcu.cz')).toBe('2018-08-31');
    expect(deadline('Žiadosti posielajte do 31. augusta 2018 na adresu fakulty.')).toBe('2018-08-31');
    expect(deadline('Zgłoszenia należy składać do 31 sierpnia 2018 r.')).toBe('2018-08-31');
    expect(deadline('Přihlášky zasílejte do 31. 8. 2018.')).toBe('2018-08-31');
  });

  it('reads Slovak month names, "31. 8. 2018" with spaces, Austrian "Jänner" and short French and Dutch months (before: no date)', () => {
    expect(values('31. augusta 2018, 1. októbra 2018, 5. marec 2019')).toEqual(['2018-08-31', '2018-10-01', '2019-03-05']);
    expect(values('31. 8. 2018')).toEqual(['2018-08-31']);
    expect(values('15. Jänner 2027; 15 avr. 2027; 15 mrt 2027')).toEqual(['2027-01-15', '2027-04-15', '2027-03-15']);
  });

  it('reads Polish "nie później niż do 5 lipca", marked for its missing year (before: no deadline)', () => {
    const text = 'UWAGA: konieczna rejestracja kandydatów nie później niż do 5 lipca przez system rejestracji.';
    expect(deadline(text)).toBe('2027-07-05');
    expect(marks(text).join(' ')).toContain('has no year');
  });

  it('takes no deadline from a contract that runs "do" a date', () => {
    expect(deadline('Pozice je na dobu určitou do 31. 12. 2027.')).toBeUndefined();
    expect(deadline('Umowa na czas określony do 31 grudnia 2027 r.')).toBeUndefined();
  });
});

describe('a time written after the date and a comma (audit12 F10)', () => {
  it('reads "April 21st 2021, no later than 1 PM (Italian time)" and its kin (before: the whole day, marked for the time not read)', () => {
    expect(deadline('The application form must be completed online, before Wednesday, April 21st 2021, no later than 1 PM (Italian time), under penalty of exclusion.')).toBe('2021-04-21 13:00 Europe/Rome');
    expect(deadline('Deadline: 15 January 2027 at the latest by 12 noon UK time.')).toBe('2027-01-15 12:00 Europe/London');
    expect(deadline('Bewerbungsschluss: 15. Januar 2027, spätestens um 12 Uhr.')).toBe('2027-01-15T12:00');
    expect(deadline('Scadenza: 15 gennaio 2027, entro le ore 13 (ora italiana).')).toBe('2027-01-15 13:00 Europe/Rome');
    expect(deadline('Deadline: 15 January 2027; 23:59 Finnish time')).toBe('2027-01-15 23:59 Europe/Helsinki');
  });

  it('reads a whole hour after "kello", "klockan", "kl." and a zone named after a comma (before: the whole day; the zone not read)', () => {
    expect(deadline('Hakemukset on jätettävä viimeistään 15.1.2027 kello 16.')).toBe('2027-01-15T16:00');
    expect(deadline('Ansökan ska ha inkommit senast den 15 januari 2027, senast kl. 12.')).toBe('2027-01-15T12:00');
    expect(deadline('Ansökan ska ha inkommit senast den 15 januari 2027 klockan 23.59.')).toBe('2027-01-15T23:59');
    expect(deadline('Date limite : le 15 janvier 2027 à 12h00, heure de Paris.')).toBe('2027-01-15 12:00 Europe/Paris');
  });

  it('reads no zone from a lower-case word after a comma ("17h, et le dossier")', () => {
    expect(deadline('Date limite : le 15 janvier 2027 à 17h, et le dossier complet.')).toBe('2027-01-15T17:00');
  });
});

describe('a range whose year is written at its end (audit12 F11)', () => {
  it('gives the start of "between 1st March – 1st April 2024" the year 2024 (before: 2027, "no year; assumed 2027")', () => {
    const text = 'The projects will start ideally between 1st March – 1st April 2024.';
    expect(read(text).profile.start).toBe('2024-03-01');
    expect(marks(text, 'start')).toEqual([]);
    expect(values('between 1 March and 1 April 2024; 15 December – 15 January 2027; 1. März bis 15. April 2027')).toEqual([
      '2024-03-01',
      '2024-04-01',
      '2026-12-15',
      '2027-01-15',
      '2027-03-01',
      '2027-04-15',
    ]);
  });

  it('takes the end of "del 16 de gener al 10 de febrer de 2023" as the deadline, with its time and zone (before: 2027-01-16, assumed year)', () => {
    expect(deadline('Termini de presentació: del 16 de gener al 10 de febrer de 2023 a les 14 hores, hora de Barcelona.')).toBe('2023-02-10 14:00 Europe/Madrid');
    expect(deadline('Plazo de presentación: del 16 de enero al 10 de febrero de 2023.')).toBe('2023-02-10');
  });

  it('gives no year to the first of two dates joined by "and" alone', () => {
    expect(values('Interviews on 1 March and 1 April 2024')).toEqual(['2027-03-01', '2024-04-01']);
  });
});

describe('the deadline\'s day written again elsewhere (audit12 F10, F11)', () => {
  it('takes the year and time of "by midday 5 September 2022" for "due in on 5 September" (before: 2027-09-05, "no year; assumed 2027")', () => {
    const text = 'Applications should be submmited by midday 5 September 2022.\n\nStage 1 applications are due in on 5 September.';
    expect(deadline(text)).toBe('2022-09-05T12:00');
    expect(marks(text)).toEqual([localTimeReason('2022-09-05', '12:00')]);
  });

  it('does not call "the application deadline for the position, 1st March" another deadline beside "March 1st 2021" (before: marked)', () => {
    const text = 'The application deadline for call 1 is March 1st 2021.\n\nThis has to be done by the application deadline for the position, 1st March.';
    expect(deadline(text)).toBe('2021-03-01');
    expect(marks(text)).toEqual([]);
  });

  it('keeps the mark when the other sentence gives another day or another year', () => {
    expect(marks('The application deadline is March 1st 2021.\n\nLate applications: the deadline is 15 March.').join(' ')).toContain('other dates are also called a deadline');
    expect(marks('Stage 1 applications are due on 5 September.\n\nSuccessful applicants will be notified by 5 September 2022.').join(' ')).toContain('has no year');
  });
});
