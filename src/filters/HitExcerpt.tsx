import { Fragment } from 'react'
import { TranslationNote } from '@/components/TranslationNote'
import { localize } from '@/data/localize'
import type { LocalizedText } from '@/data/schema'
import { useLang } from '@/i18n/LangContext'
import { excerptAround, splitHighlight } from './search'

/** A search result's text in the reader's language, cut to the part around the match, with the match marked. */
export function HitExcerpt({ value, query, className }: { value: LocalizedText; query: string; className?: string }) {
  const { lang } = useLang()
  const shown = localize(value, lang)
  return (
    <span className={className} lang={shown.lang}>
      {/* The data's text, isolated: bidi controls in it cannot reorder the note or the labels around it. */}
      <bdi>
        {splitHighlight(excerptAround(shown.text, query), query).map((segment, i) =>
          segment.isMatch ? <mark key={i}>{segment.text}</mark> : <Fragment key={i}>{segment.text}</Fragment>,
        )}
      </bdi>
      <TranslationNote shown={shown} />
    </span>
  )
}
