/**
 * The paragraph styles of the frame convention (`structure/frames.ts`): one per AKN element that
 * holds running text, or that running text stands in (`Clausewise item`, `Clausewise speech`,
 * `Clausewise td`…), so that a reader in Word sees what each paragraph is and can restyle them
 * alike. They carry no structure: the frames do.
 */

/** A style of an element: the key it was made from, its id and the name Word shows. */
export interface ElementStyle {
  key: string
  id: string
  name: string
}

const safeKey = /^[A-Za-z][A-Za-z0-9]{0,39}$/

/** The style of an element name (a name that is no plain word gets the style of `element`). */
export function elementStyle(name: string): ElementStyle {
  const key = safeKey.test(name) ? name : 'element'
  return {key, id: `CWA${key[0]!.toUpperCase()}${key.slice(1)}`, name: `Clausewise ${key}`}
}

/** Whether a style name is one of the frame convention's. */
export function isElementStyle(name: string | undefined): boolean {
  return name?.startsWith('Clausewise ') === true
}
