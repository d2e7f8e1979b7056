import type { Meta } from '@/data/schema'
import { formatDate } from '@/i18n/format'
import { useLang, useMessages } from '@/i18n/LangContext'
import { singleFileMessages } from './singleFileMessages'

/** The single file's footer line: which dataset it holds, as of when (the web build never renders it). */
export function SnapshotNote({ meta }: { meta: Meta }) {
  const { lang } = useLang()
  const t = useMessages(singleFileMessages)
  return <p className="text-fg font-medium">{t.snapshot(meta.version, formatDate(meta.dataAsOf, lang))}</p>
}
