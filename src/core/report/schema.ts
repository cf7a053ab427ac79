import { z } from 'zod';
import { CATALOGUE, type DiagnosticCode } from '../catalogue.js';
import type { Diagnostic, LINE_READ } from '../diagnostics.js';
import type { FitItem, FitReport } from '../fit/fit.js';
import { SubmissionSchema } from '../schema/profile.js';
import { FORMS, ITEM_KINDS, SENDERS, STAGES } from '../schema/vocabulary.js';
import type { EntryForm } from '../schema/manifest.js';
import type { EntryReport, ItemReport, ItemStatus } from '../validate/types.js';
import type { BuiltSetFile, CopyOf, Report } from './model.js';

// Spelled here as the JSON says them; `Exact` below fails the typecheck when these and the TypeScript types part.
const ITEM_STATUSES = ['ok', 'missing', 'invalid', 'later', 'optional', 'conditional', 'direct', 'unread'] as const satisfies readonly ItemStatus[];
const ENTRY_FORMS = ['file', 'text', 'link', 'referee'] as const satisfies readonly EntryForm[];
const CODES = Object.keys(CATALOGUE) as [DiagnosticCode, ...DiagnosticCode[]];
const count = z.int().nonnegative();
const CAPS = ['max_words', 'max_chars'] as const;

const DiagnosticSchema = z.strictObject({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.enum(CODES).describe('One of the codes in the README\'s "Diagnostic codes" table.'),
  message: z.string(),
  hint: z.string().optional(),
  file: z.string().optional().describe('The file the problem is in, as given (usually relative).'),
  line: z.int().positive().optional(),
  col: z.int().positive().optional(),
  path: z.string().optional().describe('Dotted path of the value, e.g. `items.transcript[1].file`.'),
  item: z.string().optional().describe("The profile item's id it is about."),
});

const EntrySchema = z.strictObject({
  form: z.enum(ENTRY_FORMS),
  title: z.string().optional(),
  file: z.string().optional(),
  type: z.string().optional(),
  pages: count.optional().describe('Pages it brings into the packet: those of `pages:` when given.'),
  selection: z.string().optional().describe('`pages:` as given, when pages are selected.'),
  filePages: count.optional(),
  words: count.optional(),
  wordsUncounted: z.enum(['no-text', 'some-pages']).optional(),
  bytes: count.optional(),
  link: z.string().optional(),
  referee: z
    .strictObject({
      name: z.string(),
      email: z.string(),
      affiliation: z.string().optional(),
      position: z.string().optional(),
      relation: z.string().optional(),
      phone: z.string().optional(),
      letter: z.string().optional(),
    })
    .optional(),
});

const ItemSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  kind: z.enum(ITEM_KINDS),
  stage: z.enum(STAGES),
  status: z.enum(ITEM_STATUSES),
  accepts: z.array(z.enum(FORMS)),
  entries: z.array(EntrySchema),
  pages: count.optional().describe('Pages it takes in the packet: its files and the pages the build makes for it (texts, links, the referees\' contacts page).'),
  cappedPages: count.optional().describe('The pages `limits.max_pages` counts, when fewer than `pages`: an item of referees\' letters is capped on its letters, not on the contacts page the build adds. Compare `cappedPages ?? pages` with `limits.max_pages`.'),
  words: count.optional(),
  wordsUncounted: z.enum(['no-text', 'some-pages']).optional(),
  unchecked: z.array(z.enum(CAPS)).optional().describe('Caps not checked because its words could not all be counted (`limit.unchecked`); `status` stays `ok`.'),
  bytes: count,
  later: z.string().optional(),
  sentBy: z.enum(SENDERS).optional(),
  lettersSentBy: z.enum(SENDERS).optional(),
  condition: z.string().optional().describe('Whom the posting asks for it, for a conditional item not given, or one others send.'),
  limits: z.strictObject({
    min: count.optional(),
    max: count.optional(),
    max_pages: count.optional(),
    max_pages_each: count.optional(),
    max_words: count.optional(),
    max_chars: count.optional(),
    max_mb: z.number().positive().optional(),
  }),
  notes: z.array(z.string()).optional(),
  range: z.strictObject({ first: count, last: count }).optional().describe('Page range in the built PDF, after a build.'),
});

