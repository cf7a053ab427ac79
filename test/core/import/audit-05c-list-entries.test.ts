/**
 * Entries of a list of documents the black-box audit of 2026-12-05 (round 3) found dropped, misread or invented
 * (audit-import 12-05c, findings 4 and 9), each as a short posting in the audit's words or in words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const FRAME = 'Position: Postdoctoral Researcher\nEmployer: Institute of Example\n\n';
const read = (body: string) => importPosting(`${FRAME}${body}`, { today: '2026-12-05' });
/** Every item's kind and title, and every pointer's name: what the user is told about. */
const told = (body: string) => {
  const r = read(body);
  return { items: r.profile.items, names: [...r.profile.items.map((i) => i.title), ...r.unlisted.map((u) => u.name)].join(' / ') };
};

describe('a table of documents written with bars: one entry per row (audit #4)', () => {
  const TABLE = [
    '表1 博士后进站需提交的材料清单',
    '序号 | 材料名称 | 负责部门 | ||',
    '博管办 | 流动站 | 学院 | ||',
    '1 | 博士后申请表(一式三份) | √ | | |',
    '2 | 两位专家推荐信(其中一位专家为本人的博士导师,一式三份) | √ | | |',
    '3 | 博士后研究人员进站审核表(一式三份) | √ | | |',
    '4 | 博士后科研流动站设站单位学术部门考核意见表(一式三份) | √ | | |',
    '5 | 身份证复印件(外籍人员须提交护照、港澳台人员地区身份证复印件,一式三份) | √ | | |',
  ].join('\n');

  it('gives each row of the table, and no header row, an item of its own', () => {
    const { items, names } = told(TABLE);
    for (const row of ['博士后申请表', '进站审核表', '考核意见表', '身份证复印件']) expect(names).toContain(row);
    expect(names).not.toContain('博管办');
    expect(items.find((i) => i.kind === 'references')).toMatchObject({ min: 2, max: 2 });
  });

  it('never gives a row the condition of another row, and no row number in a title', () => {
    const { items } = told(TABLE);
    const form = items.find((i) => i.title === '博士后申请表');
    expect(form?.condition).toBeUndefined();
    expect(items.find((i) => i.title.startsWith('身份证复印件'))?.condition).toMatch(/^外籍人员/u);
    expect(items.every((i) => !/^\d+ \|/u.test(i.title))).toBe(true);
  });

  it('reads an English table with numbered rows the same way', () => {
    const { items } = told('Applications must include the following documents:\n\nNo. | Document | Notes\n1 | Curriculum vitae | max. 2 pages\n2 | Research proposal | max. 5 pages\n3 | Two letters of reference | sent by the referees');
    expect(items.map((i) => i.kind)).toEqual(['cv', 'research_plan', 'references']);
  });
});

