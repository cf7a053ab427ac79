/** The comparisons of a link's words with the address it opens, one case per way of writing the same page. */
import { describe, expect, it } from 'vitest';
import { identifierAddress, publisherPage, shownAddressDiffers, shownHostDiffers, shownMailDiffers } from '../../../src/core/validate/values.js';

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

  it('a DOI, arXiv id or Handle without a host over a page that is not its own (audit 12-07a #5; before: any other site passed)', () => {
    for (const words of ['doi:10.1145/3372297.3417880', 'DOI 10.1145/3372297.3417880', 'DOI: 10.1145/3372297.3417880', '10.1145/3372297.3417880', 'arXiv:2401.01234', 'arXiv:2401.01234v2', 'hdl:10138/12345']) {
      expect([words, shownAddressDiffers(words, 'https://evil-site.net/paper')]).toEqual([words, true]);
    }
    // The publisher's or repository's page carries the identifier, whole: not a longer one, nor on an unknown arXiv copy.
    expect(shownAddressDiffers('doi:10.1000/18', 'https://link.springer.com/article/10.1000/182')).toBe(true);
    expect(shownAddressDiffers('arXiv:2401.01234', 'https://evil-site.net/abs/2401.01234')).toBe(true);
    expect(shownAddressDiffers('hdl:10138/12345', 'https://hdl.handle.net/10138/123456')).toBe(true);
    // Its resolver, the page it resolves to, arXiv's mirrors or its arXiv DOI, any version: the same page.
    expect(shownAddressDiffers('doi:10.1145/3372297.3417880', 'https://dl.acm.org/doi/10.1145/3372297.3417880')).toBe(false);
    expect(shownAddressDiffers('DOI 10.1145/3372297.3417880', 'https://dx.doi.org/10.1145/3372297.3417880')).toBe(false);
    expect(shownAddressDiffers('doi:10.1038/s41586-020-2649-2', 'https://www.nature.com/articles/s41586-020-2649-2')).toBe(false);
    expect(shownAddressDiffers('doi:10.1038/s41586-020-2649-2', 'https://evil-site.net/s41586-020-2649-2x')).toBe(true);
    expect(shownAddressDiffers('arXiv:2401.01234', 'https://export.arxiv.org/abs/2401.01234v2')).toBe(false);
    expect(shownAddressDiffers('arXiv:2401.01234', 'https://arxiv.org/html/2401.01234v1')).toBe(false);
    expect(shownAddressDiffers('arXiv:2401.01234', 'https://ar5iv.labs.arxiv.org/html/2401.01234')).toBe(false);
    expect(shownAddressDiffers('arXiv:2401.01234', 'https://doi.org/10.48550/arXiv.2401.01234')).toBe(false);
    expect(shownAddressDiffers('arXiv:hep-th/9901001', 'https://arxiv.org/abs/hep-th/9901001')).toBe(false);
    expect(shownAddressDiffers('hdl:10138/12345', 'https://hdl.handle.net/10138/12345')).toBe(false);
    expect(shownAddressDiffers('hdl:10138/12345', 'https://helda.helsinki.fi/handle/10138/12345')).toBe(false);
  });

  it("a Handle over its repository's DSpace 7 page, which carries no handle, label by label (before: both checks said it differed)", () => {
    const ITEM = 'https://helda.helsinki.fi/items/0b6a1f3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
    for (const words of ['hdl.handle.net/10138/12345', 'http://hdl.handle.net/10138/12345', 'hdl:10138/12345']) {
      expect([words, shownHostDiffers(words, ITEM), shownAddressDiffers(words, ITEM)]).toEqual([words, false, false]);
    }
    // At its resolver, the page of a repository that writes the handle in its address is the handle's too.
    expect(shownHostDiffers('hdl.handle.net/10024/123456', 'https://trepo.tuni.fi/handle/10024/123456')).toBe(false);
    expect(shownAddressDiffers('hdl.handle.net/10024/123456', 'https://trepo.tuni.fi/handle/10024/123456')).toBe(false);
    // A look-alike host, another repository, another handle in the address, an unknown prefix on a page without it.
    expect(shownAddressDiffers('hdl.handle.net/10138/12345', 'https://helda.helsinki.fi.evil.net/items/0b6a')).toBe(true);
    expect(shownAddressDiffers('hdl.handle.net/10138/12345', 'https://dspace.mit.edu/items/0b6a')).toBe(true);
    expect(shownAddressDiffers('hdl.handle.net/10138/12345', 'https://helda.helsinki.fi/handle/10138/99999')).toBe(true);
    expect(shownAddressDiffers('hdl.handle.net/99999/1', 'https://helda.helsinki.fi/items/0b6a')).toBe(true);
  });

  it("a DOI over its publisher's own site, label by label (re-verify 12-07a sweep; before: it differed)", () => {
    expect(shownAddressDiffers('doi:10.1109/TPAMI.2023.3275156', 'https://ieeexplore.ieee.org/document/10124345')).toBe(false);
    expect(shownAddressDiffers('doi.org/10.48550/arXiv.2401.01234', 'https://arxiv.org/abs/2401.01234')).toBe(false);
    expect(shownHostDiffers('https://doi.org/10.1016/j.artint.2023.103456', 'https://www.sciencedirect.com/science/article/pii/S0004370223001234')).toBe(false);
    expect(shownAddressDiffers('https://doi.org/10.1016/j.artint.2023.103456', 'https://www.sciencedirect.com.evil.io/pii/S1')).toBe(true);
    expect(shownAddressDiffers('doi:10.1109/TPAMI.2023.3275156', 'https://www.sciencedirect.com/science/article/pii/S1')).toBe(true);
    expect(publisherPage('10.1016/j.cell.2020.01.001', 'https://www.cell.com/cell/fulltext/S0092-8674(20)30001-1')).toBe(true);
    expect(publisherPage('10.1007/s10579-024-09712-3', 'https://link.springer.com/article/x')).toBe(true);
    expect(publisherPage('10.1016/j.cell.2020.01.001', 'https://www.sciencedirect.com.evil.io/')).toBe(false);
    expect(publisherPage('10.1016/j.cell.2020.01.001', 'https://notsciencedirect.com/')).toBe(false);
    expect(publisherPage('10.10160/x', 'https://www.sciencedirect.com/')).toBe(false);
    // An arXiv DOI names its arXiv id: another arXiv paper is not its page.
    expect(publisherPage('10.48550/arXiv.2401.01234', 'https://arxiv.org/abs/2401.01234v2')).toBe(true);
    expect(publisherPage('10.48550/arXiv.2401.01234', 'https://arxiv.org/abs/2401.99999')).toBe(false);
    expect(shownAddressDiffers('doi.org/10.48550/arXiv.2401.01234', 'https://arxiv.org/abs/2401.99999')).toBe(true);
  });
});

