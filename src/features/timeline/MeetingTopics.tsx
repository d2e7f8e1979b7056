import { LocalizedTextView } from '@/components/LocalizedTextView'
import type { Pillar, Topic } from '@/data/schema'
import { useLang, useMessages } from '@/i18n/LangContext'
import { meetingMessages } from './detail/messages'
import { StateLink } from '@/components/StateLink'
import { pillarLabel } from '@/i18n/vocabularyLabels'

const PILLAR_ORDER: readonly Pillar[] = ['digital-economy', 'digital-government']

/** The meeting's topics grouped by pillar; each title opens the topic. */
export function MeetingTopics({ topics }: { topics: readonly Topic[] }) {
  const t = useMessages(meetingMessages)
  const { lang } = useLang()
  const label = (pillar: Pillar) => pillarLabel(pillar, lang)
  if (topics.length === 0) return <p>{t.noTopics}</p>
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {PILLAR_ORDER.map((pillar) => {
        const inPillar = topics.filter((topic) => topic.pillar === pillar)
        if (inPillar.length === 0) return null
        return (
          <section key={pillar} aria-labelledby={`pillar-${pillar}`}>
            <h4
              id={`pillar-${pillar}`}
              className={`font-bold ${pillar === 'digital-government' ? 'text-gov' : 'text-econ'}`}
            >
              {t.pillarHeading(label(pillar), inPillar.length)}
            </h4>
            <ul className="mt-2 flex list-disc flex-col gap-1 pl-5">
              {inPillar.map((topic) => (
                <li key={topic.id}>
                  <StateLink
                    patch={{ topic: topic.id, view: 'topics', meeting: null }}
                    className="text-accent underline underline-offset-2"
                  >
                    <LocalizedTextView value={topic.title} />
                  </StateLink>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}
