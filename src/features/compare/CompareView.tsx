import { useId, useLayoutEffect, useRef } from 'react'
import { AgreementList } from '@/components/AgreementList'
import { LocalizedTextView } from '@/components/LocalizedTextView'
import { SourceList } from '@/components/SourceList'
import { StateLink } from '@/components/StateLink'
import { localText } from '@/data/localize'
import type { Meeting, Topic } from '@/data/schema'
import { topicsOfMeeting } from '@/data/selectors'
import { useDataset } from '@/data/useDataset'
import { useScopedDataset } from '@/url/useScopedDataset'
import { formatDateRange } from '@/i18n/format'
import { useLang, useMessages } from '@/i18n/LangContext'
import { formatLabel } from '@/i18n/vocabularyLabels'
import { useViewState } from '@/url/useViewState'
import { CHANGE_ORDER, chooseMeetings, compareMeetings, type ThemeChange } from './compareMeetings'
import { compareMessages } from './messages'

/**
 * Two meetings side by side (URL ?view=compare&a=…&b=…, default the last two): how each theme changed
 * from the earlier to the later, one sentence per change, and what each meeting agreed on it with
 * its sources. Stacked on a phone; prints as shown.
 */
export function CompareView() {
  // The whole record decides what is new or returned; the scope decides the default pair and the choices.
  const index = useDataset()
  const scoped = useScopedDataset()
  const { lang } = useLang()
  const t = useMessages(compareMessages)
  const [state, setState] = useViewState()
  const heading = useRef<HTMLHeadingElement>(null)
  useLayoutEffect(() => heading.current?.focus(), [])

  const chosen = chooseMeetings({ meetings: scoped.meetings, meetingById: index.meetingById }, state.a, state.b)
  if (!chosen) {
    return (
      <section aria-labelledby="compare-heading">
        <h2 id="compare-heading" className="text-2xl font-bold">
          {t.heading}
        </h2>
        <p>{t.tooFew}</p>
      </section>
    )
  }
  const { a, b, unknown, same } = chosen
  const { earlier, later, changes } = compareMeetings(index, a, b)
  // A meeting named in the link stays choosable even outside the scope.
  const inScope = new Set(scoped.meetings.map((m) => m.id))
  const choices = index.meetings.filter((m) => inScope.has(m.id) || m.id === a.id || m.id === b.id)
  const name = (m: Meeting) => localText(m.shortName, lang)
  const count = (kind: ThemeChange['kind']) => changes.filter((c) => c.kind === kind).length

  return (
    <article aria-labelledby="compare-heading" className="flex flex-col gap-6">
      <header className="flex flex-col gap-3">
        <h2 id="compare-heading" ref={heading} tabIndex={-1} className="m-0 text-2xl font-bold outline-none">
          {t.heading}
        </h2>
        <p className="text-muted m-0 max-w-3xl">{t.intro}</p>
        {unknown.length > 0 && (
          <p role="status" className="border-danger m-0 rounded border-l-4 pl-3">
            {t.unknown(unknown.map((id) => `“${id}”`).join(', '))}
          </p>
        )}
        {same && (
          <p role="status" className="border-danger m-0 rounded border-l-4 pl-3">
            {t.same}
          </p>
        )}
        <div className="flex flex-wrap items-end gap-3 print:hidden">
          <MeetingPicker
            label={t.first}
            value={a.id}
            choices={choices}
            onChange={(id) => void setState({ a: id, b: b.id })}
          />
          <MeetingPicker
            label={t.second}
            value={b.id}
            choices={choices}
            onChange={(id) => void setState({ a: a.id, b: id })}
          />
          <button
            type="button"
            onClick={() => void setState({ a: b.id, b: a.id })}
            className="border-border hover:border-accent rounded-md border px-3 py-2 font-semibold"
          >
            {t.swap}
          </button>
          <button
            type="button"
            onClick={() => window.print()}
            className="border-border hover:border-accent rounded-md border px-3 py-2 font-semibold"
          >
            {t.print}
          </button>
        </div>
      </header>

      <div className="grid gap-4 md:grid-cols-2">
        {[a, b].map((m) => (
          <MeetingSummary key={m.id} meeting={m} topics={topicsOfMeeting(index.topics, m.id)} />
        ))}
      </div>

      <p className="m-0 text-lg font-semibold">
        {t.summary(name(later), name(earlier), count('added'), count('returned'), count('dropped'), count('continued'))}
      </p>

      {CHANGE_ORDER.map((kind) => {
        const ofKind = changes.filter((c) => c.kind === kind)
        if (ofKind.length === 0) return null
        return (
          <section key={kind} aria-labelledby={`compare-${kind}`} className="flex flex-col gap-3">
            <h3 id={`compare-${kind}`} className="m-0 text-xl font-bold">
              {t.kindHeading(kind, ofKind.length)}
            </h3>
            <ul className="m-0 flex list-none flex-col gap-4 p-0">
              {ofKind.map((change) => (
                <ChangeItem key={change.theme.id} change={change} earlier={earlier} later={later} />
              ))}
            </ul>
          </section>
        )
      })}
    </article>
  )
}

