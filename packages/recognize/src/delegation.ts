import type {P, Person} from '@clausewise/model'
import {asciiWords, isLetter} from './characters.js'
import type {Profile} from './profile.js'

/**
 * If a `p` is a statement's author line (`Faite par la délégation de la Fédération de Russie :`),
 * mark the author as a `party` in it, in place, and return the `Person` it names.
 */
export function delegationOf(p: P, profile: Profile, country: string): Person | undefined {
  const first = p.children[0]
  if (p.children.length !== 1 || first?.type !== 'text') return undefined
  const text = first.value
  const prefix = (profile.delegationPrefixes ?? []).find((candidate) => text.startsWith(candidate))
  if (prefix === undefined || text.length > 400) return undefined
  let end = text.length
  for (const stop of [' (', ' :', ':', ' ;', ',']) {
    const at = text.indexOf(stop, prefix.length)
    if (at >= 0 && at < end) end = at
  }
  const party = text.slice(prefix.length, end).trim()
  if (!party) return undefined
  const name = nameOf(party, profile)
  const slug = profile.hooks?.personSlug?.(name) ?? asciiWords(name).join('-')
  const eId = `delegation-${slug || 'unknown'}`
  const camel = asciiWords(name)
    .map((word, index) => (index === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('')
  p.children = [
    {type: 'text', value: prefix},
    {type: 'party', refersTo: eId, children: [{type: 'text', value: party}]},
  ]
  const after = text.slice(prefix.length + party.length)
  if (after) p.children.push({type: 'text', value: after})
  return {
    type: 'person',
    eId,
    showAs: party.charAt(0).toUpperCase() + party.slice(1),
    href: `/ontology/person/${country}/delegation.${camel || 'unknown'}`,
  }
}

/** The name after the word for delegation and its connector: `Fédération de Russie`. */
function nameOf(party: string, profile: Profile): string {
  let word = 0
  while (word < party.length && isLetter(party[word])) word++
  let rest = party.slice(word).trimStart()
  for (const connector of profile.delegationConnectors ?? []) {
    if (rest.startsWith(connector)) {
      rest = rest.slice(connector.length)
      break
    }
  }
  return rest || party
}
