import type { DatasetIndex } from '@/data/selectors'
import type { Publisher, Source } from '@/data/schema'
import { localText } from '@/data/localize'
import { SOURCE_KINDS } from '@/data/vocabulary'
import { sourceDomain } from '@/components/sourceGroups'
import type { Lang } from '@/i18n/lang'
import type { Deck, Slide } from './buildSlides'

function topicSources(index: DatasetIndex, ids: readonly string[]): Source[] {
  return ids.flatMap((id) => index.topicById.get(id)?.sources ?? [])
}

/**
 * The sources behind what one slide shows: the meetings on the timeline, a
 * meeting and its topics in scope, the topics on a page, every topic counted in
 * a chart, the URLs on a sources page. The title slide stands on the whole deck.
 */
export function slideSources(index: DatasetIndex, deck: Deck, slide: Slide): Source[] {
  const allTopics = deck.topics.flatMap((t) => t.sources)
  switch (slide.kind) {
    case 'title':
      return [...allTopics, ...deck.meetings.flatMap((m) => m.sources)]
    case 'empty':
      return []
    case 'timeline':
      return deck.meetings.flatMap((m) => m.sources)
    case 'meeting':
      return [
        ...(index.meetingById.get(slide.meetingId)?.sources ?? []),
        ...topicSources(
          index,
          slide.topics.map((card) => card.id),
        ),
      ]
    case 'topics':
      return topicSources(
        index,
        slide.topics.map((card) => card.id),
      )
    case 'chart':
    case 'themes':
      return allTopics
    case 'sources': {
      const shown = new Set(slide.urls)
      const all = [...allTopics, ...deck.meetings.flatMap((m) => m.sources)]
      return all.filter((s) => shown.has(s.url))
    }
  }
}

/**
 * The publishers of the given sources, by name: official first, then document archives, then press
 * (the order of the sources panels, src/components/sourceGroups.ts), the most cited first within each
 * kind. A source whose publisher the table lacks is named by its domain and counted as press.
 * Never a fact number: those are internal traces.
 */
export function sourceNames(
  sources: readonly Source[],
  publisherById: ReadonlyMap<string, Publisher>,
  lang: Lang,
): string[] {
  const tally = new Map<string, { rank: number; count: number; order: number }>()
  for (const source of sources) {
    const publisher = publisherById.get(source.publisher)
    const name = publisher ? localText(publisher.name, lang) : sourceDomain(source.url)
    const rank = SOURCE_KINDS.indexOf(publisher?.kind ?? 'press')
    const entry = tally.get(name) ?? { rank, count: 0, order: tally.size }
    entry.count += 1
    tally.set(name, entry)
  }
  return [...tally.entries()]
    .sort(([, a], [, b]) => a.rank - b.rank || b.count - a.count || a.order - b.order)
    .map(([name]) => name)
}
