import { contactsOnlyGiven, orderedItems } from '../parse/profile.js';
import type { Profile, ProfileItem } from '../schema/profile.js';
import { sentDirectly } from '../schema/vocabulary.js';
import { formsPhrase } from '../validate/forms.js';
import { oneLine } from '../words.js';
import { refuseOptions } from '../options.js';

/** The starter's placeholder values: validation flags any left in place, wherever (`manifest.placeholder`). */
export const PLACEHOLDER = {
  name: 'Your Name',
  email: 'you@example.org',
  refereeName: (i: number) => `Referee ${i} name`,
  refereeEmail: (i: number) => `referee${i}@example.org`,
  affiliation: 'University',
  relation: 'How they know you',
  phone: '+00 000 000 0000',
  position: 'Their position',
  text: 'Write it here.',
  link: 'https://...',
} as const;

/** Whether a value is one of the starter's placeholders (the later-note "Will be sent when asked." is a real note). */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  return (
    ([PLACEHOLDER.name, PLACEHOLDER.email, PLACEHOLDER.affiliation, PLACEHOLDER.relation, PLACEHOLDER.phone, PLACEHOLDER.position, PLACEHOLDER.text, PLACEHOLDER.link] as string[]).includes(v) ||
    /^Referee \d+ name$/.test(v) ||
    /^referee\d+@example\.org$/.test(v)
  );
}

export interface StarterOptions {
  /** How the manifest names the profile: a built-in id, or a path relative to the manifest. */
  profileRef: string;
  /** The `$schema` address for editors (a relative path or a URL). */
  schema: string;
}

/**
 * A starter manifest for a profile: every item with a comment giving its title, stage, accepted forms and
 * limits, and a placeholder to replace. Optional items are commented out.
 *
 * @example
 * writeFileSync('manifest.yaml', starterManifest(profile, { profileRef: 'aalto-tml-doctoral-2025', schema: '...' }));
 */
export function starterManifest(profile: Profile, options: StarterOptions): string {
  refuseOptions('starterManifest', options);
  const lines: string[] = [
    `# yaml-language-server: $schema=${options.schema}`,
    `# Application for: ${profile.title}${profile.organization ? `, ${profile.organization}` : ''}`,
    ...(profile.example ? [`# Example: ${profile.id} is a made-up posting, for trying the tool; a packet built on it is not for a real application.`] : []),
  ];
  if (profile.deadline || profile.open_until_filled) {
    lines.push(`# Deadline: ${profile.deadline ?? ''}${profile.open_until_filled ? `${profile.deadline ? ' ' : ''}(open until filled)` : ''}`);
  }
  lines.push(`# Submit: ${submitLine(profile.submission)}`);
  for (const note of profile.notes) lines.push(`# Note: ${note}`);
  const s = profile.submission;
  lines.push(
    '#',
    '# Replace each placeholder with your own file (paths are relative to this file), text, link or referees,',
    '# then run:  packet validate manifest.yaml   and, when it says ready:  packet build manifest.yaml',
    `profile: ${quote(options.profileRef)}`,
    'applicant:',
    `  name: ${PLACEHOLDER.name}`,
    `  email: ${PLACEHOLDER.email}`,
    outputLine(s),
    'items:',
  );
  for (const listed of orderedItems(profile)) {
    // Referees whose letters they send: their contacts are the applicant's to give, the letters only to arrange.
    const contacts = contactsOnlyGiven(listed);
    const item = contacts ?? listed;
    if (contacts && listed.sent_by) lines.push(`  # The letters for ${listed.title}: ${sentDirectly(listed.sent_by, listed.stage, listed.condition)}, not in your packet${listed.stage === 'later' ? '' : '; make sure they are sent before the deadline'}.`);
    // Sent by others: nothing to give, only something to arrange.
    if (item.sent_by) {
      lines.push(`  # ${item.title}: ${sentDirectly(item.sent_by, item.stage, item.condition)}, not in your packet${item.stage === 'later' ? '' : '; make sure it is sent before the deadline'}.`);
      continue;
    }
    lines.push(`  # ${describe(item)}`);
    const body = placeholder(item);
    // Asked only of some applicants ("Candidates whose first language is not English"): left out unless it applies.
    const prefix = item.stage === 'optional' || conditional(item) ? '  # ' : '  ';
    body.forEach((line, i) => lines.push(`${prefix}${i === 0 ? `${item.id}:${line ? ` ${line}` : ''}` : line}`));
  }
  // The profile's free text (a `|` block note, a title with a line break) stays inside its comment line: folded, as the cover folds it.
  return `${lines.map((line) => line.replace(/^(\s*)(.*)$/su, (_, indent: string, rest: string) => `${indent}${oneLine(rest)}`)).join('\n')}\n`;
}

