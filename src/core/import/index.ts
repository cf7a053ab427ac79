/** Import a requirements profile from a posting's text: re-exports only. */
export { importPosting, unlistedName } from './import.js';
export { fileNamePattern } from './facts.js';
export type { ImportOptions, ImportResult, ReviewNote } from './import.js';
export { findKindMentions, findCount, findLimits } from './match.js';
export type { KindMention, Count, Limit, LimitKey } from './match.js';
export { conditionOf, stageOf } from './items.js';
export type { StageCue } from './items.js';
export { readRequirements } from './requirements.js';
export type { NotWantedDraft, Requirements } from './requirements.js';
export { findDates, parseDate } from './dates.js';
export type { DateMatch, FindDatesOptions } from './dates.js';
export { normalizeText } from './text.js';
export { detectFormat, htmlToText, looksLikeHtml, readPosting, textLines } from './markup.js';
export type { Line, Posting, PostingFormat, PostingMeta } from './markup.js';
export { profileToYaml } from './yaml.js';
export { unlistedMentions } from './unlisted.js';
export type { Unlisted } from './unlisted.js';
export * as phrases from './phrases.js';
