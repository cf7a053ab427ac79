/**
 * `node scripts/check-batch.mjs DIR`: the corpus README's mechanical checks of a new batch of real postings, run on a
 * batch made here (never a copy of a corpus posting but its address and one line, to show they are caught).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const script = join(root, 'scripts', 'check-batch.mjs');
// A development posting of the corpus: its address and a long line of it, as a helper might save the page again.
const [known = '', ...knownLines] = readFileSync(join(root, 'test/fixtures/postings/real/eu-phd-lyon-nsco-contract.txt'), 'utf8').split('\n');
const knownLine = knownLines.find((l) => l.trim().length > 60)?.trim() ?? '';

const ANNOTATION = (source: string, items: string): string => `source: ${source}\nposition: phd\ncountry: FI\nlanguage: en\nitems:\n${items}\nsubmission:\n  format: unknown\n`;

function batch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'batch-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const run = (dir: string): { status: number | null; lines: string[] } => {
  const r = spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
  return { status: r.status, lines: r.stdout.trim().split('\n').map((l) => l.replace(`${dir}/`, '')) };
};

describe('node scripts/check-batch.mjs', () => {
  it('passes a new posting with a valid annotation', () => {
    const dir = batch({
      'eu-phd-example-new-lab.txt': 'https://jobs.example.org/phd-123\nPhD position\nPlease send a CV and a cover letter.\n',
      'eu-phd-example-new-lab.yaml': ANNOTATION('https://jobs.example.org/phd-123', '  - kind: cv\n    stage: required\n  - kind: cover_letter\n    stage: required'),
    });
    expect(run(dir)).toEqual({ status: 0, lines: ['ok eu-phd-example-new-lab.txt'] });
  });

  it("names a page the corpus already holds under another slug, a line shared with it, and the annotation's mistakes; exits 1", () => {
    const dir = batch({
      'eu-phd-lyon-again.txt': `${known}\n${knownLine}\n`,
      'eu-phd-lyon-again.yaml': ANNOTATION(known.trim(), '  - kind: other\n    stage: required\n    what: annexes'),
      'eu-phd-bad-annotation.txt': 'https://jobs.example.org/phd-456\nPhD position\n',
      'eu-phd-bad-annotation.yaml': ANNOTATION('https://jobs.example.org/phd-4567', '  - kind: resume\n    stage: conditional\n  - kind: other\n    stage: required'),
    });
    expect(run(dir)).toEqual({
      status: 1,
      lines: [
        'PROBLEM eu-phd-bad-annotation.txt: source: differs from the first line; unknown kind resume; a conditional item without condition:; an other item without what:',
        "PROBLEM eu-phd-lyon-again.txt: its address is the corpus's eu-phd-lyon-nsco-contract.txt; shares a line with the corpus's eu-phd-lyon-nsco-contract.txt",
      ],
    });
  });

  it('refuses to run without a folder, with the usage', () => {
    const r = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: node scripts/check-batch.mjs DIR');
  });
});
