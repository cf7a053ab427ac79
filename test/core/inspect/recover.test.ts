/**
 * Damaged content that pdf-lib cannot read but viewers can: read again from the raw bytes, so the page comes
 * out with its text instead of blank.
 */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PDFArray, PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { assemble } from '../../../src/core/assemble/index.js';
import { inspectInput } from '../../../src/core/inspect/inspect.js';
import { pageTexts } from '../../helpers/corpus-read.js';
import { HELVETICA, pageTree, rawPdf, textPage, textStream } from '../../helpers/raw-pdf.js';
import { makePlan, section } from '../assemble/fixtures.js';

async function built(bytes: Uint8Array): Promise<{ codes: string[]; texts: string[]; output?: Uint8Array }> {
  const facts = await inspectInput(bytes, { fileName: 'in.pdf' });
  const codes = facts.findings.map((f) => `${f.severity} ${f.code}`);
  if (!facts.loaded) return { codes, texts: [] };
  const part = { kind: 'pdf' as const, title: 'Input', source: 'in.pdf', bytes, loaded: facts.loaded };
  const result = await assemble(makePlan([section('other', 'Input', [part])], { options: { cover: false, stamps: false, forms: 'keep' } }));
  return { codes, texts: await pageTexts(result.bytes, Array.from({ length: result.pageCount }, (_, i) => i + 1)), output: result.bytes };
}

describe('content pdf-lib cannot read, read as viewers read it', () => {
  it('a stream whose /Length refers to nothing and whose text holds the word "stream"', async () => {
    const data = 'BT /F1 18 Tf 20 100 Td (Hello stream) Tj ET';
    const bytes = rawPdf([...pageTree([3]), textPage(3, '4 0 R'), HELVETICA, `4 0 obj << /Length 8 0 R >> stream\n${data}\nendstream endobj`]);
    // Without the recovery the copied page is blank: pdf-lib leaves the stream unreadable.
    expect((await pageTexts(bytes, [1]))[0]).toBe('Hellostream');
    const { codes, texts } = await built(bytes);
    expect(codes).toEqual(['info file.repaired']);
    expect(texts).toEqual(['Hellostream']);
  });

  it('a stream longer than its /Length says: noted, and the input marked damaged so the build compares its pages', async () => {
    const data = 'BT /F1 18 Tf 20 100 Td (Hello) Tj ET';
    const bytes = rawPdf([...pageTree([3]), textPage(3, '4 0 R'), HELVETICA, `4 0 obj << /Length ${data.length - 3} >> stream\n${data}\nendstream endobj`]);
    const facts = await inspectInput(bytes, { fileName: 'in.pdf' });
    expect(facts.findings.map((f) => `${f.code}: ${f.message}`)).toEqual(['file.repaired: in.pdf has minor damage (some of its streams are not as long as they say) that was repaired while reading it.']);
    expect(facts.damaged).toBe(true);
    // A length that counts the line end before `endstream` is no damage.
    const counted = rawPdf([...pageTree([3]), textPage(3, '4 0 R'), HELVETICA, `4 0 obj << /Length ${data.length + 1} >> stream\n${data}\nendstream endobj`]);
    expect((await inspectInput(counted, { fileName: 'in.pdf' })).findings).toEqual([]);
  });

  it('page content whose compressed data is damaged: noted, and the input marked damaged (viewers stop at different places)', async () => {
    const data = deflateSync(Buffer.from(Array.from({ length: 40 }, (_, i) => `BT /F1 9 Tf 20 ${10 + i * 4} Td (Line ${i}) Tj ET`).join('\n')));
    const middle = Math.floor(data.length / 2);
    data[middle] = data[middle]! ^ 0x5a;
    const stream = `4 0 obj << /Length ${data.length} /Filter /FlateDecode >> stream\n${data.toString('latin1')}\nendstream endobj`;
    const facts = await inspectInput(rawPdf([...pageTree([3]), textPage(3, '4 0 R'), HELVETICA, stream]), { fileName: 'in.pdf' });
    expect(facts.findings.map((f) => f.message)).toEqual(['in.pdf has minor damage (some of its page content is damaged) that was repaired while reading it.']);
    expect(facts.damaged).toBe(true);
  });

  it('a content stream swallowed by a broken object before it (pdf-lib skips to the next endobj)', async () => {
    const bytes = rawPdf([...pageTree([3]), textPage(3, '[4 0 R 5 0 R]'), HELVETICA, '7 0 obj << /Broken (x >>', textStream(4, 'Hello'), textStream(5, 'World', 50)]);
    const { codes, texts } = await built(bytes);
    expect(codes).toEqual(['info file.repaired']);
    expect(texts).toEqual(['HelloWorld']);
  });

  it('a dictionary with a key that is not a name, in a font', async () => {
    const bytes = rawPdf([...pageTree([3]), textPage(3, '4 0 R'), '9 0 obj << /Type /Font 12 /Subtype /Type1 /BaseFont /Helvetica >> endobj', textStream(4, 'Hello')]);
    const { texts } = await built(bytes);
    expect(texts).toEqual(['Hello']);
  });

  it('keeps what a tolerant reader keeps of a /Contents array with a number, a missing object and a dictionary in it', async () => {
    const bytes = rawPdf([...pageTree([3]), textPage(3, '[6 0 R 4 0 R 7 0 R 8 0 R 5 0 R]'), HELVETICA, textStream(4, 'Hello'), textStream(5, 'World', 50), '6 0 obj 42 endobj', '8 0 obj << /Foo 1 >> endobj']);
    expect(await pageTexts(bytes, [1])).toEqual(['HelloWorld']);
    const { codes, texts, output } = await built(bytes);
    expect(codes).toEqual([]);
    expect(texts).toEqual(['HelloWorld']);
    // Only the streams are copied: poppler shows nothing of a page whose /Contents holds anything else.
    const out = await PDFDocument.load(output!);
    const contents = out.getPage(0).node.lookup(PDFName.of('Contents'));
    expect(contents instanceof PDFArray && contents.asArray().map((c) => out.context.lookup(c)?.constructor.name)).toEqual(['PDFRawStream', 'PDFRawStream']);
  });

  it('marks a file with unreadable parts as damaged (the build then compares its every page), and leaves a clean file untouched', async () => {
    const broken = rawPdf([...pageTree([3]), textPage(3, '[4 0 R 5 0 R]'), HELVETICA, '7 0 obj << /Broken (x >>', textStream(4, 'Hello'), textStream(5, 'World', 50)]);
    expect((await inspectInput(broken)).damaged).toBe(true);
    const bytes = rawPdf([...pageTree([3]), textPage(3, '4 0 R'), HELVETICA, textStream(4, 'Hello')]);
    const facts = await inspectInput(bytes);
    expect(facts.damaged).toBeUndefined();
    expect(facts.findings).toEqual([]);
    expect((facts.loaded?.doc as PDFDocument).getPageCount()).toBe(1);
  });
});
