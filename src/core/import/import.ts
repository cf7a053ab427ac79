/**
 * The importer's engine: posting text -> requirements profile. Rule-based, offline and deterministic; every phrase it
 * knows lives in `phrases.ts`. Whatever it guesses is marked `review: true` and listed in `ImportResult.review`.
 */
import { PARSE_OPTIONS } from '../parse/zod-issues.js';
import { ProfileSchema, type Profile, type ProfileItem } from '../schema/profile.js';
import type { SubmissionFormat } from '../schema/vocabulary.js';
import { findDates, type DateMatch } from './dates.js';
import * as P from './phrases.js';
import { detectFormat, readPosting, type PostingFormat } from './markup.js';
import { findKindMentions, findLimits, g, isPacketLimit, test, testAny } from './match.js';
import { readRequirements } from './requirements.js';
import { profileToYaml } from './yaml.js';

export interface ImportOptions {
  /** How the posting is written; detected from the text when absent. */
  format?: PostingFormat;
  /** The text is HTML (same as `format: 'html'`). */
  html?: boolean;
  /** ISO date (`2025-10-01`) used to give a year to dates written without one. */
  today?: string;
}

/** Something a person should check, at a profile path such as `deadline` or `items[2].min`. */
export interface ReviewNote {
  path: string;
  reason: string;
}

export interface ImportResult {
  /** The profile, valid against `ProfileSchema`. */
  profile: Profile;
  /** The profile as YAML, each value with the posting's sentence it came from as a comment or `source:`. */
  yaml: string;
  /** Everything uncertain; the same places carry `review: true` in the profile. */
  review: ReviewNote[];
  /** Values the posting does not state, filled with the vocabulary's defaults (an item's forms, the submission format). */
  defaults: ReviewNote[];
}

// ---------------------------------------------------------------------------------------------------------------
// The whole posting

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const PACKET_WORDS = /\b(?:pdf|file|files|application|applications|document|documents|attachment|attachments|total|packet|combined|everything|upload|e-?mail)\b/iu;
const NON_DEADLINE = /\b(?:posted|expire|expires|downloaded|published|date posted)\b/iu;
/** Words that make a one-file rule about the whole application, not about two documents put together. */
const WHOLE = /\b(?:all|everything|application|applications|materials|documents|documentation|dossier|whole|entire|complete|attachments|vedlegga|unterlagen|bewerbung|ansökan|hakemus|dossier)\b/iu;

/**
 * What one sentence says about how the packet is handed in, if anything: separate files first ("one file per
 * point"), then one PDF for the whole application ("a cover letter and CV together in one document" is about two).
 */
