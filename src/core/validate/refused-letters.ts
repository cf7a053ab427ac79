import type { Profile } from '../schema/profile.js';
import { nameParts, signerOf, strangerSigner, type NameParts } from './signer.js';

/** A letter of recommendation as a title or a refusal names it, in the languages the importer reads. */
const RECOMMENDATION_LETTER =
  /(?<!\p{L})(?:letters?\s+of\s+(?:recommendation|reference)|(?:recommendation|reference)\s+letters?|recommendation\s+(?:from|by)|empfehlungs?schreiben|lettres?\s+de\s+recommandation|cartas?\s+de\s+(?:recomendaci[oó]n|refer[eê]ncia)|lettere?\s+di\s+(?:raccomandazione|referenza)|rekommendationsbrev|anbefalingsbrev|aanbevelingsbrie(?:f|ven)|suosituskirje\p{L}*)(?!\p{L})/iu;

/** A letter's body that recommends someone: "It is my pleasure to recommend", "Ich empfehle", "suosittelen"; not "recommendation systems". */
const RECOMMENDS =
  /(?<!\p{L})(?:recommend(?:s|ed|ing)?|empfehle|empfehlen|recommande|recomiendo|recomendar|raccomando|rekommenderar|anbefaler|aanbevelen|suosittelen)(?!\p{L})/iu;

/**
 * The profile's `not_wanted` entry that refuses letters of recommendation (of the references kind, or named so),
 * unless the posting asks for letters now: then the refusal is of something narrower.
 */
export function refusedLetters(profile: Profile): { what: string } | undefined {
  if (profile.items.some((i) => i.accepts.includes('letter') && i.stage === 'required')) return undefined;
  return (profile.not_wanted ?? []).find((n) => n.kind === 'references' || RECOMMENDATION_LETTER.test(n.what));
}

/** Whether an entry's title names a letter of recommendation ("Letter of recommendation from Prof. Mikko Korhonen"). */
export function titledRecommendation(title: string | undefined): boolean {
  return title !== undefined && RECOMMENDATION_LETTER.test(title);
}

/**
 * Whether a file's text is a letter recommending someone, signed after a closing by one of the referees or by someone
 * the manifest does not name: never one the applicant signs (a cover letter that says "as Prof. X recommended").
 */
export function readsAsRecommendation(texts: readonly string[], applicant: NameParts | undefined, referees: readonly string[]): boolean {
  if (!texts.some((t) => RECOMMENDS.test(t) || RECOMMENDATION_LETTER.test(t))) return false;
  const people = [applicant, ...referees.map((r) => nameParts(r))];
  const signed = signerOf(texts, people);
  // A letter closes before its signature ("Sincerely,"): a CV that ends with its referees' names is none.
  if (signed !== undefined) return signed.by >= 1 && signed.closed;
  return strangerSigner(texts, people) !== undefined;
}