interface PickerProps {
  label: string
  value: string
  choices: readonly Meeting[]
  onChange: (meetingId: string) => void
}

/** A labelled choice of one meeting. */
function MeetingPicker({ label, value, choices, onChange }: PickerProps) {
  const { lang } = useLang()
  const id = useId()
  return (
    <label htmlFor={id} className="flex flex-col gap-1 font-semibold">
      {label}
      <select
        id={id}
        className="border-border bg-bg rounded-md border px-3 py-2 text-base"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {choices.map((m) => (
          <option key={m.id} value={m.id}>
            {localText(m.shortName, lang)}
          </option>
        ))}
      </select>
    </label>
  )
}

function MeetingSummary({ meeting, topics }: { meeting: Meeting; topics: readonly Topic[] }) {
  const { lang } = useLang()
  const t = useMessages(compareMessages)
  return (
    <section aria-label={localText(meeting.shortName, lang)} className="border-border rounded-lg border p-4">
      <LocalizedTextView as="h3" value={meeting.shortName} className="m-0 text-lg font-bold" />
      <LocalizedTextView as="p" value={meeting.name} className="m-0" />
      <p className="text-muted m-0 text-sm">
        {formatDateRange(meeting.startDate, meeting.endDate, lang)} · {formatLabel(meeting.format, lang)} ·{' '}
        {t.topicsCount(topics.length)}
      </p>
      <LocalizedTextView as="p" value={meeting.headline} className="mt-2 mb-0" />
      <p className="mt-2 mb-0 print:hidden">
        <StateLink patch={{ meeting: meeting.id }} className="text-accent font-semibold underline underline-offset-2">
          {t.openMeeting}
        </StateLink>
      </p>
    </section>
  )
}

function ChangeItem({ change, earlier, later }: { change: ThemeChange; earlier: Meeting; later: Meeting }) {
  const { lang } = useLang()
  const t = useMessages(compareMessages)
  const theme = localText(change.theme.name, lang)
  const e = localText(earlier.shortName, lang)
  const l = localText(later.shortName, lang)
  const sentence =
    change.kind === 'added'
      ? t.added(theme, l)
      : change.kind === 'returned'
        ? t.returned(theme, e, l, change.lastSeen ? localText(change.lastSeen.shortName, lang) : '')
        : change.kind === 'dropped'
          ? t.dropped(theme, e, l)
          : t.continued(theme, e, l)
  return (
    <li className="border-border border-l-4 pl-3">
      <p className="m-0 font-semibold">{sentence}</p>
      <div className="mt-2 grid gap-4 md:grid-cols-2">
        <TopicsAt meeting={earlier} topics={change.earlierTopics} />
        <TopicsAt meeting={later} topics={change.laterTopics} />
      </div>
    </li>
  )
}

/** The theme's topics at one meeting, each with what was agreed and its sources. */
function TopicsAt({ meeting, topics }: { meeting: Meeting; topics: readonly Topic[] }) {
  const { lang } = useLang()
  const t = useMessages(compareMessages)
  return (
    <div className="break-inside-avoid">
      <LocalizedTextView as="h4" value={meeting.shortName} className="text-muted m-0 text-sm font-semibold" />
      {topics.length === 0 ? (
        <p className="text-muted m-0 text-sm">{t.noTopicHere(localText(meeting.shortName, lang))}</p>
      ) : (
        <ul className="m-0 flex list-none flex-col gap-3 p-0">
          {topics.map((topic) => (
            <li key={topic.id} className="flex flex-col gap-1">
              <StateLink
                patch={{ topic: topic.id, view: 'topics', meeting: null }}
                className="text-accent font-semibold underline underline-offset-2"
              >
                <LocalizedTextView value={topic.title} />
              </StateLink>
              <AgreementList agreements={topic.agreement} note={topic.agreementNote} />
              {/* Each agreement carries its own sources; without one, the topic's say where it was on the agenda. */}
              {topic.agreement === null && <SourceList sources={topic.sources} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
