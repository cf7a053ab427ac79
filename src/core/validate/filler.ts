/** Values nobody filled in: template slots, notes to oneself, names and addresses out of a template, roles for people. */
import { foldAccents, titleWord } from '../text/names.js';
import { unseenAsSpace } from '../words.js';
import { reservedDomain } from './values.js';

/** A value nobody filled in: "TBD", "T.B.D.", "To be confirmed", "pending", "xxx", "N.N.", ".", "?", "-", "[Referee name]", "<name>". */
const FILLER = /^(?:tbd|tba|tbc|t\.\s?b\.\s?[dac]\.?|to be (?:confirmed|determined|announced|decided|added|asked|named|contacted)|pending|not yet (?:known|asked|confirmed)|todo|fixme|xxx+|n\.\s?n\.?|\?+|\.+|-+|_+|\[[^\]]*\]|<[^<>]*>|\{[^{}]*\})$/iu;
/** A text begun as a note to oneself ("TODO: write the plan"), filled with "Lorem ipsum", or only an HTML comment. */
export const FILLER_TEXT = /^\s*(?:todo|tbd|tba|fixme|xxx)\b|\blorem ipsum\b|^\s*<!--[\s\S]*-->\s*$/iu;
/** A note to oneself or a slot left in a text or value: "TODO: add the results", "[INSERT UNIVERSITY NAME]", "<your name>". */
const FILLER_INSIDE = /\[\s*(?:insert|your|add|name|enter|fill|university|institution|referee|date)\b[^\]]*\]|<\s*(?:insert|your|add|enter|fill)\b[^<>]*>|:\/\/\.\.\.|\/\.\.\.\//iu;
/** The same notes in capitals only: "I keep a todo list" is a sentence, "TODO: add the results" a note. */
const FILLER_NOTE = /\b(?:TODO|FIXME|TBD)\b/u;
/**
 * Who a template's slot for a referee names, and how it numbers them ("Referee 3", "Referee Three", "Referee #3",
 * "Referee C"), in the languages `profile import` reads, accents folded: "Letter writer", "Gutachter", "Référent",
 * "Referente", "Relatore", "Referencia", "Suosittelija", "Referensperson", "Referentie", "推荐人".
 */
const ROLE = String.raw`(?:referee|reference|recommender|referent|(?:reference|recommendation)\s+(?:letter\s+)?(?:writer|provider)|letter\s*writer|(?:reference|contact)\s*person|` +
  String.raw`(?:erst|zweit|dritt)?gutachter(?:in)?|referentin|referenz(?:person|geber(?:in)?)?|empfehlungsgeber(?:in)?|referente?s?|repondante?|referenza|relat(?:ore|rice)|` +
  String.raw`referencia|recomendante|avalista|suosittelija|referens(?:person)?|referanse(?:person)?|referenceperson|referentie|推荐人|推薦人|推薦者|추천인)`;
