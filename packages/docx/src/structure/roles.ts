/**
 * The paragraph styles that carry a document's structure in a .docx we write: `toDocx` gives each
 * paragraph the style of its role, and `fromDocx` reads the role back from the style, the way the
 * Markdown convention's directives do. A drafter who edits the file in Word keeps them (a new
 * paragraph takes the style of the one before).
 */

/** What a paragraph is in the model. */
export type Role =
  | {kind: 'preface'}
  | {kind: 'longTitle'}
  | {kind: 'formula'}
  | {kind: 'recital'}
  | {kind: 'preamble'}
  | {kind: 'block'}
  | {kind: 'clause'; depth: number}
  | {kind: 'continued'}
  | {kind: 'wrapUp'; depth: number}
  | {kind: 'heading'; level: number}
  | {kind: 'unitText'}
  | {kind: 'conclusions'}
  | {kind: 'attachment'}

/** A paragraph style we write: id, name, and the role it stands for. */
export interface RoleStyle {
  id: string
  name: string
  role: Role
}

/** Most list levels a .docx can number (`w:ilvl` 0–8): deeper points are written at level 9. */
export const maximumDepth = 9

const styles: RoleStyle[] = [
  {id: 'Title', name: 'Title', role: {kind: 'preface'}},
  {id: 'Subtitle', name: 'Subtitle', role: {kind: 'preface'}},
  {id: 'CWPreface', name: 'Preface', role: {kind: 'preface'}},
  {id: 'CWLongTitle', name: 'Long Title', role: {kind: 'longTitle'}},
  {id: 'CWFormula', name: 'Formula', role: {kind: 'formula'}},
  {id: 'CWRecital', name: 'Recital', role: {kind: 'recital'}},
  {id: 'CWPreamble', name: 'Preamble', role: {kind: 'preamble'}},
  {id: 'CWBlock', name: 'Operative Introduction', role: {kind: 'block'}},
  {id: 'CWParagraph', name: 'Operative Paragraph', role: {kind: 'clause', depth: 0}},
  {id: 'CWContinued', name: 'Clause Continued', role: {kind: 'continued'}},
  {id: 'CWUnitText', name: 'Unit Text', role: {kind: 'unitText'}},
  {id: 'CWConclusions', name: 'Conclusions', role: {kind: 'conclusions'}},
  {id: 'CWAttachment', name: 'Attachment', role: {kind: 'attachment'}},
]
for (let depth = 1; depth <= maximumDepth; depth++) {
  styles.push({id: `CWPoint${depth}`, name: `Point ${depth}`, role: {kind: 'clause', depth}})
}
for (let depth = 0; depth <= maximumDepth; depth++) {
  styles.push({id: `CWWrapUp${depth}`, name: `Wrap-up ${depth}`, role: {kind: 'wrapUp', depth}})
}
for (let level = 1; level <= 9; level++) {
  styles.push({id: `Heading${level}`, name: `heading ${level}`, role: {kind: 'heading', level}})
}

/** Every role style, in the order the style sheet lists them. */
export const roleStyles: readonly RoleStyle[] = styles

const byName = new Map(styles.map((style) => [style.name.toLowerCase(), style]))

/**
 * The role of a paragraph style, by the name Word keeps for it (ids are translated by some Word
 * versions, names are not). Built-in `Title`, `Subtitle` and `heading N` count only in a document that
 * also has styles of ours.
 */
export function roleOfStyle(name: string | undefined): Role | undefined {
  return name === undefined ? undefined : byName.get(name.toLowerCase())?.role
}

/** Whether a style name is one only our writer makes (a document that has one was written by us). */
export function isOwnStyle(name: string | undefined): boolean {
  const style = name === undefined ? undefined : byName.get(name.toLowerCase())
  return style?.id.startsWith('CW') === true
}

/** The style of a role. */
export function styleOfRole(role: Role): RoleStyle {
  const found = styles.find((style) => {
    if (style.role.kind !== role.kind) return false
    if (role.kind === 'clause' || role.kind === 'wrapUp')
      return (style.role as {depth: number}).depth === Math.min(role.depth, maximumDepth)
    if (role.kind === 'heading') return (style.role as {level: number}).level === Math.min(role.level, 9)
    return true
  })
  return found!
}

/** The character style of a number written as text (not automatic numbering). */
export const numberStyle = {id: 'CWNumber', name: 'Clause Number'}

/** The character style of a reference to a note kept apart (`noteRef`): its marker. */
export const noteRefStyle = {id: 'CWNoteRef', name: 'Clausewise noteRef'}

/** The styles of a redline's summary page, which `fromDocx` leaves out. */
export const summaryTableStyle = 'CWSummaryTable'
export const summaryStyleNames: ReadonlySet<string> = new Set(['summary', 'summary heading'])
