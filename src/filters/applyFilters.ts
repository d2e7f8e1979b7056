import { localText } from '@/data/localize'
import { meetingYear, type DatasetIndex } from '@/data/selectors'
import type { LocalizedText, Topic } from '@/data/schema'
import { LENSES, type Lens, type ViewState } from '@/url/urlState'
import { hasEveryTerm, normalizeForSearch, searchTerms } from './search'

export type TopicFilters = Pick<ViewState, 'pillar' | 'years' | 'meetings' | 'themes' | 'q'>

/** Both languages of a text, so either language's words find it. */
function both(value: LocalizedText | null | undefined): string {
  return value ? `${localText(value, 'en')}\n${localText(value, 'ja')}` : ''
}

/**
 * The searchable text of every topic: its title, summary, what was agreed, themes, its meeting's
 * city, country and names, and the titles of the meeting's documents. Built
 * once per dataset.
 */
export function buildSearchIndex(index: DatasetIndex): ReadonlyMap<string, string> {
  const meetingText = new Map(
    index.meetings.map((m) => [
      m.id,
      [m.city, m.country, m.name, m.shortName, ...m.documents.map((d) => d.title)].map(both).join('\n'),
    ]),
  )
  return new Map(
    index.topics.map((t) => [
      t.id,
      normalizeForSearch(
        [
          both(t.title),
          both(t.summary),
          ...(t.agreement ?? []).map((a) => both(a.text)),
          ...t.themes.map((id) => both(index.themeById.get(id)?.name)),
          meetingText.get(t.meetingId) ?? '',
        ].join('\n'),
      ),
    ]),
  )
}

function matcher(index: DatasetIndex, filters: Omit<TopicFilters, 'pillar'>, searchIndex: ReadonlyMap<string, string>) {
  const years = new Set(filters.years)
  const meetings = new Set(filters.meetings)
  const themes = new Set(filters.themes)
  const terms = searchTerms(filters.q)
  return (topic: Topic): boolean => {
    if (years.size > 0) {
      const meeting = index.meetingById.get(topic.meetingId)
      if (!meeting || !years.has(meetingYear(meeting))) return false
    }
    if (meetings.size > 0 && !meetings.has(topic.meetingId)) return false
    if (themes.size > 0 && !topic.themes.some((theme) => themes.has(theme))) return false
    if (terms.length > 0 && !hasEveryTerm(searchIndex.get(topic.id) ?? '', terms)) return false
    return true
  }
}

/**
 * Topics that pass every filter: AND across filters, OR within one (years 2019
 * or 2021); a search finds topics that hold every word of it, in any order.
 */
export function applyFilters(
  index: DatasetIndex,
  filters: TopicFilters,
  searchIndex: ReadonlyMap<string, string>,
): Topic[] {
  const matches = matcher(index, filters, searchIndex)
  return index.topics.filter((t) => (filters.pillar === 'all' || t.pillar === filters.pillar) && matches(t))
}

/** How many topics each lens would show with the other filters as they are. */
export function lensCounts(
  index: DatasetIndex,
  filters: TopicFilters,
  searchIndex: ReadonlyMap<string, string>,
): Record<Lens, number> {
  const matches = matcher(index, filters, searchIndex)
  const counts = Object.fromEntries(LENSES.map((lens) => [lens, 0])) as Record<Lens, number>
  for (const topic of index.topics) {
    if (!matches(topic)) continue
    counts.all += 1
    counts[topic.pillar] += 1
  }
  return counts
}
