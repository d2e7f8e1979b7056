import type { CSSProperties } from 'react'
import { useMessages } from '@/i18n/LangContext'
import type { MeetingLine } from './buildSlides'
import { contentMessages } from './messages'

/** Past this many meetings the labels alternate above and below the line, so each gets two slots' width. */
const ONE_SIDE_MAX = 6

/**
 * The meetings in scope on a horizontal line, in date order and evenly spaced: a dot per meeting,
 * its year large, then the dates, the place, the format (when the place does not already say it) and
 * how many of its topics are in scope. HTML sized in em, so it scales with the slide; an ordered list,
 * so it is read in order.
 */
export function TimelineLine({
  meetings,
  isVertical = false,
}: {
  meetings: readonly MeetingLine[]
  isVertical?: boolean
}) {
  const t = useMessages(contentMessages)
  // On a phone: the same line, drawn down the page.
  if (isVertical)
    return (
      <ol className="border-accent m-0 ml-[0.5em] list-none border-l-[0.2em] p-0" data-timeline="">
        {meetings.map((m) => (
          <li key={m.meetingId} className="relative mb-[0.8em] pl-[1.2em]">
            <span
              aria-hidden="true"
              className="bg-bg border-accent absolute top-[0.35em] left-[-0.65em] size-[1.1em] rounded-full border-[0.25em]"
            />
            <span className="text-accent mr-[0.4em] text-[1.3em] font-bold tabular-nums">{m.year}</span>
            <span className="text-muted">{m.date}</span>
            <span className="block font-semibold">{m.place}</span>
            <span className="block">
              {m.format !== '' && <>{m.format} · </>}
              <span className="text-muted">{t.meetingTopics(String(m.topicCount))}</span>
            </span>
          </li>
        ))}
      </ol>
    )
  const n = meetings.length
  const isAlternating = n > ONE_SIDE_MAX
  const slot = 100 / Math.max(1, n)
  // Labels on both sides: the line in the middle; below only: the line near the top.
  const line = isAlternating ? '45%' : '1.5em'
  const tick = '1.3em'
  return (
    <div className={`relative ${isAlternating ? 'h-[22em]' : 'h-[14em]'}`} data-timeline="">
      <span
        aria-hidden="true"
        className="bg-accent absolute inset-x-0 h-[0.2em] -translate-y-1/2 rounded-full"
        style={{ top: line }}
      />
      <ol className="m-0 list-none p-0">
        {meetings.map((m, i) => {
          const isAbove = isAlternating && i % 2 === 1
          const width = isAlternating ? 2 * slot : slot
          const centre = (i + 0.5) * slot
          // The first and last labels keep to the slide's edges; the others centre on their dot.
          const left = Math.min(Math.max(0, centre - width / 2), 100 - width)
          const align =
            left === centre - width / 2
              ? 'items-center text-center'
              : left === 0
                ? 'items-start text-left'
                : 'items-end text-right'
          const side: CSSProperties = isAbove
            ? { bottom: `calc(100% - ${line} + ${tick})` }
            : { top: `calc(${line} + ${tick})` }
          return (
            <li key={m.meetingId}>
              <span
                aria-hidden="true"
                className="bg-bg border-accent absolute size-[1.1em] -translate-1/2 rounded-full border-[0.25em]"
                style={{ left: `${centre}%`, top: line }}
              />
              <span
                aria-hidden="true"
                className="bg-accent absolute w-[0.1em] -translate-x-1/2"
                style={{
                  left: `${centre}%`,
                  height: tick,
                  ...(isAbove ? { bottom: `calc(100% - ${line})` } : { top: line }),
                }}
              />
              <div
                className={`absolute flex flex-col px-[0.3em] leading-snug ${align}`}
                style={{ left: `${left}%`, width: `${width}%`, ...side }}
              >
                <span className="text-accent text-[1.5em] leading-none font-bold tabular-nums">{m.year}</span>
                {/* With labels on both sides, room is short: the dates only where a year has two meetings. */}
                {(!isAlternating || meetings.some((o) => o !== m && o.year === m.year)) && (
                  <span className="text-muted">{m.date}</span>
                )}
                <span className="font-semibold">{m.place}</span>
                {m.format !== '' && <span>{m.format}</span>}
                <span className="text-muted">{t.meetingTopics(String(m.topicCount))}</span>
              </div>
            </li>
          )
        })}
      </ol>
    </div>
  )
}
