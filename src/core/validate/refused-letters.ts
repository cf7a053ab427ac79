import type { Profile } from '../schema/profile.js';
import { foldAccents } from '../text/names.js';
import { closingOf, givenNameOnly, givenNameSigner, nameParts, namesGiven, namesPerson, signatureLines, signerOf, strangerSigner, type NameParts } from './signer.js';

/** A letter of recommendation as a title or a refusal names it, in the languages the importer reads: of support and of endorsement too. */
const RECOMMENDATION_LETTER =
  /(?<!\p{L})(?:letters?\s+of\s+(?:recommendation|reference|support|endorsement)|(?:recommendation|reference|support(?:ing)?|endorsement|referee(?:['\u2019]s|s['\u2019]|s)?)\s+letters?|recommendation\s+(?:from|by)|empfehlungs?schreiben|referenzschreiben|unterst\u00fctzungsschreiben|lettres?\s+de\s+(?:recommandation|soutien|r\u00e9f\u00e9rence)|cartas?\s+de\s+(?:recomendaci[o\u00f3]n|refer[e\u00ea]ncia|apoyo|apoio)|letter[ae]\s+di\s+(?:raccomandazione|referenza|sostegno|supporto)|rekommendationsbrev|referensbrev|anbefalingsbrev|aanbevelingsbrie(?:f|ven)|referentiebrie(?:f|ven)|suosituskirje\p{L}*|suosituslausun\p{L}*)(?!\p{L})/iu;

/**
 * What only a title says is a letter about you: "Reference from Prof. Korhonen", "Referee's letter", "Testimonial".
 * Read in titles alone: a text's "references by topic" or "a letter from the referee" is no letter.
 */
const LETTER_TITLE =
  /(?<!\p{L})(?:testimonials?|letters?\s+(?:from|by)\s+(?:my\s+|the\s+|her\s+|his\s+)?(?:referees?|supervisors?|advis[oe]rs?|mentors?|professors?|employers?|pi)|(?:supervisor|advis[oe]r|mentor|employer)(?:['\u2019]s|s['\u2019])?\s+letters?|(?:work|employment|employer|job|character)\s+references?|gutachten(?!\s+(?:zu[rm]?|über|ueber)\s+(?:\p{L}+\s+){0,2}(?:dissertation|doktorarbeit|masterarbeit|bachelorarbeit|habilitation\p{L}*|arbeit|thesis))|empfehlung|suositus)(?!\p{L})/iu;
/** "LoR - Prof. Korhonen", "LORs": the abbreviation, in capitals as it is written (not a word "lor"). */
const LOR = /(?<!\p{L})(?:LoRs?|LORs?)(?!\p{L})/u;
/** "Reference from Prof. Korhonen", "Reference by my supervisor": a name or a person after it, not "references by topic". */
const REFERENCE_FROM = /(?<!\p{L})(?:[Rr]eferences?|REFERENCES?|[Rr]eferenz)\s+(?:from|by|von)\s+(?:\p{Lu}|(?:my|the|her|his|their|meine[mr]?)\s)/u;
/** "Endorsement" or "Recommendation" as the whole title, or from someone ("Endorsement from Prof. Laine"): not "Ethics endorsement of the study", "Recommendation systems". */
const ENDORSEMENT = /^\s*(?:[Ee]ndorsements?|ENDORSEMENTS?|[Rr]ecommendations?|RECOMMENDATIONS?)\s*$|^\s*[Ee]ndorsements?\s+(?:from|by)\s+(?:\p{Lu}|(?:my|the|her|his|their)\s)/u;

/** A word that a title names a letter or a reference with: "Letter from Prof. Korhonen", "Korhonen (reference)". */
const LETTER_WORD = /(?<!\p{L})(?:letters?|references?|referee|support|endorsement|recommendation|schreiben|lettre|carta|lettera|kirje|lausunto|brev)(?!\p{L})/iu;

/** A letter of your own, that may name a referee: "Cover letter (as Prof. Korhonen suggested)", "Letter of intent". */
const OWN_LETTER =
  /(?<!\p{L})(?:cover(?:ing)?\s+letter|motivation(?:al)?\s+letter|letter\s+of\s+(?:motivation|intent|application|interest)|application\s+letter|personal\s+statement|research\s+statement|teaching\s+statement|anschreiben|motivationsschreiben|lettre\s+de\s+motivation|carta\s+de\s+(?:motivaci[o\u00f3]n|presentaci[o\u00f3]n)|lettera\s+(?:di\s+)?motivazion\p{L}*|hakemuskirje\p{L}*|saatekirje\p{L}*|motivaatiokirje\p{L}*|personligt\s+brev|motivatiebrie(?:f|ven)|sollicitatiebrie(?:f|ven))(?!\p{L})/iu;

/** A letter's body that recommends someone: "It is my pleasure to recommend", "Ich empfehle", "suosittelen"; not "recommendation systems". */
const RECOMMENDS =
  /(?<!\p{L})(?:recommend(?:s|ed|ing)?|empfehle|empfehlen|empfehlt|recommande|recommander|recommandons|recomiendo|recomendamos|recomendar(?:la|le|lo|les)?|recomendo|raccomando|raccomandiamo|raccomandare|raccomandarla|raccomandarlo|rekommenderar|rekommendera|anbefaler|anbefale|aanbevelen|aan\s+te\s+bevelen|beveel\s+(?:\p{L}+\s+){0,4}?aan|suosittelen|suosittelemme|suositella)(?!\p{L})/iu;

/** A work or a decision a verb "recommend" may have as object: "recommend acceptance", "empfehle, die Dissertation anzunehmen". */
const THING =
  '(?:projects?|proposals?|acceptance|publication|rejection|revisions?|approval|funding|manuscript|paper|article|submission|dissertation|thesis|doktorarbeit|masterarbeit|bachelorarbeit|arbeit|annahme|ablehnung|habilitation\\p{L}*|acceptation|th(?:è|e)se|tesi|tesis|v(?:ä|a)it(?:ö|o)skirj\\p{L}*)';
