/**
 * How deep YAML nests, found with the lexer alone, before the parser recurses once per level: `[[[[…` or
 * ever-growing indentation thousands of levels deep otherwise takes seconds and hundreds of MB to fail.
 */
import { Lexer } from 'yaml';

/** Deepest nesting accepted: manifests and profiles need about 6 levels. */
export const MAX_YAML_DEPTH = 50;

/**
 * Where the YAML first nests deeper than `limit` (1-based line and column), or undefined. The lexer stops there,
 * so a hostile text costs as much as its first `limit` levels. Block levels are counted by indentation (a line
 * indented more than the open collections opens one more; `- - x` opens one per dash) and flow levels by `[`
 * and `{`; the count may be one more than the parser's, never less.
 *
 * @example
 * tooDeep('a: [[[1]]]', 2); // { line: 1, col: 6 }
 */
export function tooDeep(text: string, limit = MAX_YAML_DEPTH): { line: number; col: number } | undefined {
  // Columns of the open block collections, innermost last.
  const block: number[] = [];
  let flow = 0;
  let line = 1;
  let col = 0;
  let lineStart = true;
  const deeper = () => block.length + flow > limit;
  for (const token of new Lexer().lex(text)) {
    // Zero-width markers of the lexer: document start, scalar start, unexpected end of a flow collection.
    if (token === '\x02' || token === '\x1f') continue;
    if (token === '\x18') {
      flow = 0;
      continue;
    }
    if (token === '\n' || token === '\r\n' || token === '') {
      line++;
      col = 0;
      lineStart = true;
      continue;
    }
    const kind = token[0];
    if (lineStart && (kind === ' ' || kind === '\t')) {
      col += token.length;
      continue;
    }
    if (lineStart && kind !== '#') {
      lineStart = false;
      // Indentation counts only outside flow collections, where lines may wrap anywhere.
      if (flow === 0) {
        while (block.length > 0 && block[block.length - 1]! >= col) block.pop();
        block.push(col);
        if (deeper()) return { line, col: col + 1 };
      }
    } else if ((token === '-' || token === '?') && flow === 0) {
      // `- - x`: each dash after the first on a line opens one more level.
      block.push(col);
      if (deeper()) return { line, col: col + 1 };
    }
    if (token === '[' || token === '{') {
      flow++;
      if (deeper()) return { line, col: col + 1 };
    } else if (token === ']' || token === '}') {
      flow = Math.max(0, flow - 1);
    }
    const lastBreak = token.lastIndexOf('\n');
    if (lastBreak < 0) col += token.length;
    else {
      for (let i = token.indexOf('\n'); i >= 0; i = token.indexOf('\n', i + 1)) line++;
      col = token.length - lastBreak - 1;
    }
  }
  return undefined;
}
