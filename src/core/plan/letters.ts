/**
 * Titles of letters given as bare files (`letters: [docs/letter-korhonen.pdf, ...]`): named after their referee
 * when the file name holds one referee's family name, so the cover and the bookmarks never show file names.
 */
import { toAscii } from './file-names.js';

/** Words of a name that are not a family name. */
const HONORIFICS = new Set(['prof', 'professor', 'dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'phd', 'jr', 'sr']);

/** `Prof. Åsa Ødegård` -> `['asa', 'odegard']`: lower-case ASCII words, titles left out. */
function words(text: string): string[] {
  return toAscii(text)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && !HONORIFICS.has(w));
}

/**
 * The referee whose family name (the last word of their name) is a word of the file's name, when exactly one is.
 *
 * @example
 * refereeOfLetter('docs/letter-odegard.pdf', ['Prof. Mikko Korhonen', 'Dr. Åsa Ødegård']) // 'Dr. Åsa Ødegård'
 */
export function refereeOfLetter(ref: string, referees: readonly string[]): string | undefined {
  const file = new Set(words(ref.slice(ref.lastIndexOf('/') + 1).replace(/\.[A-Za-z0-9]{1,5}$/, '')));
  const found = [...new Set(referees)].filter((name) => {
    const w = words(name);
    const family = w[w.length - 1];
    return family !== undefined && family.length >= 2 && file.has(family);
  });
  return found.length === 1 ? found[0] : undefined;
}

/** One bare letter's title, and when it is not named after a referee, whom its file name names (who has a `letter:`). */
export interface LetterName {
  title: string;
  /** The referee it is named after. */
  referee?: string;
  /** The referee its file name names, not credited: that referee's letter is given with them (`letter:`) or earlier. */
  taken?: string;
}

/**
 * The title of each letter given as a bare file in an item: "Letter from <referee>" when its file name names a
 * referee of the manifest who has no letter yet (none with their entry, none earlier in the list), otherwise
 * numbered among the letters not named so: "Letter 1", "Letter 2", ... (or `single` when it is the item's only entry).
 * A second "Letter from Prof. Mikko Korhonen" beside the one given with his entry would tell the reviewer he wrote two.
 *
 * @example
 * letterNames(['a/letter-korhonen.pdf', 'a/scan.pdf'], ['Prof. Mikko Korhonen'], 'Letters')
 * // [{ title: 'Letter from Prof. Mikko Korhonen', referee: 'Prof. Mikko Korhonen' }, { title: 'Letter 1' }]
 */
export function letterNames(refs: readonly string[], referees: readonly string[], single: string, lettered: readonly string[] = []): LetterName[] {
  const key = (name: string): string => words(name).join(' ');
  const credited = new Set(lettered.map(key));
  let n = 0;
  return refs.map((ref) => {
    const name = refereeOfLetter(ref, referees);
    if (name !== undefined && !credited.has(key(name))) {
      credited.add(key(name));
      return { title: `Letter from ${name}`, referee: name };
    }
    n++;
    return { title: refs.length === 1 ? single : `Letter ${n}`, ...(name !== undefined ? { taken: name } : {}) };
  });
}

/**
 * The titles of `letterNames`.
 *
 * @example
 * letterTitles(['a/letter-korhonen.pdf', 'a/scan.pdf'], ['Prof. Mikko Korhonen'], 'Letters')
 * // ['Letter from Prof. Mikko Korhonen', 'Letter 1']
 */
export function letterTitles(refs: readonly string[], referees: readonly string[], single: string, lettered: readonly string[] = []): string[] {
  return letterNames(refs, referees, single, lettered).map((l) => l.title);
}
