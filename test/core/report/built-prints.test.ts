/** The XMP fields the build's document digest covers: what a reader sees, however a program lays the packet out. */
import { describe, expect, it } from 'vitest';
import { xmpFields } from '../../../src/core/built-prints.js';
import { xmpPacket } from '../../../src/core/assemble/metadata.js';

const metadata = { title: 'Application: Doctoral Researcher — Aino Virtanen', author: 'Aino Virtanen', subject: 'Application for Doctoral Researcher', keywords: ['machine learning', 'R&D'], creator: 'application-packet', producer: 'application-packet (pdf-lib)', language: 'en' };
const built = xmpPacket(metadata, new Date(Date.UTC(2025, 10, 1)), 'en');

describe('xmpFields', () => {
  it('reads the fields the build writes, with their values', () => {
    const fields = xmpFields(built);
    expect(fields).toContain('http://purl.org/dc/elements/1.1/title=[["x-default","Application: Doctoral Researcher — Aino Virtanen"]]');
    expect(fields).toContain('http://purl.org/dc/elements/1.1/creator=[["","Aino Virtanen"]]');
    expect(fields).toContain('http://ns.adobe.com/pdf/1.3/Keywords=[["","machine learning, R&D"]]');
    expect(fields).toContain('http://purl.org/dc/elements/1.1/language=[["","en"]]');
  });

  it('the same fields laid out otherwise (other prefixes, attributes, white space, entities, other dates and producer): the same', () => {
    const other = [
      '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>\n<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="Adobe XMP Core 9.1">',
      ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
      '  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" pdf:Keywords="machine learning, R&amp;D" pdf:Producer="Adobe Acrobat Pro 24" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:ModifyDate="2026-01-02T10:00:00Z"/>',
      '  <rdf:Description rdf:about="" xmlns:d="http://purl.org/dc/elements/1.1/">',
      '   <d:format>application/pdf</d:format>',
      '   <d:title>\n    <rdf:Alt>\n     <rdf:li xml:lang="x-default">Application: Doctoral Researcher &#x2014; Aino Virtanen</rdf:li>\n    </rdf:Alt>\n   </d:title>',
      '   <d:creator><rdf:Seq><rdf:li><![CDATA[Aino Virtanen]]></rdf:li></rdf:Seq></d:creator>',
      '   <d:description><rdf:Alt><rdf:li xml:lang="x-default">Application for Doctoral Researcher</rdf:li></rdf:Alt></d:description>',
      '   <d:subject><rdf:Bag><rdf:li>machine learning</rdf:li><rdf:li>R&amp;D</rdf:li></rdf:Bag></d:subject>',
      '   <d:language><rdf:Bag><rdf:li>en</rdf:li></rdf:Bag></d:language>',
      '  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n' + ' '.repeat(2000) + '\n<?xpacket end="w"?>',
    ].join('\n');
    expect(xmpFields(other)).toBe(xmpFields(built));
  });

  it('a title, author or language changed, or a title in another language added: different', () => {
    const base = xmpFields(built);
    expect(xmpFields(built.replace('Application: Doctoral', 'My application'))).not.toBe(base);
    expect(xmpFields(built.replace('<rdf:li>Aino Virtanen</rdf:li>', '<rdf:li>Someone Else</rdf:li>'))).not.toBe(base);
    expect(xmpFields(built.replace('<rdf:li>en</rdf:li>', '<rdf:li>fi</rdf:li>'))).not.toBe(base);
    expect(xmpFields(built.replace('</rdf:Alt></dc:title>', '<rdf:li xml:lang="fi">Hakemus</rdf:li></rdf:Alt></dc:title>'))).not.toBe(base);
    expect(xmpFields('')).not.toBe(base);
  });

  it('a hostile packet (unclosed tags, a long run of "<") is read in time', () => {
    const start = performance.now();
    xmpFields(`${'<dc:title>'.repeat(200_000)}${'<'.repeat(1_000_000)}<rdf:li ${'a'.repeat(1_000_000)}`);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
