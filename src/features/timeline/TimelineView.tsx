import { useMemo } from 'react'
import { StateLink } from '@/components/StateLink'
import { scopeIndex, scopeSpan } from '@/data/selectors'
import { useLang, useMessages } from '@/i18n/LangContext'
import { yearSpanLabel } from '@/i18n/vocabularyLabels'
import { useScopedDataset } from '@/url/useScopedDataset'
import { useViewState } from '@/url/useViewState'
import { MeetingTimeline } from './MeetingTimeline'
import { SinceBand } from './SinceBand'
import { timelineViewMessages } from './viewMessages'
import { sinceCoreSlots, timelineSlots } from './timelineSlots'

/**
 * The timeline view: the core meetings (2017–2021) with their context, then the meetings since 2021
 * in a band of their own, in either scope; the heading names the scope's years.
 */
export function TimelineView() {
  const { lang } = useLang()
  const t = useMessages(timelineViewMessages)
  const index = useScopedDataset()
  const slots = useMemo(() => timelineSlots(scopeIndex(index, 'core')), [index])
  const since = useMemo(() => sinceCoreSlots(index), [index])
  const [first, last] = scopeSpan(index.scope ?? 'core')
  const [state] = useViewState()
  const hasFilters =
    state.pillar !== 'all' ||
    state.years.length + state.meetings.length + state.themes.length > 0 ||
    state.q.trim() !== ''
  return (
    <section aria-labelledby="timeline-heading" className="flex flex-col gap-4">
      <div>
        <h2 id="timeline-heading" className="text-2xl font-bold">
          {t.heading(yearSpanLabel(first, last, lang))}
        </h2>
        <p className="mt-1 max-w-3xl">{t.intro(slots.meetings.length)}</p>
        {hasFilters && (
          <p role="note" className="border-accent mt-2 border-l-4 pl-3">
            {t.filtersNotApplied}
          </p>
        )}
        <p className="mt-2">
          <StateLink patch={{ view: 'compare' }} className="text-accent font-semibold underline underline-offset-2">
            {t.compareTwo}
          </StateLink>
        </p>
      </div>
      <MeetingTimeline slots={slots} isCompact={false} headingLevel="h3" />
      <SinceBand slots={since} />
    </section>
  )
}
