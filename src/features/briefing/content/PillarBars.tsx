import type { PillarRow } from '@/charts/pillarRows'
import type { Pillar } from '@/data/schema'
import { formatNumber } from '@/i18n/format'
import { useLang, useMessages } from '@/i18n/LangContext'
import { contentMessages } from './messages'
import { pillarLabel } from '@/i18n/vocabularyLabels'

/**
 * Topics per meeting split by pillar, as a table whose last column draws the
 * stacked bar: screen readers read the numbers, everyone else sees the bars.
 * Sized in em, so it scales with a slide and prints as a static figure.
 */
export function PillarBars({
  rows,
  caption,
  series = ['digital-economy', 'digital-government'],
  isCompact = false,
  isNarrow = false,
}: {
  rows: PillarRow[]
  caption: string
  /** The pillars drawn: a pillar with no topic in scope is left out, never a column of zeros. */
  series?: readonly Pillar[]
  /** Tighter rows, so ten meetings fit on a slide. */
  isCompact?: boolean
  /** A phone: headings wrap between words only, and the bars take less of the width. */
  isNarrow?: boolean
}) {
  const wrap = isNarrow ? '' : '[overflow-wrap:anywhere]'
  const hasEconomy = series.includes('digital-economy')
  const hasGovernment = series.includes('digital-government')
  const { lang } = useLang()
  const t = useMessages(contentMessages)
  const max = Math.max(1, ...rows.map((r) => r.total))
  const pct = (n: number) => `${(n / max) * 100}%`
  return (
    <table className="w-full border-collapse text-left [overflow-wrap:break-word]">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-border border-b-2">
          <th scope="col" className="py-[0.2em] pr-[0.6em] font-semibold">
            {t.meeting}
          </th>
          {hasEconomy && (
            <th scope="col" className={`text-econ px-[0.4em] text-right font-semibold ${wrap}`}>
              {pillarLabel('digital-economy', lang)}
            </th>
          )}
          {hasGovernment && (
            <th scope="col" className={`text-gov px-[0.4em] text-right font-semibold ${wrap}`}>
              {pillarLabel('digital-government', lang)}
            </th>
          )}
          <th scope="col" className={`${isNarrow ? 'w-[30%]' : 'w-[40%]'} px-[0.4em]`}>
            <span className="sr-only">{t.total}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.meetingId} className="border-border border-b">
            <th scope="row" className={`${isCompact ? 'py-[0.05em]' : 'py-[0.25em]'} pr-[0.6em] font-normal`}>
              {row.label}
            </th>
            {hasEconomy && <td className="px-[0.4em] text-right tabular-nums">{formatNumber(row.economy, lang)}</td>}
            {hasGovernment && (
              <td className="px-[0.4em] text-right tabular-nums">{formatNumber(row.government, lang)}</td>
            )}
            <td className="px-[0.4em]">
              <span className="sr-only">{formatNumber(row.total, lang)}</span>
              <span className="flex h-[0.9em] w-full items-stretch" aria-hidden="true">
                <span className="bg-econ print:[print-color-adjust:exact]" style={{ width: pct(row.economy) }} />
                <span className="bg-gov print:[print-color-adjust:exact]" style={{ width: pct(row.government) }} />
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
