/** Document information: title, author, subject, keywords, creator, producer, language and fixed dates. */
import { PDFDict, PDFHexString, PDFName, PDFNumber, PDFString, type PDFDocument } from '@cantoo/pdf-lib';
import { DIGEST_HEX, PRINTS_VERSION, RECORD_KEYS } from '../built-from.js';
import { buildPrints, DOCUMENT_PRINT_HEX, PAGE_PRINT_HEX } from '../built-prints.js';
import type { Plan } from '../plan/types.js';
import { flateStream } from './flate.js';

/**
 * Set the document information from the plan. Both dates are the plan's build date, so the same plan gives the
 * same bytes (pdf-lib's own metadata update, which stamps the current time, is switched off at creation).
 *
 * @example
 * writeMetadata(doc, plan.metadata, plan.buildDate);
 */
export function writeMetadata(doc: PDFDocument, metadata: Plan['metadata'], buildDate: Date): void {
  doc.setTitle(metadata.title, { showInWindowTitleBar: true });
  doc.setAuthor(metadata.author);
  doc.setSubject(metadata.subject);
  // pdf-lib joins keywords with spaces, which merges multi-word keywords; commas keep them apart.
  if (metadata.keywords.length > 0) doc.setKeywords([metadata.keywords.join(', ')]);
  doc.setCreator(metadata.creator);
  doc.setProducer(metadata.producer);
  // setLanguage writes a literal string unescaped: only a well-formed language tag may reach it.
  const lang = metadata.language?.trim() ?? '';
  if (/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(lang)) doc.setLanguage(lang);
  doc.setCreationDate(buildDate);
  doc.setModificationDate(buildDate);
  // Reviewers see the bookmarks first.
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  // Compressed: it repeats applicant text, which stays out of the file's plain bytes like all other text.
  const packet = xmpPacket(metadata, buildDate, /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : undefined);
  // XMP is UTF-8; pdf-lib would write a JS string byte by byte.
  const xmp = flateStream(doc.context, new TextEncoder().encode(packet), {
    Type: 'Metadata',
    Subtype: 'XML',
  });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(xmp));
}

/** Text for XML character data and attribute values. */
function xml(text: string): string {
  // Characters XML 1.0 cannot carry at all are dropped.
  const allowed = text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
  return allowed.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The XMP packet mirroring the document information (what search tools and archives read).
 *
 * @example
 * xmpPacket(plan.metadata, plan.buildDate, 'en') // '<?xpacket begin=...'
 */
export function xmpPacket(metadata: Plan['metadata'], buildDate: Date, language?: string): string {
  const date = buildDate.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const alt = (text: string): string => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(text)}</rdf:li></rdf:Alt>`;
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title>${alt(metadata.title)}</dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${xml(metadata.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description>${alt(metadata.subject)}</dc:description>`,
    ...(metadata.keywords.length > 0 ? [`<dc:subject><rdf:Bag>${metadata.keywords.map((k) => `<rdf:li>${xml(k)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>`] : []),
    ...(language ? [`<dc:language><rdf:Bag><rdf:li>${xml(language)}</rdf:li></rdf:Bag></dc:language>`] : []),
    `<pdf:Keywords>${xml(metadata.keywords.join(', '))}</pdf:Keywords>`,
    `<pdf:Producer>${xml(metadata.producer)}</pdf:Producer>`,
    `<xmp:CreatorTool>${xml(metadata.creator)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

/**
 * Record what the packet was built from (see `core/built-from.ts`): the digests in input order and the number of
 * pages written, with the build date as the data's date, in the catalog's page-piece dictionary; `items`: the item
 * id of each top-level bookmark, in order.
 *
 * @example
 * writeBuiltFrom(doc, ['3f1c0a9b2d4e5f60', ...], plan.buildDate, 7, key, ['cv', 'plan', 'plan2']);
 */
export function writeBuiltFrom(doc: PDFDocument, digests: readonly string[], buildDate: Date, pages?: number, manifest?: string, items?: readonly string[]): void {
  const ctx = doc.context;
  const inputs = ctx.obj(digests.map((d) => PDFHexString.of(d.slice(0, DIGEST_HEX))));
  const record = ctx.obj({
    [RECORD_KEYS.inputs]: inputs,
    ...(pages === undefined ? {} : { [RECORD_KEYS.pages]: pages }),
    ...(manifest === undefined ? {} : { [RECORD_KEYS.manifest]: PDFHexString.of(manifest.slice(0, DIGEST_HEX)) }),
    ...(items === undefined ? {} : { [RECORD_KEYS.items]: ctx.obj(items.map((id) => PDFHexString.fromText(id))) }),
  });
  const data = ctx.obj({ [RECORD_KEYS.lastModified]: PDFString.fromDate(buildDate), [RECORD_KEYS.private]: record });
  doc.catalog.set(PDFName.of(RECORD_KEYS.pieceInfo), ctx.obj({ [RECORD_KEYS.app]: data }));
}

/**
 * Add to the record what the build wrote (see `core/built-prints.ts`): the digests of every page and of the
 * document, taken from the finished document (its fonts embedded, `--fit` done), so `report` tells a packet
 * changed after the build. Nothing is added when there is no record, or the document is too big to read whole.
 * With `placeholder`, digests of zeros of the same length: a step that measures the file before the last
 * (`--fit` against a size cap) measures it with the record at its full size.
 *
 * @example
 * await doc.flush(); writeBuildPrints(doc);
 */
export function writeBuildPrints(doc: PDFDocument, placeholder = false): void {
  const ctx = doc.context;
  const pieces = ctx.lookup(doc.catalog.get(PDFName.of(RECORD_KEYS.pieceInfo)));
  const data = pieces instanceof PDFDict ? ctx.lookup(pieces.get(PDFName.of(RECORD_KEYS.app))) : undefined;
  const record = data instanceof PDFDict ? ctx.lookup(data.get(PDFName.of(RECORD_KEYS.private))) : undefined;
  if (!(record instanceof PDFDict)) return;
  const prints = placeholder ? { pages: doc.getPages().map(() => '0'.repeat(PAGE_PRINT_HEX)), document: '0'.repeat(DOCUMENT_PRINT_HEX) } : buildPrints(doc);
  if (!prints) {
    record.delete(PDFName.of(RECORD_KEYS.pagePrints));
    record.delete(PDFName.of(RECORD_KEYS.document));
    record.delete(PDFName.of(RECORD_KEYS.printsVersion));
    return;
  }
  record.set(PDFName.of(RECORD_KEYS.pagePrints), ctx.obj(prints.pages.map((p) => PDFHexString.of(p))));
  record.set(PDFName.of(RECORD_KEYS.document), PDFHexString.of(prints.document));
  record.set(PDFName.of(RECORD_KEYS.printsVersion), PDFNumber.of(PRINTS_VERSION));
}
