import type { Diagnostic } from '../diagnostics.js';
import type { FormMode, Sender, Stage } from '../schema/vocabulary.js';
import type { LoadedPdf } from '../inspect/types.js';
import type { FallbackFace } from '../assemble/scripts.js';
import type { ShapingEngine } from '../assemble/shaping.js';
import type { TextDoc } from '../text/model.js';

/** A referee's contact details as printed on the referees page. */
export interface RefereeInfo {
  name: string;
  email: string;
  affiliation?: string;
  position?: string;
  relation?: string;
  phone?: string;
  /** True when their letter follows in the packet. */
  hasLetter: boolean;
}

/** Where a part comes from in the manifest; the assembler copies it onto the diagnostics it reports. */
export type PartLocation = Pick<Diagnostic, 'file' | 'line' | 'col' | 'path'>;

/** One piece of an item, in packet order. `at` (optional) locates the assembler's diagnostics about it. */
export type PlanPart =
  | {
      kind: 'pdf';
      title: string;
      source: string;
      bytes: Uint8Array;
      loaded?: LoadedPdf;
      at?: PartLocation;
      /** With `pages:`: the pages to copy, 0-based, in order; `selection` as written, `pagesAt` where. */
      pages?: number[];
      selection?: string;
      pagesAt?: PartLocation;
      /** The manifest gave this file its own title: shown under the item's even when it is the only file. */
      named?: boolean;
    }
  | { kind: 'image'; title: string; source: string; bytes: Uint8Array; mime: 'image/png' | 'image/jpeg'; at?: PartLocation; named?: boolean }
  /** `doc`: the text as read (Markdown or plain); without it the text is read as plain paragraphs. */
  | { kind: 'text'; title: string; text: string; doc?: TextDoc; at?: PartLocation }
  | { kind: 'link'; title: string; url: string; note?: string; noteDoc?: TextDoc; at?: PartLocation }
  | { kind: 'referees'; title: string; referees: RefereeInfo[]; at?: PartLocation };

/** One profile item with the parts that satisfy it. */
export interface PlanSection {
  itemId: string;
  /** The profile's title for the item: the top-level bookmark. */
  title: string;
  parts: PlanPart[];
  /** Who sends the letters of a referees item whose letters others send (`accepts: [referee, letter]`, `sent_by`): said under it on the cover. */
  letters?: { sentBy: Sender; stage: Stage; condition?: string };
}

/** A contents line for an item that has no pages in the packet. */
export interface AbsentLine {
  itemId: string;
  title: string;
  /** `conditional`: asked only of some applicants (`condition`), and not given. */
  status: 'later' | 'optional' | 'conditional' | 'direct';
  note?: string;
  /** Whom the posting asks for it, for `conditional` and `direct` ("if your degree is not from Finland"), and when, for `direct` asked later ("if shortlisted"). */
  condition?: string;
  /** Who sends it, for `direct`. */
  sentBy?: Sender;
  /** When the posting asks for it, for `direct`: `later` is sent when asked, not by the deadline. */
  stage?: Stage;
  /** Index in profile order, so the cover lists everything in the posting's order. */
  order: number;
}

export interface Fonts {
  /** DejaVu Sans and DejaVu Sans Bold: Latin, Greek, Cyrillic. */
  regular: Uint8Array;
  bold: Uint8Array;
  /** The other shipped fonts (Arabic, Hebrew, Chinese, Japanese, Korean), read on first use; without it only DejaVu draws. */
  fallback?: (face: FallbackFace) => Uint8Array | undefined;
  /** Loads the shaping engine (HarfBuzz and the bidi algorithm): called only for a packet with Arabic or Hebrew text. */
  engine?: () => Promise<ShapingEngine>;
}

/** Everything the assembler needs; built by the planner from a validated manifest and profile. */
export interface Plan {
  /** `orcid`: the iD alone (`0000-0002-1825-0097`), as validated. */
  applicant: { name: string; email?: string; phone?: string; website?: string; address?: string; orcid?: string };
  position: { title: string; organization?: string; reference?: string; source?: string; deadline?: string };
  /** Build time: the cover date and the PDF creation date (SOURCE_DATE_EPOCH when set). */
  buildDate: Date;
  /**
   * The date the cover says it was compiled: the build's local calendar date (YYYY-MM-DD), the one the applicant and
   * the deadline rules live by; without it, `buildDate`'s UTC date.
   */
  buildDay?: string;
  sections: PlanSection[];
  /** Section order indexes in profile order, for interleaving `absent` lines on the cover. */
  sectionOrder: number[];
  absent: AbsentLine[];
  /**
   * `showAbsent` (default true): the cover lists optional items not sent; `coverNote`: a short note printed on
   * the cover, `coverNoteDoc` as read from its Markdown.
   */
  options: { cover: boolean; stamps: boolean; forms: FormMode; showAbsent?: boolean; coverNote?: string; coverNoteDoc?: TextDoc };
  metadata: {
    title: string;
    author: string;
    subject: string;
    keywords: string[];
    creator: string;
    producer: string;
    /** Left out when the parts are in different languages (see `packetLanguage`). */
    language?: string;
  };
  fonts: Fonts;
  /** The digests of the inputs (see `core/built-from.ts`), recorded in the PDF so `report` can tell it is current. */
  builtFrom?: string[];
  /** The digest of the manifest's file name (see `RECORD_KEYS.manifest`): whose packet this is. */
  builtFor?: string;
}

/** Where each part landed in the output, 1-based page numbers; both 0 when it has no pages (its file could not be used). */
export interface PartRange {
  title: string;
  firstPage: number;
  lastPage: number;
  /** A file's own title from the manifest (see `PlanPart`). */
  named?: boolean;
}
export interface SectionRange {
  itemId: string;
  title: string;
  firstPage: number;
  lastPage: number;
  parts: PartRange[];
}

/** An output page copied from an input page, with what a cheap look at its content found (before stamps). */
export interface CopiedPage {
  /** 1-based, in the output. */
  outputPage: number;
  /** The input file as the manifest names it, and the page there (1-based, in page-tree order). */
  source: string;
  inputPage: number;
  /** A text-showing operator in its content or the forms it draws. */
  text: boolean;
  /** It has fonts (without any, no reader finds text on it). */
  fonts: boolean;
  /** The footer stamp added to it, when stamps are on. */
  stamp?: string;
  /** Form fields were drawn into it (flattened), after its own content. */
  flattened?: boolean;
  /** The values (or button captions) flattening printed on it: the only text that may follow the page's own. */
  printed?: string[];
  at?: PartLocation;
}

export interface AssembleResult {
  bytes: Uint8Array;
  pageCount: number;
  ranges: SectionRange[];
  /** Every output page copied from an input page. */
  copied: CopiedPage[];
  /** Warnings and errors met while assembling (missing glyphs, removed scripts, dropped attachments...). */
  diagnostics: Diagnostic[];
}
