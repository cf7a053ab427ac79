import { readPdfText } from '../../../src/io/pdf-text.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INSPECT_CODES } from '../../../src/core/inspect/findings.js';
import { inspectInput } from '../../../src/core/inspect/inspect.js';
import { CORPUS, corpusFiles, corpusMissing, readCorpus, repoRoot } from '../../helpers/corpus.js';

const missing = corpusMissing();
if (missing) console.log(`skipping corpus tests: ${missing}`);

describe.skipIf(missing !== undefined)('inspecting the shared corpus', () => {
  it('has an expected outcome for every file, and a file for every outcome', () => {
    expect(corpusFiles()).toEqual(Object.keys(CORPUS).sort());
  });

  for (const [file, expected] of Object.entries(CORPUS)) {
    it(`${file}: ${expected.what}`, async () => {
      const facts = await inspectInput(readCorpus(file), { fileName: file, countWords: expected.words !== undefined }, readPdfText);
      expect(facts.type).toBe(expected.type);
      expect(facts.pages).toBe(expected.pages);
      const got = facts.findings.map((f) => `${f.severity} ${f.code}`).sort();
      expect(got).toEqual([...expected.findings].sort());
      const hasError = facts.findings.some((f) => f.severity === 'error');
      expect(!hasError).toBe(expected.merges);
      // Only a mergeable PDF hands its parsed document on to the build.
      expect(facts.loaded !== undefined).toBe(expected.merges && facts.type === 'pdf');
      for (const f of facts.findings) {
        expect(INSPECT_CODES).toContain(f.code);
        // Plain sentences for applicants: no internal error text.
        expect(f.message).not.toMatch(/Error|undefined|instance of|offset=|line:\d|PDFDict|stack/);
        expect(f.hint?.length ?? 0).toBeGreaterThan(0);
      }
      if (expected.words) {
        expect(facts.words).toBeGreaterThanOrEqual(expected.words.min);
        if (expected.words.max !== undefined) expect(facts.words).toBeLessThanOrEqual(expected.words.max);
      }
    });
  }

  it('docs/corpus.md lists every file with the findings of the table', () => {
    const doc = readFileSync(join(repoRoot, 'docs', 'corpus.md'), 'utf8');
    for (const [file, expected] of Object.entries(CORPUS)) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${file}\``));
      expect(row, `docs/corpus.md has no row for ${file}`).toBeDefined();
      const cells = row!.split('|').map((c) => c.trim());
      // | file | what | outcome | findings | ...
      const codes = [...(cells[4] ?? '').matchAll(/`(file\.[a-z-]+)`/g)].map((m) => m[1]).sort();
      expect(codes, file).toEqual(expected.findings.map((f) => f.split(' ')[1]).sort());
      expect(cells[3], file).toMatch(expected.merges ? /^merges/ : /^rejected/);
    }
  });
});
