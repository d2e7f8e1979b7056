import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { LangContext } from '@/i18n/LangContext'
import { LANG_STORAGE_KEY, resolveLang, storedLang } from '@/i18n/resolveLang'
import type { Lang } from '@/i18n/lang'
import { LaterViewStateProvider } from './LaterViewState'
import { useSetViewState, useViewField } from './useViewState'

function safeStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage
  } catch {
    return undefined
  }
}

export function LangProvider({ children }: { children: ReactNode }) {
  const fromUrl = useViewField('lang')
  const setViewState = useSetViewState()
  const [stored, setStored] = useState(() => storedLang(safeStorage()))
  const lang = resolveLang(fromUrl, stored, typeof navigator === 'undefined' ? [] : navigator.languages)

  const setLang = useCallback(
    (next: Lang) => {
      try {
        safeStorage()?.setItem(LANG_STORAGE_KEY, next)
      } catch {
        // Storage can be blocked; the URL still carries the choice.
      }
      setStored(next)
      void setViewState({ lang: next }, { history: 'replace' })
    },
    [setViewState],
  )

  useEffect(() => {
    document.documentElement.lang = lang
  }, [lang])

  const value = useMemo(() => ({ lang, setLang }), [lang, setLang])
  return (
    <LangContext value={value}>
      <LaterViewStateProvider>{children}</LaterViewStateProvider>
    </LangContext>
  )
}
