import type { Diagnostic } from '../diagnostics.js';
import { showDirectionControls, withStop } from '../words.js';

export { withStop };

export function location(d: Diagnostic): string {
  if (!d.file) return '';
  return d.line ? `${d.file}:${d.line}:${d.col ?? 1}` : d.file;
}

/** `manifest.yaml:12:5 error limit.pages  Research plan has 7 pages; the posting allows 5.  hint: ...` */
export function formatDiagnostic(d: Diagnostic, paint: (s: string, style: Style) => string = (s) => s): string {
  const loc = location(d);
  const sev = paint(d.severity, d.severity);
  const head = [loc, sev, paint(d.code, 'dim')].filter(Boolean).join(' ');
  // A value quoted with a direction override (a referee's name) would print the rest of the line backwards.
  return showDirectionControls(`${head}  ${oneLine(withStop(d.message))}${d.hint ? `  ${paint('hint:', 'dim')} ${oneLine(withStop(d.hint))}` : ''}`);
}

/** A value quoted in a message may hold line breaks (a `|` block taken for a path): one line per problem, always. */
export function oneLine(text: string): string {
  return text.replace(/[ \t]*(?:\r\n?|\n)[ \t]*/g, ' ⏎ ');
}

export type Style = 'error' | 'warning' | 'info' | 'ok' | 'dim' | 'bold';

const ansi: Record<Style, [number, number]> = {
  error: [31, 39],
  warning: [33, 39],
  info: [36, 39],
  ok: [32, 39],
  dim: [2, 22],
  bold: [1, 22],
};

/** A function that colours text for a terminal, or leaves it alone. */
export function painter(color: boolean): (s: string, style: Style) => string {
  return color ? (s, style) => `\u001b[${ansi[style][0]}m${s}\u001b[${ansi[style][1]}m` : (s) => s;
}
