import {type Diagnostic, type Document, type Nodes, visit} from '@clausewise/model'
import {assertDepth} from './limits.js'
import {aknNamespace, clausewiseNamespace, clausewisePrefix} from './namespaces.js'
import {eIdPool, writeAttachmentMeta, writeMeta} from './write/meta.js'
import {mixedElements, one, type WriteState} from './write/nodes.js'
import {element, type OutNode, serialize} from './xml/serialize.js'

/** Options of {@link toAkn} and `toAknRedline`. */
export interface ToAknOptions {
  /** Put block elements on lines of their own, indented by two spaces (default: `true`). Text inside
   * `<p>`, `<num>`, `<heading>` and inline elements is never re-flowed. */
  indent?: boolean | undefined
  /** Write the `<?xml …?>` declaration (default: `true`). */
  declaration?: boolean | undefined
  /** Called with a diagnostic when the writer had to change something, e.g. strip characters XML 1.0
   * forbids (default: none; such characters are removed silently). */
  onDiagnostic?: ((diagnostic: Diagnostic) => void) | undefined
}

/**
 * Write a document as Akoma Ntoso 3.0 XML that validates against the OASIS schema. Decisions are
 * `<statement name="decision">`; metadata AKN has no element for goes to `<proprietary>` in the
 * `https://clausewise.dev/ns/meta/1` namespace, so that `fromAkn(toAkn(document))` gives the document
 * back (positions aside).
 *
 * @example toAkn(fromText(text).document) // '<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso …'
 */
export function toAkn(document: Document, options: ToAknOptions = {}): string {
  assertDepth(document)
  const used = new Set<string>()
  visit(document, (node: Nodes) => {
    if ('eId' in node && typeof node.eId === 'string' && node.eId) used.add(node.eId)
    return undefined
  })
  const {meta} = document
  for (const item of [...meta.references, ...meta.notes, ...meta.lifecycle]) if (item.eId) used.add(item.eId)
  if (meta.body) used.add(meta.body.eId)
  const pool = eIdPool(used)

  const state: WriteState = {
    attachment(attachment, inner) {
      const parts: OutNode[] = [writeAttachmentMeta(document, attachment)]
      for (const child of attachment.children) parts.push(one(child, inner))
      return element(
        'attachment',
        [['eId', attachment.eId || undefined]],
        [element('doc', [['name', attachment.name]], parts)],
      )
    },
  }

  const body: OutNode[] = [writeMeta(document, pool, state)]
  for (const child of document.children) body.push(one(child, state))
  const root = element(
    'akomaNtoso',
    [
      ['xmlns', aknNamespace],
      [`xmlns:${clausewisePrefix}`, clausewiseNamespace],
    ],
    [element(document.documentType, [['name', document.name]], body)],
  )
  const xml = serialize(root, {
    indent: options.indent !== false,
    mixed: mixedElements,
    onStripped(value) {
      options.onDiagnostic?.({
        reason: `Removed characters XML 1.0 does not allow from \`${value.slice(0, 40)}\``,
        ruleId: 'xml-forbidden-character',
        source: '@clausewise/akn',
        fatal: false,
      })
    },
  })
  return options.declaration === false ? `${xml}\n` : `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`
}
