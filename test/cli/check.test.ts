/** The CLI as a user meets it: exit codes, output formats, usage errors, and never a stack trace. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { PDFDocument, PDFName, PDFString } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { makePdf } from '../helpers/make-pdf.js';
import { readPdf } from '../helpers/read-pdf.js';
import { HELVETICA, pageTree, rawPdf, textPage } from '../helpers/raw-pdf.js';
import { sheetPhoto, textLines } from '../helpers/sheet-photo.js';
import { cli, copyExample, installedCli, TEST_MANIFEST, TEST_PROFILE, workspace } from '../helpers/workspace.js';

const root = join(import.meta.dirname, '..', '..');
const example = join(root, 'examples/aalto-tml/manifest.yaml');
const incomplete = join(root, 'examples/aalto-tml-incomplete/manifest.yaml');

describe('packet validate', () => {
  it('exits 0 on the complete example and says it is ready', async () => {
    const r = await cli(['validate', example, '--today', '2025-10-01']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Ready to submit (1 item to send later)\n');
  });

  it('exits 1 on the incomplete example, one line per problem with file:line:col', async () => {
    const r = await cli(['validate', 'examples/aalto-tml-incomplete/manifest.yaml', '--today', '2025-10-01'], { cwd: root });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.slice(0, -2)).toEqual([
      expect.stringMatching(/^examples\/aalto-tml-incomplete\/manifest\.yaml:7:1 error item\.missing {2}Short bio is missing: the posting asks for it\. {2}hint: Add `bio:`/),
      expect.stringMatching(/^examples\/aalto-tml-incomplete\/manifest\.yaml:10:15 error file\.not-pdf {2}docs\/transcript\.pdf is an HTML page, not a PDF\./),
      expect.stringMatching(/^examples\/aalto-tml-incomplete\/manifest\.yaml:11:19 error link\.invalid {2}"ftp:\/\/files\.example\.fi\/thesis\.pdf" is not a web address/),
      expect.stringMatching(/^examples\/aalto-tml-incomplete\/manifest\.yaml:14:42 error referee\.duplicate {2}anna\.nowak@example\.pl is given for two referees \(first on line 13\)\./),
    ]);
    expect(lines.at(-1)).toBe('Not ready: 1 item missing (Short bio), 1 file that cannot be used, 1 link that does not work, 1 referee detail to correct');
  });

  it('a phone photo of an empty sheet given as the CV is file.blank at its line, and exits 1 as a white image does (before: Ready)', async () => {
    const sharp = (await import('sharp')).default;
    const white = new Uint8Array(await sharp({ create: { width: 1512, height: 2016, channels: 3, background: '#ffffff' } }).jpeg().toBuffer());
    const files = { 'profile.yaml': TEST_PROFILE, 'plan.pdf': await makePdf({ pages: 2 }), 'sheet.jpg': await sheetPhoto(), 'white.jpg': white };
    const manifest = (cv: string) => TEST_MANIFEST.replace('cv: cv.pdf', `cv: ${cv}`);
    const hint = 'hint: Check that this is the right file; if it is a scan, scan the document again with its printed side towards the glass.';
    const photo = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: workspace({ ...files, 'manifest.yaml': manifest('sheet.jpg') }) });
    expect(photo.stdout).toBe(`manifest.yaml:4:7 error file.blank  sheet.jpg is blank: the image is a photo of an empty sheet (only paper, shadows and specks), with nothing on it.  ${hint}\n\nNot ready: 1 file that cannot be used\n`);
    const flat = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: workspace({ ...files, 'manifest.yaml': manifest('white.jpg') }) });
    expect(flat.stdout).toBe(`manifest.yaml:4:7 error file.blank  white.jpg is blank: the image is one flat colour, with nothing on it.  ${hint}\n\nNot ready: 1 file that cannot be used\n`);
    expect([photo.code, flat.code]).toEqual([1, 1]);
    // The same sheet with three lines written on it is the CV.
    const text = await sheetPhoto({ svg: textLines(['Curriculum vitae', 'Tiina Perho', 'MSc, Tampere University, 2024']) });
    const written = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: workspace({ ...files, 'sheet.jpg': text, 'manifest.yaml': manifest('sheet.jpg') }) });
    expect([written.code, written.stdout]).toEqual([0, 'Ready to submit (1 item to send later)\n']);
  });

  // The audit: a CV whose text is fully transparent, or a PNG of white ink on a transparent background, shows
  // nothing on the packet's white page, yet was Ready (12-05d #1).
  it('a PDF whose text is fully transparent and a PNG of white text on transparency are file.blank at their line (before: Ready)', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont('Helvetica');
    for (let n = 0; n < 2; n++) {
      const page = doc.addPage([595, 842]);
      page.drawText('Curriculum vitae of Tiina Perho', { x: 72, y: 770, size: 12, font });
      const gs = page.node.newExtGState('GS0', doc.context.obj({ ca: 0, CA: 0 }));
      page.node.set(PDFName.of('Contents'), doc.context.obj([doc.context.register(doc.context.stream(`${gs.toString()} gs`)), ...(page.node.normalizedEntries().Contents?.asArray() ?? [])]));
    }
    const lines = textLines(['Curriculum vitae', 'Tiina Perho', 'MSc, Tampere University, 2024'], { fill: '#ffffff', size: 40 });
    const png = (fill: string) => sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="827" height="1170">${lines.replaceAll('#ffffff', fill)}</svg>`)).png().toBuffer();
    const files = { 'profile.yaml': TEST_PROFILE, 'plan.pdf': await makePdf({ pages: 2 }), 'clear.pdf': await doc.save(), 'white.png': await png('#ffffff'), 'black.png': await png('#111111') };
    const run = async (cv: string) => cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: workspace({ ...files, 'manifest.yaml': TEST_MANIFEST.replace('cv: cv.pdf', `cv: ${cv}`) }) });
    const clear = await run('clear.pdf');
    expect([clear.code, clear.stdout.split('\n')[0]]).toEqual([1, 'manifest.yaml:4:7 error file.blank  clear.pdf is blank: nothing that can be seen is drawn on any of its 2 pages; its text is invisible, white, fully transparent, of size zero, clipped away, outside the page, painted over, the colour of the page under it or only in a hidden layer (OCR software leaves invisible text over a scan whose image is gone).  hint: Check that this is the right file; if the content is missing, export or scan the document again.']);
    const white = await run('white.png');
    expect([white.code, white.stdout.split('\n')[0]]).toEqual([1, "manifest.yaml:4:7 error file.blank  white.png is blank: what the image shows is white on a transparent background, so on the packet's white page nothing of it can be seen.  hint: Check that this is the right file; if it is a scan, scan the document again with its printed side towards the glass."]);
    // The same text in black on transparency is the CV.
    const black = await run('black.png');
    expect([black.code, black.stdout]).toEqual([0, 'Ready to submit (1 item to send later)\n']);
  });

  // The audit: a CV whose text a white rectangle paints over shows blank in the packet, yet was Ready (12-06h #2).
  it('a PDF whose text is painted over by a white rectangle is file.blank at its line, and exits 1 (before: Ready)', async () => {
    const cv = (content: string) => rawPdf([
      ...pageTree([3]),
      textPage(3, '5 0 R'),
      `5 0 obj << /Length ${content.length} >> stream\n${content}\nendstream endobj`,
      HELVETICA,
    ]);
    const text = 'BT /F1 12 Tf 20 150 Td (Curriculum vitae of Tiina Perho) Tj ET';
    const files = { 'profile.yaml': TEST_PROFILE, 'plan.pdf': await makePdf({ pages: 2 }), 'covered.pdf': cv(`${text} 1 1 1 rg 0 0 300 200 re f`), 'behind.pdf': cv(`1 1 1 rg 0 0 300 200 re f 0 g ${text}`) };
    const run = async (file: string) => cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: workspace({ ...files, 'manifest.yaml': TEST_MANIFEST.replace('cv: cv.pdf', `cv: ${file}`) }) });
    const covered = await run('covered.pdf');
    expect([covered.code, covered.stdout]).toEqual([1, 'manifest.yaml:4:7 error file.blank  covered.pdf is blank: nothing that can be seen is drawn on its page; its text is invisible, white, fully transparent, of size zero, clipped away, outside the page, painted over, the colour of the page under it or only in a hidden layer (OCR software leaves invisible text over a scan whose image is gone).  hint: Check that this is the right file; if the content is missing, export or scan the document again.\n\nNot ready: 1 file that cannot be used\n']);
    // The same white rectangle behind the text is the CV's background.
    const behind = await run('behind.pdf');
    expect([behind.code, behind.stdout]).toEqual([0, 'Ready to submit (1 item to send later)\n']);
  });

  // prod19b: these showed an empty page too, yet were Ready.
  it('a PDF whose text is black on a page filled black, or under two white rectangles that together cover it, is file.blank and exits 1 (before: Ready)', async () => {
    const cv = (content: string) => rawPdf([...pageTree([3]), textPage(3, '5 0 R'), `5 0 obj << /Length ${content.length} >> stream\n${content}\nendstream endobj`, HELVETICA]);
    const text = 'BT /F1 12 Tf 20 150 Td (Curriculum vitae of Tiina Perho) Tj ET';
    const files = { 'profile.yaml': TEST_PROFILE, 'plan.pdf': await makePdf({ pages: 2 }), 'dark.pdf': cv(`0 g 0 0 300 200 re f ${text}`), 'halves.pdf': cv(`${text} 1 g 0 0 300 160 re f 0 140 300 60 re f`) };
    for (const file of ['dark.pdf', 'halves.pdf']) {
      const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: workspace({ ...files, 'manifest.yaml': TEST_MANIFEST.replace('cv: cv.pdf', `cv: ${file}`) }) });
      expect([r.code, r.stdout.split('\n')[0]]).toEqual([1, `manifest.yaml:4:7 error file.blank  ${file} is blank: nothing that can be seen is drawn on its page; its text is invisible, white, fully transparent, of size zero, clipped away, outside the page, painted over, the colour of the page under it or only in a hidden layer (OCR software leaves invisible text over a scan whose image is gone).  hint: Check that this is the right file; if the content is missing, export or scan the document again.`]);
    }
  });

  it('a phone number typed as digits is quoted as typed, leading zeros and all, with the quotes that keep it (audit 12-06j #8; before: "should be text, not 6221545000", hint "Write text here.")', async () => {
    const manifest = TEST_MANIFEST.replace(/^applicant: .*$/m, 'applicant: { name: Tiina Perho, email: test@examples.fi, phone: 06221545000 }');
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: workspace({ 'profile.yaml': TEST_PROFILE, 'manifest.yaml': manifest, 'cv.pdf': await makePdf({ pages: 1 }), 'plan.pdf': await makePdf({ pages: 2 }) }) });
    expect(r.stdout.split('\n').filter((l) => l.includes('phone'))).toEqual(['manifest.yaml:2:65 error manifest.invalid  `applicant.phone` is read as a number, not as text: `06221545000` would lose its leading 0.  hint: Put it in quotes: `phone: "06221545000"`, or write it with its country code and spaces, e.g. +49 6221 545000.']);
    expect(r.code).toBe(1);
  });

  it('an email written as a mail program writes it (`Name <address>`, `mailto:`) is told to keep only the address (audit 12-06j #9; before: "Write the whole address, e.g. aino.virtanen@helsinki.fi.")', async () => {
    const manifest = TEST_MANIFEST.replace('email: test@examples.fi', 'email: "Tiina Perho <test@examples.fi>"').replace('email: one@examples.fi', 'email: mailto:one@examples.fi');
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: workspace({ 'profile.yaml': TEST_PROFILE, 'manifest.yaml': manifest, 'cv.pdf': await makePdf({ pages: 1 }), 'plan.pdf': await makePdf({ pages: 2 }) }) });
    expect(r.stdout.split('\n').filter((l) => l.includes('Keep only')).map((l) => l.replace(/^\S+ /, ''))).toEqual([
      'error manifest.invalid  Your email "Tiina Perho <test@examples.fi>" is not a valid email address.  hint: Keep only the address: `email: test@examples.fi`.',
      'error referee.email  Ida Aho\'s email "mailto:one@examples.fi" is not a valid email address.  hint: Keep only the address: `email: one@examples.fi`.',
    ]);
    expect(r.code).toBe(1);
  });

  it('a WebP or AVIF picture renamed to .jpg is named as what it is, and told that renaming does not convert it (audit 12-06j #9; before: the hint offered a JPEG, and AVIF was "not a recognised document")', async () => {
    const webp = new Uint8Array([...new TextEncoder().encode('RIFF'), 36, 0, 0, 0, ...new TextEncoder().encode('WEBPVP8 '), ...new Array(40).fill(0)]);
    const avif = new Uint8Array([0, 0, 0, 28, ...new TextEncoder().encode('ftypavif'), ...new Array(40).fill(0)]);
    for (const [name, bytes, what] of [['scan.jpg', webp, 'a WebP image'], ['scan.png', avif, 'an AVIF image']] as const) {
      const manifest = TEST_MANIFEST.replace('cv: cv.pdf', `cv: ${name}`);
      const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: workspace({ 'profile.yaml': TEST_PROFILE, 'manifest.yaml': manifest, [name]: bytes, 'plan.pdf': await makePdf({ pages: 2 }) }) });
      expect(r.stdout.split('\n')[0]).toBe(`manifest.yaml:4:7 error file.not-pdf  ${name} is ${what}, not a PDF.  hint: Its name ends in .${name.split('.')[1]}, but renaming does not convert it: open it and export it as JPEG, PNG or PDF.`);
    }
  });

  it('a mistake in an `extends` file in a sibling folder is shown at ../shared/me.yaml, as written, beside a manifest shown as written', async () => {
    const dir = workspace({
      'shared/me.yaml': 'applicant:\n  name: Tiina Perho\n  email: test@examples.fi\n  phone: 12\n',
      'aalto/profile.yaml': TEST_PROFILE,
      'aalto/cv.pdf': await makePdf({ pages: 1 }),
      'aalto/plan.pdf': await makePdf({ pages: 2 }),
      'aalto/manifest.yaml': TEST_MANIFEST.replace(/^applicant: .*$/m, 'extends: ../shared/me.yaml'),
    });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: join(dir, 'aalto') });
    expect(r.stdout).toMatch(/^\.\.\/shared\/me\.yaml:4:10 error manifest\.invalid {2}`applicant\.phone` is read as a number, not as text\. {2}hint: Put it in quotes: `phone: "12"`/);
    expect(r.code).toBe(1);
    // A manifest given by its full path has its bases shown in full too.
    const far = await cli(['validate', join(dir, 'aalto', 'manifest.yaml'), '--today', '2025-10-01'], { cwd: root });
    expect(far.stdout.startsWith(`${join(dir, 'shared', 'me.yaml')}:4:10 error manifest.invalid`)).toBe(true);
  });

  it('a file named in an `extends` file that is missing: quoted as that file writes it, with its folder rule, and found one folder down (audit 12-05l #7; before: "../shared/cv.pdf does not exist", paths "relative to the manifest\'s folder")', async () => {
    const dir = workspace({
      'shared/me.yaml': 'applicant: { name: Tiina Perho, email: test@examples.fi }\nitems:\n  cv: cv.pdf\n',
      'shared/old/cv.pdf': await makePdf({ pages: 1 }),
      'aalto/profile.yaml': TEST_PROFILE,
      'aalto/plan.pdf': await makePdf({ pages: 2 }),
      'aalto/manifest.yaml': TEST_MANIFEST.replace(/^applicant: .*$/m, 'extends: ../shared/me.yaml').replace(/^ {2}cv: .*\n/m, ''),
    });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: join(dir, 'aalto') });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => l.includes('file.not-found'))).toEqual([
      "../shared/me.yaml:3:7 error file.not-found  cv.pdf does not exist.  hint: Did you mean old/cv.pdf? (Paths in me.yaml are relative to me.yaml's folder.)",
    ]);
    writeFileSync(join(dir, 'shared', 'me.yaml'), 'applicant: { name: Tiina Perho, email: test@examples.fi }\nitems:\n  cv: old/cv.pdf\n');
    const fixed = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: join(dir, 'aalto') });
    expect(fixed.stdout).not.toContain('file.not-found');
  });

  it('says, as build does, the sound or video and the links to other files that the packet leaves out (before: only build said them)', async () => {
    const cv = await PDFDocument.load(await makePdf({ pages: 2, text: 'Curriculum vitae {n}' }));
    const ctx = cv.context;
    const [first, second] = cv.getPages();
    const annot = (a: Record<string, unknown>) => ctx.register(ctx.obj({ Type: 'Annot', Rect: [50, 50, 200, 70], ...a } as never));
    first!.node.set(PDFName.of('Annots'), ctx.obj([
      annot({ Subtype: 'Screen' }),
      annot({ Subtype: 'Link', A: ctx.obj({ S: 'GoToR', F: PDFString.of('other.pdf'), D: ctx.obj([0, PDFName.of('Fit')]) }) }),
      annot({ Subtype: 'Link', Dest: PDFString.of('nowhere') }),
      // A link to its own second page works in the packet: not counted.
      annot({ Subtype: 'Link', Dest: ctx.obj([second!.ref, PDFName.of('Fit')]) }),
    ]));
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'manifest.yaml': TEST_MANIFEST, 'cv.pdf': await cv.save(), 'plan.pdf': await makePdf({ pages: 2 }) });
    const lines = [
      'manifest.yaml:4:7 info file.media  cv.pdf has 1 sound or video element; the packet leaves it out.  hint: Link to the media from a text or link item instead.',
      'manifest.yaml:4:7 info file.links  cv.pdf has 2 links to other files or to places that do not exist in the document; the packet leaves them out.  hint: Nothing to do; the pages themselves are complete.',
    ];
    const validate = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    const build = await cli(['build', 'manifest.yaml', '-o', 'out.pdf', '--today', '2025-10-01'], { cwd: dir });
    for (const r of [validate, build]) {
      for (const line of lines) expect(r.stdout.split('\n')).toContain(line);
      expect(r.stdout.split('\n').filter((l) => /file\.(media|links)/.test(l))).toHaveLength(2);
      expect(r.code).toBe(0);
    }
  });

  it('letters given as bare files: one that names a referee who has a letter, or none, is numbered, with an info; the cover says Letter 1, Letter 2 (before: a second "Letter from" him, then "Letter 2" alone, silently)', async () => {
    const manifest = TEST_MANIFEST.replace(
      '    - { name: Ida Aho, email: one@examples.fi }\n',
      '    - { name: Ida Aho, email: one@examples.fi, letter: aho.pdf }\n    - aho-again.pdf\n    - smith.pdf\n',
    );
    const dir = workspace({
      'profile.yaml': TEST_PROFILE.replace('min: 2, max: 3', 'min: 2, max: 5'),
      'manifest.yaml': manifest,
      'cv.pdf': await makePdf({ pages: 1 }),
      'plan.pdf': await makePdf({ pages: 2 }),
      'aho.pdf': await makePdf({ pages: 1, text: 'Letter by Ida Aho' }),
      'aho-again.pdf': await makePdf({ pages: 1, text: 'Another letter' }),
      'smith.pdf': await makePdf({ pages: 1, text: 'Letter by Smith' }),
    });
    const r = await cli(['build', 'manifest.yaml', '-o', 'out.pdf', '--today', '2025-10-01'], { cwd: dir });
    expect(r.stdout.split('\n')).toEqual(expect.arrayContaining([
      'manifest.yaml:10:7 info referee.unnamed-letter  aho-again.pdf names Ida Aho, whose letter is already given; the packet calls it "Letter 1", not a second letter from Ida Aho.  hint: Nothing to do if it is another person\'s letter; if it is a second copy of theirs, leave it out.',
      'manifest.yaml:11:7 info referee.unnamed-letter  smith.pdf names none of your referees, so the packet calls it "Letter 2".  hint: Nothing to do if that is right; to show who wrote it, give it with their referee entry (`letter: smith.pdf`).',
    ]));
    expect(r.code).toBe(0);
    const cover = (await readPdf(readFileSync(join(dir, 'out.pdf')))).pages[0]?.text ?? '';
    expect(cover).toMatch(/Letter from Ida Aho[\s\S]*Letter 1[\s\S]*Letter 2/);
    expect(cover.match(/Letter from Ida Aho/g)).toHaveLength(1);
  });

  it('a Windows path in double quotes gets a hint about the backslashes (before: the generic hint about indentation and colons)', async () => {
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'manifest.yaml': TEST_MANIFEST.replace('cv: cv.pdf', 'cv: "C:\\Users\\aino\\cv.pdf"'), 'plan.pdf': await makePdf({ pages: 2 }) });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(r.stdout.split('\n')[0]).toBe(
      "manifest.yaml:4:10 error yaml.syntax  A backslash inside double quotes starts an escape sequence (such as \\n), so this value cannot be read: invalid escape sequence \\Users\\ain.  hint: For a path, write it with / instead of \\ (docs/cv.pdf, from the manifest's folder), or put it in single quotes ('C:\\Users\\...').",
    );
    expect(r.code).toBe(1);
  });

  it('a tab before the first item gives the tab error alone (before: also "`items` should be a block ... not nothing" on the line above)', async () => {
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'manifest.yaml': TEST_MANIFEST.replace('  cv: cv.pdf', '\tcv: cv.pdf'), 'plan.pdf': await makePdf({ pages: 2 }) });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    const errors = r.stdout.split('\n').filter((l) => /^\S+ error /.test(l));
    expect(errors).toEqual(['manifest.yaml:4:1 error yaml.syntax  Line 4 is indented with a tab: YAML needs spaces.  hint: Replace the tab before `cv:` with spaces, as many as the lines around it have (two per level).']);
    expect(r.code).toBe(1);
  });

  it('a tab before the key after a `text: |` block is named as a tab, at its line and column, with the key to fix (audit 12-06j #9; before: "block scalar lines must not be less indented than their first line")', async () => {
    const manifest = TEST_MANIFEST.replace('  bio: { text: "', '  bio:\n    text: |\n      ').replace(/" }\n {2}research_plan/, '\n\tresearch_plan');
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'manifest.yaml': manifest, 'cv.pdf': await makePdf({ pages: 1 }), 'plan.pdf': await makePdf({ pages: 2 }) });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(r.stdout.split('\n').filter((l) => /^\S+ error /.test(l))).toEqual(['manifest.yaml:8:1 error yaml.syntax  Line 8 is indented with a tab: YAML needs spaces.  hint: Replace the tab before `research_plan:` with spaces, as many as the lines around it have (two per level).']);
    expect(r.code).toBe(1);
  });

  it('the example indented with tabs, as Notepad users do, gives the tab error alone (before: also "Unknown key `[ { name: Dr. Åsa Ødegård } ]`" on the profile line, a key "twice" on line 29, "3 mistakes")', async () => {
    const dir = copyExample();
    const text = readFileSync(join(dir, 'manifest.yaml'), 'utf8');
    writeFileSync(join(dir, 'manifest.yaml'), text.replace(/^ {2}/gm, '\t'));
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-11-01'], { cwd: dir });
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => /^\S+ (error|warning) /.test(l))).toEqual(['manifest.yaml:7:1 error yaml.syntax  Line 7 is indented with a tab: YAML needs spaces.  hint: Replace the tab before `name:` with spaces, as many as the lines around it have (two per level).']);
    expect(lines.at(-2)).toMatch(/^Not ready: 7 items not read past the YAML error on line 7 \(CV, .*\), 1 mistake in the manifest$/);
    expect(r.code).toBe(1);
  });

  it('a key given twice before a syntax error is named, and the syntax error too (before: the repeated key alone, the tab error after it hidden)', async () => {
    const manifest = TEST_MANIFEST.replace('  research_plan: plan.pdf\n', '  research_plan: plan.pdf\n  cv: cv.pdf\n') + '\tbroken: tab\n';
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'manifest.yaml': manifest, 'plan.pdf': await makePdf({ pages: 2 }) });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(r.stdout.split('\n').filter((l) => / error yaml\.syntax /.test(l)).map((l) => l.replace(/ {2}hint.*/, ''))).toEqual([
      expect.stringMatching(/^manifest\.yaml:\d+:\d+ error yaml\.syntax {2}This key appears twice in the same block\.$/),
      expect.stringMatching(/^manifest\.yaml:(\d+):1 error yaml\.syntax {2}Line \1 is indented with a tab: YAML needs spaces\.$/),
    ]);
    expect(r.code).toBe(1);
  });

  it('a passed deadline is a warning (exit 0), and an error under --strict (exit 1)', async () => {
    const loose = await cli(['validate', example, '--today', '2025-12-01']);
    expect(loose.code).toBe(0);
    expect(loose.stdout).toMatch(/warning deadline\.passed {2}The deadline \(2025-11-14\) passed 17 days ago; the posting stays open/);
    const strict = await cli(['validate', example, '--today', '2025-12-01', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/Not ready: 1 warning \(--strict\)\n$/);
  });

  // The audit: the Aalto deadline (2025-11-14, no time or zone) was judged at the end of the 14th at UTC-12, so in
  // Helsinki it said "1 day left" at 13:00 on the 14th, and "today" and Ready at 13:30 on the 15th.
  it('a date-only deadline is today all that day on your clock, and passed the day after (exit 1 when the posting closes then)', async () => {
    const dir = copyExample();
    const profile = readFileSync(join(root, 'templates/profiles/aalto-tml-doctoral-2025.yaml'), 'utf8').replace('open_until_filled: true', 'open_until_filled: false');
    writeFileSync(join(dir, 'profile.yaml'), profile);
    writeFileSync(join(dir, 'manifest.yaml'), readFileSync(join(dir, 'manifest.yaml'), 'utf8').replace('profile: aalto-tml-doctoral-2025', 'profile: ./profile.yaml'));
    const on = await cli(['validate', 'manifest.yaml', '--today', '2025-11-14T13:00+02:00'], { cwd: dir });
    expect(on.code).toBe(0);
    expect(on.stdout).toBe(
      'manifest.yaml:5:10 info deadline.near  The deadline is today (2025-11-14).  hint: The posting gives no time or time zone: submit before the day ends where the employer is, which can be hours before it ends where you are.\n\n' +
        'Ready to submit (1 item to send later)\n',
    );
    const before = await cli(['validate', 'manifest.yaml', '--today', '2025-11-13T23:30-08:00'], { cwd: dir });
    expect(before.stdout).toMatch(/^manifest\.yaml:5:10 info deadline\.near {2}1 day left until the deadline \(2025-11-14\)\./);
    for (const today of ['2025-11-15T00:30+02:00', '2025-11-15T13:30+02:00']) {
      const after = await cli(['validate', 'manifest.yaml', '--today', today], { cwd: dir });
      expect(after.code).toBe(1);
      expect(after.stdout).toBe(
        'manifest.yaml:5:10 error deadline.passed  The deadline (2025-11-14) passed 1 day ago.  hint: If the employer moved the deadline, change `deadline:` to the new date in your profile, profile.yaml (`packet profile check` checks it); otherwise ask whether late applications are accepted.\n\n' +
          'Not ready: the deadline passed on 2025-11-14\n',
      );
    }
  });

  it('a deadline with a time and no zone is read on your clock, said in the message, and warned about once', async () => {
    const dir = copyExample();
    const profile = readFileSync(join(root, 'templates/profiles/aalto-tml-doctoral-2025.yaml'), 'utf8')
      .replace('open_until_filled: true', 'open_until_filled: false')
      .replace('deadline: 2025-11-14', 'deadline: 2027-01-15T12:00');
    writeFileSync(join(dir, 'profile.yaml'), profile);
    writeFileSync(join(dir, 'manifest.yaml'), readFileSync(join(dir, 'manifest.yaml'), 'utf8').replace('profile: aalto-tml-doctoral-2025', 'profile: ./profile.yaml'));
    const zone =
      'profile.yaml:11:11 warning profile.deadline-zone  The deadline 2027-01-15T12:00 has a time but no time zone: it is read in your time zone, which may not be the employer\'s.  hint: Add the zone the posting means, as an IANA name or as the offset it keeps on that date: 2027-01-15T12:00 Europe/London or 2027-01-15T12:00+00:00 for London, 2027-01-15T12:00 Europe/Helsinki or 2027-01-15T12:00+02:00 for Helsinki, 2027-01-15T12:00 America/New_York or 2027-01-15T12:00-05:00 for New York.\n';
    const early = await cli(['validate', 'manifest.yaml', '--today', '2027-01-15T11:30Z'], { cwd: dir });
    expect(early.code).toBe(0);
    expect(early.stdout).toBe(
      "manifest.yaml:5:10 info deadline.near  The deadline is today (2027-01-15T12:00, read in your time zone; the posting gives none): 30 minutes left.  hint: Submit now if you can: portals slow down in the last hours before a deadline, and the employer's clock may be ahead of yours.\n" +
        zone +
        '\nReady to submit (1 item to send later; check the warning: deadline\'s time zone)\n',
    );
    const late = await cli(['validate', 'manifest.yaml', '--today', '2027-01-15T23:01Z'], { cwd: dir });
    expect(late.code).toBe(1);
    expect(late.stdout).toContain('manifest.yaml:5:10 error deadline.passed  The deadline (2027-01-15T12:00, read in your time zone; the posting gives none) passed 11 hours ago.');
    expect(late.stdout.split('profile.deadline-zone').length).toBe(2);
  });

  // Audit 12-05f #12: at 10:00 in California, "The deadline is today (2026-12-15 23:59 Europe/Berlin)" with no hour
  // and "Submit a day early"; 11 minutes after it, "passed 1 day ago".
  it('near a deadline with a zone: hours and minutes left, its time on your clock, the same words in validate, report and build', async () => {
    const dir = copyExample();
    const berlin = '2026-12-15 23:59 Europe/Berlin';
    const profile = readFileSync(join(root, 'templates/profiles/aalto-tml-doctoral-2025.yaml'), 'utf8')
      .replace('open_until_filled: true', 'open_until_filled: false')
      .replace('deadline: 2025-11-14', `deadline: ${berlin}`);
    writeFileSync(join(dir, 'profile.yaml'), profile);
    writeFileSync(join(dir, 'manifest.yaml'), readFileSync(join(dir, 'manifest.yaml'), 'utf8').replace('profile: aalto-tml-doctoral-2025', 'profile: ./profile.yaml'));
    // 18:00 UTC is 10:00 in Los Angeles, on this computer's clock (no --today).
    const la = { cwd: dir, now: new Date(Date.UTC(2026, 11, 15, 18)), zone: 'America/Los_Angeles' };
    const near = `The deadline is today (${berlin}, 14:59 your time): 4 hours 59 minutes left.`;
    const hint = 'Submit now if you can: portals slow down in the last hours before a deadline.';
    const line = `manifest.yaml:5:10 info deadline.near  ${near}  hint: ${hint}`;
    const validate = await cli(['validate', 'manifest.yaml'], la);
    expect(validate.code).toBe(0);
    expect(validate.stdout.split('\n')[0]).toBe(line);
    expect((await cli(['report', 'manifest.yaml'], la)).stdout.split('\n')).toContain(line);
    expect((await cli(['report', 'manifest.yaml', '-f', 'md'], la)).stdout).toContain(`**info** \`deadline.near\`: ${near} *Fix:* ${hint}`);
    const json = JSON.parse((await cli(['report', 'manifest.yaml', '-f', 'json'], la)).stdout) as { diagnostics: { code: string; message: string; hint: string }[] };
    expect(json.diagnostics.find((d) => d.code === 'deadline.near')).toMatchObject({ message: near, hint });
    const build = await cli(['build', 'manifest.yaml', '-o', 'out.pdf'], la);
    expect(build.code).toBe(0);
    expect(build.stdout.split('\n')[0]).toBe(line);
    // The cover's date is on the same clock: the 15th in Los Angeles, though the machine may be in UTC.
    expect((await readPdf(readFileSync(join(dir, 'out.pdf')))).pages[0]?.text).toContain('Compiled 2026-12-15');
    // Eleven minutes after: minutes, not "1 day ago", in Berlin (already the 16th) and in Los Angeles (still the 15th).
    const late = 'error deadline.passed  The deadline (2026-12-15 23:59 Europe/Berlin%s) passed 10 minutes ago.';
    const after = await cli(['validate', 'manifest.yaml'], { cwd: dir, now: new Date(Date.UTC(2026, 11, 15, 23, 10)), zone: 'America/Los_Angeles' });
    expect(after.code).toBe(1);
    expect(after.stdout).toContain(`manifest.yaml:5:10 ${late.replace('%s', ', 14:59 your time')}`);
    expect((await cli(['validate', 'manifest.yaml', '--today', '2026-12-16T00:10+01:00'], { cwd: dir })).stdout).toContain(`manifest.yaml:5:10 ${late.replace('%s', '')}`);
    // 23:59 lasts to 23:59:59, as portals read it (audit 12-06g: at 23:59:30, "passed less than a minute ago", Not ready).
    const last = await cli(['validate', 'manifest.yaml', '--today', '2026-12-15T23:59:30+01:00'], { cwd: dir });
    expect(last.code).toBe(0);
    expect(last.stdout.split('\n')[0]).toBe(`manifest.yaml:5:10 info deadline.near  The deadline is today (${berlin}): less than a minute left.  hint: ${hint}`);
    const midnight = await cli(['validate', 'manifest.yaml', '--today', '2026-12-16T00:00+01:00'], { cwd: dir });
    expect(midnight.code).toBe(1);
    expect(midnight.stdout.split('\n')[0]).toMatch(/^manifest\.yaml:5:10 error deadline\.passed {2}The deadline \(2026-12-15 23:59 Europe\/Berlin\) passed less than a minute ago\./);
    // A --today in Z (toISOString()) is an instant read on the computer's clock, under any TZ (before: "your time" under UTC only).
    const z = async (zone: string) => (await cli(['validate', 'manifest.yaml', '--today', '2026-12-15T20:00:00.000Z'], { cwd: dir, zone })).stdout.split('\n')[0];
    expect(await z('UTC')).toBe(`manifest.yaml:5:10 info deadline.near  The deadline is today (${berlin}, 22:59 your time): 2 hours 59 minutes left.  hint: ${hint}`);
    expect(await z('America/New_York')).toBe(`manifest.yaml:5:10 info deadline.near  The deadline is today (${berlin}, 17:59 your time): 2 hours 59 minutes left.  hint: ${hint}`);
    expect(await z('Pacific/Auckland')).toBe(`manifest.yaml:5:10 info deadline.near  The deadline is today (${berlin}, 2026-12-16 11:59 your time): 2 hours 59 minutes left.  hint: ${hint}`);
  });

  it('uses the real date when --today is not given', async () => {
    // The fake clock says 2025-11-01: 13 days before the Aalto deadline.
    const r = await cli(['validate', example]);
    expect(r.stdout).toMatch(/13 days left until the deadline/);
  });

  it('colours only on a terminal, and never with NO_COLOR', async () => {
    const tty = await cli(['validate', incomplete, '--today', '2025-10-01'], { isTTY: true });
    expect(tty.stdout).toContain('\u001b[31merror\u001b[39m');
    const noColor = await cli(['validate', incomplete, '--today', '2025-10-01'], { isTTY: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain('\u001b[');
    const pipe = await cli(['validate', incomplete, '--today', '2025-10-01']);
    expect(pipe.stdout).not.toContain('\u001b[');
  });
});

describe('a PDF whose page shows a damaged image', () => {
  /** A transcript: a page of text, then a scanned page whose JPEG was cut off halfway (a download or copy cut short). */
  async function cutScan(): Promise<Uint8Array> {
    const raw = Buffer.alloc(600 * 800 * 3, 235);
    for (let y = 0; y < 800; y += 20) raw.fill(30, y * 600 * 3, (y + 6) * 600 * 3);
    const jpeg = new Uint8Array(await sharp(raw, { raw: { width: 600, height: 800, channels: 3 } }).jpeg().toBuffer());
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]).drawText('Transcript of records', { x: 60, y: 760, size: 14 });
    doc.addPage([595, 842]).drawImage(await doc.embedJpg(jpeg), { x: 0, y: 0, width: 595, height: 842 });
    const bytes = await doc.save();
    // The JPEG is the one stream that starts with its marker: keep its first half, the file's length unchanged.
    const start = Buffer.from(bytes).indexOf(Buffer.from([0xff, 0xd8, 0xff]));
    bytes.fill(0, start + (jpeg.length >> 1), start + jpeg.length);
    return bytes;
  }

  it('validate names the page, one line with file:line:col, exit 1; build refuses the same way (before: Ready, and a half-grey page in the packet)', async () => {
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'manifest.yaml': TEST_MANIFEST, 'cv.pdf': await cutScan(), 'plan.pdf': await makePdf({ pages: 3 }) });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(
      'manifest.yaml:4:7 error file.damaged-image  cv.pdf page 2 shows an image whose data is damaged or cut short: PDF viewers draw only part of it, or none, the rest grey or blank.  hint: Download or export the file again and check those pages in a PDF viewer; if it is a scan, scan it again.',
    );
    const built = await cli(['build', 'manifest.yaml', '-o', 'out.pdf', '--today', '2025-10-01'], { cwd: dir });
    expect(built.code).toBe(1);
    expect(built.stdout).toContain('manifest.yaml:4:7 error file.damaged-image  cv.pdf page 2 shows an image');
    expect(built.stdout).toMatch(/Not built: fix the errors above first\.\n$/);
    expect(existsSync(join(dir, 'out.pdf'))).toBe(false);
  });

  it('a `pages:` selection that leaves the page out is ready and builds; one that takes it is not', async () => {
    const files = { 'profile.yaml': TEST_PROFILE, 'cv.pdf': await cutScan(), 'plan.pdf': await makePdf({ pages: 3 }) };
    const without = workspace({ ...files, 'manifest.yaml': TEST_MANIFEST.replace('cv: cv.pdf', 'cv: { file: cv.pdf, pages: "1" }') });
    expect(await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: without })).toMatchObject({ code: 0, stdout: 'Ready to submit (1 item to send later)\n' });
    expect((await cli(['build', 'manifest.yaml', '-o', 'out.pdf', '--today', '2025-10-01'], { cwd: without })).code).toBe(0);
    const taken = workspace({ ...files, 'manifest.yaml': TEST_MANIFEST.replace('cv: cv.pdf', 'cv: { file: cv.pdf, pages: "2" }') });
    const r = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: taken });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toMatch(/^manifest\.yaml:4:15 error file\.damaged-image {2}cv\.pdf page 2 shows an image whose data is damaged/);
  });
});

