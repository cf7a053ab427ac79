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

/** The default pattern when the profile sets none. */
export const DEFAULT_NAME_PATTERN = '{last}_{item}.pdf';
/** The default length cap when the profile sets none. */
export const DEFAULT_MAX_NAME_LENGTH = 64;

/**
 * One file name per item, from a pattern with `{name}`, `{first}`, `{last}`, `{item}`, `{title}`, `{id}`:
 * ASCII only, at most `maxLength` characters (extension included), unique (case-insensitively).
 *
 * @example
 * fileNames([{ id: 'cv', title: 'Curriculum vitae' }], 'Åsa Ødegård', '{last}_{first}_{item}.pdf', 25)
 * // ['Odegard_Asa_cv.pdf']
 */
export function fileNames(items: readonly NameInput[], applicant: string, pattern = DEFAULT_NAME_PATTERN, maxLength = DEFAULT_MAX_NAME_LENGTH): string[] {
  const words = applicant.trim().split(/\s+/);
  const first = words[0] ?? '';
  const last = words.length > 1 ? words[words.length - 1]! : first;
  const used = new Set<string>();
  return items.map((item) => {
    const dot = pattern.lastIndexOf('.');
    const ext = dot > 0 && /^\.[A-Za-z0-9]{1,5}$/.test(pattern.slice(dot)) ? pattern.slice(dot) : '.pdf';
    const template = dot > 0 ? pattern.slice(0, dot) : pattern;
    const values: Record<string, string> = {
      name: slug(applicant, '_'),
      first: slug(first, '-'),
      last: slug(last, '-'),
      item: slug(item.id, '-'),
      id: slug(item.id, '-'),
      title: slug(item.title, '-'),
    };
    const fill = () => slug(template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? ''), '_');
    const room = Math.max(1, maxLength - ext.length);
    // Too long: shorten the applicant's names first (the item is what tells the files apart), then the rest.
    for (let guard = 0; fill().length > room && guard < 500; guard++) {
      const used = Object.keys(values).filter((k) => template.includes(`{${k}}`));
      const names = used.filter((k) => ['name', 'first', 'last'].includes(k) && values[k]!.length > 1);
      const pool = names.length ? names : used.filter((k) => values[k]!.length > 1);
      if (!pool.length) break;
      const longest = pool.reduce((a, b) => (values[b]!.length > values[a]!.length ? b : a));
      values[longest] = values[longest]!.slice(0, -1).replace(/[-_]+$/, '');
    }
    const base = (fill() || slug(item.id, '-') || 'item').slice(0, room).replace(/[_-]+$/, '');
    let name = `${base}${ext}`;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = `-${n}`;
      name = `${base.slice(0, Math.max(1, room - suffix.length))}${suffix}${ext}`;
    }
    used.add(name.toLowerCase());
    return name;
  });
}
