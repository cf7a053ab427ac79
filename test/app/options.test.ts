/** The library's options checked whole, as the CLI checks its flags (audit 12-07c F6; before, typos below the top level vanished). */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPacket } from '../../src/app/build.js';
import { checkManifest } from '../../src/app/check.js';
import { reportManifest } from '../../src/app/report.js';
import { makePdf } from '../helpers/make-pdf.js';
import { cli, docsProfile, workspace } from '../helpers/workspace.js';

async function folder(): Promise<string> {
  return workspace({ 'profile.yaml': docsProfile('p', 'Position'), 'manifest.yaml': 'profile: ./profile.yaml\napplicant: { name: Tiina Perho, email: test@examples.fi }\nitems:\n  docs: doc.pdf\n', 'doc.pdf': await makePdf() });
}

describe('buildPacket checks its options below the top level and their types', () => {
  it.each([
    [{ overrides: { cover: false, stmps: false } }, 'buildPacket does not know the option overrides.stmps; overrides knows cover, stamps, forms.'],
    [{ overrides: { forms: 'flaten' } }, 'buildPacket\'s overrides.forms should be one of keep, flatten, not "flaten".'],
    [{ strict: 'yes' }, 'buildPacket\'s strict should be true or false, not "yes".'],
    [{ separate: 'no' }, 'buildPacket\'s separate should be true or false, not "no".'],
    [{ force: 1 }, "buildPacket's force should be true or false, not 1."],
    [{ fit: { floorDpi: 120, bogus: 1 } }, 'buildPacket does not know the option fit.bogus; fit knows floorDpi, codec.'],
    [{ fit: { floorDpi: -5 } }, "buildPacket's fit.floorDpi should be at least 50 (below, no text stays readable), not -5."],
    [{ fit: { floorDpi: 120.5 } }, "buildPacket's fit.floorDpi should be a whole number of dots per inch, e.g. 120, not 120.5."],
    [{ sourceDateEpoch: 'abc' }, "buildPacket's sourceDateEpoch should be whole seconds since 1970 (what SOURCE_DATE_EPOCH holds), e.g. 1767225600 or '1767225600', not \"abc\"."],
    [{ sourceDateEpoch: '1.5e9' }, "buildPacket's sourceDateEpoch should be whole seconds since 1970 (what SOURCE_DATE_EPOCH holds), e.g. 1767225600 or '1767225600', not \"1.5e9\"."],
    [{ sourceDateEpoch: 1.5 }, "buildPacket's sourceDateEpoch should be whole seconds since 1970 (what SOURCE_DATE_EPOCH holds), e.g. 1767225600 or '1767225600', not 1.5."],
    [{ sourceDateEpoch: -1 }, "buildPacket's sourceDateEpoch should be whole seconds since 1970 (what SOURCE_DATE_EPOCH holds), e.g. 1767225600 or '1767225600', not -1."],
    [{ sourceDateEpoch: NaN }, "buildPacket's sourceDateEpoch should be whole seconds since 1970 (what SOURCE_DATE_EPOCH holds), e.g. 1767225600 or '1767225600', not NaN."],
    [{ sourceDateEpoch: true }, "buildPacket's sourceDateEpoch should be whole seconds since 1970 (what SOURCE_DATE_EPOCH holds), e.g. 1767225600 or '1767225600', not true."],
  ])('%j throws a UsageError naming the option and writes nothing', async (extra, message) => {
    const dir = await folder();
    const output = join(dir, 'out.pdf');
    await expect(buildPacket({ manifestPath: join(dir, 'manifest.yaml'), output, today: '2025-11-01', strict: false, now: new Date(), ...(extra as object) })).rejects.toThrow(message);
    expect(existsSync(output)).toBe(false);
  });

  it('good values still build, a blank sourceDateEpoch is no epoch, and a whole one dates the PDF', async () => {
    const dir = await folder();
    const base = { manifestPath: join(dir, 'manifest.yaml'), today: '2025-11-01', strict: true, now: new Date() };
    const a = await buildPacket({ ...base, output: join(dir, 'a.pdf'), overrides: { cover: false, stamps: false, forms: 'flatten' }, separate: false, force: false, sourceDateEpoch: ' ' });
    expect(a.built?.pages).toBe(1);
    await buildPacket({ ...base, output: join(dir, 'b.pdf'), sourceDateEpoch: '1767225600 ', fit: { floorDpi: 120 } });
    expect(Buffer.from(readFileSync(join(dir, 'b.pdf'))).toString('latin1')).toContain('/CreationDate (D:20260101000000');
  });

  it('a whole number of seconds dates the PDF as the same digits in a string do (re-verify 12-07c F6; before: refused as "not ... a string")', async () => {
    const dir = await folder();
    const base = { manifestPath: join(dir, 'manifest.yaml'), today: '2025-11-01', strict: true, now: new Date() };
    await buildPacket({ ...base, output: join(dir, 'n.pdf'), sourceDateEpoch: 1767225600 });
    await buildPacket({ ...base, output: join(dir, 's.pdf'), sourceDateEpoch: '1767225600' });
    expect(Buffer.from(readFileSync(join(dir, 'n.pdf'))).toString('latin1')).toContain('/CreationDate (D:20260101000000');
    expect(readFileSync(join(dir, 'n.pdf')).equals(readFileSync(join(dir, 's.pdf')))).toBe(true);
  });
});

