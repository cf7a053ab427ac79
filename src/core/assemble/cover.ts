/** The cover: who applies for what, when the packet was compiled, and a clickable contents list. */
import type { AbsentLine, PartRange, Plan, SectionRange } from '../plan/types.js';
import { Flow, type Measure, type OpPage } from './layout.js';
import type { Clean, Direction } from './generated.js';
import { safeUrl } from './generated.js';
import { checkSource } from '../validate/values.js';
import { lettersSentDirectly, sentDirectly } from '../schema/vocabulary.js';
import { readPlain } from '../text/model.js';
import { layoutBlocks } from './rich.js';
import { conditionalAbsent, pageRange } from '../words.js';

/**
 * `2026-11-25` for a date, in UTC: the cover's date when the plan has no `buildDay` (the app gives the local one).
 *
 * @example
 * isoDate(new Date(Date.UTC(2026, 10, 25, 23, 30))) // '2026-11-25'
 */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}


/** Output ranges for every section and part, given each part's page count and the cover's. */
export function computeRanges(plan: Plan, counts: number[][], coverPages: number): SectionRange[] {
  let next = coverPages + 1;
  return plan.sections.map((section, s) => {
    const parts: PartRange[] = section.parts.map((part, p) => {
      const n = counts[s]?.[p] ?? 0;
      const named = 'named' in part && part.named ? { named: true } : {};
      const range = n > 0 ? { title: part.title, firstPage: next, lastPage: next + n - 1, ...named } : { title: part.title, firstPage: 0, lastPage: 0, ...named };
      next += n;
      return range;
    });
    const present = parts.filter((p) => p.firstPage > 0);
    const firstPage = present[0]?.firstPage ?? 0;
    const lastPage = present[present.length - 1]?.lastPage ?? 0;
    return { itemId: section.itemId, title: section.title, firstPage, lastPage, parts };
  });
}

type Entry = { order: number; section: number } | { order: number; absent: number };

/** Sections and absent items interleaved in the posting's order (sections first on a tie). */
function entries(plan: Plan): Entry[] {
  const list: Entry[] = [
    ...plan.sections.map((_, i) => ({ order: plan.sectionOrder[i] ?? i, section: i })),
    ...plan.absent.map((a, i) => ({ order: a.order, absent: i })),
  ];
  return list.map((e, i) => ({ e, i })).sort((a, b) => a.e.order - b.e.order || a.i - b.i).map((x) => x.e);
}

/** The parts listed under a section's line: each of several files, or a lone file with its own title; not one without pages. */
function listedParts(range: SectionRange): PartRange[] {
  return range.parts.length > 1 || range.parts[0]?.named ? range.parts.filter((p) => p.firstPage !== 0) : [];
}

/** Whether an absent item is listed: `cover: { show_absent: false }` leaves off the optional and conditional ones; items to come later stay. */
function listedAbsent(plan: Plan, item: AbsentLine): boolean {
  return !((item.status === 'optional' || item.status === 'conditional') && plan.options.showAbsent === false);
}

/**
 * The pages the cover takes and the lines of its contents list (an item, each file listed under it, an item not
 * sent), before any part is read: validate's count of the build's cover. Every part the build can use has pages,
 * and which numbers they get never changes the layout, so each part is counted as one page.
 *
 * @example
 * measureCover(plan, measure, clean); // { pages: 2, entries: 14 } for 12 publications with long titles
 */
export function measureCover(plan: Plan, measure: Measure, clean: Clean, direction?: Direction): { pages: number; entries: number } {
  const ranges = computeRanges(plan, plan.sections.map((s) => s.parts.map(() => 1)), 1);
  const entries = ranges.reduce((n, range) => n + 1 + listedParts(range).length, 0) + plan.absent.filter((a) => listedAbsent(plan, a)).length;
  return { pages: layoutCover(plan, ranges, measure, clean, direction).length, entries };
}

/**
 * Lay out the cover pages. `ranges` are the sections' output pages (1-based); the layout (and so the number of
 * cover pages) does not depend on their values, only the printed numbers do.
 */
