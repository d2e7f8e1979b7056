import { localText } from '@/data/localize'
import type { Meta } from '@/data/schema'
import { formatDate } from '@/i18n/format'
import type { Lang } from '@/i18n/lang'
import { addressOf } from '@/url/address'
import type { ViewState } from '@/url/urlState'
import { contentMessages } from './messages'

/**
 * The address of a view in a language, without the presenting state (slide, presenter window):
 * the current page's origin (and app folder) with the view's own path and query.
 */
export function permalink(current: string, state: ViewState, lang: Lang, base?: string): string {
  return new URL(addressOf({ ...state, slide: null, lang }, base), current).toString()
}

/** A citation for the current view: title, dataset version, URL and access date. */
export function citation(meta: Meta, url: string, today: string, lang: Lang): string {
  return contentMessages[lang].citation(localText(meta.title, lang), meta.version, url, formatDate(today, lang))
}
