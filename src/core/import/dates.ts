/**
 * Dates as postings write them: `14.11.2025`, `November 14, 2025`, `2025-11-14`, `14 Nov 2025`,
 * `14th of November 2025`, `2025年11月14日` (also by Japanese era), `2025년 11월 14일`, with an optional time (`23:59`, `11:59 pm`, `klo 23.59`) and zone (`EET`, `(UTC+2)`,
 * `Finnish time`). Pure; the caller passes `today` when a date without a year should get one.
 */
import { accentFree, unaccent } from './match.js';
import { MONTHS, TIME_ZONES } from './phrases.js';
import { zoneOffsetAt } from '../parse/dates.js';
import { ZONE_PLACES } from '../zones.js';

/** One date found in a text. */
export interface DateMatch {
  /** Offset of the match in the text searched. */
  index: number;
  /** Offset just past the match (including any time and zone that were read with it). */
  end: number;
  /** The words matched. */
  text: string;
  year?: number;
  month: number;
  /** Absent for a month-and-year date such as "January 2026". */
  day?: number;
  /** `HH:MM`, 24-hour. */
  time?: string;
  /** `+02:00`-style offset, or an IANA zone name such as `Europe/Helsinki`. */
  zone?: string;
  /** The date as a profile value (`2025-11-14`, `2025-11-14T23:59+02:00`, `2026-01`); absent when the year is unknown. */
  value?: string;
  /** Why a person should check this date (no year, ambiguous day/month order, ...). */
  review?: string;
  /** A slashed date whose numbers allow both orders ("01/02/2027"), read day first unless a US zone comes with it. */
  slashed?: boolean;
  /** The year was not written but taken from `today`. */
  assumedYear?: boolean;
  /** A zone abbreviation of its region's other season on this date ("EST" in July), and the mark said of it. */
  season?: { abbr: string; reason: string };
}

