/**
 * Every corpus file the inspector accepts goes through the real assembler; the output is read back with pdf.js:
 * the pages are all there, their text survived (encrypted inputs included), and no script or launch action
 * made it through.
 */
import { describe, expect, it } from 'vitest';
import { assemble } from '../../../src/core/assemble/index.js';
import { inspectInput } from '../../../src/core/inspect/inspect.js';
import type { PlanPart } from '../../../src/core/plan/types.js';
import { makePlan, section } from '../assemble/fixtures.js';
import { CORPUS, corpusMissing, readCorpus } from '../../helpers/corpus.js';
import { activeContentNames, pageTexts, readablePages } from '../../helpers/corpus-read.js';

const missing = corpusMissing();
if (missing) console.log(`skipping corpus merge tests: ${missing}`);

const mergeable = Object.entries(CORPUS).filter(([, e]) => e.merges);

/** First, middle and last page: enough to see that content survived, cheap on long files. */
function samplePages(n: number): number[] {
  return [...new Set([1, Math.ceil(n / 2), n])];
}

describe.skipIf(missing !== undefined)('assembling every mergeable corpus file', () => {
  it('covers the files the table says merge', () => {
    expect(mergeable.length).toBe(36);
  });

  it('has an active-content check that finds scripts and launch actions in the inputs', () => {
    expect(activeContentNames(readCorpus('incr-update-sections.pdf'))).toContain('JS');
    expect(activeContentNames(readCorpus('launch-action.pdf'))).toContain('Launch');
  });

  for (const [file, expected] of mergeable) {
    it(`${file}: all ${expected.pages} page(s), text intact, no active content`, async () => {
      const bytes = readCorpus(file);
      const facts = await inspectInput(bytes, { fileName: file });
      const part: PlanPart =
        facts.type === 'pdf'
          ? { kind: 'pdf', title: file, source: file, bytes, ...(facts.loaded ? { loaded: facts.loaded } : {}) }
          : { kind: 'image', title: file, source: file, bytes, mime: facts.type === 'png' ? 'image/png' : 'image/jpeg' };
      const result = await assemble(makePlan([section('other', 'Corpus file', [part])], { options: { cover: true, stamps: false, forms: 'flatten' } }));

      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const range = result.ranges[0]!.parts[0]!;
      expect(range.lastPage - range.firstPage + 1).toBe(expected.pages);
      // An independent reader opens every page of the output.
      expect(await readablePages(result.bytes, 1000)).toBe(result.pageCount);

      if (facts.type === 'pdf') {
        const pages = samplePages(expected.pages!);
        // Text the input shows (when pdf.js can read the input at all) is on the same page of the output.
        const before = await pageTexts(bytes, pages).catch(() => undefined);
        // Encrypted inputs are the point of this check: their text must really be compared.
        if (file.startsWith('enc-owner')) expect(before?.[0]?.length).toBeGreaterThan(0);
        if (before) {
          const after = await pageTexts(
            result.bytes,
            pages.map((p) => range.firstPage + p - 1),
          );
          for (const [i, text] of before.entries()) expect(after[i], `page ${pages[i]}`).toContain(text.slice(0, 200));
        }
      }
      expect(activeContentNames(result.bytes)).toEqual([]);
    });
  }
});
