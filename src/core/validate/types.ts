import type { CoverLayout } from '../catalogue.js';
import type { Diagnostic } from '../diagnostics.js';
import type { InputFacts } from '../inspect/types.js';
import type { EntryForm } from '../parse/manifest.js';
import type { Form, ItemKind, Sender, Stage } from '../schema/vocabulary.js';

/** What the I/O layer found at a path the manifest names. */
export type FileStatus =
  | { status: 'ok'; facts: InputFacts; resolved: string; data: Uint8Array }
  | { status: 'not-found'; resolved: string; suggestion?: string }
  | { status: 'unreadable'; resolved: string; reason: string };

/**
 * `conditional`: an item the posting asks for only from some applicants (its `condition`), not given; `direct`: an
 * item others send to the employer (its `sent_by`), never in the packet; `unread`: written in the manifest after a
 * YAML syntax error that kept it from being read.
 */
export type ItemStatus = 'ok' | 'missing' | 'invalid' | 'later' | 'optional' | 'conditional' | 'direct' | 'unread';

export interface EntryReport {
  form: EntryForm;
  title?: string;
  file?: string;
  type?: string;
  /** Pages it brings into the packet: those of `pages:` when given. */
  pages?: number;
  /** `pages:` as given ("1-3, 7, 10-last"), and the file's own page count, when pages are selected. */
  selection?: string;
  filePages?: number;
  /**
   * Absent when not counted; `wordsUncounted: 'no-text'` when the item caps words and this file (of a `pages:` selection,
   * the pages it takes) has no selectable text (a scan); `'some-pages'` when some of its pages are scanned: `words` is then a lower bound.
   */
  words?: number;
  wordsUncounted?: 'no-text' | 'some-pages';
  bytes?: number;
  link?: string;
  referee?: { name: string; email: string; affiliation?: string; position?: string; relation?: string; phone?: string; letter?: string };
}

export interface ItemReport {
  id: string;
  title: string;
  kind: ItemKind;
  stage: Stage;
  status: ItemStatus;
  accepts: Form[];
  entries: EntryReport[];
  /** Pages it takes in the packet, when known: its files' and those the build makes (texts, links, the referees' contacts page). */
  pages?: number;
  /**
   * The pages its `limits.max_pages` counts, when fewer than `pages`: an item of referees' letters is capped on the
   * letters, not on the contacts page the build adds to it.
   */
  cappedPages?: number;
  /**
   * Absent when not all counted; `wordsUncounted: 'no-text'` when a file of it has no selectable text (a scan), so its cap
   * is not checked; `'some-pages'` when a file of it has scanned pages beside its text: `words` is then a lower bound, the cap not checked.
   */
  words?: number;
  wordsUncounted?: 'no-text' | 'some-pages';
  /**
   * The item's caps left unchecked because its words could not all be counted (the warning `limit.unchecked`, which the
   * verdict names): its `status` stays `ok`, and a script tests this as the text report's "limit of 20 words not checked".
   */
  unchecked?: ('max_words' | 'max_chars')[];
  bytes: number;
  /** The applicant's note for an item marked as coming later. */
  later?: string;
  /** Who sends it to the employer, for an item the applicant does not put in the packet. */
  sentBy?: Sender;
  /** Who sends the letters, for an item of referees' contact details whose letters the referees send themselves. */
  lettersSentBy?: Sender;
  /** Whom the posting asks for it, for a `conditional` item not given, a `direct` one or one whose letters others send (`lettersSentBy`) ("if your degree is not from Finland"), and when, for such an item asked later ("if shortlisted"). */
  condition?: string;
  limits: { min?: number; max?: number; max_pages?: number; max_pages_each?: number; max_words?: number; max_chars?: number; max_mb?: number };
  notes?: string[];
  /** Page range in the built PDF, after a build. */
  range?: { first: number; last: number };
}

export interface ValidationResult {
  items: ItemReport[];
  /** From `checkManifest` (and `buildPacket`'s `check`): every diagnostic of the check, the built packet's included, as its `diagnostics`. */
  diagnostics: Diagnostic[];
  /**
   * The packet's pages as a build now would make them (cover, input pages, typeset texts, link and referee pages),
   * `pagesExact` when every one of them was counted or laid out rather than estimated; `filePages` the input files'
   * pages alone; `estimatedPages` the same number as `pages` (kept for scripts written before `pages` meant it).
   */
  totals: { pages: number; filePages: number; bytes: number; estimatedPages: number; pagesExact: boolean; cover: boolean };
  /** The cover as laid out with the build's fonts (`Pager.cover`), when it was: for what a built PDF's page cap says of it. */
  coverLayout?: CoverLayout;
  /** The profile's own values `packet profile import` marked as guesses and nobody checked yet (`deadline`, `submission`): the verdict names them. */
  guessed?: string[];
}
