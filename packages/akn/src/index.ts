export {type FromAknOptions, fromAkn} from './from-akn.js'
export {type ToAknOptions, toAkn} from './to-akn.js'
export {type ToAknRedlineOptions, toAknRedline} from './to-akn-redline.js'
