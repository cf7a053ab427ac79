/**
 * The lists of the bundled examples' samples (src/core/validate/samples.ts) against the files and texts the package
 * ships: a sample remade or a text changed without them would pass as another applicant's own again (audit 25 F12).
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { inspectInput } from '../../../src/core/inspect/inspect.js';
import { EXAMPLE_APPLICANTS, EXAMPLE_TEXTS, SAMPLE_FINGERPRINTS, SAMPLE_SCANS, SAMPLE_SENTENCE, exampleTextOf, isExampleApplicant } from '../../../src/core/validate/samples.js';

const repo = join(import.meta.dirname, '..', '..', '..');
const examples = readdirSync(join(repo, 'examples'));
const docs = examples.flatMap((e) => readdirSync(join(repo, 'examples', e, 'docs')).map((d) => join(repo, 'examples', e, 'docs', d)));
const manifests = examples.map((e) => parse(readFileSync(join(repo, 'examples', e, 'manifest.yaml'), 'utf8')) as { applicant: { name: string; email: string }; items: Record<string, unknown> });

describe('the samples of the bundled examples, as the package ships them', () => {
  it("every sample PDF's fingerprint and every scan's size and SHA-1 are listed, and nothing else", async () => {
    const prints = new Set<string>();
    const scans = new Map<number, string>();
    for (const file of docs) {
      const bytes = new Uint8Array(readFileSync(file));
      const facts = await inspectInput(bytes, {});
      if (facts.type === 'pdf') prints.add(facts.fingerprint ?? `${file}: no fingerprint`);
      else if (facts.type === 'png' || facts.type === 'jpeg') scans.set(bytes.length, createHash('sha1').update(bytes).digest('hex'));
    }
    expect([...SAMPLE_FINGERPRINTS].sort()).toEqual([...prints].sort());
    expect([...SAMPLE_SCANS].sort()).toEqual([...scans].sort());
  });

  it('scripts/make-examples.mjs writes the sentence the check looks for on every page', () => {
    const script = readFileSync(join(repo, 'scripts/make-examples.mjs'), 'utf8').replace(/'\s*\+\s*'/g, '');
    expect(script).toContain(SAMPLE_SENTENCE);
  });

  it("the examples' applicants and texts are those of their manifests", () => {
    expect(manifests.map((m) => m.applicant)).toEqual(EXAMPLE_APPLICANTS);
    const texts = manifests.flatMap((m) => Object.values(m.items).flatMap((v) => (typeof v === 'object' && v !== null && 'text' in v ? [String(v.text)] : [])));
    expect(texts.map((t) => t.trim())).toEqual(EXAMPLE_TEXTS.map((t) => t.text));
    for (const t of texts) expect(exampleTextOf(t)).toBe('Aino Virtanen');
  });

  it('an applicant is the example\'s own by name, case and spaces aside', () => {
    expect(isExampleApplicant({ name: ' aino  virtanen' })).toBe(true);
    expect(isExampleApplicant({ name: 'Maria Schmidt' })).toBe(false);
  });

  it("a text is the example's only for a whole sentence of eight words or more, not for a few of its words", () => {
    expect(exampleTextOf('She holds a BSc in mathematics and an MSc in computer science.')).toBeUndefined();
    expect(exampleTextOf('I grew up in Tampere, Finland. She has worked for two years on model evaluation at a Helsinki start-up, and wants to make machine learning systems whose privacy and robustness can be verified by others.')).toBe('Aino Virtanen');
  });
});
