// Audit 2026-12-05b (#7, #8, #12): two positions merged into one profile, "close of business" left out of a deadline,
// documents the posting asks for that no item lists and nothing points at.
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const explicit = (text: string) =>
  importPosting(`Position: Lecturer in Public Health\nEmployer: Southern Cross Institute\n\nApplications must be sent as a single PDF and include a cover letter (PDF file) and a CV (PDF file).\n\n${text}\n`, { today: '2026-12-05' });
const deadlineReasons = (text: string) => explicit(text).review.filter((n) => n.path === 'deadline').map((n) => n.reason);

describe('"close of business" in the deadline (audit 12-05b #8)', () => {
  it('marks a date-only deadline whose sentence says "close of business" (before: unmarked, "Nothing was guessed")', () => {
    const r = explicit('Applications must be received by close of business on Friday 5 March 2027.');
    expect(r.profile.deadline).toBe('2027-03-05');
    expect(r.review.map((n) => n.path)).toEqual(['deadline']);
    expect(r.review[0]?.reason).toContain('"close of business"');
    expect(r.review[0]?.reason).toContain('whole day');
    expect(r.yaml).toContain('# REVIEW: the sentence sets the time as "close of business"');
  });

  it('marks the family: "COB", "end of the working day", "Dienstschluss"', () => {
    expect(deadlineReasons('Deadline: 5 March 2027, COB.')).toHaveLength(1);
    expect(deadlineReasons('Applications close at the end of the working day on 5 March 2027.')).toHaveLength(1);
    expect(deadlineReasons('Bewerbungsschluss ist der 5. März 2027 (Dienstschluss).')).toHaveLength(1);
  });

  it('marks "close of business on the closing date" said in another sentence', () => {
    const reasons = deadlineReasons('Closing date: 5 March 2027.\n\nApplications must be received by close of business on the closing date.');
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toContain('"close of business"');
  });

  it('leaves a deadline with a clock time, or a plain "end of day", unmarked', () => {
    expect(deadlineReasons('Applications must be received by close of business, 5 March 2027 at 17:00.').join(' ')).not.toContain('close of business');
    expect(deadlineReasons('Deadline: 5 March 2027 (end of day).')).toEqual([]);
    expect(deadlineReasons('Applications must be received by 5 March 2027.')).toEqual([]);
  });
});

describe('a posting that offers several positions, each with its own part (audit 12-05b #7)', () => {
  const reasons = (text: string) =>
    importPosting(text, { today: '2026-12-05' })
      .review.filter((n) => n.path === 'items')
      .map((n) => n.reason);

  it('marks the profile, naming the positions (before: merged, "Nothing was guessed")', () => {
    const r = importPosting(
      'Position: Doctoral student and postdoc, Lindqvist Lab\nEmployer: Institute for Molecular Medicine\n\nPosition 1: Doctoral student in single-cell genomics. Applications must be sent as a single PDF and must include a cover letter (PDF file, max. 1 page) and a CV (PDF file). Deadline: 15 January 2027, 23:59 CET.\n\nPosition 2: Postdoctoral fellow in immunology. Applications must be sent as a single PDF and must include a CV (PDF file) and a research statement (PDF file) of no more than three pages.\n',
      { today: '2026-12-05' },
    );
    expect(r.profile.review).toBe(true);
    const reason = r.review.find((n) => n.path === 'items')?.reason ?? '';
    expect(reason).toContain('2 positions');
    expect(reason).toContain('"Position 1: Doctoral student in single-cell genomics"; "Position 2: Postdoctoral fellow in immunology"');
    expect(r.yaml).toContain('# REVIEW: the posting offers 2 positions');
  });

  it('reads labels in other languages and headings that name a role', () => {
    expect(reasons('Stelle 1: Doktorand (m/w/d) Chemie\nBitte senden Sie einen Lebenslauf und ein Motivationsschreiben.\n\nStelle 2: Postdoc (m/w/d) Physik\nBitte senden Sie einen Lebenslauf, eine Publikationsliste und zwei Empfehlungsschreiben. Bewerbungsschluss: 1. März 2027.\n')).toHaveLength(1);
    expect(reasons('# Two openings in the Baker Lab\n\n## PhD position in plant genetics\n\nSend a CV and a cover letter. Deadline: 15 January 2027.\n\n## Postdoc in plant physiology\n\nSend a CV, a research statement and three letters of recommendation. Deadline: 1 March 2027.\n')).toHaveLength(1);
  });

  it('leaves alone positions that share one application, and the levels of one post', () => {
    expect(reasons('Assistant Professors in Philosophy\n\nPosition 1: Philosophy of physics. Position 2: Philosophy of psychology.\n\nApplications must include a CV, a cover letter and a writing sample. Deadline: 15 January 2027.\n')).toEqual([]);
    expect(reasons('Lecturer/Senior Lecturer/Professor\n\nApplications must include a CV and copies of qualifications. Closing date: 15 January 2027.\n\nLecturer\n\n• A good academic record (attach a copy of your transcript).\n')).toEqual([]);
  });
});

