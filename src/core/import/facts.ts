/**
 * Step 3 of `importPosting`: facts a posting states in its sentences: how the packet is handed in (one PDF or
 * separate files, size and page caps, a file-name rule) and its dates (deadline, start, when the review begins).
 */
import type { SubmissionFormat } from '../schema/vocabulary.js';
import { businessClose, businessCloseReason, findDates, findTimeOfDay, sameDayAs, withTimeOfDay, type DateMatch } from './dates.js';
import { findKindMentions, findLimits, g, isPacketLimit, sizesExceededInIf, sizesNamedDocument, test, testAny } from './match.js';
import * as P from './phrases.js';
import type { Sentence } from './requirements.js';

/** What the posting says about the submission as a whole, each with the sentence it came from. */
export interface SubmissionFacts {
  format?: SubmissionFormat;
  formatSource?: string;
  maxMb?: number;
  /** The MB cap is said of each file ("Each uploaded file must not be larger than 2 MB"). */
  maxMbPerFile?: boolean;
  /** A cap on all files together stated beside the cap on each ("max. 2 MB per file, 10 MB in total"). */
  maxMbTotal?: number;
  maxPages?: number;
  /** The page cap's sentence speaks of the whole application ("in total", "Applications must not exceed ..."). */
  maxPagesWhole?: boolean;
  maxPagesSource?: string;
  /** The last sentence a submission cap was taken from. */
  limitSource?: string;
  /** The MB cap was read in a list entry ("- Tamaño del archivo no mayor a 50kb."): an item's cap of the same size is its own. */
  maxMbInEntry?: boolean;
  fileName?: string;
  fileNameSource?: string;
  /** Why the file-name pattern is to be checked ("read from an example"). */
  fileNameReview?: string;
  /** A sentence that states a file-name rule the import could not turn into a pattern. */
  fileNameUnread?: string;
  nameLength?: number;
  /** "All files besides your CV ... in one single PDF": the documents kept out of the one PDF, as the posting says it. */
  formatException?: string;
  /** "Submit a cover letter and CV as one PDF": the documents said to go in one PDF, and the sentence that says it. */
  togetherInOnePdf?: { kinds: string[]; source: string };
  /** The format sentence asks for the files in one zip archive ("compile into a single zip file"). */
  zip?: boolean;
  /** A later sentence asks for a zip archive though the format sentence said one PDF: the sentence that does. */
  zipSource?: string;
  /** "If attachments exceed 30 MB, send a link": a sentence saying what to do above a size (no cap), and that size. */
  sizeIf?: { source: string; size: string };
  /** Sentences that cap one part of the application that is no item ("Video: ... (maximum of 250MB total)"). */
  partCaps: string[];
  /** "Combine multiple documents in one PDF", said again for each upload slot of a form: one PDF per slot, not for all. */
  perSlotPdf?: string;
  /** "Each score should be sent as a single document": one file for each part, not one PDF for the packet. */
  perPartPdf?: string;
}

/** A date and the sentence it was read from. */
export interface Dated {
  d: DateMatch;
  s: string;
}

/** The dates a posting gives, sorted by what its sentences call them; which one is the deadline is step 5's call. */
export interface DateFacts {
  /** The first date in a sentence that calls it a deadline. */
  deadline?: DateMatch;
  deadlineSource?: string;
  /** The sentence the deadline's time, zone or year was read from, when not its own ("by 23.59 (UK time) on the closing date"). */
  deadlineTimeSource?: string;
  /** Why that reading, or a time or zone another sentence gives and that was not read, should be checked. */
  deadlineTimeReview?: string;
  /** The deadline sentence also speaks of full consideration. */
  deadlineConsideration: boolean;
  /** Other sentences that call another date a deadline. */
  otherDeadlines: string[];
  /** Lines that give each group of applicants its own date ("For EU nationals: September 30, 2023"), the deadline's first. */
  groupDeadlines?: string[];
  reviewStart?: Dated;
  consideration?: Dated;
  /** A date applications are to come "by", in a sentence that does not say deadline. */
  guessedDeadline?: Dated;
  /** A sentence that gives the closing date relative to another date ("within 30 days of the publication"). */
  relativeDeadline?: string;
  /** A date in a sentence about the position that does not say it is the start. */
  loneStart?: Dated;
  start?: { value: string; s: string; review?: string };
  /** "As soon as possible", "by agreement": a start without a date. */
  startWords?: { value: string; s: string };
}

const PACKET_WORDS = /\b(?:pdf|file|files|application|applications|document|documents|attachment|attachments|total|packet|combined|everything|upload|e-?mail)\b/iu;
// "the doctorate will be completed by April 15": when the degree is due, not the application.
// "The original deadline of December 1 has been extended": a date that no longer holds.
const NON_DEADLINE = /\b(?:posted|expire|expires|downloaded|published|date posted)\b|\b(?:original|previous|former|old|initial) (?:deadline|closing date)\b|\b(?:has|have) been (?:extended|postponed|moved)\b(?!\s+(?:to|until|till)\b)|\b(?:doctorate|degree|ph\.?d\.?|thesis|dissertation)\b[^.]{0,40}\b(?:be|been|is|are) (?:completed|awarded|conferred|defended|finished|obtained)\b/iu;
/**
 * "I candidati che conseguiranno il titolo entro il 31 ottobre 2027 ...", "candidates who will complete their PhD by
 * ...": when the degree is due (a condition on some applicants), not when the application is. The words between the
 * degree and "entro" may name where it is obtained ("di studio, in Italia o all'estero,"), but no applying.
 */
const DEGREE_DUE =
  /(?<![\p{L}])(?:conseguiranno|conseguano|conseguono|conseguire|conseguimento|obtengan|obtendrán|obtener|obtención|concluam|concluírem|concluirão|obtenham|obtiverem|obtenção|conclusão|obtiendront|obtiennent|obtention|soutiendront|soutenance|will (?:complete|obtain|receive|defend|finish|be awarded)|expect(?:s|ed)? to (?:complete|obtain|receive|defend|finish|graduate)|(?:are|is) (?:completing|finishing)|abschließen werden|erlangen werden)(?![\p{L}])[^.;]{0,40}?(?<![\p{L}])(?:(?:il |el |o |le |la |their |the |his or her |your |de |du |o seu )?(?:titolo|laurea|diploma|dottorato|título|grado|doctorado|grau|doutoramento|doutorado|diplôme|doctorat|thèse|titre|degree|doctorate|ph\.?d\.?|thesis|dissertation|abschluss|promotion)|(?:graduate))(?![\p{L}])(?:(?!(?:apply|appl|submit|send|sent|envi|present|bewerb|einreich|domand|solicitud|candidatur|inscri)\p{L}*)[^.;]){0,60}?(?<![\p{L}])(?:entro|by|before|antes d(?:el|e|o)|até|avant|bis)(?![\p{L}])|(?<![\p{L}])(?:abschluss|studienabschluss|promotion|doktorgrad|hochschulabschluss)(?![\p{L}])[^.;]{0,20}?(?<![\p{L}])bis(?: zum| spätestens)?(?![\p{L}])[^;]{0,30}?(?<![\p{L}])(?:erwerben|erlangen|abschließen|ablegen|nachweisen)(?![\p{L}])/iu;

/**
 * The sentence's date is when some applicants are to obtain their degree ("... che conseguiranno il titolo ... entro il
 * 31 ottobre 2020"), not when to apply.
 */
export function isDegreeDue(s: string): boolean {
  return DEGREE_DUE.test(s);
}

const DEGREE_NOUNS =
  'titolo|laurea|dottorato|t[ií]tulo|grado|doctorado|dipl[oô]me|diploma|doctorat|abschluss|promotion|doktorgrad|doktorsexamen|examen|doctoraat|doctorsgraad|tutkinto|degree|doctorate|ph\\.?d\\.?';
const OBTAINED =
  'conseguit[oaie]|ottenut[oaie]|obtenid[oa]s?|obtenu[es]?|erlangt|abgeschlossen|avlagd|avlagt|behaald|suoritettu|obtained|awarded|conferred|completed|earned|received';
/**
 * "Il titolo deve essere stato conseguito ... entro il 31 ottobre 2012", "the PhD must have been awarded no later than
 * ...", "must have obtained their PhD by ...": when a degree was obtained (a rule on who may apply).
 */
/**
 * "the Master's degree certificate shall be submitted to the Faculty by 1 September 2027, at the latest": when a
 * document that comes after the application is due, not the closing date, unless no sentence gives another.
 */