describe('link words in full-width letters, ligatures or look-alike letters', () => {
  it('are read as the letters they show: over another site they differ, over that site not (before: never compared, "ｔｕｎｉ．ｆｉ" over evil.net passed)', () => {
    expect(shownHostDiffers('ｔｕｎｉ．ｆｉ', 'https://evil.net/')).toBe(true);
    expect(shownHostDiffers('ｔｕｎｉ．ｆｉ', 'https://tuni.fi/')).toBe(false);
    expect(shownAddressDiffers('ｇｉｔｈｕｂ．ｃｏｍ/ａｉｎｏ/ｔｈｅｓｉｓ', 'https://github.com/mallory/thesis')).toBe(true);
    expect(shownAddressDiffers('ｇｉｔｈｕｂ．ｃｏｍ/ａｉｎｏ/ｔｈｅｓｉｓ', 'https://github.com/aino/thesis')).toBe(false);
    expect(shownMailDiffers('ｍｉｋｋｏ＠ｔｕｎｉ．ｆｉ', 'mailto:someone@evil.net')).toBe(true);
    expect(shownMailDiffers('ｍｉｋｋｏ＠ｔｕｎｉ．ｆｉ', 'mailto:mikko@tuni.fi')).toBe(false);
    // A Cyrillic "і" in "tunі.fi" looks like the Latin one.
    expect(shownHostDiffers('tun\u0456.fi', 'https://evil.net/')).toBe(true);
    expect(shownHostDiffers('tun\u0456.fi', 'https://tuni.fi/')).toBe(false);
  });
});

