/**
 * Step 4 of `importPosting`: what the posting is: the position's title, the employer, the job reference and the
 * page's address, from labelled fields ("Title: ...") when there are some, else guessed from the first lines.
 */
import type { Line, PostingMeta } from './markup.js';
import { testAny } from './match.js';
import { normalizeText } from './text.js';
import * as P from './phrases.js';

/** The title the profile gets when the posting names none. */
export const NO_TITLE = 'Imported posting';

export interface Identity {
  /** The position's title, `NO_TITLE` when none was found. */
  title: string;
  /** The labelled line the title was read from. */
  titleLine?: string;
  /** No line labels the title: it was taken from the first line, or not found. */
  titleGuessed: boolean;
  /** The title is the page's own (HTML `<title>`, front matter `title`), not a line of the posting. */
  titleFromPage?: boolean;
  /** Where a guessed title's line is when it is not the first line: near the top, or in the body after a list. */
  titleWhere?: 'first' | 'top' | 'body';
  organization?: string;
  orgLine?: string;
  /** The organization was not labelled: it was guessed from the page or the first lines. */
  orgGuessed: boolean;
  reference?: string;
  source?: string;
}

/**
 * The posting's title, organization, reference and address.
 *
 * @example
 * readIdentity(textLines('Doctoral Researcher\nAalto University'), [], {}) // { title: 'Doctoral Researcher', organization: 'Aalto University', ... }
 */
export function readIdentity(lines: readonly Line[], sentences: readonly string[], meta: PostingMeta): Identity {
  let title: string | undefined;
  let organization: string | undefined;
  let source: string | undefined;
  let orgGuessed = false;
  let titleLine: string | undefined;
  let orgLine: string | undefined;
  let reference = meta.reference;
  for (const line of lines) {
    if (title === undefined && (title = P.FIELD_LABELS.title.exec(line.text)?.[1]?.trim()) !== undefined) titleLine = line.text;
    if (organization === undefined && (organization = labelledName(P.FIELD_LABELS.organization.exec(line.text)?.[1])) !== undefined) orgLine = line.text;
    reference ??= referenceIn(line.text);
    source ??= P.FIELD_LABELS.source.exec(line.text)?.[1];
  }
  // A first line that is only the page's address ("https://jobs.example.edu/123", as users paste it) is the source, not the title.
  const address = lines[0] && !lines[0].bullet ? BARE_ADDRESS.exec(lines[0].text.trim())?.[1] : undefined;
  source ??= address;
  const titleLike = (l: Line): boolean => !l.bullet && l.text.split(/\s+/).length <= 16 && !BARE_ADDRESS.test(l.text.trim());
  const opening = lines.findIndex((l) => !BARE_ADDRESS.test(l.text.trim()));
  const firstList = lines.findIndex((l) => l.bullet);
  const nameLine = (l: Line): boolean => titleLike(l) && !testAny(P.LIST_TRIGGERS, l.text);
  let titleAt = lines.findIndex((l, i) => (firstList < 0 || i < firstList) && nameLine(l));
  // The opening heading names the page even with a list word in it ("Liite 1 A: Hakemuksen liitteet"); a sentence after a list does not.
  if (titleAt < 0 && opening >= 0 && titleLike(lines[opening]!) && !/[.:：!?]\s*$/u.test(lines[opening]!.text)) titleAt = opening;
  titleAt = titleAt >= 0 ? titleAt : lines.findIndex(nameLine);
  const firstLine = titleAt >= 0 ? lines[titleAt]!.text.replace(/[.:]$/, '') : undefined;
  const titleWhere: Identity['titleWhere'] = titleAt === opening ? 'first' : firstList >= 0 && titleAt > firstList ? 'body' : 'top';
  if (organization === undefined) {
    const org = meta.organization ?? guessOrganization(lines.map((l) => l.text), sentences, meta.title);
    if (org) {
      organization = org;
      orgGuessed = true;
    }
  }
  // The page's own title (HTML <title>, Markdown front matter) names the page better than its first line ("FAQs").
  const pageTitle = title === undefined && meta.title !== undefined && meta.title.trim() !== '' && meta.title !== organization ? meta.title.trim() : undefined;
  if (pageTitle) title = pageTitle;
  if (title === undefined && firstLine) {
    title = organization && firstLine.endsWith(organization) && firstLine !== organization ? firstLine.slice(0, -organization.length).replace(/(?:[\s,|-]+|\s+(?:at|in|of|for|with|bei|à|på|i))+$/iu, '') : firstLine;
    // A first line that is the organization is not the position's title.
    if (title === organization) title = undefined;
  }
  const titleGuessed = title === undefined || !lines.some((l) => P.FIELD_LABELS.title.test(l.text));
  const fromFirstLine = titleGuessed && !pageTitle && title !== undefined && titleWhere !== 'first' ? { titleWhere } : {};
  return { title: title ?? NO_TITLE, titleLine, titleGuessed, ...(pageTitle ? { titleFromPage: true } : {}), ...fromFirstLine, organization, orgLine, orgGuessed, reference, source };
}

