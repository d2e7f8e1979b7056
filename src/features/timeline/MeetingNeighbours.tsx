import { LocalizedTextView } from '@/components/LocalizedTextView'
import type { Meeting } from '@/data/schema'
import { useMessages } from '@/i18n/LangContext'
import { meetingMessages } from './detail/messages'
import { StateLink } from '@/components/StateLink'

/** Previous / next meeting in date order. */
export function MeetingNeighbours({ previous, next }: { previous: Meeting | null; next: Meeting | null }) {
  const t = useMessages(meetingMessages)
  const link = 'flex flex-col rounded-md border border-border p-3 no-underline hover:border-accent'
  return (
    <nav aria-label={t.meetingNav} className="border-border grid gap-3 border-t pt-4 sm:grid-cols-2">
      {previous ? (
        <StateLink patch={{ meeting: previous.id }} rel="prev" className={link}>
          <span className="text-muted text-sm">
            <span aria-hidden="true">← </span>
            {t.previous}
          </span>
          <LocalizedTextView
            value={previous.shortName}
            className="text-accent font-semibold underline underline-offset-2"
          />
        </StateLink>
      ) : (
        <span />
      )}
      {next && (
        <StateLink patch={{ meeting: next.id }} rel="next" className={`${link} sm:text-right`}>
          <span className="text-muted text-sm">
            {t.next}
            <span aria-hidden="true"> →</span>
          </span>
          <LocalizedTextView
            value={next.shortName}
            className="text-accent font-semibold underline underline-offset-2"
          />
        </StateLink>
      )}
    </nav>
  )
}
