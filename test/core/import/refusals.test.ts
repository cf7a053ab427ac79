/**
 * Documents the posting does not want now or at all, and letters the referees send themselves: the cases of the
 * audit of 2026-12-05 (round 2, findings #1, #2 and #10), each as a short posting in the words such postings use.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const head = 'Position: Postdoc in Ecology\nEmployer: University of Example\n\nPlease send one PDF file containing a CV (PDF file) and a cover letter (PDF file).\n\n';
const run = (text: string) => importPosting(`${head}${text}\n`, { today: '2026-12-05' });
const refs = (text: string) => run(text).profile.items.filter((i) => i.kind === 'references');

describe('French letters "à envoyer directement par leurs auteurs" (audit-import 12-05b #2)', () => {
  it('are sent by the referees, one or two of them', () => {
    expect(refs('Merci de joindre aussi une ou deux lettres de recommandation, à envoyer directement par leurs auteurs à recrutement@example.fr.')).toEqual([
      expect.objectContaining({ accepts: ['letter'], min: 1, max: 2, sent_by: 'referees' }),
    ]);
  });

  it('letters "envoyées directement à" the employer are the referees\', marked for review', () => {
    const r = importPosting('Poste de postdoctorat\n\nLe dossier doit comprendre :\n- un CV ;\n- deux lettres de recommandation, envoyées directement à rh@example.fr.\n');
    expect(r.profile.items.find((i) => i.kind === 'references')).toMatchObject({ sent_by: 'referees', review: true });
  });

  it('"one" before "or" and a number is a count in the other languages too ("ein oder zwei", "uno o due")', () => {
    const r = importPosting('Postdoc\n\nBitte senden Sie:\n- Lebenslauf\n- ein oder zwei Empfehlungsschreiben\n');
    expect(r.profile.items.find((i) => i.kind === 'references')).toMatchObject({ min: 1, max: 2 });
  });
});
