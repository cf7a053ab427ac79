/**
 * A referee's email made of your name or another referee's (audit 12-05l #4), and test data or one word where a
 * referee's name goes (audit 12-05l #9): each finding as the user reads it, at its file:line:col.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkManifest } from '../../../src/app/check.js';
import { formatDiagnostic } from '../../../src/core/report/diagnostic-line.js';
import { makePdf } from '../../helpers/make-pdf.js';
import { cli, TEST_MANIFEST, TEST_PROFILE, workspace } from '../../helpers/workspace.js';

let cv: Uint8Array;
let plan: Uint8Array;
beforeAll(async () => {
  cv = await makePdf({ pages: 2 });
  plan = await makePdf({ pages: 3 });
});

const APPLICANT = 'applicant: { name: Tiina Perho, email: test@examples.fi }';
const IDA = '{ name: Ida Aho, email: one@examples.fi }';
const ARI = '{ name: Ari Oja, email: two@examples.fi }';

/** The manifest's findings as printed, with the applicant and the two referees given. */
async function lines(applicant: string, one: string, two: string = ARI): Promise<string[]> {
  const manifest = TEST_MANIFEST.replace(APPLICANT, applicant).replace(IDA, one).replace(ARI, two);
  const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': cv, 'plan.pdf': plan, 'manifest.yaml': manifest });
  const check = await checkManifest(join(dir, 'manifest.yaml'), { today: '2025-10-01' });
  return check.diagnostics.map((d) => formatDiagnostic(d).replace(check.manifestFile, 'manifest.yaml'));
}

const AINO = 'applicant: { name: Aino Virtanen, email: aino.virtanen@gmail.com }';
const own = (email: string, named = 'Aino Virtanen', who = 'Ida Aho') =>
  `manifest.yaml:9:31 error referee.own-email  ${who}'s email ${email} is made of your own name, ${named}: mail to it would reach you, not your referee.  hint: Give the referee's own address, as on their university's staff page.`;

