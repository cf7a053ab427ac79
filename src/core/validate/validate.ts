import { andList, diag, INVISIBLE_EMAIL_FIX, type CoverLayout, type ProfileAt } from '../catalogue.js';
import type { Diagnostic, Finding, PathSegment } from '../diagnostics.js';
import { formatPath, sortDiagnostics } from '../diagnostics.js';
import { assertNever, filesOf } from '../parse/manifest.js';
import type { FileRef, Manifest, ManifestEntry, ManifestItem } from '../parse/manifest.js';
import { contactsOnlyGiven, guessedKeys, orderedItems, reviewPlaces } from '../parse/profile.js';
import { closest, listOr } from '../parse/suggest.js';
import type { LocateOptions, YamlSource } from '../parse/yaml.js';
import { diagnosticAt } from '../parse/yaml.js';
import { invalid, oddSpaceAt } from '../parse/zod-issues.js';
import type { Profile, ProfileItem } from '../schema/profile.js';
import { isPlaceholder } from '../init/starter.js';
import { checkDeadline } from './deadline.js';
import { FILLER_TEXT, emailIn, exampleName, fillerName, isFiller, laterFiller, linkSlot, nameMarkup, oneWordName, pendingNote, roleName, textSlot } from './filler.js';
import { readToday, readZone } from '../parse/dates.js';
import { checkEntryForm, formsPhrase } from './forms.js';
import { givenLocals, localName, nameLocals, ownLocals } from './mail-names.js';
import { bareAddress, checkLink, checkEmail, checkOrcid, emailTypo, identifierAddress, mailbox, noReplyAddress, nonAsciiMailbox, ownerOnlyLink, shortPhone, mailtoAddresses, notAPath, reservedDomain, shownAddressDiffers, shownHostDiffers, shownMailDiffers } from './values.js';
import { countChars, estimateGeneratedPages } from './measure.js';
import { ISSUED_KINDS, ISSUED_TITLE, otherLanguage, WRITTEN_KINDS, type OtherLanguage } from '../text/language.js';
import { around, charName, cm, countWords, formatMb, hiddenChars, invisibleChar, invisibleTrouble, lineBreakIn, showHidden, showInvisible } from '../words.js';
import { readText, type MarkdownReader } from '../text/markdown.js';
import { textAsRead } from '../text/model.js';
import { stripComments } from '../text/comments.js';
import { unprintedMarkup } from '../text/unprinted.js';
import { measureSelection } from './selection.js';
import { lostDestinations } from '../inspect/lost-destinations.js';
import { findingsAbout, formsKept } from '../inspect/findings.js';
import { selectedMarks } from '../inspect/marked-pages.js';
import { formFinding } from '../inspect/form-pages.js';
import { MAX_SCAN_LENGTH, MIN_SCAN_DPI } from '../inspect/page-limits.js';
import { placedDpi, scanLength } from '../assemble/layout.js';
import { contactsCapped, isLetterItem, lettersGiven, refereeInfo, untitledParts, type PlanInput } from '../plan/plan.js';
import { selectPages, textsOfPages } from '../page-selection.js';
import { letterNames, refereeOfLetter } from '../plan/letters.js';
import { exampleTextOf, isExampleApplicant, isSampleFile } from './samples.js';
import { cvHeading, mentionsName, namedInFileName, namesPerson, nameParts, otherSubject, signatureLines, signerOf, strangerSigner, type NameParts } from './signer.js';
import type { InputFacts } from '../inspect/types.js';
import { cutLetter, opensLetter, readsAsRecommendation, refusedKinds, refusedLetters, titledRecommendation, titledTranscript, type LetterPages } from './refused-letters.js';
import type { RefereeInfo } from '../plan/types.js';
import type { TextDoc } from '../text/model.js';
import { FILE_FIXED_BYTES, longestFiles, nearCap } from './built-caps.js';
import { DEFAULT_NAME_PATTERN, fileNames, guessedSplit, lostNameParts } from '../plan/file-names.js';
import type { EntryReport, FileStatus, ItemReport, ValidationResult } from './types.js';
import { refuseOptions } from '../options.js';

export interface ValidateInput {
  manifest: Manifest;
  source: YamlSource;
  profile: Profile;
  /** What the I/O layer found for each file path, keyed by the path as written in the manifest. */
  files: ReadonlyMap<string, FileStatus>;
  /**
   * Today: a date (YYYY-MM-DD, noon that day) or an ISO date-time (`2025-11-14T23:30+02:00`,
   * `2025-11-14 23:30 Europe/Helsinki`, or `new Date().toISOString()`); a deadline with a zone is judged at this
   * instant, one without on this date and time as written (`deadlineStanding`). Anything else (`garbage`, an
   * impossible date such as `2026-13-45`) throws a `UsageError`.
   */
  today: string;
  /**
   * The applicant's IANA time zone (the CLI gives the computer's): their calendar and clock for the deadline, for a
   * `today` in `Z` (`new Date().toISOString()`), written at its offset or with no offset, summer time followed. Without it,
   * `today`'s offset (or zone) is theirs, and a `Z` names no one's clock. An unknown name throws a `UsageError`.
   */
  zone?: string;
  /** Characters the packet's font cannot draw in a text; when given, texts are checked before a build. */
  missingGlyphs?: (text: string) => string[];
  /** The profile as read, to place what is said about its values (its title, organization) at their lines. */
  profileSource?: YamlSource;
  /** The profile's own keys under a `# REVIEW:` comment (`reviewedKeys`), to say what its `review: true` is about. */
  profileMarks?: readonly string[];
  /** Leave the MB caps to the build, which fits the PDF under them (`build --fit`) and checks what it wrote. */
  sizeAfterBuild?: boolean;
  /** `build --cover` / `--no-cover`: whether the build makes a cover page; default the manifest's `options.cover`. */
  cover?: boolean;
  /** `build --separate`: one file per item, none of them a cover (a separate-files posting builds so anyway); `false` (`--no-separate`): one PDF with its cover, whatever the posting's format. */
  separate?: boolean;
  /** Where the profile is (a built-in id, or a file), so the hints that change it give the exact steps. */
  profileAt?: ProfileAt;
  /** Reads Markdown in texts (`loadMarkdown`); without it, texts are counted as plain text, markup included. */
  markdown?: MarkdownReader;
  /**
   * Lays out the pages the build makes (texts, links, the referees page) with the build's fonts, so their page
   * counts are exact; without it they are estimated from words and lines (a cap then holds against the densest).
   */
  pager?: Pager;
}

/** The pages the build would make for what the applicant typed, laid out as the build lays them out. */
export interface Pager {
  text(title: string, doc: TextDoc): number;
  link(title: string, url: string, note: TextDoc | undefined): number;
  referees(title: string, referees: readonly RefereeInfo[]): number;
  /**
   * The cover the build makes of these inputs (`plan`, then the cover's layout): its pages and the lines of its
   * contents list. Without it the cover is counted as one page, and the packet's count is not exact.
   */
  cover?(input: Omit<PlanInput, 'fonts' | 'tool'>): { pages: number; entries: number };
}

/** Report a diagnostic at a place in the manifest (at its key when `key`; at a line of a text, see `LocateOptions`). */
type At = (path: PathSegment[], d: Omit<Diagnostic, 'file' | 'line' | 'col' | 'path'>, key?: boolean | LocateOptions) => void;

/**
 * Whether the build makes one PDF: `separate: false` (`--no-separate`) does even for a separate-files posting,
 * `--separate` never does; without either, the posting's format decides.
 *
 * @example
 * buildsOnePdf({ separate: false, profile }); // true, whatever profile.submission.format says
 */
export function buildsOnePdf(input: { separate?: boolean | undefined; profile: Pick<Profile, 'submission'> }): boolean {
  return input.separate !== undefined ? !input.separate : input.profile.submission.format !== 'separate-files';
}

/**
 * Check a manifest against its profile and the facts about its files; report every problem in one pass.
 * Throws a `UsageError` for a `today` that is not a date or date-time, or a `zone` that is not a time zone (see `ValidateInput`).
 *
 * @example
 * const result = validate({ manifest, source, profile, files, today: '2025-11-01' });
 * result.items.find((i) => i.id === 'cv')?.status; // 'ok' | 'missing' | 'invalid' | ...
 */
export function validate(input: ValidateInput): ValidationResult {
  refuseOptions('validate', input);
  const { manifest, source, profile } = input;
  // A `today` the deadline rules cannot read would turn them off without a word: refused before anything else.
  const today = readToday(input.today);
  const zone = readZone(input.zone);
  const out: Diagnostic[] = [];
  const at: At = (path, d, key = false) => out.push(diagnosticAt(source, path, d, typeof key === 'boolean' ? { key } : key));

  checkItemIds(manifest, profile, source, at);
  const given = new Map(manifest.items.map((i) => [i.id, i]));
  const reports: ItemReport[] = [];
  const seenReferees: SeenReferees = { emails: new Map(), names: new Map() };
  const files: FileUse[] = [];
  let totalPages = 0;
  let totalBytes = 0;
  let generatedPages = 0;
  let pagesExact = true;
  for (const listed of orderedItems(profile)) {
    const before = out.length;
    // Referees' contacts whose letters the referees send: the contacts are checked as any, the letters refused alone.
    const contacts = contactsOnlyGiven(listed);
    const pItem = contacts ?? listed;
    const mItem = contacts ? withoutLetters(listed, given.get(listed.id), at) : given.get(listed.id);
    // Whom the letters are asked of goes with them ("only if ..."), as the cover says it.
    const report = { ...baseReport(pItem), ...(contacts && listed.sent_by ? { lettersSentBy: listed.sent_by, ...(listed.condition ? { condition: listed.condition } : {}) } : {}) };
    reports.push(report);
    // Sent by others (letters from the referees, transcripts from the university): never in the packet.
    if (pItem.sent_by) {
      report.status = 'direct';
      if (mItem?.later) report.later = mItem.later;
      if (pItem.condition) report.condition = pItem.condition;
      if (mItem && mItem.entries.length > 0) {
        const base = baseOf(source, mItem.path);
        at(mItem.path, { ...diag('item.sent-directly', { title: pItem.title, by: pItem.sent_by, ...(base ? { base: { file: base, id: pItem.id, manifest: source.file } } : {}), ...(pItem.stage === 'later' ? { later: true as const } : {}) }), item: pItem.id });
        report.status = 'invalid';
      }
      continue;
    }
    if (!mItem || (mItem.entries.length === 0 && mItem.later === undefined)) {
      // Lost to a syntax error before it, not left out: "missing" would send the applicant looking for the wrong fix.
      if (source.unread?.keys.has(pItem.id)) {
        report.status = 'unread';
        continue;
      }
      // Written, but no entry of it could be read (a typo in a key, `mail:` for `email:`): its own error says why.
      if (mItem && pItem.stage === 'required' && hasContent((source.value as { items?: Record<string, unknown> } | undefined)?.items?.[pItem.id])) {
        report.status = 'invalid';
        continue;
      }
      // Asked only of some applicants ("non-native speakers"): whether it applies is the applicant's to say.
      const conditional = pItem.stage === 'required' && pItem.condition !== undefined;
      report.status = conditional ? 'conditional' : pItem.stage === 'required' ? 'missing' : pItem.stage;
      if (conditional) report.condition = pItem.condition;
      if (conditional && !mItem) {
        at(['items', pItem.id], { ...diag('item.conditional', { title: pItem.title, id: pItem.id, condition: pItem.condition ?? '', forms: formsPhrase(pItem.accepts) }), item: pItem.id });
      } else if (pItem.stage === 'required' && !mItem) {
        at(['items', pItem.id], { ...diag('item.missing', { title: pItem.title, id: pItem.id, forms: formsPhrase(pItem.accepts), ...(pItem.review ? { guessed: true } : {}) }), item: pItem.id });
      }
      continue;
    }
    if (mItem.later !== undefined) {
      report.status = 'later';
      report.later = mItem.later;
      if (pItem.stage === 'required') at(mItem.path, { ...diag('item.later', { title: pItem.title, id: pItem.id, ...(input.profileAt ? { profile: input.profileAt } : {}), ...(pItem.review ? { guessed: true } : {}) }), item: pItem.id });
      continue;
    }
    checkUnwanted(pItem, mItem, profile, input.profileAt, at);
    checkLettersElsewhere(pItem, mItem, input, at);
    checkRefusedElsewhere(pItem, mItem, input, at);
    // Files refused as letters (or the whole item) are removed, not counted: no `limit.unchecked` beside the error.
    const refusedAt = new Set(out.slice(before).filter((d) => d.severity === 'error' && (d.code === 'item.not-wanted' || d.code === 'item.sent-directly')).map((d) => d.path ?? ''));
    const measured = new ItemCheck(pItem, input, at, seenReferees, refusedAt).run(mItem);
    report.entries = measured.entries;
    report.bytes = measured.bytes;
    if (measured.pages !== undefined) report.pages = measured.pages;
    if (measured.cappedPages !== undefined) report.cappedPages = measured.cappedPages;
    if (measured.words !== undefined) report.words = measured.words;
    if (measured.wordsUncounted) report.wordsUncounted = measured.wordsUncounted;
    if (measured.unchecked) report.unchecked = measured.unchecked;
    files.push(...measured.files);
    totalPages += measured.filePages ?? 0;
    totalBytes += measured.bytes;
    generatedPages += measured.generatedPages;
    pagesExact &&= measured.pagesExact;
    report.status = out.slice(before).some((d) => d.severity === 'error') ? 'invalid' : 'ok';
  }

  // One file per item has no cover to count, whatever the options say.
  const cover = buildsOnePdf(input) && (input.cover ?? manifest.options.cover !== false);
  const coverLaidOut = cover ? layoutCoverOf(input, today) : undefined;
  // A cover not laid out (no pager, or a file the build could not plan yet) is counted as one page, and said "about".
  if (cover && !coverLaidOut) pagesExact = false;
  const estimatedPages = totalPages + generatedPages + (cover ? (coverLaidOut?.pages ?? 1) : 0);
  for (const id of checkRepeats(files, source, at)) {
    const report = reports.find((r) => r.id === id);
    if (report) report.status = 'invalid';
  }
  const coverLayout = coverLaidOut ? { ...coverLaidOut, ...coverShortening(manifest, reports) } : undefined;
  checkPacket(profile, input.sizeAfterBuild ? 0 : totalBytes, { pages: estimatedPages, exact: pagesExact }, coverLayout ?? cover, files, at);
  out.push(...checkDeadline(profile, today, source, zone, input.profileAt));
  checkReviewed(profile, input.profileMarks ?? [], at);
  // A made-up posting's profile (or a copy still marked so) would put a made-up employer on a "Ready" packet's cover.
  if (profile.example) at(['profile'], diag('profile.example', { id: profile.id, ...(profile.organization ? { organization: profile.organization } : {}), copy: input.profileAt !== undefined && 'file' in input.profileAt }));
  checkApplicant(manifest, input, at, cover);
  checkDrawn(manifest, profile, input, cover, at, out);
  if (cover) checkCoverInvisible(manifest, at);
  if (cover) checkCoverMarkup(manifest, at);
  // The cover's note is typeset from its Markdown, as a link's note is: its links are clickable on the first page.
  const coverNote = typeof manifest.options.cover === 'object' ? manifest.options.cover.note : undefined;
  if (cover && coverNote) checkDocLinks(readText(coverNote, input.markdown), 'the cover', 'The cover note', (d) => at(['options', 'cover', 'note'], d));
  const lost = profile.submission.format === 'separate-files' ? nameInFiles(manifest, profile, source) : undefined;
  if (lost) out.push(lost);
  checkPlaceholders(source.value, [], at);
  const guessed = guessedKeys(profile, input.profileMarks ?? []);
  return { items: reports, diagnostics: sortDiagnostics(out), totals: { pages: estimatedPages, filePages: totalPages, bytes: totalBytes, estimatedPages, pagesExact, cover }, ...(coverLayout ? { coverLayout } : {}), ...(guessed.length ? { guessed } : {}) };
}

