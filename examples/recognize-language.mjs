// Which language is a text in, among the built-in profiles, and how sure? Run `pnpm build` first.
import {detectLanguage, profiles} from '@clausewise/recognize'

console.log(Object.keys(profiles).join(' '))
for (const text of [
  'Le Conseil ministériel, Réaffirmant les engagements pris par les États participants dans la lutte contre la traite des êtres humains, qui est un crime grave,',
  'Der Sicherheitsrat, unter Hinweis auf seine früheren Resolutionen und auf die Erklärungen seines Präsidenten, beschließt, mit der Angelegenheit befasst zu bleiben',
  'the report',
]) {
  const {language, confidence, sure} = detectLanguage(text)
  console.log(language, confidence, sure ? 'sure' : 'unsure')
}
