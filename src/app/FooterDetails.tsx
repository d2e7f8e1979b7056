import { LocalizedTextView } from '@/components/LocalizedTextView'
import { useDataset } from '@/data/useDataset'
import { formatDate } from '@/i18n/format'
import { useLang, useMessages } from '@/i18n/LangContext'
import { appMessages } from './messages'
import { SnapshotNote } from './SnapshotNote'

/** "Data as of", version, sources and licence; suspends until the dataset is there. */
export function FooterDetails() {
  const { lang } = useLang()
  const t = useMessages(appMessages)
  const { meta } = useDataset()
  return (
    <>
      {import.meta.env.VITE_SINGLE_FILE === 'true' && <SnapshotNote meta={meta} />}
      <p>
        {t.dataAsOf(formatDate(meta.dataAsOf, lang))} · {t.version(meta.version)}
      </p>
      <LocalizedTextView as="p" value={meta.sourcesNote} />
      <LocalizedTextView as="p" value={meta.licence} />
    </>
  )
}