/**
 * The item's entries without the letters the referees send themselves, each refused at its line (a referee's `letter:`,
 * a letter given as a file): the contact details stay, and are checked and counted.
 */
function withoutLetters(pItem: ProfileItem, mItem: ManifestItem | undefined, at: At): ManifestItem | undefined {
  if (!mItem || !pItem.sent_by) return mItem;
  const by = pItem.sent_by;
  const refuse = (path: PathSegment[]) => at(path, { ...diag('item.sent-directly', { title: pItem.title, by, letter: true, ...(pItem.stage === 'later' ? { later: true as const } : {}) }), item: pItem.id });
  const entries = mItem.entries.flatMap((e): ManifestEntry[] => {
    if (e.form === 'file') {
      refuse(e.path);
      return [];
    }
    if (e.form !== 'referee' || e.letter === undefined) return [e];
    refuse([...e.path, 'letter']);
    const { letter: _letter, ...referee } = e;
    return [referee];
  });
  return { ...mItem, entries };
}

/**
 * Entries given for an item the posting asks for later, or not asked for now and of a kind it asks not to send: an imported profile may
 * hold such an item by mistake ("do not send letters at this stage"), and the packet would then carry them.
 * Refused letters are no refusal of referees given by their contact details.
 */
function checkUnwanted(pItem: ProfileItem, mItem: ManifestItem, profile: Profile, profileAt: ProfileAt | undefined, at: At): void {
  if (mItem.entries.length === 0) return;
  const where = profileAt ? { profile: profileAt } : {};
  // Refused letters leave referees given by their contact details alone; a kind refused and also required is said at the profile (`profile.not-wanted-item`).
  const letters = pItem.kind !== 'references' || mItem.entries.some((e) => e.form !== 'referee' || filesOf(e).length > 0);
  const refused = letters && pItem.stage !== 'required' ? (profile.not_wanted ?? []).find((n) => n.kind !== undefined && n.kind !== 'other' && n.kind === pItem.kind) : undefined;
  if (refused) at(mItem.path, { ...diag('item.not-wanted', { title: pItem.title, id: pItem.id, what: refused.what.trim(), ...where }), item: pItem.id }, true);
  else if (pItem.stage === 'later') at(mItem.path, { ...diag('item.asked-later', { title: pItem.title, id: pItem.id, ...where }), item: pItem.id }, true);
}

/** Whom a letter's words are read against: the applicant and the referees, by name, placeholder names left out. */
function letterPeople(manifest: Manifest): { applicant: NameParts | undefined; referees: string[] } {
  return {
    applicant: fillerName(manifest.applicant.name) ? undefined : nameParts(manifest.applicant.name),
    referees: manifest.items.flatMap((i) => i.entries.flatMap((e) => (e.form === 'referee' && !fillerName(e.name) ? [e.name] : []))),
  };
}

/**
 * A letter of recommendation given under another item ("Any other documents"), as a file, a pasted text or a link, by
 * its title (a link's note too) or its words, when the posting refuses letters, or wants them sent by the referees:
 * the packet would hold it all the same. The references item's letters are checked with it. So is a transcript, by
 * its title, when the issuer sends transcripts: a warning, as an unofficial copy may be welcome.
 */
function checkLettersElsewhere(pItem: ProfileItem, mItem: ManifestItem, input: ValidateInput, at: At): void {
  if (pItem.kind === 'references') return;
  const refused = refusedLetters(input.profile);
  const sent = input.profile.items.find((i) => i.sent_by === 'referees');
  const transcripts = pItem.kind === 'transcript' ? undefined : input.profile.items.find((i) => i.sent_by === 'issuer' && i.kind === 'transcript');
  if (!refused && !sent && !transcripts) return;
  const { applicant, referees } = letterPeople(input.manifest);
  const where = input.profileAt ? { profile: input.profileAt } : {};
  // Refused outright, else sent by others: the posting wants it from them, not from you.
  type Given = { file: string; pages?: LetterPages } | { entry: { form: 'text' | 'link'; title?: string } };
  // Found under this item, though `by` (the item others send) wants it from them.
  const sentDirectly = (path: PathSegment[], given: Given, by: ProfileItem | undefined, what: 'letter' | 'transcript') => {
    if (by?.sent_by) at(path, { ...diag('item.sent-directly', { title: by.title, by: by.sent_by, ...given, elsewhere: { under: pItem.title, id: pItem.id, what }, ...(by.stage === 'later' ? { later: true as const } : {}) }), item: pItem.id });
  };
  const letter = (path: PathSegment[], given: Given) => {
    if (refused) at(path, { ...diag('item.not-wanted', { title: pItem.title, id: pItem.id, what: refused.what.trim(), ...given, ...where }), item: pItem.id });
    else sentDirectly(path, given, sent, 'letter');
  };
  const transcript = (path: PathSegment[], given: Given) => sentDirectly(path, given, transcripts, 'transcript');
  for (const e of mItem.entries) {
    // A letter the referee e-mailed is pasted as a text, or linked to: refused as its file would be, by its title or its words.
    if (e.form === 'text' || e.form === 'link') {
      const entry = { form: e.form, ...(e.title !== undefined ? { title: e.title.trim() } : {}) };
      const words = e.form === 'text' ? textAsRead(readText(e.text, input.markdown)) : undefined;
      const titled = titledRecommendation(e.title, referees, words !== undefined ? [words] : undefined) || (e.form === 'link' && titledRecommendation(e.note, referees));
      if (titled || (words !== undefined && readsAsRecommendation([words], applicant, referees))) letter(e.path, { entry });
      else if (titledTranscript(e.title)) transcript(e.path, { entry });
      continue;
    }
    for (const ref of filesOf(e)) {
      const status = input.files.get(ref.ref);
      const texts = status?.status === 'ok' ? keptTextsOf(ref, status.facts) : undefined;
      if (titledRecommendation(e.title, referees, texts)) letter(ref.path, { file: ref.ref });
      else if (texts && readsAsRecommendation(texts, applicant, referees)) {
        // A letter appended to the CV (one upload per item): name its pages, so the CV is kept.
        const pages = status?.status === 'ok' ? letterPages(ref, status.facts, texts, (run) => readsAsRecommendation(run, applicant, referees)) : undefined;
        // Its pages named, the fix is the `pages:` the hint rewrites: said there when the manifest gives one.
        letter(pages && ref.pagesPath ? ref.pagesPath : ref.path, { file: ref.ref, ...(pages ? { pages } : {}) });
      } else if (titledTranscript(e.title)) transcript(ref.path, { file: ref.ref });
    }
  }
}

/**
 * A file, text or link under this item whose title (a photo's file name too) names a kind the posting refuses, other
 * than letters ("Bewerbungsfoto" under the CV when `not_wanted` says "a photo"): the packet would hold it all the same.
 */
function checkRefusedElsewhere(pItem: ProfileItem, mItem: ManifestItem, input: ValidateInput, at: At): void {
  const kinds = refusedKinds(input.profile, pItem, input.manifest.applicant.name);
  if (kinds.length === 0) return;
  const where = input.profileAt ? { profile: input.profileAt } : {};
  const refuse = (path: PathSegment[], title: string | undefined, given: { file: string } | { entry: { form: 'text' | 'link'; title?: string } }) => {
    const kind = kinds.find((k) => k.names(title, 'file' in given ? given.file : undefined));
    if (kind) at(path, { ...diag('item.not-wanted', { title: pItem.title, id: pItem.id, what: kind.what, is: kind.is, ...given, ...where }), item: pItem.id });
  };
  for (const e of mItem.entries) {
    if (e.form === 'text' || e.form === 'link') refuse(e.path, e.title, { entry: { form: e.form, ...(e.title !== undefined ? { title: e.title.trim() } : {}) } });
    else for (const ref of filesOf(e)) refuse(ref.path, e.title, { file: ref.ref });
  }
}

/**
 * The fewest pages in a row of a file's kept pages that read as a letter on their own (a supervisor's letter appended
 * as page 2 of the CV); undefined when only the whole file does, or it has one page or more than `MAX_LETTER_SCAN`.
 */
function letterPages(ref: FileRef, facts: InputFacts, texts: readonly string[], reads: (run: string[]) => boolean): LetterPages | undefined {
  const n = texts.length;
  if (n < 2 || n > MAX_LETTER_SCAN) return undefined;
  const selected = ref.pages === undefined ? undefined : measureSelection(ref.pages, ref.pagesPath ?? ref.path, ref.ref, facts);
  const kept = selected?.ok ? selected.pages : Array.from({ length: n }, (_, i) => i);
  if (kept.length !== n) return undefined;
  // Every letter of a bundle ("funding decision, letter, certificate, letter"), so one message and one `pages:` leave all out.
  const letters: number[][] = [];
  const taken = new Set<number>();
  for (;;) {
    const span = nextLetter(kept, texts, taken, reads);
    if (span === undefined) break;
    letters.push(span);
    for (const p of span) taken.add(p);
  }
  const rest = kept.filter((p) => !taken.has(p));
  if (letters.length === 0 || rest.length === 0) return undefined;
  const these = andList(letters.sort((a, b) => a[0]! - b[0]!).map((l) => selectionText(l).replace(/-/g, '\u2013')));
  return { these, many: taken.size > 1, rest: selectionText(rest), ...(letters.length > 1 ? { letters: letters.length } : {}) };
}

/** The fewest pages in a row, none of them `taken`, that read as a letter on their own, widened to the whole letter (`letterSpan`). */
function nextLetter(kept: readonly number[], texts: readonly string[], taken: ReadonlySet<number>, reads: (run: string[]) => boolean): number[] | undefined {
  const n = texts.length;
  for (let len = 1; len < n; len++) {
    for (let s = n - len; s >= 0; s--) {
      const run = kept.slice(s, s + len);
      if (run.some((p) => taken.has(p)) || !reads(texts.slice(s, s + len))) continue;
      return letterSpan(run, kept.filter((p) => !taken.has(p)), kept.flatMap((p, i) => (taken.has(p) ? [] : [texts[i]!])));
    }
  }
  return undefined;
}
/**
 * The pages that read as a letter, widened to the whole letter: back to its opening ("To whom it may concern,",
 * "Dear ...") and on to its closing, over the file's pages in order, none of them closing or opening another document.
 */
function letterSpan(run: readonly number[], kept: readonly number[], texts: readonly string[]): number[] {
  const textOf = new Map(kept.map((p, i) => [p, texts[i]!]));
  const closes = (t: string) => signatureLines([t]).closed;
  let first = Math.min(...run);
  let last = Math.max(...run);
  // A page that opens the letter and closes nothing was left out when the recommending words fall on the next page.
  if (!run.some((p) => opensLetter(textOf.get(p)!))) {
    for (let p = first - 1; p >= 0 && p >= first - LETTER_PAGES; p--) {
      const t = textOf.get(p);
      if (t === undefined || closes(t)) break;
      if (opensLetter(t)) {
        first = p;
        break;
      }
    }
  }
  if (!signatureLines(run.map((p) => textOf.get(p)!)).closed) {
    for (let p = last + 1; p <= last + LETTER_PAGES; p++) {
      const t = textOf.get(p);
      if (t === undefined || opensLetter(t)) break;
      if (closes(t)) {
        last = p;
        break;
      }
    }
  }
  return [...new Set([...run, ...kept.filter((p) => p >= first && p <= last)])].sort((a, b) => a - b);
}
/** Pages a letter may run to before its opening or its closing: further on is another document. */
const LETTER_PAGES = 4;

/** Pages beyond which a file is not searched for the letter inside it: a letter in a long file is blamed on the file. */
const MAX_LETTER_SCAN = 40;

/** A file's text, of the pages its `pages:` takes; undefined when it was not read. */
function keptTextsOf(ref: FileRef, facts: InputFacts): string[] | undefined {
  return ofKeptPages(ref, facts, facts.pageTexts);
}

/** A form's filled fields as "label: value" lines, of the pages its `pages:` takes. */
function labelledOf(ref: FileRef, facts: InputFacts): string[] | undefined {
  return ofKeptPages(ref, facts, facts.labelledFields);
}

/** Per-page texts of a file, of the pages its `pages:` takes; undefined when they were not read. */
function ofKeptPages(ref: FileRef, facts: InputFacts, texts: string[] | undefined): string[] | undefined {
  if (!texts || ref.pages === undefined) return texts;
  const selected = measureSelection(ref.pages, ref.pagesPath ?? ref.path, ref.ref, facts);
  return selected?.ok ? textsOfPages(texts, selected.pages) : undefined;
}

