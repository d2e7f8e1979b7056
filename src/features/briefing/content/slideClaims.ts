import { localText } from '@/data/localize'
import type { Pillar, Topic } from '@/data/schema'
import { meetingsByDate, meetingYear, type DatasetIndex } from '@/data/selectors'
import { PILLARS } from '@/data/vocabulary'
import { formatNumber } from '@/i18n/format'
import { LOCALE_TAG, type Lang } from '@/i18n/lang'
import { pillarLabel, yearSpanLabel } from '@/i18n/vocabularyLabels'
import { contentMessages } from './messages'

/**
 * What a slide's "so what" line claims, as data. The prose is rendered from this alone
 * (slideClaimText), and the property test checks every claim against the raw records.
 * History ("first on the agenda", "new at") is computed over every meeting of the record
 * (the scope's), never over the filtered topics.
 */
export type SlideClaim =
  /** Of the slide's topics, how many have an agreement with an official source behind it. */
  | { kind: 'officialAgreements'; count: number; total: number }
  /** The meeting(s) the most of the deck's topics come from. */
  | { kind: 'busiestMeeting'; meetingIds: string[]; count: number; total: number }
  /** The pillar with more of the deck's topics (null = a tie), and how many. */
  | { kind: 'pillarLead'; pillar: Pillar | null; count: number; total: number }
  /** The theme with the most topics in the deck: its first year on record and how many meetings had it. */
  | {
      kind: 'themeHistory'
      themeId: string
      firstYear: number
      meetings: number
      recordMeetings: number
      span: readonly [number, number]
    }
  /** Themes of the meeting's topics in view that no earlier meeting on record had. */
  | { kind: 'newThemes'; meetingId: string; themeIds: string[] }

/** The topics with at least one agreement that an official publisher's text carries. */
export function hasOfficialAgreement(index: DatasetIndex, topic: Topic): boolean {
  return (topic.agreement ?? []).some((a) =>
    a.sources.some((s) => index.publisherById.get(s.publisher)?.kind === 'official'),
  )
}

export function officialAgreements(index: DatasetIndex, topics: readonly Topic[]): SlideClaim {
  return {
    kind: 'officialAgreements',
    count: topics.filter((t) => hasOfficialAgreement(index, t)).length,
    total: topics.length,
  }
}

export function busiestMeeting(index: DatasetIndex, topics: readonly Topic[]): SlideClaim | null {
  if (topics.length === 0) return null
  const counts = new Map<string, number>()
  for (const t of topics) counts.set(t.meetingId, (counts.get(t.meetingId) ?? 0) + 1)
  const most = Math.max(...counts.values())
  const meetingIds = index.meetings.filter((m) => counts.get(m.id) === most).map((m) => m.id)
  return { kind: 'busiestMeeting', meetingIds, count: most, total: topics.length }
}

export function pillarLead(topics: readonly Topic[]): SlideClaim | null {
  if (topics.length === 0) return null
  const [a, b] = PILLARS.map((p) => topics.filter((t) => t.pillar === p).length) as [number, number]
  const pillar = a === b ? null : a > b ? PILLARS[0] : PILLARS[1]
  return { kind: 'pillarLead', pillar, count: Math.max(a, b), total: topics.length }
}

/** The first meeting on record (in date order) that had each theme. */
function firstMeetingOfTheme(index: DatasetIndex): Map<string, string> {
  const first = new Map<string, string>()
  const order = new Map(meetingsByDate(index.meetings).map((m, i) => [m.id, i]))
  const byOrder = [...index.topics].sort((x, y) => (order.get(x.meetingId) ?? 0) - (order.get(y.meetingId) ?? 0))
  for (const topic of byOrder)
    for (const theme of topic.themes) if (!first.has(theme)) first.set(theme, topic.meetingId)
  return first
}

