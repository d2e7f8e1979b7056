import type { MeetingFormat } from '@/data/schema'
import { useMessages } from '@/i18n/LangContext'
import { timelineMessages } from './messages'

const ICON: Record<MeetingFormat, string> = { 'in-person': '●', virtual: '○', hybrid: '◐' }

/** The meeting's format in words, with a shape as a second cue (never colour alone). */
export function FormatBadge({ format }: { format: MeetingFormat }) {
  const t = useMessages(timelineMessages)
  return (
    <span className="border-border bg-surface text-fg inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold">
      <span aria-hidden="true">{ICON[format]}</span>
      {t.format(format)}
    </span>
  )
}
