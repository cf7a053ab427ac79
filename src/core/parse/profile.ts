import { sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { diag } from '../catalogue.js';
import { ProfileSchema } from '../schema/profile.js';
import type { Profile, ProfileItem } from '../schema/profile.js';
import { SENT_BY_KINDS } from '../schema/vocabulary.js';
import { parseYaml, diagnosticAt } from './yaml.js';
import type { YamlSource } from './yaml.js';
import { invalid, issuesToDiagnostics, PARSE_OPTIONS } from './zod-issues.js';
import { checkIsoDate, deadlineBasis, isoDateFix, parseDateTime } from './dates.js';
import { checkSource } from '../validate/values.js';
import { profileFiller } from '../validate/filler.js';
import { contradictedItem } from '../narrowed-refusal.js';
import type { PathSegment } from '../diagnostics.js';
import { languageProblem } from './language.js';
import { anyLanguageName, knownLanguage } from '../text/language.js';
import { closest } from './suggest.js';
import { FILE_NAME_PLACEHOLDERS } from '../plan/file-names.js';
import { around, charName, invisibleEffect, invisibleTrouble, lineBreakIn } from '../words.js';

export interface ParsedProfile {
  /** The profile, when it is valid. */
  profile?: Profile;
  source: YamlSource;
  diagnostics: Diagnostic[];
  /** The profile's own keys that a `# REVIEW:` comment (from `packet profile import`) stands above, in order. */
  reviewMarks: string[];
}

/**
 * Parse and check a requirements profile from YAML text.
 *
 * @example
 * const { profile, diagnostics } = parseProfile(text, 'templates/profiles/aalto-tml-doctoral-2025.yaml');
 */
export function parseProfile(text: string, file: string): ParsedProfile {
  const { source, diagnostics } = parseYaml(text, file);
  const reviewMarks = reviewedKeys(text);
  if (diagnostics.some((d) => d.severity === 'error')) return { source, diagnostics, reviewMarks };
  const result = ProfileSchema.safeParse(source.value ?? {}, PARSE_OPTIONS);
  if (!result.success) {
    // Every problem in one pass: the counts and `order` are checked on what could be read, beside the schema's errors.
    diagnostics.push(...issuesToDiagnostics(result.error.issues, source, ProfileSchema, 'profile'), ...crossChecks(readable(source.value), source));
    return { source, diagnostics: sortDiagnostics(diagnostics), reviewMarks };
  }
  const profile = result.data;
  diagnostics.push(...crossChecks(profile, source));
  for (const key of ['deadline', 'start'] as const) {
    const value = profile[key];
    const problem = value === undefined ? undefined : checkIsoDate(value, key === 'start');
    if (problem) {
      diagnostics.push(
        diagnosticAt(source, [key], invalid('profile', `\`${key}\` ${problem}`, isoDateFix(problem))),
      );
    }
  }
  const language = profile.language === undefined ? undefined : languageProblem(profile.language);
  if (language) diagnostics.push(diagnosticAt(source, ['language'], invalid('profile', language.problem, language.fix)));
  // Said once, here: every check of a document against this language is off, and the packet's /Lang with it.
  else if (profile.language !== undefined && !knownLanguage(profile.language)) diagnostics.push(diagnosticAt(source, ['language'], diag('profile.language-unread', { tag: profile.language.trim(), name: anyLanguageName(profile.language) })));
  const pattern = profile.submission.file_name;
  const fileNameInvalid = (message: string, hint: string): void => {
    diagnostics.push(diagnosticAt(source, ['submission', 'file_name'], invalid('profile', message, hint)));
  };
  const unknown = pattern === undefined ? [] : unknownPlaceholders(pattern);
  if (unknown.length > 0) {
    // `{lastname}` was dropped from every file name without a word: the committee got `cv.pdf`.
    const known = FILE_NAME_PLACEHOLDERS.map((k) => `{${k}}`);
    const meant = unknown.map((u) => [u, closest(u, FILE_NAME_PLACEHOLDERS)] as const).filter((m): m is readonly [string, string] => m[1] !== undefined);
    const instead = meant.length ? `write ${meant.map(([u, k]) => `{${k}} for {${u}}`).join(' and ')}; ` : '';
    fileNameInvalid(
      `\`file_name\` uses ${unknown.map((u) => `{${u}}`).join(' and ')}, which packet does not fill: every file name would go without ${unknown.length === 1 ? 'it' : 'them'}`,
      `${instead}the placeholders are ${known.slice(0, -1).join(', ')} and ${known[known.length - 1]}`,
    );
  }
  // One file per item, all named alike ("application.pdf", "application-2.pdf"): a reviewer cannot tell them apart.
  if (pattern !== undefined && unknown.length === 0 && profile.submission.format === 'separate-files' && !/\{(?:item|id|title)\}/u.test(pattern)) {
    const stem = pattern.replace(/\.pdf$/iu, '');
    fileNameInvalid(
      `\`file_name\` "${pattern}" names no item, so every file of the set would be named alike (${stem}.pdf, ${stem}-2.pdf, ...) and a reviewer could not tell which is the CV`,
      'add {item} (the item\'s short name), {id} or {title}, as in {last}_{item}.pdf',
    );
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { source, diagnostics: sortDiagnostics(diagnostics), reviewMarks };
  // A time without a zone is read on the applicant's clock, which may be hours off the employer's.
  const deadline = profile.deadline === undefined ? undefined : parseDateTime(profile.deadline);
  if (deadline && deadlineBasis(deadline) === 'own-clock') {
    diagnostics.push(diagnosticAt(source, ['deadline'], diag('profile.deadline-zone', { value: (profile.deadline as string).trim() })));
  }
  // A `sent_by` ignored leaves its item asked of the applicant, so a refusal of its kind contradicts it after all.
  const contacts = sentByContacts(profile, source);
  diagnostics.push(...refusedAndAsked(contacts.profile, source));
  diagnostics.push(...sameTitles(profile, source));
  diagnostics.push(...idleLimits(profile, source));
  diagnostics.push(...contacts.diagnostics);
  const printed = checkPrinted(profile, source);
  diagnostics.push(...printed);
  // Printed on the cover, and clickable there: an address no reviewer can open is said, and printed without a link.
  const problem = profile.source === undefined || printed.some((d) => d.path === 'source') ? undefined : checkSource(profile.source);
  if (problem) diagnostics.push(diagnosticAt(source, ['source'], diag('profile.source', { source: (profile.source as string).trim(), ...problem })));
  return { profile: contacts.profile, source, diagnostics: sortDiagnostics(diagnostics), reviewMarks };
}

/**
 * `sent_by` where nobody else sends the item, at its `sent_by`, and the profile without it: on contact details only, kept,
 * it would refuse the referees the applicant gives and say Ready with none; on a kind its sender does not send (a CV
 * "sent by the referees", letters "sent by the issuer"), it would drop a document the applicant must give.
 */
function sentByContacts(profile: Profile, source: YamlSource): { profile: Profile; diagnostics: Diagnostic[] } {
  const contactsOnly = (i: ProfileItem) => i.sent_by !== undefined && i.accepts.includes('referee') && !i.accepts.includes('letter');
  const otherKind = (i: ProfileItem) => i.sent_by !== undefined && !SENT_BY_KINDS[i.sent_by].includes(i.kind);
  const diagnostics = profile.items.flatMap((item, j) => {
    const at = (d: Diagnostic) => [diagnosticAt(source, ['items', j, 'sent_by'], d)];
    if (contactsOnly(item)) return at(diag('profile.sent-by-contacts', { id: item.id, title: item.title.trim(), by: item.sent_by! }));
    return otherKind(item) ? at(diag('profile.sent-by-kind', { id: item.id, title: item.title.trim(), kind: item.kind, by: item.sent_by! })) : [];
  });
  if (diagnostics.length === 0) return { profile, diagnostics };
  const items = profile.items.map((i) => (contactsOnly(i) || otherKind(i) ? (({ sent_by: _sentBy, ...rest }) => rest)(i) : i));
  return { profile: { ...profile, items }, diagnostics };
}

/**
 * A kind the profile both refuses and asks for, at the `not_wanted` entry (the item may be the one the posting wants).
 * Letters refused beside references given as contact details only, or sent by others, hold together, and so does a narrower document
 * ("high school transcripts" beside "Transcripts from all undergraduate institutions").
 */
function refusedAndAsked(profile: Profile, source: YamlSource): Diagnostic[] {
  return (profile.not_wanted ?? []).flatMap((n, j) => {
    // Letters refused beside referees asked for by contact details, or beside letters the referees send, are fine; beside letters given as files they are not.
    const item = contradictedItem(n, profile.items);
    if (!item) return [];
    const line = source.locate(['not_wanted', j]).line;
    const itemLine = source.locate(['items', profile.items.indexOf(item)]).line;
    return [{ ...diagnosticAt(source, ['not_wanted', j], diag('profile.not-wanted-item', { what: n.what.trim(), kind: n.kind as string, id: item.id, title: item.title.trim(), line, itemLine })), item: item.id }];
  });
}

/** An item titled as an earlier one (spaces and capitals aside), at its title: its bookmark would read the same. */
function sameTitles(profile: Profile, source: YamlSource): Diagnostic[] {
  const seen = new Map<string, string>();
  return profile.items.flatMap((item, j) => {
    const key = item.title.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, item.id);
      return [];
    }
    return [diagnosticAt(source, ['items', j, 'title'], diag('profile.same-title', { id: item.id, first, title: item.title.trim() }))];
  });
}

