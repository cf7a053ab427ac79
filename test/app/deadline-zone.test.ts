/**
 * The library's `zone` (audit 12-06g #4): `checkManifest` and `buildPacket` judge the deadline on that zone's
 * calendar and clock, as the CLI does on the computer's, and an unknown zone is a `UsageError`.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPacket, checkManifest, UsageError } from '../../src/index.js';
import type { Diagnostic } from '../../src/core/diagnostics.js';
import { makePdf } from '../helpers/make-pdf.js';
import { readPdf } from '../helpers/read-pdf.js';
import { cli, docsProfile, installedCli, workspace } from '../helpers/workspace.js';

const MANIFEST = 'profile: ./profile.yaml\napplicant: { name: Tiina Perho, email: test@examples.fi }\nitems:\n  docs: doc.pdf\n';

async function posting(deadline: string): Promise<string> {
  return workspace({ 'profile.yaml': docsProfile('p', 'Position').replace('deadline: 2030-01-01', `deadline: ${deadline}`), 'manifest.yaml': MANIFEST, 'doc.pdf': await makePdf() });
}

const line = (d: Diagnostic) => `manifest.yaml:${d.line}:${d.col} ${d.severity} ${d.code}  ${d.message}`;
/** The deadline lines of the library, as the CLI prints them (without the hints, which both take from one catalogue). */
async function library(dir: string, today: string, zone?: string): Promise<string[]> {
  const check = await checkManifest(join(dir, 'manifest.yaml'), { today, ...(zone !== undefined ? { zone } : {}) });
  return check.diagnostics.filter((d) => d.code.startsWith('deadline.')).map(line);
}
async function command(dir: string, now: Date, zone: string, today?: string): Promise<string[]> {
  const r = await cli(['validate', 'manifest.yaml', ...(today ? ['--today', today] : [])], { cwd: dir, now, zone });
  return r.stdout.split('\n').filter((l) => / deadline\./.test(l)).map((l) => l.replace(/ {2}hint: .*$/, ''));
}

