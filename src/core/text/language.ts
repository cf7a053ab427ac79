/**
 * Which language a text the applicant wrote is in, by its most common small words (a stop-word count) and by the
 * script its words are in: enough to tell a German or a Chinese letter from an English one over a paragraph, not to
 * name the language of a few words.
 */
import type { ItemKind } from '../schema/vocabulary.js';

/**
 * Items the applicant writes, whose language the posting's can ask for. Not transcripts, diplomas, certificates,
 * referees' letters, publications or theses: issued or published in the language they were issued in.
 */
export const WRITTEN_KINDS: ReadonlySet<ItemKind> = new Set<ItemKind>([
  'cover_letter',
  'motivation_letter',
  'bio',
  'research_plan',
  'research_statement',
  'teaching_statement',
  'diversity_statement',
]);

/** Items issued by someone else (transcripts, diplomas, certificates, referees' letters): the issuer's stamps belong on them. */
export const ISSUED_KINDS: ReadonlySet<ItemKind> = new Set<ItemKind>(['transcript', 'diplomas', 'language_certificate', 'references']);
/** An item of another kind named as an issued document ("Certificates", "Degree certificate", "Transcript of records"). */
export const ISSUED_TITLE = /\b(?:certificates?|transcripts?|diplomas?|degrees?|zeugnis(?:se)?|urkunden?|todistu(?:s|kset)|records)\b/iu;

/** Fewer words than this are not judged: a title, a list of names or a short bio says too little. */
export const MIN_JUDGED_WORDS = 40;

// Each language's commonest small words, without those another of the languages shares often (English "in", "on",
// "is" are Dutch, Finnish, German too) and without single letters, which formulas and initials are made of.
const STOP_WORDS: Readonly<Record<string, { name: string; words: string }>> = {
  en: { name: 'English', words: 'the and of to that with as this be by from which it my we would not or their these our can also are been has his her they you your into such more about than were there who its' },
  de: { name: 'German', words: 'und der die das ich nicht mit sich des auf für ist im dem ein eine einer einen zu von auch als wie bei oder werden wird sind mich meine meiner meinen mein ihre ihrer über dass durch nach zur zum habe sehr können aus noch bereits sowie wurde' },
  nl: { name: 'Dutch', words: 'het een van en dat niet zijn op te voor met ook aan bij ik mijn wordt worden naar uit om deze heb hebben kan maar door over onze wij zou tot graag binnen' },
  sv: { name: 'Swedish', words: 'och att det som är av för på med jag inte till har ett men sig min mitt mina vid också från eller hos detta denna vilket mig skulle kommer mycket där inom samt' },
  no: { name: 'Norwegian', words: 'og det som er på med jeg ikke til har en et å meg min mitt mine også fra eller kan vil være dette denne mye etter blir av hva innen' },
  da: { name: 'Danish', words: 'og det som er på med jeg ikke til har en et af mig min mit mine også fra eller kan vil være dette denne meget efter bliver hvad inden' },
  fi: { name: 'Finnish', words: 'ja on että ei se olen oli ovat myös tai kuin sekä minä minun joka jossa mutta niin kanssa ole ollut tämä tässä hän sen siitä jotka voi kun mukaan olisi' },
  fr: { name: 'French', words: 'le la les des du et est une un que qui dans pour pas au aux sur par avec ce cette je mon ma mes sont été plus ou nous vous il elle leur à' },
  es: { name: 'Spanish', words: 'el la los las del y en que es por con para una un se su sus lo al como más pero mi mis este esta ha sido también muy sobre entre desde' },
  it: { name: 'Italian', words: 'il lo la di che è per con non una un del della dei delle gli le nel nella sono ho mi mio mia anche come più ma ed al alla questo questa essere stato' },
};

const WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(STOP_WORDS).map(([tag, l]) => [tag, new Set(l.words.split(' '))]));

/** Languages close enough that their small words do not tell them apart, nor a reader: not flagged against each other. */
const KIN: readonly (readonly string[])[] = [['no', 'da', 'nb', 'nn']];

/** The primary subtag of a language tag as the table keys it (`en-GB` is `en`; Bokmål and Nynorsk are Norwegian). */
function primary(tag: string): string {
  const p = tag.trim().toLowerCase().split(/[-_]/u)[0] ?? '';
  return p === 'nb' || p === 'nn' ? 'no' : p;
}

/** A language's English name, for the tags the count knows (`de` is "German"); undefined for others. */
export function languageName(tag: string): string | undefined {
  return STOP_WORDS[primary(tag)]?.name;
}

/** The other language a text is clearly in, and the expected one's name. */
export interface OtherLanguage {
  /** "German"; "Norwegian or Danish" when the two lead together; undefined when the text is prose with almost none of the expected language's small words but in none of the languages the count knows (Portuguese, Polish under an English posting). */
  found?: string;
  expected: string;
  words: number;
}

