import { editionLine } from '@/components/editionLine'
import { printMessages } from '@/components/printMessages'
import { sourceMessages } from '@/components/sourceMessages'
import { localText } from '@/data/localize'
import { isPressOnly } from '@/data/selectors'
import { formatDateRange } from '@/i18n/format'
import { useMessages } from '@/i18n/LangContext'
import { pillarLabel } from '@/i18n/vocabularyLabels'
import { vocabularyMessages } from '@/i18n/vocabularyMessages'
import { deckSources, themeRows } from './buildSlides'
import { permalink } from './citation'
import { todayIso } from '@/lib/download'
import { labelledSources } from '@/components/sourceLines'
import { contentMessages } from './messages'
import { PillarBars } from './PillarBars'
import { pillarRows } from '@/charts/pillarRows'
import { ThemeBars } from './ThemeBars'
import { useDeck } from './useDeck'
import '@/components/print.css'
import './handout.css'

/**
 * The printed handout of the current view: hidden on screen, the only thing
 * printed. Title, what the filters show, the timeline, the topics, the charts
 * as static figures, every source URL, the dataset version and the permalink.
 */
export function Handout() {
  const t = useMessages(contentMessages)
  const ts = useMessages(sourceMessages)
  const tp = useMessages(printMessages)
  const { index, deck, state, lang } = useDeck()
  const { topics, meetings, sentence } = deck
  const sources = deckSources(topics, meetings)
  const sourceNumber = new Map(sources.map((url, i) => [url, i + 1]))
  const sourceByUrl = new Map([...topics, ...meetings].flatMap((item) => item.sources).map((s) => [s.url, s]))
  const link = permalink(window.location.href, state, lang)
  const rows = pillarRows(index, topics, lang).filter((r) => r.total > 0)
  const themes = themeRows(index, topics, lang)
  const cell = 'border border-border px-1.5 py-1 align-top'
  // A built briefing (an outline in the URL) prints its own title, its slides in order and its key messages.
  const isBuilt = state.outline.length > 0 || state.bt !== ''
  const deckTitle = deck.slides[0]?.kind === 'title' ? deck.slides[0].title : localText(index.meta.title, lang)
  const keyMessages = deck.slides.flatMap((s) => (s.kind === 'key' ? [s.message] : s.keyMessage ? [s.keyMessage] : []))
  const refs = (urls: string[]) =>
    urls
      .map((url) => sourceNumber.get(url))
      .filter((v) => v !== undefined)
      .map((v) => `[${v}]`)
      .join(' ')

  return (
    <article aria-label={t.handoutLabel} className="handout bg-bg text-fg hidden print:block">
      <header className="border-fg mb-4 border-b-2 pb-2">
        <h1 className="text-[18pt] leading-tight font-bold">{deckTitle}</h1>
        <p className="mt-1 text-[12pt]">{sentence}</p>
        <p className="text-muted mt-1">{editionLine(index.meta, lang, todayIso())}</p>
        <p className="mt-1 break-all">
          {tp.permalink}: {link}
        </p>
      </header>

      {isBuilt && (
        <section className="mb-4">
          <h2 className="mb-1 text-[13pt] font-bold">{t.handoutOutline}</h2>
          <ol className="list-decimal pl-6">
            {deck.slides.map((slide) => (
              <li key={slide.id}>{slide.title}</li>
            ))}
          </ol>
          {keyMessages.length > 0 && (
            <>
              <h3 className="mt-2 font-bold">{t.handoutKeyMessages}</h3>
              <ul className="list-disc pl-6">
                {keyMessages.map((message, i) => (
                  <li key={i}>{message}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      {topics.length === 0 ? (
        <p>{t.noTopics}</p>
      ) : (
        <>
          <section className="mb-4">
            <h2 className="mb-1 text-[13pt] font-bold">{t.timelineTitle}</h2>
            <table className="w-full table-fixed border-collapse">
              <colgroup>
                <col className="w-[22%]" />
                <col />
                <col className="w-[21%]" />
                <col className="w-[10%]" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col" className={`${cell} text-left`}>
                    {t.date}
                  </th>
                  <th scope="col" className={`${cell} text-left`}>
                    {t.meeting}
                  </th>
                  <th scope="col" className={`${cell} text-left`}>
                    {t.place}
                  </th>
                  <th scope="col" className={`${cell} text-right`}>
                    {t.topics}
                  </th>
                </tr>
              </thead>
              <tbody>
                {meetings.map((m) => {
                  const count = topics.filter((topic) => topic.meetingId === m.id).length
                  const place = [m.city, m.country].filter((v) => v !== null).map((v) => localText(v, lang))
                  return (
                    <tr key={m.id}>
                      <td className={cell}>{formatDateRange(m.startDate, m.endDate, lang)}</td>
                      <td className={cell}>
                        <span className="font-semibold">{localText(m.shortName, lang)}</span> —{' '}
                        {localText(m.headline, lang)}
                      </td>
                      <td className={cell}>{place.length > 0 ? place.join(lang === 'ja' ? '・' : ', ') : '—'}</td>
                      <td className={`${cell} text-right`}>{count}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </section>

          <section className="mb-4">
            <h2 className="mb-1 text-[13pt] font-bold">{t.topicsTitle('1', '1')}</h2>
            <table className="w-full table-fixed border-collapse">
              <colgroup>
                <col className="w-[58%]" />
                <col />
                <col className="w-[14%]" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col" className={`${cell} text-left`}>
                    {t.csvTitle}
                  </th>
                  <th scope="col" className={`${cell} text-left`}>
                    {t.meeting} · {vocabularyMessages[lang].pillar} · {t.themes}
                  </th>
                  <th scope="col" className={`${cell} text-left`}>
                    {t.sources}
                  </th>
                </tr>
              </thead>
              <tbody>
                {topics.map((topic) => {
                  const meeting = index.meetingById.get(topic.meetingId)
                  const themes = topic.themes.map((id) => {
                    const theme = index.themeById.get(id)
                    return theme ? localText(theme.name, lang) : id
                  })
                  return (
                    <tr key={topic.id}>
                      <td className={cell}>
                        <span className="font-semibold">{localText(topic.title, lang)}</span>
                        <span className="mt-0.5 block text-[9pt]">{localText(topic.summary, lang)}</span>
                        <span className="mt-0.5 block text-[9pt]">
                          <span className="font-semibold">{ts.agreed}: </span>
                          {topic.agreement === null
                            ? ts.noAgreement
                            : topic.agreement.map((a) => localText(a.text, lang)).join(' ')}
                        </span>
                      </td>
                      <td className={cell}>
                        <span className="block">{meeting ? localText(meeting.shortName, lang) : ''}</span>
                        <span className="block font-semibold">{pillarLabel(topic.pillar, lang)}</span>
                        <span className="block text-[9pt]">{themes.join(lang === 'ja' ? '、' : ', ')}</span>
                      </td>
                      <td className={cell}>
                        {refs(topic.sources.map((s) => s.url))}
                        {isPressOnly(topic.sources, index.publisherById) && (
                          <span className="block text-[8.5pt] font-semibold">{ts.pressOnly}</span>
                        )}
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </section>

          <figure className="mb-4">
            <h2 className="mb-1 text-[13pt] font-bold">{t.chartTitle}</h2>
            <PillarBars rows={rows} caption={t.chartTitle} />
          </figure>

          <figure className="mb-4">
            <h2 className="mb-1 text-[13pt] font-bold">{t.themesTitle}</h2>
            <ThemeBars rows={themes} caption={t.themesTitle} />
          </figure>

          <section className="mb-4">
            <h2 className="mb-1 text-[13pt] font-bold">{tp.allSources}</h2>
            <ol className="list-none space-y-0.5 p-0 text-[9pt]">
              {sources.map((url, i) => {
                const source = sourceByUrl.get(url)
                return (
                  <li key={url} className="break-all">
                    [{i + 1}] {source ? labelledSources(index, [source], lang)[0] : url}
                  </li>
                )
              })}
            </ol>
          </section>
        </>
      )}

      <footer className="border-border text-muted border-t pt-2 text-[8.5pt]">
        <p>{localText(index.meta.sourcesNote, lang)}</p>
        <p>{localText(index.meta.licence, lang)}</p>
      </footer>
    </article>
  )
}
