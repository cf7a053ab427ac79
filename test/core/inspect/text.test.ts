import { describe, expect, it } from 'vitest';
import { countPageTexts } from '../../../src/core/inspect/text.js';

const words = (...texts: string[]) => countPageTexts({ pages: texts.length, texts });

describe('countPageTexts: words hyphenated at a line end (audit 25 F9)', () => {
  it('are one word in Latin, Cyrillic and Greek scripts (before: two each)', () => {
    expect(words('die Bewer-\nbung ist voll-\nständig').words).toBe(4);
    expect(words('исследова-\nние модели').words).toBe(2);
    expect(words('η ερευ-\nνητική πρόταση').words).toBe(3);
  });

  it('a soft hyphen (U+00AD) at a line end joins before any letter, a capital too (before: two words)', () => {
    expect(words('Forschungs\u00ad\nprojekt und Max\u00ad\nPlanck').words).toBe(3);
  });

  it('a hyphen before a capital, a digit or after a space is no broken word: "Max-" / "Planck" stays two', () => {
    // Max-, Planck, 1990-, 2000, model, bution (a lone dash is no word)
    expect(words('Max-\nPlanck 1990-\n2000 model -\nbution').words).toBe(6);
  });

  it('a word broken at the foot of a page is counted on that page, once (before: once on each page)', () => {
    const count = words('the model distri-', 'bution of the data');
    expect(count.pageWords).toEqual([3, 3]);
    expect(count.words).toBe(6);
  });
});
