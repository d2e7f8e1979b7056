import type { ContextItem, Dataset, Meeting, Meta, Pillar, Theme, Topic } from './schema'

/** Year of a meeting, from its start date. */
export function meetingYear(meeting: Pick<Meeting, 'startDate'>): number {
  return Number(meeting.startDate.slice(0, 4))
}

export function meetingsByDate(meetings: readonly Meeting[]): Meeting[] {
  return [...meetings].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id))
}

export interface DatasetIndex {
  meta: Meta
  themes: Theme[]
  context: ContextItem[]
  meetings: Meeting[]
  meetingById: ReadonlyMap<string, Meeting>
  themeById: ReadonlyMap<string, Theme>
  topicById: ReadonlyMap<string, Topic>
  /** Topics in meeting date order, then in agenda order. */
  topics: Topic[]
  years: number[]
}

/** One pass over the dataset that every view shares (use as a query `select`). */
export function indexDataset(data: Dataset): DatasetIndex {
  const meetings = meetingsByDate(data.meetings)
  const order = new Map(meetings.map((m, i) => [m.id, i]))
  const topics = data.topics
    .map((topic, agendaOrder) => ({ topic, agendaOrder }))
    .sort(
      (a, b) =>
        (order.get(a.topic.meetingId) ?? 0) - (order.get(b.topic.meetingId) ?? 0) || a.agendaOrder - b.agendaOrder,
    )
    .map(({ topic }) => topic)
  return {
    meta: data.meta,
    themes: data.themes,
    context: [...data.context].sort((a, b) => a.date.localeCompare(b.date)),
    meetings,
    meetingById: new Map(meetings.map((m) => [m.id, m])),
    themeById: new Map(data.themes.map((t) => [t.id, t])),
    topicById: new Map(topics.map((t) => [t.id, t])),
    topics,
    years: [...new Set(meetings.map(meetingYear))],
  }
}

export function topicsOfMeeting(topics: readonly Topic[], meetingId: string): Topic[] {
  return topics.filter((t) => t.meetingId === meetingId)
}

export function countByPillar(topics: readonly Pick<Topic, 'pillar'>[]): Record<Pillar, number> {
  const counts: Record<Pillar, number> = { 'digital-economy': 0, 'digital-government': 0 }
  for (const t of topics) counts[t.pillar] += 1
  return counts
}

/** Topics from other meetings that share a theme with this one, in date order. */
export function relatedTopics(index: DatasetIndex, topic: Topic): Topic[] {
  const themes = new Set(topic.themes)
  return index.topics.filter((t) => t.meetingId !== topic.meetingId && t.themes.some((theme) => themes.has(theme)))
}

/** Previous and next meetings in date order. */
export function neighbours(index: DatasetIndex, meetingId: string): { previous: Meeting | null; next: Meeting | null } {
  const i = index.meetings.findIndex((m) => m.id === meetingId)
  if (i < 0) return { previous: null, next: null }
  return { previous: index.meetings[i - 1] ?? null, next: index.meetings[i + 1] ?? null }
}
