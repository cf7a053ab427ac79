/**
 * The words of postings in Spanish, Catalan, Portuguese, Italian, Danish and Norwegian, Chinese and Japanese, Korean, Polish, Czech, Hebrew, Turkish
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

/** Every language table, in no particular order. */
export const LANGUAGES: readonly LanguagePhrases[] = [es, ca, pt, it, da_no, zh_ja, ko, pl, cs, he, tr, fr, nl];

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
  { language: 'Latvian', re: /(?<!\p{L})(?:un|vai|kas|ar|pieteikum\p{L}*|dokument[iu]|līdz|jāiesniedz|augstskol\p{L}*|universitāte\p{L}*)(?!\p{L})/giu },
  { language: 'Lithuanian', re: /(?<!\p{L})(?:ir|arba|kad|su|yra|prašym\p{L}*|dokumentai|pateikti|universiteto|iki)(?!\p{L})/giu },
  { language: 'Croatian, Serbian, Bosnian or Slovenian', re: /(?<!\p{L})(?:ili|kao|koji|koje|prijav\p{L}*|natječaj\p{L}*|natečaj\p{L}*|konkurs\p{L}*|životopis|življenjepis|sveučilišt\p{L}*|univerzitet\p{L}*|dokaz o)(?!\p{L})/giu },
  { language: 'Albanian', re: /(?<!\p{L})(?:dhe|për|është|ose|një|aplikim\p{L}*|dokumentet|universitet\p{L}*)(?!\p{L})/giu },
  { language: 'Icelandic', re: /(?<!\p{L})(?:og|að|fyrir|með|eða|umsókn\p{L}*|skal|háskól\p{L}*)(?!\p{L})/giu },
  { language: 'Swahili', re: /(?<!\p{L})(?:na|ya|wa|kwa|za|katika|maombi|chuo)(?!\p{L})/giu },
];
/** The commonest words of the languages with tables (English and the languages of `phrases.ts` and of the tables above). */
const READ_LATIN =
  /(?<!\p{L})(?:the|and|of|to|in|for|with|is|are|your|or|by|und|der|die|das|mit|für|von|zu|oder|och|för|att|med|på|som|og|af|ikke|ja|tai|sekä|että|het|een|van|voor|en|de|les|des|du|et|pour|la|le|los|las|el|del|y|para|con|que|os|do|da|em|com|il|della|di|che|per|oraz|się|jest|nie|lub|dla|nebo|pro|že|ve|ile|için|veya|bir)(?!\p{L})/giu;
/** Scripts, by name, and whether a table reads them. */
const SCRIPTS: readonly { script: string; re: RegExp; read: boolean }[] = [
  { script: 'Latin', re: /\p{Script=Latin}/gu, read: true },
  { script: 'Hebrew', re: /\p{Script=Hebrew}/gu, read: true },
  { script: 'Chinese or Japanese', re: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, read: true },
  { script: 'Korean', re: /\p{Script=Hangul}/gu, read: true },
  { script: 'Cyrillic', re: /\p{Script=Cyrillic}/gu, read: false },
  { script: 'Greek', re: /\p{Script=Greek}/gu, read: false },
  { script: 'Arabic', re: /\p{Script=Arabic}/gu, read: false },
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
