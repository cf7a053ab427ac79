/**
 * Session 20 p24a: a referee's letter cut before its last page by a hand-written `pages:` ("1" of a 2-page letter
 * whose closing and signature are on page 2) was Ready, and the packet held a letter nobody signed.
 */
import { describe, expect, it } from 'vitest';
import { cutLetter } from '../../../src/core/validate/refused-letters.js';
import { nameParts } from '../../../src/core/validate/signer.js';
import { linesPdf, makePdf } from '../../helpers/make-pdf.js';
import { cli, workspace } from '../../helpers/workspace.js';

const PAGE_1 = [
  'Dear members of the selection committee,',
  'I am pleased to recommend Marco Rossi for the RTD-A position. Marco Rossi wrote his doctoral',
  'thesis under my supervision at Politecnico di Milano; his work was excellent, careful and original.',
  'He designed the experiments of his thesis himself and published them in two journal papers.',
];
const PAGE_2 = ['His teaching was praised by the students of both courses he gave with me.', 'I recommend him without reservation.', '', 'Sincerely,', 'Prof. Giulia Bianchi', 'Politecnico di Milano'];
const APPENDIX = ['List of publications of Marco Rossi', '1. Rossi, M. and Bianchi, G. Robust control of drones. IEEE Trans. 2025.'];

const PROFILE = `id: polimi-rtd
title: RTD-A in Computer Engineering
organization: Politecnico di Milano
deadline: 2027-02-01
submission: { format: separate-files, file_name: "{last}_{item}.pdf" }
items:
  - { id: cv, kind: cv, title: CV, accepts: [file] }
  - { id: refs, kind: references, title: Reference letters, accepts: [referee, letter], min: 1 }
  - { id: other, kind: other, title: Supporting documents, accepts: [file, letter], stage: optional }
`;
const MANIFEST = (pages: string) => `profile: ./p.yaml
applicant: { name: Marco Rossi, email: marco.rossi@polimi.it }
output: out/
items:
  cv: cv.pdf
  refs:
    - { name: Prof. Giulia Bianchi, email: giulia.bianchi@polimi.it, letter: { file: letter.pdf, pages: "${pages}" } }
`;

const ERROR =
  'manifest.yaml:7:105 error file.letter-cut  letter.pdf: `pages: "1"` leaves out page 2, where the letter closes ("Sincerely,") and is signed: the packet would hold the letter without its closing and signature.  hint: Take the letter\'s pages up to its signature: `pages: "1-2"`, or give the whole file without `pages:`; a letter over a page cap is the referee\'s to shorten.\n';

