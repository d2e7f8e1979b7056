import { editionLine } from '@/components/editionLine'
import { LocalizedTextView } from '@/components/LocalizedTextView'
import { useDataset } from '@/data/useDataset'
import { useLang } from '@/i18n/LangContext'
import { SnapshotNote } from './SnapshotNote'

/** "Data as of", version, sources and licence; suspends until the dataset is there. */
export function FooterDetails() {
  const { lang } = useLang()
  const { meta } = useDataset()
  return (
    <>
      {import.meta.env.VITE_SINGLE_FILE === 'true' && <SnapshotNote meta={meta} />}
      <p>{editionLine(meta, lang)}</p>
      <LocalizedTextView as="p" value={meta.sourcesNote} />
      <LocalizedTextView as="p" value={meta.licence} />
    </>
  )
}
