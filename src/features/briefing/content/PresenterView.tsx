import { useEffect, useMemo, useRef, useState } from 'react'
import { formatNumber } from '@/i18n/format'
import { useMessages } from '@/i18n/LangContext'
import { buildNotes } from './buildNotes'
import { deckKey, isControlKey, targetSlide } from './deckKeys'
import { contentMessages } from './messages'
import { SlideView } from './SlideView'
import { SyncStatus } from './SyncStatus'
import { useSpeakerNotes } from './speakerNotes'
import { useSyncedDeck } from './useSyncedDeck'

const button = 'rounded-md border border-border bg-surface px-3 py-1.5 font-medium text-fg hover:bg-bg'

function clock(ms: number): string {
  const s = Math.floor(ms / 1000)
  const pad = (v: number) => String(v).padStart(2, '0')
  return `${pad(Math.floor(s / 60))}:${pad(s % 60)}`
}

/** The presenter's window: current and next slide, speaker notes with sources, a timer. */
export function PresenterView() {
  const t = useMessages(contentMessages)
  const { index, deck, total, current, move, syncNotice, lang, notesScope } = useSyncedDeck()
  const [userNotes] = useSpeakerNotes(notesScope)
  const myNote = (userNotes[deck.entries[current - 1] ?? ''] ?? '').trim()
  const n = (value: number) => formatNumber(value, lang)
  const slide = deck.slides[current - 1] ?? deck.slides[0]!
  const next = deck.slides[current]
  const notes = useMemo(() => buildNotes(index, deck, slide, lang), [index, deck, slide, lang])
  const buffer = useRef('')

  // Timer: counts from the start, less any paused time.
  const [start, setStart] = useState(() => Date.now())
  const [now, setNow] = useState(() => Date.now())
  const [pausedAt, setPausedAt] = useState<number | null>(null)
  const elapsed = Math.max(0, (pausedAt ?? now) - start)
  useEffect(() => {
    if (pausedAt !== null) return undefined
    const id = window.setInterval(() => setNow(Date.now()), 500)
    return () => window.clearInterval(id)
  }, [pausedAt])
  function togglePause() {
    const at = Date.now()
    if (pausedAt === null) setPausedAt(at)
    else {
      setStart((s) => s + (at - pausedAt))
      setNow(at)
      setPausedAt(null)
    }
  }
  function resetTimer() {
    const at = Date.now()
    setStart(at)
    setNow(at)
    if (pausedAt !== null) setPausedAt(at)
  }

  useEffect(() => {
    document.title = `${t.presenterTitle} – ${slide.title}`
  }, [t.presenterTitle, slide.title])

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey) return
      if (isControlKey(event.target, event.key, buffer.current)) return
      const result = deckKey(event.key, buffer.current)
      buffer.current = result.buffer
      const target = result.command ? targetSlide(result.command, current, total) : null
      if (target === null) return
      event.preventDefault()
      move(target)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [current, total, move])

  return (
    <main className="bg-bg text-fg flex min-h-screen flex-col gap-4 p-4">
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{t.presenterTitle}</h1>
        <p className="text-lg tabular-nums">{t.slideOf(n(current), n(total))}</p>
        <span className="flex-1" />
        <p className="text-2xl font-semibold tabular-nums">
          <span className="sr-only">{t.timer}: </span>
          <time dateTime={`PT${Math.floor(elapsed / 1000)}S`}>{clock(elapsed)}</time>
        </p>
        <button type="button" className={button} onClick={togglePause}>
          {pausedAt === null ? t.pause : t.resume}
        </button>
        <button type="button" className={button} onClick={resetTimer}>
          {t.reset}
        </button>
      </header>
      <SyncStatus notice={syncNotice} className="border-accent rounded-md border-l-4 px-3 py-1 text-lg" />
      <div className="grid flex-1 gap-4 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="presenter-current" className="flex flex-col gap-2">
          <h2 id="presenter-current" className="text-muted font-semibold">
            {t.current}
          </h2>
          <div className="border-border aspect-video w-full overflow-hidden rounded-md border">
            <SlideView slide={slide} label={t.slideOf(n(current), n(total))} headingLevel={3} />
          </div>
          <div className="flex gap-2">
            <button type="button" className={button} onClick={() => move(current - 1)}>
              <span aria-hidden="true">← </span>
              {t.previous}
            </button>
            <button type="button" className={button} onClick={() => move(current + 1)}>
              {t.next}
              <span aria-hidden="true"> →</span>
            </button>
          </div>
        </section>
        <div className="flex flex-col gap-4">
          <section aria-labelledby="presenter-next" className="flex flex-col gap-2">
            <h2 id="presenter-next" className="text-muted font-semibold">
              {t.upNext}
            </h2>
            {next ? (
              <div className="border-border aspect-video w-full overflow-hidden rounded-md border">
                <SlideView slide={next} label={t.slideOf(n(current + 1), n(total))} headingLevel={3} />
              </div>
            ) : (
              <p>{t.endOfDeck}</p>
            )}
          </section>
          <section aria-labelledby="presenter-notes" className="flex flex-col gap-2">
            <h2 id="presenter-notes" className="text-xl font-bold">
              {t.notes}
            </h2>
            {myNote !== '' && (
              <div className="border-accent rounded-md border-l-4 px-3 py-1">
                <h3 className="text-muted text-sm font-semibold">{t.yourNotes}</h3>
                <p className="text-lg whitespace-pre-wrap">{myNote}</p>
              </div>
            )}
            <ul className="space-y-3 text-lg">
              {notes.map((note, i) => (
                <li key={i}>
                  <p>{note.text}</p>
                  {note.sources.length > 0 && (
                    <ul className="mt-1 space-y-0.5 text-sm">
                      {note.sources.map((url) => (
                        <li key={url} className="break-all">
                          <span className="text-muted">{t.source}: </span>
                          <a href={url} target="_blank" rel="noreferrer" className="text-accent underline">
                            {url}
                          </a>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    </main>
  )
}
