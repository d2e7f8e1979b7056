import { Fragment, type ElementType } from 'react'
import { componentMessages } from '@/components/messages'
import { localize } from '@/data/localize'
import type { LocalizedText } from '@/data/schema'
import { splitHighlight } from '@/filters/search'
import { useLang, useMessages } from '@/i18n/LangContext'

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
export function HighlightedText({ value, query, as: Tag = 'span', className }: Props) {
  const { lang } = useLang()
  const t = useMessages(componentMessages)
  const shown = localize(value, lang)
  const note = shown.isFallback ? t.englishOnly : shown.isTranslated ? t.unofficialTranslation : null
  return (
    <Tag className={className} lang={shown.lang}>
      {splitHighlight(shown.text, query).map((segment, i) =>
        segment.isMatch ? <mark key={i}>{segment.text}</mark> : <Fragment key={i}>{segment.text}</Fragment>,
      )}
      {note && (
        <span
          lang={lang}
          className="border-border text-muted ml-1.5 inline-block rounded border px-1 align-middle text-xs font-normal"
        >
          {note}
        </span>
      )}
    </Tag>
  )
}
