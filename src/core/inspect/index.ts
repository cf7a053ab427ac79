/**
 * Input inspection: what each input file is, and what a reviewer would meet in it.
 *
 * | file | what it does |
 * |---|---|
 * | `inspect.ts` | `inspectInput`: the pipeline (sniff, bomb guard, load, page tree, features, words) |
 * | `sniff.ts` | type by content; PNG/JPEG headers; what a non-PDF seems to be |
 * | `raw.ts` | byte-level checks: cut-off end, `startxref`, the trailer's `/Root` |
 * | `inflation.ts` | the decompression guard: object streams before parsing, carried streams before copying |
 * | `raw-objects.ts` | a tolerant lexer over the raw bytes: every object, as pdf-lib might find it |
 * | `decoders.ts` | streaming decoders (flate, LZW, run-length, ASCII85, hex) that count in bounded memory |
 * | `recover.ts` | objects of the pages pdf-lib could not read, read again as viewers read them |
 * | `xref.ts` | the file's own index, followed as viewers follow it, where a file holds two versions of its content |
 * | `page-tree.ts` | iterative page-tree walk: loops, gaps, bounds, mislabelled nodes repaired |
 * | `features.ts` | forms, signatures, XFA, layers, attachments, scripts and actions |
 * | `text.ts` | word and character counts with pdf.js |
 * | `findings.ts` | every message and hint, in one place |
 *
 * The worker-thread runner with time and heap limits is I/O and lives in `src/io/pdf-worker.ts`.
 */
export { inspectInput, DEFAULT_LIMITS } from './inspect.js';
export { sniffType, describeNonPdf } from './sniff.js';
export { INSPECT_CODES } from './findings.js';
export type { InspectCode } from './findings.js';
export type { ActiveContentKind, InputFacts, InputType, InspectLimits, InspectOptions, LoadedPdf, PdfFeatures } from './types.js';
