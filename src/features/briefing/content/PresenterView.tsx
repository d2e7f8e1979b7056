import { Fragment, useEffect, useMemo, useState, type ReactNode } from 'react'
import { formatNumber } from '@/i18n/format'
import { LOCALE_TAG } from '@/i18n/lang'
import { useMessages } from '@/i18n/LangContext'
import { buildNotes } from './buildNotes'
import { contentMessages } from './messages'
import { SlideView } from './SlideView'
import { SyncStatus } from './SyncStatus'
import { useSpeakerNotes } from './speakerNotes'
import { useDeckKeys } from './useDeckKeys'
import { useSyncedDeck } from './useSyncedDeck'

const button = 'rounded-md border border-border bg-surface px-3 py-1.5 font-medium text-fg hover:bg-bg'

function clock(ms: number): string {
  const s = Math.floor(ms / 1000)
  const pad = (v: number) => String(v).padStart(2, '0')
  return `${pad(Math.floor(s / 60))}:${pad(s % 60)}`
}

/** A 16:9 slide as large as its box allows, by width or by height, never scrolling. */
function Fitted({ children }: { children: ReactNode }) {
  return (
    <div className="[container-type:size] min-h-0 flex-1">
      <div
        className="border-border aspect-video overflow-hidden rounded-md border"
        style={{ width: 'min(100cqw, calc(100cqh * 16 / 9))' }}
      >
        {children}
      </div>
    </div>
  )
}

/**
 * The presenter's window, one screen that never scrolls: the current slide large, the next one beside
 * it, this slide's notes (the presenter's own, else the data's for the slide's topics) in a box of their
 * own, the elapsed time and the clock. The keys are the deck's (useDeckKeys), B blanks both windows.
 */
export function PresenterView() {
  const t = useMessages(contentMessages)
  const { index, deck, total, current, move, isBlank, toggleBlank, syncNotice, lang, notesScope } = useSyncedDeck()
  const [userNotes] = useSpeakerNotes(notesScope)
  const myNote = (userNotes[deck.entries[current - 1] ?? ''] ?? '').trim()
  const n = (value: number) => formatNumber(value, lang)
  const slide = deck.slides[current - 1] ?? deck.slides[0]!
  const next = deck.slides[current]
  const notes = useMemo(() => buildNotes(index, deck, slide, lang), [index, deck, slide, lang])

  // Timer: counts from the start, less any paused time.
  const [start, setStart] = useState(() => Date.now())
  const [now, setNow] = useState(() => Date.now())
  const [pausedAt, setPausedAt] = useState<number | null>(null)
  const elapsed = Math.max(0, (pausedAt ?? now) - start)
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 500)
    return () => window.clearInterval(id)
  }, [])
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
  const time = new Intl.DateTimeFormat(LOCALE_TAG[lang], { hour: '2-digit', minute: '2-digit' }).format(now)

  useEffect(() => {
    document.title = `${t.presenterTitle} – ${slide.title}`
  }, [t.presenterTitle, slide.title])

  useDeckKeys({
    current,
    total,
    move,
    onBlank: toggleBlank,
    onFullscreen: () => {
      const request = document.fullscreenElement
        ? document.exitFullscreen()
        : document.documentElement.requestFullscreen()
      void request.catch(() => undefined)
    },
  })

  return (
    <main className="bg-bg text-fg flex h-dvh flex-col gap-3 overflow-hidden p-3">
      <header className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <h1 className="text-xl font-bold">{t.presenterTitle}</h1>
        <p className="text-lg font-semibold tabular-nums">{t.slideOf(n(current), n(total))}</p>
        {isBlank && (
          <p role="status" className="rounded-md bg-black px-2 py-0.5 font-semibold text-white">
            {t.blankedBoth}
          </p>
        )}
        <span className="flex-1" />
        <p className="text-lg tabular-nums">
          <span className="text-muted">{t.clock}: </span>
          <time>{time}</time>
        </p>
        <p className="text-2xl font-semibold tabular-nums">
          <span className="text-muted text-lg font-normal">{t.timer}: </span>
          <time dateTime={`PT${Math.floor(elapsed / 1000)}S`}>{clock(elapsed)}</time>
        </p>
        <button type="button" className={button} onClick={togglePause}>
          {pausedAt === null ? t.pause : t.resume}
        </button>
        <button type="button" className={button} onClick={resetTimer}>
          {t.reset}
        </button>
        <button type="button" className={button} aria-pressed={isBlank} onClick={toggleBlank}>
          {t.blankButton}
        </button>
      </header>
      <SyncStatus notice={syncNotice} className="border-accent rounded-md border-l-4 px-3 py-1 text-lg" />
      <div className="grid min-h-0 flex-1 grid-cols-[2fr_1fr] gap-4">
        <section aria-labelledby="presenter-current" className="flex min-h-0 flex-col gap-2">
          <h2 id="presenter-current" className="text-muted font-semibold">
            {t.current}
          </h2>
          <Fitted>
            <SlideView slide={slide} label={t.slideOf(n(current), n(total))} headingLevel={3} />
          </Fitted>
          <div className="flex gap-2">
            <button type="button" className={button} onClick={() => move(current - 1)}>
              <span aria-hidden="true">← </span>
              {t.previous}
            </button>
            <button type="button" className={button} onClick={() => move(current + 1)}>
              {t.next}
              <span aria-hidden="true"> →</span>
            </button>
            <span className="text-muted self-center text-sm">{t.keysHelpPresenter}</span>
          </div>
        </section>
        <div className="flex min-h-0 flex-col gap-3">
          <section aria-labelledby="presenter-next" className="flex h-[34%] min-h-0 flex-col gap-2">
            <h2 id="presenter-next" className="text-muted font-semibold">
              {t.upNext}
            </h2>
            {next ? (
              <Fitted>
                <SlideView slide={next} label={t.slideOf(n(current + 1), n(total))} headingLevel={3} />
              </Fitted>
            ) : (
              <p>{t.endOfDeck}</p>
            )}
          </section>
          <section
            aria-labelledby="presenter-notes"
            className="border-border flex min-h-0 flex-1 flex-col rounded-md border p-3"
          >
            <h2 id="presenter-notes" className="text-xl font-bold">
              {t.notes}
            </h2>
            {/* The notes scroll in their own box; the page never does. Focusable, so keys can scroll it. */}
            {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take focus */}
            <div className="min-h-0 flex-1 overflow-y-auto" tabIndex={0} aria-labelledby="presenter-notes">
              {myNote !== '' ? (
                <>
                  <h3 className="text-muted text-sm font-semibold">{t.yourNotes}</h3>
                  <p className="text-lg whitespace-pre-wrap">{myNote}</p>
                </>
              ) : (
                <>
                  <h3 className="text-muted text-sm font-semibold">{t.notesFromData}</h3>
                  <ul className="space-y-3 text-lg">
                    {notes.map((note, i) => (
                      <li key={i}>
                        <p>{note.text}</p>
                        {note.sources.length > 0 && (
                          // One line: who says so, official first, each publisher a link to its text.
                          <p className="mt-1 text-sm">
                            <span className="text-muted">{t.source}: </span>
                            {note.sources.map((source, i) => (
                              <Fragment key={source.href}>
                                {i > 0 && t.listJoin}
                                <a
                                  href={source.href}
                                  target="_blank"
                                  rel="noreferrer"
                                  className="text-accent underline"
                                >
                                  {source.label}
                                </a>
                              </Fragment>
                            ))}
                          </p>
                        )}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          </section>
        </div>
      </div>
    </main>
  )
}
