/**
 * Importer audit round 16 (notes/audit-import-2026-12-06l.md), findings 7, 11 and 12: documents named in running
 * German, French and Italian text; procedural steps listed as documents; an application period's range. Each as a
 * short posting in the audit's words and in a second wording.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (body: string, title = 'Stelle') => importPosting(`${title}\n\n${body}`, { today: '2026-12-06' });
const kinds = (body: string) => read(body).profile.items.map((i) => i.kind);
const find = (body: string, kind: string) => read(body).profile.items.find((i) => i.kind === kind);

describe('documents named in German, French and Italian prose (audit #7)', () => {
  it('reads "Beschreibungen des wissenschaftlichen Werdegangs" as the CV (before: missed, no pointer)', () => {
    expect(kinds('Bewerbungsunterlagen sollen neben den üblichen Beschreibungen des wissenschaftlichen Werdegangs, Publikationsliste etc. insbesondere Aussagen darüber enthalten, welches Forschungsvorhaben geplant ist.')).toContain('cv');
    expect(kinds('Der Bewerbung ist ein tabellarischer Werdegang beizufügen.')).toEqual(['cv']);
  });

  it('reads "zwei HochschullehrerInnen benannt werden, die bereit sind, ... Auskunft zu geben" as two referees (before: missed)', () => {
    const r = find('Bitte senden Sie einen Lebenslauf. Weiterhin sollen zwei HochschullehrerInnen benannt werden, die bereit sind, über den Bewerber Auskunft zu geben.', 'references');
    expect(r).toMatchObject({ kind: 'references', min: 2 });
    expect(find('Bitte senden Sie einen Lebenslauf und nennen Sie zwei Professorinnen oder Professoren, die bereit sind, über Sie Auskunft zu geben.', 'references')).toMatchObject({ min: 2 });
  });

  it('reads "les notes validées par l\'étudiant" as the transcript (before: missed, a pointer went to the eligibility "diplôme")', () => {
    expect(kinds('Le dossier comporte un CV, une lettre de motivation, des lettres de recommandation et les notes validées par l\'étudiant dans sa scolarité antérieure.')).toEqual(['cv', 'motivation_letter', 'references', 'transcript']);
    expect(kinds('Le dossier comprend un CV et vos notes obtenues au cours des deux dernières années.')).toEqual(['cv', 'transcript']);
  });

  it('reads "une demande d\'inscription sur papier libre" and "une note de trois pages au plus" in a list "comportant" (before: both dropped without a word)', () => {
    const r = read(
      'Les candidats constituent un dossier comportant obligatoirement :\n- une demande d\'inscription sur papier libre visée par le directeur de l\'école ;\n- un curriculum vitae détaillé ;\n- une note de trois pages au plus, décrivant les stages qu\'ils ont effectués.',
    );
    expect(r.profile.items.map((i) => [i.kind, i.title])).toEqual([
      ['other', "Demande d'inscription sur papier libre visée par le directeur de l'école"],
      ['cv', 'Curriculum vitae détaillé'],
      ['other', 'Note de trois pages au plus'],
    ]);
    expect(r.profile.items[2]?.max_pages).toBe(3);
    expect(kinds('Veuillez joindre une demande manuscrite et un CV.')).toEqual(['other', 'cv']);
  });

  it('reads "presentare domanda in carta semplice, secondo lo schema allegato" as the application form (before: missed)', () => {
    const r = read('Coloro che intendono partecipare sono tenuti a presentare domanda in carta semplice, secondo lo schema allegato, entro il termine perentorio.\nLa domanda deve essere corredata da:\n1) un curriculum vitae;\n2) elenco delle pubblicazioni.', 'Art. 4.');
    expect(r.profile.items[0]).toMatchObject({ kind: 'other', title: 'Domanda in carta semplice, secondo lo schema allegato' });
    expect(kinds('Allegare la domanda di partecipazione redatta secondo il modello allegato e il curriculum vitae.')).toEqual(['other', 'cv']);
  });
});

describe('procedural steps listed as documents (audit #11)', () => {
  it('reads no item from "1. Créer un compte", "2. Dans la rubrique ...", "3. Dépôt d\'une candidature" (before: three items of kind other)', () => {
    const r = read(
      'Le dossier de candidature reste disponible à tout moment dans votre espace personnel.\nDéroulement de la candidature\n1. Créer un compte\nLorsque vous vous connectez pour la première fois, il faut créer un compte.\n2. Dans la rubrique « Offre de formation », vous pouvez contrôler le calendrier.\n3. Dépôt d\'une candidature.\nDans cette page, vous devez télécharger les pièces justificatives suivantes:\n- une lettre de motivation,\n- un curriculum vitae.',
      'Procédure',
    );
    expect(r.profile.items.map((i) => i.kind)).toEqual(['motivation_letter', 'cv']);
  });

  it('reads no item from advice bullets ("Vous indiquerez une adresse mail valide ...", "... vous sera adressé") (before: four items)', () => {
    const r = read(
      'Il vous est demandé de suivre les recommandations ci-après :\n• Vous indiquerez une adresse mail valide que vous consultez régulièrement ;\n• Un courrier électronique vous sera adressé après la validation de votre candidature ;\n• Seul un dépôt de candidature à partir de cette adresse est valide ;\n• Dépôt du dossier de candidature.\nLe dossier comprend un CV.',
      'ATER',
    );
    expect(r.profile.items.map((i) => i.kind)).toEqual(['cv']);
    expect(kinds('Pièces à fournir :\n1. Remplissez le formulaire en ligne\n2. Connectez-vous à votre espace\n3. une lettre de motivation')).toEqual(['motivation_letter']);
  });
});

describe('an application period given as a range (audit #12)', () => {
  const deadline = (body: string) => read(body, 'Summer fellowship').profile.deadline;

  it('takes the end of "Application period is between Feb 03, 2027 – Feb 28, 2027" (before: no deadline, the mark quoting another sentence)', () => {
    const r = read('Please send your CV.\nNote: Application period is between Feb 03, 2027 – Feb 28, 2027. The committee will start evaluating your documents only after the deadline.', 'Summer fellowship');
    expect(r.profile.deadline).toBe('2027-02-28');
    expect(r.review.find((n) => n.path === 'deadline')?.reason ?? '').not.toMatch(/only after the deadline/);
  });

  it('takes the end of "between 1 March and 15 April 2027" and of "Application period: 3 February – 28 February 2027" (before: none)', () => {
    expect(deadline('Please send your CV.\nThe application window is between 1 March and 15 April 2027.')).toBe('2027-04-15');
    expect(deadline('Please send your CV.\nApplication period: 3 February – 28 February 2027.')).toBe('2027-02-28');
  });
});
