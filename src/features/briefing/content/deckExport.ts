import type { DatasetIndex } from '@/data/selectors'
import type { Lang } from '@/i18n/lang'
import type { Deck } from './buildSlides'
import { buildNotes } from './buildNotes'
import type { DeckExport } from './pptxSpec'

/**
 * The deck on screen as plain export data: each slide with the notes drawn from the data and the
 * presenter's own notes (by outline entry), its title the deck's.
 */
export function deckExport(
  index: DatasetIndex,
  deck: Deck,
  lang: Lang,
  userNotes: Readonly<Record<string, string>> = {},
): DeckExport {
  return {
    lang,
    title: deck.slides[0]?.kind === 'title' ? deck.slides[0].title : deck.sentence,
    subject: deck.sentence,
    slides: deck.slides.map((slide, i) => ({
      slide,
      notes: buildNotes(index, deck, slide, lang),
      userNote: userNotes[deck.entries[i] ?? ''] ?? '',
    })),
  }
}
