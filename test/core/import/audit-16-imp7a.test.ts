/**
 * Findings 1, 4 and 7 of the black-box audit of 2026-12-05 (round 7, audit16): documents dropped beside their
 * neighbours, stages read wrong without a mark, and counts or conditions taken from what a document contains. Each as
 * a short posting in the audit's words or in words of the same family.
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-05' });
const items = (text: string) => read(text).profile.items;

describe('stages read from "invited to" and Nordic conditions (audit16 #4)', () => {
  it('reads "are invited to submit a copy of their CV" as optional, marked (before: required, unmarked)', () => {
    const cv = items('All staff are invited to submit a copy of their CV and list of publications, if appropriate.').find((i) => i.kind === 'cv');
    expect(cv?.stage).toBe('optional');
    expect(cv?.review).toBe(true);
  });

  it('leaves "are invited to submit their applications with ..." as asked for', () => {
    const cv = items('Applicants are invited to submit their applications by email with a CV and a cover letter.').find((i) => i.kind === 'cv');
    expect(cv?.stage).toBe('required');
  });

  it('reads Swedish "ifall" and Danish "hvis" as conditions (before: required with no condition)', () => {
    const sv = items('Ansökan ska innehålla följande bilagor:\n- CV\n- Forskningsplan\n- Översättning av examensbeviset, ifall originalet inte är på svenska eller engelska\n');
    expect(sv.find((i) => i.title.startsWith('Översättning'))?.condition).toMatch(/^ifall originalet/);
    const da = items('Ansøgningen skal indeholde:\n- CV\n- Eksamensbevis\n- Karakterudskrift, hvis uddannelsen ikke er afsluttet\n- Publikationsliste, hvis tilgængelig\n');
    expect(da.find((i) => i.kind === 'transcript')?.condition).toBe('hvis uddannelsen ikke er afsluttet');
    expect(da.find((i) => i.kind === 'publication_list')?.stage).toBe('optional');
  });

  it('reads an entry whose only document is named in its condition as the document its head names (before: a second research plan)', () => {
    const list = items('Obligatoriska bilagor för alla sökande:\n- Curriculum vitae (cv)\n- Forskningsplan som innehåller en tidtabell\n- Finansieringsplan, ifall den inte ingår i forskningsplanen\n- Handledningsplan\n');
    expect(list.filter((i) => i.kind === 'research_plan')).toHaveLength(1);
    const plan = list.find((i) => i.title === 'Finansieringsplan');
    expect(plan?.kind).toBe('other');
    expect(plan?.condition).toBe('ifall den inte ingår i forskningsplanen');
  });
});

describe('counts and conditions taken from what a document contains (audit16 #7)', () => {
  it('reads "a full CV that includes the names of two referees" as one CV (before: min 2, max 2)', () => {
    const cv = items('We ask for a letter explaining your interest in the post, together with a full CV that includes the names of two referees.').find((i) => i.kind === 'cv');
    expect(cv?.min).toBeUndefined();
    expect(cv?.max).toBeUndefined();
    const list = items('Please send a cover letter, a CV listing three publications, and two letters of reference.');
    expect(list.find((i) => i.kind === 'cv')?.min).toBeUndefined();
    expect(list.find((i) => i.kind === 'references')?.min).toBe(2);
  });

  it('keeps the group as the condition, not what the group is not expected to send (before: "Doctoral students are not necessarily expected to submit publications")', () => {
    const plan = items('Doctoral students are not necessarily expected to submit publications; however, they should submit a more detailed research plan (approx. 10 pages).').find((i) => i.kind === 'research_plan');
    expect(plan?.condition).toBe('Doctoral students');
  });
});

describe('a second document in a coordinated phrase (audit16 #1)', () => {
  it('reads "statement of support from the mentor" beside the plan and the CV (before: dropped, not pointed at)', () => {
    const list = items('Applicants are requested to send a two-page statement of proposed research, CV, and statement of support from the mentor (see below) to Professor Jane Doe (j.doe@example.ac.uk) by Friday 27 November 2020.');
    expect(list.map((i) => i.kind)).toEqual(['research_plan', 'cv', 'other']);
    expect(list[2]?.title).toBe('Statement of support from the mentor');
  });
});
