import { lazy, Suspense } from 'react'
import { TopicsView } from '@/features/topics/TopicsView'
import { formatNumber } from '@/i18n/format'
import { useLang, useMessages } from '@/i18n/LangContext'
import { appMessages } from './messages'
import { useScopedDataset } from '@/url/useScopedDataset'

// The meetings strip is in the prerendered page from the start; its code (the roving-focus timeline)
// arrives in a chunk of its own, in parallel, so the cards and filters are live without waiting for it.
const TimelineStrip = lazy(() =>
  import('@/features/timeline/TimelineStrip').then((m) => ({ default: m.TimelineStrip })),
)

/** The first view: the five-year story at a glance, the meetings strip, then the topic cards with their filters. */
export function OverviewView() {
  const { lang } = useLang()
  const t = useMessages(appMessages)
  const index = useScopedDataset()
  // The years of the meetings shown (the 2016 roots are context, not a meeting).
  const first = Math.min(...index.years)
  const last = Math.max(...index.years)
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="glance-heading" className="flex flex-col gap-3">
        <h2 id="glance-heading" className="sr-only">
          {t.atAGlance}
        </h2>
        <p className="max-w-4xl text-lg">
          {t.glance(
            formatNumber(index.meetings.length, lang),
            formatNumber(index.topics.length, lang),
            formatNumber(index.themes.length, lang),
            first,
            last,
          )}
        </p>
      </section>
      <section aria-labelledby="meetings-strip-heading" className="flex flex-col gap-3">
        <h2 id="meetings-strip-heading" className="text-xl font-bold">
          {t.meetingsHeading(first, last)}
        </h2>
        <Suspense fallback={<div className="min-h-40" />}>
          <TimelineStrip labelledBy="meetings-strip-heading" />
        </Suspense>
      </section>
      <TopicsView />
    </div>
  )
}
