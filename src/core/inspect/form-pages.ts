/**
 * Which pages a form's fields and the text typed onto the pages are on, and the note on the form a `pages:` selection
 * (or the whole file) gives: kept apart from pdf-lib, so validation (in the main thread) does not load it.
 */
import type { Finding } from '../diagnostics.js';
import type { FormMode } from '../schema/vocabulary.js';
import type { findingsAbout } from './findings.js';

/** A form's fields by the pages (0-based) their widgets are on, and the pages with text typed onto them (FreeText). */
export interface FormPages {
  fields: { fillable: boolean; filled: boolean; pages: number[]; password?: boolean; prompt?: string | undefined; label?: string; typedOver?: boolean }[];
  typed: number[];
  /** What the build does with the fields (`--forms`), for the note. */
  mode?: FormMode;
}

/**
 * The note on a form: `file.form-empty` when fields to fill in are there and none is filled in, unless text is typed
 * over or beside them (Fill & Sign over the fields: the answers are there, as text boxes); else `file.forms`. Counted
 * over the fields whose widgets are on the `taken` pages (all of them when not given), or of `counts` for the whole file.
 *
 * @example
 * formFinding(findingsAbout('form.pdf'), pages, 'flatten', [0]) // file.forms, or file.form-empty, or undefined: no field on page 1
 */
export function formFinding(say: ReturnType<typeof findingsAbout>, form: FormPages, mode: FormMode, taken?: readonly number[], counts?: { fields: number; filled: number; fillable: number; fillableFilled: number; passwords: number }): Finding | undefined {
  const fields = taken ? form.fields.filter((f) => f.pages.some((p) => taken.includes(p))) : form.fields;
  const n = counts ?? {
    fields: fields.length,
    filled: fields.filter((f) => f.filled).length,
    fillable: fields.filter((f) => f.fillable).length,
    fillableFilled: fields.filter((f) => f.fillable && f.filled).length,
    passwords: fields.filter((f) => f.password === true).length,
  };
  if (n.fields === 0) return undefined;
  const typedOnForm = fields.some((f) => f.fillable && f.typedOver === true);
  const fillable = fields.filter((f) => f.fillable);
  // A typed box at none of the fields (the place and date at the bottom) answers none of them: said, naming the fields.
  const typedAside = form.typed.filter((p) => (!taken || taken.includes(p)) && fillable.some((f) => f.pages.includes(p))).map((p) => p + 1);
  // Named where the prompts are, so the applicant knows where to type.
  const prompted = fillable.flatMap((f) => (f.prompt !== undefined && f.label !== undefined ? [f.label] : []));
  const empty = typedAside.length > 0 ? fillable.flatMap((f) => (f.label !== undefined ? [f.label] : [])) : [];
  if (n.fillable > 0 && n.fillableFilled === 0 && !typedOnForm) return say.formEmpty(n.fillable, prompted, typedAside, empty);
  // A template's prompt beside real answers is printed on the page as if it were one (the prompts alone: file.form-empty).
  const prompts = fields.flatMap((f) => (f.fillable && f.prompt !== undefined ? [f.prompt] : []));
  return say.forms(n.fields, n.filled, mode, n.passwords, n.fillableFilled > 0 ? prompts : []);
}
