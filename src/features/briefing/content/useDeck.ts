import { useMemo } from 'react'
import { useFilteredTopics } from '@/filters/useFilteredTopics'
import { useLang } from '@/i18n/LangContext'
import { DEFAULT_VIEW_STATE, serializeViewState } from '@/url/urlState'
import { buildSlides, clampSlide } from './buildSlides'

/**
 * The deck for the current view and outline, and the slide the URL asks for, kept inside the deck.
 * `notesScope` names the view's filters: the presenter's own notes are kept per scope, whatever the outline.
 */
export function useDeck() {
  const { index, state, setState } = useFilteredTopics()
  const { lang } = useLang()
  const { pillar, years, meetings, themes, q, outline, bt, bk } = state
  const deck = useMemo(
    () => buildSlides(index, { pillar, years, meetings, themes, q }, lang, { outline, title: bt, messages: bk }),
    [index, pillar, years, meetings, themes, q, lang, outline, bt, bk],
  )
  const notesScope = serializeViewState({ ...DEFAULT_VIEW_STATE, pillar, years, meetings, themes, q }).toString()
  const total = deck.slides.length
  const current = clampSlide(state.slide ?? 1, total)
  const goTo = (slide: number) => {
    if (slide !== state.slide) void setState({ slide: clampSlide(slide, total) }, { history: 'replace' })
  }
  return { index, state, setState, lang, deck, total, current, goTo, notesScope }
}
