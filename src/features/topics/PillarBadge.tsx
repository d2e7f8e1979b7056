import type { Pillar } from '@/data/schema'
import { PillarIcon } from '@/filters/PillarIcon'
import { useMessages } from '@/i18n/LangContext'
import { topicMessages } from './messages'

/** The pillar as text and shape, with its colour as a third cue only. */
export function PillarBadge({ pillar }: { pillar: Pillar }) {
  const t = useMessages(topicMessages)
  const isGovernment = pillar === 'digital-government'
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-md border px-2 py-0.5 text-sm font-semibold ${
        isGovernment ? 'border-gov bg-gov-bg text-gov' : 'border-econ bg-econ-bg text-econ'
      }`}
    >
      <PillarIcon pillar={pillar} className="size-4 shrink-0" />
      <span className="sr-only">{t.pillarPrefix}</span> {isGovernment ? t.pillarGovernment : t.pillarEconomy}
    </span>
  )
}
