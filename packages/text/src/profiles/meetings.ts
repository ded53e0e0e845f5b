import type {MeetingDates} from '../profile.js'

const vienna2017 = {
  dates: ['2017-12-07', '2017-12-08'],
  source: 'OSCE, 24th Ministerial Council, Vienna, 7–8 December 2017 (osce.org/event/mc_2017)',
}

/** Meetings of the OSCE Ministerial Council whose dates are known, by French symbol. */
export const meetingsFr: Record<string, MeetingDates> = {'CM(24)': {...vienna2017, place: 'Vienne'}}

/** Meetings of the OSCE Ministerial Council whose dates are known, by English symbol. */
export const meetingsEn: Record<string, MeetingDates> = {'MC(24)': {...vienna2017, place: 'Vienna'}}
