/**
 * Text plumbing for the importer: normalization, list marks, sentences, numbers.
 */
import { MONTHS, TIME_ZONES } from './phrases.js';

/**
 * Straight quotes, plain dashes and spaces, `\n` line ends, at most one blank line in a row.
 *
 * @example
 * normalizeText('Master\u2019s\u00a0degree \u2013 CV') // "Master's degree - CV"
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\t]/g, ' ')
    .replace(/\u2026/g, '...')
    .replace(/[\u200b\u00ad]/g, '')
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A list mark at the start of a line: a bullet or dash ("— a CV"), `1.`, `1°` (not "1º de abril"), `a)`, `(2)`, `(iv)`, `1 - ` before a capital. */
export const BULLET =
  /^(?:\d{1,2} [-–] (?=[A-ZÀ-ÖØ-Þ])|(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\s?[-–.)]\s+(?=[A-ZÀ-ÖØ-Þ])|(?:[-*•·▪◦‣●○■□➢►→—–]|\d{1,2}[.)](?!\d)|\d{1,2}[°º](?!\d| de )|[a-z][.)]|(?:ii|iii|iv|vi|vii|viii|ix|xi|xii)[.)]|\(\d{1,2}\)|\([a-z]\)|\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\))(?:\s+|(?=[A-Z]))|(?:\d{1,2}[.)．、]|[（(]\d{1,2}[)）]|[\u2460-\u2473])\s*(?=[\u3040-\u30ff\u4e00-\u9fff《「『【]))/; // CJK marks: "1．", "（1）", "①"

/**
 * Strips a leading bullet or list number.
 *
 * @example
 * stripBullet('- 1) Carry out research') // 'Carry out research'
 */
export function stripBullet(text: string): string {
  let t = text;
  // Job boards nest "- 1) ...": strip both marks.
  for (let i = 0; i < 2 && BULLET.test(t); i++) t = t.replace(BULLET, '');
  // An outline's sub-number ("3.2. Title."), which BULLET leaves alone so that a date ("1.10. Deadline") is no entry.
  return t.replace(/^\d{1,2}\.\d{1,2}\.?\s+(?=\p{Lu})/u, '');
}

const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'dr', 'prof', 'mr', 'mrs', 'ms', 'max', 'min', 'approx', 'incl', 'no', 'nr', 'vs', 'cf', 'dept',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'st', 'ph.d', 'm.sc', 'b.sc',
  'z.b', 'bzw', 'ca', 'u.a', 'esim', 'ns', 'univ', 'assoc', 'asst', 'pag', 'pág', 'págs', 'núm', 'tel',
]);

/** Abbreviations that end no clause but may end a sentence ("... a B.A. The position ..."): clauses only. */
const CLAUSE_ABBREVIATIONS = new Set(['resp', 'viz', 'esp', 'vol', 'pp', 'fig', 'inkl', 'evtl', 'ggf', 'usw', 'dvs', 'bl.a', 'n.b']);

/**
 * The full stop at `at` in `text` belongs to an abbreviation ("Ph.D.", "M.Sc.", "B.A.", "e.g.", "approx.", "Prof.")
 * or a number ("2.5"), so it ends no clause there.
 *
 * @example
 * isAbbreviationDot('their Ph.D. within two years', 12) // true
 */
