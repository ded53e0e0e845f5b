/**
 * Words that number a unit in place of a figure after the unit's word, by the drafting rules of the
 * languages whose acts do so (`Article premier`, `Artículo primero`, `Artículo vigésimo primero`,
 * `Articolo unico`, `Artigo único`, `ARTICLE FIRST`), with the figure their eId takes. A sole unit
 * (`unique`, `único`, `unico`) is unit 1: it becomes `Article premier` / `Artículo primero` when a
 * later version adds a second one, and its eId stays the same.
 */
const numberWords: ReadonlyMap<string, number> = new Map(
  (
    [
      [1, 'premier première primero primera primer primo prima primeiro primeira first'],
      [1, 'unique único única unico unica einziger'],
      [2, 'deuxième second seconde segundo segunda secondo seconda'],
      [3, 'troisième tercero tercera terzo terza terceiro terceira third'],
      [4, 'quatrième cuarto cuarta quarto quarta fourth'],
      [5, 'cinquième quinto quinta fifth'],
      [6, 'sixième sexto sexta sesto sesta sixth'],
      [7, 'septième séptimo séptima settimo settima sétimo sétima seventh'],
      [8, 'huitième octavo octava ottavo ottava oitavo oitava eighth'],
      [9, 'neuvième noveno novena nono nona ninth'],
      [10, 'dixième décimo décima decimo decima tenth'],
      [11, 'undécimo undécima'],
      [12, 'duodécimo duodécima'],
      [13, 'decimotercero decimotercera'],
      [14, 'decimocuarto decimocuarta'],
      [15, 'decimoquinto decimoquinta'],
      [16, 'decimosexto decimosexta'],
      [17, 'decimoséptimo decimoséptima'],
      [18, 'decimoctavo decimoctava'],
      [19, 'decimonoveno decimonovena'],
      [20, 'vigésimo vigésima'],
      [30, 'trigésimo trigésima'],
      [40, 'cuadragésimo cuadragésima'],
    ] as const
  ).flatMap(([value, words]) => words.split(' ').map((word) => [word, value] as const)),
)

/**
 * The figure of a number written in words at the start of an eId's number part (`premier` → `1`,
 * `vigésimo-primero` → `21`, `único-bis` → `1-bis`), or the part as it stands. A tens' word and a
 * units' word after it make one number (`décimo primero`, `vigésima segunda`).
 */
export function figureOfNumberWords(part: string): string {
  const dash = part.indexOf('-')
  const first = numberWords.get((dash < 0 ? part : part.slice(0, dash)).toLowerCase())
  if (first === undefined) return part
  if (dash < 0) return String(first)
  let rest = part.slice(dash + 1)
  let value = first
  if (first % 10 === 0) {
    const next = rest.indexOf('-')
    const units = numberWords.get((next < 0 ? rest : rest.slice(0, next)).toLowerCase())
    if (units !== undefined && units < 10) {
      value += units
      rest = next < 0 ? '' : rest.slice(next + 1)
    }
  }
  return rest ? `${value}-${rest}` : String(value)
}
