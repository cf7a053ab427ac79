/**
 * Importer leftovers of the closing note of session 18 (task imp40b): passive German refusals, the Italian "In caso
 * di" condition, a project's start, a deadline's unread time, a size cap inside one document's parenthesis.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-05' });
const refused = (text: string) => (read(text).profile.not_wanted ?? []).map((n) => ({ what: n.what, kind: n.kind, review: n.review === true }));

describe('passive German refusals are read as not wanted, as the active "keine ..." and English "will not be accepted" are', () => {
  it('reads "Es werden keine Originale angenommen" as a refusal of the originals, marked as a guess (before: nothing)', () => {
    expect(refused('Bitte senden Sie einen Lebenslauf. Es werden keine Originale angenommen.')).toEqual([{ what: 'Originale', kind: undefined, review: true }]);
    expect(refused('Bitte senden Sie einen Lebenslauf. Originale werden nicht angenommen.')).toEqual([{ what: 'Originale', kind: undefined, review: true }]);
  });

  it('reads known documents refused in the passive with their kind: "werden nicht angenommen", "Es sind keine ... beizufügen"', () => {
    expect(refused('Bitte senden Sie einen Lebenslauf. Empfehlungsschreiben werden nicht angenommen.')).toEqual([{ what: 'Empfehlungsschreiben', kind: 'references', review: false }]);
    expect(refused('Bitte senden Sie einen Lebenslauf. Es sind keine Zeugnisse beizufügen.')).toEqual([{ what: 'Zeugnisse', kind: 'diplomas', review: false }]);
    expect(refused('Bitte senden Sie einen Lebenslauf. Zeugnisse werden nicht benötigt.')).toEqual([{ what: 'Zeugnisse', kind: 'diplomas', review: false }]);
    expect(refused('Bitte senden Sie einen Lebenslauf. Fotos sind nicht erwünscht.')).toEqual([{ what: 'Fotos', kind: undefined, review: false }]);
  });

  it('refuses no document when the application itself or a way of sending is refused, or nothing is a document', () => {
    expect(refused('Bitte senden Sie einen Lebenslauf. Es werden keine unvollständigen Bewerbungen angenommen.')).toEqual([]);
    expect(refused('Bitte senden Sie einen Lebenslauf. Bewerbungen per E-Mail werden nicht angenommen.')).toEqual([]);
    expect(read('Bitte senden Sie einen Lebenslauf. Bewerbungen per E-Mail werden nicht angenommen.').profile.notes).toContain('Bewerbungen per E-Mail werden nicht angenommen.');
    expect(refused('Bitte senden Sie einen Lebenslauf. Es werden keine Reisekosten erstattet.')).toEqual([]);
  });
});
