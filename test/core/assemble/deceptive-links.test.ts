/**
 * A link inside an input PDF that reads as one site and opens another (audit 12-06k #11): a name and `@` before the
 * host, or a host mixing alphabets, was copied into the packet without a word; the manifest's own are refused.
 */
import { PDFDict, PDFDocument, PDFName, PDFString, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../../src/core/assemble/index.js';
import { inspectInput } from '../../../src/core/inspect/index.js';
import { deceptiveLink } from '../../../src/core/text/urls.js';
import { linkWordsMismatch } from '../../../src/core/inspect/actions.js';
import { makeLinksPdf } from '../../helpers/make-pdf.js';
import { readPdfText } from '../../../src/io/pdf-text.js';
import { makePlan, pdfPart, section } from './fixtures.js';

const USERINFO = 'https://www.tuni.fi@evil.example.net/login';
const PUNYCODE = 'https://xn--alto-8ve.fi/';
const WEB = 'https://www.tuni.fi/en';

async function builtUris(bytes: Uint8Array) {
  const plan = makePlan([section('cv', 'CV', [pdfPart('CV', 'cv.pdf', bytes)])], { options: { cover: false, stamps: false, forms: 'flatten' } });
  const result = await assemble(plan);
  const doc = await PDFDocument.load(result.bytes);
  const uris: string[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    const dicts = obj instanceof PDFDict ? [obj, ...obj.values().map((v) => doc.context.lookup(v)).filter((v) => v instanceof PDFDict)] : [];
    for (const d of dicts as PDFDict[]) {
      const u = d.get(PDFName.of('URI'));
      if (d.get(PDFName.of('S')) === PDFName.of('URI') && u instanceof PDFString) uris.push(u.decodeText());
    }
  }
  return { codes: result.diagnostics.map((d) => d.code), uris: [...new Set(uris)] };
}

describe('a link in an input PDF that shows one site and opens another (audit 12-06k #11)', () => {
  it('validate warns, naming the file, the page and both hosts (before: Ready without a word)', async () => {
    const facts = await inspectInput(await makeLinksPdf([WEB, USERINFO]), { fileName: 'docs/cv.pdf' });
    expect(facts.findings.filter((f) => f.code === 'file.links-deceptive').map((f) => [f.severity, f.message, f.hint])).toEqual([
      [
        'warning',
        'docs/cv.pdf has a link on page 1 that shows www.tuni.fi but opens evil.example.net (what is before "@" is only a name); the packet leaves it out.',
        'If you made the link, correct its address in the document you exported from and export the PDF again; if you did not, check where the document came from before you send it.',
      ],
    ]);
    const two = await inspectInput(await makeLinksPdf([USERINFO, PUNYCODE]), { fileName: 'docs/cv.pdf' });
    expect(two.findings.find((f) => f.code === 'file.links-deceptive')?.message).toBe(
      'docs/cv.pdf has 2 links that show one site and open another: page 1, www.tuni.fi opens evil.example.net (what is before "@" is only a name); page 1, altoӭ.fi (its letters mix alphabets) opens xn--alto-8ve.fi, another site; the packet leaves them out.',
    );
  });

  it('the build leaves them out, the honest link kept, and says nothing more (before: both copied, clickable)', async () => {
    expect(await builtUris(await makeLinksPdf([WEB, USERINFO, PUNYCODE]))).toEqual({ codes: [], uris: [WEB] });
  });

  it('a plain web link, an IDN written in one alphabet and a mail link are no deceptive links', async () => {
    expect(deceptiveLink(WEB)).toBeUndefined();
    expect(deceptiveLink('https://xn--mnchen-3ya.de/')).toBeUndefined();
    expect(deceptiveLink('mailto:aino@tuni.fi')).toBeUndefined();
    expect(deceptiveLink('https://user:pw@example.org/')).toEqual({ shown: 'user:pw', opens: 'example.org', why: 'userinfo' });
    const facts = await inspectInput(await makeLinksPdf([WEB, 'https://xn--mnchen-3ya.de/']), { fileName: 'docs/cv.pdf' });
    expect(facts.findings.map((f) => f.code)).not.toContain('file.links-deceptive');
  });
});

/** A CV page whose lines are each a link: the words drawn, and the address the link opens (none: words only). */
async function wordedLinks(lines: readonly (readonly [string, string])[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595.28, 841.89]);
  const annots = lines.flatMap(([words, uri], i) => {
    const y = 700 - i * 30;
    page.drawText(words, { x: 50, y, size: 12, font });
    if (uri === '') return [];
    return doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [48, y - 3, 52 + font.widthOfTextAtSize(words, 12), y + 12], Border: [0, 0, 0], A: doc.context.obj({ S: 'URI', URI: PDFString.of(uri) }) } as never));
  });
  page.node.set(PDFName.of('Annots'), doc.context.obj(annots));
  return doc.save();
}

