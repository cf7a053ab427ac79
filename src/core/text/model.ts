/**
 * An applicant's text (a bio, a plan, a link's note) as read: blocks of styled spans, whatever markup it was
 * written in. Layout typesets this model; word and character limits count its text, so neither `**` nor `- `
 * nor a link's address counts as a word.
 *
 * | file        | what                                                                              |
 * | ----------- | --------------------------------------------------------------------------------- |
 * | model.ts    | the model; plain text (no Markdown) read into it; the text as read, for counting  |
 * | markdown.ts | Markdown read into it with markdown-it, loaded only for a text that has markup    |
 * | urls.ts     | which addresses become clickable links                                            |
 * | comments.ts | HTML comments, left out as Markdown previews leave them out                       |
 */
import type { TextComment } from './comments.js';

/** How a span is set: DejaVu Sans upright or oblique, regular or bold. */
export type Emphasis = 'regular' | 'bold' | 'italic' | 'bold-italic';

/** A run of text in one style; `href`: a clickable web or mail address (already checked by `safeUrl`). */
export interface Span {
  text: string;
  emphasis: Emphasis;
  href?: string;
}

/** A forced line break inside a paragraph (two spaces or a backslash at the end of a Markdown line). */
export interface LineBreak {
  break: true;
}

export type Inline = Span | LineBreak;

export type Block =
  | { kind: 'paragraph'; inlines: Inline[] }
  /** `level` 1 to 6, as `#` to `######`. */
  | { kind: 'heading'; level: number; inlines: Inline[] }
  /** Items are lists of blocks (paragraphs, nested lists); `tight`: no blank lines between the items. */
  | { kind: 'list'; ordered: boolean; start: number; tight: boolean; items: Block[][] };

/** A text as read. `links`: the links that are printed but not clickable (their address is not http(s) or mailto). */
export interface TextDoc {
  blocks: Block[];
  unsafeLinks: string[];
  /** The clickable links, as written, with the words shown for them (Markdown only). */
  links?: { href: string; shown: string }[];
  /** HTML comments in the text (`<!-- ... -->`): left out of the blocks; an unclosed one is kept, printed as typed. */
  comments?: TextComment[];
}

/** Whether an inline is a line break. */
export function isBreak(inline: Inline): inline is LineBreak {
  return 'break' in inline;
}

/**
 * Plain text read without a Markdown parser: a blank line separates paragraphs; inside one, line breaks are
 * spaces. What Markdown would read from a text with no markup in it (see `hasMarkup` in markdown.ts).
 *
 * @example
 * readPlain('One\ntwo\n\nThree').blocks.length // 2
 */
export function readPlain(text: string): TextDoc {
  const blocks: Block[] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    const joined = block
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .join(' ');
    if (joined !== '') blocks.push({ kind: 'paragraph', inlines: [{ text: joined, emphasis: 'regular' }] });
  }
  return { blocks, unsafeLinks: [] };
}

/**
 * The text as a reader reads it: spans joined, blocks and list items on lines of their own; no markup, no list
 * markers, no link addresses (unless the address is what is printed). Counted by `countWords` (words.ts) and
 * `countChars`.
 *
 * @example
 * textAsRead(doc) // 'Timeline\nYear one: data.'
 */
export function textAsRead(doc: TextDoc): string {
  const lines: string[] = [];
  const walk = (blocks: readonly Block[]): void => {
    for (const b of blocks) {
      if (b.kind === 'list') for (const item of b.items) walk(item);
      else lines.push(...b.inlines.map((i) => (isBreak(i) ? '\n' : i.text)).join('').split('\n'));
    }
  };
  walk(doc.blocks);
  // White space as the page shows it: one space between words, none at a line's ends.
  return lines
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}
