import { Suspense, useEffect } from 'react'
import { ErrorBoundary } from '@/components/ErrorBoundary'
import { useDatasetIfLoaded } from '@/data/useDataset'
import { useMessages } from '@/i18n/LangContext'
import { FooterDetails } from './FooterDetails'
import { KeepPrerendered } from './KeepPrerendered'
import { appMessages } from './messages'
import { UpdateNotice } from './UpdateNotice'

/** While the main area shows the error panel, the footer waits quietly and comes back when a retry succeeds. */
function WhenDataArrives({ onData }: { onData: () => void }) {
  const index = useDatasetIfLoaded()
  useEffect(() => {
    if (index) onData()
  }, [index, onData])
  return null
}

export function AppFooter() {
  const t = useMessages(appMessages)
  return (
    <footer className="border-border bg-surface mt-12 border-t">
      <div className="text-muted mx-auto max-w-7xl space-y-1 px-4 py-6 text-sm">
        <UpdateNotice />
        <ErrorBoundary fallback={(_error, reset) => <WhenDataArrives onData={reset} />}>
          <Suspense fallback={<p>{t.footerLoading}</p>}>
            {/* Thrown while hydrating, the error would make React re-render the whole page on the client. */}
            <KeepPrerendered>
              <FooterDetails />
            </KeepPrerendered>
          </Suspense>
        </ErrorBoundary>
      </div>
    </footer>
  )
}
