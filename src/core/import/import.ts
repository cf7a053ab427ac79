/**
 * The importer's engine: posting text -> requirements profile. Rule-based, offline and deterministic; every phrase it
 * knows lives in `phrases.ts`. Whatever it guesses is marked `review: true` and listed in `ImportResult.review`.
 */
import { PARSE_OPTIONS } from '../parse/zod-issues.js';
import { ProfileSchema, type Profile, type ProfileItem } from '../schema/profile.js';
import type { ContactDetail, ItemKind, Sender } from '../schema/vocabulary.js';
import { isDegreeDue, isReferenceDeadline, readDateFacts, readSubmissionFacts, type DateFacts, type SubmissionFacts } from './facts.js';
import { isTitleLine, NO_TITLE, readIdentity, type Identity } from './identity.js';
import { formsOf, otherKindReason, stageOf, type Draft } from './items.js';
import { detectFormat, readPosting, type Line, type PostingFormat } from './markup.js';
import { unreadLanguage } from './languages.js';
import { splitEnumerations } from './enumerations.js';
import { findCount, findKindMentions, findLimits, g, limitField, num, test, testAny, unaccent, type Limit, type LimitKey } from './match.js';
import * as P from './phrases.js';
import { isHeading, readRequirements, refusesWayOfSending, sizeOpeningNextLine, type NotWantedDraft, type Requirements } from './requirements.js';
import { itemsOfSomePositions, positionParts, positionsReason } from './positions.js';
import { looseLimits, namedInPassing, unlistedMentions, type Unlisted } from './unlisted.js';
import { profileToYaml } from './yaml.js';
import { stripBullet, toSentences } from './text.js';
import { findDates, unreadTimeOrZone } from './dates.js';
import { zoneOffsetAt } from '../parse/dates.js';
import { contradictedItem } from '../narrowed-refusal.js';
import { refuseOptions } from '../options.js';

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
  /** Documents the posting names that no item lists: where to look for a request the importer did not read. */
  unlisted: Unlisted[];
}

/** The lead-in put before a list that names documents when no words of the posting introduce it. */
const UNOPENED_LEAD = 'Documents to submit:';

/**
 * The first entry of the list whose entries name the most kinds of document the importer knows (at least three), for
 * a posting where nothing was read as a list of documents: "Požadavky" over "2. Doporučující dopisy ..., 6.
 * Strukturovaný životopis" says what to send in words the importer does not read.
 */
function unopenedList(lines: readonly Line[]): { at: number; named: ItemKind[] } | undefined {
  let best: { at: number; named: ItemKind[] } | undefined;
  for (let i = 0; i < lines.length; ) {
    if (lines[i]?.bullet !== true || lines[i]?.depth !== 0) {
      i += 1;
      continue;
    }
    const at = i;
    const named = new Set<ItemKind>();
    for (; i < lines.length && lines[i]?.bullet === true; i++) {
      const l = lines[i] as Line;
      if (l.depth > 0) continue;
      // The entry's head names its document; a kind named deep in its description is about something else.
      const kinds = findKindMentions(l.text.slice(0, 80)).filter((h) => h.kind !== 'other');
      for (const h of kinds) named.add(h.kind);
    }
    if (named.size >= 3 && named.size > (best?.named.length ?? 0)) best = { at, named: [...named] };
  }
  return best;
}

/**
 * When nothing was read as a document to send, the list that names the most documents read as the list of what to
 * send, each of its items marked for review; otherwise the requirements as read.
 */
function unopenedFallback(lines: Line[], read: Requirements, titled: boolean): { lines: Line[]; requirements: Requirements } {
  const list = read.items.length === 0 ? unopenedList(lines) : undefined;
  if (list === undefined || (titled && list.at === 0)) return { lines, requirements: read };
  const first = lines[list.at] as Line;
  const opened = [...lines.slice(0, list.at), { text: UNOPENED_LEAD, bullet: false, depth: 0, heading: 0, block: first.block }, ...lines.slice(list.at)];
  const again = readRequirements(opened, titled ? 0 : undefined);
  if (again.items.length === 0) return { lines, requirements: read };
  const reason = `read from a list whose entries name documents (${list.named.join(', ')}), though no words before it say it is what to send: check that the posting asks for this document, and delete the item if not`;
  for (const d of again.items) d.reasons.push({ text: reason });
  return { lines: opened, requirements: { ...again, sentences: again.sentences.filter((x) => x.text !== UNOPENED_LEAD) } };
}

/**
 * Reads a posting and proposes a requirements profile, in five steps: 1-2 the lists and sentences that state
 * requirements and the items they name (`requirements.ts`), 3 the facts stated in sentences (`facts.ts`), 4 the
 * title, organization and reference (`identity.ts`), 5 the profile and its review list (below).
 *
 * @example
 * const { profile, review } = importPosting('Please submit a CV and two letters of recommendation by 14.11.2025.');
 * profile.items.map((i) => i.kind) // ['cv', 'references']
 * profile.deadline // '2025-11-14'
 */
