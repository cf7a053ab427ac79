export { inspectInput, DEFAULT_LIMITS } from './inspect.js';
export { sniffType, describeNonPdf } from './sniff.js';
export { INSPECT_CODES } from './findings.js';
export type { InspectCode } from './findings.js';
export type { ActiveContentKind, InputFacts, InputType, InspectLimits, InspectOptions, LoadedPdf, PdfFeatures } from './types.js';
