/**
 * Product audit round 17 (notes/audit-2026-12-06k.md) #10: "Letters of recommendation are not needed at this stage;
 * we will contact the referees of shortlisted candidates." refuses the letters, the subject of "are not needed", not
 * the referees its next clause names (before: "Do not send: referees" under the referees item asked for).
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-06' });
const refused = (text: string) => (read(text).profile.not_wanted ?? []).map((n) => [n.kind, n.what]);

describe('a passive refusal refuses its own clause\'s subject (audit 17 #10)', () => {
  it('"Letters of recommendation are not needed at this stage; we will contact the referees" refuses the letters, beside the referees asked for', () => {
    const text = ['Postdoctoral Researcher', '', 'Submit a single PDF containing:', '- a CV', '- the contact details of two referees', '', 'Please do not send a photo. Letters of recommendation are not needed at this stage; we will contact the referees of shortlisted candidates.'].join('\n');
    expect(read(text).profile.items.map((i) => [i.kind, i.stage, i.accepts])).toEqual([['cv', 'required', ['file']], ['references', 'required', ['referee']]]);
    expect(refused(text)).toEqual([[undefined, 'a photo'], ['references', 'Letters of recommendation']]);
  });

  it('in another wording, "... are not requested, but we may contact the referees later", in German, and without referees asked for', () => {
    expect(refused(['Postdoc', '', 'Please send a CV and the names of two referees. Recommendation letters are not requested, but we may contact the referees later.'].join('\n'))).toEqual([['references', 'Recommendation letters']]);
    const german = ['Postdoc', '', 'Bitte senden Sie einen Lebenslauf und die Kontaktdaten von zwei Referenzpersonen.', 'Empfehlungsschreiben sind derzeit nicht erforderlich; wir kontaktieren die Referenzpersonen der Kandidaten in der engeren Wahl.'].join('\n');
    expect(refused(german)).toEqual([['references', 'Empfehlungsschreiben']]);
    expect(refused(['Postdoc', '', 'Please send a CV. Letters of recommendation are not needed at this stage; we will contact the referees of shortlisted candidates.'].join('\n'))).toEqual([['references', 'Letters of recommendation']]);
  });
});
