/**
 * What the inspector can say about an input file: catalogue entries (`../catalogue.ts`) bound to the file's
 * name as the manifest writes it. Internal error text never reaches a message.
 */
import { diag } from '../catalogue.js';
import type { Finding } from '../diagnostics.js';
import type { FormMode } from '../schema/vocabulary.js';
import type { ActiveContentKind } from './types.js';
import type { PageSizeFinding } from './page-size.js';
import { MIN_LEGIBLE_DPI } from './page-limits.js';
import type { LowResolutionPage } from './scan-resolution.js';
import type { PageMarks } from './marks.js';
import type { PageDeceptiveLink } from './actions.js';
import { identifierAddress } from '../validate/values.js';

/** Every code the inspector can emit; tests check that nothing else appears. */
export const INSPECT_CODES = [
  'file.empty',
  'file.not-pdf',
  'file.type-mismatch',
  'file.truncated',
  'file.corrupt',
  'file.repaired',
  'file.encrypted',
  'file.decrypted',
  'file.signed',
  'file.forms',
  'file.form-empty',
  'file.xfa',
  'file.layers',
  'file.attachments',
  'file.comments',
  'file.marks',
  'file.redaction-unapplied',
  'file.typed-text',
  'file.actions',
  'file.media',
  'file.links',
  'file.links-deceptive',
  'file.pages-uncertain',
  'file.too-complex',
  'file.no-text',
  'file.no-pages',
  'file.blank',
  'file.page-size',
  'file.low-resolution',
  'file.damaged-image',
] as const;
export type InspectCode = (typeof INSPECT_CODES)[number];

/** Active content in the applicant's words, for `file.actions`. */
export const ACTIVE_CONTENT_WORDS: Record<ActiveContentKind, string> = {
  javascript: 'scripts (JavaScript)',
  launch: 'a command that starts another program or opens a file',
  'submit-form': 'a button that sends form data over the internet',
  'import-data': 'a command that loads form data from another file',
  'additional-actions': 'automatic actions that run when a page or field is opened',
  'open-action': 'an action that runs when the file is opened',
  'local-link': 'links to files on a computer or network',
};

/** Pages (1-based) that are scans of under MIN_SCAN_DPI pixels per inch, and the lowest of their resolutions. */
export interface LowResolution {
  pages: number[];
  dpi: number;
}

/**
 * Low-resolution pages in at most two groups, each with its lowest resolution: those under MIN_LEGIBLE_DPI first
 * (an icon stretched over the page: an error, as for a PNG), then the others (a blur: a warning).
 *
 * @example
 * lowResolutionGroups([{ page: 1, dpi: 1 }, { page: 2, dpi: 31 }]); // [{ pages: [1], dpi: 1 }, { pages: [2], dpi: 31 }]
 */
export function lowResolutionGroups(low: readonly LowResolutionPage[]): LowResolution[] {
  const group = (pages: readonly LowResolutionPage[]): LowResolution[] =>
    pages.length > 0 ? [{ pages: pages.map((p) => p.page), dpi: Math.min(...pages.map((p) => p.dpi)) }] : [];
  return [...group(low.filter((p) => p.dpi < MIN_LEGIBLE_DPI)), ...group(low.filter((p) => p.dpi >= MIN_LEGIBLE_DPI))];
}

/** When the inspector is not told the file's name. */
export const UNNAMED_FILE = 'The file';

/**
 * `file.forms-kept`: the fields flattening leaves as fields because their values have characters no font of the
 * packet has, or (`undecided`) radio buttons whose chosen one the file does not say; validate (from `formValues`)
 * and the build say it in the same words. Undefined when there are none.
 *
 * @example
 * formsKept('docs/form.pdf', [{ name: 'name_native', chars: ['𓀀'] }])?.code // 'file.forms-kept'
 */
export function formsKept(file: string, kept: readonly { name: string; chars: readonly string[]; undecided?: boolean }[]): Finding | undefined {
  if (kept.length === 0) return undefined;
  const names = (list: readonly { name: string }[]) => [...new Set(list.map((k) => k.name))];
  const undecided = names(kept.filter((k) => k.undecided));
  return diag('file.forms-kept', { file, fields: names(kept.filter((k) => !k.undecided)), chars: [...new Set(kept.flatMap((k) => k.chars))], undecided });
}

/**
 * The inspector's findings about one file, named as the manifest writes it.
 *
 * @example
 * findingsAbout('docs/cv.pdf').empty().message; // 'docs/cv.pdf is empty (0 bytes).'
 */
