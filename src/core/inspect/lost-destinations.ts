/**
 * What a `pages:` selection cuts off of an input's internal links and bookmarks, from where they lead
 * (destinations.ts reads that): no pdf-lib here, so `validate`, which runs where pdf-lib is not loaded, imports it.
 */

/** A bookmark as a selection needs it: the page (0-based) it leads to, or that it only opens a web address. */
export interface BookmarkTarget {
  page?: number;
  web?: true;
  children: BookmarkTarget[];
}

/** Where a PDF's internal links and bookmarks lead (pages 0-based). */
export interface PageDestinations {
  /** For each page, the pages its internal links lead to. */
  links: number[][];
  bookmarks: BookmarkTarget[];
  /** For each page, the first page that is the same page object (present only when a page is listed twice). */
  same?: number[];
}

/**
 * How many links (on the pages taken) and bookmarks lead to pages that a selection leaves out, as the build counts
 * them: a bookmark to a page left out stays (leading further in) while bookmarks under it lead to pages kept.
 *
 * @example
 * lostDestinations({ links: [[2], [], []], bookmarks: [] }, [0, 1]); // { links: 1, bookmarks: 0 }
 */
export function lostDestinations(d: PageDestinations, selected: readonly number[]): { links: number; bookmarks: number } {
  const id = (i: number): number => d.same?.[i] ?? i;
  const kept = new Set(selected.map(id));
  const lost = (page: number | undefined): boolean => page !== undefined && !kept.has(page);
  let links = 0;
  for (const i of selected) for (const page of d.links[i] ?? []) if (lost(page)) links++;
  let bookmarks = 0;
  // Whether the bookmarks kept of `items` lead anywhere (a web-only one leads where its children do).
  const walk = (items: readonly BookmarkTarget[]): boolean => {
    let leads = false;
    for (const item of items) {
      const below = walk(item.children);
      if (lost(item.page)) {
        if (below) leads = true;
        else bookmarks++;
      } else if (!item.web || below) leads = true;
    }
    return leads;
  };
  walk(d.bookmarks);
  return { links, bookmarks };
}
