/**
 * Importer audit round 15 (notes/audit-import-2026-12-06k.md): per-slot upload rules (#3), conditions at the head of
 * a list entry (#5), caps in wordings the importer did not read (#8) and deadline shapes (#9).
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(`Posting\n\n${text}\n`, { today: '2026-12-06' });
/** `kind title [condition]` of each item. */
const conditions = (text: string) => read(text).profile.items.map((i) => `${i.kind} ${i.title} [${i.condition ?? ''}]`);

describe('a group at the head of a list entry is its condition (audit #5)', () => {
  it('reads German "Bei Master-Studierenden das Zeugnis ..." and "... bei Bewerber:innen in ..." as conditions (before: required for everyone)', () => {
    const text = [
      'Folgende Bewerbungsunterlagen müssen der Onlinebewerbung per upload als PDF-Dokumente beigefügt werden:',
      '- Hochschulzugangsberechtigung (z.B. Abiturzeugnis) bei Bewerber:innen in grundständigen Studiengängen (Bachelor, Staatsexamen, Magister)',
      '- Bei Master-Studierenden das Zeugnis des ersten Hochschulabschlusses.',
      '- Bei Bewerber:innen, die im Zweitstudium studieren, das Zeugnis des zuletzt erbrachten Hochschulabschlusses (Bachelor, Master, Staatsexamen).',
      '- Lebenslauf von allen Bewerber:innen',
    ].join('\n');
    const found = conditions(text);
    expect(found).toContain('diplomas Zeugnis des ersten Hochschulabschlusses [Bei Master-Studierenden]');
    expect(found).toContain('diplomas Zeugnis des zuletzt erbrachten Hochschulabschlusses [Bei Bewerber:innen, die im Zweitstudium studieren]');
    expect(found.find((f) => f.startsWith('other Hochschulzugangsberechtigung'))).toContain('[bei Bewerber:innen in grundständigen Studiengängen]');
    expect(found.find((f) => f.startsWith('cv '))).toMatch(/\[\]$/u);
  });

  it('reads the head groups of Dutch, Swedish, French, Spanish and Italian entries the same way', () => {
    const text = [
      'Please submit the following documents:',
      '- A CV and a motivation letter',
      '- Voor buitenlandse kandidaten: een kopie van het diploma',
      '- För sökande med utländsk examen, en kopia av examensbeviset',
      '- Pour les candidats étrangers, une copie du passeport',
      '- Para los solicitantes extranjeros, el certificado de notas',
      '- Per i laureati all\'estero, il certificato di laurea',
      '- Für Bewerber aus dem Ausland: Kopie des Reisepasses',
    ].join('\n');
    const found = read(text).profile.items.filter((i) => i.condition !== undefined).map((i) => i.condition);
    expect(found).toEqual([
      'Voor buitenlandse kandidaten',
      'För sökande med utländsk examen',
      'Pour les candidats étrangers',
      'Para los solicitantes extranjeros',
      "Per i laureati all'estero",
      'Für Bewerber aus dem Ausland',
    ]);
  });

  it('reads Catalan "si els hagués" as a condition, and leaves "for all applicants" required', () => {
    const text = [
      'Aquesta sol·licitud haurà d\'anar acompanyada de la següent documentació:',
      "  • Currículum resumit dels tutors, si els hagués, dels darrers 5 anys d'activitat.",
      '  • Expedient acadèmic dels autors.',
    ].join('\n');
    // The tutors' CV is not the applicant's: an `other` item (marked), its condition kept (reverify 12-06k #5).
    expect(conditions(text)).toEqual(['other Currículum resumit dels tutors [si els hagués]', 'transcript Expedient acadèmic dels autors []']);
    // A group every applicant is in is no condition.
    expect(read('Bitte reichen Sie ein:\n- Bei allen Bewerbern ein Lebenslauf\n- Für alle Bewerber: Kopie des Reisepasses').profile.items.map((i) => i.condition)).toEqual([undefined, undefined]);
  });
});