describe('the library judges the deadline in its zone, as the CLI does in the computer\'s', () => {
  // 12:00 UTC on 6 December: already the 7th from UTC+12 on, still the 6th down to UTC-12.
  const instant = '2026-12-06T12:00:00.000Z';
  const now = new Date(instant);

  it('a date-only deadline on the zone\'s calendar, around the date line (before: "today" in every zone, judged on UTC\'s calendar)', async () => {
    const dir = await posting('2026-12-06');
    const today = 'manifest.yaml:1:10 info deadline.near  The deadline is today (2026-12-06).';
    const passed = 'manifest.yaml:1:10 error deadline.passed  The deadline (2026-12-06) passed 1 day ago.';
    const expected: Record<string, string> = {
      'Pacific/Kiritimati': passed,
      'Pacific/Auckland': passed,
      'Pacific/Tongatapu': passed,
      'Asia/Tokyo': today,
      'America/New_York': today,
      'Pacific/Pago_Pago': today,
      'Etc/GMT+12': today,
    };
    for (const [zone, said] of Object.entries(expected)) {
      expect(await library(dir, instant, zone), zone).toEqual([said]);
      // The CLI on a computer in that zone, on its own clock and with the same instant given as --today.
      expect(await command(dir, now, zone), zone).toEqual([said]);
      expect(await command(dir, now, zone, instant), zone).toEqual([said]);
    }
    // The installed command, its zone from TZ as on the auditor's computer.
    const installed = installedCli(['validate', 'manifest.yaml', '--today', instant], { cwd: dir, env: { TZ: 'Pacific/Kiritimati' } });
    expect(installed.stdout.split('\n')[0]?.replace(/ {2}hint: .*$/, '')).toBe(passed);
  });

  it('a deadline with a time: "your time" on the zone\'s clock, its summer time followed (before: only for zones at UTC+0)', async () => {
    const dir = await posting('2026-12-06 18:00 Europe/Berlin');
    const d = '2026-12-06 18:00 Europe/Berlin';
    const expected: Record<string, string> = {
      'America/New_York': `The deadline is today (${d}, 12:00 your time): 5 hours left.`,
      'Pacific/Kiritimati': `The deadline is today (${d}, 2026-12-07 07:00 your time): 5 hours left.`,
      'Pacific/Pago_Pago': `The deadline is today (${d}, 06:00 your time): 5 hours left.`,
      'Australia/Sydney': `The deadline is tomorrow (${d}, 2026-12-07 04:00 your time): 5 hours left.`,
    };
    for (const [zone, said] of Object.entries(expected)) {
      expect(await library(dir, instant, zone), zone).toEqual([`manifest.yaml:1:10 info deadline.near  ${said}`]);
      expect(await command(dir, now, zone), zone).toEqual(await library(dir, instant, zone));
      expect(await command(dir, now, zone, instant), zone).toEqual(await library(dir, instant, zone));
    }
    // Without a zone, a Z names no one's clock: no "your time".
    expect(await library(dir, instant)).toEqual([`manifest.yaml:1:10 info deadline.near  The deadline is today (${d}): 5 hours left.`]);
  });

  it('a today with a time and no offset is a time on the zone\'s clock, in the library and the CLI alike (audit 12-06h; before: the library read 23:30 as UTC, "passed 30 minutes ago" for 22:30 Berlin time)', async () => {
    const dir = await posting('2026-12-15 23:59 Europe/Berlin');
    const d = '2026-12-15 23:59 Europe/Berlin';
    const expected: Record<string, string> = {
      'Europe/Helsinki': `info deadline.near  The deadline is tomorrow (${d}, 2026-12-16 00:59 your time): 1 hour 29 minutes left.`,
      'America/New_York': `error deadline.passed  The deadline (${d}, 17:59 your time) passed 5 hours 30 minutes ago.`,
      UTC: `error deadline.passed  The deadline (${d}, 22:59 your time) passed 30 minutes ago.`,
    };
    for (const [zone, said] of Object.entries(expected)) {
      expect(await library(dir, '2026-12-15T23:30', zone), zone).toEqual([`manifest.yaml:1:10 ${said}`]);
      // The same wall-clock time written with the zone's offset, and the CLI on a computer there, say the same.
      expect(await command(dir, now, zone, '2026-12-15T23:30'), zone).toEqual(await library(dir, '2026-12-15T23:30', zone));
    }
    // Without a zone it is UTC's clock, as a Z is: no one's "your time".
    expect(await library(dir, '2026-12-15T23:30')).toEqual([`manifest.yaml:1:10 error deadline.passed  The deadline (${d}) passed 30 minutes ago.`]);
  });

  it('buildPacket refuses a deadline passed in its zone, and dates the cover on that calendar', async () => {
    const dir = await posting('2026-12-06');
    const manifestPath = join(dir, 'manifest.yaml');
    // Before: built, with a cover "Compiled 2026-12-07" for a deadline of the 6th said to be "today".
    const kiritimati = await buildPacket({ manifestPath, output: join(dir, 'k.pdf'), today: instant, zone: 'Pacific/Kiritimati', strict: false, now });
    expect(kiritimati.built).toBeUndefined();
    expect(kiritimati.diagnostics.filter((d) => d.code.startsWith('deadline.')).map(line)).toEqual(['manifest.yaml:1:10 error deadline.passed  The deadline (2026-12-06) passed 1 day ago.']);
    const pagoPago = await buildPacket({ manifestPath, output: join(dir, 'p.pdf'), today: instant, zone: 'Pacific/Pago_Pago', strict: false, now });
    expect(pagoPago.built?.path).toBe(join(dir, 'p.pdf'));
    expect((await readPdf(readFileSync(join(dir, 'p.pdf')))).pages[0]?.text).toContain('Compiled 2026-12-06');
  });

  it('an unknown zone throws the UsageError, before anything is read (before: accepted without a word)', async () => {
    const dir = await posting('2026-12-06');
    const message = 'zone names a time zone that does not exist: "Mars/Olympus"; write an IANA time zone name such as Europe/Helsinki or America/New_York (Intl.DateTimeFormat().resolvedOptions().timeZone gives this computer\'s), or leave zone out';
    const checked = await checkManifest('/nonexistent/manifest.yaml', { today: instant, zone: 'Mars/Olympus' }).catch((e: unknown) => e);
    expect(checked).toBeInstanceOf(UsageError);
    expect((checked as Error).message).toBe(message);
    const built = await buildPacket({ manifestPath: join(dir, 'manifest.yaml'), today: instant, zone: 'Mars/Olympus', strict: false, now }).catch((e: unknown) => e);
    expect(built).toBeInstanceOf(UsageError);
    expect((built as Error).message).toBe(message);
  });
});
