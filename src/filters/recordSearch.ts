import { localText } from '@/data/localize'
import { meetingYear, type DatasetIndex } from '@/data/selectors'
import type { LocalizedText, Topic } from '@/data/schema'
import { countTerms, normalizeForSearch, searchTerms } from './search'
import type { ViewState } from '@/url/urlState'

/**
 * What kind of item a search result is. Topics are the topic cards; the rest
 * are the meetings record: what the meeting page and the timeline show.
 */
export const HIT_KINDS = [
  'topic',
  'meeting',
  'agreement',
  'action',
  'outcome',
  'document',
  'japan',
  'remarks',
  'fact',
  'context',
] as const
export type HitKind = (typeof HIT_KINDS)[number]

export interface SearchHit {
  kind: HitKind
  /** Unique among all hits, e.g. "2021-trieste:fact:2". */
  key: string
  /** The meeting the item belongs to; null for a context item (2016 Hangzhou, the task force's founding). */
  meetingId: string | null
  /** The topic, for a topic hit. */
  topicId: string | null
  /** The text to show: what matched. */
  text: LocalizedText
}

interface Entry {
  hit: SearchHit
  /** Year of the meeting or context item, for the year filter. */
  year: number
  /** The item's own text, both languages, normalized. */
  own: string
  /** Its meeting's names and place, normalized: "Trieste DFFT" finds the Trieste remark on DFFT. */
  context: string
}

/** Every searchable item of the meetings record, in meeting date order; build it once per dataset (recordIndexOf). */
export interface RecordIndex {
  entries: readonly Entry[]
}

function both(value: LocalizedText | null | undefined): string {
  return value ? `${localText(value, 'en')}\n${localText(value, 'ja')}` : ''
}

function entry(year: number, hit: Omit<SearchHit, 'topicId'>, own: string, context = ''): Entry {
  return { hit: { ...hit, topicId: null }, year, own: normalizeForSearch(own), context }
}

export function buildRecordIndex(index: DatasetIndex): RecordIndex {
  const entries: Entry[] = []
  for (const m of index.meetings) {
    const year = meetingYear(m)
    const names = [m.name, m.shortName, m.city, m.country, m.presidency].map(both).join('\n')
    const context = normalizeForSearch(names)
    const base = { meetingId: m.id }
    entries.push(
      entry(year, { ...base, kind: 'meeting', key: `${m.id}:meeting`, text: m.name }, `${names}\n${both(m.headline)}`),
    )
    m.agreements.forEach((agreement, i) =>
      entries.push(
        entry(
          year,
          { ...base, kind: 'agreement', key: `${m.id}:agreement:${i}`, text: agreement.text },
          both(agreement.text),
          context,
        ),
      ),
    )
    for (const item of m.actionList?.items ?? []) {
      entries.push(
        entry(
          year,
          { ...base, kind: 'action', key: `${m.id}:action:${item.number}`, text: item.name },
          `${both(item.name)}\n${both(item.commitment)}`,
          context,
        ),
      )
    }
    m.outcomes.forEach((fact, i) =>
      entries.push(
        entry(
          year,
          { ...base, kind: 'outcome', key: `${m.id}:outcome:${i}`, text: fact.text },
          both(fact.text),
          context,
        ),
      ),
    )
    for (const doc of m.documents) {
      entries.push(
        entry(
          year,
          { ...base, kind: 'document', key: `${m.id}:document:${doc.id}`, text: doc.title },
          both(doc.title),
          context,
        ),
      )
    }
    if (m.japan) {
      const { summary, remarks } = m.japan
      entries.push(entry(year, { ...base, kind: 'japan', key: `${m.id}:japan`, text: summary }, both(summary), context))
      remarks.forEach((remark, i) =>
        entries.push(
          entry(year, { ...base, kind: 'remarks', key: `${m.id}:remarks:${i}`, text: remark }, both(remark), context),
        ),
      )
    }
    m.facts.forEach((fact, i) =>
      entries.push(
        entry(year, { ...base, kind: 'fact', key: `${m.id}:fact:${i}`, text: fact.text }, both(fact.text), context),
      ),
    )
  }
  for (const item of index.context) {
    entries.push(
      entry(
        Number(item.date.slice(0, 4)),
        { kind: 'context', key: `context:${item.id}`, meetingId: null, text: item.title },
        `${both(item.title)}\n${both(item.summary)}`,
      ),
    )
  }
  return { entries }
}

