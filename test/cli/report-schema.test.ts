/**
 * The JSON report scripts read (`validate --format json`, `report --format json`, `build --json`) against the
 * schema shipped for them, `schemas/report.schema.json`: every key of real outputs is in it, so a field added to the
 * report without the schema fails here (and `tsc` fails when the report's types and its zod schema part).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { makePdf, makePng } from '../helpers/make-pdf.js';
import { cli, copyExample, TEST_BIO, TEST_MANIFEST, TEST_PROFILE, workspace } from '../helpers/workspace.js';

const root = join(import.meta.dirname, '..', '..');
const schema = z.fromJSONSchema(JSON.parse(readFileSync(join(root, 'schemas', 'report.schema.json'), 'utf8')) as Parameters<typeof z.fromJSONSchema>[0]);
const TODAY = ['--today', '2025-10-01'];

/** The report a command printed, checked against the shipped schema: the issues name the key and where it is. */
async function checked(argv: string[], cwd: string): Promise<Record<string, unknown>> {
  const r = await cli([...argv, ...TODAY], { cwd });
  const json = JSON.parse(r.stdout) as Record<string, unknown>;
  const result = schema.safeParse(json);
  expect(result.success ? [] : result.error.issues, argv.join(' ')).toEqual([]);
  return json;
}

/** A short bio of a typed page and a scanned one under a word cap: its words are not all counted (`unchecked`). */
async function mixedBio(): Promise<string> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595.28, 841.89]).drawText('I am a doctoral researcher in privacy-preserving machine learning.', { x: 60, y: 700, size: 11, font });
  doc.addPage([595.28, 841.89]).drawImage(await doc.embedPng(makePng()), { x: 60, y: 300, width: 400, height: 300 });
  return workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': await makePdf({ pages: 2 }), 'plan.pdf': await makePdf({ pages: 3 }), 'mixed.pdf': await doc.save(), 'manifest.yaml': TEST_MANIFEST.replace(`bio: { text: "${TEST_BIO}" }`, 'bio: mixed.pdf') });
}

describe('schemas/report.schema.json', () => {
  let complete: string;
  beforeAll(() => {
    complete = copyExample();
  });

  it('takes validate --format json of the incomplete example (missing items, errors)', async () => {
    const json = await checked(['validate', 'manifest.yaml', '--format', 'json'], copyExample('aalto-tml-incomplete'));
    expect(json.ready).toBe(false);
  });

  it('takes report --format json of the complete example, build --json, and the report after the build (page ranges, build)', async () => {
    expect((await checked(['report', 'manifest.yaml', '--format', 'json'], complete)).ready).toBe(true);
    expect(await checked(['build', 'manifest.yaml', '--json'], complete)).toHaveProperty('build.pages', 13);
    const after = await checked(['report', 'manifest.yaml', '--format', 'json'], complete);
    expect(after).toHaveProperty('items.0.range', { first: 2, last: 3 });
  });

  it('takes an item whose cap is not checked (`unchecked`) in all three commands', async () => {
    const dir = await mixedBio();
    for (const argv of [['validate', 'manifest.yaml', '--format', 'json'], ['report', 'manifest.yaml', '--format', 'json'], ['build', 'manifest.yaml', '-o', 'packet.pdf', '--json']]) {
      const json = (await checked(argv, dir)) as { items: { id: string; unchecked?: string[] }[] };
      expect(json.items.find((i) => i.id === 'bio')?.unchecked, argv[0]).toEqual(['max_words']);
    }
  });

  it('refuses a key it does not list, at the top and in an item: a field added to the report fails the test above', async () => {
    const json = JSON.parse((await cli(['report', 'manifest.yaml', '--format', 'json', ...TODAY], { cwd: complete })).stdout) as { items: Record<string, unknown>[] };
    expect(schema.safeParse({ ...json, extra: 1 }).success).toBe(false);
    expect(schema.safeParse({ ...json, items: [{ ...json.items[0], extra: 1 }] }).success).toBe(false);
  });
});
