import type { DatasetIndex } from '@/data/selectors'
import type { Theme, Topic } from '@/data/schema'
import { countByThemeAndYear, recordHistory, type ThemeYearStatus } from '@/data/themeHistory'

export type CellStatus = ThemeYearStatus

export interface MatrixCell {
  year: number
  /** From the whole record, whatever the filters. */
  status: CellStatus
  /** Topics on this theme that year, at every meeting. */
  count: number
  /** Of those, the topics the filters let through. */
  shown: number
}

export interface MatrixRow {
  theme: Theme
  cells: MatrixCell[]
  /** First year on record, over every meeting. */
  firstYear: number
  /** Years on record with a topic on this theme, over every meeting. */
  yearsPresent: number
  total: number
}

export interface ThemeMatrix {
  /** The columns: the years the filter picked, or every year on record. */
  years: number[]
  /** Every year with a meeting: what "n of m years" counts against. */
  recordYears: number[]
  /** The themes of the topics shown, by first year on record, then in the dataset's theme order. */
  rows: MatrixRow[]
  /** True when the filters let every topic through. */
  isWholeRecord: boolean
}

/**
 * Theme × year. The filters choose what is shown (which themes: those of the
 * topics shown; which years: those picked, else all); the status of each cell
 * and each row's first year come from every meeting on record.
 */
export function themeMatrix(
  index: DatasetIndex,
  topics: readonly Topic[],
  pickedYears: readonly number[] = [],
): ThemeMatrix {
  const history = recordHistory(index)
  const picked = new Set(pickedYears)
  const years = picked.size > 0 ? history.years.filter((y) => picked.has(y)) : history.years
  const shown = countByThemeAndYear(index, topics)
  const rows: MatrixRow[] = []
  for (const theme of index.themes) {
    const shownByYear = shown.get(theme.id)
    const record = history.themes.get(theme.id)
    if (!shownByYear || !record || record.firstYear === null) continue
    rows.push({
      theme,
      cells: years.map((year) => ({
        year,
        status: record.statusByYear.get(year) ?? 'absent',
        count: record.countByYear.get(year) ?? 0,
        shown: shownByYear.get(year) ?? 0,
      })),
      firstYear: record.firstYear,
      yearsPresent: record.yearsPresent,
      total: record.total,
    })
  }
  rows.sort((a, b) => a.firstYear - b.firstYear)
  return { years, recordYears: history.years, rows, isWholeRecord: topics.length === index.topics.length }
}

/**
 * What the matrix's sentence says, as data: the prose is rendered from it, and
 * the property test checks it against the whole record.
 */
export type MatrixTakeaway =
  | { kind: 'empty' }
  | {
      kind: 'summary'
      /** 'all' when every theme on record is shown; else the claims are about the themes shown. */
      scope: 'all' | 'shown'
      /** The themes shown that were on the agenda in the most years on record (all of them when tied). */
      persistent: { themeIds: string[]; yearsPresent: number }
      record: { years: number; first: number; last: number }
      /** The latest first year among the themes shown, and the themes first seen then. */
      newest: { themeIds: string[]; firstYear: number; isEveryTheme: boolean }
    }

export function matrixTakeaway(matrix: ThemeMatrix, index: DatasetIndex): MatrixTakeaway {
  const { rows, recordYears } = matrix
  const first = recordYears[0]
  const last = recordYears[recordYears.length - 1]
  if (rows.length === 0 || first === undefined || last === undefined) return { kind: 'empty' }
  const history = recordHistory(index)
  const themesOnRecord = [...history.themes.values()].filter((h) => h.firstYear !== null).length
  const most = Math.max(...rows.map((r) => r.yearsPresent))
  const newestYear = Math.max(...rows.map((r) => r.firstYear))
  const newest = rows.filter((r) => r.firstYear === newestYear)
  return {
    kind: 'summary',
    scope: rows.length === themesOnRecord ? 'all' : 'shown',
    persistent: { themeIds: rows.filter((r) => r.yearsPresent === most).map((r) => r.theme.id), yearsPresent: most },
    record: { years: recordYears.length, first, last },
    newest: {
      themeIds: newest.map((r) => r.theme.id),
      firstYear: newestYear,
      isEveryTheme: newest.length === rows.length,
    },
  }
}
