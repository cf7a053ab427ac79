/** Whose name an email address is made of: the part before the @ read as a person's name in the usual forms. */
import { foldAccents, titleWord } from '../text/names.js';

/** The ways a name's words are joined in an address: "aino.virtanen", "ainovirtanen", "aino_virtanen", "aino-virtanen". */
const SEPARATORS = ['.', '', '_', '-'] as const;

/** The same letters as German and Nordic addresses write them: "Mäkelä" as "maekelae", "Ødegård" as "oedegaard". */
const SPELLED: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', å: 'aa', ø: 'oe' };

/** A word with its accents folded, both ways an address may write them ("mäkelä": "makela", "maekelae"). */
function foldings(word: string): string[] {
  const spelled = foldAccents([...word].map((c) => SPELLED[c] ?? c).join(''));
  return [...new Set([foldAccents(word), spelled])];
}

/** A name's words, lower case, without titles, notes in parentheses or punctuation: "Prof. Dr. Åsa Ødegård (Oslo)" is ["åsa", "ødegård"]. */
function nameWords(name: string): string[] {
  return name
    .replace(/\([^()]*\)|\[[^\]]*\]/gu, ' ')
    .split(/[\s,]+|(?<=\.)/u)
    .filter((w) => !titleWord(w))
    .flatMap((w) => w.toLowerCase().split(/[^\p{L}\p{M}]+/u))
    .filter((w) => w !== '');
}

/** A name's words as one spelling each, accents folded either way throughout ("Åsa Ødegård": asa odegard, aasa oedegaard). */
function spellings(words: readonly string[]): string[][] {
  const ways = words.map(foldings);
  return [0, 1].map((i) => ways.map((w) => w[Math.min(i, w.length - 1)]!));
}

/** The ways a run of words is written as one ("anna liisa": "anna.liisa", "annaliisa", "anna_liisa", "anna-liisa"). */
function joined(words: readonly string[]): string[] {
  return [...new Set(SEPARATORS.map((s) => words.join(s)))];
}

/**
 * The parts before the @ that a person's name is written as in the usual forms: `given.family`, `givenfamily`,
 * `g.family`, `family.given`, `given_family`, `given-family`, accents folded ("ä" as "a" or "ae"); a name of several
 * words split every way into given names and family name ("Anna-Liisa Mäkelä", "Ludwig van Beethoven"). Joined without
 * a separator only when that makes six letters or more ("lina" of "Li Na" is a name of its own). A one-word name has none.
 *
 * @example
 * nameLocals('Aino Virtanen').has('a.virtanen') // true
 * nameLocals('Åsa Ødegård').has('aasa.oedegaard') // true
 */
export function nameLocals(name: string): Set<string> {
  const out = new Set<string>();
  const words = nameWords(name);
  if (words.length < 2) return out;
  for (const w of spellings(words)) {
    for (let k = 1; k < w.length; k++) {
      const givens = [...new Set([w[0]!, ...joined(w.slice(0, k))])];
      const families = [...new Set([w[w.length - 1]!, ...joined(w.slice(k))])];
      for (const g of givens) {
        for (const f of families) {
          for (const s of SEPARATORS) {
            for (const local of [g + s + f, f + s + g]) if (s !== '' || local.length >= 6) out.add(local);
          }
        }
      }
      for (const f of families) out.add(`${w[0]![0]!}.${f}`);
    }
  }
  return out;
}

/**
 * The parts before the @ a person's own address may have, as many as can be thought of: `nameLocals`, and the given
 * name or family name alone, an initial before or after the family name (`avirtanen`, `virtanena`, `virtanen.a`), the
 * initials (`av`): a referee whose own name gives the part is never taken for someone else.
 */
export function ownLocals(name: string): Set<string> {
  const out = nameLocals(name);
  const words = nameWords(name);
  for (const w of spellings(words)) {
    const initials = w.map((x) => x[0]!).join('');
    out.add(initials);
    for (const x of w) out.add(x);
    for (let k = 1; k < w.length; k++) {
      for (const f of joined(w.slice(k))) {
        for (const s of SEPARATORS) {
          out.add(w[0]![0]! + s + f);
          out.add(f + s + w[0]![0]!);
          out.add(initials.slice(0, k) + s + f);
        }
      }
    }
  }
  return out;
}

/**
 * The parts before the @ that are a person's given name alone, accents folded either way: the first given name, or
 * all of them joined ("aino" of "Aino Virtanen", "anna.liisa" of "Anna-Liisa Mäkelä"); three letters or more, and
 * none for a one-word name. Weaker than `nameLocals`: another person may have that given name.
 *
 * @example
 * givenLocals('Aino Virtanen').has('aino') // true
 */
export function givenLocals(name: string): Set<string> {
  const out = new Set<string>();
  const words = nameWords(name);
  if (words.length < 2) return out;
  for (const w of spellings(words)) {
    for (let k = 1; k < w.length; k++) for (const g of joined(w.slice(0, k))) if (g.length >= 3) out.add(g);
  }
  return out;
}

/** The part before the @ as a name is compared: lower case, without a `+tag` or a number after it ("Aino.Virtanen2+ref" is "aino.virtanen"). */
export function localName(email: string): string {
  const at = email.trim().lastIndexOf('@');
  const local = (at < 0 ? email.trim() : email.trim().slice(0, at)).toLowerCase();
  return local.replace(/\+.*$/u, '').replace(/[._-]?\d+$/u, '');
}
