import { LOCALE_TAG, type Lang } from './lang'

const dateFormats = new Map<string, Intl.DateTimeFormat>()

function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}:${JSON.stringify(options)}`
  let format = dateFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_TAG[lang], { timeZone: 'UTC', ...options })
    dateFormats.set(key, format)
  }
  return format
}

const LONG: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' }

/** An ISO date (YYYY-MM-DD) as "5 August 2021" or "2021年8月5日". */
export function formatDate(iso: string, lang: Lang): string {
  return dateFormat(lang, LONG).format(new Date(`${iso}T00:00:00Z`))
}

/** "6–7 April 2017" / "2017年4月6日～7日"; a single day when start equals end. */
export function formatDateRange(start: string, end: string, lang: Lang): string {
  if (start === end) return formatDate(start, lang)
  const endDay = String(Number(end.slice(8, 10)))
  if (start.slice(0, 7) === end.slice(0, 7)) {
    const startDay = String(Number(start.slice(8, 10)))
    return lang === 'ja' ? `${formatDate(start, lang)}～${endDay}日` : `${startDay}–${formatDate(end, lang)}`
  }
  return `${formatDate(start, lang)}${lang === 'ja' ? '～' : ' – '}${formatDate(end, lang)}`
}

const numberFormats: Partial<Record<Lang, Intl.NumberFormat>> = {}

export function formatNumber(n: number, lang: Lang): string {
  return (numberFormats[lang] ??= new Intl.NumberFormat(LOCALE_TAG[lang])).format(n)
}

const pluralRules: Record<Lang, Intl.PluralRules> = {
  en: new Intl.PluralRules('en'),
  ja: new Intl.PluralRules('ja'),
}

/** Picks the plural form for n: plural('en', 1, { one: 'topic', other: 'topics' }) */
export function plural(lang: Lang, n: number, forms: { one?: string; other: string }): string {
  return pluralRules[lang].select(n) === 'one' && forms.one !== undefined ? forms.one : forms.other
}