/** What follows a recommending verb when it recommends a thing, not a person: "acceptance", "that the dissertation be accepted", "for publication". */
const THING_OBJECT = new RegExp(`^[\\s,]*(?:(?:that|dass|daß|que|che|att|dat)\\s+)?(?:(?!(?:her|him|them|you|sie|ihn)(?!\\p{L}))\\p{L}+\\s+){0,2}${THING}(?!\\p{L})`, 'iu');
const RECOMMENDS_ALL = new RegExp(RECOMMENDS.source, 'giu');
/** The writer's recommendation as a noun: "my strongest recommendation", "this recommendation", "meine Empfehlung"; not "recommendation systems". */
const RECOMMENDATION_NOUN =
  /(?<!\p{L})(?:(?:my|our|this|highest|strongest|warmest|unreserved|unqualified|enthusiastic|wholehearted|strong)\s+(?:\p{L}+\s+){0,2}recommendation|meine\s+(?:\p{L}+\s+){0,2}empfehlung|ma\s+(?:\p{L}+\s+){0,2}recommandation|mi\s+(?:\p{L}+\s+){0,2}recomendaci(?:ó|o)n)(?!\p{L})(?!\s+(?:systems?|engines?|algorithms?|models?|methods?|tasks?))/iu;

/** Advice to the reader after a recommending verb: "recommend that you register early", "recommend you to book a hotel". */
const ADVICE = /^\s+(?:that\s+you|you\s+to)(?!\p{L})/iu;
/** A person the advice's sentence is about: "recommend that you hire her" recommends her. */
const PERSON_WORD = /(?<!\p{L})(?:her|him|his|them|their)(?!\p{L})/iu;

/** Whether a sentence after "recommend" advises the reader, not a person: "We recommend that you register early", not "I recommend that you hire her". */
function advice(rest: string, applicant: NameParts | undefined): boolean {
  if (!ADVICE.test(rest)) return false;
  const sentence = rest.split(/[.!?](?:\s|$)/u)[0]!;
  return !PERSON_WORD.test(sentence) && !(applicant && namesPerson([sentence], applicant));
}

/** What a letter of support backs when it is no person: a project, a proposal, a grant, a collaboration, in the languages read. */
const PROJECT =
  '(?:projects?|proposals?|grants?|grant\\s+applications?|funding\\s+applications?|consortium|consortia|collaborations?|partnerships?|initiatives?|bids?|projekt\\p{L}*|(?:forschungs|f(?:ö|oe|o)rder)?antrag\\p{L}*|vorhaben\\p{L}*|kooperation\\p{L}*|projet\\p{L}*|proposition|proyecto\\p{L}*|propuesta\\p{L}*|progett[oi]|proposta|hanke\\p{L}*|projekti\\p{L}*|projektet|ansökan\\s+om\\s+(?:medel|bidrag)|voorstel\\p{L}*)';
/** A person's word between a supporting verb and its object: "support her proposal" backs her. */
const NOT_PERSON = '(?!(?:her|him|his|their|them|sie|ihre[mnrs]?|ihn|seine[mnrs]?|elle|lui|ella|lei|hän\\p{L}*)(?!\\p{L}))';
/** A support's object when it is a project: "the Horizon Europe proposal", not "her proposal". */
const PROJECT_OBJECT = `\\s+(?:${NOT_PERSON}[\\p{L}\\p{N}-]+\\s+){0,4}?${PROJECT}(?!\\p{L})`;
/**
 * Support for a project, not a person: "Roboworks GmbH strongly supports the Horizon Europe proposal", "in support of the
 * ROBOGRASP project", "We recommend the project for funding", "unterstützt den Antrag", "soutient le projet", "apoya el proyecto".
 */
const PROJECT_SUPPORT = new RegExp(
  `(?<!\\p{L})(?:support(?:s|ed|ing)?|endors(?:e|es|ed|ing)|back(?:s|ed|ing)?|recommend(?:s|ed|ing)?|commit(?:s|ted)?\\s+to|unterst(?:ü|ue|u)tz\\p{L}*|bef(?:ü|ue|u)rwort\\p{L}*|soutien\\p{L}*|soutenons|apoya\\p{L}*|apoyo|respalda\\p{L}*|sosten\\p{L}*|sostegno|supporto|tukee|tuemme|st(?:ö|o)djer|steun\\p{L}*|ondersteun\\p{L}*)(?:\\s+(?:of|for|to|f(?:ü|u)r|de|du|al|del|a|per|van|voor))?${PROJECT_OBJECT}`,
  'iu',
);
/** A letter's kind that may back a project as well as a person: "Letter of support", "Unterstützungsschreiben", "carta de apoyo". */
const SUPPORT_LETTER = /(?<!\p{L})(?:support(?:ing)?|endorsement|unterst(?:ü|ue|u)tzungsschreiben|soutien|apoyo|apoio|sostegno|supporto)(?!\p{L})/iu;
const RECOMMENDATION_LETTER_ALL = new RegExp(RECOMMENDATION_LETTER.source, 'giu');
/** Whether a support's object right after it is a project: "in support of the ROBOGRASP proposal". */
const PROJECT_AFTER = new RegExp(`^${PROJECT_OBJECT}`, 'iu');

/** Whether a text backs a project, a proposal or a grant ("strongly supports the Horizon Europe proposal"): a letter of support that is no one's recommendation. */
function supportsProject(text: string): boolean {
  return PROJECT_SUPPORT.test(text);
}

/**
 * Whether a text recommends or supports someone: "I recommend her", "She has my highest recommendation"; not "reviewers
 * recommend acceptance", nor a "Letter of support" that backs a project. `stock` leaves out a certificate's stock closing ("we would recommend her to any employer").
 */
function recommendsSomeone(text: string, applicant?: NameParts, stock = false): boolean {
  const project = supportsProject(text);
  if (RECOMMENDATION_NOUN.test(text)) return true;
  // "Letter of support" over a text that backs a project is the project's letter, not the person's.
  if ([...text.matchAll(RECOMMENDATION_LETTER_ALL)].some((m) => !(project && SUPPORT_LETTER.test(m[0])))) return true;
  if ([...text.matchAll(SUPPORTS_ALL)].some((m) => !PROJECT_AFTER.test(text.slice(m.index + m[0].length)))) return true;
  return [...text.matchAll(RECOMMENDS_ALL)].some((m) => {
    const rest = text.slice(m.index + m[0].length);
    return !THING_OBJECT.test(rest) && !advice(rest, applicant) && !(stock && STOCK_CLOSING.test(sentenceAt(text, m.index)));
  });
}

/** The sentence a match at `index` stands in. */
function sentenceAt(text: string, index: number): string {
  const start = Math.max(...['.', '!', '?', '\n\n'].map((c) => text.lastIndexOf(c, index - 1))) + 1;
  return text.slice(start).split(/[.!?](?:\s|$)/u)[0]!;
}

