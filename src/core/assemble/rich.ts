/**
 * An applicant's text (the model of src/core/text) laid out on generated pages: headings, paragraphs, bulleted
 * and numbered lists with hanging indents, bold, italic and bold italic, clickable links, line breaks.
 *
 * A paragraph of plain text (one upright span, no link, no break) goes through `Flow.paragraph`, exactly as
 * before Markdown was read, so a packet of plain texts is the same to the byte. Other paragraphs are cut into
 * styled pieces and wrapped here; each piece is drawn as a line of its own font (through the Typesetter, so
 * Arabic, Hebrew and CJK text in a bold or italic span still find their fonts; those scripts stay upright).
 */
import { isBreak, type Block, type Inline, type TextDoc } from '../text/model.js';
import { breakPieces, type Flow, type FontRole, type LineStyle, type Marker, type Piece } from './layout.js';

/** Body text: a right-to-left paragraph (Arabic, Hebrew) is set right to left. */
export const BODY = { size: 11, leading: 1.45, auto: true } as const;
/** Headings inside a text, by level (`#`, `##`, `###` and deeper), below the item's own title (16 pt). */
const HEADING_SIZES = [14, 12.5, 11.5] as const;
/** Lists nest visibly this deep; deeper items keep the last indent. */
const MAX_DEPTH = 4;
const BULLETS = ['•', '◦', '▪', '–'] as const;

/**
 * Styled text cut into lines no wider than `maxWidth`: words wrap at spaces (and between CJK characters), a word
 * wider than the line is cut between characters, a line break ends a line. Each line is a list of pieces of one
 * font and link, spaces included.
 *
 * @example
 * wrapRich([{ text: 'a **b**', emphasis: 'regular' }], (t) => t.length * 5, (t) => t, 40)
 */
export function wrapRich(inlines: readonly Inline[], measure: (text: string, font: FontRole) => number, clean: (text: string, font: FontRole) => string, maxWidth: number): Piece[][] {
  type Unit = { pieces: Piece[]; space: boolean } | 'break';
  const units: Unit[] = [];
  let pendingSpace = false;
  let current: { pieces: Piece[]; space: boolean } | undefined;
  for (const inline of inlines) {
    if (isBreak(inline)) {
      units.push('break');
      current = undefined;
      pendingSpace = false;
      continue;
    }
    const font: FontRole = inline.emphasis;
    const href = inline.href;
    for (const segment of clean(inline.text, font).split(/(\s+)/)) {
      if (segment === '') continue;
      if (/^\s+$/.test(segment)) {
        pendingSpace = true;
        current = undefined;
        continue;
      }
      breakPieces(segment).forEach((text, i) => {
        const piece: Piece = { text, font, ...(href ? { href } : {}) };
        // A word goes on across a change of style ("**bold**ly"); CJK characters may break between them.
        if (current && i === 0 && !pendingSpace) current.pieces.push(piece);
        else {
          current = { pieces: [piece], space: pendingSpace && i === 0 };
          units.push(current);
        }
        pendingSpace = false;
      });
    }
  }

  const width = (pieces: readonly Piece[]): number => pieces.reduce((w, p) => w + measure(p.text, p.font), 0);
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let lineWidth = 0;
  const endLine = (): void => {
    lines.push(merge(line));
    line = [];
    lineWidth = 0;
  };
  for (const unit of units) {
    if (unit === 'break') {
      endLine();
      continue;
    }
    const first = unit.pieces[0] as Piece;
    const last = line[line.length - 1];
    // A space inside a link belongs to it; between a link and other text, to the text after it.
    const space: Piece | undefined = line.length > 0 && unit.space ? { text: ' ', font: first.font, ...(first.href && last?.href === first.href ? { href: first.href } : {}) } : undefined;
    const w = width(unit.pieces);
    const spaceWidth = space ? measure(' ', space.font) : 0;
    if (line.length > 0 && lineWidth + spaceWidth + w > maxWidth) endLine();
    if (line.length > 0 && space) {
      line.push(space);
      lineWidth += spaceWidth;
    }
    if (w <= maxWidth || line.length > 0) {
      line.push(...unit.pieces);
      lineWidth += w;
      if (lineWidth > maxWidth) endLine();
      continue;
    }
    // A word wider than the line (an address, say): cut between characters.
    for (const p of unit.pieces) {
      for (const ch of p.text) {
        const cw = measure(ch, p.font);
        if (line.length > 0 && lineWidth + cw > maxWidth) endLine();
        line.push({ ...p, text: ch });
        lineWidth += cw;
      }
    }
  }
  if (line.length > 0) endLine();
  // A final line break adds no empty line.
  while (lines.length > 0 && (lines[lines.length - 1] as Piece[]).length === 0) lines.pop();
  return lines;
}

