/**
 * Importer audit round 15 (notes/audit-import-2026-12-06k.md) #9 and leftovers: a case heading one group of an entry's
 * points, a header deadline beside the body's exact close, a start date "no later than", Italian "Si richiedono", and
 * "if applicable" between two documents.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string, today = '2026-12-06') => importPosting(`Posting\n\n${text}\n`, { today });
/** `kind title [stage condition]` of each item. */
const items = (text: string) => read(text).profile.items.map((i) => `${i.kind} ${i.title} [${i.stage}${i.condition ? ` ${i.condition}` : ''}]`);

describe('a case heading one group of an entry\'s points is not the entry\'s condition', () => {
  it('keeps "3. Finansieringsplan:" required when "For eksternfinansierte kandidater:" heads its second group (before: conditional)', () => {
    const text = [
      'Søknaden skal inneholde følgende informasjon:',
      ' 1. Prosjektbeskrivelse: Prosjektbeskrivelse skal omfatte en faglig redegjørelse for prosjektet.',
      ' 2. Fremdriftsplan: Fremdriftsplanen skal inneholde tidsplan pr. semester.',
      ' 3. Finansieringsplan:',
      '  For søkere til stipendiatstilling finansiert av NIH:',
      '  Dersom kostnadene overskrider det annum som er tilgjengelig, skal det redegjøres for finansiering av merkostnaden.',
      '  For eksternfinansierte kandidater:',
      '  Redegjørelse for finansiering av doktorgradsstudiet (lønn og prosjektkostnader). Bekreftelse på finansieringen må vedlegges.',
      ' 4. Spesielle behov: Dokumentasjon av spesielle behov for faglige og materielle ressurser.',
    ].join('\n');
    expect(items(text)).toContain('other Finansieringsplan [required]');
  });

  it('reads the English "For externally funded candidates:" under an entry with two groups the same way', () => {
    const text = [
      'The application must contain the following:',
      ' 1. CV',
      ' 2. Funding plan:',
      '  For applicants to NIH-funded positions:',
      '  An account of any extra costs.',
      '  For externally funded candidates:',
      '  An account of the funding. Confirmation of the funding must be attached.',
      ' 3. Special needs: documentation of special needs.',
    ].join('\n');
    expect(items(text)).toContain('other Funding plan [required]');
  });
});

describe('deadline and start dates (audit #9)', () => {
  it('takes the body\'s "until 7 April 2019 23:59h" over the header "Deadline: 08 Apr 2019", the same close said exactly (before: 2019-04-08)', () => {
    const text = [
      'Deadline: 08 Apr 2019',
      '',
      'The University of Groningen offers a starting salary depending on the date you obtained your PhD.',
      '',
      'You may apply for this position until 7 April 2019 23:59h / before 8 April by means of the application form.',
    ].join('\n');
    const r = read(text, '2019-01-10');
    expect(r.profile.deadline).toBe('2019-04-07T23:59');
    expect(r.review.filter((x) => x.path === 'deadline').map((x) => x.reason).join(' ')).not.toContain('other dates are also called a deadline');
  });

  it('still marks a body date with a time that contradicts the header\'s ("Closing date: 1 May 2019" then "by 15 April 2019 17:00")', () => {
    const text = ['Closing date: 1 May 2019', '', 'Applications must be submitted by 15 April 2019 17:00 through the portal.'].join('\n');
    const r = read(text, '2019-01-10');
    expect(r.review.filter((x) => x.path === 'deadline').map((x) => x.reason).join(' ')).toContain('other dates are also called a deadline');
  });

  it('reads "The preferred start date is ... but no later than June 1" as the start, not the deadline (before: deadline 2027-06-01)', () => {
    const text = [
      'Funding for this position is available for up to 2 years. The preferred start date is within 2 weeks of being offered the position but no later than June 1.',
      '',
      'More information and application instructions may be found online.',
    ].join('\n');
    const r = read(text);
    expect(r.profile.deadline).toBeUndefined();
    expect(r.profile.start).toBe('2027-06-01');
  });

  it('reads "The appointment will start no later than 1 September 2027" as the start too, and keeps a deadline said of applying', () => {
    const text = ['The appointment will start no later than 1 September 2027.', '', 'Applications must be received no later than 15 March 2027.'].join('\n');
    const r = read(text);
    expect(r.profile.deadline).toBe('2027-03-15');
    expect(r.profile.start).toBe('2027-09-01');
  });
});

describe('Italian "Si richiedono" asks for documents', () => {
  it('reads "Si richiedono il curriculum vitae nonché eventuali lettere di referenza." as a CV and optional letters (before: one "Application documents" item)', () => {
    expect(items('Si richiedono il curriculum vitae nonché eventuali lettere di referenza.')).toEqual(['cv Curriculum vitae [required]', 'references Lettere di referenza [optional]']);
  });

  it('reads "Si richiede il curriculum vitae e una lettera di presentazione." the same way', () => {
    expect(items('Si richiede il curriculum vitae e una lettera di presentazione.')).toEqual(['cv Curriculum vitae [required]', 'cover_letter Lettera di presentazione [required]']);
  });
});

describe('a cue alone between two documents is the one before it', () => {
  it('gives "if applicable" to the certificate, not the letters, in "..., if applicable, and two letters of reference" (before: the letters)', () => {
    const found = items('Applicants should send a CV, a PhD certificate or official notification of the award, if applicable, and two letters of reference.');
    expect(found).toContain('diplomas PhD certificate or official notification of the award [required if applicable]');
    expect(found).toContain('references Letters of reference [required]');
  });

  it('gives "falls vorhanden" to the certificates in "Lebenslauf, Zeugnisse, falls vorhanden, und zwei Empfehlungsschreiben"', () => {
    const found = items('Bitte senden Sie einen Lebenslauf, Zeugnisse, falls vorhanden, und zwei Empfehlungsschreiben.');
    expect(found).toContain('diplomas Zeugnisse [optional]');
    expect(found).toContain('references Empfehlungsschreiben [required]');
  });
});