export function importPosting(input: string, options: ImportOptions = {}): ImportResult {
  refuseOptions('importPosting', options);
  const posting = readPosting(input, options.format ?? (options.html ? 'html' : detectFormat(input)));
  // "Applications must include: 1. a cover letter; 2. a CV ...": a list written inline is read as a list.
  let lines = splitEnumerations(posting.lines);

  // The first line is the posting's title or address ("PhD position (one PDF, 3 referees)"): it names the posting and
  // asks for nothing, so it gives no item, no format and no pointer; its dates are still read.
  const titled = isTitleLine(lines, input);

  // 1-2. Lists and sentences that state requirements, and the items they name.
  const read = unopenedFallback(lines, readRequirements(lines, titled ? 0 : undefined), titled);
  const { items, notWanted, sentences: withTitle, unread } = read.requirements;
  lines = read.lines;
  const sentences = withTitle.filter((x) => !x.title);

  // 3. Facts stated in sentences. The page's own date gives a year to dates written without one; else the caller's today.
  const today = posting.meta.date ?? options.today;
  const submissionFacts = readSubmissionFacts(sentences);
  const dates = readDateFacts(withTitle, today);
  const openUntilFilled = withTitle.find((x) => testAny(P.OPEN_UNTIL_FILLED_CUES, x.text) && !test(P.NOT_OPEN_UNTIL_FILLED, x.text))?.text;
  // A size cap on one part that is no item ("Video: ... (maximum of 250MB total)") is kept as the posting says it.
  // "We will not accept email applications": how not to apply is shown to the applicant, not listed as a document.
  // A file-name rule not read as a pattern is kept in notes, as the posting says it.
  const notes = [...new Set([...sentences.filter((x) => testAny(P.ELIGIBILITY_CUES, x.text) || P.ALL_DOCUMENTS_RULE.test(x.text) || refusesWayOfSending(x.text)).map((x) => x.text), ...submissionFacts.partCaps, ...(submissionFacts.fileName === undefined && submissionFacts.fileNameUnread !== undefined ? [submissionFacts.fileNameUnread] : [])])];

  // 4. Title, organization, reference, address.
  const identity = readIdentity(
    lines,
    withTitle.map((x) => x.text),
    posting.meta,
  );

  // 5. Assemble the profile and the review list.
  withoutRefusedLetters(items, notWanted);
  mediaSamplesAsPortfolio(items, lines);
  secondWayToDeliver(items);
  // "Constitution du dossier de réinscription" over a list: its documents are not a first application's; said in the mark.
  for (const d of items) if (d.condition !== undefined && P.REPEAT_PROCEDURE.test(d.condition)) d.reasons.push({ field: 'condition', text: `listed under "${d.condition}", a later procedure than the first application (re-registering): delete it if you apply for the first time` });
  // "... must be attached for professional positions:": whether the applicant's post is one of them is theirs to say.
  for (const d of items) if (d.condition !== undefined && P.POSTS_GROUP.test(d.condition)) d.reasons.push({ field: 'condition', text: `listed for "${d.condition}": delete the condition if you apply for such a post, delete the item if not` });
  markSecondCoverLetter(items);
  lettersBesideReferees(items);
  // A posting in a language no table reads gives only the documents it names in words of another ("curriculum vitae").
  const unreadIn = unreadLanguage(lines.map((l) => l.text).join('\n'));
  const r = new Review();
  const positions = positionParts(lines, withTitle, items);
  // An item asked of one position only ("Postdoctoral researcher: ... a research statement") is no one's for sure.
  for (const [i, names] of itemsOfSomePositions(positions, lines, items)) {
    items[i]?.reasons.push({ text: `only ${names.map((n) => `"${n}"`).join(' and ')} ${names.length === 1 ? 'asks' : 'ask'} for it; drop it if you apply for another position` });
  }
  // "Letter of interest", a faculty post's "research plan": words that name either of two kinds, said in the mark.
  const faculty = test(P.FACULTY_POST, lines.map((l) => l.text).join('\n'));
  for (const d of items) {
    const other = otherKindReason(d, faculty);
    if (other) d.reasons.push({ field: 'kind', text: other });
  }
  // "Projektbeskrivning för projekt med flera deltagare ... högst 32 000 tecken": one group's cap is not everyone's.
  const groupCaps = markGroupCaps(items, sentences.map((x) => x.text));
  if (dates.deadline?.value) laterThanDeadline(items, dates.deadline.value, today);
  laterAfterAward(items, lines, withTitle);
  // A document of a known kind the posting names where no item was read is likelier asked for than not: an item, marked.
  // A kind's second line stays a pointer: "relevés de notes" now and "relevés de notes" if required may be two documents.
  const pointers = unlistedMentions(lines, items, notWanted, unread, true).filter((u) => !titled || u.line !== 0);
  // A question, a date's line, a heading or an item's own words name a document without asking for it: still a pointer.
  const asked = pointers.filter((u) => ASKED_WHEN_NAMED.has(u.kind) && !namedInPassing(u, lines, items));
  const first = asked.filter((u, k) => !asked.slice(0, k).some((v) => v.kind === u.kind));
  const made = first.map((u) => itemOfMention(u, lines));
  items.push(...made);
  // "Motivation letter" (a heading, made an item), "Form 1", then "A letter explaining your motivation ...": the section's own words.
  const underItsHeading = (u: Unlisted): boolean => {
    const f = first.find((v) => v.kind === u.kind);
    const head = f === undefined ? undefined : lines[f.line];
    return f !== undefined && f !== u && head !== undefined && isHeading(head) && made[first.indexOf(f)]?.condition === undefined && u.line > f.line && lines.slice(f.line + 1, u.line).every((l) => !isHeading(l) || findKindMentions(l.text).every((h) => h.kind === 'other'));
  };
  // "du diplôme de doctorat (ou une attestation ... si la thèse n'a pas été déposée)": a condition read around a mention
  // may be an alternative's, so the document asked of everyone is still pointed at.
  const unlisted = pointers.filter((u) => (!first.includes(u) || made[first.indexOf(u)]?.condition !== undefined) && !underItsHeading(u));
  if (unreadIn !== undefined) r.flag('items', `the posting is written in ${unreadIn}, which the importer does not read: it found only the documents named in words it knows, so most may be missing; list the documents the posting asks for by hand`);
  if (unreadIn !== undefined) for (const d of items) d.reasons.push({ text: `the posting is written in ${unreadIn}, which the importer does not read: check this item against the posting` });
  const profileItems = profileItemsOf(
    items,
    r,
    sentences.map((x) => x.text),
  );
  const place = postingPlace(identity.organization, lines.map((l) => l.text).join('\n'));
  const deadline = deadlineOf(dates, openUntilFilled, notes, r, deadlineHint(withTitle, today), place, lines.map((l) => l.text).join('\n'));
  if (openUntilFilled) r.from('open_until_filled', openUntilFilled);
  const start = startOf(dates, deadline, r);
  const language = documentsLanguage(withTitle.map((x) => x.text));
  if (language) r.from('language', language.sentence);
  reviewIdentity(identity, r);
  const submission = submissionOf(submissionFacts, r, profileItems);
  if (notes.length > 0) r.note('notes', `eligibility rules and rules about all documents${submissionFacts.partCaps.length > 0 ? ', and size caps on one part of the application' : ''}${notes.some(refusesWayOfSending) ? ', and the ways of sending the posting refuses' : ''}, copied from the posting`);
  reviewUnlisted(unlisted, r);
  const cut = cutAfterEntry(input);
  if (cut !== undefined && profileItems.length > 0) r.flag('items', `the posting is cut off ${cut.entry ? 'after the list entry' : 'after'} "${cut.words}": the list of documents may be incomplete; check the full posting for more`);
  const loose = looseLimits(
    sentences.map((x) => x.text),
    { items: profileItems, submission, other: [...(submissionFacts.maxMbTotal === undefined ? [] : [{ key: 'max_mb' as const, value: submissionFacts.maxMbTotal }]), ...groupCaps], marks: r.review.map((x) => x.reason) },
  );
  for (const l of loose.filter((x) => x.approximate)) r.flag('items', `an approximate length "${l.words}" was read in "${l.text}", so no cap was set: add one to the item it sizes if the posting means it as a limit`);
  for (const l of loose.filter((x) => !x.approximate)) r.flag('items', `a limit "${l.words}" was read in "${l.text}", but no item carries it: add it to the item it sizes, if the posting asks for one`);
  if (positions.length > 0) r.flag('items', positionsReason(positions));
  for (const reason of refusedAndListed(profileItems, notWanted)) r.flag('not_wanted', reason);
  notWanted.forEach((n, j) => {
    if (n.review === undefined) return;
    r.review.push({ path: `not_wanted[${j}]`, reason: n.review });
    r.note(`not_wanted[${j}]`, `REVIEW: ${n.review}`);
  });

  const { source, reference } = identity;
  // "🚀 PhD position in Robot Learning 🤖" (a social-media post): no font of the build draws emoji, so `profile check` would refuse them.
  const title = withoutEmoji(identity.title) || identity.title;
  const organization = identity.organization === undefined ? undefined : withoutEmoji(identity.organization) || identity.organization;
  const raw = {
    id: profileId(organization, title, deadline),
    title,
    ...(organization ? { organization } : {}),
    ...(source ? { source } : {}),
    ...(reference ? { reference } : {}),
    ...(deadline ? { deadline } : {}),
    open_until_filled: openUntilFilled !== undefined,
    ...(start ? { start } : {}),
    ...(language ? { language: language.tag } : {}),
    submission,
    items: profileItems,
    notes,
    ...(notWanted.length > 0 ? { not_wanted: notWanted.map((n) => ({ what: n.what, ...(n.kind !== 'other' ? { kind: n.kind } : {}), source: n.source, ...(n.review ? { review: true } : {}) })) } : {}),
    ...(r.profileReview ? { review: true } : {}),
  };
  const parsed = ProfileSchema.safeParse(raw, PARSE_OPTIONS);
  if (!parsed.success) throw new Error(`importPosting built an invalid profile (a bug): ${parsed.error.message}`);
  const defaults: ReviewNote[] = items.flatMap((d, i) => [
    ...(d.defaultAccepts ? [{ path: `items[${i}].accepts`, reason: `the posting names no form; ${d.kind} takes ${d.accepts.join(' or ')} by default` }] : []),
    ...(countByDefault(d) ? [{ path: `items[${i}].min`, reason: 'the posting gives no number of letters or referees; at least 1 by default' }] : []),
  ]);
  return { profile: parsed.data, yaml: profileToYaml(parsed.data, r.comments), review: r.review, defaults, unlisted };
}

/** A list mark at a line's start ("- ", "3. ", "c) ", "3.2. "). */
const ENTRY_MARK = /^(?:[-*•·▪◦‣●–]\s|\(?(?:\d{1,2}(?:\.\d{1,2})?|[a-z])[.)]\s)/u;

/**
 * The last words before the posting is cut ("[...]" after a list entry, a heading or half a sentence, or a text that
 * ends in the middle of an entry): what came after was never read, so the item list may not be the whole one.
 */
function cutAfterEntry(input: string): { entry: boolean; words: string } | undefined {
  const raw = input.split(/\r?\n/u).map((l) => l.trim());
  const lastWords = (l: string): string => { const w = l.split(/\s+/u); return w.length > 8 ? `…${w.slice(-8).join(' ')}` : l; };
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== '[...]' && raw[i] !== '[…]') continue;
    let j = i - 1;
    while (j >= 0 && raw[j] === '') j--;
    // An entry, or the wrapped end of one (the line above it is an entry and this one no sentence's start).
    const entry = (k: number): boolean => ENTRY_MARK.test(raw[k] ?? '');
    if (j >= 0 && (entry(j) || (j > 0 && raw[j - 1] !== '' && entry(j - 1) && !/^\p{Lu}/u.test(raw[j] as string)))) return { entry: true, words: lastWords(raw[j] as string) };
    // "Checklist for the documents to be submitted for the applic" then "[...]": cut in the middle of a sentence or under a heading.
    if (j >= 0 && !/[.!?;)\]»"”]$/u.test(raw[j] as string)) return { entry: false, words: lastWords(raw[j] as string) };
  }
  const end = raw.filter((l) => l !== '');
  const last = end[end.length - 1];
  // "- a copy of the" or "- a diploma (or a certificate of" as the text's last line: cut in the middle of an entry, not
  // "- Cover letter", a last entry as lists write them.
  const open = (last ?? '').split('(').length > (last ?? '').split(')').length;
  return last !== undefined && ENTRY_MARK.test(last) && (open || /[,(-]$|\s(?:of|the|an?|and|or|to|for|in|with|from|de|du|des|la|le|les|et|ou|der|die|das|und|oder|von|zu|mit|och|eller|av|og|eller|ja|tai|y|o|del|di|il|van|het|een|z|w|na|do|lub|oraz)$/iu.test(last)) ? { entry: true, words: lastWords(last) } : undefined;
}

/**
 * The one language the posting wants the documents in ("All documents must be written in English"), with its
 * sentence: the profile's `language`, which `validate` holds the letters and statements to. Two named is none.
 */
function documentsLanguage(sentences: readonly string[]): { tag: string; sentence: string } | undefined {
  const found = sentences.flatMap((sentence) => P.DOCUMENTS_LANGUAGE.flatMap((re) => {
    const tag = P.DOCUMENTS_LANGUAGE_TAGS[re.exec(sentence)?.[1]?.toLowerCase() ?? ''];
    return tag ? [{ tag, sentence }] : [];
  }));
  return found.length > 0 && found.every((f) => f.tag === found[0]?.tag) ? found[0] : undefined;
}

