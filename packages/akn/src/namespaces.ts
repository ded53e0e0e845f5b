/** The Akoma Ntoso 3.0 namespace. */
export const aknNamespace = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0'

/** Our namespace for metadata AKN has no element for, inside `<proprietary source="#clausewise">`. */
export const clausewiseNamespace = 'https://clausewise.dev/ns/meta/1'

/** The prefix we write for {@link clausewiseNamespace}. */
export const clausewisePrefix = 'cw'

/**
 * `cw:role` on a `TLCOrganization`/`TLCPerson`/`TLCEvent` we wrote: `body` (the issuing body, not in
 * `meta.references`), `body-reference` (both), `generated` (added by the writer, not in the model).
 */
export const roleAttribute = `${clausewisePrefix}:role`

/** The part of a name after its prefix: `cw:document` → `document`. */
export function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon === -1 ? name : name.slice(colon + 1)
}

/** Whether a string is an `xs:date` we can write as is (`YYYY-MM-DD`). */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value)
}
