import { useCopyToClipboard } from '@/components/useCopyToClipboard'
import { useMessages } from '@/i18n/LangContext'
import { filterMessages } from './messages'

/** Copies the address of the current view (the URL is the state), and says so in a live region. */
export function CopyLinkButton() {
  const t = useMessages(filterMessages)
  const [status, copy] = useCopyToClipboard()

  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={() => void copy(window.location.href)}
        className="border-border bg-bg hover:border-accent inline-flex min-h-9 items-center gap-1.5 rounded-md border px-3 py-1.5 text-sm font-semibold"
      >
        <svg
          viewBox="0 0 16 16"
          aria-hidden="true"
          focusable="false"
          className="size-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        >
          <path d="M6.5 9.5a3 3 0 0 0 4.2 0l2.3-2.3a3 3 0 0 0-4.2-4.2L7.7 4.1M9.5 6.5a3 3 0 0 0-4.2 0L3 8.8A3 3 0 0 0 7.2 13l1.1-1.1" />
        </svg>
        {t.copyLink}
      </button>
      <span
        aria-live="polite"
        className={status === 'failed' ? 'text-danger text-sm' : 'text-fg text-sm font-semibold'}
      >
        {status === 'copied' ? t.linkCopied : status === 'failed' ? t.copyFailed : ''}
      </span>
    </div>
  )
}
