import { Suspense, useEffect, useId, useRef, useState } from 'react'
import { ErrorBoundary } from '@/components/ErrorBoundary'
import { ErrorNotice } from '@/components/ErrorNotice'
import { lazyWithRetry } from '@/components/lazyWithRetry'
import { useMessages } from '@/i18n/LangContext'
import { headerButton } from './headerButton'
import { briefingMessages } from './messages'

const SharePanel = lazyWithRetry(
  () => import('./content/SharePanel'),
  (m) => m.SharePanel,
)

/** A disclosure: the button opens a panel of share and export actions (loaded on first open). */
export function ShareMenu() {
  const t = useMessages(briefingMessages)
  const [isOpen, setOpen] = useState(false)
  const id = useId()
  const button = useRef<HTMLButtonElement>(null)
  const panel = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!isOpen) return undefined
    function onKey(event: KeyboardEvent) {
      if (event.key !== 'Escape') return
      setOpen(false)
      button.current?.focus()
    }
    // A click or focus outside (Tab past the last action, Shift+Tab past the button) closes the
    // panel, so it never covers the element that has focus (WCAG 2.4.11).
    function onOutside(event: Event) {
      const target = event.target as Node
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false)
    }
    document.addEventListener('keydown', onKey)
    document.addEventListener('pointerdown', onOutside)
    document.addEventListener('focusin', onOutside)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('pointerdown', onOutside)
      document.removeEventListener('focusin', onOutside)
    }
  }, [isOpen])

  return (
    <div className="sm:relative">
      <button
        ref={button}
        type="button"
        aria-expanded={isOpen}
        aria-controls={id}
        className={`${headerButton} bg-bg text-fg`}
        onClick={() => setOpen((open) => !open)}
      >
        {t.share} <span aria-hidden="true">▾</span>
      </button>
      <div
        ref={panel}
        id={id}
        hidden={!isOpen}
        className="border-border bg-bg absolute z-40 mt-2 rounded-lg border p-3 shadow-lg max-sm:inset-x-4 sm:left-0 sm:w-[28rem]"
      >
        {isOpen && (
          // If the panel's code does not arrive, say so with Retry (never "Loading…" for ever).
          <ErrorBoundary fallback={(error, retry) => <ErrorNotice error={error} onRetry={retry} variant="compact" />}>
            <Suspense fallback={<p>{t.loading}</p>}>
              <SharePanel />
            </Suspense>
          </ErrorBoundary>
        )}
      </div>
    </div>
  )
}
