import type { PillarRow } from '@/charts/pillarRows'
import type { Lang } from '@/i18n/lang'
import { insightsMessages } from './messages'

/** One sentence about the meeting(s) with the most topics. */
export function pillarTakeaway(rows: readonly PillarRow[], lang: Lang): string {
  const t = insightsMessages[lang]
  const most = Math.max(0, ...rows.map((r) => r.total))
  if (most === 0) return t.chartEmpty
  const top = rows.filter((r) => r.total === most)
  const [only] = top
  if (top.length === 1 && only) return t.chartTakeaway(only.label, most, only.economy, only.government)
  return t.chartTakeawayTie(
    top.map((r) => r.label),
    most,
  )
}
