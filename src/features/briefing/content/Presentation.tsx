import { useCallback, useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { addressOf } from '@/url/address'
import { formatNumber } from '@/i18n/format'
import { useMessages } from '@/i18n/LangContext'
import { contentMessages } from './messages'
import { PrintSlides } from './PrintSlides'
import { SlideView } from './SlideView'
import { SyncStatus } from './SyncStatus'
import { useDeckKeys } from './useDeckKeys'
import { useIsNarrow } from './useIsNarrow'
import { useSyncedDeck } from './useSyncedDeck'

const button =
  'rounded-md border border-border bg-surface px-3 py-1.5 text-sm font-medium text-fg hover:bg-bg disabled:opacity-60'

/** How long the controls stay after the last pointer move or focus. */
export const CONTROLS_IDLE_MS = 3000

/**
 * The audience screen: nothing but the slide, full window (F for full screen), keyboard driven,
 * following the WAI-ARIA carousel pattern. The controls come up on a pointer move or when Tab
 * reaches them, go after three idle seconds, and never show in full screen. B blanks everything.
 */
export function Presentation({ onExit }: { onExit: () => void }) {
  const t = useMessages(contentMessages)
  const { deck, total, current, goTo, move, isBlank, toggleBlank, syncNotice, state, lang } = useSyncedDeck()
  const root = useRef<HTMLElement>(null)
  const [isFullscreen, setFullscreen] = useState(false)
  const [hasControls, setControls] = useState(true)
  const bar = useRef<HTMLDivElement>(null)
  const idle = useRef<number | undefined>(undefined)
  const scheduleHide = useCallback(() => {
    window.clearTimeout(idle.current)
    idle.current = window.setTimeout(() => {
      // Focus inside the bar keeps it up; it goes once focus leaves.
      if (!bar.current?.contains(document.activeElement)) setControls(false)
    }, CONTROLS_IDLE_MS)
  }, [])
  const wake = useCallback(() => {
    setControls(true)
    scheduleHide()
  }, [scheduleHide])
  useEffect(() => {
    scheduleHide()
    return () => window.clearTimeout(idle.current)
  }, [scheduleHide])
  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null)
    document.addEventListener('fullscreenchange', onChange)
    return () => document.removeEventListener('fullscreenchange', onChange)
  }, [])
  const isBarShown = hasControls && !isFullscreen && !isBlank
  const [presenter, setPresenter] = useState<'none' | 'opened' | 'blocked'>('none')
  const slide = deck.slides[current - 1] ?? deck.slides[0]!
  const isNarrow = useIsNarrow()
  const currentItem = useRef<HTMLLIElement>(null)
  useEffect(() => {
    if (isNarrow) currentItem.current?.scrollIntoView({ block: 'start' })
  }, [isNarrow, current])
  const n = (value: number) => formatNumber(value, lang)
  // "Cannot sync" matters only once there is a presenter window to sync with.
  const notice =
    presenter === 'blocked'
      ? 'presenterBlocked'
      : syncNotice === 'unavailable' && presenter === 'none'
        ? null
        : syncNotice

  // Keep the URL inside the deck (a deep link past the end shows the last slide).
  useEffect(() => {
    if (state.slide !== current) goTo(current)
  })

  useEffect(() => {
    root.current?.focus()
  }, [])

  useDeckKeys({
    current,
    total,
    move,
    onBlank: toggleBlank,
    onFullscreen: () => {
      const request = document.fullscreenElement ? document.exitFullscreen() : root.current?.requestFullscreen()
      void request?.catch(() => undefined)
    },
    onExit: () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
      onExit()
    },
    // Tab brings the controls up before the browser moves focus, so it can land on them.
    onAnyKey: (event) => {
      if (event.key === 'Tab') flushSync(wake)
    },
  })

  function openPresenter() {
    const address = addressOf({ ...state, slide: current, lang })
    const opened = window.open(
      `${address}${address.includes('?') ? '&' : '?'}presenter=1`,
      'g20dm-presenter',
      'popup,width=1280,height=800',
    )
    setPresenter(opened === null ? 'blocked' : 'opened')
  }

  return (
    // A pointer move only brings the controls up; keyboard users get them with Tab (onKey above).
    <section
      ref={root}
      tabIndex={-1}
      aria-roledescription="carousel"
      aria-label={t.deckLabel}
      onPointerMove={wake}
      onPointerDown={wake}
      className={`bg-bg text-fg fixed inset-0 z-50 outline-none ${isBarShown ? '' : 'cursor-none'}`}
    >
      {isNarrow ? (
        // A phone: every slide in a list, in readable text, the current one scrolled to.
        <div className="absolute inset-0 overflow-y-auto pb-16">
          <h1 className="sr-only">{t.deckLabel}</h1>
          <ol className="m-0 list-none p-0">
            {deck.slides.map((s, i) => (
              <li
                key={s.id}
                ref={i + 1 === current ? currentItem : undefined}
                aria-current={i + 1 === current ? 'true' : undefined}
                className={`border-border border-b-4 ${i + 1 === current ? 'border-l-accent border-l-4' : ''}`}
              >
                <SlideView slide={s} label={t.slideOf(n(i + 1), n(total))} headingLevel={2} isFlow />
              </li>
            ))}
          </ol>
        </div>
      ) : (
        <div className="absolute inset-0">
          {!isBlank && (
            <SlideView key={slide.id} slide={slide} label={t.slideOf(n(current), n(total))} headingLevel={1} />
          )}
        </div>
      )}
      {/* B: the whole screen black, the bar and any notice included. */}
      {isBlank && <div className="absolute inset-0 z-20 bg-black" />}
      <PrintSlides slides={deck.slides} />
      <p aria-live="polite" aria-atomic="true" className="sr-only">
        {isBlank ? t.blank : t.slideAnnounce(n(current), n(total), slide.title)}
      </p>
      {!isBlank && (
        <SyncStatus
          notice={notice}
          className="bg-surface border-accent absolute top-2 left-1/2 z-10 max-w-[90%] -translate-x-1/2 rounded-md border-l-4 px-3 py-1 text-sm font-semibold shadow"
        />
      )}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions -- focus in the bar keeps it up */}
      <div
        ref={bar}
        onFocus={wake}
        onBlur={wake}
        className={`border-border bg-surface absolute inset-x-0 bottom-0 z-10 flex flex-wrap items-center gap-2 border-t px-3 py-1.5 text-sm ${isBarShown ? '' : 'invisible'}`}
      >
        <button type="button" className={button} onClick={() => move(current - 1)}>
          <span aria-hidden="true">← </span>
          {t.previous}
        </button>
        <span className="tabular-nums">{t.slideOf(n(current), n(total))}</span>
        <button type="button" className={button} onClick={() => move(current + 1)}>
          {t.next}
          <span aria-hidden="true"> →</span>
        </button>
        <span className="text-muted hidden lg:inline">{t.keysHelp}</span>
        <span className="flex-1" />
        <button type="button" className={button} onClick={() => window.print()}>
          {t.printSlides}
        </button>
        <button type="button" className={button} onClick={openPresenter}>
          {t.presenterView}
        </button>
        <button type="button" className={button} onClick={onExit}>
          {t.exit}
        </button>
      </div>
    </section>
  )
}
