import type { Diagnostic } from '../diagnostics.js';
import { countBySeverity, isBlocking } from '../diagnostics.js';
import type { Profile } from '../schema/profile.js';
import { sentDirectly } from '../schema/vocabulary.js';
import type { ItemReport, ValidationResult } from '../validate/types.js';
import type { FitReport } from '../fit/fit.js';
import { oneLine } from '../words.js';
import { refuseOptions } from '../options.js';

/** What a report says, whatever its format. */
export interface Report {
  ready: boolean;
  verdict: string;
  manifest: string;
  profile: {
    id: string;
    title: string;
    organization?: string;
    deadline?: string;
    open_until_filled: boolean;
    submission: Profile['submission'];
    /** The values `packet profile import` guessed and nobody checked yet (`deadline`, `submission`): the report says so beside them. */
    guessed?: string[];
  };
  items: ItemReport[];
  diagnostics: Diagnostic[];
  notes: string[];
  totals: ValidationResult['totals'];
  strict: boolean;
  /**
   * Present after a build; `fit` after `build --fit`; `outOfDate` when `report` found the built PDF made from other
   * contents of an input, or lacking what the manifest names now (`build.stale`, `build.mismatch`); `copyOf` when
   * that PDF is a copy elsewhere (`report --pdf ~/Desktop/packet.pdf`) of what the build writes. For a
   * `--separate` set, `output` is its folder, the figures its files' sums, and `files` each file.
   */
  build?: { output: string; pages: number; bytes: number; fit?: FitReport; outOfDate?: true; copyOf?: CopyOf; files?: BuiltSetFile[] };
}

/** Where the build writes what an out-of-date copy elsewhere was copied from: a file, or a set's folder (`set`). */
export interface CopyOf {
  at: string;
  set: boolean;
}

/**
 * What makes an out-of-date build the one to upload, as the verdict and the line of the build say it: building
 * again, and for a copy elsewhere, which a build never replaces, uploading what it writes.
 *
 * @example
 * buildAgain({ at: 'out/packet.pdf', set: false }); // 'build again and upload out/packet.pdf'
 */
export function buildAgain(copyOf?: CopyOf): string {
  return copyOf ? `build again and upload ${copyOf.set ? `the files in ${copyOf.at}` : copyOf.at}` : 'build again';
}

/** A file of a `--separate` set, as `report` found it: the item it holds, where it is, its pages and bytes. */
export interface BuiltSetFile {
  /** The item's title, as the text report lists it. */
  item: string;
  /** The item's id in the profile: two items of one title are told apart by it. */
  itemId: string;
  file: string;
  pages: number;
  bytes: number;
}

/**
 * An item read as `ok` with an error at one of its entries in the manifest (a referee without `email:`, an unknown
 * key in an entry) is `invalid`: its row must not read ok beside the error line about it.
 */
function withEntryErrors(items: ItemReport[], diagnostics: readonly Diagnostic[]): ItemReport[] {
  const at = (d: Diagnostic, id: string): boolean => d.item === id || (d.path !== undefined && (d.path === `items.${id}` || d.path.startsWith(`items.${id}.`) || d.path.startsWith(`items.${id}[`)));
  return items.map((i) => (i.status === 'ok' && diagnostics.some((d) => d.severity === 'error' && at(d, i.id)) ? { ...i, status: 'invalid' } : i));
}

/**
 * Gather what the report shows, and decide the verdict. Give it `checkManifest`'s `diagnostics` (its `result`
 * carries the same list): without `result` or `diagnostics` nothing was checked, and the report is not ready.
 *
 * @example
 * import { checkManifest, makeReport } from 'application-packet';
 * const check = await checkManifest('manifest.yaml', { today: '2025-11-01' });
 * const report = makeReport({ manifest: check.manifestFile, profile: check.profile, result: check.result, diagnostics: check.diagnostics, strict: false });
 * // The last line `packet validate manifest.yaml --today 2025-11-01` prints: "Ready to submit (1 item to send later)" or "Not ready: ...".
 * console.log(report.verdict);
 */