export function layoutCover(plan: Plan, ranges: readonly SectionRange[], measure: Measure, clean: Clean, direction?: Direction): OpPage[] {
  const flow = new Flow(measure, clean, 'Contents (continued)', direction);
  const { position, applicant } = plan;
  flow.line('Application', { size: 10, grey: 0.45 });
  flow.gap(2);
  flow.paragraph(position.title, { font: 'bold', size: 20, leading: 1.25 });
  if (position.organization) flow.paragraph(position.organization, { size: 13, leading: 1.4 });
  if (position.reference) flow.paragraph(`Reference: ${position.reference}`, { size: 10, grey: 0.35 });
  if (position.source) {
    // An address no reviewer can open (profile.source) is printed as text, not linked.
    const href = checkSource(position.source) ? undefined : safeUrl(position.source);
    flow.address(`Posting: ${position.source}`, { size: 10, grey: 0.35, ...(href ? { link: { url: href } } : {}) });
  }
  flow.gap(16);
  flow.paragraph(applicant.name, { font: 'bold', size: 15, leading: 1.35 });
  if (applicant.email) {
    const mail = safeUrl(`mailto:${applicant.email.trim()}`);
    flow.paragraph(applicant.email, { size: 11, ...(mail ? { link: { url: mail }, blue: true } : {}) });
  }
  if (applicant.phone) flow.paragraph(applicant.phone, { size: 11 });
  if (applicant.website) {
    const href = safeUrl(applicant.website);
    flow.address(applicant.website, { size: 11, ...(href ? { link: { url: href }, blue: true } : {}) });
  }
  if (applicant.orcid) {
    const href = `https://orcid.org/${applicant.orcid}`;
    flow.address(`ORCID ${href}`, { size: 11, link: { url: href }, blue: true });
  }
  if (applicant.address) {
    for (const line of applicant.address.split(/\r?\n/)) if (line.trim() !== '') flow.paragraph(line.trim(), { size: 10.5, grey: 0.2 });
  }
  flow.gap(6);
  flow.line(`Compiled ${plan.buildDay ?? isoDate(plan.buildDate)}`, { size: 10, grey: 0.35 });
  if (plan.options.coverNote) {
    flow.gap(10);
    // Typeset from its Markdown, as a link's note: "[my site](https://...)" is a clickable "my site", not markup.
    layoutBlocks(flow, plan.options.coverNoteDoc ?? readPlain(plan.options.coverNote));
  }
  flow.gap(14);
  flow.rule();
  flow.gap(6);
  flow.line('Contents', { font: 'bold', size: 13 });
  flow.gap(4);

  const reserve = 90;
  for (const entry of entries(plan)) {
    if ('section' in entry) {
      const section = plan.sections[entry.section];
      const range = ranges[entry.section];
      if (!section || !range) continue;
      if (range.firstPage === 0) {
        // None of its files could be used (the diagnostics say why): listed, not linked.
        const missing = { size: 11, leading: 1.45, grey: 0.45 } as const;
        flow.wrapped(flow.wrapLines(section.title, missing, reserve), missing, { text: 'missing', style: { grey: 0.45 } });
      } else {
        const style = { size: 11, leading: 1.45, link: { page: range.firstPage - 1 } } as const;
        const lines = flow.wrapLines(section.title, style, reserve);
        flow.wrapped(lines, style, { text: pageRange(range.firstPage, range.lastPage) });
        for (const part of listedParts(range)) {
          const ps = { size: 9.5, leading: 1.4, indent: 14, grey: 0.3, link: { page: part.firstPage - 1 } } as const;
          flow.wrapped(flow.wrapLines(part.title, ps, reserve), ps, { text: pageRange(part.firstPage, part.lastPage), style: { size: 9.5, grey: 0.3 } });
        }
      }
      // Referees whose letters they send themselves: a reviewer is told not to look for the letters here.
      const letters = section.letters;
      if (letters) flow.paragraph(lettersSentDirectly(letters.sentBy, letters.stage, letters.condition), { size: 9.5, leading: 1.4, indent: 14, grey: 0.45 });
    } else {
      const item = plan.absent[entry.absent];
      if (!item || !listedAbsent(plan, item)) continue;
      const status =
        item.status === 'later'
          ? `to be sent later${item.note ? `: ${item.note}` : ''}`
          : item.status === 'direct'
            ? sentDirectly(item.sentBy ?? 'referees', item.stage ?? 'required', item.condition)
            : item.status === 'conditional'
              ? conditionalAbsent(item.condition ?? '')
              : 'optional, not included';
      const style = { size: 11, leading: 1.45, grey: 0.45 } as const;
      flow.wrapped(flow.wrapLines(item.title, style, reserve), style);
      flow.paragraph(status, { size: 9.5, leading: 1.4, indent: 14, grey: 0.45 });
    }
  }
  return flow.pages;
}
