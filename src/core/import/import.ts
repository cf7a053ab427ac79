/**
 * The importer's engine: posting text -> requirements profile. Rule-based, offline and deterministic; every phrase it
 * knows lives in `phrases.ts`. Whatever it guesses is marked `review: true` and listed in `ImportResult.review`.
 */
import { PARSE_OPTIONS } from '../parse/zod-issues.js';
import { ProfileSchema, type Profile, type ProfileItem } from '../schema/profile.js';
import { FORMS, type Form, type ItemKind, type Stage, type SubmissionFormat } from '../schema/vocabulary.js';
import { findDates, type DateMatch } from './dates.js';
import * as P from './phrases.js';
import { detectFormat, readPosting, type Line, type PostingFormat } from './markup.js';
import { parseNumber, stripBullet, toSentences } from './text.js';
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
}

// ---------------------------------------------------------------------------------------------------------------
// Phrase matching

/** `\b` that also treats accented letters as word characters ("résumé", "Lebenslauf"). */
const WORD_EDGE = '(?:(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_]))';
const compiled = new Map<RegExp, RegExp>();
function g(re: RegExp): RegExp {
  let c = compiled.get(re);
  if (!c) {
    c = new RegExp(re.source.replace(/\\b/g, WORD_EDGE), 'giu');
    compiled.set(re, c);
  }
  c.lastIndex = 0;
  return c;
}
function test(re: RegExp, text: string): boolean {
  return g(re).test(text);
}
function testAny(res: readonly RegExp[], text: string): boolean {
  return res.some((re) => test(re, text));
}

/** Where the text names an item kind. */
export interface KindMention {
  kind: Exclude<ItemKind, 'other'>;
  start: number;
  end: number;
  /** End of the first phrase when one item is named twice ("letters ... or contact details of referees"). */
  nameEnd?: number;
  /** Found only by a loose phrase (`KindPhrases.guesses`). */
  guess?: boolean;
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
  if (mentionCache.size > 2000) mentionCache.clear();
  const hits: KindMention[] = [];
  for (const kind of KINDS) {
    for (const re of P.KIND_PHRASES[kind].patterns) {
      for (const m of text.matchAll(g(re))) if (m[0].length > 0) hits.push({ kind, start: m.index, end: m.index + m[0].length });
    }
  }
  const blocked: [number, number][] = [];
  for (const re of P.NOT_AN_ITEM) for (const m of text.matchAll(g(re))) blocked.push([m.index, m.index + m[0].length]);
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: KindMention[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    if (prev && h.start < prev.end) continue;
    if (blocked.some(([s, e]) => h.start < e && h.end > s)) continue;
    out.push(h);
  }
  // Loose phrases only fill the gaps the exact ones leave.
  for (const kind of KINDS) {
    for (const re of P.KIND_PHRASES[kind].guesses ?? []) {
      for (const m of text.matchAll(g(re))) {
        const h: KindMention = { kind, start: m.index, end: m.index + m[0].length, guess: true };
        if (h.end === h.start || out.some((o) => h.start < o.end && h.end > o.start) || blocked.some(([s, e]) => h.start < e && h.end > s)) continue;
        out.push(h);
      }
    }
  }
  out.sort((a, b) => a.start - b.start);
  mentionCache.set(text, out);
  return out.map((h) => ({ ...h }));
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers, counts and limits

const NUM = `(?:\\d{1,3}(?:[ ,]\\d{3})+|\\d+(?:\\.\\d+)?|${Object.keys(P.NUMBER_WORDS).join('|')})`;
const COUNT_CUE = '(at least|min\\.?|minimum(?: of)?|a minimum of|no fewer than|up to|at most|max\\.?|maximum(?: of)?|a maximum of|no more than|not more than)';
const COUNT_RE = new RegExp(
  `(?:${COUNT_CUE}\\s+)?(?<![\\w.,(-])(\\d{1,2}|${Object.keys(P.NUMBER_WORDS).join('|')})(?:\\s*(?:-|to|or)\\s*(\\d{1,2}|${Object.keys(P.NUMBER_WORDS).join('|')}))?(?![\\w.-]|\\s*-?\\s*(?:pages?|sides?|words?|characters?|mb|seiten)\\b)`,
  'giu',
);
const COUNT_AFTER_RE = new RegExp(
  `^\\s*\\(\\s*(?:${COUNT_CUE}\\s+)?(\\d{1,2}|${Object.keys(P.NUMBER_WORDS).join('|')})(?![\\d.,]\\d)(?:\\s*(?:-|to)\\s*(\\d{1,2}|${Object.keys(P.NUMBER_WORDS).join('|')}))?(?:\\s+(?:required|needed|requested|letters|references|in total|total))?\\s*[);,]`,
  'iu',
);

function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : parseNumber(s, P.NUMBER_WORDS);
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
  if (/^(?:at least|min|minimum|a minimum|no fewer)/.test(c)) return { min: a };
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
  const region = `${before.split(/\s+/).slice(-4).join(' ')} ${mention}`;
  for (const m of region.matchAll(COUNT_RE)) {
    const c = countFrom(m[1], num(m[2]), num(m[3]));
    if (c) return c;
  }
  const a = COUNT_AFTER_RE.exec(after);
  return a ? countFrom(a[1], num(a[2]), num(a[3])) : undefined;
}

