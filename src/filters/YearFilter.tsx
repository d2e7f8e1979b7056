import { useMessages } from '@/i18n/LangContext'
import { YEARS } from '@/url/urlState'
import { toggleValue } from './activeFilters'
import { filterMessages } from './messages'
import { ToggleChip } from './ToggleChip'

export function YearFilter({ value, onChange }: { value: number[]; onChange: (years: number[]) => void }) {
  const t = useMessages(filterMessages)
  return (
    <fieldset className="min-w-0">
      <legend className="text-muted mb-1 text-sm font-semibold">{t.yearLabel}</legend>
      <div className="flex flex-wrap gap-2">
        {YEARS.map((year) => (
          <ToggleChip key={year} isPressed={value.includes(year)} onToggle={() => onChange(toggleValue(value, year))}>
            {year}
          </ToggleChip>
        ))}
      </div>
    </fieldset>
  )
}
