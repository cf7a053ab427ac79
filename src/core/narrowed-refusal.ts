/** Words that name no kind of document and no qualifier of one. */
const FILLER = new Set(['a', 'an', 'the', 'any', 'your', 'their', 'of', 'or', 'and', 'copy', 'copies', 'other']);

const words = (s: string): string[] => s.toLowerCase().match(/\p{L}+/gu)?.map((w) => w.replace(/s$/u, '')) ?? [];

/**
 * The refusal names a narrower document than the item ("high school transcripts" beside "Transcripts from all
 * undergraduate institutions"): its last word is in the item's title, and it has words of its own the title lacks.
 */
export function narrowerThan(what: string, title: string): boolean {
  const refused = words(what).filter((w) => !FILLER.has(w));
  const head = refused[refused.length - 1];
  const named = new Set(words(title));
  return head !== undefined && refused.length >= 2 && named.has(head) && refused.slice(0, -1).some((w) => !named.has(w));
}

/**
 * An item the applicant puts in the packet, so a refusal of its kind contradicts it: not one others send (`sent_by`:
 * letters "uploaded directly by the referees" agree with "do not attach letters"), nor referees' contact details only.
 */
export function givenByApplicant(item: { kind: string; accepts: readonly string[]; sent_by?: string | undefined }): boolean {
  return item.sent_by === undefined && !(item.kind === 'references' && item.accepts.includes('referee') && !item.accepts.includes('letter'));
}

/**
 * The item a refusal contradicts: of its kind (a named one), required, given by the applicant, and no broader than what it
 * refuses ("high school transcripts" beside "Transcripts from all undergraduate institutions" hold together). The one
 * reading of `profile check` and of the importer's review.
 *
 * @example
 * contradictedItem({ kind: 'photo', what: 'photo' }, profile.items) // the photo item, if the profile also asks for one
 */
export function contradictedItem<T extends { kind: string; title: string; accepts: readonly string[]; sent_by?: string | undefined; stage?: string | undefined }>(refusal: { kind?: string | undefined; what: string }, items: readonly T[]): T | undefined {
  if (refusal.kind === undefined || refusal.kind === 'other') return undefined;
  // A later or optional item holds together with the refusal ("letters will be requested later; do not send them now"):
  // files given for it are `item.not-wanted` at validate time.
  return items.find((i) => i.kind === refusal.kind && (i.stage ?? 'required') === 'required' && givenByApplicant(i) && !narrowerThan(refusal.what, i.title));
}
