/**
 * The words of postings in Spanish, Catalan, Portuguese, Italian, Danish and Norwegian, Chinese and Japanese, Korean, Polish, Czech, Hebrew, Turkish,
 * Russian, Ukrainian, Bulgarian and Serbian, Romanian, Hungarian, Greek, Indonesian and Malay, Vietnamese, Arabic
 * and French and Dutch (beyond `phrases.ts`), one table per language,
 * merged into the tables of `phrases.ts`. Written from the languages' usual wording of academic calls (not from any one
 * posting), so that a posting phrased differently from the ones the importer was tuned on is still read.
 *
 * Patterns are matched without regard to accents (`match.ts` `accentFree`): "curriculo" finds "currículo".
 */
import type { ItemKind } from '../schema/vocabulary.js';

/** What one language contributes to each phrase table. */
export interface LanguagePhrases {
  kinds: Partial<Record<Exclude<ItemKind, 'other'>, RegExp[]>>;
  /** Documents outside the kinds (passport copy, application form, photo). */
  other: RegExp[];
  /** A sentence or heading that introduces the list of documents. */
  listTriggers: RegExp[];
  /** Verbs of containing or including ("constará de", "contiendra"): with an application noun they open a list. */
  containVerbs: RegExp[];
  /** Verbs of sending, attaching or uploading ("adjunte", "joignez"): before a colon they open a list. */
  sendVerbs: RegExp[];
  /** The application or its documents ("la solicitud", "le dossier", "ansøgningen"). */
  applicationNouns: RegExp[];
  /** A sentence that asks for what it names. */
  requestCues: RegExp[];
  optional: RegExp[];
  later: RegExp[];
  condition: RegExp[];
  notWanted: RegExp[];
  deadline: RegExp[];
  openUntilFilled: RegExp[];
  /** Headings of lists that are not documents (duties, requirements of the candidate, what is offered). */
  notDocumentLists: RegExp[];
  singlePdf: RegExp[];
  separateFiles: RegExp[];
  /** List entries that are a step to take or a condition to meet, not a document ("Estar titulado"), from their start. */
  steps?: RegExp[];
}

const es: LanguagePhrases = {
  kinds: {
    // "Curriculum" alone is Spanish or Catalan; in English or Dutch it is a course of study ("the undergraduate curriculum", "het curriculum").
    cv: [/(?<!\b(?:the|our|your|a|undergraduate|graduate|core|school|teaching|new|existing|national|medical|department|program|programme|het|de|bestaande) )\bcurriculum(?![ -](?:development|design|and|of|for|in|reform|committee|planning|innovation|at|that|which|to|vitae?\b))\b/, /\b(?:curriculo|hoja de vida|cv abreviado|cvn|sintesis curricular|resumen curricular)\b/],
    cover_letter: [/\bcartas? de (?:presentacion|solicitud|candidatura|interes)\b/],
    // "una carta que presente los propósitos": a letter that states the applicant's aims.
    motivation_letter: [/\bcartas? (?:de motivacion|de motivos|motivacional|de exposicion de motivos|de propositos|(?:que (?:presente|exponga|explique|describa)n? )(?:los |sus )?(?:propositos|motivos|motivaciones|objetivos))\b/, /\b(?:declaracion de intenciones|exposicion de motivos)\b/],
    research_plan: [
      /\b(?:propuesta|proyecto|plan|memoria|anteproyecto|borrador|protocolo)(?: \((?:o )?[a-z]+\))? (?:de (?:la )?)?(?:investigacion|tesis(?: doctoral)?|proyecto|trabajo(?: (?:de|para) (?:la )?tesis(?: doctoral)?)?)\b/,
      /\b(?:propuesta|memoria) (?:cientifica|del proyecto|de proyecto)\b/,
      // "Memoria descriptiva del proyecto de investigación": the account of the project to be done.
      /\bmemoria descriptiva(?: del proyecto)?\b/,
      /\btexto del proyecto\b/,
    ],
    research_statement: [/\b(?:resumen|descripcion|memoria) (?:de (?:la |su )?)?(?:trayectoria (?:investigadora|cientifica)|actividad investigadora|lineas de investigacion|intereses de investigacion)\b/],
    teaching_statement: [/\b(?:proyecto docente|filosofia docente|declaracion de (?:filosofia )?docen(?:te|cia)|experiencia docente acreditada)\b/],
    transcript: [
      /\b(?:record de (?:calificaciones|notas)|expediente academico|certificados? analiticos?|certificados? (?:academicos? )?de (?:los )?(?:notas|calificaciones|estudios)|certificacion(?:es)? (?:academicas? )?de (?:las )?(?:asignaturas|calificaciones|notas)|certificacion(?:es)? academicas?(?: personal)?|historial academico|relacion de calificaciones|certificados? academicos?|constancias? de (?:notas|calificaciones|estudios)|record academico|concentracion de notas)\b/,
    ],
    thesis: [/\b(?:tesis(?: doctoral| de (?:master|maestria|grado))?|tesina|trabajo (?:de )?fin(?:al)? de (?:master|grado|maestria)|tfm|tfg)\b/],
    publication_list: [/\b(?:lista|listado|relacion) (?:completa )?de (?:sus )?publicaciones\b/],
    writing_sample: [/\b(?:muestras? de (?:escritura|trabajo|textos)|ejemplos? de (?:un |una |sus? )?trabajos? (?:academicos?|cientificos?|de investigacion)|(?:copia|copias|fotocopias?|separatas) (?:de )?(?:las |sus |la |una |su )?(?:publicaciones|publicacion|articulos|articulo)|publicaciones (?:seleccionadas|mas relevantes|representativas))\b/],
    references: [
      /\bcartas? de (?:recomendacion|referencia|aval)\b/,
      /\b(?:referencias|personas de referencia|contactos de referencia)\b/,
      // "Dos cartas de presentación, emitidas por profesores": letters about the applicant, from others.
      /\bcartas?(?:\/s)? de (?:presentacion|recomendacion)[^.;]{0,30}?\b(?:emitidas?|firmadas?|escritas?|por parte) (?:por|de)\b/,
      // "Carta de presentación de un profesor universitario": a letter from someone else about the applicant.
      /\bcartas?(?:\/s)? de (?:presentacion|recomendacion) de (?:un|una|dos|tres|sus|los|las) (?:\p{L}+ )?(?:profesor(?:a|es|as)?|investigador(?:a|es|as)?|academic[oa]s?|docentes?|director(?:a|es)?|tutor(?:a|es)?)\b/u,
    ],
    diplomas: [
      /\b(?:copias? (?:compulsadas? )?del? )?(?:titulos?|diplomas?) (?:universitarios?|academicos?|oficiales?|de (?:grado|licenciad[oa]|master|maestria|doctor(?:ado)?))\b/,
      /\bcopias? (?:compulsadas? )?del? titulos?\b/,
      /\b(?:titulacion academica|certificado de (?:titulo|graduacion))\b/,
      // "Certificado(s) de Título(s) y Grado(s)": Chilean pages write the plural in brackets.
      /\bcertificados?(?:\(s\))? de (?:titulos?|grados?)(?:\(s\))?/,
      // "aportar la documentación en relación con su titulación": the papers of the degree.
      /\bdocumentacion (?:en relacion con|relativa a|acreditativa de) (?:su|la|sus|las) (?:titulacion|titulo)(?:es|s)?\b/,
      /\b(?:grados? (?:academicos? )?de (?:maestro|magister|master|maestria|bachiller|doctor|licenciad[oa])|titulos? (?:que dan acceso|de acceso)|titulos? de (?:grado|maestria|master|licenciatura))\b/,
    ],
    language_certificate: [
      /\b(?:certificados? (?:oficiales? )?de (?:idiomas?|ingles|espanol|nivel de (?:ingles|idioma))|acreditacion (?:del nivel )?de (?:ingles|idiomas?|espanol))\b/,
      /\b(?:constancia|certificado|documentacion acreditativa) de (?:suficiencia|dominio|conocimiento) (?:de|del) (?:un |una )?(?:idioma|lengua|ingles|espanol)\b|\bconocimiento acreditado de (?:la )?(?:lengua |idioma )?\p{L}+/u,
      // "Certificación que acredite el nivel de inglés exigido": a document proving the level.
      /\b(?:certificacion|certificado|documentacion|documento)s? (?:oficial(?:es)? )?(?:que (?:acredite|certifique|demuestre)n? |acreditativ[oa]s? )?(?:el |del |de )?nivel de (?:ingles|idiomas?|espanol|lengua (?:extranjera|inglesa))\b/,
      // "una certificación que acredite el dominio del idioma".
      /\b(?:certificacion|certificado|constancia)s? que (?:acredite|certifique|demuestre)n? (?:el )?(?:dominio|conocimiento) (?:del? )?(?:idioma|lengua|ingles|espanol)\b/,
    ],
    portfolio: [/\bportafolios?\b/],
  },
  other: [
    /\b(?:(?:foto)?copia (?:del |de su |de la )?(?:pasaporte|dni|nie|cedula(?: de identidad)?|documento (?:nacional )?de identidad)|documento (?:nacional )?de identidad|pasaporte|dni|cedula de identidad)\b/,
    /\b(?:formulario|impreso|modelo) de (?:solicitud|inscripcion)\b/,
    // "presentarán su solicitud, mediante instancia, que estará disponible en ...": the application form ("instancia" alone is also "stage").
    /\b(?:instancia (?:de solicitud|normalizada|oficial)|(?<=mediante (?:una |la )?)instancia)\b/,
    /\bfotografias?(?: (?:reciente|tamano carne))?\b/,
    // "enviar la presolicitud firmada electrónicamente por el/la Director/a": the signed pre-application, a form.
    /\b(?:presolicitud(?:es)?|pre-solicitud(?:es)?)(?: firmadas?)?\b/,
    /\b(?:solicitud de (?:admision|inscripcion)|ficha de (?:admision|inscripcion)|(?:recibo|comprobante|justificante) de pago|fotos? digital(?:es)?|constancia de cesion de datos|(?:acta|partida|certificado) de nacimiento|(?:informe|carta) (?:o aval )?(?:de|del) (?:director|tutor)|aval del (?:director|tutor))\b/,
  ],
  listTriggers: [
    /\b(?:documentacion|documentos) (?:requerid[oa]s?|necesari[oa]s?|a (?:presentar|aportar|adjuntar|enviar)|que (?:se )?debe(?:n|ra|ran)? (?:presentar|aportar|adjuntar))\b/,
    /\b(?:la siguiente documentacion|los siguientes documentos|(?:lista|listado|relacion) de (?:la )?(?:documentos|documentacion))\b/,
    /\b(?:documentos|documentacion) que (?:acompanan|acompana|se acompanan|deben acompanar|debe acompanar|hay que adjuntar)\b/,
    /\b(?:la solicitud|las solicitudes|la candidatura)\b[^.]{0,30}\b(?:debe(?:n|ra|ran)? (?:incluir|contener|ir acompanad[ao]s?)|incluira|contendra)\b/,
    /\b(?:deberan|deben|debera|debe|deberas|tienen que|habra que|hay que|es necesario) (?:presentar|enviar|adjuntar|aportar|remitir|incluir|subir)\b/,
    /\b(?:como solicitar|para solicitar|para presentar (?:la|su) (?:solicitud|candidatura))\b/,
    /\b(?:enviar|envie|envien|adjuntar|adjunte|aportar|remitir)\b[^.]{0,40}\b(?:la siguiente|los siguientes)\b/,
  ],
  containVerbs: [/\b(?:inclu(?:ir|ira|iran|ya|yan|ye|yen)|conten(?:er|dra|dran|ga|gan)|contien(?:e|en)|comprend(?:er|era|eran|a|an)|const(?:ar|ara|aran|a|e|en) de|compuest[ao]s? (?:de|por))\b/],
  sendVerbs: [/\b(?:envi(?:ar|e|en|ara|aran)|adjunt(?:ar|e|en|ara|aran)|aport(?:ar|e|en|ara|aran)|present(?:ar|en|ara|aran)|remit(?:ir|a|an)|sub(?:ir|a|an))\b/],
  applicationNouns: [/\b(?:solicitud(?:es)?|candidaturas?|documentacion|documentos)\b/],
  requestCues: [/\bse (?:precisa|requiere|necesita|debe(?:n|ra|ran)?(?: de)?) (?:que|solicitar|presentar|enviar|adjuntar|aportar|completar|incluir|entregar)\b|\b(?:enviar|envie|envien|enviad|remitir|remita|adjuntar|adjunte|adjunten|aportar|aporte|presentar|incluir|incluya|subir|suba|acompanar|acompanad[oa]s?|adjunt[oa]s?|enviad[oa]s?)\b/],
  optional: [/\b(?:opcional(?:mente)?|de forma opcional|voluntari[oa]|si (?:se )?dispone|si lo desea|si los hubiera|si tiene|se valorara)\b/],
  // "se solicitarán solo a las personas preseleccionadas", "en caso de ser contratado".
  later: [/\b(?:en una fase posterior|posteriormente|mas adelante|a peticion|si (?:es|resulta|fuera) seleccionad[oa]|(?:candidat[oa]s|personas|solicitantes|aspirantes|postulantes) (?:pre)?seleccionad[oa]s|antes de la (?:incorporacion|firma del contrato|contratacion)|en la entrevista|para la entrevista|en (?:el )?caso de (?:ser )?(?:contratad|seleccionad)[oa]|al momento de la contratacion|(?:a|para) (?:la persona|el candidato|la candidata|quien resulte) (?:seleccionad[oa]|ganador[a]?|elegid[oa]|contratad[oa]))\b|\bno\b[^.]{0,80}\b(?:en esta fase|en esta etapa|en esta instancia|en este momento|por ahora|por el momento|en la primera fase|en la primera etapa)\b|\bno (?:envie|envien|adjunte|adjunten|incluya|incluyan|remita|remitan|mande|manden|presente|presenten)\b[^.,;]{0,60}\b(?:todavia|aun|de momento)\b/],
  condition: [
    // "(si aplica)", "De no contar con lo anterior, presentar ...", "Para aquellos solicitantes no hispanohablantes se solicita ...".
    /\b(?:si aplica|cuando aplique|de no (?:contar|tener|disponer) con|para aquell[oa]s (?:solicitantes|candidat[oa]s|aspirantes|postulantes|estudiantes))\b/,
    /\b(?:si procede|en su caso|cuando proceda|segun (?:corresponda|proceda)|en (?:el )?caso de|solo para|unicamente para|para (?:los |las )?(?:candidat[oa]s|solicitantes|aspirantes) (?:extranjer[oa]s|internacionales|de fuera|que|con|cuy[oa]s?))\b/,
    /\bsi (?:su|el|la|sus|los|las|usted|el candidato|la candidata) (?:titulo|lengua|idioma|titulacion|candidat[oa]|solicitante|no|tiene|ha)\b/,
  ],
  // "Las cartas no deben enviarse", "no se deben adjuntar": the passive and impersonal refusals.
  notWanted: [/\bno (?:envie|enviar|envien|adjunte|adjuntar|adjunten|incluya|incluir|es necesario (?:enviar|adjuntar|aportar|incluir)|(?:es|son) (?:necesari[oa]s?|requerid[oa]s?|exigid[oa]s?)|se (?:requiere|requieren|aceptaran|admitiran|tendran en cuenta)|(?:debe|deben) (?:enviarse|adjuntarse|incluirse)|se (?:debe|deben) (?:enviar|adjuntar|incluir))\b/],
  // "Desde el 24/10/2019 00:00h hasta el 14/11/2019 14:00h": the period to apply in, which ends on the deadline.
  deadline: [/\b(?:plazo(?: de (?:presentacion|solicitud|inscripcion))?|fecha limite|a mas tardar|no mas tarde del?)\b|\bdesde el\b[^.]{0,60}\bhasta el\b|^fecha oficial:?\s+(?=\d)/],
  openUntilFilled: [/\bhasta (?:que se cubra|cubrir) (?:la|el) (?:plaza|puesto|vacante)\b/],
  notDocumentLists: [/\b(?:requisitos|funciones|tareas|se ofrece|ofrecemos|perfil (?:del candidato|buscado)|criterios de (?:seleccion|valoracion|evaluacion)|meritos|conocimientos y (?:habilidades|competencias)|(?:competencias|habilidades) (?:requeridas|necesarias))\b/],
  singlePdf: [/\b(?:en )?un (?:unico|solo) (?:archivo|fichero|documento|pdf)\b/],
  separateFiles: [/\b(?:por separado|(?:archivos|ficheros|documentos) (?:separados|independientes))\b/],
  steps: [/^(?:estar|ser|tener|poseer|participar|aprobar|presentar (?:el |un )?examen|sustentar|cursar)\s/],
};

