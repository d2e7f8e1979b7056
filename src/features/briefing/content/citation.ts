import { localText } from '@/data/localize'
import type { Meta } from '@/data/schema'
import { formatDate } from '@/i18n/format'
import type { Lang } from '@/i18n/lang'
import { serializeViewState, type ViewState } from '@/url/urlState'
import { contentMessages } from './messages'

/** The address of a view in a language, without the presenting state (slide, presenter window). */
export function permalink(base: string, state: ViewState, lang: Lang): string {
  const url = new URL(base)
  url.search = serializeViewState({ ...state, slide: null, lang }).toString()
  url.hash = ''
  return url.toString()
}

/** A citation for the current view: title, dataset version, URL and access date. */
export function citation(meta: Meta, url: string, today: string, lang: Lang): string {
  return contentMessages[lang].citation(localText(meta.title, lang), meta.version, url, formatDate(today, lang))
}
