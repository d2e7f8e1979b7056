import { formatNumber } from '@/i18n/format'
import { useLang, useMessages } from '@/i18n/LangContext'
import { chartMessages } from './messages'
import type { PillarRow } from './pillarRows'
import { pillarLabel } from '@/i18n/vocabularyLabels'

/** The table alternative of the pillar chart. */
export function PillarTable({ rows, caption }: { rows: readonly PillarRow[]; caption: string }) {
  const { lang } = useLang()
  const t = useMessages(chartMessages)
  const cell = 'border-b border-border px-3 py-1.5 text-right tabular-nums'
  return (
    <table className="w-full border-collapse text-left">
      <caption className="pb-2 text-left font-semibold">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="border-border border-b-2 px-3 py-1.5">
            {t.meeting}
          </th>
          <th scope="col" className="border-border border-b-2 px-3 py-1.5 text-right">
            {pillarLabel('digital-economy', lang)}
          </th>
          <th scope="col" className="border-border border-b-2 px-3 py-1.5 text-right">
            {pillarLabel('digital-government', lang)}
          </th>
          <th scope="col" className="border-border border-b-2 px-3 py-1.5 text-right">
            {t.total}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.meetingId}>
            <th scope="row" className="border-border border-b px-3 py-1.5 font-normal">
              {row.label}
            </th>
            <td className={cell}>{formatNumber(row.economy, lang)}</td>
            <td className={cell}>{formatNumber(row.government, lang)}</td>
            <td className={`${cell} font-semibold`}>{formatNumber(row.total, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