export type LimitKey = keyof typeof P.LIMIT_UNITS;
/** A page, word, character or MB cap found in a text. */
export interface Limit {
  key: LimitKey;
  value: number;
  index: number;
  end: number;
  /** Stated as a limit ("max.", "no more than", "two-page"), not just a size. */
  cue: boolean;
}

const UNIT_KEYS = Object.keys(P.LIMIT_UNITS) as LimitKey[];
const LIMIT_RE = new RegExp(`(${NUM})(\\s*-\\s*|\\s*)(?:${UNIT_KEYS.map((k) => `(${P.LIMIT_UNITS[k].source})`).join('|')})`, 'giu');
const RANGE_BEFORE = new RegExp(`${NUM}\\s*(?:-|to)\\s*$`, 'iu');
const CUE_AFTER = /^\s*(?:max(?:imum)?\b\.?|at most\b|or (?:less|fewer)\b|limit\b|in total\b|maximum\b)/iu;

/**
 * Page, word, character and MB limits in `text` ("max. 1 page", "no more than 2 pages", "3,500 words", "10 MB").
 *
 * @example
 * findLimits('a research proposal of no more than 2,000 words')[0] // { key: 'max_words', value: 2000, cue: true, ... }
 */
export function findLimits(text: string): Limit[] {
  const out: Limit[] = [];
  for (const m of text.matchAll(LIMIT_RE)) {
    const key = UNIT_KEYS.find((_, i) => m[3 + i] !== undefined);
    const value = num(m[1]);
    if (!key || value === undefined || value <= 0) continue;
    const before = text.slice(0, m.index);
    if (P.MIN_CUES.test(before)) continue;
    const cue = P.LIMIT_CUES.test(before) || RANGE_BEFORE.test(before) || (m[2] ?? '').includes('-') || CUE_AFTER.test(text.slice(m.index + m[0].length));
    if (key !== 'max_mb' && !Number.isInteger(value)) continue;
    out.push({ key, value, index: m.index, end: m.index + m[0].length, cue });
  }
  return out;
}

/** The limit is about the packet or each file ("a single PDF under 10 MB", "20 pages in total"). */
function isPacketLimit(text: string, l: Limit): boolean {
  const before = text.slice(Math.max(0, l.index - 50), l.index);
  return test(P.PACKET_LIMIT_BEFORE, before) || test(P.PACKET_LIMIT_AFTER, text.slice(l.end));
}

// ---------------------------------------------------------------------------------------------------------------
// Items

interface Draft {
  kind: ItemKind;
  title: string;
  stage: Stage;
  accepts: Form[];
  min?: number;
  max?: number;
  max_pages?: number;
  max_words?: number;
  max_chars?: number;
  max_mb?: number;
  source: string;
  /** Why a person should check this item, and which field (`kind`, `min`, `max_pages`, ...) when it is one. */
  reasons: { field?: string; text: string }[];
  /** Named as an entry of a list (two entries of one kind are two items; a later sentence adds to an item). */
  fromList?: boolean;
}

function stageOf(text: string): Stage | undefined {
  if (testAny(P.LATER_CUES, text)) return 'later';
  if (testAny(P.OPTIONAL_CUES, text)) return 'optional';
  return undefined;
}

