import { useMemo } from 'react'
import { MeetingTimeline } from './MeetingTimeline'
import { timelineSlots } from './timelineSlots'
import { useScopedDataset } from '@/url/useScopedDataset'

interface Props {
  /** Id of the heading that names the strip (recommended); without it the list labels itself "Meetings, 2017–2021". */
  labelledBy?: string
  /** Level of each meeting's heading: 'h3' under an h2 section (default), 'h4' under an h3. */
  headingLevel?: 'h3' | 'h4'
}

/** The compact timeline for the overview: the six meetings, context markers by title only, one tab stop. */
export function TimelineStrip({ labelledBy, headingLevel = 'h3' }: Props) {
  const index = useScopedDataset()
  const slots = useMemo(() => timelineSlots(index), [index])
  return <MeetingTimeline slots={slots} isCompact labelledBy={labelledBy} headingLevel={headingLevel} />
}
