import type { MeetingFormat } from '@/data/schema'
import { useLang } from '@/i18n/LangContext'
import { formatLabel } from '@/i18n/vocabularyLabels'

const ICON: Record<MeetingFormat, string> = { 'in-person': '●', virtual: '○', hybrid: '◐' }

/** The meeting's format in words, with a shape as a second cue (never colour alone). */
export function FormatBadge({ format }: { format: MeetingFormat }) {
  const { lang } = useLang()
  return (
    <span className="border-border bg-surface text-fg inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold">
      <span aria-hidden="true">{ICON[format]}</span>
      {formatLabel(format, lang)}
    </span>
  )
}
