/**
 * Who signed a referee's letter (audit 12-05l #3): a letter signed with the applicant's own name, or by another
 * referee, was built as "Letter from <referee>" and Ready. Letters name the applicant all through their body, and a
 * scan has no text: neither is an alarm.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFString, StandardFonts, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import { checkManifest } from '../../../src/app/check.js';
import { formatDiagnostic } from '../../../src/core/report/diagnostic-line.js';
import { nameParts, signatureLines, signerOf } from '../../../src/core/validate/signer.js';
import { makePdf, makePng, linesPdf } from '../../helpers/make-pdf.js';
import { cli, TEST_PROFILE, workspace } from '../../helpers/workspace.js';

/** One page per entry, each line drawn on its own, as a word processor lays it out. */
const letter = linesPdf;

const BODY = [
  'To the selection committee,',
  'I am pleased to recommend Aino Virtanen for the doctoral position. Aino Virtanen wrote her',
  'MSc thesis at Tampere University; her work was excellent, careful and original.',
  'I recommend Aino Virtanen without reservation.',
];

const HEAD = `profile: ./profile.yaml
applicant: { name: Aino Virtanen, email: aino.virtanen@examples.fi }
items:
  cv: cv.pdf
  bio: { text: "A short bio for the test, long enough to read like a real one." }
  research_plan: plan.pdf
  thesis: { link: "https://examples.fi/thesis.pdf" }
  references:
`;
const MANIFEST = `${HEAD}    - { name: Prof. Mikko Korhonen, email: mikko.korhonen@examples.fi, letter: letter-1.pdf }
    - { name: Dr. Åsa Ødegård, email: asa.odegard@examples.no, letter: letter-2.pdf }
`;

let cv: Uint8Array;
let plan: Uint8Array;
beforeAll(async () => {
  cv = await makePdf({ pages: 2 });
  plan = await makePdf({ pages: 3 });
});

async function run(manifest: string, files: Record<string, Uint8Array>) {
  const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': cv, 'plan.pdf': plan, ...files, 'manifest.yaml': manifest });
  const check = await checkManifest(join(dir, 'manifest.yaml'), { today: '2025-10-01' });
  return check.diagnostics.map((d) => formatDiagnostic(d).replace(check.manifestFile, 'manifest.yaml'));
}

const SELF =
  'manifest.yaml:9:80 error referee.letter-self  letter-1.pdf, the letter from Prof. Mikko Korhonen, is signed "Aino Virtanen": your own name, and Korhonen is named nowhere in it. A reviewer would not take it as Prof. Mikko Korhonen\'s letter.  hint: Give the letter Prof. Mikko Korhonen wrote and signed; if this is the wrong file, give the right one under `letter:`.';
const SWAPPED =
  'manifest.yaml:10:72 warning referee.letter-signer  letter-2.pdf, given as the letter from Dr. Åsa Ødegård, is signed "Prof. Mikko Korhonen", another of your referees, and does not name Ødegård: the letters may be swapped.  hint: Check that each referee\'s `letter:` is the letter that referee wrote: the cover calls this one "Letter from Dr. Åsa Ødegård".';

describe('a referee\'s letter and who signed it', () => {
  it('signed with your own name: an error; signed by another referee: a warning (before: Ready, "Letter from Prof. Mikko Korhonen")', async () => {
    const lines = await run(MANIFEST, {
      'letter-1.pdf': await letter([...BODY, 'Sincerely,', 'Aino Virtanen']),
      'letter-2.pdf': await letter([...BODY, 'Sincerely,', 'Prof. Mikko Korhonen, Tampere University']),
    });
    expect(lines).toEqual([SELF, SWAPPED]);
  });

  it('the closing and the name on one line, a closing in German, Finnish, Swedish or French, a place and date before the name', async () => {
    const ends: [string[], string][] = [
      [['Yours sincerely, Aino Virtanen'], 'Aino Virtanen'],
      [['Mit freundlichen Grüßen', 'Aino Virtanen'], 'Aino Virtanen'],
      [['Ystävällisin terveisin', 'VIRTANEN, Aino'], 'VIRTANEN'],
      [['Med vänlig hälsning,', 'A. Virtanen'], 'A. Virtanen'],
      [['Cordialement,', '', 'Aino Virtanen', 'Tampere, 1 October 2025'], 'Aino Virtanen'],
      [['Kunnioittavasti', 'Tampere 1.10.2025', 'Aino Virtanen'], 'Aino Virtanen'],
    ];
    for (const [end, signed] of ends) {
      const lines = await run(MANIFEST, { 'letter-1.pdf': await letter([...BODY, ...end]), 'letter-2.pdf': await letter([...BODY, 'Sincerely,', 'Åsa Ødegård']) });
      expect(lines, end.join(' / ')).toEqual([SELF.replace('"Aino Virtanen"', `"${signed}"`)]);
    }
  });

  it('no alarm: the referee\'s own signature with titles, initials or accents written otherwise, the applicant named in the body only, a joint letter, a scan, a letter with no signature', async () => {
    const fine = [
      ['Sincerely,', 'Prof. Dr. Korhonen'],
      ['Best regards,', 'M. Korhonen', 'Tampere University'],
      ['Kind regards,', 'Mikko Korhonen, PhD'],
      // Aino's name in the body and his at the top: a letter she is the subject of.
      ['Sincerely,', 'Aino Virtanen (candidate) was reviewed by', 'Mikko Korhonen'],
      ['Sincerely,', 'Mikko Korhonen            Aino Virtanen'],
      // Her name last, his on the letter: the family name is somewhere in it.
      ['Prof. Mikko Korhonen, supervisor', 'Aino Virtanen'],
      // Her name at the end of a letter without a closing: the last words about her, not a signature (names, 12-05 leftover).
      ['Aino Virtanen', '1'],
    ];
    for (const end of fine) {
      const lines = await run(MANIFEST, { 'letter-1.pdf': await letter([...BODY, ...end]), 'letter-2.pdf': await letter([...BODY, 'Respectfully,', 'Asa Odegard']) });
      expect(lines, end.join(' / ')).toEqual([]);
    }
    // A scan (no text), a letter with no name at its end, and the letter of one page signed on a scanned second page.
    const scan = await run(MANIFEST, { 'letter-1.pdf': await makePdf({ text: '' }), 'letter-2.pdf': await letter(BODY) });
    expect(scan.filter((l) => /referee\.letter/.test(l))).toEqual([]);
    const png = await run(MANIFEST.replace('letter-1.pdf', 'letter-1.png'), { 'letter-1.png': makePng(600, 800), 'letter-2.pdf': await letter([...BODY, 'Sincerely,', 'Åsa Ødegård']) });
    expect(png.filter((l) => /referee\.letter/.test(l))).toEqual([]);
    const twoPages = await run(MANIFEST, { 'letter-1.pdf': await letter([...BODY, 'Sincerely,'], []), 'letter-2.pdf': await letter([...BODY, 'Sincerely,', 'Åsa Ødegård']) });
    expect(twoPages.filter((l) => /referee\.letter/.test(l))).toEqual([]);
  });

  it('a letter signed by the referee on its second page is theirs; one signed by you there is not', async () => {
    const theirs = await run(MANIFEST, { 'letter-1.pdf': await letter(BODY, ['Sincerely,', 'Mikko Korhonen']), 'letter-2.pdf': await letter([...BODY, 'Sincerely,', 'Åsa Ødegård']) });
    expect(theirs).toEqual([]);
    const yours = await run(MANIFEST, { 'letter-1.pdf': await letter(BODY, ['Sincerely,', 'Aino Virtanen']), 'letter-2.pdf': await letter([...BODY, 'Sincerely,', 'Åsa Ødegård']) });
    expect(yours).toEqual([SELF]);
  });

  it('referee.letter-file: a `letter:` named after another referee, not its own (before: silent)', async () => {
    const lines = await run(MANIFEST.replace('letter-2.pdf', 'letter-korhonen.pdf'), {
      'letter-1.pdf': await letter([...BODY, 'Sincerely,', 'Mikko Korhonen']),
      'letter-korhonen.pdf': await letter(BODY),
    });
    expect(lines).toEqual([
      'manifest.yaml:10:72 warning referee.letter-file  letter-korhonen.pdf, given as the letter from Dr. Åsa Ødegård, is named after Prof. Mikko Korhonen, another of your referees: the letters may be swapped.  hint: Check that it is Dr. Åsa Ødegård\'s letter: the cover calls it "Letter from Dr. Åsa Ødegård". If it is, nothing to do.',
    ]);
    // Signed by her, or named after both of them: no warning.
    const signed = await run(MANIFEST.replace('letter-2.pdf', 'letter-korhonen.pdf'), { 'letter-1.pdf': await letter(BODY), 'letter-korhonen.pdf': await letter([...BODY, 'Sincerely,', 'Åsa Ødegård']) });
    expect(signed).toEqual([]);
    const both = await run(MANIFEST.replace('letter-2.pdf', 'odegard-korhonen.pdf'), { 'letter-1.pdf': await letter(BODY), 'odegard-korhonen.pdf': await letter([...BODY, 'Oslo']) });
    expect(both).toEqual([]);
  });

  it('a letter given as a bare file: named after a referee by its file name, or numbered, signed by you', async () => {
    const manifest = `${HEAD}    - { name: Prof. Mikko Korhonen, email: mikko.korhonen@examples.fi }\n    - { name: Dr. Åsa Ødegård, email: asa.odegard@examples.no }\n    - letter-korhonen.pdf\n    - letter-3.pdf\n`;
    const lines = await run(manifest, { 'letter-korhonen.pdf': await letter([...BODY, 'Sincerely,', 'Aino Virtanen']), 'letter-3.pdf': await letter([...BODY, 'Yours faithfully,', 'Aino Virtanen']) });
    expect(lines.filter((l) => /referee\.letter/.test(l))).toEqual([
      'manifest.yaml:11:7 error referee.letter-self  letter-korhonen.pdf, the letter from Prof. Mikko Korhonen, is signed "Aino Virtanen": your own name, and Korhonen is named nowhere in it. A reviewer would not take it as Prof. Mikko Korhonen\'s letter.  hint: Give the letter Prof. Mikko Korhonen wrote and signed; if this is the wrong file, give the right one under `letter:`.',
      'manifest.yaml:12:7 error referee.letter-self  letter-3.pdf, one of your letters, is signed "Aino Virtanen": your own name. A reviewer would not take it as a letter of recommendation.  hint: Give the letters your referees wrote and signed, and leave this one out.',
    ]);
  });
});

