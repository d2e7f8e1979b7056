import { pillarRows, type PillarRow } from '@/charts/pillarRows'
import { formatLabel, pillarLabel, placeLabel, sourceKindLabel } from '@/i18n/vocabularyLabels'
import type { OutlineEntry } from '@/url/outline'
import { entryKey } from '@/url/outline'
import { outlineFor } from './briefingOutline'
import { slideSources, sourceNames } from './slideSources'
import { localize, localText, type LocalizedString } from '@/data/localize'
import { meetingYear, type DatasetIndex } from '@/data/selectors'
import type { Meeting, Pillar, SourceKind, Topic } from '@/data/schema'
import { SOURCE_KINDS } from '@/data/vocabulary'
import { knownFilters } from '@/filters/activeFilters'
import { applyFilters, type TopicFilters } from '@/filters/applyFilters'
import { searchIndexOf } from '@/filters/useFilteredTopics'
import { describeShowing } from '@/filters/viewSentence'
import { formatDate, formatDateRange, formatNumber } from '@/i18n/format'
import type { Lang } from '@/i18n/lang'
import { contentMessages } from './messages'
import {
  busiestMeeting,
  newThemes,
  officialAgreements,
  pillarLead,
  slideClaimText,
  themeHistory,
  type SlideClaim,
} from './slideClaims'

/*
 * How much goes on one slide, so that body text stays at 24 px or more on a 1280 × 720 screen and
 * nothing overflows (tests/e2e/slideLayout.spec.ts measures both, in English and Japanese).
 */
/** Topic cards on one slide (each with its summary and what was agreed), side by side. */
export const TOPICS_PER_SLIDE = 2
/** At most this many things agreed on an agreements slide; past it, the last line says "and N more". */
export const AGREEMENTS_ON_SLIDE = 4
/** At most this many topic titles on a meeting slide (two columns of three); past it, the last line says "and N more". */
export const MEETING_TOPICS_ON_SLIDE = 6
/** Themes on the themes slide; past it, "and N more". */
export const THEMES_ON_SLIDE = 7
/** Publisher names on the sources slide, over all its groups; a group cut ends "and N more". */
export const SOURCE_NAMES_ON_SLIDE = 7

export interface MeetingLine {
  meetingId: string
  label: string
  year: number
  date: string
  place: string
  /** "In person" / "Hybrid"…; '' for a meeting held only online, whose place already says so. */
  format: string
  topicCount: number
}

export interface TopicCardData {
  id: string
  title: LocalizedString
  summary: LocalizedString
  meetingLabel: string
  pillar: Pillar
  pillarLabel: string
  /** The first thing agreed on the topic, or null when no agreed text was found. */
  agreement: LocalizedString | null
}

export interface AgreementLine {
  text: LocalizedString
  /** The topic it was agreed on; null for what the meeting itself agreed. */
  topic: LocalizedString | null
}

export interface Figure {
  value: string
  label: string
}

export interface PublisherLine {
  name: string
  /** How many of the deck's source addresses are this publisher's. */
  count: number
  /** Those addresses, in the order the deck first cites them (the .pptx links each one). */
  hrefs: string[]
}

export interface SourceGroupLine {
  kind: SourceKind
  label: string
  publishers: PublisherLine[]
}

export interface ThemeRow {
  themeId: string
  label: string
  count: number
}

interface SlideBase {
  /** Stable key: "title", "meeting:2019-tsukuba", "topics-2"… */
  id: string
  title: string
  /** The user's key message shown on this slide ("so what"), or null. */
  keyMessage: string | null
  /** Who the slide's facts come from, by publisher, official first: the one-line footer. */
  sources: string[]
  /** What the data says about this slide's content ("so what"), as data; null on title, sources and key slides. */
  claim: SlideClaim | null
  /** The claim as a sentence, or null. */
  soWhat: string | null
}

export type Slide =
  | (SlideBase & { kind: 'title'; subtitle: string; sentence: string; date: string; figures: Figure[] })
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
  | (SlideBase & {
      kind: 'agreements'
      /** The meeting, or null for the first thing each meeting in scope agreed. */
      meetingId: string | null
      items: AgreementLine[]
      more: string | null
    })
  | (SlideBase & { kind: 'topics'; topics: TopicCardData[] })
  | (SlideBase & { kind: 'chart'; rows: PillarRow[]; series: Pillar[]; summary: string })
  | (SlideBase & { kind: 'themes'; rows: ThemeRow[] })
  | (SlideBase & { kind: 'sources'; groups: SourceGroupLine[] })
  | (SlideBase & { kind: 'key'; message: string })
  | (SlideBase & { kind: 'empty'; message: string })

