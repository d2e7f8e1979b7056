import { useEffect } from 'react'
import { useDataset } from '@/data/useDataset'
import { useMessages } from '@/i18n/LangContext'
import { TopicCard } from './TopicCard'
import { topicMessages } from './messages'

/** Marks the moment the first topic cards are on screen, for the benchmark. */
function useCardsVisibleMark() {
  useEffect(() => {
    if (performance.getEntriesByName('cards-visible').length === 0) performance.mark('cards-visible')
  }, [])
}

export function TopicList() {
  const index = useDataset()
  const t = useMessages(topicMessages)
  useCardsVisibleMark()
  return (
    <section aria-labelledby="topics-heading">
      <h2 id="topics-heading" className="text-xl font-bold">
        {t.heading} <span className="font-normal text-muted">({t.count(index.topics.length)})</span>
      </h2>
      <ul className="mt-4 grid list-none grid-cols-1 gap-4 p-0 md:grid-cols-2 xl:grid-cols-3">
        {index.topics.map((topic) => (
          <li key={topic.id} className="flex">
            <TopicCard topic={topic} meeting={index.meetingById.get(topic.meetingId)} />
          </li>
        ))}
      </ul>
    </section>
  )
}
