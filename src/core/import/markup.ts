/**
 * A posting as lines, whatever it was written in: HTML (htmlparser2: comments, scripts and entities handled by the
 * parser), Markdown (markdown-it, then the HTML path; front matter split off and read with `yaml`) or plain text
 * (indentation read as list nesting, hard-wrapped lines joined).
 */
import { hasChildren, isTag, isText, Text, type ChildNode, type Element, type ParentNode } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import MarkdownIt from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import { BULLET, normalizeText } from './text.js';

export type PostingFormat = 'text' | 'html' | 'markdown';

/** One line of a posting. */
export interface Line {
  text: string;
  /** A list entry (a bullet, a number, an HTML `<li>`). */
  bullet: boolean;
  /** Nesting of a list entry: 0 for a top-level entry, 1 for an entry under it, ... */
  depth: number;
  /** Heading level (1-6) when the markup says it is a heading, else 0. */
  heading: number;
  /** Index of the paragraph (blank-line separated block) the line belongs to. */
  block: number;
  /** An entry of a list written inline in a paragraph ("... include: (1) a CV, (2) ..."), split out by the importer. */
  inline?: boolean;
}

/** What the page says about itself outside its text: front matter, the HTML `<title>`. */
export interface PostingMeta {
  title?: string;
  /** ISO date of the page (front matter `date`): gives a year to dates written without one. */
  date?: string;
  reference?: string;
  organization?: string;
}

export interface Posting {
  lines: Line[];
  meta: PostingMeta;
  format: PostingFormat;
}

/**
 * True when `text` reads as HTML markup rather than plain text (a couple of real tags, not one stray `<`).
 *
 * @example
 * looksLikeHtml('<p>Apply</p><ul><li>CV</li></ul>') // true
 * looksLikeHtml('Salary < 5000 EUR') // false
 */
