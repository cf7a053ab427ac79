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

/** Re-verification 2026-12-07e: a company's letter backing a grant proposal was an item.sent-directly error with no way past it. */
describe('validate: a letter of support for a grant proposal, a US certificate, an Italian letter (re-verification 07e)', () => {
  const manifest = (title: string) => MANIFEST.replace('"Employment certificate"', `"${title}"`);
  const run = async (lines: string[], title: string) => {
    const dir = workspace({ 'profile.yaml': PROFILE, 'cv.pdf': await makePdf({ pages: 2 }), 'other.pdf': await linesPdf(lines), 'manifest.yaml': manifest(title) });
    return cli(['validate', 'manifest.yaml', '--today', '2027-01-20', '--strict'], { cwd: dir });
  };
  it.each([['Industry partner statement for grant'], ['Letter of support']])('a company backing a Horizon Europe proposal, titled "%s", is Ready, exit 0 (before: item.sent-directly, exit 1)', async (title) => {
    const r = await run(['Letter of support', '', 'Roboworks GmbH strongly supports the Horizon Europe proposal ROBOGRASP on tactile grasping.', 'We will provide test hardware and host two research visits during the project.', '', 'Sincerely,', 'Thomas Klein', 'CTO, Roboworks GmbH'], title);
    expect(r.stdout).toBe('Ready to submit (letters for Letters of recommendation sent directly by the referees)\n');
    expect(r.code).toBe(0);
  });
  it('a "Certificate of employment" closing "we would recommend her to any employer" is Ready, exit 0 (before: item.sent-directly)', async () => {
    const r = await run(['Certificate of employment', 'This is to certify that Ms. Aino Virtanen worked at our company as a robotics intern', 'from June to August 2022. She was reliable and skilled, and we would recommend her to any employer.', 'Sincerely,', 'Thomas Klein', 'Head of HR, Roboworks GmbH'], 'Certificate of employment');
    expect(r.stdout).toBe('Ready to submit (letters for Letters of recommendation sent directly by the referees)\n');
    expect(r.code).toBe(0);
  });
  it('a letter all in Italian signed by a referee is item.sent-directly at its line, exit 1 (before: Ready)', async () => {
    const r = await run(['Alla cortese attenzione della commissione,', 'scrivo per raccomandare Aino Virtanen, che ha svolto un periodo Erasmus nel mio gruppo.', 'Cordiali saluti,', 'Prof. Mikko Korhonen'], 'Attestato');
    expect(r.stdout).toMatch(/^manifest\.yaml:6:15 error item\.sent-directly {2}other\.pdf, given under Other documents, is a letter of recommendation/m);
    expect(r.code).toBe(1);
  });
  it('a letter signed "Mikko Juhani" for Prof. Mikko Juhani Korhonen is item.sent-directly (before: Ready)', async () => {
    const dir = workspace({
      'profile.yaml': PROFILE,
      'cv.pdf': await makePdf({ pages: 2 }),
      'other.pdf': await linesPdf(['To whom it may concern,', 'Aino spent six months in my group and I recommend her warmly for this position.', 'Sincerely,', 'Mikko Juhani']),
      'manifest.yaml': manifest('Note').replace('Prof. Mikko Korhonen', 'Prof. Mikko Juhani Korhonen'),
    });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2027-01-20', '--strict'], { cwd: dir });
    expect(r.stdout).toMatch(/error item\.sent-directly {2}other\.pdf, given under Other documents, is a letter of recommendation/);
    expect(r.code).toBe(1);
  });
});
