import { useMessages } from '@/i18n/LangContext'
import { sourceMessages } from './sourceMessages'

/**
 * "Press only": the claim beside it rests on press coverage alone. With `explain`, the reason is
 * written out (the detail views); on a card the mark is short and the detail says why.
 */
export function PressOnlyMark({ explain = false }: { explain?: boolean }) {
  const t = useMessages(sourceMessages)
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2">
      <span className="border-fg text-fg inline-block rounded border-2 border-dashed px-1 text-xs font-bold">
        {t.pressOnly}
      </span>
      {explain && <span className="text-muted text-sm">{t.pressOnlyExplained}</span>}
    </span>
  )
}