/**
 * A letter as a referee's office writes it: an image letterhead at the top (the referee's name is in the picture
 * only), `lines` of text, and an image signature after the line `signAfter`, with nothing typed under it.
 */
async function imageLetter(lines: readonly string[], signAfter: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const png = await doc.embedPng(makePng(300, 60));
  const page = doc.addPage([595.28, 841.89]);
  page.drawImage(png, { x: 60, y: 770, width: 300, height: 60 });
  let y = 740;
  for (const line of lines) {
    page.drawText(line, { x: 60, y, size: 11, font });
    y -= 16;
    if (line === signAfter) {
      page.drawImage(png, { x: 60, y: y - 30, width: 150, height: 30 });
      y -= 40;
    }
  }
  return doc.save({ useObjectStreams: false });
}

describe('letters signed by an image, with your name only as their subject (names, 12-05 leftover)', () => {
  const letters: [string, string[], string][] = [
    // English: your name in a footer after the image signature.
    ['footer', ['15 September 2025', 'Re: Recommendation for Aino Virtanen', 'Dear Members of the Selection Committee,', ...BODY.slice(1), 'Sincerely,', 'Aino Virtanen – letter of recommendation, page 1 of 1'], 'Sincerely,'],
    // English: the office's lines after the signature, then a running label with your name.
    ['label', ['Dear colleagues,', ...BODY.slice(1), 'Yours sincerely,', 'Professor of Computer Science', 'Tampere University', 'Aino Virtanen / Reference'], 'Yours sincerely,'],
    // German: "Frau Aino Virtanen" alone on a line of the body, and a closing the reading did not know.
    ['German', ['Gutachten für Frau Aino Virtanen', 'Sehr geehrte Damen und Herren,', 'hiermit empfehle ich', 'Frau Aino Virtanen', 'uneingeschränkt für die Stelle als Doktorandin.', 'Viele Grüße'], 'Viele Grüße'],
    // Finnish: your name as the heading of a short letter, "Kunnioittavasti" as its closing.
    ['Finnish', ['SUOSITUSKIRJE', 'Aino Virtanen', 'Suosittelen lämpimästi Aino Virtasta tohtorikoulutettavaksi.', 'Hän teki diplomityönsä ryhmässäni', 'erinomaisesti ja itsenäisesti.', 'Kunnioittavasti'], 'Kunnioittavasti'],
    // English without a closing: the body's last line wraps to your name.
    ['no closing', ['Dear committee,', 'Her thesis was excellent, careful and original.', 'I recommend without any reservation', 'Aino Virtanen.'], 'Aino Virtanen.'],
  ];

  it('are no error (before: referee.letter-self, signed "Aino Virtanen", exit 1)', async () => {
    const said: string[][] = [];
    for (const [what, lines, signAfter] of letters) {
      said.push([what, ...(await run(MANIFEST, { 'letter-1.pdf': await imageLetter(lines, signAfter), 'letter-2.pdf': await letter([...BODY, 'Sincerely,', 'Åsa Ødegård']) }))]);
    }
    expect(said).toEqual(letters.map(([what]) => [what]));
  });

  it('your typed name under the image signature, or after a place and date, still is', async () => {
    for (const end of [['Sincerely,', 'Aino Virtanen'], ['Mit freundlichen Grüßen', 'Tampere, 1. Oktober 2025', 'Aino Virtanen, MSc']]) {
      const said = await run(MANIFEST, { 'letter-1.pdf': await imageLetter(['Dear committee,', ...BODY.slice(1), ...end], end[0]!), 'letter-2.pdf': await letter([...BODY, 'Sincerely,', 'Åsa Ødegård']) });
      expect(said, end.join(' / ')).toEqual([SELF.replace('"Aino Virtanen"', `"${end[end.length - 1]!.replace(', MSc', '')}"`)]);
    }
  });
});

describe('signerOf', () => {
  const people = ['Aino Virtanen', 'Prof. Mikko Korhonen', 'Dr. Åsa Ødegård', 'Korhonen, Anna'].map((n) => nameParts(n));
  it('reads the name after the closing, titles, initials and accents aside', () => {
    expect(signerOf(['Dear all,\nSincerely,\nProf. Dr. Korhonen\nTampere'], people)?.by).toBe(1);
    expect(signerOf(['x\nMed vänlig hälsning\nÅsa Odegaard'], people)).toBeUndefined();
    expect(signerOf(['x\nMed vänlig hälsning\nASA ØDEGÅRD'], people)?.by).toBe(2);
    expect(signerOf(['x\nKind regards,\nA. Korhonen'], people)?.by).toBe(3);
    expect(signerOf(['x\nKind regards,\nM. Korhonen'], people)?.by).toBe(1);
    // The applicant named in a sentence after the closing, or in the body, signs nothing.
    expect(signerOf(['Aino Virtanen\nSincerely,\nAino Virtanen is the best student I had.'], people)).toBeUndefined();
    expect(signerOf(["x\nSincerely,\nAino Virtanen's supervisor"], people)).toBeUndefined();
  });
});

