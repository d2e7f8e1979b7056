import { Suspense } from 'react'
import { useLang, useMessages } from '@/i18n/LangContext'
import { BasicErrorNotice } from './BasicErrorNotice'
import { ChunkLoadError } from './ChunkLoadError'
import { ErrorBoundary } from './ErrorBoundary'
import type { ErrorPanelProps } from './ErrorPanel'
import { lazyWithRetry } from './lazyWithRetry'
import { componentMessages } from './messages'

// The full error panel and its strings are not needed for the first view: they load on demand,
// and are fetched once the page is idle so they are there when the network is not.
const loadPanel = () => import('./ErrorPanel')
const ErrorPanel = lazyWithRetry(loadPanel, (m) => m.ErrorPanel)

/** Fetches the error panel's code ahead of need (call once, when the page is idle). */
export function preloadErrorPanel(): void {
  void loadPanel().catch(() => undefined)
}

/**
 * The error panel, loaded lazily. If even its code cannot be loaded (offline, a redeploy),
 * a plain notice in the first bundle says part of the app is missing, with Retry and Reload.
 */
export function ErrorNotice(props: ErrorPanelProps) {
  const { lang } = useLang()
  const labels = useMessages(componentMessages)
  return (
    <ErrorBoundary
      fallback={(error) => (
        <BasicErrorNotice
          {...props}
          onRetry={() => {
            // Try the panel's code again too, the next time an error shows.
            if (error instanceof ChunkLoadError) error.retry?.()
            props.onRetry()
          }}
        />
      )}
    >
      <Suspense fallback={null}>
        <ErrorPanel {...props} lang={lang} labels={labels} />
      </Suspense>
    </ErrorBoundary>
  )
}
