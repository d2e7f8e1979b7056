import { isLang, preferredLang, type Lang } from './lang'

export const LANG_STORAGE_KEY = 'g20dm.lang'

export function storedLang(storage: Pick<Storage, 'getItem'> | undefined): Lang | null {
  try {
    const value = storage?.getItem(LANG_STORAGE_KEY)
    return isLang(value) ? value : null
  } catch {
    return null
  }
}

/** The language: from the URL (?lang=ja), else the last choice, else the browser's. */
export function resolveLang(fromUrl: Lang | null, stored: Lang | null, browser: readonly string[]): Lang {
  return fromUrl ?? stored ?? preferredLang(browser)
}
