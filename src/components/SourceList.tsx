import { memo, type ReactNode } from 'react'
import { isPressOnly } from '@/data/selectors'
import type { Source } from '@/data/schema'
import { useDataset } from '@/data/useDataset'
import { useLang, useMessages } from '@/i18n/LangContext'
import { sourceKindLabel } from '@/i18n/vocabularyLabels'
import { PressOnlyMark } from './PressOnlyMark'
import { sourceGroups } from './sourceGroups'
import { sourceMessages } from './sourceMessages'

interface Props {
  sources: readonly Source[]
  /** Shown in place of the bare "Press only" mark (a detail view passes a PressOnlyNote that says why). */
  pressOnlyNote?: ReactNode
  className?: string
}

/**
 * "Sources — Official: G20 Information Centre · Document archive: … · Press coverage: …": publisher names
 * as links (the full address in href, opened in a new tab), official first, and a "Press only" mark when
 * nothing better supports the claim. Never a fact-sheet number.
 */
export const SourceList = memo(function SourceList({ sources, pressOnlyNote, className = '' }: Props) {
  const index = useDataset()
  const { lang } = useLang()
  const t = useMessages(sourceMessages)
  const groups = sourceGroups(sources, index.publisherById, lang)
  return (
    <div className={`text-sm ${className}`}>
      {isPressOnly(sources, index.publisherById) && <p className="mt-0 mb-1">{pressOnlyNote ?? <PressOnlyMark />}</p>}
      <span className="text-muted font-semibold">{t.sources}: </span>
      <ul className="inline list-none p-0">
        {groups.map((group, g) => (
          <li key={group.kind} className="inline">
            {g > 0 && <span aria-hidden="true"> · </span>}
            <span className="text-muted">{sourceKindLabel(group.kind, lang)}: </span>
            {group.links.map((link, i) => (
              <span key={link.href}>
                {i > 0 && ', '}
                <a
                  href={link.href}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="text-accent underline underline-offset-2 hover:no-underline"
                >
                  {link.label}
                  <span className="sr-only"> {t.opensInNewTab}</span>
                </a>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </div>
  )
})