export function looksLikeHtml(text: string): boolean {
  const tags = text.match(/<\/?(?:html|head|body|p|div|ul|ol|li|br|h[1-6]|span|table|tr|td|strong|em|b|a|section|article)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 2;
}

/** Hugo's TOML front matter (`+++` ... `+++`): its top-level `key = value` lines (tables after them are left out). */
const TOML_FENCE = /^\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n\+\+\+[ \t]*(?:\r?\n|$)/;

/** The top-level `key = "text"`, `key = 'text'`, `key = 2024-01-01` and `key = 12` lines of TOML, as plain values. */
function tomlValues(text: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const line of text.split(/\r?\n/u)) {
    if (/^\s*\[/u.test(line)) break;
    const m = /^\s*([A-Za-z_][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([\d:T.+-]+))\s*(?:#.*)?$/u.exec(line);
    if (m) data[m[1]!] = m[2] !== undefined ? m[2].replace(/\\(["\\])/gu, '$1') : (m[3] ?? m[4]);
  }
  return data;
}

/** The page's address alone on the first line, as users paste it above the page ("https://x.org/join.md", then `---`). */
const ADDRESS_ABOVE = /^[ \t]*<?https?:\/\/\S+?>?[ \t]*\r?\n(?:[ \t]*\r?\n)*(?=(?:---|\+\+\+)[ \t]*\r?\n)/iu;

/**
 * Front matter (`---` YAML `---`, `+++` TOML `+++`) or a Pelican-style block of `key: value` lines opening a Markdown
 * page; fenced front matter under a pasted address line too, the address returned apart.
 */
function splitFrontMatter(text: string): { data: Record<string, unknown>; body: string; address?: string; unclosed?: boolean } {
  const address = ADDRESS_ABOVE.exec(text)?.[0];
  if (address !== undefined) return { ...splitFrontMatter(text.slice(address.length)), address: address.trim() };
  const toml = TOML_FENCE.exec(text);
  if (toml) return { data: tomlValues(toml[1] ?? ''), body: text.slice(toml[0].length) };
  const fenced = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  let yamlText: string | undefined;
  let body = text;
  if (fenced) {
    yamlText = fenced[1] ?? '';
    body = text.slice(fenced[0].length);
  } else if (/^---[ \t]*\r?\n/.test(text)) {
    // An opening `---` never closed: its `key: value` lines are still the page's data, and the rest is the page, each
    // line a line (markdown-it would run every line after the rule into one paragraph).
    const open = /^---[ \t]*\r?\n/.exec(text)?.[0] ?? '';
    const keys = /^(?:[A-Za-z][\w-]*:[^\n]*(?:\r?\n|$))+/.exec(text.slice(open.length))?.[0] ?? '';
    if (keys !== '') yamlText = keys;
    return { ...parsed(yamlText), body: text.slice(open.length + keys.length), unclosed: true };
  } else {
    const plain = /^(?:[A-Za-z][\w-]*:[^\n]*\r?\n)+(?:\r?\n|$)/.exec(text);
    if (plain && plain[0].split('\n').filter(Boolean).length >= 2) {
      yamlText = plain[0];
      body = text.slice(plain[0].length);
    }
  }
  return { ...parsed(yamlText), body };
}

/** Front matter's data; its lines as text when it is not YAML after all. */
function parsed(yamlText: string | undefined): { data: Record<string, unknown> } {
  if (yamlText === undefined) return { data: {} };
  try {
    const data: unknown = parseYaml(yamlText, { prettyErrors: false, maxAliasCount: 50 });
    return { data: data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {} };
  } catch {
    // Not YAML after all (a page that only starts with a rule): keep its lines as text.
    return { data: { _text: yamlText } };
  }
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (typeof v === 'number') return String(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return undefined;
}

const META_KEYS: Record<keyof PostingMeta, RegExp> = {
  title: /^(?:title|job_?title|position)$/i,
  date: /^(?:date|posted|published)$/i,
  reference: /^(?:job_?id|reference|ref|req(?:uisition)?_?id|job_?number)$/i,
  organization: /^(?:organi[sz]ation|institution|employer|company|university)$/i,
};

/** Front matter values that read as prose ("description: ... Application deadline is January 26."). */
function proseValues(v: unknown, out: string[], depth = 0): void {
  if (depth > 6) return;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t.split(/\s+/).length >= 6) out.push(t);
  } else if (Array.isArray(v)) for (const x of v) proseValues(x, out, depth + 1);
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) proseValues(x, out, depth + 1);
}

function metaFrom(data: Record<string, unknown>): PostingMeta {
  const meta: PostingMeta = {};
  for (const [key, value] of Object.entries(data)) {
    for (const k of Object.keys(META_KEYS) as (keyof PostingMeta)[]) {
      const s = str(value);
      if (s && meta[k] === undefined && META_KEYS[k].test(key)) meta[k] = s;
    }
  }
  if (meta.date !== undefined) {
    const d = /^(\d{4}-\d{2}-\d{2})/.exec(meta.date);
    if (d) meta.date = d[1];
    else delete meta.date;
  }
  return meta;
}

// -------------------------------------------------------------------------------------------------------------
// HTML

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'select', 'button', 'textarea', 'canvas', 'map']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'blockquote', 'pre', 'table', 'thead',
  'tbody', 'tfoot', 'form', 'fieldset', 'figure', 'figcaption', 'address', 'dl', 'dd', 'dt', 'hr', 'center', 'details',
  'summary', 'body', 'html',
]);
const BOLD = new Set(['strong', 'b']);

type Node = ChildNode;

/** A paragraph whose only text is bold ("<p><strong>How to apply</strong></p>") reads as a heading. */
function allBold(el: Node): boolean {
  if (!isTag(el)) return false;
  let bold = false;
  for (const c of el.children) {
    if (isText(c)) {
      if (c.data.trim() !== '') return false;
    } else if (isTag(c)) {
      if (BOLD.has(c.name)) bold = true;
      else if (c.name !== 'br') return false;
    }
  }
  return bold && DomUtils.textContent(el).trim().split(/\s+/).length <= 10;
}

/** Text the page does not show: `hidden`, `aria-hidden`, or a style that hides it. */
function hidden(el: Element): boolean {
  const a = el.attribs;
  return 'hidden' in a || a['aria-hidden'] === 'true' || /\b(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/iu.test(a.style ?? '');
}

/** A list the page marks as a postal address (`<ul class="address">`): its lines are never documents. */
function postalAddress(el: Element): boolean {
  return (el.name === 'ul' || el.name === 'ol') && /(?:^|\s)(?:address|adr|postal-address)(?:\s|$)/iu.test(el.attribs.class ?? '');
}

/** A sidebar or box of other postings ("Other vacancies", "Related jobs"): another job's deadline and documents. */
const OTHER_LISTINGS =
  /^\s*(?:(?:other|related|similar|more|latest|recent|further)\s+(?:vacancies|jobs|positions|openings|postings|job offers|opportunities)\b|(?:andre|flere|lignende)\s+(?:ledige\s+)?(?:stillinger|job(?:s)?)\b|(?:weitere|andere|ähnliche)\s+(?:stellen(?:angebote)?|jobs|ausschreibungen)\b|(?:andra|fler|liknande)\s+(?:lediga\s+)?(?:tjänster|jobb|anställningar)\b|muut\s+(?:avoimet\s+)?(?:työpaikat|tehtävät)\b|(?:autres|d'autres)\s+(?:offres|postes)\b|altr[ie]\s+(?:posizioni|offerte|bandi)\b|otras\s+(?:ofertas|plazas|convocatorias)\b|outras\s+(?:vagas|ofertas)\b|andere\s+vacatures\b|inne\s+oferty\b|další\s+(?:pozice|nabídky)\b)/iu;

function otherListings(el: Element): boolean {
  // A sidebar by its first heading; a section or box only by the heading it opens with.
  const heading =
    el.name === 'aside' || el.name === 'nav'
      ? DomUtils.findOne((e) => /^h[1-6]$/.test(e.name), el.children)
      : el.name === 'section' || el.name === 'div'
        ? el.children.find((c): c is Element => isTag(c))
        : undefined;
  return heading !== undefined && heading !== null && /^h[1-6]$/.test(heading.name) && OTHER_LISTINGS.test(DomUtils.textContent(heading));
}

function htmlLines(html: string, meta: PostingMeta): Line[] {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  flattenDeep(doc);
  return new HtmlReader(meta).read(doc.children);
}

/** Deeper than this, an element's words are one run of text: no page nests so deep, and walking it would overflow the stack. */
const MAX_NESTING = 200;

/** Replaces the children of every element at `MAX_NESTING` with their text, without recursion. */
function flattenDeep(root: ParentNode): void {
  const stack: [ParentNode, number][] = [[root, 0]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, depth] = top;
    for (const c of node.children) {
      if (!hasChildren(c)) continue;
      if (depth + 1 < MAX_NESTING) {
        stack.push([c, depth + 1]);
        continue;
      }
      const flat = new Text(textOf(c));
      flat.parent = c;
      c.children = [flat];
    }
  }
}

/** The text under a node, in document order, without recursion. */
function textOf(node: ParentNode): string {
  const parts: string[] = [];
  const stack: ChildNode[] = [...node.children].reverse();
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (isText(n)) parts.push(n.data);
    else if (hasChildren(n)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as ChildNode);
  }
  return parts.join(' ');
}

/** Walks an HTML tree into lines; the state is the line being written and the list nesting around it. */
class HtmlReader {
  private readonly lines: Line[] = [];
  private buf = '';
  private bullet = false;
  private depth = 0;
  private heading = 0;
  private block = 0;
  private listDepth = 0;
  /** A `<dt>` was read and waits for its `<dd>` on the same line. */
  private termOpen = false;

  constructor(private readonly meta: PostingMeta) {}

  read(nodes: Node[]): Line[] {
    for (const c of nodes) this.walk(c);
    this.flush();
    return renumberBlocks(this.lines);
  }

  /** Ends the line being written. */
  private flush(): void {
    const text = normalizeText(this.buf.replace(/\s+/g, ' '));
    // Bullets typed as characters ("&#8226; your CV<br>") are list entries too.
    const typed = !this.bullet && this.heading === 0 && BULLET.test(text);
    if (text !== '') {
      const depth = this.bullet ? this.depth : typed ? this.listDepth : 0;
      this.lines.push({ text, bullet: this.bullet || typed, depth, heading: this.heading, block: this.block });
    }
    this.buf = '';
    this.bullet = false;
    this.heading = 0;
  }

  /** Ends the line and the paragraph. */
  private para(): void {
    this.flush();
    this.block += 1;
  }

  private children(node: Node): void {
    if ('children' in node) for (const c of node.children) this.walk(c);
  }

  // One dispatch on the kind of node; each element with its own rule has a method below.
  private walk(node: Node): void {
    if (isText(node)) {
      this.buf += node.data;
      return;
    }
    // Comments, doctypes and PHP blocks are not the page's words; CDATA is.
    if (!isTag(node)) {
      if (node.type === 'cdata') this.children(node);
      return;
    }
    const name = node.name;
    // The head holds no text of the page, only its title.
    if (name === 'head') {
      const t = DomUtils.findOne((e) => e.name === 'title', node.children);
      if (t && this.meta.title === undefined) this.meta.title = normalizeText(DomUtils.textContent(t).replace(/\s+/g, ' ')) || undefined;
      return;
    }
    if (name === 'title' && this.meta.title === undefined) this.meta.title = normalizeText(DomUtils.textContent(node).replace(/\s+/g, ' ')) || undefined;
    if (SKIP.has(name) || name === 'title' || hidden(node) || otherListings(node) || postalAddress(node)) return;
    // "<dt>Deadline</dt><dd>1 June 2026</dd>": one line, "Deadline: 1 June 2026", as a label and its value.
    if (name === 'dt') {
      this.para();
      this.children(node);
      this.buf = `${this.buf.trimEnd()}: `;
      this.termOpen = true;
      return;
    }
    if (name === 'dd' && this.termOpen) {
      this.termOpen = false;
      this.children(node);
      this.para();
      return;
    }
    if (name === 'br') this.flush();
    else if (name === 'li') this.listEntry(node);
    else if (name === 'ul' || name === 'ol') this.list(node);
    else if (/^h[1-6]$/.test(name) || ((name === 'p' || name === 'div') && allBold(node))) this.headingOf(node);
    else if (name === 'tr') this.row(node);
    else if (name === 'td' || name === 'th') this.cell(node);
    else if (BLOCK.has(name)) this.blockOf(node);
    else this.children(node);
  }

  private listEntry(node: Node): void {
    this.flush();
    this.bullet = true;
    this.depth = Math.max(0, this.listDepth - 1);
    this.children(node);
    this.flush();
  }

  private list(node: Node): void {
    if (this.listDepth === 0) this.para();
    else this.flush();
    this.listDepth += 1;
    this.children(node);
    this.flush();
    this.listDepth -= 1;
    if (this.listDepth === 0) this.block += 1;
  }

  /** An `<h1>`-`<h6>`, or a paragraph in bold only (level 6). */
  private headingOf(node: Element): void {
    const h = /^h([1-6])$/.exec(node.name);
    this.para();
    this.heading = h ? Number(h[1]) : 6;
    this.children(node);
    this.para();
  }

  /** A row of data cells is an entry of a list ("Research proposal | required"); a row of headers is a heading. */
  private row(node: Element): void {
    this.flush();
    const cells = node.children.filter((c) => isTag(c) && (c.name === 'td' || c.name === 'th'));
    const header = cells.length > 0 && cells.every((c) => isTag(c) && c.name === 'th');
    this.children(node);
    if (this.buf.trim() !== '') {
      this.bullet = !header;
      this.depth = this.listDepth;
      this.heading = header ? 6 : 0;
    }
    this.flush();
  }

  private cell(node: Node): void {
    if (this.buf.trim() !== '') this.buf += ' | ';
    this.children(node);
  }

  /** Inside a list entry, a paragraph continues the entry; elsewhere it starts a new block. */
  private blockOf(node: Node): void {
    if (this.bullet || this.listDepth > 0) {
      if (this.buf.trim() !== '') this.buf += ' ';
      this.children(node);
      return;
    }
    this.para();
    this.children(node);
    this.para();
  }
}

function renumberBlocks(lines: Line[]): Line[] {
  let prev = -1;
  let n = -1;
  return lines.map((l) => {
    if (l.block !== prev) {
      prev = l.block;
      n += 1;
    }
    return { ...l, block: n };
  });
}

// -------------------------------------------------------------------------------------------------------------
// Plain text

const INLINE_BULLET = /\s+[*•·▪◦‣●]\s+/;
const INLINE_DASH = /\s+[-*•·▪◦‣●]\s+(?=\p{L})/u;
const TERMINAL = /[.!?:;。！？；：]["')\]）」』]?$/;

function indentOf(raw: string): number {
  let n = 0;
  for (const ch of raw) {
    if (ch === ' ') n += 1;
    else if (ch === '\t') n += 4;
    else break;
  }
  return n;
}

/**
 * Lines of a plain-text posting: list nesting from indentation, hard-wrapped sentences joined, inline bullets
 * ("materials: * CV * Short bio") split out.
 *
 * @example
 * textLines('Include:\n  - CV\n    - with publications').map((l) => [l.text, l.depth]) // [['Include:', 0], ['- CV', 0], ['- with publications', 1]]
 */
export function textLines(input: string): Line[] {
  const raw = input
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f]/g, ' ')
    // A soft hyphen at a line's end breaks a word in two: the word goes on on the next line.
    .replace(/\u00ad[ \t]*\n[ \t]*(?=\p{L})/gu, '')
    .split('\n');
  const furniture = pageFurniture(raw);
  const rows = joinWrapped(
    raw.filter((_, i) => !furniture.has(i)),
    input.toLowerCase(),
  );
  readPipeTables(rows);
  return renumberBlocks(bulletsUnderNumbers(nestRows(rows)));
}

/** A bullet of a symbol, not a number or a letter. */
const SYMBOL_MARK = /^[-*•·▪◦‣●○■□➢►→—–]\s/u;
/** A list number at the start of a line ("1.", "2)", "(3)"), and its value. */
const LIST_NUMBER = /^\(?(\d{1,2})[.)]\s/u;

/**
 * "1. A Curriculum Vitae", then "• Educational qualification", "• Major publications", then "2. A research
 * proposal": bullets of a symbol between two entries numbered one after the other are the first one's points, one
 * level deeper, though the page lost their indentation.
 */
function bulletsUnderNumbers(lines: Line[]): Line[] {
  let entry: { at: number; n: number } | undefined;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k] as Line;
    const n = l.bullet ? Number(LIST_NUMBER.exec(l.text)?.[1] ?? NaN) : NaN;
    if (!Number.isNaN(n)) {
      entry = { at: k, n };
      continue;
    }
    // Not under "1. The application form containing the following items:", whose entries are its own list's.
    if (entry === undefined || !SYMBOL_MARK.test(l.text) || l.depth !== (lines[entry.at] as Line).depth || /[:：]\s*$/u.test((lines[entry.at] as Line).text)) {
      if (!l.bullet) entry = undefined;
      continue;
    }
    // The run of bullets after the entry, and the line after the run: the entry's next number.
    let end = k;
    while (end < lines.length && (lines[end] as Line).bullet && SYMBOL_MARK.test((lines[end] as Line).text)) end += 1;
    const next = lines[end];
    if (next !== undefined && Number(LIST_NUMBER.exec(next.text)?.[1] ?? NaN) === entry.n + 1) {
      for (let j = k; j < end; j++) lines[j] = { ...(lines[j] as Line), depth: (lines[j] as Line).depth + 1 };
    }
    k = end - 1;
  }
  return lines;
}

