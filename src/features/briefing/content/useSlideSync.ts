import { useEffect, useEffectEvent, useRef } from 'react'

const CHANNEL = 'g20dm-briefing'

interface SlideMessage {
  type: 'slide'
  /** Which deck: windows presenting other filters ignore each other. */
  deck: string
  slide: number
}

function isSlideMessage(data: unknown): data is SlideMessage {
  if (typeof data !== 'object' || data === null) return false
  const m = data as Record<string, unknown>
  return m.type === 'slide' && typeof m.deck === 'string' && typeof m.slide === 'number'
}

/**
 * Keeps the audience window and the presenter window on the same slide: each
 * announces its slide on the BroadcastChannel and follows the other's.
 */
export function useSlideSync(deck: string, slide: number, onRemoteSlide: (slide: number) => void): void {
  const channel = useRef<BroadcastChannel | null>(null)
  const receive = useEffectEvent((remote: number) => {
    if (remote !== slide) onRemoteSlide(remote)
  })

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return undefined
    const ch = new BroadcastChannel(CHANNEL)
    channel.current = ch
    ch.onmessage = (event: MessageEvent<unknown>) => {
      if (!isSlideMessage(event.data) || event.data.deck !== deck) return
      receive(event.data.slide)
    }
    return () => {
      ch.close()
      channel.current = null
    }
  }, [deck])

  useEffect(() => {
    const message: SlideMessage = { type: 'slide', deck, slide }
    channel.current?.postMessage(message)
  }, [deck, slide])
}
