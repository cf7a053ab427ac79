/**
 * Where a posting states its requirements: lists introduced by "must include / please send / the application
 * should contain", sentences that ask for documents, and what to leave out. Lists that describe one document
 * ("Your CV should include:"), duties, qualifications and topics give no items.
 */
import type { ItemKind } from '../schema/vocabulary.js';
import { approximateReason, findCount, findKindMentions, findLimits, g, isPacketLimit, limitField, namesPart, type Limit, rangeReason, test, testAny, unaccent } from './match.js';
import { beyondAsked, conditionOf, formsOf, isNotWanted, itemsFromUnit, laterStill, notYet, PLURAL_REFERENCES, refusalClauses, refusesOthersOnly, stageOf, TEACHING_EVIDENCE, type Draft, type StageCue, type UnitContext } from './items.js';
import type { Line } from './markup.js';
import * as P from './phrases.js';
import { stripBullet, toSentences } from './text.js';
import { narrowerThan } from '../narrowed-refusal.js';

/** Something the posting asks applicants not to send. */
export interface NotWantedDraft {
  kind: ItemKind;
  what: string;
  source: string;
  /** Why a person should check it: what is refused was guessed from the sentence's loose words. */
  review?: string;
}

/** One sentence of the posting, with the line it is on. */
export interface Sentence {
  text: string;
  line: number;
  /** Read from an entry of a list: what its parentheses say is about the entry's document, not the application. */
  entry?: boolean;
  /** The posting's title line: it names the posting and asks for nothing (no format, no item is read from it). */
  title?: boolean;
  /** Under a heading that names one document ("Research Statement"): what it says of a total is that document's. */
  section?: ItemKind;
}

export interface Requirements {
  /** Items in the posting's order, a kind named twice already merged. */
  items: Draft[];
  notWanted: NotWantedDraft[];
  sentences: Sentence[];
  /** Entries of a list the posting introduces as documents to send that name nothing the importer reads as one. */
  unread: UnreadEntry[];
}

/** A list entry of a list of documents that gave no item: too long to take as one, so pointed at instead. */
export interface UnreadEntry {
  /** 0-based index of its line. */
  line: number;
  /** Its first clause, as a title would read. */
  name: string;
  text: string;
}

type Role = 'entry' | 'content' | 'prose' | 'skip';

export interface LineRole {
  role: Role;
  ctx: UnitContext;
  /** Which list an entry belongs to: two entries of one list are two items. */
  list?: number;
  /** The list entry a content line describes. */
  owner?: number;
  /** Read from a list that a sentence or heading introduced (not only guessed from what the entries name). */
  explicit?: boolean;
}

const HEADING_MAX_WORDS = 8;

/** A line that reads as a heading: marked as one, or short, not a list entry and not a sentence. */
export function isHeading(line: Line): boolean {
  if (line.heading > 0) return true;
  const t = line.text;
  // Chinese and Japanese have no spaces between words and no capitals: a short line that ends no sentence.
  if (/^[\u3040-\u30ff\u4e00-\u9fff]/u.test(t)) return !line.bullet && t.length <= 24 && !/[.!?,;。！？，；]$/u.test(t);
  // "Full statement of the research proposal (PDF attachment; maximum 3 pages)": the words outside the parenthesis count.
  const words = t.replace(/\s*\([^)]*\)/gu, '').split(/\s+/).length;
  return !line.bullet && words <= HEADING_MAX_WORDS && !/[.!?,;]$/.test(t) && /^[\p{Lu}\d"'(]/u.test(t);
}

/** A heading that names one document ("Curriculum Vitae (CV)", "Project proposal"): what follows describes it. */
function documentHeading(line: Line): ItemKind | undefined {
  if (!isHeading(line)) return undefined;
  // "Cover letter (PDF attachment; max file size 2MB)": the name without its parenthesis.
  const t = stripBullet(line.text).replace(/[:\s]+$/, '').replace(/\s*\([^)]*\)/gu, '').trim();
  if (t === '' || (testAny(P.LIST_TRIGGERS, t) && !/^(?:references?|referees?)$/i.test(t))) return undefined;
  const hits = findKindMentions(t);
  const kind = hits[0]?.kind;
  if (!kind || hits.some((h) => h.kind !== kind)) return undefined;
  return hits.reduce((n, h) => n + h.end - h.start, 0) / t.length >= 0.4 ? kind : undefined;
}

/** Words that say the whole application, not one document, is meant ("Applications must include:"). */
const STRONG_TRIGGER = /\b(?:applications?|dossier|package|packet|file|documents|documentation|materials|attachments|following|checklist|bewerbung\p{L}*|unterlagen|beilagen|anlagen|ansökan|søknad\p{L}*|hakemu\p{L}*|candidature|dossier|domanda|sollicitatie|aanmelding|vedlegg\p{L}*|bilag\p{L}*|liitte\p{L}*|pièces|documents|documentacion|documentos|documentacao|documentacio|documenti|dokumente|dokumenter|dokumentation|handlingar|stukken|documenten|asiakirj\p{L}*|solicitud|candidatura|submit|send|upload|attach|enclose|enviar|presentar|adjuntar|subir|remitir|aportar|entregar|einreichen|senden|hochladen|beifügen|skicka|bifoga|envoyer|joindre|fournir|inviare|allegare|anexar|submeter|indienen|bijvoegen|insturen|vedlegge|indsende|vedlægge)\b|材料|書類|文件|提交|提出/iu;

/** A parenthesis that gives an instruction of its own ("(please change PhD to MSc as appropriate)", "(bitte ...)", "(veuillez ...)"). */
const INSTRUCTION_ASIDE = /\(\s*(?:please|kindly|bitte|gelieve|graag|veuillez|merci de|por favor|vänligen|ole hyvä)\b[^()]*\)/giu;

/** A sentence about a later round of the application, not about one document ("... invited to submit a full application"). */
const LATER_SECTION = /\b(?:invited to (?:submit|send|provide|upload|complete)|asked to (?:submit|send|provide|upload|complete))\b[^.]{0,40}\b(?:full|complete|second|detailed|final)\b[^.]{0,10}\b(?:application|proposal|submission)\b/iu;

/** A heading that only names the application's papers ("Dossier", "Documents", "Handlingar", "General documents:"): right above a list, it opens it. */
const PAPERS_HEADING = /^(?:(?:application|sollicitatie|aanmeldings?|bewerbungs?|ansöknings)\s*)?(?:(?:general|required|mandatory|obligatory|necessary|supporting|in-depth|main|core|basic)\s+)?(?:dossier|documents|documentation|unterlagen|documenten|stukken|bijlagen|liitteet|bilagor|handlingar|pièces|pieces)\s*:?$/iu;

/** "Ansökan ska innehålla följande delar:", "the following parts:": the headings under it name the parts, known documents or not (not "sections", of a form). */
const PARTS_OPENER = /\b(?:the following (?:parts|components)|följande delar|følgende (?:dele|deler)|folgende (?:teile|bestandteile)|parties suivantes|seuraavat osat|de volgende (?:onderdelen|delen)|(?:las )?siguientes partes|(?:le )?seguenti parti)\b/iu;
/** An opener that points forward to the lines after it, whatever ends it. */
const FORWARD = /\b(?:the following|as follows|below)\b/iu;

/** "Ansøgning", "søknad", "ansökan": the application as a whole, though a lone one may also name its letter. */
const APPLICATION_WORD = /^(?:ansøgning\p{L}*|søknad\p{L}*|ansökan|hakemu\p{L}*|bewerbung(?:en)?\b)/iu;

interface Intro {
  type: 'docs' | 'content' | 'negative';
  cue?: StageCue;
  /** "Do NOT submit the following material:": the entries are what not to send. */
  refused?: boolean;
  /** The intro states the application's documents in so many words. */
  strong: boolean;
  /** "... may be sent to:": an address follows; the line itself is read as prose. */
  address?: boolean;
}

/** A sentence that ends in the means it names next ("by means of:", "anhand folgender Unterlagen:"): documents follow. */
const BY_MEANS_OF =
  /\b(?:by means of|by way of|in the form of|by submitting|by providing|through the following|anhand (?:folgender|der folgenden)(?: unterlagen)?|durch (?:folgende|die folgenden)(?: unterlagen)?|in form von|door middel van|aan de hand van|genom att (?:bifoga|skicka in|lämna in)|au moyen de|sous la forme de|mediante|por medio de|attraverso)\s*[:：]\s*$/iu;

/**
 * A sentence shaped as the opening of a list of documents, in any language the importer reads, whatever its words:
 * before a colon, a verb of containing with the application or its documents ("Din ansökan bör omfatta:", "La
 * candidatura constará de:"), or a verb of sending ("Bitte fügen Sie Ihrer Bewerbung bei:").
 */
export function opensDocuments(s: string): boolean {
  // "... your teaching including materials such as:": examples of what a document holds.
  if (!/[:：]\s*$/u.test(s) || EXAMPLES_FOLLOW.test(s)) return false;
  if (testAny(P.SEND_VERBS, s) && !test(P.EMPLOYER_SENDS, s)) return true;
  // The application as the subject, the verb after it: not "A packet of material including materials ...".
  const noun = Math.min(...P.APPLICATION_NOUNS.map((re) => g(re).exec(s)?.index ?? Infinity));
  return P.CONTAIN_VERBS.some((re) => [...s.matchAll(g(re))].some((m) => m.index > noun));
}

/** An opening that ends in "such as:", "for example:", "z. B.:": examples follow, not the documents to send. */
const EXAMPLES_FOLLOW = /\b(?:such as|for example|for instance|e\.g\.|like|zum beispiel|z\. ?b\.|beispielsweise|wie|tels? que|telles? que|comme|par exemple|zoals|bijvoorbeeld|som|till exempel|t\.ex\.|esimerkiksi|kuten|como|por ejemplo|come|ad esempio|per esempio|f\.eks\.|for eksempel|np\.|napriklad)\s*[:：]\s*$/iu;

/** "Include your reasons for applying", "Explain why you apply": what to say, in the document just named. */
const WHAT_TO_SAY =
  /^(?:please\s+)?(?:include|describe|explain|discuss|mention|state|give|outline|set out|tell us)\s+(?:(?:your|the|us)\s+)?(?:(?:main|specific|personal)\s+)?(?:reasons?\b|motivation\b(?!\s+(?:letter|statement))|why\b)/iu;

/** "... in a separate letter", "... as a short statement": where what to say is written, a document of its own. */
const WRITTEN_IN = /\b(?:in|as) (?:a |an |your |the |one )?(?:(?:separate|short|brief|cover(?:ing)?) )?(?:letter|statement|essay|document)\b/iu;

/** Words that point at what comes after them, in the languages read: "the following documents", "listed below", "folgende Unterlagen". */
const POINTS_AHEAD = /\b(?:the following|as follows|(?:listed|set out|given|shown) below|folgenden?|nachstehenden?|untenstehenden?|suivants|suivantes|ci-dessous|följande|følgende|seuraavat|volgende|hieronder|siguientes|a continuaci[oó]n|seguintes|abaixo|seguenti)\b/iu;

/** What a line says about the lines after it. */
function introOf(line: Line): Intro | undefined {
  const text = stripBullet(line.text);
  const sentences = toSentences(text);
  const last = sentences[sentences.length - 1] ?? '';
  const heading = isHeading(line);
  const colon = /:\s*$/.test(text);
  const shaped = opensDocuments(last);
  const trigger = shaped ? last : sentences.filter((s) => testAny(P.LIST_TRIGGERS, s)).pop();
  if (colon && P.POINTS_OF_DOCUMENT.test(last)) return { type: 'content', strong: false };
  // "Your CV should include:", "Research proposal (max. 4 pages), including:": the entries describe one document.
  const subject = findKindMentions(last)[0];
  const lead = subject ? last.slice(0, subject.start).replace(/^(?:your|the|a|an|my|our|their|his|her|in (?:your|the))\s+/iu, '').trim() : '';
  // An application form "containing the following" lists documents; a CV "containing" describes the CV.
  if (subject && subject.kind !== 'other' && lead.length <= 3 && colon && test(P.CONTENT_VERBS, last.slice(subject.end)) && !/\b(?:applications?|dossier)\b/iu.test(last.slice(0, subject.start)) && !APPLICATION_WORD.test(last.slice(subject.start))) {
    return { type: 'content', strong: false };
  }
  // "Information to be included in a Resume", "What to put in your cover letter".
  const into = /\b(?:to be included|to include|should be included|must be included|to put|to mention|to cover|to address) in (?:your |a |the |an )?$/iu;
  const named = findKindMentions(last);
  if (named.length > 0 && into.test(last.slice(0, (named[0] as (typeof named)[number]).start)) && (colon || heading)) return { type: 'content', strong: false };
  // "... must provide evidence of their ability, skills, experience and competence ... by means of:": the documents that show them.
  if ((heading || colon) && testAny(P.NOT_DOCUMENT_LISTS, last) && !(trigger !== undefined && (test(STRONG_TRIGGER, trigger) || BY_MEANS_OF.test(trigger)))) return { type: 'negative', strong: false };
  // "Please forward supporting materials to:": an address follows, not documents.
  // "... doivent être adressés en 12 exemplaires avant le 23 avril 2010, au:", "... à l'adresse suivante :".
  // Not Finnish "Liitteet tulee nimetä, kuten alla:" ("as below"), which is not Italian "alla" ("to the").
  if (colon && /(?:(?<![\p{L}\d.@/-])(?:to|an|aan|till|til|a|al|(?<!\bkuten )alla|au|aux|auprès de|addressed to|attention of|(?:at|to) the following address|folgende adresse|l'adresse suivante|la siguiente dirección|följande adress)|(?<![\p{L}])à)\s*:\s*$/iu.test(last)) return { type: 'negative', strong: false, address: true };
  // "... liitteet silloin kun hakemus koskee" + "• akatemiahanketta": the entries are the cases the documents are for.
  if (trigger !== undefined && test(P.SCOPE_LIST_OPENING, last)) return { type: 'negative', strong: false };
  // "... you will require the following documents for upload ... Please tick them off the list ...": a paragraph whose
  // opening points ahead opens the list after it, though a sentence that names no document ends it.
  const ahead = !colon && trigger !== undefined && trigger !== last && POINTS_AHEAD.test(trigger) && sentences.slice(sentences.indexOf(trigger) + 1).every((x) => findKindMentions(x).length === 0);
  // A line that ends with a colon introduces what follows with its last sentence ("... You also need to describe your:").
  if (trigger !== undefined && (colon ? trigger === last : heading || trigger === last || ahead)) {
    // "Do NOT submit the following material:" refuses what follows; "... at this stage:" asks for it later (its cue).
    // Not "... in pdf format (please note that other formats are not accepted):", nor "It is NOT necessary to include
    // the following on your CV:" (what a document holds): the refusal is the last clause's and names no document.
    const bare = trigger.replace(/\([^)]*\)?/gu, ' ');
    const lastClause = bare.split(/[;,]\s*(?:but|however|and)?\s*|\s+but\s+/u).filter((c) => /\p{L}/u.test(c)).pop() ?? bare;
    if (isNotWanted(lastClause) && findKindMentions(bare).length === 0) return { type: 'docs', refused: true, strong: test(STRONG_TRIGGER, trigger) };
    // "(please change PhD to MSc as appropriate)": an instruction of its own in the lead-in, whose case is not the list's.
    const cueText = trigger.replace(/\b(?:if you are interested|if interested)\b/giu, '').replace(INSTRUCTION_ASIDE, ' ');
    return { type: 'docs', cue: stageOf(cueText), strong: shaped || test(STRONG_TRIGGER, trigger) };
  }
  if ((heading || colon) && testAny(P.NOT_DOCUMENT_LISTS, last)) return { type: 'negative', strong: false };
  return undefined;
}

/**
 * The size the line after line `i` opens with, when that line describes what to write ("One page where you:", "Max. 2
 * pages, in which you:"): the size of the document named on line `i`.
 */
export function sizeOpeningNextLine(lines: readonly Line[], i: number): Limit | undefined {
  const here = lines[i];
  const next = lines[i + 1];
  if (here === undefined || next === undefined || next.bullet || here.block !== next.block || !/[:：]\s*$/u.test(next.text)) return undefined;
  const size = findLimits(next.text).find((l) => l.key === 'max_pages' || l.key === 'max_words' || l.key === 'max_chars');
  return size !== undefined && /^(?:(?:max(?:imum)?\.?|up to|at most|no more than)\s+)?$/iu.test(next.text.slice(0, size.rangeFrom ?? size.index)) ? size : undefined;
}

/**
 * The label of a line that names a document before a colon ("Research proposal (2 pages): ...", "Plan for
 * mentorship (1 page):"): a label that is mostly a document's name, or that states a page or word limit.
 */
export function documentLabel(text: string): string | undefined {
  const m = /^([^:]{2,80}):(?:\s|$)/u.exec(stripBullet(text));
  const label = m?.[1]?.trim();
  // "Letters of reference | no: shortlisted candidates only | 3 letters": a colon inside a table's cell labels nothing.
  if (!label || label.includes('|')) return undefined;
  const bare = label.replace(/\([^)]*\)/gu, ' ').replace(/\s+/gu, ' ').trim();
  if (bare === '' || bare.split(' ').length > 8 || isInstruction(bare) || NOT_A_DOCUMENT.test(bare) || testAny(P.NOT_DOCUMENT_LISTS, bare) || testAny(P.LIST_TRIGGERS, bare)) return undefined;
  const hits = findKindMentions(bare).filter((h) => !h.guess);
  const named = hits.reduce((n, h) => n + h.end - h.start, 0) / bare.length >= 0.4;
  const sized = findLimits(label).some((l) => l.key === 'max_pages' || l.key === 'max_words' || l.key === 'max_chars');
  return named || sized ? label : undefined;
}

/**
 * "Progress plan - showing progress per semester, including both work on thesis and courses": a label before a dash
 * that names a document of no kind read here, and after it a description that asks for nothing; the thesis it
 * mentions is part of the plan.
 */
function dashLabel(s: string): RegExpExecArray | null {
  const m = /^([^:\-–]{2,60}?)\s+[-–]\s+\S/u.exec(s);
  const rest = m ? s.slice(m[0].length - 1) : '';
  if (!m?.[1] || !test(DOCUMENT_NOUN_END, m[1]) || testAny(P.REQUEST_CUES, rest) || testAny(P.LIST_TRIGGERS, rest)) return null;
  return m;
}

/**
 * "SELVITYS – Emil Aaltosen Säätiön ... käyttöselvitys, mikäli ...", "TUTKIMUSSUUNNITELMA (yksityiskohtainen, 1–10
 * sivua); ...": a name in capitals before a parenthesis or a dash labels the line, however long what follows is.
 */
function capsLabel(s: string, lines: readonly Line[]): RegExpExecArray | null {
  const m = /^(\p{Lu}{4,}(?:[ -]\p{Lu}{2,}){0,3})(?=\s*\(|\s+[-–—]\s+\S)/u.exec(stripBullet(s).trim());
  // "KGFP – Guidelines", "KGFP – CV Template": a prefix on several lines names the programme, not each line's document.
  return m && lines.filter((l) => stripBullet(l.text).trim().startsWith(`${m[1] as string} `)).length <= 1 ? m : null;
}

/** A name that ends in a document's noun ("Progress plan", "Dissemination plan", "Funding statement"). */
const DOCUMENT_NOUN_END = new RegExp(`(?:${P.DOCUMENT_NOUNS.source})\\s*$`, 'iu');

/** The number of a numbered entry ("3. Motivation letter", "3) ..."), or undefined. */
function numberOf(line: Line): number | undefined {
  // Not an outline's sub-number ("3.2. Title."): entry 2 of entry 3, not entry 3.
  const m = /^(?:[-*•·]\s*)?(\d{1,2})(?:\s*[.)](?!\d)| [-–] )/.exec(line.text.trim());
  return m ? Number(m[1]) : undefined;
}

/** A plain line labelled with a capital letter ("B. Application Fee"), which the markup does not take for a bullet. */
const LETTERED = /^([A-L])[.)]\s+(?=\p{Lu})/u;

/** An entry of a list that gives personal details or notes rather than a document. */
const NOT_A_DOCUMENT =
  /^(?:(?:non-?[\p{L}-]+|international|foreign|overseas|external|internal|eu|eea|uk|us|all)\s+(?:applicants|candidates|students)$|.*\b(?:completed|filled in|entered|filled out) (?:through|via|in|on|online in) (?:the )?(?:online|electronic|web)\b.*|(?:when|how long|how|where|why|which)\b.*|(?:preferred|possible|proposed) (?:start(?:ing)? |employment |visit )?dates?\b.*|(?:your |the |a |an )?(?:(?:candidate|applicant|nominee)'?s? )?(?:full |home |postal |mailing |current )?(?:name|names|first name|surname|address|e-?mail(?: address)?|phone|telephone|date of birth|nationality|citizenship|gender|contact (?:details|information|info)|personal (?:details|data|information)|start(?:ing)? date|availability|date on which|preferred start|length of stay|preferred months?|type of studio|note|please note|nb|important|marital status|religion|political affiliation|sexual orientation|gender identity|ethnicity|race|veteran status|disability status|supervisor'?s? name|optional(?![ \t]+(?!(?:if|for|but|when|where|and|or|to|only|information)\b)\p{L})|if available|open question)\b(?!\s+(?:of|for)\s+(?:\w+\s+)?(?:referees|references|recommenders))|.*\?$|(?:(?:søker|søger|ansøger|sökande|bewerber|hakija)\p{L}*(?:\(\p{L}+\))?s?\s+)?(?:navn|namn|nimi|adresse|adress|osoite|fødselsdato|födelsedatum|geburtsdatum|syntymäaika|telefonnummer|puhelinnumero)\b(?:\s*[,/]\s*\p{L}+)+)/iu;

