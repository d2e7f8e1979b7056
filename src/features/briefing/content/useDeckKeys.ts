import { useEffect, useEffectEvent, useRef } from 'react'
import { deckKey, isControlKey, targetSlide } from './deckKeys'

interface Handlers {
  current: number
  total: number
  /** Go to a slide (this window's own move: it is told to the other window). */
  move: (slide: number) => void
  /** B: blank or light the screen, in both windows. */
  onBlank: () => void
  /** F: full screen. */
  onFullscreen: () => void
  /** Escape: leave. Without it, Escape is left to the browser (the presenter window stays open). */
  onExit?: () => void
  /** Any key, before it is read: the audience window brings its controls up on Tab. */
  onAnyKey?: (event: KeyboardEvent) => void
}

/**
 * The deck's keys, one handler for the audience window and the presenter window, so the two
 * cannot drift: → Space PageDown next, ← PageUp back, Home/End, a number then Enter, F full screen,
 * B blank, Escape leave (where there is something to leave). Keys with Alt, Ctrl or Meta are the
 * browser's; Space and Enter on a button or link press it.
 */
export function useDeckKeys(handlers: Handlers) {
  const buffer = useRef('')
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const { current, total, move, onBlank, onFullscreen, onExit, onAnyKey } = handlers
    onAnyKey?.(event)
    if (event.altKey || event.ctrlKey || event.metaKey) return
    if (isControlKey(event.target, event.key, buffer.current)) return
    const result = deckKey(event.key, buffer.current)
    buffer.current = result.buffer
    const command = result.command
    if (!result.handled || (command?.type === 'exit' && !onExit)) return
    event.preventDefault()
    if (!command) return
    if (command.type === 'exit') onExit?.()
    else if (command.type === 'blank') onBlank()
    else if (command.type === 'fullscreen') onFullscreen()
    else {
      const next = targetSlide(command, current, total)
      if (next !== null) move(next)
    }
  })
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event)
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [])
}