/** Numbers spelled in those languages, after the role ("Gutachter zwei", "Référent deux"). */
const NUMBER_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eins|zwei|drei|vier|un|une|deux|trois|quatre|uno|due|tre|dos|tres|yksi|kaksi|kolme|ett|tva|een|twee|drie|jeden|dwa|trzy)`;
const NUMBER = String.raw`(?:\s*(?:(?:no\.?|nr\.?|n[°º]|number|#)\s*)?\d+|\s+(?:(?:no\.?|nr\.?|number|#)\s*)?(?:${NUMBER_WORD}|[a-h]|i{1,3}|iv|vi{0,3}))`;
const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th|\.)|last|other|another|next|additional|` +
  String.raw`erste[rn]?|zweite[rn]?|dritte[rn]?|premier|premiere|deuxieme|second|seconde|troisieme|prim[oa]|second[oa]|terz[oa]|primer|segund[oa]|tercer[oa]?|ensimmainen|toinen|kolmas|forsta|andra|tredje|eerste|tweede|derde)`;
/**
 * A referee's slot shortened: "Ref 2", "Ref. 2", "Ref #2", "R2", "R-2"; "Ref" numbered in words or letters too ("Ref
 * One", "Ref. Three", "Ref zwei", "Ref B", "Ref II") or after an ordinal ("Second Ref"). "R" takes digits only: "R.
 * Two" and "R. Tre" may be an initial and a family name.
 */
const ROLE_SHORT = new RegExp(
  String.raw`^(?:(?:ref|r)\.?\s*(?:no\.?|nr\.?|#)?\s*\d+|ref(?:\.\s*|\s+)(?:(?:no\.?|nr\.?|number|#)\s*)?(?:${NUMBER_WORD}|(?:[a-h]|i{1,3}|iv|vi{0,3})\.?)|(?:the\s+)?${ORDINAL}\s+ref\.?)$`,
  'iu',
);
/** A name that sends the reader elsewhere: "see letter", "see attached CV", "siehe Anlage", "voir lettre", "katso liite". */
const SEE_ELSEWHERE = /^(?:see|cf\.?|refer\s+to|as\s+(?:in|per)|siehe|voir|vedi|ver|katso|se)\s+(?:(?:the|my|attached|enclosed|her|his|their)\s+)*(?:letters?|cv|resume|attachment|attached|enclosure|below|above|document|file|pdf|list|references?|recommendation(?:\s+letter)?|(?:reference|recommendation)\s+letters?|letters?\s+of\s+(?:recommendation|reference)|brief|schreiben|anlage|gutachten|lettre|piece\s+jointe|lettera|allegato|carta|anexo|liite|kirje|bilaga|brevet)$/iu;
/** The words of a form's slots for a given name and a family name, in the languages `profile import` reads. */
const GIVEN_WORD = String.raw`(?:first\s?name|given\s+names?|name|vorname|pr[ée]nom|nome|nombre|nom|voornaam|f[öo]rnamn|fornavn|etunimi|imi[ęe]|jm[ée]no)`;
const FAMILY_WORD = String.raw`(?:last\s?name|surname|family\s+name|name|nachname|familienname|nom(?:\s+de\s+famille)?|cognome|apellidos?|cognoms?|sobrenome|apelidos?|achternaam|efternamn|efternavn|etternavn|sukunimi|nazwisko|p[řr][íi]jmen[íi])`;
/** Between the two slots: "Vorname Nachname", "Nachname, Vorname", "Nome e cognome", "Imię i nazwisko", "Vor- und Nachname". */
const SLOT_JOIN = String.raw`(?:\s*[,/]\s*|\s+(?:(?:and|und|et|e|y|i|og|och|en|ja|a)\s+)?)`;
/** A name made of a form's slot words: "Vorname Nachname", "Prénom Nom", "Nome Cognome", "Imię i nazwisko", or one of them alone. */
const SLOT_WORDS = new RegExp(
  String.raw`^(?:${GIVEN_WORD}${SLOT_JOIN}${FAMILY_WORD}|${FAMILY_WORD}${SLOT_JOIN}${GIVEN_WORD}|vor-\s*und\s+nachname|` +
    String.raw`vorname|nachname|pr[ée]nom|cognome|apellidos?|voornaam|achternaam|f[öo]rnamn|efternamn|fornavn|efternavn|etternavn|etunimi|sukunimi|nazwisko|p[řr][íi]jmen[íi]|sobrenome)$`,
  'iu',
);
/**
 * The dummy names of templates that no one is called, or that are the placeholder before they are a name: "John Doe",
 * "Jane Roe", "Joe Bloggs", "Max Mustermann", "Otto Normalverbraucher", "Jan Modaal", "Fulano de Tal", "Matti
 * Meikäläinen". Dummy names that are also common names of real people ("Jean Dupont", "Mario Rossi") are `exampleName`.
 */
const DUMMY_NAME = String.raw`john doe|jane doe|j\.\s?doe|jane roe|joe bloggs|fred bloggs|max mustermann|erika mustermann|otto normalverbraucher|jan modaal|medel ?svensson|fulan[oa](?:\s+de\s+tal)?|mengano|zutano|beltrano|sicrano|tizio|sempronio|(?:matti|maija) mei(?:k|kk)(?:ä|a|ae)l(?:ä|a|ae)inen`;
/**
 * A person's name out of a template: "John Doe", "Firstname Lastname", "Max Mustermann", and the slots for a
 * referee: "Referee 2", "Referee Three", "Referee #3", "Referee name", "Second Referee", "Name of referee".
 */
const FILLER_NAME = new RegExp(
  String.raw`^(?:(?:prof(?:essor)?\.?|dr\.?)\s+)?(?:${DUMMY_NAME}|first\s?name\s+last\s?name|first\s+last|name\s+surname|given name\s+family name|your name|n\/?a|` +
    String.raw`(?:the\s+)?(?:${ORDINAL}\s+)?${ROLE}(?:${NUMBER})?(?:(?:'s|’s)?\s+(?:full\s+)?name)?|` +
    String.raw`(?:full\s+)?name\s+of\s+(?:the\s+|your\s+)?(?:${ORDINAL}\s+)?${ROLE}(?:${NUMBER})?)$`,
  'iu',
);
/** Who the applicant is on a form, written where their name goes, alone: "Applicant", "Candidate", "Bewerber", "Candidat", "Hakija". */
const APPLICANT_ROLE = String.raw`(?:applicant|candidate|bewerber(?:in)?|kandidat(?:in)?|candidat[eoa]?|solicitante|aspirante|postulante|hakija|sokande|sollicitant|kandidaat|kandydat(?:ka)?|uchazec(?:ka)?|申请人|申請者|応募者|지원자)`;
/** The same, and the student of a student's form, before the slot for a name: "Applicant Name", "Student Name", "Candidate's full name". */
const APPLICANT_WORD = String.raw`(?:${APPLICANT_ROLE}|student(?:in)?|studente(?:ssa)?|estudiante|etudiante?|opiskelija)`;
/** A name's words, as a form's slot writes them after whose name it is: "Name", "Full name", "First name", "Surname", "Nimi". */
const NAME_WORDS = new RegExp(String.raw`^(?:(?:full|complete)\s+)?(?:${GIVEN_WORD}|${FAMILY_WORD}|names?|nimi|namn|naam|navn)$`, 'iu');
const APPLICANT_ALONE = new RegExp(String.raw`^(?:the\s+)?${APPLICANT_ROLE}$`, 'iu');
/** The applicant's name in the languages that say whose first: "Hakijan nimi", "Sökandens namn". */
const APPLICANTS_NAME = /^(?:hakijan|sokandens|kandidatens|sollicitants|opiskelijan)\s+(?:koko\s+|fullstandiga\s+)?(?:nimi|namn|naam)$/iu;
/** Whose name a slot asks for, before its words: "Applicant Name", "Candidate's full name", "Student First Name". */
const APPLICANT_THEN = new RegExp(String.raw`^(?:the\s+|your\s+)?${APPLICANT_WORD}(?:'s|’s|s)?\s+(.+)$`, 'iu');
/** Whose name a slot asks for, after its words: "Name of (the) applicant", "Name des Bewerbers", "Nom du candidat", "Nome della candidata", "Imię i nazwisko kandydata". */
const OF_APPLICANT = new RegExp(
  String.raw`^(.+?)\s+(?:(?:of|des|der|du|de\s+la|de|del|della|dello|van(?:\s+de)?|da|do)\s+)?(?:(?:the|l'|l’)\s*)?(?:${APPLICANT_WORD}|bewerbers|kandidat(?:a|en)|kandydata|uchazece|studenta)$`,
  'iu',
);

/**
 * Whether a name is a form's slot for the applicant: "Applicant", "Applicant Name", "Candidate Name", "Student's full
 * name", "Name of applicant", "Nom du candidat", "Hakijan nimi". "Anna Student" is someone.
 */
function applicantSlot(value: string): boolean {
  if (APPLICANT_ALONE.test(value) || APPLICANTS_NAME.test(value)) return true;
  const after = APPLICANT_THEN.exec(value)?.[1];
  if (after !== undefined && (NAME_WORDS.test(after) || SLOT_WORDS.test(after))) return true;
  const before = OF_APPLICANT.exec(value)?.[1]?.replace(/^(?:the|your)\s+/iu, '');
  return before !== undefined && (NAME_WORDS.test(before) || SLOT_WORDS.test(before));
}

/** A name's words as written, a dot kept with the word before it ("Prof. N. N." is "Prof.", "N.", "N."). */
function writtenWords(value: string): string[] {
  return value.split(/[\s,]+|(?<=\.)/u).map((w) => w.trim()).filter((w) => /[^.]/u.test(w));
}

/** Whether a name is titles only ("Prof. Dr."): the slot for the name left empty after them. */
function titlesOnly(value: string): boolean {
  const words = writtenWords(value);
  return words.length > 0 && words.every(titleWord);
}
/** "(TBC)", "(to be confirmed)", "[tba]", "(to be asked)", "(pending)", "(?)", "(à confirmer)" added to a value not yet known. */
const FILLER_PENDING = new RegExp(
  String.raw`[([]\s*(?:tb[dac]|t\.\s?b\.\s?[dac]\.?|to be (?:confirmed|determined|announced|decided|added|asked|named|contacted)|pending|not (?:yet )?(?:confirmed|asked)|unconfirmed|` +
    String.raw`awaiting (?:confirmation|(?:a |an )?(?:reply|answer))|if (?:available|possible)|maybe|\?+|[àa] confirmer|da confermare|zu best[äa]tigen|noch offen|angefragt|por confirmar|a confirmar|te bevestigen|vahvistamatta)\s*[)\]]`,
  'iu',
);
/** A note to oneself in parentheses after a value, in other words: "(not asked yet)", "(ask her in January)", "(check the title)". */
const NOTE_ASIDE = new RegExp(
  String.raw`[([][^()[\]]*?\b(?:ask(?:ed|ing)?|not\s+yet|yet\s+to|remind(?:er)?|follow[-\s]up|waiting|wait\s+for|` +
    String.raw`fragen|gefragt|nachfragen|demander|demandé|chiedere|chiesto|preguntar|kysy(?:ttävä|tty|n)?|zapyta[ćc])\b[^()[\]]*[)\]]`,
  'iu',
);
/** In a person's name, any parenthesis that asks or hedges is a note too: "(?)", "(maybe)", "(or Jan Kowalski)", "(if she agrees)". */
const NAME_ASIDE = /[([][^()[\]]*?(?:\?|\b(?:check(?:ing)?|confirm|maybe|perhaps|probably|hopefully|if|or|will|should|must|need|todo)\b)[^()[\]]*[)\]]/iu;
/** The keys of a person's name, where a parenthesis may only tell two people apart ("(Aalto)"). */
const NAME_KEYS = new Set(['name', 'family_name', 'given_names']);

/** Whether a note in parentheses after a value says it is not yet known: "(TBC)", "(to be asked)", "(pending)", "(not asked yet)". */
export function pendingNote(note: string): boolean {
  return FILLER_PENDING.test(note) || NOTE_ASIDE.test(note) || NAME_ASIDE.test(note);
}
/** The same notes in capitals in a value (not a text): "Jukka Nieminen - TBC", "University TBA". */
const FILLER_PENDING_WORD = /\b(?:TBC|TBA)\b/u;
/** The values printed as they are (not texts, which may well say "to be announced", nor paths): where a "(TBC)" is a slot. */
const PENDING_KEYS = new Set(['name', 'family_name', 'given_names', 'affiliation', 'position', 'relation', 'title', 'address']);

/** An address out of a template: "firstname.lastname@tuni.fi", "xxx@tuni.fi", "name@university.edu", "referee1@...". */
const FILLER_EMAIL = /^(?:first[._-]?(?:name)?[._-]?last[._-]?(?:name)?|first[._-]?name|last[._-]?name|name[._-]?surname|surname|given[._-]?name|family[._-]?name|your[._-]?(?:name|email|address)|name|x{2,}|referee[._-]?\d*|recommender[._-]?\d*|someone|somebody)@|@(?:your[._-]?)?(?:university|institution|domain|school|college|company|organi[sz]ation)\.(?:edu|com|org|net)$/iu;
/** The slot words of a form's address pattern in the languages `profile import` reads: `vorname.nachname@`, `prenom.nom@`, `etunimi.sukunimi@`. */
const GIVEN_LOCAL = String.raw`(?:first[._-]?name|given[._-]?names?|vorname|pr[ée]nom|nome|nombre|voornaam|f[öo]rnamn|fornavn|etunimi|imi[ęe]|jm[ée]no)`;
const FAMILY_LOCAL = String.raw`(?:last[._-]?name|surname|family[._-]?name|nachname|familienname|nom|cognome|apellidos?|cognoms?|sobrenome|achternaam|efternamn|efternavn|etternavn|sukunimi|nazwisko|p[řr][íi]jmen[íi])`;
/** An address made of those words, either way round or one alone, or an initial before the family word (`v.nachname@`). */
const SLOT_EMAIL = new RegExp(String.raw`^(?:${GIVEN_LOCAL}(?:[._-]?${FAMILY_LOCAL})?|${FAMILY_LOCAL}(?:[._-]?${GIVEN_LOCAL})?|\p{L}[._-]?${FAMILY_LOCAL})@`, 'iu');

/** The words of a form's address fields, which alone make no address: "Street address, City, Postal code", "Straße Nr., PLZ Ort". */
const ADDRESS_WORD = new RegExp(
  String.raw`^(?:your|street|address|line|\d|no|nr|number|house|apartment|apt|flat|building|city|town|postal|post|code|postcode|zip|state|province|region|county|country|` +
    String.raw`stra(?:ß|ss)e|hausnummer|plz|ort|stadt|land|rue|ville|pays|via|citt[àa]|cap|provincia|calle|ciudad|katu(?:osoite)?|postinumero|kaupunki|postitoimipaikka|maa|ulica|miasto|kod|pocztowy|gatan?|postnummer)$`,
  'iu',
);

/** Whether an address is a form's field names only ("Street address, City, Postal code"): the cover would print the template. */
function slotAddress(value: string): boolean {
  const words = value.split(/[\s,.;:/()\n-]+/u).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => ADDRESS_WORD.test(w)) && words.some((w) => !/^\d$/u.test(w));
}

/** The words of a form's field, as a slot names them: `{university}`, `<first name>`, `{your position}`. */
const SLOT_FIELD = String.raw`(?:your|first|last|full|given|family|sur|company|university|uni|institution|institute|school|college|department|dept|faculty|organi[sz]ation|employer|position|job|role|title|date|name|city|country|recipient|hiring|committee|manager|professor|prof|supervisor|contact|group|lab|topic|field|program(?:me)?|degree|subject|insert|enter)`;
/**
 * A template's slot left in a typed text or a printed value: `[University name]`, `{{university}}`, `{university}`,
 * `<university>`, a blank `_____`, `XXX` for a name ("XXX University", "Dear XXX"), a note in capitals ("(ADD MORE
 * HERE)", "INSERT NAME"). LaTeX (`\emph{word}`, `x_{i}`), comparisons (`p < 0.05`), HTML tags, a code identifier
 * (`my__var`), a rule line (`___` alone) and "Super Bowl XXX" are none.
 */
const TEXT_SLOTS: readonly RegExp[] = [
  /\{\{\s*[^{}\n]{1,60}?\s*\}\}/u,
  // One pair of braces or angle brackets around a form's field ("{university}", "<first_name>"), not "{BERT}" of a
  // BibTeX title, `\emph{word}`, "List<String>" or "p < 0.05".
  new RegExp(String.raw`(?<![\p{L}\p{N}\\^_$}])\{\s*(?:${SLOT_FIELD}(?:[\s_-]+\p{L}+){0,3}|\p{L}+(?:_\p{L}+)+)\s*\}`, 'iu'),
  new RegExp(String.raw`(?<![\p{L}\p{N}<])<\s*(?:${SLOT_FIELD}(?:[\s_-]+\p{L}+){0,3}|\p{L}+(?:_\p{L}+)+)\s*>`, 'iu'),
  /\bX{4,}\b|(?<=\b(?:Dear|Prof\.?|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)\s+)XXX\b|\bXXX(?=\s+(?:University|Universit[äy]t?|Institute|College|School|Department|Faculty|Lab(?:oratory)?|Group|Company|Foundation|Hospital|Cent(?:re|er)|Project|Programme|Program)\b)|(?<=\b(?:at|in|from|to)\s+)XXX(?=\s*(?:[,.;:!]|$))/u,
  /\bxxx(?=\s+(?:university|institute|college|school|department|faculty|lab(?:oratory)?|group|company)\b)/iu,
  /\(\s*(?:ADD|INSERT|FILL(?:\s+IN)?|ENTER|WRITE|EXPAND|UPDATE|REPLACE|EDIT|CHANGE)\b[^()]*\)|\b(?:ADD|INSERT|FILL\s+IN|ENTER|WRITE|EXPAND|REPLACE)\s+(?:[A-Z]{2,}\s+){0,3}(?:HERE|MORE|NAME|TEXT|DETAILS|DATE|INFO|LATER|TITLE|UNIVERSITY|INSTITUTION|COMPANY|POSITION)\b|\b(?:NAME|TEXT|MORE|DETAILS|DATE|INFO|UNIVERSITY|INSTITUTION|COMPANY|POSITION|TITLE|SOMETHING)\s+HERE\b/u,
];
/** An address written in a text, with or without `mailto:` before it: its local part and domain only. */
const TEXT_EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-])/gu;