/** A line that is one web address and nothing else. */
const BARE_ADDRESS = /^<?(https?:\/\/\S+?)>?$/iu;

const REFERENCE_ALL = new RegExp(P.FIELD_LABELS.reference.source, 'gi');

/**
 * A value looks like a job reference when it has a digit ("4521", "2027-MCF-12") or capitals beyond a first one
 * ("ABC", "WiMi-Physik"); a plain word ("doivent", "when", "bei", "Professor") is the sentence going on after the label.
 */
export function looksLikeReference(value: string): boolean {
  return /\d/u.test(value) || /^.\P{Lu}*\p{Lu}/u.test(value);
}

/**
 * The job reference a line labels, skipping a label word whose next word is no reference ("lettres de référence
 * doivent ...", "quote the job reference when applying").
 *
 * @example
 * referenceIn('Les lettres de référence doivent être enregistrées. Référence : MCF-2027-12') // 'MCF-2027-12'
 * referenceIn('Tjänsten har diarienummer Af-2019/0040 7122.') // 'Af-2019/0040 7122'
 */
export function referenceIn(text: string): string | undefined {
  for (const m of text.matchAll(REFERENCE_ALL)) {
    if (m[1] === undefined || !looksLikeReference(m[1])) continue;
    // A reference written in groups ("Af-2019/0040 7122") goes on with a group of digits that ends the sentence.
    const rest = /^(?: \d{2,})+(?=\s*(?:[.,;)]|$))/u.exec(text.slice((m.index ?? 0) + m[0].length))?.[0];
    return rest !== undefined && /\d/u.test(m[1]) ? m[1] + rest : m[1];
  }
  // Swedish "Ange referens: Lärare i 7-9 i din ansökan": the reference is the words up to "i din ansökan" or the line's end.
  const quoted = /^\s*(?:ange|uppge)\s+(?:referens(?:nummer)?|annonsens referens|ref\.?(?:nr)?)\s*:\s*(.+?)\s*(?:\b(?:i|på) (?:din|er|ditt|ert) (?:ansökan|brev|mejl|e-post)\b.*)?[.]?\s*$/iu.exec(text)?.[1];
  if (quoted) return quoted;
  // A line labelled "Reference:" alone ("Reference: HY-2026-331"); a reference with a digit, not "Reference: Prof. Aho".
  const labelled = /^\s*reference\s*:\s*#?([A-Z0-9][\w/-]{2,})\s*$/iu.exec(text)?.[1];
  return labelled !== undefined && /\d/u.test(labelled) ? labelled : undefined;
}

