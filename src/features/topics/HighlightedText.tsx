import { memo, Fragment, type ElementType } from 'react'
import { TranslationNote } from '@/components/TranslationNote'
import { localize } from '@/data/localize'
import type { LocalizedText } from '@/data/schema'
import { splitHighlight } from '@/filters/search'
import { useLang } from '@/i18n/LangContext'

interface Props {
  value: LocalizedText
  query: string
  as?: ElementType
  className?: string
}

/**
 * Dataset text in the reader's language (like LocalizedTextView: lang
 * attribute, "unofficial translation"/"English only" note) with the search
 * matches wrapped in <mark>.
 */
export const HighlightedText = memo(function HighlightedText({ value, query, as: Tag = 'span', className }: Props) {
  const { lang } = useLang()
  const shown = localize(value, lang)
  return (
    <Tag className={className} lang={shown.lang}>
      {splitHighlight(shown.text, query).map((segment, i) =>
        segment.isMatch ? <mark key={i}>{segment.text}</mark> : <Fragment key={i}>{segment.text}</Fragment>,
      )}
      <TranslationNote shown={shown} />
    </Tag>
  )
})
