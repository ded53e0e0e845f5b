/** The Akoma Ntoso 3.0 namespace. */
export const aknNamespace = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0'

/** Prefix of the AKN 3.0 working drafts' namespaces (`…/3.0/CSD03`, `…/3.0/WD17`). */
const draftPrefix = `${aknNamespace}/`

/** Namespaces of earlier Akoma Ntoso versions. */
const olderNamespaces = new Set(['http://www.akomantoso.org/2.0', 'http://www.akomantoso.org/1.0'])

/** Our namespace for metadata AKN has no element for, inside `<proprietary source="#clausewise">`. */
export const clausewiseNamespace = 'https://clausewise.dev/ns/meta/1'

/** The prefix we write for {@link clausewiseNamespace}. */
export const clausewisePrefix = 'cw'

/** The XML namespace, bound to `xml:` without a declaration. */
export const xmlNamespace = 'http://www.w3.org/XML/1998/namespace'

/**
 * `cw:role` on a `TLCOrganization`/`TLCPerson`/`TLCEvent` we wrote: `body` (the issuing body, not in
 * `meta.references`), `body-reference` (both), `generated` (added by the writer, not in the model).
 */
export const roleAttribute = `${clausewisePrefix}:role`

/** Which Akoma Ntoso a namespace is. */
export type AknVersion = '3.0' | 'draft' | 'older' | 'none' | 'other'

/**
 * The version of Akoma Ntoso a root namespace declares: `3.0`, a 3.0 working `draft`, an `older`
 * version (2.0, 1.0), `none` (no namespace), or an `other` namespace altogether.
 *
 * @example aknVersion('http://www.akomantoso.org/2.0') // 'older'
 */
export function aknVersion(namespace: string): AknVersion {
  if (namespace === aknNamespace) return '3.0'
  if (namespace.startsWith(draftPrefix)) return 'draft'
  if (olderNamespaces.has(namespace)) return 'older'
  if (namespace === '') return 'none'
  return 'other'
}

/** The part of a name after its prefix: `cw:document` → `document`. */
export function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon === -1 ? name : name.slice(colon + 1)
}

/** The prefix of a name, `''` for none: `cw:document` → `cw`. */
export function prefixOf(name: string): string {
  const colon = name.indexOf(':')
  return colon === -1 ? '' : name.slice(0, colon)
}

/** Whether a string is an `xs:date` we can write as is (`YYYY-MM-DD`). */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value)
}
