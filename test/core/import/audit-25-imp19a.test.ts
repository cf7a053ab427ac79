/**
 * Dates that are not the deadline, and times and refusals left unread, that the audit of 2026-12-06 (round 12,
 * audit-import-2026-12-06h) found (findings 1, 11 and 12), each as a short posting in the audit's words or in words
 * of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const FRAME = 'Position: Doctoral Researcher\nEmployer: Institute of Example\n\nPlease send a CV and a cover letter.\n';
const read = (body: string) => importPosting(`${FRAME}${body}`, { today: '2020-01-05' });
const reasons = (body: string, path: string) => read(body).review.filter((x) => x.path === path).map((x) => x.reason).join(' | ');

describe('a date for obtaining the degree is no deadline (audit12 F1)', () => {
  it('writes no deadline for "coloro che conseguiranno il titolo di studio, in Italia o all\'estero, entro il 31 ottobre 2020" and says why (before: 2020-10-31, unmarked)', () => {
    const it1 = "La domanda di partecipazione potrà essere presentata anche da coloro che conseguiranno il titolo di studio, in Italia o all'estero, entro il 31 ottobre 2020.";
    expect(read(it1).profile.deadline).toBeUndefined();
    expect(reasons(it1, 'deadline')).toMatch(/is when a degree is to be obtained, not when to apply/);
  });

  it('does the same in French, Spanish, German and English', () => {
    for (const body of [
      "Les candidatures peuvent être déposées par ceux qui obtiendront leur diplôme, en France ou à l'étranger, avant le 31 octobre 2020.",
      'La solicitud podrá presentarse por quienes obtengan el título, en España o en el extranjero, antes del 31 de octubre de 2020.',
      'Bewerben können sich auch Personen, die ihren Abschluss bis zum 31. Oktober 2020 erwerben.',
      'Applications may also be submitted by those who will obtain their degree, in Germany or abroad, by 31 October 2020.',
    ]) {
      expect(read(body).profile.deadline, body).toBeUndefined();
      expect(reasons(body, 'deadline'), body).toMatch(/is when a degree is to be obtained/);
    }
  });

  it('still reads a deadline after a degree clause that names applying, and beside a degree-by sentence', () => {
    expect(read('Candidates who will complete their PhD may apply; applications must be submitted by 31 October 2020.').profile.deadline).toBe('2020-10-31');
    expect(read('Bewerbungsschluss ist der 31. Oktober 2020. Bewerben können sich auch Personen, die ihren Abschluss bis zum 31. Dezember 2020 erwerben.').profile.deadline).toBe('2020-10-31');
  });
});

describe('a time in parentheses after an application period\'s end (audit12 F11)', () => {
  it('reads "Hakuaikana 28.8.2024 - 13.9.2024 (klo 16.00)" as the deadline with its time (before: 2024-09-13 from another sentence, the time not named)', () => {
    const fi = 'Hakuaikana 28.8.2024 - 13.9.2024 (klo 16.00) voit hakea: tohtorikoulutusta.\nLue tarkemmat ohjeet alta ja hae viimeistään 13. syyskuuta 2024.';
    expect(read(fi).profile.deadline).toBe('2024-09-13T16:00');
    expect(reasons(fi, 'deadline')).toMatch(/gives the time \(16:00\) but no time zone/);
  });

  it('takes the time from a period about applying that ends on the deadline\'s day, and says so', () => {
    const en = 'Application period: 28.8.2024 - 13.9.2024 (at 5 pm).\nPlease apply by 13 September 2024.';
    expect(read(en).profile.deadline).toBe('2024-09-13T17:00');
    expect(reasons(en, 'deadline')).toMatch(/the time \(17:00\) was read from "Application period: 28\.8\.2024 - 13\.9\.2024 \(at 5 pm\)\.", which gives the same day with a time/);
  });

  it('does not take the time of another event on the deadline\'s day', () => {
    expect(read('The deadline is 13 September 2024.\nInterviews are held on 13.9.2024 at 10:00.').profile.deadline).toBe('2024-09-13');
  });
});

describe('Spanish refusals in the passive and in capitals (audit12 F12)', () => {
  const ES = 'Puesto: Investigador\nInstitución: Universidad de Ejemplo\n\nEnvíe su CV y una carta de motivación.\n';
  const notWanted = (body: string) => importPosting(`${ES}${body}`, { today: '2020-01-05' }).profile.not_wanted?.map((x) => x.kind) ?? [];
  it('reads "no deben enviarse" as a refusal, in capitals too (before: none)', () => {
    expect(notWanted('Las cartas de recomendación no deben enviarse.')).toEqual(['references']);
    expect(notWanted('LAS CARTAS DE RECOMENDACIÓN NO DEBEN ENVIARSE.')).toEqual(['references']);
    expect(notWanted('No se deben adjuntar cartas de recomendación.')).toEqual(['references']);
  });

  it('writes no not_wanted for "LA DOCUMENTACIÓN NO DEBE ENVIARSE AL CONACYT", which names no document, but one for a document named so', () => {
    // The packet goes to CONACYT, so what must not reach it stays out of the packet; "la documentación" names no kind.
    expect(notWanted('(LA DOCUMENTACIÓN NO DEBE ENVIARSE AL CONACYT. EL INVESTIGADOR DEBE CONSERVAR EL EXPEDIENTE.)')).toEqual([]);
    expect(notWanted('LOS CERTIFICADOS DE CALIFICACIONES NO DEBEN ENVIARSE AL CONACYT.')).toEqual(['transcript']);
  });
});
