import type { ItemReport } from '../validate/types.js';
import { formatDiagnostic, painter } from './diagnostic-line.js';
import type { Style } from './diagnostic-line.js';
import { buildAgain, forDisplay } from './model.js';
import type { Report } from './model.js';
import { conditionalAbsent, formatMb, pageRange, plural, showDirectionControls } from '../words.js';
import { lettersSentDirectly, sentDirectly } from '../schema/vocabulary.js';
import { capText } from '../catalogue.js';
import { refuseOptions } from '../options.js';

const statusStyle: Record<ItemReport['status'], Style> = { ok: 'ok', missing: 'error', invalid: 'error', later: 'info', optional: 'dim', conditional: 'dim', direct: 'info', unread: 'error' };

/**
 * The report as terminal text; `color` only when printing to a terminal and NO_COLOR is unset (without options: none).
 *
 * @example
 * process.stdout.write(renderText(report, { color: false }));
 */
export function renderText(given: Report, options: { color: boolean } = { color: false }): string {
  refuseOptions('renderText', options);
  const report = forDisplay(given);
  const paint = painter(options.color);
  const lines: string[] = [];
  const p = report.profile;
  if (p.title) {
    lines.push(paint(`${p.title}${p.organization ? ` — ${p.organization}` : ''}`, 'bold'));
    lines.push(describePosting(report));
    lines.push('');
    const width = Math.min(34, Math.max(...report.items.map((i) => i.title.length)));
    // As wide as the longest status shown ("conditional" is 11 letters), so the titles stay in one column.
    const statusWidth = Math.max(8, ...report.items.map((i) => i.status.length));
    for (const item of report.items) {
      const status = paint(item.status.padEnd(statusWidth), statusStyle[item.status]);
      const title = item.title.length > width ? `${item.title.slice(0, width - 1)}…` : item.title.padEnd(width);
      lines.push(`  ${status}  ${title}  ${describeItem(item)}`.trimEnd());
    }
  }
  if (report.diagnostics.length) {
    lines.push('');
    for (const d of report.diagnostics) lines.push(formatDiagnostic(d, paint));
  }
  if (report.notes.length) {
    lines.push('', 'Notes from the posting:');
    for (const n of report.notes) lines.push(`  - ${n}`);
  }
  if (report.build) {
    lines.push('', builtLine(report.build, (s) => s));
    const files = report.build.files ?? [];
    const width = Math.max(0, ...files.map((f) => fileName(f.file).length));
    for (const f of files) lines.push(`  ${fileName(f.file).padEnd(width)}  ${f.item} (${plural(f.pages, 'page')})`);
  }
  lines.push('', paint(report.verdict, report.ready ? 'ok' : 'error'));
  // The applicant's values in every line (a referee's name, a title): a direction override shown, not obeyed.
  return showDirectionControls(`${lines.join('\n')}\n`);
}

/**
 * The line that says what was built: the one PDF, or a `--separate` set (its files listed after it).
 *
 * @example
 * builtLine({ output: 'packet/', pages: 7, bytes: 104_000, files: [...] }, (s) => s); // 'Built 5 files in packet/: 7 pages, 0.10 MB'
 */
export function builtLine(build: NonNullable<Report['build']>, code: (s: string) => string): string {
  const what = build.files ? `${plural(build.files.length, 'file')} in ${code(build.output)}` : code(build.output);
  return `Built ${what}: ${plural(build.pages, 'page')}, ${formatMb(build.bytes)}${build.outOfDate ? ` (out of date: ${buildAgain(build.copyOf)})` : ''}`;
}

/** A set's file by its name alone (its folder is said once, in the line above). */
export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function describePosting(report: Report): string {
  const p = report.profile;
  const parts: string[] = [];
  // A value the import guessed is said to be one where it is shown: "deadline 2027-09-05 (guessed: check the posting)".
  const guess = (key: string): string => (p.guessed?.includes(key) ? ' (guessed: check the posting)' : '');
  if (p.deadline) parts.push(`deadline ${p.deadline}${p.open_until_filled ? ' (open until filled)' : ''}${guess('deadline')}`);
  else if (p.open_until_filled) parts.push('open until filled');
  const s = p.submission;
  parts.push(`${s.format === 'single-pdf' ? 'one PDF' : 'separate files'}${guess('submission')}`);
  if (s.max_mb) parts.push(`at most ${s.max_mb} MB`);
  if (s.max_pages) parts.push(`at most ${s.max_pages} pages`);
  const text = parts.join(' · ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** ` (3 pages)`, or with `pages:` ` (pages 1-3, 7 of 12)`; empty when the count is not known. */
function pagesOf(e: ItemReport['entries'][number]): string {
  if (e.selection !== undefined) return ` (pages ${e.selection}${e.filePages !== undefined ? ` of ${e.filePages}` : ''})`;
  return e.pages !== undefined ? ` (${e.pages} ${e.pages === 1 ? 'page' : 'pages'})` : '';
}

/** What was found for an item, in a few words: files and pages, words, links, referees, notes. */
export function describeItem(item: ItemReport): string {
  if (item.status === 'later') return item.later ? `later: ${item.later}` : 'to be sent later';
  if (item.status === 'direct') {
    // Asked later (only of the shortlisted): nothing to order before the deadline.
    const when = item.stage === 'later' ? '' : ': make sure it is sent before the deadline';
    return `${sentDirectly(item.sentBy ?? 'referees', item.stage, item.condition)}, not in your packet${when}${item.later ? ` (${item.later})` : ''}`;
  }
  if (item.status === 'missing') return `needed: ${item.accepts.join(' or ')}`;
  if (item.status === 'unread') return 'not read: it comes after the YAML error below';
  if (item.status === 'conditional' && item.entries.length === 0) return conditionalAbsent(item.condition ?? '');
  if (item.entries.length === 0) return item.stage === 'optional' ? 'optional, not included' : '';
  const parts = item.entries.map((e) => {
    if (e.form === 'file') return `${e.file}${pagesOf(e)}`;
    if (e.form === 'text') return `text (${e.words ?? 0} words)`;
    if (e.form === 'link') return `link ${e.link}`;
    const r = e.referee!;
    return `${r.name}${r.letter ? ` + letter${e.selection !== undefined ? pagesOf(e) : ''}` : ''}`;
  });
  let s = parts.join(', ');
  if (item.lettersSentBy) s += `; ${lettersSentDirectly(item.lettersSentBy, item.stage, item.condition)}`;
  // The JSON's `unchecked`, said on the row: "ok" alone would contradict the verdict's "check the warning".
  if (item.unchecked) s += `; limit of ${capText(item.limits)} not checked`;
  if (item.range) s += `  → ${pageRange(item.range.first, item.range.last)}`;
  return s;
}


