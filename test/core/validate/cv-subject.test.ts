/**
 * A CV headed with somebody else's name and email (audit 12-06h #3, second half): a friend's CV used as a template,
 * its header left in, was Ready without a word. A name at a CV's top is no reliable subject: only a name and an
 * address that are not yours, in a CV that names you nowhere, are said.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkManifest } from '../../../src/app/check.js';
import { formatDiagnostic } from '../../../src/core/report/diagnostic-line.js';
import { makePdf, linesPdf } from '../../helpers/make-pdf.js';
import { cli, TEST_PROFILE, workspace } from '../../helpers/workspace.js';
import { BENCH, CORPUS } from '../assemble/fixtures.js';

/** One page per entry, each line drawn on its own, as a word processor lays it out. */
const doc = linesPdf;

const MANIFEST = `profile: ./profile.yaml
applicant: { name: Aino Virtanen, email: aino.virtanen@examples.fi }
items:
  cv: cv.pdf
  bio: { text: "A short bio for the test, long enough to read like a real one." }
  research_plan: plan.pdf
  thesis: { link: "https://examples.fi/thesis.pdf" }
  references:
    - { name: Prof. Mikko Korhonen, email: mikko.korhonen@examples.fi }
    - { name: Dr. Åsa Ødegård, email: asa.odegard@examples.no }
`;
const BODY = [
  'Education: MSc in Computer Science, Tampere University, 2025; BSc in Mathematics, 2023.',
  'Experience: research assistant, privacy-preserving machine learning, Tampere University.',
];
const LAINE = 'manifest.yaml:4:7 warning file.cv-subject  cv.pdf, given as your CV, is headed "Pekka Laine" (pekka.laine@tuni.fi): is it your CV?  hint: If it is a template or somebody else\'s CV, put your own name and email at its top, or give your own CV here; if Pekka Laine is you, write that name as `applicant.name`.';

let plan: Uint8Array;
beforeAll(async () => {
  plan = await makePdf({ pages: 3 });
});

async function run(cv: Uint8Array, manifest = MANIFEST) {
  const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': cv, 'plan.pdf': plan, 'manifest.yaml': manifest });
  const check = await checkManifest(join(dir, 'manifest.yaml'), { today: '2025-10-01' });
  return check.diagnostics.filter((d) => d.code === 'file.cv-subject').map((d) => formatDiagnostic(d).replace(check.manifestFile, 'manifest.yaml'));
}

