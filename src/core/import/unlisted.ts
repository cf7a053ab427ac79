/**
 * Documents the posting names that the imported profile does not list. The importer misses requests written in ways
 * it does not read; pointing at the lines that name a document it left out turns a silent miss into a place to look.
 */
import type { ItemKind } from '../schema/vocabulary.js';
import { findDates } from './dates.js';
import { otherKey, refusedAsMore, someoneElses, type Draft } from './items.js';
import type { Line } from './markup.js';
import { findKindMentions, findLimits, g, test, testAny, withOtherGuesses, type KindMention, type LimitKey } from './match.js';
import * as P from './phrases.js';
import { entryName, isHeading, notARequest, type NotWantedDraft, type UnreadEntry } from './requirements.js';
import { stripBullet, toSentences } from './text.js';

/** A document the posting names on a line, of a kind (or, for `other`, a name) no item of the profile has. */
export interface Unlisted {
  kind: ItemKind;
  /** The words that name it ("Curriculum Vitae", "application form"). */
  name: string;
  /** The words around it on its line, at most about 120 characters, as the importer read them (for HTML, the text). */
  text: string;
  /** 0-based index of that line in the posting as read (`readPosting(...).lines`). */
  line: number;
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
/** "Work Samples" and "work sample" alike. */
const singular = (s: string): string => norm(s).replace(/s\b/gu, '');

/**
 * The documents named in `lines` that `items` do not cover, first line of each only, in the posting's order: a
 * named kind no item has, or an `other` document whose name no `other` item's title or source contains. Documents
 * the posting says not to send are left out. An entry of a list of documents that gave no item (`unread`) is one too,
 * named by its first clause; with no item at all, so is each entry of a list a heading or a colon line introduces.
 *
 * @example
 * const lines = readPosting('Send your CV.\nShortlisted candidates give a talk; bring a copy of your passport.').lines;
 * unlistedMentions(lines, readRequirements(lines).items, []).map((u) => u.kind) // ['other']
 * With `again`, a kind named on a second line is given once more, for that line.
 */
export function unlistedMentions(lines: readonly Line[], items: readonly Draft[], notWanted: readonly NotWantedDraft[], unread: readonly UnreadEntry[] = [], again = false): Unlisted[] {
  const kinds = new Set(items.map((d) => d.kind));
  // "Candidates whose thesis is not finished should include a preliminary transcript": a document of a listed kind,
  // asked of some applicants in a sentence no item was read from, and no item of that kind has a condition.
  const sources = items.map((d) => ({ kind: d.kind, open: d.condition !== undefined || d.stage !== 'required', source: norm(d.source) }));
  const conditionalAsk = (text: string, m: KindMention): boolean => {
    // The sentence of the mention, up to it: "Candidates whose thesis is not finished should include a".
    const before = text.slice(0, m.start).split(/[.!?;]\s/u).pop() ?? '';
    const ask = ASKS.exec(before);
    return (
      ask !== null &&
      testAny(P.CONDITION_CUES, before.slice(0, ask.index).trim()) &&
      !sources.some((d) => d.kind === m.kind && (d.open || d.source.includes(norm(before))))
    );
  };
  // "The names of three referees (reference letters will only be solicited for those short-listed)": a document of a
  // listed kind asked for at a later stage, in its own clause, when no item of that kind is a later one.
  const laterKinds = new Set(items.filter((d) => d.stage === 'later').map((d) => d.kind));
  const laterAsk = (text: string, m: KindMention): boolean => {
    if (laterKinds.has(m.kind)) return false;
    // The clause: a sentence, or a parenthesis of its own.
    const from = Math.max(...['. ', '; ', '(', ')', '! ', '? '].map((b) => text.lastIndexOf(b, m.start)));
    const ends = ['. ', '; ', '(', ')', '! ', '? '].map((b) => text.indexOf(b, m.end)).filter((x) => x !== -1);
    return testAny(P.LATER_CUES, text.slice(from + 1, ends.length > 0 ? Math.min(...ends) : text.length));
  };
  const others = items.filter((d) => d.kind === 'other').map((d) => norm(`${d.title} ${d.source}`));
  const otherItems = items.filter((d) => d.kind === 'other').map((d) => ({ title: norm(d.title), source: norm(d.source) }));
  // "A copy of the applicant's passport, a copy of the document confirming refugee status ...": an item read from a line
  // names one document of it; another named there is listed only when the line gave as many items as it names.
  const same = (title: string, name: string): boolean => title !== '' && (title.includes(name) || name.includes(title));
  // "Las presolicitudes firmadas" after an item "Presolicitud del Departamento": its plural, signed, is the same form.
  const titled = (name: string): boolean => otherItems.some((o) => same(o.title, name) || same(o.title, otherKey(name)));
  // "Progress plan - showing progress ..., including both work on thesis": what follows an item's label describes it.
  const labels = items.filter((d) => d.kind === 'other').map((d) => norm(d.title));
  const labelled = (t: string): number => {
    const l = labels.find((x) => x !== '' && (t.startsWith(`${x} - `) || t.startsWith(`${x} – `)));
    return l === undefined ? -1 : l.length;
  };
  const refused = notWanted.map((n) => norm(n.source));
  const itemTitles = new Set(items.map((d) => singular(d.title)));
  // In a posting for a teaching post, "the master students" are the applicant's students, never the applicants.
  const faculty = test(P.FACULTY_POST, lines.map((l) => l.text).join('\n'));
  const seen = new Set<string>();
  const out: Unlisted[] = [];
  // "Complete your Portfolio, which includes:" over "Evidence of ...": the lines under it are the parts of the item read there.
  const unreadLines = new Set(unread.map((e) => e.line));
  const partsLines = new Set<number>();
  lines.forEach((line, i) => {
    const intro = norm(stripBullet(line.text));
    const cue = PARTS_INTRO.exec(intro);
    // The document is named before the words: "Applications should include:" introduces documents, not parts.
    // "Your CV should include:" after "Please send a CV": the line's subject is a document read on another line.
    // "4. A five-to-ten-page plan ... The following aspects should be included:": the line names what the points are of.
    const named = P.POINTS_OF_DOCUMENT.test(toSentences(stripBullet(line.text)).pop() ?? '') || (cue !== null && findKindMentions(intro).some((m) => !m.guess && m.end <= cue.index && items.some((d) => d.kind === m.kind && d.source !== '' && (intro.includes(norm(d.source)) || norm(d.source).includes(intro) || SUBJECT_START.test(intro.slice(0, m.start))))));
    if (!named) return;
    // The entries: deeper bullets, or short lines that end no sentence, as far as the list goes.
    for (let k = i + 1; k < lines.length && k <= i + 12; k++) {
      const l = lines[k]!;
      const entry = l.bullet ? !line.bullet || l.depth > line.depth : (unreadLines.has(k) || l.text.length <= 100) && l.text.trim().length > 0 && !/[.!?:]\s*$/u.test(l.text);
      // "Your cover letter must include:" over two bullets, then "A document addressing the selection criteria": a bulleted list ends at its first unbulleted line.
      if (!entry || (!l.bullet && lines[i + 1]?.bullet === true)) break;
      partsLines.add(k);
    }
  });
  // Every line, also those the importer took for duties or qualifications: a list it misjudged is where it misses most.
  lines.forEach((line, i) => {
    const text = stripBullet(line.text).trim();
    const t = norm(text);
    if (refused.some((r) => r.includes(t)) || partsLines.has(i) || bibliographyHeading(lines, i)) return;
    // "... Zeugnissen (bitte ohne Foto) bis zum 31.01.2027 ... Referenzschreiben werden später angefordert": the refusal
    // covers its own words on the line, not the other documents the line names.
    const refusedSpans = refused.flatMap((r) => (r !== '' && t.includes(r) ? [[t.indexOf(r), t.indexOf(r) + r.length] as const] : []));
    const isRefused = (m: KindMention): boolean => {
      // As `norm` counts, without its trim: the mention's offset in `t`.
      const at = text.slice(0, m.start).toLowerCase().replace(/\s+/g, ' ').length;
      return refusedSpans.some(([from, to]) => at >= from && at < to);
    };
    // Loose names of the kinds are left out (they point at little but noise); documents outside them by head noun
    // ("proof of health insurance") are kept: the importer's misses are mostly such documents.
    // "Transcript Request Form": a form named after a document is another document, to fill in.
    const mentions = withOtherGuesses(text, findKindMentions(text)).map((m) => {
      const form = FORM_AFTER.exec(text.slice(m.end));
      return form && !m.guess ? { ...m, kind: 'other' as const, end: m.end + form[0].length, nameEnd: m.end + form[0].length } : m;
    });
    // "Complete the Graduate School online application": a form filled in on the web, which no item may list.
    for (const f of text.matchAll(ONLINE_FORM)) if (!mentions.some((m) => m.start < f.index + f[0].length && m.end > f.index)) mentions.push({ kind: 'other', start: f.index + f[0].length - (f[1] ?? '').length, end: f.index + f[0].length, guess: true });
    const label = labelled(t);
    // "Academic transcripts | Certificates of ... diploma studies": a later cell of a row an item was read from describes it.
    const bar = text.indexOf(' | ');
    const cell = bar >= 0 && items.some((d) => d.source !== '' && norm(d.source).startsWith(norm(text.slice(0, bar + 3)))) ? bar : -1;
    const kept = mentions.filter(
      // "the CV of the proposed supervisor": someone else's CV is listed as an `other` item, or not the applicant's to send.
      // "- Personal record:" over its paragraph: a loose name that is the whole label names the document.
      // "..., no se aceptarán otras cartas de recomendación": documents beyond those asked for, refused, are none to add.
      (m, k) => !(isRefused(m) || refusedAsMore(text, m) || (label >= 0 && m.start > label) || (cell >= 0 && m.start > cell) || someoneElses(text, m) || othersDocument(text, m, faculty) || CONTAINER.test(sentenceBefore(text, m.start)) || (m.guess && m.kind !== 'other' && !isLabel(text, m)) || partOfListed(text, m, mentions.slice(0, k), kinds) || exampleOfListed(text, m, mentions, kinds) || NOT_THE_DOCUMENT.test(text.slice(m.end)) || notToSend(text, m) || asksNothing(text, m)),
    );
    const nameOf = (m: KindMention): string => text.slice(m.start, m.nameEnd ?? m.end).trim();
    // Documents of no kind named on this line under no item's title, and the items read from it whose titles name none of them.
    const otherNames = kept.filter((m) => m.kind === 'other').map((m) => norm(nameOf(m)));
    const untitled = otherNames.filter((n) => !titled(n));
    let fromHere = 0;
    // Counted only as far as needed: a list of thousands of entries has as many items.
    if (untitled.length > 0) for (const o of otherItems) if (fromHere < untitled.length && o.source !== '' && (t.includes(o.source) || o.source.includes(t)) && !otherNames.some((n) => same(o.title, n))) fromHere += 1;
    const outnumbered = untitled.length > fromHere;
    kept.forEach((m) => {
      const name = nameOf(m);
      let key = m.kind === 'other' ? `other:${norm(name)}` : m.kind;
      // `again`: a kind's second line too, where a second document of the kind may be asked for (now and later).
      if (seen.has(key) && (m.kind === 'other' || !again || seen.has(`${key} again`) || out.some((u) => u.line === i && u.kind === m.kind))) return;
      if (seen.has(key)) key = `${key} again`;
      // "Work Samples" read as a portfolio (images and video): an item's own name is that item, whatever its kind.
      if (m.kind !== 'other' && !kinds.has(m.kind) && itemTitles.has(singular(name))) return;
      if (m.kind === 'other' ? titled(norm(name)) || (!outnumbered && others.some((o) => o.includes(norm(name)))) : kinds.has(m.kind) && !conditionalAsk(text, m) && !laterAsk(text, m)) return;
      seen.add(key);
      out.push({ kind: m.kind, name, text: excerpt(text, m.start, m.end), line: i });
    });
  });
  // "provide a recorded teaching demonstration and official transcripts": a sentence an item was read from asks for
  // more than the kinds it names; the pieces of its list that name none are documents no item lists.
  lines.forEach((line, i) => {
    for (const sentence of toSentences(stripBullet(line.text))) {
      const s = norm(sentence);
      if (!items.some((d) => d.source !== '' && (s.includes(norm(d.source)) || norm(d.source).includes(s)))) continue;
      for (const name of [...unnamedConjuncts(sentence), ...asideDocuments(sentence, kinds)]) {
        const n = norm(name);
        if (seen.has(`other:${n}`) || others.some((o) => o.includes(n)) || refused.some((r) => r.includes(n))) continue;
        seen.add(`other:${n}`);
        out.push({ kind: 'other', name, text: excerpt(sentence, sentence.indexOf(name), sentence.indexOf(name) + name.length), line: i });
      }
    }
  });
  // "9) Legal and ethical issues - statement ... confirmation from ethical committees": a document named inside the
  // entry is no pointer at the entry itself; one that is the entry's own first words is.
  const pointed = out.map((u) => ({ line: u.line, name: norm(u.name) }));
  // An entry whose own first words are refused is no document to add; "Recomendación académica ..., no se aceptarán
  // otras cartas de recomendación" refuses only the other letters.
  const refusedEntry = (e: UnreadEntry): boolean => notWanted.some((n) => norm(n.source).includes(norm(e.text)) && norm(e.name).includes(norm(n.what)));
  // "no application documents were recognized" (no item read from the posting's words, only the stand-in): a list the
  // importer did not take for one is still where to look.
  const nothingRead = !items.some((d) => d.source !== '');
  // A list no item was read from is pointed at entry by entry, whatever was read elsewhere: one stray item must not
  // hide a list the importer did not take for one ("dient u de volgende bijlagen toe te voegen:", "D1) ... D11)").
  const lists = [...introducedEntries(lines, items), ...prefixedEntries(lines, items)].filter((e) => !refusedEntry(e));
  const entries = [...unread, ...lists, ...(nothingRead ? imperativeObjects(lines) : []), ...labelledSiblings(lines, items).filter((e) => !refusedEntry(e)), ...nordicRequests(lines, items), ...sentDocuments(lines, items, kinds).filter((e) => !refusedEntry(e))];
  const partsOfItem = (e: UnreadEntry): boolean => partsLines.has(e.line);
  for (const e of entries) {
    const name = norm(e.name.replace(/…$/u, ''));
    // An entry of a list read only to point at it already has its pointer when a document on its line was named.
    if (pointed.some((u) => u.line === e.line && (lists.includes(e) || name.includes(u.name) || u.name.includes(name))) || others.some((o) => o.includes(name)) || partsOfItem(e)) continue;
    pointed.push({ line: e.line, name });
    out.push({ kind: 'other', name: e.name, text: excerpt(e.text, 0, 0), line: e.line });
  }
  return out.sort((a, b) => a.line - b.line);
}

/**
 * "- CV (...)", "- Contact information for 2 references", "- Funding: information about any fellowship ...": a labelled
 * entry beside entries that gave items, in a list not read as one of documents, gave none; it is said, not dropped.
 */
function labelledSiblings(lines: readonly Line[], items: readonly Draft[]): UnreadEntry[] {
  const fromItem = (l: Line): boolean => gaveItem(l, items);
  const out: UnreadEntry[] = [];
  for (let i = 0; i < lines.length; ) {
    const first = lines[i] as Line;
    let end = i + 1;
    while (end < lines.length && first.bullet && (lines[end] as Line).bullet && (lines[end] as Line).depth === first.depth) end++;
    const run = lines.slice(i, end);
    if (first.bullet && run.filter(fromItem).length >= 2) {
      run.forEach((l, k) => {
        const text = stripBullet(l.text).trim();
        const label = /^(\p{Lu}[\p{L}&/ -]{1,30}?):\s+\p{L}/u.exec(text);
        if (!fromItem(l) && label?.[1] !== undefined && label[1].split(/\s+/u).length <= 3) out.push({ line: i + k, name: label[1], text });
      });
    }
    i = end;
  }
  return out;
}

/** "Q: Can an applicant submit more than three letters?", "Frage 3:", "FAQ:": a question's line. */
const QUESTION_LINE = /^(?:q\d*|questions?|frage|fragen|faq|kysymys|fråga)\s*\d*\s*[:.)]/iu;