describe("referee.own-email and referee.other-email: an address made of your name or another referee's (audit 12-05l #4)", () => {
  it('your name before the @ at any domain is an error, in the usual forms (before: Ready)', async () => {
    for (const email of ['aino.virtanen@tuni.fi', 'ainovirtanen@outlook.com', 'a.virtanen@tuni.fi', 'virtanen.aino@tuni.fi', 'aino_virtanen@yahoo.com', 'aino-virtanen@proton.me', 'Aino.Virtanen+ref@tuni.fi', 'aino.virtanen2@hotmail.com']) {
      expect(await lines(AINO, `{ name: Ida Aho, email: ${email} }`), email).toEqual([own(email)]);
    }
  });

  it('accents folded either way, titles and more words of a name too', async () => {
    const paivi = 'applicant: { name: Päivi Mäkelä, email: paivi@gmail.com }';
    for (const email of ['paivi.makela@tuni.fi', 'paeivi.maekelae@tuni.fi', 'p.makela@tuni.fi', 'makela.paivi@utu.fi']) {
      expect(await lines(paivi, `{ name: Ida Aho, email: ${email} }`), email).toEqual([own(email, 'Päivi Mäkelä')]);
    }
    const anna = 'applicant: { name: Anna-Liisa van der Berg, email: al@gmail.com }';
    for (const email of ['anna-liisa.vanderberg@tuni.fi', 'annaliisa.van.der.berg@tuni.fi', 'anna.berg@tuni.fi']) {
      expect(await lines(anna, `{ name: Ida Aho, email: ${email} }`), email).toEqual([own(email, 'Anna-Liisa van der Berg')]);
    }
  });

  it('a referee whose own name gives the same address is left be; so are the usual addresses of referees', async () => {
    // A referee who shares your family name (a. for Antti), or your whole name: referee.self says the latter.
    expect(await lines(AINO, '{ name: Prof. Antti Virtanen, email: a.virtanen@tuni.fi }')).toEqual([]);
    expect(await lines(AINO, '{ name: Dr. Aino Virtanen (Oulu), email: aino.virtanen@oulu.fi }')).toEqual([
      'manifest.yaml:9:15 warning referee.self  Dr. Aino Virtanen (Oulu) has your own name, at another address (aino.virtanen@oulu.fi, not your aino.virtanen@gmail.com): a referee has to be someone else, who writes or speaks about you.  hint: If Dr. Aino Virtanen (Oulu) is another person who shares your name, nothing to do; if it is you under another address, remove this referee and give one who writes about you.',
    ]);
    for (const email of ['ida.aho@tuni.fi', 'i.aho@tuni.fi', 'aho@tuni.fi', 'ida@aho.fi', 'iaho@uni.edu', 'virtanen.lab@tuni.fi']) {
      expect(await lines(AINO, `{ name: Ida Aho, email: ${email} }`), email).toEqual([]);
    }
    // A short name joined without a dot is a name of its own: "lina" is not Li Na.
    expect(await lines('applicant: { name: Li Na, email: lina.work@gmail.com }', '{ name: Lina Berg, email: lina@berg-lab.org }')).toEqual([]);
  });

  it("another referee's name and not this one's is a warning, whichever comes first (before: Ready)", async () => {
    const other = (at: string, who: string, email: string, them: string, line: number) =>
      `manifest.yaml:${at} warning referee.other-email  ${who}'s email ${email} is made of the name of your other referee ${them} (line ${line}), not of ${who}'s own: copied from that entry?  hint: Give ${who}'s own address, as on their university's staff page; if this address really is theirs, nothing to do.`;
    expect(await lines(APPLICANT, '{ name: Prof. Mikko Korhonen, email: mikko.korhonen@tuni.fi }', '{ name: Dr. Åsa Ødegård, email: mikko.korhonen@uio.no }')).toEqual([
      other('10:39', 'Dr. Åsa Ødegård', 'mikko.korhonen@uio.no', 'Prof. Mikko Korhonen', 9),
    ]);
    expect(await lines(APPLICANT, '{ name: Ida Aho, email: ari.oja@tuni.fi }')).toEqual([other('9:31', 'Ida Aho', 'ari.oja@tuni.fi', 'Ari Oja', 10)]);
    // Her own name as a Norwegian address writes it: no slip.
    expect(await lines(APPLICANT, '{ name: Prof. Mikko Korhonen, email: mikko.korhonen@tuni.fi }', '{ name: Dr. Åsa Ødegård, email: aasa.oedegaard@uio.no }')).toEqual([]);
  });

  it('the audit case: validate says what is wrong and exits 1 (before: "Ready to submit", exit 0)', async () => {
    const manifest = TEST_MANIFEST.replace(APPLICANT, AINO)
      .replace(IDA, '{ name: Prof. Mikko Korhonen, email: aino.virtanen@tuni.fi }')
      .replace(ARI, '{ name: Dr. Åsa Ødegård, email: mikko.korhonen@uio.no }');
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': cv, 'plan.pdf': plan, 'manifest.yaml': manifest });
    const run = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain(own('aino.virtanen@tuni.fi', 'Aino Virtanen', 'Prof. Mikko Korhonen').replace('9:31', '9:44'));
    expect(run.stdout + run.stderr).toContain('manifest.yaml:10:39 warning referee.other-email  Dr. Åsa Ødegård\'s email mikko.korhonen@uio.no is made of the name of your other referee Prof. Mikko Korhonen (line 9)');
    expect(run.stdout).toContain('Not ready: 1 referee detail to correct');
  });
});

describe('referee.email-given-name: your given name alone before the @ (names, 12-05 leftover)', () => {
  const given = (email: string, who = 'Ida Aho') =>
    `manifest.yaml:9:31 warning referee.email-given-name  ${who}'s email ${email} is made of your given name alone (you are Aino Virtanen), not of ${who}'s name: if it is your own address, mail to it would reach you, not your referee.  hint: Give ${who}'s own address, as on their university's staff page; if this address really is theirs, nothing to do.`;

  it('is a warning at any domain, accents folded (before: Ready, no word)', async () => {
    for (const email of ['aino@tuni.fi', 'Aino@gmail.com', 'aino+ref@outlook.com']) {
      expect(await lines(AINO, `{ name: Ida Aho, email: ${email} }`), email).toEqual([given(email)]);
    }
    const ana = 'applicant: { name: Ánä Virtanen, email: aino.virtanen@gmail.com }';
    expect((await lines(ana, '{ name: Ida Aho, email: anae@tuni.fi }')).map((l) => l.split('  ')[0])).toEqual(['manifest.yaml:9:31 warning referee.email-given-name']);
  });

  it("is not when the referee's own name fits the address too, nor for a given name of two letters", async () => {
    expect(await lines(AINO, '{ name: Aino Korhonen, email: aino@tuni.fi }')).toEqual([]);
    expect(await lines(AINO, '{ name: Ida Aho, email: ida@tuni.fi }')).toEqual([]);
    expect(await lines('applicant: { name: Li Na, email: li.na@gmail.com }', '{ name: Ida Aho, email: li@tuni.fi }')).toEqual([]);
  });

  it('your whole name stays the error (referee.own-email)', async () => {
    expect(await lines(AINO, '{ name: Ida Aho, email: aino.virtanen@tuni.fi }')).toEqual([own('aino.virtanen@tuni.fi')]);
  });
});