export function makeReport(args: {
  manifest: string;
  profile?: Profile;
  result?: ValidationResult;
  diagnostics?: Diagnostic[];
  strict: boolean;
  build?: Report['build'];
}): Report {
  refuseOptions('makeReport', args);
  const { profile, result, strict } = args;
  const diagnostics = args.diagnostics ?? result?.diagnostics ?? [];
  const blocking = diagnostics.filter((d) => isBlocking(d, strict));
  // `checkManifest` of a manifest that does not parse has a profile and no result: its errors are in `diagnostics` only.
  const unchecked = result === undefined && args.diagnostics === undefined;
  const ready = blocking.length === 0 && profile !== undefined && !unchecked;
  return {
    ready,
    verdict: unchecked && profile ? 'Not ready: nothing was checked (give makeReport the diagnostics of checkManifest)' : verdict(ready, result?.items ?? [], diagnostics, strict, profile, args.build?.copyOf, result?.guessed),
    manifest: args.manifest,
    profile: profile
      ? {
          id: profile.id,
          title: profile.title,
          ...(profile.organization ? { organization: profile.organization } : {}),
          ...(profile.deadline ? { deadline: profile.deadline } : {}),
          open_until_filled: profile.open_until_filled,
          submission: profile.submission,
          ...(result?.guessed?.length ? { guessed: result.guessed } : {}),
        }
      : { id: '', title: '', open_until_filled: false, submission: { format: 'single-pdf' } },
    items: withEntryErrors(result?.items ?? [], diagnostics),
    diagnostics,
    notes: profile ? postingNotes(profile) : [],
    totals: result?.totals ?? { pages: 0, filePages: 0, bytes: 0, estimatedPages: 0, pagesExact: true, cover: false },
    strict,
    ...(args.build ? { build: args.build } : {}),
  };
}

/**
 * The report as the text and Markdown formats print it: every free-text value (titles, names, files, a `later:`
 * note, the posting's notes) on one line, so a note written as a `|` block with a `# Heading` or a `- [x]` line of
 * its own stays inside its item. The JSON report keeps the values as given: it is data.
 */
export function forDisplay(report: Report): Report {
  const fold = <T extends object>(o: T, keys: readonly (keyof T)[]): T => {
    const copy = { ...o };
    for (const k of keys) if (typeof copy[k] === 'string') copy[k] = oneLine(copy[k]) as T[keyof T];
    return copy;
  };
  return {
    ...report,
    profile: fold(report.profile, ['title', 'organization', 'deadline']),
    items: report.items.map((item) => ({
      ...fold(item, ['title', 'later', 'condition']),
      entries: item.entries.map((e) => ({ ...fold(e, ['title', 'file', 'link', 'selection']), ...(e.referee ? { referee: fold(e.referee, ['name']) } : {}) })),
    })),
    notes: report.notes.map(oneLine),
    ...(report.build ? { build: fold(report.build, ['output']) } : {}),
  };
}

/**
 * The posting's notes, then when conditional items apply and what not to send, in plain sentences.
 *
 * @example
 * postingNotes(profile) // ['Language certificate: only if non-native speakers of English.', 'Do not send: a photo.']
 */
export function postingNotes(profile: Profile): string[] {
  const out = [...profile.notes];
  for (const item of profile.items) if (item.condition) out.push(`${item.title}: only ${/^(?:if|for|when|where|in case|only)\b/i.test(item.condition) ? '' : 'for '}${item.condition.replace(/^only\s+/i, '')}.`);
  for (const n of profile.not_wanted ?? []) out.push(`Do not send: ${n.what}.`);
  return out;
}

/** How the verdict counts blocking problems, by code or code prefix: [one, many]. */
const VERDICT_GROUPS: [RegExp, [string, string]][] = [
  [/^file\.not-found$/, ['file not found', 'files not found']],
  [/^file\.duplicate$/, ['file given twice', 'files given twice']],
  // The file is fine; only the pages asked of it are not (a letter's cut before its signature too).
  [/^file\.(?:pages-range|letter-cut)$/, ['page selection to correct', 'page selections to correct']],
  [/^file\./, ['file that cannot be used', 'files that cannot be used']],
  [/^limit\./, ['limit exceeded', 'limits exceeded']],
  [/^item\.unknown$/, ['item the posting does not have', 'items the posting does not have']],
  [/^item\.later$/, ['item the posting asks for now marked as coming later', 'items the posting asks for now marked as coming later']],
  [/^item\.count$/, ['item with too few or too many entries', 'items with too few or too many entries']],
  [/^item\./, ['item given in a way the posting does not take', 'items given in a way the posting does not take']],
  [/^referee\./, ['referee detail to correct', 'referee details to correct']],
  [/^name\./, ['name to correct', 'names to correct']],
  [/^link\./, ['link that does not work', 'links that do not work']],
  [/^text\./, ['text to fix', 'texts to fix']],
  [/^(manifest|yaml)\./, ['mistake in the manifest', 'mistakes in the manifest']],
  [/^profile\./, ['problem with the profile', 'problems with the profile']],
  [/^build\.damaged$/, ['built PDF damaged or incomplete', 'built PDFs damaged or incomplete']],
  [/^build\.encrypted$/, ['built PDF saved with a password or restrictions', 'built PDFs saved with a password or restrictions']],
  [/^build\.edited$/, ['built PDF changed after the build', 'built PDFs changed after the build']],
  [/^build\.other-applicant$/, ["built PDF of another applicant", "built PDFs of another applicant"]],
  [/^build\.old-name$/, ['built PDF with your name as it was written before: build again', 'built PDFs with your name as it was written before: build again']],
  [/^build\.other-manifest$/, ["built PDF of another manifest: build this one", "built PDFs of another manifest: build this one"]],
  [/^build\.resaved$/, ['built PDF saved again by another program: upload the one the build wrote', 'built PDFs saved again by another program: upload the ones the build wrote']],
  [/^build\.not-packet$/, ['PDF that is not the packet: give the built one or build it', 'PDFs that are not the packet: give the built one or build it']],
  [/^build\./, ['problem with the output path', 'problems with the output path']],
];

