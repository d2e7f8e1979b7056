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
    <section
      role="alert"
      aria-labelledby="error-title"
      className="border-danger bg-surface mx-auto my-8 max-w-2xl rounded-lg border-2 p-6"
    >
      <h2 id="error-title" ref={heading} tabIndex={-1} className="text-danger text-2xl font-bold">
        {t.errorTitle}
      </h2>
      <p className="mt-2 text-lg">{t.errorCause(kind)}</p>
      <p className="text-muted mt-2">
        <span className="font-semibold">{t.errorDetail}: </span>
        <code lang="en" className="break-words">
          {detail}
        </code>
      </p>
      <button
        type="button"
        onClick={onRetry}
        className="bg-accent text-accent-fg mt-4 rounded-md px-5 py-2 text-lg font-semibold hover:opacity-90"
      >
        {t.retry}
      </button>
    </section>
  )
}
