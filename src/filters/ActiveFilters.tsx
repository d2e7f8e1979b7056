import { useEffect, useRef } from 'react'
import type { DatasetIndex } from '@/data/selectors'
import { useLang, useMessages } from '@/i18n/LangContext'
import { activeFilterChips, CLEARED_FILTERS, type FilterState } from './activeFilters'
import { filterMessages } from './messages'
import { SEARCH_INPUT_ID } from './SearchBox'

interface Props {
  index: DatasetIndex
  state: FilterState
  onChange: (patch: Partial<FilterState>) => void
}

/** Each active filter as a chip that removes it, and Clear all. Focus stays in the list as chips go. */
export function ActiveFilters({ index, state, onChange }: Props) {
  const { lang } = useLang()
  const t = useMessages(filterMessages)
  const chips = activeFilterChips(state, index, lang)
  const list = useRef<HTMLUListElement>(null)
  // After a chip goes, focus moves to the chip that took its place (or Clear all, or the search box).
  const focusAfterRemoval = useRef<number | null>(null)
  useEffect(() => {
    const position = focusAfterRemoval.current
    if (position === null) return
    focusAfterRemoval.current = null
    const buttons = list.current?.querySelectorAll('button')
    const target = buttons && buttons.length > 0 ? buttons[Math.min(position, buttons.length - 1)] : null
    ;(target ?? document.getElementById(SEARCH_INPUT_ID))?.focus()
  })

  if (chips.length === 0) return null
  return (
    <div className="flex flex-wrap items-center gap-2">
      <ul ref={list} aria-label={t.activeFiltersLabel} className="m-0 flex list-none flex-wrap items-center gap-2 p-0">
        {chips.map((chip, i) => (
          <li key={chip.key}>
            <button
              type="button"
              onClick={() => {
                focusAfterRemoval.current = i
                onChange(chip.remove)
              }}
              className="border-accent bg-surface hover:bg-bg inline-flex min-h-9 items-center gap-1.5 rounded-full border px-3 py-1 text-sm"
            >
              <span className="sr-only">{t.removeFilter}</span> <bdi>{chip.label}</bdi>
              <span aria-hidden="true" className="text-base leading-none">
                ×
              </span>
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            onClick={() => {
              onChange(CLEARED_FILTERS)
              document.getElementById(SEARCH_INPUT_ID)?.focus()
            }}
            className="text-accent min-h-9 rounded-md px-2 py-1 text-sm font-semibold underline underline-offset-2 hover:no-underline"
          >
            {t.clearAll}
          </button>
        </li>
      </ul>
    </div>
  )
}
