import { parseViewState, serializeViewState, type ViewState } from './urlState'

/**
 * The search string after a change to some view keys: known keys are written
 * canonically (defaults left out), and params this app does not own (e.g.
 * `presenter=1`, campaign tags) are kept as they were.
 */
export function patchSearch(search: string, patch: Partial<ViewState>): string {
  const current = new URLSearchParams(search)
  const known = serializeViewState({ ...parseViewState(current), ...patch })
  const keys = new Set(Object.keys(parseViewState('')))
  for (const [key, value] of current) if (!keys.has(key)) known.append(key, value)
  return toSearchString(known)
}

/** Like URLSearchParams.toString, but leaves commas (list separators) readable: `years=2019,2021`. */
export function toSearchString(params: URLSearchParams): string {
  const pairs = [...params].map(([key, value]) => `${encode(key)}=${encode(value)}`)
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`
}

function encode(text: string): string {
  return encodeURIComponent(text).replace(/%2C/gi, ',')
}

/** The filter controls: toggling one of them rapidly should not fill the browser's history. */
const FILTER_KEYS: readonly (keyof ViewState)[] = ['pillar', 'years', 'meetings', 'themes']

/** The last change written to the URL: the keys of its patch (comma-joined), and when. */
export interface LastChange {
  keys: string
  at: number
}

/** How long after a change to a filter control a further change to it replaces the entry instead of adding one. */
export const RAPID_TOGGLE_MS = 1000

/**
 * Push or replace: a change to the same filter control as the last change, less than
 * RAPID_TOGGLE_MS after it, replaces the history entry (100 quick toggles are one entry for
 * Back); anything else (another control, a pause, a view switch) pushes a new one.
 */
export function historyFor(changed: readonly string[], last: LastChange | null, now: number): 'push' | 'replace' {
  const keys = changed.join()
  if (!changed.every((key) => (FILTER_KEYS as readonly string[]).includes(key)) || last?.keys !== keys) return 'push'
  return now - last.at < RAPID_TOGGLE_MS ? 'replace' : 'push'
}
