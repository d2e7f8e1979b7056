import { useMessages } from '@/i18n/LangContext'
import { insightsMessages } from './messages'
import { statusWord } from './statusWord'
import type { CellStatus } from './themeMatrix'

const SYMBOL: Record<CellStatus, string> = { new: '★', continued: '●', returned: '↺', absent: '–' }
const STYLE: Record<CellStatus, string> = {
  new: 'bg-accent text-accent-fg font-bold',
  continued: 'bg-surface text-fg border border-border',
  returned: 'bg-surface text-fg border-2 border-dashed border-fg',
  absent: 'text-muted',
}

/** A matrix cell's status as a shape and (when there is room, or always with showWord) a word. */
export function StatusMark({ status, showWord = false }: { status: CellStatus; showWord?: boolean }) {
  const t = useMessages(insightsMessages)
  const word = statusWord(t)[status]
  return (
    <span
      className={`inline-flex min-w-8 items-center justify-center gap-1 rounded px-1.5 py-0.5 text-sm ${STYLE[status]}`}
    >
      <span aria-hidden="true">{SYMBOL[status]}</span>
      <span className={showWord ? '' : 'hidden md:inline'}>{word}</span>
    </span>
  )
}
