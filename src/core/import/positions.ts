/**
 * Postings that offer several positions, each with its own documents or deadline ("Position 1: ... Deadline: 15
 * January. Position 2: ..."). A profile is one application: the importer reads them together, so the profile is
 * marked, naming the positions, for the applicant to keep the part of the one they apply for.
 */
import { findDates } from './dates.js';
import type { Draft } from './items.js';
import type { Line } from './markup.js';
import { findKindMentions, testAny } from './match.js';
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
  /** 0-based index of the line after the part. */
  end: number;
}

/**
 * A line that opens with a role and a colon ("PhD student: please send your CV ...", "**Postdocs**: Send a CV ...",
 * "For postdoc applicants: ..."): one position's part in running prose. The role is the part before the colon.
 */
const ROLE_LINE = /^(?:for |für |voor |för |pour (?:les )?|para )?(?:the )?([^:.;]{2,50}?)\s*:\s+\S/iu;

/** A reference in parentheses after a role ("Lecturer in Criminal Law (Ref. L-101):"), whose dot is no sentence end. */
const ROLE_REFERENCE = /\s*\((?:ref(?:erence)?|job|vacancy|post|position|id|kennziffer|kennzahl|referentie|vacature|diarienummer|dnr|réf)\b[^()]{0,30}\)/giu;

function roleOf(t: string): string | undefined {
  const m = ROLE_LINE.exec(t.replace(/\*\*|__/gu, '').replace(ROLE_REFERENCE, ''));
  const role = m?.[1];
  return role !== undefined && role.split(/\s+/u).length <= 5 && P.POSITION_HEADING.test(role) ? role.trim() : undefined;
}

/** The label's words up to its first parenthesis or sentence end, at most about 80 characters. */
function labelName(text: string): string {
  const role = roleOf(stripBullet(text).trim());
  if (role !== undefined) return role;
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
  return (isHeading(line) && P.POSITION_HEADING.test(t)) || roleOf(t) !== undefined;
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
    const text = stripBullet(lines[start]!.text).trim();
    // "PhD student: please send your CV ...": a role line in running prose is its part; it asks for documents itself.
    const roleLine = !P.POSITION_LABEL.test(text) && !isHeading(lines[start]!) && roleOf(text) !== undefined;
    const end = roleLine ? start + 1 : (starts[k + 1] ?? lines.length);
    const within = (i: number): boolean => i >= start && i < end;
    const deadline = sentences.some((s) => within(s.line) && testAny(P.DEADLINE_CUES, s.text) && findDates(s.text).some((d) => d.day !== undefined));
    const asks = !roleLine || testAny(P.REQUEST_CUES, text);
    return { name: labelName(lines[start]!.text), line: start, end, documents: asks && (itemLines.some(within) || (roleLine && findKindMentions(text).some((h) => !h.guess))), deadline };
  });
  // A label whose name is in another's is that position named again ("Lecturer" under the title "Lecturer/Senior
  // Lecturer/Professor"): the levels of one post, or its title and its heading.
  const names = parts.map((p) => p.name.toLowerCase());
  if (names.some((n, i) => names.some((m, j) => i !== j && m.includes(n)))) return [];
  return parts.filter((p) => p.documents || p.deadline).length >= 2 ? parts : [];
}

/**
 * The items only some positions ask for: for each item's index, the names of the positions whose part names its kind,
 * when not every part with documents does ("PhD student: ... your transcripts." / "Postdoctoral researcher: ... a
 * research statement").
 */
export function itemsOfSomePositions(parts: readonly PositionPart[], lines: readonly Line[], items: readonly Draft[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const withDocs = parts.map((p) => ({ p, end: p.end })).filter(({ p }) => p.documents);
  if (withDocs.length < 2) return out;
  const kindsOf = withDocs.map(({ p, end }) => new Set(lines.slice(p.line, end).flatMap((l) => findKindMentions(l.text).filter((h) => !h.guess).map((h) => h.kind))));
  items.forEach((d, i) => {
    if (d.kind === 'other') return;
    const asking = withDocs.filter((_, k) => kindsOf[k]?.has(d.kind));
    if (asking.length > 0 && asking.length < withDocs.length) out.set(i, asking.map(({ p }) => p.name));
  });
  return out;
}

/** The review reason for a profile read from a posting with several positions. */
export function positionsReason(parts: readonly PositionPart[]): string {
  const names = parts.map((p) => `"${p.name}"`).join('; ');
  const what = parts.filter((p) => p.deadline).length >= 2 ? 'documents and deadlines' : 'documents or deadline';
  return `the posting offers ${parts.length} positions (${names}), each with its own ${what}; this profile lists them together: keep only the items, deadline and reference of the position you apply for (each position needs a profile of its own)`;
}