export interface FindDatesOptions {
  /** ISO date used to give a year to dates written without one (the next such date on or after it). */
  today?: string;
  /** Also report month-and-year dates such as "January 2026" (for start dates). */
  monthYear?: boolean;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MONTH_RE = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map(esc)
  .join('|');
const ZONE_RE = Object.keys(TIME_ZONES)
  .sort((a, b) => b.length - a.length)
  .map(esc)
  .join('|');

const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2})?)?/giu;
const NUMERIC = /\b(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?![\d.]\d)/giu;
// "31. 8. 2018", "1. 9.2025": Czech, Slovak and German set a space after each dot; with a four-digit year only.
const NUMERIC_SPACED = /\b(\d{1,2})\.\s(\d{1,2})\.\s?(\d{4})(?![\d.]\d)/gu;
// "15 de marzo de 2026", "1 d'abril de 2026", "30. april 2026": the words between day, month and year in the
// Iberian languages; month names match with or without their accents ("marco" is "março").
const DAY_MONTH = new RegExp(
  accentFree(`\\b(\\d{1,2})(?:st|nd|rd|th|er|º|°)?\\.?\\s+(?:of\\s+|de\\s+|del\\s+|d')?(${MONTH_RE})(?![\\p{L}])\\.?(?:,?\\s+(?:de\\s+|del\\s+)?(\\d{4})\\b)?`),
  'giu',
);
const MONTH_DAY = new RegExp(
  accentFree(`(?<![\\p{L}])(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|\\s*(?:pages?|words?|characters|mb|%))(?:,?\\s+(\\d{4})\\b)?`),
  'giu',
);
// "2027. január 15.", "2027 m. sausio 15 d.": Hungarian writes the year first, then the month and the day.
const YEAR_MONTH_DAY = new RegExp(accentFree(`\\b(\\d{4})\\.\\s*(${MONTH_RE})(?![\\p{L}])\\s+(\\d{1,2})\\.?(?!\\d)`), 'giu');
// "ngày 15 tháng 1 năm 2027", "15 tháng 01, 2027": Vietnamese numbers the month.
const VIETNAMESE = /(?:ngày\s+)?\b(\d{1,2})\s+tháng\s+(\d{1,2})\b(?:,?\s+(?:năm\s+)?(\d{4})\b)?/giu;
const MONTH_YEAR = new RegExp(accentFree(`(?<![\\p{L}])(${MONTH_RE})\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})\\b`), 'giu');
// "2009年10月30日", "平成16年2月23日", "2025년 3월 1일": Chinese, Japanese (also by era) and Korean dates.
const CJK = /(?:(令和|平成|昭和)\s*(\d{1,2}|元)|(\d{4}))\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu;
/** The Gregorian year before the first year of each Japanese era. */
const ERA_BEFORE: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };
// "(月)午後5時", "（金）17時", " 17:00": a weekday in brackets, then the hour.
const CJK_TIME = /^\s*(?:[(（][\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{1,3}[)）]\s*)?(?:(午前|午後|上午|下午|오전|오후)\s*)?(\d{1,2})\s*(?:[時时시]\s*(?:(\d{1,2})\s*[分분])?|:(\d{2}))/u;
const MONTH_OF: Record<string, number> = Object.fromEntries(Object.entries(MONTHS).map(([name, n]) => [unaccent(name), n]));
/** The month a name stands for, with or without its accents. */
const monthOf = (name: string | undefined): number => MONTH_OF[unaccent((name ?? '').toLowerCase())] ?? 0;
// "at", "um", "klo", and the "at the latest" words a time follows after a comma ("April 21st 2021, no later than 1 PM").
const LATEST_BEFORE_TIME =
  "no later than|not later than|at the latest(?: by| at)?|latest(?: by| at)?|spätestens(?: um| bis)?|uiterlijk(?: om)?|senast(?: kl\\.?| klockan)?|viimeistään(?: klo\\.?| kello)?|au plus tard à|entro e non oltre le(?: ore)?|a más tardar a las|no más tarde de las";
const TIME_AFTER = new RegExp(
  `^\\s*(?:[,;-]\\s*)?\\(?\\s*(?:(?:${LATEST_BEFORE_TIME}|at|by|until|before|klo\\.?|kello|klockan|um|bis|à|a las|a les|alle ore|kl\\.?|om|até às|até as|até|às|hasta las|hasta|entro le ore|le ore|ore|jusqu'à|vóór|voor)\\s+)?(?:(\\d{1,2})(?:[:.]|\\s?h\\s?|u)(\\d{2})|(\\d{1,2})\\s*(?=[ap]\\.?m\\b|h\\b|uhr\\b|uur\\b|hores\\b|noon\\b|midday\\b|midnight\\b)|(noon|midnight|midi|minuit|mitternacht|midday))\\s*(a\\.?m\\.?|p\\.?m\\.?)?(?:\\s*\\(?\\s*(noon|midnight|midday)\\b\\s*\\)?)?(?:\\s*(?:h|hrs|uhr|uur|horas|hores)\\b)?`,
  'iu',
);
// "klo 16", "kl. 12", "klockan 16", "alle ore 13": a whole hour after the clock's word, with no minutes or unit.
const CLOCK_HOUR_AFTER = new RegExp(
  `^\\s*(?:[,;-]\\s*)?\\(?\\s*(?:(?:senast|viimeistään|spätestens|entro e non oltre)\\s+)?(?:klo\\.?|kello|kl\\.?|klockan|alle ore|entro le ore|le ore|ore)\\s+(\\d{1,2})(?![\\d:]|\\.\\d|\\s*[ap]\\.?m\\b)`,
  'iu',
);
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:lune|marte|mercole|giove|vener)d[iì]|sabato|domenica|(?:lun|mar|mercre|jeu|vendre|same|diman)di|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|(?:maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)(?:na)?|(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mandag|tirsdag|lørdag|søndag)(?:en)?';
// "a las 14 h. del 21 de enero", "à 12h le 15 janvier", "um 12 Uhr am": a whole hour before the date, by its word.
const HOUR_WORDS = 'h|hrs|uhr|uur|horas?|heures?';
const TIME_BEFORE = new RegExp(
  `(?:^|\\s)(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?|noon|midnight|midday)|(\\d{1,2})(?:[:.](\\d{2})|\\s*(?=(?:${HOUR_WORDS})\\b)|(?<=(?:^|\\s)(?:ore|kl\\.?|klo|kello)\\s+\\d{1,2}))(?:\\s*(?:noon|midday|midnight)\\b)?|(noon|midnight|midday))(?:\\s*(?:${HOUR_WORDS})\\b\\.?)?\\s*(?:\\(\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?m\\.?\\)\\s*)?(\\(?\\s*(?:utc|gmt)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?\\s*\\)?|(?:,\\s*)?\\(?\\s*(?:${ZONE_RE})(?![\\p{L}/])(?:\\s*\\([a-z]{2,5}\\))?\\s*\\)?|\\(?[a-z]{2,5}\\)?)?\\s*,?\\s*(?:on|le|am|den|the|del|dello|di|do|du)?\\s*(?:(?:giorno|d[ií]a)\\s+)?(?:(?:the\\s+)?(?:closing|deadline)\\s+date\\s*[,:]?\\s*)?(?:(?:${WEEKDAY}),?\\s*)?(?:the\\s+)?$`,
  'iu',
);
const ZONE_AFTER = new RegExp(
  `^\\s*(?:,\\s*)?(?:[([]\\s*)?(?:(?:utc|gmt)\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?|(${ZONE_RE})(?![\\p{L}])|([A-Z][a-z]+\\/[A-Z][A-Za-z_]+(?:\\/[A-Z][A-Za-z_]+)?))(?:\\s*[)\\]])?`,
  'iu',
);

const IANA_AFTER = /^\s*(?:[([]\s*)?([A-Z][a-z]+\/[A-Z][A-Za-z_]+(?:\/[A-Z][A-Za-z_]+)?)(?:\s*[)\]])?/u;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function readTime(after: string): { time: string; length: number; midnight?: boolean } | undefined {
  const m = TIME_AFTER.exec(after);
  if (!m) {
    const h = CLOCK_HOUR_AFTER.exec(after);
    if (h && Number(h[1]) <= 24) return { time: `${pad(Number(h[1]) === 24 ? 23 : Number(h[1]))}:${Number(h[1]) === 24 ? '59' : '00'}`, length: h[0].length };
    return readCjkTime(after);
  }
  let hour: number;
  let minute = 0;
  // "midnight", "12 midnight", "12:00 midnight"; "12 noon" and "12:00 midday" are 12:00.
  const word = (m[4] ?? m[6] ?? '').toLowerCase();
  const midnight = /^(?:midnight|minuit|mitternacht)$/.test(word) && (m[4] !== undefined || /^(?:12|0?0)$/.test(m[1] ?? m[3] ?? '') && !Number(m[2] ?? 0));
  if (midnight) {
    // "midnight" on a deadline most often means the end of that day; it is marked for review (the night before
    // is the other reading).
    hour = 23;
    minute = 59;
  } else if (m[4]) {
    hour = 12;
  } else {
    hour = Number(m[1] ?? m[3]);
    minute = m[2] ? Number(m[2]) : 0;
  }
  const ampm = midnight ? undefined : m[5]?.toLowerCase().replace(/\./g, '');
  if (ampm === 'pm' && hour < 12) hour += 12;
  if (ampm === 'am' && hour === 12) hour = 0;
  if (hour > 24 || minute > 59) return undefined;
  if (hour === 24) {
    hour = 23;
    minute = 59;
  }
  return { time: `${pad(hour)}:${pad(minute)}`, length: m[0].length, ...(midnight ? { midnight } : {}) };
}

