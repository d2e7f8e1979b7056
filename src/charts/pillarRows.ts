import { localText } from '@/data/localize'
import { countByPillar, type DatasetIndex } from '@/data/selectors'
import type { Topic } from '@/data/schema'
import type { Lang } from '@/i18n/lang'

export interface PillarRow {
  meetingId: string
  /** Short meeting label for the axis, e.g. "Trieste 2021". */
  label: string
  economy: number
  government: number
  total: number
}

/** Topics per meeting, split by pillar, for the given (already filtered) topics; every meeting keeps a row. */
export function pillarRows(index: DatasetIndex, topics: readonly Topic[], lang: Lang): PillarRow[] {
  return index.meetings.map((meeting) => {
    const counts = countByPillar(topics.filter((t) => t.meetingId === meeting.id))
    const economy = counts['digital-economy']
    const government = counts['digital-government']
    return {
      meetingId: meeting.id,
      label: localText(meeting.shortName, lang),
      economy,
      government,
      total: economy + government,
    }
  })
}
