import { useMessages } from '@/i18n/LangContext'
import type { ErrorPanelProps } from './ErrorPanel'
import { componentMessages } from './messages'

/** The plain notice, in the first bundle, for when the error panel's own code cannot be loaded. */
export function BasicErrorNotice({ onRetry, onLeave }: ErrorPanelProps) {
  const t = useMessages(componentMessages)
  return (
    <section
      role="alert"
      className="border-danger bg-surface my-4 flex flex-wrap items-center gap-2 rounded-lg border-2 p-4"
    >
      <h2 className="text-danger me-auto text-xl font-bold">{t.chunkTitle}</h2>
      <button type="button" onClick={onRetry} className="bg-accent text-accent-fg rounded-md px-4 py-1.5 font-semibold">
        {t.retry}
      </button>
      <button
        type="button"
        onClick={() => window.location.reload()}
        className="border-border rounded-md border px-4 py-1.5"
      >
        {t.reload}
      </button>
      {onLeave && (
        <button type="button" onClick={onLeave} className="border-border rounded-md border px-4 py-1.5">
          {t.leave}
        </button>
      )}
    </section>
  )
}
