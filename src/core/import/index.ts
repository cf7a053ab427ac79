/** Import a requirements profile from a posting's text: re-exports only. */
export { importPosting, findKindMentions, findCount, findLimits, fileNamePattern } from './import.js';
export type { ImportOptions, ImportResult, ReviewNote, KindMention, Count, Limit, LimitKey } from './import.js';
export { findDates, parseDate } from './dates.js';
export type { DateMatch, FindDatesOptions } from './dates.js';
export { normalizeText } from './text.js';
export { detectFormat, htmlToText, looksLikeHtml, readPosting, textLines } from './markup.js';
export type { Line, Posting, PostingFormat, PostingMeta } from './markup.js';
export { profileToYaml } from './yaml.js';
export * as phrases from './phrases.js';