describe('every entry of "must include the following" gives an item or a pointer (audit #4)', () => {
  const NIH = [
    'Your application must include the following information:',
    '',
    '1) Project description - maximum 10 pages excluding list of literature (12 point, 1,5 line spacing)',
    '',
    '2) Progress plan - showing progress per semester, including both work on thesis and courses in literature and ethics, science and method exam and course of method.',
    '',
    '3) Special needs. Documentation must be included.',
    '',
    '4) Stay abroad? Statement indicating plans for staying at institutions or research institution abroad.',
    '',
    '5) Supervisors - confirmation from the suggested supervisors must be included. For supervisors not employed at NIH, please include full and updated CV.',
    '',
    '6)  Legal and ethical issues - statement clearifying possible legal and ethical issues concerning the projects and how these can be settled. The application must indicate if the project will need confirmation from ethical committees.',
    '',
    '7) Educational background - include confirmed (official) statements from universities and also copies of publications relevant for your application.',
  ].join('\n');

  it('keeps "Special needs", "Stay abroad?" and "Legal and ethical issues", as items or pointers', () => {
    const { names } = told(NIH);
    expect(names).toContain('Special needs');
    expect(names).toMatch(/Stay abroad\? Statement indicating plans/u);
    expect(names).toContain('Legal and ethical issues');
    expect(names).toMatch(/statements from universities/iu);
  });

  it('reads "Progress plan - ..., including both work on thesis" as a plan, not a thesis', () => {
    const { items, names } = told(NIH);
    expect(items.some((i) => i.kind === 'thesis')).toBe(false);
    expect(items.find((i) => i.title === 'Progress plan')).toMatchObject({ kind: 'other', review: true });
    expect(names).not.toMatch(/(?:^| \/ )thesis/u);
  });

  it("reads the supervisors' CV as theirs, with its condition, not as the applicant's CV", () => {
    const { items } = told(NIH);
    expect(items.some((i) => i.kind === 'cv')).toBe(false);
    const theirs = items.find((i) => /CV/u.test(i.title));
    expect(theirs).toMatchObject({ kind: 'other', condition: 'For supervisors not employed at NIH', review: true });
  });

  it("tells someone else's CV from the applicant's in other words and languages", () => {
    const kinds = (body: string) => read(body).profile.items.map((i) => [i.kind, i.title]);
    expect(kinds('Please send your CV and the CV of the proposed supervisor.')).toEqual([
      ['cv', 'CV'],
      ['other', 'CV of the proposed supervisor'],
    ]);
    expect(kinds('Los candidatos deben aportar su titulación, C.V. y méritos, memoria del proyecto, C.V. de la dirección del mismo y, en su caso, de la codirección.').filter(([k]) => k === 'cv' || k === 'other')).toEqual([
      ['cv', 'C.V'],
      ['other', 'C.V. de la dirección'],
    ]);
    expect(kinds('Bitte senden Sie:\n- Lebenslauf\n- Lebenslauf des Betreuers')).toEqual([
      ['cv', 'Lebenslauf'],
      ['other', 'Lebenslauf des Betreuers'],
    ]);
    // Both the applicant's and the leader's: the applicant's CV all the same.
    expect(kinds('Please submit the Curriculum Vitae of both the research leader and the proposed candidate.').map(([k]) => k)).toEqual(['cv']);
    expect(read('Applications must include:\n- a cover letter\n- the CV of the proposed supervisor').unlisted).toEqual([]);
  });

  it('keeps a noun "needs" an entry, and an instruction with "need to" none', () => {
    expect(told('Applications must include:\n- a CV\n- Funding needs\n- You need to register first.').names).toBe('CV / Funding needs');
  });
});

describe('the points of a statement "that includes", in a list flattened to one level, are its contents (audit #4)', () => {
  const CORNELL = [
    'Application Requirements',
    '- Academic CV (including education, research, publications, awards, grants, etc.)',
    '- Application letter outlining reasons for wanting to participate in the program that answers the following questions (one-page, single-spaced 12-point font)',
    '- What do you hope to gain by participating in the program?',
    '- What interests you about an academic/ faculty career?',
    '- A Statement of research and teaching interests and career readiness (two-page, single-spaced 12-point font) that includes',
    '- Overview of your research and teaching experience that has shaped your future career plans',
    '- Overview of proposed research program that provide sufficient context for a non-specialist to understand',
    '- A statement of contribution to diversity in research, teaching, and service (follow guidelines for faculty candidates)',
    '- Prompt: Please describe how your background and experiences influenced your decision to pursue a faculty position.',
    '- Examples might include but are not limited to:',
    '- Creating programs that provide access and a pipeline for groups traditionally underrepresented in some fields.',
    "- Describing how the candidate's teaching engages or addresses barriers to full participation in the student educational experience.",
  ].join('\n');

  it('gives the four documents and no item for their points, prompts or examples', () => {
    const { items } = told(CORNELL);
    expect(items.map((i) => [i.kind, i.max_pages])).toEqual([
      ['cv', undefined],
      ['cover_letter', 1],
      ['research_statement', 2],
      ['diversity_statement', undefined],
    ]);
  });

  it('reads "which should cover" and "including the following points" the same way, and a next document as one', () => {
    const { items } = told('Please submit:\n- A research statement which should cover\n- Your past research\n- Your future plans\n- A teaching statement\n- A CV');
    expect(items.map((i) => i.kind)).toEqual(['research_statement', 'teaching_statement', 'cv']);
  });
});

