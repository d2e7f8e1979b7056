import { localText } from '@/data/localize'
import type { Meta } from '@/data/schema'
import { formatDate } from '@/i18n/format'
import type { Lang } from '@/i18n/lang'
import type { ChartFrame } from './chartSvg'
import { chartMessages } from './messages'

/** The title, "so what" sentence, source line, date and licence an exported chart carries. */
export function chartFrame(meta: Meta, title: string, soWhat: string, today: string, lang: Lang): ChartFrame {
  const t = chartMessages[lang]
  return {
    title,
    soWhat,
    source: t.exportSource(meta.version, formatDate(meta.dataAsOf, lang)),
    dateAndLicence: t.exportDateLicence(formatDate(today, lang), localText(meta.licence, lang)),
  }
}

export function todayIso(): string {
  const now = new Date()
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10)
}
