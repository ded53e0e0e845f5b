// Which language is a text in, among the built-in profiles? Run `pnpm build` first.
import {detectLanguage, profiles} from '@clausewise/recognize'

console.log(Object.keys(profiles).join(' '))
console.log(
  detectLanguage('Le Conseil ministériel, Réaffirmant que la traite des êtres humains est un crime'),
)
console.log(detectLanguage('The Security Council, Recalling its resolutions on the situation in Libya'))
