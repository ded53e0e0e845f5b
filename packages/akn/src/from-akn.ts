import {
  assignEIds,
  ClausewiseError,
  type Document,
  type DocumentPart,
  type Limits,
  type Nodes,
  ownStrings,
  type ReadResult,
} from '@clausewise/model'
import {aknNamespace, aknVersion, clausewisePrefix} from './namespaces.js'
import {readAttributes} from './read/attributes.js'
import {documentTypeOf, readDocument} from './read/document.js'
import {keepIdentification} from './read/identification.js'
import {invisibleDiagnostics} from './read/invisible.js'
import {readNode} from './read/nodes.js'
import {
  isAkn,
  isBlank,
  nameOf,
  namespaceOf,
  positionOf,
  type ReadState,
  report,
  rootScope,
  scopeOf,
  shown,
} from './read/state.js'
import {parseXml} from './xml/parse.js'

/** Options of {@link fromAkn}: the shared work budget. */
export interface FromAknOptions extends Limits {}

const versionWarnings: Record<string, string> = {
  older: 'is an earlier Akoma Ntoso (%s): read as AKN 3.0, written as 3.0',
  draft: 'is an AKN 3.0 working draft (%s): read as AKN 3.0, written as 3.0',
  none: 'has no namespace: read as AKN 3.0, written as 3.0',
  other: 'is in namespace %s, not Akoma Ntoso: read as AKN 3.0, written as 3.0',
}

/**
 * Read Akoma Ntoso XML of any document type (act, bill, judgment, debate, amendment, statement, doc,
 * documentCollection, …) into a document, nothing dropped: every element the model knows becomes its
 * node with all its attributes; what it does not know (other namespaces, elements AKN 3.0 does not
 * define) is kept as it came, with an information diagnostic. AKN 2.0, the 3.0 working drafts and
 * XML without a namespace are read with a warning; `id` and `xml:id` become `eId`; clauses without an
 * eId get one by the naming convention, and a duplicate eId a new one, with a warning.
 *
 * @throws {ClausewiseError} `xml-malformed`, `xml-doctype`, `input-too-large`, `too-deep`,
 * `too-many-nodes` for bad or hostile XML; `akn-not-akn` when the root is not `<akomaNtoso>` or holds
 * no document.
 * @example fromAkn(xml).document.children.map((child) => child.type) // ['preface', 'preamble', 'mainBody']
 */
