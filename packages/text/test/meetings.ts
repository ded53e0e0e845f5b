import type {MeetingDates} from '@clausewise/recognize'

const vienna2017 = {
  dates: ['2017-12-07', '2017-12-08'],
  // The decisions of this meeting were corrected at one linguistic-conformity session, whose date the
  // corrigendum notes print in full where the extraction kept it (MC.DEC/7/17/Corr.1: 2 February 2018).
  corrigenda: {linguisticConformity: '2018-02-02'},
  source:
    'OSCE, 24th Ministerial Council, Vienna, 7–8 December 2017 (osce.org/event/mc_2017); linguistic-conformity session of 2 February 2018 (corrigendum note of MC.DEC/7/17/Corr.1)',
}

/**
 * A meeting calendar a caller knows, as `fromText`'s `meetings` option takes it: facts about one
 * meeting are the caller's data, never the reader's.
 */
export const meetings: Record<string, MeetingDates> = {
  'CM(24)': {...vienna2017, place: 'Vienne'},
  'MC(24)': {...vienna2017, place: 'Vienna'},
}