export function isAbbreviationDot(text: string, at: number): boolean {
  if (text[at] !== '.') return false;
  // Inside a word ("Ph.D", "e.g", "2.5"): never an end.
  if (/[\p{L}\d]/u.test(text[at + 1] ?? '')) return true;
  const word = (/(\S+)$/u.exec(text.slice(0, at))?.[1] ?? '').replace(/^[("'[]+/u, '').toLowerCase();
  // "Ph.D.", "M.Sc.", "B.A.", "U.S.": letters with full stops between them.
  return ABBREVIATIONS.has(word) || CLAUSE_ABBREVIATIONS.has(word) || /^(?:\p{L}{1,3}\.)+\p{L}{1,4}$/u.test(word);
}

/** First words of the zones postings name ("UK" time, "GMT", "Central" European Time), and "local" time. */
const ZONE_FIRST_WORDS = new Set(['local', ...Object.keys(TIME_ZONES).map((k) => k.split(' ')[0] as string)]);

/**
 * Splits one line into sentences, not at abbreviations ("max. 1 page", "Prof. Smith") or inside dates.
 *
 * @example
 * toSentences('Send max. 1 page. Deadline 15. Januar 2026.') // ['Send max. 1 page.', 'Deadline 15. Januar 2026.']
 */
export function toSentences(line: string): string[] {
  const out: string[] = [];
  let start = 0;
  // "... or biography.Please note": a missing space after a full stop between two words still ends the sentence.
  const re = /[.!?](?:\s+|(?<=[a-zäöüå]{3}[.!?])(?=[A-ZÄÖÜÅ][a-zäöüå]{2,}))(?=["'(]?[A-ZÄÖÜÅ])|[。！？；](?=\s*\S)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const before = line.slice(start, m.index);
    const word = /(\S+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
    const nextWord = /^[\s"'(]*([\p{L}]+)/u.exec(line.slice(m.index + 1))?.[1] ?? '';
    const next = nextWord.toLowerCase();
    // "15. Januar" is a German ordinal date, not the end of a sentence.
    // "(1. Creating ..., 2. Transforming ...)": numbers of an inline list, not ends of sentences.
    // A number ends a sentence only as the day of a date ("due by March 15. Start ...").
    const prevWord = /(\S+)\s+\S+$/.exec(before)?.[1]?.toLowerCase().replace(/[.,]$/, '') ?? '';
    const enumerated = /^\(?\d{1,2}$/.test(word) && !(prevWord in MONTHS);
    // "11:59 p.m. UK time", "5 p.m. ET", "5 p.m. HST": the zone belongs to the time, and the deadline's sentence
    // goes on; a capitalised abbreviation ending in T is taken for a zone even when the tables do not know it. The
    // time may be written onto the mark ("2:00p.m. (Eastern Time)") or be an hour ("17 Uhr. MEZ", "17:00 hrs. CET").
    const zoned = /^\(?(?:\d{1,2}(?:[:.]\d{2})?)?(?:[ap]\.m|hrs?)$|^\(?\d{1,2}(?:[:.]\d{2})?h$|^uhr$/.test(word)
      && (ZONE_FIRST_WORDS.has(next) || /^[A-Z]{1,4}T$/.test(nextWord));
    // "(max. 10.000 Zeichen inkl. Leerzeichen)": a clause abbreviation inside an open parenthesis ends no sentence.
    const bracketed = CLAUSE_ABBREVIATIONS.has(word.replace(/^[("']/, '')) && before.lastIndexOf('(') > before.lastIndexOf(')');
    if (ABBREVIATIONS.has(word.replace(/^[("']/, '')) || /^[a-z]$/i.test(word) || enumerated || zoned || bracketed || (/^\d{1,2}$/.test(word) && next in MONTHS)) continue;
    out.push(line.slice(start, m.index + 1).trim());
    start = m.index + m[0].length;
  }
  const rest = line.slice(start).trim();
  if (rest !== '') out.push(rest);
  return out;
}

/**
 * Numbers as postings write them: `3`, `3,500`, `3 500`, `2.5`, or a word ("three").
 *
 * @example
 * parseNumber('3,500', { three: 3 }) // 3500
 */
export function parseNumber(s: string, words: Record<string, number>): number | undefined {
  const t = s.trim().toLowerCase();
  if (t in words) return words[t];
  const n = Number(t.replace(/[ ,](?=\d{3}\b)/g, ''));
  return Number.isFinite(n) ? n : undefined;
}