describe('identifiers over the publisher or repository they name (audit 12-07c F4, F5)', () => {
  it("a DOI over its registrant's own landing page: AAAI, IJCAI, figshare, OSF, JSTOR, AIP (before: each differed, so an ML CV could not pass --strict)", () => {
    for (const [words, href] of [
      ['doi:10.1609/aaai.v34i04.5678', 'https://ojs.aaai.org/index.php/AAAI/article/view/5678'],
      ['doi:10.24963/ijcai.2020/123', 'https://www.ijcai.org/proceedings/2020/0123'],
      ['10.6084/m9.figshare.1234567', 'https://figshare.com/articles/dataset/privacy_audit/1234567'],
      ['doi:10.31219/osf.io/abcde', 'https://osf.io/preprints/osf/abcde'],
      ['doi:10.2307/1234567', 'https://www.jstor.org/stable/1234567'],
      ['https://doi.org/10.1063/5.0012345', 'https://pubs.aip.org/aip/jcp/article/153/1/014101/123456'],
    ]) {
      expect([words, shownAddressDiffers(words!, href!)]).toEqual([words, false]);
    }
    // A listed prefix still needs its publisher's site: not another site, nor a look-alike of its own.
    expect(shownAddressDiffers('doi:10.1609/aaai.v34i04.5678', 'https://evil-site.net/5678')).toBe(true);
    expect(shownAddressDiffers('doi:10.1609/aaai.v34i04.5678', 'https://ojs.aaai.org.evil-site.net/view/5678')).toBe(true);
    expect(shownAddressDiffers('doi:10.1038/s41586-020-2649-2', 'https://www.nature.com.evil-site.net/articles/s41586-020-2649-2')).toBe(true);
  });

  it("a DOI whose prefix is not listed, over a page of a site of its own, names no other place (before: it differed, with no way to pass --strict)", () => {
    expect(shownAddressDiffers('doi:10.9999/abc.def', 'https://journal.tuni.fi/article/77')).toBe(false);
    expect(shownAddressDiffers('https://doi.org/10.9999/abc.def', 'https://journal.tuni.fi/article/77')).toBe(false);
    // A known site (a listed publisher's, a resolver's, arXiv's), its look-alike, a front page or another DOI's page does.
    for (const href of ['https://ieeexplore.ieee.org/document/1', 'https://doi.org/10.9999/other', 'https://doi.org.evil-site.io/abc', 'https://evil-site.io/', 'https://journal.tuni.fi/article/10.9998/xyz', 'https://arxiv.org/abs/2401.01234']) {
      expect([href, shownAddressDiffers('doi:10.9999/abc.def', href)]).toEqual([href, true]);
    }
  });

  it('a URN written without a host, or at its resolver, names its library or repository: texts agree with PDFs (before: any site passed without a host, and urn.fi words over the repository differed)', () => {
    const URN = 'URN:NBN:fi:tuni-202405156789';
    for (const href of ['https://evil-site.net/thesis', 'https://trepo.tuni.fi.evil-site.io/handle/10024/1', 'https://urn.fi/URN:NBN:fi:tuni-202499999999']) {
      expect([href, shownAddressDiffers(URN, href), shownAddressDiffers(`urn.fi/${URN}`, href)]).toEqual([href, true, true]);
    }
    expect(shownAddressDiffers('urn:nbn:de:0168-ssoar-12345', 'https://evil-site.net/x')).toBe(true);
    for (const [words, href] of [
      [URN, 'https://trepo.tuni.fi/handle/10024/155555'],
      [URN.toLowerCase(), `https://urn.fi/${URN}`],
      [`urn.fi/${URN}`, 'https://trepo.tuni.fi/handle/10024/155555'],
      [`https://urn.fi/${URN}`, 'https://trepo.tuni.fi/handle/10024/155555'],
      ['urn:nbn:de:0168-ssoar-12345', 'https://www.ssoar.info/ssoar/handle/document/12345'],
      ['nbn-resolving.org/urn:nbn:de:101:1-2019012345', 'https://d-nb.info/1175123456/34'],
    ]) {
      expect([words, shownAddressDiffers(words!, href!), shownHostDiffers(words!, href!)]).toEqual([words, false, false]);
    }
  });

  it('a Handle or URN over a look-alike of a known site or of its library differs even when the address carries it, as a DOI does (before: urn.fi.evil-site.net/URN:... passed)', () => {
    const URN = 'URN:NBN:fi:tuni-202405156789';
    for (const [words, href] of [
      [URN, `https://urn.fi.evil-site.net/${URN}`],
      [`urn.fi/${URN}`, `https://urn.fi.evil-site.net/${URN}`],
      [URN, `https://trepo.tuni.fi.evil-site.net/${URN}`],
      ['hdl:10138/12345', 'https://hdl.handle.net.evil-site.io/10138/12345'],
      ['hdl.handle.net/10138/12345', 'https://hdl.handle.net.evil-site.io/10138/12345'],
      ['doi.org/10.1038/nature12373', 'https://nature.com.evil-site.net/10.1038/nature12373'],
    ]) {
      expect([words, href, shownAddressDiffers(words!, href!)]).toEqual([words, href, true]);
    }
  });

  it("a URN's library is a whole label of the host, its own name: not a host that starts with it and a hyphen (before: tuni-evil.io passed for URN:NBN:fi:tuni-...)", () => {
    const URN = 'URN:NBN:fi:tuni-202405156789';
    for (const href of ['https://tuni-evil.io/thesis', 'https://www.tuni-evil.io/thesis', 'https://tuni.fi.evil-site.io/thesis']) {
      expect([href, shownAddressDiffers(URN, href), shownAddressDiffers(`urn.fi/${URN}`, href)]).toEqual([href, true, true]);
    }
    for (const [words, href] of [
      [URN, 'https://tuni.fi/handle/10024/1'],
      [URN, 'https://trepo.tuni.fi/handle/10024/1'],
      ['urn:nbn:de:0168-ssoar-12345', 'https://www.ssoar.info/ssoar/handle/document/12345'],
      ['urn:nbn:se:uu:diva-3475', 'https://uu.diva-portal.org/smash/record.jsf?pid=diva2:3475'],
      ['urn:nbn:se:uu:diva-3475', `https://urn.kb.se/resolve?urn=urn:nbn:se:uu:diva-3475`],
    ]) {
      expect([words, href, shownAddressDiffers(words!, href!)]).toEqual([words, href, false]);
    }
  });
});

