import { useSyncExternalStore } from 'react'
import { useMessages } from '@/i18n/LangContext'
import { chooseTheme, currentTheme, subscribeTheme, THEMES, type ThemeChoice } from './theme'
import { themeMessages } from './themeMessages'

const serverTheme = (): ThemeChoice => 'system'

/** Auto (system) / Light / Dark / Projector, remembered in localStorage. */
export function ThemeSwitch() {
  const t = useMessages(themeMessages)
  const theme = useSyncExternalStore(subscribeTheme, currentTheme, serverTheme)
  const label: Record<ThemeChoice, string> = { system: t.system, light: t.light, dark: t.dark, contrast: t.contrast }
  const title: Partial<Record<ThemeChoice, string>> = { system: t.systemTitle, contrast: t.contrastTitle }
  return (
    <div role="group" aria-label={t.group} className="border-border flex overflow-hidden rounded-md border">
      {THEMES.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={theme === option}
          title={title[option]}
          onClick={() => chooseTheme(option)}
          className="aria-pressed:bg-accent aria-pressed:text-accent-fg px-1.5 py-1.5 text-sm font-medium sm:px-2.5"
        >
          {label[option]}
        </button>
      ))}
    </div>
  )
}
