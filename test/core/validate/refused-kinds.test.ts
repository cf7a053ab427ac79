/** Audit 23 F2: which titles and file names `item.not-wanted` takes for a refused photo, transcript or list of publications. */
import { describe, expect, it } from 'vitest';
import { refusedKinds } from '../../../src/core/validate/refused-letters.js';
import type { Profile } from '../../../src/core/schema/profile.js';

const profile = (not_wanted: Profile['not_wanted']): Profile => ({ items: [], not_wanted }) as unknown as Profile;
const OTHER = { kind: 'other', title: 'Other documents' };

describe('refusedKinds', () => {
  const [photo] = refusedKinds(profile([{ what: 'a photo', source: 'Please do not send a photo.' }]), OTHER, 'Lena Fischer');

  it('knows a photo by its title or its file name', () => {
    for (const t of ['Photo', 'Bewerbungsfoto', 'Passport photo', 'Application photo', 'Valokuva', 'Headshot', 'Foto']) expect(photo?.names(t), t).toBe(true);
    expect(photo?.names(undefined, 'docs/photo.jpg')).toBe(true);
    expect(photo?.names(undefined, 'docs/lena_bewerbungsfoto.png')).toBe(true);
  });

  it('takes no CV, nor a word that only starts like one, for a photo', () => {
    for (const t of ['Lebenslauf mit Foto', 'CV with photo', 'Photonics research plan', 'Big picture statement', 'Photocopies of diplomas', 'Research statement']) expect(photo?.names(t), t).toBe(false);
    expect(photo?.names(undefined, 'photos/cv.pdf')).toBe(false);
    expect(photo?.names(undefined, 'docs/cv-photo.pdf')).toBe(false);
    expect(photo?.names(undefined, 'docs/transcript-msc-scan.png')).toBe(false);
  });

  it('is none under an item that is itself the refused kind, or when nothing is refused', () => {
    expect(refusedKinds(profile([{ what: 'a photo' }]), { kind: 'other', title: 'Photo' })).toEqual([]);
    expect(refusedKinds(profile([{ what: 'transcripts', kind: 'transcript' }]), { kind: 'transcript', title: 'Transcript of records' })).toEqual([]);
    expect(refusedKinds(profile(undefined), OTHER)).toEqual([]);
    // An artist's portfolio of photographs is no photo of the applicant ("Photos of installations", "fotografie").
    expect(refusedKinds(profile([{ what: 'a photo' }]), { kind: 'portfolio', title: 'Portfolio' })).toEqual([]);
  });

  it('knows a transcript and a list of publications by their titles, not by file name', () => {
    const [t, p] = refusedKinds(profile([{ what: 'transcripts', kind: 'transcript' }, { what: 'a list of publications', kind: 'publication_list' }]), OTHER);
    expect([t?.is, p?.is]).toEqual(['a transcript', 'a list of publications']);
    expect(t?.names('Transcript of records')).toBe(true);
    expect(t?.names(undefined, 'docs/transcript.pdf')).toBe(false);
    expect(p?.names('List of publications')).toBe(true);
    expect(p?.names('Selected publications')).toBe(false);
  });

  describe('re-verify 12-07e F2: near neighbours refused, and a photo of something else or a part of a CV not', () => {
    const all = refusedKinds(
      profile([{ what: 'a photo' }, { what: 'transcripts', kind: 'transcript' }, { what: 'a list of publications', kind: 'publication_list' }, { what: 'writing samples', kind: 'writing_sample' }]),
      OTHER,
      'Lena Hoffmann',
    );
    const is = (title: string | undefined, file?: string): string[] => all.filter((k) => k.names(title, file)).map((k) => k.is);

    it('refuses "Portrait", "Profile picture", "Lichtbild", lena-portrait.jpg, profile_pic.jpg, "Publications", "Grade report", "Sample of academic writing" (before: Ready)', () => {
      for (const t of ['Portrait', 'Profile picture', 'Lichtbild', 'Photo of Lena Hoffmann', 'Photograph of the applicant', "Photo d'identité", 'Recent passport-style photo']) expect(is(t), t).toEqual(['a photo']);
      expect(is(undefined, 'docs/lena-portrait.jpg')).toEqual(['a photo']);
      expect(is(undefined, 'docs/profile_pic.jpg')).toEqual(['a photo']);
      for (const t of ['Publications', 'Publikationen', 'Publications (2019–2026)']) expect(is(t), t).toEqual(['a list of publications']);
      for (const t of ['Grade report', 'Mark sheet', 'Notenauszug']) expect(is(t), t).toEqual(['a transcript']);
      for (const t of ['Sample of academic writing', 'Schreibproben']) expect(is(t), t).toEqual(['a writing sample']);
    });

    it('takes no photo of something else, and no CV holding the refused part (before: item.not-wanted, Not ready)', () => {
      for (const t of ['Lab photo', 'Photo of the experimental setup', 'Group photo', 'Photos from the conference', 'Research portrait', 'CV with publication list', 'Lebenslauf mit Publikationsliste', 'Thesis with transcript', 'Selected publications', 'Publication: a paper on grasping']) expect(is(t), t).toEqual([]);
      expect(is(undefined, 'docs/lab-photo.jpg')).toEqual([]);
      expect(is(undefined, 'docs/setup_photo.jpg')).toEqual([]);
    });
  });
});