/**
 * Items a shared file (`extends: ../me.yaml`) gives that this posting does not ask for: left out of the packet with
 * a note, not refused, so one `me.yaml` serves postings that ask for different things. The manifest's own are checked.
 * So are referees' letters a shared file gives for an item that takes contact details only: the letter is left out,
 * the referee kept (removing the line from the shared file would take it from every posting that wants letters).
 *
 * @example
 * const { manifest: asked, diagnostics } = withoutUnaskedShared(manifest, profile, source); // bio from me.yaml: info
 */
export function withoutUnaskedShared(manifest: Manifest, profile: Profile, source: YamlSource, profileAt?: ProfileAt): { manifest: Manifest; diagnostics: Diagnostic[] } {
  const ids = profile.items.map((i) => i.id);
  const diagnostics: Diagnostic[] = [];
  const items = manifest.items.filter((item) => {
    if (ids.includes(item.id)) return true;
    const from = baseOf(source, item.path);
    if (from === undefined) return true;
    diagnostics.push(diagnosticAt(source, item.path, diag('item.left-out', { id: item.id, file: from, posting: profile.title, ids: listOr(ids) }), { key: true }));
    return false;
  });
  const kept = items.map((item) => {
    const listed = profile.items.find((i) => i.id === item.id);
    // Letters the referees send themselves are left out as those of an item of contacts only.
    const pItem = listed && (contactsOnlyGiven(listed) ?? listed);
    if (!pItem || pItem.accepts.includes('letter') || !pItem.accepts.includes('referee')) return item;
    const entries = item.entries.map((e) => {
      const from = e.form === 'referee' && e.letter !== undefined ? baseOf(source, [...e.path, 'letter']) : undefined;
      if (from === undefined || e.form !== 'referee') return e;
      diagnostics.push(diagnosticAt(source, [...e.path, 'letter'], diag('referee.letter-left-out', { name: e.name, title: pItem.title, file: from, posting: profile.title, id: pItem.id, ...(profileAt ? { profile: profileAt } : {}) })));
      const { letter: _letter, ...referee } = e;
      return referee;
    });
    return entries.some((e, i) => e !== item.entries[i]) ? { ...item, entries } : item;
  });
  const same = kept.length === manifest.items.length && kept.every((item, i) => item === manifest.items[i]);
  return { manifest: same ? manifest : { ...manifest, items: kept }, diagnostics };
}

/**
 * A path given in a shared file (`extends`) as that file writes it, relative to its own folder, with the
 * suggestion in the same terms: the message and its fix then match the line it points at.
 */
function asWritten(source: YamlSource, path: readonly PathSegment[], ref: string, suggestion?: string): { file?: string; base?: string; suggestion?: string } {
  const base = baseOf(source, path);
  if (base === undefined) return {};
  // A bare path (`cv: shared/cv.pdf`) is an entry's `file` once read: its path ends in 'file', the text does not.
  const raw = source.written?.(path) ?? (path.at(-1) === 'file' ? source.written?.(path.slice(0, -1)) : undefined);
  const written = typeof raw === 'string' ? raw : raw !== null && typeof raw === 'object' && typeof (raw as { file?: unknown }).file === 'string' ? (raw as { file: string }).file : undefined;
  if (written === undefined || !ref.endsWith(written)) return { base };
  // The rebased path is the base's folder, as the manifest sees it, then the path as written.
  const prefix = ref.slice(0, ref.length - written.length);
  const again = suggestion?.startsWith(prefix) ? suggestion.slice(prefix.length) : undefined;
  return { file: written, base, ...(again ? { suggestion: again } : {}) };
}

/** The shared file (`extends`) a manifest path was given in, or undefined: the manifest's own. */
function baseOf(source: YamlSource, path: readonly PathSegment[]): string | undefined {
  const from = source.locate(path).file;
  return from === undefined || from === source.file ? undefined : from;
}

/** Items of the manifest that the posting does not have. */
function checkItemIds(manifest: Manifest, profile: Profile, source: YamlSource, at: At): void {
  const ids = profile.items.map((i) => i.id);
  for (const item of manifest.items) {
    if (ids.includes(item.id)) continue;
    const guess = closest(item.id, ids);
    const odd = oddSpaceAt(source, item.path, item.id, true);
    at(item.path, diag('item.unknown', { id: item.id, posting: profile.title, ids: listOr(ids), ...(guess ? { guess } : {}), ...(odd ? { odd } : {}) }), true);
  }
}

function baseReport(p: ProfileItem): ItemReport {
  return {
    id: p.id,
    title: p.title,
    kind: p.kind,
    stage: p.stage,
    status: 'missing',
    accepts: p.accepts,
    entries: [],
    bytes: 0,
    limits: { min: p.min, max: p.max, max_pages: p.max_pages, max_pages_each: p.max_pages_each, max_words: p.max_words, max_chars: p.max_chars, max_mb: p.max_mb },
    ...(p.notes?.length ? { notes: p.notes } : {}),
    ...(p.sent_by ? { sentBy: p.sent_by } : {}),
  };
}

/** Referees seen so far across items, where each was first given: by email address, and by name (`personKey`). */
interface SeenReferees {
  /** The first referee of each address: where, and the name given (a second name there is another person's typo). */
  emails: Map<string, { path: PathSegment[]; name: string }>;
  /** The first referee of each name: where, its note, and what tells a namesake apart (address, affiliation). */
  names: Map<string, { path: PathSegment[]; note: string; name: string; email: string; affiliation?: string }>;
}

/** A file given for an item, for the checks across items (repeats, the largest files). */
interface FileUse {
  ref: string;
  path: PathSegment[];
  /** The item's title, for messages, and its id. */
  item: string;
  itemId: string;
  /** What it brings into the packet (its selected pages' share, with `pages:`); `size`: the whole file. */
  bytes: number;
  size: number;
  data: Uint8Array;
  /** The pages taken, with `pages:` (0-based). */
  pages?: number[];
  /** What its pages draw, hashed: the same document saved again by another program has it too. */
  fingerprint?: string;
  /** Its pages with content of their own (0-based), each hashed: the same page inside another file has the same print. */
  prints?: readonly { page: number; print: string }[];
  /** Its page count, when known. */
  filePages?: number;
}

/** What a file says of some of its pages, said again of those a `pages:` selection takes. */
const SELECTED_CODES: ReadonlySet<string> = new Set(['file.damaged-image', 'file.low-resolution', 'file.marks', 'file.redaction-unapplied']);
/** The notes on an input's form, said of the fields on the pages a `pages:` selection takes (`formFinding`). */
const FORM_CODES: ReadonlySet<string> = new Set(['file.forms', 'file.form-empty']);

/** What `pageMarks` says: said again of the pages a selection takes, and of an issued document's stamps apart. */
const MARK_CODES: ReadonlySet<string> = new Set(['file.marks', 'file.redaction-unapplied']);

/** Inline texts shorter than this are almost certainly not the document the posting asks for. */
const SHORT_TEXT_WORDS = 10;

/**
 * Words and characters an A4 page without countable text could hold at most, to judge whether it can pass a cap: a
 * dense page of 9-point text holds about 1,000 words and 7,000 characters.
 */
const WORDS_PER_SHEET = 1500;
const CHARS_PER_SHEET = 10_000;

/** Control characters other than line breaks and tabs: they cannot be printed. */
const CONTROL = /[\p{Cc}\p{Cs}](?<![\n\r\t])/gu;

/** `{ largest: 'docs/thesis.pdf (5.1 MB), docs/scan.pdf (2.0 MB)' }` for a size message: the files to compress first. */
function largest(files: readonly FileUse[]): { largest?: string } {
  const top = [...files].sort((a, b) => b.bytes - a.bytes).slice(0, 3);
  return top.length > 1 ? { largest: top.map((f) => `${f.ref} (${formatMb(f.bytes)})`).join(', ') } : {};
}

interface Measured {
  entries: EntryReport[];
  files: FileUse[];
  /** Pages, the tool's own included (texts estimated); `filePages` of the files alone. */
  pages?: number;
  /** Of `pages`, those its page cap counts, when fewer (`ItemReport.cappedPages`). */
  cappedPages?: number;
  filePages?: number;
  words?: number;
  chars?: number;
  wordsUncounted?: 'no-text' | 'some-pages';
  /** The caps `limit.unchecked` says are not checked. */
  unchecked?: ('max_words' | 'max_chars')[];
  bytes: number;
  generatedPages: number;
  /** Its pages are known exactly: its files' pages counted, its texts laid out as the build lays them out. */
  pagesExact: boolean;
}

/** The checks of one item that the applicant gave: its entries one by one, then their count and limits. */
class ItemCheck {
  private readonly entries: EntryReport[] = [];
  private pages = 0;
  private pagesKnown = true;
  /** Pages that long images hold beyond the one page each is placed on (`file.squeezed`), for the item's cap. */
  private heldExtra = 0;
  private words = 0;
  private wordsKnown = true;
  private chars = 0;
  private bytes = 0;
  /** Pages the tool makes for texts (estimated), links and the referees page. */
  private generated = 0;
  /** Of those, the ones known exactly (links, the referees page). */
  private exactGenerated = 0;
  /** Pages the generated texts take at the least (a bound, where `generated` is about): an item cap holds against it. */
  private generatedAtLeast = 0;
  /** The contacts page of an item that takes letters: its page cap is on the letters (`contactsCapped`), as its word cap is. */
  private uncappedContacts = 0;
  private readonly files: FileUse[] = [];
  /** A file of the item is missing, unreadable or refused (encrypted, not a PDF, not wanted): its own error says so, and no count could be made or matters. */
  private unread = false;
  /** A file's `pages:` cannot be used: its own error says so; the item's words and size wait for the pages it takes. */
  private unselected = false;
  /** Files of the item without selectable text (scans): their words are not known. */
  private readonly uncounted: string[] = [];
  /** Where the first of them is written: `limit.unchecked` names it, so it is said at its line (the item's may be another entry's). */
  private uncountedAt: PathSegment[] | undefined;
  /** Of those, the ones with text on pages their `pages:` leaves out: the selection is said, not the file. */
  private readonly uncountedSelections: Record<string, { selection: string; pages: number }> = {};
  /** Files with text whose other pages are scanned (1-based): their count is a lower bound. */
  private readonly partly: { file: string; pages: number[] }[] = [];
  /** One of them has text boxes typed onto its pages (FreeText), whose words are not read. */
  private uncountedTyped = false;
  /** One of them, or of the pages `partly` names, holds no image but text drawn as shapes (outlines), not scanned. */
  private uncountedDrawn = false;
  /** One of them holds neither an image nor text drawn as shapes (an icon, a frame): what it shows is not guessed. */
  private uncountedBare = false;
  /** The uncounted pages, in A4 pages of area (`WORDS_PER_SHEET`): what words they could hold at most. */
  private uncountedSheets = 0;
  /** Some words are unknown and could be any number (a file whose text could not be read): no bound holds. */
  private unbounded = false;
  /** The caps `limit.unchecked` said are not checked: the item's report carries them for scripts. */
  private unchecked: ('max_words' | 'max_chars')[] = [];

  constructor(
    private readonly p: ProfileItem,
    private readonly input: ValidateInput,
    private readonly atPlace: At,
    private readonly seenReferees: SeenReferees,
    /** Paths (`items.bio`, `items.bio[1].file`) of what an error already refuses as not wanted or sent by others. */
    private readonly refusedAt: ReadonlySet<string> = new Set(),
  ) {}

  run(m: ManifestItem): Measured {
    for (const e of m.entries) this.entry(e);
    const referees = m.entries.filter((e) => e.form === 'referee');
    if (referees.length) {
      const pages = this.input.pager?.referees(referees.length === 1 ? 'Referee' : 'Referees', referees.map(refereeInfo)) ?? 1;
      this.generated += pages;
      this.exactGenerated += pages;
      if (!contactsCapped(this.p)) this.uncappedContacts = pages;
    }
    this.checkCount(m);
    this.checkLimits(m);
    const untitled = isLetterItem(this.p) ? new Map() : untitledParts(this.p.title, m.entries);
    if (untitled.size) this.at(m.path, diag('item.untitled', { title: this.p.title, parts: [...untitled].map(([e, label]) => ({ file: e.form === 'file' ? e.file : '', label })) }));
    const needWords = this.p.max_words !== undefined || this.p.max_chars !== undefined;
    return {
      entries: this.entries,
      bytes: this.bytes,
      generatedPages: this.generated,
      pagesExact: this.pagesKnown && this.generated === this.exactGenerated,
      files: this.files,
      ...(this.pagesKnown ? { pages: this.pages + this.generated, filePages: this.pages } : {}),
      // The contacts page is in the packet but not under the letters' cap: both said, so a script compares the right one.
      ...(this.pagesKnown && this.uncappedContacts > 0 ? { cappedPages: this.pages + this.generated - this.uncappedContacts } : {}),
      ...(this.wordsKnown && (needWords || m.entries.some((e) => e.form === 'text')) ? { words: this.words, chars: this.chars } : {}),
      ...(this.uncounted.length > 0 ? { wordsUncounted: 'no-text' as const } : this.partly.length > 0 ? { wordsUncounted: 'some-pages' as const } : {}),
      ...(this.unchecked.length > 0 ? { unchecked: this.unchecked } : {}),
    };
  }

  private at(path: PathSegment[], d: Omit<Diagnostic, 'file' | 'line' | 'col' | 'path' | 'item'>, where?: LocateOptions): void {
    this.atPlace(path, { ...d, item: this.p.id }, where);
  }

  /** Each comment of a text (or a link's note), at its own line: left out of the packet, or, unclosed, printed. */
  private comments(doc: TextDoc, path: PathSegment[], where: string): void {
    for (const c of doc.comments ?? []) this.at(path, diag(c.closed ? 'text.comment' : 'text.comment-open', { where, comment: c.text }), { line: c.line });
  }

  /** Images and footnotes of a printed text (its comments taken out), at their lines: neither is printed as meant. */
  private unprinted(shown: string, path: PathSegment[], where: string): void {
    const { images, footnotes } = unprintedMarkup(shown);
    for (const i of images) this.at(path, diag('text.image', { where, alt: i.alt, src: i.src }), { line: i.line });
    // One warning per text: a footnote's mark and its definition say the same.
    const first = footnotes[0];
    const labels = new Set(footnotes.map((f) => f.label.replace(/:$/, '')));
    if (first) this.at(path, diag('text.footnote', { where, label: first.label, count: labels.size }), { line: first.line });
  }

