import { useEffect } from 'react'
import { useMessages } from '@/i18n/LangContext'
import { AppFooter } from './AppFooter'
import { AppHeader } from './AppHeader'
import { DataBoundary } from './DataBoundary'
import { appMessages } from './messages'
import { ViewNav } from './ViewNav'
import { ViewSwitch } from './ViewSwitch'

export function AppShell() {
  const t = useMessages(appMessages)
  useEffect(() => {
    document.title = t.documentTitle
  }, [t.documentTitle])
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:rounded focus:bg-accent focus:p-2 focus:text-accent-fg">
        {t.skipToContent}
      </a>
      <AppHeader />
      <ViewNav />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        <DataBoundary>
          <ViewSwitch />
        </DataBoundary>
      </main>
      <AppFooter />
    </div>
  )
}
