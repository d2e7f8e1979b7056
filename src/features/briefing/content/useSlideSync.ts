import { useEffect, useEffectEvent, useRef, useState } from 'react'
import { judge, nextStamp, ORIGIN, parseSyncMessage, type SlideMessage, type Stamp } from './slideSyncProtocol'

const CHANNEL = 'g20dm-briefing'

/** Why this window is not (or cannot be) in step with the other one. */
export type SyncNotice = 'otherDeck' | 'otherData' | 'unavailable'

interface Options {
  deckId: string
  version: string
  /** The slide on screen, and whether B has blanked it. */
  slide: number
  isBlank: boolean
  /** Show a slide (or the blank screen) the other window moved to (never announced back). */
  onRemoteSlide: (slide: number, isBlank: boolean) => void
}

export interface SlideSync {
  /** Tell the other window that this one moved to a slide or blanked (a key or a button here, never a followed move). */
  announce: (slide: number, isBlank: boolean) => void
  notice: SyncNotice | null
}

function canBroadcast(): boolean {
  if (typeof BroadcastChannel === 'undefined') return false
  try {
    new BroadcastChannel(CHANNEL).close()
    return true
  } catch {
    return false
  }
}

function newSenderId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
}

/**
 * Keeps the audience window and the presenter window on the same slide over a
 * BroadcastChannel. A window announces only its own moves, stamped in order
 * (see slideSyncProtocol), follows newer moves of a window with the same deck
 * and data, and says so when the other window presents something else.
 */
export function useSlideSync({ deckId, version, slide, isBlank, onRemoteSlide }: Options): SlideSync {
  const [isAvailable] = useState(canBroadcast)
  const [sender] = useState(newSenderId)
  // A notice belongs to the deck and data it was raised for: presenting another deck clears it.
  const [raised, setRaised] = useState<{ notice: SyncNotice; about: string } | null>(null)
  const about = `${deckId}\n${version}`
  const setNotice = (notice: SyncNotice | null) => setRaised(notice === null ? null : { notice, about })
  const channel = useRef<BroadcastChannel | null>(null)
  /** The stamp of the slide on screen, and the highest sequence seen. */
  const stamp = useRef<Stamp>(ORIGIN)
  const clock = useRef(0)

  const post = (message: SlideMessage | { type: 'hello'; sender: string; deckId: string; version: string }) => {
    try {
      channel.current?.postMessage(message)
    } catch {
      // A closed channel (the window is closing): nothing to tell.
    }
  }
  const slideMessage = (at: Stamp, shown: number, blank: boolean): SlideMessage => ({
    type: 'slide',
    ...at,
    deckId,
    version,
    slide: shown,
    isBlank: blank,
  })

  const receive = useEffectEvent((data: unknown) => {
    const message = parseSyncMessage(data)
    if (!message) return
    const verdict = judge({ sender, deckId, version, stamp: stamp.current }, message)
    switch (verdict.kind) {
      case 'own':
        return
      case 'mismatch':
        setNotice(verdict.mismatch === 'data' ? 'otherData' : 'otherDeck')
        if (verdict.reply) post(slideMessage(stamp.current, slide, isBlank))
        return
      case 'hello':
        setNotice(null)
        post(slideMessage(stamp.current, slide, isBlank))
        return
      case 'stale':
        clock.current = Math.max(clock.current, verdict.seq)
        setNotice(null)
        return
      case 'follow':
        clock.current = Math.max(clock.current, verdict.stamp.seq)
        stamp.current = verdict.stamp
        setNotice(null)
        onRemoteSlide(verdict.slide, verdict.isBlank)
    }
  })

  useEffect(() => {
    if (!isAvailable) return undefined
    const ch = new BroadcastChannel(CHANNEL)
    channel.current = ch
    ch.onmessage = (event: MessageEvent<unknown>) => receive(event.data)
    return () => {
      ch.close()
      channel.current = null
    }
  }, [isAvailable])

  // On opening, and when this window's deck or data changes: say hello, so the other window answers.
  useEffect(() => {
    post({ type: 'hello', sender, deckId, version })
  }, [sender, deckId, version])

  const announce = (shown: number, blank: boolean) => {
    const next = nextStamp(clock.current, sender, Date.now())
    clock.current = next.seq
    stamp.current = next
    post(slideMessage(next, shown, blank))
  }

  if (!isAvailable) return { announce, notice: 'unavailable' }
  return { announce, notice: raised?.about === about ? raised.notice : null }
}
