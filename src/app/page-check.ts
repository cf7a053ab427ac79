/**
 * The last check of a build, before the PDF is put in place: what the applicant sees in an input is what the
 * packet shows. Two levels, to keep the cost small:
 *
 * - every input: no page that has text may come out blank. The assembler's cheap look at each copied page finds
 *   the suspects (no text operator, yet fonts); pdf.js reads only those pages of their inputs and, where one
 *   has text, the same pages of the written output (`build.blank-page`);
 * - an input the inspector found damaged (read with repairs, or with parts unread): every page's text, as pdf.js
 *   reads it, must be the same in the output (`build.text-changed`), since a damaged file can be read in more than
 *   one way (that pdf.js sees as many pages in it, the inspector checks, for `validate` too); on a page whose form
 *   fields were flattened, the output reads the input's text first and then only the values flattening printed.
 */
import { readFile } from 'node:fs/promises';
import { diag } from '../core/catalogue.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { CopiedPage, Plan } from '../core/plan/types.js';
import { readPdfPageTexts } from '../io/pdf-text.js';

const visible = (text: string | undefined): string => (text ?? '').replace(/\s+/gu, '');

/**
 * Whether what follows a flattened page's own text is only the values its fields printed: each value taken out once,
 * no letter or digit may be left (a check mark's glyph may), so text a damaged file adds beyond them is still caught.
 */
function onlyPrinted(rest: string, printed: readonly string[]): boolean {
  let left = rest;
  // Longest first: a short value found inside a longer one would leave the longer one's rest behind.
  for (const v of printed.map(visible).sort((a, b) => b.length - a.length)) {
    const at = v === '' ? -1 : left.indexOf(v);
    if (at >= 0) left = left.slice(0, at) + left.slice(at + v.length);
  }
  return !/[\p{L}\p{N}]/u.test(left);
}

/** A copied page to read in the output, with the text its input page has (as pdf.js reads it). */
interface Expected {
  page: CopiedPage;
  text: string;
  /** Compare the whole text (a damaged input), or only look for some (a blank page). */
  whole: boolean;
}

export interface PageCheck {
  /** The pages that will be read in the output. */
  expected: readonly Expected[];
  /** What is wrong with the output's pages, as diagnostics (empty when nothing is). */
  check(output: Uint8Array): Promise<Diagnostic[]>;
  /** For `writeFileIfAccepted`: checks the written file; what it found is in `found`. */
  accept(written: string): Promise<boolean>;
  found: Diagnostic[];
}

/**
 * Prepare the check of an assembled packet: read, with pdf.js, the input pages that need it.
 *
 * @example
 * const pages = await pageCheck(plan, result.copied, (source) => damagedInputs.has(source));
 * if (!(await writeFileIfAccepted(path, result.chunks, pages.accept))) console.log(pages.found);
 */
export async function pageCheck(plan: Plan, copied: readonly CopiedPage[], damaged: (source: string) => boolean): Promise<PageCheck> {
  const expected: Expected[] = [];
  const bySource = new Map<string, CopiedPage[]>();
  for (const page of copied) {
    // A page without fonts cannot show text to any reader: scans cost nothing here.
    if (damaged(page.source) || (!page.text && page.fonts)) bySource.set(page.source, [...(bySource.get(page.source) ?? []), page]);
  }
  for (const [source, pages] of bySource) {
    const part = plan.sections.flatMap((s) => s.parts).find((p) => p.kind === 'pdf' && p.source === source);
    if (part?.kind !== 'pdf') continue;
    let texts: (string | undefined)[];
    try {
      texts = (await readPdfPageTexts(part.bytes, pages.map((p) => p.inputPage))).texts;
    } catch {
      // pdf.js cannot open the input: it gives no text to compare with.
      continue;
    }
    const whole = damaged(source);
    pages.forEach((page, i) => {
      const text = visible(texts[i]);
      if (text !== '') expected.push({ page, text, whole });
    });
  }
  const check: PageCheck = {
    expected,
    found: [],
    async check(output) {
      if (expected.length === 0) return [];
      let texts: (string | undefined)[];
      try {
        texts = (await readPdfPageTexts(output, expected.map((e) => e.page.outputPage))).texts;
      } catch {
        texts = expected.map(() => undefined);
      }
      const found: Diagnostic[] = [];
      expected.forEach(({ page, text, whole }, i) => {
        const stamp = visible(page.stamp);
        // The footer stamp is the packet's own text, not the input's.
        const shown = stamp !== '' ? visible(texts[i]).replace(stamp, '') : visible(texts[i]);
        const where = { file: page.source, page: page.inputPage, outputPage: page.outputPage };
        if (shown === '') found.push({ ...diag('build.blank-page', where), ...page.at });
        // Flattened fields are drawn after the page's own content: what they print is the build's, not damage.
        else if (whole && (page.flattened ? !shown.startsWith(text) || !onlyPrinted(shown.slice(text.length), page.printed ?? []) : shown !== text)) found.push({ ...diag('build.text-changed', where), ...page.at });
      });
      return found;
    },
    async accept(written) {
      if (expected.length === 0) return true;
      check.found = await check.check(new Uint8Array(await readFile(written)));
      return check.found.length === 0;
    },
  };
  return check;
}
