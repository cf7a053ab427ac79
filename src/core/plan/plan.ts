import { assertNever, filesOf } from '../parse/manifest.js';
import type { FileRef, Manifest, ManifestEntry } from '../parse/manifest.js';
import { describePages, selectPages, textsOfPages } from '../page-selection.js';
import type { Referee } from '../schema/manifest.js';
import { contactsOnlyGiven, orderedItems } from '../parse/profile.js';
import type { Profile, ProfileItem } from '../schema/profile.js';
import type { FormMode } from '../schema/vocabulary.js';
import type { FileStatus } from '../validate/types.js';
import type { AbsentLine, Fonts, PartLocation, Plan, PlanPart, PlanSection, RefereeInfo } from './types.js';
import type { PathSegment } from '../diagnostics.js';
import { formatPath } from '../diagnostics.js';
import type { YamlSource } from '../parse/yaml.js';
import { checkOrcid } from '../validate/values.js';
import { letterTitles } from './letters.js';
import { readText, type MarkdownReader } from '../text/markdown.js';
import { textAsRead } from '../text/model.js';
import { knownLanguage, otherLanguage, readsAs, toolLanguage, WRITTEN_KINDS } from '../text/language.js';
import { refuseOptions } from '../options.js';

export interface PlanInput {
  manifest: Manifest;
  profile: Profile;
  files: ReadonlyMap<string, FileStatus>;
  buildDate: Date;
  /** The build's calendar date where it is built (YYYY-MM-DD), for the cover; default: `buildDate`'s UTC date. */
  buildDay?: string;
  fonts: Fonts;
  /** Flags that override the manifest's `options`. */
  overrides?: { cover?: boolean; stamps?: boolean; forms?: FormMode };
  /** `application-packet 0.1.0`, for the Creator and Producer fields. */
  tool: string;
  /** The manifest's YAML, so the assembler's diagnostics about a part point at its line. */
  source?: YamlSource;
  /** Reads Markdown in texts and link notes (`loadMarkdown`); without it they are set as plain paragraphs. */
  markdown?: MarkdownReader;
}

/**
 * Lay out the packet: sections in the profile's order, files in manifest order, referees on one page
 * followed by their letters, and the lines the cover shows for items that come later or are left out.
 * Call only on a manifest that validated without errors.
 *
 * @example
 * const p = plan({ manifest, profile, files, buildDate: new Date(), fonts, tool: 'application-packet 0.1.0' });
 * p.sections.map((s) => s.title); // ['CV', 'Short bio', ...]
 */
export function plan(input: PlanInput): Plan {
  refuseOptions('plan', input);
  const { manifest, profile, files } = input;
  const given = new Map(manifest.items.map((i) => [i.id, i]));
  const sections: PlanSection[] = [];
  const sectionOrder: number[] = [];
  const absent: AbsentLine[] = [];
  const refereeNames = manifest.items.flatMap((i) => i.entries.flatMap((e) => (e.form === 'referee' ? [e.name] : [])));
  const lettered = lettersGiven(manifest);
  orderedItems(profile).forEach((pItem, order) => {
    const mItem = given.get(pItem.id);
    if (pItem.sent_by && !contactsOnlyGiven(pItem)) {
      absent.push({ itemId: pItem.id, title: pItem.title, status: 'direct', sentBy: pItem.sent_by, stage: pItem.stage, order, ...(pItem.condition !== undefined ? { condition: pItem.condition } : {}) });
      return;
    }
    if (!mItem || mItem.later !== undefined || mItem.entries.length === 0) {
      // Asked only of some applicants: not "optional", which would tell the reviewer what the posting does not say.
      const condition = pItem.stage === 'required' ? pItem.condition : undefined;
      const status = mItem?.later !== undefined || pItem.stage === 'later' ? 'later' : condition !== undefined ? 'conditional' : 'optional';
      const note = mItem?.later || undefined;
      absent.push({ itemId: pItem.id, title: pItem.title, status, order, ...(note ? { note } : {}), ...(status === 'conditional' && condition !== undefined ? { condition } : {}) });
      return;
    }
    const letters = pItem.sent_by ? { letters: { sentBy: pItem.sent_by, stage: pItem.stage, ...(pItem.condition !== undefined ? { condition: pItem.condition } : {}) } } : {};
    sections.push({ itemId: pItem.id, title: pItem.title, parts: partsOf(pItem, mItem.entries, files, locator(input.source), { names: refereeNames, lettered }, input.markdown), ...letters });
    sectionOrder.push(order);
  });
  const o = { ...manifest.options, ...definedOnly(input.overrides ?? {}) };
  // `--cover` over `cover: { note }` keeps the block: the flag only says there is a cover.
  if (o.cover === true && typeof manifest.options.cover === 'object') o.cover = manifest.options.cover;
  const cover = typeof o.cover === 'object' ? o.cover : undefined;
  const name = manifest.applicant.name;
  const orcid = manifest.applicant.orcid === undefined ? undefined : checkOrcid(manifest.applicant.orcid).id;
  return {
    applicant: {
      name,
      ...(manifest.applicant.email ? { email: manifest.applicant.email } : {}),
      ...(manifest.applicant.phone ? { phone: manifest.applicant.phone } : {}),
      ...(manifest.applicant.website ? { website: manifest.applicant.website } : {}),
      ...(manifest.applicant.address?.trim() ? { address: manifest.applicant.address.trim() } : {}),
      ...(orcid ? { orcid } : {}),
    },
    position: {
      title: profile.title,
      ...(profile.organization ? { organization: profile.organization } : {}),
      ...(profile.reference ? { reference: profile.reference } : {}),
      ...(profile.source ? { source: profile.source } : {}),
      ...(profile.deadline ? { deadline: profile.deadline } : {}),
    },
    buildDate: input.buildDate,
    ...(input.buildDay ? { buildDay: input.buildDay } : {}),
    sections,
    sectionOrder,
    absent,
    options: {
      cover: o.cover !== false,
      stamps: o.stamps,
      forms: o.forms,
      ...(cover && !cover.show_absent ? { showAbsent: false } : {}),
      ...(cover?.note ? { coverNote: cover.note, coverNoteDoc: readText(cover.note, input.markdown) } : {}),
    },
    metadata: {
      title: `Application: ${profile.title} — ${name}`,
      author: name,
      subject: `Application for ${profile.title}${profile.organization ? `, ${profile.organization}` : ''}`,
      keywords: sections.map((s) => s.title),
      creator: input.tool,
      producer: `${input.tool} (pdf-lib)`,
      ...packetLanguage(input),
    },
    fonts: input.fonts,
  };
}