describe('packet report', () => {
  it('--format json exits 1 on the incomplete example and names what is missing', async () => {
    const r = await cli(['report', incomplete, '--format', 'json', '--today', '2025-10-01']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.ready).toBe(false);
    expect(json.profile).toMatchObject({ id: 'aalto-tml-doctoral-2025', title: 'Doctoral Researcher in Trustworthy Machine Learning', deadline: '2025-11-14' });
    expect(json.items.map((i: { id: string; status: string }) => `${i.id}:${i.status}`)).toEqual([
      'cv:ok',
      'bio:missing',
      'research_plan:ok',
      'transcript:invalid',
      'thesis:invalid',
      'references:invalid',
      'diplomas:later',
    ]);
    expect(json.diagnostics.find((d: { code: string }) => d.code === 'item.missing')).toMatchObject({
      severity: 'error',
      item: 'bio',
      line: 7,
      col: 1,
      path: 'items.bio',
    });
    expect(json.verdict).toBe('Not ready: 1 item missing (Short bio), 1 file that cannot be used, 1 link that does not work, 1 referee detail to correct');
  });

  it('text: every item with its status and what was found, then the notes and the verdict', async () => {
    const r = await cli(['report', join(copyExample(), 'manifest.yaml'), '--today', '2025-10-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  ok        CV                                  docs/cv.pdf (2 pages)\n');
    expect(r.stdout).toContain('  ok        Transcript of records               docs/transcript-bsc.pdf (2 pages), docs/transcript-msc-scan.png (1 page)\n');
    expect(r.stdout).toContain('  later     Bachelor\'s and Master\'s diplomas    later: Sent after shortlisting, as the posting says.\n');
    expect(r.stdout).toContain("Notes from the posting:\n  - The candidates must have completed their Master's degree before the start of the contract period.\n");
    expect(r.stdout.endsWith('\nReady to submit (1 item to send later)\n')).toBe(true);
  });

  it('a list written as an item key: item.unknown on stdout, nothing from the YAML library on stderr', async () => {
    const dir = copyExample();
    writeFileSync(join(dir, 'manifest.yaml'), readFileSync(join(dir, 'manifest.yaml'), 'utf8').replace('items:\n', 'items:\n  [docs/bio.pdf]: x\n'));
    // The installed command in its own process: Node prints a library's process warnings on the real stderr.
    const r = installedCli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/error item\.unknown {2}`\[ docs\/bio\.pdf \]` is not an item of the posting/);
    expect(r.stderr).toBe('');
  });

  it('validate -f json is validate --format json, as for report', async () => {
    const short = await cli(['validate', incomplete, '-f', 'json', '--today', '2025-10-01']);
    expect(short.code).toBe(1);
    expect(short.stdout).toBe((await cli(['validate', incomplete, '--format', 'json', '--today', '2025-10-01'])).stdout);
    expect(JSON.parse(short.stdout).ready).toBe(false);
  });

  it('md: a checklist to paste into notes, written to a file with -o', async () => {
    const dir = workspace({});
    const out = join(dir, 'checklist.md');
    const r = await cli(['report', incomplete, '--format', 'md', '-o', out, '--today', '2025-10-01']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('# Application checklist: Doctoral Researcher in Trustworthy Machine Learning\n');
    expect(md).toContain('- [x] CV: docs/cv.pdf (2 pages)\n');
    expect(md).toContain('- [ ] Short bio — **missing**: needed: file or text\n');
    expect(md).toContain('**Not ready: 1 item missing (Short bio), 1 file that cannot be used, 1 link that does not work, 1 referee detail to correct**');
  });

  it('md: a value to paste in a code span is written as it is, not backslashed; a backtick typed into a quoted value is escaped (audit 12-06l #12; before: "`affiliation: Tampere \\| University \\<br\\> bold`")', async () => {
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': await makePdf({ pages: 2 }), 'plan.pdf': await makePdf({ pages: 3 }), 'manifest.yaml': TEST_MANIFEST.replace('{ name: Ida Aho, email: one@examples.fi }', '{ name: Ida Aho, email: one@examples.fi, affiliation: "Tampere | University <br> **bold** `x`" }') });
    const r = await cli(['report', 'manifest.yaml', '--format', 'md', '--today', '2025-10-01'], { cwd: dir });
    const line = r.stdout.split('\n').find((l) => l.includes('`name.markup`'));
    expect(line).toContain('"Tampere \\| University \\<br\\> \\*\\*bold\\*\\* \\`x\\`"');
    expect(line).toMatch(/\*Fix:\* Write it as it should be printed: `affiliation: Tampere \| University <br> bold x`\.$/);
  });

  it('-o report.md writes Markdown and -o report.json JSON unless --format says otherwise; -o report.pdf is refused (before: plain text under any name)', async () => {
    const dir = workspace({});
    await cli(['report', incomplete, '-o', join(dir, 'r.md'), '--today', '2025-10-01']);
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toMatch(/^# Application checklist: /);
    await cli(['report', incomplete, '-o', join(dir, 'r.json'), '--today', '2025-10-01']);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).ready).toBe(false);
    await cli(['report', incomplete, '-f', 'text', '-o', join(dir, 'plain.md'), '--today', '2025-10-01']);
    expect(readFileSync(join(dir, 'plain.md'), 'utf8')).toMatch(/^Doctoral Researcher in Trustworthy Machine Learning — /);
    const pdf = await cli(['report', incomplete, '-o', join(dir, 'report.pdf'), '--today', '2025-10-01']);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toBe('error: a report is text, Markdown or JSON, not PDF: name the file .txt, .md or .json (or give --format); the packet PDF itself is made by packet build\n');
    expect(existsSync(join(dir, 'report.pdf'))).toBe(false);
  });

  it('-o never writes over an input (the manifest, a listed file) or the built packet', async () => {
    const dir = copyExample();
    expect((await cli(['build', 'manifest.yaml', '--today', '2025-10-01', '-q'], { cwd: dir })).code).toBe(0);
    const before = ['manifest.yaml', 'docs/cv.pdf', 'out/virtanen-aalto-tml.pdf'].map((f) => readFileSync(join(dir, f)));
    const input = "it is one of the packet's inputs (the manifest, the profile or a file it lists), which the report would overwrite";
    const fix = 'Give the report a path of its own (-o report.md); nothing was written.';
    for (const [out, reason] of [
      ['docs/cv.pdf', input],
      ['./manifest.yaml', input],
      ['out/virtanen-aalto-tml.pdf', 'it is the built packet, which the report would overwrite'],
    ] as const) {
      const r = await cli(['report', 'manifest.yaml', '--today', '2025-10-01', '-o', out], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`error build.write-failed  Cannot write ${out.replace(/^\.\//, '')}: ${reason}.  hint: ${fix}\n`);
    }
    expect(['manifest.yaml', 'docs/cv.pdf', 'out/virtanen-aalto-tml.pdf'].map((f) => readFileSync(join(dir, f)))).toEqual(before);
  });
});

