import { useState } from 'react'
import { StateLink } from '@/components/StateLink'
import { localText } from '@/data/localize'
import type { DatasetIndex } from '@/data/selectors'
import { useLang, useMessages } from '@/i18n/LangContext'
import { Isolated } from '@/components/Isolated'
import { HitExcerpt } from './HitExcerpt'
import { countByKind, type SearchHit } from './recordSearch'
import { searchMessages } from './searchMessages'
import type { RecordSearch } from './useRecordSearch'
import type { ViewState } from '@/url/urlState'

/** Results shown at once; the rest on request. */
export const RESULTS_PAGE = 5

export const SEARCH_RESULTS_HEADING_ID = 'search-results-heading'

/** Where a result leads: its meeting's page, the topic's dialog, or the timeline for a context item. */
function patchFor(hit: SearchHit): Partial<ViewState> {
  if (hit.topicId !== null) return { topic: hit.topicId, meeting: null }
  if (hit.meetingId !== null) return { meeting: hit.meetingId, topic: null }
  return { view: 'timeline', meeting: null, topic: null }
}

interface Props {
  index: DatasetIndex
  search: RecordSearch
  /** How many topic cards match, shown below these results. */
  topicCount: number
}

/**
 * What the search found beyond the topic cards: meeting facts, outcomes,
 * documents, Japan's participation, the minister's remarks. Each result names
 * its kind and meeting and links to where it is shown. A polite live region
 * says how many there are as the reader types.
 */
export function SearchResults({ index, search, topicCount }: Props) {
  const t = useMessages(searchMessages)
  const { lang } = useLang()
  const [limit, setLimit] = useState(RESULTS_PAGE)
  const { hits, q, isSomeWords } = search
  const shown = hits.slice(0, limit)
  return (
    <>
      <p aria-live="polite" aria-atomic="true" className="sr-only">
        {isSomeWords ? <Isolated text={t.someWordsNote(q.trim())} part={q.trim()} /> : t.announce(hits.length)}
      </p>
      {hits.length > 0 && (
        <section
          aria-labelledby={SEARCH_RESULTS_HEADING_ID}
          className="border-border bg-surface flex flex-col gap-3 rounded-xl border p-4"
        >
          <div className="flex flex-col gap-1">
            <h2 id={SEARCH_RESULTS_HEADING_ID} className="m-0 text-xl font-bold">
              {isSomeWords ? t.someWordsHeading : t.heading}{' '}
              <span className="text-muted font-normal">({hits.length})</span>
            </h2>
            <p className="text-muted m-0">
              {isSomeWords ? <Isolated text={t.someWordsNote(q.trim())} part={q.trim()} /> : t.topicsBelow(topicCount)}
            </p>
          </div>
          <ul aria-label={t.countsLabel} className="m-0 flex list-none flex-wrap gap-1.5 p-0">
            {countByKind(hits).map(({ kind, count }) => (
              <li key={kind} className="border-border bg-bg rounded-full border px-2 py-0.5 text-sm">
                {t.kindCount(kind, count)}
              </li>
            ))}
          </ul>
          <ul className="m-0 flex list-none flex-col gap-2 p-0">
            {shown.map((hit) => {
              const meeting = hit.meetingId === null ? undefined : index.meetingById.get(hit.meetingId)
              return (
                <li key={hit.key}>
                  <StateLink
                    patch={patchFor(hit)}
                    className="group border-border bg-bg text-fg hover:border-accent flex flex-col gap-1 rounded-lg border p-3"
                  >
                    <span className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
                      <span className="border-accent text-accent rounded border px-1.5 text-xs font-bold tracking-wide uppercase">
                        {t.kind(hit.kind)}
                      </span>
                      {meeting && <span className="text-muted font-medium">{localText(meeting.shortName, lang)}</span>}
                    </span>
                    <HitExcerpt
                      value={hit.text}
                      query={q}
                      className="decoration-border group-hover:decoration-accent underline decoration-1 underline-offset-4"
                    />
                  </StateLink>
                </li>
              )
            })}
          </ul>
          {shown.length < hits.length && (
            <button
              type="button"
              onClick={() => setLimit((n) => n + RESULTS_PAGE * 2)}
              className="border-border bg-bg hover:bg-surface self-start rounded-md border px-4 py-2 font-semibold"
            >
              {t.showMore(shown.length, hits.length)}
            </button>
          )}
        </section>
      )}
    </>
  )
}
