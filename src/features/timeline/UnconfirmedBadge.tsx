import { useMessages } from '@/i18n/LangContext'
import { meetingMessages } from './detail/messages'

export function UnconfirmedBadge() {
  const t = useMessages(meetingMessages)
  return (
    <span className="border-danger text-danger ml-1.5 inline-block rounded border-2 px-1 align-middle text-xs font-bold">
      <span aria-hidden="true">? </span>
      {t.unconfirmed}
    </span>
  )
}