/**
 * A certificate's stock closing that recommends the employee to anyone: "we would recommend her to any employer", "without
 * reservation", "jederzeit", as an employment certificate ends; a referee recommends for a post.
 */
const STOCK_CLOSING =
  /(?<!\p{L})(?:any\s+(?:future\s+|prospective\s+|potential\s+|other\s+)?(?:employers?|organi[sz]ations?|compan(?:y|ies)|institutions?|team)|(?:future|prospective|potential)\s+employers?|without\s+(?:any\s+)?(?:reservations?|hesitation)|jederzeit|uneingeschr(?:ä|ae|a)nkt|jedem\s+arbeitgeber|tout\s+(?:futur\s+)?employeur|cualquier\s+(?:futuro\s+)?empleador|qualsiasi\s+datore)(?!\p{L})/iu;

/**
 * A letter's body that supports someone without the verb "recommend": "I am writing in strong support of", "She has my
 * highest endorsement", "a reference for Aino Virtanen", "befürworte ich", "je soutiens"; read only with a referee's or a stranger's signature.
 */
const SUPPORTS =
  /(?<!\p{L})(?:in\s+(?:\p{L}+\s+){0,2}support\s+of|(?:support|endorse)\s+(?:her|his|their|this|the)\s+(?:\p{L}+\s+){0,2}(?:application|candidacy|appointment)|endors(?:e|es|ed|ing|ement)|(?:reference|referee\s+report)\s+for|bef(?:ü|ue|u)rworte\p{L}*|unterst(?:ü|ue|u)tze\p{L}*\s+(?:\p{L}+\s+){0,3}bewerbung|je\s+soutiens|(?:apoyo|respaldo)\s+(?:la\s+)?candidatura|sostengo\s+(?:la\s+)?candidatura|tuen\s+(?:\p{L}+\s+){0,2}hakemus\p{L}*)(?!\p{L})/iu;
const SUPPORTS_ALL = new RegExp(SUPPORTS.source, 'giu');

/**
 * The profile's `not_wanted` entry that refuses letters of recommendation (of the references kind, or named so),
 * unless the posting asks for letters now: then the refusal is of something narrower.
 */
export function refusedLetters(profile: Profile): { what: string } | undefined {
  if (profile.items.some((i) => i.accepts.includes('letter') && i.stage === 'required')) return undefined;
  return (profile.not_wanted ?? []).find((n) => n.kind === 'references' || RECOMMENDATION_LETTER.test(n.what));
}

/**
 * Whether an entry's title names a letter of recommendation ("Letter of recommendation from Prof. Mikko Korhonen",
 * "Letter of support", "Reference from Prof. Korhonen", "Testimonial"), or names one of the referees with a letter's
 * word ("Letter from Prof. Korhonen", "Ødegård – reference"): never your own letter ("Cover letter", "Letter of intent").
 */
export function titledRecommendation(title: string | undefined, referees: readonly string[] = [], texts?: readonly string[]): boolean {
  if (title === undefined) return false;
  if (projectLetterTitle(title, texts)) return false;
  if (RECOMMENDATION_LETTER.test(title) || LETTER_TITLE.test(title) || LOR.test(title) || REFERENCE_FROM.test(title) || ENDORSEMENT.test(title)) return true;
  if (OWN_LETTER.test(title) || !LETTER_WORD.test(title)) return false;
  return referees.some((r) => {
    const person = nameParts(r);
    return person !== undefined && namesPerson([title], person);
  });
}

/** A title in a project's words: "Letter of support for the ROBOGRASP grant proposal", "Support letter (Horizon Europe project)". */
const PROJECT_TITLE = new RegExp(`(?<!\\p{L})${PROJECT}(?!\\p{L})`, 'iu');

/**
 * Whether a title names a letter of support (and no other letter about someone) that backs a project: by its own words
 * ("Letter of support for the grant proposal"), or by the file's text ("Letter of support" over "Roboworks GmbH supports the proposal").
 */
function projectLetterTitle(title: string, texts: readonly string[] | undefined): boolean {
  const kinds = [...title.matchAll(RECOMMENDATION_LETTER_ALL)];
  if (kinds.length === 0 || !kinds.every((m) => SUPPORT_LETTER.test(m[0]))) return false;
  if (PROJECT_TITLE.test(title)) return true;
  return texts !== undefined && texts.some(supportsProject) && !texts.some((t) => recommendsSomeone(t));
}

/**
 * A line that heads a letter about someone, their name after it: "Letter of reference for", "Re: Recommendation for",
 * "Empfehlungsschreiben für Frau", "Gutachten über", "Lettre de recommandation pour", "Suositus", "Rekommendationsbrev för".
 */
const HEADING = new RegExp(
  `^(?:(?:re|subject|betreff|objet|asia|ämne|onderwerp|oggetto|asunto)\\s*:\\s*)?(?:${RECOMMENDATION_LETTER.source}|(?:recommendation|reference|referenz|empfehlung|gutachten|suositus|recommandation|recomendaci[oó]n|raccomandazione|rekommendation|anbefaling|aanbeveling)(?!\\p{L}))` +
    '[\\s:\\u2013\\u2014-]*(?:(?:for|about|of|on\\s+behalf\\s+of|für|fuer|über|ueber|zu|pour|de|para|per|för|om|voor|over)(?!\\p{L}))?(.*)$',
  'iu',
);
/** "To whom it may concern", in the languages read: a letter's opening about someone, never an applicant's own. */
const TO_WHOM = /(?<!\p{L})(?:(?:to\s+)?whom\s+it\s+may\s+concern|[àa]\s+qui\s+de\s+droit|a\s+quien\s+corresponda|a\s+chi\s+di\s+competenza|aan\s+wie\s+het\s+aangaat|till\s+vederb(?:ö|o)rande|asianomaisille)(?!\p{L})/iu;
/** A line that opens a letter with a salutation ("Dear colleagues,", "Sehr geehrte Damen und Herren,", "Hyvä valintaraati"): no CV opens so. */
const SALUTATION = /^(?:dear|sehr\s+geehrte[rn]?|liebe[rn]?|hyv(?:ä|a)t?|b(?:ä|a)sta|k(?:ä|a)ra|geachte|cher|ch(?:è|e)re|madame|monsieur|estimad[oa]s?|gentil[ei]|egregi[oa]|kj(?:æ|ae)re|k(?:æ|ae)re)(?!\p{L})/imu;

