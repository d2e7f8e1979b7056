import { LocalizedTextView } from '@/components/LocalizedTextView'
import { SourceList } from '@/components/SourceList'
import { StateLink } from '@/components/StateLink'
import type { ActionList as ActionListData } from '@/data/schema'
import { useMessages } from '@/i18n/LangContext'
import { meetingMessages } from './detail/messages'

/**
 * A presidency's numbered actions (Trieste's 12) as far as the sources name them: each name with
 * whose name it is, its commitment or a plain "not found", its topic and its sources; the actions
 * no source identifies are counted, not guessed.
 */
export function ActionList({ list }: { list: ActionListData }) {
  const t = useMessages(meetingMessages)
  const unidentified = list.announced - list.items.length
  return (
    <div className="flex flex-col gap-3">
      <LocalizedTextView as="p" value={list.note} className="text-muted" />
      <ol className="flex list-none flex-col gap-3 p-0">
        {list.items.map((item) => (
          <li key={item.number} className="border-border rounded-md border p-3">
            <p className="font-semibold">
              <span className="text-muted">{t.actionNumber(item.number)} </span>
              <LocalizedTextView value={item.name} />
            </p>
            <p className="text-muted text-sm">
              {t.actionNameBy} <LocalizedTextView value={item.nameSource} />
            </p>
            {item.commitment ? (
              <LocalizedTextView as="p" value={item.commitment} className="mt-1" />
            ) : (
              <p className="text-muted mt-1 text-sm">{t.actionNoCommitment}</p>
            )}
            {item.topicId && (
              <p className="mt-1 text-sm">
                <StateLink
                  patch={{ topic: item.topicId, view: 'topics', meeting: null }}
                  className="text-accent underline underline-offset-2"
                >
                  {t.actionTopic}
                </StateLink>
              </p>
            )}
            <SourceList sources={item.sources} className="mt-1" />
          </li>
        ))}
      </ol>
      {unidentified > 0 && <p className="font-semibold">{t.actionsUnidentified(unidentified)}</p>}
    </div>
  )
}