/** The first email address written in `text` ("Ari Oja <ari@uni.fi>" -> "ari@uni.fi"), if any. */
export function emailIn(text: string): string | undefined {
  return text.match(FIRST_EMAIL)?.[0];
}
/** `TEXT_EMAIL` without `g` (no lastIndex to carry between calls), built once: `emailIn` runs on every line a CV opens with. */
const FIRST_EMAIL = new RegExp(TEXT_EMAIL.source, 'u');
/** A blank to write on: three or more underscores not inside a word ("at ______,"), on a line that is not a rule alone. */
const BLANK = /(?<![\p{L}\p{N}_])_{3,}|_{3,}(?![\p{L}\p{N}_])/gu;

/** The values a reviewer reads as typed (not paths, ids or links, which have rules of their own): where a template's slot is one. */
const READ_KEYS = new Set([...PENDING_KEYS, 'text', 'note']);

/**
 * The first template's slot a typed text or value still holds, as written, if any.
 *
 * @example
 * textSlot('Dear Search Committee at {{university}},') // '{{university}}'
 * textSlot('We found p < 0.05 in \\emph{all} runs.') // undefined
 * textSlot('Write to me at firstname.lastname@university.edu.') // 'firstname.lastname@university.edu'
 */
export function textSlot(text: string): string | undefined {
  for (const re of [FILLER_INSIDE, ...TEXT_SLOTS]) {
    const m = re.exec(text);
    if (m) return m[0].trim();
  }
  // A form's address left in the text, or in a mail link ("firstname.lastname@university.edu", "mailto:vorname.nachname@uni.de").
  for (const m of text.matchAll(TEXT_EMAIL)) {
    if (FILLER_EMAIL.test(m[0]) || SLOT_EMAIL.test(m[0]) || genericEmail(m[0])) return m[0];
  }
  for (const m of text.matchAll(BLANK)) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    const end = text.indexOf('\n', m.index);
    if (/[^\s_]/u.test(text.slice(start, end === -1 ? undefined : end))) return m[0];
  }
  return undefined;
}

