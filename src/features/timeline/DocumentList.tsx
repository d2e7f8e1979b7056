import { LocalizedTextView } from '@/components/LocalizedTextView'
import type { OutcomeDocument } from '@/data/schema'
import { useMessages } from '@/i18n/LangContext'
import { meetingMessages } from './detail/messages'
import { SourceList } from '@/components/SourceList'
import { UnconfirmedBadge } from './UnconfirmedBadge'

/** Outcome documents and annexes: kind, official title, links. */
export function DocumentList({ documents }: { documents: readonly OutcomeDocument[] }) {
  const t = useMessages(meetingMessages)
  return (
    <ul className="flex list-none flex-col gap-3 p-0">
      {documents.map((doc) => (
        <li key={doc.id} className="border-border rounded-md border p-3">
          <p className="text-muted text-xs font-bold tracking-wide uppercase">{t.documentKind(doc.kind)}</p>
          <p className="font-semibold">
            <LocalizedTextView value={doc.title} />
            {doc.unconfirmed && <UnconfirmedBadge />}
          </p>
          <SourceList sources={doc.sources} className="mt-1" />
        </li>
      ))}
    </ul>
  )
}
