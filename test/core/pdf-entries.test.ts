import { describe, expect, it } from 'vitest';
import type { PDFArray, PDFContext, PDFDict } from '@cantoo/pdf-lib';
import { PDFBool, PDFDocument, PDFHexString, PDFInvalidObject, PDFName, PDFNull, PDFNumber, PDFRawStream, PDFRef, PDFString } from '@cantoo/pdf-lib';
import { entriesOf, indirectObjectsOf, isScalar, itemsOf } from '../../src/core/pdf-entries.js';

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

describe('itemsOf and indirectObjectsOf', () => {
  it('give the items of an array as asArray() does, live and uncopied', async () => {
    const doc = await PDFDocument.create();
    const arr = doc.context.obj([1, 'Name', [2, 3]]);
    expect(itemsOf(arr)).toEqual(arr.asArray());
    arr.push(PDFNumber.of(4));
    expect(itemsOf(arr).length).toBe(4);
    expect(itemsOf(arr)).toBe(itemsOf(arr));
  });

  it('give every indirect object of a document, as enumerateIndirectObjects() does but unsorted', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const late = doc.context.register(doc.context.obj({ Late: true }));
    const all = indirectObjectsOf(doc.context);
    expect(new Set(all.keys())).toEqual(new Set(doc.context.enumerateIndirectObjects().map(([ref]) => ref)));
    expect(all.get(late)).toBe(doc.context.lookup(late));
    expect(all).toBe(indirectObjectsOf(doc.context));
  });

  it('fall back to copies when pdf-lib keeps them some other way', async () => {
    const doc = await PDFDocument.create();
    const arr = doc.context.obj([1]);
    const other = Object.create(arr) as PDFArray;
    Object.defineProperty(other, 'array', { value: undefined });
    Object.defineProperty(other, 'asArray', { value: () => [PDFNumber.of(7)] });
    expect(itemsOf(other)).toEqual([PDFNumber.of(7)]);
    const ctx = Object.create(doc.context) as PDFContext;
    Object.defineProperty(ctx, 'indirectObjects', { value: undefined });
    Object.defineProperty(ctx, 'enumerateIndirectObjects', { value: () => [[PDFRef.of(9), PDFNumber.of(1)]] });
    expect([...indirectObjectsOf(ctx).keys()]).toEqual([PDFRef.of(9)]);
  });
});

describe('isScalar', () => {
  it('is true for numbers, names, strings, booleans and null, and false for what holds or points at other objects', async () => {
    const ctx = (await PDFDocument.create()).context;
    for (const v of [PDFNumber.of(3.5), PDFName.of('Type'), PDFString.of('a'), PDFHexString.of('00ff'), PDFBool.True, PDFNull]) expect(isScalar(v)).toBe(true);
    const notScalars = [ctx.obj({ A: 1 }), ctx.obj([1, 2]), PDFRef.of(1), PDFRawStream.of(ctx.obj({}), new Uint8Array(1)), PDFInvalidObject.of(new Uint8Array([1]))];
    for (const v of notScalars) expect(isScalar(v)).toBe(false);
    expect(isScalar(undefined as unknown as PDFNumber)).toBe(false);
  });
});
