import { useMessages } from '@/i18n/LangContext'
import { topicMessages } from './messages'

export function EmptyTopics({ onClear }: { onClear: () => void }) {
  const t = useMessages(topicMessages)
  return (
    <div className="border-border rounded-xl border-2 border-dashed p-8 text-center">
      <h3 className="m-0 text-xl font-bold">{t.emptyTitle}</h3>
      <p className="text-muted mt-2">{t.emptyBody}</p>
      <button
        type="button"
        onClick={onClear}
        className="bg-accent text-accent-fg mt-4 rounded-md px-5 py-2 font-semibold hover:opacity-90"
      >
        {t.clearFilters}
      </button>
    </div>
  )
}