export function fromAkn(xml: string, options: FromAknOptions = {}): ReadResult {
  const {root, locator, doctype} = parseXml(xml, options)
  const state: ReadState = {
    locator,
    diagnostics: [],
    akn: new Set([aknNamespace]),
    namespaces: Object.create(null) as Record<string, string>,
    undeclared: new Set(),
    identifiers: {count: 0},
    version: '3.0',
    repairs: new Map(),
  }
  if (doctype) {
    state.diagnostics.push({
      reason: 'Document type declaration skipped: no DTD is read and no entity expanded',
      place: locator.position(doctype.start, doctype.end),
      ruleId: 'xml-doctype-skipped',
      source: '@clausewise/akn',
      fatal: false,
    })
  }
  const scope = scopeOf(root, rootScope())
  if (nameOf(root) !== 'akomaNtoso') {
    throw new ClausewiseError(
      'akn-not-akn',
      `Expected an \`akomaNtoso\` root element, found \`${shown(root.name)}\``,
      positionOf(root, state).start,
    )
  }
  const namespace = namespaceOf(root.name, scope, state, root)
  const version = aknVersion(namespace)
  state.version = version
  ;(state.akn as Set<string>).add(namespace)
  if (version !== '3.0') {
    report(
      state,
      root,
      'akn-namespace',
      `The document ${versionWarnings[version]!.replace('%s', namespace)}`,
      false,
    )
  }

  const documentElement = root.children.find(
    (child) => child.type === 'element' && isAkn(child, scope, state) && documentTypeOf(child) !== undefined,
  )
  if (documentElement?.type !== 'element') {
    throw new ClausewiseError(
      'akn-not-akn',
      'The `akomaNtoso` element holds no document',
      positionOf(root, state).start,
    )
  }
  const rootAttributes = readAttributes(root, scope, state)
  const location = rootAttributes.all['xsi:schemaLocation']
  if (location !== undefined && version !== '3.0') {
    rootAttributes.take('xsi:schemaLocation')
    // Declared for that attribute alone so far; anything else using it declares it again.
    delete state.namespaces.xsi
    report(
      state,
      root,
      'akn-namespace',
      `The schema location \`${shown(location)}\` of the earlier version is not kept`,
    )
  }

  const read = readDocument(documentElement, scope, state)
  state.meta = read.read.meta
  keepIdentification(read, state)
  const document: Document = {
    type: 'document',
    documentType: read.documentType,
    name: read.name,
    meta: read.read.meta,
    children: read.children as DocumentPart[],
    position: positionOf(documentElement, state),
  }
  if (read.attributes) document.attributes = read.attributes
  const rest = rootAttributes.rest()
  if (rest) document.rootAttributes = rest

  let before = true
  for (const child of root.children) {
    if (child === documentElement) {
      before = false
      continue
    }
    if (child.type === 'text') {
      if (isBlank(child.value)) continue
      // Text AKN allows nowhere: kept in the document, where it stood (before or after its parts).
      report(
        state,
        root,
        'unexpected-text',
        `Text directly inside \`${shown(root.name)}\` is kept in the document`,
        false,
      )
      const text = {type: 'text', value: child.value.trim()} as unknown as DocumentPart
      if (before) document.children.unshift(text)
      else document.children.push(text)
      continue
    }
    const node = readNode(child, scope, state)
    if (node.type === 'components') node.root = true
    else
      report(
        state,
        child,
        'unexpected-element',
        `\`${shown(child.name)}\` after the document is kept inside it`,
        false,
      )
    document.children.push(node as DocumentPart)
  }

  if (state.identifiers.count > 0) {
    report(
      state,
      state.identifiers.first,
      'akn-identifier',
      version === '3.0'
        ? `${state.identifiers.count} \`xml:id\` / \`id\` attributes read as \`eId\`, the identifier AKN 3.0 names elements by`
        : `${state.identifiers.count} \`id\` / \`xml:id\` attributes of an earlier AKN read as \`eId\``,
      false,
    )
  }
  const repairs: Record<string, string> = {
    name: 'a `name` AKN 3.0 requires given the element’s own name',
    actor: 'the `actor` of a workflow step of AKN 2.0 read as AKN 3.0’s `by`',
    status: 'status `ignore` of AKN 2.0 read as AKN 3.0’s `ignored`',
    'cw:status': 'a `status` AKN 3.0 has no value for kept as `cw:status`',
    intro: 'a unit’s `content` beside its sub-units read as their `intro` or `wrapUp`',
  }
  for (const [kind, count] of state.repairs) {
    report(state, undefined, 'akn-repaired', `${count} × ${repairs[kind]}`, false)
  }
  assignEIds(document, {
    keep: true,
    onRename(before, after, node) {
      report(
        state,
        undefined,
        'akn-identifier',
        `eId \`${shown(before)}\` ${/\s/.test(before) ? 'holds white space' : 'is not unique'}: \`${shown(after)}\` instead`,
        false,
      )
      void node
    },
  })
  delete state.namespaces[clausewisePrefix]
  if (Object.keys(state.namespaces).length > 0) document.namespaces = {...state.namespaces}
  for (const diagnostic of invisibleDiagnostics(xml, locator)) state.diagnostics.push(diagnostic)
  // Strings of their own: the document must not keep the source alive through slices of it.
  return ownStrings({document, diagnostics: state.diagnostics})
}

export type {Nodes}
