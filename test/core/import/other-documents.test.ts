/**
 * Documents outside the named kinds that a posting asks for (the `other` items): each class of request the importer
 * read as nothing, as a short posting of its own.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const FRAME = 'Position: Postdoctoral Researcher\nEmployer: Institute of Example\n\n';
const read = (body: string) => {
  const r = importPosting(`${FRAME}${body}\n`, { today: '2026-12-05' });
  return {
    items: r.profile.items.map((i) => ({ kind: i.kind, title: i.title, stage: i.stage, review: i.review === true, ...(i.condition ? { condition: i.condition } : {}) })),
    unlisted: r.unlisted.map((u) => [u.kind, u.name]),
  };
};
const others = (body: string) => read(body).items.filter((i) => i.kind === 'other');

describe('"any other relevant documents" in a list of documents is an optional item', () => {
  it('reads the entry in English, with or without "any"', () => {
    const en = others('The application must include:\n- Letter of motivation\n- CV\n- Copy of the PhD certificate\n- Any other documents the applicant considers relevant.');
    expect(en.map((i) => i.stage)).toEqual(['optional']);
    expect(others('Please send:\n- a CV;\n- a cover letter;\n- any additional supporting material you wish the committee to see.')).toHaveLength(1);
    expect(others('Applications should include a CV, a research statement and other relevant documents (optional).').map((i) => i.stage)).toEqual(['optional']);
  });

  it('reads the request in German, Swedish, Dutch and French sentences', () => {
    expect(others('Bitte senden Sie Ihren Lebenslauf, ein Motivationsschreiben und weitere relevante Unterlagen an die Personalabteilung.')).toHaveLength(1);
    expect(others('Till ansökan bifogas CV, personligt brev samt övriga handlingar som du vill åberopa.')).toHaveLength(1);
    expect(others('Stuur je cv, een motivatiebrief en overige relevante documenten naar het secretariaat.')).toHaveLength(1);
    expect(others('Le dossier comprend un CV, une lettre de motivation et tout autre document jugé utile par le candidat.')).toHaveLength(1);
  });

  it('is no item in a sentence about something else', () => {
    expect(others('Please send a CV and a cover letter. For any other information, contact the head of department.')).toEqual([]);
    expect(others('Please send a CV and a cover letter. Do not send any other documents.')).toEqual([]);
  });
});

describe('a second document of no kind on the line of an other item is pointed at', () => {
  it('points at the proof named after the passport copy the item lists', () => {
    const { items, unlisted } = read('Applications must include:\n- A CV.\n- A copy of your passport and, where applicable, proof of your residence permit.');
    expect(items.filter((i) => i.kind === 'other').map((i) => i.title.slice(0, 21))).toEqual(['Copy of your passport']);
    expect(unlisted).toContainEqual(['other', 'proof of your residence permit']);
  });

  it('does not point again at the document the item names', () => {
    const { unlisted } = read('Applications must include:\n- A CV.\n- A letter of acceptance from a member of the host department confirming the supervision.');
    expect(unlisted).toEqual([]);
  });
});

describe('a copy of an identity document, whatever the word for the copy', () => {
  it('reads scans, photocopies and "passport scan" as an other item', () => {
    for (const body of [
      'Applications must include:\n1. A CV.\n2. Scans of passport and diplomas.',
      'Please send a CV and a photocopy of your ID card.',
      'Applications must include:\n- CV\n- Passport scan (photo page)',
      'Bitte senden Sie Ihren Lebenslauf und eine Ausweiskopie.',
      'Stuur je cv en een scan van je paspoort naar het secretariaat.',
      'Hakemukseen tulee liittää ansioluettelo ja passin kopio.',
    ]) {
      expect(others(body).length, body).toBe(1);
    }
  });
});

describe("someone else's CV or biosketch, named without a possessive or with 'for'", () => {
  it('reads "Supervisor CV" and "biosketch for primary mentors" as other items, not as the applicant\'s', () => {
    const { items } = read('Please send:\n- a CV\n- an NIH biosketch\n- NIH biosketches for primary mentors\n- Host supervisor CV');
    expect(items.map((i) => i.kind)).toEqual(['cv', 'bio', 'other', 'other']);
  });
});

describe('a statement, letter or explanation named by what it does', () => {
  it('reads a signed statement from someone asked for in a sentence, and points at explanatory letters', () => {
    expect(others('Please send a CV. Applicants must also submit a signed statement from the head of their department confirming access to laboratory space.')).toHaveLength(1);
    expect(read('Le dossier comprend :\n- un CV ;\n- les relevés de notes ; si aucun relevé n\'est émis, une lettre explicative doit être jointe.').unlisted.map((u) => u[0])).toContain('other');
  });

  it("reads an artists statement", () => {
    expect(others('Please send your CV and an artists statement.')).toHaveLength(1);
  });
});