describe('the commands', () => {
  it('validate says Not ready (exit 1) and build writes nothing, for a letter signed by you', async () => {
    const dir = workspace({
      'profile.yaml': TEST_PROFILE,
      'cv.pdf': cv,
      'plan.pdf': plan,
      'letter-1.pdf': await letter([...BODY, 'Sincerely,', 'Aino Virtanen']),
      'letter-2.pdf': await letter([...BODY, 'Sincerely,', 'Prof. Mikko Korhonen, Tampere University']),
      'manifest.yaml': MANIFEST,
    });
    const v = await cli(['validate', join(dir, 'manifest.yaml'), '--today', '2025-10-01']);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain(SELF.replace('manifest.yaml', join(dir, 'manifest.yaml')));
    const b = await cli(['build', join(dir, 'manifest.yaml'), '-o', join(dir, 'out.pdf'), '--today', '2025-10-01']);
    expect(b.code).toBe(1);
    expect(existsSync(join(dir, 'out.pdf'))).toBe(false);
  });
});

describe('a letter signed by someone who is neither you nor a referee (audit 12-06d #1)', () => {
  const STRANGER =
    'manifest.yaml:9:80 warning referee.letter-stranger  letter-1.pdf, given as the letter from Prof. Mikko Korhonen, is signed "Jane Smith", who is not one of your referees, and does not name Korhonen: is it the right letter?  hint: The cover calls it "Letter from Prof. Mikko Korhonen". If Jane Smith wrote it, give it under a referee entry for Jane Smith, and give Prof. Mikko Korhonen\'s own letter here; if it is Prof. Mikko Korhonen\'s letter, nothing to do.';
  const odegard = async () => letter([...BODY, 'Sincerely,', 'Åsa Ødegård']);

  it('is a warning, and the packet still Ready (before: silent, "Letter from Prof. Mikko Korhonen" over it)', async () => {
    const ends: [string[], string][] = [
      [['Sincerely,', 'Jane Smith', 'Professor of Computer Science'], 'Jane Smith'],
      [['Yours sincerely, Dr. Jane Smith, University of Oslo'], 'Dr. Jane Smith'],
      [['Mit freundlichen Grüßen', 'München, 1. Oktober 2025', 'Prof. Dr. Hans-Peter Schäfer'], 'Prof. Dr. Hans-Peter Schäfer'],
      [['Cordialement,', 'Marie DUPONT'], 'Marie DUPONT'],
      [['Kunnioittavasti', 'J. Smith'], 'J. Smith'],
    ];
    for (const [end, signed] of ends) {
      const lines = await run(MANIFEST, { 'letter-1.pdf': await letter([...BODY, ...end]), 'letter-2.pdf': await odegard() });
      expect(lines, end.join(' / ')).toEqual([STRANGER.replaceAll('Jane Smith', signed)]);
    }
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': cv, 'plan.pdf': plan, 'letter-1.pdf': await letter([...BODY, 'Sincerely,', 'Jane Smith']), 'letter-2.pdf': await odegard(), 'manifest.yaml': MANIFEST });
    const v = await cli(['validate', join(dir, 'manifest.yaml'), '--today', '2025-10-01']);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain(STRANGER.replace('manifest.yaml', join(dir, 'manifest.yaml')));
  });

  it('no alarm on genuine letters: the referee named anywhere (letterhead, signature, any spelling), or no name after the closing', async () => {
    const fine: [string, string[]][] = [
      // The referee's name in the letterhead only, a colleague co-signing.
      ['letterhead', ['Tampere University, Faculty of Information Technology', 'Prof. Mikko Korhonen', ...BODY, 'Sincerely,', 'Jane Smith']],
      // Given name only, order reversed, initials and capitals.
      ['given name', [...BODY, 'Best regards,', 'Mikko (Dept. of Computing)', 'Jane Smith']],
      ['capitals', ['KORHONEN, MIKKO – TAMPERE UNIVERSITY', ...BODY, 'Sincerely,', 'Jane Smith']],
      // An image signature, then a title, a university, a role, a field: no name.
      ['title', [...BODY, 'Sincerely,', 'Professor of Computer Science', 'Tampere University']],
      ['university', [...BODY, 'Kind regards,', 'Tampere University']],
      ['field', [...BODY, 'Yours faithfully,', 'Computer Science Department']],
      ['committee', [...BODY, 'Respectfully submitted,', 'The Selection Committee']],
      ['Finnish', [...BODY, 'Ystävällisin terveisin', 'Professori, Tampereen yliopisto']],
      ['German', [...BODY, 'Mit freundlichen Grüßen', 'Lehrstuhl für Informatik']],
      ['French', [...BODY, 'Veuillez agréer, Madame, Monsieur, mes salutations distinguées.', 'Professeure des Universités']],
      ['Swedish', [...BODY, 'Med vänlig hälsning', 'Stockholm, 1 oktober 2025']],
      // A line of the body that starts with a closing's word.
      ['body', [...BODY.slice(0, 2), 'Regards to her thesis, Jane Smith and I agree.', BODY[3]!]],
      // No closing: the last lines may be anything.
      ['no closing', [...BODY, 'Jane Smith']],
    ];
    for (const [what, lines] of fine) {
      const said = await run(MANIFEST, { 'letter-1.pdf': await letter(lines), 'letter-2.pdf': await odegard() });
      expect(said, what).toEqual([]);
    }
  });

  it('no alarm on genuine German, French and Finnish letters with letterheads, the name written another way', async () => {
    const people = (name: string, email: string, end: string[], head: string[]) => [
      `${HEAD}    - { name: "${name}", email: ${email}, letter: letter-1.pdf }\n    - { name: Dr. Åsa Ødegård, email: asa.odegard@examples.no, letter: letter-2.pdf }\n`,
      [...head, ...BODY, ...end],
    ] as const;
    const letters = [
      people('Prof. Dr. Klaus Müller-Lüdenscheidt', 'k.mueller@examples.de', ['Mit freundlichen Grüßen', 'Prof. Dr. Klaus Mueller-Luedenscheidt', 'Lehrstuhlinhaber'], ['Technische Universität München', 'Lehrstuhl für Informatik', 'Prof. Dr. K. Müller-Lüdenscheidt']),
      people('Klaus Müller', 'k.mueller@examples.de', ['Mit freundlichen Grüßen', 'Prof. Dr.-Ing. K. Mueller'], ['Universität Stuttgart']),
      people('Marie-Claire de La Fontaine', 'mc.delafontaine@examples.fr', ['Veuillez agréer, Madame, Monsieur, mes salutations distinguées.', 'M.-C. de La Fontaine', 'Professeure des Universités'], ['Université Paris-Saclay', 'Laboratoire de Recherche en Informatique']),
      people('Prof. Antti Virtanen', 'antti.virtanen@examples.fi', ['Ystävällisin terveisin', 'Antti Virtanen', 'Professori'], ['TAMPEREEN YLIOPISTO', 'Informaatioteknologian ja viestinnän tiedekunta']),
      people('Dr. Pekka Ylä-Anttila', 'pekka.yla-anttila@examples.fi', ['Kunnioittavasti', 'Helsinki 1.10.2025', 'Pekka Yla-Anttila', 'Yliopistonlehtori'], ['Helsingin yliopisto']),
      people('Zhang Wei', 'wei.zhang@examples.cn', ['Sincerely,', 'Prof. Wei ZHANG', 'Tsinghua University'], []),
    ];
    for (const [manifest, lines] of letters) {
      const said = await run(manifest, { 'letter-1.pdf': await letter(lines), 'letter-2.pdf': await odegard() });
      expect(said, lines.at(-1)).toEqual([]);
    }
  });

  it('a referee named in another script is not judged against a Latin signature', async () => {
    const manifest = `${HEAD}    - { name: 王小明, email: xm.wang@examples.cn, letter: letter-1.pdf }\n`;
    const said = await run(manifest, { 'letter-1.pdf': await letter([...BODY, 'Sincerely,', 'Xiaoming Wang']) });
    expect(said.filter((l) => /letter-stranger/.test(l))).toEqual([]);
  });
});

