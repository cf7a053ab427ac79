/**
 * The catalogue of diagnostics: every code `packet` can report, with its severity, when it is reported, and the
 * one wording of its message and hint, as sentences. Every diagnostic is made here (`diag`); the README's table
 * of codes is generated from this list (`npm run docs`), and a test fails when the two differ.
 *
 * To add a check: add an entry here (code, severity, when, message, hint), call `diag(code, params)` where the
 * check runs, and run `npm run docs`.
 */
import type { Finding, Severity } from './diagnostics.js';
import { charName, cm, codePoint, formatMb, grouped, invisibleEffect, oneLine, onlyFor, pagesPhrase, plural, sentence, shellArg, showInvisible, type InvisibleEffect } from './words.js';
import type { ReadProblem, WriteProblem } from './file-problems.js';
import { readFix, readReason, writeFix, writeReason } from './file-problems.js';
import type { SelectionProblem } from './page-selection.js';
import type { LinkProblem, OwnerOnlyService } from './validate/values.js';
import type { LetterPages } from './validate/refused-letters.js';
import { SENT_BY, SENT_BY_WHAT, type ContactDetail, type Sender } from './schema/vocabulary.js';
import type { TextEncoding } from './text/encoding.js';
import { offsetInZone, type DeadlineBasis } from './parse/dates.js';
import type { BuiltDamage, BuiltEdit } from './built-from.js';
// Not from page-size.ts: that loads pdf-lib, which every command would then load at start.
import { unshippedScript } from './assemble/scripts.js';
import { MAX_SCAN_LENGTH, MAX_SIDE_PT, MIN_LEGIBLE_DPI, MIN_SCAN_DPI, type PageSizeProblem } from './inspect/page-limits.js';

interface Entry<P> {
  /** Fixed, or chosen from the parameters (e.g. a truncated PDF that can still be read is a warning). */
  severity: Severity | ((p: P) => Severity);
  /** For the README's table: the severities it can have. */
  severities?: readonly Severity[];
  /** For the README's table: when it is reported. */
  when: string;
  message: (p: P) => string;
  hint: (p: P) => string;
}

const entry = <P = Record<never, never>>(e: Entry<P>): Entry<P> => e;

/** What a value written where a file path goes looks like instead (`notAPath` in validate/values.ts). */
export type NotAPath = 'text' | 'link' | 'referee' | 'list';
/** A field besides a name that the build prints as typed, so Markdown in it shows raw (`name.markup`). */
export type MarkupField = 'affiliation' | 'position' | 'relation' | 'phone' | 'address' | 'title' | 'later';
/** The hint for an address given with more than the address: what to type, and why when it is not plain to see. */
const bareFix = (email: string, bare: string): string =>
  email.includes('\uff20')
    ? `Type the at sign as @ (\uff20 is a full-width one, which mail does not take): \`email: ${bare}\`.`
    : (email.match(/@/gu) ?? []).length > 1
      ? `Give one address: \`email: ${bare}\`.`
      : `Keep only the address: \`email: ${bare}\`.`;
/** What to do when a referee's letter is not the applicant's to give (audit 25 F7). */
export const NO_LETTER = 'A `letter:` is the PDF of the letter. If the referee sends it directly, or you will have it later, remove the `letter:` line: the referee is then given by name and contact details.';
/** A referee's contact detail as a message names it, and an example value for the hint that asks for it. */
const CONTACT_WORDS: Record<Exclude<ContactDetail, 'name' | 'email'>, string> = { phone: 'phone number', affiliation: 'affiliation', position: 'position' };
const CONTACT_EXAMPLES: Record<Exclude<ContactDetail, 'name' | 'email'>, string> = { phone: '+44 20 7946 0000', affiliation: 'University of Helsinki', position: 'Professor of Biology' };
const LOOKS: Record<NotAPath, string> = { text: 'a text', link: 'a web address', referee: "a referee's name and email", list: 'several file names' };
/** A value shortened for a message, on one line. */
const clip = (text: string, n: number): string => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > n ? `${line.slice(0, n - 1)}…` : line;
};

/**
 * What `deadline.*` messages are told: the deadline as written, how it is judged, and when `today` has a time,
 * the whole minutes to it or since it, and the deadline on the applicant's clock when that reads otherwise.
 */
interface DeadlineParams {
  date: string;
  days: number;
  basis?: DeadlineBasis;
  minutes?: number;
  /** `14:59`, or `2026-12-16 07:59` on another date: the deadline on the applicant's clock. */
  yours?: string;
  /** Days to the deadline on the applicant's own calendar (`days` is counted where the deadline is). */
  yourDays?: number;
}
/** A deadline as messages quote it: a time without a zone says on whose clock it was read; another zone's, yours. */
const deadlineText = (p: DeadlineParams): string =>
  `${p.basis === 'own-clock' ? `${p.date}, read in your time zone; the posting gives none` : p.date}${p.yours ? `, ${p.yours} your time` : ''}`;
/** Within two days of a deadline with a time, the hours and minutes left are what count, not calendar days. */
const HOURS_VIEW_MINUTES = 48 * 60;
const DAY_MINUTES = 24 * 60;
/** `11 minutes`, `4 hours 59 minutes`, `1 hour`: time left or gone, as the last evening needs it. */
function hoursAndMinutes(minutes: number): string {
  if (minutes < 1) return 'less than a minute';
  const [h, m] = [Math.floor(minutes / 60), minutes % 60];
  if (h === 0) return plural(m, 'minute');
  return m === 0 ? plural(h, 'hour') : `${plural(h, 'hour')} ${plural(m, 'minute')}`;
}
/** `today`, `tomorrow`, `in 2 days`: on the applicant's calendar when their zone is known. */
const dayWord = (days: number): string => (days <= 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`);
const REEXPORT = 'open it in a PDF viewer and print or save it as a new PDF, or export it again from the program that made it';
const was = (n: number): string => (n === 1 ? 'was' : 'were');
const them = (n: number): string => (n === 1 ? 'it' : 'them');
/** The start of the text under a redaction, cut after a word within 40 characters: enough to find the passage. */
const redactedQuote = (text: string): string => {
  const line = showInvisible(oneLine(text).replace(/\s+/gu, ' '));
  return line.length <= 40 ? line : `${line.slice(0, 41).replace(/\s*\S*$/u, '') || line.slice(0, 40)} ...`;
};
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** The fix for a damaged input found after assembling, naming it. */
/**
 * The command that builds again, as every `build.*` hint names it: with --separate for a set built so where the
 * posting's own format is one PDF (a plain build makes that), with the manifest and --force where the hint names them.
 */
const buildLine = (p: { separate?: boolean }, manifest?: string, force = false): string =>
  `packet build${manifest === undefined ? '' : ` ${shellArg(manifest)}`}${p.separate ? ' --separate' : ''}${force ? ' --force' : ''}`;
/** `buildLine` as code in a sentence: "`packet build --separate`". */
const buildCommand = (p: { separate?: boolean }): string => `\`${buildLine(p)}\``;
const reexport = (file: string): string => `Open ${file} in a PDF viewer and print or save it as a new PDF (or export it again from the program that made it), then build again.`;
/** `"王" (U+738B), "芳" (U+82B3)` */
const charList = (chars: readonly string[]): string => chars.map((c) => `"${c}" (${codePoint(c)})`).join(', ');
/** What is wrong with a `pages:` selection, as a sentence. */
/** Pages from `from` down to `to`, as "5, 4, 3, 2, 1" (a long run shortened: "40, 39, 38, ..., 1"). */
function reversedList(from: number, to: number): string {
  const n = from - to + 1;
  return n <= 6 ? Array.from({ length: n }, (_, i) => from - i).join(', ') : `${from}, ${from - 1}, ${from - 2}, ..., ${to}`;
}

function selectionProblem(problem: SelectionProblem, pages: string, file: string, count?: number): string {
  const written = `\`pages: "${pages}"\``;
  switch (problem.kind) {
    case 'syntax':
      return `${written} of ${file}: "${problem.term}" is not a page number or a range of pages.${syntaxAdvice(problem.term)}`;
    case 'zero':
      return `${written} of ${file} asks for page 0: pages count from 1.`;
    case 'past-end':
      return problem.page.startsWith('-')
        ? `${written} asks for page ${problem.page}, counted from the end, but ${file} has only ${plural(problem.count, 'page')}.`
        : `${written} asks for page ${problem.page}, but ${file} has only ${plural(problem.count, 'page')}.`;
    case 'twice':
      return `${written} takes page ${problem.page} of ${file} twice ("${problem.term}" repeats it).`;
    case 'empty':
      return `${written} of ${file} selects no pages.`;
    case 'empty-entry':
      return `${written} of ${file} has an empty entry between commas: was a page number left out?`;
    case 'from-end':
      return `${written} of ${file}: "${problem.term}" could mean pages 1 to ${problem.n}, or the ${ordinal(problem.n)} page from the end${count !== undefined && count >= problem.n ? ` (page ${count - problem.n + 1} of ${count})` : ''}.`;
  }
}
/** 2nd, 3rd, 11th, 21st. */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}
/** What a malformed selection term most likely meant: printed page labels, words, another separator. */
function syntaxAdvice(term: string): string {
  if (/^[ivxlcdm]+(?:\s*-\s*[ivxlcdm]*)?$/iu.test(term)) return ' Pages count from the file\'s first page (1, 2, 3), not by the labels printed on them (i, ii, iii).';
  if (/^(?:all|every|whole)\b/iu.test(term)) return ' To take every page, leave `pages:` out.';
  if (/;|\band\b|&/iu.test(term)) return ' Separate pages and ranges with commas: "1-3, 7".';
  if (/^(?:pp?|pages?|s|ss|seite[n]?)\b\.?/iu.test(term)) return ' Write the page numbers only, without "p.": "1-3".';
  return '';
}
/** A size over a cap, with enough digits that it does not read as the cap itself: `8.003 MB (8,002,870 bytes)`. */
/** What to do about a packet over its page cap: the longest files first, the cover only when it is the page too many. */
/**
 * The cover as validate lays it out: its pages, the lines of its contents list, and what the applicant wrote that
 * fills it (files' own `title:`s, a cover note, an address of several lines, `absent` items not sent that
 * `show_absent: false` would leave off). `limit.pages` says it when it takes more than one page.
 */
export interface CoverLayout {
  pages: number;
  entries: number;
  titles: boolean;
  note: boolean;
  address: boolean;
  absent?: number;
}

/** What to shorten on a cover of more than one page, as phrases joined with "or"; none when nothing on it is the applicant's. */
function coverCuts(c: CoverLayout): string[] {
  return [
    ...(c.titles ? ['shorter `title:`s on the files'] : []),
    ...(c.note ? ['a shorter cover note'] : []),
    ...(c.address ? ['the address on fewer lines'] : []),
    ...(c.absent ? [`\`show_absent: false\` in the \`cover:\` block of \`options:\` (it leaves off ${c.absent === 1 ? 'the optional item' : `the ${c.absent} optional items`} you do not send)`] : []),
  ];
}

/** ", its cover included" of a packet's page count, with the cover's own pages when its contents ran onto more than one. */
function coverIncluded(p: { cover?: boolean; longCover?: CoverLayout }): string {
  if (!p.cover) return '';
  return `, its cover included${p.longCover ? ` (the cover takes ${p.longCover.pages} pages: its contents list ${p.longCover.entries} entries)` : ''}`;
}

function packetPagesHint(p: { pages: number; max: number; scope: string; cover?: boolean; longCover?: CoverLayout; longest?: string }): string {
  const over = p.pages - p.max;
  const longest = p.longest ? ` (the longest: ${p.longest})` : '';
  const cuts = `give only the pages that matter of the longest documents${longest} with \`pages:\` on a file (\`pages: "1-10"\` takes its first 10), or shorten them, or give a link instead of a long thesis where allowed`;
  const long = p.longCover;
  if (long) {
    // Its contents ran onto more pages: fitting them on one saves all but one of them, leaving the cover out saves all.
    const fit = coverCuts(long);
    const saved = (n: number): string => (n < over ? ` (${plural(n, 'page')} fewer)` : '');
    const shorten = fit.length ? `fit the cover on one page${saved(long.pages - 1)} with ${fit.slice(0, -1).join(', ')}${fit.length > 1 ? ' or ' : ''}${fit.at(-1)}; or ` : '';
    return `Cut ${plural(over, 'page')}: ${shorten}build without the cover (--no-cover, or \`options: { cover: false }\`)${saved(long.pages)}; or ${cuts}.`;
  }
  // The cover is one page: worth offering only when it is the page too many (the same words before and after a build).
  if (over === 1 && p.cover) return `Cut 1 page: build without the cover (--no-cover, or \`options: { cover: false }\`), or ${cuts}.`;
  return `Cut ${plural(over, 'page')}: ${cuts}.`;
}

function sizeOver(bytes: number, maxMb: number): string {
  const mb = formatMb(bytes);
  if (Number.parseFloat(mb) > maxMb) return mb;
  return `${(bytes / 1e6).toFixed(3)} MB (${grouped(bytes)} bytes)`;
}

const LINK_PROBLEM: Record<LinkProblem, string> = {
  'not-url': 'is not a web address.',
  scheme: 'is not a web address a reviewer can open: only http:// and https:// links work.',
  host: 'has no proper host name.',
  slashes: 'is missing a slash: a web address starts with https:// (two slashes).',
  local: 'points at your own computer or local network, which a reviewer cannot reach.',
  space: 'has a space in it: the packet would link a different address.',
  userinfo: 'has a name and an @ before its host, so it opens a site other than the one it seems to name.',
  invisible: 'contains an invisible character: the packet would link a different address.',
  truncated: 'ends in "…" or "...": it looks cut off where it was copied from, so it would not open the page meant.',
  trailing: 'ends in punctuation from the sentence it was copied from: the packet would link the address with it, and the reviewer would most likely get "page not found".',
  lookalike: 'mixes letters of two alphabets in its host name (a Cyrillic "а" looks like a Latin "a"), so it opens a site other than the one it seems to name.',
};
const FULL_ADDRESS = 'Write the full address, starting with https://, e.g. https://trepo.tuni.fi/handle/10024/123456.';
const LINK_FIX: Record<LinkProblem, string> = {
  'not-url': FULL_ADDRESS,
  scheme: 'Upload the file somewhere that gives an https:// link, or include the PDF itself.',
  host: FULL_ADDRESS,
  slashes: FULL_ADDRESS,
  local: 'Upload the file somewhere public that gives an https:// link, or include the PDF itself.',
  space: 'Remove the space (copy the address again from the browser bar).',
  userinfo: 'Give the address as the browser bar shows it, without a name and @ before the host.',
  invisible: 'Retype the address by hand (or copy it again from the browser bar): the invisible character came with it when it was copied.',
  truncated: 'Copy the whole address again, from the browser bar of the page itself.',
  trailing: 'Remove the last character; if the address truly ends with it, write it percent-encoded (%2E for ".", %29 for ")").',
  lookalike: 'Retype the host name by hand, or copy the address again from the browser bar of the page itself.',
};
/** What an owner-only page is, and how to get the link others can open, per service. */
const OWNER_ONLY: Record<OwnerOnlyService, [string, string]> = {
  dropbox: ['a page of your own Dropbox', 'In Dropbox, choose Share, then Copy link, and give that link (https://www.dropbox.com/scl/fi/...).'],
  gmail: ['a mail in your own Gmail', 'Give the document itself as a file, or a share link to it (Google Drive: Share, then "Anyone with the link").'],
  drive: ['a view of your own Google Drive', 'In Google Drive, choose the file, then Share, "Anyone with the link", Copy link, and give that link (https://drive.google.com/file/d/.../view).'],
  onedrive: ['a file in your own OneDrive, without a share key', 'In OneDrive, choose the file, then Share, "Anyone with the link", Copy link, and give that link (https://1drv.ms/...).'],
  sharepoint: [
    "a file in your university's OneDrive or SharePoint, by its own address, not a share link",
    'In OneDrive, choose the file, then Share, "Anyone with the link" if your university allows it, and Copy link (https://...sharepoint.com/:b:/g/...); if only people of your university may open it, include the PDF itself.',
  ],
  outlook: ['a mail in your own Outlook', 'Give the document itself as a file, or a share link to it.'],
  overleaf: ['your own Overleaf project', 'In Overleaf, choose Share, turn on link sharing and give the read-only link (https://www.overleaf.com/read/...), or give the PDF itself.'],
};
/** The fix for an `applicant.website` that no reviewer can open: there is no file to upload instead. */
const WEBSITE_FIX = 'Give the public address of your website as the browser bar shows it (https://...), or leave `website:` out.';
/** Places whose zones the deadline-zone hint shows, each with the offset it keeps on the deadline's date (summer time differs). */
const EXAMPLE_ZONES: ReadonlyArray<readonly [string, string]> = [['London', 'Europe/London'], ['Helsinki', 'Europe/Helsinki'], ['New York', 'America/New_York']];
/** `an invisible character (U+200B ZERO WIDTH SPACE)`. */
/** The fix for an email address holding an invisible character (a referee's, or `applicant.email`). */
/** The fix for an email address whose ending no domain has, when no near ending stands out. */
export const UNKNOWN_ENDING_FIX = 'Check the address with its owner: after the last dot comes a country (.fi, .pl, .uk) or an ending such as .com, .org or .edu.';
export const INVISIBLE_EMAIL_FIX = 'Retype the address by hand: the invisible character came with it when it was copied.';
const invisible = (ch: string): string => `an invisible character (${charName(ch)})`;

/** What the built-in fonts draw, for `text.glyph`'s hints. */
const SHOWN_SCRIPTS = 'the packet shows Latin, Greek, Cyrillic, Arabic, Hebrew, Chinese, Japanese and Korean letters ("Scripts" in the README)';

/** Characters no font draws: letters of scripts the packet has no font for, by script name, and the others. */
function unshown(chars: readonly string[]): { scripts: string[]; others: string[] } {
  const scripts = new Set<string>();
  const others: string[] = [];
  for (const c of chars) {
    const script = unshippedScript(c);
    if (script !== undefined) scripts.add(script);
    else others.push(c);
  }
  return { scripts: [...scripts], others };
}

/** `a`, `a and b`, `a, b and c`. */
/** A word or character limit as a sentence names it: "1,500 words", "3,000 characters", or both. */
/** "20 words and 1,200 characters": an item's word and character caps, as its messages say them. */
export function capText(p: { max_words?: number; max_chars?: number }): string {
  const caps = [p.max_words !== undefined ? plural(p.max_words, 'word') : '', p.max_chars !== undefined ? plural(p.max_chars, 'character') : ''].filter(Boolean);
  return caps.length ? caps.join(' and ') : "the posting's limit";
}

/** A file without countable words as `limit.unchecked` names it: of a file with text elsewhere, the pages its `pages:` takes. */
function uncountedPart(file: string, selected: { selection: string; pages: number } | undefined): string {
  if (!selected) return file;
  return `${selected.pages === 1 ? 'the page' : `the ${selected.pages} pages`} that \`pages: "${selected.selection}"\` takes from ${file}`;
}

/** Which folder a path is read from: the manifest's, or that of the shared file (`extends`) that wrote it. */
/** Whether a path as written starts or ends with a space (pasted into quotes): the message quotes it, or the space cannot be seen. */
/** A space that is not the ordinary one in a file name or a key (`oddSpace`), where the manifest holds it. */
export interface OddSpaceAt {
  what: string;
  /** Where it is; absent when the file writes the name otherwise than it reads (a `\u00a0` escape). */
  line?: number;
  col?: number;
  invisible: boolean;
}

/** "holds a non-breaking space at line 11, column 14, which looks like a space but is not one" */
function oddSpaceNote(o: OddSpaceAt): string {
  return `holds ${o.what}${o.line !== undefined && o.col !== undefined ? ` at line ${o.line}, column ${o.col}` : ''}, ${o.invisible ? 'which cannot be seen' : 'which looks like a space but is not one'}`;
}

/** How to fix it: retype the space (a name copied from a web page or Word brings these along). */
function oddSpaceFix(o: OddSpaceAt): string {
  return o.invisible ? 'Delete it (it came with a name copied from a web page or a document)' : 'Delete it and type an ordinary space in its place, or just delete it if no space belongs there';
}

function outerSpace(file: string): 'starts' | 'ends' | 'starts and ends' | undefined {
  const starts = /^\s/u.test(file);
  const ends = /\s$/u.test(file);
  return starts && ends ? 'starts and ends' : starts ? 'starts' : ends ? 'ends' : undefined;
}

function relativeTo(base: string | undefined, start = true): string {
  // The line already names the file in full: its name alone says which.
  const name = base?.split(/[\\/]/).pop();
  return `${start ? 'P' : 'p'}${name === undefined ? "aths are relative to the manifest's folder." : `aths in ${name} are relative to ${name}'s folder.`}`;
}

/**
 * The profile a manifest names, for the hints that change one of its values: a built-in (its id, and the manifest
 * as the command line names it), or the applicant's own file (as shown).
 */
export type ProfileAt = { builtin: string; manifest: string } | { file: string };

/** Who asks for an item's value: the posting, or the profile when `packet profile import` guessed it (marked for review). */
function asks(guessed: boolean | undefined): string {
  return guessed ? 'the profile asks' : 'the posting asks';
}

/** After a value the import guessed: say so, so the applicant checks the posting before adding or removing documents. */
function guessNote(guessed: boolean | undefined): string {
  return guessed ? ' (`packet profile import` guessed this and marked it for review: check it against the posting)' : '';
}

/**
 * The steps to make `change` (a phrase such as "change `deadline:`") in the manifest's profile: a built-in one,
 * inside the installed package, is first copied beside the manifest (`packet profile copy`) and named there.
 */
function inProfile(at: ProfileAt | undefined, change: string): string {
  if (!at) return `${change} in your own copy of the profile (\`packet profile copy <id>\` writes one of a built-in profile)`;
  if ('file' in at) return `${change} in your profile, ${at.file} (\`packet profile check\` checks it)`;
  const slash = at.manifest.lastIndexOf('/');
  const copy = slash >= 0 ? ` ${shellArg(`${at.manifest.slice(0, slash + 1)}${at.builtin}.yaml`)}` : '';
  return `run \`packet profile copy ${at.builtin}${copy}\`, ${change} there and write \`profile: ./${at.builtin}.yaml\` in ${at.manifest}`;
}

/** A refused letter given as a text or a link, as `item.not-wanted` names it: by its title, else by its form. */
function refusedEntry(e: { form: 'text' | 'link'; title?: string }, inHint = false): string {
  if (e.title !== undefined) return `${inHint ? 'the' : 'The'} ${e.form} "${e.title}"`;
  return inHint ? `that ${e.form}` : `A ${e.form}`;
}

/** A file, or the pages of it that are a letter ("Page 2 of cv-plus.pdf"), as a message names them. */
function letterIn(file: string, pages: LetterPages | undefined): string {
  return pages ? `${pages.many ? 'Pages' : 'Page'} ${pages.these} of ${file}` : file;
}

/** What the pages of a file are: "is a letter", "are a letter" (pages 2–3), "are letters" (pages 2–3 and 5–6). */
function lettersAre(pages: LetterPages | undefined): string {
  return `${pages?.letters ? 'are letters' : pages?.many ? 'are a letter' : 'is a letter'} of recommendation`;
}