describe('an Austrian "Beilagen" list is introduced, and what the applicant declares is no document (audit #9)', () => {
  const STATUTE = [
    '§ 2 Die Bewerbung für die Zulassung muss in schriftlicher Form eingebracht werden und der Bewerber muss zusätzlich zu seinen persönlichen Daten folgendes erklären:',
    'a) Studienrichtung, in welcher er den Universitätsabschluss erlangt hat,',
    'b) Studienrichtung, die für die Thesis dieser Studienordnung gewählt wurde,',
    'c) das Thema der Thesis,',
    'd) das Projekt (Forschungsvorhaben) der Thesis.',
    '§ 5 Die Bewerbung hat die folgenden Beilagen zu enthalten:',
    'a) Das vollständig ausgefüllte und unterschriebene Bewerbungsformular,',
    'b) eine Kopie des Diploms, Diploma-Supplements, Abschlussprüfungszeugnis, Transkript,',
    'c) der Absolvent einer ausländischen Universität hat auch den Nachweis, dass es sich bei der verleihenden Institution um eine anerkannte postsekundäre Bildungseinrichtung handelt, anzuschließen,',
    'd) den Lebenslauf des Bewerbers,',
    'e) ein Passfoto in Farbe,',
    'g) allenfalls einen Antrag auf Anrechnung von ECTS Punkten,',
    'h) sämtliche Dokumente sind in notariell beglaubigter Form einzureichen.',
  ].join('\n');

  it('reads the entries of "hat die folgenden Beilagen zu enthalten" with no "no sentence introduces" mark', () => {
    const r = read(STATUTE);
    expect(r.review.some((x) => /no sentence introduces/u.test(x.reason))).toBe(false);
    expect(r.profile.items.map((i) => i.kind)).toEqual(['other', 'diplomas', 'transcript', 'cv', 'other', 'other']);
  });

  it('gives no item for the declared fields, reads "allenfalls" as optional and the notarised rule as a note', () => {
    const r = read(STATUTE);
    expect(r.profile.items.some((i) => i.kind === 'thesis' || i.kind === 'research_plan')).toBe(false);
    expect(r.profile.items.find((i) => /ECTS/u.test(i.title))?.stage).toBe('optional');
    expect(r.profile.items.some((i) => /sämtliche/iu.test(i.title))).toBe(false);
    expect(r.profile.notes).toContain('sämtliche Dokumente sind in notariell beglaubigter Form einzureichen.');
    expect(r.unlisted.map((u) => u.name).join(' / ')).toContain('Der Absolvent einer ausländischen Universität');
  });

  it('reads the siblings "Folgende Anlagen sind anzuschließen:" and "All documents must be certified"', () => {
    const r = read('Folgende Anlagen sind der Bewerbung anzuschließen:\n- Lebenslauf\n- Motivationsschreiben\n- All documents must be certified copies.');
    expect(r.profile.items.map((i) => i.kind)).toEqual(['cv', 'motivation_letter']);
    expect(r.review.some((x) => /no sentence introduces/u.test(x.reason))).toBe(false);
    expect(r.profile.notes).toContain('All documents must be certified copies.');
  });
});

describe('documents named in ways not read before: a French "projet professionnel", a degree with an aside (audit #4)', () => {
  it('points at "Le PROJET PROFESSIONNEL ... (1 à 2 pages)" with its line', () => {
    const r = read('Le CURRICULUM VITAE, rédigé en français ou en anglais (1 à 2 pages).\n\nLe PROJET PROFESSIONNEL, rédigé en français ou à défaut en anglais (1 à 2 pages).');
    const told = [...r.profile.items.map((i) => i.source ?? ''), ...r.unlisted.map((u) => u.text)].join(' / ');
    expect(told).toContain('PROJET PROFESSIONNEL, rédigé en français ou à défaut en anglais (1 à 2 pages)');
  });

  it('reads "A copy of the Master\'s (or other equivalent degree) certificate" beside a transcript as both', () => {
    const kinds = read("Applicants must submit:\n- A copy of the Master's (or other equivalent degree) certificate with final score, and a full transcript of examination results;\n- A CV").profile.items.map((i) => i.kind);
    expect(kinds).toEqual(['diplomas', 'transcript', 'cv']);
  });
});
