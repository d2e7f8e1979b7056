import { useCallback, useSyncExternalStore } from 'react'

/**
 * The presenter's own speaker notes, slide by slide (by outline entry), kept in this browser's local
 * storage, per deck scope (the filters): they never go into the URL, so a shared link does not carry
 * them. Both presenting windows read the same storage; the `storage` event tells the other one.
 */
const PREFIX = 'g20dm:notes:v1:'
const CHANGE = 'g20dm:noteschange'
export const MAX_NOTE = 4000

type Notes = Record<string, string>

function read(scope: string): Notes {
  try {
    const raw = window.localStorage.getItem(PREFIX + scope)
    const parsed: unknown = raw === null ? {} : JSON.parse(raw)
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {}
    return Object.fromEntries(Object.entries(parsed).filter((kv): kv is [string, string] => typeof kv[1] === 'string'))
  } catch {
    return {}
  }
}

// One parsed object per stored string, so React sees a stable snapshot.
const cache = new Map<string, { raw: string | null; notes: Notes }>()
function snapshot(scope: string): Notes {
  let raw: string | null = null
  try {
    raw = window.localStorage.getItem(PREFIX + scope)
  } catch {
    raw = null
  }
  const hit = cache.get(scope)
  if (hit && hit.raw === raw) return hit.notes
  const notes = read(scope)
  cache.set(scope, { raw, notes })
  return notes
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange)
  window.addEventListener(CHANGE, onChange)
  return () => {
    window.removeEventListener('storage', onChange)
    window.removeEventListener(CHANGE, onChange)
  }
}

const none: Notes = {}

/** False when the browser refuses storage (private mode, quota): the editor says notes cannot be kept. */
export function writeNote(scope: string, entry: string, text: string): boolean {
  const notes = { ...read(scope) }
  const value = text.slice(0, MAX_NOTE)
  if (value.trim() === '') delete notes[entry]
  else notes[entry] = value
  try {
    if (Object.keys(notes).length === 0) window.localStorage.removeItem(PREFIX + scope)
    else window.localStorage.setItem(PREFIX + scope, JSON.stringify(notes))
  } catch {
    return false
  }
  window.dispatchEvent(new Event(CHANGE))
  return true
}

/** The notes of one deck scope, and a setter for one slide's note. */
export function useSpeakerNotes(scope: string): [Notes, (entry: string, text: string) => boolean] {
  const notes = useSyncExternalStore(
    subscribe,
    () => snapshot(scope),
    () => none,
  )
  const set = useCallback((entry: string, text: string) => writeNote(scope, entry, text), [scope])
  return [notes, set]
}