/** A page number alone on its line: "- 1 -", "Page 2 of 5", "Seite 2 von 5", "Sivu 2/5", "2/5". */
const PAGE_NUMBER =
  /^(?:[-–—]\s*\d{1,3}\s*[-–—]|(?:page|pages|seite|sida|sivu|pagina|página|pag\.|p\.|s\.)\s*\d{1,3}(?:\s*(?:of|von|av|van|sur|de|di|\/|\()\s*\d{1,3}\)?)?|\d{1,3}\s*\/\s*\d{1,3}|\d{1,3}\s*\(\d{1,3}\))$/iu;
/** "Call 2027/04", "Ref. ABC-12": a call or reference code, the kind of thing a page footer carries next to a name. */
const REFERENCE_CODE =
  /^(?:call|ref\.?|reference|réf\.?|référence|kennziffer|kennzahl|dnr\.?|diarienummer|diaarinumero|referentie|vacature(?:nummer)?|referenz(?:nummer)?|id)\s*(?:no\.?|nr\.?|n°)?\s*[:#]?\s*[\p{L}\d]*\d[\p{L}\d/._-]*$/iu;

/**
 * Physical lines that are page furniture of a pasted PDF, not posting text: page numbers alone, and a footer or
 * header line next to one when it repeats or is only a name and a reference code ("Institute · Call 2027/04").
 * Left in, a page number reads as a list entry and the footer's parts as documents.
 */
function pageFurniture(raw: string[]): Set<number> {
  const out = new Set<number>();
  const text = raw.map((r) => normalizeText(r));
  const count = new Map<string, number>();
  for (const t of text) if (t !== '') count.set(t, (count.get(t) ?? 0) + 1);
  const footer = (t: string): boolean => {
    if (t === '' || TERMINAL.test(t)) return false;
    const parts = t.split(/\s+[·|•–—]\s+/u);
    return parts.length > 1 && parts.length <= 4 && parts.some((x) => REFERENCE_CODE.test(x.trim()));
  };
  text.forEach((t, i) => {
    if (!PAGE_NUMBER.test(t)) return;
    out.add(i);
    // The footer or header line just above or below the page number.
    for (const j of [i - 1, i + 1]) {
      const u = text[j];
      if (u === undefined || u === '' || PAGE_NUMBER.test(u)) continue;
      if (footer(u) || ((count.get(u) ?? 0) > 1 && !TERMINAL.test(u) && u.length <= 80)) out.add(j);
    }
  });
  // A name-and-code footer repeated on every page, even where no page number stands next to it.
  text.forEach((t, i) => {
    if ((count.get(t) ?? 0) > 1 && footer(t)) out.add(i);
  });
  return out;
}

/** A line of a plain-text posting after hard-wrapped lines are joined, before list nesting is read. */
interface Raw {
  text: string;
  indent: number;
  bullet: boolean;
  block: number;
  /** Physical lines joined into this one, and the length of the last. */
  parts: number;
  last: number;
}

/** A bullet of a symbol font as a PDF's text gives it: Wingdings' diamond "u", square "n", arrow "Ø", check "ü"... */
const SYMBOL_FONT_MARK = /^([unlqvwoØ§ü¨ð])\s+(?=\p{Lu})/u;

/**
 * The marks of symbol-font bullets a page uses: a letter that opens three or more lines before a capital ("u Solicitud
 * ...", "u Copia ...", "u Curriculum ..."), so it marks entries, not a word of the language ("o Tema": Spanish "or").
 */
function symbolFontMarks(texts: readonly string[]): Set<string> {
  const count = new Map<string, number>();
  for (const t of texts) {
    const m = SYMBOL_FONT_MARK.exec(t);
    if (m?.[1] !== undefined) count.set(m[1], (count.get(m[1]) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n >= 3).map(([c]) => c));
}

/** A number that opens a line with no mark after it ("1 《博士后申请表》 4"): a row number only in a run of them. */
const BARE_NUMBER = /^(\d{1,2})\s+(?=[^\d\s.,:/-])/u;
/** A number and a dash glued to the entry ("1-Başvuru Formu", "4- 4 Adet Fotoğraf"): a list number in a run of them. */
const DASH_NUMBER = /^(\d{1,2})\s*[-–]\s*(?=\p{L}|\d{1,2}\s+\p{L})/u;

/**
 * Rows numbered 1, 2, 3 with no list mark the reader knows, rewritten "1) ...": a flattened table's rows ("1 《博士后申请表》
 * 4", "2 专家推荐信 4"), three or more in a row from 1, and entries numbered "1-", "2-", two or more; one line each, with at most two
 * lines between, so that a line that only starts with a number ("3 pages at most", "2-3 letters") is no entry.
 */
function bareNumberedRows(texts: string[]): void {
  for (const [mark, least] of [
    [BARE_NUMBER, 3],
    [DASH_NUMBER, 2],
  ] as const) {
    for (let k = 0; k < texts.length; k++) {
      if (Number(mark.exec(texts[k] as string)?.[1]) !== 1) continue;
      const run = [k];
      for (;;) {
        // A note of a line or two under an entry ("(Yukarıdaki linkten ...)") may come before the next number.
        const last = run[run.length - 1] as number;
        const next = [last + 1, last + 2, last + 3].find((n) => Number(mark.exec(texts[n] ?? '')?.[1]) === run.length + 1);
        if (next === undefined) break;
        run.push(next);
      }
      if (run.length >= least) for (const i of run) texts[i] = (texts[i] as string).replace(mark, (_m, n: string) => `${n}) `);
      k = run[run.length - 1] as number;
    }
  }
}

/** Physical lines to rows: blank lines and cuts end a block, hard-wrapped lines join the line they continue. */
function joinWrapped(raw: string[], whole: string): Raw[] {
  const rows: Raw[] = [];
  const normalized = raw.map((r) => normalizeText(r));
  bareNumberedRows(normalized);
  const marks = symbolFontMarks(normalized);
  let block = 0;
  let blank = true;
  let pendingBullet = false;
  let lastNumber = -1;
  for (const [k, r] of raw.entries()) {
    let text = normalized[k] as string;
    const symbol = SYMBOL_FONT_MARK.exec(text);
    if (symbol?.[1] !== undefined && marks.has(symbol[1])) text = `• ${text.slice(symbol[0].length)}`;
    // "[...]" marks a cut: what follows is another part of the page.
    if (text === '' || text === '[...]' || text === '[…]') {
      if (!blank) block += 1;
      blank = true;
      continue;
    }
    // A bullet mark alone on its line ("-" then the entry on the next line).
    if (/^[-*•·▪◦‣]$/.test(text)) {
      pendingBullet = true;
      continue;
    }
    const indent = indentOf(r);
    // "3.Certified copies ..." then "4.1 to 2 pages summary": the next number glued to a figure is still an entry.
    const glued = /^(\d{1,2})\.(?=\d)/.exec(text);
    if (glued && Number(glued[1]) === lastNumber + 1) text = `${glued[1]}. ${text.slice(glued[0].length)}`;
    // "1) yliopistoportfolio" then "2 )julkaisuluettelo": the next number, with a space before its parenthesis.
    const spaced = /^(\d{1,2})\s+\)\s*/.exec(text);
    if (spaced && Number(spaced[1]) === lastNumber + 1) text = `${spaced[1]}) ${text.slice(spaced[0].length)}`;
    // "3. Documents to submit" then "3.1. Certificate.", "3.2. Title.": an outline's sub-entries of entry 3, one level deeper.
    const dotted = /^(\d{1,2})\.\d{1,2}\.?\s+(?=\p{Lu})/u.exec(text);
    const sub = dotted !== null && Number(dotted[1]) === lastNumber;
    const isBullet = pendingBullet || sub || BULLET.test(text);
    pendingBullet = false;
    const numbered = isBullet ? /^(\d{1,2})[.)]/.exec(text) : null;
    if (numbered) lastNumber = Number(numbered[1]);
    const prev = rows[rows.length - 1];
    // "4-Asgari ... Beyanname" then "(Yukarıdaki linkten ...)": a note in brackets under an entry is the entry's.
    if (prev && !blank && !isBullet && (continues(prev, text, indent) || (prev.bullet && /^\(.*\)[.;,]?$/u.test(text)))) {
      prev.text = joinLines(prev.text, text, whole);
      prev.parts += 1;
      prev.last = text.length;
      blank = false;
      continue;
    }
    rows.push({ text, indent: sub ? indent + 2 : indent, bullet: isBullet, block, parts: 1, last: text.length });
    blank = false;
  }
  numberedBullets(rows);
  return splitGluedEntries(rows);
}

