import { describe, expect, it } from 'vitest';
import type { PDFDict} from '@cantoo/pdf-lib';
import { PDFDocument, PDFName, PDFNumber } from '@cantoo/pdf-lib';
import { entriesOf } from '../../src/core/pdf-entries.js';

describe('entriesOf', () => {
  it('gives the entries of a dictionary in order, as entries() does, without copying them', async () => {
    const doc = await PDFDocument.create();
    const dict = doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], F: 4 });
    expect([...entriesOf(dict)]).toEqual(dict.entries());
    // Live: a later change shows, and two calls give the same map.
    dict.set(PDFName.of('Border'), PDFNumber.of(0));
    expect([...entriesOf(dict).keys()].map((k) => k.decodeText())).toEqual(['Type', 'Subtype', 'Rect', 'F', 'Border']);
    expect(entriesOf(dict)).toBe(entriesOf(dict));
  });

  it('falls back to a copy when pdf-lib keeps the entries some other way', async () => {
    const doc = await PDFDocument.create();
    const dict = doc.context.obj({ A: 1 });
    const other = Object.create(dict) as PDFDict;
    Object.defineProperty(other, 'dict', { value: undefined });
    Object.defineProperty(other, 'entries', { value: () => [[PDFName.of('B'), PDFNumber.of(2)]] });
    expect([...entriesOf(other).keys()].map((k) => k.decodeText())).toEqual(['B']);
  });
});