/** A heading's rest that names a work, not a person: "Gutachten zur Dissertation von Aino Virtanen". */
const THING_HEADING = new RegExp(`^(?:\\p{L}+\\s+){0,2}${THING}(?!\\p{L})`, 'iu');

/** Whom a salutation greets when it is the applicant without their name: "Dear author,", "Dear applicant,", "Dear candidate,". */
const TO_APPLICANT = /^(?:(?:prospective|potential|corresponding)\s+)?(?:authors?|author\(s\)|applicants?|candidates?|autor(?:in)?|bewerber(?:in)?|hakija|kirjoittaja)$/iu;

/**
 * Whether a letter greets the applicant ("Dear Dr. Virtanen,", "Dear Aino,", "Dear author,"): a journal's or an
 * employer's letter to you, never one about you.
 */
function addressedTo(texts: readonly string[], applicant: NameParts): boolean {
  return texts.some((t) =>
    t.split(/\r?\n/).some((line) => {
      const greeting = line.trim().split(/[,:;!]/u)[0]!;
      const m = SALUTATION.exec(greeting);
      if (m === null) return false;
      const whom = greeting.slice(m[0].length).trim();
      return namesPerson([greeting], applicant) || givenNameOnly(whom, applicant) || TO_APPLICANT.test(whom);
    }),
  );
}

/** Whether a letter's own heading names the applicant ("Letter of reference for Aino Virtanen", "Suosituskirje Aino Virtaselle"). */
function headedAbout(texts: readonly string[], applicant: NameParts): boolean {
  return texts.some((t) =>
    t.split(/\r?\n/).some((line) => {
      const m = HEADING.exec(line.trim());
      // The name comes right after: "for Prof. Aino Virtanen", not somewhere later in a sentence.
      return m !== null && !THING_HEADING.test(m[1]!.trim()) && namesPerson([m[1]!.trim().split(/\s+/u).slice(0, 6).join(' ')], applicant);
    }),
  );
}

/**
 * Whether a file's text is a letter about someone: headed so with your name ("Letter of reference for Aino
 * Virtanen"), whatever closes it; or recommending someone and signed, after a closing or below "To whom it may
 * concern" or "Dear ...", by one of the referees or by someone the manifest does not name. Never one the applicant signs (a cover
 * letter that says "as Prof. X recommended"). The one reading of `item.not-wanted` and `item.sent-directly`.
 */
export function readsAsRecommendation(texts: readonly string[], applicant: NameParts | undefined, referees: readonly string[]): boolean {
  const people = [applicant, ...referees.map((r) => nameParts(r))];
  if (applicant && addressedTo(texts, applicant)) return false;
  if (applicant && headedAbout(texts, applicant)) return signerOf(texts, people)?.by !== 0;
  // "Certificate of employment ... This is to certify that she worked ... we would recommend her to any employer": the certificate's stock closing recommends no one for a post.
  const headed = texts.some(headedCertificate);
  const stock = headed && texts.some((t) => certifies(t) || EMPLOYED.test(t)) && !texts.some((t) => RELATION.test(t));
  const recommends = texts.some((t) => recommendsSomeone(t, applicant, stock));
  // "I have known Aino Virtanen for three years ... With warm regards, Prof. Liisa Laine" recommends in no word: read by who signs it.
  // "I confirm that she is expected to receive the degree": a certificate of facts, which postings ask for, is none.
  const certificate = texts.some(certifies) || (!recommends && (headed || texts.some(employmentRecord)));
  // A company's letter backing a grant proposal may name the applicant as its lead: it backs the project, not her candidacy.
  const project = !recommends && texts.some(supportsProject);
  const account = !recommends && applicant !== undefined && texts.length <= ACCOUNT_PAGES && !certificate && !project && accountOf(texts, applicant);
  // A letter closes before its signature ("Sincerely,"), or opens as one ("To whom it may concern", "Dear colleagues,"): a CV that ends with its referees' names is none.
  const opened = texts.some((t) => TO_WHOM.test(t) || SALUTATION.test(t));
  // A letter's first page alone, trimmed off its signature: it greets, tells of the applicant as "she" and praises; an applicant's own letter says "I".
  if (applicant && opened && !certificate && firstPage(texts, applicant, recommends) && unsigned(texts, people)) return true;
  if (!recommends && !account) return false;
  const signed = signerOf(texts, people);
  if (signed !== undefined) return signed.by >= 1 && (signed.closed || opened);
  if (givenNameSigner(texts, people) !== undefined) return true;
  if (account && !titledAfterClosing(texts)) return false;
  return strangerSigner(texts, people, opened && !account) !== undefined;
}

/** Pages beyond which a text about you that recommends in no word is no letter: a thesis or a paper may close as one. */
const ACCOUNT_PAGES = 3;
/**
 * A statement that confirms or certifies facts ("I confirm that", "This is to certify", "hereby confirm", "bestätige",
 * "vahvistan", "intygar", "certifie", "certifico"): a certificate, not a letter of recommendation.
 */
const CERTIFIES =
  /(?<!\p{L})(?:(?:i|we)\s+(?:hereby\s+)?(?:confirm|certify|verify|attest)|hereby\s+(?:confirm|certif(?:y|ies)|verif(?:y|ies)|attests?)|this\s+(?:letter\s+|document\s+)?is\s+to\s+(?:certify|confirm|verify|attest)|(?:ich\s+|wir\s+|hiermit\s+)?best(?:ä|ae|a)tige[n]?|vahvista(?:n|mme)|intygar|intygas|certifi(?:e|ons)|certifico|certificamos|certifichiamo|attestiamo|atteste|confirme|confirmons|confirmo|confirmamos|confermo|confermiamo|bevestig(?:en)?|verklaar|verklaart|verklaren)(?!\p{L})/iu;
const CERTIFIES_ALL = new RegExp(CERTIFIES.source, 'giu');

/**
 * Words a text says of someone else, by language: "she", "hän", "hennes", "ihre", "elle", "ella", "lei", "hij"; an
 * applicant's own letter says "I". Possessives that are other words too ("son", "su", "zijn") are left out.
 */