describe('caps in wordings that were dropped (audit #8)', () => {
  const limits = (text: string) => read(text).profile.items.map((i) => ({ kind: i.kind, max_pages: i.max_pages, max_chars: i.max_chars, max_words: i.max_words }));

  it('reads Catalan "no haurà de superar els 50.000 caràcters" and Spanish "no deberá superar las 2.000 palabras" (before: dropped without a pointer)', () => {
    const ca = [
      "Aquesta sol·licitud haurà d'anar acompanyada de la següent documentació:",
      "  • Memòria del projecte de recerca: L'extensió no haurà de superar els 50.000 caràcters.",
      '  • Expedient acadèmic.',
    ].join('\n');
    expect(limits(ca)[0]).toMatchObject({ kind: 'research_plan', max_chars: 50000 });
    const es = ['Documentación a presentar:', '- Carta de motivación, que no deberá superar las 2.000 palabras.', '- Currículum vitae.'].join('\n');
    expect(limits(es)[0]).toMatchObject({ kind: 'motivation_letter', max_words: 2000 });
  });

  it('reads "a maximum number of 10 pages" and Italian "un numero massimo di 5 pagine" (before: not read at all)', () => {
    const en = 'Please submit:\n- A research project, which must have a minimum number of 4 pages (Arial 12 font), and a maximum number of 10 pages.\n- A CV.';
    expect(limits(en)[0]).toMatchObject({ kind: 'research_plan', max_pages: 10 });
    const it = 'Documenti richiesti:\n- Progetto di ricerca, per un numero massimo di 5 pagine.\n- Curriculum vitae.';
    expect(limits(it)[0]).toMatchObject({ kind: 'research_plan', max_pages: 5 });
  });
});

describe('a one-PDF line said for each upload slot of a form (audit #3)', () => {
  it('reads "Combine multiple documents in one PDF" under each slot as separate files, marked, with the MB cap on each file (before: one PDF of 10 MB, unmarked)', () => {
    const text = [
      'Letter of Motivation: Upload a letter in which you motivate your application.',
      '6. Documents to submit',
      '  1. Please upload PDFs only, with file size no larger than 10mb.',
      '  2. Compulsory documents',
      '  3. Combine multiple documents in one PDF',
      '  4. Combine multiple documents in one PDF',
      '  5. Combine multiple documents in one PDF',
      '  6. Click to upload another document',
    ].join('\n');
    const { profile, review } = read(text);
    expect(profile.submission).toMatchObject({ format: 'separate-files', max_mb: 10, review: true });
    expect(review.find((r) => r.path === 'submission.format')?.reason).toBe(
      'separate files, guessed from a form that says "Combine multiple documents in one PDF" for each of its upload slots, not for the whole application; the 10 MB cap is taken as each file\'s: check the form',
    );
  });

  it('still reads one such line said once as the one-PDF rule', () => {
    const text = 'Please send a CV and a cover letter. Combine all documents in one PDF of at most 5 MB.';
    expect(read(text).profile.submission).toMatchObject({ format: 'single-pdf', max_mb: 5 });
    expect(read(text).profile.submission.review).toBeUndefined();
  });

  it('reads a German form with "Bitte alle Unterlagen in einer PDF-Datei" under each slot the same way', () => {
    const text = [
      'Bitte laden Sie Ihren Lebenslauf und Ihr Motivationsschreiben hoch.',
      'Upload 1',
      'Bitte alle Unterlagen in einer PDF-Datei hochladen.',
      'Upload 2',
      'Bitte alle Unterlagen in einer PDF-Datei hochladen.',
    ].join('\n');
    expect(read(text).profile.submission).toMatchObject({ format: 'separate-files', review: true });
  });
});

describe('a deadline label on its own line over the date (audit #9)', () => {
  it('reads "Plazo de presentación" then "Hasta el 6 de febrero de 2027" as the deadline (before: none)', () => {
    const text = 'Entidad convocante\nOBRA SOCIAL "LA CAIXA"\nPlazo de presentación\nHasta el 6 de febrero de 2027\n\nFinanciación';
    expect(read(text).profile.deadline).toBe('2027-02-06');
    expect(read('Fecha límite\n20 de marzo de 2027\n\nEnvíe su CV.').profile.deadline).toBe('2027-03-20');
  });

  it('takes no deadline from a sentence about the start under a "Deadline" label', () => {
    expect(read('Deadline\nThe position starts on 1 June 2027.\n\nPlease send a CV.').profile.deadline).toBeUndefined();
  });
});
