/**
 * Who signed a letter: the name on the lines after its closing ("Sincerely,", "Mit freundlichen Grüßen", ...), or
 * on its last lines when it has none, compared with the applicant's and the referees' names. A letter names the
 * applicant all through its body, so only its signature is read for a signer.
 */
import { foldAccents, titleParts, titleWord, TITLES } from '../text/names.js';
import { emailIn } from './filler.js';

/** Words inside family names: "van der Berg", "de la Cruz". */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'ter', 'ten', 'zu', 'af', 'al', 'el', 'bin', 'ben']);

/**
 * Closings that end a letter before its signature, folded, by language (a letter may close in another language than
 * it is written in): English, German, Finnish, Swedish, Norwegian, Danish, Dutch, French, Italian, Spanish,
 * Portuguese, Polish, Czech.
 */
const CLOSINGS_BY_LANGUAGE: Record<string, readonly string[]> = {
  en: [
    'yours sincerely', 'sincerely yours', 'yours faithfully', 'yours truly', 'very truly yours', 'respectfully yours', 'respectfully submitted',
    'with best regards', 'with kind regards', 'with warm regards', 'with best wishes', 'with kindest regards', 'best regards', 'kind regards',
    'kindest regards', 'warm regards', 'warmest regards', 'best wishes', 'sincerely', 'respectfully', 'cordially', 'regards',
    // Everyday closings a referee writes as often: "Best,", "All the best,", "Yours,", "Warmly,", "Thank you,".
    'all the best', 'with all best wishes', 'warm wishes', 'with warm wishes', 'kind wishes', 'yours ever', 'ever yours', 'best', 'yours', 'warmly',
    'with thanks', 'many thanks', 'thank you for your consideration', 'thank you for your time', 'thank you for considering my application', 'thank you', 'thanks', 'with gratitude', 'cheers',
  ],
  de: [
    'mit freundlichen grussen', 'mit freundlichem gruss', 'mit besten grussen', 'freundliche grusse', 'beste grusse', 'hochachtungsvoll', 'viele grusse', 'herzliche grusse',
    // The same typed without umlauts ("Mit freundlichen Gruessen").
    'mit freundlichen gruessen', 'mit freundlichem gruess', 'mit besten gruessen', 'freundliche gruesse', 'beste gruesse', 'viele gruesse', 'herzliche gruesse',
    // Short everyday closings: "Grüße,", "Herzlich,".
    'grusse', 'gruesse', 'gruss', 'gruess', 'herzlich', 'herzlichst',
  ],
  fi: ['ystavallisin terveisin', 'parhain terveisin', 'terveisin', 'kunnioittavasti', 'ystavallisesti', 'tervehtien'],
  sv: ['mvh', 'med vanlig halsning', 'med vanliga halsningar', 'vanliga halsningar', 'med basta halsningar', 'basta halsningar', 'halsningar', 'halsning', 'varma halsningar', 'hjartliga halsningar'],
  no: ['med vennlig hilsen', 'vennlig hilsen', 'hilsen', 'beste hilsen'],
  da: ['med venlig hilsen', 'venlig hilsen', 'bedste hilsner', 'hilsen'],
  nl: ['met vriendelijke groet', 'met vriendelijke groeten', 'hoogachtend', 'groeten', 'groet', 'hartelijke groeten', 'vriendelijke groeten', 'met hartelijke groet'],
  fr: ['bien cordialement', 'cordialement', 'bien a vous', 'salutations distinguees', 'veuillez agreer', 'sinceres salutations', 'meilleures salutations', 'avec mes salutations distinguees', 'amities', 'amicalement', 'bien amicalement', 'salutations'],
  it: ['cordiali saluti', 'distinti saluti', 'i migliori saluti', 'con i migliori saluti', 'un cordiale saluto', 'con stima', 'saluti', 'un saluto', 'cordialmente', 'cari saluti'],
  es: [
    'atentamente', 'muy atentamente', 'saludos cordiales', 'cordiales saludos', 'un cordial saludo', 'un saludo cordial', 'reciba un cordial saludo',
    'reciba un saludo cordial', 'un afectuoso saludo', 'un saludo afectuoso', 'cordialmente',
    // Short closings: "Saludos,", "Un saludo,".
    'saludos', 'un saludo', 'afectuosamente', 'un abrazo',
  ],
  pt: ['atenciosamente', 'cordialmente', 'com os melhores cumprimentos', 'melhores cumprimentos', 'cumprimentos', 'saudacoes', 'abracos'],
  pl: ['z powazaniem', 'pozdrawiam', 'z wyrazami szacunku'],
  cs: ['s pozdravem', 's uctou'],
};
/** Every closing, longest first, so "sincerely yours" is taken whole and "un cordial saludo" before a shorter one. */
const CLOSINGS = [...new Set(Object.values(CLOSINGS_BY_LANGUAGE).flat())].sort((x, y) => y.length - x.length);
/** Closings that are everyday words too: alone or with a comma ("Best, Liisa Laine"), not "Best Paper Award", "Thank you." */
const BARE_CLOSINGS = new Set(['best', 'yours', 'warmly', 'thanks', 'thank you', 'cheers']);
const CLOSING = new RegExp(`^(?:${CLOSINGS.map((c) => c.replace(/ /g, '\\s+')).join('|')})(?=$|[\\s,.;:!\\-–—])`, 'u');
/** After a closing on its line: nothing but punctuation, or a place ("Best regards from Oslo,", "Mit freundlichen Grüßen aus München"). */
const CLOSING_END = /^(?:\s+(?:from|aus|fran|fra|uit|depuis|desde|da|z|ze)\s+\S+(?:\s+\S+)?)?[\s,.;:!]*$/u;
/** A French closing sentence, on one line or ending one ("Veuillez agréer, ..., mes salutations distinguées."), folded. */
const FORMULA = /^(?:veuillez\s+agreer|je\s+vous\s+prie\s+d.\s*agreer|recevez|agreez)\b|\b(?:salutations|sentiments|consideration)\s+(?:les\s+plus\s+)?(?:distingue|respectueu|cordial)\p{L}*\s*\.?$/u;
/** Lines read after the closing: the name, a title, the department, the university. */
const SIGNATURE_LINES = 6;
/** Lines read at the end of a letter without a closing. */
const LAST_LINES = 5;

/** Lower case, accents and ligatures taken apart, "ø" as "o": as names and closings are matched. */
function fold(text: string): string {
  return foldAccents(text).toLowerCase();
}

/** Words of folded text; "Müller" and "Mueller" are one word. */
function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .map((w) => w.replace(/([aou])e/g, '$1'));
}

/**
 * A name's parts: the family name (its last word with the particles before it, or the words before a comma:
 * "Korhonen, Mikko"), the given names.
 */
export interface NameParts {
  /** The family name's last word, folded, its halves run together ("mullerludenscheidt"). */
  family: string;
  /** The words of the family name's last word, folded: ["muller", "ludenscheidt"] of "Müller-Lüdenscheidt", ["berg"] of "van der Berg". */
  familyWords: string[];
  /** The family name as written, particles and all, for messages ("Ødegård", "van der Berg", "Müller-Lüdenscheidt"). */
  shown: string;
  /** The word before the family name, of a name of three words or more ("García" of "María García Márquez"). */
  second?: string;
  /** The given names, folded, particles left out. */
  given: string[];
}

/** The parts of a name as written in the manifest; undefined when it has no family name to look for. */
export function nameParts(name: string): NameParts | undefined {
  const plain = name.replace(/\([^()]*\)|\[[^\]]*\]/gu, ' ');
  const [head = '', ...rest] = plain.split(',');
  const headWords = shownWords(head);
  const tailWords = shownWords(rest.join(' '));
  // "Korhonen, Mikko": the family name first; "Mikko Korhonen, PhD": a degree after the comma.
  const reversed = headWords.length > 0 && tailWords.length > 0;
  const familyShown = headWords[headWords.length - 1];
  if (familyShown === undefined) return undefined;
  const familyWords = words(familyShown);
  const family = familyWords.join('');
  if (family.length < 2) return undefined;
  // The particles before it are the family name's ("van der Berg"), not given names; "Ben Smith" keeps his "Ben".
  let start = headWords.length - 1;
  while (start > (reversed ? 0 : 1) && words(headWords[start - 1]!).every((w) => PARTICLES.has(w))) start--;
  const ordered = reversed ? [...tailWords, ...headWords.slice(0, start)] : headWords.slice(0, start);
  const given = ordered.flatMap(words).filter((w) => !PARTICLES.has(w));
  const second = !reversed && headWords.length >= 3 ? words(headWords[headWords.length - 2]!).join('') : undefined;
  const shown = headWords.slice(start).join(' ').replace(/[.,;:]+$/, '');
  return { family, familyWords, shown, given, ...(second && second.length >= 2 && !PARTICLES.has(second) ? { second } : {}) };
}

