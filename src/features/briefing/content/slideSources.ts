import type { DatasetIndex } from '@/data/selectors'
import type { Publisher, Source } from '@/data/schema'
import { localText } from '@/data/localize'
import { SOURCE_KINDS } from '@/data/vocabulary'
import { sourceDomain } from '@/components/sourceGroups'
import type { Lang } from '@/i18n/lang'
import { formatNumber } from '@/i18n/format'
import type { Deck, Slide } from './buildSlides'
import { contentMessages } from './messages'

function topicSources(index: DatasetIndex, ids: readonly string[]): Source[] {
  return ids.flatMap((id) => index.topicById.get(id)?.sources ?? [])
}

/** The sources of what an agreements slide lists: the meeting's agreements and those of its topics in scope. */
function agreementSources(index: DatasetIndex, deck: Deck, meetingId: string | null): Source[] {
  if (meetingId === null) return deck.meetings.flatMap((m) => m.agreements.slice(0, 1).flatMap((a) => a.sources))
  const meeting = index.meetingById.get(meetingId)
  return [
    ...(meeting?.agreements.flatMap((a) => a.sources) ?? []),
    ...deck.topics
      .filter((t) => t.meetingId === meetingId)
      .flatMap((t) => (t.agreement ?? []).slice(0, 1).flatMap((a) => a.sources)),
  ]
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
    case 'agreements':
      return agreementSources(index, deck, slide.meetingId)
    case 'key':
      return []
    case 'sources':
      return [...allTopics, ...deck.meetings.flatMap((m) => m.sources)]
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

/** Names in a footer before "and N more". */
export const FOOTER_NAMES = 4

/** Width of a text in em: a CJK character is about 1 em, a Latin one about 0.5. */
export function emWidth(text: string): number {
  return [...text].reduce((sum, ch) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.5), 0)
}

/** The footer's width in em at 11 pt: one line, left of the slide number. */
export const FOOTER_EM = ((13.333 - 2 * 0.6 - 1.2) * 72 * 0.92) / 11

/**
 * "Sources: Ministry of Internal Affairs and Communications (MIC), Japan, G20 Information Centre … and 3 more":
 * publisher names, at most FOOTER_NAMES, as many as fit one line (always the first).
 */
export function footerLine(names: readonly string[], lang: Lang): string {
  if (names.length === 0) return ''
  const t = contentMessages[lang]
  const line = (count: number) => {
    const shown = names.slice(0, count).join(t.listJoin)
    const rest = names.length - count
    return t.footerSources(rest > 0 ? `${shown} ${t.moreSources(formatNumber(rest, lang))}` : shown)
  }
  let count = 1
  while (count < Math.min(FOOTER_NAMES, names.length) && emWidth(line(count + 1)) <= FOOTER_EM) count++
  return line(count)
}