const FitItemSchema = z.strictObject({
  itemId: z.string(),
  title: z.string(),
  before: count,
  after: count,
  cap: count.optional(),
  recompressed: count,
  dpi: z.number().positive().optional(),
  fits: z.boolean(),
});

const FitSchema = z.strictObject({
  before: count,
  after: count,
  cap: count.optional(),
  floorDpi: z.number().positive(),
  quality: z.number(),
  recompressed: count,
  leftAlone: z.array(z.strictObject({ reason: z.string(), count })),
  items: z.array(FitItemSchema),
  fits: z.boolean(),
});

const CopyOfSchema = z.strictObject({ at: z.string(), set: z.boolean() });
const BuiltSetFileSchema = z.strictObject({ item: z.string().describe("The item's title."), itemId: z.string().describe("The item's id in the profile."), file: z.string(), pages: count, bytes: count });

/** The JSON report of `validate --format json`, `report --format json` and `build --json` (`renderJson`). */
export const ReportSchema = z
  .strictObject({
    ready: z.boolean().describe('Whether nothing blocks submitting.'),
    verdict: z.string().describe('The last line of the text report: "Ready to submit" or "Not ready: ...".'),
    manifest: z.string(),
    profile: z.strictObject({
      id: z.string(),
      title: z.string(),
      organization: z.string().optional(),
      deadline: z.string().optional(),
      open_until_filled: z.boolean(),
      submission: SubmissionSchema,
      guessed: z.array(z.string()).optional().describe('Values `packet profile import` guessed and nobody checked yet (`deadline`, `submission`).'),
    }),
    items: z.array(ItemSchema),
    diagnostics: z.array(DiagnosticSchema),
    notes: z.array(z.string()),
    totals: z.strictObject({
      pages: count.describe('The packet as a build now makes it (cover, files, typeset texts, link and referee pages).'),
      filePages: count,
      bytes: count,
      estimatedPages: count,
      pagesExact: z.boolean(),
      cover: z.boolean(),
    }),
    strict: z.boolean(),
    build: z
      .strictObject({
        output: z.string(),
        pages: count,
        bytes: count,
        fit: FitSchema.optional(),
        outOfDate: z.literal(true).optional(),
        copyOf: CopyOfSchema.optional(),
        files: z.array(BuiltSetFileSchema).optional(),
      })
      .optional()
      .describe('After a build.'),
  })
  .describe('The JSON report of packet validate --format json, report --format json and build --json.');

/** True when A and B are the same type, optional keys and all: a key in one and not the other fails. */
type Exact<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Out<S extends z.ZodType> = z.output<S>;
// A field added to a type of the report and not here (or here and not there) fails `tsc`: the schema stays the report's.
const exact: [
  Exact<Out<typeof DiagnosticSchema>, Omit<Diagnostic, typeof LINE_READ>>,
  Exact<Out<typeof EntrySchema>, EntryReport>,
  Exact<Omit<Out<typeof ItemSchema>, 'entries'>, Omit<ItemReport, 'entries'>>,
  Exact<Out<typeof FitItemSchema>, FitItem>,
  Exact<Omit<Out<typeof FitSchema>, 'items'>, Omit<FitReport, 'items'>>,
  Exact<Out<typeof CopyOfSchema>, CopyOf>,
  Exact<Out<typeof BuiltSetFileSchema>, BuiltSetFile>,
  Exact<keyof Out<typeof ReportSchema>, keyof Report>,
  Exact<Out<typeof ReportSchema>['profile'], Report['profile']>,
  Exact<Out<typeof ReportSchema>['totals'], Report['totals']>,
  Exact<keyof NonNullable<Out<typeof ReportSchema>['build']>, keyof NonNullable<Report['build']>>,
  Exact<Omit<NonNullable<Out<typeof ReportSchema>['build']>, 'fit' | 'copyOf' | 'files'>, Omit<NonNullable<Report['build']>, 'fit' | 'copyOf' | 'files'>>,
] = [true, true, true, true, true, true, true, true, true, true, true, true];
void exact;