/** A Chinese or Japanese entry that says what to do ("申请人应按我校要求来校参加面试"), not what to send. */
const CJK_INSTRUCTION = /应|须|需要|可以|将|请|参加|联系|ください|こと$/u;

/** An entry that is an instruction or a statement, not the name of a document ("Applications will only be accepted online"). */
const INSTRUCTION =
  /^(?:(?:[\p{L}'-]+\s+){0,4}(?:will|should|must|shall|can|cannot|may|are|is|were|was|needs? (?=(?:to|not|only|a|an|the|your|their)\b)|have to|has to)\b|(?:(?:carefully|briefly|clearly|please|also|then)\s+)?(?:list|be|make|check|ensure|use|note|remember|read|complete|fill|follow|see|visit|click|go|contact|communicate|consult|start|continue|register|apply|select|choose|indicate|mark|keep|do|don't|avoid|write|tell|explain|describe|give|state|stipulate|specify|identify|outline|summari[sz]e|discuss|justify|demonstrate|show|highlight|mention|clarify|present|try|make sure|press|log (?:in|on)|sign (?:in|up)|create|download|pay)\b|(?:template|form|link|instructions?)s? (?:is |are )?(?:available|can be (?:found|downloaded))\b)/iu;

/**
 * "Hakemus tulee kirjoittaa suomeksi tai englanniksi", "The application must be written in English": the language of
 * the application, a rule about all of it, not a document.
 */
const LANGUAGE_RULE =
  /^(?:the |your |die |la |le |el |de )?(?:hakemu(?:s|kset)|liitteet|applications?|bewerbung(?:en)?|ansökan|ansøgning(?:en)?|søknad(?:en)?|aanvraag|sollicitatie|candidature|demande|solicitud)\b[^.]{0,40}\b(?:kirjoit\p{L}*|laadi\p{L}*|laatia|written|write|verfass\p{L}*|geschrieben|abgefasst|skriv\p{L}*|rédig\p{L}*|écrit\p{L}*|redact\p{L}*|escrit\p{L}*|geschreven|opgesteld)\b[^.]{0,20}\b(?:suomeksi|ruotsiksi|englanniksi|(?:in|auf|på|en|in het) \p{L}+|\p{L}+ (?:sprache|språk))/iu;

/** An instruction, or a step in another language ("Estar titulado", "Specificera ..."): not the name of a document. */
function isInstruction(s: string): boolean {
  // "h) sämtliche Dokumente sind in notariell beglaubigter Form einzureichen": a rule about every document (a note).
  // "If you require assistance ..., communicate with SSHRC's Research Training Portfolio ...": after its case, an instruction.
  return INSTRUCTION.test(s.replace(/^(?:if|when|before|once)\b[^,;]{0,120},\s*/iu, '')) || testAny(P.ENTRY_STEPS, s) || P.ALL_DOCUMENTS_RULE.test(s) || LANGUAGE_RULE.test(s);
}

/** The sentence is about the application or its files, not one document ("a single PDF of at most 20 pages"). */
const PACKET_WORDS = /\b(?:pdf|files?|applications?|documents|attachments?|total|packet|combined|everything|all (?:materials|documents))\b/iu;

/**
 * The end of an entry that says its document's contents follow ("... that includes", "... which should cover",
 * "... that answers the following questions (one page)"), without a colon.
 */
const OPENS_CONTENTS = /(?:\b(?:that|which)\s+(?:(?:should|must|will|shall)\s+)?(?:includes?|contains?|covers?|address(?:es)?|answers?)|\b(?:including|containing|covering|addressing))\s*(?:the following(?:\s+(?:questions|points|topics|items|sections|elements))?)?\s*(?:\([^)]*\))?\s*[:.]?\s*$|\bthe following (?:questions|points|topics|sections|elements)\b/iu;

/** An entry that tells what the entry above should say ("Prompt: Please describe ...", "Examples might include:"). */
const DESCRIBES_ABOVE = /^(?:(?:writing )?prompts?|guiding questions?|questions to (?:address|answer|consider))\s*:\s*(?:please\s+)?(?:describe|explain|discuss|tell|outline|reflect|address|consider|share|how|what|why|in what)\b|^(?:examples?|for example|for instance|e\.g\.)\b[^:]{0,60}:\s*$|^examples? (?:might|may|could|can|would) include\b/iu;

/** A row of a table written with bars ("Document | Details"). */
const PIPED = /\S\s*\|\s*\S/u;

/** Line `k` is a lettered point ("a. planning of courses,") under the numbered entry that ends in a colon above the points. */
function pointOfNumbered(lines: readonly Line[], k: number): boolean {
  if (!/^\(?[a-z][.)]\s/u.test((lines[k] as Line).text.trim())) return false;
  for (let j = k - 1; j >= 0; j--) {
    const l = lines[j] as Line;
    if (!l.bullet) return false;
    if (/^\(?[a-z][.)]\s/u.test(l.text.trim())) continue;
    return numberOf(l) !== undefined && /[:：]\s*$/u.test(l.text);
  }
  return false;
}

/** A short line that starts like the name of a document ("A document addressing the selection criteria"). */
const DOCUMENT_NOUN_START = /^(?:an?|your|the|one|two|three|copy|copies|proof|evidence|list|statement|letter|summary|description|certificate|confirmation)\b/iu;

function docLikeRun(lines: Line[], from: number, least = 2): number {
  const depth = (lines[from] as Line).depth;
  // Paragraph by paragraph: a list of documents followed, after a blank line, by a list of something else is the first.
  let entries = 0;
  let named = 0;
  let end = from;
  let j = from;
  let last: number | undefined;
  let afterPoints = false;
  while (j < lines.length && (lines[j] as Line).bullet) {
    const block = (lines[j] as Line).block;
    let e = 0;
    let n = 0;
    let k = j;
    // "6. An account of ...:" then "a. ...", "d. ...", then "7. ...": the numbers go on, so the list does, whatever it names.
    let goesOn = false;
    for (; k < lines.length && (lines[k] as Line).bullet && (lines[k] as Line).block === block; k++) {
      const l = lines[k] as Line;
      if (pointOfNumbered(lines, k)) {
        afterPoints = true;
        continue;
      }
      if (l.depth !== depth) continue;
      const number = numberOf(l);
      // Only right after such points: "1." and "2." each in a paragraph of its own are weighed as before.
      if (e === 0 && afterPoints && last !== undefined && number === last + 1) goesOn = true;
      afterPoints = false;
      if (number !== undefined) last = number;
      e += 1;
      const h = findKindMentions(stripBullet(l.text))[0];
      if (h && h.start <= 25 && !h.guess) n += 1;
    }
    if (entries > 0 && !goesOn && (named + n) * 2 < entries + e) break;
    // The entries that go on a numbered list are taken with it, not weighed again.
    if (!goesOn) {
      entries += e;
      named += n;
    }
    end = k;
    j = k;
  }
  return entries >= 2 && named * 2 >= entries && named >= least ? end : from;
}

/**
 * Reads where the posting states requirements, and the items it names there.
 *
 * @example
 * readRequirements(textLines('Applications must include:\n- CV\n- Copy of passport')).items.map((d) => d.kind) // ['cv', 'other']
 */
export function readRequirements(lines: Line[], titleLine?: number): Requirements {
  return new RequirementsReader(lines, titleLine).read();
}

/** "All documents marked by star (*) are mandatory", "Die mit * gekennzeichneten Unterlagen sind Pflicht". */
const STARRED_MANDATORY =
  /(?:\b(?:marked|indicated|denoted|flagged|labell?ed|identified|with)\s+(?:with\s+|by\s+)?(?:an?\s+|the\s+)?(?:(?:asterisks?|stars?)(?:\s*\(\s*\*\s*\))?|\(?\s*\*\s*\)?)|\(\s*\*\s*\))[^.]{0,40}?\b(?:are|is)\s+(?:mandatory|required|compulsory|obligatory)\b|\bmit\s+(?:einem\s+)?(?:\*|sternchen|stern)\s+(?:gekennzeichnet|markiert|versehen)\p{L}*[^.]{0,40}?\b(?:sind|ist)\s+(?:pflicht|verpflichtend|obligatorisch|erforderlich|zwingend)|\bmarqu[ée]e?s?\s+d'une?\s+(?:astérisque|étoile|\*)[^.]{0,40}?\b(?:sont|est)\s+obligatoires?|\bmet\s+een\s+(?:\*|sterretje)[^.]{0,40}?\b(?:zijn|is)\s+verplicht/iu;

/**
 * In a list whose entries are partly starred, where the posting says the starred documents are mandatory, the
 * unstarred ones (stated as asked for) are optional, marked for review: the posting says so only by leaving out a star.
 */
function unstarredOptional(drafts: Draft[]): void {
  const lists = new Set(drafts.filter((d) => d.fromList && d.group !== undefined && d.source.includes('*')).map((d) => d.group));
  for (const d of drafts) {
    if (!d.fromList || !lists.has(d.group) || d.source.includes('*') || d.stage !== 'required' || d.condition !== undefined) continue;
    d.stage = 'optional';
    d.reasons.push({ field: 'stage', text: 'optional: the posting says the documents marked with a star (*) are mandatory, and this one has none' });
  }
}

/** A label that only says who or when ("International applicants only", not "Response to critiques (for resubmissions only)"). */
const whoOrWhen = (label: string): boolean => {
  const bare = label.replace(/\([^)]*\)?/gu, ' ').trim();
  const words = bare.split(/\s+/u).length;
  const cue = stageOf(bare);
  // "Für Bewerber aus dem Ausland zusätzlich:", "For applicants from outside the EU additionally:": a longer label is a
  // group when it opens with the condition.
  return cue !== undefined && (words <= 5 || (words <= 10 && cue.condition !== undefined && bare.startsWith(cue.condition.split(' ')[0] ?? '')));
};

/**
 * A label that only says how the documents after it are sent ("To be submitted separately: two reference letters sent
 * directly by the referees", "Separat einzureichen:", "Skickas separat:"): no document, so the rest is read.
 */
const HOW_SENT_LABEL =
  /^(?:(?:to be|must be|should be|are to be|is to be|will be|is|are)\s+)?(?:(?:submitted|sent|uploaded|e-?mailed|provided|delivered|forwarded|mailed)\s+)?(?:separately|directly|independently|by (?:the )?(?:referees?|recommenders?|institutions?|universit(?:y|ies))|under separate cover)\s*$|^(?:separat|gesondert|getrennt|direkt)\s+(?:einzureichen|zu senden|zu schicken|zu übermitteln)\s*$|^(?:skickas|lämnas|mejlas)\s+(?:in\s+)?separat\s*$|^(?:apart|afzonderlijk|los|rechtstreeks)\s+(?:in te dienen|te (?:sturen|versturen|uploaden|mailen))\s*$|^(?:à (?:envoyer|transmettre|soumettre)|envoyée?s?|transmise?s?)\s+(?:séparément|directement)\s*$/iu;

/** The verb of a sentence that states a size ("should be no more than", "must not exceed"), not a request for a document. */
const SIZE_VERB = /\b(?:should|must|shall|may|can|is to|are to)\s+(?:not\s+)?(?:be\s+)?(?:no (?:more|longer) than|at most|limited to|(?:more|longer) than|max(?:imum)?\.?|exceed)\b/giu;

/** Words that open a case ("if", "for applicants who", "w przypadku", "falls", "om", "dans le cas"). */
const CASE_OPENER = /^(?:if|when|where|for|in (?:the )?case|w przypadku|falls|wenn|für|bei|im falle?|voor|indien|als|in geval|om|för|jos|pour|si|dans le cas|en (?:el )?caso|para|per|nel caso|se|dla)\b/iu;

/**
 * "Pour les rapporteurs de la commission, deux enveloppes comportant chacune :", "For the committee members:": who
 * receives the copies, not a group of applicants; what follows is asked of everyone.
 */
