import { localText } from '@/data/localize'
import type { DatasetIndex } from '@/data/selectors'
import type { Topic } from '@/data/schema'
import type { Lang } from '@/i18n/lang'
import { pillarName } from './filterSentence'
import { contentMessages } from './messages'

/** One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

/**
 * The filtered topics as CSV: a header row in the reader's language, one row
 * per topic, CRLF line ends, and a UTF-8 byte order mark so Excel reads
 * Japanese correctly.
 */
export function topicsCsv(index: DatasetIndex, topics: readonly Topic[], lang: Lang): string {
  const t = contentMessages[lang]
  const header = [t.csvId, t.csvTitle, t.csvMeeting, t.csvDate, t.csvPillar, t.csvThemes, t.csvSummary, t.csvSources]
  const rows = topics.map((topic) => {
    const meeting = index.meetingById.get(topic.meetingId)
    return [
      topic.id,
      localText(topic.title, lang),
      meeting ? localText(meeting.shortName, lang) : topic.meetingId,
      meeting?.startDate ?? '',
      pillarName(topic.pillar, lang),
      topic.themes
        .map((id) => {
          const theme = index.themeById.get(id)
          return theme ? localText(theme.name, lang) : id
        })
        .join('; '),
      localText(topic.summary, lang),
      topic.sources.map((s) => s.url).join(' '),
    ]
  })
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`
}

/** The filtered topics as JSON, with what they are and where they came from. */
export function topicsJson(
  index: DatasetIndex,
  topics: readonly Topic[],
  { sentence, permalink, lang }: { sentence: string; permalink: string; lang: Lang },
): string {
  const body = {
    dataset: { title: localText(index.meta.title, lang), version: index.meta.version, dataAsOf: index.meta.dataAsOf },
    view: { description: sentence, permalink, language: lang },
    topics: topics.map((topic) => ({
      ...topic,
      meeting: (() => {
        const m = index.meetingById.get(topic.meetingId)
        return m ? { id: m.id, shortName: m.shortName, startDate: m.startDate, endDate: m.endDate } : null
      })(),
    })),
  }
  return `${JSON.stringify(body, null, 2)}\n`
}

/** "g20-digital-topics-2026-12-01.csv" */
export function exportFileName(kind: 'topics' | 'chart', extension: string, today: string): string {
  return `g20-digital-${kind}-${today}.${extension}`
}
