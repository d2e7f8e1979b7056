import { Suspense, useCallback, useEffect, useRef } from 'react'
import { preloadErrorPanel } from '@/components/ErrorNotice'
import { lazyWithRetry } from '@/components/lazyWithRetry'
import { HandoutHost } from '@/features/briefing/HandoutHost'
import { isPresenterWindow } from '@/features/briefing/presenterParam'
import { scopeSpan } from '@/data/selectors'
import { isEmbedded } from '@/url/embedParam'
import { useSetViewState, useViewField } from '@/url/useViewState'
import { useMessages } from '@/i18n/LangContext'
import { announceAppLive } from './appLive'
import { AppFooter } from './AppFooter'
import { AppHeader } from './AppHeader'
import { DataBoundary } from './DataBoundary'
import { EmbedLink } from './EmbedLink'
import { KeptContentBanner } from './KeptContentBanner'
import { PageFrame } from './PageFrame'
import { appMessages } from './messages'
import { ViewNav } from './ViewNav'
import { ViewSwitch } from './ViewSwitch'

// Presenting is loaded only when someone presents.
const Presentation = lazyWithRetry(
  () => import('@/features/briefing/content/Presentation'),
  (m) => m.Presentation,
)
const PresenterView = lazyWithRetry(
  () => import('@/features/briefing/content/PresenterView'),
  (m) => m.PresenterView,
)

export function AppShell() {
  const t = useMessages(appMessages)
  const slide = useViewField('slide')
  const view = useViewField('view')
  const meeting = useViewField('meeting')
  const theme = useViewField('theme')
  const isEmbed = isEmbedded()
  // A meeting page prints its own handout (that meeting only); a theme page and the comparison print as they
  // are on screen; every other view prints the handout of its topics.
  const printsItself = meeting !== null || theme !== null || view === 'compare'
  const [first, last] = scopeSpan(useViewField('scope'))
  const documentTitle = t.documentTitle(first, last)
  const setState = useSetViewState()
  const isPresenting = slide !== null
  const presentButton = useRef<HTMLButtonElement>(null)
  const wasPresenting = useRef(isPresenting)

  // The controls have their handlers now: a press made before this is acted on (public/boot.js).
  useEffect(() => announceAppLive('shell'), [])

  // The error panel's code, fetched while the network is there, for when it is not.
  useEffect(() => {
    if (typeof window.requestIdleCallback !== 'function') return preloadErrorPanel()
    const id = window.requestIdleCallback(preloadErrorPanel, { timeout: 5000 })
    return () => window.cancelIdleCallback(id)
  }, [])

  useEffect(() => {
    if (!isPresenting) document.title = documentTitle
  }, [documentTitle, isPresenting])

  // Leaving the deck (Escape, Back) puts focus back on the Present button.
  useEffect(() => {
    if (wasPresenting.current && !isPresenting) presentButton.current?.focus()
    wasPresenting.current = isPresenting
  }, [isPresenting])

  const exit = useCallback(() => void setState({ slide: null }), [setState])

  if (isPresenterWindow()) {
    return (
      // The presenter window was opened by the deck: Leave closes it, back to the audience window.
      <DataBoundary onLeave={() => window.close()}>
        <PresenterView />
      </DataBoundary>
    )
  }

  return (
    <>
      <PageFrame isHidden={isPresenting} printsItself={printsItself}>
        <a
          href="#main"
          className="focus:bg-accent focus:text-accent-fg sr-only focus:not-sr-only focus:absolute focus:m-2 focus:rounded focus:p-2"
        >
          {t.skipToContent}
        </a>
        {/* ?embed=1, in another page's iframe: the view alone, and the way to the whole dashboard (in main). */}
        {!isEmbed && (
          <div className="print:hidden">
            <AppHeader presentRef={presentButton} />
            <ViewNav />
          </div>
        )}
        {/* At least a screen tall, so the footer never starts in view and jumps when the content arrives; in a
            frame (no footer) as tall as its content, so a frame of that height never scrolls inside. */}
        <main
          id="main"
          tabIndex={-1}
          className={`mx-auto w-full max-w-7xl flex-1 px-4 py-6 print:min-h-0 print:py-0 ${isEmbed ? '' : 'min-h-screen'}`}
        >
          {isEmbed && <EmbedLink />}
          <KeptContentBanner />
          {/* A new view (or meeting) gets a fresh try: one failed view does not leave its error on the others. */}
          <DataBoundary resetKeys={[view, meeting, theme]}>
            <ViewSwitch />
          </DataBoundary>
        </main>
        {/* A meeting's handout has its own footer. */}
        {!isEmbed && (
          <div className={meeting !== null ? 'print:hidden' : undefined}>
            <AppFooter />
          </div>
        )}
      </PageFrame>
      {isPresenting && (
        <div className="print:hidden">
          <DataBoundary onLeave={exit}>
            <Suspense fallback={null}>
              <Presentation onExit={exit} />
            </Suspense>
          </DataBoundary>
        </div>
      )}
      {!printsItself && <HandoutHost />}
    </>
  )
}
