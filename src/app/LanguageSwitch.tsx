import { useLang, useMessages } from '@/i18n/LangContext'
import { LANGS, type Lang } from '@/i18n/lang'
import { appMessages } from './messages'

const LABEL: Record<Lang, string> = { en: 'English', ja: '日本語' }

export function LanguageSwitch() {
  const { lang, setLang } = useLang()
  const t = useMessages(appMessages)
  return (
    <div role="group" aria-label={t.languageLabel} className="border-border flex overflow-hidden rounded-md border">
      {LANGS.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={lang === option}
          onClick={() => setLang(option)}
          className="aria-pressed:bg-accent aria-pressed:text-accent-fg px-2 py-1.5 text-sm font-medium sm:px-3"
        >
          {LABEL[option]}
        </button>
      ))}
    </div>
  )
}
