import { location, oneLine as markBreaks, withStop } from './diagnostic-line.js';
import { forDisplay } from './model.js';
import type { Report } from './model.js';
import { builtLine, describeItem, describePosting, fileName } from './text.js';
import { plural, showDirectionControls } from '../words.js';

/**
 * The report as a Markdown checklist, to paste into notes.
 *
 * @example
 * fs.writeFileSync('checklist.md', renderMarkdown(report));
 */
export function renderMarkdown(given: Report): string {
  const report = forDisplay(given);
  const p = report.profile;
  const out: string[] = [`# Application checklist: ${escape(p.title || report.manifest)}`, ''];
  if (p.title) {
    if (p.organization) out.push(`**${escape(p.organization)}**  `);
    out.push(`${describePosting(report)}`, '');
    for (const item of report.items) {
      const done = item.status === 'ok';
      const tag = item.status === 'ok' ? '' : ` — **${item.status}**`;
      // The status is in the tag already: "**later**: by post", not "**later**: later: by post".
      const what = describeItem(item).replace(/^later: /, '');
      out.push(`- [${done ? 'x' : ' '}] ${escape(item.title)}${tag}${what ? `: ${escape(what)}` : ''}`);
    }
  }
  if (report.diagnostics.length) {
    out.push('', '## Problems', '');
    for (const d of report.diagnostics) {
      const loc = location(d);
      out.push(`- ${loc ? `\`${loc}\` ` : ''}**${d.severity}** \`${d.code}\`: ${escapeMessage(markBreaks(withStop(d.message)))}${d.hint ? ` *Fix:* ${escapeMessage(markBreaks(withStop(d.hint)))}` : ''}`);
    }
  }
  if (report.notes.length) {
    out.push('', '## Notes from the posting', '');
    for (const n of report.notes) out.push(`- ${escape(n)}`);
  }
  if (report.build) {
    out.push('', builtLine(report.build, (s) => `\`${s}\``));
    if (report.build.files) out.push('', ...report.build.files.map((f) => `- \`${fileName(f.file)}\`: ${escape(f.item)} (${plural(f.pages, 'page')})`));
  }
  out.push('', `**${report.verdict}**`, '');
  // What no escape() reaches (the verdict, code spans) shows a direction override as well.
  return showDirectionControls(out.join('\n'));
}

function escape(s: string): string {
  // A direction override shown as its code point, as in every message, not obeyed by the viewer.
  return showDirectionControls(s).replace(/([\\*_[\]<>|`])/g, '\\$1');
}

/**
 * A message or hint as Markdown: its code spans (`title: Plan | <b>v2</b>`, the value to paste) kept as they are,
 * since a backslash inside one is shown, not read; the rest escaped, backticks inside a quoted value of the user's too.
 */
function escapeMessage(s: string): string {
  let out = '';
  let text = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const end = c === '`' && !quoted ? s.indexOf('`', i + 1) : -1;
    if (end < 0) {
      if (c === '"') quoted = !quoted;
      text += c;
      continue;
    }
    out += escape(text) + `\`${showDirectionControls(s.slice(i + 1, end))}\``;
    text = '';
    i = end;
  }
  return out + escape(text);
}
