export {acceptCriticMarkup, rejectCriticMarkup} from './critic-markup.js'
export {type FromMarkdownOptions, fromMarkdown} from './from-markdown.js'
export {type ToCriticMarkupOptions, toCriticMarkup} from './to-critic-markup.js'
export {type ToMarkdownOptions, toMarkdown} from './to-markdown.js'
