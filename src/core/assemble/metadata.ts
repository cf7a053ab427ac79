/** Document information: title, author, subject, keywords, creator, producer, language and fixed dates. */
import { PDFName, type PDFDocument } from '@cantoo/pdf-lib';
import type { Plan } from '../plan/types.js';

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
  const lang = metadata.language.trim();
  if (/^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(lang)) doc.setLanguage(lang);
  doc.setCreationDate(buildDate);
  doc.setModificationDate(buildDate);
  // Reviewers see the bookmarks first.
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
