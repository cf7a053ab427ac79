import { z } from 'zod';
import { FORM_MODES } from './vocabulary.js';

/** A name or address that must say something: spaces alone print as nothing on the cover or the referee page. */
const filled = () => z.string().trim().min(1);
const path = z.string().min(1).describe('A path relative to the manifest: a PDF, or a JPEG/PNG scan.');
// Spaces alone would be a blank line in the bookmarks and the contents: empty, as a name of spaces is.
const title = filled().optional().describe('Title for the bookmark and contents line (default: from the profile or file name).');

const pageTerm = z.union([z.string(), z.number()]);
/** `pages:` of a file; its syntax is read and checked against the file by `src/core/page-selection.ts`. */
export const PagesSchema = z
  .union([pageTerm, z.array(pageTerm).min(1)])
  .describe(
    'Only these pages of the file, in this order, counted from 1: "1-3", "1-3, 7, 10-last", "5-" (page 5 to the end), last or -1 (the last page), a number, or a list of those. Each page once. Quote it inside { }: { file: thesis.pdf, pages: "1-3, 7" }.',
  )
  .meta({ examples: ['1-3', '1-3, 7, 10-last', '2-', 'last', -1, ['1-2', 5]] });
export const FileEntrySchema = z.strictObject({ file: path, title, pages: PagesSchema.optional() }).describe('A file.');
/** A referee's letter: a path, or `{ file, pages }` to take some of its pages. */
export const LetterSchema = z
  .union([path, z.strictObject({ file: path, pages: PagesSchema.optional() })])
  .describe('Their letter, when you have it: a path, or { file: ..., pages: "1-2" }.');
export const TextEntrySchema = z
  .strictObject({
    text: z
      .string()
      .describe('Text typeset onto pages, in Markdown: blank lines separate paragraphs; `## headings`, `- lists`, `1. lists`, **bold**, *italic*, [links](https://...).'),
    title,
  })
  .describe('Inline text.');
export const LinkEntrySchema = z
  .strictObject({ link: z.string().min(1).describe('An http(s) address.'), title, note: z.string().optional() })
  .describe('A web link, rendered as a page with a clickable address.');
export const RefereeSchema = z
  .strictObject({
    name: filled(),
    email: filled(),
    affiliation: filled().optional(),
    position: filled().optional(),
    relation: filled().optional().describe('How the referee knows you, e.g. "MSc thesis supervisor".'),
    phone: z.string().optional(),
    letter: LetterSchema.optional(),
    title,
  })
  .describe("A referee's contact details, with their letter when you have it.");
export const LaterSchema = z
  .strictObject({ later: z.union([z.string(), z.literal(true)]).describe('Why and when this item comes later.') })
  .describe('This item will be sent later.');

/** An entry as written in YAML: a bare path, or one of the entry forms (the editors' JSON Schema). */
export const EntryInputSchema = z.union([z.string().min(1), FileEntrySchema, TextEntrySchema, LinkEntrySchema, RefereeSchema]);
export const ItemValueSchema = z
  .union([EntryInputSchema, z.array(EntryInputSchema).min(1), LaterSchema])
  .describe('A path, a {file}, {text}, {link}, a referee, a list of those, or {later}.');

// The forms an entry takes once read, told apart by `form`. YAML has no `form:` key: the parser sets it from
// the keys the entry has (`ENTRY_FORMS`). To add a form: one member here, one line in ENTRY_FORMS, and the
// compiler then asks for its case in every stage's switch.
const FileEntry = FileEntrySchema.extend({ form: z.literal('file') });
const TextEntry = TextEntrySchema.extend({ form: z.literal('text') });
const LinkEntry = LinkEntrySchema.extend({ form: z.literal('link') });
const RefereeEntry = RefereeSchema.extend({ form: z.literal('referee') });

/** A manifest entry as the tool uses it: one of the forms, with `form` saying which. */
export const EntrySchema = z.discriminatedUnion('form', [FileEntry, TextEntry, LinkEntry, RefereeEntry]);
export type Entry = z.infer<typeof EntrySchema>;
export type EntryForm = Entry['form'];

/** How each form is recognised in YAML (the first form with one of its keys wins) and checked. */
export const ENTRY_FORMS = {
  file: { keys: ['file'], schema: FileEntry, input: FileEntrySchema },
  text: { keys: ['text'], schema: TextEntry, input: TextEntrySchema },
  link: { keys: ['link'], schema: LinkEntry, input: LinkEntrySchema },
  referee: { keys: ['name', 'email', 'letter'], schema: RefereeEntry, input: RefereeSchema },
} as const satisfies Record<EntryForm, { keys: readonly string[]; schema: z.ZodType; input: z.ZodType }>;

export const ApplicantSchema = z
  .strictObject({
    name: filled().describe('Your name as it should appear on the cover and in the metadata.'),
    family_name: filled().optional().describe('Your family name as part of `name`, particles included ("Ní Bhriain"): `{last}` in file names.'),
    given_names: filled().optional().describe('Your given names as part of `name`: `{first}` in file names.'),
    email: z.string().optional(),
    phone: z.string().optional(),
    address: z.string().optional().describe('Your postal address, printed on the cover (line breaks kept).'),
    website: z.string().optional(),
    orcid: z.string().optional().describe('Your ORCID iD, e.g. 0000-0002-1825-0097: a link on the cover.'),
  })
  .describe('Who is applying.');

/** The most characters of the cover's note: a line or two for the reviewer, not a letter. */
export const COVER_NOTE_MAX = 300;

export const CoverOptionsSchema = z
  .strictObject({
    show_absent: z
      .boolean()
      .default(true)
      .describe('List the optional items you do not send, as "optional, not included", and those asked only of some applicants, with their condition (default true); items to come later are always listed.'),
    note: z.string().min(1).max(COVER_NOTE_MAX).optional().describe(`A short note printed on the cover, at most ${COVER_NOTE_MAX} characters.`),
  })
  .describe('What the cover shows.');

export const BuildOptionsSchema = z
  .strictObject({
    cover: z
      .union([z.boolean(), CoverOptionsSchema])
      .default(true)
      .describe('Start with a cover page that lists the contents: true, false, or `{ show_absent: false, note: "..." }`.'),
    stamps: z.boolean().default(true).describe('Footer on every page: name · item · page X of Y.'),
    forms: z.enum(FORM_MODES).default('flatten').describe('Form fields of inputs: flatten (default) or keep fillable.'),
  })
  .describe('How the PDF is built.');

export const ManifestSchema = z
  .strictObject({
    $schema: z.string().optional(),
    extends: z.string().optional().describe('Another YAML file with shared `applicant`, `items` and `options`.'),
    profile: z.string().min(1).describe('A built-in profile id (see `packet profiles`) or a path to a profile file.'),
    applicant: ApplicantSchema,
    output: z.string().optional().describe('Where the PDF goes, relative to the manifest.'),
    language: z.string().optional(),
    options: BuildOptionsSchema.optional(),
    items: z.record(z.string(), ItemValueSchema).default({}).describe("Keys are the profile's item ids."),
  })
  .describe("An application manifest: which of your files is which item of the posting.");

export type Manifest = z.infer<typeof ManifestSchema>;
export type Applicant = z.infer<typeof ApplicantSchema>;
export type Referee = z.infer<typeof RefereeSchema>;
export type Letter = z.infer<typeof LetterSchema>;
export type BuildOptions = z.infer<typeof BuildOptionsSchema>;
export type CoverOptions = z.infer<typeof CoverOptionsSchema>;
