import { Fragment } from 'react'
import { LocalizedTextView } from '@/components/LocalizedTextView'
import { editionLine } from '@/components/editionLine'
import { printMessages } from '@/components/printMessages'
import { labelledSources } from '@/components/sourceLines'
import { sourceMessages } from '@/components/sourceMessages'
import { localText } from '@/data/localize'
import type { DatasetIndex } from '@/data/selectors'
import { isPressOnly, topicsOfMeeting } from '@/data/selectors'
import type { Fact, Meeting } from '@/data/schema'
import { PILLARS } from '@/data/vocabulary'
import { formatDateRange } from '@/i18n/format'
import { useLang, useMessages } from '@/i18n/LangContext'
import { formatLabel, pillarLabel } from '@/i18n/vocabularyLabels'
import { verbLabel } from '@/i18n/verbMessages'
import { todayIso } from '@/lib/download'
import { meetingMessages } from '../detail/messages'
import { timelineMessages } from '../messages'
import { UnconfirmedBadge } from '../UnconfirmedBadge'
import { MeetingPlace } from '../MeetingPlace'
import { meetingHandoutMessages } from './handoutMessages'
import { actionEntries, numberMeetingSources, type NumberedSources } from './meetingHandoutSources'
import '@/components/print.css'
import './meetingHandout.css'

interface Props {
  meeting: Meeting
  index: DatasetIndex
  /** The page's own address, printed as the permalink. */
  permalink: string
}

/**
 * What the meeting page prints: that meeting only, on two A4 pages. What was agreed, the announced
 * actions, each topic with what was agreed on it, the documents, the outcomes, Japan's participation
 * and remarks, the facts, and every source once, numbered, at the end. Hidden on screen.
 */
