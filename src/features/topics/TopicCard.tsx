import { StateLink } from '@/components/StateLink'
import { memo } from 'react'
import type { DatasetIndex } from '@/data/selectors'
import type { Topic } from '@/data/schema'
import { useMessages } from '@/i18n/LangContext'
import { HighlightedText } from './HighlightedText'
import { PillarBadge } from './PillarBadge'
import { SourceList } from '@/components/SourceList'
import { CardAgreement } from './CardAgreement'
import { topicLinkId } from './topicLinkId'
import { topicMessages } from './messages'

interface Props {
  topic: Topic
  index: DatasetIndex
  query: string
}

/** One topic; memoized, so a card whose topic and query stay is not rendered again (its links follow the address). */
export const TopicCard = memo(function TopicCard({ topic, index, query }: Props) {
  const t = useMessages(topicMessages)
  const meeting = index.meetingById.get(topic.meetingId)
  const titleId = `topic-title-${topic.id}`
  const isGovernment = topic.pillar === 'digital-government'
  return (
    <article
      aria-labelledby={titleId}
      className={`border-border bg-bg flex w-full flex-col gap-3 rounded-lg border border-l-8 p-4 shadow-sm ${isGovernment ? 'border-l-gov' : 'border-l-econ'}`}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <PillarBadge pillar={topic.pillar} />
        {meeting && <HighlightedText value={meeting.shortName} query={query} className="text-muted font-medium" />}
      </div>
      <h3 id={titleId} className="m-0 text-lg leading-snug font-semibold">
        {/* The topic's detail, opened in place by a plain click; the padding makes the target 24 px tall
            (WCAG 2.5.8) without moving the line. */}
        <StateLink
          id={topicLinkId(topic.id)}
          patch={{ topic: topic.id }}
          className="text-fg decoration-border hover:decoration-accent py-0.5 underline decoration-2 underline-offset-4"
        >
          <HighlightedText value={topic.title} query={query} />
        </StateLink>
      </h3>
      <HighlightedText as="p" value={topic.summary} query={query} className="m-0" />
      <CardAgreement topic={topic} query={query} />
      <div className="mt-auto flex flex-col gap-2">
        <ul aria-label={t.themes} className="m-0 flex list-none flex-wrap gap-1.5 p-0">
          {topic.themes.map((id) => {
            const theme = index.themeById.get(id)
            return (
              theme && (
                <li key={id}>
                  <StateLink
                    patch={{ theme: id, topic: null }}
                    className="bg-surface hover:text-accent inline-block min-h-6 rounded-full px-2 py-1 text-xs underline decoration-transparent hover:decoration-current"
                  >
                    <HighlightedText value={theme.name} query={query} />
                  </StateLink>
                </li>
              )
            )
          })}
        </ul>
        <SourceList sources={topic.sources} />
      </div>
    </article>
  )
})
