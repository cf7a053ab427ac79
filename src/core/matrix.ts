/**
 * PDF transformation matrices, as content streams use them: where an image or a form is drawn (fit, inspect).
 */
import { PDFArray, PDFName, PDFNumber, type PDFContext, type PDFDict } from '@cantoo/pdf-lib';

/** A transformation matrix `[a b c d e f]`, as `cm` gives it: a point (x, y) goes to (a x + c y + e, b x + d y + f). */
export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/**
 * `m` then `n`: the matrix `m × n` (the CTM after `m cm` under the CTM `n`, PDF's row-vector order).
 *
 * @example
 * multiply([2, 0, 0, 2, 0, 0], [1, 0, 0, 1, 10, 20]) // [2, 0, 0, 2, 10, 20]
 */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

/** A form's /Matrix (from its space to the space it is drawn in), the identity when it has none or a malformed one. */
export function matrixOf(context: PDFContext, dict: PDFDict): Matrix {
  const m = context.lookup(dict.get(PDFName.of('Matrix')));
  if (!(m instanceof PDFArray) || m.size() !== 6) return IDENTITY;
  const n = m.asArray().map((v) => context.lookup(v));
  return n.every((v) => v instanceof PDFNumber) ? (n.map((v) => (v as PDFNumber).asNumber()) as unknown as Matrix) : IDENTITY;
}