export function MeetingHandout({ meeting, index, permalink }: Props) {
  const { lang } = useLang()
  const t = useMessages(meetingHandoutMessages)
  const tm = useMessages(meetingMessages)
  const tl = useMessages(timelineMessages)
  const tp = useMessages(printMessages)
  const ts = useMessages(sourceMessages)
  const topics = topicsOfMeeting(index.topics, meeting.id)
  const { sources, refs } = numberMeetingSources(meeting, topics)
  const cell = 'border border-border px-1 py-px align-top'
  const pressOnly = (list: Meeting['sources']) =>
    isPressOnly(list, index.publisherById) ? <span className="font-semibold"> · {ts.pressOnly}</span> : null
  const name = localText(meeting.name, lang)
  const unidentified = meeting.actionList ? meeting.actionList.announced - meeting.actionList.items.length : 0

  return (
    <article aria-label={t.label} className="meeting-handout hidden print:block">
      <header className="border-fg mb-2 border-b-2 pb-1">
        <h1 className="text-[15pt] leading-tight font-bold">{t.title(name)}</h1>
        <p>
          <time dateTime={meeting.startDate}>{formatDateRange(meeting.startDate, meeting.endDate, lang)}</time> ·{' '}
          <MeetingPlace meeting={meeting} /> · {formatLabel(meeting.format, lang)} ·{' '}
          {tm.outcomeKind(meeting.outcomeKind)} · {tl.presidency}: {localText(meeting.presidency, lang)}
        </p>
        <LocalizedTextView as="p" value={meeting.headline} className="font-semibold" />
        <p className="text-muted">
          {editionLine(index.meta, lang, todayIso())} · {tp.permalink}: <span className="break-all">{permalink}</span>
        </p>
      </header>

      <section>
        <h2>{tm.agreed}</h2>
        {meeting.agreements.length === 0 ? (
          <p>{ts.noAgreement}</p>
        ) : (
          <ul>
            {meeting.agreements.map((agreement, i) => (
              <li key={i}>
                <span className="font-semibold">{verbLabel(agreement.verb, lang)}:</span>{' '}
                <LocalizedTextView value={agreement.text} /> {refs(agreement.sources)}
                {pressOnly(agreement.sources)}
              </li>
            ))}
          </ul>
        )}
      </section>

      {meeting.actionList && (
        <section>
          <h2>{localText(meeting.actionList.title, lang)}</h2>
          <ol>
            {actionEntries(meeting.actionList.items).map((entry) =>
              entry.kind === 'committed' ? (
                <li key={entry.item.number}>
                  <span className="font-semibold">
                    {tm.actionNumber(entry.item.number)} <LocalizedTextView value={entry.item.name} />
                  </span>{' '}
                  ({tm.actionNameBy} <LocalizedTextView value={entry.item.nameSource} />){' '}
                  {entry.item.commitment && <LocalizedTextView value={entry.item.commitment} />}{' '}
                  {refs(entry.item.sources)}
                </li>
              ) : (
                <li key={entry.items[0]!.number}>
                  {t.actionsNamedBy(localText(entry.items[0]!.nameSource, lang))}{' '}
                  {entry.items.map((item, i) => (
                    <span key={item.number}>
                      {i > 0 && (lang === 'ja' ? '、' : '; ')}
                      <span className="font-semibold">
                        {tm.actionNumber(item.number)} <LocalizedTextView value={item.name} />
                      </span>
                    </span>
                  ))}{' '}
                  {refs(entry.items.flatMap((item) => item.sources))}
                </li>
              ),
            )}
          </ol>
          {unidentified > 0 && <p>{tm.actionsUnidentified(unidentified)}</p>}
        </section>
      )}

      <section>
        <h2>{t.topicsTitle(topics.length)}</h2>
        <table className="w-full table-fixed border-collapse">
          <colgroup>
            <col className="w-[28%]" />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col" className={`${cell} text-left`}>
                {t.topic}
              </th>
              <th scope="col" className={`${cell} text-left`}>
                {ts.agreed}
              </th>
            </tr>
          </thead>
          <tbody>
            {PILLARS.map((pillar) => {
              const inPillar = topics.filter((topic) => topic.pillar === pillar)
              if (inPillar.length === 0) return null
              return (
                <Fragment key={pillar}>
                  <tr>
                    <th scope="colgroup" colSpan={2} className={`${cell} bg-surface text-left`}>
                      {pillarLabel(pillar, lang)} ({inPillar.length})
                    </th>
                  </tr>
                  {inPillar.map((topic) => (
                    <tr key={topic.id}>
                      <td className={`${cell} font-semibold`}>{localText(topic.title, lang)}</td>
                      <td className={cell}>
                        {topic.agreement === null ? (
                          <>
                            {ts.noAgreement} {refs(topic.sources)}
                          </>
                        ) : (
                          topic.agreement.map((a, i) => (
                            <span key={i} className="block">
                              <span className="font-semibold">{verbLabel(a.verb, lang)}:</span>{' '}
                              <LocalizedTextView value={a.text} /> {refs(a.sources)}
                              {pressOnly(a.sources)}
                            </span>
                          ))
                        )}
                      </td>
                    </tr>
                  ))}
                </Fragment>
              )
            })}
          </tbody>
        </table>
      </section>

      <section>
        <h2>{tm.documents}</h2>
        <ul>
          {meeting.documents.map((doc) => (
            <li key={doc.id}>
              <span className="font-semibold">{tm.documentKind(doc.kind)}:</span>{' '}
              <LocalizedTextView value={doc.title} />
              {doc.unconfirmed && <UnconfirmedBadge />} {refs(doc.sources)}
            </li>
          ))}
        </ul>
      </section>

      <section>
        <h2>{tm.outcomes}</h2>
        <FactItems facts={meeting.outcomes} refs={refs} />
      </section>

      {meeting.japan && (
        <section>
          <h2>{tm.japan}</h2>
          <p>
            <LocalizedTextView value={meeting.japan.summary} /> {refs(meeting.japan.sources)}
          </p>
          {meeting.japan.remarks.length > 0 && (
            <>
              <h3>{tm.japanRemarks}</h3>
              <ol className="numbered">
                {meeting.japan.remarks.map((remark, i) => (
                  <LocalizedTextView key={i} as="li" value={remark} />
                ))}
              </ol>
            </>
          )}
        </section>
      )}

      <section>
        <h2>{tm.facts}</h2>
        <FactItems facts={meeting.facts} refs={refs} />
      </section>

      <section>
        <h2>{tp.allSources}</h2>
        <ol className="sources">
          {sources.map((source, i) => (
            <li key={source.url}>
              {/* Paper cannot be clicked: the address without its scheme is as findable and shorter. */}[{i + 1}]{' '}
              {labelledSources(index, [source], lang)[0]?.replace(/https?:\/\/(www\.)?/, '')}
            </li>
          ))}
        </ol>
      </section>

      <footer className="border-border text-muted mt-2 border-t pt-1">
        <p>{localText(index.meta.licence, lang)}</p>
      </footer>
    </article>
  )
}

/** Outcomes or facts: each text, "Unconfirmed" where no source confirms it, its references. */
function FactItems({ facts, refs }: { facts: readonly Fact[]; refs: NumberedSources['refs'] }) {
  return (
    <ul>
      {facts.map((fact, i) => (
        <li key={i}>
          <LocalizedTextView value={fact.text} />
          {fact.unconfirmed && <UnconfirmedBadge />} {refs(fact.sources)}
        </li>
      ))}
    </ul>
  )
}
