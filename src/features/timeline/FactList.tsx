import { LocalizedTextView } from '@/components/LocalizedTextView'
import type { Fact } from '@/data/schema'
import { SourceList } from '@/components/SourceList'
import { UnconfirmedBadge } from './UnconfirmedBadge'

/** Facts or outcomes, each with its sources; unconfirmed ones are marked in words. */
export function FactList({ facts }: { facts: readonly Fact[] }) {
  return (
    <ul className="flex list-none flex-col gap-3 p-0">
      {facts.map((fact, i) => (
        <li key={i} className="border-border border-l-4 pl-3">
          <p>
            <LocalizedTextView value={fact.text} />
            {fact.unconfirmed && <UnconfirmedBadge />}
          </p>
          <SourceList sources={fact.sources} className="mt-1" />
        </li>
      ))}
    </ul>
  )
}