/** The step that keeps a file's other pages: its `pages:`, as `file.duplicate` gives it. */
function keepOthers(file: string, pages: LetterPages): string {
  return `take the ${pages.letters ? 'letters' : 'letter'} out of ${file}, or give only its other pages: \`{ file: ${file}, pages: "${pages.rest}" }\``;
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** `referee.letter`'s and `referee.letter-left-out`'s step for a posting that does take letters. */
const lettersAccepted = (p: { id: string; profile?: ProfileAt }): string =>
  inProfile(p.profile, `add \`letter\` to \`accepts:\` under \`id: ${p.id}\``);

/** Words as a list a message reads: "a", "a and b", "a, b and c". */
export function andList(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** `1 pixel per inch`, `31 pixels per inch`; a resolution rounded to 0 is `under 1 pixel per inch`. */
function perInch(dpi: number): string {
  return dpi < 1 ? 'under 1 pixel per inch' : `${plural(dpi, 'pixel')} per inch`;
}

export const CATALOGUE = {
  // ---------------------------------------------------------------- YAML
  'yaml.syntax': entry<{ problem: string; fix: string; severity?: Severity }>({
    severity: (p) => p.severity ?? 'error',
    severities: ['error', 'warning'],
    when: 'the YAML cannot be read: the first syntax error (a quote left open, a value quoted only in part, a tab or non-breaking space in the indentation named as such), repeated keys, alias bombs',
    message: (p) => p.problem,
    hint: (p) => p.fix,
  }),
  'yaml.encoding': entry<{ file: string; encoding: TextEncoding }>({
    severity: 'warning',
    when: 'a manifest or profile saved as Latin-1 (Windows-1252) or UTF-16, not UTF-8: read as such',
    message: (p) => `${p.file} is saved as ${p.encoding === 'windows-1252' ? 'Windows-1252 (Latin-1)' : 'UTF-16'}, not UTF-8; it was read that way.`,
    hint: () => 'Save it as UTF-8 (in your editor: Save As, encoding UTF-8), the encoding YAML files are read in everywhere.',
  }),
  'yaml.line-endings': entry<{ file: string }>({
    severity: 'warning',
    when: 'a manifest or profile whose lines end in a carriage return alone (CR, as classic Mac OS saved text), not LF or CRLF: read with them as line breaks',
    message: (p) => `${p.file} has lines that end in a carriage return alone (CR, as old Mac editors save text), not a line feed; it was read with them as line breaks.`,
    hint: () => 'Save it with Unix (LF) or Windows (CRLF) line endings (in your editor: the line-ending setting, then Save), the endings YAML files are read with everywhere.',
  }),
  'yaml.too-large': entry<{ file: string; chars: number; limit: number }>({
    severity: 'error',
    when: 'a manifest or profile over 1 MB of text',
    message: (p) => `${p.file} is ${plural(p.chars, 'character')} long; the limit is ${plural(p.limit, 'character')}.`,
    hint: () => 'A manifest or profile is a short list of items; put long texts in files and point to them.',
  }),
  'yaml.too-deep': entry<{ limit: number }>({
    severity: 'error',
    when: 'lists or blocks nested more than 50 levels deep, refused before the YAML is parsed',
    message: (p) => `The YAML nests lists or blocks more than ${p.limit} levels deep here.`,
    hint: () => 'A manifest or profile needs only a few levels: look for a [ or { that is never closed, or indentation that keeps growing.',
  }),

  // ---------------------------------------------------------------- manifest and profile documents
  'manifest.unknown-key': entry<{ key: string; where?: string; guess?: string; allowed: string; odd?: OddSpaceAt }>({
    severity: 'error',
    when: 'a key the manifest format does not have (with "did you mean"; a non-breaking or other unusual space in it named, with its line and column)',
    message: (p) => `Unknown key \`${p.key}\`${p.where ? ` ${p.where}` : ''}${p.odd ? `: it ${oddSpaceNote(p.odd)}` : ''}.`,
    hint: (p) => `${p.odd ? `${oddSpaceFix(p.odd)}. ` : ''}${p.guess ? `Did you mean \`${p.guess}\`?` : `Allowed keys here: ${p.allowed}.`}`,
  }),
  'profile.unknown-key': entry<{ key: string; where?: string; guess?: string; allowed: string; odd?: OddSpaceAt }>({
    severity: 'error',
    when: 'a key the profile format does not have (with "did you mean"; a non-breaking or other unusual space in it named, with its line and column)',
    message: (p) => `Unknown key \`${p.key}\`${p.where ? ` ${p.where}` : ''}${p.odd ? `: it ${oddSpaceNote(p.odd)}` : ''}.`,
    hint: (p) => `${p.odd ? `${oddSpaceFix(p.odd)}. ` : ''}${p.guess ? `Did you mean \`${p.guess}\`?` : `Allowed keys here: ${p.allowed}.`}`,
  }),
  'manifest.invalid': entry<{ problem: string; fix: string }>({
    severity: 'error',
    when: 'a manifest value of the wrong kind, a missing required key, an entry of no known form',
    message: (p) => p.problem,
    hint: (p) => p.fix,
  }),
  'profile.invalid': entry<{ problem: string; fix: string }>({
    severity: 'error',
    when: 'a profile value of the wrong kind, a missing required key, an impossible date, time, time zone or UTC offset (a time the clocks skip, a zone abbreviation such as AST or CST, which means different zones in different countries), a repeated item id, a `max` of 0 or a `min` over `max`, a title (the posting\'s or an item\'s) empty or with a line break or tab inside',
    message: (p) => p.problem,
    hint: (p) => p.fix,
  }),
  'profile.deadline-zone': entry<{ value: string }>({
    severity: 'warning',
    when: 'a deadline with a time but no time zone or offset (`2027-01-15T12:00`): it is read on your clock; a date alone is fine',
    message: (p) => `The deadline ${p.value} has a time but no time zone: it is read in your time zone, which may not be the employer's.`,
    hint: (p) => `Add the zone the posting means, as an IANA name or as the offset it keeps on that date: ${EXAMPLE_ZONES.map(([place, zone]) => `${p.value} ${zone} or ${p.value}${offsetInZone(p.value, zone) ?? ''} for ${place}`).join(', ')}.`,
  }),
  'profile.language-unread': entry<{ tag: string; name: string }>({
    severity: 'info',
    when: 'a profile `language` that is none of the ten the language check reads (English, German, Dutch, Swedish, Norwegian, Danish, Finnish, French, Spanish, Italian): your letters and statements are not checked to be in it (only one plainly in one of the ten is named, or one mostly in a script the language is not written in: `text.language`), and the packet declares no language unless the manifest gives its own `language`',
    message: (p) => `The posting's language is ${p.name} (${p.tag}), which packet cannot read: your documents are not checked to be in ${p.name}, and the packet declares no language for screen readers.`,
    hint: (p) => `Check yourself that your letters and statements are in ${p.name}; if they are, write \`language: ${p.tag}\` in your manifest, so the packet is declared ${p.name}.`,
  }),
  'profile.not-wanted-item': entry<{ what: string; kind: string; id: string; title: string; line: number; itemLine: number }>({
    severity: 'error',
    when: 'a profile that lists a kind under `not_wanted` and also asks for an item of that kind (`not_wanted: [{what: letters, kind: references}]` beside a required letter): one of the two is wrong and packet cannot know which, so nothing is Ready and nothing is built until one is deleted (before: a warning, "Ready, but ..." and a PDF holding the refused document); letters refused beside referees asked for by contact details only, or beside an item others send (`sent_by`: letters the referees upload themselves), are fine',
    message: (p) => `The profile lists "${p.what}" (${p.kind}) as not wanted, and also asks for it as the item \`${p.id}\` ("${p.title}"): the posting cannot mean both.`,
    hint: (p) => `Check the posting, then delete one of the two: the \`not_wanted\` entry at line ${p.line} if it asks for this document, or the item \`${p.id}\` at line ${p.itemLine} if it does not.`,
  }),
  'profile.same-title': entry<{ id: string; first: string; title: string }>({
    severity: 'warning',
    when: 'two items of a profile with one title (spaces and capitals aside): the packet\'s bookmarks and contents lines, and a `--separate` set\'s file names, would show it twice, and a reviewer could not tell the two apart',
    message: (p) => `The items \`${p.first}\` and \`${p.id}\` have the same title "${p.title}": a reviewer would see two bookmarks and contents lines "${p.title}" and could not tell which is which.`,
    hint: (p) => `Give \`${p.id}\` a title of its own, as the posting names it (e.g. "${p.title} (2)", or what sets it apart from \`${p.first}\`).`,
  }),
  'profile.link-cap': entry<{ id: string; title: string; caps: string[] }>({
    severity: 'warning',
    when: 'a cap (`max_pages`, `max_pages_each`, `max_words`, `max_chars`, `max_mb`) on an item that accepts only `link`: the packet carries the address, not the document, so there is nothing to count and the cap is never checked',
    message: (p) =>
      `The item \`${p.id}\` ("${p.title}") accepts only a link, yet has ${p.caps.map((c) => `\`${c}\``).join(' and ')}: the packet carries the address, not the document, so there is nothing to count and ${p.caps.length === 1 ? 'this cap is' : 'these caps are'} never checked.`,
    hint: (p) =>
      `If the posting takes the document itself, add file (or text) to \`accepts\`; if it caps the document behind the link, remove ${p.caps.map((c) => `\`${c}\``).join(' and ')} and write the rule under \`notes:\` for the applicant to read.`,
  }),
  'profile.min-zero': entry<{ id: string; title: string }>({
    severity: 'warning',
    when: 'a required item with `min: 0`: required means it must be given, so `min: 0` says the opposite and has no effect',
    message: (p) => `The item \`${p.id}\` ("${p.title}") is required but has \`min: 0\`: a required item must be given at least once, so \`min: 0\` contradicts it and is ignored.`,
    hint: () => 'If the posting lets applicants leave it out, write `stage: optional` (and remove `min`); if not, remove `min: 0`, or write the least number of entries the posting asks for (1 or more).',
  }),
  'profile.sent-by-contacts': entry<{ id: string; title: string; by: Sender }>({
    severity: 'warning',
    when: "`sent_by` on an item that takes the referees' contact details and no letters (`accepts: [referee]`): the contact details are yours to give, so `sent_by` contradicts the item and is ignored: the referees are checked (`min`, their e-mails) and printed in the packet",
    message: (p) => `The item \`${p.id}\` ("${p.title}") takes the referees' contact details, which you give, yet has \`sent_by: ${p.by}\`: nobody else sends contact details, so \`sent_by\` is ignored and the referees are asked of you.`,
    hint: (p) => `Remove \`sent_by: ${p.by}\` from \`${p.id}\`. If the posting also wants letters sent ${SENT_BY[p.by]}, add an item for them with \`accepts: [letter]\` and \`sent_by: ${p.by}\`.`,
  }),
  'profile.sent-by-kind': entry<{ id: string; title: string; kind: string; by: Sender }>({
    severity: 'warning',
    when: "`sent_by` on an item of a kind that sender does not send: `sent_by: referees` fits only letters (kind `references`), `sent_by: issuer` only transcripts, diplomas and language test results (`transcript`, `diplomas`, `language_certificate`), either fits `other`; a CV, a letter of yours or a statement is yours to send. `sent_by` is ignored there, so the item is asked of you and goes in the packet (a misplaced line left a packet with no CV Ready)",
    message: (p) => `The item \`${p.id}\` ("${p.title}", kind: ${p.kind}) has \`sent_by: ${p.by}\`, but ${SENT_BY_WHAT[p.by]}: \`sent_by\` is ignored, and "${p.title}" is asked of you for your packet.`,
    hint: (p) => `Remove \`sent_by: ${p.by}\` from \`${p.id}\`; if it was meant for another item, move it there (\`sent_by: referees\` under the letters, \`sent_by: issuer\` under the transcripts or diplomas).`,
  }),
  'profile.each-over-total': entry<{ id: string; title: string; each: number; total: number }>({
    severity: 'warning',
    when: 'an item whose `max_pages_each` is above its `max_pages` (`max_pages_each: 5` with `max_pages: 2`): the cap on all its files binds first, so the cap on each is never reached; one of the two is likely a typo',
    message: (p) => `The item \`${p.id}\` ("${p.title}") allows ${p.each} pages for each file but ${p.total} in all: no file can reach ${p.each} pages, so \`max_pages_each\` never applies.`,
    hint: (p) => `Check the posting: if it says ${p.each} pages each, \`max_pages\` is the typo (the total of all the files); if it says ${p.total} pages in all, remove \`max_pages_each\`.`,
  }),
  'profile.source': entry<{ source: string; reason?: LinkProblem; char?: string; reserved?: string }>({
    severity: 'warning',
    when: 'the posting\'s `source:` is written as an address no reviewer can open (cut off with "…", on a local network such as 192.168.x.x, a file such as `file:///C:/...`, not http(s), with a space or an invisible character) or at a name kept for examples (example.com): the cover prints it as text, without a link',
    message: (p) =>
      `The posting's address "${p.char !== undefined ? showInvisible(p.source) : p.source}" ${
        p.reserved !== undefined
          ? `is at ${p.reserved}, a name kept for examples, where no posting is`
          : p.reason === 'local'
            ? 'points at a computer or local network that a reviewer cannot reach'
            : LINK_PROBLEM[p.reason ?? 'not-url'].replace(/\.$/u, '')
      }. The cover prints it as text, not as a link.`,
    hint: (p) =>
      p.reason === 'truncated' || p.reason === 'space' || p.reason === 'invisible' || p.reason === 'trailing'
        ? `${LINK_FIX[p.reason]} Or leave \`source:\` out.`
        : "Give the posting's public address as the browser bar shows it (https://...), or leave `source:` out.",
  }),
  'link.owner-only': entry<{ link: string; service: OwnerOnlyService }>({
    severity: 'warning',
    when: 'a link to a page only its signed-in owner can open, not a share link: a Dropbox file under `/home`, a mail in Gmail or Outlook, "My Drive" in Google Drive, a OneDrive file without a share key, a university OneDrive or SharePoint file by its own path (…sharepoint.com/personal/…), an Overleaf project',
    message: (p) => `"${p.link}" is ${OWNER_ONLY[p.service][0]}: a reviewer who clicks it gets a sign-in page, not your document.`,
    hint: (p) => OWNER_ONLY[p.service][1],
  }),
  'profile.placeholder': entry<{ what: string; value: string; key: string; required: boolean }>({
    severity: 'error',
    when: 'a profile\'s title, organization, reference, source, note or item title still holding a placeholder ("TODO: position title", "[INSERT LINK]", "TBD"): the cover, the bookmarks and the PDF\'s title would print it as it is',
    message: (p) => `${p.what} "${p.value}" in the profile is a placeholder, not the posting's own words: the packet would print it as it is.`,
    hint: (p) =>
      p.key === 'source'
        ? "Write the posting's address (https://...) or where it was published, or leave `source` out."
        : `Write it as the posting gives it${p.required ? '' : p.key === 'notes' ? ', or remove the note' : `, or leave \`${p.key}\` out`}.`,
  }),
  'manifest.too-large': entry<{ subject: string; count: number; noun: [string, string]; limit: number; fix: string }>({
    severity: 'error',
    when: 'more than 200 items, or 200 entries in one item',
    message: (p) => `${p.subject} lists ${plural(p.count, ...p.noun)}; the limit is ${p.limit}.`,
    hint: (p) => p.fix,
  }),
  'manifest.placeholder': entry<{ value: string; filler?: boolean; reserved?: string; link?: boolean; where?: string; role?: boolean; slot?: string; later?: boolean }>({
    severity: 'error',
    when: 'a value left from the starter manifest of `packet init`, or one nobody filled in ("TBD", "TODO: ...", "Lorem ipsum", "Prof. N. N.", "Full name", test@test.com), test data for a name ("Test User", "Foo Bar", "Asdf Asdf", "Qwerty"), a role where a referee\'s name goes ("My thesis supervisor"), a `later:` note to oneself ("TODO: ask the registrar"; "TBD" is fine there), a template\'s slot in a text (`{{university}}`, `<university>`, "XXX University", `_____`, "(ADD MORE HERE)"), a note to oneself after a name ("(not asked yet)"), a link holding a template\'s slot (`10.xxxx/xxxxx`, `FILE_ID`, `{id}`, `{your-site}.github.io`, `your-username`), or an email or link at a name reserved for examples (example.org, example.com, .test), also a link or address in a text and a `title:` written as a web address',
    message: (p) =>
      p.reserved
        ? `${p.where ? `${p.where} links to ` : ''}"${p.value}"${p.where ? ',' : ''} ${p.where ? 'at' : 'is at'} ${p.reserved}, a name kept for examples: ${p.link ? 'no page is there for a reviewer to open' : 'mail to it reaches no one'}.`
        : p.slot !== undefined
          ? `"${p.value}" still holds the template's slot "${p.slot}": ${p.filler ? 'a reviewer would read it as it is' : 'no page is there for a reviewer to open'}.`
          : p.role
            ? `"${p.value}" says what the referee is to you, not who they are: a reviewer cannot write to a role.`
            : p.later
              ? `The later note "${p.value}" is a note to yourself or a slot: the cover prints it under the item as it is.`
              : p.filler
                ? `"${p.value}" is a placeholder, not the real value: a reviewer would read it as it is.`
                : `"${p.value}" is still the starter's placeholder.`,
    hint: (p) =>
      p.reserved || (p.slot !== undefined && !p.filler)
        ? `Write the real ${p.link || p.slot !== undefined ? 'address of the page' : 'email address'}.`
        : p.role
          ? "Write the referee's own name, e.g. Prof. Mikko Korhonen (their role can go under `relation:`)."
          : p.later
            ? 'Write what the reviewer should know, e.g. `later: "after my defence in March"`, or `later: true` to say only that it follows.'
            : p.slot !== undefined
              ? 'Write the real words in place of the slot.'
              : 'Replace it with the real value.',
  }),
  'profile.not-found': entry<{ ref: string; ids: string }>({
    severity: 'error',
    when: '`profile:` names neither a built-in profile nor a file',
    message: (p) => (outerSpace(p.ref) ? `No profile "${p.ref}": it ${outerSpace(p.ref)} with a space.` : `No profile \`${p.ref}\`: it is neither a built-in profile nor a file next to the manifest.`),
    hint: (p) => (outerSpace(p.ref) ? `Remove the space: \`profile: ${p.ref.trim()}\`.` : `Use one of ${p.ids} (see \`packet profiles\`), or a path such as ./my-posting.yaml.`),
  }),
  'profile.not-profile': entry<{ ref: string; ids: string; posting: boolean; what?: string; init?: boolean }>({
    severity: 'error',
    when: '`profile:` names a file that is not a profile: a PDF or another document, a posting\'s text not yet imported, or a manifest',
    message: (p) => (p.posting ? `${p.ref} is a posting's text, not a profile.` : `${p.ref} is ${p.what}, not a profile.`),
    hint: (p) =>
      p.posting
        ? `Make a profile from it: \`packet profile import ${shellArg(p.ref)} -o profile.yaml\`, read it through, then ${p.init ? 'run `packet init --profile profile.yaml`' : 'write `profile: ./profile.yaml`'}.`
        : `${p.init ? '`--profile`' : '`profile:`'} takes one of ${p.ids} (see \`packet profiles\`) or a profile file (.yaml); \`packet profile import posting.txt\` makes one from a posting's text.`,
  }),
  'profile.unreadable': entry<{ ref: string; problem: ReadProblem }>({
    severity: 'error',
    when: '`profile:` names a folder, a device, a FIFO or socket, a file too large or one that cannot be opened',
    message: (p) => `The profile ${p.ref} cannot be read: ${readReason(p.problem)}.`,
    hint: (p) => readFix(p.problem),
  }),
  'manifest.extends': entry<{ file: string; from: string } & ({ problem: ReadProblem } | { loop: true } | { chain: number })>({
    severity: 'error',
    when: 'the file named by `extends:` is missing or cannot be read, leads back to the manifest, or the chain is longer than 5',
    message: (p) =>
      'loop' in p
        ? `\`extends\` names ${p.file}, which leads back to this file.`
        : 'chain' in p
          ? `\`extends\` names ${p.file}, one more than the ${p.chain} files in a row allowed.`
          : p.problem.kind === 'not-found'
            ? `\`extends\` names ${p.file}, which does not exist (the path is relative to ${p.from}).`
            : `\`extends\` names ${p.file}, which cannot be read: ${readReason(p.problem)}.`,
    hint: (p) =>
      'loop' in p
        ? 'Remove one of the `extends`.'
        : 'chain' in p
          ? 'Put the shared values in fewer files.'
          : p.problem.kind === 'not-found'
            ? "Check the path; it is relative to the folder of the file that has the `extends:` line."
            : readFix(p.problem),
  }),

  // ---------------------------------------------------------------- items
  'item.unknown': entry<{ id: string; posting: string; guess?: string; ids: string; odd?: OddSpaceAt }>({
    severity: 'error',
    when: 'an item id the posting does not have (a non-breaking or other unusual space in it named, with its line and column)',
    message: (p) => `\`${p.id}\` is not an item of the posting "${p.posting}"${p.odd ? `: it ${oddSpaceNote(p.odd)}` : ''}.`,
    hint: (p) => `${p.odd ? `${oddSpaceFix(p.odd)}. ` : ''}${p.guess ? `Did you mean \`${p.guess}\`?` : `The posting's items are ${p.ids}.`}`,
  }),
  'item.left-out': entry<{ id: string; file: string; posting: string; ids: string }>({
    severity: 'info',
    when: 'an item from a shared file (`extends`) that this posting does not ask for: it is left out of the packet',
    message: (p) => `\`${p.id}\` from ${p.file} is not an item of the posting "${p.posting}", so it is left out of this packet.`,
    hint: (p) => `Nothing to do if this posting does not want it (its items are ${p.ids}); to leave out a shared item it does have, write \`${p.id}: null\` in this manifest.`,
  }),
  'item.missing': entry<{ title: string; id: string; forms: string; guessed?: boolean }>({
    severity: 'error',
    when: 'a required item is absent (an item `packet profile import` marked for review: "the profile asks", not "the posting asks")',
    message: (p) => `${p.title} is missing: ${asks(p.guessed)} for it${guessNote(p.guessed)}.`,
    hint: (p) => `Add \`${p.id}:\` under \`items:\` with ${p.forms}.`,
  }),
  'item.conditional': entry<{ title: string; id: string; condition: string; forms: string }>({
    severity: 'info',
    when: 'an item the posting asks for only from some applicants (its `condition`) is not given',
    message: (p) => `${p.title} is asked for ${onlyFor(p.condition)}; it is not given.`,
    hint: (p) => `If that applies to you, add \`${p.id}:\` under \`items:\` with ${p.forms}; otherwise nothing to do.`,
  }),
  'item.later': entry<{ title: string; id: string; profile?: ProfileAt; guessed?: boolean }>({
    severity: 'error',
    when: 'an item the posting asks for now marked as coming later (a reviewer reads the packet as incomplete)',
    message: (p) => `${p.title} is marked as coming later, but ${asks(p.guessed)} for it now${guessNote(p.guessed)}: the packet is incomplete without it.`,
    hint: (p) =>
      `Include it now. If the employer has agreed that it may follow, ${inProfile(p.profile, `change \`stage:\` to \`later\` under \`id: ${p.id}\``)}, and say so in your cover letter.`,
  }),
  'item.asked-later': entry<{ title: string; id: string; profile?: ProfileAt }>({
    severity: 'warning',
    when: 'files or texts given for an item the profile says the posting asks for later (`stage: later`, "letters from shortlisted candidates only"): they go into the packet now',
    message: (p) => `${p.title} is given here, but the profile says the posting asks for it later, not with this application: it would go into the packet now.`,
    hint: (p) =>
      `Check the posting: if it wants it later, write \`${p.id}: { later: "..." }\` instead of the files; if it asks for it now, ${inProfile(p.profile, `change \`stage:\` to \`required\` under \`id: ${p.id}\``)}.`,
  }),
  'item.not-wanted': entry<{ title: string; id: string; what: string; file?: string; pages?: LetterPages; entry?: { form: 'text' | 'link'; title?: string }; is?: string; profile?: ProfileAt }>({
    severity: 'error',
    when: 'files or texts given for an item the profile does not ask for now (`stage: later` or `optional`) and of a kind it lists under `not_wanted` ("do not send letters at this stage"): the packet would hold what the posting asks not to send; a required item of that kind is `profile.not-wanted-item`. Also a file, text or link under any other item that is a letter of recommendation (its title says so, a link\'s note too: "Letter of recommendation", "Letter of support", "Reference from Prof. ...", "Referee\'s letter", "Testimonial", "LoR", "Letter from my supervisor", "Gutachten", "Suositus", "Endorsement", "Recommendation" alone, "Work reference", "Lettera di raccomandazione", or a letter\'s word with a referee\'s name, "Letter from Prof. Korhonen"; never "Cover letter", "Letter of intent"; or its text is headed "Letter of reference for <you>" ("Empfehlungsschreiben für", "Suosituskirje <you>:lle"), whatever closes it, or recommends someone ("I recommend her", "She has my highest recommendation"; not "reviewers recommend acceptance", nor "We recommend that you register early", nor a letter to you, "Dear Dr. <you>,", "Dear author,"), supports or endorses and a referee or someone else than you signs it, after any closing ("Sincerely,", "Best,", "Thank you,", "Mit freundlichen Gruessen", "Un cordial saludo,", "Cordialement,", the short "Saludos,", "Grüße,", "Hälsningar,", "Groeten,", "Saluti,", "Amitiés,"; titles in their national forms: "Dra.", "Prof.ssa", "Dott.ssa", "Dr.in", "Pr.", "Profª"), or with none below "To whom it may concern" or "Dear colleagues,", or tells of you in the third person ("I have known <you> for three years", "<your given name> spent six months in my group"; she and he in English, Finnish, Swedish, German, French, Spanish, Italian and Dutch), up to 3 pages, signed after a closing by a referee, by their given name alone ("Best, Liisa"), or by a "Prof."/"Dr."; or is a letter\'s first page alone, signed by no one, that greets, tells of you by name and as she or he by one who knows you ("I supervised", "my PhD student") and praises you; never your own cover letter that mentions a recommendation, a CV listing its referees, a thesis thanking its supervisor, a peer review titled "Referee report", a certificate that confirms facts ("This is to certify", "bestätige", "vahvistan") and recommends in no word, a grant decision, an employment certificate, or a report that recommends a thing: "Ich empfehle, die Dissertation anzunehmen") when `not_wanted` refuses letters; and a file, text or link under another item whose title names another refused kind: a photo when `not_wanted` refuses photos (its file name too: "Photo", "Foto", "Bewerbungsfoto", "Passport photo", "Valokuva", "Headshot"; a picture is not read for a face; never one that also names a CV, "Lebenslauf mit Foto": a photo in a CV is the applicant\'s to judge), a transcript, a list of publications, a writing sample',
    message: (p) => {
      const given = p.file !== undefined ? letterIn(p.file, p.pages) : p.entry ? refusedEntry(p.entry) : undefined;
      return given !== undefined
        ? `${given}, given under ${p.title}, ${p.is ? `is ${p.is}` : lettersAre(p.pages)}, but the profile lists "${p.what}" as not wanted: the posting asks not to send it.`
        : `${p.title} is given here, but the profile lists "${p.what}" as not wanted: the posting asks not to send it.`;
    },
    hint: (p) => {
      const given = p.file ?? (p.entry ? refusedEntry(p.entry, true) : undefined);
      const remove = p.file !== undefined && p.pages ? keepOthers(p.file, p.pages) : `remove ${given} from \`${p.id}\``;
      return given !== undefined
        ? `Check the posting: if it says not to send ${p.is ?? 'letters'}, ${remove}; if it does ask for ${p.is ? 'it' : 'them'}, ${inProfile(p.profile, `remove the \`not_wanted\` entry "${p.what}"`)}.`
        : `Check the posting: if it says not to send it, remove the entries under \`${p.id}\`; if it does ask for it, ${inProfile(p.profile, `remove the \`not_wanted\` entry "${p.what}"`)}.`;
    },
  }),
  'item.sent-directly': entry<{ title: string; by: Sender; base?: { file: string; id: string; manifest: string }; later?: true; letter?: true; file?: string; pages?: LetterPages; entry?: { form: 'text' | 'link'; title?: string }; elsewhere?: { under: string; id: string; what: 'letter' | 'transcript' } }>({
    severity: (p) => (p.elsewhere?.what === 'transcript' ? 'warning' : 'error'),
    severities: ['error', 'warning'],
    when: 'an item the posting wants sent by others (its `sent_by`: the referees, the issuing university) is given in the manifest; for an item of referees whose letters they send (`accepts: [referee, letter]`), a letter given there. Also a letter of recommendation given under another item, as `item.not-wanted` reads one (an error), and a file titled as a transcript under another item when transcripts come from the issuer (a warning: an unofficial copy may be welcome)',
    message: (p) => {
      const given = p.file ?? (p.entry ? refusedEntry(p.entry) : 'It');
      if (p.elsewhere?.what === 'letter') return `${p.file !== undefined ? letterIn(p.file, p.pages) : given}, given under ${p.elsewhere.under}, ${lettersAre(p.pages)}, but the posting wants the letters for ${p.title} sent directly ${SENT_BY[p.by]}, not in your packet.`;
      if (p.elsewhere) return `${given}, given under ${p.elsewhere.under}, is a transcript, but the posting wants ${p.title} sent directly ${SENT_BY[p.by]}: your copy would go into the packet beside it.`;
      return p.letter
        ? `The posting wants the letters for ${p.title} sent directly ${SENT_BY[p.by]}, not in your packet: only the referees' names and e-mails go in.`
        : `The posting wants ${p.title} sent directly ${SENT_BY[p.by]}, not in your packet.`;
    },
    // Given in a shared file (`extends`): left out here, not deleted there, where other postings may want them.
    hint: (p) => {
      const when = p.later ? 'when the posting asks for it at a later stage' : 'before the deadline';
      const ask = p.by === 'referees' ? 'ask your referees to send their letters' : 'ask the issuer to send it';
      const given = p.file ?? (p.entry ? refusedEntry(p.entry, true) : 'it');
      if (p.elsewhere?.what === 'letter') return `${p.file !== undefined && p.pages ? capital(keepOthers(p.file, p.pages)) : `Remove ${given} from \`${p.elsewhere.id}\``}, and ${ask} ${when}.`;
      if (p.elsewhere) return `If the posting takes no copy from you, remove ${given} from \`${p.elsewhere.id}\`; either way, ${ask} ${when}.`;
      return `${p.letter ? 'Remove this letter (keep the referee\'s name and e-mail)' : p.base ? `Write \`${p.base.id}: null\` in ${p.base.manifest} to leave them out of this packet (${p.base.file}, which other postings share, stays as it is)` : 'Remove the entries under this item'}, and ${ask} ${when}.`;
    },
  }),
  'item.form': entry<{ title: string; given: string; forms: string }>({
    severity: 'error',
    when: 'a form the item does not accept (a text where only a file is)',
    message: (p) => `${p.title} does not accept ${p.given}.`,
    hint: (p) => `Give ${p.forms}.`,
  }),
  'item.count': entry<{ title: string; count: number; noun: [string, string]; min: number; max?: number; folded?: { file: string; name: string }[]; base?: { file: string; id: string; manifest: string }; guessed?: boolean }>({
    severity: 'error',
    when: 'fewer or more entries than the posting asks for (people, in an item of references: a letter given as a file named after a listed referee is that referee\'s letter)',
    message: (p) => {
      const want = p.max === undefined ? `at least ${p.min}` : p.min === p.max ? `exactly ${p.min}` : `${p.min} to ${p.max}`;
      const folded = (p.folded ?? []).map((f) => ` ${f.file} is the letter from ${f.name}, who is counted once.`).join('');
      return `${p.title} has ${plural(p.count, ...p.noun)}; ${asks(p.guessed)} for ${want}${guessNote(p.guessed)}.${folded}`;
    },
    hint: (p) =>
      p.count < p.min
        ? `Add ${plural(p.min - p.count, ...p.noun)}${p.folded?.length ? ' (another person; a referee\'s own letter goes under their `letter:`)' : ''}.`
        : p.base
          // Removed from a shared file (`extends`), they would leave every posting that uses it.
          ? `Give \`${p.base.id}:\` in ${p.base.manifest} with the ${p.noun[1]} this posting should have (${plural(p.count - (p.max ?? p.count), ...p.noun)} fewer); ${p.base.file}, which other postings share, stays as it is.`
          : `Remove ${plural(p.count - (p.max ?? p.count), ...p.noun)}.`,
  }),

  'item.untitled': entry<{ title: string; parts: { file: string; label: string }[] }>({
    severity: 'info',
    when: 'an item with several files, some without a `title:`: they are listed as "<item title>, part 1", "part 2", ..., never by their file names',
    message: (p) => {
      const shown = p.parts.map((x) => `"${x.label}" (${x.file})`);
      const list = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : (shown[0] ?? '');
      return `${p.title} has ${plural(p.parts.length, 'file')} without a \`title:\`, listed in the contents and the bookmarks as ${list}.`;
    },
    hint: () => 'Give each file a `title:` that tells the reviewer what it is: `- { file: docs/transcript-bsc.pdf, title: BSc transcript }`.',
  }),

  'text.empty': entry<{ title: string }>({
    severity: 'error',
    when: 'an inline text with no words',
    message: (p) => `The text of ${p.title} is empty.`,
    hint: () => 'Write the text, or give a file instead.',
  }),
  'text.short': entry<{ title: string; words: number; text: string }>({
    severity: 'warning',
    when: 'an inline text of fewer than 10 words (a reviewer expects the full text)',
    message: (p) => `The text of ${p.title} has only ${plural(p.words, 'word')}: "${clip(p.text, 80)}".`,
    hint: () => 'Write the full text, or give the document as a file.',
  }),
  'text.example-sample': entry<{ title: string; about: string }>({
    severity: 'error',
    when: 'a text that keeps a whole sentence of the bundled example\'s (the bio "Aino Virtanen is a machine learning engineer ..."), given by any applicant but the example\'s own: it describes another person',
    message: (p) => `The text of ${p.title} is the bundled example's text about ${p.about}, not about you: a reviewer would read it as yours.`,
    hint: (p) => `Write your own ${p.title} here.`,
  }),
  'text.language': entry<{ title: string; found?: string; expected: string; words: number }>({
    severity: 'warning',
    when: 'the text of an item you write (a cover or motivation letter, a research plan or statement, a teaching or diversity statement, a bio) that is clearly in another language than the profile\'s `language` (the posting\'s): judged by its common small words in English, German, Dutch, Swedish, Norwegian, Danish, Finnish, French, Spanish and Italian, from 40 words on; sentences with almost none of the posting language\'s small words "do not read as" it even when their own language is none of these (Portuguese, Polish); under a posting in another language only a text clearly in one of the ten (not a close relative, as Spanish to Portuguese) is flagged; a text with a good share in the posting\'s language (two languages) is not flagged, nor Norwegian against Danish. A text mostly in a script the posting\'s language is not written in (Chinese, Japanese, Korean, Thai, Arabic, Hebrew, Cyrillic, Greek or Devanagari under an English posting; Latin letters under a Russian or Chinese one) is not in it whatever its small words, and is named when its script tells the language (Chinese: Han characters without kana; Japanese, Korean, Thai, Greek, Hebrew); its words are counted as a reader counts them (Chinese, Japanese and Thai, written without spaces, by the Unicode word breaker), and a fifth of them in the posting\'s script (a version in each language) is not flagged',
    message: (p) => (p.found !== undefined ? `The text of ${p.title} is in ${p.found}, but the posting's language is ${p.expected}.` : `The text of ${p.title} does not read as ${p.expected}, the posting's language: almost none of its common words are in it.`),
    hint: (p) => `Give the ${p.expected} version of the text; if the posting accepts ${p.found ?? 'the language it is in'} too, leave it as it is.`,
  }),
  'text.link': entry<{ title: string; url: string; where?: string }>({
    severity: 'warning',
    when: 'a link in a text, a link\'s note or the cover note whose address is not a web or mail address: printed after its words, not clickable',
    message: (p) => `${p.where ?? `The text of ${p.title}`} links to "${p.url}", which is not a web or mail address, so it is printed but not clickable.`,
    hint: () => 'Give the full address starting with https:// (or mailto: for an email address), or remove the link.',
  }),
  'text.link-invalid': entry<{ title: string; url: string; reason: LinkProblem | 'email'; email?: string; char?: string; where?: string }>({
    severity: 'error',
    when: 'a clickable link in a text, a link\'s note or the cover note that a reviewer could not open or that opens another site than it names: your own computer or network, a name and @ before the host, a space or an invisible character, no proper host; or a `mailto:` link to an address that is not a valid one (as a referee\'s `email:`: "aino..virtanen@tuni.fi", "aino@localhost", an invisible character)',
    message: (p) =>
      p.reason !== 'email'
        ? `${p.where ?? `The text of ${p.title}`} links to "${p.url}": it ${LINK_PROBLEM[p.reason]}`
        : p.char !== undefined
          ? `${p.where ?? `The text of ${p.title}`} links to "${p.url}": "${showInvisible(p.email ?? '')}" contains ${invisible(p.char)}, so mail to it would not arrive.`
          : `${p.where ?? `The text of ${p.title}`} links to "${p.url}": "${p.email ?? ''}" is not a valid email address, so mail to it would not arrive.`,
    hint: (p) => (p.reason !== 'email' ? LINK_FIX[p.reason] : p.char !== undefined ? INVISIBLE_EMAIL_FIX : 'Write the whole address after mailto:, e.g. [aino.virtanen@helsinki.fi](mailto:aino.virtanen@helsinki.fi).'),
  }),
  'text.link-mismatch': entry<{ title: string; shown: string; url: string; mail?: string; where?: string; heading?: boolean; resolver?: string }>({
    severity: 'warning',
    when: 'a link in a text, a link\'s note or the cover note whose words are a web address other than the one it opens (another site, or another page: a whole address with a path, a DOI, an arXiv id, a Handle or a URN, with or without its host: `doi:10.1145/x` over a page whose address does not carry it, unless the site is the publisher\'s its prefix names: `10.1109/...` over `ieeexplore.ieee.org`, or, for a prefix not listed, a site of its own; `URN:NBN:fi:...` off its country\'s, library\'s or repository\'s site, the same rule as in PDFs), or an email address other than the one it writes to; or a link item whose `title:` is a web address other than its `link:`',
    message: (p) =>
      p.heading
        ? `The title of ${p.title}, "${p.shown}", is a web address, but its link opens ${p.url}: the link page prints "${p.shown}" as its heading, above the address a reviewer clicks.`
        : p.mail !== undefined
        ? `${p.where ?? `The text of ${p.title}`} shows "${p.shown}" as a link, but it writes to ${p.mail}: mail from a reviewer who clicks goes to someone else than the words say.`
        : `${p.where ?? `The text of ${p.title}`} shows "${p.shown}" as a link, but it opens ${p.url}: a reviewer who clicks goes somewhere else than the words say.`,
    hint: (p) =>
      p.heading
        ? 'Make the title the address of the link, or a title in words, e.g. `title: MSc thesis`.'
        : p.mail !== undefined
        ? 'Make the words and the address the same, e.g. [mikko.korhonen@tuni.fi](mailto:mikko.korhonen@tuni.fi), or write words that are not an address.'
        : p.resolver !== undefined
        ? `Make the link open the identifier's own address, [${p.shown}](${p.resolver}), or write words that are not an address.`
        : 'Make the words and the address the same, e.g. [https://trepo.tuni.fi/...](https://trepo.tuni.fi/...), or write words that are not an address.',
  }),
  'text.comment': entry<{ where: string; comment: string }>({
    severity: 'info',
    when: 'an HTML comment in a text (`<!-- note to self -->`): hidden by Markdown previews, and left out of the packet and its word and character counts',
    message: (p) => `${p.where} has a comment, ${clip(p.comment, 80)}, that is left out of the packet (as a Markdown preview hides it) and not counted.`,
    hint: () => 'Nothing to do if it is a note to yourself; for the reviewer to read it, remove the <!-- and -->.',
  }),
  'text.comment-open': entry<{ where: string; comment: string }>({
    severity: 'warning',
    when: 'a comment opened with `<!--` in a text and never closed with `-->`: it is printed as typed, with the rest of the text after it',
    message: (p) => `${p.where} opens a comment, ${clip(p.comment, 60)}, that is never closed with -->: it would be printed on the page as typed.`,
    hint: () => 'Close the comment with --> where your note ends, or remove the <!--.',
  }),
  'text.image': entry<{ where: string; alt: string; src: string }>({
    severity: 'warning',
    when: 'a Markdown image in a text (`![my photo](docs/photo.jpg)`): a text\'s page prints only its description, never the picture',
    message: (p) =>
      `${p.where} has an image, ${clip(p.src || p.alt, 60)}, that is not included: ${p.alt ? `only its description "${clip(p.alt, 60)}" is printed` : 'nothing of it is printed'}.`,
    hint: () => 'Images in a text are not included; give the image as a file item (a PDF, or a JPEG or PNG), or remove it from the text.',
  }),
  'text.footnote': entry<{ where: string; label: string; count: number }>({
    severity: 'warning',
    when: 'a Markdown footnote in a text (`[^1]` and its `[^1]: ...` line): not typeset as a note, it would be printed as typed',
    message: (p) => `${p.where} has ${p.count === 1 ? 'a footnote mark' : `${p.count} footnote marks`}, ${p.label}${p.count > 1 ? ' and others' : ''}, that would be printed as typed: footnotes are not typeset as notes.`,
    hint: () => 'Write the note in the sentence or in parentheses, and remove the [^...] marks; or give the text as a PDF made in your word processor.',
  }),
  'text.control': entry<{ where: string; chars: readonly string[] }>({
    severity: 'warning',
    when: 'control characters in a text: they cannot be printed and are left out',
    message: (p) => `${p.where} contains control characters that cannot be printed: ${p.chars.map(codePoint).join(', ')}; they are left out of the packet.`,
    hint: () => 'Remove them (they often come from copying text out of another program).',
  }),
  'text.invisible': entry<{ where: string; char: string; count: number; effect: InvisibleEffect; context: string }>({
    severity: 'error',
    when: 'an invisible character that changes what the page shows, in a text, a note or the cover note: a direction override (the words printed backwards), a zero-width space between two letters (the words run together); direction marks and embeddings, joiners (emoji, Persian) and zero-width spaces in Thai or Japanese are fine',
    message: (p) =>
      `${p.where} holds ${charName(p.char)}${p.count > 1 ? ` (${grouped(p.count)} times)` : ''}, a character no one can see: ${invisibleEffect(p.effect)} ("${clip(p.context, 80)}").`,
    hint: (p) =>
      p.effect === 'joined'
        ? `Put a space where it stands between two words (delete it inside a word): it came along when the text was copied; search for ${codePoint(p.char)} in your editor, or retype the words.`
        : `Delete it and retype the words around it by hand: it came along when the text was copied (search for ${codePoint(p.char)} in your editor).`,
  }),
  'file.duplicate': entry<{ file: string; first: string; firstItem: string; line: number; same: boolean; pages?: { these: string; those: string; many: boolean; rest?: string } }>({
    severity: 'error',
    when: 'the same document (by content) given twice, in two items or in one, or pages of one inside another file (merged with other pages, or reordered)',
    message: (p) =>
      p.pages
        ? `${p.pages.many ? 'Pages' : 'Page'} ${p.pages.these} of ${p.file} ${p.pages.many ? 'are pages' : 'is page'} ${p.pages.those} of ${p.first}, already used for ${p.firstItem} (line ${p.line}).`
        : p.same
          ? `${p.file} is given twice: it is already used for ${p.firstItem} (line ${p.line}).`
          : `${p.file} is the same document as ${p.first}, already used for ${p.firstItem} (line ${p.line}).`,
    hint: (p) =>
      p.pages?.rest
        ? `Take the repeated ${p.pages.many ? 'pages' : 'page'} out of ${p.file}, or give only its other pages: \`{ file: ${p.file}, pages: "${p.pages.rest}" }\`.`
        : 'Give each item its own document, or remove the repeat.',
  }),
  'referee.letter': entry<{ name: string; title: string; id: string; profile?: ProfileAt }>({
    severity: 'error',
    when: "a referee's letter where the posting wants contact details only (its item does not accept `letter`)",
    message: (p) => `A letter from ${p.name} is given, but for ${p.title} the posting asks only for referees' contact details.`,
    hint: (p) => `Remove the \`letter:\` line: the employer contacts the referees itself. If the posting does accept letters, ${lettersAccepted(p)}.`,
  }),
  'referee.letter-left-out': entry<{ name: string; title: string; file: string; posting: string; id: string; profile?: ProfileAt }>({
    severity: 'info',
    when: 'a referee\'s letter given in a shared file (`extends`) where this posting wants contact details only (its item does not accept `letter`): the letter is left out of this packet, the referee kept',
    message: (p) => `The letter from ${p.name} in ${p.file} is left out of this packet: for ${p.title} the posting "${p.posting}" asks only for referees' contact details.`,
    hint: (p) => `Nothing to do: the employer contacts the referees itself, and postings that take letters still get it from ${p.file}. If this posting does accept letters, ${lettersAccepted(p)}.`,
  }),
  'referee.letter-self': entry<{ file: string; signed: string; name?: string; family?: string }>({
    severity: 'error',
    when: 'a letter of recommendation signed with your own name (alone on the first line after its closing, "Sincerely," or "Mit freundlichen Grüßen" on a line of its own or with the name after it, a place and date aside; "Regards to his work ..." is the body) that names its referee nowhere; a numbered letter (no referee) signed so. Your name as the letter\'s subject, in a footer or at the end of a letter without a closing, is not a signature',
    message: (p) =>
      p.name !== undefined
        ? `${p.file}, the letter from ${p.name}, is signed "${p.signed}": your own name, and ${p.family ?? p.name} is named nowhere in it. A reviewer would not take it as ${p.name}'s letter.`
        : `${p.file}, one of your letters, is signed "${p.signed}": your own name. A reviewer would not take it as a letter of recommendation.`,
    hint: (p) => (p.name !== undefined ? `Give the letter ${p.name} wrote and signed; if this is the wrong file, give the right one under \`letter:\`.` : 'Give the letters your referees wrote and signed, and leave this one out.'),
  }),
  'referee.letter-signer': entry<{ file: string; name: string; signed: string; family: string }>({
    severity: 'warning',
    when: "a referee's letter signed by another referee of the manifest (on the lines after its closing, or on its last lines; by any form of their name: initials, particles, a double family name with or without its hyphen, or either half of it after a given name: \"A. Müller-Lüdenscheidt\", \"Anna Müller\", \"J.-W. van der Berg\") that names its own referee nowhere (either half of a double family name names it): the letters may be swapped",
    message: (p) => `${p.file}, given as the letter from ${p.name}, is signed "${p.signed}", another of your referees, and does not name ${p.family}: the letters may be swapped.`,
    hint: (p) => `Check that each referee's \`letter:\` is the letter that referee wrote: the cover calls this one "Letter from ${p.name}".`,
  }),
  'referee.letter-stranger': entry<{ file: string; name: string; signed: string; family: string }>({
    severity: 'warning',
    when: "a referee's letter signed, on the first line after its closing (\"Sincerely,\", \"Mit freundlichen Grüßen\", a place and date aside), with the name of a person who is neither you nor one of your referees, that names its referee nowhere, by any word of their name: a letter filed under the wrong referee, or a referee left off the list. A letter whose signature is an image or a university's name is not judged",
    message: (p) => `${p.file}, given as the letter from ${p.name}, is signed "${p.signed}", who is not one of your referees, and does not name ${p.family}: is it the right letter?`,
    hint: (p) => `The cover calls it "Letter from ${p.name}". If ${p.signed} wrote it, give it under a referee entry for ${p.signed}, and give ${p.name}'s own letter here; if it is ${p.name}'s letter, nothing to do.`,
  }),
  'referee.letter-subject': entry<{ file: string; subject: string; name?: string }>({
    severity: 'warning',
    when: 'a letter that names as the one it recommends ("recommendation for Mr. X Y", "recommend Ms. X Y", wherever the sentence goes on, "X Y has my ... recommendation", "... X Y, my former student", "X Y joined my group in 2021" or "Mr. X Y was my MSc student" as the first such sentence, "I had the pleasure of supervising X Y", "Concerning: Mr. X Y", "I am writing this letter for X Y", "in support of (the application of) X Y", "in support of X Y\'s application", "letter of support for X Y", "reference for X Y", "Ich empfehle X Y", "Empfehlungsschreiben für Herrn X Y", "recommander M. X Y", "lettre de recommandation pour X Y", "recomendar a X Y", "carta de recomendación para X Y", "raccomandare X Y", "lettera di referenza per X Y", "rekommendera X Y", "rekommendationsbrev för X Y", "X Y van harte aanbevelen", "aanbevelingsbrief voor X Y", "suosittelen X Y:tä", "suosituskirje X Y:lle", "suosittelen Pekka Lainetta", "Pekka Laineen hakemusta"; names of three words or more too, "María del Carmen Ruiz Gómez"; a form\'s "Name of applicant: X Y", "Applicant: Y, X" (family name first, in capitals or after a title too: "LAINE, Pekka", "Dr. Laine, Pekka"), "Candidate: X Y", "Hakijan nimi:", numbered too, "1. Name of applicant:", or with what it asks for in brackets, "Applicant (name, institution):", on its line or alone on the line before or after the name, or as a field\'s label, tooltip or name, or the label printed nearest it: left, right ("(applicant)"), under or above it, whatever its tooltip says) a person who is neither you nor one of your referees, and names your family name nowhere, inflected or not ("Virtasen", "Müllers"): a letter written for someone else (a programme or a scheme is no person: "letter of support for Horizon Europe funding", "Marie Curie Fellowship"; a letter without text, a scan, is not judged)',
    message: (p) => `${p.file}, ${p.name !== undefined ? `given as the letter from ${p.name}` : 'one of your letters'}, recommends "${p.subject}", not you: is it the right letter?`,
    hint: (p) => (p.name !== undefined ? `Ask ${p.name} for the letter written for you, and give it under \`letter:\`; if this is that letter, nothing to do.` : 'Ask the referee for the letter written for you, and give it here; if this is that letter, nothing to do.'),
  }),
  'referee.letter-file': entry<{ file: string; name: string; other: string }>({
    severity: 'warning',
    when: "a referee's `letter:` whose file name holds another referee's family name and not this referee's (`letter-korhonen.pdf` under Dr. Åsa Ødegård), unless the letter is signed by this referee",
    message: (p) => `${p.file}, given as the letter from ${p.name}, is named after ${p.other}, another of your referees: the letters may be swapped.`,
    hint: (p) => `Check that it is ${p.name}'s letter: the cover calls it "Letter from ${p.name}". If it is, nothing to do.`,
  }),
  'profile.example': entry<{ id: string; organization?: string; copy: boolean }>({
    severity: 'warning',
    when: 'the profile is marked `example: true`: a built-in example of a made-up posting (`eu-postdoc-ml`, `us-tenure-track-cs`) or a copy of one that still holds the mark; the cover and the PDF\'s metadata would name its made-up employer',
    message: (p) => `${p.id} is an example profile of a made-up posting${p.organization ? ` (${p.organization})` : ''}: a packet built on it is not for a real application.`,
    hint: (p) =>
      p.copy
        ? "If you have edited this copy to describe the real posting (its title, organization, source, reference, deadline and items), remove `example: true` from it. Otherwise import your posting's profile with `packet profile import posting.txt -o profile.yaml` and point `profile:` at it."
        : "Import your posting's profile with `packet profile import posting.txt -o profile.yaml`, or copy a real one, and point `profile:` at it.",
  }),
  'profile.unreviewed': entry<{ places: string }>({
    severity: 'warning',
    when: 'the profile still has values marked `review: true` by `packet profile import`',
    message: (p) => `The profile still has values marked for review (${p.places}): \`packet profile import\` guessed them from the posting, and it may have missed a document the posting asks for.`,
    hint: () => "Check each against the posting, and the posting's list of documents against the profile's items (add any it lacks); then delete each `review: true` line.",
  }),

  // ---------------------------------------------------------------- input files
  'file.not-found': entry<{ file: string; suggestion?: string; looks?: NotAPath; base?: string; odd?: OddSpaceAt; letter?: true }>({
    severity: 'error',
    when: 'a path that does not exist (with the closest name in its folder), or that starts or ends with a space (quoted as written), or holds a non-breaking or other unusual space inside it (named, with its line and column); a text, a link, a referee or a list written where a path goes',
    message: (p) =>
      p.looks
        ? `"${clip(p.file, 60)}" is taken as a file name, and there is no such file: it looks like ${LOOKS[p.looks]}.`
        : outerSpace(p.file)
          ? `"${p.file}" ${outerSpace(p.file)} with a space, so there is no such file.`
          : p.odd
            ? `"${p.file}" does not exist: its name ${oddSpaceNote(p.odd)}.`
            : `${p.file} does not exist.`,
    hint: (p) =>
      p.odd && !p.looks && !outerSpace(p.file)
        ? `${oddSpaceFix(p.odd)}.${p.suggestion ? ` ${p.suggestion} is there. (${relativeTo(p.base)})` : ''}`
        : outerSpace(p.file) && p.suggestion === p.file.trim()
        ? `Remove the space: ${p.suggestion} is there. (${relativeTo(p.base)})`
        : p.looks === 'text' && p.letter
        ? NO_LETTER
        : p.looks === 'text'
        ? 'Write a text under `text:`, as `bio: { text: "..." }`, or on the lines under `text: |`, indented.'
        : p.looks === 'link'
          ? 'Write a link as `{ link: https://... }`.'
          : p.looks === 'referee'
            ? 'Write a referee as `{ name: ..., email: ... }`, one per `- ` line.'
            : p.looks === 'list'
              ? 'Write several files as a list: `[a.pdf, b.pdf]`, or one `- ` line each.'
              : p.suggestion
        ? `Did you mean ${p.suggestion}? (${relativeTo(p.base)})`
        : p.file.startsWith('~')
          ? "A manifest's paths are not shell paths: `~` is not your home folder here. Write the path relative to the manifest's folder, or in full (/home/you/...)."
          : /^[A-Za-z]:\\/.test(p.file)
            ? "If the file is on another computer, copy it next to the manifest and write its path relative to the manifest's folder, with / between folders."
            : `Check the spelling; ${relativeTo(p.base, false)}`,
  }),
  'file.unreadable': entry<{ file: string; reason: string }>({
    severity: 'error',
    when: 'a folder, a device, FIFO or socket (also behind a link), a file over 200 MB, or one that cannot be opened',
    message: (p) => `${p.file} cannot be read: ${p.reason}.`,
    hint: () => 'Give the path of a file you can open.',
  }),
  'file.empty': entry<{ file: string }>({
    severity: 'error',
    when: 'a file of 0 bytes',
    message: (p) => `${p.file} is empty (0 bytes).`,
    hint: () => 'Export or download it again.',
  }),
  'file.cv-subject': entry<{ file: string; name: string; email: string }>({
    severity: 'warning',
    when: "a CV whose first lines carry a full name (two capitalised words, particles between, alone on a line or followed by contact details; a name of three or more words counts when the address holds a word of it; words of a post such as \"Senior Data Scientist\" and words run together from garbled text are no name) and an email address that share no word with your name, on a first page that names your family name nowhere (only the first page is read): another person's CV, or a template's header left in. A first page without text (a scan) is not judged",
    message: (p) => `${p.file}, given as your CV, is headed "${p.name}" (${p.email}): is it your CV?`,
    hint: (p) => `If it is a template or somebody else's CV, put your own name and email at its top, or give your own CV here; if ${p.name} is you, write that name as \`applicant.name\`.`,
  }),
  'file.example-sample': entry<{ file: string; title: string; letter?: string }>({
    severity: 'error',
    when: 'a file that is one of the sample documents of the bundled examples (`examples/`: its pages read "This document is a sample made for the application-packet examples", or it is one of their files, saved again or not), given by any applicant but the example\'s own: its words only stand in for an applicant\'s own',
    message: (p) => `${p.file}, given as ${p.letter !== undefined ? `the letter of ${p.letter}` : p.title}, is a sample document of the bundled example: its words only stand in for ${p.letter !== undefined ? 'a real letter' : 'your own'}, and a reviewer would read them as they are.`,
    hint: (p) => (p.letter !== undefined ? `Give the letter ${p.letter} wrote for you, or leave \`letter:\` out.` : `Give your own ${p.title} here.`),
  }),
  'file.language': entry<{ file: string; title: string; found?: string; expected: string; words: number }>({
    severity: 'warning',
    when: 'a file given for an item you write (as `text.language`) whose text, of the first 3 pages the packet takes (the rest is not read), is clearly in another language than the profile\'s `language`; transcripts, diplomas, certificates, referees\' letters, publications and theses are not judged, nor a file without text (a scan)',
    message: (p) => (p.found !== undefined ? `${p.file}, given as ${p.title}, is in ${p.found}, but the posting's language is ${p.expected}.` : `${p.file}, given as ${p.title}, does not read as ${p.expected}, the posting's language: almost none of its common words are in it.`),
    hint: (p) => `Give the ${p.expected} version of the document; if the posting accepts ${p.found ?? 'the language it is in'} too, leave it as it is.`,
  }),
  'file.not-pdf': entry<{ file: string; what: string }>({
    severity: 'error',
    when: 'a file that is neither a PDF nor a JPEG/PNG scan, judged by its content (see docs/corpus.md)',
    message: (p) => `${p.file} is ${p.what}, not a PDF.`,
    // A picture renamed to .jpg is not converted: offering JPEG would name the format the applicant believes they gave.
    hint: (p) => (/\.(?:jpe?g|png)$/i.test(p.file) && / (?:image|photo)\b/.test(p.what)
      ? `Its name ends in .${p.file.split('.').at(-1) ?? ''}, but renaming does not convert it: open it and export it as JPEG, PNG or PDF.`
      : 'Export it as PDF (or give a JPEG or PNG scan).'),
  }),
  'file.type-mismatch': entry<{ file: string; actual: 'PNG' | 'JPEG' | 'PDF'; extension: string }>({
    severity: 'info',
    when: 'a file whose name says another type than its content (a PNG named .pdf)',
    message: (p) =>
      `${p.file} has the extension ${p.extension} but is really a ${p.actual === 'PDF' ? 'PDF' : `${p.actual} image`}; it is used as ${p.actual === 'PDF' ? 'a PDF' : 'a scanned page'}.`,
    hint: () => 'Rename it so the extension matches, to avoid surprises on the application portal.',
  }),
  'file.truncated': entry<{ file: string; kind: 'PDF' | 'PNG' | 'JPEG'; fatal: boolean; pages?: number }>({
    severity: (p) => (p.fatal ? 'error' : 'warning'),
    severities: ['error', 'warning'],
    when: 'a file cut off before its end: an error for a JPEG or PNG (it prints grey or blank from there on) and for a PDF with nothing readable left, a warning for a PDF whose pages could be read',
    message: (p) => {
      if (p.kind !== 'PDF') {
        return p.fatal
          ? `${p.file} is an incomplete ${p.kind} image (cut off before its end) and cannot be used.`
          : `${p.file} is a ${p.kind} image that seems cut off before its end; part of it may be missing.`;
      }
      return p.fatal
        ? `${p.file} is an incomplete PDF: it stops before its end, as if a download or copy was cut off, and cannot be read.`
        : `${p.file} seems incomplete (it stops before its end); ${plural(p.pages ?? 0, 'page')} could be read, but some content may be missing.`;
    },
    hint: (p) =>
      p.kind !== 'PDF'
        ? 'Scan, export or download it again.'
        : p.fatal
          ? 'Download or export it again, and check that it opens in a PDF viewer.'
          : 'Download or export it again; if that is not possible, check its pages in the built PDF.',
  }),
  'file.corrupt': entry<{ file: string; kind: 'PDF' | 'PNG' | 'JPEG'; detail?: string }>({
    severity: 'error',
    when: 'a damaged file that cannot be read (see docs/corpus.md)',
    message: (p) =>
      p.kind === 'PDF' ? `${p.file} is damaged and cannot be used${p.detail ? `: ${p.detail}` : ''}.` : `${p.file} is a damaged ${p.kind} image that cannot be read.`,
    hint: (p) => (p.kind === 'PDF' ? `${cap(REEXPORT)}.` : 'Scan, export or download it again, as JPEG or PNG.'),
  }),
  'file.repaired': entry<{ file: string; detail: string }>({
    severity: 'info',
    when: 'minor damage repaired while reading the file',
    message: (p) => `${p.file} has minor damage (${p.detail}) that was repaired while reading it.`,
    hint: () => 'Check its pages in the built PDF; re-exporting it gives a clean copy.',
  }),
  'file.encrypted': entry<{ file: string; lock: 'password' | 'certificate' | 'unsupported' }>({
    severity: 'error',
    when: 'a PDF that needs a password (or a certificate) to open',
    message: (p) =>
      p.lock === 'password'
        ? `${p.file} needs a password to open.`
        : p.lock === 'certificate'
          ? `${p.file} is locked to particular people (certificate security) and cannot be opened here.`
          : `${p.file} is protected with an encryption method that cannot be opened here.`,
    hint: () => 'Open it, and print or save it as a new PDF without a password, or ask the issuer for an unprotected copy.',
  }),
  'file.decrypted': entry<{ file: string }>({
    severity: 'info',
    when: 'a PDF protected only against editing (an owner password), unlocked so its pages can be merged',
    message: (p) => `${p.file} had restrictions (an owner password, but none to open it); it was unlocked so its pages can be combined.`,
    hint: () => 'Nothing to do, unless the issuer forbids copying the document.',
  }),
  'file.signed': entry<{ file: string; signatures: number; separate?: 'alone' | 'combined' }>({
    // Nothing to fix in the packet (a signature cannot survive merging or stamps): a warning would fail `--strict` for good (audit 24 F2).
    severity: 'info',
    when: 'a digitally signed PDF: its pages go into the packet without the signature, which cannot stay valid once pages are combined or stamped (also with `--forms keep`: the packet never carries a broken signature); in a separate-files build, the file made for its item is an unsigned copy',
    message: (p) =>
      p.separate === 'alone'
        ? `${p.file} is digitally signed (${plural(p.signatures, 'signature')}); the file built for its item is a copy without the signature.`
        : p.separate === 'combined'
          ? `${p.file} is digitally signed (${plural(p.signatures, 'signature')}); the file built for its item combines it with other files, without the signature.`
          : `${p.file} is digitally signed (${plural(p.signatures, 'signature')}); the packet holds its pages without the signature, since a signature cannot stay valid in a combined file.`,
    hint: (p) =>
      p.separate === 'alone'
        ? `If the posting wants the signed document, upload ${p.file} itself for this item in place of the built file; otherwise nothing to do.`
        : `Nothing to do, unless the posting asks for signed or certified originals: then also upload ${p.file} itself as a separate file, if the portal allows it.`,
  }),
  'file.forms': entry<{ file: string; fields: number; filled: number; mode: 'keep' | 'flatten'; passwords?: number; prompts?: string[] }>({
    severity: (p) => ((p.mode === 'keep' && (p.passwords ?? 0) > 0) || (p.prompts ?? []).length > 0 ? 'warning' : 'info'),
    severities: ['info', 'warning'],
    when: 'a PDF with form fields (flattened by default); a form with fields to fill in and none filled in is `file.form-empty`; a template\'s prompt ("Click or tap here to enter text.", dd/mm/yyyy, "Enter ... here", and Word\'s prompts in French, German and 8 other languages) is not filled in; a warning when `--forms keep` carries a password field\'s value in the file, or when fields beside real answers still hold the template\'s prompt (flattening draws them empty; `--forms keep` shows it as if it were an answer)',
    message: (p) => {
      const secret = (p.passwords ?? 0) === 1 ? 'the password field' : 'the password fields';
      const said = `${p.file} has ${plural(p.fields, 'form field')} (${p.filled} filled in); ${
        p.mode === 'keep'
          ? 'they are kept as fields, which some portals and viewers show differently'
          : p.filled === 0
            ? 'they will be flattened: each is printed on the page as it looks now and can no longer be used'
            : 'they will be flattened: the filled-in values are printed on the page and can no longer be edited'
      }`;
      const prompts = p.prompts ?? [];
      const quoted = [...new Set(prompts)].slice(0, 2).map((t) => `"${t}"`).join(', ');
      // Flattening draws a prompt-only field empty (a PDF has no grey placeholder); a kept field still shows it, as if it were an answer.
      const prompted =
        prompts.length === 0
          ? ''
          : p.mode === 'flatten'
            ? `; ${prompts.length === 1 ? 'one field holds' : `${prompts.length} fields hold`} only the form's prompt (${quoted}), left empty on the page`
            : `; ${prompts.length === 1 ? 'one field still holds' : `${prompts.length} fields still hold`} the template's prompt (${quoted}), shown in the packet as if ${prompts.length === 1 ? 'it were an answer' : 'they were answers'}`;
      if ((p.passwords ?? 0) === 0) return `${said}${prompted}.`;
      return p.mode === 'keep'
        ? `${said}; what ${secret} ${(p.passwords ?? 0) === 1 ? 'holds' : 'hold'} stays in the packet, where anyone can read it from the form's data.`
        : `${said}; what ${secret} ${(p.passwords ?? 0) === 1 ? 'holds' : 'hold'} is printed as asterisks only, and is not carried in the packet.`;
    },
    hint: (p) =>
      (p.passwords ?? 0) > 0
        ? p.mode === 'keep'
          ? 'Clear the password field and save the form before building, or build without --forms keep (the value is then printed as asterisks and not kept).'
          : 'Check the posting really asks for it; a reviewer sees only asterisks, so the value is not sent.'
        : (p.prompts ?? []).length > 0
          ? p.mode === 'flatten'
            ? 'Fill in the fields that still show the prompt if the posting asks for them, save the form, then build again.'
            : 'Fill in the fields that still show the prompt, or clear them, save the form, then build again.'
          : p.filled < p.fields
          ? 'Check that every field you need is filled in before building.'
          : 'Nothing to do.',
  }),
  'file.forms-kept': entry<{ file: string; fields: string[]; chars: string[]; undecided?: string[] }>({
    severity: 'warning',
    when: 'flattening would print form values in characters no font of the packet has, or erase a radio button choice the file does not say which button shows: those fields are kept (validate and build alike)',
    message: (p) => {
      const one = (list: string[]) => list.length === 1;
      const quoted = (list: string[]) => list.map((f) => `"${f}"`).join(', ');
      const undecided = p.undecided ?? [];
      const chars =
        p.fields.length === 0
          ? ''
          : `${one(p.fields) ? 'the form field' : 'the form fields'} ${quoted(p.fields)} ${one(p.fields) ? 'is' : 'are'} kept as ${one(p.fields) ? 'a field' : 'fields'}, not printed on the page: ${one(p.fields) ? 'its value has' : 'their values have'} characters no font of the packet has (${p.chars.join(' ')}), which would be printed as question marks`;
      const radios =
        undecided.length === 0
          ? ''
          : `the radio buttons ${quoted(undecided)} ${one(undecided) ? 'are' : 'are all'} kept as fields, not printed on the page: the file does not say which button shows the chosen answer, and printing none would erase it`;
      return `${p.file}: ${[chars, radios].filter((s) => s !== '').join('; ')}.`;
    },
    hint: () => 'Open the packet and check the value shows; if the portal flattens forms, print the form to PDF in your viewer and give that file instead.',
  }),
  'file.form-empty': entry<{ file: string; fields: number; prompted?: string[]; typedPages?: number[]; empty?: string[] }>({
    severity: 'warning',
    when: 'a form none of whose fields (those one can fill in: not buttons, not read-only) is filled in: a reviewer gets a blank form; not when text is typed over or beside its fields (Fill & Sign over the fields: `file.forms`), but still when the only typed text is at none of them (the place and date at the bottom), naming the fields; of a `pages:` selection only the fields on the pages it takes; names up to three fields that hold only the template\'s prompt (their tooltip, else their name)',
    message: (p) => {
      const names = (list: readonly string[]): string => `${list.slice(0, 3).map((f) => `"${f}"`).join(', ')}${list.length > 3 ? ` and ${list.length - 3} more` : ''}`;
      const prompted = p.prompted ?? [];
      // Where to type: the fields still showing the prompt, by the names the form gives them.
      const where = prompted.length === 0 ? '' : `; ${names(prompted)} ${prompted.length === 1 ? 'holds' : 'hold'} only the form's prompt`;
      // Text typed beside the fields (a place and date) answers none of them: the fields still to fill in, named.
      const typed = p.typedPages ?? [];
      const empty = prompted.length === 0 ? (p.empty ?? []) : [];
      const aside = typed.length === 0 ? '' : `; the text typed onto page${typed.length === 1 ? '' : 's'} ${typed.join(', ')} is at none of its fields${empty.length > 0 ? ` (${names(empty)})` : ''}`;
      return `${p.file} is a form with ${p.fields === 1 ? 'one field to fill in, and it is empty' : `${grouped(p.fields)} fields to fill in, and none of them is filled in`}: a reviewer gets a blank form${where}${aside}.`;
    },
    hint: () =>
      'Fill it in (Acrobat Reader or your browser can), save it, and give the saved file; if your viewer saved the filled-in form as another file, give that one.',
  }),
  'file.xfa': entry<{ file: string; dynamic: boolean }>({
    severity: (p) => (p.dynamic ? 'error' : 'warning'),
    severities: ['error', 'warning'],
    when: 'an XFA form (an error when it is dynamic: only Adobe Reader draws its pages)',
    message: (p) =>
      p.dynamic
        ? `${p.file} is a dynamic XFA form whose pages only Adobe Reader can draw; other programs see a placeholder page.`
        : `${p.file} is an XFA form; its static version is used, and anything only the XFA part shows is lost.`,
    hint: (p) =>
      p.dynamic
        ? 'Open it in Adobe Acrobat Reader and print it to a new PDF, then use that file.'
        : 'Check its pages in the built PDF; printing it to a new PDF from Adobe Acrobat Reader keeps exactly what you see.',
  }),
  'file.layers': entry<{ file: string; layers: number; hidden: number }>({
    severity: (p) => (p.hidden > 0 ? 'warning' : 'info'),
    severities: ['warning', 'info'],
    when: 'a PDF with layers (optional content; a warning when some are hidden)',
    message: (p) =>
      p.hidden > 0
        ? `${p.file} has ${plural(p.layers, 'layer')}, ${p.hidden} of them hidden; hidden layers stay hidden in the combined PDF, so what only they hold will not show.`
        : `${p.file} has ${plural(p.layers, 'layer')} (optional content), all visible; some viewers may show them differently in the combined PDF.`,
    hint: (p) =>
      p.hidden > 0 ? 'Check that nothing you need is only in a hidden layer; if it is, show that layer in your PDF viewer and print or save it as a new PDF.' : 'Check those pages in the built PDF.',
  }),
  'file.attachments': entry<{ file: string; count: number; portfolio?: boolean }>({
    severity: (p) => (p.portfolio ? 'error' : 'warning'),
    severities: ['error', 'warning'],
    when: 'a PDF with attached files: they are not carried into the packet (an error for a PDF Portfolio, whose page is only a cover sheet)',
    message: (p) =>
      p.portfolio
        ? `${p.file} is a PDF Portfolio: its ${plural(p.count, 'document')} ${p.count === 1 ? 'is an attachment' : 'are attachments'}, and its page is only a cover sheet ("open it in Acrobat"); the packet would carry the cover sheet alone.`
        : `${p.file} has ${plural(p.count, 'attached file')}; attachments are not carried into the packet.`,
    hint: (p) =>
      p.portfolio
        ? 'Open it in Acrobat and save the document you mean as a PDF of its own (or combine the portfolio into one PDF), and give that file.'
        : 'If reviewers need an attached file, add it to the packet as its own item.',
  }),
  'file.comments': entry<{ file: string; count: number }>({
    severity: 'warning',
    when: 'a PDF with comments (sticky notes, marked text with a note): they are carried into the packet, where a reviewer can read them; text typed onto the page is `file.typed-text`',
    message: (p) => `${p.file} has ${plural(p.count, 'comment')} (sticky notes or notes on marked text); ${p.count === 1 ? 'it is' : 'they are'} carried into the packet, where a reviewer can open ${p.count === 1 ? 'it' : 'them'}.`,
    hint: () => "If they are notes for you or from a proofreader, delete them in your PDF viewer's comment list and save, then build again.",
  }),
  'file.marks': entry<{ file: string; marks: readonly { one: string; many: string; count: number; pages: readonly number[] }[]; issued?: boolean }>({
    severity: (p) => (p.issued ? 'info' : 'warning'),
    severities: ['warning', 'info'],
    when: 'marks drawn on the pages with annotation tools (stamps such as "Draft" or "Not Approved", watermarks, ink drawings, circles, rectangles, lines, highlights and other marked text without a note) or a watermark drawn into the page (as Word and LibreOffice write one): carried into the packet, where a reviewer sees them; an info for the issuer\'s own stamps (a registrar\'s "Certified true copy") on a transcript, diploma, certificate or letter',
    message: (p) => {
      const all = p.marks.reduce((n, m) => n + m.count, 0);
      const list = p.marks.map((m) => `${m.count === 1 ? m.one : `${grouped(m.count)} ${m.many}`} on ${pagesPhrase(m.pages)}`);
      if (p.issued) return `${p.file} has ${andList(list)}, the issuer's by the look of ${them(all)}; the packet keeps ${them(all)} as part of the document.`;
      return `${p.file} has ${all === 1 ? 'a mark' : 'marks'} drawn on its pages (${andList(list)}); ${all === 1 ? 'it is' : 'they are'} carried into the packet, where a reviewer sees ${them(all)}.`;
    },
    hint: (p) => {
      if (p.issued) return 'Nothing to do: a certification or seal belongs to the issued document; do not delete it.';
      // A watermark in the page's content is no comment: it goes in the program that wrote the document.
      const inPage = p.marks.filter((m) => m.one.startsWith('a watermark drawn into'));
      const watermark = 'Remove the watermark in the document itself (in Word: Design, Watermark, Remove Watermark; in LibreOffice: Format, Watermark) and save it as PDF again, then build again.';
      if (inPage.length === p.marks.length) return watermark;
      const review = p.marks.filter((m) => !inPage.includes(m));
      const rest = review.reduce((n, m) => n + m.count, 0) === 1
        ? "If it is a review mark (a stamp, a proofreader's drawing or highlight), delete it in your PDF viewer's comment list and save, then build again; keep it if it belongs to the document."
        : "If they are review marks (a stamp, a proofreader's drawings or highlights), delete them in your PDF viewer's comment list and save, then build again; keep those that belong to the document.";
      return inPage.length > 0 ? `${rest} ${watermark}` : rest;
    },
  }),
  'file.redaction-unapplied': entry<{ file: string; count: number; pages: readonly number[]; quote?: string; drawn?: boolean }>({
    severity: 'error',
    when: 'an area marked for redaction (a `/Redact` annotation) that was never applied, or text "blacked out" with a box drawn over it (an opaque dark fill, its corners square or rounded, an ellipse by the box inside it, a box turned (by its outline) or several in one shape, an opaque fill of another colour filling the height of the letters over the start of a line, or over words anywhere on it when their font gives its widths, on a page with other text to see, a filled rectangle or polygon comment, a highlight comment in an opaque colour on which black text cannot be read (contrast under 2:1: black, dark grey, navy, dark red, dark green), a wide dark ink stroke (a marker), line comment or rectangle border, any other annotation or form field whose appearance fills a dark opaque box (a text box, a custom stamp, the background of a field); in the page or a form it draws, or a thick dark line (a thick line of another colour as white-out is judged), a rectangle stroked with a line wider than it is tall, or a tiny one-colour image, an inline one too, over the text; a run of filled-box glyphs (■ █) typed over it, in the page or a text box, a box filled with a tiling pattern of one dark colour, letters stroked with a dark line a quarter of their size wide or more; not a highlight under Multiply in a colour black text reads on (yellow, red, green, blue, purple), the tick in a check box, or anything in a layer the document hides): the text under it is still in the document (the message quotes its start, so the applicant knows which passage)',
    message: (p) => {
      const quote = p.quote ? `, ${p.count === 1 ? '' : 'such as '}"${redactedQuote(p.quote)}",` : '';
      const what = p.drawn
        ? `${p.count === 1 ? 'a box, line or image' : `${grouped(p.count)} boxes, lines or images`} on ${pagesPhrase(p.pages)} drawn over text to hide it, but the text is not removed`
        : `${p.count === 1 ? 'an area' : `${grouped(p.count)} areas`} on ${pagesPhrase(p.pages)} marked for redaction but not applied`;
      return `${p.file} has ${what}: the text under ${them(p.count)}${quote} can be read and copied, in the file and in the packet.`;
    },
    hint: (p) =>
      p.drawn
        ? 'A box, line or image drawn over text hides nothing from a copy: redact the text itself in your PDF editor (in Acrobat: Redact, then Apply), or print the page to PDF as an image, and save, then build again; searching the saved file for the hidden words should find nothing.'
        : 'Apply the redactions in your PDF editor (in Acrobat: Redact, then Apply) and save, then build again; searching the saved file for the hidden words should find nothing.',
  }),
  'file.typed-text': entry<{ file: string; count: number }>({
    severity: 'info',
    when: "a PDF with text typed onto its pages (FreeText annotations, as Preview's Text tool and Fill & Sign write them, a letter typed onto letterhead): not a comment, it is shown on the page, and the packet keeps it as shown",
    message: (p) => `${p.file} has text typed onto its pages (${plural(p.count, 'text box', 'text boxes')}, as Preview's Text tool or Fill & Sign writes it); the packet keeps ${p.count === 1 ? 'it' : 'them'}, shown on the page as in your viewer.`,
    hint: () => "Nothing to do if it is the document's own words (a letter typed onto letterhead, a filled-in form): do not delete it as a comment, which deletes those words. Only a box that is a note to you should go: delete that box alone and save.",
  }),
  'file.actions': entry<{ file: string; what: string; count: number; links?: boolean }>({
    // Links alone take nothing from a reviewer: they opened nothing on the reviewer's computer anyway.
    severity: (p) => (p.links && p.count === 1 ? 'info' : 'warning'),
    severities: ['warning', 'info'],
    when: 'scripts, launch actions and other active content: removed from the packet; an info when all it removed is links to files on a computer or network (paths, network shares, `file:`, `smb:` and other addresses that are not web or mail, web addresses on a private network)',
    // One kind named without "a" or "an" ("scripts", "links") is many.
    message: (p) => `${p.file} contains ${p.what}; the packet leaves ${p.count === 1 && !/^an? /u.test(p.what) ? 'them' : them(p.count)} out.`,
    hint: (p) =>
      [
        p.links && p.count === 1 ? '' : 'Nothing to do, unless the document relies on them (for example a form that calculates totals): then check the built PDF.',
        p.links ? 'A link to a file on your computer or network opens nothing for a reviewer: if it matters, put the document on the web and link there, or add it to the packet as an item of its own.' : '',
      ]
        .filter(Boolean)
        .join(' '),
  }),
  'file.media': entry<{ file: string; count: number }>({
    severity: 'info',
    when: 'sound or video in a PDF: left out of the packet',
    message: (p) => `${p.file} has ${plural(p.count, 'sound or video element')}; the packet leaves ${them(p.count)} out.`,
    hint: () => 'Link to the media from a text or link item instead.',
  }),
  'file.links': entry<{ file: string; count: number }>({
    severity: 'info',
    when: 'links to other files or to places that do not exist: left out',
    message: (p) => `${p.file} has ${plural(p.count, 'link')} to other files or to places that do not exist in the document; the packet leaves ${them(p.count)} out.`,
    hint: () => 'Nothing to do; the pages themselves are complete.',
  }),
  'file.links-deceptive': entry<{ file: string; links: { page: number; shown: string; opens: string; why: 'userinfo' | 'lookalike' | 'words' }[]; resolver?: { shown: string; address: string } }>({
    severity: 'warning',
    when: 'a link on a page of an input PDF that reads as one site and opens another: a name and @ before the host (`https://www.tuni.fi@evil.example.net/`), or a host mixing Latin with Cyrillic or Greek letters (punycode `xn--`), the rules the manifest\'s own links are held to (`link.invalid`): the packet leaves the link out, the page\'s words stay; or words under the link that write another site\'s address (`www.tuni.fi` over a link to `evil.example.net`, not a site\'s own short link: `youtu.be` over `www.youtube.com`, a company\'s country domain: `scholar.google.fi`, a resolver: `doi.org/10.1145/x` over the publisher\'s page of that DOI, `urn.fi` or `nbn-resolving` over its library\'s or repository\'s (`www.ssoar.info`) or `d-nb.info`, or an address cut by a line\'s end whose rest the next line writes, not `www.tuni.fi.` over `www.tuni.fi.evil.net`; a bare host such as `orcid.org` or `arXiv.org` counts, in any case, matched label by label: not over `orcid.org.evil-site.io`; so does a DOI, arXiv id, Handle or URN written without a host (`doi:10.1145/x`, `DOI 10.1145/x`, `arXiv:2401.01234`, `hdl:10138/12345`, `URN:NBN:fi:tuni-...`), whose link must open its resolver with it, a page whose address carries it, arXiv, for a URN its country\'s, library\'s or repository\'s site (its name a whole label: not `tuni-evil.io`), or for a DOI its publisher\'s own site, named by its prefix (`ieeexplore.ieee.org` for 10.1109, `ojs.aaai.org` for 10.1609, not `sciencedirect.com.evil.io`), or for a DOI whose prefix is not listed a page of a site of its own (not a known site, its look-alike, a front page or a page of another DOI); a look-alike of a known site or of the library (`urn.fi.evil-site.net/URN:NBN:...`) counts even carrying the identifier; of the first 40 web links of a file whose text is read anyway: letters, CVs, written items, word caps): kept, as packet cannot tell which is meant',
    message: (p) => {
      const one = (l: (typeof p.links)[number]): string =>
        l.why === 'userinfo'
          ? `${l.shown} opens ${l.opens} (what is before "@" is only a name)`
          : l.why === 'lookalike'
            ? `${l.shown} (its letters mix alphabets) opens ${l.opens}, another site`
            : `the words "${l.shown}" open ${l.opens}`;
      const dropped = p.links.filter((l) => l.why !== 'words').length;
      const kept = p.links.length - dropped;
      const [first] = p.links;
      if (p.links.length === 1 && first) {
        return first.why === 'words'
          ? `${p.file} has a link on page ${first.page} whose words name ${first.shown} but that opens ${first.opens}; the packet keeps it, as it cannot tell which site is meant.`
          : `${p.file} has a link on page ${first.page} that shows ${one(first).replace(' opens ', ' but opens ')}; the packet leaves it out.`;
      }
      const tail = [dropped > 0 ? (kept > 0 ? `leaves the ${dropped} with a name before "@" or mixed alphabets out` : 'leaves them out') : '', kept > 0 ? (dropped > 0 ? `keeps the ${kept} whose words name another site` : 'keeps them, as it cannot tell which site is meant') : '']
        .filter(Boolean)
        .join(' and ');
      // Four are named whole: "and 1 more" would hide a link behind words as long as its own.
      const named = p.links.length > 4 ? 3 : p.links.length;
      return `${p.file} has ${p.links.length} links that show one site and open another: ${p.links.slice(0, named).map((l) => `page ${l.page}, ${one(l)}`).join('; ')}${p.links.length > named ? `; and ${p.links.length - named} more` : ''}; the packet ${tail}.`;
    },
    hint: (p) =>
      p.resolver !== undefined
        ? `If you made the link, make it open the address of the identifier its words name (${p.resolver.shown}: ${p.resolver.address}) in the document you exported from and export the PDF again; if you did not, check where the document came from before you send it.`
        : 'If you made the link, correct its address in the document you exported from and export the PDF again; if you did not, check where the document came from before you send it.',
  }),
  'file.links-dropped': entry<{ file: string; pages: string; links: number; bookmarks: number }>({
    severity: 'info',
    when: 'links and bookmarks of an input that lead to pages its `pages:` leaves out: removed, counted',
    message: (p) => {
      const what = [p.links > 0 ? plural(p.links, 'link') : '', p.bookmarks > 0 ? plural(p.bookmarks, 'bookmark') : ''].filter(Boolean).join(' and ');
      return `${p.file} has ${what} to pages that \`pages: "${p.pages}"\` leaves out; the packet leaves ${them(p.links + p.bookmarks)} out.`;
    },
    hint: () => 'Nothing to do, unless a reviewer needs those pages: then add them to `pages:`.',
  }),
  'file.outline': entry<{ file: string; count: number }>({
    severity: 'info',
    when: 'damaged bookmarks of an input, skipped',
    message: (p) => `${p.file} has damaged bookmarks; ${p.count} ${was(p.count)} skipped.`,
    hint: () => 'Nothing to do; the pages themselves are complete.',
  }),
  'file.pages-uncertain': entry<{ file: string; found: number; declared?: number; detail?: string; lost: boolean }>({
    severity: (p) => (p.lost ? 'error' : 'warning'),
    severities: ['error', 'warning'],
    when: 'a damaged page list: an error when pages could be lost, a warning when only the count is wrong',
    message: (p) =>
      p.lost
        ? `${p.file} has a damaged list of pages: ${plural(p.found, 'page')} could be read${
            p.declared !== undefined && p.declared !== p.found ? ` but the file says it has ${p.declared}` : ''
          }${p.detail ? ` (${p.detail})` : ''}, so pages could be lost.`
        : `${p.file} has a wrong page count: it says ${plural(p.declared ?? 0, 'page')} but has ${p.found}; all ${p.found} are included, though some viewers show only ${p.declared ?? 0}.`,
    hint: (p) => (p.lost ? `${cap(REEXPORT)}; then check that every page is there.` : 'Check its pages in the built PDF; re-exporting the file corrects the count.'),
  }),
  'file.pages': entry<{ file: string; pages: number }>({
    severity: 'warning',
    when: 'a damaged page list met while building: the pages found are merged',
    message: (p) => `${p.file} has a damaged page list; ${plural(p.pages, 'page was', 'pages were')} found and put into the packet.`,
    hint: () => 'Check that no page is missing; if one is, export or "Print to PDF" the file again.',
  }),
  'file.no-pages': entry<{ file: string }>({
    severity: 'error',
    when: 'a PDF without pages',
    message: (p) => `${p.file} has no pages.`,
    hint: () => 'Export it again, including its pages.',
  }),
  'file.pages-range': entry<{ file: string; pages: string; problem: SelectionProblem; count?: number }>({
    severity: 'error',
    when: 'a `pages:` selection that is malformed (an empty entry between commas, "1-3,,5", too), asks for a page the file does not have, takes a page twice, selects nothing, or writes "-3" (pages 1 to 3, or the third page from the end? `-1` alone is the last page)',
    message: (p) => `${selectionProblem(p.problem, p.pages, p.file, p.count)}${p.count !== undefined && p.problem.kind !== 'past-end' && p.problem.kind !== 'from-end' ? ` ${p.file} has ${plural(p.count, 'page')}.` : ''}`,
    hint: (p) =>
      p.problem.kind === 'twice'
        ? 'Take each page once: the same page twice looks like a mistake to a reviewer.'
        : p.problem.kind === 'empty-entry'
        ? `Write the page that is missing there, or remove the extra comma: \`pages: "${p.problem.fix}"\`.`
        : p.problem.kind === 'from-end'
        ? `For pages 1 to ${p.problem.n} write "1-${p.problem.n}"; for pages near the end write their numbers${p.count !== undefined && p.count >= p.problem.n ? ` ("${p.count - p.problem.n + 1}", or "${p.count - p.problem.n + 1}-last")` : ''}; \`last\` or -1 is the last page.`
        : `Write pages as in \`pages: "1-3, 7, 10-last"\`: single pages, ranges, \`last\` or -1 for the last page, "5-" for page 5 to the end${p.count !== undefined ? `; ${p.file} has pages 1 to ${p.count}` : ''}.`,
  }),
  'file.pages-reversed': entry<{ file: string; pages: string; term: string; from: number; to: number; count: number; fromEnd?: boolean }>({
    severity: 'info',
    when: 'a `pages:` range written backwards ("3-1", "last-1"): its pages go into the packet in reverse order, as asked, which "last-1" rarely means',
    message: (p) => `\`pages: "${p.pages}"\` takes pages ${p.from} to ${p.to} of ${p.file} in reverse order (${reversedList(p.from, p.to)}).`,
    hint: (p) =>
      `If that is what you want, nothing to do. For them in order write "${p.to}-${p.from === p.count ? 'last' : p.from}"${p.fromEnd && p.to === 1 && p.count >= 2 ? `; for the page before the last alone, "${p.count - 1}"` : ''}${p.from === p.count && p.to === 1 ? '; for the whole file, leave `pages:` out' : ''}.`,
  }),
  'file.too-complex': entry<{ file: string; detail: string; image?: boolean; slow?: boolean }>({
    severity: 'error',
    when: 'a PDF too large or deep to check safely (decompression bombs, page-tree traps, limits of computing time, clock time and memory; past the clock limit, which a machine very busy with other programs can reach too, the hint says to try again); a PNG or JPEG of over 200 megapixels',
    message: (p) => `${p.file} is too ${p.image ? 'large' : 'complex'} to check safely (${p.detail}).`,
    hint: (p) => (p.image
      ? 'Scan it again at 300 to 600 dpi (an A4 page at 600 dpi is 35 megapixels), or save a smaller copy of it.'
      : p.slow
        ? `The computer may just have been busy: close other programs and run it again. If it happens again, ${REEXPORT}, which usually makes it simpler; or reduce its size.`
        : `${cap(REEXPORT)}, which usually makes it simpler; or reduce its size.`),
  }),
  'file.blank': entry<{ file: string; pages: number; image?: boolean; scan?: boolean; sheet?: boolean; white?: boolean; hidden?: boolean; selection?: string }>({
    severity: 'error',
    when: 'a PDF on whose pages nothing at all is drawn (no text, image or drawing), only text that cannot be seen (invisible, white, fully transparent, of size zero, clipped away, outside the page or its crop box, painted over by opaque shapes in the colour of the page, in the page or a form it draws, or by an annotation, on a page filled with its own colour, or only in a hidden layer, or only in form fields holding only a template prompt), or only scanned images of one flat colour or of an empty sheet (laid over the text or not, in a form or not); a `pages:` selection that takes only empty pages; an image of one flat colour, fully transparent, white on a transparent background, or of an empty sheet photographed (paper under uneven light, with noise and a few specks, nothing written or drawn)',
    message: (p) =>
      p.selection !== undefined
        ? `${p.file}: ${p.pages === 1 ? 'the page' : `the ${p.pages} pages`} that \`pages: "${p.selection}"\` takes ${p.pages === 1 ? 'is' : 'are'} blank: nothing on ${p.pages === 1 ? 'it' : 'them'} can be seen.`
        : p.image
        ? p.white
          ? `${p.file} is blank: what the image shows is white on a transparent background, so on the packet's white page nothing of it can be seen.`
          : `${p.file} is blank: the image is ${p.sheet ? 'a photo of an empty sheet (only paper, shadows and specks)' : 'one flat colour'}, with nothing on it.`
        : p.scan
          ? `${p.file} is blank: ${p.pages === 1 ? 'its page is a scanned image' : `each of its ${p.pages} pages is a scanned image`} of ${p.sheet ? 'an empty sheet or one flat colour' : 'one flat colour'}, with nothing on it.`
          : p.hidden
            ? `${p.file} is blank: nothing that can be seen is drawn on ${p.pages === 1 ? 'its page' : `any of its ${p.pages} pages`}; its text is invisible, white, fully transparent, of size zero, clipped away, outside the page, painted over, the colour of the page under it or only in a hidden layer (OCR software leaves invisible text over a scan whose image is gone).`
            : `${p.file} is blank: nothing is drawn on ${p.pages === 1 ? 'its page' : `any of its ${p.pages} pages`}.`,
    hint: (p) =>
      p.selection !== undefined
        ? 'Check the page numbers against the file as a PDF viewer shows them (the first page is 1), and select the pages with content.'
        : p.image || p.scan
        ? 'Check that this is the right file; if it is a scan, scan the document again with its printed side towards the glass.'
        : 'Check that this is the right file; if the content is missing, export or scan the document again.',
  }),
  'file.low-resolution': entry<{ file: string; dpi: number } & ({ width: number; height: number } | { pages: number[] })>({
    // Under MIN_LEGIBLE_DPI (an icon, a thumbnail) a picture is no document at all, given as a PNG or JPEG or drawn over a PDF page.
    severity: (p) => (p.dpi < MIN_LEGIBLE_DPI ? 'error' : 'warning'),
    severities: ['error', 'warning'],
    when: `a PNG or JPEG scan of so few pixels that, placed on its A4 page, it has under ${MIN_SCAN_DPI} pixels per inch, or a PDF page that shows only a scanned image drawn over it at under ${MIN_SCAN_DPI} (a thumbnail stretched to the page; an invisible OCR text layer over it does not count): its text comes out as a blur; an error under ${MIN_LEGIBLE_DPI}, an icon-sized picture on which nothing can be read`,
    message: (p) => {
      if (!('pages' in p)) {
        return p.dpi < MIN_LEGIBLE_DPI
          ? `${p.file} is only ${p.width} × ${p.height} pixels: on its A4 page that is ${perInch(p.dpi)}, an icon-sized picture in which a reviewer can read nothing.`
          : `${p.file} is only ${p.width} × ${p.height} pixels: on its A4 page that is ${perInch(p.dpi)}, too few to read its text.`;
      }
      const one = p.pages.length === 1;
      const scans = one ? `is a scan of ${perInch(p.dpi)}` : `are scans of under ${p.dpi < MIN_LEGIBLE_DPI ? MIN_LEGIBLE_DPI : MIN_SCAN_DPI} pixels per inch (${p.dpi < 1 ? 'under 1' : p.dpi} at the lowest)`;
      return p.dpi < MIN_LEGIBLE_DPI
        ? `${p.file} ${pagesPhrase(p.pages)} ${scans}: ${one ? 'an icon-sized picture' : 'icon-sized pictures'} stretched over the page, on which a reviewer can read nothing.`
        : `${p.file} ${pagesPhrase(p.pages)} ${scans}: printed or zoomed, ${one ? 'its' : 'their'} text comes out as a blur.`;
    },
    hint: (p) =>
      'pages' in p
        ? 'Scan the document again at 150 to 300 dpi (in a phone scanning app, at its highest quality), or use the PDF it was issued as, not one made from a thumbnail or a screenshot.'
        : 'Scan or photograph the document again at 150 to 300 dpi (a phone photo of the whole page is enough), not a thumbnail or a screenshot of one.',
  }),
  'file.squeezed': entry<{ file: string; pages: number; width: number; height: number }>({
    severity: 'warning',
    when: `a PNG or JPEG more than ${MAX_SCAN_LENGTH} times longer (or wider) than an A4 page's shape, a scrolling screenshot of several pages: fitted to one page, its text comes out too small to read`,
    message: (p) => {
      const wide = p.width > p.height;
      return `${p.file} is ${grouped(p.width)} × ${grouped(p.height)} pixels, as ${wide ? 'wide' : 'long'} as about ${plural(p.pages, 'page')}${wide ? ' side by side' : ''}: fitted to one A4 page, it is shrunk to about 1/${p.pages} of the page's ${wide ? 'height' : 'width'}, too small to read on paper.`;
    },
    hint: () => 'Give the document as a PDF (save or print it to PDF), or split the image into one image per page.',
  }),
  'file.damaged-image': entry<{ file: string; pages: number[] }>({
    severity: 'error',
    when: 'a PDF page that draws an image whose data is damaged: a JPEG cut off before its end, or compressed image data that stops early or breaks off (viewers show the rest of the picture grey or blank)',
    message: (p) =>
      p.pages.length === 1
        ? `${p.file} ${pagesPhrase(p.pages)} shows an image whose data is damaged or cut short: PDF viewers draw only part of it, or none, the rest grey or blank.`
        : `${p.file} ${pagesPhrase(p.pages)} show images whose data is damaged or cut short: PDF viewers draw only part of them, or none, the rest grey or blank.`,
    hint: () => 'Download or export the file again and check those pages in a PDF viewer; if it is a scan, scan it again.',
  }),
  'file.page-size': entry<{ file: string; problem: PageSizeProblem; pages: number[]; width: number; height: number }>({
    severity: (p) => (p.problem === 'empty' || p.problem === 'huge' ? 'error' : 'warning'),
    severities: ['error', 'warning'],
    when: 'pages with no area or larger than viewers show (errors), too small to read or far larger than paper (warnings)',
    message: (p) => {
      const where = `${p.file}: ${pagesPhrase(p.pages)}`;
      const size = `${cm(p.width)} × ${cm(p.height)} cm`;
      switch (p.problem) {
        case 'empty':
          return `${where} ${p.pages.length === 1 ? 'has' : 'have'} no area (the page box is ${Math.round(p.width)} × ${Math.round(p.height)} points): viewers show nothing.`;
        case 'huge':
          return `${where} ${p.pages.length === 1 ? 'is' : 'are'} ${size}, larger than PDF viewers can show (${cm(MAX_SIDE_PT)} cm a side).`;
        case 'tiny':
          return `${where} ${p.pages.length === 1 ? 'is' : 'are'} only ${size}: too small to read.`;
        case 'large':
          return `${where} ${p.pages.length === 1 ? 'is' : 'are'} ${size}, far larger than A4: a reviewer prints and counts pages of ordinary paper.`;
      }
    },
    hint: (p) => (p.problem === 'empty' ? 'Export or scan the document again; the page as it is shows nothing.' : 'Export it again at an ordinary paper size (A4 or US Letter).'),
  }),
  'file.letter-cut': entry<{ file: string; selection: string; left: number[]; line: string; keep: string; certain: boolean; letters: boolean }>({
    severity: (p) => (p.certain ? 'error' : 'warning'),
    severities: ['error', 'warning'],
    when: "a `pages:` selection of a letter (a file of an item of referees' letters, a referee's `letter:`, or, under an item that takes letters, a file whose pages read as one) whose last pages taken end with no closing and no one's signature, while a page it leaves out after them closes the letter (\"Sincerely,\", \"Mit freundlichen Grüßen\", in the languages read) before any other letter opens: an error when the letter, up to that closing, reads as a letter of recommendation or is signed by a referee or someone the manifest does not name; a warning in an item of letters otherwise. A page without text (a scan) is not judged",
    message: (p) =>
      `${p.file}: \`pages: "${p.selection}"\` leaves out ${pagesPhrase(p.left)}, where the letter closes ("${clip(p.line, 40)}")${p.certain ? ' and is signed' : ''}: the packet would hold the letter without its ${p.certain ? 'closing and signature' : 'closing'}.`,
    hint: (p) =>
      `Take the letter's pages up to its signature: \`pages: "${p.keep}"\`${p.letters ? ", or give the whole file without `pages:`; a letter over a page cap is the referee's to shorten" : ''}.`,
  }),
  'file.no-text': entry<{ file: string; empty: number; pages: number; selection?: string; capped?: boolean }>({
    severity: 'info',
    when: 'pages without selectable text (scans): their words cannot be counted (of a `pages:` selection, its pages only)',
    message: (p) =>
      p.selection !== undefined
        ? p.empty >= p.pages
          ? `${p.file}: ${p.pages === 1 ? 'the page' : `the ${p.pages} pages`} that \`pages: "${p.selection}"\` takes ${p.pages === 1 ? 'has' : 'have'} no selectable text (scanned or picture-only), so ${p.pages === 1 ? 'its' : 'their'} words cannot be counted.`
          : `${p.file}: ${p.empty} of the ${p.pages} pages that \`pages: "${p.selection}"\` takes ${p.empty === 1 ? 'has' : 'have'} no selectable text (blank, scanned or picture-only pages); any words on them are not counted.`
        : p.empty >= p.pages
        ? `${p.file} has no selectable text on its ${plural(p.pages, 'page')}; it looks like a scan, so its words cannot be counted.`
        : `${p.file} has ${plural(p.empty, 'page')} of ${p.pages} without selectable text (blank, scanned or picture-only pages); any words on them are not counted.`,
    hint: (p) =>
      p.empty >= p.pages
        ? 'If the posting limits words, give a version with selectable text (or run text recognition, OCR, on the scan).'
        : p.capped === true
          ? 'The posting limits words here: those pages look like pictures or blank to the tool, but if they hold text, give a version with selectable text so the limit can be checked.'
          : 'Nothing to do unless the posting limits words and those pages hold text: then give a version with selectable text.',
  }),

  // ---------------------------------------------------------------- limits
  'limit.pages': entry<{ subject: string; pages: number; max: number; scope: 'item' | 'each' | 'paper' | 'image' | 'estimate' | 'text' | 'built'; files?: boolean; letters?: boolean; of?: string; size?: string; item?: boolean; read?: boolean; cover?: boolean; longCover?: CoverLayout; exact?: boolean; wide?: boolean; held?: boolean; longest?: string }>({
    severity: 'error',
    when: "over an item's page cap, a cap for each of its files, or the packet's (at `items:`, whether estimated or judged on the built PDF, as it is once it is built and while it is current; the estimate counts the cover the build will make, laid out as the build lays it out, and says when its contents run it past one page); a PDF page far larger than paper, or an image as long as more pages than the cap (a scrolling screenshot), under a cap; such an image counts towards its item's cap as the pages it holds",
    message: (p) =>
      p.scope === 'image'
        ? `${p.subject} is one image as ${p.wide ? 'wide' : 'long'} as about ${plural(p.pages, 'page')}${p.wide ? ' side by side' : ''}, squeezed onto one page; the posting allows ${p.max}.`
        : p.scope === 'estimate'
        ? `${p.subject} will have ${p.exact ? '' : 'about '}${plural(p.pages, 'page')}${coverIncluded(p)}; the posting allows ${p.max}.`
        : p.scope === 'text'
        ? `${p.subject} will take about ${plural(p.pages, 'page')} once its text is laid out; the posting allows ${p.max}.`
        : p.scope === 'each'
          ? `${p.subject} has ${plural(p.pages, 'page')}; the posting allows ${p.max} for each document of ${p.of ?? 'this item'}.`
          : p.scope === 'paper'
            ? `${p.subject} has pages far larger than paper (${p.size ?? ''}); the posting's limit of ${plural(p.max, 'page')} counts pages of A4 or US Letter.`
          : `${p.subject} has ${plural(p.pages, 'page')}${p.held ? ', counting a long image as the pages it holds' : ''}${p.scope === 'built' ? coverIncluded(p) : ''}; the posting allows ${p.max}${p.scope === 'built' && !p.read ? ' (the PDF was written so you can look at it)' : ''}.`,
    hint: (p) =>
      p.scope === 'paper'
        ? `Export it at A4 or US Letter, within ${plural(p.max, 'page')}.`
        : p.scope === 'image'
        ? `Shorten the document to ${plural(p.max, 'page')} and give it as a PDF (save or print it to PDF), or as one image per page.`
        : p.scope === 'text' || ((p.scope === 'built' || p.scope === 'item') && p.item)
        ? `Shorten the text (a page holds about 500 words of plain prose, fewer with long words, lists or headings), or give it as a PDF of ${plural(p.max, 'page')} or fewer.`
        : (p.scope === 'item' || p.scope === 'each') && p.letters
        ? `${p.scope === 'item' ? `Ask your referees for letters within ${plural(p.max, 'page')} in all` : `Ask your referee for a letter within ${plural(p.max, 'page')}`}: a letter cut with \`pages:\` loses its closing and signature.`
        : p.scope === 'item' || p.scope === 'each'
        ? `Shorten it to ${plural(p.max, 'page')} or fewer${p.files ? `, or give only the pages that matter: \`pages: "1-${p.max}"\` on its file` : ''}.`
        : packetPagesHint(p),
  }),
  'limit.words': entry<{ title: string; count: number; max: number }>({
    severity: 'error',
    when: "over an item's word cap",
    message: (p) => `${p.title} has ${plural(p.count, 'word')}; the posting allows ${grouped(p.max)}.`,
    hint: (p) => `Cut ${plural(p.count - p.max, 'word')}.`,
  }),
  'limit.chars': entry<{ title: string; count: number; max: number }>({
    severity: 'error',
    when: "over an item's character cap (spaces included)",
    message: (p) => `${p.title} has ${plural(p.count, 'character')}; the posting allows ${grouped(p.max)}.`,
    hint: (p) => `Cut ${plural(p.count - p.max, 'character')}.`,
  }),
  'limit.size': entry<{
    subject: string;
    bytes: number;
    max: number;
    scope: 'item' | 'files' | 'built' | 'file';
    largest?: string;
    /** `report` (or `validate`) read this built PDF; `build` just wrote it. */
    read?: boolean;
    /** After `build --fit` could not get under the cap: the floor it stopped at, and whether it had images to shrink. */
    fitted?: { floorDpi: number; recompressed: boolean; lowerFloor?: number };
  }>({
    severity: 'error',
    when: "over an item's size cap, the packet's, or each file's (the packet's on the built PDF once it is built: by `build`, after `--fit` too, and by `report` and `validate` while it is current)",
    message: (p) => {
      const size = sizeOver(p.bytes, p.max);
      const largest = p.largest ? ` The largest: ${p.largest}.` : '';
      if (p.fitted) {
        const reached = p.fitted.recompressed
          ? `is still ${size} with ${p.scope === 'item' ? 'its' : 'every'} image at ${p.fitted.floorDpi} dpi, the lowest --fit goes`
          : `is ${size} and has no images that --fit can make smaller`;
        const cap = p.scope === 'file' ? `the portal accepts at most ${p.max} MB per file` : `the posting accepts at most ${p.max} MB${p.scope === 'item' ? ' for it' : ''}`;
        return `${p.subject} ${reached}; ${cap} (nothing was written).${largest}`;
      }
      if (p.scope === 'files') return `Your files add up to ${size}; the posting accepts at most ${p.max} MB in one PDF.${largest}`;
      if (p.scope === 'item') return `${p.subject} is ${size}; the posting allows ${p.max} MB.${largest}`;
      if (p.scope === 'file') return `${p.subject} is ${size}; the portal accepts at most ${p.max} MB per file.`;
      return `${p.subject} is ${size}; the posting accepts at most ${p.max} MB${p.read ? '' : ' (the PDF was written so you can look at it)'}.${largest}`;
    },
    hint: (p) => {
      if (p.fitted) {
        const lower = p.fitted.recompressed && p.fitted.lowerFloor ? ` or, if the scans stay readable at a lower resolution, allow it with --fit-floor-dpi ${p.fitted.lowerFloor}` : '';
        return `Make the largest files smaller before adding them (fewer pages, scans in gray instead of colour), or give a link instead of a large thesis where the posting allows it${lower}.`;
      }
      return p.scope === 'item'
        ? 'Build with `packet build --fit`, which recompresses scans and photos down to 150 dpi; if that is not enough (a file without large images, or scans that stay large), it says so: then compress the PDF ("Reduce file size" in your PDF viewer), or allow a lower resolution with --fit-floor-dpi 120 if the scans stay readable.'
        : p.scope === 'files'
          ? 'Build with `packet build --fit`, which recompresses scans and photos down to 150 dpi (validate and report then judge the built PDF); if that is not enough, it says so: then make the largest files smaller (fewer pages, scans in gray instead of colour), give a link instead of a large thesis where the posting allows it, or allow a lower resolution with --fit-floor-dpi 120 if the scans stay readable.'
          : p.scope === 'file'
            ? 'Build with --fit, which recompresses scans and photos (never below 150 dpi) until each file fits, or compress it and build again.'
            : 'Build with --fit, which recompresses scans and photos (never below 150 dpi) until it fits, or compress the largest inputs and build again.';
    },
  }),
  'limit.size-near': entry<{ bytes: number; max: number; file?: string; own?: boolean }>({
    severity: 'warning',
    when: "the files add up to within the margin of the packet's size cap (or, for a posting that wants separate files, an item's files to within the margin of the cap on each file) and no current built PDF says otherwise: the built PDF adds a cover, fonts and page stamps to its files",
    message: (p) =>
      p.file
        ? `${p.file}: its files add up to ${formatMb(p.bytes)}, close to ${p.own ? `the posting's ${p.max} MB for it` : `the portal's ${p.max} MB cap per file`}: the PDF built for it is larger than its files (fonts, page stamps), so it may be over.`
        : `Your files add up to ${formatMb(p.bytes)}, close to the posting's ${p.max} MB cap: the built PDF is larger than its files (a cover, fonts, page stamps; 4% to 26% larger in our measurements), so it may be over.`,
    hint: (p) =>
      p.file
        ? 'Build to be sure: `packet build` measures each file it writes and says which one is over (`packet build --fit` recompresses scans and photos until each fits).'
        : 'Build to be sure: after `packet build`, validate and report judge the built PDF itself (`packet build --fit` recompresses scans and photos if it is over).',
  }),
  'limit.built': entry<{ built: string; pages?: number; bytes: number; caps: string; estimate: string }>({
    severity: 'info',
    when: "the packet's size and page caps (or a file's, or an item's own MB cap) were judged on the current built PDF, where the estimate from the files was near or over them",
    message: (p) => `${p.built}, built from these files, is ${formatMb(p.bytes)}${p.pages === undefined ? '' : ` with ${plural(p.pages, 'page')}`}: within ${p.caps}. The caps are judged on it, not on the estimate from your files (${p.estimate}).`,
    hint: () => 'Submit this PDF; build again after any change.',
  }),
  'limit.unchecked': entry<{ title: string; max_words?: number; max_chars?: number; files?: string[]; selections?: Record<string, { selection: string; pages: number }>; typed?: boolean; drawn?: boolean; bare?: boolean; partly?: { file: string; pages: number[] }[]; counted?: number }>({
    severity: 'warning',
    when: "an item with a word or character limit whose words could not all be counted (a scan or photo without selectable text, or a file of text drawn as shapes, named; of a file with text elsewhere, the pages its `pages:` takes; scanned pages, or pages of text drawn as shapes (many small filled outlines), of a file with text on its other pages, named, whose count is then only a lower bound; it is not 0 words): the limit, named, is not checked, so the verdict asks you to check it. Not said when the words counted, with 1,500 words (10,000 characters) for each A4 page of area not counted, stay within the limit: those pages cannot pass it; nor beside an error that refuses a file of the item (missing, encrypted, not a PDF, damaged, not wanted): that one error is what to fix",
    message: (p) => {
      const parts = [...(p.files ?? []).map((f) => uncountedPart(f, p.selections?.[f])), ...(p.partly ?? []).map((x) => `${pagesPhrase(x.pages)} of ${x.file}`)];
      if (!parts.length) return `The words of ${p.title} could not be counted (a scan, or a file that could not be read), so its limit of ${capText(p)} is not checked.`;
      const one = parts.length === 1 && (p.files?.length ? (p.selections?.[p.files[0]!]?.pages ?? 1) === 1 : p.partly![0]!.pages.length === 1);
      const counted = p.partly?.length && p.counted !== undefined ? ` (${plural(p.counted, p.max_words !== undefined ? 'word' : 'character')} counted on the others)` : '';
      // Without an image, it is no photo: text exported as outlines (drawn as shapes), or a scan traced into shapes;
      // without outlines either (an icon, a frame), nothing says why, so no reason is guessed.
      const what = p.drawn && !p.typed ? 'no text the tool can count (text drawn as shapes, or a scan)' : p.bare && !p.typed ? 'no text the tool can count' : `no selectable text (${p.typed ? 'only text boxes typed onto the page, which are not counted' : 'a scan or a photo'})`;
      return `The words of ${p.title} cannot ${p.partly?.length ? 'all ' : ''}be counted: ${andList(parts)} ${one ? 'has' : 'have'} ${what}, so its limit of ${capText(p)} is not checked${counted}.`;
    },
    hint: (p) =>
      p.partly?.length && !p.files?.length
        ? `Count the words on ${p.partly.length === 1 ? pagesPhrase(p.partly[0]!.pages) : 'those pages'} by hand to be sure ${p.title} stays within ${capText(p)} in all, or give it as a PDF with its text (exported from your editor, or the scan run through OCR), which is counted.`
        : `Count the words by hand to be sure it stays within ${capText(p)}, or give it as a PDF with its text (exported from your editor, or the scan run through OCR), which is counted.`,
  }),

  'fit.unavailable': entry<{ reason: string }>({
    severity: 'error',
    when: '`build --fit` cannot load its image library (sharp) on this machine',
    message: (p) => `The image library (sharp) could not be loaded on this machine: ${p.reason}, so --fit cannot recompress images (nothing was written).`,
    hint: () => 'Install packet again the way you installed it, so that npm fetches the image library built for this system; or build without --fit.',
  }),

  // ---------------------------------------------------------------- values
  'link.invalid': entry<{ link: string; reason: LinkProblem; char?: string; website?: boolean }>({
    severity: 'error',
    when: 'a link (a `link:` item, or `applicant.website`, printed as a link on the cover) that is not an http(s) address, lacks a slash after `https:`, points at your own computer or local network (localhost, 127.0.0.1, 192.168.x.x, 100.64.x.x, also as IPv6 `[::ffff:...]`), ends in a copied "…" or "..." or in the punctuation of the sentence it was copied from (".", ",", an unmatched ")"), has a space in it, holds an invisible character (a zero-width space), has a host name no browser opens (`aalto..fi`, `-aalto.fi`) or one that mixes alphabets (a Cyrillic "а" in "aalto.fi")',
    message: (p) =>
      (p.website ? 'Your website ' : '') +
      (p.reason === 'invisible' && p.char !== undefined
        ? `"${showInvisible(p.link)}" contains ${invisible(p.char)}: the packet would link a different address.`
        : p.reason === 'trailing'
          ? `"${p.link}" ends in "${p.link.trim().at(-1) ?? ''}", ${LINK_PROBLEM.trailing.replace(/^ends in /u, '')}`
          : `"${p.link}" ${LINK_PROBLEM[p.reason]}`),
    hint: (p) => (p.website && (p.reason === 'scheme' || p.reason === 'local') ? WEBSITE_FIX : LINK_FIX[p.reason]),
  }),
  'link.url': entry<{ title: string; url: string }>({
    severity: 'warning',
    when: 'a link page whose address is printed but cannot be clickable',
    message: (p) => `The address given for "${p.title}" ("${p.url}") is not a web address, so it is printed but not clickable.`,
    hint: () => 'Give the full address starting with https:// (or http://).',
  }),
  'applicant.latin-name': entry<{ name: string; pattern: string; example: string; posting: boolean }>({
    severity: 'warning',
    when: 'the posting wants files named after the applicant (`file_name` with `{last}`, `{first}` or `{name}`), and the name has no letters a file name can carry (Chinese, Arabic, ...)',
    message: (p) => `${p.posting ? 'The posting wants files named' : 'The files are named'} ${p.pattern}; file names take Latin letters only (upload portals mangle others), so "${p.name}" would be left out of them: ${p.example}.`,
    hint: () => 'Add `family_name:` and `given_names:` under `applicant:`, in Latin letters as in your passport; they are used only in file names.',
  }),
  'applicant.name-split': entry<{ words: number; first: string; last: string; particle: boolean; example: string }>({
    severity: (p) => (p.particle ? 'warning' : 'info'),
    severities: ['warning', 'info'],
    when: 'the posting wants files named with the family or given name (`file_name` with `{last}` or `{first}`), the name has more than two words (initials aside), neither `family_name` nor `given_names` says which are which and the name does not show it (a comma after the family name, a family name in capitals): the last word is taken as the family name, the first as the given name; a warning when a word in lower case after the first ("de", "van", "bin") shows that the family name has more words',
    message: (p) => `Your name has ${p.words} words; the files take "${p.last}" as your family name and "${p.first}" as your given name: ${p.example}.`,
    hint: (p) => `If your family name is not "${p.last}", say which words are: add \`family_name:\` and \`given_names:\` under \`applicant:\` (they are used only in file names).`,
  }),
  'applicant.orcid': entry<{ orcid: string; problem: 'form' | 'checksum' }>({
    severity: 'error',
    when: 'an ORCID iD that is not four groups of four digits (the last may be X), or whose last character does not match the others',
    message: (p) =>
      p.problem === 'form'
        ? `Your ORCID iD "${p.orcid}" is not in the form 0000-0000-0000-000X.`
        : `Your ORCID iD "${p.orcid}" is not a valid iD: its last character does not match the other digits, so one of them is mistyped.`,
    hint: () => 'Copy the iD from your ORCID record (e.g. 0000-0002-1825-0097, or the whole https://orcid.org/... address); it is printed on the cover as a link.',
  }),
  'referee.email': entry<{ name: string; email: string; char?: string; end?: true; meant?: string; bare?: string }>({
    severity: 'error',
    when: "a malformed referee's email address, one holding an invisible character (a zero-width space), or one whose domain ends in an ending no domain has (\"gmail.con\", \"uw.edu.pll\", \"uni.domain\": IANA's list of endings decides)",
    message: (p) =>
      p.char !== undefined
        ? `${p.name}'s email "${showInvisible(p.email)}" contains ${invisible(p.char)}: mail to it would not arrive.`
        : p.end
          ? `${p.name}'s email "${p.email}" ends in ".${p.email.trim().split('.').at(-1) ?? ''}", which no address has: mail to it would not arrive.`
          : `${p.name}'s email "${p.email}" is not a valid email address.`,
    hint: (p) => (p.char !== undefined ? INVISIBLE_EMAIL_FIX : p.meant !== undefined ? `Did you mean ${p.meant}? Check the address with the referee.` : p.end ? UNKNOWN_ENDING_FIX : p.bare !== undefined ? bareFix(p.email, p.bare) : 'Write the whole address, e.g. aino.virtanen@helsinki.fi.'),
  }),
  'referee.email-typo': entry<{ name: string; email: string; meant: string }>({
    severity: 'warning',
    when: "a referee's email address at a mistyped name of a big mail provider (\"gmial.com\", \"hotmial.com\", \"gmail.co\")",
    message: (p) => `${p.name}'s email "${p.email}" is at ${p.email.trim().split('@').at(-1) ?? ''}, not ${p.meant}: mail to it would reach someone else, or no one.`,
    hint: (p) => `Did you mean ${p.meant}? Check the address with the referee.`,
  }),
  'referee.email-non-ascii': entry<{ name: string; email: string; letters: string; ascii?: string; alt?: string }>({
    severity: 'warning',
    when: "a referee's email address with letters outside a-z before the @ (\"asa.ødegård@uio.no\", the name's letters typed into it), which most mail systems do not deliver to; a domain in other letters (\"müller.de\") is fine",
    message: (p) => `${p.name}'s email "${p.email}" has letters outside a-z before the @ (${p.letters}): many mail systems do not deliver to such an address, so the employer's request for a letter may bounce.`,
    hint: (p) => `Check the address with ${p.name}${p.ascii !== undefined ? `: most likely it is ${p.ascii}${p.alt !== undefined ? ` (or ${p.alt})` : ''}` : ', as on their staff page'}.`,
  }),
  'referee.email-noreply': entry<{ name: string; email: string }>({
    severity: 'warning',
    when: "a referee's email address of a mailbox that by its name takes no mail: noreply@, no-reply@, no.reply@, do-not-reply@, donotreply@, do-not-respond@, mailer-daemon@, and the mail system's own postmaster@, hostmaster@, abuse@ (also \"noreply-hr@\", \"ne-pas-repondre@\", \"nicht-antworten@\"; not \"postmaster.jones@\"), most likely copied from an automated message",
    message: (p) => `${p.name}'s email "${p.email}" is a no-reply address: the employer's request for a letter would reach no one.`,
    hint: (p) => `Give ${p.name}'s own address, as on their university's staff page.`,
  }),
  'applicant.phone': entry<{ phone: string }>({
    severity: 'warning',
    when: 'your own telephone number (`applicant.phone`, printed on the cover) with fewer than six digits ("123", "+358 40 ABC"), none ("n/a") or only zeros, as `referee.phone` for a referee\'s',
    message: (p) => `Your phone "${p.phone}" has too few digits to be a number anyone can call: it is printed on the cover, where a reviewer looks for it to invite you.`,
    hint: () => 'Write the whole number with its country code, e.g. +358 50 123 4567, or leave `phone:` out.',
  }),
  'applicant.email-noreply': entry<{ email: string }>({
    severity: 'warning',
    when: 'your own email address (`applicant.email`, printed on the cover) of a no-reply mailbox, as `referee.email-noreply` for a referee\'s ("noreply@", "donotreply@", "postmaster@")',
    message: (p) => `Your email "${p.email}" is a no-reply address: it is printed on the cover, and a reviewer's reply or invitation would reach no one.`,
    hint: () => 'Give your own address, one you read, e.g. aino.virtanen@helsinki.fi.',
  }),
  'applicant.email-non-ascii': entry<{ email: string; letters: string; ascii?: string; alt?: string }>({
    severity: 'warning',
    when: 'your own email address with letters outside a-z before the @ ("aino.väisänen@tuni.fi"), as `referee.email-non-ascii` for a referee\'s',
    message: (p) => `Your email "${p.email}" has letters outside a-z before the @ (${p.letters}): it is printed on the cover, and many mail systems do not deliver to such an address, so a reviewer's reply may bounce.`,
    hint: (p) => (p.ascii !== undefined ? `Check your address: most likely it is ${p.ascii}${p.alt !== undefined ? ` (or ${p.alt})` : ''}.` : 'Check your address, as your mail program shows it.'),
  }),
  'applicant.email-typo': entry<{ email: string; meant: string }>({
    severity: 'warning',
    when: 'your own email address at a mistyped name of a big mail provider ("gmial.com", "hotmial.com", "gmail.co"); a mistyped ending no domain has ("gmail.con") is an error, `manifest.invalid`',
    message: (p) => `Your email "${p.email}" is at ${p.email.split('@').at(-1) ?? ''}, not ${p.meant}: it is printed on the cover, and a reviewer's reply would reach someone else, or no one.`,
    hint: (p) => `Did you mean ${p.meant}?`,
  }),
  'referee.example-name': entry<{ name: string; language: string }>({
    severity: 'warning',
    when: 'a referee named, without a title, as the example of a language\'s forms who could be a real person too ("Jean Dupont", "Mario Rossi", "Jan Kowalski"); the slot words themselves ("Vorname Nachname") and names nobody has ("Max Mustermann") are `manifest.placeholder`',
    message: (p) => `"${p.name}" is the example name of ${p.language} forms: a referee left from a template would reach no one.`,
    hint: () => "If it is your referee's real name, nothing to do; otherwise write their own name and email address.",
  }),
  'referee.one-name': entry<{ name: string }>({
    severity: 'warning',
    when: 'a referee named by one word, titles aside ("Mikko", "Prof. Korhonen"); names in scripts written without spaces ("王小明") are whole',
    message: (p) => `The referee "${p.name}" is named by one word: a reviewer needs the full name to know who writes for you.`,
    hint: () => "Write the referee's given and family name, e.g. Prof. Mikko Korhonen; if one word is their whole name, nothing to do.",
  }),
  'name.markup': entry<{ who: 'referee' | 'applicant' | 'item'; name?: string; field?: MarkupField; value?: string; of?: string; kind: 'link' | 'address' | 'emphasis' | 'code'; plain: string }>({
    severity: 'error',
    when: "a person's name (a referee's or your own) holding Markdown (a link `[Prof. Mikko Korhonen](https://...)`, `**bold**`, `_italics_`, backticks) or a web address: names are printed as typed, so the markup and the address would be printed as the name; names with an apostrophe, a hyphen or \"Jr.\" are names. So is other text printed as typed holding Markdown, the field named: a referee's affiliation, position, relation or phone (the referees page), your phone or address (the cover), an entry's `title:` (the contents and the bookmarks), a `later:` note (the cover); \"R&D\", \"C++\", \"Dept. of X (Y)\" are text",
    message: (p) => {
      const holds = { link: 'a Markdown link', address: 'a web address', emphasis: 'Markdown emphasis', code: 'backticks' }[p.kind];
      const typed = p.value ?? p.name ?? '';
      const shown = { link: 'the brackets and the address', address: 'the address', emphasis: typed.includes('*') ? 'the asterisks' : 'the underscores', code: 'the backticks' }[p.kind];
      if (p.field !== undefined) {
        const what = p.field === 'title' ? `The title "${typed}" in ${p.of ?? ''}` : p.field === 'later' ? `The note on "${p.of ?? ''}" to send later, "${typed}",` : `${p.who === 'referee' ? `The ${p.field} of the referee ${p.of ?? ''}` : `Your ${p.field}`}, "${typed}",`;
        const where = p.who === 'referee' ? 'the referees page' : p.field === 'title' ? 'the contents and the bookmarks' : 'the cover';
        return `${what} holds ${holds}: it is printed as typed, not as Markdown, so ${where} would show ${shown} as part of it.`;
      }
      return p.who === 'referee'
        ? `The referee's name "${typed}" holds ${holds}: names are printed as typed, not as Markdown, so the referees page, the contents and the bookmarks would show ${shown} as part of their name.`
        : `Your name "${typed}" holds ${holds}: names are printed as typed, not as Markdown, so the cover, the page stamps and the PDF's title would show ${shown} as part of your name.`;
    },
    hint: (p) => {
      if (p.field !== undefined) return p.plain && !/\n/u.test(p.value ?? '') ? `Write it as it should be printed: \`${p.field}: ${p.plain}\`.` : 'Write it without the markup, as it should be printed.';
      return p.plain ? `Write the name alone, as it should be printed: \`name: ${p.plain}\`.` : `Write ${p.who === 'referee' ? "the referee's" : 'your'} name alone under \`name:\` (e.g. ${p.who === 'referee' ? 'Prof. Mikko Korhonen' : 'Aino Virtanen'}), without a web address.`;
    },
  }),
  'referee.name-email': entry<{ name: string; email: string; only: boolean }>({
    severity: (p) => (p.only ? 'error' : 'warning'),
    severities: ['error', 'warning'],
    when: "a referee's `name:` that is an email address (an error: the referees page would print the address as their name), or holds one beside the name (a warning)",
    message: (p) =>
      p.only
        ? `The referee's name is an email address, ${p.email}: the referees page would print it where their name goes.`
        : `The referee's name "${p.name}" holds an email address, ${p.email}: the referees page prints it as part of their name.`,
    hint: () => "Write only their name under `name:` (e.g. Prof. Anna Schmidt), and the address under `email:`.",
  }),
  'referee.phone': entry<{ name: string; phone: string }>({
    severity: 'warning',
    when: "a referee's telephone number with fewer than six digits (\"123\", \"+358 40 ABC\"), none (\"n/a\", an email address pasted in the wrong field) or only zeros: no one can call it",
    message: (p) => `${p.name}'s phone "${p.phone}" has too few digits to be a number anyone can call.`,
    hint: () => 'Write the whole number with its country code, e.g. +358 50 123 4567, or leave `phone:` out.',
  }),
  'referee.missing-contact': entry<{ name: string; detail: Exclude<ContactDetail, 'name' | 'email'>; title: string }>({
    severity: 'error',
    when: "a referee without a contact detail the profile's item asks of each referee (`contact: [name, email, phone]`: \"the names, email addresses and phone numbers of three references\"): their phone, affiliation or position; a missing name or email is `manifest.invalid`",
    message: (p) => `${p.title} asks for each referee's ${CONTACT_WORDS[p.detail]}, and ${p.name} has none.`,
    hint: (p) => `Add \`${p.detail}: ${CONTACT_EXAMPLES[p.detail]}\` under ${p.name}${p.detail === 'phone' ? ', with the country code' : ''}.`,
  }),
  'referee.own-email': entry<{ name: string; email: string; yours?: string; named?: string }>({
    severity: 'error',
    when: "a referee's email address that is your own (`applicant.email`), also written another way that reaches your mailbox (\"aino.virtanen+ref@gmail.com\", and for Gmail without its dots: \"ainovirtanen@gmail.com\"), or made of your name (`applicant.name`) at any domain (\"aino.virtanen@tuni.fi\", \"a.virtanen@...\", \"virtanen.aino@...\"), unless the referee's own name is written so too",
    message: (p) =>
      p.named !== undefined
        ? `${p.name}'s email ${p.email} is made of your own name, ${p.named}: mail to it would reach you, not your referee.`
        : p.yours
        ? `${p.name}'s email ${p.email} is your own address ${p.yours} written another way: mail to it reaches you, not your referee.`
        : `${p.name}'s email ${p.email} is your own address: the employer would write to you, not to your referee.`,
    hint: () => "Give the referee's own address, as on their university's staff page.",
  }),
  'referee.email-given-name': entry<{ name: string; email: string; named: string }>({
    severity: 'warning',
    when: "a referee's email address whose part before the @ is your given name alone (\"aino@tuni.fi\" under Ida Aho while you are Aino Virtanen), and not the referee's own name: most likely your own address pasted in; your whole name there is `referee.own-email`",
    message: (p) => `${p.name}'s email ${p.email} is made of your given name alone (you are ${p.named}), not of ${p.name}'s name: if it is your own address, mail to it would reach you, not your referee.`,
    hint: (p) => `Give ${p.name}'s own address, as on their university's staff page; if this address really is theirs, nothing to do.`,
  }),
  'referee.other-email': entry<{ name: string; email: string; other: string; line: number; file?: string }>({
    severity: 'warning',
    when: "a referee's email address made of another referee's name (\"mikko.korhonen@uio.no\" under Dr. Åsa Ødegård while Prof. Mikko Korhonen is a referee too) and not of their own: most likely copied from the other entry",
    message: (p) => `${p.name}'s email ${p.email} is made of the name of your other referee ${p.other} (line ${p.line}${p.file ? ` of ${p.file}` : ''}), not of ${p.name}'s own: copied from that entry?`,
    hint: (p) => `Give ${p.name}'s own address, as on their university's staff page; if this address really is theirs, nothing to do.`,
  }),
  'referee.unnamed-letter': entry<{ file: string; title: string; taken?: string }>({
    severity: 'info',
    when: 'a letter given as a bare file in an item of letters whose file name names no referee of the manifest, or names one whose letter is given with their entry (`letter:`) or earlier: the cover and bookmarks number it ("Letter 1")',
    message: (p) => p.taken
      ? `${p.file} names ${p.taken}, whose letter is already given; the packet calls it "${p.title}", not a second letter from ${p.taken}.`
      : `${p.file} names none of your referees, so the packet calls it "${p.title}".`,
    hint: (p) => p.taken
      ? 'Nothing to do if it is another person\'s letter; if it is a second copy of theirs, leave it out.'
      : 'Nothing to do if that is right; to show who wrote it, give it with their referee entry (`letter: ' + p.file + '`).',
  }),
  'referee.self': entry<{ name: string; email: string; yours?: string }>({
    severity: 'warning',
    when: 'a referee with your own name (`applicant.name`; titles, accents and the order of the names aside) at another address: you under a second mailbox, or another person of a common name. Your own address is `referee.own-email`, an error',
    message: (p) => `${p.name} has your own name, at another address (${p.email}${p.yours !== undefined ? `, not your ${p.yours}` : ''}): a referee has to be someone else, who writes or speaks about you.`,
    hint: (p) => `If ${p.name} is another person who shares your name, nothing to do; if it is you under another address, remove this referee and give one who writes about you.`,
  }),
  'referee.duplicate': entry<{ email: string; line: number; file?: string; name?: string; other?: string }>({
    severity: 'error',
    when: 'the same email address for two referees',
    message: (p) => `${p.email} is given for two referees (first on line ${p.line}${p.file ? ` of ${p.file}` : ''}).`,
    // Two different names: two people, one address copied over; removing one would drop a referee meant to be named.
    hint: (p) => (p.name !== undefined && p.other !== undefined
      ? `${p.name} has ${p.other}'s address: write ${p.name}'s own address here.`
      : 'Each referee needs their own email address; remove the repeated referee or correct the address.'),
  }),
  'referee.same-name': entry<{ name: string; line: number; file?: string; other: string; email: string; otherEmail: string; same?: true; at?: string; otherAt?: string }>({
    severity: (p) => (p.same ? 'error' : 'warning'),
    severities: ['error', 'warning'],
    when: 'one name for two referees (titles, accents, the order "Korhonen, Mikko" and a note such as "(to be asked)" aside): an error when the two addresses reach one mailbox ("ida.aho@gmail.com", "idaaho@gmail.com"), one person who would count twice; a warning when they differ, since two people may share a common name ("Prof. Wei Zhang" at Tsinghua, "Dr. Wei Zhang" at MIT). A note that tells them apart, "(Aalto)", is neither',
    message: (p) => {
      const where = `line ${p.line}${p.file ? ` of ${p.file}` : ''}`;
      if (p.same) return `${p.name} is already a referee (${where}), and ${p.email} reaches the same mailbox as ${p.otherEmail}: one person would count twice.`;
      return `${p.name} at ${p.email}${p.at ? `, ${p.at},` : ''} has the name of your referee ${p.other} (${where}) at ${p.otherEmail}${p.otherAt ? `, ${p.otherAt}` : ''}: if they are one person, they count twice.`;
    },
    hint: (p) =>
      p.same
        ? 'List each referee once.'
        : p.at !== undefined && p.otherAt !== undefined && p.at.toLowerCase() !== p.otherAt.toLowerCase()
          ? `Check the two addresses: if both are one person's, keep one of the entries; if they are two people, nothing to do (their affiliations tell them apart on the referee page).`
          : `Check the two addresses: if both are one person's, keep one of the entries; if they are two people, give each their \`affiliation:\`, so a reviewer can tell them apart.`,
  }),
  'text.glyph': entry<{ where: string; chars: readonly string[]; name?: 'yours' | 'referee'; value?: string; text?: boolean }>({
    severity: 'error',
    when: "a character no embedded font can draw: letters of a script the packet has no font for (Devanagari, Thai, ...) named by their script, any other character by its code point; for your name or a referee's, the advice to write it in Latin letters",
    message: (p) => {
      const { scripts, others } = unshown(p.chars);
      const where = p.value !== undefined ? `${p.where} "${p.value}"` : p.where;
      // A name all in one such script is said to be written in it: "Your name "प्रिया शर्मा" is written in Devanagari".
      if (p.value !== undefined && others.length === 0 && [...p.value].every((c) => !/\p{L}/u.test(c) || unshippedScript(c) !== undefined)) {
        return `${where} is written in ${andList(scripts)}, which none of the packet's fonts can show.`;
      }
      if (others.length === 0) return `${where} contains ${andList(scripts)} letters, which none of the packet's fonts can show.`;
      const listed = `${others.length === 1 ? 'a character' : 'characters'} none of the packet's fonts can draw: ${charList(others)}`;
      return scripts.length === 0 ? `${where} contains ${listed}.` : `${where} contains ${andList(scripts)} letters, and ${listed}.`;
    },
    hint: (p) => {
      const letters = unshown(p.chars).scripts.length > 0;
      // A name is no item to supply as a PDF, and the packet draws it on pages of its own: only its spelling can change.
      if (p.name === 'yours') return `${letters ? 'Write your name in Latin letters, as in your passport' : 'Write your name without these characters'}; ${SHOWN_SCRIPTS}.`;
      if (p.name === 'referee') return `${letters ? "Write the referee's name in Latin letters, as they write it in English (on their university's web page, for instance)" : "Write the referee's name without these characters"}; ${SHOWN_SCRIPTS}.`;
      return `Write it without these characters${letters ? ', in Latin letters for instance' : ''}${p.text ? ', or supply the item as a PDF you make yourself' : ''}; ${SHOWN_SCRIPTS}.`;
    },
  }),
  'text.direction': entry<{ where: string }>({
    severity: 'warning',
    when: 'right-to-left text where no shaping engine was given (library callers with their own fonts)',
    message: (p) =>
      `${p.where} contains right-to-left text (Arabic or Hebrew letters), which the generated pages print letter by letter, left to right and unjoined: no shaping engine was given.`,
    hint: () => 'Give plan() the fonts of loadFonts(), which bring the shaping engine, or supply the item as a PDF file.',
  }),

  // ---------------------------------------------------------------- dates
  'deadline.passed': entry<DeadlineParams & { open: boolean; profile?: ProfileAt }>({
    severity: (p) => (p.open ? 'warning' : 'error'),
    severities: ['error', 'warning'],
    when: "the deadline has passed, judged in the deadline's own time zone (a date alone: from the day after it on your calendar; a time without a zone: on your clock): an error, a warning when the posting stays open until filled; within a day of a deadline with a time, the hours and minutes since, and its time on your clock when that differs",
    message: (p) =>
      `The deadline (${deadlineText(p)}) passed ${
        p.minutes !== undefined
          ? p.minutes < DAY_MINUTES ? `${hoursAndMinutes(p.minutes)} ago` : `${plural(Math.floor(p.minutes / DAY_MINUTES), 'day')} ago`
          : p.days === 0 ? 'earlier today' : `${plural(p.days, 'day')} ago`
      }${
        p.open ? '; the posting stays open until the position is filled, so you may still apply' : ''
      }.`,
    hint: (p) =>
      p.open
        ? 'Apply as soon as you can.'
        : `If the employer moved the deadline, ${inProfile(p.profile, 'change `deadline:` to the new date')}; otherwise ask whether late applications are accepted.`,
  }),
  'deadline.near': entry<DeadlineParams>({
    severity: 'info',
    when: "days left, within 14 days of the deadline (a date alone: counted on your calendar, and \"today\" all its day); in the last two days of a deadline with a time, the hours and minutes left, and its time on your clock when that differs",
    message: (p) =>
      p.minutes !== undefined && p.minutes < HOURS_VIEW_MINUTES
        ? `The deadline is ${dayWord(p.yourDays ?? p.days)} (${deadlineText(p)}): ${hoursAndMinutes(p.minutes)} left.`
        : p.days === 0 ? `The deadline is today (${deadlineText(p)}).` : `${plural(p.days, 'day')} left until the deadline (${deadlineText(p)}).`,
    hint: (p) =>
      p.basis === 'date' && p.days === 0
        ? 'The posting gives no time or time zone: submit before the day ends where the employer is, which can be hours before it ends where you are.'
        : (p.minutes !== undefined ? p.minutes < DAY_MINUTES : p.days === 0)
          ? `Submit now if you can: portals slow down in the last hours before a deadline${p.basis === 'own-clock' ? ", and the employer's clock may be ahead of yours" : ''}.`
        : p.basis === 'date'
          ? 'Submit a day early: portals slow down on the last day, and the posting gives no time, so its day may end sooner where the employer is.'
          : p.basis === 'own-clock'
            ? "Submit a day early: portals slow down on the last day, and the employer's clock may be ahead of yours."
            : 'Submit a day early: portals slow down on the last day.',
  }),

  // ---------------------------------------------------------------- build
  'build.output-is-input': entry<{ output: string }>({
    severity: 'error',
    when: 'the output path is one of the inputs: the manifest, its profile, a file it names, or any file the `extends` bases name (for an item this posting leaves out too)',
    message: (p) => `The output ${p.output} is one of your input files; building would overwrite it.`,
    hint: () => 'Choose another output path (-o out/packet.pdf).',
  }),
  'build.output-holds-inputs': entry<{ folder: string; files: readonly string[] }>({
    severity: 'error',
    when: 'a `--separate` build into a folder that holds input files the manifest names: a portal upload of the folder would take them too (and a warning about files the build did not write would name them)',
    message: (p) =>
      `The output folder ${p.folder} holds ${p.files.length === 1 ? 'an input file' : `${p.files.length} input files`} of this manifest (${p.files.slice(0, 5).join(', ')}${p.files.length > 5 ? ', …' : ''}): the files to upload would be mixed with your inputs.`,
    hint: () => 'Build into a folder of its own (-o packet, or `output: packet` in the manifest); your inputs stay where they are.',
  }),
  'build.output-path': entry<{ output: string; problem: 'empty' | 'blanks' | 'home' | 'folder' | 'no-name' | 'backslash'; fix?: string; flag?: boolean }>({
    severity: 'error',
    when: 'an output path that is empty, starts or ends with a blank (the build would make a folder or file whose name holds it), starts with `~` in the manifest (not your home folder there), ends in / (a folder, where one PDF is built), is a file name that is only `.pdf` (a hidden file), or is written with \\ between folders on macOS or Linux (`out\\packet.pdf`, `C:\\Users\\...`: there the build would make one file with \\ in its name)',
    message: (p) =>
      p.problem === 'empty'
        ? 'The output path is empty.'
        : p.problem === 'blanks'
          ? `The output "${p.output}" ${/^\s/u.test(p.output) ? 'starts' : 'ends'} with a blank: the build would make a ${/^\s/u.test(p.output) && /[\\/]/u.test(p.output) ? 'folder' : 'file'} whose name holds it, which looks the same as one without.`
          : p.problem === 'home'
            ? `The output ${p.output} starts with ~, which is not your home folder in a manifest: the build would make a folder named "~" beside it.`
            : p.problem === 'no-name'
              ? `The output ${p.output} is a file name with only the extension: the PDF would be a hidden file named ".pdf".`
              : p.problem === 'backslash'
                ? `The output ${p.output} is written with \\ between folders, as on Windows: on this computer \\ is part of a name, so the build would make one file named "${p.output}"${p.fix === undefined ? '' : ', not a file in a folder'}.`
              : `The output ${p.output} names a folder; the packet is one PDF file.`,
    hint: (p) =>
      p.fix !== undefined
        ? p.flag
          ? `Write -o ${shellArg(p.fix)}.`
          : `Write \`output: ${p.fix}\`.`
        : p.problem === 'folder'
          ? `Write the file's name too, e.g. ${p.output}${/[\\/]$/.test(p.output) ? '' : '/'}packet.pdf.`
          : 'Write the path relative to the manifest\'s folder (out/packet.pdf), or in full (/home/you/packet.pdf); or leave `output:` out for packet.pdf beside the manifest.',
  }),
  'build.output-not-pdf': entry<{ output: string; suggestion: string }>({
    severity: 'warning',
    when: 'the output path (`output:` or `-o`) does not end in .pdf',
    message: (p) => `The output ${p.output} does not end in .pdf: upload forms may refuse it, and a reviewer's computer may not open it as a PDF.`,
    hint: (p) => `Name it ${p.suggestion}.`,
  }),
  'build.file-name': entry<{ output: string; problem: 'characters' | 'pattern' | 'length'; expected?: string; suggestion?: string; characters?: string[]; max?: number }>({
    severity: 'warning',
    when: "the one PDF's name (`output:` or `-o`) holds characters Windows and upload portals refuse (`? * : < > | \" \\`), is not the name a single-PDF posting's `file_name` asks for, or is longer than its `max_name_length` (without `output:`, the build takes the posting's name)",
    message: (p) =>
      p.problem === 'characters'
        ? `The PDF's name "${p.output}" holds ${(p.characters ?? []).map((c) => (c < ' ' || c === '\u007f' ? 'a control character' : `"${c}"`)).join(' and ')}, which Windows and many upload portals refuse.`
        : p.problem === 'pattern'
          ? `The PDF would be named "${p.output}", but the posting asks for "${p.expected}".`
          : `The PDF's name "${p.output}" is ${p.output.length} characters long; the posting takes names of at most ${p.max}.`,
    hint: (p) =>
      p.expected !== undefined
        ? `Write \`output: ${p.suggestion ?? p.expected}\` in the manifest (or leave \`output:\` out: the build then uses that name).`
        : p.problem === 'characters'
          ? 'Name it with letters, digits, "-" and "_" only, e.g. `output: Lastname_application.pdf`.'
          : `Give \`output:\` a name of at most ${p.max} characters.`,
  }),
  'build.write-failed': entry<{ path: string; problem: WriteProblem }>({
    severity: 'error',
    when: 'an output (the PDF, a --separate folder, `report -o`, `init`, `profile import -o`) that cannot be written: a device, a folder, a path under a file, a NUL or over-long name, no permission, a read-only or full disk; an existing file that `packet build` did not write (not a PDF, or a PDF without its record), without --force; `report -o` keeping a file is `report.write-failed`',
    message: (p) => `Cannot write ${p.path}: ${writeReason(p.problem)}.`,
    hint: (p) => writeFix(p.problem),
  }),
  'report.write-failed': entry<{ path: string; problem: WriteProblem }>({
    severity: 'error',
    when: '`report -o` onto an existing file it does not replace without --force: a report `packet report` wrote and you edited since (notes added to `checklist.md`), or a file that is no report of packet\'s (`research-statement.tex`); nothing is written',
    message: (p) => `Cannot write ${p.path}: ${writeReason(p.problem)}.`,
    hint: (p) => writeFix(p.problem),
  }),
  'build.blank-page': entry<{ file: string; page: number; outputPage: number }>({
    severity: 'error',
    when: 'a page that has text in its input came out blank in the built PDF (checked after assembling; the PDF is not written)',
    message: (p) => `Page ${p.page} of ${p.file} has text, but it came out blank on page ${p.outputPage} of the built PDF, so the PDF was not written.`,
    hint: (p) => reexport(p.file),
  }),
  'build.text-changed': entry<{ file: string; page: number; outputPage: number }>({
    severity: 'error',
    when: 'a damaged input whose page reads differently in the built PDF than in the file (every page of a damaged input is compared after assembling; the PDF is not written)',
    message: (p) => `Page ${p.page} of ${p.file} reads differently on page ${p.outputPage} of the built PDF than in the file itself (the file is damaged and can be read in more than one way), so the PDF was not written.`,
    hint: (p) => reexport(p.file),
  }),
  'build.format': entry<{ profile?: ProfileAt; onePdf?: boolean }>({
    severity: 'warning',
    when: '`build --separate` for a posting whose profile asks for one PDF (`submission: format: single-pdf`, the default); `build --no-separate` (the library\'s `buildPacket({ separate: false })`) for one that asks for a file per item (`format: separate-files`)',
    message: (p) =>
      p.onePdf
        ? "The posting's profile asks for one file per item (`format: separate-files`), but --no-separate (`separate: false`) built one PDF."
        : "The posting's profile asks for one PDF (`format: single-pdf`), but --separate built one file per item.",
    hint: (p) =>
      p.onePdf
        ? `Upload the files that \`packet build\` makes without --no-separate, one per item, unless the portal takes one PDF: then ${inProfile(p.profile, 'set `format: single-pdf` under `submission:`')}.`
        : `Upload the one PDF that \`packet build\` makes without --separate, unless the portal asks for a file per item: then ${inProfile(p.profile, 'set `format: separate-files` under `submission:`')}.`,
  }),
  'build.stray-files': entry<{ folder: string; files: readonly string[]; earlier?: boolean }>({
    severity: 'warning',
    when: 'a `--separate` build whose folder also holds PDFs it did not write (from an earlier build, or put there by hand); `validate` and `report` say it of files an earlier build of the manifest wrote that the current set does not have',
    message: (p) =>
      `The folder ${p.folder} also holds ${p.files.length === 1 ? 'a PDF' : `${p.files.length} PDFs`} ${p.earlier ? 'an earlier build wrote, not part of the set as the manifest makes it now' : 'this build did not write'}: ${p.files.slice(0, 5).join(', ')}${p.files.length > 5 ? ', …' : ''}.`,
    hint: (p) => (p.earlier ? 'If you upload the whole folder, delete those first (or build into an empty folder with -o).' : 'If you upload the whole folder, delete those first (an earlier build may have left them), or build into an empty folder with -o.'),
  }),
  'build.edited': entry<({ built: string; pages: number; recorded: number } | { built: string; edit: BuiltEdit }) & { separate?: boolean }>({
    severity: 'error',
    when: '`report` or `validate` found a built PDF changed after the build: more pages than the build wrote (a page added with a PDF editor or qpdf); a page that does not draw, show or turn as the build wrote it, or other comments or links on it, or a page thumbnail (which the build removes); another title or opening settings, other bookmarks (titles or targets), page labels, XMP metadata (title, author, subject, keywords, language) or a tag tree (what screen readers read; a record of an earlier version, without it, is compared on the rest) (the build records a digest of each page and of the document; a re-save that keeps them, as qpdf\'s, is no change); scripts, launch or automatic actions or attached files, which the build removes from every packet (found in the PDF itself, as in inputs): not the packet the manifest makes',
    message: (p) => {
      if (!('edit' in p)) return `${p.built} has ${plural(p.pages, 'page')}, ${p.pages - p.recorded} more than the ${p.recorded} it was built with: it was changed after the build (${p.pages - p.recorded === 1 ? 'a page' : 'pages'} added).`;
      const e = p.edit;
      switch (e.kind) {
        case 'active':
          return `${p.built} was changed after the build: it now holds ${e.what.join(', ')}, which the build removes from every packet.`;
        case 'page': {
          const what = { content: 'draws other content than the build wrote (its text or drawing was edited or removed)', resources: 'shows other images or fonts than the build wrote', page: 'was turned, cropped or resized', annots: 'has other comments, links or form fields than the build wrote', thumbnail: 'has a thumbnail picture, which the build does not write (some viewers show it in their sidebar instead of the page, and it may show another page)' }[e.aspect];
          const more = e.more > 0 ? `; ${plural(e.more, 'other page')} changed too` : '';
          return `${p.built} was changed after the build: page ${e.page} (${e.item ?? 'the cover'}) ${what}${more}.`;
        }
        case 'document': {
          const what = {
            info: 'its title, author, subject or keywords (which viewers show) were changed',
            catalog: 'its language, what it does when it is opened (the page and zoom it opens at, its layout), or its form or layer settings were changed',
            outline: 'the bookmarks were changed (their titles, order or the pages they open)',
            labels: 'the page numbers viewers show for its pages (its page labels) were changed',
            xmp: 'its metadata that portals and search tools read (XMP: title, author, subject, keywords or language) was changed',
            tags: 'a tag tree was added or changed, which screen readers and "read out loud" read instead of the text on its pages',
          }[e.aspect];
          return `${p.built} was changed after the build: ${what}.`;
        }
      }
    },
    hint: (p) =>
      'edit' in p
        ? `Build again with ${buildCommand(p)} and upload the new file; make changes in your documents or the manifest, not in the built PDF.`
        : `To send what was added, add it to the manifest (as an item, or a file of one) and build again with ${buildCommand(p)}; otherwise build again and upload the new file.`,
  }),
  'build.damaged': entry<{ built: string; problem: Exclude<BuiltDamage, { kind: 'pages-added' | 'encrypted' | 'edited' }> | { kind: 'missing'; title: string }; separate?: boolean }>({
    severity: 'error',
    when: '`report` (or `validate`, which reads the end of every built PDF there is) found a built PDF that cannot be read as a whole: not a PDF, cut off before its end, fewer pages than the build wrote, bookmarks whose pages are gone; or, for a `--separate` build, a file of it missing',
    message: (p) => {
      const d = p.problem;
      switch (d.kind) {
        case 'not-pdf':
          return `${p.built} is not a PDF, so it is not the packet to upload.`;
        case 'cut-off':
          return `${p.built} is cut off before its end (an interrupted copy or download?): viewers show only some of its pages, or none.`;
        case 'unreadable':
          return `${p.built} is damaged and cannot be read as a PDF.`;
        case 'pages-lost':
          return `${p.built} is incomplete: it has ${plural(d.pages, 'page')} of the ${d.recorded} it was built with.`;
        case 'bookmarks-lost':
          return `${p.built} is incomplete: the ${d.titles.length === 1 ? 'bookmark' : 'bookmarks'} ${d.titles.slice(0, 3).map((t) => `"${clip(t, 60)}"`).join(', ')}${d.titles.length > 3 ? ', …' : ''} ${d.titles.length === 1 ? 'leads' : 'lead'} to pages no longer in it.`;
        case 'missing':
          return `${p.built} (${d.title}) is missing: the build wrote it, and the folder holds the other files without it.`;
      }
    },
    hint: (p) => (p.problem.kind === 'missing'
      ? `Build again with ${buildCommand(p)}, and upload the whole new set.`
      : `Build it again with ${buildCommand(p)} (or copy it again from where it was built), and upload the new file.`),
  }),
  'build.encrypted': entry<{ built: string; lock: 'password' | 'restricted'; denied: readonly string[]; separate?: boolean }>({
    severity: 'error',
    when: '`report` or `validate` found a built PDF saved again with protection after the build (a password to open it, or restrictions such as no printing: Acrobat\'s "Protect", Preview\'s "Encrypt"), which `packet build` never writes: reviewers may not be able to open or print it, and portals may refuse it',
    message: (p) => (p.lock === 'password'
      ? `${p.built} is protected with a password: the portal and the reviewers cannot open it without the password.`
      : `${p.built} was saved with restrictions${p.denied.length > 0 ? ` (${andList(p.denied)} not allowed)` : ' (an owner password)'}: ${p.denied.includes('printing') ? 'the reviewers may not be able to print it, and ' : ''}portals may refuse a protected PDF.`),
    hint: (p) => `Upload the file \`packet build\` wrote, without protection (or build it again with ${buildCommand(p)}).`,
  }),
  'build.other-applicant': entry<{ built: string; author: string; name: string; manifest: string; set?: boolean; pdf?: boolean; separate?: boolean }>({
    severity: 'error',
    when: '`report` or `validate` found a built PDF made for another applicant than the manifest\'s (the name on its cover and page stamps), one that is not this manifest\'s build under a name since corrected (`build.old-name`)',
    message: (p) => `${p.built} was built for ${p.author}, not for ${p.name} (${p.manifest}): its ${p.set ? 'page stamps name' : 'cover and page stamps name'} another applicant.`,
    // `pdf`: the command takes --pdf (report); validate reads the manifest's output only, so its hint names no option.
    hint: (p) => (p.set
      ? `Build the set again (${buildLine(p, p.manifest)}), delete the old files, and upload the new ones.`
      : p.pdf
        ? `Give --pdf the packet built from ${p.manifest}, or build it: ${buildLine(p, p.manifest)}.`
        : `Build the packet from ${p.manifest}: ${buildLine(p, p.manifest)}.`),
  }),
  'build.old-name': entry<{ built: string; author: string; name: string; manifest: string; set?: boolean; separate?: boolean }>({
    severity: 'error',
    when: '`report` or `validate` found a built PDF (or files of a `--separate` set) this manifest built from the same files when the applicant\'s name was written otherwise: the name corrected since, so its cover and page stamps show the old spelling',
    message: (p) => `${p.built} was built when your name was written "${p.author}" (now "${p.name}" in ${p.manifest}): its ${p.set ? 'page stamps show' : 'cover and page stamps show'} the name as it was then.`,
    hint: (p) => (p.set
      ? `Build the set again (${buildLine(p, p.manifest)}), delete the old files, and upload the new ones.`
      : `Build it again: ${buildLine(p, p.manifest)}.`),
  }),
  'build.other-names': entry<{ folder: string; files: readonly string[]; names: readonly string[]; manifest: string; separate?: boolean }>({
    severity: 'warning',
    when: '`report` or `validate` found in a `--separate` set\'s folder files built from this manifest, but none under the names a build gives now (the profile\'s `file_name` or `max_name_length` changed, `family_name` or `given_names` added): an old build',
    message: (p) =>
      `The folder ${p.folder} holds ${p.files.length === 1 ? 'a file' : `${p.files.length} files`} built from ${p.manifest} under other names than a build gives now (${p.files.slice(0, 3).join(', ')}${p.files.length > 3 ? ', …' : ''}; now ${p.names.slice(0, 2).join(', ')}${p.names.length > 2 ? ', …' : ''}): ${p.files.length === 1 ? 'it holds' : 'they hold'} the packet as it was then.`,
    hint: (p) => `Build the set again with ${buildCommand(p)}, delete the old files, and upload the new ones.`,
  }),
  'build.other-manifest': entry<{ built: string; manifest: string; own: string; title?: string; separate?: boolean }>({
    severity: 'error',
    when: '`report` or `validate` found at the manifest\'s output (or at `--pdf`) a packet built from another manifest (another file name, or another folder\'s `manifest.yaml`: its path from the PDF\'s folder differs): two manifests writing the same `packet.pdf`; a renamed manifest builds again',
    message: (p) => `${p.built} was built from another manifest${p.title ? ` ("${p.title}")` : ''}, not from ${p.manifest}: it is not this application's packet.`,
    hint: (p) => `Give each manifest its own \`output:\` (e.g. output: ${p.own}) and build it: ${buildLine(p, p.manifest)}.`,
  }),
  'build.stale': entry<{ built: string; newer: string; changed: boolean; set?: boolean; copy?: { at: string; set: boolean }; separate?: boolean }>({
    severity: 'error',
    when: '`report` or `validate` found a built PDF (or files of a `--separate` set, said once for the set) made from other contents of an input than it has now (for a PDF without that record: older than an input): it is not the packet to upload, and its page ranges are not shown; its items and pages are still those of the manifest (else `build.mismatch`). Given to `report --pdf` from elsewhere than the build writes, it is said to be a copy of an older build, with where the build writes',
    // A copy elsewhere (`cp out/packet.pdf ~/Desktop/`): a build replaces the file it writes, never the copy.
    message: (p) => p.copy
      ? `${p.built} is a copy of an older build: ${p.changed ? `it was built before ${p.newer} changed, so it holds the packet as it was then` : `it is older than ${p.newer}, so it may hold an earlier version of it`}.`
      : p.changed
        ? `${p.built} was built before ${p.newer} changed: it holds the packet as it was then, not as it is now.`
        : `${p.built} is older than ${p.newer}: it may hold an earlier version of it.`,
    hint: (p) => p.copy
      ? `Build again with ${buildCommand(p)}, which writes ${p.copy.set ? `the set in ${p.copy.at}` : p.copy.at}, not this copy, and upload ${p.copy.set ? 'the files there' : 'that file'} (or copy ${p.copy.set ? 'them' : 'it'} here again).`
      : (p.set ? `Build the set again with ${buildCommand(p)}, and upload the new files.` : `Build it again with ${buildCommand(p)}, and upload the new file.`),
  }),
  'build.prints-version': entry<{ built: string; version: number; now: number; set?: boolean; separate?: boolean }>({
    severity: 'warning',
    when: '`report` or `validate` found a built PDF whose record holds the digests of its pages written by the rules of another version of `packet` (its `/Prints` number): they are not compared, so a change made to it after the build is not found',
    message: (p) => `${p.built} was built by ${p.version < p.now ? 'an earlier' : 'a later'} version of \`packet\`, whose record of its pages this one cannot compare: a change made to it after the build would not be found.`,
    hint: (p) => (p.set ? `Build the set again with ${buildCommand(p)}, and upload the new files.` : `Build it again with ${buildCommand(p)}, and upload the new file.`),
  }),
  'build.mismatch': entry<{ built: string; first: string; more: number; set?: boolean; validate?: boolean; separate?: boolean }>({
    severity: 'error',
    when: '`report` or `validate` (`validate` only when the PDF is not also `build.stale`: the verdict is the same) found a built PDF (or a file of a `--separate` set) whose items or pages, or bookmarks, are not those of this manifest (an old build: a file added, an item with another number of pages; or another packet): the PDF to upload lacks what the manifest names',
    message: (p) => `${p.built} does not match this manifest: ${p.first}${p.more > 0 ? `, and ${p.more} more ${p.more === 1 ? 'difference' : 'differences'}` : ''}.`,
    hint: (p) => (p.set
      ? `Build the set again with ${buildCommand(p)} before you submit, and upload the new files.`
      : `Build it again with \`packet build\` before you submit${p.validate ? ', and upload the new file' : ', or give the packet built from this manifest with --pdf'}.`),
  }),
  'build.not-packet': entry<{ built: string; manifest: string; set?: { title: string }; validate?: boolean; separate?: boolean }>({
    severity: 'error',
    when: '`report --pdf` given a PDF that `packet build` did not write from a manifest (no record of a packet in it: the CV itself, a scan); or (`report`, `validate`) a PDF at the manifest\'s `output` without that record and without the items\' bookmarks (its pages copied into a new file: pypdf, `qpdf --empty --pages`), or such a file in a `--separate` set under the name the build gives an item (put there by hand)',
    message: (p) => (p.set
      ? `${p.built} is not the file \`packet build\` wrote for ${p.set.title}: it has no record of the build (was it put there by hand?), so it may not hold what ${p.manifest} names.`
      : `${p.built} is not the packet built from ${p.manifest}: \`packet build\` did not write it, so it has none of the packet's items.`),
    hint: (p) => (p.set
      ? `Move it out of the folder if you want to keep it, then build the set again with ${buildCommand(p)} (or add --force, which replaces it).`
      : p.validate
        ? `Move it away if you want to keep it, then build the packet: ${buildLine(p, p.manifest)} (or build with --force, which replaces it).`
        : `Give --pdf the PDF that \`packet build\` wrote, or build it first: ${buildLine(p, p.manifest)}.`),
  }),
  'build.resaved': entry<{ built: string; manifest: string; pdf?: boolean; replace?: boolean; rewritten?: boolean; separate?: boolean }>({
    severity: 'error',
    when: '`report --pdf` given (or `report` found at the `output`, without its bookmarks) a PDF that `packet build` wrote (its creator and the items\' bookmarks say so) without the record of the build: saved again by another program (a viewer\'s Save), which dropped it, so it cannot be checked against the manifest; also `report` and `validate` on such a PDF at the `output`, or a file of a `--separate` set, whose document information shows the other program (its producer, or a modification date that is not its creation date; one as the build wrote it is taken for a build of an earlier version, judged by dates); or one whose record another program rewrote so that its digests cannot be read back',
    message: (p) => `${p.built} was written by \`packet build\` and then saved again by another program (a PDF viewer?), which ${p.rewritten ? 'rewrote the record of the build so that it can no longer be read' : 'dropped the record of the build'}: it cannot be checked against ${p.manifest}.`,
    // Where the build writes, it keeps a PDF without its record unless --force (build.write-failed).
    hint: (p) => `Upload the file \`packet build\` wrote, not a copy saved by another program${p.pdf ? ' (give that file to --pdf)' : ''}, or build again${p.replace ? ', replacing it' : ''}: ${buildLine(p, p.manifest, p.replace)}.`,
  }),
  'packet.empty': entry({
    severity: 'error',
    when: 'nothing to build: every item is absent, to come later, or could not be read',
    message: () => 'No item could be put into the packet, so it has no pages.',
    hint: () => 'Fix the problems reported for the items, then build again.',
  }),
} as const;

