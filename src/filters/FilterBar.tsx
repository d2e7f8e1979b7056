import { useId, useState } from 'react'
import type { DatasetIndex } from '@/data/selectors'
import { useMessages } from '@/i18n/LangContext'
import type { Lens, ViewState } from '@/url/urlState'
import type { SetViewState } from '@/url/useViewState'
import { LensControl } from './LensControl'
import { MeetingFilter } from './MeetingFilter'
import { vocabularyMessages } from '@/i18n/vocabularyMessages'
import { filterMessages } from './messages'
import { ScopeControl } from './ScopeControl'
import { SearchBox } from './SearchBox'
import { ThemeFilter } from './ThemeFilter'
import { YearFilter } from './YearFilter'

interface Props {
  index: DatasetIndex
  state: ViewState
  setState: SetViewState
  counts: Record<Lens, number>
}

/**
 * The lens and the search box, always in view; years, meetings and themes
 * beside them on wide screens and behind a "Filters (n)" disclosure on narrow ones.
 */
export function FilterBar({ index, state, setState, counts }: Props) {
  const t = useMessages(filterMessages)
  const v = useMessages(vocabularyMessages)
  const panelId = useId()
  const [isOpen, setIsOpen] = useState(false)
  const narrowing = state.years.length + state.meetings.length + state.themes.length
  return (
    <section aria-labelledby={`${panelId}-heading`} className="border-border bg-surface rounded-xl border p-4">
      <h2 id={`${panelId}-heading`} className="sr-only">
        {t.filtersHeading}
      </h2>
      <div className="flex flex-col gap-4 lg:flex-row lg:items-end">
        <div className="flex flex-col gap-1">
          <span aria-hidden="true" className="text-muted text-sm font-semibold">
            {v.pillar}
          </span>
          <LensControl value={state.pillar} counts={counts} onChange={(pillar) => void setState({ pillar })} />
        </div>
        <ScopeControl value={state.scope} onChange={(scope) => void setState({ scope })} />
        <SearchBox value={state.q} onChange={(q) => void setState({ q }, { history: 'replace' })} />
      </div>
      <button
        type="button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setIsOpen((open) => !open)}
        className="border-border bg-bg mt-4 inline-flex min-h-10 items-center gap-2 rounded-md border px-3 py-2 text-sm font-semibold md:hidden"
      >
        {t.filtersToggle(narrowing)}
        <span aria-hidden="true">{isOpen ? '▴' : '▾'}</span>
      </button>
      <div id={panelId} className={`${isOpen ? 'flex' : 'hidden'} mt-4 flex-col gap-4 md:flex`}>
        <div className="flex flex-col gap-4 md:flex-row md:flex-wrap md:gap-8">
          <YearFilter years={index.years} value={state.years} onChange={(years) => void setState({ years })} />
          <MeetingFilter
            meetings={index.meetings}
            value={state.meetings}
            onChange={(meetings) => void setState({ meetings })}
          />
        </div>
        <ThemeFilter themes={index.themes} value={state.themes} onChange={(themes) => void setState({ themes })} />
      </div>
    </section>
  )
}