/** Languages the count does not know, and the known ones so close that their small words overlap (Portuguese and Spanish): not flagged against each other. */
const RELATED: Readonly<Record<string, readonly string[]>> = {
  pt: ['es', 'it', 'fr'],
  gl: ['es', 'it', 'fr'],
  ca: ['es', 'it', 'fr'],
  oc: ['es', 'it', 'fr'],
  ro: ['es', 'it', 'fr'],
  is: ['sv', 'no', 'da'],
  fo: ['sv', 'no', 'da'],
  af: ['nl', 'de'],
  fy: ['nl', 'de'],
  lb: ['nl', 'de'],
  li: ['nl', 'de'],
  et: ['fi'],
  se: ['fi', 'sv', 'no'],
};

/**
 * Whether the count can read a language (`en`, `de-AT`, `nb`): one of its ten. For others it can only tell that a
 * text is clearly in one of the ten, never that it is in the language asked for.
 */
export function knownLanguage(tag: string): boolean {
  return STOP_WORDS[primary(tag)] !== undefined;
}

/** A language's English name for any tag (`pt` is "Portuguese"), or the tag itself when there is none. */
export function anyLanguageName(tag: string): string {
  const known = languageName(tag);
  if (known !== undefined) return known;
  try {
    return new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(tag.trim().split(/[-_]/u)[0] ?? tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * The language a text is clearly in when that is not `expected` (a tag: `en`, `en-GB`), or undefined: too short
 * (under `MIN_JUDGED_WORDS`), too few small words to tell (a list, a table, names), or the expected language's own
 * words a good share of the text (a document in two languages is not flagged). Prose with almost none of a known
 * expected language's small words is another language even when the count cannot name it (`found` undefined); for an
 * expected language the count does not know, only a text clearly in one of its ten (not a close relative) is flagged.
 * A text mostly in a script the expected language is not written in (Chinese under `en`, Polish under `ru`) is
 * another language whatever its small words, its words counted as a reader counts them (Chinese has no spaces).
 *
 * @example
 * otherLanguage('Sehr geehrte Damen und Herren, hiermit bewerbe ich mich ...', 'en') // { found: 'German', expected: 'English', words: 45 }
 * otherLanguage('玛丽亚·施密特是海德堡大学机器学习专业的博士后候选人 ...', 'en') // { found: 'Chinese', expected: 'English', words: 112 }
 */
export function otherLanguage(text: string, expected: string): OtherLanguage | undefined {
  const wantName = anyLanguageName(expected);
  const script = scriptVerdict(text, expected);
  if (script?.lead === 'Latn') return bySmallWords(text, expected) ?? { expected: wantName, words: script.words };
  if (script?.lead !== undefined) {
    const tag = SCRIPT_LANGUAGE[script.lead];
    return { ...(tag !== undefined ? { found: anyLanguageName(tag) } : {}), expected: wantName, words: script.words };
  }
  // A good share in the posting's own script, which none of the ten is written in: its language, or two languages.
  if (script?.own === true) return undefined;
  return bySmallWords(text, expected);
}

/** `otherLanguage` by the ten languages' small words alone. */
function bySmallWords(text: string, expected: string): OtherLanguage | undefined {
  const want = primary(expected);
  const known = STOP_WORDS[want] !== undefined;
  const wantName = anyLanguageName(expected);
  const tokens = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (tokens.length < MIN_JUDGED_WORDS) return undefined;
  const scores = [...WORDS].map(([tag, set]) => ({ tag, n: tokens.reduce((sum, t) => sum + (set.has(t) ? 1 : 0), 0) })).sort((a, b) => b.n - a.n);
  const [top, second] = scores;
  const own = scores.find((s) => s.tag === want)?.n ?? 0;
  // With none of any known language's words, the first in the table leads with nothing: no leader.
  if (!top || (top.tag === want && top.n > 0)) return undefined;
  const kin = KIN.find((k) => k.includes(want));
  if (kin?.includes(top.tag) || RELATED[want]?.includes(top.tag)) return undefined;
  // Prose is a tenth or more small words even in Finnish, which has few; a table of names or figures is not judged.
  // Against a language the count cannot read, only prose plainly in a known one: a fifth of its words.
  const clear = top.n >= (known ? 0.1 : 0.2) * tokens.length && top.n >= 8;
  if (!clear) return known && own <= 0.02 * tokens.length && prose(text, tokens.length) ? { expected: wantName, words: tokens.length } : undefined;
  // A part in the expected language (an English summary under a German letter) is not a wrong language.
  if (own >= 0.25 * top.n) return undefined;
  // Two that lead together are named together ("Norwegian or Danish"), unless the second is the expected one.
  const close = second && second.tag !== want && second.n >= 0.8 * top.n;
  const name = (t: string): string => STOP_WORDS[t]?.name ?? t;
  return { found: close ? `${name(top.tag)} or ${name(second.tag)}` : name(top.tag), expected: wantName, words: tokens.length };
}

/**
 * Whether a text was judged to be in `expected`: long enough to judge, with some of its small words, and clearly in
 * no other. What lets a packet declare a profile's language (`/Lang`) from its documents.
 *
 * @example
 * readsAs('Dear members of the committee, I am writing to apply for ...', 'en') // true (from 40 words on)
 */
export function readsAs(text: string, expected: string): boolean {
  const tokens = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const own = WORDS.get(primary(expected));
  if (tokens.length < MIN_JUDGED_WORDS || !own) return false;
  return tokens.filter((t) => own.has(t)).length >= 8 && otherLanguage(text, expected) === undefined;
}

/** Whether the packet's own pages (cover, contents, page stamps, referees and text pages) are in a language: they are English. */
export function toolLanguage(tag: string): boolean {
  return primary(tag) === 'en';
}

/** Whether a text reads as sentences: a tenth of its words short and lowercase ("de", "na", "w"), as small words are in any language; a list of degrees and names has none. */
function prose(text: string, tokens: number): boolean {
  return (text.match(/(?<!\p{L})\p{Ll}{1,3}(?!\p{L})/gu) ?? []).length >= 0.1 * tokens;
}

/** Scripts a word is told to be in (ISO 15924 codes, as `\p{Script=…}` takes them); a word in none is not counted. */
const SCRIPTS = ['Latn', 'Cyrl', 'Grek', 'Arab', 'Hebr', 'Hani', 'Hira', 'Kana', 'Hang', 'Thai', 'Laoo', 'Khmr', 'Mymr', 'Deva', 'Beng', 'Guru', 'Gujr', 'Orya', 'Taml', 'Telu', 'Knda', 'Mlym', 'Sinh', 'Tibt', 'Geor', 'Armn', 'Ethi', 'Syrc', 'Thaa', 'Mong'].map((code) => ({ code, re: new RegExp(`^\\p{Script=${code}}`, 'u') }));

/** Scripts only one language is written in, for the name a text in them is in; Japanese is Han with kana, Chinese Han without (see `scriptOfWord`). */
const SCRIPT_LANGUAGE: Readonly<Record<string, string>> = { Hani: 'zh', Jpan: 'ja', Hang: 'ko', Grek: 'el', Hebr: 'he', Thai: 'th', Laoo: 'lo', Khmr: 'km', Mymr: 'my', Sinh: 'si', Geor: 'ka', Armn: 'hy' };

/** Languages written in Latin and Cyrillic letters alike (Serbian), unless their tag names one. */
const TWO_SCRIPTS: ReadonlySet<string> = new Set(['sr', 'bs', 'uz', 'az', 'kk']);

/** Under this share of the text's words, a part in the posting language's script is names and terms, not a second language (as `own >= 0.25 * top.n`). */
const OWN_SCRIPT_SHARE = 0.2;

/** The scripts a language is written in, by its tag's script or the one the Unicode locale data give it; undefined for a tag they do not know. */
function languageScripts(tag: string): ReadonlySet<string> | undefined {
  let named: string | undefined;
  let likely: string | undefined;
  try {
    const locale = new Intl.Locale(tag.trim());
    named = locale.script;
    likely = locale.maximize().script;
  } catch {
    return undefined;
  }
  if (named === undefined && TWO_SCRIPTS.has(primary(tag))) return new Set(['Latn', 'Cyrl']);
  const script = named ?? likely;
  // Korean is written in Hangul, Han characters only now and then; Chinese in simplified or traditional Han alike.
  const scripts: Readonly<Record<string, string>> = { Hans: 'Hani', Hant: 'Hani', Kore: 'Hang' };
  return script === undefined ? undefined : new Set([scripts[script] ?? script]);
}

let segmenter: Intl.Segmenter | undefined;

/**
 * The script a text's words are mostly in, when the expected language is not written in it (`lead`), or whether a
 * good share of them are in its own (`own`); undefined when the text is too short to tell or the tag's script unknown.
 * Words are a reader's: Chinese, Japanese and Thai are split by the Unicode word breaker, not at spaces.
 */
function scriptVerdict(text: string, expected: string): { lead?: string; own: boolean; words: number } | undefined {
  const scripts = languageScripts(expected);
  if (!scripts) return undefined;
  // Japanese writes its grammar in kana between Han characters; Chinese has none.
  const kana = (text.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  const japanese = kana >= 0.05 * (kana + (text.match(/\p{Script=Han}/gu) ?? []).length) && kana > 0;
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  const other = new Map<string, number>();
  let own = 0;
  for (const s of segmenter.segment(text)) {
    const letter = s.isWordLike ? s.segment.match(/\p{L}/u)?.[0] : undefined;
    const found = letter === undefined ? undefined : SCRIPTS.find((x) => x.re.test(letter))?.code;
    if (found === undefined) continue;
    const script = found === 'Hira' || found === 'Kana' || (found === 'Hani' && japanese) ? 'Jpan' : found;
    if (scripts.has(script)) own += 1;
    else other.set(script, (other.get(script) ?? 0) + 1);
  }
  const foreign = [...other.values()].reduce((a, b) => a + b, 0);
  const words = own + foreign;
  if (words < MIN_JUDGED_WORDS) return undefined;
  // In the posting language's script, a Latin one, the ten's small words tell the rest.
  if (own >= OWN_SCRIPT_SHARE * words) return scripts.has('Latn') ? undefined : { own: true, words };
  const lead = [...other].sort((a, b) => b[1] - a[1])[0]?.[0];
  return { ...(lead !== undefined ? { lead } : {}), own: false, words };
}
