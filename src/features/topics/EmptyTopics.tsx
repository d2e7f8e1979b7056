import { useMessages } from '@/i18n/LangContext'
import { topicMessages } from './messages'

interface Props {
  /** The search, when nothing at all (no topic, nothing in the meetings record) matched it. */
  unmatchedQuery: string | null
  onClear: () => void
}

export function EmptyTopics({ unmatchedQuery, onClear }: Props) {
  const t = useMessages(topicMessages)
  return (
    <div className="border-border rounded-xl border-2 border-dashed p-8 text-center">
      <h3 className="m-0 text-xl font-bold">
        {unmatchedQuery === null ? t.emptyTitle : t.nothingTitle(unmatchedQuery)}
      </h3>
      {unmatchedQuery !== null && <p className="text-muted mt-2">{t.searchingEverything}</p>}
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
