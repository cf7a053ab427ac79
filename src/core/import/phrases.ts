/**
 * The words postings use, as data. The importer (`import.ts`) only knows how to apply these tables; to teach it a
 * new phrasing, add a pattern here and a case to `test/core/import/phrases.test.ts`.
 *
 * Patterns are matched case-insensitively against normalized text (straight quotes, single spaces, `-` for dashes).
 * Write them without the `g` flag; the engine adds the flags it needs.
 */
import type { Form, ItemKind } from '../schema/vocabulary.js';
import { fromLanguages, kindFromLanguages } from './languages.js';
import { ZONE_ABBREVIATIONS } from '../zones.js';

/** How one item kind is recognized and what it accepts when the posting does not say. */
export interface KindPhrases {
  /** Phrases naming the item; the longest match at a position wins, so specific phrases beat generic ones. */
  patterns: RegExp[];
  /** Forms assumed when the posting names no form: prose kinds also take inline text, which becomes PDF pages. */
  accepts: Form[];
  /** Title used when the posting's own wording cannot be recovered. */
  title: string;
  /** Looser phrases that probably name this kind; an item found only by one of these is marked for review. */
  guesses?: RegExp[];
}

/**
 * What follows "résumé" when it is a summary of some work, not a CV: "Résumé du projet", "Resumé af kandidatprojekt",
 * "a résumé of your research project".
 */
const SUMMARY_OF = String.raw`(?!\s+(?:(?:du|de|des|af|av|över|van)\b|d'|of (?:the |your |a |an |this |their |his |her |its )?(?:(?:proposed|planned|intended|research|doctoral|phd|master'?s?|bachelor'?s?|current|previous|past) )*(?:project|proposal|research|thesis|dissertation|paper|talk|presentation|lecture|article|plan)s?\b))`;
/** "resume" the verb, not the CV: "to be able to resume the form", "resume your application later", "can resume". */
const NOT_THE_VERB = String.raw`(?<!\b(?:to|can|could|will|may|might|cannot|then) )(?!\s+(?:the|this|it|your|where|from|later|editing|filling|working|work)\b)`;

export const KIND_PHRASES: Record<Exclude<ItemKind, 'other'>, KindPhrases> = {
  cv: {
    patterns: [
      new RegExp(String.raw`\b(?:curriculum[- ]vitae|curriculum vita|c\.v\.?|cv|(?:résumé|resume|resumé)\b${SUMMARY_OF}${NOT_THE_VERB}|resumes|vita)\b`),
      new RegExp(String.raw`\b(?:academic|full|updated|detailed|short|complete|current|up-to-date)\s+(?:cv|curriculum vitae|(?:résumé|resume)\b${SUMMARY_OF})\b`),
      /\blebenslauf(?:e?s)?\b/, // German (and its genitive: "eines aktuellen Lebenslaufs")
      // "neben den üblichen Beschreibungen des wissenschaftlichen Werdegangs": the account of one's career is the CV.
      /\b(?:beschreibung(?:en)? (?:des|ihres|seines) (?:\p{L}+ )?werdegang(?:e?s)?|(?:wissenschaftliche[nr]?|tabellarische[nr]?|akademische[nr]?) werdegang(?:e?s)?)\b/u, // German
      /\bansioluettelo\p{L}*/u, // Finnish, with its case endings
      /\b(?:meritförteckning|levnadsbeskrivning)\b/, // Swedish
      ...kindFromLanguages('cv'),
    ],
    accepts: ['file'],
    title: 'CV',
    // "Personal record: List all important data chronologically": the CV under another name, so marked.
    guesses: [
      /\bpersonal (?:record|data sheet)\b/,
      // "include the participant's curriculum and a motivation letter": a person's bare "curriculum" is their CV, so marked.
      /(?<=\b(?:participant|applicant|candidate|student|speaker|fellow|nominee)(?:'s|s'|s)?\s+)curriculum\b(?![ -](?:development|design|of|for|in|at|reform|committee|planning|requirements?|vitae?)\b)/,
      // "Please send your curriculum, a cover letter and ...": a bare "curriculum" that is sent is the CV.
      /(?<=\b(?:send|submit|include|attach|upload|provide|enclose)\s+(?:(?:a|an|your|the|their|his or her|short|brief|full|updated|detailed|complete|current)\s+){0,2})curriculum\b(?![ -](?:development|design|of|for|in|at|reform|committee|planning|requirements?|vitae?)\b)/,
    ],
  },
  cover_letter: {
    patterns: [
      /\bcover(?:ing)? (?:letter|email|e-mail|note)s?\b/,
      /\bletters? of application\b/,
      /\b(?:letter|statement)s? of interest\b/,
      /\bsupporting statement\b/, // UK: the letter addressing the person specification
      /\bapplication letters?\b/,
      // "include your CV, transcripts, and a self-introduction": the letter introducing the applicant.
      /\b(?:a )?(?:brief |short )?self[- ]introductions?\b/,
      // "A motivated application (max. 1 page)": the Danish "motiveret ansøgning" in English, the letter that argues the case.
      /\bmotivated applications?\b/,
      /\b(?:bewerbungs)?anschreiben\b|\bbegleitschreiben\b/, // German
      /\b(?:hakemuskirje|hakukirjelm)\p{L}*/u, // Finnish
      /\b(?:sollicitatiebrief|begeleidende brief)\b/, // Dutch
      /\bansökningsbrev(?:et)?\b/, // Swedish
      // A bare "ansøgning" that is sent, or that contains things, is the whole application.
      /\b(?:søknadsbrev(?:et)?|ansøgningsbrev|ansøgning(?! (?:sendes|skal|må|bør|kan|er|via|online|indeholde|om)\b)|følgebrev)\b/, // Norwegian, Danish
      /\blettre de candidature\b/, // French
      ...kindFromLanguages('cover_letter'),
    ],
    accepts: ['file', 'text'],
    title: 'Cover letter',
    guesses: [
      /\ba (?:short |brief )?letter (?:describing|explaining|outlining|stating|detailing|in which|that describes|that explains)\b/,
      // "Send letter, CV, ...": a bare letter first in a request is the covering letter.
      // Not "agreement from your referee to submit a letter for you": a letter someone writes on the applicant's behalf.
      /(?<!\b(?:referees?|recommenders?|writers?|professors?|supervisors?|someone)\s+to\s+(?:send|submit|email|e-mail|provide|upload)\s+(?:a\s+|your\s+)?)(?<=\b(?:send|submit|email|e-mail|include|provide|upload)\s+(?:a\s+|your\s+)?)letter\b(?!s|\s+(?:of|from|by|for you|on your behalf|about you|in support)\b)/,
      // "besides a letter and a CV, all applications must include ...": a bare letter named beside the CV is the covering one.
      /(?<=\b(?:besides|beside|apart from|in addition to|along with|together with|next to)\s+(?:a\s+|your\s+|the\s+)?)letter\b(?!s|\s+(?:of|from|by)\b)/,
      /\b(?:a|your) letter(?=,? (?:and|plus) (?:a |your )?(?:cv|c\.v\.|curriculum vitae|r[ée]sum[ée])\b)/,
      /\b(?:een|je|uw) brief(?= (?:en|plus) (?:een |je |uw )?(?:cv|curriculum vitae)\b)/, // Dutch
      /\b(?:a )?(?:brief |short )?introduction (?:of|to|about) yourself\b/,
    ],
  },
  motivation_letter: {
    patterns: [
      /\bmotivation(?:al)? (?:letter|statement)s?\b/,
      /\bletters? of motivation\b/,
      // "Letter containing motivation for submitting the application" (Maastricht's numbered attachments).
      /\bletters? (?:containing|stating|with|giving) (?:your |the |a )?motivation\b/,
      /\bletters? (?:motivating|explaining|stating|describing) (?:your |the )?(?:application|candidacy|motivation|choice)\b/,
      /\b(?:statement|letter)s? of (?:motivation|purpose|intent|intention)\b/,
      /\bpersonal statements?\b/,
      /\bpersonal letter\b/,
      /\bstatement (?:of|explaining|on) why you\b/,
      // "A paragraph stating your motivations and goals for participating": the letter, named by what it holds.
      /\b(?:paragraph|essay|statement|text)s? (?:stating|describing|explaining|outlining|setting out) (?:your |the )?(?:motivations?|reasons for applying)\b/,
      /\b(?:statement|description|summary) of (?:your )?(?:career|professional) (?:goals|objectives|aspirations|plans)\b|\bcareer (?:goals|objectives) statement\b/,
      /\breasons? for (?:applying|the application|your application)\b/,
      // "A strong and succinct motivation which tells us your interest", "a short motivation (max. 1 page)": the letter,
      // named by what it holds; not a quality ("a candidate with a strong motivation to learn").
      /(?<!\b(?:with|have|has|having|show|shows|showing|possess\p{L}*|demonstrat\p{L}*|need|needs|require|requires|expect|expects|seek|seeks)\s+)\b(?:a|an) (?:(?:short|brief|strong|succinct|concise|written|personal|clear|one-page|1-page|and),? ){0,4}motivation(?=\s*\(|\.?\s*$|\s+(?:which|that|in which|explaining|stating|describing|outlining|where|of (?:max|at most|up to|no more|\d))\b)/u,
      /\bmotivations(?:schreiben|brief(?:e|s)?)\b/, // German ("Motivationsbrief" in Switzerland and Austria)
      /\bmotivaatiokirje\p{L}*/u, // Finnish
      /\b(?:motivationsbrev|personligt brev|personliga brev|skriftlig motivation)\b/, // Swedish
      /\b(?:motivatiebrief|motivatie)\b/, // Dutch
      /\b(?:motivasjonsbrev|motivasjon for å søke|motivationsbrev)\b/, // Norwegian, Danish
      /\blettre de motivation\b/, // French
      // "Le PROJET PROFESSIONNEL, rédigé en français (1 à 2 pages)": the career plan a French file asks for.
      /\bprojet (?:professionnel|personnel et professionnel|d'études et professionnel)\b/, // French
      /\blettera (?:di )?motivazion[ei]\b/, // Italian
      /\bcarta de motivación\b/, // Spanish
      ...kindFromLanguages('motivation_letter'),
    ],
    accepts: ['file', 'text'],
    title: 'Motivation letter',
    guesses: [
      /\b(?:career aspirations and rationale|why you (?:would like|want|wish) to)\b/,
      // "a page on what your aspirations are and why you ...".
      /\b(?:a|one|half a) page (?:on|about|describing|explaining|outlining) (?:what|why|how|your)\b/,
      // "An essay of not more than 500 words that explains the motivation for applying".
      /\b(?:an? )?(?:short |brief |personal )?essay\b(?=[^.;]{0,60}\b(?:motivation|why (?:you|they)|reasons? for))/,
    ],
  },
  bio: {
    patterns: [/\b(?:short |brief )?(?:bio|biography|biosketch|biographical (?:sketch|statement|note))\b(?!-)/, /\b(?:kurzbiografie|kurzbiographie)\b/, ...kindFromLanguages('bio')],
    accepts: ['file', 'text'],
    title: 'Short bio',
  },
  research_plan: {
    patterns: [
      /\b(?:draft |preliminary |brief |short |detailed |full )?research (?:plan|proposal|project description|project plan|strategy)s?\b/,
      /\b(?:project|phd|doctoral|thesis|dissertation|scientific|fellowship) proposals?\b/,
      /\bproject (?:description|outline|plan|summary and plan)s?\b/,
      /\b(?:research|thesis|dissertation|phd) outlines?\b/,
      /\b(?:pre-?proposal|full proposal|(?:short|brief|detailed|written) (?:research )?proposal)\b/,
      /\b(?:description|outline|explanation|overview|presentation) of (?:the |your |a |an )?(?:[\p{L}-]+ (?:and [\p{L}-]+ )?of (?:the |your |a |an )?)?(?:proposed|planned|future|anticipated|intended|envisaged|prospective)(?: (?:research|doctoral|phd))?(?: (?:project|program|programme|agenda|plan|work|research))?\b/u,
      /\b(?:description|outline|explanation) of (?:the |your |a )?(?:research |doctoral |phd )?(?:project|research program(?:me)?)\b/,
      /\b(?:statement|essay|narrative)\b[^.;:]{0,40}?\b(?:describing|outlining|presenting|explaining) (?:the |your |a )?(?:proposed|planned|intended) (?:[\p{L}-]+ ){0,3}(?:project|research|work|study)\b/u,
      /\bwork ?plan\b/,
      /\b(?:detailed |research |brief )?project statement\b/,
      /\bstatements? of (?:your )?(?:future |proposed )?research plans?\b/,
      /\b(?:description|outline|summary|overview) of (?:the |your |a )?(?:intended |planned |proposed |future )?research plans?\b/,
      /\b(?:forschungsexposés?|forschungsexpose|exposés?|forschungsvorhaben|forschungsplan|forschungsantrag|projektskizze|projektbeschreibung|promotionsvorhaben|dissertationsvorhaben|forschungskonzept)\b/, // German
      /\b(?:darstellung|beschreibung|skizze) (?:ihres|des|eines|ihrer) (?:themas|forschungsvorhabens|projekts|promotionsvorhabens|dissertationsvorhabens|vorhabens)\b/, // German
      /\b(?:projects?|ideas?|research)(?:\/(?:projects?|ideas?))? (?:that )?you (?:propose|would like|intend|plan|wish) to (?:research|develop|pursue|carry out|work on)\b/,
      // "opiskelu- tai työsuunnitelma": a grant's plan of study or work is its research plan.
      /\b(?:tutkimussuunnitelm|väitöskirjasuunnitelm|(?:opiskelu- (?:tai|ja) )?työsuunnitelm|opiskelusuunnitelm)\p{L}*/u, // Finnish
      /\b(?:forskningsplan(?:en)?|forskningsprojekt|projektplan(?:en)?|projektbeskrivelse(?:n)?|projektbeskrivning(?:en)?|prosjektbeskrivelse(?:n)?|prosjektplan(?:en)?|avhandlingsplan(?:en)?|forskningsskiss(?:en)?|projektskiss(?:en)?)\b/, // Swedish, Norwegian, Danish
      /\b(?:onderzoeksvoorstel|onderzoeksplan|projectvoorstel)\b/, // Dutch
      // A plan or proposal *for* a dissertation is a research plan, not the thesis it names: "a plan for the
      // dissertation", "a proposal for a masters dissertation project", "Exposé zur Dissertation", "plan för avhandlingen";
      // not a plan for something done with it ("plan for innlevering av avhandlingen", the plan for handing it in).
      /\b(?:(?:draft |brief |short |detailed |written |preliminary |research )?(?:plan|proposal|prospectus)|exposé|expose|forschungsexposé|onderzoeksvoorstel|onderzoeksplan|voorstel|projet|projekt|forskningsplan) (?:for|of|to|zur|zum|für (?:die|das|eine|ein|ihre)|voor|van|för|till|för|de|pour) (?:the |your |a |an |my |die |das |eine |ein |ihre |het |een |uw |la |le |votre |din |en |ett |sin )?(?:(?!(?:av|of|von|van|de|du|for|för|till|to|about|on)\b)[\p{L}'-]+ ){0,2}?(?:dissertation|thesis|doctoral thesis|phd thesis|doctorate|promotion|proefschrift|dissertatie|avhandling(?:en)?|thèse|tesi|tesis)(?: (?:project|research|topic|projekt|onderzoek))?\b/u,
      /\bprojet (?:d[eu] (?:la )?(?:thèse|recherche|doctorat)|doctoral)\b/, // French
      // "il programma di studio o di ricerca che si intende compiere": the plan of the stay a grant pays for.
      /\bprogramma di (?:ricerca|studio o di ricerca|studio e di ricerca|studio e\/o (?:di )?ricerca)\b/, // Italian
      ...kindFromLanguages('research_plan'),
    ],
    accepts: ['file', 'text'],
    title: 'Research plan',
    // "vapaamuotoinen aiehakemus (n. 5 sivua)": a foundation's short first outline of the project (a "letter of intent",
    // which other calls mean as a letter), so marked. "..., and a research project": one of a list, after "and a"; not
    // "the research project" of the post.
    guesses: [
      /\baiehakemu\p{L}*/u,
      /^(?:an? |your |the )?(?:(?:short|brief|detailed|outline|draft) )?research projects?\b/, /(?<=(?:,|\band|\bas well as|\bplus)\s+)(?:an?|your) (?:(?:short|brief|detailed|outline|draft|personal|own) )?research project\b/, /\bproposal\b/, /(?<!\b(?:active|vigorous|independent|strong|productive|funded|successful|thriving|own|an?) )\bresearch program(?:me)?\b/, /\b(?:proposed|planned|intended) research(?: (?:project|programme|program|agenda))?\b/],
  },
  research_statement: {
    patterns: [
      /\bresearch statements?\b/,
      /\bstatements? of (?:your )?(?:current and future |past and future |current |recent |past |previous |scientific ?\/ ?|scientific (?:and|or) )?research(?: interests| agenda| experience)?\b/,
      /\bresearch (?:interests? )?(?:statement|summary)\b/,
      /\b(?:descriptions?|summar(?:y|ies)|overviews?|outlines?|synopsis) of (?:your )?(?:past and future |current |previous |recent |past |prior |doctoral |ph\.?d\.? |dissertation |postdoctoral |own )?research(?: (?:interests|accomplishments|experience|work|topic))?\b(?! (?:environment|group|team|facilities|infrastructure|centre|center|unit|institution|setting|funding|budget|ethics|data)\b)/,
      /\b(?:description|summary|statement|overview|page) of (?:your )?(?:scientific |research )?interests\b/,
      /\b(?:description|summary|statement|overview) of (?:your )?(?:scientific|research) (?:field|area)s? of interests?\b/,
      /\bstatements? (?:describing|summari[sz]ing|with|on|about) (?:your )?(?:past |current )?research\b/,
      /\boverview of the research topic\b/,
      /\bsynopsis of (?:the )?work\b/,
      /\bbeschreibung (?:des )?forschungsinteresse\p{L}*/u, // German
      /\b(?:forschungsstatement|(?:darstellung|beschreibung) (?:der|ihrer) (?:bisherigen )?forschung(?:stätigkeit|sschwerpunkte)?)\b/, // German
      // "a description of research plans and achievements", "Beschreibung aktueller und geplanter Forschungsprojekte":
      // past and future work together is an account of one's research, not a plan for a project.
      /\b(?:(?:descriptions?|summar(?:y|ies)|overviews?|statements?) of (?:your )?)?research plans? and (?:past |previous |recent )?(?:achievements|accomplishments|results)\b/,
      /\b(?:(?:descriptions?|summar(?:y|ies)|overviews?|statements?) of (?:your )?)?(?:past|previous|current|recent) (?:research )?(?:achievements|accomplishments) and (?:future )?(?:research )?plans\b/,
      /\b(?:(?:beschreibung|darstellung|übersicht) (?:der |ihrer )?)?(?:aktuelle[nr]?|bisherige[nr]?|laufende[nr]?|gegenwärtige[nr]?) und (?:geplante[nr]?|künftige[nr]?|zukünftige[nr]?) forschung\p{L}*/u, // German
      ...kindFromLanguages('research_statement'),
    ],
    accepts: ['file', 'text'],
    title: 'Research statement',
    guesses: [/\bresearch interests\b/],
  },
  teaching_statement: {
    patterns: [
      /\bteaching (?:statement|philosophy|portfolio|folio|plan|dossier|evaluations|record)s?\b/,
      /\b(?:student|course) (?:teaching )?evaluations\b/,
      /\bevaluations of (?:your |their |his or her )?(?:recent |previous )?teaching\b/,
      /\bstatement of teaching(?: philosophy| interests| experience)?\b/,
      /\b(?:statement|essay|page) (?:on|about) (?:your )?teaching(?: (?:philosophy|interests|experience))?\b/,
      /\b(?:statement|description) (?:describing |of )?(?:your )?(?:approach to|techniques of|methods of)? ?(?:undergraduate )?teaching(?: (?:techniques|philosophy|methods|approach))?\b/,
      /\b(?:information|details|evidence) (?:about|on|of) (?:your )?(?:experience with |excellence in |effectiveness in |successful |effective |excellent |quality )?teaching\b/,
      /\bevidence of teaching (?:effectiveness|excellence|quality)\b/,
      /\b(?:lehrkonzept|lehrportfolio|lehrevaluation(?:en)?|lehrerfahrung|(?:angaben|nachweise?) (?:über|zur|zu) (?:der |die |ihrer |ihre )?(?:bisherigen? )?lehrtätigkeit)\b/, // German
      /\b(?:undervisningsportfolio|undervisningsportefølje|pedagogisk portfölj|pedagogisk portfolio|opetusportfolio|undervisningsplan(?:en)?|undervisningsfilosofi(?:n)?)\b/, // Nordic
      // "laatii selvityksen opetusansioistaan": the applicant's account of their teaching merits.
      /\b(?:selvity\p{L}* (?:\p{L}+ )?opetusansio\p{L}*|opetusansioiden selvity\p{L}*|opetusansioselvity\p{L}*)/u, // Finnish
      // Course evaluations by students are evidence of teaching, as "teaching evaluations" are.
      /\b(?:kurs(?:ut)?värderingar|(?:student|undervisnings)utvärderingar|undervisningsevalueringer|kursusevalueringer|opetuspalautteet|kurssipalautteet)\b/, // Nordic
      // "An account of your teaching qualifications", as Danish and Swedish calls for lecturers ask for them.
      /\b(?:an? )?(?:account|description|statement) of (?:your |the applicant's |the candidate's )?(?:teaching|pedagogical) (?:qualifications|merits|competence|experience)\b/,
      /\bredegørelse for (?:ansøgerens |din |dine )?(?:undervisningsmæssige|pædagogiske) (?:kvalifikationer|kompetencer|meritter)\b/, // Danish
      /\bredogörelse för (?:sökandens |din |dina )?(?:pedagogiska (?:meriter|kvalifikationer|skicklighet)|undervisningsmeriter)\b/, // Swedish
      ...kindFromLanguages('teaching_statement'),
    ],
    accepts: ['file', 'text'],
    title: 'Teaching statement',
  },
  diversity_statement: {
    patterns: [
      /\bdiversity(?:,? equity,? and inclusion)? statements?\b/,
      /\bstatement (?:on|of|addressing) (?:your )?(?:contributions to )?(?:diversity|inclusion)\b/,
      /\bstatement (?:about|on|of|addressing|describing) (?:your )?(?:commitment|contributions?) to (?:diversity|inclusion|inclusivity|equity|inclusive excellence)\b/,
      /\b(?:dei|edi|equity) statement\b/,
      /\b(?:statement|description|discussion|essay) (?:of|on|about|describing|addressing|explaining) (?:how|your)\b[^.;:]{0,100}?\b(?:diversity|inclusion|inclusive excellence|equity)\b/,
      /\bstatements? on (?:edi|dei|equity,? diversity,? and inclusion|diversity,? equity,? and inclusion|equity and diversity|diversity and inclusion)\b/,
      ...kindFromLanguages('diversity_statement'),
    ],
    accepts: ['file', 'text'],
    title: 'Diversity statement',
  },
  transcript: {
    patterns: [
      /\b(?:official |unofficial |academic |university |grade |postsecondary )?(?:(?:bachelor|master|undergraduate|graduate)(?:'?s)? (?:degree )?)?transcripts?(?: of (?:records|grades|academic records|examination results|(?:the |your )?(?:official )?(?:university )?(?:bachelor|master|undergraduate|graduate|phd|doctoral)(?:'?s)?(?: degrees?(?: taken)?| studies| programmes?)?))?\b/,
      /\b(?:copy|copies|record|records|list) of (?:your )?(?:grades|marks|courses and grades|study records|academic record)\b/,
      /\b(?:list|record|overview) of (?:the |your |all )?(?:university |academic |graduate |undergraduate )?courses (?:taken|completed|attended|passed)\b/,
      /\bacademic records?\b/,
      /\bgrades? (?:reports?|sheets?|lists?|overviews?)\b/,
      /\bmark ?sheets?\b/,
      // "Zeugnisse und Diplome": beside the diplomas, the Zeugnisse are the grade certificates.
      /\bzeugnisse(?= (?:und|sowie|&) (?:\p{L}+ )?(?:diplome|urkunden|diplomurkunden|abschlussurkunden)\b)|(?<=\b(?:diplome|urkunden) (?:und|sowie|&) )zeugnisse\b/u,
      /\b(?:notenspiegel|notenübersicht|notenauszug|leistungsübersicht|zwischenzeugnis|transcript of records|transkripte?s?)\b/, // German
      /\b(?:opintosuoritusot(?:e|te)\p{L}*|opintorekisteriot(?:e|te)\p{L}*)/u, // Finnish
      /\b(?:registerutdrag|ladok-utdrag|(?:gymnasie)?betyg|betygsutdrag|studieutdrag)\b/, // Swedish
      /\bkarakterutskrift(?:er)?\b/, // Norwegian
      /\bcijferlijst(?:en)?\b/, // Dutch
      /\brelevés? de notes?\b/, // French ("les relevés de note du cursus antérieur")
      ...kindFromLanguages('transcript'),
    ],
    accepts: ['file'],
    title: 'Transcript of records',
    // "des akademischen Grades": a German degree (Grad), not grades.
    guesses: [/(?<!\b(?:des|eines|ihres|seines|akademischen|höchsten|erworbenen) )\bgrades\b/],
  },
  thesis: {
    patterns: [
      /\b(?:msc|m\.sc\.|master'?s?|ma|bachelor'?s?|bsc|diploma|phd|doctoral)\s+(?:thesis|theses|dissertations?)\b(?! (?:supervisor|advisor|topic|project|committee|defen[cs]e|examination|examiners?))/,
      /\b(?:thesis|theses)\b(?! (?:supervisor|advisor|topic|project|committee|defen[cs]e|examination|examiners?))/,
      /\bdissertations?\b(?! (?:supervisor|advisor|director|topic|project|committee|defen[cs]e|research|work|phase|stage|fellowship|year|completion|plan|proposal))/,
      /\b(?:description|summary) of (?:the |your )?(?:master'?s?|bachelor'?s?|msc|ma) project\b/,
      /\b(?:masterarbeit|abschlussarbeit|diplomarbeit|bachelorarbeit)\b/, // German
      /\b(?:pro gradu|diplomityö|tutkielma\p{L}*)/u, // Finnish
      /\b(?:\p{L}*uppsats(?:en|er|erna)?|examensarbet(?:e|et|en|ena))\b/u, // Swedish
      /\b(?:masteroppgave(?:n)?|hovedoppgave(?:n)?)\b/, // Norwegian
      /\b(?:afstudeerscriptie|scriptie)\b/, // Dutch
      /\bmémoire\b/, // French
      ...kindFromLanguages('thesis'),
    ],
    accepts: ['file'],
    title: 'Thesis',
  },
  publication_list: {
    patterns: [
      // Not "bibliography": in an application that is the works a proposal cites, not the applicant's papers.
      /\b(?:full |complete )?(?:list of (?:your )?(?:publications|papers|research outputs?)|publications? list)\b/,
      // "List of research achievements (prescribed form)": the Japanese 研究業績一覧 in English.
      /\b(?:list|record|summary) of (?:your |the applicant's )?(?:research|academic|scientific|scholarly|educational and research) (?:achievements|accomplishments|outputs?|results|activities)\b|\b(?:research|academic) achievements? list\b/,
      /\bbibliography of (?:your )?publications\b/,
      // "a full record of their publications (starting with the most recent)".
      /\b(?:full |complete )?record of (?:your )?(?:publications|published (?:work|papers))\b/,
      /\bdetails of (?:your )?published papers\b/,
      /\bresearch record\b/,
      /\b(?:publikationsförteckning(?:en)?|förteckning över (?:dina |egna )?publikationer|publikationsliste|publikationslista|publikasjonsliste|publikationsliste|publicatielijst|julkaisuluettelo\p{L}*|publikationsverzeichnis|schriftenverzeichnis|veröffentlichungsliste|verzeichnis der (?:veröffentlichungen|publikationen)|liste der (?:veröffentlichungen|publikationen)|lijst (?:van|met) publicaties)\b/u, // German, Nordic, Dutch, Finnish
      /\bliste?(?: over)? (?:eventuelle )?vitenskapelig(?:e)? (?:arbeid|produksjon(?:er)?)\b/, // Norwegian
      /\bliste (?:des|de) publications\b/, // French
      /\belenco delle pubblicazioni\b/, // Italian
      // "Förteckning över utvalda publikationer", "list of selected publications": a list, whatever adjective is between.
      /\bliste (?:wissenschaftlicher|eigener|ausgewählter|sämtlicher) (?:publikationen|veröffentlichungen)\b/, // German
      /\b(?:list (?:of|of your)|förteckning (?:över|på)|lista (?:över|med|på|delle|de)|liste (?:over|der|ihrer|des|de vos|de ses)|verzeichnis (?:der|ihrer)|lijst (?:van|met)|elenco (?:delle|di)) (?:(?!(?:and|or|und|oder|och|eller|og|et|ou|e|o|y|en|of|av)\b)\p{L}+ ){1,2}(?:publications|papers|publikationer|publikationen|publikasjoner|veröffentlichungen|publicaties|pubblicazioni|publicaciones)\b/u,
      ...kindFromLanguages('publication_list'),
    ],
    accepts: ['file'],
    title: 'List of publications',
    // An entry that is just "Publications" ("6. Publication & Contributions"): the list of them.
    guesses: [/^(?:your |selected )?publications?(?:\s*(?:&|and)\s*(?:contributions|presentations|patents|conference contributions))?(?=\s*(?:$|[(:,;.]))/],
  },
  writing_sample: {
    patterns: [
      /\bwriting samples?\b/,
      /\b(?:selected |representative |sample |relevant |key )(?:publications|papers|reprints)\b/,
      /\b(?:copies|copy|pdfs?|re-?prints?)(?:\/re-?prints?)? of (?:(?:the|your|a|an|up to|one|two|three|four|five|\d+|or|his|her|their|at most|no more than) )*(?:(?:selected|representative|relevant|best|key|recent|most important|major|main|significant|published) )*(?:publications?|papers?|articles?|reprints?)\b/,
      /\b(?:publication|research) samples?\b/,
      /\bsamples? of (?:your |their )?(?:recent |published |written |scholarly |academic |best )?(?:work|writing|written work)\b/,
      /\b(?:schriftprobe|arbeitsprobe)n?\b|\b(?:einsendung|zusendung|vorlage) (?:von|ausgewählter|der) (?:ausgewählten )?schriften\b/, // German
      /(?<!\b(?:liste|verzeichnis) (?:der|ihrer) )\b(?:zwei|drei|vier|fünf|\d) (?:wichtigsten|relevantesten|besten|ausgewählten|repräsentativen) (?:publikationen|veröffentlichungen|schriften|arbeiten)\b/, // German
      /\bauszug aus (?:einer |ihrer )?(?:selbst verfassten |eigenen |wissenschaftlichen )*(?:arbeit|abschlussarbeit|masterarbeit|publikation)\b/, // German
      /\bsamples? of (?:your )?(?:written work|writing|academic writing|scholarly work|work|scholarship)\b/,
      /\bsamples? of (?:your )?(?:(?:scholarly|creative|academic|published|research|written|artistic)(?: (?:or|and) (?:scholarly|creative|academic|published|research|written|artistic))? )?(?:work|writing|publications|papers|research)\b/,
      /\b(?:job market|working) papers?\b/,
      /\b(?:skrivprov(?:et)?|skriveprøve(?:n)?|arbetsprov(?:et)?)\b/, // Swedish, Norwegian: a writing test sent as a text of one's own
      // "... a list of marks and two recent essays": counted essays are pieces of writing, not a statement.
      /\b(?:one|two|three|\d) (?:recent |best |selected |representative )*(?:research )?(?:articles?|papers|publications|essays)\b/,
      // "up to 3 reprints", "1-2 example publications", "your five most recent ISI publications", "up to 10 scientific works":
      // a counted choice of the applicant's papers. Not "a list of your five most important publications" (a list).
      /(?<!\blist of (?:your |the )?)\b(?:(?<=\b(?:up to|at most|no more than|max(?:imum|\.)?) )(?:\d{1,2}|six|seven|eight|nine|ten)|\d(?: ?(?:-|to|or) ?\d)?|(?:one|two|three|four|five)(?: (?:or|to) (?:two|three|four|five))?) (?:of (?:your |the |their )?)?(?:(?:most )?(?:recent|best|selected|representative|relevant|important|significant|example|sample|key|major|published|isi|journal|peer-reviewed) )*(?:(?:scientific|academic|scholarly|research) )?(?:articles|papers|publications|reprints|(?<=(?:scientific|academic|scholarly) )works?)\b/,
      // "An example of your scholarly work", "examples of publications".
      /\bexamples? of (?:your |their )?(?:(?:recent|best|published) )?(?:(?:scholarly|academic|written|scientific|research|published) (?:work|writing)|publications|papers|articles)\b/,
      /\bpre-?prints?\b/,
      // "a copy of the dissertation and/or a recent publication": one paper of the applicant's.
      // Not a paper the posting cites ("as shown in a recent publication by our group").
      /(?<!\b(?:in|see|from|on|to) )\b(?:a|one) (?:recent|representative|published|selected) (?:(?:research|scientific|journal|peer-reviewed) )?(?:publication|paper|article)\b(?! (?:by|from|of) (?:our|the|this|his|her) )/,
      /\bwork samples?\b/,
      /\b(?:any|eventuelle|eventuella|all) (?:published )?(?:publications|publikasjoner|publikationer|papers)\b/,
      /\bpublicerade? (?:vetenskaplig(?:a)? )?(?:skrift(?:er)?|artikel|artiklar|text)\b/, // Swedish
      /\bpubblicazion[ei]\b/, // Italian
      // "valitsemiaan julkaisuja" (publications they choose), "utvalda publikationer": a chosen few, not the list.
      /\b(?:valitsem\p{L}*|valitut|valittuja|edustavimm\p{L}*|edustavimpia|keskeisimm\p{L}*|keskeisimpiä|tärkeimm\p{L}*|tärkeimpiä) julkaisu\p{L}*|\butvalda (?:publikationer|arbeten|skrifter)\b/u, // Finnish, Swedish
      ...kindFromLanguages('writing_sample'),
    ],
    accepts: ['file'],
    title: 'Writing sample',
  },
  references: {
    patterns: [
      // Not "letters of support": those come from a host or a head of department, not from referees.
      /\b(?:recommendation|reference) letters?(?:\(s\))?\b/,
      /\bletters?(?:\(s\))? of (?:recommendation|reference)\b/,
      // "Two reference forms (at least one academic)": the form a referee fills in is the reference.
      /\b(?:recommendation|reference|referee) forms\b|\b(?:an?|one|two|three|[1-5]) (?:recommendation|reference|referee) forms?\b/,
      /\b(?:names|(?:contact )?details|contact information) (?:and [\w ,-]{1,40} )?(?:of|for) (?:\w+ )?(?:referees|references|recommenders)\b/,
      /\breferees?\b/,
      /\b(?:professional |academic )?references\b/,
      /\b(?:academic|professional|written|confidential) reference\b/,
      /\b(?:submit|provide|send|arrange for|upload) (?:a|one|another) (?:further )?reference\b(?!\s+(?:to|number|code|no\b|id\b))/,
      /\ban? (?:academic |professional |personal |written |confidential )?reference (?=(?:letter )?(?:is|will be) (?:required|needed|requested|expected)\b)/,
      /\brecommenders\b/,
      // "Names and contact information of two persons who can provide an opinion about the applicant".
      /\b(?:persons?|people|individuals|experts|academics|scholars|researchers)\b (?:who|that|whom) (?:can|could|may|would|will|are (?:able|willing|prepared) to|(?:would|will) be (?:able|willing|prepared) to)(?: be)? (?:(?:provide|give|write|offer|supply|comment|speak|contacted|asked|consulted)\b[^.;]{0,40}?\b(?:opinions?|assessments?|evaluations?|(?:the |your |his |her )?(?:applicant|candidate|work|qualifications|suitability)|you)\b)/,
      /\b(?:referees?'?s?|reference) reports?\b/,
      /\btestimonials?\b/,
      /\b(?:empfehlungsschreiben|referenzschreiben|empfehlungen|promotionsempfehlung|gutachten|referenzen|referenzpersonen|befürwortende stellungnahme)\b/, // German
      // "Weiterhin sollen zwei HochschullehrerInnen benannt werden, die bereit sind, über den Bewerber Auskunft zu geben".
      /\b(?:hochschullehrer|professor|wissenschaftler|gutachter|referenzgeber|personen)\p{L}*(?= (?:benannt werden|zu benennen|benennen)\b|,? die (?:bereit sind|gerne|können)?[^.;]{0,40}\bauskunft\b)/u, // German
      /\b(?:suosituskirje\p{L}*|suosittelija\p{L}*)/u, // Finnish
      // "ohjaajan lausunto", "ohjaaja toimittaa lausuntonsa": the supervisor's statement, a reference.
      /\bohjaaja\p{L}*(?: (?:itse )?(?:toimittaa|lähettää|antaa|kirjoittaa))? lausun(?!nonantaj)\p{L}*/u, // Finnish
      // "kaksi suositusta", "puollot": recommendations and endorsements; not a bare "suositus", which is also a guideline.
      /\b(?:suositukset|suosituksia|suositusta|suositusten|puollot|puolto|puoltoja|puollon|puoltolausun\p{L}*)\b/u, // Finnish
      /\b(?:referenspersoner|referensperson|referensintyg|referenser|referenter|rekommendationsbrev)\b/, // Swedish
      /\b(?:referansepersoner|referanseperson|referanser|anbefalingsbrev|anbefalinger)\b/, // Norwegian, Danish
      /\b(?:aanbevelingsbrie(?:f|ven)|referentiebrie(?:f|ven)|referenties|referenten|referent|(?:namen|contactgegevens)(?: en contactgegevens)? van (?:\w+ )?(?:referenten|referenties))\b/, // Dutch
      /\blettres? de (?:recommandation|référence)\b/, // French
      // "Indiquez deux référents": not a lone "référent", which is also a contact person ("le référent handicap").
      /(?<=\b(?:deux|trois|quatre|un|une|[1-5]) (?:personnes? )?)\bréférent(?:e)?s?\b|(?<=\b(?:vos|des|les|de) )\bréférent(?:e)?s\b|\bpersonnes? référentes?\b/,
      /\blettere di (?:presentazione|raccomandazione)\b|\blettera di raccomandazione\b/, // Italian (one "lettera di presentazione" is a cover letter)
      ...kindFromLanguages('references'),
    ],
    accepts: ['letter'],
    title: 'Letters of recommendation',
    // "three letters" in a list of application documents are nearly always letters of reference.
    guesses: [
      /\b(?:two|three|four|five|[2-5]|(?:two|three|[23]) (?:or|to|-) (?:three|four|[34])) (?:confidential |current |professional )?letters\b/,
      // An entry that is just "Recommendations" ("• Recommendations" among the appendices): the letters.
      /^(?:(?:two|three|[23]) )?recommendations(?=\s*(?:$|[(:,;.]))/,
    ],
  },
  diplomas: {
    patterns: [
      // "Copies of relevant B.Sc. and M.Sc. diplomas": degrees written with full stops, and a word before them.
      /\b(?:(?:certified )?cop(?:y|ies) of (?:(?:your|the|all|relevant|official) )*)?(?:(?:bachelor'?s?|master'?s?|b\.?sc\.?|m\.?sc\.?|b\.a\.|m\.a\.|phd|ph\.d\.|degree|university)(?:'s)?(?: and (?:bachelor'?s?|master'?s?|m\.?sc\.?|b\.?sc\.?|m\.a\.)(?:'s)?)? )?(?:diplomas?|degree certificates?)\b/,
      /\b(?:certificates? of (?:your )?(?:degrees?|graduation)|degree certificates?|diploma supplements?)\b/,
      /\b(?:phd|ph\.d\.|doctoral|masters?'?s?|bachelors?'?s?|msc|bsc|university|academic|abitur|high[- ]school|school[- ]leaving) (?:degree )?certificates?\b/,
      // "A copy of the Master's (or other equivalent degree) certificate": an aside between the degree and its certificate.
      /\b(?:phd|doctoral|master'?s?|bachelor'?s?|msc|bsc) \((?:or |e\.g\. |i\.e\. )[^)]{0,40}\) (?:degree )?(?:certificates?|diplomas?)\b/,
      /\b(?:certified )?cop(?:y|ies) of (?:your |all |the )?(?:degree |academic |university )?(?:certificates?|qualifications)\b/,
      /\b(?:certified (?:true )?)?cop(?:y|ies) of (?:your |the )?(?:bachelor|master|phd|doctoral|university)(?:'?s)? degrees?\b/,
      /\b(?:certified (?:true )?)?cop(?:y|ies) of (?:your |all |the )?(?:academic |university )?degrees\b/,
      // "a copy of the highest degree obtained", "copy of your most recent degree".
      /\b(?:certified (?:true )?)?cop(?:y|ies) of (?:your |the )?(?:highest|most recent|latest|last) (?:academic |university )?degrees?\b/,
      /\bproof of (?:your )?(?:degree|graduation|qualifications?)\b/,
      // "Your academic qualifications including in progress qualifications" as an entry: their papers (not "to substantiate your ...").
      /(?:^[\s(•*-]*(?:\d+[.)]\s*)?your|\b(?:evidence|details|cop(?:y|ies)) of (?:your )?) ?academic qualifications\b/,
      /\bdocumentation (?:for|of) (?:your )?(?:completed |the )?(?:ma|msc|ba|bsc|master'?s?|bachelor'?s?|degree|phd|doctorate)\b/,
      /\bnachweis (?:des|über den|ihres|eines) (?:\p{L}+ )?(?:hochschul|studien|master|bachelor|diplom)?abschlusses\b/u, // German
      /\b(?:documentation|evidence|proof|confirmation|certification) (?:affirming|confirming|showing|establishing|certifying|of) (?:that )?(?:the |your )?(?:\p{L}+ )?(?:doctorate|doctoral degree|degree|ph\.?d\.?)(?: (?:was|has been|is|had been) (?:awarded|conferred|completed|obtained))?/u,
      /\bdegree (?:documents?|diplomas?)\b/,
      /\b(?:zeugniskopien|zeugnis(?:se|sen)?|(?:abschluss|abschlussprüfungs|bachelor|master|diplom|hochschul|promotions|doktor|reife|abitur)zeugnis(?:se|sen|ses)?|(?:kopie|kopien|abschrift) (?:des|der|ihres) diploms?|(?:doktor|promotions|master|bachelor|magister|hochschul|abschluss|universitäts)diplom(?:s|e|es|en)?|(?:diplom|promotions|master|bachelor|hochschul)urkunden?|urkunden?|studienabschluss-dokumente)\b/, // German
      /\b(?:tutkintotodistu\p{L}*)/u, // Finnish
      /\b(?:examensbevis(?:et|en|eten)?|vitnemål(?:et)?|eksamensbevis(?:er|et|erne)?|intyg (?:över|om) (?:din |avlagd )?(?:doktorsexamen|examen|magisterexamen|masterexamen))\b/, // Swedish, Norwegian, Danish
      /\bgetuigschrift(?:en)?\b/, // Dutch
      /\b(?:dipl[oô]mes?|attestation de réussite)\b/, // French
      ...kindFromLanguages('diplomas'),
    ],
    accepts: ['file'],
    title: 'Diplomas',
    guesses: [
      /\b(?:certificates|zertifikate|todistukset)\b/,
      // Not the degree some marks belong to ("A list of marks or results belonging to the master degree", "grades obtained
      // during your bachelor's degree"): that names the transcript's degree, not a diploma to send.
      /(?<!\b(?:(?:belonging|relating|related|pertaining) to|during|towards?|in|for) (?:the |your |a |an |their )?)\b(?:bachelor|master)(?:'s)?(?: (?:and|or|and\/or) (?:bachelor|master)(?:'s)?)? degrees?\b/,
    ],
  },
  language_certificate: {
    patterns: [
      /\b(?:english |german |finnish |swedish |french |dutch )?language (?:certificates?|qualifications?|test(?: scores?| results?)?|proficiency(?: (?:certificate|test|proof))?|skills? certificate|ability)\b/,
      // "evidence of their ability, skills, experience and competence to perform the work": without a language, no language's.
      /\b(?:proof|evidence|documentation) of (?:your )?(?:(?:(?:english |german |finnish |swedish |dutch |french )(?:language )?|language )(?:proficiency|skills|ability|competence|fluency)|(?:proficiency|fluency)(?! in (?!english|german|finnish|swedish|dutch|french)))\b/,
      /\b(?:[abc][12] )?level of english (?:accreditation|certificate|certification)\b/,
      /\b(?:toefl|ielts)(?: (?:or|\/) (?:toefl|ielts))?(?: scores?| results?| certificates?)?\b/,
      // The tests spelled out: "A test result in the International English Testing System (IELTS, 7 pt minimum)".
      /\b(?:(?:a )?test results? in )?the international english (?:language )?testing system\b|\b(?:the )?test of english as a foreign language\b/,
      /\b(?:english|german) certificate\b/,
      /\b(?:english|german|french|language) proficiency (?:exam(?:ination)?|test)(?: result)?(?: scores?| results?| score cards?| certificates?)?\b/,
      /\b(?:proficiency|competence|skills|qualifications?|ability) in (?:the )?(?:english|german|french|dutch|swedish|finnish|norwegian|danish)(?: language)?\b/,
      /\b(?:sprachnachweis(?:e|en)?(?: englisch)?|sprachzertifikat|(?:englisch-|deutsch-)?sprachtests?|nachweis(?:e)? (?:von|über|der) (?:englisch|deutsch|sprach|fremdsprachen)kenntnisse\p{L}*)/u, // German
      /\b(?:kielitodistu|kielitaitotodistu)\p{L}*/u, // Finnish
      /\b(?:språkintyg|språktest)\b/, // Swedish
      /\b(?:certificat|attestation) de (?:langue|niveau(?: de langue)?|français|anglais)\b/, // French
      /\b(?:taalcertificaat|bewijs van (?:engelse )?taalvaardigheid)\b/, // Dutch
      ...kindFromLanguages('language_certificate'),
    ],
    accepts: ['file'],
    title: 'Language certificate',
  },
  portfolio: {
    patterns: [
      /\b(?:design |artistic |work |project |creative )?portfolio\b/,
      // "yliopistoportfolio" (the University of Helsinki's academic portfolio), "akademisk portfölj".
      /\b(?:yliopistoportfolio\p{L}*|akateemi\p{L}* portfolio\p{L}*|tutkijaportfolio\p{L}*|akademisk (?:portfölj|portfolio)|akademisches portfolio)/u,
      /\b(?:github|gitlab) (?:profile|link|repositor(?:y|ies))\b/,
      /\b(?:links? to|samples? of) (?:the |your |some )?(?:code|software)\b/,
      /\b(?:links? to (?:your |the |an? )?(?:own |personal |artist |professional )?website|(?:your|artist|personal) (?:own )?website)\b/,
      /\b(?:\d+|one|two|three|four|five|six|ten) images of (?:your )?(?:previous |recent )?works?\b/,
      /\bimages of (?:your )?(?:previous |recent )?works?\b/,
      /\b(?:a few |some |several )?(?:examples|photos|photographs|pictures|documentation) of (?:your )?(?:previous |recent |past |artistic |creative )?(?:art)?works?\b/,
      /\bsamples? of (?:your )?(?:artistic |art |creative )?work via\b/,
      ...kindFromLanguages('portfolio'),
    ],
    accepts: ['file', 'link'],
    title: 'Portfolio',
    guesses: [/\b(?:code|software) samples?\b/],
  },
};

/**
 * "mit den üblichen Unterlagen", "with the usual documents", "hakemus tavanomaisine liitteineen": documents the posting
 * takes as known (a letter, a CV, certificates) and does not list, so a place to look, never silence. Not when they
 * are listed after all ("den üblichen Bewerbungsunterlagen (Motivationsbrief, Lebenslauf, ...)", "such as").
 */
export const USUAL_DOCUMENTS =
  /\b(?:(?:the )?(?:usual|customary) (?:application |supporting )?(?:documents|documentation|materials|papers|attachments)|(?:den |die |mit )?(?:üblichen|gängigen) (?:bewerbungs)?unterlagen|(?:de )?gebruikelijke (?:sollicitatie)?(?:documenten|stukken|bijlagen)|sedvanliga (?:ansöknings)?(?:handlingar(?:na)?|dokument)|tavanomai(?:set liitteet|sine liitteineen)|(?:les )?(?:pièces|documents) (?:habituel(?:le)?s|usuel(?:le)?s)|(?:la )?documentación habitual|(?:los )?documentos habituales|(?:i )?documenti (?:consueti|usuali|di rito))\b(?!\s*[(:]|,?\s*(?:such as|e\.\s?g\.|i\.\s?e\.|namely|wie|z\.\s?b\.|d\.\s?h\.|nämlich|zoals|såsom|kuten|comme|tel(?:le)?s que|como|come)\b)/u;

/**
 * A form's word, then where it is found ("Därtill avsedd blankett på www.x.se Ansökan om forskningsprojekt", "el
 * formulario de “declaración de equivalencia…”"): the name after it (quoted or capitalised, `FORM_NAME`) is the form's
 * title, and a document named inside it ("forskningsprojekt") is no item of its own.
 */
export const FORM_WORD =
  /\b(?:(?:därtill |dertil |särskild |særskilt )?avsed(?:d|de)\s+|completed |signed |ifylld |ausgefüllte[ns]? )?(?<word>\p{L}*blankett(?:en)?|\p{L}*formulär(?:et)?|\p{L}*formulier(?:en)?|formulari?o?s?|\p{L}*formular(?:e|en)?|formulaire|fiche(?: synthétique| de synthèse)?|\p{L}*lomake(?:tta|ella|en)?|\p{L}*skjema(?:et)?|(?:application )?form)(?:\s+(?:de|del|für|zum|zur|for|voor|om|til|för|du|des|di|della))?(?:\s+(?:på|on|at|op|sur|auf|en|from|van|från|fra|su)\s+(?:the |our |la |de |het )?(?:www\.|https?:\/\/)\S+?)?\s+(?=[“"„«‘'\p{L}])/u;
/** The form's name after `FORM_WORD`: quoted, or a capitalised run of words up to the end of the clause (case-sensitive). */
export const FORM_NAME = /^(?:[“"„«‘']([^”"“»’'\n]{3,120})[”"“»’']|(\p{Lu}[\p{L}\p{N}'’-]*(?: (?:\p{L}[\p{L}\p{N}'’-]*))*?)(?=\s*(?:[.;:!?()\n]|,|$)))/u;

/**
 * A cap on the people a document is for ("Curriculum Vitae de los candidatos propuestos (máximo 3 candidatos/as por
 * plaza)", "CVs of the nominees (up to 3 nominees)"): one CV each, so a cap on the CVs.
 */
export const PEOPLE_CAP =
  /\b(?:max\.?|maximum(?: of)?|a maximum of|up to|no more than|at most|máximo|un máximo de|hasta|massimo|fino a|höchstens|bis zu|maximal|au maximum|jusqu'à|högst|højst|høyst|maksimalt|enintään|maximaal)\s+(\d{1,2})\s+(?:candidat\p{L}*|applicants?|nominees?|persons?|personas?|people|researchers?|investigador\p{L}*|bewerber\p{L}*|kandidat\p{L}*|sökande|hakija\p{L}*|persone)\b/u;

/**
 * A group of projects or applicants a size cap is stated for ("för projekt med flera deltagare", "für Verbundprojekte",
 * "pour les projets collaboratifs", "if you apply as a team"): the cap is that group's, not everyone's.
 */
export const GROUP_CAP =
  /\b(?:(?:for|in|on) (?:the )?(?:joint|collaborative|consortium|multi-partner|multi-site|team|group|individual|single-(?:investigator|applicant)|one-person) (?:projects?|applications?|proposals?)|for (?:projects|applications|proposals) (?:with|by|involving|from) (?:several|multiple|more than one|two or more|one|a single|only one) (?:participants?|partners?|applicants?|investigators?|researchers?)|if you apply (?:as a team|jointly|together|alone|on your own|as an individual)|för (?:projekt|ansökningar) med (?:flera|en|två|fler än en|endast en) (?:deltagare|sökande|forskare)|för (?:gemensamma|samverkans)projekt|for (?:projekter|prosjekter|ansøgninger|søknader) med (?:flere|én|en|kun én) (?:deltagere|deltakere|ansøgere|søkere)|(?:für|bei) (?:verbundprojekte(?:n)?|verbundvorhaben|verbundanträge(?:n)?|einzelprojekte(?:n)?|einzelvorhaben|einzelanträge(?:n)?)|pour les (?:projets|candidatures|dossiers) (?:collaboratifs|collectifs|individuels|en consortium|mono-équipes?|multi-équipes?|à plusieurs (?:partenaires|équipes))|per (?:i )?progetti (?:collaborativi|congiunti|individuali|di gruppo)|para (?:los )?proyectos (?:colaborativos|coordinados|individuales|en cooperación))\b/u;

/** Documents outside the kinds that postings often ask for: read as `other` items with their own names. */
/**
 * A document outside the kinds, named by its head noun in a sentence that asks for it ("proof of health insurance",
 * "a signed consent form from their employer"): a guess, for review, and only where no exact phrase matched.
 */
export const OTHER_GUESSES: RegExp[] = [
  // "includes, besides Attachment 1 and 2, also:", "submit Annex I signed": numbered forms of the call, named where
  // documents are asked for (not "see Annex 1 for the criteria").
  /(?<=\b(?:besides|in addition to|together with|along with|as well as|submit|send|return|enclose|attach|include|complete|fill in|sign|außer|zusätzlich zu|neben|einreichen|beifügen|oltre a|insieme a|allegare|compilare|además de|junto con|adjuntar|presentar|outre|joindre|remplir|förutom|bifoga|fyll i|foruden|udover|vedlæg|lisäksi|liittää|naast|bijvoegen|invullen) (?:the |die |das |l'|gli |los |las |el |le |la |les |de |het )?(?:signed |completed |unterschriebene |firmat[oi] |firmad[oa]s? |signée?s? )?)(?:attachments?|annex(?:es)?|appendi(?:x|ces)|anlagen?|allegat[oi]|anex(?:o|os)|annexes?|bilag(?:a|or)?|liitteet|liite|bijlagen?)\s+(?:\d{1,2}|[ivx]{1,4})\b(?:\s*(?:,|and|&|und|e|y|et|och|og|ja|en)\s*(?:\d{1,2}|[ivx]{1,4})\b)*/,
  // "a copy of your B.Sc. thesis", "copy of the U.S. visa": a word with full stops inside is one word, not the end of the name.
  /\b(?:(?:signed|certified|official|scanned|notari[sz]ed|authenticated|legali[sz]ed|valid|current) )?(?:cop(?:y|ies)|proof|evidence|confirmation|certificate|attestation|declaration|affidavits?) (?:of|from) (?:(?:the|your|their|his|her|a|an|any|all) )?(?!(?:the |your )?(?:above|following|these|this|those|each|every|application|applications|documents?|materials?|eligibility|bachelor|master|bc|b\.?sc|m\.?sc|b\.?a|m\.?a|ph\.?d|degrees?|diplomas?|transcripts?|qualifications?|publications?|papers?|articles?)\b)(?:[\p{L}'-]+(?:\.\p{L}{1,3})+\.?|[\p{L}'-]+)(?: (?!and\b|or\b|to\b|by\b|in\b|at\b|before\b|with\b)(?:[\p{L}'-]+(?:\.\p{L}{1,3})+\.?|[\p{L}'-]+)){0,3}/u,
  /\b(?:signed |completed |written )?(?:consent|permission|authori[sz]ation|approval|endorsement|nomination|support|commitment|no-objection) (?:forms?|letters?|statements?)\b/,
  USUAL_DOCUMENTS,
  // "send a 2-page expression of interest and a CV": a document of its own; not "Expressions of interest are invited" (the application).
  /(?<=\ban? (?:(?:short|brief|written|one-page|two-page|\d{1,2}[- ]pages?|\d{3,4}[- ]words?) )?)expression of interest\b(?! (?:should|must|shall|will) (?:include|contain|consist))/,
  // "Antrag, Lebenslauf und die Bestätigung für die zugesandten Materialien": the foundation's own forms, named bare in a list.
  /(?<!\b(?:im|zum|beim|dem|den|des|einem|einen|ihrem|ihren|seinem|der) )\bantrag(?=\s*(?:,|und\b|sowie\b))|\b(?:bestätigung|empfangsbestätigung|eingangsbestätigung) (?:für|über) (?:die |den |das |der )?(?:(?!(?:an|bis|zur?|per|mit|in|bei)\b)[\p{L}-]+ ){0,2}(?!(?:an|bis|zur?|per|mit|in|bei)\b)[\p{L}-]+/u,
  // "a signed statement from an officer of the faculty", "a short letter explaining the grading system", "une lettre
  // explicative", "an explanation for a low grade": a document someone writes for the case, named by what it does.
  /\b(?:(?:signed|written|short|brief|explanatory) (?:statements?|letters?|declarations?|confirmations?|notes?|agreements?) (?:from|by|explaining|stating|confirming|indicating|certifying|giving)|letters? (?:explaining|indicating|stating|certifying|attesting|justifying|giving the)|(?:courte |brève )?lettres? (?:explicative|expliquant|indiquant|attestant|confirmant|justifiant)|(?:an? )?(?:short |brief |written )?explanation (?:of|for) (?:a |an |any |the |your )?(?:low|poor|missing|gaps?|absence|interruptions?|career breaks?)(?: [\p{L}-]+)?)\b/u,
];

/**
 * "please write an application (1-3 pages)", "write a short essay of two pages": the one text the posting asks for,
 * sized by its own count (a packet is sent or submitted, not written).
 */
export const WRITTEN_APPLICATION = /(?<=\bwrite (?:an?|your|one) (?:short |brief |written )?)(?:application|essay)(?=\s*(?:\(\s*(?:max(?:imum)?\.?\s*|up to\s*)?|of (?:at most |up to |max(?:imum)?\.? )?)(?:\d{1,2}|one|two|three|four|five)(?:\s*(?:-|–|to)\s*(?:\d{1,2}|two|three|four|five))?[ -](?:pages?|words?)\b)|(?<=\bwrite (?:an?|your|one) (?:\d{1,2}|one|two|three|four|five)(?:\s*(?:-|–|to)\s*(?:\d{1,2}|two|three|four|five))?[ -]pages? )(?:application|essay)\b/;

/** "include a copy of the figure in your application": what the written application holds, not a document of its own. */
export const IN_THE_APPLICATION = /\b(?:in|within|into) (?:your|the|this) (?:written )?(?:application|essay)\b/;

export const OTHER_PHRASES: RegExp[] = [
  // "A copy of the assessment of the PhD thesis": the examiners' judgement of the thesis, another document than the thesis.
  /\b(?:(?:official|formal|committee'?s?|examiners'?) )?(?:assessment|evaluation|approval)s? of (?:the |your |their )?(?:phd |ph\.d\. |doctoral |master'?s? )?(?:thesis|dissertation)\b|\b(?:examiners'?|assessment committee'?s?) reports? (?:on|of) (?:the |your |their )?(?:phd |doctoral )?(?:thesis|dissertation)\b/,
  // "une copie du rapport de soutenance du diplôme": the jury's report on the defence, not the diploma.
  /\b(?:rapports? de soutenance|procès-verbal de soutenance|pré-?rapports? de (?:thèse|soutenance))(?: (?:du diplôme|de (?:la )?thèse|du doctorat|de doctorat))?\b/,
  // "Foreign-educated applicants must also provide a credential evaluation of their degree" (WES, ECE).
  /\b(?:(?:foreign )?credentials? evaluations?|(?:degree|diploma) evaluations?|evaluations? of (?:your |their )?foreign (?:degrees?|credentials?))\b/,
  /\b(?:(?:completed|signed|special|separate|filled[- ]in|paper|printed) )?(?<!online |electronic |web |digital )(?:application|registration|enrol(?:l)?ment|credit application|recruitment|admission) forms?\b(?! (?:online|on the web))/,
  /\bform (?:[a-z]{1,3}\d+[a-z]?|\d+[a-z]?)\b/,
  // "Typed Image List or Video Summary": an artist's list of the works sent, beside the images themselves.
  /\b(?:(?:typed|numbered|annotated) )?(?:image|slide|work|artwork) lists?(?: or video summar(?:y|ies))?\b|\b(?:list|inventory) of (?:the )?(?:images|slides|artworks|works submitted)\b|\bvideo summar(?:y|ies)\b/,
  /\b(?:signed |completed )?pre-?application forms?\b/,
  // "samt liste over det medsendte materiale", "a list of enclosures": the applicant's own list of what is sent.
  /\b(?:list of (?:the )?(?:enclosures|enclosed (?:documents|materials?)|attached documents)|(?:liste|oversigt|oversikt|fortegnelse) over (?:det |de |alle |alt )?(?:medsendte|vedlagte|fremsendte|indsendte|innsendte|medfølgende) (?:materiale|materialet|bilag|dokumenter|dokumentene|vedlegg)|bilagsliste|bilagsfortegnelse|vedleggsliste|(?:förteckning|lista) över (?:de )?bifogade (?:handlingar|handlingarna|dokument|dokumenten|bilagor|bilagorna))\b/,
  // Not one filled in on the web ("täyttämällä sähköinen hakulomake", "elektronisk søknadsskjema"): no document to send.
  /(?<!\b(?:sähköi\p{L}*|elektronisk\p{L}*|online|digital\p{L}*|web)[- ]?)\b(?:ansökningsblankett(?:en)?|bewerbungsformular|antragsformular|formulaire de candidature|fiche de candidature|déclaration de candidature|hakulomake|søknadsskjema|aanmeldformulier|aanvraagformulier|sollicitatieformulier|inschrijvingsformulier)\b/u,
  // "The Intention to Apply must be submitted before 5 September": the first step's form, a document of its own.
  /\b(?:intention to apply(?: form)?|(?:letter|statement|notice|declaration) of intent(?:ion)? to apply)\b/,
  // "Scans of passport", "a photocopy of your ID card", "passport scan", "Ausweiskopie", "kopio passista": a copy, whatever the word.
  /\b(?:(?:(?:certified|scanned|legible|clear|colou?r) )?(?:cop(?:y|ies)|scans?|photocop(?:y|ies)|scanned cop(?:y|ies)|scanned versions?|pdf) of (?:your |a |an |the |one )?(?:valid |current |official )?(?:passports?|id|ids|identity (?:cards?|documents?)|national id(?: card)?|id (?:cards?|documents?)|(?:personal )?identification (?:cards?|documents?))|(?:passport|id|id card|identity card|identity document) (?:scans?|photocop(?:y|ies)|copy|copies)|scanned (?:passports?|id cards?)|ausweiskopie|kopie (?:des|ihres|eines) (?:ausweises|personalausweises|reisepasses|passes|lichtbildausweises)|kopie (?:van )?(?:het |je |uw )?paspoort|scan van (?:je |uw |het )?(?:paspoort|identiteitsbewijs)|kopia (?:av|på) (?:ditt )?(?:pass|id-handling|legitimation)|passin kopio|kopio passista|henkilöllisyystodistuksen kopio|copie (?:de (?:la|votre) pièce d'identité|de (?:la |votre )?carte d'identité)|fotocopia (?:del? )?(?:pasaporte|dni|documento de identidad))\b/,
  /\b(?:(?:certified |scanned )?cop(?:y|ies) of (?:your |a |the )?(?:valid )?(?:passport|id|identity (?:card|document)|national id)(?: \(photo page\))?|passport copy|identity (?:card|document)|id card|pièce d'identité|carte d'identité|copie (?:du|de votre) passeport|passkopie|reisepass|kopie des (?:reise)?passes|personalausweis|identitätskarte|henkilöllisyystodistus|passkopia|kopie van (?:je |uw )?(?:paspoort|identiteitsbewijs)|paspoort|identiteitsbewijs)\b/,
  /\b(?:personal (?:details|data)|photo|bio-?data|identity|information|data) page of (?:your |the |a )?(?:national |valid )?passport\b/,
  /\b(?:(?:digital |recent |colou?r )?(?:passport|passport-size|passport size|application|id) (?:photo(?:graph)?s?)|headshot|passfoto|bewerbungsfoto|lichtbild|photo d'identité|photographie d'identité|valokuva)\b/,
  /\b(?:gre|gmat)(?: (?:general )?(?:test )?(?:scores?|results?))?\b/,
  /\b(?:(?:statement|document|response)s? (?:addressing|against|responding to) (?:the |each )?(?:selection|key selection|essential) criteria|(?:responses? to|statement against) the selection criteria|selection criteria (?:statement|responses?))\b/,
  // "letter of agreement from the Sponsoring Mentor", "a letter of undertaking from a supervisor": a letter someone else
  // writes for the application is a document of its own (not "a letter from your university", often a proof of something).
  /\b(?:(?:letters?|statements?) of support|support letters?|letters? of (?:commitment|acceptance|agreement|undertaking|endorsement|release|consent|permission|guarantee)|(?:official |signed |formal )?letter from (?:the |your |an? |his or her |their )?(?:sponsoring |prospective |proposed |intended |future |host |current |home |receiving )?(?:supervisor|host|head|department|mentor|advis[eo]r|promot[eo]r|employer|dean))\b/,
  /\b(?:proof|evidence) of (?:funding|financial support|financing|sponsorship|financial means)|financial (?:statement|guarantee)|justificatif de financement|finanzierungsnachweis\b/,
  /\bartist(?:'s|s'?|’s)? statement\b/,
  // "Write your responses to the four personal essays", "two short application essays": the call's own essay questions.
  /\b(?:(?:one|two|three|four|five|six|\d) )?(?:short |brief )?(?:personal|application|admissions?|supplemental) essays?(?: (?:questions|prompts))?\b(?![^.;]{0,60}\b(?:motivation|why (?:you|they)|reasons? for))/,
  // "a maximum one-page justification for each supplement", "upload a tenure location justification document".
  /\b(?:(?:one|two|\d)[- ]page |budget |(?:tenure )?location |written )?justifications?(?: (?:document|statement)s?\b|(?= for (?:each|the|your|a|an)\b))/,
  // "Litteraturliste for prosjektbeskrivelsen", "a bibliography for the research proposal": the works the plan cites, a
  // document of its own, not a second research plan (nor the applicant's publications or referees).
  /\b(?:bibliography|literature list|reading list|reference list|list of (?:the )?(?:literature|references|works cited)|literaturverzeichnis|literaturliste|litteraturlist[ae]n?|referenslist[ae]n?|referanseliste(?:n)?|literatuurlijst|lähdeluettelo|kirjallisuusluettelo|bibliographie|bibliografía|bibliografia) (?:for|of|to|til|till|för|zu[mr]?|voor|van|bij|de|du|pour|para|per|del|della|dello) (?:the |your |a |an |dem |der |den |det |het |la |le |el |il |l'|votre |ihre[mnr]? )?(?:\p{L}+ ){0,2}(?:project descriptions?|research (?:proposals?|plans?|projects?)|(?:project |thesis |phd |doctoral )?proposals?|projects?|prosjektbeskrivelse(?:n)?|projektbeskrivning(?:en)?|projektbeskrivelse(?:n)?|forskningsplan(?:en)?|prosjektplan(?:en)?|projektplan(?:en)?|exposé|forschungsvorhaben|projektbeschreibung|onderzoeksvoorstel|projectvoorstel|tutkimussuunnitelm\p{L}*|projet(?: de (?:thèse|recherche))?|proyecto(?: de (?:tesis|investigación))?|progetto(?: di ricerca)?)\b/u,
  // "List of your five most important publications, with a short comment on each": a chosen few, not the full list.
  /\blist of (?:your |the |his |her |their )?(?:(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twenty) )?(?:most |main |major |key |best |selected |significant |relevant |important |representative |recent )+(?:publications|papers|research outputs?|works|articles)\b/,
  // UK right to work: "attach their share code"; a final-year student's "predicted grade"; a thesis's "timeline for completion".
  /\b(?:(?:right[- ]to[- ]work |immigration status |eu settlement scheme )?share ?codes?|predicted (?:grades?|degree (?:classification|results?)|results?|marks?)|(?:time ?line|timetable|schedule) (?:for|of) (?:the )?(?:completion|completing|finishing|submission)(?: of (?:the|your) (?:thesis|degree|dissertation|studies))?|(?:expected |planned )?completion (?:time ?line|timetable|schedule|date confirmation))\b/,
  // Italian and Spanish self-declarations ("un'autocertificazione degli esami sostenuti", "dichiarazione sostitutiva").
  /\b(?:auto-?certificazion[ei]|autodichiarazion[ei]|dichiarazion[ei] sostitutiv[ae](?: di certificazione| dell'atto di notorietà)?|declaración(?:es)? (?:jurada|responsable)s?)\b/,
  // A supervisor's confirmation in the Nordic languages ("en bekræftelse fra din vejleder", "bekreftelse fra veileder").
  /\b(?:bekræftelse|bekreftelse|erklæring|udtalelse|uttalelse) fra (?:din |den |en )?(?:vejleder|veileder|hovedvejleder|hovedveileder|institution|institusjon|universitet(?:et)?)\b/,
  /\b(?:list|record|summary) of (?:(?:your|research|external) )?(?:grants|funding)(?: (?:received|obtained|awarded))?\b|\b(?:grants?|funding) (?:list|record|history)\b|\bcover ?sheet\b/,
  // "samt ett försättsblad", "an external assessor report", "submit a state of Texas application": documents of their own.
  /\b(?:försättsblad(?:et)?|deckblatt|voorblad|kansilehti|(?:external )?assessor'?s? reports?|state(?: of \p{L}+)? (?:employment )?application(?: form)?)\b/u,
  /\b(?:liste|verzeichnis|aufstellung) (?:der |ihrer )?(?:eingeworbenen )?drittmittel\b|\bdrittmittel(?:liste|verzeichnis)\b/, // German: third-party funding raised
  /\b(?:data[- ]management plan|datahanteringsplan(?:en)?|datahåndteringsplan(?:en)?|datenmanagementplan|publication plan|publiceringsplan(?:en)?)\b/,
  /\b(?:detailed |proposed |project |research |estimated )?budget(?: (?:and (?:budget )?)?justification| plan| proposal| breakdown| table)?\b(?! of\b)/,
  // "et enkelt budsjett", "Vi trenger ett referansebilde", "en sakkyndig uttalelse" (an expert assessment of competence).
  // "aiehakemus, kustannusarvio sekä ansioluettelo", "Kosten- und Finanzierungsplan": the budget under its Finnish and German names.
  /\b(?:kustannusarvi\p{L}*|kustannuslaskelm\p{L}*|kosten(?:- und finanzierungs)?plan|kostenaufstellung|kostenkalkulation|finanzierungsplan|kostnadsberäkning(?:en)?|kostnadskalkyl(?:en)?)/u,
  /\b(?:(?:enkelt |detaljert |detaljerat )?(?:budsjett(?:et)?|budjetti\p{L}*|kostnadsoverslag(?:et)?)|referansebilde(?:t|r|ne)?|sakkyndig (?:uttalelse|vurdering)|sakkunnigutlåtande(?:t)?|asiantuntijalausun\p{L}*)/u, // Nordic, Finnish
  /\b(?:sample |proposed )?(?:course outlines?|syllab(?:us|i))\b/,
  /\b(?:acceptance|invitation|host(?:ing)?) letters?\b|\bletters? (?:of (?:acceptance|invitation)|from (?:the |your )?(?:host|receiving|prospective) (?:\p{L}+ )?(?:institution|institute|lab|laboratory|group|researcher|supervisor|professor))\b/u,
  /\b(?:medical|health) (?:examination )?certificates?\b|\bbirth certificates?\b|\b(?:certificate of good conduct|police (?:clearance|certificate)|criminal record (?:check|certificate|extract))\b/,
  /\b(?:signed )?declarations? (?:of (?:consent|originality|honou?r|authorship)|by (?:the |your )?(?:prospective |future )?supervisor)\b|\b(?:prospective |future )?supervisor'?s? (?:declaration|consent|agreement|confirmation|statement)\b/,
  // Swedish: a statement from someone (not a referee); its name stops before "med" ("intyg från prefekt med information om projektplan": what it covers).
  /\bintyg (?:från|om|att|över) (?!(?:\p{L}+ ){0,2}referens)(?:(?!(?:med|samt|som|där|inklusive)\b)\p{L}+ ){0,3}(?!(?:med|samt|som|där|inklusive)\b)\p{L}+/u,
  /\b(?:kopie (?:des|ihres) (?:personalausweises|reisepasses)|betreuungserklärung|betreuungszusage|betreuungsvereinbarung|mentorenerklärung|eidesstattliche (?:erklärung|versicherung)|einverständniserklärung|führungszeugnis(?:ses)?)\b/, // German
  // "originele werken", "original works": the artworks themselves, shown to the jury (not "must be original works": a rule on them).
  /(?<!\b(?:be|are|is|being|as|of|zijn|sind|sein) )\b(?:original (?:works|artworks|pieces)|originals of (?:the |your )?(?:works|artworks)|originele (?:werken|kunstwerken|stukken)|originalwerke|originalarbeiten|œuvres originales|obras originales|opere originali|originalverk(?:en)?)\b/u,
  // "Any other documents considered relevant", "other relevant documents (optional)": the applicant's own choice of extras.
  /(?<!\b(?:for|about|on|regarding|with|of|in|to|no|not|nor|without) )\b(?:any (?:other|additional|further)(?: relevant| supporting| supplementary| pertinent)?|other (?:relevant|supporting|pertinent)|additional (?:relevant|supporting))(?: (?:documents?|documentation|materials?|certificates|attachments|evidence|supporting documents?)\b|(?: (?:relevant )?information)(?= (?:that|which|you|considered|deemed|relevant|the applicant)\b))/,
  /\b(?:(?:sonstige|weitere|andere) (?:relevante |aussagekräftige )?(?:unterlagen|dokumente|nachweise)|övriga (?:handlingar|dokument|meriter)|andra (?:relevanta )?(?:handlingar|dokument) som|overige (?:relevante )?(?:documenten|stukken)|muut (?:mahdolliset |hakijan haluamat )?(?:liitteet|asiakirjat)|(?:tout|tous|toute|toutes) autres? (?:documents?|pièces?) (?:pertinent|utile|jugé)\p{L}*|autres (?:documents|pièces) (?:pertinent|utile)\p{L}*|(?:cualquier )?otros? documentos? (?:relevantes?|pertinentes?|que (?:considere|estime))|altri documenti (?:ritenuti )?(?:utili|rilevanti|pertinenti))\b/u,
  WRITTEN_APPLICATION,
  /\b(?:jatko-opintosuunnitelma\p{L}*|(?:opinto-oikeus ?)?hakemuslomake\p{L}*|opinto-oikeushakemu\p{L}*|eettisen toimikunnan lausun\p{L}*)/u, // Finnish
  ...fromLanguages('other'),
];

/** Mentions that look like an item but are not a request for one (e.g. "reference AcademicKeys in your cover letter"). */
export const NOT_AN_ITEM: RegExp[] = [
  // "copia ... dichiarata conforme all'originale mediante dichiarazione sostitutiva", "certified by means of a
  // declaration", "beglaubigt durch eine Erklärung": the way a copy is certified, not one more document.
  /(?<=\b(?:conform\p{L}*|certif\p{L}*|authenticated|attested|beglaubigt\p{L}*|autenticad\p{L}*|autenticat\p{L}*|legali[sz]\p{L}*|dichiarat\p{L}*|declarad\p{L}*|compulsad\p{L}*)\b[^.;]{0,60}?)\b(?:mediante|by means of|by way of|durch|mittels|par|por medio de|através de|atraves de)\s+(?:(?:a|an|una|un|une|eine[mnr]?|uma|de|la|le|il|the)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}/u,
  /\b(?:mention|reference|cite|indicate|state)\b[^.]{0,60}\bin (?:your|the) (?:cover letter|application|motivation letter)\b/,
  /\bthesis (?:supervisor|topic|work will)\b/,
  /\bpublication record\b/,
  // "... del trentesimo giorno successivo a quello di pubblicazione nella Gazzetta Ufficiale", "30 days after the
  // publication of this notice": the call's own publication dates the deadline; it asks for no document.
  /\b(?:pubblicazione (?:nella|sulla|in) gazzetta(?: ufficiale)?|(?:pubblicazione|publicación|publicação|publication|parution|veröffentlichung|publicatie|publicering|kungörelse|julkaisu\p{L}*) (?:(?:of|in|au|du|de|del|della|des|der|dieser|im|in het|van|av|i|en el|en la|no|na) |dell['’]|de l['’])?(?:(?:the|this|the present|presente|ce|cet|cette|le|la|el|il|lo|o|a|de|het|den|dem|dieses) )?(?:bando|avviso|decreto|gazzetta(?: ufficiale)?|journal officiel|convocatoria|anuncio|boletín|boe|bop|edital|diário oficial|call|notice|announcement|advertisement|vacancy|official journal|ausschreibung|stellenausschreibung|bekanntmachung|amtsblatt|vacature|oproep|kungörelsen|annonsen|ilmoitukse\p{L}*|avis|appel|offre)\b)/u,
  // "(uploadable as a pdf in the application form)": the form is where the document goes, not one more to send.
  /\b(?:uploadable|upload(?:ed)?)\b(?: (?:it|them))?(?: (?:as (?:a |an )?\S+|separately|directly))? (?:in|into|via|through|within) (?:the |your )?(?:online |electronic |web )?application form\b/,
  // "Please write 1-3 pages describing ... Include your reasons for applying": what to say in the text just asked for,
  // not a letter of its own.
  /(?<=\b(?:pages?|words?|essay|statement|text)\b[^]{0,300}?[.!?]\s+(?:please\s+)?(?:include|describe|explain|discuss|mention|state|give|outline|set out)\s+)(?:your |the )?(?:(?:main|specific|personal) )?reasons? for (?:applying|the application|your application|application)\b/,
  /\b(?:excluding|including|without|not including|not counting|excl\.?|incl\.?|plus) (?:the )?(?:references|bibliography|list of references)\b/,
  /\b(?:served|serve|act|acted|experience) as (?:a )?referee\b/,
  // "we will contact your referees directly", "nous contacterons vos référents": whom the employer turns to, nothing to
  // send. Not "... if you are shortlisted", which keeps the referees for the refusal or the stage it goes with.
  /\b(?:we|the (?:(?:search|selection|hiring) )?(?:committee|panel|department|school|institute|university))(?: (?:will|may|shall|might|would|can))?(?: (?:then|later|also|directly|ourselves))? (?:contact|contacts|approach|get in touch with|reach out to)(?: directly)? (?:your|the|all|their|his or her)(?: [\p{L}-]+){0,2}? (?:referees|references|recommenders|referee)\b(?=\s+(?:directly|ourselves|themselves)\b|\s*[.;]|$)|\b(?:nous contacterons|nous prendrons contact avec) (?:vos|les) (?:référents|répondants)\b|\b(?:wij|we) (?:zullen|nemen) contact (?:opnemen |op )?met (?:je|uw|de) referenten\b|\bvi (?:kommer att )?kontakta(?:r)? (?:dina|era|de) (?:referenter|referenspersoner)\b/u,
  /\b(?:certificates? of (?:awards?|prizes?|attendance|participation|employment|work|achievement)|(?:work|employment|training) certificates?)\b/,
  /\bteaching (?:duties|load|experience)\b/,
  /\breferences? ?\/ ?bibliography\b|\breferences in (?:the|your) (?:research )?proposal\b|\breferences cited\b/,
  /\b(?:dissertation|thesis) (?:supervisor|advisor|adviser|topic|committee|defen[cs]e|work will|title|grade|mark)\b/,
  // "If the research proposal requires additional funds, the summary should describe ...": a case about a document asked
  // for elsewhere (or not at all), not a request for it; "If your thesis is in German, attach it" still asks for it.
  /\b(?:if|when|where|in case) (?:the|your) (?:[\p{L}'’-]+ ){1,4}?(?:requires?|needs?|involves?|includes?|exceeds?|contains?|uses?|has|have|is|are)\b(?![^.]*\b(?:it|them)\b)/u,
  // "as part of their thesis based studies", "a portfolio-based assessment": a kind of study or judgement, not a document.
  /\b(?:dissertation|thesis|portfolio|essay|research|project|publication|proposal)[- ]?based\b/,
  // "graduate institution, thesis title, and ...": a line of the CV, not the thesis.
  /\b(?:title|topic|subject|grade) of (?:the |your |their |his or her )?(?:[\p{L}'’]+ )?(?:thesis|dissertation)\b|\b(?:titel|thema) (?:der|ihrer|deiner) (?:\p{L}+ )?(?:dissertation|masterarbeit|abschlussarbeit|diplomarbeit|bachelorarbeit|doktorarbeit)\b|\b(?:titel|onderwerp) van (?:de|je|uw|het) (?:scriptie|masterscriptie|afstudeerscriptie|proefschrift)\b|\b(?:uppsatsens|examensarbetets|avhandlingens) (?:titel|ämne)\b|\b(?:titre|sujet) (?:de la|du|de votre|de ta) (?:thèse|mémoire)\b|\b(?:título|tema) de (?:la|su|tu) (?:tesis|tesina)\b|\b(?:titolo|argomento) della (?:tesi|tesina)\b|\b(?:pro gradu -tutkielman|gradun|opinnäytetyön|diplomityön|väitöskirjan) (?:nimi|aihe|otsikko)\b/u,
  // "name of the diploma obtained", "nom du/des diplôme(s)", "Bezeichnung des Abschlusses": a field of a form, not the diploma.
  /\b(?:name|title|type|date|grade|subject|field|speciality|specialty) of (?:the |your |their |each )?(?:[\p{L}'’]+ )?(?:diplomas?|degrees?|degree certificates?)\b|\b(?:nom|intitulé|titre|type|date|mention|spécialité)s? (?:du|des|de votre|de vos)(?:\/(?:du|des))? (?:diplômes?|grades?)\b|\b(?:name|bezeichnung|art|titel|datum|note) (?:des|der|ihres|ihrer) (?:\p{L}+)?(?:abschlusses|diploms|zeugnisses|grades)\b|\b(?:nombre|título|tipo|fecha) del (?:diploma|título|grado)\b|\b(?:nome|titolo|tipo|data) del (?:diploma|titolo)\b/u,
  /\b(?:submission of|submitting) (?:the |your )?(?:dissertation|thesis)\b/,
  // "You should have completed a M.Sc. thesis, Diploma thesis or any equivalent", "must have submitted the PhD thesis":
  // what the applicant has done, an eligibility rule (not "if you have completed a thesis, attach it").
  /(?<!\b(?:if|when|once|whether|where|who|that) (?:you |applicants |candidates |they |he or she |the applicant |the candidate )?)\b(?:have|has|had|having)(?: (?:already|successfully|recently|just))? (?:completed|submitted|defended|finished|handed in|passed)\b (?:(?:the|your|a|an|their|his|her) )?(?:[\p{L}.]+ ){0,2}(?:thesis|theses|dissertation)(?:(?:,| or| and|\/) (?:an? )?(?:[\p{L}.]+ ){0,2}(?:thesis|dissertation))*/u,
  // "The announcement contains a project description": the employer's own text.
  /\b(?:the |this |each |our )?(?:announcement|advertisement|advert|job ad|(?:job |vacancy )?posting|call|vacancy(?: notice)?|position)s? (?:also )?(?:contains?|includes?|provides?|gives?) (?:a |an |the )?(?:short |brief |detailed |full )?(?:project description|description of the (?:research )?project|research plan|project plan)\b/,
  /\b(?:summary|abstract|synopsis) of (?:your |the )?(?:project description|research proposal|research plan|project proposal|proposal)\b/,
  /\b(?:bachelor|master|doctor) of (?:science|arts|engineering|technology|philosophy|laws|education|fine arts)\b/,
  /\bunder ["'][^"']{1,60}["']/,
  /\bresearch (?:interests|experience) (?:of|in) (?:the|our) (?:lab|group|department)\b/,
];

/**
 * Names postings give to either of two kinds: an item read from one keeps the kind its word lists give it, and is
 * marked with both kinds named ("letter of interest" is a cover letter to some readers, a motivation letter to others).
 */
export const TWO_KIND_NAMES: { kinds: readonly [ItemKind, ItemKind]; name: RegExp }[] = [
  {
    kinds: ['cover_letter', 'motivation_letter'],
    name: /\b(?:letters?|statements?) of interest\b|\breasons? for (?:applying|the application|your application|application)\b|\b(?:intresseanmälan|interessebrev|interessensbekundung|lettre d'intérêt|carta de interés|lettera di interesse)\b/,
  },
];

/**
 * A posting for a faculty post (a professorship, a lectureship, a tenure-track post): its "research plan" is often
 * the research statement, an account of the applicant's research and where it is going.
 */
export const FACULTY_POST =
  /\b(?:(?:assistant|associate|full|adjunct|visiting|tenure[- ]track|tenured|clinical) professors?(?:hips?)?|professorships?|tenure[- ]track|faculty (?:positions?|posts?|appointments?|openings?|vacanc(?:y|ies))|(?:senior )?lecturer(?:ships?|s)?|(?:w[123]|juniorprofessur|stiftungsprofessur)\b|professur\p{L}*|universitetslektor\p{L}*|biträdande lektor\p{L}*|yliopistonlehtori\p{L}*|apulaisprofessori\p{L}*|professuuri\p{L}*|førsteamanuensis|universitair (?:hoofd)?docent|hoogleraar|maîtres? de conférences|professeurs? des universités)/u;

/** A plan that is also to cover the applicant's research so far ("highlighting the current and past research interests"). */
export const PAST_RESEARCH =
  /\b(?:(?:past|previous|prior|current|recent|present|ongoing|completed)(?: (?:and|or|,) (?:current|past|present|ongoing|future|planned|recent))* research(?! (?:group|team|projects? of|environment|in the))|research (?:achievements|accomplishments|experience|to date|so far|record)|(?:bisherige|bisherigen) forschung\p{L}*|tidigare forskning|aiempi tutkimus\p{L}*)/u;

/**
 * Words after a document's name that make it the name of an office or a post ("Thesis Office", "Portfolio Manager",
 * "Transcript Services"), and before it in French, Spanish and Italian ("service des diplômes", "ufficio tesi").
 */
export const OFFICE_AFTER = /^[\s-]*(?:offices?|team|unit|department|dept\.|desk|services?|managers?|co-?ordinators?|officers?|centre|center|help ?desk|administrators?|secretariat|büro|stelle|kansli(?:et)?|kontor(?:et)?|toimisto|bureau)(?![\p{L}])/iu;
export const OFFICE_BEFORE = /(?<![\p{L}])(?:bureau|service|secrétariat|oficina|servicio|secretaría|ufficio|servizio|segreteria)\s+(?:(?:des|du|de la|de l'|de los|de las|del|de|della|dei|degli|delle)\s*)?$/iu;
/**
 * Verbs that name whom to turn to ("communicate with", "contact", "wenden Sie sich an", "neem contact op met"), and
 * labels of a contact line ("Contact:", "Kontakt:"): a capitalised name after them is an office or a person.
 */
export const CONTACT_VERB =
  /(?<![\p{L}])(?:communicate with|contact|get in touch with|reach out to|speak (?:to|with)|talk to|consult|write to|wenden sie sich an|kontaktieren sie|neem contact op met|contact opnemen met|kontakta|ta kontakt med|ota yhteyttä|contactez|contacter|communiquer avec|s'adresser à|adressez-vous à|póngase en contacto con|contacte con|contactar con|contattare|contatta|rivolgersi a|rivolgetevi a)\s+$/iu;
export const CONTACT_LABEL = /^(?:contacts?|contact persons?|kontakt(?:person)?|ansprechpartner(?:in)?|contactpersoon|yhteyshenkilö|contacto|contatto|referente|enquiries|inquiries)\s*:/iu;

/**
 * The applicant's choice to apply, said before what an application holds ("If you wish to apply for this position,
 * your application must contain", "Si vous souhaitez postuler", "Wenn Sie sich bewerben möchten"): not a condition on
 * the documents. Not "If you wish to apply for a scholarship, also send": an extra application, a real condition.
 */
export const WISH_TO_APPLY =
  /\b(?:if (?:you|applicants|candidates) (?:wish|want|would like|intend|plan|decide|choose|are willing) to apply|if you are interested in applying|si (?:vous )?(?:souhaitez|désirez|voulez|voudriez) (?:postuler|candidater|faire acte de candidature|vous porter candidat|déposer (?:une|votre) candidature)|wenn sie sich bewerben (?:möchten|wollen)|falls sie sich bewerben (?:möchten|wollen)|als (?:je|u) wilt solliciteren|om du vill söka|jos haluat hakea|si (?:usted )?(?:desea|quiere) (?:postular(?:se)?|aplicar|presentar su candidatura)|se (?:desideri|desidera|vuoi|intendi|intende) candidarti|se (?:desideri|desidera|vuoi|intendi|intende) (?:candidarsi|presentare (?:la )?(?:domanda|candidatura)))(?! for (?:an? |the |our )?(?:scholarships?|grants?|funding|fee waivers?|tuition waivers?|bursar(?:y|ies)|stipends?|financial (?:aid|support)|accommodation|housing|travel)\b)[^,;:.]{0,80}/iu;

/** Marks an item (or a whole list) as optional. */
export const OPTIONAL_CUES: RegExp[] = [
  /\(optional\)/,
  /\boptional(?:ly)?\b/,
  /\bif (?:available|any|possible|you (?:wish|want|like|have (?:one|them|any|some)|would like)|desired|you so wish)\b/,
  // "Master's diploma (if issued)", "falls bereits ausgestellt": a document the applicant may not have yet, so not required.
  /\bif (?:already |yet )?issued\b|\bif (?:it |one |they )?(?:has|have) (?:already )?been issued\b|\b(?:falls|sofern|wenn) (?:bereits |schon )?ausgestellt\b/,
  /\bmay (?:also )?(?:include|attach|add|submit|provide|send|upload|be (?:included|added|attached))\b/,
  // Not "(this can be submitted directly to mh@...)", "can be sent by e-mail": how it is sent, not whether.
  /\bcan (?:also )?(?:be (?:included|added|attached|submitted|sent|uploaded)(?! (?:directly|separately|by (?:e-?mail|post|mail|fax|courier|the|your|their|him|her|them)|via|through|to(?! (?:strengthen|support|supplement|demonstrate|show|illustrate|complement)\b)|electronically|online|in (?:paper|hard ?copy|electronic|digital)|either)\b)|include|attach|add|submit|upload)\b/,
  /\b(?:are|is) (?:also )?(?:encouraged|welcome|welcomed|appreciated|desirable|recommended|an advantage|a plus)\b/,
  /\bencouraged\b/,
  // "All staff are invited to submit a copy of their CV": invited, not asked; not "invited to submit their applications".
  /\b(?:are|is) (?:also |cordially |warmly )?invited to (?:submit|send|include|provide|upload|attach|enclose|add)\b(?! (?:(?:a|an|the|their|your|his|her|its|full|complete|formal|online|written)\s+)*(?:applications?|proposals?|expressions?|bids?|nominations?|candidac(?:y|ies))\b)/,
  /\byou (?:are )?welcome to\b/,
  /\bnot (?:required|mandatory|obligatory|compulsory|essential)\b/,
  /\b(?:any|anything) (?:other|else|additional|further)\b/,
  /\bany (?:publications|papers|relevant)\b/,
  // "Ein Exposé ist erwünscht, aber nicht zwingend": "zwingend" alone says it, with or without "erforderlich".
  /\b(?:voluntary|optionale[nrs]?|falls vorhanden|freiwillig|fakultativ|gegebenenfalls|ggf\.?|evtl\.?|allenfalls|wenn vorhanden|sofern vorhanden|nicht (?:obligatorisch|verpflichtend|zwingend|notwendig|nötig|erforderlich)|gerne? gesehen|wünschenswert)\b/, // German
  /\b(?:as far as (?:already )?available|where available)\b/,
  // "Possible proof of financing": an entry that opens with "possible" is sent when the applicant has one.
  /^(?:any |a )?possible (?!(?:start|starting|dates?|topics?|questions?)\b)\p{L}/u,
  /\b(?:indien beschikbaar|optioneel|optionele|facultatief|eventueel|eventuele|niet verplicht)\b/, // Dutch
  // "Övriga handlingar som du önskar åberopa", "documents you wish to submit": what the applicant chooses to add.
  /\b(?:documents?|papers?|materials?|items?|evidence|anything|publications|works?|certificates|attachments) (?:that |which )?you (?:wish|want|would like|choose|may wish) to (?:submit|include|add|attach|invoke|cite|refer to|enclose|provide|send|upload)\b/,
  /\bsom (?:du|ni|sökanden?) (?:önskar|vill|själv vill) (?:åberopa|bifoga|lägga till|skicka in|skicka med|hänvisa till|inkomma med)\b/, // Swedish
  /\b(?:i förekommande fall|valfri(?:tt)?|om (?:sådan|sådana) finns|eventuella?|önskvär(?:d|da|t)|(?:inte|ej) obligatorisk(?:t|a)?)\b/, // Swedish
  /\b(?:eventuell(?:e|t)?|valgfri(?:tt)?|hvis (?:tilgjengelig|tilgængelig|muligt?|mogleg))\b/, // Norwegian, Danish
  // "Det er anledning til å legge ved ...", "du har mulighed for at vedlægge": the applicant may, not must.
  /\b(?:det er|er det|du har|har du|søkere har|søkjarar har|ansøgere har) (?:også |dessuten |desuden )?(?:anledning|adgang|høve|mulighet|mulighed|moglegheit|mogelegheit) (?:til|for) (?:å|at)\b|\b(?:det er|er det) (?:også )?(?:mulig|muligt|mogleg) (?:å|at)\b/, // Norwegian, Danish
  /\b(?:det är|är det) (?:också |även )?(?:möjligt|tillåtet) att\b|\b(?:du har|har du|sökande har) (?:också |även )?möjlighet (?:att|till att)\b|\bdet går (?:också |även )?bra att\b/, // Swedish
  /\bes besteht (?:auch |zudem |außerdem |zusätzlich )?die möglichkeit\b|\bsie haben (?:auch |zudem |außerdem |zusätzlich )?die möglichkeit\b/, // German
  /\byou may (?:also )?(?:wish|choose|want|like) to (?:include|attach|add|submit|provide|send|upload|enclose)\b/,
  /\b(?:vapaaehtoi(?:nen|set)|tarvittaessa|mahdolli(?:nen|set)|suositellaan)\b/, // Finnish
  /\b(?:facultatif|facultative|optionnel(?:le)?|si disponible|éventuel(?:le)?s?|(?:pas|non) obligatoires?)\b/, // French
  ...fromLanguages('optional'),
];

/**
 * What applications usually hold, said by an advice page or an aside, not what this posting asks for: "A job
 * application typically includes the following documents: ...", "Eine Bewerbung enthält in der Regel ...".
 */
export const TYPICAL_CONTENTS =
  /\b(?:typically|usually|generally|normally|commonly) (?:includes?|contains?|consists? of|comprises?|is made up of)\b|\ba (?:typical|standard) (?:job |academic |faculty )?application (?:includes?|contains?|consists? of|comprises?)\b|\b(?:enthält|umfasst|besteht)\b[^.:]{0,20}\b(?:in der regel|üblicherweise|normalerweise)\b|\b(?:bevat|omvat|bestaat)\b[^.:]{0,20}\b(?:meestal|doorgaans|gewoonlijk)\b|\b(?:innehåller|består)\b[^.:]{0,20}\b(?:vanligtvis|oftast|normalt)\b|\b(?:sisältää|koostuu)\b[^.:]{0,20}\b(?:yleensä|tavallisesti)\b|\b(?:comprend|contient)\b[^.:]{0,20}\b(?:généralement|habituellement|en général)\b|\b(?:incluye|contiene|comprende|include)\b[^.:]{0,20}\b(?:normalmente|generalmente|habitualmente|solitamente|di solito)\b/u;

/**
 * Selection criteria: "the following items are taken into consideration: ... the quality of the research proposal",
 * "Bei der Auswahl werden ... berücksichtigt", "worden beoordeeld op", "bedöms utifrån", "arvioinnissa otetaan
 * huomioon", "sont pris en compte". What is judged, not a request.
 */
export const SELECTION_CRITERIA =
  /\b(?:(?:are|is|will be) (?:taken into (?:consideration|account)|considered|assessed|evaluated|judged)|selection criteria|(?:assessment|evaluation|selection) (?:will be )?based on|when selecting|in the selection|berücksichtigt|bei der auswahl|auswahlkriterien|beoordeeld (?:op|naar)|selectiecriteria|bedöms|urvalskriterier|beaktas|otetaan huomioon|valintakriteer\p{L}*|pris(?:es)? en (?:compte|considération)|critères de sélection|se valorará|criterios de selección|criteri di selezione|saranno valutat[ie])\b/iu;

/** "At the latest" in the languages read: "no later than", "spätestens", "uiterlijk", "senast", "au plus tard". */
const LATEST = 'no later than|not later than|at the latest|spätestens|senast|senest|viimeistään|uiterlijk|au plus tard|entro|a más tardar|no más tarde|najpóźniej|nejpozději';
/**
 * The start of the employment ("when the employment begins", "Dienstantritt", "indiensttreding", "anställningens
 * början", "prise de fonctions"): a document due at the latest then is not due with the application.
 */
const EMPLOYMENT_START =
  "(?:the |your |a )?(?:start|beginning|commencement|first day) of (?:the |your )?(?:employment|appointment|contract|position|post|fellowship|work)|(?:the |your )?(?:employment|appointment|contract|position|fellowship|work) (?:begins|starts|commences|is taken up)|(?:the |your )?start(?:ing)? date|(?:you )?(?:take|taking) up (?:the|your) (?:post|position|appointment|duties)|(?:you )?(?:start|begin|commence) (?:the|your) (?:employment|appointment|work|position|post|duties)|dienstantritt|arbeitsantritt|stellenantritt|amtsantritt|arbeitsbeginn|vertragsbeginn|(?:beginn|aufnahme) (?:des|der|ihres|ihrer) (?:arbeitsverhältnisses|beschäftigung|anstellung|tätigkeit|dienstverhältnisses)|einstellung|indiensttreding|aanstelling|(?:start|begin|aanvang) van (?:de|het|je|uw) (?:aanstelling|dienstverband|contract|werkzaamheden)|anställningens (?:början|start)|anställningen (?:börjar|påbörjas)|anställningsstart|tillträde(?:t)?|tiltredelse(?:n)?|tiltrædelse(?:n)?|ansettelsen|ansættelsen|työsuhteen (?:alkaessa|alkuun|alkamiseen)|työn alkaessa|(?:la )?prise de fonctions?|(?:l')?entrée en fonctions?|(?:le )?début du contrat|(?:la )?presa (?:di|in) servizio|(?:la )?incorporación|(?:la )?toma de posesión";

/**
 * A document due at the latest when the employment starts ("The diploma shall be submitted at the latest when the
 * employment begins", "spätestens zum Dienstantritt", "uiterlijk bij indiensttreding", "senast vid tillträdet", "au
 * plus tard à la prise de fonctions"): not due with the application, so later.
 */
export const DUE_BY_START = new RegExp(`\\b(?:${LATEST}|by|bis)\\b[^.;]{0,25}?\\b(?:${EMPLOYMENT_START})\\b`, 'u');

/**
 * A page about the documents due once the award is made ("A bolsa foi-me atribuída, que documentos preciso de submeter
 * para efectivar o contrato?", "After the results are announced, ... submission of documents"): said before the list,
 * it makes the list's documents later ones. Matched on text without accents.
 */
export const AFTER_AWARD: RegExp[] = [
  /\b(?:after|once|when) (?:the )?(?:results|award|funding decision|outcome)s? (?:(?:is|are|has been|have been) )?(?:announced|communicated|published|notified)\b/i,
  /\b(?:once|after|when) (?:the |your )?(?:grant|fellowship|scholarship|award|bursary|studentship) (?:is|has been|was) (?:awarded|granted|accepted)\b|\b(?:grant|fellowship|scholarship|bursary) (?:was|has been) awarded to (?:me|you)\b/i,
  /\b(?:apos|depois d)a (?:comunicacao|divulgacao|publicacao|notificacao) dos resultados\b|\bpara efe(?:c)?tivar o contrato\b|\b(?:foi-me|me foi|lhe foi|te foi) atribuid[ao]\b/i,
  /\b(?:tras|despues de) (?:la )?(?:comunicacion|publicacion|resolucion) de (?:los )?resultados\b|\bpara formalizar el contrato\b/i,
  /\bapres (?:la )?(?:publication|communication) des resultats\b|\bpour (?:la signature du|signer le) contrat\b/i,
  /\bnach (?:der )?(?:bewilligung|bekanntgabe der ergebnisse)\b|\bzum vertragsabschluss\b/i,
  /\bdopo la (?:comunicazione|pubblicazione) de(?:i|lla) (?:risultati|graduatoria)\b|\bper la (?:stipula|firma) del contratto\b/i,
];

/** Marks an item (or a whole list) as asked for at a later stage. */
export const LATER_CUES: RegExp[] = [
  DUE_BY_START,
  /\bat (?:a )?later (?:stage|date|point)\b/,
  /\blater (?:stage|in the (?:process|recruitment|selection))\b/,
  /\b(?:shortlisted|short-listed|long-?listed|selected|invited|successful) (?:candidates?|applicants?)\b[^.]{0,40}\b(?:will|may|must|should|need|are)\b/,
  /\b(?:candidates|applicants) (?:invited|shortlisted|short-listed|selected) (?:to|for)\b/,
  // "no: shortlisted candidates only", "only for shortlisted applicants" (a table's cell, a parenthesis).
  /\b(?:shortlisted|short-listed|selected|invited) (?:candidates|applicants) only\b|\bonly (?:for|from) (?:the )?(?:shortlisted|short-listed|selected|invited) (?:candidates|applicants)\b/,
  /\bnur (?:für|von) (?:die |den )?(?:ausgewählten|eingeladenen) (?:kandidat\p{L}*|bewerber\p{L}*)|\balleen (?:voor|van) (?:de )?(?:geselecteerde|uitgenodigde) (?:kandidaten|sollicitanten)\b|\bendast (?:för|från) (?:de )?(?:utvalda|kallade|inbjudna) (?:sökande|kandidater(?:na)?)\b|\buniquement (?:pour|pour les|des) (?:candidat(?:e)?s )?(?:présélectionné|retenu|sélectionné)\p{L}*/u,
  // "Researchers whose proposals have been long-listed are invited to submit ...", "if successful at the first stage".
  /\b(?:have been|are|were) (?:long-?listed|short-?listed)\b/,
  /\bif successful (?:at|in) the (?:first|initial|preliminary) (?:stage|round)\b/,
  /\b(?:if|once|when) (?:you are |you're |they are )?(?:shortlisted|short-listed|selected|invited|offered|appointed|hired)\b/,
  /\b(?:should you be|if you are) (?:short-?listed|selected|invited)\b/,
  /\b(?:if|once|when) you have been (?:endorsed|short-?listed|selected|invited|nominated|approved|admitted|accepted)\b/,
  /\b(?:second|next|later|final|interview) (?:stage|round|phase)\b/,
  // "will be requested at the shortlisting stage", "are required at shortlisting", "in der zweiten Runde" (not "used
  // for shortlisting": what the shortlist is made from is sent now).
  /\bat (?:the )?short-?list(?:ing)?(?: (?:stage|phase|round|step))?\b|\b(?:in|during) the short-?list(?:ing)? (?:stage|phase|round|step)\b|\b(?:in der|für die|ab der) zweiten (?:runde|stufe|phase|auswahlrunde)\b|\bin de (?:tweede|volgende) (?:ronde|fase|selectieronde)\b|\bi (?:den )?(?:andra|nästa) (?:omgången|steget|fasen)\b|\b(?:toisessa|seuraavassa) (?:vaiheessa|hakuvaiheessa)\b|\b(?:au|lors du) (?:second|deuxième) tour\b|\b(?:à|lors de) la (?:deuxième|seconde) (?:étape|phase)\b/u,
  /\b(?:will|may|might|can) be (?:requested|asked for|required|solicited|needed) (?:later|at (?:a )?later stage|from shortlisted|upon|after|at the (?:time of|interview))\b/,
  /\b(?:will|may) be (?:requested|solicited|asked for) (?:from|of) (?:the )?(?:finalists|shortlisted|selected)\b/,
  /\bupon (?:request|invitation|appointment|hire|hiring|acceptance)\b/,
  /\bon request\b/,
  // "Reference letters are not required for the first round": asked for later, not refused.
  /\b(?:not|no)\b[^.]{0,100}\b(?:at this (?:time|point|stage)|at present|for now|(?:in|for|during) the (?:first|initial) (?:(?:selection|review|application|assessment) )?(?:round|instance|stage|phase))\b/,
  /\bonly (?:if|when) (?:invited|shortlisted|requested|selected)\b/,
  // "Documents required for the interview:", "to be brought to the interview": what the interview needs comes later.
  /\b(?:documents|required|needed|necessary|requested|brought|bring|submitted|handed in) (?:only )?(?:for|to|at|during) (?:the|your|an|a) (?:(?:job|personal|selection|qualifying|admission|entrance|oral) )?interview\b|\b(?:bring|brought)\b[^.;]{0,40}?\b(?:to|for|at) (?:the|your) interview\b/,
  /\b(?:zum|für das|beim|im) (?:vorstellungs|auswahl|bewerbungs)?gespräch (?:mitzubringen|mitbringen|vorzulegen|vorlegen|erforderlich|benötigt)\b|\b(?:unterlagen|dokumente) (?:für das|zum) (?:vorstellungs|auswahl|bewerbungs)?gespräch\b/, // German
  // "Zum Vorstellungsgespräch bringen Sie bitte Ihre Zeugnisse im Original mit", "Bitte bringen Sie ... zum Gespräch mit".
  /\b(?:zum|zu (?:dem|einem|ihrem)|für das|beim|ins) (?:persönlichen )?(?:vorstellungs|auswahl|bewerbungs)?gespräch\b[^.;]{0,100}?\b(?:mit|mitbringen|mitzubringen|vorlegen|vorzulegen|vorweisen|vorzuweisen)\b|\bbringen sie\b[^.;]{0,100}?\b(?:zum|zu (?:dem|einem|ihrem)|ins) (?:persönlichen )?(?:vorstellungs|auswahl|bewerbungs)?gespräch\b/, // German
  /\b(?:meenemen|meebrengen|mee te nemen|mee te brengen|te overleggen|vereist|nodig) (?:naar|bij|voor) het (?:sollicitatie|selectie)?gesprek\b|\b(?:documenten|stukken) (?:voor|bij) het (?:sollicitatie|selectie)?gesprek\b|\b(?:naar|bij|voor) het (?:sollicitatie|selectie)?gesprek (?:meenemen|meebrengen|mee te nemen|mee te brengen|te overleggen)\b/, // Dutch
  /\b(?:tas med|ta med|medtas|uppvisas|visas upp|krävs|behövs) (?:till|vid|inför) intervjun\b|\b(?:handlingar|dokument) (?:till|vid|inför) intervjun\b|\b(?:till|vid|inför) intervjun (?:tas med|ska (?:du )?ta med|medtas|uppvisas)\b/, // Swedish
  // "Om du går vidare i anställningsprocessen ska ... uppvisas", "hvis du går videre i prosessen": only once the applicant advances.
  /\b(?:om|hvis|när|når) (?:du|ni) (?:går|gå|kommer) (?:vidare|videre)\b|\bif you (?:advance|progress|proceed|move on|go on|go forward) (?:to|in) (?:the )?(?:next|later|further|recruitment|selection|hiring|application)\b/,
  /\bhaastatteluun (?:mukaan|tuotava|otettava)\b|\bhaastattelu(?:ssa|un) (?:esitettävä|esitetään|tarvitaan)\b|\bhaastattelua varten\b/, // Finnish
  /\b(?:pour|lors de) l'entretien\b|\b(?:apporter|présenter|fournir|requis|demandés?|nécessaires?) (?:\p{L}+ ){0,3}(?:à|lors de|pour) l'entretien\b/u, // French
  /\b(?:before|prior to|at the time of|upon) (?:the )?(?:start|employment|appointment|hire|hiring|onboarding|enrol(?:l)?ment|the interview|interview)\b/,
  /\b(?:before|prior to) (?:the )?(?:contract|appointment|employment)(?: is)? (?:signed|starts|begins|concluded)\b/,
  /\b(?:requested|asked for|required|request|ask for|collect) (?:(?:them|these|those|it|this) )?(?:from|for|of) (?:the )?(?:shortlisted|short-listed|selected|invited) (?:candidates|applicants)\b/,
  /\bfinalists\b/,
  // "Copies of your diploma will be needed only for the successful candidate", "Official transcripts will be required
  // if employed": a point later in the hiring, not a circumstance of the applicant.
  /\b(?:for|from) (?:the )?(?:successful|selected|chosen|appointed|preferred|winning) (?:candidates?|applicants?|nominees?|persons?|individuals?|appointees?|hires?)\b|\bupon (?:employment|selection|recruitment|offer|being (?:hired|employed|appointed|selected))\b|\b(?:required|needed|requested|provided|presented|submitted|produced|due|shown) (?:only )?on (?:appointment|hire|hiring)\b|\b(?:once|after) (?:you are |you have been |being )?(?:employed|hired|recruited|appointed)\b/,
  // "will be required if employed" (not "the Endorsement Form, if employed": a form the employed applicant sends now).
  /\b(?:will|shall) be (?:required|needed|requested|asked for|collected|due)\b[^.;]{0,30}\b(?:if|when) (?:you are |you're )?(?:employed|hired|recruited|appointed|successful|selected)\b/,
  /\b(?:für|von) (?:den|die|der) (?:erfolgreiche[nr]?|ausgewählte[nr]?) (?:bewerber\p{L}*|kandidat\p{L}*)|\b(?:bei|vor|nach) (?:der |einer |ihrer )?(?:einstellung|dienstantritt|arbeitsaufnahme|vertragsunterzeichnung|zusage)\b|\bim falle? (?:einer|der|ihrer) (?:einstellung|zusage)\b|\b(?:falls|wenn|sobald) sie (?:eingestellt|ausgewählt) (?:werden|wurden|sind)\b/u, // German
  /\b(?:bij|voor|na) (?:de |uw |je )?(?:aanstelling|indiensttreding|benoeming)\b|\b(?:voor|van) de (?:geselecteerde|gekozen|succesvolle|aan te stellen) kandida(?:at|ten)\b|\b(?:indien|als|zodra) (?:u|je) (?:wordt|bent) (?:aangenomen|geselecteerd|benoemd|aangesteld)\b/, // Dutch
  // Not bare "vid anställning": "Vid anställning som lektor ska avseende fästas vid ..." states criteria.
  /\b(?:före|inför|innan) (?:en )?(?:anställning(?:en)?|tillträde(?:t)?)\b|\bvid tillträde(?:t)?\b|\b(?:uppvisas|visas upp|lämnas in|krävs|begärs) vid anställning(?:en)?\b|\b(?:den|de) som (?:erbjuds (?:tjänsten|anställning)|anställs|väljs ut)\b|\bom du (?:blir )?(?:anställd|erbjuds tjänsten|utvald)\b/, // Swedish
  /\bvalitu(?:lta|n|ille|ilta|t|ksi tullee\p{L}*) (?:hakija\p{L}*|henkilö\p{L}*|ehdokka\p{L}*)|\bvalituksi tullee\p{L}*|\b(?:ennen työsuhteen alkamista|työsuhteen alkaessa|ennen työn aloittamista)\b/u, // Finnish
  /\b(?:du|de la|pour le|pour la|pour les|aux|des|au) (?:candidat(?:e)?s?|personnes?|lauréat(?:e)?s?) (?:retenue?s?|recrutée?s?|sélectionnée?s?|présélectionnée?s?)\b|\b(?:lors du|au moment du|en cas de|après le|avant le) recrutement\b|\b(?:à|lors de) l'embauche\b|\bavant (?:la )?(?:prise de fonctions?|signature du contrat|l'embauche)\b|\bsi (?:vous êtes|votre candidature est) (?:retenue?|sélectionnée?|recrutée?)\b/u, // French
  // "Official transcripts are required only of applicants who are offered admission", "letters will only be solicited
  // for those short-listed", "Applicants who are called for an interview must bring ...".
  /\b(?:applicants|candidates|those) (?:who|that) (?:are|have been) (?:offered admission|admitted|called (?:for|to) (?:an )?interviews?|invited (?:for|to) (?:an )?interviews?|short-?listed)\b/,
  /\b(?:for|from|of) those (?:short-?listed|selected|invited)\b/,
  /\b(?:after|once) (?:the )?(?:applications close|closing date|deadline has passed|shortlisting|an initial shortlist|the shortlist(?:ing)?)\b|\b(?:initial )?shortlist is (?:made|drawn up)\b/,
  /\bonly for (?:candidates|applicants) (?:that|who) (?:pass|are invited|are shortlisted|reach)\b/,
  // "(this will be arranged after the matching phase, do not send it now)": asked for later, not refused.
  /\b(?:do not|don't|please do not|please don't|(?:there is )?no need to|(?:you )?(?:do not|don't) need to|need not) (?:send|submit|include|upload|attach|enclose|provide|forward|mail|e-?mail)\b[^.]{0,60}\b(?:at this (?:stage|time|point)|now|yet|for the time being|at present)\b/,
  /\bnot (?:required|needed|requested|necessary|asked for) (?:at this (?:stage|time|point)|now|yet|initially|(?:with|in) (?:the|your) (?:initial |first )?application|at the (?:time|point) of (?:the |your )?application|at the application stage)\b/,
  /\bkan (?:du )?bli bedt om\b/, // Norwegian: "you may be asked to"
  /\b(?:wird|werden) (?:(?:gegebenenfalls|ggf\.?|eventuell|möglicherweise|erst|dann) )?(?:später|nachgereicht|nachgefordert)\b|\bspäter (?:angefordert|nachgefordert|eingefordert|nachgereicht)\b|\bzu einem späteren zeitpunkt\b|\b(?:nur )?(?:auf|nach) (?:anforderung|anfrage|aufforderung)\b/, // German
  // "Referenzschreiben sind für die erste Auswahlrunde nicht erforderlich": not now, so asked for later.
  /\b(?:für die|in der|bei der) erste[nr]? (?:auswahl|bewerbungs|sichtungs)?(?:runde|stufe|phase)\b[^.]{0,60}\bnicht\b|\bnicht\b[^.]{0,60}\b(?:für die|in der|bei der) erste[nr]? (?:auswahl|bewerbungs|sichtungs)?(?:runde|stufe|phase)\b|\b(?:zum jetzigen zeitpunkt|in dieser phase|in diesem stadium|vorerst|zunächst) (?:noch )?nicht\b/, // German
  // "Bitte noch keine Zeugnisse senden", "Senden Sie noch keine ...": not yet, so later (not "falls Sie noch keine ..., senden Sie").
  /\bnoch (?:keine?[nrs]?|nicht)\b[^.,;]{0,60}\b(?:senden|schicken|einreichen|beifügen|beilegen|hochladen|zusenden|mitschicken|mitsenden|übermitteln|erforderlich|notwendig|nötig|benötigt)\b|\b(?:senden|schicken|reichen|fügen|legen|laden)\b[^.,;]{0,20}\bnoch (?:keine?[nrs]?|nicht)\b/, // German
  /\b(?:in een later stadium|op verzoek)\b/, // Dutch
  // "Stuur nog geen cijferlijsten mee", "Aanbevelingsbrieven hoeven nog niet te worden meegestuurd".
  /\bnog (?:geen|niet)\b[^.,;]{0,60}\b(?:sturen|meesturen|opsturen|insturen|toevoegen|bijvoegen|uploaden|indienen|meegestuurd|opgestuurd|toegevoegd|bijgevoegd|ingediend|nodig|vereist)\b|\b(?:stuur|stuurt|voeg|voegt|upload|zend)\b[^.,;]{0,20}\bnog (?:geen|niet)\b/, // Dutch
  /\b(?:i ett senare skede|på begäran)\b/, // Swedish
  /\b(?:skicka|bifoga|sänd|ladda upp|lämna in)\s+inte\b[^.,;]{0,60}\b(?:ännu|än|nu)\b|\binte\b[^.,;]{0,60}\b(?:i detta skede|i det här skedet|i nuläget|i första omgången)\b/, // Swedish
  /\b(?:myöhemmin|pyydettäessä|tässä vaiheessa)\b/, // Finnish ("ei tarvita tässä vaiheessa": not at this stage)
  /\b(?:älä (?:lähetä|liitä)|ei tarvitse (?:liittää|lähettää)|ei tarvita)\b[^.,;]{0,40}\bvielä\b|\bei vielä (?:tarvita|tarvitse)\b/, // Finnish ("älä lähetä vielä": not yet)
  /\b(?:ultérieurement|sur demande|lors de l'inscription|après (?:la )?sélection)\b/, // French
  // "Les lettres ne sont pas demandées à ce stade": not now, so asked for later.
  /\b(?:ne|n')(?:[^.]){0,80}\b(?:à ce stade|pour le moment|pour l'instant|dans un premier temps|à cette étape|lors de la première (?:phase|étape|sélection))/, // French
  /\b(?:n'envoyez|ne joignez|ne (?:pas )?(?:envoyer|joindre)|ne (?:sont|seront)|n'est)\b[^.,;]{0,20}\bpas encore\b/, // French ("n'envoyez pas encore")
  /\bnon (?:inviate|inviare|allegate|allegare|caricate|caricare)\b[^.,;]{0,40}\bancora\b/, // Italian ("non inviate ancora")
  ...fromLanguages('later'),
];

/** "also", "additionally" and their kin, which add documents for a group without saying who it is ("Für Bewerber aus dem Ausland zusätzlich:"). */
export const ALSO_WORDS =
  'also|additionally|in addition|as well|zusätzlich|außerdem|ebenfalls|auch|ook|bovendien|daarnaast|också|även|dessutom|également|aussi|en outre|además|también|a més|també|inoltre|anche|lisäksi|myös';

/** A group of applicants ("Studierende", "kandidaten", "candidats") in the languages a list entry may open with. */
const GROUP_WORD =
  "(?:[\\p{L}-]*(?:studierende|bewerber|kandidat|absolvent|doktorand|promovierend|antragsteller|stipendiat|studenten|inhaber)\\p{L}*(?:[*:_/]-?innen\\b)?(?![*:_/]-?innen\\b)|sollicitanten|promovendi|aanvragers|afgestudeerden|sökande|kandidater|studenter|doktorander|(?:candidat|étudiant|doctorant|titulaire|diplômé|ressortissant)\\p{L}*|solicitantes|aspirantes|estudiantes?|egresad[oa]s|titulad[oa]s|doctorand[oa]?s|sol·licitants|estudiants|doctorands|titulats|candidat[ie]|laureat[ie]|dottorand[ie]|student[ie]|studentesse|titolari|richiedenti)";

/**
 * "Bei Master-Studierenden das Zeugnis ...", "Voor buitenlandse kandidaten: ...", "Per i laureati all'estero, ...": a
 * group put at the head of a list entry, before the document; the match is the whole condition.
 */
export const CONDITION_GROUP_HEAD = new RegExp(
  `^(?:(?:nur|alleen|endast|bara|uniquement|seulement|solo|sólo|únicamente|només|soltanto) )?(?:bei|für|voor|för|pour les|para (?:los|las)|per (?:als|a les|i|gli|le))(?: (?:den|die|der|de|les|los|las))? (?!(?:allen?|alle|tous|todos|todas|tots|tutti|allen?)\\b)(?:[\\p{L}'’-]+ ){0,3}?${GROUP_WORD}` +
    // "in grundständigen Studiengängen", ", die im Zweitstudium studieren,": who in the group, up to the document.
    `(?: (?:in|im|mit|aus|ohne|an|met|uit|zonder|med|från|avec|en|con|amb|di|del|de|da)\\b[^,.;:()]{1,60}?)?(?:,\\s(?:die|welche|deren|der|die|som|qui|dont|que|cuy[oa]s?|che|il cui)\\b(?:[^,.;:()]|,(?=\\s[\\p{L}'’-]+(?:,\\s[\\p{L}'’-]+)*,?\\s(?:oder|und|or|and|ou|et|o|y|of|en|eller|och|og|e)\\s)){1,120}(?=,))?` +
    `(?=\\s*(?:[,:;–—-]|$)|\\s+(?:das|die|der|den|ein|eine|einen|ihr|ihre|de|het|een|en|ett|le|la|les|l'|un|une|el|los|las|il|lo|gli|una|uno|copia|kopie|copie|una còpia)\\b)`,
  'u',
);

/** Conditions whose match is the whole condition: the group at the head of the entry, and German "bei <group>" after it. */
export const CONDITION_GROUPS: readonly RegExp[] = [
  CONDITION_GROUP_HEAD,
  // "Hochschulzugangsberechtigung bei Bewerber:innen in grundständigen Studiengängen (Bachelor, ...)".
  new RegExp(`\\bbei (?!(?:allen?|jede[mnr]?)\\b)(?:[\\p{L}'’-]+ ){0,2}?${GROUP_WORD}(?: (?:in|im|mit|aus|ohne|an|des|der)\\b[^,.;:()]{1,60})?`, 'u'),
  // "Für Antragsteller:innen mit ausländischem Hochschulabschluss sind zusätzlich diese Unterlagen nötig:": who, up to the verb.
  new RegExp(`^für (?!(?:allen?|jede[mnr]?)\\b)(?:[\\p{L}'’-]+ ){0,2}?${GROUP_WORD} (?:mit|aus|ohne|in|im)\\b[^,.;:()]{1,60}?(?= (?:sind|ist|werden|wird|gilt|gelten|müssen|muss|benötigen)\\b)`, 'u'),
];

/**
 * A kind of post named at the end of a list's lead-in ("The following documents must be attached ... for professional
 * positions:"): the list is for that post of several; not the one post of a posting ("for this position:").
 */
export const POSTS_GROUP = /\b(?:for (?:[\p{L}-]+ ){0,2}?(?:professorships|lectureships)|for (?!(?:this|the|these|those|that|all|our|any|each|every|both|such|open|vacant|advertised|above|following|available|current|new)\b)(?:[\p{L}-]+ ){1,2}?(?:positions|posts|roles|appointments)|für (?:die )?(?!(?:diese|alle|ausgeschriebene|ausgeschriebenen|offene|offenen)\b)(?:[\p{L}-]+ ){1,2}?(?:stellen|positionen|professuren))(?=\s*:?\s*$)/u;

/**
 * Marks an item as required only for some applicants; the text from the cue to the end of its clause is the
 * condition ("for non-native speakers", "if your degree is not yet completed").
 */
export const CONDITION_CUES: RegExp[] = [
  ...CONDITION_GROUPS,
  POSTS_GROUP,
  // A kind of post in a page for several: "Professorin tehtäviä koskeviin hakemuksiin liitetään", "opetustehtävää hakeva
  // laatii", "applicants for the senior post should"; not the one post of a posting ("tätä tehtävää", "the position").
  /(?:^|\b)(?!(?:tätä|tähän|kyseistä|kyseiseen|haettavaa|haettavana|avointa|avoimeen|ilmoitettua|tämän)\b)\p{L}+n? (?:tehtäviä|tehtävää|tehtävään|tehtäviin|virkaa|virkoja|virkaan) koskev\p{L}* hakemuks\p{L}*|\b\p{L}+(?:tehtävää|tehtäviä|virkaa|paikkaa) hakev\p{L}*/u, // Finnish
  // "Lisäksi matka-apurahahakemuksiin tulee liittää ... kustannusarvio", "For travel grant applications, please also attach
  // a budget": one kind of application, with "also", is the case; not every application ("Lisäksi hakemukseen ...").
  /(?<=\b(?:lisäksi|myös)\b[^.;:]{0,40}?)\b(?:matka|työskentely|kohde|julkaisu|painatus|kongressi|konferenssi|jatko|tutkimusmatka)-?(?:apuraha|avustus|stipendi)?-?hakemuks\p{L}*|\b(?:matka|työskentely|kohde|julkaisu|painatus|kongressi|konferenssi|jatko|tutkimusmatka)-?(?:apuraha|avustus|stipendi)?-?hakemuks\p{L}*(?=[^.;:]{0,40}?\b(?:lisäksi|myös)\b)|(?<=\b(?:also|additionally|in addition)\b[^.;:]{0,40}?)\b(?:travel|conference|mobility|publication|printing|equipment|continuation|extension|bridging|fieldwork) (?:grant |funding |award |scholarship |bursary |stipend )?(?:applications|requests|proposals)\b|\b(?:for |in )?(?:travel|conference|mobility|publication|printing|equipment|continuation|extension|bridging|fieldwork) (?:grant |funding |award |scholarship |bursary |stipend )?(?:applications|requests|proposals)\b(?=[^.;:]{0,40}?\b(?:also|additionally|in addition)\b)/iu,
  // "Applicants for professorships ... are requested to attach ...": a kind of post in the plural, not the one post advertised.
  /\b(?:applicants|candidates|applications) (?:for|to) (?:the |a )?(?:senior|junior|teaching|professorial|permanent|tenured|fixed-term|part-time|lecturer|lectureship) (?:posts?|positions?|roles?|professorships?|vacanc(?:y|ies))\b|\b(?:applicants|candidates|applications) for (?:(?:full|associate|assistant|tenure-track|visiting) )?(?:professorships|lectureships|docentships|chairs)\b/,
  /\b(?:if|where|when|as) (?:applicable|relevant|appropriate|required|necessary)\b/,
  /\b(?:only )?(?:for|from) (?:all )?(?:international|foreign|overseas|non-?(?:eu|eea|uk|us|native|english|german|dutch|swedish|finnish|french|nordic)|external|internal|eu|uk|domestic|doctoral|phd|senior|junior|postdoctoral|master'?s?) (?:applicants|candidates|students|nationals|speakers|citizens)\b/,
  /\b(?:for|from) (?:those|applicants|candidates|students|anyone|people)(?: (?:who|whose|with|without|from|applying|requesting|holding|not|for|classified|needing|requiring)\b| of\b)/,
  // "International applicants should also submit ...", "Junior candidates should additionally supply ...": the
  // group named as the subject. A group any applicant could be in ("PhD candidates" of a PhD posting) only with
  // "also" or "additionally".
  /^(?:all )?(?:international|foreign|overseas|non-?[\p{L}]+|external|internal)(?: and (?:international|foreign|overseas|non-?[\p{L}]+|external|internal))? (?:applicants|candidates|students|nationals|citizens)(?= (?:(?:should|must|will|shall|need to|have to|are (?:asked|required|requested|expected) to|please)\s+)?(?:also |additionally |in addition )?(?:supply|provide|submit|send|include|upload|attach|enclose|add|present|furnish)\b)/u,
  /^(?:junior|senior|phd|doctoral|postdoc|postdoctoral|master'?s?|bachelor'?s?|undergraduate|graduate|early[- ]career|experienced|clinical|industry)(?:(?: and | or |\/)(?:junior|senior|phd|doctoral|postdoc|postdoctoral|master'?s?|bachelor'?s?|undergraduate|graduate|early[- ]career))? (?:applicants|candidates|students|scholars|researchers)(?= (?:(?:should|must|will|shall|need to|have to|are (?:asked|required|requested|expected) to|please)\s+)?(?:also|additionally|in addition) (?:supply|provide|submit|send|include|upload|attach|enclose|add|present|furnish)\b)/u,
  // "Contract and external PhD candidates must also submit:": any group named by its own words as the subject, when
  // "also" says the documents are added for it; not a group every applicant is in ("All applicants must also ...").
  /^(?!(?:all|any|every|each|the|our|interested|eligible|prospective|potential|qualified|suitable|shortlisted|short-listed|successful|selected|invited|applicants|candidates)\b)(?:[\p{L}'’-]+(?:,? | and | or |\/)){1,5}?(?:applicants|candidates|students|nationals|citizens|scholars|researchers|fellows)(?= (?:(?:should|must|will|shall|need to|have to|are (?:asked|required|requested|expected) to|please)\s+)?(?:also|additionally|in addition|further) (?:supply|provide|submit|send|include|upload|attach|enclose|add|present|furnish)\b)/u,
  // "Externe Doktorand*innen müssen zusätzlich einreichen:", "Externe promovendi moeten ook ...", "Externa sökande ska
  // också bifoga:", "Les doctorants externes doivent également fournir :": the same in the other languages.
  /^(?:die )?(?!(?:alle|interessierte|geeignete|ausgewählte|die)\b)(?:[\p{L}*:'’-]+(?:,? | und | oder |\/)){1,4}?(?:bewerber|kandidat|doktorand|promovierende|studierende)[\p{L}*:_/]*(?= (?:müssen|sollten|sollen|reichen|legen|senden|schicken)\b[^.;:]{0,40}?\b(?:zusätzlich|außerdem|ebenfalls|auch)\b)/u,
  /^(?:de )?(?!(?:alle|geïnteresseerde|geschikte|de)\b)(?:[\p{L}'’-]+(?:,? | en | of |\/)){1,4}?(?:kandidaten|sollicitanten|promovendi|studenten|aanvragers)(?= (?:moeten|dienen|sturen|leveren)\b[^.;:]{0,30}?\b(?:ook|daarnaast|tevens|bovendien)\b)/u,
  /^(?!(?:alla|intresserade|behöriga)\b)(?:[\p{L}'’-]+(?:,? | och | eller |\/)){1,4}?(?:sökande|kandidater|doktorander|studenter)(?= (?:ska|skall|måste|bör)\b[^.;:]{0,30}?\b(?:också|även|dessutom)\b)/u,
  /^(?:les )?(?:candidat(?:e)?s|doctorant(?:e)?s|étudiant(?:e)?s)(?:,? (?!(?:doivent|devront|sont|qui)\b)[\p{L}'’-]+){1,4}?(?= (?:doivent|devront)\b[^.;:]{0,30}?\b(?:également|aussi|en outre|de plus)\b)/u,
  // "Applicants who require a visa to work in the UK should provide a copy of their passport": a relative clause on
  // the subject says who is asked. Not one every applicant is in ("Candidates who wish to apply should send ...").
  /^(?:all )?(?:applicants|candidates|those|anyone|persons|people|students|individuals)(?: who| that| whose)\b(?! (?:are |is )?(?:interested|wish|wishes|want|wants|would|intend|intends|plan|plans|apply|applies|applying|meet|meets|fulfil|fulfils|fulfill|fulfills|satisfy|satisfies|qualify|qualifies|fit|fits|feel|feels|believe|believes|consider|considers|eligible|invited|called|asked|shortlisted|short-listed|selected|chosen|successful|interviewed|offered|appointed|admitted|accepted|nominated|recommended|pass|passes|match|matches|seek|seeks|seeking|hope|hopes|keen|can|could|have been (?:shortlisted|selected|invited))\b)[^.;:!?]{3,100}?(?= (?:(?:should|must|shall|will need to|need to|needs to|have to|has to|are (?:asked|required|requested|expected) to|is (?:asked|required|requested|expected) to)\s+)?(?:also |additionally |in addition |further )?(?:supply|provide|submit|send|include|upload|attach|enclose|add|present|furnish)\b)/u,
  // "Candidates from universities outside Norway are kindly requested to send a Diploma Supplement": the group as the subject.
  /\b(?:applicants|candidates|students) (?:from|with (?:a )?degrees? from) (?:(?:universities|institutions|countries|schools)\s+)?(?:outside|abroad)(?:\s+(?:the\s+)?[\p{L}.-]+){0,3}?(?=\s+(?:are|is|should|must|shall|will|need to|have to)\b)/u,
  /\bif (?:already|not yet) (?:issued|available|awarded|completed|obtained|received|defended)\b/,
  /\b(?:an? )?(?:applicant|candidate)s? (?:applying for|requesting|holding|whose|with (?:an? )?(?:foreign|international|non-))\b/,
  /\b(?:applicants|candidates|students|those) (?:whose|from outside|from abroad|from non-|requesting|holding (?:an? )?(?:foreign|non-)|who (?:do not|did not|have not|hold|are not|were not|wrote|have an? (?:foreign|international)|are applying for|apply for|wish to apply for|have completed|completed|studied))\b/,
  /\b(?:for|in the case of) (?:resubmissions?|renewals?|reapplications?)\b/,
  // "I candidati che conseguiranno il titolo entro ...", "i candidati in possesso di titolo conseguito all'estero".
  /\b(?:i |le |gli )?candidat[ie] (?:che (?:non |conseguiranno|conseguano|abbiano|siano|hanno|sono|risiedono)|in possesso di (?:un |titol)|con titolo)/,
  // "Candidates currently in the final year of their degree should provide ...".
  /\b(?:applicants|candidates|students|those) (?:who are )?(?:currently |still )?(?:in (?:the|their) (?:final|last) year|still studying|expecting to graduate|about to graduate|not yet graduated)\b/,
  // A condition put first as a question, Nordic and German ("Har du endnu ikke afsluttet ..., skal du vedlægge").
  /^(?:har|er|hvis) (?:du|søkeren|ansøgeren) (?:endnu|ennå|enda|ännu|ikke|inte)\b|^har du ännu inte\b|^(?:haben|sind) sie (?:\p{L}+ ){0,4}noch nicht\b/u,
  // Not "For all other applicants please submit only photo, CV, ...": the "only" of the request is no part of the case.
  /\bfor (?:(?!(?:please|submit|send|provide|include|upload|attach|enclose)\b)[\p{L}\s-]){3,40} only\b/u,
  // "For all other applicants please submit only photo, CV, publication list": the applicants the main one is not.
  /\bfor (?:all )?(?:the )?other (?:applicants|candidates|co-applicants)\b/,
  // "the official transcript of records for other university studies which are not included in the mandatory part":
  // only who has such studies sends it. Not "for previous studies (Bachelor and/or Master)": every applicant has those.
  /\bfor (?:any )?(?:other|further|additional|(?<=any )previous|(?<=any )prior) (?:[\p{L}-]+ ){0,2}?(?:studies|degrees|courses)\b|\b(?:which|that) (?:are|is|were|was) not (?:already )?(?:included|covered|listed) in\b/u,
  // "Academic roles only - A list of publications ...": a label naming who, before the entry.
  /^[\p{L}\s-]{3,40}? (?:roles?|positions?|posts?|appointments?|applicants|candidates) only\s*(?:[-–—:]|$)/u,
  // "transcripts (for early-career scholars)", "evidence of English (from non-English-speaking institutions)": a group
  // in the entry's parenthesis; not one every applicant is in ("(for all applicants)").
  /(?<=\()(?:only )?for (?!(?:all|every|each|any|the|this|that|our|your|shortlisted|short-listed|successful|selected|invited|interviewed|appointed|admitted|eligible|interested|prospective|potential|qualified|suitable)\b)(?:[\p{L}'’-]+ ){1,3}?(?:applicants|candidates|scholars|students|researchers|fellows|graduates|nationals|citizens|speakers)(?: only)?(?=\))/u,
  /(?<=\()(?:only )?(?:for (?:applicants|candidates|those) )?from (?:non-[\p{L}-]+|foreign|overseas) (?:[\p{L}'’-]+ ){0,2}?(?:institutions|universities|countries|schools)(?=\))/u,
  // "(international applicants only)".
  /\b(?:international|foreign|overseas|non-?(?:eu|eea|uk|us|native)|external|internal) (?:applicants|candidates|students) only\b/,
  /\b(?:applicable|required|needed|relevant) (?:to|for) [\p{L}\s-]{3,40} only\b/u,
  /\bin (?:the )?case (?:of|that|where|your|the|you)\b/,
  /\bin the event (?:that|of|the)\b/,
  // "• per i laureati, autocertificazione della laurea magistrale", "for graduates, a copy of the degree", "für
  // Absolventen: ...": a group of graduates or students put first in an entry, then the document; words for the group.
  /^(?:only )?(?:for|per|für|fur|pour|para|voor|för) (?:the |i |gli |le |les |die |den |los |las |de |os |as )?(?:[\p{L}'’-]+ ){0,2}?(?:graduates|undergraduates|graduating students|final-year students|degree holders|holders|laureati|laureandi|diplomati|dottorandi|titolari|absolvent(?:en|innen|\*innen)|studierenden?|diplômés|titulaires|étudiants|egresados|titulados|licenciados|graduados|estudiantes|afgestudeerden|studenten|utexaminerade)\b(?:[^,:;.]{0,60}?)(?=\s*[,:])/u,
  // "In assenza della controfirma è necessario allegare ...", "In the absence of a signature, ...".
  /\b(?:in the absence of|in assenza d|en l['’]absence d|en ausencia d|in ermangelung|bei fehlen|bij (?:het )?ontbreken van|i avsaknad av)\p{L}*(?: (?!(?:è|e|is|are|it|est|es|ist)\b)[\p{L}'’-]+){1,4}?(?= (?:è|e) (?:necessari|obbligatori|richiest)\p{L}*\b)/u,
  /\b(?:in the absence of|in assenza d|en l['’]absence d|en ausencia d|in ermangelung|bei fehlen|bij (?:het )?ontbreken van|i avsaknad av)/u,
  /\bnon-native (?:speakers?|english speakers?)\b/,
  // "Non-EU applicants: please include ...", "International applicants: proof of English proficiency": a label naming who.
  /^(?:non-?(?:eu|eea|uk|us|nordic|native(?: \p{L}+)?(?: speakers?)?)|international|foreign|overseas|external|internal) (?:applicants|candidates|students)(?=\s*:)/u,
  /\b(?:les )?candidat(?:e)?s non (?:francophones|anglophones|germanophones|ressortissants? \p{L}+)\b/u, // French
  // "I candidati stranieri devono allegare anche la traduzione ...", "Ausländische Bewerber müssen ...": the group
  // named as the subject, in the other languages.
  /^(?:les |los |las |i |gli |le |os |as |die )?(?:candidat(?:e|a|o)?s?|candidati|candidate|postulantes|solicitantes|aspirantes) (?:étrang[eè]re?s|internationa(?:ux|les?)|extranjer[oa]s|internacionales|stranieri|straniere|internazionali|estrangeir[oa]s)\b|^(?:ausländische|internationale) (?:bewerber\p{L}*|kandidat\p{L}*|studierende)|^(?:buitenlandse|internationale) (?:kandidaten|sollicitanten|studenten)\b|^(?:utländska|internationella) (?:sökande|kandidater)\b|^(?:ulkomaiset|kansainväliset) (?:hakijat|opiskelijat)\b/u,
  /\bwhose (?:first|native|mother) (?:language|tongue) is not\b/,
  // "Sollte Ihr Masterabschluss noch nicht vorliegen, legen Sie ... bei": German's "if" said by the verb put first.
  /(?:^|(?<=[.;!?]\s{1,3}))sollten?\b(?=[^.;:!?]{3,120},)/u,
  // "müssen unter anderem, wenn Sie einen direkten Hochschulzugang besitzen, ein relevantes Sprachzertifikat ...
  // einreichen": a case put between the verb and the document.
  /(?<=\b(?:müssen|sollen|sollten|muss|soll|moeten|dienen|ska|skall|måste)\b[^.;:]{0,30}?,\s*)(?:wenn|falls|sofern|indien|als|om|ifall)\b(?=[^.;:,]{3,80},)/u,
  // "För Professor, Universitetslektor ... och Postdoktor ska även följande dokument alltid bifogas:", "For Professor
  // and Lecturer posts the following must also be attached:", "Für Professuren sind zusätzlich ...": posts named before
  // the documents added for them.
  /^för (?:[\p{L}-]+(?:,? | och | eller |\/)){1,8}?[\p{L}-]+(?= (?:ska|skall|måste|bör)\b[^.;:]{0,30}?\b(?:även|också|dessutom)\b)/u,
  /^for (?:the )?(?:[\p{L}-]+(?:,? | and | or |\/)){0,8}?(?:posts?|positions?|roles?|appointments?|professors?(?:hips)?|lecturers?(?:hips)?|postdocs?|postdoctoral (?:posts?|positions?|fellows?))(?=,? (?:the following |these |applicants |candidates )?(?:documents |materials )?(?:should|must|shall|need to|have to|are|is)\b[^.;:]{0,30}?\b(?:also|additionally|in addition)\b)/u,
  /^für (?:die )?(?:[\p{L}-]+(?:,? | und | oder |\/)){0,8}?(?:stellen?|positionen?|professuren?|postdoc\p{L}*)(?=,? (?:sind|müssen|sollten|werden)\b[^.;:]{0,30}?\b(?:zusätzlich|außerdem|ebenfalls|auch)\b)/u,
  /\b(?:first|native|mother) (?:language|tongue) is not\b/,
  // "Wenn Ihre Muttersprache nicht Englisch ist, fügen Sie ... bei", "Als je moedertaal niet Engels is", "Om ditt modersmål inte är engelska".
  /\b(?:wenn|falls|als|indien|om|hvis)\s+(?:(?:ihre|deine|je|jouw|uw|ditt|din|dit)\s+(?:muttersprache|erstsprache|moedertaal|modersmål|morsmål)|(?:deutsch|englisch|engels|nederlands|engelska|svenska|engelsk|norsk|dansk)\s+(?:nicht|niet|inte|ikke)\s+(?:ihre|deine|je|jouw|uw|ditt|din|dit)\s+(?:muttersprache|erstsprache|moedertaal|modersmål|morsmål))\b/u,
  // Not "required for the first stage (online)": the first stage is the application itself; nor "required for upload
  // in the Submission Application": how it is sent.
  /\b(?:required|needed|necessary|mandatory) (?:only )?(?:if|for|when|where)\b(?! (?:(?:your|the|an?|this|each|every|all) )?(?:application|applications|position|post|job|admission|applicants|candidates|upload(?:ing)?|submission|submitting|(?:(?:first|initial|1st|preliminary|online|application) (?:stage|round|phase|step)))\b)/,
  /\bif (?:your|the|their|his|her) (?:degree|diploma|documents?|certificates?|transcripts?|qualifications?|studies|study|first language|native language|mother tongue|master'?s?|bachelor'?s?|phd|doctorate|host|supervisor|previous|home)\b/,
  /\bif (?:english|german|dutch|swedish|finnish|french) is not\b/,
  /\bif (?:you|applicants|candidates|the applicant|the candidate) (?:are|is|were) (?:not )?\p{L}+ing\b/u,
  /\bif (?:you|applicants|candidates) (?:have|has) (?:already |not yet |yet to )?(?:graduated|completed|finished|defended|obtained|been awarded)\b/,
  /\bif (?:you|the applicant|the candidate|applicants|candidates) (?:hold|holds|have|has|had|did|do|does|are|is|were|was|wrote|completed|studied|obtained|received|apply|applies|come|comes)(?: not)? (?:not |yet |a |an |your |their |from |outside |abroad|completed|graduated|obtained|foreign|international|non-|no |any |the |for |in |already )/,
  // "a translation, if it is not in English or Portuguese", "(if not in English)": the document's language is the case.
  /\b(?:if|when|where|unless|in case)\s+(?:(?:it|they|these|those|any|the (?:\p{L}+ )?(?:documents?|diplomas?|certificates?|transcripts?|originals?|degrees?|records?))\s+(?:is|are|were|was|has been|have been)\s+)?not\s+(?:(?:written|issued|drawn up|available)\s+)?in\s+(?!(?:time|order|advance|person|the\b))/u,
  /\b(?:documents?|diplomas?|certificates?|transcripts?|degrees?) (?:that are |which are |are )?(?:not (?:written |issued |in )|written in (?:a |an )?(?:language|languages) other|issued in (?:a |an )?(?:language|languages) other|in (?:a |an )?(?:language|languages) other|in other languages|from (?:abroad|outside|foreign))/,
  /\b(?:doctoral (?:students|candidates)|phd students|doktorandinnen und doktoranden|doktorand(?:inn)?en)\b(?=[^.]{0,40}\b(?:werden|are|should|must|also)\b)/,
  // "Bewerber:innen, deren Abschluss nicht in deutscher Sprache ausgestellt ist, legen ... bei": the group and who in it.
  /^(?:alle )?(?:bewerber|kandidat|antragsteller|studierende|doktorand|promovierende)[\p{L}*:_/]*,\s(?:deren|dessen|(?:die|welche) (?:nicht|noch nicht|keine?n?|einen? ausländisch))\b/u, // German
  /\b(?:falls(?! vorhanden)|sofern(?! vorhanden)|soweit zutreffend|wenn zutreffend|nur für|bei (?:antrag|bewerbung|ausländischen|nicht[- ]?deutsch|internationalen)|bei (?:[\p{L}-]+[- ])?(?:zugang|teilnahme|vorliegen|bedarf))\b/u, // German
  /\bfür (?:ausländische|internationale|nicht[- ]?deutschsprachige) (?:bewerber(?:innen)?|studierende|abschlüsse)\b/, // German
  /\b(?:indien(?! beschikbaar)|alleen voor|voor (?:buitenlandse|internationale) (?:studenten|kandidaten|sollicitanten))\b/, // Dutch
  /\b(?:för sökande (?:som|med|från)|vid (?:ansökan (?:till|om)|förenade)|om (?:du|sökande|den sökande|dokumenten|examen|utbildningen) (?:har|är|inte|saknar|avlagt)|ifall)\b/, // Swedish
  // "hvis uddannelsen ikke er afsluttet": any "hvis" but the optional "hvis tilgængelig", "hvis du ønsker".
  /\b(?:dersom|der det er aktuelt|søkere? (?:med|fra|som)|søkjarar? (?:med|frå)|hvis(?! (?:tilgjengelig|tilgængelig|muligt?|mogleg|ønskelig|ønsket|du (?:ønsker|vil|gerne vil|har lyst)))|for ansøgere (?:med|fra))\b/u, // Norwegian, Danish
  /\b(?:jos|mikäli|ulkomailla|ulkomaisen)\b/, // Finnish
  /\b(?:si (?:vous|votre|vos|le|la|les|l'|un|une|le candidat|la candidate)|le cas échéant|s'il y a lieu|s’il y a lieu|pour les (?:candidat|titulaires|étudiant)\p{L}*|en cas de|rédigés? dans une langue autre|dans une (?:autre )?langue autre)\b/u, // French
  ...fromLanguages('condition'),
];

/**
 * A sentence after a list entry's document that says whom it is for, or who need not send it ("A language
 * certificate. This applies only to applicants whose ...", "Dies gilt nur für ...", "Liitettä ei tarvita, mikäli ..."),
 * from the sentence's start.
 */
/** The words that lead an entry's case sentence in English: "Required only ...", "Submit it if ...". */
const SCOPE_NEEDED = 'required|needed|necessary|mandatory';
const SCOPE_ASKING = 'submit|send|include|provide|upload|attach|add|enclose';
const SCOPE_OBJECT = '(?: (?:it|this|them|these|one|a copy|copies))?';

/** The verb before an entry's case ("Required only if you are employed"), dropped so that the case is what is kept. */
export const SCOPE_LEAD = new RegExp(`^(?:please )?(?:${SCOPE_ASKING}|${SCOPE_NEEDED})${SCOPE_OBJECT} (?=(?:only )?(?:if|when|where|in case|for)\\b)`, 'iu');

export const SCOPE_SENTENCES: RegExp[] = [
  /^(?:(?:this|that|it|these|they|the latter) )?(?:only )?(?:applies|apply|(?:is|are) (?:only )?(?:required|needed|necessary|relevant|applicable|mandatory)) (?:only )?(?:to|for|if|when|where|in case)\b/,
  /^(?:only|solely) (?:(?:required|needed|necessary|relevant|applicable|mandatory) )?(?:for|if|when|where)\b/,
  /^(?:(?:this|that|it) is )?not (?:required|needed|necessary|mandatory) (?:for|if|when|where)\b/,
  // "Required only if you are currently employed.", "Submit if the applicant has written theses.": the entry's own case.
  new RegExp(`^(?:${SCOPE_NEEDED})(?: only)? (?:for|if|when|where|in case)\\b`),
  new RegExp(`^(?:please )?(?:${SCOPE_ASKING})${SCOPE_OBJECT} (?:only )?(?:if|when|where|in case)\\b`),
  /^(?:(?:dies|das|diese[rs]?|er|sie|es) )?(?:gilt|gelten|ist|sind|wird|werden) (?:nur|lediglich|ausschließlich) (?:für|bei|wenn|falls|erforderlich|notwendig|nötig|verlangt)\b|^(?:nur|lediglich|ausschließlich) (?:für|bei|wenn|falls)\b|^(?:entfällt|nicht erforderlich|nicht notwendig)\b[^.]{0,40}?\b(?:für|bei|wenn|falls|sofern)\b/u, // German
  /^(?:(?:cela|ceci|ce document|elle|il) )?(?:ne )?(?:concerne|s['’]applique|est (?:requise?|demandée?|exigée?)) (?:que |uniquement |seulement )?(?:aux?|pour|si|lorsque|quand)\b|^(?:uniquement|seulement) (?:pour|si)\b/u, // French
  /^(?:(?:dit|dat|deze) )?(?:geldt|is) (?:alleen|enkel|uitsluitend) (?:voor|als|indien|nodig|vereist)\b|^(?:alleen|enkel|uitsluitend) (?:voor|als|indien)\b|^niet (?:nodig|vereist) (?:als|indien|voor)\b/, // Dutch
  /^(?:(?:esto|este requisito) )?(?:(?:se )?aplica )?(?:solo|sólo|únicamente|solamente) (?:para|si|en caso|aplica|se aplica)\b/u, // Spanish
  /^\p{L}+ ei (?:tarvita|tarvitse|vaadita)\b[^.]{0,30}?\b(?:jos|mikäli|kun)\b|^koskee (?:vain|ainoastaan)\b/u, // Finnish
  /^(?:(?:detta|det) )?(?:gäller|behövs|krävs) (?:endast|bara|enbart)\b|^(?:endast|bara) för\b|^(?:behövs|krävs) inte om\b/u, // Swedish
  /^(?:(?:dette|det) )?(?:gjelder|gælder) (?:kun|bare)\b|^kun (?:for|hvis)\b/u, // Norwegian, Danish
];

/** The posting asks applicants not to send something. */
export const NOT_WANTED_CUES: RegExp[] = [
  /\b(?:do not|don't|please do not|please don't|never) (?:send|submit|include|upload|attach|enclose|mail|provide|forward|add|email|e-mail)\b/,
  /\brefrain from (?:sending|submitting|including|uploading|attaching|enclosing|adding)\b/,
  /\bwe (?:do not|don't|will not|won't|no longer) (?:require|need|accept|want|request|ask for|read)\b/,
  /\b(?:you )?(?:do not|don't|will not) need to (?:send|submit|include|upload|attach|provide|enclose|ask|arrange)\b/,
  /\b(?:there is )?no need (?:to|for you to) (?:send|submit|include|upload|attach|provide|enclose)\b/,
  /\bno need for (?:a |an |any )?(?:separate )?(?=\p{L})/u,
  /\b(?:is|are) not (?:required|needed|necessary|wanted|requested|accepted|expected|asked for)\b/,
  /\b(?:will|shall|should|must) not be (?:accepted|read|sent|included|submitted|attached|uploaded|enclosed)\b/,
  /\b(?:will not|won't|do not|don't) (?:be )?accept(?:ed|ing)?\b/,
  /\bnot asking for\b/,
  // "(no letters required)", "no cover letter needed": the cue after what it refuses.
  // "No scholarship documentation is required": documents with no kind of their own too.
  /(?:^|[(;:]\s*)no(?= (?:[\p{L}-]+ ){0,2}(?:letters?|references?|recommendations?|transcripts?|certificates?|diplomas?|cop(?:y|ies)|samples?|publications?|cv|statements?|essays?|forms?|photos?|photographs?|documentation|documents?|paperwork|proofs?|evidence|certifications?) (?:are |is )?(?:required|needed|necessary|requested|wanted)\b)/u,
  /\bno (?:photos?|photographs?|pictures?|headshots?)\b/,
  /\b(?:bitte )?(?:keine?n?|ohne) (?:fotos?|bewerbungsfotos?|lichtbilder?|bilder|zeugnisse|empfehlungsschreiben)\b/, // German
  // "Bitte senden Sie keine Publikationen oder Empfehlungsschreiben", "Wir akzeptieren keine Papierbewerbungen": "keine" after a verb of sending or accepting.
  /\b(?:(?:senden|schicken|reichen|fügen|legen|laden|übersenden|übermitteln) sie(?: uns)?(?: bitte)?(?: noch)?|wir (?:akzeptieren|benötigen|brauchen|wünschen|erwarten|berücksichtigen|nehmen|bearbeiten)(?: bitte)?) keine?n?(?= \p{L})/u, // German
  // "Bitte keine Publikationen beifügen", not "Bitte keine Sonderzeichen im Dateinamen verwenden": a verb of sending closes it.
  /\bbitte(?: noch)? keine?n?(?= \p{L}[^.;:]{0,60}\b(?:senden|schicken|zusenden|übersenden|beifügen|beilegen|einreichen|hochladen|mitschicken|anhängen)\b)/u, // German
  // "Bitte verzichten Sie auf ein Bewerbungsfoto / die Zusendung von Zeugnissen": whatever follows is not wanted.
  /\b(?:verzichten sie (?:bitte )?(?:auf|bei)|sehen sie (?:bitte )?von)\b/, // German
  // "Auf ein Foto ... verzichten wir ausdrücklich", "Wir bitten, auf Fotos zu verzichten": what is done without comes before.
  /\b(?:verzichten wir(?: ausdrücklich| bewusst| gerne)?|(?:wird|werden) (?:ausdrücklich |bewusst )?verzichtet|zu verzichten)\b/, // German
  /\bingen (?:bild|foto|porträttbild)\b/, // Swedish
  // "Bitte senden Sie folgende Unterlagen nicht:", "Stuur de volgende documenten niet mee:": the verb first, "nicht" last.
  /\b(?:senden|schicken|reichen|fügen|legen|laden) sie\b[^.:;]{0,60}\bnicht(?: (?:mit|ein|bei|hoch|zu))?\s*(?:[:.]|$)/, // German
  /\b(?:stuur|voeg|upload|lever)\b[^.:;]{0,60}\bniet(?: (?:mee|toe|bij|in|aan))?\s*(?:[:.]|$)/, // Dutch
  // "Empfehlungsschreiben sind nicht erforderlich": what it is about comes before.
  /\bnicht (?:erforderlich|notwendig|nötig|benötigt|gewünscht|erwünscht|verlangt|gefordert|angenommen|akzeptiert|entgegengenommen|beizufügen|einzureichen|einreichen|senden|schicken|zusenden|beifügen|beilegen|hochladen|mitschicken)\b/, // German
  // "Es werden keine Originale angenommen", "Es sind keine Zeugnisse beizufügen": the passive with "keine" before what it refuses.
  /\bes (?:werden|wird|sind|ist) (?:bitte )?keine?n?(?= [^.;:]{0,60}\b(?:angenommen|akzeptiert|entgegengenommen|benötigt|gewünscht|erwünscht|erwartet|verlangt|gefordert|beizufügen|einzureichen)\b)/u, // German
  /\b(?:geen (?:foto|pasfoto|aanbevelingsbrie\p{L}*)|niet (?:meesturen|toevoegen|bijvoegen|nodig|vereist)|(?:stuur|voeg|upload|graag) (?:\p{L}+ )?geen)\b/u, // Dutch
  /\b(?:skicka inte|bifoga inte|behövs inte|(?:ska|skall|bör) inte (?:bifogas|skickas|sändas)|inga (?:foton|bilder))\b/, // Swedish
  /\b(?:ikke (?:send|sender|sende|legg ved|legger ved|nødvendig|vedlegg|vedlegger|laster opp)|skal ikke (?:sendes|vedlegges|legges ved))\b/, // Norwegian, Danish
  /\b(?:älä (?:lähetä|liitä)|ei tarvitse (?:liittää|lähettää|toimittaa)|ei tarvita)\b/, // Finnish
  // "Suosituskirjeitä ei saa liittää hakemukseen" (must not be attached), "ei liitetä", "ei tule / pidä liittää".
  /\b(?:ei (?:saa|tule|pidä|tarvitse) (?:liittää|lähettää|toimittaa|sisällyttää)|ei (?:liitetä|lähetetä|toimiteta|hyväksytä|oteta huomioon))\b/, // Finnish
  /\b(?:(?:ei ole|pole) (?:vaja|tarvis|nõutav|nõutud)|ärge (?:lisage|saatke)|palume (?:mitte|ärge) (?:lisada|saata|lisage|saatke)|ei nõuta)\b/, // Estonian
  /\b(?:n'envoyez pas|ne pas (?:envoyer|joindre|inclure)|ne joignez pas|inutile (?:de|d')|ne (?:sont|seront) pas (?:nécessaires|demandée?s|requise?s|exigée?s|souhaitée?s|acceptée?s|prises? en compte|examinée?s|lue?s)|n'(?:est|sera) pas (?:nécessaire|demandée?|requise?|exigée?|souhaitée?|acceptée?|prise? en compte)|pas de (?:photos?|photographies?))\b/, // French
  ...fromLanguages('notWanted'),
];

/**
 * A way of sending, not a document: "email applications", "applications sent by post or fax", "paper copies",
 * "Bewerbungen per E-Mail", "solicitudes por correo electrónico", "candidatures par courriel". Refusing one says how to
 * apply, so it is kept in the notes, not listed as a document not to send.
 */
export const SENDING_WAYS =
  /\b(?:(?:e-?mail(?:ed)?|mailed|postal|posted|faxed|fax|paper|printed|hard[- ]?copy|written)\s+(?:applications?|submissions?|copies|versions?|documents|materials|dossiers?)|hard[- ]?copies|(?:sent |submitted |received )?(?:by|via|through)\s+(?:e-?mail|post|postal mail|regular mail|mail|fax|courier)|per (?:e-?mail|post|fax|brief|posta|e-?post)|postalisch|auf dem postweg|(?:papier|mappen)bewerbung\p{L}*|schriftliche bewerbung\p{L}*|papirsøknad\p{L}*|pappersansökning\p{L}*|in papierform|op papier|par (?:courriel|e-?mail|courrier|voie postale|la poste|fax)|(?:sous forme |en version |au format )?papier|por (?:correo(?: electronico| postal| ordinario)?|e-?mail|fax)|en (?:papel|paper|format paper)|per correu(?: electronic)?|via (?:e-?mail|posta|e-?post)|in (?:forma )?cartacea|cartace[ie]|(?:i )?pappersform|med (?:post|e-?post)|sahkopostitse|postitse|paperilla|paperisena)\b/u;

/** Refusing a way of sending beyond the not-wanted cues: "will not be considered", "werden nicht berücksichtigt", "no se aceptarán". */
export const SENDING_REFUSED =
  /\b(?:(?:will|shall|can|could)(?: not|not)? be (?:considered|processed|accepted)|cannot be (?:considered|processed|accepted)|not (?:be )?(?:considered|processed)|(?:werden|wird) nicht (?:berücksichtigt|angenommen|akzeptiert|bearbeitet|entgegengenommen)|nicht (?:möglich|zulässig)|no se (?:aceptar[aá]n?|admitir[aá]n?|tendr[aá]n en cuenta|considerar[aá]n)|no (?:seran|s'acceptaran|s'admetran) (?:acceptades|admeses)|no s'(?:acceptaran|admetran)|non (?:saranno|verranno|sono) (?:accettate|prese in considerazione|ammesse)|(?:worden|wordt) niet (?:in behandeling genomen|geaccepteerd|aanvaard)|(?:kommer (?:inte|ej) att|inte|ej) (?:beaktas|behandlas|accepteras|tas emot)|ei (?:hyväksytä|oteta huomioon|käsitellä)|ne (?:sont|seront) pas (?:acceptée?s|recevables|prises? en compte|examinée?s))\b/;

/**
 * What postings most often ask not to send that is no item kind: photos and copies of passports or ID cards, in the
 * languages of the other tables. Read after a not-wanted cue ("Please do not send copies of publications or a
 * photograph", "No photographs or copies of passports", "Bitte verzichten Sie auf Bewerbungsfotos").
 */
export const UNWANTED_OBJECTS: RegExp =
  /\b(?:(?:a|an|any|your)\s+)?(?:(?:(?:passport|application|applicant|profile|portrait|id|identity|colou?r)[- ]?)?(?:photo(?:graph)?s?|pictures?|headshots?)\b|(?:copies|copy|scans?) of (?:your |the |their |a )?(?:passports?|id cards?|identity (?:cards?|documents?))|passport (?:copies|copy|scans?)\b|(?:bewerbungs|pass)?fot(?:os?|ot|od)\b|zdjec(?:ia|ie)?\b|lichtbild(?:er)?\b|valokuv\p{L}*|foton\b|(?:porträtt)?bild(?:er)?\b|pasfoto'?s?\b|photos? d'identité\b)/u;

/** Papers named bare after a refusal ("Please do not send publications or letters of reference"): copies of them are refused. */
export const UNWANTED_PAPERS: RegExp = /(?<![\p{L}-])(?:publications|reprints|offprints|papers|publikationen|veröffentlichungen|publikationer|publikasjoner|publicaties|julkaisuja|pubblicazioni|publicaciones)(?![\p{L}-])/iu;

/**
 * Letters the referees send themselves ("sent directly by the referees", "referees should e-mail their letters
 * directly to ..."): the applicant arranges them, but they are not in the packet (`sent_by: referees`).
 */
export const SENT_BY_REFEREES: RegExp[] = [
  // "must be sent by e-mail directly to <address> by the referee": the senders come after the channel and the address.
  /\b(?:sent|submitted|e-?mailed|uploaded|forwarded|mailed|delivered)\b(?:[^.]|\.(?=\S)){0,60}\b(?:directly|straight)\b(?:[^.]|\.(?=\S)){0,50}\bby (?:the |your |their |each )?(?:referees?|recommenders?|letter[- ]writers?|referents?)\b/u,
  // Online systems that write to the referees: "an e-mail will be sent to your recommenders asking them to
  // electronically submit your letter", "your referees will receive an e-mail with a link to upload their letters".
  /\b(?:e-?mail|request|link|invitation|message|notification)s?\b[^.]{0,40}\b(?:sent|go|goes) to (?:your |the |each )?(?:referees?|recommenders?|letter[- ]writers?|references)\b[^.]{0,60}\b(?:asking|inviting|requesting|instructing|with (?:a link|instructions))\b[^.]{0,60}\b(?:submit|upload|send|provide)\b/,
  // "Personalised emails to your referees with an invitation to provide a reference letter for you", "the system will
  // e-mail an invitation to your referees to upload their letters": the system writes to them, and they send.
  /\b(?:e-?mails?|invitations?|requests?|messages?|links?|notifications?)\b[^.]{0,40}?\bto (?:your |the |each |all (?:of )?(?:your )?)?(?:referees?|recommenders?|letter[- ]writers?)\b[^.]{0,20}?\b(?:with an? (?:invitation|request|link)|asking|inviting|requesting)\b[^.]{0,30}?\bto (?:provide|submit|upload|send|write)\b/,
  // "The application system will generate an electronic invitation for these recommenders to submit their letters".
  /\b(?:invitations?|requests?|e-?mails?|links?|notifications?|messages?)\b[^.]{0,30}\b(?:for|to) (?:these |the |your |each |all |all of your |those )?(?:referees?|recommenders?|letter[- ]writers?|references) to (?:submit|upload|send|provide)\b/,
  /\b(?:referees?|recommenders?|letter[- ]writers?)\s+will (?:then |automatically )?(?:receive|be sent|get)\b[^.]{0,80}\b(?:submit|upload|send|provide)\b/,
  /\b(?:referees?|recommenders?|letter[- ]writers?)\s+will (?:then |automatically )?be (?:contacted|asked|invited|e-?mailed|notified|requested)\b[^.]{0,40}\bto (?:submit|upload|send|provide)\b/,
  // "... the e-mail address of the referees (upon their approval), who will then receive an automatic email with the
  // instructions for the letter submission": the system writes to them, and they submit.
  /\b(?:referees?|recommenders?|letter[- ]writers?)\b[^.;]{0,40}?,?\s+who (?:will )?(?:then |automatically |subsequently |in turn )?(?:receive|be sent|get)\b[^.]{0,80}\b(?:submi\p{L}*|upload\p{L}*|send|provide)\b/u,
  // "Talk to two people who can write you letters ... If they agree, they will submit their letters through our
  // website": the writers, named in the sentence before, are the subject by a pronoun.
  /\b(?:they|he or she|she or he|who) (?:will|should|must|can|then|are to|need to|have to)(?: then| directly| also)? (?:submit|upload|send|e-?mail|forward) (?:their|the|his or her|her or his) (?:letters?|recommendations?|references?)\b(?! (?:of|for) (?:motivation|intent|interest|application)\b)/,
  // "your referees upload them directly to the portal", "referees submit their letters online": the referees send.
  /\b(?:referees?|recommenders?|letter[- ]writers?)\s+(?:then |themselves |directly |also )?(?:upload|submit|send|provide|e-?mail|forward)s?\s+(?:them|their (?:\p{L}+ ){0,2}?(?:letters?|references?|recommendations?|reports?))\b/u,
  // "Contact your referees and make sure that they provide their reference letters via the application portal".
  /\b(?:referees?|recommenders?|letter[- ]writers?)\b[^.;]{0,60}?\b(?:ensure|make sure|see to it)\s+(?:that\s+)?they\s+(?:send|submit|upload|e-?mail|provide)\s+(?:them|their)\b/u,
  // "It is the applicant's responsibility to ensure that the referees send the letters within the deadline".
  /\b(?:ensure|make sure|check|verify|see to it)\s+(?:that\s+)?(?:(?:your|the|all|both|each|his|her|their) )*(?:referees?|recommenders?|letter[- ]writers?)\s+(?:send|submit|upload|e-?mail|provide|complete)\b/,
  /\b(?:referenten|referentiepersonen|referees)\b[^.]{0,40}\bontvangen\b[^.]{0,80}\b(?:uploaden|indienen|insturen|versturen|sturen)\b/, // Dutch
  /\b(?:referenterna|referenspersonerna|rekommendationsgivarna)\b[^.]{0,40}\bfår\b[^.]{0,80}\b(?:ladda upp|skicka in|skicka|lämna in)\b/, // Swedish
  /\b(?:référents?|référentes?|recommandataires?|répondants?)\b[^.]{0,40}\brecevr\p{L}*\b[^.]{0,80}\b(?:déposer|téléverser|télécharger|soumettre|envoyer|transmettre)\b/u, // French
  /\b(?:referentes|recomendantes|avalistas)\b[^.]{0,40}\brecibir\p{L}*\b[^.]{0,80}\b(?:subir|enviar|cargar|remitir)\b|\bsuosittelij\p{L}*\b[^.]{0,40}\bsaa\p{L}*\b[^.]{0,80}\b(?:lähettä\p{L}*|lata\p{L}*|toimitta\p{L}*)\b|\breferenti\b[^.]{0,40}\bricever\p{L}*\b[^.]{0,80}\b(?:caricare|inviare|trasmettere)\b/u, // Spanish, Finnish, Italian
  /\b(?:gutachter\p{L}*|referenzgeber\p{L}*|referenzpersonen)\b[^.]{0,40}\b(?:erhalten|bekommen)\b[^.]{0,80}\b(?:hochladen|hochzuladen|einreichen|einzureichen|senden|zu senden)\b/u, // German
  // "sent directly by their authors", "submitted by the letter writers themselves".
  /\b(?:sent|submitted|e-?mailed|uploaded|forwarded|mailed|delivered|provided)\s+(?:directly\s+|straight\s+|independently\s+)?(?:by|from)\s+(?:the |your |their |each |its |his |her )?(?:(?:nominated|named|chosen|selected|designated|respective|listed|proposed) )?(?:referees?|recommenders?|letter[- ]writers?|persons who sign them|referents?|gutachter\p{L}*|authors?|writers?|signator(?:y|ies)|signers?|(?:persons?|people|those|individuals) (?:who )?(?:write|wrote|writing|sign|signed|signing) them)\b/u,
  /\b(?:referees?|recommenders?|letter[- ]writers?)\s+(?:should|must|will|are asked to|need to|have to|shall|are requested to|are to)\s+(?:send|submit|e-?mail|upload|forward|mail)\b[^.]{0,60}\bdirectly\b/,
  // "The referees click on this link, fill in all requested fields, and submit a respective file": the referees are
  // the subject of the sentence that sends (not "Referees and their addresses ...", not "Referees' names ...", nor a
  // form's field "Referee 1 name and email", where the e-mail is an address the applicant types).
  /^(?:then |next |afterwards )?(?:the |your |all |both |each |(?:the )?(?:two|three|four) )?(?:referees?|recommenders?|letter[- ]writers?)\s+(?!(?:\d+\s+|[a-c]\s+|#\d+\s+)?(?:and\b|or\b|who\b|that\b|whom\b|whose\b|names?\b|contacts?\b|details\b|e-?mail address))[^.;:]{0,80}?\b(?:submit|submits|upload|uploads|send|sends|e-?mail|e-?mails|forward|forwards)\b/u,
  /\bdirekt (?:von den|vom|von der|durch die|durch den) (?:gutachter\p{L}*|referenzgeber\p{L}*|referenzperson\p{L}*|verfasser\p{L}*|autor\p{L}*)|\b(?:von|durch) (?:den |dem |der |die |ihren |ihrem |ihrer )?(?:gutachter\p{L}*|referenzgeber\p{L}*|referenzperson\p{L}*|verfasser\p{L}*|autor\p{L}*) (?:direkt|selbst|unmittelbar)\b|^(?:die |ihre )?(?:gutachter\p{L}*|referenzgeber\p{L}*|referenzpersonen)\s+(?:sollen |müssen |werden |mögen )?(?:\p{L}+ ){0,6}?(?:direkt |selbst )?(?:senden|schicken|hochladen|einreichen|übermitteln|laden|reichen)\b/u, // German
  /\b(?:envoy\p{L}*|transmis\p{L}*|adress\p{L}*|déposée?s?|téléversée?s?|enregistrée?s?|soumise?s?|fournie?s?)\b(?: directement)?(?: (?:dans|sur|via|à|au|par courriel|par e-?mail)\b[^.;]{0,40}?)? par (?:les |le |la |vos |leurs? )?(?:référents?|référentes?|recommandataires?|répondants?|répondantes?|signataires?|auteurs?|autrices?|auteures?|rédacteurs?|rédactrices?)\b|\bpar (?:les |leurs |vos )?(?:référents?|référentes?|recommandataires?|répondants?|auteurs?|signataires) (?:eux|elles)-mêmes\b/u, // French
  // "demander à trois répondants de faire parvenir directement leurs lettres", "les référents doivent transmettre
  // directement leur lettre": the referees send.
  /\b(?:référents?|référentes?|recommandataires?|répondants?|répondantes?|signataires?)\b[^.;]{0,60}?\b(?:faire parvenir|envoyer|transmettre|adresser|déposer|téléverser|soumettre|envoient|transmettent|adressent|déposent|téléversent)\b[^.;]{0,20}?\bdirectement\b|\b(?:référents?|référentes?|recommandataires?|répondants?|répondantes?)\b[^.;]{0,30}?\bde (?:nous )?faire parvenir\b/u, // French
  // The applicant has the referees send them: "Please also have two referees send their letters directly", "ask
  // your referees to submit their letters", "arrange for three letters to be submitted on your behalf".
  /\bhave (?:(?:your|the|two|three|four|five|\d|at least|up to) )*(?:referees?|recommenders?|letter[- ]writers?|references|writers) (?:send|submit|e-?mail|upload|forward|mail)\b/,
  // "please arrange for three referees to email their letters directly to ...", "request your referees to submit".
  /\b(?:ask|request|invite|instruct|arrange for|get) (?:(?:your|the|one|two|three|four|five|\d|at least|up to|of|all|both|each) )*(?:referees?|recommenders?|letter[- ]writers?|references|writers) to (?:send|submit|e-?mail|upload|forward|mail)\b/,
  /\barrange for\b(?:[^.]|\.(?=\S)){0,80}\b(?:letters?|references|recommendations?)\b(?:[^.]|\.(?=\S)){0,60}\bto be (?:sent|submitted|uploaded|e-?mailed|forwarded|mailed|provided)\b/,
  // "letters of recommendation will be requested from the references", "the committee will solicit letters directly from the referees".
  /\b(?:be|been|are|is)\s+(?:directly\s+)?(?:requested|solicited|sought|obtained|collected)\s+(?:directly\s+)?from\s+(?:the |your |their |each |all |these |those |his or her )?(?:(?:named|listed|nominated|designated|proposed) )?(?:references|referees?|recommenders?|letter[- ]writers?)\b|\b(?:we|the (?:[\p{L}-]+ )?(?:committee|department|school|university|panel|institute|faculty|employer))\s+will\s+(?:then\s+|directly\s+)?(?:request|solicit|seek|obtain|collect)\b[^.;]{0,60}?\bfrom (?:the |your |their |each |all |these |those |his or her )?(?:(?:named|listed|nominated|designated|proposed) )?(?:references|referees?|recommenders?|letter[- ]writers?)\b/u,
  /\b(?:sent|submitted|uploaded|e-?mailed|forwarded|provided) (?:directly )?on (?:your|the applicant['’]s|the candidate['’]s|their) behalf\b/,
  /\blassen sie (?!uns\b)(?:[^.]|\.(?=\S)){0,80}\bdirekt\b(?:[^.]|\.(?=\S)){0,60}\b(?:senden|schicken|übermitteln|zusenden|zuschicken)\b/, // German
  /\bbitten sie (?:(?:ihre|zwei|drei|vier) )*(?:gutachter\p{L}*|referenzgeber\p{L}*|referenzpersonen|betreuer\p{L}*|professor\p{L}*)\b(?:[^.]|\.(?=\S)){0,100}\b(?:zu senden|zu schicken|zuzusenden|zuzuschicken|zu übermitteln|einzureichen)\b/u, // German
  /\b(?:faites|faire) (?:envoyer|transmettre|adresser)\b|\bdemande[zr]? (?:à|a) (?:(?:vos|deux|trois|quatre) )*(?:référents?|recommandataires?|répondants?|professeurs)\b(?:[^.]|\.(?=\S)){0,60}\b(?:d['’](?:envoyer|adresser|transmettre)|de (?:nous )?(?:faire parvenir|transmettre|téléverser|déposer|soumettre))\b/, // French
  /\b(?:vraag|laat) (?:(?:uw|je|jouw|twee|drie|vier) )*(?:referenten|referentiepersonen|referees?|begeleiders?)\b(?:[^.]|\.(?=\S)){0,80}\b(?:sturen|versturen|mailen|uploaden|opsturen)\b|\b(?:rechtstreeks|direct)\b(?: \p{L}+){0,3}? door (?:de |uw |je |hun )?(?:referenten|referentiepersonen|referees?|auteurs?|opstellers?|schrijvers?|briefschrijvers?|ondertekenaars?)\b|\bdoor (?:de |uw |je )?(?:referenten|referentiepersonen|auteurs|opstellers) zelf\b/u, // Dutch
  /\b(?:enviad[ao]s?|remitid[ao]s?|presentad[ao]s?|subid[ao]s?|cargad[ao]s?) (?:directamente )?por (?:los |las |sus )?(?:propi[oa]s )?(?:referentes|firmantes|avalistas|recomendantes|autor(?:es|as)|quienes las (?:firman|suscriben|escriben|redactan))\b|\bpida a (?:(?:sus|dos|tres) )*(?:referentes|recomendantes|referencias)\b(?:[^.]|\.(?=\S)){0,60}\bque (?:envien|remitan)\b|\b(?:referentes|recomendantes|avalistas)\b[^.;]{0,60}?\b(?:envi|remit|sub|carg)\p{L}*\b[^.;]{0,30}?\bdirectamente\b/u, // Spanish
  /\b(?:enviad[ao]s?|remetid[ao]s?|submetid[ao]s?|encaminhad[ao]s?|carregad[ao]s?) (?:diretamente |directamente )?(?:pel[oa]s?|por (?:seus|suas|os|as)) (?:próprios |próprias |respetivos |respectivos |respetivas |respectivas )?(?:autor(?:es|as)|signatários|signatárias|recomendantes|proponentes|avaliadores|orientadores)\b/u, // Portuguese
  /\b(?:inviat[eaio]|trasmess[eaio]|spedit[eaio]|caricat[eaio]|fatt[eaio] pervenire) (?:direttamente )?(?:dai|dagli|dalle|dal|dallo|dalla) (?:rispettivi |rispettive |propri |loro )?(?:referenti|autori|autrici|firmatari|estensori|presentatori|docenti)\b|\b(?:referenti|estensori|firmatari)\b[^.;]{0,60}?\b(?:invi|trasmett|far pervenire|caric)\p{L}*\b[^.;]{0,30}?\bdirettamente\b/u, // Italian
  /\b(?:skickas|mejlas|sänds|laddas upp|lämnas in) (?:in )?(?:direkt )?(?:av|från) (?:referenterna|referenspersonerna|rekommendationsgivarna|brevskrivarna|författarna|skribenterna)\b|\bbe (?:(?:dina|två|tre) )*(?:referenter|referenspersoner)\b(?:[^.]|\.(?=\S)){0,40}\b(?:skicka|mejla)\b|^(?:referenterna|referenspersonerna|rekommendationsgivarna)\s+(?:ska |skall |bör |måste )?(?:själva |direkt )?(?:skicka|mejla|ladda upp|lämna in|skickar|mejlar|laddar upp)\b/u, // Swedish
  /\b(?:suosittelijat|kirjoittajat|lausunnonantajat) (?:itse )?(?:lähettävät|toimittavat)\b|\bpyy(?:dä|tää|täkää) (?:(?:kahta|kolmea) )?(?:suosittelij|lausunnonantaj)\p{L}* (?:lähettämään|toimittamaan|täyttämään|kirjoittamaan)\b|\b(?:suosittelij|lausunnonantaj|kirjoittaj)\p{L}* (?:itse )?(?:lähettämä|toimittama)\p{L}*|\bsuoraan suosittelij\p{L}*/u, // Finnish
  // "The recommendation letter should be emailed by the reference to ...", "(emailed to us by the referee directly)",
  // "uploaded by your supervisor": the senders after the verb, past a short "to us" or "to the committee".
  /\b(?:sent|submitted|e-?mailed|uploaded|forwarded|mailed|delivered)\s+(?:directly\s+)?(?:to (?:us|me|the [\p{L} ]{1,30}?|[^\s.;,()]+@[^\s.;,()]+)\s+)?(?:directly\s+)?by (?:the |your |their |each |his |her |its )?(?:referees?|references?|recommenders?|supervisors?|advisors?|advisers?|letter[- ]writers?)\b/u,
  // "Hakemuksessa nimetty työn ohjaaja toimittaa lausuntonsa lausuntojärjestelmässä": the supervisor sends it.
  /\b(?:ohjaaja|suosittelija|lausunnonantaja|kirjoittaja|professori)\p{L}* (?:itse )?(?:toimittaa|lähettää|toimittavat|lähettävät|lataa|lataavat) (?:itse )?(?:\p{L}+ )?(?:lausun\p{L}*|suositu\p{L}*)/u, // Finnish
  // "Die Betreuerin sendet ihr Gutachten direkt an ...", "direkt von Ihrem Betreuer": the writer sends it.
  /\b(?:gutachter\p{L}*|referenzgeber\p{L}*|referenzperson\p{L}*|betreuer\p{L}*|professor\p{L}*)\b[^.;]{0,60}?\bdirekt\b[^.;]{0,60}?\b(?:senden|sendet|schicken|schickt|übermitteln|übermittelt|zusenden|zuschicken|einreichen|reicht|hochladen|lädt)\b|\b(?:gutachter\p{L}*|referenzgeber\p{L}*|referenzperson\p{L}*|betreuer\p{L}*|professor\p{L}*)\s+(?:sendet|schickt|übermittelt|reicht|lädt|senden|schicken|übermitteln|reichen|laden)\b[^.;]{0,60}?\bdirekt\b|\bdirekt (?:von|durch) (?:ihre[mnr]? |de[mnr] |die )?(?:betreuer\p{L}*|professor\p{L}*|doktorvater|doktormutter)\b/u, // German
  // "lettres envoyées directement par le directeur de thèse", "transmises par les encadrants".
  /\b(?:envoy\p{L}*|transmis\p{L}*|adress\p{L}*|déposée?s?|téléversée?s?|soumise?s?)\b(?: directement)? par (?:les |le |la |vos |votre |leurs? )?(?:(?:directeurs?|directrices?) de (?:thèse|recherche|mémoire)|professeure?s?|encadrante?s?|superviseure?s?|tuteurs?|tutrices?)\b/u, // French
];

/**
 * A sentence that leaves the references out of what the applicant submits ("Applications and required supporting
 * documentation (with the exception of a softcopy Reference ...) must be submitted through the e-recruitment
 * system"): someone else most likely sends them, though the posting does not say who.
 */
export const REFERENCES_EXCEPTED =
  /\b(?:with the exception of|except(?: for)?|apart from|other than|excluding|ausgenommen|mit ausnahme (?:der|des|von)|met uitzondering van|behalve|med undantag (?:för|av)|utom|à l'exception (?:de la|des|du|de)|sauf)\b[^.;)]{0,40}?\b(?:references?|referee reports?|(?:reference|recommendation) letters?|letters? of (?:reference|recommendation)|referenzen|empfehlungsschreiben|gutachten|referenties|aanbevelingsbrieven|referenser|rekommendationsbrev|lettres? de recommandation)\b/iu;

/**
 * The whole clause of an exception in a sentence about what the applicant submits ("All documents (with the exception
 * of the reference and the external assessor report) must be uploaded by the applicant"): group 1 names the documents
 * others send.
 */
export const EXCEPTED_CLAUSE =
  /\b(?:with the exception of|except(?: for)?|apart from|excluding|ausgenommen|mit ausnahme (?:der|des|von)|met uitzondering van|behalve|med undantag (?:för|av)|utom|à l'exception (?:de la|des|du|de)|sauf)\b([^.;:)]{3,100})/iu;

/** Documents someone other than the applicant writes, so that an exception clause is one about senders, not formats. */
export const WRITTEN_BY_OTHERS =
  /\b(?:references?|referees?|(?:assessor|examiner|referee|expert)['’]?s? (?:reports?|assessments?)|reports? (?:from|by) (?:an?|the) (?:external )?(?:assessor|examiner|expert)|gutachten|stellungnahme|rapports? (?:de|du|d['’]un) (?:rapporteur|référent|expert)|lettres? de recommandation|empfehlungsschreiben|rekommendationsbrev|utlåtande)\b/iu;

/** The applicant's submitting, so that an exception clause keeps documents out of what the applicant sends. */
export const APPLICANT_SUBMITS =
  /\b(?:submit(?:ted)?|upload(?:ed)?|sent|send|einzureichen|eingereicht|hochzuladen|hochgeladen|indienen|ingediend|uploaden|skickas|lämnas|laddas upp|soumettre|soumis|déposer|déposés?|envoyer|envoyés?)\b/iu;

/** Letter services where the referees upload their letters themselves: the letters never pass through the applicant. */
export const LETTER_SERVICE = /\b(?:interfolio|econ ?job ?market|academic ?jobs ?online|mathjobs(?:\.org)?)\b/;

/** Confidential letters: the applicant does not hold them, so the referees most likely send them. */
export const CONFIDENTIAL_LETTERS = /\bconfidential (?:(?:reference|recommendation) )?(?:letters?|references?|recommendations?)\b/;

/**
 * Letters "sent directly to" the employer, without saying by whom: the referees, most likely, but a guess ("cartas ...
 * enviadas diretamente para", "Empfehlungsschreiben ... direkt an ... senden", "lettere inviate direttamente a").
 */
export const SENT_DIRECTLY =
  /\bletters?\b[^.]{0,80}\b(?:sent|submitted|e-?mailed|uploaded|forwarded|mailed)\s+directly\s+(?:to|via)\b|\blettres?\b[^.]{0,80}\b(?:envoyée?s?|transmise?s?|adressée?s?|(?:à|a) (?:envoyer|transmettre|adresser))\s+directement\s+(?:à|au|aux|via|par (?:courriel|e-?mail|mail))\b|\bcartas\b[^.]{0,80}\b(?:enviad|remitid|remetid|encaminhad)[ao]s (?:directamente|diretamente) (?:a|al|para|ao|à|por (?:correo|e-?mail))\b|\blettere\b[^.]{0,80}\b(?:inviate|trasmesse|spedite) direttamente (?:a|al|all['’]|alla|allo|via)\b|\b(?:empfehlungsschreiben|referenzschreiben|gutachten)\b[^.]{0,80}\bdirekt an\b[^.]{0,60}\b(?:senden|schicken|gesendet|geschickt|übermitteln|übermittelt|zusenden)\b|\b(?:aanbevelingsbrie\p{L}*|referentiebrie\p{L}*)\b[^.]{0,80}\b(?:rechtstreeks|direct) (?:naar|aan)\b|\b(?:rekommendationsbrev\p{L}*|referensbrev\p{L}*)\b[^.]{0,80}\b(?:skickas|mejlas) direkt till\b|\b(?:suosituskirje\p{L}*|suositus\p{L}*|lausun\p{L}*)\b[^.]{0,80}\b(?:lähetetään|toimitetaan) suoraan\b/u;

/**
 * Transcripts the university sends itself ("official transcripts must be sent directly by the issuing institution",
 * "in a sealed envelope sent directly by the appropriate university", "be sent to the address below directly from each
 * institution", "direkt von der Hochschule", "rechtstreeks door de instelling", "directement par l'établissement").
 */
export const SENT_BY_ISSUER =
  /\b(?:sent|mailed|submitted|forwarded|e-?mailed|delivered|transmitted)\b(?:[^.;]|\.(?=\S)){0,50}?\bdirectly\s+(?:by|from)\s+(?:the |your |each |every |all |all of the |all the )?(?:appropriate |respective |relevant |issuing |degree-granting |awarding |previous |prior |attended )?(?:institutions?|universit(?:y|ies)|colleges?|registrars?|schools?)\b|\bdirekt (?:von|durch) (?:der|den|dem|ihrer|ihren|ihrem|jeweiligen|der jeweiligen) (?:\p{L}+ )?(?:hochschulen?|universität(?:en)?|institution(?:en)?|schulen?)\b|\b(?:rechtstreeks|direct) (?:door|van) (?:de|uw|je|elke) (?:\p{L}+ )?(?:universiteit(?:en)?|instelling(?:en)?|hogeschool|hogescholen|onderwijsinstelling(?:en)?)\b|\bdirectement par (?:l['’]|les |votre |vos |chaque )(?:\p{L}+ )?(?:universités?|établissements?|institutions?|écoles?)\b/u;

/** "Do not upload your diploma *under this heading*": a rule about where, not about what. */
export const NOT_WANTED_EXCEPT: RegExp[] = [
  // "Please do not send a CV exceeding 2 pages": a limit on what is sent, not a document not to send.
  /\b(?:exceeding|longer than|more than|over|larger than|bigger than|in excess of)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)/,
  // The same in the other languages: "No se admitirán solicitudes que superen los 8 MB", "größer als 5 MB".
  /\b(?:que (?:superen|excedan|sobrepasen)|de m[aá]s de|gr[oö](?:ß|ss)er als|mehr als|über|groter dan|meer dan|d[ée]passant|qui d[ée]passent|de plus de|st[oö]rre [aä]n|mer [aä]n|yli|suurempi kuin|større end|større enn|mere end|mer enn)\s+(?:(?:los|las|el|la|les|the)\s+)?\d/,
  /\b(?:under|in this (?:field|section|box)|here|in the (?:field|section|box))\b/,
  /\b(?:separately|separat|gesondert|erikseen|apart)\b/,
  // "A screenshot will not be accepted in place of an official transcript": what it would replace is wanted.
  /\b(?:in lieu of|instead of|in place of|as a substitute|as a replacement for|substitutes? for|not substitutes?|anstelle|an stelle|(?:an)?statt (?:eines|einer|des|der|dem|von)|au lieu d[eu']|à la place d[eu']|en lieu et place d[eu']|i ställ?et för|istället för|in plaats van|sijaan|en lugar de|en vez de|invece di|al posto di)\b/,
  // "We will not accept any letters that are not submitted electronically through X", "Letters sent by e-mail will not
  // be accepted": a rule about the channel, not a document not to send.
  /\b(?:that|which|who) (?:are|is|were|was|have|has) not (?:been )?(?:submitted|sent|uploaded|received|delivered|e-?mailed|filed|made)\b|\bunless (?:they are |it is |they have been )?(?:submitted|sent|uploaded|received|delivered)\b|\b(?:other than|except) (?:electronically|online|through|via|by)\b/,
  /\b(?:submitted|sent|uploaded|received|delivered|e-?mailed|mailed|faxed|posted)\s+(?:directly\s+)?(?:by|via|through|per) (?:post|mail|fax|e-?mail|email|regular mail|courier|hard copy|paper)\b|\b(?:per (?:post|e-?mail|fax)|auf dem postweg|in papierform|par (?:courrier|voie postale|fax)|sous forme papier|in (?:paper|hard[- ]copy|printed) (?:form|format|copies)|by (?:post|fax|regular mail))\b/,
  // "Do not send any materials by mail", "We do not accept uploaded documents", "Bitte nichts per Post senden", "Stuur
  // geen documenten per post", "Skicka inte handlingar med post", "Älä lähetä liitteitä postitse", "N'envoyez pas de
  // documents par courrier": a refusal of a channel or of paper copies, not of the documents.
  /\bby (?:e-?mail|mail|postal mail|snail mail|courier)\b|\b(?:uploaded|mailed|posted|faxed|paper|hard|printed|physical) (?:documents?|materials?|cop(?:y|ies)|applications?|files?|versions?|submissions?)\b|\bhard ?cop(?:y|ies)\b|\bper (?:brief|briefpost)\b|\b(?:postalisch|postweg|papierform|papierversion|papierkopie\p{L}*)\b|\bop papier\b|\bpapieren (?:versie|documenten|kopie\p{L}*)\b|\b(?:med|via) post(?:en)?\b|\bi pappersform\b|\bpappersko\p{L}*|\b(?:postitse|paperisena|paperiversiona|paperikopio\p{L}*|sähköpostitse)\b|\bpar (?:la poste|courriel|e-?mail|voie électronique)\b|\b(?:en|sous) (?:version|format|forme) papier\b|\b(?:por correo|en papel|per posta|in (?:formato )?cartaceo|copie cartacee)\b/u,
  // "Please do not include spaces or special characters in file names", "keine Umlaute im Dateinamen", "do not send
  // your CV in Word format", "do not password-protect the PDF": a rule about how files are named or made, no document.
  /\b(?:in (?:the |your |their |its )?(?:file ?names?|names? of (?:the |your )?files)|file ?names?|dateinamen?|noms? (?:de|des|du) fichiers?|nombres? de(?:l| los)? archivos?|nom[ei] (?:del|dei) file|bestandsnamen?|bestandsnaam|filnavn(?:et|ene)?|filnamn(?:et|en)?|tiedostonim\p{L}*|special characters|sonderzeichen|umlaute|caractères spéciaux|caracteres especiales|caratteri speciali|speciale tekens|specialtecken|specialtegn|spesialtegn|erikoismerk\p{L}*|password[- ]?protect\p{L}*|encrypt\p{L}*|passwortgeschützt\p{L}*|font sizes?|(?:in|as) (?:a |an )?(?:ms |microsoft )?(?:word|docx?|odt|rtf|zip|rar|compressed) (?:format|files?|documents?|archives?))\b/u,
];

/**
 * A word that makes a refused document one beyond those asked for, right before its name ("no se aceptarán otras
 * cartas de recomendación", "no other letters", "keine weiteren Unterlagen", "d'autres lettres", "andere brieven"):
 * the rule caps what is sent, it refuses no kind.
 */
export const OTHER_THAN_ASKED =
  /(?:^|\s|')(?:any other|any further|other|additional|further|more|extra|otr[oa]s|m[aá]s|adicionales|weitere[nrs]?|andere[nrs]?|zusätzliche[nrs]?|sonstige[nrs]?|autres|supplémentaires|overige|aanvullende|altr[ei]|ulteriori|aggiuntiv[ei]|outr[oa]s|adicionais|andre|flere|yderligere|ytterligere|øvrige|andra|fler|ytterligare|övriga|muita|muut|muuta|innych|dodatkowych|jiné|další)\s+(?:[\p{L}-]+\s+)?$/u;

/** A sentence or heading that introduces the list of application materials. */
export const LIST_TRIGGERS: RegExp[] = [
  /\b(?:please|kindly) (?:submit|send|include|attach|upload|provide|share|enclose|prepare|email|e-mail|forward|add)\b/,
  /\b(?:applicants|candidates|you|applications?)\b[^.]{0,60}\b(?:submit|send|include|attach|upload|provide|share|enclose|prepare|supply)\b/,
  /\b(?:application|applications|dossier|file|package|packet|submission)s? (?:should|must|shall|will need to|needs? to|is to|are to)\b[^.]{0,30}\b(?:include|including|contain|containing|consist of|be accompanied by|comprise|be made up of|have)\b/,
  /\b(?:requirements|documents|materials) for (?:the |your |an? )?applications?\b[^.]{0,20}\b(?:are as follows|are|include)\b/,
  /\b(?:the )?following (?:documents|materials|application materials|attachments|appendices|annexes|enclosures|items|information|documentation|elements|supporting documents|parts|components|sections)\b/,
  /\b(?:application|applications|dossier|file|package|packet|submission)s? (?:consists? of|comprises?|includes?|contains?|should consist of|must contain|must include|will consist of)\b/,
  /\b(?:optional|additional|further|other) (?:documents|materials|attachments)\b/,
  /^(?:optional|required|mandatory|additional|obligatory)\b[^.:]{0,25}(?::|$)/,
  /\b(?:required|requested|mandatory|compulsory|necessary|application|supporting) (?:documents|materials|documentation|package|attachments|items)\b/,
  // "Required elements of the dossier are: ...", "Optional components are ...".
  /\b(?:required|requested|mandatory|compulsory|necessary|optional) (?:elements|components|parts)\b(?: of (?:the|your|an?|each) (?:application|dossier|file|package|packet|submission))?\s+(?:are|include)\b/,
  /\b(?:documents|materials|documentation|attachments) (?:required|needed|requested|to (?:submit|upload|include|send|provide)|to be (?:submitted|uploaded|included|sent|provided|enclosed|attached))\b/,
  /\bapplications? (?:checklist|requirements|contents?)\b/,
  /\b(?:documents|materials|items|parts|components)\b[^.]{0,30}\b(?:form|make up|constitute|comprise|will form|make) (?:up )?(?:your|the|an?) application\b/,
  /\b(?:list|set) of (?:the )?(?:required |necessary |application )?(?:documents|materials|attachments)\b/,
  // Not "you are welcome to apply", "eligible to apply": who may apply, not what to send.
  /(?<!\b(?:welcome|encouraged|invited|eligible|qualified|entitled|allowed|able|free|wish|want|like|decide|decided|intend|plan) )\bto apply\b|\b(?:how to apply|what to (?:send|submit|include)|what you (?:should|need to|must) (?:send|submit|include))\b/,
  /\binclude(?:s)?:/,
  /\b(?:include|including|send|submit|provide|attach|upload|prepare)\b[^.]{0,30}\bthe following\b/,
  /\b(?:is|it is) (?:mandatory|required|necessary) to (?:attach|submit|include|upload|provide)\b/,
  /\b(?:must|should|shall) (?:submit|send|include|attach|upload|provide|prepare)\b/,
  /\b(?:you will|you'll) (?:be asked|need|require|have) to (?:upload|submit|provide|send|include|attach)\b/,
  /\byou will (?:require|need) the following\b/,
  /\b(?:bewerbungsunterlagen|ihre bewerbung|unterlagen|folgende (?:dokumente|unterlagen|nachweise)|erforderlich sind|einzureichen|beizufügen|sollten? enthalten|muss enthalten|zum hochladen)\b/, // German
  // "Die Bewerbung hat die folgenden Beilagen zu enthalten:", "Folgende Anlagen sind anzuschließen:" (Austrian statutes).
  /\b(?:folgenden? (?:beilagen|anlagen)|(?:beilagen|anlagen|unterlagen|dokumente|nachweise)\b[^.]{0,40}\b(?:zu enthalten|beizulegen|anzuschließen|anzuschliessen|vorzulegen|beizubringen))\b/, // German
  /\b(?:sollicitatie|de volgende (?:documenten|stukken)|meesturen|bijvoegen|aanmelding(?:sdossier)?|je aanmelding)\b/, // Dutch
  /\b(?:bifogas|bifoga|följande (?:dokument|bilagor|handlingar|delar|uppgifter)|ansökan (?:ska|skall|bör|måste) (?:alltid |även |också )?innehålla|ansökan består av|till ansökan)\b/, // Swedish
  /\b(?:vedlegg(?:ene|a)?|må vedlegges|skal vedlegges|leggje ved|legges ved|følgende (?:informasjon|dokumenter|vedlegg)|søknaden (?:skal|må) inneholde|ansøgningen skal indeholde|bilag)\b/, // Norwegian, Danish
  // "Hakemukset:" as a bare heading over the list (the plural only there: "Hakemukset käsitellään ..." opens nothing).
  /\b(?:hakemus|hakemukseen|hakemuksen liitteet|liitteet|liitetään|liitteineen|tulee liittää|liittää hakemukseen)\b|^hakemukset\s*:\s*$/, // Finnish
  /\b(?:pièces suivantes|pièces (?:à|a) (?:fournir|joindre|prévoir)|(?:constitution|composition|contenu) du dossier|dossier de candidature|doit comporter|doit contenir|doit être constitué|(?:ce|le|votre|son|leur) dossier (?:comporte|comprend|contient|se compose de|est composé de)|devra (?:obligatoirement )?comporter|les documents suivants|doivent être joints|à joindre|comprenant)\b/, // French
  /\b(?:deve contenere|devono essere allegati|documenti richiesti|allegare)\b/, // Italian
  // "en samlet PDF-fil, der indeholder følgende:", "a single PDF file containing the following:": what the file holds.
  /\b(?:pdf|files?|fil|filen|application|ansøgning\p{L}*|søknad\p{L}*|ansökan|dokument\p{L}*|documents?)\b[^.]{0,40}\b(?:containing|contains?|that contains|which contains|indeholder|indeholde|inneholder|inneholde|inneheld|innehalde|innehåller|innehålla|enthält|enthalten|bevat|bevatten|contenant|contient) (?:the |het |les )?(?:following|følgende|följande|folgendes?|volgende|suivants?|suivantes?)\b/u,
  // "The documentation that must be returned together with the application form includes, besides Attachment 1 and 2, also:".
  /\b(?:documents|documentation|materials|attachments|enclosures)\b[^.]{0,80}\b(?:include|includes|comprise|comprises|consist of|consists of)\b[^.]{0,50}:\s*$/,
  // A list of the documents by its name: "Document checklist", "Erforderliche Dokumente", "Lijst van documenten",
  // "Förteckning över bilagor", "Luettelo liitteistä", "Liste des documents", "Pièces requises".
  /\b(?:(?:documents?|application|materials) checklist|checklist (?:of|for) (?:the )?(?:required )?(?:documents|materials|application))\b/,
  /\b(?:(?:liste|verzeichnis|übersicht|aufstellung) (?:der|aller) (?:\p{L}+ )?(?:dokumente|unterlagen|nachweise|anlagen|beilagen)|(?:erforderliche|benötigte|notwendige|einzureichende|geforderte|beizufügende) (?:dokumente|nachweise|anlagen|beilagen))\b/u, // German
  /\b(?:(?:lijst|overzicht) (?:van|met) (?:de |alle )?(?:\p{L}+ )?(?:documenten|stukken|bijlagen)|(?:vereiste|benodigde|gevraagde|verplichte|mee te sturen|in te dienen) (?:documenten|stukken|bijlagen))\b/u, // Dutch
  /\b(?:(?:förteckning|lista|sammanställning) (?:över|med) (?:\p{L}+ )?(?:handlingar|dokument|bilagor)|(?:nödvändiga|obligatoriska|erforderliga|begärda) (?:handlingar|dokument|bilagor))\b/u, // Swedish
  /\b(?:(?:luettelo|lista) (?:\p{L}+ )?(?:liitteistä|asiakirjoista)|(?:tarvittavat|vaadittavat|vaaditut|pakolliset) (?:liitteet|asiakirjat))\b/u, // Finnish
  /\b(?:(?:liste|récapitulatif) des (?:pièces|documents|justificatifs)|(?:documents|pièces|justificatifs) (?:requis(?:es)?|demandé(?:e)?s|exigé(?:e)?s|obligatoires))\b/, // French
  ...fromLanguages('listTriggers'),
];

/**
 * Verbs of containing or including: with a word for the application or its documents before a colon they open a list
 * of documents ("Din ansökan bör omfatta:", "Hakemuksen tulee sisältää:", "La candidatura constará de:"), however the
 * sentence is worded; alone they open lists of anything ("The position includes:").
 */
export const CONTAIN_VERBS: RegExp[] = [
  /\b(?:contains?|containing|includes?|including|comprises?|comprising|consists? of|consisting of|(?:composed|made up) of|encompass(?:es)?)\b/,
  /\b(?:enthalten|enthält|enthalte|beinhalten|beinhaltet|umfassen|umfasst|umfasse|bestehen aus|besteht aus|setzt sich\b[^.]{0,40}\bzusammen)\b/, // German
  /\b(?:innehålla|innehåller|omfatta|omfattar|bestå av|består av|inkludera|inkluderar)\b/, // Swedish
  /\b(?:sisält\p{L}*|sisällyt\p{L}*|koostu\p{L}*)/u, // Finnish
  ...fromLanguages('containVerbs'),
];

/**
 * Verbs of sending, attaching or uploading: before a colon they open a list of what to send ("Bitte fügen Sie bei:"),
 * unless the employer sends it (`EMPLOYER_SENDS`).
 */
export const SEND_VERBS: RegExp[] = [
  /\b(?:send|submit|attach|upload|enclose|forward)\b/,
  /\b(?:senden|sende|schicken|übersenden|übermitteln|einreichen|einzureichen|reichen\b[^.]{0,40}\bein|beifügen|beizufügen|fügen\b[^.]{0,40}\bbei|beilegen|beizulegen|legen\b[^.]{0,40}\bbei|hochladen|hochzuladen|laden\b[^.]{0,40}\bhoch|vorlegen|vorzulegen|anhängen|mitschicken)\b/, // German
  /\b(?:skicka|skickar|skickas|bifoga|bifogar|bifogas|lämna in|lämnas in|ladda upp|laddas upp|bilägg\p{L}*|sänd|sända|sänds)\b/u, // Swedish
  /\b(?:liit(?:tää|etään|ä|täkää|ettävä|teeksi)|toimit(?:taa|etaan|a|takaa)|lähet(?:tää|etään|ä|täkää)|lata(?:a|kaa)|ladata(?:an)?)\b/, // Finnish
  ...fromLanguages('sendVerbs'),
];

/** "We will send you:", "Wir senden Ihnen:", "Nous vous enverrons :": the employer is the one who sends. */
export const EMPLOYER_SENDS = /\b(?:we|wir|wij|vi|nous|nosotros|noi|my)\b/;

/** The application or its documents, named as what a list's opening is about ("Ihre Bewerbung", "Le dossier", "hakemukseen"). */
export const APPLICATION_NOUNS: RegExp[] = [
  /\b(?:applications?|dossiers?|documents|documentation|materials|attachments|submissions?|enclosures)\b(?! (?:process|procedure|portal|system|period|round|stages?|steps?|deadline|fees?|review|committee|form)\b)/,
  /\b(?:bewerbung(?:en)?|bewerbungsunterlagen|bewerbungsmappe|unterlagen|dokumente|nachweise|anlagen|beilagen)\b/, // German
  /\b(?:ansökan|ansökningen|ansökningshandlingar(?:na)?|handlingar(?:na)?|bilagor(?:na)?)\b/, // Swedish
  /\b(?:hakemu(?:s|ksen|kseen|ksessa|kset)|liitteet|liitteeksi|asiakirja(?:t|n))\b/, // Finnish
  ...fromLanguages('applicationNouns'),
];

/** List entries that are a step to take, not a document to send, by their first word ("Specificera riktad position"). */
export const ENTRY_STEPS: RegExp[] = [
  /^(?:specificera|ange|uppge|fyll i|observera)\s/, // Swedish
  ...fromLanguages('steps'),
];

/**
 * The application named as what holds the documents, with no verb that asks ("Applications, including a CV and two
 * letters, will be reviewed from 1 May", "Ansökan med CV och forskningsplan behandlas ...", "Les candidatures (CV,
 * projet) sont examinées ...", "A CV and two letters form part of the application"): what it holds is asked for.
 */
export const APPLICATION_HOLDS =
  // "(...)" only after the application as the subject: "Due date for application (including language test)" is a date.
  /\b(?<!\b(?:for|of|to|on|about|in|by|after|before|until|pour|de|du|für|voor|för|per|di|para)\s+)(?:applications?|application (?:package|packet|materials?|files?|dossiers?)|dossiers? de candidature|candidatures?|ansökan|ansökningar(?:na)?|ansøgning(?:en|er|erne)?|søknad(?:en|er|ene)?|hakemu(?:s|kset)|sollicitaties?|aanmelding(?:en)?|domand[ae]|solicitud(?:es)?|candidaturas?)\s*\(|\b(?:applications?|application (?:package|packet|materials?|files?|dossiers?)|dossiers? de candidature|candidatures?|ansökan|ansökningar(?:na)?|ansøgning(?:en|er|erne)?|søknad(?:en|er|ene)?|hakemu(?:s|kset)|sollicitaties?|aanmelding(?:en)?|domand[ae]|solicitud(?:es)?|candidaturas?),?\s+(?:including|incl\.|containing|consisting of|comprising|with|together with|accompanied by|inklusive|innehållande|med|inklusiv|inkludert|sisältäen|met|inclusief|bestaande uit|avec|comprenant|incluant|accompagnées? d[e']|comprensiv[ae] di|corredat[ae] d[ai]|con|incluyendo|que incluyan?)\b|\b(?:forms?|are|is|constitutes?|make up|makes up)\s+(?:an? |the )?(?:integral |essential |required |mandatory |necessary |compulsory |obligatory |key )?(?:parts?|components?|elements?) of (?:the|your|their|each|an?|every) (?:application|dossier|submission)\b/;

/** A verb of naming, in other languages, a few words before the referees: their names are asked for. */
export const NAME_REFEREES =
  /\b(?:noem|noemt|noemen|vermeld|vermeldt|vermelden|geef|geeft|ange|anges|uppge|uppges|nennen|nennt|nenne|geben sie|angeben|anzugeben|indiquez|indiquer|nommez|nommer|donnez|nimeä|nimeäkää|ilmoita|ilmoittakaa|mainitse|indique|indiquen|indicare|indicate)\b(?=(?: [\p{L}'-]+){0,5} (?:referenten|referenties|referenter|referenspersoner|referenser|referenzen|referenzpersonen|référent(?:e)?s|personnes? de référence|répondants|suosittelija\p{L}*|referencias|referenti|referenze)\b)/u;

/** A sentence outside a list still requests an item when it has one of these (paired with a kind mention). */
export const REQUEST_CUES: RegExp[] = [
  /\b(?:submit|send|include|attach|upload|provide|share|enclose|supply|arrange|email|e-mail|forward|post|mail|accompan(?:y|ied))\b/,
  // "Please combine your cover letter, CV and ... into a single PDF file": the files to put together are asked for.
  /\b(?:combine|merge|compile) (?:your|all|the)\b/,
  // "the jury will ask for original works", "vraagt de jury om ...", "bittet die Kommission um ...": a request put by the one who asks.
  /\bvraagt (?:\p{L}+ ){0,6}?om\b|\bbittet (?:\p{L}+ ){0,6}?um\b|\b(?:mee|mit)(?:te )?(?:brengen|bringen)\b|\bbring (?:\p{L}+ ){0,3}?(?:works|originals|artworks|pieces)\b/u,
  // "Collect transcripts from all undergraduate institutions you have attended": an imperative that opens the sentence.
  /^(?:please )?(?:collect|gather)\b/,
  // "Please write a 2-page application": the text to write is asked for.
  WRITTEN_APPLICATION,
  /\b(?:required|following|these) (?:files|documents|materials|attachments)\s*:/,
  /\b(?:be|are|is|been) (?:submitted|sent|emailed|e-mailed|uploaded|attached|included|enclosed|provided|forwarded|mailed|received|posted)\b/,
  /\b(?:apply|write(?: to)? us|contact (?:us|me|\p{L}+)|get in touch|reach out|email (?:me|us)|e-mail (?:me|us)|write to (?:me|us)) (?:\p{L}+ )?with\b/u,
  // Not "Fellows are expected to lead a research program": that is a duty, not a document.
  /\b(?:is|are) (?:also )?(?:a |an )?(?:required|requested|needed|mandatory|compulsory|expected|due)\b(?! to (?!(?:be )?(?:submit|send|provide|include|upload|attach|arrange|enclose)))(?! for (?:tenure|promotion|advancement|the (?:position|post|role|job)))/,
  // "Applicants should request three letters of recommendation": the applicant asks for a number of letters.
  // "Noem twee referenten", "Ange två referenter", "Nennen Sie zwei Referenzen", "Indiquez deux référents", "Nimeä kaksi
  // suosittelijaa": a sentence that starts with a verb of naming the referees. Not "referenser: ange minst två
  // referenter" among what the CV should state.
  new RegExp(`^(?:(?:please|bitte|graag|veuillez|merci de)\\s+)?${NAME_REFEREES.source}`, 'u'),
  /\b(?:list|name|nominate|give|identify|suggest|request|ask|invite|arrange for)\b(?=(?: [\p{L}-]+){0,4} (?:referees|references|recommenders|recommendations|referenspersoner|referanser)|(?: (?:at least|up to|one|two|three|four|five|[1-5])){1,2}(?: [\p{L}-]+)? (?:letters? (?:of )?(?:recommendation|reference|support)|(?:recommendation|reference) letters?)\b)/u,
  /\b(?:should|must|shall) (?:be (?:submitted|sent|included|attached|uploaded|provided|enclosed|accompanied|supported|added|received|emailed|e-mailed|mailed|signed|dated|addressed|no (?:more|longer) than|at most|limited|short|brief|concise|max)|not (?:exceed|be (?:more|longer) than|include)|include|contain|describe|outline|address|exceed|come|accompany|state|explain|present|summari[sz]e|highlight|demonstrate|detail)\b/,
  /\bwill be (?:asked|required|requested|needed)\b/,
  /\b(?:is|are) (?:also )?(?:welcome|encouraged|appreciated|desirable)\b/,
  // "Een onderzoeksvoorstel is gewenst maar niet verplicht", "... är önskvärd men inte obligatorisk", "... est souhaité
  // mais pas obligatoire", "Ein Exposé ist gern gesehen": welcome, so asked for (as optional).
  /\b(?:(?:ist|sind) (?:gerne? gesehen|wünschenswert)|(?:is|zijn) gewenst|är önskvär(?:d|da|t)|(?:est|sont) (?:souhaitée?s?|bienvenue?s?)(?=,? (?:mais|sans)))\b/,
  APPLICATION_HOLDS,
  // "Please bring your original diplomas to the interview", "Zum Vorstellungsgespräch bringen Sie ... mit": asked for, later.
  /\bbring\b[^.;]{0,60}?\b(?:to|for|at) (?:the|your|an?) interview\b|\b(?:mitbringen|mitzubringen)\b|\bbringen sie\b[^.;]{0,100}\bmit\b/,
  /\b(?:senden|schicken|reichen sie|einreichen|beifügen|hochladen|bitte|erforderlich|benötigt|einreichung|vorlage|vorzulegen|nachzureichen|beifügung|zusendung|übersendung|erbeten|erwünscht|zu richten|richten sie|bewerbung(?:en)? mit|unter beifügung|benannt werden|zu benennen)\b/, // German ("sollen zwei HochschullehrerInnen benannt werden": names to give)
  // "Es ist ein Lebenslauf hochzuladen", "Beizufügen sind: ...", "Einzureichen ist ein Motivationsschreiben": German passive.
  /\b(?:einzureichen|beizufügen|beizulegen|hochzuladen|zu übermitteln|zuzusenden|zu übersenden|anzuhängen)\b/,
  /\b(?:stuur|sturen|meesturen|voeg|bijvoegen|graag|indienen|uploaden|ingediend|gestuurd|toegevoegd|bijgevoegd|meegestuurd|aangeleverd|opsturen|insturen|mailen)\b/, // Dutch
  /\b(?:skicka|bifoga|bifogas|ladda upp|lämna in|ska (?:alltid |även |också )?innehålla|(?:ska|skall|måste) (?:även |också )?(?:lämnas|skickas|sändas|uppvisas|laddas upp))\b/, // Swedish
  // "Du legger ved ...", "et budsjett skal også lastes opp", "Vi trenger ett referansebilde".
  /\b(?:send|legg(?:er|es)? ved|vedlegg|last opp|lastes opp|laste opp|leggje ved|vedhæft|indsend|vi (?:trenger|treng|behøver))\b/, // Norwegian, Danish
  // "Hakemukseen liitettävä ..." (to be attached), "hakeva laatii selvityksen" (draws up an account).
  /\b(?:lähetä|liitä|liitetään|liitettävä|liitettävät|liitettäviä|toimita|(?:tulee|tulisi) (?:lisäksi |myös )?(?:liittää|toimittaa)|esitetään|esittää|toimitetaan|tarvitsee|tarvitaan|vaaditaan|laatii|laaditaan)\b/, // Finnish
  /\b(?:envoyer|envoyez|joindre|joignez|fournir|fournissez|transmettre|remettre|déposer|adresser|faire parvenir|faites parvenir|accompagnée?s? d)\b/, // French
  ...fromLanguages('requestCues'),
];

/**
 * "The following aspects should be included:", "The plan should address:", "Planen ska innehålla:": the points after it
 * are what the document just named holds, not documents of their own.
 */
export const POINTS_OF_DOCUMENT =
  /(?:^|[.;]\s+)(?:the following (?:aspects|points|topics|questions|issues|elements|headings|themes|items)\s+(?:should|must|shall|need to|are to|have to)\s+(?:also\s+)?be\s+(?:included|addressed|covered|discussed|described|answered|dealt with)(?:\s+in (?:it|the (?:plan|proposal|description|statement|document|text)))?|(?:the|this|your|such an?)\s+(?:plan|proposal|description|statement|document|text|outline|summary|essay)\s+(?:should|must|shall|needs? to|is to)\s+(?:also\s+)?(?:include|contain|address|cover|describe|discuss|consist of|comprise|answer)(?:\s+the following(?:\s+\p{L}+)?)?|(?:planen|beskrivningen|förslaget|beskrivelsen|forslaget)\s+(?:ska|skall|bör|skal|bør|må)\s+(?:innehålla|omfatta|ta upp|inneholde|indeholde|omfatte)(?:\s+(?:följande|følgende)(?:\s+\p{L}+)?)?|(?:der plan|das exposé|die beschreibung|das konzept|der projektplan|der forschungsplan)\s+(?:sollte|soll|muss)\s+(?:folgende (?:punkte|aspekte|angaben)\s+)?(?:enthalten|umfassen|beinhalten|behandeln))\s*[:：]\s*$/iu;

/** A list's intro that says what a document should contain ("Your CV should include:"): its entries are not items. */
export const CONTENT_VERBS =
  /\b(?:include|includes|contain|contains|address|cover|covers|consist of|comprise|describe|outline|detail|answer|mention|state|be structured|be organi[sz]ed|use the following|enthalten|beinhalten|umfassen|inneholde|innehålla|sisältää|comporter|contenir|incluir|contener|incloure|contenir|conter|includere|contenere|indeholde|innehalde)\b|\b(?:including|detailing|containing|covering|with):?\s*$|:\s*$/;

/** Headings and intros of lists that are not documents to send: duties, qualifications, topics, benefits. */
export const NOT_DOCUMENT_LISTS: RegExp[] = [
  /\b(?:responsibilit(?:y|ies)|duties|tasks|what you will do|what you'll do|your role|the role|job description|position summary|we offer|what we offer|benefits|perks|salary|compensation|funding(?: opportunities| sources)?|timeline|important dates|key dates|fees|audience|about (?:us|the)|research (?:areas|topics|directions)|topics|projects? (?:can|could|may) include|interests include|topics of interest|areas of interest|selection criteria|assessment criteria|evaluation criteria|eligibility|who can apply|who should apply|minimum qualifications|preferred qualifications|qualifications|requirements for the (?:position|candidate)|inherent requirements|essential criteria|desirable criteria|we are looking for|ideal candidate|successful candidate|your profile|candidate profile|prerequisites|prérequis|voraussetzungen|anforderungen|ihr profil|ihre aufgaben|wir bieten|profiel|taken|vi erbjuder|arbetsuppgifter|behörighet|kvalifikationer|tehtävät|edellytämme|tarjoamme|kelpoisuus|selectiecriteria|urvalsförfarande|valintaperusteet)\b/,
  // "der Bewerber muss zusätzlich zu seinen persönlichen Daten folgendes erklären:": fields of the form, not documents.
  // "The award application may be filed by" over "- a main applicant ...", "- two or more applicants ...": who may apply.
  /\b(?:may|can|must|shall) be (?:filed|submitted|made|lodged|presented|sent) by\s*:?\s*$|\bwho (?:may|can|is eligible to) apply\b/,
  /\b(?:folgendes|folgende angaben) (?:zu )?(?:erklären|angeben|bekanntgeben|bekannt geben)\b|\b(?:must|shall|should) (?:also )?(?:declare|state) the following\b/,
  // "Required knowledge and skills:": what the candidate should know or be able to do, not documents to send.
  /\b(?:(?:required|necessary|essential|desired|desirable|expected|preferred|key|requested) (?:knowledge|skills|competenc(?:e|es|ies)|abilities|attributes|experience)|(?:knowledge|skills)(?:,| and| &) (?:skills|knowledge|experience|abilities|competenc(?:e|es|ies)|attributes)|skills (?:required|needed|expected))\b/,
  /\b(?:(?:erforderliche|gewünschte|erwartete) (?:kenntnisse|kompetenzen|fähigkeiten)|kenntnisse und (?:fähigkeiten|erfahrungen?)|(?:vereiste|gevraagde|gewenste) (?:kennis|vaardigheden|competenties)|kennis en vaardigheden|(?:önskade|efterfrågade|krävda) (?:kunskaper|färdigheter|kompetenser)|kunskaper och (?:färdigheter|erfarenhet(?:er)?)|(?:vaadittava|edellytettävä) osaaminen|tiedot ja taidot|compétences et connaissances|connaissances et compétences|(?:connaissances|compétences) (?:requises|attendues|souhaitées))\b/,
  ...fromLanguages('notDocumentLists'),
];

/** Forms named inside an item's phrase. `referee` needs words about contacts; a bare "letter" means a letter. */
export const FORM_CUES: Partial<Record<Form, RegExp[]>> = {
  link: [/\b(?:link|url|web ?address|hyperlink|doi)s?\b/],
  file: [/\b(?:pdf|file|copy|copies|scan|document|upload)s?\b/],
  referee: [
    /\bcontact (?:details|information|info)\b/,
    NAME_REFEREES,
    /\bnames?\b/,
    /\b(?:kontaktinformasjon|kontaktoplysninger|kontaktdaten|kontaktuppgifter|contactgegevens|coordonnées|yhteystiedot|datos de contacto|dades de contacte|dados de contacto|contatti|navn|namen|nombres?|noms?|nomes?|nomi|nominativ[oi]|nimet)\b/,
    /\be-?mail addresses?\b/,
    /\bsuosittelijoiden yhteystiedot\b/,
    /\b(?:reference|referee) list\b|\blist of (?:references|referees)\b/,
  ],
  letter: [/\bletters?\b/, /\brecommendations\b/, /\bempfehlungsschreiben\b|\bgutachten\b/, /\bsuosituskirje/, /\b(?:cartas?|cartes|lettere|lettres?|brev|brevet|anbefalingsbrev\p{L}*|aanbevelingsbrie\p{L}*|referentiebrie\p{L}*|rekommendationsbrev\p{L}*|referensbrev\p{L}*|referenzschreiben)\b/u],
};

/** People named without any word for letters ("three referees"): the posting wants their contact details. */
export const REFEREES_AS_PEOPLE = /\b(?:referees?|recommenders?|suosittelijat)\b/;

/**
 * The particle of a separable verb that ends the sentence ("Bitte reichen Sie ... Ihre Zeugnisse ein", "fügen Sie ...
 * bei", "laden Sie ... hoch", "stuur ... mee", "voeg ... toe"): no part of the last document's name. Lowercase only.
 */
export const SEPARABLE_PARTICLE = /\s+(?:ein|bei|hoch|zu|mit|vor|nach|dazu|toe|mee|op)$/u;

/** A verb that closes the sentence after the last document's name ("... einen Lebenslauf und Zeugnisse enthalten", "... eingereicht werden"). Lowercase only. */
export const SENTENCE_FINAL_VERB = /(?:\s+(?:enthalten|beinhalten|umfassen|beifügen|beilegen|einreichen|vorlegen|hochladen|zusenden|übersenden|senden|schicken|beigefügt|beigelegt|eingereicht|vorgelegt|hochgeladen|zugesandt|übermittelt|bevatten|toevoegen|insturen|bijvoegen|ingediend|bifogas|bifogade|inneholde|vedlegges|vedlægges))?(?:\s+(?:werden|sein|worden|zijn|haben))?$/u;

/** Where an item's title ends: what follows describes the item rather than names it. */
export const TITLE_STOPS: RegExp[] = [
  /\s*\((?!s\))/, // a parenthetical, but not the plural "(s)"
  // "Bitte geben Sie zwei Referenzpersonen an.": the end of a German separable verb, not of the name.
  /\s+an\.?$/,
  // "kustannusarvio sekä hakijan ansioluettelo", "... Materialien an die Geschäftsstelle": the next document, or the
  // office it goes to, is no part of the name.
  /\s+(?:sekä(?=[\s,.]|$)|an (?:die|den|das) (?:\p{L}+ )?(?:geschäftsstelle|stiftung|kommission|adresse|anschrift|sekretariat|dekanat|personalabteilung)\b)/u,
  /\s*[:;,.]\s/,
  /\s+-\s/,
  // "Stuur uw cv naar info@example.nl", "Lebenslauf an bewerbung@example.de": where it goes is no part of the name.
  /\s+(?:(?:naar|aan|to|at|an|à|au|a|al|till|til|på|per)\s+)?(?=[\w.+-]+@[\w-]+\.|https?:\/\/|www\.)/u,
  // "Contact your referees and make sure that they ...", "... et assurez-vous que": a conjunction that starts a clause of its own ends the name.
  /\s+(?:and|or|und|oder|et|ou|y|e|en|och|og)\s+(?:make sure|ensure|ask|tell|inform|remind|let|have|check|contact|arrange|see|note|remember|send|submit|upload|provide|attach|bitten sie|stellen sie sicher|achten sie|informieren sie|assurez-vous|demandez|veillez|asegúrese|pida|assicurati|assicuratevi|chiedete|zorg|vraag|se till|be|sørg|spør)(?=[\s,.]|$)/iu,
  // "CV and a one-page memo on your plans": another document, named by its size.
  /\s+(?:and|und|et|och|en) (?:an?|eine?n?|une?|ett|een) (?:[a-z]+|\d+)-(?:page|word|seitige?n?)\b/,
  /\s+(?:of (?:no more than|max|maximum|at most|up to|about|approx(?:imately)?|around|roughly)|max\.?|maximum|no more than|not exceeding|up to|at most)\b/,
  // "lettre de motivation d'une page maximum", "Motivationsschreiben von höchstens einer Seite", "van maximaal één A4".
  /\s+(?:d'|de |von |van |om |på |of )(?:(?:höchstens|maximal|maximaal|hoogstens|max\.?|maximum|högst|højst|høyst|maks\.?|bis zu|hasta|no more than|at most|up to)\s+)?(?:\d+|une?|una|einer|eine|één|een|en|ett|one|two|three|deux|trois|zwei|drei|twee|drie|dos|tres)\s*-?\s*(?:pages?|páginas?|pagina'?s?|seiten?|a4|kantjes?|sidor|sida|sider|side|words?|mots|wörter|woorden|palabras|ord)\b/,
  /\s+(?:describing|detailing|outlining|explaining|summari[sz]ing|specifying|including|incl\.?|inkl\.?|that|which|who|whom|whose|where|to be|should|must|can|may|could|shall|need|needs|has|have|sent|uploaded|addressed|demonstrating|showing|is|are|will|in which|for which|whereby|together|combined|you|we|they)(?=[\s,.]|$)/,
  // "a detailed CV mentioning the grades obtained", "curriculum vitae détaillé mentionnant notamment les grades".
  /\s+(?:mentioning|indicating|mentionnant|indiquant|précisant|mencionando|indicando)(?=[\s,.]|$)/,
  // "... a one-page summary of your research into a single PDF file": how the files are put together, not the name.
  /\s+(?:in (?:english|german|finnish|pdf)|(?:into|in) (?:a |one )?(?:single |combined )?(?:pdf|file|document)|as (?:a )?pdf|by e-?mail|via|directly|direkt|directement|rechtstreeks|directamente)\b/,
  // "Referenzschreiben sind ... nicht erforderlich", "Les lettres ... ne sont pas demandées": the verb ends the name.
  /\s+(?:sind|ist|werden|wird|ne (?:sont|seront)|n'(?:est|sera)|non (?:sono|saranno|verranno|è)|não (?:são|serão|é)|nie (?:są|jest)|ei ole|pole)(?=[\s,.]|$)/,
  // "Zeugnisse im Original zum Vorstellungsgespräch mit", "original diplomas to the interview": when, not the name.
  /\s+(?:zum|zu (?:dem|einem|ihrem)|für das|beim|ins) (?:persönlichen )?(?:vorstellungs|auswahl|bewerbungs)?gespräch\b|\s+(?:to|for|at) (?:the|your|an?) interview\b/,
  // "et budsjett skal også lastes opp", "hakukirjelmä tulisi toimittaa", "puollot yms.": a modal verb or "etc." ends the name.
  /\s+(?:skal|skall|ska|må|måste|bør|bör|som|joka|jotka|tulee|tulisi|yms\.?|ym\.)(?=[\s,.]|$)/,
  // "zwei HochschullehrerInnen benannt werden", "ein tabellarischer Werdegang beizufügen": a German participle or
  // zu-infinitive ends the name.
  /\s+(?:benannt|genannt|beigefügt|beigelegt|eingereicht|vorgelegt|hochgeladen|übersandt|zugesandt|nachgewiesen|angegeben|\p{L}*zu(?:fügen|legen|reichen|laden|senden|schicken|weisen|geben))(?=[\s,.;]|$)/u,
  // "Vul het deelnameformulier in en voeg de pdf toe": the particle of a Dutch separable verb ends the name.
  /\s+in(?=\s+en\s|\s*[,.;]|\s*$)/u,
  // "Sollicitaties met motivatiebrief en cv kunnen tot en met 1 maart worden ingediend": a modal verb ends the name.
  /\s+(?:kunnen|kan|moeten|moet|mogen|mag|dienen|dient|worden|wordt|zullen|ska|skall|måste|bör|skal|må|bør|können|kann|müssen|muss|sollen|soll|doivent|doit|peuvent|peut|deben|debe|deberán|deberá|pueden|puede|devono|deve|possono|può|tulee|täytyy)(?=[\s,.]|$)/,
  // "dokumentasjon av din kunstneriske virksomhet slik at kompetansevurdering kan foretas": a purpose clause ends the name.
  /\s+(?:slik at|så att|så at|sodass|so dass|damit|afin (?:que|de)|pour que|para que|affinché|in modo che|zodat|jotta|so that|in order to)(?=[\s,.]|$)/u,
  // "two reference letters drafted according to Form 2": how they are written, not their name.
  /\s+(?:(?:drafted|written|prepared|formatted|completed) (?:according to|in accordance with|following|using|on)|according to|in accordance with|gemäß|selon|conformément|volgens|enligt|según|secondo)\b/,
  // "letters of recommendation at this stage", "Empfehlungsschreiben bitte noch nicht einreichen": when, not the name.
  /\s+(?:at this (?:stage|time|point)|en esta (?:etapa|fase|instancia)|en este momento|nesta (?:fase|etapa)|in questa fase|à ce stade|at present|for the time being|for now|yet|now|bitte|noch|nicht|nog|niet|hoeven|hoeft|mee|ännu|inte|behövs|krävs|vielä|pas encore|todavía|aún|ancora|senden|schicken|einreichen|beifügen|beilegen|hochladen|zusenden|mitschicken)(?=[\s,.;]|$)/,
  // "... Empfehlungsschreiben in einer einzigen PDF-Datei", "... two referees as separate PDF files": how the files go.
  /\s+(?:in|as|als|en|comme|i|som)\s+(?:(?:an?|one|einer|eine|einem|un|une|één|een|ett|en)\s+)?(?:(?:single|einzigen?|separate|individual|gemeinsamen|seul|seule|unique|enda)\s+)?(?:pdf|files?|datei(?:en)?|fichiers?|bestand(?:en)?|filer?)\b/,
  // "... two letters of recommendation before 15 March": a deadline after the last item is not part of its name.
  /\s+(?:by|before|no later than|until|antes del?|hasta el|até|abans del?|fins al|entro il|bis|spätestens|vor dem|avant le|jusqu'au|senest|senast|innan|innen|uiterlijk|viimeistään)\s+(?=[^.]{0,25}\d)/,
  // "a CV to the Head of School", "a two-page proposal to [address] before ...": whom it goes to, not its name.
  /\s+to(?:\s+(?:the|our|us|me|him|her|them|whom|this|[A-Z][\p{L}'’.-]*)\b|\s*$|\s+(?:before|by)\b)/u,
  // "IELTS if English is not your first language": a condition, not the name.
  /\s+(?:if|unless|wenn|falls|sofern|indien|jos|mikäli|si)(?=\s)/,
  // "un curriculum vitae détaillé mentionnant notamment les grades", "a CV mentioning the grades": what it holds.
  /\s+(?:mentioning|indicating|stating|mentionnant|indiquant|précisant|décrivant|détaillant|présentant|reprenant|comprenant|incluant|con indicación de|indicando|specificando|met vermelding van)(?=[\s,.]|$)/,
  // "Hakemuskirjeen liitteiksi pyydetään ...": "as its attachments are asked" ends the letter's name.
  /\s+(?:liitteeksi|liitteiksi|liitteenä|liitteinä|pyydetään|lähetetään|toimitetaan)(?=[\s,.]|$)/,
  // "Personligt brev bifogas.", "skicka ditt personliga brev och CV till:": a passive verb, or whom it goes to, ends the name.
  /\s+(?:bifogas|skickas|sänds|mejlas|laddas upp|lämnas in|vedlegges|sendes|lähetetään)(?=[\s,.:;]|$)|\s+(?:till|til|to|an|à|aan|naar|a)\s*:?\s*$/u,
];

/**
 * Nouns that head an entry naming a document of its own ("certified copies of ...", "zaświadczenie lekarskie ...",
 * "poświadczony ... certyfikat ..."): after the points of "CV containing information on:" flattened to its level, the list goes on.
 */
export const ENTRY_DOCUMENT_NOUNS =
  /\b(?:certificates?|declarations?|cop(?:y|ies)|documents?|attestations?|affidavits?|photographs?|bescheinigung(?:en)?|zeugniss?e?|nachweise?|erklärung(?:en)?|kopien?|zertifikate?|urkunden?|dokumente?|unterlagen|abschriften?|certificats?|déclarations?|justificatifs?|certificad[oa]s?|certificaci(?:ón|ones)|declaraci(?:ón|ones)|copias?|documentos?|constancias?|certificat[oi]|dichiarazion[ei]|copie|documenti|attestat[oi]|verklaring(?:en)?|certificaat|certificaten|afschrift(?:en)?|bewijs|documenten|getuigschrift(?:en)?|intyg|kopi(?:a|or|er)?|certifikat(?:er)?|sertifikat(?:er)?|försäkran|handlingar|attest(?:er)?|erklæring(?:er)?|dokumenter|todistu(?:s|kset)|kopio(?:t)?|jäljennö(?:s|kset)|asiakirja(?:t)?|zaświadczeni[ea]|certyfikat(?:y)?|dokumenty|dokument|oświadczeni[ea]|odpis(?:y)?|kopi[aeę])\b/u;

/** Nouns that name a document: an unrecognized piece of a list sentence is an item only when it has one. */
export const DOCUMENT_NOUNS =
  /\b(?:statements?|letters?|(?:management|work|study|funding|financing|supervision|implementation|teaching|travel|mobility|training|career development|data management|dissemination) plans?|cop(?:y|ies)|scans?|lists?|forms?|certificates?|certifications?|proofs?|evidence|descriptions?|summar(?:y|ies)|essays?|samples?|abstracts?|proposals?|reports?|records?|confirmations?|declarations?|documents?|documentation|photos?|photographs?|passports?|ids?|identity|cards?|budgets?|timetables?|schedules?|outlines?|agreements?|approvals?|permits?|visas?|translations?|scores?|results?|responses?|answers?|questionnaires?|sheets?|overviews?|accounts?|indications?|memos?|notes?|dossiers?|portfolios?|reprints?|manuscripts?|chapters?|articles?|papers?|bibliograph(?:y|ies)|references?|forms?|testimonials?|vouchers?|receipts?|attestations?|endorsements?|nominations?|declarations?|bewerbungsformular|formular|nachweise?|bescheinigung(?:en)?|erklärung|bestätigung|kopie|intyg|blankett|intyg|vedlegg|attest(?:er)?|skjema|erklæring|lomake|todistus|selvitys|suunnitelma|formulaire|fiche|attestation|justificatif|copie|pièce|formulier|verklaring|bewijs|kopie|carta|cartas|certificado|certificat|certificato|copia|còpia|cópia|documento|declaración|declaração|dichiarazione|declaració|formulario|formulário|formulari|modulo|justificante|comprovante|comprovativo|resumen|resumo|riassunto|sintesi|memoria|informe|relatório|attestato|acreditación|acreditació|plan|plano|piano|propuesta|proposta|lista|listado|elenco|dokumentation|dokumentasjon|erklæring|bekræftelse|bevis|kopi)\b/;

/** A translation the posting asks for ("a certified English translation", "traduction officielle", "amtlich beglaubigte Übersetzung"). */
export const TRANSLATION =
  /(?:(?<![\p{L}])(?:an? |the |une |eine )?(?:certified |official |sworn |authori[sz]ed |formal |notari[sz]ed |officielle |assermentée |amtlich beglaubigte |beglaubigte |virallinen |auktoriserad )*(?:english |french |german |dutch |swedish |finnish |englanninkielinen )?(?:translations?|traductions?|übersetzung(?:en)?|vertaling(?:en)?|käännö\p{L}*|översättning(?:ar)?|oversettelse(?:r)?|oversættelse(?:r)?|traduzion[ei]|traducci[oó]n(?:es)?|tradu[cç][aã]o|tradu[cç][oõ]es)\b|\b(?:must|should|shall|need to|needs to|have to|has to|to) be translated\b|\b(?:må|skal|ska|skall|bør) (?:oversettes|oversættes|översättas)\b|\b(?:muss|müssen) (?:\p{L}+ )?übersetzt werden\b|\b(?:doivent|doit) être tradui(?:t|ts|te|tes)\b|\b(?:devono|deve) essere tradott[ie]\b|\b(?:a |an )?(?:brief |short )?summary in english\b)/iu;

/** Words that say one ("a letter", "eine Referenz", "letter(s)"): a count of 1 read from the posting, not a default. */
export const SAYS_ONE = /(?<![\p{L}])(?:an?|one|single|1|ein(?:e|en|er)?|une?|uno?|una|um|uma|en|ett|et|yksi|yhden|één|een)(?![\p{L}])|\(s\)/iu;

/** A translation is asked for, not only mentioned ("must be accompanied by a translation"). */
export const TRANSLATION_ASKED =
  /\b(?:must|should|shall|need|needs|required|requires|provide|attach|include|submit|accompanied|accompany|enclose|translated|oversettes|oversættes|översättas|übersetzt|tradui(?:t|ts|te|tes)|tradott[ie]|together with|joindre|accompagn\p{L}*|fournir|doivent|müssen|muss|beizufügen|einreichen|einzureichen|tulee|liitettävä|ska|skall|må|moeten|vereist|please|devono|deve|allegare|allegat[aeio]|presentare|debe|deben|deberán|adjuntar|adjunt[ao]s?|acompañad\p{L}*|presentar|devem|anexar|anexad[ao]s?|acompanhad\p{L}*|apresentar)\b/iu;

/** Cardinal words postings use for counts and limits. */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  due: 2, // Italian; "due" in English is never right before what it counts
  fifteen: 15,
  twenty: 20,
  // Not the words that are also articles or English words ("en", "un", "to", "due", "fire").
  zwei: 2, drei: 3, vier: 4, fünf: 5, funf: 5, sechs: 6, zehn: 10, // German
  zweier: 2, dreier: 3, // German genitive ("die Kontaktdaten zweier Referenzen")
  deux: 2, trois: 3, quatre: 4, cinq: 5, dix: 10, // French, Catalan
  twee: 2, drie: 3, vijf: 5, tien: 10, // Dutch
  två: 2, tva: 2, tre: 3, fyra: 4, fem: 5, tio: 10, seks: 6, // Swedish, Danish, Norwegian
  tvenne: 2, // Swedish, old-fashioned ("tvenne referenser")
  yksi: 1, kaksi: 2, kolme: 3, neljä: 4, nelja: 4, viisi: 5, // Finnish
  // Finnish cases: genitive ("kahden suosittelijan yhteystiedot"), partitive ("kahta"), and "one" as a size ("yhden sivun").
  yhden: 1, kahden: 2, kahta: 2, kolmen: 3, kolmea: 3, neljän: 4, neljää: 4, viiden: 5, viittä: 5,
  // ... and "on" or "onto" a number of pages ("yhdellä sivulla", "kahdelle sivulle").
  yhdellä: 1, yhdelle: 1, kahdella: 2, kahdelle: 2, kolmella: 3, kolmelle: 3,
  kuusi: 6, kuutta: 6, kymmenen: 10, kymmentä: 10, kymmenellä: 10, // Finnish, "ei saa ylittää kymmentä sivua"
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, diez: 10, // Spanish
  dues: 2, cinc: 5, // Catalan
  dois: 2, duas: 2, três: 3, quatro: 4, // Portuguese
  quattro: 4, cinque: 5, dieci: 10, // Italian
  // Russian, Ukrainian, Bulgarian ("две рекомендации", "двох рекомендаційних листів"), in the cases a count takes.
  два: 2, две: 2, двух: 2, дві: 2, двох: 2, три: 3, трёх: 3, трех: 3, трьох: 3, четыре: 4, четырёх: 4, чотири: 4, пять: 5, пяти: 5,
  două: 2, trei: 3, patru: 4, cinci: 5, // Romanian
  két: 2, kettő: 2, három: 3, négy: 4, // Hungarian
  δύο: 2, τρεις: 3, τρία: 3, τριών: 3, τέσσερις: 4, // Greek
  tiga: 3, empat: 4, // Indonesian and Malay ("dua", "lima" are also a name and a city)
};

/** Units of an item or packet limit and the profile key each one fills. */
export const LIMIT_UNITS = {
  // Czech and Polish "strana/stron", then Chinese, Japanese and Korean counters (read only with a cue: "A4 3매 이내").
  // "max. 4 A-4": the sheet's name with a hyphen is a page too.
  max_pages: /(?:(?:standard )?a-?4[- ]?)?(?:pages?|sides?|seiten?|sivua?|sivun|sivu(?:i)?ll[ae]|sivu|sida|sider|siders|sidor|sidors|sidan|pagina'?s?|feuilles?|paginas?|pagines|pagine|folios?|cuartillas?|laudas?|strany|strana|stran|stránky|stránek|stránka|strony|strona|stron|страниц[аеыу]?|страници|сторін(?:ки|ок|ка)?|pagini|pagină|oldal(?:as|ra|on)?|σελίδ(?:α|ες|ων)|σελιδ(?:α|ες|ων)|halaman|trang)(?![\p{L}])|a-?4\b(?!\s*(?:paper|format|size))|页|頁|ページ|枚|매|쪽|페이지|장/u,
  max_words: /(?:words?|wrds|wörter|worte|sanaa|sanan|ord|woorden|mots|parole|palabras|paraules|palavras|slov|słów|слов|слів|думи|cuvinte|szó|λέξεις|λέξεων|kata|từ)(?![\p{L}])/u,
  max_chars: /(?:文字|字(?!数)|자|(?:(?:characters?|chars|zeichen|merkkiä|tecken|tegn|anslag|tekens|signes|caractères|caracteres|caracters|caratteri|znaków)\b|znaků(?!\p{L}))(?: \((?:including|incl\.?|with) spaces\)| including spaces| espaces compris| inkl\. leerzeichen| con espacios| amb espais| com espaços| spazi inclusi| inklusive mellemrum)?)/u,
  // "tamaño inferior a 4 Megas": the short word for megabytes in Spanish and Portuguese.
  // "max. 500 KB", "höchstens 800 kB", "1 MiB": kilobytes and binary units, turned into MB where read (KB_UNIT).
  // "5 Mo", "500 Ko": the French mégaoctet and kilooctet, read only in capitals and next to a limit word (FRENCH_SIZE_UNIT).
  max_mb: /(?:mb|megabytes?|mbytes?|megas|mib|kb|kib|kilobytes?|kbytes?|mo|ko|m[ée]gaoctets?|kilooctets?)\b/,
} as const;

/** A size unit of a thousand bytes (KiB: 1,024), read as a fraction of an MB ("max. 500 KB" is 0.5 MB). */
export const KB_UNIT = /(?:kb|kib|kilobytes?|kbytes?|ko|kilooctets?)$/iu;
/** "2 Mo", "500 Ko": a French size is a cap only written in capitals ("2 mo" is two months) and next to a limit word. */
export const FRENCH_SIZE_UNIT = /(?:mo|ko|m[ée]gaoctets?|kilooctets?)$/iu;
export const FRENCH_SIZE_CAPITALS = /(?:Mo|Ko|MO|KO|m[ée]gaoctets?|kilooctets?)$/u;
/** The binary units: 1 KiB is 1,024 bytes, 1 MiB 1,048,576. */
export const BINARY_UNIT = /(?:kib|mib)$/iu;

/**
 * A clause of "if" the size stands in ("If attachments exceed 30 MB, ...", "Wenn die Dateien größer als 10 MB sind"),
 * tested on the text before the size: with SIZE_EXCEEDED it says what to do above the size, not a cap.
 */
export const SIZE_IF = /(?:^|[.;:,(!?]|\b(?:and|but|or|that|und|aber|oder|dass|daß)\s)\s*(?:if|when|whenever|in case|wenn|falls|sofern|si|om|jos|mikäli|indien|qualora|caso)\b[^.;:,!?]{0,80}$/iu;
/** The size is exceeded: a comparison right before it (SIZE_EXCEEDED_BEFORE) or a verb right after (SIZE_EXCEEDED_AFTER). */
export const SIZE_EXCEEDED_BEFORE =
  /\b(?:exceeds?|exceeding|larger than|bigger than|greater than|more than|over|above|größer als|grösser als|mehr als|über|dépassent|dépasse|plus de|supérieurs? à|supérieures? à|superan?|exceden?|más de|mayor(?:es)? (?:de|que)|överstiger|större än|ylittää|ylittävät|suurempi kuin|suurempia kuin|groter dan|meer dan|overschrijdt|overschrijden|superano)\s+(?:(?:the|los|las|el|la|les|i|gli)\s+)?$/iu;
export const SIZE_EXCEEDED_AFTER = /^\s*(?:überschreite[nt]?|übersteige[nt]?|ylittää|ylittävät|overschrijdt|overschrijden|dépassent|dépasse|superan?|exceden?|överstiger|exceeds?)\b/iu;

/** Sizes written as words ("einseitig", "a one-pager"): the limit they state. */
export const WORD_LIMITS: { re: RegExp; key: 'max_pages'; value: number }[] = [
  { re: /\b(?:einseitig\p{L}*|one-pager|one pager|single[- ]page|one-sided|yksisivui\p{L}*)/u, key: 'max_pages', value: 1 },
  { re: /\b(?:zweiseitig|two-pager|two-sided)\p{L}*/u, key: 'max_pages', value: 2 },
  { re: /\bdreiseitig\p{L}*/u, key: 'max_pages', value: 3 },
  { re: /\b(?:a|one) page (?:on|about|describing|explaining|outlining) (?:what|why|how|your)\b/, key: 'max_pages', value: 1 },
  // "Bör ej överstiga en sida": "one" is also an article in these languages, so only right after a cap ("von
  // höchstens einer Seite", "van maximaal één A4") ...
  {
    re: /\b(?:överstiga|overstige|högst|højst|høyst|höchstens|maximal|maximaal|hoogstens|niet meer dan|dépasser|au plus|más de|superar|no más de|como máximo|máximo|maks\.?|maksimalt|max\.?|maximum) (?:en|ett|én|één|eine?|einer|une|una|uma|um) (?:sida|side|seite|page|página|pagina|a4|kantje)\b/,
    key: 'max_pages',
    value: 1,
  },
  // "Cover Letter: På én side beskrives det, ...", "auf einer Seite", "op één pagina", "on a single page": the length
  // the document is written on. The article-like "one" only after "on"/"in", so "en side" alone is no size.
  {
    re: /\b(?:på|paa|auf|op|on|in) (?:én|ét|ett|einer|één|una|a single|one single) (?:enkelt |eneste |enda |einzigen |enkele |sola )?(?:side|sida|seite|pagina|page|a4)\b(?![-\s]*(?:web|internet|of|der|des|van|av|af|på|from))/u,
    key: 'max_pages',
    value: 1,
  },
  // ... or right before one ("d'une page maximum", "(une page maximum)", "una página como máximo", "één A4 maximaal").
  {
    re: /(?:\bd'|\b)(?:une|una|uma|einer?|één|een|en|ett) (?:page|página|pagina|seite|a4|kantje|sida|side)\s*(?:au maximum|maximum|max\b\.?|como máximo|máximo|máx\.?|maximaal|maximal|höchstens|högst|højst|høyst|maks\.?|no máximo)/,
    key: 'max_pages',
    value: 1,
  },
];

/**
 * Words that state the length a document has, which is its cap: "on two pages", "in 500 words", "is a 2 page
 * document", "på 2 sider", "auf 3 Seiten", "Motivaatiokirje on yhden sivun ..." (Finnish "on": is), right before the size.
 */
export const EXTENT_BEFORE = /\b(?:on|in|på|paa|auf|op|is an?|is|are|ist|er|är)\s*$/iu;
/** ... or right after it: "three pages long", "zwei Seiten lang", "yhden sivun mittainen", "kahden sivun pituinen". */
export const EXTENT_AFTER = /^\s*(?:long|lang|lång|långt|mittainen|mittaiseksi|pituinen|pituiseksi)\b/iu;
/** A Finnish size "on" or "onto" pages ("yhdellä sivulla", "kahdelle sivulle"): a length, so a cap. */
export const EXTENT_UNIT = /sivu(?:i)?ll[ae]$/iu;

/** Words that make a number an upper limit ("max. 1 page", "no more than 2 pages"). */
export const LIMIT_CUES: RegExp =
  /\b(?:max\.?|(?:a |the )?maximum (?:number|length|size) of|(?:un |il )?numero massimo di|maximum(?: of)?|(?:a )?total of|(?:maximum|max\.?) (?:length|size|extent)(?: of| is)?:?|at most|up to|no (?:more|longer) than|not (?:more|longer) than|not exceed(?:ing)?|not to exceed|must not exceed|should not exceed|may not exceed|cannot exceed|under|less than|(?:fewer|shorter) than|(?:not|never) be (?:more|longer) than|(?:maximum|max\.?|maximale|maximal) (?:file ?size|filesize|dateigr(?:ö|oe)(?:ß|ss)e)(?: of| is)?:?|(?:file ?size|filesize|dateigr(?:ö|oe)(?:ß|ss)e) (?:limit|max(?:imum)?\.?)(?: of| is)?:?|(?:maximum|maximale?|maximal|max\.?|longueur maximale|taille maximale) ?:|(?:weniger|kürzer) als|nicht länger als|(?:minder|korter) dan|(?<!\bau )moins de|(?<!\bal )menos de|(?:mindre|färre|kortare) än|limited to|within|limit(?:ed)? of|a maximum of|höchstens|maximal|maximale|max\.? \p{L}+|enintään|korkeintaan|maksimum|maksimalt|högst|maximalt|hoogstens|maximaal|au maximum|au plus|maximum de|massimo|al massimo|non più di|non superiore a|fino a|máximo|como máximo|máx\.?|no más de|un máximo de|no superior a|(?:no )?(?:haur[àa]|hauran|ha|han|pot|poden|podr[àa]|podran|debe|deben|deber[áa]|deber[áa]n|puede|pueden|podr[áa]n?) (?:de )?(?:superar|excedir|exceder)(?: (?:els|les|el|la|los|las))?|no (?:superar|superi|superin|supere|superen)(?: (?:els|les|los|las|el|la))?|hasta|màxim|com a màxim|no més de|fins a|no máximo|até|não mais de|não superior a|højst|høyst|maks\.?|maksimalt|op til|inntil|opp til|(?:får|bör|ska|skall|må|skal|bør)? ?(?:inte|ej|ikke) overstige|(?:inte|ej|ikke) (?:\p{L}+ )?(?:mere end|mer enn|mer än|længere end|lengre enn|längre än)|(?:får|bör|ska|skall)? ?(?:inte|ej) överstiga|nicht mehr als|nicht überschreiten|ne (?:doit|doivent|devra) pas (?:dépasser|excéder)|ne pas (?:dépasser|excéder)|n['’](?:excède|excèdent|excédant)(?: pas)?|ne (?:dépasse|dépassent|dépassant) pas|(?:ne )?pas plus de|(?:pas )?(?:supérieure?s?|inférieure?s?) à|no (?:mayor(?:es)?|superior(?:es)?) (?:a|de|que)(?: (?:los|las|el|la))?|(?:menor(?:es)?|inferior(?:es)?) (?:a|de|que)(?: (?:los|las|el|la))?|niet meer dan|niet langer dan|ei saa ylittää|enintään|maximálně|nejvýše|maksymalnie|nie więcej niż|не более|не больше|не превыша\p{L}*|не більше|не повече от|объ[её]мом до|обсягом до|до|maximum|cel mult|maxim|nu mai mult de|legfeljebb|maximum|μέγιστο|έως|εως|το πολύ|maksimal|paling banyak|tidak lebih dari|tối đa|không quá)\s*$|(?:≤|<=|<|不超过|不超過|不多于|不多於|不得超过|不得超過|最多|至多|최대|最大)\s*$/iu;

/**
 * A label that names one part of the application, not the packet ("Video:", "Images:", "Work samples:", "Bilder:"):
 * a size cap in its sentence is that part's ("Video: up to 5 minutes (maximum of 250MB total)").
 */
export const PART_LABEL =
  /^(?:(?:the |your )?(?:work |writing |audio |video |sound |music |art )?(?:videos?|video clips?|images?|photos?|photographs?|pictures?|audio|sound|recordings?|films?|music|slides|samples?|artworks?|works?|jpe?gs?|tracks?|clips?|vidéos?|vídeos?|bilder|billeder|kuvat|valokuvat|fotos?|immagini|imágenes|enregistrements|grabaciones|aufnahmen|opnamen|arbeitsproben|werkproben))\s*(?:\([^)]*\))?$/iu;

/** A size stated for the whole packet or each file, not for the item next to it ("a single PDF under 10 MB"). */
export const PACKET_LIMIT_BEFORE =
  /\b(?:(?:single|one|combined|whole|entire|complete|merged)\s+(?:pdf|file|document)s?|(?:the |your |whole |entire |complete )?(?:application|packet|dossier|attachments?)|all (?:documents|files|materials))\b[^,;]{0,25}$/;
export const PACKET_LIMIT_AFTER = /^\s*(?:in total|total|altogether|overall)\b/;
/**
 * Words about the files themselves ("in einer einzigen PDF-Datei", "als eine PDF-Datei", "en un solo PDF", "en un seul fichier"):
 * a size after them is the packet's or each file's, not the document named before them.
 */
export const FILE_PHRASE =
  /\b(?:(?:single|one|combined|whole|entire|complete|merged|separate|individual|einzigen?|ein(?:e|er)?|gemeinsamen|zusammengefassten|seul|seule|unique|único|única|solo|sola|enda|samlade?|yhtenä|één)\s+(?:pdf[- ]?)?(?:files?|datei(?:en)?|documents?|pdfs?|fichiers?|bestand(?:en)?|filer?|tiedosto\p{L}*|archivos?|archivo)|pdf[- ]?(?:files|dateien|documents|fichiers|bestanden|filer|archivos))\b/u;
/**
 * The packet's words beyond English ("Datei", "archivo", "fichier", "bestand", "tiedosto"): a size cap in a sentence
 * that names no document but one of these is the packet's or each file's ("Jede Datei darf höchstens 5 MB groß sein").
 */
export const PACKET_NOUNS =
  /\b(?:(?:\p{L}+-)?datei(?:en)?|\p{L}*unterlagen|dokumente?n?|bewerbung(?:en)?|anhange?|anlagen?|insgesamt|hochladen|hochgeladen\p{L}*|bestand(?:en)?|documenten|sollicitatie|bijlagen?|aanvraag|totaal|fichiers?|dossiers?|candidatures?|pieces? jointes?|au total|archivos?|ficheros?|documentos?|documentacion?|solicitud(?:es)?|sol·licitud(?:s)?|candidaturas?|adjuntos?|en total|fitxers?|arxius?|documenti|documentazione|domand[ae]|allegat[oi]|in totale|fil(?:er|en|erna)?|ansökan|ansökningshandlingar(?:na)?|handlingar(?:na)?|bilag(?:a|or|orna)|totalt|tiedosto\p{L}*|hakemu\p{L}*|liit(?:e|tee)\p{L}*|asiakirj\p{L}*|yhteensä)\b/u;
/** After a size in MB, these make it a cap for all files together ("10 MB in total"). */
export const TOTAL_AFTER = /^\s*(?:in total|total|altogether|overall|combined|insgesamt|au total|en total|yhteensä|totalt|i alt|in totaal)\b/;

/** After a size in MB, these make it a cap for each file ("5 MB per file"), not for the item next to it. */
export const FILE_LIMIT_AFTER = /^\s*(?:per file|per document|per attachment|per upload|each|file size|size limit|per pdf)\b/;

/** A size that is only a guide ("about 3,000 words", "normally 5-8 pages", "recommended length"): not a limit. */
export const APPROXIMATE =
  /\b(?:about|approx(?:imately|\.)?|around|roughly|ca\.?|circa|recommended|recommend|normally|typically|ideally|preferably|suggested|in the range of|some|helst|ungefär|omkring|cirka|noin|environ|etwa|ungefähr|anbefalt|normalt|vanligtvis|bij benadering|ongeveer|aproximadamente|aproximadament|aprox\.?|alrededor de|en torno a|unas|unos|cerca de|all'incirca|indicativamente|omtrent|rundt|ca\.|orientační|orientačně|přibližně|zhruba|cca|około|orientacyjnie|mniej więcej|suositus|suositeltu|suositeltava|suositellaan|empfohlen|empfohlene|empfohlener|empfiehlt sich|rekommenderad|rekommenderas|rekommenderat|bij voorkeur|aanbevolen|recommandée?s?|conseillée?s?|consigliat[oaie]|recomendad[oa]s?|anbefales)\b/;

/** Words that make a number a lower bound ("at least two letters"). */
export const MIN_CUES: RegExp = /\b(?:(?:a |the )?minimum (?:number|length) of|(?:un |il )?numero minimo di|at least|min\.?|minimum(?: of)?|a minimum of|no fewer than|not less than|not (?:fewer|shorter) than|nicht (?:weniger|kürzer) als|niet (?:minder|korter) dan|pas moins de|no menos de|(?:inte|ej) (?:mindre|färre|kortare) än|mindestens|vähintään|minst|minstens|au moins|al menos|como mínimo|mínimo|almenys|com a mínim|pelo menos|no mínimo|almeno|minimo|mindst)\s*$/i;

/** How the packet is handed in. */
export const SUBMISSION_CUES: Record<'single-pdf' | 'separate-files', RegExp[]> = {
  'single-pdf': [
    // Not "each single file cannot exceed 6 MB": a cap on every one of several files; nor "more than one document".
    /(?<!\b(?:each|every|any|per|no|than)\s)\b(?:one|a single|single|1|one \(1\)) \.?(?:pdf|file|document|combined (?:pdf|file|document))\b/,
    /\b(?:combined|merged|compiled|collated) (?:in|into|as) (?:one|a single|a) (?:pdf|file|document)\b/,
    /\b(?:combine|merge|compile|collate)\b[^.]{0,60}\binto (?:one|a single)(?: large| big)? (?:pdf|file|document)\b/,
    /\b(?:in|as) one\b[^.]{0,20}\bpdf\b/,
    /\bsingle[- ]pdf\b/,
    /\b(?:eine|einer|einzigen) (?:pdf|datei)\b/, // German
    /\byhtenä (?:pdf|tiedostona)/, // Finnish
    /\bas one (?:only |single )?(?:documentation|document|file|pdf)\b/,
    /\b(?:ett|eitt|eit|ét|én|ein|een) (?:samlet |samla |enda |enkel |enkele |samengevoegd )?(?:pdf(?:-dokument|-fil|-bestand)?|vedlegg|bestand)\b/, // Nordic, Dutch
    /\b(?:un seul|un unique) (?:fichier|document|pdf)\b/, // French
    /\b(?:rolled|bundled|put) into (?:one|a single) (?:pdf|file|document)\b/,
    ...fromLanguages('singlePdf'),
  ],
  'separate-files': [
    /\bseparate (?:files|pdfs|pdf files|documents|attachments|uploads)\b/,
    /\bas (?:a )?separate (?:pdf |word )?(?:files?|documents?|attachments?|uploads?|pdfs?)\b/,
    /\bupload each\b/,
    /\beach (?:document|item|file) (?:separately|as a separate)\b/,
    /\b(?:name|label|title) each (?:attachment|file|document)\b/,
    /\b(?:upload|submit|attach) (?:them|each (?:document|file)|the documents|all documents) separately\b/,
    /\b(?:attached|uploaded|submitted|sent) separately\b/,
    /\b(?:two|three|four|five|[2-9]) (?:separate )?(?:pdf )?files\b/,
    /\b(?:no|each|every) (?:single |individual )?(?:document|file|attachment) (?:(?:can|may|should|must|shall)(?:not| not)?|can't|cannot) (?:exceed|be larger|be bigger|be more)\b/,
    /\b(?:pro|je) (?:auflistungspunkt|dokument|punkt|unterlage)\b|\bjeweils (?:nur )?eine datei\b/, // German
    // "each" before "as one PDF" is one PDF per document: "jeweils als eine PDF-Datei", "je eine PDF-Datei", "each as a
    // single PDF", "elk als apart PDF-bestand", "var för sig som PDF", "kukin omana tiedostonaan", "chacun dans un fichier".
    /\b(?:jeweils|je)(?: (?:als|in))? (?:eine|einer|einzelne|eigene|separate) (?:einzelne |eigene |separate )?(?:pdf|datei)/,
    /\beach (?:one )?(?:as|in) (?:a|one|its own|a single|a separate|an individual) (?:single |separate )?(?:pdf|file|document)\b/,
    /\b(?:elk|ieder|afzonderlijk)(?: document)? (?:als|in) (?:een )?(?:apart|afzonderlijk|eigen|één|een)\b[^.]{0,12}\b(?:pdf|bestand)/, // Dutch
    /\bvar för sig\b|\bvar och en (?:som|i) (?:en )?(?:separat |egen )?(?:pdf|fil)/, // Swedish
    /\bkukin (?:omana|erillisenä) (?:pdf-)?tiedosto|\berillisinä (?:pdf-)?tiedostoina\b/, // Finnish
    /\bchacun(?:e)? (?:dans|en|sous forme d'|sous la forme d')\s?(?:un|une) (?:seul |unique )?(?:fichier|pdf|document)/, // French
    /\b(?:upload|attach) (?:as|in) (?:a )?separate (?:file|document|attachment)s?\b/,
    // "each document not more than 10 MB", "one PDF file for each instance", "in a separate email message".
    /\b(?:each|every) (?:document|file|attachment|pdf) (?:(?:should|must|may|can) )?(?:not (?:be )?(?:more|larger|bigger) than|no (?:more|larger) than|under|below|at most|max)\b/,
    /\b(?:one|a single|a|one single) (?:pdf )?(?:file|document|pdf) (?:for|per) (?:each|every)\b/,
    /\bin a separate (?:e-?mail|message|attachment)\b/,
    /\b(?:upload|attach)\b[^.]{0,40}\bas (?:separate )?pdf files\b|\b(?:following|mandatory|required) (?:mandatory |required )?pdf files\b/,
    /\bpdf[- ](?:dateien|files) (?:mit jeweils|of (?:at most|no more than|max))\b/,
    /\b(?:en|ei|ett|én) pdf-fil (?:for|per|för) (?:hver|hvert|varje)\b/, // Danish, Norwegian, Swedish
    // "i separata pdf:er", "aparte pdf-bestanden", "separate PDF-Dateien", "als einzelne Dateien", "fichiers séparés".
    /\b(?:separata|enskilda) (?:pdf:?er|pdf-filer|pdf-dokument|filer|bilagor)\b/, // Swedish
    /\b(?:aparte|afzonderlijke|losse) (?:pdf-?bestanden|pdf['’]s|bestanden|bijlagen)\b/, // Dutch
    /\b(?:separate[nr]?|getrennte[nr]?|einzelne[nr]?|gesonderte[nr]?) (?:pdf-?dateien|pdfs|dateien|anhängen?)\b/u, // German
    /\b(?:fichiers|pdf|documents) (?:séparés|distincts)\b/u, // French
    ...fromLanguages('separateFiles'),
  ],
};

/**
 * The files go in one zip archive ("compile into a single zip file", "als ZIP-Datei", "i en zip-fil"): separate files,
 * zipped by the applicant. Not "zip code", nor a refusal ("zip files are not accepted", see ZIP_REFUSED).
 */
export const ZIP_ARCHIVE =
  /\b(?:(?:a|one|single|into|in|as|en|ein|eine|einer|une?|un|een|ett|yhteen|yhtenä) (?:single |one |seul |einzigen? |samlet |enda )?zip(?:ped)?\b(?![- ]?codes?\b)|zip(?:ped)?[- ]?(?:files?|folders?|archives?|archiv|datei|dateien|fil|filen|arkiv|tiedosto\p{L}*|fichiers?|archivos?|bestand)\b|zipped\b|\.zip\b|format(?:o)? zip\b|zip[- ]?form(?:at|aat|aatti)\b|\bzip (?:them|it|all|everything|the files|your files)\b|compressed (?:folders?|files?|archives?)|(?:dossier|fichier|archive)s? compress[ée]e?s?|komprimiert\p{L}* (?:datei|ordner|archiv)\p{L}*|gecomprimeerde? (?:map|bestand|archief)|komprimer(?:ad|ade|at|t|te|et) (?:mapp|mappe|fil|filen|arkiv)\b|pakat(?:tu|tuna|tuun) (?:kansio|tiedosto)\p{L}*|(?:archivo|carpeta|fichero)s? comprimid[oa]s?|(?:file|cartella|archivio) compress[oa]|(?:one|a single|single|ein(?:em)? einzigen?|un seul) (?:compressed )?(?:archive|archiv)\b)/iu;
/**
 * "a single ZIP file OR a combined PDF file", "compiled in one PDF portfolio or compressed in a Zip file": one PDF
 * offered beside the zip, which the packet can be.
 */
export const ZIP_OR_PDF =
  /\bzip\b[^.;]{0,40}\b(?:or|oder|ou|eller|tai|of|o)\b[^.;]{0,20}\b(?:combined|merged|single|one|einzigen?|einer|seul|samlet|enda|yhtenä)\s+pdf|\b(?:combined|merged|single|one|einzigen?|einer|seul|samlet|enda|yhtenä)\s+pdf\b[^.;]{0,40}\b(?:or|oder|ou|eller|tai|of|o)\b[^.;]{0,40}\b(?:zip|compress\p{L}*)/iu;
/** "Zip files are not accepted", "do not send zipped folders", "keine ZIP-Dateien": zip refused, not asked for. */
export const ZIP_REFUSED =
  /\b(?:no|not|never|nicht|keine?|pas|ikke|inte|ej|ei|geen|niet|sin|sans|senza)\b[^.;]{0,40}\b(?:zip|compress\p{L}*|komprim\p{L}*|comprim\p{L}*|gecomprimeer\p{L}*|pakat\p{L}*)|\b(?:zip|compressed|komprimiert\p{L}*)[^.;]{0,40}\b(?:not|nicht|pas|ikke|inte|niet|ei)\b/iu;

/** A sentence that states the closing date. */
export const DEADLINE_CUES: RegExp[] = [
  /\bdeadline\b/,
  /\bclosing date\b/,
  /\b(?:applications?|materials|documents) (?:must|should|need to|have to|are to) be (?:received|submitted|sent|uploaded|in)\b/,
  // Up to 140 characters between: "submitted as a single PDF file of no more than 10 MB through the online system by".
  /\b(?:apply|submit|send|upload|e-?mail|sent|submitted|received|uploaded|receive|forward|forwarded)\b.{0,140}?\b(?:by|before|no later than|not later than|until)\b/,
  /\b(?:must|should|shall|has to|have to|need to) reach (?:us|the \p{L}+|our \p{L}+)\b.{0,60}?\b(?:by|before|no later than|not later than|until)\b/u,
  /\b(?:accepted|accepting) (?:between now and|until|through)\b/,
  /\b(?:applications?|call|posting) (?:close|closes)\b/,
  /\bclose date\b/,
  /\b(?:no|not) later than\b/,
  /\b(?:are|is) (?:now )?due\b/,
  /\bdue (?:by|on|date)\b/,
  // "Applications due 01/02/2027 at 5 p.m.", not "applications due to ...".
  /\b(?:applications?|materials|documents|dossiers?|submissions?) (?:are )?due\b(?!\s+to\b)/,
  // "Final date: Wednesday, Mar 31, 2027" (the UC Recruit layout), not "the final date of the appointment".
  /\bfinal (?:application |closing |submission )?date\b(?!\s+of\b)/,
  /\b(?:last day|closes|close on|closes on|last (?:application )?date)\b/,
  /\b(?:bewerbungsschluss|bewerbungsfrist|einsendeschluss|bis (?:zum|spätestens)|spätestens)\b/, // German
  // "Abgabefrist der Bewerbungsunterlagen": the date the documents are handed in by.
  /\b(?:abgabefrist|einsendefrist)\b/, // German
  /\b(?:hakuaika päättyy|hakuaika|hakuaikana|viimeistään|päättyy|päättyvät)\b|\b(?:haku|hakuaika|hakemusten jättöaika) (?:on )?(?:auki|avoinna|käynnissä)\b/, // Finnish ("haku on auki 28.8.2023 - 15.9.2023")
  /\b(?:bewerbungsfrist|frist|ende der bewerbungsfrist|ausschreibungsfrist|einreichungsfrist|antragsfrist|bewerbungszeitraum|ausschreibungszeitraum)\b/, // German
  /\b(?:uiterlijk|sluitingsdatum|reageren kan tot)\b|\b(?:vóór|voor|tot en met|t\/m)\s+\d{1,2}\s+\p{L}+\s+\d{4}\b/u, // Dutch
  /\b(?:senast|sista ansökningsdag|sista dag för ansökan|ansökningstid|ansökningstiden|ansökningsperiod(?:en)?|ansökan är öppen)\b/, // Swedish
  /\b(?:søknadsfrist|ansøgningsfrist|innen)\b/, // Norwegian, Danish
  /\b(?:date limite|au plus tard|avant le|jusqu'au|clôture des candidatures|se déroule du)\b/, // French
  // "devront déposer en ligne leur dossier de candidature du 1 juin 2024 00:00:00 au 30 juin 2024 23:59:59": a period to apply in.
  /\b(?:dossiers?|candidatures?|inscriptions?|déposer|dépôt|postuler)\b[^.]{0,60}\bdu\s+\d{1,2}(?:er)?\s+\p{L}+(?:\s+\d{4})?\b[^.;]{0,40}?\bau\s+\d{1,2}(?:er)?\s+\p{L}+/u, // French
  /\b(?:entro e non oltre|scadenza)\b/, // Italian
  // "Application period is between Jan 24, 2018 – Feb 07, 2018": the period's end is the deadline.
  /\b(?:application|registration|submission|call|candidature|inscription) (?:period|window|phase|procedure)\b[^.]{0,40}\b(?:from|to|until|runs?|between)\b/,
  // "Application period: 3 February – 28 February 2027": a period given as a dated range.
  /\b(?:application|registration|submission|call) (?:period|window)\s*(?::|is)\s*[^.;]{0,30}?\d[^.;]{0,20}?\s[-\u2013\u2014]\s/u,
  /\b(?:portal|call|application system|applications?|registration) (?:will |is |are |remains? )?(?:be )?open (?:until|till|through)\b/,
  /\bapplications? (?:will be )?accepted (?:until|till|through)\b/,
  // "This year you can apply from 19 March till 30 April": the period to apply in, which ends on the deadline.
  /\b(?:apply|applications? (?:are|is|can be) (?:accepted|submitted|open))\b[^.]{0,20}\bfrom\b[^.]{0,40}?\b(?:till|until|to|through)\b/,
  ...fromLanguages('deadline'),
];

/** Words that name the closing date or the application period itself: a sentence with them is about applying. */
export const CLOSING_WORDS =
  /\b(?:deadline|closing date|close date|due date|final date|last day|call|calls|scadenza|bando|plazo|convocatoria|fecha límite|prazo|date limite|date de clôture|bewerbungsschluss|einsendeschluss|annahmeschluss|\p{L}*frist\p{L}*|ausschreibung\p{L}*|sista ansökningsdag\p{L}*|ansökningstid\p{L}*|hakuaika\p{L}*|haku|sluitingsdatum|søknadsfrist\p{L}*|ansøgningsfrist\p{L}*|termin|termini|submissions?|materials|registration|registrations|inscriptions?|inscripci\p{L}*|presentaci\p{L}*|procédure)\b|締\s?切|締め切り|期\s?限|截\s?止|마감/u;

/**
 * "At the latest" words that give a date without saying what is due by it ("no later than", "senast", "entro"): a
 * deadline read from them alone, in a sentence that neither speaks of applying nor names the closing date, may be a
 * report's or a degree's date.
 */
export const LATEST_WORDS = new RegExp(`\\b(?:${LATEST})\\b`, 'u');

/**
 * Words that refer back to the closing date without giving it: a time in the same sentence ("by 23.59 (UK time) on
 * the advertised closing date", "kl. 23:59 CET på sista ansökningsdagen") is the deadline's.
 */
export const DEADLINE_DAY_REFS: RegExp[] = [
  /\bon the (?:(?:advertised|stated|above|published|specified|listed|said|same|given) )?(?:closing|deadline|last) (?:date|day)\b|\bon (?:the day of )?the deadline\b|\b(?:closing|deadline) time\b|\bthe deadline is at\b/,
  /\bpå (?:sista ansökningsdagen|ansökningsdagen|sista dagen)\b|\bpå søknadsfristen\b|\bpå ansøgningsfristen\b/, // Swedish, Norwegian, Danish
  /\bop de (?:dag van de )?sluitingsdatum\b/, // Dutch
  /\bam (?:tag des bewerbungsschlusses|letzten tag der (?:bewerbungs)?frist|stichtag)\b/, // German
  /\bhakuajan (?:viimeisenä|päättymis)päivänä\b|\bhakuaika päättyy (?:klo|kello)\b/, // Finnish
  /\b(?:le jour de la date limite|à la date limite|le dernier jour)\b/, // French
  /\b(?:el (?:último|ultimo) día del plazo|en la fecha límite)\b/, // Spanish
];

/**
 * Words right before a date that make it the day to apply by, in a sentence about applying ("... dos cartas de
 * recomendación antes del 15 de marzo", "send ... to jobs@x.edu by 15 March 2026", "senest 1. marts").
 */
export const DEADLINE_BEFORE_DATE =
  /\b(?:by|before|no later than|not later than|until|antes del?|hasta el|a más tardar el|até (?:ao dia|o dia|dia|a)?|abans del?|fins al|entro il|entro e non oltre il|bis (?:zum|spätestens)?|spätestens (?:am|bis)?|vor dem|avant le|jusqu'au|au plus tard le|senest|senast|innan|inden|innen|uiterlijk|tot en met|tot|viimeistään)\s*(?:the\s+|el\s+|le\s+|den\s+|d[ií]a\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/;

/** Words that make a sentence about applying. */
export const APPLICATION_WORDS =
  /\b(?:apply|application|applications|applicants?|candida\p{L}*|solicitud\p{L}*|sol·licitud\p{L}*|bewerb\p{L}*|søknad\p{L}*|ansøgning\p{L}*|ansökan|hakemu\p{L}*|sollicit\p{L}*|domand\p{L}*|inscri\p{L}*|submit\p{L}*|send|sent|envi\p{L}*|document\p{L}*)\b/u;

/**
 * A clause whose date is about something other than applying: when decisions are made or candidates told ("Final
 * decisions are made not later than October 1"), or a report enrolled students send ("Annual activity report (to send
 * each year by the 30th of September"). Read on the words before the date in its clause.
 */
export const OTHER_DATE_SUBJECTS =
  /(?<![\p{L}])(?:(?:final |admission |hiring |selection |funding )?decisions?|results?|outcomes?|notifications?|offers? (?:will|are|is)|(?:applicants|candidates|you) will be (?:notified|informed|contacted|told)|(?:annual|yearly|activity|progress|interim|final) reports?|slutredogörelse\p{L}*|slutrapport\p{L}*|schlussbericht\p{L}*|abschlussbericht\p{L}*|verwendungsnachweis\p{L}*|eindverslag\p{L}*|eindrapport\p{L}*|loppuraport\p{L}*|loppuselvity\p{L}*|rapports? fina(?:l|ux)|informes? finale?s?|relazion[ei] final[ei]|reports? (?:\p{L}+ )?(?:each|every) year|(?:each|every) year|annually|entscheidung(?:en)?|auswahlentscheidung|jahresbericht|tätigkeitsbericht|zwischenbericht|fortschrittsbericht|jährlich|jedes jahr|besluit(?:en)?|beslissing(?:en)?|uitslag|voortgangsverslag|jaarverslag|jaarlijks|elk jaar|beslut(?:et)?|årsrapport|lägesrapport|varje år|årligen|päätös|päätökset|valintapäätökset|vuosiraportti|vuosittain|joka vuosi|décisions?|résultats?|rapport (?:annuel|d'activité|d'avancement)|chaque année|resoluci[oó]n(?:es)?|decisi[oó]n(?:es)?|resultados?|informe anual|cada año|decisione|risultati|relazione annuale|ogni anno)(?![\p{L}])/iu;

/**
 * A sentence that says when applications open, not when the position starts ("Applications are formally accepted
 * starting February 1, 2023", "The application portal opens on 1 March", "Bewerbungen sind ab dem 1. März möglich").
 */
export const APPLICATIONS_OPEN =
  /(?<![\p{L}])(?:(?:applications?|submissions?|nominations?)\b[^.;]{0,40}\b(?:accepted|received|considered|open|opens|possible|welcome)\b[^.;]{0,20}\b(?:starting|from|beginning|as of|as from|after|on)\b|(?:application|submission|call|registration) (?:period|window|portal|system|process)\b[^.;]{0,20}\b(?:opens?|starts?|begins?|commences?)\b|(?:portal|call|applications?) (?:will )?opens?\b|bewerbungen\b[^.;]{0,40}\bab\b|bewerbungszeitraum (?:beginnt|startet)|aanmelden kan vanaf|aanmelding opent|ansökningsperioden (?:börjar|öppnar)|ansökan öppnar|haku (?:alkaa|avautuu)|hakuaika alkaa|ouverture des candidatures|les candidatures (?:sont|seront) (?:ouvertes|acceptées) (?:à partir|dès)|apertura de (?:la )?convocatoria|apertura del bando)(?![\p{L}])/iu;

/**
 * A sentence whose start date is the selection's, not the position's ("The first selection round will start April /
 * May 2023", "Interviews begin on 3 March", "Das Auswahlverfahren beginnt im Mai").
 */
export const SELECTION_STARTS =
  /(?<![\p{L}])(?:interviews?|(?:selection|recruitment|review|evaluation|screening|assessment|hiring|admission) (?:rounds?|process|procedure|period|phase|stage|committee)|auswahl\p{L}*|vorstellungsgespräche?|selectie\p{L}*|sollicitatiegesprek\p{L}*|urval\p{L}*|intervju\p{L}*|valinta\p{L}*|haastattelu\p{L}*|sélection|entretiens?|selecci[oó]n|entrevistas?|selezione|colloqui)(?![\p{L}])/iu;

/** A group of applicants named by where they come from ("non-EU applicants", "international students", "EU-Bürger"). */
export const APPLICANT_GROUP =
  /(?<![\p{L}])(?:(?:non-?|nicht-?|hors |utanför )?(?:eu|eea|eer|ue|eu\/eea|eu\/eer)(?![\p{L}])[\s-]*(?:nationals|citizens|residents|applicants|candidates|students|bürger\p{L}*|bewerber\p{L}*|studierende|kandidaten|studenten|sökande|candidats|étudiants|ressortissants|candidatos|estudiantes)?|(?:international|domestic|overseas|foreign|home|internationale?n?|ausländische\p{L}*|buitenlandse|internationella|ulkomaiset|étrangers|internacionales|extranjeros) (?:applicants|candidates|students|studierende|bewerber\p{L}*|studenten|sökande|hakijat|candidats|étudiants|candidatos|estudiantes))(?![\p{L}])/iu;

/**
 * A short line that gives one group of applicants its own date ("For Dutch nationals: October 15, 2023", "Non-EU
 * applicants – 15 January", "EU/EEA-Studierende: 15. Juli"): one of several deadlines by group.
 */
export const GROUP_DATE_LINE =
  /^(?:[-*\u2022]\s*)?(?:for |für |voor |för |pour (?:les )?|para (?:los )?|per (?:i )?)?(?:(?:all |other )?(?:[\p{L}/()]+[\s-]+){0,4}?)(?:nationals|citizens|residents|applicants|candidates|students|studierende|bewerber(?:innen)?|staatsangehörige|kandidaten|studenten|sökande|studenter|hakijat|opiskelijat|candidats|étudiants|ressortissants|candidatos|estudiantes|candidati|studenti)\b[^:\u2013\u2014\d]{0,30}(?:[:\u2013\u2014]|\s-)\s*/iu;

/** Words after which the date of a deadline sentence is its end ("from 20 March to 2 May", "aukeaa 2.10. ja päättyy 31.10.", "del 16 de gener al 10 de febrer"). */
// "between 1 March and 15 April 2027": after "between", "and" ends the period too.
export const DEADLINE_END_WORDS = /\b(?:to|until|till|through|au|bis|päättyy|päättyvät|tot|till och med|t\.o\.m\.|fino al|hasta|al)\b|[-\u2013](?=\s*\p{L}*\s*\d)|(?<=\b(?:between|zwischen|entre)\s[^.;]{1,40}?)\b(?:and|und|et)\b/u;

/**
 * Words that open an application period just before its first date ("The call opens on", "COMENZARÁ EL DÍA",
 * "Ansökningsperioden startar den", "beginnt am", "est ouvert du"): that date is the opening, never the deadline.
 */
export const PERIOD_OPENS =
  /(?<![\p{L}])(?:opens?|opening|opened|starts?|starting|begins?|beginning|commences?|commencing|comenzar[áa]|comienza|empieza|empezar[áa]|se abre|se abrir[áa]|abrir[áa]|iniciar[áa]|se inicia|startar|b[öo]rjar|[öo]ppnar|[öo]ppnas|beginnt|startet|[öo]ffnet|commence|commencera|ouvre|ouvrira|(?:est|sera) ouverte?|inizia|inizier[àa]|si apre|si aprir[àa]|begint|opent|gaat open|alkaa|avautuu|[åa]pner|starter|begynder|[åa]bner)(?![\p{L}])(?:\s+(?:on|the|from|as of|at|in|el|d[ií]a|del|de|den|am|vom|ab|le|du|dès|il|dal|op|vanaf|fra|från|p[åa]|alkaen)){0,3}\s*[:,]?\s*$/iu;
/**
 * Words that close an application period just before a later date of its sentence ("and closes on", "Y FINALIZARÁ EL
 * DÍA", "senast den", "und endet am", "et se termine le"): that date is the deadline.
 */
export const PERIOD_CLOSES =
  /(?<![\p{L}])(?:closes?|closing|closed|ends?|ending|finish(?:es)?|deadline|due|finalizar[áa]|finaliza|termina(?:r[áa])?|concluir[áa]|concluye|se cierra|cerrar[áa]|senast|slutar|st[äa]nger|st[äa]ngs|avslutas|endet|schlie(?:ß|ss)t|se termine(?:ra)?|se terminera|fermera|ferme|cl[ôo]ture|chiude|chiuder[àa]|scade|scadr[àa]|terminer[àa]|sluit|eindigt|p[äa][äa]ttyy|p[äa][äa]ttyv[äa]t|sulkeutuu|stenger|avsluttes|slutter|lukker|senest|uiterlijk|no later than|not later than|by|before|until|till)(?![\p{L}])[^.;\d]{0,40}$/iu;

/** A file-name length cap ("file names must not exceed 40 characters"). */
export const FILE_NAME_LENGTH = /\bfile ?names?\b[^.]{0,40}?\b(?:max(?:imum)?\.?|at most|not exceed(?:ing)?|no (?:more|longer) than|up to|limited to)\s*(\d{1,3})\s*(?:characters|chars)\b/;

/** A sentence about the position itself: a lone date in it may be the start date. */
export const POSITION_WORDS = /\b(?:position|contract|employment|appointment|fellowship|post|project|studentship)\b/;

/**
 * A line that opens one of several positions or calls of a posting: a numbered or lettered label ("Position 1:",
 * "PhD position B –", "Position A (PhD student):", "Stelle 2:", "Poste 1 :", "Projekt A") at the start of the line; the
 * word ends there ("Posted: Oct 4" is no "Poste d").
 */
export const POSITION_LABEL =
  /^(?:(?!(?:for|to|of|in|on|at|with|and|or|apply|applications?|see|under|about|than)\s)[\p{L}.-]+\s+){0,2}?(?:positions?|posts?|vacanc(?:y|ies)|openings?|jobs?|roles?|calls?|(?:sub-?)?projects?|studentships?|fellowships?|stellen?|postes?|posizion[ei]|plazas?|puestos?|vagas?|cargos?|stilling(?:er)?|tjänst(?:er)?|befattning|projekt|projet|progetto|proyecto|projeto|vacatures?|functie|tehtävä)(?![\p{L}])\s*(?:no\.?|nr\.?|n[°º]|#)?\s*(?:\d{1,2}|[A-H]|I{1,3}|IV|VI{0,3})\s*(?:\([^()]{2,60}\)\s*)?(?:[:.)\u2013\u2014-]|$)/iu;

/**
 * A heading that names a position by its role ("PhD position in single-cell genomics", "Postdoc (m/f/d) in X",
 * "Doktorand (m/w/d) ...") at its start: one of several when a posting has more than one, each with its own part.
 */
export const POSITION_HEADING =
  /^(?:\d{1,2}\s*(?:x\s*)?)?(?:(?:fully[- ]funded|funded|open|two|three|one)\s+)?(?:ph\.?\s?d\.?|doctoral|post-?docs?|post-?doctoral|professor(?:ship)?|assistant professor|associate professor|lecturer|senior lecturer|research (?:assistant|associate|fellow|engineer|scientist)|research software engineer|fellow|technician|doktorand(?:in)?|promovend|doctorant|dottorand[oa]|doctorand[oa]|stipendiat|ph\.?d\.?-stipendi\p{L}*|wissenschaftliche[rn]? mitarbeiter\p{L}*|postdoktor\p{L}*|väitöskirjatutkija|tutkijatohtori|doktorand)(?![\p{L}])/iu;

/** A sentence that gives a review date rather than a closing date: the date is kept but flagged. */
export const REVIEW_START_CUES: RegExp[] = [
  /\b(?:review|screening|evaluation|consideration) of (?:complete |completed )?(?:applications|applicants|candidates|files) (?:will )?(?:begin|start|commence)s?\b/,
  /\b(?:application|applicant) (?:review|screening) (?:will )?(?:begin|start|commence)s?\b/,
  /\b(?:applications|screening) will be (?:reviewed|considered) (?:starting|beginning|from)\b/,
  /\breview (?:will )?(?:begin|start|commence)s? (?:on|immediately)\b/,
];

/** A date by which applications get full (or first) consideration: the deadline an applicant should keep. */
export const CONSIDERATION_CUES: RegExp[] = [
  /\b(?:full|first|priority) consideration\b/,
  // "applications received before 1 March will be given priority": read first, but not the last day to apply.
  /\b(?:be given|receive|get|have|given) priority\b|\bpriority will be given\b/,
];

export const OPEN_UNTIL_FILLED_CUES: RegExp[] = [
  /\bopen until (?:filled|the position is filled)\b/,
  // "until the position is filled", "will keep going until the spot is filled", "until the post has been filled".
  /\buntil (?:the |a |this |that |our )?(?:position|positions|spot|post|posts|role|job|vacancy|vacancies|place|slot|opening|chair) (?:is|are|has been|have been|gets|get) (?:filled|taken)\b/,
  /\buntil filled\b/,
  /\b(?:filled|closed) as soon as (?:a )?suitable\b/,
  /\buntil (?:a )?suitable candidate/,
  /\bcontinue until\b[^.]{0,30}\bfilled\b/,
  /\brolling basis\b/,
  /\b(?:year[- ]round|all year(?: round)?|throughout the year)\b/,
  /\b(?:applications?|apply|submitted|accepted|admitted|considered|welcome)\b[^.]{0,60}\b(?:at any time|any time|continuously)\b/,
  /\bno (?:fixed )?(?:deadline|closing date|application deadline)\b/,
  /\bbis zur besetzung\b|\bendet mit (?:der )?besetzung\b|\b(?:jederzeit|laufend) (?:möglich|bewerben)\b/, // German
  /\b(?:doorlopend|fortlöpande|löpande antagning|tillsätts löpande|toute l'année|en continu)\b/, // Dutch, Swedish, French
  /\bkunnes (?:tehtävä|paikka) on täytetty\b/, // Finnish
  ...fromLanguages('openUntilFilled'),
];

/**
 * "You may revise your application at any time up until the final submission date", "applications are reviewed
 * continuously until the deadline": "at any time" that a closing date ends, or said of changing an application already
 * made, is no rolling call.
 */
export const NOT_OPEN_UNTIL_FILLED =
  /\b(?:revise|revisit|edit|modify|update|change|amend|correct|withdraw|save|access|view|return to|log in to|log into)\b[^.]{0,60}\b(?:at any time|any time|continuously)\b|\b(?:at any time|any time|continuously)\b,?\s*(?:up )?(?:until|till|before|prior to|up to|by)\b(?!\s+(?:filled|(?:the |a |this )?(?:position|post|role|job|vacancy|place|spot|opening|chair)s? (?:is|are|has|have|gets?)\b))/;

export const START_CUES: RegExp[] = [
  /\bstart(?:ing)? date\b/,
  /\b(?:expected|earliest|planned|anticipated|desired|preferred) start\b/,
  /\b(?:start|starts|begin|begins|beginning|commence|commences|commencing)(?: on| in| from| at)?\b/,
  /\bstarting\b(?! salary)/,
  /\bappointment (?:will )?(?:begin|start|from)\b/,
  /\beffective\b/,
  /\bavailable from\b/,
  // "Das Projekt beginnt am ...", "Der Projektbeginn ist ...": the verb and the compounds too.
  /\b(?:(?:projekt|stellen|arbeits|vertrags|dienst|beschäftigungs|promotions)?beginn|beginnt|dienstantritt|eintrittsdatum|ab dem|zu besetzen)\b/, // German
  /\b(?:aloitus|alkaen)\b/, // Finnish
];

/**
 * A rule about every document, not a document ("h) sämtliche Dokumente sind in notariell beglaubigter Form
 * einzureichen", "All documents must be in English"): kept in `notes`.
 */
export const ALL_DOCUMENTS_RULE =
  /^(?:sämtliche|alle|all|all of the|tous les|toutes les|todos los|todas las|tutti i|alla)\s+(?:\p{L}+\s+)?(?:dokumente|unterlagen|beilagen|documents|materials|attachments|pièces|documentos|documenti|handlingar|dokument|documenten|stukken)\b[^.]{0,80}\b(?:sind|müssen|must|should|shall|are to|have to|need to|doivent|deben|devono|ska|skall|moeten)\b/iu;

const LANGUAGE_NAMES = 'english|german|french|dutch|swedish|finnish|spanish|italian|norwegian|danish';

/**
 * The one language the documents are to be in: "All documents must be written in English", "Applications should be
 * submitted in English only", "Die Bewerbungsunterlagen sind in englischer Sprache einzureichen"; not two ("in English
 * or German", "in deutscher oder englischer Sprache"), nor the applicant's skill ("fluent in English").
 */
export const DOCUMENTS_LANGUAGE: readonly RegExp[] = [
  new RegExp(`\\b(?:documents?|applications?|materials?|letters?|statements?|everything)\\b[^.;:]{0,60}?\\b(?:must|should|shall|are to|is to|has to|have to|need to|needs to)\\s+be\\s+(?:(?:written|submitted|drafted|prepared|provided)\\s+)?(?:(?:exclusively|only|entirely)\\s+)?in\\s+(${LANGUAGE_NAMES})\\b(?!\\s*(?:or|and|/)\\s+(?:in\\s+)?(?:${LANGUAGE_NAMES})\\b)`, 'iu'),
  // Compounds too: "Bewerbungsunterlagen".
  /(?:unterlagen|bewerbung|bewerbungen|dokumente)\b[^.;:]{0,60}?(?<!oder\s)\bin\s+(englischer|deutscher)\s+sprache\b(?!\s*(?:oder|und|\/))/iu,
];

/** The tag of a language as `DOCUMENTS_LANGUAGE` names it ("English", "englischer"). */
export const DOCUMENTS_LANGUAGE_TAGS: Readonly<Record<string, string>> = {
  english: 'en', german: 'de', french: 'fr', dutch: 'nl', swedish: 'sv', finnish: 'fi', spanish: 'es', italian: 'it', norwegian: 'no', danish: 'da', englischer: 'en', deutscher: 'de',
};

/** An eligibility rule worth carrying to the report verbatim. */
export const ELIGIBILITY_CUES: RegExp[] = [
  /\b(?:must|should|need to|are required to) (?:have )?(?:completed|obtained|hold|have|be awarded)\b[^.]{0,80}\b(?:degree|phd|doctorate|master'?s|msc|bachelor)\b/,
  /\b(?:degree|phd|doctorate|master'?s)\b[^.]{0,60}\b(?:before|by|prior to) the (?:start|beginning)\b/,
  /\beligib(?:le|ility)\b/,
  /\bnot (?:have )?(?:resided|lived|carried out)\b/,
];

/** Field labels of job boards ("Job Title Doctoral Researcher ...", "Institution Aalto University"). */
export const FIELD_LABELS = {
  title: /^(?:(?:job title|position title)\s*:?|(?:position|title|vacancy|stelle|tehtävä)\s*:)\s*(.+)$/i,
  organization: /^(?:institution\s*:?|(?:organization|organisation|employer|university|hochschule|einrichtung|organisaatio)\s*:)\s*(.+)$/i,
  source: /^(?:job website|job url|posting url|url|website|web page|more information)\s*:?\s*<?(https?:\/\/[^\s>]+)>?\s*$/i,
  // "no" as the number's abbreviation only before a value with a digit ("Job no. 123", "Ref no: A-12"), not "job
  // no later than"; "(ref. BAP-2027-061)".
  reference: /\b(?:reference (?:number|no\.|no(?=\s*[:#]|\s+[\w/-]*\d)|code)|ref\.? (?:no\.|no(?=\s*[:#]|\s+[\w/-]*\d))|ref\.?(?=\s*:)|ref\.(?=\s*[A-Z0-9][\w/-]*\d)|job (?:id|number|no\.|no(?=\s*[:#]|\s+[\w/-]*\d)|reference)|vacancy (?:number|no\.|no(?=\s*[:#]|\s+[\w/-]*\d)|id)|req(?:uisition)? (?:id|number)|kennziffer|referentie(?:nummer)?(?![a-zà-ÿ])|diarienummer|dnr|arbeidsgiverens referanse|saksnummer|référence)\s*:?\s*#?([A-Z0-9][\w/-]{2,})/i,
} as const;

/**
 * North American places by the clock they keep, with the abbreviations of that clock's two seasons: a posting that names
 * one and writes "EST" on a July date means that place's time (EDT then), not a clock five hours behind UTC all year.
 */
export const SEASON_PLACES: readonly { re: RegExp; name: string; zone: string; abbrs: readonly string[] }[] = [
  { re: /\b(?:toronto|ottawa|montr[eé]al|qu[eé]bec|ontario|kingston|waterloo|hamilton|london,? ontario|mcgill|mcmaster|queen's university)\b/, name: 'Toronto', zone: 'America/Toronto', abbrs: ['est', 'edt'] },
  { re: /\b(?:new york|boston|philadelphia|washington,? d\.?c\.?|atlanta|miami|pittsburgh|baltimore|princeton|new haven|cambridge,? (?:ma|massachusetts)|providence|ithaca|rochester|ann arbor|detroit|columbus|eastern time)\b/, name: 'New York', zone: 'America/New_York', abbrs: ['est', 'edt'] },
  { re: /\b(?:chicago|houston|dallas|austin|minneapolis|st\.? louis|madison|nashville|new orleans|evanston|central time)\b/, name: 'Chicago', zone: 'America/Chicago', abbrs: ['cst', 'cdt'] },
  { re: /\b(?:winnipeg|manitoba)\b/, name: 'Winnipeg', zone: 'America/Winnipeg', abbrs: ['cst', 'cdt'] },
  { re: /\b(?:denver|boulder|salt lake city|albuquerque|mountain time)\b/, name: 'Denver', zone: 'America/Denver', abbrs: ['mst', 'mdt'] },
  { re: /\b(?:calgary|edmonton|alberta)\b/, name: 'Edmonton', zone: 'America/Edmonton', abbrs: ['mst', 'mdt'] },
  { re: /\b(?:vancouver|british columbia|victoria,? bc)\b/, name: 'Vancouver', zone: 'America/Vancouver', abbrs: ['pst', 'pdt'] },
  { re: /\b(?:los angeles|san francisco|berkeley|stanford|seattle|san diego|portland,? oregon|pacific time)\b/, name: 'Los Angeles', zone: 'America/Los_Angeles', abbrs: ['pst', 'pdt'] },
];

/**
 * Countries on one clock, by their names in English and their own languages and their university cities, and that
 * clock's IANA zone: where a posting that gives a time without a zone likely is, for the example its review mark writes (a place named in a
 * posting need not be the employer's, so it is only offered). Countries of several zones (the US, Canada, Australia)
 * are left out.
 */
export const COUNTRY_ZONES: readonly { re: RegExp; name: string; zone: string }[] = [
  { re: /\b(?:germany|deutschland|berlin|münchen|munich|hamburg|heidelberg|frankfurt am main|köln|cologne|stuttgart|göttingen|tübingen|freiburg|dresden|leipzig|bonn|aachen)\b/, name: 'Germany', zone: 'Europe/Berlin' },
  { re: /\b(?:austria|österreich|wien|vienna|graz|innsbruck|salzburg)\b/, name: 'Austria', zone: 'Europe/Vienna' },
  { re: /\b(?:switzerland|schweiz|suisse|svizzera|zürich|zurich|genève|geneva|lausanne|basel|bern)\b/, name: 'Switzerland', zone: 'Europe/Zurich' },
  { re: /\b(?:sweden|sverige|stockholm|uppsala|lund|göteborg|gothenburg|linköping|umeå)\b/, name: 'Sweden', zone: 'Europe/Stockholm' },
  { re: /\b(?:norway|norge|noreg|oslo|bergen|trondheim|tromsø)\b/, name: 'Norway', zone: 'Europe/Oslo' },
  { re: /\b(?:denmark|danmark|copenhagen|københavn|aarhus|odense)\b/, name: 'Denmark', zone: 'Europe/Copenhagen' },
  { re: /\b(?:finland|suomi|helsinki|helsingin|espoo|tampere|tampereen|turku|turun|oulu|oulun|jyväskylä)\b/, name: 'Finland', zone: 'Europe/Helsinki' },
  { re: /\b(?:netherlands|nederland|amsterdam|utrecht|leiden|delft|groningen|eindhoven|rotterdam|nijmegen|wageningen)\b/, name: 'the Netherlands', zone: 'Europe/Amsterdam' },
  { re: /\b(?:belgium|belgië|belgique|belgien|brussels|bruxelles|brussel|leuven|louvain|ghent|gent|antwerp|antwerpen|liège)\b/, name: 'Belgium', zone: 'Europe/Brussels' },
  { re: /\b(?:france|paris|lyon|marseille|toulouse|grenoble|bordeaux|strasbourg|sorbonne)\b/, name: 'France', zone: 'Europe/Paris' },
  // As facts.ts reads a British page: a UK university's address or a UK city.
  { re: /\.ac\.uk\b|\b(?:united kingdom|england|scotland|wales|london|edinburgh|glasgow|manchester|birmingham|cambridge|oxford|bristol|leeds|sheffield|liverpool|nottingham|cardiff|southampton|uk)\b/, name: 'the UK', zone: 'Europe/London' },
  { re: /\b(?:ireland|éire)\b(?<!northern ireland)|\bdublin\b/, name: 'Ireland', zone: 'Europe/Dublin' },
  { re: /\b(?:italy|italia|roma|milano|milan|bologna|torino|turin|padova|pisa)\b/, name: 'Italy', zone: 'Europe/Rome' },
  { re: /\b(?:spain|españa|madrid|barcelona|valencia|sevilla|seville)\b/, name: 'Spain', zone: 'Europe/Madrid' },
  { re: /\b(?:portugal|lisboa|lisbon|porto|coimbra)\b/, name: 'Portugal', zone: 'Europe/Lisbon' },
  { re: /\b(?:poland|polska|warszawa|warsaw|kraków|krakow|wrocław|poznań)\b/, name: 'Poland', zone: 'Europe/Warsaw' },
  { re: /\b(?:czech republic|czechia|česká republika|česko|praha|prague|brno)\b/, name: 'Czechia', zone: 'Europe/Prague' },
  { re: /\b(?:estonia|eesti|tallinn|tartu)\b/, name: 'Estonia', zone: 'Europe/Tallinn' },
  { re: /\b(?:iceland|ísland|reykjavík|reykjavik)\b/, name: 'Iceland', zone: 'Atlantic/Reykjavik' },
  { re: /\b(?:japan|tokyo|kyoto|osaka|sendai|nagoya|tohoku|sapporo|yokohama)\b|日本/, name: 'Japan', zone: 'Asia/Tokyo' },
  { re: /\b(?:south korea|republic of korea|seoul|daejeon|busan)\b|대한민국|한국/, name: 'Korea', zone: 'Asia/Seoul' },
  { re: /\b(?:china|beijing|shanghai|shenzhen|wuhan|hangzhou|nanjing)\b|中国/, name: 'China', zone: 'Asia/Shanghai' },
  { re: /\bsingapore\b/, name: 'Singapore', zone: 'Asia/Singapore' },
  { re: /\b(?:israel|jerusalem|tel aviv|haifa)\b/, name: 'Israel', zone: 'Asia/Jerusalem' },
  { re: /\bnew zealand\b/, name: 'New Zealand', zone: 'Pacific/Auckland' },
];

/**
 * Words common in one language's postings and rare in the others', with the clock of the one country most postings in
 * it come from: the example zone of a posting that names no place ("senast den 15 februari kl. 23.59" is likely
 * Swedish time, not German). English and Portuguese have no clock (many countries); English is counted so that an
 * English posting is not taken for another language by a few shared words.
 */
export const LANGUAGE_ZONES: readonly { re: RegExp; language: string; name?: string; zone?: string }[] = [
  { re: /(?<![\p{L}])(?:the|and|of|to|with|your|is|are)(?![\p{L}])/giu, language: 'English' },
  { re: /(?<![\p{L}])(?:und|der|die|das|mit|für|bewerbung\p{L}*|sie|bis)(?![\p{L}])/giu, language: 'German', name: 'Germany', zone: 'Europe/Berlin' },
  { re: /(?<![\p{L}])(?:och|för|att|ansökan|senast|eller|ska)(?![\p{L}])/giu, language: 'Swedish', name: 'Sweden', zone: 'Europe/Stockholm' },
  { re: /(?<![\p{L}])(?:søknad\p{L}*|søker|ikke|stillingen|skal|og)(?![\p{L}])/giu, language: 'Norwegian', name: 'Norway', zone: 'Europe/Oslo' },
  { re: /(?<![\p{L}])(?:ansøgning\p{L}*|ansøger\p{L}*|ikke|stillingen|skal|og|af)(?![\p{L}])/giu, language: 'Danish', name: 'Denmark', zone: 'Europe/Copenhagen' },
  { re: /(?<![\p{L}])(?:ja|tai|hakemus\p{L}*|viimeistään|hakija\p{L}*)(?![\p{L}])/giu, language: 'Finnish', name: 'Finland', zone: 'Europe/Helsinki' },
  { re: /(?<![\p{L}])(?:het|een|van|voor|sollicitatie\p{L}*|uiterlijk|zijn)(?![\p{L}])/giu, language: 'Dutch', name: 'the Netherlands', zone: 'Europe/Amsterdam' },
  { re: /(?<![\p{L}])(?:les|des|du|et|pour|candidature|dossier|avant)(?![\p{L}])/giu, language: 'French', name: 'France', zone: 'Europe/Paris' },
  { re: /(?<![\p{L}])(?:los|las|del|y|para|solicitud(?:es)?|plazo|dels|amb|sol·licitud)(?![\p{L}])/giu, language: 'Spanish', name: 'Spain', zone: 'Europe/Madrid' },
  { re: /(?<![\p{L}])(?:il|della|di|che|per|domanda|entro|sono)(?![\p{L}])/giu, language: 'Italian', name: 'Italy', zone: 'Europe/Rome' },
  { re: /(?<![\p{L}])(?:oraz|się|jest|wniosek|termin|nie)(?![\p{L}])/giu, language: 'Polish', name: 'Poland', zone: 'Europe/Warsaw' },
];

/** Time-zone words and what they become in the profile (an offset, or an IANA zone the profile keeps by name). */
export const TIME_ZONES: Record<string, string> = {
  ...ZONE_ABBREVIATIONS,
  'anywhere on earth': '-12:00',
  'finnish time': 'Europe/Helsinki',
  'finland time': 'Europe/Helsinki',
  'helsinki time': 'Europe/Helsinki',
  'finnish local time': 'Europe/Helsinki',
  'suomen aikaa': 'Europe/Helsinki',
  // Finnish, in the genitive the postings write ("klo 23:59 paikallista Helsingin aikaa"), and Swedish.
  'suomen aika': 'Europe/Helsinki',
  'paikallista suomen aikaa': 'Europe/Helsinki',
  'helsingin aikaa': 'Europe/Helsinki',
  'helsingin aika': 'Europe/Helsinki',
  'paikallista helsingin aikaa': 'Europe/Helsinki',
  'finsk tid': 'Europe/Helsinki',
  'finländsk tid': 'Europe/Helsinki',
  'helsingfors tid': 'Europe/Helsinki',
  'helsingforstid': 'Europe/Helsinki',
  'svensk normaltid': 'Europe/Stockholm',
  'stockholmstid': 'Europe/Stockholm',
  'ruotsin aikaa': 'Europe/Stockholm',
  'german time': 'Europe/Berlin',
  'berlin time': 'Europe/Berlin',
  'swedish time': 'Europe/Stockholm',
  'stockholm time': 'Europe/Stockholm',
  'central european time': 'Europe/Berlin',
  'central european summer time': 'Europe/Berlin',
  mez: '+01:00',
  mesz: '+02:00',
  'eastern time': 'America/New_York',
  'pacific time': 'America/Los_Angeles',
  'indian standard time': 'Asia/Kolkata',
  'east africa time': 'Africa/Nairobi',
  'east african time': 'Africa/Nairobi',
  'south africa standard time': 'Africa/Johannesburg',
  'south african time': 'Africa/Johannesburg',
  'west africa time': 'Africa/Lagos',
  'central africa time': 'Africa/Maputo',
  'central europe time': 'Europe/Berlin',
  'central european standard time': 'Europe/Berlin',
  'eastern european time': 'Europe/Helsinki',
  'brasilia time': 'America/Sao_Paulo',
  'brasília time': 'America/Sao_Paulo',
  'japan standard time': 'Asia/Tokyo',
  'korea standard time': 'Asia/Seoul',
  'china standard time': 'Asia/Shanghai',
  'hong kong time': 'Asia/Hong_Kong',
  'singapore time': 'Asia/Singapore',
  'israel time': 'Asia/Jerusalem',
  'central standard time': 'America/Chicago',
  'atlantic time': 'America/Halifax',
  'australian eastern standard time': 'Australia/Sydney',
  'sydney time': 'Australia/Sydney',
  'new zealand time': 'Pacific/Auckland',
  'irish time': 'Europe/Dublin',
  'dublin time': 'Europe/Dublin',
  'swiss time': 'Europe/Zurich',
  'zurich time': 'Europe/Zurich',
  'oslo time': 'Europe/Oslo',
  'copenhagen time': 'Europe/Copenhagen',
  'amsterdam time': 'Europe/Amsterdam',
  'brussels time': 'Europe/Brussels',
  'belgian time': 'Europe/Brussels',
  'vienna time': 'Europe/Vienna',
  'austrian time': 'Europe/Vienna',
  'spanish time': 'Europe/Madrid',
  'madrid time': 'Europe/Madrid',
  'italian time': 'Europe/Rome',
  'rome time': 'Europe/Rome',
  'portuguese time': 'Europe/Lisbon',
  'lisbon time': 'Europe/Lisbon',
  'estonian time': 'Europe/Tallinn',
  'polish time': 'Europe/Warsaw',
  'czech time': 'Europe/Prague',
  'mitteleuropäische zeit': 'Europe/Berlin',
  'svensk tid': 'Europe/Stockholm',
  'norsk tid': 'Europe/Oslo',
  'dansk tid': 'Europe/Copenhagen',
  'nederlandse tijd': 'Europe/Amsterdam',
  'amsterdamse tijd': 'Europe/Amsterdam',
  'central time': 'America/Chicago',
  'uk time': 'Europe/London',
  'london time': 'Europe/London',
  'british time': 'Europe/London',
  'dutch time': 'Europe/Amsterdam',
  'cet/cest': 'Europe/Berlin',
  'heure de paris': 'Europe/Paris',
  'french time': 'Europe/Paris',
  'paris time': 'Europe/Paris',
  'norwegian time': 'Europe/Oslo',
  'danish time': 'Europe/Copenhagen',
  'mountain time': 'America/Denver',
  'pacific standard time': 'America/Los_Angeles',
  'eastern standard time': 'America/New_York',
  // US zones by region, with or without "time": IANA names, so that summer time is right. The bare words and the
  // generic abbreviations (ET, CT, MT, PT, AKT, HT) are read only where dates.ts allows (capitals, not "Eastern Europe").
  et: 'America/New_York',
  eastern: 'America/New_York',
  'eastern daylight time': 'America/New_York',
  'us eastern time': 'America/New_York',
  // Both of a region's abbreviations ("EST/EDT"): its clock, whichever is in force then, as "CET/CEST" is.
  'est/edt': 'America/New_York',
  'cst/cdt': 'America/Chicago',
  'mst/mdt': 'America/Denver',
  'pst/pdt': 'America/Los_Angeles',
  ct: 'America/Chicago',
  central: 'America/Chicago',
  'central daylight time': 'America/Chicago',
  'us central time': 'America/Chicago',
  mt: 'America/Denver',
  mountain: 'America/Denver',
  'mountain standard time': 'America/Denver',
  'mountain daylight time': 'America/Denver',
  'us mountain time': 'America/Denver',
  pt: 'America/Los_Angeles',
  pacific: 'America/Los_Angeles',
  'pacific daylight time': 'America/Los_Angeles',
  'us pacific time': 'America/Los_Angeles',
  akt: 'America/Anchorage',
  alaska: 'America/Anchorage',
  'alaska time': 'America/Anchorage',
  akst: '-09:00',
  akdt: '-08:00',
  ht: 'Pacific/Honolulu',
  hawaii: 'Pacific/Honolulu',
  'hawaii time': 'Pacific/Honolulu',
  hst: '-10:00',
  // Australia: the spelled names by their IANA zone (summer time follows the date), the abbreviations as written.
  'aus eastern daylight time': 'Australia/Sydney',
  'aus eastern standard time': 'Australia/Sydney',
  'aus eastern time': 'Australia/Sydney',
  'australian eastern daylight time': 'Australia/Sydney',
  'australian eastern summer time': 'Australia/Sydney',
  'australian eastern time': 'Australia/Sydney',
  'aest/aedt': 'Australia/Sydney',
  acdt: '+10:30',
  'australian central standard time': 'Australia/Adelaide',
  'australian central daylight time': 'Australia/Adelaide',
  'australian central time': 'Australia/Adelaide',
  'australian western standard time': 'Australia/Perth',
  'australian western time': 'Australia/Perth',
  'melbourne time': 'Australia/Melbourne',
  'canberra time': 'Australia/Sydney',
  'brisbane time': 'Australia/Brisbane',
  'adelaide time': 'Australia/Adelaide',
  'perth time': 'Australia/Perth',
  // Zones in the posting's own language: Spanish (the peninsula's clock, the Canaries'), German, French, Italian,
  // Portuguese (Lisbon, Brasília), Dutch (Belgium), Polish.
  'hora peninsular': 'Europe/Madrid',
  'hora peninsular española': 'Europe/Madrid',
  'hora oficial peninsular': 'Europe/Madrid',
  'horario peninsular': 'Europe/Madrid',
  'hora de madrid': 'Europe/Madrid',
  'hora de barcelona': 'Europe/Madrid',
  'hora española': 'Europe/Madrid',
  'hora de españa': 'Europe/Madrid',
  'hora canaria': 'Atlantic/Canary',
  'hora de canarias': 'Atlantic/Canary',
  'hora insular canaria': 'Atlantic/Canary',
  'spanish peninsular time': 'Europe/Madrid',
  'peninsular time': 'Europe/Madrid',
  'canary islands time': 'Atlantic/Canary',
  'deutscher zeit': 'Europe/Berlin',
  'deutsche zeit': 'Europe/Berlin',
  'mitteleuropäischer zeit': 'Europe/Berlin',
  'mitteleuropäischer sommerzeit': 'Europe/Berlin',
  'mez/mesz': 'Europe/Berlin',
  'schweizer zeit': 'Europe/Zurich',
  'österreichischer zeit': 'Europe/Vienna',
  'heure française': 'Europe/Paris',
  'heure de france': 'Europe/Paris',
  'heure locale française': 'Europe/Paris',
  "heure d'europe centrale": 'Europe/Paris',
  'heure de bruxelles': 'Europe/Brussels',
  'heure belge': 'Europe/Brussels',
  'heure suisse': 'Europe/Zurich',
  'heure de genève': 'Europe/Zurich',
  'ora italiana': 'Europe/Rome',
  'ora di roma': 'Europe/Rome',
  'ora locale italiana': 'Europe/Rome',
  'hora de lisboa': 'Europe/Lisbon',
  'hora de portugal': 'Europe/Lisbon',
  'hora de portugal continental': 'Europe/Lisbon',
  'hora portuguesa': 'Europe/Lisbon',
  'hora de brasília': 'America/Sao_Paulo',
  'hora de brasilia': 'America/Sao_Paulo',
  'horário de brasília': 'America/Sao_Paulo',
  'horario de brasilia': 'America/Sao_Paulo',
  'belgische tijd': 'Europe/Brussels',
  'czasu polskiego': 'Europe/Warsaw',
  // Latin America and French Canada, by their own names for their clocks ("tiempo del Centro" is Mexico's).
  'tiempo del centro': 'America/Mexico_City',
  'hora del centro': 'America/Mexico_City',
  'hora del centro de méxico': 'America/Mexico_City',
  'hora de la ciudad de méxico': 'America/Mexico_City',
  'hora de méxico': 'America/Mexico_City',
  'hora de chile': 'America/Santiago',
  'hora de chile continental': 'America/Santiago',
  'hora chilena': 'America/Santiago',
  'hora de argentina': 'America/Argentina/Buenos_Aires',
  'hora argentina': 'America/Argentina/Buenos_Aires',
  'hora de buenos aires': 'America/Argentina/Buenos_Aires',
  'hora de colombia': 'America/Bogota',
  'hora colombiana': 'America/Bogota',
  'hora de perú': 'America/Lima',
  'hora peruana': 'America/Lima',
  "heure de l'est": 'America/Toronto',
  "heure normale de l'est": 'America/Toronto',
  "heure avancée de l'est": 'America/Toronto',
  'heure du québec': 'America/Toronto',
  'heure de montréal': 'America/Toronto',
  'heure de l’est': 'America/Toronto',
  'heure normale de l’est': 'America/Toronto',
  'heure avancée de l’est': 'America/Toronto',
  'heure du pacifique': 'America/Vancouver',
};
// "23:59 Dutch local time" is Dutch time: a country's or city's local time names its zone (not a US region's, "Central").
for (const [words, zone] of Object.entries(TIME_ZONES)) {
  const place = /^(\p{L}+) time$/u.exec(words)?.[1];
  if (place && zone.includes('/') && !/^(?:eastern|central|mountain|pacific|atlantic|alaska|hawaii)$/u.test(place)) TIME_ZONES[`${place} local time`] ??= zone;
}

/** Month names and abbreviations (English, German, Dutch, Nordic, Finnish, French, the Iberian and Italian languages, and the languages of `languages.ts`) to month numbers. */
export const MONTHS: Record<string, number> = {
  gener: 1, janeiro: 1, febrer: 2, fevereiro: 2, març: 3, março: 3, maig: 5, maio: 5, juny: 6, junho: 6, juliol: 7, julho: 7,
  agost: 8, setembre: 9, setembro: 9, setiembre: 9, outubro: 10, novembro: 11, desembre: 12, dezembro: 12,
  january: 1, jan: 1, januar: 1, januari: 1, janvier: 1, janv: 1, gennaio: 1, enero: 1, tammikuu: 1, tammikuuta: 1,
  february: 2, feb: 2, februar: 2, februari: 2, février: 2, fevrier: 2, févr: 2, febbraio: 2, febrero: 2, helmikuu: 2, helmikuuta: 2,
  march: 3, mar: 3, märz: 3, maerz: 3, mars: 3, maart: 3, marts: 3, marzo: 3, maaliskuu: 3, maaliskuuta: 3,
  april: 4, apr: 4, avril: 4, aprile: 4, abril: 4, huhtikuu: 4, huhtikuuta: 4,
  may: 5, mai: 5, maj: 5, mei: 5, maggio: 5, mayo: 5, toukokuu: 5, toukokuuta: 5,
  june: 6, jun: 6, juni: 6, juin: 6, giugno: 6, junio: 6, kesäkuu: 6, kesäkuuta: 6,
  july: 7, jul: 7, juli: 7, juillet: 7, luglio: 7, julio: 7, heinäkuu: 7, heinäkuuta: 7,
  august: 8, aug: 8, augusti: 8, augustus: 8, août: 8, aout: 8, agosto: 8, elokuu: 8, elokuuta: 8,
  september: 9, sep: 9, sept: 9, septembre: 9, settembre: 9, septiembre: 9, syyskuu: 9, syyskuuta: 9,
  october: 10, oct: 10, oktober: 10, okt: 10, octobre: 10, ottobre: 10, octubre: 10, lokakuu: 10, lokakuuta: 10,
  november: 11, nov: 11, novembre: 11, noviembre: 11, marraskuu: 11, marraskuuta: 11,
  december: 12, dec: 12, dezember: 12, dez: 12, desember: 12, décembre: 12, decembre: 12, dicembre: 12, diciembre: 12, joulukuu: 12, joulukuuta: 12,
  // Polish and Czech, as dates write them (genitive: "6 września", "30. listopadu") and as headings do.
  stycznia: 1, styczeń: 1, ledna: 1, leden: 1, lutego: 2, luty: 2, února: 2, únor: 2, marca: 3, marzec: 3, března: 3, březen: 3,
  kwietnia: 4, kwiecień: 4, dubna: 4, duben: 4, maja: 5, května: 5, květen: 5, czerwca: 6, czerwiec: 6, června: 6, červen: 6,
  lipca: 7, lipiec: 7, července: 7, červenec: 7, sierpnia: 8, sierpień: 8, srpna: 8, srpen: 8, września: 9, wrzesień: 9, září: 9,
  października: 10, październik: 10, října: 10, říjen: 10, listopada: 11, listopadu: 11, listopad: 11, grudnia: 12, grudzień: 12, prosince: 12, prosinec: 12,
  // Slovak in the genitive ("do 31. augusta 2018"); its nominatives are the names above without their accents ("máj").
  januára: 1, februára: 2, marec: 3, apríla: 4, júna: 6, júla: 7, augusta: 8, septembra: 9, októbra: 10, novembra: 11, decembra: 12,
  // Austrian German ("15. Jänner 2027"), and the short forms of French ("15 avr. 2027", "juil.") and Dutch ("mrt").
  jänner: 1, jän: 1, feber: 2, avr: 4, juil: 7, mrt: 3,
  // Russian, Ukrainian, Bulgarian and Serbian: the genitive dates write ("15 января 2027 г.", "до 1 березня") and the nominative.
  января: 1, январь: 1, февраля: 2, февраль: 2, марта: 3, март: 3, апреля: 4, апрель: 4, мая: 5, май: 5, июня: 6, июнь: 6,
  июля: 7, июль: 7, августа: 8, август: 8, сентября: 9, сентябрь: 9, октября: 10, октябрь: 10, ноября: 11, ноябрь: 11, декабря: 12, декабрь: 12,
  січня: 1, лютого: 2, березня: 3, квітня: 4, травня: 5, червня: 6, липня: 7, серпня: 8, вересня: 9, жовтня: 10, листопада: 11, грудня: 12,
  януари: 1, февруари: 2, април: 4, юни: 6, юли: 7, септември: 9, октомври: 10, ноември: 11, декември: 12,
  јануар: 1, јануара: 1, фебруар: 2, фебруара: 2, априла: 4, мај: 5, маја: 5, јун: 6, јуна: 6, јул: 7, јула: 7,
  септембар: 9, септембра: 9, октобар: 10, октобра: 10, новембар: 11, новембра: 11, децембар: 12, децембра: 12,
  // Romanian, Hungarian ("2027. január 15."), Indonesian and Malay, Turkish.
  ianuarie: 1, februarie: 2, martie: 3, aprilie: 4, iunie: 6, iulie: 7, septembrie: 9, octombrie: 10, noiembrie: 11, decembrie: 12,
  január: 1, február: 2, március: 3, április: 4, május: 5, június: 6, július: 7, augusztus: 8, szeptember: 9, október: 10,
  maret: 3, agustus: 8, mac: 3, julai: 7, ogos: 8, disember: 12,
  ocak: 1, şubat: 2, mart: 3, nisan: 4, mayıs: 5, haziran: 6, temmuz: 7, ağustos: 8, eylül: 9, ekim: 10, kasım: 11, aralık: 12,
  // Greek, in the genitive, with and without the tonos (which the matcher does not fold).
  ιανουαρίου: 1, ιανουαριου: 1, φεβρουαρίου: 2, φεβρουαριου: 2, μαρτίου: 3, μαρτιου: 3, απριλίου: 4, απριλιου: 4, μαΐου: 5, μαιου: 5,
  ιουνίου: 6, ιουνιου: 6, ιουλίου: 7, ιουλιου: 7, αυγούστου: 8, αυγουστου: 8, σεπτεμβρίου: 9, σεπτεμβριου: 9, οκτωβρίου: 10, οκτωβριου: 10,
  νοεμβρίου: 11, νοεμβριου: 11, δεκεμβρίου: 12, δεκεμβριου: 12,
  // Arabic: the Gregorian names of Egypt and the Gulf, and those of the Levant and Iraq.
  يناير: 1, فبراير: 2, مارس: 3, أبريل: 4, ابريل: 4, مايو: 5, يونيو: 6, يوليو: 7, أغسطس: 8, اغسطس: 8, سبتمبر: 9, أكتوبر: 10, اكتوبر: 10, نوفمبر: 11, ديسمبر: 12,
  'كانون الثاني': 1, شباط: 2, آذار: 3, نيسان: 4, أيار: 5, حزيران: 6, تموز: 7, آب: 8, أيلول: 9, 'تشرين الأول': 10, 'تشرين الثاني': 11, 'كانون الأول': 12,
};

/**
 * The employer itself contacts the referees ("we will contact the referees of shortlisted candidates", "referees
 * will be contacted", "wir kontaktieren Ihre Referenzen", "nous contacterons vos référents"): letters refused for now
 * are then never the applicant's to send, so they are not wanted, not asked for later.
 */
export const EMPLOYER_CONTACTS_REFEREES =
  /\b(?:we|the (?:committee|panel|department|school|university|search committee|selection committee))\s+(?:will|shall|may|would)\s+(?:then\s+)?(?:contact|approach|reach out to|write to|request letters from)\b[^.;]{0,40}\b(?:referees?|references|recommenders?)\b|\b(?:referees?|recommenders?)\b[^.;]{0,40}\b(?:will|shall|may) be (?:contacted|approached)\b|\bwir (?:kontaktieren|kontaktieren dann|wenden uns an)\b[^.;]{0,40}\b(?:referenz\p{L}*|gutachter\p{L}*)|\b(?:referenz\p{L}*|gutachter\p{L}*) werden\b[^.;]{0,30}\bkontaktiert\b|\bnous (?:contacterons|contacteront)\b[^.;]{0,40}\b(?:référents?|référent\p{L}*|répondants?)\b/iu;

/**
 * An opening whose list names the cases the documents are for, not documents: "Hakemukseen sisällytetään alla
 * mainitut liitteet silloin kun hakemus koskee", "Include the attachments below when the application concerns:",
 * "if you apply for:", "wenn sich der Antrag auf ... bezieht:", "om ansökan gäller:", "lorsque la demande concerne :".
 */
export const SCOPE_LIST_OPENING =
  /(?:\b(?:silloin )?kun (?:hakemus|haku) koskee|\bjos (?:hakemus|haku) koskee|\b(?:when|if|where) (?:the|your) application (?:concerns|is for|relates to)(?: one of the following)?|\bif you (?:are )?apply(?:ing)? (?:for|to)(?: one of)?(?: the following)?(?: (?:schemes|calls|programmes|programs|instruments))?|\bwenn (?:sich )?(?:der|ihr) antrag (?:betrifft|sich bezieht auf|auf folgendes bezieht)|\bom ansökan (?:gäller|avser)|\blorsque la demande (?:concerne|porte sur)|\bals (?:de|uw) aanvraag (?:betrekking heeft op|gaat over))\s*[:：]?\s*$/iu;

/**
 * A list entry's label that says which call or applicants the documents after it are for: "lisäksi vain
 * akatemiatutkija- ja tutkijatohtorihaussa:", "additionally, only for postdoctoral applications:", "nur im
 * Postdoc-Programm:". The documents after it are asked for in that case only.
 */
export const SCOPE_LABEL =
  /^(?:lisäksi\s+)?vain\s+[\p{L}\s-]{3,80}?(?:haussa|haussa\s+\p{L}+|hakemuksissa|hakemuksessa)$|^(?:(?:and\s+)?(?:additionally|in addition|also),?\s+)?only\s+(?:for|in)\s+(?:the\s+)?[\p{L}\s-]{3,60}?\s(?:calls?|applications?|schemes?|programmes?|programs?|competitions?)$|^(?:zusätzlich\s+)?nur\s+(?:im|in der|für die|für das|beim)\s+[\p{L}\s-]{3,60}$/iu;

/**
 * A numbered entry that heads a step of the process or the set of attachments, not a document: "3. Selection",
 * "4. Evaluation criteria", "1. Hakemuksen liitteet, kun haetaan ...", "2. Auswahlverfahren", "Bilagor".
 */
export const STEP_OR_SET_HEADING =
  /^(?:(?:the\s+)?(?:selection|evaluation|assessment|review|interviews?|shortlisting|decision|admission|results?)(?:\s+(?:process|procedure|criteria|committee|stage|phase))?|(?:application\s+)?(?:attachments|appendices|enclosures)|(?:hakemuksen\s+)?liitteet|valinta(?:prosessi|menettely)?|arviointi|auswahl(?:verfahren)?|begutachtung|anlagen|bilagor|urval(?:sprocess(?:en)?)?|bijlagen|selectie(?:procedure)?|sélection|évaluation|pièces jointes)\s*(?:[,:.–-].*)?$/iu;

/** A procedure that names a step of the application ("Première inscription", "Constitution du dossier de réinscription"). */
export const PROCEDURE = /\b(?:(?:ré|re-?)?inscriptions?|(?:re-?)?registration|(?:re-?)?enrol(?:l)?ment|renewal|admission|(?:first|new) applica(?:tion|nts)|rückmeldung|(?:wieder)?einschreibung|reinscripción|matrícula|iscrizione)\b/iu;
/** A later procedure than the first application: re-registering, renewing ("Constitution du dossier de réinscription"). */
export const REPEAT_PROCEDURE = /\b(?:ré-?inscriptions?|re-?inscriptions?|re-?registration|re-?enrol(?:l)?ment|renewal|continuing students|rückmeldung|wiedereinschreibung|reinscripción|rinnovo (?:dell['’])?iscrizione|(?:deuxièmes?|seconde?s?) inscriptions?)\b/iu;

/**
 * Finnish document words the importer knows, each with its inflected forms (genitive "hakemuskirjeen", partitive
 * "tutkimussuunnitelmaa", translative "liitteeksi"): a title takes the nominative; a plural nominative ("suosituskirjeet") is one already and stays.
 */
export const FINNISH_NOMINATIVES: readonly (readonly [RegExp, string])[] = [
  [/kirje(?:en|ttä|eseen|enä|eksi|essä|estä|elle|iden|itä|ineen)$/u, 'kirje'],
  [/luettelo(?:n|a|on|ssa|sta|ksi|na|lle|jen|ja|ineen)$/u, 'luettelo'],
  [/suunnitelma(?:n|a|an|ssa|sta|ksi|na|lle|ineen)$/u, 'suunnitelma'],
  [/todistu(?:ksen|sta|kseen|ksena|kseksi|ksessa|sten|ksia|ksineen)$/u, 'todistus'],
  [/selvity(?:ksen|stä|kseen|ksenä|kseksi)$/u, 'selvitys'],
  [/hakemu(?:ksen|sta|kseen|ksena|kseksi)$/u, 'hakemus'],
  [/lausun(?:non|toa|toon|tona|noksi|tojen|toja)$/u, 'lausunto'],
  [/(?<=rekisteri|suoritus)ot(?:teen|etta|teeseen|teena|teeksi|teiden)$/u, 'ote'],
  [/lomak(?:keen|etta|keeseen|keena|keeksi|keiden)$/u, 'lomake'],
  [/tiivistelmä(?:n|ä|än|nä|ksi)$/u, 'tiivistelmä'],
  [/julkaisu(?:n|a|un|ksi|jen|ja)$/u, 'julkaisu'],
];

/** Small Finnish words: a sentence with one is Finnish. */
export const FINNISH_WORDS = /(?:^|[\s,(])(?:ja|sekä|tai|on|ovat|tulee|pyydetään|liitteiksi|liitteeksi|hakemukseen|hakemuksen|mahdolliset)(?=[\s,.)]|$)/iu;
