/**
 * Importer audit round 19 (notes/audit-import-2026-12-07a.md), finding 1 and the zone marks of findings 6 and 10: a
 * period said with two verbs gives its closing date as the deadline, never the opening one, and a country's local time
 * names its zone. Each as a short posting in the audit's words and in a second wording or language.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (body: string, title = 'Position') => importPosting(`${title}\n\n${body}`, { today: '2026-12-07' });
const marks = (r: ReturnType<typeof read>) => r.review.filter((x) => x.path === 'deadline').map((x) => x.reason);

describe('the deadline of a period said with two verbs is its closing date (audit #1)', () => {
  it('reads "opens on 1 February 2027 and closes on 28 February 2027" as 28 February (before: 1 February, unmarked)', () => {
    const r = read('The call opens on 1 February 2027 and closes on 28 February 2027.\nApplicants must submit a CV, a list of publications and a research plan (max. 3 pages).');
    expect(r.profile.deadline).toBe('2027-02-28');
  });

  it('reads Spanish in capitals, "COMENZARÁ EL 1 DE ABRIL ... FINALIZARÁ EL 30 DE ABRIL DE 2027 A LAS 14:00 HORAS (HORA PENINSULAR)", with its time and zone', () => {
    const r = read('EL PLAZO DE PRESENTACIÓN DE SOLICITUDES COMENZARÁ EL 1 DE ABRIL DE 2027 Y FINALIZARÁ EL 30 DE ABRIL DE 2027 A LAS 14:00 HORAS (HORA PENINSULAR).\nLOS CANDIDATOS DEBERÁN PRESENTAR: CURRÍCULUM VITAE, CERTIFICADO ACADÉMICO Y CARTA DE MOTIVACIÓN.', 'CONTRATO PREDOCTORAL EN QUÍMICA');
    expect(r.profile.deadline).toBe('2027-04-30 14:00 Europe/Madrid');
  });

  it('reads the Spanish "COMENZARÁ EL DÍA 11 ... Y FINALIZARÁ EL DÍA 24 ..." of the audit as 24 September', () => {
    const r = read('EL PLAZO DE PRESENTACIÓN DE SOLICITUDES COMENZARÁ EL DÍA 11 DE SEPTIEMBRE DE 2027 Y FINALIZARÁ EL DÍA 24 DE SEPTIEMBRE DE 2027, AMBOS INCLUSIVE.');
    expect(r.profile.deadline).toBe('2027-09-24');
  });

  it('reads Swedish "startar den 17 juni ... senast den 5 oktober" as 5 October, its mark about that date\'s year', () => {
    const r = read('Ansökningsperioden startar den 17 juni och en fullständig ansökan skall vara Stiftelsen tillhanda senast den 5 oktober.\nBifoga CV.');
    expect(r.profile.deadline).toBe('2027-10-05');
    expect(marks(r).join(' | ')).toMatch(/"5 oktober\.?" has no year; assumed 2027/u);
  });

  it('reads German "beginnt am ... und endet am ..." (before: the opening date)', () => {
    expect(read('Die Bewerbungsfrist beginnt am 1. März 2027 und endet am 31. März 2027.\nBitte senden Sie einen Lebenslauf.').profile.deadline).toBe('2027-03-31');
  });

  it('marks a sentence that gives only the opening date, naming it, and takes the closing date said apart', () => {
    const only = read('Die Bewerbungsfrist beginnt am 1. März 2027.\nBitte senden Sie einen Lebenslauf.');
    expect(marks(only)[0]).toBe('the sentence gives when applications open ("1. März 2027"), not when they close: write the closing date the posting gives');
    const apart = read('The application period opens on 1 March 2027.\nThe deadline for applications is 31 March 2027.\nSend a CV.');
    expect(apart.profile.deadline).toBe('2027-03-31');
    expect(marks(apart)).toEqual([]);
  });
});

describe('a country\'s local time names its zone (audit #10, #6)', () => {
  it('reads "23:59 Dutch local time" as Europe/Amsterdam (before: unread, the mark suggesting Europe/London)', () => {
    const r = read('Apply no later than: 9 februari 2027 23:59 Dutch local time\nSend a CV.');
    expect(r.profile.deadline).toBe('2027-02-09 23:59 Europe/Amsterdam');
    expect(marks(r)).toEqual([]);
  });

  it('reads "17:00 German local time" as Europe/Berlin', () => {
    expect(read('Apply before 1 March 2027, 17:00 German local time. Send a CV.').profile.deadline).toBe('2027-03-01 17:00 Europe/Berlin');
  });

  it('suggests the zone of the place the posting names for a bare "local time" (before: Europe/London for a Helsinki post)', () => {
    const r = read('The deadline is 1 March 2027; all times are local time. The position is at the University of Helsinki. Send a CV.');
    expect(marks(r).join(' | ')).toContain('(2027-03-01T23:59 Europe/Helsinki)');
  });
});
