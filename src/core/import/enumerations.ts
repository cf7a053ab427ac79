/**
 * Lists written inline in one paragraph ("Applications must include: 1. a cover letter; 2. a CV; 3. a research
 * statement (max. 2 pages) and 4. the names of three referees."), split into an opening line and one list entry per
 * number, so that the rules of lists read them: the opening says what the list is (documents, duties, topics), and
 * each entry keeps its own limits and stage.
 */
import type { Line } from './markup.js';
import { testAny } from './match.js';
import { LIST_TRIGGERS, MONTHS } from './phrases.js';
import { toSentences } from './text.js';

/** How the numbers of an inline list are written: "(1)", "1)", "1.", "①". */
type Style = 'paren' | 'close' | 'dot' | 'circled';
/** What counts in them: digits, letters ("a) b)"), or Roman numerals ("i) ii)"). */
type Counter = 'digit' | 'letter' | 'roman';

interface Marker {
  /** Where the mark starts and ends in the line. */
  start: number;
  end: number;
  style: Style;
  /** The mark's label, lower case: "3", "c", "iii". */
  label: string;
}

/**
 * A candidate mark: after the line's start, a space or a separator (not inside a word: "Phase1)"), and before a space
 * and the entry's first word. Letters stop at "h" and Roman numerals at "x": "i)" is read by the mark before it.
 */
