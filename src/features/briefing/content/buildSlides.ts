import { pillarRows, type PillarRow } from '@/charts/pillarRows'
import { localize, localText, type LocalizedString } from '@/data/localize'
import { meetingYear, type DatasetIndex } from '@/data/selectors'
import type { Meeting, MeetingFormat, Pillar, Topic } from '@/data/schema'
import { applyFilters, type TopicFilters } from '@/filters/applyFilters'
import { searchIndexOf } from '@/filters/useFilteredTopics'
import { formatDate, formatDateRange, formatNumber } from '@/i18n/format'
import type { Lang } from '@/i18n/lang'
import { filterSentence } from './filterSentence'
import { contentMessages } from './messages'

/** At most this many topic cards on one slide, so the type stays large. */
export const TOPICS_PER_SLIDE = 6
/** At most this many topic titles on a meeting slide (two columns of six); past it, the last line says "and N more". */
export const MEETING_TOPICS_ON_SLIDE = 12
/** Source URLs per slide: long URLs wrap, and they must stay readable from the back. */
export const SOURCES_PER_SLIDE = 10

export interface MeetingLine {
  meetingId: string
  label: string
  date: string
  place: string
  topicCount: number
}

export interface TopicCardData {
  id: string
  title: LocalizedString
  summary: LocalizedString
  meetingLabel: string
  pillar: Pillar
  pillarLabel: string
}

export interface ThemeRow {
  themeId: string
  label: string
  count: number
}

interface SlideBase {
  /** Stable key: "title", "meeting-2019-tsukuba", "topics-2"… */
  id: string
  title: string
}

export type Slide =
  | (SlideBase & { kind: 'title'; subtitle: string; sentence: string; date: string })
  | (SlideBase & { kind: 'timeline'; meetings: MeetingLine[] })
  | (SlideBase & {
      kind: 'meeting'
      meetingId: string
      titleLang: Lang
      line: MeetingLine
      format: string
      headline: LocalizedString
      topics: TopicCardData[]
      /** "and 4 more" when the list is cut to fit the slide, else null. */
      more: string | null
    })
  | (SlideBase & { kind: 'topics'; topics: TopicCardData[] })
  | (SlideBase & { kind: 'chart'; rows: PillarRow[]; summary: string })
  | (SlideBase & { kind: 'themes'; rows: ThemeRow[] })
  | (SlideBase & { kind: 'sources'; urls: string[] })
  | (SlideBase & { kind: 'empty'; message: string })

export interface Deck {
  slides: Slide[]
  topics: Topic[]
  meetings: Meeting[]
  sentence: string
}

function spanOf(meetings: readonly Meeting[]): string {
  const years = meetings.map(meetingYear)
  if (years.length === 0) return ''
  const first = Math.min(...years)
  const last = Math.max(...years)
  return first === last ? String(first) : `${first}–${last}`
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = []
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size))
  return pages
}

export function formatLabel(format: MeetingFormat, lang: Lang): string {
  const t = contentMessages[lang]
  return { 'in-person': t.formatInPerson, virtual: t.formatVirtual, hybrid: t.formatHybrid }[format]
}

export function meetingLine(meeting: Meeting, topicCount: number, lang: Lang): MeetingLine {
  const place = [meeting.city, meeting.country].filter((v) => v !== null).map((v) => localText(v, lang))
  return {
    meetingId: meeting.id,
    label: localText(meeting.shortName, lang),
    date: formatDateRange(meeting.startDate, meeting.endDate, lang),
    place: place.length > 0 ? place.join(lang === 'ja' ? '・' : ', ') : formatLabel(meeting.format, lang),
    topicCount,
  }
}

export function topicCard(index: DatasetIndex, topic: Topic, lang: Lang): TopicCardData {
  const t = contentMessages[lang]
  const meeting = index.meetingById.get(topic.meetingId)
  return {
    id: topic.id,
    title: localize(topic.title, lang),
    summary: localize(topic.summary, lang),
    meetingLabel: meeting ? localText(meeting.shortName, lang) : '',
    pillar: topic.pillar,
    pillarLabel: topic.pillar === 'digital-government' ? t.pillarGovernment : t.pillarEconomy,
  }
}

/** Topics per theme among the given topics, most first; themes with none are left out. */
export function themeRows(index: DatasetIndex, topics: readonly Topic[], lang: Lang): ThemeRow[] {
  return index.themes
    .map((theme) => ({
      themeId: theme.id,
      label: localText(theme.name, lang),
      count: topics.filter((topic) => topic.themes.includes(theme.id)).length,
    }))
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
}