describe('identifierAddress', () => {
  it("names the address at its resolver of words that are a whole DOI, Handle, arXiv id or URN, for a link-mismatch hint to suggest", () => {
    expect(identifierAddress('doi:10.1145/3372297.3417880')).toBe('https://doi.org/10.1145/3372297.3417880');
    expect(identifierAddress('doi.org/10.1000/182')).toBe('https://doi.org/10.1000/182');
    expect(identifierAddress('hdl:10138/12345')).toBe('https://hdl.handle.net/10138/12345');
    expect(identifierAddress('arXiv:2401.00002v2')).toBe('https://arxiv.org/abs/2401.00002v2');
    expect(identifierAddress('URN:NBN:fi:tuni-202405156789')).toBe('https://urn.fi/URN:NBN:fi:tuni-202405156789');
    expect(identifierAddress('urn.fi/URN:NBN:fi:tuni-202405156789')).toBe('https://urn.fi/URN:NBN:fi:tuni-202405156789');
    expect(identifierAddress('urn:nbn:de:0168-ssoar-12345')).toBe('https://nbn-resolving.org/urn:nbn:de:0168-ssoar-12345');
    // No resolver known, or words that are more than the identifier: none.
    for (const words of ['urn:isbn:978-3-16-148410-0', 'urn:nbn:se:uu:diva-3475', 'my paper doi:10.1145/x', 'https://trepo.tuni.fi/x', 'my thesis']) {
      expect([words, identifierAddress(words)]).toEqual([words, undefined]);
    }
  });
});