/** "no later than", "by", "bis spätestens", "uiterlijk", "senast", "viimeistään", "au plus tard le": a due date follows. */
const DUE_BY = /(?:\b(?:by|before|no later than|not later than|until|bis(?: zum)?|spätestens(?: am| bis)?|uiterlijk(?: op)?|senast|viimeistään|avant le|au plus tard le|entro il|antes del?)\s+(?:the\s+)?)$/iu;

/**
 * "Forward the diploma ... no later than 1 August 2017" under a 23 February deadline: a document due after the
 * closing date is sent after the application, so later, and marked (the posting never says "later").
 */
function laterThanDeadline(items: Draft[], deadline: string, today: string | undefined): void {
  for (const d of items) {
    if (d.stage !== 'required' || d.condition !== undefined) continue;
    // The last such date: "the degree completed by 31 July and the certificate submitted by 1 September".
    const due = findDates(d.source, { today }).findLast((x) => x.value !== undefined && x.day !== undefined && DUE_BY.test(d.source.slice(Math.max(0, x.index - 30), x.index)));
    if (!due?.value || due.value.slice(0, 10) <= deadline.slice(0, 10)) continue;
    d.stage = 'later';
    d.reasons.push({ field: 'stage', text: `the posting wants it by ${due.value.slice(0, 10)}, after the deadline: read as sent after the application` });
  }
}

/** Words of a sentence that is about the documents to send, not about the award alone. */
const ABOUT_DOCUMENTS = /\b(?:documents?|documentos?|documentacion|documentacao|unterlagen|dokumente|documenti|documentazione|pieces|submit|submissao|submeter|enviar)\b/i;

/**
 * A page that asks for its documents once the award is made ("A bolsa foi-me atribuída, que documentos preciso de
 * submeter para efectivar o contrato?"), said before its list: the list's documents are due later, marked with the sentence.
 */
function laterAfterAward(items: Draft[], lines: readonly Line[], sentences: readonly { text: string; line: number }[]): void {
  const lineOf = (d: Draft): number => lines.findIndex((l) => l.text.includes(d.source.replace(/^…|…$/gu, '').slice(0, 40)));
  const first = Math.min(...items.filter((d) => d.fromList).map(lineOf).filter((n) => n >= 0));
  const said = sentences.find((x) => x.line < first && ABOUT_DOCUMENTS.test(unaccent(x.text)) && P.AFTER_AWARD.some((re) => re.test(unaccent(x.text))));
  if (said === undefined) return;
  for (const d of items) {
    if (d.stage !== 'required' || d.condition !== undefined || !d.fromList) continue;
    d.stage = 'later';
    d.reasons.push({ field: 'stage', text: `the page asks for its documents once the award is made ("${said.text}"): read as sent after the application; check` });
  }
}

/** A references item whose `min: 1` no word of the posting states ("Referenzschreiben sind ... nicht erforderlich"). */
function countByDefault(d: Draft): boolean {
  return d.kind === 'references' && d.min === 1 && d.max === undefined && !d.reasons.some((r) => r.field === 'min') && !P.SAYS_ONE.test(d.source);
}

// ---------------------------------------------------------------------------------------------------------------
// Step 5: the profile and its review list

/** The group a cap is stated for: in its clause before it ("för projekt med flera deltagare ska omfatta högst ..."), or right after it. */
function capGroup(s: string, l: Limit, from: number): string | undefined {
  const before = [...s.slice(from, l.index).matchAll(g(P.GROUP_CAP))].pop();
  return before?.[0] ?? g(P.GROUP_CAP).exec(/^[^.;:()]{0,12}/u.exec(s.slice(l.end))?.[0] ?? '')?.[0];
}

/**
 * Caps stated per group of projects or applicants ("... för projekt med flera deltagare ska omfatta högst 32 000
 * tecken. För projekt med en deltagare ... högst 18 000 tecken."): an item that took one group's cap is marked with
 * each group's cap. Returns the other groups' caps, which the mark names, so they are not pointed at again.
 */
function markGroupCaps(items: Draft[], sentences: readonly string[]): { key: LimitKey; value: number }[] {
  const stated = sentences.flatMap((s) => {
    const limits = findLimits(s).filter((l) => l.cue);
    const kinds = findKindMentions(s).map((h) => h.kind);
    return limits.flatMap((l, i) => {
      const group = capGroup(s, l, limits[i - 1]?.end ?? 0);
      const key = limitField(l);
      return group !== undefined && key !== 'max_pages_each' ? [{ key, value: l.value, group, words: s.slice(l.rangeFrom ?? l.index, l.end), kinds }] : [];
    });
  });
  const held: { key: LimitKey; value: number }[] = [];
  for (const d of items) {
    const mine = stated.find((c) => d.kind !== 'other' && c.kinds.includes(d.kind) && d[c.key] === c.value);
    if (!mine) continue;
    const caps = stated.filter((c) => c.key === mine.key && c.kinds.includes(d.kind) && c.group !== mine.group);
    const list = [mine, ...caps].map((c) => `"${c.words}" ${c.group.charAt(0).toLowerCase()}${c.group.slice(1)}`).join('; ');
    // "Projektbeskrivning för projekt med flera deltagare": the group is not the document's name.
    const named = d.title.slice(0, d.title.length - mine.group.length).trim();
    if (named !== '' && d.title.toLowerCase().endsWith(mine.group.toLowerCase())) d.title = named;
    d.reasons.push({
      field: mine.key,
      text:
        caps.length > 0
          ? `the posting gives each group its own cap (${list}); the first was taken: keep the one that applies to you`
          : `the posting states this cap only for some (${list}): check the cap for the others and keep the one that applies to you`,
    });
    held.push(...caps.map((c) => ({ key: c.key, value: c.value })));
  }
  return held;
}

/** The review list and the YAML comments (`from:` the sentence a value came from, `REVIEW:` what to check), by path. */
class Review {
  readonly review: ReviewNote[] = [];
  readonly comments = new Map<string, string[]>();
  /** A value outside the items was guessed: the profile as a whole gets `review: true`. */
  profileReview = false;

  note(path: string, ...c: string[]): void {
    this.comments.set(path, [...(this.comments.get(path) ?? []), ...c]);
  }

  /** A value of the profile (not of an item) a person should check. */
  flag(path: string, reason: string): void {
    this.review.push({ path, reason });
    this.note(path, `REVIEW: ${reason}`);
    this.profileReview = true;
  }

  from(path: string, s: string | undefined): void {
    if (s) this.note(path, `from: "${s}"`);
  }
}

/**
 * The profile's items, each with an id unique in the profile and the reasons to review it; one `other` item to
 * fill in by hand (added to `items` too) when no document was recognized.
 */
/**
 * "Up to three publications" is read as `max: 3`; a title that starts "Three publications" would read as exactly
 * three, so a leading number is kept only when the count is exactly that number.
 */
