import { useEffect, useRef } from 'react'
import { DatasetError } from '@/data/DatasetError'
import { useMessages } from '@/i18n/LangContext'
import { componentMessages } from './messages'

export function ErrorPanel({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useMessages(componentMessages)
  const heading = useRef<HTMLHeadingElement>(null)
  const kind = error instanceof DatasetError ? error.kind : 'unknown'
  const detail = error instanceof Error ? error.message : String(error)

  useEffect(() => heading.current?.focus(), [])

  return (
    <section role="alert" aria-labelledby="error-title" className="mx-auto my-8 max-w-2xl rounded-lg border-2 border-danger bg-surface p-6">
      <h2 id="error-title" ref={heading} tabIndex={-1} className="text-2xl font-bold text-danger">
        {t.errorTitle}
      </h2>
      <p className="mt-2 text-lg">{t.errorCause(kind)}</p>
      <p className="mt-2 text-muted">
        <span className="font-semibold">{t.errorDetail}: </span>
        <code lang="en" className="break-words">{detail}</code>
      </p>
      <button
        type="button"
        onClick={onRetry}
        className="mt-4 rounded-md bg-accent px-5 py-2 text-lg font-semibold text-accent-fg hover:opacity-90"
      >
        {t.retry}
      </button>
    </section>
  )
}