/** A built PDF that is not the packet of the inputs as they are now: the verdict names it (`outOfDate`). */
const OUT_OF_DATE: readonly string[] = ['build.stale', 'build.mismatch'];

/**
 * The verdict's words for the built PDFs out of date (stale or not matching the manifest), counted once each
 * whatever says so: "out/packet.pdf is out of date: build again"; a `--separate` set said at its folder ("packet/")
 * covers its files. A copy elsewhere (`copyOf`) is told what to upload instead, as its `build.stale` hint says.
 */
function outOfDate(diags: readonly Diagnostic[], copyOf?: CopyOf): string | undefined {
  const named = [...new Set(diags.filter((d) => d.severity === 'error' && OUT_OF_DATE.includes(d.code)).map((d) => d.file ?? ''))];
  const folders = named.filter((f) => f.endsWith('/'));
  const files = named.filter((f) => !folders.some((folder) => f !== folder && f.startsWith(folder)));
  const [only] = files;
  if (files.length === 0) return undefined;
  if (files.length > 1) return `${files.length} built PDFs out of date: build again`;
  if (only === undefined || only === '') return 'the built PDF is out of date: build again';
  if (copyOf) {
    return only.endsWith('/')
      ? `the files in ${only} are a copy of an older build: ${buildAgain(copyOf)} (or copy them over these)`
      : `${only} is a copy of an older build: ${buildAgain(copyOf)} (or copy it over this one)`;
  }
  return only.endsWith('/') ? `the files in ${only} are out of date: build again` : `${only} is out of date: build again`;
}

/** "its deadline (2017-09-05) is a guess, and ": a guessed date or way to send is what makes a packet late or refused (audit 12-06i: Ready after the real deadline). */
function guessedNote(guessed: readonly string[], profile: Profile | undefined): string {
  const named = guessed.map((k) => (k === 'deadline' ? `its deadline${profile?.deadline ? ` (${profile.deadline})` : ''}` : 'how to send it'));
  if (named.length === 0) return '';
  return `${named.join(' and ')} ${named.length === 1 ? 'is a guess' : 'are guesses'}, and `;
}

/** Your name, or a referee's (`items.references[1].name`): the verdict counts what is wrong with them as names. */
const NAME_PATH = /^(?:applicant\.name|items\.[^.[\]]+(?:\[\d+\])?\.name)$/;
const NAME_WORDS: [string, string] = ['name to correct', 'names to correct'];
const DETAIL_WORDS: [string, string] = ['detail to correct', 'details to correct'];

