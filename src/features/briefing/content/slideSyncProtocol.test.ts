import { describe, expect, it } from 'vitest'
import {
  deckIdOf,
  deckKeyOf,
  isNewer,
  judge,
  nextStamp,
  ORIGIN,
  parseSyncMessage,
  type LocalDeck,
  type SlideMessage,
  type Stamp,
} from './slideSyncProtocol'

const deck = { deckId: 'pillar=digital-government#0badcafe', version: '1.1.0' }
const local = (stamp: Stamp = ORIGIN): LocalDeck => ({ sender: 'me', ...deck, stamp })
const slide = (seq: number, sender: string, n: number, over: Partial<SlideMessage> = {}): SlideMessage => ({
  type: 'slide',
  seq,
  sender,
  slide: n,
  isBlank: false,
  ...deck,
  ...over,
})

describe('B in one window', () => {
  it('is followed by the other: a newer message carries the blank screen, an older build’s message means lit', () => {
    expect(judge(local(), slide(3, 'other', 2, { isBlank: true }))).toEqual({
      kind: 'follow',
      slide: 2,
      isBlank: true,
      stamp: { seq: 3, sender: 'other' },
    })
    const old = { type: 'slide', seq: 3, sender: 'other', slide: 2, ...deck }
    expect(parseSyncMessage(old)).toEqual({ ...old, isBlank: false })
    expect(
      parseSyncMessage({ ...old, isBlank: true })?.type === 'slide' && parseSyncMessage({ ...old, isBlank: true }),
    ).toMatchObject({ isBlank: true })
  })
})

describe('the order of slide moves', () => {
  it('puts a higher sequence after a lower one, and breaks a tie by sender id', () => {
    expect(isNewer({ seq: 5, sender: 'a' }, { seq: 4, sender: 'z' })).toBe(true)
    expect(isNewer({ seq: 4, sender: 'z' }, { seq: 5, sender: 'a' })).toBe(false)
    expect(isNewer({ seq: 5, sender: 'b' }, { seq: 5, sender: 'a' })).toBe(true)
    expect(isNewer({ seq: 5, sender: 'a' }, { seq: 5, sender: 'b' })).toBe(false)
    expect(isNewer({ seq: 5, sender: 'a' }, { seq: 5, sender: 'a' })).toBe(false)
  })

  it('stamps a local move past everything seen, and at least at the time', () => {
    expect(nextStamp(10, 'me', 3)).toEqual({ seq: 11, sender: 'me' })
    expect(nextStamp(10, 'me', 5000.7)).toEqual({ seq: 5000, sender: 'me' })
    // A window opened later moves after the other window's old moves, though its own counter starts at zero.
    expect(isNewer(nextStamp(0, 'late', 2000), { seq: 1999, sender: 'early' })).toBe(true)
  })
})

