import type { Finding } from '../diagnostics.js';
import type { FormMode } from '../schema/vocabulary.js';
import type { PageDestinations } from './lost-destinations.js';
import type { PageMarks } from './marked-pages.js';
import type { FormPages } from './form-pages.js';
import type { PagesValue } from '../page-selection.js';

/** A parsed PDF kept for reuse between validation and build, so each input is parsed once. */
export interface LoadedPdf {
  /** The pdf-lib document (from `@cantoo/pdf-lib`), already decrypted when it had only an owner password. */
  doc: unknown;
}

export type InputType = 'pdf' | 'png' | 'jpeg' | 'invalid';

/** Active content found in a PDF, by kind; the build removes all of it. */
export type ActiveContentKind = 'javascript' | 'launch' | 'submit-form' | 'import-data' | 'additional-actions' | 'open-action' | 'local-link';

/** What a PDF carries besides its pages, for the build and the report. */
export interface PdfFeatures {
  /** `owner` when the file had only an owner (permissions) password and was decrypted. */
  encryption: 'none' | 'owner';
  /** Terminal form fields (signature fields excluded), and how many have a value. */
  formFields: number;
  filledFields: number;
  /** Of those, the fields one fills in (not push buttons, not read-only), and how many of them have a value. */
  fillableFields: number;
  filledFillable: number;
  /** Of those, password fields holding a value (flattening prints it as asterisks; kept, it travels in the file). */
  filledPasswords: number;
  /** Signature fields that hold a signature. */
  signatures: number;
  /** The form carries XFA data; `dynamic` when its pages only exist in XFA (`/NeedsRendering`). */
  xfa: 'none' | 'static' | 'dynamic';
  /** Optional content groups (layers), and how many are hidden by default. */
  layers: number;
  hiddenLayers: number;
  /** Embedded files (document attachments and file-attachment annotations). */
  attachments: number;
  /** A PDF Portfolio (a `/Collection`): the documents are attachments, the page only a cover sheet. */
  portfolio: boolean;
  /** Comments with text (sticky notes, highlights with a note): carried into the packet. */
  comments: number;
  /** Text boxes typed onto the pages (FreeText annotations: Preview's Text tool, Fill & Sign): shown on the page, kept. */
  typedText: number;
  /** Kinds of scripts and automatic actions found. */
  activeContent: ActiveContentKind[];
}

