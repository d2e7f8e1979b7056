import { useEffect, useRef, useState } from 'react'
import { addressOf } from '@/url/address'
import { formatNumber } from '@/i18n/format'
import { useMessages } from '@/i18n/LangContext'
import { deckKey, isControlKey, targetSlide } from './deckKeys'
import { contentMessages } from './messages'
import { SlideView } from './SlideView'
import { SyncStatus } from './SyncStatus'
import { useSyncedDeck } from './useSyncedDeck'

const button =
  'rounded-md border border-border bg-surface px-3 py-1.5 text-sm font-medium text-fg hover:bg-bg disabled:opacity-60'

/**
 * The audience screen: one slide at a time, full window (F for full screen),
 * keyboard driven, following the WAI-ARIA carousel pattern.
 */
export function Presentation({ onExit }: { onExit: () => void }) {
  const t = useMessages(contentMessages)
  const { deck, total, current, goTo, move, syncNotice, state, lang } = useSyncedDeck()
  const root = useRef<HTMLElement>(null)
  const buffer = useRef('')
  const [isBlank, setBlank] = useState(false)
  const [presenter, setPresenter] = useState<'none' | 'opened' | 'blocked'>('none')
  const slide = deck.slides[current - 1] ?? deck.slides[0]!
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

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey) return
      if (isControlKey(event.target, event.key, buffer.current)) return
      const result = deckKey(event.key, buffer.current)
      buffer.current = result.buffer
      if (!result.handled) return
      event.preventDefault()
      const command = result.command
      if (!command) return
      if (command.type === 'exit') {
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
        onExit()
        return
      }
      if (command.type === 'blank') {
        setBlank((b) => !b)
        return
      }
      if (command.type === 'fullscreen') {
        const request = document.fullscreenElement ? document.exitFullscreen() : root.current?.requestFullscreen()
        void request?.catch(() => undefined)
        return
      }
      const next = targetSlide(command, current, total)
      if (next !== null) {
        setBlank(false)
        move(next)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [current, total, move, onExit])

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
    <section
      ref={root}
      tabIndex={-1}
      aria-roledescription="carousel"
      aria-label={t.deckLabel}
      className="bg-bg text-fg fixed inset-0 z-50 flex flex-col outline-none"
    >
      <div className="relative min-h-0 flex-1">
        {isBlank ? (
          <div className="flex size-full items-end justify-center bg-black p-4">
            <p className="text-sm text-white">{t.blank}</p>
          </div>
        ) : (
          <SlideView key={slide.id} slide={slide} label={t.slideOf(n(current), n(total))} headingLevel={1} />
        )}
      </div>
      <p aria-live="polite" aria-atomic="true" className="sr-only">
        {t.slideAnnounce(n(current), n(total), slide.title)}
      </p>
      <div className="border-border bg-surface flex flex-wrap items-center gap-2 border-t px-3 py-1.5 text-sm">
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
        <SyncStatus notice={notice} className="font-semibold" />
        <span className="flex-1" />
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