/** Caps that count a document's pages, words, characters or bytes: a link-only item has none to count. */
const DOCUMENT_CAPS = ['max_pages', 'max_pages_each', 'max_words', 'max_chars', 'max_mb'] as const;

/**
 * Limits that can never apply, at their line: a cap on an item that accepts only links, `min: 0` on a required
 * item, a cap on each file above the cap on all of them (`init` printed "give a link — max 1 page, max 200 words", and a check that never runs).
 */
function idleLimits(profile: Profile, source: YamlSource): Diagnostic[] {
  return profile.items.flatMap((item, j) => {
    const out: Diagnostic[] = [];
    // In the order written, the first one's line where the warning points.
    const written = Object.keys(writtenItem(source, j));
    const caps = item.accepts.every((form) => form === 'link') ? DOCUMENT_CAPS.filter((key) => item[key] !== undefined).sort((a, b) => written.indexOf(a) - written.indexOf(b)) : [];
    if (caps.length > 0) out.push(diagnosticAt(source, ['items', j, caps[0]!], diag('profile.link-cap', { id: item.id, title: item.title.trim(), caps: [...caps] })));
    if (item.min === 0 && item.stage === 'required' && item.condition === undefined) out.push(diagnosticAt(source, ['items', j, 'min'], diag('profile.min-zero', { id: item.id, title: item.title.trim() })));
    // "max_pages_each: 5" under "max_pages: 2": the total binds first, so the cap on each file never does (a typo, mostly).
    if (item.max_pages_each !== undefined && item.max_pages !== undefined && item.max_pages_each > item.max_pages) out.push(diagnosticAt(source, ['items', j, 'max_pages_each'], diag('profile.each-over-total', { id: item.id, title: item.title.trim(), each: item.max_pages_each, total: item.max_pages })));
    return out;
  });
}

