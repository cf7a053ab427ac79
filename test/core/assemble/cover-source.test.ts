/**
 * The posting's `source:` on the cover is a link only when a reviewer can open it: a cut-off, intranet, file or
 * example address is printed as text (profile.source says why).
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../../src/core/assemble/index.js';
import { pageTexts } from '../../helpers/corpus-read.js';
import { makePlan } from './fixtures.js';

/** The addresses of the cover's web links (the applicant's mailto: left out), and its text without spaces. */
async function cover(source: string): Promise<{ uris: string[]; text: string }> {
  const base = makePlan([]);
  const result = await assemble(makePlan([], { position: { ...base.position, source } }));
  const doc = await PDFDocument.load(result.bytes);
  const annots = doc.getPage(0).node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  const uris = (annots?.asArray() ?? [])
    .map((r) => (doc.context.lookup(r) as PDFDict).lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString)?.decodeText())
    .filter((u): u is string => u !== undefined && !u.startsWith('mailto:'));
  // A long address wraps: one link area per line.
  return { uris: [...new Set(uris)], text: (await pageTexts(result.bytes, [1]))[0]! };
}

describe("the posting's address on the cover", () => {
  for (const source of ['https://aalto.wd3.myworkdayjobs.com/aalto/job/…', 'http://192.168.1.5/jobs/R44442', 'https://example.com/jobs/1', 'file:///C:/Users/hr/postings/R44442.docx']) {
    it(`${source}: printed, not linked (before: clickable${source.startsWith('file:') ? ', or printed with no word' : ''})`, async () => {
      const { uris, text } = await cover(source);
      expect(uris).toEqual([]);
      expect(text).toContain(`Posting:${source}`);
    });
  }

  it('a public address is a link, as before; the shipped templates\' example.edu and example.eu too', async () => {
    for (const source of ['https://aalto.wd3.myworkdayjobs.com/aalto/job/Otaniemi-Espoo-Finland/Doctoral-Researcher-in-Trustworthy-Machine-Learning_R44442', 'https://example.edu/jobs/cs-tenure-track', 'https://example.eu/careers/postdoc-ml']) {
      expect((await cover(source)).uris).toEqual([source]);
    }
  });
});
