import { LocalizedTextView } from '@/components/LocalizedTextView'
import { useDatasetIfLoaded } from '@/data/useDataset'
import { formatDate } from '@/i18n/format'
import { useLang, useMessages } from '@/i18n/LangContext'
import { appMessages } from './messages'

export function AppFooter() {
  const { lang } = useLang()
  const t = useMessages(appMessages)
  const index = useDatasetIfLoaded()
  return (
    <footer className="mt-12 border-t border-border bg-surface">
      <div className="mx-auto max-w-7xl space-y-1 px-4 py-6 text-sm text-muted">
        {index ? (
          <>
            <p>
              {t.dataAsOf(formatDate(index.meta.dataAsOf, lang))} · {t.version(index.meta.version)}
            </p>
            <LocalizedTextView as="p" value={index.meta.sourcesNote} />
            <LocalizedTextView as="p" value={index.meta.licence} />
          </>
        ) : (
          <p>{t.footerLoading}</p>
        )}
      </div>
    </footer>
  )
}
