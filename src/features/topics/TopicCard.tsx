import { LocalizedTextView } from '@/components/LocalizedTextView'
import type { Meeting, Topic } from '@/data/schema'
import { useMessages } from '@/i18n/LangContext'
import { topicMessages } from './messages'

export function TopicCard({ topic, meeting }: { topic: Topic; meeting: Meeting | undefined }) {
  const t = useMessages(topicMessages)
  const isGovernment = topic.pillar === 'digital-government'
  return (
    <article aria-labelledby={`topic-${topic.id}`} className="flex flex-col gap-2 rounded-lg border border-border bg-bg p-4 shadow-sm">
      <p className="text-sm text-muted">
        {meeting && <LocalizedTextView value={meeting.shortName} />} ·{' '}
        <span className={isGovernment ? 'font-semibold text-gov' : 'font-semibold text-econ'}>
          {isGovernment ? t.pillarGovernment : t.pillarEconomy}
        </span>
      </p>
      <LocalizedTextView as="h3" value={topic.title} className="text-lg font-semibold leading-snug" />
      <LocalizedTextView as="p" value={topic.summary} />
    </article>
  )
}
