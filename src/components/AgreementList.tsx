import type { Agreement, LocalizedText } from '@/data/schema'
import { useMessages } from '@/i18n/LangContext'
import { isPressOnly } from '@/data/selectors'
import { useDataset } from '@/data/useDataset'
import { LocalizedTextView } from './LocalizedTextView'
import { PressOnlyNote } from './PressOnlyNote'
import { sourceDetailMessages } from './sourceDetailMessages'
import { SourceList } from './SourceList'
import { VerbLabel } from './VerbLabel'
import { sourceMessages } from './sourceMessages'

interface Props {
  /** null: no agreed text was found; `note` says why. */
  agreements: readonly Agreement[] | null
  note?: LocalizedText
  /** Say once, after the list, why a "Press only" mark needs checking (where nothing else on the page does). */
  explainPressOnly?: boolean
}

/** Each thing the ministers did: the source's verb as a label, our wording, where it stands, its sources. */
export function AgreementList({ agreements, note, explainPressOnly = false }: Props) {
  const t = useMessages(sourceMessages)
  const td = useMessages(sourceDetailMessages)
  const { publisherById } = useDataset()
  if (agreements === null) {
    return (
      <div>
        <p className="m-0 font-semibold">{t.noAgreement}</p>
        {note && <LocalizedTextView as="p" value={note} className="text-muted mt-1 mb-0" />}
      </div>
    )
  }
  return (
    <>
      <ul className="m-0 flex list-none flex-col gap-3 p-0">
        {agreements.map((agreement, i) => (
          <li key={i} className="border-border border-l-4 pl-3">
            <p className="m-0">
              <VerbLabel verb={agreement.verb} /> <LocalizedTextView value={agreement.text} />
            </p>
            {agreement.section && (
              <p className="text-muted m-0 text-sm">
                {td.section} <LocalizedTextView value={agreement.section} />
              </p>
            )}
            <SourceList sources={agreement.sources} className="mt-1" />
          </li>
        ))}
      </ul>
      {note && <LocalizedTextView as="p" value={note} className="text-muted mt-2 mb-0 text-sm" />}
      {explainPressOnly && agreements.some((a) => isPressOnly(a.sources, publisherById)) && (
        <p className="mt-2 mb-0 text-sm">
          <PressOnlyNote />
        </p>
      )}
    </>
  )
}