function titleWithoutLooseCount(d: Draft): string {
  const m = /^(\p{L}+|\d{1,2})\s+(?=\p{L})/u.exec(d.title);
  const n = m ? num(m[1]) : undefined;
  if (!m || n === undefined || (d.min === undefined && d.max === undefined) || (d.min === n && d.max === n)) return d.title;
  const rest = d.title.slice(m[0].length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** "Une déclaration de candidature", "Die Bestätigung", "Een motivatiebrief": a title names the document, without its article. */
function withoutArticle(title: string): string {
  const m = /^(?:une|un|le|la|les|des|ein|eine|einen|der|die|das|en|ett|een|de|het)\s+(?=\p{L}{2})/iu.exec(title);
  if (!m) return title;
  const rest = title.slice(m[0].length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Pictures, film or sound: what the samples are when a portfolio, not writing, is meant. */
const MEDIA = /\b(?:images?|jpe?gs?|photos?|photographs?|pictures?|videos?|films?|audio|sound|recordings?|artworks?|slides|mp4|mov|tiff?)\b/iu;
/** Samples that are writing, whatever else the sentence names. */
const WRITTEN = /\b(?:writing|written|papers?|articles?|publications?|essays?|texts?|chapters?)\b/iu;

/** "Work Sample (A focused portfolio of no more than 20 pages ...)": the parenthesis after the label says what it is. */
const PORTFOLIO_SAID = /^[^(]*\(\s*(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}portfolios?\b/iu;

/** "If your files are too large for our uploader, ...": a clause that says what to do when the first way fails. */
const FALLBACK = /^(?:if|should|in case|where)\b[^.]{0,80}?\b(?:too (?:large|big)|exceeds?|larger than|cannot|can't|unable)\b/iu;

/**
 * "If your files are too large for our uploader, please upload a link to your portfolio ... where our search committee
 * can view your work sample": another way to deliver a listed item, not one more; the listed item takes the link.
 */
function secondWayToDeliver(items: Draft[]): void {
  for (const d of [...items]) {
    if (!FALLBACK.test(d.source)) continue;
    const kinds = new Set([d.kind, ...findKindMentions(d.source).filter((m) => !m.guess).map((m) => m.kind)]);
    const first = items.find((x) => x !== d && kinds.has(x.kind) && x.stage === d.stage && x.source !== d.source);
    if (first === undefined) continue;
    if (/\b(?:links?|url)\b/iu.test(d.source) && !first.accepts.includes('link')) first.accepts = [...first.accepts, 'link'];
    items.splice(items.indexOf(d), 1);
  }
}

/**
 * "Work Samples: Applicants should upload the following:" over "Images: 10 JPGS ..." and "Video: up to 5 minutes":
 * work samples that are images or video are a portfolio. Read from the item's line and the three lines after it.
 */
function mediaSamplesAsPortfolio(items: Draft[], lines: readonly Line[]): void {
  for (const d of items) {
    if (d.kind !== 'writing_sample' || !/\bwork samples?\b/iu.test(d.title) || WRITTEN.test(d.source)) continue;
    const at = lines.findIndex((l) => d.source !== '' && l.text.includes(d.source));
    const near = at === -1 ? d.source : lines.slice(at, at + 4).map((l) => l.text).join(' ');
    if (!PORTFOLIO_SAID.test(d.source) && (!MEDIA.test(near) || WRITTEN.test(near.replace(d.source, '')))) continue;
    d.kind = 'portfolio';
    if (d.defaultAccepts) d.accepts = [...P.KIND_PHRASES.portfolio.accepts];
  }
}

/**
 * "Cover Letter: ..." and "Motiveret ansøgning: ..." in one list: two letters under two names are not one asked for
 * twice. The one named for motivation is the motivation letter; any other second one is marked.
 */
function markSecondCoverLetter(items: Draft[]): void {
  const letters = items.filter((d) => d.kind === 'cover_letter');
  const first = letters[0];
  if (first === undefined) return;
  for (const d of letters.slice(1)) {
    if (d.title.toLowerCase() === first.title.toLowerCase()) continue;
    if (/\bmotiv/iu.test(d.title) && !items.some((x) => x.kind === 'motivation_letter')) {
      d.kind = 'motivation_letter';
      d.reasons.push({ field: 'kind', text: `the posting asks for a cover letter too ("${first.title}"); "${d.title}" is read as the motivation letter: check that it is not the same letter` });
    } else d.reasons.push({ text: `the posting names a cover letter twice ("${first.title}", "${d.title}"): check whether it asks for two letters or another document` });
  }
}

const COUNTED = `(\\d{1,2}|${Object.keys(P.NUMBER_WORDS).join('|')})`;
/** "2 letters of recommendation", "two of the referees to send their recommendations", "zwei Empfehlungsschreiben". */
const LETTERS_COUNTED = new RegExp(
  `(?<![\\p{L}\\d])${COUNTED}\\s+(?:(?:[\\p{L}-]+\\s+){0,2}(?:letters|recommendations|empfehlungsschreiben|gutachten|lettres|cartas)(?![\\p{L}])|of (?:the|these|them|your|those) (?:referees|recommenders)(?=[^.;]{0,60}(?<![\\p{L}])(?:letters?|recommendations?)(?![\\p{L}])))`,
  'giu',
);
/** "names of 3 referees", "three references", "drei Referenzen": the people, not their letters. */
const REFEREES_COUNTED = new RegExp(`(?<![\\p{L}\\d])${COUNTED}\\s+(?:[\\p{L}-]+\\s+){0,2}(?:referees|recommenders|references|referenzen|referenzpersonen|référents|referentes)(?![\\p{L}])`, 'giu');

/**
 * "2 letters of recommendation and the names of 3 referees" in one request: two counts, of letters and of referees.
 * The letters' count is the item's; the mark names both, for a person to check how many referees to name.
 */
function lettersBesideReferees(items: Draft[]): void {
  for (const d of items) {
    if (d.kind !== 'references') continue;
    const letters = [...d.source.matchAll(LETTERS_COUNTED)];
    const spans = letters.map((m) => [m.index, m.index + m[0].length] as const);
    const referees = [...d.source.matchAll(REFEREES_COUNTED)].filter((m) => !spans.some(([a, b]) => m.index < b && m.index + m[0].length > a));
    const l = letters[0];
    const p = referees[0];
    const nl = num(l?.[1]);
    const np = num(p?.[1]);
    if (l === undefined || p === undefined || nl === undefined || np === undefined || nl === np) continue;
    d.min = nl;
    d.max = nl;
    d.reasons.push({ field: 'min', text: `the posting counts ${String(nl)} letters ("${l[0]}") and ${String(np)} referees ("${p[0]}"): read as ${String(nl)} letters; check how many referees to name` });
  }
}

/**
 * A kind the posting is read to both ask for and refuse ("... do not include teaching evaluations" beside a teaching
 * statement): one of the two readings is wrong, or the refusal is of a form of the document; a person decides. Read as
 * `profile check` reads it: letters refused beside referees' contacts, or beside letters the referees send, are no conflict.
 */
function refusedAndListed(items: readonly ProfileItem[], notWanted: readonly NotWantedDraft[]): string[] {
  const out: string[] = [];
  for (const n of notWanted) {
    const listed = contradictedItem(n, items);
    if (listed && !out.some((o) => o.includes(`"${n.what}"`))) out.push(`"${n.what}" is read as not wanted, but the items also list "${listed.title}" (${n.kind}): check which the posting means`);
  }
  return out;
}

/**
 * "Names of three referees ... do not include letters": letters the posting turns down are no form of its references
 * item, and the question "letters or contacts?" is answered.
 */
function withoutRefusedLetters(items: Draft[], notWanted: readonly NotWantedDraft[]): void {
  if (!notWanted.some((n) => n.kind === 'references' && /\bletters?\b/iu.test(n.what))) return;
  for (const d of items) {
    if (d.kind !== 'references' || !d.accepts.includes('letter') || !d.accepts.includes('referee')) continue;
    d.accepts = d.accepts.filter((f) => f !== 'letter');
    d.reasons = d.reasons.filter((x) => x.field !== 'accepts');
  }
}

/**
 * Who sends the item when its sentence says others do: letters "sent directly by the referees" (only for letters the
 * applicant is not also asked to name referees for), transcripts "sent directly by the issuing institution".
 */
/**
 * A sentence that asks for the referees' names or contacts, not only for their letters (not "a file labelled with the
 * applicant's family name and the initials of the referee", nor the verb of "Contact your referees and make sure ...").
 */
const NAMES_OF_REFEREES = /\b(?<!\b(?:family|last|first|given|file|user|sur) )(?:names?|contact (?:details|information|data)|e-?mail addresses|addresses|contacts?\b(?! (?:your|the|all|both|each|two|three) (?:referees?|recommenders?)\b))\b[^.]{0,40}\b(?:referees?|recommenders?|references|referenten|gutachter\p{L}*|référents?)\b/iu;

/**
 * The referees' phone numbers, asked in the sentence that asks for the referees ("the names, email addresses and phone
 * numbers of three references", "contact details (including telephone numbers)", "Telefonnummer", "numéro de téléphone",
 * "telefoonnummer", "telefonnummer", "puhelinnumero"): the item's `contact:`, so validate asks each referee for one.
 */
const REFEREE_PHONES = /\b(?:(?:tele)?phone|mobile)\s+(?:numbers?|nos?\b)|\btelephones?\b|\bphones?\b(?=\s*(?:,|\/|&|\)|and\b|or\b))|(?:,|\/|&|\band|\bor)\s+(?:tele)?phones?\b|\btelefon(?:nummer|nr\b)\p{L}*|\bnum[ée]ros? de t[ée]l[ée]phone|\btelefoonnummer\p{L}*|\bpuhelinnumero\p{L}*/iu;

/** Words for the letters themselves, so that a sentence about senders is one about letters ("cartas", "lettere", "brieven"). */
const LETTER_WORDS =
  /\b(?:letters?|references?|recommendations?|lettres?|gutachten|empfehlungsschreiben|referenzschreiben|cartas|lettere|brieven|aanbevelingsbrie\p{L}*|rekommendationsbrev\p{L}*|referensbrev\p{L}*|suosituskirje\p{L}*|suositukse\p{L}*|lausun\p{L}*)\b/iu;

function sentBy(d: Draft, elsewhere: string | undefined, byIssuer?: string): Sender | undefined {
  // "References should be sent by your referees directly": letters, not the contacts the default also allows.
  const undecided = d.reasons.some((x) => x.field === 'accepts');
  // "Ask three referees to send their letters", "The referees click on this link ... and submit a respective file":
  // the referees are the senders, not contacts to list or a link to give (unless the sentence also asks for their names).
  const sendersNamed = testAny(P.SENT_BY_REFEREES, d.source) && !NAMES_OF_REFEREES.test(d.source);
  if (d.kind === 'references' && (undecided || sendersNamed) && (testAny(P.SENT_BY_REFEREES, d.source) || elsewhere !== undefined)) {
    d.accepts = ['letter'];
    d.reasons = d.reasons.filter((x) => x.field !== 'accepts');
  }
  if (d.kind === 'references' && d.accepts.includes('letter') && !d.accepts.includes('referee')) {
    if (testAny(P.SENT_BY_REFEREES, d.source)) return 'referees';
    // Said in another sentence ("Two letters. ... Letters should be sent by the referees directly"): likely, for review.
    if (elsewhere !== undefined && !test(P.SENT_DIRECTLY, d.source)) {
      d.reasons.push({ field: 'sent_by', text: `another sentence says the referees send the letters themselves: "${elsewhere}"; they are kept out of your packet` });
      return 'referees';
    }
    // "Three letters ... through Interfolio", "three confidential letters": the referees most likely, but not said.
    const service = g(P.LETTER_SERVICE).exec(d.source);
    if (service) {
      d.reasons.push({ field: 'sent_by', text: `letters sent through ${service[0]} are uploaded there by the referees themselves, most likely; they are kept out of your packet` });
      return 'referees';
    }
    if (test(P.CONFIDENTIAL_LETTERS, d.source)) {
      d.reasons.push({ field: 'sent_by', text: 'confidential letters are most likely sent by the referees themselves, though the posting does not say who sends them; they are kept out of your packet' });
      return 'referees';
    }
    if (!test(P.SENT_DIRECTLY, d.source)) return undefined;
    d.reasons.push({ field: 'sent_by', text: 'the posting says the letters are sent directly to the employer but not by whom; the referees are assumed, so they are kept out of your packet' });
    return 'referees';
  }
  // "... provide the e-mail addresses of the referees, who will then receive an automatic email with the instructions
  // for the letter submission": the contacts go where the posting says, the letters come from the referees.
  if (d.kind === 'references' && d.accepts.includes('referee') && d.accepts.includes('letter') && testAny(P.SENT_BY_REFEREES, d.source)) {
    d.reasons.push({ field: 'sent_by', text: "the posting asks for the referees' contacts and says the referees send the letters themselves; the letters are kept out of your packet: give the contacts where the posting says" });
    return 'referees';
  }
  // "Provide the contact information for three Letters of Reference. ... an electronic invitation for these recommenders
  // to submit their letters": the contacts go in, the letters come from the referees; said elsewhere, so for review.
  if (d.kind === 'references' && d.accepts.includes('referee') && d.accepts.includes('letter') && elsewhere !== undefined) {
    d.reasons.push({ field: 'sent_by', text: `the posting asks for the referees' contacts, and another sentence says the referees send the letters themselves ("${elsewhere}"); the letters are kept out of your packet: give the contacts where the posting says` });
    return 'referees';
  }
  if ((d.kind === 'transcript' || d.kind === 'diplomas') && test(P.SENT_BY_ISSUER, d.source)) return 'issuer';
  // "4. Official Transcripts: Request that all official transcripts ... be sent ... directly from each institution":
  // the item was read from the heading, the sender from the sentence under it.
  if (d.kind === 'transcript' && byIssuer !== undefined) {
    d.reasons.push({ field: 'sent_by', text: `another sentence says the institutions send the transcripts themselves: "${byIssuer}"; they are kept out of your packet` });
    return 'issuer';
  }
  return undefined;
}

/** Words for transcripts, so that a sentence about the issuer sending is one about them. */
const TRANSCRIPT_WORDS = /\b(?:transcripts?|academic records?|records of (?:study|studies)|zeugnisse?|notenspiegel|cijferlijst\p{L}*|relevés? de notes|betygsutdrag|opintorekisteri\p{L}*)\b/iu;

/** The sentence that says the issuing institutions send the transcripts, unless it is about later or unofficial copies. */
function transcriptsByIssuer(sentences: readonly string[]): string | undefined {
  return sentences.find((s) => test(P.SENT_BY_ISSUER, s) && TRANSCRIPT_WORDS.test(s) && !/\bunofficial\b/iu.test(s) && !testAny(P.LATER_CUES, s));
}

/** An identity document the nationals of the country hold, then a passport: "ID or passport", "carte d'identité ou passeport". */
const ID_OR_PASSPORT =
  /\b(?:id|ids|id cards?|identity (?:cards?|documents?)|national id(?: cards?)?|nric|personalausweis(?:es)?|carte d['’]identité|documento (?:de identidad|di identità|de identificação)|dni|carta d['’]identità|cartão de cidadão|henkilökortti|identiteitskaart|identiteitsbewijs|id-kort|legitimation)\b[^.;]{0,30}?\b(?:or|oder|ou|o|of|eller|tai)\b[^.;]{0,30}?\b(?:passports?|reisepass(?:es)?|paspoort|passeport|pasaporte|passaporto|passaporte|passi|pass)\b/iu;

/** A condition about foreign applicants: the ones who hold a passport rather than the country's ID. */
const FOREIGN_GROUP = /\b(?:foreign|international|overseas|non-?(?:nationals?|citizens?|residents?|[a-z]+ (?:nationals|citizens))|ausländisch\p{L}*|internationale|étrang\p{L}*|extranjer\p{L}*|stranier\p{L}*|estrangeir\p{L}*|buitenlandse|utländska|ulkomai\p{L}*)\b/iu;

/**
 * "A copy of the applicant's ID or passport photo page for foreign applicants": the group says which of the two it
 * sends, so everyone sends one of them; the condition is taken off the item, for review.
 */
function conditionOnPassportOnly(d: Draft): void {
  if (d.condition === undefined || !FOREIGN_GROUP.test(d.condition)) return;
  const at = d.source.toLowerCase().indexOf(d.condition.toLowerCase());
  if (at < 0 || !ID_OR_PASSPORT.test(d.source.slice(0, at))) return;
  d.reasons.push({ field: 'condition', text: `the posting asks for an ID or a passport, and "${d.condition}" most likely says which of the two they send: everyone sends one, so no condition is kept` });
  delete d.condition;
}

/**
 * Counts a profile can hold: `min` above `max`, or `max: 0`, is refused by `packet profile check`, so an imported
 * profile never has them; the count is left open and marked instead.
 */
function withCountsThatFit(d: Draft): void {
  if (d.max === 0) {
    delete d.max;
    d.reasons.push({ field: 'max', text: 'the posting seems to allow none of it; check whether it asks for it at all' });
  } else if (d.min !== undefined && d.max !== undefined && d.min > d.max) {
    d.reasons.push({ field: 'max', text: `the posting gives counts that do not fit together (at least ${d.min}, at most ${d.max}); the most is left open: check how many it asks for` });
    delete d.max;
  }
}

/** Whether an exception clause names the item: its title, or a word for its kind (not for the references, read above). */
function namedIn(d: Draft, clause: string): boolean {
  if (clause.toLowerCase().includes(d.title.toLowerCase())) return true;
  return d.kind !== 'other' && d.kind !== 'references' && findKindMentions(clause).some((h) => h.kind === d.kind && !h.guess);
}

/**
 * "Hakemuskirjeen liitteiksi pyydetään ...": a Finnish title read in another case takes the nominative the word list
 * knows ("Hakemuskirje"), the document's name as written.
 */
function finnishNominative(d: Draft): void {
  if (!P.FINNISH_WORDS.test(d.source) && !P.FINNISH_WORDS.test(` ${d.title} `)) return;
  // Only the last word: a Finnish name ends with its head noun ("Tutkimussuunnitelman tiivistelmä" keeps its genitive).
  const last = /\S+$/u.exec(d.title);
  const known = last ? P.FINNISH_NOMINATIVES.find(([re]) => re.test(last[0].toLowerCase())) : undefined;
  if (!last || !known) return;
  const at = last.index + last[0].toLowerCase().search(known[0]);
  d.title = d.title.slice(0, at) + known[1];
}

function profileItemsOf(items: Draft[], r: Review, sentences: readonly string[] = []): ProfileItem[] {
  const usedIds = new Set<string>();
  const sentByReferees = sentences.filter((s) => testAny(P.SENT_BY_REFEREES, s) && LETTER_WORDS.test(s));
  const byReferees = sentByReferees[0];
  const byIssuer = transcriptsByIssuer(sentences);
  const excepted = sentences.map((s) => g(P.REFERENCES_EXCEPTED).exec(s)?.[0]).find((m) => m !== undefined);
  // Only a clause naming documents others write: "all files except the CV must be submitted in one PDF" is about formats.
  const exceptedClauses = sentences
    .flatMap((s) => (test(P.APPLICANT_SUBMITS, s) ? [...s.matchAll(g(P.EXCEPTED_CLAUSE))].map((m) => m[1] ?? '') : []))
    .filter((c) => test(P.WRITTEN_BY_OTHERS, c));
  const profileItems: ProfileItem[] = items.map((d) => {
    withCountsThatFit(d);
    conditionOnPassportOnly(d);
    finnishNominative(d);
    // "(4) a list of at least three references. After initial review, letters ... will be requested from the references":
    // a sentence that is another letters item's own says nothing of this one.
    const elsewhere = sentByReferees.find((s) => !items.some((o) => o !== d && o.kind === 'references' && o.source === s));
    const sent = sentBy(d, elsewhere, byIssuer);
    // "(with the exception of a softcopy Reference ...) must be submitted through the e-recruitment system".
    if (d.kind === 'references' && sent === undefined && excepted !== undefined) {
      d.reasons.push({ field: 'sent_by', text: `the posting leaves the references out of what you submit ("${excepted}"); the referees may send them themselves: check who sends them` });
    } else if (sent === undefined && exceptedClauses.some((c) => namedIn(d, c))) {
      // "(with the exception of a softcopy Reference and External Assessor Report)": the report too is sent by others.
      const clause = exceptedClauses.find((c) => namedIn(d, c)) ?? '';
      d.reasons.push({ field: 'sent_by', text: `the posting leaves ${d.title} out of what you submit ("${clause.trim()}"); someone else most likely sends it: check who sends it, and delete the item if you do not` });
    }
    let id: string = d.kind;
    for (let n = 2; usedIds.has(id); n++) id = `${d.kind}_${n}`;
    usedIds.add(id);
    return {
      id,
      kind: d.kind,
      title: withoutArticle(titleWithoutLooseCount(d)),
      stage: d.stage,
      accepts: d.accepts,
      ...(d.min !== undefined ? { min: d.min } : {}),
      ...(d.max !== undefined ? { max: d.max } : {}),
      ...(d.max_pages !== undefined ? { max_pages: d.max_pages } : {}),
      ...(d.max_pages_each !== undefined ? { max_pages_each: d.max_pages_each } : {}),
      ...(d.max_words !== undefined ? { max_words: d.max_words } : {}),
      ...(d.max_chars !== undefined ? { max_chars: d.max_chars } : {}),
      ...(d.max_mb !== undefined ? { max_mb: d.max_mb } : {}),
      ...(d.accepts.includes('referee') && REFEREE_PHONES.test(d.source) ? { contact: ['name', 'email', 'phone'] as ContactDetail[] } : {}),
      ...(d.condition ? { condition: d.condition } : {}),
      ...(sent ? { sent_by: sent } : {}),
      ...(d.points ? { notes: d.points.map((x) => `${x.intro} ${x.points.join('; ')}`) } : {}),
      source: d.source,
      ...(d.reasons.length > 0 ? { review: true } : {}),
    };
  });
  // "The names and contact details of two referees. Letters ... should be sent directly by the referees": the contacts
  // go in the packet, the letters do not; without an item of their own they were lost, and nothing reminded anyone.
  const contacts = profileItems.findIndex((p) => p.kind === 'references' && p.accepts.includes('referee') && !p.accepts.includes('letter'));
  const contactsItem = profileItems[contacts];
  const contactsDraft = items[contacts];
  if (byReferees && contactsItem && contactsDraft && !profileItems.some((p) => p.sent_by === 'referees') && !contactsItem.source?.includes(byReferees)) {
    let id = 'letters';
    for (let n = 2; usedIds.has(id); n++) id = `letters_${n}`;
    const reason = `the posting asks for the referees' contacts and says the referees send their letters themselves ("${byReferees}"): the letters are this item, kept out of your packet; check who sends them`;
    // "If possible, please also arrange for at least one letter ...": the letters' own sentence gives their stage and count.
    const cue = stageOf(byReferees);
    const letter = /\b(?:letters?|lettres?|briefe?|brev|cartas?|lettere)\b/iu.exec(byReferees);
    const counted = (letter ? findCount(byReferees.slice(0, letter.index), letter[0], byReferees.slice(letter.index + letter[0].length)) : undefined) ?? contactsItem;
    profileItems.push({
      id,
      kind: 'references',
      title: 'Letters of recommendation',
      stage: cue && !cue.condition ? cue.stage : contactsItem.stage,
      accepts: ['letter'],
      ...(counted.min !== undefined ? { min: counted.min } : {}),
      ...(counted.max !== undefined ? { max: counted.max } : {}),
      sent_by: 'referees',
      source: byReferees,
      review: true,
    });
    items.push({ ...contactsDraft, accepts: ['letter'], source: byReferees, reasons: [{ field: 'sent_by', text: reason }] });
  }
  if (profileItems.length === 0) {
    profileItems.push({ id: 'other', kind: 'other', title: 'Application documents', stage: 'required', accepts: ['file'], review: true });
    items.push({ kind: 'other', title: '', stage: 'required', accepts: ['file'], source: '', reasons: [{ text: 'no application documents were recognized; list them by hand' }] });
  }
  items.forEach((d, i) => {
    for (const x of d.reasons) r.review.push({ path: `items[${i}]${x.field ? `.${x.field}` : ''}`, reason: x.text });
    if (d.reasons.length > 0) r.note(`items[${i}]`, ...d.reasons.map((x) => `REVIEW: ${x.field ? `${x.field}: ` : ''}${x.text}`));
  });
  return profileItems;
}

/**
 * "23:59 EST" on a July date in a posting that names Toronto: the deadline on Toronto's clock that day (-04:00), with
 * the mark saying what was assumed; undefined unless the places it names that keep `abbr`'s clock share one zone.
 */
function seasonPlaceValue(value: string, abbr: string, text: string): { value: string; reason: string } | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})([+-]\d{2}:\d{2})$/u.exec(value);
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  const named = P.SEASON_PLACES.filter((p) => p.abbrs.includes(abbr) && test(p.re, text));
  const place = named[0];
  if (!place || named.some((p) => p.zone !== place.zone)) return undefined;
  const words = g(place.re).exec(text)?.[0] ?? place.name;
  const minutes = zoneOffsetAt(Date.parse(`${m[1]}T${m[2]}:00Z`), place.zone);
  const offset = `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;
  if (offset === m[3]) return undefined;
  return {
    value: `${m[1]}T${m[2]}${offset}`,
    reason: `"${abbr.toUpperCase()}" is not ${place.name}'s clock on ${m[1]}: as the posting names "${words}", the time is read as local time there (${place.zone}, ${offset}); if it means ${abbr.toUpperCase()} as written, write ${m[1]}T${m[2]}${m[3]}`,
  };
}

/** A country on one clock the posting names, and the words that name it ("Cambridge"). */
type Place = { name: string; zone: string; words?: string; language?: string };

/**
 * The one country on one clock the posting names (its organization's line first), or undefined when it names none
 * or several on different clocks.
 */
function postingPlace(organization: string | undefined, text: string): Place | undefined {
  const named = (t: string): Place[] => P.COUNTRY_ZONES.flatMap((c) => {
    const m = g(c.re).exec(t);
    return m ? [{ ...c, words: m[0] }] : [];
  });
  const own = named(organization ?? '');
  if (own.length === 1) return own[0];
  const all = named(text);
  if (all.length > 0) return all.length === 1 ? all[0] : undefined;
  return languagePlace(text);
}

/** The country of the posting's language, when one language's common words clearly lead (at least 5, twice the next). */
function languagePlace(text: string): Place | undefined {
  const counts = P.LANGUAGE_ZONES.map((l) => ({ l, n: text.match(l.re)?.length ?? 0 })).sort((a, b) => b.n - a.n);
  const [first, second] = counts;
  if (!first?.l.zone || !first.l.name || first.n < 5 || first.n < 2 * (second?.n ?? 0)) return undefined;
  return { name: first.l.name, zone: first.l.zone, language: first.l.language };
}

/**
 * Why a deadline with a time and no zone (`2027-01-15T17:00`) is to be checked: the posting means its own local
 * time, and a profile without a zone is read on the applicant's clock (`profile.deadline-zone`). Undefined for a
 * date alone or a zone.
 *
 * @example
 * localTimeReason('2027-01-15T17:00', undefined) // 'the posting gives the time (17:00) but no time zone: ...'
 */
function localTimeReason(value: string, place: Place | undefined): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/u.exec(value);
  if (!m) return undefined;
  const why = place?.words !== undefined ? `the posting names "${place.words}"` : `the posting is in ${place?.language ?? ''}`;
  // No place or language to go by (most often an English posting): two zones of English-speaking employers, not a guess at one country.
  const example = place ? `${m[1]} ${m[2]} ${place.zone} if the employer is in ${place.name} (${why})` : `${m[1]} ${m[2]} America/New_York for an employer in New York, or Europe/London for one in London`;
  return `the posting gives the time (${m[2]}) but no time zone: it means the employer's local time, but \`validate\` and \`build\` read ${value} in your computer's time zone, hours off if you are elsewhere; write the employer's zone, e.g. ${example}`;
}

/** "For project 2 the deadline is ...", "For most projects, the deadline was ...": a date said of one project or round only. */
const PART_OF_POSTING =
  /(?<![\p{L}])(?:for (?:the )?(?:project|position|post|topic|track|programme|program|stream|lot|studentship|scholarship)s?\s+(?:\d+|[IVX]+|[A-Z])(?![\p{L}\d])|for (?:most|some|many|several|certain|other|the remaining) (?:of the )?(?:projects|positions|posts|topics|tracks|programmes|programs|studentships|scholarships)|(?:for|in) the (?:first|second|third|next) (?:round|call|cohort|intake)|für (?:das )?(?:projekt|stelle|position) \d+|für (?:die meisten|einige) (?:projekte|stellen)|pour (?:le )?(?:projet|poste) \d+|pour la plupart des (?:projets|postes)|para el proyecto \d+|per il progetto \d+|voor project \d+|för projekt \d+)/iu;
/** "the application deadline was April 5th, 2021": a deadline told as past. */
const PAST_DEADLINE = /\b(?:deadline|closing date)\b[^.;]{0,60}\bwas\b|\b(?:closed|ended) on\b/iu;

const FULL_CONSIDERATION = 'the date for full consideration, not a closing date: applications may still be read after it';

/**
 * The deadline: the date called one, else the date for full consideration, else a date applications are to come
 * "by" (each but the first flagged); with none, the start of the review goes to `notes`.
 */
function deadlineOf(dates: DateFacts, openUntilFilled: string | undefined, notes: string[], r: Review, hint?: string, place?: Place, text = ''): string | undefined {
  const { deadline, consideration, guessedDeadline, reviewStart } = dates;
  let value: string | undefined;
  if (deadline) {
    r.from('deadline', dates.deadlineSource);
    if (deadline.value) value = deadline.value;
    r.from('deadline', dates.deadlineTimeSource);
    const local = value !== undefined && deadline.season ? seasonPlaceValue(value, deadline.season.abbr, text) : undefined;
    if (local && deadline.season) value = local.value;
    const review = local && deadline.season ? deadline.review?.replace(deadline.season.reason, local.reason) : deadline.review;
    if (review) r.flag('deadline', review);
    if (dates.deadlineTimeReview) r.flag('deadline', dates.deadlineTimeReview);
    const unread = dates.deadlineSource ? unreadTimeOrZone(dates.deadlineSource, deadline, place?.zone) : undefined;
    if (unread) r.flag('deadline', unread);
    if (dates.deadlineConsideration) r.flag('deadline', FULL_CONSIDERATION);
    // Every other mark on the time's zone already says it is read on the applicant's clock: once is enough.
    if (deadline.value && !r.review.some((x) => x.path === 'deadline' && /\bzone\b/u.test(x.reason))) {
      const local = localTimeReason(deadline.value, place);
      if (local) r.flag('deadline', local);
    }
    // "... no later than 30 September" in a sentence about a selection or a report, not about applying.
    const src = dates.deadlineSource;
    if (src && test(P.LATEST_WORDS, src) && !test(P.APPLICATION_WORDS, src) && !test(P.CLOSING_WORDS, src)) {
      r.flag('deadline', `the sentence that gives this date does not speak of applying ("${src}"): check that it is the closing date`);
    }
    const part = src ? PART_OF_POSTING.exec(src) : null;
    if (src && part) r.flag('deadline', `this date is given for only part of the posting ("${part[0].trim()}" in "${src}"): check that it is the deadline for the position you apply to`);
    else if (src && PAST_DEADLINE.test(src)) r.flag('deadline', `the posting speaks of this deadline in the past ("${src}"): check that it still holds`);
    if (dates.otherDeadlines.length > 0) r.flag('deadline', `other dates are also called a deadline: ${dates.otherDeadlines.map((s) => `"${s}"`).join('; ')}`);
    const groups = dates.groupDeadlines ?? [];
    if (groups.length > 1) r.flag('deadline', `the posting gives each group of applicants its own deadline (${groups.map((s) => `"${s}"`).join('; ')}); this one is the first listed, "${groups[0] ?? ''}": keep the one that applies to you`);
    else if (groups.length === 1) r.flag('deadline', 'the sentence gives each group of applicants its own date; the first one was taken: keep the one that applies to you');
  } else if (consideration) {
    r.from('deadline', consideration.s);
    value = consideration.d.value;
    r.flag('deadline', FULL_CONSIDERATION);
  } else if (guessedDeadline?.d.day !== undefined) {
    r.from('deadline', guessedDeadline.s);
    value = guessedDeadline.d.value;
    r.flag('deadline', 'guessed: the posting does not call this date a deadline');
  }
  // "Review of applications will begin on ...": when to apply by at the latest for a first look, kept in notes even
  // beside a closing date.
  if (reviewStart && !notes.includes(reviewStart.s)) notes.push(reviewStart.s);
  if (!value && dates.relativeDeadline) {
    r.flag('deadline', `no calendar date: the posting sets the closing date relative to another date ("${dates.relativeDeadline}"); write the date by hand`);
  } else if (!value && reviewStart) {
    r.flag('deadline', `no closing date; the review of applications begins ${reviewStart.d.value ?? reviewStart.d.text} (kept in notes)`);
  } else if (!value && !openUntilFilled && hint !== undefined && deadline?.review === undefined) {
    // A deadline already marked for what it lacks ("moved, its new date not read") needs no second mark.
    // "... che conseguiranno il titolo ... entro il 31 ottobre": the one dated sentence gives when a degree is due.
    if (isDegreeDue(hint)) r.flag('deadline', `no deadline was found; the date in "${hint}" is when a degree is to be obtained, not when to apply: write the closing date if the posting gives one`);
    else if (isReferenceDeadline(hint)) r.flag('deadline', `no deadline was found; "${hint}" is about when referees' letters are due, not when to apply: write the closing date if the posting gives one`);
    else r.flag('deadline', `no deadline was found, though this sentence may give one: "${hint}"`);
  }
  return value;
}

/**
 * The first sentence that speaks of a deadline or gives a day: a posting without one has no deadline to miss (the
 * summary says "no deadline"), one with it may hold a deadline the importer did not read.
 */
function deadlineHint(sentences: readonly { text: string }[], today: string | undefined): string | undefined {
  // "Date limite de réception des dossiers" before "L'article 3 du décret du 23 avril 2009": words of a deadline first.
  return (sentences.find((x) => testAny(P.DEADLINE_CUES, x.text)) ?? sentences.find((x) => findDates(x.text, { today }).some((d) => d.day !== undefined)))?.text;
}

/** The start: a date called one, else words ("as soon as possible"), else a date about the position (flagged). */
function startOf(dates: DateFacts, deadline: string | undefined, r: Review): string | undefined {
  const { start, startWords, loneStart } = dates;
  if (start) {
    r.from('start', start.s);
    if (start.review) r.flag('start', start.review);
    return start.value;
  }
  if (startWords) {
    r.from('start', startWords.s);
    return startWords.value;
  }
  if (loneStart?.d.value && loneStart.d.value !== deadline) {
    r.from('start', loneStart.s);
    r.flag('start', 'guessed: a date in a sentence about the position, not called a start date');
    return loneStart.d.value;
  }
  return undefined;
}

/** How an unlisted document reads in a list: its kind, and the posting's words when they are not the kind's name. */
export function unlistedName(u: Unlisted): string {
  return u.kind === 'other' ? `"${u.name}"` : u.kind.replace(/_/g, ' ') === u.name.toLowerCase() ? u.kind : `${u.kind} ("${u.name}")`;
}

/**
 * Kinds whose names are mostly said of a document to send: "thesis", "research project", "publications", "writing",
 * "portfolio" name topics and the applicant's work as often, so a mention of them stays a pointer.
 */
const ASKED_WHEN_NAMED: ReadonlySet<Unlisted['kind']> = new Set(['transcript', 'cv', 'cover_letter', 'motivation_letter', 'references', 'diplomas', 'language_certificate', 'research_statement']);

/**
 * The item of a document of a known kind that the posting names but no item was read from ("Candidates whose thesis is
 * not finished should include a preliminary transcript"): its stage as the words around it give it, else required;
 * marked, with the passage, since nothing said it is one of the documents to send.
 */
function itemOfMention(u: Unlisted, lines: readonly Line[]): Draft {
  // The whole sentence: "Om du går vidare i anställningsprocessen ska ... betyg ... uppvisas" says when, before the window's cut.
  const sentence = toSentences(stripBullet(lines[u.line]?.text ?? '')).find((x) => x.toLowerCase().includes(u.name.toLowerCase()));
  const cue = (sentence === undefined ? undefined : stageOf(sentence)) ?? stageOf(u.text);
  const forms = formsOf(u.kind, u.text);
  const name = u.name.charAt(0).toUpperCase() + u.name.slice(1);
  // "Hakijan ansioluettelo (max. 2 sivua)": a cap in the parenthesis right after the name sizes this document.
  const at = u.text.toLowerCase().indexOf(u.name.toLowerCase());
  const paren = at < 0 ? null : /^\s*\(([^()]*)\)/u.exec(u.text.slice(at + u.name.length));
  const caps = paren ? findLimits(paren[1] ?? '').filter((l) => l.cue) : [];
  // "Personal letter: (...)" then "One page where you:": the next line's opening size.
  const below = caps.length === 0 ? sizeOpeningNextLine(lines, u.line) : undefined;
  if (below !== undefined) caps.push(below);
  return {
    kind: u.kind,
    title: name,
    stage: cue?.stage ?? 'required',
    ...(cue?.condition ? { condition: cue.condition } : {}),
    ...Object.fromEntries(caps.slice(0, 1).map((l) => [limitField(l), l.value])),
    accepts: forms.accepts,
    ...(forms.defaulted ? { defaultAccepts: true } : {}),
    source: u.text,
    reasons: [
      { text: `the posting mentions "${u.name}" in "${u.text}"; it was not read from a list of what to send: check that the posting asks for it, and delete the item if not` },
      ...(cue === undefined ? [{ field: 'stage', text: 'the posting does not say when it is due: read as required with the application' }] : []),
      ...(forms.reason ? [{ field: 'accepts', text: forms.reason }] : []),
    ],
  };
}

/** Documents the posting names that no item lists: the item list may be incomplete, so the profile needs a look. */
function reviewUnlisted(unlisted: readonly Unlisted[], r: Review): void {
  if (unlisted.length === 0) return;
  const n = unlisted.length;
  r.flag('items', `the posting also names ${n === 1 ? 'a document' : `${n} documents`} no item lists (${unlisted.map(unlistedName).join(', ')}); add ${n === 1 ? 'it' : 'each one'} if the posting asks for ${n === 1 ? 'it' : 'them'}`);
  r.note('items', ...unlisted.map((u) => `- ${unlistedName(u)}: "${u.text}"`));
}

/** Where a guessed title came from, as its mark says it. */
const TITLE_WHERE = {
  first: 'taken from the first line of the posting',
  top: 'taken from a line near the top of the posting, not its first line; check that it names the position',
  body: 'taken from a line in the middle of the posting (after a list), not its first line or a heading; check that it names the position',
} as const;

function reviewIdentity({ title, titleGuessed, titleFromPage, titleWhere, titleLine, organization, orgGuessed, orgLine }: Identity, r: Review): void {
  if (title && titleGuessed && title !== NO_TITLE) r.flag('title', titleFromPage ? "taken from the page's own title" : TITLE_WHERE[titleWhere ?? 'first']);
  r.from('title', titleLine);
  r.from('organization', orgLine);
  if (title === NO_TITLE) r.flag('title', 'the position title was not found');
  if (organization && orgGuessed) r.flag('organization', 'guessed from the first lines of the posting');
}

/** The submission rules; one PDF, flagged, when the posting does not say. */
function submissionOf(facts: SubmissionFacts, r: Review, items: readonly ProfileItem[]): Profile['submission'] {
  const submission: Profile['submission'] = { format: facts.format ?? 'single-pdf' };
  // "8. Una foto digital: - Tamaño del archivo no mayor a 50kb": a size in a list entry an item took is that item's.
  if (facts.maxMb !== undefined && !(facts.maxMbInEntry && !facts.maxMbPerFile && items.some((i) => i.max_mb === facts.maxMb))) submission.max_mb = facts.maxMb;
  if (facts.maxPages !== undefined) submission.max_pages = facts.maxPages;
  // "Please send your application (max. 10 pages) with ...": perhaps the letter's size, not the packet's.
  if (facts.maxPages !== undefined && !facts.maxPagesWhole) {
    submission.review = true;
    const reason = `the page cap on the whole packet (${facts.maxPages}) was not read from a sentence about the whole application, so it may be one document's: "${facts.maxPagesSource ?? ''}"`;
    r.review.push({ path: 'submission.max_pages', reason });
    r.note('submission', `REVIEW: ${reason}`);
  }
  if (facts.fileName) submission.file_name = facts.fileName;
  if (facts.fileName && facts.fileNameReview) {
    submission.review = true;
    r.review.push({ path: 'submission.file_name', reason: facts.fileNameReview });
    r.note('submission.file_name', `REVIEW: ${facts.fileNameReview}`);
  }
  // "Files should be named by surname and position": a rule not read is still shown, so the files are named by hand.
  if (!facts.fileName && facts.fileNameUnread) {
    submission.review = true;
    const reason = `the posting states a file-name rule the import could not read as a pattern ("${facts.fileNameUnread}"): write it as file_name with {last}, {first}, {name} and {item}, or name the files by hand`;
    r.review.push({ path: 'submission.file_name', reason });
    r.note('submission', `REVIEW: ${reason}`);
  }
  if (facts.nameLength !== undefined) submission.max_name_length = facts.nameLength;
  // "Submit a cover letter and CV as one PDF" when these are all the posting asks for now: one PDF, as it says.
  const together = facts.togetherInOnePdf;
  const inPacket = items.filter((i) => i.stage === 'required' && i.sent_by === undefined && i.condition === undefined);
  if (facts.formatSource) submission.source = facts.formatSource;
  else if (together && inPacket.length > 0 && inPacket.every((i) => together.kinds.includes(i.kind))) submission.source = together.source;
  else if (together) {
    submission.review = true;
    r.review.push({ path: 'submission.format', reason: `the posting puts some documents in one PDF ("${together.source}") but does not say how to send the others` });
    r.note('submission', 'REVIEW: the posting puts some documents in one PDF but does not say how to send the others');
  } else if (facts.perSlotPdf) {
    // "Combine multiple documents in one PDF" under each upload slot: the packet goes as several files, one per slot.
    submission.format = 'separate-files';
    submission.review = true;
    const reason = `separate files, guessed from a form that says "${facts.perSlotPdf}" for each of its upload slots, not for the whole application${facts.maxMb !== undefined ? `; the ${facts.maxMb} MB cap is taken as each file's` : ''}: check the form`;
    r.review.push({ path: 'submission.format', reason });
    r.note('submission', `REVIEW: ${reason}`);
  } else if (facts.perPartPdf) {
    // "Each score should be sent as a single document": a file for each part, the opposite of one PDF for the packet.
    submission.format = 'separate-files';
    submission.review = true;
    const reason = `separate files, guessed from "${facts.perPartPdf}", which asks for one file for each part, not one PDF for the whole application: check how the posting wants them sent`;
    r.review.push({ path: 'submission.format', reason });
    r.note('submission', `REVIEW: ${reason}`);
  } else if (facts.maxMbPerFile && facts.limitSource) {
    // "Each uploaded file must not be larger than 2 MB": several files, each under the cap (one PDF of 2 MB is wrong).
    submission.format = 'separate-files';
    submission.review = true;
    r.review.push({ path: 'submission.format', reason: `separate files, guessed from a size cap for each file: "${facts.limitSource}"` });
    r.note('submission', 'REVIEW: separate files, guessed from a size cap for each file');
  } else {
    submission.review = true;
    r.review.push({ path: 'submission.format', reason: 'the posting does not say whether it wants one PDF or separate files' });
    r.note('submission', 'REVIEW: the posting does not say whether it wants one PDF or separate files');
  }
  if (facts.zip || facts.zipSource !== undefined) {
    // The profile has no zip format: `build` makes the separate files (or the one PDF), the applicant zips them.
    const reason = facts.zip
      ? `the posting wants the files in one zip file ("${facts.formatSource ?? ''}"); the profile says separate files, which \`packet build\` makes: put them in one zip file yourself before sending`
      : `the posting asks for a zip file ("${facts.zipSource ?? ''}") though another sentence says one PDF; \`packet build\` makes PDFs, not zip files: check how the posting wants them sent, and zip them yourself`;
    submission.review = true;
    r.review.push({ path: 'submission.format', reason });
    r.note('submission', `REVIEW: ${reason}`);
  }
  if (facts.formatException) {
    // A profile has one format for the whole packet: the document kept apart needs a decision by hand.
    const reason = `the posting wants one PDF for all but some documents ("${facts.formatException}"); the profile can only say one PDF for everything, so send those documents apart, the way the posting says`;
    submission.review = true;
    r.review.push({ path: 'submission.format', reason });
    r.note('submission', `REVIEW: ${reason}`);
  }
  if (facts.maxMbTotal !== undefined && facts.maxMb !== undefined) {
    // The profile has one MB cap: on each file for separate files; the total is left for the applicant to check.
    submission.review = true;
    const reason = `the posting caps each file at ${facts.maxMb} MB and all files together at ${facts.maxMbTotal} MB; only the cap on each file is kept, so check the total by hand`;
    r.review.push({ path: 'submission.max_mb', reason });
    r.note('submission', `REVIEW: ${reason}`);
  }
  // "If attachments exceed 30 MB, send a link": the posting does not refuse bigger files, so no cap is set.
  if (facts.sizeIf && facts.maxMb === undefined) r.note('submission', `no size cap: "${facts.sizeIf.source}" says what to do above ${facts.sizeIf.size}, not that bigger files are refused`);
  if (facts.limitSource && facts.limitSource !== facts.formatSource) r.note('submission', `from: "${facts.limitSource}"`);
  if (facts.fileNameSource) r.note('submission.file_name', `from: "${facts.fileNameSource}"`);
  return submission;
}

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Emoji (pictographs from U+1F000 on, with their joiners, variation selectors, skin tones and flags) taken out of a line, its spaces closed. */
function withoutEmoji(text: string): string {
  return text
    .replace(/(?=\p{Extended_Pictographic})[\u{1F000}-\u{1FFFF}]|\p{Regional_Indicator}|\p{Emoji_Modifier}|\uFE0F|\u200D|\u20E3/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The profile id: the organization's distinctive word ("Aalto", not "University"), the title's words, the year. */
function profileId(organization: string | undefined, title: string, deadline: string | undefined): string {
  const orgWord = organization?.split(/[\s,]+/).find((w) => !/^(?:the|of|for|and|university|universität|universiteit|institute|center|centre|college|school|department|faculty|laboratory|lab|dept\.?|technische|technical|freie|free)$/i.test(w)) ?? '';
  const idBase = slug([orgWord, title].join(' '))
    .split('-')
    .filter((w) => w !== '' && !/^(?:in|of|for|the|and|on|at|a|an|m|w|d|f)$/.test(w))
    .slice(0, 6)
    .join('-');
  const year = deadline?.slice(0, 4);
  return /^[a-z]/.test(idBase) ? `${idBase}${year ? `-${year}` : ''}` : `posting${year ? `-${year}` : ''}`;
}
