import type { Source } from '@/data/schema'
import { useMessages } from '@/i18n/LangContext'
import { meetingMessages } from './detail/messages'
import { sourceHost } from './timelineSlots'

/** "Sources: soumu.go.jp (fact F67), worldjpn.net (fact F67)" as links. */
export function SourceLinks({ sources }: { sources: readonly Source[] }) {
  const t = useMessages(meetingMessages)
  return (
    <p className="text-muted mt-1 text-sm">
      {t.sources}:{' '}
      {sources.map((source, i) => (
        <span key={`${source.url}-${i}`}>
          {i > 0 && ', '}
          <a href={source.url} rel="noopener noreferrer" className="text-accent underline underline-offset-2">
            {t.sourceLink(sourceHost(source.url), source.fact)}
          </a>
        </span>
      ))}
    </p>
  )
}
