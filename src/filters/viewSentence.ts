import { localText } from '@/data/localize'
import type { Pillar } from '@/data/schema'
import { meetingYear, scopeSpan, type DatasetIndex } from '@/data/selectors'
import { formatNumber } from '@/i18n/format'
import { LOCALE_TAG, type Lang } from '@/i18n/lang'
import { pillarLabel, yearLabel, yearSpanLabel } from '@/i18n/vocabularyLabels'
import { knownFilters, type FilterState } from './activeFilters'
import { filterMessages } from './messages'

/**
 * What the "what is showing" sentence claims, as data: the topics shown, the scope they are drawn
 * from (its years, meetings and topics) and each filter that narrows them (unknown ids and years
 * outside the scope left out, as the filters ignore them). The prose is rendered from this alone.
 */
export interface ViewClaims {
  /** Topics shown. */
  count: number
  /** The scope: its first and last year, and how many meetings and topics it holds. */
  span: readonly [number, number]
  scopeMeetings: number
  scopeTopics: number
  pillar: Pillar | null
  years: number[]
  meetingIds: string[]
  themeIds: string[]
  q: string
  isFiltered: boolean
}

export function viewClaims(state: FilterState, index: DatasetIndex, count: number): ViewClaims {
  const known = knownFilters(state, index)
  const years = index.meetings.map(meetingYear)
  const span: readonly [number, number] = index.scope
    ? scopeSpan(index.scope)
    : years.length > 0
      ? [Math.min(...years), Math.max(...years)]
      : [0, 0]
  const pillar = known.pillar === 'all' ? null : known.pillar
  const q = known.q.trim()
  const claims = {
    count,
    span,
    scopeMeetings: index.meetings.length,
    scopeTopics: index.topics.length,
    pillar,
    years: [...known.years].sort((a, b) => a - b),
    meetingIds: [...known.meetings],
    themeIds: [...known.themes],
    q,
  }
  const isFiltered =
    pillar !== null || claims.years.length + claims.meetingIds.length + claims.themeIds.length > 0 || q !== ''
  return { ...claims, isFiltered }
}

function orList(items: string[], lang: Lang): string {
  return new Intl.ListFormat(LOCALE_TAG[lang], { style: 'long', type: 'disjunction' }).format(items)
}

/**
 * The one sentence that says what is showing, for the topics view, the slides, the handout and the
 * exports: "3 Digital government topics at Trieste 2021 matching “identity” (of 39 in 2017–2021)" /
 * 「2017〜2021年の39件のうち、トリエステ 2021の、「identity」を含むデジタルガバメントのトピック 3件」.
 */
export function viewSentence(claims: ViewClaims, index: DatasetIndex, lang: Lang): string {
  const t = filterMessages[lang]
  const n = (value: number) => formatNumber(value, lang)
  const span = yearSpanLabel(claims.span[0], claims.span[1], lang)
  if (!claims.isFiltered) return t.sentenceAll(claims.count, n(claims.count), n(claims.scopeMeetings), span)
  const meetings = claims.meetingIds.flatMap((id) => {
    const meeting = index.meetingById.get(id)
    return meeting ? [localText(meeting.shortName, lang)] : []
  })
  const themes = claims.themeIds.flatMap((id) => {
    const theme = index.themeById.get(id)
    return theme ? [localText(theme.name, lang)] : []
  })
  return t.sentenceFiltered({
    count: claims.count,
    n: n(claims.count),
    pillar: claims.pillar === null ? null : pillarLabel(claims.pillar, lang),
    meetings: meetings.length > 0 ? orList(meetings, lang) : null,
    years:
      claims.years.length > 0
        ? orList(
            claims.years.map((y) => yearLabel(y, lang)),
            lang,
          )
        : null,
    themes: themes.length > 0 ? orList(themes, lang) : null,
    q: claims.q === '' ? null : claims.q,
    total: n(claims.scopeTopics),
    span,
  })
}

/** The claims and the sentence in one call. */
export function describeShowing(state: FilterState, index: DatasetIndex, count: number, lang: Lang): string {
  return viewSentence(viewClaims(state, index, count), index, lang)
}
