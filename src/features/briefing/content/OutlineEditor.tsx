import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { localText } from '@/data/localize'
import type { DatasetIndex } from '@/data/selectors'
import { formatNumber } from '@/i18n/format'
import type { Lang } from '@/i18n/lang'
import { useMessages } from '@/i18n/LangContext'
import { entryKey, MAX_DECK_TITLE, MAX_MESSAGE, type OutlineEntry } from '@/url/outline'
import { addKeyMessage, moveEntry, placeEntry, removeKeyMessage, setEntryOn, setMessage } from './briefingOutline'
import { editorMessages } from './editorMessages'
import { MAX_NOTE, useSpeakerNotes } from './speakerNotes'
import { useDeck } from './useDeck'

type T = (typeof editorMessages)[Lang]

/** What an outline entry is, in words, for its checkbox and its buttons. */
export function entryLabel(e: OutlineEntry, index: DatasetIndex, lang: Lang, t: T): string {
  const meeting = e.id === null ? undefined : index.meetingById.get(e.id)
  const name = meeting ? localText(meeting.shortName, lang) : (e.id ?? '')
  switch (e.kind) {
    case 'title':
      return t.kindTitle
    case 'meetings':
      return t.kindMeetings
    case 'meeting':
      return t.kindMeeting(name)
    case 'agreements':
      return e.id === null ? t.kindAgreementsAll : t.kindAgreements(name)
    case 'topics':
      return t.kindTopics
    case 'chart':
      return t.kindChart
    case 'themes':
      return t.kindThemes
    case 'sources':
      return t.kindSources
    case 'key':
      return t.kindKey
  }
}

const button =
  'rounded-md border border-border bg-surface px-2 py-1 text-sm font-medium text-fg hover:bg-bg aria-disabled:opacity-50'

/** A text box that keeps what is typed (spaces included) and writes it through; the URL keeps it cleaned. */
function LineInput({
  id: givenId,
  label,
  value,
  placeholder,
  maxLength,
  onChange,
}: {
  id?: string
  label: string
  value: string
  placeholder?: string
  maxLength: number
  onChange: (value: string) => void
}) {
  const [text, setText] = useState(value)
  const ownId = useId()
  const id = givenId ?? ownId
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <input
        id={id}
        type="text"
        value={text}
        placeholder={placeholder}
        maxLength={maxLength}
        className="border-border bg-bg text-fg rounded-md border px-2 py-1"
        onChange={(event) => {
          setText(event.target.value)
          onChange(event.target.value)
        }}
      />
    </div>
  )
}

/**
 * The briefing outline, as a modal dialog: a list of the slides with on/off boxes, Move up / Move down
 * (and drag for a pointer), the deck title, key messages (a slide of their own or a line on a slide) and
 * speaker notes kept on this device. Every change goes to the URL at once, so the link is the deck.
 */
