/**
 * Product audit round 22 (notes/audit-2026-12-07c.md) F2: an employment certificate under "Other documents" was an
 * item.sent-directly error (exit 1, no way past it) on a posting whose referees send their letters.
 */
import { describe, expect, it } from 'vitest';
import { linesPdf, makePdf } from '../helpers/make-pdf.js';
import { cli, workspace } from '../helpers/workspace.js';

const PROFILE = `id: lab-postdoc-2027
title: Postdoctoral Researcher in Privacy
organization: Tampere University
deadline: 2027-02-15
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - { id: other, kind: other, title: Other documents, stage: optional, accepts: [file], max: 5 }
  - { id: references, kind: references, title: Letters of recommendation, accepts: [referee, letter], sent_by: referees, min: 2 }
`;
const MANIFEST = `profile: ./profile.yaml
applicant: { name: Aino Virtanen, email: aino.virtanen@examples.fi }
items:
  cv: cv.pdf
  other:
    - { file: other.pdf, title: "Employment certificate" }
  references:
    - { name: Prof. Mikko Korhonen, email: mikko.korhonen@examples.fi }
    - { name: Dr. Liisa Mäkelä, email: liisa.makela@examples.fi }
`;

describe('validate: a certificate under Other documents (audit 22 F2)', () => {
  it('an employment certificate closed "Sincerely," and signed by a Dr. is Ready, exit 0 (before: item.sent-directly, exit 1)', async () => {
    const other = await linesPdf([
      'EMPLOYMENT CERTIFICATE',
      'Aino Virtanen, born 12 March 1998, was employed by Acme Oy as a Machine Learning Engineer',
      'from 1 August 2022 to 31 July 2024 on a full-time permanent contract. Her duties included',
      'building the model evaluation pipeline and privacy reviews of products.',
      '',
      'Sincerely,',
      'Dr. Jussi Lehtonen',
      'Head of Data Science, Acme Oy',
    ]);
    const dir = workspace({ 'profile.yaml': PROFILE, 'cv.pdf': await makePdf({ pages: 2 }), 'other.pdf': other, 'manifest.yaml': MANIFEST });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2027-01-20', '--strict'], { cwd: dir });
    expect(r.stdout).toBe('Ready to submit (letters for Letters of recommendation sent directly by the referees)\n');
    expect(r.code).toBe(0);
  });
});
