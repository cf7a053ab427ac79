/** Layouts of the pages the assembler writes itself: inline text, a web link, referee contacts. */
import type { RefereeInfo } from '../plan/types.js';
import { safeUrl } from '../text/urls.js';
import type { TextDoc } from '../text/model.js';
import { Flow, type FontRole, type Measure, type OpPage } from './layout.js';
import { layoutBlocks } from './rich.js';

export type Clean = (text: string, font: FontRole) => string;

/** An item's title; one in a right-to-left script is set right to left, like the paragraphs under it. */
const HEADING = { font: 'bold', size: 16, leading: 1.3, auto: true } as const;

/** A paragraph's direction, from its first strong letter (typeset.ts). */
export type Direction = (text: string) => 'ltr' | 'rtl';

/** Pages for a `text` part: the title as a heading, then the text (paragraphs, headings, lists; see rich.ts). */
export function layoutText(title: string, text: TextDoc, measure: Measure, clean: Clean, direction?: Direction): OpPage[] {
  const flow = new Flow(measure, clean, `${title} (continued)`, direction);
  flow.paragraph(title, HEADING);
  flow.gap(10);
  layoutBlocks(flow, text);
  return flow.pages;
}

export { safeUrl } from '../text/urls.js';

/** A page for a `link` part: the title, the optional note, and the clickable address. */
export function layoutLink(title: string, url: string, note: TextDoc | undefined, measure: Measure, clean: Clean, direction?: Direction): OpPage[] {
  const flow = new Flow(measure, clean, `${title} (continued)`, direction);
  flow.paragraph(title, HEADING);
  flow.gap(10);
  if (note && note.blocks.length > 0) {
    layoutBlocks(flow, note);
    flow.gap(6);
  }
  flow.line('This item is online at:', { size: 10, grey: 0.4 });
  flow.gap(2);
  const href = safeUrl(url);
  flow.address(url, { size: 11, ...(href ? { link: { url: href }, blue: true } : {}) });
  return flow.pages;
}

/** Pages for a `referees` part: one block per referee. */
export function layoutReferees(title: string, referees: readonly RefereeInfo[], measure: Measure, clean: Clean): OpPage[] {
  const flow = new Flow(measure, clean, `${title} (continued)`);
  flow.paragraph(title, HEADING);
  flow.gap(12);
  for (const r of referees) {
    const details: { text: string; url?: string; grey?: number }[] = [];
    if (r.position) details.push({ text: r.position });
    if (r.affiliation) details.push({ text: r.affiliation });
    if (r.relation) details.push({ text: `Relation: ${r.relation}` });
    const mail = safeUrl(`mailto:${r.email.trim()}`);
    details.push({ text: `Email: ${r.email}`, ...(mail ? { url: mail } : {}) });
    if (r.phone) details.push({ text: `Phone: ${r.phone}` });
    if (r.hasLetter) details.push({ text: 'Letter follows in this packet.', grey: 0.35 });
    // Keep a referee's block on one page when it fits.
    flow.ensure(12 * 1.4 + details.length * 10.5 * 1.45 + 6);
    flow.paragraph(r.name, { font: 'bold', size: 12, leading: 1.4 });
    for (const d of details) {
      flow.paragraph(d.text, { size: 10.5, leading: 1.45, ...(d.url ? { link: { url: d.url }, blue: true } : {}), ...(d.grey !== undefined ? { grey: d.grey } : {}) });
    }
    flow.gap(14);
  }
  return flow.pages;
}
