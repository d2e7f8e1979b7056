import { localize } from '@/data/localize'
import type { Theme } from '@/data/schema'
import { useMemo, useState } from 'react'
import { useLang, useMessages } from '@/i18n/LangContext'
import { toggleValue } from './activeFilters'
import { filterMessages } from './messages'

interface Props {
  themes: readonly Theme[]
  value: string[]
  onChange: (themes: string[]) => void
}

/** Several themes at once, as checkboxes behind a disclosure (15 themes would crowd the bar). */
export function ThemeFilter({ themes, value, onChange }: Props) {
  const { lang } = useLang()
  const t = useMessages(filterMessages)
  // Open at first when a theme is already chosen (a shared link); after that the reader decides.
  const [isInitiallyOpen] = useState(value.length > 0)
  // Sorted once per list and language, not on every keystroke in the search box beside it.
  const sorted = useMemo(
    () => [...themes].sort((a, b) => localize(a.name, lang).text.localeCompare(localize(b.name, lang).text, lang)),
    [themes, lang],
  )
  return (
    <details className="group border-border bg-bg min-w-0 rounded-lg border" open={isInitiallyOpen}>
      <summary className="flex cursor-pointer items-center justify-between gap-2 rounded-lg px-3 py-2 text-sm font-semibold">
        <span>
          {t.themeLabel} <span className="text-muted font-normal">({t.themesSelected(value.length)})</span>
        </span>
        <span aria-hidden="true" className="transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <fieldset className="border-border border-t px-3 py-2">
        <legend className="sr-only">{t.themeLabel}</legend>
        <ul className="m-0 grid list-none grid-cols-1 gap-1 p-0 sm:grid-cols-2 lg:grid-cols-3">
          {sorted.map((theme) => {
            const name = localize(theme.name, lang)
            return (
              <li key={theme.id}>
                <label className="hover:bg-surface flex min-h-9 cursor-pointer items-start gap-2 rounded px-1 py-1 text-sm">
                  <input
                    type="checkbox"
                    checked={value.includes(theme.id)}
                    onChange={() => onChange(toggleValue(value, theme.id))}
                    className="accent-accent mt-1 size-4 shrink-0"
                  />
                  <span lang={name.lang}>{name.text}</span>
                </label>
              </li>
            )
          })}
        </ul>
      </fieldset>
    </details>
  )
}
