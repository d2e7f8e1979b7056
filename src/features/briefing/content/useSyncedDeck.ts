import { useMemo, useState } from 'react'
import { serializeViewState } from '@/url/urlState'
import { clampSlide } from './buildSlides'
import { moveEffect } from './deckKeys'
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
  // B: the screen blanked, in both windows.
  const [isBlank, setBlank] = useState(false)
  const sync = useSlideSync({
    deckId,
    version: index.meta.version,
    slide: current,
    isBlank,
    onRemoteSlide: (slide, blank) => {
      goTo(slide)
      setBlank(blank)
    },
  })
  /** A key or a button: while blanked it lights the screen on this slide (deckKeys.moveEffect), else it moves. */
  const move = (target: number) => {
    const effect = moveEffect(clampSlide(target, total), current, isBlank)
    if (!effect) return
    if (effect.slide !== current) goTo(effect.slide)
    setBlank(false)
    sync.announce(effect.slide, false)
  }
  const toggleBlank = () => {
    setBlank(!isBlank)
    sync.announce(current, !isBlank)
  }
  return { ...deckState, move, isBlank, toggleBlank, syncNotice: sync.notice }
}