const MARK = /(?<=^|[\s:;,])(?:\((\d{1,2}|[a-h]|[ivx]{1,4})\)|(\d{1,2}|[a-h]|[ivx]{1,4})\)|(\d{1,2})\.)(?=\s+["'(\p{L}])|([\u2460-\u2473])(?=\s*["'(\p{L}])/giu;

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];

/** The count a label stands for under a counter, or undefined when it is not one of its labels. */
function valueOf(label: string, counter: Counter): number | undefined {
  if (counter === 'digit') return /^\d+$/u.test(label) ? Number(label) : undefined;
  if (counter === 'roman') return ROMAN.includes(label) ? ROMAN.indexOf(label) + 1 : undefined;
  return /^[a-h]$/u.test(label) ? label.charCodeAt(0) - 96 : undefined;
}

function markersOf(text: string): Marker[] {
  const out: Marker[] = [];
  for (const m of text.matchAll(MARK)) {
    // "① Application Form ② ...": circled digits (Japanese, Chinese and Korean forms) count 1 to 20.
    if (m[4] !== undefined) {
      out.push({ start: m.index, end: m.index + m[0].length, style: 'circled', label: String(m[4].charCodeAt(0) - 0x245f) });
      continue;
    }
    const style: Style = m[1] !== undefined ? 'paren' : m[2] !== undefined ? 'close' : 'dot';
    // "vom 1. März bis 2. April": German dates, not numbers of a list.
    const next = /^\s+(\p{L}+)/u.exec(text.slice(m.index + m[0].length))?.[1]?.toLowerCase() ?? '';
    if (style === 'dot' && next in MONTHS) continue;
    out.push({ start: m.index, end: m.index + m[0].length, style, label: (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase() });
  }
  return out;
}

/** The longest run of marks of one style counting 1, 2, 3 ... (or a, b, c; i, ii, iii) from the line's first "1". */
function chainOf(markers: readonly Marker[]): Marker[] {
  let best: Marker[] = [];
  markers.forEach((first, k) => {
    const counters: Counter[] = first.label === '1' ? ['digit'] : first.label === 'a' ? ['letter'] : first.label === 'i' ? ['roman'] : [];
    for (const counter of counters) {
      const chain = [first];
      for (const m of markers.slice(k + 1)) {
        if (m.style === first.style && valueOf(m.label, counter) === chain.length + 1) chain.push(m);
      }
      if (chain.length > best.length) best = chain;
    }
  });
  return best;
}

/** Words that join the last two entries ("; and 4."), dropped from the entry before them. */
const JOINER = /[\s,;]*(?:\b(?:and|as well as|plus|und|sowie|en|och|samt|ja|sekä|et|y|e|og|oraz)\b)?[\s,;]*$/iu;

/** "(1) a GRE score or (2) a writing sample": alternatives, not a list of things to send each. */
const ALTERNATIVE = /\b(?:or|oder|ou|o|of|eller|tai|lub|albo|nebo|oppure)\s*[,;]?\s*$/iu;

/** Parentheses opened before `at` and not closed: "(1. Creating ..., 2. Transforming ...)" is inside a bracket. */
function insideBracket(text: string, at: number): boolean {
  let depth = 0;
  for (const c of text.slice(0, at)) {
    if (c === '(') depth += 1;
    else if (c === ')') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/**
 * "gegebenenfalls a) Nachweise ..., b) eine Ablichtung ... sowie c) ...": an entry whose own points are lettered, split
 * into its short head and the points under it (the rules of nested lists then read them, "if applicable" as their case).
 */
function lettered(entry: string): { head: string; points: string[] } | undefined {
  const chain = chainOf(markersOf(entry).filter((m) => m.style !== 'dot'));
  const first = chain[0];
  if (chain.length < 2 || first === undefined || first.label !== 'a' || insideBracket(entry, first.start)) return undefined;
  const head = entry.slice(0, first.start).trim();
  if (head.split(/\s+/u).length > 6 || !/\p{L}/u.test(head)) return undefined;
  const points = chain.map((m, k) => `${entry.slice(m.start, chain[k + 1]?.start ?? entry.length).trim().replace(JOINER, '')}`);
  return { head, points };
}

/**
 * A plain line that holds a list written inline, split: its opening (ending in a colon, as a list's opening does),
 * one entry per number, and what follows the last entry's sentence as a line of its own. Other lines as they are.
 *
 * @example
 * splitEnumeration({ text: 'Send (1) a CV, (2) a cover letter (max. 1 page). Deadline: 1 May.', bullet: false, depth: 0, heading: 0, block: 0 }).map((l) => l.text)
 * // ['Send:', '(1) a CV', '(2) a cover letter (max. 1 page).', 'Deadline: 1 May.']
 */
export function splitEnumeration(line: Line): Line[] {
  if (line.heading > 0) return [line];
  const text = line.text;
  // "(2) Bewerbungen sind ... Der Bewerbung sind beizufügen: 1. ..., 2. ...": a numbered paragraph's own list starts after its colon.
  const from = line.bullet ? text.search(/[:：]\s/u) + 1 : 0;
  // "- ansøgningen skal mindst indeholde 1) ..., 2) ...": a bullet with no colon whose words open a list of documents.
  if (from < 0 || (line.bullet && from === 0 && !testAny(LIST_TRIGGERS, text.split(/(?:^|\s)\(?1[.)]\s/u)[0] ?? ''))) return [line];
  const chain = chainOf(markersOf(text).filter((m) => m.start >= from));
  const first = chain[0];
  if (chain.length < 2 || first === undefined || insideBracket(text, first.start)) return [line];
  const opening = text.slice(0, first.start).replace(/[\s,;–-]+$/u, '');
  if (!/\p{L}/u.test(opening)) return [line];
  // Only a top-level paragraph whose colon opens a list of documents: a bullet under an entry describes that entry.
  if (line.bullet && (line.depth > 0 || !testAny(LIST_TRIGGERS, opening))) return [line];
  const entries: string[] = [];
  for (const [k, m] of chain.entries()) {
    const next = chain[k + 1];
    const body = text.slice(m.end, next?.start ?? text.length).trim();
    if (next === undefined) {
      entries.push(body);
      break;
    }
    if (ALTERNATIVE.test(body)) return [line];
    // "5. a copy of your diploma. Shortlisted candidates will be asked for 6. ...": a new sentence leads to the next
    // number, so the list ended with this entry's sentence. A circled number is never written inside a sentence.
    if (m.style !== 'circled' && toSentences(body).length > 1 && !/[.;,:!?]$/u.test(body.replace(JOINER, '') || '.')) {
      chain.splice(k + 1);
      entries.push(text.slice(m.end).trim());
      break;
    }
    entries.push(body.replace(JOINER, ''));
  }
  // "Criteria (a) and (b) apply": marks named in a sentence, with no entry between them.
  if (chain.length < 2 || entries.some((e) => !/\p{L}{2}/u.test(e))) return [line];
  // The last entry ends with its first sentence; what follows ("Deadline: 1 May.") is the paragraph going on.
  const [last = '', ...after] = toSentences(entries.pop() ?? '');
  entries.push(last);
  const mark = (m: Marker): string => (m.style === 'paren' ? `(${m.label})` : m.style === 'close' ? `${m.label})` : `${m.label}.`);
  const plain = { depth: line.depth, heading: 0, block: line.block };
  // The entries one level under the paragraph: inside a numbered list of documents they describe the entry above.
  return [
    { ...plain, text: /[:：]$/u.test(opening) ? opening : `${opening}:`, bullet: line.bullet },
    ...entries.flatMap((e, k) => [
      { ...plain, depth: line.depth + 1, text: `${mark(chain[k] as Marker)} ${lettered(e)?.head ?? e}`, bullet: true, inline: true },
      ...(lettered(e)?.points ?? []).map((t) => ({ ...plain, depth: line.depth + 2, text: t, bullet: true, inline: true })),
    ]),
    ...(after.length > 0 ? [{ ...plain, text: after.join(' '), bullet: false }] : []),
  ];
}

/** Every line of a posting, lists written inline split into entries (`splitEnumeration`). */
export function splitEnumerations(lines: readonly Line[]): Line[] {
  return lines.flatMap(splitEnumeration);
}
