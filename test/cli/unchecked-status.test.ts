/**
 * An item whose words could not all be counted under its cap: the text report's row, the Markdown checklist and the
 * JSON item (validate, report, build) say alike that its limit is not checked, as the verdict's "check the warning"
 * does (before: the JSON said `status: "ok"` beside `wordsUncounted: "some-pages"`, with nothing a script could test).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { makePdf, makePng } from '../helpers/make-pdf.js';
import { cli, TEST_BIO, TEST_MANIFEST, TEST_PROFILE, workspace } from '../helpers/workspace.js';

const TODAY = ['--today', '2025-10-01'];
const A4: [number, number] = [595.28, 841.89];

interface Item {
  id: string;
  status: string;
  wordsUncounted?: string;
  unchecked?: string[];
}

let dir: string;
beforeAll(async () => {
  // Page 1 typed, page 2 scanned: its count is a lower bound.
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage(A4).drawText('I am a doctoral researcher in privacy-preserving machine learning.', { x: 60, y: 700, size: 11, font });
  doc.addPage(A4).drawImage(await doc.embedPng(makePng()), { x: 60, y: 300, width: 400, height: 300 });
  const mixed = await doc.save();
  const profile = TEST_PROFILE.replace('max_words: 20', 'max_words: 20, max_chars: 900');
  dir = workspace({ 'profile.yaml': profile, 'cv.pdf': await makePdf({ pages: 2 }), 'plan.pdf': await makePdf({ pages: 3 }), 'mixed.pdf': mixed, 'manifest.yaml': TEST_MANIFEST.replace(`bio: { text: "${TEST_BIO}" }`, 'bio: mixed.pdf') });
});

const bio = (json: string): Item => (JSON.parse(json) as { items: Item[] }).items.find((i) => i.id === 'bio')!;

describe('an item whose cap is not checked', () => {
  it('is said so on its row, in the checklist and in every JSON item, beside the warning and the verdict', async () => {
    const text = await cli(['report', 'manifest.yaml', ...TODAY], { cwd: dir });
    expect(text.stdout).toContain('  ok        Short bio      mixed.pdf (2 pages); limit of 20 words and 900 characters not checked\n');
    expect(text.stdout).toContain('warning limit.unchecked');
    expect(text.stdout.trimEnd().split('\n').at(-1)).toBe('Ready to submit (1 item to send later; check the warning: unchecked limit in Short bio)');
    const md = await cli(['report', 'manifest.yaml', ...TODAY, '--format', 'md'], { cwd: dir });
    expect(md.stdout).toContain('- [x] Short bio: mixed.pdf (2 pages); limit of 20 words and 900 characters not checked\n');
    for (const argv of [['validate', '--format', 'json'], ['report', '--format', 'json'], ['build', '--json']]) {
      const r = await cli([argv[0]!, 'manifest.yaml', ...TODAY, ...argv.slice(1)], { cwd: dir });
      const item = bio(r.stdout);
      expect([item.status, item.wordsUncounted, item.unchecked], argv.join(' ')).toEqual(['ok', 'some-pages', ['max_words', 'max_chars']]);
    }
    // Counted in full, nothing to check: no `unchecked`.
    const cv = (JSON.parse((await cli(['report', 'manifest.yaml', ...TODAY, '--format', 'json'], { cwd: dir })).stdout) as { items: Item[] }).items.find((i) => i.id === 'cv')!;
    expect(cv.unchecked).toBeUndefined();
  });
});