/** Every code `packet` can report. */
export type DiagnosticCode = keyof typeof CATALOGUE;

/** The parameters the wording of `C` needs. */
export type DiagnosticParams<C extends DiagnosticCode> = (typeof CATALOGUE)[C] extends Entry<infer P> ? P : never;

type ParamArgs<C extends DiagnosticCode> = keyof DiagnosticParams<C> extends never ? [params?: DiagnosticParams<C>] : [params: DiagnosticParams<C>];

/**
 * Make a diagnostic (without its place in the manifest) from the catalogue.
 *
 * @example
 * diag('item.missing', { title: 'Short bio', id: 'bio', forms: 'a file' });
 * // { severity: 'error', code: 'item.missing', message: 'Short bio is missing: the posting asks for it.', hint: 'Add `bio:` ...' }
 */
export function diag<C extends DiagnosticCode>(code: C, ...[params]: ParamArgs<C>): Finding & { code: C } {
  const e = CATALOGUE[code] as unknown as Entry<DiagnosticParams<C>>;
  const p = (params ?? {}) as DiagnosticParams<C>;
  const severity = typeof e.severity === 'function' ? e.severity(p) : e.severity;
  // Made sentences here, where the file a message starts with is known, so its name keeps its case.
  const file = (p as { file?: unknown }).file;
  const subject = typeof file === 'string' ? file : undefined;
  const hint = e.hint(p);
  return { severity, code, message: sentence(e.message(p), subject), hint: hint.trim() === '' ? hint : sentence(hint, subject) };
}

/** The README's table of codes, generated from the catalogue (`npm run docs`). */
export function catalogueTable(): string {
  const rows = Object.entries(CATALOGUE).map(([code, e]) => {
    const entry = e as Entry<unknown>;
    const severities = entry.severities ?? [entry.severity as Severity];
    return `| \`${code}\` | ${severities.join(' / ')} | ${entry.when} |`;
  });
  return ['| code | severity | when |', '|---|---|---|', ...rows].join('\n');
}
