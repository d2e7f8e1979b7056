import { LocalizedTextView } from '@/components/LocalizedTextView'
import type { Meeting } from '@/data/schema'
import { useMessages } from '@/i18n/LangContext'
import { meetingMessages } from './detail/messages'
import { SourceList } from '@/components/SourceList'

/** What Japan did at the meeting, and its remarks where the data records them. */
export function JapanParticipation({ japan }: { japan: NonNullable<Meeting['japan']> }) {
  const t = useMessages(meetingMessages)
  return (
    <div className="flex flex-col gap-3">
      <LocalizedTextView as="p" value={japan.summary} />
      {japan.remarks.length > 0 && (
        <>
          <h4 className="font-bold">{t.japanRemarks}</h4>
          <ol className="flex list-decimal flex-col gap-2 pl-6">
            {japan.remarks.map((remark, i) => (
              <LocalizedTextView key={i} as="li" value={remark} />
            ))}
          </ol>
        </>
      )}
      <SourceList sources={japan.sources} className="mt-1" />
    </div>
  )
}