describe('a referee\'s letter cut by `pages:` before its closing and signature', () => {
  it('validate, build and report say so at the `pages:` value, an error (before: Ready, a letter nobody signed in the packet)', async () => {
    const dir = workspace({ 'p.yaml': PROFILE, 'manifest.yaml': MANIFEST('1'), 'cv.pdf': await makePdf({ pages: 1 }), 'letter.pdf': await linesPdf(PAGE_1, PAGE_2) });
    for (const cmd of ['validate', 'build', 'report']) {
      const run = await cli([cmd, 'manifest.yaml', '--today', '2027-01-20'], { cwd: dir });
      expect(run.stdout, cmd).toContain(ERROR);
      if (cmd !== 'build') expect(run.stdout, cmd).toContain('Not ready: 1 page selection to correct');
      else expect(run.stdout).toContain('Not built: fix the errors above first.');
      expect(run.code, cmd).toBe(1);
    }
  });

  it('a page left out that closes with "Thank you," a letter that reads as none, signed by no one: a warning, the packet still Ready', async () => {
    const pdf = await linesPdf(['Dear committee,', 'Please find the form of Politecnico di Milano attached, as the call asks.'], ['The form is signed by the office.', 'Thank you,']);
    const dir = workspace({ 'p.yaml': PROFILE, 'manifest.yaml': MANIFEST('1'), 'cv.pdf': await makePdf({ pages: 1 }), 'letter.pdf': pdf });
    const run = await cli(['validate', 'manifest.yaml', '--today', '2027-01-20'], { cwd: dir });
    expect(run.stdout).toContain('manifest.yaml:7:105 warning file.letter-cut  letter.pdf: `pages: "1"` leaves out page 2, where the letter closes ("Thank you,"): the packet would hold the letter without its closing.  hint: Take the letter\'s pages up to its signature: `pages: "1-2"`, or give the whole file without `pages:`; a letter over a page cap is the referee\'s to shorten.\n');
    expect(run.stdout).toContain("letter's last page");
    expect(run.code).toBe(0);
  });

  it('no alarm when the selection keeps the closing, leaves out an appendix after it, or a page it leaves out has no closing', async () => {
    const cases: [string, Uint8Array][] = [
      ['1-2', await linesPdf(PAGE_1, PAGE_2)],
      ['1-2', await linesPdf(PAGE_1, PAGE_2, APPENDIX)],
      ['1', await linesPdf([...PAGE_1, ...PAGE_2])],
      ['1', await linesPdf([...PAGE_1, ...PAGE_2], APPENDIX)],
      ['1', await linesPdf(PAGE_1, APPENDIX)],
    ];
    for (const [pages, pdf] of cases) {
      const dir = workspace({ 'p.yaml': PROFILE, 'manifest.yaml': MANIFEST(pages), 'cv.pdf': await makePdf({ pages: 1 }), 'letter.pdf': pdf });
      const run = await cli(['validate', 'manifest.yaml', '--today', '2027-01-20'], { cwd: dir });
      expect(run.stdout, pages).not.toContain('file.letter-cut');
      expect(run.stdout, pages).toMatch(/Ready to submit\n$/);
    }
  });

  it('a letter under an item that takes letters and files, cut so, is an error there too; a file there that is no letter is left alone', async () => {
    const manifest = (file: string) => `${MANIFEST('1-2')}  other:\n    - { file: ${file}, pages: "1" }\n`;
    const files = { 'p.yaml': PROFILE, 'cv.pdf': await makePdf({ pages: 1 }), 'letter.pdf': await linesPdf(PAGE_1, PAGE_2) };
    const dir = workspace({ ...files, 'manifest.yaml': manifest('support.pdf'), 'support.pdf': await linesPdf(PAGE_1.map((l) => l.replace('under my supervision', 'in my laboratory')), [...PAGE_2.slice(0, -2), 'Dr. Luca Verdi']) });
    const run = await cli(['validate', 'manifest.yaml', '--today', '2027-01-20'], { cwd: dir });
    expect(run.stdout).toContain('manifest.yaml:9:35 error file.letter-cut  support.pdf: `pages: "1"` leaves out page 2, where the letter closes ("Sincerely,") and is signed: the packet would hold the letter without its closing and signature.  hint: Take the letter\'s pages up to its signature: `pages: "1-2"`.\n');
    expect(run.code).toBe(1);
    const report = ['Annual report of the drone laboratory', 'The laboratory built four drones in 2025.'];
    const fine = workspace({ ...files, 'manifest.yaml': manifest('support.pdf'), 'support.pdf': await linesPdf(report, ['Thank you,', 'The laboratory staff']) });
    const ok = await cli(['validate', 'manifest.yaml', '--today', '2027-01-20'], { cwd: fine });
    expect(ok.stdout).not.toContain('file.letter-cut');
  });
});

describe('cutLetter: the reading', () => {
  const applicant = nameParts('Marco Rossi');
  const referees = ['Prof. Giulia Bianchi'];
  const text = (...pages: string[][]) => pages.map((p) => p.join('\n'));

  it('the page that closes it, the pages that keep it, and whether it is certainly a letter', () => {
    expect(cutLetter(text(PAGE_1, PAGE_2), [0], applicant, referees)).toEqual({ closing: 1, line: 'Sincerely,', keep: [0, 1], certain: true });
    // A letter of three pages cut after its first: both left-out pages are taken back.
    expect(cutLetter(text(PAGE_1, ['He also taught.'], PAGE_2), [0], applicant, referees)).toMatchObject({ closing: 2, keep: [0, 1, 2] });
    // A CV, then the letter cut after its first page: the letter's pages from where it opens.
    expect(cutLetter(text(['Curriculum vitae', 'Marco Rossi'], PAGE_1, PAGE_2), [0, 1], applicant, referees)).toMatchObject({ keep: [0, 1, 2], certain: true });
  });

  it('"Thank you," closing a page of a letter that reads as none, signed by no one: not certain (a warning in an item of letters)', () => {
    expect(cutLetter(text(['Dear committee,', 'Here is the form.'], ['Thank you,']), [0], applicant, referees)).toMatchObject({ certain: false });
  });

  it('none: a second letter opens before any closing, a scanned page, a selection that ends before its highest page, a letter signed on its kept page', () => {
    expect(cutLetter(text(PAGE_1, ['Dear committee,', ...PAGE_2]), [0], applicant, referees)).toBeUndefined();
    expect(cutLetter(text(PAGE_1, ['']), [0], applicant, referees)).toBeUndefined();
    expect(cutLetter(['', PAGE_2.join('\n')], [0], applicant, referees)).toBeUndefined();
    expect(cutLetter(text(PAGE_1, PAGE_2, PAGE_2), [1, 0], applicant, referees)).toBeUndefined();
    expect(cutLetter(text([...PAGE_1, 'Prof. Giulia Bianchi'], PAGE_2), [0], applicant, referees)).toBeUndefined();
  });
});
