import fc from 'fast-check'

// Property tests draw their cases from one fixed seed, so that a run of the suite is the same on every
// machine and every landing: a case that fails fails every time, and a rare one cannot make the suite
// flaky. `FC_SEED=<number>` draws from another seed, `FC_SEED=random` from a new one each run (fast-check
// prints the seed and the shrunk case of a failure), to search further than CI does.
const given = process.env.FC_SEED
if (given !== 'random') {
  const seed = given === undefined ? 20261129 : Number(given)
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or \`random\`, not \`${given}\``)
  fc.configureGlobal({seed})
}
