import { useMessages } from '@/i18n/LangContext'
import { sourceMessages } from './sourceMessages'

/** "Press only": the claim beside it rests on press coverage alone (PressOnlyNote says why that matters). */
export function PressOnlyMark() {
  const t = useMessages(sourceMessages)
  return (
    <span className="border-fg text-fg inline-block rounded border-2 border-dashed px-1 text-xs font-bold">
      {t.pressOnly}
    </span>
  )
}
