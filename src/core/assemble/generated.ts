/** Layouts of the pages the assembler writes itself: inline text, a web link, referee contacts. */
import type { RefereeInfo } from '../plan/types.js';
import { Flow, type FontRole, type Measure, type OpPage } from './layout.js';

export type Clean = (text: string, font: FontRole) => string;

/** An item's title; one in a right-to-left script is set right to left, like the paragraphs under it. */
const HEADING = { font: 'bold', size: 16, leading: 1.3, auto: true } as const;
/** The applicant's own paragraphs: a right-to-left one (Arabic, Hebrew) is set right to left. */
const BODY = { size: 11, leading: 1.45, auto: true } as const;

/** A paragraph's direction, from its first strong letter (typeset.ts). */
export type Direction = (text: string) => 'ltr' | 'rtl';

/**
 * Split inline text into paragraphs: a blank line separates paragraphs; inside one, single line breaks are
 * spaces, except before list items ("- ", "* ", "• ", "1. "), which keep their own line.
 *
 * @example
 * paragraphs('One\ntwo\n\n- a\n- b') // ['One two', '- a', '- b']
 */
export function paragraphs(text: string): string[] {
  const out: string[] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    let current = '';
    for (const raw of block.split('\n')) {
      const line = raw.trim();
      if (line === '') continue;
      if (/^([-*•–]|\d+[.)])\s/.test(line) && current !== '') {
        out.push(current);
        current = line;
      } else {
        current = current === '' ? line : `${current} ${line}`;
      }
    }
    if (current !== '') out.push(current);
  }
  return out;
}

/** Pages for a `text` part: the title as a heading, then the paragraphs. */
export function layoutText(title: string, text: string, measure: Measure, clean: Clean, direction?: Direction): OpPage[] {
  const flow = new Flow(measure, clean, `${title} (continued)`, direction);
  flow.paragraph(title, HEADING);
  flow.gap(10);
  for (const para of paragraphs(text)) {
    flow.paragraph(para, BODY);
    flow.gap(6);
  }
  return flow.pages;
}

/**
 * The address as a link annotation may hold it (ASCII, absolute), or undefined when it is not a web or mail
 * address a reader should open.
 *
 * @example
 * safeUrl('https://example.org/ä') // 'https://example.org/%C3%A4'
 * safeUrl('javascript:alert(1)') // undefined
 */
export function safeUrl(url: string): string | undefined {
  try {
    const u = new URL(url.trim());
    if (!['http:', 'https:', 'mailto:'].includes(u.protocol)) return undefined;
    return u.href;
  } catch {
    return undefined;
  }
}

/** A page for a `link` part: the title, the optional note, and the clickable address. */
export function layoutLink(title: string, url: string, note: string | undefined, measure: Measure, clean: Clean, direction?: Direction): OpPage[] {
  const flow = new Flow(measure, clean, `${title} (continued)`, direction);
  flow.paragraph(title, HEADING);
  flow.gap(10);
  if (note) {
    for (const para of paragraphs(note)) {
      flow.paragraph(para, BODY);
      flow.gap(6);
    }
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