const THIRD_PERSON_WORDS = {
  en: 'she|he|her|hers|him|his',
  fi: 'h(?:ä|a)n|h(?:ä|a)nen|h(?:ä|a)nt(?:ä|a)|h(?:ä|a)net',
  sv: 'hon|henne|hennes',
  de: 'sie|ihre[mnrs]?|seine[mnrs]?',
  fr: 'elle|il|lui',
  es: 'ella|él',
  it: 'lei|lui|egli',
  nl: 'zij|hij|haar|hem',
};
const THIRD_PERSON = new RegExp(`(?<!\\p{L})(?:${Object.values(THIRD_PERSON_WORDS).join('|')})(?!\\p{L})`, 'iu');
/** An academic title that opens a signature ("Prof. Liisa Laine", "Dr. Pekka Salo", "Dra.", "Prof.ssa", "Profª", "Pr."): a referee's, after a closing. */
const ACADEMIC_TITLE = /^(?:prof|professor|professorin|professora|profa|prof\s?ª|dr|dra|drª|doctor|doctora|dott|docent|dosentti|dozent|assoc|associate|pr(?=\.))(?!\p{L})/iu;

/** Praise of a person: "excellent", "outstanding", "the best student", in the languages read. */
const PRAISE =
  /(?<!\p{L})(?:excellent|outstanding|exceptional|brilliant|talented|gifted|remarkable|superb|impressive|extraordinary|best|strongest|finest|creative|dedicated|hard[-\s]?working|highly\s+(?:capable|motivated|skilled|qualified)|ausgezeichnet\p{L}*|hervorragend\p{L}*|erinomai\p{L}*|loistava\p{L}*|utm(?:ä|a)rkt\p{L}*|excellente?s?|excepcional\p{L}*|excelente\p{L}*|eccellente|uitstekend\p{L}*)(?!\p{L})/iu;
/** What a certificate confirms: a degree, an enrolment, employment, dates or grades ("I confirm that she has submitted her dissertation"). */
const FACT =
  /(?<!\p{L})(?:degrees?|diploma|graduat\p{L}*|enrol\p{L}*|registered|employ\p{L}*|worked|works|working|position|contract|submitted|defen[cs]\p{L}*|completed|passed|awarded|grades?|gpa|credits?|thesis|dissertation|since|until|\p{N}{4})(?!\p{L})/iu;
/** A decision or an award a letter announces ("has been awarded", "the board decided"): not a referee's letter. */
const DECISION = /(?<!\p{L})(?:awarded|granted|decision|decided)(?!\p{L})/iu;

/**
 * Whether a text certifies facts (`CERTIFIES`): at least one of its confirmations states one, not praise alone ("I
 * confirm that she is excellent" is a letter's words, "I confirm that she has submitted her thesis" a certificate's).
 */
function certifies(text: string): boolean {
  return [...text.matchAll(CERTIFIES_ALL)].some((m) => {
    const sentence = text.slice(m.index).split(/[.!?](?:\s|$)/u)[0]!;
    return FACT.test(sentence) || !PRAISE.test(sentence);
  });
}

/**
 * A certificate's heading: "Employment certificate", "Certificate of Appreciation", "Työtodistus", "Arbeitszeugnis" (an
 * employer's testimonial the employee holds and attaches; it grades, but a referee sends no such thing), "Intyg", "Attestation".
 */
const CERTIFICATE_HEADING =
  /^(?:\p{L}+\s+){0,3}?(?:certificates?|attestation|verification|confirmation|statement\s+of\s+(?:employment|service|enrol(?:l)?ment)|\p{L}*todistus|\p{L}*zeugnis|\p{L}*bescheinigung|\p{L}*intyg|certificat|certificado|certificato|getuigschrift|\p{L}*verklaring)(?:\s+(?:of|for|de|di|über|ueber|zur?)\s+(?:\p{L}+\s*){1,3})?[\s.:]*$/iu;
/** Lines at a text's top read for a certificate's heading: a letterhead may come first. */
const CERTIFICATE_HEAD_LINES = 4;

/** Whether a text is headed as a certificate on one of its first lines ("EMPLOYMENT CERTIFICATE", "Certificate of Appreciation"). */
function headedCertificate(text: string): boolean {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, CERTIFICATE_HEAD_LINES)
    .some((l) => CERTIFICATE_HEADING.test(l));
}

/** Employment told as a fact: "was employed by", "worked at ... as", "beschäftigt", "työskenteli", "anställd", "travaillé", "trabajó", "werkzaam". */
const EMPLOYED =
  /(?<!\p{L})(?:employed|worked\s+(?:at|for|in|as)|served\s+as|held\s+the\s+position|was\s+(?:hired|appointed)|besch(?:ä|ae|a)ftigt|t(?:ä|ae|a)tig|ty(?:ö|o)skenteli|anst(?:ä|a)lld|employ(?:é|e)e?|a\s+travaill(?:é|e)|trabaj(?:ó|o)|impiegat[oa]|werkzaam|in\s+dienst)(?!\p{L})/iu;
/** A period with a year: "from 1 August 2022 to 31 July 2024", "vom 1.8.2022 bis 31.7.2024", "1.8.2022–31.7.2024", "since March 2021". */
const PERIOD =
  /(?<!\p{L})(?:(?:from|since|between|vom|von|seit|fr(?:å|a)n|du|desde|dal|van)\s+[^.\n]{0,25}?\p{N}{4}|\p{N}{1,2}\.\p{N}{1,2}\.\p{N}{4}\s*[\u2013\u2014-]\s*\p{N}{1,2}\.\p{N}{1,2}\.\p{N}{4})/iu;
/** What the employee did, as a certificate lists it: "duties", "responsibilities", "tasks", "Aufgaben", "tehtävät", "arbetsuppgifter", "fonctions". */
const DUTIES =
  /(?<!\p{L})(?:duties|responsibilities|tasks|aufgaben\p{L}*|t(?:ä|ae|a)tigkeiten|\p{L}*teht(?:ä|a)v\p{L}*|arbetsuppgifter|uppgifter|fonctions|missions|t(?:â|a)ches|funciones|tareas|mansioni|compiti|werkzaamheden)(?!\p{L})/iu;
/** The writer speaking of themself ("I", "my", "ich", "minä", "jag", "je", "yo", "io", "ik"): a letter's narrative, which a certificate has none of. */
const FIRST_PERSON = /(?<!\p{L})(?:I|[Mm]e|[Mm]y|[Mm]yself|[Ii]ch|[Mm]ich|[Mm]ir|[Mm]ein\p{L}*|[Mm]in(?:ä|a)|[Mm]inun|[Jj]ag|[Mm]ig|[Jj]e|[Mm]oi|[Yy]o|[Ii]o|[Ii]k|[Mm]ijn)(?!\p{L})/u;