describe('double family names, particles and initials, in all three checks (audit 12-06d #1 rest)', () => {
  const REFS = `${HEAD}    - { name: Prof. Mikko Korhonen, email: mikko.korhonen@examples.fi, letter: letter-1.pdf }
    - { name: Prof. Anna Müller-Lüdenscheidt, email: a.mueller@examples.de, letter: letter-2.pdf }
    - { name: Dr. Jan-Willem van der Berg, email: j.w.vanderberg@examples.nl, letter: letter-3.pdf }
    - { name: Prof. María de la Cruz, email: maria.delacruz@examples.es, letter: letter-4.pdf }
`;
  const own = {
    'letter-2.pdf': () => letter([...BODY, 'Mit freundlichen Grüßen', 'Anna Müller-Lüdenscheidt']),
    'letter-3.pdf': () => letter([...BODY, 'Met vriendelijke groet,', 'J.-W. van der Berg']),
    'letter-4.pdf': () => letter([...BODY, 'Atentamente,', 'María de la Cruz']),
  };
  const files = async (changed: Record<string, Uint8Array>) => ({ 'letter-1.pdf': await letter([...BODY, 'Sincerely,', 'Mikko Korhonen']), 'letter-2.pdf': await own['letter-2.pdf'](), 'letter-3.pdf': await own['letter-3.pdf'](), 'letter-4.pdf': await own['letter-4.pdf'](), ...changed });
  // Four referees where the posting asks for two or three: item.count, not what is tested here.
  const letterLines = (said: string[]) => said.filter((l) => /referee\.letter/.test(l));
  const signer = (file: string, line: number, col: number, name: string, signed: string, family: string) =>
    `manifest.yaml:${line}:${col} warning referee.letter-signer  ${file}, given as the letter from ${name}, is signed "${signed}", another of your referees, and does not name ${family}: the letters may be swapped.  hint: Check that each referee's \`letter:\` is the letter that referee wrote: the cover calls this one "Letter from ${name}".`;

  it('a letter signed by a referee of a double family name, by a particle name or with initials is a swap (before: letter-stranger or silent)', async () => {
    const swaps: [string[], string][] = [
      [['Mit freundlichen Grüßen', 'A. Müller-Lüdenscheidt'], 'A. Müller-Lüdenscheidt'],
      [['Mit freundlichen Grüßen', 'Anna Müller'], 'Anna Müller'],
      [['Mit freundlichen Grüßen', 'Prof. Dr. Anna Mueller-Luedenscheidt', 'TU München'], 'Prof. Dr. Anna Mueller-Luedenscheidt'],
      [['Kind regards,', 'Anna Müller Lüdenscheidt'], 'Anna Müller Lüdenscheidt'],
      [['Best regards,', 'J.-W. van der Berg'], 'J.-W. van der Berg'],
      [['Best regards,', 'Jan-Willem Van Der Berg, Universiteit Utrecht'], 'Jan-Willem Van Der Berg'],
      [['Atentamente,', 'M. de la Cruz'], 'M. de la Cruz'],
    ];
    for (const [end, signed] of swaps) {
      const said = letterLines(await run(REFS, await files({ 'letter-1.pdf': await letter([...BODY, ...end]) })));
      expect(said, signed).toEqual([signer('letter-1.pdf', 9, 80, 'Prof. Mikko Korhonen', signed, 'Korhonen')]);
    }
    // A `letter:` named after her, under him: referee.letter-file, as for a single name.
    const file = letterLines(await run(REFS.replace('letter-1.pdf', 'letter-mueller-luedenscheidt.pdf'), await files({ 'letter-mueller-luedenscheidt.pdf': await letter(BODY) })));
    expect(file).toEqual([
      'manifest.yaml:9:80 warning referee.letter-file  letter-mueller-luedenscheidt.pdf, given as the letter from Prof. Mikko Korhonen, is named after Prof. Anna Müller-Lüdenscheidt, another of your referees: the letters may be swapped.  hint: Check that it is Prof. Mikko Korhonen\'s letter: the cover calls it "Letter from Prof. Mikko Korhonen". If it is, nothing to do.',
    ]);
  });

  it('the message names the whole family name, particles and both halves', async () => {
    const said = letterLines(await run(REFS, await files({ 'letter-2.pdf': await letter([...BODY, 'Best regards,', 'Mikko Korhonen']), 'letter-3.pdf': await letter([...BODY, 'Sincerely,', 'Prof. Mikko Korhonen']), 'letter-4.pdf': await letter([...BODY, 'Sincerely,', 'M. Korhonen']) })));
    expect(said).toEqual([
      signer('letter-2.pdf', 10, 85, 'Prof. Anna Müller-Lüdenscheidt', 'Mikko Korhonen', 'Müller-Lüdenscheidt'),
      signer('letter-3.pdf', 11, 87, 'Dr. Jan-Willem van der Berg', 'Prof. Mikko Korhonen', 'van der Berg'),
      signer('letter-4.pdf', 12, 82, 'Prof. María de la Cruz', 'M. Korhonen', 'de la Cruz'),
    ]);
  });

  it('no alarm on their genuine letters: named in the letterhead by either half, co-signed by another referee, signed in any spelling', async () => {
    const fine: Record<string, string[]>[] = [
      // Named in the letterhead, co-signed by a colleague who is another referee (before: letter-signer).
      { 'letter-2.pdf': ['Prof. Dr. Anna Müller-Lüdenscheidt', 'Lehrstuhl für Informatik', ...BODY, 'Mit freundlichen Grüßen', 'Mikko Korhonen'] },
      { 'letter-2.pdf': ['Lehrstuhl Müller', ...BODY, 'Mit freundlichen Grüßen', 'Mikko Korhonen'] },
      { 'letter-3.pdf': ['Vakgroep Informatica, J.W. van der Berg', ...BODY, 'Sincerely,', 'Mikko Korhonen'] },
      // Their own signature, any spelling.
      { 'letter-2.pdf': [...BODY, 'Mit freundlichen Grüßen', 'Prof. Dr. A. Mueller-Luedenscheidt'] },
      { 'letter-2.pdf': [...BODY, 'Mit freundlichen Grüßen', 'Anna Müller'] },
      { 'letter-3.pdf': [...BODY, 'Sincerely,', 'Jan-Willem Van der Berg'] },
      { 'letter-3.pdf': [...BODY, 'Sincerely,', 'J.W. Berg'] },
      { 'letter-4.pdf': [...BODY, 'Atentamente,', 'Prof. Dra. María De La Cruz'] },
      // Another Müller, not a referee: undecided, quiet.
      { 'letter-1.pdf': ['Prof. Mikko Korhonen', ...BODY, 'Sincerely,', 'A. Müller'] },
    ];
    for (const changed of fine) {
      const pdfs = Object.fromEntries(await Promise.all(Object.entries(changed).map(async ([f, l]) => [f, await letter(l)] as const)));
      expect(letterLines(await run(REFS, await files(pdfs))), JSON.stringify(changed)).toEqual([]);
    }
  });

  it('your own double name after the closing is your signature (before: Ready)', async () => {
    const manifest = MANIFEST.replace('name: Aino Virtanen', 'name: Aino Müller-Virtanen');
    for (const signed of ['Aino Müller-Virtanen', 'A. Müller-Virtanen']) {
      const said = await run(manifest, { 'letter-1.pdf': await letter([...BODY, 'Sincerely,', signed]), 'letter-2.pdf': await letter([...BODY, 'Sincerely,', 'Åsa Ødegård']) });
      expect(said, signed).toEqual([SELF.replace('"Aino Virtanen"', `"${signed}"`)]);
    }
  });
});