const built = new WeakMap<DatasetIndex, RecordIndex>()

/** The record index of a dataset, built on first use and shared by every caller and render. */
export function recordIndexOf(index: DatasetIndex): RecordIndex {
  let record = built.get(index)
  if (!record) {
    record = buildRecordIndex(index)
    built.set(index, record)
  }
  return record
}

export type RecordFilters = Pick<ViewState, 'years' | 'meetings' | 'q'>

function inScope({ hit, year }: Entry, years: ReadonlySet<number>, meetings: ReadonlySet<string>): boolean {
  if (years.size > 0 && !years.has(year)) return false
  // A context item belongs to no meeting: a meeting filter leaves it out.
  if (meetings.size > 0 && (hit.meetingId === null || !meetings.has(hit.meetingId))) return false
  return true
}

/**
 * Items of the meetings record that hold every word of the search, in their own
 * text or (for all but one word) in their meeting's name: "Takeda" finds Japan's
 * participation at Trieste, "Trieste DFFT" the Trieste remark on DFFT, and
 * "Trieste" alone the meeting, not every fact of it. The year and meeting
 * filters apply (pillar and themes are about topics and do not).
 */
export function searchRecord(record: RecordIndex, filters: RecordFilters): SearchHit[] {
  const terms = searchTerms(filters.q)
  if (terms.length === 0) return []
  const years = new Set(filters.years)
  const meetings = new Set(filters.meetings)
  const hits: SearchHit[] = []
  for (const item of record.entries) {
    if (!inScope(item, years, meetings)) continue
    const { own, context } = item
    let inOwn = 0
    let isEvery = true
    for (const term of terms) {
      if (own.includes(term)) inOwn += 1
      else if (!context.includes(term)) {
        isEvery = false
        break
      }
    }
    if (isEvery && inOwn > 0) hits.push(item.hit)
  }
  return hits
}

/**
 * When no item holds every word of a search of several words ("Osaka Track"),
 * the items that hold some of them, topics among them: most words first, then
 * those with an earlier word of the search, then in date order.
 */
export function searchSomeWords(
  record: RecordIndex,
  topics: readonly Topic[],
  topicText: ReadonlyMap<string, string>,
  filters: RecordFilters,
): SearchHit[] {
  const terms = searchTerms(filters.q)
  if (terms.length < 2) return []
  const years = new Set(filters.years)
  const meetings = new Set(filters.meetings)
  const scored: { hit: SearchHit; n: number; first: number; order: number }[] = []
  const add = (hit: SearchHit, text: string, order: number) => {
    const n = countTerms(text, terms)
    // Ties go to the item with the earlier word of the search ("Osaka" before "Track").
    if (n > 0) scored.push({ hit, n, first: terms.findIndex((term) => text.includes(term)), order })
  }
  topics.forEach((topic, order) =>
    add(
      { kind: 'topic', key: `topic:${topic.id}`, meetingId: topic.meetingId, topicId: topic.id, text: topic.title },
      topicText.get(topic.id) ?? '',
      order,
    ),
  )
  record.entries.forEach((item, i) => {
    if (inScope(item, years, meetings)) add(item.hit, item.own, topics.length + i)
  })
  return scored.sort((a, b) => b.n - a.n || a.first - b.first || a.order - b.order).map((s) => s.hit)
}

/** How many hits of each kind, in HIT_KINDS order, kinds with none left out. */
export function countByKind(hits: readonly SearchHit[]): { kind: HitKind; count: number }[] {
  const counts = new Map<HitKind, number>()
  for (const hit of hits) counts.set(hit.kind, (counts.get(hit.kind) ?? 0) + 1)
  return HIT_KINDS.flatMap((kind) => {
    const count = counts.get(kind) ?? 0
    return count > 0 ? [{ kind, count }] : []
  })
}
