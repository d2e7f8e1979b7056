import type { KeyboardEventHandler, Ref } from 'react'
import { LocalizedTextView } from '@/components/LocalizedTextView'
import { formatDateRange } from '@/i18n/format'
import { useLang, useMessages } from '@/i18n/LangContext'
import { FormatBadge } from './FormatBadge'
import { MeetingPlace } from './MeetingPlace'
import { timelineMessages } from './messages'
import { PillarCounts } from './PillarCounts'
import { StateLink } from '@/components/StateLink'
import type { TimelineMeetingSlot } from './timelineSlots'

interface Props {
  slot: TimelineMeetingSlot
  isActive: boolean
  linkRef: Ref<HTMLAnchorElement>
  describedBy: string
  headingLevel: 'h3' | 'h4'
  onKeyDown: KeyboardEventHandler<HTMLAnchorElement>
  onFocus: () => void
}

/** One meeting on the timeline; its name is the link (and the roving tab stop), the whole card is clickable. */
export function MeetingCard({
  slot,
  isActive,
  linkRef,
  describedBy,
  headingLevel: Heading,
  onKeyDown,
  onFocus,
}: Props) {
  const { lang } = useLang()
  const t = useMessages(timelineMessages)
  const { meeting } = slot
  return (
    <article className="border-border bg-bg hover:border-accent has-[a:focus-visible]:border-accent relative flex h-full flex-col gap-2 rounded-lg border p-3 shadow-sm">
      <p className="text-muted text-sm font-semibold">
        <time dateTime={meeting.startDate}>{formatDateRange(meeting.startDate, meeting.endDate, lang)}</time>
      </p>
      <Heading className="text-lg leading-snug font-bold">
        <StateLink
          ref={linkRef}
          patch={{ meeting: meeting.id }}
          tabIndex={isActive ? 0 : -1}
          aria-describedby={describedBy}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          className="text-accent underline decoration-2 underline-offset-4 after:absolute after:inset-0 after:content-['']"
        >
          <LocalizedTextView value={meeting.shortName} />
        </StateLink>
      </Heading>
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <FormatBadge format={meeting.format} />
        {meeting.formatUnconfirmed && <span className="text-danger text-xs font-bold">? {t.formatUnconfirmed}</span>}
        {meeting.city && <MeetingPlace meeting={meeting} />}
      </p>
      <p className="text-sm">
        <span className="text-muted">{t.presidency}:</span> <LocalizedTextView value={meeting.presidency} />
      </p>
      <LocalizedTextView as="p" value={meeting.headline} className="text-sm" />
      <div className="border-border mt-auto border-t pt-2">
        <PillarCounts counts={slot.counts} total={slot.total} />
      </div>
    </article>
  )
}
