import { useEffect, useId, useRef } from 'react'
import { DatasetError } from '@/data/DatasetError'
import type { Lang } from '@/i18n/lang'
import { isChunkLoadFailure } from './ChunkLoadError'
import { errorMessages } from './errorMessages'
import type { componentMessages } from './messages'

export interface ErrorPanelProps {
  error: unknown
  onRetry: () => void
  /** An overlay's way out (the deck): a Leave button, and Escape. */
  onLeave?: () => void
  /**
   * `page` (the main area), `compact` (inside a panel such as Share), or `banner` (above
   * prerendered content that stays: it does not take focus, the reader did not ask for it).
   */
  variant?: 'page' | 'compact' | 'banner'
  isRetrying?: boolean
}

interface Props extends ErrorPanelProps {
  /** The reader's language and the shared labels, from ErrorNotice: this chunk carries no i18n code of its own. */
  lang: Lang
  labels: (typeof componentMessages)[Lang]
}

const buttonClass = 'rounded-md font-semibold hover:opacity-90 disabled:opacity-70'

/** What went wrong, in the reader's language, with what they can do: Retry, and Reload when the app's code failed to arrive. */
export function ErrorPanel({ error, onRetry, onLeave, variant = 'page', isRetrying = false, lang, labels }: Props) {
  const t = { ...labels, ...errorMessages[lang] }
  const heading = useRef<HTMLHeadingElement>(null)
  const titleId = useId()
  const isChunk = isChunkLoadFailure(error)
  const kind = error instanceof DatasetError ? error.kind : null
  const detail = error instanceof Error ? error.message : String(error)
  const isBanner = variant === 'banner'
  const title = isChunk ? t.chunkTitle : isBanner ? t.keptTitle : kind ? t.errorTitle : t.unknownTitle
  const cause = isChunk ? t.chunkCause : t.errorCause(kind ?? 'unknown')

  useEffect(() => {
    if (!isBanner) heading.current?.focus()
  }, [isBanner])

  useEffect(() => {
    if (!onLeave) return undefined
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onLeave()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [onLeave])

  const isPage = variant === 'page'
  const size = isPage ? 'px-5 py-2 text-lg' : 'px-4 py-1.5'
  const frame = {
    page: 'mx-auto my-8 max-w-2xl rounded-lg p-6',
    compact: 'rounded-md p-3',
    banner: 'mb-6 rounded-lg p-4',
  }[variant]
  return (
    <section role="alert" aria-labelledby={titleId} className={`border-danger bg-surface border-2 ${frame}`}>
      <h2
        id={titleId}
        ref={heading}
        tabIndex={-1}
        className={`text-danger font-bold ${isPage ? 'text-2xl' : 'text-xl'}`}
      >
        {title}
      </h2>
      <p className={`mt-2 ${isPage ? 'text-lg' : ''}`}>
        {cause}
        {isBanner && ` ${t.keptNote}`}
      </p>
      <p className="text-muted mt-2">
        <span className="font-semibold">{t.errorDetail}: </span>
        <code lang="en" className="break-words">
          {detail}
        </code>
      </p>
      <div className="mt-4 flex flex-wrap gap-2">
        <button
          type="button"
          disabled={isRetrying}
          onClick={onRetry}
          className={`${buttonClass} ${size} bg-accent text-accent-fg`}
        >
          {isRetrying ? t.retrying : t.retry}
        </button>
        {isChunk && (
          <button
            type="button"
            onClick={() => window.location.reload()}
            className={`${buttonClass} ${size} border-border bg-bg text-fg border`}
          >
            {t.reload}
          </button>
        )}
        {onLeave && (
          <button
            type="button"
            onClick={onLeave}
            className={`${buttonClass} ${size} border-border bg-bg text-fg border`}
          >
            {t.leave}
          </button>
        )}
      </div>
    </section>
  )
}