describe('report -o over an existing file (audit 12-05b H, O)', () => {
  it('a file that is not a report is kept unless --force; an earlier report in any format is replaced', async () => {
    const dir = copyExample();
    const tex = '\\documentclass{article}\n';
    writeFileSync(join(dir, 'research-statement.tex'), tex);
    const r = await cli(['report', 'manifest.yaml', '-o', 'research-statement.tex', '--format', 'md', '--today', '2025-10-01'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'error report.write-failed  Cannot write research-statement.tex: it already exists and is a plain-text file, not a report, which the report would replace.  hint: Give the report a path of its own (-o report.md), or pass --force to replace that file; nothing was written.\n',
    );
    expect(readFileSync(join(dir, 'research-statement.tex'), 'utf8')).toBe(tex);
    writeFileSync(join(dir, 'notes.md'), '# My notes\n\nCall Mikko on Monday.\n');
    expect((await cli(['report', 'manifest.yaml', '-o', 'notes.md', '--today', '2025-10-01'], { cwd: dir })).code).toBe(2);
    expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toBe('# My notes\n\nCall Mikko on Monday.\n');
    const forced = await cli(['report', 'manifest.yaml', '-o', 'research-statement.tex', '--format', 'md', '--force', '--today', '2025-10-01'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'research-statement.tex'), 'utf8')).toMatch(/^# Application checklist: /);
    // A report written before, as text, Markdown or JSON (a ready one or not), is replaced without asking.
    for (const out of ['report.txt', 'report.md', 'report.json']) {
      for (const [flags, code] of [[['--today', '2026-12-05', '--strict'], 1], [['--today', '2025-10-01'], 0]] as const) {
        const again = await cli(['report', 'manifest.yaml', '-o', out, ...flags], { cwd: dir });
        expect(again.stderr, out).toBe(`Wrote ${out}\n`);
        expect(again.code, out).toBe(code);
      }
    }
  });

  it('a report it wrote and the user edited since (notes added) is kept unless --force, said as an edited report under report.write-failed (audit 12-06i #8; before: "a plain-text file, not a report", build.write-failed)', async () => {
    const dir = copyExample();
    for (const [out, format] of [['checklist.md', 'md'], ['report.txt', 'text']] as const) {
      expect((await cli(['report', 'manifest.yaml', '-o', out, '--format', format, '--today', '2025-10-01'], { cwd: dir })).code).toBe(0);
      const edited = `${readFileSync(join(dir, out), 'utf8')}\n## My notes\n\n- Call the HR contact on Monday about the diploma.\n`;
      writeFileSync(join(dir, out), edited);
      const r = await cli(['report', 'manifest.yaml', '-o', out, '--format', format, '--today', '2025-10-01'], { cwd: dir });
      expect([r.code, r.stderr], out).toEqual([
        2,
        `error report.write-failed  Cannot write ${out}: it is a report that \`packet report\` wrote and that was edited since: replacing it would lose your notes in it.  hint: Write the new report to another file (-o report-new.md), or pass --force to replace this one, notes and all; nothing was written.\n`,
      ]);
      expect(readFileSync(join(dir, out), 'utf8')).toBe(edited);
      const forced = await cli(['report', 'manifest.yaml', '-o', out, '--format', format, '--force', '--today', '2025-10-01'], { cwd: dir });
      expect([forced.code, readFileSync(join(dir, out), 'utf8').includes('My notes')]).toEqual([0, false]);
    }
  });

  it('-o - writes the report to standard output, not to a file named "-"', async () => {
    const dir = copyExample();
    const r = await cli(['report', 'manifest.yaml', '-o', '-', '--format', 'md', '--today', '2025-10-01'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Application checklist: Doctoral Researcher/);
    expect(r.stderr).toBe('');
    expect(existsSync(join(dir, '-'))).toBe(false);
  });
});

describe('usage errors and internal errors', () => {
  it('a manifest that does not exist: one line, exit 2', async () => {
    const r = await cli(['validate', 'nope/manifest.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: nope/manifest.yaml does not exist\n');
    expect(r.stdout).toBe('');
  });

  it('a folder instead of a manifest: suggests the manifest inside', async () => {
    const r = await cli(['validate', 'examples/aalto-tml'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: examples/aalto-tml is a folder, not a file (try examples/aalto-tml/manifest.yaml)\n');
  });

  it('a bad --today or an unknown flag: exit 2 with a hint', async () => {
    const bad = await cli(['validate', example, '--today', '14.11.2025']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/"14\.11\.2025" is not a date; write it as YYYY-MM-DD/);
    // An offset that does not exist is named with its fix (before, +25:00 was taken and moved "today" by a day).
    const offset = await cli(['validate', example, '--today', '2025-06-30T23:59+25:00']);
    expect(offset.code).toBe(2);
    expect(offset.stderr.split('\n')[0]).toBe(
      "error: option '--today <date>' argument '2025-06-30T23:59+25:00' is invalid. \"2025-06-30T23:59+25:00\" has a UTC offset that does not exist: \"+25:00\"; write the offset as +HH:MM or -HH:MM, from -12:00 to +14:00 (Helsinki in winter is +02:00), or an IANA time zone name such as Europe/Helsinki.",
    );
    const flag = await cli(['validate', example, '--stirct']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/unknown option '--stirct'/);
    expect(flag.stderr).toMatch(/Did you mean --strict\?/);
    const fmt = await cli(['report', example, '--format', 'pdf']);
    expect(fmt.code).toBe(2);
    expect(fmt.stderr).toMatch(/--format must be one of text, md, json, not "pdf"/);
  });

  it('--help and --version exit 0', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: packet \[options\] \[command\]/);
    const version = await cli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toBe(`${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}\n`);
  });

  it('never prints a stack trace for bad input, whatever the manifest holds', async () => {
    const dir = workspace({
      'profile.yaml': TEST_PROFILE,
      'cv.pdf': await makePdf(),
      'a.yaml': '- just\n- a list\n',
      'b.yaml': 'profile: [1, 2]\nitems: 7\n',
      'c.yaml': '\t\tbad: indentation\n',
      'd.yaml': 'profile: ./profile.yaml\napplicant: { name: X }\nitems: { cv: [[[]]] , bio: { text: 5 } }\n',
      'e.yaml': '',
    });
    for (const f of ['a', 'b', 'c', 'd', 'e']) {
      const r = await cli(['validate', join(dir, `${f}.yaml`)]);
      expect([1, 2], `${f}.yaml: ${r.stderr}`).toContain(r.code);
      expect(r.stderr + r.stdout).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    }
  });
});

describe('packet profiles', () => {
  it('lists the built-ins, one line each', async () => {
    const r = await cli(['profiles']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^aalto-tml-doctoral-2025 {2}Doctoral Researcher in Trustworthy Machine Learning, Aalto University, Department of Computer Science {2}\(deadline 2025-11-14\)$/);
  });
});

describe.skipIf(!existsSync(join(root, 'dist/cli/main.js')))('the installed command (files inspected in a worker thread)', () => {
  const run = (args: string[], cwd = root) => installedCli(args, { cwd });

  it('validate gives the same answer as in process', async () => {
    const ok = run(['validate', 'examples/aalto-tml/manifest.yaml', '--today', '2025-10-01']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe('Ready to submit (1 item to send later)\n');
    const bad = run(['validate', 'examples/aalto-tml-incomplete/manifest.yaml', '--today', '2025-10-01']);
    expect(bad.status).toBe(1);
    const inProcess = await cli(['validate', 'examples/aalto-tml-incomplete/manifest.yaml', '--today', '2025-10-01'], { cwd: root });
    expect(bad.stdout).toBe(inProcess.stdout);
  });

  it('builds the example, says its version and finds the built-in profiles', async () => {
    const dir = copyExample();
    const epoch = { SOURCE_DATE_EPOCH: '1761955200' };
    const built = installedCli(['build', 'manifest.yaml', '--today', '2025-10-01', '-o', 'installed.pdf'], { cwd: dir, env: epoch });
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    expect(built.stdout).toMatch(/^Built installed\.pdf: 13 pages/);
    // The same bytes as the build from the TypeScript sources.
    expect((await cli(['build', 'manifest.yaml', '--today', '2025-10-01', '-o', 'sources.pdf'], { cwd: dir, env: epoch })).code).toBe(0);
    expect(Buffer.compare(readFileSync(join(dir, 'installed.pdf')), readFileSync(join(dir, 'sources.pdf')))).toBe(0);
    expect(run(['--version']).stdout).toBe(`${(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version}\n`);
    expect(run(['profiles']).stdout.split('\n')[0]).toMatch(/^aalto-tml-doctoral-2025 /);
  });

  it('counts words in process when building', async () => {
    const dir = workspace({
      'profile.yaml': TEST_PROFILE,
      'cv.pdf': await makePdf(),
      'plan.pdf': await makePdf({ pages: 2 }),
      'bio.pdf': await makePdf({ wordsPerPage: 30 }),
      'manifest.yaml': [
        'profile: profile.yaml',
        'applicant: { name: Tiina Perho, email: t@examples.fi }',
        'items:',
        '  cv: cv.pdf',
        '  bio: bio.pdf',
        '  research_plan: plan.pdf',
        '  thesis: { link: https://examples.fi/thesis.pdf }',
        '  references:',
        '    - { name: A B, email: a@examples.fi }',
        '    - { name: C D, email: c@examples.fi }',
        '',
      ].join('\n'),
    });
    const built = run(['build', 'manifest.yaml', '--today', '2025-10-01'], dir);
    expect(built.status).toBe(1);
    expect(built.stdout).toBe('manifest.yaml:5:8 error limit.words  Short bio has 32 words; the posting allows 20.  hint: Cut 12 words.\n\nNot built: fix the errors above first.\n');
    expect(built.stderr).toBe('');
  });
});