describe('judging a message', () => {
  it('follows a newer move on the same deck and ignores older or equal ones', () => {
    const shown = { seq: 100, sender: 'other' }
    expect(judge(local(shown), slide(101, 'other', 4))).toEqual({
      kind: 'follow',
      slide: 4,
      isBlank: false,
      stamp: { seq: 101, sender: 'other' },
    })
    expect(judge(local(shown), slide(99, 'other', 2))).toEqual({ kind: 'stale', seq: 99 })
    expect(judge(local(shown), slide(100, 'other', 2))).toEqual({ kind: 'stale', seq: 100 })
    // Same sequence from two windows: the greater sender id wins in every window.
    expect(judge(local({ seq: 100, sender: 'me' }), slide(100, 'zz', 7)).kind).toBe('follow')
    expect(judge({ ...local({ seq: 100, sender: 'zz' }), sender: 'zz' }, slide(100, 'me', 3)).kind).toBe('stale')
  })

  it('ignores its own moves when they come back', () => {
    expect(judge(local(), slide(500, 'me', 9))).toEqual({ kind: 'own' })
  })

  it('never follows a window with another deck or other data, and says which', () => {
    expect(judge(local(), slide(500, 'other', 9, { deckId: 'x#00000000' }))).toEqual({
      kind: 'mismatch',
      mismatch: 'deck',
      reply: false,
    })
    expect(judge(local(), slide(500, 'other', 9, { version: '1.2.0' }))).toEqual({
      kind: 'mismatch',
      mismatch: 'data',
      reply: false,
    })
    expect(judge(local(), { type: 'hello', sender: 'other', deckId: 'x#00000000', version: deck.version })).toEqual({
      kind: 'mismatch',
      mismatch: 'deck',
      reply: true,
    })
  })

  it('answers a window that opens on the same deck', () => {
    expect(judge(local(), { type: 'hello', sender: 'other', ...deck })).toEqual({ kind: 'hello' })
  })

  it('two windows pressing keys at once end on the same slide, whatever order the messages arrive in', () => {
    // Each window makes its own moves; each applies the other's moves in its own arrival order.
    const movesA = [nextStamp(0, 'a', 1000), nextStamp(1000, 'a', 1000), nextStamp(1001, 'a', 1000)]
    const movesB = [nextStamp(0, 'b', 1000), nextStamp(1000, 'b', 1001)]
    const slides = new Map<string, number>([
      ['a:1000', 4],
      ['a:1001', 5],
      ['a:1002', 6],
      ['b:1000', 2],
      ['b:1001', 1],
    ])
    const message = (s: Stamp) => slide(s.seq, s.sender, slides.get(`${s.sender}:${s.seq}`)!)
    function replay(self: string, own: Stamp[], received: Stamp[]): number {
      let state: LocalDeck = { sender: self, ...deck, stamp: ORIGIN }
      let shown = 3
      for (const s of [...own.map((m) => ['own', m] as const), ...received.map((m) => ['in', m] as const)]) {
        const [from, m] = s
        if (from === 'own') {
          state = { ...state, stamp: m }
          shown = slides.get(`${m.sender}:${m.seq}`)!
          continue
        }
        const verdict = judge(state, message(m))
        if (verdict.kind === 'follow') {
          state = { ...state, stamp: verdict.stamp }
          shown = verdict.slide
        }
      }
      return shown
    }
    const a = replay('a', movesA, movesB)
    const b = replay('b', movesB, [...movesA].reverse())
    expect(a).toBe(b)
    // The newest move is a's last ({1002, a}, after b's {1001, b}): slide 6, in both windows.
    expect(a).toBe(6)
  })
})

describe('parseSyncMessage', () => {
  it('takes our messages and drops anything else', () => {
    expect(parseSyncMessage(slide(3, 'x', 2))).toEqual(slide(3, 'x', 2))
    expect(parseSyncMessage({ type: 'hello', sender: 'x', ...deck })).toEqual({ type: 'hello', sender: 'x', ...deck })
    // The old message shape (no sender, order or version), junk and nonsense numbers.
    expect(parseSyncMessage({ type: 'slide', deck: '', slide: 3 })).toBeNull()
    expect(parseSyncMessage(null)).toBeNull()
    expect(parseSyncMessage('slide')).toBeNull()
    expect(parseSyncMessage({ ...slide(3, 'x', 2), slide: 0 })).toBeNull()
    expect(parseSyncMessage({ ...slide(3, 'x', 2), seq: Number.NaN })).toBeNull()
    expect(parseSyncMessage({ ...slide(3, 'x', 2), slide: 2.5 })).toBeNull()
  })
})

describe('the deck id', () => {
  it('is the filters and the outline, not the slide, view or language', () => {
    const a = deckKeyOf(new URLSearchParams('pillar=digital-government&years=2019&slide=3&lang=ja&presenter=1'))
    const b = deckKeyOf(new URLSearchParams('years=2019&slide=7&pillar=digital-government&view=topics'))
    expect(a).toBe(b)
    expect(deckKeyOf(new URLSearchParams('pillar=digital-economy'))).not.toBe(a)
    const outline = ['title', 'timeline', 'topics-1']
    expect(deckIdOf(a, outline, ['t1', 't2'])).toBe(deckIdOf(b, outline, ['t1', 't2']))
    expect(deckIdOf(a, outline, ['t1', 't2'])).not.toBe(deckIdOf(a, outline, ['t1', 't3']))
    expect(deckIdOf(a, outline, ['t1'])).not.toBe(deckIdOf(a, [...outline, 'sources-2'], ['t1']))
  })
})
