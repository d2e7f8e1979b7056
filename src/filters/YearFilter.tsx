import { useMessages } from '@/i18n/LangContext'
import { toggleValue } from './activeFilters'
import { filterMessages } from './messages'
import { ToggleChip } from './ToggleChip'

interface Props {
  /** The years of the meetings in the current scope. */
  years: readonly number[]
  value: number[]
  onChange: (years: number[]) => void
}

export function YearFilter({ years, value, onChange }: Props) {
  const t = useMessages(filterMessages)
  return (
    <fieldset className="min-w-0">
      <legend className="text-muted mb-1 text-sm font-semibold">{t.yearLabel}</legend>
      <div className="flex flex-wrap gap-2">
        {years.map((year) => (
          <ToggleChip key={year} isPressed={value.includes(year)} onToggle={() => onChange(toggleValue(value, year))}>
            {year}
          </ToggleChip>
        ))}
      </div>
    </fieldset>
  )
}
