import type { DatasetIndex } from '@/data/selectors'
import type { Source } from '@/data/schema'
import type { Deck, Slide } from './buildSlides'

/** "www.soumu.go.jp" for a source URL, without "www.": the shortest name a reader recognises. */
export function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '')
  } catch {
    return url
  }
}

/** What names a source on a slide. Hosts today; the publisher's name once the data has publishers. */
export type SourceNamer = (source: Source) => string

export const hostName: SourceNamer = (source) => sourceHost(source.url)

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

/** Distinct names of the given sources, the most cited first (ties keep their first appearance). */
export function sourceNames(sources: readonly Source[], nameOf: SourceNamer = hostName): string[] {
  const counts = new Map<string, number>()
  for (const source of sources) {
    const name = nameOf(source)
    counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name)
}
