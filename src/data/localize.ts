import type { Lang } from '@/i18n/lang'
import type { LocalizedText } from './schema'

export interface LocalizedString {
  text: string
  /** The language the text is actually in (English when Japanese is missing). */
  lang: Lang
  /** Japanese was asked for but the dataset has none: the English is shown instead. */
  isFallback: boolean
  /** The Japanese is our own translation of an official English text. */
  isTranslated: boolean
}

export function localize(value: LocalizedText, lang: Lang): LocalizedString {
  if (lang === 'ja') {
    if (value.ja) return { text: value.ja, lang: 'ja', isFallback: false, isTranslated: value.translated === true }
    return { text: value.en, lang: 'en', isFallback: true, isTranslated: false }
  }
  return { text: value.en, lang: 'en', isFallback: false, isTranslated: false }
}

/** Just the string, for attributes, sorting and search. */
export function localText(value: LocalizedText, lang: Lang): string {
  return localize(value, lang).text
}