/**
 * The first line names the posting rather than asks for anything: the page's address, or a short line that no
 * sentence ends and no list trigger is in ("PhD position in Chemistry (one PDF, 3 referees)"), as the title is taken;
 * and it is the text's own first line, not one joined with the lines after it ("記 載 要 領 1 履歴書").
 *
 * @example
 * isTitleLine(textLines('PhD position (one PDF)\nPlease send a CV.'), 'PhD position (one PDF)\nPlease send a CV.') // true
 */
export function isTitleLine(lines: readonly Line[], input: string): boolean {
  const first = lines[0];
  if (!first || first.bullet) return false;
  const t = first.text.trim();
  // As Markdown or as plain text, "# Title" is the same line.
  const bare = (l: string): string => normalizeText(l).replace(/^\s*#{1,6}\s+/u, '').replace(/\s+/gu, ' ').trim();
  if (bare(input.split(/\r?\n/u).find((l) => l.trim() !== '') ?? '') !== bare(t)) return false;
  if (/^<?https?:\/\/\S+>?$/iu.test(t)) return true;
  return t.split(/\s+/).length <= 16 && !/[.:!?]$/u.test(t) && !testAny(P.LIST_TRIGGERS, t) && !P.FIELD_LABELS.title.test(t);
}

const ORG_NOUN =
  '(?:University|Universität|Universiteit|Université|Universitat|Università|Universidad|Universitetet|Universitet|Institute|Institut|Instituut|Istituto|College|Yliopisto|Hochschule|Högskola|Foundation|Stiftung|Center|Centre|Academy|Akademie|School|Laboratory|Council|Campus|Faculty|Fakultät|Faculté|Conservatory|Polytechnic)';
/** Nouns written in lower case after the name in Nordic languages ("Tampereen yliopisto", "Sahlgrenska akademin"). */
const ORG_NOUN_LOWER = '(?:yliopisto|korkeakoulu|universitet(?:et)?|högskola|högskolan|akademin|akademi|institutt(?:et)?|fakultet(?:et)?|hogeschool)';
// An elided article is part of the name ("Côte d'Azur", "dell'Aquila", "l'Ain"): the scanner must not stop at it.
const ELIDED_WORD = "(?:d|l|dell|dall|nell|sull|all|degl|D|L)'\\p{Lu}[\\p{L}&'-]*";
const NAME_WORD = `(?:St\\.|${ELIDED_WORD}|[A-Z][\\p{L}&'-]*)`;
const ORG_RE = new RegExp(
  `(?:(?:${NAME_WORD}\\s)+${ORG_NOUN}(?:\\s(?:of|for|de|des|du|der|i|di)(?:\\sthe(?=\\s\\p{Lu}))?(?:\\s(?:${NAME_WORD}|and(?! the\\b)|of|for))+)?|${ORG_NOUN}(?:\\s(?:of|for|de|des|du|der|i|di|la|degli|della|del))(?:\\sthe(?=\\s\\p{Lu}))?(?:\\s(?:${NAME_WORD}|and(?! the\\b)|of|for))+|(?:(?:${NAME_WORD}\\s)*${NAME_WORD}-)?(?:Universiteit|Universität|Université|Universitat|Università|Universidad|Universitetet|Hochschule|Högskolan) (?:zu )?${NAME_WORD}(?:\\s(?:am|an der|im)\\s${NAME_WORD}|\\s${ELIDED_WORD})?|(?:${NAME_WORD}\\s)+${ORG_NOUN_LOWER}\\b|Det \\p{L}+ ${ORG_NOUN_LOWER})`,
  'u',
);
/** Every place an organization is named, in order: the first may be a generic one to skip. */
const ORG_RE_ALL = new RegExp(ORG_RE.source, 'gu');
/** Sentences in which a posting names its employer ("The Department of Physics at X University invites applications"). */
const EMPLOYER_SENTENCE = /\b(?:invites? applications|is seeking|seeks|is looking for|are looking for|announces|is recruiting|welcomes applications|is hiring|invites)\b/iu;

/** Title-cases a line written in capitals ("DUKE UNIVERSITY" -> "Duke University"). */
function unshout(line: string): string {
  return /\p{Ll}/u.test(line) ? line : line.toLowerCase().replace(/(?<![\p{L}'])\p{L}/gu, (c) => c.toUpperCase());
}

/**
 * The value of a labelled field, unless it is a blank form field's own label ("Institution that awarded highest
 * qualification:") rather than a name.
 */
function labelledName(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v === undefined || v === '' || /[:：]$/u.test(v) || /^\p{Ll}/u.test(v) ? undefined : v;
}

/** A name ending in a noun that the city follows in German, French, Dutch, Italian, Spanish: "Technische Universität München". */
const PLACE_AFTER_NOUN = /(?:Universität|Université|Universiteit|Universitat|Università|Universidad|Hochschule)$/u;
/** The rest of a line's part that is one place name ("München", "Frankfurt am Main", "Paris-Saclay") and nothing else. */
const PLACE_REST = new RegExp(`^\\s+(${NAME_WORD}(?:\\s(?:am|an der|im|upon)\\s${NAME_WORD})?)\\s*$`, 'u');

/** Words that name no one employer on their own: "Graduate School", "Summer School", "Die Universität", "Foundation". */
const GENERIC_ORG_WORD = new RegExp(
  `^(?:${ORG_NOUN}|the|die|der|das|la|le|our|your|this|host|home|receiving|partner|graduate|summer|winter|phd|doctoral|research|academic|medical|council|board|department)$`,
  'iu',
);

function orgIn(text: string): { name: string; whole: boolean } | undefined {
  const t = unshout(text);
  for (const m of t.matchAll(ORG_RE_ALL)) {
    const name = m[0]
      .replace(/^(?:(?:The|At|Join|Of|In|From|For|And|Valid)\s+)+/, '')
      .replace(/\s+(?:and|of|for|the|de|i)$/, '')
      .trim();
    // A name of generic words only is a kind of place, not the employer: look further along.
    if (name.split(/\s+/).every((w) => GENERIC_ORG_WORD.test(w))) continue;
    // "Technische Universität München": the place after the noun is part of the name (before: "Technische Universität").
    const place = PLACE_AFTER_NOUN.test(name) ? PLACE_REST.exec(t.slice((m.index ?? 0) + m[0].length))?.[1] : undefined;
    if (place) return { name: `${name} ${place}`, whole: true };
    return { name, whole: m[0].length >= t.length * 0.6 };
  }
  return undefined;
}

/**
 * The employer: a line near the top that is mostly an organization's name, else the one named where the posting
 * invites applications, else the first one named near the top, else one in the page title.
 */
function guessOrganization(lines: readonly string[], sentences: readonly string[], pageTitle: string | undefined): string | undefined {
  let mention: string | undefined;
  for (const line of lines.slice(0, 6)) {
    for (const part of line.split(/\s*[,|]\s*|\s+-\s+/)) {
      const o = orgIn(part);
      if (!o) continue;
      if (o.whole) return o.name;
      mention ??= o.name;
    }
  }
  for (const s of sentences) {
    if (!EMPLOYER_SENTENCE.test(s)) continue;
    const o = orgIn(s.replace(/^.*?\b(?:at|of)\s+(?=(?:the\s+)?\p{Lu})/u, ''));
    if (o) return o.name;
  }
  if (mention) return mention;
  // "Please apply via the application portal of the University of Rostock."
  for (const s of sentences) {
    if (!/\b(?:apply|application|applications|submit|send)\b/iu.test(s)) continue;
    const o = orgIn(s.replace(/^.*?\b(?:at|of|to)\s+(?=(?:the\s+)?\p{Lu})/u, ''));
    if (o) return o.name;
  }
  for (const part of (pageTitle ?? '').split(/\s*[,|()]\s*|\s+-\s+/)) {
    const o = orgIn(part);
    if (o) return o.name;
  }
  return undefined;
}
