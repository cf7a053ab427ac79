import { PDFDocument } from '@cantoo/pdf-lib';
import type { Finding } from '../diagnostics.js';
import { describeNonPdf, sniffType } from './sniff.js';
import type { InputFacts, InspectOptions } from './types.js';

/**
 * Learn what an input file is: its type by content, page count, and the problems a reviewer would meet.
 *
 * @example
 * const facts = await inspectInput(bytes, { countWords: true });
 * if (facts.type === 'pdf') console.log(facts.pages);
 */
export async function inspectInput(bytes: Uint8Array, _options: InspectOptions = {}): Promise<InputFacts> {
  const findings: Finding[] = [];
  if (bytes.length === 0) {
    findings.push({ severity: 'error', code: 'file.empty', message: 'the file is empty (0 bytes)', hint: 'export or download it again' });
    return { type: 'invalid', bytes: 0, findings };
  }
  const type = sniffType(bytes);
  if (type === 'png' || type === 'jpeg') return { type, bytes: bytes.length, pages: 1, findings };
  if (type === 'invalid') {
    findings.push({
      severity: 'error',
      code: 'file.not-pdf',
      message: `the file is ${describeNonPdf(bytes)}, not a PDF`,
      hint: 'export it as PDF (or give a JPEG/PNG scan)',
    });
    return { type, bytes: bytes.length, findings };
  }
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    return { type: 'pdf', bytes: bytes.length, pages: doc.getPageCount(), findings, loaded: { doc } };
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    if (/encrypted/i.test(msg)) {
      findings.push({ severity: 'error', code: 'file.encrypted', message: 'the PDF is password-protected', hint: 'save an unprotected copy' });
    } else {
      findings.push({ severity: 'error', code: 'file.corrupt', message: 'the PDF is damaged and cannot be read', hint: 'export or download it again' });
    }
    return { type: 'pdf', bytes: bytes.length, findings };
  }
}
