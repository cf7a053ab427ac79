/**
 * File names for portals that want one upload per item: ASCII, short, unique. Portals reject or mangle
 * non-ASCII names, and some cap their length (25 characters is seen).
 */

const SPECIAL: Record<string, string> = {
  ß: 'ss', æ: 'ae', Æ: 'Ae', ø: 'o', Ø: 'O', œ: 'oe', Œ: 'Oe', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', ı: 'i',
};
// Greek and Cyrillic by letter (and Greek "ου"): enough for names, which is what file names carry.
const translit = new Map<string, string>(
  Object.entries({
    α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
    ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
    а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
    н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
    ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
  }),
);

/** `Åsa Ødegård` -> `Asa Odegard`, `Дмитрий` -> `Dmitriy`; anything else non-ASCII is dropped. */
export function toAscii(text: string): string {
  const plain = text
    .replace(/й/g, 'y')
    .replace(/Й/g, 'Y') // before accents are stripped, or й would become и
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ου/g, 'ou')
    .replace(/Ου/g, 'Ou')
    .replace(/ΟΥ/g, 'OU');
  let out = '';
  for (const ch of plain) {
    if (ch.charCodeAt(0) < 128) out += ch;
    else if (SPECIAL[ch] !== undefined) out += SPECIAL[ch];
    else {
      const t = translit.get(ch.toLowerCase());
      // Other scripts fall away.
      if (t !== undefined) out += ch === ch.toLowerCase() ? t : t.charAt(0).toUpperCase() + t.slice(1);
    }
  }
  return out;
}

function slug(text: string, sep: string): string {
  return toAscii(text)
    .replace(/[^A-Za-z0-9]+/g, sep)
    .replace(new RegExp(`^\\${sep}+|\\${sep}+$`, 'g'), '');
}

export interface NameInput {
  /** Item id, e.g. `research_statement`. */
  id: string;
  /** Item title, e.g. `Research statement`. */
  title: string;
}

/** The applicant's name as the manifest gives it; `family_name` and `given_names` (optional) say which part is which. */
export interface ApplicantName {
  name: string;
  family_name?: string | undefined;
  given_names?: string | undefined;
}

/** The default pattern when the profile sets none. */
export const DEFAULT_NAME_PATTERN = '{last}_{item}.pdf';
/** The default length cap when the profile sets none. */
export const DEFAULT_MAX_NAME_LENGTH = 64;
/** An item part is not cut below this many characters while a name part can still give room. */
const ITEM_FLOOR = 8;

const NAME_KEYS = ['name', 'first', 'last'] as const;
const ITEM_KEYS = ['item', 'id', 'title'] as const;
/** Every placeholder a file-name pattern may hold, as `{name}`; anything else in braces would be left out. */
export const FILE_NAME_PLACEHOLDERS: readonly string[] = [...NAME_KEYS, ...ITEM_KEYS];
type NameKey = (typeof NAME_KEYS)[number];
type ItemKey = (typeof ITEM_KEYS)[number];

/**
 * `{first}` and `{last}`: the given and family names when the manifest says them (particles kept: "Ní Bhriain"),
 * otherwise the first and the last word of the name.
 *
 * @example
 * nameParts({ name: 'Áša Ní Bhriain', family_name: 'Ní Bhriain' }) // { first: 'Áša', last: 'Ní Bhriain' }
 */
export function nameParts(person: ApplicantName): { first: string; last: string } {
  const words = withoutSuffix(person.name).split(/\s+/);
  const family = person.family_name?.trim();
  const given = person.given_names?.trim();
  if (!family && !given) {
    const written = writtenOrder(person.name);
    if (written) return written;
  }
  let first = given || words[0] || '';
  // Given names alone: the family name is what is left of the name after them.
  if (!family && given && person.name.trim().startsWith(given) && person.name.trim().length > given.length) {
    return { first, last: person.name.trim().slice(given.length).trim() };
  }
  if (family && !given) {
    const rest = person.name.trim().replace(family, '').trim();
    first = rest.split(/\s+/)[0] || first;
  }
  const last = family || (words.length > 1 ? words[words.length - 1]! : first);
  return { first, last };
}

/** Words after a name's comma that are no given name: "Minh Nguyen, PhD", "John Smith, Jr.". */
const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv|phd|ph\.?d|dphil|mphil|md|msc|m\.?sc|ma|ba|bsc|b\.?sc|mba|llm|dr|prof|esq|m\.?a|b\.?a)\.?$/iu;

/**
 * Suffixes written without a comma at a name's end ("John Smith III", "Jean DUPONT MD"): only as usually spelt, case
 * and all, since "Ma" and "Ba" are family names too.
 */
const BARE_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV|PhD|Ph\.D\.?|DPhil|MD|M\.D\.|Esq\.?)$/u;