const SEPARATOR = /[;/&]|,(?!\d{3})|\b(?:and|as well as|plus|or|und|sowie|oder|ja|sekä|tai)\b/giu;
const LINKERS = /\b(?:including|incl\.?|with|containing|that includes|which includes|and including|inklusive|mit)\s+(?:a |an |the |your |their )?$|^[\s,(]*(?:including|incl\.?|with|containing)\b[^,;]*$/iu;

/** Separators in `gap` outside parentheses, as [start, end] offsets. */
function separators(gap: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of gap.matchAll(SEPARATOR)) {
    const pre = gap.slice(0, m.index);
    if ((pre.match(/\(/g)?.length ?? 0) <= (pre.match(/\)/g)?.length ?? 0)) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** Offset of the first separator in `gap` outside parentheses, or -1. */
function firstSeparator(gap: string): number {
  return separators(gap)[0]?.[0] ?? -1;
}

const ORPHAN_SKIP = /^(?:as|such as|e\.g\.|i\.e\.|which|that|who|whom|whose|how|what|why|whether|including|as well|also|etc|if|when|where|to|by|for|in|on|at|via|with|preferably|ideally|please|and|or)\b/iu;

/** Entries after the last recognized item of a list sentence (", a data management plan, and a letter of commitment"). */
function tailOrphans(tail: string): { start: number; end: number; text: string }[] {
  const seps = separators(tail);
  if (seps.length === 0 || !/^[,;]/.test(tail.slice((seps[0] as [number, number])[0]))) return [];
  return orphansIn(`${tail},`, true);
}

/** A piece of a sentence that is a clause ("they will be requested later"), not a document's name. */
const CLAUSE = /\b(?:will|would|should|must|shall|can|could|may|might|is|are|was|were|be|been|being|has|have|had|do|does)\b|^(?:they|it|we|you|this|these|those|he|she|i|there)\b/iu;

/** List entries between two recognized items that name no known kind ("..., evidence of teaching effectiveness, ..."). */
function orphansIn(gap: string, stopAtClause = false): { start: number; end: number; text: string }[] {
  const seps = separators(gap);
  const out: { start: number; end: number; text: string }[] = [];
  for (let k = 0; k + 1 < seps.length; k++) {
    const start = (seps[k] as [number, number])[1];
    const end = (seps[k + 1] as [number, number])[0];
    const text = gap.slice(start, end).trim().replace(/^(?:a|an|the|your|some)\s+/iu, '');
    const words = text.split(/\s+/).filter(Boolean);
    // After a clause (", one of whom should be ...") the rest of the sentence is no longer the list.
    if (stopAtClause && CLAUSE.test(text)) break;
    if (words.length < 2 || words.length > 12 || ORPHAN_SKIP.test(text) || CLAUSE.test(text) || !/^[\p{L}]/u.test(text)) continue;
    // A piece that closes a parenthesis it did not open is the end of an aside, not an entry.
    if ((text.match(/\)/g)?.length ?? 0) > (text.match(/\(/g)?.length ?? 0)) continue;
    // "if available" and the like qualify the next item; they are not an item.
    const bare = [...P.OPTIONAL_CUES, ...P.LATER_CUES].reduce((t, re) => t.replace(g(re), ' '), text.replace(/\([^)]*\)?/g, ' '));
    if (bare.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length < 2) continue;
    // "Bachelor's and Master's transcripts": a modifier shared with the next item, not an item.
    if (/'s?$/u.test(text) || (k + 2 === seps.length && /^\s*(?:and|or|und|oder|ja|tai)\s*$/iu.test(gap.slice(end, (seps[k + 1] as [number, number])[1])) && gap.slice((seps[k + 1] as [number, number])[1]).trim().replace(/^(?:a|an|the|your)\b/iu, '').trim() !== '')) continue;
    out.push({ start, end, text });
  }
  return out;
}

const TITLE_WORD = /^(?:[A-ZÄÖÜÅ][\p{L}'’.-]*|short|brief|draft|detailed|updated|full|academic|official|personal|concise|current|complete|certified|signed|scanned|[a-z]+-page|\d+-page)$/u;
const NOT_TITLE_WORD = /^(?:please|applicants?|candidates?|include|submit|send|attach|upload|provide|share|the|a|an|your|at|and|or|optional|optionally|you|to|in|of|with|also|plus)$/i;

/** The posting's name for the item: the mention, widened to modifiers on the left and a short tail on the right. */
function titleOf(span: string, mStart: number, mEnd: number, kind: ItemKind): string {
  let start = mStart;
  for (let k = 0; k < 3; k++) {
    const w = /(\S+)\s+$/u.exec(span.slice(0, start));
    if (!w || !w[1] || !TITLE_WORD.test(w[1]) || NOT_TITLE_WORD.test(w[1])) break;
    start = w.index;
  }
  let end = span.length;
  const tail = span.slice(mEnd);
  for (const stop of P.TITLE_STOPS) {
    const m = g(stop).exec(tail);
    if (m && mEnd + m.index < end) end = mEnd + m.index;
  }
  let title = span.slice(start, end).replace(/[\s,;:.]+$/u, '').trim();
  if (title.length > 80 || title === '') title = span.slice(mStart, mEnd);
  if (title === '') title = kind === 'other' ? 'Other' : P.KIND_PHRASES[kind].title;
  return title.charAt(0).toUpperCase() + title.slice(1);
}

function formsOf(kind: ItemKind, span: string): { accepts: Form[]; reason?: string } {
  const cues = (Object.keys(P.FORM_CUES) as Form[]).filter((f) => {
    // Letters and referees only make sense for references ("cover letter" is not a form); referees send no files.
    if (kind !== 'references' && (f === 'letter' || f === 'referee')) return false;
    if (kind === 'references' && f === 'file') return false;
    return testAny(P.FORM_CUES[f] ?? [], span);
  });
  if (kind === 'references') {
    if (cues.includes('letter') || cues.includes('referee')) return { accepts: sortForms(cues) };
    if (test(P.REFEREES_AS_PEOPLE, span)) return { accepts: sortForms([...cues, 'referee']) };
    return { accepts: ['referee', 'letter'], reason: 'the posting does not say whether it wants letters or referee contacts' };
  }
  if (cues.length > 0) {
    // A link alone still means the document itself may be sent; "pdf or link" names both.
    return { accepts: sortForms(cues.length === 1 && cues[0] === 'link' && kind !== 'portfolio' ? ['file', 'link'] : cues) };
  }
  return { accepts: kind === 'other' ? ['file'] : [...P.KIND_PHRASES[kind].accepts] };
}

function sortForms(forms: Form[]): Form[] {
  return FORMS.filter((f) => forms.includes(f));
}

interface UnitContext {
  /** Stage implied by the sentence that introduced the list. */
  stage?: Stage;
}

/** Items named in one sentence or list entry. */
function itemsFromUnit(unit: string, ctx: UnitContext): Draft[] {
  const hits = findKindMentions(unit);
  if (hits.length === 0) return [];
  // "CV including a list of publications": the second mention describes the first.
  const linked: KindMention[] = [];
  for (const h of hits) {
    const prev = linked[linked.length - 1];
    // "letters of recommendation or contact details of referees", "language certificate (TOEFL)": one item named twice;
    // "CV with publication list": the second describes the first.
    if (prev && (LINKERS.test(unit.slice(prev.end, h.start)) || (prev.kind === h.kind && unit.slice(prev.end, h.start).length < 40))) {
      prev.nameEnd ??= prev.end;
      prev.end = h.end;
      continue;
    }
    linked.push({ ...h });
  }
  const colon = unit.lastIndexOf(':', linked[0]?.start ?? 0);
  const orphans: { at: number; text: string }[] = [];
  // Where an item's span stops early because unrecognized entries follow it.
  const cut: (number | undefined)[] = [];
  const starts: number[] = linked.map((h, i) => {
    if (i === 0) return colon >= 0 ? colon + 1 : 0;
    const prev = linked[i - 1] as KindMention;
    const gap = unit.slice(prev.end, h.start);
    const found = orphansIn(gap);
    for (const o of found) orphans.push({ at: prev.end + o.start, text: o.text });
    const last = found[found.length - 1];
    if (last) {
      cut[i - 1] = prev.end + firstSeparator(gap);
      return prev.end + last.end;
    }
    const sep = firstSeparator(gap);
    return sep === -1 ? h.start : prev.end + sep;
  });
  const lead = unit.slice(0, linked[0]?.start ?? 0);
  const leadStage = stageOf(lead);
  const lastHit = linked[linked.length - 1];
  // "Copies of certificates and two letters will be required before the contract is signed": the predicate after the
  // list gives every item in it its stage.
  const predicate = lastHit ? unit.slice(lastHit.end) : '';
  const predicateStage = /^\s*(?:will|must|should|shall|are|is|can|may|have to|need to)\b/iu.test(predicate) ? stageOf(predicate) : undefined;
  let unitEnd = unit.length;
  if (lastHit && (linked.length >= 2 || testAny(P.LIST_TRIGGERS, unit) || testAny(P.REQUEST_CUES, unit))) {
    const tail = unit.slice(lastHit.end).replace(/[.;]\s*$/, '');
    const found = tailOrphans(tail);
    for (const o of found) orphans.push({ at: lastHit.end + o.start, text: o.text });
    if (found.length > 0) unitEnd = lastHit.end + firstSeparator(tail);
  }
  const drafts: Draft[] = linked.map((h, i) => {
    const spanStart = starts[i] as number;
    const spanEnd = cut[i] ?? (i + 1 < starts.length ? (starts[i + 1] as number) : unitEnd);
    const span = unit.slice(spanStart, spanEnd);
    const mStart = h.start - spanStart;
    const mEnd = h.end - spanStart;
    const reasons: Draft['reasons'] = [];
    const stage = stageOf(span) ?? leadStage ?? predicateStage ?? ctx.stage ?? 'required';
    const forms = formsOf(h.kind, span);
    if (h.guess) reasons.push({ field: 'kind', text: `the kind (${h.kind}) is guessed from "${unit.slice(h.start, h.nameEnd ?? h.end)}"` });
    if (forms.reason) reasons.push({ field: 'accepts', text: forms.reason });
    const d: Draft = {
      kind: h.kind,
      title: titleOf(span, mStart, (h.nameEnd ?? h.end) - spanStart, h.kind),
      stage,
      accepts: forms.accepts,
      source: unit,
      reasons,
    };
    const count = findCount(span.slice(0, mStart), span.slice(mStart, mEnd), span.slice(mEnd));
    if (count) Object.assign(d, count);
    else if (h.kind === 'references') {
      const said = span.slice(mStart, mEnd);
      if (/\(s\)/.test(said)) d.min = 1;
      else if (/\b(?:letters|referees|references|recommenders|recommendations)\b/iu.test(said)) {
        d.min = 2;
        reasons.push({ field: 'min', text: 'the count (at least 2) is inferred from a plural; the posting gives no number' });
      } else d.min = 1;
    }
    for (const l of findLimits(span)) {
      if (isPacketLimit(span, l)) continue;
      const between = span.slice(l.end, mStart);
      const attached = l.index >= mStart || (l.end <= mStart && /^[\s)]*(?:[\p{L}-]+\s+)?$/u.test(between) && l.key !== 'max_mb');
      if (!attached || d[l.key] !== undefined) continue;
      d[l.key] = l.value;
      if (!l.cue) reasons.push({ field: l.key, text: `"${span.slice(l.index, l.end)}" read as a limit` });
    }
    return d;
  });
  // Place each unrecognized entry between the items it was listed between.
  for (const o of orphans.reverse()) {
    const at = starts.findIndex((s) => s > o.at);
    const name = o.text.replace(/\s*\([^)]*\)?/g, '').trim() || o.text;
    const d: Draft = {
      kind: 'other',
      title: name.charAt(0).toUpperCase() + name.slice(1),
      stage: stageOf(o.text) ?? leadStage ?? ctx.stage ?? 'required',
      accepts: formsOf('other', o.text).accepts,
      source: unit,
      reasons: [{ field: 'kind', text: 'the kind of this document is not recognized' }],
    };
    for (const l of findLimits(o.text)) if (l.cue && d[l.key] === undefined) d[l.key] = l.value;
    drafts.splice(at === -1 ? drafts.length : at, 0, d);
  }
  return drafts;
}

// ---------------------------------------------------------------------------------------------------------------
// The whole posting

interface Sentence {
  text: string;
  line: number;
}

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const HEADING_MAX_WORDS = 8;
function isHeading(line: Line): boolean {
  return !line.bullet && line.text.split(/\s+/).length <= HEADING_MAX_WORDS && !/[.!?]$/.test(line.text);
}

const PACKET_WORDS = /\b(?:pdf|file|files|application|applications|document|documents|attachment|attachments|total|packet|combined|everything|upload|e-?mail)\b/iu;
const NON_DEADLINE = /\b(?:posted|expire|expires|downloaded|published|date posted)\b/iu;
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

  // 1. Lists introduced by a trigger sentence or heading.
  const listContext = new Map<number, UnitContext>();
  lines.forEach((line, i) => {
    if (listContext.has(i)) return;
    const sentences = toSentences(stripBullet(line.text));
    const trigger = sentences.filter((s) => testAny(P.LIST_TRIGGERS, s)).pop();
    if (trigger === undefined) return;
    const opensList = /:\s*$/.test(line.text) || isHeading(line);
    const ctx: UnitContext = { stage: stageOf(trigger) };
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j] as Line;
      if (!next.bullet && testAny(P.LIST_TRIGGERS, next.text) && isHeading(next)) break;
      const itemLike = next.text.split(/\s+/).length <= 20 && findKindMentions(next.text).length > 0;
      // A table's header row ("Document Status") between a heading and its rows.
      if (opensList && j === i + 1 && !next.bullet && !itemLike && next.text.split(/\s+/).length <= 4) continue;
      if (next.bullet ? opensList || next.block === line.block || next.block === line.block + 1 : opensList && itemLike) {
        listContext.set(j, ctx);
      } else break;
    }
  });

  // Bullets that mostly name documents are a list even when no sentence introduces them.
  for (let i = 0; i < lines.length; ) {
    if (!lines[i]?.bullet || listContext.has(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j]?.bullet && !listContext.has(j)) j++;
    const run = lines.slice(i, j);
    const named = run.filter((l) => findKindMentions(l.text).length > 0).length;
    if (run.length >= 2 && named * 2 >= run.length) {
      const before = lines[i - 1];
      const ctx: UnitContext = { stage: before && isHeading(before) ? stageOf(before.text) : undefined };
      for (let k = i; k < j; k++) listContext.set(k, ctx);
    }
    i = j;
  }

  // 2. Items, in the order the posting names them.
  const drafts: Draft[] = [];
  const sentences: Sentence[] = [];
  lines.forEach((line, i) => {
    const body = stripBullet(line.text);
    const ss = toSentences(body);
    for (const s of ss) sentences.push({ text: s, line: i });
    const ctx = listContext.get(i);
    if (ctx) {
      ss.forEach((s, k) => {
        if (k > 0 && !testAny(P.REQUEST_CUES, s)) return;
        const got = itemsFromUnit(s, ctx);
        drafts.push(...got.map((d) => ({ ...d, fromList: true })));
        const words = s.split(/\s+/).length;
        if (k === 0 && got.length === 0 && words <= 10 && /\p{L}{2}/u.test(s) && !/@|https?:|\d{4}/.test(s)) {
          const stage = stageOf(s) ?? ctx.stage ?? 'required';
          drafts.push({
            kind: 'other',
            title: s.replace(/[.;,:]+$/, ''),
            stage,
            accepts: formsOf('other', s).accepts,
            source: s,
            reasons: [{ field: 'kind', text: 'the kind of this list entry is not recognized' }],
          });
        }
      });
      return;
    }
    for (const s of ss) {
      if (!testAny(P.LIST_TRIGGERS, s) && !testAny(P.REQUEST_CUES, s)) continue;
      drafts.push(...itemsFromUnit(s, {}));
    }
  });

  // Same kind named twice ("two letters ..." then "Letters should be sent by the referees"): one item.
  const items: Draft[] = [];
  for (const d of drafts) {
    // A later-stage mention of a kind already asked for now is a request of its own ("letters will be requested later").
    const same =
      d.kind === 'other' ? undefined : items.find((x) => x.kind === d.kind && !(x.fromList && d.fromList) && (d.stage !== 'later' || x.stage === 'later'));
    if (!same) {
      items.push(d);
      continue;
    }
    for (const k of ['min', 'max', 'max_pages', 'max_words', 'max_chars', 'max_mb'] as const) if (same[k] === undefined && d[k] !== undefined) same[k] = d[k];
    if (same.stage !== d.stage) same.reasons.push({ field: 'stage', text: `also mentioned as ${d.stage}: "${d.source}"` });
  }

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
  let openUntilFilled: string | undefined;
  let start: { value: string; s: string; review?: string } | undefined;
  let startWords: { value: string; s: string } | undefined;
  const notes: string[] = [];
  for (const { text: s } of sentences) {
    for (const f of ['single-pdf', 'separate-files'] as const) {
      if (format === undefined && testAny(P.SUBMISSION_CUES[f], s)) {
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
    const isDeadline = testAny(P.DEADLINE_CUES, s) && !NON_DEADLINE.test(s);
    const isReviewStart = testAny(P.REVIEW_START_CUES, s);
    if (isDeadline || isReviewStart) {
      const d = findDates(s, { today: options.today }).find((x) => x.day !== undefined);
      if (d && isReviewStart) reviewStart ??= { d, s };
      else if (d && deadline === undefined) {
        deadline = d;
        deadlineSource = s;
      } else if (d && d.value !== deadline?.value) otherDeadlines.push(s);
    } else if (testAny(P.START_CUES, s) && !/\binterview/iu.test(s) && !testAny(P.ELIGIBILITY_CUES, s)) {
      const d = findDates(s, { today: options.today, monthYear: true })[0];
      if (d?.value && start === undefined) start = { value: d.value, s, ...(d.review ? { review: d.review } : {}) };
      const w = START_WORDS.exec(s);
      if (!d && w && startWords === undefined) startWords = { value: w[0], s };
    } else if (!NON_DEADLINE.test(s)) {
      const d = findDates(s, { today: options.today, monthYear: true })[0];
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
  for (const line of lines) {
    if (title === undefined && (title = P.FIELD_LABELS.title.exec(line.text)?.[1]?.trim()) !== undefined) titleLine = line.text;
    if (organization === undefined && (organization = P.FIELD_LABELS.organization.exec(line.text)?.[1]?.trim()) !== undefined) orgLine = line.text;
    reference ??= P.FIELD_LABELS.reference.exec(line.text)?.[1];
    source ??= P.FIELD_LABELS.source.exec(line.text)?.[1];
  }
  const firstLine = lines.find((l) => !l.bullet && l.text.split(/\s+/).length <= 16 && !testAny(P.LIST_TRIGGERS, l.text))?.text.replace(/[.:]$/, '');
  if (organization === undefined) {
    const org = guessOrganization(lines.slice(0, 5).map((l) => l.text));
    if (org) {
      organization = org;
      orgGuessed = true;
    }
  }
  if (title === undefined && firstLine) {
    title = organization && firstLine.endsWith(organization) && firstLine !== organization ? firstLine.slice(0, -organization.length).replace(/[\s,|-]+$/, '') : firstLine;
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
    if (otherDeadlines.length > 0) flag('deadline', `other dates are also called a deadline: ${otherDeadlines.map((s) => `"${s}"`).join('; ')}`);
  } else if (reviewStart) {
    from('deadline', reviewStart.s);
    deadlineValue = reviewStart.d.value;
    flag('deadline', 'this is when the review of applications begins, not a closing date');
  } else if (guessedDeadline?.d.day !== undefined) {
    from('deadline', guessedDeadline.s);
    deadlineValue = guessedDeadline.d.value;
    flag('deadline', 'guessed: the posting does not call this date a deadline');
  }
  if (!deadlineValue && !openUntilFilled) flag('deadline', 'no deadline was found');
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

  if (title && titleGuessed && title !== 'Imported posting') note('title', 'taken from the first line of the posting');
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
    ...(profileReview ? { review: true } : {}),
  };
  const parsed = ProfileSchema.safeParse(raw, PARSE_OPTIONS);
  if (!parsed.success) throw new Error(`importPosting built an invalid profile (a bug): ${parsed.error.message}`);
  return { profile: parsed.data, yaml: profileToYaml(parsed.data, comments), review };
}

const ORG_NOUN = '(?:University|Universität|Universiteit|Université|Institute|College|Yliopisto|Hochschule|Foundation|Center|Centre|Academy|School|Laboratory)';
const ORG_RE = new RegExp(
  `(?:(?:[A-Z][\\p{L}&-]*\\s)+${ORG_NOUN}(?:\\s(?:of|for)(?:\\s(?:[A-Z][\\p{L}-]*|and|of|for))+)?|${ORG_NOUN}(?:\\s(?:of|for))(?:\\s(?:[A-Z][\\p{L}-]*|and|of|for))+)`,
  'u',
);

/** The employer named in the first lines: a line that is mostly an organization's name wins over a mention. */
function guessOrganization(first: string[]): string | undefined {
  let mention: string | undefined;
  for (const line of first) {
    for (const part of line.split(/\s*[,|]\s*|\s+-\s+/)) {
      const m = ORG_RE.exec(part);
      if (!m) continue;
      const name = m[0].replace(/^(?:The|At|Join)\s+/, '').replace(/\s+(?:and|of|for)$/, '');
      if (m[0].length >= part.length * 0.6) return name;
      mention ??= name;
    }
  }
  return mention;
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
