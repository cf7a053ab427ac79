/**
 * The shared corpus of real, often broken PDFs (`../shared/corpus/files`, outside the repository) and the
 * outcome we expect for each. `docs/corpus.md` shows the same table in words; a test keeps the two in step.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root. */
export const repoRoot = resolve(here, '..', '..');
/** Where the corpus lives: beside the repository, in CI too. */
export const corpusDir = resolve(repoRoot, '..', 'shared', 'corpus', 'files');
/** Real application files used as a benchmark (also outside the repository). */
export const benchStdDir = resolve(repoRoot, '..', 'shared', 'bench', 'std');

/** Why the corpus tests are skipped, or undefined when the corpus is there. */
export function corpusMissing(): string | undefined {
  return existsSync(corpusDir) ? undefined : `corpus folder not found at ${corpusDir}`;
}

export function corpusFiles(): string[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.pdf'))
    .sort();
}

export function readCorpus(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(corpusDir, file)));
}

export type Outcome = `${'error' | 'warning' | 'info'} ${string}`;

export interface CorpusExpectation {
  /** What the file is, in a few words. */
  what: string;
  type: 'pdf' | 'png' | 'jpeg' | 'invalid';
  /** Pages the inspector reports (undefined when it cannot establish them). */
  pages?: number;
  /** Exactly the findings expected, as `severity code`, in any order. */
  findings: Outcome[];
  /** Whether the file goes into a built packet (a readable PDF or image with no error). */
  merges: boolean;
  /** Count words too (kept to a few files: text extraction is the slow part). */
  words?: { min: number; max?: number };
}

