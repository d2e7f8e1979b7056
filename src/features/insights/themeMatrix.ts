import { localText } from '@/data/localize'
import { meetingYear, type DatasetIndex } from '@/data/selectors'
import type { Theme, Topic } from '@/data/schema'
import type { Lang } from '@/i18n/lang'
import { insightsMessages } from './messages'

export type CellStatus = 'new' | 'continued' | 'absent'

export interface MatrixCell {
  year: number
  /** Topics with this theme at that year's meetings. */
  count: number
  status: CellStatus
}

export interface MatrixRow {
  theme: Theme
  cells: MatrixCell[]
  firstYear: number
  yearsPresent: number
  total: number
}

export interface ThemeMatrix {
  years: number[]
  /** Themes that appear at least once, by first year, then in the dataset's theme order. */
  rows: MatrixRow[]
}

/** Theme × year: for each theme present in the given (filtered) topics, whether each year is new, continued or absent. */
export function themeMatrix(
  index: Pick<DatasetIndex, 'years' | 'themes' | 'meetingById'>,
  topics: readonly Topic[],
): ThemeMatrix {
  const years = [...index.years].sort((a, b) => a - b)
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
  const rows: MatrixRow[] = []
  for (const theme of index.themes) {
    const byYear = counts.get(theme.id)
    if (!byYear) continue
    let seen = false
    const cells = years.map((year): MatrixCell => {
      const count = byYear.get(year) ?? 0
      const status: CellStatus = count === 0 ? 'absent' : seen ? 'continued' : 'new'
      if (count > 0) seen = true
      return { year, count, status }
    })
    const present = cells.filter((c) => c.count > 0)
    rows.push({
      theme,
      cells,
      firstYear: present[0]?.year ?? years[0] ?? 0,
      yearsPresent: present.length,
      total: present.reduce((sum, c) => sum + c.count, 0),
    })
  }
  rows.sort((a, b) => a.firstYear - b.firstYear)
  return { years, rows }
}

/** One sentence: the most persistent theme, and the newest arrivals. */
export function matrixTakeaway(matrix: ThemeMatrix, lang: Lang): string {
  const t = insightsMessages[lang]
  const [first] = matrix.rows
  if (!first) return t.matrixEmpty
  const persistent = matrix.rows.reduce((best, row) =>
    row.yearsPresent > best.yearsPresent || (row.yearsPresent === best.yearsPresent && row.total > best.total)
      ? row
      : best,
  )
  const name = localText(persistent.theme.name, lang)
  const newestYear = Math.max(...matrix.rows.map((r) => r.firstYear))
  if (newestYear === first.firstYear) {
    return t.matrixTakeawaySameStart(name, persistent.yearsPresent, matrix.years.length, newestYear)
  }
  const newest = matrix.rows.filter((r) => r.firstYear === newestYear).map((r) => localText(r.theme.name, lang))
  return t.matrixTakeawayArrivals(name, persistent.yearsPresent, matrix.years.length, newestYear, newest)
}