  private entry(e: ManifestEntry): void {
    const report: EntryReport = { form: e.form, ...(e.title ? { title: e.title } : {}) };
    this.entries.push(report);
    // A title the manifest gives is drawn on the cover's contents (and as a heading on a text's or link's page).
    if (e.title) this.glyphs(e.title, [...e.path, 'title'], `The title "${e.title}"`);
    if (e.title) this.hidden(e.title, [...e.path, 'title'], 'the title', 'the contents would leave them out, the bookmark would keep them');
    const titled = e.title ? nameMarkup(e.title, { addresses: false }) : undefined;
    if (titled) this.at([...e.path, 'title'], diag('name.markup', { who: 'item', field: 'title', value: e.title!.trim(), of: this.p.title, ...titled }));
    const formProblem = checkEntryForm(this.p, e);
    if (formProblem) {
      this.at(e.path, diag('item.form', { title: this.p.title, ...formProblem }));
      return;
    }
    switch (e.form) {
      case 'file':
        this.file(filesOf(e)[0] as FileRef, report);
        if (this.p.kind === 'cv') this.cvSubject(filesOf(e)[0] as FileRef);
        return;
      case 'text':
        this.text(e, report);
        return;
      case 'link':
        this.link(e, report);
        return;
      case 'referee':
        this.referee(e, report);
        return;
      default:
        return assertNever(e);
    }
  }

  /** A signed file's note, told of the file the build makes for its item when each item is a file of its own (audit 24 F7). */
  private signed(file: string, signatures: number): Diagnostic {
    if (buildsOnePdf(this.input)) return diag('file.signed', { file, signatures });
    const given = this.input.manifest.items.find((i) => i.id === this.p.id);
    return diag('file.signed', { file, signatures, separate: given?.entries.length === 1 ? 'alone' : 'combined' });
  }

  /** `letterOf`: the referee whose `letter:` the file is. */
  private file(fileRef: FileRef, report: EntryReport, letterOf?: string): void {
    const { ref, path, pages: selection, pagesPath } = fileRef;
    report.file = ref;
    const status = this.input.files.get(ref);
    const facts = status?.status === 'ok' ? status.facts : undefined;
    // `pages:` is checked even when the file is missing (its syntax), and against the file's page count when it is there.
    const selected = selection !== undefined ? measureSelection(selection, pagesPath ?? path, ref, facts) : undefined;
    if (selected && !selected.ok) this.at(selected.path, selected.problem, selected.where);
    if (selected?.ok && selected.notice) this.at(selected.notice.path, selected.notice.problem);
    if (!status || status.status !== 'ok') {
      // A text, a link or a referee written where a path goes: "does not exist" would send them looking for a file.
      const looks = notAPath(ref);
      // A sentence under a referee's `letter:` ("will be sent directly") means no letter to give, not a text.
      if (looks) this.at(path, diag('file.not-found', { file: ref, looks, ...(looks === 'text' && letterOf !== undefined ? { letter: true as const } : {}) }));
      else if (status?.status === 'unreadable') this.at(path, diag('file.unreadable', { file: ref, reason: status.reason }));
      else {
        const written = asWritten(this.input.source, path, ref, status?.suggestion);
        // A non-breaking space copied with the name (from a web page or Word): it looks right and matches no file.
        // A bare path (`cv: my cv.pdf`) is an entry's `file` once read: the text has no `file` key.
        const typedAt = this.input.source.has(path) || path.at(-1) !== 'file' ? path : path.slice(0, -1);
        const odd = oddSpaceAt(this.input.source, typedAt, written.file ?? ref);
        this.at(path, diag('file.not-found', { file: ref, ...(status?.suggestion ? { suggestion: status.suggestion } : {}), ...written, ...(odd ? { odd } : {}) }));
      }
      this.pagesKnown = false;
      this.wordsKnown = false;
      this.unread = true;
      return;
    }
    const f = status.facts;
    // A file that cannot be used must be replaced or removed: one error is enough, its words' count is moot.
    const refused = [path, path.slice(0, 2), ...(pagesPath ? [pagesPath] : [])].some((p) => this.refusedAt.has(formatPath(p)));
    if (f.findings.some((x) => x.severity === 'error') || refused) this.unread = true;
    const use = selected?.ok ? selected : undefined;
    // The whole file is not what the applicant meant to send: its words and bytes would blame a cap falsely.
    const unselected = selected !== undefined && !selected.ok;
    if (unselected) this.unselected = true;
    if (use) {
      report.selection = use.text;
      if (f.pages !== undefined) report.filePages = f.pages;
    }
    const bytes = use ? use.bytes : f.bytes;
    report.type = f.type;
    report.bytes = bytes;
    if (!unselected) this.bytes += bytes;
    this.exampleSample(fileRef, status.facts, status.data, letterOf);
    this.files.push({ ref, path, item: this.p.title, itemId: this.p.id, bytes, size: f.bytes, data: status.data, ...(use ? { pages: use.pages } : {}), ...(f.fingerprint ? { fingerprint: f.fingerprint } : {}), ...(f.pagePrints ? { prints: f.pagePrints } : {}), ...(f.pages !== undefined ? { filePages: f.pages } : {}) });
    // Pages without text are counted among those the selection takes (page by page, where the text was read).
    const chars = use && f.pageChars;
    const read = use && chars ? use.pages.filter((i) => i < chars.length) : [];
    const empty = chars ? read.filter((i) => chars[i] === 0).length : 0;
    const blankOnly = use !== undefined && use.pages.length > 0 && use.pages.every((i) => f.blankPages?.includes(i));
    const blankFile = f.findings.some((x) => x.code === 'file.blank');
    // A scan's words are unknown, not 0: against a cap, `limit.unchecked` names it (in place of the note `file.no-text`).
    const capped = this.p.max_words !== undefined || this.p.max_chars !== undefined;
    const scan = capped && !blankFile && !unselected && (f.type === 'png' || f.type === 'jpeg' || (use && chars ? read.length > 0 && empty === read.length && !blankOnly : !use && f.words !== undefined && f.chars === 0));
    if (scan) {
      this.uncounted.push(ref);
      this.uncountedAt ??= path;
      // "mixed.pdf has no selectable text" is untrue of a file with text on the pages the selection leaves out.
      if (use && chars && chars.some((c) => c > 0)) this.uncountedSelections[ref] = { selection: use.text, pages: use.pages.length };
      if ((f.features?.typedText ?? 0) > 0) this.uncountedTyped = true;
      // No page it takes holds an image: the text is drawn as shapes, not scanned (an image file is a photo).
      const taken = use && chars ? read.filter((i) => chars[i] === 0) : Array.from({ length: f.pages ?? 0 }, (_, i) => i);
      if (f.type === 'pdf' && taken.length > 0 && taken.every((i) => f.imagelessPages?.includes(i))) {
        if (taken.some((i) => f.outlinedPages?.includes(i))) this.uncountedDrawn = true;
        else this.uncountedBare = true;
      }
      this.mayHold(f, use ? use.pages : undefined);
      report.wordsUncounted = 'no-text';
    }
    // Scanned pages beside the text (a blank page holds no words): the count is a lower bound, so the cap is not checked.
    const partly = capped && !scan && !blankFile && !unselected ? (f.uncountedPages ?? []).filter((i) => !use || use.pages.includes(i)) : [];
    if (partly.length > 0) {
      this.partly.push({ file: ref, pages: partly.map((i) => i + 1) });
      if (partly.some((i) => f.imagelessPages?.includes(i))) this.uncountedDrawn = true;
      this.mayHold(f, partly);
      this.uncountedAt ??= path;
      report.wordsUncounted = 'some-pages';
    }
    // A damaged image on a page the selection leaves out is not in the packet: said of the pages it takes.
    // So is a page scanned at too few pixels: one the selection leaves out cannot be read in the packet either way.
    // So is a mark or a redaction on a page it leaves out.
    // So are the form's fields: those on the pages it takes are in the packet, blank or filled in.
    const formOfPages = use && f.formPages;
    // On a document someone else issued (a diploma, a transcript), the issuer's own stamps are said apart: they belong there.
    const issued = ISSUED_KINDS.has(this.p.kind) || (this.p.kind === 'other' && ISSUED_TITLE.test(`${this.p.id.replace(/_/gu, ' ')} ${this.p.title}`));
    const remarked = f.pageMarks !== undefined && (use !== undefined || issued);
    // Under a word cap, a note on pages without text does not say "nothing to do unless the posting limits words".
    for (const finding of f.findings) if (!(use && SELECTED_CODES.has(finding.code)) && !(remarked && MARK_CODES.has(finding.code)) && !(formOfPages && FORM_CODES.has(finding.code)) && !((chars || scan || partly.length > 0) && finding.code === 'file.no-text')) this.at(path, capped && finding.code === 'file.no-text' ? { ...finding, hint: diag('file.no-text', { file: ref, empty: 0, pages: 1, capped: true }).hint } : finding.code === 'file.signed' ? this.signed(ref, f.features?.signatures ?? 1) : finding);
    if (remarked && f.pageMarks) for (const finding of findingsAbout(ref).pageMarks(use ? selectedMarks(f.pageMarks, use.pages) : f.pageMarks, issued)) this.at(path, finding);
    const formNote = formOfPages ? formFinding(findingsAbout(ref), formOfPages, formOfPages.mode ?? 'flatten', use.pages) : undefined;
    if (formNote) this.at(path, formNote);
    // A form value no font of the packet can print, or a radio choice no button shows, stays a field in the build: said here too, of the pages taken.
    const missing = this.input.missingGlyphs;
    const shown = !unselected ? (f.formValues ?? []).filter((v) => !use || v.pages.some((i) => use.pages.includes(i))) : [];
    const keptFields = formsKept(ref, shown.map((v) => ({ name: v.field, chars: v.undecided ? [] : (missing?.(v.value) ?? []), undecided: v.undecided === true })).filter((k) => k.undecided || k.chars.length > 0));
    if (keptFields) this.at(path, keptFields);
    if (use && chars && empty > 0 && !blankOnly && !blankFile && !scan && partly.length === 0) this.at(pagesPath ?? path, diag('file.no-text', { file: ref, empty, pages: read.length, selection: use.text, ...(capped ? { capped } : {}) }));
    // Said here, at `pages:`, with the build's counts: the build's own line is then a repeat and goes.
    const lost = use && f.destinations ? lostDestinations(f.destinations, use.pages) : undefined;
    if (use && lost && lost.links + lost.bookmarks > 0) this.at(pagesPath ?? path, diag('file.links-dropped', { file: ref, pages: use.text, ...lost }));
    const damagedImages = use && f.damagedImagePages?.filter((page) => use.pages.includes(page - 1));
    if (damagedImages && damagedImages.length > 0) this.at(path, diag('file.damaged-image', { file: ref, pages: damagedImages }));
    const coarse = use && f.lowResolutionPages?.filter((low) => use.pages.includes(low.page - 1));
    if (coarse) for (const finding of findingsAbout(ref).lowResolution(coarse)) this.at(path, finding);
    // A thumbnail of a transcript is fitted to A4 like any scan: its text comes out as a blur.
    // So is a scrolling screenshot of several pages, shrunk to fit one: it counts under a cap as the pages it holds.
    let held = 1;
    if ((f.type === 'png' || f.type === 'jpeg') && f.width !== undefined && f.height !== undefined && !f.findings.some((x) => x.severity === 'error')) {
      const dpi = placedDpi(f.width, f.height);
      if (dpi < MIN_SCAN_DPI) this.at(path, diag('file.low-resolution', { file: ref, dpi, width: f.width, height: f.height }));
      const length = scanLength(f.width, f.height);
      const cap = this.p.max_pages_each ?? this.p.max_pages;
      if (length > MAX_SCAN_LENGTH) {
        held = Math.round(length);
        const shape = { file: ref, pages: held, width: f.width, height: f.height };
        if (cap !== undefined && held > cap) {
          this.at(path, diag('limit.pages', { subject: ref, pages: held, max: cap, scope: 'image', ...(f.width > f.height ? { wide: true } : {}) }));
          held = 1;
        } else this.at(path, diag('file.squeezed', shape));
      }
    }
    // Pages with content elsewhere in the file, but only empty ones taken: the item would show blank pages.
    const blank = new Set(f.blankPages);
    if (use && use.pages.length > 0 && use.pages.every((i) => blank.has(i)) && !f.findings.some((x) => x.code === 'file.blank')) {
      this.at(pagesPath ?? path, diag('file.blank', { file: ref, pages: use.pages.length, selection: use.text }));
    }
    if (use && !refused) this.letterCut(fileRef, f, use.pages, use.text);
    const pages = use ? use.pages.length : f.pages;
    if (pages !== undefined && !(selected && !selected.ok)) {
      report.pages = pages;
      this.pages += pages;
      this.heldExtra += held - 1;
      // One poster-sized page is no way under a page cap: the cap counts pages of paper.
      const cap = this.p.max_pages_each ?? this.p.max_pages;
      if (cap !== undefined && f.oversized) this.at(path, diag('limit.pages', { subject: ref, pages, max: cap, scope: 'paper', size: `${cm(f.oversized.width)} × ${cm(f.oversized.height)} cm` }));
      const each = this.p.max_pages_each;
      // A referee's letter is theirs to shorten: `pages:` would cut its closing and signature.
      const letters = isLetterItem(this.p);
      if (each !== undefined && pages > each) this.at(pagesPath ?? path, diag('limit.pages', { subject: ref, pages, max: each, scope: 'each', of: this.p.title, ...(letters ? { letters } : { files: true }) }));
    } else this.pagesKnown = false;
    const kept = unselected ? undefined : this.keptTexts(fileRef, f);
    const other = kept ? this.otherLanguage(kept.join('\n')) : undefined;
    if (other) this.at(path, diag('file.language', { file: ref, title: this.p.title, ...other }));
    const words = scan || unselected ? undefined : use ? use.words : f.words;
    if (words !== undefined) {
      report.words = words;
      this.words += words;
      this.chars += (use ? use.chars : f.chars) ?? 0;
    } else {
      this.wordsKnown = false;
      if (!scan) this.unbounded = true;
    }
  }