const ca: LanguagePhrases = {
  kinds: {
    cover_letter: [/\bcart(?:a|es) de (?:presentacio|sol·licitud|candidatura)\b/],
    motivation_letter: [/\bcart(?:a|es) de motivacio(?:ns)?\b/, /\bexposicio de motius\b/],
    // "Memòria descriptiva del projecte d'investigació": the account of the project to be done.
    research_plan: [/\b(?:proposta|projecte|pla|memoria|avantprojecte) (?:de )?(?:recerca|tesi(?: doctoral)?|treball|investigacio)\b/, /\bmemoria (?:descriptiva|cientifica|cientificotecnica)(?: del projecte)?\b/],
    teaching_statement: [/\b(?:projecte docent|filosofia docent)\b/],
    transcript: [/\b(?:expedient academic|certificat (?:academic )?de (?:notes|qualificacions)|certificat academic)\b/],
    thesis: [/\b(?:tesi(?: doctoral| de master)?|tesina|treball (?:de )?fi(?:nal)? de (?:master|grau))\b/],
    publication_list: [/\b(?:llista|llistat|relacio) (?:completa )?de (?:les )?publicacions\b/],
    writing_sample: [/\b(?:publicacions (?:seleccionades|mes rellevants)|copies? de (?:les )?publicacions)\b/],
    references: [/\bcart(?:a|es) de (?:recomanacio|referencia)\b/, /\breferencies\b/],
    diplomas: [/\b(?:copia (?:compulsada )?del? )?(?:titols?|diplomes?) (?:universitaris?|academics?|oficials?|de (?:grau|llicenciatura|master|doctor(?:at)?))\b/, /\bcopia (?:compulsada |confrontada |autenticada )?del? titol\b/],
    language_certificate: [/\b(?:certificats? (?:oficials? )?d'(?:idiomes?|angles)|acreditacio (?:del nivell )?d'(?:angles|idiomes?))\b/],
  },
  other: [
    /\b(?:copia del (?:passaport|dni)|document d'identitat|passaport)\b/,
    /\bformulari de sol·licitud\b/,
    // "Certificat d'estar admés en un programa de doctorat", "Fotocòpia del llibre de família", "Certificat de la vida laboral".
    /\b(?:certificat d'estar (?:admes|admesa|matriculad[ae]|inscrit|inscrita)(?: en un programa de doctorat)?|(?:fotocopia del )?llibre de familia|certificat de (?:la )?vida laboral)\b/,
  ],
  listTriggers: [
    /\b(?:documentacio|documents) (?:requerida|requerits|necessaria|necessaris|a (?:presentar|aportar|adjuntar))\b/,
    /\b(?:la documentacio seguent|la seguent documentacio|els documents seguents|els seguents documents)\b/,
    /\b(?:cal|caldra|han de|s'ha d'|s'han d'|heu d') ?(?:presentar|enviar|adjuntar|aportar|incloure|trametre)\b/,
    /\bla sol·licitud (?:ha d'|haura d')(?:incloure|contenir|anar acompanyada)\b/,
    // "Documents que acompanyen la sol·licitud": the heading over the list of attachments.
    /\b(?:documents|documentacio) que (?:acompanyen|acompanya|cal adjuntar|s'han? d'adjuntar|cal presentar)\b/,
  ],
  containVerbs: [/\b(?:incloure|inclou|inclour(?:a|an)|contenir|conte|contindr(?:a|an)|comprendre|compren)\b/],
  sendVerbs: [/\b(?:enviar|envieu|adjuntar|adjunteu|aportar|aporteu|presentar|presenteu|trametre|trameteu)\b/],
  applicationNouns: [/\b(?:sol·licitud|candidatura|documentacio|documents)\b/],
  requestCues: [/\b(?:enviar|envieu|adjuntar|adjunteu|aportar|aporteu|presentar|presenteu|incloure|incloeu|trametre|lliurar|adjunt[as]?)\b/],
  optional: [/\b(?:opcional(?:ment)?|si se'n disposa|voluntari[as]?)\b/],
  later: [/\b(?:en una fase posterior|posteriorment|si (?:es|resulta) seleccionad[ae]|abans de la (?:incorporacio|signatura del contracte))\b/],
  // "Currículum dels tutors, si els hagués": only when there are any.
  condition: [/\b(?:si escau|si s'escau|en (?:el )?cas de|nomes per a|per als? (?:candidats|sol·licitants) (?:estrangers|internacionals|que)|si (?:els |les |n')?(?:hagues|haguessin|hi ha|hi hagues))\b/, /\ben (?:el )?cas d['’](?=\p{L})/u],
  notWanted: [/\bno (?:envieu|cal (?:enviar|adjuntar|presentar)|s'acceptaran|adjunteu)\b/],
  deadline: [/\b(?:termini(?: de presentacio)?|data limit)\b/],
  openUntilFilled: [/\bfins a cobrir la placa\b/],
  notDocumentLists: [/\b(?:requisits|funcions|tasques|oferim|perfil|criteris de (?:seleccio|valoracio))\b/],
  singlePdf: [/\b(?:en )?un (?:unic|sol) (?:fitxer|document|pdf)\b/],
  separateFiles: [/\b(?:per separat|fitxers separats)\b/],
};

const pt: LanguagePhrases = {
  kinds: {
    cv: [/\b(?:curriculo(?: lattes)?|curriculum lattes)\b/],
    cover_letter: [/\bcartas? (?:de (?:apresentacao|candidatura)|do candidato solicitando)\b/],
    motivation_letter: [/\b(?:cartas? de (?:motivacao|intencoes|intencao)|declaracao de (?:motivacao|intencoes))\b/],
    research_plan: [/\b(?:proposta|projeto|projecto|plano|anteprojeto|pre-projeto) (?:de )?(?:investigacao|pesquisa|trabalho|tese|doutoramento|doutorado)\b/, /\bdescricao (?:detalhada )?do (?:projeto|projecto)\b/],
    transcript: [/\b(?:transcric(?:ao|oes)(?: (?:academicas?|de notas|d[oa]s? (?:diplomas?|graus?|cursos?)))?|historico (?:escolar|academico)|certificado (?:de notas|com (?:as )?(?:notas|classificacoes))|boletim de notas)\b/],
    thesis: [/\b(?:dissertacao(?: de mestrado)?|tese(?: de (?:mestrado|doutoramento|doutorado))?|trabalho de conclusao de curso)\b/],
    publication_list: [/\blista (?:completa )?de publicacoes\b/],
    writing_sample: [/\b(?:publicacoes (?:selecionadas|mais relevantes)|copias? (?:das|de) (?:publicacoes|artigos)|copias? d[oa]s? artigos? publicados?)\b/],
    references: [/\bcartas? de (?:recomendacao|referencia)\b/, /\breferencias\b/],
    diplomas: [/\b(?:copia (?:autenticada )?do )?(?:diplomas?|certificados?) (?:de (?:conclusao|licenciatura|mestrado|doutoramento|doutorado|graduacao|habilitacoes))\b/, /\bcopia (?:autenticada )?do diploma\b/, /\bcertificado de habilitacoes\b/, /\bcomprovante (?:do|de) (?:titulo|grau|diploma) de (?:doutor|mestre)\b/],
    language_certificate: [/\b(?:certificado|comprovante|comprovativo) de (?:proficiencia|conhecimento) (?:em|de) (?:ingles|lingua)\b/, /\bexames? de proficiencia(?: em (?:lingua|idioma)(?: estrangeira| inglesa)?)?\b/, /\b(?:certificado|comprovante|comprovativo|declaracao)(?: \p{L}+)? de proficiencia(?: (?:de )?nivel [abc][12])?(?: (?:em|no|na) (?:idioma |lingua )?(?:ingles|inglesa|portugues|portuguesa|espanhol|frances))?/u],
  },
  other: [/\b(?:copia do (?:passaporte|documento de identificacao|cartao de cidadao|bilhete de identidade)|documento de identificacao|cartao de cidadao|bilhete de identidade|passaporte)\b/, /\b(?:formulario de (?:candidatura|inscricao)|ficha de inscricao)\b/],
  listTriggers: [
    /\b(?:documentos|documentacao) (?:necessari[oa]s?|exigid[oa]s?|requerid[oa]s?|obrigatori[oa]s?|a (?:apresentar|anexar|enviar|submeter)|a ser(?:em)? (?:enviad|apresentad|anexad|submetid|entregue)[oa]?s?)\b/,
    /\b(?:os seguintes documentos|a seguinte documentacao)\b/,
    /\ba candidatura (?:deve|devera) (?:incluir|conter|ser acompanhada)\b/,
    /\b(?:devem|deve|deverao|devera) (?:enviar|apresentar|anexar|submeter|incluir|remeter)\b/,
    /\be (?:preciso|necessario) (?:enviar|apresentar|anexar|submeter|remeter)\b/,
  ],
  containVerbs: [/\b(?:inclu(?:ir|ira|irao|a|am|i)|conter|contera|conterao|contem|contenha|contenham|compreend(?:er|era|e|a)|compost[ao]s? (?:por|de)|constituid[ao]s? (?:por|de))\b/],
  sendVerbs: [/\b(?:enviar|envie|enviem|anexar|anexe|anexem|submeter|submeta|apresentar|apresente|remeter|carregar)\b/],
  applicationNouns: [/\b(?:candidaturas?|documentos|documentacao)\b/],
  requestCues: [/\b(?:enviar|envie|anexar|anexe|submeter|submeta|apresentar|apresente|incluir|inclua|remeter|carregar|anexad[oa]s?|enviad[oa]s?)\b/],
  optional: [/\b(?:opcional|facultativ[oa]|se (?:disponivel|houver)|caso (?:exista|possua))\b/],
  // "... não são necessárias nesta fase": not now, so asked for later.
  later: [/\b(?:numa fase posterior|em fase posterior|posteriormente|se (?:for )?selecionad[oa]|(?:candidat[oa]s|pessoas) (?:pre-?)?selecionad[oa]s|em caso de contratacao|antes da contratacao|no momento da contratacao|(?:para|a|ao|do|da) (?:o |a )?candidat[oa] (?:selecionad|aprovad|contratad)[oa])\b|\bnao\b[^.]{0,80}\b(?:nesta fase|neste momento|por enquanto|por ora|na primeira fase|nesta etapa|na primeira etapa)\b/],
  condition: [/\b(?:se aplicavel|quando aplicavel|(?:no|em) caso de|apenas para|somente para|para (?:os )?candidatos (?:estrangeiros|internacionais|que|com))\b/, /\(se (?:for |tiver |houver )?(?:estrangeir|brasileir|aplicavel|do sexo|possuir|casad|naturalizad)/],
  notWanted: [/\bnao (?:envie|enviar|anexe|anexar|e necessari[oa]|sao necessari[oa]s|e exigid[oa]|sao exigid[oa]s|(?:sao|serao) (?:aceites|aceit[oa]s|considerad[oa]s)|sera aceit[oa]|(?:sera|serao) tid[oa]s? em conta)\b/],
  deadline: [/\b(?:prazo(?: de (?:candidatura|submissao|inscricao))?|data limite)\b/],
  openUntilFilled: [/\bate (?:ao )?preenchimento da vaga\b/],
  notDocumentLists: [/\b(?:requisitos|funcoes|tarefas|oferecemos|perfil|criterios de (?:selecao|avaliacao))\b/],
  singlePdf: [/\b(?:num|em um|um) (?:unico|so) (?:arquivo|ficheiro|documento|pdf)\b/],
  separateFiles: [/\b(?:separadamente|(?:arquivos|ficheiros) separados)\b/],
  steps: [/^possuir\s/],
};

const it: LanguagePhrases = {
  kinds: {
    cover_letter: [/\blettera di (?:presentazione(?! (?:\p{L}+ ){0,2}?(?:(?:rilasciat|redatt|firmat|scritt|sottoscritt)[ae] da|da parte d|di (?:un|una|due|tre) (?:docent|professor|ricercator)|del (?:relatore|tutor|supervisore)))|accompagnamento|candidatura)\b/u],
    motivation_letter: [/\blettera motivazionale\b/],
    // "Il testo del progetto deve essere compreso tra ...": the project's text is the document.
    research_plan: [/\b(?:progetto|proposta|piano) di (?:ricerca|tesi|dottorato)\b/, /\btesto del progetto\b/],
    transcript: [/\b(?:certificat[oi] (?:di laurea )?con (?:gli )?esami|elenco (?:degli )?esami(?: sostenuti)?|certificato degli esami|carriera universitaria|autocertificazione degli esami)\b/],
    thesis: [/\btesi(?: di (?:laurea(?: magistrale)?|dottorato))?\b/],
    publication_list: [/\b(?:lista|elenco) (?:delle )?pubblicazioni\b/],
    // "una lettera di presentazione rilasciata da docenti universitari": a letter from a professor, not a cover letter.
    references: [/\bletter[ae] di referenza\b/, /\breferenze\b/, /\bletter[ae] di presentazione(?= (?:\p{L}+ ){0,2}?(?:(?:rilasciat|redatt|firmat|scritt|sottoscritt)[ae] da|da parte d|di (?:un|una|due|tre) (?:docent|professor|ricercator)|del (?:relatore|tutor|supervisore)))/u],
    diplomas: [/\b(?:diploma|certificato|titolo) di (?:laurea(?: magistrale)?|dottorato|studio)\b/, /\bcopia del titolo\b/, /\b(?:dichiarazione di valore(?: in loco)?|(?:attestato|dichiarazione|certificato) di (?:equipollenza|equivalenza|comparabilita))\b/],
    language_certificate: [/\b(?:certificazione linguistica|certificato di (?:lingua|conoscenza della lingua))\b/, /\b(?:documentazione|certificazione|attestazione|certificato|attestato) (?:attestante|che attesti|comprovante|relativ[ao] alla|della|di) (?:la |l')?(?:\p{L}+ )?conoscenza (?:della|delle) lingu[ae]\b/u],
  },
  // "presentare domanda in carta semplice, secondo lo schema allegato": the application form to fill in.
  other: [/\bdomanda(?: di (?:ammissione|partecipazione))?(?:,? (?:redatta|compilata))?(?:,? in carta (?:semplice|libera|legale|bollata))?,? (?:secondo|conforme al(?:lo)?|utilizzando) (?:lo schema|il modello|il fac-?simile|l'allegato)\b|\bdomanda(?: di (?:ammissione|partecipazione))?,? (?:redatta )?in carta (?:semplice|libera|legale|bollata)\b/, /\b(?:documento di (?:identita|riconoscimento)|copia del passaporto)\b/, /\b(?:domanda di (?:ammissione|partecipazione)|modulo di domanda|autocertificazione|dichiarazione sostitutiva)\b/],
  listTriggers: [
    /\b(?:la domanda|le domande|la candidatura)\b[^.]{0,30}\b(?:deve|devono|dovra|dovranno) (?:contenere|includere|essere corredat[ae])\b/,
    /\b(?:documenti (?:richiesti|da allegare|necessari)|i seguenti documenti|allegare|allegati|elenco (?:dei |della )?(?:documenti|documentazione|allegati)|documentazione (?:richiesta|necessaria|da allegare))\b/,
    /\b(?:devono|dovranno|deve|dovra) (?:inviare|allegare|presentare|caricare|trasmettere)\b/,
  ],
  containVerbs: [/\b(?:contenere|contiene|contengono|conterra|conterranno|includere|include|includono|includera|comprendere|comprende|comprendono|comprendera|compost[ao] da|corredat[ae] d[ai])\b/],
  sendVerbs: [/\b(?:inviare|inviate|allegare|allegate|presentare|caricare|trasmettere)\b/],
  applicationNouns: [/\b(?:domand[ae]|candidatur[ae]|documenti|documentazione|allegati)\b/],
  // "dovrà essere allegata la scheda ...": the passive asks too.
  // "Si richiedono il curriculum vitae nonché ...": the impersonal asks too.
  requestCues: [/\b(?:inviare|inviate|allegare|allegate|presentare|caricare|includere|trasmettere|allegat[aeio]|si richied(?:e|ono))\b/],
  optional: [/\b(?:facoltativ[oi]|opzional[ei]|eventual[ei]|se disponibil[ei])\b/],
  // "Le lettere di referenza non sono richieste in questa fase": not now, so asked for later.
  later: [/\b(?:in una fase successiva|successivamente|su richiesta|se selezionat[oi]|per il colloquio|in sede di colloquio|durante il colloquio|in caso di assunzione|all'atto dell'assunzione|prima della presa di servizio|(?:dal|dai|al|ai|per il|per i) (?:candidat[oi] )?(?:vincitor[ei]|selezionat[oi]|assunt[oi]))\b|\bnon\b[^.]{0,80}\b(?:in questa fase|al momento|per il momento|in (?:una )?prima fase|nella prima fase)\b/],
  condition: [
    /\b(?:ove applicabile|se applicabile|solo per|(?:nel|in) caso (?:di|in cui)|per i candidati (?:stranieri|internazionali|che))\b/,
    // "I candidati in possesso di titolo di studio conseguito all'estero devono allegare ...": who is asked, as the subject.
    /^(?:(?:i|gli|le) )?candidat[ie] (?:(?:che|i quali|le quali) (?!(?:intendono|desiderano|vogliono|siano interessat|sono interessat|abbiano i requisiti|sono in possesso dei requisiti))|in possesso (?:di|del|della) (?!(?:tutti )?(?:i |dei )?requisiti)|con (?:titolo|cittadinanza|diploma|laurea))[^.;:]{3,100}?(?= (?:devono|dovranno|deve|dovra|sono tenut[ie] a)\b)/,
    /\b(?:titolo|titoli|diploma|laurea)(?: di studio| accademico)? (?:conseguit|rilasciat|ottenut)[oaie] all'estero\b/,
  ],
  notWanted: [/\bnon (?:inviare|allegare|e necessari[oa]|sono necessari[ei]|e richiest[oa]|sono richiest[ei]|(?:saranno|verranno) (?:accettat[ei]|considerat[ei]|pres[ei] in considerazione|valutat[ei])|si accettano)\b/],
  deadline: [/\b(?:entro il|termine (?:ultimo|per la presentazione))\b/],
  openUntilFilled: [/\bfino alla copertura\b/],
  notDocumentLists: [/\b(?:requisiti|mansioni|compiti|offriamo|profilo|conoscenze e competenze|competenze (?:richieste|necessarie))\b/],
  singlePdf: [/\bun (?:unico|solo) (?:file|documento|pdf)\b/],
  separateFiles: [/\b(?:file separati|separatamente)\b/],
  // "4. Prosegui seguendo le indicazioni.", "1. Menù (in alto a destra) - Registrazione": steps in a portal, not documents.
  steps: [/^(?:men[uù]|prosegui|clicca|compila|accedi|scegli|seleziona|inserisci|registrati|vai (?:a|su|al|alla))\b/iu],
};

/** Danish and Norwegian (Bokmål and Nynorsk) share most of their words; the rest are listed side by side. */
const da_no: LanguagePhrases = {
  kinds: {
    cover_letter: [/\b(?:motiveret ansøgning|motivert søknad|ansøgningsbrev|søknadsbrevet)\b/],
    research_plan: [/\b(?:forskningsforslag|projektforslag|prosjektforslag|prosjektskisse|projektskitse|forskningsbeskrivelse|forskningsprosjekt|forskningsprojekt)\b/],
    research_statement: [/\b(?:forskningsprofil|beskrivelse af (?:din )?forskning)\b/],
    teaching_statement: [/\b(?:pædagogisk portfolio|undervisningsportefølje|pedagogisk mappe|undervisningserfaring dokumentert)\b/],
    transcript: [/\b(?:karakterudskrift(?:er)?|karakterblad|eksamensudskrift|karakterutskrift(?:er)?|utskrift av karakterer|karakterer)\b/],
    thesis: [/\b(?:kandidatspeciale|specialeafhandling|(?:dit|kopi af|resumé af) speciale(?:t)?|resumé af (?:dit )?kandidatprojekt(?:et)?|masteroppgåve|masteroppgave)\b/],
    publication_list: [/\b(?:publikationsliste|publikasjonsliste|liste over (?:\p{L}+ )?(?:publikationer|publikasjoner|værker|verk|arbejder|arbeider))\b/u],
    writing_sample: [/\b(?:udvalgte publikationer|utvalgte publikasjoner|(?:de )?mest relevante (?:publikationer|publikasjoner|artikler)|vitenskapelige arbeider|eksempel på (?:et |eit )?(?:skriftligt? |vitenskapelig )?(?:værk|verk|arbejde|arbeid))\b/],
    references: [/\b(?:referencer|referencepersoner|anbefalinger|udtalelser|referansar|tilrådingar)\b/],
    diplomas: [/\b(?:eksamensbeviser?|kandidatbevis|bachelorbevis|vitnemålet)\b/],
    // "relevant dokumentasjon av din kunstneriske virksomhet": the artist's documented work.
    portfolio: [/\bdokumentasjon av (?:din |ditt |dine |den )?(?:kunstneriske?|kunstnerlige?) (?:virksomhet|arbeid|praksis|produksjon)\b/],
    language_certificate: [/\b(?:sprogtest|dokumentation for (?:engelsk|danske?)kundskaber|dokumentasjon (?:på|av) (?:engelsk|norsk)kunnskaper|språktest)\b/],
  },
  other: [/\b(?:kopi af pas|kopi av pass|billedlegitimation|legitimasjon|ansøgningsskema|søknadsskjema)\b/],
  listTriggers: [
    /\b(?:ansøgningen skal (?:(?:mindst|som minimum) )?(?:indeholde|vedlægges)|søknaden (?:skal|må) (?:(?:minst|som minimum) )?(?:innehalde|inneholde|vedleggast)|følgende (?:bilag|dokumenter|dokumentation|skal vedlægges)|skal vedlægges|vedlæg(?:ges)?|dokumentasjon som skal leggjast ved)\b/,
    // "Liste over dokumenter", "Nødvendige dokumenter".
    /\b(?:(?:liste|oversigt|oversikt) over (?:\p{L}+ )?(?:dokumenter|bilag|vedlegg)|(?:nødvendige|påkrævede|påkrevde|obligatoriske|krævede) (?:dokumenter|bilag|vedlegg))\b/u,
  ],
  containVerbs: [/\b(?:indeholde|indeholder|inneholde|inneholder|innehalde|inneheld|omfatte|omfatter|bestå af|består af|bestå av|består av)\b/],
  sendVerbs: [/\b(?:vedlægge|vedlægges|vedlæg|vedlegge|vedlegges|sende|sendes|indsende|indsendes|uploade|uploades|last opp|legg(?:e|es)? ved|leggjast ved)\b/],
  applicationNouns: [/\b(?:ansøgning(?:en)?|søknad(?:en)?|bilag(?:ene)?|vedlegg(?:ene)?|dokumenter|dokumentation|dokumentasjon)\b/],
  // "legger du den ved søknaden": the particle of "legge ved" after its object.
  requestCues: [/\b(?:vedlæg(?:ge|ges)?|vedhæft(?:e|es)?|indsend(?:e|es)?|uploade?s?|legg(?:e|es|er)? ved|leggjast ved|sendes|sendast)\b|\blegger du (?:\p{L}+ ){0,3}ved\b/u],
  optional: [/\b(?:eventuelt|valgfrit)\b/],
  later: [/\b(?:på et senere tidspunkt|på eit seinare tidspunkt|senere i (?:processen|prosessen)|efter anmodning|etter forespørsel|til (?:jobb)?samtalen|til intervjuet|til ansættelsessamtalen)\b|\bikke\b[^.]{0,80}\b(?:på dette tidspunkt(?:et)?|på nåværende tidspunkt|på nuværende tidspunkt|i første omgang|i denne fasen|i første runde)\b/],
  condition: [/\b(?:hvis relevant|hvis aktuelt|hvis du (?:har|ikke|er)|for ansøgere (?:med|fra|som)|hvor relevant)\b/],
  notWanted: [/\b(?:send ikke|vedlæg ikke|skal ikke vedlægges|bør ikke vedlægges|ikke vedlægge)\b/],
  deadline: [/\b(?:ansøgningsfristen|søknadsfristen|senest|frist)\b/],
  openUntilFilled: [/\b(?:løbende|fortløpende|løpende)\b/],
  notDocumentLists: [/\b(?:arbejdsopgaver|arbeidsoppgaver|kvalifikationer|kvalifikasjoner|vi tilbyder|vi tilbyr|ønskede kvalifikasjoner)\b/],
  singlePdf: [/\b(?:en|én) (?:samlet|samla|enkelt|eneste) (?:pdf(?:-fil)?|fil|dokument)\b/],
  separateFiles: [/\b(?:separate filer|hver fil|hver for sig|kvar for seg|hver for seg)\b/],
};

/** Simplified characters of the Chinese patterns and their traditional forms, as Taiwan and Hong Kong write them. */
const TRADITIONAL = new Map(
  (
    '专專 业業 个個 为為 书書 兴興 划劃 别別 动動 务務 单單 历歷 发發 后後 员員 国國 复復 学學 对對 岗崗 并並 应應 录錄 毕畢 时時 ' +
    '机機 条條 检檢 满滿 状狀 画畫 硕碩 简簡 绩績 职職 荐薦 计計 记記 论論 设設 证證 试試 语語 请請 诺諾 负負 资資 责責 进進 ' +
    '选選 过過 针針 陈陳 随隨 须須 类類 护護 报報 无無 体體 写寫 内內 传傳 缴繳 备備 征徵 审審 验驗 达達 师師 办辦 术術 经經 叙敘 注註 标標 载載 说說'
  )
    .split(' ')
    .map((pair) => [pair[0] as string, pair[1] as string]),
);

/** A pattern written in simplified characters that also finds the traditional ones ("履历" finds "履歷"). */
function traditionalToo(re: RegExp): RegExp {
  let out = '';
  let inClass = false;
  for (let i = 0; i < re.source.length; i++) {
    const c = re.source[i] as string;
    if (c === '\\') {
      out += c + (re.source[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    const t = TRADITIONAL.get(c);
    out += t === undefined ? c : inClass ? c + t : `[${c}${t}]`;
  }
  return new RegExp(out, re.flags);
}

/** Every pattern of a table, in simplified and traditional characters. */
function withTraditional(table: LanguagePhrases): LanguagePhrases {
  const kinds = Object.fromEntries(Object.entries(table.kinds).map(([k, v]) => [k, v.map(traditionalToo)]));
  const rest = Object.fromEntries(Object.entries(table).filter(([k]) => k !== 'kinds').map(([k, v]) => [k, (v as RegExp[]).map(traditionalToo)]));
  return { ...(rest as Omit<LanguagePhrases, 'kinds'>), kinds };
}

/**
 * Chinese and Japanese share their characters for most document names; no word edges, as the scripts have no spaces.
 * Written in simplified characters; `withTraditional` adds the traditional ones.
 */
const zh_ja: LanguagePhrases = withTraditional({
  kinds: {
    cv: [/(?:个人)?简历|履历表?|履歴書|個人簡歴/],
    // "自传": an autobiographical statement, as Taiwanese calls ask for it next to the CV.
    bio: [/自传/],
    cover_letter: [/求职信|申请信|自荐信|书面申请/],
    motivation_letter: [/个人陈述|志望動機|志望理由書|为何对.{0,12}感兴趣|感兴趣的原因|申请动机/u],
    research_plan: [/研究计划(?:书)?|科研计划|研究设想|工作计划|研究計画(?:書)?|研究構想/],
    research_statement: [/研究概要|研究(?:业绩|成果)概述|研究業績の概要|研究経過/],
    teaching_statement: [/教育の抱負|教学(?:计划|设想)|教育方針/],
    transcript: [/成绩单|成绩证明|成績証明書/],
    thesis: [/(?:博士|硕士)?学位论文|博士論文|修士論文|学位論文/],
    publication_list: [/(?:发表)?论文目录|论文清单|成果清单|(?:学术)?著作目录|業績目録|研究業績一覧|業績リスト/],
    // "并叙明代表著作": the publication list marks which works represent the applicant; no document of its own.
    writing_sample: [/代表性论文|(?<!(?:叙明|注明|标明|载明|说明))代表(?:著)?作|主要論文|論文別刷|论文(?:复印件|全文)|论著全文|著作全文/],
    references: [/(?:专家)?推荐(?:信|函)|推荐人|推薦書|推薦状/],
    diplomas: [/(?:博士)?学位证书|毕业证书|学位证|学历证书|学位記|学位証明書|卒業証明書/],
    language_certificate: [/语言(?:成绩|能力证明)|托福|雅思|語学力(?:を)?証明/],
  },
  other: [/身份证|护照|(?:博士后)?申请表|登记表|照片|写真|健康证明|体检(?:表|报告)?|同意(?:书|进站)|承诺书|(?:応募)?申請書/],
  listTriggers: [/申请材料|应聘材料|所需材料|报名材料|(?:提交|提供)以下材料|以下材料|应提交|需提交|须提交|(?:应|须)(?:缴|备|附)(?:资料|文件)|应征(?:资料|文件)|申请文件|提出書類|応募書類|必要書類|下記(?:の)?書類|以下の書類/],
  containVerbs: [/包括|包含|含む/],
  sendVerbs: [/提交|提供|附上|寄送|检附|缴交|请备|提出|送付|添付/],
  applicationNouns: [/申请|材料|書類|文件/],
  requestCues: [/提交|提供|附上?|寄送|发送|检附|缴交|请备|提出|送付|添付/],
  optional: [/可选|如有|若有|任意|あれば/],
  later: [/面试合格|面试时|录用后|採用後|面接時/],
  // "外籍人员须提交护照": the group ("外籍", foreign) is the condition's own first words.
  condition: [/如果|若|[\u4e00-\u9fff]{0,2}(?:人员|者)须|の場合|外国人/],
  notWanted: [/无需|不需要|不必提交|不要/],
  deadline: [/截止|截至|締切|締め切り|必着|期限/],
  openUntilFilled: [/招满为止|随时/],
  notDocumentLists: [/申请人资格|申请条件|岗位职责|待遇|応募資格|職務内容/],
  singlePdf: [/一个PDF|合并为一个|1つのPDF/],
  separateFiles: [/分别|別々/],
});

/** Korean. Hangul has no word boundaries for `\b`, so the patterns have none; spaces inside a word are optional. */
const ko: LanguagePhrases = {
  kinds: {
    cv: [/이력서|경력\s?기술서/],
    motivation_letter: [/자기\s?소개서|지원\s?동기서?/],
    research_plan: [/(?:연구|학업|수학)\s?계획서?/],
    research_statement: [/연구\s?(?:실적\s?)?요약서?|연구\s?경력\s?기술서/],
    transcript: [/(?:전\s?학년\s?)?성적\s?증명서/],
    thesis: [/학위\s?논문/],
    publication_list: [/(?:논문|연구\s?실적|업적)(?:\s?\/\s?초록)?\s?목록|연구\s?실적\s?(?:목록|리스트)/],
    writing_sample: [/대표\s?논문|논문\s?사본/],
    references: [/추천서|추천인|추천\s?편지/],
    diplomas: [/(?:졸업|학위(?:\s?수여)?)\s?(?:예정\s?)?증명서|학위증/],
    language_certificate: [/(?:공인\s?)?(?:어학|영어)\s?(?:능력\s?)?(?:성적|시험)\s?(?:증명서|표)?/],
  },
  other: [/지원서|입학\s?원서|(?:여권|신분증)\s?사본|증명\s?사진/],
  listTriggers: [/(?:제출|구비|지원|전형)\s?서류|다음\s?서류/],
  containVerbs: [/포함/],
  sendVerbs: [/제출|첨부|송부/],
  applicationNouns: [/서류|지원서/],
  requestCues: [/제출|보내\s?주|첨부|송부/],
  optional: [/(?:있는|해당하는)\s?경우|선택\s?사항|제출하지\s?않아도/],
  later: [/면접\s?(?:시|때)\s?(?:에\s?)?(?:제출|지참)|합격\s?후|최종\s?합격자/],
  condition: [/외국인|해당자/],
  notWanted: [],
  deadline: [/마감|접수\s?기한|까지\s?제출/],
  openUntilFilled: [/채용\s?시\s?까지|수시\s?모집/],
  notDocumentLists: [/지원\s?자격|자격\s?요건|담당\s?업무|우대\s?사항|근무\s?조건|복리\s?후생/],
  singlePdf: [/하나의\s?(?:pdf|파일)/],
  separateFiles: [/각각의?\s?파일/],
};

/** Polish. "ł" is matched by "l" (`match.ts`), so the patterns are written without it. */
const pl: LanguagePhrases = {
  kinds: {
    cv: [/\b(?:zyciorys(?: naukowy| zawodowy)?|curriculum vitae)\b/],
    // "Podanie o przyjęcie do pracy" is a letter to the employer; "podanie o przyjęcie do szkoły doktorskiej" is the admission form (below).
    cover_letter: [/\b(?:list przewodni|podanie(?: [\p{L}()/]+){0,4} do pracy)\b/u],
    motivation_letter: [/\blist(?:u)? motywacyjn(?:y|ego)\b/],
    research_plan: [/\b(?:(?:propozycj[aeę]|zarys|opis|koncepcj[aeę]|plan) (?:autorskiego )?(?:projektu|planu) badawcz\p{L}*|opis (?:planowanego |proponowanego )?tematu(?: badawczego| badan| rozprawy)?|projekt(?:u)? badawcz\p{L}*|projekt(?:u)? (?:indywidualnego )?(?:planu|programu) badawcz\p{L}*|plan(?:u)? badan|konspekt(?:u)? (?:rozprawy|pracy)|plan(?:u)? rozprawy)\b/u],
    research_statement: [/\b(?:opis (?:dotychczasowych )?(?:zainteresowan|osiagniec|dorobku) naukow\p{L}*|autoreferat)\b/u],
    transcript: [/\b(?:suplement(?:u)? do dyplomu|wykaz ocen|(?:udokumentowane )?wyniki w nauce|zaswiadczeni[ea] o (?:przebiegu studiow|sredniej)|indeks(?:u)? ocen)\b/],
    thesis: [/\b(?:prac[aey] magistersk\p{L}*|rozpraw[aey] doktorsk\p{L}*)\b/u],
    publication_list: [/\b(?:wykaz(?:u)? (?:publikacji|dorobku(?: naukowego)?)|list[aey] publikacji|spis(?:u)? publikacji)\b/],
    writing_sample: [/\b(?:kopi[aei] (?:wybranych )?publikacji|odbitki publikacji|wybrane publikacje)\b/],
    references: [/\b(?:list(?:y)? polecajac\p{L}*|rekomendacj\p{L}*|referencj\p{L}*|opini[aeę] (?:promotora|opiekuna|potencjalnego promotora|(?:samodzielnego )?pracownika naukowego))\b/u],
    diplomas: [/\b(?:(?:odpis|kopi[aeę]|skan) dyplomu|dyplom(?:u)? ukonczenia (?:studiow|szkoly)|zaswiadczeni[ea] o ukonczeniu studiow)\b/],
    language_certificate: [/\b(?:certyfikat(?:u|ami|y)? (?:znajomosci )?jezyk\p{L}*|informacj[ae] o znajomosci jezykow|certyfikat jezykowy|potwierdzeni[ea] znajomosci jezyka|(?:dokument\p{L}*|zaswiadczeni\p{L}*) (?:potwierdzajac|poswiadczajac)\p{L}* znajomosc\p{L}* (?:\p{L}+ ){0,3}jezyka)\b/u],
  },
  other: [/\b(?:podanie|zdjeci[ea]|fotografi[aeę]|kopi[aeę] (?:dowodu osobistego|paszportu)|dowod(?:u)? osobist\p{L}*|formularz(?:a)? (?:rejestracyjn|zgloszeniow|aplikacyjn)\p{L}*|kwestionariusz(?:a)? osobow\p{L}*|zgod[aey] na przetwarzanie danych|oswiadczeni[ea]|zaswiadczeni[ea] (?:lekarski\p{L}*|o zatrudnieniu)|ankiet[aey] osobow\p{L}*|informacj[aei] o (?:aktywnosci|dzialalnosci|osiagnieciach) naukow\p{L}*|dokument\p{L}* (?:potwierdzajac|poswiadczajac)\p{L}* (?:osiagniecia|dorobek)(?: naukow\p{L}*)?)\b/u],
  listTriggers: [
    /\b(?:wymagane dokumenty|(?:wykaz|spis|lista) (?:wymaganych )?dokumentow|nastepujace dokumenty|dokumenty (?:aplikacyjne|rekrutacyjne|wymagane)|(?:zgloszenie|oferta|oferty|wniosek|aplikacja) (?:powinn[aoy]|musi|musza) zawierac|do (?:wniosku|zgloszenia|podania) nalezy (?:dolaczyc|zalaczyc))\b/,
    /\b(?:nalezy (?:zlozyc|przeslac|dolaczyc|zalaczyc|przedlozyc)|sklada (?:nastepujace )?dokumenty)\b/,
    // "Ponadto wymagane są poniższe dokumenty", "Lista załączników".
    /\b(?:(?:wymagane|potrzebne) (?:sa )?(?:nastepujace |ponizsze )?dokumenty|ponizsze dokumenty|(?:wykaz|spis|lista) (?:wymaganych )?zalacznikow|wymagane zalaczniki)\b/,
  ],
  containVerbs: [/\b(?:zawierac|zawiera|zawieraja|zawierala|obejmowac|obejmuje|obejmuja|sklada sie z|skladac sie z|skladaja sie z)\b/],
  sendVerbs: [/\b(?:przeslac|przeslij|przeslijcie|dolaczyc|dolacz|zalaczyc|zalacz|zlozyc|zloz|przedlozyc|nadeslac)\b/],
  applicationNouns: [/\b(?:zgloszeni[ea]|wniosek|wniosku|aplikacj[aei]|ofert[aey]|dokumenty|zalaczniki)\b/],
  requestCues: [/\b(?:przeslac|przeslanie|zlozyc|zlozenie|dolaczyc|dolaczenie|zalaczyc|zalaczenie|przedlozyc|sklada|skladaja|prosimy o)\b/],
  // "(jeżeli został wydany)", "(o ile posiada)": sent when the applicant has it, so not required.
  optional: [/\b(?:opcjonaln\p{L}*|fakultatywn\p{L}*|mozna (?:dolaczyc|zalaczyc)|mile widzian\p{L}*|ewentualn\p{L}*|(?:jezeli|jesli|o ile|gdy) (?:juz )?(?:zostal[aoy]?|zostaly|zostal[ao]) (?:juz )?wydan\p{L}*|(?:jezeli|jesli|o ile) (?:kandydat\p{L}* )?(?:go |je |ja )?posiada(?:sz|ja|cie)?)\b/u],
  later: [/\b(?:na pozniejszym etapie|na (?:zadanie|zyczenie)|po zakwalifikowaniu|przed (?:zatrudnieniem|podpisaniem umowy))\b|\b(?:do (?:przystapienia do )?|na |podczas |przed )rozmow\p{L} kwalifikacyjn\p{L}*|\bnie\b[^.]{0,80}\b(?:na tym etapie|na obecnym etapie|w pierwszym etapie)\b/u],
  condition: [/\b(?:jesli dotyczy|jezeli dotyczy|w przypadku|dla kandydatow (?:z|spoza|zagranicznych|ktorzy))\b/],
  notWanted: [/\b(?:prosimy )?nie (?:nalezy |prosimy o )?(?:przesylac|dolaczac|zalaczac|wysylac)\b|\bnie (?:sa|jest) (?:wymagan|potrzebn)\p{L}*/u],
  deadline: [
    /\b(?:termin (?:skladania|nadsylania|przyjmowania) (?:dokumentow|ofert|wnioskow|zgloszen|aplikacji)|do dnia|najpozniej|nie pozniej niz)\b/,
    // "Zgłoszenia należy składać do 31 sierpnia 2018 r.": applications sent "do" (by) a date.
    /\b(?:zgloszen\p{L}*|wniosk\p{L}*|ofert\p{L}*|aplikacj\p{L}*|dokument\p{L}*|skladac|zlozyc|przesylac|przeslac|nadsylac|dostarczyc|wyslac|przyjmowane)\b[^.]{0,100}?\bdo (?=\d)/u,
  ],
  openUntilFilled: [/\bdo (?:czasu )?obsadzenia stanowiska\b/],
  notDocumentLists: [/\b(?:wymagania|obowiaz\p{L}*|oferujemy|zadania|kwalifikacje|profil kandydata|kryteria (?:oceny|kwalifikacji)|(?:wymagane|oczekiwane|pozadane) (?:umiejetnosci|kompetencje)|wiedza i umiejetnosci)\b/u],
  singlePdf: [/\b(?:w )?jednym pliku(?: pdf)?\b/],
  separateFiles: [/\b(?:osobnych|oddzielnych) plikach\b/],
  steps: [/^(?:wypelnienie|wyrazenie|wprowadzenie|wskazanie|okreslenie|sprawdzanie|dokonanie|zlozenie dokumentow)\s/],
};

/** Czech, and Slovak where its words differ. "ř", "ť", "ď" are matched by "r", "t", "d" (`match.ts`). */
const cs: LanguagePhrases = {
  kinds: {
    cv: [/\b(?:(?:strukturovany |odborny )?zivotopis\p{L}*)\b/u],
    cover_letter: [/\bpruvodni(?:m)? dopis\p{L}*/u],
    motivation_letter: [/\bmotivacni(?:m)? (?:dopis|list)\p{L}*/u],
    research_plan: [/\b(?:(?:navrh|projekt|teze|zamer) (?:disertacni(?:ho)? (?:prace|projektu)|disertace|doktorske prace|vyzkumneho projektu)|vyzkumn(?:y|eho) (?:zamer|projekt|plan)\p{L}*|rozpracovan(?:y|eho) projekt\p{L}*|navrh(?:u)? (?:\p{L}+ )?projektu)\b/u],
    research_statement: [/\bpopis (?:dosavadni )?(?:vyzkumne|vedecke|odborne) (?:cinnosti|prace)\b/],
    transcript: [/\b(?:vypis (?:studijnich )?(?:vysledku|znamek)|prehled (?:absolvovanych )?(?:predmetu|zkousek)|dodat(?:ek|ku) k diplomu)\b/],
    thesis: [/\b(?:diplomov[aeou] prac\p{L}*|magistersk[aeou] prac\p{L}*)\b/u],
    publication_list: [/\b(?:seznam (?:publikaci|publikacni cinnosti)|prehled publikacni cinnosti)\b/],
    writing_sample: [/\b(?:kopie (?:vybranych )?publikaci|vybrane publikace|separaty)\b/],
    references: [/\b(?:doporucujici(?:ch)? dopis\p{L}*|doporuceni|kontakt(?:y)? na (?:doporucujici )?osob\p{L}*)\b/u],
    diplomas: [/\b(?:(?:overen[aeou] )?kopi[ei] (?:vysokoskolskeho |magisterskeho )?diplomu|vysokoskolsk(?:y|eho) diplom\p{L}*|doklad(?:u)? o (?:dosazenem )?(?:vysokoskolskem )?vzdelani)\b/u],
    language_certificate: [/\b(?:jazykov(?:y|eho) certifikat\p{L}*|doklad(?:u)? o znalosti (?:anglickeho )?jazyka|certifikat\p{L}* (?:z |o znalosti )?anglictiny)\b/u],
  },
  // "Přihláška musí obsahovat:", "Přihlášky zasílejte ...": the application itself, not a form to send with it.
  other: [/\b(?:prihlask[aouy](?: ke studiu)?(?! (?:musi|by mela|ma obsahovat|obsahuje|zasilejte|zaslete|posilejte|podavejte|se (?:podavaji|zasilaji|prijimaji)))|kopi[ei] (?:obcanskeho prukazu|pasu)|fotografi[ei]|(?:potvrzeni|doklad) o zaplaceni (?:poplatku|administrativniho poplatku))\b/],
  listTriggers: [
    /\b(?:k prihlasce (?:je treba |je nutne |nutno )?(?:prilozit|dolozit|prilozte)|prilohy(?: prihlasky)?|nasledujici (?:dokumenty|prilohy|doklady)|pozadovane (?:dokumenty|doklady|prilohy)|prihlaska (?:musi |by mela )?obsahovat)\b/,
    // "Seznam dokumentů", "Seznam požadovaných příloh", "Potřebné doklady".
    /\b(?:seznam (?:pozadovanych |potrebnych |povinnych )?(?:dokumentu|dokladu|priloh)|(?:potrebne|povinne) (?:dokumenty|doklady|prilohy))\b/,
  ],
  containVerbs: [/\b(?:obsahovat|obsahuje|obsahuji|zahrnovat|zahrnuje|sestavat z|sestava z)\b/],
  sendVerbs: [/\b(?:prilozit|prilozte|dolozit|dolozte|zaslat|zaslete|nahrat|nahrajte|predlozit|predlozte|odeslat)\b/],
  applicationNouns: [/\b(?:prihlask[aouy]|zadost(?:i)?|ziadost(?:i)?|dokumenty|prilohy|doklady)\b/],
  requestCues: [/\b(?:zaslete|zasilejte|zaslat|prilozte|prilozit|dolozit|dolozte|predlozit|predlozte|odeslat|nahrajte|nahrat)\b/],
  optional: [/\b(?:nepovinn\p{L}*|volitelne|pripadne|muzete prilozit)\b/u],
  later: [/\b(?:pozdeji|v dalsim kole|na vyzadani|pri zapisu|k pohovoru|u pohovoru|pri pohovoru)\b/],
  condition: [/\b(?:pokud|v pripade|jen pro|pouze pro|u uchazecu (?:ze|s|kteri))\b/],
  notWanted: [/\b(?:nezasilejte|neprikladejte|neni (?:treba|nutne) (?:zasilat|prikladat))\b/],
  deadline: [
    /\b(?:(?:termin|lhuta) (?:pro )?(?:podani|podavani|odevzdani) (?:prihlas\p{L}*|zadosti)|nejpozdeji do|najneskor do|uzaverka|uzavierka)\b/u,
    // "Žádosti ... lze podávat ... do 31. srpna 2018", Slovak "Žiadosti posielajte do 31. augusta": sent "do" (by) a date.
    /\b(?:prihlas\p{L}*|zadost\p{L}*|ziadost\p{L}*|podat|podavat|podavejte|podejte|zaslat|zasilat|zasilejte|zaslete|posilat|posilejte|poslete|posielat|posielajte|poslite|odeslat|dorucit|doructe|predlozit|predlozte)\b[^.]{0,100}?\bdo (?=\d)/u,
  ],
  openUntilFilled: [/\bdo obsazeni (?:pozice|mista)\b/],
  notDocumentLists: [/\b(?:pozadujeme|pozadavky|nabizime|napln prace|naplne prace|predpoklady|kvalifikacni predpoklady|(?:pozadovane|ocekavane) (?:znalosti|dovednosti|schopnosti|kompetence)|znalosti a dovednosti)\b/],
  singlePdf: [/\b(?:v )?jednom (?:souboru|pdf)\b/],
  separateFiles: [/\b(?:samostatnych|oddelenych) souborech\b/],
};

/**
 * Hebrew. Its letters are no word characters for `\\b`, and "and", "the", "to" are prefixes of the word ("וקורות חיים",
 * "המסמכים"), so the patterns have no word edges.
 */
const he: LanguagePhrases = {
  kinds: {
    cv: [/קורות\s?חיים|קו["״]ח/],
    cover_letter: [/מכתב\s(?:פנייה|מקדים|נלווה)/],
    motivation_letter: [/מכתב\s(?:ה)?מוטיבציה|מכתב\sכוונות/],
    research_plan: [/(?:תכנית|תוכנית|הצעת)\s(?:ה)?מחקר/],
    // "הצהרת כוונות במחקר ובהוראה": a statement of intent in research (and teaching) is the research statement.
    research_statement: [/הצהרת\s(?:כוונות\s)?(?:ב|ל)?מחקר|תיאור\s(?:תחומי\s)?(?:ה)?מחקר/],
    teaching_statement: [/(?:הצהרת|תפיסת)\s(?:ה)?הוראה|(?:משובי|סקרי)\s(?:ה)?הוראה/],
    transcript: [/גי?ליון\sציונים|תדפיס\sציונים/],
    thesis: [/עבודת\s(?:ה)?(?:גמר|דוקטורט|מאסטר|תזה)|דיסרטציה/],
    publication_list: [/רשימת\s(?:ה)?פרסומים/],
    writing_sample: [/מבחר\s(?:ה)?(?:פרסומים|מאמרים)|עותקי\s(?:ה)?(?:פרסומים|מאמרים)|(?:פרסומים|מאמרים)\sנבחרים/],
    references: [/מכתבי?\s(?:ה)?המלצה|המלצות|ממליצים|המלצה\sאחת|(?:שתי|שלוש)\sהמלצות/],
    diplomas: [/תעוד(?:ה|ות|ת)\s(?:ה)?(?:תואר|תארים|סיום)|אישור\sזכאות\sלתואר|העתקי\s(?:ה)?תעודות/],
    language_certificate: [/(?:ציון|תעודת|הוכחת)\s(?:ידיעת\s)?(?:ה)?(?:אנגלית|עברית)/],
  },
  other: [/טופס\s(?:ה)?(?:מועמדות|הרשמה|בקשה|הצהרה)|צילום\sתעודת\sזהות|תעודת\sזהות|צילום\sדרכון/],
  listTriggers: [/(?:ה)?מסמכים\s(?:ה)?(?:דרושים|נדרשים|הבאים)|יש\sל(?:צרף|הגיש)|לצרף\sאת\sהמסמכים/],
  containVerbs: [/לכלול|יכלול|תכלול|כוללת|כולל/],
  sendVerbs: [/להגיש|לצרף|לשלוח|להעלות|צרפו|שלחו|הגישו/],
  applicationNouns: [/בקשה|מועמדות|מסמכים|(?:ה)?תיק/],
  requestCues: [/להגיש|לצרף|לשלוח|להעלות|צרפו|שלחו|הגישו/],
  optional: [/אם\s(?:י\/)?ת?רצה|לא\sחובה|רשות|במידה\sויש|אם\sיש/],
  later: [/בשלב\s(?:ה)?(?:מאוחר|שני|הבא)|לאחר\sה?קבלה|מועמדים\sשיעברו/],
  condition: [/(?:ל|עבור\s)מועמדים\s(?:ש|מ)|במקרה\sש/],
  notWanted: [/אין\s(?:צורך\s)?ל(?:שלוח|צרף|הגיש)/],
  deadline: [/(?:ה)?מועד\s(?:ה)?אחרון|עד\sליום/],
  openUntilFilled: [/עד\sלאיוש\s(?:ה)?משרה/],
  notDocumentLists: [/דרישות\s(?:ה)?(?:סף|תפקיד)|תנאי\s(?:ה)?סף|תחומי\sאחריות|תיאור\s(?:ה)?תפקיד|כישורים\sנדרשים/],
  singlePdf: [/קובץ\s(?:pdf\s)?(?:אחד|יחיד)/],
  separateFiles: [/קבצים\sנפרדים/],
};

/**
 * Turkish: the words of Turkish universities' calls ("Başvuruda istenen belgeler", "Özgeçmiş", "Yabancı dil belgesi").
 * Matched without accents (`match.ts` takes the dotless "ı" and the capital "İ" for forms of "i").
 */
const tr: LanguagePhrases = {
  kinds: {
    cv: [/\b(?:oz ?gecmis|hayat hikayesi)\p{L}*/u],
    // "Başvuru dilekçesi": the letter that asks for the post and names it.
    cover_letter: [/\b(?:(?:is )?basvuru|muracaat) dilekcesi\p{L}*|\bon yazi\b/u],
    motivation_letter: [/\b(?:niyet|motivasyon) mektub\p{L}*/u],
    research_plan: [/\b(?:arastirma|proje|tez) (?:onerisi|plani|tasarisi)\p{L}*/u],
    research_statement: [/\barastirma (?:ozeti|beyani)\p{L}*/u],
    teaching_statement: [/\bogretim (?:felsefesi|beyani)\p{L}*/u],
    transcript: [/\b(?:transkript\p{L}*|not (?:doku|dokum)\p{L}*|not (?:durum )?belgesi\p{L}*)/u],
    thesis: [/\b(?:(?:yuksek lisans|doktora) tezi\p{L}*|tez (?:calismasi|metini)\p{L}*)/u],
    publication_list: [/\b(?:yayin|eserler) (?:ve eser )?listesi\p{L}*/u],
    writing_sample: [/\bbilimsel calisma(?: ve yayin)? dosyasi\p{L}*|\beserlere ait belge\p{L}*|\byayinlarin (?:birer )?(?:ornegi|kopyasi)\p{L}*/u],
    references: [/\b(?:referans|tavsiye) mektub\p{L}*/u],
    // Not a bare "diploma", which other languages write too: with a Turkish ending or the copy's words.
    diplomas: [/\b(?:diploma(?:si|lari\p{L}*|nin|larinin)|diploma (?:fotokopisi|onayli suret\p{L}*|asli)|mezuniyet belgesi\p{L}*|ogrenim belge\p{L}*|docentlik belgesi\p{L}*)/u],
    language_certificate: [/\b(?:yabanci )?dil belgesi\p{L}*|\b(?:e-)?yds\b|\byokdil\b/u],
    portfolio: [/\bportfolyo\p{L}*/u],
  },
  other: [/\b(?:nufus cuzdani?|kimlik karti|kimlik) (?:fotokopisi|sureti)|\bfotograf\p{L}*|\bbasvuru formu\p{L}*|\bpasaport fotokopisi|\bhizmet belgesi\p{L}*|\bales belgesi\p{L}*|\baskerlik durum belgesi\p{L}*|\bsaglik raporu\p{L}*|\badli sicil kaydi\p{L}*|\bpuanlama (?:tablosu|sablonu)\p{L}*|\bbeyanname\p{L}*/u],
  listTriggers: [/\b(?:istenen|istenilen|gerekli|gereken) (?:belgeler|evraklar|evrak)\b|\bbasvuru (?:belgeleri|evrak\p{L}*)|\basagidaki belgeler/u],
  containVerbs: [/\b(?:icermeli\p{L}*|kapsayan|kapsamali\p{L}*)/u],
  sendVerbs: [/\b(?:eklenmeli\p{L}*|gonderilmeli\p{L}*|teslim edilmeli\p{L}*|yuklenmeli\p{L}*)/u],
  applicationNouns: [/\b(?:basvuru\p{L}*|belgeler|evrak\p{L}*)/u],
  requestCues: [/\b(?:eklenmesi|eklenmeli\p{L}*|gonderilmesi|gonderilmeli\p{L}*|teslim edilmesi|yuklenmesi|sunulmasi|isteni?len)\b/u],
  optional: [/\b(?:varsa|istegie bagli|opsiyonel)\b/u],
  // "Mülakatta" (at the interview); not "sözlü sınavından başarılı olduğuna dair belge", proof of an exam passed.
  later: [/\b(?:mulakat(?:ta|a gel\p{L}*| sirasinda)|sozlu sinavda|atama asamasinda|kazanan adaylardan)/u],
  // "Yabancı dil eğitimi verecekler için": for those who will do something; "yabancı ülkelerden alınan": from abroad.
  // Not "atanacaklar için", "başvuracaklar için": those appointed or applying are every reader.
  condition: [/\b(?!(?:atanacak|basvuracak|basvuran|muracaat edecek)(?:lar|ler)\b)\p{L}+(?:ecek|acak|en|an)(?:ler|lar) icin\b|\b(?:yabanci ulkelerden|yurt disindan) alinan\b/u],
  notWanted: [/\b(?:gonderilmemeli\p{L}*|eklenmemeli\p{L}*)/u],
  deadline: [/\bson basvuru (?:tarihi|gunu)\b|\bbasvuru suresi\b/u],
  openUntilFilled: [],
  notDocumentLists: [/\b(?:(?:genel|ozel) (?:sartlar|kosullar)|basvuru sartlari|aranan (?:sartlar|nitelikler)|(?:genel )?aciklamalar)\b/u],
  singlePdf: [/\btek (?:bir )?(?:pdf|dosya)\b/u],
  separateFiles: [/\bayri (?:ayri )?dosyalar\p{L}*/u],
};

/** French, beyond the phrases of `phrases.ts`: the usual names of documents in calls from France, Belgium, Switzerland and Quebec. */
const fr: LanguagePhrases = {
  kinds: {
    // Not "lettre de présentation du directeur de thèse": a letter by someone else.
    cover_letter: [/\blettre de presentation\b(?! (?:du|de la|des|de l'|de votre|par) )/],
    motivation_letter: [/\b(?:lettre d'intention|expose des motivations|note d'intention|(?:la |les )?raisons? de votre interet)\b/],
    // "un programme de travail (maximum de quatre pages)": the work plan of a fellowship.
    research_plan: [/\b(?:projet (?:scientifique|de recherche(?: et d'enseignement)?)|programme de (?:recherche|travail)|proposition de (?:recherche|projet)|plan de recherche|texte du projet)\b/],
    research_statement: [/\b(?:(?:expose|synthese|bilan|presentation|description) (?:des|de vos) (?:travaux|activites) (?:de recherche|scientifiques)|rapport d'activites? (?:de recherche|scientifiques?)|rapports? de recherche|(?:enonce|expose|presentation|description|declaration) (?:des|de vos) (?:interets|centres d'interet) (?:de|en) recherche)\b/],
    teaching_statement: [/\b(?:dossier (?:d'enseignement|pedagogique)|projet (?:pedagogique|d'enseignement)|(?:expose|bilan|synthese) des activites (?:d'enseignement|pedagogiques)|philosophie d'enseignement|evaluations? (?:des|de vos) enseignements)\b/],
    transcript: [/\b(?:releves? des (?:notes|resultats)|bulletins? de notes|releves? de notes officiels?|(?:vos )?notes (?:de|du|obtenues en) (?:master|licence|m1|m2)|(?:les|vos|des|ses) notes (?:validees|obtenues|acquises))\b/],
    thesis: [/\bmemoire de (?:master|maitrise|fin d'etudes)\b/, /\b(?:resume|copie) (?:de la these|du memoire)\b/],
    publication_list: [/\b(?:liste (?:des|de vos) (?:travaux|publications)|liste complete des publications)\b/],
    writing_sample: [/\b(?:tires a part|cop(?:ie|ies) d'(?:une|un|des) (?:publications?|articles?)|(?:principales|meilleures) publications|publications (?:les plus )?(?:significatives|representatives)|echantillon d'ecriture)\b/],
    // "deux lettres d'appréciation" (Canadian French): letters assessing the applicant, by others.
    references: [/\b(?:(?:noms|coordonnees) (?:et coordonnees )?(?:de|des) (?:deux |trois )?(?:repondants|referents|personnes de reference)|repondants|lettres? d'(?:appui|appreciation)|avis (?:du|de la) (?:directeur|directrice) de these)\b/],
    diplomas: [/\b(?:copie (?:du|des) diplomes?|attestation de diplome|copie certifiee conforme (?:du|des) diplomes?)\b/],
    language_certificate: [/\b(?:attestation de (?:competence|maitrise) (?:linguistique|en (?:francais|anglais))|(?:attestation|certificat|justificatif)s? (?:du|de) niveau (?:d'anglais|de langue|de francais|en (?:anglais|francais))|delf|dalf|tcf|tef)\b/],
  },
  // "une demande d'inscription sur papier libre visée par le directeur", "une note de trois pages ... décrivant les stages".
  other: [/\bdemande (?:d'inscription |d'admission )?(?:sur papier libre|manuscrite|signee|visee|datee et signee)\b|\bnote (?:de (?:\d+|une|deux|trois|quatre|cinq|six|huit|dix) pages?|decrivant|presentant|exposant|detaillant|resumant)\b/, /\b(?:photo d'identite|formulaire de (?:demande|candidature)|fiche de renseignements|fiches? (?:synthetiques?|de synthese|recapitulatives?)|formulaire d'inscription|attestation de financement|lettre d'accueil|accord (?:du|de la) (?:directeur|directrice) de these)\b/],
  listTriggers: [/\b(?:le dossier (?:de candidature )?(?:doit|devra) (?:comprendre|inclure)|les candidat(?:ure|e)s? (?:doivent|devront) (?:comprendre|inclure|envoyer|transmettre|faire parvenir)|pieces (?:justificatives|constitutives)|composition du dossier|(?:les )?elements suivants)\b/],
  containVerbs: [/\b(?:comprendre|comprend|comprendra|comprendront|comprenant|contenir|contient|contiendra|contiendront|contenant|inclure|inclut|inclura|incluront|incluant|comporter|comporte|comportant|comportera|comporteront|compose de|composee de|se compose de|constitue de|constituee de)\b/],
  sendVerbs: [/\b(?:envoyer|envoyez|transmettre|transmettez|joindre|joignez|fournir|fournissez|deposer|deposez|adresser|adressez|televerser|televersez|soumettre|soumettez)\b/],
  // "Une demande de bourse comprend :": the request for the grant is the application.
  applicationNouns: [/\b(?:candidatures?|dossiers?|pieces|documents|demandes? d(?:e |')(?:bourse|financement|subvention|admission|inscription|candidature|prix))\b/],
  // "Il faudra le compléter par une lettre de motivation, un CV ...": the form is completed by the documents it names.
  requestCues: [/\b(?:comprenant|incluant|partager|partagez|soumettre|soumettez|(?:le |la |les )?complet(?:er|ez|ee?s?) (?:par|avec)|il (?:faut|faudra) (?:joindre|fournir|envoyer|deposer|transmettre|ajouter))\b/],
  optional: [/\b(?:le cas echeant|si possible)\b/],
  later: [/\b(?:apres (?:l'entretien|admissibilite)|les candidats (?:retenus|preselectionnes|admissibles))\b/],
  condition: [/\b(?:pour les candidats? (?:etrangers|internationaux|qui)|uniquement pour|seulement pour)\b/],
  notWanted: [/\b(?:ne (?:pas|sont pas) (?:envoyer|necessaires))\b/],
  deadline: [/\b(?:date de cloture|les candidatures (?:doivent etre|seront) (?:recues|recues) (?:au plus tard|avant))\b/],
  openUntilFilled: [/\bjusqu'a ce que le poste soit (?:pourvu|comble)\b/],
  notDocumentLists: [/\b(?:profil recherche|missions|activites principales|competences (?:requises|attendues)|conditions d'admission|criteres d'evaluation|nous offrons)\b/],
  singlePdf: [/\b(?:en )?un seul (?:fichier|document)(?: pdf)?\b/],
  separateFiles: [/\b(?:fichiers (?:separes|distincts)|separement)\b/],
  // "1. Créer un compte", "Vous indiquerez une adresse mail valide", "Un courrier électronique vous sera adressé": steps.
  steps: [
    /^(?:creer|creez|remplir|remplissez|completer|completez|cliquer|cliquez|se connecter|connectez-vous|s'inscrire|inscrivez-vous|saisir|saisissez|valider|validez|choisir|choisissez|selectionner|selectionnez|consulter|consultez|payer|payez|imprimer|imprimez|telecharger le formulaire)\b/u,
    /^(?:vous (?:indiquerez|devez|devrez|pouvez|pourrez|recevrez|recevez|choisirez|serez|aurez)|(?:\p{L}+ ){0,4}vous (?:sera|seront) \p{L}+|dans (?:la rubrique|l'onglet|le menu|la page|cette page|votre espace)|depot (?:d'une|de la|du|de votre|des) (?:candidature|dossier)|seul(?:e|s|es)? (?:un|une|le|la|les)\b)/u,
  ],
};

/** Dutch, beyond the phrases of `phrases.ts`: vacancies and doctoral regulations of the Netherlands and Flanders. */
const nl: LanguagePhrases = {
  kinds: {
    // "Onderzoekvoorstel" is also written without the linking s.
    research_plan: [/\b(?:projectbeschrijving|onderzoekvoorstel|onderzoeksopzet|promotievoorstel|promotieplan|onderzoeksproject)\b/],
    motivation_letter: [/\bmotiveringsbrief\b/],
    research_statement: [/\bbeschrijving van (?:je|uw) (?:onderzoek|onderzoekservaring)\b/],
    teaching_statement: [/\b(?:onderwijsvisie|onderwijs ?statement|onderwijsplan|onderwijsportfolio|onderwijservaring|onderwijsevaluaties?|(?:student|cursus)evaluaties)\b/],
    // "een overzicht van alle tot dan toe behaalde studieresultaten": the marks so far.
    transcript: [/\b(?:cijferoverzicht|overzicht van (?:de )?(?:gevolgde|behaalde) (?:studieonderdelen|vakken|cijfers)|overzicht van (?:alle |de )?(?:[\p{L}]+ ){0,4}behaalde (?:studie)?resultaten)\b/u],
    thesis: [/\b(?:masterscriptie|masterthesis)\b/],
    publication_list: [/\b(?:lijst van (?:je |uw )?publicaties|publicatie-?lijst|publicatieoverzicht)\b/],
    writing_sample: [/\b(?:schrijfproeve|voorbeeld van (?:je|uw) (?:schrijf)?werk)\b/],
    diplomas: [/\b(?:(?:gewaarmerkte )?kopie(?:en|ën)? van (?:relevante |je |uw )?diploma'?s?|masterdiploma|bachelordiploma)\b/],
    // "een beschrijvende lijst van drie recente werken met duidelijke afbeeldingen": an artist's works, one document.
    portfolio: [/\b(?:beschrijvende )?lijst(?= van (?:\p{L}+ ){0,3}werken\b)/u],
  },
  other: [/\b(?:kopie van (?:de bladzijde van )?(?:het|je|uw) (?:paspoort|identiteitsbewijs)|pasfoto|deelnameformulier|inschrijvingsformulier|aanvraagformulier|verklaring van (?:de )?(?:beoogde |aangezochte )?(?:promotor|begeleider)|verklaring omtrent (?:het )?gedrag)\b/],
  listTriggers: [/\b(?:(?:moeten|dienen|dient|moet) (?:te )?worden (?:overgelegd|meegestuurd|ingediend|bijgevoegd|toegevoegd)|(?:je|uw) (?:sollicitatie|aanvraag) (?:moet|dient) (?:te )?bevatten|graag ontvangen wij|onderstaande (?:documenten|stukken|bijlagen|gegevens)|(?:de )?hieronder (?:genoemde|vermelde|staande) (?:documenten|stukken|bijlagen)|(?:de )?volgende (?:bijlagen|documenten|stukken)\b[^.]{0,30}\b(?:toe te voegen|bij te voegen|mee te sturen|in te dienen|aan te leveren|te uploaden|toevoegen|bijvoegen|meesturen|indienen|aanleveren|uploaden)|voeg\b[^.]{0,40}\b(?:volgende|onderstaande) (?:bijlagen|documenten|stukken)\b[^.]{0,20}\btoe)\b/],
  containVerbs: [/\b(?:bevat|bevatten|omvat|omvatten|bestaat uit|bestaan uit|bestaande uit)\b/],
  sendVerbs: [/\b(?:stuur|sturen|meesturen|insturen|bijvoegen|toevoegen|indienen|uploaden|aanleveren|voeg\b[^.]{0,40}\b(?:bij|toe)|dien\b[^.]{0,40}\bin|lever\b[^.]{0,40}\baan)\b/],
  // "Dit verzoek dient in ieder geval te omvatten een:": the request for admission is the application.
  applicationNouns: [/\b(?:sollicitaties?|aanmelding|aanvraag|documenten|stukken|bijlagen|dossier|(?:toelatings)?verzoek(?: tot (?:toelating|promotie))?)\b/],
  // "Het dossier bestaat uit een uitgebreid cv en ...", "Vul het deelnameformulier in", "Bezorg ... een dossier" (Flemish).
  requestCues: [/\b(?:overgelegd|overleggen|ontvangen wij|mee te sturen|toe te voegen|in te dienen|(?:dossier|aanvraag|sollicitatie|kandidatuur) (?:bestaat|bestaan) uit|vul\b[^.]{0,40}\bin|bezorg)\b/],
  optional: [],
  later: [],
  condition: [/\bvoor (?:kandidaten|sollicitanten|studenten) (?:met|die|uit)\b/],
  notWanted: [],
  // "Bezorg ten laatste vrijdag 29 november 2013, vóór 18u00 ..." (Flemish "ten laatste": at the latest).
  deadline: [/\bten laatste\b/],
  openUntilFilled: [/\btot de vacature (?:is )?vervuld\b/],
  notDocumentLists: [/\b(?:functie-eisen|wat vragen wij|wij vragen|functieomschrijving|wat bieden wij|wij bieden|taken)\b/],
  singlePdf: [/\b(?:in )?(?:een|één) (?:pdf|bestand|document)\b/, /\b(?:digitaal )?dossier in pdf-?formaat\b/],
  separateFiles: [/\b(?:aparte|afzonderlijke) bestanden\b/],
  // "1. Bekijk de praktische richtlijnen.", "6. Let op: ...": steps and notes, not documents.
  steps: [/^(?:bekijk|klik|vul|ga naar|log in|druk op|kies|selecteer|let op)\b/iu],
};

/** Russian: the words of calls of Russian universities and institutes ("Перечень документов", "Список научных трудов", "Рекомендательные письма"). */
const ru: LanguagePhrases = {
  kinds: {
    // "Резюме" is the CV; not "резюме проекта" (a summary), nor Bulgarian "резюме на ..." / "резюмета" (abstracts).
    cv: [/(?<!кратко )\bрезюме\b(?! (?:на|за|от|към|проект\p{L}*|про[єе]кт\p{L}*|диссертаци\p{L}*|дисертаци\p{L}*|исследовани\p{L}*|дослідженн\p{L}*|стат\p{L}*|работ\p{L}*|публикаци\p{L}*|доклад\p{L}*|научн\p{L}*|трудов))/u, /\bавтобиографи\p{L}*/u],
    // "Краткая биография", "Биографическая справка": a short account of the applicant's life and career.
    bio: [/\b(?:кратк\p{L}* биографи\p{L}*|биографическ\p{L}* справк\p{L}*)/u],
    cover_letter: [/\bсопроводительн\p{L}* письм\p{L}*/u],
    // "Мотивационное письмо", "Мотивационное эссе".
    motivation_letter: [/\bмотивационн\p{L}* (?:письм|эссе)\p{L}*/u, /\bписьм\p{L}*[- ]обосновани\p{L}*/u],
    // "План научного исследования", "Проект диссертации", "Исследовательское предложение".
    research_plan: [
      /\b(?:(?:план|проект|программ|концепци|описани)\p{L}* (?:(?:предлагаем|планируем|будущ)\p{L}* )?(?:научн\p{L}* |диссертационн\p{L}* )?исследовани[яй]|план\p{L}* (?:научной работы|работы над диссертацией|диссертаци\p{L}*)|проект\p{L}* диссертаци\p{L}*|исследовательск\p{L}* (?:предложени|заявк)\p{L}*)\b/u,
      // "Описание предлагаемого научного проекта".
      /\b(?:описани|аннотаци)\p{L}* (?:предлагаем|планируем|исследовательск)\p{L}* (?:(?:научн|исследовательск)\p{L}* )?проект\p{L}*/u,
    ],
    // "Описание научных интересов", "Справка о научной деятельности".
    research_statement: [/\b(?:(?:описани|изложени|обзор|характеристик)\p{L}* (?:(?:сво|ваш|собственн|предшествующ|текущ)\p{L}* )?(?:научн|исследовательск)\p{L}* (?:интерес|деятельност|достижени)\p{L}*|(?:справк|отч[её]т)\p{L}* о (?:научной|научно-исследовательской) (?:деятельности|работе))/u],
    // "Философия преподавания", "Описание педагогического опыта".
    teaching_statement: [/\b(?:(?:философи|концепци)\p{L}* (?:преподавани|обучени)\p{L}*|(?:педагогическ|преподавательск)\p{L}* (?:концепци|философи|кредо)\p{L}*|(?:описани|справк|сведени)\p{L}* (?:о )?(?:педагогическ|преподавательск)\p{L}* (?:опыт|деятельност|работ)\p{L}*)/u],
    // "Приложение к диплому", "Академическая справка", "Выписка из зачётной ведомости".
    transcript: [
      /\b(?:приложени\p{L}* к диплом\p{L}*|академическ\p{L}* справк\p{L}*|справк\p{L}* об (?:обучении|успеваемости)|выписк\p{L}* (?:из )?(?:оценок|зач[её]тн\p{L}* (?:книжк|ведомост)\p{L}*|(?:с )?оценками)|транскрипт\p{L}*|(?:копи\p{L}* )?зач[её]тн\p{L}* книжк\p{L}*|ведомост\p{L}* (?:оценок|успеваемости))/u,
      // "Копия диплома с приложением": the supplement is the marks.
      /\bдиплом(?:а|ов|ы)? (?:\p{L}+ ){0,4}?с приложени(?:ем|ями)\b/u,
    ],
    // "Магистерская диссертация", "Выпускная квалификационная работа", "Автореферат диссертации".
    thesis: [/\b(?:магистерск\p{L}* (?:диссертаци|работ)\p{L}*|выпускн\p{L}* квалификационн\p{L}* работ\p{L}*|дипломн\p{L}* (?:работ|проект)\p{L}*|(?:текст|копи)\p{L}* диссертаци\p{L}*|автореферат\p{L}*)/u],
    // "Список научных трудов", "Перечень публикаций".
    publication_list: [/\b(?:спис(?:ок|ка|ке|ком)|перечн\p{L}*|перечень) (?:(?:основных|избранных|научных|опубликованных|учебно-методических|научно-методических|всех) (?:и )?)*(?:трудов|публикаций|статей)\b/u, /\b(?:спис(?:ок|ка|ке|ком)|перечн\p{L}*|перечень) (?:научных|опубликованных) работ\b/u],
    // "Копии двух основных публикаций", "Реферат по специальности".
    writing_sample: [/\b(?:копи\p{L}* (?:(?:\p{L}+(?:ых|их)|двух|тр[её]х|одной) ){0,2}(?:публикаци\p{L}*|стат(?:ей|ьи|ья|ью)\b|научных трудов)|оттиск\p{L}* (?:стат|публикаци)\p{L}*|избранн\p{L}* публикаци\p{L}*|образ(?:ец|цы|ца|цов) (?:научн\p{L}* |письменн\p{L}* )?(?:текст|работ)\p{L}*|(?:научн\p{L}* )?реферат\p{L}* (?:по (?:\p{L}+ ){0,2}?(?:специальност|направлени|профил)\p{L}*|на (?:тему|избранную тему)))/u],
    // "Рекомендательные письма", "Отзыв научного руководителя", "Контакты двух рекомендателей".
    references: [/\b(?:рекомендательн\p{L}* письм\p{L}*|письм\p{L}*[- ]рекомендаци\p{L}*|рекомендаци\p{L}* (?:от|научного руководителя|(?:одного|двух|тр[её]х) \p{L}+)|(?:одна|две|три) рекомендаци\p{L}*|отзыв\p{L}* (?:научного )?руководител\p{L}*|рекомендател\p{L}*|характеристик\p{L}* с места (?:работы|уч[её]бы))/u],
    // "Копия диплома", "Документ об образовании и о квалификации", "Аттестат доцента".
    diplomas: [
      /\b(?:копи\p{L}* (?:(?:\p{L}+(?:ых|их|ого|его)) ){0,2}?диплом(?:а|ов|ы)?\b|диплом(?:а|ов|ы)? (?:о высшем образовании|об окончании|бакалавра|магистра|специалиста|кандидата наук|доктора (?:наук|философии))|документ\p{L}* об образовании|документ\p{L}* (?:о|об) (?:уч[её]ной степени|присуждении уч[её]ной степени|уч[её]ном звании)|(?:диплом|аттестат)(?:а|ов|ы)? (?:доцента|профессора))/u,
      /\b(?:свидетельств\p{L}* о признании (?:иностранного )?образовани\p{L}*|нострификаци\p{L}*)/u,
    ],
    // "Сертификат о знании английского языка", "Документ, подтверждающий уровень владения русским языком".
    language_certificate: [
      /\b(?:языков\p{L}* сертификат\p{L}*|сертификат\p{L}* (?:о |об )?(?:(?:знании|владении|уровне (?:знания|владения)) )?(?:английск|русск|иностранн|немецк|французск|китайск|испанск)\p{L}* язык\p{L}*|сертификат\p{L}* трки|трки)\b/u,
      /\b(?:документ|справк|свидетельств|подтверждени|доказательств)\p{L}*,? (?:подтверждающ\p{L}* |о(?:б)? )?(?:знани\p{L}*|владени\p{L}*|уров(?:ень|н\p{L}*)) (?:\p{L}+ ){0,3}?язык\p{L}*/u,
    ],
    portfolio: [/\bпортфолио\b/u],
  },
  // "Копия паспорта", "Анкета", "Личный листок по учёту кадров", "Согласие на обработку персональных данных".
  other: [
    /\b(?:(?:копи\p{L}* )?паспорт(?:а|ом)?\b(?! (?:научной )?специальност\p{L}*)|документ\p{L}*,? удостоверяющ\p{L}* личность|фотографи\p{L}*|фото(?:карточк\p{L}*)?|анкет[аыуе]|личн\p{L}* (?:листок|листк\p{L}*)(?: по уч[её]ту кадров)?|согласи\p{L}* на обработку персональных данных)\b/u,
    // "Заявление на участие в конкурсе", "Личное заявление": the signed request to the rector, not the application itself.
    /\b(?:личн\p{L}* заявлени\p{L}*|заявлени\p{L}* (?:на (?:участие|имя)|о (?:допуске|при[её]ме|зачислении|участии)))\b/u,
    /\b(?:(?:копи\p{L}* )?трудов\p{L}* книжк\p{L}*|сведени\p{L}* о трудовой деятельности|справк\p{L}* (?:о (?:наличии (?:\(отсутствии\) |или отсутствии )?)?судимост\p{L}*|об отсутствии судимости)|медицинск\p{L}* справк\p{L}*|(?:регистрационн|заявочн)\p{L}* форм\p{L}*|форм\p{L}* заявки)/u,
  ],
  listTriggers: [
    // "Необходимые документы", "Перечень документов", "Претенденты представляют следующие документы".
    /\b(?:(?:необходим|требуем|обязательн|нужн)\p{L}* документ\p{L}*|(?:перечень|перечн\p{L}*|спис(?:ок|ка)|пакет\p{L}*|комплект\p{L}*) (?:необходимых |требуемых |представляемых |предоставляемых )?документов|следующи\p{L}* документ\p{L}*|документы,? (?:для (?:участия|поступления|подачи)|(?:необходимые|представляемые|предоставляемые) для))\b/u,
    // "К заявлению прилагаются", "Необходимо представить".
    /\b(?:к (?:заявлению|заявке) (?:необходимо |следует |нужно )?(?:прилага\p{L}*|приложить|прикладыва\p{L}*)|(?:необходимо|следует|нужно|требуется|просим|просьба|должн\p{L}*) (?:\p{L}+ )?(?:представить|предоставить|направить|прислать|приложить|загрузить|подать|выслать))\b/u,
    // "Заявка должна содержать:", "Как подать заявку".
    /\b(?:заявк|заявлени|пакет документов|комплект документов)\p{L}*[^.]{0,30}\b(?:должн\p{L}* (?:содержать|включать|сопровождаться)|включа(?:ет|ют) в себя)\b|\bкак (?:подать|оформить) (?:заявку|заявление|документы)\b/u,
  ],
  containVerbs: [/\b(?:содерж(?:ать|ит|ат|ала|ал)|включа(?:ть|ет|ют)(?: в себя)?|состо(?:ит|ят|ять) из)\b/u],
  sendVerbs: [/\b(?:направ(?:ить|ьте|ляют|ляется|ляются)|прислать|пришлите|присылайте|отправ(?:ить|ьте|ляйте)|прилож(?:ить|ите)|прилага(?:ть|ют|ется|ются)|загруз(?:ить|ите)|представ(?:ить|ьте|ляет|ляют|ляется|ляются)|предостав(?:ить|ьте|ляет|ляют|ляется|ляются)|пода(?:ть|йте|ют|ются)|выслать|вышлите|прикреп(?:ить|ите))\b/u],
  applicationNouns: [/\b(?:заявк[аиуе]|заявок|заявлени[еяю]|документ(?:ы|ов|ам|ами|ах)|пакет\p{L}* документов|комплект\p{L}* документов)\b/u],
  requestCues: [/\b(?:направ(?:ить|ьте|ляются)|прислать|пришлите|присылайте|отправ(?:ить|ьте)|прилож(?:ить|ите)|прилага(?:ется|ются)|загруз(?:ить|ите)|представ(?:ить|ьте|ляется|ляются)|предостав(?:ить|ьте|ляется|ляются)|подайте|вышлите|прикреп(?:ить|ите)|просим (?:\p{L}+ )?(?:прислать|направить|представить|предоставить|приложить))\b/u],
  // "(при наличии)", "по желанию", "можно также приложить".
  optional: [/\b(?:по желанию|при наличии|необязательн\p{L}*|не обязательн\p{L}*|факультативн\p{L}*|желательно|(?:если|когда) (?:таковые |такие )?(?:име(?:ется|ются)|есть)|(?:можно|можете|может быть) (?:также |дополнительно )?(?:приложить|прислать|представить|предоставить|направить))\b/u],
  // "Рекомендательные письма будут запрошены у кандидатов, прошедших отбор", "на собеседовании"; not "не позднее" (a deadline).
  later: [/\b(?:на (?:более )?поздн\p{L}* этап\p{L}*|на следующ\p{L}* этап\p{L}*|на втором этапе|(?<!не )(?:позднее|позже)|по (?:запросу|требованию)|(?:на|к|для|во время|перед|после) собеседовани\p{L}*|при (?:при[её]ме на работу|заключении (?:трудового )?(?:договора|контракта)|трудоустройстве|зачислении)|(?:перед|до) (?:заключением|подписанием) (?:трудового )?(?:договора|контракта)|после (?:отбора|прохождения (?:первого этапа|отбора))|(?:кандидат|претендент|соискател)\p{L}*,? (?:прошедш|отобранн|допущенн|приглаш[её]нн)\p{L}*|(?:отобранн|прошедш|приглаш[её]нн|избранн|выбранн)\p{L}* (?:кандидат|претендент|соискател)\p{L}*|победител\p{L}* конкурса)\b|\bне\b[^.]{0,80}\b(?:на (?:данном|этом|первом) этапе|в данный момент)\b/u],
  condition: [
    // "(если применимо)", "для иностранных граждан", "для кандидатов, окончивших зарубежные вузы".
    /\b(?:если применимо|при необходимости|в случае|только для|лишь для|для (?:иностранн\p{L}* (?:граждан|кандидат|претендент|студент|соискател|абитуриент)\p{L}*|иностранцев|лиц без гражданства))\b/u,
    /\bдля (?:кандидатов|претендентов|соискателей|лиц|граждан|выпускников|абитуриентов),? (?:которы\p{L}*|имеющ\p{L}*|получивш\p{L}*|окончивш\p{L}*|не являющ\p{L}*|с|из|без)\b/u,
    /\bесли (?:ваш|кандидат|претендент|соискател|диплом|документ об образовании|родн)\p{L}*/u,
  ],
  // "Не присылайте оригиналы", "Не нужно прикладывать копии".
  notWanted: [/\b(?:не (?:присылайте|прикладывайте|направляйте|отправляйте|загружайте|высылайте|прилагайте)|(?:просим |просьба )?не (?:(?:нужно|надо|следует|требуется|необходимо) )?(?:присылать|прикладывать|направлять|отправлять|загружать|прилагать|представлять|предоставлять))\b/u],
  deadline: [
    /\b(?:срок\p{L}* (?:подачи|при[её]ма|представления|предоставления) (?:заявок|заявлений|документов)|крайн\p{L}* срок\p{L}*|не позднее|не позже|дат\p{L}* окончания при[её]ма|окончани\p{L}* при[её]ма (?:заявок|документов|заявлений)|последн\p{L}* (?:день|срок) (?:подачи|при[её]ма))\b/u,
    // "Документы принимаются до 15 мая 2025 г.", "Приём заявок по 30.06.2025": sent "до" (by) a date.
    /\b(?:заявк\p{L}*|заявлени\p{L}*|документ\p{L}*|подать|подавать|подаются|направить|направлять|присылать|прислать|принимаются|при[её]м(?:а|у)?)\b[^.]{0,100}?\b(?:до|по) (?=\d{1,2}(?:\.\d|\s*(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)))/u,
  ],
  openUntilFilled: [/\b(?:до (?:заполнения|закрытия|замещения) (?:вакансии|позиции|должности)|пока (?:вакансия|позиция|должность) не будет (?:заполнена|закрыта|замещена|занята))\b/u],
  // "Требования к кандидату", "Должностные обязанности", "Мы предлагаем"; not "Требования к оформлению документов".
  notDocumentLists: [/\b(?:(?:квалификационн\p{L}* )?требовани\p{L}*(?! к (?:оформлению|документам|заявке|заявлению|материалам))|(?:должностн\p{L}* |функциональн\p{L}* )?обязанност\p{L}*|мы предлагаем|предлагаем(?=\s*:)|условия (?:работы|труда)|критери\p{L}* (?:отбора|оценки|оценивания)|(?:что )?мы ожидаем)\b/u, /^(?:основные |ключевые )?задачи\b/u],
  singlePdf: [/\b(?:в одном (?:pdf[- ]?)?файле|(?:одним|единым) (?:pdf[- ]?)?(?:файлом|документом)|в (?:виде|формате) (?:одного|единого) (?:pdf[- ]?)?(?:файла|документа))\b/u],
  separateFiles: [/\b(?:отдельн\p{L}* (?:pdf[- ]?)?файл\p{L}*|в отдельных (?:pdf[- ]?)?файлах|раздельн\p{L}* файл\p{L}*)/u],
  // "Зарегистрироваться на портале", "Иметь учёную степень": steps and conditions, not documents.
  steps: [/^(?:зарегистр\p{L}*|заполн(?:ить|ите)|войд(?:ите|ти)|перейд(?:ите|ти)|нажм(?:ите|ать)|выбер(?:ите|ать)|оплат(?:ить|ите)|авторизу\p{L}*|создай(?:те)?|иметь|быть|являться|пройти|владеть)\s/u],
};

/**
 * Ukrainian: the words of calls of Ukrainian universities ("Перелік документів", "Список наукових праць",
 * "Рекомендаційні листи"). Both spellings of "проєкт"/"проект"; apostrophes as ', ’ or ʼ.
 */
const uk: LanguagePhrases = {
  kinds: {
    // "Резюме" is the CV; not "резюме проєкту" (a summary), nor Bulgarian "резюме на ..." (an abstract).
    cv: [/(?<!кратко )\bрезюме\b(?! (?:на|за|від|про[єе]кт\p{L}*|дисертаці\p{L}*|дослідженн\p{L}*|статт\p{L}*|робот\p{L}*|публікаці\p{L}*|доповід\p{L}*|науков\p{L}*|праць))/u, /\bавтобіографі\p{L}*/u],
    // "Біографічна довідка", "Коротка біографія".
    bio: [/\b(?:коротк\p{L}* біографі\p{L}*|біографічн\p{L}* довідк\p{L}*)/u],
    cover_letter: [/\bсупровідн\p{L}* лист(?:а|ом|і|и)?\b/u],
    // "Мотиваційний лист", "Мотиваційне есе".
    motivation_letter: [/\bмотиваційн\p{L}* (?:лист(?:а|ом|і|и)?|есе)\b/u],
    // "План дисертаційного дослідження", "Проєкт дослідження", "Дослідницька пропозиція".
    research_plan: [
      /\b(?:(?:план|про[єе]кт|програм|концепці|опис)\p{L}* (?:(?:запропонован|запланован|майбутн)\p{L}* )?(?:науков\p{L}* |дисертаційн\p{L}* )?дослідженн[яь]|план\p{L}* (?:наукової роботи|дисертаці\p{L}*)|про[єе]кт\p{L}* дисертаці\p{L}*|дослідницьк\p{L}* пропозиці\p{L}*|пропозиці\p{L}* (?:щодо )?(?:наукового )?дослідженн[яь])\b/u,
      // "Опис запропонованого наукового проєкту".
      /\b(?:опис|анотаці)\p{L}* (?:запропонован|запланован|дослідницьк)\p{L}* (?:(?:науков|дослідницьк)\p{L}* )?про[єе]кт\p{L}*/u,
    ],
    // "Опис наукових інтересів", "Довідка про наукову діяльність".
    research_statement: [/\b(?:(?:опис|виклад|огляд|характеристик)\p{L}* (?:(?:сво|власн|попередн|поточн)\p{L}* )?(?:науков|дослідницьк)\p{L}* (?:інтерес|діяльн|досягнен)\p{L}*|(?:довідк|звіт)\p{L}* про (?:наукову|науково-дослідну) (?:діяльність|роботу))/u],
    // "Філософія викладання", "Опис педагогічного досвіду".
    teaching_statement: [/\b(?:(?:філософі|концепці)\p{L}* (?:викладанн|навчанн)\p{L}*|(?:педагогічн|викладацьк)\p{L}* (?:концепці|філософі|кредо)\p{L}*|(?:опис|довідк|відомост)\p{L}* (?:про )?(?:педагогічн|викладацьк)\p{L}* (?:досвід|діяльн|робот)\p{L}*)/u],
    // "Додаток до диплома", "Академічна довідка", "Витяг із залікової книжки".
    transcript: [
      /\b(?:додат(?:ок|ку|ки|ків|ком) до диплом(?:а|у|ів)|академічн\p{L}* довідк\p{L}*|довідк\p{L}* про (?:навчання|успішність)|(?:витяг|виписк)\p{L}* (?:з |із )?(?:оцін\p{L}*|залікової (?:книжки|відомості)|(?:з )?оцінками)|транскрипт\p{L}*|(?:копі[яїюі] )?залікової книжки|залікова книжка|відомост\p{L}* (?:оцінок|успішності))/u,
      // "Копія диплома з додатком": the supplement is the marks.
      /\bдиплом(?:а|у|ів|и)? (?:\p{L}+ ){0,2}?(?:з|із|разом з) додатк(?:ом|ами)\b/u,
    ],
    // "Магістерська робота", "Кваліфікаційна робота", "Автореферат дисертації".
    thesis: [/\b(?:магістерськ\p{L}* (?:дисертаці|робот)\p{L}*|(?:випускн\p{L}* )?кваліфікаційн\p{L}* робот\p{L}*|дипломн\p{L}* (?:робот|про[єе]кт)\p{L}*|(?:текст|копі)\p{L}* дисертаці\p{L}*|автореферат\p{L}*)/u],
    // "Список наукових праць", "Перелік публікацій".
    publication_list: [/\b(?:спис(?:ок|ку|ком)|перелік\p{L}*) (?:(?:основних|вибраних|обраних|наукових|опублікованих|навчально-методичних|науково-методичних|усіх|всіх) (?:та |і |й )?)*(?:праць|публікацій|статей|робіт)\b/u],
    // "Копії двох основних публікацій", "Зразок наукового тексту".
    writing_sample: [/\b(?:копі[яїюі] (?:(?:\p{L}+(?:их|іх)|двох|трьох|однієї) ){0,2}(?:публікаці\p{L}*|стат(?:ей|ті|тя|тю)\b|наукових праць)|відбит\p{L}* (?:стат|публікаці)\p{L}*|(?:вибран|обран)\p{L}* публікаці\p{L}*|зраз(?:ок|ки|ка|ків) (?:науков\p{L}* |письмов\p{L}* )?(?:текст|робіт|робот)\p{L}*|(?:науков\p{L}* )?реферат\p{L}* (?:за (?:\p{L}+ ){0,2}?(?:спеціальніст|напрям|профіл)\p{L}*|на тему))/u],
    // "Рекомендаційні листи", "Відгук наукового керівника", "Контакти двох рекомендаторів".
    references: [/\b(?:рекомендаційн\p{L}* лист(?:а|ом|і|и|ів)?\b|лист(?:а|и|ів)?[- ]рекомендаці\p{L}*|рекомендаці[яїй] (?:від|наукового керівника|(?:одного|двох|трьох) \p{L}+)|(?:одна|дві|три) рекомендаці[їй]|відгук\p{L}* (?:наукового )?керівник\p{L}*|рекомендатор\p{L}*|характеристик\p{L}* з місця (?:роботи|навчання))/u],
    // "Копія диплома", "Документ про вищу освіту", "Атестат доцента".
    diplomas: [
      /\b(?:копі[яїюі] (?:(?:\p{L}+(?:их|іх|ого)) ){0,2}?диплом(?:а|у|ів|и)?\b|диплом(?:а|у|ів|и)? (?:про (?:вищу )?освіту|бакалавра|магістра|спеціаліста|кандидата наук|доктора (?:наук|філософії))|документ\p{L}* про (?:вищу )?освіту|документ\p{L}* про (?:науковий ступінь|присудження наукового ступеня|вчене звання)|(?:диплом|атестат)(?:а|у|ів|и)? (?:доцента|професора|старшого дослідника))/u,
      /\b(?:визнанн\p{L}* (?:іноземного )?документа про освіту|нострифікаці\p{L}*)/u,
    ],
    // "Сертифікат про знання англійської мови", "Документ, що підтверджує рівень володіння іноземною мовою".
    language_certificate: [
      /\b(?:мовн\p{L}* сертифікат\p{L}*|сертифікат\p{L}* (?:про )?(?:(?:знання|володіння|рівень (?:знання|володіння)) )?(?:англійськ|українськ|іноземн|німецьк|французьк|польськ|іспанськ)\p{L}* мов\p{L}*)/u,
      /\b(?:документ|довідк|свідоцтв|підтвердженн|доказ|сертифікат)\p{L}*,? (?:що |який |яка )?(?:підтверджу\p{L}* |про )?(?:знання|володіння|рівень|рівня) (?:\p{L}+ ){0,3}?мов(?:и|ою|ами)\b/u,
    ],
    portfolio: [/\bпортфоліо\b/u],
  },
  // "Копія паспорта", "Особовий листок з обліку кадрів", "Згода на обробку персональних даних", "Аплікаційна форма".
  other: [
    /\b(?:(?:копі[яїюі] )?паспорт(?:а|у|ом)?\b(?! (?:наукової )?спеціальност\p{L}*)|id-картк\p{L}*|документ\p{L}*,? (?:що|який) посвідчу\p{L}* особу|фотографі\p{L}*|фото(?:картк\p{L}*)?|анкет[аиуі]|особов\p{L}* (?:листок|листк\p{L}*)(?: з обліку кадрів)?|згод\p{L}* на обробку персональних даних|(?:аплікаційн|реєстраційн)\p{L}* форм\p{L}*|форм\p{L}* заявки)\b/u,
    // "Заява про участь у конкурсі", "Заява на ім'я ректора": the signed request, not the application itself.
    /\b(?:особист\p{L}* заяв[аиуі]|заяв[аиуі] (?:про (?:участь|допуск|зарахування|прийняття)|на (?:участь|ім['’ʼ]я)))\b/u,
    /\b(?:(?:копі[яїюі] )?трудов\p{L}* книжк\p{L}*|(?:ідентифікаційн\p{L}* код\p{L}*|рнокпп)|довідк\p{L}* про (?:відсутність )?судимост\p{L}*|медичн\p{L}* довідк\p{L}*)/u,
  ],
  listTriggers: [
    // "Необхідні документи", "Перелік документів", "Кандидати подають такі документи".
    /\b(?:(?:необхідн|обов['’ʼ]язков|потрібн)\p{L}* документ\p{L}*|(?:перелік\p{L}*|спис(?:ок|ку)|пакет\p{L}*|комплект\p{L}*) (?:необхідних |потрібних |обов['’ʼ]язкових )?документів|(?:такі|наступні|таких|наступних) документ\p{L}*|документи,? (?:для (?:участі|вступу|подання)|(?:необхідні|що подаються) для))\b/u,
    // "До заяви додаються", "Необхідно подати".
    /\b(?:до (?:заяви|заявки) (?:необхідно |слід |потрібно )?(?:дода\p{L}*)|(?:необхідно|слід|потрібно|просимо|прохання|мають|повинні|повинен|повинна) (?:\p{L}+ )?(?:подати|надати|надіслати|направити|додати|завантажити|прикріпити))\b/u,
    // "Заявка має містити:".
    /\b(?:заявк|заяв|пакет документів|комплект документів)\p{L}*[^.]{0,30}\b(?:(?:має|мають|повинн\p{L}*) (?:містити|включати|супроводжуватися)|включа(?:є|ють) в себе)\b|\bяк (?:подати|оформити) (?:заявку|заяву|документи)\b/u,
  ],
  containVerbs: [/\b(?:містит(?:и|ь)|містять|включа(?:ти|є|ють)(?: в себе)?|склада(?:ється|ються|тися) (?:з|із))\b/u],
  sendVerbs: [/\b(?:надісла(?:ти|ння)|надішліть|надсила(?:ти|йте|ють|ються)|пода(?:ти|ють|ються)|подайте|дода(?:ти|ють|ється|ються)|додайте|завантаж(?:ити|те|уються)|прикріп(?:ити|іть)|направ(?:ити|те|ляють|ляються)|нада(?:ти|ють|ються)|надайте)\b/u],
  applicationNouns: [/\b(?:заявк[аиуі]|заявок|заяв[аиуі]|документ(?:и|ів|ам|ами|ах)|пакет\p{L}* документів|комплект\p{L}* документів)\b/u],
  requestCues: [/\b(?:надісла(?:ти)|надішліть|надсилайте|пода(?:ти|ються)|подайте|дода(?:ти|ється|ються)|додайте|завантаж(?:ити|те)|прикріп(?:ити|іть)|направ(?:ити|те|ляються)|нада(?:ти|ються)|надайте|просимо (?:\p{L}+ )?(?:надіслати|подати|надати|додати))\b/u],
  // "(за наявності)", "за бажанням", "можна також додати".
  optional: [/\b(?:за бажанням|за наявност[іи]|необов['’ʼ]язков\p{L}*|не обов['’ʼ]язков\p{L}*|факультативн\p{L}*|бажано|(?:якщо|коли) (?:такі )?(?:є|наявні|наявний|наявна)|(?:можна|можете|може бути) (?:також |додатково )?(?:додати|надіслати|подати|надати))\b/u],
  // "на співбесіді", "відібрані кандидати"; not "не пізніше" (a deadline).
  later: [/\b(?:на (?:пізніш|наступн)\p{L}* етап\p{L}*|на другому етапі|(?<!не )пізніше|на (?:запит|вимогу)|(?:на|до|під час|перед|після) співбесід\p{L}*|(?:при|під час) (?:прийнятті на роботу|прийомі на роботу|укладанні (?:трудового )?(?:договору|контракту)|працевлаштуванні|зарахуванні)|(?:перед|до) (?:укладанням|підписанням) (?:трудового )?(?:договору|контракту)|після (?:відбору|проходження (?:першого етапу|відбору))|(?:кандидат|претендент|вступник)\p{L}*,? (?:як\p{L}* пройшли|відібран|допущен|запрошен)\p{L}*|(?:відібран|запрошен|обран)\p{L}* (?:кандидат|претендент|вступник)\p{L}*|переможц\p{L}* конкурсу|переможець конкурсу)\b|\bне\b[^.]{0,80}\b(?:на (?:цьому|даному|першому) етапі|наразі)\b/u],
  condition: [
    // "(якщо застосовно)", "для іноземних громадян", "для кандидатів, які здобули освіту за кордоном".
    /\b(?:якщо застосовно|за потреби|за необхідності|у разі|в разі|у випадку|в випадку|лише для|тільки для|для (?:іноземн\p{L}* (?:громадян|кандидат|претендент|студент|вступник)\p{L}*|іноземців|осіб без громадянства))\b/u,
    /\bдля (?:кандидатів|претендентів|вступників|осіб|громадян|випускників),? (?:які|що|котрі|з|із|без)\b/u,
    /\bякщо (?:ваш|кандидат|претендент|вступник|диплом|документ про освіту|рідн)\p{L}*/u,
  ],
  // "Не надсилайте оригінали", "Не потрібно додавати копії".
  notWanted: [/\b(?:не (?:надсилайте|додавайте|направляйте|завантажуйте|прикріплюйте)|(?:просимо |прохання )?не (?:(?:потрібно|треба|слід|варто|необхідно) )?(?:надсилати|додавати|направляти|завантажувати|подавати|надавати))\b/u],
  deadline: [
    /\b(?:(?:термін|строк)\p{L}* (?:подання|прийому|прийняття|подачі) (?:заявок|заяв|документів)|(?:кінцев|крайн)\p{L}* (?:термін|строк)\p{L}*|не пізніше|дедлайн|останн\p{L}* день (?:подання|прийому|подачі))\b/u,
    // "Документи приймаються до 15 травня 2025 року": sent "до" (by) a date.
    /\b(?:заявк\p{L}*|заяв\p{L}*|документ\p{L}*|подати|подавати|подаються|надіслати|надсилати|приймаються|прийом(?:у)?)\b[^.]{0,100}?\b(?:до|по) (?=\d{1,2}(?:\.\d|\s*(?:січн|лют|берез|квіт|травн|червн|липн|серп|верес|жовт|листопад|груд)))/u,
  ],
  openUntilFilled: [/\b(?:до (?:заповнення|закриття|заміщення) (?:вакансії|позиції|посади)|(?:поки|доки) (?:вакансію|посаду|позицію) не буде (?:заповнено|закрито|заміщено|зайнято))\b/u],
  // "Вимоги до кандидата", "Посадові обов'язки", "Ми пропонуємо"; not "Вимоги до оформлення документів".
  notDocumentLists: [/\b(?:(?:кваліфікаційн\p{L}* )?вимог(?:и|а)(?! до (?:оформлення|документів|заявки|заяви|матеріалів))|(?:посадов\p{L}* |функціональн\p{L}* )?обов['’ʼ]язк(?:и|ів)|ми пропонуємо|пропонуємо(?=\s*:)|умови (?:роботи|праці)|критері\p{L}* (?:відбору|оцінювання|оцінки)|(?:що )?ми очікуємо)\b/u, /^(?:основні |ключові )?завдання\b/u],
  singlePdf: [/\b(?:в одному (?:pdf[- ]?)?файлі|у одному (?:pdf[- ]?)?файлі|(?:одним|єдиним) (?:pdf[- ]?)?(?:файлом|документом)|у (?:вигляді|форматі) (?:одного|єдиного) (?:pdf[- ]?)?(?:файлу|документа))\b/u],
  separateFiles: [/\b(?:окрем\p{L}* (?:pdf[- ]?)?файл\p{L}*|в окремих (?:pdf[- ]?)?файлах)/u],
  // "Зареєструватися на порталі", "Мати науковий ступінь": steps and conditions, not documents.
  steps: [/^(?:зареєстр\p{L}*|заповн(?:ити|іть)|увійд(?:іть|іти)|перейд(?:іть|іти)|натисн(?:іть|ути)|(?:о|ви)беріть|оплат(?:ити|іть)|авториз\p{L}*|створ(?:іть|ити)|мати|бути|пройти|володіти)\s/u],
};

/**
 * Bulgarian and Serbian (Cyrillic) side by side: calls of Bulgarian universities and academies ("Необходими документи",
 * "Автобиография", "Списък на публикациите") and Serbian "конкурси" ("Уз пријаву кандидати подносе", "Биографија",
 * "Списак радова"). Serbian in its ekavian and ijekavian forms ("уверење"/"увјерење", "предлог"/"приједлог").
 */
const bg_sr: LanguagePhrases = {
  kinds: {
    // Bulgarian "Автобиография (европейски формат)", Serbian "Радна биографија": the CV.
    cv: [/\b(?:автобиографи\p{L}*|(?:радн\p{L}* |кратк\p{L}* |стручн\p{L}* |професионалн\p{L}* )?биографиј\p{L}*)/u],
    // "Придружително писмо", "Пропратно писмо".
    cover_letter: [/\b(?:(?:придружителн|съпроводителн|пропратн)\p{L}* писм\p{L}*|пропратн\p{L}* допис\p{L}*)/u],
    // Bulgarian "мотивационно писмо", Serbian "мотивационо писмо", "мотивациони есеј".
    motivation_letter: [/\bмотивацион\p{L}* (?:писм\p{L}*|есе(?:то)?\b|есеј\p{L}*)/u],
    research_plan: [
      // "Проект за научно изследване", "Изследователско предложение", "Проектопредложение".
      /\b(?:(?:проект|план|концепци|програм|предложени)\p{L}* за (?:(?:научно|бъдещо|предлагано) )?(?:изследване|изследователска работа|дисертационен труд|дисертация)|изследователск\p{L}* (?:предложени|план)\p{L}*|проектопредложени\p{L}*)/u,
      // "Предлог истраживања", "Приједлог теме докторске дисертације", "План научног рада".
      /\b(?:(?:пред|приј?ед)лог\p{L}* (?:истраживањ\p{L}*|(?:истраживачког )?пројекта(?: истраживања)?|теме (?:докторске )?дисертације|докторске дисертације)|план\p{L}* (?:истраживањ\p{L}*|научног рада|рада на (?:докторској )?дисертацији)|пројек(?:ат|та|ту) истраживањ\p{L}*|истраживачк\p{L}* (?:пред|приј?ед)лог\p{L}*)/u,
    ],
    // "Справка за научните приноси", "Описание на научните интереси", "Преглед досадашњег научног рада".
    research_statement: [/\b(?:(?:авторск\p{L}* )?справк\p{L}* (?:за|на) (?:(?:основните|научните|научно-приложните) )*приноси\p{L}*|(?:описание|изложение)\p{L}* на (?:научните|изследователските) (?:интереси|постижения)|(?:опис|преглед|приказ)\p{L}* (?:досадашњ\p{L}* )?(?:научн|истраживачк)\p{L}* (?:рада|интересовања|делатности|дјелатности|активности)|изв(?:ј)?ештај\p{L}* о (?:научном|досадашњем) раду)/u],
    // "Преподавателска философия", "Опис педагошког рада".
    teaching_statement: [/\b(?:преподавателск\p{L}* философи\p{L}*|философи\p{L}* на преподаване(?:то)?|(?:справк|описание)\p{L}* (?:за|на) (?:преподавателската|учебната) (?:дейност|работа)|(?:опис|преглед|приказ)\p{L}* (?:педагошк|наставн)\p{L}* (?:рада|искуства|делатности|дјелатности|активности)|наставн\p{L}* филозофиј\p{L}*|филозофиј\p{L}* наставе)/u],
    transcript: [
      // Bulgarian "Академична справка", "Приложение към дипломата"; Serbian "Уверење о положеним испитима", "Додатак дипломи".
      /\b(?:академичн\p{L}* справк\p{L}*|приложени\p{L}* към диплом\p{L}*|увј?ерени\p{L}* за (?:оценки|положени изпити)|увј?ерењ\p{L}* о (?:положеним испитима|просечној оцени|просјечној оцјени|оценама|оцјенама)|додат(?:ак|ка|ку) (?:уз )?диплом\p{L}*|препис\p{L}* оцена|(?:списак|преглед) положених испита)/u,
      // "Копие от дипломата и приложението към нея", "Диплома са додатком": the supplement is the marks.
      /\bдиплом\p{L}* (?:\p{L}+ ){0,2}?(?:с|и|заедно с) приложени(?:ето|ята|е|я)\b|\bдиплом\p{L}* (?:\p{L}+ ){0,2}?(?:са|и) додатк\p{L}*/u,
    ],
    // "Магистърска теза", "Дисертационен труд", "Мастер рад", "Завршни рад".
    thesis: [/\b(?:магистърск\p{L}* (?:теза|тезата|работа)|дипломн\p{L}* работ\p{L}*|дисертационн?\p{L}* труд\p{L}*|(?:мастер|дипломск\p{L}*|завршн\p{L}*|магистарск\p{L}*) (?:рад(?:а|у|ом)?|тез[аеу])\b|(?:текст|копиј)\p{L}* (?:докторске )?дисертациј\p{L}*)/u],
    // "Списък на публикациите", "Списак објављених радова", "Библиографија".
    publication_list: [/\b(?:списък\p{L}* (?:на |с )?(?:(?:всички|научните|публикуваните|научни|публикувани) )*(?:публикации|трудове)\p{L}*|списак (?:(?:објављених|научних|стручних|свих|одабраних) (?:и )?)*(?:радова|публикација)|библиографиј\p{L}*)/u],
    // "Копия на публикациите", "Копије објављених радова", "Примерци радова".
    writing_sample: [/\b(?:копи\p{L}* (?:на|от) (?:\p{L}+(?:ите|ни|ните) ){0,2}(?:публикации|трудове|статии)\p{L}*|избран\p{L}* публикаци\p{L}*|копиј\p{L}* (?:(?:\p{L}+(?:их)|два|три) ){0,2}(?:радова|публикација|чланака)|примј?ер(?:ак|ке|ци|ка) (?:\p{L}+ ){0,2}?радова|одабран\p{L}* (?:радови|радове|публикације)|радов\p{L}* у (?:електронском|pdf|пдф) (?:облику|формату))/u],
    // "Препоръчителни писма", "Две препоръки", "Писмо препоруке".
    references: [/\b(?:препоръчителн\p{L}* писм\p{L}*|писм\p{L}* (?:с |за )?препоръ\p{L}*|препоръ(?:ка|ки|ката|ките) от|(?:две|три|една|2|3) препоръ(?:ка|ки)|препоръчващ\p{L}*|писм\p{L}* препорук\p{L}*|препорук\p{L}* (?:од|професора|ментора|руководиоца)|(?:две|три|једна|два|2|3) препорук\p{L}*|особ\p{L}* за препоруку)/u],
    diplomas: [
      // "Копие от дипломата", "Диплома за образователна и научна степен „доктор“".
      /\b(?:копи\p{L}* (?:на|от) (?:(?!и\s)\p{L}+ ){0,2}?диплом(?:а|ата|и|ите)\b|диплом\p{L}* за (?:висше образование|образователн\p{L}* (?:и научна )?степен|завършен\p{L}* (?:образователна )?степен|научна степен)|удостоверени\p{L}* за признаване на (?:висше )?образовани\p{L}*)/u,
      // "Оверена фотокопија дипломе", "Диплома о стеченом високом образовању", "Уверење о дипломирању", "Нострификација".
      /\b(?:(?:фото)?копиј\p{L}* (?:(?!и\s)\p{L}+ ){0,2}?диплом(?:е|а|и)\b|диплом\p{L}* о (?:стеченом )?(?:високом образовању|завршеним (?:основним|мастер|докторским|академским|магистарским) студијама)|диплом\p{L}* (?:основних|мастер|докторских|академских|магистарских) студија|увј?ерењ\p{L}* о (?:дипломирању|стеченом (?:високом образовању|звању)|завршеним студијама)|нострификациј\p{L}*|решењ\p{L}* о признавању (?:стране )?(?:високошколске )?исправе)/u,
    ],
    // "Сертификат за владеене на английски език", "Доказ о знању српског језика".
    language_certificate: [
      /\b(?:езиков\p{L}* сертификат\p{L}*|(?:сертификат|документ|удостоверени|свидетелств|доказателств)\p{L}* (?:за |удостоверяващ\p{L}* )(?:(?:владеене|ниво|познаване|знание)\p{L}* (?:на )?)?(?:английски|чужд|български|немски|френски|испански|руски) език\p{L}*)/u,
      /\b(?:језичк\p{L}* сертификат\p{L}*|(?:сертификат|доказ|потврд|увј?ерењ)\p{L}* (?:о (?:знању|познавању|нивоу (?:знања|познавања))|из|за) (?:\p{L}+ )?језик(?:а|у)?\b)/u,
    ],
    portfolio: [/\bпортфолио\b/u],
  },
  other: [
    // Bulgarian "Копие от лична карта", "Свидетелство за съдимост", "Заявление до ректора".
    /\b(?:лична(?:та)? карта|документ за самоличност|(?:цветн\p{L}* |паспортн\p{L}* )?снимк(?:а|и)\b|заявлени\p{L}* (?:до|за участие|по образец)|свидетелство за съдимост|медицинско свидетелство|попълнен\p{L}* формуляр\p{L}*|формуляр\p{L}* за кандидатстване|справк\p{L}* за (?:изпълнение|покриване) на (?:минималните )?(?:национални )?изисквания\p{L}*)/u,
    // Serbian "Очитана лична карта", "Уверење о држављанству", "Извод из матичне књиге рођених", "Пријавни формулар".
    /\b(?:(?:фотокопиј|очитан|копиј)\p{L}* личне карте|пасош\p{L}*|увј?ерењ\p{L}* о (?:држављанству|неосуђиваности|некажњавању)|увј?ерењ\p{L}* да се (?:против кандидата )?не води|извод\p{L}* из матичне књиге (?:рођених|венчаних|вјенчаних)|(?:лекарск|љекарск)\p{L}* увј?ерењ\p{L}*|пријавн\p{L}* (?:формулар|образац)\p{L}*|образац\p{L}* пријаве|попуњен\p{L}* образац\p{L}*)/u,
  ],
  listTriggers: [
    // "Необходими документи", "Кандидатите подават следните документи", "Към заявлението се прилагат".
    /\b(?:(?:необходим|изискуем|задължителн|нужн)\p{L}* документи\p{L}*|(?:списък|пакет|комплект)\p{L}* (?:с |на )?(?:необходимите |изискуемите )?документи\p{L}*|следни(?:те)? документи|документи(?:те)? за участие|към заявлението (?:се )?прилага(?:т)?|(?:необходимо е|следва|трябва) да (?:се )?(?:представ|подад|изпрат|прилож)\p{L}*)/u,
    // "Уз пријаву кандидати подносе", "Потребна документација", "Списак потребне документације".
    /\b(?:уз пријаву (?:(?:кандидати|кандидат|је потребно|треба|потребно је) )?(?:подносе|поднети|приложити|доставити|достављају|доставља|доставе|прилажу)|(?:потребн|неопходн)\p{L}* (?:документациј\p{L}*|документ\p{L}*)|(?:списак|листа) (?:потребне |неопходне )?документациј\p{L}*|(?:списак|листа) (?:потребних |неопходних )?докумената|следећ\p{L}* (?:документ\p{L}*|документациј\p{L}*)|пријава (?:треба да |мора да )?садржи)/u,
  ],
  containVerbs: [/\b(?:съдърж(?:а|ат|ащ\p{L}*)|включва(?:т)?|се състои от|садрж(?:и|е|ати)|обухвата(?:ти)?|укључ(?:ује|ују|ити)|састоји се од)\b/u],
  sendVerbs: [/\b(?:изпра(?:тете|ти|щат|щате|тят)|прилож(?:ете|и)|прилагат|пода(?:йте|ват|де|дат)|кач(?:ете|ват)|представ(?:ят|ете)|достав(?:ити|е|ите|љају|ља)|пошаљ(?:ите|у)|послати|прилож(?:ити|ите|е)|прилажу|подне(?:ти|су|сите)|подносе|отпрем(?:ити|ите)|учита(?:ти|јте))\b/u],
  applicationNouns: [/\b(?:заявлени(?:е|ето|я)|кандидатур(?:а|ата|и)|документи(?:те)?|документация(?:та)?|пријав(?:а|е|у|ом)|документациј(?:а|е|у)|документа)\b/u],
  requestCues: [/\b(?:изпратете|приложете|прилагат|подайте|подават|качете|представят|достав(?:ити|е|ите|љају|ља)|пошаљите|послати|прилож(?:ити|ите|е)|прилажу|подне(?:ти|су|сите)|подносе|отпрем(?:ити|ите)|учитајте)\b/u],
  // "(при наличие)", "по желание", "уколико поседује", "није обавезно".
  optional: [/\b(?:по желание|при наличие|ако (?:има|имате|е налично|са налични)|незадължителн\p{L}*|не е задължителн\p{L}*|по избор|опцион\p{L}*|по жељи|(?:ако|уколико) (?:их |га |је )?(?:постоји|постоје|поседује|поседују|има|имају)|није обавезн\p{L}*|необавезн\p{L}*)\b/u],
  // "При назначаване", "Изабрани кандидат доставља ...", "на захтев".
  later: [/\b(?:на (?:по-късен|следващ|втори) етап|при поискване|(?:на|по време на|преди|след) интервю(?:то)?|при (?:назначаване(?:то)?|сключване на (?:трудов )?договор|постъпване на работа)|(?:одобрен|класиран|избран|спечелил)\p{L}* кандидат\p{L}*|у (?:каснијој|наредној|другој) фази|накнадно|на захтј?ев|(?:на|током|пре|прије|после|послије) (?:разговор\p{L}*|интервју\p{L}*)|(?:пре|прије|приликом) (?:заснивања радног односа|потписивања уговора|пријема у радни однос)|(?:изабран|одабран)\p{L}* кандидат\p{L}*|ужи избор|ужем избору)\b|\bне\b[^.]{0,80}\b(?:на този етап|на настоящия етап|у овој фази|у овом тренутку)\b/u],
  condition: [
    // Bulgarian "ако е приложимо", "за чуждестранни граждани", "за кандидати, които ...".
    /\b(?:ако е приложимо|при необходимост|в случай(?: че)?|само за|за чуждестранни (?:граждани|кандидати)|за чужденци|за кандидати(?:те)?,? (?:които|с|от|без)|ако (?:дипломата|кандидатът|образованието))\b/u,
    // Serbian "уколико кандидат има диплому стечену у иностранству", "за стране држављане".
    /\b(?:ако је применљиво|уколико је потребно|по потреби|у случају|само за|за стране држављане|за странце|за кандидате,? (?:који|која|са|из|без|чија|чији)|(?:ако|уколико) (?:је )?(?:кандидат|диплом)\p{L}*)/u,
  ],
  // "Не изпращайте оригинали", "Није потребно достављати оригинале".
  notWanted: [/\b(?:не (?:изпращайте|прилагайте|качвайте|шаљите|прилажите|достављајте)|(?:не е|няма) (?:необходимо|нужно) да (?:се )?(?:изпраща|прилага|представя)\p{L}*|није (?:потребно|неопходно) (?:слати|достављати|прилагати|доставити|приложити)|не треба (?:слати|достављати|прилагати))/u],
  deadline: [
    /\b(?:кра(?:ен|йни(?:ят)?) срок|срок\p{L}* за (?:подаване|кандидатстване|приемане)|не по-късно от|в срок до|рок\p{L}* за (?:подношење|пријав\p{L}*|достављање)|закључно са|најкасније до|крајњи рок)/u,
    // "Документите се подават до 15 май 2025 г.", "Пријаве се подносе у року од 15 дана", "до 15. марта".
    /\b(?:документи\p{L}*|заявлени\p{L}*|кандидатур\p{L}*|подава(?:т|не)|приема(?:т|не)|пријав\p{L}*|документациј\p{L}*|подносе|подношење|доставити|доставља)\b[^.]{0,100}?\b(?:до (?=\d{1,2}(?:\.\d|\.?\s*(?:януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември|јануар|фебруар|мај|јун|јул|септембар|октобар|новембар|децембар)))|у року од)/u,
  ],
  openUntilFilled: [/\b(?:до (?:попълване|запълване|заемане)(?:то)? на (?:позицията|длъжността|свободното място|мястото)|до (?:попуне|попуњавања|попуњења) (?:радног места|позиције|места))\b/u],
  // Bulgarian "Изисквания към кандидатите", "Задължения"; Serbian "Услови", "Опис посла", "Нудимо".
  notDocumentLists: [
    /\b(?:изисквания(?:та)? (?:към|за) (?:кандидат\p{L}*|длъжност\p{L}*|позиция\p{L}*)|(?:основни |служебни )?задължения|отговорности|ние предлагаме|предлагаме(?=\s*:)|условия на работа|критери\p{L}* за (?:подбор|оценка|оценяване)|услови (?:конкурса|за избор|за пријем)|опис (?:посла|радног места)|(?:радни )?задаци|нудимо|захтеви|(?:потребн|пожељн)\p{L}* (?:компетенције|вештине|вјештине)|критеријум\p{L}* (?:за избор|оцењивања|оцјењивања|вредновања|вриједновања))\b/u,
    /^(?:основни |общи |минимални |специфични )?изисквания\b|^(?:општи |посебни )?услови\b/u,
  ],
  singlePdf: [/\b(?:в (?:един|единен) (?:(?:pdf|пдф)[- ]?)?(?:файл|документ)|като един (?:(?:pdf|пдф)[- ]?)?файл|обединени в един|у (?:једном|јединственом) (?:(?:pdf|пдф)[- ]?)?(?:фајлу|документу|датотеци)|као (?:један|јединствен) (?:(?:pdf|пдф)[- ]?)?(?:фајл|документ)|обједињен\p{L}* у (?:један|једном))\b/u],
  separateFiles: [/\b(?:(?:в|като) отделни (?:(?:pdf|пдф)[- ]?)?файлове|отделен файл|(?:у|као) (?:засебн|одвојен|посебн)\p{L}* (?:(?:pdf|пдф)[- ]?)?(?:фајл|документ|датотек)\p{L}*|засебан фајл)/u],
  // "Да притежава образователна и научна степен „доктор“", "Попуните пријавни формулар": conditions and steps.
  steps: [/^(?:регистрирайте|попълнете|влезте|натиснете|изберете|заплатете|да (?:притежава|има|е|бъде|поседује|је)|притежава|регистр\p{L}*|попун(?:ити|ите)|пријавите се|кликните|изаберите|уплатите|имати|бити|поседовати)\s/u],
};

/**
 * Romanian: the words of calls from Romanian universities and institutes ("Dosarul de concurs va conține", "Scrisoare de
 * intenție", "Lista lucrărilor"). `match.ts` folds "â" and "î" but not "ă", "ș", "ț", which are written in classes.
 */
const ro: LanguagePhrases = {
  kinds: {
    // Not "scrisoare de prezentare din partea conducătorului": a letter by someone else.
    cover_letter: [/\bscris(?:oare|oarea|ori|orii|orile) de (?:inten[tțţ]ie|prezentare)\b(?! (?:din partea|de la|semnat[aă] de|a (?:conduc[aă]torului|coordonatorului|profesorului)))/],
    motivation_letter: [/\bscris(?:oare|oarea|ori|orii|orile) (?:de motiva[tțţ]ie|motiva[tțţ]ional[aăe])\b/, /\b(?:eseu(?:l)? motiva[tțţ]ional|declara[tțţ]i(?:e|a) de (?:inten[tțţ]ie|motiva[tțţ]ie))\b/],
    // "Propunerea de dezvoltare a carierei universitare": the plan the Romanian competitions ask of every candidate.
    research_plan: [
      /\b(?:propuner(?:e|ea)|proiect(?:ul)?|plan(?:ul)?) (?:de proiect )?(?:de )?cercet[aă]r(?:e|ii)\b/,
      /\b(?:propuner(?:e|ea)|plan(?:ul)?) de dezvoltare a carierei\b/,
      /\bproiect(?:ul)? (?:de tez[aă]|tezei)(?: de doctorat)?\b/,
    ],
    // "Memoriu de activitate", "descrierea activității științifice": an account of the research done.
    research_statement: [/\bmemori(?:u|ul) (?:de activitate|[sșş]tiin[tțţ]ific)\b/, /\bdescrier(?:e|ea) (?:a )?activit[aă][tțţ]ii (?:de cercetare|[sșş]tiin[tțţ]ifice)\b/],
    teaching_statement: [/\b(?:filo[sz]ofi(?:a|e) (?:de predare|pred[aă]rii|didactic[aă])|concep[tțţ]i(?:a|e) didactic[aă]|descrier(?:e|ea) (?:a )?activit[aă][tțţ]ii didactice)\b/],
    // "Foaia matricolă", "suplimentul la diplomă", "situația școlară".
    transcript: [/\b(?:fo(?:aia|aie|ile|ii) matricol\p{L}*|supliment(?:ul|ului)? (?:la|de) diplom[aă]|situa[tțţ]i(?:a|e|ile) [sșş]colar(?:[aă]|e)|registr(?:u|ul) matricol)\b/u],
    // Not "să fi susținut teza de doctorat": a requirement, not a document.
    thesis: [/\b(?<!(?:sus[tțţ]inut[aă]?|sus[tțţ]inerea|elaborarea|realizarea|finalizarea|finalizat[aă]?) )(?:tez(?:[aă]|ei|ele)|lucr(?:area|are|[aă]rii)) de (?:doctorat|licen[tțţ][aă]|diserta[tțţ]ie|dizerta[tțţ]ie|master(?:at)?)\b/],
    publication_list: [/\blist(?:a|[aă]|ei) (?:complet[aă] )?(?:a |de )?(?:lucr[aă]ri(?:lor)?|publica[tțţ]ii(?:lor)?)\b/],
    // "cel mult 10 publicații selectate de candidat", "copii ale lucrărilor".
    writing_sample: [/\b(?:publica[tțţ]ii(?:le)? (?:selectate|reprezentative|relevante)|copi(?:i|ile) (?:ale |dup[aă] )?(?:publica[tțţ]ii(?:lor)?|lucr[aă]ri(?:lor)?|articole(?:lor)?)|cele mai (?:relevante|reprezentative|importante) (?:\d+ )?(?:publica[tțţ]ii|lucr[aă]ri|articole))\b/],
    // Not "referințe bibliografice": a bibliography.
    references: [/\bscris(?:oare|oarea|ori|orii|orile) de (?:recomandare|referin[tțţ][aăe])\b/, /\b(?:recomand[aă]ri(?:le)?|referin[tțţ]e(?:le)?(?! bibliografice)|persoane(?:le)? de (?:referin[tțţ][aă]|contact pentru recomand[aă]ri))\b/],
    // "Copia legalizată a diplomei de licență", "actele de studii", "atestatul de recunoaștere a studiilor".
    diplomas: [
      /\bdiplom(?:a|[aă]|ei|ele|elor) de (?:licen[tțţ][aă]|master(?:at)?|doctor(?:at)?|bacalaureat|absolvire|studii)\b/,
      /\bcopi(?:a|e|i|ile) (?:legalizat[aăe] |conform[aăe] cu originalul )?(?:a |ale |dup[aă] |de pe )?diplome(?:i|lor)\b/,
      /\b(?:acte(?:le)? de studii|(?:atestat(?:ul)?|certificat(?:ul)?) de (?:recunoa[sșş]tere|echivalare)(?: a studiilor)?)\b/,
    ],
    language_certificate: [/\b(?:certificat(?:ul|e|ele)?|atestat(?:ul|e|ele)?|dovad[aă]|dovezi) (?:de |privind |a |al |ale )?(?:competen[tțţ][aăe] lingvistic[aăe]|cunoa[sșş]ter(?:e|ea|ii) (?:a )?limbii)\b/, /\b(?:atestat(?:ul)?|certificat(?:ul)?) lingvistic\b/],
    portfolio: [/\bportofoli(?:u|ul|ului|i|ile)\b/],
  },
  // "Cererea de înscriere" is the form to sign, but not in "Cererea de înscriere trebuie să conțină": the application itself.
  other: [
    /\b(?:c(?:artea|arte|[aă]r[tțţ]ii) de identitate|act(?:ul|ului)? de identitate|buletin(?:ul|ului)? de identitate|pa[sșş]aport(?:ul|ului)?)\b/,
    /\b(?:cerer(?:e|ea)(?: tip)? de (?:[iî]nscriere|participare)(?: la concurs)?(?!(?: la concurs)? (?:trebuie|va|vor|con[tțţ]ine|cuprinde|se depune))|formular(?:ul)? de (?:candidatur[aă]|[iî]nscriere|aplica[tțţ]ie))\b/,
    // "Fișa de verificare a îndeplinirii standardelor minimale": the self-assessment sheet of the competitions.
    /\bfi[sșş](?:a|ei|ele) de (?:verificare|autoevaluare|[iî]nscriere)\b/,
    /\bdeclara[tțţ]i(?:e|a|ile) (?:pe propri(?:a|e) r[aă]spundere|de (?:integritate|consim[tțţ][aă]m[aâ]nt|interese))\b/,
    /\b(?:certificat(?:ul)? de (?:na[sșş]tere|c[aă]s[aă]torie)|cazier(?:ul)? judiciar|adeverin[tțţ](?:a|[aă]) medical[aă]|dovad(?:a|[aă]) (?:pl[aă][tțţ]ii|achit[aă]rii) taxei)\b/,
    /\bfotografi(?:e|i) (?:tip (?:pa[sșş]aport|buletin)|color|recent[aăe])\b/,
  ],
  listTriggers: [
    /\bdosar(?:ul)? (?:de concurs|de candidatur[aă]|de [iî]nscriere|candidatului)\b[^.]{0,30}\b(?:con[tțţ]ine|cuprinde|include|con[tțţ]in[aă]|cuprind[aă]|includ[aă])\b/,
    /\b(?:documente(?:le)?|acte(?:le)?) (?:necesare|solicitate|obligatorii|cerute|de depus|care (?:trebuie|se) (?:depu|trimi|ata[sșş]|[iî]nc[aă]rc)\p{L}*)/u,
    /\b(?:urm[aă]toarele (?:documente|acte)|lista (?:documentelor|actelor)|con[tțţ]inutul dosarului)\b/,
    // "Candidații vor depune ...", "trebuie să încarce".
    /\b(?:vor|trebuie s[aă]|sunt ruga[tțţ]i s[aă]) (?:depune|depun[aă]|trimite|trimit[aă]|[iî]nc[aă]rca|[iî]ncarce|ata[sșş]a|ata[sșş]eze)\b/,
  ],
  containVerbs: [/\b(?:con[tțţ]in(?:e|[aă])?|cuprind(?:e|[aă])?|includ[aă]|(?:va|vor) include|(?:este|va fi) alc[aă]tuit din|se compune din)\b/],
  // Not "transmite", "transmita": Spanish verbs too.
  sendVerbs: [/\b(?:trimite(?:[tțţ]i)?|trimit[aă]|depune(?:[tțţ]i)?|depun[aă]|transmite[tțţ]i|[iî]nc[aă]rca(?:[tțţ]i)?|[iî]ncarce|ata[sșş]a(?:[tțţ]i)?|ata[sșş]eze|anexa[tțţ]i|anexeze|expedia[tțţ]i)\b/],
  applicationNouns: [/\b(?:dosar(?:ul|ele)?(?: de (?:concurs|candidatur[aă]|[iî]nscriere))?|documentele|actele|aplica[tțţ]i(?:a|ile)|cerer(?:ea|ile) de [iî]nscriere)\b/],
  // "Se solicită ...", "vor fi atașate", "vă rugăm să trimiteți".
  requestCues: [/\b(?:se (?:solicit[aă]|cer|vor depune|depun|va depune|vor trimite|vor transmite|vor ata[sșş]a|vor [iî]nc[aă]rca)|trimite[tțţ]i|depune[tțţ]i|ata[sșş]a[tțţ]i|[iî]nc[aă]rca[tțţ]i|transmite[tțţ]i|anexa[tțţ]i|trebuie s[aă] (?:depun[aă]|trimit[aă]|transmit[aă]|[iî]ncarce|ata[sșş]eze|con[tțţ]in[aă]|cuprind[aă]|includ[aă])|(?:va|vor) fi (?:ata[sșş]at|depus|trimis|transmis|[iî]nc[aă]rcat|anexat)(?:[aăe])?)\b/],
  // "(opțional)", "dacă există", "dacă dețineți": sent when the applicant has it. Not "optionale", a German word.
  optional: [/\b(?:op[țţ]ional\p{L}*|op[tțţ]ional[aă]|facultativ(?:ă)?|(?:dac[aă]|[iî]n cazul [iî]n care) (?:exist[aă]|este disponibil[aă]?|sunt disponibile|de[tțţ]ine[tțţ]i|de[tțţ]ine(?: candidatul)?)|constituie (?:un )?avantaj|pot fi (?:ata[sșş]ate|anexate|ad[aă]ugate))\b/u],
  // "vor fi solicitate ulterior", "la interviu", "candidații selectați"; not bare "ulterior", an English word.
  later: [/\b(?:[iî]ntr-o (?:etap[aă]|faz[aă]) ulterioar[aă]|[iî]n etapa (?:urm[aă]toare|a doua|de interviu)|la interviu|[iî]n cadrul interviului|la cerere|la solicitarea (?:comisiei|universit[aă][tțţ]ii|institu[tțţ]iei)|(?:solicitat|depus|prezentat|transmis|trimis)(?:[aăe])? ulterior|la (?:momentul )?angaj[aă]rii|la angajare|[iî]nainte de (?:angajare|semnarea contractului)|candida[tțţ]i(?:i|lor) (?:selecta[tțţ]i|admi[sșş]i|declara[tțţ]i (?:admi[sșş]i|c[aâ][sșş]tig[aă]tori))|candidat(?:ul|ului) (?:selectat|admis|c[aâ][sșş]tig[aă]tor))\b|\bnu\b[^.]{0,80}\b(?:[iî]n aceast[aă] (?:etap[aă]|faz[aă])|[iî]n prima (?:etap[aă]|faz[aă])|deocamdat[aă]|[iî]n acest moment)\b/],
  // "dacă este cazul", "după caz", "pentru candidații străini", "studii obținute în străinătate".
  condition: [/\b(?:dac[aă] (?:este|e) cazul|dup[aă] caz|[iî]n cazul (?:[iî]n care(?! (?:exist|de[tțţ]in|este disponibil|sunt disponibil))|candida[tțţ]ilor)|numai pentru|doar pentru|pentru (?:candida[tțţ]ii|absolven[tțţ]ii|cei) (?:str[aă]ini|care|cu|din)|(?:studii|diplom\p{L}*) ob[tțţ]inut\p{L}* [iî]n str[aă]in[aă]tate|dac[aă] (?:diploma|limba|candidatul|studiile))\b/u],
  notWanted: [/\bnu (?:trimite[tțţ]i|ata[sșş]a[tțţ]i|anexa[tțţ]i|include[tțţ]i|depune[tțţ]i|este necesar(?:[aă])? (?:s[aă] (?:trimite[tțţ]i|ata[sșş]a[tțţ]i|depune[tțţ]i)|trimiterea|ata[sșş]area|depunerea)|sunt necesare|se (?:solicit[aă]|accept[aă]|vor accepta|primesc|vor lua [iî]n considerare)|vor fi (?:luate [iî]n considerare|acceptate|evaluate))\b/],
  // "Termenul limită", "până la data de 15 martie 2025"; not "până la 5 pagini".
  deadline: [/\b(?:termen(?:ul)? (?:limit[aă]|de depunere|final)|data limit[aă]|p[aâ]n[aă] (?:la data de|cel t[aâ]rziu|[iî]n data de|pe data de)|cel t[aâ]rziu (?:p[aâ]n[aă] )?(?:la|[iî]n)|perioada de [iî]nscriere)\b|\bp[aâ]n[aă] (?:la |pe |[iî]n )?(?=\d{1,2}(?:[./]\d{1,2}[./]\d{2,4}| (?:ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie)\b))/],
  openUntilFilled: [/\bp[aâ]n[aă] la ocuparea (?:postului|pozi[tțţ]iei)\b/],
  notDocumentLists: [/\b(?:cerin[tțţ]e(?:le)?(?: (?:minime|obligatorii|specifice|postului))?|atribu[tțţ]ii(?:le)?|responsabilit[aă][tțţ]i(?:le)?|oferim|condi[tțţ]ii(?:le)? (?:de participare|de eligibilitate|minime|specifice)|criterii(?:le)? de (?:selec[tțţ]ie|evaluare)|profilul candidatului|sarcini(?:le)?(?: postului)?|descrierea postului)\b/],
  singlePdf: [/\b(?:[iî]ntr-un|un) singur (?:fi[sșş]ier|document|pdf)\b/],
  separateFiles: [/\b(?:fi[sșş]iere (?:separate|distincte)|documente separate)\b/],
  // "Să dețină titlul de doctor", "Accesați platforma": conditions and steps, not documents.
  steps: [/^(?:s[aă] (?:fie|aib[aă]|de[tțţ]in[aă]|posede|cunoasc[aă])|accesa[tțţ]i|completa[tțţ]i|crea[tțţ]i|[iî]nregistra[tțţ]i-v[aă])\s/u],
};

/**
 * Hungarian: the words of Hungarian university and institute calls ("A pályázathoz csatolni kell", "Szakmai önéletrajz",
 * "Publikációs lista"). `match.ts` folds "á", "é", "í", "ó", "ö", "ú", "ü" but not "ő", "ű", which are written in classes.
 */
const hu: LanguagePhrases = {
  kinds: {
    cv: [/\boneletrajz\p{L}*/u],
    // "Kísérőlevél", "pályázati levél": the letter that asks for the post.
    cover_letter: [/\b(?:kiser[oóöőõ] ?level\p{L}*|palyazati level\p{L}*)/u],
    motivation_letter: [/\bmotivacios (?:level|nyilatkozat|essz)\p{L}*/u],
    // "Kutatási terv", "témavázlat", "oktatási és kutatási elképzelések".
    research_plan: [/\bkutatasi (?:terv|javaslat|koncepcio|elkepzeles)\p{L}*/u, /\b(?:oktatasi es kutatasi|kutatasi es oktatasi) (?:terv|elkepzeles|koncepcio)\p{L}*/u, /\btemavazlat\p{L}*/u],
    research_statement: [/\b(?:eddigi )?(?:kutatoi|kutatasi|tudomanyos) (?:tevekenyseg|munkassag|eredmeny)\p{L}* (?:rovid )?(?:bemutatas|ismertetes|osszefoglal|leiras)\p{L}*/u],
    teaching_statement: [/\boktatasi (?:tevekenyseg|munkassag)\p{L}* (?:rovid )?(?:bemutatas|ismertetes|osszefoglal|leiras)\p{L}*/u, /\b(?:oktatasi (?:koncepcio|filozofia)|oktatasfilozofia)\p{L}*/u],
    // "Leckekönyv", "oklevélmelléklet" (the diploma supplement), "az index másolata".
    transcript: [/\b(?:leckekonyv\p{L}*|oklevel[- ]?melleklet\p{L}*|tanulmanyi eredmeny\p{L}* (?:igazol|kivonat)\p{L}*|index\p{L}* masolat\p{L}*)/u],
    thesis: [/\b(?:szakdolgozat\p{L}*|diplomamunk\p{L}*|doktori ertekezes\p{L}*|phd[- ]ertekezes\p{L}*|disszertacio\p{L}*)/u],
    publication_list: [/\b(?:publikacios (?:lista|jegyzek)\p{L}*|publikacio\p{L}* (?:listaj|jegyzek)\p{L}*|(?:tudomanyos )?kozlemeny\p{L}* (?:listaj|jegyzek)\p{L}*|(?:tudomanyos )?(?:munkak|m[uúüűû]vek) jegyzek\p{L}*)/u],
    // "öt legjelentősebb publikációjának különlenyomata".
    writing_sample: [/\b(?:valogatott|legfontosabb|legjelent[oóöőõ]sebb|kiemelt|reprezentativ) (?:\d+ |ot |harom |tiz )?(?:publikacio|kozlemeny|tanulmany|cikk)\p{L}*/u, /\bkulonlenyomat\p{L}*/u],
    references: [/\b(?:ajanlo ?level\p{L}*|referencia ?level\p{L}*|referenciak\p{L}*|referencia ?szemely\p{L}*|ajanlo(?:k|i|inak) (?:nev|elerhet)\p{L}*|ajanlas\p{L}*)/u],
    // "Az oklevél hiteles másolata", "végzettséget igazoló okiratok", "honosítás"; not a bare "oklevél", a requirement too.
    diplomas: [
      /\b(?:oklevel(?![- ]?melleklet)|diplom)\p{L}* (?:hiteles |egyszer[uúüűû] )?masolat\p{L}*/u,
      /\b(?:vegzettseg|kepzettseg|kepesites|szakkepzettseg)\p{L}* igazolo (?:okirat|oklevel|dokumentum|bizonyitvany|iratok)\p{L}*/u,
      /\b(?:doktori|phd|mesterszakos|alapszakos|egyetemi) oklevel\p{L}*/u,
      /\b(?:phd|doktori|tudomanyos) fokozat\p{L}* (?:igazol|megszerzes)\p{L}*/u,
      /\bhonosit(?:as|ott|asi)\p{L}*/u,
    ],
    // Not a bare "nyelvvizsga": "angol nyelvvizsga" is a requirement.
    language_certificate: [/\bnyelvvizsga[- ]?bizonyitvany\p{L}*/u, /\bnyelvvizsg\p{L}* (?:hiteles )?(?:masolat|igazolas|igazolo)\p{L}*/u, /\bnyelvtudas\p{L}* (?:igazolo (?:okirat|dokumentum|bizonyitvany|igazolas|iratok)|igazolas)\p{L}*/u],
    // Not the English "portfolio": with an accent or a Hungarian ending.
    portfolio: [/\bportf(?:[óÓ]li[oóÓ]|oli[óÓ])\p{L}*|\bportfolio(?:t|ja|jat|k|kat)\b/u],
  },
  other: [
    /\b(?:szemelyi igazolvany|utlevel|lakcimkartya)\p{L}*/u,
    /\berkolcsi bizonyitvany\p{L}*/u,
    /\b(?:jelentkezesi|palyazati|regisztracios) (?:lap|adatlap|[uúüűû]rlap)\p{L}*|\badatlap\p{L}*|\bkitoltott [uúüűû]rlap\p{L}*/u,
    // "Nyilatkozat arról, hogy a pályázati anyagot ... megismerhetik": the consent every Hungarian call asks for.
    /\b(?<!motivacios )nyilatkozat\p{L}*/u,
    // Not "fényképes önéletrajz": a CV with a photo.
    /\bfenykep(?!es)\p{L}*|\bigazolvanykep\p{L}*/u,
    /\b(?:orvosi|egeszsegugyi) (?:alkalmassagi )?igazolas\p{L}*|\bbefizet\p{L}* igazol\p{L}*/u,
  ],
  listTriggers: [
    /\b(?:a )?palyazat(?:hoz|nak|i anyaghoz|i anyagnak)\b[^.]{0,40}\b(?:csatolni|mellekelni|tartalmaznia|benyujtani) kell\b/u,
    /\b(?:benyujtand\p{L}*|csatoland\p{L}*|mellekelend\p{L}*|szukseges|kotelez[oóöőõ]|elvart|kert) (?:iratok|dokumentumok|mellekletek|okiratok|igazolasok)\b/u,
    /\b(?:a kovetkez[oóöőõ]|az alabbi) (?:dokumentumok|iratok|mellekletek|okiratok)\p{L}*/u,
    // "A pályázat részeként benyújtandó iratok, igazolások:".
    /\b(?:a )?palyazat (?:reszekent|reszet kepez\p{L}*)/u,
  ],
  containVerbs: [/\b(?:tartalmaz\p{L}*|magaban foglal\p{L}*|(?:a )?kovetkez[oóöőõ]kb[oóöőõ]l all\p{L}*)/u],
  sendVerbs: [/\b(?:csatol(?:ja|jak|jon|janak|ni)|kuldje|kuldjek|kuldjon|kuldjenek|benyujt(?:ani|ja|jak|ando)|nyujtsa be|nyujtsak be|nyujtson be|toltse fel|toltsek fel|feltolt(?:eni|ese)|mellekel(?:je|jek|ni|jen))\b/u],
  applicationNouns: [/\b(?:palyazat(?:a|ot|nak|hoz|ok|ait)?|palyazati anyag\p{L}*|jelentkezes(?:e|t|hez|nek)?|dokumentumok(?:at)?|mellekletek(?:et)?|iratok(?:at)?)\b/u],
  requestCues: [/\b(?:csatol(?:ja|jak|jon|ni)|kerjuk|benyujtand\p{L}*|csatoland\p{L}*|mellekelend\p{L}*|kuldje|kuldjek|kuldjon|nyujtsa be|nyujtsak be|toltse fel|toltsek fel|mellekelje|mellekeljek|mellekelni|(?:be )?kell (?:nyujtani|kuldeni|csatolni))\b/u],
  // "ha van", "amennyiben rendelkezik vele", "csatolható": sent when the applicant has it.
  optional: [/\b(?:opcionalis\p{L}*|nem kotelez[oóöőõ](?:en)?|(?:ha|amennyiben) (?:van|vannak|rendelkezik (?:vele|ilyennel|ezzel)|rendelkezesre all)|csatolhato|benyujthato|mellekelhet[oóöőõ])\b/u],
  // "a személyes meghallgatáson", "felvétel esetén", "a kiválasztott jelölttől".
  later: [/\b(?:(?:szemelyes )?meghallgatas(?:on|kor|ra)|interju(?:n|ra|kor)|kes[oóöőõ]bbi (?:szakaszban|fordul[oóöőõ]ban|id[oóöőõ]pontban)|kes[oóöőõ]bb|keresre|(?:felvetel|kinevezes|kivalasztas|alkalmazas|szerz[oóöőõ]deskotes) (?:eseten|el[oóöőõ]tt|utan|soran)|(?:kivalasztott|sikeres|nyertes) (?:jelolt|palyazo)\p{L}*)\b|\bnem\b[^.]{0,80}\b(?:ebben a szakaszban|ebben a fazisban|egyel[oóöőõ]re|az els[oóöőõ] fordul[oóöőõ]ban)\b/u],
  // "Külföldön szerzett oklevél esetén", "nem magyar anyanyelvű pályázók", "adott esetben".
  condition: [
    /\b(?:amennyiben|ha) (?:a palyazo|a jelentkez[oóöőõ]|az oklevel|a diploma|a vegzettseg|nem magyar)\p{L}*\b(?! (?:rendelkezik|van))/u,
    /\bkulfold(?:on|i (?:intezmenyben|egyetemen|fels[oóöőõ]oktatasi intezmenyben)) szerzett\b/u,
    /\b(?:kulfoldi|nem magyar anyanyelv[uúüűû]|nem magyar allampolgar\p{L}*) (?:palyazo|jelentkez[oóöőõ]|jelolt|hallgato)\p{L}*/u,
    /\b(?:adott esetben|ertelemszer[uúüűû]en|ha relevans|ha alkalmazhato)\b/u,
  ],
  notWanted: [/\b(?:ne (?:kuldj\p{L}*|csatolj\p{L}*|nyujts\p{L}* be|toltse\p{L}* fel)|nem (?:szukseges|kell) (?:\p{L}+ )?(?:csatolni|bekuldeni|benyujtani|megkuldeni|mellekelni|elkuldeni|kuldeni|feltolteni)|nem (?:fogadunk el|fogadjuk el|vesszuk figyelembe|kerul(?:nek)? elbiralasra))\b/u],
  // "határidő", "2025. március 31-ig", "beérkezőleg"; not "az elbírálás határideje", the date of the decision.
  deadline: [/\b(?<!(?:elbiral|ertesit|eredmenyhirdet)\p{L}* )hatarid\p{L}*|\bbeerkez[oóöőõ](?:en|leg)\b/u, /\b(?:januar|februar|marcius|aprilis|majus|junius|julius|augusztus|szeptember|oktober|november|december)\p{L}* \d{1,2}\.?-(?:ig|[aáeé]ig)\b|\b\d{4}\. ?\d{1,2}\. ?\d{1,2}\.?-(?:ig|[aáeé]ig)\b/u],
  openUntilFilled: [/\b(?:a |az )?(?:pozicio|allas|munkakor|allashely|hely) betolteseig\b/u],
  notDocumentLists: [/\b(?:palyazati feltetel\p{L}*|(?:ellatand[oóöőõ]|f[oóöőõ]bb) feladat\p{L}*|a munkakorbe tartozo\p{L}*|elvarasok|amit (?:kinalunk|nyujtunk)|juttatasok|illetmeny\p{L}*|elvart (?:kompetenci|kepesseg|kovetelmeny)\p{L}*|el[oóöőõ]nyt jelent\p{L}*|kovetelmenyek|feladatok)\b/u],
  singlePdf: [/\b(?:egyetlen|egy) (?:pdf[- ]?)?(?:fajl|file-?|dokumentum|allomany)(?:ban|ba)\b|\b(?:egyetlen|egy) pdf-?(?:ben|be)\b/u],
  separateFiles: [/\bkulon(?:-kulon)? (?:fajl|file|dokumentum|allomany)\p{L}*/u],
  // "Rendelkezzen doktori fokozattal", "Töltse ki az adatlapot": conditions and steps, not documents.
  steps: [/^(?:regisztraljon|toltse ki|jelentkezzen be|kattintson|lepjen be|rendelkezzen|legyen)\b/u],
};

/**
 * Greek: the words of calls from Greek and Cypriot universities and research centres ("Απαιτούμενα δικαιολογητικά",
 * "Βιογραφικό σημείωμα", "Συστατικές επιστολές"). `match.ts` does not fold the tonos, so each accented vowel is a class
 * ("[οό]") that finds the word written with or without it, as capitals are.
 */
const el: LanguagePhrases = {
  kinds: {
    cv: [/\bβιογραφικ(?:[οό]|ο[υύ]|[αά]|[ωώ]ν)\b/u],
    // "Επιστολή εκδήλωσης ενδιαφέροντος": the letter that asks for the post.
    cover_letter: [/\bσυνοδευτικ\p{L}* επιστολ\p{L}*/u, /\bεπιστολ\p{L}* (?:εκδ[ηή]λωσης |εκδηλ[ωώ]σεως )?ενδιαφ[εέ]ροντος\b/u],
    motivation_letter: [/\b(?:επιστολ\p{L}*|σημε[ιί]ωμα|δ[ηή]λωσ\p{L}*) (?:κιν[ηή]τρων|προθ[εέ]σεων)\b/u],
    // "Ερευνητική πρόταση", "σχέδιο έρευνας"; not "ερευνητικού σχεδίου" ("στο πλαίσιο του ..."), the project that pays.
    research_plan: [
      /\bερευνητικ\p{L}* πρ[οό]τασ\p{L}*|\bερευνητικ[οό] σχ[εέ]διο\b/u,
      /\bπρ[οό]τασ\p{L}* (?:[εέ]ρευνας|(?:της )?διδακτορικ\p{L}* διατριβ\p{L}*)|\bσχ[εέ]διο (?:[εέ]ρευνας|(?:της )?διδακτορικ\p{L}* διατριβ\p{L}*)/u,
      /\bπροτειν[οό]μεν\p{L}* (?:ερευνητικ\p{L}* )?θ[εέ]μα\b/u,
    ],
    // "Υπόμνημα": the account of the candidate's work that Greek elections ask for.
    research_statement: [/\bυπ[οό]μνημα\p{L}*/u, /\bπεριγραφ\p{L}* (?:του )?(?:ερευνητικο[υύ]|επιστημονικο[υύ]) [εέ]ργου\b/u, /\b(?:περιγραφ|σημε[ιί]ωμα|δ[ηή]λωσ)\p{L}* (?:των )?ερευνητικ\p{L}* ενδιαφερ[οό]ντων\b/u],
    teaching_statement: [/\b(?:διδακτικ\p{L}* φιλοσοφ[ιί]\p{L}*|φιλοσοφ[ιί]\p{L}* (?:της )?διδασκαλ[ιί]\p{L}*|περιγραφ\p{L}* (?:του )?διδακτικο[υύ] [εέ]ργου|αξιολογ[ηή]σεις (?:της )?διδασκαλ[ιί]ας)/u],
    transcript: [/\b(?:αναλυτικ\p{L}* (?:πιστοποιητικ\p{L}* )?βαθμολογ\p{L}*|πιστοποιητικ\p{L}* (?:αναλυτικ\p{L}* )?βαθμολογ\p{L}*|βαθμολογ\p{L}* (?:των )?μαθημ[αά]των)/u],
    // Not "εκπόνηση διδακτορικής διατριβής" (the doctorate to be done) or "πρόταση διδακτορικής διατριβής" (a plan).
    thesis: [/\b(?<!(?:εκπ[οό]ν|πρ[οό]τασ|σχ[εέ]δι|θ[εέ]μα)\p{L}*(?: της)? )(?:διδακτορικ\p{L}* διατριβ\p{L}*|(?:μεταπτυχιακ\p{L}* )?διπλωματικ\p{L}* εργασ[ιί]\p{L}*|πτυχιακ\p{L}* εργασ[ιί]\p{L}*)/u],
    publication_list: [/\b(?:κατ[αά]λογ|λ[ιί]στα|π[ιί]νακ)\p{L}* (?:των )?(?:δημοσιε[υύ]σε|δημοσιευμ[αά]τ|επιστημονικ\p{L}* (?:δημοσιε[υύ]σε|εργασι|δημοσιευμ[αά]τ))\p{L}*/u],
    // "Ανάτυπα", "αντίγραφα των πέντε σημαντικότερων δημοσιεύσεων".
    writing_sample: [/\b(?:αντ[ιί]γραφ\p{L}* (?:των )?(?:\p{L}+ )?(?:δημοσιε[υύ]σε|δημοσιευμ[αά]τ|εργασι[ωώ]ν)\p{L}*|επιλεγμ[εέ]ν\p{L}* (?:δημοσιε[υύ]σ|δημοσιε[υύ]μ|εργασ[ιί])\p{L}*|αν[αά]τυπ\p{L}*|(?:σημαντικ[οό]τερ|αντιπροσωπευτικ|κυρι[οό]τερ)\p{L}* (?:δημοσιε[υύ]σ|δημοσιε[υύ]μ|εργασ[ιί])\p{L}*)/u],
    references: [/\bσυστατικ\p{L}* επιστολ\p{L}*|\bεπιστολ\p{L}* συστ[αά]σε\p{L}*|\bσυστ[αά]σεις\b|\bπρ[οό]σωπ\p{L}* αναφορ[αά]ς\b/u],
    // "Αντίγραφα τίτλων σπουδών", "βεβαίωση ισοτιμίας (ΔΟΑΤΑΠ)"; not "διπλωματική εργασία", a thesis.
    diplomas: [
      /\bαντ[ιί]γραφ\p{L}* (?:\p{L}+ ){0,2}(?:τ[ιί]τλ\p{L}* σπουδ[ωώ]ν|πτυχ[ιί]\p{L}*|δ[ιί]πλ[ωώ]μ(?!ατικ)\p{L}*)/u,
      /\bπιστοποιητικ\p{L}* (?:περ[αά]τωσης|ολοκλ[ηή]ρωσης) (?:των )?σπουδ[ωώ]ν\b/u,
      /\b(?:βεβα[ιί]ωσ|πρ[αά]ξ|απ[οό]φασ)\p{L}* (?:\p{L}+ ){0,2}(?:αναγν[ωώ]ρισης|ισοτιμ[ιί]ας|αντιστοιχ[ιί]ας)\b/u,
    ],
    // Not a bare "γλωσσομάθεια": a requirement as often as a document.
    language_certificate: [
      /\b(?:πιστοποιητικ|αποδεικτικ|πιστοπο[ιί]ησ|τεκμηρ[ιί]ωσ|βεβα[ιί]ωσ)\p{L}* (?:\p{L}+ ){0,2}γλωσσομ[αά]θει\p{L}*/u,
      /\b(?:πιστοποιητικ|αποδεικτικ|πιστοπο[ιί]ησ|τεκμηρ[ιί]ωσ)\p{L}* (?:\p{L}+ ){0,3}(?:αγγλικ|ελληνικ|γαλλικ|γερμανικ|ξ[εέ]ν)\p{L}* γλ[ωώ]σσ\p{L}*/u,
    ],
    portfolio: [/\bχαρτοφυλ[αά]κι\p{L}*/u],
  },
  // "Αίτηση υποψηφιότητας" is the form to fill in, but not in "Η αίτηση υποψηφιότητας πρέπει να συνοδεύεται": the application.
  other: [
    /\b(?:αστυνομικ|δελτ[ιί])\p{L}* ταυτ[οό]τητ\p{L}*|\bδιαβατ[ηή]ρι\p{L}*/u,
    /\b(?:[εέ]ντυπο|υπ[οό]δειγμα) (?:της )?α[ιί]τ[ηή]σ\p{L}*|\bα[ιί]τ[ηή]σ\p{L}* (?:συμμετοχ[ηή]ς|υποψηφι[οό]τητας|εκδ[ηή]λωσης ενδιαφ[εέ]ροντος)(?! (?:πρ[εέ]πει|θα|συνοδε[υύ]|περιλαμβ[αά]ν|περι[εέ]χ|υποβ[αά]λλ))/u,
    /\bυπε[υύ]θυν\p{L}* δηλ[ωώ]σ\p{L}*/u,
    /\b(?:πιστοποιητικ\p{L}* (?:γ[εέ]ννησης|στρατολογ[ιί]ας|οικογενειακ\p{L}* κατ[αά]στασης|υγε[ιί]ας)|(?:απ[οό]σπασμα )?ποινικο[υύ] μητρ[ωώ]ου|ποινικ[οό] μητρ[ωώ]ο)\b/u,
    /\bφωτογραφ[ιί]\p{L}*/u,
  ],
  listTriggers: [
    /\b(?:απαιτο[υύ]μεν|απαρα[ιί]τητ|ακ[οό]λουθ|υποβλητ[εέ]|συνημμ[εέ]ν)\p{L}* (?:δικαιολογητικ|[εέ]γγρ[αά]φ|συνημμ[εέ]ν)\p{L}*|\b(?:εξ[ηή]ς|παρακ[αά]τω) (?:δικαιολογητικ|[εέ]γγρ[αά]φ|συνημμ[εέ]ν)\p{L}*/u,
    /\bδικαιολογητικ[αά] (?:συμμετοχ[ηή]ς|υποψηφι[οό]τητας|υποβολ[ηή]ς|αιτ[ηή]σεως)\b|^(?:τα )?δικαιολογητικ[αά](?:\s*:|$)/u,
    /\bα[ιί]τ[ηή]σ\p{L}*\b[^.]{0,40}\b(?:συνοδε[υύ]\p{L}*|περιλαμβ[αά]ν\p{L}*|περι[εέ]χ\p{L}*)/u,
    /\bφ[αά]κ[εέ]λ\p{L}* (?:υποψηφι[οό]τητας )?(?:πρ[εέ]πει να |θα )?(?:περιλαμβ[αά]ν|περι[εέ]χ|αποτελε[ιί]ται)\p{L}*/u,
    // "Οι υποψήφιοι καλούνται να υποβάλουν ...".
    /\bυποψ[ηή]φι\p{L}* (?:καλο[υύ]νται|πρ[εέ]πει|οφε[ιί]λουν|θα πρ[εέ]πει) (?:να )?(?:υποβ[αά]λ|αποστε[ιί]λ|αποστ[εέ]λ|καταθ[εέ]σ|ανεβ[αά]σ|επισυν[αά]ψ)\p{L}*/u,
  ],
  containVerbs: [/\b(?:περιλαμβ[αά]ν\p{L}*|περι[εέ]χ\p{L}*|συνοδε[υύ](?:εται|ονται|[οό]μεν\p{L}*)|αποτελε[ιί]ται απ[οό]|αποτελο[υύ]νται απ[οό])/u],
  sendVerbs: [/\b(?:υποβ[αά]λ\p{L}*|υποβολ[ηή]|αποστ[εέ]λλ\p{L}*|αποστε[ιί]λ\p{L}*|στε[ιί]λτε|καταθ[εέ]\p{L}*|κατατ[ιί]θ\p{L}*|επισυν[αά]\p{L}*|ανεβ[αά]σ\p{L}*|αναρτ[ηή]σ\p{L}*)/u],
  applicationNouns: [/\b(?:α[ιί]τ[ηή]σ\p{L}*|υποψηφι[οό]τητ\p{L}*|φ[αά]κ[εέ]λ\p{L}*|δικαιολογητικ\p{L}*|[εέ]γγρ[αά]φ\p{L}*)/u],
  // "υποβάλλονται", "απαιτείται", "να υποβληθούν": the passive and impersonal asks too.
  requestCues: [/\b(?:υποβ[αά]λλ?(?:ουν|ονται|εται|ετε|ει)|υποβληθ\p{L}*|αποστ[εέ]λλ(?:ουν|ονται|εται|ετε)|αποστε[ιί]λ(?:ουν|ετε)|στε[ιί]λτε|επισυν[αά](?:πτ|ψ)\p{L}*|καταθ[εέ]τ(?:ουν|ετε|ονται)|κατατ[ιί]θ(?:ενται|εται)|ανεβ[αά]σ(?:ουν|τε|ετε)|απαιτε[ιί]ται|απαιτο[υύ]νται|ζητε[ιί]ται|ζητο[υύ]νται|συνοδε[υύ](?:εται|ονται))\b/u],
  // "προαιρετικά", "εφόσον υπάρχει", "εάν ο υποψήφιος διαθέτει".
  optional: [/\b(?:προαιρετικ\p{L}*|(?:εφ[οό]σον|ε[αά]ν|αν) (?:υπ[αά]ρχ(?:ει|ουν)|διατ[ιί]θεται|διατ[ιί]θενται|(?:ο υποψ[ηή]φιος |η υποψ[ηή]φια )?(?:δια)?θ[εέ]τει|το επιθυμε[ιί])|μπορε[ιί] να (?:υποβληθ|επισυναφθ|κατατεθ)\p{L}*|μπορο[υύ]ν να (?:υποβληθ|επισυναφθ|κατατεθ)\p{L}*)/u],
  // "σε μεταγενέστερο στάδιο", "κατά τη συνέντευξη", "οι επιλεγέντες υποψήφιοι", "εφόσον ζητηθεί".
  later: [/\b(?:σε (?:μεταγεν[εέ]στερο|επ[οό]μενο|δε[υύ]τερο) στ[αά]διο|μεταγεν[εέ]στερα|(?:κατ[αά] τη|κατ[αά] την|στη|στην|για τη|για την) συν[εέ]ντευξη|μετ[αά] (?:την επιλογ[ηή]|τη συν[εέ]ντευξη|την πρ[οό]σληψη)|πριν (?:απ[οό] )?(?:την |τη )?(?:πρ[οό]σληψη|υπογραφ[ηή]|σ[υύ]ναψη)|(?:επιλεγ[εέ]ντ|επιτυχ[οό]ντ|επιτυχ[ωώ]ν|επιλεγμ[εέ]ν)\p{L}* υποψ[ηή]φι\p{L}*|κατ[οό]πιν (?:αιτ[ηή]ματος|αιτ[ηή]σεως|πρ[οό]σκλησης|ζητ[ηή]σεως)|εφ[οό]σον ζητηθ\p{L}*)|\bδεν\b[^.]{0,80}\b(?:σε αυτ[οό] το στ[αά]διο|στο παρ[οό]ν στ[αά]διο|προς το παρ[οό]ν|στην πρ[ωώ]τη φ[αά]ση|στη φ[αά]ση αυτ[ηή])/u],
  // "σε περίπτωση που", "για τίτλους της αλλοδαπής", "για τους άρρενες".
  condition: [/\b(?:σε περ[ιί]πτωση (?:που|τ\p{L}*)|μ[οό]νο (?:για|εφ[οό]σον|ε[αά]ν|αν|στην περ[ιί]πτωση)|για (?:τους |τις )?(?:αλλοδαπο[υύ]ς|αλλοδαπ[εέ]ς|[αά]ρρεν\p{L}*|[αά]νδρες|υποψηφ[ιί]ους (?:απ[οό]|με|που|της|εκτ[οό]ς))|(?:τ[ιί]τλ|πτυχ[ιί]|δ[ιί]πλ[ωώ]μ)\p{L}* (?:σπουδ[ωώ]ν )?(?:της |απ[οό] την )?αλλοδαπ[ηή]ς?|εφ[οό]σον (?!υπ[αά]ρχ|διατ[ιί]θ|(?:δια)?θ[εέ]τ|ζητηθ)\p{L}+|(?:ε[αά]ν|αν) (?:ο |η )?(?:υποψ[ηή]φι\p{L}*\b(?! (?:(?:δια)?θ[εέ]τ|κατ[εέ]χ))|τ[ιί]τλος|πτυχ[ιί]ο|δ[ιί]πλωμα)|κατ[αά] περ[ιί]πτωση|ε[αά]ν απαιτε[ιί]ται)/u],
  notWanted: [/\b(?:μη(?:ν)? (?:στε[ιί]λ|αποστ[εέ]λ|αποστε[ιί]λ|υποβ[αά]λ|επισυν[αά]π|επισυν[αά]ψ|συμπεριλ[αά]β|ανεβ[αά]ζ|ανεβ[αά]σ)\p{L}*|δεν (?:απαιτε[ιί]ται|απαιτο[υύ]νται|χρει[αά]ζεται|χρει[αά]ζονται|γ[ιί]νονται δεκτ\p{L}*|θα (?:ληφθο[υύ]ν|εξεταστο[υύ]ν|γ[ιί]νουν δεκτ)\p{L}*|πρ[εέ]πει να (?:αποσταλ|υποβληθ|επισυναφθ)\p{L}*))/u],
  // "Προθεσμία υποβολής", "έως και την 30ή Απριλίου"; not "έως 5 σελίδες".
  deadline: [
    /\b(?:προθεσμ[ιί]\p{L}*|καταληκτικ\p{L}* ημερομην[ιί]\p{L}*)/u,
    /\b(?:[εέ]ως|μ[εέ]χρι) (?:και )?(?:(?:την|τη|τις) (?=\d)|(?=\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\d{1,2}[ηή]? (?:ιανουαρ|φεβρουαρ|μαρτ|απριλ|μα[ιΐϊ]|ιουν|ιουλ|αυγο[υύ]στ|σεπτεμβρ|οκτωβρ|νοεμβρ|δεκεμβρ)))|\bαπ[οό] (?:την |τη |τις )?\d[^.]{0,40}\b(?:[εέ]ως|μ[εέ]χρι)\b/u,
  ],
  openUntilFilled: [/\b(?:μ[εέ]χρι|[εέ]ως) (?:την )?πλ[ηή]ρωση (?:της |των )?θ[εέ]σ\p{L}*/u],
  notDocumentLists: [/\b(?:(?:απαιτο[υύ]μεν|επιθυμητ|τυπικ|απαρα[ιί]τητ|πρ[οό]σθετ)\p{L}* προσ[οό]ντα|προσ[οό]ντα υποψηφ[ιί]ων|αρμοδι[οό]τητ\p{L}*|καθ[ηή]κοντα|προσφ[εέ]ρουμε|παρ[εέ]χουμε|κριτ[ηή]ρια (?:αξιολ[οό]γησης|επιλογ[ηή]ς|μοριοδ[οό]τησης)|περιγραφ[ηή] (?:της )?θ[εέ]σης|αντικε[ιί]μενο (?:της )?εργασ[ιί]ας|προ[υϋ]ποθ[εέ]σεις (?:συμμετοχ[ηή]ς|υποψηφι[οό]τητας))\b|^(?:τα )?προσ[οό]ντα\b/u],
  singlePdf: [/\b(?:σε )?(?:[εέ]να )?(?:ενια[ιί]ο|μοναδικ[οό]) (?:αρχε[ιί]ο|pdf)\b|\bσε [εέ]να (?:αρχε[ιί]ο|pdf|[εέ]γγραφο)\b/u],
  separateFiles: [/\b(?:ξεχωριστ|χωριστ|διαφορετικ)\p{L}* αρχε[ιί]\p{L}*/u],
  // "Να είναι κάτοχοι διδακτορικού", "Συμπληρώστε την αίτηση": conditions and steps, not documents.
  steps: [/^(?:να (?:ε[ιί]ναι|[εέ]χουν|[εέ]χει|διαθ[εέ]τουν|κατ[εέ]χουν)|συμπληρ[ωώ]στε|επισκεφθε[ιί]τε|εγγραφε[ιί]τε|πατ[ηή]στε|συνδεθε[ιί]τε)\s/u],
};

/**
 * Indonesian and Malay share most of their words; where they differ (Malay "sijil", "borang", "perujuk", "temu duga"), both are listed side by side.
 * Written from the usual wording of calls of Indonesian and Malaysian universities ("Kelengkapan berkas", "Daftar riwayat hidup", "Salinan sijil akademik").
 * Plurals are written doubled with a hyphen ("sijil-sijil", "dokumen-dokumen").
 */
const id_ms: LanguagePhrases = {
  kinds: {
    // "Daftar riwayat hidup", Malay "Biodata diri".
    cv: [/\b(?:(?:daftar )?riwayat hidup(?: singkat| lengkap)?|biodata(?: diri| lengkap| peribadi)?)\b(?! page)(?<!passport biodata)/],
    // "Surat lamaran pekerjaan", Malay "Surat permohonan jawatan"; not "surat pengantar dari pimpinan", a letter by the employer.
    cover_letter: [
      /\bsurat (?:lamaran(?: (?:kerja|pekerjaan))?|permohonan(?: (?:kerja|jawatan|pekerjaan|beasiswa|menjadi dosen))?)\b/,
      /\bsurat pengantar\b(?! (?:dari|atasan|pimpinan|instansi|institusi|rektor|dekan|kepala|fakultas|universitas|perguruan|majikan)\b)/,
    ],
    // "Surat motivasi", "Esai motivasi".
    motivation_letter: [/\b(?:surat|esai|essay|pernyataan|karangan) motivasi\b|\bsurat (?:pernyataan )?minat\b/],
    // "Proposal penelitian", "Rencana studi", Malay "Kertas cadangan penyelidikan".
    research_plan: [/\b(?:proposal|rencana|usulan|rancangan|draf) (?:penelitian|riset|disertasi|tesis|studi)\b|\b(?:kertas )?cadangan (?:penyelidikan|projek penyelidikan|tesis)\b/],
    // "Pernyataan minat penelitian", "Rekam jejak penelitian".
    research_statement: [/\b(?:pernyataan (?:minat )?(?:penelitian|penyelidikan)|(?:deskripsi|uraian) minat penelitian|rekam jejak penelitian)\b/],
    teaching_statement: [/\b(?:filosofi|falsafah|pernyataan) (?:pengajaran|mengajar)\b/],
    // "Transkrip nilai", "Daftar nilai"; not "transkrip wawancara", an interview written out.
    transcript: [/\btranskrip\b(?! (?:wawancara|rekaman|audio|video|data|percakapan|hasil wawancara)\b)|\b(?:daftar nilai|kartu hasil studi|slip keputusan peperiksaan)\b/],
    // "Skripsi", "Tesis magister"; not "proposal disertasi", the plan of one.
    thesis: [/(?<!\b(?:proposal|rencana|usulan|rancangan|draf|cadangan|topik|judul) )\b(?:skripsi|disertasi|tesis (?:magister|master|s2|sarjana))\b/],
    // "Daftar publikasi", Malay "Senarai penerbitan".
    publication_list: [/\b(?:daftar|senarai) (?:riwayat )?(?:publikasi|karya ilmiah|karya tulis ilmiah|penerbitan|terbitan)\b/],
    writing_sample: [/\b(?:contoh|sampel) (?:tulisan|karya tulis|karya ilmiah|artikel)\b|\b(?:salinan|fotokopi|scan) (?:artikel|publikasi|karya ilmiah|makalah)\b|\b(?:publikasi|karya ilmiah|artikel) (?:terpilih|terbaik|unggulan)\b/],
    // "Surat rekomendasi", Malay "Surat sokongan", "nama dua orang perujuk".
    references: [/\bsurat(?:-surat)? (?:rekomendasi|referensi|sokongan|rujukan|pengesyoran)\b/, /\b(?:perujuk|pemberi rekomendasi)\b/],
    // "Fotokopi ijazah", "Salinan sijil akademik", "Surat keterangan lulus".
    diplomas: [/\bijazah\b/, /\bsijil(?:-sijil)? (?:akademik|ijazah|pengajian|kelayakan akademik)\b/, /\bsurat keterangan lulus\b/],
    // "Sertifikat kemampuan bahasa Inggris", Malay "Keputusan MUET".
    language_certificate: [
      /\b(?:sertifikat|sertipikat|sijil|bukti|skor) (?:kemampuan |kecakapan |kemahiran |kecekapan |penguasaan )?(?:ber)?bahasa (?:inggris|inggeris|asing|indonesia|melayu|arab|jerman|jepang|perancis)\b/,
      /\bsertifikat (?:toefl|ielts|toeic)\b|\b(?:keputusan |sijil )?muet\b/,
    ],
    portfolio: [/\bportofolio\b/],
  },
  other: [
    // "Fotokopi KTP", Malay "Salinan kad pengenalan".
    /\b(?:ktp|e-ktp|kartu tanda penduduk|kad pengenalan|mykad|kartu keluarga|npwp|skck|akta kelahiran|sijil kelahiran|paspor|pasport)\b/,
    // "Pas foto berwarna 4x6", Malay "gambar berukuran pasport".
    /\bpas foto\b|\bgambar (?:berukuran |ukuran )?(?:pasport|passport|berwarna)\b/,
    /\b(?:formulir|borang) (?:pendaftaran|lamaran|permohonan|biodata|isian|maklumat diri|maklumat peribadi|data diri)\b/,
    // "Surat pernyataan bermaterai", "Surat izin belajar dari atasan", "Surat keterangan sehat".
    /\bsurat (?:keterangan (?:sehat|berbadan sehat|dokter|bebas narkoba|catatan kepolisian|kelakuan baik)|pernyataan(?! (?:motivasi|minat|penelitian)\b)|akuan|(?:izin|ijin|persetujuan|kebenaran|pelepasan|pengantar)(?: \p{L}+){0,2}? (?:atasan|pimpinan|majikan|instansi|belajar))\b/u,
    /\bbukti (?:pembayaran|transfer|bayar)\b/,
  ],
  listTriggers: [
    // "Kelengkapan berkas:", "Berkas lamaran terdiri dari:", Malay "Dokumen sokongan".
    /\b(?:kelengkapan (?:berkas|dokumen|administrasi|lamaran)|berkas (?:lamaran|pendaftaran|persyaratan)|dokumen (?:lamaran|pendaftaran|persyaratan|pendukung|sokongan|permohonan)|(?:persyaratan|syarat) administrasi)\b/,
    /\bdokumen(?:-dokumen)? (?:yang )?(?:diperlukan|dibutuhkan|harus|wajib|perlu)\b|\b(?:berkas|dokumen|lampiran) (?:sebagai )?berikut\b/,
    // "Pelamar wajib melampirkan:", Malay "Sila sertakan dokumen berikut"; not "tidak perlu melampirkan", which refuses.
    /(?<!\b(?:tidak|tak|tidak usah) )\b(?:wajib|harus|perlu|diminta|dimohon|hendaklah|sila|mohon|harap) (?:untuk )?(?:melampirkan|lampirkan|menyertakan|sertakan|mengunggah|unggah|mengirimkan|kirimkan|menyerahkan|mengemukakan|kemukakan|disertakan|dilampirkan|dikemukakan)\b/,
    /\b(?:lamaran|permohonan|berkas) (?:harus|wajib|hendaklah|perlu) (?:dilengkapi|disertai|disertakan|dilampiri|mengandungi|berisi|memuat)\b/,
  ],
  containVerbs: [/\b(?:meliputi|mencakup|merangkumi|mengandungi|berisi|memuat|terdiri (?:dari|daripada|atas))\b/],
  sendVerbs: [/\b(?:lampirkan|melampirkan|dilampirkan|kirim|kirimkan|mengirim|mengirimkan|dikirim|dikirimkan|unggah|mengunggah|diunggah|sertakan|menyertakan|disertakan|serahkan|menyerahkan|diserahkan|kemukakan|mengemukakan|dikemukakan|hantar|menghantar|dihantar|muat naik|dimuat naik)\b/],
  applicationNouns: [/\b(?:lamaran|berkas|dokumen(?:-dokumen)?|permohonan|pendaftaran|lampiran)\b/],
  requestCues: [/\b(?:lampirkan|melampirkan|dilampirkan|kirimkan|mengirimkan|dikirimkan|unggah|mengunggah|diunggah|sertakan|menyertakan|disertakan|menyerahkan|diserahkan|kemukakan|mengemukakan|dikemukakan|hantar|menghantar|dihantar|muat naik|wajib|diwajibkan)\b/],
  // "(jika ada)", Malay "(sekiranya ada)".
  optional: [/\b(?:(?:jika|bila|apabila|sekiranya|kalau) (?:ada|memiliki|mempunyai|tersedia)|opsional|tidak wajib|tidak diwajibkan)\b/],
  // "Dokumen asli dibawa pada saat wawancara", Malay "semasa temu duga", "calon yang disenarai pendek".
  later: [/\b(?:(?:pada|saat|ketika|sewaktu|semasa|waktu) (?:saat |sesi |tahap )?(?:wawancara|interview|temu duga|temuduga)|(?:pada|di) tahap (?:selanjutnya|berikutnya|kedua)|setelah (?:dinyatakan )?(?:lulus seleksi|diterima|lolos)|(?:pelamar|calon|kandidat|peserta) yang (?:lolos|lulus) (?:seleksi|tahap)|calon yang (?:disenarai ?pendek|dipanggil|berjaya)|diminta kemudian|dapat menyusul)\b|\btidak\b[^.]{0,80}\b(?:pada tahap ini|pada peringkat ini|buat masa ini)\b/],
  // "Bagi pelamar lulusan luar negeri ...", Malay "jika berkenaan"; not "bagi pelamar yang berminat", every reader.
  condition: [
    /\b(?:bagi|untuk|khusus (?:bagi|untuk)) (?:pelamar|calon|kandidat|pendaftar|peserta|pemohon) (?:yang|dari|lulusan|asing|warga)\b(?! (?:lolos|lulus seleksi|terpilih|diterima|disenarai|dipanggil|berjaya|berminat|tertarik|memenuhi)\b)/,
    /\b(?:bagi|untuk) (?:lulusan|pemegang ijazah|warga negara asing) (?:luar negeri|perguruan tinggi luar negeri|asing)\b|\b(?:jika|sekiranya) (?:berkenaan|relevan)\b/,
  ],
  notWanted: [/\b(?:tidak (?:perlu|usah|dibenarkan|diperkenankan) (?:untuk )?(?:melampirkan|mengirim(?:kan)?|menyertakan|mengunggah|dilampirkan|dikirim(?:kan)?|disertakan|diunggah|dihantar|menghantar)|jangan (?:melampirkan|lampirkan|mengirim(?:kan)?|kirim(?:kan)?|menyertakan|sertakan|mengunggah|unggah|hantar)|tidak (?:diperlukan|dibutuhkan))\b/],
  // "Batas akhir pengiriman berkas", "paling lambat", Malay "Tarikh tutup permohonan".
  deadline: [/\b(?:batas (?:akhir|waktu)(?: (?:pengiriman|pendaftaran|penerimaan|pengumpulan|pemasukan))?|tenggat(?: waktu)?|paling lambat|selambat-lambatnya|selewat-lewatnya|tarikh (?:tutup|akhir)(?: permohonan)?)\b/],
  openUntilFilled: [/\b(?:sampai|hingga|sehingga|sampai dengan) (?:posisi|lowongan|formasi|jawatan|kekosongan) (?:ini |tersebut )?(?:terisi|terpenuhi|diisi)\b/],
  notDocumentLists: [/\b(?:persyaratan umum|syarat umum|kualifikasi(?: (?:pelamar|calon|umum|khusus|minimum|akademik))?|tugas (?:dan tanggung ?jawab|pokok|utama)|deskripsi pekerjaan|uraian tugas|kami menawarkan|syarat(?:-syarat)? (?:lantikan|kelayakan)|kelayakan (?:minimum|akademik)|kriteria (?:seleksi|penilaian|pemilihan))\b/],
  // "dalam satu file PDF", Malay "dalam satu fail".
  singlePdf: [/\b(?:dalam|menjadi|ke dalam|sebagai|digabung(?:kan)?(?: dalam| menjadi)?) (?:satu|1|sebuah) (?:file|berkas|fail|dokumen)(?: pdf)?\b|\b(?:satu|sebuah) (?:file|fail|berkas) pdf\b/],
  separateFiles: [/\b(?:(?:file|fail|berkas|dokumen) (?:yang )?terpisah|secara terpisah|masing-masing dalam (?:file|fail|berkas)(?: tersendiri)?)\b/],
  // "Memiliki ijazah S3", "Berusia maksimal 35 tahun", "Warga Negara Indonesia": conditions to meet, not documents.
  steps: [/^(?:memiliki|mempunyai|berusia|berumur|warga ?negara|warganegara|sehat jasmani|sihat|bersedia|lulus|berpendidikan|menguasai|mampu|tidak (?:pernah|sedang|berstatus)|belum pernah|mendaftar|membuat akun)\s/],
};

/**
 * Vietnamese: the words of calls of Vietnamese universities and institutes ("Hồ sơ dự tuyển gồm", "Sơ yếu lý lịch", "Bảng điểm").
 * `match.ts` folds only some Latin accents, so each letter that carries a Vietnamese mark is a class of the bare letter,
 * the letter without its tone and the letter itself ("h[oôồ] s[oơ]" finds "hồ sơ", "hô sơ" and "ho so"); "đ" is "[dđ]".
 * Both placings of the tone are taken where they differ ("khỏe" and "khoẻ", "tùy" and "tuỳ").
 */
const vi: LanguagePhrases = {
  kinds: {
    // "Sơ yếu lý lịch", "Lý lịch khoa học"; not "lý lịch tư pháp", a criminal record.
    cv: [/\b(?:s[oơ] y[eêế]u )?(?:l[yý]|l[ií]) l[iị]ch(?! t[uư] ph[aá]p)(?: (?:khoa h[oọ]c|tr[ií]ch ngang|c[aá] nh[aâ]n))?\b/],
    // "Thư xin việc", "Đơn xin việc", "Thư giới thiệu bản thân" (a letter about oneself; "thư giới thiệu" alone is a reference).
    cover_letter: [/\b(?:th[uư]|[dđ][oơ]n) xin (?:vi[eêệ]c|[uưứ]ng tuy[eêể]n)\b|\bth[uư] (?:[uưứ]ng tuy[eêể]n|gi[oơớ]i thi[eêệ]u b[aả]n th[aâ]n)\b/],
    // "Thư trình bày động cơ", "Bài luận nêu rõ lý do ứng tuyển".
    motivation_letter: [/\b(?:th[uư]|b[aà]i lu[aâậ]n|b[aả]n tr[iì]nh b[aà]y|b[aà]i vi[eêế]t) (?:tr[iì]nh b[aà]y |n[eê]u r[oõ] |n[eê]u |b[aà]y t[oỏ] |gi[aả]i th[ií]ch |v[eêề] )?(?:(?:l[yý]|l[ií]) do|[dđ][oôộ]ng c[oơ]|[dđ][oôộ]ng l[uưự]c|nguy[eêệ]n v[oọ]ng)\b/],
    // "Đề cương nghiên cứu", "Bài luận về dự định nghiên cứu", "Đề cương luận án".
    research_plan: [/\b(?:[dđ][eêề] c[uư][oơ]ng|[dđ][eêề] xu[aâấ]t|k[eêế] ho[aạ]ch|d[uưự] [dđ][iị]nh|[dđ][eêề] [aá]n) nghi[eê]n c[uưứ]u\b|\b[dđ][eêề] c[uư][oơ]ng (?:lu[aâậ]n [aá]n|lu[aâậ]n v[aă]n|chi ti[eêế]t|d[uưự] [aá]n)\b/],
    // "Tóm tắt quá trình nghiên cứu", "Báo cáo kết quả hoạt động khoa học".
    research_statement: [/\b(?:t[oó]m t[aăắ]t|t[oôổ]ng quan|m[oô] t[aả]|b[aá]o c[aá]o) (?:(?:qu[aá] tr[iì]nh|k[eêế]t qu[aả]|th[aà]nh t[ií]ch|ho[aạ]t [dđ][oôộ]ng|kinh nghi[eêệ]m) ){1,2}(?:nghi[eê]n c[uưứ]u|khoa h[oọ]c)\b/],
    teaching_statement: [/\b(?:tri[eêế]t (?:l[yý]|l[ií])|quan [dđ]i[eêể]m|k[eêế] ho[aạ]ch) gi[aả]ng d[aạ]y\b/],
    // "Bảng điểm đại học", "Bảng kết quả học tập".
    transcript: [/\bb[aả]ng (?:[dđ]i[eêể]m|k[eêế]t qu[aả] h[oọ]c t[aâậ]p|ghi [dđ]i[eêể]m)\b/],
    // "Luận văn thạc sĩ", "Luận án tiến sĩ"; not "đề cương luận án", the plan of one, nor "bảo vệ luận án", a step.
    thesis: [/(?<!\b(?:[dđ][eêề] c[uư][oơ]ng|[dđ][eêề] t[aà]i|t[eê]n [dđ][eêề] t[aà]i|b[aả]o v[eêệ]|[dđ][aã] b[aả]o v[eêệ]) )\b(?:lu[aâậ]n v[aă]n|lu[aâậ]n [aá]n|kh[oó][aá] lu[aâậ]n)(?: (?:th[aạ]c|ti[eêế]n) s[iĩỹy]| t[oôố]t nghi[eêệ]p| cao h[oọ]c| [dđ][aạ]i h[oọ]c)\b|\bto[aà]n v[aă]n lu[aâậ]n (?:[aá]n|v[aă]n)\b/],
    // "Danh mục các công trình khoa học đã công bố".
    publication_list: [/\bdanh (?:m[uụ]c|s[aá]ch) (?:c[aá]c )?(?:c[oô]ng tr[iì]nh|b[aà]i b[aá]o|c[oô]ng b[oôố]|[aâấ]n ph[aâẩ]m|xu[aâấ]t b[aả]n ph[aâẩ]m)\b/],
    writing_sample: [/\b(?:b[aả]n sao|b[aả]n ch[uụ]p|to[aà]n v[aă]n) (?:c[aá]c |m[oôộ]t s[oôố] |\d+ )?(?:b[aà]i b[aá]o|c[oô]ng tr[iì]nh)\b|\b(?:b[aà]i b[aá]o|c[oô]ng tr[iì]nh) (?:khoa h[oọ]c )?ti[eê]u bi[eêể]u\b/],
    // "Hai thư giới thiệu của các nhà khoa học", "Thư nhận xét", "Thông tin người tham chiếu".
    references: [/\bth[uư] gi[oơớ]i thi[eêệ]u\b(?! b[aả]n th[aâ]n)|\bth[uư] (?:ti[eêế]n c[uưử]|nh[aâậ]n x[eé]t|[dđ][eêề] c[uưử])\b|\bng[uư][oơờ]i (?:gi[oơớ]i thi[eêệ]u|tham chi[eêế]u|tham kh[aả]o)\b/],
    // "Bản sao bằng tốt nghiệp", "Văn bằng thạc sĩ", "Giấy công nhận văn bằng" (for a degree from abroad).
    diplomas: [/\b(?:b[aăằ]ng t[oôố]t nghi[eêệ]p|v[aă]n b[aăằ]ng(?! ngo[aạ]i ng[uưữ])(?!,? (?:ho[aăặ]c|hay) ch[uưứ]ng ch[iỉ] ngo[aạ]i ng[uưữ])|b[aăằ]ng (?:c[uưử] nh[aâ]n|th[aạ]c s[iĩỹy]|ti[eêế]n s[iĩỹy]|k[yỹiĩ] s[uư]|[dđ][aạ]i h[oọ]c)|gi[aâấ]y ch[uưứ]ng nh[aâậ]n t[oôố]t nghi[eêệ]p)\b/],
    // "Chứng chỉ ngoại ngữ", "Chứng chỉ tiếng Anh", "Minh chứng năng lực ngoại ngữ".
    language_certificate: [/\b(?:ch[uưứ]ng ch[iỉ]|ch[uưứ]ng nh[aâậ]n|v[aă]n b[aăằ]ng|minh ch[uưứ]ng)(?: ho[aăặ]c v[aă]n b[aăằ]ng| ho[aăặ]c ch[uưứ]ng ch[iỉ])? (?:n[aă]ng l[uưự]c |tr[iì]nh [dđ][oôộ] )?(?:ngo[aạ]i ng[uưữ]|ti[eêế]ng (?:anh|ph[aá]p|nga|[dđ][uưứ]c|trung|nh[aâậ]t|h[aà]n|vi[eêệ]t))\b/],
  },
  other: [
    // "Bản sao hộ chiếu", "Căn cước công dân", "CCCD".
    /\b(?:h[oôộ] chi[eêế]u|c[aă]n c[uư][oơớ]c(?: c[oô]ng d[aâ]n)?|ch[uưứ]ng minh (?:nh[aâ]n d[aâ]n|th[uư])|cccd|cmnd)\b/,
    // "Ảnh 3x4", "02 ảnh màu 4x6", "ảnh thẻ"; without its mark "ảnh" is "Anh" (a name, "tiếng Anh"), so only with a size.
    /\b[aả]nh (?:m[aà]u |th[eẻ] |ch[aâ]n dung )?(?:c[oơỡ] |k[ií]ch th[uư][oơớ]c |kh[oôổ] )?\d+ ?[x×] ?\d+\b|\b[ả]nh (?:m[aà]u|th[eẻ]|ch[aâ]n dung)\b/,
    /\bgi[aâấ]y (?:kh[aá]m s[uưứ]c kh[oỏ][eẻ]|ch[uưứ]ng nh[aâậ]n s[uưứ]c kh[oỏ][eẻ]|khai sinh)\b|\bphi[eêế]u (?:l[yý]|l[ií]) l[iị]ch t[uư] ph[aá]p\b|\b(?:l[yý]|l[ií]) l[iị]ch t[uư] ph[aá]p\b/,
    // "Đơn đăng ký dự tuyển (theo mẫu)", "Phiếu đăng ký xét tuyển".
    /\b(?:[dđ][oơ]n|phi[eêế]u) (?:xin |[dđ][aă]ng k[yýií] )?(?:d[uưự] tuy[eêể]n|d[uưự] thi|x[eé]t tuy[eêể]n|[uưứ]ng tuy[eêể]n|[dđ][aă]ng k[yýií])\b|\bm[aâẫ]u [dđ][oơ]n\b/,
    // "Công văn cử đi dự tuyển của cơ quan", "Biên lai nộp lệ phí".
    /\b(?:c[oô]ng v[aă]n|quy[eêế]t [dđ][iị]nh|v[aă]n b[aả]n) (?:c[uưử]|[dđ][oôồ]ng [yý] cho) (?:[dđ]i )?(?:d[uưự] tuy[eêể]n|d[uưự] thi|h[oọ]c|[dđ]i h[oọ]c)\b|\bbi[eê]n lai (?:n[oôộ]p )?(?:l[eêệ] ph[ií]|ph[ií])\b/,
  ],
  listTriggers: [
    // "Hồ sơ dự tuyển gồm:", "Thành phần hồ sơ", "Hồ sơ cần chuẩn bị".
    /\bh[oôồ] s[oơ] (?:d[uưự] tuy[eêể]n |[uưứ]ng tuy[eêể]n |x[eé]t tuy[eêể]n |[dđ][aă]ng k[yýií] (?:d[uưự] tuy[eêể]n |x[eé]t tuy[eêể]n |d[uưự] thi )?|d[uưự] thi )?(?:bao g[oôồ]m|g[oôồ]m)\b/,
    /\b(?:th[aà]nh ph[aâầ]n|danh m[uụ]c) h[oôồ] s[oơ]\b|\bh[oôồ] s[oơ] (?:c[aâầ]n|ph[aả]i) (?:c[oó]|n[oôộ]p|chu[aâẩ]n b[iị])\b|\b(?:c[aá]c )?(?:gi[aâấ]y t[oơờ]|t[aà]i li[eêệ]u) (?:sau|nh[uư] sau|sau [dđ][aâ]y)\b/,
    /\bh[oôồ] s[oơ] (?:d[uưự] tuy[eêể]n|[uưứ]ng tuy[eêể]n|x[eé]t tuy[eêể]n|[dđ][aă]ng k[yýií] d[uưự] tuy[eêể]n|[dđ][aă]ng k[yýií] x[eé]t tuy[eêể]n|d[uưự] thi)\b/,
    /\b(?:[uưứ]ng vi[eê]n|th[ií] sinh|ng[uư][oơờ]i d[uưự] tuy[eêể]n) (?:c[aâầ]n|ph[aả]i|vui l[oò]ng) (?:n[oôộ]p|g[ưử]i|chu[aâẩ]n b[iị]|cung c[aâấ]p)\b/,
  ],
  containVerbs: [/\b(?:bao g[oôồ]m|g[ồ]m(?: c[oó]| c[aá]c)?)\b/],
  // "gửi", "nộp" and "gồm" alone only with their marks, bare "gui", "nop", "gom" being English ("GUI", "GoM"); without them, with what follows.
  sendVerbs: [/\b(?:n[ôộ]p|n[oôộ]p (?:h[oôồ] s[oơ]|k[eè]m|b[aả]n|tr[uưự]c tuy[eêế]n|qua|t[aạ]i|v[eêề])|g[ưử]i|g[uưử]i (?:k[eè]m|v[eêề]|[dđ][eêế]n|t[oơớ]i|qua)|[dđ][ií]nh k[eè]m|t[aả]i l[eê]n|cung c[aâấ]p)\b/],
  applicationNouns: [/\b(?:h[oôồ] s[oơ]|gi[aâấ]y t[oơờ]|t[aà]i li[eêệ]u)\b/],
  requestCues: [/\b(?:n[ôộ]p|n[oôộ]p (?:h[oôồ] s[oơ]|k[eè]m|b[aả]n|tr[uưự]c tuy[eêế]n|qua|t[aạ]i|v[eêề])|g[ưử]i|g[uưử]i (?:k[eè]m|v[eêề]|[dđ][eêế]n|t[oơớ]i|qua)|[dđ][ií]nh k[eè]m|t[aả]i l[eê]n|cung c[aâấ]p|k[eè]m theo|c[aâầ]n c[oó]|ph[aả]i c[oó])\b/],
  // "(nếu có)", "(không bắt buộc)".
  optional: [/\b(?:n[eêế]u c[oó]|kh[oô]ng b[aăắ]t bu[oôộ]c|t[uù][yỳ] ch[oọ]n|khuy[eêế]n kh[ií]ch (?:n[oôộ]p|g[uưử]i|c[oó]))\b/],
  // "Xuất trình bản gốc khi phỏng vấn", "Ứng viên trúng tuyển nộp bổ sung".
  later: [/\b(?:(?:khi|trong|t[aạ]i|v[aà]o) (?:bu[oôổ]i |v[oò]ng |l[uú]c )?ph[oỏ]ng v[aâấ]n|v[oò]ng (?:ph[oỏ]ng v[aâấ]n|hai|2|ti[eêế]p theo)|khi (?:[dđ][uư][oơợ]c )?(?:tr[uú]ng tuy[eêể]n|tuy[eêể]n d[uụ]ng|nh[aâậ]p h[oọ]c|k[yý] h[oơợ]p [dđ][oôồ]ng)|(?:[uưứ]ng vi[eê]n|th[ií] sinh) (?:tr[uú]ng tuy[eêể]n|[dđ][uư][oơợ]c ch[oọ]n|v[uư][oơợ]t qua v[oò]ng|[dđ][uư][oơợ]c m[oơờ]i ph[oỏ]ng v[aâấ]n)|b[oôổ] sung sau|n[oôộ]p b[oôổ] sung|giai [dđ]o[aạ]n sau|xu[aâấ]t tr[iì]nh (?:b[aả]n (?:g[oôố]c|ch[ií]nh) )?khi)\b/],
  // "Đối với ứng viên tốt nghiệp ở nước ngoài ...", "văn bằng do nước ngoài cấp"; not "đối với ứng viên trúng tuyển", which is later, nor the heading "Yêu cầu đối với ứng viên".
  condition: [
    /(?<!\by[eê]u c[aâầ]u )\b(?:[dđ][oôố]i v[oơớ]i|d[aà]nh cho|[aá]p d[uụ]ng (?:cho|[dđ][oôố]i v[oơớ]i)) (?:c[aá]c )?(?:[uưứ]ng vi[eê]n|th[ií] sinh|ng[uư][oơờ]i d[uưự] tuy[eêể]n|ng[uư][oơờ]i n[uư][oơớ]c ngo[aà]i|tr[uư][oơờ]ng h[oơợ]p)\b(?! (?:tr[uú]ng tuy[eêể]n|[dđ][uư][oơợ]c ch[oọ]n|[dđ][uư][oơợ]c m[oơờ]i|quan t[aâ]m|c[oó] nhu c[aâầ]u|[dđ][uủ] [dđ]i[eêề]u ki[eêệ]n)\b)/,
    /\b(?:tr[uư][oơờ]ng h[oơợ]p|n[eêế]u) (?:[uưứ]ng vi[eê]n|th[ií] sinh|v[aă]n b[aăằ]ng|b[aăằ]ng|ng[uư][oơờ]i d[uưự] tuy[eêể]n)\b|\bdo (?:c[oơ] s[oơở] |tr[uư][oơờ]ng )?n[uư][oơớ]c ngo[aà]i c[aâấ]p\b/,
  ],
  // "Không cần nộp thư giới thiệu", "Vui lòng không gửi bản gốc".
  notWanted: [/\b(?:kh[oô]ng (?:c[aâầ]n|ph[aả]i) (?:n[oôộ]p|g[uưử]i|[dđ][ií]nh k[eè]m|cung c[aâấ]p)|(?:[dđ][uưừ]ng|vui l[oò]ng kh[oô]ng|xin kh[oô]ng) (?:n[oôộ]p|g[uưử]i|[dđ][ií]nh k[eè]m)|kh[oô]ng y[eê]u c[aâầ]u (?:n[oôộ]p|g[uưử]i))\b/],
  // "Hạn nộp hồ sơ", "Thời gian nhận hồ sơ: từ ngày ... đến hết ngày ...", "chậm nhất ngày".
  deadline: [/\b(?:h[aạ]n (?:ch[oó]t|cu[oôố]i)(?: (?:n[oôộ]p|nh[aâậ]n) h[oôồ] s[oơ])?|(?:th[oơờ]i )?h[aạ]n (?:n[oôộ]p|nh[aâậ]n) h[oôồ] s[oơ]|th[oơờ]i gian (?:nh[aâậ]n|n[oôộ]p) h[oôồ] s[oơ]|(?:ch[aâậ]m|mu[oôộ]n) nh[aâấ]t (?:l[aà] |v[aà]o )*ng[aà]y|tr[uư][oơớ]c ng[aà]y(?= \d))\b|\bt[uưừ] ng[aà]y\b[^.]{0,60}\b[dđ][eêế]n (?:h[eêế]t )?ng[aà]y\b/],
  openUntilFilled: [/\b(?:cho )?(?:[dđ][eêế]n|t[oơớ]i) khi tuy[eêể]n (?:[dđ][uủ]|[dđ][uư][oơợ]c)\b/],
  notDocumentLists: [/\b(?:y[eê]u c[aâầ]u (?:[dđ][oôố]i v[oơớ]i [uưứ]ng vi[eê]n|[uưứ]ng vi[eê]n|c[oô]ng vi[eêệ]c|chung|chuy[eê]n m[oô]n|v[eêề] tr[iì]nh [dđ][oôộ])|ti[eê]u chu[aâẩ]n(?: (?:d[uưự] tuy[eêể]n|[uưứ]ng vi[eê]n|chung))?|[dđ]i[eêề]u ki[eêệ]n (?:d[uưự] tuy[eêể]n|[dđ][aă]ng k[yýií])|m[oô] t[aả] c[oô]ng vi[eêệ]c|nhi[eêệ]m v[uụ]|quy[eêề]n l[oơợ]i|ch[eêế] [dđ][oôộ] (?:[dđ][aã]i ng[oôộ]|ph[uú]c l[oơợ]i)|ch[uú]ng t[oô]i (?:cung c[aâấ]p|mang l[aạ]i)|ti[eê]u ch[ií] (?:[dđ][aá]nh gi[aá]|x[eé]t tuy[eêể]n|l[uưự]a ch[oọ]n))\b/],
  // "gộp thành một file PDF duy nhất"; not "mỗi tài liệu là một file", which asks for separate files.
  singlePdf: [/\b(?:(?:trong|th[aà]nh|g[oôộ]p (?:th[aà]nh|v[aà]o|chung)|chung) (?:m[oôộ]t|01|1) (?:t[eêệ]p|file)(?: pdf)?|(?:m[oôộ]t|01) (?:t[eêệ]p|file)(?: pdf)? duy nh[aâấ]t)\b/],
  separateFiles: [/\b(?:(?:c[aá]c )?(?:t[eêệ]p|file) ri[eê]ng(?: bi[eêệ]t| l[eẻ])?|(?:m[oôỗ]i|t[uưừ]ng) (?:t[aà]i li[eêệ]u|gi[aâấ]y t[oơờ]|v[aă]n b[aả]n) (?:l[aà] |th[aà]nh |trong )?(?:m[oôộ]t|01|1) (?:t[eêệ]p|file)(?: ri[eê]ng)?)\b/],
  // "Có bằng tiến sĩ", "Là công dân Việt Nam", "Tốt nghiệp đại học": conditions to meet, not documents.
  steps: [/^(?:c[oó] (?:b[aăằ]ng|tr[iì]nh [dđ][oôộ]|s[uưứ]c kh[oỏ][eẻ]|kinh nghi[eêệ]m|n[aă]ng l[uưự]c|[dđ][uủ]|ph[aâẩ]m ch[aâấ]t)|l[aà] c[oô]ng d[aâ]n|t[oôố]t nghi[eêệ]p|[dđ][aạ]t|[dđ][aá]p [uưứ]ng|kh[oô]ng (?:trong th[oơờ]i gian|b[iị]|vi ph[aạ]m))\s/],
};

/**
 * Arabic: the words of calls from the Gulf, Egypt, the Levant and the Maghreb ("المستندات المطلوبة", "السيرة الذاتية", "ملف الترشح").
 * Its letters are no word characters for `\b`, and "and", "the", "with" are prefixes of the word ("والسيرة", "بالمستندات"),
 * so the patterns have no word edges; where a short word could be part of a longer one, `(?<![\u0621-\u064a])` and
 * `(?![\u0621-\u064a])` stand for them. The final "ة" is often written "ه", a final "ي" "ى", and "أ", "إ", "آ" a bare "ا":
 * the patterns take either.
 */
const ar: LanguagePhrases = {
  kinds: {
    // "السيرة الذاتية", "سيرة علمية".
    cv: [/(?:ال)?سير[ةه]\s(?:ال)?(?:ذاتي[ةه]|علمي[ةه])/],
    // "رسالة تغطية", "خطاب طلب الوظيفة", Maghreb "طلب خطي".
    cover_letter: [/(?:رسال[ةه]|خطاب)\s(?:ال)?(?:تغطي[ةه]|تقديم|طلب\s(?:ال)?(?:وظيف[ةه]|توظيف|عمل|التحاق))|(?<![\u0621-\u064a])طلب\s(?:خطي|كتابي)(?![\u0621-\u064a])/],
    // "رسالة الدوافع", "خطاب اهتمام", "بيان الغرض".
    motivation_letter: [/(?:رسال[ةه]|خطاب)\s(?:ال)?(?:دافع|دوافع|تحفيز|نوايا|اهتمام|رغب[ةه])|بيان\s(?:ال)?(?:غرض|هدف|[أا]هداف|دوافع)/],
    // "مقترح بحثي", "خطة البحث", "مشروع الأطروحة"; not "مشروع بحثي" alone, which is also a duty ("قيادة مشروع بحثي").
    research_plan: [/(?:مقترح|خط[ةه]|مخطط|تصور)\s(?:ال)?(?:بحث|دراس[ةه]\s(?:ال)?بحثي[ةه]|رسال[ةه]|[أا]طروح[ةه])|مشروع\s(?:ال)?(?:[أا]طروح[ةه]|رسال[ةه])/],
    // "ملخص الأبحاث", "بيان الاهتمامات البحثية".
    research_statement: [/(?:بيان|وصف|ملخص|عرض)\s(?:ال)?(?:اهتمامات|خبرات|[إا]نجازات|نشاطات|[أا]نشط[ةه])\s(?:ال)?(?:بحثي[ةه]|علمي[ةه])|ملخص\s(?:ال)?(?:[أا]بحاث|بحوث)/],
    teaching_statement: [/فلسف[ةه]\s(?:ال)?(?:تدريس|تعليم)|بيان\s(?:ال)?(?:تدريس|خبر[ةه]\s(?:ال)?تدريس)|تقييمات\s(?:ال)?(?:تدريس|طلاب|طلب[ةه])/],
    // "كشف الدرجات", "بيان العلامات", Maghreb "كشوف النقاط".
    transcript: [/كشو?ف\s(?:ال)?(?:درجات|علامات|نقاط)|بيان\s(?:ال)?(?:درجات|علامات)|(?:ال)?سجل\s(?:ال)?[أا]كاديمي/],
    // "رسالة الماجستير", "أطروحة الدكتوراه", Maghreb "مذكرة التخرج"; not "مقترح رسالة الماجستير", the plan of one.
    thesis: [/(?<!(?:مقترح|خط[ةه]|مخطط|مشروع|عنوان|موضوع)\s(?:ال)?)(?:ال)?(?:رسال[ةه]|[أا]طروح[ةه]|مذكر[ةه])\s(?:ال)?(?:ماجستير|دكتورا[هة]|تخرج|ماستر)/],
    // "قائمة المنشورات", "قائمة بالأبحاث المنشورة".
    publication_list: [/قائم[ةه]\s(?:ب)?(?:ال)?(?:منشورات|[أا]بحاث|بحوث|[إا]نتاج\s(?:ال)?علمي|[إا]صدارات|مؤلفات)/],
    // "نسخ من الأبحاث المنشورة", "الأبحاث المختارة".
    writing_sample: [/(?:نسخ(?:[ةه]|ا)?|نماذج|نموذج|عين[ةه])\s(?:من\s)?(?:ال)?(?:[أا]بحاث|بحوث|منشورات|مقالات)|(?:ال)?(?:[أا]بحاث|بحوث|منشورات)\s(?:ال)?مختار[ةه]/],
    // "رسالتا توصية", "خطابات التوصية", "أسماء المعرفين", Maghreb "تزكية".
    references: [/(?:خطاب(?:ات|ا|ين|ي)?|رسال[ةه]|رسالت(?:ا|ين|ي)|رسائل|شهاد[ةه]|شهادات)\s(?:ال)?توصي[ةه]|(?:ال)?معر\u0651?ف(?:ين|ون)|تزكي[ةه]/],
    // "صورة من المؤهلات العلمية", "شهادة الدكتوراه", "نسخة طبق الأصل من الشهادة", "معادلة الشهادة".
    diplomas: [
      /(?:ال)?(?:شهاد[ةه]|شهادات)\s(?:ال)?(?:علمي[ةه]|جامعي[ةه]|دراسي[ةه]|[أا]كاديمي[ةه]|دكتورا[هة]|ماجستير|ماستر|بكالوريوس|ليسانس|تخرج)/,
      /(?:صور[ةه]?|نسخ(?:[ةه]|ا)?)\s(?:(?:مصدق[ةه]|طبق\s(?:ال)?[أا]صل)\s)?(?:من\s)?(?:ال)?(?:مؤهلات|مؤهل|شهادات|شهاد[ةه](?!\s(?:ال)?(?:ميلاد|خبر[ةه]|[إا]جاد[ةه]|[إا]تقان|لغ[ةه]|حسن|طبي[ةه]|توصي[ةه])))/,
      /وثيق[ةه]\s(?:ال)?تخرج|معادل[ةه]\s(?:ال)?(?:شهاد[ةه]|مؤهل)/,
    ],
    // "شهادة إجادة اللغة الإنجليزية", "نتيجة اختبار التوفل".
    language_certificate: [/شهاد[ةه]\s(?:(?:[إا]جاد[ةه]|[إا]تقان|كفاء[ةه]|مستوى)\s)?(?:في\s)?(?:ال)?لغ[ةه]|(?:شهاد[ةه]|نتيج[ةه])\s(?:اختبار\s)?(?:ال)?(?:توفل|[أاآ]يلتس)|يثبت\s(?:[إا]جاد[ةه]|[إا]تقان|مستوى)\s(?:ال)?لغ[ةه]/],
    portfolio: [/ملف\s(?:ال)?[إا]نجاز|حقيب[ةه]\s(?:ال)?[أا]عمال/],
  },
  other: [
    // "صورة جواز السفر", "بطاقة الهوية الوطنية", Maghreb "بطاقة التعريف".
    /جواز\s(?:ال)?سفر|(?:بطاق[ةه]|صور[ةه])\s(?:ال)?هوي[ةه]|(?:ال)?هوي[ةه]\s(?:ال)?(?:وطني[ةه]|شخصي[ةه])|بطاق[ةه]\s(?:ال)?تعريف/,
    // "صورتان شخصيتان", Maghreb and Egypt "صور شمسية".
    /(?<![\u0621-\u064a])(?:و|ب)?صور(?:[ةه]|تان|تين)?\s(?:فوتوغرافي\S*\s)?(?:شخصي|شمسي)/,
    /(?:استمار[ةه]|نموذج)\s(?:ال)?(?:تقديم|طلب|ترشح|ترشيح|تسجيل|بيانات|التحاق)/,
    // "شهادة الخبرة", "صحيفة الحالة الجنائية", Maghreb "السجل العدلي", "خطاب عدم ممانعة".
    /شهاد(?:[ةه]|ات)\s(?:ال)?(?:خبر[ةه]|ميلاد|حسن\s(?:ال)?سير[ةه]|طبي[ةه])|صحيف[ةه]\s(?:ال)?(?:سوابق|حال[ةه]\s(?:ال)?جنائي[ةه])|(?:ال)?سجل\s(?:ال)?عدلي|عدم\s(?:ال)?ممانع[ةه]|تقرير\s(?:ال)?طبي|(?:ال)?فحص\s(?:ال)?طبي/,
  ],
  listTriggers: [
    // "المستندات المطلوبة", "الوثائق التالية", Egypt "مسوغات التعيين".
    /(?:ال)?(?:مستندات|وثائق|[أا]وراق|مرفقات|مسوغات)\s(?:ال)?(?:مطلوب[ةه]|تالي[ةه]|لازم[ةه]|[آا]تي[ةه])|مسوغات\s(?:ال)?تعيين/,
    // "يرجى إرفاق", "على المتقدمين تقديم ما يلي".
    /(?:يجب|يرجى|ينبغي|يتعين|يلزم)\s(?:على\s\S+\s)?(?:[إا]رفاق|تقديم|[إا]رسال|تحميل)|على\s(?:ال)?(?:متقدم|مرشح|مترشح|راغب)\S*\s(?:[إا]رفاق|تقديم|[إا]رسال|تحميل)/,
    // Maghreb "يتكون ملف الترشح من".
    /(?:يتكون|يتضمن|يشمل|يتألف|يحتوي)\s(?:ال)?ملف\s(?:ال)?(?:ترشح|ترشيح|تقديم|طلب)|(?:مكونات|محتويات|وثائق)\s(?:ال)?ملف\s(?:ال)?(?:ترشح|ترشيح|تقديم)|ملف\s(?:ال)?(?:ترشح|ترشيح)\s(?:يتكون|يتضمن|يشمل)/,
  ],
  containVerbs: [/(?:ي|ت)تضمن|(?:ي|ت)شمل|(?:ي|ت)حتوي|(?:ي|ت)تكون\sمن|(?:ي|ت)تألف\sمن/],
  sendVerbs: [/(?<![\u0621-\u064a])(?:و|ف|ل)?(?:[إا]رسال|[إا]رفاق|تقديم|تحميل|رفع|[إا]يداع|[أا]رسل(?:وا)?|[أا]رفق(?:وا)?|يرسل|ترسل|يرفق|ترفق|يودع)(?![\u0621-\u064a])/],
  applicationNouns: [/(?<![\u0621-\u064a])(?:و|ف)?(?:ب|ل|ك)?(?:ال|ل)?(?:طلب|طلبات|مستندات|وثائق|مرفقات|ملف)(?![\u0621-\u064a])|ملف\s(?:ال)?(?:ترشح|ترشيح)/],
  // Not "تقدم", also "offers" ("تقدم الجامعة"), nor "المتقدمين", the applicants.
  requestCues: [/(?<![\u0621-\u064a])(?:و|ف|ل)?(?:[إا]رسال|[إا]رفاق|تقديم|تحميل|[إا]يداع|[أا]رسل(?:وا)?|[أا]رفق(?:وا)?|يرسل|ترسل|يرفق|ترفق|يرجى)(?![\u0621-\u064a])|مطلوب[ةه]?(?![\u0621-\u064a])/],
  // "(إن وجد)", "اختياري", "في حال توفرها".
  optional: [/(?<![\u0621-\u064a])(?:[إا]ختيار[يى](?:[ةه]|ا)?|[إا]ن\s(?:وجد(?:ت)?|[أا]مكن|توفر(?:ت)?|كان(?:ت)?\s(?:متوفر|متاح))|[إا]ذا\s(?:وجد(?:ت)?|توفر(?:ت)?|[أا]مكن)|غير\s(?:[إا]لزام[يى]|[إا]جبار[يى])|(?:في\s)?حال(?:[ةه])?\s(?:توفر|وجود))/],
  // "تقدم عند المقابلة الشخصية", "في مرحلة لاحقة", "عند المباشرة"; "لا ... في هذه المرحلة": not now, so later.
  later: [/(?:عند|في|[أا]ثناء|خلال|يوم|وقت)\s(?:ال)?مقابل[ةه]|(?:في|خلال)\s(?:ال)?مرحل[ةه]\s(?:ال)?(?:لاحق[ةه]|تالي[ةه]|ثاني[ةه]|قادم[ةه])|(?:بعد|عند)\s(?:ال)?(?:قبول|تعيين|ترشيح|اختيار|توظيف|مباشر[ةه])|عند\s(?:ال)?طلب|(?:لل|ال)مرشحين\s(?:ال)?(?:مختارين|مقبولين|مؤهلين|ناجحين)|(?:لل|ال)(?:مقبولين|ناجحين)\s(?:مبدئي|في)|(?<![\u0621-\u064a])لاحق(?:ا|\u064bا|ا\u064b)(?![\u0621-\u064a])|(?<![\u0621-\u064a])لا\s[^.]{0,80}في\sهذه\s(?:ال)?مرحل[ةه]/],
  // "للمتقدمين من خارج الدولة", "في حالة ...", "لغير الناطقين بالعربية", "عند الاقتضاء".
  condition: [/(?:بالنسب[ةه]\s)?(?:لل|ل)(?:متقدمين|مرشحين|مترشحين|طلاب|طلب[ةه]|حاصلين|خريجين)\s(?:ال)?(?:ذين|من|على|[أا]جانب|دوليين|غير|وافدين)(?![\u0621-\u064a])|(?:في|ف[يى])\sحال(?:[ةه])?\s(?!(?:توفر|وجود))|[إا]ذا\sكان|(?<![\u0621-\u064a])[إا]ن\sكان(?!ت?\s(?:متوفر|متاح))|لغير\s(?:ال)?(?:ناطقين|مواطنين|سعوديين|عمانيين|[إا]ماراتيين|قطريين|كويتيين|بحرينيين)|(?:حسب|عند)\s(?:ال)?(?:اقتضاء|حاج[ةه])/],
  // "لا ترسلوا ...", "لا داعي لإرسال ...", "يرجى عدم إرفاق ...", "غير مطلوبة".
  notWanted: [/(?<![\u0621-\u064a])لا\s(?:ت|ي)(?:رسل|رفق)(?:وا|ي)?(?![\u0621-\u064a])|لا\s(?:يلزم|داعي|حاج[ةه]|يشترط|يتطلب|ضرور[ةه])\s(?:ل|[إا]لى\s)?(?:ال)?(?:[إا]رسال|[إا]رفاق|تقديم)|(?:يرجى|نرجو)\sعدم\s(?:[إا]رسال|[إا]رفاق|تقديم)|(?:غير|ليست?)\s(?:مطلوب[ةه]?|ضروري[ةه]?)/],
  // "آخر موعد لاستقبال الطلبات", "في موعد أقصاه", Maghreb "آخر أجل".
  deadline: [/[آا]خر\s(?:موعد|[أا]جل)|(?:ال)?موعد\s(?:ال)?نهائ[يى]|(?:موعد|[أا]جل)\s[أا]قصاه|تاريخ\s(?:ال)?(?:[إا]غلاق|انتهاء)|(?:[إا]غلاق|يغلق)\sباب\s(?:ال)?(?:تقديم|ترشح|ترشيح|تسجيل)|(?:ينتهي|ينتهى|تنتهي)\s(?:ال)?(?:تقديم|تسجيل|ترشح|استقبال)|(?:حتى|قبل)\s(?:تاريخ|يوم)|في\sموعد\sلا\sيتجاوز/],
  openUntilFilled: [/(?:حتى|[إا]لى\sحين|لحين)\s(?:يتم\s)?(?:شغل|ملء|سد|[إا]شغال)\s(?:ال)?(?:وظيف[ةه]|شاغر|منصب|وظائف)/],
  notDocumentLists: [/(?:ال)?(?:مهام|واجبات|مسؤوليات)(?:\s(?:ال)?وظيف[ةه])?|(?:ال)?(?:مؤهلات|خبرات|مهارات|كفاءات)\s(?:ال)?مطلوب[ةه]|(?:ال)?شروط\s(?:ال)?عام[ةه]|(?:ال)?مزايا|وصف\s(?:ال)?وظيف[ةه]|معايير\s(?:ال)?(?:اختيار|تقييم|مفاضل[ةه])/],
  // "في ملف PDF واحد".
  singlePdf: [/ملف\s(?:(?:بصيغ[ةه]\s)?pdf\s)?(?:واحد|موحد)/],
  separateFiles: [/ملفات\s(?:مستقل[ةه]|منفصل[ةه])|(?:بشكل|بصور[ةه])\s(?:منفصل|مستقل)|كل\s(?:منها\s|مستند\s|وثيق[ةه]\s)?(?:على\sحد[ةه]|في\sملف\s(?:مستقل|منفصل))/],
  // "أن يكون حاصلاً على درجة الدكتوراه", "ألا يزيد العمر عن ...": conditions to meet, not documents.
  steps: [/^(?:[أا]ن\s(?:لا\s)?(?:يكون|تكون|يجيد|تجيد|يتقن|يمتلك|يلتزم|يتمتع)|[أا]لا\s(?:يكون|يزيد|يقل|يتجاوز)|حاصل)/],
};

/** Every language table, in no particular order. */
export const LANGUAGES: readonly LanguagePhrases[] = [es, ca, pt, it, da_no, zh_ja, ko, pl, cs, he, tr, fr, nl, ru, uk, bg_sr, ro, hu, el, id_ms, vi, ar];

/** One field of every language table, concatenated. */
export function fromLanguages<K extends Exclude<keyof LanguagePhrases, 'kinds'>>(key: K): RegExp[] {
  return LANGUAGES.flatMap((l) => l[key] ?? []);
}

/** The patterns of one item kind from every language table. */
export function kindFromLanguages(kind: Exclude<ItemKind, 'other'>): RegExp[] {
  return LANGUAGES.flatMap((l) => l.kinds[kind] ?? []);
}

/**
 * Languages and scripts no table above has words for. A posting written in one is read only where it uses words of
 * another language ("curriculum vitae", "PhD"): the importer must say so rather than present a short list as the whole.
 * Latin-script languages are told by their commonest words, which the languages with tables rarely write.
 */
const UNREAD_LATIN: readonly { language: string; re: RegExp }[] = [
  { language: 'Estonian', re: /(?<!\p{L})(?:ning|või|kui|peab|avaldus|dokumendid|kandideerija\p{L}*|taotlus\p{L}*|ülikool\p{L}*|hiljemalt)(?!\p{L})/giu },
  { language: 'Latvian', re: /(?<!\p{L})(?:vai|kas|ar|pieteikum\p{L}*|dokument[iu]|līdz|jāiesniedz|augstskol\p{L}*|universitāte\p{L}*)(?!\p{L})/giu },
  { language: 'Lithuanian', re: /(?<!\p{L})(?:ir|arba|kad|yra|prašym\p{L}*|dokumentai|pateikti|universiteto|iki)(?!\p{L})/giu },
  { language: 'Croatian, Serbian, Bosnian or Slovenian', re: /(?<!\p{L})(?:ili|kao|koji|koje|prijav\p{L}*|natječaj\p{L}*|natečaj\p{L}*|konkurs\p{L}*|životopis|življenjepis|sveučilišt\p{L}*|univerzitet\p{L}*|dokaz o)(?!\p{L})/giu },
  { language: 'Albanian', re: /(?<!\p{L})(?:dhe|për|është|ose|një|aplikim\p{L}*|dokumentet|universitet\p{L}*)(?!\p{L})/giu },
  { language: 'Icelandic', re: /(?<!\p{L})(?:að|fyrir|eða|umsókn\p{L}*|háskól\p{L}*|þess|þarf|skulu)(?!\p{L})/giu },
  { language: 'Swahili', re: /(?<!\p{L})(?:ya|wa|kwa|katika|kuwa|hii|zaidi|maombi|chuo)(?!\p{L})/giu },
];
/**
 * The commonest words of the languages with tables (English and the languages of `phrases.ts` and of the tables above);
 * short words they share with an unread language ("na", "og") are left out of that language's list.
 */
const READ_LATIN =
  /(?<!\p{L})(?:the|and|of|to|in|for|with|is|are|your|or|by|und|der|die|das|mit|für|von|zu|oder|och|för|att|med|på|som|og|af|ikke|ja|tai|sekä|että|het|een|van|voor|en|de|les|des|du|et|pour|la|le|los|las|el|del|y|para|con|que|os|do|da|em|com|il|della|di|che|per|oraz|się|jest|nie|lub|dla|na|za|do|od|se|je|jsou|jako|nebo|pro|že|ve|ile|için|veya|bir)(?!\p{L})/giu;
/** Scripts, by name, and whether a table reads them. */
const SCRIPTS: readonly { script: string; re: RegExp; read: boolean }[] = [
  { script: 'Latin', re: /\p{Script=Latin}/gu, read: true },
  { script: 'Hebrew', re: /\p{Script=Hebrew}/gu, read: true },
  { script: 'Chinese or Japanese', re: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, read: true },
  { script: 'Korean', re: /\p{Script=Hangul}/gu, read: true },
  { script: 'Cyrillic', re: /\p{Script=Cyrillic}/gu, read: true },
  { script: 'Greek', re: /\p{Script=Greek}/gu, read: true },
  { script: 'Arabic', re: /\p{Script=Arabic}/gu, read: true },
  { script: 'Thai', re: /\p{Script=Thai}/gu, read: false },
  { script: 'Devanagari', re: /\p{Script=Devanagari}/gu, read: false },
  { script: 'Bengali', re: /\p{Script=Bengali}/gu, read: false },
  { script: 'Tamil', re: /\p{Script=Tamil}/gu, read: false },
  { script: 'Georgian', re: /\p{Script=Georgian}/gu, read: false },
  { script: 'Armenian', re: /\p{Script=Armenian}/gu, read: false },
  { script: 'Ethiopic', re: /\p{Script=Ethiopic}/gu, read: false },
];

/**
 * What the posting is mostly written in, when no table has its words: a language ("Estonian") or a script ("Thai
 * script"); undefined for a posting the importer reads. A script leads with more than half of the posting's letters
 * (at least 100); a Latin-script language with at least 8 of its common words and twice those of the read languages.
 *
 * @example
 * unreadLanguage('Kandideerija peab esitama avalduse ja CV ning ...') // 'Estonian' (given enough text)
 * unreadLanguage('Please send a CV and a cover letter.') // undefined
 */
export function unreadLanguage(text: string): string | undefined {
  const prose = text.replace(/\b(?:https?:\/\/|www\.)\S+|\S+@\S+/gu, ' ');
  const letters = prose.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 100) return undefined;
  const counts = SCRIPTS.map((s) => ({ s, n: prose.match(s.re)?.length ?? 0 })).sort((a, b) => b.n - a.n);
  const lead = counts[0];
  if (lead && !lead.s.read && lead.n * 2 > letters) return `${lead.s.script} script`;
  if (lead?.s.script !== 'Latin') return undefined;
  const read = prose.match(READ_LATIN)?.length ?? 0;
  const unread = UNREAD_LATIN.map((l) => ({ l, n: prose.match(l.re)?.length ?? 0 })).sort((a, b) => b.n - a.n)[0];
  return unread && unread.n >= 8 && unread.n >= 2 * read ? unread.l.language : undefined;
}