/** A slide before its footer is known. */
type DistOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never
type Draft = DistOmit<Slide, 'sources' | 'soWhat' | 'claim'> & { claim?: SlideClaim | null }

export interface Deck {
  slides: Slide[]
  topics: Topic[]
  meetings: Meeting[]
  sentence: string
  /** The outline the slides come from (the URL's, or the proposed one), turned-off entries included. */
  outline: OutlineEntry[]
  /** The entry each slide comes from (entryKey), slide by slide. */
  entries: string[]
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

export function meetingLine(meeting: Meeting, topicCount: number, lang: Lang): MeetingLine {
  return {
    meetingId: meeting.id,
    label: localText(meeting.shortName, lang),
    year: meetingYear(meeting),
    date: formatDateRange(meeting.startDate, meeting.endDate, lang),
    format: meeting.city && meeting.country ? formatLabel(meeting.format, lang) : '',
    place: placeLabel(
      meeting.city && meeting.country
        ? { city: localText(meeting.city, lang), country: localText(meeting.country, lang) }
        : null,
      lang,
    ),
    topicCount,
  }
}

export function topicCard(index: DatasetIndex, topic: Topic, lang: Lang): TopicCardData {
  const meeting = index.meetingById.get(topic.meetingId)
  return {
    id: topic.id,
    title: localize(topic.title, lang),
    summary: localize(topic.summary, lang),
    meetingLabel: meeting ? localText(meeting.shortName, lang) : '',
    pillar: topic.pillar,
    pillarLabel: pillarLabel(topic.pillar, lang),
    agreement: topic.agreement?.[0] ? localize(topic.agreement[0].text, lang) : null,
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

/** Every distinct source URL behind what the deck shows: the topics first, then the meetings (the handout's list). */
export function deckSources(topics: readonly Topic[], meetings: readonly Meeting[]): string[] {
  return [...new Set([...topics.flatMap((t) => t.sources), ...meetings.flatMap((m) => m.sources)].map((s) => s.url))]
}

/** The meetings that have at least one topic in scope, in date order. */
export function meetingsInScope(index: DatasetIndex, topics: readonly Topic[]): Meeting[] {
  const ids = new Set(topics.map((t) => t.meetingId))
  return index.meetings.filter((m) => ids.has(m.id))
}

/** The publishers behind the deck, grouped by authority, each with how many addresses it gives. */
export function sourceGroupLines(
  index: DatasetIndex,
  topics: readonly Topic[],
  meetings: readonly Meeting[],
  lang: Lang,
): SourceGroupLine[] {
  const all = [...topics.flatMap((t) => t.sources), ...meetings.flatMap((m) => m.sources)]
  const seen = new Set<string>()
  const byKind = new Map<SourceKind, Map<string, string[]>>()
  for (const source of all) {
    if (seen.has(source.url)) continue
    seen.add(source.url)
    const [name] = sourceNames([source], index.publisherById, lang)
    const kind = index.publisherById.get(source.publisher)?.kind ?? 'press'
    const names = byKind.get(kind) ?? new Map<string, string[]>()
    names.set(name!, [...(names.get(name!) ?? []), source.url])
    byKind.set(kind, names)
  }
  return SOURCE_KINDS.flatMap((kind) => {
    const names = byKind.get(kind)
    if (!names) return []
    const publishers = [...names.entries()]
      .map(([name, hrefs]) => ({ name, count: hrefs.length, hrefs }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    return [{ kind, label: sourceKindLabel(kind, lang), publishers }]
  })
}

export interface BuildOptions {
  today?: string
  /** The outline from the URL; empty = the proposed outline for the view. */
  outline?: readonly OutlineEntry[]
  /** The deck title from the URL; '' = the dataset's title. */
  title?: string
  /** The key messages from the URL, referred to by number from the outline. */
  messages?: readonly string[]
}

/**
 * The slides for the current view, in the order of the outline (the URL's, or the proposed 5–7 slides),
 * turned-off entries left out. An entry about a meeting out of scope gives no slide. Every slide gets the
 * names of its sources for its footer. Pure: the same view and outline give the same deck.
 */
export function buildSlides(
  index: DatasetIndex,
  filters: TopicFilters,
  lang: Lang,
  { today = new Date().toISOString().slice(0, 10), outline: stored = [], title = '', messages = [] }: BuildOptions = {},
): Deck {
  const t = contentMessages[lang]
  const n = (value: number) => formatNumber(value, lang)
  // The filters as the topics view reads them: ids it does not know and years out of scope are ignored.
  const known = knownFilters(filters, index)
  const topics = applyFilters(index, known, searchIndexOf(index))
  const meetings = meetingsInScope(index, topics)
  const sentence = describeShowing(known, index, topics.length, lang)
  const outline = outlineFor(stored, meetings, topics)
  const count = (m: Meeting) => topics.filter((topic) => topic.meetingId === m.id).length
  const inScope = new Map(meetings.map((m) => [m.id, m]))
  const agreed = (m: Meeting) =>
    m.agreements.length + topics.filter((x) => x.meetingId === m.id).reduce((s, x) => s + (x.agreement?.length ?? 0), 0)
  const messageOf = (e: OutlineEntry) => (e.message === null ? null : (messages[e.message] ?? '').trim() || null)
  const drafts: { entry: string; draft: Draft }[] = []
  const push = (e: OutlineEntry, draft: DistOmit<Draft, 'keyMessage'>) =>
    drafts.push({ entry: entryKey(e), draft: { ...draft, keyMessage: messageOf(e) } })

  for (const e of outline) {
    if (!e.isOn) continue
    if (e.kind === 'title') {
      const totalAgreed = meetings.reduce((sum, m) => sum + agreed(m), 0)
      push(e, {
        kind: 'title',
        id: 'title',
        title: title.trim() || localText(index.meta.title, lang),
        subtitle: t.scopeLine(n(meetings.length), meetings.length === 1, spanOf(meetings)),
        sentence,
        date: t.presentedOn(formatDate(today, lang)),
        figures: [
          { value: n(meetings.length), label: t.figureMeetings(meetings.length === 1) },
          { value: n(topics.length), label: t.figureTopics(topics.length === 1) },
          { value: n(totalAgreed), label: t.figureAgreements(totalAgreed === 1) },
        ],
      })
      continue
    }
    if (topics.length === 0) continue
    switch (e.kind) {
      case 'meetings':
        push(e, {
          kind: 'timeline',
          id: 'meetings',
          title: t.meetingsTitle,
          meetings: meetings.map((m) => meetingLine(m, count(m), lang)),
          claim: busiestMeeting(index, topics),
        })
        break
      case 'meeting': {
        const meeting = e.id === null ? undefined : inScope.get(e.id)
        if (!meeting) break
        const name = localize(meeting.name, lang)
        const cards = topics
          .filter((topic) => topic.meetingId === meeting.id)
          .map((topic) => topicCard(index, topic, lang))
        // Cut one short of the cap, so "and N more" takes the last line and N is never 1.
        const shown = cards.length > MEETING_TOPICS_ON_SLIDE ? cards.slice(0, MEETING_TOPICS_ON_SLIDE - 1) : cards
        push(e, {
          kind: 'meeting',
          id: `meeting:${meeting.id}`,
          meetingId: meeting.id,
          title: name.text,
          titleLang: name.lang,
          line: meetingLine(meeting, count(meeting), lang),
          format: meeting.city && meeting.country ? formatLabel(meeting.format, lang) : '',
          headline: localize(meeting.headline, lang),
          topics: shown,
          more: shown.length < cards.length ? t.moreTopics(n(cards.length - shown.length)) : null,
          claim: officialAgreements(
            index,
            topics.filter((topic) => topic.meetingId === meeting.id),
          ),
        })
        break
      }
      case 'agreements': {
        const meeting = e.id === null ? undefined : inScope.get(e.id)
        if (e.id !== null && !meeting) break
        const items: AgreementLine[] = meeting
          ? [
              ...meeting.agreements.map((a) => ({ text: localize(a.text, lang), topic: null })),
              ...topics
                .filter((x) => x.meetingId === meeting.id)
                .flatMap((x) =>
                  (x.agreement ?? [])
                    .slice(0, 1)
                    .map((a) => ({ text: localize(a.text, lang), topic: localize(x.title, lang) })),
                ),
            ]
          : meetings.flatMap((m) =>
              m.agreements
                .slice(0, 1)
                .map((a) => ({ text: localize(a.text, lang), topic: localize(m.shortName, lang) })),
            )
        if (items.length === 0) break
        const shown = items.length > AGREEMENTS_ON_SLIDE ? items.slice(0, AGREEMENTS_ON_SLIDE - 1) : items
        push(e, {
          kind: 'agreements',
          id: meeting ? `agreements:${meeting.id}` : 'agreements',
          title: meeting ? t.agreementsTitle(localText(meeting.shortName, lang)) : t.agreementsAllTitle,
          meetingId: meeting?.id ?? null,
          items: shown,
          more: shown.length < items.length ? t.moreTopics(n(items.length - shown.length)) : null,
          // New themes at this meeting (history over the whole record), else how much is in an official text.
          claim: meeting
            ? (newThemes(index, meeting.id, topics) ??
              officialAgreements(
                index,
                topics.filter((x) => x.meetingId === meeting.id),
              ))
            : officialAgreements(index, topics),
        })
        break
      }
      case 'topics': {
        const pages = chunk(topics, TOPICS_PER_SLIDE)
        pages.forEach((page, i) => {
          push(
            { ...e, message: i === 0 ? e.message : null },
            {
              kind: 'topics',
              id: `topics-${i + 1}`,
              title: t.topicsTitle(n(i + 1), n(pages.length)),
              topics: page.map((topic) => topicCard(index, topic, lang)),
              claim: officialAgreements(index, page),
            },
          )
        })
        break
      }
      case 'chart': {
        const rows = pillarRows(index, topics, lang).filter((row) => row.total > 0)
        // A pillar with no topic in scope is no series at all: never a column of zeros.
        const series = (['digital-economy', 'digital-government'] as const).filter((p) =>
          rows.some((r) => (p === 'digital-economy' ? r.economy : r.government) > 0),
        )
        push(e, {
          kind: 'chart',
          id: 'chart',
          title: t.chartTitle,
          rows,
          series,
          summary: t.chartSummary(n(topics.length), n(rows.length)),
          claim: pillarLead(topics),
        })
        break
      }
      case 'themes':
        push(e, {
          kind: 'themes',
          id: 'themes',
          title: t.themesTitle,
          rows: themeRows(index, topics, lang),
          claim: themeHistory(index, topics),
        })
        break
      case 'sources':
        push(e, {
          kind: 'sources',
          id: 'sources',
          title: t.sourcesTitle('1', '1'),
          groups: sourceGroupLines(index, topics, meetings, lang),
        })
        break
      case 'key': {
        const message = messageOf(e)
        if (message === null) break
        drafts.push({
          entry: entryKey(e),
          draft: { kind: 'key', id: `key-${e.message ?? 0}`, title: t.keyMessageTitle, message, keyMessage: null },
        })
        break
      }
    }
  }
  if (topics.length === 0)
    drafts.push({
      entry: 'empty',
      draft: { kind: 'empty', id: 'empty', title: t.noTopicsTitle, message: t.noTopics, keyMessage: null },
    })
  if (drafts.length === 0) {
    const e: OutlineEntry = { kind: 'title', id: null, isOn: true, message: null }
    return buildSlides(index, filters, lang, {
      today,
      outline: [e, ...outline.filter((x) => x.kind !== 'title')],
      title,
      messages,
    })
  }
  const partial: Deck = { slides: [], topics, meetings, sentence, outline, entries: drafts.map((d) => d.entry) }
  const slides = drafts.map(({ draft }) => {
    const claim = draft.claim ?? null
    const slide = { ...draft, claim, soWhat: claim && slideClaimText(claim, index, lang), sources: [] } as Slide
    return { ...slide, sources: sourceNames(slideSources(index, partial, slide), index.publisherById, lang) }
  })
  return { ...partial, slides }
}

/** A 1-based slide number from the URL, kept inside the deck. */
export function clampSlide(slide: number, total: number): number {
  if (total < 1) return 1
  return Math.min(Math.max(1, Math.trunc(slide)), total)
}