/** "... covering letter. - Personal record:": a labelled entry glued onto the end of the paragraph above it. */
const GLUED_LABEL = /^(.*[.!?)])\s+[-–]\s+(\p{Lu}[\p{L}\p{N} /&'’()-]{0,40}:)$/u;
/** "As far as available, please attach copies of:- Zeugnisse / Abitur": a list's first entry glued onto its opening line. */
const GLUED_FIRST = /^(.*\S:)[-–]\s*(\p{L}.*)$/u;

/**
 * Entries a flattened page glued onto other lines, split out: a labelled entry ("- Personal record:") at the end of
 * the paragraph above it, when the page writes such labels as entries of their own, and the first entry of a dashed
 * list at the end of its opening line. Left glued, the paragraph's words ("As far as available") read as the label's.
 */
function splitGluedEntries(rows: Raw[]): Raw[] {
  const labels = rows.some((r) => r.bullet && /^[-–]\s+\p{Lu}[^:]{0,40}:$/u.test(r.text));
  const out: Raw[] = [];
  rows.forEach((r, k) => {
    const label = labels && !r.bullet ? GLUED_LABEL.exec(r.text) : null;
    const next = rows[k + 1];
    const first = !r.bullet && next?.bullet && /^[-–]\s/u.test(next.text) ? GLUED_FIRST.exec(r.text) : null;
    const m = label ?? first;
    if (!m) {
      out.push(r);
      return;
    }
    out.push({ ...r, text: m[1] as string, parts: 1, last: (m[1] as string).length });
    out.push({ ...r, text: `- ${m[2] as string}`, bullet: true, parts: 1, last: (m[2] as string).length + 2 });
  });
  return out;
}

/**
 * "• 2 Documento de redacción libre ..." then "• 3 Curriculum Vitae ... (máximo 3)": bullets that go on with the
 * numbers of the entries (one after the other), which are then no counts; they are written as list numbers.
 */
function numberedBullets(rows: Raw[]): void {
  const mark = /^([-*•·▪◦‣●])\s+(\d{1,2})\s+(?=\p{Lu})/u;
  for (let k = 0; k < rows.length; k++) {
    let end = k;
    while (end + 1 < rows.length && (rows[end + 1] as Raw).block === (rows[k] as Raw).block && Number(mark.exec((rows[end + 1] as Raw).text)?.[2]) === Number(mark.exec((rows[end] as Raw).text)?.[2]) + 1) end += 1;
    if (end > k) {
      for (const r of rows.slice(k, end + 1)) r.text = r.text.replace(mark, (_m, b: string, n: string) => `${b} ${n}) `);
      k = end;
    }
  }
}

/** Words a line may end in with a hyphen that is the word's own ("co-author", "part-time", "self-funded"). */
const COMPOUND_HEADS = new Set([
  'co', 'ex', 'e', 'x', 'non', 'self', 'part', 'full', 'half', 'well', 'cross', 'long', 'short', 'high', 'low', 'mid',
  'one', 'two', 'three', 'four', 'five', 'six', 'first', 'second', 'third', 'world', 'peer', 'early', 'fixed', 'open',
]);

/** Second halves of compounds written with a hyphen ("evidence-based", "fixed-term", "English-language"). */
const COMPOUND_TAILS = /^(?:based|driven|related|level|time|term|funded|reviewed|specific|oriented|friendly|free|wide|scale|like|making|authors?|authored|pages?|years?|weeks?|months?|days?|language|speaking|class|known|depth|date|dimensional|art|grained|led|owned|cent(?:red|ered)|focused|career|stage|old|only|up)$/u;

/** Conjunctions after a hyphen that leaves out the end of a compound ("Lehr- und Forschungskonzept", "pre- and post-doctoral"). */
const SUSPENDED = /^(?:und|oder|bzw|sowie|and|or|och|eller|og|en|et|ou|e|o|y|i|a|nebo|lub|albo|ja|tai)$/u;

/**
 * Joins a hard-wrapped line to the line it continues. A word broken at the line's end with a hyphen, as text copied
 * from a PDF has it ("a cur-" / "riculum vitae", "state-" / "ment"), is one word again; a hyphen that is the word's own
 * ("part-" / "time", "co-" / "author") stays, without the space; "Lehr-" / "und Forschungskonzept" is left as it is.
 * When the posting writes the word elsewhere, that spelling decides.
 *
 * @example
 * joinLines('a research state-', 'ment (max. 3 pages)', '') // 'a research statement (max. 3 pages)'
 * joinLines('a part-', 'time position', '') // 'a part-time position'
 */
export function joinLines(prev: string, next: string, whole: string): string {
  const head = /(?<![\p{L}\d-])((?:\p{L}+-)*)(\p{L}+)-$/u.exec(prev);
  const tail = /^(\p{L}+|\d+)/u.exec(next)?.[1];
  if (!head || tail === undefined || SUSPENDED.test(tail.toLowerCase())) return `${prev} ${next}`;
  const last = (head[2] as string).toLowerCase();
  const stem = prev.slice(0, -1);
  const word = `${head[1] ?? ''}${last}`.toLowerCase();
  const lower = tail.toLowerCase();
  const kept = `${stem}${next}`;
  const keepHyphen = `${stem}-${next}`;
  // The posting's own spelling elsewhere ("research statement" written whole on another page).
  const elsewhere = (w: string): boolean => new RegExp(`(?<![\\p{L}-])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}-])`, 'u').test(whole);
  if (elsewhere(`${word}-${lower}`)) return keepHyphen;
  if (elsewhere(`${word}${lower}`)) return kept;
  // "COVID-" / "19", "non-" / "EU", "PhD-" / "level": a number, a capital or an acronym is not one word broken in two.
  if (/^\d/u.test(tail) || /^\p{Lu}/u.test(tail) || /\p{Lu}.*\p{Lu}/u.test(head[2] as string)) return keepHyphen;
  if (COMPOUND_HEADS.has(last) || COMPOUND_TAILS.test(lower)) return keepHyphen;
  return kept;
}

/**
 * A hard-wrapped line continues the previous one: it does not start a list entry (checked by the caller), and the
 * previous line did not end a sentence (or the new line starts in lower case).
 */
function continues(prev: Raw, text: string, indent: number): boolean {
  // "博管办 | 流动站 | 学院 | ||" then "1 | 博士后申请表 | √ |": each row of a pipe table is a line of its own.
  if (PIPE_ROW.test(prev.text) && PIPE_ROW.test(text)) return false;
  return (
    !TERMINAL.test(prev.text) &&
    (/^[\p{Ll}\d(]/u.test(text) ||
      /(?:[,-]|\b(?:of|the|and|or|to|for|in|a|an|with|at|by|on|from|as)\b)$/iu.test(prev.text) ||
      (prev.parts >= 2 && prev.last >= 55) ||
      (prev.bullet && indent > prev.indent))
  );
}

/** A row of a pipe table: cells between bars. */
const PIPE_ROW = /\S\s*\|\s*\S|^\|.*\|$/u;

/** Pipe tables ("Document | Details |"): the separator row goes, the header row stays a line, data rows are entries. */
function readPipeTables(rows: Raw[]): void {
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k] as Raw;
    if (/^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/.test(r.text)) {
      rows.splice(k, 1);
      k -= 1;
      continue;
    }
  }
  const piped = (r: Raw | undefined): boolean => r !== undefined && /\S\s*\|\s*\S/.test(r.text);
  // "1 | 博士后申请表 | √ |": a first cell that only numbers the row is no part of the entry.
  const numberCell = /^\|?\s*\d{1,2}[.)]?\s*\|\s*(?=\S)/u;
  let numbered = false;
  // Read before the bars are trimmed: "Data privacy statement | |" (an empty cell) trimmed reads as no row, and the
  // row after it was taken for a new table's header.
  const rowAt = rows.map((r) => piped(r));
  rows.forEach((r, k) => {
    if (!rowAt[k]) {
      numbered = false;
      return;
    }
    const headerRow = !rowAt[k - 1] || rows[k - 1]?.block !== r.block;
    if (headerRow) numbered = false;
    const number = numberCell.exec(r.text);
    if (number) r.text = r.text.slice(number[0].length);
    r.text = r.text.replace(/^\|\s*|\s*\|$/g, '').trim();
    // "博管办 | 流动站 | 学院" under the header and before row "1 |": a second header row, not an entry.
    const subHeader = !number && !numbered && numberCell.test(rows[k + 1]?.text ?? '');
    if (number) numbered = true;
    if (!headerRow && !subHeader && (rowAt[k + 1] || rowAt[k - 1])) r.bullet = true;
  });
}

