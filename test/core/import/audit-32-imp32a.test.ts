import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

describe('a document of a known kind named where no item was read becomes an item marked for review', () => {
  it('gives the transcript and the letters under a list the importer misread, required and marked with the passage', () => {
    const text =
      'Applications must include a cover letter.\n\nA select packet of recent material to indicate the quality of your teaching including materials such as:\n\n•student evaluations and peer observations\n•sample syllabi and sample assignments\n\nTranscripts (unofficial acceptable at this time)\n\nThree letters of recommendation\n';
    const { profile, review, unlisted } = importPosting(text);
    expect(profile.items.find((i) => i.kind === 'transcript')).toMatchObject({ stage: 'required', review: true, source: 'Transcripts (unofficial acceptable at this time)' });
    expect(profile.items.find((i) => i.kind === 'references')).toMatchObject({ review: true });
    expect(review.map((r) => r.reason)).toContain(
      'the posting mentions "Transcripts" in "Transcripts (unofficial acceptable at this time)"; it was not read from a list of what to send: check that the posting asks for it, and delete the item if not',
    );
    expect(unlisted.map((u) => u.kind)).not.toContain('transcript');
  });

  it('does the same in German', () => {
    const text = 'Bewerbungen müssen ein Anschreiben enthalten.\n\nEine Auswahl von Lehrmaterialien, zum Beispiel:\n\n•Evaluationen\n•Syllabi\n\nZeugnisse (Kopien genügen vorerst)\n';
    const { profile } = importPosting(text);
    expect(profile.items.find((i) => i.kind === 'diplomas')).toMatchObject({ stage: 'required', review: true, source: 'Zeugnisse (Kopien genügen vorerst)' });
  });
});