export function OutlineEditor({ onClose }: { onClose: () => void }) {
  const t = useMessages(editorMessages)
  const { index, state, setState, deck, lang, notesScope } = useDeck()
  const [notes, setNote] = useSpeakerNotes(notesScope)
  const [announcement, setAnnouncement] = useState('')
  const [isNoteFailed, setNoteFailed] = useState(false)
  const [isFull, setFull] = useState(false)
  const [resets, setResets] = useState(0)
  const dialog = useRef<HTMLDivElement>(null)
  const drag = useRef<number | null>(null)
  const pendingFocus = useRef<string | null>(null)
  const headingId = useId()
  const idBase = useId()
  const outline = deck.outline
  const messages = state.bk
  const inScope = new Set(deck.meetings.map((m) => m.id))
  const n = (value: number) => formatNumber(value, lang)
  const label = (e: OutlineEntry) => entryLabel(e, index, lang, t)
  const domId = (e: OutlineEntry, what: string) => `${idBase}-${what}-${entryKey(e).replace(/[^a-z0-9-]/g, '_')}`

  useEffect(() => {
    dialog.current?.querySelector<HTMLElement>('h2')?.focus()
  }, [])

  // After a move, the moved slide's button keeps the focus (React moved the element, the browser dropped it).
  useLayoutEffect(() => {
    if (pendingFocus.current === null) return
    document.getElementById(pendingFocus.current)?.focus()
    pendingFocus.current = null
  })

  function write(next: OutlineEntry[], nextMessages?: string[]) {
    void setState({ outline: next, ...(nextMessages ? { bk: nextMessages } : {}) }, { history: 'replace' })
  }

  function move(at: number, delta: number, what: 'up' | 'down') {
    const e = outline[at]
    if (!e) return
    const next = moveEntry(outline, at, delta)
    if (next[at] === e) return
    write(next)
    const to = at + delta
    const atEnd = (what === 'up' && to === 0) || (what === 'down' && to === next.length - 1)
    pendingFocus.current = domId(e, atEnd ? (what === 'up' ? 'down' : 'up') : what)
    setAnnouncement(t.moved(label(e), n(to + 1), n(next.length)))
  }

  function addLine(at: number) {
    const edit = addKeyMessage(outline, messages, { lineOn: at }, '')
    if (!edit) return setFull(true)
    write(edit.outline, edit.messages)
    pendingFocus.current = domId(outline[at]!, 'line')
  }

  function addKeySlide() {
    const sources = outline.findIndex((e) => e.kind === 'sources' && e.isOn)
    const after = sources === -1 ? outline.length - 1 : sources - 1
    // Text written later: a placeholder number first, then the box.
    const edit = addKeyMessage(outline, messages, { slideAfter: after }, '')
    if (!edit) return setFull(true)
    write(edit.outline, edit.messages)
    const added = edit.outline[after + 1]
    if (added) pendingFocus.current = domId(added, 'key')
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation()
      onClose()
      return
    }
    if (event.key !== 'Tab' || !dialog.current) return
    // Keep Tab inside the dialog.
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>('button, input, textarea')]
    const first = focusable[0]
    const last = focusable.at(-1)
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault()
      last?.focus()
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first?.focus()
    }
  }

  const count = deck.slides.length
  return (
    <div className="fixed inset-0 z-50 flex items-start justify-center overflow-y-auto bg-black/50 p-2 sm:p-6">
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Escape and the Tab trap of a modal dialog */}
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        onKeyDown={onKeyDown}
        className="bg-bg text-fg border-border flex w-full max-w-3xl flex-col gap-3 rounded-lg border p-4 shadow-xl"
      >
        <div className="flex flex-wrap items-baseline gap-3">
          <h2 id={headingId} tabIndex={-1} className="text-2xl font-bold outline-none">
            {t.heading}
          </h2>
          <p role="status" className="text-muted font-semibold">
            {t.slidesOn(n(count), count === 1)}
          </p>
          <span className="flex-1" />
          <button type="button" className={button} onClick={onClose}>
            {t.close}
          </button>
        </div>
        <p>{t.intro}</p>
        <LineInput
          key={resets}
          label={t.deckTitle}
          value={state.bt}
          placeholder={localText(index.meta.title, lang)}
          maxLength={MAX_DECK_TITLE}
          onChange={(value) => void setState({ bt: value }, { history: 'replace' })}
        />
        <p className="text-muted text-sm">{t.dragHint}</p>
        <h3 className="font-bold">{t.slides}</h3>
        <ol className="m-0 flex list-none flex-col gap-2 p-0">
          {outline.map((e, i) => {
            const name = label(e)
            const isOut =
              (e.kind === 'meeting' || (e.kind === 'agreements' && e.id !== null)) && !inScope.has(e.id ?? '')
            const line = e.message === null ? null : (messages[e.message] ?? '')
            return (
              // Dragging is the pointer's way to move a slide; the keyboard has Move up and Move down.
              // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
              <li
                key={entryKey(e)}
                draggable
                onDragStart={(event) => {
                  drag.current = i
                  event.dataTransfer.effectAllowed = 'move'
                }}
                onDragOver={(event) => event.preventDefault()}
                onDrop={(event) => {
                  event.preventDefault()
                  if (drag.current !== null && drag.current !== i) write(placeEntry(outline, drag.current, i))
                  drag.current = null
                }}
                className={`border-border flex flex-col gap-2 rounded-md border p-2 ${e.isOn ? 'bg-surface' : 'bg-bg opacity-80'}`}
              >
                <div className="flex flex-wrap items-center gap-2">
                  <span aria-hidden="true" className="text-muted cursor-grab select-none">
                    ⠿
                  </span>
                  <span className="text-muted w-6 text-right tabular-nums">{n(i + 1)}</span>
                  <label className="flex flex-1 items-center gap-2 font-semibold">
                    <input
                      type="checkbox"
                      checked={e.isOn}
                      className="size-4"
                      onChange={(event) => write(setEntryOn(outline, i, event.target.checked))}
                    />
                    {name}
                    {isOut && <span className="text-muted font-normal">{t.notInScope}</span>}
                  </label>
                  <button
                    id={domId(e, 'up')}
                    type="button"
                    className={button}
                    aria-label={t.moveUp(name)}
                    aria-disabled={i === 0}
                    onClick={() => move(i, -1, 'up')}
                  >
                    ↑
                  </button>
                  <button
                    id={domId(e, 'down')}
                    type="button"
                    className={button}
                    aria-label={t.moveDown(name)}
                    aria-disabled={i === outline.length - 1}
                    onClick={() => move(i, 1, 'down')}
                  >
                    ↓
                  </button>
                  {e.kind !== 'key' && line === null && (
                    <button type="button" className={button} onClick={() => addLine(i)}>
                      {t.addLine(name)}
                    </button>
                  )}
                </div>
                {e.kind === 'key' && e.message !== null && (
                  <div className="flex flex-wrap items-end gap-2 pl-8">
                    <div className="flex-1">
                      <LineInput
                        id={domId(e, 'key')}
                        label={t.keySlideText}
                        value={line ?? ''}
                        maxLength={MAX_MESSAGE}
                        onChange={(value) => write(outline, setMessage(messages, e.message!, value))}
                      />
                    </div>
                    <button
                      type="button"
                      className={button}
                      onClick={() => {
                        const edit = removeKeyMessage(outline, messages, i)
                        write(edit.outline, edit.messages)
                      }}
                    >
                      {t.removeKeySlide}
                    </button>
                  </div>
                )}
                {e.kind !== 'key' && line !== null && (
                  <div className="flex flex-wrap items-end gap-2 pl-8">
                    <div className="flex-1">
                      <LineInput
                        id={domId(e, 'line')}
                        label={t.lineLabel(name)}
                        value={line}
                        maxLength={MAX_MESSAGE}
                        onChange={(value) => write(outline, setMessage(messages, e.message!, value))}
                      />
                    </div>
                    <button
                      type="button"
                      className={button}
                      onClick={() => {
                        const edit = removeKeyMessage(outline, messages, i)
                        write(edit.outline, edit.messages)
                      }}
                    >
                      {t.removeLine(name)}
                    </button>
                  </div>
                )}
                {e.isOn && (
                  <div className="flex flex-col gap-1 pl-8">
                    <label htmlFor={domId(e, 'notes')} className="text-sm font-semibold">
                      {t.notes(name)}
                    </label>
                    <textarea
                      id={domId(e, 'notes')}
                      rows={2}
                      maxLength={MAX_NOTE}
                      defaultValue={notes[entryKey(e)] ?? ''}
                      className="border-border bg-bg text-fg rounded-md border px-2 py-1"
                      onChange={(event) => setNoteFailed(!setNote(entryKey(e), event.target.value))}
                    />
                  </div>
                )}
              </li>
            )
          })}
        </ol>
        <p className="border-accent rounded-md border-l-4 px-3 py-1 text-sm">{t.notesNote}</p>
        {isNoteFailed && <p role="alert">{t.notesFailed}</p>}
        {isFull && <p role="alert">{t.full}</p>}
        <p aria-live="polite" className="sr-only">
          {announcement}
        </p>
        <div className="flex flex-wrap gap-2">
          <button type="button" className={button} onClick={addKeySlide}>
            {t.addKeySlide}
          </button>
          <button
            type="button"
            className={button}
            onClick={() => {
              setResets((r) => r + 1)
              void setState({ outline: [], bt: '', bk: [] }, { history: 'replace' })
            }}
          >
            {t.reset}
          </button>
          <span className="flex-1" />
          <button
            type="button"
            className="bg-accent text-accent-fg rounded-md px-3 py-1.5 font-semibold hover:opacity-90"
            onClick={() => {
              onClose()
              void setState({ slide: 1 })
            }}
          >
            {t.present}
          </button>
        </div>
      </div>
    </div>
  )
}
