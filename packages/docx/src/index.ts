export {type FromDocxOptions, fromDocx} from './from-docx.js'
export {type ToDocxOptions, toDocx} from './to-docx.js'
export {type ToDocxRedlineOptions, toDocxRedline} from './to-docx-redline.js'
