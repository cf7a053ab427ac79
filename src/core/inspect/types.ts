import type { Finding } from '../diagnostics.js';

/** A parsed PDF kept for reuse between validation and build, so each input is parsed once. */
export interface LoadedPdf {
  /** The pdf-lib document (from `@cantoo/pdf-lib`), already decrypted when it had only an owner password. */
  doc: unknown;
}

export type InputType = 'pdf' | 'png' | 'jpeg' | 'invalid';

/** What the inspector learned about one input file's bytes. */
export interface InputFacts {
  type: InputType;
  bytes: number;
  /** Pages (1 for an image), absent when not established. */
  pages?: number;
  /** Words of extractable text, when asked for and available (absent for scans without text). */
  words?: number;
  /** Characters of extractable text (no whitespace), when asked for. */
  chars?: number;
  /** Image size in pixels, for scans. */
  width?: number;
  height?: number;
  /** Problems and notes about the file; located by the caller. */
  findings: Finding[];
  /** The parsed document, for the build. */
  loaded?: LoadedPdf;
}

export interface InspectOptions {
  /** Count words and characters (costs a text extraction). */
  countWords?: boolean;
}