const FOR_READERS =
  /^(?:for|pour|für|voor|för|para|per)\s+(?:(?:the|each|all|les|le|la|l'|chaque|die|den|der|jede[nrs]?|de|het|elk|alle|los|las|el|cada|i|gli|il|ogni)\s+)?(?:(?:two|three|deux|trois|zwei|drei|twee|drie|två|tre)\s+)?(?:rapporteurs?|referees?|reviewers?|reporters?|examiners?|assessors?|experts?|evaluators?|(?:selection |search |hiring )?(?:committee|commission|panel|jury)(?: members)?|members of the (?:(?:selection|search|hiring|appointment|review) )?(?:committee|commission|panel|jury)|membres? (?:du|de la) (?:jury|commission|comité)|commission|comité|jury|gutachter\p{L}*|kommission|berufungskommission|beoordelaars?|commissie(?:leden)?|sakkunniga|bedömare|nämnden|evaluadores|comisión|tribunal|valutatori|commissari|commissione)\b/iu;

/** "3. gegebenenfalls" over "a) ...", "b) ...": an entry that is only "if applicable", its points asked in that case. */
const BARE_CASE = /^(?:gegebenenfalls|ggf\.|falls zutreffend|if applicable|where applicable|if relevant|where relevant|le cas échéant|s'il y a lieu|i förekommande fall|tarvittaessa|indien van toepassing|zo nodig|en su caso|ove applicabile)\s*:?$/iu;

/**
 * An entry that names a case and no document ("- if you are currently studying:", "a) w przypadku ubiegania się o
 * stypendium ... :"): the entries or lines under it are asked in that case only. Returns the case in the posting's words.
 */
function caseLabel(text: string): string | undefined {
  // "... transcript. - if you have completed your degree(s):": a case flattened onto the end of the line before.
  const t = stripBullet(text.replace(/^.*\s[-–•]\s+(?=\S[^:]*:\s*$)/u, '')).replace(/^\(?[a-z\d]{1,2}[.)]\s+/iu, '').trim();
  if (BARE_CASE.test(t)) return t.replace(/[\s:]+$/u, '');
  if (!/:\s*$/u.test(t) || t.length > 160) return undefined;
  const label = t.replace(/\s*:\s*$/u, '');
  if (!CASE_OPENER.test(label) || FOR_READERS.test(label) || testAny(P.LATER_CUES, label) || testAny(P.LIST_TRIGGERS, label) || findKindMentions(label).some((h) => !h.guess)) return undefined;
  return label;
}

/**
 * "Recommendation Letters: Recommendation letter to support your application": a plural label over one letter named
 * after its colon asks for one, not "at least 2".
 */
function singularAfterLabel(text: string, got: Draft[]): void {
  const colon = text.search(/[:：]\s+\S/u);
  if (colon < 0) return;
  const rest = text.slice(colon + 1);
  const again = findKindMentions(rest).find((h) => h.kind === 'references' && !h.guess);
  if (!again || PLURAL_REFERENCES.test(rest.slice(again.start, again.end))) return;
  for (const d of got) {
    const plural = d.reasons.findIndex((x) => x.field === 'min' && x.text.startsWith('the count (at least 2) is inferred from a plural'));
    if (d.kind !== 'references' || plural < 0) continue;
    d.min = 1;
    d.reasons.splice(plural, 1);
  }
}

/** An item asked in one case: required only then, unless it already says when. */
function inCase(d: Draft, condition: string): void {
  if (d.stage === 'required' && d.condition === undefined) d.condition = condition;
}

/** A sentence that is only an upper count ("Max 8.", "Maximum 5", "Höchstens 3."). */
const BARE_COUNT_MAX = /^(?:max(?:imum)?|maks(?:imum|imalt)?|maximal|höchstens|enintään|högst|au plus|máximo|massimo|maximaal|up to|at most|no more than)\.?\s*(\d{1,2})\s*\.?$/iu;

/** The label of a point that gives a document's length ("Format:", "Length:"), or nothing: what may precede a bare length. */
const LENGTH_LABEL = /^(?:(?:format|length|size|umfang|länge|omfang|omfång|longueur|taille|extensión|longitud|lunghezza|lengte|omvang|pituus|laajuus)\s*:?\s*)?/iu;

/**
 * Stated limits ("max.", "no more than") in a sentence about one item, where the item has none yet; `ownFile`: the
 * words after the item's label, so a file they speak of is the item's ("CV: one PDF file of max 2 MB").
 */
function addLimits(d: Draft, s: string, ownFile = false): void {
  // "Research Statement: Not to exceed three pages total": the sentence is about the item, so "total" is its own.
  for (const l of findLimits(s, true)) {
    if (!l.cue || (isPacketLimit(s, l, true) && !(ownFile && l.key === 'max_mb'))) continue;
    addLimit(d, s, l);
  }
}

/** One limit of sentence `s` on an item that has none of its kind: a guide ("about 2 pages") only marks it. */
function addLimit(d: Draft, s: string, l: Limit): void {
  if (d[limitField(l)] !== undefined) return;
  const guide = approximateReason(s, l);
  if (guide) {
    if (!d.reasons.some((r) => r.text === guide)) d.reasons.push({ text: guide });
    return;
  }
  d[limitField(l)] = l.value;
  const range = rangeReason(s, l);
  if (range) d.reasons.push({ field: limitField(l), text: range });
}

/**
 * "The proposal must use the provided project proposal template": a template named for a document asked for
 * elsewhere is no document of its own; the limits it states go to that document. Named for none, it stays, marked.
 */
function asTemplate(d: Draft, drafts: readonly Draft[]): boolean {
  if (!d.template) return false;
  const same = drafts.filter((x) => x.kind === d.kind && (d.kind !== 'other' || x.key === d.key) && !x.template && !x.fromHeading);
  if (same.length > 0) {
    if (same.length === 1) fillMissing(same[0] as Draft, d, LIMIT_KEYS);
    return true;
  }
  if (!d.reasons.some((r) => r.text.startsWith('the posting names a template'))) {
    d.reasons.push({ field: 'kind', text: `the posting names a template for this document ("${d.title}") but does not ask for the document itself in so many words; keep it only if the posting asks for it` });
  }
  return false;
}

/**
 * The one size a sentence states for `n` documents ("The research and teaching statements should each not exceed
 * three pages"): each one's cap; without "each" it may be their total, so the item is marked.
 */
function addSharedLimit(d: Draft, s: string, n: number): void {
  const l = findLimits(s).find((x) => x.cue && !isPacketLimit(s, x, true));
  if (!l || d[l.key] !== undefined || (l.key === 'max_pages' && d.max_pages_each !== undefined)) return;
  d[l.key] = l.value;
  if (!l.each && !/\b(?:each|both|jeweils|beide|chacun\p{L}*|elk|beide|vardera|båda|kumpikin|cada un[oa]|ciascun[oa])\b/iu.test(s)) {
    d.reasons.push({ field: l.key, text: `the posting states "${s.slice(l.index, l.end)}" once for ${n} documents ("${s}"); check whether it caps each one or all of them together` });
  }
}

/** Numbers that count the documents of a group ("the three statements", "beide Statements", "de twee essays"). */
const GROUP_COUNTS: Record<string, number> = {
  two: 2, both: 2, three: 3, four: 4, five: 5, zwei: 2, beiden: 2, beide: 2, drei: 3, vier: 4, twee: 2, drie: 3, två: 2, båda: 2, tre: 3, fyra: 4, kaksi: 2, kolme: 3, deux: 2, trois: 3,
};
const GROUP_SUBJECT =
  /^(?:(?:the|these|those|all|all of the|die|diese|alle|de|deze|alle|les|ces|de två|dessa|alla|nämä)\s+)?(?:(two|three|four|five|both|zwei|beiden|beide|drei|vier|twee|drie|två|båda|tre|fyra|kaksi|kolme|deux|trois|[2-5])\s+)?(statements?|essays?|letters?|proposals?|erklärungen|essays|verklaringen|lettres|brev|esseet)\b/iu;

/**
 * The documents a size sentence gives its size to when it names them as a group ("The three statements should not
 * exceed two pages each", "Both essays ..."): the noun they share and how many, when it says.
 */
function groupSubject(s: string): { noun: RegExp; n?: number } | undefined {
  const m = GROUP_SUBJECT.exec(s.trim());
  if (!m?.[2] || !findLimits(s).some((l) => l.cue && !isPacketLimit(s, l, true))) return undefined;
  const said = (m[1] ?? '').toLowerCase();
  const n = GROUP_COUNTS[said] ?? (/^\d$/u.test(said) ? Number(said) : undefined);
  // Without a count, only a plural names a group ("Statements should ...", not "The statement should ...").
  if (n === undefined && !/(?:s|en|et)$/iu.test(m[2])) return undefined;
  return { noun: new RegExp(`(?<![\\p{L}])${m[2].toLowerCase().slice(0, 5)}`, 'iu'), ...(n !== undefined ? { n } : {}) };
}

/** A size given to a group of documents: each one of them, marked when the count does not match the items found. */
function groupLimit(items: readonly Draft[], g: { noun: RegExp; n?: number; s: string }): void {
  const same = items.filter((d) => g.noun.test(d.title) || g.noun.test(d.kind.replace(/_/gu, ' ')));
  if (same.length < 2) return;
  for (const d of same) {
    const before = LIMIT_KEYS.map((k) => d[k]).join();
    addSharedLimit(d, g.s, same.length);
    if (g.n !== undefined && g.n !== same.length && LIMIT_KEYS.map((k) => d[k]).join() !== before) {
      d.reasons.push({ text: `the posting gives one size to "${g.s}", and ${same.length} such documents were found, not ${g.n}: check which ones it is for` });
    }
  }
}

/** The state readRequirements' steps share: what is found so far, and the group counter that keeps lists apart. */
class RequirementsReader {
  private readonly roles: LineRole[];
  private readonly drafts: Draft[] = [];
  private readonly notWanted: NotWantedDraft[] = [];
  private readonly sentences: Sentence[] = [];
  private readonly unread: UnreadEntry[] = [];
  // "a) w przypadku ubiegania się ... na I rok kształcenia:" then its entries: the case they are asked in.
  // `numbered`: the case is itself a numbered entry ("3. gegebenenfalls"), so the next number ends it.
  private caseOf: { list: number | undefined; condition: string; numbered: boolean } | undefined;
  private group = 0;
  // Limits and stage words under an entry ("Max. 2 pages." on the next line) belong to it.
  private readonly entryDrafts = new Map<number, Draft[]>();
  private prevQuestion: { text: string; line: number } | undefined;
  private sentenceOf = new Map<string, string>();
  /** Sentences read with a translation's words blanked out, each with the posting's own words (same length). */
  private readonly masked = new Map<string, string>();
  /**
   * Sizes said apart from the request; `shared`: the number of documents the sentence gives the one size to;
   * `size`: the one size already found (a line that opens with it, "One page where you:", has no cue word).
   */
  private readonly sizes: { kind: ItemKind; s: string; shared?: number; size?: Limit }[] = [];
  /** Sizes said for "the three statements": the documents whose names hold `noun`, `n` of them when counted. */
  private readonly groupSizes: { noun: RegExp; n?: number; s: string }[] = [];
  private docHeading: ItemKind | undefined;
  // "Personal statement:" then "... should discuss your motivation. 8000 characters max.": the heading names it.
  private section: HeadingSection | undefined;

  constructor(
    private readonly lines: Line[],
    private readonly titleLine?: number,
  ) {
    this.roles = lineRoles(lines);
  }

  read(): Requirements {
    this.lines.forEach((line, i) => this.readLine(line, i));
    this.closeSection();
    // An item read from a heading gives way to the same kind asked for in so many words.
    const asked = new Set(this.drafts.filter((d) => !d.fromHeading).map((d) => d.kind));
    // ... keeping the limits its heading states ("Cover letter (PDF; max file size 2MB)" then "Upload your cover letter.").
    for (const h of this.drafts.filter((d) => d.fromHeading && asked.has(d.kind))) {
      const same = this.drafts.filter((d) => !d.fromHeading && d.kind === h.kind);
      if (same.length === 1) fillMissing(same[0] as Draft, h, LIMIT_KEYS);
    }
    if (this.sentences.some((x) => STARRED_MANDATORY.test(x.text))) unstarredOptional(this.drafts);
    this.lettersBesideReferees();
    this.translatedLists();
    this.insideWrittenApplication();
    const items = mergeDrafts(this.drafts.filter((d) => (!d.fromHeading || !asked.has(d.kind)) && !asTemplate(d, this.drafts)));
    for (const { kind, s, shared, size } of this.sizes) {
      const same = items.filter((d) => d.kind === kind);
      if (same.length === 1 && kind !== 'other') {
        if (size !== undefined) addLimit(same[0] as Draft, s, size);
        else if (shared === undefined) addLimits(same[0] as Draft, s);
        else addSharedLimit(same[0] as Draft, s, shared);
      }
    }
    for (const g of this.groupSizes) groupLimit(items, g);
    // A quote is the posting's words: a source read from a blanked sentence gets them back.
    for (const d of [...items, ...this.notWanted]) d.source = unmask(d.source, this.masked);
    return { items, notWanted: dedupeNotWanted(this.notWanted), sentences: this.sentences, unread: this.unread };
  }

  /**
   * "please write an application (1-3 pages)" then "include a copy of the figure in your application, and a link to the
   * code": with the application itself one text to write, what it should hold is part of it, not a document of its own.
   */
  private insideWrittenApplication(): void {
    if (!this.drafts.some((d) => d.kind === 'other' && P.WRITTEN_APPLICATION.test(d.source))) return;
    const sentenceOf = (d: Draft): string => this.sentences.find((x) => x.text.includes(d.source) || d.source.includes(x.text))?.text ?? d.source;
    for (let j = this.drafts.length - 1; j >= 0; j--) {
      const d = this.drafts[j] as Draft;
      if (!P.WRITTEN_APPLICATION.test(d.source) && P.IN_THE_APPLICATION.test(sentenceOf(d))) this.drafts.splice(j, 1);
    }
  }

  /**
   * A list repeated entry for entry in another language ("• CV • Letter of reference ..." then "• CV • Referanser
   * ..."): one document per entry, so the copy's items go, said on the one kept (the English list's, else the first's).
   */
  private translatedLists(): void {
    const lists = new Map<number, number[]>();
    this.roles.forEach((r, i) => {
      if (r.role === 'entry' && r.list !== undefined && !(this.lines[i] as Line).inline) lists.set(r.list, [...(lists.get(r.list) ?? []), i]);
    });
    const runs = [...lists.values()].filter((l) => l.length >= 3);
    const text = (l: number[]): string => l.map((i) => stripBullet((this.lines[i] as Line).text)).join(' ');
    const kinds = (i: number): Set<ItemKind> => new Set((this.entryDrafts.get(i) ?? []).filter((d) => d.kind !== 'other').map((d) => d.kind));
    const dropped = new Set<Draft>();
    runs.forEach((a, x) => {
      for (const b of runs.slice(x + 1)) {
        if (b.length !== a.length || translationOf(text(a), text(b)) === undefined) continue;
        const pairs = a.map((i, p) => [kinds(i), kinds(b[p] as number)] as const).filter(([u, v]) => u.size > 0 && v.size > 0);
        if (pairs.length < 2 || pairs.some(([u, v]) => ![...u].some((k) => v.has(k)))) continue;
        const [keep, copy] = ENGLISH_WORDS.test(` ${text(b)} `) && !ENGLISH_WORDS.test(` ${text(a)} `) ? [b, a] : [a, b];
        copy.forEach((i, p) => {
          const kept = this.entryDrafts.get(keep[p] as number) ?? [];
          // An entry the kept list reads as nothing: the copy's named document stays; its unknown words go with it.
          const gone = (this.entryDrafts.get(i) ?? []).filter((d) => kept.length > 0 || d.kind === 'other');
          if (gone.length === 0) return;
          for (const d of gone) dropped.add(d);
          const said = stripBullet((this.lines[i] as Line).text);
          const same = kept.filter((k) => gone.some((d) => d.kind === k.kind));
          for (const k of same.length > 0 ? same : kept) k.reasons.push({ text: `the posting lists it again in another language ("${said}"): read as one item` });
        });
      }
    });
    for (let j = this.drafts.length - 1; j >= 0; j--) if (dropped.has(this.drafts[j] as Draft)) this.drafts.splice(j, 1);
  }

  /**
   * "... the names of two referees. Letters of recommendation are not required at this stage.": with the referees'
   * contacts asked for now, the letters are the referees' business, not the applicant's: not wanted, with the sentence.
   */
  private lettersBesideReferees(): void {
    const referees = this.drafts.some((d) => d.kind === 'references' && d.stage === 'required' && !d.condition && d.accepts.includes('referee'));
    if (!referees) return;
    for (let j = this.drafts.length - 1; j >= 0; j--) {
      const d = this.drafts[j] as Draft;
      if (d.kind !== 'references' || d.stage !== 'later' || d.accepts.length !== 1 || d.accepts[0] !== 'letter' || !testAny(P.NOT_WANTED_CUES, d.source)) continue;
      this.drafts.splice(j, 1);
      this.notWanted.push({ kind: 'references', what: d.title.toLowerCase(), source: d.source });
    }
  }

  /** "Personal letter: (...)" then "One page where you:": the size goes to the one document the line above labels. */
  private sizeUnderLabel(i: number, line: Line): void {
    const size = sizeOpeningNextLine(this.lines, i - 1);
    if (size === undefined) return;
    const kinds = new Set(findKindMentions(documentLabel((this.lines[i - 1] as Line).text) ?? '').map((h) => h.kind));
    const kind = [...kinds][0];
    if (kinds.size === 1 && kind !== undefined && kind !== 'other') this.sizes.push({ kind, s: line.text, size });
  }

  /** One line: its sentences, a question answered "No.", then the reading its role asks for. */
  private readLine(line: Line, i: number): void {
    this.sizeUnderLabel(i, line);
    const body = stripBullet(line.text);
    const ss = toSentences(body);
    const r = this.roles[i] as LineRole;
    const title = i === this.titleLine;
    for (const s of ss) this.sentences.push({ text: s, line: i, ...(line.bullet || r.role === 'entry' ? { entry: true } : {}), ...(title ? { title: true } : {}), ...(this.section ? { section: this.section.kind } : {}) });
    const heading = isHeading(line);
    const named = heading && r.role !== 'entry' ? documentHeading(line) : undefined;
    if (heading && !line.bullet) {
      this.closeSection();
      if (named && named !== 'other') this.section = { kind: named, title: body.replace(/[:\s]+$/u, ''), sentences: [] };
    } else if (this.section && (r.role === 'prose' || r.role === 'skip')) this.section.sentences.push(...ss);
    if (heading && !/:\s*$/.test(line.text) && r.role !== 'entry') this.docHeading = named;
    if (r.role === 'entry') this.docHeading = undefined;

    // A question answered "No." ("Do I need to include examples of my work? No, ..."; "Q: ... A: No."): not wanted.
    const question = (t: string): boolean => /\?$/.test(t) || /^(?:q|question)\s*\d*\s*[:.]/iu.test(t);
    ss.forEach((s, k) => {
      const prev = k > 0 ? { text: ss[k - 1] as string, line: i } : this.prevQuestion;
      // "Can I submit more than three letters? No": a cap, not a document not wanted.
      // "Will my application be considered without a letter? No.": the "No" says the letter is needed.
      if (prev && (k === 0 || question(prev.text)) && /^(?:a\s*[:.]\s*)?(?:[^.]{0,60},\s*)?no\b/iu.test(s) && !/\b(?:more than|over|exceed|additional|extra)\b/iu.test(prev.text) && !GOES_WITHOUT.test(prev.text)) this.addNotWanted(prev.text);
    });
    const last = ss[ss.length - 1];
    this.prevQuestion = last !== undefined && question(last) ? { text: last.replace(/^(?:q|question)\s*\d*\s*[:.]\s*/iu, ''), line: i } : undefined;
    // A question asks nothing; its answer says what is wanted.
    if (last !== undefined && ss.length === 1 && question(last) && r.role !== 'entry') return;
    // "PhD position in Chemistry (one PDF, 3 referees)": the title names the posting; the lines under it say what to send.
    if (title) return;

    // "Please provide the names of two referees; we do not need the letters themselves": each clause on its own.
    const units = ss.flatMap(refusalClauses);
    // "... two references (no letters required).": a refusal quotes the whole sentence, not its bare parenthesis.
    this.sentenceOf = new Map(ss.flatMap((s) => refusalClauses(s).map((c): [string, string] => [c, s])));
    if (r.role === 'entry') this.entryLine(r, units, i);
    else if (r.role === 'content' && r.owner !== undefined) this.contentLine(r.owner, units, line);
    else {
      // "- if you are currently studying:" then "provide university degree transcripts ...": the line right after a case asks in that case.
      const before = this.drafts.length;
      this.proseLine(r, units, this.continuesList(line, i));
      const prev = i > 0 ? caseLabel((this.lines[i - 1] as Line).text) : undefined;
      // Its first sentence only: a later one may be the next entry flattened onto the line.
      if (prev !== undefined) for (const d of this.drafts.slice(before)) if (d.source === units[0]) inCase(d, prev);
    }
  }

  /** "... you will need to submit: - a CV, - a research statement, together with contact details of three referees": the list's sentence goes on. */
  private continuesList(line: Line, i: number): boolean {
    const prev = this.roles[i - 1];
    return prev?.role === 'entry' && prev.explicit === true && /^(?:together with|along with|as well as|in addition(?: to)?|plus|and|also)\b/u.test(line.text.trim());
  }

  /** An entry of a list of documents: the items it names, or itself as an item of a kind not recognized. */
  private entryLine(r: LineRole, ss: string[], i: number): void {
    const label = caseLabel((this.lines[i] as Line).text);
    if (label !== undefined) {
      this.caseOf = { list: r.list, condition: label, numbered: numberOf(this.lines[i] as Line) !== undefined };
      return;
    }
    if (this.caseOf && (this.caseOf.list !== r.list || (this.caseOf.numbered && numberOf(this.lines[i] as Line) !== undefined))) this.caseOf = undefined;
    if (r.ctx.refused) {
      this.refusedEntry(ss.join(' '));
      return;
    }
    const ctx: UnitContext = { ...r.ctx, group: -(r.list ?? 0) - 1, entry: true };
    const got: Draft[] = [];
    const refusals = this.notWanted.length;
    // "2. An account of your teaching qualifications in relation to the field:" over "a. ...", "b. ...": the entry
    // names a document and the points under it say what it holds; its colon does not make it a heading of nothing.
    const next = this.roles[i + 1];
    const overPoints = next?.role === 'content' && next.owner === i;
    // "Application Essay. Please write 1-3 pages ... Include your reasons for applying ...": after the entry's document,
    // a sentence telling what to say in it names no document of its own.
    ss.forEach((whole, k) => (k > 0 && got.length > 0 && WHAT_TO_SAY.test(whole) ? undefined : this.entrySentence(whole, k, ctx, got, overPoints)));
    singularAfterLabel(ss.join(' '), got);
    // "A language certificate. This applies only to applicants whose ...": a later sentence says whom the entry is for.
    // "Abstract of your thesis. Submit if you have written a thesis.": naming the entry's own document again is no other request.
    const named = new Set(findKindMentions(ss[0] ?? '').map((h) => h.kind));
    const scope = ss.slice(1).find((t) => testAny(P.SCOPE_SENTENCES, t) && findKindMentions(t).every((h) => named.has(h.kind)));
    // "Required only if you are employed" is kept as "only if you are employed": the case, not the verb before it.
    const scopeCase = scope?.replace(/[\s.!?]+$/u, '').replace(P.SCOPE_LEAD, '');
    if (scopeCase !== undefined) for (const d of got) inCase(d, scopeCase.split(/\s+/u).slice(0, 14).join(' '));
    // An entry of a list the posting says to send that names no document read here ("A summary of research proposal
    // ... approved by ..."): never dropped without a word.
    // "5) Stay abroad? Statement indicating plans for ...": a question that heads the entry, its next sentence the document.
    const asked = ss[0] !== undefined && /\?\s*$/u.test(ss[0]) && ss[1] !== undefined;
    const first = asked ? ss[1] : ss[0];
    // "(For studentship candidates) Please note, ...": a note, whoever it is for.
    const bare = first?.replace(/^\s*\([^)]*\)\s*/u, '') ?? '';
    // Also an entry of a list read as one of documents because most of its entries name one: it is likely a document too.
    if (got.length === 0 && this.notWanted.length === refusals && first !== undefined && !STEP_LABEL.test(first) && /\p{L}{2}/u.test(first) && (overPoints || !/:\s*$/u.test(first)) && !NOT_A_DOCUMENT.test(bare) && !isInstruction(bare) && !CJK_INSTRUCTION.test(first)) {
      this.unread.push({ line: i, name: entryName(asked ? `${ss[0] as string} ${first}` : first), text: ss.join(' ') });
    }
    // "Teaching statement; do not include teaching statements by others": an entry never refuses its own document.
    // (Not referees named in the entry: "The names of three references ... DO NOT attach reference letters" refuses the letters.)
    // "Transcripts from all undergraduate institutions (do not include high school transcripts)": a narrower one is refused.
    const own = (n: NotWantedDraft): boolean => got.some((d) => refusesListed(n, d) && !narrowerThan(n.what, d.title)) && !got.some((d) => d.kind === n.kind && d.accepts.includes('referee'));
    for (let j = this.notWanted.length - 1; j >= refusals; j--) if (own(this.notWanted[j] as NotWantedDraft)) this.notWanted.splice(j, 1);
    for (const d of got) {
      d.fromList = true;
      if (!r.explicit) d.reasons.push({ text: 'read from a list of documents that no sentence introduces' });
    }
    if (this.caseOf) for (const d of got) inCase(d, this.caseOf.condition);
    this.entryDrafts.set(i, got);
    this.drafts.push(...got);
  }

  /** An entry of a list the posting refuses ("Do NOT submit the following material: - Writing sample"): not wanted, in its own words. */
  private refusedEntry(text: string): void {
    const body = text.replace(LETTERED, '');
    const seen = new Set<string>();
    const hits = findKindMentions(body).filter((h) => !seen.has(h.kind) && seen.add(h.kind));
    // "Paper copy of GRE and/or TOEFL score reports": the kinds it names; "List of textbooks from your coursework",
    // "List of ... courses and grades": no kind up front, so the entry's own words.
    if (hits.length > 0 && (hits[0] as (typeof hits)[number]).start <= 20) {
      for (const h of hits) this.notWanted.push({ kind: h.kind, what: body.slice(h.start, h.end), source: text });
      return;
    }
    const words = body.replace(/[.;,\s]+$/u, '').split(/\s+/u);
    const what = words.length <= 12 ? words.join(' ') : entryTitle(body);
    if (/\p{L}{2}/u.test(what)) this.notWanted.push({ kind: 'other', what, source: text });
  }

  /** The k-th sentence of a list entry; what it names goes to `got`. `overPoints`: the lines under the entry describe it. */
  private entrySentence(entire: string, k: number, ctx: UnitContext, got: Draft[], overPoints = false): void {
    // "Recomendación académica de ..., no se aceptarán otras cartas de recomendación": the entry is read without the
    // clause, and is one of the documents the clause caps when it names no kind of its own.
    const others = othersRefused(entire);
    if (others) {
      if (others.rest === '') return;
      const before = got.length;
      this.entrySentence(others.rest, k, ctx, got, overPoints);
      const read = got.slice(before);
      if (others.kind && read.length === 1 && read[0]?.kind === 'other' && read[0].key === undefined) ofKind(read[0], others.kind, entire);
      return;
    }
    const tail = refusedTail(entire);
    if (tail) this.addNotWanted(tail.refused);
    const whole = tail?.rest ?? entire;
    if (isNotWanted(whole)) {
      this.addNotWanted(whole);
      return;
    }
    if (FORM_ASKS.test(whole)) return;
    const t = this.translation(whole, undefined, k === 0);
    if (t.draft) got.push(t.draft);
    let s = t.rest;
    // "Highlight the benefits ... (maximum one page)." in the entry's later sentences: the entry's own size.
    // Not when the sentence asks for something else ("... must also include a course outline (2 pages maximum)").
    // "It should be no more than 4 pages": a sentence that only states a size asks for nothing else.
    const asking = s.replace(SIZE_VERB, ' ');
    const other = findKindMentions(s).length === 0 && (testAny(P.LIST_TRIGGERS, asking) || testAny(P.REQUEST_CUES, asking));
    if (k > 0 && got[0] && !other && findKindMentions(s).every((h) => h.kind === got[0]?.kind)) addLimits(got[0], s);
    // "Pictures of previous or current work. Max 8.": a sentence that is only a count caps the entry's document.
    const most = k > 0 ? BARE_COUNT_MAX.exec(s.trim()) : null;
    if (most && got[0] && got[0].max === undefined && got.length === 1) got[0].max = Number(most[1]);
    if (k > 0 && !testAny(P.REQUEST_CUES, s) && !testAny(P.LIST_TRIGGERS, s) && !stageOf(s)) return;
    // "Literature Cited: Select only those references ...": a label that names no kind is the document; what
    // follows its colon describes it.
    // "Annex 1: Research plan of 5 pages": a numbering label; the document is named after it.
    const numbered = k === 0 ? /^(?:annex|appendix|attachment|enclosure|item|document|part|anlage|bilaga|bilag|vedlegg|liite|bijlage|annexe|pièce|anexo|allegato|(?:att|encl|anl|vedl|bil)\.)\s*[\dA-Z]{1,3}\s*[:.]\s+(?=\S)/iu.exec(s) : null;
    if (numbered) s = s.slice(numbered[0].length);
    // "STEP 4: PDF application documents and compile ...": a step to take; only the documents it names are items.
    const step = k === 0 ? STEP_LABEL.exec(s) : null;
    if (step) s = s.slice(step[0].length);
    // "Si le mémoire n'est pas terminé : une attestation de l'encadrant": the document is after the case, not the one it names.
    const ifLabel = k === 0 ? CASE_LABEL.exec(s) : null;
    const asked = ifLabel?.[1] !== undefined ? { case: ifLabel[1], sentence: s, from: got.length } : undefined;
    if (asked) s = s.slice((ifLabel as RegExpExecArray)[0].length);
    const label = k === 0 ? (/^([^:|]{2,60}):\s+\S/u.exec(s) ?? dashLabel(s) ?? capsLabel(s, this.lines)) : null;
    // "International applicants only: proof of English proficiency": a label that says who or when is no document.
    const unit = label?.[1] && label[1].split(/\s+/).length <= 7 && findKindMentions(label[1]).length === 0 && !isInstruction(label[1]) && !NOT_A_DOCUMENT.test(label[1]) && !whoOrWhen(label[1]) && !HOW_SENT_LABEL.test(label[1].trim()) && !test(P.SCOPE_LABEL, label[1].trim()) ? label[1] : s;
    // A later sentence of the entry refers back to it ("The research plan may also include ..."): merged by kind.
    this.group += 1;
    // "Budget and budget justification (1 page): Can include travel costs": the label names the item, the rest describes it.
    const named = k === 0 && unit === s ? (documentLabel(s) ?? capsLabel(s, this.lines)?.[1]) : undefined;
    const found = unit !== s ? [] : named ? itemsFromUnit(named, ctx) : itemsFromUnit(s, k === 0 ? ctx : { group: this.group });
    if (named && found.length === 1) addLimits(found[0] as Draft, s.slice(s.indexOf(':') + 1), true);
    // "lisäksi vain akatemiatutkija- ja tutkijatohtorihaussa: ... tutkintotodistus": asked for in that call only.
    const scope = label?.[1] && test(P.SCOPE_LABEL, label[1].trim()) ? label[1].trim() : undefined;
    if (scope) for (const d of found) if (d.stage === 'required') d.condition = scope;
    got.push(...found);
    const words = unit.replace(/\([^)]*\)?/g, ' ').trim().split(/\s+/).length;
    const opens = /:\s*$/.test(unit);
    if (k === 0 && !step && found.length === 0 && words <= 18 && /\p{L}{2}/u.test(unit) && !/@|https?:/.test(unit) && !NOT_A_DOCUMENT.test(unit) && !test(P.STEP_OR_SET_HEADING, unit.trim()) && !isInstruction(unit) && !CJK_INSTRUCTION.test(unit) && (!opens || overPoints)) {
      const d = unknownEntry(unit, s, ctx);
      if (opens) d.reasons.push({ text: 'the points listed under this entry were read as what this document should contain, not as separate documents; check that the posting asks for it as one document' });
      got.push(d);
    }
    if (asked) {
      for (const d of got.slice(asked.from)) {
        d.source = asked.sentence;
        if (d.stage === 'required' && d.condition === undefined) d.condition = asked.case;
      }
    }
  }

  /** A line that describes the entry `owner`: its limits and stage, and documents it asks for in so many words. */
  private contentLine(owner: number, ss: string[], line: Line): void {
    const owned = this.entryDrafts.get(owner) ?? [];
    const target = owned[0];
    if (target && line.bullet) this.pointOf(target, owner, line);
    for (const whole of ss) {
      if (isNotWanted(whole)) {
        this.addNotWanted(whole);
        continue;
      }
      const t = this.translation(whole);
      if (t.draft) this.drafts.push(t.draft);
      const s = t.rest;
      const hits = findKindMentions(s);
      // "Max 2 pages including figures" under "2. Project description": the entry's own limit; not a limit on one
      // of its points ("- Selected outputs, each with a short (50-100 words) statement").
      const body = stripBullet(line.text);
      // "a) an abstract of at most 200 words" under "A research proposal (max. 4 pages), which should include:": a part's.
      const point = (line.bullet && /\b(?:each|per)\b/iu.test(body) && !((findLimits(body)[0]?.index ?? Infinity) <= 15)) || namesPart(body);
      // A guessed kind ("a 1-2 page essay that includes ... their research interests") is what it covers, not another document.
      if (target && !point && hits.every((h) => h.kind === target.kind || h.guess) && !PACKET_WORDS.test(s)) {
        addLimits(target, s);
        // "• Format: • One page", "- Format: one page, double-spaced": a point that is only a length is the entry's length.
        const length = findLimits(s)[0];
        if (length && !length.cue && target[limitField(length)] === undefined && LENGTH_LABEL.exec(s)?.[0].length === length.index) target[limitField(length)] = length.value;
        // "Diagrams and charts may be included as necessary": a stage word about something else in the document.
        const aboutIt = hits.some((h) => h.kind === target.kind) || s.split(/\s+/u).length <= 6 || /^(?:it|this|these|they|the (?:document|letter|statement|form))\b/iu.test(s);
        const cue = aboutIt ? stageOf(s) : undefined;
        // "3. Finansieringsplan:" over "For søkere ... NIH:" and "For eksternfinansierte kandidater:": each case heads its group of points, not the entry.
        const groupCase = cue?.condition !== undefined && /:\s*$/u.test(body) && this.roles.some((x, j) => x.role === 'content' && x.owner === owner && this.lines[j] !== line && /:\s*$/u.test((this.lines[j] as Line).text));
        if (cue && target.stage === 'required' && !target.condition && !groupCase) {
          if (cue.condition) target.condition = cue.condition;
          else target.stage = cue.stage;
        }
      }
      // "A maximum of two recommendation letters can be included in this documentation."
      const fresh = hits.filter((h) => !h.guess && !owned.some((d) => d.kind === h.kind));
      // "2) The Application Essay" over "... Include your reasons for applying ...": what to say in the entry's document.
      const whatToSay = WHAT_TO_SAY.test(s) && !WRITTEN_IN.test(s);
      if (fresh.length > 0 && !whatToSay && (testAny(P.REQUEST_CUES, s) || testAny(P.OPTIONAL_CUES, s)) && !line.bullet) {
        this.group += 1;
        const found = itemsFromUnit(s, { group: this.group }).filter((d) => fresh.some((h) => h.kind === d.kind));
        // "- if you have completed your degree(s):" then "provide colour scans of ... certificate(s)": asked in that case.
        const label = caseLabel((this.lines[owner] as Line).text);
        if (label !== undefined) for (const d of found) inCase(d, label);
        this.drafts.push(...found);
      }
    }
  }

  /** A point under "The following aspects should be included:" (the entry's own words, or a line after it): kept in its document's notes. */
  private pointOf(target: Draft, owner: number, line: Line): void {
    let j = this.lines.indexOf(line) - 1;
    while (j > owner && this.roles[j]?.role === 'content' && this.roles[j]?.owner === owner) j--;
    const intro = toSentences(stripBullet((this.lines[j] as Line | undefined)?.text ?? '')).pop() ?? '';
    if (!P.POINTS_OF_DOCUMENT.test(intro)) return;
    target.points ??= [];
    const group = target.points.find((x) => x.intro === intro) ?? (target.points[target.points.push({ intro, points: [] }) - 1] as { intro: string; points: string[] });
    group.points.push(stripBullet(line.text).trim().replace(/[;,.]$/u, ''));
  }

  /** Prose: sentences that ask for documents (among duties or qualifications, only in so many words). */
  private proseLine(r: LineRole, ss: string[], continues = false): void {
    for (const [k, entire] of ss.entries()) {
      // "Do not send additional reference letters": a cap on what is sent asks for nothing.
      const whole = othersRefused(entire)?.rest ?? entire;
      if (whole === '') continue;
      if (isNotWanted(whole)) {
        this.addNotWanted(whole);
        continue;
      }
      if (notARequest(whole)) continue;
      // "The Application Essay" over "Please write 1-3 pages describing ... Include your reasons for applying ...": what
      // to say in the document just named or sized, not a letter of its own (unless "in a separate letter").
      if (k > 0 && WHAT_TO_SAY.test(whole) && (this.docHeading !== undefined || this.section !== undefined || findLimits(ss[k - 1] ?? '').length > 0) && !WRITTEN_IN.test(whole)) continue;
      const t = r.role === 'skip' ? { rest: whole } : this.translation(whole);
      if (t.draft) this.drafts.push(t.draft);
      const s = t.rest;
      // "The three statements should not exceed two pages each": a size for documents named together before.
      const group = r.role !== 'skip' && findKindMentions(s).length === 0 ? groupSubject(s) : undefined;
      if (group) {
        this.groupSizes.push({ ...group, s });
        continue;
      }
      // "Letters are not required at this stage": asked for later is asked for.
      // "Statements of research are required." among eligibility rules: a sentence whose subject is a document asks for it.
      const first = findKindMentions(s)[0];
      const subjectAsked = r.role === 'skip' && first !== undefined && !first.guess && first.start <= 4 && testAny(P.REQUEST_CUES, s.slice(first.end));
      const asks =
        subjectAsked ||
        (continues && k === 0) ||
        testAny(P.LIST_TRIGGERS, s) ||
        (r.role !== 'skip' && (testAny(P.REQUEST_CUES, s) || (testAny(P.LATER_CUES, s) && test(LATER_ASKED, s)) || notYet(s)));
      // "Hakemuksessa nimetty työn ohjaaja toimittaa lausuntonsa ...": a sentence on who sends the letters asks for them.
      const sentByOthers = !asks && r.role !== 'skip' && testAny(P.SENT_BY_REFEREES, s) && findKindMentions(s).some((h) => h.kind === 'references' && !h.guess);
      if (!asks && !sentByOthers) {
        // "Research proposals may be up to 2000 words in length.": a size for a document asked for elsewhere.
        const hits = findKindMentions(s).filter((h) => !h.guess);
        if (hits.length === 1 && r.role !== 'skip') this.sizes.push({ kind: (hits[0] as (typeof hits)[number]).kind, s });
        // "The research and teaching statements should each not exceed three pages": one cap for each document named;
        // "..., the cover letter at most one page": a cap between documents ends their run, each run has its own.
        const kinds = new Set(hits.map((h) => h.kind));
        const limits = findLimits(s).filter((l) => l.cue && !isPacketLimit(s, l, true));
        if (hits.length >= 2 && kinds.size === hits.length && !kinds.has('other') && r.role !== 'skip') {
          let from = 0;
          hits.forEach((h, i) => {
            const until = hits[i + 1]?.start ?? s.length;
            const own = limits.filter((l) => l.index >= h.end && l.index < until);
            if (own.length === 0 && i < hits.length - 1) return;
            const run = hits.slice(from, i + 1);
            const part = s.slice(run[0]?.start ?? 0, until);
            from = i + 1;
            if (own.length !== 1) return;
            for (const x of run) this.sizes.push(run.length === 1 ? { kind: x.kind, s: part } : { kind: x.kind, s: part, shared: run.length });
          });
        }
        continue;
      }
      this.group += 1;
      let got = itemsFromUnit(s, { group: this.group, otherGuesses: r.role === 'prose' });
      if (sentByOthers) {
        got = got.filter((d) => d.kind === 'references');
        for (const d of got) {
          d.title = senderTitle(d.title);
          d.reasons.push({ text: 'read from a sentence saying who sends the letters, not one asking for them; check that the posting wants them with this application' });
        }
      }
      // "Applicants must provide evidence of their ability ... by means of:": the list after it names the documents.
      if (BY_MEANS_OF.test(s)) got = got.filter((d) => d.kind !== 'other');
      const papers = laterPapers(s, got);
      if (papers) got.push({ ...papers, group: this.group });
      // "Statements of research are required. They should be no more than 1,000 words.": the next sentence sizes it.
      const next = ss[k + 1];
      if (got.length === 1 && next !== undefined && /^(?:they|it|this|these|the (?:statement|document|letter|proposal|plan))\b/iu.test(next) && findKindMentions(next).length === 0) addLimits(got[0] as Draft, next);
      // Under a heading that names one document, other documents named are parts of it ("list your referees").
      const docHeading = this.docHeading;
      // Not under "Application form": referees listed in the form are asked for all the same.
      if (docHeading && docHeading !== 'other') got = got.filter((d) => d.kind === docHeading);
      if (r.role === 'content') got = got.filter((d) => d.kind !== 'other');
      // "A job application typically includes the following documents: ...": advice, not this posting's request.
      if (test(P.TYPICAL_CONTENTS, s)) for (const d of got) d.reasons.push({ text: 'the sentence says what an application typically includes, not what this posting asks for; keep it only if the posting asks for it' });
      // "the following items are taken into consideration: ... the quality of the research proposal": judged, maybe not asked.
      else if (test(P.SELECTION_CRITERIA, s) && !testAny(P.REQUEST_CUES, s)) for (const d of got) d.reasons.push({ text: 'the document is named among the selection criteria, not in a sentence that asks for it; keep it only if the posting asks for it' });
      this.drafts.push(...got);
    }
  }

  /** "Documents not in English must be translated": an `other` item, required for those documents only. */
  private translation(s: string, stageCtx?: StageCue, listed = false): { rest: string; draft?: Draft } {
    const m = P.TRANSLATION.exec(s);
    // In a list of documents the list asks for it; elsewhere the sentence must.
    if (!m || !(listed || P.TRANSLATION_ASKED.test(s)) || isNotWanted(s)) return { rest: s };
    const clause = s.slice(m.index).split(/[.;|)]/u)[0] ?? '';
    const condition = conditionOf(s) ?? stageCtx?.condition ?? 'documents in another language';
    // The posting's own noun ("Översättning", "beglaubigte Übersetzung"); a verb ("must be translated") is named in English.
    const named = !/translated|übersetzt|tradui|tradott|oversettes|oversættes|översättas/iu.test(m[0]) ? m[0].trim().replace(/^(?:an?|the|une|eine)\s+/i, '') : 'Translation';
    // "eine nicht beglaubigte Übersetzung", "a non-certified translation": the negation is part of the name, not dropped.
    const negated = /\b(?:nicht|not|non|niet|inte|ikke|ei)[- ]$/iu.exec(s.slice(0, m.index + (m[0].length - m[0].trimStart().length)).replace(/\b(?:an?|the|une|eine)\s+$/iu, ''));
    const name = negated && named !== 'Translation' ? `${negated[0]}${named}` : named;
    this.group += 1;
    const draft: Draft = {
      kind: 'other',
      title: (name.charAt(0).toUpperCase() + name.slice(1)).replace(/^(?:Must|Should|Shall|Need to|Needs to|Have to|Has to|To) be translated$/i, 'Translation'),
      stage: 'required',
      condition,
      accepts: ['file'],
      defaultAccepts: true,
      source: s,
      reasons: [{ field: 'kind', text: 'a translation is not one of the item kinds' }],
      group: this.group,
      key: 'translation',
    };
    // "Falls das Zeugnis ... nicht in deutscher Sprache ausgestellt ist, ... eine Übersetzung": the case names the document translated, not one to send.
    const from = LANGUAGE_CASE.test(s.slice(0, m.index)) ? 0 : m.index;
    const rest = s.slice(0, from) + ' '.repeat(m.index - from + clause.length) + s.slice(m.index + clause.length);
    this.masked.set(rest, s);
    return { rest, draft };
  }

  private addNotWanted(s: string): void {
    const before = this.notWanted.length;
    addNotWanted(this.notWanted, s);
    const whole = this.sentenceOf.get(s);
    if (whole !== undefined && /^\s*\(/u.test(s)) for (const n of this.notWanted.slice(before)) n.source = whole;
  }

  /** The section under a heading that names one document ends: an item when its sentences ask for the document. */
  private closeSection(): void {
    const sec = this.section;
    this.section = undefined;
    if (!sec || !sec.sentences.some((s) => sectionAsks(s, sec.kind)) || sec.sentences.some(isNotWanted)) return;
    this.group += 1;
    const got = itemsFromUnit(sec.title, { group: this.group, entry: true }).filter((d) => d.kind === sec.kind).slice(0, 1);
    for (const d of got) {
      // "Applicants must complete a 1-2 page essay that includes ... their research interests": a guessed kind is no other document.
      for (const s of sec.sentences) if (findKindMentions(s).every((h) => h.kind === sec.kind || h.guess)) addLimits(d, s);
      // "Two academic references required.": the sentence's count and forms, not the heading's plural.
      const said = sec.sentences.flatMap((s) => itemsFromUnit(s, { group: this.group })).find((e) => e.kind === sec.kind);
      if (said?.min !== undefined || said?.max !== undefined) {
        delete d.min;
        delete d.max;
        if (said.min !== undefined) d.min = said.min;
        if (said.max !== undefined) d.max = said.max;
        d.reasons = d.reasons.filter((r) => r.field !== 'min' && r.field !== 'max');
      }
      if (said && !said.defaultAccepts) {
        d.accepts = said.accepts;
        d.reasons = d.reasons.filter((r) => r.field !== 'accepts');
        delete d.defaultAccepts;
      }
      const cue = sec.sentences.map((s) => stageOf(s)).find((c) => c !== undefined);
      if (cue?.condition) d.condition = cue.condition;
      else if (cue) d.stage = cue.stage;
      d.fromHeading = true;
      d.reasons.push({ text: 'read from a heading that names the document and the paragraph under it, not from a sentence that lists it' });
    }
    this.drafts.push(...got);
  }
}

/** A document named by a heading and the paragraph under it. */
interface HeadingSection {
  kind: ItemKind;
  title: string;
  sentences: string[];
}

/** Words that say the document under the heading is asked for ("Two academic references required", "8000 characters max."). */
const SECTION_ASKS = /\b(?:required|requested|mandatory|compulsory|needed|expected)\b|\b(?:should|must|shall|will need to|needs? to)\s+(?:(?:be|also|not|briefly|clearly)\s+)*(?:discuss|describe|include|outline|address|explain|present|summari[sz]e|highlight|demonstrate|detail|state|cover|contain|indicate|set out|submitted|sent|uploaded|attached|included|provided|written|signed|exceed|no (?:more|longer) than)\b|\b(?:write|upload|submit|attach|send|provide|prepare) (?:your|a|an|the|two|three)\b/iu;

/** A sentence under a document's heading that asks for it: a request that names no other document, or a stated limit. */
function sectionAsks(s: string, kind: ItemKind): boolean {
  const hits = findKindMentions(s);
  if (hits.some((h) => h.kind !== kind && !h.guess)) return false;
  return test(SECTION_ASKS, s) || findLimits(s).some((l) => l.cue);
}

/**
 * Sentences that name documents but ask the applicant for none: a duty of the job ("You will prepare a data
 * management plan for the project"), a mailing list's own footer ("Send a CV and a cover letter to the list admin to
 * subscribe to the jobs digest").
 */
const NOT_A_REQUEST: readonly RegExp[] = [
  /^(?:(?:in this (?:role|position|post),?\s+)?(?:you|the (?:successful )?(?:candidate|applicant|postholder|post-holder|appointee|fellow|postdoc|researcher|student)|he or she|she or he)) will (?!(?:(?:also|then|therefore|further|additionally|not|first)\s+)*(?:need|be|have|require|receive|get|find|submit|send|upload|attach|enclose|include|email|e-mail|forward|mail|provide|supply|share)\b)\p{L}+/iu,
  /\b(?:to (?:un)?subscribe|(?:un)?subscribe to|list admin(?:istrator)?|list owner|list moderator)\b/iu,
  // "Independent scientific work with the aim to submit a dissertation", "mit dem Ziel, eine Dissertation einzureichen": the job's goal.
  /\b(?:with the (?:aim|goal|objective|purpose|intention) (?:of|to)|aim(?:ing|ed|s)? (?:at|to)|in order to|so as to|leading to)\s+(?:(?:write|writing|complete|completing|prepare|preparing|finish|finishing|submit|submitting|defend|defending|and|the|submission|completion|of)\s+)+(?:a|an|the|your|their|one's|his or her)?\s*(?:(?:phd|doctoral|final)\s+)?(?:thesis|dissertation)\b|\b(?:mit dem|zum) ziel\b,?\s+(?:\p{L}+\s+){0,4}?(?:dissertation|doktorarbeit|promotion)\b/iu,
  // "Our PhD studentships cover UCL tuition fees ... and include ... a travel budget": what the post offers, not what to send.
  /^(?!(?:[\p{L}'’-]+\s+){0,4}?(?:applications?|applicants?|candidates?|submissions?|dossiers?|proposals?|bewerbung\p{L}*)\b)(?:(?:the|our|this|these|each|every|all)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:studentships?|scholarships?|fellowships?|positions?|posts?|grants?|awards?|bursar(?:y|ies)|stipends?|funding|contracts?|appointments?)\s+(?:(?:also|will|each|typically|generally|fully|additionally)\s+)*(?:covers?|includes?|offers?|provides?|comes? with|pays?|funds?)\b/iu,
  // "Students are expected to submit their thesis within the four year funded period": the degree's duty, not the application's.
  /\b(?:submit|complete|defend|finish|hand in)\s+(?:their|his or her|his|her|the|your)\s+(?:(?:phd|doctoral|final)\s+)?(?:thesis|dissertation)\s+(?:with)?in\s+(?:the\s+)?(?:\p{L}+[\s-]+){0,3}(?:period|years?|months|studentship|programme|program|contract|fellowship)\b|\b(?:dissertation|doktorarbeit|promotion)\s+(?:\p{L}+\s+){0,3}innerhalb\s+(?:von|der|des)\b|\bproefschrift\s+(?:\p{L}+\s+){0,3}binnen\b|\bavhandling(?:en)?\s+(?:\p{L}+\s+){0,3}inom\b|\bsoutenir\s+(?:sa|leur|la)\s+thèse\s+(?:dans un délai de|en|avant la fin)\b/iu,
];

/**
 * "Note: The application form asks for the name of each person writing a recommendation": what the form's fields ask,
 * not a document to send (the referees are asked for on their own).
 */
const FORM_ASKS =
  /^(?:(?:\*\s*)?(?:note|nb|n\.b\.|please note|important|hinweis|opmerking|let op|obs|huom|remarque)\s*[:,]?\s*)?(?:(?:the|this|our|your)\s+(?:online\s+|electronic\s+|web\s+)?(?:application\s+|registration\s+)?(?:form|portal|system)\s+(?:(?:also|will|then|further)\s+)*(?:asks?|requests?|requires?|prompts?|collects?)(?:\s+you)?(?:\s+for|\s+to\s+(?:provide|give|enter|list|name))?|(?:das|im)\s+(?:online-?)?(?:bewerbungs)?formular\s+(?:fragt|verlangt)(?:\s+nach)?|het\s+(?:aanvraag|sollicitatie|aanmeld)?formulier\s+vraagt\s+(?:naar|om)|(?:ansöknings)?formuläret\s+(?:frågar efter|efterfrågar|kräver)|le\s+formulaire\s+(?:de candidature\s+)?(?:demande|requiert))\s+(?:the\s+|your\s+|den\s+|die\s+|de\s+|le\s+|les\s+)?(?:full\s+)?(?:names?|contact\s+(?:details|information)|e-?mail(?:\s+address(?:es)?)?|namen|kontaktdaten|naam|namen|contactgegevens|namn|kontaktuppgifter|noms?|coordonnées)\b/iu;

/** A sentence that names documents but asks the applicant for none: a duty of the job, a mailing list's footer, a form's fields. */
export function notARequest(sentence: string): boolean {
  return NOT_A_REQUEST.some((re) => re.test(sentence)) || FORM_ASKS.test(sentence);
}

/** "STEP 3:", "Schritt 2:", "Étape 1 :": an entry that is a step of the procedure, not a document. */
const STEP_LABEL = /^(?:step|schritt|stap|steg|vaihe|étape|etape|paso|passo|fase|krok|krak)\s*\d{1,2}\s*[:.)]\s*/iu;

/** A list entry whose kind is not recognized, as an `other` item titled by its first clause. */
function unknownEntry(unit: string, s: string, ctx: UnitContext): Draft {
  // "MUUT (mahdolliset muut ... liitteet)", "SELVITYS – ..., mikäli sitä ei ole vielä toimitettu": a label's stage is in what describes it.
  const described = unit !== s && s.startsWith(unit) && /^\p{Lu}{4,}(?:[ -]\p{Lu}{2,})*$/u.test(unit) ? s.slice(unit.length) : '';
  const cue = laterStill(stageOf(unit) ?? (described ? stageOf(described) : undefined), ctx) ?? ctx.stage;
  const title = entryTitle(afterLabel(unit, cue?.condition));
  // "LAUSUNTO – Hakijan tulee pyytää lausunnonantajaa täyttämään ... lausuntolomake": a statement its writer sends is a reference.
  const byReferees = described !== '' && testAny(P.SENT_BY_REFEREES, described);
  const kind: ItemKind = byReferees ? 'references' : 'other';
  const d: Draft = {
    kind,
    title,
    stage: cue?.stage ?? 'required',
    ...(cue?.condition ? { condition: cue.condition } : {}),
    accepts: formsOf(kind, s).accepts,
    defaultAccepts: formsOf(kind, s).defaulted === true,
    source: s,
    reasons: [byReferees ? { field: 'kind', text: 'read as references because the posting says someone else fills in or sends this document' } : { field: 'kind', text: 'the kind of this list entry is not recognized' }],
    group: ctx.group as number,
  };
  for (const l of findLimits(s)) {
    const field = limitField(l);
    if (d[field] !== undefined || isPacketLimit(s, l)) continue;
    d[field] = l.value;
    if (!l.cue) d.reasons.push({ field, text: `"${s.slice(l.index, l.end)}" read as a limit` });
  }
  // "Up to ten top scientific publications": the entry's own count, though its kind is unknown (not "One copy of ...").
  const lead = LEADING_COUNT.exec(title);
  const count = lead ? findCount(lead[0], '', '') : undefined;
  if (count && (lead?.[1] !== undefined || (count.min ?? 0) > 1)) Object.assign(d, count);
  return d;
}

/** A count that opens a list entry ("Up to ten ...", "Three samples of ..."), its cue in group 1. */
const LEADING_COUNT = new RegExp(`^(up to |at most |no more than |a maximum of |maximum of |max\\.? |at least |a minimum of |minimum of |min\\.? )?(?:\\d{1,2}|${Object.keys(P.NUMBER_WORDS).join('|')})(?= (?!(?:pages?|words?|characters?|copies|mb)\\b)\\p{L})`, 'iu');

/** A list entry that opens with a case ending in a colon ("If the thesis is not finished:", "Si le mémoire n'est pas terminé :"). */
const CASE_LABEL = /^((?:if|si|falls|wenn|sofern|om|ifall|hvis|dersom|jos|mikäli|se|qualora|als|indien|in case|en caso de que|dans le cas où|au cas où)\b[^:]{2,80}?)\s*:\s+(?=\S)/iu;

/** A case on a document's language before a translation ("If your diploma is not in English,", "Falls das Zeugnis nicht in deutscher ... Sprache ausgestellt ist,"). */
const LANGUAGE_CASE =
  /^\s*(?:if|where|when|should|falls|wenn|sofern|soweit|si|lorsque|als|indien|wanneer|om|ifall|hvis|dersom|jos|mikäli|se|qualora|nel caso|in case|en caso de que|caso)\b[^.;]*\b(?:not|nicht|pas|niet|inte|ikke|ei|non|no|não|other than|andere[nr]?|autre|anders|annat|muu)\b[^.;]*\b(?:english|german|french|dutch|swedish|norwegian|danish|finnish|spanish|italian|deutsch\p{L}*|englisch\p{L}*|französisch\p{L}*|anglais\p{L}*|français\p{L}*|allemand\p{L}*|engels\p{L}*|nederlands\p{L}*|duits\p{L}*|engelsk\p{L}*|svensk\p{L}*|norsk\p{L}*|dansk\p{L}*|englanni\p{L}*|suome\p{L}*|ruotsi\p{L}*|inglese|italiano|inglés|español|castellano|language|sprache|langue|taal|språk|sprog|kiel\p{L}*|lingua|idioma)\b/iu;

/** `source` as the posting words it: the words a blanked sentence in `masked` hid are put back (a blank keeps their length). */
function unmask(source: string, masked: Map<string, string>): string {
  if (!/ {2}/u.test(source)) return source;
  for (const [rest, s] of masked) {
    const at = rest.indexOf(source);
    if (at !== -1) return s.slice(at, at + source.length);
  }
  return source;
}

/**
 * An entry whose last clause refuses a document of its own ("a letter of invitation from the foreign host, if the work
 * is done abroad; suosituskirjeitä ei saa liittää hakemukseen"): the refusal and the rest are read apart, so that the
 * rest's condition never turns the refusal into a request. Nothing when the refusal is only for now.
 */
function refusedTail(s: string): { rest: string; refused: string } | undefined {
  const cut = s.lastIndexOf(';');
  if (cut < 0) return undefined;
  const rest = s.slice(0, cut).trim();
  const refused = s.slice(cut + 1).trim();
  if (!/\p{L}{2}/u.test(rest) || !isNotWanted(refused) || notYet(s)) return undefined;
  return findKindMentions(refused).length > 0 || test(P.UNWANTED_OBJECTS, refused) ? { rest, refused } : undefined;
}

/**
 * The refusal is of the item's kind: both cannot hold. Letters refused beside referees' contacts asked for are no
 * such pair ("Names of three referees; do not include letters").
 */
export function refusesListed(n: NotWantedDraft, d: Draft): boolean {
  return n.kind !== 'other' && d.kind === n.kind && !(d.kind === 'references' && !d.accepts.includes('letter'));
}

/**
 * The sentence without a clause that refuses only documents beyond those asked for ("..., no se aceptarán otras cartas
 * de recomendación (BC_recac.pdf)"), and the kind that clause names; undefined when it has no such clause, an empty
 * rest when the sentence is that clause and no more.
 */
function othersRefused(s: string): { rest: string; kind?: ItemKind } | undefined {
  for (const m of s.matchAll(/[^,;(]+/gu)) {
    const clause = m[0];
    if (!testAny(P.NOT_WANTED_CUES, clause) || !refusesOthersOnly(clause)) continue;
    const rest = `${s.slice(0, m.index)} ${s.slice(m.index + clause.length)}`.replace(/\s*,\s*(?=[\s(]|$)|\s+/gu, ' ').trim();
    if (!/\p{L}{2}/u.test(rest.replace(/\([^)]*\)?/gu, ''))) return { rest: '' };
    const kind = findKindMentions(clause)[0]?.kind;
    return { rest, ...(kind ? { kind } : {}) };
  }
  return undefined;
}

/** An entry read as a document of no known kind that the clause after it names the kind of ("... no other letters"). */
function ofKind(d: Draft, kind: ItemKind, s: string): void {
  const forms = formsOf(kind, s);
  d.kind = kind;
  d.accepts = forms.accepts;
  d.defaultAccepts = forms.defaulted === true;
  d.source = s;
  d.reasons = [...d.reasons.filter((r) => r.field !== 'kind'), ...(forms.reason ? [{ field: 'accepts', text: forms.reason }] : [])];
}

/** Bare papers: "publications", "Publikationen", "publicaties", "publikationer", "julkaisuja". */
const BARE_PAPERS = /(?<![\p{L}] of (?:your |the |selected )?|\blist of )\b(?:publications|papers|reprints|publikationen|veröffentlichungen|publicaties|publikationer|julkaisu(?:t|ja)|articles)\b/iu;

/** "noch keine", "nog geen", "inte ännu", "pas encore": not yet, said before what is refused for now. */
const NOT_YET_WORDS = /\b(?:not yet|noch (?:keine|nicht)|nog (?:geen|niet)|(?:inte|ej) ännu|ännu (?:inte|ej)|pas encore|ei vielä|todavía no|non ancora)\b/iu;

/**
 * "Please do not send publications or degree certificates at this stage; these will be requested from shortlisted
 * candidates": the applicant's papers refused only for now are asked for later. Copies of papers are writing samples,
 * a guess, marked. Nothing when the sentence names papers in words of a kind already read.
 */
function laterPapers(s: string, got: Draft[]): Omit<Draft, 'group'> | undefined {
  if (got.some((d) => d.kind === 'writing_sample' || d.kind === 'publication_list')) return undefined;
  const m = BARE_PAPERS.exec(s);
  if (!m || !(notYet(s, m.index) || (NOT_YET_WORDS.test(s.slice(0, m.index)) && testAny(P.LATER_CUES, s)))) return undefined;
  return {
    kind: 'writing_sample',
    title: m[0].charAt(0).toUpperCase() + m[0].slice(1),
    stage: 'later',
    accepts: ['file'],
    defaultAccepts: true,
    source: s,
    reasons: [{ field: 'kind', text: `the kind (writing_sample) is guessed from "${m[0]}": copies of papers; it could be the list of publications` }],
  };
}

/** "Letters are not required at this stage", in the languages read: asked for later is asked for. */
const LATER_ASKED =
  /\b(?:required|requested|needed|asked for|necessary|due|erforderlich|notwendig|nötig|benötigt|gefordert|verlangt|demandée?s?|requise?s?|nécessaires?|exigée?s?|richiest[aeio]|necessari[aeio]|necessári[ao]s?|exigid[ao]s?|solicitad[ao]s?|requerid[ao]s?|wymagan\p{L}*|potrzebn\p{L}*|nødvendig\p{L}*|påkrevd|påkrævet|nodig|vereist|gevraagd|opgevraagd|angefordert|nachgefordert|eingefordert)\b/u;

/**
 * A not-wanted cue whose object comes before it: "Letters are not needed", "Empfehlungsschreiben sind nicht
 * erforderlich", "Les lettres ne sont pas demandées", "Aanbevelingsbrieven zijn niet nodig", "Fotot ei ole vaja lisada".
 */
const PASSIVE_CUE =
  /\b(?:is|are|be|been|was|were)\s+(?:not\s+)?\p{L}+$|(?:[^e]ed|ing)$|\b(?:erforderlich|notwendig|nötig|benötigt|gewünscht|erwünscht|verlangt|gefordert|angenommen|akzeptiert|entgegengenommen|beizufügen|einzureichen|nécessaires?|demandée?s?|requise?s?|exigée?s?|souhaitée?s?|acceptée?s?|examinée?s?|lue?s?|necessari[aeio]|necesari[oa]s?|requerid[oa]s?|richiest[aeio]|aceit[ao]s|aceites|exigid[ao]s?|wymagan\p{L}*|potrzebn\p{L}*|vaja|tarvis|nõutav|nõutud|nødvendig|nodig|vereist|gewenst|(?:behövs|krävs|erfordras|önskas) inte|ei (?:(?:saa|tule|pidä|tarvitse) )?\p{L}+|(?:ska|skall|bör|behöver|skal) (?:inte|ej|ikke) \p{L}+s|(?:debe|deben) \p{L}+se|niet (?:meesturen|toevoegen|bijvoegen)|verzichten wir(?: \p{L}+)?|verzichtet|zu verzichten|nicht (?:einreichen|senden|schicken|zusenden|beifügen|beilegen|hochladen|mitschicken))$/iu;

/** Words before a document that what is refused would go in: "in the portfolio", "im Lebenslauf", "in uw cv", "dans le CV". */
const CONTAINER_BEFORE =
  /(?<![\p{L}])(?:in|into|within|inside|im|ins|in (?:der|dem|den|ihrem|ihren|ihrer)|dans|i)\s+(?:the |your |this |their |a |an |het |de |uw |je |le |la |les |l'|votre |ditt |din |dina )?$/iu;

/** "the following material", "les documents suivants", "folgende Unterlagen": words that point at a list, not a document. */
const POINTS_AT_LIST = /^(?:\p{L}+\s+){0,2}(?:following|below|suivant\p{L}*|folgende\p{L}*|nachstehende\p{L}*|volgende|onderstaande|följande|nedanstående|seuraav\p{L}*|siguientes?|seguenti|seguintes?)\b(?:\s+\p{L}+){0,2}$/iu;

/** "in place of", "anstelle", "au lieu de", "in plaats van": what follows is the document the refused one would replace. */
const IN_PLACE_OF =
  /\b(?:in place of|instead of|in lieu of|as a substitute for|as a replacement for|(?:an)?statt|anstelle|an stelle|au lieu d[eu']|à la place d[eu']|en lieu et place d[eu']|i ställ?et för|istället för|in plaats van|en lugar de|en vez de|invece di|al posto di)\s+(?:(?:von|eines|einer|des|der|dem|la|le|les|l'|un|une|ett|en|het|een|de|el|los|las|del|il|lo|gli|the|an?|your|any|our)\s+)*(?:[\p{L}-]+\s+){0,3}$/iu;

/**
 * A document named as what the refused one would stand in for, after a refusal cue in its clause: "A course list
 * will not be accepted in place of an official transcript", "... nicht anstelle eines amtlichen Zeugnisses", or
 * before Finnish "sijaan" ("virallisen opintorekisteriotteen sijaan"). That document is the one wanted.
 */
function standsInFor(s: string, h: { start: number; end: number }, cueAt: number): boolean {
  if (cueAt < 0 || h.start < cueAt) return false;
  const before = s.slice(cueAt, h.start);
  return (IN_PLACE_OF.test(before) && !/[,;.:]/u.test(before.slice(-40))) || /^\s+sijaan\b/iu.test(s.slice(h.end));
}

/** A question whether one can do without a document ("... considered even without a letter?", "Kann ich mich ohne ... bewerben?"). */
const GOES_WITHOUT = /\b(?:without|ohne|zonder|utan|uten|uden|ilman|sans|sin|senza|in the absence of|if i (?:do not|don't|cannot|can't) (?:have|send|submit|provide|get|obtain))\b/iu;

/**
 * The sentence refuses a way of sending ("We will not accept email applications", "Bewerbungen per E-Mail werden nicht
 * berücksichtigt"): a rule on how to apply, for the notes.
 */
export function refusesWayOfSending(s: string): boolean {
  return test(P.SENDING_WAYS, s) && (testAny(P.NOT_WANTED_CUES, s) || test(P.SENDING_REFUSED, s));
}

/** A paper refused by a passive cue after it, its article and verb left out: "Scholarship documentation is", "Ein Stipendiennachweis ist", "El certificado de beca". */
const REFUSED_PAPER_BEFORE =
  /^\s*(?:(?:a|an|the|any|ein|eine|einen|der|die|das|un|une|le|la|les|el|los|las)\s+)?((?:[\p{L}'-]+\s+){0,3}?[\p{L}'-]*(?:documentation|documents?|certificates?|proofs?|evidence|paperwork|forms?|copies|copy|originals?|originale|originaux|nachweis(?:e|en)?|bescheinigung(?:en)?|unterlagen|bestätigung(?:en)?|justificatifs?|attestations?|certificats?|pièces?|documentos?|documentación|documentacion|certificados?|constancias?|comprobantes?|justificantes?)(?:\s+(?:of|de|du|des|der|für)\s+[\p{L}'-]+){0,2})\s*(?:(?:is|are|ist|sind|wird|werden|es|son)\s*)?$/iu;

/** What a sentence that asks applicants not to send something names, added to `notWanted`. */
function addNotWanted(notWanted: NotWantedDraft[], s: string): void {
  // What follows the cue is what is not wanted ("Website - NOTE: We are not asking for work samples").
  let cueEnd = -1;
  // Where the clause holding a passive cue ends: "Letters ... are not needed; we will contact the referees" refuses the letters.
  let passiveEnd = s.length;
  const at = s.split(/;\s*|,\s*but\s+/).reduce((found, clause) => {
    if (found >= 0) return found;
    const m = P.NOT_WANTED_CUES.map((re) => g(re).exec(clause)).find((x) => x !== null);
    // A passive cue ("are not accepted") has what it is about before it.
    // "No es necesario el certificado de beca": a passive cue that opens the sentence has what it is about after it.
    if (m && (!test(PASSIVE_CUE, m[0]) || s.indexOf(clause) + m.index === 0)) cueEnd = s.indexOf(clause) + m.index + m[0].length;
    else if (m) passiveEnd = s.indexOf(clause) + clause.length;
    return m ? s.indexOf(clause) + m.index : -1;
  }, -1);
  const from = Math.max(0, at);
  // "A screenshot of your grades will not be accepted in place of an official transcript": the substitute is what is
  // refused, in its own words, and no kind: it is a form of the wanted document, not another one.
  const subject = cueEnd < 0 && at > 0 ? s.slice(0, at).trim() : '';
  const substitute = subject !== '' && subject.split(/\s+/).length <= 10 && findKindMentions(s).some((h) => standsInFor(s, h, at));
  if (substitute) notWanted.push({ kind: 'other', what: subject.replace(/^(?:an?|the|any|your)\s+/iu, ''), source: s });
  // "We are not asking for work samples": after the cue; "Letters are not needed": before it, when nothing is after.
  // A document the refused thing goes in is not refused ("Projects ... should not be included in the portfolio").
  // What the refused thing would stand in for is wanted ("A screenshot will not be accepted in place of an official transcript").
  // "Do not send photos or other letters": the letters beyond those asked for are no refused kind.
  const mentions = findKindMentions(s);
  const inClause = mentions.filter((h) => h.start < passiveEnd);
  const all = (inClause.length > 0 ? inClause : mentions).filter((h) => !CONTAINER_BEFORE.test(s.slice(Math.max(0, h.start - 30), h.start)) && !standsInFor(s, h, at) && !(substitute && h.start < at) && !beyondAsked(s, h));
  const after = all.filter((h) => h.start >= from);
  // "We will contact the referees ourselves; do not include letters": an active cue's object is after it, never before.
  const hits = /\?\s*$/.test(s) || (after.length === 0 && cueEnd < 0) ? all : after;
  const seen = new Set<string>();
  // In the sentence's order, the refused kinds and the refused photos alike ("No photographs or copies of passports").
  const found: { at: number; draft: NotWantedDraft }[] = [];
  for (const h of hits) {
    if (seen.has(h.kind)) continue;
    seen.add(h.kind);
    // "... do not include teaching evaluations": evidence of teaching, not the teaching statement a posting may ask for.
    // "do not include high school transcripts": the words between the cue and the document narrow what is refused.
    const narrow = cueEnd >= 0 && h.start > cueEnd ? /^\s*(?:(?:any|your|the)\s+)?((?:[\p{L}-]+\s+){1,3})$/iu.exec(s.slice(cueEnd, h.start))?.[1] : undefined;
    // Not articles or joining words ("auf ein Bewerbungsfoto", "photographs or copies of passports"): those narrow nothing.
    const qualifier = narrow !== undefined && !/(?<![\p{L}-])(?:a|an|send|submit|include|upload|attach|provide|us|more|other|additional|separate|extra|further|or|and|nor|oder|und|noch|ou|et|ni|of|en|och|eller|o|y|e|ein|eine|einen|einer|eines|der|die|das|den|dem|des|le|la|les|un|une|de|du|een|het|ett|el|los|las|il|lo|gli|uno|una)(?![\p{L}-])/iu.test(narrow) ? narrow : '';
    const what = qualifier + s.slice(h.start, h.end);
    found.push({ at: h.start, draft: { kind: h.kind === 'teaching_statement' && TEACHING_EVIDENCE.test(what) ? 'other' : h.kind, what, source: s } });
  }
  // Photos and passport copies are no item kind but what postings most often refuse ("... publications or a
  // photograph"): after an active cue, anywhere in the sentence for a passive one ("Photos are not required").
  const scanFrom = cueEnd < 0 ? 0 : from;
  let objects = 0;
  for (const o of s.slice(scanFrom).matchAll(g(P.UNWANTED_OBJECTS))) {
    const start = scanFrom + o.index;
    if (all.some((h) => start < h.end && start + o[0].length > h.start)) continue;
    found.push({ at: start, draft: { kind: 'other', what: o[0], source: s } });
    objects += 1;
  }
  // "Please do not send publications or letters of reference": bare papers after an active cue are copies of them, refused.
  const papers = cueEnd >= 0 ? g(P.UNWANTED_PAPERS).exec(s.slice(cueEnd)) : null;
  const papersAt = papers ? cueEnd + papers.index : -1;
  if (papers && !seen.has('writing_sample') && !mentions.some((h) => papersAt < h.end && papersAt + papers[0].length > h.start) && !/\b(?:list|lists|liste|lista)\s+(?:of|der|över|over)\s+(?:\p{L}+\s+)?$/iu.test(s.slice(0, papersAt))) {
    found.push({ at: papersAt, draft: { kind: 'writing_sample', what: papers[0], source: s } });
    objects += 1;
  }
  notWanted.push(...found.sort((a, b) => a.at - b.at).map((f) => f.draft));
  if (hits.length > 0 || objects > 0 || substitute) return;
  const m = /\b(?:send|submit|include|upload|attach|enclose|provide|sending|submitting|including|uploading|attaching|enclosing|require|accept|accepting|asking for)\s+(?:us )?((?:any |your |the |a |an |stand-alone )*[\p{L}][\p{L} /-]{2,40}?)(?=[,.;:(?]|\s+(?:to|with|in|for|or|and|as|if|unless|at|by|from|that|which)\b|$)/iu.exec(s.slice(from));
  // "No envíe fotografías", "Send ikke kopier af ...": in any language, the words right after the cue.
  const next = m || cueEnd < 0 ? undefined : /^\s*((?:(?!(?:to|with|in|for|or|and|as|if|unless|at|by|from|that|which|a|al|en|con|por|para|til|på|med|per|di|da|com)\b)[\p{L}][\p{L}'-]*\s*){1,5})/iu.exec(s.slice(cueEnd));
  // "Scholarship documentation is not required", "Ein Stipendiennachweis ist nicht erforderlich": a passive cue's
  // subject, when it names a piece of paper, is what is refused; any other subject ("Experience is not required") is not.
  // Only when the cue ends the sentence: "Certified copies are not required at the time of submission" asks for plain ones.
  const cueLast = P.NOT_WANTED_CUES.map((re) => g(re).exec(s)).find((x) => x !== null);
  const subjectWords = m || next || !cueLast || !/^[\s.!)]*$/u.test(s.slice(cueLast.index + cueLast[0].length)) ? undefined : REFUSED_PAPER_BEFORE.exec(subject.split(/[,;:(]/u).pop() ?? '')?.[1];
  // "(no letters required)": the cue's last word after what it refuses.
  const what = (m?.[1] ?? subjectWords ?? next?.[1]?.replace(/\s+(?:(?:are|is)\s+)?(?:required|needed|necessary|requested|wanted)\s*$|\s+(?:angenommen|akzeptiert|entgegengenommen|benötigt|gewünscht|erwünscht|erwartet|verlangt|gefordert|beizufügen|einzureichen)\s*$/iu, '').replace(/^(?:(?:los|las|el|la|les|els|os|as|o|a|il|gli|lo|le|de|des|du|der|die|das|den|det|de|any|your|the|sus|su|seu|seus|vos|votre|vores|dine|ditt)\s+)+/iu, ''))?.trim();
  // An object that names no document ("a copy", "both confirmations") says nothing about what to leave out, unless
  // it stands for one named before ("This section replaces your personal statement, so do not upload a separate
  // document"); "applications received after ..." is a rule about applying, not a document; "the following
  // material" points at a list, whose entries say what.
  if (!what || /^(?:(?:a|an|the|any|your|both|either|all|separate|additional|extra|further|other)\s+)*(?:cop(?:y|ies)|it|them|one|both\b.*|anything|documents?|files?)$/iu.test(what) || POINTS_AT_LIST.test(what) || refusesOthersOnly(s)) {
    if (/\b(?:replaces?|replaced|instead of|in place of|in lieu of|takes? the place of)\b/iu.test(s)) {
      for (const h of all.filter((x, i) => all.findIndex((y) => y.kind === x.kind) === i)) notWanted.push({ kind: h.kind, what: s.slice(h.start, h.end), source: s });
    }
    return;
  }
  // "We will not accept email applications": a way of sending is refused, not a document; `importPosting` keeps it in the notes.
  if (refusesWayOfSending(s)) return;
  // "Do not send it now", "No se admitirán solicitudes que ...": a pronoun or the application itself names no document.
  if (/^(?:(?:any|late|incomplete|e-?mailed|mailed|paper|unvollständige[n]?|verspätete[n]?)\s+)*(?:applications?|solicitud(?:es)?|candidaturas?|bewerbung(?:en)?|sollicitaties?|aanvragen|ans[oö]kning(?:ar|an)?|hakemu(?:s|kset|ksia)|dossiers?|domande|s[oø]knad(?:er)?|ans[oø]gning(?:er)?)\b/iu.test(what)) return;
  if (/^(?:it|them|this|these|those|that|they|es|sie|ihn|het|ze|dit|dat|le|la|les|cela|ceci|lo|los|las|det|den|dem|sitä|niitä|tätä|before|after|until|till|now|yet|later|again|anything|everything|more)\b/iu.test(what)) return;
  // "do not include any information prior to your university studies": what goes in a document, not a document.
  if (/^(?:(?:any|personal|other|irrelevant|unnecessary|such|more|additional|further|private|sensitive)\s+)*(?:information|details|data|content|contents|text|remarks|comments|explanations?|angaben|informationen|daten|gegevens|informatie|uppgifter|information|tietoja|informations|données|información|datos|informazioni|dati)\b/iu.test(what)) return;
  // "Bitte verzichten Sie auf persönliche Nachfragen", "please do not phone": asking after the application, no document.
  if (/^(?:(?:any|personal|telephone|phone|further|persönliche[nr]?|telefonische[nr]?|weitere[nr]?)\s+)*(?:inquiries|enquiries|queries|(?:phone |telephone )?calls|visits|(?:nach|rück|an)fragen|anrufe?n?|besuche?n?)\b/iu.test(what)) return;
  // "Do not attach publications/papers", "examples of my work": copies of papers are writing samples.
  const kind = /\b(?:publications|papers|articles|reprints|examples? of (?:my|your) work|work samples?|samples? of (?:my|your) work)\b/iu.test(what)
    ? 'writing_sample'
    : /^(?:(?:any|the|your)\s+)?(?:(?:reference|recommendation|support)\s+)?letters?\b/iu.test(what)
      ? 'references'
      : 'other';
  // No known document or object was named: the words after the cue are a guess at what is refused.
  const review = `"${what}" is guessed from the words of this sentence, which names no document the importer knows: check that the posting asks not to send it, and delete the entry if not`;
  notWanted.push({ kind, what, source: s, ...(kind === 'other' ? { review } : {}) });
}

/**
 * How a pointer names a list entry no item was read from: its first clause, at most eight words.
 *
 * @example
 * entryName('Solicitud de beca debidamente llenada y firmada (BC_solbec.pdf)') // 'Solicitud de beca debidamente llenada y firmada'
 */
export function entryName(s: string): string {
  const words = entryTitle(s).split(' ');
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : words.join(' ');
}

/** "Ohjaaja toimittaa lausuntonsa", "Suosittelijat lähettävät suosituskirjeensä": the writer and the sending verb. */
const FINNISH_SENDER = /^(\p{L}*?(?:ohjaaja|suosittelija|lausunnonantaja|kirjoittaja|professori))\p{L}* (?:itse )?(?:toimittaa|lähettää|toimittavat|lähettävät|lataa|lataavat) (?:itse )?(?:\p{L}+ )?(lausun|suositu)/iu;

/** A title read from a sentence on who sends the letters, as the letters' name ("Ohjaajan lausunto", not "Ohjaaja toimittaa lausuntonsa ..."). */
function senderTitle(title: string): string {
  const m = FINNISH_SENDER.exec(title);
  if (!m?.[1] || !m[2]) return title;
  const name = `${m[1].toLowerCase()}n ${m[2].toLowerCase() === 'lausun' ? 'lausunto' : 'suositus'}`;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** An "also" word between the condition and the colon ("For applicants from outside the EU additionally:"). */
const ALSO_LEAD = new RegExp(`^,?\\s+(?:${P.ALSO_WORDS})(?=\\s*[:,])`, 'iu');

/**
 * "Non-EU applicants: a copy of the residence permit", "En el caso de solicitantes extranjeros, copia del pasaporte":
 * the entry past the condition put first, which names who is asked and not the document.
 */
function afterLabel(unit: string, condition: string | undefined): string {
  if (!condition) return unit;
  const at = unit.indexOf(condition);
  if (at < 0 || unit.slice(0, at).trim() !== '') return unit;
  // "For applicants from outside the EU additionally: proof of health insurance": the "also" word left the condition.
  const rest = /^\s*[:,]\s*(.{2,})$/su.exec(unit.slice(at + condition.length).replace(ALSO_LEAD, ''));
  return rest?.[1]?.replace(/^(?:an?|the|un|una|unos|unas|ein|eine|einen|une|des|uno)\s+/iu, '') ?? unit;
}

/** The title of an entry the importer cannot classify: its first clause, without a trailing colon or limit. */
function entryTitle(s: string): string {
  const t = s
    .replace(/\s*\([^)]*\)?/g, ' ')
    .split(/\s*(?:[:;|：；，,]|,\s|\s-\s|\s\u2013\s)\s*/u)[0]
    ?.replace(/[.;,:。；，：》」』]+$/u, '')
    .replace(/^[《「『]+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  const title = t && t.length >= 2 ? t : s.replace(/[.;,:]+$/, '');
  return (title.charAt(0).toUpperCase() + title.slice(1)).slice(0, 80);
}

function dedupeNotWanted(list: NotWantedDraft[]): NotWantedDraft[] {
  const out: NotWantedDraft[] = [];
  for (const n of list) if (!out.some((o) => o.kind === n.kind && o.source === n.source && o.what === n.what)) out.push(n);
  return out;
}

/** Same kind named twice ("two letters ..." then "Letters should be sent by the referees"): one item. */
const LIMIT_KEYS = ['max_pages', 'max_pages_each', 'max_words', 'max_chars', 'max_mb'] as const;

/**
 * The counts or limits `from` states that `into` does not. A count that contradicts the other one ("at least three
 * references" and "up to two ... letters") is not taken: `min` above `max` is no profile; the item is marked instead.
 */
function fillMissing(into: Draft, from: Draft, keys: readonly ('min' | 'max' | (typeof LIMIT_KEYS)[number])[]): void {
  for (const k of keys) {
    if (into[k] !== undefined || from[k] === undefined) continue;
    const min = k === 'min' ? from.min : into.min;
    const max = k === 'max' ? from.max : into.max;
    if ((k === 'min' || k === 'max') && min !== undefined && max !== undefined && min > max) {
      into.reasons.push({ field: k, text: `the posting also gives another count for it ("${from.source}"), which does not fit this one; check how many it asks for` });
      continue;
    }
    into[k] = from[k];
    // The doubt about a value goes with it ("... once for 2 documents; check whether it caps each one").
    into.reasons.push(...from.reasons.filter((r) => r.field === k));
  }
}

/** "up to two additional letters", "weitere Gutachten": more of a kind already asked for, an item of its own. */
const ADDITIONAL_BEFORE = /(?<![\p{L}])(?:additional|further|extra|supplementary|weitere|zusätzliche|supplémentaires?|adicionales|ulteriori|ytterligare|yderligere|ekstra)\s+(?:\p{L}+\s+)?$/iu;

/** The draft asks for more of its kind ("Applicants may also submit up to two additional letters of recommendation"). */
function asksForMore(d: Draft): boolean {
  const at = d.source.toLowerCase().indexOf(d.title.toLowerCase());
  return at > 0 && ADDITIONAL_BEFORE.test(d.source.slice(0, at));
}

const ONE_PER_SENTENCE: ReadonlySet<ItemKind> = new Set(['references', 'cv']);
const INLINE_NUMBERS = /(?:^|[\s;,:])\(?(?:\d{1,2}|[a-h]|i{1,3}|iv|v|vi{1,3})\)\s/u;

/** The draft's count was guessed from a plural ("letters": at least 2), not stated. */
const guessedCount = (x: Draft): boolean => x.reasons.some((r) => r.field === 'min');

/** A numbered referee field of a form ("Referee 2 name and email", "Gutachter*in 2"). */
const NUMBERED_REFEREE = /^(?:referees?|references?|recommenders?|referents?|référents?|gutachter\p{L}*|referenzperson|referentie)\s*#?\s*([2-9])\b/iu;

/** Small English words: a list with them is the English one of two. */
const ENGLISH_WORDS = /\s(?:the|and|of|for|your|with|or|to|a|an|please)\s/iu;

/** Two lists in other words: under a third of the second's words are the first's (a recap in one language shares most). */
function translationOf(a: string, b: string): true | undefined {
  const words = (t: string): string[] => (t.toLowerCase().match(/\p{L}{3,}/gu) ?? []);
  const first = new Set(words(a));
  const second = words(b);
  return second.length > 0 && second.filter((w) => first.has(w)).length < second.length / 3 ? true : undefined;
}

function mergeDrafts(drafts: Draft[]): Draft[] {
  const items: Draft[] = [];
  for (const d of drafts) {
    const more = d.kind !== 'other' && asksForMore(d);
    // Two entries of one list are two items; a later-stage mention of a kind already asked for now is its own item.
    const same =
      d.kind === 'other'
        ? d.key !== undefined
          ? // "• podanie;" and "• podanie o przyznanie stypendium;": two entries of one list are two documents.
            items.find((x) => x.key === d.key && !(x.group !== undefined && x.group === d.group && x.fromList && d.fromList && x.source !== d.source && x.title.toLowerCase() !== d.title.toLowerCase()))
          : undefined
        : items.find(
            (x) =>
              x.kind === d.kind &&
              !more &&
              (d.stage === 'later') === (x.stage === 'later') &&
              // Two entries of one list are two items, unless the second is the first for some applicants only
              // ("Pour les titulaires d'autres diplômes, joindre une photocopie des diplômes").
              (!(x.group !== undefined && x.group === d.group) ||
                (d.condition !== undefined && x.condition === undefined && x.stage === 'required') ||
                // One sentence naming referees or a CV twice names one item ("References are not required ...; three reference
                // letters will be requested", "a CV (resume)"); not in a list written inline ("1) cover letter; ... 7) ...").
                (x.source === d.source && ONE_PER_SENTENCE.has(d.kind) && !d.fromList && !x.fromList && d.stage === x.stage && !INLINE_NUMBERS.test(d.source))),
          );
    // "The diploma shall be submitted at the latest when the employment begins", after a list that names it: the same
    // document, due by the start, so not with the application (not a second copy asked for later).
    const dueLater = d.kind !== 'other' && d.stage === 'later' && test(P.DUE_BY_START, d.source) ? items.find((x) => x.kind === d.kind && x.stage === 'required' && x.condition === undefined) : undefined;
    if (!same && dueLater) {
      dueLater.stage = 'later';
      dueLater.reasons.push({ field: 'stage', text: `due at the latest when the employment starts ("${d.source}"): not with the application` });
      continue;
    }
    // The same kind again in one list: a checklist that recaps the steps above it ("STEP 5: Check you have included:
    // ... Referee Reports"), or a second way to apply ("1. ... together with a CV; 2. ... by submitting a CV").
    const again = same || more || d.kind === 'other' ? undefined : items.find((x) => x.kind === d.kind && (d.stage === 'later') === (x.stage === 'later') && x.condition === d.condition && !NUMBERED_REFEREE.test(d.title) && !ofOtherDegrees(x, d) && !anotherOne(d));
    // "• TOEFL (score of 90 or above)" then "• IELTS (score of 6.5 or above)": two tests, either of which proves the language.
    if (again && ofOtherTests(again, d)) {
      again.title = `${again.title} or ${d.title}`;
      continue;
    }
    if (again && sameDocument(again, d)) {
      if (titleWords(d.title) > titleWords(again.title)) again.title = d.title;
      fillMissing(again, d, ['min', 'max', ...LIMIT_KEYS]);
      continue;
    }
    // Say what to do either way: a recap of one document, or two documents of one kind ("Research statement", "Summary of your research interests").
    if (again) d.reasons.push({ text: `"${d.title}" may be "${again.title}" named again ("${d.source}"), both read as ${d.kind}: if the posting names one document twice, delete this item; if it asks for two, keep both, and change this one's kind if it is no ${d.kind}` });
    if (!same) {
      items.push(d);
      continue;
    }
    // A count guessed from a plural gives way to one the posting states ("References ...; three reference letters").
    // (A lone "reference" is min 1 by default, no stated count.)
    if (guessedCount(same) && !guessedCount(d) && d.min !== undefined && d.min >= 2) {
      delete same.min;
      delete same.max;
      same.reasons = same.reasons.filter((r) => r.field !== 'min');
    }
    fillMissing(same, d, ['min', 'max', ...LIMIT_KEYS]);
    // A form's numbered fields "Referee 1 name and email", "Referee 2 name and email" count the referees.
    const nth = d.kind === 'references' ? NUMBERED_REFEREE.exec(d.title) : null;
    if (nth && Number(nth[1]) > (same.min ?? 0)) same.min = Number(nth[1]);
    if (same.stage !== d.stage) same.reasons.push({ field: 'stage', text: `also mentioned as ${d.stage}: "${d.source}"` });
    // "A CV and two letters must form part of the application. Letters are compulsory for external candidates.": asked
    // of all in one sentence, of some in another; which holds is for the reader to judge.
    else if (d.condition !== undefined && same.condition === undefined) same.reasons.push({ field: 'stage', text: `also asked of some applicants only (${d.condition}): "${d.source}"` });
  }
  return items;
}

/** Words a title starts with that do not make it another document ("Full CV", "the referee reports"). */
const TITLE_FILLER = /^(?:(?:a|an|the|your|one|full|complete|detailed|updated|current|recent|copy of|copies of|details of)\s+)+/iu;

/** A title up to what it says about sending ("CV to the programme officer", "Referee reports as detailed in ..."). */
function titleHead(title: string): string {
  const head = title.split(/\s+(?:to|for|by|from|with|via|as|in|on|at|within|including|according to)\s+|\s*[(:;,]/iu)[0] ?? title;
  return head.replace(/[.]+$/u, '').trim();
}

function titleWords(title: string): number {
  return titleHead(title).split(/\s+/u).length;
}

/** "ein weiteres Gutachten", "a letter from another referee", "a second writing sample": one more of the kind, on purpose. */
const ANOTHER_ONE = /\b(?:another|second|a second|zweite[nrs]?|deuxième|segund[oa]|second[oa]|andra|anden|andre|toinen)\s+(?:[\p{L}-]+\s+)?$/iu;

function anotherOne(d: Draft): boolean {
  const at = d.source.toLowerCase().indexOf(d.title.toLowerCase());
  const before = d.source.slice(Math.max(0, at - 40), Math.max(0, at));
  const first = `${/^\S+/u.exec(d.title)?.[0] ?? ''} `;
  return ANOTHER_ONE.test(first) || (at > 0 && (ANOTHER_ONE.test(before) || test(P.OTHER_THAN_ASKED, before)));
}

/** Degrees a title names ("B.Sc.", "Master's", "mestrado", "Bachelor-"): two documents of one kind for two degrees are two. */
const DEGREE_LEVEL = /\b(?:b\.?sc|m\.?sc|b\.?a|m\.?a|bachelor|masters?|undergraduate|graduate|high school|secondary school|ph\.?d|doctoral|licenciatura|grado|graduação|graduacao|maestr[ií]a|mestrado|magist\p{L}*|laurea(?: magistrale| triennale)?|kandidat|kandidaat)(?=[\s'’.,;:)-]|$)/giu;

function degreesOf(d: Draft): Set<string> {
  const inTitle = [...d.title.matchAll(DEGREE_LEVEL)];
  const said = inTitle.length > 0 ? inTitle : [...d.source.matchAll(DEGREE_LEVEL)];
  // "Masters's certificate" and "Master's diploma" name one degree.
  return new Set(said.map((m) => m[0].toLowerCase().replace(/\./gu, '').replace(/^masters$/u, 'master')));
}

/** Language tests by name: "TOEFL certificate" and "IELTS certificate" in one list are alternatives, not one test twice. */
const LANGUAGE_TEST = /\b(?:toefl|ielts|cambridge|cae|cpe|pte|duolingo|testdaf|dsh|goethe|telc|dele|siele|delf|dalf|tcf|cils|celi|plida|hsk|jlpt|yki|swedex|tisus|cnavt)\b/giu;

/** The two name different language tests ("TOEFL" and "IELTS"): one document, whichever test the applicant took. */
function ofOtherTests(a: Draft, b: Draft): boolean {
  const tests = (d: Draft): Set<string> => new Set([...d.title.matchAll(LANGUAGE_TEST)].map((m) => m[0].toLowerCase()));
  const x = tests(a);
  const y = tests(b);
  return a.kind === 'language_certificate' && x.size > 0 && y.size > 0 && ![...y].every((k) => x.has(k));
}

/** The two name documents of different degrees ("B.Sc. thesis" and "M.Sc. thesis", "diploma do curso de graduação / de mestrado"). */
function ofOtherDegrees(a: Draft, b: Draft): boolean {
  const x = degreesOf(a);
  const y = degreesOf(b);
  return x.size > 0 && y.size > 0 && ![...x].some((k) => y.has(k));
}

/** Two titles of one kind that name one document: "Referee reports" and "Referee Reports", "CV" and "Full CV to the programme officer". */
function sameDocument(a: Draft, b: Draft): boolean {
  const norm = (t: string): string => titleHead(t).toLowerCase().replace(TITLE_FILLER, '').replace(/s$/u, '');
  return norm(a.title) === norm(b.title);
}

/** Lines from `from` at `depth` lettered "a.", "b)" ("(c)") that name no document: the points of the entry above them. */
function letteredPoints(lines: readonly Line[], from: number, depth: number): boolean {
  const points: Line[] = [];
  for (let j = from; j < lines.length; j++) {
    const l = lines[j] as Line;
    if (!l.bullet || l.depth !== depth || !/^(?:[-*•·]\s*)?\(?[a-z][.)]\s/iu.test(l.text.trim())) break;
    points.push(l);
  }
  return points.length > 0 && points.every((l) => !findKindMentions(stripBullet(l.text)).some((h) => !h.guess));
}

/** A dashed entry that is only a label ("- Publication list:"). */
const LABEL_ENTRY = /^[-–•*]\s+\p{Lu}[^:]{0,40}:$/u;

/** Entry `i` is a label over a paragraph, as is the entry right above the plain line that opened its list. */
function siblingLabel(lines: readonly Line[], i: number, opener: number): boolean {
  const line = lines[i] as Line;
  const above = lines[opener - 1];
  const openerLine = lines[opener] as Line;
  const next = lines[i + 1];
  return !openerLine.bullet && above !== undefined && above.bullet && above.depth === line.depth && LABEL_ENTRY.test(above.text.trim()) && LABEL_ENTRY.test(line.text.trim()) && next !== undefined && !next.bullet;
}

/** A list entry that asks for documents without naming one ("4. Upload information for your application:"). */
function asksForDocuments(line: Line): boolean {
  const t = toSentences(stripBullet(line.text)).pop() ?? '';
  return /[:：]\s*$/u.test(t) && !P.POINTS_OF_DOCUMENT.test(t) && !/\b(?:note|nb|important|attention)\s*:\s*$/iu.test(t) && findKindMentions(t).length === 0 && (testAny(P.LIST_TRIGGERS, t) || testAny(P.REQUEST_CUES, t)) && test(STRONG_TRIGGER, t);
}

/**
 * Decides, line by line, what each line is: an entry of a list of documents, a description of one, prose, or noise.
 *
 * @example
 * lineRoles(textLines('Please send:\n- CV')).map((r) => r.role) // ['prose', 'entry']
 */
export function lineRoles(lines: Line[]): LineRole[] {
  const roles = new RoleReader(lines).read();
  containers(lines, roles);
  formFields(lines, roles);
  return roles;
}

/** An open list of documents, from its opening sentence on. */
interface Docs {
  id: number;
  ctx: UnitContext;
  explicit: boolean;
  opener: number;
  /** The opener ends with a colon or points ahead ("the following documents ..."): what follows is its list. */
  openerLeads: boolean;
  openerHeading: boolean;
  baseDepth?: number;
  lastEntry?: number;
  /** Entries are numbered: paragraphs between "2." and "3." describe "2.". */
  nextNumber?: number;
  /** Entries are lettered on plain lines ("A. Application Form", "B. ..."): the letter the next one has. */
  nextLetter?: string;
  headingItems: boolean;
  siblingContent: boolean;
  seen: boolean;
  /** Opened by an outline's numbered heading at this depth ("3. Documents ..."): the next one at it closes the list. */
  outlineDepth?: number;
}

/**
 * The heading or line above a list no sentence introduces, passing over a note in parentheses between them ("Dokumenty
 * wymagane do przystąpienia do Rozmowy Kwalifikacyjnej", then "(UWAGA: konieczna rejestracja ...)", then the list).
 */
function listTitle(lines: readonly Line[], i: number): Line | undefined {
  const before = lines.slice(0, i).reverse().filter((l) => !l.bullet).slice(0, 3);
  const title = before.find((l) => !/^\(.*\)$/u.test(l.text.trim()));
  // "Shortlisted candidates: please bring the following to the interview:": a line that ends in a colon introduces it too.
  return title && (isHeading(title) || /[:：]\s*$/u.test(title.text)) ? title : undefined;
}

/** The name after a numbered heading's number ("3. CV (meritsammanställning)" -> "CV (meritsammanställning)"), when short as a heading is. */
function numberedName(line: Line): string | undefined {
  if (numberOf(line) === undefined) return undefined;
  const t = stripBullet(line.text).replace(/^(?:[-*•·]\s*)?\d{1,2}(?:\s*[.)]| [-–] )\s*/u, '').trim();
  // "2. Personal statement - to be prepared by the student": the name is before the dash, the rest says who writes it.
  const words = t.replace(/\s+[-–]\s+.*$/u, '').replace(/\s*\([^)]*\)/gu, '').split(/\s+/u).length;
  return words <= HEADING_MAX_WORDS && !/[.!?,;:：]$/u.test(t) && /^[\p{Lu}"'(]/u.test(t) ? t : undefined;
}

/** A run of numbered headings, the document each one names, and the lines each one owns. */
interface NumberedRun {
  heads: number[];
  /** Line -> the heading it belongs to. */
  owner: Map<number, number>;
  explicit: boolean;
  cue?: StageCue;
}

/**
 * "1. Ansökningsbrev" over "• Ämne för docenturen", then "2. ... rekommendation (1-2 sidor)", ..., "3. CV" over
 * "Must include:" and its bullets: numbered short headings, 1, 2, 3 in order, that own the bullets and paragraphs under
 * them are the documents; what they own says what each holds. Only when half of them name a document, or a title
 * above speaks of the application and one does.
 */
function numberedRun(lines: readonly Line[], from: number): NumberedRun | undefined {
  const first = lines[from] as Line;
  const n0 = numberOf(first);
  if (n0 !== 1 || numberedName(first) === undefined) return undefined;
  const heads = [from];
  const owner = new Map<number, number>([[from, from]]);
  let bullets = 0;
  // Headings that own nothing (the next number right after): a plain numbered list unless two others own points.
  let empty = 0;
  let j = from + 1;
  for (; j < lines.length; j++) {
    const l = lines[j] as Line;
    const head = heads[heads.length - 1] as number;
    const n = numberOf(l);
    if (n !== undefined && l.depth <= first.depth) {
      if (n !== n0 + heads.length || numberedName(l) === undefined || l.depth !== first.depth) break;
      if (j - 1 === head) empty += 1;
      heads.push(j);
      owner.set(j, j);
      continue;
    }
    // After the last heading, a plain heading of its own (not a label with a colon) starts something else; so does a
    // label about the whole application ("Application submission:").
    if (!l.bullet && (l.heading > 0 || (isHeading(l) && (!/[:：]\s*$/u.test(l.text) || (test(STRONG_TRIGGER, l.text) && findKindMentions(l.text).length === 0)))) && !/^[\d(]/u.test(l.text.trim())) break;
    if (l.bullet) bullets += 1;
    owner.set(j, head);
  }
  if (j - 1 === heads[heads.length - 1]) empty += 1;
  if (heads.length < 2 || bullets === 0 || (empty > 0 && heads.length - empty < 2)) return undefined;
  const names = heads.map((h) => numberedName(lines[h] as Line) as string);
  if (names.some((t) => isInstruction(t) || NOT_A_DOCUMENT.test(t) || testAny(P.NOT_DOCUMENT_LISTS, t) || testAny(P.LIST_TRIGGERS, t) || STEP_LABEL.test(t))) return undefined;
  const named = names.filter((t) => findKindMentions(t).some((h) => !h.guess && h.start <= 3)).length;
  // "Application Materials", then one paragraph ("We will begin accepting applications mid-February."), then the list.
  const above = lines.slice(0, from).reverse().filter((l) => !l.bullet).slice(0, 2);
  const title = listTitle(lines, from) ?? (above.length === 2 && isHeading(above[1] as Line) && !isHeading(above[0] as Line) ? above[1] : undefined);
  const about = title !== undefined && (test(STRONG_TRIGGER, title.text) || testAny(P.LIST_TRIGGERS, title.text));
  if (named === 0 || (named * 2 < heads.length && !about)) return undefined;
  const cue = about && title ? stageOf(title.text) : undefined;
  return { heads, owner, explicit: about, ...(cue ? { cue } : {}) };
}

/** An entry's first six words, before any parenthesis or colon: where the document it names is said. */
function headWords(text: string): string {
  return (text.split(/[(:]/u)[0] ?? '').trim().split(/\s+/u).slice(0, 6).join(' ');
}

/** The state lineRoles carries from line to line: the open list of documents, the description being read, the section. */
class RoleReader {
  private readonly roles: LineRole[];
  private docs: Docs | undefined;
  private listId = 0;
  private content: { depth: number; owner?: number; resume?: Docs } | undefined;
  private skip = false;
  private docRunEnd = -1;
  private runDepth = 0;
  private lastRunEntry: number | undefined;
  private docHeading: ItemKind | undefined;
  private laterSection = false;
  /** The heading of the section being read when it names a procedure after the first application (a re-registration). */
  private repeatProcedure: string | undefined;

  constructor(private readonly lines: Line[]) {
    this.roles = lines.map(() => ({ role: 'prose', ctx: {} }));
  }

  read(): LineRole[] {
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i] as Line;
      // "1. Constitution du dossier de réinscription ...", after the first application's list: the lists under it are for
      // re-registering. Not before any list, where such a heading is a menu's link to another page.
      if ((isHeading(line) || numberOf(line) !== undefined) && line.text.length <= 120 && P.PROCEDURE.test(line.text)) {
        this.repeatProcedure = P.REPEAT_PROCEDURE.test(line.text) && this.roles.some((r) => r.role === 'entry') ? stripBullet(line.text).replace(/^\s*\d{1,2}[.)]\s*/u, '').trim() : undefined;
      }
      const run = numberOf(line) !== undefined ? numberedRun(this.lines, i) : undefined;
      if (run) {
        i = this.numbered(run);
        continue;
      }
      const intro = introOf(line);
      const heading = isHeading(line);
      // A heading that opens a section, not a list ("Application documents:").
      const section = heading && !line.bullet && !/:\s*$/.test(line.text);
      if (section) this.docHeading = documentHeading(line);
      // A new section starts a new stage; "Those long-listed are invited to submit a full application" makes its lists later.
      if (section) this.laterSection = false;
      else if (!line.bullet && LATER_SECTION.test(line.text) && stageOf(line.text)?.stage === 'later') this.laterSection = true;
      if (line.bullet) this.bulletLine(i, line, intro);
      else this.plainLine(i, line, intro, heading);
    }
    return this.roles;
  }

  /** A run of numbered headings: each an entry of one list, the lines under it its content. Returns its last line. */
  private numbered(run: NumberedRun): number {
    this.listId += 1;
    const ctx: UnitContext = run.cue ? { stage: run.cue } : {};
    for (const [j, head] of run.owner) this.roles[j] = j === head ? { role: 'entry', ctx, explicit: run.explicit, list: this.listId } : this.contentOf(head);
    this.docs = undefined;
    this.content = undefined;
    this.skip = false;
    this.docHeading = undefined;
    return Math.max(...run.owner.keys());
  }

  private contentOf(owner: number | undefined): LineRole {
    return { role: 'content', ctx: {}, ...(owner !== undefined ? { owner } : {}) };
  }

  /** The next plain line that starts with a capital letter's label, within two lines, has the letter `want`. */
  private nextLetterAhead(i: number, want: string): boolean {
    for (let j = i + 1; j < Math.min(this.lines.length, i + 3); j++) {
      const l = this.lines[j] as Line;
      if (l.bullet || l.block !== (this.lines[i] as Line).block) return false;
      const m = LETTERED.exec(l.text);
      if (m) return m[1] === want;
    }
    return false;
  }

  private nextNumberedAhead(i: number, want: number): boolean {
    for (let j = i + 1; j < Math.min(this.lines.length, i + 30); j++) {
      const l = this.lines[j] as Line;
      const n = l.bullet ? numberOf(l) : undefined;
      if (n !== undefined) return n === want;
      if (!l.bullet && l.heading > 0 && l.heading <= 2) return false;
    }
    return false;
  }

  /** A list entry: a description of the entry above, an entry of the open list, or of a run of document-like entries. */
  private bulletLine(i: number, line: Line, intro: ReturnType<typeof introOf>): void {
    const next = this.lines[i + 1];
    // "4. Documents as applicable." after "3.8. ...": the outline's next heading closes the list of the one before.
    if (this.docs?.outlineDepth !== undefined && line.depth <= this.docs.outlineDepth) {
      this.docs = undefined;
      this.content = undefined;
    }
    // "3. Documents all applicants submit with the application." over "3.1. ...", "3.2. ...": an outline's heading that
    // speaks of the application's documents opens the list of its sub-entries, colon or not; each one is a document.
    const n = numberOf(line);
    if (n !== undefined && next?.bullet && next.depth > line.depth && new RegExp(`^${n}\\.\\d`, 'u').test(next.text.trim()) && test(STRONG_TRIGGER, unaccent(stripBullet(line.text)))) {
      const cue = stageOf(stripBullet(line.text));
      this.content = undefined;
      this.openDocs(i, line, { type: 'docs', strong: true, ...(cue ? { cue } : {}) }, false);
      (this.docs as unknown as Docs).outlineDepth = line.depth;
      return;
    }
    // "3. Applicants who pass the interview submit the following:" then "(1) ...": an entry that opens a list of its own.
    if (/[:：]\s*$/u.test(line.text) && next?.bullet && next.depth === line.depth && numberOf(line) !== undefined && numberOf(next) === undefined) {
      // "2. If you have been endorsed, ... complete a full application including the following. ... on each side:".
      const trigger = toSentences(stripBullet(line.text)).find((x) => testAny(P.LIST_TRIGGERS, x) && test(STRONG_TRIGGER, x));
      if (intro?.type === 'docs' || trigger !== undefined) {
        const cue = stageOf(stripBullet(line.text).replace(/\b(?:if you are interested|if interested)\b/giu, ''));
        this.content = undefined;
        this.openDocs(i, line, { type: 'docs', strong: true, ...(cue ? { cue } : {}) }, false);
        return;
      }
    }
    // "(2) Bewerbungen sind ... zu richten. Der Bewerbung sind beizufügen:" over deeper "1. ...", "2. ...": a paragraph
    // of a rule text that opens the list of documents under it.
    if (!this.docs && !this.content && intro?.type === 'docs' && !intro.refused && /[:：]\s*$/u.test(line.text) && next?.bullet && next.depth > line.depth) {
      this.openDocs(i, line, intro, false);
      return;
    }
    // "3. Motivation letter" after the description of "2. ...": the numbered list goes on.
    if (this.content?.resume?.nextNumber !== undefined && numberOf(line) === this.content.resume.nextNumber) {
      this.docs = this.content.resume;
      this.content = undefined;
      this.docs.baseDepth = line.depth;
    }
    const content = this.content;
    if (content && line.depth >= content.depth && !(this.docs?.siblingContent === false && content.resume && line.depth <= (content.resume.baseDepth ?? -1))) {
      this.roles[i] = this.contentOf(content.owner);
      return;
    }
    if (content) {
      this.docs = content.resume;
      this.content = undefined;
    }
    // "(a) ...; (j) ..." written inline in a paragraph, then "1. REVIEW ELIGIBILITY CRITERIA": the paragraph ended its list.
    if (this.docs?.lastEntry !== undefined && this.lines[this.docs.lastEntry]?.inline === true && !line.inline) this.docs = undefined;
    if (this.docs) this.docsEntry(i, line, intro, this.docs);
    else if (this.skip && !this.strongRun(i)) this.roles[i] = { role: 'skip', ctx: {} };
    else this.runEntry(i, line);
  }

  /** A list entry under an open list of documents. */
  private docsEntry(i: number, line: Line, intro: ReturnType<typeof introOf>, docs: Docs): void {
    // "Budget" over "• Namnge forskande personal ...", under "följande delar:": a part's bullets say what it holds.
    if (docs.headingItems && docs.lastEntry !== undefined && !(this.lines[docs.lastEntry] as Line).bullet && PARTS_OPENER.test((this.lines[docs.opener] as Line).text)) {
      this.roles[i] = this.contentOf(docs.lastEntry);
      return;
    }
    // "- Certifications:" over "As far as available, please attach copies of:" and its entries, then "- Publication
    // list:" over a paragraph: a label like the one above the opener is the next document, not of the opener's list.
    if (siblingLabel(this.lines, i, docs.opener)) {
      this.openDocs(i, line, { type: 'docs', strong: false }, false);
      const fresh = this.docs as Docs;
      fresh.baseDepth = line.depth;
      fresh.lastEntry = i;
      fresh.seen = true;
      this.roles[i] = { role: 'entry', ctx: fresh.ctx, explicit: fresh.explicit, list: fresh.id };
      return;
    }
    docs.baseDepth ??= line.depth;
    // "- a full curriculum vitae ... the following structure:", then "1." to "6.", then "- a full record of their
    // publications" (read as deeper): the entries' own dash after the numbered points ends the points; not after
    // "1. One of the following tests:" (its options).
    if (docs.lastEntry !== undefined && i - 1 > docs.lastEntry && numberOf(line) === undefined && this.roles[i - 1]?.role === 'content') {
      const mark = (l: Line): string => /^[-–—•*·▪●■]/u.exec(l.text.trim())?.[0] ?? '';
      const entry = this.lines[docs.lastEntry] as Line;
      if (mark(line) !== '' && mark(line) === mark(entry) && numberOf(entry) === undefined && numberOf(this.lines[i - 1] as Line) !== undefined && !/[:：]\s*$/u.test((this.lines[i - 1] as Line).text)) {
        docs.siblingContent = false;
        docs.baseDepth = line.depth;
      }
    }
    if (line.depth > docs.baseDepth) {
      // "4. Upload information for your application:" then its bullets: a step that asks for documents lists them.
      if (docs.lastEntry !== undefined && asksForDocuments(this.lines[docs.lastEntry] as Line)) {
        this.roles[i] = { role: 'entry', ctx: docs.ctx, explicit: docs.explicit, list: docs.id };
        docs.seen = true;
        return;
      }
      this.roles[i] = this.contentOf(docs.lastEntry);
      return;
    }
    if (line.depth < docs.baseDepth) docs.baseDepth = line.depth;
    const entryIntro = intro?.type === 'content';
    if (docs.siblingContent && numberOf(line) !== undefined && numberOf(line) === docs.nextNumber) docs.siblingContent = false;
    // "- An outline research proposal." after the points of "- A CV which should cover the following:": the list goes on.
    if (docs.siblingContent && numberOf(line) === undefined && docs.lastEntry !== undefined) {
      const owner = findKindMentions(stripBullet((this.lines[docs.lastEntry] as Line).text))[0]?.kind;
      const here = findKindMentions(stripBullet(line.text))[0];
      const short = stripBullet(line.text).split(/\s+/u).length <= 8;
      // "- A statement of contribution to diversity in research, teaching, and service (...)": a document of its own,
      // named with an article as the list's documents are, not a point of the one above.
      const named = here !== undefined && here.start <= 4 && /^(?:an?|one|two|three)\s/iu.test(stripBullet(line.text));
      if (owner && here && (short || named) && !here.guess && here.start <= 12 && here.kind !== owner && here.kind !== 'other') docs.siblingContent = false;
      // "• zaświadczenie lekarskie ...", "• poświadczone za zgodność z oryginałem dokumenty ...": a document noun in the
      // entry's first words (before any parenthesis) names a new document, not a point of the one above.
      if (test(P.ENTRY_DOCUMENT_NOUNS, headWords(stripBullet(line.text)))) docs.siblingContent = false;
    }
    if (docs.siblingContent && !entryIntro) {
      this.roles[i] = this.contentOf(docs.lastEntry);
      return;
    }
    // "- Prompt: Please describe how ..." and "- Examples might include but are not limited to:" after "- A statement of
    // contribution to diversity ...": what the statement above should say, and its examples after it.
    if (docs.lastEntry !== undefined && numberOf(line) === undefined && DESCRIBES_ABOVE.test(stripBullet(line.text))) {
      this.roles[i] = this.contentOf(docs.lastEntry);
      if (/:\s*$/u.test(line.text)) docs.siblingContent = true;
      return;
    }
    this.roles[i] = { role: 'entry', ctx: docs.ctx, explicit: docs.explicit, list: docs.id };
    docs.lastEntry = i;
    docs.seen = true;
    const n = numberOf(line);
    docs.nextNumber = n !== undefined ? n + 1 : undefined;
    // "A cover letter which will contain:" followed by its points at the same depth (a flattened list).
    // "3. A thesis plan ... The following points should be included:" then "• Title", "• Method": the points of entry 3.
    const ownKind = findKindMentions(stripBullet(line.text))[0]?.kind;
    if ((entryIntro || (n !== undefined && ownKind !== undefined && ownKind !== 'other')) && /:\s*$/.test(line.text)) {
      const next = this.lines[i + 1];
      if (next && next.bullet && next.depth === line.depth && (entryIntro || numberOf(next) === undefined)) docs.siblingContent = true;
    }
    // "2. An account of your teaching qualifications ...:" then "a. planning of courses," at the same depth (the indent
    // lost): lettered points that name no document are what entry 2 holds, not entries of their own.
    if (n !== undefined && ownKind === undefined && /:\s*$/.test(line.text) && caseLabel(line.text) === undefined && !asksForDocuments(line) && letteredPoints(this.lines, i + 1, line.depth)) docs.siblingContent = true;
    // "- A Statement of research and teaching interests (two pages) that includes" then "- Overview of ...", flattened to
    // one level: what the statement includes, not more documents.
    if (ownKind !== undefined && ownKind !== 'other' && OPENS_CONTENTS.test(stripBullet(line.text))) {
      const next = this.lines[i + 1];
      if (next && next.bullet && next.depth === line.depth && numberOf(next) === numberOf(line)) docs.siblingContent = true;
    }
  }

  /** Under "Requirements": a list most of whose entries, at least three, name documents is a list of documents all the same. */
  private strongRun(i: number): boolean {
    if (i < this.docRunEnd) return true;
    const end = docLikeRun(this.lines, i, 3);
    return end > i;
  }

  /** A list entry no sentence introduces: an entry when it is part of a run of entries that name documents. */
  private runEntry(i: number, line: Line): void {
    const lines = this.lines;
    if (i >= this.docRunEnd) {
      this.docRunEnd = docLikeRun(lines, i);
      this.runDepth = line.depth;
      this.lastRunEntry = undefined;
    }
    if (i < this.docRunEnd && !this.docHeading) {
      // Entries at the run's depth; deeper lines describe the entry above them.
      const base = this.runDepth;
      if ((line.depth > base || pointOfNumbered(lines, i)) && this.lastRunEntry !== undefined) {
        this.roles[i] = { role: 'content', ctx: {}, owner: this.lastRunEntry };
        return;
      }
      const title = listTitle(lines, i);
      const cue = title ? stageOf(title.text) : undefined;
      if (i === 0 || !(lines[i - 1] as Line).bullet || (this.roles[i - 1]?.role !== 'entry' && this.roles[i - 1]?.role !== 'content')) this.listId += 1;
      const ctx: UnitContext = cue ? { stage: cue } : this.repeatProcedure ? { stage: { stage: 'required', condition: this.repeatProcedure } } : {};
      this.roles[i] = { role: 'entry', ctx, explicit: false, list: this.listId };
      this.lastRunEntry = i;
      return;
    }
    this.roles[i] = { role: 'prose', ctx: {} };
  }

  /** A line that is not a list entry: it may open or close a list of documents, or describe its last entry. */
  private plainLine(i: number, line: Line, intro: ReturnType<typeof introOf>, heading: boolean): void {
    if (this.unmarkedLast(i, line)) {
      this.roles[i] = { ...(this.roles[i - 1] as LineRole) };
      if (this.docs) this.docs.lastEntry = i;
      return;
    }
    if (this.content) {
      this.docs = this.content.resume;
      this.content = undefined;
    }
    // "- Applicants information (..., CV, publication list)", then "For all other applicants please submit only photo, CV,
    // publication list", then "- Executive summary": a sentence between two entries is a note on the one above, not an opener.
    if (this.docs && this.noteBetweenEntries(i, line, heading, this.docs)) {
      this.roles[i] = this.contentOf(i - 1);
      return;
    }
    // "A. Application Form", "B. Application Fee" under "... must submit the following material:": a lettered list
    // the page kept as plain lines; a line wrapped out of an entry, before the next letter, describes it.
    // A letter may be skipped where a cut line was joined to the one before ("(a screen print of a B. List of ...").
    const docs = this.docs;
    const letter = LETTERED.exec(line.text)?.[1];
    const want = docs?.nextLetter ?? 'A';
    if (docs && letter !== undefined && letter >= want && letter.charCodeAt(0) - want.charCodeAt(0) <= (docs.nextLetter ? 1 : 0)) {
      this.roles[i] = { role: 'entry', ctx: docs.ctx, explicit: docs.explicit, list: docs.id };
      docs.lastEntry = i;
      docs.seen = true;
      docs.nextLetter = String.fromCharCode(letter.charCodeAt(0) + 1);
      return;
    }
    if (docs?.nextLetter !== undefined && docs.lastEntry !== undefined && !heading && this.nextLetterAhead(i, docs.nextLetter)) {
      this.roles[i] = { role: 'content', ctx: {}, owner: docs.lastEntry };
      return;
    }
    // "MUUT (mahdolliset muut ... liitteet, ...)" after "kuten alla:": a label in capitals is an entry, whatever its words say.
    if (this.docs && (!this.docs.seen || this.docs.headingItems) && (documentLabel(line.text) !== undefined || (this.docs.openerLeads && capsLabel(line.text, this.lines) !== null))) {
      this.labelEntry(i, this.docs);
      return;
    }
    if (intro?.type === 'content' || (intro?.type === 'docs' && !intro.strong && this.docHeading)) {
      const docs = this.docs;
      // "Please submit a CV and a research proposal. The proposal should include the following:": no list is open, and
      // the points are still the proposal's, owned by the line that says so (they ask for nothing of their own).
      const owner = docs?.lastEntry ?? (P.POINTS_OF_DOCUMENT.test(stripBullet(line.text)) ? i : undefined);
      this.content = { depth: 0, ...(owner !== undefined ? { owner } : {}), ...(docs ? { resume: docs } : {}) };
      this.docs = undefined;
      this.skip = false;
      return;
    }
    if (intro?.type === 'docs') {
      this.openDocs(i, line, intro, heading);
      return;
    }
    // "Dossier" then "1. CV", "2. Research statement", "3. Publicatie-lijst": not when a sentence between says what follows.
    if (intro === undefined && heading && PAPERS_HEADING.test(line.text.trim()) && this.lines[i + 1]?.bullet === true) {
      this.openDocs(i, line, { type: 'docs', strong: true }, heading);
      return;
    }
    if (intro?.type === 'negative') {
      this.docs = undefined;
      this.skip = true;
      if (!intro.address) this.roles[i] = { role: 'skip', ctx: {} };
      return;
    }
    if (this.docs) {
      const docs = this.docs;
      if (!docs.seen || docs.headingItems) {
        this.beforeEntries(i, line, heading, docs);
        return;
      }
      // Paragraphs between "2." and "3.", or a short line or two right after the last numbered entry ("Where relevant."), describe it.
      const between = docs.nextNumber !== undefined && docs.lastEntry !== undefined && this.nextNumberedAhead(i, docs.nextNumber);
      const after = docs.nextNumber !== undefined && docs.lastEntry !== undefined && i - docs.lastEntry <= 2 && !heading && line.text.split(/\s+/).length <= 12;
      if (between || after) {
        this.roles[i] = { role: 'content', ctx: {}, owner: docs.lastEntry as number };
        return;
      }
      this.docs = undefined;
    }
    // "Phase 1", "Step 2": a sub-heading inside the section, not the end of it.
    if (heading && !/^(?:phase|fase|step|stage|part|teil|vaihe|étape|etape|steg|trinn|stufe)?\s*\d+[.:]?$/iu.test(line.text.trim())) this.skip = false;
  }

  /**
   * "■ A signed version of the Code of Conduct" then, with no mark, "Training and Supervision Plan, signed by you and
   * your supervisor(s).": the last line of the list's paragraph names a document the list does not name yet; its mark
   * was lost when the page was copied.
   */
  private unmarkedLast(i: number, line: Line): boolean {
    const prev = this.lines[i - 1];
    const next = this.lines[i + 1];
    const before = this.roles[i - 1];
    if (!prev?.bullet || before?.role !== 'entry' || prev.block !== line.block || prev.depth !== 0 || (next !== undefined && next.block === line.block)) return false;
    const t = line.text.trim();
    if (t.split(/\s+/u).length > 20 || /[:?]\s*$|@|https?:/u.test(t) || isInstruction(t) || NOT_A_DOCUMENT.test(t) || testAny(P.LIST_TRIGGERS, t)) return false;
    const first = findKindMentions(t)[0];
    if (first !== undefined && (first.guess || first.start > 4)) return false;
    // "CV and cover letter in one PDF." after the list: a rule about documents it already names.
    const listed = this.roles.flatMap((r, j) => (j < i && r.role === 'entry' && r.list === before.list ? findKindMentions(stripBullet((this.lines[j] as Line).text)).map((h) => h.kind) : []));
    if (first !== undefined) return first.kind === 'other' || !listed.includes(first.kind);
    return test(DOCUMENT_NOUN_END, t.split(/[,;(]/u)[0] ?? '');
  }

  /** A plain sentence, in the list's paragraph, right after one of its bulleted entries and before the next at its depth. */
  private noteBetweenEntries(i: number, line: Line, heading: boolean, docs: Docs): boolean {
    const prev = this.lines[i - 1];
    const next = this.lines[i + 1];
    if (!docs.seen || docs.headingItems || docs.lastEntry !== i - 1 || heading || /[:：]\s*$/u.test(line.text) || !prev?.bullet || !next?.bullet) return false;
    return next.depth === prev.depth && prev.block === line.block && next.block === line.block && numberOf(prev) === undefined && LETTERED.exec(line.text) === null;
  }

  /** A sentence or heading that opens a list of documents. */
  private openDocs(i: number, line: Line, intro: NonNullable<ReturnType<typeof introOf>>, heading: boolean): void {
    this.listId += 1;
    this.docs = {
      id: this.listId,
      ctx: intro.refused ? { refused: true } : intro.cue ? { stage: intro.cue } : this.laterSection ? { stage: { stage: 'later' } } : this.repeatProcedure ? { stage: { stage: 'required', condition: this.repeatProcedure } } : {},
      explicit: true,
      opener: i,
      // "Please send the following documents to ... and put ... in the subject line" promises a list without a colon.
      openerLeads: /[:：]\s*$/u.test(line.text) || FORWARD.test(line.text),
      openerHeading: heading,
      headingItems: false,
      siblingContent: false,
      seen: false,
    };
    this.skip = false;
  }

  /** "Research proposal (2 pages): It is expected ..." then its sections as bullets: a labelled document, and its description. */
  private labelEntry(i: number, docs: Docs): void {
    docs.headingItems = true;
    docs.seen = true;
    this.roles[i] = { role: 'entry', ctx: docs.ctx, explicit: docs.explicit, list: docs.id };
    docs.lastEntry = i;
    this.content = { depth: 0, owner: i, resume: docs };
    this.docs = undefined;
  }

  /** A line after a list's opener and before its first bulleted entry, or among entries written as headings. */
  private beforeEntries(i: number, line: Line, heading: boolean, docs: Docs): void {
    if (documentLabel(line.text) !== undefined) {
      this.labelEntry(i, docs);
      return;
    }

    // "A covering letter" / "Your cover letter must include:" / ...: each short line names a document.
    const named = findKindMentions(line.text).length > 0;
    const itemLike =
      heading &&
      !/:/.test(line.text) &&
      // "The application must be submitted through Webfond": a short sentence, not a document's name.
      !/\b(?:must|should|shall|will|can|may|is|are|has|have)\b/iu.test(line.text) &&
      !/\|/.test(line.text) &&
      (docs.openerLeads || docs.openerHeading) &&
      !testAny(P.NOT_DOCUMENT_LISTS, line.text) &&
      (named || DOCUMENT_NOUN_START.test(line.text) || (docs.openerLeads && PARTS_OPENER.test((this.lines[docs.opener] as Line).text)));
    if (itemLike) {
      docs.headingItems = true;
      docs.seen = true;
      this.roles[i] = { role: 'entry', ctx: docs.ctx, explicit: docs.explicit, list: docs.id };
      docs.lastEntry = i;
      return;
    }
    // "序号 | 材料名称 | 负责部门" and a second header row: a table's header rows come before its entries.
    if (!docs.seen && PIPED.test(line.text) && i - docs.opener <= 3) return;
    // "You also need to describe your:" right before the list: that intro, not the section's, says what it is.
    if (!docs.seen && /:\s*$/.test(line.text)) {
      this.docs = undefined;
      return;
    }
    if (!docs.seen && i - docs.opener <= 3 && !heading) return;
    if (docs.headingItems && !heading) {
      // A longer entry among entries written as lines ("Certified copies of degree certificates, ..."): it names its own document.
      const first = findKindMentions(line.text)[0];
      const owner = docs.lastEntry !== undefined ? findKindMentions((this.lines[docs.lastEntry] as Line).text).map((h) => h.kind) : [];
      if (first && !first.guess && first.start <= 40 && !owner.includes(first.kind) && !/:\s*$/.test(line.text)) {
        this.roles[i] = { role: 'entry', ctx: docs.ctx, explicit: docs.explicit, list: docs.id };
        docs.lastEntry = i;
        return;
      }
      this.roles[i] = this.contentOf(docs.lastEntry);
      return;
    }
    if (!docs.seen && heading && i - docs.opener <= 1) return;
    this.docs = undefined;
  }
}

/**
 * A field of a form rather than a document ("name, surname, degree", "date and place of birth", "identity card
 * number", "date and signature"), in the languages read: from the entry's start.
 */
const FORM_FIELD =
  /^(?:(?:your|the|the applicant's|the candidate's)\s+)?(?:(?:first |last |family |full |given )?names?|surname|forename|(?:academic )?(?:degree|title)s?(?= *[,;]|$)|(?:date|place)(?: and (?:date|place))? of birth|birth ?date|nationality|citizenship|(?:permanent |current |home |postal )?(?:residence|address)|(?:identity|id|identification) card(?: number)?|(?:passport|id|identity|identification|social security|personal (?:identity |identification )?|insurance|residence permit) (?:card )?(?:number|no\.?)|(?:date and )?signature|(?:e-?mail|phone|telephone|mobile)(?: number| address)?|marital status|gender|sex|(?:name|vorname|nachname|geburtsdatum|geburtsort|staatsangehörigkeit|anschrift|wohnort|unterschrift|personalausweisnummer)|(?:naam|voornaam|achternaam|geboortedatum|geboorteplaats|nationaliteit|adres|handtekening)|(?:namn|efternamn|födelsedatum|personnummer|medborgarskap|adress|underskrift)|(?:nimi|sukunimi|syntymäaika|henkilötunnus|kansalaisuus|osoite|allekirjoitus)|(?:nom|prénom|date et lieu de naissance|lieu de naissance|nationalité|adresse|signature)|(?:imi[eę]|nazwisko|data (?:i miejsce )?urodzenia|miejsce urodzenia|obywatelstwo|adres zamieszkania|pesel|numer dowodu(?: osobistego)?|podpis)|(?:jméno|příjmení|datum (?:a místo )?narození|místo narození|státní (?:příslušnost|občanství)|bydliště|trvalé bydliště|číslo (?:občanského průkazu|op|pasu)|podpis))\b/iu;

/**
 * "This document must include:" over "name, surname, degree", "date and place of birth", ..., "date and signature":
 * a list most of whose entries, at least two, are fields of a form is what the form asks, not documents to send.
 */
function formFields(lines: Line[], roles: LineRole[]): void {
  const lists = new Map<number, number[]>();
  roles.forEach((r, i) => {
    if (r.role === 'entry' && r.list !== undefined) lists.set(r.list, [...(lists.get(r.list) ?? []), i]);
  });
  for (const entries of lists.values()) {
    const bodies = entries.map((i) => stripBullet((lines[i] as Line).text).replace(/^\(?[a-z\d]{1,2}[.)]\s+/iu, ''));
    const fields = bodies.filter((b) => test(FORM_FIELD, b)).length;
    // A list that also names documents by kind ("CV", "transcript") is a list of documents with a field or two in it.
    const documents = bodies.filter((b) => findKindMentions(b).some((h) => !h.guess && h.kind !== 'other')).length;
    if (fields < 2 || fields * 2 < entries.length || documents > 0) continue;
    // Read as what the line above them (the form) holds: a field that says "provide" asks for no document.
    const owner = (entries[0] as number) - 1;
    for (const i of entries) roles[i] = { role: 'content', ctx: {}, ...(owner >= 0 ? { owner } : {}) };
  }
}

/**
 * "1. Artist Profile" whose entries are "Short artist bio (150 words)", "Artist statement", "5 images of previous
 * works": an entry that names no document but groups entries that do is a heading; its entries are the items.
 */
function containers(lines: Line[], roles: LineRole[]): void {
  roles.forEach((r, i) => {
    if (r.role !== 'entry') return;
    const parent = lines[i] as Line;
    if (findKindMentions(stripBullet(parent.text)).length > 0) return;
    const children: number[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j] as Line;
      const rj = roles[j] as LineRole;
      if (!l.bullet || l.depth <= parent.depth || rj.role !== 'content' || rj.owner !== i) break;
      if (l.depth === parent.depth + 1) children.push(j);
    }
    const named = children.filter((j) => findKindMentions(stripBullet((lines[j] as Line).text)).length > 0).length;
    // "7. gegebenenfalls" over "a) ...", "b) ...": an entry that is only its case holds nothing but its points.
    const bare = BARE_CASE.test(stripBullet(parent.text).replace(/^\(?[a-z\d]{1,2}[.)]\s+/iu, '').trim());
    if (named < 2 && !(bare && children.length >= 2)) return;
    roles[i] = { role: 'skip', ctx: {} };
    // "• For academic appointments, details of:" then "(a) ... a list of your publications": asked in that case only.
    const label = caseLabel(parent.text)?.replace(/,?\s*(?:(?:details|information|evidence) (?:of|on|about)|the following)$/iu, '');
    const ctx: UnitContext = label !== undefined && r.ctx.stage === undefined ? { ...r.ctx, stage: { stage: 'required', condition: label } } : r.ctx;
    for (const j of children) roles[j] = { role: 'entry', ctx, ...(r.explicit !== undefined ? { explicit: r.explicit } : {}), ...(r.list !== undefined ? { list: r.list } : {}) };
  });
}

