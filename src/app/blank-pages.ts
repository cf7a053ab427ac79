/**
 * The last check of a build, before the PDF is put in place: no page that has text in its input may come out
 * blank. The assembler's cheap look at each copied page finds the suspects (no text operator, yet fonts); pdf.js
 * reads only those pages of their inputs, and, where one has text, the same pages of the written output.
 */
import { readFile } from 'node:fs/promises';
import { diag } from '../core/catalogue.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { CopiedPage, Plan } from '../core/plan/types.js';
import { readPdfPageTexts } from '../io/pdf-text.js';

const visible = (text: string | undefined): string => (text ?? '').replace(/\s+/gu, '');

export interface BlankPageGuard {
  /** Pages whose input has text and whose output may have none. */
  suspects: CopiedPage[];
  /** The output's pages that came out blank, as diagnostics (empty when none did). */
  check(output: Uint8Array): Promise<Diagnostic[]>;
  /** For `writeFileIfAccepted`: checks the written file; what it found is in `found`. */
  accept(written: string): Promise<boolean>;
  found: Diagnostic[];
}

/**
 * Find the copied pages that may have lost their text, reading their inputs with pdf.js (only those pages).
 *
 * @example
 * const guard = await blankPageGuard(plan, result.copied);
 * if (!(await writeFileIfAccepted(path, result.chunks, guard.accept))) console.log(guard.found);
 */
export async function blankPageGuard(plan: Plan, copied: readonly CopiedPage[]): Promise<BlankPageGuard> {
  const suspects: CopiedPage[] = [];
  // A page without fonts cannot show text to any reader: scans cost nothing here.
  const bySource = new Map<string, CopiedPage[]>();
  for (const page of copied) if (!page.text && page.fonts) bySource.set(page.source, [...(bySource.get(page.source) ?? []), page]);
  for (const [source, pages] of bySource) {
    const part = plan.sections.flatMap((s) => s.parts).find((p) => p.kind === 'pdf' && p.source === source);
    if (part?.kind !== 'pdf') continue;
    let texts: (string | undefined)[];
    try {
      texts = await readPdfPageTexts(part.bytes, pages.map((p) => p.inputPage));
    } catch {
      // pdf.js cannot open the input: it gives no text to compare with.
      continue;
    }
    pages.forEach((page, i) => {
      if (visible(texts[i]) !== '') suspects.push(page);
    });
  }
  const guard: BlankPageGuard = {
    suspects,
    found: [],
    async check(output) {
      if (suspects.length === 0) return [];
      let texts: (string | undefined)[];
      try {
        texts = await readPdfPageTexts(output, suspects.map((p) => p.outputPage));
      } catch {
        texts = suspects.map(() => undefined);
      }
      return suspects
        .filter((page, i) => {
          const text = visible(texts[i]);
          const stamp = visible(page.stamp);
          // The footer stamp is the packet's own text, not the input's.
          return (stamp !== '' ? text.replace(stamp, '') : text) === '';
        })
        .map((page) => ({ ...diag('build.blank-page', { file: page.source, page: page.inputPage, outputPage: page.outputPage }), ...page.at }));
    },
    async accept(written) {
      if (suspects.length === 0) return true;
      guard.found = await guard.check(new Uint8Array(await readFile(written)));
      return guard.found.length === 0;
    },
  };
  return guard;
}
