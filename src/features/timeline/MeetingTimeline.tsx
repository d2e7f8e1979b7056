import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { useMessages } from '@/i18n/LangContext'
import { ContextMarker } from './ContextMarker'
import { MeetingCard } from './MeetingCard'
import { timelineMessages } from './messages'
import { rovingTarget, type TimelineSlots } from './timelineSlots'

// Narrow columns must wrap even a long Japanese phrase (index.css keeps phrases whole), hence the important overflow-wrap.
// Wide: each column spans the list's two rows (meeting cards, then context) so the cards line up.
const ITEM = 'flex min-w-0 flex-col gap-3 lg:row-span-2 lg:grid lg:grid-rows-subgrid'

interface Props {
  slots: TimelineSlots
  /** Context markers show their title only. */
  isCompact: boolean
  /** Id of a visible heading naming the list; otherwise it gets its own label. */
  labelledBy?: string
  headingLevel: 'h3' | 'h4'
}

/**
 * The meetings in date order: horizontal on wide screens, vertical on narrow.
 * One tab stop (roving tabindex): arrow keys, Home and End move between
 * meetings, Enter opens the focused one.
 */
export function MeetingTimeline({ slots, isCompact, labelledBy, headingLevel }: Props) {
  const t = useMessages(timelineMessages)
  const [active, setActive] = useState(0)
  const links = useRef<(HTMLAnchorElement | null)[]>([])
  const hintId = useId()
  const count = slots.meetings.length

  function handleKeyDown(event: KeyboardEvent<HTMLAnchorElement>, current: number) {
    const target = rovingTarget(event.key, current, count)
    if (target === null) return
    event.preventDefault()
    setActive(target)
    links.current[target]?.focus()
  }

  return (
    <div className="flex flex-col gap-3">
      <p id={hintId} className="text-muted text-sm">
        {t.keyboardHint}
      </p>
      <ol
        aria-labelledby={labelledBy}
        aria-label={labelledBy ? undefined : t.listLabel}
        className="border-border m-0 flex list-none flex-col gap-3 border-l-4 py-1 pl-3 **:[overflow-wrap:anywhere]! lg:grid lg:auto-cols-[minmax(10rem,1fr)] lg:grid-flow-col lg:grid-rows-[auto_auto] lg:overflow-x-auto lg:border-t-4 lg:border-l-0 lg:pt-3 lg:pb-2 lg:pl-0"
      >
        {slots.before.length > 0 && (
          <li className={ITEM}>
            {[slots.before.slice(0, 1), slots.before.slice(1)].map((group, i) => (
              <div key={i} className="flex flex-col gap-3">
                {group.map((item) => (
                  <ContextMarker key={item.id} item={item} isCompact={isCompact} />
                ))}
              </div>
            ))}
          </li>
        )}
        {slots.meetings.map((slot, i) => (
          <li key={slot.meeting.id} className={ITEM}>
            <MeetingCard
              slot={slot}
              isActive={i === active}
              linkRef={(el) => {
                links.current[i] = el
              }}
              describedBy={hintId}
              headingLevel={headingLevel}
              onKeyDown={(event) => handleKeyDown(event, i)}
              onFocus={() => setActive(i)}
            />
            <div className="flex flex-col gap-3">
              {slot.context.map((item) => (
                <ContextMarker key={item.id} item={item} isCompact={isCompact} />
              ))}
            </div>
          </li>
        ))}
      </ol>
    </div>
  )
}
