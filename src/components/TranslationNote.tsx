import type { LocalizedString } from '@/data/localize'
import { useLang, useMessages } from '@/i18n/LangContext'
import { componentMessages } from './messages'

/** The small "unofficial translation" / "English only" note after dataset text, or nothing. */
export function TranslationNote({ shown }: { shown: LocalizedString }) {
  const { lang } = useLang()
  const t = useMessages(componentMessages)
  const note = shown.isFallback ? t.englishOnly : shown.isTranslated ? t.unofficialTranslation : null
  if (!note) return null
  return (
    <span
      lang={lang}
      className="border-border text-muted ml-1.5 inline-block rounded border px-1 align-middle text-xs font-normal"
    >
      {note}
    </span>
  )
}
