import type { Pillar } from '@/data/schema'
import { PillarIcon } from '@/filters/PillarIcon'
import { useLang } from '@/i18n/LangContext'
import { vocabularyMessages } from '@/i18n/vocabularyMessages'
import { pillarLabel } from '@/i18n/vocabularyLabels'

/** The pillar as text and shape, with its colour as a third cue only. */
export function PillarBadge({ pillar }: { pillar: Pillar }) {
  const { lang } = useLang()
  const isGovernment = pillar === 'digital-government'
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-md border px-2 py-0.5 text-sm font-semibold ${
        isGovernment ? 'border-gov bg-gov-bg text-gov' : 'border-econ bg-econ-bg text-econ'
      }`}
    >
      <PillarIcon pillar={pillar} className="size-4 shrink-0" />
      <span className="sr-only">{vocabularyMessages[lang].pillar}:</span> {pillarLabel(pillar, lang)}
    </span>
  )
}
