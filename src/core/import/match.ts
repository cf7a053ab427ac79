/**
 * Phrase matching over normalized text: item kinds named in a sentence, counts ("three letters") and limits
 * ("max. 2 pages"). Pure and stateless apart from caches of compiled patterns.
 */
import type { ItemKind } from '../schema/vocabulary.js';
import * as P from './phrases.js';
import { parseNumber } from './text.js';

// ---------------------------------------------------------------------------------------------------------------
// Phrase matching

/**
 * `\b` that also treats accented letters as word characters ("résumé", "Lebenslauf"). A word character is a letter
 * or digit of the Latin, Greek or Cyrillic scripts; written as ranges, the patterns compile several times faster than
 * with Unicode properties, and postings in other scripts have no phrases here anyway.
 */
const W = '[0-9A-Za-z_\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff\\u1e00-\\u1eff]';
const START_EDGE = `(?<!${W})`;
const END_EDGE = `(?!${W})`;
const WORD_EDGE = `(?:(?<=${W})${END_EDGE}|${START_EDGE}(?=${W}))`;
const compiled = new Map<RegExp, RegExp>();

/**
 * What "your " in a phrase also stands for: postings written about the applicant ("applicants should submit a
 * description of their research program") name the same documents as those written to them.
 */
const POSSESSIVE = "(?:your|their|his or her|his/her|her/his|the applicant['’]s|the candidate['’]s) ";