/** The halves of a double family name that name its bearer alone ("Müller" of "Müller-Lüdenscheidt"): none of a single name. */
function familyHalves(person: NameParts): string[] {
  return person.familyWords.length < 2 ? [] : person.familyWords.filter((w) => w.length >= 3 && !PARTICLES.has(w));
}

/** Words of a name as written, titles left out ("Prof. Dr. Åsa Ødegård" -> ["Åsa", "Ødegård"]). */
function shownWords(text: string): string[] {
  return text
    .split(/\s+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w !== '' && !titleParts(words(w)));
}

/** A signature line up to a comma, a bracket or a dash: "Prof. Mikko Korhonen, Tampere University" -> "Prof. Mikko Korhonen". */
function nameOfLine(line: string): string {
  return (line.split(/[,;(|/–—]| - /u)[0] ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Whether a line is this person's name and nothing else, titles and a comma's degrees aside ("Aino Virtanen", "Aino
 * Virtanen, MSc"): not "Aino Virtanen – letter of recommendation", a footer or a heading about them.
 */
function signsAlone(line: string, person: NameParts): boolean {
  return signs((line.split(/[,;(]/u)[0] ?? '').trim(), person);
}

/**
 * Whether a signature line is this person's name: titles aside ("Prof. Dr. Korhonen"), the family name last, every
 * word before it one of the given names, an initial ("M. Korhonen") or a particle; after it only a comma, the end,
 * or a title ("Mikko Korhonen, Tampere University", "Mikko Korhonen Professor of ..."). "Aino Virtanen is ..." is
 * not a signature. A double family name signs with a hyphen, a space or none ("Müller Lüdenscheidt"), and, after a
 * given name written out, by either half ("Anna Müller"); a single one with a second half after a hyphen ("Anna
 * Müller-Lüdenscheidt" for Anna Müller) after a given name too.
 */
function signs(line: string, person: NameParts): boolean {
  const head = nameOfLine(line);
  // The words, and whether each is joined to the next by a hyphen ("Müller-Lüdenscheidt").
  const tokens = head.split(/\s+/u).map(words).filter((t) => t.length > 0);
  const w = tokens.flat();
  const joined = tokens.flatMap((t) => t.map((_, k) => k < t.length - 1));
  // Titles first, a word each ("Prof.", "Dr.rer.nat.", "Prof.ssa"): counted in the words they split into.
  let t = 0;
  while (t < tokens.length && titleParts(tokens[t]!)) t++;
  const i = tokens.slice(0, t).flat().length;
  const found = familyIn(w, person, i);
  if (!found || found.at - i > 4) return false;
  const before = w.slice(i, found.at);
  if (!before.every((x) => person.given.includes(x) || x.length === 1 || PARTICLES.has(x) || x === person.second)) return false;
  const core = before.filter((x) => !PARTICLES.has(x));
  const written = core.some((x) => x.length > 1 && person.given.includes(x));
  // An initial alone must be one of theirs: "A. Korhonen" is not Mikko Korhonen.
  const named = written || core.length === 0 || person.given.length === 0;
  if (!named && !core.some((x) => x.length === 1 && person.given.some((g) => g.startsWith(x)))) return false;
  // Half a name is theirs only after their given name: "A. Müller" may be any Müller.
  if (found.half && !written) return false;
  let end = found.end;
  if (written && !found.half) while (end < w.length && joined[end - 1]) end++;
  const after = w.slice(end);
  return after.length === 0 || TITLES.has(after[0]!);
}

/** Where a person's family name stands in `w` from `from` on: whole (its halves in a row, or run together), else one half. */
function familyIn(w: readonly string[], person: NameParts, from: number): { at: number; end: number; half: boolean } | undefined {
  const n = person.familyWords.length;
  for (let k = from; k < w.length; k++) {
    if (person.familyWords.every((x, j) => w[k + j] === x)) return { at: k, end: k + n, half: false };
    if (n > 1 && w[k] === person.family) return { at: k, end: k + 1, half: false };
  }
  const halves = familyHalves(person);
  const k = w.findIndex((x, j) => j >= from && halves.includes(x));
  return k < 0 ? undefined : { at: k, end: k + 1, half: true };
}

/**
 * Whether a line closes a letter, and what of it is the signature's: "" for a closing on a line of its own, with a
 * comma or a place ("Sincerely,", "Mit freundlichen Grüßen", "Best regards from Oslo,", a French closing sentence),
 * the name for a closing and a name on one line ("Yours sincerely, Dr. Jane Smith, University of Oslo");
 * undefined for a line of the body that starts with a closing's word ("Regards to his work on ...", "Sincerely, I
 * hope ..."). The one rule of every check of a letter's signer.
 *
 * @example
 * closingOf('Best regards,') // ''
 * closingOf('Sincerely, Aino Virtanen') // 'Aino Virtanen'
 * closingOf('Regards to his work on proofs, I can say') // undefined
 */
export function closingOf(line: string): string | undefined {
  const folded = fold(line).replace(/^[^\p{L}]+/u, '');
  if (FORMULA.test(folded)) return '';
  const m = CLOSING.exec(folded);
  if (!m) return undefined;
  const after = folded.slice(m[0].length);
  // "Thank you." ends the body; "Thank you," closes it.
  if (BARE_CLOSINGS.has(m[0].replace(/\s+/g, ' '))) {
    if (/^\s*,?\s*$/u.test(after)) return '';
    if (!after.startsWith(',')) return undefined;
  } else if (CLOSING_END.test(after)) return '';
  const rest = afterClosing(line, m[0]);
  return nameShaped(rest) ? rest : undefined;
}

/** Whether text up to its first comma is a name and nothing else: capitalised words, initials, titles, particles ("Dr. Jane Smith", "K. MUELLER"). */
function nameShaped(text: string): boolean {
  const shown = nameOfLine(text).split(/\s+/u).filter((w) => w !== '');
  if (shown.length === 0 || shown.length > 6) return false;
  const name = (w: string) => NAME_WORD.test(w) || CAPS_WORD.test(w) || /^\p{Lo}+$/u.test(w);
  return shown.some(name) && shown.every((w) => name(w) || INITIAL.test(w) || PARTICLES.has(w) || titleParts(words(w)));
}

/** The lines a letter is signed on: after its last closing (`closed`, by `closingOf`), else its last lines. */
export function signatureLines(texts: readonly string[]): { lines: string[]; closed: boolean } {
  const lines = texts
    .join('\n')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => /[\p{L}\p{N}]/u.test(l));
  for (let i = lines.length - 1; i >= 0; i--) {
    const rest = closingOf(lines[i]!);
    if (rest === undefined) continue;
    // "Sincerely, Aino Virtanen" on one line: the rest of it is the first line of the signature.
    const same = rest === '' ? [] : [rest];
    return { lines: [...same, ...lines.slice(i + 1, i + 1 + SIGNATURE_LINES)], closed: true };
  }
  // A page number or a date at the foot is no name.
  return { lines: lines.filter((l) => /\p{L}{2}/u.test(l)).slice(-LAST_LINES), closed: false };
}

/** What follows the closing on its line, as written ("Sincerely, Åsa Ødegård" -> "Åsa Ødegård"). */
function afterClosing(line: string, closing: string): string {
  const start = line.length - line.replace(/^[^\p{L}]+/u, '').length;
  const want = closing.replace(/\s+/g, ' ');
  for (let k = start + 1; k <= line.length; k++) {
    if (fold(line.slice(start, k)).replace(/\s+/g, ' ') === want) return line.slice(k).replace(/^[\s,.;:!\-–—]+/u, '').trim();
  }
  return '';
}

/** Finnish case endings after a name's stem ("Laine|en", "Virtas|ta", "Berg|in" less its "i"), folded. */
const FI_ENDINGS = new Set(['n', 'a', 'ta', 'tta', 'lle', 'lla', 'lta', 'ssa', 'sta', 'ksi', 'na', 'han', 'hen', 'hin', 'hon']);
/** The same after the "s" stem of a name in "-nen" ("Virtasen", "Virtasta", "Virtaselle"). */
const FI_NEN_ENDINGS = new Set(['en', 'ta', 'elle', 'ella', 'elta', 'essa', 'esta', 'eksi', 'ena', 'een']);

/**
 * Whether a folded word is a name written in another case: a Swedish, German or English genitive ("Annas",
 * "Müllers"), or a Finnish inflection ("Lainetta", "Laineen", "Virtasen", "Pekan", "Bergin"). A name of two letters is
 * left as it is.
 *
 * @example
 * nameForm('virtasen', 'virtanen') // true
 */
export function nameForm(word: string, name: string): boolean {
  if (word === name) return true;
  if (name.length < 3) return false;
  if (word === `${name}s`) return true;
  const ends = (stem: string, set: ReadonlySet<string>) => word.startsWith(stem) && set.has(word.slice(stem.length));
  if (/[aeiouy]nen$/.test(name) && name.length >= 5) return ends(`${name.slice(0, -3)}s`, FI_NEN_ENDINGS);
  if (!/[aeiouy]$/.test(name)) return ends(`${name}i`, FI_ENDINGS);
  // "Pekka" -> "Pekan", "Matti" -> "Matin": a double consonant is single before most endings; "Laine" -> "Laineen".
  const weak = name.replace(/(kk|pp|tt)([aeiouy])$/, (_, c: string, v: string) => `${c[0]}${v}`);
  return [name, weak, ...(name.endsWith('e') ? [`${name}e`] : [])].some((stem) => ends(stem, FI_ENDINGS));
}

/** Whether a folded word is this name or a form of it (`nameForm`). */
function isName(word: string, name: string): boolean {
  return word === name || nameForm(word, name);
}

/**
 * Whether the letter names this person anywhere: their family name as a word, either half of a double one ("Lehrstuhl
 * Müller"), or the first of two family names, in any case ("Virtasen", "Müllers").
 */
export function namesPerson(texts: readonly string[], person: NameParts): boolean {
  // A name broken over two lines by a hyphen ("Korho-\nnen") is read whole.
  const all = new Set(words(texts.join('\n').replace(/-\s*\n\s*/g, '')));
  if (all.has(person.family) || person.familyWords.every((w) => all.has(w)) || familyHalves(person).some((w) => all.has(w)) || (person.second !== undefined && all.has(person.second))) return true;
  const names = [person.family, ...familyHalves(person), ...(person.second !== undefined ? [person.second] : [])];
  return [...all].some((w) => names.some((n) => nameForm(w, n)));
}

/**
 * Whether a text calls this person by a given name, written with a capital, in any case ("Aino spent six months in
 * my group", "Ainon työ"): how a referee writes of the one the letter is about. Names under three letters are left out.
 */
export function namesGiven(texts: readonly string[], person: NameParts): boolean {
  const given = person.given.filter((g) => g.length >= 3);
  return texts.some((t) => t.split(/[^\p{L}]+/u).some((w) => /^\p{Lu}\p{Ll}/u.test(w) && words(w).some((x) => given.some((g) => nameForm(x, g)))));
}

/** What a letter's signature shows. */
export interface Signed {
  /** The index in `people` of the person who signs it. */
  by: number;
  /** The signature line as written ("Prof. Mikko Korhonen, Tampere University"). */
  line: string;
  closed: boolean;
}

/**
 * The first of `people` whose name is a line of the letter's signature (after its closing, or at its end without
 * one), with the line; undefined when no line is one of them or the letter has no text to read (a scan). The first
 * of `people` is the applicant, whom a letter names all through: after a closing they sign only on its first line
 * without a digit (a place and date may come before), and only with their name alone (a letter signed by an image has its footer or a note there, "Aino
 * Virtanen – letter of recommendation").
 *
 * @example
 * signerOf(['...I recommend her.\nSincerely,\nAino Virtanen'], [nameParts('Aino Virtanen')!]) // { by: 0, line: 'Aino Virtanen', closed: true }
 */
export function signerOf(texts: readonly string[], people: readonly (NameParts | undefined)[]): Signed | undefined {
  // A page without text (a scanned signature page) may be where the letter is signed: not judged.
  if (texts.length === 0 || texts.some((t) => !/\p{L}/u.test(t))) return undefined;
  const { lines, closed } = signatureLines(texts);
  // A place and date may come first ("Tampere, 1 October 2025"): the applicant's line is the first without a digit.
  const first = lines.findIndex((l) => !/\p{N}/u.test(l));
  for (const [i, line] of lines.entries()) {
    // Without a closing, a sentence of the body may be among the last lines: "Maria Lindqvist, my supervisor, will send her letter directly."
    if (!closed && bodySentence(line)) continue;
    const by = people.findIndex((p, k) => p !== undefined && (k > 0 || !closed ? signs(line, p) : i === first && signsAlone(line, p)));
    // The name as signed, without the university after it.
    if (by >= 0) return { by, line: nameOfLine(line), closed };
  }
  return undefined;
}

/** A line that is a sentence, not a signature: eight words or more ending in a full stop. */
function bodySentence(line: string): boolean {
  return /[.!?]$/u.test(line) && line.split(/\s+/u).length >= 8;
}

/**
 * The index in `people` of the one referee (not the first, the applicant) who signs after a closing with a given name
 * alone ("Best,\nLiisa", "Best, Liisa" for Liisa Laine); undefined when the applicant or another referee has that name.
 *
 * @example
 * givenNameSigner(['...\nBest,\nLiisa'], [nameParts('Aino Virtanen'), nameParts('Liisa Laine')]) // 1
 */
export function givenNameSigner(texts: readonly string[], people: readonly (NameParts | undefined)[]): number | undefined {
  if (texts.length === 0 || texts.some((t) => !/\p{L}/u.test(t))) return undefined;
  const { lines, closed } = signatureLines(texts);
  const line = closed ? lines.find((l) => !/\p{N}/u.test(l)) : undefined;
  const shown = line === undefined ? [] : nameOfLine(line).split(/\s+/u).filter((w) => w !== '');
  // "Sincerely, María José" of Dra. María José García: one given name or more, in their order, and nothing else.
  if (shown.length === 0 || shown.length > 3 || !shown.every((w) => NAME_WORD.test(w))) return undefined;
  const given = shown.map((w) => words(w).join(''));
  const hers = (p: NameParts | undefined) => p !== undefined && p.given.some((_, i) => given.every((g, j) => p.given[i + j] === g));
  if (hers(people[0])) return undefined;
  const by = people.flatMap((p, k) => (k > 0 && hers(p) ? [k] : []));
  // The same referee listed twice is one; two referees of that name, no telling which.
  return new Set(by.map((k) => people[k]!.family)).size === 1 ? by[0] : undefined;
}

/** Whether a text is one of this person's given names and nothing else ("Laura" for Laura Mäkinen): how a letter to them greets them. */
export function givenNameOnly(text: string, person: NameParts): boolean {
  const shown = words(text);
  return shown.length === 1 && person.given.includes(shown[0]!);
}

/** Whether a file's name holds this family name as a word (`letter-korhonen.pdf`), or a half of a double one (`letter-mueller.pdf`). */
export function namedInFileName(ref: string, person: NameParts): boolean {
  const base = ref.slice(Math.max(ref.lastIndexOf('/'), ref.lastIndexOf('\\')) + 1).replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const w = words(base.replace(/_/g, ' '));
  return w.includes(person.family) || familyHalves(person).some((x) => w.includes(x));
}

/**
 * Whether the letter names this person anywhere by a word of their name (the given names too, initials, titles and
 * particles aside; a double name's either half): "Müller-Lüdenscheidt" is named by "Mueller", "Zhang Wei" by "Prof.
 * Zhang". Undefined when the name is not written in Latin letters, which a letter may give in another script.
 */
export function mentionsName(texts: readonly string[], name: string): boolean | undefined {
  const own = shownWords(name.replace(/\([^()]*\)|\[[^\]]*\]/gu, ' ').replace(/,/g, ' ')).flatMap(words).filter((w) => w.length >= 2 && !PARTICLES.has(w) && !TITLES.has(w));
  if (own.length === 0 || !own.every((w) => /^[a-z]+$/.test(w))) return undefined;
  const all = new Set(words(texts.join('\n').replace(/-\s*\n\s*/g, '')));
  return own.some((w) => all.has(w));
}

/**
 * Words that open or make up a signature line and are no one's name: a university, a department, a field, a role, a
 * committee, a country ("Tampere University", "Computer Science", "The Selection Committee"), folded.
 */
const NOT_NAMES = new Set([
  'university', 'universitat', 'universite', 'universidad', 'universita', 'universiteit', 'universitet', 'universitetet', 'universitetas',
  'uniwersytet', 'univerzita', 'yliopisto', 'hogskola', 'hogskolan', 'hochschule', 'fachhochschule', 'polytechnic', 'politecnico', 'polytechnique',
  'institute', 'institut', 'instituto', 'istituto', 'department', 'departement', 'departamento', 'dipartimento', 'dept', 'school', 'ecole',
  'college', 'faculty', 'fakultat', 'faculte', 'facultad', 'laboratory', 'laboratoire', 'laboratorio', 'labor', 'lab', 'centre', 'center',
  'zentrum', 'centro', 'hospital', 'klinik', 'klinikum', 'clinic', 'group', 'gruppe', 'groupe', 'chair', 'lehrstuhl', 'office', 'programme',
  'program', 'science', 'sciences', 'engineering', 'computer', 'computing', 'informatics', 'informatik', 'physics', 'mathematics', 'chemistry',
  'biology', 'medicine', 'economics', 'research', 'studies', 'technology', 'technical', 'technische', 'technischen', 'academy', 'akademie',
  'foundation', 'society', 'council', 'company', 'corporation', 'inc', 'ltd', 'gmbh', 'llc', 'head', 'dean', 'director', 'direktor', 'directeur',
  'directrice', 'chairman', 'chairperson', 'coordinator', 'manager', 'leader', 'supervisor', 'secretary', 'committee', 'board', 'team', 'staff',
  'members', 'the', 'and', 'for', 'und', 'fur', 'et', 'ja', 'och', 'og', 'letter', 'recommendation', 'reference', 'referee', 'candidate',
  'applicant', 'enclosure', 'enclosures', 'encl', 'signed', 'signature', 'page', 'national', 'state', 'federal', 'royal', 'finland', 'suomi',
  'sweden', 'sverige', 'norway', 'norge', 'denmark', 'danmark', 'germany', 'deutschland', 'france', 'netherlands', 'nederland', 'italy',
  'italia', 'spain', 'espana', 'austria', 'osterreich', 'switzerland', 'schweiz', 'suisse', 'belgium', 'poland', 'polska', 'estonia', 'usa',
  'america', 'united', 'states', 'kingdom', 'england', 'scotland', 'canada', 'australia', 'china', 'japan', 'india',
  // Posts, as typed under a signature in the letters' languages ("Maître de Conférences", "Profesora Titular").
  'professeur', 'professeure', 'maitre', 'conferences', 'chercheur', 'chercheuse', 'recherche', 'recherches', 'responsable', 'enseignant',
  'enseignante', 'charge', 'chargee', 'ingenieur', 'ingenieure', 'lehrstuhlinhaber', 'lehrstuhlinhaberin', 'wissenschaftlicher', 'wissenschaftliche',
  'mitarbeiter', 'mitarbeiterin', 'professori', 'yliopistonlehtori', 'tutkija', 'erikoistutkija', 'profesor', 'profesora', 'catedratico', 'catedratica',
  'titular', 'investigador', 'investigadora', 'professore', 'professoressa', 'ricercatore', 'ricercatrice', 'ordinario', 'ordinaria', 'associato',
  'associata', 'lektor', 'universitetslektor', 'forsker', 'hoogleraar', 'universitair', 'hoofddocent',
]);

/** A word of a name as written: capitalised ("Smith", "Müller-Lüdenscheidt", "O'Brien", "McDonald"). */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u;
/** A family name in capitals, after a given name ("Marie DUPONT"). */
const CAPS_WORD = /^\p{Lu}{2,}(?:-\p{Lu}{2,})*$/u;
/** An initial or two ("J.", "J.-W."). */
const INITIAL = /^\p{Lu}\.(?:-?\p{Lu}\.)*$/u;

/**
 * The name a letter is signed with when it is a person's who is none of `people`: the first line after its closing
 * without a digit (a place and date may come before), when that line is a name and nothing else (titles and a comma's
 * degrees or university aside): a given name or initial, a family name, in Latin letters, no word of a university, a
 * field or a role ("Tampere University", "Professor of Computer Science" are not), and no word of any of `people`'s
 * names. Undefined for a letter without a closing, whose last lines may be anything, unless `unclosed` (a letter
 * that opens as one, "To whom it may concern"): then the first of its last lines that is such a name.
 *
 * @example
 * strangerSigner(['...\nSincerely,\nJane Smith\nProfessor of Computer Science'], [nameParts('Aino Virtanen')]) // 'Jane Smith'
 */
export function strangerSigner(texts: readonly string[], people: readonly (NameParts | undefined)[], unclosed = false): string | undefined {
  if (texts.length === 0 || texts.some((t) => !/\p{L}/u.test(t))) return undefined;
  const { lines, closed } = signatureLines(texts);
  if (!closed && !unclosed) return undefined;
  const candidates = lines.filter((l) => !/\p{N}/u.test(l));
  for (const line of closed ? candidates.slice(0, 1) : candidates) {
    const name = strangerName(line, people);
    if (name !== undefined) return name;
  }
  return undefined;
}

/** A signature line's name when it is a name alone and none of `people`'s (`strangerSigner`). */
function strangerName(line: string, people: readonly (NameParts | undefined)[]): string | undefined {
  const head = nameOfLine(line);
  const shown = head.split(/\s+/u).filter((w) => w !== '' && !titleWord(w));
  if (shown.length < 2 || shown.length > 5) return undefined;
  const last = shown[shown.length - 1]!;
  const given = shown.slice(0, -1);
  if (!NAME_WORD.test(last) && !(CAPS_WORD.test(last) && given.some((w) => NAME_WORD.test(w)))) return undefined;
  if (!NAME_WORD.test(given[0]!) && !INITIAL.test(given[0]!)) return undefined;
  if (!given.every((w) => NAME_WORD.test(w) || INITIAL.test(w) || PARTICLES.has(w))) return undefined;
  const folded = shown.flatMap(words);
  if (!folded.every((w) => /^[a-z]+$/.test(w)) || folded.some((w) => NOT_NAMES.has(w))) return undefined;
  const known = new Set(people.flatMap((p) => (p ? [p.family, ...p.familyWords, ...p.given, ...(p.second ? [p.second] : [])] : [])).filter((w) => w.length >= 2 && !PARTICLES.has(w)));
  if (folded.some((w) => known.has(w))) return undefined;
  return head.replace(/[.,;:]+$/u, '');
}

/** Words after "recommend" that are a post or a programme, not a person ("recommend Doctoral Studies as"), folded. */
const NOT_PEOPLE = new Set([
  'position', 'positions', 'post', 'role', 'job', 'vacancy', 'doctoral', 'postdoctoral', 'graduate', 'admission', 'fellowship', 'scholarship', 'grant', 'award', 'prize', 'tenure', 'track', 'professorship', 'lectureship', 'master', 'masters', 'bachelor', 'this', 'her', 'his', 'him', 'them',
  // The same in the other languages read: "lettre de recommandation pour le Poste", "carta de recomendación para la Plaza".
  'poste', 'candidature', 'bourse', 'doctorat', 'these', 'puesto', 'plaza', 'candidatura', 'beca', 'doctorado', 'posto', 'posizione', 'borsa', 'dottorato', 'tjansten', 'tjanst', 'doktorandtjanst', 'functie', 'positie', 'promotieplaats', 'vacature', 'tehtavaan', 'paikkaa',
  // Funding programmes a letter of support is for ("Letter of support for Horizon Europe"), no one's name.
  'horizon', 'europe', 'european', 'erasmus', 'nordic', 'nordforsk',
]);
/**
 * A word after capitalised words that makes them a programme, a scheme or a project, not a person ("Horizon Europe
 * funding", "Marie Curie Fellowship", "Kone Foundation grant"), folded.
 */
const FUNDED = new Set([
  'funding', 'fund', 'funds', 'funded', 'programme', 'program', 'grant', 'grants', 'application', 'applications', 'project', 'projects', 'call', 'calls',
  'fellowship', 'fellowships', 'scholarship', 'award', 'prize', 'proposal', 'scheme', 'initiative', 'action', 'actions', 'consortium', 'network', 'bid',
  'forderung', 'programm', 'projekt', 'antrag', 'rahoitus', 'hanke', 'hankkeen', 'financement', 'projet', 'programa', 'proyecto', 'progetto', 'programma',
  'financiering', 'subsidie', 'ansokan',
]);

/** What the one a referee's letter is about was to them: "my MSc student", "a doctoral researcher", "one of my best students". */
const PROTEGE = '(?:students?|postdocs?|researchers?|interns?|assistants?|supervisees?|advisees?|mentees?|trainees?|candidates?|doctoral\\s+\\p{L}+|phd\\s+\\p{L}+)';
/** A verb of studying or working, as a letter tells of its subject's time with the writer: "completed", "wrote", "did", "worked", "has been working". */
const STUDIED =
  '(?:(?:has|had)\\s+)?(?:completed|wrote|written|did|done|finished|defended|prepared|pursued|undertook|undertaken|conducted|carried\\s+out|worked|studied|spent|stayed|trained|served|interned|been\\s+(?:working|studying|employed)|was\\s+(?:working|studying|employed|trained|based|enrolled))';
/** The writer as the one studied or worked with, after `STUDIED` in one sentence: "with me", "under my supervision", "in my lab", "as my research assistant". */
const WITH_WRITER =
  `(?:(?:with|under|for)\\s+me|under\\s+my\\s+(?:\\p{L}+\\s+){0,2}(?:supervision|guidance|direction|mentorship)|in\\s+(?:my|our)\\s+(?:\\p{L}+\\s+)?(?:group|lab|laboratory|team|department|project|course|class)|as\\s+my\\s+(?:\\p{L}+\\s+){0,2}?${PROTEGE})`;
/** Finnish adverbs between "suosittelen" and the name ("lämpimästi", "varauksetta"). */
const FI_HOW = '(?:\\s+(?:l(?:ä|a)mpim(?:ä|a)sti|vilpitt(?:ö|o)m(?:ä|a)sti|varauksetta|ehdottomasti|mielell(?:ä|a)ni))?';

/** A reference form's label of the one it is about, in the languages the checks read: the applicant, candidate, student, nominee. */
const FORM_SUBJECT_LABEL = [
  "(?:full\\s+)?name\\s+of\\s+(?:the\\s+)?(?:applicant|candidate|student|nominee)",
  "(?:applicant|candidate|student|nominee)(?:['’]s)?(?:\\s+(?:full\\s+)?name)?",
  'name\\s+de[rs]\\s+(?:bewerber(?:in|s)?|kandidat(?:in|en)?)',
  'bewerber(?:in)?(?:\\s*\\(in\\))?|kandidat(?:in)?',
  'hakija(?:n\\s+nimi)?',
  'nom\\s+(?:du\\s+candidat|de\\s+la\\s+candidate)|candidate?',
  'nombre\\s+del?\\s+(?:candidat[oa]|solicitante|postulante)',
  's(?:ö|o)kande(?:ns\\s+namn)?',
].join('|');

/** A form's label of the one it is about at a line's start, numbered or not ("1. Name of applicant", "(a) Candidate", read after its "("). */
// What the label asks for may follow it in brackets: "Applicant (name, institution):".
const FORM_SUBJECT_LEAD = `(?:(?<=(?<![^\\n])\\()(?:\\d{1,2}|[a-z]|[ivx]{1,4})\\)[^\\S\\n]*|(?<![^\\n])(?:(?:\\d{1,2}|[a-z])[.)][^\\S\\n]*)?)(?:${FORM_SUBJECT_LABEL})(?:[^\\S\\n]*\\([^()\\n]{1,40}\\))?`;

/** Titles before a recommended name: English and German ("Mr.", "Herrn"), French, Spanish, Italian, Swedish, Dutch. */
const SUBJECT_TITLES = {
  en: 'mr|mrs|ms|miss|dr|prof|herrn?|frau',
  fr: 'm|mme|mlle|monsieur|madame|dr|pr|prof',
  es: 'sr|sra|srta|don|doña|dona|d|dña|dr|dra|prof|profa',
  it: 'il|la|sig|sig\\.ra|signor|signora|dott|dott\\.ssa|dr|dr\\.ssa|ing|prof|prof\\.ssa',
  sv: 'herr|fru|dr|prof',
  nl: 'de\\s+heer|dhr|mevr|mevrouw|drs|ir|dr|prof',
  fi: '',
};

/**
 * The openings that name the one a letter recommends, before the name (titles aside): "recommendation for", "recommend
 * ...", "in support of", "reference for", "Empfehlungsschreiben für", "recommander M.|Mme", "lettre de recommandation pour",
 * "recomendar a", "carta de recomendación para", "raccomandare", "lettera di raccomandazione|referenza per",
 * "rekommendera", "rekommendationsbrev för", "aanbevelingsbrief voor", "suosittelen ...:tä", "suosituskirje ...:lle",
 * and Finnish without a colon ("suosittelen Pekka Lainetta", "suosituskirje Pekka Laineelle"); the Dutch verb and the
 * Finnish "hakemus" come after the name ("Jan de Vries van harte aanbevelen", "Pekka Laineen hakemusta"), as does
 * "has my ... recommendation". The name's
 * words are checked apart, as written. `after` is what must follow the name; `titled`, that a title must come before
 * it; `last`, the case its last word must be in (folded); `upTo`, a case that ends the name at its first word in it.
 */
const SUBJECT_PHRASES: { lead: string; after: string; titles: keyof typeof SUBJECT_TITLES; titled?: boolean; last?: RegExp; upTo?: RegExp; weak?: boolean; start?: string; first?: boolean }[] = [
  // A form's label at a line's start ("Name of applicant:", "Hakijan nimi:"), numbered or not ("1. Name of applicant:", "(a) Candidate:", read after its "(" for the word boundary), and the name after it on that line.
  { lead: `${FORM_SUBJECT_LEAD}\\s*:(?=[^\\S\\n])`, after: '', titles: 'en' },
  // The label alone at a line's end, the name the whole next line.
  { lead: `${FORM_SUBJECT_LEAD}[^\\S\\n]*:[^\\S\\n]*(?=\\n[^\\S\\n]*\\S)`, after: '[^\\S\\n]*(?=\\n|$)', titles: 'en' },
  // The same label alone on the line under the name, its caption ("Pekka Laine" / "Name of applicant"), or "(applicant)" after it.
  { lead: '', after: `(?:[^\\S\\n]*\\n[^\\S\\n]*(?:\\d{1,2}[.)][^\\S\\n]*)?(?:${FORM_SUBJECT_LABEL})[^\\S\\n]*:?|[^\\S\\n]+\\((?:${FORM_SUBJECT_LABEL})\\))[^\\S\\n]*(?=\\n|$)`, titles: 'en' },
  { lead: 'recommendation\\s+(?:letter\\s+)?for:?', after: '', titles: 'en' },
  { lead: 'reference\\s+(?:letter\\s+)?for:?', after: '', titles: 'en' },
  // A letter's subject line, the name alone on it: "Re: Pekka Laine".
  { lead: '(?<![^\\n])(?:re|subject|concerning|regarding|betreff|objet|asunto|oggetto|onderwerp|asia|(?:ä|a)mne)\\s*:', after: '[^\\S\\n]*(?=\\n|$)', titles: 'en' },
  // "I had the pleasure of supervising Pekka Laine", "I supervised Pekka Laine's thesis": not "co-supervised", and the name may be a co-supervisee's ("... Pekka Laine and Aino").
  { lead: '(?<![\\p{L}-])(?:supervis(?:ing|ed)|mentor(?:ing|ed)|advis(?:ing|ed)|host(?:ing|ed)|teaching|taught)', after: '', titles: 'en', weak: true },
  // "I am writing this letter for Pekka Laine, who is applying", "This letter is for Pekka Laine".
  { lead: '(?:writ(?:e|ing)(?:\\s+(?:this|a|my))?(?:\\s+letter)?|this\\s+letter\\s+is)\\s+for', after: '', titles: 'en', weak: true },
  // The subject of the letter's first sentence that opens with a name and tells of them ("Pekka Laine joined my group in 2021", "Mr. Pekka Laine was my MSc student"): not one about the applicant too ("Dr. Pekka Laine was her co-supervisor").
  {
    lead: '',
    start: '(?:(?<![^\\n])|(?<=[.!?][^\\S\\n]))[^\\S\\n]*',
    after: `\\s+(?:(?:joined|came\\s+to|started\\s+in)\\s+(?:my|our)|(?:was|is|has\\s+been)\\s+(?:my|our|a|an|one\\s+of\\s+(?:my|our|the))\\s+(?:\\p{L}+\\s+){0,3}?${PROTEGE})(?!\\p{L})`,
    titles: 'en',
    weak: true,
    first: true,
  },
  // The same sentence with a verb of studying or working with the writer: "Pekka Laine completed his thesis with me", "... wrote his master's thesis under my supervision", "... worked in my lab for two years".
  {
    lead: '',
    start: '(?:(?<![^\\n])|(?<=[.!?][^\\S\\n]))[^\\S\\n]*',
    after: `\\s+${STUDIED}(?:[^\\S\\n]+[^\\s.!?]+){0,6}?[^\\S\\n]+${WITH_WRITER}(?!\\p{L})`,
    titles: 'en',
    weak: true,
    first: true,
  },
  // German "Ich empfehle Pekka Laine nachdrücklich", "Wir empfehlen Herrn Pekka Laine".
  { lead: 'empfehlen?(?:\\s+(?:ich|wir))?(?:\\s+(?:nachdr(?:ü|ue|u)cklich|w(?:ä|ae|a)rmstens|uneingeschr(?:ä|ae|a)nkt|ausdr(?:ü|ue|u)cklich|sehr|gerne?|vorbehaltlos))?', after: '', titles: 'en' },
  // Weak openings (a name after them may be a co-supervisor's, "my colleague Pekka Laine and I"): "my former student, Pekka Laine", "on behalf of", "I have known".
  { lead: 'my\\s+(?:(?:former|previous|current|own|excellent|doctoral|phd|master[\'’]?s|msc|graduate|undergraduate|research)\\s+){0,2}(?:students?|postdocs?|colleagues?|supervisees?|advisees?|mentees?|assistants?)\\s*,?', after: '', titles: 'en', weak: true },
  { lead: 'on\\s+behalf\\s+of', after: '', titles: 'en', weak: true },
  { lead: "i(?:\\s+have|['’]ve)\\s+known", after: '', titles: 'en', weak: true },
  { lead: 'support(?:s|ing)?', after: "['’]s?\\s+(?:application|candidacy|nomination|appointment)\\b", titles: 'en' },
  { lead: 'empfehlungsschreiben\\s+f(?:ü|ue)r', after: '', titles: 'en' },
  // The name after the verb, whatever follows it: "I highly recommend Pekka Laine.", "... Pekka Laine, my student", "... with enthusiasm".
  { lead: 'recommend(?:ing)?', after: '', titles: 'en' },
  // "in strong support of the application of Pekka Laine": the name after what is supported, too.
  { lead: 'in\\s+(?:\\p{L}+\\s+){0,2}support\\s+of(?:\\s+(?:the|his|her|their)\\s+(?:application|candidacy|nomination|appointment)\\s+of)?', after: '', titles: 'en' },
  { lead: '(?:letter\\s+of\\s+support|support\\s+letter)\\s+for', after: '', titles: 'en' },
  // "Pekka Laine has my highest recommendation": the name before it, read from its end.
  { lead: '', after: '\\s+has\\s+my\\s+(?:\\p{L}+\\s+){0,2}(?:recommendation|endorsement|support)\\b', titles: 'en' },
  { lead: '(?:lettre\\s+de\\s+)?(?:recommandation|r[eé]f[eé]rence)\\s+(?:pour|en\\s+faveur\\s+de)', after: '', titles: 'fr' },
  { lead: 'recommand(?:er|e|ons)(?:\\s+(?:vivement|chaleureusement|fortement|sans\\s+r[eé]serve))?', after: '', titles: 'fr', titled: true },
  { lead: 'recommand(?:er|e|ons)(?:\\s+(?:vivement|chaleureusement|fortement|sans\\s+r[eé]serve))?', after: '\\s+(?:pour|comme|au|[aà](?!\\p{L}))', titles: 'fr' },
  { lead: 'carta\\s+de\\s+(?:recomendaci[oó]n|referencia)\\s+(?:para|a\\s+favor\\s+de)(?:\\s+(?:el|la))?', after: '', titles: 'es' },
  { lead: 'recom(?:endar|iendo|endamos)(?:\\s+(?:ampliamente|encarecidamente|vivamente|sin\\s+reservas?|con\\s+entusiasmo))?\\s+(?:a(?:\\s+(?:la|el))?|al)', after: '', titles: 'es' },
  { lead: 'lettera\\s+di\\s+(?:referenz[ae]|raccomandazione|presentazione)\\s+(?:per|a\\s+favore\\s+d(?:i|el|ella))', after: '', titles: 'it' },
  { lead: 'raccomand(?:are|o|iamo)(?:\\s+(?:vivamente|caldamente|fortemente|senza\\s+riserve))?', after: '', titles: 'it' },
  { lead: 'rekommendationsbrev\\s+f(?:ö|o)r', after: '', titles: 'sv' },
  { lead: 'rekommender(?:a|ar)(?:\\s+(?:varmt|starkt|varmeligen|utan\\s+f(?:ö|o)rbeh(?:å|a)ll))?', after: '', titles: 'sv' },
  { lead: 'aanbeveling(?:sbrief)?\\s+voor', after: '', titles: 'nl' },
  { lead: 'beveel(?:\\s+(?:ik|wij|we))?', after: '(?:\\s+(?:van\\s+harte|ten\\s+zeerste|graag|sterk|zonder\\s+voorbehoud))?\\s+aan\\b', titles: 'nl' },
  { lead: '', after: '(?:\\s+(?:van\\s+harte|ten\\s+zeerste|graag|sterk|zonder\\s+voorbehoud))?\\s+aan(?:bevelen|raden)\\b', titles: 'nl' },
  { lead: `suosittel(?:en|emme)${FI_HOW}`, after: ':\\p{L}{1,3}(?!\\p{L})', titles: 'fi' },
  { lead: 'suosituskirje', after: ':ll[ea](?!\\p{L})', titles: 'fi' },
  // Finnish inflects the family name and no colon comes before the ending: partitive after the verb, allative after the letter.
  { lead: `suosittel(?:en|emme)${FI_HOW}`, after: '', titles: 'fi', last: /a$/, upTo: /(?:ta|aa)$/ },
  { lead: 'suositus(?:kirje)?', after: '', titles: 'fi', last: /lle$/, upTo: /lle$/ },
  { lead: '', after: '\\s+(?:hakemu|valin(?:ta|na))\\p{L}*', titles: 'fi', last: /n$/ },
];
/** Words that end a recommended name read from its opening ("recommendation for Pekka Laine To The Committee"), or start it, and a form's answers ("Yes, No"), folded. */
const SUBJECT_STOPS = new Set(['to', 'as', 'of', 'in', 'at', 'on', 'by', 'with', 'from', 'an', 'ik', 'wij', 'we', 'graag', 'suosittelen', 'suosittelemme', 'tuen', 'puollan', 'yes', 'no', 'none']);
/** A run of words where a recommended name is looked for: lazily before what must follow it, greedily after an opening. */
const SUBJECT_RUN = { lazy: '((?:[^\\s,;:]+\\s+){1,5}?[^\\s,;:]+)', greedy: '((?:[^\\s,;:]+\\s+){1,5}[^\\s,;:]+)' };
const SUBJECT = SUBJECT_PHRASES.map(({ lead, after, titles, titled, last, upTo, weak, start: at, first }) => {
  const title = SUBJECT_TITLES[titles] === '' ? '' : `(?:(?:${SUBJECT_TITLES[titles]})\\.?\\s+)${titled ? '+' : '*'}`;
  const start = at ?? (lead === '' ? '(?<![^\\s(])' : `\\b${lead}\\s+`);
  const re = new RegExp(`${start}${title}${after === '' ? SUBJECT_RUN.greedy : SUBJECT_RUN.lazy}${after}`, 'giu');
  return { re, from: lead !== '' ? (after !== '' ? ('whole' as const) : ('start' as const)) : ('end' as const), last, upTo, weak: weak === true, first: first === true };
});
/** A sentence about a name that tells of the applicant or of work shared with them too: "Dr. Pekka Laine was her co-supervisor", "... with me". */
const SHARED = /(?<!\p{L})(?:her|him|them|with|co-\p{L}+|together|we|us|and\s+I)(?!\p{L})/iu;
/**
 * What after a name read from a weak opening tells of that person's tie to someone else, the one the letter is about:
 * "my colleague Pekka Laine, who co-supervised her", "... who taught him", "... her co-advisor"; not "who completed her thesis with me".
 */
const OF_ANOTHER =
  /(?<!\p{L})(?:co-?(?:supervis|advis|mentor|author|direct|host)\p{L}*|(?:supervis|advis|mentor|taught|teach|host|train|guid|introduc|recommend|refer)\p{L}*\s+(?:her|him|them)|(?:her|his|their)\s+(?:\p{L}+\s+)?(?:supervisor|advis[oe]r|mentor|examiner|teacher|host))(?!\p{L})/iu;
/** What after a name makes it one of two people, not whom a letter is about: "Pekka Laine and I", "Pekka Laine with me". */
const TOGETHER = /^['’]?s?[\s,]*(?:and|&|with|together)(?!\p{L})/iu;

/** Whether a word, as written, may be a word of a recommended person's name: capitalised, Latin letters, no post, place or programme. */
function subjectWord(w: string): boolean {
  if (!NAME_WORD.test(w) || titleWord(w)) return false;
  // "Tampereen Yliopiston hakemus": a university inflected is no more a name.
  return words(w).every((x) => /^[a-z]+$/.test(x) && !NOT_PEOPLE.has(x) && !FUNDED.has(x) && !SUBJECT_STOPS.has(x) && !NOT_NAMES.has(x) && ![...NOT_NAMES].some((n) => nameForm(x, n)));
}

/**
 * The name in a run of words: from its start (after an opening), up to a word that is no name's, a line break after
 * two words, or punctuation ("Pekka Laine's", "(Pekka Laine)."); from its end (before "aanbevelen"); or all of it.
 * Particles inside ("María del Carmen Ruiz Gómez"); undefined without two name words.
 */
function subjectName(run: string, from: 'start' | 'end' | 'whole', upTo: RegExp | undefined): string[] | undefined {
  const parts = run.split(/(\s+)/u);
  const tokens = parts.flatMap((t, k) => (k % 2 === 0 ? [{ t, clean: t.replace(/[^\p{L}]+$/u, '').replace(/['’]s$/u, ''), line: k > 0 && parts[k - 1]!.includes('\n') }] : []));
  const ok = (c: string) => subjectWord(c) || PARTICLES.has(c);
  const count = (xs: readonly string[]) => xs.filter((x) => !PARTICLES.has(x)).length;
  let name: string[] = [];
  if (from === 'whole') {
    if (!tokens.every((x, k) => ok(x.clean) && (k === tokens.length - 1 || x.clean === x.t))) return undefined;
    name = tokens.map((x) => x.clean);
  } else if (from === 'start') {
    for (const x of tokens) {
      // "Horizon Europe funding", "Marie Curie Fellowship": the words name a programme.
      if (!ok(x.clean) && !x.line && name.length > 0 && words(x.clean).some((w) => FUNDED.has(w))) return undefined;
      if (!ok(x.clean) || (x.line && count(name) >= 2)) break;
      name.push(x.clean);
      if (x.clean !== x.t || (upTo && count(name) >= 2 && upTo.test(fold(x.clean)))) break;
    }
  } else {
    for (const [k, x] of [...tokens.entries()].reverse()) {
      if (!ok(x.clean) || (x.clean !== x.t && k < tokens.length - 1) || (tokens[k + 1]?.line && count(name) >= 2)) break;
      name.unshift(x.clean);
    }
  }
  while (name.length > 0 && PARTICLES.has(name[name.length - 1]!)) name.pop();
  while (name.length > 0 && PARTICLES.has(name[0]!)) name.shift();
  return count(name) >= 2 ? name : undefined;
}

/**
 * The person a letter recommends, when it is none of `people` (the first is the applicant): a capitalised given and
 * family name, three words or more too ("María del Carmen Ruiz Gómez", "Nguyen Thi Minh Anh"), after "recommendation
 * for (Mr.)", "recommend (Ms.) ...", "... has my recommendation", "in support of", "reference for", "Empfehlungsschreiben für (Herrn)", "suosittelen
 * ...:tä|-tta", with no word of any of `people`'s names in any case ("Lainetta" is Laine's), in a letter that names the
 * applicant's family name nowhere: a letter written for someone else. Undefined for a letter about you.
 *
 * @example
 * otherSubject(['Letter of recommendation for Mr. Pekka Laine'], [nameParts('Aino Virtanen')]) // 'Pekka Laine'
 */
export function otherSubject(texts: readonly string[], people: readonly (NameParts | undefined)[]): string | undefined {
  const applicant = people[0];
  if (!applicant || texts.length === 0 || namesPerson(texts, applicant)) return undefined;
  // Line breaks are kept: a heading's name does not run on into the next line's first words.
  const text = texts.join('\n').normalize('NFC').replace(/-[^\S\n]*\n\s*/g, '').replace(/[^\S\n]+/g, ' ');
  const known = [...new Set(people.flatMap((p) => (p ? [p.family, ...p.familyWords, ...p.given, ...(p.second ? [p.second] : [])] : [])).filter((w) => w.length >= 2 && !PARTICLES.has(w)))];
  // A letter that calls the applicant by given name ("Aino joined my group") is theirs, whoever else it names after a weak opening.
  const givenNamed = words(text).some((w) => applicant.given.includes(w));
  // Weak openings are read last: a form's "Applicant: Laine, Pekka" says whom it is about as written.
  const reversed = { re: FORM_SUBJECT_REVERSED, from: 'reversed' as const, last: undefined, upTo: undefined, weak: false, first: false };
  for (const { re, from, last, upTo, weak, first } of [...SUBJECT.filter((s) => !s.weak), reversed, ...SUBJECT.filter((s) => s.weak)]) {
    // Only the first sentence that opens with a name: a later one may tell of a colleague.
    for (const m of first ? [...text.matchAll(re)].filter((x) => from !== 'reversed' && subjectName(x[1]!, from, upTo) !== undefined).slice(0, 1) : text.matchAll(re)) {
      if (from === 'reversed') {
        const shown = reversedSubject(m, known);
        if (shown !== undefined) return shown;
        continue;
      }
      const shown = subjectName(m[1]!, from, upTo);
      if (!shown || (last && !last.test(fold(shown[shown.length - 1]!)))) continue;
      const rest = nameRest(text, m, shown);
      if (weak && (givenNamed || TOGETHER.test(rest) || OF_ANOTHER.test(rest.split(/[.!?\n]/u)[0]!))) continue;
      // Read after the opening's own words ("... with me"): what follows may tell of the applicant too.
      if (first && SHARED.test(text.slice(m.index! + m[0].length).split(/[.!?\n]/u)[0]!)) continue;
      if (shown.filter((w) => !PARTICLES.has(w)).flatMap(words).some((w) => known.some((k) => isName(w, k)))) continue;
      return shown.join(' ');
    }
  }
  return undefined;
}

/** A name a form gives family name first (`FORM_SUBJECT_REVERSED`), when it is none of the `known` names' words. */
function reversedSubject(m: RegExpMatchArray, known: readonly string[]): string | undefined {
  // Titles before the family name aside ("Dr. Laine, Pekka"); a family name in capitals as forms print it ("LAINE, Pekka").
  const familyShown = m[1]!.split(/\s+/u);
  const lead = familyShown.findIndex((w) => !titleWord(w));
  const family = familyShown.slice(lead < 0 ? familyShown.length : lead).map((w) => (CAPS_WORD.test(w) ? w.charAt(0) + w.slice(1).toLowerCase() : w));
  const given = m[2]!.split(/\s+/u);
  const name = [...given, ...family];
  // Family words and given words, each part a name's ("Laine, Pekka", "van der Berg, Jan"), none of `people`'s in any order.
  if (![family, given].every((part) => part.some((w) => subjectWord(w)) && part.every((w) => subjectWord(w) || PARTICLES.has(w)))) return undefined;
  if (name.filter((w) => !PARTICLES.has(w)).flatMap(words).some((w) => known.some((k) => isName(w, k)))) return undefined;
  return `${familyShown.slice(lead < 0 ? familyShown.length : lead).join(' ')}, ${m[2]!}`;
}

/** The text after the name read from a weak opening's match, which ends with its run of words ("Pekka Laine| and I co-supervised her"). */
function nameRest(text: string, m: RegExpMatchArray, shown: readonly string[]): string {
  let at = m.index! + m[0].length - m[1]!.length;
  for (const w of shown) at = text.indexOf(w, at) + w.length;
  return text.slice(at);
}

/** A form's label and a name after it written family name first ("Applicant: Laine, Pekka", "Name of applicant:\nvan der Berg, Jan"), up to the line's end or a comma. */
const FORM_SUBJECT_REVERSED = new RegExp(
  `${FORM_SUBJECT_LEAD}[^\\S\\n]*:[^\\S\\n]*\\n?[^\\S\\n]*((?:[^\\s,;:]+[^\\S\\n]+){0,3}[^\\s,;:]+),[^\\S\\n]*((?:[^\\s,;:]+[^\\S\\n]+){0,2}[^\\s,;:]+)[^\\S\\n]*(?=[,;\\n]|$)`,
  'giu',
);

/** Lines at the top of a CV's first page read for whose it is: a heading, the name, the address, the telephone. */
const CV_HEAD_LINES = 8;
/** Words of a CV's headings, no one's name ("Curriculum Vitae", "Personal Details", "Lebenslauf"), folded. */
const CV_HEADINGS = new Set([
  'curriculum', 'vitae', 'vita', 'resume', 'cv', 'lebenslauf', 'ansioluettelo', 'meritforteckning', 'personal', 'details', 'information',
  'contact', 'profile', 'summary', 'education', 'experience', 'skills', 'publications', 'interests', 'career', 'employment', 'address',
  'name', 'email', 'phone', 'date', 'birth', 'born', 'nationality', 'citizenship', 'updated', 'last', 'list', 'selected',
]);
/**
 * Words of a post a CV's heading may give under or for the name ("Senior Data Scientist", "Software Engineer",
 * "Doktorandin", "Väitöskirjatutkija", "Forskningsingenjör"), in the languages the checks read, as `words` folds them: no one's name.
 */
const CV_POSTS = new Set([
  'scientist', 'scientists', 'engineer', 'developer', 'programmer', 'analyst', 'researcher', 'consultant', 'designer', 'architect',
  'specialist', 'expert', 'officer', 'administrator', 'technician', 'postdoc', 'postdoctoral', 'doctoral', 'predoctoral', 'graduate',
  'undergraduate', 'fellow', 'student', 'intern', 'trainee', 'teacher', 'instructor', 'tutor', 'scholar', 'economist', 'statistician',
  'physicist', 'chemist', 'biologist', 'mathematician', 'linguist', 'historian', 'psychologist', 'sociologist', 'epidemiologist',
  'bioinformatician', 'data', 'software', 'machine', 'learning', 'deep', 'applied', 'computational', 'quantitative', 'clinical', 'analytics',
  'visiting', 'principal', 'chief', 'lead', 'junior', 'product', 'project', 'systems', 'full', 'stack', 'backend', 'frontend', 'devops',
  'wissenschaftler', 'wissenschaftlerin', 'ingenieurin', 'entwickler', 'entwicklerin', 'softwareentwickler', 'softwareentwicklerin',
  'berater', 'beraterin', 'doktorand', 'doktorandin', 'forscher', 'forscherin', 'informatiker', 'informatikerin', 'physiker', 'physikerin',
  'mathematiker', 'mathematikerin', 'referent', 'referentin', 'projektleiter', 'projektleiterin', 'leiter', 'leiterin', 'studentin',
  'praktikant', 'praktikantin', 'assistent', 'assistentin', 'lehrer', 'lehrerin', 'dozentin', 'datenwissenschaftler', 'datenwissenschaftlerin',
  'tohtorikoulutettava', 'vaitoskirjatutkija', 'tutkijatohtori', 'nuorempi', 'vanhempi', 'insinoori', 'ohjelmistokehittaja', 'kehittaja',
  'ohjelmistosuunnittelija', 'suunnittelija', 'asiantuntija', 'konsultti', 'analyytikko', 'opiskelija', 'lehtori', 'projektipaallikko',
  'johtaja', 'datatieteilija', 'ohjelmoija', 'forskare', 'doktorand', 'ingenjor', 'forskningsingenjor', 'utvecklare', 'systemutvecklare',
  'konsult', 'analytiker', 'projektledare', 'postdoktor', 'larare', 'datavetare', 'developpeur', 'developpeuse', 'analyste', 'consultante',
  'doctorant', 'doctorante', 'etudiant', 'etudiante', 'scientifique', 'stagiaire', 'ingeniero', 'ingeniera', 'desarrollador', 'desarrolladora',
  'analista', 'consultor', 'consultora', 'cientifico', 'cientifica', 'estudiante', 'doctorando', 'doctoranda', 'becario', 'becaria', 'tecnico',
  'tecnica', 'ingegnere', 'sviluppatore', 'sviluppatrice', 'consulente', 'dottorando', 'dottoranda', 'studente', 'studentessa', 'assegnista',
  'borsista', 'onderzoeker', 'promovendus', 'ontwikkelaar', 'adviseur', 'analist', 'wetenschapper', 'medewerker', 'promovenda',
].flatMap(words));
/** A name's prefix a capital may follow inside the word ("McDonald", "MacLeod", "DeVries", "LeBlanc", "FitzGerald"). */
const CAPITAL_AFTER = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|Del|Della|La|Le|Van|Von|Ten|Ter|St)(?=\p{Lu})/u;
/**
 * A word run on from text read out of order or garbled (an encrypted or oddly drawn file gives "YajTlibnekreb",
 * "QTlibnekreb"): a capital after a small letter, or two capitals before small ones, but for a name's prefix or "IJ".
 */
function runOn(word: string): boolean {
  return word.split(/[-'’]/u).some((part) => {
    const rest = part.replace(CAPITAL_AFTER, '');
    return /\p{Ll}\p{Lu}/u.test(rest) || (/^\p{Lu}{2,}\p{Ll}/u.test(rest) && !/^IJ\p{Ll}/u.test(rest));
  });
}
/** An address whose domain ends in a run-on word ("jay@adventhp.comTlibnekreb"): garbled text, not an address. */
function cvEmail(line: string): string | undefined {
  const email = emailIn(line);
  return email === undefined || runOn(email.slice(email.lastIndexOf('.') + 1)) ? undefined : email;
}
/** Contact details after a name on its line: an address, a web page, a telephone number. */
const CONTACT = /@|https?:|www\.|(?:\d[\s()./-]*){6}/u;

/**
 * The name a CV line is headed with when it is a name alone ("Pekka Laine", "PEKKA LAINE", "Dr. Jan de Vries, PhD")
 * or a name and contact details ("Pekka Laine | pekka.laine@tuni.fi"): a given and a family name, particles between.
 */
function cvName(line: string): string | undefined {
  const tokens = line.split(/\s+/u).filter((w) => w !== '');
  let i = 0;
  while (i < tokens.length && titleWord(tokens[i]!)) i++;
  // The given name, particles, the family name (its end marked by a separator or the end of the line).
  let j = i + 1;
  while (j < tokens.length - 1 && PARTICLES.has(tokens[j]!)) j++;
  const given = tokens[i];
  let last = tokens[j]?.replace(/[,;|•·:]+$/u, '');
  if (given === undefined || last === undefined) return undefined;
  const both = [given, last];
  const caps = both.every((w) => CAPS_WORD.test(w));
  if (!both.every((w) => NAME_WORD.test(w)) && !caps && !(NAME_WORD.test(given) && CAPS_WORD.test(last))) return undefined;
  const plain = (w: string) => !runOn(w) && words(w).every((x) => /^[a-z]+$/.test(x) && !NOT_NAMES.has(x) && !CV_HEADINGS.has(x) && !TITLES.has(x) && !CV_POSTS.has(x));
  if (!both.every(plain)) return undefined;
  // More words of the same name, up to six in all ("Maria del Carmen Ruiz Gómez", "NGUYEN THI MINH ANH"), none ending a phrase before.
  let k = j + 1;
  while (k - i < 6 && tokens[j] === last && k < tokens.length) {
    let m = k;
    while (m < tokens.length - 1 && PARTICLES.has(tokens[m]!)) m++;
    const next = tokens[m]!.replace(/[,;|•·:]+$/u, '');
    if (!(caps ? CAPS_WORD : NAME_WORD).test(next) && !CAPS_WORD.test(next)) break;
    if (!plain(next) || m - i >= 6) break;
    j = m;
    last = next;
    k = m + 1;
  }
  const rest = tokens.slice(j + 1).join(' ').replace(/^[\s,;|•·:–—-]+/u, '');
  // Alone, with degrees after a comma ("Pekka Laine, PhD"), or followed by contact details.
  if (rest !== '' && !CONTACT.test(rest) && !rest.split(/[\s,]+/u).every((w) => w === '' || titleWord(w))) return undefined;
  return [...tokens.slice(i, j), last].join(' ');
}

/**
 * Whom a CV is headed with, when it is somebody else: a name (`cvName`) and an email address in its first lines, the
 * name sharing no word with the applicant's, the address's part before the "@" holding none of the applicant's
 * names, in a CV that names the applicant's family name nowhere (a friend's template with its header left in). A
 * name alone is no sign: a CV may open with a supervisor's or a group's.
 *
 * @example
 * cvHeading(['Curriculum Vitae\nPekka Laine\npekka.laine@tuni.fi, Tampere'], nameParts('Aino Virtanen')!) // { name: 'Pekka Laine', email: 'pekka.laine@tuni.fi' }
 */
export function cvHeading(texts: readonly string[], applicant: NameParts): { name: string; email: string } | undefined {
  if (texts.length === 0 || namesPerson(texts, applicant)) return undefined;
  const lines = (texts[0] ?? '').normalize('NFC').split(/\r?\n/).map((l) => l.trim()).filter((l) => /\p{L}/u.test(l)).slice(0, CV_HEAD_LINES);
  const email = lines.map(cvEmail).find((e) => e !== undefined);
  const name = lines.map(cvName).find((n) => n !== undefined);
  if (email === undefined || name === undefined) return undefined;
  const own = [applicant.family, ...applicant.familyWords, ...applicant.given, ...(applicant.second ? [applicant.second] : [])].filter((w) => w.length >= 2);
  if (words(name).some((w) => own.some((o) => isName(w, o)))) return undefined;
  // "avirtanen@", "aino.v@", "virtanen2@": the address is theirs.
  const local = fold(email.slice(0, email.lastIndexOf('@')));
  if (local.split(/[^a-z]+/).some((w) => own.includes(w)) || own.some((w) => w.length >= 3 && local.replace(/[^a-z]+/g, '').includes(w))) return undefined;
  // Three capitalised words may be a post ("Machine Learning Researcher"): a longer name counts when the address holds a word of it.
  const named = words(name).filter((w) => !PARTICLES.has(w));
  if (named.length > 2 && !named.some((w) => w.length >= 3 && local.replace(/[^a-z]+/g, '').includes(w))) return undefined;
  return { name, email };
}
