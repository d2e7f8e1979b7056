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