/** A telephone number with letters for its digits: "+358 XX XXX XXXX", "+1 (555) xxx-xxxx", "###". */
const FILLER_PHONE = /[Xx]{2,}|#{2,}|\bn{3,}\b/u;


/** A name that is a template's slot for one: a title and initials only ("Prof. N. N.", "Prof. NN", "Dr. A"), "NN", or one letter. */
function initialsOnly(value: string): boolean {
  const words = writtenWords(value);
  const rest = words.filter((w) => !titleWord(w)).map((w) => w.toLowerCase().replace(/\./gu, ''));
  if (rest.length === 0 || !rest.every((w) => /^(?:\p{L}|nn|xx+)$/u.test(w))) return false;
  // "Dr. O" and "Prof. E" are real people: O (오) and E (鄂) are family names. Other single letters after a title are slots.
  if (rest.length === 1 && /^[oe]$/u.test(rest[0]!)) return false;
  return rest.length < words.length || rest.length === 1 || rest.every((w) => w === 'nn' || w === 'n');
}

/** The words of a name's slot: "Name", "Full name", "Firstname", "Surname", "Someone", "Unknown", "(name)". */
const FILLER_PERSON = /^(?:(?:prof(?:essor)?\.?|dr\.?|mr\.?|mrs\.?|ms\.?)\s+)*(?:(?:full|first|last|given|family|sur|real)?\s*name(?:\s+here)?|(?:first|given)\s*name\s+(?:last|family|sur)\s*name|some(?:one|body)|unknown|anonymous|nobody|no[\s-]one|none|\([^()]*\))$/iu;

