import * as z from 'zod/mini'
import { DatasetError } from './DatasetError'
import { DatasetSchema, type Dataset } from './schema'

export { DatasetError }

/** `["meetings", 2, "startDate"]` → `meetings[2].startDate` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`
    const name = String(key)
    return out === '' ? name : `${out}.${name}`
  }, '')
}

interface ReferenceIssue {
  path: (string | number)[]
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

/** Checks the schema cannot express: unique ids, references that resolve, date order. */
export function checkReferences(data: Dataset): ReferenceIssue[] {
  const issues: ReferenceIssue[] = []
  const groups = [
    ['meetings', data.meetings.map((m) => m.id)],
    ['topics', data.topics.map((t) => t.id)],
    ['themes', data.themes.map((t) => t.id)],
    ['context', data.context.map((c) => c.id)],
  ] as const
  for (const [key, ids] of groups) {
    for (const i of repeatedAt(ids)) issues.push({ path: [key, i, 'id'], message: `duplicate id "${ids[i]}"` })
  }
  const meetingIds = new Set(data.meetings.map((m) => m.id))
  const themeIds = new Set(data.themes.map((t) => t.id))
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
  })
  data.topics.forEach((t, i) => {
    if (!meetingIds.has(t.meetingId)) {
      issues.push({ path: ['topics', i, 'meetingId'], message: `unknown meeting "${t.meetingId}"` })
    }
    t.themes.forEach((theme, j) => {
      if (!themeIds.has(theme)) issues.push({ path: ['topics', i, 'themes', j], message: `unknown theme "${theme}"` })
    })
  })
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
  const issues = checkReferences(result.data)
  const first = issues[0]
  if (first) {
    const path = formatPath(first.path)
    throw new DatasetError('schema', `The dataset does not match its schema at ${path}: ${first.message}`, { path })
  }
  if (result.data.meetings.length === 0 || result.data.topics.length === 0) {
    throw new DatasetError('empty', 'The dataset holds no meetings or no topics.')
  }
  return result.data
}