const DOCUMENT_DUE =
  /\b(?:certificates?|diplomas?|diploma supplement|transcripts?|degree|official statement|zeugnis(?:se)?|urkunde|getuigschrift|diploma's|examensbevis|tutkintotodistus|diplômes?|attestation|relevés? de notes?)\b[^.;]{0,40}\b(?:shall|must|should|is to|are to|has to|have to|needs? to|will have to|muss|müssen|moet|moeten|ska|skall|tulee|doit|doivent|devra|devront)\s+(?:\p{L}+\s+)?(?:be\s+)?(?:submitted|sent|delivered|forwarded|provided|handed in|presented|received|uploaded|eingereicht|nachgereicht|vorgelegt|ingediend|aangeleverd|inlämnas|skickas|toimitettava|fourni(?:e|s|es)?|transmis(?:e|es)?|envoyée?s?)\b/iu;

/**
 * A step before the application ("The Intention to Apply must be submitted before 5 September", "registration",
 * "expression of interest", "pre-application"): its date yields to the application's own closing date.
 */
const PRELIMINARY_STEP =
  /\b(?:intention to apply|intent to apply|notice of intent|letter of intent|expressions? of interest|eoi|pre-?applications?|pre-?proposals?|pre-?registration|registration|interessenbekundung|voranmeldung|registrierung|absichtserklärung|manifestation d['’]intérêt|lettre d['’]intention|pré-?inscription|preinscripción|pre-?solicitud(?:es)?|manifestación de interés|preiscrizione|manifestazione di interesse|vooraanmelding|intentieverklaring|intresseanmälan|förhandsanmälan|ennakkoilmoittautu\p{L}*)\b/iu;

/**
 * "Stage 2: shortlisted candidates will be invited to submit ... by 15 March", "Les candidats retenus ... second tour":
 * a step after the first selection; its date yields to the application's own closing date.
 */
const LATER_ROUND =
  /\b(?:shortlisted|short-listed|invited to (?:submit|send|apply)|(?:stage|phase|round|step) (?:2|two|ii)|second (?:stage|phase|round|step)|full (?:proposals?|applications?) (?:are|is|will be) (?:due|invited)|(?:zweite[nr]?|2\.) (?:stufe|runde|phase)|(?:stufe|runde|phase) 2|ausgewählte bewerber\p{L}*|(?:deuxième|second) (?:tour|étape|phase)|candidats (?:retenus|présélectionnés|sélectionnés)|(?:segunda) (?:fase|etapa|ronda)|(?:seconda) (?:fase|tappa)|(?:tweede) (?:ronde|fase))\b/iu;

/**
 * "Die Stelle ist zunächst bis zum 30.09.2019 befristet", "The appointment is fixed-term until 31 August 2027": when
 * the contract ends, not when to apply; only in a sentence that says nothing of applying.
 */
const CONTRACT_END =
  /(?<![\p{L}])(?:befristet|fixed[- ]term|contract (?:ends|will end|runs (?:until|till|to))|(?:appointment|position|post|employment|contract|funding) (?:is|will be) (?:initially )?(?:limited|funded|available|offered) (?:until|till|to)|(?:is|are) (?:limited|funded) until|tidsbegränsad|määräaikai\p{L}*|à durée déterminée|tijdelijk (?:tot|voor)|a tempo determinato|de duración determinada)(?![\p{L}])/iu;
function contractEnd(s: string): boolean {
  return CONTRACT_END.test(s) && !test(P.APPLICATION_WORDS, s);
}

const DEGREE_OBTAINED = new RegExp(
  `(?<![\\p{L}])(?:${DEGREE_NOUNS})(?![\\p{L}])[^;]{0,60}?(?<![\\p{L}])(?:${OBTAINED})(?![\\p{L}])|(?<![\\p{L}])(?:${OBTAINED})(?![\\p{L}])\\s+(?:(?:their|the|a|his or her|your|ihre[nm]?|seine[nm]?|sin|sitt|hun|zijn|haar|il|la|le|el|su|leur)\\s+)?(?:${DEGREE_NOUNS})(?![\\p{L}])`,
  'iu',
);
/** Persons who apply: a sentence naming only them ("Applicants must have obtained ...") is not about applying yet. */
const APPLICANT_NOUNS = /(?<![\p{L}])(?:applicants?|candidates?|candidat[oaie]s?|candidatos?|candidatas?|bewerber(?:innen)?|s[öo]kande)(?![\p{L}])/giu;

/**
 * "entro 30 giorni dalla pubblicazione del bando", "within 30 days of the publication of this notice": a closing date
 * given relative to another date, which no calendar date states.
 */
const RELATIVE_DEADLINE =
  /(?<![\p{L}])(?:within|entro|dentro de(?: los)?|en el plazo de|innerhalb (?:von )?|binnen|dans un délai de|inom|innen|sisällä)\s+(?:\d{1,3}|\p{L}+)\s+(?:\p{L}+\s+)?(?:days?|giorni|d[ií]as|tagen?|dagen|jours|dagar|dager|dage|päivän)(?![\p{L}])[^.]{0,40}?(?<![\p{L}])(?:publication|pubblicazione|publicaci[oó]n|veröffentlichung|bekanntmachung|publicatie|parution|publicering|kungörelse|julkaisu\p{L}*|announcement|notice)(?![\p{L}])/iu;

/**
 * A closing date moved: "the deadline has been extended from 10 January 2027 to 24 January 2027", "Die
 * Bewerbungsfrist wurde bis zum 24. Januar verlängert", "De deadline is verlengd tot", "Ansökningstiden har
 * förlängts till", "Hakuaikaa on jatkettu 24.1.2027 asti", "La date limite est reportée au".
 */
const MOVED =
  /(?<![\p{L}])(?:extended|postponed|moved|pushed back|prolonged|verlängert|verschoben|verlengd|uitgesteld|förlängd|förlängts|förlängt|framflyttad|senarelagd|forlænget|forlenget|udsat|utsatt|jatke\p{L}*|pidenne\p{L}*|siirre\p{L}*|prolongée?s?|reportée?s?|repoussée?s?|prorogat[oaie]|posticipat[oaie]|ampliad[oa]|prorrogad[oa]|aplazad[oa])(?![\p{L}])/iu;
/** Words a moved deadline's new date comes after ("to", "bis zum", "auf den", "tot", "till", "au", "al", "hasta"). */
const NEW_DATE_BEFORE =
  /(?<![\p{L}])(?:to|until|till|through|new deadline(?: is)?|bis(?: zum| zu| spätestens)?|auf(?: den)?|tot(?: en met)?|naar|till och med|fram till|til|au|à|jusqu'au|al|fino al|hasta(?: el)?|até|para)\s*(?:(?:the|den|der|le|el|il|o)\s+)?(?:\p{L}+day,?\s+)?$/iu;
/** Finnish postpositions after a moved deadline's new date ("24.1.2027 asti"). */
const NEW_DATE_AFTER = /^\s*(?:asti|saakka|mennessä)(?![\p{L}])/iu;
/** Words a moved deadline's old date comes after ("from", "vom", "originally"). */
const OLD_DATE_BEFORE =
  /(?<![\p{L}])(?:from|von|vom|van|från|fra|du|dal|del|de|desde|originally|original(?: deadline)?(?: of)?|previously|previous(?: deadline)?(?: of)?|ursprünglich|oorspronkelijk|ursprungligen|alun perin)\s*(?:(?:the|den|der|dem|le|el|il|o)\s+)?(?:\p{L}+day,?\s+)?$/iu;

/**
 * The new date of a sentence that says the closing date was moved, or undefined when the sentence is about something
 * else or names no new date ("The original deadline of December 1 has been extended"): the date after "to" (or before
 * "asti"), else the one date after the verb that no "from" precedes.
 */
function movedDeadline(s: string, today: string | undefined): { d: DateMatch; old: DateMatch[] } | undefined {
  const verb = MOVED.exec(s);
  if (!verb || !(test(P.CLOSING_WORDS, s) || /(?<![\p{L}])(?:applications?|bewerbung\p{L}*|ansökningstid\p{L}*|hakuaika\p{L}*|haku|candidatures?)(?![\p{L}])/iu.test(s))) return undefined;
  const dates = findDates(s, { today }).filter((x) => x.day !== undefined);
  const before = (x: DateMatch): string => s.slice(Math.max(0, x.index - 30), x.index);
  const fresh = dates.filter((x) => NEW_DATE_BEFORE.test(before(x)) || NEW_DATE_AFTER.test(s.slice(x.end)));
  const old = dates.filter((x) => !fresh.includes(x) && (OLD_DATE_BEFORE.test(before(x)) || x.index < verb.index));
  const rest = dates.filter((x) => !fresh.includes(x) && !old.includes(x));
  const d = fresh[0] ?? (rest.length === 1 ? rest[0] : undefined);
  return d ? { d, old } : undefined;
}

// "The deadline can be extended": a rule, not a move.
const MAY_MOVE = /(?<![\p{L}])(?:can|could|may|might|will|kann|können|kan|kunnen|voi|voidaan|peut|peuvent|pourra|puede|pueden|può|possono)(?![\p{L}])[^.;]{0,20}$/iu;

/**
 * A sentence that says the closing date was moved without giving the new one ("The original deadline of 1 March 2027
 * has been extended", "Die ursprüngliche Bewerbungsfrist vom 1. März 2027 wurde verlängert"): its dates are old ones.
 */
function movedWithoutDate(s: string, today: string | undefined): { old: DateMatch[] } | undefined {
  const verb = MOVED.exec(s);
  if (!verb || MAY_MOVE.test(s.slice(0, verb.index)) || !test(P.CLOSING_WORDS, s.slice(0, verb.index)) || movedDeadline(s, today)) return undefined;
  return { old: findDates(s, { today }).filter((x) => x.day !== undefined) };
}

/** Words that make a one-file rule about the whole application, not about two documents put together. */
const WHOLE = /\b(?:all|everything|application|applications|materials|documents|documentation|dossier|whole|entire|complete|attachments|vedlegga|unterlagen|bewerbung|ansökan|hakemus|dossier|alle|documenten|sollicitatie|tous|toutes|todos|todas|documentos|alla|handlingar|kaikki)\b/iu;
/** A size cap said of each file, not of the application. */
const EACH_FILE = /\b(?:each|every|any|per|por|par|pro|je|cada|chaque|jede[rs]?|varje|hver)\s+(?:single\s+|individual\s+|uploaded\s+)*(?:file|document|attachment|upload|pdf|documento|fichero|archivo|fitxer|arxiu|fichier|datei|dokument)s?\b/iu;
/** "la grandària màxima serà d'1Mb (excepte el treball original de recerca)": a cap one document is spared is each file's. */
const EXCEPT_ONE = /^[^.;]{0,20}?\b(?:except|excepte|excepto|exceptuando|salvo|sauf|außer|ausgenommen|tranne|eccetto|behalve|utom)\b/iu;
const START_WORDS = /\b(?:as soon as possible|immediately|by (?:mutual )?agreement|negotiable|flexible)\b/iu;
/** Referees' letters named in the languages the importer reads. */
const REFEREE_LETTERS = String.raw`(?:letters? of (?:recommendation|reference|support)|(?:reference|recommendation|referee) (?:letters?|reports?)|referees?['’]?s? (?:letters?|reports?)|references|empfehlungsschreiben|referenzschreiben|gutachten|lettres? de (?:recommandation|référence)|cartas de (?:recomendaci[oó]n|referencia|recomenda[cç][aã]o)|cartes de recomanaci[oó]|lettere di (?:raccomandazione|referenza|presentazione)|aanbevelingsbrie\p{L}*|referentiebrie\p{L}*|rekommendationsbrev\p{L}*|referensbrev\p{L}*|anbefalingsbrev\p{L}*|suosituskirje\p{L}*|suosituksi\p{L}*)`;
/**
 * A deadline for the letters of referees, not for the application: "The deadline for submitting letters of
 * recommendation is ...", "Frist für die Einreichung der Gutachten", "date limite de réception des lettres de
 * recommandation", "plazo para enviar las cartas de recomendación", "Letters of recommendation are due ...".
 */
const REFERENCE_DEADLINE = new RegExp(String.raw`\breference letters?\b|\bletters of (?:recommendation|reference)\b[^.]{0,20}\bdeadline\b|\bdeadline for (?:the )?(?:submission of )?(?:reference|recommendation)|(?:\b(?:deadline|due date|closing date|frist|einsendeschluss|stichtag|abgabetermin|date limite|délai|plazo|fecha l[ií]mite|prazo|data limite|scadenza|termine|uiterste datum|sluitingsdatum|sista dag|sista datum|määräaika|takaraja)\s+(?:for|of|für|der|von|pour|de|d['’]|des|para|per|di|del|voor|van|för|av)\s*(?:(?:the|die|la|las|les|le|het|de|os|as)\s+|l['’])?(?:(?:submission|receipt|upload|submitting|sending|uploading|receiving|einreichung|abgabe|zusendung|übermittlung|réception|soumission|dépôt|envoi|presentaci[oó]n|recepci[oó]n|env[ií]o|entrega|submiss[aã]o|invio|ricezione|presentazione|indienen|insturen|aanleveren|inlämning|innsending|innlevering|envoyer|soumettre|déposer|presentar|enviar|recibir|entregar|inviare|att (?:skicka|lämna) in)\s+(?:of\s+|der\s+|von\s+|des\s+|de\s+|di\s+|delle\s+|van\s+|av\s+|las\s+|les\s+|the\s+|your\s+|all\s+|de las\s+|das\s+|dos\s+)*)?${REFEREE_LETTERS}|${REFEREE_LETTERS}\s+(?:deadline|määräaika|takaraja)|^\W*(?:the |all |your )?${REFEREE_LETTERS}\s+(?:are|is|must be|should be|have to be|has to be)\s+(?:due|received)\b)`, 'iu');
/** The sentence gives when referees' letters are due, not the application ("The deadline for submitting letters of recommendation is ..."). */
export function isReferenceDeadline(s: string): boolean {
  return REFERENCE_DEADLINE.test(s) && !CALL_DEADLINE.test(s);
}
/** "... reference letters ... by the competition deadline 11th April 2024": the deadline of the whole call, named as such. */
const CALL_DEADLINE = /\b(?:competition|application|call|programme|program|general|overall|official) (?:deadline|closing date)\b/iu;
/** "your full application and all reference letters ... must be emailed by midnight": the application's date too. */
const APPLICATION_AND_LETTERS = /\b(?:your|the) (?:full |complete |whole )?application (?:and|as well as|together with|along with)\b/iu;

/** Words that make a size the whole application's ("10 pages in total", "all documents together"). */
const WHOLE_PACKET = /\b(?:in total|total|totalt|whole|entire|altogether|combined|together|all (?:documents|materials|files|attachments|pages)|insgesamt|zusammen|au total|en total|yhteensä|i alt|samlet|in totaal|in het totaal)\b/iu;
/** A sentence whose subject is the application ("Applications must not exceed 10 pages"). */
const APPLICATION_SUBJECT = /^(?:the |your |all |each |an? )?(?:complete |full |entire |whole )?(?:applications?|application (?:packet|package|file|dossier)|dossier)\s+(?:(?:must|should|may|shall|cannot|can|will|is|are|has to|have to)\b)/iu;

/**
 * Words that say a size is the whole application's even under one document's heading ("the application must not
 * exceed 10 pages in total"); without them, "Not to exceed three pages total" under "Research Statement" is its own.
 */
const ALL_OF_IT = /\b(?:applications?|whole|entire|all|packet|package|dossier|documents|materials|files|attachments|bewerbung\p{L}*|unterlagen|ansökan|sollicitatie|candidature|hakemu\p{L}*|liiteaineisto\p{L}*)\b/iu;
/** A sentence whose subject is every attachment at once ("All attachments together must not exceed ten pages", "Koko liiteaineiston laajuus ..."). */
const ALL_ATTACHMENTS_SUBJECT =
  /^(?:(?:all|the) (?:\p{L}+ )?(?:attachments|documents|materials|appendices|enclosures) (?:together|combined|in total|altogether)\b|koko (?:liiteaineisto|hakemusaineisto|hakemus)\p{L}*|(?:alle|sämtliche) (?:unterlagen|anlagen|dokumente) (?:zusammen|insgesamt)\b|samtliga bilagor (?:tillsammans|sammanlagt)\b|alle (?:bilag|vedlegg)\p{L}* (?:tilsammen|samlet|sammen)\b)/iu;

/** The text inside the parenthesis around `at` in `s`, or undefined when `at` is outside parentheses. */
function parenthesisAt(s: string, at: number): string | undefined {
  const open = s.lastIndexOf('(', at);
  if (open < 0 || s.lastIndexOf(')', at) > open) return undefined;
  const close = s.indexOf(')', at);
  return s.slice(open + 1, close < 0 ? s.length : close);
}

/**
 * What the sentences say about the submission as a whole: the first format and file-name rule stated, the first
 * size and page caps.
 *
 * @example
 * readSubmissionFacts([{ text: 'Send everything as one PDF of at most 5 MB.', line: 0 }]) // { format: 'single-pdf', maxMb: 5, ... }
 */
export function readSubmissionFacts(sentences: readonly Sentence[]): SubmissionFacts {
  const out: SubmissionFacts = { partCaps: [] };
  for (const { text: s, entry, section } of sentences) {
    if (out.format === undefined) {
      const f = submissionFormat(s);
      // The same one-PDF line under each upload slot of a form is how to fill one slot, not the packet's format.
      const perSlot = f === 'single-pdf' && sentences.filter((x) => x.text === s).length > 1;
      if (perSlot) out.perSlotPdf ??= s;
      else if (f === 'single-pdf' && EACH_AS_ONE.test(s)) out.perPartPdf ??= s;
      else if (f) {
        out.format = f;
        out.formatSource = s;
        if (zipped(s)) out.zip = true;
        const except = f === 'single-pdf' ? formatException(s) : undefined;
        if (except) out.formatException = except;
      } else if (out.togetherInOnePdf === undefined) {
        const kinds = namedInOnePdf(s);
        if (kinds) out.togetherInOnePdf = { kinds, source: s };
      }
    } else if (!out.zip && out.zipSource === undefined && zipped(s)) {
      // "Send one PDF. ... Compress all files into a ZIP archive": the one PDF is not all the posting says.
      out.zipSource = s;
    }
    const hits = findKindMentions(s);
    const free = hits.length > 0 ? s.slice(0, hits[0]?.start) : s;
    // A page cap in a sentence about the application is the packet's only when it is said of it ("applications of at
    // most 10 pages"), not of a document the sentence names in other words ("attach a short motivation (max one page)").
    const packetLimits = [
      // Judged in the whole sentence: "a four-page proposal" is the proposal's size, though no document precedes it.
      ...(PACKET_WORDS.test(free) || test(P.PACKET_NOUNS, free) ? findLimits(free).filter((l) => l.key === 'max_mb' || isPacketLimit(s, l) || (/\b(?:documentation|documents|pdf|files)\b[^.;]{0,40}$/iu.test(free.slice(0, l.index)) && !sizesNamedDocument(s, l))) : []),
      ...findLimits(s).filter((l) => l.index >= free.length && (isPacketLimit(s, l) || onePdfCap(s, l.index))),
      // "All attachments together must not exceed ten pages": a page cap on every attachment at once is the submission's.
      ...(ALL_ATTACHMENTS_SUBJECT.test(s.trim()) ? findLimits(s).filter((l) => l.key === 'max_pages' && findKindMentions(s.slice(0, l.index)).length === 0) : []),
    ];
    // "Video: ... (maximum of 250MB total)", "CV: one PDF file of max 2 MB": the labelled part's caps, not the packet's.
    const part = partLabel(s);
    if (part !== undefined) {
      if (!part.document && findLimits(s).some((l) => l.cue) && !out.partCaps.includes(s)) out.partCaps.push(s);
      packetLimits.length = 0;
    }
    for (const l of packetLimits) {
      // "- A motivated application (max. 1 page)": in a list entry, a size in parentheses is the entry's document's.
      const aside = entry ? parenthesisAt(s, l.index) : undefined;
      if (aside !== undefined && l.key !== 'max_mb' && !WHOLE_PACKET.test(aside)) continue;
      // "1. Une lettre d'accord ... (format PDF d'au plus 10 Mo)": a cap in a parenthesis about one document's format is that document's.
      if (aside !== undefined && l.key === 'max_mb' && /\b(?:format|formato|formaat|formatet)\b/iu.test(aside) && !WHOLE_PACKET.test(aside)) continue;
      const total = l.key === 'max_mb' && test(P.TOTAL_AFTER, s.slice(l.end));
      if (l.key === 'max_mb' && out.maxMb === undefined) {
        out.maxMb = l.value;
        if (entry) out.maxMbInEntry = true;
        if ((EACH_FILE.test(s) || EXCEPT_ONE.test(s.slice(l.end))) && !total) out.maxMbPerFile = true;
      } else if (l.key === 'max_mb' && total && out.maxMbPerFile && out.maxMbTotal === undefined) out.maxMbTotal = l.value;
      else if (l.key === 'max_mb' && !total && !out.maxMbPerFile && out.maxMbTotal === undefined && EACH_FILE.test(s) && out.limitSource === s) {
        // "10 MB in total, 2 MB per file": the profile's cap is the one on each file.
        out.maxMbTotal = out.maxMb;
        out.maxMb = l.value;
        out.maxMbPerFile = true;
      } else if (l.key === 'max_pages' && out.maxPages === undefined && (/\b(?:total|application|whole|entire|all)\b/iu.test(free) || ALL_ATTACHMENTS_SUBJECT.test(s.trim()) || onePdfOf(free, l.index) || onePdfCap(s, l.index)) && !(section !== undefined && !ALL_OF_IT.test(s) && !onePdfCap(s, l.index))) {
        out.maxPages = l.value;
        out.maxPagesSource = s;
        out.maxPagesWhole = WHOLE_PACKET.test(s) || APPLICATION_SUBJECT.test(s) || ALL_ATTACHMENTS_SUBJECT.test(s.trim());
      } else continue;
      out.limitSource = s;
    }
    const over = sizesExceededInIf(s).find((x) => test(P.LIMIT_UNITS.max_mb, x));
    if (over !== undefined) out.sizeIf ??= { source: s, size: over };
    const nl = g(P.FILE_NAME_LENGTH).exec(s);
    if (nl?.[1] && out.nameLength === undefined && Number(nl[1]) > 0) out.nameLength = Number(nl[1]);
    const rule = out.fileName === undefined ? readFileNameRule(s) : undefined;
    if (rule?.pattern !== undefined) {
      out.fileName = rule.pattern;
      out.fileNameSource = s;
      if (rule.review !== undefined) out.fileNameReview = rule.review;
    } else if (rule?.unread && out.fileNameUnread === undefined) out.fileNameUnread = s;
  }
  return out;
}

/**
 * The dates the sentences give, by what they are called: deadline, review start, full consideration, start, or a
 * date that only looks like one of them (kept to guess from when nothing better is stated).
 *
 * @example
 * readDateFacts([{ text: 'The deadline is 14 November 2025.', line: 0 }], undefined).deadline?.value // '2025-11-14'
 */
export function readDateFacts(sentences: readonly Sentence[], today: string | undefined): DateFacts {
  const out: DateFacts = { deadlineConsideration: false, otherDeadlines: [] };
  let deadlineAt = -1;
  let moved: { d: DateMatch; old: DateMatch[]; s: string; at: number } | undefined;
  let movedNoDate: { old: DateMatch[]; s: string } | undefined;
  let docDue: { d: DateMatch; s: string; at: number } | undefined;
  for (const [i, { text: said }] of sentences.entries()) {
    // "• 26 août 2019 :" then "Date limite de réception des dossiers ...": a date that heads the deadline's sentence.
    const s = dateHeading(sentences[i - 1]?.text, said, today) ?? dateUnderLabel(sentences[i - 1]?.text, said, today) ?? said;
    const m = moved ? undefined : movedDeadline(s, today);
    if (m) {
      moved = { ...m, s, at: i };
      continue;
    }
    const without = movedNoDate ? undefined : movedWithoutDate(s, today);
    if (without) {
      movedNoDate = { ...without, s };
      continue;
    }
    const isReviewStart = testAny(P.REVIEW_START_CUES, s);
    if (out.relativeDeadline === undefined && RELATIVE_DEADLINE.test(s)) out.relativeDeadline = s;
    const isConsideration = testAny(P.CONSIDERATION_CUES, s);
    const isDeadline = (testAny(P.DEADLINE_CUES, s) || byDate(s, today)) && !startBy(s) && !NON_DEADLINE.test(s) && !contractEnd(s) && !DEGREE_DUE.test(s) && !(DEGREE_OBTAINED.test(s) && !DOCUMENT_DUE.test(s) && !test(P.APPLICATION_WORDS, s.replace(APPLICANT_NOUNS, ''))) && !isReviewStart && (!REFERENCE_DEADLINE.test(s) || CALL_DEADLINE.test(s));
    if (isDeadline || isReviewStart || isConsideration) {
      const d = deadlineDate(s, today);
      // A document due later ("the certificate shall be submitted by 1 September") or a step before the application
      // ("The Intention to Apply must be submitted before 5 September") yields to a closing date said elsewhere.
      if (d && isDeadline && !isReviewStart && !isConsideration && (DOCUMENT_DUE.test(s) || PRELIMINARY_STEP.test(s.slice(0, d.index)) || LATER_ROUND.test(s.slice(0, d.index)))) {
        docDue ??= { d, s, at: i };
        continue;
      }
      if (d && isReviewStart && !isConsideration) out.reviewStart ??= { d, s };
      else if (d && isConsideration && !isDeadline) out.consideration ??= { d, s };
      else if (d && out.deadline === undefined) {
        out.deadline = d;
        out.deadlineSource = s;
        deadlineAt = i;
        out.deadlineConsideration = isConsideration;
      } else if (d && out.deadline && OPENING_ONLY.has(out.deadline) && !OPENING_ONLY.has(d)) {
        // "Applications open on 1 March." then "The deadline is 31 March.": the closing date said apart.
        out.deadline = d;
        out.deadlineSource = s;
        deadlineAt = i;
        out.deadlineConsideration = isConsideration;
      } else if (d && OPENING_ONLY.has(d)) {
        // The opening said after the deadline: nothing to check.
      } else if (d && out.deadline && d.value !== out.deadline.value) {
        // The same day again with its time ("no later than 5 p.m. on January 15, 2021") makes the deadline exact.
        if (d.value?.startsWith(out.deadline.value ?? '-') && d.time && !out.deadline.time) {
          out.deadline = d;
          out.deadlineSource = s;
          deadlineAt = i;
        } else if (endOfDayBefore(d, out.deadline)) {
          // "Deadline: 08 Apr 2019" over "until 7 April 2019 23:59h / before 8 April": the same close, said exactly.
          out.deadline = d;
          out.deadlineSource = s;
          deadlineAt = i;
        } else if (endOfDayBefore(out.deadline, d)) {
          // The header's day after a close at 23:59 said first: the same close, nothing to check.
        } else if (sameDayAs(out.deadline, d)) {
          // "1st March" beside "March 1st 2021": the same day, its year assumed; it completes the deadline, if anything.
          const same = sameDayAs(out.deadline, d) as DateMatch;
          if (same.value !== out.deadline.value) {
            out.deadline = same;
            out.deadlineTimeSource ??= s;
          }
        } else if (!out.deadline.value?.startsWith(d.value ?? '-')) out.otherDeadlines.push(s);
      }
    } else if (testAny(P.START_CUES, s) && !test(P.SELECTION_STARTS, s) && !testAny(P.ELIGIBILITY_CUES, s) && !test(P.APPLICATIONS_OPEN, s)) {
      const d = findDates(s, { today, monthYear: true })[0];
      // "This position is part of the research project BEAT ..., which starts in January 2026": the project's start, maybe not the position's.
      const review = [d?.review, PROJECT_START.test(s) && !POSITION_START.test(s) ? 'the date is when a research project starts, not said to be when the position starts: check the start date' : undefined].filter((x) => x !== undefined).join('; ');
      if (d?.value && out.start === undefined) out.start = { value: d.value, s, ...(review ? { review } : {}) };
      const w = START_WORDS.exec(s);
      if (!d && w && out.startWords === undefined) out.startWords = { value: w[0], s };
    } else if (!NON_DEADLINE.test(s) && !DEGREE_DUE.test(s)) {
      const d = findDates(s, { today, monthYear: true })[0];
      if (d?.value && /\bapplications?\b[^.]{0,40}\b(?:by|before|until|till)\b/iu.test(s)) out.guessedDeadline ??= { d, s };
      else if (d?.value && test(P.POSITION_WORDS, s)) out.loneStart ??= { d, s };
    }
  }
  if (docDue && out.deadline === undefined) {
    out.deadline = docDue.d;
    out.deadlineSource = docDue.s;
    deadlineAt = docDue.at;
  } else if (docDue && docDue.d.value !== out.deadline?.value) out.otherDeadlines.push(docDue.s);
  if (moved) {
    // The new date is the deadline; a date called a deadline elsewhere is the old one when it is among the dates the
    // move names or comes before the new one, else another deadline to check.
    const { d, old } = moved;
    const superseded = (x: DateMatch | undefined): boolean => x?.value !== undefined && d.value !== undefined && (old.some((o) => o.value === x.value) || x.value <= d.value);
    if (out.deadline && out.deadlineSource && !superseded(out.deadline)) out.otherDeadlines.unshift(out.deadlineSource);
    out.otherDeadlines = out.otherDeadlines.filter((x) => !superseded(deadlineDate(x, today)));
    out.deadline = d;
    out.deadlineSource = moved.s;
    out.deadlineConsideration = false;
    deadlineAt = moved.at;
  }
  if (!moved && movedNoDate) {
    // Moved with no new date: a deadline read elsewhere stands only when it is later than every date the move names.
    const old = movedNoDate.old.map((x) => x.value).filter((v): v is string => v !== undefined);
    const stale = (x: DateMatch | undefined): boolean => x?.value === undefined || old.some((v) => (x.value as string) <= v);
    if (out.deadline === undefined || (old.length > 0 && stale(out.deadline))) {
      const said = movedNoDate.s;
      out.deadline = { index: 0, end: 0, text: '', month: 0, review: `the deadline was moved and its new date could not be read ("${said}"): write the new date by hand${old.length > 0 ? '; the old date is not the deadline' : ''}` };
      out.deadlineSource = said;
      out.deadlineConsideration = false;
      out.otherDeadlines = out.otherDeadlines.filter((x) => !stale(deadlineDate(x, today)));
      deadlineAt = -1;
    }
  }
  // "midday (BST)" on a British page is British Summer Time, not Bangladesh: the doubt is dropped there.
  if (out.deadline?.review?.includes('"BST" is read as') && sentences.some((x) => BRITISH.test(x.text))) {
    const rest = out.deadline.review.split('; ').filter((r) => !r.startsWith('"BST" is read as'));
    out.deadline = { ...out.deadline };
    if (rest.length > 0) out.deadline.review = rest.join('; ');
    else delete out.deadline.review;
  }
  if (deadlineAt >= 0) yearFromOtherSentence(sentences, deadlineAt, today, out);
  if (deadlineAt >= 0) timeFromOtherSentence(sentences, deadlineAt, out);
  deadlinesByGroup(sentences, today, out);
  // "Deadline: 15 January 2027 for non-EU applicants and 1 March 2027 for EU applicants": one sentence, two groups.
  const src = out.deadlineSource;
  if (out.groupDeadlines === undefined && src !== undefined && test(P.APPLICANT_GROUP, src) && new Set(findDates(src, { today }).filter((x) => x.day !== undefined).map((x) => x.value)).size > 1) out.groupDeadlines = [src];
  return out;
}

/**
 * The year of a deadline written without one ("Stage 1 applications are due in on 5 September."), from another
 * sentence about applying that gives the same day with its year ("Applications should be submitted by midday 5
 * September 2022."), and its time when the deadline has none; only when every such sentence gives the same year.
 */
function yearFromOtherSentence(sentences: readonly Sentence[], at: number, today: string | undefined, out: DateFacts): void {
  const d = out.deadline;
  if (!d || d.day === undefined || (d.year !== undefined && !d.assumedYear)) return;
  const found: { m: DateMatch; s: string }[] = [];
  for (const [i, { text: s }] of sentences.entries()) {
    if (i === at || NON_DEADLINE.test(s) || DEGREE_DUE.test(s) || !(test(P.APPLICATION_WORDS, s) || test(P.CLOSING_WORDS, s))) continue;
    for (const x of findDates(s, { today })) {
      const m = x.year !== undefined && !x.assumedYear && !aboutOtherThanApplying(s, x.index) ? sameDayAs(d, x) : undefined;
      if (m) found.push({ m, s });
    }
  }
  const first = found[0];
  if (!first || new Set(found.map((x) => x.m.year)).size > 1) return;
  out.deadline = first.m;
  out.deadlineTimeSource ??= first.s;
}

/**
 * Dates listed one per group of applicants ("For Dutch nationals: October 15, 2023" / "For EU nationals: September
 * 30, 2023"): two or more such lines close together are deadlines by group. With no other deadline, the first is
 * taken; either way they are kept so that the deadline is marked with all of them named.
 */
function deadlinesByGroup(sentences: readonly Sentence[], today: string | undefined, out: DateFacts): void {
  const lines: { s: string; line: number; value: string; d: DateMatch }[] = [];
  for (const { text: s, line } of sentences) {
    const label = P.GROUP_DATE_LINE.exec(s);
    // The date right after the group's label, not a date somewhere in a sentence about a group.
    const d = label ? findDates(s, { today }).find((x) => x.day !== undefined && x.index <= label[0].length + 12) : undefined;
    if (d?.value) lines.push({ s, line, value: d.value, d });
  }
  const run = lines.filter((x, i) => lines.some((y, j) => j !== i && Math.abs(y.line - x.line) <= 3));
  if (new Set(run.map((x) => x.value)).size < 2) return;
  const first = run[0] as (typeof run)[number];
  if (out.deadline === undefined) {
    out.deadline = first.d;
    out.deadlineSource = first.s;
  }
  out.groupDeadlines = [...new Set([out.deadlineSource ?? first.s, ...run.map((x) => x.s)])];
  out.otherDeadlines = out.otherDeadlines.filter((s) => !run.some((x) => x.s === s));
}

/**
 * The deadline's time or zone, when another sentence gives them: one that refers back to the closing date ("by 23.59
 * (UK time) on the advertised closing date", "kl. 23:59 CET på sista ansökningsdagen") is read; one of the next two,
 * about applying, with a time and no date of its own ("Sollicitaties die na 23.59 uur (Nederlandse tijd)
 * binnenkomen ...") is read and marked; what cannot be read is marked with the sentence.
 */
function timeFromOtherSentence(sentences: readonly Sentence[], at: number, out: DateFacts): void {
  const d = out.deadline;
  if (!d?.value || d.day === undefined || (d.time && d.zone)) return;
  const ownDates = (s: string): DateMatch[] => findDates(s).filter((x) => x.day !== undefined);
  for (const [i, { text: s }] of sentences.entries()) {
    if (i === at || !testAny(P.DEADLINE_DAY_REFS, s) || REFERENCE_DEADLINE.test(s)) continue;
    if (!ownDates(s).every((x) => x.month === d.month && x.day === d.day)) continue;
    const t = findTimeOfDay(s);
    // "by close of business on the closing date": a time no clock gives, marked.
    const close = d.time ? undefined : businessClose(s);
    if (!t && close) {
      out.deadlineTimeReview = `"${s}" gives the closing date's time: ${businessCloseReason(close)}`;
      return;
    }
    if (!t) continue;
    const r = withTimeOfDay(d, t);
    if (r.date) {
      out.deadline = r.date;
      out.deadlineTimeSource = s;
    } else out.deadlineTimeReview = `"${s}" gives the closing date's time or zone, which was not read (${r.problem}): write the deadline with them`;
    return;
  }
  // "Hakuaikana 28.8.2024 - 13.9.2024 (klo 16.00)" beside "hae viimeistään 13. syyskuuta 2024": the same day with its
  // time, in a sentence about applying (not "Interviews on 13.9.2024 at 10:00").
  if (!d.time) {
    let unread: string | undefined;
    for (const [i, { text: s }] of sentences.entries()) {
      const timed = i === at ? undefined : findDates(s).find((x) => x.time && x.year === d.year && x.month === d.month && x.day === d.day);
      if (!timed?.time || NON_DEADLINE.test(s) || DEGREE_DUE.test(s) || (REFERENCE_DEADLINE.test(s) && !APPLICATION_AND_LETTERS.test(s))) continue;
      // "Job Closing: Nov 1, 2018 11:59pm EST": a posting's closing line is about applying too.
      if (!(test(P.APPLICATION_WORDS, s) || test(P.CLOSING_WORDS, s) || /\b(?:closing|closes)\b/iu.test(s))) {
        unread ??= `"${s}" gives the deadline's day with a time (${timed.text}) that was not read: check the deadline's time and zone`;
        continue;
      }
      // "11:59pm EST" on a November 1st in US summer time: its abbreviation goes along, so that the season's doubt is kept.
      const abbr = findTimeOfDay(timed.text)?.abbr;
      const r = withTimeOfDay(d, { time: timed.time, ...(timed.zone ? { zone: timed.zone } : {}), ...(abbr && timed.zone ? { abbr } : {}), text: timed.text });
      if (!r.date) continue;
      out.deadline = r.date;
      out.deadlineTimeSource = s;
      out.deadlineTimeReview = `the time (${timed.time}) was read from "${s}", which gives the same day with a time: check that it is the deadline's`;
      return;
    }
    if (unread) out.deadlineTimeReview ??= unread;
  }
  const line = sentences[at]?.line ?? 0;
  for (const { text: s, line: l } of sentences.slice(at + 1, at + 3)) {
    // Another date, or a few lines on: another subject.
    if (l - line > 2 || ownDates(s).length > 0) return;
    if (!(testAny(P.DEADLINE_CUES, s) || test(P.APPLICATION_WORDS, s)) || REFERENCE_DEADLINE.test(s)) continue;
    const t = findTimeOfDay(s);
    if (t?.time === undefined) continue;
    const r = withTimeOfDay(d, t);
    if (r.date) {
      out.deadline = r.date;
      out.deadlineTimeSource = s;
      const both = r.date.zone !== undefined && !d.zone;
      out.deadlineTimeReview = `the time${both ? ' and zone were' : ' was'} read ("${t.text}") from the sentence after the deadline, "${s}", which does not name the closing date: check that ${both ? 'they are' : 'it is'} the deadline's`;
    } else out.deadlineTimeReview = `the sentence after the deadline, "${s}", gives a time that was not read (${r.problem}): check the deadline's time and zone`;
    return;
  }
}

/**
 * The label a sentence opens with when it names one part of the application ("Video:", "Images:") or one document
 * ("CV:"): its sizes are that part's. `document`: the label names a document (an item), not another part.
 */
function partLabel(s: string): { label: string; document: boolean } | undefined {
  const label = /^([^:]{2,60}):\s/u.exec(s)?.[1]?.trim();
  if (!label || WHOLE.test(label) || ALL_OF_IT.test(label)) return undefined;
  const hits = findKindMentions(label).filter((h) => !h.guess);
  const named = hits.length === 1 && (hits[0] as (typeof hits)[number]).end - (hits[0] as (typeof hits)[number]).start >= label.length * 0.4;
  if (named) return { label, document: true };
  return test(P.PART_LABEL, label) ? { label, document: false } : undefined;
}

/**
 * What one sentence says about how the packet is handed in, if anything: separate files first ("one file per
 * point"), then one PDF for the whole application ("a cover letter and CV together in one document" is about two).
 */
function submissionFormat(s: string): SubmissionFormat | undefined {
  // "To be submitted separately: two reference letters sent directly by the referees": about others' letters, not
  // about the applicant's files.
  if (testAny(P.SENT_BY_REFEREES, s) || test(P.SENT_BY_ISSUER, s) || test(P.SENT_DIRECTLY, s)) return undefined;
  if (testAny(P.SUBMISSION_CUES['separate-files'], s)) return 'separate-files';
  // "PDF application documents and compile into a single zip file": files in one archive, not one PDF.
  // "a single ZIP file OR a combined PDF file": the one PDF offered.
  if (P.ZIP_OR_PDF.test(s)) return 'single-pdf';
  // "déposer votre dossier en PDF ... le compresser en format Zip ... groupés en un fichier": the one file is the zip.
  if (zipped(s)) return 'separate-files';
  if (!testAny(P.SUBMISSION_CUES['single-pdf'], s)) return undefined;
  // "...as one PDF file under "Diploma and transcripts"": one file per upload field. "more than one document under
  // each section ... merge all documents into one large PDF": one PDF per section, not one for the packet.
  if (/\bunder ["'\u201c]/u.test(s) || PER_SECTION.test(s)) return 'separate-files';
  return namedInOnePdf(s) ? undefined : 'single-pdf';
}

/** The sentence asks for the files in one zip archive, and does not refuse zip files. */
function zipped(s: string): boolean {
  return test(P.ZIP_ARCHIVE, s) && !P.ZIP_REFUSED.test(s) && !P.ZIP_OR_PDF.test(s);
}

/** The one or two documents a sentence puts in one PDF ("a cover letter and CV together in one document"), if it names them. */
function namedInOnePdf(s: string): string[] | undefined {
  if (!testAny(P.SUBMISSION_CUES['single-pdf'], s) || testAny(P.SUBMISSION_CUES['separate-files'], s)) return undefined;
  const cue = P.SUBMISSION_CUES['single-pdf'].map((re) => g(re).exec(s)?.index ?? Infinity).reduce((a, b) => Math.min(a, b), Infinity);
  const named = new Set(findKindMentions(s.slice(0, cue)).map((h) => h.kind));
  return named.size > 0 && named.size <= 2 && !WHOLE.test(s) ? [...named] : undefined;
}

/**
 * One file said of each part ("Each score should be sent as a single document", "chaque annexe en un seul fichier",
 * "jede Partitur als eine Datei"): one file per part. Not "each applicant should send ... as one PDF", about the packet.
 */
const EACH_AS_ONE =
  /\b(?:each|every|chaque|jede[rs]?|jeweils|cada|ogni|varje|elke?)\s+(?!(?:applicant|candidate|student|person|nominee|application|submission|dossier|packet|package|bewerbung|bewerber|candidat|candidature|solicitud|candidato|domanda|ansökan|sökande|sollicitatie|kandidaat)\p{L}*)\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?\s+(?:(?:should|must|shall|needs? to|has to|is to|will need to|doit|doivent|muss|müssen|sollte|sollten|debe|deben|deve|devono|ska|moet|moeten)\s+(?:be\s+|être\s+|ser\s+|essere\s+)?)?(?:(?:sent|submitted|uploaded|provided|attached|saved|scanned|included|envoyée?s?|déposée?s?|transmise?s?|eingereicht|hochgeladen|gesendet|enviad[oa]s?|inviat[oaie]|skickas|laddas upp|verstuurd|ingediend)\s+)?(?:as|in|en|als|como|come|som|sous forme d')\s+(?:a|one|un|une|eine[rm]?|ein|uno?|una|en|ett|één|een)\s+(?:single\s+|seul\s+|unique\s+|einzige[nr]?\s+|solo\s+|unico\s+|enda\s+)?(?:pdf|file|document|fichier|datei|dokument|pdf-datei|archivo|documento|fil|bestand)\b/iu;

/** Each upload field or section of a form, in the languages read ("under each section", "pro Abschnitt", "per rubriek"). */
const PER_SECTION =
  /\b(?:(?:under|for|in|per|within) (?:each|every) (?:section|field|upload field|category|heading|tab|part of the form)|per (?:section|upload field|category)|(?:pro|je|für jede[ns]?|in jede[mn]?) (?:abschnitt|rubrik|kategorie|upload-feld|feld)|(?:per|voor elke?|onder elke?) (?:sectie|rubriek|onderdeel|categorie)|(?:för|under) varje (?:avsnitt|rubrik|kategori|del)|(?:pour|dans) chaque (?:rubrique|section|catégorie)|par (?:rubrique|section)|(?:por|en cada|para cada) (?:sección|apartado|categoría)|(?:per|in ogni|per ogni) (?:sezione|categoria))\b/iu;

/** Words that keep a document out of a rule ("all files besides your CV", "außer dem Lebenslauf", "sauf le CV"). */
const EXCEPT_WORDS =
  /\b(?:besides|except(?: for)?|apart from|other than|with the exception of|excluding|außer|ausgenommen|mit ausnahme (?:von|des|der)|abgesehen von|behalve|met uitzondering van|uitgezonderd|sauf|à l'exception d[eu']|hormis|excepté|excepto|salvo|a excepción de|utom|förutom|med undantag (?:av|för)|bortsett från|undtagen|bortset fra|unntatt|bortsett fra|paitsi|lukuun ottamatta)\b/;

/**
 * The documents a one-PDF sentence keeps out of the PDF ("all files besides your CV should be submitted in one single
 * pdf file"), as the posting words them; undefined when it names no exception.
 */
function formatException(s: string): string | undefined {
  for (const m of s.matchAll(g(EXCEPT_WORDS))) {
    // Within a few words of the exception word, a document ("besides your CV"), not a format ("other than PDF").
    const after = (s.slice(m.index, m.index + m[0].length + 50).split(/[():;]/u)[0] ?? '');
    const hit = findKindMentions(after).find((h) => !h.guess && h.start >= m[0].length);
    if (hit) return after.slice(0, hit.end);
  }
  return undefined;
}

/** A British page: a UK university's address, a UK city or nation, pounds sterling. */
const BRITISH = /\.ac\.uk\b|\.gov\.uk\b|£|\bGBP\b|\b(?:United Kingdom|England|Scotland|Wales|Northern Ireland|London|Edinburgh|Glasgow|Manchester|Birmingham|Cambridge, UK|Oxford, UK|Bristol|Leeds|Sheffield|Liverpool|Nottingham|Cardiff|Belfast|Southampton|Newcastle upon Tyne|Aberdeen|Dundee|St Andrews|Durham|Exeter|Warwick|Lancaster|Leicester|Brighton|Reading, UK|York, UK|UK|U\.K\.)\b/u;

/**
 * `s` with the sentence before it when that is a lone date ending in a colon ("26 août 2019 :") and `s` is a deadline's
 * label with no date of its own ("Date limite de réception des dossiers ..."); else undefined.
 */
function dateHeading(before: string | undefined, s: string, today: string | undefined): string | undefined {
  if (before === undefined || !/:\s*$/u.test(before) || !testAny(P.DEADLINE_CUES, s) || findDates(s, { today }).length > 0) return undefined;
  const dates = findDates(before, { today });
  const d = dates[0];
  if (dates.length !== 1 || d?.day === undefined || /[\p{L}\d]/u.test(before.slice(0, d.index) + before.slice(d.end))) return undefined;
  return `${before.trim()} ${s}`;
}

/**
 * "Plazo de presentación" then "Hasta el 6 de febrero de 2019": a short deadline label with no date, and the line under
 * it that gives one, read as one sentence.
 */
const DATE_LINE_OPENING = /^\s*(?:(?:hasta|until|till|by|bis|tot|fins|jusqu'|au plus tard|entro|fino|senast|no later than)(?:\s+(?:el|al|a|zum|zur|en met|le|au|il|the|on))?\s*)?/iu;
function dateUnderLabel(before: string | undefined, s: string, today: string | undefined): string | undefined {
  if (before === undefined || before.trim().split(/\s+/u).length > 5 || /[.;!?]\s*$/u.test(before) || !testAny(P.DEADLINE_CUES, before) || findDates(before, { today }).length > 0) return undefined;
  const first = findDates(s, { today })[0];
  // Only a line that is the date ("Hasta el 6 de febrero", "15 March 2027, 17:00"), not a sentence about a start date.
  if (testAny(P.DEADLINE_CUES, s) || s.trim().split(/\s+/u).length > 12 || first?.day === undefined || first.index > (DATE_LINE_OPENING.exec(s)?.[0].length ?? 0)) return undefined;
  return `${before.trim().replace(/:\s*$/u, '')}: ${s}`;
}

/**
 * The date a deadline sentence gives: after "to / until / pättyy / au" when the sentence states a period ("from 20
 * March to 2 May 2023"), else its first date.
 */
function deadlineDate(s: string, today: string | undefined): DateMatch | undefined {
  const dates = findDates(s, { today }).filter((x) => x.day !== undefined && !aboutOtherThanApplying(s, x.index));
  if (dates.length > 1) {
    for (const m of s.matchAll(new RegExp(P.DEADLINE_END_WORDS.source, 'giu'))) {
      const after = dates.find((d) => d.index >= m.index);
      if (after && dates.some((d) => d.index < m.index)) return after;
    }
  }
  return periodClose(s, dates)?.d ?? dates[0];
}

/** Dates read from a sentence that says only when applications open: a deadline said elsewhere replaces them. */
const OPENING_ONLY = new WeakSet<DateMatch>();

/** `d` with `reason` first among its review reasons: the date itself is what to check, before its year or zone. */
function withReason(d: DateMatch, reason: string): DateMatch {
  return { ...d, review: d.review ? `${reason}; ${d.review}` : reason };
}

/**
 * The deadline of a period said with two verbs, when the sentence's first date is its opening ("opens on 1 February
 * 2027 and closes on 28 February 2027", "COMENZARÁ EL DÍA 11 ... Y FINALIZARÁ EL DÍA 24 ...", "startar den 17 juni ...
 * senast den 5 oktober"): the date said to close it (`closes`), else the later date or the opening itself, marked.
 */
function periodClose(s: string, dates: readonly DateMatch[]): { d: DateMatch; closes: boolean } | undefined {
  const [first, ...rest] = dates;
  // "is now open - DEADLINE May 26th 2022": a date right after a deadline's word closes, whatever opened before.
  if (!first || !P.PERIOD_OPENS.test(s.slice(0, first.index)) || P.PERIOD_CLOSES.test(s.slice(0, first.index))) return undefined;
  const closing = rest.find((d, k) => P.PERIOD_CLOSES.test(s.slice((dates[k] as DateMatch).end, d.index)));
  if (closing) return { d: closing, closes: true };
  const last = rest[rest.length - 1];
  if (last) return { d: withReason(last, `the sentence gives when applications open ("${first.text.trim()}") and a later date ("${last.text.trim()}") without saying that applications close then: the later one is taken as the deadline; check it is the closing date`), closes: false };
  const only = withReason(first, `the sentence gives when applications open ("${first.text.trim()}"), not when they close: write the closing date the posting gives`);
  OPENING_ONLY.add(only);
  return { d: only, closes: false };
}


/** Words that bring a clause back to applying after a decision or report was named ("... soon after the deadline, 1 March"). */
// Not "submitted": "final reports ... have been submitted no later than" is the report's verb.
const BACK_TO_APPLYING = /(?<![\p{L}])(?:deadline|closing date|apply|applications?|bewerbung\p{L}*|frist|sluitingsdatum|sollicit\p{L}*|ansökan|hakemu\p{L}*|hakuaika|date limite|candidature\p{L}*|plazo|solicitud\p{L}*|scadenza|domand\p{L}*)(?![\p{L}])/iu;

/**
 * The date at `at` is said of decisions, results or yearly reports ("Final decisions are made not later than October
 * 1", "Annual activity report (to send each year by the 30th of September"), named earlier in its clause with nothing
 * about applying between them.
 */
function aboutOtherThanApplying(s: string, at: number): boolean {
  const before = s.slice(0, at);
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.search(/[.!?]\s[^.!?]*$/u) + 1, 0));
  const subject = [...clause.matchAll(new RegExp(P.OTHER_DATE_SUBJECTS.source, 'giu'))].pop();
  return subject !== undefined && !BACK_TO_APPLYING.test(clause.slice(subject.index + subject[0].length));
}

/** A project, programme or grant is what starts ("the research project BEAT, which starts in January 2026", "The ERC project, which begins on ..."). */
const PROJECT_START = /\bprojekt(?:beginn|start)\b|\b(?:project|programme|program|consortium|network|grant|projekt|projet|proyecto|progetto|prosjekt|projekti)\b[^.;]{0,80}?\b(?:starts?|started|begins?|began|commences?|will (?:start|begin|commence)|beginnt|startet|commence|débute|comienza|inizia|starter|alkaa)\b/iu;

/** The position, the contract or the applicant is what starts ("The position starts ...", "expected start date"). */
const POSITION_START = /\b(?:(?:position|post|contract|appointment|employment|job|role|fellowship|studentship|stelle|poste|puesto|tjänst|stilling|you|candidate)\b[^.;]{0,40}?\b(?:starts?|begins?|commences?|will (?:start|begin|commence))|start(?:ing)? date|(?:expected|earliest|planned|preferred|desired) start)\b/iu;

/** A date right after "by / before / antes del / senest" in a sentence that asks to apply or send, not about the start. */
/** `exact` closes at the end of the day before the date-only `day` ("7 April 2019 23:59" and "08 Apr 2019"). */
function endOfDayBefore(exact: DateMatch, day: DateMatch): boolean {
  if (!exact.time || exact.time < '23:59' || day.time || day.day === undefined || exact.value === undefined || day.value === undefined) return false;
  const next = new Date(`${exact.value.slice(0, 10)}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10) === day.value.slice(0, 10);
}

/**
 * "The preferred start date is within 2 weeks of being offered the position but no later than June 1": the latest
 * day to start, when only "no later than" calls it a deadline and the sentence says nothing of applying.
 */
function startBy(s: string): boolean {
  return testAny(P.START_CUES, s) && !test(P.APPLICATION_WORDS, s) && !testAny(P.DEADLINE_CUES, s.replace(/\b(?:no|not) later than\b/giu, ' '));
}

function byDate(s: string, today: string | undefined): boolean {
  const asks = testAny(P.REQUEST_CUES, s) || testAny(P.LIST_TRIGGERS, s);
  if (!asks || !test(P.APPLICATION_WORDS, s) || testAny(P.START_CUES, s) || /\b(?:prefer\p{L}*|priority)\b/iu.test(s)) return false;
  return findDates(s, { today }).some((d) => d.day !== undefined && test(P.DEADLINE_BEFORE_DATE, s.slice(Math.max(0, d.index - 40), d.index)));
}

/** The words of a file-name rule for the applicant's names, English first, then German, Dutch, French, Nordic, Finnish. */
const NAME_TOKENS: [RegExp, string][] = [
  [/^(?:last ?name|surname|family ?name|lastname|nachname|familienname|achternaam|nomdefamille|efternamn|etternavn|efternavn|sukunimi|apellidos?|cognome)$/iu, '{last}'],
  [/^(?:first ?name|given ?names?|firstname|forename|christianname|vorname|voornaam|prénom|prenom|förnamn|fornavn|etunimi|nombre)$/iu, '{first}'],
  [/^(?:full ?name|name|your ?name|yourname|nimi|naam|namn|navn|nom)$/iu, '{name}'],
];
/** The words of a file-name rule for the document: the item's id, or its title ("DocumentTitle"). */
const ITEM_TOKENS = /^(?:document(?: ?(?:name|type))?|documents|doc|attachment|doctype|item|type|cv|resume|cover ?letter|coverletter|research ?plan|transcript|letter|statement|documentname|documenttype|dokument(?:name|typ|entyp|enart|bezeichnung)?|unterlage|documentnaam|documenttype|soortdocument|typededocument|pièce|piece|dokumenttyp|asiakirja)$/iu;
const TITLE_TOKENS = /^(?:title|documenttitle|doctitle|titel|titre)$/iu;
/** Parts a posting's rule may hold that no placeholder fills (the job's reference, a date): kept as written, marked. */
const UNFILLED_TOKENS = /^(?:position|positiontitle|jobid|jobtitle|jobnumber|jobref|vacancy|vacancyref|vacancyid|vacancynumber|ref|refno|reference|referencenumber|postingnumber|requisitionnumber|date|datum|kennziffer|stelle|stellennummer|vacaturenummer|poste)$/iu;
/** "Last_Name", "Document Type", "Job ID": two words that make one part of a rule. */
const TWO_WORD_PART = /(?<![\p{L}])(last|first|family|given|full|your|job|doc|document|vacancy|position|reference|posting|requisition|christian)[_ -](names?|type|id|title|ref|no|number)(?![\p{L}])/giu;
const PART = String.raw`(?:\p{L}+|\[[\p{L} ]+\]|<[\p{L} ]+>|\{[\p{L} ]+\})`;
/** A rule or example written with "_" or "-" ("Surname_Forename_Document", "Smith_Jane_CV.pdf"), its extension if any. */
const JOINED = new RegExp(String.raw`(?<![\w.\-/])(${PART}(?:[_-]${PART})+)(?:\.(pdf|docx?|zip))?(?![\w-])`, 'giu');
/** A rule written with spaces after the words that introduce it ("in the format Surname Forename Document"). */
const SPACED = new RegExp(String.raw`\b(?:in the (?:format|form)|as|named|following the (?:convention|format|pattern)|using the (?:format|convention|pattern)|according to the (?:format|pattern|convention)|nach dem (?:schema|muster)|im format|in der form|au format|sous la forme|selon le (?:format|modèle)|in het formaat|volgens het (?:formaat|format))\s*:?\s*["'“„«]?\s*(?=(${PART}(?: ${PART}){1,5}))`, 'giu');
/** A sentence that states how files are to be named ("Files should be named ...", "Dateiname", "nommé"). */
const NAMING_RULE = /\bname (?:each|every|all|the|your|these|those|both)?\s*(?:files?|documents?|attachments?|pdfs?|uploads?)\b|\b(?:files?|documents?|attachments?|pdfs?|uploads?) (?:should|must|need to|have to|shall|are to|is to|will need to) be (?:re)?named\b|\bnamed (?:in the format|as follows|according to|following|using|with|after|like|as|in the form)\b|\bfile ?names? (?:should|must|need to|shall|has to|have to|is to|are to)\b|\b(?:file[- ]?)?naming (?:convention|format|scheme|rule|pattern)s?\b|\b(?:format|convention|pattern) (?:for|of) (?:the |your )?file ?names?\b|\bdateinamen?\b|\bbenennen sie\b|\bbenannt werden\b|\bbestandsna(?:am|men)\b|\bnoem (?:het|de|uw|je) bestand|\bnomm(?:ée?s?|er)(?![\p{L}])|\bnoms? (?:du|des|de vos|de chaque) fichiers?\b/iu;
/** A naming rule that only bars characters or caps the length: the build's ASCII names already keep it. */
const NAMING_CHARACTERS_ONLY = /\b(?:spaces?|special characters?|sonderzeichen|umlaute?|leerzeichen|caractères spéciaux|accents?|espaces?|spaties|speciale tekens|characters long|zeichen lang)\b|\b(?:not exceed|at most|no (?:more|longer) than|max(?:imum)?\.?)\s*\d+\s*(?:characters|chars|zeichen|caractères|tekens)\b/iu;
/** The usual names of examples ("Smith_Jane_CV.pdf", "Mustermann_Max_Lebenslauf.pdf"), to tell given from family name. */
const EXAMPLE_GIVEN = /^(?:john|jane|joe|max|erika|maria|marie|mary|jan|jean|anna|anne|pierre|sophie|john|peter|paul|hans|kim|alex|matti|maija|sven)$/iu;
const EXAMPLE_FAMILY = /^(?:smith|doe|bloggs|mustermann|musterfrau|müller|mueller|meier|jansen|janssen|dupont|durand|martin|virtanen|meikäläinen|svensson|andersson|rossi|garcia|public|jones|brown)$/iu;
/** "(e.g. Smith_Jane_CV.pdf)", "zum Beispiel", "bijvoorbeeld", "par exemple": an example comes next. */
const EXAMPLE_BEFORE = /\b(?:e\.\s?g\.?|eg\.?|for example|for instance|such as|like|i\.\s?e\.?|z\.\s?b\.?|zum beispiel|bspw\.?|bijv\.?|bijvoorbeeld|bv\.?|par exemple|p\.\s?ex\.?|ex\.?|esim\.?|t\.\s?ex\.?|example)\s*[:,]?\s*["'“„«]?\s*$/iu;

/** A file-name rule a sentence states: its pattern, why the pattern needs checking, or that a rule was stated but not read. */
export interface FileNameRule {
  pattern?: string;
  /** Why the pattern is to be checked ("read from an example"); undefined when the posting writes it out. */
  review?: string;
  /** The sentence states a naming rule the import could not turn into a pattern. */
  unread?: boolean;
}

type PartClass = { text: string; ph?: string; unfilled?: boolean };

function classify(part: string): PartClass {
  const t = part.replace(/^[[<{]|[\]>}]$/gu, '').replace(/\s+/gu, '');
  for (const [re, ph] of NAME_TOKENS) if (re.test(t)) return { text: part, ph };
  if (TITLE_TOKENS.test(t)) return { text: part, ph: '{title}' };
  if (ITEM_TOKENS.test(t)) return { text: part, ph: '{item}' };
  if (UNFILLED_TOKENS.test(t)) return { text: part, unfilled: true };
  return { text: part };
}

/** The rule's parts joined back, "Name" read as the family name beside a given name and no family name ("Name_Vorname_Dokument"). */
function assemble(parts: PartClass[], seps: string[], ext: string): string {
  const first = parts.some((p) => p.ph === '{first}');
  const last = parts.some((p) => p.ph === '{last}');
  return `${parts.map((p, i) => `${i > 0 ? (seps[i - 1] === ' ' ? '_' : (seps[i - 1] ?? '_')) : ''}${p.ph === '{name}' && first && !last ? '{last}' : (p.ph ?? p.text)}`).join('')}.${ext.toLowerCase()}`;
}

/** "Smith_Jane_CV.pdf" as a pattern, when its parts are one or two names and a document's name; undefined when they are not. */
function fromExample(parts: string[], ext: string): string | undefined {
  // The run of parts is a document's name as a whole ("Cover_Letter"), not a name beside one ("Jane_CV").
  const isDoc = (p: string): boolean => ITEM_TOKENS.test(p) || ITEM_TOKENS.test(p.replace(/ /gu, '')) || findKindMentions(p).some((h) => h.kind !== 'other' && h.start === 0 && h.end === p.length);
  let from = 0;
  let to = parts.length;
  // The document's words at the end ("Smith_Jane_Cover_Letter") or at the start ("CV_Smith_Jane").
  while (to > 0 && isDoc(parts.slice(to - 1, parts.length).join(' '))) to -= 1;
  if (to === parts.length) while (from < parts.length && isDoc(parts.slice(0, from + 1).join(' '))) from += 1;
  const names = to < parts.length ? parts.slice(0, to) : parts.slice(from);
  if ((to === parts.length && from === 0) || names.length < 1 || names.length > 2 || !names.every((n) => /^\p{Lu}\p{L}+$/u.test(n))) return undefined;
  const family = (n: string): boolean => EXAMPLE_FAMILY.test(n) || (/^\p{Lu}+$/u.test(n) && n.length > 1);
  let pattern: string[];
  if (names.length === 1) pattern = [EXAMPLE_GIVEN.test(names[0] ?? '') ? '{first}' : '{last}'];
  else {
    const [a = '', b = ''] = names;
    if (family(a) || EXAMPLE_GIVEN.test(b)) pattern = ['{last}', '{first}'];
    else if (EXAMPLE_GIVEN.test(a) || family(b)) pattern = ['{first}', '{last}'];
    else return undefined;
  }
  const out = to < parts.length ? [...pattern, '{item}'] : ['{item}', ...pattern];
  return `${out.join('_')}.${ext.toLowerCase()}`;
}

/**
 * The file-name rule of a sentence: written out with or without an extension ("Lastname_Firstname_CV.pdf", "in the
 * format Surname_Forename_Document"), or read from an example ("e.g. Smith_Jane_CV.pdf", marked), or a rule stated
 * but not read (`unread`); undefined when the sentence states none.
 *
 * @example
 * readFileNameRule('Files should be named in the format Surname_Forename_Document (e.g. Smith_Jane_CV.pdf).')
 * // { pattern: '{last}_{first}_{item}.pdf' }
 */
export function readFileNameRule(sentence: string): FileNameRule | undefined {
  const s = sentence.replace(TWO_WORD_PART, '$1$2');
  const rule = NAMING_RULE.test(s) && /\b(?:files?|file ?names?|documents?|attachments?|pdfs?|uploads?|dateien?|dateinamen?|dokumente?|unterlagen|bestand(?:en)?|bestandsna(?:am|men)|documenten|fichiers?|pièces?)\b|\.pdf\b/iu.test(s);
  let example: string | undefined;
  let exampleText = '';
  const found: { parts: PartClass[]; seps: string[]; ext?: string }[] = [];
  for (const m of s.matchAll(JOINED)) {
    const pieces = (m[1] ?? '').split(/([_-])/u);
    found.push({ parts: pieces.filter((_, i) => i % 2 === 0).map(classify), seps: pieces.filter((_, i) => i % 2 === 1), ...(m[2] ? { ext: m[2] } : {}) });
    if (m[2] && example === undefined && (rule || EXAMPLE_BEFORE.test(s.slice(0, m.index)))) {
      example = fromExample(pieces.filter((_, i) => i % 2 === 0), m[2]);
      exampleText = m[0];
    }
  }
  for (const m of s.matchAll(SPACED)) {
    const words = (m[1] ?? '').split(' ').map(classify);
    // The rule's words up to the first that is none ("as Surname Forename Document for each file").
    const end = words.findIndex((w) => w.ph === undefined && !w.unfilled);
    const parts = end < 0 ? words : words.slice(0, end);
    if (parts.length >= 2) found.push({ parts, seps: parts.slice(1).map(() => ' ') });
  }
  for (const f of found) {
    const named = f.parts.some((p) => p.ph === '{last}' || p.ph === '{first}' || p.ph === '{name}');
    const document = f.parts.some((p) => p.ph === '{item}' || p.ph === '{title}');
    // Without an extension every part must be a rule's word, so "state-of-the-art" or a compound name is no rule.
    const whole = f.parts.every((p) => p.ph !== undefined || p.unfilled);
    if (!named || (f.ext === undefined && (!whole || !(document || rule)))) continue;
    const pattern = assemble(f.parts, f.seps, f.ext ?? 'pdf');
    const unfilled = f.parts.filter((p) => p.unfilled).map((p) => p.text);
    if (unfilled.length > 0) return { pattern, review: `the rule's part ${unfilled.map((u) => `"${u}"`).join(', ')} has no placeholder and is kept as written: replace it by the value the posting means (the job's reference, a date)` };
    return { pattern };
  }
  if (example) return { pattern: example, review: `read from an example ("${exampleText}"), not from a written-out rule: check the order of the names` };
  if (rule && !NAMING_CHARACTERS_ONLY.test(s)) return { unread: true };
  return undefined;
}

/**
 * A file-name rule such as "Lastname_Firstname_CV.pdf" as a pattern, or undefined when the sentence names no rule.
 *
 * @example
 * fileNamePattern('Name the file Lastname_Firstname_CV.pdf') // '{last}_{first}_{item}.pdf'
 */
export function fileNamePattern(sentence: string): string | undefined {
  return readFileNameRule(sentence)?.pattern;
}

/** "Send one PDF of at most 8 MB and 40 pages: ...": a size said of the one file, before any document is named. */
/** "... in a single PDF document not to exceed 10 pages": a cap said of the one PDF, which is the packet. */
const SINGLE_PDF_BEFORE = /\b(?:one|a single|single|one single)\s+pdf(?:\s+(?:document|file))?\s*(?:(?:that (?:does|must|should) )?not (?:to )?exceed(?:ing)?|of (?:no more than|at most|max(?:imum)?\.?|up to)|no (?:more|longer) than|(?:with )?(?:a )?max(?:imum)?\.?(?: of)?|of)?\s*$/iu;

/** The cap at `at` in `s` is said of the single PDF ("in a single PDF document not to exceed 10 pages"). */
function onePdfCap(s: string, at: number): boolean {
  return SINGLE_PDF_BEFORE.test(s.slice(Math.max(0, at - 60), at));
}

function onePdfOf(free: string, at: number): boolean {
  return at < free.length && /\b(?:one|a single|single|one single)\s+(?:pdf|file|document)\b[^.;:]{0,40}$/iu.test(free.slice(0, at));
}