/**
 * Whether a text records employment as a certificate does, unheaded and with no certifying words: a period of
 * employment and the duties, told of the employee, with no "I" of the writer, no tie to them and no praise.
 */
function employmentRecord(text: string): boolean {
  return EMPLOYED.test(text) && PERIOD.test(text) && DUTIES.test(text) && !FIRST_PERSON.test(text) && !RELATION.test(text) && !PRAISE.test(text);
}

/**
 * The writer's tie to the one a letter is about: "I have known", "I supervised", "spent ... in my group", "my PhD student", "worked
 * with me", "Ich kenne", "je connais", "conozco a", "ik ken"; a certificate or a report on a thesis has none.
 */
const RELATION =
  /(?<!\p{L})(?:i\s+have\s+known|i\s+(?:(?:have\s+)?had\s+the\s+(?:pleasure|privilege)\s+of\s+)?(?:supervis(?:ed|ing)|taught|teaching|mentor(?:ed|ing)|advis(?:ed|ing)|host(?:ed|ing))(?!\p{L})|(?:with|under|for)\s+me|under\s+my\s+(?:\p{L}+\s+)?(?:supervision|guidance|direction)|(?:in|at|joined|visited)\s+(?:my|our)\s+(?:research\s+)?(?:group|lab|laboratory|team)|i\s+have\s+(?:ever\s+)?(?:supervised|taught|mentored|advised)|my\s+(?:former\s+)?(?:\p{L}+\s+){0,2}(?:student|postdoc|assistant|colleague|supervisee|advisee|mentee)|ich\s+kenne|unter\s+meiner|mit\s+mir|olen\s+tuntenut|ohjauksessani|kanssani|jag\s+har\s+k(?:ä|a)nt|med\s+mig|je\s+connais|sous\s+ma\s+direction|avec\s+moi|conozco\s+a|bajo\s+mi\s+direcci(?:ó|o)n|conmigo|conosco|sotto\s+la\s+mia|con\s+me|ik\s+ken|onder\s+mijn|met\s+mij)(?!\p{L})/iu;

/** Verbs after the applicant's name that tell of them ("Aino Virtanen is", "Aino joined", "Aino Virtanen hat"), folded. */
const TOLD = new Set(['is', 'was', 'has', 'had', 'joined', 'worked', 'came', 'completed', 'wrote', 'showed', 'proved', 'designed', 'developed', 'led', 'started', 'graduated', 'published', 'spent', 'visited', 'stayed', 'conducted', 'carried', 'contributed', 'received', 'obtained', 'became', 'did', 'realizo', 'hizo', 'ist', 'war', 'hat', 'on', 'oli', 'ar', 'var', 'har', 'est', 'etait', 'es', 'fue', 'era', 'heeft']);

/** Verbs before the applicant's name that tell of knowing or supervising them ("I have known Aino Virtanen", "I supervised Aino Virtanen's thesis", "Ich kenne Aino"), folded. */
const KNOWN = new Set(['known', 'kenne', 'connais', 'conozco', 'conosco', 'ken', 'tuntenut', 'kant', 'supervised', 'supervising', 'taught', 'teaching', 'mentored', 'mentoring', 'advised', 'advising', 'hosted', 'hosting']);

/** Whether a text tells of the applicant by name as the one who does something ("Aino Virtanen is", "Aino worked"), or whom the writer knows, as only a text about them does. */
function toldOf(texts: readonly string[], applicant: NameParts): boolean {
  return texts.some((t) => {
    const w = foldAccents(t).toLowerCase().split(/[^\p{L}]+/u);
    const own = (x: string | undefined) => x !== undefined && (x === applicant.family || applicant.given.includes(x));
    return w.some((x, i) => own(x) && (TOLD.has(w[i + 1] ?? '') || (!own(w[i - 1]) && KNOWN.has(w[i - 1] ?? ''))));
  });
}

/** Whether one page tells of the applicant as a referee does: by name and as "she", the writer's tie to them, praise; no decision. */
function firstPage(texts: readonly string[], applicant: NameParts, recommends: boolean): boolean {
  const [text] = texts;
  if (texts.length !== 1 || text === undefined || DECISION.test(text)) return false;
  return toldOf(texts, applicant) && THIRD_PERSON.test(text) && RELATION.test(text) && (recommends || PRAISE.test(text));
}

/** Whether nobody signs a text: no closing, no one's name and no stranger's on its last lines. */
function unsigned(texts: readonly string[], people: readonly (NameParts | undefined)[]): boolean {
  return !signatureLines(texts).closed && signerOf(texts, people) === undefined && strangerSigner(texts, people, true) === undefined;
}

/** Whether a text tells of the applicant in the third person: their name, or their given name alone ("Aino spent ..."), and "she", "his", "hän". */
function accountOf(texts: readonly string[], applicant: NameParts): boolean {
  return (namesPerson(texts, applicant) || namesGiven(texts, applicant)) && texts.some((t) => THIRD_PERSON.test(t));
}

/** Whether the first line after a letter's closing starts with an academic title ("With warm regards,\nProf. Liisa Laine"). */
function titledAfterClosing(texts: readonly string[]): boolean {
  const { lines, closed } = signatureLines(texts);
  const first = lines.find((l) => !/\p{N}/u.test(l));
  return closed && first !== undefined && ACADEMIC_TITLE.test(first);
}

/** A line that heads a letter of recommendation ("Letter of recommendation", "Suosituskirje Aino Virtaselle"): its first page. */
const LETTER_HEAD = new RegExp(`^\\s*(?:${RECOMMENDATION_LETTER.source})`, 'imu');

/** Whether a page opens a letter: "To whom it may concern", a salutation ("Dear colleagues,") or a letter's heading at a line's start. */
export function opensLetter(page: string): boolean {
  return TO_WHOM.test(page) || SALUTATION.test(page) || LETTER_HEAD.test(page);
}

/** Pages after a selection's last that are read for the letter's closing: further on is another document. */
const CLOSING_PAGES = 4;

