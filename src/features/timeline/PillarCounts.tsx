import type { Pillar } from '@/data/schema'
import { formatNumber } from '@/i18n/format'
import { useLang, useMessages } from '@/i18n/LangContext'
import { timelineMessages } from './messages'
import { pillarLabel } from '@/i18n/vocabularyLabels'

/** Topic counts by pillar as text: "8 Digital economy · 3 Digital government". */
export function PillarCounts({ counts, total }: { counts: Record<Pillar, number>; total: number }) {
  const { lang } = useLang()
  const t = useMessages(timelineMessages)
  return (
    <p className="text-sm">
      <span className="font-semibold">{t.topicCount(total)}</span>
      <span className="block">
        <span className="text-econ font-semibold">{formatNumber(counts['digital-economy'], lang)}</span>{' '}
        {pillarLabel('digital-economy', lang)}
        <span aria-hidden="true"> · </span>
        <span className="sr-only">, </span>
        <span className="text-gov font-semibold">{formatNumber(counts['digital-government'], lang)}</span>{' '}
        {pillarLabel('digital-government', lang)}
      </span>
    </p>
  )
}
