/**
 * How bodies write the symbols of their documents: one pattern per convention, with the body's FRBR
 * country. Data, not code: a body is added by adding a line. Patterns are linear (no nested
 * quantifiers) and are tried on the words of the preface and of running heads.
 */
export interface SymbolConvention {
  /** FRBR country (the body's code), e.g. `un`. */
  country: string
  /** What the symbol names, e.g. `General Assembly resolution`. */
  kind: string
  /** The symbol, e.g. `A/RES/79/1`. */
  pattern: RegExp
}

export const symbolConventions: readonly SymbolConvention[] = [
  {
    country: 'un',
    kind: 'General Assembly resolution',
    pattern: /A\/RES\/(?:ES-)?\d{1,3}\/\d{1,4}(?: ?[A-Z]\b)?/u,
  },
  {
    country: 'un',
    kind: 'General Assembly document',
    pattern: /A\/(?:C\.\d\/)?(?:ES-)?\d{1,3}\/L\.\d{1,4}(?:\/Rev\.\d{1,2})?(?:\/Add\.\d{1,2})?/u,
  },
  {
    country: 'un',
    kind: 'General Assembly decision',
    pattern: /A\/DEC\/(?:ES-)?\d{1,3}\/\d{1,4}(?: ?[A-Z]\b)?/u,
  },
  {
    country: 'un',
    kind: 'Human Rights Council resolution or decision',
    pattern: /A\/HRC\/(?:RES|DEC)\/\d{1,2}\/\d{1,4}/u,
  },
  {
    country: 'un',
    kind: 'Economic and Social Council resolution or decision',
    pattern: /E\/(?:RES|DEC)\/\d{4}\/\d{1,4}/u,
  },
  {country: 'un', kind: 'Security Council resolution', pattern: /S\/RES\/\d{1,5} ?\(\d{4}\)/u},
  {country: 'un', kind: 'Security Council presidential statement', pattern: /S\/PRST\/\d{4}\/\d{1,3}/u},
  // The Ministerial Council's decisions are numbered within a year (`MC.DEC/7/17`), the Permanent
  // Council's in one series (`PC.DEC/1501`), the Forum's either way.
  {
    country: 'osce',
    kind: 'OSCE decision',
    pattern: /(?:MC|PC|FSC)\.DEC\/\d{1,4}(?:\/\d{2})?(?:\/Corr\.\d)?(?![\p{N}/])/u,
  },
  {
    country: 'unesco',
    kind: 'UNESCO committee decision',
    pattern: /\d{1,2}(?:\.| )?(?:EXT\.)?COM \d{1,2}(?:\.[A-Z]{1,4})?(?:\.[a-z]|[A-Z]| \d{1,2}[a-z]?)?/u,
  },
  // The General Conference's resolutions, by its session (`42 C/Resolution 31`, `42 C/Résolution 31`).
  {
    country: 'unesco',
    kind: 'UNESCO General Conference resolution',
    pattern: /\d{1,2} C\/R[ée]solution \d{1,4}(?![\p{N}/])/u,
  },
  {country: 'au', kind: 'AU decision', pattern: /(?:Assembly\/AU|EX\.CL)\/Dec\.\d{1,4} ?\([IVXL]{1,6}\)/u},
  // The European Parliament's texts adopted: `P10_TA(2031)0087`.
  {country: 'eu', kind: 'European Parliament text adopted', pattern: /P\d{1,2}_TA(?:-PROV)?\(\d{4}\)\d{4}/u},
  {country: 'eu', kind: 'EU act', pattern: /\d{4}\/\d{1,4}\/(?:EU|EC|EEC|CFSP|JHA|Euratom)\b/u},
  // The Council of the European Union's documents, by the register's form (`ST 7123 2031 INIT`, `ST
  // 7123/31 REV 1`, on the cover and in the foot of its documents) or as the cover and every page's
  // foot print the number (`7123/31`, `7123/31 ADD 1`): the second only on a line or in a cell of
  // its own (a cover's or a page foot's; `pdftotext -layout` sets cells side by side, three spaces
  // or more between them), a number too common in running text to be taken elsewhere.
  {
    country: 'eu',
    kind: 'Council of the EU document',
    pattern:
      /ST \d{4,5}(?: \d{4}|\/\d{2}) (?:INIT|REV \d{1,2}|ADD \d{1,2}|COR \d{1,2})(?: (?:REV|ADD|COR) \d{1,2}){0,2}(?![\p{L}\p{N}])/u,
  },
  {
    country: 'eu',
    kind: 'Council of the EU document',
    pattern: /(?<=^|\n| {3}) *\d{4,5}\/\d{2}(?: (?:REV|ADD|COR) \d{1,2}){0,2} *(?= {3}|\n|$)/u,
  },
  {
    country: 'eu',
    kind: 'EU regulation',
    pattern: /\((?:EU|EC|EEC|Euratom|CFSP|UE|CE|CEE|PESC)\) (?:No |n° |nº |Nr\. |n\. )?\d{1,4}\/\d{1,4}\b/u,
  },
  {
    country: 'us',
    kind: 'United States Congress resolution or bill',
    pattern: /(?<![\p{L}.])(?:(?:S|H)\. ?(?:CON\. ?|J\. ?)?RES\. ?\d{1,5}|H\. ?R\. ?\d{1,5})\b/u,
  },
  {country: 'oas', kind: 'OAS resolution', pattern: /AG\/RES\. ?\d{1,4} \([IVXL]{1,8}-[OE]\/\d{2}\)/u},
  {country: 'ilo', kind: 'ILO Governing Body document', pattern: /GB\.\d{3}\/[A-Z]{2,5}\/\d{1,3}/u},
  {
    country: 'who',
    kind: 'WHO resolution or decision',
    // Resolutions (`WHA79.8`, `EB168.R3`) and decisions, numbered in brackets (`WHA79(12)`, `EB168(7)`).
    pattern:
      /(?:WPR\/RC\d{1,2}\.R\d{1,2}|WHA\d{1,2}\.\d{1,2}|EB\d{1,3}\.R\d{1,2}|(?:WHA\d{1,2}|EB\d{1,3})\(\d{1,3}\))/u,
  },
  {
    country: 'icao',
    kind: 'ICAO Assembly resolution',
    pattern: /(?<![\p{L}\p{N}-])A\d{2}-\d{1,2}(?![\p{N}-])/u,
  },
  {
    country: 'imo',
    kind: 'IMO resolution',
    pattern: /(?<![\p{L}.])(?:A|MSC|MEPC|FAL|LEG|TC)\.\d{1,4}\(\d{1,3}\)/u,
  },
  {
    country: 'iaea',
    kind: 'IAEA General Conference resolution or decision',
    pattern: /GC\(\d{1,3}\)\/(?:RES|DEC)\/\d{1,4}(?![\p{N}/])/u,
  },
  {
    country: 'wto',
    kind: 'WTO document',
    pattern: /WT\/(?:MIN\(\d{2}\)|L|GC|DSB)\/(?:DEC\/)?\d{1,4}(?:\/Rev\.\d{1,2})?/u,
  },
  {
    country: 'itu',
    kind: 'ITU Recommendation',
    pattern: /ITU-[RT] [A-Z]{1,3}\.\d{1,4}(?:\.\d{1,3})?(?:-\d{1,2})?/u,
  },
  {
    country: 'coe',
    kind: 'Council of Europe text',
    pattern: /CM\/(?:Res|Rec|Del\/Dec)\(\d{4}\)\d{1,4}(?:\/[\d.]{1,8}[a-z]?)?/u,
  },
]
