import { localText } from '@/data/localize'
import type { DatasetIndex } from '@/data/selectors'
import type { Lang } from '@/i18n/lang'
import type { Deck } from './buildSlides'
import { buildNotes } from './buildNotes'
import type { DeckExport } from './pptxSpec'
import { slideSources, sourceNames } from './slideSources'

/** The deck on screen as plain export data: each slide with its notes and the names of its sources. */
export function deckExport(index: DatasetIndex, deck: Deck, lang: Lang): DeckExport {
  return {
    lang,
    title: localText(index.meta.title, lang),
    subject: deck.sentence,
    slides: deck.slides.map((slide) => ({
      slide,
      notes: buildNotes(index, deck, slide, lang),
      sourceNames: sourceNames(slideSources(index, deck, slide), index.publisherById, lang),
    })),
  }
}
