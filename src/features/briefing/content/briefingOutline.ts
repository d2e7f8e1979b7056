import type { DatasetIndex } from '@/data/selectors'
import type { Meeting, Topic } from '@/data/schema'
import { entryKey, MAX_ENTRIES, MAX_MESSAGES, type OutlineEntry, type OutlineKind } from '@/url/outline'

/** How many meetings get an "agreements" slide in the proposed deck (the rest are offered, turned off). */
export const DEFAULT_AGREEMENT_SLIDES = 2

const entry = (kind: OutlineKind, id: string | null = null, isOn = true): OutlineEntry => ({
  kind,
  id,
  isOn,
  message: null,
})

/** How much a meeting agreed within the scope: its own agreements and those of its topics in scope. */
export function agreementCount(meeting: Meeting, topics: readonly Topic[]): number {
  return (
    meeting.agreements.length +
    topics.filter((t) => t.meetingId === meeting.id).reduce((sum, t) => sum + (t.agreement?.length ?? 0), 0)
  )
}

/**
 * The deck proposed for a view, about 5–7 slides for ten minutes: the title with the key figures, the
 * meetings in scope, what the meetings that agreed most agreed, one chart and the sources. Everything
 * else the view could show (each meeting's slide, the other meetings' agreements, the topic cards, the
 * themes chart) is in the list, turned off, so the user can turn it on.
 */
export function defaultOutline(meetings: readonly Meeting[], topics: readonly Topic[]): OutlineEntry[] {
  if (topics.length === 0) return [entry('title')]
  const ranked = [...meetings]
    .map((m, order) => ({ m, order, n: agreementCount(m, topics) }))
    .filter((r) => r.n > 0)
    .sort((a, b) => b.n - a.n || b.order - a.order)
  const chosen = new Set(ranked.slice(0, DEFAULT_AGREEMENT_SLIDES).map((r) => r.m.id))
  // In date order on the slides, whatever their rank.
  const agreements = meetings.filter((m) => agreementCount(m, topics) > 0)
  return [
    entry('title'),
    entry('meetings'),
    ...agreements.filter((m) => chosen.has(m.id)).map((m) => entry('agreements', m.id)),
    entry('chart'),
    entry('sources'),
    ...agreements.filter((m) => !chosen.has(m.id)).map((m) => entry('agreements', m.id, false)),
    ...meetings.map((m) => entry('meeting', m.id, false)),
    entry('topics', null, false),
    entry('themes', null, false),
  ].slice(0, MAX_ENTRIES)
}

/** The outline in the URL, or the proposed one when the URL has none. */
export function outlineFor(
  stored: readonly OutlineEntry[],
  meetings: readonly Meeting[],
  topics: readonly Topic[],
): OutlineEntry[] {
  return stored.length > 0 ? [...stored] : defaultOutline(meetings, topics)
}

/** Moves entry `from` by `delta` places (−1 = up); out of range leaves the outline as it is. */
export function moveEntry(outline: readonly OutlineEntry[], from: number, delta: number): OutlineEntry[] {
  const to = from + delta
  if (from < 0 || from >= outline.length || to < 0 || to >= outline.length || delta === 0) return [...outline]
  const next = [...outline]
  const [moved] = next.splice(from, 1)
  next.splice(to, 0, moved!)
  return next
}

/** Puts entry `from` at position `to` (drag and drop). */
export const placeEntry = (outline: readonly OutlineEntry[], from: number, to: number) =>
  moveEntry(outline, from, Math.max(0, Math.min(outline.length - 1, to)) - from)

export function setEntryOn(outline: readonly OutlineEntry[], at: number, isOn: boolean): OutlineEntry[] {
  return outline.map((e, i) => (i === at ? { ...e, isOn } : e))
}

export function removeEntry(outline: readonly OutlineEntry[], at: number): OutlineEntry[] {
  return outline.filter((_, i) => i !== at)
}

/** The number of a new key message: the first empty line, else the next one; null when the list is full. */
function freeMessage(messages: readonly string[], outline: readonly OutlineEntry[]): number | null {
  const used = new Set(outline.map((e) => e.message))
  for (let i = 0; i < MAX_MESSAGES; i++) if (!used.has(i) && (messages[i] ?? '') === '') return i
  return null
}

export interface OutlineEdit {
  outline: OutlineEntry[]
  messages: string[]
}

/**
 * A key message: as a slide of its own after entry `after` (`at` = null), or as the "so what" line of
 * entry `at`. The text can be written afterwards (setMessage); null when no more messages fit.
 */
export function addKeyMessage(
  outline: readonly OutlineEntry[],
  messages: readonly string[],
  target: { slideAfter: number } | { lineOn: number },
  text: string,
): OutlineEdit | null {
  const n = freeMessage(messages, outline)
  if (n === null) return null
  const nextMessages = [...messages]
  while (nextMessages.length < n) nextMessages.push('')
  nextMessages[n] = text
  if ('lineOn' in target) {
    const on = outline[target.lineOn]
    if (!on || on.kind === 'key' || on.message !== null) return null
    return { outline: outline.map((e, i) => (i === target.lineOn ? { ...e, message: n } : e)), messages: nextMessages }
  }
  if (outline.length >= MAX_ENTRIES) return null
  const next = [...outline]
  next.splice(target.slideAfter + 1, 0, { kind: 'key', id: null, isOn: true, message: n })
  return { outline: next, messages: nextMessages }
}

/** Removes entry `at`'s key message (the slide, for a key slide; the line, for any other). */
export function removeKeyMessage(
  outline: readonly OutlineEntry[],
  messages: readonly string[],
  at: number,
): OutlineEdit {
  const e = outline[at]
  if (!e || e.message === null) return { outline: [...outline], messages: [...messages] }
  const next = [...messages]
  next[e.message] = ''
  while (next.length > 0 && next[next.length - 1] === '') next.pop()
  return {
    outline:
      e.kind === 'key' ? removeEntry(outline, at) : outline.map((x, i) => (i === at ? { ...x, message: null } : x)),
    messages: next,
  }
}

export function setMessage(messages: readonly string[], n: number, text: string): string[] {
  const next = [...messages]
  while (next.length <= n) next.push('')
  next[n] = text
  return next
}

/** Stable ids for the slides an entry becomes (React keys, speaker notes in storage). */
export { entryKey }

/** Used by tests and the editor: the meetings the index knows, for an outline naming a meeting out of scope. */
export const knownMeeting = (index: DatasetIndex, id: string | null) =>
  id === null ? undefined : index.meetingById.get(id)
