import { z } from 'zod';
import { DATE_TIME_PATTERN } from './patterns.js';
import { CONTACT_DETAILS, FORMS, ITEM_KINDS, SENDERS, STAGES, SUBMISSION_FORMATS } from './vocabulary.js';

export { DATE_TIME_PATTERN } from './patterns.js';

const id = z
  .string()
  .regex(/^[a-z][a-z0-9_-]*$/, 'lowercase letters, digits, "_" or "-", starting with a letter')
  .describe('A short identifier: lowercase letters, digits, "_" or "-".');

const positive = z.number().positive();
const count = z.int().min(0);

export const ProfileItemSchema = z
  .strictObject({
    id: id.describe('The key the manifest uses for this item, e.g. `research_plan`.'),
    kind: z.enum(ITEM_KINDS).describe('What sort of document this is.'),
    title: z.string().min(1).describe('The title as the posting words it; used for bookmarks and the report.'),
    stage: z
      .enum(STAGES)
      .default('required')
      .describe('required: must be in the packet; optional: may be; later: asked for at a later stage.'),
    accepts: z
      .array(z.enum(FORMS))
      .min(1)
      .default(['file'])
      .describe('Forms the posting accepts: file, text, link, referee (contact details), letter.'),
    min: count.optional().describe('Least number of entries (files, links, referees). Default 1 when required.'),
    max: count.optional().describe('Largest number of entries.'),
    contact: z
      .array(z.enum(CONTACT_DETAILS))
      .min(1)
      .optional()
      .describe(
        "For an item that accepts referees: the contact details each referee must have, as the manifest's referee keys: name, email, phone, affiliation, position (default [name, email]; \"names, emails and phone numbers of three referees\" is [name, email, phone]).",
      ),
    max_pages: z.int().positive().optional().describe('Page cap for this item (all its files together).'),
    max_pages_each: z
      .int()
      .positive()
      .optional()
      .describe('Page cap for each file of this item ("up to three publications, max. 20 pages each").'),
    max_words: z.int().positive().optional().describe('Word cap for this item.'),
    max_chars: z.int().positive().optional().describe('Character cap for this item.'),
    max_mb: positive.optional().describe('Size cap in MB (10^6 bytes) for this item.'),
    description: z.string().optional().describe('What the posting says about this item.'),
    notes: z.array(z.string()).optional().describe('Rules to show the applicant, carried to the report.'),
    condition: z
      .string()
      .min(1)
      .optional()
      .describe('When the item applies, in the posting\'s words ("non-native speakers of English"); it is required only then.'),
    sent_by: z
      .enum(SENDERS)
      .optional()
      .describe(
        'Who sends it to the employer when the applicant does not: referees (letters sent directly by the referees) or issuer (official transcripts sent by the university). It is never put in the packet; the report reminds the applicant to arrange it.',
      ),
    source: z.string().optional().describe('The sentence of the posting this item was taken from.'),
    review: z.boolean().optional().describe('Set by `profile import` when a person should check this item.'),
  })
  .describe('One thing the posting asks for.');

export const NotWantedSchema = z
  .strictObject({
    what: z.string().min(1).describe('What not to send, as the posting names it ("a photo", "letters of recommendation").'),
    kind: z.enum(ITEM_KINDS).optional().describe('The kind of document, when it is one of the item kinds.'),
    source: z.string().optional().describe('The sentence of the posting that asks not to send it.'),
    review: z.boolean().optional().describe('Set by `profile import` when a person should check this entry (what is refused was guessed).'),
  })
  .describe('Something the posting asks applicants not to send.');

export const SubmissionSchema = z
  .strictObject({
    format: z.enum(SUBMISSION_FORMATS).default('single-pdf').describe('One PDF, or one file per item.'),
    max_mb: positive.optional().describe('Size cap in MB (10^6 bytes) for the whole packet (or each file).'),
    max_pages: z.int().positive().optional().describe('Page cap for the whole packet.'),
    file_name: z
      .string()
      .optional()
      .describe('File-name pattern, e.g. `{last}_{first}_{item}.pdf`; placeholders: name, first, last, item, title, id.'),
    max_name_length: z.int().positive().optional().describe('Longest file name the portal accepts.'),
    source: z.string().optional(),
    review: z.boolean().optional(),
  })
  .describe('How the packet is handed in.');

export const ProfileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: id.describe('Identifier of this profile, e.g. `aalto-tml-doctoral-2025`.'),
    title: z.string().min(1).describe('The position, as the posting names it.'),
    organization: z.string().optional(),
    source: z.string().optional().describe('Where the posting is (an address or a reference).'),
    reference: z.string().optional().describe("The employer's reference number for the posting."),
    deadline: z
      .string()
      .regex(DATE_TIME_PATTERN, 'an ISO date such as 2025-11-14, optionally with a time and zone')
      .optional()
      .describe('ISO date, optional time and zone: `2025-11-14`, `2025-11-14T23:59+02:00`, `2025-11-14 23:59 Europe/Helsinki`.'),
    open_until_filled: z.boolean().default(false).describe('The posting stays open until the position is filled.'),
    start: z.string().optional().describe('Start date of the position (ISO date, or as the posting words it).'),
    language: z.string().optional().describe('Language the documents are to be in, e.g. `en`: written into the PDF metadata, and the letters and statements you write are checked against it.'),
    submission: SubmissionSchema.default({ format: 'single-pdf' }),
    order: z.array(z.string()).optional().describe('Item ids in packet order; default: the order of `items`.'),
    items: z.array(ProfileItemSchema).min(1).describe('What the posting asks for.'),
    notes: z.array(z.string()).default([]).describe('Eligibility rules and remarks carried to the report.'),
    not_wanted: z.array(NotWantedSchema).optional().describe('What the posting asks applicants not to send ("do not send a photo").'),
    review: z.boolean().optional(),
    example: z
      .boolean()
      .optional()
      .describe('A made-up posting, for trying the tool (the built-in `eu-postdoc-ml`, `us-tenure-track-cs`): `validate` and `build` warn (`profile.example`) while it is set. Remove it from a copy once the copy describes the real posting.'),
  })
  .describe('A requirements profile: what one posting asks for.');

export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileItem = z.infer<typeof ProfileItemSchema>;
export type Submission = z.infer<typeof SubmissionSchema>;
export type NotWanted = z.infer<typeof NotWantedSchema>;
