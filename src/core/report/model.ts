import type { Diagnostic } from '../diagnostics.js';
import { countBySeverity, isBlocking } from '../diagnostics.js';
import type { Profile } from '../schema/profile.js';
import type { ItemReport, ValidationResult } from '../validate/types.js';

/** What a report says, whatever its format. */
export interface Report {
  ready: boolean;
  verdict: string;
  manifest: string;
  profile: {
    id: string;
    title: string;
    organization?: string;
    deadline?: string;
    open_until_filled: boolean;
    submission: Profile['submission'];
  };
  items: ItemReport[];
  diagnostics: Diagnostic[];
  notes: string[];
  totals: ValidationResult['totals'];
  strict: boolean;
  /** Present after a build. */
  build?: { output: string; pages: number; bytes: number };
}

/**
 * Gather what the report shows, and decide the verdict.
 *
 * @example
 * const report = makeReport({ manifest: 'manifest.yaml', profile, result, strict: false });
 * report.verdict; // "Ready to submit" or "Not ready: 1 required item missing"
 */
export function makeReport(args: {
  manifest: string;
  profile?: Profile;
  result?: ValidationResult;
  diagnostics?: Diagnostic[];
  strict: boolean;
  build?: Report['build'];
}): Report {
  const { profile, result, strict } = args;
  const diagnostics = args.diagnostics ?? result?.diagnostics ?? [];
  const blocking = diagnostics.filter((d) => isBlocking(d, strict));
  const ready = blocking.length === 0 && profile !== undefined;
  return {
    ready,
    verdict: verdict(ready, result?.items ?? [], diagnostics, strict),
    manifest: args.manifest,
    profile: profile
      ? {
          id: profile.id,
          title: profile.title,
          ...(profile.organization ? { organization: profile.organization } : {}),
          ...(profile.deadline ? { deadline: profile.deadline } : {}),
          open_until_filled: profile.open_until_filled,
          submission: profile.submission,
        }
      : { id: '', title: '', open_until_filled: false, submission: { format: 'single-pdf' } },
    items: result?.items ?? [],
    diagnostics,
    notes: profile ? postingNotes(profile) : [],
    totals: result?.totals ?? { pages: 0, bytes: 0, estimatedPages: 0 },
    strict,
    ...(args.build ? { build: args.build } : {}),
  };
}

/**
 * The posting's notes, then when conditional items apply and what not to send, in plain sentences.
 *
 * @example
 * postingNotes(profile) // ['Language certificate: only if non-native speakers of English.', 'Do not send: a photo.']
 */
export function postingNotes(profile: Profile): string[] {
  const out = [...profile.notes];
  for (const item of profile.items) if (item.condition) out.push(`${item.title}: only ${/^(?:if|for|when|where|in case|only)\b/i.test(item.condition) ? '' : 'for '}${item.condition.replace(/^only\s+/i, '')}.`);
  for (const n of profile.not_wanted ?? []) out.push(`Do not send: ${n.what}.`);
  return out;
}

function verdict(ready: boolean, items: ItemReport[], diags: Diagnostic[], strict: boolean): string {
  if (ready) {
    const later = items.filter((i) => i.status === 'later').length;
    return later ? `Ready to submit (${later} ${later === 1 ? 'item' : 'items'} to send later)` : 'Ready to submit';
  }
  const parts: string[] = [];
  const missing = items.filter((i) => i.status === 'missing').length;
  const invalid = items.filter((i) => i.status === 'invalid').length;
  if (missing) parts.push(`${missing} required ${missing === 1 ? 'item' : 'items'} missing`);
  if (invalid) parts.push(`${invalid} invalid`);
  const counts = countBySeverity(diags);
  const itemErrors = diags.filter((d) => d.severity === 'error' && d.item).length;
  const otherErrors = counts.error - itemErrors;
  if (otherErrors > 0) parts.push(`${otherErrors} ${otherErrors === 1 ? 'error' : 'errors'}`);
  if (strict && counts.warning) parts.push(`${counts.warning} ${counts.warning === 1 ? 'warning' : 'warnings'} (--strict)`);
  return `Not ready: ${parts.length ? parts.join(', ') : 'see the problems above'}`;
}