describe('manifest.placeholder and referee.one-name: test data or one word for a name (audit 12-05l #9)', () => {
  const placeholder = (at: string, value: string) =>
    `manifest.yaml:${at} error manifest.placeholder  "${value}" is a placeholder, not the real value: a reviewer would read it as it is.  hint: Replace it with the real value.`;

  it('a tester\'s words for a referee are a placeholder (before: Ready)', async () => {
    for (const name of ['Test User', 'Foo Bar', 'Asdf Asdf', 'Qwerty', 'Dummy Referee', 'Sample Person', 'Lorem Ipsum', 'test user', 'Prof. Test Tester', 'Fake Name', 'Foo Bar (Aalto)', 'asdfgh']) {
      expect(await lines(APPLICANT, `{ name: "${name}", email: one@examples.fi }`), name).toEqual([placeholder('9:15', name)]);
    }
  });

  it('and for your own name', async () => {
    expect(await lines('applicant: { name: Test User, email: test@examples.fi }', IDA)).toEqual([placeholder('2:20', 'Test User')]);
  });

  it('"Test Person" and its siblings, and the placeholder names of forms typed without accents, for you or a referee (before: Ready) (names, 12-05 leftover)', async () => {
    for (const name of ['Test Person', 'Person Test', 'Testperson', 'Testi Henkilö', 'Testi Testaaja', 'Matti Meikalainen', 'Maija Meikaelaeinen']) {
      expect(await lines(APPLICANT, `{ name: "${name}", email: one@examples.fi }`), name).toEqual([placeholder('9:15', name)]);
      expect(await lines(`applicant: { name: "${name}", email: test@examples.fi }`, IDA), name).toEqual([placeholder('2:20', name)]);
    }
    // Real people with one such word, and the example names of forms that are real people's too (a warning of their own).
    for (const name of ['Ada Person', 'Sam Person', 'Testi Virtanen']) {
      expect(await lines(APPLICANT, `{ name: "${name}", email: one@examples.fi }`), name).toEqual([]);
    }
    expect((await lines(APPLICANT, '{ name: "Sven Svensson", email: one@examples.fi }')).filter((l) => l.includes('placeholder'))).toEqual([]);
  });

  it('real people whose names hold one such word stay clean', async () => {
    for (const name of ['Tess Tester', 'Gerd Test', 'Sam Sample', 'Bart Foo', 'Foo Swee Chin', 'Bar Refaeli', 'Mary User', 'Dr. Joe Sample', 'Demo Kwame']) {
      expect(await lines(APPLICANT, `{ name: "${name}", email: one@examples.fi }`), name).toEqual([]);
    }
  });

  it('a referee named by one word, titles aside, is a warning (before: Ready)', async () => {
    const one = (name: string) =>
      `manifest.yaml:9:15 warning referee.one-name  The referee "${name}" is named by one word: a reviewer needs the full name to know who writes for you.  hint: Write the referee's given and family name, e.g. Prof. Mikko Korhonen; if one word is their whole name, nothing to do.`;
    for (const name of ['Mikko', 'Prof. Korhonen', 'Dr. Jean-Pierre', 'Mikko (Aalto)']) {
      expect(await lines(APPLICANT, `{ name: "${name}", email: one@examples.fi }`), name).toEqual([one(name)]);
    }
    // Given and family name, an initial and a family name, a name in a script written without spaces: whole names.
    for (const name of ['Mikko Korhonen', 'M. Korhonen', 'Korhonen, M.', '王小明']) {
      expect((await lines(APPLICANT, `{ name: "${name}", email: one@examples.fi }`)).filter((l) => l.includes('referee.one-name')), name).toEqual([]);
    }
  });

  it('a given name that is a title too is a name without a dot: "Nat Turner", "Hon Wai Lee" are two words (before: referee.one-name), "Dr. rer. nat." a title (names, 12-05 leftover)', async () => {
    for (const name of ['Nat Turner', 'Hon Wai Lee', 'Phil Jones', 'Dr. rer. nat. Anna Berger']) {
      expect(await lines(APPLICANT, `{ name: "${name}", email: one@examples.fi }`), name).toEqual([]);
    }
    // Titles of the letters' signatures are titles here too: "Mgr." or "Prof. Drs." alone names no one, as "Prof. Dr." does not (before: referee.one-name, a warning).
    for (const name of ['Mgr.', 'Prof. Drs.', 'Senior Lecturer']) {
      expect((await lines(APPLICANT, `{ name: "${name}", email: one@examples.fi }`)).map((l) => l.split('  ')[0]), name).toEqual(['manifest.yaml:9:15 error manifest.placeholder']);
    }
  });

  it('the audit case: validate exits 1 (before: "Ready to submit", exit 0)', async () => {
    const manifest = TEST_MANIFEST.replace(IDA, '{ name: Test User, email: mikko.korhonen@tuni.fi }').replace(ARI, '{ name: Mikko, email: m.k@aalto.fi }');
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': cv, 'plan.pdf': plan, 'manifest.yaml': manifest });
    const run = await cli(['validate', 'manifest.yaml', '--today', '2025-10-01'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('manifest.yaml:9:15 error manifest.placeholder  "Test User" is a placeholder');
    expect(run.stdout).toContain('manifest.yaml:10:15 warning referee.one-name  The referee "Mikko" is named by one word');
    expect(run.stdout).toContain('Not ready: 1 mistake in the manifest');
  });
});

describe('two people of one common name (audit 12-06d #2)', () => {
  const TSINGHUA = '{ name: Prof. Wei Zhang, email: wzhang@tsinghua.edu.cn, affiliation: Tsinghua University }';
  const MIT = '{ name: Dr. Wei Zhang, email: weizhang@mit.edu, affiliation: Massachusetts Institute of Technology }';

  it('two referees of one name at two addresses: a warning saying what to check (before: referee.same-name error, Not ready)', async () => {
    expect(await lines(APPLICANT, TSINGHUA, MIT)).toEqual([
      'manifest.yaml:10:15 warning referee.same-name  Dr. Wei Zhang at weizhang@mit.edu, Massachusetts Institute of Technology, has the name of your referee Prof. Wei Zhang (line 9) at wzhang@tsinghua.edu.cn, Tsinghua University: if they are one person, they count twice.  hint: Check the two addresses: if both are one person\'s, keep one of the entries; if they are two people, nothing to do (their affiliations tell them apart on the referee page).',
    ]);
    // The same address twice is one person: an error, as before.
    expect(await lines(APPLICANT, TSINGHUA, MIT.replace('weizhang@mit.edu', 'WZhang@tsinghua.edu.cn'))).toEqual([
      'manifest.yaml:10:37 error referee.duplicate  WZhang@tsinghua.edu.cn is given for two referees (first on line 9).  hint: Each referee needs their own email address; remove the repeated referee or correct the address.',
    ]);
  });

  it('two names at one address: the hint says whose address it is, not to remove a referee (audit 24 F3; before: "remove the repeated referee")', async () => {
    expect(await lines(APPLICANT, '{ name: Dr. Anna Nowak, email: anna.nowak@example.pl }', '{ name: Prof. Jan Kowalski, email: anna.nowak@example.pl }')).toEqual([
      "manifest.yaml:10:42 error referee.duplicate  anna.nowak@example.pl is given for two referees (first on line 9).  hint: Prof. Jan Kowalski has Dr. Anna Nowak's address: write Prof. Jan Kowalski's own address here.",
    ]);
  });

  it('a referee of your own name at another address: a warning (before: referee.self error); at your own address, referee.own-email alone', async () => {
    const lina = 'applicant: { name: Li Na, email: lina2000@gmail.com }';
    expect(await lines(lina, '{ name: Prof. Na Li, email: na.li@harvard.edu, affiliation: Harvard University }')).toEqual([
      'manifest.yaml:9:15 warning referee.self  Prof. Na Li has your own name, at another address (na.li@harvard.edu, not your lina2000@gmail.com): a referee has to be someone else, who writes or speaks about you.  hint: If Prof. Na Li is another person who shares your name, nothing to do; if it is you under another address, remove this referee and give one who writes about you.',
    ]);
    expect(await lines(lina, '{ name: Li Na, email: LiNa2000+ref@gmail.com }')).toEqual([
      'manifest.yaml:9:29 error referee.own-email  Li Na\'s email LiNa2000+ref@gmail.com is your own address lina2000@gmail.com written another way: mail to it reaches you, not your referee.  hint: Give the referee\'s own address, as on their university\'s staff page.',
    ]);
  });

  it('validate says Ready to submit, exit 0, for two Wei Zhangs', async () => {
    const manifest = TEST_MANIFEST.replace(IDA, TSINGHUA).replace(ARI, MIT);
    const dir = workspace({ 'profile.yaml': TEST_PROFILE, 'cv.pdf': cv, 'plan.pdf': plan, 'manifest.yaml': manifest });
    const v = await cli(['validate', join(dir, 'manifest.yaml'), '--today', '2025-10-01']);
    expect(v.stdout).toContain('Ready to submit');
    expect(v.code).toBe(0);
  });
});

describe('referee.email-noreply: a no-reply address (audit 12-06d #6)', () => {
  const said = (email: string, who = 'Ida Aho') =>
    `manifest.yaml:9:31 warning referee.email-noreply  ${who}'s email "${email}" is a no-reply address: the employer's request for a letter would reach no one.  hint: Give ${who}'s own address, as on their university's staff page.`;

  it('is a warning, in the usual forms and languages (before: Ready, printed on the referee page)', async () => {
    for (const email of ['noreply@tuni.fi', 'no-reply@uio.no', 'do-not-reply@uio.no', 'DoNotReply@helsinki.fi', 'no_reply@kth.se', 'noreply-rekry@aalto.fi', 'noreply+hr@tuni.fi', 'mailer-daemon@tuni.fi', 'ne-pas-repondre@cnrs.fr', 'nicht-antworten@tum.de']) {
      expect(await lines(APPLICANT, `{ name: Ida Aho, email: ${email} }`), email).toEqual([said(email)]);
    }
  });

  it('real people and role mailboxes are left be', async () => {
    for (const email of ['noreen.reply@tuni.fi', 'nora@tuni.fi', 'noah.replogle@mit.edu', 'reply@tuni.fi', 'sekretariat@tum.de', 'donald.noreply@tuni.fi']) {
      expect(await lines(APPLICANT, `{ name: Ida Aho, email: ${email} }`), email).toEqual([]);
    }
  });
});

describe('no-reply addresses: the mail system\'s own mailboxes, and yours (audit 12-06d #6 rest)', () => {
  const said = (email: string) =>
    `manifest.yaml:9:31 warning referee.email-noreply  Ida Aho's email "${email}" is a no-reply address: the employer's request for a letter would reach no one.  hint: Give Ida Aho's own address, as on their university's staff page.`;

  it('a referee at postmaster@, hostmaster@, abuse@, do-not-respond@ is a warning (before: Ready)', async () => {
    for (const email of ['postmaster@tuni.fi', 'Postmaster@uio.no', 'hostmaster@kth.se', 'abuse@tum.de', 'do-not-respond@uio.no', 'donotrespond@mit.edu', 'no.reply@tuni.fi', 'donotreply@helsinki.fi']) {
      expect(await lines(APPLICANT, `{ name: Ida Aho, email: ${email} }`), email).toEqual([said(email)]);
    }
  });

  it('your own no-reply address, printed on the cover, is a warning (before: Ready)', async () => {
    for (const email of ['noreply@tuni.fi', 'no.reply@gmail.com', 'donotreply@helsinki.fi', 'postmaster@examples.fi']) {
      expect(await lines(`applicant: { name: Tiina Perho, email: ${email} }`, IDA), email).toEqual([
        `manifest.yaml:2:40 warning applicant.email-noreply  Your email "${email}" is a no-reply address: it is printed on the cover, and a reviewer's reply or invitation would reach no one.  hint: Give your own address, one you read, e.g. aino.virtanen@helsinki.fi.`,
      ]);
    }
  });

  it('people whose names look like them are left be', async () => {
    for (const email of ['noreen.reply@tuni.fi', 'postmaster.jones@tuni.fi', 'jones.postmaster@tuni.fi', 'abuse.smith@tuni.fi', 'abusaleh@tuni.fi', 'hostmasters-club@tuni.fi', 'donald.noreply@tuni.fi']) {
      expect(await lines(APPLICANT, `{ name: Ida Aho, email: ${email} }`), email).toEqual([]);
      expect(await lines(`applicant: { name: Tiina Perho, email: ${email} }`, IDA), email).toEqual([]);
    }
  });
});
