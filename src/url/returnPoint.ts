/**
 * Back returns to where the reader was: before a link in the page is followed, the history entry it
 * leaves remembers the link and the scroll position (public/boot.js does that, from the first moment
 * the page is there, and sends 'g20:followed'); when Back (or Forward) lands on that entry again,
 * the link gets the focus back (keyboard users resume where they were) and the page scrolls to where
 * it was, once the view has rendered the link again (a lazily loaded view may need a moment).
 * This holds for links followed in place and for links followed by loading a page (a click before the
 * app has hydrated, a prerendered page): Back then loads the page again, and it restores the same way.
 */
type ReturnPoint = [href: string, y: number, text?: string]

const KEY = 'g20Return'
/** How many frames to wait for the view to render the link again (about 1.5 s). */
const FRAMES = 90

/** Each Back, Forward or followed link starts afresh; a search still waiting for an earlier entry's link stops. */
let generation = 0

/** The return point an entry's history.state holds (public/boot.js writes it: [href, scrollY, text] under KEY). */
export function returnPointOf(state: unknown): ReturnPoint | null {
  const point = (state as Record<string, unknown> | null)?.[KEY]
  return Array.isArray(point) &&
    typeof point[0] === 'string' &&
    point[0] &&
    typeof point[1] === 'number' &&
    (point[2] === undefined || typeof point[2] === 'string')
    ? (point as ReturnPoint)
    : null
}

/** The link followed: its address and its words (links show the address of a moment ago for a frame after a change). */
function isReturnLink(a: Element, [href, , text]: ReturnPoint): a is HTMLElement {
  return a instanceof HTMLElement && a.getAttribute('href') === href && (text === undefined || a.textContent === text)
}

function restore(point: ReturnPoint, frames: number, run: number): void {
  if (run !== generation) return
  const link = [...document.querySelectorAll('main a')].find((a) => isReturnLink(a, point))
  if (link) {
    link.focus({ preventScroll: true })
    window.scrollTo({ top: point[1] })
  } else if (frames > 0) requestAnimationFrame(() => restore(point, frames - 1, run))
}

function restoreLater(point: ReturnPoint | null): void {
  const run = ++generation
  // After the view has rendered from the address.
  if (point) requestAnimationFrame(() => restore(point, FRAMES, run))
}

/** Installs the handlers once, at start-up. */
export function restoreReturnPoints(): void {
  // A link followed now: a restore still waiting for an earlier entry's link stops.
  window.addEventListener('g20:followed', () => void generation++)
  window.addEventListener('popstate', (event) => restoreLater(returnPointOf(event.state)))
  // Back or Forward onto an entry that loads the page again.
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined
  if (navigation?.type === 'back_forward') restoreLater(returnPointOf(window.history.state))
}
