import {isDeepStrictEqual} from 'node:util'
import {diff} from '@clausewise/diff'
import {acceptCriticMarkup, fromMarkdown, toMarkdown, toMarkdownRedline} from '@clausewise/markdown'
import {removePositions} from '@clausewise/model'

const draft = `# Décision n^o^ 7/17[^1]

## Renforcement des efforts visant à lutter contre la traite des enfants

Le Conseil ministériel,

Réaffirmant le Document de Copenhague (1990),

Demande aux États participants :

5. De renforcer la coopération, notamment par des mesures telles que :

   - a) L’adoption de mesures administratives supplémentaires ;

   - b) Un moyen d’échanger des informations ;

6. De poursuivre les trafiquants <script>alert(1)</script> ;

[^1]: Comprend une correction apportée à la décision.
`

// Read: the number keeps its superscript, paragraph 5 its number and points, raw HTML stays text.
const {document, diagnostics} = fromMarkdown(draft)
const body = document.children.find((child) => child.type === 'mainBody')
console.log(body.children.map((clause) => clause.eId))
console.log(
  diagnostics.map(
    (diagnostic) => `${diagnostic.place.start.line}:${diagnostic.place.start.column} ${diagnostic.ruleId}`,
  ),
)

// Write: the same convention; reading it back gives the same model.
const written = toMarkdown(document, {frontMatter: false})
console.log(written.split('\n')[0])
const again = fromMarkdown(written).document
console.log(isDeepStrictEqual(removePositions(again), removePositions(document)))

// Redline: the whole draft in CriticMarkup; accepting every change reads as the new draft.
const edited = fromMarkdown(
  draft.replace('Un moyen', 'Un moyen sûr').replace('5. De', '5. D’abord, de'),
).document
const redline = toMarkdownRedline(diff(document, edited), document, edited)
console.log(
  redline
    .split('\n\n')
    .filter((block) => /\{[-+~]{2}/.test(block))
    .join('\n'),
)
const accepted = fromMarkdown(acceptCriticMarkup(redline)).document
console.log(isDeepStrictEqual(removePositions(accepted), removePositions(edited)))