/**
 * The starter's `output:`: a separate-files posting's build writes a folder (before: packet.pdf, built as packet/);
 * a posting that names its one PDF gets that name, and a pattern with the applicant's name is left to the build,
 * which fills it in (before: `output: packet.pdf`, which the next validate warned about, audit 25 F2).
 */
function outputLine(s: Profile['submission']): string {
  if (s.format === 'separate-files') return 'output: packet/';
  if (s.file_name === undefined) return 'output: packet.pdf';
  if (!s.file_name.includes('{')) return `output: ${quote(s.file_name)}`;
  return `# No output: line needed: the build names the PDF as the posting asks, ${s.file_name} with your name filled in.`;
}

/**
 * How to hand the packet in, for the header; a guess marked for review says so, never as a fact: a format the
 * posting does not state ("one PDF (to check: the posting does not say)"), else the marked values as a whole.
 */
function submitLine(s: Profile['submission']): string {
  const format = s.format === 'single-pdf' ? 'one PDF' : 'separate files';
  const caps = `${s.max_mb ? `, at most ${s.max_mb} MB` : ''}${s.max_pages ? `, at most ${s.max_pages} pages` : ''}`;
  if (!s.review) return `${format}${caps}`;
  // Without `source`, the format is the default the import filled in, not read from the posting.
  if (s.source === undefined) return `${format} (to check: the posting does not say)${caps}`;
  return `${format}${caps} (to check: marked for review in the profile)`;
}

/** A required item the posting asks for only from some applicants (its `condition`). */
function conditional(item: ProfileItem): boolean {
  return item.stage === 'required' && item.condition !== undefined && item.condition.trim() !== '';
}

function describe(item: ProfileItem): string {
  const stage = conditional(item) ? `required only if: ${(item.condition ?? '').replace(/^(?:only\s+)?(?:if|when)\s+/i, '')} (then remove the # below)` : item.stage;
  const parts = [item.title, item.stage === 'later' ? 'asked for at a later stage' : stage, `give ${formsPhrase(item.accepts).replace(/ \(`.*?`\)/g, '')}`];
  const limits: string[] = [];
  if (item.min !== undefined && item.max !== undefined && item.min === item.max) limits.push(`exactly ${item.min}`);
  else {
    if (item.min !== undefined && item.min > 1) limits.push(`at least ${item.min}`);
    if (item.max !== undefined) limits.push(`at most ${item.max}`);
  }
  if (item.max_pages) limits.push(`max ${item.max_pages} ${item.max_pages === 1 ? 'page' : 'pages'}`);
  if (item.max_pages_each) limits.push(`max ${item.max_pages_each} ${item.max_pages_each === 1 ? 'page' : 'pages'} each`);
  if (item.max_words) limits.push(`max ${item.max_words} words`);
  if (item.max_chars) limits.push(`max ${item.max_chars} characters`);
  if (item.max_mb) limits.push(`max ${item.max_mb} MB`);
  if (limits.length) parts.push(limits.join(', '));
  return parts.join(' — ');
}

/** The value lines for an item; the first is written after `id: `. */
function placeholder(item: ProfileItem): string[] {
  if (item.stage === 'later') return ['{ later: "Will be sent when asked." }'];
  const a = item.accepts;
  if (a.includes('referee')) {
    const n = Math.max(1, item.min ?? 1);
    const out = [''];
    for (let i = 1; i <= n; i++) {
      out.push(`  - name: ${PLACEHOLDER.refereeName(i)}`, `    email: ${PLACEHOLDER.refereeEmail(i)}`);
      // The details the posting asks of each referee (`contact:`), so validate's referee.missing-contact never surprises.
      if (item.contact?.includes('phone')) out.push(`    phone: ${PLACEHOLDER.phone}`);
      if (item.contact?.includes('position')) out.push(`    position: ${PLACEHOLDER.position}`);
      out.push(`    affiliation: ${PLACEHOLDER.affiliation}`, `    relation: ${PLACEHOLDER.relation}`);
      if (a.includes('letter')) out.push(`    # letter: docs/letter-${i}.pdf`);
    }
    return out;
  }
  if (a.includes('file') || a.includes('letter')) {
    const alt = a.includes('link') ? `   # or { link: "${PLACEHOLDER.link}" }` : a.includes('text') ? '   # or { text: "..." }' : '';
    return [`docs/${item.id.replace(/_/g, '-')}.pdf${alt}`];
  }
  if (a.includes('text')) return ['', '  text: |', `    ${PLACEHOLDER.text}`];
  if (a.includes('link')) return [`{ link: "${PLACEHOLDER.link}" }`];
  return ['docs/file.pdf'];
}

function quote(s: string): string {
  return /^[\w./-]+$/.test(s) ? s : JSON.stringify(s);
}
