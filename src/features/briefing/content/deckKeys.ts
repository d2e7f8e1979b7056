export type DeckCommand =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; slide: number }
  | { type: 'fullscreen' }
  | { type: 'blank' }
  | { type: 'exit' }

export interface KeyResult {
  command: DeckCommand | null
  /** Digits typed so far, for "a number then Enter". */
  buffer: string
  /** The key was ours: prevent the browser's default (scrolling, button presses). */
  handled: boolean
}

/** Digits kept for "a number then Enter": any slide number up to Number.MAX_SAFE_INTEGER. */
const MAX_DIGITS = 16

/**
 * Space and Enter pressed on a button or link press that control, not the deck.
 * The target may be any EventTarget (a key event dispatched on `window` has no `closest`).
 */
export function isControlKey(target: EventTarget | null, key: string, buffer: string): boolean {
  if (key !== ' ' && !(key === 'Enter' && buffer === '')) return false
  return target instanceof Element && target.closest('button, a') !== null
}

/**
 * What a key press does in the deck: → Space PageDown next, ← PageUp back,
 * Home/End, digits then Enter to jump, F full screen, B blank, Escape leave.
 */
export function deckKey(key: string, buffer: string): KeyResult {
  if (/^[0-9]$/.test(key)) return { command: null, buffer: (buffer + key).slice(-MAX_DIGITS), handled: true }
  if (key === 'Enter' && buffer !== '')
    return { command: { type: 'goto', slide: Number(buffer) }, buffer: '', handled: true }
  const simple: Record<string, DeckCommand> = {
    ArrowRight: { type: 'next' },
    ' ': { type: 'next' },
    PageDown: { type: 'next' },
    ArrowLeft: { type: 'previous' },
    PageUp: { type: 'previous' },
    Home: { type: 'first' },
    End: { type: 'last' },
    f: { type: 'fullscreen' },
    F: { type: 'fullscreen' },
    b: { type: 'blank' },
    B: { type: 'blank' },
    Escape: { type: 'exit' },
  }
  const command = simple[key] ?? null
  return { command, buffer: command ? '' : buffer, handled: command !== null }
}

/** The slide a command leads to, or null when it does not move. */
export function targetSlide(command: DeckCommand, current: number, total: number): number | null {
  switch (command.type) {
    case 'next':
      return Math.min(current + 1, total)
    case 'previous':
      return Math.max(current - 1, 1)
    case 'first':
      return 1
    case 'last':
      return total
    case 'goto':
      return Math.min(Math.max(command.slide, 1), total)
    default:
      return null
  }
}

/**
 * What a move (a key or a button) does. While the screen is blanked, any move first lights it again on
 * the slide it was showing, as PowerPoint and reveal.js do: the audience never misses a slide, and a
 * move past the last slide cannot leave the room in the dark. Otherwise it goes to the target, or does
 * nothing when that is the slide shown.
 */
export function moveEffect(target: number, current: number, isBlank: boolean): { slide: number } | null {
  if (isBlank) return { slide: current }
  return target === current ? null : { slide: target }
}
