import type {Nodes} from '@clausewise/model'

/** Children of a hierarchical unit that are units themselves (the schema's hierarchy). */
const subUnits = new Set(['paragraph', 'point', 'hcontainer', 'list'])

/** Node types whose children follow the schema's hierarchy: (num, headings)?, intro?, units, wrapUp?. */
export const hierarchical = new Set(['paragraph', 'point', 'hcontainer'])

/**
 * A unit's children as the schema wants them, or `undefined` when they already are: AKN puts a
 * unit's own text before its sub-units in `intro` and after them in `wrapUp`, never in `content`, so
 * a `content` beside sub-units (as some publishers write, or a reader that saw `Intro text.` before
 * `1. First.` makes) becomes the one it stands for. The reader applies it (and counts the repair),
 * the writer too, so that what any reader made is written valid and read back the same.
 */
export function unitParts(children: readonly Nodes[]): Nodes[] | undefined {
  const first = children.findIndex((child) => subUnits.has(child.type))
  if (first < 0 || !children.some((child) => child.type === 'content')) return undefined
  return children.map((child, index) =>
    child.type === 'content'
      ? ({...child, type: index < first ? 'intro' : 'wrapUp'} as unknown as Nodes)
      : child,
  )
}
