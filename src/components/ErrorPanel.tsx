import { useEffect, useId, useRef } from 'react'
import { DatasetError } from '@/data/DatasetError'
import { useMessages } from '@/i18n/LangContext'
import { isChunkLoadFailure } from './ChunkLoadError'
import { componentMessages } from './messages'

interface Props {
  error: unknown
  onRetry: () => void
  /** An overlay's way out (the deck): a Leave button, and Escape. */
  onLeave?: () => void
  /** Smaller, inside a panel (the share panel), not the page's main area. */
  isCompact?: boolean
}

const button = 'rounded-md font-semibold hover:opacity-90'

/** What went wrong, in the reader's language, with what they can do: Retry, and Reload when the app's code failed to arrive. */
export function ErrorPanel({ error, onRetry, onLeave, isCompact = false }: Props) {
  const t = useMessages(componentMessages)
  const heading = useRef<HTMLHeadingElement>(null)
  const titleId = useId()
  const isChunk = isChunkLoadFailure(error)
  const kind = error instanceof DatasetError ? error.kind : null
  const detail = error instanceof Error ? error.message : String(error)
  const title = isChunk ? t.chunkTitle : kind ? t.errorTitle : t.unknownTitle
  const cause = isChunk ? t.chunkCause : t.errorCause(kind ?? 'unknown')

  useEffect(() => heading.current?.focus(), [])

  useEffect(() => {
    if (!onLeave) return undefined
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onLeave()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [onLeave])

  const size = isCompact ? 'px-3 py-1.5' : 'px-5 py-2 text-lg'
  return (
    <section
      role="alert"
      aria-labelledby={titleId}
      className={
        isCompact
          ? 'border-danger rounded-md border-2 p-3'
          : 'border-danger bg-surface mx-auto my-8 max-w-2xl rounded-lg border-2 p-6'
      }
    >
      <h2
        id={titleId}
        ref={heading}
        tabIndex={-1}
        className={`text-danger font-bold ${isCompact ? 'text-lg' : 'text-2xl'}`}
      >
        {title}
      </h2>
      <p className={`mt-2 ${isCompact ? '' : 'text-lg'}`}>{cause}</p>
      <p className="text-muted mt-2">
        <span className="font-semibold">{t.errorDetail}: </span>
        <code lang="en" className="break-words">
          {detail}
        </code>
      </p>
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="button" onClick={onRetry} className={`${button} ${size} bg-accent text-accent-fg`}>
          {t.retry}
        </button>
        {isChunk && (
          <button
            type="button"
            onClick={() => window.location.reload()}
            className={`${button} ${size} border-border bg-bg text-fg border`}
          >
            {t.reload}
          </button>
        )}
        {onLeave && (
          <button type="button" onClick={onLeave} className={`${button} ${size} border-border bg-bg text-fg border`}>
            {t.leave}
          </button>
        )}
      </div>
    </section>
  )
}
