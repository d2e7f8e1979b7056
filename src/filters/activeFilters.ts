import { localText } from '@/data/localize'
import type { DatasetIndex } from '@/data/selectors'
import type { Lang } from '@/i18n/lang'
import type { Lens, ViewState } from '@/url/urlState'
import { filterMessages } from './messages'
import { pillarLabel } from '@/i18n/vocabularyLabels'

export type FilterState = Pick<ViewState, 'pillar' | 'years' | 'meetings' | 'themes' | 'q'>

/** Adds the value when absent, removes it when present; the list stays sorted and unique. */
export function toggleValue<T extends string | number>(values: readonly T[], value: T): T[] {
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value]
  return next.sort((a, b) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b)),
  )
}

/**
 * The filters with meeting and theme ids the dataset does not know, and years and meetings outside
 * the index's scope, dropped (a stale link, or a 2024 filter in the 2017–2021 scope, still shows something).
 */
export function knownFilters<S extends FilterState>(state: S, index: DatasetIndex): S {
  const meetings = state.meetings.filter((id) => index.meetings.some((m) => m.id === id))
  const themes = state.themes.filter((id) => index.themeById.has(id))
  const years = state.years.filter((year) => index.years.includes(year))
  if (
    meetings.length === state.meetings.length &&
    themes.length === state.themes.length &&
    years.length === state.years.length
  )
    return state
  return { ...state, meetings, themes, years }
}

export function lensName(lens: Lens, lang: Lang): string {
  const t = filterMessages[lang]
  return lens === 'all' ? t.lensAll : pillarLabel(lens, lang)
}

export interface FilterChip {
  /** Stable and unique among the chips, e.g. "years:2021". */
  key: string
  label: string
  /** The change to the view state that removes this filter alone. */
  remove: Partial<FilterState>
}

/** Every active filter as a removable chip, in the order the filters appear on screen. */
export function activeFilterChips(state: FilterState, index: DatasetIndex, lang: Lang): FilterChip[] {
  const known = knownFilters(state, index)
  const chips: FilterChip[] = []
  if (known.pillar !== 'all')
    chips.push({ key: 'pillar', label: lensName(known.pillar, lang), remove: { pillar: 'all' } })
  for (const year of known.years) {
    chips.push({ key: `years:${year}`, label: String(year), remove: { years: known.years.filter((y) => y !== year) } })
  }
  for (const id of known.meetings) {
    const meeting = index.meetingById.get(id)
    if (!meeting) continue
    chips.push({
      key: `meetings:${id}`,
      label: localText(meeting.shortName, lang),
      remove: { meetings: known.meetings.filter((m) => m !== id) },
    })
  }
  for (const id of known.themes) {
    const theme = index.themeById.get(id)
    if (!theme) continue
    chips.push({
      key: `themes:${id}`,
      label: localText(theme.name, lang),
      remove: { themes: known.themes.filter((t) => t !== id) },
    })
  }
  const q = known.q.trim()
  if (q !== '') chips.push({ key: 'q', label: filterMessages[lang].searchChip(q), remove: { q: '' } })
  return chips
}

/** The patch that clears every filter and keeps the rest of the view. */
export const CLEARED_FILTERS: FilterState = { pillar: 'all', years: [], meetings: [], themes: [], q: '' }