/** What the inspector learned about one input file's bytes. */
export interface InputFacts {
  type: InputType;
  bytes: number;
  /** Pages (1 for an image), absent when not established. For a PDF: the pages the build would copy. */
  pages?: number;
  /** The page count the PDF itself declares (root `/Count`), when it differs from `pages`. */
  pagesDeclared?: number;
  /** Words of extractable text, when asked for and available (absent for scans without text). */
  words?: number;
  /** Characters of extractable text (no whitespace), when asked for. */
  chars?: number;
  /**
   * The text of every page ('' where none could be read), when asked for (`keepText`) and the file is short (up to
   * `MAX_KEPT_TEXT_PAGES` pages): whom a letter is signed by; the first page's alone with `keepText: 'first-page'`;
   * of the pages from page 1 through the last a `textSample` needs. Index 0 is page 1; pages past its end were not read.
   */
  pageTexts?: string[];
  /** Words and characters page by page (index 0 is page 1), with `words`: what a `pages:` selection counts. */
  pageWords?: number[];
  pageChars?: number[];
  /** Pages (0-based) of a file with text elsewhere that have no text but show something (scanned pages): their words are not counted. */
  uncountedPages?: number[];
  /**
   * Pages (0-based) without text that hold no image, with `words`: blank, a diagram, or text drawn as shapes (turned
   * into outlines); no scan or photo. Those among `uncountedPages` are text drawn as shapes.
   */
  imagelessPages?: number[];
  /** Of `imagelessPages`, those that draw text turned into outlines (`pageOutlinesText`): many small filled shapes on lines. */
  outlinedPages?: number[];
  /**
   * Each page's area in A4 pages (index 0 is page 1; at least 1, an A3 page 2), when a page is larger than A4: how
   * many words a page without countable text could hold at most. Absent when every page is A4 or smaller.
   */
  pageSheets?: number[];
  /**
   * Bytes of page data (content, images, fonts...) each page uses alone, and those several pages share, when
   * asked for (`pageBytes`): how much of the file a `pages:` selection carries into the packet. `groups` splits
   * the shared bytes by the pages (0-based) that use them, when that could be told within the inspector's budget.
   */
  pageBytes?: { own: number[]; shared: number; groups?: { pages: number[]; bytes: number }[] };
  /**
   * What the pages draw, hashed (`contentFingerprint`): the same document saved again by another program has
   * another byte count but this fingerprint. Absent for a PDF with form fields (the values are not in the pages).
   */
  fingerprint?: string;
  /**
   * What each page with content of its own draws, hashed (`pagePrints`): the same page inside another file (merged
   * with other pages, or in another order) has the same print. Absent, as `fingerprint`, for a PDF with form fields.
   */
  pagePrints?: { page: number; print: string }[];
  /** Pages far larger than paper (a poster-sized page), with the first one's size in points: a page cap counts paper. */
  oversized?: { pages: number[]; width: number; height: number };
  /**
   * Set when every page of a PDF draws only images and those read here are one flat colour: its JPEGs, which the
   * caller judges with an image library (`file.blank` when they are flat too), then removes.
   */
  scanJpegs?: Uint8Array[];
  /** Set with `scanJpegs` when an image read here is an empty sheet photographed, not one flat colour. */
  scanSheet?: true;
  /** Pages (0-based) on which nothing can be seen, when asked for with `pageBytes` (a `pages:` selection). */
  blankPages?: number[];
  /**
   * Where internal links (page by page) and bookmarks lead, when asked for with `pageBytes` (a `pages:` selection)
   * and some lead to a page: what the selection cuts off (`file.links-dropped`), counted as the build counts it.
   */
  destinations?: PageDestinations;
  /** Pages (1-based) that draw an image whose data is damaged (`file.damaged-image`): a `pages:` selection keeps those it takes. */
  damagedImagePages?: number[];
  /** Pages (1-based) scanned at too few pixels per inch, with theirs (`file.low-resolution`): a `pages:` selection keeps those it takes. */
  lowResolutionPages?: { page: number; dpi: number }[];
  /** Marks drawn on the pages and redactions never applied (`file.marks`, `file.redaction-unapplied`): a `pages:` selection keeps those it takes. */
  pageMarks?: PageMarks;
  /**
   * The form values flattening would write itself (`forms: flatten`), with the field's name and the pages (0-based)
   * that show it: validate checks them against the packet's fonts as the build does (`file.forms-kept`); `undecided`
   * marks a radio button group whose chosen button the file does not say (kept as a field, the value '').
   */
  formValues?: { field: string; value: string; pages: number[]; undecided?: true }[];
  /**
   * Each page's filled form fields as "label: value" lines (0-based, '' for none; the label is the field's tooltip,
   * else its name in words, and a second line by the label printed to its left or above it): kept with the page
   * texts, for the checks that read what a form says a value is (a letter's subject).
   */
  labelledFields?: string[];
  /** The form's fields by the pages their widgets are on, and the pages with typed text: a `pages:` selection's form note is of its pages. */
  formPages?: FormPages;
  /** Image size in pixels, for scans. */
  width?: number;
  height?: number;
  /** For PDFs that could be read: forms, signatures, layers, attachments, scripts. */
  features?: PdfFeatures;
  /** Problems and notes about the file; located by the caller. */
  findings: Finding[];
  /** The parsed document, for the build; present only when the file can be merged (no error finding). */
  loaded?: LoadedPdf;
  /** Read with repairs or with parts left unreadable: it can be read in more than one way, so the build compares its every page. */
  damaged?: boolean;
}

/** Resource bounds; hitting one gives `file.too-complex` instead of a hang or a crash. */
export interface InspectLimits {
  /** Indirect objects scanned for forms, scripts and attachments. */
  maxObjects: number;
  /** Nodes of the page tree (pages and intermediate nodes). */
  maxPageTreeNodes: number;
  /** Depth of the page tree. */
  maxPageTreeDepth: number;
  /** Pages whose text is extracted when counting words. */
  maxTextPages: number;
  /** Object and cross-reference streams may inflate to this many bytes, plus `maxInflationRatio` times the file size. */
  maxInflatedBytes: number;
  maxInflationRatio: number;
  /** Any one stream the output would carry may inflate to this many bytes (an image: its declared size). */
  maxStreamBytes: number;
  /** The non-image streams the output would carry may inflate to this many bytes together, plus `maxCarriedRatio` times the file size. */
  maxCarriedBytes: number;
  maxCarriedRatio: number;
}

export interface InspectOptions {
  /** Count words and characters (costs a text extraction). */
  countWords?: boolean;
  /**
   * Keep the pages' text (`InputFacts.pageTexts`): every page's for a letter (its signer may be on the last), the
   * first page's for a CV (whose name heads it: one page read, not twelve). A text extraction, with no finding of its own.
   */
  keepText?: boolean | 'first-page';
  /**
   * The `pages:` selections a written item takes the file with (`null`: the whole file): the text of the first
   * `TEXT_SAMPLE_PAGES` pages each takes is kept (`InputFacts.pageTexts`, from page 1 on), enough to tell its language.
   */
  textSample?: readonly (PagesValue | null)[];
  /** Measure the bytes each page uses (`InputFacts.pageBytes`), for a file given with `pages:`. */
  pageBytes?: boolean;
  /** The file's name, only to mention a misleading extension (e.g. a PNG named `.pdf`). */
  fileName?: string;
  /** What the build will do with form fields, so the note about forms says it (default `flatten`). */
  forms?: FormMode;
  /** Override resource bounds (see `DEFAULT_LIMITS`). */
  limits?: Partial<InspectLimits>;
}