/**
 * The mention is named in words that ask for nothing, or is part of a document read: a question ("Can I submit more
 * than three letters?"), a date's line with no verb that asks ("Due date for application (including language test):
 * 31 October"), a heading of the markup, a condition of an item read from its sentence ("une traduction si vos
 * diplômes ne sont pas en français"), an item's own words ("a declaration of choice of a modern language or a
 * language certificate"). Every sentence of the line that names it must be such a one.
 */
export function namedInPassing(u: Unlisted, lines: readonly Line[], items: readonly Draft[]): boolean {
  const line = lines[u.line];
  if (line === undefined) return false;
  const text = stripBullet(line.text).trim();
  if (line.heading > 0 || QUESTION_LINE.test(text)) return true;
  if (line.bullet && underNoRequest(u.line, lines, items)) return true;
  const name = norm(u.name);
  const sentences = toSentences(text);
  // An item was read from the sentence: its source is in the sentence or the sentence in its source.
  const readFrom = (sentence: string): boolean => items.some((d) => d.source !== '' && (norm(sentence).includes(norm(d.source)) || norm(d.source).includes(norm(sentence))));
  const inPassing = (sentence: string): boolean => {
    if (/[?？]\s*$/u.test(sentence) || notARequest(sentence)) return true;
    // "Please send a cover letter and CV. At the interview we will discuss your transcripts.": a sentence that asks for
    // nothing after one the line's items were read from; an entry alone on its line ("Transcripts (unofficial ...)") is kept.
    // "Reference letters will only be solicited for those short-listed" asks, for later.
    if (!REQUESTS.test(sentence) && !/\bsolicit\p{L}*/iu.test(sentence) && sentences.some((o) => o !== sentence && readFrom(o))) return true;
    // "la traduzione in italiano del titolo di studio": the translation is asked for, read as its own item.
    const at = norm(sentence).indexOf(name);
    if (at > 0 && TRANSLATION_OF.test(norm(sentence).slice(0, at))) return true;
    if (testAny(P.DEADLINE_CUES, sentence.toLowerCase()) && findDates(sentence).some((d) => d.day !== undefined) && !ASKS.test(sentence)) return true;
    // An item read from this sentence: "bring the original diplomas" after "copies of your diplomas" is another one.
    const t = norm(sentence);
    return items.some((d) => d.source !== '' && (t.includes(norm(d.source)) || norm(d.source).includes(t)) && (norm(d.title).includes(name) || (d.condition !== undefined && norm(d.condition).includes(name))));
  };
  const naming = sentences.filter((s) => norm(s).includes(name));
  return (naming.length > 0 ? naming : [text]).every(inPassing);
}