/** Neighbouring pieces of one font and link joined. */
function merge(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (last && last.font === p.font && last.href === p.href) out[out.length - 1] = { ...last, text: last.text + p.text };
    else out.push({ ...p });
  }
  return out;
}

/** Whether a paragraph is one upright span without link or break: it is set as plain text always was. */
function plainText(inlines: readonly Inline[]): string | undefined {
  if (inlines.length !== 1) return undefined;
  const only = inlines[0] as Inline;
  return !isBreak(only) && only.emphasis === 'regular' && !only.href ? only.text : undefined;
}

/** The bold face of an emphasis (headings are bold). */
function bolder(font: FontRole): FontRole {
  return font === 'italic' || font === 'bold-italic' ? 'bold-italic' : 'bold';
}

/**
 * Lay out a text's blocks onto `flow`, under a title already placed.
 *
 * @example
 * layoutBlocks(flow, readText(bio, markdown));
 */
export function layoutBlocks(flow: Flow, doc: TextDoc): void {
  doc.blocks.forEach((block, i) => layoutBlock(flow, block, { indent: 0, depth: 0, markers: [], first: i === 0 }));
}

interface Place {
  /** Where the text starts, from the margin on the paragraph's starting side. */
  indent: number;
  /** How deep in lists (0: not in a list). */
  depth: number;
  /** List markers still to draw, on the next line laid out. */
  markers: Marker[];
  first: boolean;
}

function layoutBlock(flow: Flow, block: Block, at: Place): void {
  const { indent, depth, markers } = at;
  switch (block.kind) {
    case 'paragraph': {
      const plain = depth === 0 && markers.length === 0 ? plainText(block.inlines) : undefined;
      if (plain !== undefined) flow.paragraph(plain, BODY);
      else richParagraph(flow, block.inlines, { ...BODY, indent }, markers.splice(0));
      if (depth === 0) flow.gap(6);
      return;
    }
    case 'heading': {
      const size = HEADING_SIZES[Math.min(block.level, HEADING_SIZES.length) - 1] ?? 11.5;
      if (!at.first) flow.gap(4);
      // A heading stays with the first line under it.
      flow.ensure(size * 1.3 + BODY.size * BODY.leading);
      const inlines = block.inlines.map((i) => (isBreak(i) ? i : { ...i, emphasis: bolder(i.emphasis) }));
      richParagraph(flow, inlines, { size, leading: 1.3, auto: true, indent }, markers.splice(0));
      flow.gap(3);
      return;
    }
    case 'list': {
      const level = Math.min(depth, MAX_DEPTH - 1);
      const labels = block.items.map((_, n) => (block.ordered ? `${block.start + n}.` : (BULLETS[level % BULLETS.length] as string)));
      // A number as wide as "999999999." still leaves the item most of the line.
      const box = Math.min(Math.max(...labels.map((l) => flow.measureText(l, 'regular', BODY.size))) + 6, flow.width / 4);
      // Lists nested deeper than MAX_DEPTH keep the last indent, so a hostile text cannot push text off the page.
      const inner = depth < MAX_DEPTH ? indent + box : indent;
      block.items.forEach((item, n) => {
        const pending = [...markers.splice(0), { text: labels[n] as string, font: 'regular' as const, at: inner - box }];
        if (item.length === 0) richParagraph(flow, [], { ...BODY, indent: inner }, pending);
        item.forEach((b, k) => {
          if (k > 0 && !block.tight) flow.gap(4);
          layoutBlock(flow, b, { indent: inner, depth: depth + 1, markers: k === 0 ? pending : [], first: false });
        });
        flow.gap(block.tight ? 2 : 6);
      });
      if (depth === 0) flow.gap(4);
      return;
    }
  }
}

/** A paragraph of styled text, its first line carrying `markers` (an empty one still shows them). */
function richParagraph(flow: Flow, inlines: readonly Inline[], style: LineStyle, markers: Marker[]): void {
  const { size = 11, indent = 0 } = style;
  const lines = wrapRich(inlines, (t, f) => flow.measureText(t, f, size), (t, f) => flow.cleanText(t, f), flow.width - indent);
  if (lines.length === 0 && markers.length > 0) lines.push([]);
  const text = inlines.map((i) => (isBreak(i) ? ' ' : i.text)).join('');
  const rtl = style.auto === true && flow.directionOf(text) === 'rtl';
  lines.forEach((line, i) => flow.richLine(line, style, rtl, i === 0 ? markers : []));
}
