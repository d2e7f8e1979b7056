import { useId } from 'react'
import { formatNumber } from '@/i18n/format'
import { useLang, useMessages } from '@/i18n/LangContext'
import { LENSES, isPillar, type Lens } from '@/url/urlState'
import { lensName } from './activeFilters'
import { vocabularyMessages } from '@/i18n/vocabularyMessages'
import { filterMessages } from './messages'
import { PillarIcon } from './PillarIcon'

interface Props {
  value: Lens
  counts: Record<Lens, number>
  onChange: (lens: Lens) => void
}

/**
 * All / Digital economy / Digital government. Each button's accessible name is
 * exactly the lens name; its count (for the other active filters) is shown
 * beside it and read as the button's description.
 */
export function LensControl({ value, counts, onChange }: Props) {
  const { lang } = useLang()
  const t = useMessages(filterMessages)
  const v = useMessages(vocabularyMessages)
  const id = useId()
  return (
    <div
      role="group"
      aria-label={v.pillar}
      className="border-accent flex w-full flex-col overflow-hidden rounded-lg border-2 sm:inline-flex sm:w-auto sm:flex-row"
    >
      {LENSES.map((lens) => (
        <button
          key={lens}
          type="button"
          aria-pressed={value === lens}
          aria-describedby={`${id}-${lens}`}
          onClick={() => onChange(lens)}
          className="group border-accent hover:bg-surface aria-pressed:bg-accent aria-pressed:text-accent-fg flex min-h-11 items-center gap-1.5 border-t-2 px-3 py-2 text-left text-base font-semibold first:border-t-0 focus-visible:-outline-offset-4 sm:border-t-0 sm:border-l-2 sm:first:border-l-0"
        >
          {isPillar(lens) && <PillarIcon pillar={lens} className="size-4 shrink-0" />}
          <span>{lensName(lens, lang)}</span>
          <span
            aria-hidden="true"
            className="bg-surface text-fg group-aria-pressed:bg-accent-fg group-aria-pressed:text-accent ml-auto rounded-full px-1.5 text-sm font-normal tabular-nums sm:ml-0"
          >
            {formatNumber(counts[lens], lang)}
          </span>
          <span id={`${id}-${lens}`} hidden>
            {t.lensCount(counts[lens])}
          </span>
        </button>
      ))}
    </div>
  )
}