/** What a referee is to the applicant, written where their name goes: "My thesis supervisor", "Head of department". */
const ROLE_PERSON = new RegExp(
  String.raw`^(?:(?:my|the|our|former|current|previous|present)\s+)*(?:(?:b\.?sc\.?|m\.?sc\.?|ba|ma|bachelor(?:'s|’s)?|master(?:'s|’s)?|ph\.?d\.?|doctoral|thesis|dissertation|research|academic|project|internship|lab(?:oratory)?|line|direct|main|primary|second|co-?)\s*)*` +
    String.raw`(?:(?:co-?)?supervisor|advis[eo]r|manager|boss|mentor|employer|lecturer|instructor|tutor|teacher|principal investigator|` +
    String.raw`head\s+of\s+(?:the\s+)?(?:department|dept\.?|school|faculty|unit|group|research group|lab(?:oratory)?|institute|programme|program|division)|` +
    String.raw`(?:department|dept\.?|group|unit|lab(?:oratory)?|research group|team)\s+(?:head|leader|lead|chair)|(?:dean|chair|director)\s+of\s+\S.*)` +
    String.raw`(?:\s+(?:at|of|from|in)\s+\S.*)?$`,
  'iu',
);

/**
 * A supervisor of any kind, after at most three words that say which: "Postdoc supervisor", "internship advisor",
 * "Erasmus co-supervisor", "Doktorvater", "Väitöskirjan ohjaaja", "Min handledare".
 */
