import { useMessages } from '@/i18n/LangContext'
import { topicMessages } from './messages'

export function EmptyTopics({ onClear }: { onClear: () => void }) {
  const t = useMessages(topicMessages)
  return (
    <div className="rounded-xl border-2 border-dashed border-border p-8 text-center">
      <h3 className="m-0 text-xl font-bold">{t.emptyTitle}</h3>
      <p className="mt-2 text-muted">{t.emptyBody}</p>
      <button type="button" onClick={onClear} className="mt-4 rounded-md bg-accent px-5 py-2 font-semibold text-accent-fg hover:opacity-90">
        {t.clearFilters}
      </button>
    </div>
  )
}
