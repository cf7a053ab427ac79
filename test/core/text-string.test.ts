import { PDFHexString, PDFString } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { textString } from '../../src/core/text-string.js';

const hex = (bytes: string): PDFHexString => PDFHexString.of(bytes);

describe('textString: PDF text strings per ISO 32000-2, 7.9.2.2 (audit 24 F5, F6)', () => {
  it('reads UTF-8 behind EF BB BF (PDF 2.0), without the mark (before: "ï»¿MÃ¼ller")', () => {
    expect(textString(hex(`efbbbf${Buffer.from('Müller-Ødegård Введение 第二章 🌈', 'utf8').toString('hex')}`))).toBe('Müller-Ødegård Введение 第二章 🌈');
  });

  it('reads UTF-16BE and UTF-16LE behind their marks', () => {
    expect(textString(PDFHexString.fromText('Résumé 方法'))).toBe('Résumé 方法');
    expect(textString(hex(`fffe${Buffer.from('Résumé 方法', 'utf16le').toString('hex')}`))).toBe('Résumé 方法');
  });

  it('reads a string without a mark as PDFDocEncoding (• — – “ ” ’ ﬁ €)', () => {
    expect(textString(hex('8084858d8e909360a0'))).toBe('•—–“”’ﬁ`€');
    expect(textString(PDFString.of('Plain title'))).toBe('Plain title');
  });
});
