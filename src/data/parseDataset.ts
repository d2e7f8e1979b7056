import * as z from 'zod/mini'
import { DatasetError } from './DatasetError'
import { DatasetSchema, type Agreement, type Dataset, type Source } from './schema'

export { DatasetError }

/** `["meetings", 2, "startDate"]` → `meetings[2].startDate` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`
    const name = String(key)
    return out === '' ? name : `${out}.${name}`
  }, '')
}

type Path = (string | number)[]

interface ReferenceIssue {
  path: Path
  message: string
}

/** Indexes of ids that already appeared earlier in the list. */
function repeatedAt(ids: readonly string[]): number[] {
  const seen = new Set<string>()
  return ids.flatMap((id, i) => {
    if (seen.has(id)) return [i]
    seen.add(id)
    return []
  })
}

/** Every list of sources in the dataset, with its path, so each publisher can be checked against the table. */
function sourceLists(data: Dataset): [Path, readonly Source[]][] {
  const out: [Path, readonly Source[]][] = []
  const agreements = (path: Path, list: readonly Agreement[] | null | undefined) =>
    list?.forEach((a, j) => out.push([[...path, j, 'sources'], a.sources]))
  data.meetings.forEach((m, i) => {
    const at: Path = ['meetings', i]
    out.push([[...at, 'sources'], m.sources])
    m.documents.forEach((d, j) => out.push([[...at, 'documents', j, 'sources'], d.sources]))
    m.outcomes.forEach((f, j) => out.push([[...at, 'outcomes', j, 'sources'], f.sources]))
    m.facts.forEach((f, j) => out.push([[...at, 'facts', j, 'sources'], f.sources]))
    agreements([...at, 'agreements'], m.agreements)
    m.actionList?.items.forEach((item, j) => out.push([[...at, 'actionList', 'items', j, 'sources'], item.sources]))
    if (m.japan) out.push([[...at, 'japan', 'sources'], m.japan.sources])
  })
  data.topics.forEach((t, i) => {
    out.push([['topics', i, 'sources'], t.sources])
    agreements(['topics', i, 'agreement'], t.agreement)
  })
  data.context.forEach((c, i) => out.push([['context', i, 'sources'], c.sources]))
  return out
}

/** Checks the schema cannot express: unique ids, references that resolve, date order. */
export function checkReferences(data: Dataset): ReferenceIssue[] {
  const issues: ReferenceIssue[] = []
  const groups = [
    ['meetings', data.meetings.map((m) => m.id)],
    ['topics', data.topics.map((t) => t.id)],
    ['themes', data.themes.map((t) => t.id)],
    ['context', data.context.map((c) => c.id)],
    ['publishers', data.publishers.map((p) => p.id)],
  ] as const
  for (const [key, ids] of groups) {
    for (const i of repeatedAt(ids)) issues.push({ path: [key, i, 'id'], message: `duplicate id "${ids[i]}"` })
  }
  const meetingIds = new Set(data.meetings.map((m) => m.id))
  const themeIds = new Set(data.themes.map((t) => t.id))
  const topicIds = new Set(data.topics.map((t) => t.id))
  const publisherIds = new Set(data.publishers.map((p) => p.id))
  data.meetings.forEach((m, i) => {
    if (m.endDate < m.startDate) {
      issues.push({
        path: ['meetings', i, 'endDate'],
        message: `ends (${m.endDate}) before it starts (${m.startDate})`,
      })
    }
    for (const j of repeatedAt(m.documents.map((d) => d.id))) {
      issues.push({ path: ['meetings', i, 'documents', j, 'id'], message: 'duplicate document id' })
    }
    m.actionList?.items.forEach((item, j) => {
      if (item.topicId !== undefined && !topicIds.has(item.topicId)) {
        issues.push({
          path: ['meetings', i, 'actionList', 'items', j, 'topicId'],
          message: `unknown topic "${item.topicId}"`,
        })
      }
    })
  })
  data.topics.forEach((t, i) => {
    if (!meetingIds.has(t.meetingId)) {
      issues.push({ path: ['topics', i, 'meetingId'], message: `unknown meeting "${t.meetingId}"` })
    }
    t.themes.forEach((theme, j) => {
      if (!themeIds.has(theme)) issues.push({ path: ['topics', i, 'themes', j], message: `unknown theme "${theme}"` })
    })
    if (t.agreement === null && t.agreementNote === undefined) {
      issues.push({
        path: ['topics', i, 'agreementNote'],
        message: 'says no agreed text was found (agreement: null) but gives no reason',
      })
    }
  })
  for (const [path, sources] of sourceLists(data)) {
    sources.forEach(({ publisher }, j) => {
      if (!publisherIds.has(publisher)) {
        issues.push({ path: [...path, j, 'publisher'], message: `unknown publisher "${publisher}"` })
      }
    })
  }
  return issues
}

/**
 * Validates raw JSON into a Dataset, or throws a DatasetError whose message
 * names the first bad field, e.g. `meetings[2].startDate: Invalid ISO date`.
 */
export function parseDataset(raw: unknown): Dataset {
  const result = DatasetSchema.safeParse(raw)
  if (!result.success) {
    const first = result.error.issues[0]
    const path = first ? formatPath(first.path) : ''
    const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more problems)` : ''
    const message = first ? `${path || 'dataset'}: ${first.message}${more}` : z.prettifyError(result.error)
    throw new DatasetError('schema', `The dataset does not match its schema at ${message}`, { path })
  }
  if (result.data.meetings.length === 0 || result.data.topics.length === 0) {
    throw new DatasetError('empty', 'The dataset holds no meetings or no topics.')
  }
  const issues = checkReferences(result.data)
  const first = issues[0]
  if (first) {
    const path = formatPath(first.path)
    throw new DatasetError('schema', `The dataset does not match its schema at ${path}: ${first.message}`, { path })
  }
  return result.data
}
