export {describeError, UsageError} from './errors.js'
export {type InputFormat, inputFormat, read} from './formats.js'
export {type Io, nodeIo} from './io.js'
export {main, version} from './main.js'
