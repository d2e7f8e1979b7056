import { LocalizedTextView } from '@/components/LocalizedTextView'
import { StateLink } from '@/components/StateLink'
import { formatDateRange } from '@/i18n/format'
import { useLang, useMessages } from '@/i18n/LangContext'
import { meetingMessages } from './detail/messages'
import { MeetingPlace } from './MeetingPlace'
import { PillarCounts } from './PillarCounts'
import { timelineViewMessages } from './viewMessages'
import type { TimelineMeetingSlot } from './timelineSlots'

/**
 * "Since 2021: the Digital Economy Working Group": the meetings after the core years, in a band of
 * their own after the timeline, whatever the scope, so the track is not read as ending in 2021.
 * Each card says what kind of outcome the meeting had and links to its meeting page.
 */
export function SinceBand({ slots }: { slots: readonly TimelineMeetingSlot[] }) {
  const { lang } = useLang()
  const t = useMessages(timelineViewMessages)
  const tm = useMessages(meetingMessages)
  if (slots.length === 0) return null
  return (
    <section
      aria-labelledby="since-heading"
      className="border-accent bg-surface flex flex-col gap-3 rounded-xl border-2 border-dashed p-4"
    >
      <h3 id="since-heading" className="text-xl font-bold">
        {t.sinceHeading}
      </h3>
      <p className="max-w-3xl">{t.sinceIntro(slots.length)}</p>
      <ol aria-label={t.sinceListLabel} className="m-0 grid list-none gap-3 p-0 sm:grid-cols-2 lg:grid-cols-4">
        {slots.map(({ meeting, counts, total }) => (
          <li key={meeting.id}>
            <article className="border-border bg-bg hover:border-accent has-[a:focus-visible]:border-accent relative flex h-full flex-col gap-2 rounded-lg border p-3">
              <p className="text-muted text-sm font-semibold">
                <time dateTime={meeting.startDate}>{formatDateRange(meeting.startDate, meeting.endDate, lang)}</time>
              </p>
              <h4 className="text-lg leading-snug font-bold">
                <StateLink
                  patch={{ meeting: meeting.id }}
                  className="text-accent underline decoration-2 underline-offset-4 after:absolute after:inset-0 after:content-['']"
                >
                  <LocalizedTextView value={meeting.shortName} />
                </StateLink>
              </h4>
              <p className="text-sm">
                <MeetingPlace meeting={meeting} />
              </p>
              <p className="text-sm">
                <span className="font-semibold">{tm.outcomeKind(meeting.outcomeKind)}</span>{' '}
                <span className="text-muted">{tm.outcomeMeaning(meeting.outcomeKind)}</span>
              </p>
              <div className="border-border mt-auto border-t pt-2">
                <PillarCounts counts={counts} total={total} />
              </div>
            </article>
          </li>
        ))}
      </ol>
    </section>
  )
}