/** Rows to lines: list entries get their depth from indentation and marks, inline bullets are split out. */
function nestRows(rows: Raw[]): Line[] {
  const out: Line[] = [];
  let stack: number[] = [];
  let stackMark = '';
  let lastBlock = -1;
  let colonIndent: number | undefined;
  for (const row of rows) {
    let bullet = row.bullet;
    // Indented lines after "... must contain:" are the entries of a list written without marks.
    if (!bullet && colonIndent !== undefined && row.indent > colonIndent) bullet = true;
    if (!bullet) {
      stack = [];
      colonIndent = /:\s*$/.test(row.text) ? row.indent : undefined;
    } else if (colonIndent !== undefined && !row.bullet && /:\s*$/.test(row.text)) {
      colonIndent = undefined;
    }
    let depth = 0;
    if (bullet) {
      // A list of another kind of mark after a blank line ("• Literature cited" then "3. Motivation letter") is not nested.
      const mark = /^\(?\d/.test(row.text) ? '1' : /^\(?(?:i{1,3}|iv|vi{0,3}|ix|xi{0,2})\s?[-–.)]/i.test(row.text) ? 'i' : /^\(?[a-z][.)]/i.test(row.text) ? 'a' : '-';
      if (row.block !== lastBlock && mark !== stackMark) stack = [];
      // "1. Artist Profile" then "- Short bio" at the same indentation: the dashes are its entries.
      // "  • STEP 4" after "    1. ..." under "  • STEP 3": a bullet less indented than the numbers goes back out to its own level.
      const under = row.block === lastBlock && mark === '-' && stackMark !== '-' && stackMark !== '' && stack.length > 0 && row.indent >= Math.floor(stack[stack.length - 1] as number);
      if (!under) stackMark = mark;
      lastBlock = row.block;
      if (under) {
        if (stack.length === 1 || (stack[stack.length - 1] as number) !== row.indent + 0.5) stack.push(row.indent + 0.5);
        depth = stack.length - 1;
        const parts0 = row.text;
        out.push({ text: parts0, bullet: true, depth, heading: 0, block: row.block });
        continue;
      }
      while (stack.length > 0 && (stack[stack.length - 1] as number) > row.indent) stack.pop();
      if (stack.length === 0 || (stack[stack.length - 1] as number) < row.indent) stack.push(row.indent);
      depth = stack.length - 1;
    }
    out.push(...splitInline(row, bullet, depth));
  }
  return out;
}

/** Inline bullets ("materials: * CV * Short bio") split out of a row into entries of their own. */
function splitInline(row: Raw, bullet: boolean, depth: number): Line[] {
  // "Contenu du dossier: - une copie ... - une photo ... - un curriculum vitae": dashes after a colon, three or more.
  const dashed = /:\s+-\s+\S/u.test(row.text) && (row.text.match(/\s-\s+(?=\p{L})/gu) ?? []).length >= 3;
  const parts = row.text.split(dashed ? INLINE_DASH : INLINE_BULLET);
  if (parts.length <= 1) return [{ text: row.text, bullet, depth, heading: 0, block: row.block }];
  const out: Line[] = [];
  const first = parts[0] ?? '';
  const lead = first.replace(/^[*•·▪◦‣●]\s*/, '');
  if (lead !== '') out.push({ text: lead, bullet: bullet || /^[*•·▪◦‣●]/.test(first), depth, heading: 0, block: row.block });
  for (const p of parts.slice(1)) if (p.trim() !== '') out.push({ text: p.trim(), bullet: true, depth, heading: 0, block: row.block });
  return out;
}

// -------------------------------------------------------------------------------------------------------------
// Markdown

const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
/** For a page whose front matter is never closed: its author wrote lines, not paragraphs, so each line break stays. */
const mdLines = new MarkdownIt({ html: true, linkify: false, typographer: false, breaks: true });

/** Liquid, Jinja and Hugo template tags are not the page's words. */
function stripTemplateTags(s: string): string {
  return s.replace(/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g, ' ');
}

/**
 * Detects the format of a posting from its text when the caller does not know it.
 *
 * @example
 * detectFormat('---\ntitle: Join us\n---\n## Apply') // 'markdown'
 */
export function detectFormat(text: string): PostingFormat {
  const below = text.slice(ADDRESS_ABOVE.exec(text)?.[0].length ?? 0);
  if (/^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/.test(below)) return 'markdown';
  if (TOML_FENCE.test(below)) return 'markdown';
  if (looksLikeHtml(text)) return 'html';
  const mdSigns = (text.match(/^#{1,6} \S|\]\(https?:|^\s*[-*] \*\*/gm) ?? []).length;
  return mdSigns >= 2 ? 'markdown' : 'text';
}

/**
 * Reads a posting into lines and what its markup says about it.
 *
 * @example
 * readPosting('<h2>Apply</h2><ul><li>CV</li><li>Cover letter &amp; bio</li></ul>', 'html').lines.map((l) => l.text)
 * // ['Apply', 'CV', 'Cover letter & bio']
 */
export function readPosting(input: string, format: PostingFormat = detectFormat(input)): Posting {
  let meta: PostingMeta = {};
  let lines: Line[];
  if (format === 'markdown') {
    const { data, body, address, unclosed } = splitFrontMatter(input.replace(/^\uFEFF/, ''));
    meta = metaFrom(data);
    const prose: string[] = [];
    // Front matter that is not valid YAML: its values, without the keys.
    if (typeof data._text === 'string') prose.push(...data._text.split('\n').map((l) => l.replace(/^\s*-?\s*[\w-]+:\s*[|>]?\s*/u, '').replace(/^["']|["']$/g, '')));
    else proseValues(data, prose);
    lines = htmlLines((unclosed ? mdLines : md).render(stripTemplateTags(body)), meta);
    if (prose.length > 0) {
      const head = textLines(prose.join('\n\n'));
      const shift = head.length > 0 ? (head[head.length - 1] as Line).block + 1 : 0;
      lines = [...head, ...lines.map((l) => ({ ...l, block: l.block + shift }))];
    }
    // The pasted address stays the first line, where it is read as the posting's source.
    if (address !== undefined) lines = [{ text: address, bullet: false, depth: 0, heading: 0, block: 0 }, ...lines.map((l) => ({ ...l, block: l.block + 1 }))];
  } else if (format === 'html') {
    lines = htmlLines(stripTemplateTags(input), meta);
  } else {
    lines = textLines(input);
  }
  return { lines, meta, format };
}

/**
 * Reduces an HTML posting to text: scripts, styles and comments dropped, entities decoded, each list entry on its
 * own line starting with `- `, blocks separated by blank lines.
 *
 * @example
 * htmlToText('<h2>Apply</h2><ul><li>CV</li><li>Cover letter</li></ul>') // 'Apply\n\n- CV\n- Cover letter'
 */
export function htmlToText(html: string): string {
  const lines = htmlLines(html, {});
  const out: string[] = [];
  lines.forEach((l, i) => {
    if (i > 0 && (lines[i - 1] as Line).block !== l.block) out.push('');
    out.push(`${l.bullet ? `${'  '.repeat(l.depth)}- ` : ''}${l.text}`);
  });
  return out.join('\n');
}