/** Every distinct source URL behind what the deck shows: the topics first, then the meetings. */
export function deckSources(topics: readonly Topic[], meetings: readonly Meeting[]): string[] {
  return [...new Set([...topics.flatMap((t) => t.sources), ...meetings.flatMap((m) => m.sources)].map((s) => s.url))]
}

/** The meetings that have at least one topic in scope, in date order. */
export function meetingsInScope(index: DatasetIndex, topics: readonly Topic[]): Meeting[] {
  const ids = new Set(topics.map((t) => t.meetingId))
  return index.meetings.filter((m) => ids.has(m.id))
}

/**
 * The slides for the current view: title, timeline, one slide per meeting in
 * scope, topic slides (at most six cards each), the pillar chart, the themes
 * chart and the sources. Pure: the same view gives the same deck.
 */
export function buildSlides(
  index: DatasetIndex,
  filters: TopicFilters,
  lang: Lang,
  { today = new Date().toISOString().slice(0, 10) }: { today?: string } = {},
): Deck {
  const t = contentMessages[lang]
  const topics = applyFilters(index, filters, searchIndexOf(index))
  const meetings = meetingsInScope(index, topics)
  const sentence = filterSentence(index, filters, topics.length, lang)
  const count = (m: Meeting) => topics.filter((topic) => topic.meetingId === m.id).length
  const slides: Slide[] = [
    {
      kind: 'title',
      id: 'title',
      title: localText(index.meta.title, lang),
      subtitle: t.scopeLine(formatNumber(meetings.length, lang), meetings.length === 1, spanOf(meetings)),
      sentence,
      date: t.presentedOn(formatDate(today, lang)),
    },
  ]
  if (topics.length === 0) {
    slides.push({ kind: 'empty', id: 'empty', title: t.noTopicsTitle, message: t.noTopics })
    return { slides, topics, meetings, sentence }
  }
  slides.push({
    kind: 'timeline',
    id: 'timeline',
    title: t.timelineTitle,
    meetings: meetings.map((m) => meetingLine(m, count(m), lang)),
  })
  for (const meeting of meetings) {
    const name = localize(meeting.name, lang)
    const cards = topics.filter((topic) => topic.meetingId === meeting.id).map((topic) => topicCard(index, topic, lang))
    // Cut one short of the cap, so "and N more" takes the last line and N is never 1.
    const shown = cards.length > MEETING_TOPICS_ON_SLIDE ? cards.slice(0, MEETING_TOPICS_ON_SLIDE - 1) : cards
    slides.push({
      kind: 'meeting',
      id: `meeting-${meeting.id}`,
      meetingId: meeting.id,
      title: name.text,
      titleLang: name.lang,
      line: meetingLine(meeting, count(meeting), lang),
      format: formatLabel(meeting.format, lang),
      headline: localize(meeting.headline, lang),
      topics: shown,
      more: shown.length < cards.length ? t.moreTopics(formatNumber(cards.length - shown.length, lang)) : null,
    })
  }
  const topicPages = chunk(topics, TOPICS_PER_SLIDE)
  topicPages.forEach((page, i) => {
    slides.push({
      kind: 'topics',
      id: `topics-${i + 1}`,
      title: t.topicsTitle(formatNumber(i + 1, lang), formatNumber(topicPages.length, lang)),
      topics: page.map((topic) => topicCard(index, topic, lang)),
    })
  })
  const rows = pillarRows(index, topics, lang).filter((row) => row.total > 0)
  slides.push({
    kind: 'chart',
    id: 'chart',
    title: t.chartTitle,
    rows,
    summary: t.chartSummary(formatNumber(topics.length, lang), formatNumber(rows.length, lang)),
  })
  slides.push({ kind: 'themes', id: 'themes', title: t.themesTitle, rows: themeRows(index, topics, lang) })
  const sourcePages = chunk(deckSources(topics, meetings), SOURCES_PER_SLIDE)
  sourcePages.forEach((urls, i) => {
    slides.push({
      kind: 'sources',
      id: `sources-${i + 1}`,
      title: t.sourcesTitle(formatNumber(i + 1, lang), formatNumber(sourcePages.length, lang)),
      urls,
    })
  })
  return { slides, topics, meetings, sentence }
}

/** A 1-based slide number from the URL, kept inside the deck. */
export function clampSlide(slide: number, total: number): number {
  if (total < 1) return 1
  return Math.min(Math.max(1, Math.trunc(slide)), total)
}