/** A letter that a `pages:` selection ends before its closing and signature, which a page it leaves out holds. */
export interface CutLetter {
  /** The left-out page (0-based) that closes the letter. */
  closing: number;
  /** Its closing line as written ("Sincerely,", "Mit freundlichen Grüßen"). */
  line: string;
  /** The pages (0-based, in the selection's order) that keep the letter whole: the selection's, then those up to the closing. */
  keep: number[];
  /** Whether the letter, up to its closing, reads as a letter of recommendation signed by a referee or a stranger (`readsAsRecommendation`), or is signed by one. */
  certain: boolean;
}

/**
 * A letter cut by a `pages:` selection before its last page: the pages it takes end, from the last that opens a letter
 * (or all of them in a row), with no closing and no one's signature, and one of the next pages it leaves out (no other
 * letter opening before it) closes it. Undefined when the pages ending the selection, or those after it, have no text
 * to read (a scan), or the selection does not end on its highest page.
 *
 * @example
 * cutLetter(['Dear committee, I recommend Aino Virtanen ...', 'She is excellent.\nSincerely,\nProf. Mikko Korhonen'], [0], nameParts('Aino Virtanen'), ['Prof. Mikko Korhonen']) // { closing: 1, line: 'Sincerely,', keep: [0, 1], certain: true }
 */
export function cutLetter(texts: readonly (string | undefined)[], kept: readonly number[], applicant: NameParts | undefined, referees: readonly string[]): CutLetter | undefined {
  const last = kept[kept.length - 1];
  if (last === undefined || kept.some((p) => p > last)) return undefined;
  const people = [applicant, ...referees.map((r) => nameParts(r))];
  const text = (p: number) => {
    const t = texts[p];
    return t !== undefined && /\p{L}/u.test(t) ? t : undefined;
  };
  // The letter's pages taken: back from the last, pages in a row, to the one that opens it.
  let from = kept.length - 1;
  while (from > 0 && text(kept[from]!) !== undefined && !opensLetter(text(kept[from]!)!) && kept[from - 1] === kept[from]! - 1) from--;
  const taken = kept.slice(from).map(text);
  if (taken.some((t) => t === undefined)) return undefined;
  const tail = taken as string[];
  if (!unsigned(tail, people)) return undefined;
  for (let p = last + 1; p <= last + CLOSING_PAGES; p++) {
    const t = text(p);
    if (t === undefined || opensLetter(t)) return undefined;
    const { closed } = signatureLines([t]);
    if (!closed) continue;
    const lines = t.split(/\r?\n/).map((l) => l.trim());
    const line = lines.filter((l) => closingOf(l) !== undefined).at(-1) ?? '';
    const added = Array.from({ length: p - last }, (_, i) => last + 1 + i);
    const letter = [...tail, ...added.map((a) => text(a) ?? '')];
    const signed = signerOf(letter, people);
    const certain = readsAsRecommendation(letter, applicant, referees) || (signed !== undefined && signed.by >= 1) || strangerSigner(letter, people) !== undefined;
    return { closing: p, line, keep: [...kept, ...added], certain };
  }
  return undefined;
}

/** The pages of a file a letter takes when the file holds more (1-based, as messages show them), and the `pages:` that leaves them out. */
export interface LetterPages {
  /** "2", "3–4", "2–3 and 5–6". */
  these: string;
  many: boolean;
  /** How many letters the pages are, when more than one. */
  letters?: number;
  /** The other pages as a `pages:` value: "1", "1-2, 5". */
  rest: string;
}

/**
 * A transcript as a title names it: "Transcript of records", "Academic record", "Grade report", "Notenspiegel",
 * "Opintosuoritusote", "Relevé de notes", "Certificado de notas", "Mark sheet".
 */
const TRANSCRIPT =
  /(?<!\p{L})(?:transcripts?|academic\s+records?|records?\s+of\s+(?:studies|study|achievements?|grades|marks)|grade\s+(?:reports?|sheets?|lists?|transcripts?)|(?:statements?|reports?)\s+of\s+(?:grades|marks)|mark\s*sheets?|notenspiegel|notenübersicht|notenauszug|notenbescheinigung|leistungsübersicht|leistungsnachweis\p{L}*|\p{L}*suoritusote\p{L}*|relev[ée]s?\s+de\s+notes|bulletins?\s+de\s+notes|certificados?\s+(?:académicos?|academicos?|de\s+notas|de\s+calificaciones)|expediente\s+acad[ée]mico|certificato\s+(?:degli\s+)?esami|studieutdrag|karakterutskrift|cijferlijst)(?!\p{L})/iu;

/** Whether an entry's title names a transcript ("Transcript of records (Tampere University)"). */
export function titledTranscript(title: string | undefined): boolean {
  return title !== undefined && TRANSCRIPT.test(title);
}

/**
 * A photo as a title or file name names it: "Photo", "Bewerbungsfoto", "Lichtbild", "Portrait", "Profile picture",
 * "Valokuva", "Headshot" (not "picture" alone: "Big picture statement").
 */
const PHOTO =
  /(?<!\p{L})(?:photo(?:graph)?s?|fotos?|bewerbungsfotos?|passfotos?|passbild|bewerbungsbild|lichtbild(?:er)?|portraits?|porträts?|portr[aä]tfotos?|profil(?:e|bild|foto)?[\s_-]*(?:pic(?:ture)?s?|photos?|images?|bild|foto)|profilbild|profilfoto|headshots?|(?:valo)?kuva|fotograf[ií]as?|fotografie)(?!\p{L})/iu;

/**
 * Words before a photo word that still make it the applicant's own ("My photo", "Recent passport photo"): another
 * word ("Lab photo", "Setup photo") makes it a photo of something else, which no posting refuses. Folded, lower case.
 */
const OWN_PHOTO_BEFORE = new Set(['my', 'mein', 'meine', 'mon', 'ma', 'mi', 'mio', 'mia', 'oma', 'minun', 'a', 'an', 'the', 'one', 'recent', 'current', 'latest', 'new', 'aktuelles', 'aktuelle', 'neues', 'recente', 'reciente', 'passport', 'style', 'size', 'sized', 'id', 'identity', 'application', 'applicant', 'applicants', 'candidate', 'profile', 'personal', 'professional', 'colour', 'color', 'biometric', 'biometrisches', 'cv', 'resume', 'head', 'face', 'official', 'digital', 'own', 'and', 's', 'photo', 'foto']);

/** Who a "photo of ..." may show and still be the applicant's photo ("Photograph of the applicant", "Photo d'identité"). Folded, lower case. */
const OWN_PHOTO_OF = new Set(['me', 'myself', 'applicant', 'candidate', 'candidat', 'candidata', 'candidato', 'bewerber', 'bewerberin', 'bewerbung', 'identite', 'identity', 'identidad', 'identita', 'carnet', 'pasaporte', 'passport', 'perfil', 'profil', 'profile', 'author']);

