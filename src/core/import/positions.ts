/**
 * Postings that offer several positions, each with its own documents or deadline ("Position 1: ... Deadline: 15
 * January. Position 2: ..."). A profile is one application: the importer reads them together, so the profile is
 * marked, naming the positions, for the applicant to keep the part of the one they apply for.
 */
import { findDates } from './dates.js';
import type { Draft } from './items.js';
import type { Line } from './markup.js';
import { testAny } from './match.js';
import * as P from './phrases.js';
import { isHeading, type Sentence } from './requirements.js';
import { stripBullet } from './text.js';

/** One position of a posting that offers several: its label and the lines of its part. */
export interface PositionPart {
  /** Its label, as the posting writes it ("Position 1: Doctoral student in single-cell genomics"). */
  name: string;
  /** 0-based index of the label's line. */
  line: number;
  /** The part asks for documents of its own. */
  documents: boolean;
  /** The part gives a deadline of its own. */
  deadline: boolean;
}

/** The label's words up to its first parenthesis or sentence end, at most about 80 characters. */
function labelName(text: string): string {
  const t = stripBullet(text)
    .replace(/^#+\s*/u, '')
    .split(/\s*\(|(?<=\p{L}{2})[.;](?:\s|$)/u)[0]!
    .trim();
  if (t.length <= 80) return t;
  const cut = t.lastIndexOf(' ', 80);
  return `${t.slice(0, cut > 40 ? cut : 80)}…`;
}

/** A line that opens a position's part: a numbered label, or a heading that starts with a role. */
function isLabel(line: Line): boolean {
  const t = stripBullet(line.text).replace(/^#+\s*/u, '').trim();
  if (P.POSITION_LABEL.test(t)) return true;
  return isHeading(line) && P.POSITION_HEADING.test(t);
}

/**
 * The positions of a posting that offers more than one, each with documents or a deadline of its own; empty when
 * it offers one (or several that share one application).
 *
 * @example
 * const lines = readPosting('Position 1: PhD student. Send a CV. Deadline: 15 January 2027.\n\nPosition 2: Postdoc. Send a CV and a research statement.').lines;
 * const { items, sentences } = readRequirements(lines);
 * positionParts(lines, sentences, items).map((p) => p.name) // ['Position 1: PhD student', 'Position 2: Postdoc']
 */
export function positionParts(lines: readonly Line[], sentences: readonly Sentence[], items: readonly Draft[]): PositionPart[] {
  const starts = lines.flatMap((l, i) => (isLabel(l) ? [i] : []));
  if (starts.length < 2) return [];
  const itemLines = items.flatMap((d) => {
    if (d.source === '') return [];
    // The whole source first: two parts may open their requests with the same words.
    let i = lines.findIndex((l) => l.text.includes(d.source));
    if (i < 0) i = lines.findIndex((l) => l.text.includes(d.source.slice(0, 60)));
    return i >= 0 ? [i] : [];
  });
  const parts = starts.map((start, k) => {
    const end = starts[k + 1] ?? lines.length;
    const within = (i: number): boolean => i >= start && i < end;
    const deadline = sentences.some((s) => within(s.line) && testAny(P.DEADLINE_CUES, s.text) && findDates(s.text).some((d) => d.day !== undefined));
    return { name: labelName(lines[start]!.text), line: start, documents: itemLines.some(within), deadline };
  });
  // A label whose name is in another's is that position named again ("Lecturer" under the title "Lecturer/Senior
  // Lecturer/Professor"): the levels of one post, or its title and its heading.
  const names = parts.map((p) => p.name.toLowerCase());
  if (names.some((n, i) => names.some((m, j) => i !== j && m.includes(n)))) return [];
  return parts.filter((p) => p.documents || p.deadline).length >= 2 ? parts : [];
}

/** The review reason for a profile read from a posting with several positions. */
export function positionsReason(parts: readonly PositionPart[]): string {
  const names = parts.map((p) => `"${p.name}"`).join('; ');
  const what = parts.filter((p) => p.deadline).length >= 2 ? 'documents and deadlines' : 'documents or deadline';
  return `the posting offers ${parts.length} positions (${names}), each with its own ${what}; this profile lists them together: keep only the items, deadline and reference of the position you apply for (each position needs a profile of its own)`;
}
