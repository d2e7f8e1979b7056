/**
 * The messages the audience window and the presenter window exchange, and how
 * a window judges one. Pure: no channel, no clock, no React.
 *
 * Every slide change made in a window (a key, a button) gets a Lamport stamp:
 * a sequence number past every stamp that window has seen, and its sender id
 * to break ties. A window shows the slide of the newest stamp it knows and
 * never re-broadcasts a slide it received, so two windows pressing keys at once
 * settle on the same slide instead of answering each other for ever.
 */

/** Who moved the deck to a slide, and in what order. */
export interface Stamp {
  seq: number
  sender: string
}

/** The stamp of a slide no window has moved to yet (a window just opened on its URL's slide). */
export const ORIGIN: Stamp = { seq: 0, sender: '' }

interface DeckOf {
  /** The deck: its filters and outline (windows presenting other decks do not follow each other). */
  deckId: string
  /** The dataset version (meta.version): a window with other data does not follow either. */
  version: string
}

/** "Show this slide" (or the black screen of B over it), stamped by the window that moved there. */
export interface SlideMessage extends Stamp, DeckOf {
  type: 'slide'
  slide: number
  /** B: the screen is blanked. A message without it (an older build) means not blanked. */
  isBlank: boolean
}

/** "I have just opened": other windows answer with their own slide and stamp. */
export interface HelloMessage extends DeckOf {
  type: 'hello'
  sender: string
}

export type SyncMessage = SlideMessage | HelloMessage

const isText = (v: unknown): v is string => typeof v === 'string'
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0

/** A message from the channel, or null when it is not one of ours (another app, an old build, junk). */
export function parseSyncMessage(data: unknown): SyncMessage | null {
  if (typeof data !== 'object' || data === null) return null
  const m = data as Record<string, unknown>
  if (!isText(m.sender) || !isText(m.deckId) || !isText(m.version)) return null
  const deck = { sender: m.sender, deckId: m.deckId, version: m.version }
  if (m.type === 'hello') return { type: 'hello', ...deck }
  if (m.type === 'slide' && isCount(m.seq) && isCount(m.slide) && m.slide >= 1)
    return { type: 'slide', ...deck, seq: m.seq, slide: m.slide, isBlank: m.isBlank === true }
  return null
}

/** a comes after b: a higher sequence, or the same sequence and the greater sender id. */
export function isNewer(a: Stamp, b: Stamp): boolean {
  return a.seq > b.seq || (a.seq === b.seq && a.sender > b.sender)
}

/**
 * The stamp for a slide change made in this window: past every sequence seen
 * (clock), and at least the time, so the first move of a window opened later
 * is not taken for an old one.
 */
export function nextStamp(clock: number, sender: string, now: number): Stamp {
  return { seq: Math.max(clock + 1, Math.floor(now)), sender }
}

/** This window: who it is, what it presents, and the stamp of the slide it shows. */
export interface LocalDeck extends DeckOf {
  sender: string
  stamp: Stamp
}

export type Mismatch = 'deck' | 'data'

export type Verdict =
  /** Our own message, or an answer that carries our own move back: nothing to do. */
  | { kind: 'own' }
  /** The other window presents something else: say so, do not follow. Answer a hello, so it can say so too. */
  | { kind: 'mismatch'; mismatch: Mismatch; reply: boolean }
  /** A window opened on the same deck: answer with our slide. */
  | { kind: 'hello' }
  /** A newer move on the same deck: show its slide, and remember its stamp. */
  | { kind: 'follow'; slide: number; isBlank: boolean; stamp: Stamp }
  /** An older (or equal) move than the slide on screen: ignore it. */
  | { kind: 'stale'; seq: number }

/** What a window does with a message. */
export function judge(local: LocalDeck, message: SyncMessage): Verdict {
  if (message.sender === local.sender) return { kind: 'own' }
  const reply = message.type === 'hello'
  if (message.version !== local.version) return { kind: 'mismatch', mismatch: 'data', reply }
  if (message.deckId !== local.deckId) return { kind: 'mismatch', mismatch: 'deck', reply }
  if (message.type === 'hello') return { kind: 'hello' }
  const stamp = { seq: message.seq, sender: message.sender }
  return isNewer(stamp, local.stamp)
    ? { kind: 'follow', slide: message.slide, isBlank: message.isBlank, stamp }
    : { kind: 'stale', seq: stamp.seq }
}

/** Filters only: the view, the open dialog, the slide and the language are not part of the deck. */
export function deckKeyOf(search: URLSearchParams): string {
  const copy = new URLSearchParams(search)
  for (const key of ['slide', 'presenter', 'lang', 'view', 'topic', 'meeting']) copy.delete(key)
  copy.sort()
  return copy.toString()
}

/** FNV-1a, 32 bits, as 8 hex digits: a short fingerprint, not a security measure. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

/**
 * The deck's id: its filters and its outline (the slides and the topics on
 * them), the same in English and Japanese.
 */
export function deckIdOf(filterKey: string, slideIds: readonly string[], topicIds: readonly string[]): string {
  return `${filterKey}#${fingerprint(`${slideIds.join(',')}|${topicIds.join(',')}`)}`
}
