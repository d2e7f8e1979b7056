import { useMessages } from '@/i18n/LangContext'
import { meetingMessages } from './detail/messages'

export function UnconfirmedBadge() {
  const t = useMessages(meetingMessages)
  return (
    <span className="ml-1.5 inline-block rounded border-2 border-danger px-1 align-middle text-xs font-bold text-danger">
      <span aria-hidden="true">? </span>
      {t.unconfirmed}
    </span>
  )
}