describe('checkManifest and reportManifest check their options', () => {
  it('a misspelt key or a value of the wrong type throws a UsageError naming it (before: accepted, the verdict of other options)', async () => {
    const dir = await folder();
    const manifest = join(dir, 'manifest.yaml');
    await expect(checkManifest(manifest, { today: '2025-11-01', strcit: true } as never)).rejects.toThrow('checkManifest does not know the option strcit; it knows today, zone, isolate, forms, output, separate, sizeAfterBuild, cover, built, strict.');
    await expect(checkManifest(manifest, { today: '2025-11-01', built: 'no' } as never)).rejects.toThrow('checkManifest\'s built should be true or false, not "no".');
    await expect(reportManifest(manifest, { today: '2025-11-01', pfd: 'elsewhere.pdf' } as never)).rejects.toThrow('reportManifest does not know the option pfd; it knows today, zone, isolate, forms, output, separate, sizeAfterBuild, cover, strict, pdf.');
    await expect(reportManifest(manifest, { today: '2025-11-01', strict: 'yes' } as never)).rejects.toThrow('reportManifest\'s strict should be true or false, not "yes".');
    expect((await reportManifest(manifest, { today: '2025-11-01', strict: true, isolate: false })).report.ready).toBe(true);
    expect((await checkManifest(manifest, { today: '2025-11-01', built: false })).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('checkManifest({ strict }) judges as packet validate --strict does (re-verify 12-07e; before: "checkManifest does not know the option strict")', () => {
  it('a warning (a misspelt email) leaves it ready without strict and makes it not ready with it, as the CLI exits', async () => {
    const dir = await folder();
    const manifest = join(dir, 'manifest.yaml');
    expect((await checkManifest(manifest, { today: '2025-11-01', strict: true })).ready).toBe(true);
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('test@examples.fi', 'tiina@gmial.com'));
    const lax = await checkManifest(manifest, { today: '2025-11-01' });
    expect(lax.diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(['warning applicant.email-typo']);
    expect(lax.ready).toBe(true);
    expect((await checkManifest(manifest, { today: '2025-11-01', strict: false })).ready).toBe(true);
    expect((await checkManifest(manifest, { today: '2025-11-01', strict: true })).ready).toBe(false);
    expect((await cli(['validate', manifest, '--today', '2025-11-01', '--strict'])).code).toBe(1);
    expect((await cli(['validate', manifest, '--today', '2025-11-01'])).code).toBe(0);
    await expect(checkManifest(manifest, { today: '2025-11-01', strict: 'yes' } as never)).rejects.toThrow('checkManifest\'s strict should be true or false, not "yes".');
  });

  it('reportManifest gives the report\'s verdict as check.ready', async () => {
    const dir = await folder();
    const manifest = join(dir, 'manifest.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('test@examples.fi', 'tiina@gmial.com'));
    const { check, report } = await reportManifest(manifest, { today: '2025-11-01', strict: true, isolate: false });
    expect([check.ready, report.ready]).toEqual([false, false]);
  });
});
