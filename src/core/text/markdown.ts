/**
 * Markdown read into the text model (model.ts) with markdown-it: paragraphs, headings, bulleted and numbered
 * lists, bold, italic, links, line breaks. Everything else is read as plain text, never printed as markup:
 * a table's rows become lines ("cell · cell"), code its lines, an image its description, a quotation its
 * paragraphs, struck-through text plain text. HTML is not interpreted: `<b>` is printed as typed; HTML comments
 * are left out (comments.ts).
 *
 * markdown-it (and its 3 MB of dependencies: entity tables, linkify-it, punycode) is loaded only for a text that
 * has markup: a plain text is read by `readPlain`, which reads what markdown-it would.
 */
import type { Token } from 'markdown-it';
import { isBreak, readPlain, type Block, type Emphasis, type Inline, type Span, type TextDoc } from './model.js';
import { safeUrl } from './urls.js';
import { stripComments } from './comments.js';

/** Reads one text into the model. */
export type MarkdownReader = (text: string) => TextDoc;

/**
 * Characters and line starts that may make Markdown read a text otherwise than as plain paragraphs: emphasis,
 * links, code, escapes, entities, autolinks and bare addresses (also "//host.org", which linkify reads as a link),
 * tables; headings, quotations, lists, rules, fences and setext underlines at a line's start; indented code; two
 * spaces before a line break.
 */
