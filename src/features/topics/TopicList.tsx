import { memo, useEffect, useState } from 'react'
import { SHORT_LIST_MAX } from '@/filters/useFilteredTopics'
import { useMessages } from '@/i18n/LangContext'
import type { DatasetIndex } from '@/data/selectors'
import type { Topic } from '@/data/schema'
import { TopicCard } from './TopicCard'
import { topicMessages } from './messages'

/** Cards rendered at once; more on request, so a 10,000-topic dataset still filters at input speed. */
export const PAGE_SIZE = 60

/** Marks the moment the first topic cards are on screen, for the benchmark. */
function useCardsVisibleMark() {
  useEffect(() => {
    if (performance.getEntriesByName('cards-visible').length === 0) performance.mark('cards-visible')
  }, [])
}

interface Props {
  /** Changes with the filters: a new set of topics starts again at the first page. */
  resetKey: string
  topics: readonly Topic[]
  index: DatasetIndex
  query: string
}

/**
 * The cards, PAGE_SIZE at a time; a new `resetKey` (another filter set) starts at the first page.
 * A short list (SHORT_LIST_MAX) keeps every card of the scope in the page and a filter only hides or
 * shows cards, so the list changes in the frame of the click or keystroke: no card is built, removed
 * or rendered again. A long one builds the matching cards only, and keeps a card that stays.
 * The cards' links follow the address in a render after that frame (StateLink).
 * Memoized, so a render of the view that leaves the list's props alone skips it.
 */
export const TopicList = memo(function TopicList({ resetKey, topics, index, query }: Props) {
  const t = useMessages(topicMessages)
  const [paging, setPaging] = useState({ key: resetKey, limit: PAGE_SIZE })
  // Another filter set: back to the first page (React re-renders at once with it, before painting).
  if (paging.key !== resetKey) setPaging({ key: resetKey, limit: PAGE_SIZE })
  const limit = paging.key === resetKey ? paging.limit : PAGE_SIZE
  useCardsVisibleMark()
  const shown = topics.slice(0, limit)
  const isShort = index.topics.length <= SHORT_LIST_MAX
  const isShown = new Set(shown.map((topic) => topic.id))
  return (
    <>
      <ul className="m-0 grid list-none grid-cols-1 gap-4 p-0 md:grid-cols-2 xl:grid-cols-3">
        {(isShort ? index.topics : shown).map((topic) => (
          <li
            key={topic.id}
            hidden={!isShown.has(topic.id)}
            // Off-screen cards skip layout and paint until they are scrolled near (all of them in print).
            className="flex [contain-intrinsic-size:auto_22rem] [content-visibility:auto] print:[content-visibility:visible]"
          >
            {/* A hidden card is not highlighted, so a keystroke does not render it again. */}
            <TopicCard topic={topic} index={index} query={isShown.has(topic.id) ? query : ''} />
          </li>
        ))}
      </ul>
      {shown.length < topics.length && (
        <button
          type="button"
          onClick={() => setPaging({ key: resetKey, limit: limit + PAGE_SIZE })}
          className="border-border hover:bg-surface self-center rounded-md border px-4 py-2 font-semibold"
        >
          {t.showMore(shown.length, topics.length)}
        </button>
      )}
    </>
  )
})
