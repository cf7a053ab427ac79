/**
 * Items named in one unit of text (a sentence or a list entry): their kinds, titles, stages, conditions, forms,
 * counts and limits.
 */
import { FORMS, type Form, type ItemKind, type Stage } from '../schema/vocabulary.js';
import { approximateReason, copiesOf, findCount, findKindMentions, findLimits, g, isPacketLimit, limitField, rangeReason, test, testAny, withOtherGuesses, type KindMention } from './match.js';
import * as P from './phrases.js';
import { isAbbreviationDot } from './text.js';

// ---------------------------------------------------------------------------------------------------------------
// Items

/** An item as the importer first reads it, before items named twice are merged. */
export interface Draft {
  kind: ItemKind;
  title: string;
  stage: Stage;
  /** When the item applies ("non-native speakers of English"): the item is required only then. */
  condition?: string;
  accepts: Form[];
  min?: number;
  max?: number;
  max_pages?: number;
  /** A page cap on each document of the item ("max. 20 pages each"). */
  max_pages_each?: number;
  max_words?: number;
  max_chars?: number;
  max_mb?: number;
  source: string;
  /** Why a person should check this item, and which field (`kind`, `min`, `max_pages`, ...) when it is one. */
  reasons: { field?: string; text: string }[];
  /** Named as an entry of a list (two entries of one kind are two items; a later sentence adds to an item). */
  fromList?: boolean;
  /** The list or sentence it was read from: two entries of one list are two items. */
  group?: number;
  /** Two `other` items with one key are one ("translation"). */
  key?: string;
  /** The forms are the kind's defaults: the posting names none. */
  defaultAccepts?: boolean;
  /** Read from a heading that names the document and the paragraph under it ("Personal statement:" then "8000 characters max."). */
  fromHeading?: boolean;
  /** Named as the template to write it on ("must use the provided project proposal template"), not as a document. */
  template?: boolean;
  /** What the posting says the document holds ("The following aspects should be included: Title; Methodology"), for its notes. */
  points?: { intro: string; points: string[] }[];
}

/** A stage read from cue words, with the condition when the cue is one ("for international applicants"). */
export interface StageCue {
  stage: Stage;
  condition?: string;
}

const CLAUSE_END = /[.;:)\]]|,(?!\d{3})|\s-\s|\b(?:and|or|please|but|must|should|shall|will|need to|needs to|have to|has to|muss|müssen|doivent|doit|devront|devra|ska|skall|skal|må|tulee|debe|deben|deberá|deberán|deve|devem|devono|dovrà|han de|cal|moeten|moet|dienen|dient)\b/u;

/** After a group named as the subject: what it is (not) asked to do ("are not necessarily expected to submit"). */
const SUBJECT_ASKED = /^(?:\s+(?:within|at|in) the [\p{L} -]{1,30}?)?\s+(?:are|is)\s+(?:not\s+)?(?:necessarily\s+|also\s+|generally\s+|usually\s+|kindly\s+)?(?:expected|required|asked|requested|invited|encouraged|welcome|obliged)\s+to\b/iu;

/** "In assenza della controfirma è necessario allegare ...": what follows the condition asks, it is not part of it. */
const NECESSARY = /^\s+(?:è|e) (?:necessari|obbligatori|richiest)\p{L}*\b/u;

/** A cue that is only the word opening a subordinate clause ("hvis", "dersom", "falls"): its own verb may be a modal. */
const SUBORDINATE = /^\s*\(?(?:if|hvis|dersom|om|ifall|wenn|falls|sofern|indien|als|si|se|jos|mikäli)\s*$/iu;
/** A modal verb that CLAUSE_END would take for the start of the main clause. */
const MODAL = /^(?:must|should|shall|will|need to|needs to|have to|has to|muss|müssen|ska|skall|skal|må|tulee|moet|moeten)\b/u;
/** "opetustehtävää hakeva laatii ...", "applicants for the senior post should also ...": what the group is asked is not the condition. */
const GROUP_ASKED = /^\s+(?:liitetään|liittää|liittävät|laatii|laativat|toimittaa|toimittavat|tulee|(?:should|must|shall|need to|have to|will need to)(?: also| additionally)?)\b/iu;

/** The first clause end in `text`, not at the full stop of an abbreviation ("their Ph.D. within two years"). */
function clauseEnd(text: string): { index: number } | null {
  const lists = wordLists(text);
  const re = new RegExp(CLAUSE_END.source, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '.' && isAbbreviationDot(text, m.index)) continue;
    // "nicht in deutscher, englischer oder französischer Sprache": a comma or "or" inside a list of like words ends nothing.
    if (m[0] !== '.' && lists.some(([a, b]) => m.index > a && m.index < b)) continue;
    return m;
  }
  return null;
}

