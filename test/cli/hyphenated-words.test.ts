/**
 * A PDF's words as a reader counts them (audit 25 F9): a word the typesetter hyphenated at a line's end ("distri-" /
 * "bution") is one word, not two, so a proposal within the cap is not told to cut words.
 */
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { cli, workspace } from '../helpers/workspace.js';

const PROFILE = (max: number) => `id: t
title: T
organization: U
deadline: 2030-01-01
language: en
submission: { format: single-pdf }
items:
  - { id: research_proposal, kind: research_plan, title: Research proposal, accepts: [file], max_words: ${max} }
`;

const MANIFEST = `profile: p.yaml
applicant: { name: Maria Schmidt, email: maria.schmidt@uni-heidelberg.de }
output: out.pdf
items:
  research_proposal: proposal.pdf
`;

/** One `drawText` a line, as a typesetter writes them, 46 lines a page. */
async function linesPdf(lines: readonly string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  let page = doc.addPage([595, 842]);
  let y = 800;
  for (const [i, line] of lines.entries()) {
    if (i > 0 && i % 46 === 0) [page, y] = [doc.addPage([595, 842]), 800];
    page.drawText(line, { x: 60, y, size: 10, font });
    y -= 16;
  }
  return doc.save({ useObjectStreams: false });
}

const NINE = Array.from({ length: 9 }, () => 'model').join(' ');

const validate = async (pdf: Uint8Array, max: number) => {
  const dir = workspace({ 'p.yaml': PROFILE(max), 'm.yaml': MANIFEST, 'proposal.pdf': pdf });
  const run = await cli(['validate', 'm.yaml', '--today', '2029-10-01'], { cwd: dir });
  return { ...run, limits: run.stdout.split('\n').filter((l) => l.includes(' limit.')) };
};

describe('words hyphenated at a line end in a PDF', () => {
  it('count once: 5 + 5 × 19 words with "distri-" / "bution" across each line pair are 100 words (before: 105, "Cut 6 words")', async () => {
    const lines = ['Research proposal by Maria Schmidt', ...Array.from({ length: 5 }, () => [`${NINE} distri-`, `bution ${NINE}`]).flat()];
    const run = await validate(await linesPdf(lines), 99);
    expect(run.limits).toEqual(['m.yaml:5:22 error limit.words  Research proposal has 100 words; the posting allows 99.  hint: Cut 1 word.']);
    expect(run.code).toBe(1);
  });

  it('count once on every page of a long proposal: 1,430 words with 75 broken across lines are within 1,500 (before: 1,505, Not ready)', async () => {
    const lines = ['Research proposal by Maria Schmidt', ...Array.from({ length: 75 }, () => [`${NINE} distri-`, `bution ${NINE}`]).flat()];
    const within = await validate(await linesPdf(lines), 1500);
    expect(within.limits).toEqual([]);
    expect(within.code).toBe(0);
    const over = await validate(await linesPdf(lines), 1429);
    expect(over.limits).toEqual(['m.yaml:5:22 error limit.words  Research proposal has 1,430 words; the posting allows 1,429.  hint: Cut 1 word.']);
  });

  it('keep a compound one word, and a dash, a capital or a number after the line end apart: "state-of-the-" / "art" is 1 word, "Max-" / "Planck" 2, "model -" / "bution" 2, "1990-" / "2000" 2', async () => {
    const run = await validate(await linesPdf(['a state-of-the-', 'art model', 'the Max-', 'Planck model -', 'bution in 1990-', '2000']), 1);
    // a, state-of-the-art, model, the, Max-, Planck, model, -(none), bution, in, 1990-, 2000
    expect(run.limits).toEqual(['m.yaml:5:22 error limit.words  Research proposal has 11 words; the posting allows 1.  hint: Cut 10 words.']);
  });
});
