import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react'
import { ActiveFilters } from '@/filters/ActiveFilters'
import { CLEARED_FILTERS } from '@/filters/activeFilters'
import { CopyLinkButton } from '@/filters/CopyLinkButton'
import { FilterBar } from '@/filters/FilterBar'
import { ResultSummary } from '@/filters/ResultSummary'
import { SEARCH_INPUT_ID } from '@/filters/SearchBox'
import { addressOf } from '@/url/address'
import { useFilteredTopics } from '@/filters/useFilteredTopics'
import { useMessages } from '@/i18n/LangContext'
import { EmptyTopics } from './EmptyTopics'
import { topicLinkId } from './topicLinkId'
import { TopicList } from './TopicList'
import { topicMessages } from './messages'

// The detail dialog is not needed for the first view: it loads when a topic opens.
const TopicDetail = lazy(() => import('./TopicDetail').then((m) => ({ default: m.TopicDetail })))
// The search of the meetings record loads just after the first view, not with it.
const SearchPanel = lazy(() => import('@/filters/SearchPanel'))

const HEADING_ID = 'topics-heading'

/** When the open topic closes (Escape, Close, Back), focus goes back to its card, or to the list's heading. */
function useReturnFocus(openTopic: string | null) {
  const previous = useRef<string | null>(null)
  useEffect(() => {
    const closed = previous.current
    previous.current = openTopic
    if (closed !== null && openTopic === null) {
      ;(document.getElementById(topicLinkId(closed)) ?? document.getElementById(HEADING_ID))?.focus()
    }
  }, [openTopic])
}

/**
 * The topic cards with the lens, the filters and the search (and what the search
 * found in the meetings record); the open topic's detail on top.
 */
export function TopicsView() {
  // The filter bar answers a click or keystroke at once (state); the list follows (shown).
  const { index, state, setState, topics, counts, shownState: shown } = useFilteredTopics({ defer: true })
  // How many items of the meetings record match the search; null until the search panel has loaded.
  const [recordHits, setRecordHits] = useState<number | null>(null)
  const t = useMessages(topicMessages)
  const openTopic = state.topic !== null && index.topicById.has(state.topic) ? state.topic : null
  useReturnFocus(openTopic)

  const filterKey = [shown.pillar, shown.years.join(), shown.meetings.join(), shown.themes.join(), shown.q].join('|')
  const hrefFor = useCallback((topic: string) => addressOf({ ...shown, topic }), [shown])
  const handleOpen = useCallback((topic: string) => void setState({ topic }), [setState])
  const handleClose = useCallback(() => void setState({ topic: null }), [setState])

  return (
    <div className="flex flex-col gap-6">
      <FilterBar index={index} state={state} setState={setState} counts={counts} />
      <Suspense fallback={null}>
        <SearchPanel index={index} state={shown} topics={topics} onHitCount={setRecordHits} />
      </Suspense>
      <section aria-labelledby={HEADING_ID} className="flex flex-col gap-4">
        <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
          <div className="flex flex-col gap-1">
            <h2 id={HEADING_ID} tabIndex={-1} className="m-0 text-xl font-bold">
              {t.heading} <span className="text-muted font-normal">({t.count(topics.length)})</span>
            </h2>
            <ResultSummary index={index} state={shown} count={topics.length} />
          </div>
          <CopyLinkButton />
        </div>
        <ActiveFilters index={index} state={state} onChange={(patch) => void setState(patch)} />
        {topics.length === 0 ? (
          <EmptyTopics
            unmatchedQuery={shown.q.trim() !== '' && recordHits === 0 ? shown.q.trim() : null}
            onClear={() => {
              void setState(CLEARED_FILTERS)
              document.getElementById(SEARCH_INPUT_ID)?.focus()
            }}
          />
        ) : (
          <TopicList resetKey={filterKey} topics={topics} index={index} query={shown.q} />
        )}
      </section>
      {openTopic !== null && (
        <Suspense fallback={null}>
          <TopicDetail topicId={openTopic} hrefFor={hrefFor} onOpen={handleOpen} onClose={handleClose} />
        </Suspense>
      )}
    </div>
  )
}
