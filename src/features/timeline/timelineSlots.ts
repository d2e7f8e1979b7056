import { countByPillar, meetingYear, scopeSpan, type DatasetIndex } from '@/data/selectors'
import type { ContextItem, Meeting, Pillar } from '@/data/schema'

export interface TimelineMeetingSlot {
  meeting: Meeting
  counts: Record<Pillar, number>
  total: number
  /** Context dated on or after this meeting and before the next one. */
  context: ContextItem[]
}

export interface TimelineSlots {
  /** Context dated before the first meeting. */
  before: ContextItem[]
  meetings: TimelineMeetingSlot[]
}

/** The timeline's rows: meetings in date order, each with its topic counts and the context that follows it. */
export function timelineSlots(index: Pick<DatasetIndex, 'meetings' | 'context' | 'topics'>): TimelineSlots {
  const meetings = [...index.meetings].sort((a, b) => a.startDate.localeCompare(b.startDate))
  const slots: TimelineMeetingSlot[] = meetings.map((meeting) => {
    const counts = countByPillar(index.topics.filter((t) => t.meetingId === meeting.id))
    return { meeting, counts, total: counts['digital-economy'] + counts['digital-government'], context: [] }
  })
  const before: ContextItem[] = []
  for (const item of [...index.context].sort((a, b) => a.date.localeCompare(b.date))) {
    const owner = slots.findLast((slot) => slot.meeting.startDate <= item.date)
    if (owner) owner.context.push(item)
    else before.push(item)
  }
  return { before, meetings: slots }
}

/**
 * The meetings after the core years (the Digital Economy Working Group's, 2022 on), whatever the
 * scope, with their topic counts: the timeline's "Since 2021" band.
 */
export function sinceCoreSlots(index: Pick<DatasetIndex, 'allMeetings' | 'allTopics'>): TimelineMeetingSlot[] {
  const [, lastCore] = scopeSpan('core')
  return index.allMeetings
    .filter((m) => meetingYear(m) > lastCore)
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
    .map((meeting) => {
      const counts = countByPillar(index.allTopics.filter((t) => t.meetingId === meeting.id))
      return { meeting, counts, total: counts['digital-economy'] + counts['digital-government'], context: [] }
    })
}

/** Where a roving-tabindex key moves focus among `count` items; null for keys it ignores. */
export function rovingTarget(key: string, current: number, count: number): number | null {
  if (count === 0) return null
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(current + 1, count - 1)
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(current - 1, 0)
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return null
  }
}