describe('the closing: a line of its own, or a closing and a name (audit 12-06d #1 rest)', () => {
  // Ten lines of the body after `lines`: the letter's last lines are far from them.
  const more = Array.from({ length: 10 }, (_, i) => `Her work in the ${i + 1}. term was careful, original and well written up.`);
  // Her letter, her name in an image letterhead only, signed by an image: its text names no Ødegård.
  const hers = (lines: string[]) => imageLetter(['Dear committee,', ...BODY.slice(1, 3), ...lines, ...more], more.at(-1)!);

  it('a line of the body that starts with a closing\'s word is no closing (before: referee.letter-signer on a genuine letter)', async () => {
    const bodies = [
      ['Regards to her stay in Tampere, hosted by', 'Mikko Korhonen, I can say it went very well.'],
      ['Sincerely, I hope that the work she began with', 'Prof. Mikko Korhonen, in Tampere, will go on.'],
      ['Best wishes of her group went with her; as', 'Mikko Korhonen, her supervisor, wrote to me, she is ready.'],
    ];
    for (const body of bodies) {
      const said = await run(MANIFEST, { 'letter-1.pdf': await letter([...BODY, 'Sincerely,', 'Mikko Korhonen']), 'letter-2.pdf': await hers(body) });
      expect(said, body[0]).toEqual([]);
    }
  });

  it('a closing with a place, or a French closing sentence, is one: the signature after it is read (before: French ones were not)', async () => {
    const ends: [string[], string][] = [
      [['Best regards from Oslo,', 'Aino Virtanen'], 'Aino Virtanen'],
      [['Mit freundlichen Grüßen aus Tampere', 'Aino Virtanen'], 'Aino Virtanen'],
      [['Veuillez agréer, Madame, Monsieur, mes salutations distinguées.', 'Aino Virtanen'], 'Aino Virtanen'],
      [["Je vous prie d'agréer, Madame, Monsieur, l'expression de mes", 'sentiments distingués.', 'Aino Virtanen'], 'Aino Virtanen'],
      [['Sincerely, Aino Virtanen'], 'Aino Virtanen'],
      [['Regards, Aino VIRTANEN, MSc'], 'Aino VIRTANEN'],
    ];
    for (const [end, signed] of ends) {
      const said = await run(MANIFEST, { 'letter-1.pdf': await letter([...BODY, ...end]), 'letter-2.pdf': await letter([...BODY, 'Sincerely,', 'Åsa Ødegård']) });
      expect(said, end.join(' / ')).toEqual([SELF.replace('"Aino Virtanen"', `"${signed}"`)]);
    }
    // A post typed under an image signature is no stranger's name.
    for (const post of ['Maître de Conférences', 'Chargée de Recherche', 'Profesora Titular', 'Wissenschaftlicher Mitarbeiter']) {
      const said = await run(MANIFEST, { 'letter-1.pdf': await letter([...BODY, 'Veuillez agréer, Madame, Monsieur, mes salutations distinguées.', post, 'Université de Lille']), 'letter-2.pdf': await letter([...BODY, 'Sincerely,', 'Åsa Ødegård']) });
      expect(said, post).toEqual([]);
    }
    const stranger = await run(MANIFEST, { 'letter-1.pdf': await letter([...BODY, 'Veuillez agréer, Madame, Monsieur, mes salutations distinguées.', 'Jean Dupont', 'Professeur des Universités']), 'letter-2.pdf': await letter([...BODY, 'Sincerely,', 'Åsa Ødegård']) });
    expect(stranger.map((l) => l.split('  ')[0])).toEqual(['manifest.yaml:9:80 warning referee.letter-stranger']);
  });

  it('signatureLines', () => {
    expect(signatureLines(['x\nRegards to his work on proofs, I can say\nMikko Korhonen, my colleague, agrees.\nThank you.'])).toEqual({ lines: ['Regards to his work on proofs, I can say', 'Mikko Korhonen, my colleague, agrees.', 'Thank you.'], closed: false });
    expect(signatureLines(['x\nYours sincerely, Prof. Dr.-Ing. K. Mueller, TU München\nLehrstuhl'])).toEqual({ lines: ['Prof. Dr.-Ing. K. Mueller, TU München', 'Lehrstuhl'], closed: true });
    expect(signatureLines(['x\nYstävällisin terveisin,\n\nAnna'])).toEqual({ lines: ['Anna'], closed: true });
  });
});

