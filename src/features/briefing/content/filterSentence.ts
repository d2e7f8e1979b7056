import { localText } from '@/data/localize'
import { meetingYear, type DatasetIndex } from '@/data/selectors'
import type { Pillar } from '@/data/schema'
import type { TopicFilters } from '@/filters/applyFilters'
import { formatNumber } from '@/i18n/format'
import { LOCALE_TAG, type Lang } from '@/i18n/lang'
import { contentMessages } from './messages'

export function pillarName(pillar: Pillar, lang: Lang): string {
  const t = contentMessages[lang]
  return pillar === 'digital-government' ? t.pillarGovernment : t.pillarEconomy
}

function orList(items: string[], lang: Lang): string {
  if (lang === 'ja') return items.join('・')
  return new Intl.ListFormat(LOCALE_TAG[lang], { type: 'disjunction' }).format(items)
}

/** "2017–2021", the years the dataset spans. */
export function yearSpan(index: DatasetIndex): string {
  const years = index.meetings.map(meetingYear)
  if (years.length === 0) return ''
  const first = Math.min(...years)
  const last = Math.max(...years)
  return first === last ? String(first) : `${first}–${last}`
}

/**
 * One sentence that says what the current filters show, for slides, the
 * handout and exports: "4 topics in Digital government from 2019 or 2021."
 */
export function filterSentence(index: DatasetIndex, filters: TopicFilters, topicCount: number, lang: Lang): string {
  const t = contentMessages[lang]
  const conditions: string[] = []
  if (filters.pillar !== 'all') conditions.push(t.inPillar(pillarName(filters.pillar, lang)))
  if (filters.years.length > 0)
    conditions.push(
      t.inYears(
        orList(
          filters.years.map((y) => t.year(String(y))),
          lang,
        ),
      ),
    )
  const meetings = filters.meetings.map((id) => index.meetingById.get(id)).filter((m) => m !== undefined)
  if (meetings.length > 0)
    conditions.push(
      t.atMeetings(
        orList(
          meetings.map((m) => localText(m.shortName, lang)),
          lang,
        ),
      ),
    )
  const themes = filters.themes.map((id) => index.themeById.get(id)).filter((theme) => theme !== undefined)
  if (themes.length > 0)
    conditions.push(
      t.onThemes(
        orList(
          themes.map((theme) => localText(theme.name, lang)),
          lang,
        ),
      ),
    )
  const q = filters.q.trim()
  if (q !== '') conditions.push(t.matching(q))
  const count = t.topicCount(formatNumber(topicCount, lang), topicCount === 1)
  if (conditions.length === 0) {
    return t.allTopics(formatNumber(topicCount, lang), formatNumber(index.meetings.length, lang), yearSpan(index))
  }
  return t.filtered(
    count,
    conditions.reduce((all, next) => t.joinConditions(all, next)),
  )
}