const MARKUP = /[*_`[\]\\<>&~|@\0]|\/\/|www\.|^[ \t]*(?:[-+=#]|\d{1,9}[.)]|[•◦‣–][ \t])|^(?: {4}|\t)| {2,}\n/im;

/** Bullets typed as characters ("• ", "– ") at a line's start: read as Markdown's "- ". */
const TYPED_BULLET = /^([ \t]*)[•◦‣–](?=[ \t])/gm;

/**
 * Whether a text may hold Markdown; a text without any of its signs reads as plain paragraphs.
 *
 * @example
 * hasMarkup('A plain bio.\n\nTwo paragraphs.') // false
 * hasMarkup('**Timeline.** Year one.') // true
 */
export function hasMarkup(text: string): boolean {
  return MARKUP.test(text);
}

/**
 * A text as read: through `markdown` when it has markup and a reader is given, as plain paragraphs otherwise
 * (a library caller without the reader gets its markup printed as typed).
 *
 * @example
 * readText('- one\n- two', await loadMarkdown()).blocks[0].kind // 'list'
 */
export function readText(text: string, markdown?: MarkdownReader): TextDoc {
  // Comments (`<!-- note to self -->`) are hidden by every Markdown preview: neither drawn nor counted.
  const { text: shown, comments } = stripComments(text);
  const doc = markdown && hasMarkup(shown) ? markdown(shown) : readPlain(shown);
  return comments.length ? { ...doc, comments } : doc;
}

/**
 * The Markdown reader, loading markdown-it on first call; undefined when none of `texts` has markup, so a
 * packet of plain texts never loads it.
 *
 * @example
 * const markdown = await loadMarkdown(['**Bold** bio']);
 * readText('**Bold** bio', markdown)
 */
export async function loadMarkdown(texts: Iterable<string> = ['*']): Promise<MarkdownReader | undefined> {
  if (![...texts].some(hasMarkup)) return undefined;
  const { default: MarkdownIt } = await import('markdown-it');
  // Not the typographer: quotes and dashes stay as typed. Bare web and mail addresses become links.
  const md = new MarkdownIt('default', { html: false, linkify: true, typographer: false });
  md.linkify.set({ fuzzyLink: false, fuzzyEmail: true, fuzzyIP: false });
  // Every link is read as one, so that none is printed as `[text](address)`; `safeUrl` decides which are clickable.
  md.validateLink = () => true;
  const limit = md.options.maxNesting ?? 100;
  return (text) => {
    const tokens = md.parse(text.replace(/\0/g, '').replace(TYPED_BULLET, '$1-'), {});
    // markdown-it stops reading a block nested 100 levels deep (`>>>>...`) and drops the rest of it: such a
    // text is set as plain text rather than lose words.
    return tokens.some((t) => t.level >= limit - 1) ? readPlain(text) : fromTokens(tokens);
  };
}

/** Blocks from markdown-it's token stream. Long because it is one switch over token types sharing the open-block state. */
function fromTokens(tokens: readonly Token[]): TextDoc {
  const sink: LinkSink = { unsafe: [], clickable: [] };
  let at = 0;
  /** Blocks until the token of type `until` (or the end), which is consumed. */
  const blocks = (until?: string): Block[] => {
    const out: Block[] = [];
    while (at < tokens.length) {
      const t = tokens[at++] as Token;
      if (t.type === until) break;
      switch (t.type) {
        case 'paragraph_open': {
          const inline = tokens[at]?.type === 'inline' ? (tokens[at++] as Token) : undefined;
          at++; // paragraph_close
          push(out, { kind: 'paragraph', inlines: inlines(inline?.children ?? [], sink) });
          break;
        }
        case 'heading_open': {
          const inline = tokens[at]?.type === 'inline' ? (tokens[at++] as Token) : undefined;
          at++;
          push(out, { kind: 'heading', level: Number(t.tag.slice(1)) || 1, inlines: inlines(inline?.children ?? [], sink) });
          break;
        }
        case 'bullet_list_open':
        case 'ordered_list_open': {
          const ordered = t.type === 'ordered_list_open';
          const start = Number(t.attrGet('start') ?? 1);
          const items: Block[][] = [];
          let tight = true;
          while (at < tokens.length && tokens[at]?.type === 'list_item_open') {
            at++;
            const first = at;
            items.push(blocks('list_item_close'));
            // markdown-it hides the paragraphs of a tight list (no blank lines between items).
            for (let i = first; i < at; i++) if (tokens[i]?.type === 'paragraph_open' && !tokens[i]?.hidden && tokens[i]?.level === (tokens[first]?.level ?? 0)) tight = false;
          }
          at++; // list close
          out.push({ kind: 'list', ordered, start: Number.isFinite(start) ? start : 1, tight, items });
          break;
        }
        case 'blockquote_open':
          out.push(...blocks('blockquote_close'));
          break;
        case 'code_block':
        case 'fence':
        case 'html_block': {
          const lines = t.content.replace(/\n$/, '').split('\n');
          const content: Inline[] = [];
          lines.forEach((line, i) => {
            if (i > 0) content.push({ break: true });
            if (line.trim() !== '') content.push({ text: line, emphasis: 'regular' });
          });
          push(out, { kind: 'paragraph', inlines: content });
          break;
        }
        case 'table_open':
          push(out, { kind: 'paragraph', inlines: table(sink) });
          break;
        default:
          // hr, and closing tokens of blocks read above.
          break;
      }
    }
    return out;
  };

  /** A table's rows as lines, its cells separated by " · ", the header row bold. */
  const table = (links: LinkSink): Inline[] => {
    const out: Inline[] = [];
    let row: Inline[][] = [];
    let header = false;
    while (at < tokens.length) {
      const t = tokens[at++] as Token;
      if (t.type === 'table_close') break;
      if (t.type === 'thead_open') header = true;
      else if (t.type === 'thead_close') header = false;
      else if (t.type === 'tr_open') row = [];
      else if (t.type === 'inline') {
        const cell = inlines(t.children ?? [], links);
        row.push(header ? cell.map((i) => (isBreak(i) ? i : { ...i, emphasis: strong(i.emphasis) })) : cell);
      } else if (t.type === 'tr_close') {
        const cells = row.filter((c) => c.some((i) => !isBreak(i) && i.text.trim() !== ''));
        if (cells.length === 0) continue;
        if (out.length > 0) out.push({ break: true });
        cells.forEach((c, i) => {
          if (i > 0) out.push({ text: ' · ', emphasis: 'regular' });
          out.push(...c);
        });
      }
    }
    return merge(out);
  };

  return { blocks: blocks(), unsafeLinks: sink.unsafe, ...(sink.clickable.length ? { links: sink.clickable } : {}) };
}

/** A paragraph or heading, unless it has no text (an image without a description, say). */
function push(out: Block[], block: Extract<Block, { inlines: Inline[] }>): void {
  if (block.inlines.some((i) => !isBreak(i) && i.text.trim() !== '')) out.push(block);
}

function strong(e: Emphasis): Emphasis {
  return e === 'italic' || e === 'bold-italic' ? 'bold-italic' : 'bold';
}

/** Where the links of a text are collected: printed-only ones, and clickable ones with the words shown for them. */
interface LinkSink {
  unsafe: string[];
  clickable: { href: string; shown: string }[];
}

/** Spans from an inline token's children: emphasis and links tracked, everything else read as its text. */
function inlines(children: readonly Token[], sink: LinkSink): Inline[] {
  const out: Inline[] = [];
  let bold = 0;
  let italic = 0;
  const links: { href?: string; raw: string; from: number }[] = [];
  const emphasis = (): Emphasis => (bold > 0 ? (italic > 0 ? 'bold-italic' : 'bold') : italic > 0 ? 'italic' : 'regular');
  const text = (s: string): void => {
    if (s === '') return;
    const href = links[links.length - 1]?.href;
    out.push({ text: s, emphasis: emphasis(), ...(href ? { href } : {}) });
  };
  for (const c of children) {
    switch (c.type) {
      case 'text':
      case 'text_special':
      case 'code_inline':
      case 'html_inline':
        text(c.content);
        break;
      case 'image':
        // Its description (the alt text): the picture itself is not in the packet.
        text(c.content);
        break;
      case 'softbreak':
        text(' ');
        break;
      case 'hardbreak':
        out.push({ break: true });
        break;
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold = Math.max(0, bold - 1);
        break;
      case 'em_open':
        italic++;
        break;
      case 'em_close':
        italic = Math.max(0, italic - 1);
        break;
      case 'link_open': {
        const raw = String(c.attrGet('href') ?? '');
        const href = safeUrl(raw);
        links.push({ raw, from: out.length, ...(href ? { href } : {}) });
        break;
      }
      case 'link_close': {
        const link = links.pop();
        const shown = link ? out.slice(link.from).map((i) => (isBreak(i) ? ' ' : i.text)).join('') : '';
        if (link?.href) sink.clickable.push({ href: link.raw, shown });
        else if (link && link.raw !== '') {
          // Printed, not clickable: the reader still sees where it points, unless that is the text already.
          if (shown.trim() !== link.raw) text(` (${link.raw})`);
          sink.unsafe.push(link.raw);
        }
        break;
      }
      default:
        // s_open/s_close (struck-through text is read as plain text), and anything a later markdown-it adds.
        if (c.children) for (const i of inlines(c.children, sink)) out.push(i);
        else if (c.content) text(c.content);
    }
  }
  return merge(out);
}

/** Neighbouring spans of one style and link joined, so a line is cut into as few pieces as it needs. */
function merge(list: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const i of list) {
    const last = out[out.length - 1];
    if (last && !isBreak(last) && !isBreak(i) && last.emphasis === i.emphasis && last.href === i.href) {
      out[out.length - 1] = { ...last, text: last.text + i.text } as Span;
    } else out.push(i);
  }
  return out;
}
