export {type FromAknOptions, fromAkn} from './from-akn.js'
export type {RedlineChange, RedlineClauseGroup, RedlineComparison} from './redline-types.js'
export {type ToAknOptions, toAkn} from './to-akn.js'
export {type ToAknRedlineOptions, toAknRedline} from './to-akn-redline.js'
