import { StateLink } from '@/components/StateLink'
import { useLayoutEffect, useRef, type MouseEvent } from 'react'
import { AgreementList } from '@/components/AgreementList'
import { PressOnlyNote } from '@/components/PressOnlyNote'
import { LocalizedTextView } from '@/components/LocalizedTextView'
import { sourceMessages } from '@/components/sourceMessages'
import { useDataset } from '@/data/useDataset'
import { formatDateRange } from '@/i18n/format'
import { useLang, useMessages } from '@/i18n/LangContext'
import { PillarBadge } from './PillarBadge'
import { relatedByTheme } from './relatedByTheme'
import { SourceList } from '@/components/SourceList'
import { topicDetailMessages } from './detailMessages'
import { topicMessages } from './messages'
import { formatLabel } from '@/i18n/vocabularyLabels'

interface Props {
  topicId: string
  hrefFor: (topicId: string) => string
  onOpen: (topicId: string) => void
  onClose: () => void
}

/**
 * Everything about one topic in a modal dialog: why it sits in its pillar, its
 * meeting, its sources and the same themes at other meetings. Escape or Close
 * closes it (the URL loses ?topic=); the view returns focus to the card.
 */
export function TopicDetail({ topicId, hrefFor, onOpen, onClose }: Props) {
  const index = useDataset()
  const { lang } = useLang()
  const t = useMessages(topicMessages)
  const d = useMessages(topicDetailMessages)
  const ts = useMessages(sourceMessages)
  const dialog = useRef<HTMLDialogElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const topic = index.topicById.get(topicId)

  useLayoutEffect(() => {
    const element = dialog.current
    if (!element) return
    if (!element.open) {
      if (typeof element.showModal === 'function') element.showModal()
      else element.setAttribute('open', '') // jsdom has no showModal
    }
  }, [])

  useLayoutEffect(() => {
    heading.current?.focus()
    dialog.current?.scrollTo?.({ top: 0 })
  }, [topicId])

  if (!topic) return null
  const meeting = index.meetingById.get(topic.meetingId)
  const groups = relatedByTheme(index, topic)

  function close() {
    const element = dialog.current
    if (element && typeof element.close === 'function') element.close()
    else onClose()
  }

  function handleRelatedClick(event: MouseEvent, id: string) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    onOpen(id)
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby="topic-detail-title"
      onClose={onClose}
      className="border-border bg-bg text-fg backdrop:bg-fg/60 m-auto max-h-[calc(100dvh-2rem)] w-[calc(100%-1.5rem)] max-w-3xl overflow-y-auto rounded-xl border p-0 shadow-2xl"
    >
      <div className="flex flex-col gap-5 p-5 sm:p-7">
        <div className="flex items-start justify-between gap-4">
          <div className="flex flex-col gap-2">
            <div className="flex flex-wrap items-center gap-2">
              <PillarBadge pillar={topic.pillar} />
              {meeting && <LocalizedTextView value={meeting.shortName} className="text-muted text-sm font-medium" />}
            </div>
            <h2
              id="topic-detail-title"
              ref={heading}
              tabIndex={-1}
              className="m-0 text-2xl leading-tight font-bold outline-none"
            >
              <LocalizedTextView value={topic.title} />
            </h2>
          </div>
          <button
            type="button"
            onClick={close}
            className="border-border hover:border-accent min-h-11 min-w-11 shrink-0 rounded-md border px-3 py-1.5 text-sm font-semibold"
          >
            {/* At the 320 px reflow width the label would squeeze the title and badge: the ✕ stays, the name too. */}
            <span aria-hidden="true">✕</span>
            <span className="max-[22rem]:sr-only"> {d.close}</span>
          </button>
        </div>

        <LocalizedTextView as="p" value={topic.summary} className="m-0 text-lg" />

        <section aria-labelledby="topic-detail-agreed">
          <h3 id="topic-detail-agreed" className="m-0 mb-2 text-base font-bold">
            {ts.agreed}
          </h3>
          <AgreementList agreements={topic.agreement} note={topic.agreementNote} explainPressOnly />
        </section>

        <section aria-labelledby="topic-detail-why" className="bg-surface rounded-lg p-4">
          <h3 id="topic-detail-why" className="m-0 text-base font-bold">
            {d.whyPillar}
          </h3>
          <p className="mt-1 mb-0 font-semibold">
            {topic.pillarBasis.kind === 'declaration' ? d.basisDeclaration : d.basisEditorial}
          </p>
          <LocalizedTextView as="p" value={topic.pillarBasis.reason} className="mt-1 mb-0" />
        </section>

        <div className="grid gap-5 sm:grid-cols-2">
          {meeting && (
            <section aria-labelledby="topic-detail-meeting">
              <h3 id="topic-detail-meeting" className="m-0 text-base font-bold">
                {d.meeting}
              </h3>
              <p className="mt-1 mb-0">
                <StateLink
                  patch={{ meeting: meeting.id, topic: null }}
                  className="text-accent underline underline-offset-2"
                >
                  <LocalizedTextView value={meeting.name} />
                </StateLink>
              </p>
              <p className="text-muted m-0">
                {formatDateRange(meeting.startDate, meeting.endDate, lang)} · {formatLabel(meeting.format, lang)}
                {meeting.city && (
                  <>
                    {' · '}
                    <LocalizedTextView value={meeting.city} />
                  </>
                )}
              </p>
            </section>
          )}
          <section aria-labelledby="topic-detail-themes">
            <h3 id="topic-detail-themes" className="m-0 text-base font-bold">
              {t.themes}
            </h3>
            <ul className="mt-1 mb-0 flex list-none flex-wrap gap-1.5 p-0">
              {topic.themes.map((id) => {
                const theme = index.themeById.get(id)
                return (
                  theme && (
                    <li key={id}>
                      <StateLink
                        patch={{ theme: id, topic: null }}
                        className="bg-surface text-accent inline-block rounded-full px-2 py-0.5 text-sm underline underline-offset-2"
                      >
                        <LocalizedTextView value={theme.name} />
                      </StateLink>
                    </li>
                  )
                )
              })}
            </ul>
          </section>
        </div>

        <SourceList sources={topic.sources} pressOnlyNote={<PressOnlyNote />} />

        <section aria-labelledby="topic-detail-related">
          <h3 id="topic-detail-related" className="m-0 text-base font-bold">
            {d.related}
          </h3>
          {groups.length === 0 ? (
            <p className="text-muted mt-1 mb-0">{d.relatedNone}</p>
          ) : (
            groups.map(({ theme, topics }) => (
              <div key={theme.id} className="mt-3">
                <LocalizedTextView as="h4" value={theme.name} className="text-muted m-0 text-sm font-semibold" />
                <ul className="mt-1 mb-0 flex list-none flex-col gap-1 p-0">
                  {topics.map((related) => {
                    const relatedMeeting = index.meetingById.get(related.meetingId)
                    return (
                      <li key={related.id}>
                        {relatedMeeting && (
                          <LocalizedTextView value={relatedMeeting.shortName} className="text-muted text-sm" />
                        )}
                        {' — '}
                        <a
                          href={hrefFor(related.id)}
                          onClick={(event) => handleRelatedClick(event, related.id)}
                          className="text-accent underline underline-offset-2 hover:no-underline"
                        >
                          <LocalizedTextView value={related.title} />
                        </a>
                      </li>
                    )
                  })}
                </ul>
              </div>
            ))
          )}
        </section>
      </div>
    </dialog>
  )
}
