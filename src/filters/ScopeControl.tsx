import { scopeSpan } from '@/data/selectors'
import { useLang, useMessages } from '@/i18n/LangContext'
import { yearSpanLabel } from '@/i18n/vocabularyLabels'
import { SCOPES, type Scope } from '@/url/urlState'
import { filterMessages } from './messages'

/** "2017–2021" (the core, default) or "2016–2025" (the whole record): two buttons, one pressed. */
export function ScopeControl({ value, onChange }: { value: Scope; onChange: (scope: Scope) => void }) {
  const { lang } = useLang()
  const t = useMessages(filterMessages)
  return (
    <div className="flex flex-col gap-1">
      <span aria-hidden="true" className="text-muted text-sm font-semibold">
        {t.scopeLabel}
      </span>
      <div
        role="group"
        aria-label={t.scopeLabel}
        className="border-accent inline-flex overflow-hidden rounded-lg border-2"
      >
        {SCOPES.map((scope) => (
          <button
            key={scope}
            type="button"
            aria-pressed={value === scope}
            onClick={() => onChange(scope)}
            className="border-accent hover:bg-surface aria-pressed:bg-accent aria-pressed:text-accent-fg min-h-11 border-l-2 px-3 py-2 font-semibold tabular-nums first:border-l-0 focus-visible:-outline-offset-4"
          >
            {yearSpanLabel(...scopeSpan(scope), lang)}
          </button>
        ))}
      </div>
    </div>
  )
}
