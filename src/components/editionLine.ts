import type { Meta } from '@/data/schema'
import { formatDate } from '@/i18n/format'
import type { Lang } from '@/i18n/lang'
import { editionMessages } from './editionMessages'

/** "Printed 2 December 2026 · Data as of … · Dataset version …"; without `printedOn` (an ISO date) the footer's form. */
export function editionLine(meta: Pick<Meta, 'dataAsOf' | 'version'>, lang: Lang, printedOn?: string): string {
  const t = editionMessages[lang]
  return [
    ...(printedOn === undefined ? [] : [t.printedOn(formatDate(printedOn, lang))]),
    t.dataAsOf(formatDate(meta.dataAsOf, lang)),
    t.version(meta.version),
  ].join(' · ')
}
