/**
 * Product audit round 22 (notes/audit-2026-12-07c.md) F2: an employment certificate, a supervisor's "This letter is to
 * verify" confirmation of the degree and a "Certificate of Appreciation" were refused as letters of recommendation
 * (they say "her", close "Sincerely," and a Dr./Prof. signs): facts with no recommending word are a certificate.
 */
import { describe, expect, it } from 'vitest';
import { readsAsRecommendation } from '../../../src/core/validate/refused-letters.js';
import { nameParts } from '../../../src/core/validate/signer.js';

const reads = (lines: string[]) => readsAsRecommendation([lines.join('\n')], nameParts('Aino Virtanen'), ['Prof. Mikko Korhonen', 'Dr. Liisa Mäkelä']);
const employment = (heading: string[]) => [
  ...heading,
  'Aino Virtanen, born 12 March 1998, was employed by Acme Oy as a Machine Learning Engineer',
  'from 1 August 2022 to 31 July 2024 on a full-time permanent contract. Her duties included',
  'building the model evaluation pipeline, privacy reviews of products and mentoring junior engineers.',
  '',
  'Sincerely,',
  'Dr. Jussi Lehtonen',
  'Head of Data Science, Acme Oy',
];

describe('readsAsRecommendation: certificates are not letters (audit 22 F2)', () => {
  it.each([['EMPLOYMENT CERTIFICATE'], ['Certificate of employment'], ['Työtodistus'], ['Arbeitszeugnis']])(
    'an employment certificate headed "%s", signed by a titled stranger after "Sincerely,", is none (before: a letter)',
    (heading) => {
      expect(reads(employment([heading]))).toBe(false);
      expect(reads(employment(['Acme Oy', 'Helsinki, 31 July 2024', heading]))).toBe(false);
    },
  );

  it('"This letter is to verify that ...", below "To whom it may concern" and signed by a referee, is none (before: a letter)', () => {
    const lines = ['To whom it may concern,', 'This letter is to verify that Aino Virtanen has completed all requirements of the Doctoral', 'Programme at Tampere University. Her dissertation was examined in public on 12 December 2026.', '', 'Sincerely,', 'Prof. Mikko Korhonen', 'Supervisor, Tampere University'];
    expect(reads(lines)).toBe(false);
    expect(reads(lines.map((l) => l.replace('This letter is to verify', 'I hereby certify')))).toBe(false);
  });

  it('a "Certificate of Appreciation" for teaching, praise of the course in it, is none (before: a letter)', () => {
    expect(reads(['Certificate of Appreciation', 'The Faculty of Information Technology thanks Aino Virtanen for her teaching of the course', 'Privacy in Machine Learning in spring 2024, which students rated the best course of the year.', '', 'Sincerely,', 'Prof. Anna Lehto', 'Dean, Faculty of Information Technology'])).toBe(false);
  });

  it('a certificate heading over a letter that recommends her is still a letter', () => {
    expect(reads([...employment(['Employment certificate']).slice(0, -3), 'I recommend her warmly for the position.', 'Sincerely,', 'Dr. Jussi Lehtonen'])).toBe(true);
    expect(reads(['Arbeitszeugnis', 'Frau Aino Virtanen war vom 1. August 2022 bis 31. Juli 2024 bei uns beschäftigt.', 'Wir empfehlen sie ohne Vorbehalt.', 'Mit freundlichen Grüßen', 'Dr. Jussi Lehtonen'])).toBe(true);
  });

  it('"Certificate" in a letter\'s body, not its heading, changes nothing', () => {
    const account = ['Dear committee,', 'I have known Aino Virtanen for three years as her supervisor; she earned a certificate in teaching.', 'She designed the experiments of her thesis herself.', '', 'With warm regards,', 'Prof. Pekka Salo'];
    expect(reads(account)).toBe(true);
  });
});
