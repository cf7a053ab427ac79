/**
 * Texts read as Markdown (issue #16, part 3): what the reader keeps (headings, lists, emphasis, links, line
 * breaks), what it reads as plain text (tables, code, images, HTML), and that a text without markup reads the
 * same without markdown-it as with it.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasMarkup, loadMarkdown, readText, type MarkdownReader } from '../../../src/core/text/markdown.js';
import { readPlain, textAsRead, type Block, type Inline } from '../../../src/core/text/model.js';
import { countWords } from '../../../src/core/words.js';

let md: MarkdownReader;
beforeAll(async () => {
  md = (await loadMarkdown())!;
});

/** A block's inlines as `text` with emphasis marked: `[b:bold]`, `[i:it]`, `[bi:both]`, `[x → url]`, `⏎`. */
function show(inlines: readonly Inline[]): string {
  return inlines
    .map((i) => {
      if ('break' in i) return '⏎';
      const t = i.emphasis === 'regular' ? i.text : `[${{ bold: 'b', italic: 'i', 'bold-italic': 'bi' }[i.emphasis]}:${i.text}]`;
      return i.href ? `[${t} → ${i.href}]` : t;
    })
    .join('');
}

function outline(blocks: readonly Block[]): unknown[] {
  return blocks.map((b) =>
    b.kind === 'list' ? { [b.ordered ? `ol${b.start}` : 'ul']: b.items.map((item) => outline(item)) } : b.kind === 'heading' ? `h${b.level} ${show(b.inlines)}` : show(b.inlines),
  );
}

describe('Markdown in a text', () => {
  it('reads headings, paragraphs, lists, bold, italic, links and line breaks', () => {
    const doc = readText(
      [
        '## Timeline',
        '',
        '**Year one.** Data *collection* and ***both***, see [the lab](https://lab.examples.fi/a).',
        'Same paragraph  ',
        'after a hard break.',
        '',
        '- RQ1: first',
        '- RQ2: second',
        '  1. nested',
        '',
        '3. three',
        '4. four',
      ].join('\n'),
      md,
    );
    expect(outline(doc.blocks)).toEqual([
      'h2 Timeline',
      '[b:Year one.] Data [i:collection] and [bi:both], see [the lab → https://lab.examples.fi/a]. Same paragraph⏎after a hard break.',
      { ul: [['RQ1: first'], ['RQ2: second', { ol1: [['nested']] }]] },
      { ol3: [['three'], ['four']] },
    ]);
    const linked = readText('See [the lab](https://lab.examples.fi/x?a=1) or mail@examples.fi.', md);
    expect(outline(linked.blocks)).toEqual(['See [the lab → https://lab.examples.fi/x?a=1] or [mail@examples.fi → mailto:mail@examples.fi].']);
  });

  it('reads bullets typed as characters ("• ", "– ") as a list', () => {
    expect(outline(readText('Skills:\n\n• Python\n• R', md).blocks)).toEqual(['Skills:', { ul: [['Python'], ['R']] }]);
  });

  it('reads tables, code, images, quotations and struck text as plain text, never as markup', () => {
    const doc = readText('| Year | Goal |\n|---|---|\n| 1 | Data |\n\n```\nx = 1\n```\n\n> quoted ![a diagram](fig.png) ~~old~~', md);
    expect(outline(doc.blocks)).toEqual(['[b:Year] · [b:Goal]⏎1 · Data', 'x = 1', 'quoted a diagram old']);
  });

  it('prints HTML as typed: it is escaped, not interpreted', () => {
    expect(textAsRead(readText('A <b>bold</b> claim & AT&amp;T <script>x</script>', md))).toBe('A <b>bold</b> claim & AT&T <script>x</script>');
  });

  it('leaves HTML comments out, as every Markdown preview hides them; in code they are code (before: printed and counted)', () => {
    const text = 'Aino is an engineer. <!-- ask Mikko\nfirst --> She builds tools.\n<!-- TODO: shorten -->\nSecond paragraph `<!-- kept -->`.\n\n```\n<!-- code -->\n```';
    for (const reader of [md, undefined]) {
      const doc = readText(text, reader);
      expect(doc.comments).toEqual([
        { line: 0, text: '<!-- ask Mikko\nfirst -->', closed: true },
        { line: 2, text: '<!-- TODO: shorten -->', closed: true },
      ]);
      if (reader) expect(outline(doc.blocks)).toEqual(['Aino is an engineer. She builds tools.', 'Second paragraph <!-- kept -->.', '<!-- code -->']);
    }
    expect(textAsRead(readText('A bio.  <!-- note -->\nMore.', md))).toBe('A bio. More.');
    expect(countWords(textAsRead(readText('One two <!-- three four five --> six', md)))).toBe(3);
    // Never closed: not a comment, printed as typed (and reported, see text.comment-open).
    const open = readText('A bio. <!-- ask Mikko', md);
    expect(textAsRead(open)).toBe('A bio. <!-- ask Mikko');
    expect(open.comments).toEqual([{ line: 0, text: '<!-- ask Mikko', closed: false }]);
  });

  it('prints a link to anything but a web or mail address with its address, not clickable, and says so', () => {
    const doc = readText('My [notes](ftp://examples.fi/n.txt) and [a script](javascript:alert(1)) and <ftp://examples.fi/raw>.', md);
    expect(outline(doc.blocks)).toEqual(['My notes (ftp://examples.fi/n.txt) and a script (javascript:alert(1)) and ftp://examples.fi/raw.']);
    expect(doc.unsafeLinks).toEqual(['ftp://examples.fi/n.txt', 'javascript:alert(1)', 'ftp://examples.fi/raw']);
  });

  it('reads the text as a reader does: no markers, no addresses, one space between words', () => {
    const doc = readText('# Plan\n\n- **Year one:** data and [models](https://examples.fi/x)\n- *Year two:*   evaluation', md);
    expect(textAsRead(doc)).toBe('Plan\nYear one: data and models\nYear two: evaluation');
    expect(countWords(textAsRead(doc))).toBe(9);
  });

  it('reads a text nested deeper than markdown-it goes as plain text, rather than lose its words', () => {
    const deep = `${'>'.repeat(300)} the whole text\n\nand more words after it`;
    expect(textAsRead(readText(deep, md))).toMatch(/the whole text\nand more words after it$/);
  });

  it('without a reader (a library caller who gave none), prints the markup as typed', () => {
    expect(textAsRead(readText('**bold**', undefined))).toBe('**bold**');
  });
});

describe('a text without markup', () => {
  it('is recognised, so markdown-it is not even loaded for it', async () => {
    expect(hasMarkup('Aino Virtanen is a machine learning engineer.\n\nShe holds a BSc (2019).')).toBe(false);
    for (const t of ['**b**', '- item', '1. item', '# Title', 'see https://x.org', 'a@b.org', '//$.À( ,', 'line  \nbreak', '    code', 'x_y', '• item']) expect(hasMarkup(t), t).toBe(true);
    expect(await loadMarkdown(['Plain text only.', 'Another one.'])).toBeUndefined();
  });

  it('reads the same without markdown-it as with it', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9,.;:!?'"()%/$-]{1,12}$/);
    const line = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
    const text = fc.array(fc.oneof(line, fc.constant(''), fc.constant('  '), line.map((l) => `  ${l}`)), { maxLength: 12 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(text, (t) => {
        if (hasMarkup(t)) return;
        expect(md(t)).toEqual(readPlain(t));
      }),
      { numRuns: 400 },
    );
  });
});
