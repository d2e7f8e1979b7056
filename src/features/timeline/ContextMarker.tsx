import { LocalizedTextView } from '@/components/LocalizedTextView'
import type { ContextItem } from '@/data/schema'
import { formatDate } from '@/i18n/format'
import { useLang, useMessages } from '@/i18n/LangContext'
import { timelineMessages } from './messages'

/** A dated event around the meetings, visibly marked "Context"; compact shows the title only. */
export function ContextMarker({ item, isCompact }: { item: ContextItem; isCompact: boolean }) {
  const { lang } = useLang()
  const t = useMessages(timelineMessages)
  return (
    <div className="border-border bg-bg rounded-md border-2 border-dashed p-3 text-sm">
      <p className="flex flex-wrap items-center gap-2">
        <span className="bg-fg text-bg rounded px-1.5 py-0.5 text-xs font-bold tracking-wide uppercase">
          {t.context}
        </span>
        <time dateTime={item.date} className="text-muted">
          {formatDate(item.date, lang)}
        </time>
      </p>
      <LocalizedTextView as="p" value={item.title} className="mt-1 font-semibold" />
      {!isCompact && <LocalizedTextView as="p" value={item.summary} className="text-muted mt-1" />}
    </div>
  )
}
