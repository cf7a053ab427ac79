/** The comparisons of a link's words with the address it opens, one case per way of writing the same page. */
import { describe, expect, it } from 'vitest';
import { shownAddressDiffers } from '../../../src/core/validate/values.js';

describe('shownAddressDiffers', () => {
  it('another page than the whole address, DOI or arXiv id the words show (audit 12-06h #4)', () => {
    expect(shownAddressDiffers('https://arxiv.org/abs/2401.00001', 'https://arxiv.org/abs/2401.99999')).toBe(true);
    expect(shownAddressDiffers('github.com/mgonzalez/certify', 'https://github.com/mallory/certify')).toBe(true);
    expect(shownAddressDiffers('10.1000/182', 'https://dx.doi.org/10.1000/183')).toBe(true);
    expect(shownAddressDiffers('arXiv:2401.00001v2', 'https://arxiv.org/abs/2401.00001v1')).toBe(true);
    expect(shownAddressDiffers('trepo.tuni.fi/handle/1?id=2', 'https://trepo.tuni.fi/handle/1?id=3')).toBe(true);
  });

  it('the same page written another way, or words that name no page', () => {
    // The host's case, www., http or https, a trailing slash or punctuation mark, a query the words leave out.
    expect(shownAddressDiffers('http://www.Trepo.tuni.fi/handle/1/.', 'https://trepo.tuni.fi/handle/1?utm_source=cv')).toBe(false);
    expect(shownAddressDiffers('https://tuni.fi/~aino', 'https://tuni.fi/%7Eaino')).toBe(false);
    expect(shownAddressDiffers('DOI: 10.1000/ABC', 'https://doi.org/10.1000/abc')).toBe(false);
    expect(shownAddressDiffers('arXiv:2401.00001', 'https://arxiv.org/pdf/2401.00001v3.pdf')).toBe(false);
    // Only a site (shownHostDiffers's), words, an id on a link to a publisher's page.
    expect(shownAddressDiffers('github.com', 'https://github.com/mallory')).toBe(false);
    expect(shownAddressDiffers('see my GitHub', 'https://github.com/mallory')).toBe(false);
    expect(shownAddressDiffers('10.1000/182', 'https://link.springer.com/article/10.1000/182')).toBe(false);
  });
});
