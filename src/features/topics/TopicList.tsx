import { useEffect } from 'react'
import type { DatasetIndex } from '@/data/selectors'
import type { Topic } from '@/data/schema'
import { TopicCard } from './TopicCard'

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

export function TopicList({ topics, index, query, hrefFor, onOpen }: Props) {
  useCardsVisibleMark()
  return (
    <ul className="m-0 grid list-none grid-cols-1 gap-4 p-0 md:grid-cols-2 xl:grid-cols-3">
      {topics.map((topic) => (
        <li key={topic.id} className="flex">
          <TopicCard topic={topic} index={index} query={query} href={hrefFor(topic.id)} onOpen={onOpen} />
        </li>
      ))}
    </ul>
  )
}
