/**
 * Findings 5, 6, 8 and 9 of the black-box audit of 2026-12-05 (round 6, audit14): a limit stated once for two
 * documents, a plain word taken for the job reference, a sentence about a document's template read as a second
 * document, and teaching evaluations read as a teaching statement. Each as a short posting in the audit's words or in
 * words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-05' });
const TAIL = '\n\nPlease send a CV and a cover letter by 1 May 2027.\n';

describe('the job reference must look like one, in every language (audit14 F6)', () => {
  it('takes no reference from a sentence that only uses the word (before: "doivent", "when", "bei", "altijd", "suivante")', () => {
    for (const line of [
      'Attention: Les lettres de référence doivent être enregistrées dans le système par les référents eux-mêmes.',
      'Please quote the job reference when applying.',
      'Bitte geben Sie die Kennziffer bei Ihrer Bewerbung an.',
      'Vermeld de referentie altijd bij uw sollicitatie.',
      "Merci d'indiquer la référence suivante dans votre courriel.",
      'Reference code Professor',
    ]) {
      expect(read(line + TAIL).profile.reference, line).toBeUndefined();
    }
  });

  it('still reads references with a digit or capitals, also after a label word that is not one', () => {
    expect(read('Job reference: ABC-123' + TAIL).profile.reference).toBe('ABC-123');
    expect(read('Kennziffer: WiMi-Physik' + TAIL).profile.reference).toBe('WiMi-Physik');
    expect(read('Reference number 4521' + TAIL).profile.reference).toBe('4521');
    expect(read('Les lettres de référence doivent être envoyées. Référence : MCF-2027-12' + TAIL).profile.reference).toBe('MCF-2027-12');
  });
});
