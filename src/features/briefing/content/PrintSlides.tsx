import { useSyncExternalStore } from 'react'
import { createPortal } from 'react-dom'
import { formatNumber } from '@/i18n/format'
import { useLang, useMessages } from '@/i18n/LangContext'
import type { Slide } from './buildSlides'
import { contentMessages } from './messages'
import { SlideView } from './SlideView'
import './slides-print.css'

const noSubscription = () => () => undefined

/**
 * Every slide of the deck, for printing only (slides-print.css): a 16:9 page each, laid out as on a
 * 1280 × 720 screen. Outside the app's root, so printing shows these pages and nothing else.
 */
export function PrintSlides({ slides }: { slides: readonly Slide[] }) {
  const t = useMessages(contentMessages)
  const { lang } = useLang()
  // In the browser only (hydration renders nothing here, then the pages come).
  const isClient = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
  if (!isClient) return null
  const n = (value: number) => formatNumber(value, lang)
  return createPortal(
    <div id="deck-print" className="hidden" aria-hidden="true">
      {slides.map((slide, i) => (
        <div key={slide.id} className="deck-print-page">
          <SlideView slide={slide} label={t.slideOf(n(i + 1), n(slides.length))} headingLevel={3} isCopy />
        </div>
      ))}
    </div>,
    document.body,
  )
}
