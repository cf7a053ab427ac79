/** YAML nested thousands of levels deep is refused by the lexer's count, fast, before the parser recurses. */
import { describe, expect, it } from 'vitest';
import { MAX_YAML_DEPTH, tooDeep } from '../../../src/core/parse/depth.js';
import { parseYaml } from '../../../src/core/parse/yaml.js';
import { parseManifest } from '../../../src/core/parse/manifest.js';

/** `n` levels of block maps, each indented one space more than its parent (about 1 MB for 1400 levels). */
const blockMaps = (n: number): string => `${Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} x\n`;

const HOSTILE = {
  'flow, unclosed': `items:\n  cv: ${'['.repeat(300_000)}\n`,
  'flow, closed': `items:\n  cv: ${'['.repeat(200_000)}${']'.repeat(200_000)}\n`,
  'flow maps': `items: ${'{a: '.repeat(100_000)}\n`,
  'block maps by indentation': blockMaps(1400),
  'block sequences on one line': `items: ${'- '.repeat(300_000)}x\n`,
};

describe('tooDeep', () => {
  it.each(Object.entries(HOSTILE))('%s: refused in well under a second with yaml.too-deep where the 51st level opens', (_name, text) => {
    const started = performance.now();
    const { diagnostics, source } = parseYaml(text, 'm.yaml');
    const ms = performance.now() - started;
    expect(diagnostics.map((d) => d.code)).toEqual(['yaml.too-deep']);
    expect(diagnostics[0]!.message).toBe(`The YAML nests lists or blocks more than ${MAX_YAML_DEPTH} levels deep here.`);
    expect(source.value).toBeUndefined();
    expect(ms).toBeLessThan(250);
  });

  it('says the line and column where the limit is passed', () => {
    expect(tooDeep('a: [[[1]]]\n', 3)).toEqual({ line: 1, col: 6 });
    expect(tooDeep(blockMaps(10), 4)).toEqual({ line: 5, col: 5 });
    expect(tooDeep('a:\n  - - - - x\n', 4)).toEqual({ line: 2, col: 9 });
    expect(parseManifest(`profile: x\nitems:\n  cv: ${'['.repeat(80)}\n`, 'm.yaml').diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(['3:55 yaml.too-deep']);
  });

  it('lets 40 levels through, so only nonsense is refused', () => {
    expect(tooDeep(`a: ${'['.repeat(40)}1${']'.repeat(40)}\n`)).toBeUndefined();
    expect(tooDeep(blockMaps(40))).toBeUndefined();
    expect(parseYaml(`a: ${'['.repeat(40)}1${']'.repeat(40)}\n`, 'm.yaml').diagnostics).toEqual([]);
  });

  it('does not count brackets and indentation inside quoted, plain and block scalars, or comments', () => {
    const text = [
      'applicant: { name: "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[" }',
      `title: a plain [ title ${'['.repeat(120)}`,
      "note: 'it''s {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{'",
      `# ${'['.repeat(120)}`,
      'bio: |',
      ...Array.from({ length: 120 }, (_, i) => `  ${' '.repeat(i)}[ line ${i}`),
      'end: 1',
      '',
    ].join('\n');
    expect(tooDeep(text)).toBeUndefined();
    expect(parseYaml(text, 'm.yaml').diagnostics).toEqual([]);
  });
});