/** "Références :", "Bibliography", "Literatur:": a label alone on its line that can head the works a text cites. */
const BIBLIOGRAPHY_LABEL = /^(?:(?:selected |key |further )?r[ée]f[ée]rences?(?: bibliographiques)?|bibliograph(?:y|ie|ies)|literature|literatur|littérature|referencias(?: bibliográficas)?|referências(?: bibliográficas)?|riferimenti(?: bibliografici)?|bibliografia|bibliografía|referenser|referanser|lähteet|further reading)\s*:?$/iu;

/** "[1] R. Nassif, ... 2020.", "Smith, J. (2019). ... Journal ...": a cited work, not a request. */
const CITATION = /^(?:\\?\[\d{1,3}\\?\]|\(\d{1,3}\))\s|\b(?:19|20)\d{2}\b.*\b(?:vol|pp|proc|journal|ieee|acm|doi|arxiv|press|conference|transactions)\b|\b(?:vol|pp|proc|journal|ieee|acm|doi|arxiv|conference|transactions)\b.*\b(?:19|20)\d{2}\b/iu;

/**
 * "- Références :" over "[1] R. Nassif, ... IEEE Signal Processing Magazine, 2020": a bibliography's heading names the
 * works the posting cites, not referees or letters to send.
 */
function bibliographyHeading(lines: readonly Line[], at: number): boolean {
  if (!BIBLIOGRAPHY_LABEL.test(stripBullet((lines[at] as Line).text).trim())) return false;
  const next = lines.slice(at + 1).find((l) => l.text.trim() !== '');
  return next !== undefined && CITATION.test(stripBullet(next.text).trim());
}

/** "traduzione in italiano o in inglese del", "traduction de leur", "translation of the": a translation's object follows. */
const TRANSLATION_OF = /(?<![\p{L}])(?:translations?|traductions?|übersetzung(?:en)?|vertaling(?:en)?|översättning(?:ar)?|oversettelse(?:r)?|oversættelse(?:r)?|traduzion[ei]|traducci[oó]n(?:es)?|tradu[cç][aã]o|tradu[cç][oõ]es)(?![\p{L}])[^.;:]{0,40}$/iu;

/**
 * A list entry under what is not a list of documents to send: a sub-entry of an item's own line ("2. Head of
 * department's endorsement" over "• Summary of the applicant's research"), or an entry under "Requisitos:",
 * "Qualifications:" (a degree the candidate must hold, not its copy).
 */
function underNoRequest(at: number, lines: readonly Line[], items: readonly Draft[]): boolean {
  const line = lines[at] as Line;
  for (let k = at - 1; k >= 0 && k >= at - 30; k--) {
    const above = lines[k] as Line;
    if (above.text.trim() === '') continue;
    if (above.bullet && above.depth >= line.depth) continue;
    const t = norm(stripBullet(above.text));
    // An entry that introduces its sub-entries ("Copies of certificates of former academic degrees including", "1) 応募書類") lists documents.
    if (above.bullet) return t !== '' && !/(?::|\b(?:including|includes|such as|e\.g\.|incl\.?))\s*$/iu.test(t) && !testAny(P.LIST_TRIGGERS, t) && items.some((d) => d.source !== '' && t.includes(norm(d.source)));
    return (isHeading(above) || /:\s*$/u.test(t)) && testAny(P.NOT_DOCUMENT_LISTS, t);
  }
  return false;
}

/** Nothing but an article or a possessive before the line's first document: it is the subject ("Your CV should include:", "I ditt CV redovisas uppgifter om:"). */
const SUBJECT_START = /^(?:(?:in|i|im|dans|en)\s+)?(?:(?:your|the|a|an|each|ihr|ihre|der|die|das|le|la|votre|el|su|il|tu|je|uw|de|het|din|ditt)\s+)?$/iu;

/** A line that introduces the parts of the document it names: "Complete your Portfolio, which includes:". */
const PARTS_INTRO =
  /(?<![\p{L}])(?:(?:which|that)\s+(?:includes?|contains?|consists? of|comprises?|should (?:include|contain))|including|containing|consisting of|comprising|(?:der|die|das|welche[rs]?)\s+(?:folgendes\s+)?(?:enthält|umfasst|enthalten (?:muss|soll))|qui (?:comprend|contient|doit contenir)|que (?:incluye|contiene|debe contener)|che (?:include|contiene|deve contenere)|deve contenere|debe contener|doit contenir|muss enthalten|must (?:include|contain)|should (?:include|contain)|redovisa[rs]? (?:uppgifter )?om|ska (?:innehålla|redovisa))(?![\p{L}])[^:]{0,60}:$/iu;

/**
 * A degree the applicant holds or will obtain, named in an eligibility rule ("ayant obtenu leur master ..., ou un
 * diplôme équivalent", "para la consecución del título de Doctor", "coloro che conseguiranno il titolo di studio").
 */
const HELD_BEFORE =
  /(?<![\p{L}])(?:hold(?:s|ing)?|held|obtain(?:s|ed|ing)?|earn(?:s|ed|ing)?|awarded|achiev\p{L}*|possess\p{L}*|titulaires?|obtenu\p{L}*|obtenir|obtention|consecuci[oó]n|obtenci[oó]n|obtener|obtenido|posean?|posesi[oó]n|conseguir\p{L}*|consegu\p{L}+|in possesso|erworben|erwerben|erwerb|erlangt|erlangen|erlangung|innehar|innehav\p{L}*|avlagt|erhvervet|suorittanut|suorittaneet|bezit|bezitten|beschikken over)(?![\p{L}])[^.;:!?]{0,80}$/iu;
/** Words that open examples: "z.B.", "e.g.", "par exemple", "t.ex.", "bijv.". */
const EXAMPLES_CUE = /(?<![\p{L}])(?:e\.\s?g\.|z\.\s?b\.|zum beispiel|beispielsweise|for example|for instance|such as|par exemple|p\.\s?ex\.|t\.\s?ex\.|till exempel|bijv\.|bijvoorbeeld|f\.\s?eks\.|esim\.|por ejemplo|p\.\s?ej\.|ad esempio|ad es\.|per esempio)/giu;

/** Between a document and its examples: a few words of it at most ("proficiency, "), no second document ("and any other documents ("). */
const EXAMPLES_OF = /^(?:\s*(?!(?:and|or|und|oder|et|ou|y|o|e|och|eller|en|of|og|plus|other|others|any|andere|sonstige|autres|otros|altri|övriga)(?![\p{L}]))[\p{L}'’-]+){0,3}\s*[,(:–—-]?\s*$/iu;
/**
 * "Sprachnachweise (z.B. TOEFL, IELTS, GRE Scores)": a mention among the examples after a document of a listed kind
 * names a form that document may take, not another document.
 */
function exampleOfListed(text: string, m: KindMention, mentions: readonly KindMention[], kinds: ReadonlySet<ItemKind>): boolean {
  let cue: RegExpExecArray | undefined;
  for (const c of text.slice(0, m.start).matchAll(EXAMPLES_CUE)) cue = c as RegExpExecArray;
  if (cue === undefined || /[;)\]]|[.:]\s/u.test(text.slice(cue.index + cue[0].length, m.start))) return false;
  const at = cue.index;
  return mentions.some((o) => o !== m && !o.guess && o.kind !== 'other' && kinds.has(o.kind) && o.end <= at && EXAMPLES_OF.test(text.slice(o.end, at)));
}