function submissionFormat(s: string): SubmissionFormat | undefined {
  if (testAny(P.SUBMISSION_CUES['separate-files'], s)) return 'separate-files';
  if (!testAny(P.SUBMISSION_CUES['single-pdf'], s)) return undefined;
  // "...as one PDF file under "Diploma and transcripts"": one file per upload field.
  if (/\bunder ["'\u201c]/u.test(s)) return 'separate-files';
  const cue = P.SUBMISSION_CUES['single-pdf'].map((re) => g(re).exec(s)?.index ?? Infinity).reduce((a, b) => Math.min(a, b), Infinity);
  const named = new Set(findKindMentions(s.slice(0, cue)).map((h) => h.kind));
  if (named.size > 0 && named.size <= 2 && !WHOLE.test(s)) return undefined;
  return 'single-pdf';
}

/**
 * The date a deadline sentence gives: after "to / until / pättyy / au" when the sentence states a period ("from 20
 * March to 2 May 2023"), else its first date.
 */
function deadlineDate(s: string, today: string | undefined): DateMatch | undefined {
  const dates = findDates(s, { today }).filter((x) => x.day !== undefined);
  if (dates.length > 1) {
    for (const m of s.matchAll(new RegExp(P.DEADLINE_END_WORDS.source, 'giu'))) {
      const after = dates.find((d) => d.index >= m.index);
      if (after && dates.some((d) => d.index < m.index)) return after;
    }
  }
  return dates[0];
}

/** A date right after "by / before / antes del / senest" in a sentence that asks to apply or send, not about the start. */
function byDate(s: string, today: string | undefined): boolean {
  const asks = testAny(P.REQUEST_CUES, s) || testAny(P.LIST_TRIGGERS, s);
  if (!asks || !test(P.APPLICATION_WORDS, s) || testAny(P.START_CUES, s) || /\b(?:prefer\p{L}*|priority)\b/iu.test(s)) return false;
  return findDates(s, { today }).some((d) => d.day !== undefined && test(P.DEADLINE_BEFORE_DATE, s.slice(Math.max(0, d.index - 40), d.index)));
}

const START_WORDS = /\b(?:as soon as possible|immediately|by (?:mutual )?agreement|negotiable|flexible)\b/iu;

/**
 * Reads a posting and proposes a requirements profile.
 *
 * @example
 * const { profile, review } = importPosting('Please submit a CV and two letters of recommendation by 14.11.2025.');
 * profile.items.map((i) => i.kind) // ['cv', 'references']
 * profile.deadline // '2025-11-14'
 */
export function importPosting(input: string, options: ImportOptions = {}): ImportResult {
  const posting = readPosting(input, options.format ?? (options.html ? 'html' : detectFormat(input)));
  const lines = posting.lines;
  const review: ReviewNote[] = [];
  const comments = new Map<string, string[]>();
  const note = (path: string, ...c: string[]): void => {
    comments.set(path, [...(comments.get(path) ?? []), ...c]);
  };

  // 1-2. Lists and sentences that state requirements, and the items they name.
  const { items, notWanted, sentences } = readRequirements(lines);

  // 3. Facts stated in sentences.
  let format: SubmissionFormat | undefined;
  let formatSource: string | undefined;
  let subMb: number | undefined;
  let subPages: number | undefined;
  let subLimitSource: string | undefined;
  let fileName: string | undefined;
  let fileNameSource: string | undefined;
  let nameLength: number | undefined;
  let guessedDeadline: { d: DateMatch; s: string } | undefined;
  let loneStart: { d: DateMatch; s: string } | undefined;
  let deadline: DateMatch | undefined;
  let deadlineSource: string | undefined;
  const otherDeadlines: string[] = [];
  let reviewStart: { d: DateMatch; s: string } | undefined;
  let consideration: { d: DateMatch; s: string } | undefined;
  let deadlineConsideration = false;
  // The page's own date gives a year to dates written without one; else the caller's today.
  const today = posting.meta.date ?? options.today;
  let openUntilFilled: string | undefined;
  let start: { value: string; s: string; review?: string } | undefined;
  let startWords: { value: string; s: string } | undefined;
  const notes: string[] = [];
  for (const { text: s } of sentences) {
    if (format === undefined) {
      const f = submissionFormat(s);
      if (f) {
        format = f;
        formatSource = s;
      }
    }
    const hits = findKindMentions(s);
    const free = hits.length > 0 ? s.slice(0, hits[0]?.start) : s;
    const packetLimits = [
      ...(PACKET_WORDS.test(free) ? findLimits(free) : []),
      ...findLimits(s).filter((l) => l.index >= free.length && isPacketLimit(s, l)),
    ];
    {
      for (const l of packetLimits) {
        if (l.key === 'max_mb' && subMb === undefined) subMb = l.value;
        else if (l.key === 'max_pages' && subPages === undefined && /\b(?:total|application|whole|entire|all)\b/iu.test(free)) subPages = l.value;
        else continue;
        subLimitSource = s;
      }
    }
    const nl = g(P.FILE_NAME_LENGTH).exec(s);
    if (nl?.[1] && nameLength === undefined && Number(nl[1]) > 0) nameLength = Number(nl[1]);
    const name = fileNamePattern(s);
    if (name && fileName === undefined) {
      fileName = name;
      fileNameSource = s;
    }
    if (testAny(P.OPEN_UNTIL_FILLED_CUES, s)) openUntilFilled ??= s;
    const isReviewStart = testAny(P.REVIEW_START_CUES, s);
    const isConsideration = testAny(P.CONSIDERATION_CUES, s);
    const isDeadline = (testAny(P.DEADLINE_CUES, s) || byDate(s, today)) && !NON_DEADLINE.test(s) && !isReviewStart && !/\breference letters?\b|\bletters of (?:recommendation|reference)\b[^.]{0,20}\bdeadline\b|\bdeadline for (?:the )?(?:submission of )?(?:reference|recommendation)/iu.test(s);
    if (isDeadline || isReviewStart || isConsideration) {
      const d = deadlineDate(s, today);
      if (d && isReviewStart && !isConsideration) reviewStart ??= { d, s };
      else if (d && isConsideration && !isDeadline) consideration ??= { d, s };
      else if (d && deadline === undefined) {
        deadline = d;
        deadlineSource = s;
        deadlineConsideration = isConsideration;
      } else if (d && deadline && d.value !== deadline.value) {
        // The same day again with its time ("no later than 5 p.m. on January 15, 2021") makes the deadline exact.
        if (d.value?.startsWith(deadline.value ?? '-') && d.time && !deadline.time) {
          deadline = d;
          deadlineSource = s;
        } else if (!deadline.value?.startsWith(d.value ?? '-')) otherDeadlines.push(s);
      }
    } else if (testAny(P.START_CUES, s) && !/\binterview/iu.test(s) && !testAny(P.ELIGIBILITY_CUES, s)) {
      const d = findDates(s, { today, monthYear: true })[0];
      if (d?.value && start === undefined) start = { value: d.value, s, ...(d.review ? { review: d.review } : {}) };
      const w = START_WORDS.exec(s);
      if (!d && w && startWords === undefined) startWords = { value: w[0], s };
    } else if (!NON_DEADLINE.test(s)) {
      const d = findDates(s, { today, monthYear: true })[0];
      if (d?.value && /\bapplications?\b[^.]{0,40}\b(?:by|before|until|till)\b/iu.test(s)) guessedDeadline ??= { d, s };
      else if (d?.value && test(P.POSITION_WORDS, s)) loneStart ??= { d, s };
    }
    if (testAny(P.ELIGIBILITY_CUES, s) && !notes.includes(s)) notes.push(s);
  }

  // 4. Title, organization, reference, address.
  let title: string | undefined;
  let organization: string | undefined;
  let reference: string | undefined;
  let source: string | undefined;
  let orgGuessed = false;
  let titleLine: string | undefined;
  let orgLine: string | undefined;
  reference = posting.meta.reference;
  for (const line of lines) {
    if (title === undefined && (title = P.FIELD_LABELS.title.exec(line.text)?.[1]?.trim()) !== undefined) titleLine = line.text;
    if (organization === undefined && (organization = P.FIELD_LABELS.organization.exec(line.text)?.[1]?.trim()) !== undefined) orgLine = line.text;
    reference ??= P.FIELD_LABELS.reference.exec(line.text)?.[1];
    source ??= P.FIELD_LABELS.source.exec(line.text)?.[1];
  }
  const firstLine = lines.find((l) => !l.bullet && l.text.split(/\s+/).length <= 16 && !testAny(P.LIST_TRIGGERS, l.text))?.text.replace(/[.:]$/, '');
  if (organization === undefined) {
    const org = posting.meta.organization ?? guessOrganization(lines.map((l) => l.text), sentences.map((x) => x.text), posting.meta.title);
    if (org) {
      organization = org;
      orgGuessed = true;
    }
  }
  if (title === undefined && firstLine) {
    title = organization && firstLine.endsWith(organization) && firstLine !== organization ? firstLine.slice(0, -organization.length).replace(/(?:[\s,|-]+|\s+(?:at|in|of|for|with|bei|à|på|i))+$/iu, '') : firstLine;
    // A first line that is the organization is not the position's title.
    if (title === organization) title = undefined;
  }
  const titleGuessed = title === undefined || !lines.some((l) => P.FIELD_LABELS.title.test(l.text));
  title ??= 'Imported posting';

  // 5. Assemble the profile and the review list.
  const usedIds = new Set<string>();
  const profileItems: ProfileItem[] = items.map((d) => {
    let id: string = d.kind;
    for (let n = 2; usedIds.has(id); n++) id = `${d.kind}_${n}`;
    usedIds.add(id);
    const item: ProfileItem = {
      id,
      kind: d.kind,
      title: d.title,
      stage: d.stage,
      accepts: d.accepts,
      ...(d.min !== undefined ? { min: d.min } : {}),
      ...(d.max !== undefined ? { max: d.max } : {}),
      ...(d.max_pages !== undefined ? { max_pages: d.max_pages } : {}),
      ...(d.max_words !== undefined ? { max_words: d.max_words } : {}),
      ...(d.max_chars !== undefined ? { max_chars: d.max_chars } : {}),
      ...(d.max_mb !== undefined ? { max_mb: d.max_mb } : {}),
      ...(d.condition ? { condition: d.condition } : {}),
      source: d.source,
      ...(d.reasons.length > 0 ? { review: true } : {}),
    };
    return item;
  });
  if (profileItems.length === 0) {
    profileItems.push({ id: 'other', kind: 'other', title: 'Application documents', stage: 'required', accepts: ['file'], review: true });
    items.push({ kind: 'other', title: '', stage: 'required', accepts: ['file'], source: '', reasons: [{ text: 'no application documents were recognized; list them by hand' }] });
  }
  items.forEach((d, i) => {
    for (const r of d.reasons) review.push({ path: `items[${i}]${r.field ? `.${r.field}` : ''}`, reason: r.text });
    if (d.reasons.length > 0) note(`items[${i}]`, ...d.reasons.map((r) => `REVIEW: ${r.field ? `${r.field}: ` : ''}${r.text}`));
  });

  let profileReview = false;
  const flag = (path: string, reason: string): void => {
    review.push({ path, reason });
    note(path, `REVIEW: ${reason}`);
    profileReview = true;
  };
  const from = (path: string, s: string | undefined): void => {
    if (s) note(path, `from: "${s}"`);
  };

  let deadlineValue: string | undefined;
  if (deadline) {
    from('deadline', deadlineSource);
    if (deadline.value) deadlineValue = deadline.value;
    if (deadline.review) flag('deadline', deadline.review);
    if (deadlineConsideration) flag('deadline', 'the date for full consideration, not a closing date: applications may still be read after it');
    if (otherDeadlines.length > 0) flag('deadline', `other dates are also called a deadline: ${otherDeadlines.map((s) => `"${s}"`).join('; ')}`);
  } else if (consideration) {
    from('deadline', consideration.s);
    deadlineValue = consideration.d.value;
    flag('deadline', 'the date for full consideration, not a closing date: applications may still be read after it');
  } else if (guessedDeadline?.d.day !== undefined) {
    from('deadline', guessedDeadline.s);
    deadlineValue = guessedDeadline.d.value;
    flag('deadline', 'guessed: the posting does not call this date a deadline');
  }
  if (!deadlineValue && reviewStart) {
    // "Review of applications will begin on ...": when to apply by at the latest for a first look, not a closing date.
    if (!notes.includes(reviewStart.s)) notes.push(reviewStart.s);
    flag('deadline', `no closing date; the review of applications begins ${reviewStart.d.value ?? reviewStart.d.text} (kept in notes)`);
  } else if (!deadlineValue && !openUntilFilled) flag('deadline', 'no deadline was found');
  if (openUntilFilled) from('open_until_filled', openUntilFilled);

  let startValue: string | undefined;
  if (start) {
    startValue = start.value;
    from('start', start.s);
    if (start.review) flag('start', start.review);
  } else if (startWords) {
    startValue = startWords.value;
    from('start', startWords.s);
  } else if (loneStart?.d.value && loneStart.d.value !== deadlineValue) {
    startValue = loneStart.d.value;
    from('start', loneStart.s);
    flag('start', 'guessed: a date in a sentence about the position, not called a start date');
  }

  if (title && titleGuessed && title !== 'Imported posting') flag('title', 'taken from the first line of the posting');
  from('title', titleLine);
  from('organization', orgLine);
  if (title === 'Imported posting') flag('title', 'the position title was not found');
  if (organization && orgGuessed) flag('organization', 'guessed from the first lines of the posting');

  const submission: Profile['submission'] = { format: format ?? 'single-pdf' };
  if (subMb !== undefined) submission.max_mb = subMb;
  if (subPages !== undefined) submission.max_pages = subPages;
  if (fileName) submission.file_name = fileName;
  if (nameLength !== undefined) submission.max_name_length = nameLength;
  if (formatSource) submission.source = formatSource;
  else {
    submission.review = true;
    review.push({ path: 'submission.format', reason: 'the posting does not say whether it wants one PDF or separate files' });
    note('submission', 'REVIEW: the posting does not say whether it wants one PDF or separate files');
  }
  if (subLimitSource && subLimitSource !== formatSource) note('submission', `from: "${subLimitSource}"`);
  if (fileNameSource) note('submission.file_name', `from: "${fileNameSource}"`);
  if (notes.length > 0) note('notes', 'eligibility rules, copied from the posting');

  // The organization's distinctive word ("Aalto", not "University") leads the id.
  const orgWord = organization?.split(/[\s,]+/).find((w) => !/^(?:the|of|for|and|university|universität|universiteit|institute|center|centre|college|school|department|faculty|laboratory|lab|dept\.?)$/i.test(w)) ?? '';
  const idBase = slug([orgWord, title].join(' '))
    .split('-')
    .filter((w) => w !== '' && !/^(?:in|of|for|the|and|on|at|a|an|m|w|d|f)$/.test(w))
    .slice(0, 6)
    .join('-');
  const year = deadlineValue?.slice(0, 4);
  const raw = {
    id: /^[a-z]/.test(idBase) ? `${idBase}${year ? `-${year}` : ''}` : `posting${year ? `-${year}` : ''}`,
    title,
    ...(organization ? { organization } : {}),
    ...(source ? { source } : {}),
    ...(reference ? { reference } : {}),
    ...(deadlineValue ? { deadline: deadlineValue } : {}),
    open_until_filled: openUntilFilled !== undefined,
    ...(startValue ? { start: startValue } : {}),
    submission,
    items: profileItems,
    notes,
    ...(notWanted.length > 0 ? { not_wanted: notWanted.map((n) => ({ what: n.what, ...(n.kind !== 'other' ? { kind: n.kind } : {}), source: n.source })) } : {}),
    ...(profileReview ? { review: true } : {}),
  };
  const parsed = ProfileSchema.safeParse(raw, PARSE_OPTIONS);
  if (!parsed.success) throw new Error(`importPosting built an invalid profile (a bug): ${parsed.error.message}`);
  const defaults: ReviewNote[] = items.flatMap((d, i) =>
    d.defaultAccepts ? [{ path: `items[${i}].accepts`, reason: `the posting names no form; ${d.kind} takes ${d.accepts.join(' or ')} by default` }] : [],
  );
  return { profile: parsed.data, yaml: profileToYaml(parsed.data, comments), review, defaults };
}

const ORG_NOUN =
  '(?:University|Universität|Universiteit|Université|Universitat|Università|Universidad|Universitetet|Universitet|Institute|Institut|Instituut|Istituto|College|Yliopisto|Hochschule|Högskola|Foundation|Stiftung|Center|Centre|Academy|Akademie|School|Laboratory|Council|Campus|Faculty|Fakultät|Faculté|Conservatory|Polytechnic)';
/** Nouns written in lower case after the name in Nordic languages ("Tampereen yliopisto", "Sahlgrenska akademin"). */
const ORG_NOUN_LOWER = '(?:yliopisto|korkeakoulu|universitet(?:et)?|högskola|högskolan|akademin|akademi|institutt(?:et)?|fakultet(?:et)?|hogeschool)';
const NAME_WORD = "(?:St\\.|[A-Z][\\p{L}&'-]*)";
const ORG_RE = new RegExp(
  `(?:(?:${NAME_WORD}\\s)+${ORG_NOUN}(?:\\s(?:of|for|de|des|du|der|i|di)(?:\\s(?:${NAME_WORD}|and(?! the\\b)|of|for))+)?|${ORG_NOUN}(?:\\s(?:of|for|de|des|du|der|i|di|la))(?:\\s(?:${NAME_WORD}|and(?! the\\b)|of|for))+|(?:Universiteit|Universität|Université|Universitat|Universidad|Universitetet|Hochschule|Högskolan) ${NAME_WORD}|(?:${NAME_WORD}\\s)+${ORG_NOUN_LOWER}\\b|Det \\p{L}+ ${ORG_NOUN_LOWER})`,
  'u',
);
/** Sentences in which a posting names its employer ("The Department of Physics at X University invites applications"). */
const EMPLOYER_SENTENCE = /\b(?:invites? applications|is seeking|seeks|is looking for|are looking for|announces|is recruiting|welcomes applications|is hiring|invites)\b/iu;

/** Title-cases a line written in capitals ("DUKE UNIVERSITY" -> "Duke University"). */
function unshout(line: string): string {
  return /\p{Ll}/u.test(line) ? line : line.toLowerCase().replace(/(?<![\p{L}'])\p{L}/gu, (c) => c.toUpperCase());
}

function orgIn(text: string): { name: string; whole: boolean } | undefined {
  const t = unshout(text);
  const m = ORG_RE.exec(t);
  if (!m) return undefined;
  const name = m[0]
    .replace(/^(?:(?:The|At|Join|Of|In|From|For|And|Valid)\s+)+/, '')
    .replace(/\s+(?:and|of|for|the|de|i)$/, '')
    .trim();
  return { name, whole: m[0].length >= t.length * 0.6 };
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

const NAME_TOKENS: [RegExp, string][] = [
  [/^(?:last ?name|surname|family ?name|lastname|nachname|sukunimi)$/i, '{last}'],
  [/^(?:first ?name|given ?name|firstname|forename|vorname|etunimi)$/i, '{first}'],
  [/^(?:full ?name|name|your ?name|yourname|nimi)$/i, '{name}'],
];
const ITEM_TOKENS = /^(?:document(?: ?(?:name|type))?|attachment|doctype|item|type|title|cv|cover ?letter|research ?plan|transcript|letter|statement|documentname|documenttype)$/i;

/**
 * A file-name rule such as "Lastname_Firstname_CV.pdf" as a pattern, or undefined when the sentence names no rule.
 *
 * @example
 * fileNamePattern('Name the file Lastname_Firstname_CV.pdf') // '{last}_{first}_{item}.pdf'
 */
export function fileNamePattern(sentence: string): string | undefined {
  const m = /(?<![\w.])((?:[\p{L}]+|\[[\p{L} ]+\]|<[\p{L} ]+>)(?:[_-](?:[\p{L}]+|\[[\p{L} ]+\]|<[\p{L} ]+>))+)\.(pdf|docx?|zip)\b/iu.exec(sentence);
  if (!m || !m[1]) return undefined;
  const parts = m[1].split(/([_-])/);
  let named = false;
  const out = parts.map((p, i) => {
    if (i % 2 === 1) return p;
    const t = p.replace(/^[[<]|[\]>]$/g, '');
    for (const [re, ph] of NAME_TOKENS) {
      if (re.test(t)) {
        named = true;
        return ph;
      }
    }
    return ITEM_TOKENS.test(t) ? '{item}' : p;
  });
  return named ? `${out.join('')}.${(m[2] ?? 'pdf').toLowerCase()}` : undefined;
}