export function findingsAbout(file = UNNAMED_FILE) {
  return {
    empty: (): Finding => diag('file.empty', { file }),
    notPdf: (what: string): Finding => diag('file.not-pdf', { file, what }),
    typeMismatch: (actual: 'PNG' | 'JPEG' | 'PDF', extension: string): Finding => diag('file.type-mismatch', { file, actual, extension }),
    imageTruncated: (kind: 'PNG' | 'JPEG', fatal: boolean): Finding => diag('file.truncated', { file, kind, fatal }),
    imageCorrupt: (kind: 'PNG' | 'JPEG'): Finding => diag('file.corrupt', { file, kind }),
    truncatedFatal: (): Finding => diag('file.truncated', { file, kind: 'PDF', fatal: true }),
    truncatedReadable: (pages: number): Finding => diag('file.truncated', { file, kind: 'PDF', fatal: false, pages }),
    corrupt: (detail: string): Finding => diag('file.corrupt', { file, kind: 'PDF', detail }),
    repaired: (detail: string): Finding => diag('file.repaired', { file, detail }),
    encrypted: (lock: 'password' | 'certificate' | 'unsupported'): Finding => diag('file.encrypted', { file, lock }),
    decrypted: (): Finding => diag('file.decrypted', { file }),
    signed: (signatures: number): Finding => diag('file.signed', { file, signatures }),
    forms: (fields: number, filled: number, mode: FormMode, passwords = 0, prompts: readonly string[] = []): Finding =>
      diag('file.forms', { file, fields, filled, mode, ...(passwords > 0 ? { passwords } : {}), ...(prompts.length > 0 ? { prompts: [...prompts] } : {}) }),
    formEmpty: (fields: number, prompted: readonly string[] = [], typedPages: readonly number[] = [], empty: readonly string[] = []): Finding =>
      diag('file.form-empty', { file, fields, ...(prompted.length > 0 ? { prompted: [...new Set(prompted)] } : {}), ...(typedPages.length > 0 ? { typedPages: [...typedPages], empty: [...new Set(empty)] } : {}) }),
    xfa: (dynamic: boolean): Finding => diag('file.xfa', { file, dynamic }),
    layers: (layers: number, hidden: number): Finding => diag('file.layers', { file, layers, hidden }),
    attachments: (count: number, portfolio: boolean): Finding => diag('file.attachments', { file, count, ...(portfolio ? { portfolio } : {}) }),
    comments: (count: number): Finding => diag('file.comments', { file, count }),
    /** Redactions never applied and boxes drawn over text (errors), then the marks a reviewer sees (a warning), each when there are any. */
    pageMarks: (m: PageMarks, issuedDocument = false): Finding[] => [
      ...(m.redactions.count > 0 ? [diag('file.redaction-unapplied', { file, count: m.redactions.count, pages: m.redactions.pages, ...quoteOf(m.redactions.under) })] : []),
      ...(m.covers && m.covers.count > 0 ? [diag('file.redaction-unapplied', { file, count: m.covers.count, pages: m.covers.pages, ...quoteOf(m.covers.under), drawn: true })] : []),
      // On a document someone else issued, the issuer's own stamps are part of it (an info); review marks stay a warning.
      ...marksFindings(file, issuedDocument ? m.marks.filter((k) => !k.issued) : m.marks),
      ...marksFindings(file, issuedDocument ? m.marks.filter((k) => k.issued) : [], true),
    ],
    typedText: (count: number): Finding => diag('file.typed-text', { file, count }),
    actions: (kinds: readonly ActiveContentKind[]): Finding =>
      diag('file.actions', { file, what: kinds.map((k) => ACTIVE_CONTENT_WORDS[k]).join(', '), count: kinds.length, ...(kinds.includes('local-link') ? { links: true } : {}) }),
    media: (count: number): Finding => diag('file.media', { file, count }),
    deadLinks: (count: number): Finding => diag('file.links', { file, count }),
    deceptiveLinks: (links: readonly PageDeceptiveLink[]): Finding => {
      // Words that are a DOI, Handle or URN pass when the link opens the identifier at its resolver: the hint names it.
      const named = links.filter((l) => l.why === 'words').map((l) => ({ shown: l.shown, address: identifierAddress(l.shown) })).find((r) => r.address !== undefined);
      const resolver = named?.address !== undefined ? { resolver: { shown: named.shown, address: named.address } } : {};
      return diag('file.links-deceptive', { file, links: links.map((l) => ({ page: l.page, shown: l.shown, opens: l.opens, why: l.why })), ...resolver });
    },
    pagesUncertain: (found: number, declared: number | undefined, detail: string): Finding =>
      diag('file.pages-uncertain', { file, found, lost: true, detail, ...(declared !== undefined ? { declared } : {}) }),
    pagesMiscounted: (found: number, declared: number): Finding => diag('file.pages-uncertain', { file, found, declared, lost: false }),
    noPages: (): Finding => diag('file.no-pages', { file }),
    blank: (pages: number, how?: 'scan' | 'sheet' | 'hidden'): Finding =>
      diag('file.blank', { file, pages, ...(how === 'scan' ? { scan: true } : how === 'sheet' ? { scan: true, sheet: true } : how === 'hidden' ? { hidden: true } : {}) }),
    pageSize: (f: PageSizeFinding): Finding => diag('file.page-size', { file, ...f }),
    /** One finding for the pages under MIN_LEGIBLE_DPI (an error), one for the others (a warning). */
    lowResolution: (low: readonly LowResolutionPage[]): Finding[] => lowResolutionGroups(low).map((g) => diag('file.low-resolution', { file, pages: g.pages, dpi: g.dpi })),
    damagedImage: (pages: number[]): Finding => diag('file.damaged-image', { file, pages }),
    tooComplex: (detail: string, slow?: boolean): Finding => diag('file.too-complex', { file, detail, ...(slow ? { slow } : {}) }),
    noText: (pages: number): Finding => diag('file.no-text', { file, empty: pages, pages }),
    someNoText: (empty: number, pages: number): Finding => diag('file.no-text', { file, empty, pages }),
  };
}

/** The first text read under a redaction, to quote. */
function marksFindings(file: string, marks: PageMarks['marks'], issued = false): Finding[] {
  return marks.length > 0 ? [diag('file.marks', { file, marks, ...(issued ? { issued } : {}) })] : [];
}

function quoteOf(under: readonly string[] | undefined): { quote?: string } {
  const quote = under?.find((t) => t.trim() !== '');
  return quote ? { quote } : {};
}
