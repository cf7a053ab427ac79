/** People's names as the checks compare them: accents folded one way, and the titles and degrees that are no one's name. */

/** Letters that accents do not take apart in NFKD, written the plain way ("ø" as "o", "Æ" as "AE"). */
const PLAIN: Record<string, string> = {
  ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ß: 'ss', ẞ: 'SS', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'TH', ı: 'i',
};

/**
 * A text with its accents and ligatures taken apart and the letters NFKD keeps whole written plain, case kept:
 * "Référent" is "Referent", "Ødegård" "Odegard", "ﬁrst" (a PDF's ligature) "first".
 *
 * @example
 * foldAccents('Åsa Ødegård') // 'Asa Odegard'
 */
export function foldAccents(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[øØæÆœŒßẞłŁđĐðÐþÞı]/gu, (c) => PLAIN[c] ?? c)
    // Korean syllables come apart in NFKD into letters that are not accents: put back together.
    .normalize('NFC');
}

/**
 * Titles and degrees before or after a name, folded and lower case, in the languages of the letters: none is a name
 * by itself ("Prof. Dr.", "Dr. rer. nat.", "Mikko Korhonen, PhD", "Senior Lecturer", "Dott.ssa", "Mgr.", "Fil. dr").
 */
export const TITLES: ReadonlySet<string> = new Set([
  'prof', 'professor', 'professorin', 'dr', 'doctor', 'mr', 'mrs', 'ms', 'mx', 'miss', 'sir', 'dame', 'phd', 'dphil', 'dsc', 'jr', 'sr',
  'dipl', 'ing', 'habil', 'em', 'emer', 'emeritus', 'emerita', 'md', 'msc', 'mba', 'docent', 'dosentti', 'dozent', 'univ', 'assoc',
  'associate', 'asst', 'assistant', 'adj', 'adjunct', 'senior', 'lecturer', 'reader', 'rer', 'nat', 'med', 'phil', 'techn', 'mag', 'mme',
  'mlle', 'herr', 'frau', 'hon', 'rev', 'fil', 'tekn', 'fd', 'fk', 'ft', 'dott', 'dssa', 'sig', 'ir', 'drs', 'mgr', 'doc',
  // Feminine and national forms: Spanish "Dra.", "Profa.", "Sra."; French "Pr."; Portuguese "Profª" (folded "profa").
  'dra', 'profa', 'sra', 'srta', 'pr',
]);

/** Endings a title takes after its dot, one word with it: Italian "Prof.ssa", "Dott.ssa", "Sig.ra"; Austrian "Dr.in"; "Prof.ª" (folded "a"). */
const TITLE_ENDINGS: ReadonlySet<string> = new Set(['ssa', 'ra', 'in', 'a']);

/**
 * Whether the folded, lower-case parts of one written word are a title: a title, then titles or a title's ending
 * ("dr rer nat" of "Dr.rer.nat.", "prof ssa" of "Prof.ssa", "dr in" of "Dr.in").
 *
 * @example
 * titleParts(['prof', 'ssa']) // true
 * titleParts(['in']) // false
 */
export function titleParts(parts: readonly string[]): boolean {
  return parts.length > 0 && TITLES.has(parts[0]!) && parts.slice(1).every((p) => TITLES.has(p) || TITLE_ENDINGS.has(p));
}

/** Titles that are given names too ("Phil Jones", "Nat Turner", "Em Wilson", "Md Rahman"): titles only as "Dr. phil.", "Sig.". */
const GIVEN_TOO = new Set(['phil', 'nat', 'em', 'md', 'hon', 'sig', 'doc', 'fil', 'mag']);

/**
 * Whether a word of a name, as written, is a title or degree: one of `TITLES`; of those that are given names too,
 * only with a dot after it or in lower case ("Dr. phil.", "rer. nat.", "Sig. Rossi"), so "Phil Jones" is a name.
 *
 * @example
 * titleWord('Prof.') // true
 * titleWord('Phil') // false
 */
export function titleWord(written: string): boolean {
  const word = foldAccents(written).toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (!TITLES.has(word)) return titleParts(word.split('.'));
  return !GIVEN_TOO.has(word) || /\.\s*$/u.test(written) || !/\p{Lu}/u.test(written);
}
