import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { ErrorBoundary } from '@/components/ErrorBoundary'
import { useMessages } from '@/i18n/LangContext'
import { OPEN_EDITOR_EVENT } from './openEditorEvent'
import { headerButton } from './headerButton'
import { briefingMessages } from './messages'

const OutlineEditor = lazy(() => import('./content/OutlineEditor').then((m) => ({ default: m.OutlineEditor })))

/** "Build briefing": opens the outline editor (loaded on first open); the share panel opens it too. */
export function BuildBriefingButton() {
  const t = useMessages(briefingMessages)
  const [isOpen, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const open = () => setOpen(true)
    window.addEventListener(OPEN_EDITOR_EVENT, open)
    return () => window.removeEventListener(OPEN_EDITOR_EVENT, open)
  }, [])
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        className={`${headerButton} bg-bg text-fg`}
        onClick={() => setOpen(true)}
      >
        {t.buildBriefing}
      </button>
      {isOpen && (
        <ErrorBoundary fallback={() => null}>
          <Suspense>
            <OutlineEditor
              onClose={() => {
                setOpen(false)
                button.current?.focus()
              }}
            />
          </Suspense>
        </ErrorBoundary>
      )}
    </>
  )
}