/** The item `j` of the profile as written (its keys in the YAML's order), or {} when it is no mapping. */
function writtenItem(source: YamlSource, j: number): object {
  const items = (source.value as { items?: unknown } | null | undefined)?.items;
  const item = Array.isArray(items) ? (items[j] as unknown) : undefined;
  return typeof item === 'object' && item !== null ? item : {};
}

/**
 * The top-level keys a `# REVIEW:` comment stands above (the comment lines right before the key), as
 * `packet profile import` writes them: what "review: true" at the top of a profile is about.
 *
 * @example
 * reviewedKeys('id: x\n# REVIEW: taken from the first line\ntitle: X\norganization: Y\n') // ['title']
 */
export function reviewedKeys(text: string): string[] {
  const keys: string[] = [];
  let marked = false;
  for (const line of text.split(/\r?\n/u)) {
    if (/^\s*#/u.test(line)) {
      if (/^#\s*REVIEW:/iu.test(line.trim())) marked = true;
      continue;
    }
    const key = /^([A-Za-z_][\w-]*)\s*:/u.exec(line)?.[1];
    if (key !== undefined && marked) keys.push(key);
    if (line.trim() !== '') marked = false;
  }
  return keys;
}

/** How a key of `reviewedKeys` reads in a sentence: `title`, or "the list of items" (a document it may have missed). */
export function reviewMarkName(key: string): string {
  return key === 'items' ? 'the list of items' : `\`${key}\``;
}

/**
 * The values of a marked item that decide whether a packet without it is ready: its condition, a stage other than
 * required, its count; " (condition "if applicable", at most 3)", or "" when it has none of them.
 *
 * @example
 * askedValues({ stage: 'later', min: 3, ... }) // ' (stage later, at least 3)'
 */
function askedValues(i: ProfileItem): string {
  const count = i.min !== undefined && i.min === i.max ? `exactly ${i.min}` : i.min !== undefined && i.max !== undefined ? `${i.min} to ${i.max}` : i.min !== undefined ? `at least ${i.min}` : i.max !== undefined ? `at most ${i.max}` : undefined;
  const values = [i.condition !== undefined ? `condition "${i.condition}"` : undefined, i.stage !== 'required' ? `stage ${i.stage}` : undefined, count].filter((v) => v !== undefined);
  return values.length ? ` (${values.join(', ')})` : '';
}

/**
 * What a profile from `packet profile import` still has marked for review, each place once (a `# REVIEW:` over
 * `submission` and its own `review: true` are one mark): the keys the marks stand above, or `unmarked` when a
 * `review: true` at the top has none; `submission`; the marked items and `not_wanted` entries.
 *
 * @example
 * reviewPlaces(profile, ['title', 'submission'], 'the profile') // ['`title`', '`submission`', '`cv`']
 */
export function reviewPlaces(profile: Profile, marks: readonly string[], unmarked: string): string[] {
  return [
    ...new Set([
      ...(profile.review ? (marks.length ? marks.map(reviewMarkName) : [unmarked]) : []),
      ...(profile.submission.review ? [reviewMarkName('submission')] : []),
      ...profile.items.filter((i) => i.review).map((i) => `\`${i.id}\`${askedValues(i)}`),
      ...(profile.not_wanted ?? []).filter((n) => n.review).map((n) => `\`not_wanted\` "${n.what}"`),
    ]),
  ];
}

/**
 * The deadline and the way to send, of the places `reviewPlaces` names, when the import marked them: a wrong one
 * makes a packet late or refused, so the verdict names them.
 *
 * @example
 * guessedKeys(profile, ['title', 'deadline']) // ['deadline'] (a profile with `review: true`)
 */
export function guessedKeys(profile: Profile, marks: readonly string[]): ('deadline' | 'submission')[] {
  const marked = (k: string): boolean => profile.review === true && marks.includes(k);
  return (['deadline', 'submission'] as const).filter((k) => marked(k) || (k === 'submission' && profile.submission.review === true));
}

/** The placeholders of a file-name pattern that `fileNames` does not fill (`lastname` of `{lastname}`), each once. */
function unknownPlaceholders(pattern: string): string[] {
  const found = [...pattern.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!);
  return [...new Set(found.filter((k) => !FILE_NAME_PLACEHOLDERS.includes(k)))];
}

/**
 * The contacts-and-letters item whose letters others send (`accepts: [referee, letter]`, `sent_by: referees`, as the
 * importer writes "give the referees' e-mails; they send their letters"): its referees are the applicant's to give,
 * so it is checked and printed as contact details, and only the letters are kept out of the packet.
 *
 * @example
 * contactsOnlyGiven({ accepts: ['referee', 'letter'], sent_by: 'referees' }); // { accepts: ['referee'], ... } without sent_by
 */
export function contactsOnlyGiven(item: ProfileItem): ProfileItem | undefined {
  if (item.sent_by === undefined || !item.accepts.includes('referee')) return undefined;
  const { sent_by: _sentBy, ...rest } = item;
  return { ...rest, accepts: item.accepts.filter((a) => a !== 'letter') };
}

/** Items in packet order: the profile's `order` first, then any item it leaves out, in list order. */
export function orderedItems(profile: Profile): Profile['items'] {
  if (!profile.order) return profile.items;
  const byId = new Map(profile.items.map((i) => [i.id, i]));
  const ordered = profile.order.map((id) => byId.get(id)).filter((i) => i !== undefined);
  return [...ordered, ...profile.items.filter((i) => !profile.order!.includes(i.id))];
}

/**
 * The posting's own words a packet prints (the cover, the bookmarks, the PDF's title), held to what a manifest's
 * values are: empty (spaces only) where a value is needed, or a placeholder nobody filled in (`profile.placeholder`).
 * The profile stays usable, so `validate` still checks the manifest against it.
 */
function checkPrinted(profile: Profile, source: YamlSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  const values: [PathSegment[], string | undefined, string, boolean][] = [
    [['title'], profile.title, "The posting's title", true],
    [['organization'], profile.organization, 'The organization', false],
    [['reference'], profile.reference, 'The reference', false],
    [['source'], profile.source, 'The source', false],
    ...profile.notes.map((n, i): [PathSegment[], string, string, boolean] => [['notes', i], n, 'A note', false]),
    ...profile.items.map((item, i): [PathSegment[], string, string, boolean] => [['items', i, 'title'], item.title, `The title of the item \`${item.id}\``, true]),
  ];
  for (const [path, value, what, required] of values) {
    if (value === undefined) continue;
    const key = String(path.at(-1) === 'title' && path.length > 1 ? 'title' : path[0]);
    if (value.trim() === '') {
      // A title of spaces is an empty bookmark and a line missing from the cover's contents; an empty organization a gap on the cover.
      if (required || key === 'organization') {
        const fix = required ? 'write it as the posting gives it' : `write the employer's name, or leave \`${key}\` out`;
        const effect = path.length > 1 ? "its bookmark and its line in the cover's contents would have no name" : 'the packet would print nothing for it';
        out.push(diagnosticAt(source, path, invalid('profile', `${what.charAt(0).toLowerCase()}${what.slice(1)} is empty${value === '' ? '' : ' (spaces only)'}: ${effect}`, fix)));
      }
    } else if (profileFiller(value)) {
      out.push(diagnosticAt(source, path, diag('profile.placeholder', { what, value: value.trim().length > 60 ? `${value.trim().slice(0, 57)}...` : value.trim(), key, required })));
    } else {
      // Refused as in a manifest's `title:`: the cover folds it, but the bookmarks, the PDF's title and the build's listing keep the break.
      const brk = required ? lineBreakIn(value) : undefined;
      const effect = path.length > 1 ? "its bookmark and the build's list of pages would keep it" : "the PDF's title would keep it";
      if (brk) out.push(diagnosticAt(source, path, invalid('profile', `${what.charAt(0).toLowerCase()}${what.slice(1)} "${value.trim().replace(/\s+/gu, ' ')}" holds ${brk.kind} after "${brk.before}": ${effect}`, brk.fix)));
    }
  }
  // Pasted from the posting's web page with a direction override: the cover would print the words backwards.
  const drawn: [PathSegment[], string | undefined, string][] = [
    ...values.map(([path, value, what]): [PathSegment[], string | undefined, string] => [path, value, what]),
    ...profile.items.flatMap((item, i) => [
      ...(item.notes ?? []).map((n, j): [PathSegment[], string, string] => [['items', i, 'notes', j], n, `A note on the item \`${item.id}\``]),
      ...(item.condition !== undefined ? [[['items', i, 'condition'], item.condition, `The condition of the item \`${item.id}\``] as [PathSegment[], string, string]] : []),
    ]),
  ];
  for (const [path, value, what] of drawn) {
    for (const t of value === undefined ? [] : invisibleTrouble(value)) {
      const problem = `${what.charAt(0).toLowerCase()}${what.slice(1)} "${around(value as string, t.index)}" holds ${charName(t.char)}, a character no one can see: ${invisibleEffect(t.effect)}`;
      const fix = t.effect === 'joined' ? 'put a space in its place (delete it inside a word): it came along when the text was copied from the posting' : 'delete it and retype the words around it by hand: it came along when the text was copied from the posting';
      out.push(diagnosticAt(source, path, invalid('profile', problem, fix)));
    }
  }
  // In the order of the file: the notes come after the items they follow.
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** The parts of a profile the checks across its fields need, as far as they could be read. */
interface CrossFields {
  items: readonly { id?: string; min?: number; max?: number }[];
  order?: readonly unknown[];
}

/** What of an invalid profile the checks across fields can read: items with a string id, whole counts, `order`. */
function readable(value: unknown): CrossFields {
  const v = (value ?? {}) as { items?: unknown; order?: unknown };
  const count = (n: unknown): number | undefined => (typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : undefined);
  const items = Array.isArray(v.items)
    ? v.items.map((raw: unknown) => {
        const item = (raw && typeof raw === 'object' ? raw : {}) as { id?: unknown; min?: unknown; max?: unknown };
        const min = count(item.min);
        const max = count(item.max);
        return { ...(typeof item.id === 'string' ? { id: item.id } : {}), ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
      })
    : [];
  return { items, ...(Array.isArray(v.order) ? { order: v.order } : {}) };
}

/** The checks across fields: ids used twice, `max: 0`, `min` over `max`, `order` naming an unknown id or one twice. */
function crossChecks(profile: CrossFields, source: YamlSource): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  profile.items.forEach((item, i) => {
    if (item.id === undefined) return;
    if (seen.has(item.id)) {
      diagnostics.push(
        diagnosticAt(source, ['items', i, 'id'], invalid('profile', `item id \`${item.id}\` is used twice`, 'give each item its own id')),
      );
    }
    seen.add(item.id);
    // `max: 0` asks for nothing: a required item could never be given ("the posting asks for 1 to 0").
    if (item.max === 0) {
      diagnostics.push(
        diagnosticAt(
          source,
          ['items', i, 'max'],
          invalid('profile', `\`max\` is 0 for \`${item.id}\`: no entry of it could be given`, 'write the most entries the posting takes, 1 or more, or leave `max` out (no limit); an item the posting does not want belongs under `not_wanted`'),
        ),
      );
    } else if (item.min !== undefined && item.max !== undefined && item.min > item.max) {
      diagnostics.push(
        diagnosticAt(source, ['items', i, 'min'], invalid('profile', `\`min\` (${item.min}) is larger than \`max\` (${item.max}) for \`${item.id}\``, 'swap or correct the two counts')),
      );
    }
  });
  profile.order?.forEach((id, i) => {
    if (typeof id !== 'string') return;
    if (!seen.has(id)) {
      diagnostics.push(
        diagnosticAt(source, ['order', i], invalid('profile', `\`order\` names \`${id}\`, which is not an item of this profile`, 'list only ids that appear under `items`')),
      );
    } else if (profile.order?.indexOf(id) !== i) {
      // Twice in the order, the item's files would be put in twice, and the applicant told they gave them twice.
      diagnostics.push(diagnosticAt(source, ['order', i], invalid('profile', `\`order\` names \`${id}\` twice`, 'list each item once')));
    }
  });
  return diagnostics;
}
