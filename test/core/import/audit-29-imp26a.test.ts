/**
 * Audit 12-06j finding 10: pointers to documents no item lists that quote a sentence asking for nothing: a quality of
 * a person ("een geschikte attitude, motivatie en talent"), the committee's own work ("De BAC selecteert en
 * consulteert referenten"), the programme's description ("according to the approved research proposal", "results in a
 * timely PhD thesis") and a part of a listed CV ("publications, presentations, work in progress").
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const pointed = (text: string) => importPosting(text, {}).unlisted.map((u) => `${u.kind}:${u.name}`);

describe('pointers at sentences that ask for nothing', () => {
  it.each([
    // rug-rma: eligibility, qualities of the student.
    'Research master\nEen student dient te voldoen aan de volgende toelatingseisen:\n• bezit van een juridisch WO-bachelordiploma;\n• het bezit van voldoende kennis, inzicht en vaardigheden;\n• een geschikte attitude, motivatie en talent voor het volgen van de opleiding.\nStuur uw curriculum vitae naar ggsl@rug.nl.',
    'Masteropleiding\nVan de kandidaat verwachten wij een onderzoekende houding, motivatie en inzet.\nStuur uw curriculum vitae naar ggsl@rug.nl.',
  ])('a motivation that is a quality of the applicant: %s', (text) => {
    expect(pointed(text)).toEqual([]);
  });

  it.each([
    // vu-uhd: the committee selects and consults the referees itself.
    'UHD\nProcedure\n • De BAC kan een gesprek voeren met de kandidaat.\n • De BAC selecteert en consulteert referenten.\nDossier\n 1. CV',
    'Associate Professor\nThe selection committee selects and consults external referees.\nPlease send your CV.',
  ])('the committee consulting referees: %s', (text) => {
    expect(pointed(text)).toEqual([]);
  });

  it.each([
    // rug-phd-scholarship: what the PhD student does in the programme.
    'PhD scholarship\nThe PhD student carries out his or her research according to the approved research proposal. The GGSL provides training.\nCandidates should have obtained a university Masters diploma, preferably in law or in a field that is relevant for carrying out the research proposal.\nEvery year results are assessed in order to ensure a smooth PhD process, that results in a timely PhD thesis.\nPlease send a motivation letter and a CV.',
    'Doctoral fellowship\nThe fellow works on the project as set out in the agreed research proposal. Progress is reviewed yearly, leading to a completed doctoral thesis within four years.\nPlease send a motivation letter and a CV.',
  ])("the programme's description: %s", (text) => {
    expect(pointed(text)).toEqual([]);
  });

  it.each([
    // harvard: what the CV tells, not a document beside it.
    'Summer institute\nPlease send a CV of no more than 3 pages, including information about your education, employment, publications, presentations, work in progress, and courses that you regularly teach.',
    'Fellowship\nPlease submit a CV containing your degrees, positions held, publications, conference presentations and teaching.',
  ])('a part of the CV: %s', (text) => {
    expect(pointed(text)).toEqual([]);
  });

  it.each([
    ['PhD position\nPlease send a CV. We would welcome a short research proposal.', 'research_plan'],
    ['PhD position\nPlease send a CV. The committee selects on the basis of the CV and a research proposal.', 'research_plan'],
    ['Lecturer\nPlease send a CV and a recorded teaching demonstration.', 'other'],
    ['Lecturer\nPlease send a CV. We also need a teaching statement.', 'teaching_statement'],
    // "Nous recommandons que ... n'excède pas 8 pages" (audit 12 F8): a recommendation sizes what is asked for (merge of imp26a).
    ['Lecturer\nPlease send a CV. We recommend that the teaching statement stays within two pages.', 'teaching_statement'],
  ])('a request of the applicant is still pointed at: %s', (text, kind) => {
    expect(pointed(text).map((p) => p.split(':')[0])).toContain(kind);
  });

  it('gives a kind mostly said of a document to send as an item marked for review, not a pointer', () => {
    const r = importPosting('Lecturer\nPlease send a CV. The committee will also ask you for two reference letters.', {});
    expect(r.profile.items.find((i) => i.kind === 'references')).toMatchObject({ review: true });
  });
});
