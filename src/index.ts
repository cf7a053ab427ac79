/**
 * application-packet as a library: the pure pipeline (parse -> validate -> plan -> assemble -> report) over
 * text and bytes, and the two file-system steps the CLI uses (`checkManifest`, `buildPacket`).
 *
 * @example
 * import { checkManifest, makeReport, renderText } from 'application-packet';
 * const check = await checkManifest('manifest.yaml', { today: '2025-11-01' });
 * const report = makeReport({ manifest: check.manifestFile, profile: check.profile, result: check.result, diagnostics: check.diagnostics, strict: false });
 * // Items, problems and verdict, as `packet report manifest.yaml --today 2025-11-01` prints them (bar its "Built" line).
 * console.log(renderText(report, { color: false }));
 * process.exitCode = report.ready ? 0 : 1;
 */
export type { Diagnostic, Finding, Severity } from './core/diagnostics.js';
export { formatPath, isBlocking, sortDiagnostics } from './core/diagnostics.js';

export { ProfileSchema, ProfileItemSchema, SubmissionSchema } from './core/schema/profile.js';
export type { Profile, ProfileItem, Submission } from './core/schema/profile.js';
export { ManifestSchema, ApplicantSchema, RefereeSchema, BuildOptionsSchema, CoverOptionsSchema } from './core/schema/manifest.js';
export type { Applicant, BuildOptions, CoverOptions, Referee } from './core/schema/manifest.js';
export { ITEM_KINDS, FORMS, STAGES, SUBMISSION_FORMATS, FORM_MODES } from './core/schema/vocabulary.js';
export type { ItemKind, Form, Stage, SubmissionFormat, FormMode } from './core/schema/vocabulary.js';
export { jsonSchemas } from './core/schema/json-schema.js';

export { parseYaml } from './core/parse/yaml.js';
export type { YamlSource, Position } from './core/parse/yaml.js';
export { parseProfile, orderedItems } from './core/parse/profile.js';
export type { ParsedProfile } from './core/parse/profile.js';
export { parseManifest } from './core/parse/manifest.js';
export type { Manifest, ManifestItem, ManifestEntry, ParsedManifest } from './core/parse/manifest.js';
export type { BaseDoc } from './core/parse/extends.js';

export { inspectInput, sniffType } from './core/inspect/index.js';
export type { InputFacts, InspectOptions, LoadedPdf, PdfFeatures } from './core/inspect/index.js';

export { validate } from './core/validate/validate.js';
export type { ValidateInput } from './core/validate/validate.js';
export type { FileStatus, ItemReport, ItemStatus, EntryReport, ValidationResult } from './core/validate/types.js';

export { loadMarkdown, readText, hasMarkup } from './core/text/markdown.js';
export type { MarkdownReader } from './core/text/markdown.js';
export { textAsRead } from './core/text/model.js';
export type { TextDoc, Block, Inline, Span, Emphasis } from './core/text/model.js';
export { selectPages, describePages, checkPagesSyntax } from './core/page-selection.js';
export type { PagesValue, SelectionProblem } from './core/page-selection.js';

export { plan } from './core/plan/plan.js';
export type { PlanInput } from './core/plan/plan.js';
export type { Plan, PlanPart, PlanSection, AssembleResult, SectionRange, Fonts } from './core/plan/types.js';
export type { ShapingEngine, ShapedGlyph, BidiLine } from './core/assemble/shaping.js';
export { assemble, assembleInChunks, missingGlyphs } from './core/assemble/index.js';
export type { AssembledChunks, BeforeSave } from './core/assemble/index.js';

export { fitToCaps, dpiLadder, DEFAULT_FLOOR_DPI, FIT_QUALITY } from './core/fit/fit.js';
export type { FitOptions, FitReport, FitItem } from './core/fit/fit.js';
export type { ImageCodec, JpegImage, RawImage } from './core/fit/codec.js';
export { sharpCodec } from './io/image-codec.js';

export { makeReport } from './core/report/model.js';
export type { Report } from './core/report/model.js';
export { renderText } from './core/report/text.js';
export { renderMarkdown } from './core/report/markdown.js';
export { renderJson } from './core/report/json.js';
export { formatDiagnostic } from './core/report/diagnostic-line.js';
export { readBuiltSections } from './core/report/built.js';

export { importPosting, htmlToText, decodePosting } from './core/import/index.js';
export type { DecodedPosting, ImportResult, Unlisted } from './core/import/index.js';
export { starterManifest } from './core/init/starter.js';

export { checkManifest, UsageError } from './app/check.js';
export { reportManifest } from './app/report.js';
export type { CheckedManifest, CheckOptions, CheckResult } from './app/check.js';
export { buildPacket } from './app/build.js';
export { loadFonts } from './io/files.js';
export type { BuildRequest, BuildOutcome } from './app/build.js';