/** Like words joined by commas and a last "and"/"or": one capitalized word each ("German, English or French") or, three or more, of one ending ("deutscher, englischer oder französischer"). */
const WORD_LIST = /(?<![\p{L}'’-])([\p{L}'’-]+)((?:\s*,\s*[\p{L}'’-]+)*)(,?\s+(?:and|or|und|oder|sowie|ou|et|o|y|e|of|en|eller|och|og|lub|albo|oraz|tai|ja)\s+)([\p{L}'’-]+)(?![\p{L}'’-])/gu;
const JOINING = /^(?:and|or|und|oder|sowie|ou|et|o|y|e|of|en|eller|och|og|lub|albo|oraz|tai|ja)$/iu;

/** Where each list of like words in `text` starts and ends. */
function wordLists(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(WORD_LIST)) {
    const words = [m[1] ?? '', ...(m[2] ?? '').split(',').map((w) => w.trim()).filter((w) => w !== ''), m[4] ?? ''];
    if (words.some((w) => JOINING.test(w)) || findKindMentions(m[0]).length > 0) continue;
    const capitalized = words.every((w) => /^\p{Lu}\p{Ll}/u.test(w));
    const ending = words.length >= 3 && words.every((w) => /^\p{Ll}/u.test(w) && w.length > 3 && w.slice(-2) === (words[0] as string).slice(-2));
    if (capitalized || ending) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** "also", "additionally" and their kin at the end of a condition ("Für Bewerber aus dem Ausland zusätzlich"). */
const ALSO_AFTER = new RegExp(`,?\\s+(?:${P.ALSO_WORDS})$`, 'iu');

/**
 * The condition stated in `text`, in its own words ("if English is not your first language"), or undefined.
 *
 * @example
 * conditionOf('proof of English proficiency (for non-native speakers)') // 'for non-native speakers'
 */
export function conditionOf(text: string): string | undefined {
  let best: { index: number; text: string } | undefined;
  for (const re of P.CONDITION_CUES) {
    const m = g(re).exec(text);
    if (!m || (best && best.index <= m.index)) continue;
    // "Academic roles only - ...": a label is the whole condition.
    // "Doctoral students are not necessarily expected to submit publications; however, they should submit a plan": a
    // group named as the subject is the condition; what it is asked is another document's business.
    const rest = P.CONDITION_GROUPS.includes(re) || /[-–—:]\s*$/u.test(m[0]) || SUBJECT_ASKED.test(text.slice(m.index + m[0].length)) || NECESSARY.test(text.slice(m.index + m[0].length)) || GROUP_ASKED.test(text.slice(m.index + m[0].length)) ? '' : text.slice(m.index + m[0].length);
    let end = clauseEnd(rest);
    // "Hvis der skal medsendes ...", "if you must travel ...": a modal right after the subject of an "if" is its verb.
    if (end && SUBORDINATE.test(m[0]) && MODAL.test(rest.slice(end.index)) && `${m[0]}${rest.slice(0, end.index)}`.trim().split(/\s+/).length <= 3) {
      const after = end.index + (MODAL.exec(rest.slice(end.index))?.[0].length ?? 0);
      const next = clauseEnd(rest.slice(after));
      end = next ? { index: after + next.index } : null;
    }
    // "Für Bewerber aus dem Ausland zusätzlich": the "also" says the documents are added, not who is asked.
    const words = `${m[0]}${rest.slice(0, end ? end.index : rest.length)}`.replace(/^[\s(,]+|[\s,:–—-]+$/gu, '').replace(ALSO_AFTER, '').split(/\s+/);
    // "for other studies (Bachelor and/or Master)": a clause end inside a parenthesis leaves no half of it in the case.
    best = { index: m.index, text: words.slice(0, 14).join(' ').replace(/\s*\([^()]*$/u, '') };
  }
  return best?.text;
}

/**
 * The stage that cue words in `text` give: later, a condition, optional; undefined when there are none.
 *
 * @example
 * stageOf('three letters (to be requested from shortlisted candidates)') // { stage: 'later' }
 * stageOf('TOEFL scores, if English is not your first language') // { stage: 'required', condition: 'if English is not your first language' }
 */
export function stageOf(text: string): StageCue | undefined {
  // "If you wish to apply for more than one position, ... an application form for each position": the case is about
  // the extra forms; the form itself is asked of everyone.
  text = text.replace(g(SEVERAL_POSITIONS), ' ');
  // "Dersom søknaden sendes inn elektronisk, ...", "In case of any question ... please send an email": a case about how
  // the packet travels or whom to ask, not about who must send the document.
  text = text.replace(g(HOW_SENT_CASE), ' ');
  // "If you wish to apply for this position, your application must contain:": the choice to apply, not to send them.
  text = text.replace(g(P.WISH_TO_APPLY), ' ');
  // "In order to participate in the second phase, ... must now be completed by uploading": what gets one to the next stage is due now.
  text = text.replace(g(NEXT_STAGE_PURPOSE), ' ');
  // "Interested candidates are encouraged to send their CV to ...": how to apply, not a choice of documents.
  text = text.replace(g(ENCOURAGED_TO_APPLY), ' ');
  if (testAny(P.LATER_CUES, text)) return { stage: 'later' };
  const condition = conditionOf(text);
  if (condition) return { stage: 'required', condition };
  if (testAny(P.OPTIONAL_CUES, text)) return { stage: 'optional' };
  return undefined;
}

/**
 * A case about the way the application is sent ("if the application is submitted electronically", "dersom søknaden
 * sendes inn elektronisk", "wenn die Bewerbung per Post eingereicht wird") or about questions ("in case of any
 * question", "if you have any queries", "bei Fragen"): up to the end of its clause.
 */
const HOW_SENT_CASE =
  /\b(?:(?:if|when|where|dersom|hvis|om|ifall|wenn|falls|sofern|si|se|jos|mikäli|indien|als)\s+(?:(?:the|your|you|søknaden|søknaden din|ansøgningen|ansökan|die bewerbung|ihre bewerbung|la candidature|votre candidature|de sollicitatie|hakemus|hakemuksesi|application|applications|documents?|materials?|dokumentene|unterlagen|die unterlagen)\s+)*(?:is |are |be |er |blir |wird |werden |est |sont |wordt |worden |on )?(?:sent|submitted|delivered|uploaded|sendes(?: inn)?|leveres|skickas(?: in)?|eingereicht|übermittelt|versandt|envoyée?s?|transmise?s?|verstuurd|ingediend|lähetetään|toimitetaan)\s+(?:(?:inn|in|ein)\s+)?(?:electronically|online|by (?:e-?mail|post|mail|regular mail)|via (?:e-?mail|the (?:online )?(?:portal|system))|in (?:paper|hard ?copy|electronic form)|elektronisk|digitalt|per (?:post|e-?mail)|elektronisch|postalisch|par (?:courrier|e-?mail|voie électronique)|en ligne|digitaal|sähköisesti|postitse)|(?:if you have|should you have|for|in case of|in the event of)\s+(?:any\s+)?(?:further\s+|other\s+|technical\s+)?(?:questions?|queries|enquiries|inquiries|problems|difficulties)|(?:bei|für)\s+(?:\p{L}+\s+)?(?:fragen|rückfragen)|en cas de (?:questions?|problèmes?)|(?:hvis|om) du har (?:\p{L}+\s+)?(?:spørsmål|spørgsmål|frågor))\b[^.;:,]*/giu;

/** "in order to participate in the second phase", "to advance to the next round", "pour accéder à la deuxième étape": a purpose, up to its clause's end. */
const NEXT_STAGE_PURPOSE =
  /\b(?:(?:in order )?to (?:participate|take part|proceed|advance|progress|move on|qualify|be admitted|be considered|enter)(?: in| into| to| for)?|pour (?:participer|accéder|passer|être admise?)(?: à| au)?|um (?:an der|in die|für die)) (?:the |la |le )?(?:second|next|final|deuxième|seconde|prochaine|zweite[nr]?|nächste[nr]?) (?:stage|round|phase|step|étape|phase|tour|runde|stufe|phase)\b[^,;:.]*/giu;

/** "Interested candidates are encouraged to send their CV to ...": the way to apply, said to those who want to; not "... to also send". */
const ENCOURAGED_TO_APPLY =
  /\b(?:interested|prospective|potential|qualified|suitable|eligible) (?:candidates|applicants|students|researchers|persons|individuals) (?:are|is) (?:strongly |warmly |cordially )?(?:encouraged|welcome) to (?:send|submit|e-?mail|apply)\b(?! also\b)/giu;

/** "If you wish to apply for more than one position", "wenn Sie sich auf mehrere Stellen bewerben", "si vous postulez à plusieurs postes". */
const SEVERAL_POSITIONS =
  /\b(?:if|when|should|wenn|falls|als|indien|om|jos|si|se)\b[^,;.]{0,40}?\b(?:more than one|multiple|several|two or more|other|mehrere|meerdere|flera|useampaan|plusieurs|varias|varios|più)\s+(?:\p{L}+\s+)?(?:positions?|vacancies|vacancy|posts?|jobs?|roles?|projects?|programmes?|programs?|stellen|vacatures|functies|tjänster|tehtävään|postes|plazas|posizioni)\b[^,;.]*[,;]?/giu;

/**
 * The stage of an item whose list or section is asked for later ("Documents required for the interview:"): a
 * condition in the entry itself ("albo w przypadku magistrantów tegorocznych – zaświadczenie") does not make it due now.
 *
 * @example
 * laterStill({ stage: 'required', condition: 'for non-native speakers' }, { stage: { stage: 'later' } }) // { stage: 'later' }
 */
export function laterStill(cue: StageCue | undefined, ctx: UnitContext): StageCue | undefined {
  return ctx.stage?.stage === 'later' && cue?.stage === 'required' ? ctx.stage : cue;
}

/** "if available, please include it", "falls vorhanden fügen Sie diesen bitte bei", "si disponible, joignez-le". */
const WELCOME_IF_ANY =
  /\b(?:if (?:available|you have (?:one|it|them|any))|(?:falls|wenn|sofern) vorhanden|indien beschikbaar|si disponible|om (?:sådan|sådana|det) finns|hvis tilgjengelig|hvis du har)\b[^.;()]{0,40}?(?<!\b(?:no need to|not|nicht|niet|inte|ikke|pas) )\b(?:include|attach|add|send|submit|upload|enclose|bei(?:fügen|legen)|fügen|legen|(?:zu)?senden|einreichen|voeg|stuur|bifoga|skicka|vedlegg|send|joindre|joignez|envoyez|ajoutez)\b/iu;

/** "Do not send them by post", "do not staple it": how to send what the sentence asked for, not a refusal of it. */
const ABOUT_HOW = /\b(?:do not|don't|please do not|never) (?:send|submit|include|upload|attach|enclose|mail|provide|forward|staple|bind|email|e-mail) (?:it|them|this|these)\b(?!\s+(?:now|yet|at this))/iu;

/** "Please do not send letters at this stage; we will contact the referees": the employer asks the referees, so the applicant never sends letters. */
function lettersNeverSent(unit: string): boolean {
  return testAny(P.NOT_WANTED_CUES, unit) && test(P.EMPLOYER_CONTACTS_REFEREES, unit) && findKindMentions(unit).every((h) => h.kind === 'references');
}

/** The posting asks not to send what the unit names ("Do not send a photo", "letters are not needed"). */
export function isNotWanted(unit: string): boolean {
  if (lettersNeverSent(unit)) return true;
  // "A TOEFL score is not required; if available, please include it": welcome, so optional, not refused.
  if (WELCOME_IF_ANY.test(unit)) return false;
  // The clause of the cue decides ("Letters are not needed; we will contact your referees if you are shortlisted",
  // "We do not require a language certificate, but your proficiency will be tested at the interview stage");
  // a condition makes it an exemption for some applicants, not a rule for all.
  return (
    !notYet(unit) &&
    unit
      .split(/;\s*|,\s*but\s+/)
      .some((c) => testAny(P.NOT_WANTED_CUES, c) && !testAny(P.NOT_WANTED_EXCEPT, c) && !testAny(P.LATER_CUES, c) && !testAny(P.CONDITION_CUES, unit) && !ABOUT_HOW.test(c) && !rejectsWithout(unit, c) && !refusesOthersOnly(c))
  );
}

/** "that includes links ...", "which describes ...": a relative clause on what the document holds, not on whether it is asked. */
const CONTENT_CLAUSE = /,?\s*\b(?:that|which)\s+(?:(?:should|must|will|shall|can|may)\s+)?(?:includes?|contains?|lists?|describes?|details?|shows?|gives?|covers?|summari[sz]es?|outlines?|explains?|addresses|address|presents?|highlights?|demonstrates?|specif(?:y|ies)|indicates?|links?)\b/iu;
/** "(reference letters may be requested later)": a parenthesis with a subject and verb of its own speaks of that subject. */
const OWN_SUBJECT = /^\s*(?:the\s+|your\s+|any\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}\s+(?:may|will|would|can|could|might|must|should|shall|are|is)\s+(?:(?:be|also|only|then|later)\s+)?\p{L}+/iu;

/**
 * The stage or condition cue of an entry that sits in a clause about something else than the document: after a
 * relative clause on its content ("CV that includes links to your website, if applicable") or in a parenthesis with a
 * subject of its own ("(reference letters may be requested at a later stage)"). `plain` is the entry without it.
 */
function otherClauseCue(own: string, nameEnd: number): { plain: string; said: string } | undefined {
  const full = stageOf(own);
  if (!full) return undefined;
  let plain = own;
  const rel = CONTENT_CLAUSE.exec(own.slice(nameEnd));
  if (rel) plain = own.slice(0, nameEnd + rel.index);
  const asides: string[] = [];
  plain = plain.replace(/\(([^()]*)\)/gu, (m, inner: string, at: number) => {
    const aside = at >= nameEnd && !isBareCue(inner) && OWN_SUBJECT.test(inner) && findKindMentions(inner).some((k) => k.start <= 12);
    if (aside) asides.push(inner.trim());
    return aside ? ' ' : m;
  });
  if (plain === own) return undefined;
  const left = stageOf(plain);
  if (left?.stage === full.stage && left.condition === full.condition) return undefined;
  return { plain, said: full.condition ?? asides.find((a) => stageOf(a) !== undefined) ?? own.slice(plain.length).trim() };
}

/** The kind mention at `h` is of documents beyond those asked for ("otras cartas de recomendación", "weiteren Gutachten"). */
export function beyondAsked(s: string, h: { start: number }): boolean {
  return test(P.OTHER_THAN_ASKED, s.slice(Math.max(0, h.start - 40), h.start));
}

/** The kind mention at `h` is refused as more than was asked ("..., no se aceptarán otras cartas", "no other letters"). */
export function refusedAsMore(s: string, h: { start: number }): boolean {
  return beyondAsked(s, h) && testAny(P.NOT_WANTED_CUES, s);
}

/**
 * A refusal of documents beyond those asked for only ("no se aceptarán otras cartas de recomendación", "no other
 * letters will be accepted", "ne pas envoyer d'autres lettres"): it caps what is sent and refuses no kind. With no
 * kind named, the words right after an active cue, or the clause's subject before a passive one, say "other".
 */
export function refusesOthersOnly(clause: string): boolean {
  const cue = P.NOT_WANTED_CUES.map((re) => g(re).exec(clause)).find((m) => m !== null);
  if (!cue || test(P.UNWANTED_OBJECTS, clause)) return false;
  const hits = findKindMentions(clause);
  if (hits.length > 0) return hits.every((h) => refusedAsMore(clause, h));
  const after = clause.slice(cue.index + cue[0].length);
  const object = (/\p{L}/u.test(after) ? after : clause.slice(0, cue.index)).replace(/^[\s(]*(?:(?:no|any|keine?n?|geen|aucune?s?|ningun[oa]s?|ningún|de|des|d')\s*)?/iu, '');
  const first = /^[\p{L}-]+(?:\s+(?:other|further))?/u.exec(object)?.[0];
  return first !== undefined && test(P.OTHER_THAN_ASKED, ` ${first} `);
}

/**
 * What others say of one's teaching ("teaching evaluations", "course evaluations", "Lehrevaluationen",
 * "kursvärderingar", "onderwijsevaluaties", "opetuspalautteet"): read as the teaching statement's kind, but no statement.
 */
export const TEACHING_EVIDENCE = /\b(?:\p{L}*evaluation\p{L}*|\p{L}*evaluaties|\p{L}*värdering\p{L}*|\p{L}*evaluering\p{L}*|\p{L}*palautte\p{L}*|observations?|feedback)\b/iu;

/** A sentence that says what gets an application turned away ("rejected", "will not be considered", "disqualified"). */
const REJECTED = /\b(?:rejected|disqualified|ineligible|excluded|not (?:be )?(?:considered|processed|reviewed|evaluated|accepted)|deemed (?:incomplete|ineligible)|returned unread)\b/iu;

/**
 * "Applications may be rejected if they ... do not include all required attachments", "Applications that do not
 * include a CV will not be considered": what an application lacks gets it rejected, so the document is wanted.
 */
function rejectsWithout(unit: string, clause: string): boolean {
  const cue = P.NOT_WANTED_CUES.map((re) => g(re).exec(clause)?.index ?? Infinity).reduce((a, b) => Math.min(a, b), Infinity);
  return REJECTED.test(unit) && /\b(?:if|that|which|who|whose|when)\b/iu.test(clause.slice(0, cue)) && /\b(?:do|does|did) not\b|\bdon't\b/iu.test(clause.slice(cue, cue + 10));
}

/** Where a unit's clauses part: "; ", ", but / as / since ...". */
const NOT_YET_SPLIT = /;\s*|,\s*(?=(?:but|as|since|because|so|aber|denn|da|maar|want|men|eftersom|mutta|koska|mais|car|pero|ya que|ma)\s)/giu;

/** A clause that asks again for what the clause before refused: "they will be requested later", "diese werden später angefordert". */
const ASKED_AGAIN = /\b(?:they|them|these|those|it|diese|sie|deze|ze|dessa|dem|de|niitä|ne|ils|elles|les|los|las|estos|estas|essi|esse|questi)\b/iu;

/**
 * The posting refuses a document only for now: "Please do not send transcripts at this stage", "Bitte noch keine
 * Zeugnisse senden", or a refusal whose next clause asks for it again ("Do not send letters; they will be requested
 * from shortlisted candidates"). Asked for later is asked for. With `at`, only the clause that holds that offset counts.
 *
 * @example
 * notYet('Please do not send letters at this stage; we will request them from shortlisted candidates.') // true
 * notYet('Letters are not needed; we will contact your referees if you are shortlisted.') // false
 */
export function notYet(unit: string, at?: number): boolean {
  if (!testAny(P.NOT_WANTED_CUES, unit)) return false;
  if (lettersNeverSent(unit)) return false;
  const clauses: { text: string; start: number }[] = [];
  let start = 0;
  for (const m of unit.matchAll(NOT_YET_SPLIT)) {
    clauses.push({ text: unit.slice(start, m.index), start });
    start = m.index + m[0].length;
  }
  clauses.push({ text: unit.slice(start), start });
  return clauses.some((c, i) => {
    if (at !== undefined && (at < c.start || at >= c.start + c.text.length)) return false;
    if (!testAny(P.NOT_WANTED_CUES, c.text)) return false;
    return testAny(P.LATER_CUES, c.text) || clauses.slice(i + 1).some((n) => testAny(P.LATER_CUES, n.text) && ASKED_AGAIN.test(n.text) && !testAny(P.NOT_WANTED_CUES, n.text));
  });
}

/**
 * A sentence that refuses something in one clause and asks for documents in another, as its clauses: "In addition,
 * please provide the names of two referees; we do not need the letters themselves at this stage" is a request for
 * referees and a word about letters, each read on its own, so that the refusal never takes the referees with it. A
 * sentence with no such pair of clauses is returned whole.
 *
 * @example
 * refusalClauses('Please send a CV; do not send a photo.') // ['Please send a CV;', 'do not send a photo.']
 */
/** Where a refusal may start a clause of its own: "; ", ", and / but", " but / aber / mais", "(". */
const REFUSAL_SPLIT = /(?<=;)\s+|(?<=,)\s+(?=(?:and|but|aber|und|mais|et|maar|en|men|och|og|pero|y|mutta|ja)\s)|\s+(?=(?:but|aber|mais|maar|pero|mutta)\s)|\s+(?=\()/u;

/** A verb whose object is a pronoun ("do not send it now", "we do not need these yet"). */
const PRONOUN_OBJECT = /\b(?:send|submit|include|upload|attach|enclose|mail|provide|forward|need|require|want|e-?mail)\s+(?:it|them|(?:this|these|those)(?=\s*(?:now|yet|at|[.,;)]|$)))\b/iu;

export function refusalClauses(s: string): string[] {
  const parts = s.split(REFUSAL_SPLIT).filter((c) => c.trim() !== '');
  if (parts.length < 2) return [s];
  // "... a letter of support (do not send it now)": a clause about "it" is about what the other clause names.
  const refuses = parts.map((c) => testAny(P.NOT_WANTED_CUES, c) && !PRONOUN_OBJECT.test(c));
  const asks = parts.map((c, i) => !refuses[i] && findKindMentions(c).some((h) => !h.guess) && (testAny(P.REQUEST_CUES, c) || testAny(P.LIST_TRIGGERS, c)));
  return refuses.some(Boolean) && asks.some(Boolean) ? parts : [s];
}

// One-letter conjunctions ("y", "e", "i", "o") only between spaces: "e-mail" and "i.e." are no lists.
// Dutch "en" only before what a Dutch list goes on with: in French and Spanish it is "in", in Swedish "a".
// The word's end is no `\b`: after "sekä" or "nonché" a `\b` never matches, as "ä" and "é" are no ASCII word letters.
const SEPARATOR = /[;/&]|,(?!\d{3})|\b(?:and|as well as|plus|or|und|sowie|oder|ja|sekä|tai|och|samt|eller|og|et|ou|ainsi que|así como|junto con|además de|bem como|nonché|ed|oraz)(?![\p{L}\p{N}_])|(?<=\s)(?:y|e|i|o|u)(?=\s)|\ben(?=\s+(?:een|één|twee|drie|vier|vijf|het|uw|jouw|je|minimaal|ten minste)\b)/giu;
const LINKERS =
  /(?:\b(?:including|incl\.?|inkl\.?|containing|that includes|which includes|and including|inklusive|inkludert|mit|summari[sz]ing|describing|outlining|detailing|explaining|stating|specifying|listing|covering|addressing|jossa tiedot myös|one of (?:whom|which|these|them)|at least one of|en av (?:disse|dem)|varav|joista|dont|davon|comprenant|incluant|inclusief|innehållande|inkluderande|incluyendo|incluido|includendo|incluso)|(?<!\b(?:along|together|alongside|plus|as well as|and|samen|tezamen|alsmede|tillsammans|sammen|zusammen|ensemble|junto|insieme) )\b(?:with|met|med|avec|con))\s+(?:a |an |the |your |their |his |her |of |de |het |een |les |le |la |l'|un |une |los |las |el |il |i |gli )?(?:[\p{L}'/-]+ ){0,6}$|^[\s,(]*(?:including|incl\.?|with|containing)\b[^,;]*$|^\s*(?:of|for|from|on) (?:your |the |all |each |their )?$|[（(]\s*(?:含|包括|包含|其中包括)[^）)；;]*$/iu;

const BOTH_BEFORE = /(?<![\p{L}])(?:both|sowohl|både)\s+[\p{L}'’-]+\s*$/iu;
/** "between 3,000 and 4,000 characters", "zwischen 3.000 und 4.000 Zeichen": the "and" of a range joins two numbers. */
const RANGE_BEFORE = /(?<![\p{L}])(?:between|zwischen|entre|tussen|mellan|mellom|tra|fra)\s+\d[\d.,\s\u00a0\u202f]*$/iu;

/** Separators in `gap` outside parentheses, as [start, end] offsets. */
function separators(gap: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of gap.matchAll(SEPARATOR)) {
    const pre = gap.slice(0, m.index);
    // "a list of marks of both bachelor and master studies": "both ... and" joins two words of one name.
    if (BOTH_BEFORE.test(pre)) continue;
    if (RANGE_BEFORE.test(pre)) continue;
    if ((pre.match(/\(/g)?.length ?? 0) <= (pre.match(/\)/g)?.length ?? 0)) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** A dash or bullet written inline before a number word right at the next name ("... - Three reference letters"). */
const BULLET_NUMBER = new RegExp(`(?:^|\\s)[-–•*]\\s+(?=(?:\\d{1,2}|${Object.keys(P.NUMBER_WORDS).join('|')})\\s+$)`, 'iu');

/** Offset of the first separator in `gap` outside parentheses, or -1. */
/** The separators of `text` but those inside a list of like words ("not in Spanish, Catalan or English"), which separate no document. */
function documentSeparators(text: string): [number, number][] {
  const lists = wordLists(text);
  return separators(text).filter(([a]) => !lists.some(([from, to]) => a > from && a < to));
}

function firstSeparator(gap: string): number {
  return separators(gap)[0]?.[0] ?? -1;
}

const ORPHAN_SKIP = /^(?:as|such as|e\.g\.|i\.e\.|which|that|who|whom|whose|how|what|why|whether|including|as well|also|etc|if|when|where|to|by|for|in|on|at|via|with|preferably|ideally|please|and|or)\b/iu;

/** Entries after the last recognized item of a list sentence (", a data management plan, and a letter of commitment"). */
function tailOrphans(tail: string, list = false, introduced = false): { start: number; end: number; text: string }[] {
  const seps = separators(tail);
  const first = seps[0];
  // Only a list that goes on right after the last item (", a data management plan"), not "... to be sent to: X, Y";
  // in a sentence that lists documents, also the last one joined by "and" ("a cover letter and a two-page memo").
  // The piece names a document as a list does ("a two-page ... memo"), not a clause ("and outline the topic").
  const joined = list && /^(?:and|as well as|plus)\s+(?:an?|one|two|three|your)\s/iu.test(tail.slice(first?.[0] ?? 0));
  if (!first || !(/^[,;]/.test(tail.slice(first[0])) || joined) || !/^(?:\s*\([^)]*\))?\s*$/u.test(tail.slice(0, first[0]))) return [];
  const found = orphansIn(`${tail},`, true, introduced);
  // After "and", only a piece whose last word names a document: "a two-page data management memo", not "... for them".
  return joined ? found.filter((o) => seps.length === 1 && test(P.DOCUMENT_NOUNS, /[\p{L}-]+$/u.exec(o.text)?.[0] ?? '')) : found;
}

/** A piece of a sentence that is a clause ("they will be requested later"), not a document's name. */
const CLAUSE = /\b(?:will|would|should|must|shall|can|could|may|might|is|are|was|were|be|been|being|has|have|had|do|does)\b|^(?:they|it|we|you|this|these|those|he|she|i|there)\b/iu;

/**
 * List entries between two recognized items that name no known kind ("..., evidence of teaching effectiveness, ...");
 * `introduced`: the list follows a colon that introduces documents, so an entry needs no document noun ("academic profile").
 */
function orphansIn(gap: string, stopAtClause = false, introduced = false): { start: number; end: number; text: string }[] {
  const seps = separators(gap);
  const out: { start: number; end: number; text: string }[] = [];
  for (let k = 0; k + 1 < seps.length; k++) {
    const start = (seps[k] as [number, number])[1];
    const end = (seps[k + 1] as [number, number])[0];
    const text = gap.slice(start, end).trim().replace(/^(?:a|an|the|your|some)\s+/iu, '');
    const words = text.split(/\s+/).filter(Boolean);
    // After a clause (", one of whom should be ...") the rest of the sentence is no longer the list.
    if (stopAtClause && CLAUSE.test(text)) break;
    if (words.length < 2 || words.length > 12 || ORPHAN_SKIP.test(text) || CLAUSE.test(text) || !/^[\p{L}]/u.test(text)) continue;
    // Not an address, a name or a topic ("future plans", "career goals"): a document has a document's name. After a
    // colon that introduces documents, a short name without a document noun is one too ("academic profile").
    if (/[:@]|\b\d{4,}\b(?!\s*(?:words?|characters?|pages?))/.test(text) || !(test(P.DOCUMENT_NOUNS, text) || (introduced && words.length <= 6))) continue;
    // A piece that closes a parenthesis it did not open is the end of an aside, not an entry.
    if ((text.match(/\)/g)?.length ?? 0) > (text.match(/\(/g)?.length ?? 0)) continue;
    // "if available" and the like qualify the next item; they are not an item.
    const bare = [...P.OPTIONAL_CUES, ...P.LATER_CUES].reduce((t, re) => t.replace(g(re), ' '), text.replace(/\([^)]*\)?/g, ' '));
    if (bare.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length < 2) continue;
    // "Bachelor's and Master's transcripts": a modifier shared with the next item, not an item.
    if (/'s?$/u.test(text) || (k + 2 === seps.length && /^\s*(?:and|or|und|oder|ja|tai)\s*$/iu.test(gap.slice(end, (seps[k + 1] as [number, number])[1])) && gap.slice((seps[k + 1] as [number, number])[1]).trim().replace(/^(?:a|an|the|your)\b/iu, '').trim() !== '')) continue;
    out.push({ start, end, text });
  }
  return out;
}

const TITLE_WORD = /^(?:[A-ZÄÖÜÅ][\p{L}'’.-]*|short|brief|draft|detailed|updated|full|academic|official|personal|concise|current|complete|certified|signed|scanned|[a-z]+-page|\d+-page)$/u;
// "Bifoga personligt brev", "Joindre CV": an imperative that opens the sentence is no part of the name; nor is "Y" in "... Y CARTA DE MOTIVACIÓN".
const NOT_TITLE_WORD = /^(?:please|collect|gather|applicants?|candidates?|include|submit|send|attach|upload|provide|share|the|a|an|your|at|and|or|optional|optionally|you|to|in|of|with|also|plus|sie|ihr|ihre|ihren|ihres|ihrem|ihrer|uns|bitte|bifoga|skicka|sänd|ange|lämna|vedlegg|send|legg|joindre|joignez|envoyez|adjunte|adjuntar|envíe|allegare|inviare|liitä|lähetä|täytä|toimita|allekirjoita|stuur|voeg|y|o|e|et|ou|und|oder|en|och|eller|og|ja|tai)$/i;

/** The posting's name for the item: the mention, widened to modifiers on the left and a short tail on the right. */
export function titleOf(span: string, mStart: number, mEnd: number, kind: ItemKind): string {
  let start = mStart;
  for (let k = 0; k < 4; k++) {
    // "Master of Science diploma": "of" between two capitalized words belongs to the name.
    const w = /(?:([A-ZÄÖÜÅ][\p{L}'’.-]*)\s+(?:of|and|&)\s+)?(\S+)\s+$/u.exec(span.slice(0, start));
    if (!w || !w[2] || !TITLE_WORD.test(w[2]) || NOT_TITLE_WORD.test(w[2])) break;
    start = w[1] && TITLE_WORD.test(w[1]) && !NOT_TITLE_WORD.test(w[1]) ? w.index : span.slice(0, start).lastIndexOf(w[2], start);
  }
  // "a one-page summary of your PhD thesis": the document asked for is the summary, and its title says so.
  // "Abstract della tesi specialistica", "Zusammenfassung der Dissertation": the same in other languages.
  const part =
    /\b(?:(?:[a-z]+-page|\d+-page|short|brief|detailed|english|lay|extended)\s+)*(?:abstracts?|summary|summaries|synopsis|outline|excerpts?|extracts?|chapters?|samples?)\s+of\s+(?:(?:your|the|their|his or her|a|an|one|two|three)\s+)?$/iu.exec(span.slice(0, start)) ??
    /(?:^|[^\p{L}])((?:abstract|riassunto|sintesi|sommario|estratto|résumé|synthèse|zusammenfassung|kurzfassung|samenvatting|sammanfattning|sammendrag|resumé|resumen|resumo|tiivistelmä)\s+(?:della|dello|del|dei|delle|di|de la|de l'|du|des|de|der|van de|van het|van|av|över|af|på)\s*(?:(?:sua|propria|la|il|votre|sa|ihrer|seiner|uw|je|din|su)\s+)?)$/iu.exec(span.slice(0, start));
  if (part) start = part.index + (part[0].length - (part[1] ?? part[0]).length);
  let end = span.length;
  const tail = span.slice(mEnd);
  for (const stop of P.TITLE_STOPS) {
    const m = g(stop).exec(tail);
    if (m && mEnd + m.index < end) end = mEnd + m.index;
  }
  // "Cover letter | yes | max. 2 pages": a table's cell ends the name.
  const bar = tail.indexOf('|');
  if (bar >= 0 && mEnd + bar < end) end = mEnd + bar;
  // "博士學位論文、大學以上成績單", "著作目錄及論著全文": an enumeration comma or "and" between characters ends a Chinese name.
  const cjk = /[、，；]|(?:^|(?<=[\u3400-\u9fff]))(?:[,;]\s*|及|和|与|與|或|并|並)(?=[\u3400-\u9fff])/u.exec(tail);
  if (cjk && mEnd + cjk.index < end) end = mEnd + cjk.index;
  // "Do I need to send letters of recommendation?": the question's mark is no part of the name.
  // "《博士后申请表》 4": a name in title marks is the name; the table's count after it is not.
  const marked = /^[《「『]?([^《「『》」』]{1,60})[》」』]/u.exec(span.slice(start, end).trim());
  let title = (marked?.[1] ?? span.slice(start, end).replace(/(?<=[\u3400-\u9fff])\s+\d{1,2}\s*$/u, '')).replace(/[\s,;:.?!。；，：、》」』）)？！]+$/u, '').replace(/^[《「『（(]+/u, '').trim();
  // "met motivatiebrief en cv", "A CV with official transcripts": the next document's conjunction or preposition is no part of this one's name ("CV with").
  title = title.replace(/\s+(?:and|or|&|und|oder|sowie|en|och|eller|samt|og|et|ou|ja|tai|with|without|mit|ohne|avec|sans|con|met|med|utan|uden|uten)$/iu, '').replace(/\s+[yoei]$/u, '').replace(/(?<=[\u3400-\u9fff])(?:及|和|与|與|或|并|並)$/u, '').replace(/\s+[ו]$/u, '');
  // "... und Ihre Zeugnisse ein.": the verb's particle closes the sentence, after the last document's name; "die die
  // Ergebnisse der Dissertation enthalten, möglich": a German verb ends its clause, never the name.
  title = title.replace(P.SENTENCE_FINAL_VERB, '');
  if (/^[\s.;!]*$/u.test(span.slice(end))) title = title.replace(P.SEPARABLE_PARTICLE, '');
  title = nominative(span.slice(0, start), title, kind);
  if (/[)）]/u.test(title) && !/[(（]/u.test(title)) title = title.replace(/[)）]/gu, '').trim();
  title = closedParenthesis(span, start, title);
  if (title.length > 80 || title === '') title = span.slice(mStart, mEnd);
  if (title === '') title = kind === 'other' ? 'Other' : P.KIND_PHRASES[kind].title;
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/**
 * "eine Kopie des Doktordiploms", "des Lebenslaufs": a German genitive after "des" is the kind's word in the nominative
 * ("Doktordiplom") when that still names the same kind; other titles are left as they are.
 */
function nominative(before: string, title: string, kind: ItemKind): string {
  if (kind === 'other' || !/(?:^|\s)(?:des|eines|ihres|seines|meines|Ihres)\s+$/u.test(before) || !/^\p{Lu}\p{L}+s$/u.test(title)) return title;
  const whole = (w: string): boolean => findKindMentions(w).some((m) => !m.guess && m.kind === kind && m.start === 0 && m.end === w.length);
  return [title.replace(/isses$/u, 'is'), title.replace(/es$/u, ''), title.replace(/s$/u, '')].find((w) => w !== title && whole(w)) ?? title;
}

/** "Copies of degree certificate(s)": a name is never cut inside a parenthesis: closed when it closes nearby, else cut before it. */
function closedParenthesis(span: string, start: number, title: string): string {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < title.length; i++) {
    if (/[(（]/u.test(title.charAt(i))) {
      if (depth === 0) open = i;
      depth += 1;
    } else if (/[)）]/u.test(title.charAt(i)) && depth > 0) depth -= 1;
  }
  if (depth === 0) return title;
  const at = span.indexOf(title, start);
  const close = at < 0 ? -1 : span.slice(at + open).search(/[)）]/u);
  if (close >= 0 && close <= 40 && !/[(（]/u.test(span.slice(at + open + 1, at + open + close))) return span.slice(at, at + open + close + 1);
  return title.slice(0, open).replace(/[\s,;:.]+$/u, '').trim() || title;
}

export function formsOf(kind: ItemKind, said: string): { accepts: Form[]; reason?: string; defaulted?: boolean } {
  // "Names of three referees (no letters)": a form the posting turns down is no cue for it.
  const span = said.replace(NOT_A_FORM, ' ').replace(LETTERS_ASKED_BY_EMPLOYER, ' ').replace(LETTERS_REFEREES_WRITE, ' ').replace(LETTER_HOLDS, ' ');
  const cues = (Object.keys(P.FORM_CUES) as Form[]).filter((f) => {
    // Letters and referees only make sense for references ("cover letter" is not a form); referees send no files.
    if (kind !== 'references' && (f === 'letter' || f === 'referee')) return false;
    if (kind === 'references' && f === 'file') return false;
    return testAny(P.FORM_CUES[f] ?? [], span);
  });
  if (kind === 'references') {
    if (cues.includes('letter') || cues.includes('referee')) return { accepts: sortForms(cues) };
    if (test(P.REFEREES_AS_PEOPLE, span)) return { accepts: sortForms([...cues, 'referee']) };
    return { accepts: ['referee', 'letter'], reason: 'the posting does not say whether it wants letters or referee contacts' };
  }
  if (cues.length > 0) {
    // A link alone still means the document itself may be sent; "pdf or link" names both.
    return { accepts: sortForms(cues.length === 1 && cues[0] === 'link' && kind !== 'portfolio' ? ['file', 'link'] : cues) };
  }
  return { accepts: kind === 'other' ? ['file'] : [...P.KIND_PHRASES[kind].accepts], defaulted: true };
}

const NOT_A_FORM = /\b(?:no|not|without|rather than|instead of|in lieu of)\s+(?:any\s+|the\s+|your\s+)?(?:(?:reference|recommendation)\s+)?letters?(?:\s+of\s+(?:reference|recommendation))?\b/giu;

/**
 * "three references who will be asked for letters", "the two referees named on application will be contacted for
 * letters of reference": letters the employer asks the referees for, not a form to give.
 */
// "the two referees named on application will be contacted for letters of reference": the referees kept, as the subject.
const LETTERS_ASKED_BY_EMPLOYER = /(?:\b(?:who|whom|that)|(?<=\b(?:referees?|recommenders?|references|referents?)\b[^.;]{0,40}?))\s+(?:will|may|would|might|shall|can)\s+(?:then\s+|later\s+)?be\s+(?:asked|contacted|approached|invited|requested)\s+(?:for|to\s+(?:provide|send|submit|write|upload))\s+(?:a\s+|their\s+)?(?:(?:reference|recommendation)\s+)?letters?(?:\s+of\s+(?:reference|recommendation))?\b/giu;

/**
 * "one referee willing to write a letter of recommendation", "referenten die bereid zijn een aanbevelingsbrief te
 * schrijven": the letter the referee would write, not one the applicant gives; the applicant names the referee.
 */
const LETTERS_REFEREES_WRITE =
  /(?<=\b(?:referees?|recommenders?|references|referents?|persons?|people|academics?|professors?|scientists?|gutachter\p{L}*|referenzpersonen|referenten|referenter|referenspersoner|répondants?|référents?|suosittelij\p{L}*)\b[^.;]{0,20}?)\s*,?\s+(?:(?:(?:who|that|som|qui|joka|jotka)\s+(?:is|are|would be|will be|är|sont|est|on|ovat)\s+)?(?:willing|able|prepared|ready|happy|villiga?|beredda?|prêts?|prêtes?|disposée?s?|valmiita|valmis)\s*,?\s+(?:to\s+|att\s+|à\s+)?(?:(?:write|provide|supply|submit|send|give|skriva|rédiger|écrire|fournir|kirjoittamaan|antamaan)\s+)?(?:you\s+)?|(?:die|welche)\s+(?:bereit|gewillt|bereid)\s+(?:sind|ist|zijn|is)\s*,?\s+)(?:a\s+|an\s+|their\s+|the\s+|ein\s+|eine\s+|een\s+|une\s+|des\s+)?(?:(?:reference|recommendation|support(?:ing)?)\s+)?(?:letters?(?:\s+of\s+(?:reference|recommendation|support))?|empfehlungsschreiben|gutachten|aanbevelingsbrie\p{L}*|rekommendationsbrev\p{L}*|lettres? de recommandation|suosituskirje\p{L}*)/giu;

/** "Referensbrev (inklusive kontaktuppgifter)", "letters (including contact details)": what the letter holds, not a form of its own. */
const LETTER_HOLDS =
  /(?<=\b(?:letters?|brev|referensbrev|rekommendationsbrev|lettres?|brieven|brief|aanbevelingsbrie\p{L}*|referentiebrie\p{L}*|anbefalingsbrev|empfehlungsschreiben|referenzschreiben|cartas?|suosituskirjee?\p{L}*)\b[^.;()]{0,30}?)\s*\((?:including|incl\.?|inklusive|inkl\.?|inkludert|with|med|mit|met|inclusief|avec|y compris|con|incluyendo|mukaan lukien)\b[^)]*\)/giu;

function sortForms(forms: Form[]): Form[] {
  return FORMS.filter((f) => forms.includes(f));
}

export interface UnitContext {
  /** Stage (and condition) implied by the sentence or heading that introduced the list. */
  stage?: StageCue;
  /** The list or sentence id, to tell two entries of one list from two mentions of one item. */
  group?: number;
  /** The unit is one entry of a list: it names one document, and what follows a description word describes it. */
  entry?: boolean;
  /** A sentence that asks for what it names: documents outside the kinds count too ("proof of health insurance"). */
  otherGuesses?: boolean;
  /** The list's intro refuses its entries ("Do NOT submit the following material:"): each entry is not wanted. */
  refused?: boolean;
}

/** Examples in a row of commas that ends with "or" and no "and": "TOEFL, IELTS or GRE scores". */
const EXAMPLES_RUN = /^[^,;.()]+(?:,\s[^,;.()]+?)*?\s(?:or|oder|ou|o|of|eller|tai)\s[^,;.()]+(?<![\s])/iu;
/** Offsets of the parenthesized parts of `text` (outermost), and of examples ("e.g. ...", "such as ..."). */
function asides(text: string): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') {
      if (depth === 0) start = i;
      depth += 1;
    } else if ((c === ')' || c === ']') && depth > 0) {
      depth -= 1;
      if (depth === 0) out.push([start, i + 1]);
    }
  }
  if (depth > 0) out.push([start, text.length]);
  return [...out, ...exampleSpans(text)];
}

/** Offsets of examples ("e.g. ...", "such as ..."): to the first comma, or over a row that ends with "or". */
function exampleSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/\b(?:e\.g\.|i\.e\.|for example|for instance|such as|z\.\s?b\.|zum beispiel|t\.ex\.|bijvoorbeeld|esim\.|par exemple|f\.eks\.|eksempelvis)/giu)) {
    const rest = text.slice(m.index + m[0].length);
    // "e.g. TOEFL, IELTS or GRE scores, to ...": examples joined by "or" run past their commas to the last one.
    const run = EXAMPLES_RUN.exec(rest);
    const end = run && !/\s(?:and|und|et|y|e|och|en|og)\s/iu.test(run[0]) ? { index: run[0].length } : /[;.]|,\s(?=[\p{L}])/u.exec(rest);
    out.push([m.index, end ? m.index + m[0].length + end.index : text.length]);
  }
  return out;
}

/** Between a document and a later phrase: the phrase is what the document covers ("... should provide an appraisal of"). */
const CONTENT_VERB = /\b(?:(?:should|must|shall|will|to|which|that)\s+(?:\p{L}+\s+)?(?:provide|describe|include|outline|contain|address|detail|explain|discuss|present|cover|summari[sz]e|highlight|give|assess|evaluate)|summari[sz]ing|describing|explaining|outlining|detailing|stating|discussing|(?:about|on) (?:why|how|what))\b/iu;

/** An entry that opens with a document of its own ("A declaration of the supervisor on funding the PhD dissertation"). */
const ENTRY_HEAD =
  /^(?:an? |the |your |their )?(?:signed |written |formal |official |positive |favou?rable )?(?:declarations?|applications?|requests?|consents?|agreements?|approvals?|opinions?|undertakings?|assessments?|appraisals?|confirmations?|certificates? of (?:enrol(?:l)?ment|employment|registration)) (?:of|for|from|by|on|that|regarding|concerning|to|stating|whether)\b/iu;

/**
 * Mentions that name something to send, not ones that describe an earlier mention: a mention in parentheses or in
 * an example after another one ("CV (must include the contact details of three referees)", "a summary of previous
 * research (a summary of the master's thesis for ...)") describes it; a loose guess next to an exact mention of the
 * same kind ("transcripts of all courses and grades") is that mention.
 */
function describing(unit: string, hits: KindMention[], entry = false): KindMention[] {
  // ... so the documents named after its head describe it: the entry is a document outside the kinds.
  const head = entry ? ENTRY_HEAD.exec(unit) : null;
  if (head && hits.every((h) => h.start >= head[0].length)) return [];
  // "documents administratifs (copies des diplômes, pièce d'identité)": parentheses after a word for documents list them.
  // "[and names and addresses of three referees]": an aside that adds a document is no description.
  const aside = asides(unit).filter(
    ([s]) => !/\b(?:documents?|materials|documentation|unterlagen|pièces|dokument(?:e|er)?|handlingar|asiakirjat|stukken)(?:\s+\p{L}+)?\s*$/iu.test(unit.slice(0, s)) && !/^[([]\s*(?:and|plus|as well as|together with|along with)\b/iu.test(unit.slice(s)),
  );
  // In one list entry, an example ("Any other document, for example, an English certificate") is never the item.
  if (entry) {
    for (const m of unit.matchAll(/\b(?:e\.g\.|for example|for instance|such as|z\.\s?b\.|zum beispiel|t\.ex\.|bijvoorbeeld|esim\.|par exemple|f\.eks\.)/giu)) {
      const end = /[;.]/u.exec(unit.slice(m.index + m[0].length));
      const a: [number, number] = [m.index, end ? m.index + m[0].length + end.index : unit.length];
      hits = hits.filter((h) => !(h.start >= a[0] && h.end <= a[1] && unit.slice(0, a[0]).trim() !== ''));
    }
  }
  const inAside = (h: KindMention): boolean => aside.some(([s, e]) => h.start >= s && h.end <= e);
  // "(not a portfolio)", "without a cover letter": a document named to exclude it.
  const negated = (h: KindMention): boolean => /\b(?:not|no|nor|without|instead of|rather than)\s+(?:a |an |as (?:a |an )?|any |your )?$/iu.test(unit.slice(Math.max(0, h.start - 16), h.start));
  // "(if you have not received your PhD diploma)": a document named in a condition is not asked for.
  const inCondition = (h: KindMention): boolean => /\b(?:if|unless|until|in case|as long as)\s+(?:you|the applicant|applicants|candidates|your|they|he or she)\b[^,;()]*$/iu.test(unit.slice(0, h.start));
  // "Applicants holding a foreign degree certificate must also attach a statement of comparability": a document named
  // in the condition says who is asked, when the sentence names another one outside it.
  const cond = hits.length > 1 || entry ? conditionOf(unit) : undefined;
  const at = cond === undefined ? -1 : unit.indexOf(cond);
  const inConditionText = (h: KindMention): boolean => at >= 0 && h.start >= at && h.end <= at + (cond as string).length;
  const asked = hits.some((h) => !inConditionText(h));
  // "Finansieringsplan, ifall den inte ingår i forskningsplanen": an entry whose only document is named in its
  // condition is another document, the one its head names.
  if (entry && !asked && at > 0) return [];
  // "two reference letters drafted according to Form 2": the form is the letters' template, not a document of its own.
  const template = (h: KindMention): boolean => h.kind === 'other' && hits.some((o) => o.kind !== 'other' && o.end <= h.start) && TEMPLATE_OF.test(unit.slice(Math.max(0, h.start - 40), h.start));
  // "an official statement that the PhD defense has taken place and that the thesis is accepted": a fact stated, not a document asked.
  const stated = (h: KindMention): boolean =>
    /\b(?:that|whether|dass|daß|dat|att|että|que|che)\s+(?:(?:the|your|his|her|their|its|der|die|das|de|het|le|la|l'|sa|son)\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu.test(unit.slice(Math.max(0, h.start - 60), h.start)) &&
    /^\s*(?:is|was|has been|have been|had been|will be|ist|wurde|worden ist|wordt|werd|is|är|har|on|est|a été|sera|è stat[ao])\s+(?:\p{L}+\s+)?(?:accepted|approved|submitted|defended|completed|finished|passed|awarded|conferred|registered|examined|angenommen|eingereicht|verteidigt|abgeschlossen|aanvaard|goedgekeurd|ingediend|verdedigd|godkänd|godkänts|inlämnad|hyväksytty|acceptée?|approuvée?|soutenue?|déposée?|approvat[ao]|accettat[ao])\b/iu.test(unit.slice(h.end));
  const out = hits.filter((h, i) => !negated(h) && !inCondition(h) && !stated(h) && !template(h) && !qualifier(unit, h) && !(asked && inConditionText(h)) && !(i > 0 && inAside(h) && hits.slice(0, i).some((p) => !inAside(p))));
  // "The mentor's letter should provide an appraisal of the proposed research": a loose guess the document is to cover.
  const covered = (h: KindMention): boolean => {
    const owner = out.find((o) => o !== h && o.end <= h.start);
    return owner !== undefined && CONTENT_VERB.test(unit.slice(owner.end, h.start));
  };
  // "a description of research plans, which will be realised within the PhD dissertation": a relative clause describes.
  const relative = (h: KindMention): boolean => {
    const owner = out.filter((o) => o !== h && o.end <= h.start).pop();
    return owner !== undefined && /^[^;]*?,\s*(?:which|that|who|whose)\b[^;]*$/iu.test(unit.slice(owner.end, h.start));
  };
  return out.filter((h) => !relative(h) && !(h.guess && (out.some((o) => o !== h && !o.guess && o.kind === h.kind) || covered(h))));
}

/** A person named by a document ("master's thesis supervisor", "Betreuer der Masterarbeit", "promotora pracy magisterskiej"). */
const PERSON_AFTER = /^(?:'s|’s)?\s+(?:co-?)?(?:supervisors?|advis(?:[eo]r\p{L}*|o\b)|mentors?|examiners?|committee|promot[eo]r\p{L}*|begeleiders?|betreuer\p{L}*|handledare|ohjaaj\p{L}*|vejleder\p{L}*|veileder\p{L}*|directeur\p{L}*|tutor\p{L}*|relator\p{L}*)\b/iu;
const PERSON_BEFORE =
  /\b(?:(?:co-?)?(?:supervisors?|advis[eo]rs?|mentors?|examiners?|promot[eo]r\p{L}*|opiekun\p{L}*|begeleiders?|betreuer\p{L}*|handledare|ohjaaj\p{L}*|vejleder\p{L}*|veileder\p{L}*|directeur\p{L}*|direct(?:or|ora)(?:\/a|\(a\))?|tutor\p{L}*|relator\p{L}*|vedouc\p{L}*|školitel\p{L}*))\s+(?:(?:of|for|on|de|du|des|der|des|von|van|för|av|til|for|di|del|della|dello|da|do)\s+)?(?:(?:the|your|his|her|their|a|an|la|le|les|il|lo|die|dem|den|de|het|el|o)\s+)?$/iu;
/** Where the text says what it follows, not what to send ("as indicated in the project description", "see the research plan"). */
const POINTS_TO =
  /\b(?:(?:as\s+)?(?:indicated|described|specified|stated|detailed|listed|outlined|explained|mentioned|set out|defined|shown)\s+in|see|refer to|cf\.|(?:wie\s+)?(?:in|im)\s+(?:der|dem)\s+\p{L}+\s+(?:angegeben|beschrieben)|zoals\s+(?:vermeld|beschreven|aangegeven)\s+in|comme\s+(?:indiqué|décrit|précisé)e?s?\s+dans|come\s+(?:indicato|descritto|specificato)\s+nel(?:la)?|como\s+se\s+(?:indica|describe)\s+en|som\s+(?:anges|beskrivs)\s+i)\s+(?:the\s+|this\s+|each\s+|every\s+|its\s+|their\s+|our\s+|der\s+|dem\s+|de\s+|het\s+|la\s+|le\s+|il\s+|el\s+)?(?:[\p{L}-]+\s+)?$/iu;

/**
 * A mention that only says whose or which another document is: the thesis of "a statement from your master's thesis
 * supervisor", the project description of "as indicated in the project description". It names nothing to send.
 */
function qualifier(unit: string, h: KindMention): boolean {
  const before = unit.slice(Math.max(0, h.start - 60), h.start);
  return PERSON_AFTER.test(unit.slice(h.end)) || PERSON_BEFORE.test(before) || POINTS_TO.test(before) || (h.kind === 'thesis' && (ACT_ON.test(before) || THESIS_TO_COME.test(before) || THESIS_AFTER.test(unit.slice(h.end))));
}

/** An act on a thesis that names another document or a role ("Betreuung einer Dissertation", "ata de defesa de dissertação"). */
const ACT_ON =
  /\b(?:supervision|supervising|defen[cs]e|betreuung|begutachtung|verteidigung|disputation|begeleiding|handledning|ohjaus|defesa|defensa|soutenance|direction|direção|dirección|direzione)\s+(?:(?:of|de|da|do|der|einer|eines|des|von|van|av|di|del|della)\s+)?(?:(?:the|a|an|your|their|la|el|o|die|het|een|une|sa|sua|su)\s+)?$/iu;
/**
 * A thesis yet to be written or only the content or form of another document: "what you want to do for your
 * research/thesis", "w której będzie przygotowywana rozprawa doktorska", "a plan ... que inclúa a tese", "a writing
 * sample in the form of a thesis".
 */
const THESIS_TO_COME =
  /\b(?:(?:for|towards?)\s+(?:your|the|their|his|her|a)\s+(?:(?:future|planned|doctoral|phd|research)\s*(?:\/|or|and)?\s*)*|(?:będzie|zostanie)\s+(?:przygotowywan|przygotowan|napisan|realizowan)\p{L}*\s+|(?:que|which|that)\s+(?:inclú|inclu|incluy|include|cover|comprend)\p{L}*\s+(?:(?:a|o|la|el|the|your|sua|su)\s+)?|(?:in the form of|i form av|in form (?:einer|eines|von)|sous (?:la )?forme d(?:'|’|e |u |une ))\s*(?:(?:a|an|your|en|ett)\s+)?)$/iu;
/** "the thesis that will be written during the PhD": a thesis to come, not one to send. */
const THESIS_AFTER = /^\s+(?:(?:that|which)\s+)?(?:will be|is to be|shall be|wird)\s+(?:written|prepared|carried out|verfasst|geschrieben)\b/iu;

/** Words before a form that the document named before it follows ("drafted according to Form 2", "gemäß Formular B"). */
const TEMPLATE_OF =
  /\b(?:according to|in accordance with|as per|conforming to|in line with|(?:drafted|written|prepared|formatted|completed) (?:on|using|following|after)|gemäß|entsprechend|selon|conformément (?:à|au)|volgens|enligt|según|secondo)\s+(?:the |a |an |dem |der |le |la |l'|het |de |el |il )?$/iu;

/** A few words that are only a stage cue: "if available", "(optional)", "for international applicants". */
function isBareCue(t: string): boolean {
  return t.trim().split(/\s+/).length <= 5 && (testAny(P.OPTIONAL_CUES, t) || testAny(P.CONDITION_CUES, t) || testAny(P.LATER_CUES, t));
}

/** A separator between alternatives of one document ("a certificate or a notification"). */
const ALTERNATIVE = /^(?:or|\/|oder|eller|ou|tai|o)$/iu;

/**
 * The separator of `text` a new piece starts at, past those between alternatives of one document ("a certificate
 * or official notification of the award (if applicable), and ..."): the last one when every one is an alternative.
 */
function pastAlternatives(text: string, seps: readonly [number, number][]): [number, number] | undefined {
  let k = 0;
  while (k + 1 < seps.length && ALTERNATIVE.test(text.slice(seps[k]![0], seps[k]![1]))) k++;
  return seps[k];
}

/** What the parenthesis closing `text` says ("... (optional)."), or undefined when it does not end in one. */
function closingParenthesis(text: string): string | undefined {
  return /\(([^()]*)\)[\s.;]*$/u.exec(text)?.[1];
}

/**
 * The words of a span that can give its item a stage: its name, what is in parentheses, and what follows up to the
 * next list separator or a description ("a CV including any publications"), plus a cue alone after a comma
 * ("copies of the theses, if available").
 */
function ownWords(span: string, nameEnd: number): string {
  const rest = span.slice(nameEnd);
  const stop = /\b(?:including|incl\.|inkl\.|containing|with|describing|summari[sz]ing|outlining|detailing|explaining|listing|covering|together with)\b/iu.exec(rest);
  let end = stop ? stop.index : rest.length;
  const seps = documentSeparators(rest).filter(([a]) => a < end);
  // "a PhD certificate or official notification of the award, if applicable": the cue after an alternative of the
  // document is about the document.
  const sep = pastAlternatives(rest, seps);
  if (sep) {
    const after = rest.slice(sep[1]);
    const next = separators(after)[0];
    const piece = after.slice(0, next ? next[0] : after.length);
    // A bare cue after the comma ("if available"), or a clause that starts with one ("falls Deutsch nicht ...").
    const starts = (res: readonly RegExp[]): boolean => res.some((re) => g(re).exec(piece)?.index !== undefined && (g(re).exec(piece)?.index ?? 99) <= 2);
    // "... or official notification of the award (if applicable)": the alternative's closing parenthesis is a cue too.
    const closing = ALTERNATIVE.test(rest.slice(sep[0], sep[1])) ? closingParenthesis(piece) : undefined;
    const cueOnly = isBareCue(piece) || (closing !== undefined && isBareCue(closing)) || starts(P.CONDITION_CUES) || starts(P.LATER_CUES);
    end = cueOnly ? sep[1] + piece.length : seps[0]![0];
  }
  return span.slice(0, nameEnd + end);
}

// "een cv met informatie over ...", "un CV contenant ...", "CV innehållande ...", "ansioluettelo, joka sisältää ...", "życiorys, zawierający informacje o ...".
const DESCRIBES = /\b(?:including|incl\.|inkl\.|containing|specifying|summari[sz]ing|describing|outlining|detailing|explaining|stating|listing|covering|addressing|with (?:details|information) (?:of|on|about)|inklusive|inkludert|einschließlich|jossa|mit angaben (?:zu|über)|met (?:informatie|gegevens) over|contenant|innehållande|som innehåller|joka sisältää|sisältäen|zawierając\p{L}*)(?![\p{L}])|[（(]\s*(?:含|包括|包含|其中包括)/iu;

/**
 * Where the description of a list entry's document starts: after a description word ("Summary of your research
 * experience including ... a list of publications"), after the colon that follows the entry's name ("Proficiency
 * in English: copy of your TOEFL"), or in a table's later cell ("Reports from two referees | Alternatively, you can
 * provide the email addresses of two referees").
 */
function descriptionStart(unit: string, first: KindMention): number {
  const after = unit.slice(first.end);
  const d = DESCRIBES.exec(after);
  const colon = after.indexOf(':');
  const cell = after.indexOf(' | ');
  const cut = Math.min(d ? d.index : Infinity, colon >= 0 && !/:\s*$/.test(after) ? colon : Infinity, cell >= 0 ? cell : Infinity);
  return cut === Infinity ? Infinity : first.end + cut;
}

/**
 * "... including in progress qualifications and IELTS if English is not your first language": a document after "and"
 * with a condition of its own is asked for by itself, not part of what the description says the first one holds.
 */
function ownRequest(unit: string, h: KindMention, from: number): boolean {
  return /\b(?:and|und|en|och|og|et|ja|y|e)\s+(?:(?:a|an|the|your|ein|eine|einen|een|un|une|ett)\s+)?$/iu.test(unit.slice(from, h.start)) && OWN_CONDITION.test(unit.slice(h.end));
}

const OWN_CONDITION = /^\s*(?:\([^()]*\)\s*)?,?\s*(?:if|unless|where|when|wenn|falls|sofern|indien|als|om|jos|si|mikäli)\s+(?!applicable|relevant|available|any|possible|needed|necessary|required)\p{L}/iu;

/** In one list entry, mentions in the description describe the entry's document; a semicolon still separates two. */
function entryMentions(unit: string, hits: KindMention[]): KindMention[] {
  const first = hits[0] as KindMention;
  const from = descriptionStart(unit, first);
  if (from === Infinity) return hits;
  // "Copy of your diplomas, including the transcript of records": degree papers and grades are two documents.
  const pair = (h: KindMention): boolean => (first.kind === 'diplomas' && h.kind === 'transcript') || (first.kind === 'transcript' && h.kind === 'diplomas');
  // "Academic transcripts | Certificates of ... diploma studies": a later cell of a table's row describes the first cell's document.
  const laterCell = (h: KindMention): boolean => unit.slice(first.end, h.start).includes(' | ');
  return hits.filter((h) => h.start < from || (!laterCell(h) && (/;/.test(unit.slice(from, h.start)) || (pair(h) && !h.guess) || (!h.guess && ownRequest(unit, h, from)))));
}

/**
 * Items named in one sentence or list entry.
 *
 * @example
 * itemsFromUnit('Please send a CV and two letters of reference.', {}).map((d) => d.kind) // ['cv', 'references']
 */
export function itemsFromUnit(unit: string, ctx: UnitContext): Draft[] {
  const mentions = findKindMentions(unit);
  let hits = describing(unit, ctx.otherGuesses ? withOtherGuesses(unit, mentions) : mentions, ctx.entry === true);
  if (ctx.entry && hits.length > 1) hits = entryMentions(unit, hits);
  // "Artists CV, please do not send a CV exceeding 2 pages": one entry names its document again.
  // "C.V. y méritos, ..., C.V. de la dirección": someone else's CV is another document.
  const theirs = (h: KindMention): boolean => someoneElses(unit, h) !== undefined;
  if (ctx.entry) hits = hits.filter((h, i) => h.kind === 'other' || theirs(h) || !hits.slice(0, i).some((p) => p.kind === h.kind && !theirs(p)));
  // "Your Curriculum Vitae (CV), or resume": one document under two names.
  hits = hits.filter((h, i) => {
    const prev = hits[i - 1];
    return !prev || prev.kind !== h.kind || h.kind === 'other' || theirs(h) !== theirs(prev) || !/^[\s,()]*(?:or|oder|eller|tai|ou|o|also called|also known as|aka)?[\s,()]*(?:an? |the |your )?$/iu.test(unit.slice(prev.end, h.start));
  });
  if (hits.length === 0) return [];
  const u = layOut(unit, ctx, linkMentions(unit, hits));
  const laterCopies: { kind: ItemKind; source: string; title: string }[] = [];
  const drafts: Draft[] = u.linked.map((h, i) => draftOf(u, h, i, laterCopies));
  shareEachLimit(u, drafts);
  for (const c of laterCopies) {
    drafts.push({ kind: c.kind, title: c.title, stage: 'later', accepts: ['file'], source: c.source, reasons: [], ...(ctx.group !== undefined ? { group: ctx.group } : {}) });
  }
  placeOrphans(u, drafts);
  return drafts;
}

/** Kinds whose one item holds several documents: "publications (max. 20 pages each)" caps each of them. */
const MANY_DOCUMENTS: ReadonlySet<ItemKind> = new Set(['writing_sample', 'references', 'diplomas', 'transcript']);

/**
 * "research and teaching statements (max. 3 pages each)", "a CV and a cover letter, each of at most two pages", "The
 * cover letter and research statement should not exceed two pages": one cap after the last of several documents is
 * every one's (in a parenthesis after a name given once for two, only of those: "research and teaching statements"), unless the last is
 * itself several documents. Without "each" it may be their total: the items are marked. A cap between documents ends
 * their run: in "The research statement and the teaching statement should each not exceed three pages; the cover
 * letter should be no longer than 800 words" the pages are the statements', the words the cover letter's.
 */
function shareEachLimit(u: UnitLayout, drafts: Draft[]): void {
  const caps = findLimits(u.unit).filter((l) => l.cue && !isPacketLimit(u.unit, l));
  let from = 0;
  u.linked.forEach((h, i) => {
    const next = u.linked[i + 1];
    if (next !== undefined && !caps.some((l) => l.index >= h.end && l.index < next.start)) return;
    shareRunLimit(u, drafts, from, i + 1, next?.start ?? Infinity);
    from = i + 1;
  });
}

/** shareEachLimit for the documents `first` to `end` (exclusive), whose cap stands before `until`. */
function shareRunLimit(u: UnitLayout, drafts: Draft[], first: number, end: number, until: number): void {
  const linked = u.linked.slice(first, end);
  const run = drafts.slice(first, end);
  const last = linked[linked.length - 1];
  const lastDraft = run[run.length - 1];
  if (linked.length < 2 || !last || !lastDraft || (lastDraft.min ?? 1) > 1 || MANY_DOCUMENTS.has(lastDraft.kind)) return;
  const limits = findLimits(u.unit).filter((l) => l.index >= last.end && l.index < until && !isPacketLimit(u.unit, l));
  const l = limits[0];
  if (limits.length !== 1 || !l?.cue) return;
  const between = u.unit.slice(last.end, l.index);
  const predicate = /^\s*(?:should|must|shall|may|can|are|need to|have to)\b/iu.test(between);
  if (!l.each && !predicate) return;
  // "a CV and research and teaching statements (max. 3 pages each)": the parenthesis is the statements'; after a plain
  // list ("a CV and a cover letter (max. 2 pages each)", "(jeweils max. 2 Seiten)") it is every document's.
  const from = /^\s*\(/u.test(between) && linked.some((h) => h.name !== undefined) ? linked.findIndex((h, i) => i === linked.length - 1 || (h.name !== undefined && linked.slice(i + 1).every((x, j) => x.name !== undefined || i + 1 + j === linked.length - 1))) : 0;
  const said = u.unit.slice(l.index, l.end);
  for (const d of run.slice(from)) {
    if (d.max_pages_each === l.value) delete d.max_pages_each;
    if (d[l.key] !== undefined && d !== lastDraft) continue;
    d[l.key] ??= l.value;
    if (!l.each) d.reasons.push({ field: l.key, text: `the posting states "${said}" once for ${run.length} documents; check whether it caps each one or all of them together` });
  }
}

/** A mention as an item reads it; `alternative`: the words of two documents of which one will do. */
type Linked = KindMention & { alternative?: string; mentions?: boolean };

/** "a detailed CV mentioning the grades obtained", "un CV mentionnant notamment les grades": what the document states, part of it. */
const MENTIONING =
  /(?<![\p{L}])(?:mentioning|mentions|indicating|showing|stating|with mention of|mentionnant|indiquant|précisant|faisant (?:apparaître|mention d\p{L}*)|mit angabe (?:der|des|von)|unter angabe (?:der|des|von)|met vermelding van|med angivande av|jossa mainitaan|mencionando|indicando|specificando|indicante)(?:\s+(?:notamment|especially|in particular|particularly|insbesondere|en particulier|inter alia|entre autres|notably))?\s+(?:(?:the|a|an|your|their|les?|la|l'|des|du|die|der|den|de|het|los|las|el|il|i|gli)\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu;
/** What a CV states besides the career: grades, degrees, publications. */
const STATED_IN_CV: ReadonlySet<ItemKind> = new Set(['transcript', 'diplomas', 'publication_list']);
/** "... mentioning the grades obtained and the list of publications": the next of the things it states. */
const AND_THE = /^[^.;:!?]{0,40}?(?:,\s*|\s+(?:and|et|und|en|och|ja|y|e|ainsi que|as well as|sowie)\s+)(?:(?:the|a|an|your|their|les?|la|l'|des|du|die|der|den|de|het|los|las|el|il|i|gli)\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu;

/** Between two documents of which one will do: " or original ", " oder eine " (no list comma before it). */
const ALTERNATIVE_GAP = /^\s+(?:or|oder|of|eller|tai|ou|o|oppure|alternatively|alternativt|alternativ|alternativement|vaihtoehtoisesti|alternativamente|alternatief)\s+(?:[\p{L}'-]+\s+){0,2}$/iu;
/** "either a dissertation chapter or ", "entweder eine ", "joko ", "antingen en ", "soit une ", "ofwel een ": one of two follows. */
const EITHER_BEFORE = /(?<![\p{L}])(?:either|entweder|joko|antingen|soit|ofwel|hetzij|ya sea)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
/** " (not both)", ", but not both", " (nicht beides)", " (inte båda)", " (pas les deux)": the two before are alternatives. */
const NOT_BOTH_AFTER =
  /^\s*(?:\(\s*|,\s*|-\s*|–\s*)?(?:(?:but|aber|maar|men|mutta|mais|pero|ma)\s+)?(?:not both|not the two|nicht (?:beides|beide)|niet (?:beide|allebei)|inte (?:båda|bägge)|ei molempia|pas les deux|no ambos|non entrambi|either one|one or the other)(?![\p{L}])/iu;
/** Between two alternatives once "either" or "not both" says so: " or a short ", " oder ein ", " tai ", " soit un ". */
const EITHER_GAP = /^[^.;:!?]*?(?<![\p{L}])(?:or|oder|of|eller|tai|ou|o|oppure|soit|hetzij)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
/** "(not both) as your writing sample": the role the two alternatives fill, named by a kind after them. */
// "a CV with photo and a cover letter": the description ends at "and"; the document after it is a new entry.
const DESCRIBED_THEN_NEW =
  /\b(?:with|mit|met|med|avec|con)\s+\S[^,;]*?\s(?:and|und|en|och|og|et|y|ja|e)\s+(?:(?:a|an|the|your|ein|eine|einen|een|un|une|ett)\s+)?$/iu;

const AS_ROLE = /^\s*(?:\([^()]*\)\s*)?,?\s*(?:as|als|som|comme|como|come)\s+(?:(?:your|a|an|the|their|ihre?|ihren|uw|je|votre|vos|su|tu)\s+)?$/iu;

/** "without a CV or transcripts", "neither ... nor": an "or" after a negation joins both. */
const NONE_OF = /\b(?:without|no|not|nor|neither|never|ohne|kein\p{L}*|nicht|zonder|geen|utan|inte|ilman|sans|ni|sin|senza)\b/iu;

/**
 * "a CV, a cover letter or a research statement": the last "or" of a comma list joins it as "and" would; not when an
 * "and" joins a later one ("tutkimussuunnitelma, cv, tutkintotodistus tai opintorekisteriote sekä suositukset").
 */
function inCommaList(unit: string, linked: readonly KindMention[], h: KindMention, next?: KindMention): boolean {
  const [a, b] = linked.slice(-2);
  if (a === undefined || b === undefined || !/[,;]/.test(unit.slice(a.end, b.start))) return false;
  return next === undefined || !LATER_AND.test(unit.slice(h.end, next.start));
}

/** An "and" before the next document: the list goes on past an "or", which then joins two alternatives. */
const LATER_AND = /(?<![\p{L}])(?:and|as well as|sekä|ja|och|samt|und|sowie|et|en|y|e)(?![\p{L}])/iu;

/** "CV including a list of publications": a mention that describes or names again the previous one joins it. */
function linkMentions(unit: string, hits: KindMention[]): Linked[] {
  const linked: Linked[] = [];
  for (const [n, h] of hits.entries()) {
    const prev = linked[linked.length - 1];
    // "CV with publication list": the second describes the first.
    const gap = unit.slice(prev?.end ?? 0, h.start);
    // Named twice ("letters of recommendation or contact details of referees", "language certificate (TOEFL)") is one
    // item; two of a kind listed apart ("a statement of teaching philosophy, evidence of teaching effectiveness") are two.
    const listed = /(?:[,;]|\b(?:and|as well as|plus|und|sowie|och|og|en|et|ja|samt|ed|así como|bem como)\b|(?<=\s)(?:y|e|i)(?=\s))(?!\s*(?:to|which|that|who|whom|by|sent|uploaded|submitted|written|from|directly|preferably|ideally|one of|at least|e\.g\.|i\.e\.)\b)/u;
    const twice = prev?.kind === h.kind && gap.length < 80 && !listed.test(gap);
    // "... a CV, and should arrange for a dossier including transcripts": a new request, not a description of the CV.
    const newRequest = /\b(?:should|must|shall|please|arrange|send|submit|provide|upload|attach)\b/iu.test(gap);
    // "Copies of your diplomas, including the transcript of records": degree papers and grades stay two documents.
    // "CV, meritförteckning med registerutdrag": degree papers and grades are never part of a CV.
    const pair = prev !== undefined && !h.guess && ((prev.kind === 'diplomas' && h.kind === 'transcript') || (prev.kind === 'transcript' && h.kind === 'diplomas') || (prev.kind === 'cv' && (h.kind === 'transcript' || h.kind === 'diplomas')));
    // "certified diploma supplements or original transcripts": either one will do; one item, marked.
    if (prev && prev.kind !== h.kind && !h.guess && !prev.guess && ALTERNATIVE_GAP.test(gap) && !NONE_OF.test(unit.slice(0, prev.start)) && !inCommaList(unit, linked, h, hits[n + 1])) {
      prev.alternative = unit.slice(prev.start, h.end);
      prev.end = h.end;
      continue;
    }
    // "a CV, and either a dissertation chapter or a published article (not both)": said outright, even in a comma list.
    const either = prev ? EITHER_BEFORE.exec(unit.slice(0, prev.start)) : null;
    const explicit = (either !== null && either.index >= (linked[linked.length - 2]?.end ?? 0)) || NOT_BOTH_AFTER.test(unit.slice(h.end));
    if (prev && prev.alternative === undefined && prev.kind !== h.kind && explicit && EITHER_GAP.test(gap)) {
      prev.alternative = unit.slice(prev.start, h.end);
      prev.end = h.end;
      continue;
    }
    // "... (not both) as your writing sample": the item is the writing sample, either of the two will do.
    if (prev?.alternative !== undefined && AS_ROLE.test(gap)) {
      prev.kind = h.kind;
      prev.name = unit.slice(h.start, h.end);
      delete prev.guess;
      prev.end = h.end;
      continue;
    }
    // "a detailed CV mentioning the grades obtained and the list of publications": what the CV states is part of it.
    if (prev && (MENTIONING.test(gap) || (prev.mentions === true && STATED_IN_CV.has(h.kind) && AND_THE.test(gap)))) {
      prev.nameEnd ??= prev.end;
      prev.end = h.end;
      prev.mentions = true;
      continue;
    }
    // Lists of publications are described as part of a CV ("with education and publications"); other documents are not.
    const newEntry = h.kind !== 'publication_list' && !h.guess && (DESCRIBED_THEN_NEW.test(gap) || (prev !== undefined && ownRequest(unit, h, prev.end)));
    if (prev && !pair && ((LINKERS.test(gap) && !newRequest && !newEntry) || twice)) {
      prev.nameEnd ??= prev.end;
      // Named twice, the whole stretch is the name (stage words after it count); described, only the first name.
      if (twice && !LINKERS.test(gap) && prev.stageFrom === undefined) prev.stageFrom = h.end;
      prev.end = h.end;
      continue;
    }
    linked.push({ ...h });
  }
  return linked;
}

/** A unit cut into one span per item, with the unrecognized entries between them and the stages around the list. */
interface UnitLayout {
  unit: string;
  ctx: UnitContext;
  linked: KindMention[];
  /** Where each item's span starts; it ends at the next start, at `cut`, or at `unitEnd`. */
  starts: number[];
  /** Where an item's span stops early because unrecognized entries follow it. */
  cut: (number | undefined)[];
  unitEnd: number;
  orphans: { at: number; text: string }[];
  leadStage: StageCue | undefined;
  predicateStage: StageCue | undefined;
  relativeStage: StageCue | undefined;
  /** The cue of a relative clause on the last item's content ("which lists your projects, where relevant"), not read as its stage. */
  contentCue: string | undefined;
}

/** "the documentation that must be included with all applications": words that say documents are asked for. */
const DOCUMENTS_ASKED = /\b(?:documents|documentation|materials|attachments|enclosures)\b[^.:;]{0,40}\b(?:must|should|shall|are to|is to|need to|needs to|to) be (?:included|submitted|provided|attached|enclosed|sent|uploaded)\b/iu;

/** Spans, unrecognized entries and the stages said before and after the list (steps of itemsFromUnit). */
function layOut(unit: string, ctx: UnitContext, linked: KindMention[]): UnitLayout {
  const colon = unit.lastIndexOf(':', linked[0]?.start ?? 0);
  // "The following documentation must be included ...: academic profile, CV, ...": after a colon that introduces the
  // documents, every entry of the list is one, named by a document noun or not.
  const intro = colon >= 0 ? unit.slice(0, colon) : '';
  const introduced = !ctx.entry && (testAny(P.LIST_TRIGGERS, intro) || DOCUMENTS_ASKED.test(intro)) && !testAny(P.NOT_DOCUMENT_LISTS, intro);
  const orphans: { at: number; text: string }[] = [];
  // Placed at the colon: before the first item read.
  if (introduced) for (const o of orphansIn(`,${unit.slice(colon + 1, linked[0]?.start ?? colon + 1)}`, true, true)) orphans.push({ at: colon, text: o.text });
  const cut: (number | undefined)[] = [];
  const starts: number[] = linked.map((h, i) => {
    if (i === 0) return colon >= 0 ? colon + 1 : 0;
    const prev = linked[i - 1] as KindMention;
    const gap = unit.slice(prev.end, h.start);
    const found = orphansIn(gap, false, introduced);
    for (const o of found) orphans.push({ at: prev.end + o.start, text: o.text });
    const last = found[found.length - 1];
    if (last) {
      cut[i - 1] = prev.end + firstSeparator(gap);
      return prev.end + last.end;
    }
    // "a certificate or official notification of the award (if applicable), and two letters": the alternative and
    // its cue belong to the certificate; the letters start at the separator after it.
    // "(2) a cover letter (3) three letters": the list's next number, not a count after the cover letter, starts the
    // letters' span, so "three" is their count.
    const listNumber = /^\s*\((\d{1,2})\)\s/u.exec(gap);
    if (listNumber && unit.slice(0, prev.start).includes(`(${Number(listNumber[1]) - 1})`)) return prev.end + gap.indexOf('(');
    const seps = documentSeparators(gap);
    const sep = pastAlternatives(gap, seps);
    // "a certificate or official notification of the award, if applicable, and two letters": a cue alone between two
    // separators is the document's before it; the letters start at the separator after it.
    const next = sep && seps[seps.indexOf(sep) + 1];
    if (next && isBareCue(gap.slice(sep[1], next[0]))) return prev.end + next[0];
    // "Research statement (2-3 pages) - Three reference letters": an inline bullet's dash starts the entry, so its number counts.
    const bullet = sep === undefined ? BULLET_NUMBER.exec(gap) : null;
    if (bullet) return prev.end + bullet.index + bullet[0].length;
    return sep === undefined ? h.start : prev.end + sep[0];
  });
  const lead = unit.slice(0, linked[0]?.start ?? 0);
  // "attach your Master (if any) and Undergraduate transcripts": the cue is the degree's, not the list's.
  const leadStage = stageOf(withoutPartCues(unit.slice(0, linked[0]?.end ?? 0)).text.slice(0, lead.length));
  // "include confirmed (official) statements from universities and also copies of publications": an entry the
  // request names before the first one read.
  const verb = [...lead.matchAll(/\b(?:include|submit|send|provide|attach|upload|enclose|supply)\s+/giu)].pop();
  if (verb) {
    const from = verb.index + verb[0].length;
    const piece = /^(.*?)\s*(?:[,;]|\band(?: also)?|\bas well as|\bplus)\s*$/iu.exec(lead.slice(from))?.[1];
    for (const o of piece ? orphansIn(`,${piece},`, true) : []) if (!orphans.some((x) => x.at === from + o.start - 1)) orphans.push({ at: from + o.start - 1, text: o.text });
  }
  const lastHit = linked[linked.length - 1];
  // "Copies of certificates and two letters will be required before the contract is signed": the predicate after the
  // list gives every item in it its stage.
  const predicate = lastHit ? unit.slice(lastHit.end) : '';
  const predicateStage = /^\s*(?:will|must|should|shall|are|is|can|may|have to|need to)\b/iu.test(predicate) ? stageOf(predicate) : undefined;
  // ", which will be requested from shortlisted candidates": a relative clause about the last item only.
  const relative = /^\s*,?\s*(?:which|that|who)\b/iu.test(predicate) ? stageOf(predicate) : undefined;
  // "which lists your software projects, where relevant": a clause on what the document holds; its cue is about that.
  const content = relative !== undefined && CONTENT_CLAUSE.exec(predicate)?.index === 0;
  const relativeStage = content ? undefined : relative;
  const contentCue = content ? (relative?.condition ?? relative?.stage) : undefined;
  let unitEnd = unit.length;
  if (lastHit && (linked.length >= 2 || testAny(P.LIST_TRIGGERS, unit) || testAny(P.REQUEST_CUES, unit))) {
    const tail = unit.slice(lastHit.end).replace(/[.;]\s*$/, '');
    const found = tailOrphans(tail, linked.length >= 2, introduced);
    for (const o of found) orphans.push({ at: lastHit.end + o.start, text: o.text });
    if (found.length > 0) unitEnd = lastHit.end + firstSeparator(tail);
  }
  // "proof of English proficiency, e.g. TOEFL, IELTS or GRE scores": the examples name its forms, not entries of the list.
  const examples = exampleSpans(unit);
  const listed = orphans.filter((o) => !examples.some(([from, to]) => o.at >= from && o.at < to));
  return { unit, ctx, linked, starts, cut, unitEnd, orphans: listed, leadStage, predicateStage, relativeStage, contentCue };
}

/** A degree level ("Master's", "PhD", "Bachelor", "undergraduate"), one part of a document named for several. */
const DEGREE_LEVEL = "(?:bachelor(?:'?s)?|master(?:'?s)?|ph\\.?d\\.?|doctoral|doctorate|undergraduate|graduate|postgraduate|b\\.?sc\\.?|m\\.?sc\\.?|b\\.?a\\.?|m\\.?a\\.?|licentiate|diplom|magister|laurea(?: triennale| magistrale)?|licence|bachelor-?|master-?)";
const DEGREE_JOIN = '(?:and|&|as well as|und|sowie|en|och|og|et|y|e|ja)';
/**
 * A cue in parentheses said of one degree level coordinated with another ("Master (if any) and Undergraduate
 * transcripts", "PhD and Master degree (if any)"): the cue is captured.
 */
const DEGREE_PART_CUE = new RegExp(
  `\\b${DEGREE_LEVEL}\\s*\\(([^()]{2,40})\\)\\s*${DEGREE_JOIN}\\s+(?:the\\s+|your\\s+|an?\\s+)?${DEGREE_LEVEL}|\\b${DEGREE_LEVEL}\\s+${DEGREE_JOIN}\\s+(?:the\\s+|your\\s+|an?\\s+)?${DEGREE_LEVEL}(?:\\s+[\\p{L}'’-]+)?\\s*\\(([^()]{2,40})\\)`,
  'iu',
);

/**
 * `text` without the cues said of one degree of a document: "your Master (if any) and Undergraduate transcripts" asks
 * for the transcripts. After the last degree ("PhD and Master degree (if any)") the cue may be said of both: `said`
 * holds those words, for a review mark.
 */
function withoutPartCues(text: string): { text: string; said?: string } {
  let said: string | undefined;
  const out = text.replace(g(DEGREE_PART_CUE), (m, a?: string, b?: string) => {
    const cue = a ?? b ?? '';
    if (!isBareCue(cue)) return m;
    if (b !== undefined) said = m.trim();
    return m.replace(`(${cue})`, ' '.repeat(cue.length + 2));
  });
  return { text: out, ...(said !== undefined ? { said } : {}) };
}

/** An opening parenthesis of examples: "(e.g.", "(z.B.", "(for example", "(par exemple". */
const EXAMPLES_OPEN = /^[([]\s*(?:e\.\s?g\.?|z\.\s?b\.?|for example|for instance|such as|zum beispiel|bijvoorbeeld|bijv\.|t\.\s?ex\.|f\.\s?eks\.|esim\.|par exemple|p\.\s?ex\.|por ejemplo|ad esempio|ad es\.)/iu;
/** A word for documents in general ("documents", "Unterlagen", "materials"), which examples may follow. */
const DOCUMENTS_WORD = /(?<![\p{L}])(?:documents|documentation|materials|papers|unterlagen|dokumente|bewerbungsunterlagen|documenten|stukken|handlingar|dokument|asiakirjat|liitteet|pièces|documentos|documenti)(?![\p{L}])/iu;

/**
 * The mention at `at` is inside a parenthesis of examples after a word for documents in general, and the sentence
 * names no document before it ("aussagekräftige Unterlagen senden (z.B. Masterarbeit, Notenspiegel)").
 */
function namedAsExample(unit: string, at: number): boolean {
  const open = Math.max(unit.lastIndexOf('(', at), unit.lastIndexOf('[', at));
  if (open < 0 || /[)\]]/u.test(unit.slice(open, at)) || !EXAMPLES_OPEN.test(unit.slice(open))) return false;
  const before = unit.slice(0, open);
  return DOCUMENTS_WORD.test(before) && findKindMentions(before).length === 0;
}

/**
 * The group a bracket that holds position `at` opens with ("(Chinese applicants: ...", "(for EU nationals: ..."),
 * brackets closed before `at` ("2 (two)") aside; undefined when there is none.
 */
function bracketGroup(unit: string, at: number): string | undefined {
  let depth = 0;
  for (let k = at - 1; k >= 0; k--) {
    if (unit[k] === ')') depth++;
    else if (unit[k] === '(' && depth > 0) depth--;
    else if (unit[k] === '(') {
      const m = /^\(*\s*((?:for\s+)?(?:[\p{L}-]+\s){0,3}(?:applicants|candidates|students|nationals|citizens))\s*:/iu.exec(unit.slice(k + 1));
      if (m?.[1] !== undefined) return m[1];
    }
  }
  return undefined;
}

/** Words that say how a named document is sent, not which it is ("signed", "firmada electrónicamente"). */
const HOW_SENT_BEFORE = /^(?:completed|signed|special|separate|filled[- ]in|paper|printed|certified|scanned|digital|recent)\s+/u;
const HOW_SENT_AFTER = /\s+(?:firmad[oa]s?|signed|signée?s?|unterschrieben\p{L}*|undertecknad\p{L}*|allekirjoitet\p{L}*|ondertekend)$/u;

/**
 * What names an `other` document, for merging its mentions: "Modelo de presolicitud", "la presolicitud firmada" and
 * "Presolicitudes" are one form (a plural "-es"/"-s" and a "signed" are no other document).
 *
 * @example
 * otherKey('Presolicitudes') === otherKey('presolicitud firmada') // true
 */
export function otherKey(name: string): string {
  const key = name.toLowerCase().replace(HOW_SENT_BEFORE, '').replace(HOW_SENT_AFTER, '');
  // "presolicitudes" -> "presolicitud", "forms" -> "form" (not "-es" in general: "brochures" is "brochure").
  return /udes$/u.test(key) ? key.slice(0, -2) : key.replace(/s$/u, '');
}

/** The draft of the i-th item of a unit; official copies promised for later go to `laterCopies`. */
function draftOf(u: UnitLayout, h: KindMention, i: number, laterCopies: { kind: ItemKind; source: string; title: string }[]): Draft {
  const { unit, ctx, starts } = u;
  const spanStart = starts[i] as number;
  const spanEnd = u.cut[i] ?? (i + 1 < starts.length ? (starts[i + 1] as number) : u.unitEnd);
  const span = unit.slice(spanStart, spanEnd);
  const mStart = h.start - spanStart;
  const reasons: Draft['reasons'] = [];
  // Cue words in what describes the item ("a CV including any publications") are not about the item.
  let own = ownWords(span, (h.stageFrom ?? h.nameEnd ?? h.end) - spanStart);
  // "unofficial transcripts (official copies to be submitted before hire)": the official ones are a later item.
  const official = /\(([^)]*\b(?:official|originals?|certified|hard cop(?:y|ies)|notari[sz]ed)\b[^)]*)\)/iu.exec(own);
  if (official?.[1] && testAny(P.LATER_CUES, official[1])) {
    own = own.replace(official[0], ' ');
    laterCopies.push({ kind: h.kind, source: unit, title: `Official ${P.KIND_PHRASES[h.kind as Exclude<ItemKind, 'other'>]?.title.toLowerCase() ?? 'copies'}` });
  }
  // "Two reference letters by professors who know the applicant ... (optional).": the parenthesis that closes a list
  // entry of one document, with cue words only, is about that document.
  const closing = ctx.entry && u.linked.length === 1 ? closingParenthesis(withoutPartCues(unit).text) : undefined;
  const closingCue = closing !== undefined && isBareCue(closing) ? stageOf(closing) : undefined;
  const part = withoutPartCues(own);
  own = part.text;
  const partCue = part.said;
  // "CV that includes links to your website, if applicable": a cue in what describes the document is not read as its stage.
  const other = otherClauseCue(own, (h.nameEnd ?? h.end) - spanStart);
  if (other) own = other.plain;
  const said = other?.said ?? (i === u.linked.length - 1 ? u.contentCue : undefined);
  if (said !== undefined) reasons.push({ field: 'stage', text: `read as asked of everyone, though the entry also says "${said}", which may be about something else in it; check whether it applies to the whole document` });
  // "Please do not send transcripts or letters at this stage": the refusal for now is about every item of its clause.
  const cue = laterStill(stageOf(own) ?? (notYet(unit, h.start) ? { stage: 'later' as const } : undefined) ?? closingCue ?? (i === u.linked.length - 1 ? u.relativeStage : undefined) ?? u.leadStage ?? u.predicateStage, ctx) ?? ctx.stage;
  // "send your documents (e.g. your Master's thesis, transcript of records)": a document named only as an example.
  const example = cue === undefined && namedAsExample(unit, h.start);
  if (example) reasons.push({ field: 'stage', text: 'optional: the posting names it only as an example of the documents to send' });
  const forms = formsOf(h.kind, span);
  const words = unit.slice(h.start, h.nameEnd ?? h.end);
  // "mit den üblichen Unterlagen": the posting leaves the documents to the applicant's knowledge; say so, not a guess.
  const usual = h.kind === 'other' && h.guess === true && test(P.USUAL_DOCUMENTS, words);
  if (usual) reasons.push({ field: 'kind', text: `the posting asks for "${words}" without listing them (usually a cover letter, a CV and certificates): add the ones it means` });
  else if (h.guess) reasons.push({ field: 'kind', text: `the kind (${h.kind}) is guessed from "${words}"` });
  else if (h.kind === 'teaching_statement' && TEACHING_EVIDENCE.test(words)) reasons.push({ field: 'kind', text: `"${words}" are evidence of teaching, read as the teaching statement; check whether the posting wants a statement or these as a document of their own` });
  if (forms.reason) reasons.push({ field: 'accepts', text: forms.reason });
  const d: Draft = {
    kind: h.kind,
    // Named documents outside the kinds merge by name ("an application form ... Application forms can be downloaded").
    ...(h.kind === 'other' ? { key: otherKey(unit.slice(h.start, h.nameEnd ?? h.end)) } : {}),
    title: usual ? 'The usual application documents' : h.name !== undefined ? h.name.charAt(0).toUpperCase() + h.name.slice(1) : titleOf(span, mStart, (h.nameEnd ?? h.end) - spanStart, h.kind),
    stage: cue?.stage ?? (example ? 'optional' : 'required'),
    ...(cue?.condition ? { condition: cue.condition } : {}),
    accepts: forms.accepts,
    ...(forms.defaulted ? { defaultAccepts: true } : {}),
    source: unit,
    reasons,
    ...(ctx.group !== undefined ? { group: ctx.group } : {}),
  };
  // "International Students must submit ... ((Chinese applicants: 2 transcripts ...))": the bracket's group is asked.
  const group = bracketGroup(unit, h.start);
  if (group !== undefined && d.stage === 'required') d.condition = group;
  if (TEMPLATE_AFTER.test(unit.slice(h.nameEnd ?? h.end)) || TEMPLATE_BEFORE.test(unit.slice(0, h.start))) d.template = true;
  if (h.form !== undefined) d.reasons.push({ field: 'kind', text: `${h.form} is a form to fill in, read as a document of no kind (not the document its title names); check whether it is sent with the application or filled in on the web` });
  if (h.shared !== undefined) d.reasons.push({ field: 'kind', text: `"${h.shared}" may name one document about both; check whether the posting wants one or two` });
  const alt = (h as Linked).alternative;
  if (alt !== undefined) d.reasons.push({ field: 'kind', text: `the posting asks for one of two documents ("${alt}"); one item stands for both` });
  // "joko tutkimussuunnitelma tai opetusnäyte": one of two, the other of no kind read; the item may not be the one sent.
  // "either a writing sample (maximum 25 pages) or a published article": the first one's size may come between.
  const orOther = alt === undefined && EITHER_BEFORE.test(unit.slice(spanStart, h.start)) ? /^(?:\s*\([^()]*\))?\s+(?:or|oder|of|eller|tai|ou|soit|hetzij)\s+[^,;.()]+/iu.exec(unit.slice(h.nameEnd ?? h.end)) : null;
  if (orOther) d.reasons.push({ field: 'kind', text: `the posting asks for one of these ("${unit.slice(h.start, (h.nameEnd ?? h.end) + orOther[0].length).trim()}"); check which one you send` });
  // "tutkimussuunnitelma ja kaksi lausuntoa": what follows "ja"/"and" with a count or an article is another document.
  const glued = gluedTail(d.title, words);
  if (glued) {
    d.title = glued.title;
    // "Dokumenten" alone says little: the posting's words up to the end of the clause say which ("..., die Ihre Erfahrungen widerspiegeln").
    const at = unit.indexOf(glued.rest, h.start);
    const rest = at >= 0 && /^\p{L}+$/u.test(glued.rest) ? (/^[^();.]{0,120}/u.exec(unit.slice(at))?.[0] ?? glued.rest).trim().replace(/\s+(?:bis|by|until|before|to|an|per)\b.*$/iu, '').replace(/[,;:]+$/u, '') : glued.rest;
    d.reasons.push({ field: 'title', text: `the name stops at "${glued.conjunction}": "${rest}" may be another document; add it if the posting asks for it` });
  }
  // "Prüfungszeugnisse und sonstige Nachweise": the words before "and other documents" name a document of no kind read; the title keeps them.
  const lead = h.kind === 'other' && h.name === undefined && OTHER_WORD.test(words) ? OTHERS_LEAD.exec(span.slice(0, mStart)) : null;
  if (lead?.[1] && lead[2] && !lead[1].split(/\s+/u).some((w) => NOT_TITLE_WORD.test(w)) && findKindMentions(lead[1]).length === 0) {
    d.title = `${lead[1].charAt(0).toUpperCase()}${lead[1].slice(1)} ${lead[2]} ${d.title.charAt(0).toLowerCase()}${d.title.slice(1)}`;
    d.reasons.push({ field: 'kind', text: `"${lead[1]}" is read as no known kind, together with "${words}": check what the posting asks for, and give each its own item and kind if it names one` });
  }
  // An invitation may be a polite request: the user decides.
  if (d.stage === 'optional' && INVITED.test(unit.slice(0, h.start))) d.reasons.push({ field: 'stage', text: 'optional: the posting "invites" applicants to send it; check whether it is in fact asked for' });
  if (partCue && d.stage === 'required' && !d.condition) d.reasons.push({ field: 'stage', text: `asked for, though "${partCue}" may make all of it optional` });
  // "a full CV that includes the names of two referees": a number before another document it describes counts that one.
  const described = h.nameEnd !== undefined && findKindMentions(unit.slice(h.nameEnd, h.end)).some((o) => o.kind !== h.kind);
  addCountAndLimits(d, span, mStart, (described ? (h.nameEnd as number) : h.end) - spanStart, ctx.entry === true && u.linked.length === 1);
  const owner = someoneElses(unit, h);
  if (owner) {
    // "C.V. de la dirección", "For supervisors not employed at NIH, please include full and updated CV": their CV.
    d.reasons.push({ field: 'kind', text: `the ${d.kind === 'cv' ? 'CV' : d.kind === 'bio' ? 'biography' : 'list of publications'} of someone else (${owner.who}), not the applicant's` });
    d.kind = 'other';
    d.key = `${h.kind}:${owner.who.toLowerCase()}`;
    if (owner.title) d.title = owner.title.charAt(0).toUpperCase() + owner.title.slice(1);
    else if (!d.title.toLowerCase().includes(owner.who.toLowerCase())) d.title = `${d.title} (${owner.who})`;
    // "..., C.V. de la dirección del mismo y, en su caso, de la codirección": a cue before another person is about that
    // person; "Currículum resumit dels tutors, si els hagués, ...": a cue after the owner alone is the item's.
    const rest = unit.slice(unit.toLowerCase().indexOf(owner.who.toLowerCase(), h.start) + owner.who.length);
    if (owner.condition) d.condition = owner.condition;
    else if (ANOTHER_PERSON.test(rest)) delete d.condition;
  }
  return d;
}

/** "all three", "all of the three", "alle drei", "toutes les trois": a number that refers back to one said before. */
const ALL_OF = /\b(?:all(?: of)?(?: the| your)?|alle|toutes les|tous les|todas las|todos los|tutte le|tutti i|alla|kaikki)\s+(?:\d{1,2}|two|three|four|five|six|zwei|drei|vier|deux|trois|quatre|dos|tres|cuatro|due|tre|quattro|två|tre|fyra|kaksi|kolme)\s+(?:[\p{L}-]+\s+)?$/iu;

/** A conjunction in a title after its document's name, before a count or an article ("og et budsjett", "ja kaksi ..."). */
// "Lebenslauf sowie Dokumenten, die ...", "a CV and documents that ...": a plural of no kind after the conjunction is another document.
const GLUED = new RegExp(`\\s+(and|as well as|ja|sekä|og|och|samt|und|sowie|et|i|y|e|en)\\s+((?:(?:${['an?', 'the', 'your', 'ein(?:e|en)?', 'ett?', 'ei|eit', 'une?', 'una?', 'uno', 'een', '(?:de |di )?(?:la|las|los|el|les|des|della|delle|dei|degli)', 'del', ...Object.keys(P.NUMBER_WORDS), '\\d{1,2}'].join('|')})\\s+\\S.*|(?:other |further |additional |weitere[n]? |sonstige[n]? )?(?:documents|dokumente[n]?|unterlagen|nachweise[n]?|materials|belege[n]?|documenten|dokumenter|documentos|documenti|documentación|documentação|documentazione)(?![\\p{L}]).*|(?:täytetty |täytetyn |allekirjoitettu )?[\\p{L}-]*lomake.*))$`, 'iu');

/** `title` cut before another document glued to it after `name`, with the conjunction and the rest; undefined when none. */
function gluedTail(title: string, name: string): { title: string; conjunction: string; rest: string } | undefined {
  const at = title.toLowerCase().indexOf(name.toLowerCase());
  if (at < 0) return undefined;
  const from = at + name.length;
  const m = GLUED.exec(title.slice(from));
  if (!m?.[1] || !m[2]) return undefined;
  return { title: title.slice(0, from + m.index).trim(), conjunction: m[1], rest: m[2].replace(/[.,;:]+$/u, '') };
}

/** "other documents", "sonstige Nachweise", "övriga handlingar": a name that starts by saying it is more of what came before. */
const OTHER_WORD = /^(?:any |all )?(?:other|further|additional|sonstige[nrs]?|weitere[nrs]?|andere[nrs]?|övriga|andra|overige|andere|muut|autres|otr[oa]s|altri|altre|outr[oa]s|andre|øvrige|inne|pozostałe)(?![\p{L}])/iu;
/** One to four words and a conjunction that open a list entry, before its "other documents". */
const OTHERS_LEAD = /^\s*(?:[-–•*]\s*)?((?:[\p{L}'’.-]+\s+){0,3}[\p{L}'’.-]+)\s+(and|und|sowie|as well as|&|en|och|og|et|y|e|i|ja|sekä|samt|oraz)\s+$/iu;

/** "are invited to submit": an optional cue that may be a polite request. */
const INVITED = /\b(?:are|is) (?:also |cordially |warmly )?invited to\b/iu;

/** "the provided project proposal template", "CV-Vorlage", "cv-sjabloon", "CV-mall": a template, named by the document it is for. */
const TEMPLATE_AFTER = /^[\s-]?(?:templates?|vorlagen?|mustern?|sjablo(?:on|nen)|mall(?:en|ar)?|pohj(?:a|aa))(?![\p{L}])/iu;
/** "the template for the research proposal", "Vorlage für das Exposé", "modèle de CV", "plantilla del CV", "formato de currículum", "modello di CV". */
const TEMPLATE_BEFORE =
  /(?<![\p{L}])(?:templates?|vorlagen?|sjablo(?:on|nen)|mall(?:en)?|modèles?|plantillas?|modell[oi])\s+(?:(?:provided|given|available)\s+)?(?:for|of|für|zum|zur|voor|van|för|till|de|du|des|pour|para|per|di|del|della|dello)\s+(?:(?:the|a|an|your|das|den|die|der|dein|ihr|ihren|het|de|een|uw|le|la|les|el|il|lo|un|une|votre|su|tu)\s+|l['’])?$|(?:^|[\s(])formatos?\s+(?:del?\s+)?$/iu;

/** People whose documents an applicant may be asked to include: supervisors, advisors, project leaders. */
const OTHER_PEOPLE =
  '(?:co-?)?(?:supervisors?|supervising (?:faculty|professors?)|advis[eo]rs?|mentors?|principal investigators?|PIs?|research leaders?|group leaders?|(?:thesis |project |research )?directors?|promot[eo]rs?|begeleiders?|betreuer(?:in|innen|s)?|doktorv[aä]ters?|handledare|ohjaaj\\p{L}*|directeur(?:s|rice)? de (?:thèse|recherche)|encadrant\\p{L}*|co-?direcci[oó]n|direcci[oó]n|director(?:a|es)?|tutor(?:a|es|s)?|investigador(?:a)? principal|relatore)';

/** "CV of the supervisor", "C.V. de la dirección", "Currículum resumit dels tutors" (a short one): the person the document is about. */
const OWNER_AFTER = new RegExp(`^\\.?\\s*(?:(?:short|brief|abridged|summary|summarized|updated|resumit|resumida?|abreujat|breve|abreviad[oa]|kurzer?)\\s+)?(?:of|for|de|del|dels|de les|de la|du|des|der|von|van|av|för|di|della|dello)\\s+(?:(?:the|your|each|all|both|his|her|their|la|el|le|les|los|las|il|lo)\\s+)?(?:(?:proposed|prospective|suggested|intended|future|main|primary|potential|external|host(?:ing)?)\\s+)?(${OTHER_PEOPLE})\\b([^.;:]*)`, 'iu');
/** "the supervisor's CV", "supervisors' CVs". */
const OWNER_BEFORE = new RegExp(`\\b(${OTHER_PEOPLE})(?:(?:'s|’s|s'|s’|')\\s+(?:[\\p{L}-]+\\s+)?|\\s+)$`, 'iu');
/** "For supervisors not employed at NIH, please include full and updated CV": the sentence asks for their documents. */
const OWNER_CONDITION = new RegExp(`^\\s*((?:for|für|pour|para|per|voor|för)\\s+(?:(?:the|any|each|all|your|les|los|las|die|de)\\s+)?(?:(?:proposed|external|suggested|prospective)\\s+)?(${OTHER_PEOPLE})\\b[^,.;:]*)[,:]`, 'iu');

/** A person other than the applicant named in a text. */
const ANOTHER_PERSON = new RegExp(`\\b${OTHER_PEOPLE}\\b`, 'iu');

/** The applicant's own kinds a posting may also ask of another person. */
const OWNED_KINDS: ReadonlySet<ItemKind> = new Set(['cv', 'publication_list', 'bio']);

/**
 * The person, not the applicant, whose CV or list of publications the mention `h` of `unit` names, and the condition
 * that says when it is asked for; undefined when it is the applicant's ("CV of both the research leader and the
 * proposed candidate" includes the applicant's).
 */
export function someoneElses(unit: string, h: { kind: ItemKind; start: number; end: number; nameEnd?: number }): { who: string; condition?: string; title?: string } | undefined {
  if (!OWNED_KINDS.has(h.kind)) return undefined;
  const end = h.nameEnd ?? h.end;
  const after = OWNER_AFTER.exec(unit.slice(end));
  if (after?.[1] && !APPLICANT.test(after[0])) return { who: after[1], title: unit.slice(h.start, end + after[0].length - (after[2]?.length ?? 0)) };
  const before = OWNER_BEFORE.exec(unit.slice(0, h.start));
  if (before?.[1]) return { who: before[1] };
  const cond = OWNER_CONDITION.exec(unit);
  if (cond?.[1] && cond[2] && cond.index + cond[0].length <= h.start) return { who: cond[2], condition: cond[1] };
  return undefined;
}

/** How a review mark names a kind. */
const KIND_NAMES: Partial<Record<ItemKind, string>> = {
  cover_letter: 'the cover letter',
  motivation_letter: 'a motivation letter',
  research_plan: 'the research plan',
  research_statement: 'the research statement',
};

/**
 * Why the kind of `d` may be another one its words also allow, or undefined: a name postings give to two kinds
 * ("letter of interest"), a research plan asked to cover the applicant's past research, a research plan in a posting
 * for a faculty post (`faculty`). The kind is kept; the mark names both, so a wrong one is not a silent one.
 *
 * @example
 * otherKindReason({ kind: 'cover_letter', title: 'Letter of interest', source: 'a letter of interest' }, false) // 'could be the cover letter or a motivation letter ...'
 */
export function otherKindReason(d: Pick<Draft, 'kind' | 'title' | 'source'>, faculty: boolean): string | undefined {
  for (const t of P.TWO_KIND_NAMES) {
    const said = t.kinds.includes(d.kind) ? g(t.name).exec(d.title) : null;
    if (said) return `could be ${KIND_NAMES[t.kinds[0]] ?? t.kinds[0]} or ${KIND_NAMES[t.kinds[1]] ?? t.kinds[1]} ("${said[0]}" names either): check which the posting means`;
  }
  if (d.kind !== 'research_plan') return undefined;
  // What the posting says the plan covers: the words after its name, up to the next document named.
  const at = d.source.toLowerCase().indexOf(d.title.toLowerCase());
  const rest = at < 0 ? '' : d.source.slice(at + d.title.length);
  const past = g(P.PAST_RESEARCH).exec(rest);
  if (past && !findKindMentions(rest).some((h) => h.start < past.index)) {
    return `could be the research plan or the research statement: the posting asks it to cover "${past[0]}" too; check whether it wants a plan for new work or an account of your research`;
  }
  if (faculty) return 'could be the research plan or the research statement: for a faculty post, a "research plan" often means an account of your research and where it is going; check which the posting means';
  return undefined;
}

/** Words for the applicant: a CV "of the supervisor and the candidate" is also the applicant's. */
const APPLICANT = /\b(?:candidates?|applicants?|yourself|you|student|candidat[oae]s?|solicitante|bewerber\p{L}*|kandidat\p{L}*)\b/iu;

/**
 * "... and a memo", "y una memoria", "und ein Exposé": another document joined right after the item, named with an
 * article; not a description ("including ... and a list of") nor another version of it ("and an abridged 2-page version").
 */
const OTHER_DOCUMENT_AFTER =
  /^\s*(?:and|y|e|i|und|sowie|et|och|og|en|ja|as well as|plus)\s+((?:an?|one|una?|uno|ein|eine|einen|une?|ett|ei|et|een|um|uma)\s+\p{L}{3,}(?:\s+\p{L}+)?)(?![^(]*\b(?:version|copy|copies|abridged|shorter|translation|summary)\b)/iu;

/** "... and a" right before a size that names the next document ("and a one-page memo"). */
// The article is needed: "une lettre de motivation en deux pages maximum" (French "en": in) sizes the letter.
const SIZED_DOCUMENT_AFTER = /^\s*(?:and|y|e|i|und|sowie|et|och|og|en|ja|as well as|plus)\s+(?:an?|one|una?|ein|eine|einen|une?|ett|een)\s*$/iu;

/** Letters or referees named in the plural: "at least 2" when no number is given. */
export const PLURAL_REFERENCES = /\b(?:letters|referees|references|recommenders|recommendations)\b/iu;

/** The count ("two letters") and the size limits of an item, from its span; `alone`: the only item of a list entry. */
function addCountAndLimits(d: Draft, span: string, mStart: number, mEnd: number, alone: boolean): void {
  const reasons = d.reasons;
  const count = findCount(span.slice(0, mStart), span.slice(mStart, mEnd), span.slice(mEnd));
  const people = count || d.kind !== 'cv' ? null : g(P.PEOPLE_CAP).exec(span.slice(mEnd));
  // "Cuatro copias de currículum vitae": one document, sent in paper copies; the copies are a rule of delivery.
  const copies = copiesOf(span);
  if (copies) reasons.push({ text: `"${copies.said}": the posting wants ${copies.copies} paper copies of this one document, read as one item (count 1)` });
  // "include all three cover letters": "all" refers back to a number said before (three positions at most), so the
  // number is the most there can be, not a count every applicant sends.
  const allOf = count?.min !== undefined && count.min === count.max && count.min > 1 ? ALL_OF.exec(span.slice(Math.max(0, mStart - 30), mStart)) : null;
  if (count && allOf) {
    d.max = count.max as number;
    reasons.push({ field: 'max', text: `"${allOf[0].trim()}" refers to a number said elsewhere in the posting; read as at most ${String(count.max)}, not as a count everyone sends: check how many the posting asks for` });
  } else if (count) Object.assign(d, count);
  else if (people?.[1] !== undefined) {
    d.max = Number(people[1]);
    reasons.push({ field: 'max', text: `"${people[0]}" caps the candidates, read as a cap on their CVs (one each)` });
  } else if (d.kind === 'references') {
    const said = span.slice(mStart, mEnd);
    if (/\(s\)/.test(said)) d.min = 1;
    else if (PLURAL_REFERENCES.test(said)) {
      d.min = 2;
      reasons.push({ field: 'min', text: 'the count (at least 2) is inferred from a plural; the posting gives no number' });
    } else d.min = 1;
  }
  for (const l of findLimits(span, true)) {
    if (isPacketLimit(span, l)) continue;
    const between = span.slice(l.end, mStart);
    // In a list entry that names one document, its sizes are that document's ("Maksimum 3 siders sammendrag av ...").
    // "1 page summary of their proposed research": a document noun and "of ..." between the size and the name.
    const attached = l.index >= mStart || (l.end <= mStart && (alone || /^[\s)]*(?:[\p{L}-]+\s+)?(?:(?:of|on|about) (?:the |your |their |his or her |an? )?)?$/u.test(between)) && l.key !== 'max_mb');
    const field = limitField(l);
    // "un curriculum vitae y una memoria (máximo 5 páginas)": the size of another document the span names after this one.
    const other =
      l.index >= mEnd && OTHER_DOCUMENT_AFTER.test(span.slice(mEnd, l.index))
        ? OTHER_DOCUMENT_AFTER.exec(span.slice(mEnd))
        : // "CV and a one-page memo on your plans": the size names the next document, not this one.
          l.index >= mEnd && SIZED_DOCUMENT_AFTER.test(span.slice(mEnd, l.index)) && /^\s*\p{L}{3,}/u.test(span.slice(l.end))
          ? ['', `${span.slice(l.index, l.end)}${/^\s*[\p{L}-]+/u.exec(span.slice(l.end))?.[0] ?? ''}`]
          : null;
    if (attached && other) {
      reasons.push({ text: `the sentence names another document after this one ("${other[1] ?? ''}"), which was not recognized; its limit (${span.slice(l.index, l.end)}) is not given to this item: add that document by hand if the posting asks for it` });
      continue;
    }
    if (!attached || d[field] !== undefined) continue;
    // "CV (including at most 20 pages of appendices)", "(inklusive högst 20 sidor bilagor)": a part's cap, not the item's.
    const open = span.lastIndexOf('(', l.index);
    if (open >= 0 && span.lastIndexOf(')', l.index) < open && INCLUDING_ASIDE.test(span.slice(open + 1, l.index))) {
      const close = span.indexOf(')', l.index);
      reasons.push({ text: `"${span.slice(open + 1, close < 0 ? undefined : close).trim()}" caps what the document includes, not the whole document, so no cap was set: add one by hand if the posting caps the whole document` });
      continue;
    }
    const guide = approximateReason(span, l);
    if (guide) {
      if (!reasons.some((r) => r.text === guide)) reasons.push({ text: guide });
      continue;
    }
    d[field] = l.value;
    if (!l.cue) reasons.push({ field, text: `"${span.slice(l.index, l.end)}" read as a limit` });
    else if (rangeReason(span, l)) reasons.push({ field, text: rangeReason(span, l) as string });
  }
}

/** A parenthesis that says what a document includes ("including", "inklusive", "einschließlich", "y compris"). */
const INCLUDING_ASIDE = /^\s*(?:including|incl\.|inclusive of|inklusive|inkl\.|einschließlich|einschl\.|inclusief|y compris|incluyendo|incluidos?|incluidas?|compres[io]|inclus[oi]|mukaan lukien|inkludert|inklusiv)(?![\p{L}])/iu;

/** Places each unrecognized entry between the items it was listed between, as an item of kind `other`. */
function placeOrphans(u: UnitLayout, drafts: Draft[]): void {
  const { unit, ctx } = u;
  // In a list entry, what its description names ("a CV, including ... a full account of post-school education") is no item.
  const described = ctx.entry && u.linked[0] ? descriptionStart(unit, u.linked[0]) : Infinity;
  // Entries after the last item go after it in the list's order: the last one placed first, each before the one after it.
  const end = drafts.length;
  for (const o of u.orphans.reverse()) {
    if (o.at >= described) continue;
    const at = u.starts.findIndex((s) => s > o.at);
    const name = o.text.replace(/\s*\([^)]*\)?/g, '').trim() || o.text;
    const cue = stageOf(o.text) ?? u.leadStage ?? ctx.stage;
    const d: Draft = {
      kind: 'other',
      title: name.charAt(0).toUpperCase() + name.slice(1),
      stage: cue?.stage ?? 'required',
      ...(cue?.condition ? { condition: cue.condition } : {}),
      accepts: formsOf('other', o.text).accepts,
      defaultAccepts: formsOf('other', o.text).defaulted === true,
      source: unit,
      reasons: [{ field: 'kind', text: 'the kind of this document is not recognized' }],
      ...(ctx.group !== undefined ? { group: ctx.group } : {}),
    };
    for (const l of findLimits(o.text)) if (l.cue && d[limitField(l)] === undefined) d[limitField(l)] = l.value;
    drafts.splice(at === -1 ? end : at, 0, d);
  }
}
