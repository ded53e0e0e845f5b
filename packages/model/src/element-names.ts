import type {DebateSectionName, DocumentPart, HierarchyName} from './types.js'

const hierarchyList = [
  'alinea',
  'article',
  'book',
  'chapter',
  'clause',
  'division',
  'indent',
  'level',
  'part',
  'proviso',
  'rule',
  'section',
  'subchapter',
  'subclause',
  'subdivision',
  'sublist',
  'subparagraph',
  'subpart',
  'subrule',
  'subsection',
  'subtitle',
  'title',
  'tome',
  'transitional',
] as const satisfies readonly HierarchyName[]
/**
 * The AKN hierarchical elements (`hierElements`) other than `paragraph`, `point` and `list`: every
 * {@link HierarchyName}, in alphabetical order. The one list readers and writers share.
 *
 * @example hierarchyNames.includes('chapter') // true
 */
export const hierarchyNames: readonly HierarchyName[] = Object.freeze(hierarchyList)

const debateSectionList = [
  'address',
  'adjournment',
  'administrationOfOath',
  'communication',
  'debateSection',
  'declarationOfVote',
  'ministerialStatements',
  'nationalInterest',
  'noticesOfMotion',
  'oralStatements',
  'papers',
  'personalStatements',
  'petitions',
  'pointOfOrder',
  'prayers',
  'proceduralMotions',
  'questions',
  'resolutions',
  'rollCall',
  'speechGroup',
  'writtenStatements',
] as const satisfies readonly DebateSectionName[]
/**
 * The sections of a debate record (AKN `speechSection`, and `speechGroup`): every
 * {@link DebateSectionName}, in alphabetical order.
 *
 * @example debateSectionNames.includes('questions') // true
 */
export const debateSectionNames: readonly DebateSectionName[] = Object.freeze(debateSectionList)

const documentPartList = [
  'coverPage',
  'preface',
  'preamble',
  'header',
  'mainBody',
  'body',
  'judgmentBody',
  'debateBody',
  'amendmentBody',
  'collectionBody',
  'portionBody',
  'conclusions',
  'attachments',
  'components',
] as const satisfies readonly DocumentPart['type'][]
/**
 * The parts a document is made of, in the order AKN writes them: the front parts, the body of each
 * document type, the conclusions, then `attachments` and `components` (every `DocumentPart` type).
 *
 * @example documentPartTypes.slice(0, 3) // ['coverPage', 'preface', 'preamble']
 */
export const documentPartTypes: readonly DocumentPart['type'][] = Object.freeze(documentPartList)

/**
 * The parts that hold the document's own text: every part but `attachments` and `components`, which
 * hold documents of their own (internal: not exported by the package).
 */
export const textPartTypes: readonly DocumentPart['type'][] = Object.freeze(
  documentPartList.filter((type) => type !== 'attachments' && type !== 'components'),
)

// Each list names every member of its type: a name added to a type and not to its list fails here.
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>
const everyHierarchyName: Missing<HierarchyName, (typeof hierarchyList)[number]> = true
const everyDebateSectionName: Missing<DebateSectionName, (typeof debateSectionList)[number]> = true
const everyPartType: Missing<DocumentPart['type'], (typeof documentPartList)[number]> = true
void [everyHierarchyName, everyDebateSectionName, everyPartType]