/** What a warning is about, in a few words, for the verdict line ("check the 2 warnings: phone number, comments in CV"); every warning code has one (test/core/report/topics.test.ts). */
export const WARNING_TOPICS: Readonly<Record<string, string>> = {
  'yaml.syntax': 'manifest syntax',
  'yaml.encoding': 'manifest encoding',
  'yaml.line-endings': 'manifest line endings',
  'profile.not-wanted-item': 'item not asked for',
  'profile.same-title': 'same item titles',
  'link.owner-only': 'private link',
  'link.url': 'link',
  'item.asked-later': 'item asked later',
  'item.sent-directly': 'transcript the issuer sends',
  'text.short': 'short text',
  'text.language': 'language',
  'text.link': 'link in text',
  'text.link-mismatch': 'link text',
  'text.comment-open': 'open comment',
  'text.image': 'image in text',
  'text.control': 'hidden characters',
  'text.direction': 'text direction',
  'referee.letter-signer': "letter's signer",
  'referee.letter-stranger': "letter's writer",
  'referee.letter-subject': "letter's subject",
  'referee.letter-file': 'letter file',
  'file.cv-subject': "CV's owner",
  'file.letter-cut': "letter's last page",
  'file.language': 'language',
  'file.truncated': 'cut-off file',
  'file.signed': 'signed PDF',
  'file.forms-kept': 'form fields',
  'file.form-empty': 'empty form',
  'file.forms': 'form field values',
  'file.xfa': 'XFA form',
  'file.layers': 'layers',
  'file.attachments': 'attachments',
  'file.comments': 'comments',
  'file.marks': 'marks',
  'file.actions': 'scripts',
  'file.links-deceptive': 'deceptive link',
  'file.pages-uncertain': 'page count',
  'file.pages': 'page count',
  'file.low-resolution': 'blurry scan',
  'file.squeezed': 'squeezed pages',
  'file.page-size': 'page size',
  'limit.size-near': 'size near the cap',
  'limit.unchecked': 'unchecked limit',
  'applicant.latin-name': 'name in Latin letters',
  'applicant.name-split': 'name',
  'applicant.phone': 'phone number',
  'applicant.email-noreply': 'email',
  'applicant.email-typo': 'email',
  'applicant.email-non-ascii': 'email',
  'referee.email-typo': "referee's email",
  'referee.email-noreply': "referee's email",
  'referee.email-non-ascii': "referee's email",
  'referee.example-name': "referee's name",
  'referee.one-name': "referee's name",
  'referee.name-email': "referee's email",
  'referee.phone': "referee's phone",
  'referee.email-given-name': "referee's email",
  'referee.other-email': "referee's email",
  'referee.self': 'referee',
  'referee.same-name': "referee's name",
  'profile.deadline-zone': "deadline's time zone",
  'profile.link-cap': 'link limit',
  'profile.min-zero': 'minimum of zero',
  'profile.each-over-total': 'page caps of an item',
  'profile.sent-by-contacts': 'referees sent by others',
  'profile.sent-by-kind': 'an item sent by others',
  'profile.source': "profile's source",
  'profile.example': 'made-up posting',
  'text.footnote': 'footnote',
  'build.output-not-pdf': 'output name',
  'build.file-name': 'file name',
  'build.format': 'packet format',
  'build.stray-files': 'stray files',
  'build.other-names': 'other names',
  'build.prints-version': 'printed version',
};
/** A verdict line longer than this names no topics: it is read at a glance. */
const MAX_VERDICT_TOPICS = 60;

/** ": phone number, comments in CV" for up to three warnings' topics (an item's file named by its title), or '' when more or too long. */
function warningTopics(diags: readonly Diagnostic[], items: readonly ItemReport[]): string {
  const titleOf = new Map(items.map((i) => [i.id, i.title]));
  const topics = new Set<string>();
  for (const d of diags) {
    if (d.severity !== 'warning' || d.code === 'deadline.passed' || d.code === 'profile.unreviewed') continue;
    const topic = WARNING_TOPICS[d.code] ?? (d.code.split('.').at(-1) ?? d.code).replace(/-/g, ' ');
    const title = d.item && /^(file|text|limit)\./.test(d.code) ? titleOf.get(d.item) : undefined;
    topics.add(title ? `${topic} in ${title}` : topic);
  }
  const named = [...topics].join(', ');
  return topics.size <= 3 && named.length <= MAX_VERDICT_TOPICS ? `: ${named}` : '';
}

/** Whom what others send is asked of, for the verdict ("only if your degree is not from Finland"); a later stage's "when" is enough. */
function whom(item: ItemReport): string | undefined {
  return item.stage === 'later' ? undefined : item.condition;
}

/**
 * The one line that says whether to submit, and if not, what stands in the way, in the applicant's words:
 * "Not ready: 2 items missing (Short bio, MSc thesis), 1 file that cannot be used".
 */
