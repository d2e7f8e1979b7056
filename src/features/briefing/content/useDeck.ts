import { useMemo } from 'react'
import { useFilteredTopics } from '@/filters/useFilteredTopics'
import { useLang } from '@/i18n/LangContext'
import { buildSlides, clampSlide } from './buildSlides'

/** The deck for the current view and the slide the URL asks for, kept inside the deck. */
export function useDeck() {
  const { index, state, setState } = useFilteredTopics()
  const { lang } = useLang()
  const { pillar, years, meetings, themes, q } = state
  const deck = useMemo(
    () => buildSlides(index, { pillar, years, meetings, themes, q }, lang),
    [index, pillar, years, meetings, themes, q, lang],
  )
  const total = deck.slides.length
  const current = clampSlide(state.slide ?? 1, total)
  const goTo = (slide: number) => {
    if (slide !== state.slide) void setState({ slide: clampSlide(slide, total) }, { history: 'replace' })
  }
  return { index, state, setState, lang, deck, total, current, goTo }
}
