import { createContext, useContext } from 'react'
import type { Catalog } from './defineMessages'
import type { Lang } from './lang'

export interface LangValue {
  lang: Lang
  setLang: (lang: Lang) => void
}

export const LangContext = createContext<LangValue>({ lang: 'en', setLang: () => undefined })

export function useLang(): LangValue {
  return useContext(LangContext)
}

/** The current language's messages from a feature's catalog. */
export function useMessages<T>(catalog: Catalog<T>): T {
  return catalog[useLang().lang]
}
