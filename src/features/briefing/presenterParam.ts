/** `?presenter=1` marks the presenter's second window (briefing's own URL param). */
export function isPresenterWindow(search?: string): boolean {
  const query = search ?? (typeof window === 'undefined' ? '' : window.location.search)
  return new URLSearchParams(query).get('presenter') === '1'
}
