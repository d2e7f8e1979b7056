import { useLayoutEffect, useRef } from 'react'
import { AgreementList } from '@/components/AgreementList'
import { PressOnlyNote } from '@/components/PressOnlyNote'
import { LocalizedTextView } from '@/components/LocalizedTextView'
import { localText } from '@/data/localize'
import { ActionList } from './ActionList'
import {
  meetingHasPressOnly as hasPressOnly,
  meetingYear,
  neighbours,
  scopeSpan,
  topicsOfMeeting,
} from '@/data/selectors'
import { useDataset } from '@/data/useDataset'
import { formatDateRange } from '@/i18n/format'
import { useLang, useMessages } from '@/i18n/LangContext'
import { DetailSection } from './DetailSection'
import { DocumentList } from './DocumentList'
import { FactList } from './FactList'
import { FormatBadge } from './FormatBadge'
import { JapanParticipation } from './JapanParticipation'
import { MeetingNeighbours } from './MeetingNeighbours'
import { MeetingNotFound } from './MeetingNotFound'
import { MeetingPlace } from './MeetingPlace'
import { MeetingTopics } from './MeetingTopics'
import { meetingMessages } from './detail/messages'
import { timelineMessages } from './messages'
import { SourceList } from '@/components/SourceList'
import { UnconfirmedBadge } from './UnconfirmedBadge'
import { StateLink } from '@/components/StateLink'
import { useIsIdleClient } from '@/components/useIsIdleClient'
import { MeetingHandout } from './print/MeetingHandout'

/** One meeting (URL ?meeting=id): every fact with its sources, documents, topics by pillar, Japan's part. */
export function MeetingDetail({ meetingId }: { meetingId: string }) {
  const { lang } = useLang()
  const t = useMessages(meetingMessages)
  const tl = useMessages(timelineMessages)
  const index = useDataset()
  const heading = useRef<HTMLHeadingElement>(null)
  const isClient = useIsIdleClient()
  const meeting = index.meetingById.get(meetingId)
  useLayoutEffect(() => heading.current?.focus(), [meetingId])
  if (!meeting) return <MeetingNotFound meetingId={meetingId} />
  const topics = topicsOfMeeting(index.topics, meeting.id)
  const { previous, next } = neighbours(index, meeting.id)
  return (
    <>
      <article aria-labelledby="meeting-heading" className="mx-auto flex max-w-4xl flex-col gap-6 print:hidden">
        <p>
          <StateLink
            patch={{ meeting: null, view: 'timeline' }}
            className="text-accent font-semibold underline underline-offset-2"
          >
            <span aria-hidden="true">← </span>
            {t.back}
          </StateLink>
        </p>
        <header className="flex flex-col gap-3">
          <h2 id="meeting-heading" ref={heading} tabIndex={-1} className="text-2xl leading-tight font-bold md:text-3xl">
            <LocalizedTextView value={meeting.name} />
          </h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="text-muted">{t.dates}</dt>
            <dd className="m-0 font-semibold">
              <time dateTime={meeting.startDate}>{formatDateRange(meeting.startDate, meeting.endDate, lang)}</time>
            </dd>
            <dt className="text-muted">{t.placeLabel}</dt>
            <dd className="m-0">
              <MeetingPlace meeting={meeting} />
            </dd>
            <dt className="text-muted">{t.formatLabel}</dt>
            <dd className="m-0">
              <FormatBadge format={meeting.format} />
              {meeting.formatUnconfirmed && <UnconfirmedBadge />}
            </dd>
            <dt className="text-muted">{t.outcomeLabel}</dt>
            <dd className="m-0">
              <span className="font-semibold">{t.outcomeKind(meeting.outcomeKind)}</span>{' '}
              <span className="text-muted">{t.outcomeMeaning(meeting.outcomeKind)}</span>
            </dd>
            <dt className="text-muted">{tl.presidency}</dt>
            <dd className="m-0">
              <LocalizedTextView value={meeting.presidency} />
            </dd>
          </dl>
          <LocalizedTextView as="p" value={meeting.headline} className="text-lg" />
          {hasPressOnly(meeting, index.publisherById) && (
            <p className="text-sm">
              <PressOnlyNote />
            </p>
          )}
          <p>
            <StateLink
              patch={{
                meetings: [meeting.id],
                view: 'topics',
                meeting: null,
                // A meeting after the core years shows its topics in the 2016–2025 scope.
                ...(meetingYear(meeting) > scopeSpan('core')[1] && { scope: 'all' as const }),
              }}
              className="border-accent text-accent hover:bg-surface inline-block rounded-md border px-3 py-2 font-semibold"
            >
              {t.showTopics}
            </StateLink>
          </p>
        </header>
        <DetailSection id="meeting-agreed" title={t.agreed}>
          <AgreementList agreements={meeting.agreements.length > 0 ? meeting.agreements : null} />
        </DetailSection>
        {meeting.actionList && (
          <DetailSection id="meeting-actions" title={localText(meeting.actionList.title, lang)}>
            <ActionList list={meeting.actionList} />
          </DetailSection>
        )}
        <DetailSection id="meeting-outcomes" title={t.outcomes}>
          <FactList facts={meeting.outcomes} />
        </DetailSection>
        <DetailSection id="meeting-topics" title={t.topicsHeading(topics.length)}>
          <MeetingTopics topics={topics} />
        </DetailSection>
        <DetailSection id="meeting-documents" title={t.documents}>
          <DocumentList documents={meeting.documents} />
        </DetailSection>
        {meeting.japan && (
          <DetailSection id="meeting-japan" title={t.japan}>
            <JapanParticipation japan={meeting.japan} />
          </DetailSection>
        )}
        <DetailSection id="meeting-facts" title={t.facts}>
          <FactList facts={meeting.facts} />
          <SourceList sources={meeting.sources} className="mt-1" />
        </DetailSection>
        {previous && (
          <p>
            <StateLink
              patch={{ view: 'compare', a: previous.id, b: meeting.id, meeting: null }}
              className="text-accent font-semibold underline underline-offset-2"
            >
              {t.compareWithPrevious}
            </StateLink>
          </p>
        )}
        <MeetingNeighbours previous={previous} next={next} />
      </article>
      {/* Printed instead of the page (AppShell: a meeting page prints itself); the address and today's date are the visit's. */}
      {isClient && <MeetingHandout meeting={meeting} index={index} permalink={window.location.href.split('#')[0]!} />}
    </>
  )
}