/** "(月)午後5時", "17時30分", "오후 6시" after a Chinese, Japanese or Korean date. */
function readCjkTime(after: string): { time: string; length: number } | undefined {
  const t = CJK_TIME.exec(after);
  if (!t) return undefined;
  let hour = Number(t[2]);
  if (/^(?:午後|下午|오후)$/u.test(t[1] ?? '') && hour < 12) hour += 12;
  const minute = Number(t[3] ?? t[4] ?? 0);
  return hour <= 23 && minute <= 59 ? { time: `${pad(hour)}:${pad(minute)}`, length: t[0].length } : undefined;
}

/** Zone abbreviations that name more than one place's time: read as the first, for review. */
const AMBIGUOUS_ZONES: Record<string, string> = {
  cst: 'China Standard Time is +08:00, Cuba -05:00',
  cdt: 'Cuba Daylight Time is -04:00',
  ist: 'India is +05:30, Ireland +01:00, Israel +02:00',
  bst: 'Bangladesh is +06:00',
  est: 'Australian Eastern is +10:00',
};

/** US zone abbreviations by region alone ("5 p.m. ET"): read only in capitals ("et" is French "and", "pt" a part). */
const CAPITALS_ONLY = new Set(['et', 'ct', 'mt', 'pt', 'ht', 'akt']);
/** US regions named alone ("by noon Pacific"): not when a name goes on ("Eastern Europe", "Central Asia", "Pacific/Auckland"). */
const REGION_WORDS = new Set(['eastern', 'central', 'mountain', 'pacific', 'alaska', 'hawaii']);

