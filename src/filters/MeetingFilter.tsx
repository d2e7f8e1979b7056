import { localize } from '@/data/localize'
import type { Meeting } from '@/data/schema'
import { useLang, useMessages } from '@/i18n/LangContext'
import { toggleValue } from './activeFilters'
import { filterMessages } from './messages'
import { ToggleChip } from './ToggleChip'

interface Props {
  meetings: readonly Meeting[]
  value: string[]
  onChange: (meetings: string[]) => void
}

export function MeetingFilter({ meetings, value, onChange }: Props) {
  const { lang } = useLang()
  const t = useMessages(filterMessages)
  return (
    <fieldset className="min-w-0">
      <legend className="text-muted mb-1 text-sm font-semibold">{t.meetingLabel}</legend>
      <div className="flex flex-wrap gap-2">
        {meetings.map((meeting) => {
          const name = localize(meeting.shortName, lang)
          return (
            <ToggleChip
              key={meeting.id}
              lang={name.lang}
              isPressed={value.includes(meeting.id)}
              onToggle={() => onChange(toggleValue(value, meeting.id))}
            >
              {name.text}
            </ToggleChip>
          )
        })}
      </div>
    </fieldset>
  )
}
