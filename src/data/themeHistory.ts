import type { Topic } from './schema'
import { meetingYear, type DatasetIndex } from './selectors'

/**
 * A theme's status in one year of the record: first year with a topic on it
 * (new), on the agenda the year before too (continued), back after one or more
 * years away (returned), or no topic on it that year (absent).
 */
export type ThemeYearStatus = 'new' | 'continued' | 'returned' | 'absent'

export interface ThemeHistory {
  themeId: string
  /** Topics on this theme each year; a topic that lists the theme twice counts once. */
  countByYear: ReadonlyMap<number, number>
  statusByYear: ReadonlyMap<number, ThemeYearStatus>
  /** Null for a theme no topic has. */
  firstYear: number | null
  yearsPresent: number
  total: number
}

export interface RecordHistory {
  /** Every year with a meeting, ascending. */
  years: number[]
  /** One entry per theme of the dataset, in the dataset's theme order. */
  themes: ReadonlyMap<string, ThemeHistory>
}

/** Topics per theme per year among the given topics; a topic that lists a theme twice counts once. */
export function countByThemeAndYear(
  index: Pick<DatasetIndex, 'meetingById'>,
  topics: readonly Topic[],
): Map<string, Map<number, number>> {
  const counts = new Map<string, Map<number, number>>()
  for (const topic of topics) {
    const meeting = index.meetingById.get(topic.meetingId)
    if (!meeting) continue
    const year = meetingYear(meeting)
    for (const themeId of new Set(topic.themes)) {
      const byYear = counts.get(themeId) ?? new Map<number, number>()
      byYear.set(year, (byYear.get(year) ?? 0) + 1)
      counts.set(themeId, byYear)
    }
  }
  return counts
}

const cache = new WeakMap<DatasetIndex, RecordHistory>()

/**
 * Each theme's history over every meeting in the dataset. Filters never reach
 * this: "new", "first seen" and "in n of m years" mean the same whatever the
 * reader has narrowed the view to. Computed once per dataset.
 */
export function recordHistory(index: DatasetIndex): RecordHistory {
  const cached = cache.get(index)
  if (cached) return cached
  const years = [...new Set(index.years)].sort((a, b) => a - b)
  const counts = countByThemeAndYear(index, index.topics)
  const themes = new Map<string, ThemeHistory>()
  for (const theme of index.themes) {
    const countByYear = counts.get(theme.id) ?? new Map<number, number>()
    const statusByYear = new Map<number, ThemeYearStatus>()
    let seen = false
    let previous = false
    for (const year of years) {
      const present = (countByYear.get(year) ?? 0) > 0
      statusByYear.set(year, !present ? 'absent' : !seen ? 'new' : previous ? 'continued' : 'returned')
      seen ||= present
      previous = present
    }
    const present = years.filter((y) => (countByYear.get(y) ?? 0) > 0)
    themes.set(theme.id, {
      themeId: theme.id,
      countByYear,
      statusByYear,
      firstYear: present[0] ?? null,
      yearsPresent: present.length,
      total: present.reduce((sum, y) => sum + (countByYear.get(y) ?? 0), 0),
    })
  }
  const history = { years, themes }
  cache.set(index, history)
  return history
}
