import { TopicsView } from '@/features/topics/TopicsView'

/** The first view: the topic cards with their filters. */
export function OverviewView() {
  return <TopicsView />
}
