import type { DatasetIndex } from '@/data/selectors'
import { meetingYear, topicsOfMeeting } from '@/data/selectors'
import type { Meeting, Topic } from '@/data/schema'

export interface ThemeYear {
  year: number
  /** The year's meetings that took the theme up, each with its topics on it (agenda order). */
  meetings: { meeting: Meeting; topics: Topic[] }[]
}

/** One theme year by year over the given meetings: every year with a meeting, and where the theme was on the agenda. */
export function themeYears(index: Pick<DatasetIndex, 'meetings' | 'topics'>, themeId: string): ThemeYear[] {
  const years = [...new Set(index.meetings.map(meetingYear))].sort((a, b) => a - b)
  return years.map((year) => ({
    year,
    meetings: index.meetings
      .filter((m) => meetingYear(m) === year)
      .map((meeting) => ({
        meeting,
        topics: topicsOfMeeting(index.topics, meeting.id).filter((t) => t.themes.includes(themeId)),
      }))
      .filter((entry) => entry.topics.length > 0),
  }))
}