/** The deck's most frequent theme (ties: the one first on record, then the dataset's order), against the record. */
export function themeHistory(index: DatasetIndex, topics: readonly Topic[]): SlideClaim | null {
  const counts = new Map<string, number>()
  for (const t of topics) for (const id of new Set(t.themes)) counts.set(id, (counts.get(id) ?? 0) + 1)
  if (counts.size === 0 || index.meetings.length === 0) return null
  const years = index.meetings.map(meetingYear)
  const span = [Math.min(...years), Math.max(...years)] as const
  const rows = index.themes.flatMap((theme) => {
    const count = counts.get(theme.id)
    if (count === undefined) return []
    const withTheme = index.meetings.filter((m) =>
      index.topics.some((t) => t.meetingId === m.id && t.themes.includes(theme.id)),
    )
    const firstYear = Math.min(...withTheme.map(meetingYear))
    return [{ themeId: theme.id, count, firstYear, meetings: withTheme.length }]
  })
  const top = rows.sort((x, y) => y.count - x.count || x.firstYear - y.firstYear)[0]
  if (!top) return null
  return {
    kind: 'themeHistory',
    themeId: top.themeId,
    firstYear: top.firstYear,
    meetings: top.meetings,
    recordMeetings: index.meetings.length,
    span,
  }
}

/**
 * The themes first on the agenda at this meeting among its topics in view; null when there are none,
 * and at the record's first meeting (where every theme is "new", which says nothing).
 */
export function newThemes(index: DatasetIndex, meetingId: string, topics: readonly Topic[]): SlideClaim | null {
  if (meetingsByDate(index.meetings)[0]?.id === meetingId) return null
  const first = firstMeetingOfTheme(index)
  const mine = new Set(topics.filter((t) => t.meetingId === meetingId).flatMap((t) => t.themes))
  const themeIds = index.themes.filter((th) => mine.has(th.id) && first.get(th.id) === meetingId).map((th) => th.id)
  return themeIds.length === 0 ? null : { kind: 'newThemes', meetingId, themeIds }
}

/** Past this many new themes, the line gives their number, not their names. */
export const NEW_THEMES_NAMED = 3

function andList(items: string[], lang: Lang): string {
  return new Intl.ListFormat(LOCALE_TAG[lang], { style: 'long', type: 'conjunction' }).format(items)
}

/** The "so what" sentence of a claim, in the reader's language. */
export function slideClaimText(claim: SlideClaim, index: DatasetIndex, lang: Lang): string {
  const t = contentMessages[lang]
  const n = (value: number) => formatNumber(value, lang)
  const meetingName = (id: string) => {
    const m = index.meetingById.get(id)
    return m ? localText(m.shortName, lang) : id
  }
  const themeName = (id: string) => {
    const th = index.themeById.get(id)
    return th ? localText(th.name, lang) : id
  }
  switch (claim.kind) {
    case 'officialAgreements':
      return t.claimOfficial(claim.count, claim.total, n(claim.count), n(claim.total))
    case 'busiestMeeting':
      return t.claimBusiest(
        andList(claim.meetingIds.map(meetingName), lang),
        claim.meetingIds.length,
        n(claim.count),
        n(claim.total),
        claim.count === claim.total,
      )
    case 'pillarLead':
      return t.claimPillar(
        claim.pillar === null ? null : pillarLabel(claim.pillar, lang),
        n(claim.count),
        n(claim.total),
        claim.count === claim.total,
      )
    case 'themeHistory':
      return t.claimTheme(
        themeName(claim.themeId),
        String(claim.firstYear),
        n(claim.meetings),
        n(claim.recordMeetings),
        claim.meetings === claim.recordMeetings,
        yearSpanLabel(claim.span[0], claim.span[1], lang),
      )
    case 'newThemes':
      return t.claimNewThemes(
        claim.themeIds.length > NEW_THEMES_NAMED ? null : andList(claim.themeIds.map(themeName), lang),
        n(claim.themeIds.length),
        meetingName(claim.meetingId),
      )
  }
}
