import { sourceGroups } from '@/components/sourceGroups'
import { localText } from '@/data/localize'
import type { DatasetIndex } from '@/data/selectors'
import type { Source } from '@/data/schema'
import { formatDate, formatDateRange, formatNumber } from '@/i18n/format'
import type { Lang } from '@/i18n/lang'
import { sourceKindLabel } from '@/i18n/vocabularyLabels'
import type { Deck, Slide } from './buildSlides'
import { contentMessages } from './messages'

/** A source as a presenter cites it: the publisher and its authority ("MIC (Official)"), and where it is. */
export interface NoteSource {
  label: string
  href: string
}

/** One thing to say, with where it comes from. */
export interface NotePoint {
  text: string
  sources: NoteSource[]
}

/** Official sources first, one per address, each named by its publisher and authority, never a bare URL. */
function cite(index: DatasetIndex, sources: readonly Source[], lang: Lang): NoteSource[] {
  const t = contentMessages[lang]
  return sourceGroups(sources, index.publisherById, lang).flatMap((group) =>
    group.links.map((link) => ({
      label: t.noteSource(link.label, sourceKindLabel(group.kind, lang)),
      href: link.href,
    })),
  )
}

/**
 * Speaker notes for a slide, built from the data: the key facts behind what the
 * slide shows, each with its sources, so the presenter can answer "says who?".
 */
export function buildNotes(index: DatasetIndex, deck: Deck, slide: Slide, lang: Lang): NotePoint[] {
  const t = contentMessages[lang]
  switch (slide.kind) {
    case 'title':
      return [
        {
          text: t.noteTitle(deck.sentence, index.meta.version, formatDate(index.meta.dataAsOf, lang)),
          sources: [],
        },
        { text: localText(index.meta.sourcesNote, lang), sources: [] },
      ]
    case 'empty':
      return [{ text: slide.message, sources: [] }]
    case 'timeline':
      return deck.meetings.map((m) => ({
        text: t.noteTimeline(
          localText(m.shortName, lang),
          formatDateRange(m.startDate, m.endDate, lang),
          localText(m.headline, lang),
        ),
        sources: cite(index, m.sources, lang),
      }))
    case 'meeting': {
      const meeting = index.meetingById.get(slide.meetingId)
      if (!meeting) return []
      const points: NotePoint[] = [
        { text: localText(meeting.headline, lang), sources: cite(index, meeting.sources, lang) },
        ...meeting.outcomes.map((fact) => ({
          text: localText(fact.text, lang),
          sources: cite(index, fact.sources, lang),
        })),
        // The slide's topics (those in scope), not every fact of the meeting.
        ...slide.topics.flatMap((card) => {
          const topic = index.topicById.get(card.id)
          return topic
            ? [
                {
                  text: `${card.title.text}: ${localText(topic.summary, lang)}`,
                  sources: cite(index, topic.sources, lang),
                },
              ]
            : []
        }),
      ]
      if (meeting.japan)
        points.push({
          text: t.noteJapan(localText(meeting.japan.summary, lang)),
          sources: cite(index, meeting.japan.sources, lang),
        })
      return points
    }
    case 'topics':
      return slide.topics.flatMap((card) => {
        const topic = index.topicById.get(card.id)
        return topic
          ? [
              {
                text: `${card.title.text}: ${localText(topic.summary, lang)}`,
                sources: cite(index, topic.sources, lang),
              },
            ]
          : []
      })
    case 'chart':
      return slide.rows.map((row) => ({
        text: t.noteChart(row.label, formatNumber(row.economy, lang), formatNumber(row.government, lang)),
        sources: [],
      }))
    case 'themes':
      return slide.rows.map((row) => {
        const theme = index.themeById.get(row.themeId)
        const description = theme ? ` ${localText(theme.description, lang)}` : ''
        return { text: `${t.noteTheme(row.label, formatNumber(row.count, lang))}${description}`, sources: [] }
      })
    case 'agreements': {
      const meetings = slide.meetingId === null ? deck.meetings : deck.meetings.filter((m) => m.id === slide.meetingId)
      return meetings.flatMap((m) => [
        ...(slide.meetingId === null ? m.agreements.slice(0, 1) : m.agreements).map((a) => ({
          text: `${localText(m.shortName, lang)}: ${localText(a.text, lang)}`,
          sources: cite(index, a.sources, lang),
        })),
        ...(slide.meetingId === null ? [] : deck.topics.filter((x) => x.meetingId === m.id)).flatMap((x) =>
          (x.agreement ?? []).map((a) => ({
            text: `${localText(x.title, lang)}: ${localText(a.text, lang)}`,
            sources: cite(index, a.sources, lang),
          })),
        ),
      ])
    }
    case 'key':
      return [{ text: slide.message, sources: [] }]
    case 'sources':
      return [{ text: t.noteSources, sources: [] }]
  }
}
