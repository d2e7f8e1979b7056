import type { ElementType } from 'react'
import { localize } from '@/data/localize'
import type { LocalizedText } from '@/data/schema'
import { useLang } from '@/i18n/LangContext'
import { TranslationNote } from './TranslationNote'

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
  const shown = localize(value, lang)
  return (
    <Tag className={className} lang={shown.lang}>
      {shown.text}
      <TranslationNote shown={shown} />
    </Tag>
  )
}