describe('a letter that recommends somebody else (audit 12-06h #3)', () => {
  const LAINE = [
    'Tampere, 3 November 2025',
    'Letter of recommendation for Mr. Pekka Laine',
    'It is my pleasure to recommend Mr. Pekka Laine for the doctoral position at Aalto University.',
    'Pekka wrote his MSc thesis under my supervision on differential privacy for graph neural networks.',
    'He is among the strongest students I have supervised. Pekka has my strongest recommendation.',
  ];
  const SUBJECT =
    'manifest.yaml:9:80 warning referee.letter-subject  letter-1.pdf, given as the letter from Prof. Mikko Korhonen, recommends "Pekka Laine", not you: is it the right letter?  hint: Ask Prof. Mikko Korhonen for the letter written for you, and give it under `letter:`; if this is that letter, nothing to do.';
  const odegard = async () => letter([...BODY, 'Sincerely,', 'Åsa Ødegård']);

  it('is a warning, and the packet still Ready (before: silent, "Letter from Prof. Mikko Korhonen" over it)', async () => {
    const lines = await run(MANIFEST, { 'letter-1.pdf': await letter([...LAINE, 'Sincerely,', 'Prof. Mikko Korhonen']), 'letter-2.pdf': await odegard() });
    expect(lines).toEqual([SUBJECT]);
    const openings: [string, string][] = [
      ['I recommend Ms. Liisa Mäkelä to your committee.', 'Liisa Mäkelä'],
      ['This is a reference for Pekka Laine, who applies to your programme.', 'Pekka Laine'],
      ['Empfehlungsschreiben für Herrn Pekka Laine', 'Pekka Laine'],
      ['Suosittelen Pekka Laine:tä lämpimästi tohtorikoulutettavaksi.', 'Pekka Laine'],
      ['Recommendation for Dr. John Smith as a postdoctoral researcher.', 'John Smith'],
    ];
    for (const [opening, subject] of openings) {
      const got = await run(MANIFEST, { 'letter-1.pdf': await letter([opening, 'He is excellent.', 'Sincerely,', 'Mikko Korhonen']), 'letter-2.pdf': await odegard() });
      expect(got, opening).toEqual([SUBJECT.replace('Pekka Laine', subject)]);
    }
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': cv, 'plan.pdf': plan, 'letter-1.pdf': await letter([...LAINE, 'Sincerely,', 'Mikko Korhonen']), 'letter-2.pdf': await odegard(), 'manifest.yaml': MANIFEST });
    const v = await cli(['validate', join(dir, 'manifest.yaml'), '--today', '2025-10-01']);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain(SUBJECT.replace('manifest.yaml', join(dir, 'manifest.yaml')));
  });

  it('a numbered letter about somebody else', async () => {
    const manifest = `${HEAD}    - { name: Prof. Mikko Korhonen, email: mikko.korhonen@examples.fi }\n    - letter-3.pdf\n`;
    const lines = await run(manifest, { 'letter-3.pdf': await letter([...LAINE, 'Sincerely,', 'Mikko Korhonen']) });
    expect(lines.filter((l) => /referee\.letter/.test(l))).toEqual([
      'manifest.yaml:10:7 warning referee.letter-subject  letter-3.pdf, one of your letters, recommends "Pekka Laine", not you: is it the right letter?  hint: Ask the referee for the letter written for you, and give it here; if this is that letter, nothing to do.',
    ]);
  });

  it('no alarm on letters about you: "recommend him for", your own name, your family name once, a referee or a post after "recommend"', async () => {
    const fine: [string, string[]][] = [
      ['him', ['I am glad to recommend him for the doctoral position.', 'Pekka Laine, my colleague, agrees.']],
      ['your name', ['Letter of recommendation for Ms. Aino Virtanen', 'I recommend Aino Virtanen without reservation.']],
      ['family name once', [...LAINE, 'P.S. Ms. Virtanen asked me to send this.']],
      ['a referee', ['I recommend Dr. Åsa Ødegård as a co-supervisor, and her student too.']],
      ['a post', ['Letter of Recommendation for Doctoral Position', 'I recommend the candidate for it.']],
    ];
    for (const [what, body] of fine) {
      const lines = await run(MANIFEST, { 'letter-1.pdf': await letter([...body, 'Sincerely,', 'Mikko Korhonen']), 'letter-2.pdf': await odegard() });
      expect(lines, what).toEqual([]);
    }
  });

  it('audit 21 #7: the name wherever it stands in an English recommending sentence: at its end, before a comma, "with", "without", "has my ... recommendation", "in support of" (before: only before "for", "to", "as")', async () => {
    const openings = [
      'I highly recommend Pekka Laine.',
      'I recommend Pekka Laine without reservation.',
      'I recommend Pekka Laine, my former student.',
      'I can recommend Pekka Laine with enthusiasm.',
      'Pekka Laine has my highest recommendation for the doctoral position.',
      "I write in support of Pekka Laine's application to the doctoral position.",
    ];
    for (const opening of openings) {
      const got = await run(MANIFEST, { 'letter-1.pdf': await letter([opening, 'The thesis was the best of its year.', 'Sincerely,', 'Mikko Korhonen']), 'letter-2.pdf': await odegard() });
      expect(got, opening).toEqual([SUBJECT]);
    }
    // Your name, or a referee's own, in the same sentences is no alarm.
    for (const body of ['I highly recommend Aino Virtanen.', 'Aino Virtanen has my highest recommendation.', 'I write in support of Dr. Åsa Ødegård, her co-supervisor, and her student.']) {
      const got = await run(MANIFEST, { 'letter-1.pdf': await letter([body, 'The thesis was the best of its year.', 'Sincerely,', 'Mikko Korhonen']), 'letter-2.pdf': await odegard() });
      expect(got, body).toEqual([]);
    }
  });

  it('prod36c: "letter of support for", "support letter for" and "in strong support of the application of" name whom a letter is about (before: no line)', async () => {
    for (const opening of ['Letter of support for Pekka Laine', 'Support letter for Mr. Pekka Laine', 'I write in strong support of the application of Pekka Laine to the doctoral position.', 'I am writing in support of the candidacy of Dr. Pekka Laine.']) {
      const got = await run(MANIFEST, { 'letter-1.pdf': await letter([opening, 'The thesis was the best of its year.', 'Sincerely,', 'Mikko Korhonen']), 'letter-2.pdf': await odegard() });
      expect(got, opening).toEqual([SUBJECT]);
    }
    // Your name after them, or a thing supported, is no alarm.
    for (const body of ['Letter of support for Aino Virtanen', 'I write in strong support of the application of Aino Virtanen.', 'Letter of Support for Doctoral Position']) {
      const got = await run(MANIFEST, { 'letter-1.pdf': await letter([body, 'The thesis was the best of its year.', 'Sincerely,', 'Mikko Korhonen']), 'letter-2.pdf': await odegard() });
      expect(got, body).toEqual([]);
    }
  });

  it('prod38b: a programme or a scheme supported ("Horizon Europe funding", "Marie Curie Fellowship") is no person (before: a warning that the letter recommends "Horizon Europe")', async () => {
    for (const opening of ['Letter of support for Horizon Europe funding', 'I am writing in strong support of Horizon Europe funding for her project.', 'Letter of support for Marie Curie Fellowship', 'Letter of support for Kone Call 2026']) {
      const got = await run(MANIFEST, { 'letter-1.pdf': await letter([opening, 'She has my full support; her thesis was the best of its year.', 'Sincerely,', 'Mikko Korhonen']), 'letter-2.pdf': await odegard() });
      expect(got, opening).toEqual([]);
    }
    // A person supported, their application after their name, still is one.
    const person = await run(MANIFEST, { 'letter-1.pdf': await letter(["I write in support of Pekka Laine's application.", 'The thesis was the best of its year.', 'Sincerely,', 'Mikko Korhonen']), 'letter-2.pdf': await odegard() });
    expect(person).toEqual([SUBJECT]);
  });

  it('in French, Spanish, Italian, Swedish, Dutch and Finnish too (before: English, German and "suosittelen X Y:tä" only)', async () => {
    const openings: [string, string][] = [
      ['Je recommande vivement M. Pekka Laine, qui a préparé sa thèse sous ma direction.', 'Pekka Laine'],
      ["C'est avec plaisir que je souhaite recommander Mme Liisa Mäkelä.", 'Liisa Mäkelä'],
      ['Je recommande Pekka Laine pour le poste de doctorant.', 'Pekka Laine'],
      ['Lettre de recommandation pour Pekka Laine', 'Pekka Laine'],
      ['Es un placer recomendar a Pekka Laine para el puesto.', 'Pekka Laine'],
      ['Recomiendo ampliamente a la Dra. Liisa Mäkelä.', 'Liisa Mäkelä'],
      ['Carta de recomendación para Pekka Laine', 'Pekka Laine'],
      ['Desidero raccomandare Pekka Laine per la posizione.', 'Pekka Laine'],
      ['Raccomando vivamente il Dott. Pekka Laine.', 'Pekka Laine'],
      ['Lettera di referenza per Pekka Laine', 'Pekka Laine'],
      ['Lettera di raccomandazione per la dott.ssa Liisa Mäkelä', 'Liisa Mäkelä'],
      ['Jag vill varmt rekommendera Pekka Laine för tjänsten.', 'Pekka Laine'],
      ['Rekommendationsbrev för Pekka Laine', 'Pekka Laine'],
      ['Ik wil Jan de Vries van harte aanbevelen voor deze functie.', 'Jan de Vries'],
      ['Graag beveel ik Pekka Laine van harte aan.', 'Pekka Laine'],
      ['Aanbevelingsbrief voor Pekka Laine', 'Pekka Laine'],
      ['Suosittelen lämpimästi Liisa Mäkelä:ä tehtävään.', 'Liisa Mäkelä'],
      ['Suosituskirje Pekka Laine:lle', 'Pekka Laine'],
    ];
    for (const [opening, subject] of openings) {
      const got = await run(MANIFEST, { 'letter-1.pdf': await letter([opening, 'Il est excellent.', 'Sincerely,', 'Mikko Korhonen']), 'letter-2.pdf': await odegard() });
      expect(got, opening).toEqual([SUBJECT.replace('Pekka Laine', subject)]);
    }
    // About you, a pronoun, a post, or one of your referees: no alarm.
    const fine = [
      'Je recommande vivement sa candidature pour le poste.',
      'Lettre de recommandation pour le Poste Doctoral',
      'Je recommande Mme Aino Virtanen sans réserve.',
      'Es un placer recomendar a la candidata para el puesto.',
      'Carta de recomendación para el Puesto Doctoral',
      'Raccomando vivamente la candidata senza riserve.',
      'Lettera di referenza per la Posizione Dottorale',
      'Jag rekommenderar henne varmt för tjänsten.',
      'Ik kan haar van harte aanbevelen voor deze functie.',
      'Aanbevelingsbrief voor de Functie',
      'Ik wil Åsa Ødegård van harte aanbevelen als co-promotor.',
      'Suosittelen häntä lämpimästi tehtävään.',
      'Suosituskirje tohtorikoulutettavaksi',
    ];
    for (const opening of fine) {
      const got = await run(MANIFEST, { 'letter-1.pdf': await letter([opening, 'Sincerely,', 'Mikko Korhonen']), 'letter-2.pdf': await odegard() });
      expect(got, opening).toEqual([]);
    }
  });

  it('names of three words or more, and Finnish names in a case without a colon (before: silent, or the name cut to two words)', async () => {
    const openings: [string, string][] = [
      ['I am glad to recommend Anna Maria Svensson for the doctoral position.', 'Anna Maria Svensson'],
      ['It is my pleasure to recommend Ms. Nguyen Thi Minh Anh for the doctoral position.', 'Nguyen Thi Minh Anh'],
      ['Letter of recommendation for Maria del Carmen Ruiz Gómez', 'Maria del Carmen Ruiz Gómez'],
      ['Es un placer recomendar a María del Carmen Ruiz Gómez para el puesto.', 'María del Carmen Ruiz Gómez'],
      ['Ik wil Anna Maria de Vries van harte aanbevelen voor deze functie.', 'Anna Maria de Vries'],
      ['Suosittelen Pekka Lainetta lämpimästi tohtorikoulutettavaksi.', 'Pekka Lainetta'],
      ['Suosittelen lämpimästi Liisa Mäkelää tehtävään.', 'Liisa Mäkelää'],
      ['Tuen täysin Pekka Laineen hakemusta tehtävään.', 'Pekka Laineen'],
      ['Puollan Liisan Mäkelän hakemusta.', 'Liisan Mäkelän'],
      ['Suosituskirje Pekka Laineelle', 'Pekka Laineelle'],
    ];
    for (const [opening, subject] of openings) {
      const got = await run(MANIFEST, { 'letter-1.pdf': await letter([opening, 'He is excellent.', 'Sincerely,', 'Mikko Korhonen']), 'letter-2.pdf': await odegard() });
      expect(got, opening).toEqual([SUBJECT.replace('Pekka Laine', subject)]);
    }
    // A heading's name stops at its line's end, and at a word no name has.
    const heading = await run(MANIFEST, { 'letter-1.pdf': await letter(['Recommendation for Pekka Laine To The Committee', 'Pekka Laine', 'is excellent.', 'Sincerely,', 'Mikko Korhonen']), 'letter-2.pdf': await odegard() });
    expect(heading).toEqual([SUBJECT]);
  });

  it('no alarm on a letter about you that writes your name in these shapes, or in a case ("Lainetta", "Virtasen", "Müllers")', async () => {
    const own: [string, string[]][] = [
      ['Pekka Laine', ['Suosittelen Pekka Lainetta lämpimästi tehtävään.', 'Pekka Laineen hakemus on erinomainen.']],
      ['Anna Virtanen', ['Puollan Annan Virtasen hakemusta.', 'Suosittelen häntä lämpimästi.']],
      ['Liisa Mäkelä', ['Suosittelen lämpimästi Liisa Mäkelää tehtävään.']],
      ['Liisa Mäkelä', ['Suosituskirje Liisa Mäkelälle', 'Liisan työ on erinomaista.']],
      ['Nguyen Thi Minh Anh', ['It is my pleasure to recommend Ms. Nguyen Thi Minh Anh for the doctoral position.']],
      ['Anh Nguyen', ['It is my pleasure to recommend Ms. Nguyen Thi Minh Anh for the doctoral position.']],
      ['Maria del Carmen Ruiz Gómez', ['Es un placer recomendar a María del Carmen para el puesto.']],
      ['Carmen Ruiz', ['Es un placer recomendar a María del Carmen Ruiz Gómez para el puesto.']],
      ['Jan van der Berg', ['Ik wil Jan van den Berg van harte aanbevelen.']],
      ['Anna Maria Svensson', ['I am glad to recommend Anna-Maria Svensson for the doctoral position.']],
      ['Anna Müller', ['Frau Müllers Dissertation ist ausgezeichnet.', 'Empfehlungsschreiben für Frau Dr. Anna Müllers Bewerbung']],
    ];
    for (const [name, body] of own) {
      const manifest = MANIFEST.replace('Aino Virtanen, email: aino.virtanen@examples.fi', `${name}, email: applicant@examples.fi`);
      const got = await run(manifest, { 'letter-1.pdf': await letter([...body, 'Sincerely,', 'Mikko Korhonen']), 'letter-2.pdf': await odegard() });
      expect(got.filter((l) => l.includes('referee.letter-subject  letter-1.pdf')), `${name}: ${body[0]}`).toEqual([]);
    }
    // A university inflected, before "hakemus" or after "suosittelen", is no one's name.
    const university = await run(MANIFEST, { 'letter-1.pdf': await letter(['Tampereen Yliopiston hakemusohjeiden mukaisesti suosittelen häntä.', 'Suosittelen Tampereen Yliopistoa.', 'Sincerely,', 'Mikko Korhonen']), 'letter-2.pdf': await odegard() });
    expect(university).toEqual([]);
  });

  it('the bundled example stays quiet', async () => {
    const example = join(__dirname, '../../../examples/aalto-tml/manifest.yaml');
    expect(existsSync(example)).toBe(true);
    const check = await checkManifest(example, { today: '2025-10-01' });
    expect(check.diagnostics.filter((d) => d.code === 'referee.letter-subject')).toEqual([]);
  });
});