/** The edge a `\b` at `at` in `source` stands for: the start of a word before a word, its end after one. */
function edge(source: string, at: number): string {
  const before = source.slice(0, at);
  const after = source.slice(at + 2);
  if (before === '' || /(?:\(\?:|\(|\||\(\?<?[=!])$/.test(before)) return START_EDGE;
  if (after === '' || /^(?:\)|\|)/.test(after)) return END_EDGE;
  return WORD_EDGE;
}

/** Letters that postings write with or without their accents, and the forms each one stands for. */
const ACCENTED: Record<string, string> = {
  a: 'aàáâãäåāą',
  e: 'eèéêëēęě',
  // Turkish: the dotless "ı", and the capital "İ", which no case-blind match takes for an "i".
  i: 'iìíîïīıİ',
  o: 'oòóôõöøō',
  u: 'uùúûüūů',
  c: 'cçčć',
  n: 'nñňń',
  s: 'sšśş',
  g: 'gğ',
  z: 'zžźż',
  y: 'yýÿ',
  r: 'rř',
  t: 'tť',
  d: 'dď',
  l: 'lł',
};
const BASE_OF = new Map<string, string>();
for (const [base, forms] of Object.entries(ACCENTED)) for (const f of forms) BASE_OF.set(f, base);

/**
 * The pattern with every literal letter that can carry an accent matching all its accented forms: "curriculum"
 * finds "currículum", "resume" and "résumé" find each other, "søknad" finds "soknad". Letters in classes, escapes and
 * group syntax are kept as they are.
 */
export function accentFree(source: string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    if (c === '\\') {
      // An escape: \p{L}, \u00e9, \u{1F600}, \x41, \k<name>, or one character.
      const m = /^\\(?:[pPu]\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|k<[^>]*>|[\s\S])/.exec(source.slice(i));
      const esc = m ? m[0] : c;
      out += esc;
      i += esc.length;
    } else if (c === '[') {
      // A class is copied whole: its letters are already a choice.
      let j = i + 1;
      if (source[j] === '^') j += 1;
      if (source[j] === ']') j += 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j + 1;
    } else if (c === '(' && source[i + 1] === '?') {
      const m = /^\(\?(?:<[=!]|[:=!]|<[A-Za-z_$][\w$]*>)/.exec(source.slice(i));
      const head = m ? m[0] : '(?';
      out += head;
      i += head.length;
    } else {
      const base = BASE_OF.get(c.toLowerCase());
      out += base ? `[${ACCENTED[base]}]` : c;
      i += 1;
    }
  }
  return out;
}

export function g(re: RegExp): RegExp {
  let c = compiled.get(re);
  if (!c) {
    c = new RegExp(accentFree(re.source.replace(/\\b/g, (_m: string, at: number) => edge(re.source, at)).replaceAll('your ', POSSESSIVE)), 'giu');
    compiled.set(re, c);
  }
  c.lastIndex = 0;
  return c;
}
export function test(re: RegExp, text: string): boolean {
  return g(re).test(text);
}
export function testAny(res: readonly RegExp[], text: string): boolean {
  return res.some((re) => test(re, text));
}

/** Where the text names an item kind. */
export interface KindMention {
  /** `other` for documents outside the kinds that postings name often (an application form, a passport copy). */
  kind: ItemKind;
  start: number;
  end: number;
  /** End of the first phrase when one item is named twice ("letters ... or contact details of referees"). */
  nameEnd?: number;
  /** Where the words that can give the item a stage start, when the item is named twice ("Kielitodistus / proof of ..."). */
  stageFrom?: number;
  /** Found only by a loose phrase (`KindPhrases.guesses`). */
  guess?: boolean;
  /** The document's whole name when the text leaves part of it to the next one ("research" in "research and teaching statements"). */
  name?: string;
  /** The phrase two documents share with a singular head ("Forschungs- und Lehrkonzept"): it may name one document. */
  shared?: string;
  /** The words of a form named by its title ("blankett ... Ansökan om forskningsprojekt"): an `other` item, marked. */
  form?: string;
}

const KINDS = Object.keys(P.KIND_PHRASES) as Exclude<ItemKind, 'other'>[];

const mentionCache = new Map<string, readonly KindMention[]>();

/**
 * Item mentions in `text`, left to right; at one position the longest phrase wins.
 *
 * @example
 * findKindMentions('a CV and a teaching portfolio').map((m) => m.kind) // ['cv', 'teaching_statement']
 */
export function findKindMentions(text: string): KindMention[] {
  // The same line is looked at several times (list detection, items, facts); the answer never changes.
  const cached = mentionCache.get(text);
  if (cached) return cached.map((h) => ({ ...h }));
  // Bounded, but above the distinct texts of the longest page: clearing it mid-import made a 2,000-entry list quadratic.
  if (mentionCache.size > 50_000) mentionCache.clear();
  const hits: KindMention[] = [];
  for (const kind of KINDS) {
    for (const re of P.KIND_PHRASES[kind].patterns) {
      for (const m of text.matchAll(g(re))) if (m[0].length > 0) hits.push({ kind, start: m.index, end: m.index + m[0].length });
    }
  }
  for (const re of P.OTHER_PHRASES) for (const m of text.matchAll(g(re))) if (m[0].length > 0) hits.push({ kind: 'other', start: m.index, end: m.index + m[0].length });
  const blocked: [number, number][] = [];
  for (const re of P.NOT_AN_ITEM) for (const m of text.matchAll(g(re))) blocked.push([m.index, m.index + m[0].length]);
  for (const h of hits) if (officeName(text, h)) blocked.push([h.start, h.end]);
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: KindMention[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    if (prev && h.start < prev.end) continue;
    // Blocked only when the whole mention is in the blocked phrase ("Master of Science" in "a Master of Science diploma" is not).
    if (blocked.some(([s, e]) => h.start >= s && h.end <= e)) continue;
    out.push(h);
  }
  // Loose phrases only fill the gaps the exact ones leave.
  for (const kind of KINDS) fillGaps(out, text, kind, P.KIND_PHRASES[kind].guesses ?? [], blocked);
  out.push(...elided(text, out));
  out.sort((a, b) => a.start - b.start);
  const all = throughAsides(text, formNames(text, sharedHeads(text, out)));
  mentionCache.set(text, all);
  return all.map((h) => ({ ...h }));
}

/** A short aside between a document's noun and what it is about: "a short description (max 1 A4) of your teaching interests". */
const NAME_ASIDE = /\s\([^()]{1,40}\)(?=\s+(?:of|on|about|describing|stating|outlining|explaining|de|du|des|sur|von|zur|zum|über|van|over|om|för|di|sobre)\b)/giu;

/**
 * Documents whose name a short aside cuts in two, read as if the aside were not there; a mention the aside left
 * (an unknown "description", a loose guess) gives way to the whole name.
 */
function throughAsides(text: string, mentions: KindMention[]): KindMention[] {
  let out = mentions;
  for (const m of text.matchAll(g(NAME_ASIDE))) {
    const cut = m.index;
    const len = m[0].length;
    const shift = (at: number | undefined): number | undefined => (at !== undefined && at > cut ? at + len : at);
    for (const h of findKindMentions(text.slice(0, cut) + text.slice(cut + len))) {
      if (h.guess === true || h.kind === 'other' || h.start >= cut || h.end <= cut) continue;
      const whole: KindMention = { ...h, end: h.end + len, ...(h.nameEnd !== undefined ? { nameEnd: shift(h.nameEnd) } : {}), ...(h.stageFrom !== undefined ? { stageFrom: shift(h.stageFrom) } : {}) };
      const overlaps = (x: KindMention): boolean => x.start < whole.end && x.end > whole.start;
      if (out.some((x) => overlaps(x) && x.guess !== true && x.kind !== 'other')) continue;
      out = [...out.filter((x) => !overlaps(x)), whole].sort((a, b) => a.start - b.start);
    }
  }
  return out;
}

/**
 * A form named by its title ("Därtill avsedd blankett på www.x.se Ansökan om forskningsprojekt", "el formulario de
 * “declaración de equivalencia…”") is one `other` mention over the form's word and its name: a document named inside
 * the title is the form's subject, not an item of its own. An unquoted name is a capitalised run of two to eight words.
 */
function formNames(text: string, mentions: KindMention[]): KindMention[] {
  let out = mentions;
  for (const m of text.matchAll(g(P.FORM_WORD))) {
    const after = text.slice(m.index + m[0].length);
    const n = P.FORM_NAME.exec(after);
    const quoted = n?.[1];
    const bare = n?.[2];
    const words = bare?.split(/\s+/u).length ?? 0;
    // An English "form" before a capitalised word is usually the next document ("application form CV"): quoted only.
    if (!n || (quoted === undefined && (words < 2 || words > 8 || /\bform$/iu.test(m[0].trim())))) continue;
    const word = m.groups?.['word'] ?? '';
    const start = m.index + m[0].toLowerCase().indexOf(word.toLowerCase());
    const end = m.index + m[0].length + n[0].length;
    if (out.some((h) => h.start < start && h.end > start)) continue;
    const title = (quoted ?? bare ?? '').trim();
    const form = `${word.charAt(0).toUpperCase()}${word.slice(1)} "${title}"`;
    out = [...out.filter((h) => h.end <= start || h.start >= end), { kind: 'other' as const, start, end, name: form, form }].sort((a, b) => a.start - b.start);
  }
  return out;
}

/** "statements of teaching and research interests", "lettres de motivation et de recommandation": a head, then two words. */
const SHARED_HEAD =
  /\b(\p{L}{4,}?)(s?) (of|on|about|de|di|om|van) ((?:your |the |their |vos |votre |la |le )?)(\p{L}{3,}) (?:and|&|or|et|y|e|und|en|och|og) (?:(?:of|de|d'|di) )?(\p{L}{3,})((?: \p{L}{3,})?)/giu;

/**
 * Two documents named with one head noun before them: "statements of teaching and research interests" are a statement
 * of teaching interests and one of research interests, "letters of motivation and recommendation" a motivation letter
 * and a reference letter. Each becomes a mention with its whole `name`, in place of the one mention the words gave.
 * A singular head ("a statement of research and teaching interests") usually names one document about both: left as is.
 */
function sharedHeads(text: string, mentions: KindMention[]): KindMention[] {
  let out = mentions;
  const re = new RegExp(g(SHARED_HEAD));
  // One at a time, each from the word after the last start: "copies of diplomas and statements of ..." overlap.
  for (let m = re.exec(text); m !== null; re.lastIndex = m.index + 1, m = re.exec(text)) {
    const [all, head = '', plural = '', of = '', det = '', w1 = '', w2 = '', tail = ''] = m;
    const start = m.index;
    const end = start + all.length;
    const inside = out.filter((h) => h.start < end && h.end > start);
    // What the words already give stays: "copies of diplomas and transcripts" names both. A singular head is usually
    // one document ("A Statement of research and teaching interests and career readiness").
    if (plural === '' || inside.length > 1 || inside[0]?.kind === 'other') continue;
    const whole = (name: string): KindMention | undefined => {
      const f = findKindMentions(name);
      return f.length === 1 && f[0]?.start === 0 && f[0].end === name.length && !f[0].guess && f[0].kind !== 'other' ? f[0] : undefined;
    };
    const named = (w: string): { kind: ItemKind; name: string; tail: boolean } | undefined => {
      for (const t of tail === '' ? [''] : [tail, '']) {
        const name = `${head} ${of} ${det}${w}${t}`;
        const h = whole(name);
        if (h) return { kind: h.kind, name, tail: t !== '' };
      }
      return undefined;
    };
    const a = named(w1);
    const b = named(w2);
    if (!a || !b || a.kind === b.kind || (inside.length > 0 && !inside.some((h) => h.kind === a.kind || h.kind === b.kind))) continue;
    const w2At = start + all.lastIndexOf(w2, all.length - tail.length);
    const first: KindMention = { kind: a.kind, start, end: start + head.length + plural.length + of.length + det.length + w1.length + 2, name: a.name };
    const second: KindMention = { kind: b.kind, start: w2At, end: b.tail ? end : w2At + w2.length, name: b.name };
    out = [...out.filter((h) => !inside.includes(h)), first, second].sort((x, y) => x.start - y.start);
  }
  return out;
}

/** A run of capitalised words before a name, after an article at most ("SSHRC's Research Training ", "the Graduate "). */
const NAME_BEFORE = /((?:(?:the|our|its|die|das|den|dem|der|de|het|le|la|les|l'|el|il|lo)\s+)?(?:\p{Lu}[\p{L}\p{N}'’.&-]*\s+)*)$/u;

/**
 * The words at `h` are part of the name of an office or a post, whom to turn to, not a document to send: before
 * "Office", "Manager", ... ("Thesis Office", "Portfolio Manager"), or a capitalised name after "communicate with",
 * "contact", ... ("communicate with SSHRC's Research Training Portfolio") or on a contact line ("Contact: Jane Doe,
 * Research Portfolio").
 */
function officeName(text: string, h: { start: number; end: number }): boolean {
  if (P.OFFICE_AFTER.test(text.slice(h.end, h.end + 30))) return true;
  const before = text.slice(Math.max(0, h.start - 80), h.start);
  if (P.OFFICE_BEFORE.test(before)) return true;
  if (!/^\p{Lu}/u.test(text.slice(h.start, h.end))) return false;
  const name = NAME_BEFORE.exec(before)?.[1] ?? '';
  return P.CONTACT_VERB.test(before.slice(0, before.length - name.length)) || (name !== '' && P.CONTACT_LABEL.test(text.trimStart()));
}

/** A word joined to the next document's name by a conjunction, with the hyphen of a compound cut short ("Forschungs- und"). */
const ELIDED_BEFORE = /(?<![\p{L}-])(\p{L}{3,})(-?)\s+(?:and|&|or|und|oder|sowie|en|of|och|eller|og|et|ou|y|o|e|i|ja|tai)\s+$/u;
/** Plural heads: "research and teaching statements" are two documents, "a research and teaching statement" may be one. */
const PLURAL_HEAD = /(?:s|en|er|ar|or|na)$/u;

/**
 * Documents whose name the text gives only in part, leaving the head noun to the next one: "research and teaching
 * statements", "Forschungs- und Lehrkonzept", "onderzoeks- en onderwijsplan". Each is a mention over its first word
 * that carries the whole `name`.
 */
function elided(text: string, mentions: readonly KindMention[]): KindMention[] {
  const out: KindMention[] = [];
  for (const h of mentions) {
    if (h.guess || h.kind === 'other') continue;
    const m = ELIDED_BEFORE.exec(text.slice(Math.max(0, h.start - 40), h.start));
    if (!m || m[1] === undefined) continue;
    const start = h.start - m[0].length;
    const end = start + m[1].length + (m[2] ?? '').length;
    if (mentions.some((o) => o.start < end && o.end > start)) continue;
    const said = text.slice(h.start, h.end);
    const [first = '', ...rest] = said.split(/\s+/u);
    // "Forschungs- und Lehrkonzept": the compound's tail ("konzept"); "research and teaching statements": the words after the first.
    const names = m[2] === '-' ? [...first.slice(2, -2)].map((_, i) => `${m[1]}${first.slice(i + 2)}${rest.length > 0 ? ` ${rest.join(' ')}` : ''}`) : rest.length > 0 ? [`${m[1]} ${rest.join(' ')}`] : [];
    for (const name of names) {
      const found = findKindMentions(name);
      const whole = found.length === 1 && found[0]?.start === 0 && found[0].end === name.length && !found[0].guess ? found[0] : undefined;
      if (!whole || whole.kind === h.kind) continue;
      const single = !PLURAL_HEAD.test(said.toLowerCase());
      out.push({ kind: whole.kind, start, end, name, ...(single ? { shared: text.slice(start, h.end) } : {}) });
      break;
    }
  }
  return out;
}

/**
 * The mentions, plus documents outside the kinds named by a head noun where nothing else is named ("proof of health
 * insurance"): guesses, for sentences that ask for what they name.
 *
 * @example
 * withOtherGuesses('Send a CV and proof of health insurance.', findKindMentions('Send a CV and proof of health insurance.')).map((h) => h.kind) // ['cv', 'other']
 */
export function withOtherGuesses(text: string, mentions: KindMention[]): KindMention[] {
  const out = [...mentions];
  fillGaps(out, text, 'other', P.OTHER_GUESSES, []);
  return out.sort((a, b) => a.start - b.start);
}

/** Adds to `out` the guesses of `kind` that overlap no mention already there and lie in no blocked phrase. */
function fillGaps(out: KindMention[], text: string, kind: ItemKind, patterns: readonly RegExp[], blocked: readonly [number, number][]): void {
  for (const re of patterns) {
    for (const m of text.matchAll(g(re))) {
      const h: KindMention = { kind, start: m.index, end: m.index + m[0].length, guess: true };
      if (h.end === h.start || out.some((o) => h.start < o.end && h.end > o.start) || blocked.some(([s, e]) => h.start >= s && h.end <= e)) continue;
      out.push(h);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers, counts and limits

const NUMBER_WORDS = Object.keys(P.NUMBER_WORDS).join('|');
const NUM = `(?:\\d{1,3}(?:[ ,]\\d{3})+|\\d+(?:\\.\\d+)?|${NUMBER_WORDS})`;
const MIN_COUNT = 'at least|min\\.?|minimum(?: of)?|a minimum of|no fewer than|mindestens|au moins|minstens|minst|mindst|vähintään|al menos|como mínimo|pelo menos|almeno|almenys';
const COUNT_CUE = `(${MIN_COUNT}|up to|at most|max\\.?|maximum(?: of)?|a maximum of|no more than|not more than|höchstens|bis zu|jusqu'à|au plus|hasta|máximo|un máximo de|até|no máximo|fino a|al massimo|højst|høyst|maks\\.?|maksimalt|inntil|op til|opp til|upp till|högst)`;
/** Words between the two numbers of a range ("two to three", "dos o tres", "zwei bis drei"). */
const RANGE_WORD = '-|to|or|o|ou|oder|bis|eller|till|tot|à|a';
const MIN_COUNT_RE = new RegExp(accentFree(`^(?:${MIN_COUNT})`), 'iu');
// "(at least) two letters", "(au moins) deux lettres": the cue in brackets still bounds the count.
const COUNT_RE = new RegExp(
  accentFree(
    `(?:\\(?${COUNT_CUE}\\)?\\s+)?(?<![\\w.,(-])(\\d{1,2}|${NUMBER_WORDS})(?:\\s*(?:${RANGE_WORD})\\s*(\\d{1,2}|${NUMBER_WORDS}))?(?![\\w.-]|\\s*-?\\s*(?:pages?|sides?|words?|characters?|mb|seiten|paginas|palabras)\\b)`,
  ),
  'giu',
);
const COUNT_AFTER_RE = new RegExp(
  accentFree(
    `^\\s*\\(\\s*(?:${COUNT_CUE}\\s+)?(\\d{1,2}|${NUMBER_WORDS})(?![\\d.,]\\d)(?:\\s*(?:-|to)\\s*(\\d{1,2}|${NUMBER_WORDS}))?(\\s+(?:or|eller|oder|ou|o|of|tai) (?:more|fler[ae]?|mer|mehr|plus|más|mais|più|meer|enemmän))?(?:\\s+(?:required|needed|requested|letters|references|in total|total))?\\s*[);,]`,
  ),
  'iu',
);

const CELL_COUNT_RE = new RegExp(
  // "| no: shortlisted candidates only | 3 letters |": a cell or two may come between the name and the count.
  accentFree(`^(?:\\s*\\|[^|]*){0,2}?\\s*\\|\\s*(?:${COUNT_CUE}\\s+)?(\\d{1,2}|${NUMBER_WORDS})(?:\\s*(?:-|to)\\s*(\\d{1,2}|${NUMBER_WORDS}))?\\s+(?:required|needed|requested|mandatory|letters|references|referees)\\b`),
  'iu',
);

/** The letters of `s` without their accents, one for one ("três" -> "tres"), as `accentFree` patterns match them. */
export function unaccent(s: string): string {
  return [...s].map((c) => BASE_OF.get(c) ?? BASE_OF.get(c.toLowerCase())?.toUpperCase() ?? c).join('');
}

const NUMBER_WORDS_PLAIN: Record<string, number> = Object.fromEntries(Object.entries(P.NUMBER_WORDS).map(([w, v]) => [unaccent(w), v]));

export function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : parseNumber(unaccent(s), NUMBER_WORDS_PLAIN);
}

/** A count of entries: "three letters" is `{ min: 3, max: 3 }`. */
export interface Count {
  min?: number;
  max?: number;
}

function countFrom(cue: string | undefined, a: number | undefined, b: number | undefined): Count | undefined {
  if (a === undefined) return undefined;
  if (b !== undefined) return { min: Math.min(a, b), max: Math.max(a, b) };
  const c = cue?.toLowerCase() ?? '';
  if (MIN_COUNT_RE.test(c)) return { min: a };
  if (c !== '') return { max: a };
  return { min: a, max: a };
}

/**
 * A count stated next to an item ("three letters", "at least two referees", "2-3 letters", "letters (2-3)").
 *
 * @example
 * findCount('names of', 'three referees', '') // { min: 3, max: 3 }
 * findCount('', 'letters', ' (at least two)') // { min: 2 }
 */
export function findCount(before: string, mention: string, after: string): Count | undefined {
  // "regarding Att. 3 Letter of recommendation", "fill out FORM 1 and 2": a label's number names a document, it counts none.
  before = before.replace(g(LABEL_NUMBER), '$1');
  mention = mention.replace(g(LABEL_NUMBER), '$1');
  // "une ou deux lettres", "ein oder zwei Gutachten", "en eller to referanser": "one" is also the article, so it is no
  // number word; before "or" and a number it is one.
  const oneOr = ONE_OR_RE.exec(before.split(/\s+/).slice(-4).join(' '));
  if (oneOr) return countFrom(undefined, 1, oneOr[1] === undefined ? undefined : /^to$/iu.test(oneOr[1]) ? 2 : num(oneOr[1]));
  // Norwegian and Danish "to" is two ("navn på to referanser"); English "to" before a noun is no count.
  if (/(?:^|\s)to\s*$/iu.test(before) && NORDIC_COUNTED.test(mention)) return { min: 2, max: 2 };
  // "两位专家推荐信": a Chinese number with the counter for people or letters ("一式三份", three copies, is no count).
  const han = /([一二两三四五])\s*(?:位|封|名)\s*$/u.exec(before);
  if (han) return countFrom(undefined, HAN_NUMBERS[han[1] as string], undefined);
  // "and, 5) three letters": the list's own numbers are no counts.
  const words = before.replace(/(?:^|[\s,;])\(?\d{1,2}\)\s/g, ' ').split(/\s+/);
  // "up to two additional letters": a word that says "more of them" leaves the count's cue in reach.
  const moreWord = /^(?:additional|further|extra|more|weitere|zusätzliche|supplémentaires?|adicionales|ulteriori)$/iu.test(words.filter(Boolean).pop() ?? '') ? 1 : 0;
  // "two or three confidential letters": a word between the count and the name leaves the range's first number or
  // the count's cue ("at least") a word or two further back; a count that ends before the last four words is no count.
  const near = words.slice(-4 - moreWord).join(' ');
  const wide = words.slice(-7 - moreWord).join(' ');
  const from = wide.length - near.length;
  const region = `${wide} ${mention}`;
  // "between two and four letters": a range whose words are no range word.
  const between = BETWEEN_RE.exec(words.slice(-5).join(' '));
  if (between) return countFrom(undefined, num(between[1]), num(between[2]));
  // "at least two and at most four referees", "minimum 2, maximum 4 letters": both bounds, stated one after the other.
  const joined = JOINED_BOUNDS_RE.exec(words.slice(-9).join(' '));
  if (joined) return countFrom(undefined, num(joined[1]), num(joined[2]));
  for (const m of region.matchAll(COUNT_RE)) {
    if (m.index + m[0].length <= from) continue;
    // "Cuatro copias de currículum vitae", "three copies of the CV": one document in N paper copies, no count of them.
    // A range ("one to four copies of degree certificates") counts documents, each in a copy.
    if (m[3] === undefined && COPIES_WORD.test(region.slice(m.index + m[0].length))) continue;
    // "Verificação dos dados do documento": Portuguese "dos" is "of the", not Spanish "two".
    if (m[3] === undefined && /^dos$/iu.test(m[2] ?? '') && PORTUGUESE_WORDS.test(region)) continue;
    const c = countFrom(m[1], num(m[2]), num(m[3]));
    // "three or more letters", "tre eller fler referenser": the number is the least.
    if (c && m[1] === undefined && m[3] === undefined && OR_MORE.test(region.slice(m.index + m[0].length))) return { min: c.min as number };
    if (c) return c;
  }
  // A table's later cell: "Letters of reference | 3 required, submitted by referees".
  const cell = CELL_COUNT_RE.exec(after);
  if (cell) return countFrom(cell[1], num(cell[2]), num(cell[3]));
  const a = COUNT_AFTER_RE.exec(after);
  if (!a) return undefined;
  // "PhD research proposal (1): a brief outline ...", "(1) CV (2) research statement (3) ...": a footnote's mark or the
  // list's own number, no count (a lone "(1)" says no more than a singular name does).
  const n = a[1] === undefined && a[3] === undefined && /^\s*\(\s*\d{1,2}\s*\)/u.test(a[0]) ? num(a[2]) : undefined;
  const rest = after.slice(a[0].length);
  // "(2) research statement (3) three letters": a number the next entry's words follow is the next entry's.
  if (n !== undefined && (n === 1 || before.includes(`(${n - 1})`) || rest.includes(`(${n + 1})`) || NEXT_ENTRY.test(rest))) return undefined;
  // "List of references (three or more)": the number is the least.
  if (a[4] !== undefined && a[1] === undefined && a[3] === undefined) return countFrom('at least', num(a[2]), undefined);
  const c = countFrom(a[1], num(a[2]), num(a[3]));
  // "(minimum two, maximum four)".
  const more = COUNT_MAX_NEXT_RE.exec(after.slice(a[0].length));
  const max = num(more?.[1]);
  return c && c.min !== undefined && c.max === undefined && max !== undefined && max >= c.min ? { min: c.min, max } : c;
}

/** Words only Portuguese writes ("do", "pelo", "-ção", "-ões"): near them "dos" is "of the". */
const PORTUGUESE_WORDS = /(?:^|[^\p{L}])(?:do|da|das|ao|aos|pelo|pela|pelos|pelas|numa|\p{L}+(?:ção|ções|ão|ões))(?![\p{L}])/iu;

/** "or more" after a count ("three or more", "tre eller fler", "drei oder mehr", "trois ou plus"). */
const OR_MORE = /^\s+(?:or|eller|oder|ou|o|of|tai) (?:more|fler[ae]?|mer|mehr|plus|más|mais|più|meer|enemmän)\b/iu;

/** Words for paper copies of one document, right after a number ("four copies", "cuatro ejemplares", "3 Exemplare"). */
const COPIES_WORD = /^\s+(?:(?:paper|printed|hard|identical|signed)\s+)?(?:cop(?:y|ies)|copias?|ejemplares|exemplaires?|exemplare?n?|exemplar|kopior|kopier|kopien|kopioina|kappaletta|copie|esemplari|fotocopias|photocopies|hard copies)\b/iu;

/** "Cuatro copias de ...", "in three copies", "en 12 exemplaires": the number of paper copies a text asks for, if any. */
export function copiesOf(text: string): { said: string; copies: number } | undefined {
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\d])(\\d{1,2}|${NUMBER_WORDS})(?=${COPIES_WORD.source.slice(1)})`, 'giu'))) {
    const said = `${m[0]}${COPIES_WORD.exec(text.slice(m.index + m[0].length))?.[0] ?? ''}`;
    const copies = num(m[1]);
    if (/(?:^|\s)(?:to|-|or|o|ou|oder|bis|à|a)\s*$/iu.test(text.slice(0, m.index))) continue;
    if (copies !== undefined && copies > 1) return { said: said.trim(), copies };
  }
  return undefined;
}

/** Words after a list's number in brackets that begin its entry ("(3) three letters"), not a phrase of the count ("(3) from ..."). */
const NEXT_ENTRY = /^\s*(?!(?:from|by|of|in|on|with|for|each|total|von|aus|van|uit|från|av|de|des|di|da|del)(?![\p{L}]))[\p{L}\d]/iu;

/** A label and its number ("Att. 3", "Annex 2", "FORM 1 and 2", "Anlage 4", "bijlage 1"): the number is the label's. */
const LABEL_NUMBER =
  /\b(att\.|attachment|annex|appendix|enclosure|encl\.|form|formulaire|formular|formulier|formulario|modulo|blankett|lomake|anlage|bilaga|bilag|vedlegg|vedl\.|liite|bijlage|annexe|anexo|allegato|no\.|nr\.?|item)\s*\d{1,3}(?:\s*(?:,|and|&|or|und|oder|en|of|och|eller|og|ja|tai|et|ou|y|o|e)\s*\d{1,3}\b)*(?![\d.,]*\s*(?:pages?|sides?|words?|characters?|mb|seiten|sider|sidor|pagina'?s|pages|palabras|parole)\b)/iu;

const HAN_NUMBERS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5 };

/** Norwegian and Danish nouns a count goes with, spelled as English never spells them. */
const NORDIC_COUNTED = /^(?:referanse\p{L}*|referencer\p{L}*|referencepersoner|referenter|anbefaling\p{L}*|anbefalere|attester|publikasjoner|publikationer|artikler|arbeider)\b/iu;

const ONE_OR_RE = new RegExp(
  accentFree(`(?:^|[\\s(,;:])(?:une?|ein(?:e|en)?|uno|una|um|uma|en|et|ett|een|één)\\s+(?:ou|oder|o|eller|of)\\s+(\\d{1,2}|${NUMBER_WORDS}|to)\\s*$`),
  'iu',
);
const BETWEEN_RE = new RegExp(accentFree(`\\b(?:between|entre|zwischen|tussen|mellan)\\s+(\\d{1,2}|${NUMBER_WORDS})\\s+(?:and|et|und|en|och|y|e)\\s+(\\d{1,2}|${NUMBER_WORDS})\\s*$`), 'iu');
const MAX_COUNT = 'up to|at most|max\\.?|maximum(?: of)?|a maximum of|no more than|not more than|höchstens|bis zu|au plus|máximo|un máximo de|högst|enintään';
const JOINED_BOUNDS_RE = new RegExp(accentFree(`(?:${MIN_COUNT})\\s+(\\d{1,2}|${NUMBER_WORDS})\\s*(?:,|;|and|but|und|et|och|ja|y)?\\s*(?:and\\s+)?(?:${MAX_COUNT})\\s+(\\d{1,2}|${NUMBER_WORDS})\\s*$`), 'iu');
const COUNT_MAX_NEXT_RE = new RegExp(accentFree(`^\\s*(?:max\\.?|maximum|at most|up to|no more than|höchstens|maximal|au plus|máximo)\\s+(\\d{1,2}|${NUMBER_WORDS})\\b`), 'iu');

export type LimitKey = keyof typeof P.LIMIT_UNITS;
/** A page, word, character or MB cap found in a text. */
export interface Limit {
  key: LimitKey;
  value: number;
  index: number;
  end: number;
  /** Stated as a limit ("max.", "no more than", "two-page"), not just a size. */
  cue: boolean;
  /** A cap on each document of the item ("max. 20 pages each"), not on the item as a whole. */
  each?: boolean;
  /** Where a range this limit is the upper bound of starts ("5 – 10 pages"): the bound is taken, the range is not stated. */
  rangeFrom?: number;
  /** Where the words that make the size a guide start ("about 5 pages"): read only when `findLimits` is asked for them. */
  approxFrom?: number;
}

/** "20 pages each", "per paper", "jeweils": the cap is on every document, not on all of them together. */
// "2 pages maximum chacun", "2 Seiten maximal jeweils": the cap word may come between.
const EACH_AFTER = /^\s*(?:(?:maximum|max\.?|maximal|maximaal|maksimi|au maximum|at most|at the most|höchstens|högst|enintään)\s+)?(?:\(?\s*(?:each|apiece|per (?:paper|publication|article|document|file|sample|item|letter|essay|chapter|work|piece|submission|attachment)|for each(?: one)?|jeweils|pro (?:Publikation|Dokument|Datei|Arbeit)|chacun(?:e)?|par (?:document|publication|article|fichier)|cada uno|cada una|ciascuno|ciascuna|vardera|kukin|kukin niistä|elk|per stuk)\b)/iu;
// Not the "each" of another size: "as separate PDF files of at most 5 MB each, a cover letter (max. 2 pages)".
const EACH_BEFORE = /(?<!\b(?:mb|kb|gb|pages?|words?|characters?|zeichen|seiten|wörter|sivua|sanaa|merkkiä)\s*)\b(?:each|jeweils|je(?! nach)|chacun(?:e)?|cada uno|cada una|ciascuno|vardera|kukin)\b[^.;:]{0,30}$/iu;

/**
 * The profile field a limit sets: a page cap "each" caps every document of the item (`max_pages_each`).
 *
 * @example
 * limitField(findLimits('Up to three publications (max. 20 pages each)')[0]) // 'max_pages_each'
 */
export function limitField(l: Limit): LimitKey | 'max_pages_each' {
  return l.key === 'max_pages' && l.each ? 'max_pages_each' : l.key;
}

const UNIT_KEYS = Object.keys(P.LIMIT_UNITS) as LimitKey[];
// A Chinese, Japanese or Korean word may stand right before the number ("不超过3000字").
const LIMIT_RE = new RegExp(accentFree(`(?<![\\d\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}])(${NUM})(\\s*-\\s*|\\s*[x×]\\s*(?=a4)|\\s*\\(a4\\)\\s*|\\s*\\(\\d{1,3}\\)\\s*|\\s+(?:single|double|1\\.5)[- ]?spaced\\s+|\\s+(?:typed|typewritten|printed)\\s+|\\s*)(?:${UNIT_KEYS.map((k) => `(${P.LIMIT_UNITS[k].source})`).join('|')})`), 'giu');
// "A five-to-ten-page plan": the range's words may be joined by hyphens.
const RANGE_BEFORE = new RegExp(`${NUM}\\s*(?:-|–|—|-?(?:to|bis|till|tot|à)-?)\\s*$`, 'iu');
/** "between 8,000 and 10,000 characters", "tra gli 8.000 ed i 10.000 caratteri": a range in words, its upper bound the cap. */
const RANGE_BETWEEN = new RegExp(`(?<![\\p{L}])(?:between|zwischen|entre|tra|fra|mellan|mellem|tussen)\\s+(?:(?:the|gli|i|le|les|los|las|die|den|de)\\s+)?${NUM}(?:\\s+\\p{L}+)?\\s+(?:and|und|et|y|e|ed|och|og|en)\\s+(?:(?:the|gli|i|il|le|les|los|las|die|den|de)\\s+)?$`, 'iu');
const CUE_AFTER = /^\s*(?:max(?:imum)?\b\.?|at most\b|or (?:less|fewer)\b|limit\b|in total\b|maximum\b|au maximum\b|maksimum\b|höchstens\b|enintään\b|以内|以內|以下|이내|이하|まで)/iu;
/** A Chinese, Japanese or Korean unit ("3매", "3000字"): read only as a stated cap, never as a size alone. */
const CJK_UNIT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]$/u;
/** "at least 10 pages but no more than 25": the second number's unit is the first's. */
const BUT_MAX = new RegExp(`^\\s*(?:,\\s*)?(?:but|and)?\\s*(?:no more than|not more than|at most|max(?:imum)?\\.?|up to)\\s+(${NUM})(?![\\d.,]\\d)`, 'iu');

/**
 * A part of a document named as the subject of a size ("the abstract must not exceed 500 characters", "of which the
 * abstract ...", "including a summary of max. 200 words"): the size is that part's, not the document's.
 */
const PART_NOUN =
  '(?:(?:short|brief|project|proposal\'s|lay)\\s+)?(?:abstract|summary|executive summary|synopsis|introduction|sections?|chapters?|parts?|zusammenfassung|kurzfassung|résumé|resumen|resumo|riassunto|sintesi|sammanfattning|sammendrag|samenvatting|tiivistelmä)(?![\\p{L}])';
const PART_SUBJECT = new RegExp(
  `(?<![\\p{L}])(?:the|its|their|whose|each|every|of which the|(?:including|includes?|contains?|containing|comprising|comprises?|consisting of|consists of|incl\\.?|with|inklusive|einschließlich|mit|inclusief|met|inklusive|med|sisältäen|comprenant|avec|incluyendo|con) (?:an?|the|one|eine[nmr]?|ein|een|en|ett|une?|una?)|die|der|das|le|la|l'|el|il|lo)\\s+${PART_NOUN}`,
  'giu',
);
/** A point that names a part of the document above it ("a) an abstract of at most 200 words"): its size is the part's. */
const PART_POINT = new RegExp(`^(?:(?:an?|the|one|eine?|een|en|ett|une?|una?)\\s+)?${PART_NOUN}`, 'iu');

/**
 * The nested point `text` (under a document's list entry) names a part of that document before its size ("an
 * abstract of at most 200 words", "Summary: max. 300 words"): the size is not the document's.
 *
 * @example
 * namesPart('an abstract of at most 200 words') // true
 * namesPart('max. 2 pages including figures') // false
 */
export function namesPart(text: string): boolean {
  const first = findLimits(text)[0];
  return first !== undefined && PART_POINT.test(text.slice(0, first.index).trim());
}

/** The size at `at` is said of a part of a document named before it, the last thing named before the size. */
function sizeOfPart(text: string, at: number): boolean {
  const before = text.slice(0, at);
  // "a summary (max. 300 words)": an abbreviation's dot ends no clause (same length, so indexes hold).
  const plain = before.replace(/\b(?:max|min|maks|ca|approx|incl|inkl|e\.g|i\.e|z\.b|bzw|resp)\./giu, (m) => m.replace(/\./gu, ' '));
  const clauseStart = Math.max(before.lastIndexOf(';'), plain.search(/\.\s[^.]*$/u) + 1, 0);
  const part = [...before.slice(clauseStart).matchAll(PART_SUBJECT)].pop();
  if (!part) return false;
  const partAt = clauseStart + part.index;
  const mentions = findKindMentions(text);
  // A document named before the part (its whole), none between the part and the size, and the part no document's name.
  return mentions.some((h) => h.end <= partAt) && !mentions.some((h) => h.end > partAt && h.start < at);
}

/** A size in KB, KiB or MiB ("500 KB", "1 MiB") in the profile's MB of 10^6 bytes ("500 KB" is 0.5). */
function inMb(value: number, said: string): number {
  const unit = said.trimEnd();
  const bytes = (P.KB_UNIT.test(unit) ? 1e3 : 1e6) * value;
  const binary = P.BINARY_UNIT.test(unit) ? (/kib$/iu.test(unit) ? 1.024 : 1.048576) : 1;
  return Math.round(bytes * binary) / 1e6;
}

/** The size between `before` and `after` is exceeded in a clause of "if" ("If attachments exceed 30 MB, ..."): no cap. */
function exceededInIf(before: string, after: string): boolean {
  return test(P.SIZE_IF, before) && (test(P.SIZE_EXCEEDED_BEFORE, before) || test(P.SIZE_EXCEEDED_AFTER, after));
}

/**
 * The sizes in `text` that an "if" clause says what to do above ("If attachments exceed 30 MB, they must be
 * compressed": "30 MB"); findLimits reads none of them as a cap.
 *
 * @example
 * sizesExceededInIf('If attachments exceed 30 MB, send a link.') // ['30 MB']
 */
export function sizesExceededInIf(text: string): string[] {
  return [...text.matchAll(LIMIT_RE)].filter((m) => exceededInIf(text.slice(0, m.index), text.slice(m.index + m[0].length))).map((m) => m[0].trim());
}

/** "(PDF, " or "(" before a size, and ")" or ", PDF)" after it: a file's type and size in one bracket. */
const FILE_SIZE_BEFORE = /[([]\s*(?:(?:pdf|docx?|xlsx?|pptx?|odt|rtf|zip|txt)\s*(?:[,;:/–-]\s*|\s+))?$/iu;
const FILE_SIZE_AFTER = /^\s*(?:[,;/–-]\s*(?:pdf|docx?|xlsx?|pptx?|odt|rtf|zip|txt)\s*)?[)\]]/iu;
/** Words of a file offered to read or fill in: a download, a link, a form or a guide, in the languages read. */
const OFFERED_FILE =
  /\b(?:download\w*|herunterladen|télécharge\w*|descarga\w*|scaric\w*|lataa|ladda ner|link|links|click|here|hier|ici|aquí|qui|forms?|formular\w*|formulier\w*|formulaire\w*|lomake\w*|blankett\w*|skjema\w*|templates?|vorlagen?|guidelines?|guide|leitfaden|brochure|instructions?|anleitung|merkblatt|call text|ausschreibung)\b/iu;

/**
 * Page, word, character and MB limits in `text` ("max. 1 page", "no more than 2 pages", "3,500 words", "10 MB"). The
 * size of a part of a document ("the abstract must not exceed 500 characters") is none: no field holds it.
 * `approximate`: also a guide's size ("about 5 pages"), with `approxFrom`, for an item to mark, never to set as its cap.
 *
 * @example
 * findLimits('a research proposal of no more than 2,000 words')[0] // { key: 'max_words', value: 2000, cue: true, ... }
 */
export function findLimits(text: string, approximate = false): Limit[] {
  const out: Limit[] = [];
  for (const m of text.matchAll(LIMIT_RE)) {
    const key = UNIT_KEYS.find((_, i) => m[3 + i] !== undefined);
    // "max. 8.000 Zeichen", "maximaal 1.000 woorden": a dot groups thousands in German, Dutch and Italian; a size in
    // pages, words or characters has no decimals, so "8.000" is never 8.
    const said = key !== 'max_mb' && /^\d{1,3}(?:\.\d{3})+$/.test(m[1] ?? '') ? Number((m[1] as string).replace(/\./g, '')) : num(m[1]);
    const value = key === 'max_mb' && said !== undefined ? inMb(said, m[0]) : said;
    if (!key || value === undefined || value <= 0) continue;
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    if (exceededInIf(before, after)) continue;
    // "about 3,000 to 5,000 words", "normally 5-8 pages", "recommended length": a guide, not a limit.
    // A full stop ends the words that qualify a number only when a sentence follows ("ca. 3 pages" is approximate).
    const guide = before.slice(-40).split(/[;(]|\.(?=\s+\p{Lu})/u).pop() ?? '';
    const approx = g(P.APPROXIMATE).exec(guide);
    if (approx && !approximate) continue;
    // "five pages of 2400 characters per page": the characters measure a page.
    if (/^\s*(?:per|a|each|par|pro|pr\.?|je) (?:page|side|sheet|seite|sida)\b/iu.test(after)) continue;
    if (test(P.MIN_CUES, before)) {
      const but = BUT_MAX.exec(after);
      const v = num(but?.[1]);
      if (but && v !== undefined && v > 0) out.push({ key, value: v, index: m.index, end: m.index + m[0].length + but[0].length, cue: true });
      continue;
    }
    if (sizeOfPart(text, m.index)) continue;
    const range = RANGE_BEFORE.exec(before) ?? RANGE_BETWEEN.exec(before);
    // "on two pages", "yhden sivun mittainen": the length the document has is its cap too.
    const extent = test(P.EXTENT_BEFORE, before) || P.EXTENT_AFTER.test(after) || P.EXTENT_UNIT.test(m[0]);
    const cue = test(P.LIMIT_CUES, before) || range !== null || /^\s*-\s*$/.test(m[2] ?? '') || CUE_AFTER.test(text.slice(m.index + m[0].length)) || extent;
    if (key !== 'max_mb' && !Number.isInteger(value)) continue;
    if (!cue && CJK_UNIT.test(m[0])) continue;
    // "Application Form (PDF, 126 KB)": a file offered for download tells its size; a KB size is a cap only when said so.
    if (!cue && key === 'max_mb' && P.KB_UNIT.test(m[0].trimEnd())) continue;
    // "Download: Application form (PDF, 1.2 MB)": beside a file type, by a link or a download, an uncued size is the file's own.
    if (!cue && key === 'max_mb' && FILE_SIZE_BEFORE.test(before) && FILE_SIZE_AFTER.test(after) && OFFERED_FILE.test(text)) continue;
    if (key === 'max_mb' && P.FRENCH_SIZE_UNIT.test(m[0].trimEnd()) && (!cue || !P.FRENCH_SIZE_CAPITALS.test(m[0].trimEnd()))) continue;
    const each = EACH_AFTER.test(after) || EACH_BEFORE.test(before.slice(-40).replace(/\b(?:max|min|maks|ca)\./giu, 'max'));
    const approxFrom = approx ? m.index - guide.length + approx.index : undefined;
    out.push({ key, value, index: m.index, end: m.index + m[0].length, cue: cue || approx !== null, ...(each ? { each } : {}), ...(range ? { rangeFrom: range.index } : {}), ...(approxFrom !== undefined ? { approxFrom } : {}) });
  }
  for (const w of P.WORD_LIMITS) {
    const m = g(w.re).exec(text);
    if (m && !out.some((l) => l.key === w.key)) out.push({ key: w.key, value: w.value, index: m.index, end: m.index + m[0].length, cue: true });
  }
  out.sort((a, b) => a.index - b.index);
  // "Bör ej överstiga en sida, 4000 tecken", "no haurà de superar els 50.000 caràcters i 5Mb": a second size right
  // after a capped one is capped too.
  out.forEach((l, i) => {
    const prev = out[i - 1];
    if (!l.cue && prev?.cue && /^\s*(?:,|or|eller|oder|ou|o|of|tai|and|und|et|y|i|e|en|och|og|ja|\/)\s*$/iu.test(text.slice(prev.end, l.index))) l.cue = true;
  });
  return out;
}

/**
 * Why a limit read from a range ("not more than 5 – 10 typed sides of A4") is to be checked: the profile holds one
 * cap, so the range's upper bound stands for it. None for a single cap.
 */
export function rangeReason(text: string, l: Limit): string | undefined {
  return l.rangeFrom === undefined ? undefined : `the posting gives a range ("${text.slice(l.rangeFrom, l.end)}"); its upper bound is taken as the limit`;
}

/**
 * Why an item is marked for a guide's size ("about 5 pages"): no cap is set, since a guide is no limit a document
 * breaks, but the length is not dropped unseen. None for a stated cap.
 */
export function approximateReason(text: string, l: Limit): string | undefined {
  return l.approxFrom === undefined ? undefined : `the posting gives an approximate length ("${text.slice(l.approxFrom, l.end).trim()}"), so no cap was set: add one by hand if the posting means it as a limit`;
}

/** The size qualifies the document named right after it ("a four-page proposal", "a 2-page CV"), whatever came before. */
export function sizesNamedDocument(text: string, l: Limit): boolean {
  return findKindMentions(text.slice(l.end).trimStart())[0]?.start === 0;
}

/**
 * The limit is about the packet or each file ("a single PDF under 10 MB", "20 pages in total"); `aboutOneDocument`:
 * the text describes one document, so "in total" is that document's total.
 */
export function isPacketLimit(text: string, l: Limit, aboutOneDocument = false): boolean {
  const before = text.slice(Math.max(0, l.index - 50), l.index);
  const after = text.slice(l.end);
  // "Research Statement: Not to exceed three pages total": one document named just before, so its own total.
  const named = findKindMentions(text.slice(0, l.index));
  // "a resume or brief list of artistic/professional experience of no more than 3 pages total": one phrase, however long.
  const onePhrase = named.length === 1 && !/[,;:()]|\b(?:and|und|et|og|och|en|ja|y|e)\b/iu.test(text.slice((named[0] as KindMention).end, l.index));
  const ownTotal = aboutOneDocument || (named.length === 1 && l.index - (named[0] as KindMention).end <= 60) || onePhrase;
  if (sizesNamedDocument(text, l) && l.key !== 'max_mb') return false;
  // "A motivated application (max. 1 page)", "Application letter (max. 2 pages)": the word is the document's name.
  const packet = g(P.PACKET_LIMIT_BEFORE).exec(before);
  const at = packet ? l.index - before.length + packet.index : -1;
  const ofDocument = packet !== null && findKindMentions(text).some((h) => h.start <= at && at < h.end);
  // "... two letters in einer einzigen PDF-Datei (max. 5 MB)", "... as separate PDF files (max. 2 MB per file, 10 MB
  // in total)": words about the files between the last document named and the size.
  const lastNamed = named[named.length - 1];
  const files = test(P.FILE_PHRASE, text.slice(Math.max(lastNamed?.end ?? 0, l.index - 60), l.index));
  return (packet !== null && !ofDocument) || files || (test(P.PACKET_LIMIT_AFTER, after) && !ownTotal) || (l.key === 'max_mb' && test(P.FILE_LIMIT_AFTER, after));
}

