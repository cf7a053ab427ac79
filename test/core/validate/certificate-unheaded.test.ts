/**
 * Session 20 p24a: an employment certificate with no heading and no certifying words ("This is to certify"), closed
 * "Sincerely," and signed by a titled person, was read as a letter of recommendation (item.not-wanted where a
 * posting refuses letters). A period of employment and the duties, with no "I" of the writer, no tie and no praise, is one.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readsAsRecommendation } from '../../../src/core/validate/refused-letters.js';
import { nameParts } from '../../../src/core/validate/signer.js';
import { linesPdf, makePdf } from '../../helpers/make-pdf.js';
import { cli, workspace } from '../../helpers/workspace.js';

const reads = (lines: string[]) => readsAsRecommendation([lines.join('\n')], nameParts('Aino Virtanen'), ['Prof. Mikko Korhonen']);
const CERTIFICATE = [
  'Acme Oy, Helsinki',
  'Aino Virtanen, born 12 March 1998, was employed by Acme Oy as a Machine Learning Engineer',
  'from 1 August 2022 to 31 July 2024 on a full-time permanent contract. Her duties included',
  'building the model evaluation pipeline, privacy reviews of products and mentoring junior engineers.',
  '',
  'Sincerely,',
  'Dr. Jussi Lehtonen',
  'Head of Data Science, Acme Oy',
];

describe('readsAsRecommendation: an unheaded employment certificate', () => {
  it('a period of employment and duties, signed by a titled stranger after "Sincerely,": none (before: a letter)', () => {
    expect(reads(CERTIFICATE)).toBe(false);
    expect(reads(CERTIFICATE.map((l) => l.replace('Her duties included', 'Her responsibilities were')))).toBe(false);
  });

  it('still a letter: with the writer\'s "I", a tie to her, praise, or a recommending word', () => {
    expect(reads([...CERTIFICATE.slice(0, 4), 'I found her work careful and thorough.', ...CERTIFICATE.slice(4)])).toBe(true);
    expect(reads([...CERTIFICATE.slice(0, 4), 'She worked with me on two products.', ...CERTIFICATE.slice(4)])).toBe(true);
    expect(reads([...CERTIFICATE.slice(0, 4), 'Her work was excellent.', ...CERTIFICATE.slice(4)])).toBe(true);
    expect(reads([...CERTIFICATE.slice(0, 4), 'We recommend her for the position.', ...CERTIFICATE.slice(4)])).toBe(true);
  });
});

describe('validate, where the posting refuses letters of recommendation', () => {
  const PROFILE = `id: acme-ml
title: ML Engineer
organization: Example Oy
deadline: 2027-02-01
submission: { format: single-pdf }
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - { id: other, kind: other, title: Work certificates, accepts: [file] }
not_wanted:
  - { what: letters of recommendation, kind: references }
`;
  const MANIFEST = `profile: ./p.yaml
applicant: { name: Aino Virtanen, email: aino.virtanen@examples.fi }
output: packet.pdf
items:
  cv: cv.pdf
  other: certificate.pdf
`;
  it('the certificate passes (before: item.not-wanted "letters of recommendation", Not ready)', async () => {
    const dir = workspace({ 'p.yaml': PROFILE, 'manifest.yaml': MANIFEST, 'cv.pdf': await makePdf({ pages: 1 }), 'certificate.pdf': await linesPdf(CERTIFICATE) });
    const run = await cli(['validate', 'manifest.yaml', '--today', '2027-01-20'], { cwd: join(dir) });
    expect(run.stdout).not.toContain('item.not-wanted');
    expect(run.stdout).toMatch(/Ready to submit\n$/);
    expect(run.code).toBe(0);
  });
});
