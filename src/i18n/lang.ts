export const LANGS = ['en', 'ja'] as const
export type Lang = (typeof LANGS)[number]

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value)
}

/** The first supported language in the browser's preference list, else English. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0]
    if (isLang(base)) return base
  }
  return 'en'
}

/** BCP 47 tags for Intl and <html lang>. */
export const LOCALE_TAG: Record<Lang, string> = { en: 'en-GB', ja: 'ja-JP' }