/**
 * The packet's language (`/Lang`, XMP `dc:language`): the manifest's, else the profile's, else English; left out when
 * a text or file the applicant wrote is clearly in another (`text.language`), when the profile's language is one
 * the check cannot read (`profile.language-unread`), or when the profile's is not English and no written document
 * was read as in it: screen readers would read it out wrongly.
 */
function packetLanguage({ manifest, profile, files, markdown }: PlanInput): { language?: string } {
  const language = manifest.language ?? profile.language ?? 'en';
  // A profile's language the check cannot read was never found in the documents: only the applicant may declare it.
  if (manifest.language === undefined && !knownLanguage(language)) return {};
  const kinds = new Map(profile.items.map((i) => [i.id, i.kind]));
  const texts = manifest.items.filter((i) => WRITTEN_KINDS.has(kinds.get(i.id) ?? 'other')).flatMap((i) => i.entries.flatMap((e): string[] => {
    if (e.form === 'text') return [textAsRead(readText(e.text, markdown))];
    if (e.form !== 'file') return [];
    const status = files.get(e.file);
    const facts = status?.status === 'ok' ? status.facts : undefined;
    const pages = facts?.pageTexts;
    if (!pages) return [];
    // Only a sample of a long file's pages was read: the selection is of the file's pages, not of those.
    const taken = e.pages === undefined ? undefined : selectPages(e.pages, facts?.pages ?? pages.length);
    return [(taken === undefined ? pages : 'pages' in taken ? textsOfPages(pages, taken.pages) : []).join('\n')];
  }));
  if (texts.some((t) => otherLanguage(t, language) !== undefined)) return {};
  // The profile's language, with no document read as in it (all scans or links): the packet's own pages, in English, are all a reader hears.
  if (manifest.language === undefined && !toolLanguage(language) && !texts.some((t) => readsAs(t, language))) return {};
  return { language };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

type Locate = (path: PathSegment[] | undefined) => { at?: PartLocation };

function locator(source: YamlSource | undefined): Locate {
  return (path) => {
    if (!source || !path) return {};
    const pos = source.locate(path);
    return { at: { file: pos.file ?? source.file, line: pos.line, col: pos.col, path: formatPath(path) } };
  };
}

function partsOf(item: ProfileItem, entries: ManifestEntry[], files: ReadonlyMap<string, FileStatus>, loc: Locate, refereeNames: { names: readonly string[]; lettered: readonly string[] }, markdown?: MarkdownReader): PlanPart[] {
  const parts: PlanPart[] = [];
  const referees = entries.filter((e): e is Extract<ManifestEntry, { form: 'referee' }> => e.form === 'referee');
  // Files of an item of letters are named after their referee, never by their file name.
  const letterFiles = isLetterItem(item) ? entries.flatMap((e) => (e.form === 'file' ? [e.file] : [])) : [];
  const letterNames = letterTitles(letterFiles, refereeNames.names, item.title, refereeNames.lettered);
  const letters = new Map(letterFiles.map((ref, i) => [ref, letterNames[i] ?? item.title]));
  const untitled = isLetterItem(item) ? new Map<ManifestEntry, string>() : untitledParts(item.title, entries);
  for (const e of entries) {
    switch (e.form) {
      case 'file': {
        const part = filePart(filesOf(e)[0] as FileRef, e.title ?? letters.get(e.file) ?? untitled.get(e) ?? item.title, files, loc);
        // "Curriculum vitae (December 2025)" for the only CV: the title was written to be read, so it is shown.
        parts.push(e.title !== undefined && e.title.trim() !== item.title && (part.kind === 'pdf' || part.kind === 'image') ? { ...part, named: true } : part);
        break;
      }
      case 'text':
        parts.push({ kind: 'text', title: e.title ?? item.title, text: e.text, doc: readText(e.text, markdown), ...loc([...e.path, 'text']) });
        break;
      case 'link':
        parts.push({ kind: 'link', title: e.title ?? item.title, url: e.link.trim(), ...(e.note ? { note: e.note, noteDoc: readText(e.note, markdown) } : {}), ...loc([...e.path, 'link']) });
        break;
      case 'referee':
        // All referees share one contacts page, placed where the first one is listed; letters follow it.
        if (e === referees[0]) {
          parts.push({ kind: 'referees', title: referees.length === 1 ? 'Referee' : 'Referees', referees: referees.map(refereeInfo), ...loc(e.path) });
          for (const r of referees) {
            const letter = filesOf(r)[0];
            if (letter) parts.push(filePart(letter, `Letter from ${r.name}`, files, loc));
          }
        }
        break;
      default:
        assertNever(e);
    }
  }
  return parts;
}

/**
 * The referees whose letter is given with their entry (`letter:`): a bare file is never named after them too.
 *
 * @example
 * lettersGiven(manifest); // ['Prof. Mikko Korhonen']
 */
export function lettersGiven(manifest: Manifest): string[] {
  return manifest.items.flatMap((i) => i.entries.flatMap((e) => (e.form === 'referee' && filesOf(e).length > 0 ? [e.name] : [])));
}

/** An item whose files are letters: it accepts letters and not other files, or it is the referees item. */
export function isLetterItem(item: ProfileItem): boolean {
  return item.accepts.includes('letter') && (!item.accepts.includes('file') || item.kind === 'references');
}

/**
 * Whether an item's page cap counts the contacts page the build makes for its referees: only where the contacts are
 * what the item asks for (`accepts: [referee]`); where it takes letters, the cap is on the letters the applicant gives.
 *
 * @example
 * contactsCapped({ accepts: ['referee', 'letter'] } as ProfileItem) // false
 */
export function contactsCapped(item: Pick<ProfileItem, 'accepts'>): boolean {
  return !item.accepts.includes('letter');
}

/**
 * An item's pages as its page cap counts them, from the pages of each of its parts in the build: the contacts page
 * left out where `contactsCapped` says so.
 */
export function cappedPages(item: Pick<ProfileItem, 'accepts'> | undefined, parts: readonly PlanPart[], pages: readonly number[]): number {
  return parts.reduce((sum, part, i) => sum + (part.kind === 'referees' && item && !contactsCapped(item) ? 0 : pages[i] ?? 0), 0);
}

/** A referee as the contacts page shows them. */
export function refereeInfo(r: Referee): RefereeInfo {
  return {
    name: r.name,
    email: r.email.trim(),
    ...(r.affiliation ? { affiliation: r.affiliation } : {}),
    ...(r.position ? { position: r.position } : {}),
    ...(r.relation ? { relation: r.relation } : {}),
    ...(r.phone ? { phone: r.phone } : {}),
    hasLetter: r.letter !== undefined,
  };
}

function filePart({ ref, path, pages, pagesPath }: FileRef, title: string, files: ReadonlyMap<string, FileStatus>, loc: Locate): PlanPart {
  const status = files.get(ref);
  if (!status || status.status !== 'ok') throw new Error(`plan: ${ref} was not read; validate before planning`);
  const f = status.facts;
  const at = loc(path);
  if (f.type === 'png' || f.type === 'jpeg') {
    // A scan is one page: `pages:` can only have taken it.
    return { kind: 'image', title, source: ref, bytes: status.data, mime: f.type === 'png' ? 'image/png' : 'image/jpeg', ...at };
  }
  let selection = {};
  if (pages !== undefined) {
    const r = selectPages(pages, f.pages ?? 0);
    if ('problem' in r) throw new Error(`plan: pages of ${ref} do not fit the file; validate before planning`);
    const pagesAt = loc(pagesPath).at;
    selection = { pages: r.pages, selection: describePages(pages), ...(pagesAt ? { pagesAt } : {}) };
  }
  return { kind: 'pdf', title, source: ref, bytes: status.data, ...(f.loaded ? { loaded: f.loaded } : {}), ...selection, ...at };
}

/**
 * The titles of an item's files given without a `title:`, when the item has more than one file: "<item title>,
 * part 1", "part 2", ... by the file's place among the item's files (never their file names, which read as
 * "IMG_20251103_142355.png" on the cover). A lone file takes the item's title.
 *
 * @example
 * untitledParts('Transcript of records', entries) // Map { <docs/Transcript_FINAL_v3 (1).pdf> => 'Transcript of records, part 1', ... }
 */
export function untitledParts(itemTitle: string, entries: readonly ManifestEntry[]): Map<ManifestEntry, string> {
  const fileEntries = entries.filter((e) => e.form === 'file');
  const out = new Map<ManifestEntry, string>();
  if (fileEntries.length < 2) return out;
  fileEntries.forEach((e, i) => {
    if (e.title === undefined) out.set(e, `${itemTitle}, part ${i + 1}`);
  });
  return out;
}