  /**
   * `file.letter-cut`: a letter's `pages:` that leaves out the page where it closes and is signed. Of a file in an item
   * of letters (a referee's `letter:` too); under another item that takes letters, only of one that reads as a letter.
   */
  private letterCut(ref: FileRef, f: InputFacts, kept: readonly number[], selection: string): void {
    const letters = isLetterItem(this.p);
    // A letter the posting refuses, or wants from the referees, is said so under another item (`item.not-wanted`, `item.sent-directly`).
    const elsewhere = !letters && this.p.accepts.includes('letter') && !refusedLetters(this.input.profile) && !this.input.profile.items.some((i) => i.sent_by === 'referees');
    if ((!letters && !elsewhere) || !f.pageTexts) return;
    const { applicant, referees } = letterPeople(this.input.manifest);
    const cut = cutLetter(f.pageTexts, kept, applicant, referees);
    if (!cut || (elsewhere && !cut.certain)) return;
    const left = cut.keep.slice(kept.length).map((p) => p + 1);
    this.at(ref.pagesPath ?? ref.path, diag('file.letter-cut', { file: ref.ref, selection, left, line: cut.line, keep: selectionText(cut.keep), certain: cut.certain, letters }));
  }

  /** Adds the area of the pages (0-based; all of the file's when not given) whose words are not counted: an image is the pages it holds. */
  private mayHold(f: InputFacts, pages: readonly number[] | undefined): void {
    if (f.type === 'png' || f.type === 'jpeg') {
      if (f.width !== undefined && f.height !== undefined) this.uncountedSheets += scanLength(f.width, f.height);
      else this.unbounded = true;
    } else if (pages) for (const i of pages) this.uncountedSheets += f.pageSheets?.[i] ?? 1;
    else if (f.pages !== undefined) for (let i = 0; i < f.pages; i++) this.uncountedSheets += f.pageSheets?.[i] ?? 1;
    else this.unbounded = true;
  }

  private text(e: Extract<ManifestEntry, { form: 'text' }>, report: EntryReport): void {
    // Counted as read: Markdown's `**`, `- ` and link addresses are not words.
    const doc = readText(e.text, this.input.markdown);
    const read = textAsRead(doc);
    const w = countWords(read);
    report.words = w;
    const laidOut = this.input.pager?.text(e.title ?? this.p.title, doc);
    const estimate = laidOut === undefined ? estimateGeneratedPages(e, w) : { about: laidOut, atLeast: laidOut };
    report.pages = estimate.about;
    if (laidOut === undefined) this.generatedAtLeast += estimate.atLeast;
    else this.exactGenerated += laidOut;
    this.words += w;
    this.chars += countChars(read);
    this.generated += report.pages;
    const path = [...e.path, 'text'];
    // Only a comment: the starter's or the applicant's placeholder (manifest.placeholder), nothing more to say.
    const onlyComment = w === 0 && FILLER_TEXT.test(e.text) && (doc.comments ?? []).every((c) => c.closed);
    if (!onlyComment) this.comments(doc, path, `The text of ${this.p.title}`);
    if (w === 0 && !onlyComment) this.at(path, diag('text.empty', { title: this.p.title }));
    else if (w > 0 && w < SHORT_TEXT_WORDS && !isPlaceholder(e.text)) this.at(path, diag('text.short', { title: this.p.title, words: w, text: read.replace(/\s+/g, ' ') }));
    checkDocLinks(doc, this.p.title, undefined, (d) => this.at(path, d));
    // What is printed: a comment is not.
    const shown = stripComments(e.text).text;
    this.controls(shown, path, `The text of ${this.p.title}`);
    this.unprinted(shown, path, `The text of ${this.p.title}`);
    for (const d of invisibleFindings(shown, `The text of ${this.p.title}`)) this.at(path, d.finding, { line: d.line });
    this.glyphs(shown, path, `The text of ${this.p.title}`, { text: true });
    const other = this.otherLanguage(read);
    if (other) this.at(path, diag('text.language', { title: this.p.title, ...other }));
    const about = isExampleApplicant(this.input.manifest.applicant) ? undefined : exampleTextOf(shown);
    if (about !== undefined) this.at(path, diag('text.example-sample', { title: this.p.title, about }));
  }

  /** The other language a text the applicant wrote for this item is clearly in, when the profile names the posting's. */
  private otherLanguage(text: string): OtherLanguage | undefined {
    const expected = this.input.profile.language;
    return expected !== undefined && WRITTEN_KINDS.has(this.p.kind) ? otherLanguage(text, expected) : undefined;
  }

  private controls(text: string, path: PathSegment[], where: string): void {
    const chars = [...new Set(text.match(CONTROL) ?? [])];
    if (chars.length) this.at(path, diag('text.control', { where, chars }));
  }

  private link(e: Extract<ManifestEntry, { form: 'link' }>, report: EntryReport): void {
    report.link = e.link;
    const note = e.note ? readText(e.note, this.input.markdown) : undefined;
    report.pages = this.input.pager?.link(e.title ?? this.p.title, e.link.trim(), note) ?? 1;
    if (note) this.comments(note, [...e.path, 'note'], `The note of ${e.title ?? this.p.title}`);
    // The note's own links are clickable on the link's page: held to the rules of a text's.
    if (note) checkDocLinks(note, this.p.title, `The note of ${e.title ?? this.p.title}`, (d) => this.at([...e.path, 'note'], d));
    if (e.note) this.glyphs(stripComments(e.note).text, [...e.path, 'note'], `The note of ${e.title ?? this.p.title}`);
    if (e.note) for (const d of invisibleFindings(stripComments(e.note).text, `The note of ${e.title ?? this.p.title}`)) this.at([...e.path, 'note'], d.finding, { line: d.line });
    this.generated += report.pages;
    this.exactGenerated += report.pages;
    const problem = checkLink(e.link);
    const char = invisibleChar(e.link.trim());
    // A link still holding a template's slot is said once, as the placeholder it is (manifest.placeholder).
    if (linkSlot(e.link) !== undefined) return;
    if (problem) this.at([...e.path, 'link'], diag('link.invalid', { link: e.link, reason: problem, ...(char !== undefined ? { char } : {}) }));
    const owner = problem ? undefined : ownerOnlyLink(e.link);
    if (owner) this.at([...e.path, 'link'], diag('link.owner-only', { link: e.link.trim(), service: owner }));
    // The link page prints the title as its heading, above the address: a title that is another address misleads.
    if (!problem && e.title !== undefined && (shownHostDiffers(e.title, e.link) || shownAddressDiffers(e.title, e.link))) {
      this.at([...e.path, 'title'], diag('text.link-mismatch', { title: this.p.title, shown: e.title.trim(), url: e.link.trim(), heading: true }));
    }
  }

