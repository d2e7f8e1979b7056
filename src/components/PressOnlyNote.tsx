import { useMessages } from '@/i18n/LangContext'
import { PressOnlyMark } from './PressOnlyMark'
import { sourceDetailMessages } from './sourceDetailMessages'

/** The "Press only" mark with why it matters, written out once in a detail view. */
export function PressOnlyNote() {
  const t = useMessages(sourceDetailMessages)
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2">
      <PressOnlyMark />
      <span className="text-muted text-sm">{t.pressOnlyExplained}</span>
    </span>
  )
}
