import { useEffect, useState } from 'react'
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
  topics: readonly Topic[]
  index: DatasetIndex
  query: string
  hrefFor: (topicId: string) => string
  onOpen: (topicId: string) => void
}

/** The cards, PAGE_SIZE at a time. Give it a `key` per filter set so a new view starts at the first page. */
export function TopicList({ topics, index, query, hrefFor, onOpen }: Props) {
  const t = useMessages(topicMessages)
  const [limit, setLimit] = useState(PAGE_SIZE)
  useCardsVisibleMark()
  const shown = topics.slice(0, limit)
  return (
    <>
      <ul className="m-0 grid list-none grid-cols-1 gap-4 p-0 md:grid-cols-2 xl:grid-cols-3">
        {shown.map((topic) => (
          <li key={topic.id} className="flex">
            <TopicCard topic={topic} index={index} query={query} href={hrefFor(topic.id)} onOpen={onOpen} />
          </li>
        ))}
      </ul>
      {shown.length < topics.length && (
        <button
          type="button"
          onClick={() => setLimit((n) => n + PAGE_SIZE)}
          className="border-border hover:bg-surface self-center rounded-md border px-4 py-2 font-semibold"
        >
          {t.showMore(shown.length, topics.length)}
        </button>
      )}
    </>
  )
}