/** Words that join a part to the document it is in ("CV with photo", "Lebenslauf mit Publikationsliste"): the part is no document of its own. */
const PART_OF = /(?<!\p{L})(?:with|incl(?:uding|\.)?|containing|plus|mit|inkl(?:usive|\.)?|samt|avec|con|com|met|med|sis(?:ältäen)?|ja)\s+(?:\p{L}+\s+){0,3}$/iu;

/** A CV as a title or file name names it: a CV holding a photo or a publication list is the applicant's CV, not a refused document. */
const CV_NAMED = /(?<!\p{L})(?:cv|c\.\s?v\.|resumes?|résumés?|lebenslauf|curriculum|ansioluettelo)(?!\p{L})/iu;

/** A list of publications as a title names it: "List of publications", "Publications", "Publikationen (2019–2026)". */
const PUBLICATION_LIST = /(?<!\p{L})(?:(?:list|lists)\s+of\s+(?:\p{L}+\s+)?publications|publications?\s+lists?|publikationsliste|publikationsverzeichnis|schriftenverzeichnis|julkaisuluettelo|liste\s+des\s+publications|lista\s+de\s+publicaciones|elenco\s+(?:delle\s+)?pubblicazioni|publicatielijst)(?!\p{L})|^\s*(?:(?:my|meine|mes|mis|le\s+mie)\s+)?(?:publications|publikationen|veröffentlichungen|julkaisut|publicaciones|pubblicazioni|publicaties|publicações)\s*(?:$|[(:–—-])/iu;

/** A writing sample as a title names it: "Writing sample", "Sample of academic writing", "Schreibprobe". */
const WRITING_SAMPLE = /(?<!\p{L})(?:writing\s+samples?|samples?\s+of\s+(?:\p{L}+\s+){0,2}writing|writing\s+examples?|examples?\s+of\s+(?:\p{L}+\s+){0,2}writing|schreibproben?|textproben?|kirjoitusnäyte|muestras?\s+de\s+escritura|[ée]chantillons?\s+d['’\s]?[ée]criture)(?!\p{L})/iu;

/** The words of a title, a file name or a name, folded and in lower case, as `OWN_PHOTO_BEFORE` and `OWN_PHOTO_OF` hold them. */
function foldedWords(text: string): string[] {
  return foldAccents(text).toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '');
}

/** Whether the photo a title or file name names is the applicant's, not a photo of something else ("Lab photo", "Photo of the setup"). */
function ownPhoto(text: string, applicant: readonly string[]): boolean {
  const m = PHOTO.exec(text);
  if (!m) return false;
  const own = (w: string, set: ReadonlySet<string>): boolean => set.has(w) || applicant.includes(w);
  if (!foldedWords(text.slice(0, m.index)).every((w) => own(w, OWN_PHOTO_BEFORE))) return false;
  const after = /^[\s_-]*(?:of|from|von|vom|des|de|du|del|della|di|d(?=['’\s_-]))(?!\p{L})(.*)$/iu.exec(text.slice(m.index + m[0].length));
  return !after || foldedWords(after[1]!).some((w) => own(w, OWN_PHOTO_OF));
}

/** A kind of document other than letters that a file is known as by its title (a photo by its file name too), and what a message calls it. */
const REFUSABLE: readonly { kind: string; is: string; names: RegExp; fileName?: true }[] = [
  { kind: 'photo', is: 'a photo', names: PHOTO, fileName: true },
  { kind: 'transcript', is: 'a transcript', names: TRANSCRIPT },
  { kind: 'publication_list', is: 'a list of publications', names: PUBLICATION_LIST },
  { kind: 'writing_sample', is: 'a writing sample', names: WRITING_SAMPLE },
];

/** A refused kind other than letters: the `not_wanted` entry, what a message calls such a document, and how to know one. */
export interface RefusedKind {
  what: string;
  is: string;
  /** Whether a title (or, for photos, a file name) names such a document. */
  names(title: string | undefined, file?: string): boolean;
}

/**
 * The kinds other than letters the profile's `not_wanted` refuses, by the entry's `kind` or its words ("a photo"),
 * each known by its title (a photo by its file name too) under an item that is not of that kind: "Bewerbungsfoto"
 * under the CV. A title or file name that also names a CV ("Lebenslauf mit Foto") is no refused photo.
 */
export function refusedKinds(profile: Profile, item: { kind: string; title: string }, applicant?: string): RefusedKind[] {
  const own = applicant === undefined ? [] : foldedWords(applicant).filter((w) => w.length > 1);
  return REFUSABLE.flatMap((r) => {
    // An item of the kind itself is checked as a whole (`item.not-wanted` or `profile.not-wanted-item`).
    if (item.kind === r.kind || r.names.test(item.title)) return [];
    // Photographs of an artist's works are the portfolio, not a photo of the applicant ("Photos of installations").
    if (r.kind === 'photo' && item.kind === 'portfolio') return [];
    const n = (profile.not_wanted ?? []).find((w) => w.kind === r.kind || r.names.test(w.what));
    if (!n) return [];
    const base = (file: string) => file.replace(/^.*[\\/]/u, '').replace(/\.[^.]*$/u, '');
    const one = (s: string): boolean => {
      const m = r.names.exec(s);
      // "Report with grade report", "Thesis incl. photo": a part of another document, not one of its own.
      if (!m || PART_OF.test(s.slice(0, m.index).replace(/[_-]+/gu, ' '))) return false;
      return r.kind !== 'photo' || ownPhoto(s.replace(/[_]+/gu, ' '), own);
    };
    const names = (title: string | undefined, file?: string): boolean => {
      const name = file !== undefined && r.fileName ? base(file) : undefined;
      // A CV's title or file name keeps it a CV ("Lebenslauf mit Foto", photo-cv.pdf), whichever of the two names it.
      if ((title !== undefined && CV_NAMED.test(title)) || (name !== undefined && CV_NAMED.test(name))) return false;
      // A title that names the kind decides ("Lab photo" for photo.jpg); the file name speaks for an untitled file or another title.
      return title !== undefined && r.names.test(title) ? one(title) : name !== undefined && one(name);
    };
    return [{ what: n.what.trim(), is: r.is, names }];
  });
}