describe('a referee\'s form filled in for somebody else (audit 18 #8)', () => {
  const ASSESSMENT = 'I have known Pekka Laine for three years as the supervisor of his MSc thesis. I recommend him without reservation for the doctoral position.';
  const SUBJECT =
    'manifest.yaml:9:80 warning referee.letter-subject  letter-1.pdf, given as the letter from Prof. Mikko Korhonen, recommends "Pekka Laine", not you: is it the right letter?  hint: Ask Prof. Mikko Korhonen for the letter written for you, and give it under `letter:`; if this is that letter, nothing to do.';
  /** A reference form: each label drawn on the page, its value in a text field beside it (`tooltip` given to the first). */
  async function form(fields: [label: string, name: string, value: string][], tooltip?: string): Promise<Uint8Array> {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    const pdfForm = doc.getForm();
    page.drawText('Confidential reference form: Doctoral Researcher', { x: 60, y: 790, size: 10, font });
    for (const [i, [label, name, value]] of fields.entries()) {
      page.drawText(label, { x: 60, y: 760 - i * 40, size: 10, font });
      const field = pdfForm.createTextField(name);
      field.enableMultiline();
      field.setText(value);
      field.addToPage(page, { x: 200, y: 750 - i * 40, width: 340, height: 30, font });
      if (i === 0 && tooltip) field.acroField.dict.set(PDFName.of('TU'), PDFString.of(tooltip));
    }
    return doc.save();
  }
  const odegard = async () => letter([...BODY, 'Sincerely,', 'Åsa Ødegård']);
  const letters = (lines: string[]) => lines.filter((l) => l.includes('referee.letter'));

  it('its field "applicant", or a field labelled "Name of candidate" by its tooltip, names another: a warning (before: Ready, silent)', async () => {
    const rest: [string, string, string][] = [['Name of referee:', 'referee', 'Prof. Mikko Korhonen'], ['Your assessment:', 'assessment', ASSESSMENT]];
    const byName = await run(MANIFEST, { 'letter-1.pdf': await form([['Name of applicant:', 'applicant', 'Pekka Laine'], ...rest]), 'letter-2.pdf': await odegard() });
    expect(letters(byName)).toEqual([SUBJECT]);
    const byTooltip = await run(MANIFEST, { 'letter-1.pdf': await form([['Candidate:', 'Text1', 'Pekka Laine'], ...rest], 'Name of candidate'), 'letter-2.pdf': await odegard() });
    expect(letters(byTooltip)).toEqual([SUBJECT]);
  });

  it('fields named "Text1", "Text2" with no tooltip: paired with the label printed to their left, or above them (prod30a; before: Ready, silent)', async () => {
    const rest: [string, string, string][] = [['Name of referee:', 'Text2', 'Prof. Mikko Korhonen'], ['Your assessment:', 'Text3', ASSESSMENT]];
    const left = await run(MANIFEST, { 'letter-1.pdf': await form([['Name of applicant:', 'Text1', 'Pekka Laine'], ...rest]), 'letter-2.pdf': await odegard() });
    expect(letters(left)).toEqual([SUBJECT]);
    // The label on the line above the field, over its left end.
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    page.drawText('Name of applicant', { x: 60, y: 764, size: 10, font });
    const field = doc.getForm().createTextField('Text1');
    field.setText('Pekka Laine');
    field.addToPage(page, { x: 60, y: 730, width: 300, height: 30, font });
    page.drawText(ASSESSMENT.slice(0, 80), { x: 60, y: 690, size: 10, font });
    const above = await run(MANIFEST, { 'letter-1.pdf': await doc.save(), 'letter-2.pdf': await odegard() });
    expect(letters(above)).toEqual([SUBJECT]);
    // Your own name there: no alarm.
    const own = await run(MANIFEST, { 'letter-1.pdf': await form([['Name of applicant:', 'Text1', 'Aino Virtanen'], ['Your assessment:', 'Text2', 'I recommend her without reservation.']]), 'letter-2.pdf': await odegard() });
    expect(letters(own)).toEqual([]);
  });

  it('a field whose tooltip says nothing ("Enter text here"), beside a printed "Name of applicant:", and a numbered label "1. Name of applicant:", name another: a warning (audit 19 F-E; before: Ready, silent)', async () => {
    const rest: [string, string, string][] = [['Name of referee:', 'Text2', 'Prof. Mikko Korhonen'], ['Your assessment:', 'Text3', ASSESSMENT]];
    const tooltip = await run(MANIFEST, { 'letter-1.pdf': await form([['Name of applicant:', 'Text1', 'Pekka Laine'], ...rest], 'Enter text here'), 'letter-2.pdf': await odegard() });
    expect(letters(tooltip)).toEqual([SUBJECT]);
    const numbered = await run(MANIFEST, { 'letter-1.pdf': await form([['1. Name of applicant:', 'Text1', 'Pekka Laine'], ...rest]), 'letter-2.pdf': await odegard() });
    expect(letters(numbered)).toEqual([SUBJECT]);
    const flat = await letter(['(a) Name of applicant: Pekka Laine', 'Name of referee: Prof. Mikko Korhonen', 'Your assessment of the applicant:', ASSESSMENT, 'Signature and date: Mikko Korhonen, 1 December 2026']);
    expect(letters(await run(MANIFEST, { 'letter-1.pdf': flat, 'letter-2.pdf': await odegard() }))).toEqual([SUBJECT]);
    // What the label asks for in brackets after it ("Applicant (name, institution):"), the name with its institution.
    const bracketed = await letter(['Applicant (name, institution): Pekka Laine, Aalto University', 'Name of referee: Prof. Mikko Korhonen', 'Your assessment of the applicant:', ASSESSMENT, 'Signature and date: Mikko Korhonen, 1 December 2026']);
    expect(letters(await run(MANIFEST, { 'letter-1.pdf': bracketed, 'letter-2.pdf': await odegard() }))).toEqual([SUBJECT]);
    for (const mine of ['Aino Virtanen, Aalto University', 'Virtanen, Aino']) {
      const ownBracketed = await letter([`Applicant (name, institution): ${mine}`, 'Name of referee: Prof. Mikko Korhonen', 'Your assessment of the applicant:', ASSESSMENT, 'Signature and date: Mikko Korhonen, 1 December 2026']);
      expect(letters(await run(MANIFEST, { 'letter-1.pdf': ownBracketed, 'letter-2.pdf': await odegard() }))).toEqual([]);
    }
    // Your own name there: no alarm.
    const own = await run(MANIFEST, { 'letter-1.pdf': await form([['1. Name of applicant:', 'Text1', 'Aino Virtanen'], ['Your assessment:', 'Text2', 'I recommend her without reservation.']], 'Enter text here'), 'letter-2.pdf': await odegard() });
    expect(letters(own)).toEqual([]);
  });

  it('a caption printed under the field\'s line, "(applicant)" to its right, or a caption on the line before or after the name, name another: a warning (audit 20 #3; before: Ready, silent)', async () => {
    const captioned = async (draw: (page: PDFPage, font: PDFFont) => void) => {
      const doc = await PDFDocument.create();
      const font = await doc.embedFont(StandardFonts.Helvetica);
      const page = doc.addPage([595, 842]);
      page.drawText('Confidential reference form', { x: 60, y: 790, size: 10, font });
      const field = doc.getForm().createTextField('field1');
      field.setText('Pekka Laine');
      field.addToPage(page, { x: 200, y: 699, width: 250, height: 17, font });
      draw(page, font);
      page.drawText(ASSESSMENT.slice(0, 80), { x: 60, y: 640, size: 10, font });
      return doc.save();
    };
    // The signature-line layout: a rule under the field, its caption in small type under the rule.
    const below = await captioned((page, font) => page.drawText('Name of applicant', { x: 200, y: 688, size: 8, font }));
    expect(letters(await run(MANIFEST, { 'letter-1.pdf': below, 'letter-2.pdf': await odegard() }))).toEqual([SUBJECT]);
    const right = await captioned((page, font) => page.drawText('(applicant)', { x: 460, y: 703, size: 10, font }));
    expect(letters(await run(MANIFEST, { 'letter-1.pdf': right, 'letter-2.pdf': await odegard() }))).toEqual([SUBJECT]);
    // Plain text: the caption on its own line, the name on the next, or the name over its caption.
    const over = await letter(['Reference form', 'Name of applicant:', 'Pekka Laine', '', ASSESSMENT, 'Sincerely,', 'Mikko Korhonen']);
    expect(letters(await run(MANIFEST, { 'letter-1.pdf': over, 'letter-2.pdf': await odegard() }))).toEqual([SUBJECT]);
    const under = await letter(['Reference form', 'Pekka Laine', 'Name of applicant', '', ASSESSMENT, 'Sincerely,', 'Mikko Korhonen']);
    expect(letters(await run(MANIFEST, { 'letter-1.pdf': under, 'letter-2.pdf': await odegard() }))).toEqual([SUBJECT]);
    // Your own name under the caption: no alarm.
    const own = await letter(['Reference form', 'Aino Virtanen', 'Name of applicant', '', 'I recommend her without reservation.', 'Sincerely,', 'Mikko Korhonen']);
    expect(letters(await run(MANIFEST, { 'letter-1.pdf': own, 'letter-2.pdf': await odegard() }))).toEqual([]);
  });

  it('flattened, its line "Name of applicant: Pekka Laine" does too', async () => {
    const flat = await letter(['Name of applicant: Pekka Laine', 'Name of referee: Prof. Mikko Korhonen', 'Your assessment of the applicant:', ASSESSMENT, 'Signature and date: Mikko Korhonen, 1 December 2026']);
    expect(letters(await run(MANIFEST, { 'letter-1.pdf': flat, 'letter-2.pdf': await odegard() }))).toEqual([SUBJECT]);
  });

  it('no alarm on your own form, on the referee\'s name, or on an empty label above another', async () => {
    const own = await form([['Name of applicant:', 'applicant', 'Aino Virtanen'], ['Your assessment:', 'assessment', 'I recommend her without reservation.']]);
    expect(letters(await run(MANIFEST, { 'letter-1.pdf': own, 'letter-2.pdf': await odegard() }))).toEqual([]);
    const labels = await letter(['Name des Bewerbers:', 'Name der Referentin: Prof. Mikko Korhonen', 'Candidate:', 'Student Services Office', 'I recommend her without reservation.', 'Sincerely,', 'Mikko Korhonen']);
    expect(letters(await run(MANIFEST, { 'letter-1.pdf': labels, 'letter-2.pdf': await odegard() }))).toEqual([]);
  });

  it('prod38b: the name written family name first, "Applicant: Laine, Pekka", names another (before: Ready, silent)', async () => {
    const rest = ['Name of referee: Prof. Mikko Korhonen', 'Your assessment of the applicant:', ASSESSMENT, 'Signature and date: Mikko Korhonen, 1 December 2026'];
    const reversed = SUBJECT.replace('"Pekka Laine"', '"Laine, Pekka"');
    for (const head of [['Applicant: Laine, Pekka'], ['Name of applicant:', 'Laine, Pekka'], ['Applicant (name, institution): Laine, Pekka, Aalto University']]) {
      expect(letters(await run(MANIFEST, { 'letter-1.pdf': await letter([...head, ...rest]), 'letter-2.pdf': await odegard() })), head.join(' ')).toEqual([reversed]);
    }
    // Your own name or a referee's, either order, and a form's answers, are no alarm.
    for (const head of ['Applicant: Virtanen, Aino', 'Applicant: Korhonen, Mikko', 'Candidate: Yes, No']) {
      const body = ['Your assessment of the applicant:', 'She is excellent; I recommend her without reservation.', 'Sincerely,', 'Mikko Korhonen'];
      expect(letters(await run(MANIFEST, { 'letter-1.pdf': await letter([head, ...body]), 'letter-2.pdf': await odegard() })), head).toEqual([]);
    }
  });
});