const SUPERVISOR = /^((?:[\p{L}\p{M}'’.+-]+\s+){0,3})(?:co-?)?(?:supervisor|advis[eo]r|mentor|tutor|betreuer(?:in)?|doktor(?:vater|mutter)|ohjaaja|handledare|veileder|vejleder|promotor|orientadora?)(?:\s+(?:at|of|from|in)\s+\S.*)?$/iu;
/**
 * The words that may say which supervisor: written in small letters ("postdoc"), an abbreviation in capitals ("PhD",
 * "MSc", "REU"), or one of these. A name does not: "Anne Advisor" and "Mikko Korhonen supervisor" name someone.
 */
const SUPERVISOR_KIND = new Set(['postdoc', 'post-doc', 'postdoctoral', 'undergraduate', 'undergrad', 'graduate', 'grad', 'honours', 'honors', 'exchange', 'erasmus', 'erasmus+', 'industry', 'industrial', 'company', 'clinical', 'summer', 'work', 'team', 'senior', 'junior', 'former', 'current', 'previous', 'academic', 'faculty', 'research', 'thesis', 'dissertation', "master's", 'master’s', 'masters', 'master', "bachelor's", 'bachelor’s', 'bachelor', 'doctoral', 'internship', 'intern', 'placement', 'lab', 'laboratory', 'project', 'course', 'capstone', 'final', 'year', 'group', 'department', 'official', 'formal', 'main', 'primary', 'secondary', 'second', 'co', 'my', 'the', 'our', 'external', 'internal', 'local', 'host', 'daily', 'direct', 'line', 'field', 'fieldwork', 'teaching', 'study', 'trainee', 'traineeship', 'residency', 'startup', 'visiting', 'program', 'programme', 'mein', 'meine', 'min', 'mitt', 'mijn', 'minun', 'väitöskirjan', 'gradun', 'harjoittelun', 'opinnäytetyön']);

/** Whether a value is a supervisor of some kind rather than a named one ("Postdoc supervisor", not "Anne Advisor"). */
function supervisorRole(value: string): boolean {
  const m = SUPERVISOR.exec(value);
  if (!m) return false;
  return m[1]!.split(/\s+/u).filter((w) => w !== '').every((w) => /^\p{Ll}/u.test(w) || /^\p{Lu}[\p{L}.]*\p{Lu}/u.test(w) || SUPERVISOR_KIND.has(w.toLowerCase()));
}
/** The same in the languages that name the role first: "Directeur de thèse", "Directora de tesis", "Relatore della tesi". */
const SUPERVISOR_OF = /^(?:(?:mon|ma|mi|il|la|o|a)\s+)?(?:directeur|directrice|director|directora|diretora?|orientadora?|relatore|relatrice|tutora?|encadrante?|co-?directeur|co-?directrice)\s+(?:de\s+(?:la\s+)?|del(?:la)?\s+|da\s+|di\s+)?(?:these|tesis|tese|tesi|memoire|doctorat|doctorado|doutorado|dottorato|master|stage|recherche)\b.*$/iu;

/** Roles that are family names too: "Dr. Boss" and "Prof. Teacher" may be people, "Dr. Supervisor" is not. */
const ROLE_SURNAME = /^(?:boss|mentor|teacher|tutor)$/iu;

/** A name with the titles before it taken off ("Prof. Dr. ?" is "?", "Dr. Supervisor" is "Supervisor"); as it is when it has none. */
function afterTitles(value: string): string {
  let rest = value.trim();
  for (;;) {
    const m = /^(\p{L}+)\.?(?:\s+|(?<=\.))/u.exec(rest);
    if (!m || !titleWord(m[0].trim())) return rest;
    rest = rest.slice(m[0].length);
  }
}

/** Whether a referee's name is what they are to the applicant, not who they are ("My thesis supervisor", "Dr. Supervisor"). */
export function roleName(value: string): boolean {
  const v = withoutNotes(value.trim()) || value.trim();
  const rest = afterTitles(v);
  const role = (w: string): boolean => ROLE_PERSON.test(w) || supervisorRole(w) || SUPERVISOR_OF.test(foldAccents(w));
  return role(v) || (rest !== v && !ROLE_SURNAME.test(rest) && role(rest));
}

/** A form's words around a slot, which name no one: "Your Name Here", "Enter referee name here", "Insert full name". */
const SLOT_FRAME = /^(?:(?:your|insert|enter|type|write|add|the)\s+)+|\s+(?:(?:goes\s+)?here|to\s+come)$/giu;

/**
 * A value as a form's slot may be written as one word: accents folded ("Référent" as "Referent"), a `-`, `_` or case
 * change between words, or a dot before a number, as a space ("Referee_2", "Your-Name", "FirstNameLastName" as
 * "Referee 2", "Your Name", "First Name Last Name").
 */
function slotSpelling(value: string): string {
  return foldAccents(value)
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/[-_]+|(?<=\p{L})\.(?=\s*\p{N})/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Whether a name, or what follows its titles, is a slot's words: "John Doe", "Vorname Nachname", "Full name", "pending", "?", "Referee_2", "Applicant Name". */
function slotName(value: string): boolean {
  const bare = value.replace(SLOT_FRAME, '').trim();
  const spellings = new Set([value, bare, slotSpelling(value), slotSpelling(bare)].filter((v) => v !== ''));
  return [...spellings].some(
    (v) => FILLER.test(v) || FILLER_NAME.test(v) || SLOT_WORDS.test(v) || FILLER_PERSON.test(v) || ROLE_SHORT.test(v) || SEE_ELSEWHERE.test(v) || applicantSlot(v),
  );
}

/** A name without the notes in parentheses after it: "Referee 2" of "Referee 2 (to ask)"; as it is when it has none. */
function withoutNotes(value: string): string {
  return value.replace(/(?:\s*(?:\([^()]*\)|\[[^[\]]*\]))+$/u, '').trim();
}

/** Keyboard runs and programmers' dummy words, which no one is called even alone: "Asdf", "Qwerty", "Foobar", "Lorem". */
const TEST_MASH = /^(?:asdf\p{L}*|qwert[yz]\p{L}*|azerty\p{L}*|zxcv\p{L}*|h?jkl(?:[;ö]|\p{L})*|foobar|xyzzy|lorem|testi?(?:person|user|name|applicant|henkilö|käyttäjä|hakija))$/iu;
/** Words typed to try a form out: one of them in every word of a name ("Test User", "Foo Bar") makes it test data. */
const TEST_CORE = /^(?:test|testi|testing|dummy|sample|fake|demo|example|foo)$/iu;
/**
 * Words that go with those in test data, and are names of real people too ("Bar", "User", "Tester", "Person" only
 * with them): "Tess Tester", "Gerd Test", "Sam Sample" and "Ada Person" are people, each with one word of their own.
 */
const TEST_OTHER = /^(?:tester|testaaja|bar|baz|qux|quux|ipsum|user|person|henkilö|käyttäjä|hakija|referee|applicant|candidate|account|name)$/iu;

/**
 * Whether a name is test data, typed to try the manifest out: every word a tester's word ("Test User", "Foo Bar",
 * "Asdf Asdf", "Dummy Referee", "Lorem Ipsum", "Test Person", "Person Test", Finnish "Testi Henkilö"), or one run
 * alone ("Qwerty", "Testperson").
 */
function testName(value: string): boolean {
  const words = afterTitles(withoutNotes(value) || value).split(/[\s.,]+/u).filter((w) => w !== '');
  if (words.length === 0) return false;
  if (words.length === 1) return TEST_MASH.test(words[0]!);
  return words.every((w) => TEST_MASH.test(w) || TEST_CORE.test(w) || TEST_OTHER.test(w)) && words.some((w) => TEST_MASH.test(w) || TEST_CORE.test(w));
}

/** Scripts whose names are written without a space between family and given name: "王小明", "김민준", "山田太郎". */
const UNSPACED_NAME = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** What a person's name holds that is markup, not a name: a Markdown link, a web address, emphasis or backticks. */
export type NameMarkup = 'link' | 'address' | 'emphasis' | 'code';
const MD_LINK = /!?\[([^\]\n]*)\]\(\s*<?[^)\s]*>?(?:\s+"[^"]*")?\s*\)/gu;
const WEB_ADDRESS = /<?\b(?:https?:\/\/|www\.)[^\s<>]*>?/giu;
const STRONG = /(\*\*|__)(?=\S)(.*?\S)\1/gu;
// Single `*` or `_` around words, not inside one ("Anna_Maria_", a footnote's lone "Smith*" stay quiet).
const EMPHASIS = /(?<![\p{L}\p{N}*_\\])([*_])(?=[^\s*_])([^*_]*?[^\s*_])\1(?![\p{L}\p{N}*_])/gu;
const CODE = /`([^`\n]+)`/gu;

/**
 * The Markdown or web address a person's name holds (names are printed as typed, not as Markdown), with the name as
 * it should be written (empty when nothing but markup is left); undefined for a plain name ("O'Brien", "Smith-Jones, Jr.").
 * With `addresses: false` (an affiliation, a title: free text that may name a site) a bare web address is no markup.
 *
 * @example
 * nameMarkup('[Prof. Mikko Korhonen](https://www.tuni.fi/en/people/mikko-korhonen)') // { kind: 'link', plain: 'Prof. Mikko Korhonen' }
 * nameMarkup('**Dr. Åsa Ødegård**') // { kind: 'emphasis', plain: 'Dr. Åsa Ødegård' }
 */
export function nameMarkup(value: string, options: { addresses?: boolean } = {}): { kind: NameMarkup; plain: string } | undefined {
  const addresses = options.addresses ?? true;
  // `search` leaves a global pattern's lastIndex as it was: no copy of each pattern per call.
  const has = (re: RegExp): boolean => value.search(re) !== -1;
  const kind: NameMarkup | undefined = has(MD_LINK) ? 'link' : addresses && has(WEB_ADDRESS) ? 'address' : has(STRONG) || has(EMPHASIS) ? 'emphasis' : has(CODE) ? 'code' : undefined;
  if (!kind) return undefined;
  const plain = value
    .replace(MD_LINK, '$1')
    .replace(addresses ? WEB_ADDRESS : /(?!)/gu, '')
    .replace(STRONG, '$2')
    .replace(EMPHASIS, '$2')
    .replace(CODE, '$1')
    .replace(/\(\s*\)|\[\s*\]/gu, '')
    .replace(/\s+/gu, ' ')
    .replace(/[\s,;:|(–—-]+$/u, '')
    .trim();
  return { kind, plain };
}

/**
 * Whether a referee's name is one word, titles and notes aside ("Mikko", "Prof. Korhonen"): a reviewer cannot tell who
 * that is. Names in scripts written without spaces ("王小明") are whole in one word.
 *
 * @example
 * oneWordName('Mikko') // true
 * oneWordName('Prof. Mikko Korhonen') // false
 */
export function oneWordName(value: string): boolean {
  const v = withoutNotes(value.trim()) || value.trim();
  if (UNSPACED_NAME.test(v)) return false;
  // A zero-width space between two names is said as what it is (manifest.invalid), not as one word.
  const words = unseenAsSpace(afterTitles(v)).split(/[\s.,\p{Cf}\p{Cc}]+/u).filter((w) => /\p{L}/u.test(w));
  return words.length === 1;
}

/**
 * Whether a person's name is a slot nobody filled in: "John Doe", "Vorname Nachname", "Referee 2", "Prof. N. N.",
 * "Full name", "(name)", "pending", a title before nothing but punctuation ("Prof. ?") or a role ("Dr. Supervisor").
 */
export function fillerName(value: string): boolean {
  const v = value.trim();
  // A slot stays one with any remark after it: "Referee 2 (to ask)", "Second referee (Aalto?)".
  const bare = withoutNotes(v);
  if (bare !== v && bare !== '' && fillerName(bare)) return true;
  const rest = afterTitles(v);
  return (
    slotName(v) ||
    titlesOnly(v) ||
    initialsOnly(v) ||
    roleName(v) ||
    testName(v) ||
    (rest !== v && (slotName(rest) || /^[\p{P}\p{S}\s]+$/u.test(rest)))
  );
}

/**
 * The dummy names of forms that are also the names of many real people ("Jean Dupont", "Mario Rossi", "Jan
 * Kowalski"), with the language whose forms use them: worth a look, not a refusal.
 */
const EXAMPLE_NAMES: readonly (readonly [RegExp, string])[] = [
  [/^(?:jean|marie) dupont$/iu, 'French'],
  [/^mario rossi$/iu, 'Italian'],
  [/^(?:jan|piet) jansen$/iu, 'Dutch'],
  [/^(?:jan kowalski|anna kowalska)$/iu, 'Polish'],
  [/^(?:jan|jana) nov[áa]k(?:ov[áa])?$/iu, 'Czech'],
  [/^juan p[ée]rez$/iu, 'Spanish'],
  [/^jo[ãa]o da silva$/iu, 'Portuguese'],
  [/^(?:ola|kari) nordmann$/iu, 'Norwegian'],
  [/^jens hansen$/iu, 'Danish'],
  [/^sven svensson$/iu, 'Swedish'],
  [/^(?:hans|max) muster$/iu, 'Swiss'],
  [/^(?:john|richard) roe$/iu, 'English'],
  [/^(?:张三|李四|王五|zhang san|li si|wang wu)$/iu, 'Chinese'],
  [/^(?:山田\s?太郎|山田\s?花子|yamada tar[oō]|yamada hanako|tar[oō] yamada|hanako yamada)$/iu, 'Japanese'],
  [/^(?:홍길동|hong gil-?dong)$/iu, 'Korean'],
];

/**
 * The language whose forms give a name as their example, when a referee's name is that name as the form gives it:
 * "Jean Dupont" is 'French'. Written with a title ("Prof. Jan Kowalski"), it is someone the applicant knows.
 *
 * @example
 * exampleName('Mario Rossi') // 'Italian'
 * exampleName('Prof. Mario Rossi') // undefined
 */
export function exampleName(value: string): string | undefined {
  const v = value.trim().replace(/\s+/gu, ' ');
  return EXAMPLE_NAMES.find(([name]) => name.test(v))?.[1];
}

/** A name or address part that stands for any: "test", "email", "name", "user", "a". */
const GENERIC_LOCAL = /^(?:test\d*|testing|e-?mail|mail|name|user(?:name)?|some(?:one|body)|sample|dummy|fake|foo|bar|abc|xyz|asdf|qwerty|example|address|\p{L})$/iu;
const GENERIC_DOMAIN = /^(?:test\d*|testing|e-?mail|mail|domain|sample|dummy|fake|foo|bar|abc|xyz|asdf|qwerty|example|address|host|site|website|company|somewhere|something)$/iu;

/** An address made up of words that stand for any: "test@test.com", "email@email.com", "name@domain.com" (x.com is real: one letter of a domain is no slot). */
export function genericEmail(value: string): boolean {
  const m = /^([^\s@]+)@([^\s@]+)$/u.exec(value.trim());
  if (!m) return false;
  const labels = m[2]!.split('.');
  return GENERIC_LOCAL.test(m[1]!) && labels.length <= 3 && GENERIC_DOMAIN.test(labels[0]!);
}

/**
 * Whether a value, under its key, is a slot nobody filled in (the tests of `manifest.placeholder`). `shown` is the
 * value as printed (a text without its comments).
 */
export function isFiller(key: string, value: string, shown: string = value): boolean {
  const v = value.trim();
  return (
    FILLER.test(v) ||
    ((key === 'text' || key === 'note') && FILLER_TEXT.test(v)) ||
    FILLER_INSIDE.test(shown) ||
    FILLER_NOTE.test(shown) ||
    (key === 'name' && fillerName(v)) ||
    (PENDING_KEYS.has(key) && (FILLER_PENDING.test(v) || FILLER_PENDING_WORD.test(v) || NOTE_ASIDE.test(v))) ||
    (NAME_KEYS.has(key) && NAME_ASIDE.test(v)) ||
    (key === 'address' && slotAddress(v)) ||
    (READ_KEYS.has(key) && textSlot(shown) !== undefined) ||
    // An address at a name kept for examples is said as such (manifest.placeholder with `reserved`).
    (key === 'email' && (FILLER_EMAIL.test(v) || SLOT_EMAIL.test(v) || (genericEmail(v) && reservedDomain(v) === undefined))) ||
    (key === 'phone' && FILLER_PHONE.test(v))
  );
}

/** A later note that is the applicant's own reminder or a slot: "TODO: ask the registrar", "FIXME", "xxx", "[date]", "?". */
const LATER_FILLER = /^(?:todo|fixme|xxx+|\?+|\.+|-+|_+|\[[^\]]*\]|<[^<>]*>|\{[^{}]*\})$|^\s*(?:todo|fixme|xxx)\b|\blorem ipsum\b/iu;

/**
 * Whether a `later:` note, printed on the cover under its item, is a note to oneself or a slot. "TBD" and "to be
 * announced" are fair there ("date TBD"); "TODO: ask the registrar" is not.
 *
 * @example
 * laterFiller('TODO: ask the registrar') // true
 * laterFiller('Expected on {{date}}') // true
 * laterFiller('After graduation, date TBD') // false
 */
export function laterFiller(value: string): boolean {
  const v = value.trim();
  // A template's slot inside the note ('[date]' in a sentence, 'Expected {{date}}', 'by XXX'), by the rules of a text.
  return LATER_FILLER.test(v) || /\b(?:TODO|FIXME)\b/u.test(v) || textSlot(v) !== undefined;
}

/** A part of a link's path standing for the real one: `xxxx`, `XXXX.XXXXX`, `10.xxxx`, `FILE_ID`, `your-username`. */
const SLOT_SEGMENT = /(?:^|[.\-_])(?:x{3,}|X{3,})(?=$|[.\-_])|^(?:(?:[A-Z]+_)+ID|FILEID|USERNAME|REPO)$|^your[-_]?(?:user[-_]?name|name|repo(?:sitory)?|id|file[-_]?id|handle|orcid|profile|account|site|domain|page|thesis|doi|link|paper|project)$|^user[-_]?name$/u;
/** A host that stands for the applicant's own: `www.yoursite.com`, `your-domain.fi`, `username.github.io`. */
const SLOT_HOST = /^(?:your[-_]?(?:site|domain|website|name|user[-_]?name|page|blog|homepage)|my[-_]?(?:site|domain|website)|user[-_]?name)$/iu;

/**
 * The template's slot a link still holds, if any: a run of x standing for digits (`10.xxxx/xxxxx`, `abs/XXXX.XXXXX`),
 * a `{id}`, `<id>` or `[id]`, a word in capitals for an id (`FILE_ID`), or the applicant's own name or site left as
 * "your-username", "yoursite".
 *
 * @example
 * linkSlot('https://drive.google.com/file/d/FILE_ID/view') // 'FILE_ID'
 * linkSlot('https://arxiv.org/abs/2101.00001') // undefined
 */
export function linkSlot(link: string): string | undefined {
  const l = link.trim();
  // Braces and angle brackets are percent-encoded by the URL parser: read as written, the host too (`{your-site}.github.io`).
  const braced = /\{[^{}]*\}|<[^<>]*>|%7B[^/]*?%7D/iu.exec(l);
  if (braced) return decodeSafe(braced[0]);
  let url: URL;
  try {
    url = new URL(l);
  } catch {
    return undefined;
  }
  const bracket = /\[[^\]]*\]/u.exec(decodeSafe(url.pathname));
  if (bracket) return bracket[0];
  const host = url.hostname.replace(/^www\./u, '').split('.').find((label) => SLOT_HOST.test(label));
  if (host !== undefined) return host;
  const parts = [...url.pathname.split('/'), ...[...url.searchParams.values()]].map(decodeSafe);
  return parts.find((part) => part !== '' && SLOT_SEGMENT.test(part));
}

/** A percent-encoded part as it reads, or as written when it is not valid encoding. */
function decodeSafe(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * Whether a posting's own words in a profile (its title, organization, reference, source, notes, an item's title)
 * are a slot nobody filled in: "TBD", "[INSERT LINK]", "TODO: position title", "Lorem ipsum". A "TBD" inside is the
 * posting's own ("Start date TBD"), and so not one.
 *
 * @example
 * profileFiller('TODO: position title') // true
 * profileFiller('Doctoral Researcher (start date TBD)') // false
 */
export function profileFiller(value: string): boolean {
  const v = value.trim();
  return FILLER.test(v) || FILLER_TEXT.test(v) || FILLER_INSIDE.test(v) || /\b(?:TODO|FIXME)\b/u.test(v);
}