/** One row per corpus file. */
export const CORPUS: Record<string, CorpusExpectation> = {
  'annots-text-highlight-ink.pdf': { what: 'text, highlight and ink annotations', type: 'pdf', pages: 1, findings: ['warning file.comments'], merges: true },
  'attach-embeddedfiles.pdf': { what: 'document with an attached file', type: 'pdf', pages: 1, findings: ['warning file.attachments'], merges: true },
  'circ-pages-self-kid.pdf': { what: 'page-tree node that lists itself as its kid', type: 'pdf', findings: ['error file.corrupt'], merges: false },
  'deep-pages-tree.pdf': { what: '108-level page tree ending in a loop', type: 'pdf', findings: ['error file.corrupt'], merges: false },
  'enc-owner-aes128-signed.pdf': {
    what: 'owner-password AES-128, digitally signed',
    type: 'pdf',
    pages: 2,
    findings: ['info file.decrypted', 'info file.signed'],
    merges: true,
    words: { min: 100 },
  },
  'enc-owner-aes256.pdf': { what: 'owner-password AES-256', type: 'pdf', pages: 30, findings: ['info file.decrypted'], merges: true },
  'enc-owner-rc4-128.pdf': { what: 'owner-password RC4-128', type: 'pdf', pages: 30, findings: ['info file.decrypted'], merges: true },
  'enc-owner-rc4-40.pdf': { what: 'owner-password RC4-40', type: 'pdf', pages: 30, findings: ['info file.decrypted'], merges: true, words: { min: 60, max: 60 } },
  'enc-user-aes128.pdf': { what: 'needs a user password (AES-128)', type: 'pdf', findings: ['error file.encrypted'], merges: false },
  'enc-user-aes256.pdf': { what: 'needs a user password (AES-256)', type: 'pdf', findings: ['error file.encrypted'], merges: false },
  'enc-user-libreoffice.pdf': { what: 'needs a user password (LibreOffice, RC4-128)', type: 'pdf', findings: ['error file.encrypted'], merges: false },
  'enc-user-rc4-128.pdf': { what: 'needs a user password (RC4-128)', type: 'pdf', findings: ['error file.encrypted'], merges: false },
  'enc-user-rc4-40.pdf': { what: 'needs a user password (RC4-40)', type: 'pdf', findings: ['error file.encrypted'], merges: false },
  'form-filled-by-acrobat.pdf': { what: 'AcroForm filled in Acrobat', type: 'pdf', pages: 3, findings: ['info file.forms'], merges: true },
  'form-libreoffice.pdf': { what: 'AcroForm made by LibreOffice', type: 'pdf', pages: 1, findings: ['info file.forms'], merges: true },
  'form-pdflatex.pdf': { what: 'AcroForm made by pdfLaTeX, with field scripts', type: 'pdf', pages: 1, findings: ['warning file.form-empty', 'warning file.actions'], merges: true },
  'img-fax-ccitt.pdf': { what: '10 pages of CCITT fax scans', type: 'pdf', pages: 10, findings: [], merges: true },
  'img-scanned-ocr.pdf': { what: 'scanned pages with an OCR text layer, in layers', type: 'pdf', pages: 6, findings: ['info file.layers'], merges: true },
  'incr-update-sections.pdf': { what: 'several incremental updates; form with scripts', type: 'pdf', pages: 1, findings: ['warning file.form-empty', 'warning file.actions'], merges: true },
  'incr-xref-prev-loop.pdf': { what: 'xref /Prev chain that loops', type: 'pdf', pages: 1, findings: [], merges: true },
  'junk-before-header-pdf20.pdf': { what: 'comment lines before %PDF-2.0', type: 'pdf', pages: 1, findings: [], merges: true },
  'junk-before-header-rc4.pdf': { what: 'junk before %PDF, owner-password RC4', type: 'pdf', pages: 30, findings: ['info file.decrypted'], merges: true },
  'labels-11pages.pdf': { what: '11 pages with page labels', type: 'pdf', pages: 11, findings: [], merges: true },
  'launch-action.pdf': { what: 'outline item with a /Launch action', type: 'pdf', pages: 1, findings: ['warning file.actions', 'info file.no-text'], merges: true, words: { min: 0, max: 0 } },
  'lin-bad-hints.pdf': { what: 'linearized, damaged hint tables', type: 'pdf', pages: 30, findings: [], merges: true },
  'lin-objstm-206pages.pdf': { what: 'linearized, object streams, 206 pages', type: 'pdf', pages: 206, findings: [], merges: true },
  'meta-utf16le.pdf': { what: 'UTF-16LE metadata strings; an attached file', type: 'pdf', pages: 1, findings: ['warning file.attachments'], merges: true },
  'nest-deep-array.pdf': { what: 'very deeply nested array, no end of file', type: 'pdf', findings: ['error file.truncated'], merges: false },
  'nest-deep-dict.pdf': { what: 'very deeply nested dictionary', type: 'pdf', findings: ['error file.corrupt'], merges: false },
  'notpdf-html.pdf': { what: 'HTML page named .pdf', type: 'invalid', findings: ['error file.not-pdf'], merges: false },
  'notpdf-png.pdf': { what: 'PNG image named .pdf', type: 'png', pages: 1, findings: ['info file.type-mismatch'], merges: true },
  'notpdf-text-oops.pdf': { what: 'five bytes of text named .pdf', type: 'invalid', findings: ['error file.not-pdf'], merges: false },
  'objstm-hybrid-xref.pdf': { what: 'hybrid xref table and stream', type: 'pdf', pages: 30, findings: [], merges: true },
  'outline-links.pdf': { what: 'outline and link annotations', type: 'pdf', pages: 4, findings: [], merges: true, words: { min: 500 } },
  'outline-loop.pdf': { what: 'outline whose siblings loop', type: 'pdf', pages: 30, findings: [], merges: true },
  'pages-no-type.pdf': { what: 'page-tree node with /Zype instead of /Type', type: 'pdf', pages: 1, findings: ['info file.repaired'], merges: true },
  'pdf20-incremental.pdf': { what: 'PDF 1.7 upgraded to 2.0 by an incremental save', type: 'pdf', pages: 1, findings: [], merges: true },
  'pdf20-simple.pdf': { what: 'simple PDF 2.0', type: 'pdf', pages: 1, findings: [], merges: true, words: { min: 2, max: 2 } },
  'pdf20-utf8-annotation.pdf': { what: 'PDF 2.0, UTF-8 annotation, no page text', type: 'pdf', pages: 1, findings: ['warning file.comments'], merges: true },
  'pdf20-utf8-test.pdf': { what: 'PDF 2.0 with hidden layers; startxref off', type: 'pdf', pages: 1, findings: ['info file.repaired', 'warning file.layers'], merges: true },
  'rot-habibi-4ways.pdf': { what: '4 pages rotated 0/90/180/270, Arabic', type: 'pdf', pages: 4, findings: [], merges: true },
  'rot-inherited.pdf': { what: '/Rotate inherited from the page tree', type: 'pdf', pages: 1, findings: [], merges: true },
  'silent-page-drop.pdf': {
    what: 'a later duplicate object hides page 3 from pdf-lib',
    type: 'pdf',
    pages: 8,
    findings: ['error file.pages-uncertain', 'info file.repaired'],
    merges: false,
  },
  'trunc-missing-xref-trailer.pdf': { what: 'ends after the last object: no xref, trailer or %%EOF', type: 'pdf', pages: 1, findings: ['warning file.truncated'], merges: true },
  'trunc-no-startxref.pdf': { what: 'garbled trailer, no startxref', type: 'pdf', pages: 1, findings: ['info file.repaired'], merges: true },
  'unreadable-metadata.pdf': { what: 'page-tree root object missing (unparsable region)', type: 'pdf', findings: ['error file.corrupt'], merges: false },
  'xfa-pdflib.pdf': { what: 'static XFA form with AcroForm fallback and scripts', type: 'pdf', pages: 2, findings: ['warning file.xfa', 'warning file.form-empty', 'warning file.actions'], merges: true },
  'xref-damaged-append.pdf': { what: 'appended update whose startxref is garbled', type: 'pdf', pages: 30, findings: ['info file.repaired'], merges: true },
  'xref-stream-needs-recovery.pdf': { what: 'damaged xref stream', type: 'pdf', pages: 1, findings: [], merges: true },
  'zero-bytes.pdf': { what: 'empty file', type: 'invalid', findings: ['error file.empty'], merges: false },
};
