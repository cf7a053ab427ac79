/**
 * Text plumbing for the importer: HTML to text, normalization, lines with bullets, sentences.
 */
import { MONTHS } from './phrases.js';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '-', mdash: '-', hellip: '...',
  rsquo: "'", lsquo: "'", ldquo: '"', rdquo: '"', bull: '•', middot: '·', euro: '€', copy: '©', shy: '',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', aring: 'å', Aring: 'Å',
  eacute: 'é', egrave: 'è', Eacute: 'É', aacute: 'á', oacute: 'ó', iacute: 'í', uacute: 'ú', ccedil: 'ç', ntilde: 'ñ',
};

/**
 * Decodes named and numeric character references.
 *
 * @example
 * decodeEntities('R&amp;D &#8211; 2&nbsp;pages') // 'R&D – 2 pages'
 */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref] ?? NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * True when `text` reads as HTML markup rather than plain text (a couple of real tags, not one stray `<`).
 *
 * @example
 * looksLikeHtml('<p>Apply</p><ul><li>CV</li></ul>') // true
 * looksLikeHtml('Salary < 5000 EUR') // false
 */
export function looksLikeHtml(text: string): boolean {
  const tags = text.match(/<\/?(?:html|head|body|p|div|ul|ol|li|br|h[1-6]|span|table|tr|td|strong|em|b|a|section|article)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 2;
}

/**
 * Reduces an HTML posting to text: scripts and styles dropped, entities decoded, each list item on its own line
 * starting with `- `, block elements separated by blank lines.
 *
 * @example
 * htmlToText('<h2>Apply</h2><ul><li>CV</li><li>Cover letter</li></ul>') // 'Apply\n\n- CV\n- Cover letter'
 */
export function htmlToText(html: string): string {
  const s = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template|svg|head)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/\s+/g, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/li\s*>/gi, '')
    .replace(/<\/?(?:p|div|h[1-6]|ul|ol|dl|section|article|header|footer|main|table|tr|blockquote|pre|hr|title|dt|dd|nav|aside|form|fieldset)\b[^>]*>/gi, '\n\n')
    .replace(/<\/?(?:td|th)\b[^>]*>/gi, ' ')
    .replace(/<[^>]+>/g, '');
  return normalizeText(decodeEntities(s));
}

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

/** One line of a posting, with inline bullets ("materials: * CV * Short bio") split out. */
export interface Line {
  text: string;
  /** Starts with a bullet or a list number. */
  bullet: boolean;
  /** Index of the paragraph (blank-line separated block) the line belongs to. */
  block: number;
}

const BULLET = /^(?:[-*•·▪◦‣]|\d{1,2}[.)]|[a-z][.)]|\(\d{1,2}\)|\([a-z]\))\s+/;
const INLINE_BULLET = /\s+[*•·▪◦‣]\s+/;

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
  return t;
}

/**
 * Lines of normalized text, each bullet of an inline list on a line of its own.
 *
 * @example
 * toLines('materials: * CV * Short bio').map((l) => l.text) // ['materials:', 'CV', 'Short bio']
 */
export function toLines(text: string): Line[] {
  const out: Line[] = [];
  let block = 0;
  let blank = false;
  for (const raw of text.split('\n')) {
    if (raw.trim() === '') {
      blank = true;
      continue;
    }
    if (blank) block += 1;
    blank = false;
    const parts = raw.split(INLINE_BULLET);
    const first = parts[0] ?? '';
    if (parts.length > 1) {
      // "Lead: * a * b": the lead is its own line unless it is itself only a bullet mark.
      const lead = first.replace(/^[*•·▪◦‣]\s*/, '');
      if (lead !== '') out.push({ text: lead, bullet: BULLET.test(first) || /^[*•·▪◦‣]/.test(first), block });
      for (const p of parts.slice(1)) if (p.trim() !== '') out.push({ text: p.trim(), bullet: true, block });
    } else {
      out.push({ text: first, bullet: BULLET.test(first), block });
    }
  }
  return out;
}

const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'dr', 'prof', 'mr', 'mrs', 'ms', 'max', 'min', 'approx', 'incl', 'no', 'nr', 'vs', 'cf', 'dept',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'st', 'ph.d', 'm.sc', 'b.sc',
  'z.b', 'bzw', 'ca', 'u.a', 'esim', 'ns', 'univ', 'assoc', 'asst',
]);

/**
 * Splits one line into sentences, not at abbreviations ("max. 1 page", "Prof. Smith") or inside dates.
 *
 * @example
 * toSentences('Send max. 1 page. Deadline 15. Januar 2026.') // ['Send max. 1 page.', 'Deadline 15. Januar 2026.']
 */
export function toSentences(line: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?]\s+(?=["'(]?[A-ZÄÖÜÅ])/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const before = line.slice(start, m.index);
    const word = /(\S+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
    const next = /^[\s"'(]*([\p{L}]+)/u.exec(line.slice(m.index + 1))?.[1]?.toLowerCase() ?? '';
    // "15. Januar" is a German ordinal date, not the end of a sentence.
    if (ABBREVIATIONS.has(word.replace(/^[("']/, '')) || /^[a-z]$/i.test(word) || (/^\d{1,2}$/.test(word) && next in MONTHS)) continue;
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