describe('documents asked for that no item listed and nothing pointed at (audit 12-05b #12)', () => {
  const read = (text: string) => {
    const r = importPosting(`Position: Assistant Professor\nEmployer: Kansai Institute\n\n${text}\n`, { today: '2026-12-05' });
    return { items: r.profile.items.map((i) => [i.kind, i.stage, i.condition ?? '']), unlisted: r.unlisted.map((u) => [u.kind, u.name]) };
  };
  const named = (text: string, kind: string) => {
    const { items, unlisted } = read(text);
    return items.some((i) => i[0] === kind) || unlisted.some((u) => u[0] === kind);
  };

  it('reads a list of research achievements and persons who can give an opinion (before: neither listed nor pointed at)', () => {
    expect(named('Documents to be submitted:\n(1) Curriculum vitae\n(2) List of research achievements (prescribed form)', 'publication_list')).toBe(true);
    expect(named('Documents to be submitted:\n(1) Curriculum vitae\n(2) Names and contact information of two persons who can provide an opinion about the applicant', 'references')).toBe(true);
  });

  it('reads a list of the most important publications (before: missed)', () => {
    const { items } = read('The application must contain:\n1. Cover letter (1 page)\n2. List of your five most important publications, with a short comment on each');
    expect(items.map((i) => i[0])).toEqual(['cover_letter', 'other']);
  });

  it('reads the share code and the predicted grade asked of some applicants, with their condition', () => {
    const { items } = read('Please send a CV. Applicants who hold settled or pre-settled status should attach their share code. Candidates currently in the final year of their degree should provide a predicted grade from their department.');
    expect(items.filter((i) => i[0] === 'other').map((i) => i[2] !== '')).toEqual([true, true]);
  });

  it('points at a document of a listed kind asked only of some applicants', () => {
    const { unlisted } = read('Please send a CV and transcripts. Candidates whose thesis is not yet finished should include a preliminary transcript.');
    expect(unlisted).toContainEqual(['transcript', 'transcript']);
    // Named in the condition, not asked for: no pointer.
    expect(read('Please send a CV and a thesis summary. Candidates whose thesis is not yet finished should include a timeline for completion.').unlisted).toEqual([]);
  });

  it('reads a translation asked for in Norwegian, and a Danish condition put as a question', () => {
    expect(read('Send CV og vitnemål. Dokumentasjon som ikke er på engelsk må oversettes av autorisert translatør.').items.some((i) => i[0] === 'other')).toBe(true);
    const { items } = read('Send CV. Har du endnu ikke afsluttet din kandidatuddannelse, skal du vedlægge en bekræftelse fra din vejleder.');
    expect(items.filter((i) => i[0] === 'other').map((i) => i[2])).toEqual(['Har du endnu ikke afsluttet din kandidatuddannelse']);
  });
});
