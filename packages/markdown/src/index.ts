export {type FromMarkdownOptions, fromMarkdown} from './from-markdown.js'
export {type ToMarkdownOptions, toMarkdown} from './to-markdown.js'
