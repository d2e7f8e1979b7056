import { useMemo } from 'react'
import { StateLink } from '@/components/StateLink'
import { useDataset } from '@/data/useDataset'
import { useMessages } from '@/i18n/LangContext'
import { MeetingTimeline } from './MeetingTimeline'
import { timelineMessages } from './messages'
import { timelineSlots } from './timelineSlots'

/** The timeline view: every meeting with its context, and a way into its topics. */
export function TimelineView() {
  const t = useMessages(timelineMessages)
  const index = useDataset()
  const slots = useMemo(() => timelineSlots(index), [index])
  return (
    <section aria-labelledby="timeline-heading" className="flex flex-col gap-4">
      <div>
        <h2 id="timeline-heading" className="text-2xl font-bold">
          {t.heading}
        </h2>
        <p className="mt-1 max-w-3xl">{t.intro}</p>
        <p className="mt-2">
          <StateLink patch={{ view: 'compare' }} className="text-accent font-semibold underline underline-offset-2">
            {t.compareTwo}
          </StateLink>
        </p>
      </div>
      <MeetingTimeline slots={slots} isCompact={false} headingLevel="h3" showTopicsAction />
    </section>
  )
}