function verdict(ready: boolean, items: ItemReport[], diags: Diagnostic[], strict: boolean, profile: Profile | undefined, copyOf?: CopyOf, guessed: readonly string[] = []): string {
  const passed = diags.find((d) => d.code === 'deadline.passed');
  const later = items.filter((i) => i.status === 'later').length;
  // What others send (letters straight from the referees) is part of being ready, so the verdict names it.
  const direct = items.filter((i) => i.status === 'direct');
  const warnings = countBySeverity(diags).warning;
  // An imported profile nobody checked may lack a document the posting asks for: "Ready" alone would vouch for it.
  const unreviewed = diags.some((d) => d.code === 'profile.unreviewed' && d.severity === 'warning');
  // A passed deadline of a posting open until filled, and an unreviewed profile, are warnings the verdict names itself.
  const unnamed = warnings - (passed?.severity === 'warning' ? 1 : 0) - (unreviewed ? 1 : 0);
  const laterNote = [
    ...(later ? [`${later} ${later === 1 ? 'item' : 'items'} to send later`] : []),
    // Whom it is asked of is kept ("only if your degree is not from Finland"), as the cover and the row say; a later stage's "when" is enough.
    ...direct.map((i) => `${i.title} ${sentDirectly(i.sentBy ?? 'referees', i.stage, whom(i))}`),
    ...items.flatMap((i) => (i.lettersSentBy ? [`letters for ${i.title} ${sentDirectly(i.lettersSentBy, i.stage, whom(i))}`] : [])),
    // Ready, yet a warning may be what a reviewer minds: the verdict line, which people read, points at them.
    ...(unnamed ? [`check the ${unnamed === 1 ? 'warning' : `${unnamed} warnings`}${warningTopics(diags, items)}`] : []),
  ].join('; ');
  if (ready) {
    if (passed && profile?.deadline) {
      const unchecked = unreviewed ? ['the profile is not yet checked against the posting'] : [];
      return `Ready, but the deadline passed on ${profile.deadline} (the posting says open until filled)${[...unchecked, ...(laterNote ? [laterNote] : [])].map((n) => `; ${n}`).join('')}`;
    }
    if (unreviewed) return `Ready, but by a profile not yet checked against the posting: ${guessedNote(guessed, profile)}it may miss a document the posting asks for${laterNote ? ` (${laterNote})` : ''}`;
    return laterNote ? `Ready to submit (${laterNote})` : 'Ready to submit';
  }
  const parts: string[] = [];
  const unread = items.filter((i) => i.status === 'unread');
  const syntax = diags.find((d) => d.code === 'yaml.syntax' && d.severity === 'error');
  if (unread.length) parts.push(`${unread.length} ${unread.length === 1 ? 'item' : 'items'} not read past the YAML error${syntax ? ` on line ${syntax.line}` : ''} (${unread.map((i) => i.title).join(', ')})`);
  const missing = items.filter((i) => i.status === 'missing');
  if (missing.length) parts.push(`${missing.length} ${missing.length === 1 ? 'item' : 'items'} missing (${missing.map((i) => i.title).join(', ')})`);
  if (passed?.severity === 'error' && profile?.deadline) parts.push(`the deadline passed on ${profile.deadline}`);
  if (diags.some((d) => d.code === 'packet.empty')) parts.push('nothing to build');
  const counts = new Map<string, { n: number; words: [string, string]; titles: Set<string> }>();
  const titleOf = new Map(items.map((i) => [i.id, i.title]));
  for (const d of diags) {
    if (d.severity !== 'error' || ['item.missing', 'deadline.passed', 'packet.empty', ...OUT_OF_DATE].includes(d.code)) continue;
    // A name the fonts cannot show is a detail to correct, not a text: yours is no item's, a referee's no item's text.
    const name = d.code === 'text.glyph' && NAME_PATH.test(d.path ?? '');
    // Markdown in an affiliation, a title or an address: not a name, though the same code says it.
    const detail = d.code === 'name.markup' && !NAME_PATH.test(d.path ?? '');
    const words = name ? NAME_WORDS : detail ? DETAIL_WORDS : (VERDICT_GROUPS.find(([re]) => re.test(d.code))?.[1] ?? ['other problem', 'other problems']);
    const group = counts.get(words[0]) ?? { n: 0, words, titles: new Set<string>() };
    group.n += 1;
    // The cover note belongs to no item: named all the same, so "2 texts to fix" lists two.
    const title = d.item ? titleOf.get(d.item) : d.path === 'options.cover.note' ? 'Cover note' : undefined;
    if (title && !name && /^(limit|item|text)\./.test(d.code)) group.titles.add(title);
    counts.set(words[0], group);
  }
  for (const { n, words, titles } of counts.values()) parts.push(`${n} ${n === 1 ? words[0] : words[1]}${titles.size ? ` (${[...titles].join(', ')})` : ''}`);
  const outdated = outOfDate(diags, copyOf);
  if (outdated) parts.push(outdated);
  if (strict && warnings) parts.push(`${warnings} ${warnings === 1 ? 'warning' : 'warnings'} (--strict)`);
  return `Not ready: ${parts.length ? parts.join(', ') : 'see the problems above'}`;
}
