import { useMemo } from 'react'
import { serializeViewState } from '@/url/urlState'
import { clampSlide } from './buildSlides'
import { deckIdOf, deckKeyOf } from './slideSyncProtocol'
import { useDeck } from './useDeck'
import { useSlideSync } from './useSlideSync'

/**
 * The deck of useDeck, kept on the same slide as the other presenting window:
 * `move` is for this window's own moves (keys, buttons) and tells the other
 * window; slides the other window moves to are shown without being told back.
 */
export function useSyncedDeck() {
  const deckState = useDeck()
  const { index, state, deck, total, current, goTo } = deckState
  const filterKey = deckKeyOf(serializeViewState(state))
  const deckId = useMemo(
    () =>
      deckIdOf(
        filterKey,
        deck.slides.map((s) => s.id),
        deck.topics.map((t) => t.id),
      ),
    [filterKey, deck],
  )
  const sync = useSlideSync({ deckId, version: index.meta.version, slide: current, onRemoteSlide: goTo })
  const move = (target: number) => {
    const next = clampSlide(target, total)
    if (next === current) return
    goTo(next)
    sync.announce(next)
  }
  return { ...deckState, move, syncNotice: sync.notice }
}