describe('a link whose words write another site than it opens (audit 12-06k #11)', () => {
  it('is a warning naming the page, the words\' site and where it goes; the build keeps it (before: nothing)', async () => {
    const bytes = await wordedLinks([
      ['Homepage: www.tuni.fi/en', 'https://evil.example.net/login'],
      ['Code: github.com/ainovirtanen', 'https://github.com/ainovirtanen'],
      ['Built with Node.js', 'https://nodejs.org/'],
      ['Google Scholar profile', 'https://scholar.google.com/citations?user=x'],
      ['Preprint: arxiv.org/abs/2401.00001', 'https://export.arxiv.org/abs/2401.00001'],
    ]);
    // A CV's first page is read for whose it is (keepText: 'first-page', as check.ts asks): the words under its links are compared then.
    const facts = await inspectInput(bytes, { fileName: 'docs/cv.pdf', keepText: 'first-page' }, readPdfText);
    expect(facts.findings.filter((f) => f.code === 'file.links-deceptive').map((f) => f.message)).toEqual([
      'docs/cv.pdf has a link on page 1 whose words name www.tuni.fi but that opens evil.example.net; the packet keeps it, as it cannot tell which site is meant.',
    ]);
    // A file whose text is read for nothing else is not opened in pdf.js for its links' words (a long bibliography cost a tenth of a big build).
    expect((await inspectInput(bytes, { fileName: 'docs/paper.pdf' }, readPdfText)).findings.filter((f) => f.code === 'file.links-deceptive')).toEqual([]);
    expect((await builtUris(bytes)).uris).toContain('https://evil.example.net/login');
  });

  it("a site's own short-link host is the same site: youtu.be opens www.youtube.com (audit 12-06l #13; before: a warning that failed --strict)", async () => {
    const bytes = await wordedLinks([
      ['Recorded lecture: youtu.be/dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
      ['Profile: lnkd.in/aino', 'https://www.linkedin.com/in/aino'],
      ['Map: goo.gl/maps/abc', 'https://www.google.com/maps/place/x'],
      ['Video: youtu.be/abc', 'https://evil.example.net/watch'],
    ]);
    const facts = await inspectInput(bytes, { fileName: 'docs/cv.pdf', keepText: 'first-page' }, readPdfText);
    expect(facts.findings.filter((f) => f.code === 'file.links-deceptive').map((f) => f.message)).toEqual([
      'docs/cv.pdf has a link on page 1 whose words name youtu.be but that opens evil.example.net; the packet keeps it, as it cannot tell which site is meant.',
    ]);
  });
});

describe('honest links that the words-versus-address rule called deceptive (audit 12-06n F-A, F-D)', () => {
  const TEX = 'http://www.tex.ac.uk/tex-archive/graphics/mathspic/perl/';
  const warned = async (lines: readonly (readonly [string, string])[]) =>
    (await inspectInput(await wordedLinks(lines), { fileName: 'docs/plan.pdf', keepText: 'first-page' }, readPdfText)).findings.filter((f) => f.code === 'file.links-deceptive').map((f) => f.message);

  it('an address broken across two lines, a link per line as hyperref writes it, is one address (before: "www.tex" opens www.tex.ac.uk, once per piece)', async () => {
    expect(await warned([['MathsPICPerl 1.0 (http://www.tex.', TEX], ['ac.uk/tex-archive/graphics/mathspic/perl/), to draw', TEX]])).toEqual([]);
    // Only the first line linked: words ending in a cut-off start of the address opened, the next line's going on with it.
    expect(await warned([['MathsPICPerl 1.0 (http://www.tex.', TEX], ['ac.uk/tex-archive/graphics/mathspic/perl/), to draw', '']])).toEqual([]);
    // Joined pieces that name another site still warn, once.
    expect(await warned([['Homepage (http://www.tuni.', 'https://evil.example.net/en'], ['fi/en) and more', 'https://evil.example.net/en']])).toEqual([
      'docs/plan.pdf has a link on page 1 whose words name www.tuni.fi but that opens evil.example.net; the packet keeps it, as it cannot tell which site is meant.',
    ]);
    // A whole host at a line's end over a longer one is the look-alike it seems, unless the next line goes on with the rest.
    expect(await warned([['Homepage: www.tuni.fi.', 'https://www.tuni.fi.evil.net/login'], ['Then I moved to Aalto University.', '']])).toEqual([
      'docs/plan.pdf has a link on page 1 whose words name www.tuni.fi but that opens www.tuni.fi.evil.net; the packet keeps it, as it cannot tell which site is meant.',
    ]);
    expect(await warned([['Homepage: www.tuni.fi.', 'https://www.tuni.fi.evil.net/login']])).toHaveLength(1);
    expect(await warned([['Homepage: www.tuni.fi.', 'https://www.tuni.fi.evil.net/login'], ['evil.net/login (mirror)', '']])).toEqual([]);
    // A start of the address that is not cut by the line's end is another site's name.
    expect(await warned([['Homepage: http://www.tex and more', TEX]])).toHaveLength(1);
  });

  it("a company's country domain and a resolver over the page it opens are the same site; the deceptive one is said alone (before: 4 warned, it last behind \"and 1 more\")", async () => {
    expect(
      await warned([
        ['Google Scholar: scholar.google.com/citations?user=AbCdEf', 'https://scholar.google.fi/citations?user=AbCdEf'],
        ['LinkedIn: linkedin.com/in/ainov', 'https://fi.linkedin.com/in/ainov'],
        ['Paper: doi.org/10.1145/3548606.3560557', 'https://dl.acm.org/doi/10.1145/3548606.3560557'],
        ['Twitter: twitter.com/ainov', 'https://x.com/ainov'],
        ['Thesis: urn.fi/URN:NBN:fi:tuni-202305045678', 'https://trepo.tuni.fi/handle/10024/123456'],
        ['Handle: hdl.handle.net/10024/123456.', 'https://trepo.tuni.fi/handle/10024/123456'],
        ['Code: github.com/ainov/mia-audit', 'https://gitlab.com/ainov/mia-audit'],
      ]),
    ).toEqual(['docs/plan.pdf has a link on page 1 whose words name github.com but that opens gitlab.com; the packet keeps it, as it cannot tell which site is meant.']);
    // A DOI over a page that is not that DOI's, and a look-alike of the company's name, still warn.
    expect(
      await warned([
        ['Paper: doi.org/10.1145/3548606.3560557', 'https://evil.example.net/10.1145/999'],
        ['Scholar: scholar.google.com/citations', 'https://scholar.googIe.fi/citations'],
      ]),
    ).toHaveLength(1);
  });

  it('four links are all named: none hides behind "and 1 more" (before: the fourth, the only deceptive one in the audit\'s CV, was "and 1 more")', async () => {
    const evil = (n: number) => [`Site ${n}: www.tuni${n}.fi/en`, `https://evil${n}.example.net/`] as const;
    expect(await warned([evil(1), evil(2), evil(3), evil(4)])).toEqual([
      'docs/plan.pdf has 4 links that show one site and open another: page 1, the words "www.tuni1.fi" open evil1.example.net; page 1, the words "www.tuni2.fi" open evil2.example.net; page 1, the words "www.tuni3.fi" open evil3.example.net; page 1, the words "www.tuni4.fi" open evil4.example.net; the packet keeps them, as it cannot tell which site is meant.',
    ]);
    expect((await warned([evil(1), evil(2), evil(3), evil(4), evil(5)]))[0]).toContain('open evil3.example.net; and 2 more; the packet keeps them');
  });
});

describe('resolver words and bare hosts over another site (audit 12-06p #4)', () => {
  const warned = async (lines: readonly (readonly [string, string])[]) =>
    (await inspectInput(await wordedLinks(lines), { fileName: 'docs/cv.pdf', keepText: 'first-page' }, readPdfText)).findings.filter((f) => f.code === 'file.links-deceptive').map((f) => f.message);

  it('"doi.org/…", "hdl.handle.net/…", "urn.fi/…" without https:// over a site that is not that identifier\'s page warn as with it (before: any site passed)', async () => {
    expect(await warned([['Paper: doi.org/10.1145/3133956', 'https://evil-site.io/login']])).toEqual([
      'docs/cv.pdf has a link on page 1 whose words name doi.org but that opens evil-site.io; the packet keeps it, as it cannot tell which site is meant.',
    ]);
    expect(await warned([['Paper: https://doi.org/10.1145/3133956', 'https://evil-site.io/login']])).toHaveLength(1);
    expect(await warned([['Thesis: hdl.handle.net/10024/123456', 'https://evil-site.io/login']])).toHaveLength(1);
    expect(await warned([['Thesis: urn.fi/URN:NBN:fi:tuni-202401011234', 'https://evil-site.io/login']])).toHaveLength(1);
    // A URN resolved to its repository on another top-level domain, or to the German National Library's copy, is that URN's page.
    expect(
      await warned([
        ['SSOAR: nbn-resolving.org/urn:nbn:de:0168-ssoar-56789-1', 'https://www.ssoar.info/ssoar/handle/document/56789'],
        ['Archived: https://nbn-resolving.de/urn:nbn:de:101:1-2019012345', 'https://d-nb.info/1175123456/34'],
        ['Report: nbn-resolving.de/urn/resolver.pl?urn:nbn:de:0168-ssoar-12345-6', 'https://www.ssoar.info/ssoar/handle/document/12345'],
        ['Thesis: urn.fi/URN:NBN:fi:uu:diva-3475', 'https://uu.diva-portal.org/smash/record.jsf?pid=diva2:3475'],
      ]),
    ).toEqual([]);
    expect(await warned([['SSOAR: nbn-resolving.org/urn:nbn:de:0168-ssoar-56789-1', 'https://ssoar.info.evil-site.io/login']])).toHaveLength(1);
    expect(await warned([['Thesis: urn.fi/URN:NBN:fi:tuni-202401011234', 'https://d-nb.info/1175123456/34']])).toHaveLength(1);
    expect(await warned([['Thesis: urn.fi/URN:NBN:fi:tuni-202401011234', 'https://trepo.tuni.fi.evil-site.io/login']])).toHaveLength(1);
    // A look-alike of a known site or of the library carrying the identifier, or a host that only starts with the library's name.
    for (const [words, href] of [
      ['Thesis: urn.fi/URN:NBN:fi:tuni-202401011234', 'https://urn.fi.evil-site.net/URN:NBN:fi:tuni-202401011234'],
      ['Thesis: URN:NBN:fi:tuni-202401011234', 'https://trepo.tuni.fi.evil-site.net/URN:NBN:fi:tuni-202401011234'],
      ['Thesis: hdl.handle.net/10138/12345', 'https://hdl.handle.net.evil-site.io/10138/12345'],
      ['Thesis: urn.fi/URN:NBN:fi:tuni-202401011234', 'https://tuni-evil.io/thesis'],
    ]) {
      expect([href, await warned([[words!, href!]])]).toEqual([href, [expect.stringContaining(`but that opens ${new URL(href!).hostname}`)]]);
    }
    // The resolved pages themselves still pass: a URN's page in its library, a DOI's at its publisher.
    expect(
      await warned([
        ['Thesis: urn.fi/URN:NBN:fi:tuni-202401011234', 'https://trepo.tuni.fi/handle/10024/1234'],
        ['Paper: doi.org/10.1145/3133956', 'https://dl.acm.org/doi/10.1145/3133956'],
      ]),
    ).toEqual([]);
  });

  it('a DOI, arXiv id or Handle written without a host ("doi:10.1145/…", "arXiv:2401.01234", "hdl:10138/12345") over another site warns (audit 12-07a #5; before: any site passed)', async () => {
    expect(await warned([['doi:10.1145/3372297.3417880', 'https://evil-site.net/a']])).toEqual([
      'docs/cv.pdf has a link on page 1 whose words name doi:10.1145/3372297.3417880 but that opens evil-site.net; the packet keeps it, as it cannot tell which site is meant.',
    ]);
    expect(await warned([['Preprint: arXiv:2401.01234', 'https://evil-site.net/b']])).toEqual([
      'docs/cv.pdf has a link on page 1 whose words name arXiv:2401.01234 but that opens evil-site.net; the packet keeps it, as it cannot tell which site is meant.',
    ]);
    for (const words of ['Thesis: hdl:10138/12345', 'DOI 10.1145/3372297.3417880', 'DOI: 10.1145/3372297.3417880', 'Preprint: arXiv:2401.01234v2']) {
      expect([words, await warned([[words, 'https://evil-site.net/c']])]).toEqual([words, [expect.stringContaining('opens evil-site.net')]]);
    }
    // Its resolver with that identifier, the publisher's or repository's page carrying it, arXiv or its DOI: no warning.
    expect(
      await warned([
        ['doi:10.1145/3372297.3417880', 'https://doi.org/10.1145/3372297.3417880'],
        ['DOI: 10.1007/s10579-024-09712-3', 'https://link.springer.com/article/10.1007/s10579-024-09712-3'],
        ['doi: 10.18653/v1/2024.acl-long.1', 'https://aclanthology.org/2024.acl-long.1/'],
        ['doi:10.1038/s41586-020-2649-2', 'https://www.nature.com/articles/s41586-020-2649-2'],
        ['Preprint: arXiv:2401.01234 [cs.CL]', 'https://arxiv.org/abs/2401.01234v3'],
        ['arXiv:2401.01234', 'https://doi.org/10.48550/arXiv.2401.01234'],
        ['Thesis: hdl:10138/12345', 'https://helda.helsinki.fi/handle/10138/12345'],
      ]),
    ).toEqual([]);
    // Another DOI at its resolver is another paper.
    expect(await warned([['doi:10.1145/3372297.3417880', 'https://doi.org/10.1145/3133956']])).toHaveLength(1);
  });

  it("a DOI over its publisher's own landing page, which need not carry it, is that DOI's page: IEEE, ScienceDirect, arXiv (re-verify 12-07a sweep; before: a warning that failed --strict)", async () => {
    expect(
      await warned([
        ['Preprint: doi.org/10.48550/arXiv.2401.01234', 'https://arxiv.org/abs/2401.01234'],
        ['doi:10.1016/j.artint.2023.103456', 'https://www.sciencedirect.com/science/article/pii/S0004370223001234'],
        ['DOI 10.1109/TPAMI.2023.3275156', 'https://ieeexplore.ieee.org/document/10124345'],
        ['https://doi.org/10.1109/TPAMI.2023.3275156', 'https://ieeexplore.ieee.org/document/10124345'],
        ['doi: 10.1002/asi.24750', 'https://asistdl.onlinelibrary.wiley.com/doi/abs/10.1002/asi.24750'],
      ]),
    ).toEqual([]);
    // A look-alike of the publisher's site, another publisher's or any other site still warns.
    expect(await warned([['doi:10.1016/j.artint.2023.103456', 'https://www.sciencedirect.com.evil.io/science/article/pii/S0004370223001234']])).toEqual([
      'docs/cv.pdf has a link on page 1 whose words name doi:10.1016/j.artint.2023.103456 but that opens www.sciencedirect.com.evil.io; the packet keeps it, as it cannot tell which site is meant.',
    ]);
    expect(await warned([['doi.org/10.1109/TPAMI.2023.3275156', 'https://evilieee.org/document/10124345']])).toEqual([
      'docs/cv.pdf has a link on page 1 whose words name doi.org but that opens evilieee.org; the packet keeps it, as it cannot tell which site is meant.',
    ]);
    expect(await warned([['DOI 10.1109/TPAMI.2023.3275156', 'https://www.sciencedirect.com/science/article/pii/S0004370223001234']])).toEqual([
      'docs/cv.pdf has a link on page 1 whose words name doi:10.1109/TPAMI.2023.3275156 but that opens www.sciencedirect.com; the packet keeps it, as it cannot tell which site is meant.',
    ]);
    // An arXiv DOI names its arXiv id: another arXiv paper is not its page.
    expect(await warned([['Preprint: doi.org/10.48550/arXiv.2401.01234', 'https://arxiv.org/abs/2401.99999']])).toEqual([
      'docs/cv.pdf has a link on page 1 whose words name doi.org but that opens arxiv.org; the packet keeps it, as it cannot tell which site is meant.',
    ]);
    expect(await warned([['doi:10.1000/182', 'https://ieeexplore.ieee.org/document/10124345']])).toEqual([
      'docs/cv.pdf has a link on page 1 whose words name doi:10.1000/182 but that opens ieeexplore.ieee.org; the packet keeps it, as it cannot tell which site is meant.',
    ]);
  });

  it("a Handle over its repository's DSpace 7 page, which carries no handle, is that Handle's page; a look-alike host or another repository's is not (before: a warning that failed --strict)", async () => {
    const ITEM = 'https://helda.helsinki.fi/items/0b6a1f3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
    expect(
      await warned([
        ['Thesis: hdl.handle.net/10138/12345', ITEM],
        ['Thesis: http://hdl.handle.net/10138/12345', ITEM],
        ['Thesis: hdl:10138/12345', ITEM],
        ['MIT report: hdl.handle.net/1721.1/3550', 'https://dspace.mit.edu/items/5d2e7c1a-0000-4000-8000-000000000001'],
      ]),
    ).toEqual([]);
    expect(await warned([['Thesis: hdl.handle.net/10138/12345', 'https://helda.helsinki.fi.evil-site.io/items/0b6a1f3e']])).toEqual([
      'docs/cv.pdf has a link on page 1 whose words name hdl.handle.net but that opens helda.helsinki.fi.evil-site.io; the packet keeps it, as it cannot tell which site is meant.',
    ]);
    expect(await warned([['Thesis: hdl:10138/12345', 'https://dspace.mit.edu/items/5d2e7c1a']])).toHaveLength(1);
    // A repository page that carries a handle must carry this one.
    expect(await warned([['Thesis: hdl.handle.net/10138/12345', 'https://helda.helsinki.fi/handle/10138/99999']])).toHaveLength(1);
  });

  it("an ISBN's URN names no host, as a DOI whose publisher is not known: its page is one whose address carries the ISBN, hyphens or not, or a page of a site of its own (before: only one carrying the whole URN; audit 12-07c F4: a site of its own warned)", async () => {
    expect(
      await warned([
        ['Report: urn.fi/URN:ISBN:978-952-383-123-4', 'https://books.tuni.fi/isbn/9789523831234'],
        ['Report: urn.fi/URN:ISBN:978-952-383-123-4.', 'https://books.tuni.fi/isbn/978-952-383-123-4'],
        ['Report: urn.fi/URN:ISBN:978-952-383-123-4', 'https://urn.fi/URN:ISBN:978-952-383-123-4'],
        ['Report: urn.fi/URN:ISBN:978-952-383-123-4', 'https://julkaisut.valtioneuvosto.fi/handle/10024/164373'],
        ['Paper: doi.org/10.9999/abc.def', 'https://journal.tuni.fi/article/77'],
      ]),
    ).toEqual([]);
    // A page carrying another ISBN or a longer number, a site's front page, a resolver's other page or a known site's look-alike is not its page.
    expect(await warned([['Report: urn.fi/URN:ISBN:978-952-383-123-4', 'https://evil-site.io/97895238312345']])).toHaveLength(1);
    expect(await warned([['Report: urn.fi/URN:ISBN:978-952-383-123-4', 'https://evil-site.io/']])).toHaveLength(1);
    expect(await warned([['Report: urn.fi/URN:ISBN:978-952-383-123-4', 'https://urn.fi/URN:ISBN:978-952-383-999-9']])).toHaveLength(1);
    expect(await warned([['Paper: doi.org/10.9999/abc.def', 'https://doi.org.evil-site.io/abc']])).toEqual([
      'docs/cv.pdf has a link on page 1 whose words name doi.org but that opens doi.org.evil-site.io; the packet keeps it, as it cannot tell which site is meant.',
    ]);
  });

  it("a DOI over its registrant's own landing page is its page: AAAI, IJCAI, figshare (audit 12-07c F4; before: 3 links warned and --strict could not pass an ML CV)", async () => {
    expect(
      await warned([
        ['AAAI paper: doi:10.1609/aaai.v34i04.5678', 'https://ojs.aaai.org/index.php/AAAI/article/view/5678'],
        ['Data: doi:10.6084/m9.figshare.1234567', 'https://figshare.com/articles/dataset/privacy_audit/1234567'],
        ['IJCAI paper: doi:10.24963/ijcai.2020/123', 'https://www.ijcai.org/proceedings/2020/0123'],
        ['Preprint: doi:10.31219/osf.io/abcde', 'https://osf.io/preprints/osf/abcde'],
      ]),
    ).toEqual([]);
    expect(await warned([['Paper: doi:10.1038/s41586-020-2649-2', 'https://www.nature.com.evil-site.net/articles/s41586-020-2649-2']])).toEqual([
      'docs/cv.pdf has a link on page 1 whose words name doi:10.1038/s41586-020-2649-2 but that opens www.nature.com.evil-site.net; the packet keeps it, as it cannot tell which site is meant.',
    ]);
  });

  it("a DOI's or URN's words over another site: the hint names the identifier's own address to link to (before: only \"correct its address\")", async () => {
    const hints = async (lines: readonly (readonly [string, string])[]) =>
      (await inspectInput(await wordedLinks(lines), { fileName: 'docs/cv.pdf', keepText: 'first-page' }, readPdfText)).findings.filter((f) => f.code === 'file.links-deceptive').map((f) => f.hint);
    expect(await hints([['MSc thesis: URN:NBN:fi:tuni-202405156789', 'https://evil-site.net/thesis']])).toEqual([
      'If you made the link, make it open the address of the identifier its words name (URN:NBN:fi:tuni-202405156789: https://urn.fi/URN:NBN:fi:tuni-202405156789) in the document you exported from and export the PDF again; if you did not, check where the document came from before you send it.',
    ]);
    expect(await hints([['Paper: doi:10.1145/3372297.3417880', 'https://evil-site.net/paper']])).toEqual([expect.stringContaining('(doi:10.1145/3372297.3417880: https://doi.org/10.1145/3372297.3417880)')]);
    // Words that are a site, not an identifier, keep the plain hint.
    expect(await hints([['Homepage: www.tuni.fi', 'https://evil.example.net/']])).toEqual([expect.stringMatching(/^If you made the link, correct its address/u)]);
  });

  it('a URN written without a host names its library or repository, as urn.fi/... words do (audit 12-07c F5; before: any site passed, even trepo.tuni.fi.evil-site.io)', async () => {
    expect(
      await warned([
        ['MSc thesis: URN:NBN:fi:tuni-202405156789', 'https://evil-site.net/thesis'],
        ['Mirror: urn:nbn:fi:tuni-202405156789', 'https://trepo.tuni.fi.evil-site.io/handle/10024/1'],
        ['Control: doi:10.1145/3372297.3417880', 'https://evil-site.net/paper'],
      ]),
    ).toEqual([
      'docs/cv.pdf has 3 links that show one site and open another: page 1, the words "URN:NBN:fi:tuni-202405156789" open evil-site.net; page 1, the words "urn:nbn:fi:tuni-202405156789" open trepo.tuni.fi.evil-site.io; page 1, the words "doi:10.1145/3372297.3417880" open evil-site.net; the packet keeps them, as it cannot tell which site is meant.',
    ]);
    expect(
      await warned([
        ['MSc thesis: URN:NBN:fi:tuni-202405156789', 'https://trepo.tuni.fi/handle/10024/155555'],
        ['MSc thesis: URN:NBN:fi:tuni-202405156789', 'https://urn.fi/URN:NBN:fi:tuni-202405156789'],
        ['Report: urn:nbn:de:0168-ssoar-12345', 'https://www.ssoar.info/ssoar/handle/document/12345'],
      ]),
    ).toEqual([]);
  });

  it('words in full-width letters, a ligature or a look-alike letter are read as the letters they show (before: "ｔｕｎｉ．ｆｉ" over evil.net passed, "trepo.tuni.ﬁ" over trepo.tuni.fi warned)', () => {
    // Words a PDF's text gives this way cannot be drawn in the standard fonts: the comparison itself, on what is read.
    expect(linkWordsMismatch('Homepage: ｔｕｎｉ．ｆｉ', 'https://evil.net/')).toEqual({ shown: 'tuni.fi', opens: 'evil.net' });
    expect(linkWordsMismatch('Homepage: ｔｕｎｉ．ｆｉ', 'https://www.tuni.fi/en')).toBeUndefined();
    expect(linkWordsMismatch('Homepage: tun\u0456.fi', 'https://evil.net/')).toEqual({ shown: 'tuni.fi', opens: 'evil.net' });
    expect(linkWordsMismatch('Homepage: tun\u0456.fi', 'https://www.tuni.fi/en')).toBeUndefined();
    expect(linkWordsMismatch('https://trepo.tuni.\ufb01/handle/10024/1', 'https://trepo.tuni.fi/handle/10024/1')).toBeUndefined();
    expect(linkWordsMismatch('https://trepo.tuni.\ufb01/handle/10024/1', 'https://evil.net/handle/10024/1')).toEqual({ shown: 'trepo.tuni.fi', opens: 'evil.net' });
  });

  it('a bare host mid-line is the same site only label by label: tuni.fi is not tuni.fish, orcid.org not orcid.org.evil-site.io (before: no warning)', async () => {
    expect(await warned([['ORCID: orcid.org (iD below)', 'https://orcid.org.evil-site.io/']])).toEqual([
      'docs/cv.pdf has a link on page 1 whose words name orcid.org but that opens orcid.org.evil-site.io; the packet keeps it, as it cannot tell which site is meant.',
    ]);
    expect(await warned([['Homepage: tuni.fi (university page)', 'https://tuni.fish/']])).toHaveLength(1);
    expect(await warned([['Scholar: scholar.google.com (profile)', 'https://scholar.google.com.evil-site.net/']])).toHaveLength(1);
    // Host words in capitals are the same host: "arXiv.org" over another site warns, over arxiv.org passes.
    expect(await warned([['Preprint on arXiv.org (2024)', 'https://evil-site.io/abs/2401.00001']])).toEqual([
      'docs/cv.pdf has a link on page 1 whose words name arxiv.org but that opens evil-site.io; the packet keeps it, as it cannot tell which site is meant.',
    ]);
    expect(await warned([['Profile: ORCID.ORG (iD below)', 'https://orcid.org.evil-site.io/']])).toHaveLength(1);
    expect(await warned([['Preprint on arXiv.org (2024)', 'https://arxiv.org/abs/2401.00001'], ['Code on GitHub.com, see Node.js, etc.It', 'https://github.com/ainov']])).toEqual([]);
    // The same host, its www., and words that only look like a file's name or a program's are no site.
    expect(
      await warned([
        ['ORCID: orcid.org (iD below)', 'https://orcid.org/0000-0002-1825-0097'],
        ['Homepage: tuni.fi', 'https://www.tuni.fi/en'],
        ['Built with Node.js and setup.py', 'https://nodejs.org/en'],
      ]),
    ).toEqual([]);
  });
});