/** A time zone written after a time, and `abbr` (lower case) when it was written as an abbreviation. */
function readZone(after: string): { zone: string; length: number; abbr?: string } | undefined {
  // "12.00noonGMTon Thursday" (a PDF paste that lost its spaces): a zone in capitals glued to the next small word.
  const glued = /^\s*[([]?\s*[A-Z]{2,5}(?=(?:on|at|by|and|the|of|or|to|for|in)(?![\p{L}]))/u.exec(after)?.[0];
  if (glued) {
    const z = readZone(glued);
    if (z) return z;
  }
  // An IANA name ("Pacific/Auckland") before the table's words, "Pacific" among them.
  const iana = IANA_AFTER.exec(after);
  if (iana?.[1] !== undefined) return { zone: iana[1], length: iana[0].length };
  const m = ZONE_AFTER.exec(after);
  if (!m) return undefined;
  if (m[2] !== undefined) return { zone: `${m[1]}${pad(Number(m[2]))}:${m[3] ?? '00'}`, length: m[0].length };
  // An IANA name written out ("(Europe/Brussels)") is kept as it is.
  if (m[5] !== undefined) return { zone: m[5], length: m[0].length };
  const written = m[4] ?? '';
  const key = written.toLowerCase();
  if (CAPITALS_ONLY.has(key) && written !== written.toUpperCase()) return undefined;
  // After a comma, a zone's name of several words ("12h00, heure de Paris") or an abbreviation in capitals ("17:00,
  // CET"), not a word that may start the next clause.
  if (/^\s*,/u.test(after) && !written.includes(' ') && written !== written.toUpperCase()) return undefined;
  if (REGION_WORDS.has(key) && /^\s+[A-Z]/u.test(after.slice(m[0].length))) return undefined;
  const zone = TIME_ZONES[key];
  return zone ? { zone, length: m[0].length, abbr: key } : undefined;
}

function assemble(d: DateMatch): DateMatch {
  if (d.year === undefined) return d;
  if (d.day === undefined) return { ...d, value: `${d.year}-${pad(d.month)}` };
  const date = `${d.year}-${pad(d.month)}-${pad(d.day ?? 1)}`;
  if (!d.time) return { ...d, value: date };
  if (!d.zone) return { ...d, value: `${date}T${d.time}` };
  return { ...d, value: d.zone.includes('/') ? `${date} ${d.time} ${d.zone}` : `${date}T${d.time}${d.zone}` };
}

function withYear(d: DateMatch, today: string | undefined): DateMatch {
  if (d.year !== undefined) return d;
  const t = today ? /^(\d{4})-(\d{2})-(\d{2})/.exec(today) : null;
  const also = d.review ? `; ${d.review}` : '';
  if (!t) return { ...d, review: `"${d.text}" has no year${also}` };
  let year = Number(t[1]);
  const m = Number(t[2]);
  const day = Number(t[3]);
  if (d.month < m || (d.month === m && (d.day ?? 31) < day)) year += 1;
  return { ...d, year, assumedYear: true, review: `"${d.text}" has no year; assumed ${year}${also}` };
}

/**
 * `d` completed by `o`, another mention of the same day: the year `o` writes where `d`'s was assumed, and `o`'s time
 * and zone where `d` has none; undefined when they are not the same day or disagree (another year or time).
 *
 * @example
 * sameDayAs(parseDate('5 September', { today: '2026-12-05' })!, parseDate('midday 5 September 2022')!)?.value // '2022-09-05T12:00'
 */
export function sameDayAs(d: DateMatch, o: DateMatch): DateMatch | undefined {
  if (d.day === undefined || o.day === undefined || d.month !== o.month || d.day !== o.day) return undefined;
  const written = (x: DateMatch): boolean => x.year !== undefined && x.assumedYear !== true;
  if (written(d) && written(o) && d.year !== o.year) return undefined;
  if ((d.time && o.time && d.time !== o.time) || (d.zone && o.zone && d.zone !== o.zone)) return undefined;
  const noYear = (x: DateMatch): string | undefined => x.review?.replace(/^"[^"]*" has no year(?:; assumed \d{4})?(?:; )?/u, '') || undefined;
  const out: DateMatch = { ...d };
  if (!written(d) && written(o)) {
    out.year = o.year;
    delete out.assumedYear;
    const rest = noYear(d);
    if (rest) out.review = rest;
    else delete out.review;
  }
  if (!d.time && o.time) {
    out.time = o.time;
    if (o.zone) out.zone = o.zone;
    const theirs = noYear(o);
    if (theirs) out.review = out.review ? `${out.review}; ${theirs}` : theirs;
  }
  return assemble(out);
}

/**
 * Every date in `text`, in order, with any time and zone written right next to it.
 *
 * @example
 * findDates('Deadline: 14.11.2025 at 23:59 EET')[0]?.value // '2025-11-14T23:59+02:00'
 * findDates('Start in January 2026', { monthYear: true })[0]?.value // '2026-01'
 */
export function findDates(text: string, options: FindDatesOptions = {}): DateMatch[] {
  return rangeYears(text, keepBest(matchDates(text, options)).map((d) => withTime(text, d))).map((d) => assemble(withYear(d, options.today)));
}

/** Words between the two ends of a range ("1st March – 1st April 2024", "from 20 March to 2 May", "del 16 de gener al 10 de febrer"). */
const RANGE_JOIN = /^\s*(?:[-\u2013\u2014]|to|until|till|through|bis(?: zum)?|au|tot|tot en met|till och med|al|hasta(?: el)?)\s*(?:(?:the|le|el|den|der|dem|il)\s+)?$/iu;
/** "between 1 March and 1 April 2024": "and" joins a range only after "between". */
const BETWEEN = /(?<![\p{L}])(?:between|zwischen|entre|tra|tussen|mellan)\s+(?:the\s+)?$/iu;

/**
 * A range whose year is written once, at its end ("between 1st March – 1st April 2024"): the start takes that year,
 * or the year before when its month comes later ("15 December – 15 January 2027").
 */
function rangeYears(text: string, found: DateMatch[]): DateMatch[] {
  return found.map((d, i) => {
    const next = found[i + 1];
    if (d.year !== undefined || d.day === undefined || next?.year === undefined || next.day === undefined) return d;
    const join = text.slice(d.end, next.index);
    if (!RANGE_JOIN.test(join) && !(/^\s*(?:and|und|et|y|e|en|och)\s+(?:the\s+)?$/iu.test(join) && BETWEEN.test(text.slice(Math.max(0, d.index - 20), d.index)))) return d;
    const year = d.month > next.month || (d.month === next.month && d.day > next.day) ? next.year - 1 : next.year;
    return { ...d, year };
  });
}

/** Every match of every date pattern, overlapping ones included. */
function matchDates(text: string, options: FindDatesOptions): DateMatch[] {
  const found: DateMatch[] = [];
  const push = (index: number, raw: string, year: number | undefined, month: number, day: number | undefined, review?: string): void => {
    if (month < 1 || month > 12) return;
    if (year !== undefined && year < 100) year += 2000;
    if (day !== undefined && (day < 1 || day > (year !== undefined ? daysIn(year, month) : daysIn(2024, month)))) return;
    found.push({ index, end: index + raw.length, text: raw, year, month, day, ...(review ? { review } : {}) });
  };
  for (const m of text.matchAll(ISO)) {
    push(m.index, m[0], Number(m[1]), Number(m[2]), Number(m[3]));
    const last = found[found.length - 1];
    if (last && last.index === m.index && m[4] !== undefined) last.time = `${m[4]}:${m[5]}`;
  }
  for (const m of text.matchAll(NUMERIC)) {
    let a = Number(m[1]);
    let b = Number(m[3]);
    let review: string | undefined;
    if (m[2] === '/') {
      // Slashes are day-first in Europe and month-first in the US; only the numbers can settle it.
      if (b > 12 && a <= 12) [a, b] = [b, a];
      else if (a <= 12 && b <= 12 && a !== b) review = `"${m[0]}" could be day/month or month/day; read as day/month`;
    }
    push(m.index, m[0], Number(m[4]), b, a, review);
    const last = found[found.length - 1];
    if (review && last?.index === m.index) last.slashed = true;
  }
  for (const m of text.matchAll(NUMERIC_SPACED)) push(m.index, m[0], Number(m[3]), Number(m[2]), Number(m[1]));
  for (const m of text.matchAll(CJK)) {
    const year = m[1] ? (ERA_BEFORE[m[1]] as number) + (m[2] === '元' ? 1 : Number(m[2])) : Number(m[3]);
    push(m.index, m[0], year, Number(m[4]), Number(m[5]));
  }
  for (const m of text.matchAll(YEAR_MONTH_DAY)) push(m.index, m[0], Number(m[1]), monthOf(m[2]), Number(m[3]));
  for (const m of text.matchAll(VIETNAMESE)) push(m.index, m[0], m[3] ? Number(m[3]) : undefined, Number(m[2]), Number(m[1]));
  for (const m of text.matchAll(DAY_MONTH)) {
    push(m.index, m[0], m[3] ? Number(m[3]) : undefined, monthOf(m[2]), Number(m[1]));
  }
  for (const m of text.matchAll(MONTH_DAY)) {
    const month = (m[1] ?? '').toLowerCase();
    // "may" without a year is far more often the verb than the month.
    if (month === 'may' && !m[3] && m[1] !== 'May') continue;
    push(m.index, m[0], m[3] ? Number(m[3]) : undefined, monthOf(month), Number(m[2]));
  }
  if (options.monthYear) {
    for (const m of text.matchAll(MONTH_YEAR)) push(m.index, m[0], Number(m[2]), monthOf(m[1]), undefined);
  }
  return found;
}

/** Keeps the earliest, then the longest, of overlapping matches. */
function keepBest(found: DateMatch[]): DateMatch[] {
  found.sort((x, y) => x.index - y.index || y.end - x.end || (y.day !== undefined ? 1 : 0) - (x.day !== undefined ? 1 : 0));
  const kept: DateMatch[] = [];
  for (const d of found) {
    const prev = kept[kept.length - 1];
    if (prev && d.index < prev.end) {
      // A longer match that starts inside the previous one is the better reading ("14 November 2025" vs "November 2025").
      if (d.end > prev.end && d.day !== undefined && prev.day === undefined) kept[kept.length - 1] = d;
      continue;
    }
    kept.push(d);
  }
  return kept;
}

/** A copy of a day's match with the time and zone written right after it (or a time spelled before it). */
function withTime(text: string, d: DateMatch): DateMatch {
  const out = { ...d };
  if (out.day === undefined) return out;
  const flag = (reason: string): void => {
    out.review = out.review ? `${out.review}; ${reason}` : reason;
  };
  let midnight = false;
  let zoneWords: { zone: string; abbr?: string } | undefined;
  if (!out.time) {
    const t = readTime(text.slice(out.end));
    if (t) {
      out.time = t.time;
      midnight = t.midnight === true;
      out.end += t.length;
      out.text = text.slice(out.index, out.end);
    } else {
      const before = TIME_BEFORE.exec(text.slice(Math.max(0, out.index - 60), out.index));
      if (before) {
        const word = (before[3] ?? before[6] ?? '').toLowerCase();
        const spelled =
          word === 'noon' || word === 'midnight' || word === 'midday' ? word : `${before[1] ?? before[4]}:${before[2] ?? before[5] ?? '00'}${word ? ` ${word}` : ''}`;
        // The whole time as written first ("12:00 midnight"), then as spelled from its parts.
        const t2 = readTime(before[0]) ?? readTime(spelled);
        if (t2) {
          out.time = t2.time;
          midnight = t2.midnight === true;
        }
        const z = before[7] ? readZone(before[7]) : undefined;
        if (z) {
          out.zone = z.zone;
          zoneWords = z;
        } else if (before[7] && unreadZoneWords(before[7])) {
          flag(`the time is followed by "${before[7].trim()}", a time zone not read: the deadline is read in your own time zone, which may be hours off; write the zone the posting means`);
        }
      } else {
        // "15 January 2027 (AoE)": anywhere on Earth, the day ends last at 23:59 UTC-12, whatever the clock.
        const comma = /^\s*,/u.exec(text.slice(out.end))?.[0].length ?? 0;
        const z = readZone(text.slice(out.end + comma));
        if (z && (z.abbr === 'aoe' || z.abbr === 'anywhere on earth')) {
          out.time = '23:59';
          out.zone = z.zone;
          out.end += comma + z.length;
          out.text = text.slice(out.index, out.end);
        } else if (z && out.day !== undefined) {
          // "1 March 2027 (GMT+2)": the day as the zone keeps it, to its end; left to the reader's own clock, hours could be off.
          out.time = '23:59';
          out.zone = z.zone;
          out.end += comma + z.length;
          out.text = text.slice(out.index, out.end);
          flag(`"${out.text.trim()}" gives a time zone but no time: read as the end of that day there (23:59); check the posting's time`);
        }
      }
    }
  } else {
    // An ISO time with a word after it: "2026-01-15 12:00 noon CET", "12:00 midnight".
    const w = /^\s*\(?\s*(noon|midday|midnight)\b\s*\)?/iu.exec(text.slice(out.end));
    if (w) {
      if (/^midnight$/i.test(w[1] ?? '') && /^(?:00|12):00$/.test(out.time)) {
        out.time = '23:59';
        midnight = true;
      }
      out.end += w[0].length;
      out.text = text.slice(out.index, out.end);
    }
  }
  if (out.time && !out.zone) {
    const after = text.slice(out.end);
    const z = readZone(after);
    if (z) {
      out.zone = z.zone;
      zoneWords = z;
      out.end += z.length;
      out.text = text.slice(out.index, out.end);
    } else {
      // "23:59 AST", "17:00 Tokyo time", "5 pm Eastern Europe": words the table does not read as a zone; the time is
      // read on the applicant's own clock, which may be hours off.
      const unknown = unreadZoneWords(after);
      if (unknown) flag(`the time is followed by "${unknown}", a time zone not read: the deadline is read in your own time zone, which may be hours off; write the zone the posting means`);
    }
  }
  if (out.slashed && zoneWords && isUsZone(zoneWords)) {
    // "01/02/2027 at 5 p.m. Central": a US posting writes the month first.
    [out.month, out.day] = [out.day as number, out.month];
    out.review = out.review?.replace('read as day/month', 'read as month/day, as the time zone is a US one');
  }
  for (const reason of timeReviews(out, zoneWords, midnight)) flag(reason);
  const day = out.year === undefined ? undefined : `${out.year}-${pad(out.month)}-${pad(out.day)}`;
  const season = zoneWords?.abbr && day ? seasonReview(zoneWords.abbr, zoneWords.zone, day) : undefined;
  if (season && zoneWords?.abbr) out.season = { abbr: zoneWords.abbr, reason: season };
  return out;
}

/** Zones of the US: an IANA name in America (or Hawaii), or a US abbreviation. */
function isUsZone(z: { zone: string; abbr?: string }): boolean {
  return /^(?:America\/|Pacific\/Honolulu)/.test(z.zone) || /^(?:[ecmp][sd]t|ak[sd]t|hst)$/.test(z.abbr ?? '');
}

/** Why the time and zone read for `d` may be off: an abbreviation of several places, of the other season, or "midnight". */
function timeReviews(d: DateMatch, zoneWords: { zone: string; abbr?: string } | undefined, midnight: boolean): string[] {
  const out: string[] = [];
  const date = d.year === undefined ? undefined : `${d.year}-${pad(d.month)}-${pad(d.day ?? 1)}`;
  if (zoneWords?.abbr) {
    const other = AMBIGUOUS_ZONES[zoneWords.abbr];
    if (other) out.push(`"${zoneWords.abbr.toUpperCase()}" is read as ${zoneWords.zone}, but it names other places' time too (${other}): check which the posting means`);
    const season = date === undefined ? undefined : seasonReview(zoneWords.abbr, zoneWords.zone, date);
    if (season) out.push(season);
  }
  if (midnight) {
    const eve = date ? new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10) : undefined;
    out.push(`"midnight" is read as the end of that day (23:59); if the posting means the night before, write ${eve ? `${eve}T23:59` : 'the day before at 23:59'}`);
  }
  return out;
}

/** First words of the zones the table names ("Eastern", "UK", "Helsinki") and of others it does not ("Atlantic"). */
const ZONE_FIRST_WORDS = new Set([
  ...Object.keys(TIME_ZONES).map((k) => k.split(/[\s/]/)[0] as string),
  'local', 'western', 'atlantic', 'arabian', 'gulf', 'moscow', 'european', 'mitteleuropäische',
]);

/**
 * What follows a time, when it may be a zone that was not read: a capitalised abbreviation ("AST"), words ending in
 * "time" ("Tokyo time", "local time"), or a word that starts a zone's name ("Eastern Europe", "Helsinki").
 */
function unreadZoneWords(after: string): string | undefined {
  const abbr = /^\s*[,([]?\s*([A-Z]{2,5})\b/u.exec(after)?.[1];
  if (abbr) return /^(?:AM|PM|CET|EET|WET)$/.test(abbr) ? undefined : abbr;
  const timeWords = /^\s*[,([]?\s*((?:[\p{L}-]+\s+){1,3}?(?:time|aikaa|tid|zeit|tijd)|(?:ortszeit|lokalzeit|lokaltid|heure locale|hora local|ora locale))(?![\p{L}])/iu.exec(after)?.[1];
  if (timeWords && !/^(?:at|by|on|in|the|any|same|this|that|due|of)\b/iu.test(timeWords)) return timeWords;
  const words = /^\s*[,([]?\s*(\p{L}+(?:\s+\p{Lu}\p{L}+)?)/u.exec(after)?.[1];
  // The short abbreviations count in capitals only (above): "17h et le dossier" is French.
  const first = (words?.split(/\s/)[0] ?? '').toLowerCase();
  return words && ZONE_FIRST_WORDS.has(first) && !CAPITALS_ONLY.has(first) ? words : undefined;
}

/**
 * Zone abbreviations tied to one region's clock, standard or summer: "12:00 CET" on a July date, when Central
 * Europe is on summer time, is read as written (+01:00), but the posting likely means the local time, an hour
 * earlier; the same for GMT in a British summer, EST in an American one. The region's name, for the message; its
 * clock is the zone of `ZONE_PLACES`.
 */
const SEASONAL: Record<string, string> = {
  cet: 'Central Europe',
  cest: 'Central Europe',
  mez: 'Central Europe',
  mesz: 'Central Europe',
  eet: 'Eastern Europe',
  eest: 'Eastern Europe',
  wet: 'Western Europe',
  gmt: 'the UK',
  est: 'the US East',
  edt: 'the US East',
  pst: 'the US West',
  pdt: 'the US West',
  mst: 'the US mountain states',
  mdt: 'the US mountain states',
  // Queensland and the Northern Territory keep standard time all year: the mark says where the posting may differ.
  aest: 'Sydney, Melbourne and Canberra',
  aedt: 'Sydney, Melbourne and Canberra',
  acst: 'Adelaide',
  acdt: 'Adelaide',
  nzst: 'New Zealand',
  nzdt: 'New Zealand',
};

/** Why an abbreviation read as an offset may be an hour off on `date`, or undefined when it is the region's clock then. */
function seasonReview(abbr: string, offset: string, date: string): string | undefined {
  const s = SEASONAL[abbr];
  const o = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (!s || !o) return undefined;
  const written = (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3]));
  const local = zoneOffsetAt(Date.parse(`${date}T12:00:00Z`), ZONE_PLACES[abbr] ?? 'UTC');
  if (local === written) return undefined;
  const sign = local < 0 ? '-' : '+';
  const actual = `${sign}${pad(Math.floor(Math.abs(local) / 60))}:${pad(Math.abs(local) % 60)}`;
  return `"${abbr.toUpperCase()}" is read as ${offset}, but on ${date} ${s} is at ${actual}: if the posting means the local time there, the deadline is an hour ${local > written ? 'earlier' : 'later'}; check which it means`;
}

/**
 * The first date in `text`, or undefined.
 *
 * @example
 * parseDate('14th of November 2025, 23:59 (UTC+2)')?.value // '2025-11-14T23:59+02:00'
 */
export function parseDate(text: string, options: FindDatesOptions = {}): DateMatch | undefined {
  return findDates(text, options)[0];
}

const TIME_WORDS = /(?<![\d.])\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b\.?|(?<![\d.:,])\d{1,2}\s?(?:h|uhr|uur|horas|heures)(?![\p{L}])|(?<![\d.:])\d{1,2}(?:[:.]|h)\d{2}(?![\d.:]*\d)|\b(?:noon|midday|midnight|klo|kello)\b/iu;
/**
 * "Close of business", "COB", "end of the working day", "Dienstschluss": the end of the employer's office hours, a time
 * of day (often 17:00) that no clock time states.
 */
const BUSINESS_CLOSE =
  /(?<![\p{L}])(?:(?:close|end) of (?:the )?(?:business|office hours|working hours|work(?:ing)? ?day|business day|office day)|(?:Dienst|Büro|Geschäfts|Arbeits)schluss|Ende der (?:Dienstzeit|Bürozeit|Geschäftszeit)|fin de (?:la )?journée de travail|fermeture des bureaux|einde van de (?:werkdag|kantoortijd)|(?:cierre|fin) de (?:la )?jornada laboral|(?:chiusura|fine) dell['’]orario (?:d['’]|di )ufficio|arbeidstidens slutt|kontortidens (?:slutt|ophør)|arbetsdagens slut)(?![\p{L}])/iu;
const BUSINESS_CLOSE_ABBR = /(?<![\p{L}])(?:COB|EOB|C\.O\.B\.)(?![\p{L}])/u;

/** The words of `s` that give the end of office hours as a time ("close of business", "COB"), if any. */
export function businessClose(s: string): string | undefined {
  return (BUSINESS_CLOSE.exec(s) ?? BUSINESS_CLOSE_ABBR.exec(s))?.[0];
}

/** Why a deadline taken as a whole day is wrong when its sentence says "close of business" (`words`). */
export function businessCloseReason(words: string): string {
  return `the sentence sets the time as "${words}", the end of the employer's office hours (often 17:00 their time), not the end of the day: the deadline is taken as the whole day; write the time the employer means, with its zone`;
}

/** Zone names written out ("UK time", "Central European Time"), in any case. */
const ZONE_NAMES = new RegExp(
  `(?<![\\p{L}])(?:${Object.keys(TIME_ZONES)
    .filter((k) => k.includes(' '))
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|')})(?![\\p{L}])`,
  'iu',
);
/**
 * A zone abbreviation in capitals ("GMT", "CEST", "AST"): one the tables know, or one shaped like a zone's. The
 * US regions' short ones ("ET", "PT": also a part-time post) and the regions by name ("Eastern", "Pacific", not
 * "Eastern Michigan University") count only in a sentence that gives a time (`timed`).
 */
function zoneAbbreviation(text: string, timed: boolean): string | undefined {
  for (const m of text.matchAll(/\b[A-Z]{2,5}\b/gu)) {
    const w = m[0].toLowerCase();
    if (CAPITALS_ONLY.has(w) && !timed) continue;
    if (w in TIME_ZONES || w in AMBIGUOUS_ZONES || /^(?:ast|akst|hst|nst|wat|cat|eat|sast|aedt|acdt|awst|nzdt|ict|wib|pht)$/.test(w)) return m[0];
  }
  if (!timed) return undefined;
  for (const m of text.matchAll(/(?<![\p{L}])(\p{L}+)(?![\p{L}/])(?!\s+\p{Lu})/gu)) if (REGION_WORDS.has((m[1] ?? '').toLowerCase())) return m[1];
  // "Tokyo time", "Atlantic Standard Time": a name before "time", not "Full Time" or "Closing Time".
  for (const m of text.matchAll(/(?<![\p{L}])(\p{Lu}\p{L}+)((?:\s+\p{Lu}\p{L}+)?\s+[Tt]ime)(?![\p{L}])/gu)) {
    if (!/^(?:full|part|closing|opening|any|due|submission|start|starting|the|this|that|same|one|first|each|every|at|by|in|on|all)$/iu.test(m[1] ?? '')) return m[0];
  }
  return undefined;
}

/**
 * Zone words in the posting's language that the table does not read: "local time" and its kin ("paikallista aikaa",
 * "lokal tid", "Ortszeit", "heure locale"), or a place before the word for time ("Tampereen aikaa", "Wiener Zeit").
 */
const LOCAL_ZONE =
  /(?<![\p{L}])(?:(?:[Ll]ocal|[Ll]okal|[Ll]okale|[Ll]okaler|[Öö]rtlicher|[Pp]aikallista|[Ll]ocale)\s+(?:[Tt]ime|tid|[Zz]eit|tijd|aikaa)|[Oo]rtszeit|[Ll]okalzeit|[Ll]okaltid|[Hh]eure locale|[Hh]ora local|[Oo]ra locale|\p{Lu}\p{L}+\s+(?:aikaa|tid|Zeit|tijd))(?![\p{L}])/u;

/**
 * What a deadline sentence says of the time or zone that its date's value leaves out ("12 noon (UK time)" read as
 * a date alone), as a review reason; undefined when the value holds all the sentence gives.
 *
 * @example
 * const d = parseDate('Closing date: 12 noon, 15 January 2027')!;
 * unreadTimeOrZone('Closing date: 12 noon, 15 January 2027', d); // undefined: the time was read (no zone)
 */
export function unreadTimeOrZone(sentence: string, d: DateMatch, localZone?: string): string | undefined {
  if (!d.value || d.day === undefined) return undefined;
  // The sentence without the dates in it (and the times and zones read with them).
  let rest = sentence;
  for (const x of findDates(sentence).sort((a, b) => b.index - a.index)) rest = `${rest.slice(0, x.index)} ${rest.slice(x.end)}`;
  if (!d.time) {
    const t = TIME_WORDS.exec(rest);
    if (t) return `the sentence gives a time ("${t[0].trim()}") that was not read: the deadline is taken as the whole day; write the time and zone it gives`;
    const close = businessClose(rest);
    if (close) return businessCloseReason(close);
  }
  if (!d.zone) {
    const z = ZONE_NAMES.exec(rest)?.[0] ?? zoneAbbreviation(rest, d.time !== undefined || TIME_WORDS.test(rest)) ?? LOCAL_ZONE.exec(rest)?.[0];
    // Already named by the date's own review ("23:59 AST"): once is enough.
    if (!z || d.review?.includes(`"${z.trim()}"`)) return undefined;
    // The IANA name the words stand for when the table has one ("Pacific": America/Los_Angeles), else an example;
    // in an Australian sentence ("AUS Eastern Daylight Time"), never an American zone.
    const named = TIME_ZONES[z.trim().toLowerCase()];
    const australian = /(?<![\p{L}])(?:AUS|Austral\p{L}*|A[ECW][SD]T)(?![\p{L}])/u.test(sentence);
    // "local time" is the employer's clock: the zone of the place the posting names (`localZone`), not London's.
    const zone = named?.includes('/') && !(australian && named.startsWith('America/')) ? named : australian ? 'Australia/Sydney' : (LOCAL_ZONE.test(z) && localZone) || 'Europe/London';
    // "GMT+2" is its offset, and "GMT" alone +00:00: never another place's clock, which may be hours off.
    const offset = /(?<![\p{L}])(?:GMT|UTC)(?:\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?)?(?![\p{L}\d])/iu.exec(rest);
    const written = offset ? (offset[2] ? `${offset[1] === '+' ? '+' : '-'}${pad(Number(offset[2]))}:${offset[3] ?? '00'}` : '+00:00') : undefined;
    // The example keeps the time the posting gives; 23:59 (the end of the day) only when it gives none.
    const time = d.time ? '' : `T${findTimeOfDay(rest)?.time ?? '23:59'}`;
    const example = written ? `${d.value}${time}${written}` : `${d.value}${time} ${zone}`;
    if (written) return `the sentence names a time zone ("${offset?.[0].trim()}") that was not read: write the deadline with its offset (${example})`;
    return `the sentence names a time zone ("${z.trim()}") that was not read: write the deadline with it, as an IANA name (${example}) or an offset`;
  }
  return undefined;
}


/** A time of day, and its zone, that a sentence gives without a date ("by 23.59 (UK time) on the closing date"). */
export interface TimeOfDay {
  /** `HH:MM`, 24-hour. */
  time?: string;
  /** `+02:00`-style offset or IANA name. */
  zone?: string;
  /** Zone words the sentence holds that were not read with the time ("23:59, all times Tokyo time"). */
  unreadZone?: string;
  /** The words read. */
  text: string;
  abbr?: string;
  midnight?: boolean;
}

const TIME_START = /(?<![\d.:/])\d{1,2}(?:[:.]\d{2}(?![\d.:]*\d)|\s*(?=[ap]\.?m\b|h\b|uhr\b|uur\b|noon\b|midnight\b))|(?<![\p{L}])(?:noon|midday|midnight|minuit|mitternacht)(?![\p{L}])/giu;

/**
 * The first time of day in a sentence that gives no date, with the zone written after it; else a zone the sentence
 * names alone ("All times are UK time"), as `unreadZone` when it is not in the table.
 *
 * @example
 * findTimeOfDay('Applications must be submitted by 23:59 (UK time) on the closing date.') // { time: '23:59', zone: 'Europe/London', ... }
 */
export function findTimeOfDay(sentence: string): TimeOfDay | undefined {
  for (const m of sentence.matchAll(TIME_START)) {
    const t = readTime(sentence.slice(m.index));
    if (!t) continue;
    let end = m.index + t.length;
    const after = sentence.slice(end);
    const z = readZone(after);
    const base = { time: t.time, ...(t.midnight ? { midnight: true } : {}) };
    if (z) {
      end += z.length;
      return { ...base, zone: z.zone, ...(z.abbr ? { abbr: z.abbr } : {}), text: sentence.slice(m.index, end).trim() };
    }
    const rest = `${sentence.slice(0, m.index)} ${after}`;
    const unread = unreadZoneWords(after) ?? ZONE_NAMES.exec(rest)?.[0] ?? zoneAbbreviation(rest, true);
    return { ...base, ...(unread ? { unreadZone: unread.trim() } : {}), text: sentence.slice(m.index, end).trim() };
  }
  const named = ZONE_NAMES.exec(sentence)?.[0] ?? zoneAbbreviation(sentence, false);
  return named ? { unreadZone: named.trim(), text: named.trim() } : undefined;
}

/**
 * `d` with the time and zone another sentence gives (`t`) where it has none, or why they cannot be taken: the
 * sentence gives another time, or a zone without a time for a date alone, or zone words that were not read.
 */
export function withTimeOfDay(d: DateMatch, t: TimeOfDay): { date?: DateMatch; problem?: string } {
  if (d.day === undefined || d.year === undefined) return { problem: 'the date has no year' };
  if (d.time && t.time && t.time !== d.time) return { problem: `it gives another time (${t.time}) than the deadline's (${d.time})` };
  const time = d.time ?? t.time;
  if (!time) return { problem: `it names a time zone ("${t.unreadZone ?? t.zone ?? t.text}") but the deadline has no time` };
  if (!d.zone && !t.zone && t.unreadZone) return { problem: `it names a time zone ("${t.unreadZone}") that was not read` };
  const zone = d.zone ?? t.zone;
  const next: DateMatch = { ...d, time, ...(zone ? { zone } : {}) };
  const reasons = timeReviews(next, !d.zone && t.zone ? { zone: t.zone, ...(t.abbr ? { abbr: t.abbr } : {}) } : undefined, !d.time && t.midnight === true);
  if (reasons.length > 0) next.review = [d.review, ...reasons].filter((x) => x !== undefined).join('; ');
  return { date: assemble(next) };
}