/** Words before a mention that make it a document to send: "a copy of", "proof that", an asking verb. */
const SENT_BEFORE =
  /(?<![\p{L}])(?:cop(?:y|ies)|copie|copia|kopie|ablichtung|abschrift|proof|evidence|certificates?|certified|certificat|attestation|justificatif|nachweis|zeugnis|certificado|certificazione|constancia|prueba|scans?|scanned|documentation|bevis|intyg|todistus)(?![\p{L}])/iu;
/** A thesis still to be written: "becas para elaboración de tesis", "la realización de tesis doctorales". */
const THESIS_TO_WRITE =
  /(?<![\p{L}])(?:elaboraci[oó]n|realizaci[oó]n|redacci[oó]n|preparaci[oó]n|desarrollo|writ(?:e|ing)|pursu(?:e|ing)|undertak(?:e|ing)|carry(?:ing)? out|effectuer|réaliser|réalisation|préparer|préparation|rédiger|rédaction|svolgere|svolgimento|elaborare|redigere|stesura|anfertigung|anfertigen|anzufertigen|erstellung|skriva|skrive)\s+(?:(?:de|del|of|on|a|an|the|his|her|their|your|una?|une|la|le|sa|sus?|il|della|einer?|der|ihrer|en|ett|sin)\s+)*$/iu;
/** A talk's name: "exposé" is a talk in French, "presentation", "Vortrag". */
const TALK_WORD = /^(?:exposés?|expose|presentations?|présentations?|presentaci[oó]n|presentazione|talks?|lectures?|vortrag)$/iu;
/** A talk given, not a paper sent: "Cet exposé sera suivi de 25 min de discussion avec le jury". */
const TALK_CUES =
  /(?<![\p{L}])(?:\d+\s*(?:min|mins|minutes|minuti|minutos|minuten|minuter|minutter)|discussion|diskussion|discussione|discusión|jury|oral|orale|mündlich\p{L}*|audience|auditorium|entretien|interview|colloquio|entrevista)(?![\p{L}])/iu;
/** "The Department has a diverse portfolio of provision", "our portfolio": the employer's, not the applicant's. */
const THEIR_PORTFOLIO_BEFORE = /(?<![\p{L}])(?:our|its|(?:a|an|the)\s+(?:diverse|broad|wide|varied|rich|extensive|growing|strong|large|successful|unique|balanced|international))\s+(?:[\p{L}-]+\s+)?$/iu;
const THEIR_PORTFOLIO_AFTER = /^\s+of\s+(?:provision|programmes|programs|courses|services|products|projects|grants|partners|activities|degrees|subjects)(?![\p{L}])/iu;

/**
 * The mention names nothing to send: a degree held in an eligibility rule, a thesis still to write, a talk given, or
 * the employer's portfolio of courses.
 */
function notToSend(text: string, m: KindMention): boolean {
  const before = sentenceBefore(text, m.start);
  if (ASKS.test(before)) return false;
  const word = text.slice(m.start, m.end);
  const after = text.slice(m.end);
  const sentence = before + word + (after.split(/[.!?;]\s/u)[0] ?? '');
  if (m.kind === 'diplomas') return HELD_BEFORE.test(before) && !SENT_BEFORE.test(before);
  if (m.kind === 'thesis') return THESIS_TO_WRITE.test(before);
  if (m.kind === 'portfolio') return THEIR_PORTFOLIO_BEFORE.test(before) || THEIR_PORTFOLIO_AFTER.test(after);
  // "les travaux exposés par le candidat": a participle, the same word.
  return TALK_WORD.test(word.trim()) && (TALK_CUES.test(sentence) || /^\s+(?:par|by|von|por|da)\s/iu.test(after));
}

