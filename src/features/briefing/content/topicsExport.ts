import { localText } from '@/data/localize'
import type { DatasetIndex } from '@/data/selectors'
import type { Source, Topic } from '@/data/schema'
import { isPressOnly, sourcesByAuthority } from '@/data/selectors'
import { sourceGroups } from '@/components/sourceGroups'
import { labelledSources } from '@/components/sourceLines'
import { sourceDetailMessages } from '@/components/sourceDetailMessages'
import { sourceMessages } from '@/components/sourceMessages'
import { pillarLabel, sourceKindLabel } from '@/i18n/vocabularyLabels'
import { vocabularyMessages } from '@/i18n/vocabularyMessages'
import type { Lang } from '@/i18n/lang'
import { contentMessages } from './messages'

/**
 * A cell that a spreadsheet would read as a formula (= + - @, or a tab or carriage return
 * in front of one) gets an apostrophe in front, so opening the file runs nothing (CSV injection).
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

/** One CSV field, neutralised, then quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: string): string {
  const safe = neutraliseFormula(value)
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** The strongest kind of source behind a claim, "Press coverage (press only)" when nothing better exists. */
export function evidence(index: DatasetIndex, sources: readonly Source[], lang: Lang): string {
  const best = sourceGroups(sources, index.publisherById, lang)[0]
  if (!best) return ''
  const label = sourceKindLabel(best.kind, lang)
  return isPressOnly(sources, index.publisherById) ? sourceDetailMessages[lang].evidencePressOnly(label) : label
}

/** A source as exported: publisher named, its kind, never the internal fact-sheet number. */
function exportedSource(index: DatasetIndex, source: Source, lang: Lang) {
  const publisher = index.publisherById.get(source.publisher)
  return {
    url: source.url,
    publisher: publisher ? localText(publisher.name, lang) : source.publisher,
    kind: publisher?.kind ?? 'press',
  }
}

/**
 * The filtered topics as CSV: a header row in the reader's language, one row
 * per topic, CRLF line ends, and a UTF-8 byte order mark so Excel reads
 * Japanese correctly.
 */
export function topicsCsv(index: DatasetIndex, topics: readonly Topic[], lang: Lang): string {
  const t = contentMessages[lang]
  const header = [
    t.csvId,
    t.csvTitle,
    t.csvMeeting,
    t.csvDate,
    vocabularyMessages[lang].pillar,
    t.csvThemes,
    t.csvSummary,
    t.csvAgreed,
    t.csvEvidence,
    t.csvSources,
  ]
  const rows = topics.map((topic) => {
    const meeting = index.meetingById.get(topic.meetingId)
    return [
      topic.id,
      localText(topic.title, lang),
      meeting ? localText(meeting.shortName, lang) : topic.meetingId,
      meeting?.startDate ?? '',
      pillarLabel(topic.pillar, lang),
      topic.themes
        .map((id) => {
          const theme = index.themeById.get(id)
          return theme ? localText(theme.name, lang) : id
        })
        .join('; '),
      localText(topic.summary, lang),
      topic.agreement === null
        ? sourceMessages[lang].noAgreement
        : topic.agreement.map((a) => localText(a.text, lang)).join('\n'),
      evidence(index, topic.sources, lang),
      labelledSources(index, topic.sources, lang).join('\n'),
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
      agreement:
        topic.agreement?.map((a) => ({
          ...a,
          sources: a.sources.map((source) => exportedSource(index, source, lang)),
        })) ?? null,
      pressOnly: isPressOnly(topic.sources, index.publisherById),
      sources: sourcesByAuthority(topic.sources, index.publisherById).map((source) =>
        exportedSource(index, source, lang),
      ),
      meeting: (() => {
        const m = index.meetingById.get(topic.meetingId)
        return m ? { id: m.id, shortName: m.shortName, startDate: m.startDate, endDate: m.endDate } : null
      })(),
    })),
  }
  return `${JSON.stringify(body, null, 2)}\n`
}

/** "g20-digital-topics-2026-12-01.csv" */
export function exportFileName(kind: 'topics' | 'chart' | 'briefing', extension: string, today: string): string {
  return `g20-digital-${kind}-${today}.${extension}`
}
