import type { Ref } from 'react'
import { ThemeSwitch } from '@/components/ThemeSwitch'
import { BuildBriefingButton } from '@/features/briefing/BuildBriefingButton'
import { PresentButton } from '@/features/briefing/PresentButton'
import { PrintHandoutButton } from '@/features/briefing/PrintHandoutButton'
import { ShareMenu } from '@/features/briefing/ShareMenu'
import { scopeSpan } from '@/data/selectors'
import { useMessages } from '@/i18n/LangContext'
import { useViewField } from '@/url/useViewState'
import { LanguageSwitch } from './LanguageSwitch'
import { appMessages } from './messages'

export function AppHeader({ presentRef }: { presentRef?: Ref<HTMLButtonElement> }) {
  const t = useMessages(appMessages)
  const [first, last] = scopeSpan(useViewField('scope'))
  return (
    <header className="border-border bg-surface border-b">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:py-4">
        <div>
          <h1 className="text-2xl font-bold sm:text-3xl">{t.title}</h1>
          <p className="text-muted">{t.scope(first, last)}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <PresentButton ref={presentRef} />
          <BuildBriefingButton />
          <ShareMenu />
          <PrintHandoutButton />
          <ThemeSwitch />
          <LanguageSwitch />
        </div>
      </div>
    </header>
  )
}
