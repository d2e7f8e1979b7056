import { useLayoutEffect, useRef } from 'react'
import { useMessages } from '@/i18n/LangContext'
import { meetingMessages } from './detail/messages'
import { StateLink } from '@/components/StateLink'

export function MeetingNotFound({ meetingId }: { meetingId: string }) {
  const t = useMessages(meetingMessages)
  const heading = useRef<HTMLHeadingElement>(null)
  useLayoutEffect(() => heading.current?.focus(), [meetingId])
  return (
    <section aria-labelledby="meeting-heading" className="mx-auto flex max-w-2xl flex-col gap-3 py-8">
      <h2 id="meeting-heading" ref={heading} tabIndex={-1} className="text-2xl font-bold">
        {t.notFoundTitle}
      </h2>
      <p>{t.notFoundBody(meetingId)}</p>
      <p>
        <StateLink
          patch={{ meeting: null, view: 'timeline' }}
          className="text-accent font-semibold underline underline-offset-2"
        >
          {t.back}
        </StateLink>
      </p>
    </section>
  )
}