  private referee(e: Extract<ManifestEntry, { form: 'referee' }>, report: EntryReport): void {
    const letter = filesOf(e)[0]?.ref;
    report.referee = { name: e.name, email: e.email, ...(e.affiliation ? { affiliation: e.affiliation } : {}), ...(e.position ? { position: e.position } : {}), ...(e.relation ? { relation: e.relation } : {}), ...(e.phone ? { phone: e.phone } : {}), ...(letter ? { letter } : {}) };
    // A zero-width space or direction mark copied along: the address looks right, and mail to it bounces.
    const char = invisibleChar(e.email.trim());
    // None given (''): the parser said so, at the referee ("Jukka Nieminen has no email address").
    const typo = char === undefined && e.email !== '' ? emailTypo(e.email) : undefined;
    if (e.email !== '' && (char !== undefined || !checkEmail(e.email) || typo?.wrong)) {
      const bare = char === undefined ? bareAddress(e.email) : undefined;
      this.at([...e.path, 'email'], diag('referee.email', { name: e.name, email: e.email, ...(char !== undefined ? { char } : {}), ...(bare !== undefined ? { bare } : {}), ...(typo?.wrong && checkEmail(e.email) ? { end: true as const, ...(typo.meant !== undefined ? { meant: typo.meant } : {}) } : {}) }));
    } else if (e.email !== '') {
      if (typo && !typo.wrong) this.at([...e.path, 'email'], diag('referee.email-typo', { name: e.name, email: e.email, meant: typo.meant }));
      // Copied from an automated message of the referee's university: a well-formed address nobody reads.
      if (noReplyAddress(e.email)) this.at([...e.path, 'email'], diag('referee.email-noreply', { name: e.name.trim(), email: e.email.trim() }));
      // The name's letters typed into the address ("asa.ødegård@"): most university mail systems refuse such mail.
      const foreign = nonAsciiMailbox(e.email);
      if (foreign) this.at([...e.path, 'email'], diag('referee.email-non-ascii', { name: e.name.trim(), email: e.email.trim(), letters: foreign.letters.join(', '), ...(foreign.ascii !== undefined ? { ascii: foreign.ascii } : {}), ...(foreign.alt !== undefined ? { alt: foreign.alt } : {}) }));
      const key = e.email.trim().toLowerCase();
      const first = this.seenReferees.emails.get(key);
      const own = this.input.manifest.applicant.email;
      if (own !== undefined && mailbox(e.email) === mailbox(own)) {
        this.at([...e.path, 'email'], diag('referee.own-email', { name: e.name, email: e.email, ...(key !== own.trim().toLowerCase() ? { yours: own.trim() } : {}) }));
      } else if (first) {
        const pos = this.input.source.locate(first.path);
        // Two names at one address: two people, one address mistyped; "remove the repeated referee" would drop one of them.
        const [one, two] = [personKey(first.name), personKey(e.name)];
        const others = one !== '' && two !== '' && !fillerName(first.name) && !fillerName(e.name) && one !== two ? { name: e.name.trim(), other: first.name.trim() } : {};
        this.at([...e.path, 'email'], diag('referee.duplicate', { email: e.email, line: pos.line, ...(pos.file ? { file: pos.file } : {}), ...others }));
      } else {
        this.seenReferees.emails.set(key, { path: [...e.path, 'email'], name: e.name });
        this.nameInEmail(e);
      }
      // The same person under a second address would count twice toward "three referees".
      // A slot ("Name", "(name)") is said as a placeholder, not as the same person twice or as you.
      const name = fillerName(e.name) ? '' : personKey(e.name);
      // Your name at another address: you under a second mailbox, or a namesake ("Li Na" and Prof. Na Li at Harvard).
      const yours = own !== undefined && mailbox(e.email) === mailbox(own);
      if (name !== '' && !yours && name === personKey(this.input.manifest.applicant.name)) {
        this.at([...e.path, 'name'], diag('referee.self', { name: e.name.trim(), email: e.email.trim(), ...(own !== undefined ? { yours: own.trim() } : {}) }));
      }
      const sameName = name === '' ? undefined : this.seenReferees.names.get(name);
      // "Mikko Korhonen (to be asked)" is Mikko Korhonen; "(Aalto)" after one of two Mikko Korhonens tells them apart.
      const note = personNote(e.name);
      if (sameName && !first && note === sameName.note) {
        const pos = this.input.source.locate(sameName.path);
        // One mailbox written two ways is one person; two addresses may be two people of one common name.
        const same = mailbox(e.email) === mailbox(sameName.email);
        const at = e.affiliation?.trim();
        this.at([...e.path, 'name'], diag('referee.same-name', {
          name: e.name.trim(), line: pos.line, ...(pos.file ? { file: pos.file } : {}), other: sameName.name, email: e.email.trim(), otherEmail: sameName.email,
          ...(same ? { same: true as const } : {}), ...(at ? { at } : {}), ...(sameName.affiliation ? { otherAt: sameName.affiliation } : {}),
        }));
      } else if (!sameName && name !== '') {
        const affiliation = e.affiliation?.trim();
        this.seenReferees.names.set(name, { path: [...e.path, 'name'], note, name: e.name.trim(), email: e.email.trim(), ...(affiliation ? { affiliation } : {}) });
      }
    }
    // A form's example name that real people have too: a look, not a refusal (the slot words are manifest.placeholder).
    const example = fillerName(e.name) ? undefined : exampleName(e.name);
    // An address pasted into the name: the referees page would print it as the person.
    const mailInName = emailIn(e.name);
    const markup = nameMarkup(e.name);
    if (markup) this.at([...e.path, 'name'], diag('name.markup', { who: 'referee', name: e.name.trim(), ...markup }));
    else if (mailInName !== undefined) {
      const only = e.name.replace(mailInName, '').replace(/[\s<>()"',;:]|mailto/gu, '') === '';
      this.at([...e.path, 'name'], diag('referee.name-email', { name: e.name.trim(), email: mailInName, only }));
    } else if (example !== undefined) this.at([...e.path, 'name'], diag('referee.example-name', { name: e.name.trim(), language: example }));
    else if (!fillerName(e.name) && oneWordName(e.name)) this.at([...e.path, 'name'], diag('referee.one-name', { name: e.name.trim() }));
    if (e.phone !== undefined && !placeholderPhone(e.phone) && shortPhone(e.phone)) this.at([...e.path, 'phone'], diag('referee.phone', { name: e.name, phone: e.phone.trim() }));
    // A name or email missing is the parser's to say; the details only this posting asks for are said here.
    for (const detail of this.p.contact ?? []) {
      if (detail === 'name' || detail === 'email' || e[detail]?.trim()) continue;
      this.at(e.path, diag('referee.missing-contact', { name: e.name.trim(), detail, title: this.p.title }));
    }
    // Each detail at its own line: the referees page draws them all.
    for (const key of ['affiliation', 'position', 'relation', 'phone'] as const) {
      const found = e[key] ? nameMarkup(e[key], { addresses: false }) : undefined;
      if (found) this.at([...e.path, key], diag('name.markup', { who: 'referee', field: key, value: e[key]!.trim(), of: e.name.trim(), ...found }));
    }
    for (const key of ['name', 'affiliation', 'position', 'relation', 'phone'] as const) {
      const value = e[key];
      if (value) this.glyphs(value, [...e.path, key], key === 'name' ? "The referee's name" : `The ${key} of the referee ${e.name}`, key === 'name' ? { name: 'referee', value: value.trim() } : {});
      if (value) this.hidden(value, [...e.path, key], key === 'name' ? "the referee's name" : `the ${key} of the referee ${showHidden(e.name)}`, 'the referees page would leave them out');
    }
    if (!e.letter) return;
    // A letter goes into the packet only where the posting accepts letters.
    if (!this.p.accepts.includes('letter')) this.at([...e.path, 'letter'], diag('referee.letter', { name: e.name, title: this.p.title, id: this.p.id, ...(this.input.profileAt ? { profile: this.input.profileAt } : {}) }));
    else {
      this.file(filesOf(e)[0] as FileRef, report, e.name);
      this.letterSigner(filesOf(e)[0] as FileRef, e.name, true);
    }
  }

  /**
   * Who signed a letter, against the referee the packet names it after (`referee`; none for a numbered letter):
   * your own name with theirs nowhere in it is no letter of theirs, another referee's may be a swap; so may a
   * `letter:` file named after another referee (`byName`). A letter without text (a scan) is not judged.
   */
  private letterSigner(ref: FileRef, referee: string | undefined, byName: boolean): void {
    const status = this.input.files.get(ref.ref);
    if (status?.status !== 'ok') return;
    const applicant = this.input.manifest.applicant.name;
    // A slot is manifest.placeholder's; you as your own referee is referee.self's.
    if (referee !== undefined && (fillerName(referee) || personKey(referee) === personKey(applicant))) return;
    const own = referee !== undefined ? nameParts(referee) : undefined;
    if (referee !== undefined && !own) return;
    const others = [...new Set(this.input.manifest.items.flatMap((i) => i.entries.flatMap((e) => (e.form === 'referee' ? [e.name] : []))))]
      .filter((n) => !fillerName(n) && personKey(n) !== personKey(referee ?? '') && personKey(n) !== personKey(applicant))
      .flatMap((n) => {
        const parts = nameParts(n);
        return parts ? [{ name: n.trim(), parts }] : [];
      });
    const texts = this.keptTexts(ref, status.facts);
    const people = [fillerName(applicant) ? undefined : nameParts(applicant), own, ...others.map((o) => o.parts)];
    const signed = texts ? signerOf(texts, people) : undefined;
    const named = own !== undefined && texts !== undefined && namesPerson(texts, own);
    const file = ref.ref;
    // A letter about someone else, your name nowhere in it: whoever signed it, it does not recommend you.
    // A form's labelled values too ("applicant: Pekka Laine"): its page text shows the label apart from the field.
    const subject = texts ? otherSubject([...texts, ...(labelledOf(ref, status.facts) ?? [])], people) : undefined;
    if (subject !== undefined) this.at(ref.path, diag('referee.letter-subject', { file, subject, ...(referee !== undefined ? { name: referee.trim() } : {}) }));
    // Only a name right after a closing signs: at a letter's end without one it may be the last words about you.
    if (signed?.by === 0 && signed.closed && !named) {
      this.at(ref.path, diag('referee.letter-self', { file, signed: signed.line, ...(referee !== undefined && own ? { name: referee.trim(), family: own.shown } : {}) }));
    } else if (own && referee !== undefined && signed !== undefined && signed.by >= 2 && !named) {
      this.at(ref.path, diag('referee.letter-signer', { file, name: referee.trim(), signed: signed.line, family: own.shown }));
    } else if (byName && own && referee !== undefined && signed?.by !== 1 && !namedInFileName(file, own) && this.swappedFile(ref, referee, own, others)) {
      return;
    } else if (own && referee !== undefined && texts !== undefined && signed === undefined && mentionsName(texts, referee) === false) {
      // Signed by someone the manifest does not know, who names the referee nowhere: the cover would print a false sender.
      const stranger = strangerSigner(texts, people);
      if (stranger !== undefined) this.at(ref.path, diag('referee.letter-stranger', { file, name: referee.trim(), signed: stranger, family: own.shown }));
    }
  }

  /** `file.example-sample` when a file is a sample document of the bundled examples, given by another applicant. */
  private exampleSample(ref: FileRef, facts: InputFacts, data: Uint8Array, letterOf: string | undefined): void {
    if (isExampleApplicant(this.input.manifest.applicant) || !isSampleFile(facts, data)) return;
    this.at(ref.path, diag('file.example-sample', { file: ref.ref, title: this.p.title, ...(letterOf !== undefined ? { letter: letterOf.trim() } : {}) }));
  }

  /** `file.cv-subject` when the CV is headed with somebody else's name and email, and names you nowhere. */
  private cvSubject(ref: FileRef): void {
    const status = this.input.files.get(ref.ref);
    const applicant = this.input.manifest.applicant.name;
    const own = fillerName(applicant) ? undefined : nameParts(applicant);
    const texts = status?.status === 'ok' && own ? this.keptTexts(ref, status.facts) : undefined;
    const heading = texts && own ? cvHeading(texts, own) : undefined;
    if (heading) this.at(ref.path, diag('file.cv-subject', { file: ref.ref, ...heading }));
  }

  /** `referee.letter-file` when the `letter:` file is named after another referee, not this one; whether it was said. */
  private swappedFile(ref: FileRef, referee: string, own: NameParts, others: readonly { name: string; parts: NameParts }[]): boolean {
    const other = others.find((o) => namedInFileName(ref.ref, o.parts) && o.parts.family !== own.family);
    if (other) this.at(ref.path, diag('referee.letter-file', { file: ref.ref, name: referee.trim(), other: other.name }));
    return other !== undefined;
  }

  /** A letter's or a CV's text, of the pages its `pages:` takes; undefined when it was not read. */
  private keptTexts(ref: FileRef, facts: InputFacts): string[] | undefined {
    return keptTextsOf(ref, facts);
  }

  /**
   * A referee's address made of your name at any domain (your university address pasted in: an error), or of another
   * referee's name and not this one's (copied from their entry: a warning). A referee who shares the name is left be.
   */
  private nameInEmail(e: Extract<ManifestEntry, { form: 'referee' }>): void {
    if (fillerName(e.name)) return;
    const local = localName(e.email);
    const own = ownLocals(e.name);
    if (own.has(local)) return;
    const applicant = this.input.manifest.applicant.name;
    if (nameLocals(applicant).has(local)) {
      this.at([...e.path, 'email'], diag('referee.own-email', { name: e.name, email: e.email, named: applicant.trim() }));
      return;
    }
    // Your given name alone ("aino@tuni.fi") may be another Aino's: a warning, where your whole name is an error.
    if (givenLocals(applicant).has(local)) {
      this.at([...e.path, 'email'], diag('referee.email-given-name', { name: e.name, email: e.email, named: applicant.trim() }));
      return;
    }
    const other = this.input.manifest.items
      .flatMap((i) => i.entries)
      .find((o): o is Extract<ManifestEntry, { form: 'referee' }> => o.form === 'referee' && o !== e && !fillerName(o.name) && nameLocals(o.name).has(local));
    if (other === undefined) return;
    const pos = this.input.source.locate([...other.path, 'name']);
    this.at([...e.path, 'email'], diag('referee.other-email', { name: e.name, email: e.email, other: other.name.trim(), line: pos.line, ...(pos.file ? { file: pos.file } : {}) }));
  }

  private hidden(value: string, path: PathSegment[], what: string, effect: string): void {
    const problem = hiddenProblem(value, what, effect);
    if (problem) this.at(path, problem);
  }

  /** `text.glyph` at `path`; `how` says what the value is (a name, an item's text), for the hint. */
  private glyphs(text: string, path: PathSegment[], where: string, how: { name?: 'referee'; value?: string; text?: boolean } = {}): void {
    const chars = this.input.missingGlyphs?.(text) ?? [];
    if (chars.length) this.at(path, diag('text.glyph', { where, chars, ...how }));
  }

  /** Bare letters: whom each is signed by, and those the packet cannot name after a referee: numbered on the cover, said here (before: a second "Letter from" him). */
  private checkLetterNames(m: ManifestItem): void {
    const p = this.p;
    const manifest = this.input.manifest;
    const referees = manifest.items.flatMap((i) => i.entries.flatMap((e) => (e.form === 'referee' ? [e.name] : [])));
    if (!isLetterItem(p)) return;
    const bare = m.entries.filter((e): e is Extract<ManifestEntry, { form: 'file' }> => e.form === 'file');
    if (referees.length === 0) {
      for (const e of bare) this.letterSigner(filesOf(e)[0] as FileRef, undefined, false);
      return;
    }
    const names = letterNames(bare.map((e) => e.file), referees, p.title, lettersGiven(manifest));
    bare.forEach((e, i) => {
      const name = names[i];
      if (name) this.letterSigner(filesOf(e)[0] as FileRef, name.referee, false);
      if (!name || name.referee !== undefined || e.title !== undefined || bare.length === 1) return;
      this.at(e.path, diag('referee.unnamed-letter', { file: e.file, title: name.title, ...(name.taken ? { taken: name.taken } : {}) }));
    });
  }

  private checkCount(m: ManifestItem): void {
    this.checkLetterNames(m);
    const p = this.p;
    const { count, folded } = countPeople(p, m.entries, this.input.manifest);
    const min = p.min ?? (p.stage === 'required' ? 1 : 0);
    if (count >= min && (p.max === undefined || count <= p.max)) return;
    // Too few only because an entry written is an error of its own ("`phone` should be text"): blamed once, there.
    if (count < min && count + (m.unreadEntries ?? 0) >= min && (p.max === undefined || count + (m.unreadEntries ?? 0) <= p.max)) return;
    const noun: [string, string] = p.accepts.includes('referee') ? ['referee', 'referees'] : ['entry', 'entries'];
    const base = baseOf(this.input.source, m.path);
    this.at(m.path, diag('item.count', { title: p.title, count, noun, min, ...(p.max !== undefined ? { max: p.max } : {}), ...(folded.length ? { folded } : {}), ...(base ? { base: { file: base, id: p.id, manifest: this.input.source.file } } : {}), ...(p.review ? { guessed: true } : {}) }));
  }

  private checkLimits(m: ManifestItem): void {
    const p = this.p;
    // A long image counts as the pages it holds (one alone over the cap is said at its line, and counts as one).
    const pages = this.pages + this.heldExtra + this.exactGenerated - this.uncappedContacts;
    if (p.max_pages !== undefined && this.pagesKnown && pages > p.max_pages) {
      const text = m.entries.some((e) => e.form === 'text');
      this.at(m.path, diag('limit.pages', { subject: p.title, pages, max: p.max_pages, scope: 'item', ...(isLetterItem(p) && !text ? { letters: true } : { files: m.entries.some((e) => filesOf(e).length > 0) }), ...(text ? { item: true } : {}), ...(this.heldExtra > 0 ? { held: true } : {}) }));
    } else if (p.max_pages !== undefined && this.pagesKnown && pages + this.generatedAtLeast > p.max_pages) {
      // A text's pages are known only once it is laid out; it is an error here when it is over even at its densest.
      this.at(m.path, diag('limit.pages', { subject: p.title, pages: this.pages + this.generated - this.uncappedContacts, max: p.max_pages, scope: 'text' }));
    }
    const needWords = p.max_words !== undefined || p.max_chars !== undefined;
    // Counted words already over the cap are said by `limit.words`: the scanned pages only add to them.
    const over = (p.max_words !== undefined && this.words > p.max_words) || (p.max_chars !== undefined && this.chars > p.max_chars);
    const partly = this.wordsKnown && this.partly.length > 0 && !over;
    // The uncounted pages, full of dense text, would still leave the words within the cap: it cannot be passed (the JSON keeps `wordsUncounted`).
    const passable = this.unbounded || (p.max_words !== undefined && this.words + this.uncountedSheets * WORDS_PER_SHEET > p.max_words) || (p.max_chars !== undefined && this.chars + this.uncountedSheets * CHARS_PER_SHEET > p.max_chars);
    if (needWords && (!this.wordsKnown || partly) && passable && !this.unread && !this.unselected && m.entries.some((e) => e.form === 'file')) {
      this.unchecked = (['max_words', 'max_chars'] as const).filter((k) => p[k] !== undefined);
      this.at(this.uncountedAt ?? m.path, diag('limit.unchecked', { title: p.title, ...(p.max_words !== undefined ? { max_words: p.max_words } : {}), ...(p.max_chars !== undefined ? { max_chars: p.max_chars } : {}), ...(this.uncounted.length > 0 ? { files: this.uncounted } : {}), ...(Object.keys(this.uncountedSelections).length > 0 ? { selections: this.uncountedSelections } : {}), ...(this.uncountedTyped ? { typed: true } : {}), ...(this.uncountedDrawn ? { drawn: true } : {}), ...(this.uncountedBare ? { bare: true } : {}), ...(partly ? { partly: this.partly, counted: p.max_words !== undefined ? this.words : this.chars } : {}) }));
    }
    if (p.max_words !== undefined && this.words > p.max_words) this.at(m.path, diag('limit.words', { title: p.title, count: this.words, max: p.max_words }));
    if (p.max_chars !== undefined && this.chars > p.max_chars) this.at(m.path, diag('limit.chars', { title: p.title, count: this.chars, max: p.max_chars }));
    if (p.max_mb !== undefined && !this.input.sizeAfterBuild && this.bytes > p.max_mb * 1e6) {
      this.at(m.path, diag('limit.size', { subject: p.title, bytes: this.bytes, max: p.max_mb, scope: 'item', ...largest(this.files) }));
    }
    // A separate-files portal caps each upload: each item is one file, its own files plus what the build adds.
    // The item's own cap, when tighter, is on the same file; `build` measures the file against both.
    const s = this.input.profile.submission;
    const own = p.max_mb !== undefined && (s.max_mb === undefined || p.max_mb < s.max_mb);
    const cap = own ? p.max_mb : s.max_mb;
    if (s.format === 'separate-files' && cap !== undefined && !this.input.sizeAfterBuild && this.bytes > 0) {
      if (!own && this.bytes > cap * 1e6) this.at(m.path, diag('limit.size', { subject: p.title, bytes: this.bytes, max: cap, scope: 'file', ...largest(this.files) }));
      else if (nearCap(this.bytes, cap, FILE_FIXED_BYTES)) this.at(m.path, diag('limit.size-near', { bytes: this.bytes, max: cap, file: p.title, ...(own ? { own } : {}) }));
    }
  }
}

/**
 * How many entries an item has, counting people in an item of letters: a letter given as a bare file that the
 * packet names after a referee of this item ("Letter from Prof. Mikko Korhonen"), or after the same referee as an
 * earlier bare letter, is that person's letter, not one more reference.
 */
function countPeople(p: ProfileItem, entries: readonly ManifestEntry[], manifest: Manifest): { count: number; folded: { file: string; name: string }[] } {
  if (!isLetterItem(p)) return { count: entries.length, folded: [] };
  const allReferees = manifest.items.flatMap((i) => i.entries.flatMap((e) => (e.form === 'referee' ? [e.name] : [])));
  const referees = new Set(entries.flatMap((e) => (e.form === 'referee' ? [personKey(e.name)] : [])));
  const lettersOf = new Set<string>();
  const folded: { file: string; name: string }[] = [];
  let count = 0;
  for (const e of entries) {
    const name = e.form === 'file' ? refereeOfLetter(e.file, allReferees) : undefined;
    const key = name === undefined ? undefined : personKey(name);
    if (e.form === 'file' && name !== undefined && key !== undefined && (referees.has(key) || lettersOf.has(key))) {
      folded.push({ file: e.file, name });
      continue;
    }
    if (key !== undefined) lettersOf.add(key);
    count++;
  }
  return { count, folded };
}

/** A person's name for comparing: no accents, case, titles or punctuation ("Prof. Dr. Åsa Ødegård" = "asa odegard"). */
function personKey(name: string): string {
  return name
    // A note after the name is not part of it: "Prof. Mikko Korhonen (to be asked)".
    .replace(/\([^()]*\)|\[[^\]]*\]/gu, ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/giu, 'o')
    .toLowerCase()
    .replace(/\b(?:prof(?:essor)?|dr|mr|mrs|ms|phd|ph\.d|dipl|ing)\b\.?/gu, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    // "Korhonen, Mikko" and "Mikko Korhonen" are one name.
    .split(' ')
    .sort()
    .join(' ');
}

/** What a name's notes in parentheses say of who it is: "aalto" of "Mikko Korhonen (Aalto)"; '' for none, or "(to be asked)". */
function personNote(name: string): string {
  return (name.match(/\([^()]*\)|\[[^\]]*\]/gu) ?? [])
    .filter((n) => !pendingNote(n))
    .map((n) => n.slice(1, -1).trim().toLowerCase())
    .join(' ');
}

/**
 * The links of a text, a link's note or the cover's note as typeset: not clickable (`text.link`); clickable ones held
 * to the rules of a `link:` entry, mail links to those of a referee's `email:`, both to the names kept for examples
 * (`manifest.placeholder`), and their words to the address they open (`text.link-mismatch`). `where` names the
 * text in the messages ("The cover note"; default "The text of <title>"); each finding is said once.
 */
function checkDocLinks(doc: TextDoc, title: string, where: string | undefined, say: (d: Finding) => void): void {
  const w = where !== undefined ? { where } : {};
  for (const url of new Set(doc.unsafeLinks)) say(diag('text.link', { title, url, ...w }));
  const said = new Set<string>();
  const once = (d: Finding): void => {
    const key = `${d.code} ${d.message}`;
    if (said.has(key)) return;
    said.add(key);
    say(d);
  };
  const reserved = (value: string, link: boolean): void => {
    const name = reservedDomain(value);
    if (name) once(diag('manifest.placeholder', { value, reserved: name, link, where: where ?? `The text of ${title}` }));
  };
  for (const { href, shown } of doc.links ?? []) {
    const mail = mailtoAddresses(href);
    if (mail) {
      for (const email of mail) {
        const char = invisibleChar(email);
        if (char !== undefined || !checkEmail(email)) once(diag('text.link-invalid', { title, url: href, reason: 'email', email, ...(char !== undefined ? { char } : {}), ...w }));
        else reserved(email, false);
      }
    } else {
      const problem = checkLink(href);
      if (problem && problem !== 'scheme' && problem !== 'not-url') once(diag('text.link-invalid', { title, url: href, reason: problem, ...w }));
      if (!problem) reserved(href, true);
      if (problem) continue;
    }
    if (shownMailDiffers(shown, href)) once(diag('text.link-mismatch', { title, shown: shown.trim(), url: href, ...(mail ? { mail: mail.join(', ') } : {}), ...w }));
    else if (shownHostDiffers(shown, href) || shownAddressDiffers(shown, href)) {
      const resolver = identifierAddress(shown);
      once(diag('text.link-mismatch', { title, shown: shown.trim(), url: href, ...(resolver !== undefined ? { resolver } : {}), ...w }));
    }
  }
}

/** A profile from `packet profile import` that still has guesses nobody checked. */
function checkReviewed(profile: Profile, marks: readonly string[], at: At): void {
  // The profile's own fields (its title, organization, dates, or whether its list of items is complete), each once.
  const places = reviewPlaces(profile, marks, 'its title, dates or list of items');
  if (places.length) at(['profile'], diag('profile.unreviewed', { places: places.join(', ') }));
}

/**
 * The same document given twice (by content: a copy under another name counts), reported at the repeat; returns
 * the ids of the items that hold a repeat.
 */
function checkRepeats(files: readonly FileUse[], source: YamlSource, at: At): string[] {
  const bySize = new Map<number, FileUse[]>();
  const byPrint = new Map<string, FileUse[]>();
  /** Each page's print, with the first file that put it in the packet. */
  const byPage = new Map<string, { use: FileUse; page: number }>();
  const repeated: string[] = [];
  for (const f of files) {
    // One PDF may hold two documents (a transcript and a diploma scanned together): different pages are no repeat.
    // A copy saved again by another program has other bytes but draws the same pages (its fingerprint).
    const same =
      (bySize.get(f.size) ?? []).find((g) => (g.ref === f.ref || sameBytes(g.data, f.data)) && overlap(g.pages, f.pages)) ??
      (f.fingerprint ? (byPrint.get(f.fingerprint) ?? []).find((g) => overlap(g.pages, f.pages)) : undefined);
    if (same) {
      const line = source.locate(same.path).line;
      at(f.path, { ...diag('file.duplicate', { file: f.ref, first: same.ref, firstItem: same.item, line, same: same.ref === f.ref }), item: f.itemId });
      repeated.push(f.itemId);
      continue;
    }
    bySize.set(f.size, [...(bySize.get(f.size) ?? []), f]);
    if (f.fingerprint) byPrint.set(f.fingerprint, [...(byPrint.get(f.fingerprint) ?? []), f]);
    // Not the same document, but pages of one inside it: a bio merged into the plan, the CV's pages reordered.
    const shared = sharedPages(f, byPage);
    if (shared) {
      const { g, pairs } = shared;
      const line = source.locate(g.path).line;
      const pages = pairedPages(pairs);
      const rest = (f.pages ?? Array.from({ length: f.filePages ?? 0 }, (_, i) => i)).filter((p) => !pairs.some(([mine]) => mine === p));
      at(f.path, {
        ...diag('file.duplicate', { file: f.ref, first: g.ref, firstItem: g.item, line, same: false, pages: { ...pages, ...(rest.length > 0 ? { rest: selectionText(rest) } : {}) } }),
        item: f.itemId,
      });
      repeated.push(f.itemId);
    }
    for (const { page, print } of f.prints ?? []) {
      if ((!f.pages || f.pages.includes(page)) && !byPage.has(print)) byPage.set(print, { use: f, page });
    }
  }
  return repeated;
}

/**
 * The pages of `f` (it takes) that an earlier file already put in the packet, as [its page, that file's page]
 * (0-based), with the first file they come from; undefined when none does. A first page two files share while
 * each goes on with pages of its own is a cover sheet made for both (a portal's, a build's), not a repeat.
 */
function sharedPages(f: FileUse, byPage: ReadonlyMap<string, { use: FileUse; page: number }>): { g: FileUse; pairs: [number, number][] } | undefined {
  const byUse = new Map<FileUse, [number, number][]>();
  for (const { page, print } of f.prints ?? []) {
    const first = f.pages && !f.pages.includes(page) ? undefined : byPage.get(print);
    if (first && first.use !== f) byUse.set(first.use, [...(byUse.get(first.use) ?? []), [page, first.page]]);
  }
  const taken = (u: FileUse): number => u.pages?.length ?? u.filePages ?? 0;
  for (const [g, pairs] of byUse) {
    const cover = pairs.length === 1 && pairs[0]![0] === 0 && pairs[0]![1] === 0 && taken(f) > 1 && taken(g) > 1;
    if (!cover) return { g, pairs: pairs.sort((a, b) => a[0] - b[0]) };
  }
  return undefined;
}

/** `{ these: '1 and 2', those: '2 and 1', many: true }`: pages of one file (1-based) and the pages of another they are, in runs. */
function pairedPages(pairs: readonly [number, number][]): { these: string; those: string; many: boolean } {
  const runs = pageRuns(pairs);
  const shown = runs.length > 6 ? runs.slice(0, 5) : runs;
  const list = (at: 0 | 1): string => {
    const parts = shown.map((r) => (r[2] === 1 ? `${r[at] + 1}` : `${r[at] + 1}–${r[at] + r[2]}`));
    if (shown.length < runs.length) return `${parts.join(', ')} and ${runs.length - shown.length} more`;
    return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
  };
  return { these: list(0), those: list(1), many: pairs.length > 1 };
}

/** `2-6, 8`: pages (0-based, ascending) as a `pages:` value. */
function selectionText(pages: readonly number[]): string {
  return pageRuns(pages.map((p) => [p, p] as const))
    .map(([a, , n]) => (n === 1 ? `${a + 1}` : `${a + 1}-${a + n}`))
    .join(', ');
}

/** Pairs of pages that go on together ([3, 7], [4, 8], ...) as runs: [first of one, first of the other, length]. */
function pageRuns(pairs: readonly (readonly [number, number])[]): [number, number, number][] {
  const runs: [number, number, number][] = [];
  for (const [mine, theirs] of pairs) {
    const last = runs.at(-1);
    if (last && mine === last[0] + last[2] && theirs === last[1] + last[2]) last[2]++;
    else runs.push([mine, theirs, 1]);
  }
  return runs;
}

/** Whether two uses of a file share a page (a use without `pages:` takes them all). */
function overlap(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  if (!a || !b) return true;
  const set = new Set(a);
  return b.some((p) => set.has(p));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function longestOf(files: ReadonlyArray<{ file?: string; pages?: number }>): { longest?: string } {
  const longest = longestFiles(files);
  return longest ? { longest } : {};
}

/**
 * The cover the build would make, laid out by the pager, when the build could plan the packet now: every file read,
 * its `pages:` usable (`plan` refuses anything else). Its date is today's: one line, whatever the date.
 */
function layoutCoverOf(input: ValidateInput, today: string): { pages: number; entries: number } | undefined {
  const { manifest, profile, files } = input;
  if (!input.pager?.cover) return undefined;
  for (const ref of manifest.items.flatMap((i) => i.entries.flatMap(filesOf))) {
    const status = files.get(ref.ref);
    if (status?.status !== 'ok') return undefined;
    const f = status.facts;
    if (ref.pages !== undefined && f.type !== 'png' && f.type !== 'jpeg' && 'problem' in selectPages(ref.pages, f.pages ?? 0)) return undefined;
  }
  const day = today.slice(0, 10);
  // `cover: true` keeps a `cover: { note }` block, as `--cover` does: here there is a cover, whatever made it.
  return input.pager.cover({ manifest, profile, files, buildDate: new Date(`${day}T12:00:00Z`), buildDay: day, overrides: { cover: true }, ...(input.markdown ? { markdown: input.markdown } : {}) });
}

/** What on a cover of more than one page the applicant can shorten: files' own `title:`s, the note, the address, items not sent. */
function coverShortening(manifest: Manifest, reports: readonly ItemReport[]): Omit<CoverLayout, 'pages' | 'entries'> {
  const block = typeof manifest.options.cover === 'object' ? manifest.options.cover : undefined;
  const absent = block?.show_absent === false ? 0 : reports.filter((r) => r.status === 'optional' || r.status === 'conditional').length;
  return {
    titles: manifest.items.some((i) => i.entries.some((e) => e.form === 'file' && e.title !== undefined)),
    note: block?.note !== undefined,
    address: (manifest.applicant.address ?? '').split(/\r?\n/).filter((l) => l.trim() !== '').length > 1,
    ...(absent > 0 ? { absent } : {}),
  };
}

function checkPacket(profile: Profile, bytes: number, { pages, exact }: { pages: number; exact: boolean }, cover: boolean | CoverLayout, files: readonly FileUse[], at: At) {
  const s = profile.submission;
  // At the `items:` key, where the built PDF's figures replace them (atPacketCaps).
  if (s.max_mb !== undefined && s.format === 'single-pdf' && bytes > s.max_mb * 1e6) {
    at(['items'], diag('limit.size', { subject: 'Your files', bytes, max: s.max_mb, scope: 'files', ...largest(files) }), true);
  } else if (s.max_mb !== undefined && s.format === 'single-pdf' && bytes > 0 && nearCap(bytes, s.max_mb)) {
    at(['items'], diag('limit.size-near', { bytes, max: s.max_mb }), true);
  }
  if (s.max_pages !== undefined && pages > s.max_pages) {
    // A cover of one page is "its cover included"; a longer one is said, with what fills it.
    const long = typeof cover === 'object' && cover.pages > 1 ? { longCover: cover } : {};
    at(['items'], diag('limit.pages', { subject: 'The packet', pages, max: s.max_pages, scope: 'estimate', ...(cover ? { cover: true } : {}), ...long, ...(exact ? { exact } : {}), ...longestOf(files.map((f) => ({ file: f.ref, pages: f.pages?.length ?? f.filePages }))) }), true);
  }
}

/** A phone that is a placeholder ("TBC", "-"), which manifest.placeholder says: no second word about its digits. */
function placeholderPhone(phone: string): boolean {
  return isPlaceholder(phone) || isFiller('phone', phone.trim(), phone.trim());
}

/** Every value still holding one of the starter manifest's placeholders (`packet init`), or filler, wherever it is. */
function checkPlaceholders(value: unknown, path: PathSegment[], at: At): void {
  if (typeof value === 'string') {
    const key = path[path.length - 1];
    const v = value.trim();
    // A text's comments are not printed: a "TODO" in one is a note the applicant keeps (text.comment says so).
    const shown = key === 'text' || key === 'note' ? stripComments(v).text : v;
    if (isPlaceholder(value)) at(path, diag('manifest.placeholder', { value: v }));
    // Paths the tool reads or writes, never shown to a reviewer: `output: .` is the manifest's folder, not filler.
    else if (path.length === 1 && (key === 'output' || key === 'profile' || key === 'extends')) return;
    // A note for an item to come later may well say "TBD", not "TODO:"; everything else a reviewer would read as it is.
    else if (key === 'later' ? laterFiller(v) : isFiller(typeof key === 'string' ? key : '', v, shown)) {
      // A slot inside a longer value is named, since the value is cut at 60 characters.
      const slot = key === 'later' ? undefined : textSlot(shown);
      at(path, diag('manifest.placeholder', { value: v.length > 60 ? `${v.slice(0, 57)}...` : v, filler: true, ...(key === 'name' && roleName(v) ? { role: true } : {}), ...(key === 'later' ? { later: true } : {}), ...(slot !== undefined && slot !== v ? { slot } : {}) }));
    } else if ((key === 'link' || key === 'website') && linkSlot(v) !== undefined) {
      at(path, diag('manifest.placeholder', { value: v.length > 60 ? `${v.slice(0, 57)}...` : v, slot: linkSlot(v) as string }));
    } else if (key === 'email' || key === 'link' || key === 'website' || (key === 'title' && /^(?:https?:\/\/|www\.)/iu.test(v))) {
      // A title written as an address is printed as a link page's heading and bookmark: held to a link's names.
      const reserved = reservedDomain(v);
      if (reserved) at(path, diag('manifest.placeholder', { value: v.length > 60 ? `${v.slice(0, 57)}...` : v, reserved, link: key !== 'email' }));
    }
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => checkPlaceholders(v, [...path, i], at));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) checkPlaceholders(v, [...path, k], at);
  }
}

