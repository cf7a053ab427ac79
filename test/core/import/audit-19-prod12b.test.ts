/**
 * Finding 7 of the black-box audit of 2026-12-06 (round 11, audit19): "Technische Universität München" cut to
 * "Technische Universität", and a line "Reference: HY-2026-331" not read as the reference.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-01' }).profile;
const TAIL = '\n\nBitte senden Sie Ihre Bewerbung mit Lebenslauf und Motivationsschreiben bis zum 31. März 2027.\n';

describe('the university\'s whole name, with its city (audit19 #7)', () => {
  it('keeps the city after Universität up to the comma, and builds the id from it (before: "Technische Universität", id "technische-...")', () => {
    const tum = read(`Wissenschaftliche*r Mitarbeiter*in im Bereich Maschinelles Lernen\nTechnische Universität München, Lehrstuhl für Datenschutz\nKennziffer: TUM-2027-044${TAIL}`);
    expect(tum.organization).toBe('Technische Universität München');
    expect(tum.id).toMatch(/^munchen-/);
    expect(read(`Doktorand*in Informatik\nFreie Universität Berlin, Institut für Informatik${TAIL}`).organization).toBe('Freie Universität Berlin');
  });

  it('leaves names that end with their noun, or that go on with "of", as they were', () => {
    expect(read(`Doctoral Researcher\nUniversity of Helsinki, Faculty of Arts${TAIL}`).organization).toBe('University of Helsinki');
    expect(read(`Doctoral Researcher\nAalto University, School of Science${TAIL}`).organization).toBe('Aalto University');
    expect(read(`Doktorand*in Informatik\nTechnische Universität, Lehrstuhl für Datenschutz${TAIL}`).organization).toBe('Technische Universität');
  });
});

describe('a line "Reference: ..." (audit19 #7)', () => {
  it('is the posting\'s reference when it has a digit (before: none; "Kennziffer:" was read)', () => {
    expect(read(`Doctoral Researcher\nUniversity of Helsinki, Faculty of Arts\n\nReference: HY-2026-331${TAIL}`).reference).toBe('HY-2026-331');
  });

  it('is not a referee or a sentence', () => {
    expect(read(`Doctoral Researcher\nUniversity of Helsinki\n\nReference: Prof. Aho${TAIL}`).reference).toBeUndefined();
    expect(read(`Doctoral Researcher\nUniversity of Helsinki\n\nReference: see the letters below${TAIL}`).reference).toBeUndefined();
  });
});
