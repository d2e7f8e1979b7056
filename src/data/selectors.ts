import type { ContextItem, Dataset, Meeting, Meta, Pillar, Publisher, Source, SourceKind, Theme, Topic } from './schema'
import { SCOPE_SPANS, type SCOPES } from './vocabulary'

export type Scope = (typeof SCOPES)[number]

/** Year of a meeting, from its start date. */
export function meetingYear(meeting: Pick<Meeting, 'startDate'>): number {
  return Number(meeting.startDate.slice(0, 4))
}

export function meetingsByDate(meetings: readonly Meeting[]): Meeting[] {
  return [...meetings].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id))
}

export interface DatasetIndex {
  /** The years shown: null for the whole file (indexDataset), or a scope (scopeIndex). */
  scope: Scope | null
  /** In a scoped index, meta.title is the scope's title (meta.titleAll for 'all'). */
  meta: Meta
  themes: Theme[]
  /** Meetings, topics and years within the scope. */
  context: ContextItem[]
  meetings: Meeting[]
  publishers: Publisher[]
  meetingById: ReadonlyMap<string, Meeting>
  publisherById: ReadonlyMap<string, Publisher>
  themeById: ReadonlyMap<string, Theme>
  topicById: ReadonlyMap<string, Topic>
  /** Topics in meeting date order, then in agenda order. */
  topics: Topic[]
  years: number[]
  /** Every meeting and topic in the file, whatever the scope (the lookups by id are whole too). */
  allMeetings: Meeting[]
  allTopics: Topic[]
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
    scope: null,
    meta: data.meta,
    themes: data.themes,
    context: [...data.context].sort((a, b) => a.date.localeCompare(b.date)),
    meetings,
    publishers: data.publishers,
    meetingById: new Map(meetings.map((m) => [m.id, m])),
    publisherById: new Map(data.publishers.map((p) => [p.id, p])),
    themeById: new Map(data.themes.map((t) => [t.id, t])),
    topicById: new Map(topics.map((t) => [t.id, t])),
    topics,
    years: [...new Set(meetings.map(meetingYear))],
    allMeetings: meetings,
    allTopics: topics,
  }
}

/** The first and last year of a scope: 2017–2021 (core) or 2016–2025 (all). */
export function scopeSpan(scope: Scope): readonly [number, number] {
  return SCOPE_SPANS[scope]
}

const scoped = new WeakMap<DatasetIndex, Partial<Record<Scope, DatasetIndex>>>()

/**
 * The index narrowed to a scope's years: its meetings, topics, years and the themes they use, and the
 * scope's title. Context items stay (they are the background of the 2017 start, whatever the scope).
 * Lookups by id stay whole, so a meeting or topic outside the scope can still be opened.
 * One object per index and scope, so every view shares it.
 */
export function scopeIndex(index: DatasetIndex, scope: Scope): DatasetIndex {
  const cache = scoped.get(index) ?? {}
  scoped.set(index, cache)
  return (cache[scope] ??= narrow(index, scope))
}

function narrow(index: DatasetIndex, scope: Scope): DatasetIndex {
  const [first, last] = SCOPE_SPANS[scope]
  const meetings = index.allMeetings.filter((m) => meetingYear(m) >= first && meetingYear(m) <= last)
  const ids = new Set(meetings.map((m) => m.id))
  const topics = index.allTopics.filter((t) => ids.has(t.meetingId))
  const themeIds = new Set(topics.flatMap((t) => t.themes))
  return {
    ...index,
    scope,
    meta: { ...index.meta, title: (scope === 'all' && index.meta.titleAll) || index.meta.title },
    themes: index.themes.filter((theme) => themeIds.has(theme.id)),
    meetings,
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

const AUTHORITY: Record<SourceKind, number> = { official: 0, archive: 1, press: 2 }

/** The kind of a source's publisher; undefined only for a publisher the table lacks (parseDataset refuses that). */
export function sourceKind(source: Source, publisherById: ReadonlyMap<string, Publisher>): SourceKind | undefined {
  return publisherById.get(source.publisher)?.kind
}

/** True when every source is press coverage: the claim rests on no official or archived text. */
export function isPressOnly(sources: readonly Source[], publisherById: ReadonlyMap<string, Publisher>): boolean {
  return sources.length > 0 && sources.every((s) => sourceKind(s, publisherById) === 'press')
}

/** True when anything the meeting page shows (an agreement, action, outcome, fact, document, Japan's part) rests on press only. */
export function meetingHasPressOnly(meeting: Meeting, publisherById: ReadonlyMap<string, Publisher>): boolean {
  const lists = [
    ...meeting.agreements,
    ...(meeting.actionList?.items ?? []),
    ...meeting.outcomes,
    ...meeting.facts,
    ...meeting.documents,
    ...(meeting.japan ? [meeting.japan] : []),
  ]
  return lists.some((item) => isPressOnly(item.sources, publisherById))
}

/** Official sources first, then document archives, then press; the data's order within each kind. */
export function sourcesByAuthority(
  sources: readonly Source[],
  publisherById: ReadonlyMap<string, Publisher>,
): Source[] {
  const rank = (s: Source) => {
    const kind = sourceKind(s, publisherById)
    return kind === undefined ? 3 : AUTHORITY[kind]
  }
  return sources
    .map((source, order) => ({ source, order, rank: rank(source) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ source }) => source)
}
