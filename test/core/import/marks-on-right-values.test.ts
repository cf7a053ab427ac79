/**
 * Review marks that sat on values that were right nearly always (the dev split's marks counted by reason with
 * `npm run eval:import -- --marks`): a mark should mean "check this", so such a mark fires only when the value is in
 * doubt, and a mark that catches a wrong value stays.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const deadlineMarks = (text: string) =>
  importPosting(text, { today: '2026-06-01' })
    .review.filter((x) => x.path === 'deadline')
    .map((x) => x.reason);

describe('no deadline in a posting that gives none', () => {
  it('is not marked when no sentence speaks of a deadline or gives a day (before: "no deadline was found" on each)', () => {
    expect(deadlineMarks('PhD position in soil ecology\nWe offer a four-year PhD position in soil ecology. Please send a CV and a motivation letter to the group leader.')).toEqual([]);
    expect(deadlineMarks('Doktorandenstelle in Bodenökologie\nBitte senden Sie Ihren Lebenslauf und ein Motivationsschreiben an die Arbeitsgruppe.')).toEqual([]);
    expect(deadlineMarks('Promovendus bodemecologie\nStuur een cv en een motivatiebrief naar de vakgroep.')).toEqual([]);
    expect(deadlineMarks('Doktorand i markekologi\nSkicka CV och personligt brev till gruppledaren.')).toEqual([]);
    expect(deadlineMarks('Doctorat en écologie des sols\nEnvoyez un CV et une lettre de motivation au responsable du groupe.')).toEqual([]);
  });

  it('is marked, with the sentence, when one speaks of a deadline or gives a day the importer did not read as one', () => {
    expect(deadlineMarks('Postdoc in optics\nApplications should include a CV and a research statement. The closing date will be announced on the institute website.')).toEqual([
      'no deadline was found, though this sentence may give one: "The closing date will be announced on the institute website."',
    ]);
    expect(deadlineMarks('Doktorandenstelle\nBitte senden Sie Lebenslauf und Motivationsschreiben. Die Bewerbungsfrist wird noch bekannt gegeben.').join()).toMatch(/may give one: "Die Bewerbungsfrist/);
    expect(deadlineMarks('PhD position\nCandidates hand in a CV and a diploma copy at the faculty office in the week of 2 to 6 September.').join()).toMatch(/may give one: "Candidates hand in/);
  });
});
