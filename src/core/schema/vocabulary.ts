/** The fixed vocabularies shared by profiles and manifests. */
import { onlyFor } from '../words.js';

export const ITEM_KINDS = [
  'cv',
  'cover_letter',
  'motivation_letter',
  'bio',
  'research_plan',
  'research_statement',
  'teaching_statement',
  'diversity_statement',
  'transcript',
  'thesis',
  'publication_list',
  'writing_sample',
  'references',
  'diplomas',
  'language_certificate',
  'portfolio',
  'other',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** How an item may be supplied: a file, inline text, a web link, a referee's contact details, or a letter. */
export const FORMS = ['file', 'text', 'link', 'referee', 'letter'] as const;
export type Form = (typeof FORMS)[number];

/** The contact details a posting may ask of each referee, named as the manifest's referee keys (`phone:`, `position:`). */
export const CONTACT_DETAILS = ['name', 'email', 'phone', 'affiliation', 'position'] as const;
export type ContactDetail = (typeof CONTACT_DETAILS)[number];

export const STAGES = ['required', 'optional', 'later'] as const;
export type Stage = (typeof STAGES)[number];

/** Who sends an item to the employer when the applicant does not: the referees, or the issuer of a document. */
export const SENDERS = ['referees', 'issuer'] as const;
export type Sender = (typeof SENDERS)[number];
/** Who sends it, as the report and the cover say it ("sent directly by the referees"). */
export const SENT_BY: Record<Sender, string> = { referees: 'by the referees', issuer: 'by the issuing institution' };

/**
 * The kinds each sender sends for the applicant: the referees their letters, an issuer its transcripts, diplomas and
 * language test results; `other` either ("GRE scores sent by ETS", "an external assessor's report").
 */
export const SENT_BY_KINDS: Record<Sender, readonly ItemKind[]> = {
  referees: ['references', 'other'],
  issuer: ['transcript', 'diplomas', 'language_certificate', 'other'],
};
/** What each sender sends, as a message names it. */
export const SENT_BY_WHAT: Record<Sender, string> = {
  referees: 'the referees send only their letters (kind: references)',
  issuer: 'an issuing institution sends only transcripts, diplomas and language test results (kind: transcript, diplomas or language_certificate)',
};

/**
 * How an item others send reaches the employer: "sent directly by the issuing institution", for one asked only of some
 * applicants "... only if your degree is not from Finland", and for one the posting asks for later, "... when asked at
 * a later stage (if shortlisted)", not by the deadline.
 *
 * @example
 * sentDirectly('issuer', 'later', 'if shortlisted'); // 'sent directly by the issuing institution when asked at a later stage (if shortlisted)'
 * sentDirectly('issuer', 'required', 'if your degree is not from Finland'); // 'sent directly by the issuing institution only if your degree is not from Finland'
 */
export function sentDirectly(by: Sender, stage: Stage, condition?: string): string {
  // Said as the cover says a conditional item the applicant sends: without it, everyone would order one.
  if (stage !== 'later') return `sent directly ${SENT_BY[by]}${condition?.trim() ? ` ${onlyFor(condition)}` : ''}`;
  return `sent directly ${SENT_BY[by]} when asked at a later stage${condition?.trim() ? ` (${condition.trim()})` : ''}`;
}

/**
 * The letters of a referees item whose letters the referees send (`accepts: [referee, letter]`, `sent_by`): said
 * under its referees on the cover and in the report, so a reviewer does not look for them in the packet.
 *
 * @example
 * lettersSentDirectly('referees', 'required'); // 'letters sent directly by the referees'
 */
export function lettersSentDirectly(by: Sender, stage: Stage, condition?: string): string {
  return `letters ${sentDirectly(by, stage, condition)}`;
}

export const SUBMISSION_FORMATS = ['single-pdf', 'separate-files'] as const;
export type SubmissionFormat = (typeof SUBMISSION_FORMATS)[number];

export const FORM_MODES = ['keep', 'flatten'] as const;
export type FormMode = (typeof FORM_MODES)[number];