describe('a CV headed with somebody else\'s name and email (audit 12-06h #3)', () => {
  it('is a warning, and the packet still Ready (before: silent)', async () => {
    const cv = await doc(['Curriculum Vitae', 'Pekka Laine', 'pekka.laine@tuni.fi, Tampere, Finland', ...BODY]);
    expect(await run(cv)).toEqual([LAINE]);
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': cv, 'plan.pdf': plan, 'manifest.yaml': MANIFEST });
    const v = await cli(['validate', join(dir, 'manifest.yaml'), '--today', '2025-10-01']);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain(LAINE.replace('manifest.yaml', join(dir, 'manifest.yaml')));
  });

  it('a name followed by contact details, in capitals, or after a title', async () => {
    const heads: [string[], string, string][] = [
      [['PEKKA LAINE', 'Tampere, Finland · +358 40 123 4567 · pekka.laine@tuni.fi'], 'PEKKA LAINE', 'pekka.laine@tuni.fi'],
      [['Pekka Laine | pekka.laine@tuni.fi | +358 40 123 4567'], 'Pekka Laine', 'pekka.laine@tuni.fi'],
      [['Dr. Jan de Vries, PhD', 'Email: j.devries@uva.nl'], 'Jan de Vries', 'j.devries@uva.nl'],
    ];
    for (const [head, name, email] of heads) {
      expect(await run(await doc([...head, ...BODY])), head.join(' / ')).toEqual([LAINE.replace(/"Pekka Laine" \(pekka\.laine@tuni\.fi\)/, `"${name}" (${email})`).replace('if Pekka Laine is you', `if ${name} is you`)]);
    }
  });

  it('no alarm: your name once anywhere, no name at the top, your name with a shared lab address, your name in the address, a name with no address', async () => {
    const fine: [string, readonly (readonly string[])[]][] = [
      ['your family name once, lower on the first page', [['Pekka Laine', 'pekka.laine@tuni.fi', ...BODY, 'Publications', 'A. Virtanen and M. Korhonen. Membership inference. 2025.']]],
      ['no name at the top', [['Curriculum Vitae', 'Contact: pekka.laine@tuni.fi', ...BODY]]],
      ['your name, a shared lab address', [['Aino Virtanen', 'privacy-lab@tuni.fi', ...BODY]]],
      ['your given name only, a shared lab address', [['Aino V.', 'Curriculum Vitae', 'ml-group@tuni.fi', ...BODY]]],
      ['your name in the address', [['Curriculum Vitae', 'Pekka Laine', 'avirtanen@tuni.fi', ...BODY]]],
      ['a name, no address', [['Pekka Laine', 'Tampere, Finland', ...BODY]]],
      ['a heading, then an address', [['Curriculum Vitae', 'Machine Learning Researcher', 'contact@tuni.fi', ...BODY]]],
      ['a name inside a sentence', [['Supervised by Pekka Laine at Tampere University', 'pekka.laine@tuni.fi', ...BODY]]],
    ];
    for (const [what, pages] of fine) expect(await run(await doc(...pages)), what).toEqual([]);
    // Only the first page is read (a CV's heading is there; reading twelve pages cost every validate a text extraction): a co-author on page 2 does not make it yours.
    const later = await run(await doc(['Pekka Laine', 'pekka.laine@tuni.fi', ...BODY], ['Publications', 'A. Virtanen and M. Korhonen. Membership inference. 2025.']));
    expect(later.map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual(['manifest.yaml:4:7 warning file.cv-subject']);
  });

  it('a name of three words or more (before: silent)', async () => {
    const heads: [string[], string, string][] = [
      [['Curriculum Vitae', 'Maria del Carmen Ruiz Gómez', 'mcruiz@ugr.es'], 'Maria del Carmen Ruiz Gómez', 'mcruiz@ugr.es'],
      [['ANNA MARIA SVENSSON', 'Lund, Sweden · +46 70 123 4567 · anna.svensson@lu.se'], 'ANNA MARIA SVENSSON', 'anna.svensson@lu.se'],
      [['Nguyen Thi Minh Anh | anh.nguyen@hust.edu.vn'], 'Nguyen Thi Minh Anh', 'anh.nguyen@hust.edu.vn'],
    ];
    for (const [head, name, email] of heads) {
      expect(await run(await doc([...head, ...BODY])), head.join(' / ')).toEqual([LAINE.replace(/"Pekka Laine" \(pekka\.laine@tuni\.fi\)/, `"${name}" (${email})`).replace('if Pekka Laine is you', `if ${name} is you`)]);
    }
  });

  it('no alarm: your own name in these shapes, written another way, or three capitalised words of a post with an address of no one', async () => {
    const own: [string, string[]][] = [
      ['Maria del Carmen Ruiz Gómez', ['Curriculum Vitae', 'María del Carmen Ruiz Gómez', 'mcruiz@ugr.es']],
      ['Carmen Ruiz', ['María del Carmen Ruiz Gómez', 'mcruiz@ugr.es']],
      ['Nguyen Thi Minh Anh', ['NGUYEN THI MINH ANH', 'minh.anh@hust.edu.vn']],
      ['Anh Nguyen', ['Nguyen Thi Minh Anh | nguyen.tma@hust.edu.vn']],
      ['Anna Svensson', ['Anna Maria Svensson', 'ams@lu.se']],
      ['Jan van der Berg', ['Jan van den Berg', 'jvdb@uva.nl']],
    ];
    for (const [name, head] of own) {
      const manifest = MANIFEST.replace('Aino Virtanen, email: aino.virtanen@examples.fi', `${name}, email: applicant@examples.fi`);
      expect(await run(await doc([...head, ...BODY]), manifest), `${name}: ${head.join(' / ')}`).toEqual([]);
    }
    for (const post of ['Machine Learning Researcher', 'Computational Linguistics Postdoc', 'Privacy Preserving Analytics']) {
      expect(await run(await doc(['Curriculum Vitae', post, 'contact@tuni.fi', ...BODY])), post).toEqual([]);
    }
  });

  it('no alarm: text read out of order or garbled (an encrypted file\'s), or a post in the languages read (before: "YajTlibnekreb", "Data Scientist")', async () => {
    const garbled = ['Potato', 'Email:Tlibnerkeb Yaj (Dec 24, 2023 07:29 EST)', 'Tlibnerkeb YajTlibnekreb Jayjberkenbilt@adventhp.comTlibnekreb Q (Dec 24, 2023 07:30 EST)', 'Tlibnekreb QTlibnekreb Qejb@ql.org'];
    expect(await run(await doc(garbled)), 'garbled').toEqual([]);
    const posts = ['Senior Data Scientist', 'Software Engineer', 'Postdoctoral Researcher', 'Junior Softwareentwickler', 'Vanhempi Ohjelmistokehittäjä', 'Forskningsingenjör Doktorand', 'Ingeniero Informático', 'Dottoranda Borsista', 'Promovendus Onderzoeker', 'Doctorante Stagiaire'];
    for (const post of posts) {
      expect(await run(await doc(['Curriculum Vitae', post, 'Tampere, Finland · contact@company.com', ...BODY])), post).toEqual([]);
      expect(await run(await doc([`${post} | contact@company.com`, ...BODY])), `${post} |`).toEqual([]);
    }
  });

  it('a name with a capital inside it, or above a post, is still read', async () => {
    const heads: [string[], string, string][] = [
      [['Pekka Laine', 'Senior Data Scientist', 'pekka.laine@tuni.fi'], 'Pekka Laine', 'pekka.laine@tuni.fi'],
      [['Ewan McDonald', 'ewan.mcdonald@ed.ac.uk'], 'Ewan McDonald', 'ewan.mcdonald@ed.ac.uk'],
      [['Claire LeBlanc | claire.leblanc@umontreal.ca'], 'Claire LeBlanc', 'claire.leblanc@umontreal.ca'],
      [['IJsbrand de Jong', 'i.dejong@uva.nl'], 'IJsbrand de Jong', 'i.dejong@uva.nl'],
    ];
    for (const [head, name, email] of heads) {
      expect(await run(await doc([...head, ...BODY])), head.join(' / ')).toEqual([LAINE.replace(/"Pekka Laine" \(pekka\.laine@tuni\.fi\)/, `"${name}" (${email})`).replace('if Pekka Laine is you', `if ${name} is you`)]);
    }
  });

  it.skipIf(!existsSync(CORPUS))('an encrypted corpus file given as the CV stays quiet (before: headed "Tlibnerkeb YajTlibnekreb")', async () => {
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'plan.pdf': plan, 'manifest.yaml': MANIFEST });
    copyFileSync(join(CORPUS, 'enc-owner-aes128-signed.pdf'), join(dir, 'cv.pdf'));
    const check = await checkManifest(join(dir, 'manifest.yaml'), { today: '2025-10-01' });
    expect(check.diagnostics.filter((d) => d.code === 'file.cv-subject')).toEqual([]);
  });

  it('the bundled example stays quiet', async () => {
    const example = join(__dirname, '../../../examples/aalto-tml/manifest.yaml');
    expect(existsSync(example)).toBe(true);
    const check = await checkManifest(example, { today: '2025-10-01' });
    expect(check.diagnostics.filter((d) => d.code === 'file.cv-subject')).toEqual([]);
  });

  it.skipIf(!existsSync(BENCH))('every benchmark PDF given as the CV stays quiet (skipped when ../shared/bench is absent)', async () => {
    for (const f of readdirSync(BENCH).filter((x) => x.endsWith('.pdf'))) {
      const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'plan.pdf': plan, 'manifest.yaml': MANIFEST });
      copyFileSync(join(BENCH, f), join(dir, 'cv.pdf'));
      const check = await checkManifest(join(dir, 'manifest.yaml'), { today: '2025-10-01' });
      expect(check.diagnostics.filter((d) => d.code === 'file.cv-subject'), f).toEqual([]);
    }
  });
});