/** The name without degrees and suffixes after a comma, or bare at its end: "Minh Nguyen, PhD", "John Smith III" -> the name. */
function withoutSuffix(name: string): string {
  const [head = '', ...rest] = name.split(',');
  const named = rest.length > 0 && rest.join(' ').trim().split(/\s+/u).every((w) => w === '' || NAME_SUFFIX.test(w)) ? head.trim() : name.trim();
  const words = named.split(/\s+/u);
  while (words.length > 2 && BARE_SUFFIX.test(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/**
 * The family name as the name itself shows it: before a comma ("Nguyen, Minh", as forms ask for it), or the words
 * written in capitals among words that are not ("NGUYEN Minh", "Jean DUPONT", as French and Vietnamese CVs write it).
 * Undefined when the name does not say ("Minh Nguyen", "MINH NGUYEN").
 *
 * @example
 * writtenOrder('Nguyen, Minh') // { first: 'Minh', last: 'Nguyen' }
 * writtenOrder('NGUYEN Thi Minh') // { first: 'Thi', last: 'NGUYEN' }
 */
export function writtenOrder(name: string): { first: string; last: string } | undefined {
  const split = (t: string): string[] => t.trim().split(/\s+/u).filter((w) => w !== '');
  const [head = '', ...rest] = name.split(',');
  const tail = split(rest.join(' ')).filter((w) => !NAME_SUFFIX.test(w));
  if (rest.length > 0 && split(head).length > 0 && tail[0] !== undefined) return { first: tail[0], last: split(withoutSuffix(head)).join(' ') };
  const words = split(withoutSuffix(head));
  // A word of two letters or more, all capitals: "NGUYEN", "O'BRIEN", "GARCÍA-NÚÑEZ"; not an initial ("J.").
  const shouted = words.map((w) => /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u.test(w));
  const from = shouted.indexOf(true);
  const to = shouted.lastIndexOf(true);
  const given = words.filter((_, i) => i < from || i > to);
  if (from < 0 || shouted.slice(from, to + 1).includes(false) || !given.some((w) => /\p{Ll}/u.test(w))) return undefined;
  return { first: given[0] ?? '', last: words.slice(from, to + 1).join(' ') };
}

/**
 * The name placeholders of a file-name pattern that would come out empty: a name in a script file names cannot
 * carry (Chinese, Arabic, ...), so every file would go without it.
 *
 * @example
 * lostNameParts({ name: '王小明' }, '{last}_{first}_{item}.pdf') // ['last', 'first']
 */
export function lostNameParts(person: ApplicantName, pattern = DEFAULT_NAME_PATTERN): string[] {
  const { first, last } = nameParts(person);
  const parts: Record<NameKey, string> = { name: person.name, first, last };
  return NAME_KEYS.filter((k) => pattern.includes(`{${k}}`) && slug(parts[k], '-') === '');
}

/**
 * The split of the name a file-name pattern with `{last}` or `{first}` takes when it is guessed: the name has more
 * than two words (initials aside: "John F. Kennedy" is plain) and neither `family_name` nor `given_names` says
 * which are which, so the last word is taken as the family name ("Fuente" of "García-Núñez de la Fuente").
 * `particle`: a word in lower case after the first ("de", "van", "bin") shows the family name has more words.
 *
 * @example
 * guessedSplit({ name: 'María José García-Núñez de la Fuente' }, '{last}_{first}_{item}.pdf')
 * // { words: 6, first: 'María', last: 'Fuente', particle: true }
 */
export function guessedSplit(person: ApplicantName, pattern = DEFAULT_NAME_PATTERN): { words: number; first: string; last: string; particle: boolean } | undefined {
  if (!pattern.includes('{last}') && !pattern.includes('{first}')) return undefined;
  if (person.family_name?.trim() || person.given_names?.trim() || writtenOrder(person.name)) return undefined;
  const words = withoutSuffix(person.name).split(/\s+/);
  const middle = words.slice(1, -1).filter((w) => !/^\p{Lu}\.?$/u.test(w));
  if (middle.length === 0) return undefined;
  const { first, last } = nameParts(person);
  return { words: words.length, first, last, particle: words.slice(1).some((w) => /^\p{Ll}/u.test(w)) };
}

/** `text` cut to `n` characters, without a separator left at its end. */
function cut(text: string, n: number): string {
  return text.slice(0, Math.max(0, n)).replace(/[-_]+$/, '');
}

/**
 * One file name per item, from a pattern with `{name}`, `{first}`, `{last}`, `{item}`, `{title}`, `{id}`:
 * ASCII only, at most `maxLength` characters (extension included), unique (case-insensitively).
 *
 * A name too long is shortened in this order: the item part (down to 8 characters, or more where items would
 * otherwise read alike), then the given name (down to its initial), then the family name; the name parts are
 * shortened once for the whole packet, so the surname reads the same in every file.
 *
 * @example
 * fileNames([{ id: 'cv', title: 'Curriculum vitae' }], 'Åsa Ødegård', '{last}_{first}_{item}.pdf', 25)
 * // ['Odegard_Asa_cv.pdf']
 * fileNames([{ id: 'cv', title: 'CV' }], { name: 'Áša Ní Bhriain', family_name: 'Ní Bhriain' }, '{last}_{item}.pdf')
 * // ['Ni_Bhriain_cv.pdf']
 */
export function fileNames(items: readonly NameInput[], applicant: string | ApplicantName, pattern = DEFAULT_NAME_PATTERN, maxLength = DEFAULT_MAX_NAME_LENGTH): string[] {
  const person: ApplicantName = typeof applicant === 'string' ? { name: applicant } : applicant;
  const { first, last } = nameParts(person);
  const dot = pattern.lastIndexOf('.');
  const ext = dot > 0 && /^\.[A-Za-z0-9]{1,5}$/.test(pattern.slice(dot)) ? pattern.slice(dot) : '.pdf';
  const template = dot > 0 ? pattern.slice(0, dot) : pattern;
  const room = Math.max(1, maxLength - ext.length);
  const inPattern = (k: string): boolean => template.includes(`{${k}}`);
  const names: Record<NameKey, string> = { name: slug(person.name, '_'), first: slug(first, '-'), last: slug(last, '-') };
  const itemParts = items.map((item): Record<ItemKey, string> => ({ item: slug(item.id, '-'), id: slug(item.id, '-'), title: slug(item.title, '-') }));
  const fill = (parts: Record<string, string>): string => slug(template.replace(/\{(\w+)\}/g, (_, key: string) => parts[key] ?? ''), '_');
  const itemKeys = ITEM_KEYS.filter(inPattern);

  // 1. The floor of the item parts: 8 characters, or as many as keep two different items apart.
  const floor = Math.max(ITEM_FLOOR, telling(itemParts.map((p) => itemKeys.map((k) => p[k]))));
  const atFloor = itemParts.map((p) => Object.fromEntries(itemKeys.map((k) => [k, cut(p[k], floor)])));
  // 2. Name parts, once for the packet, until every file fits with its item parts at that floor.
  const fitsAll = (): boolean => atFloor.every((p) => fill({ ...names, ...p }).length <= room);
  // The given name goes straight to its initial: cut by letters it becomes another name ("Lukas" for Łukasz).
  if (!fitsAll() && inPattern('first') && names.first.length > 1 && (inPattern('last') || inPattern('name'))) names.first = names.first.slice(0, 1);
  for (let guard = 0; !fitsAll() && guard < 500; guard++) {
    const pool = NAME_KEYS.filter((k) => inPattern(k) && names[k].length > 1);
    if (!pool.length) break;
    const longest = pool.reduce((a, b) => (names[b].length > names[a].length ? b : a));
    names[longest] = cut(names[longest], names[longest].length - 1);
  }

  // 3. Each file: its item parts, longest first, until it fits.
  const used = new Set<string>();
  return itemParts.map((parts, i) => {
    const values: Record<string, string> = { ...names, ...parts };
    for (let guard = 0; fill(values).length > room && guard < 500; guard++) {
      const pool = itemKeys.filter((k) => (values[k] ?? '').length > 1);
      if (!pool.length) break;
      const longest = pool.reduce((a, b) => ((values[b] ?? '').length > (values[a] ?? '').length ? b : a));
      values[longest] = cut(values[longest] ?? '', (values[longest] ?? '').length - 1);
    }
    const base = cut(fill(values) || slug(items[i]?.id ?? '', '-') || 'item', room);
    let name = `${base}${ext}`;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = `-${n}`;
      name = `${cut(base, Math.max(1, room - suffix.length))}${suffix}${ext}`;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

/** How many leading characters keep apart items whose parts differ (0 when they all read alike or there is one). */
function telling(parts: readonly string[][]): number {
  const whole = [...new Set(parts.map((p) => p.join('_')))];
  const longest = Math.max(0, ...parts.flat().map((p) => p.length));
  for (let n = 1; n <= longest; n++) {
    if (new Set(whole.map((w) => w.split('_').map((p) => cut(p, n)).join('_'))).size === whole.length) return n;
  }
  return longest;
}

/**
 * The name a single-PDF posting asks its one file to have (its `file_name`, within `max_name_length`), filled as a
 * `--separate` build fills it, with `{item}` read as "application"; undefined when the posting names none.
 *
 * @example
 * packetFileName({ name: 'Aino Virtanen' }, '{last}_{first}_application.pdf', 30); // 'Virtanen_Aino_application.pdf'
 */
export function packetFileName(applicant: ApplicantName, pattern: string | undefined, maxLength?: number): string | undefined {
  if (pattern === undefined || pattern.trim() === '') return undefined;
  return fileNames([{ id: 'application', title: 'Application' }], applicant, pattern, maxLength ?? DEFAULT_MAX_NAME_LENGTH)[0];
}

/** Characters Windows and upload portals refuse in a file name (`?`, `*`, `:`, `<`, `>`, `|`, `"`, `\`, controls), each once. */
export function refusedNameCharacters(name: string): string[] {
  // eslint-disable-next-line no-control-regex
  return [...new Set(name.match(/[?*:<>|"\\\u0000-\u001f\u007f]/g) ?? [])];
}