/** The employer or its committee as a sentence's subject: "De BAC selecteert ...", "The selection committee consults ...". */
const EMPLOYER_SUBJECT =
  /^\s*(?:(?:the|de|het|die|der|das|le|la|l['’]|el|il|our|its)\s+)?(?:(?!(?:of|from|for|at|in|van|von|de|des|du)\s)[\p{L}-]+\s+){0,3}?(?:committee|commission|commissie|bac|kommission|berufungskommission|comité|jury|panel|board|department|faculty|university|institute|employer|we|wij|wir|nous)\s+(?:will\s+|may\s+|can\s+|kan\s+|zal\s+|wird\s+|kann\s+)?(?:then\s+|also\s+|ook\s+)?\p{L}/iu;
/** A quality named among others: "een geschikte attitude, motivatie en talent", "enthusiasm, motivation and drive". */
const QUALITY_WORD = /^(?:motivation|motivatie|motivación|motivazione|motivaatio|motivering)$/iu;
const QUALITIES =
  /(?<![\p{L}])(?:attitudes?|talents?|skills|abilit(?:y|ies)|enthusiasm|commitment|dedication|drive|curiosity|interest|aptitude|potential|creativity|attitude|houding|talent|inzet|nieuwsgierigheid|vaardigheden|kennis|inzicht|begabung|engagement|eignung|neugier|aptitudes?|capacités|compétences|actitud|aptitud|talento|attitudine|capacità|asenne|lahjakkuus|kyvyt)(?![\p{L}])/iu;
/**
 * The document as the programme's basis or outcome: "according to the approved research proposal", "a smooth PhD
 * process, that results in a timely PhD thesis".
 */
const PROGRAMME_BEFORE =
  /(?<![\p{L}])(?:results?\s+in|resulting\s+in|carr(?:y|ies|ying)\s+out|implement(?:s|ing)?|leads?\s+to|leading\s+to|culminat\p{L}*\s+in|according\s+to|in\s+accordance\s+with|as\s+(?:set\s+out|described|laid\s+down|outlined|agreed)\s+in|leidt\s+tot|resulteert\s+in|volgens|führt\s+zu|gemäß|selon|conformément\s+à|aboutit\s+à|según|de\s+acuerdo\s+con|secondo)\s+(?:(?:a|an|the|his|her|their|its|een|de|het|dem|der|den|die|einer?|le|la|les|un|une|el|una|il)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * The mention's sentence asks the applicant for nothing: it names a quality of a person ("attitude, motivation and
 * talent"), what the employer or its committee does ("selects and consults referees"), or what the programme is
 * based on or leads to ("the approved research proposal", "a timely PhD thesis", "carrying out the research proposal").
 */
function asksNothing(text: string, m: KindMention): boolean {
  const before = sentenceBefore(text, m.start);
  const after = text.slice(m.end).split(/[.!?;]\s/u)[0] ?? '';
  const sentence = before + text.slice(m.start, m.end) + after;
  if (QUALITY_WORD.test(text.slice(m.start, m.end).trim()) && QUALITIES.test(sentence) && !ASKS.test(sentence)) return true;
  // "Candidates should have a Masters in a field relevant for carrying out the research proposal": asks for the degree.
  if (PROGRAMME_BEFORE.test(before) && !ASKS.test(before)) return true;
  return !REQUESTS.test(sentence) && EMPLOYER_SUBJECT.test(stripBullet(before));
}

/** The mention is the whole line but for an article and a closing colon: "Personal record:", "Your personal data sheet:". */
function isLabel(text: string, m: KindMention): boolean {
  return /^\s*(?:(?:a|an|the|your)\s+)?$/iu.test(text.slice(0, m.start)) && /^\s*:\s*$/u.test(text.slice(m.end));
}

/** The sentence of `text` up to `at`: "The files can also be compiled in one PDF ". */
const sentenceBefore = (text: string, at: number): string => text.slice(0, at).split(/[.!?;]\s/u).pop() ?? '';

/**
 * "The files can also be compiled in one PDF portfolio", "merge them into a single PDF portfolio": the documents put
 * into one file, which the kind word names as a format, not a document of its own.
 */
const CONTAINER =
  /(?<![\p{L}])(?:files|documents|attachments|them|everything|dateien|dokumente|unterlagen|fichiers|documentos|archivos|documenti|file|filer|dokumenter|handlingar|bestanden|documenten|tiedostot|liitteet)(?![\p{L}])[^.;:]{0,60}?(?<![\p{L}])(?:in|into|as|to|als|zu|en|dans|como|i|som|tot)\s+(?:(?:one|a single|single|ein(?:e[mnr]?)? einzige[mnr]?|une? seule?|un solo|una sola|én|ett enda|ett|één|yhteen)\s+(?:(?:pdf|zip)[-\s]*)?|(?:an?|ein(?:e[mnr]?)?|une?|uno|una|en|et|een)\s+(?:pdf|zip)[-\s]*)$/iu;

/** Others than the applicant whose documents a posting may name: the students they supervised, their mentees. */
const OTHERS = "(?:students?|supervisees?|mentees?|doctoral candidates|phd candidates|postdocs?|graduates|doktorand(?:en|innen)|studierenden|studenten|étudiant(?:e)?s|estudiantes|studenti|studerende|studenter|opiskelij\\p{L}*)";
/** Words that make them the applicant's students anywhere: "your PhD students", "supervised students". */
const YOURS = "(?:your|supervised|co-?supervised|former|ihre[rn]?|vos|tus|sus|dine|dina)";
/** ... and, in a posting for a teaching post, where students are never the applicants: "the master students". */
const THE = `(?:${YOURS.slice(3, -1)}|the|these|those|master'?s?|doctoral|ph\\.?d\\.?|graduate|undergraduate|postgraduate|research|bachelor'?s?)`;
/** "your PhD students' dissertations"; "List the master students and their thesis", "students whose theses you supervised". */
const othersBefore = (qualifier: string): RegExp[] => [
  new RegExp(`(?<![\\p{L}])${qualifier}\\s+(?:[\\p{L}'-]+\\s+)?${OTHERS}(?:'s|s'|')\\s+(?:[\\p{L}-]+\\s+)?$`, 'iu'),
  new RegExp(`(?<![\\p{L}])${qualifier}\\s+(?:[\\p{L}'-]+\\s+)?${OTHERS}(?![\\p{L}])(?!(?:[^.;:]{0,60}?)(?<![\\p{L}])(?:you|applicants?|candidates?|yourself)(?![\\p{L}]))[^.;:]{0,60}?(?<![\\p{L}])(?:their|whose|deren|leurs?)\\s+(?:[\\p{L}-]+\\s+)?$`, 'iu'),
];
const OTHERS_ANYWHERE = othersBefore(YOURS);
const OTHERS_OF_TEACHER = othersBefore(THE);

/**
 * A document of someone the applicant supervised, not the applicant's ("List the master students and their thesis");
 * `faculty`: the posting is for a teaching post. Letters are left alone: a referee's letter is the applicant's to arrange.
 */
function othersDocument(text: string, m: KindMention, faculty: boolean): boolean {
  if (m.kind === 'references') return false;
  const before = sentenceBefore(text, m.start);
  return (faculty ? OTHERS_OF_TEACHER : OTHERS_ANYWHERE).some((re) => re.test(before));
}

/** An item was read from the line: its source is in the line's text, or the line's text in its source. */
function gaveItem(l: Line, items: readonly Draft[]): boolean {
  const t = norm(stripBullet(l.text));
  return items.some((d) => d.source !== '' && (t.includes(norm(d.source)) || norm(d.source).includes(t)));
}

/**
 * Entries of bulleted lists that a heading or a line ending in a colon right above introduces as documents
 * ("Documentación requerida", "Nombrar cada archivo ...:", then "· Solicitud de beca ... (BC_solbec.pdf)"), each named
 * by its first words, of lists no entry of which gave an item; entries under them (deeper) describe them.
 */
function introducedEntries(lines: readonly Line[], items: readonly Draft[]): UnreadEntry[] {
  const out: UnreadEntry[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.bullet || lines[i - 1]?.bullet) continue;
    let end = i;
    while (lines[end]?.bullet) end += 1;
    const run = lines.slice(i, end);
    const depth = Math.min(...run.map((l) => l.depth));
    const intro = lines.slice(Math.max(0, i - 2), i).filter((l) => !l.bullet && (isHeading(l) || /[:：]\s*$/u.test(l.text)));
    const introduces = (l: Line): boolean => (testAny(P.LIST_TRIGGERS, l.text) || DOCUMENTS_INTRO.test(l.text)) && !testAny(P.NOT_DOCUMENT_LISTS, l.text);
    const top = run.filter((l) => l.depth === depth);
    if (top.length < 2 || !intro.some(introduces) || top.some((l) => gaveItem(l, items))) continue;
    // Items read elsewhere: only a list of documents, not the sections of one ("Specific Aims", "Significance", ...),
    // right under a line that introduces it ("This page aims to:" under "Additional Application Guidance" does not).
    // "Bijlagen bij de aanvraag:" names its entries documents, whatever words they are ("De statuten").
    // "Research proposal (2 pages): ..." between the heading and the list: the list is of that document's sections.
    const nearest = lines[i - 1];
    if (items.some((d) => d.source !== '') && (nearest === undefined || !intro.includes(nearest) || !introduces(nearest) || !(DOCUMENTS_INTRO.test(nearest.text) || namesDocuments(top.map((l) => stripBullet(l.text)))))) continue;
    run.forEach((l, k) => {
      const text = stripBullet(l.text).trim();
      // "- Format: PDF, im A4-Querformat", "- die Arbeiten sind zu beschriften": rules about the files, no document.
      if (l.depth === depth && /\p{L}{2}/u.test(text) && !(RULE_ENTRY.test(text) && !testAny(P.LIST_TRIGGERS, text))) out.push({ line: i + k, name: entryName(text), text });
    });
  }
  return out;
}

/** A list of documents, not of topics, levels or a document's sections: half its entries or more name one. */
const namesDocuments = (entries: readonly string[]): boolean => entries.filter((t) => findKindMentions(t).length > 0 || test(P.DOCUMENT_NOUNS, t)).length * 2 >= entries.length;

/** "D1) Work plan description : ...", "A2. ...": a capital and a number, a mark no bullet pattern takes for a list's. */
const PREFIXED_MARK = /^(\p{Lu}{1,2})\s?(\d{1,2})\s?[).:]\s*/u;

/**
 * Entries of a run of three or more lines numbered "D1)", "D2)", ... (a table of documents pasted as text, with no
 * line to introduce it) that gave no item and name a document, each named by its first words after the mark.
 */
function prefixedEntries(lines: readonly Line[], items: readonly Draft[]): UnreadEntry[] {
  const out: UnreadEntry[] = [];
  for (let i = 0; i < lines.length; ) {
    const first = PREFIXED_MARK.exec(lines[i]!.text.trim());
    let end = i + 1;
    // The same capital, numbers going up by one: "D1)", "D2)", ...; not "B2: fluent English" beside "C1: ...".
    for (let n = Number(first?.[2]); first !== null && end < lines.length; end++, n++) {
      const next = PREFIXED_MARK.exec(lines[end]!.text.trim());
      if (next === null || next[1] !== first[1] || Number(next[2]) !== n + 1) break;
    }
    const run = lines.slice(i, end).map((l, k) => ({ line: i + k, text: l.text.trim().replace(PREFIXED_MARK, ''), gave: gaveItem(l, items) }));
    if (first !== null && run.length >= 3 && namesDocuments(run.map((e) => e.text))) {
      for (const e of run) if (!e.gave) out.push({ line: e.line, name: entryName(toSentences(e.text)[0] ?? e.text), text: e.text });
    }
    i = end;
  }
  return out;
}

/**
 * Intros and headings, without a colon too, that name the application's documents, read only to point at the entries
 * under them ("Die einzureichende PDF-Datei soll wie folgt aufgebaut sein", "Pièces à fournir", "Hakemuksen liitteet").
 */
const DOCUMENTS_INTRO =
  /(?<![\p{L}])(?:application (?:materials|documents)|required documents|documents to (?:submit|upload|send)|what to (?:submit|send|upload)|bewerbungsunterlagen|einzureichende[nr]?|wie folgt (?:aufgebaut|gegliedert)|(?:folgende|erforderliche) (?:unterlagen|dokumente)|benodigde documenten|bijlagen (?:bij|van) (?:de|uw|je) aanvraag|(?:de )?volgende bijlagen|(?:aanmeldings|sollicitatie)documenten|ansökningshandlingar|bilagor till ansökan|hakemuksen liitteet|hakuasiakirjat|liitteet|pièces (?:à|a) (?:fournir|joindre)|constitu(?:er|tion) (?:de )?(?:votre|du) dossier|documentaci[oó]n (?:requerida|a presentar)|documenti (?:richiesti|da allegare))(?![\p{L}])/iu;

/** An entry that gives a rule for the files rather than naming a document: a format, a file name, a verb of duty. */
const RULE_ENTRY =
  /^(?:format|formato|dateiname|file ?name|nom du fichier|alle teile|all parts)\b|(?<![\p{L}])(?:sind|ist|sie|are|is|must|should|doivent|doit|sont|est|on|ovat|pdf-datei|pdf file)(?![\p{L}])/iu;

/**
 * Imperatives that ask to send, attach, upload or prepare a document, in the languages the importer reads: "Laden Sie
 * die Mappe ... hoch", "Télécharger la charte du doctorat", "Valmistele ... rahoitussuunnitelma", "Joignez ...". The
 * object runs from the verb (and "Sie" or "hakemukseen") to the first word that starts a place, a time or a clause.
 */
const IMPERATIVE =
  /(?:^|[:;]\s+|\.\s+)(?:(?:reichen|laden|fügen|senden|schicken|legen)\s+sie|bitte\s+(?:reichen|laden|fügen|senden|legen)\s+sie|submit|attach|upload|send|enclose|include|prepare|joignez|joindre|fournissez|fournir|envoyez|envoyer|télécharger|téléchargez|déposez|préparez|préparer|liitä(?:\s+hakemukseen)?|toimita|lähetä|valmistele|lataa|stuur|voeg|upload|lever|bifoga|skicka|ladda\s+upp|förbered|adjunte|adjuntar|envíe|presente|allegare|allega|inviare|invia|carica(?:re)?)\s+(?!,)/giu;
/** Where the object of such an imperative ends. */
const OBJECT_END =
  /,|;|\.(?:\s|$)|\(|\s(?:innerhalb|bis|auf|über|an|bei|hoch|ein|bei|zu|in|via|to|by|before|until|on|at|through|with|à|au|aux|avant|par|sur|avec|en|pour|dans|sillä|ennen|mennessä|kautta|ohjeiden|toe|naar|voor|till|före|senast|a|al|antes|entro|per|tramite)\s|\s(?:hoch|ein|bei|toe|mee)$/iu;
/** Objects that name the whole application, not one document of it. */
const WHOLE_APPLICATION =
  /^(?:(?:kaikki\s+)?(?:tarvittavat\s+)?liitteet|(?:ihre\s+)?(?:bewerbung|unterlagen|bewerbungsunterlagen)|(?:le|votre)\s+dossier(?:\s+de candidature)?|dossier de candidature|(?:your\s+|the\s+)?(?:application|documents|materials)|hakemus|ansökan|aanmelding|solicitud|domanda)$/iu;

/**
 * The documents an imperative asks for ("Laden Sie die Mappe und das Werkverzeichnis ... hoch" gives "Mappe" and
 * "Werkverzeichnis"), pointed at when no item was read: the importer reads no request in that shape.
 */
function imperativeObjects(lines: readonly Line[]): UnreadEntry[] {
  const out: UnreadEntry[] = [];
  lines.forEach((line, i) => {
    const text = stripBullet(line.text).trim();
    for (const v of text.matchAll(IMPERATIVE)) {
      const rest = text.slice(v.index + v[0].length);
      const end = OBJECT_END.exec(rest);
      const object = (end ? rest.slice(0, end.index) : rest).trim();
      for (const piece of object.split(/\s+(?:und|sowie|and|et|ja|sekä|en|och|y|e)\s+/iu)) {
        const name = piece.replace(/^(?:(?:die|der|das|den|dem|ihre[nm]?|ihr|eine[nm]?|ein|the|your|a|an|la|le|les|l'|votre|vos|un|une|des|het|de|een|je|uw|din|ditt|dina|el|los|las|il|lo|gli|i)\s+)+/iu, '').replace(/^l['’]/u, '').trim();
        const words = name.split(/\s+/u).filter(Boolean);
        if (words.length === 0 || words.length > 8 || !/^\p{L}/u.test(name) || WHOLE_APPLICATION.test(name) || /^(?:sie|you|vous|it|them|le|les|l|es)$/iu.test(name)) continue;
        out.push({ line: i, name, text });
      }
    }
  });
  return out;
}

/**
 * "X må legges ved", "X skal vedlegges", "X bifogas ansökan": a Scandinavian passive that ends its clause asks for its
 * subject (group 1), the last piece of the clause before the verb.
 */
const NORDIC_ATTACHED =
  /(?:^|[;:]\s+)((?!(?:til|till|i|med|to|det|der|som|alle|alla|samtlige|samtliga)\s)[\p{L}][^;:.]{2,140}?)\s+(?:(?:må|skal|ska|skall|bør|kan)\s+)?(?:legges ved|vedlegges|vedlægges|lægges ved|bifogas|biläggas|bilägges)(?=\s*(?:[.;]|$|\s(?:ansökan|søknaden|ansøgningen)\s*[.;]?\s*$))/u;
/**
 * "Søkeren må gi en kort redegjørelse for ...", "Sökanden ska beskriva ...": the applicant as subject of a verb that
 * makes a document; group 1 is what the applicant is to give, up to the clause's end ("må ha doktorgrad" is no document).
 */
const NORDIC_APPLICANT_MUST =
  /\b(?:søkeren|søkerne|sökanden|sökande|den sökande|ansøgeren|ansøgere|ansøger)\s+(?:må|skal|ska|skall|bør)\s+(?:derfor\s+|også\s+|också\s+|selv\s+|själv\s+|tillige\s+)*((?:gi|give|ge|dokumentere|dokumentera|beskrive|beskriva|redegjøre|redegøre|redogöra|legge fram|legge frem|presentere|presentera|sende inn|skicka in|indsende|levere|lämna in|vedlegge|vedlægge|bifoga|angi|oppgi|ange|uppge|angive|opgive)\b[^,;.]{3,100})/iu;

/**
 * The documents a Norwegian, Swedish or Danish sentence asks for in a shape the importer reads no item from ("En
 * fullstendig liste over ... arbeider må legges ved", "Søkeren må dokumentere sin undervisningskompetanse"): pointed
 * at, when no item was read from the sentence, so that no such request is lost without a word.
 */
function nordicRequests(lines: readonly Line[], items: readonly Draft[]): UnreadEntry[] {
  const sources = items.filter((d) => d.source !== '').map((d) => norm(d.source));
  const out: UnreadEntry[] = [];
  lines.forEach((line, i) => {
    for (const sentence of toSentences(stripBullet(line.text))) {
      const s = norm(sentence);
      if (sources.some((x) => x.includes(s) || s.includes(x))) continue;
      const m = NORDIC_ATTACHED.exec(sentence) ?? NORDIC_APPLICANT_MUST.exec(sentence);
      // "Sökt belopp anges och Stiftelsens budgetblankett bifogas": a clause with its own passive verb before is not the subject.
      const subject = m?.[1]?.replace(/^.*\s\p{L}+e?s\s+(?:och|og|samt)\s+/iu, '');
      const name = subject?.replace(/^(?:gi|give|ge)\s+/iu, '').replace(/^(?:en|et|ett|ei|den|det|de)\s+/iu, '').trim();
      if (!name || name.split(/\s+/u).length > 14 || WHOLE_APPLICATION.test(name)) continue;
      out.push({ line: i, name: name[0]!.toUpperCase() + name.slice(1), text: sentence });
    }
  });
  return out;
}

/**
 * "Please fill out this form which should be sent with ...", "il candidato invierà un certificato dell'Università":
 * the applicant sends, fills in or attaches a form, certificate or declaration (group 2, with what it is of), a verb
 * away, in the languages the importer reads.
 */
const SENT_DOCUMENT = new RegExp(
  String.raw`(?<![\p{L}])(?:fill(?:ing)? (?:out|in)|complete|send|submit|attach|enclose|return|sign|provide|füllen sie|senden sie|reichen sie|fügen sie|legen sie|ausfüllen|einreichen|beifügen|vorlegen|remplir|remplissez|remplira|envoyer|envoyez|enverra|joindre|joignez|joindra|fournir|fournissez|fournira|rellenar|rellene|cumplimentar|cumplimente|enviar|env[ií]e|enviará|adjuntar|adjunte|adjuntará|presentar|presente|presentará|aportar|aporte|aportará|compilare|compili|compilerà|inviare|invii|invierà|invieranno|allegare|alleghi|allegherà|allegheranno|presentare|presenti|presenterà|presenteranno|trasmettere|trasmetterà|produrre|produrrà|vul|invullen|stuur|sturen|voeg|bijvoegen|fyll i|fyll ut|skicka|bifoga|udfyld|vedlæg|send inn|legg ved|preencher|preencha|anexar|anexe)(?:\s+(?:also|auch|aussi|anche|también|ook|även|også|uns|nous|ci))?\s+` +
    String.raw`(this|the|a|an|our|your|das|ein|eine|einen|dieses|diese|le|la|l['’]|un|une|ce|cette|votre|el|este|esta|su|il|lo|uno|una|questo|questa|het|de|een|dit|deze|en|ett|et|ei|den|det|denna|detta|denne|dette|o|um|uma)\s*` +
    String.raw`((?:(?:attached|enclosed|completed|signed|official|beiliegende|ausgefüllte|unterschriebene|ci-joint|signé|adjunto|firmad[oa]|allegat[oa]|firmat[oa]|bijgevoegde|bifogade|vedlagte)\s+)?(?:forms?|certificates?|declarations?|attestations?|affidavits?|formular|bescheinigung|erklärung|formulaire|certificat|déclaration|formulario|certificado|declaración|impreso|modulo|certificato|dichiarazione|attestato|attestazione|autocertificazione|formulier|verklaring|blankett|intyg|skjema|erklæring|attest|formulário|declaração)(?![\p{L}])(?:\s+(?:of|from|issued by|de|du|des|d['’]|di|del|dell['’]|della|dello|degli|delle|von|vom|der|van|från|fra)\s*[\p{L}'’-]+(?:\s+(?!(?:which|that|who|to|by|with|in|for|and|or|before|until|avant|bis|entro|antes|hasta|voor|innan|før|che|dal|dalla|dalle|dai|in|con|per|e|o|qui|que|et|ou|y|die|der|das|und|oder|zur?|bei|an|aus|auf)(?![\p{L}]))[\p{L}'’-]+){0,2})?)`,
  'iu',
);
/** "Täytä sähköinen hakulomake", "liitä hakemukseen täytetty rahoituslomake": Finnish has no article before the form's name. */
const FINNISH_FORM =
  /(?<![\p{L}])(?:täytä|täyttäkää|täytetään|täyttää|liitä|liittäkää|liitetään|liittää|toimita|toimittakaa|toimitetaan|lähetä|allekirjoita)(?:\s+(?![\p{L}-]*lomake)\p{L}+){0,4}?\s+()((?:(?:täytetty|täytetyn|allekirjoitettu|sähköinen|erillinen|oheinen)\s+)?[\p{L}-]*lomake\p{L}*)/iu;
/** The employer or nobody as the sender: "we will send a certificate", "wir senden Ihnen ein Formular"; a refusal: "do not send a form". */
const NOT_THE_APPLICANTS = /(?<![\p{L}])(?:we|nous|wir|wij|vi|noi|nosotros|me|not|n['’]t|never|nicht|kein\p{L}*|pas|non|nunca|niet|geen|inte|ikke|ei)(?![\p{L}])/iu;

/**
 * The forms, certificates and declarations a sentence has the applicant send, fill in or attach ("Please fill out this
 * form which should be sent with a one-page proposal", "il candidato invierà un certificato dell'Università"), pointed
 * at when no item names it: an item read from the sentence may be another document of it.
 */
function sentDocuments(lines: readonly Line[], items: readonly Draft[], kinds: ReadonlySet<ItemKind>): UnreadEntry[] {
  const titles = items.map((d) => norm(d.title));
  const out: UnreadEntry[] = [];
  lines.forEach((line, i) => {
    for (const sentence of toSentences(stripBullet(line.text))) {
      const m = SENT_DOCUMENT.exec(sentence) ?? FINNISH_FORM.exec(sentence);
      const name = m?.[2]?.trim();
      // "Antes de começar a preencher este formulário, tenha em mãos ...": the form being read, not one to send.
      const before = m === null ? '' : sentenceBefore(sentence, m.index);
      if (m === null || name === undefined || NOT_THE_APPLICANTS.test(before) || /(?<![\p{L}])(?:before|antes de|avant de|prima di|bevor|voordat|innan|før)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before) || /[?？]\s*$/u.test(sentence)) continue;
      const n = norm(name);
      // A form of a kind the profile lists ("the application form", "a certificate of enrolment" read as diplomas) is that item's.
      if (out.some((e) => norm(e.name) === n) || titles.some((t) => t !== '' && (t.includes(n) || n.includes(t))) || findKindMentions(name).some((k) => !k.guess && kinds.has(k.kind))) continue;
      out.push({ line: i, name: name.charAt(0).toUpperCase() + name.slice(1), text: sentence });
    }
  });
  return out;
}

/** Words that ask for a document ("should include", "must attach", "skal vedlægge", "devono allegare"). */
const ASKS_WORDS =
  String.raw`\b(?:include|attach|provide|submit|send|upload|enclose|add|supply|furnish|bring|beifügen|beizufügen|einreichen|vorlegen|joindre|fournir|allegare|allegat[aeio]|presentare|inviare|adjuntar|adjunt[ao]s?|presentar|anexar|enviar|bifoga|skicka|vedlegge|legge ved|sende|vedlægge|indsende|bijvoegen|toevoegen|indienen|liittää|toimittaa)\b`;
const ASKS = new RegExp(ASKS_WORDS, 'iu');
/** Words of a sentence that ask the applicant for something: the asking verbs, and "ask", "request", "expect", "we recommend that ...", ... */
const REQUESTS = new RegExp(`${ASKS_WORDS}|\\b(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|requir\\p{L}*|expect\\p{L}*|invit\\p{L}*|receiv\\p{L}*|welcome\\p{L}*|need\\p{L}*|want\\p{L}*|would like|look forward|should|must|(?:on the )?basis of|based on|op basis van|aan de hand van|anhand|sur la base|vraagt|vragen|verzoekt|verwacht|fordert|erwartet|bittet|demande|exige|solicita|pide|richiede|recommend(?!ation)\\p{L}*|recommand(?!ation)\\p{L}*|empfehl(?!ung)\\p{L}*|aanbevel(?!ing)\\p{L}*|recomend(?!aci)\\p{L}*|raccomand(?!azion)\\p{L}*|suosittel(?!ij)\\p{L}*)\\b`, 'iu');

/**
 * A person or a choice named after the document ("thesis advisor", "thesis offer"), or a form's field ("identity card
 * number"), not the document itself.
 */
const NOT_THE_DOCUMENT = /^['’]?s?\s*(?:advisors?|supervisors?|directors?|committee|offers?|topics?|projects? (?:positions?|supervisors?)|positions?|defen[cs]e|numbers?|no\.|nummer|numer|číslo)(?![\p{L}])/iu;

/** "CV including a list of publications", "a statement outlining future research plans": part of a listed document. */
const PART_OF = /^[^.;:]{0,20}\b(?:including|includes|incl\.?|inkl\.?|inklusive|einschließlich|with|containing|excluding|and its|with its|y su|avec|met|mit|med|con|comprenant|incluant|inclusief|innehållande|inkluderande|incluyendo|includendo|jossa|outlining|describing|explaining|summari[sz]ing|detailing|presenting|covering|addressing)\b[^.;:]{0,60}$/iu;

/** "... includes, besides Attachment 1 and 2, also:": a document beside the one named before, not part of it. */
const BESIDE = /\b(?:besides|in addition to|apart from|as well as|together with|along with|außer|neben|zusätzlich zu|oltre a|además de|aparte de|outre|en plus de|förutom|foruden|udover|lisäksi|naast)\b/iu;

/** A mention after one of a listed kind on the same line, joined to it by "including", "outlining", ... */
function partOfListed(text: string, m: KindMention, before: readonly KindMention[], kinds: ReadonlySet<ItemKind>): boolean {
  return before.some((b) => kinds.has(b.kind) && PART_OF.test(text.slice(b.end, m.start)) && !BESIDE.test(text.slice(b.end, m.start)));
}

/** "Request Form" after a document's name: the form to ask for it, not the document. */
const FORM_AFTER = /^\s+(?:(?:request|release|waiver|order|submission|cover|evaluation)\s+)?forms?\b/iu;
/** "Complete the Graduate School online application", "fill in the online application form", "paste them into this online form". */
const ONLINE_FORM = /\b(?:[Cc]omplet(?:e|ing)|[Ff]ill(?:ing)? (?:in|out)|[Ss]ubmit|into)\s+(?:[Tt]he|[Tt]his|[Oo]ur|[Yy]our|an?)\s+(?:[A-Z][\p{L}'’]*\s+){0,4}((?:online|electronic|web)\s+(?:application(?:\s+form)?|form))\b/gu;

/** Words that end the list a sentence asks for: a clause or an address follows. */
const LIST_END = /,?\s+(?:which|that|who|whom|whose|to (?:the|us|our|[\w.-]+@)|by (?:e-?mail|post|mail)|via|before|until|no later than|by \d|in (?:one|a single|pdf)|as (?:one|a single|pdf)|so that|in order|if|when|where)\b|[.;:!?](?:\s|$)|\s[–—-]\s/iu;
/** Pieces of a list that are qualities of the applicant, not documents ("skills and qualifications", "experience"). */
const NOT_SENT = /^(?:including|incl\.?|with|e\.g\.|for example|such as|following|other|these|those|such|supporting|required|additional|further|relevant|skills?|qualifications?|experiences?|competences?|competencies|knowledge|abilities|ability|interests?|availability|contact (?:details|information)|names?|e-?mail(?: address(?:es)?)?|addresses?|etc\.?|others?|more|any other|so on|similar)\b/iu;

/** Words after a document that list what it holds: "a CV including information about ...", "containing". */
const CONTENTS = /\b(?:including|includes|incl\.|containing|comprising|listing|detailing|with information|inklusive|einschließlich|met daarin|comprenant|incluyendo|contenente)\b/iu;

/** Things sent that are no paper: "your motivation", "a recorded teaching demonstration", "a short video". */
const SENT_THINGS = /\b(?:motivation|demonstrations?|recordings?|videos?|presentations?|slides)\b/iu;

/**
 * The pieces of the list a sentence asks for that name no kind: "provide a recorded teaching demonstration and
 * official transcripts" gives "recorded teaching demonstration". Only in a sentence whose list names a kind too, so
 * the list is one of documents.
 *
 * @example
 * unnamedConjuncts('Please provide a teaching demonstration and official transcripts.') // ['teaching demonstration']
 */
export function unnamedConjuncts(sentence: string): string[] {
  const mentions = findKindMentions(sentence).filter((m) => !m.guess);
  const first = mentions[0];
  if (first === undefined) return [];
  // The last asking word before the first document: "supply or upload information on ..." lists after "upload".
  const asks = [...sentence.slice(0, first.start).matchAll(new RegExp(ASKS.source, 'giu'))];
  const ask = asks[asks.length - 1];
  if (ask === undefined || sentence.slice(ask.index + ask[0].length, first.start).split(/\s+/u).length > 14) return [];
  const from = ask.index + ask[0].length;
  const rest = sentence.slice(from);
  const stop = LIST_END.exec(rest.slice(Math.max(0, mentions[mentions.length - 1]!.end - from)));
  const list = stop ? rest.slice(0, mentions[mentions.length - 1]!.end - from + stop.index) : rest;
  const out: string[] = [];
  let at = 0;
  // "la scheda in duplice copia e il programma di ricerca": the list's "and" in the posting's language too.
  for (const piece of list.split(/,|;|\b(?:and|as well as|plus|or|und|sowie|oder|et|ou|ed|og|och|eller|sekä|tai)\b|(?<=\s)(?:y|e|o|i|u)(?=\s)/iu)) {
    const start = from + list.indexOf(piece, at);
    at = list.indexOf(piece, at) + piece.length;
    // "2 (two) official records ((Chinese applicants: ... in English and Chinese))": an aside is no piece of the list.
    const before = sentence.slice(from, start);
    if ((before.match(/\(/gu)?.length ?? 0) > (before.match(/\)/gu)?.length ?? 0)) continue;
    // "a CV ..., including information about your education, publications, presentations": what the document tells.
    const part = CONTENTS.exec(before);
    if (part !== null && mentions.some((m) => m.end <= from + part.index) && !BESIDE.test(before.slice(part.index))) continue;
    const name = piece.trim().replace(/^(?:(?:a|an|the|your|their|some|any|also|all|one|two|three|\d+|la|il|lo|le|gli|el|los|las|un|una|uno|une|les|der|die|das|den|het|een)\s+)+/iu, '').trim();
    const words = name.split(/\s+/u).filter(Boolean);
    // A piece with a document's head noun only: the rest of such lists are topics ("career goals", "fit with the lab").
    if (words.length === 0 || words.length > 8 || !/^\p{L}/u.test(name) || NOT_SENT.test(name) || /[@()]/u.test(name) || !(test(P.DOCUMENT_NOUNS, name) || SENT_THINGS.test(name))) continue;
    if (mentions.some((m) => m.start < start + piece.length && m.end > start) || findKindMentions(name).length > 0) continue;
    out.push(name);
  }
  return out;
}

/** A parenthesis that is only papers beside the document it follows: "(certificados)", "(acompañado de los certificados correspondientes)". */
const ASIDE_PAPERS =
  /^\s*(?:(?:acompa[ñn]ad[oa]s? de|junto con|con|incluyendo|más|m[aá]s|with|together with|accompanied by|including|plus|along with|avec|accompagn[ée]e?s? de|mit|samt|nebst)\s+)?(?:(?:los|las|el|la|sus?|the|your|all|any|relevant|necessary|les|des|vos|die|ihre)\s+)*((?:certificados?|constancias?|justificantes?|comprobantes?|acreditaciones|certificates|attestations|justificatifs|nachweise|bescheinigungen)(?:\s+(?:correspondientes|acreditativos|pertinentes|oportunos|relevant|correspondants|entsprechenden))?)\s*$/iu;

/**
 * Papers named alone in a parenthesis of a list sentence, which no item is read from: "currículum vitae (acompañado de
 * los certificados correspondientes)" names "certificados correspondientes"; papers of a kind the profile lists are that item's.
 *
 * @example
 * asideDocuments('Envíe su currículum vitae (certificados) y una carta.', new Set(['cv'])) // ['certificados']
 */
export function asideDocuments(sentence: string, kinds: ReadonlySet<ItemKind>): string[] {
  return [...sentence.matchAll(/\(([^()]*)\)/gu)].flatMap((m) => {
    const name = ASIDE_PAPERS.exec(m[1] ?? '')?.[1];
    return name !== undefined && findKindMentions(name).every((h) => h.guess && !kinds.has(h.kind)) ? [name] : [];
  });
}

/** A size the posting states that no item and no submission cap of the profile holds. */
export interface LooseLimit {
  /** The words that state it ("max. 2 pages", "no more than 1,000 words", "5 MB"). */
  words: string;
  /** The sentence it was read in, at most about 120 characters around the words. */
  text: string;
  /** A guide's size ("about 5 pages"), never a cap: named so it is not dropped unseen. */
  approximate?: boolean;
}

/** What a profile holds of sizes: each item's and the submission's, by unit. */
interface HeldSizes {
  items: readonly Partial<Record<'max_pages' | 'max_pages_each' | 'max_words' | 'max_chars' | 'max_mb', number>>[];
  submission: { max_mb?: number; max_pages?: number };
  /** Other caps on all files read but kept elsewhere ("10 MB in total" beside "2 MB per file"). */
  other?: readonly { key: LimitKey; value: number }[];
  /** The marks already given, so a guide's size an item's mark names ("about 5 pages") is not pointed at again. */
  marks?: readonly string[];
}

/**
 * The sizes the sentences state (a cap's cue words: "max.", "no more than", "up to"; any size in MB) that the profile
 * does not hold anywhere: read, but given to no item and not the application's cap. Each once, in the posting's order.
 *
 * @example
 * looseLimits(['The statement should be max. 2 pages.'], { items: [{}], submission: {} }) // [{ words: 'max. 2 pages', text: '...' }]
 */
export function looseLimits(sentences: readonly string[], held: HeldSizes): LooseLimit[] {
  const has = (key: LimitKey, value: number): boolean =>
    held.items.some((i) => (key === 'max_pages' ? i.max_pages === value || i.max_pages_each === value : i[key] === value)) ||
    (key === 'max_mb' || key === 'max_pages' ? held.submission[key] === value : false) ||
    (held.other ?? []).some((o) => o.key === key && o.value === value);
  const out: LooseLimit[] = [];
  for (const s of sentences) {
    for (const l of findLimits(s, true)) {
      if (l.approxFrom !== undefined) {
        const words = s.slice(l.approxFrom, l.end).trim();
        if (!(held.marks ?? []).some((m) => m.includes(`("${words}")`)) && !out.some((o) => o.words === words)) out.push({ words, text: excerpt(s, l.approxFrom, l.end), approximate: true });
        continue;
      }
      if (!(l.cue || l.key === 'max_mb') || has(l.key, l.value)) continue;
      // The cap's own words before the number ("max.", "no more than"), so the pointer reads as the posting says it.
      const before = s.slice(Math.max(0, l.index - 40), l.index);
      const cue = g(P.LIMIT_CUES).exec(before);
      const from = Math.min(cue ? l.index - before.length + cue.index : l.index, l.rangeFrom ?? l.index);
      const words = s.slice(from, l.end).trim();
      if (out.some((o) => o.words === words && o.text === excerpt(s, from, l.end))) continue;
      out.push({ words, text: excerpt(s, from, l.end) });
    }
  }
  return out;
}

const AROUND = 120;

/** The words of `text` around `start..end`, cut at word boundaries with "…" where cut: long lines of flattened PDFs. */
function excerpt(text: string, start: number, end: number): string {
  if (text.length <= AROUND) return text;
  const room = Math.max(0, AROUND - (end - start));
  let from = Math.max(0, start - Math.floor(room / 3));
  let to = Math.min(text.length, end + (room - (start - from)));
  from = Math.max(0, Math.min(from, to - AROUND));
  const afterSpace = text.indexOf(' ', from);
  if (from > 0 && afterSpace !== -1 && afterSpace < start) from = afterSpace + 1;
  const beforeSpace = text.lastIndexOf(' ', to);
  if (to < text.length && beforeSpace > end) to = beforeSpace;
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}
