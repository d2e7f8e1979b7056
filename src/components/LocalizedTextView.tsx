import type { ElementType } from 'react'
import { localize } from '@/data/localize'
import type { LocalizedText } from '@/data/schema'
import { useLang, useMessages } from '@/i18n/LangContext'
import { componentMessages } from './messages'

interface Props {
  value: LocalizedText
  as?: ElementType
  className?: string
}

/**
 * Dataset text in the reader's language, with its own lang attribute, and a
 * small note when the Japanese is our translation or missing (English shown).
 */
export function LocalizedTextView({ value, as: Tag = 'span', className }: Props) {
  const { lang } = useLang()
  const t = useMessages(componentMessages)
  const shown = localize(value, lang)
  const note = shown.isFallback ? t.englishOnly : shown.isTranslated ? t.unofficialTranslation : null
  return (
    <Tag className={className} lang={shown.lang}>
      {shown.text}
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
