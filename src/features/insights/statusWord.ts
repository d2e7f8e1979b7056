import type { insightsMessages } from './messages'
import type { CellStatus } from './themeMatrix'

/** Each cell status in words, from the insights catalog of the reader's language. */
export function statusWord(t: (typeof insightsMessages)['en']): Record<CellStatus, string> {
  return { new: t.statusNew, continued: t.statusContinued, returned: t.statusReturned, absent: t.statusAbsent }
}
