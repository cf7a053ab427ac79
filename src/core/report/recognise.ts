/**
 * Whether an existing file may be replaced by an output without being asked (`--force`): a PDF for `build`
 * (an earlier build, the common case), a report of packet's for `report -o`. Anything else (a LaTeX source
 * named by a slip of tab completion) is the user's, and is kept.
 */
import { describeNonPdf, pdfHeaderOffset } from '../inspect/sniff.js';
import type { WriteProblem } from '../file-problems.js';
import { hasBuiltRecord } from '../built-from.js';

/** How much of an existing file is read to tell: a report of any packet is far smaller. */
export const REPORT_MAX_BYTES = 2_000_000;

/**
 * Whether `text` is a report `packet` wrote: JSON with `ready` and `verdict`, or text or Markdown whose last line is
 * the verdict ("Ready to submit", "Not ready: ...", `**Ready ...**`).
 *
 * @example
 * isPacketReport('...\n\nNot ready: 1 item missing (CV)\n'); // true
 * isPacketReport('\\documentclass{article}'); // false
 */
export function isPacketReport(text: string): boolean {
  const t = text.trim();
  if (t.startsWith('{')) {
    try {
      const value = JSON.parse(t) as { ready?: unknown; verdict?: unknown } | null;
      return typeof value === 'object' && value !== null && typeof value.ready === 'boolean' && typeof value.verdict === 'string';
    } catch {
      return false;
    }
  }
  // eslint-disable-next-line no-control-regex
  const last = (t.split('\n').pop() ?? '').replace(/\u001b\[[0-9;]*m/g, '').replace(/^\*\*|\*\*$/g, '').trim();
  return /^(?:Ready|Not ready)\b/.test(last);
}

/**
 * Whether `text` is a text or Markdown report `packet` wrote and someone edited since (notes added after the
 * verdict, a line ticked): it still has the Markdown report's heading or the text report's status rows, and a verdict line.
 *
 * @example
 * isEditedReport('# Application checklist: Postdoc\n\n**Ready to submit**\n\n## My notes\n'); // true
 */
export function isEditedReport(text: string): boolean {
  const verdict = /^(?:\*\*)?(?:Ready|Not ready)\b/mu.test(text);
  const markdown = /^# Application checklist: /u.test(text.trimStart());
  const rows = /^ {2}(?:ok|missing|invalid|later|optional|conditional|direct|unread) {2,}\S/mu.test(text);
  return verdict && (markdown || rows);
}

/**
 * Why the file now at an output may not be replaced by `what` without --force, or undefined when it may: nothing
 * there, an empty file, a PDF a build wrote (for `build`: it carries the record of its inputs), a report (for
 * `report`). `head`: its first bytes, for a report up to one byte more than `REPORT_MAX_BYTES` (a file that long
 * is no report); for `build`, the whole file (the record may be anywhere in it).
 *
 * @example
 * replaceProblem(new TextEncoder().encode('\\documentclass{article}'), 'pdf'); // { kind: 'not-ours', what: 'pdf', found: 'a plain-text file' }
 */
export function replaceProblem(head: Uint8Array | undefined, what: 'pdf' | 'report'): WriteProblem | undefined {
  if (head === undefined || head.length === 0) return undefined;
  const isPdf = pdfHeaderOffset(head) >= 0;
  // A PDF no build wrote is the applicant's own document (`-o docs/teaching.pdf`, a slip of tab completion).
  if (what === 'pdf' && isPdf) return hasBuiltRecord(head) ? undefined : { kind: 'not-ours', what: 'packet', found: 'a PDF' };
  if (what === 'report' && !isPdf && head.length <= REPORT_MAX_BYTES) {
    const text = new TextDecoder().decode(head);
    if (isPacketReport(text)) return undefined;
    if (isEditedReport(text)) return { kind: 'edited-report' };
  }
  return { kind: 'not-ours', what, found: isPdf ? 'a PDF' : describeNonPdf(head) };
}
