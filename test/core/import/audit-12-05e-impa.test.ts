/**
 * Deadlines, open-until-filled, the one-PDF rule, counts and limits that the black-box audit of 2026-12-05 (round 4,
 * audit10) found read wrong with no mark (findings 1, 2, 4, 5, 6 and 7), each as a short posting in the audit's
 * words or in words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const FRAME = 'Position: Doctoral Researcher\nEmployer: Institute of Example\n\nPlease send a CV and a cover letter.\n';
const read = (body: string) => importPosting(`${FRAME}${body}`, { today: '2026-12-05' });
const reasons = (body: string, path: string) => read(body).review.filter((x) => x.path === path).map((x) => x.reason).join(' | ');

describe('a whole hour written before the deadline date (audit10 F2)', () => {
  it('reads "a las 14 h. del", "à 12h le", "um 12 Uhr am" and "alle ore 12 del" (before: the date alone, unmarked)', () => {
    expect(read('El plazo de presentación de presolicitudes finaliza a las 14 h. del 21 de enero de 2027.').profile.deadline).toBe('2027-01-21T14:00');
    expect(read('El plazo finaliza a las 9 h. del 16 de febrero de 2027.').profile.deadline).toBe('2027-02-16T09:00');
    expect(read('Date limite : à 12h le 15 janvier 2027.').profile.deadline).toBe('2027-01-15T12:00');
    expect(read('Bewerbungsschluss ist um 12 Uhr am 15. Januar 2027.').profile.deadline).toBe('2027-01-15T12:00');
    expect(read('La domanda deve pervenire entro e non oltre le ore 12 del giorno 15 gennaio 2027.').profile.deadline).toBe('2027-01-15T12:00');
  });

  it('marks a bare hour it cannot place with the date', () => {
    expect(reasons('El plazo finaliza el 21 de enero de 2027 (oficina abierta hasta las 14 h).', 'deadline')).toMatch(/gives a time \("14 h"\) that was not read/);
  });
});
