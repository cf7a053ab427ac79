/**
 * What the posting is (`identity.ts`): a first line that is only the page's address, and university names joined by
 * hyphens (leftover of the importer audit 12-05k: "Goethe-Universität Frankfurt" cut to "Universität Frankfurt").
 */
import { describe, expect, it } from 'vitest';
import { importPosting } from '../../../src/core/import/index.js';

const read = (text: string) => importPosting(text, { today: '2026-12-01' }).profile;
const TAIL = '\n\nPlease submit a CV and a cover letter by 15 January 2027.\n';

describe('a first line that is only the page address, as users paste it', () => {
  it('is the profile\'s source, and the title is the next line (before: the address was the title, no source)', () => {
    const p = read(`https://jobs.example.edu/postings/4711\nDoctoral Researcher in Economics\n\nThe University of Oulu invites applications.${TAIL}`);
    expect(p.title).toBe('Doctoral Researcher in Economics');
    expect(p.source).toBe('https://jobs.example.edu/postings/4711');
  });

  it('in angle brackets too; an address inside a sentence is neither', () => {
    expect(read(`<https://jobs.example.edu/4711>\nPostdoc in Physics${TAIL}`).source).toBe('https://jobs.example.edu/4711');
    const p = read(`Postdoc in Physics\nSee https://jobs.example.edu/4711 for details.${TAIL}`);
    expect(p.title).toBe('Postdoc in Physics');
    expect(p.source).toBeUndefined();
  });
});

describe('university names joined by hyphens (before: the part before the hyphen was cut)', () => {
  const org = (name: string) => read(`PhD position\n\n${name} invites applications.${TAIL}`).organization;
  it.each([
    ['Goethe-Universität Frankfurt am Main'],
    ['Humboldt-Universität zu Berlin'],
    ['Johannes Gutenberg-Universität Mainz'],
    ['Friedrich-Schiller-Universität Jena'],
    ['Otto-von-Guericke-Universität Magdeburg'],
  ])('%s', (name) => expect(org(name)).toBe(name));

  it('leaves plain names as they were', () => {
    expect(org('Universität Wien')).toBe('Universität Wien');
    expect(org('Stockholm University')).toBe('Stockholm University');
  });
});
