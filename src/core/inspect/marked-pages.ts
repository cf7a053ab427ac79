/**
 * What `pageMarks` found, and the part of it a `pages:` selection takes: kept apart from `marks.ts`, which reads PDFs
 * with pdf-lib, so that validation (in the main thread) does not load pdf-lib.
 */

/** What a drawn mark is, in the applicant's words: one kind, or a named stamp. */
export interface PageMark {
  /** One of them: `a "Not Approved" stamp`, `an ink drawing`, `a circle`... */
  one: string;
  /** Several of them, without the number: `"Not Approved" stamps`, `ink drawings`... */
  many: string;
  count: number;
  /** Pages (1-based) they are on, ascending. */
  pages: number[];
  /** The page of each of them, so a `pages:` selection can count those it takes. */
  each: number[];
  /** Stamps of the issuer's own (not a review stamp): they belong to an issued document (a diploma, a transcript). */
  issued?: boolean;
}

/** The marks on a document's pages: redaction areas never applied, and marks a reviewer sees. */
export interface PageMarks {
  /**
   * Pages (1-based) with an area marked for redaction (a `/Redact` annotation), and how many such areas; with each
   * area's page, its boxes (`[left, bottom, right, top]`, from `/QuadPoints` or `/Rect`) and the text under it
   * ('' where none was read), in the same order.
   */
  redactions: { pages: number[]; count: number; each: number[]; boxes?: [number, number, number, number][][]; under?: string[] };
  /** Drawn marks by kind, in page order of their first page. */
  marks: PageMark[];
  /**
   * Boxes filled over text (a dark box drawn over it, a filled rectangle comment): the text under them is still in
   * the file. As `redactions`: each box's page, its boxes and the text under it.
   */
  covers?: { pages: number[]; count: number; each: number[]; boxes?: [number, number, number, number][][]; under?: string[] };
}

/**
 * The marks on the pages a `pages:` selection takes (0-based indices), numbered as in the file.
 *
 * @example
 * selectedMarks(pageMarks(doc.context, tree.pages), [2]); // those of page 3 only
 */
export function selectedMarks(all: PageMarks, taken: readonly number[]): PageMarks {
  const pick = (each: readonly number[]) => {
    const kept = each.filter((p) => taken.includes(p - 1));
    return { each: kept, count: kept.length, pages: [...new Set(kept)] };
  };
  const areas = ({ boxes, under, each }: NonNullable<PageMarks['covers']>) => {
    const keep = <T>(list: readonly T[]) => list.filter((_, i) => taken.includes(each[i]! - 1));
    return { ...pick(each), ...(boxes ? { boxes: keep(boxes) } : {}), ...(under ? { under: keep(under) } : {}) };
  };
  const covers = all.covers ? areas(all.covers) : undefined;
  return {
    redactions: areas(all.redactions),
    ...(covers && covers.count > 0 ? { covers } : {}),
    marks: all.marks.flatMap((m) => {
      const kept = pick(m.each);
      return kept.count > 0 ? [{ ...m, ...kept }] : [];
    }),
  };
}
