/** PDFs written by hand, object by object, with a correct cross-reference table: for damage pdf-lib cannot make. */

/**
 * A PDF of the given objects (each `N 0 obj ... endobj`, any order), with an xref table and a trailer whose
 * /Root is object 1; `after` is appended after the `%%EOF` (an update without its own index, or junk).
 *
 * @example
 * rawPdf(['1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj', ...]);
 */
export function rawPdf(objects: readonly string[], after = ''): Uint8Array {
  let body = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets = new Map<number, number>();
  for (const o of objects) {
    offsets.set(Number(/^\s*(\d+)/.exec(o)?.[1]), body.length);
    body += `${o}\n`;
  }
  const size = Math.max(...offsets.keys()) + 1;
  let xref = `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let n = 1; n < size; n++) {
    const at = offsets.get(n);
    xref += at === undefined ? '0000000000 65535 f \n' : `${String(at).padStart(10, '0')} 00000 n \n`;
  }
  const text = `${body}${xref}trailer << /Root 1 0 R /Size ${size} >>\nstartxref\n${body.length}\n%%EOF\n${after}`;
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}

/** The usual first objects: a catalog (1) and a page tree (2) of the given page objects. */
export function pageTree(pages: readonly number[]): string[] {
  return ['1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj', `2 0 obj << /Type /Pages /Kids [${pages.map((p) => `${p} 0 R`).join(' ')}] /Count ${pages.length} >> endobj`];
}

/** A page (object `n`) of 300 x 200 points drawing `contents` with Helvetica as /F1 (object 9). */
export function textPage(n: number, contents: string): string {
  return `${n} 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents ${contents} /Resources << /Font << /F1 9 0 R >> >> >> endobj`;
}

export const HELVETICA = '9 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj';

/** An uncompressed content stream (object `n`) showing `text` at (20, y). */
export function textStream(n: number, text: string, y = 100, dict = ''): string {
  const data = `BT /F1 18 Tf 20 ${y} Td (${text}) Tj ET`;
  return `${n} 0 obj << /Length ${data.length}${dict} >> stream\n${data}\nendstream endobj`;
}
