import type { PillarRow } from '@/charts/pillarRows'

/** What the pillar chart's sentence says, as data: the prose is rendered from it. */
export type PillarTakeaway =
  | { kind: 'empty' }
  | {
      kind: 'most'
      /** 'all' when the chart counts every topic on record; else the counts are of the topics shown. */
      scope: 'all' | 'shown'
      /** Every meeting with the most topics (more than one when tied). */
      meetingIds: string[]
      count: number
      /** The split by pillar, given when one meeting has the most. */
      split: { economy: number; government: number } | null
    }

/** The meeting(s) with the most topics among the rows (already filtered), and how they split by pillar. */
export function pillarTakeaway(rows: readonly PillarRow[], isWholeRecord: boolean): PillarTakeaway {
  const most = Math.max(0, ...rows.map((r) => r.total))
  if (most === 0) return { kind: 'empty' }
  const top = rows.filter((r) => r.total === most)
  const [only] = top
  return {
    kind: 'most',
    scope: isWholeRecord ? 'all' : 'shown',
    meetingIds: top.map((r) => r.meetingId),
    count: most,
    split: top.length === 1 && only ? { economy: only.economy, government: only.government } : null,
  }
}