/**
 * `text.invisible` for each invisible character of a drawn text that would change what its page shows (a direction
 * override, words joined by zero-width spaces), with the line of the text it is first on (0-based), for `LocateOptions`.
 */
function invisibleFindings(text: string, where: string): { finding: Finding; line: number }[] {
  return invisibleTrouble(text).map((t) => ({
    finding: diag('text.invisible', { where, char: t.char, count: t.count, effect: t.effect, context: around(text, t.index) }),
    line: (text.slice(0, t.index).match(/\n/gu) ?? []).length,
  }));
}

/**
 * `manifest.invalid` for a one-line value holding characters no one sees (a bell, a direction override pasted from a
 * web form), named by code point: the pages draw the value without them, the PDF's details and bookmarks keep them.
 */
function hiddenProblem(value: string, what: string, effect: string): Finding | undefined {
  // A line break or tab inside ("Aino\nVirtanen", pasted or written "\n" in quotes) is kept as raw as a bell is.
  const brk = lineBreakIn(value);
  if (brk) {
    const said = effect.replace(/\bthem\b/gu, 'it');
    return invalid('manifest', `${what} "${value.trim().replace(/\s+/gu, ' ')}" holds ${brk.kind} after "${brk.before}": ${said}`, brk.fix);
  }
  const chars = hiddenChars(value);
  if (!chars.length) return undefined;
  const list = chars.map(charName).join(', ');
  const said = chars.length === 1 ? effect.replace(/\bthem\b/gu, 'it') : effect;
  return invalid('manifest', `${what} "${showHidden(value)}" holds ${chars.length === 1 ? 'a character' : 'characters'} no one can see (${list}): ${said}`, 'retype it by hand: what cannot be seen came with it when it was copied');
}

