import type {Profile} from '../profile.js'
import {spanishNumbers} from './number-words.js'
import {phrases} from './phrases.js'

/**
 * Spanish: resolutions of the UN and the OAS (`La Asamblea General,`, `Recordando…`, `1. Decide…`),
 * EU acts (`Visto…`, `Considerando lo siguiente:`, `HA ADOPTADO EL PRESENTE REGLAMENTO:`) and royal
 * decrees (`DISPONGO:`, `Artículo único`).
 *
 * @example es.operativeVerbs?.includes('Insta') // true
 */
export const es: Profile = {
  language: 'es',
  stopWords: phrases(
    'el | los | las | del | y | que | en | por | con | para | una | se | al | lo | como | su | sus | es | este | esta | sobre | entre | también | ha',
  ),
  superscripts: phrases('o | a | os | as'),
  documentNumber: [
    /^(?=\p{Lu})DECISI[ÓO]N N[º°o]?\.? ?(\d{1,4}[/-]\d{1,4})/iu,
    /^(?=\p{Lu})RESOLUCI[ÓO]N N?[º°o]?\.? ?(\d{1,4}[/-]\d{1,4})/iu,
    // A conference of the parties' decision: `Decisión 1/CP.35`, `Decisión 15/4` (no `N.º`).
    /^(?=\p{Lu})DECISI[ÓO]N (\d{1,4}\/(?:\d{1,4}|(?:CP|CMP|CMA)\.\d{1,3}))(?![\p{N}/])/iu,
    // A Security Council resolution's number and year: `Resolución 2999 (2031)`.
    /^Resoluci[óo]n (\d{1,5} \(\d{4}\))/u,
    /^(\d{1,3}\/\d{1,4}(?: [A-Z])?)\. /u,
    // A Latin American decree or resolution's number alone on its line, above its title (`Decreto
    // 123/2031`, `Resolución N° 45/2031`).
    /^(?:Decreto|DECRETO|Resolución|RESOLUCIÓN|Disposición|DISPOSICIÓN)(?: N[°º]\.?)? (\d{1,5}\/\d{4})$/u,
    // Mercosur's bodies number their decisions, resolutions and directives so: `MERCOSUR/CMC/DEC. N° 07/31`.
    /^MERCOSU[RL]\/(?:CMC|GMC|CCM)\/(?:DEC|RES|DIR)\.? N[º°o]\.? ?(\d{1,3}\/\d{2,4})/u,
    // The Andean Community numbers its decisions in one series, the number in capitals alone on its
    // line above the title (`DECISIÓN 912`).
    /^DECISI[ÓO]N (\d{1,4})$/u,
    // The Cortes' initiatives by their file number, the kind's three digits and a series of six
    // (`Proposición no de ley 162/000512`, `Moción 173/000045`).
    /^(?:Proposición no de [Ll]ey|PROPOSICIÓN NO DE LEY|Moción|MOCIÓN)(?: N[º°]\.?)? (\d{3}\/\d{6})(?![\p{N}/])/u,
  ],
  bodies: [
    {
      formula: 'El Consejo Ministerial',
      country: 'osce',
      subtype: 'decision',
      eId: 'osce-mc',
      href: '/ontology/organization/osce/ministerialCouncil',
      showAs: 'Consejo Ministerial de la OSCE',
      symbolPrefix: 'MC.DEC/',
    },
    {
      formula: 'El Consejo Permanente',
      country: 'osce',
      subtype: 'decision',
      eId: 'osce-pc',
      href: '/ontology/organization/osce/permanentCouncil',
      showAs: 'Consejo Permanente de la OSCE',
      symbolPrefix: 'PC.DEC/',
    },
    {
      formula: 'La Asamblea General',
      country: 'un',
      subtype: 'resolution',
      eId: 'un-ga',
      href: '/ontology/organization/un/generalAssembly',
      showAs: 'Asamblea General de las Naciones Unidas',
      symbolPrefix: 'A/RES/',
    },
    {
      formula: 'El Consejo de Seguridad',
      country: 'un',
      subtype: 'resolution',
      eId: 'un-sc',
      href: '/ontology/organization/un/securityCouncil',
      showAs: 'Consejo de Seguridad de las Naciones Unidas',
      symbolPrefix: 'S/RES/',
    },
  ],
  formulaQualifiers: phrases(
    'reunida en | reunido en | en virtud de | en virtud del | de conformidad con | con arreglo a | con arreglo al | conforme a | conforme al',
  ),
  formulaPronouns: ['Nosotros, ', 'Nosotras, ', 'NOSOTROS, ', 'NOSOTRAS, '],
  formulaArticles: ['El ', 'La ', 'Los ', 'Las ', 'EL ', 'LA ', 'LOS ', 'LAS '],
  recitalOpeners: phrases(`
    Recordando | Reafirmando | Reconociendo | Teniendo presente | Teniendo en cuenta | Tomando nota |
    Observando | Destacando | Subrayando | Poniendo de relieve | Expresando | Acogiendo con beneplácito |
    Acogiendo | Profundamente | Gravemente | Seriamente | Preocupada | Preocupado | Alarmada | Alarmado |
    Consciente | Conscientes | Convencida | Convencido | Decidida | Decidido | Guiada | Guiado |
    Habiendo examinado | Habiendo | Considerando | Visto | Vistos | Vista | Vistas | Habida cuenta |
    Afirmando | Reiterando | Deplorando | Encomiando | Celebrando | Actuando | Determinando |
    Resuelta | Resuelto | Deseosa | Deseoso | Preocupados | Considerando lo siguiente | Que |
    Convocada | Convocado | Después de haber`),
  recitalEndings: phrases('ando | iendo | endo'),
  operativeVerbs: phrases(`
    Decide | Solicita | Pide | Insta | Exhorta | Invita | Alienta | Acoge con beneplácito | Acoge |
    Toma nota | Reconoce | Reafirma | Expresa | Observa | Subraya | Destaca | Pone de relieve |
    Condena | Deplora | Exige | Aprueba | Recomienda | Encomia | Encarga | Encomienda | Autoriza |
    Afirma | Declara | Hace un llamamiento | Resuelve | Considera | Celebra | Lamenta | Recuerda |
    Reitera | Apoya | Hace suyas | Hace suya | Proclama | Establece | Acuerda | Designa | Elige |
    Prorroga | Conviene | Agradece | Felicita | Rinde homenaje | Confirma | Adopta | Renueva |
    Aprobar | Encargar | Autorizar | Disponer | Modificar | Derogar | Suprímase | Sustitúyase |
    Insértese | Añádase | Suprimir | Sustituir | Insertar | Añadir`),
  adverbs: phrases(
    'También | Además | Asimismo | Nuevamente | Una vez más | Enérgicamente | Encarecidamente | Firmemente',
  ),
  // The ILO's formula ends so, after its recitals: `adopta, con fecha … de junio de …, el siguiente Convenio, …`.
  enactingOpeners: ['adopta, con fecha'],
  enactingTerms: phrases(`
    dispongo | disponemos | decreto | decretamos | decreta | decretan | resuelve | resuelven | resuelvo | acuerda | acuerdan |
    ha adoptado el presente reglamento | ha adoptado la presente decisión | ha adoptado la presente directiva |
    han adoptado el presente reglamento | han adoptado la presente decisión | han adoptado la presente directiva |
    decide lo siguiente | han convenido en lo siguiente | vengo en disponer | vengo en decretar`),
  hierarchyWords: [
    {word: 'Artículo', name: 'article'},
    {word: 'Articulo', name: 'article'},
    {word: 'Art.', name: 'article'},
    {word: 'Capítulo', name: 'chapter'},
    {word: 'Parte', name: 'part'},
    {word: 'Sección', name: 'section'},
    {word: 'Título', name: 'title'},
    {word: 'Libro', name: 'book'},
    // The closing provisions of a Spanish act, after its articles and outside its titles and
    // chapters: numbered units at the articles' level (`Disposición adicional primera. Financiación.`).
    {word: 'Disposición adicional', name: 'article', topLevel: true},
    {word: 'Disposición transitoria', name: 'article', topLevel: true},
    {word: 'Disposición derogatoria', name: 'article', topLevel: true},
    {word: 'Disposición final', name: 'article', topLevel: true},
  ],
  ordinalWords: phrases(`
    primero | primera | segundo | segunda | tercero | tercera | cuarto | cuarta | quinto | quinta |
    sexto | sexta | séptimo | séptima | octavo | octava | noveno | novena | décimo | décima |
    undécimo | undécima | duodécimo | duodécima | decimotercero | decimotercera | decimocuarto |
    decimocuarta | decimoquinto | decimoquinta | decimosexto | decimosexta | decimoséptimo |
    decimoséptima | decimoctavo | decimoctava | decimonoveno | decimonovena | vigésimo | vigésima |
    trigésimo | trigésima | cuadragésimo | cuadragésima | único | única | preliminar`),
  headingsEndWithStop: true,
  // `Ley 7/2031, de 14 de marzo, de …`, `Ley Orgánica 3/2031, de …`, `Real Decreto 123/2031, de 4 de
  // marzo, por el que …`, `Real Decreto-ley 2/2031, de …`, `Orden APA/123/2031, de …`: the date leaves
  // its year to the number. `Resolución de 4 de marzo de 2031, de la Dirección General …`: no number.
  actTitles: [
    // The BOE prints its insertion number before the title (`6981 Real Decreto 264/2031, de 1 de abril, …`).
    {
      country: 'es',
      insertionNumber: true,
      pattern:
        /^(?:Ley(?: Orgánica| Foral)?|Real Decreto(?:-ley| Legislativo)?|Decreto(?:-ley| Legislativo| Foral)?|Orden|Instrucción|Circular) (?<number>(?:[A-Z]{2,5}\/)?\d{1,5}\/(?<year>\d{4})), de (?<date>\d{1,2}º? de [a-záéíóú]{4,10})(?=[,.]|$)/u,
    },
    {
      pattern:
        /^(?:Resolución|Acuerdo|Orden|Anuncio) de (?<date>\d{1,2}º? de [a-záéíóú]{4,10} de \d{4}), (?:de|del|por) /u,
    },
    // `Resolución del Parlamento Europeo, de 12 de marzo de 2031, sobre …`: the body, then the date.
    {
      pattern:
        /^(?:Resolución|Decisión|Recomendación)(?: legislativa)? del? (?:\p{L}{1,20} ){0,2}\p{L}{1,20}, de (?<date>\d{1,2} de [a-záéíóú]{4,10} de \d{4})(?=[,.]|$)/u,
    },
  ],
  // The King's promulgation of a law (the regions' presidents promulgate theirs in the King's name).
  promulgation: [
    // The monarch's name and regnal number in capitals, above the title (`FELIPE VI`, `JUAN CARLOS I`).
    /^[A-ZÁÉÍÓÚÑ]{3,12}(?: [A-ZÁÉÍÓÚÑ]{3,12})? [IVX]{1,4}$/u,
    /^(?:REY|REINA) DE ESPAÑA$/u,
    /^A todos los que la presente vieren y entendieren\.?$/iu,
    /^Sabed:? Que /iu,
    /^(?:EL|LA) PRESIDENT[EA] DE (?:LA |EL |LAS |LOS )?[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ ]{2,80}$/u,
    /^Sea notorio (?:y manifiesto )?a todos los ciudadanos /iu,
    /^Hago saber que /iu,
  ],
  // The date line under an EU act's title (`de 21 de enero de 2031`).
  actDateLines: [/^de \d{1,2} de \p{Ll}{4,10} de \d{4}$/u],
  adoptionLines: [
    /^\d{1,4}\.?[ªa] (?:\(continuación\) )?sesión(?: plenaria)?\b/iu,
    /^Aprobada (?:por [^,]{1,120} )?en su \d{1,5}\.?[ªa] sesión\b/iu,
    /^(?:Resolución|Decisión) aprobada por (?:la |el )?[A-ZÁÉ][^,]{0,120}/u,
    /^\(?Aprobada en la [a-záéíóú]{3,12} sesión plenaria\b/iu,
    // The meeting line under a Mercosur decision: `LXV CMC – Montevideo, 5/XII/31.`
    /^[IVXLC]{1,9} (?:CMC|GMC|CCM) ?[–-] /u,
    // The meeting by its ordinal in words and its date (WHO): `Octava sesión plenaria, 27 de mayo de 2031`.
    /^\(?\p{Lu}\p{Ll}{2,12}(?: \p{Ll}{3,12})? sesión(?: plenaria)?, \d{1,2} de \p{Ll}{4,10} de \d{4}\)?\.?$/u,
  ],
  partHeadings: {preamble: ['Preámbulo', 'Exposición de motivos'], operative: ['Parte dispositiva']},
  documentKinds: phrases(
    'Resolución | Decisión | Declaración | Recomendación | Reglamento | Directiva | Dictamen | Comunicado | Convenio | Convención | Tratado | Acuerdo | Protocolo | Carta | Pacto | Proposición | Moción',
  ),
  // `Por tanto, / Mando a todos los españoles …`: the King's order to obey the law, after its text.
  closingOpeners: phrases(
    'Dado en | Dada en | Hecho en | Hecha en | Por tanto | En fe de lo cual | En testimonio de lo cual',
  ),
  attachments: [
    {startsWith: 'DECLARACIÓN INTERPRETATIVA', name: 'interpretativeStatement'},
    {startsWith: 'DECLARACIÓN', name: 'statement'},
    {startsWith: 'ANEXO', name: 'annex'},
    {startsWith: 'APÉNDICE', name: 'appendix'},
  ],
  delegationPrefixes: ['Formulada por la ', 'Formulada por el ', 'Por la ', 'Por el '],
  delegationConnectors: ['de la ', 'del ', 'de los ', 'de '],
  journalCitations: ['DO'],
  // The line under an EU act's title that says it applies in the European Economic Area too.
  scopeNotes: ['Texto pertinente a efectos del EEE'],
  corrigendumOpeners: phrases('Incluye una corrección | Incluye correcciones | Incorpora una corrección'),
  linguisticConformity: phrases('conformidad lingüística'),
  months: phrases(
    'enero | febrero | marzo | abril | mayo | junio | julio | agosto | septiembre | octubre | noviembre | diciembre',
  ).map((month) => (month === 'septiembre' ? ['septiembre', 'setiembre'] : month)),
  numberWords: spanishNumbers,
  pageFurniture: [
    // The running heads and feet of the Spanish official gazette's pages.
    /^BOLETÍN OFICIAL DEL ESTADO$/u,
    /^Núm\. \d{1,4} +[^ ].{4,60}[^ ] +Sec\. [IVX]{1,4}[A-Z]?\. +Pág\. \d{1,6}$/u,
    /^cve: BOE-[A-Z]-\d{4}-\d{1,7}$/u,
    /^Verificable en https?:\/\/www\.boe\.es$/u,
    /^(?:Página|PÁGINA) \d{1,4}$/u,
    /^Página \d{1,4} de \d{1,4}$/iu,
    /^Original ?: ?[A-ZÉÁ]{2,20}$/iu,
    // The running head of an annex's pages under the symbol: `Anexo, página 3`, `Apéndice 2, página 1`.
    /^(?:Anexo|ANEXO|Apéndice|APÉNDICE)(?: [IVX\d]{1,4})?, página \d{1,4}$/u,
  ],
  hyphenPrefixes: phrases(
    'anti | ex | no | post | pre | pro | semi | sub | vice | extra | intra | inter | multi',
  ),
  hyphenSuffixes: phrases(''),
}
