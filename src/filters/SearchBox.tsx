import { useId } from 'react'
import { useMessages } from '@/i18n/LangContext'
import { filterMessages } from './messages'

export const SEARCH_INPUT_ID = 'search-topics'

/** The search text lives in the URL (?q=); keystrokes replace the history entry instead of pushing one each. */
export function SearchBox({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const t = useMessages(filterMessages)
  const hintId = useId()
  return (
    <div className="flex min-w-0 flex-1 flex-col gap-1">
      <label htmlFor={SEARCH_INPUT_ID} className="text-muted text-sm font-semibold">
        {t.searchLabel}
      </label>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        value={value}
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={hintId}
        onChange={(event) => onChange(event.target.value)}
        className="border-border bg-bg text-fg focus:border-accent w-full rounded-lg border-2 px-3 py-2 text-base"
      />
      <span id={hintId} className="text-muted text-xs">
        {t.searchHint}
      </span>
    </div>
  )
}