function checkApplicant(manifest: Manifest, input: ValidateInput, at: At, cover: boolean) {
  const hidden = hiddenProblem(manifest.applicant.name, 'your name', "the cover and the page stamps would leave them out, the PDF's title and author would keep them");
  if (hidden) at(['applicant', 'name'], hidden);
  const markup = nameMarkup(manifest.applicant.name);
  if (markup) at(['applicant', 'name'], diag('name.markup', { who: 'applicant', name: manifest.applicant.name.trim(), ...markup }));
  const email = manifest.applicant.email;
  const char = email === undefined ? undefined : invisibleChar(email.trim());
  if (email !== undefined && char !== undefined) {
    at(['applicant', 'email'], invalid('manifest', `your email "${showInvisible(email)}" contains an invisible character (${charName(char)}): mail to it would not arrive`, INVISIBLE_EMAIL_FIX));
  } else if (email !== undefined && !checkEmail(email)) {
    const bare = bareAddress(email);
    at(['applicant', 'email'], invalid('manifest', `your email "${email}" is not a valid email address`, bare !== undefined ? `keep only the address: \`email: ${bare}\`` : 'write the whole address, e.g. aino.virtanen@helsinki.fi'));
  }
  else if (email !== undefined) {
    // Printed on the cover as the address a reviewer writes to: a mistyped ending or provider loses their reply.
    const typo = emailTypo(email);
    if (typo?.wrong) at(['applicant', 'email'], invalid('manifest', `your email "${email.trim()}" ends in ".${email.trim().split('.').at(-1) ?? ''}", which no address has: a reviewer's reply would not arrive`, typo.meant !== undefined ? `did you mean ${typo.meant}?` : 'check it: after the last dot comes a country (.fi, .pl, .uk) or an ending such as .com, .org or .edu'))
    else if (typo) at(['applicant', 'email'], diag('applicant.email-typo', { email: email.trim(), meant: typo.meant }));
    // Copied from an automated message as a referee's may be: the reviewer's invitation would go nowhere.
    if (!typo?.wrong && noReplyAddress(email)) at(['applicant', 'email'], diag('applicant.email-noreply', { email: email.trim() }));
    const foreign = nonAsciiMailbox(email);
    if (foreign) at(['applicant', 'email'], diag('applicant.email-non-ascii', { email: email.trim(), letters: foreign.letters.join(', '), ...(foreign.ascii !== undefined ? { ascii: foreign.ascii } : {}), ...(foreign.alt !== undefined ? { alt: foreign.alt } : {}) }));
  }
  // Printed on the cover under the name, where a reviewer looks for it to invite you: checked as a referee's is.
  const phone = manifest.applicant.phone;
  if (cover && phone !== undefined && !placeholderPhone(phone) && shortPhone(phone)) at(['applicant', 'phone'], diag('applicant.phone', { phone: phone.trim() }));
  const chars = input.missingGlyphs?.(manifest.applicant.name) ?? [];
  if (chars.length) at(['applicant', 'name'], diag('text.glyph', { where: 'Your name', chars, name: 'yours', value: manifest.applicant.name.trim() }));
  // Printed under the name on the cover and clickable there: held to the rules of a `link:` item. A bare host
  // ("ainovirtanen.fi") is printed as typed, not linked; it is checked as the https:// address a reader would type.
  const website = manifest.applicant.website;
  if (website !== undefined && website.trim() !== '' && !isPlaceholder(website)) {
    const bare = !/^[a-z][a-z0-9+.-]*:(?!\d)/iu.test(website.trim()) && /^[^\s/]+\.[^\s/]/u.test(website.trim());
    const problem = checkLink(bare ? `https://${website.trim()}` : website);
    const invisible = invisibleChar(website.trim());
    if (problem && linkSlot(website) === undefined) at(['applicant', 'website'], diag('link.invalid', { link: website, reason: problem, website: true, ...(invisible !== undefined ? { char: invisible } : {}) }));
  }
  const orcid = manifest.applicant.orcid;
  const orcidProblem = orcid === undefined ? undefined : checkOrcid(orcid).problem;
  if (orcid !== undefined && orcidProblem) at(['applicant', 'orcid'], diag('applicant.orcid', { orcid, problem: orcidProblem }));
}

/** `name.markup` for your phone and address and the notes on items to send later: the cover prints them as typed. */
function checkCoverMarkup(manifest: Manifest, at: At): void {
  for (const key of ['phone', 'address'] as const) {
    const value = manifest.applicant[key];
    const found = value ? nameMarkup(value, { addresses: false }) : undefined;
    if (found) at(['applicant', key], diag('name.markup', { who: 'applicant', field: key, value: value!.trim(), ...found }));
  }
  for (const item of manifest.items) {
    const found = item.later ? nameMarkup(item.later, { addresses: false }) : undefined;
    if (found) at([...item.path, 'later'], { ...diag('name.markup', { who: 'item', field: 'later', value: item.later!.trim(), of: item.id, ...found }), item: item.id });
  }
}

/** `text.invisible` for the free text the cover draws besides the posting's: the cover note, the notes on items to send later, your address. */
function checkCoverInvisible(manifest: Manifest, at: At): void {
  const say = (value: string | undefined, path: PathSegment[], where: string, item?: string): void => {
    if (value !== undefined) for (const d of invisibleFindings(value, where)) at(path, { ...d.finding, ...(item !== undefined ? { item } : {}) }, { line: d.line });
  };
  say(typeof manifest.options.cover === 'object' ? manifest.options.cover.note : undefined, ['options', 'cover', 'note'], 'The cover note');
  for (const item of manifest.items) say(item.later, [...item.path, 'later'], `The note on "${item.id}" to send later`, item.id);
  say(manifest.applicant.address, ['applicant', 'address'], 'Your address');
}

/**
 * `text.glyph` for the strings the build draws besides the texts, names and titles checked with their items, each
 * at its own place: the applicant's other details, a `later:` note, the cover's note (manifest); the posting's title,
 * organization, reference and address, and its items' titles (profile, at its own lines when its source is known,
 * else at `profile:`). The cover draws most of them, the page stamps and the generated pages' headings the items'.
 */
function checkDrawn(manifest: Manifest, profile: Profile, input: ValidateInput, cover: boolean, at: At, out: Diagnostic[]): void {
  const missing = input.missingGlyphs;
  if (!missing) return;
  const check = (value: string | undefined, path: PathSegment[], where: string): void => {
    const chars = value === undefined ? [] : missing(value);
    if (chars.length) at(path, diag('text.glyph', { where, chars }));
  };
  if (cover) {
    for (const key of ['email', 'phone', 'website', 'address'] as const) check(manifest.applicant[key], ['applicant', key], `Your ${key}`);
    const note = typeof manifest.options.cover === 'object' ? manifest.options.cover.note : undefined;
    check(note, ['options', 'cover', 'note'], 'The cover note');
    for (const item of manifest.items) if (item.later) check(item.later, [...item.path, 'later'], `The note on "${item.id}" to send later`);
  }
  const stamps = manifest.options.stamps !== false;
  for (const { value, path, item } of profileDrawn(profile)) {
    // The item's title: on the cover's contents, in the page stamps, and as the heading of its generated pages.
    const given = item === undefined ? undefined : manifest.items.find((m) => m.id === item);
    const drawn = item === undefined ? cover : cover || (stamps && given !== undefined && given.entries.length > 0) || given?.entries.some((e) => (e.form === 'text' || e.form === 'link') && !e.title);
    if (!drawn) continue;
    const d = profileGlyph(value, path, item, missing);
    if (!d) continue;
    if (input.profileSource) out.push(diagnosticAt(input.profileSource, path, d));
    else at(['profile'], d);
  }
}

/** The profile's strings a build may draw: its title, organization, reference and address (the cover), its items' titles. */
function profileDrawn(profile: Profile): { value: string | undefined; path: PathSegment[]; item?: string }[] {
  return [
    { value: profile.title, path: ['title'] },
    { value: profile.organization, path: ['organization'] },
    { value: profile.reference, path: ['reference'] },
    { value: profile.source, path: ['source'] },
    ...profile.items.map((item, i) => ({ value: item.title, path: ['items', i, 'title'], item: item.id })),
  ];
}

/** `text.glyph` for a string of the profile, in the words validate and `profile check` both use. */
function profileGlyph(value: string | undefined, path: PathSegment[], item: string | undefined, missing: (text: string) => string[]): Diagnostic | undefined {
  const chars = value === undefined ? [] : missing(value);
  if (!chars.length) return undefined;
  const where = item !== undefined ? `The title of the item "${item}"` : ({ title: "The posting's title", organization: "The posting's organization", reference: "The posting's reference" } as Record<string, string>)[String(path[0])] ?? "The posting's address";
  return diag('text.glyph', { where: `${where} (in the profile)`, chars });
}

/**
 * `text.glyph` for every string of a profile a build may draw, at its line: what `validate` says of them, said by
 * `profile check` and `init` before anyone fills in a manifest (before, they called such a profile valid).
 *
 * @example
 * profileGlyphs(profile, source, (t) => setter.missing(t)); // [profile.yaml:3:8 error text.glyph "🎓" ...]
 */
export function profileGlyphs(profile: Profile, source: YamlSource, missing: (text: string) => string[]): Diagnostic[] {
  return profileDrawn(profile).flatMap(({ value, path, item }) => {
    const d = profileGlyph(value, path, item, missing);
    return d ? [diagnosticAt(source, path, d)] : [];
  });
}

/**
 * What the applicant should know of their name in the files of a separate-files build: `applicant.latin-name` when
 * the name has no letters a file name takes (Chinese, Arabic, ...), so every file would go without it and the
 * employer could not tell whose they are; else `applicant.name-split` when the family name in them is the last word
 * of a longer name, a guess the applicant only saw in the file names after the build.
 *
 * @example
 * nameInFiles(manifest, profile, source)?.code // 'applicant.latin-name'
 */
export function nameInFiles(manifest: Manifest, profile: Profile, source: YamlSource): Diagnostic | undefined {
  const s = profile.submission;
  const example = (): string => fileNames([{ id: orderedItems(profile)[0]?.id ?? 'cv', title: '' }], manifest.applicant, s.file_name, s.max_name_length)[0] ?? '';
  if (lostNameParts(manifest.applicant, s.file_name).length) {
    return diagnosticAt(source, ['applicant', 'name'], diag('applicant.latin-name', { name: manifest.applicant.name, pattern: s.file_name ?? DEFAULT_NAME_PATTERN, example: example(), posting: s.file_name !== undefined }));
  }
  const split = guessedSplit(manifest.applicant, s.file_name);
  return split ? diagnosticAt(source, ['applicant', 'name'], diag('applicant.name-split', { ...split, example: example() })) : undefined;
}

/** Whether a manifest value holds anything: a non-empty text, list or block. */
function hasContent(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return value !== null && typeof value === 'object' && Object.keys(value).length > 0;
}
